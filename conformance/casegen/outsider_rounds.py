"""Outsider cases, rounds two to eleven: combinations, then the classes each earlier round suggested.

Role: the later case tables of :mod:`conformance.casegen.outsider` (each round's docstring says what it
aims at), written with the helpers of :mod:`conformance.casegen.outsider_cases`.
"""

# ruff: noqa: E501  (case tables: one case per line reads better than wrapped CSS)
from __future__ import annotations

from typing import Any

from conformance.casegen import ASSETS, CaseSpec, div, el, font, frame
from conformance.casegen.outsider_cases import (
    AVATAR,
    GEIST3,
    JPG,
    LOGO,
    LONG,
    OUT,
    PHOTO,
    TILE,
    box,
    c,
    img,
    mid,
)


def round_two() -> list[CaseSpec]:
    """Harder combinations: the first round matched on everything but listed differences."""
    out: list[CaseSpec] = []
    col = {"flexDirection": "column", "padding": 8}
    T = "text"
    out += [
        c(T, "r2-inline-spans-sizes-baseline", "children", frame([div({"display": "flex", "alignItems": "baseline", "fontSize": 16}, [el("span", {"fontSize": 32}, "Big"), el("span", None, " mid "), el("span", {"fontSize": 10, "color": "red"}, "tiny")])], col)),
        c(T, "r2-justify-single-word-lines", "textAlign", frame([div({"textAlign": "justify", "width": 90, "fontSize": 16, "backgroundColor": "#eee"}, "Antidisestablishment is a word too")], col)),
        c(T, "r2-ellipsis-emoji", ["textOverflow", "emoji"], frame([div({"width": 140, "whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis", "fontSize": 18}, "Party 🎉🎉🎉 time all night long")], col)),
        c(T, "r2-pre-center-trailing", "whiteSpace", frame([div({"whiteSpace": "pre", "textAlign": "center", "width": 200, "fontSize": 16, "backgroundColor": "#eee"}, "one   \n  two two\nthree  ")], col)),
        c(T, "r2-letter-spacing-right", ["letterSpacing", "textAlign"], frame([div({"letterSpacing": 3, "textAlign": "right", "width": 200, "fontSize": 15}, LONG)], col)),
        c(T, "r2-keep-all-cjk", "wordBreak", frame([div({"wordBreak": "keep-all", "width": 120, "fontSize": 16}, "日本語の文章は 単語で 改行される")], col), fonts=(font("Geist", "Geist-Regular.ttf"), font("JP", "NotoSansCJKJP-subset.otf"))),
        c(T, "r2-cjk-wrap-punct", "wordBreak", frame([div({"width": 130, "fontSize": 16}, "こんにちは、世界。今日はいい天気ですね。")], col), fonts=(font("Geist", "Geist-Regular.ttf"), font("JP", "NotoSansCJKJP-subset.otf"))),
        c(T, "r2-decoration-letter-spacing", ["textDecoration", "letterSpacing"], frame([div({"textDecoration": "underline", "letterSpacing": 6, "fontSize": 20}, "Spaced out")], col)),
        c(T, "r2-shadow-blur-multiline", "textShadow", frame([div({"textShadow": "0 2px 4px rgba(0,0,0,0.6)", "width": 200, "fontSize": 16}, LONG)], col)),
        c(T, "r2-line-height-child-override", "lineHeight", frame([div({"lineHeight": "30px", "display": "flex", "flexDirection": "column", "fontSize": 14}, [div(None, "inherits 30px"), div({"lineHeight": 1}, "own lh 1"), div({"fontSize": 28}, "bigger font")])], col)),
        c(T, "r2-capitalize-numbers-hyphen", "textTransform", frame([div({"textTransform": "capitalize", "fontSize": 18}, "3rd-party e-mail über ñandú")], col)),
        c(T, "r2-uppercase-letter-spacing-center", "textTransform", mid(div({"textTransform": "uppercase", "letterSpacing": "0.2em", "fontSize": 14, "textAlign": "center", "width": 180}, LONG))),
        c(T, "r2-nbsp-wrap", "whiteSpace", frame([div({"width": 120, "fontSize": 16}, "price:\u00a0100\u00a0USD per unit here")], col)),
        c(T, "r2-soft-hyphen", "wordBreak", frame([div({"width": 90, "fontSize": 16}, "extra\u00adordinary co\u00adoperation")], col)),
        c(T, "r2-zero-width-space", "wordBreak", frame([div({"width": 90, "fontSize": 16}, "long\u200bword\u200bwith\u200bbreaks")], col)),
        c(T, "r2-text-flex-grow-center", "textAlign", frame([div({"flexGrow": 1, "textAlign": "center", "fontSize": 16, "backgroundColor": "#eef"}, "grow center"), box("red", 40, 40)])),
        c(T, "r2-text-percent-width-wrap", "text", frame([div({"width": "60%", "fontSize": 14, "backgroundColor": "#eee"}, LONG)], col)),
        c(T, "r2-text-max-width-center", "text", mid(div({"maxWidth": 150, "fontSize": 16, "textAlign": "center"}, LONG))),
        c(T, "r2-text-column-stretch-bg", "text", frame([div({"fontSize": 16, "backgroundColor": "#fee"}, "stretched"), div({"fontSize": 16, "backgroundColor": "#efe", "alignSelf": "flex-start"}, "start")], col)),
        c(T, "r2-clamp-emoji-end", ["lineClamp", "emoji"], frame([div({"display": "block", "lineClamp": 2, "width": 160, "fontSize": 16}, "We shipped 🚀 the new release 🎉 today with lots of fixes ✨ and more")], col)),
        c(T, "r2-webkit-clamp-one", "lineClamp", frame([div({"display": "-webkit-box", "WebkitBoxOrient": "vertical", "WebkitLineClamp": 1, "overflow": "hidden", "textOverflow": "ellipsis", "width": 160, "fontSize": 16}, LONG)], col)),
        c(T, "r2-stroke-shadow-center", ["WebkitTextStroke", "textShadow"], mid(div({"WebkitTextStroke": "2px #111", "color": "#fd0", "textShadow": "3px 3px 0 #e63946", "fontSize": 40, "fontWeight": 700}, "POW")), fonts=GEIST3),
        c(T, "r2-gradient-text-multiline", "backgroundClip", frame([div({"backgroundImage": "linear-gradient(90deg, #e63946, #457b9d)", "backgroundClip": "text", "color": "transparent", "fontSize": 22, "width": 200}, LONG)], col)),
        c(T, "r2-text-under-opacity-transform", ["opacity", "transform"], mid(div({"opacity": 0.6, "transform": "rotate(-8deg)", "fontSize": 26, "backgroundColor": "#fd0", "padding": 6}, "Tilted"))),
        c(T, "r2-text-in-img-row", "text", frame([img({"width": 40, "height": 40, "borderRadius": 20}, src=AVATAR, width=40, height=40), div({"fontSize": 16, "marginLeft": 8}, "Jane Doe · 5 min read")], {"alignItems": "center", "padding": 10})),
        c(T, "r2-text-decoration-on-span-in-flex", "textDecoration", frame([div({"display": "flex", "fontSize": 18}, [el("span", None, "See "), el("a", {"textDecoration": "underline", "color": "#06c"}, "the link"), el("span", None, " here")])], col)),
        c(T, "r2-tab-in-normal", "whiteSpace", frame([div({"fontSize": 16}, "a\tb\t\tc  d")], col)),
        c(T, "r2-leading-trailing-spaces-spans", "whiteSpace", frame([div({"display": "flex", "fontSize": 16}, [el("span", None, "  lead"), el("span", None, "trail  "), el("span", None, " both ")])], col)),
        c(T, "r2-long-text-column-shrink", "flexShrink", frame([div({"fontSize": 14, "backgroundColor": "#fee"}, LONG + " " + LONG + " " + LONG), div({"fontSize": 14, "backgroundColor": "#eef"}, LONG + " " + LONG)], col)),
        c(T, "r2-font-size-fraction", "fontSize", frame([div({"fontSize": 13.5}, "13.5px text"), div({"fontSize": "17.25px"}, "17.25px text")], col)),
        c(T, "r2-ls-fraction", "letterSpacing", frame([div({"fontSize": 16, "letterSpacing": 0.35}, LONG)], col)),
        c(T, "r2-wrap-at-hyphen", "text", frame([div({"fontSize": 16, "width": 110}, "state-of-the-art well-known")], col)),
        c(T, "r2-digits-punct", "text", frame([div({"fontSize": 20}, "$1,299.99 — 50% off! (2024/12/05) #1 @me"), div({"fontSize": 20}, "“Quotes” ‘single’ … • ©®™ → ←")], col)),
        c(T, "r2-ellipsis-center-nowrap", "textOverflow", mid(div({"width": 150, "whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis", "textAlign": "center", "fontSize": 16}, LONG))),
        c(T, "r2-ellipsis-short-fits", "textOverflow", mid(div({"width": 150, "whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis", "fontSize": 16, "backgroundColor": "#eee"}, "fits"))),
    ]
    F = "fonts"
    g5 = (font("Geist", "Geist-Light.ttf", 300), font("Geist", "Geist-Regular.ttf"), font("Geist", "Geist-Medium.woff", 500),
          font("Geist", "Geist-Bold.ttf", 700), font("Geist", "Geist-Black.ttf", 900))
    out += [
        c(F, "r2-weight-inherit-child", "fontWeight", frame([div({"fontWeight": 700, "display": "flex", "flexDirection": "column"}, [div(None, "inherited bold"), div({"fontWeight": 300}, "light child")])], col | {"fontSize": 20}), fonts=g5),
        c(F, "r2-weight-order-registered", "fontWeight", frame([div({"fontWeight": 600}, "six hundred"), div({"fontWeight": 400}, "four hundred")], col | {"fontSize": 20}),
          fonts=(font("Geist", "Geist-Black.ttf", 900), font("Geist", "Geist-Light.ttf", 300))),
        c(F, "r2-two-families-weights", "fontFamily", frame([div({"fontFamily": "Roboto", "fontWeight": 700}, "Roboto bold"), div({"fontFamily": "Geist", "fontWeight": 700}, "Geist bold?"), div({"fontFamily": "Roboto"}, "Roboto regular")], col | {"fontSize": 20}),
          fonts=(font("Geist", "Geist-Regular.ttf"), font("Roboto", "Roboto-Regular.ttf"), font("Roboto", "Roboto-Bold.ttf", 700))),
        c(F, "r2-italic-with-weights", "fontStyle", frame([div({"fontStyle": "italic", "fontWeight": 300}, "light italic"), div({"fontStyle": "italic", "fontWeight": 900}, "black italic")], col | {"fontSize": 20}),
          fonts=(font("Geist", "Geist-Light.ttf", 300), font("Geist", "Geist-Regular.ttf"), font("Geist", "Geist-Italic.ttf", 400, "italic"), font("Geist", "Geist-Black.ttf", 900))),
        c(F, "r2-cyrillic-italic-face", "fontStyle", frame([div({"fontStyle": "italic"}, "Привет мир"), div(None, "Привет мир")], col | {"fontSize": 20}),
          fonts=(font("Noto", "NotoSans-Italic-cyrillic.ttf", 400, "italic"), font("Geist", "Geist-Regular.ttf"))),
        c(F, "r2-fallback-missing-glyph-order", "fontFamily", frame([div({"fontFamily": "Roboto"}, "Ω≈ç√ αβγ ЖЗ 한국"), div({"fontFamily": "Geist"}, "Ω≈ç√ αβγ ЖЗ 한국")], col | {"fontSize": 18}),
          fonts=(font("Roboto", "Roboto-Regular.ttf"), font("Geist", "Geist-Regular.ttf"), font("Nanum", "NanumGothic-subset.ttf"))),
        c(F, "r2-korean-bold-face", "fontWeight", frame([div({"fontWeight": 700}, "한국어 굵게"), div(None, "한국어 보통")], col | {"fontSize": 22}),
          fonts=(font("Nanum", "NanumGothic-subset.ttf"), font("Nanum", "NanumGothicBold-subset.ttf", 700))),
        c(F, "r2-arabic-text", "scripts", frame([div(None, "مرحبا بالعالم")], col | {"fontSize": 24}), fonts=(font("Geist", "Geist-Regular.ttf"), font("Arabic", "NotoSansArabic-Regular-subset.ttf"))),
        c(F, "r2-thai-text", "scripts", frame([div({"width": 200}, "สวัสดีครับ ยินดีต้อนรับ")], col | {"fontSize": 22}), fonts=(font("Geist", "Geist-Regular.ttf"), font("Thai", "NotoSansThai-Regular-subset.ttf"))),
        c(F, "r2-mono-pre-tabs", "fontFamily", frame([el("pre", {"margin": 0}, "def f(x):\n\treturn x * 2")], col | {"fontSize": 14}), fonts=(font("Geist", "Geist-Regular.ttf"), font("monospace", "GeistMono-Regular.ttf"))),
        c(F, "r2-variable-font-weight", "fontWeight", frame([div({"fontWeight": 700}, "Variable 700"), div(None, "Variable 400")], col | {"fontSize": 20}), fonts=(font("Geist", "Geist-Variable.ttf"),)),
        c(F, "r2-weight-medium-default-files", "fontWeight", frame([div({"fontWeight": 500}, "medium 500"), div({"fontWeight": 600}, "semibold 600")], col | {"fontSize": 20}), fonts=GEIST3),
    ]
    IM = "images"
    out += [
        c(IM, "r2-webp-img", "img", mid(img({"width": 120, "height": 80}, src=f"{ASSETS}/photo.webp", width=120, height=80))),
        c(IM, "r2-pixels-upscale", "img", mid(img({"width": 120, "height": 120}, src=f"{ASSETS}/pixels.png", width=120, height=120))),
        c(IM, "r2-palette-png", "img", mid(img({"width": 120, "height": 80}, src=f"{ASSETS}/palette.png", width=120, height=80))),
        c(IM, "r2-grey-png-radius", "img", mid(img({"width": 100, "height": 100, "borderRadius": "50%"}, src=f"{ASSETS}/grey.png", width=100, height=100))),
        c(IM, "r2-alpha-png-on-color", "img", mid(img({"width": 120, "height": 80, "backgroundColor": "#06c"}, src=f"{ASSETS}/alpha.png", width=120, height=80))),
        c(IM, "r2-texture-jpg-cover", "img", mid(img({"width": 200, "height": 60, "objectFit": "cover"}, src=f"{ASSETS}/texture.jpg", width=200, height=60))),
        c(IM, "r2-photo440-natural", "img", frame([img({"width": 220}, src=f"{ASSETS}/photo-440.jpg")])),
        c(IM, "r2-img-max-width", "img", frame([img({"maxWidth": 100}, width=200, height=133)])),
        c(IM, "r2-img-min-width-shrink", "img", frame([img({"flexShrink": 1, "minWidth": 50}, width=200, height=100), img(None, width=200, height=100)])),
        c(IM, "r2-img-svg-object-contain", ["img", "objectFit"], mid(img({"width": 180, "height": 80, "objectFit": "contain", "backgroundColor": "#eee"}, src=LOGO, width=180, height=80))),
        c(IM, "r2-img-svg-stretched", "img", mid(img({"width": 180, "height": 80}, src=LOGO, width=180, height=80))),
        c(IM, "r2-img-data-svg-utf8", "img", mid(img({"width": 100, "height": 100}, src="data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><circle cx='5' cy='5' r='4' fill='%23e63946'/></svg>"))),
        c(IM, "r2-img-rotated-radius-border", "img", mid(img({"width": 100, "height": 70, "borderRadius": 14, "border": "4px solid white", "boxShadow": "0 4px 10px rgba(0,0,0,0.5)", "transform": "rotate(6deg)"}, width=100, height=70), backgroundColor="#ddd")),
        c(IM, "r2-img-scale-down-small", ["img", "objectFit"], mid(img({"width": 200, "height": 140, "objectFit": "scale-down", "backgroundColor": "#eee"}, src=f"{ASSETS}/pixels.png", width=200, height=140))),
        c(IM, "r2-img-border-padding-cover", ["img", "objectFit"], mid(img({"width": 160, "height": 100, "objectFit": "cover", "padding": 8, "border": "4px solid #333", "borderRadius": 16}, width=160, height=100))),
        c(IM, "r2-bg-url-repeat-position", "backgroundImage", mid(box("#eee", 200, 120, backgroundImage=f"url({TILE})", backgroundSize="30px 30px", backgroundPosition="10px 5px"))),
        c(IM, "r2-bg-url-svg-size", "backgroundImage", mid(box("#eee", 200, 120, backgroundImage=f"url({LOGO})", backgroundSize="60px 60px"))),
        c(IM, "r2-bg-url-no-repeat-bottom-percent", "backgroundImage", mid(box("#eee", 200, 120, backgroundImage=f"url({AVATAR})", backgroundSize="50px 50px", backgroundRepeat="no-repeat", backgroundPosition="100% 100%"))),
    ]
    S = "svg"

    def svg(children: Any, **attrs: Any) -> dict[str, Any]:
        return el("svg", attrs.pop("style", None), children, **attrs)
    out += [
        c(S, "r2-svg-use", "svg", mid(svg([el("defs", None, [el("circle", None, None, id="dot", r=10, fill="teal")]), el("use", None, None, href="#dot", x=20, y=20), el("use", None, None, href="#dot", x=60, y=40)], width=100, height=60))),
        c(S, "r2-svg-clip-path", "svg", mid(svg([el("defs", None, [el("clipPath", None, [el("circle", None, None, cx=50, cy=50, r=40)], id="cp")]), el("rect", None, None, width=100, height=100, fill="orange", clipPath="url(#cp)")], width=100, height=100))),
        c(S, "r2-svg-radial-gradient", "svg", mid(svg([el("defs", None, [el("radialGradient", None, [el("stop", None, None, offset="0%", stopColor="white"), el("stop", None, None, offset="100%", stopColor="navy")], id="rg")]), el("circle", None, None, cx=50, cy=50, r=45, fill="url(#rg)")], width=100, height=100))),
        c(S, "r2-svg-viewbox-offset", "svg", mid(svg([el("rect", None, None, x=50, y=50, width=20, height=20, fill="red")], width=100, height=100, viewBox="40 40 40 40"))),
        c(S, "r2-svg-preserve-none", "svg", mid(svg([el("circle", None, None, cx=10, cy=10, r=9, fill="teal")], width=160, height=60, viewBox="0 0 20 20", preserveAspectRatio="none"))),
        c(S, "r2-svg-ellipse-stroke-opacity", "svg", mid(svg([el("ellipse", None, None, cx=60, cy=30, rx=55, ry=25, fill="yellow", stroke="black", strokeWidth=3, strokeOpacity=0.5)], width=120, height=60))),
        c(S, "r2-svg-path-arcs", "svg", mid(svg([el("path", None, None, d="M10 50 A 40 40 0 0 1 90 50 L 50 90 Z", fill="#457b9d", stroke="#1d3557", strokeWidth=2, strokeLinejoin="round")], width=100, height=100))),
        c(S, "r2-svg-nested-svg", "svg", mid(svg([el("svg", None, [el("rect", None, None, width=10, height=10, fill="green")], x=20, y=20, width=40, height=40, viewBox="0 0 10 10")], width=100, height=80, style={"backgroundColor": "#eee"}))),
        c(S, "r2-svg-in-text-row", "svg", frame([svg([el("path", None, None, d="M2 12 L10 20 L22 4", fill="none", stroke="currentColor", strokeWidth=3)], width=24, height=24, viewBox="0 0 24 24"), div({"fontSize": 18, "marginLeft": 6}, "Done")], {"alignItems": "center", "padding": 10, "color": "#2a9d8f"})),
        c(S, "r2-svg-polyline-miter", "svg", mid(svg([el("polyline", None, None, points="10,80 50,10 90,80", fill="none", stroke="#e63946", strokeWidth=10, strokeLinejoin="miter")], width=100, height=100))),
        c(S, "r2-svg-text-throws", "svg", mid(svg([el("text", None, "hi", x=10, y=20)], width=100, height=40))),
        c(S, "r2-svg-pattern", "svg", mid(svg([el("defs", None, [el("pattern", None, [el("circle", None, None, cx=5, cy=5, r=3, fill="black")], id="p", width=10, height=10, patternUnits="userSpaceOnUse")]), el("rect", None, None, width=100, height=60, fill="url(#p)")], width=100, height=60))),
        c(S, "r2-svg-mask", "svg", mid(svg([el("defs", None, [el("mask", None, [el("rect", None, None, width=100, height=100, fill="white"), el("circle", None, None, cx=50, cy=50, r=25, fill="black")], id="m")]), el("rect", None, None, width=100, height=100, fill="purple", mask="url(#m)")], width=100, height=100))),
    ]
    L = "layout"
    out += [
        c(L, "r2-nested-percent-heights", "size", frame([div({"height": "50%", "display": "flex", "flexDirection": "column", "backgroundColor": "#eee", "width": 120}, [box("red", "100%", "50%")])], col)),
        c(L, "r2-abs-percent-size-root", "position", frame([div({"position": "absolute", "width": "50%", "height": "50%", "left": "25%", "top": "25%", "backgroundColor": "rgba(0,0,255,0.5)"})])),
        c(L, "r2-wrap-text-items", "flexWrap", frame([div({"fontSize": 14, "padding": 4, "backgroundColor": "#def", "margin": 2}, w) for w in ["alpha", "beta gamma", "delta", "epsilon zeta eta", "theta", "iota kappa"]], {"flexWrap": "wrap", "padding": 6, "alignItems": "flex-start", "alignContent": "flex-start"})),
        c(L, "r2-stretch-text-row", "alignItems", frame([div({"fontSize": 14, "backgroundColor": "#fde", "width": 80}, LONG), div({"fontSize": 14, "backgroundColor": "#dfe"}, "short")], {"alignItems": "stretch", "padding": 6})),
        c(L, "r2-grow-shrink-mixed-text", "flexGrow", frame([div({"flexGrow": 1, "flexShrink": 1, "fontSize": 14, "backgroundColor": "#fde"}, LONG), div({"flexGrow": 2, "fontSize": 14, "backgroundColor": "#dfe"}, "two")], {"padding": 6})),
        c(L, "r2-margin-auto-abs", "margin", frame([div({"position": "absolute", "left": 0, "right": 0, "top": 0, "bottom": 0, "margin": "auto", "width": 60, "height": 40, "backgroundColor": "red"})])),
        c(L, "r2-gap-wrap-column", "gap", frame([box("red", 50, 50), box("green", 50, 50), box("blue", 50, 50), box("gray", 50, 50)], {"flexDirection": "column", "flexWrap": "wrap", "gap": 8, "padding": 6})),
        c(L, "r2-padding-border-percent-child", "padding", frame([div({"width": 200, "height": 120, "padding": "5%", "border": "6px solid #333", "display": "flex"}, [box("red", "100%", "100%")])], col)),
        c(L, "r2-min-width-zero-text-ellipsis", "minWidth", frame([div({"display": "flex", "minWidth": 0, "flexShrink": 1}, [el("span", {"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis", "fontSize": 16}, LONG)]), box("red", 60, 30)], {"padding": 6})),
        c(L, "r2-aspect-ratio", "aspectRatio", frame([div({"width": 80, "aspectRatio": 2, "backgroundColor": "red"}), div({"height": 60, "aspectRatio": "1 / 1", "backgroundColor": "blue"})], {"alignItems": "flex-start", "gap": 6})),
        c(L, "r2-display-none-in-wrap", "display", frame([box("red", 100, 30), box("green", 100, 30, display="none"), box("blue", 100, 30)], {"flexWrap": "wrap"})),
        c(L, "r2-rtl-row-reverse-justify", "flexDirection", frame([box("red"), box("green"), box("blue")], {"flexDirection": "row-reverse", "justifyContent": "space-between"})),
        c(L, "r2-column-reverse-justify-end", "flexDirection", frame([box("red"), box("green")], {"flexDirection": "column-reverse", "justifyContent": "flex-end"})),
        c(L, "r2-position-static-offsets", "position", frame([box("red", 60, 40, position="static", left=50, top=50)])),
        c(L, "r2-abs-bottom-right-percent-margins", "position", frame([box("red", 40, 40, position="absolute", right="10%", bottom="10%", marginRight=10)])),
        c(L, "r2-root-fixed-size-smaller", "size", div({"display": "flex", "width": 100, "height": 80, "backgroundColor": "#fd0"}, [box("red", 40, 40)])),
        c(L, "r2-root-padding-border", "size", div({"display": "flex", "width": "100%", "height": "100%", "padding": 20, "border": "10px solid #333", "backgroundColor": "white"}, [box("red", "100%", "100%")])),
    ]
    E = "emoji"
    out += [
        c(E, "r2-emoji-uppercase", "emoji", mid(div({"textTransform": "uppercase", "fontSize": 24}, "hi 👋 there"))),
        c(E, "r2-emoji-rotated", "emoji", mid(div({"transform": "rotate(20deg)", "fontSize": 36}, "🔥 hot"))),
        c(E, "r2-emoji-justify", "emoji", frame([div({"textAlign": "justify", "width": 170, "fontSize": 18}, "A 🍎 an 🍌 and 🍇 with 🍉 more 🍒 fruit")], {"padding": 8})),
        c(E, "r2-emoji-noto-zwj", "emoji", mid(div({"fontSize": 32}, "👨‍👩‍👧 🏳️‍🌈 👍🏽")), extra={"emoji": "noto"}),
        c(E, "r2-emoji-openmoji-wrap", "emoji", frame([div({"width": 150, "fontSize": 20}, "Coffee ☕ then code 💻 then sleep 😴")], {"padding": 8}), extra={"emoji": "openmoji"}),
        c(E, "r2-emoji-opacity", "emoji", mid(div({"opacity": 0.4, "fontSize": 40}, "🌈"))),
        c(E, "r2-emoji-clip-text", "emoji", mid(div({"backgroundImage": "linear-gradient(red, blue)", "backgroundClip": "text", "color": "transparent", "fontSize": 36}, "Hi 😀"))),
        c(E, "r2-emoji-text-symbols", "emoji", mid(div({"fontSize": 28}, "© ® ™ ↔ ☀ ✔ ♥"))),
        c(E, "r2-emoji-line-height", "emoji", frame([div({"lineHeight": 1, "width": 100, "fontSize": 24, "backgroundColor": "#eee"}, "😀 a 😀 b 😀 c")], {"padding": 8})),
        c(E, "r2-emoji-blobmoji-bold", "emoji", mid(div({"fontSize": 30, "fontWeight": 700}, "Yes ✅ no ❌")), extra={"emoji": "blobmoji"}, fonts=GEIST3),
    ]
    D = "debug"
    out += [
        c(D, "r2-debug-emoji", "debug", mid(div({"fontSize": 30}, "Hi 👋")), debug=True),
        c(D, "r2-debug-clamp", "debug", frame([div({"display": "block", "lineClamp": 2, "width": 160, "fontSize": 16}, LONG + " " + LONG)], {"padding": 8}), debug=True),
        c(D, "r2-debug-svg", "debug", mid(el("svg", None, [el("circle", None, None, cx=20, cy=20, r=18, fill="red")], width=40, height=40)), debug=True),
        c(D, "r2-debug-shadow-text", "debug", mid(div({"fontSize": 24, "textShadow": "2px 2px 2px red"}, "shadow")), debug=True),
        c(D, "r2-debug-justify-multiline", "debug", frame([div({"textAlign": "justify", "width": 200, "fontSize": 14}, LONG + " " + LONG)], {"padding": 8}), debug=True),
        c(D, "r2-debug-letter-spacing", "debug", frame([div({"letterSpacing": 4, "fontSize": 18}, "spaced")], {"padding": 8}), debug=True),
        c(D, "r2-debug-scaled", "debug", mid(div({"transform": "scale(1.5)", "fontSize": 16, "padding": 4}, "scaled")), debug=True),
        c(D, "r2-debug-overflow-hidden", "debug", mid(div({"overflow": "hidden", "width": 80, "height": 30, "fontSize": 16}, LONG)), debug=True),
    ]
    W2 = "tw"

    def tw(cls: str, children: Any = None, **attrs: Any) -> dict[str, Any]:
        return el("div", None, children, tw=cls, **attrs)
    out += [
        c(W2, "r2-tw-fractions-sizes", "tw", tw("flex w-full h-full bg-white", [tw("w-1/3 h-1/2 bg-red-400"), tw("w-1/4 h-full bg-blue-400"), tw("grow h-10 bg-green-400")])),
        c(W2, "r2-tw-arbitrary-text", "tw", tw("flex flex-col w-full h-full bg-white p-3", [tw("text-[28px] leading-[1.1] tracking-[-0.02em] text-[#e63946]", "Arbitrary"), tw("text-[12px] text-gray-500", "small grey")])),
        c(W2, "r2-tw-rounded-full-img", "tw", tw("flex w-full h-full bg-white items-center justify-center", [el("img", None, None, tw="w-20 h-20 rounded-full border-4 border-white shadow-xl", src=AVATAR, width=80, height=80)])),
        c(W2, "r2-tw-object-cover", "tw", tw("flex w-full h-full bg-black", [el("img", None, None, tw="w-full h-full object-cover opacity-60", src=PHOTO, width=240, height=160)])),
        c(W2, "r2-tw-border-sides", "tw", tw("flex w-full h-full bg-white items-center justify-center", [tw("w-32 h-20 border-b-4 border-l-8 border-red-500 bg-gray-100")])),
        c(W2, "r2-tw-self-justify", "tw", tw("flex w-full h-full bg-white p-2 justify-center", [tw("w-10 h-10 bg-red-500 self-start"), tw("w-10 h-10 bg-green-500 self-center"), tw("w-10 h-10 bg-blue-500 self-end")])),
        c(W2, "r2-tw-text-align-wrap", "tw", tw("flex w-full h-full bg-white p-2", [tw("text-center text-lg w-40", LONG)])),
        c(W2, "r2-tw-inset-x", "tw", tw("flex w-full h-full bg-white", [tw("absolute inset-x-0 bottom-0 h-10 bg-black/70"), tw("absolute top-2 left-2 text-sm text-red-600 font-bold uppercase", "new")]), fonts=GEIST3),
        c(W2, "r2-tw-mono-font", "tw", tw("flex w-full h-full bg-white p-2 font-mono text-lg", "const x = 1"), fonts=(font("Geist", "Geist-Regular.ttf"), font("monospace", "GeistMono-Regular.ttf"))),
        c(W2, "r2-tw-whitespace-nowrap-overflow", "tw", tw("flex w-full h-full bg-white p-2", [tw("w-32 whitespace-nowrap overflow-hidden text-base", LONG)])),
        c(W2, "r2-tw-uppercase-tracking-wide", "tw", tw("flex w-full h-full bg-indigo-600 text-white items-center justify-center uppercase tracking-wide text-2xl", "launch")),
        c(W2, "r2-tw-bg-arbitrary-gradient", "tw", tw("flex w-full h-full bg-[linear-gradient(135deg,#f00,#00f)]")),
        c(W2, "r2-tw-style-and-tw-merge", "tw", el("div", {"padding": 20, "fontSize": 30}, "Merge", tw="flex w-full h-full bg-yellow-200 text-red-700")),
        c(W2, "r2-tw-p-m-mixed", "tw", tw("flex w-full h-full bg-white pt-2 pl-6", [tw("w-12 h-12 bg-red-500 mx-4 my-2"), tw("w-12 h-12 bg-blue-500 -mt-1 ml-auto mr-3")])),
        c(W2, "r2-tw-line-height-text", "tw", tw("flex w-full h-full bg-white p-2", [tw("w-48 text-sm leading-6 text-slate-700", LONG + " " + LONG)])),
    ]
    return out


def round_three() -> list[CaseSpec]:
    """Elements, attributes and values an outsider tries that the table does not list."""
    out: list[CaseSpec] = []
    col = {"flexDirection": "column", "padding": 8, "fontSize": 16}
    X = "satori-style"
    tags = ["br", "ul", "li", "table", "td", "label", "input", "textarea", "button", "a", "figure", "figcaption",
            "section", "article", "nav", "header", "footer", "main", "aside", "small", "sub", "sup", "abbr", "cite",
            "del", "ins", "q", "address", "dl", "dt", "dd", "ol", "h7", "custom-tag", "video", "canvas", "picture"]
    for tag in tags:
        out.append(c(X, f"r3-tag-{tag}", "elements", frame([el("span", None, "before"), el(tag, {"backgroundColor": "#fd0"}, "inside"), el("span", None, "after")], col)))
    out += [
        c(X, "r3-br-in-text-flex", "elements", frame([div({"display": "flex", "flexDirection": "column"}, ["line one", el("br"), "line two"])], col)),
        c(X, "r3-ul-li-list", "elements", frame([el("ul", {"display": "flex", "flexDirection": "column"}, [el("li", None, "first"), el("li", None, "second")])], col)),
        c(X, "r3-img-alt-srcset", "img", mid(el("img", {"width": 100, "height": 70}, None, src=PHOTO, alt="photo", srcSet=f"{PHOTO} 2x", width=100, height=70))),
        c(X, "r3-class-id-props", "props", frame([div({"fontSize": 18}, "classed", className="title", id="main", title="tip")], col)),
    ]
    vals = [
        ("display-inline", {"display": "inline"}), ("display-inline-block", {"display": "inline-block"}),
        ("display-inline-flex", {"display": "inline-flex"}), ("position-fixed", {"position": "fixed", "top": 10, "left": 10}),
        ("position-sticky", {"position": "sticky", "top": 10}), ("overflow-scroll", {"overflow": "scroll", "height": 20}),
        ("overflow-auto", {"overflow": "auto", "height": 20}), ("visibility-hidden", {"visibility": "hidden"}),
        ("float-right", {"float": "right"}), ("vertical-align-middle", {"verticalAlign": "middle"}),
        ("outline", {"outline": "3px solid red"}), ("border-none", {"border": "none"}),
        ("border-0", {"border": 0}), ("border-style-none", {"borderStyle": "none", "borderWidth": 4}),
        ("border-dotted", {"border": "3px dotted red"}), ("border-double", {"border": "6px double red"}),
        ("box-shadow-none", {"boxShadow": "none"}), ("background-none", {"background": "none"}),
        ("background-transparent", {"background": "transparent"}), ("color-current", {"color": "currentColor"}),
        ("width-fit-content", {"width": "fit-content"}), ("width-max-content", {"width": "max-content"}),
        ("width-min-content", {"width": "min-content"}), ("height-100vh", {"height": "100vh"}),
        ("min-height-100vh", {"minHeight": "100vh"}), ("inset-0-abs", {"position": "absolute", "inset": 0}),
        ("inset-two", {"position": "absolute", "inset": "10px 20px"}), ("font-size-string-num", {"fontSize": "20"}),
        ("width-string-num", {"width": "120"}), ("line-height-normal", {"lineHeight": "normal"}),
        ("letter-spacing-normal", {"letterSpacing": "normal"}), ("font-weight-bold", {"fontWeight": "bold"}),
        ("font-weight-bolder", {"fontWeight": "bolder"}), ("text-align-start", {"textAlign": "start"}),
        ("white-space-break-spaces", {"whiteSpace": "break-spaces"}), ("overflow-wrap-anywhere", {"overflowWrap": "anywhere"}),
        ("word-wrap-break", {"wordWrap": "break-word"}), ("hyphens-auto", {"hyphens": "auto"}),
        ("text-decoration-none", {"textDecoration": "none"}), ("text-decoration-overline", {"textDecoration": "overline"}),
        ("text-decoration-thickness", {"textDecoration": "underline", "textDecorationThickness": 4}),
        ("text-underline-offset", {"textDecoration": "underline", "textUnderlineOffset": 6}),
        ("font-variant-caps", {"fontVariant": "small-caps"}), ("font-feature-tnum", {"fontFeatureSettings": "'tnum'"}),
        ("cursor-pointer", {"cursor": "pointer"}), ("transition", {"transition": "all 0.3s"}),
        ("z-index-neg", {"zIndex": -1, "position": "relative"}), ("order-neg", {"order": -1}),
        ("justify-self", {"justifySelf": "center"}), ("place-items", {"placeItems": "center"}),
        ("margin-inline", {"marginInline": 20}), ("padding-block", {"paddingBlock": 10}),
        ("border-block", {"borderBlock": "3px solid red"}), ("kebab-key", {"background-color": "red"}),
        ("important", {"color": "red !important"}), ("initial-color", {"color": "initial"}),
        ("unset-font-size", {"fontSize": "unset"}), ("inherit-bg", {"backgroundColor": "inherit"}),
        ("object-fit-on-div", {"objectFit": "cover"}), ("text-shadow-none", {"textShadow": "none"}),
        ("filter-none", {"filter": "none"}), ("opacity-percent", {"opacity": "50%"}),
        ("transform-translate3d", {"transform": "translate3d(10px, 5px, 0)"}), ("transform-rotate-z", {"transform": "rotateZ(15deg)"}),
        ("transform-matrix", {"transform": "matrix(1, 0.2, 0, 1, 10, 0)"}), ("transform-perspective", {"transform": "perspective(100px) rotateY(20deg)"}),
        ("rotate-prop", {"rotate": "15deg"}), ("scale-prop", {"scale": "1.5"}), ("translate-prop", {"translate": "10px 5px"}),
        ("mix-blend", {"mixBlendMode": "multiply"}), ("background-blend", {"backgroundBlendMode": "multiply", "backgroundImage": "linear-gradient(red, blue)"}),
        ("backdrop-blur", {"backdropFilter": "blur(4px)"}), ("clip-path-none", {"clipPath": "none"}),
        ("direction-rtl", {"direction": "rtl"}), ("writing-mode", {"writingMode": "vertical-rl"}),
        ("text-orientation", {"textOrientation": "upright"}), ("columns", {"columns": 2}),
        ("box-decoration", {"boxDecorationBreak": "clone"}), ("content-visibility", {"contentVisibility": "hidden"}),
        ("accent-color", {"accentColor": "red"}), ("caret-color", {"caretColor": "red"}),
        ("border-image", {"borderImage": "linear-gradient(red, blue) 1", "border": "4px solid"}),
        ("font-synthesis", {"fontSynthesis": "none"}), ("text-rendering", {"textRendering": "geometricPrecision"}),
        ("smoothing", {"WebkitFontSmoothing": "antialiased"}), ("text-wrap-pretty", {"textWrap": "pretty"}),
        ("text-wrap-nowrap", {"textWrap": "nowrap"}), ("text-wrap-stable", {"textWrap": "stable"}),
        ("line-clamp-none", {"lineClamp": "none", "display": "block"}), ("max-lines", {"maxLines": 1}),
    ]
    for name, style in vals:
        base = {"backgroundColor": "#cde", "padding": 4, "width": 140, "fontSize": 16}
        base.update(style)
        out.append(c(X, f"r3-{name}", "values", frame([div(dict(base), "Value check text wraps here"), box("#e63946", 30, 30)], {"padding": 8, "gap": 6, "flexWrap": "wrap"}), fonts=GEIST3))
    return out


def _clip_frame(kids: Any, width: int, height: int, **extra: Any) -> dict[str, Any]:
    """A centred grey column box that clips (``overflow: hidden``) its children, with ``extra`` styles."""
    st = {"display": "flex", "flexDirection": "column", "overflow": "hidden", "width": width, "height": height,
          "padding": 6, "gap": 6, "backgroundColor": "#f6f6f6"}
    st.update(extra)
    return mid(div(st, kids))


def round_four() -> list[CaseSpec]:
    """Thin things under clips and opacity (resvg trims a clipped or translucent shape's layer)."""
    out: list[CaseSpec] = []
    K = "clip"

    def clipper(kids: Any, **extra: Any) -> dict[str, Any]:
        return _clip_frame(kids, 180, 110, **extra)
    for name, extra in (("plain", {}), ("radius", {"borderRadius": 14}), ("opacity", {"opacity": 0.7}), ("rotated", {"transform": "rotate(3deg)"})):
        out += [
            c(K, f"r4-{name}-underline-small", ["overflow", "textDecoration"], clipper([div({"fontSize": 9, "textDecoration": "underline"}, "tiny underlined text here"), div({"fontSize": 11, "textDecoration": "line-through"}, "struck small text")], **extra)),
            c(K, f"r4-{name}-hairline-boxes", ["overflow"], clipper([box("#333", 150, 1), box("#333", 1, 30), box("#e63946", 120, 2), div({"height": 0, "width": 150, "borderTop": "1px solid #06c"})], **extra)),
            c(K, f"r4-{name}-hr", ["overflow", "presets"], clipper([div({"fontSize": 12}, "above"), el("hr", {"width": 150, "margin": 0}), div({"fontSize": 12}, "below")], **extra)),
            c(K, f"r4-{name}-thin-borders", ["overflow", "border"], clipper([box("white", 150, 20, border="1px solid #333"), box("white", 150, 20, border="1px dashed #333"), box("white", 150, 20, borderBottom="1px solid red", borderRadius=6)], **extra)),
            c(K, f"r4-{name}-debug", ["overflow", "debug"], clipper([div({"fontSize": 12}, "debug text line"), box("#dde", 100, 10)], **extra), debug=True),
        ]
    OP = "opacity"
    out += [
        c(OP, "r4-opacity-underline", ["opacity", "textDecoration"], mid(div({"opacity": 0.5, "fontSize": 10, "textDecoration": "underline"}, "faded underline text"))),
        c(OP, "r4-opacity-hairline", "opacity", mid(box("#000", 150, 1, opacity=0.5))),
        c(OP, "r4-opacity-hr", ["opacity", "presets"], frame([el("hr", {"width": 150, "opacity": 0.4})], {"flexDirection": "column", "padding": 20})),
        c(OP, "r4-opacity-thin-border-box", "opacity", mid(box("white", 150, 40, border="1px solid #000", opacity=0.5))),
        c(OP, "r4-opacity-debug", ["opacity", "debug"], mid(div({"opacity": 0.5, "fontSize": 14}, "debug faded")), debug=True),
        c(OP, "r4-opacity-parent-thin-children", "opacity", mid(div({"opacity": 0.6, "display": "flex", "flexDirection": "column", "gap": 4}, [box("#000", 150, 1), box("#000", 150, 1), div({"fontSize": 10, "textDecoration": "underline"}, "underlined")]))),
        c(OP, "r4-clip-path-thin", ["clipPath"], mid(div({"clipPath": "inset(0 round 10px)", "display": "flex", "flexDirection": "column", "gap": 4, "padding": 6, "width": 160, "backgroundColor": "#eee"}, [box("#000", 140, 1), div({"fontSize": 10, "textDecoration": "underline"}, "underlined in clip-path")]))),
        c(OP, "r4-mask-thin", ["maskImage"], mid(div({"maskImage": "linear-gradient(black, black)", "display": "flex", "flexDirection": "column", "gap": 4, "padding": 6, "width": 160}, [box("#000", 140, 1), div({"fontSize": 10, "textDecoration": "underline"}, "underlined in mask")]))),
    ]
    return out


def round_five() -> list[CaseSpec]:
    """Other 1 px strokes (hairlines in resvg) under clips: text strokes, half-pixel borders, SVG strokes."""
    out: list[CaseSpec] = []
    K = "clip"

    def clipper(kids: Any, **extra: Any) -> dict[str, Any]:
        return _clip_frame(kids, 190, 120, **extra)
    for name, extra in (("plain", {}), ("radius", {"borderRadius": 14}), ("opacity", {"opacity": 0.7})):
        out += [
            c(K, f"r5-{name}-text-stroke-1px", ["overflow", "WebkitTextStroke"], clipper([div({"fontSize": 22, "WebkitTextStroke": "1px #06c", "color": "white"}, "Outlined"), div({"fontSize": 14, "WebkitTextStroke": "0.5px red"}, "half pixel stroke")], **extra)),
            c(K, f"r5-{name}-half-px-borders", ["overflow", "border"], clipper([box("white", 160, 24, border="0.5px solid #333"), box("white", 160, 24, borderBottom="0.5px solid red"), box("white", 160, 24, border="0.5px dashed #333", borderRadius=6)], **extra)),
            c(K, f"r5-{name}-svg-hairlines", ["overflow", "svg"], clipper([el("svg", None, [el("line", None, None, x1=0, y1=10, x2=160, y2=10, stroke="black", strokeWidth=1), el("rect", None, None, x=5.5, y=20.5, width=100, height=30, fill="none", stroke="#e63946", strokeWidth=1), el("path", None, None, d="M0 60 L160 60", stroke="#06c", strokeWidth=0.5)], width=160, height=70)], **extra)),
            c(K, f"r5-{name}-shadow-thin", ["overflow", "textShadow"], clipper([div({"fontSize": 9, "textShadow": "0 1px 0 red", "textDecoration": "underline"}, "shadowed tiny underlined")], **extra)),
        ]
    return out


def round_six() -> list[CaseSpec]:
    """Whole 1200x630 cards combining the properties, as an outsider's last checks."""
    out: list[CaseSpec] = []
    A = "cards"
    big = (1200, 630)
    g5 = (font("Geist", "Geist-Light.ttf", 300), font("Geist", "Geist-Regular.ttf"), font("Geist", "Geist-Medium.woff", 500),
          font("Geist", "Geist-Bold.ttf", 700), font("Geist", "Geist-Black.ttf", 900))
    title = "Building a pure-Python Open Graph renderer 🚀 that matches Next.js"
    out += [
        c(A, "r6-gradient-title-logo", "cards", frame([
            img({"width": 80, "height": 80, "borderRadius": 16}, src=LOGO, width=80, height=80),
            div({"fontSize": 64, "fontWeight": 800, "color": "white", "lineHeight": 1.1, "letterSpacing": "-0.02em", "marginTop": 40, "textWrap": "balance"}, title),
            div({"display": "flex", "marginTop": "auto", "alignItems": "center", "gap": 16, "fontSize": 28, "color": "rgba(255,255,255,0.8)"}, [
                img({"width": 56, "height": 56, "borderRadius": 28, "border": "3px solid white"}, src=AVATAR, width=56, height=56),
                el("span", None, "Jane Doe"), el("span", {"opacity": 0.6}, "·"), el("span", None, "Dec 5, 2026")])],
            {"flexDirection": "column", "padding": 80, "backgroundImage": "linear-gradient(135deg, #0f172a 0%, #1e3a8a 50%, #7c3aed 100%)"}), big, fonts=g5),
        c(A, "r6-split-photo", "cards", frame([
            div({"display": "flex", "flexDirection": "column", "justifyContent": "center", "width": "55%", "padding": 60, "gap": 20}, [
                div({"fontSize": 22, "textTransform": "uppercase", "letterSpacing": 4, "color": "#e63946", "fontWeight": 700}, "Engineering"),
                div({"fontSize": 54, "fontWeight": 700, "lineHeight": 1.15, "color": "#111"}, "How we cut render times by 80%"),
                div({"fontSize": 24, "color": "#555", "lineHeight": 1.5}, "A deep dive into caching, layout and rasterization.")]),
            img({"width": "45%", "height": "100%", "objectFit": "cover"}, src=JPG)], {}), big, fonts=g5),
        c(A, "r6-stat-grid", "cards", frame([
            div({"display": "flex", "flexWrap": "wrap", "gap": 24, "width": 1040}, [
                div({"display": "flex", "flexDirection": "column", "width": 330, "height": 200, "borderRadius": 24, "padding": 28, "backgroundColor": bg, "boxShadow": "0 10px 30px rgba(0,0,0,0.15)"}, [
                    div({"fontSize": 20, "color": "#64748b"}, label), div({"fontSize": 64, "fontWeight": 900, "marginTop": "auto"}, value)])
                for bg, label, value in (("#fff", "Renders", "1.2M"), ("#f0fdf4", "p95", "84 ms"), ("#eff6ff", "Cache hit", "97%"), ("#fefce8", "Errors", "0.01%"), ("#fdf2f8", "Cards", "3,141"), ("#f5f3ff", "Fonts", "12"))])],
            {"alignItems": "center", "justifyContent": "center", "backgroundColor": "#f8fafc"}), big, fonts=g5),
        c(A, "r6-quote-card", "cards", frame([
            div({"fontSize": 200, "color": "#e2e8f0", "position": "absolute", "top": -20, "left": 40, "fontWeight": 900}, "“"),
            div({"display": "flex", "flexDirection": "column", "maxWidth": 900, "gap": 30}, [
                div({"fontSize": 48, "fontStyle": "italic", "lineHeight": 1.3, "color": "#0f172a"}, "Whatever Next renders, pureog renders, and it looks the same — quirks included."),
                div({"fontSize": 26, "color": "#475569", "borderLeft": "4px solid #6366f1", "paddingLeft": 16}, "— The brief")])],
            {"alignItems": "center", "justifyContent": "center", "backgroundColor": "white"}), big,
          fonts=(font("Geist", "Geist-Regular.ttf"), font("Geist", "Geist-Black.ttf", 900), font("Geist", "Geist-Italic.ttf", 400, "italic"))),
        c(A, "r6-tags-wrap", "cards", frame([
            div({"fontSize": 56, "fontWeight": 700, "marginBottom": 30}, "Release notes v2.0"),
            div({"display": "flex", "flexWrap": "wrap", "gap": 12, "maxWidth": 900}, [
                div({"fontSize": 24, "padding": "8px 18px", "borderRadius": 999, "backgroundColor": col, "color": "white"}, tag)
                for tag, col in (("layout", "#0ea5e9"), ("text", "#22c55e"), ("emoji ✨", "#eab308"), ("fonts", "#ef4444"), ("images", "#8b5cf6"), ("svg", "#ec4899"), ("tailwind", "#14b8a6"), ("debug", "#64748b"))])],
            {"flexDirection": "column", "padding": 80, "backgroundColor": "#0b1020", "color": "white"}), big, fonts=GEIST3),
        c(A, "r6-code-card", "cards", frame([
            div({"display": "flex", "flexDirection": "column", "width": 900, "borderRadius": 16, "overflow": "hidden", "boxShadow": "0 20px 50px rgba(0,0,0,0.4)"}, [
                div({"display": "flex", "gap": 8, "padding": 16, "backgroundColor": "#1e293b"}, [box(cc, 14, 14, borderRadius=7) for cc in ("#ef4444", "#eab308", "#22c55e")]),
                el("pre", {"margin": 0, "padding": 28, "backgroundColor": "#0f172a", "color": "#e2e8f0", "fontSize": 24, "lineHeight": 1.6}, "import pureog\n\npng = pureog.render_png(card)\nopen('og.png', 'wb').write(png)\t# done")])],
            {"alignItems": "center", "justifyContent": "center", "backgroundImage": "radial-gradient(circle at 30% 20%, #334155, #020617)"}), big,
          fonts=(font("Geist", "Geist-Regular.ttf"), font("monospace", "GeistMono-Regular.ttf"))),
        c(A, "r6-tw-product", "cards", el("div", None, [
            el("div", None, "New", tw="absolute top-8 right-8 bg-red-500 text-white text-xl font-bold px-4 py-1 rounded-full"),
            el("img", None, None, tw="w-80 h-80 rounded-3xl shadow-2xl", src=PHOTO, width=320, height=320),
            el("div", None, [el("div", None, "Trail Runner X", tw="text-6xl font-bold text-gray-900"), el("div", None, "$129.00", tw="text-4xl text-green-600 mt-4"),
                            el("div", None, "Lightweight, breathable and fast.", tw="text-2xl text-gray-500 mt-6")], tw="flex flex-col ml-16")],
            tw="flex w-full h-full items-center justify-center bg-gray-50 relative"), big, fonts=GEIST3),
        c(A, "r6-cjk-card", "cards", frame([
            div({"fontSize": 64, "fontWeight": 700, "lineHeight": 1.3, "maxWidth": 1000}, "日本語のタイトルが長い場合でもきれいに折り返されます"),
            div({"fontSize": 28, "color": "#666", "marginTop": 30}, "2026年12月5日 · 5分で読めます")],
            {"flexDirection": "column", "padding": 80, "justifyContent": "center"}), big,
          fonts=(font("Geist", "Geist-Regular.ttf"), font("Noto", "NotoSansCJKJP-subset.otf"))),
        c(A, "r6-clamped-excerpt", "cards", frame([
            div({"fontSize": 52, "fontWeight": 700, "lineHeight": 1.2}, "A very long blog post title that keeps going and going well past two lines of text on the card"),
            div({"display": "block", "lineClamp": 3, "fontSize": 28, "lineHeight": 1.5, "color": "#475569", "marginTop": 24}, (LONG + ". ") * 6)],
            {"flexDirection": "column", "padding": 70}), big, fonts=GEIST3),
        c(A, "r6-debug-card", ["cards", "debug"], frame([
            div({"fontSize": 60, "fontWeight": 700}, "Debug outlines 👋"),
            div({"display": "flex", "gap": 20, "marginTop": 30}, [box("#fde68a", 200, 100, borderRadius=20), img({"width": 150, "height": 100}, width=150, height=100), div({"fontSize": 24, "width": 300, "textAlign": "justify"}, LONG)])],
            {"flexDirection": "column", "padding": 60}), big, fonts=GEIST3, debug=True),
        c(A, "r6-noto-emoji-card", ["cards", "emoji"], frame([div({"fontSize": 72, "fontWeight": 700, "textAlign": "center", "maxWidth": 900}, "Ship it 🚢 celebrate 🎉 repeat 🔁")],
            {"alignItems": "center", "justifyContent": "center", "backgroundColor": "#fff7ed"}), big, fonts=GEIST3, extra={"emoji": "noto"}),
        c(A, "r6-fluent-emoji-card", ["cards", "emoji"], frame([div({"fontSize": 60, "textAlign": "center", "maxWidth": 900}, "Coffee ☕ + code 💻 = joy 😍")],
            {"alignItems": "center", "justifyContent": "center", "backgroundColor": "#ecfeff"}), big, extra={"emoji": "fluent"}),
    ]
    return out


def round_seven() -> list[CaseSpec]:
    """Text layout corners: mixed fonts on a line, alignment with spacing and indents, breaking modes."""
    out: list[CaseSpec] = []
    T = "text"
    col = {"flexDirection": "column", "padding": 8, "gap": 6}
    cjk = (font("Geist", "Geist-Regular.ttf"), font("JP", "NotoSansCJKJP-subset.otf"), font("KR", "NanumGothic-subset.ttf"))
    out += [
        c(T, "r7-mixed-fallback-line-height", "fonts", frame([div({"fontSize": 20, "width": 200, "backgroundColor": "#eee"}, "Latin 日本 and 한국 mixed on lines that wrap twice")], col), fonts=cjk),
        c(T, "r7-mixed-fallback-lh-number", "fonts", frame([div({"fontSize": 20, "lineHeight": 1.2, "width": 200, "backgroundColor": "#eee"}, "Latin 日本 and 한국 mixed on lines that wrap twice")], col), fonts=cjk),
        c(T, "r7-justify-letter-spacing", "textAlign", frame([div({"textAlign": "justify", "letterSpacing": 2, "width": 210, "fontSize": 14}, LONG + " " + LONG)], col)),
        c(T, "r7-indent-center", "textIndent", frame([div({"textIndent": 30, "textAlign": "center", "width": 210, "fontSize": 14}, LONG + " " + LONG)], col)),
        c(T, "r7-indent-right", "textIndent", frame([div({"textIndent": 30, "textAlign": "right", "width": 210, "fontSize": 14}, LONG)], col)),
        c(T, "r7-indent-justify", "textIndent", frame([div({"textIndent": "2em", "textAlign": "justify", "width": 210, "fontSize": 14}, LONG + " " + LONG)], col)),
        c(T, "r7-pre-wrap-right-trailing", "whiteSpace", frame([div({"whiteSpace": "pre-wrap", "textAlign": "right", "width": 200, "fontSize": 14, "backgroundColor": "#eee"}, "right aligned    \nwith trailing   \n   and leading")], col)),
        c(T, "r7-break-all-letter-spacing", "wordBreak", frame([div({"wordBreak": "break-all", "letterSpacing": 3, "width": 150, "fontSize": 14}, "Pneumonoultramicroscopic silicovolcanoconiosis")], col)),
        c(T, "r7-break-word-center", "wordBreak", frame([div({"wordBreak": "break-word", "textAlign": "center", "width": 120, "fontSize": 14}, "a https://example.com/some/really/long/url b")], col)),
        c(T, "r7-shadow-transform-center", ["textShadow", "transform"], mid(div({"textShadow": "2px 2px 3px rgba(0,0,0,0.5)", "transform": "rotate(-5deg) scale(1.2)", "fontSize": 20, "textAlign": "center", "width": 150}, LONG))),
        c(T, "r7-balance-indent", "textWrap", frame([div({"textWrap": "balance", "textIndent": 20, "width": 210, "fontSize": 15, "backgroundColor": "#eee"}, LONG + " today")], col)),
        c(T, "r7-clamp-indent-center", "lineClamp", frame([div({"display": "block", "lineClamp": 2, "textIndent": 20, "textAlign": "center", "width": 180, "fontSize": 15}, LONG + " " + LONG)], col)),
        c(T, "r7-clamp-justify", "lineClamp", frame([div({"display": "block", "lineClamp": 2, "textAlign": "justify", "width": 180, "fontSize": 15}, LONG + " " + LONG)], col)),
        c(T, "r7-ellipsis-right", "textOverflow", frame([div({"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis", "textAlign": "right", "width": 150, "fontSize": 15}, LONG)], col)),
        c(T, "r7-ellipsis-bold-italic", "textOverflow", frame([div({"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis", "fontStyle": "italic", "width": 150, "fontSize": 15}, LONG), div({"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis", "fontWeight": 700, "width": 150, "fontSize": 15}, LONG)], col), fonts=GEIST3),
        c(T, "r7-uppercase-justify-wrap", "textTransform", frame([div({"textTransform": "uppercase", "textAlign": "justify", "width": 200, "fontSize": 13}, LONG + " " + LONG)], col)),
        c(T, "r7-decoration-justify", "textDecoration", frame([div({"textDecoration": "underline", "textAlign": "justify", "width": 200, "fontSize": 14}, LONG + " " + LONG)], col)),
        c(T, "r7-decoration-center-multi-color", "textDecoration", frame([div({"textDecoration": "line-through", "textDecorationColor": "red", "textAlign": "center", "width": 200, "fontSize": 14}, LONG)], col)),
        c(T, "r7-lh-px-decoration", "textDecoration", frame([div({"textDecoration": "underline", "lineHeight": "32px", "width": 200, "fontSize": 14, "backgroundColor": "#eee"}, LONG)], col)),
        c(T, "r7-cjk-letter-spacing", "letterSpacing", frame([div({"letterSpacing": 4, "width": 200, "fontSize": 16}, "日本語の文字間隔をテストします")], col), fonts=cjk),
        c(T, "r7-cjk-justify", "textAlign", frame([div({"textAlign": "justify", "width": 200, "fontSize": 16}, "日本語の文章を両端揃えで表示するテストです。")], col), fonts=cjk),
        c(T, "r7-korean-wrap", "text", frame([div({"width": 160, "fontSize": 16}, "한국어 문장이 여러 줄로 나뉘어 표시됩니다")], col), fonts=cjk),
        c(T, "r7-korean-keep-all", "wordBreak", frame([div({"wordBreak": "keep-all", "width": 160, "fontSize": 16}, "한국어 문장이 여러 줄로 나뉘어 표시됩니다")], col), fonts=cjk),
        c(T, "r7-emoji-mixed-fonts", ["emoji", "fonts"], frame([div({"width": 200, "fontSize": 18}, "日本 🎌 한국 🇰🇷 Latin 🚀")], col), fonts=cjk),
        c(T, "r7-tab-letter-spacing-pre", "tabSize", frame([div({"whiteSpace": "pre", "tabSize": 4, "letterSpacing": 2, "fontSize": 14}, "a\tbb\tccc\td")], col)),
        c(T, "r7-text-transform-ligature", "textTransform", frame([div({"fontSize": 20}, "office flow fjord"), div({"fontSize": 20, "textTransform": "uppercase"}, "office flow fjord"), div({"fontSize": 20, "letterSpacing": 1}, "office flow fjord")], col), fonts=(font("Roboto", "Roboto-Regular.ttf"),)),
        c(T, "r7-kerning-pairs", "text", frame([div({"fontSize": 32}, "AVATAR WAVE To Ty Yo"), div({"fontSize": 32, "fontFamily": "Roboto"}, "AVATAR WAVE To Ty Yo")], col), fonts=(font("Geist", "Geist-Regular.ttf"), font("Roboto", "Roboto-Regular.ttf"))),
    ]
    return out


def round_eight() -> list[CaseSpec]:
    """Half-pixel positions (odd canvases, centred odd boxes) under the interactions above."""
    out: list[CaseSpec] = []
    A = "tolerance"
    odd = (241, 163)
    items: list[tuple[str, Any, dict[str, Any]]] = [
        ("border-1px", box("white", 101, 41, border="1px solid #333"), {}),
        ("border-1px-radius", box("white", 101, 41, border="1px solid #333", borderRadius=9), {}),
        ("dashed-1px", box("white", 101, 41, border="1px dashed #333"), {}),
        ("hairline-box", box("#000", 121, 1), {}),
        ("img-radius", img({"width": 101, "height": 67, "borderRadius": 11}, width=101, height=67), {}),
        ("img-border", img({"width": 101, "height": 67, "border": "1px solid #000"}, width=101, height=67), {}),
        ("text-underline", div({"fontSize": 9, "textDecoration": "underline"}, "odd underlined words"), {}),
        ("clip-hairlines", div({"overflow": "hidden", "display": "flex", "flexDirection": "column", "gap": 3, "width": 121, "height": 51, "borderRadius": 7, "backgroundColor": "#eee"}, [box("#000", 101, 1), div({"fontSize": 9, "textDecoration": "underline"}, "under clip")]), {}),
        ("shadow-box", box("white", 101, 41, boxShadow="0 1px 3px rgba(0,0,0,0.5)", borderRadius=5), {}),
        ("gradient-radius", box(None, 101, 41, backgroundImage="linear-gradient(90deg, red, blue)", borderRadius=13), {}),
        ("opacity-border", box("white", 101, 41, border="1px solid #000", opacity=0.5), {}),
        ("rotated-border", box("white", 101, 41, border="1px solid #000", transform="rotate(7deg)"), {}),
        ("scaled-half", box("white", 101, 41, border="2px solid #000", transform="scale(0.5)"), {}),
        ("svg-stroke", el("svg", None, [el("rect", None, None, x=0.5, y=0.5, width=60, height=30, fill="none", stroke="#000")], width=61, height=31), {}),
        ("debug-box", div({"fontSize": 13, "padding": 3}, "debug odd"), {"debug": True}),
    ]
    for name, node, kw in items:
        out.append(c(A, f"r8-odd-{name}", "subpixel", mid(node), odd, **kw))
    return out


TW_UTILITIES = (
    "p-4 m-2 bg-blue-500", "px-6 py-1 bg-red-300", "w-1/2 h-8 bg-green-400", "w-full h-2 bg-black", "w-24 h-24 rounded-lg bg-amber-400",
    "w-24 h-24 rounded-t-2xl bg-pink-400", "w-24 h-24 rounded-bl-3xl rounded-tr-md bg-cyan-500", "w-24 h-24 border-2 border-gray-800",
    "w-24 h-24 border-x-4 border-y border-red-500", "w-24 h-24 border-t-8 border-t-blue-500 border-b-2 border-b-green-500", "w-24 h-24 border-dashed border-4 border-indigo-500",
    "w-24 h-24 bg-black/50", "w-24 h-24 bg-red-500 opacity-25", "w-24 h-24 bg-[#bada55]", "w-24 h-24 bg-[rgb(10,20,200)]",
    "w-24 h-24 shadow bg-white", "w-24 h-24 shadow-inner bg-white", "w-24 h-24 shadow-none bg-white", "w-24 h-24 shadow-[0_4px_10px_rgba(0,0,0,0.5)] bg-white",
    "text-xs", "text-sm font-bold", "text-lg italic", "text-2xl font-light", "text-3xl font-extrabold tracking-tight", "text-4xl leading-none",
    "text-base leading-relaxed w-40", "text-base tracking-[0.3em]", "text-base text-right w-40", "text-base text-justify w-40", "text-base uppercase",
    "text-base lowercase", "text-base capitalize", "text-base underline decoration-red-500", "text-base line-through", "text-base no-underline",
    "text-base text-transparent", "text-base text-[22px]", "text-base text-red-500/50", "text-base whitespace-pre", "text-base break-all w-24",
    "text-base truncate w-24", "text-base overflow-hidden w-24 h-6", "text-base indent-8 w-40", "text-base line-clamp-2 w-40",
    "flex-col items-center gap-2", "flex-row-reverse gap-1", "flex-wrap gap-x-4 gap-y-1 w-40", "justify-between w-48", "justify-around w-48",
    "items-end h-20", "items-baseline", "content-center flex-wrap h-24 w-40", "self-center", "grow", "shrink-0", "basis-1/2",
    "absolute top-0 right-0", "absolute inset-2", "relative -top-2 left-3", "z-10", "overflow-hidden rounded-full w-16 h-16",
    "rotate-45 w-10 h-10 bg-red-500", "-rotate-12 w-10 h-10 bg-red-500", "scale-75 w-10 h-10 bg-red-500", "translate-x-2 translate-y-1 w-10 h-10 bg-red-500",
    "skew-x-12 w-10 h-10 bg-red-500", "origin-top-left rotate-12 w-10 h-10 bg-red-500", "blur-sm w-10 h-10 bg-red-500", "grayscale w-10 h-10 bg-red-500",
    "bg-gradient-to-r from-red-500 to-blue-500 w-24 h-10", "bg-opacity-50 bg-blue-500 w-24 h-10", "border-opacity-50 border-4 border-blue-500 w-24 h-10",
    "aspect-square w-16 bg-red-500", "min-w-[100px] h-6 bg-red-500", "max-w-[50px] w-40 h-6 bg-red-500", "h-[33px] w-[77px] bg-red-500",
    "m-auto w-10 h-10 bg-red-500", "-m-2 w-10 h-10 bg-red-500", "ml-auto w-10 h-10 bg-red-500", "space-x-4", "divide-y", "ring-2 ring-blue-500 w-10 h-10",
    "font-mono text-base", "font-serif text-base", "font-sans text-base", "object-contain", "object-cover", "object-center",
)


def round_nine() -> list[CaseSpec]:
    """Tailwind utilities, one a case, on a box holding text, a box and an image where it matters."""
    out: list[CaseSpec] = []
    for i, cls in enumerate(TW_UTILITIES):
        kids: Any = [el("div", None, "Tw utility text", tw="text-base"), el("div", None, None, tw="w-6 h-6 bg-emerald-500")]
        if cls.startswith("object-"):
            kids = [el("img", None, None, tw=f"w-32 h-20 bg-gray-200 {cls}", src=PHOTO, width=128, height=80)]
            target = el("div", None, kids, tw="flex")
        elif cls.startswith("text-") or cls.startswith("font-"):
            target = el("div", None, "Tw text The quick brown fox jumps", tw=cls)
        else:
            target = el("div", None, kids, tw=f"flex bg-gray-100 {cls}")
        out.append(c("tw", f"r9-tw-{i:02d}", "tw", el("div", None, [target], tw="flex w-full h-full bg-white p-4 relative"), fonts=GEIST3))
    return out


SYSFONTS = OUT / "sysfonts"
"""Fonts an outsider brings (copied by hand from /usr/share/fonts, not committed): round ten runs only
for the files present there."""


def round_ten() -> list[CaseSpec]:
    """Other people's fonts: kerning, ligatures, accents and combining marks, digits, sizes, wrapping."""
    out: list[CaseSpec] = []
    if not SYSFONTS.is_dir():
        return out
    lines = ["AVATAR Wave To Yo Tj", "office fluffy fjord ﬁ", "Crème brûlée naïve Ångström", "e\u0301 n\u0303 a\u0308 o\u0323",
             "0123456789 $€£ 1/2 ½", "“Quotes” — dash… ‘x’ (a) [b] {c}"]
    for path in sorted(SYSFONTS.iterdir()):
        if path.suffix not in (".ttf", ".otf"):
            continue
        stem = path.stem.lower()
        fonts = ({"name": "F", "path": f"../sysfonts/{path.name}", "weight": 400, "style": "normal"},)
        for size in (13, 27):
            out.append(c("fonts", f"r10-{stem}-{size}", "fonts", frame([div({"fontSize": size}, text) for text in lines],
                         {"flexDirection": "column", "padding": 6, "fontFamily": "F", "gap": 2}), (320, 40 + 8 * size + 5 * size), fonts=fonts))
        out.append(c("fonts", f"r10-{stem}-wrap", "fonts", frame([div({"fontSize": 17, "width": 230, "textAlign": "justify"}, LONG + " — " + LONG)],
                     {"padding": 6, "fontFamily": "F"}), fonts=fonts))
    return out


def _svg_uri(body: str, w: int = 120, h: int = 80) -> str:
    from urllib.parse import quote  # noqa: PLC0415

    return "data:image/svg+xml;utf8," + quote(f"<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{h}' viewBox='0 0 {w} {h}'>{body}</svg>")


def round_eleven() -> list[CaseSpec]:
    """SVG files as <img> and url(): what resvg draws of them (text, style sheets, filters, symbols)."""
    bodies = {
        "text": "<text x='10' y='40' font-size='24' fill='navy'>Hello</text>",
        "text-family": "<text x='10' y='40' font-family='Geist' font-size='24'>Geist?</text>",
        "style-sheet": "<style>.a{fill:#e63946}.b{stroke:#06c;stroke-width:4;fill:none}</style><rect class='a' width='60' height='40'/><circle class='b' cx='90' cy='40' r='20'/>",
        "filter-blur": "<filter id='f'><feGaussianBlur stdDeviation='3'/></filter><rect x='20' y='20' width='80' height='40' fill='teal' filter='url(#f)'/>",
        "symbol-use": "<symbol id='s' viewBox='0 0 10 10'><circle cx='5' cy='5' r='5' fill='orange'/></symbol><use href='#s' x='10' y='10' width='40' height='40'/><use href='#s' x='60' y='20' width='30' height='30'/>",
        "gradient-transform": "<linearGradient id='g' gradientTransform='rotate(45)'><stop offset='0' stop-color='red'/><stop offset='1' stop-color='blue'/></linearGradient><rect width='120' height='80' fill='url(#g)'/>",
        "marker": "<marker id='m' markerWidth='6' markerHeight='6' refX='3' refY='3'><circle cx='3' cy='3' r='3' fill='red'/></marker><polyline points='10,70 60,10 110,70' fill='none' stroke='black' marker-start='url(#m)' marker-mid='url(#m)' marker-end='url(#m)'/>",
        "opacity-group": "<g opacity='0.5'><rect width='70' height='50' fill='red'/><rect x='40' y='25' width='70' height='50' fill='blue'/></g>",
        "pattern-transform": "<pattern id='p' width='10' height='10' patternUnits='userSpaceOnUse' patternTransform='rotate(30)'><rect width='5' height='10' fill='#333'/></pattern><rect width='120' height='80' fill='url(#p)'/>",
        "nested-image": "<image href='data:image/svg+xml;utf8,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2210%22 height=%2210%22%3E%3Ccircle cx=%225%22 cy=%225%22 r=%225%22 fill=%22green%22/%3E%3C/svg%3E' x='20' y='10' width='60' height='60'/>",
        "stroke-dash-offset": "<circle cx='60' cy='40' r='30' fill='none' stroke='purple' stroke-width='6' stroke-dasharray='20 8' stroke-dashoffset='5' stroke-linecap='round'/>",
        "no-size": "<rect width='100%' height='100%' fill='#fd0'/><circle cx='50%' cy='50%' r='30%' fill='#06c'/>",
    }
    out: list[CaseSpec] = []
    for name, body in bodies.items():
        uri = _svg_uri(body)
        out.append(c("svg", f"r11-img-{name}", "img", mid(img({"width": 180, "height": 120, "backgroundColor": "#f4f4f4"}, src=uri, width=180, height=120))))
        out.append(c("svg", f"r11-bg-{name}", "backgroundImage", mid(box("#f4f4f4", 200, 120, backgroundImage=f"url({uri})", backgroundSize="100px 60px"))))
    return out
