"""Held-out documents, part 3: text metrics at odd sizes, fractional values, layout nesting, fonts and weights,
emoji, images, Tailwind classes, gradient and border details, layout corners."""

# ruff: noqa: E501  (document tables: one document per call reads better than wrapped CSS strings)
from __future__ import annotations

from typing import Any

from conformance.heldout.build import (
    ALPHA,
    AVATAR,
    GREY,
    LOGO,
    LONG,
    PALETTE,
    PHOTO,
    PHOTOPNG,
    PIXELS,
    TILE,
    TXT,
    add,
    card,
    el,
)

# ======================= wave 3: text metrics at odd sizes, fractional values, layout nesting =======================
SAMPLES = [
    "Why we rewrote our build pipeline (and what we learned)",
    "AVA, Wave & Type: kerning pairs — To, Vo, Ty, \"quotes\" and 1234567890",
    "i18n: naïve façade, résumé, jalapeño; Ærø; Straße; ﬁnal ﬂow",
    "A short one",
    "supercalifragilisticexpialidocious-and-beyond-the-limits-of-width",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
]
_FS = [13, 17.5, 22, 31, 47, 64, 96]
_W = [173, 251, 333, 487, 610, 777]
_TEXT_VARIANTS: list[dict[str, Any]] = [
    {},
    {"lineHeight": 1.25},
    {"letterSpacing": "-0.02em"},
    {"textAlign": "center"},
    {"fontWeight": 700, "lineHeight": "1.1"},
    {"padding": "6px 10px", "textAlign": "right"},
    {"fontStyle": "italic", "wordBreak": "break-word"},
]
_k = 0
for si, s in enumerate(SAMPLES):
    for j in range(5):
        fs = _FS[(si * 3 + j * 2) % len(_FS)]
        w = _W[(si + j * 5) % len(_W)]
        st: dict[str, Any] = {"fontSize": fs, "width": w, "background": "#f1f5f9", "color": "#0f172a"}
        st.update(_TEXT_VARIANTS[_k % len(_TEXT_VARIANTS)])
        add(f"tx-{si}-{j}", card(el("div", st, s)), 1200 if fs < 64 else 2400, 630 if fs < 64 else 1260)
        _k += 1
# fractional values
add("fr-border-1_5", card(el("div", {"border": "1.5px solid #000", "borderRadius": 7.5, "width": 200.5, "height": 100.25, "background": "#fef08a"})))
add("fr-padding-7_3", card(el("div", {"padding": 7.3, "fontSize": 27.5, "background": "#bae6fd"}, "Fractional padding")))
add("fr-translate-half", card(el("div", {"transform": "translate(0.5px, 0.5px)", "width": 200, "height": 100, "background": "#111"})))
add("fr-width-third", card(el("div", {"display": "flex", "width": "100%", "height": 200},
                                 [el("div", {"width": "33.3333%", "background": c}) for c in ("#f87171", "#4ade80", "#60a5fa")])), 1001, 333)
add("fr-gap-fraction", card(el("div", {"display": "flex", "gap": 12.5}, [el("div", {"width": 33.3, "height": 60, "background": "#a78bfa"}) for _ in range(9)])))
add("fr-radius-fraction-img", card(el("img", {"borderRadius": 12.7, "objectFit": "cover"}, src=PHOTO, width=333.5, height=211.3)))
add("fr-font-size-13_33", card(el("div", {"fontSize": 13.33, "width": 300, "lineHeight": 1.45}, LONG)))
add("fr-letter-spacing-0_3", card(el("div", {"fontSize": 40, "letterSpacing": 0.3}, "Subpixel letter spacing")))
add("fr-line-height-1_15", card(el("div", {"fontSize": 35, "lineHeight": 1.15, "width": 420}, LONG)))
add("fr-shadow-fraction", card(el("div", {"boxShadow": "0.5px 1.5px 3.5px rgba(0,0,0,.4)", "width": 200, "height": 100, "background": "#fff"})))
add("fr-center-odd", card(el("div", {"width": 101, "height": 51, "background": "#000"})), 333, 177)
add("fr-em-nested-rounding", card(el("div", {"fontSize": 15, "display": "flex", "flexDirection": "column", "padding": "0.7em"},
                                         [el("span", {"fontSize": "1.3em", "marginBottom": "0.35em"}, "Rounded em"), el("span", {"fontSize": "0.9em"}, TXT)])))
# layout nesting
add("ly-holy-grail", card(el("div", {"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%"},
                             [el("div", {"height": 80, "background": "#1e293b", "color": "#fff", "fontSize": 30, "alignItems": "center", "display": "flex", "paddingLeft": 30}, "Header"),
                              el("div", {"display": "flex", "flexGrow": 1},
                                 [el("div", {"width": 200, "background": "#e2e8f0"}), el("div", {"flexGrow": 1, "padding": 30, "fontSize": 26}, TXT + " " + TXT),
                                  el("div", {"width": 150, "background": "#cbd5e1"})]),
                              el("div", {"height": 50, "background": "#334155"})])))
add("ly-column-center-wrap-text", card(el("div", {"display": "flex", "flexDirection": "column", "alignItems": "center", "width": 700, "gap": 16},
                                          [el("div", {"fontSize": 54, "fontWeight": 700, "textAlign": "center"}, LONG),
                                           el("div", {"fontSize": 24, "color": "#64748b"}, "March 3, 2025 · 8 min read")])))
add("ly-row-text-grow-shrink", card(el("div", {"display": "flex", "width": 800, "alignItems": "center", "gap": 20, "border": "1px solid #ccc", "padding": 20},
                                       [el("img", {"flexShrink": 0}, src=AVATAR, width=80, height=80),
                                        el("div", {"display": "flex", "flexDirection": "column", "flexGrow": 1},
                                           [el("span", {"fontSize": 32, "fontWeight": 700}, LONG), el("span", {"fontSize": 20}, "@handle")])])))
add("ly-abs-in-padding", card(el("div", {"position": "relative", "padding": 40, "width": 500, "height": 300, "background": "#f5f5f4", "display": "flex"},
                                 [el("div", {"position": "absolute", "top": 0, "right": 0, "background": "#ef4444", "color": "#fff", "fontSize": 20, "padding": "4px 10px"}, "HOT"),
                                  el("div", {"fontSize": 30}, "Content box")])))
add("ly-aspect-ratio", card(el("div", {"width": 300, "aspectRatio": "16 / 9", "background": "#0ea5e9"})))
add("ly-aspect-ratio-number", card(el("div", {"height": 200, "aspectRatio": 1.5, "background": "#f59e0b"})))
add("ly-min-width-zero-text", card(el("div", {"display": "flex", "width": 400, "background": "#eee"},
                                     [el("div", {"minWidth": 0, "flexGrow": 1, "overflow": "hidden", "whiteSpace": "nowrap", "textOverflow": "ellipsis", "fontSize": 30}, LONG),
                                      el("div", {"fontSize": 30, "flexShrink": 0, "marginLeft": 10}, "→")])))
add("ly-percent-height-column", card(el("div", {"display": "flex", "flexDirection": "column", "height": "80%", "width": 400, "border": "2px solid #000"},
                                        [el("div", {"height": "30%", "background": "#fca5a5"}), el("div", {"height": "70%", "background": "#93c5fd"})])))
add("ly-max-width-percent-text", card(el("div", {"maxWidth": "60%", "fontSize": 44, "background": "#fce7f3"}, LONG)))
add("ly-justify-center-overflowing", card(el("div", {"display": "flex", "justifyContent": "center", "width": 300, "background": "#eee"},
                                             el("div", {"width": 500, "height": 80, "background": "rgba(0,0,255,.5)"}))))
add("ly-align-baseline-mixed-fonts", card(el("div", {"display": "flex", "alignItems": "baseline", "gap": 12},
                                             [el("span", {"fontSize": 96, "fontWeight": 700}, "$49"), el("span", {"fontSize": 28, "color": "#666"}, "/month"),
                                              el("span", {"fontSize": 18, "padding": 6, "background": "#dcfce7"}, "save 20%")])))
add("ly-wrap-column", card(el("div", {"display": "flex", "flexDirection": "column", "flexWrap": "wrap", "height": 300, "width": 600, "background": "#f8fafc", "gap": 10},
                              [el("div", {"width": 180, "height": 80, "background": f"hsl({i * 30}, 70%, 60%)"}) for i in range(8)])))
add("ly-order-prop", card(el("div", {"display": "flex", "gap": 10}, [el("div", {"order": 2, "width": 100, "height": 100, "background": "red"}),
                                                                        el("div", {"order": 1, "width": 100, "height": 100, "background": "blue"})])))
add("ly-zindex", card(el("div", {"display": "flex"}, [el("div", {"zIndex": 2, "width": 200, "height": 200, "background": "red"}),
                                                       el("div", {"zIndex": 1, "marginLeft": -100, "width": 200, "height": 200, "background": "blue"})])))
add("ly-text-direct-root", el("div", {"fontSize": 60, "background": "#fff", "width": "100%", "height": "100%"}, "Root text only"))
add("ly-root-no-size", el("div", {"display": "flex", "background": "#0ea5e9", "padding": 40, "fontSize": 40}, "Root without size"))
add("ly-root-column-defaults", el("div", {"display": "flex", "flexDirection": "column"}, [el("div", {"fontSize": 40}, "A"), el("div", {"fontSize": 40}, "B")]))
add("ly-siblings-at-root", el("div", {"display": "flex", "width": 600, "height": 300, "background": "pink"}), 700, 400)

# ======================= wave 4: fonts, emoji, images, tw, gradient & border details =======================
for wt in (100, 200, 300, 400, 500, 600, 700, 800, 900):
    add(f"fw5-{wt}", card(el("div", {"fontWeight": wt, "fontSize": 64}, f"Weight {wt} Gg"), ), fonts="geist5")
add("fw5-medium-normal-bold-mix", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 40},
                                          [el("span", {"fontWeight": "normal"}, "normal"), el("span", {"fontWeight": 500}, "medium woff"), el("b", None, "bold tag"),
                                           el("h3", None, "h3 heading"), el("strong", {"fontWeight": 300}, "strong light")])), fonts="geist5")
add("roboto-title", card(el("div", {"fontFamily": "Roboto", "fontSize": 72, "fontWeight": 700, "letterSpacing": "-1px"}, "Roboto bold title")), fonts="roboto")
add("roboto-fallback-geist", card(el("div", {"fontFamily": "Roboto, Geist", "fontSize": 48, "width": 700}, "Roboto body with fallback: ★ → ✓")), fonts="roboto")
add("roboto-italic-missing", card(el("div", {"fontFamily": "Roboto", "fontStyle": "italic", "fontSize": 56}, "No italic face")), fonts="roboto")
add("roboto-family-order", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 44},
                                   [el("span", {"fontFamily": "Geist"}, "Geist first"), el("span", {"fontFamily": "Roboto"}, "Roboto second"),
                                    el("span", None, "default family")])), fonts="roboto")
add("mono-code", card(el("code", {"fontSize": 36, "background": "#f1f5f9", "padding": "4px 10px", "borderRadius": 6}, "npm i pureog")), fonts="mono")
add("mono-pre-block", card(el("pre", {"fontSize": 26, "background": "#0f172a", "color": "#a5f3fc", "padding": 24, "borderRadius": 12},
                              "const x = 1;\nif (x) {\n  console.log('hi');\n}")), fonts="mono")
add("mono-kbd-row", card(el("div", {"display": "flex", "gap": 10, "fontSize": 32, "alignItems": "center"},
                            [el("kbd", {"border": "1px solid #999", "borderRadius": 4, "padding": "2px 8px"}, "Ctrl"), el("span", None, "+"),
                             el("kbd", {"border": "1px solid #999", "borderRadius": 4, "padding": "2px 8px"}, "K")])), fonts="mono")
add("default-no-family", card(el("div", {"fontSize": 64, "fontFamily": "sans-serif"}, "Default font")), fonts="default")
add("default-bold-renders-regular", card(el("div", {"fontSize": 64, "fontWeight": 700}, "Bold without face")), fonts="default")
add("cjk-ja-lang", card(el("div", {"fontSize": 64, "lang": "ja-JP"}, "日本語の漢字"), ), fonts="cjk")
add("cjk-mixed-latin", card(el("div", {"fontSize": 48, "width": 500}, "Hello 日本語 and 漢字 mixed text 中文")), fonts="cjk")
add("cjk-korean", card(el("div", {"fontSize": 56, "fontFamily": "Nanum"}, "안녕하세요 세계")), fonts="cjk")
add("cjk-wrap-break", card(el("div", {"fontSize": 40, "width": 200, "background": "#eee"}, "日本語日本語漢字漢字中文中文")), fonts="cjk")
add("scripts-arabic", card(el("div", {"fontSize": 56}, "مرحبا بالعالم")), fonts="scripts")
add("scripts-hebrew", card(el("div", {"fontSize": 56}, "שלום עולם")), fonts="scripts")
add("scripts-thai", card(el("div", {"fontSize": 56}, "สวัสดีครับ")), fonts="scripts")
add("scripts-devanagari", card(el("div", {"fontSize": 56}, "नमस्ते दुनिया")), fonts="scripts")
add("emoji-in-title-wrap", card(el("div", {"fontSize": 64, "width": 700, "textAlign": "center"}, "Launch day 🎉 is finally here 🚀🔥")))
add("emoji-zwj-flag-skin", card(el("div", {"fontSize": 72}, "👨‍👩‍👧 🏳️‍🌈 👍🏽 🇯🇵")))
add("emoji-heart-variation", card(el("div", {"fontSize": 72}, "I ❤️ OG ✨ ☀ ✔")))
add("emoji-with-shadow", card(el("div", {"fontSize": 96, "textShadow": "4px 4px 8px rgba(0,0,0,.5)"}, "🍕 Pizza")))
add("emoji-opacity-transform", card(el("div", {"fontSize": 120, "opacity": 0.5, "transform": "rotate(20deg)"}, "⭐")))
add("emoji-letter-spacing", card(el("div", {"fontSize": 64, "letterSpacing": 12}, "A😀B😀C")))
add("img-png-alpha", card(el("img", None, src=ALPHA, width=240, height=240), background="linear-gradient(45deg, #f0f, #0ff)"))
add("img-grey-png", card(el("img", None, src=GREY, width=200, height=200)))
add("img-palette-png", card(el("img", None, src=PALETTE, width=256, height=256)))
add("img-pixels-upscale", card(el("img", None, src=PIXELS, width=400, height=400)))
add("img-photo-png-contain", card(el("img", {"objectFit": "contain", "background": "#222"}, src=PHOTOPNG, width=400, height=400)))
add("img-natural-size", card(el("img", None, src=PHOTOPNG)))
add("img-percent-width", card(el("div", {"display": "flex", "width": 600, "height": 300, "background": "#eee"}, el("img", {"width": "50%", "height": "100%"}, src=PHOTO))))
add("img-radius-percent-border-pad", card(el("img", {"borderRadius": "50%", "border": "5px solid #e11d48", "padding": 5, "background": "#fff"}, src=AVATAR, width=220, height=220)))
add("img-bg-url-svg", card(el("div", {"backgroundImage": f"url({LOGO})", "backgroundSize": "80px 80px", "width": 500, "height": 300, "background": "#fafafa"})))
add("img-bg-url-radius", card(el("div", {"backgroundImage": f"url({PHOTO})", "backgroundSize": "cover", "borderRadius": 40, "border": "4px solid #000", "width": 500, "height": 300})))
add("img-mask-url", card(el("div", {"maskImage": f"url({ALPHA})", "maskSize": "100% 100%", "width": 300, "height": 300, "background": "#2563eb"})))
add("img-transform-object-position", card(el("img", {"objectFit": "cover", "objectPosition": "right bottom", "transform": "scale(0.9) rotate(3deg)"}, src=PHOTO, width=400, height=200)))
# tw
TWS = [
    ("tw-flex-center", "flex h-full w-full items-center justify-center bg-white text-6xl font-bold", "Tailwind title"),
    ("tw-gradient", "flex h-full w-full items-center justify-center bg-gradient-to-r from-indigo-500 via-purple-500 to-pink-500 text-white text-5xl", "Gradient tw"),
    ("tw-card", "flex flex-col p-12 m-8 rounded-2xl shadow-xl bg-slate-100 text-slate-900 text-4xl", "Card with shadow"),
    ("tw-text-utils", "flex text-3xl tracking-tight leading-tight uppercase text-blue-600 underline", "Text utilities"),
    ("tw-border", "flex w-64 h-32 border-4 border-dashed border-red-500 rounded-lg", None),
    ("tw-arbitrary", "flex w-[420px] h-[180px] bg-[#ff6600] rounded-[24px] text-[40px] text-white items-center justify-center", "Arbitrary"),
    ("tw-opacity-rotate", "flex w-48 h-48 bg-emerald-500 opacity-50 rotate-12", None),
    ("tw-gap-wrap", "flex flex-wrap gap-4 w-96", None),
]
for name, cls, text in TWS:
    kids = text if text is not None else ([el("div", None, None, tw="w-20 h-20 bg-sky-400") for _ in range(6)] if "gap" in name else None)
    add(name, card(el("div", None, kids, tw=cls)))
# gradient details
add("gr-color-hint", card(el("div", {"backgroundImage": "linear-gradient(90deg, red, 20%, blue)", "width": 500, "height": 200})))
add("gr-double-position", card(el("div", {"backgroundImage": "linear-gradient(90deg, red 0 33%, white 33% 66%, blue 66% 100%)", "width": 500, "height": 200})))
add("gr-many-stops-no-pos", card(el("div", {"backgroundImage": "linear-gradient(to right, #f00, #f80, #ff0, #0f0, #0ff, #00f, #80f)", "width": 700, "height": 150})))
add("gr-radial-at-keywords", card(el("div", {"backgroundImage": "radial-gradient(circle at right bottom, #fff, #000)", "width": 500, "height": 250})))
add("gr-radial-ellipse-percent-size", card(el("div", {"backgroundImage": "radial-gradient(50% 50% at 50% 50%, rgba(255,255,255,.8) 0%, rgba(255,255,255,0) 100%)",
                                                      "width": 500, "height": 250, "backgroundColor": "#6d28d9"})))
add("gr-radial-farthest-side", card(el("div", {"backgroundImage": "radial-gradient(farthest-side, yellow, green)", "width": 500, "height": 250})))
add("gr-repeating-linear-percent", card(el("div", {"backgroundImage": "repeating-linear-gradient(to right, #000 0%, #000 5%, #fff 5%, #fff 10%)", "width": 500, "height": 200})))
add("gr-linear-to-left-bottom", card(el("div", {"backgroundImage": "linear-gradient(to left bottom, #10b981, #1e3a8a)", "width": 500, "height": 200})))
add("gr-linear-neg-angle", card(el("div", {"backgroundImage": "linear-gradient(-45deg, #ee7752, #e73c7e, #23a6d5, #23d5ab)", "width": 500, "height": 300})))
add("gr-linear-over-100", card(el("div", {"backgroundImage": "linear-gradient(90deg, red -50%, blue 150%)", "width": 500, "height": 200})))
add("gr-text-radial-clip", card(el("div", {"backgroundImage": "radial-gradient(circle, #f59e0b, #dc2626)", "backgroundClip": "text", "color": "transparent", "fontSize": 120,
                                           "fontWeight": 700}, "RADIAL")))
add("gr-bg-on-text-element", card(el("div", {"backgroundImage": "linear-gradient(90deg, #fde68a, #fca5a5)", "fontSize": 48, "padding": "10px 20px"}, "Highlighted")))
add("gr-bg-size-repeat-position", card(el("div", {"backgroundImage": "linear-gradient(#0ea5e9, #0369a1)", "backgroundSize": "30% 40%", "backgroundPosition": "50% 50%",
                                                  "width": 500, "height": 300})))
# border details
add("bd-per-side-styles", card(el("div", {"borderTop": "6px dashed #ef4444", "borderRight": "6px solid #22c55e", "borderBottom": "6px dashed #3b82f6", "borderLeft": "6px solid #eab308",
                                          "width": 300, "height": 200})))
add("bd-per-side-widths-radius", card(el("div", {"borderWidth": "2px 10px 20px 4px", "borderStyle": "solid", "borderColor": "#111", "borderRadius": 30, "width": 300, "height": 200,
                                                 "background": "#f5f5f5"})))
add("bd-colors-four", card(el("div", {"borderWidth": 12, "borderStyle": "solid", "borderColor": "red green blue orange", "borderRadius": 8, "width": 300, "height": 200})))
add("bd-only-bottom-text", card(el("div", {"borderBottom": "3px solid #6366f1", "paddingBottom": 8, "fontSize": 44}, "Section title")))
add("bd-dashed-1px", card(el("div", {"border": "1px dashed #64748b", "width": 400, "height": 150, "borderRadius": 4})))
add("bd-dashed-odd-size", card(el("div", {"border": "3px dashed #000", "width": 157, "height": 93})), 333, 177)
add("bd-transparent-over-bg", card(el("div", {"border": "10px solid rgba(255,255,255,0.3)", "width": 300, "height": 200, "background": "#4f46e5"}), background="#fca5a5"))
add("bd-wide-radius-elliptical", card(el("div", {"border": "8px solid #0f766e", "borderRadius": "100px / 50px", "width": 400, "height": 200})))
add("bd-circle-thick", card(el("div", {"border": "30px solid #facc15", "borderRadius": "50%", "width": 200, "height": 200, "background": "#1e293b"})))
add("bd-radius-bigger-than-border", card(el("div", {"borderLeft": "20px solid #e11d48", "borderRadius": 12, "width": 400, "height": 120, "background": "#ffe4e6", "fontSize": 30,
                                                    "paddingLeft": 20, "alignItems": "center", "display": "flex"}, "Callout")))
# text misc
add("tm-td-letterspacing-wrap", card(el("div", {"textDecoration": "underline", "letterSpacing": 3, "width": 500, "fontSize": 32}, LONG)))
add("tm-indent-center", card(el("div", {"textIndent": 50, "textAlign": "center", "width": 500, "fontSize": 30}, LONG)))
add("tm-pre-wrap-center", card(el("div", {"whiteSpace": "pre-wrap", "textAlign": "center", "width": 600, "fontSize": 36}, "Line one\nSecond longer line\n3")))
add("tm-tabsize-px", card(el("div", {"whiteSpace": "pre", "tabSize": "40px", "fontSize": 30}, "a\tb\tcc\tddd")))
add("tm-clamp-with-indent", card(el("div", {"display": "block", "lineClamp": 2, "textIndent": 40, "width": 500, "fontSize": 30}, LONG + " " + LONG)))
add("tm-ellipsis-bold-em", card(el("div", {"width": 420, "overflow": "hidden", "whiteSpace": "nowrap", "textOverflow": "ellipsis", "fontSize": "2.5em", "fontWeight": 700}, LONG)))
add("tm-upper-justify", card(el("div", {"textTransform": "uppercase", "textAlign": "justify", "width": 600, "fontSize": 28}, LONG + " " + TXT)))
add("tm-stroke-thin-small", card(el("div", {"WebkitTextStroke": "0.5px red", "fontSize": 24, "width": 500}, LONG)))
add("tm-shadow-multiline-center", card(el("div", {"textShadow": "0 2px 0 #f472b6", "textAlign": "center", "width": 600, "fontSize": 48, "fontWeight": 700}, LONG)))
add("tm-color-transparent-shadow", card(el("div", {"color": "transparent", "textShadow": "0 0 6px #000", "fontSize": 80}, "Ghost")))
add("tm-lh-zero", card(el("div", {"lineHeight": 0, "fontSize": 48, "background": "#fde68a", "padding": 20}, "Zero line height")))
add("tm-lh-huge", card(el("div", {"lineHeight": 3, "fontSize": 30, "width": 500, "background": "#e0e7ff"}, LONG)))
add("tm-span-text-nodes-padding", card(el("p", {"fontSize": 36, "padding": "10px 20px", "background": "#ecfeff", "margin": 0, "maxWidth": 600}, LONG)))

# ======================= wave 5: layout & paint corners authors hit =======================
add("w5-abs-percent-in-padded-border", card(el("div", {"position": "relative", "padding": 30, "border": "10px solid #333", "width": 500, "height": 300, "display": "flex"},
                                               el("div", {"position": "absolute", "left": "50%", "top": "50%", "width": "50%", "height": "20%", "background": "#f43f5e"}))))
add("w5-abs-no-offsets", card(el("div", {"display": "flex", "padding": 40, "width": 500, "height": 300, "background": "#eee", "alignItems": "center", "justifyContent": "center"},
                                 [el("div", {"position": "absolute", "width": 100, "height": 100, "background": "rgba(0,0,255,.5)"}),
                                  el("div", {"width": 60, "height": 60, "background": "red"})])))
add("w5-nested-contents", card(el("div", {"display": "flex", "gap": 20}, el("div", {"display": "contents"}, el("div", {"display": "contents"},
                                  [el("div", {"width": 80, "height": 80, "background": "#0af"}), el("div", {"width": 80, "height": 80, "background": "#fa0"})])))))
add("w5-margin-auto-column", card(el("div", {"display": "flex", "flexDirection": "column", "width": 500, "height": 400, "background": "#f8fafc"},
                                     [el("div", {"fontSize": 30}, "top"), el("div", {"marginTop": "auto", "fontSize": 30, "marginLeft": "auto"}, "bottom right")])))
add("w5-basis-zero-text", card(el("div", {"display": "flex", "width": 700, "gap": 10},
                                  [el("div", {"flexBasis": 0, "flexGrow": 1, "fontSize": 26, "background": "#fee2e2"}, TXT),
                                   el("div", {"flexBasis": 0, "flexGrow": 1, "fontSize": 26, "background": "#dcfce7"}, "short")])))
add("w5-text-wider-than-center", card(el("div", {"display": "flex", "justifyContent": "center", "width": 300, "background": "#eee"},
                                         el("div", {"fontSize": 40, "whiteSpace": "nowrap"}, "A line much wider than the box"))))
add("w5-list-tags", card(el("ul", {"display": "flex", "flexDirection": "column", "fontSize": 30},
                            [el("li", None, "First item"), el("li", None, "Second item"), el("li", None, "Third item")])))
add("w5-button-a-label", card(el("div", {"display": "flex", "gap": 20, "fontSize": 30},
                                 [el("button", {"padding": "10px 20px", "background": "#2563eb", "color": "#fff", "borderRadius": 8}, "Button"),
                                  el("a", {"color": "#2563eb", "textDecoration": "underline"}, "A link"), el("label", None, "Label")])))
add("w5-img-in-span-row", card(el("span", {"display": "flex", "alignItems": "center", "fontSize": 40, "gap": 10},
                                  ["Made with", el("img", None, src=LOGO, width=40, height=40), "love"])))
add("w5-ellipsis-wrapping-fixed-height", card(el("div", {"textOverflow": "ellipsis", "overflow": "hidden", "height": 90, "width": 400, "fontSize": 30, "background": "#fefce8"}, LONG)))
add("w5-nowrap-center-overflow", card(el("div", {"whiteSpace": "nowrap", "textAlign": "center", "overflow": "hidden", "width": 300, "fontSize": 36, "background": "#e0e7ff"}, LONG)))
add("w5-ls-neg-large", card(el("div", {"letterSpacing": -6, "fontSize": 90, "fontWeight": 700}, "Squeezed")))
add("w5-stroke-bold-multi-center", card(el("div", {"WebkitTextStroke": "2px #1e3a8a", "fontWeight": 700, "textAlign": "center", "width": 700, "fontSize": 60, "color": "#bfdbfe"}, LONG)))
add("w5-abs-translate-text-center", card(el("div", {"position": "absolute", "left": "50%", "top": "50%", "transform": "translate(-50%, -50%)", "fontSize": 57}, "Perfectly centered?")))
add("w5-huge-blur-2x", card(el("div", {"boxShadow": "0 40px 120px rgba(0,0,0,.5)", "width": 1000, "height": 500, "background": "#fff", "borderRadius": 40}), 2400, 1260, background="#e5e7eb"))
add("w5-blur-in-overflow-hidden", card(el("div", {"overflow": "hidden", "borderRadius": 30, "display": "flex", "width": 400, "height": 260},
                                          el("img", {"filter": "blur(10px)", "width": 400, "height": 260}, src=PHOTO))))
add("w5-opacity-radius-overflow", card(el("div", {"opacity": 0.5, "overflow": "hidden", "borderRadius": "50%", "width": 300, "height": 300, "display": "flex"},
                                          el("img", {"width": 300, "height": 300}, src=PHOTO))))
add("w5-mask-radius-border", card(el("div", {"maskImage": "linear-gradient(black, transparent)", "borderRadius": 40, "border": "8px solid #000", "width": 400, "height": 250,
                                             "background": "#f97316"})))
add("w5-bg-url-plus-gradient", card(el("div", {"backgroundImage": f"linear-gradient(rgba(0,0,0,.4), rgba(0,0,0,.8)), url({PHOTO})", "backgroundSize": "cover",
                                               "width": 600, "height": 320, "color": "#fff", "fontSize": 40, "padding": 30}, "Text on photo")))
add("w5-bg-cover-position-top", card(el("div", {"backgroundImage": f"url({PHOTO})", "backgroundSize": "cover", "backgroundPosition": "top", "width": 600, "height": 150})))
add("w5-tile-uneven-center", card(el("div", {"backgroundImage": f"url({TILE})", "backgroundSize": "45px 45px", "backgroundPosition": "center", "width": 500, "height": 301})))
add("w5-border-alpha-over-bg-radius", card(el("div", {"border": "12px solid rgba(0,0,0,.3)", "borderRadius": 30, "width": 300, "height": 200, "background": "#f43f5e"})))
add("w5-display-none-text", card(el("div", {"display": "flex", "fontSize": 40, "gap": 10}, [el("span", {"display": "none"}, "hidden"), el("span", None, "shown")])))
add("w5-abs-bottom-banner", card(el("div", {"position": "absolute", "bottom": 0, "width": "100%", "height": 60, "background": "#111", "color": "#fff", "fontSize": 24,
                                            "display": "flex", "alignItems": "center", "paddingLeft": 40}, "footer.example.com"),
                                 el("div", {"fontSize": 80, "fontWeight": 700}, "Title")))
add("w5-svg-bg-rect-in-card", card(el("svg", {"position": "absolute", "top": 0, "left": 0}, [el("rect", None, width=1200, height=630, fill="#fef3c7"),
                                                                                             el("circle", None, cx=1100, cy=100, r=200, fill="#fcd34d", opacity=0.6)],
                                      width=1200, height=630, viewBox="0 0 1200 630"), el("div", {"fontSize": 72}, "SVG backdrop")))
add("w5-flex-1-column-text-clamp", card(el("div", {"display": "flex", "flexDirection": "column", "width": 600, "height": 300, "border": "1px solid #ccc"},
                                           [el("div", {"flex": 1, "display": "block", "lineClamp": 3, "fontSize": 30, "padding": 10}, LONG + " " + LONG),
                                            el("div", {"fontSize": 20, "padding": 10, "borderTop": "1px solid #ccc"}, "meta")])))
add("w5-rotated-parent-overflow", card(el("div", {"transform": "rotate(-10deg)", "overflow": "hidden", "width": 300, "height": 200, "display": "flex", "background": "#ddd"},
                                          el("div", {"width": 400, "height": 100, "background": "#7c3aed", "marginTop": 50}))))
add("w5-scale-text-origin-left", card(el("div", {"transform": "scale(1.5)", "transformOrigin": "left top", "fontSize": 40}, "Scaled from corner")))
add("w5-gap-percent", card(el("div", {"display": "flex", "gap": "5%", "width": 800}, [el("div", {"width": 100, "height": 100, "background": "#0ea5e9"}) for _ in range(4)])))
add("w5-min-max-conflict", card(el("div", {"width": 500, "minWidth": 600, "maxWidth": 400, "height": 100, "background": "#84cc16"})))
add("w5-padding-bigger-than-size", card(el("div", {"width": 100, "height": 50, "padding": 40, "background": "#f472b6"})))
add("w5-border-bigger-than-size", card(el("div", {"width": 40, "height": 40, "border": "30px solid #0f172a", "background": "#fff"})))
add("w5-negative-margin-text-overlap", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 80, "fontWeight": 700},
                                               [el("span", {"color": "#e11d48"}, "OVER"), el("span", {"marginTop": -50, "color": "rgba(37,99,235,.7)"}, "LAP")])))
add("w5-lh-px-multiple-children", card(el("div", {"display": "flex", "flexDirection": "column", "lineHeight": "32px", "fontSize": 24},
                                          [el("span", None, "inherit lh px"), el("span", {"fontSize": 48}, "bigger font same lh")])))
add("w5-lh-number-inherit-child-em", card(el("div", {"display": "flex", "flexDirection": "column", "lineHeight": 1.6, "fontSize": 20, "width": 500},
                                             [el("span", None, LONG), el("span", {"fontSize": "2em"}, LONG)])))
add("w5-textalign-inherit-flex-child", card(el("div", {"textAlign": "right", "display": "flex", "flexDirection": "column", "width": 600, "background": "#f1f5f9"},
                                               [el("div", {"fontSize": 28}, LONG), el("div", {"fontSize": 28}, "short right")])))
add("w5-ws-pre-inherit", card(el("div", {"whiteSpace": "pre", "display": "flex", "flexDirection": "column", "fontSize": 30},
                                 [el("span", None, "a    b"), el("span", None, "  indented")])))
