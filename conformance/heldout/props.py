"""Held-out documents, part 1: each property of Satori's README table in 2-4 documents, as card authors use it."""

# ruff: noqa: E501  (document tables: one document per call reads better than wrapped CSS strings)
from __future__ import annotations

from conformance.heldout.build import (
    AVATAR,
    LOGO,
    PHOTO,
    TILE,
    TITLE,
    TXT,
    add,
    card,
    el,
)

# ---------------- display ----------------
add("display-block-text", card(el("div", {"display": "block", "fontSize": 48, "width": 600, "color": "#111"}, TXT)))
add("display-none-sibling", card(el("div", {"display": "none", "width": 200, "height": 200, "background": "red"}),
                                 el("div", {"width": 300, "height": 200, "background": "#3b82f6"}), flexDirection="column"))
add("display-contents", card(el("div", {"display": "contents"}, [el("span", {"fontSize": 40, "color": "navy"}, "One"),
                                                                  el("span", {"fontSize": 40, "color": "teal", "marginLeft": 20}, "Two")])))
add("display-webkit-box", card(el("div", {"display": "-webkit-box", "WebkitBoxOrient": "vertical", "WebkitLineClamp": 2,
                                          "overflow": "hidden", "textOverflow": "ellipsis", "fontSize": 40, "width": 500}, TXT)), 800, 400)
# ---------------- position ----------------
add("position-absolute-corners", card(
    el("div", {"position": "absolute", "top": 20, "left": "20px", "width": 120, "height": 80, "background": "#ef4444"}),
    el("div", {"position": "absolute", "bottom": "10%", "right": "5%", "width": "15%", "height": 80, "background": "#22c55e"}),
    el("span", {"fontSize": 56}, "Centered")))
add("position-relative-offset", card(el("div", {"position": "relative", "top": 30, "left": -40, "width": 300, "height": 150,
                                                "backgroundColor": "#6366f1", "borderRadius": 12})), 333, 177)
add("position-static-ignored", card(el("div", {"position": "static", "top": 100, "width": 200, "height": 100, "background": "orange"})))
add("position-abs-inset-stretch", card(el("div", {"position": "absolute", "top": 0, "left": 0, "right": 0, "bottom": 0,
                                                  "margin": 40, "border": "4px dashed #0ea5e9"})), 600, 315)
# ---------------- color ----------------
add("color-hex-short", card(el("p", {"color": "#0af", "fontSize": 64}, "Short hex color")))
add("color-rgba-inherit", card(el("div", {"display": "flex", "flexDirection": "column", "color": "rgba(20, 30, 200, 0.6)", "fontSize": 48},
                                  [el("span", None, "Inherited"), el("span", {"color": "tomato"}, "Overridden")])))
add("color-hsl-span", card(el("span", {"color": "hsl(280, 70%, 45%)", "fontSize": 72, "fontWeight": 700}, "HSL purple")))
add("color-currentcolor-border", card(el("div", {"color": "#16a34a", "border": "6px solid currentColor", "padding": 24, "fontSize": 40}, "Border follows text")))
# ---------------- margin ----------------
add("margin-shorthand-2", card(el("div", {"margin": "20px 60px", "width": 200, "height": 100, "background": "#f59e0b"}),
                               el("div", {"width": 200, "height": 100, "background": "#10b981"}), alignItems="flex-start", justifyContent="flex-start"))
add("margin-auto-center", card(el("div", {"margin": "auto", "width": 240, "height": 120, "background": "#8b5cf6"}),
                               alignItems="flex-start", justifyContent="flex-start"))
add("margin-negative-overlap", card(el("div", {"width": 200, "height": 200, "background": "#0ea5e9"}),
                                    el("div", {"marginLeft": -60, "marginTop": "40px", "width": 200, "height": 200, "background": "rgba(239,68,68,0.8)"})))
add("margin-em-p", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 32, "background": "#f1f5f9"},
                           [el("p", None, "First paragraph"), el("p", {"marginBottom": "0.5em"}, "Second paragraph")])))
add("margin-percent", card(el("div", {"marginLeft": "10%", "marginTop": "5%", "width": 300, "height": 100, "background": "#111"}),
                           alignItems="flex-start", justifyContent="flex-start"), 333, 177)
# ---------------- top/right/bottom/left ----------------
add("offsets-percent", card(el("div", {"position": "absolute", "top": "50%", "left": "50%", "width": 100, "height": 100,
                                       "background": "crimson", "transform": "translate(-50%, -50%)"})))
add("offsets-right-bottom-strings", card(el("div", {"position": "absolute", "right": "24px", "bottom": "24px", "fontSize": 28, "color": "#64748b"}, "example.com")))
# ---------------- width/height ----------------
add("size-percent-nested", card(el("div", {"width": "80%", "height": "60%", "background": "#e2e8f0", "display": "flex"},
                                   el("div", {"width": "50%", "height": "50%", "background": "#334155"}))))
add("size-vw-vh", card(el("div", {"width": "50vw", "height": "25vh", "background": "#f43f5e"})), 333, 177)
add("size-em-rem", card(el("div", {"fontSize": 20, "width": "10em", "height": "5rem", "background": "#14b8a6"})))
add("size-string-px", card(el("div", {"width": "300px", "height": "150px", "background": "#a855f7", "borderRadius": "24px"})), 2400, 1260)
# ---------------- min/max ----------------
add("min-max-width", card(el("div", {"maxWidth": 500, "fontSize": 40, "background": "#fde68a", "padding": 20}, TXT + " " + TXT)))
add("min-height-column", card(el("div", {"minHeight": 300, "minWidth": "40%", "background": "#bae6fd", "display": "flex", "alignItems": "flex-end"},
                                 el("span", {"fontSize": 30}, "min sized"))))
add("max-height-overflow", card(el("div", {"maxHeight": 120, "overflow": "hidden", "width": 500, "fontSize": 36, "background": "#fee2e2"}, TXT + " " + TXT)))
# ---------------- border ----------------
add("border-shorthand-gray", card(el("div", {"border": "1px solid gray", "width": 400, "height": 200})))
add("border-dashed-radius", card(el("div", {"border": "4px dashed #6366f1", "borderRadius": 24, "width": 400, "height": 200, "background": "#eef2ff"})))
add("border-sides-mixed", card(el("div", {"borderTop": "8px solid #ef4444", "borderBottom": "2px solid black", "borderLeftWidth": 12,
                                          "borderLeftColor": "#10b981", "borderLeftStyle": "solid", "width": 300, "height": 160, "background": "#fafafa"})))
add("border-width-color-longhands", card(el("div", {"borderWidth": "2px 6px", "borderStyle": "solid", "borderColor": "#0ea5e9 #f97316",
                                                    "width": 300, "height": 160})), 333, 177)
add("border-no-width", card(el("div", {"border": "solid red", "width": 200, "height": 120})))
add("border-img-avatar", card(el("img", {"width": 200, "height": 200, "borderRadius": "50%", "border": "6px solid white",
                                         "boxShadow": "0 4px 12px rgba(0,0,0,0.3)"}, src=AVATAR, width=200, height=200), background="#1e293b"))
add("border-dashed-thick-circle", card(el("div", {"width": 240, "height": 240, "borderRadius": 9999, "border": "10px dashed rgba(0,0,0,0.5)"})))
# ---------------- borderRadius ----------------
add("radius-slash", card(el("div", {"borderRadius": "50% / 20px", "width": 400, "height": 200, "background": "#0284c7"})))
add("radius-four-values", card(el("div", {"borderRadius": "40px 10px 60px 0", "width": 400, "height": 240, "background": "#7c3aed"})))
add("radius-overflow-img", card(el("div", {"borderRadius": 32, "overflow": "hidden", "width": 500, "height": 300, "display": "flex"},
                                   el("img", {"width": "100%", "height": "100%", "objectFit": "cover"}, src=PHOTO))))
add("radius-longhand-percent", card(el("div", {"borderTopLeftRadius": "50%", "borderBottomRightRadius": "50%", "width": 300, "height": 300,
                                               "background": "linear-gradient(135deg, #f97316, #ec4899)"})), 333, 177)
add("radius-border-overflow-child", card(el("div", {"borderRadius": 40, "border": "8px solid #111", "overflow": "hidden", "width": 400,
                                                    "height": 250, "display": "flex", "flexDirection": "column"},
                                            [el("div", {"height": 125, "background": "#facc15"}), el("div", {"flexGrow": 1, "background": "#0ea5e9"})])))
add("radius-huge-clamped", card(el("div", {"borderRadius": 500, "width": 500, "height": 160, "background": "#22c55e"})))
# ---------------- flexDirection ----------------
add("flex-direction-column-reverse", card(el("div", {"display": "flex", "flexDirection": "column-reverse", "gap": 10},
                                             [el("div", {"width": 200, "height": 60, "background": c}) for c in ("#ef4444", "#22c55e", "#3b82f6")])))
add("flex-direction-row-reverse-text", card(el("div", {"display": "flex", "flexDirection": "row-reverse", "fontSize": 40, "gap": "24px"},
                                               [el("span", None, "first"), el("span", None, "second"), el("span", None, "third")])))
add("flex-direction-column-text", card(el("div", {"display": "flex", "flexDirection": "column", "alignItems": "center"},
                                          [el("h1", {"fontSize": 64, "margin": 0}, TITLE), el("p", {"fontSize": 28, "color": "#555"}, "A subtitle")])))
# ---------------- flexWrap ----------------
add("flex-wrap-tags", card(el("div", {"display": "flex", "flexWrap": "wrap", "width": 600, "gap": 12},
                              [el("span", {"padding": "8px 16px", "background": "#e0e7ff", "borderRadius": 999, "fontSize": 28}, t)
                               for t in ("react", "nextjs", "typescript", "edge", "open-graph", "images", "satori")])))
add("flex-wrap-reverse", card(el("div", {"display": "flex", "flexWrap": "wrap-reverse", "width": 420, "height": 300, "background": "#f1f5f9"},
                                 [el("div", {"width": 130, "height": 90, "margin": 5, "background": f"hsl({i * 40}, 70%, 55%)"}) for i in range(7)])))
add("flex-wrap-nowrap-shrink", card(el("div", {"display": "flex", "flexWrap": "nowrap", "width": 400, "background": "#eee"},
                                       [el("div", {"width": 200, "height": 80, "flexShrink": 1, "background": c}) for c in ("#f00", "#0f0", "#00f")])))
# ---------------- flexGrow / shrink / basis ----------------
add("flex-grow-ratio", card(el("div", {"display": "flex", "width": 900, "height": 120},
                               [el("div", {"flexGrow": g, "background": c}) for g, c in ((1, "#fca5a5"), (2, "#86efac"), (3, "#93c5fd"))])))
add("flex-grow-string", card(el("div", {"display": "flex", "width": "100%", "height": 100},
                                 [el("div", {"flexGrow": "1", "background": "#334155"}), el("div", {"width": 200, "background": "#f97316"})])))
add("flex-shrink-zero-default", card(el("div", {"display": "flex", "width": 500, "height": 100, "background": "#ddd"},
                                        [el("div", {"width": 300, "background": "rgba(255,0,0,.6)"}), el("div", {"width": 300, "background": "rgba(0,0,255,.6)"})])))
add("flex-shrink-text", card(el("div", {"display": "flex", "width": 500, "fontSize": 32, "background": "#fef3c7"},
                                [el("div", {"width": 150, "height": 40, "background": "#f59e0b", "flexShrink": 0}), el("span", None, TXT)])))
add("flex-basis-px-percent", card(el("div", {"display": "flex", "width": 800, "height": 120},
                                     [el("div", {"flexBasis": "25%", "background": "#0ea5e9"}), el("div", {"flexBasis": 300, "background": "#f43f5e"}),
                                      el("div", {"flexBasis": "100px", "flexGrow": 1, "background": "#84cc16"})])))
add("flex-shorthand", card(el("div", {"display": "flex", "width": 800, "height": 120},
                              [el("div", {"flex": 1, "background": "#0ea5e9"}), el("div", {"flex": "2 1 0%", "background": "#f43f5e"}),
                               el("div", {"flex": "0 0 120px", "background": "#84cc16"})])))
add("flex-shorthand-auto-none", card(el("div", {"display": "flex", "width": 800, "height": 120, "fontSize": 30},
                                        [el("div", {"flex": "auto", "background": "#fde047"}, "auto"), el("div", {"flex": "none", "background": "#a5b4fc"}, "none fixed"),
                                         el("div", {"flex": "1 1 auto", "background": "#6ee7b7"}, "one")])))
# ---------------- alignItems ----------------
for ai in ("center", "flex-end", "baseline", "stretch"):
    add(f"align-items-{ai}", card(el("div", {"display": "flex", "alignItems": ai, "height": 300, "width": 700, "background": "#f8fafc", "gap": 10},
                                     [el("div", {"fontSize": 24, "background": "#fca5a5", "padding": 10}, "small"),
                                      el("div", {"fontSize": 64, "background": "#93c5fd", "padding": 10}, "Large"),
                                      el("div", {"width": 80, "height": 80 if ai != "stretch" else None, "background": "#86efac"})])))
add("align-items-normal", card(el("div", {"display": "flex", "alignItems": "normal", "height": 200, "width": 400, "background": "#eee"},
                                  [el("div", {"width": 100, "background": "#f0f"}), el("div", {"width": 100, "height": 50, "background": "#0ff"})])), 333, 177)
# ---------------- alignContent / alignSelf / justifyContent / gap ----------------
for ac in ("center", "space-between", "flex-end", "space-around"):
    add(f"align-content-{ac}", card(el("div", {"display": "flex", "flexWrap": "wrap", "alignContent": ac, "width": 400, "height": 400, "background": "#f1f5f9"},
                                       [el("div", {"width": 120, "height": 60, "margin": 4, "background": "#6366f1"}) for _ in range(7)])))
add("align-self-mix", card(el("div", {"display": "flex", "height": 300, "width": 600, "background": "#fafafa", "alignItems": "flex-start"},
                              [el("div", {"alignSelf": s, "width": 100, "height": 60 if s != "stretch" else None, "background": c})
                               for s, c in (("flex-end", "#f00"), ("center", "#0a0"), ("stretch", "#00f"), ("baseline", "#f90"))])))
for jc in ("space-between", "space-around", "space-evenly", "flex-end"):
    add(f"justify-{jc}", card(el("div", {"display": "flex", "justifyContent": jc, "width": 900, "padding": "0 20px", "background": "#ecfeff"},
                                 [el("span", {"fontSize": 36}, w) for w in ("Home", "Blog", "About")])))
add("gap-row-column", card(el("div", {"display": "flex", "flexWrap": "wrap", "rowGap": 30, "columnGap": "10px", "width": 500},
                              [el("div", {"width": 150, "height": 80, "background": "#fb7185"}) for _ in range(5)])))
add("gap-string-two", card(el("div", {"display": "flex", "flexWrap": "wrap", "gap": "40px 8px", "width": 500},
                              [el("div", {"width": 150, "height": 60, "background": "#38bdf8"}) for _ in range(6)])), 2400, 1260)
# ---------------- fonts ----------------
add("font-size-em-nested", card(el("div", {"fontSize": 30, "display": "flex", "flexDirection": "column"},
                                   [el("span", {"fontSize": "2em"}, "Double"), el("span", {"fontSize": "0.75em"}, "Three quarters"),
                                    el("span", {"fontSize": "1.5rem"}, "rem sized")])))
add("font-weight-bold-700", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 56},
                                    [el("span", {"fontWeight": 700}, "Weight 700"), el("span", {"fontWeight": "bold"}, "Weight bold"),
                                     el("span", {"fontWeight": "400"}, "Weight 400 string"), el("b", None, "b tag")])))
add("font-weight-600-fallback", card(el("div", {"fontSize": 60, "fontWeight": 600}, "Semibold falls back")))
add("font-style-italic", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 56},
                                 [el("span", {"fontStyle": "italic"}, "Italic text"), el("em", None, "em tag"), el("i", {"fontWeight": 700}, "bold italic?")])))
add("font-family-list", card(el("div", {"fontFamily": "'Inter', \"Geist\", sans-serif", "fontSize": 60}, "Family list")))
add("font-family-unknown", card(el("div", {"fontFamily": "Comic Sans MS", "fontSize": 60}, "Unknown family")))
add("font-size-tiny-huge", card(el("div", {"display": "flex", "flexDirection": "column"},
                                   [el("span", {"fontSize": 9}, "tiny nine px text"), el("span", {"fontSize": 180, "lineHeight": 1}, "Big")])))
# ---------------- tabSize / textAlign / textIndent / textTransform ----------------
add("tab-size-pre", card(el("div", {"whiteSpace": "pre", "tabSize": 8, "fontSize": 32, "fontFamily": "Geist"}, "a\tb\tc\nx\ty\tz")))
add("tab-size-2", card(el("div", {"whiteSpace": "pre-wrap", "tabSize": "2", "fontSize": 32}, "\tindented\n\t\ttwice")))
for ta in ("center", "right", "justify", "end"):
    add(f"text-align-{ta}", card(el("div", {"textAlign": ta, "width": 600, "fontSize": 30, "background": "#f8fafc"}, TXT + " again and again")))
add("text-align-inherit-center", card(el("div", {"textAlign": "center", "display": "flex", "flexDirection": "column", "width": 700},
                                         [el("h2", {"fontSize": 44}, TITLE + " for everyone"), el("span", {"fontSize": 24}, "short")])))
add("text-indent-px", card(el("p", {"textIndent": 40, "width": 600, "fontSize": 28}, TXT + " " + TXT)))
add("text-indent-negative", card(el("p", {"textIndent": "-30px", "paddingLeft": 30, "width": 600, "fontSize": 28}, TXT + " " + TXT)))
add("text-indent-em", card(el("div", {"textIndent": "2em", "width": 500, "fontSize": 24}, TXT)), 333, 177)
add("text-transform-upper", card(el("div", {"textTransform": "uppercase", "fontSize": 48, "letterSpacing": 4}, "uppercase label")))
add("text-transform-capitalize", card(el("div", {"textTransform": "capitalize", "fontSize": 48, "width": 700}, "the art of being well-known and o'neil")))
add("text-transform-lower", card(el("span", {"textTransform": "lowercase", "fontSize": 48}, "LOWER CASE Ünïcödé")))
# ---------------- textOverflow ----------------
add("text-overflow-ellipsis", card(el("div", {"width": 500, "overflow": "hidden", "whiteSpace": "nowrap", "textOverflow": "ellipsis", "fontSize": 40}, TXT)))
add("text-overflow-clip", card(el("div", {"width": 500, "overflow": "hidden", "whiteSpace": "nowrap", "textOverflow": "clip", "fontSize": 40, "background": "#fef9c3"}, TXT)))
add("text-overflow-ellipsis-span", card(el("span", {"maxWidth": 400, "overflow": "hidden", "whiteSpace": "nowrap", "textOverflow": "ellipsis", "fontSize": 36, "color": "#2563eb"}, TITLE)), 600, 315)
# ---------------- textDecoration ----------------
add("text-decoration-underline", card(el("span", {"textDecoration": "underline", "fontSize": 56}, "Underlined typography")))
add("text-decoration-line-through-color", card(el("span", {"textDecoration": "line-through red", "fontSize": 56}, "$99 price")))
add("text-decoration-dashed", card(el("div", {"textDecorationLine": "underline", "textDecorationStyle": "dashed", "textDecorationColor": "#0ea5e9", "fontSize": 56}, "Dashed link")))
add("text-decoration-dotted-double", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 48},
                                             [el("span", {"textDecoration": "underline dotted"}, "dotted under"),
                                              el("span", {"textDecoration": "underline double #f43f5e"}, "double under")])))
add("text-decoration-u-s-tags", card(el("div", {"display": "flex", "gap": 30, "fontSize": 48}, [el("u", None, "u tag"), el("s", None, "s tag")])))
add("text-decoration-multiline", card(el("div", {"textDecoration": "underline", "width": 500, "fontSize": 36}, TXT)))
# ---------------- textShadow ----------------
add("text-shadow-simple", card(el("div", {"textShadow": "2px 2px 4px rgba(0,0,0,0.5)", "fontSize": 80, "color": "white"}, "Shadowed"), background="#0ea5e9"))
add("text-shadow-multi", card(el("div", {"textShadow": "0 0 10px #f0f, 4px 4px 0 #0ff", "fontSize": 80, "color": "#111"}, "Neon")))
add("text-shadow-no-blur-stroke", card(el("div", {"textShadow": "3px 3px 0px black", "WebkitTextStroke": "2px black", "fontSize": 90, "color": "yellow"}, "Comic")))
add("text-shadow-inherit", card(el("div", {"textShadow": "1px 1px 2px gray", "display": "flex", "flexDirection": "column", "fontSize": 40},
                                   [el("span", None, "inherits"), el("span", {"textShadow": "none"}, "none here")])))
# ---------------- lineHeight ----------------
add("line-height-number", card(el("div", {"lineHeight": 1.2, "width": 600, "fontSize": 36, "background": "#ecfccb"}, TXT)))
add("line-height-string-px", card(el("div", {"lineHeight": "48px", "width": 600, "fontSize": 30, "background": "#fce7f3"}, TXT)))
add("line-height-percent", card(el("div", {"lineHeight": "150%", "width": 600, "fontSize": 30, "background": "#e0f2fe"}, TXT)))
add("line-height-string-number", card(el("div", {"lineHeight": "1", "width": 500, "fontSize": 48, "background": "#fef3c7"}, TXT)))
add("line-height-em", card(el("div", {"lineHeight": "2em", "width": 500, "fontSize": 24, "background": "#ede9fe"}, TXT)), 333, 177)
# ---------------- letterSpacing ----------------
add("letter-spacing-px", card(el("div", {"letterSpacing": 8, "fontSize": 48}, "SPACED OUT")))
add("letter-spacing-em-neg", card(el("div", {"letterSpacing": "-0.05em", "fontSize": 80, "fontWeight": 700}, "Tight heading")))
add("letter-spacing-string-px-wrap", card(el("div", {"letterSpacing": "2px", "width": 500, "fontSize": 30}, TXT)))
# ---------------- whiteSpace ----------------
add("white-space-pre-wrap", card(el("div", {"whiteSpace": "pre-wrap", "width": 500, "fontSize": 28, "background": "#f1f5f9"}, "Line one\n  indented   spaces\nand a long line that should wrap around nicely")))
add("white-space-pre-line", card(el("div", {"whiteSpace": "pre-line", "width": 500, "fontSize": 28}, "Line one\n   collapsed    spaces\nend")))
add("white-space-nowrap", card(el("div", {"whiteSpace": "nowrap", "width": 300, "fontSize": 28, "background": "#fee2e2"}, TXT)))
add("white-space-normal-collapse", card(el("div", {"fontSize": 36, "width": 600}, "  lots   of\n\n spaces   and\tnewlines  ")))
# ---------------- wordBreak ----------------
add("word-break-all", card(el("div", {"wordBreak": "break-all", "width": 300, "fontSize": 30, "background": "#ecfdf5"}, "Supercalifragilisticexpialidocious and https://example.com/a/very/long/path")))
add("word-break-break-word", card(el("div", {"wordBreak": "break-word", "width": 300, "fontSize": 30, "background": "#eff6ff"}, "Supercalifragilisticexpialidocious word")))
add("word-break-keep-all", card(el("div", {"wordBreak": "keep-all", "width": 300, "fontSize": 30}, TXT)))
add("word-break-normal-overflow", card(el("div", {"width": 200, "fontSize": 30, "background": "#fafaf9"}, "Pneumonoultramicroscopic")))
# ---------------- textWrap ----------------
add("text-wrap-balance", card(el("div", {"textWrap": "balance", "width": 700, "fontSize": 48, "textAlign": "center"}, TITLE + " in 2025")))
add("text-wrap-balance-short", card(el("h1", {"textWrap": "balance", "maxWidth": 500, "fontSize": 40}, TXT)))
add("text-wrap-wrap", card(el("div", {"textWrap": "wrap", "width": 700, "fontSize": 48}, TITLE + " in 2025")))
# ---------------- backgroundColor ----------------
add("bg-color-named", card(el("div", {"backgroundColor": "rebeccapurple", "width": 300, "height": 200})))
add("bg-color-transparent-over", card(el("div", {"backgroundColor": "#00000080", "width": 300, "height": 200}), background="linear-gradient(to right, red, blue)"))
add("bg-shorthand-color", card(el("div", {"background": "#fbbf24", "width": 300, "height": 200, "borderRadius": "16px"})), 333, 177)
# ---------------- backgroundImage ----------------
add("bg-linear-angle", card(background="linear-gradient(135deg, #667eea 0%, #764ba2 100%)"))
add("bg-linear-to-bottom-three", card(el("span", {"fontSize": 60, "color": "white"}, "Gradient"), backgroundImage="linear-gradient(to bottom, #0f172a, #1e3a8a 60%, #3b82f6)"))
add("bg-linear-to-top-right", card(el("div", {"width": 500, "height": 250, "backgroundImage": "linear-gradient(to top right, rgba(255,0,0,.8), transparent)"})))
add("bg-radial-circle", card(el("div", {"width": 400, "height": 400, "backgroundImage": "radial-gradient(circle, #fde68a, #f59e0b 70%)"})))
add("bg-radial-ellipse-at", card(background="radial-gradient(ellipse at top left, #a5f3fc, #0e7490)"))
add("bg-radial-closest-side", card(el("div", {"width": 500, "height": 300, "backgroundImage": "radial-gradient(closest-side at 30% 40%, white, #6d28d9)"})))
add("bg-repeating-linear", card(el("div", {"width": 500, "height": 300, "backgroundImage": "repeating-linear-gradient(45deg, #111 0px, #111 10px, #eee 10px, #eee 20px)"})))
add("bg-repeating-radial", card(el("div", {"width": 400, "height": 400, "backgroundImage": "repeating-radial-gradient(circle, #f43f5e 0, #f43f5e 10px, #fff 10px, #fff 20px)"})))
add("bg-url-cover", card(el("div", {"width": 600, "height": 400, "backgroundImage": f"url({PHOTO})", "backgroundSize": "cover", "backgroundPosition": "center"})))
add("bg-url-quoted-norepeat", card(el("div", {"width": 600, "height": 400, "background": "#eee", "backgroundImage": f"url('{AVATAR}')", "backgroundRepeat": "no-repeat",
                                              "backgroundPosition": "center"})))
add("bg-layers-two", card(el("div", {"width": 600, "height": 300, "backgroundImage": "linear-gradient(rgba(0,0,0,.5), rgba(0,0,0,.5)), linear-gradient(90deg, #f00, #00f)"})))
add("bg-shorthand-gradient", card(background="linear-gradient(to right, #ff7e5f, #feb47b)"), 2400, 1260)
add("bg-linear-hard-stops", card(el("div", {"width": 600, "height": 200, "backgroundImage": "linear-gradient(90deg, red 33%, white 33%, white 66%, blue 66%)"})), 333, 177)
add("bg-linear-deg-turn", card(el("div", {"width": 400, "height": 300, "backgroundImage": "linear-gradient(0.25turn, #3f87a6, #ebf8e1, #f69d3c)"})))
# ---------------- backgroundPosition / Size / Repeat / Clip ----------------
add("bg-size-contain", card(el("div", {"width": 600, "height": 300, "background": "#ddd", "backgroundImage": f"url({PHOTO})", "backgroundSize": "contain",
                                       "backgroundRepeat": "no-repeat"})))
add("bg-size-two-values-repeat", card(el("div", {"width": 600, "height": 300, "backgroundImage": f"url({TILE})", "backgroundSize": "50px 50px"})))
add("bg-size-gradient-tile", card(el("div", {"width": 600, "height": 300, "backgroundImage": "linear-gradient(45deg, #000 25%, transparent 25%)",
                                             "backgroundSize": "40px 40px"})))
add("bg-repeat-x", card(el("div", {"width": 600, "height": 300, "background": "#fff7ed", "backgroundImage": f"url({AVATAR})", "backgroundSize": "80px 80px",
                                   "backgroundRepeat": "repeat-x"})))
add("bg-repeat-y-pos", card(el("div", {"width": 600, "height": 300, "background": "#f0fdf4", "backgroundImage": f"url({AVATAR})", "backgroundSize": "60px",
                                       "backgroundRepeat": "repeat-y", "backgroundPosition": "right"})))
add("bg-position-percent", card(el("div", {"width": 600, "height": 300, "background": "#eee", "backgroundImage": f"url({AVATAR})", "backgroundSize": "100px 100px",
                                           "backgroundRepeat": "no-repeat", "backgroundPosition": "25% 75%"})))
add("bg-position-px", card(el("div", {"width": 600, "height": 300, "background": "#eee", "backgroundImage": "radial-gradient(circle, red, blue)", "backgroundSize": "100px 100px",
                                      "backgroundRepeat": "no-repeat", "backgroundPosition": "20px 40px"})))
add("bg-position-keywords", card(el("div", {"width": 600, "height": 300, "background": "#eee", "backgroundImage": "linear-gradient(red, yellow)", "backgroundSize": "120px 80px",
                                            "backgroundRepeat": "no-repeat", "backgroundPosition": "bottom right"})))
add("bg-clip-text", card(el("div", {"backgroundImage": "linear-gradient(90deg, #ec4899, #8b5cf6)", "backgroundClip": "text", "color": "transparent",
                                    "fontSize": 110, "fontWeight": 700}, "Gradient text")))
add("bg-clip-text-webkit", card(el("span", {"backgroundImage": "linear-gradient(to right, #f97316, #eab308)", "WebkitBackgroundClip": "text", "backgroundClip": "text",
                                            "color": "transparent", "fontSize": 90}, "Clip text")))
add("bg-clip-text-multiline", card(el("div", {"backgroundImage": "linear-gradient(180deg, #0ea5e9, #1e3a8a)", "backgroundClip": "text", "color": "transparent",
                                              "fontSize": 64, "width": 700, "textAlign": "center"}, TITLE)))
# ---------------- transform ----------------
add("transform-rotate-deg", card(el("div", {"transform": "rotate(15deg)", "width": 300, "height": 150, "background": "#22d3ee"})))
add("transform-rotate-neg-shadow", card(el("div", {"transform": "rotate(-8deg)", "width": 400, "height": 220, "background": "white", "boxShadow": "0 20px 40px rgba(0,0,0,.25)",
                                                   "borderRadius": 20})), background="#e2e8f0")
add("transform-scale", card(el("div", {"transform": "scale(1.5)", "width": 200, "height": 100, "background": "#a3e635", "fontSize": 30}, "scaled")))
add("transform-scale-xy", card(el("div", {"transform": "scale(2, 0.5)", "width": 200, "height": 200, "background": "#fb923c"})))
add("transform-translate-px", card(el("div", {"transform": "translate(100px, -50px)", "width": 200, "height": 100, "background": "#818cf8"})))
add("transform-translatex-percent", card(el("div", {"transform": "translateX(50%)", "width": 300, "height": 100, "background": "#f472b6"})))
add("transform-skew", card(el("div", {"transform": "skew(-15deg, 5deg)", "width": 300, "height": 150, "background": "#2dd4bf"})))
add("transform-skewx-text", card(el("div", {"transform": "skewX(-12deg)", "fontSize": 64, "background": "#111", "color": "#fff", "padding": "10px 30px"}, "SALE")))
add("transform-chain", card(el("div", {"transform": "translate(20px, 10px) rotate(45deg) scale(0.8)", "width": 200, "height": 200, "background": "#facc15"})))
add("transform-rotate-turn-rad", card(el("div", {"display": "flex", "gap": 80}, [
    el("div", {"transform": "rotate(0.125turn)", "width": 120, "height": 120, "background": "#f87171"}),
    el("div", {"transform": "rotate(0.5rad)", "width": 120, "height": 120, "background": "#60a5fa"})])))
add("transform-nested-inherit", card(el("div", {"transform": "rotate(10deg)", "display": "flex", "padding": 20, "background": "#ddd"},
                                        el("div", {"transform": "rotate(10deg)", "width": 150, "height": 100, "background": "#7c3aed"}))))
add("transform-img", card(el("img", {"transform": "rotate(-5deg) scale(0.9)", "borderRadius": 16}, src=PHOTO, width=480, height=320)), 2400, 1260)
# ---------------- transformOrigin ----------------
add("transform-origin-top-left", card(el("div", {"transform": "rotate(20deg)", "transformOrigin": "top left", "width": 300, "height": 100, "background": "#34d399"})))
add("transform-origin-px", card(el("div", {"transform": "scale(0.5)", "transformOrigin": "0 0", "width": 400, "height": 200, "background": "#f472b6"})))
add("transform-origin-percent-two", card(el("div", {"transform": "rotate(-30deg)", "transformOrigin": "100% 50%", "width": 300, "height": 100, "background": "#60a5fa"})))
add("transform-origin-one-value", card(el("div", {"transform": "rotate(30deg)", "transformOrigin": "right", "width": 300, "height": 100, "background": "#fbbf24"})), 333, 177)
# ---------------- objectFit / objectPosition ----------------
for fit in ("cover", "contain", "fill", "scale-down", "none"):
    add(f"object-fit-{fit}", card(el("img", {"objectFit": fit, "width": 400, "height": 400, "background": "#e5e7eb"}, src=PHOTO)))
add("object-position-top", card(el("img", {"objectFit": "cover", "objectPosition": "top", "width": 600, "height": 200}, src=PHOTO)))
add("object-position-percent", card(el("img", {"objectFit": "cover", "objectPosition": "25% 75%", "width": 200, "height": 400}, src=PHOTO)))
add("object-position-px-contain", card(el("img", {"objectFit": "contain", "objectPosition": "10px 20px", "width": 500, "height": 300, "background": "#ddd"}, src=PHOTO)))
add("object-position-left-20", card(el("img", {"objectFit": "cover", "objectPosition": "left 20%", "width": 200, "height": 300}, src=PHOTO)), 333, 177)
add("img-attrs-only", card(el("img", None, src=AVATAR, width=160, height=160)))
add("img-width-only-style", card(el("img", {"width": 300}, src=PHOTO)))
add("img-svg-logo", card(el("img", {"width": 200, "height": 200}, src=LOGO)))
add("img-padding-border", card(el("img", {"width": 300, "height": 300, "padding": 20, "border": "4px solid #333", "background": "#fff7ed", "objectFit": "cover"}, src=PHOTO)))
# ---------------- opacity ----------------
add("opacity-nested-multiply", card(el("div", {"opacity": 0.5, "display": "flex", "padding": 40, "background": "#2563eb"},
                                       el("div", {"opacity": 0.5, "width": 200, "height": 100, "background": "#dc2626"}))))
add("opacity-string", card(el("div", {"opacity": "0.3", "fontSize": 64}, "Faded text")))
add("opacity-img", card(el("img", {"opacity": 0.6, "width": 400, "height": 260}, src=PHOTO), background="#000"))
# ---------------- boxSizing ----------------
add("box-sizing-content", card(el("div", {"boxSizing": "content-box", "width": 200, "height": 100, "padding": 30, "border": "5px solid #000", "background": "#fde68a"})))
add("box-sizing-border", card(el("div", {"boxSizing": "border-box", "width": 200, "height": 100, "padding": 30, "border": "5px solid #000", "background": "#bbf7d0"})))
# ---------------- boxShadow ----------------
add("box-shadow-basic", card(el("div", {"boxShadow": "0 10px 30px rgba(0,0,0,0.2)", "width": 400, "height": 240, "background": "white", "borderRadius": 16}), background="#f1f5f9"))
add("box-shadow-multi", card(el("div", {"boxShadow": "0 1px 2px rgba(0,0,0,.3), 0 8px 24px -4px rgba(59,130,246,.5)", "width": 400, "height": 240, "background": "white"})))
add("box-shadow-inset", card(el("div", {"boxShadow": "inset 0 0 20px #000", "width": 400, "height": 240, "background": "#fef3c7", "borderRadius": 24})))
add("box-shadow-spread-noblur", card(el("div", {"boxShadow": "0 0 0 8px #6366f1", "width": 300, "height": 150, "background": "#fff", "borderRadius": "50%"})))
add("box-shadow-offset-hard", card(el("div", {"boxShadow": "12px 12px 0 #000", "width": 300, "height": 150, "background": "#fde047", "border": "3px solid #000"})), 333, 177)
add("box-shadow-transform", card(el("div", {"boxShadow": "20px 20px 40px rgba(0,0,0,.4)", "transform": "rotate(6deg)", "width": 300, "height": 200, "background": "#fff"})))
# ---------------- filter ----------------
add("filter-blur", card(el("img", {"filter": "blur(4px)", "width": 400, "height": 260}, src=PHOTO)))
add("filter-grayscale", card(el("img", {"filter": "grayscale(100%)", "width": 400, "height": 260}, src=PHOTO)))
add("filter-brightness-contrast", card(el("div", {"filter": "brightness(1.2) contrast(0.8)", "width": 400, "height": 260, "background": "linear-gradient(#f00, #00f)"})))
add("filter-drop-shadow", card(el("img", {"filter": "drop-shadow(4px 8px 6px rgba(0,0,0,.5))", "width": 200, "height": 200}, src=LOGO)))
add("filter-sepia-hue", card(el("div", {"filter": "sepia(0.6) hue-rotate(90deg)", "width": 300, "height": 200, "background": "#3b82f6"})))
add("filter-invert-saturate", card(el("div", {"filter": "invert(1) saturate(2)", "display": "flex", "padding": 30, "background": "#fff", "fontSize": 40}, "Inverted")))
# ---------------- overflow ----------------
add("overflow-hidden-child", card(el("div", {"overflow": "hidden", "width": 300, "height": 200, "background": "#e0e7ff", "display": "flex"},
                                     el("div", {"width": 500, "height": 100, "marginLeft": -50, "background": "#4338ca"}))))
add("overflow-visible-text", card(el("div", {"overflow": "visible", "width": 150, "height": 50, "background": "#fecaca", "fontSize": 40}, TITLE)))
add("overflow-hidden-radius-transform", card(el("div", {"overflow": "hidden", "borderRadius": 50, "width": 300, "height": 300, "display": "flex",
                                                        "border": "5px solid #0f172a"},
                                                el("div", {"width": 300, "height": 300, "transform": "rotate(45deg)", "background": "linear-gradient(#22c55e, #15803d)"}))))
# ---------------- clipPath ----------------
add("clip-circle", card(el("img", {"clipPath": "circle(50%)", "width": 300, "height": 300}, src=PHOTO)))
add("clip-circle-at", card(el("div", {"clipPath": "circle(100px at 30% 40%)", "width": 400, "height": 300, "background": "linear-gradient(45deg, #f00, #00f)"})))
add("clip-ellipse", card(el("div", {"clipPath": "ellipse(40% 30% at 50% 50%)", "width": 500, "height": 300, "background": "#22c55e"})))
add("clip-inset-round", card(el("div", {"clipPath": "inset(20px 40px round 20px)", "width": 500, "height": 300, "background": "#f97316"})))
add("clip-polygon-triangle", card(el("div", {"clipPath": "polygon(50% 0%, 100% 100%, 0% 100%)", "width": 400, "height": 300, "background": "#6366f1"})))
add("clip-polygon-gradient", card(el("div", {"clipPath": "polygon(0 0, 100% 0, 100% 75%, 0 100%)", "width": "100%", "height": 400,
                                             "backgroundImage": "linear-gradient(120deg, #84fab0, #8fd3f4)"}), alignItems="flex-start"))
add("clip-path-d", card(el("div", {"clipPath": "path('M 0 0 L 200 0 L 100 200 Z')", "width": 200, "height": 200, "background": "#ef4444"})))
add("clip-text-element", card(el("div", {"clipPath": "inset(0 50% 0 0)", "fontSize": 80, "color": "#111"}, "Half clipped")))
# ---------------- lineClamp ----------------
add("line-clamp-block", card(el("div", {"display": "block", "lineClamp": 2, "width": 500, "fontSize": 36, "lineHeight": 1.3}, TXT + " " + TXT)))
add("line-clamp-string", card(el("div", {"display": "block", "lineClamp": "3", "width": 400, "fontSize": 28, "background": "#f8fafc"}, TXT + " " + TXT)))
add("line-clamp-custom-ellipsis", card(el("div", {"display": "block", "lineClamp": '2 " [more]"', "width": 500, "fontSize": 32}, TXT + " " + TXT)))
add("line-clamp-webkit-lh", card(el("p", {"display": "-webkit-box", "WebkitBoxOrient": "vertical", "WebkitLineClamp": 3, "overflow": "hidden",
                                          "textOverflow": "ellipsis", "width": 600, "fontSize": 30, "lineHeight": "40px"}, TXT + " " + TXT + " " + TXT)))
# ---------------- mask ----------------
add("mask-linear", card(el("img", {"maskImage": "linear-gradient(to bottom, black, transparent)", "width": 500, "height": 300}, src=PHOTO)))
add("mask-radial", card(el("div", {"maskImage": "radial-gradient(circle, black 40%, transparent 70%)", "width": 400, "height": 400, "background": "#7c3aed"})))
add("mask-size-repeat", card(el("div", {"maskImage": "linear-gradient(90deg, black, transparent)", "maskSize": "50px 100%", "maskRepeat": "repeat-x",
                                        "width": 500, "height": 200, "background": "#0891b2"})))
add("mask-webkit-prefixed", card(el("div", {"WebkitMaskImage": "linear-gradient(black, transparent)", "maskImage": "linear-gradient(black, transparent)",
                                            "width": 400, "height": 200, "background": "#be123c"})))
add("mask-position-norepeat", card(el("div", {"maskImage": "radial-gradient(black 50%, transparent 51%)", "maskSize": "100px 100px", "maskRepeat": "no-repeat",
                                              "maskPosition": "center", "width": 400, "height": 200, "background": "#15803d"})))
# ---------------- WebkitTextStroke ----------------
add("text-stroke-shorthand", card(el("div", {"WebkitTextStroke": "2px #000", "color": "white", "fontSize": 100, "fontWeight": 700}, "Outline")))
add("text-stroke-longhands", card(el("div", {"WebkitTextStrokeWidth": 3, "WebkitTextStrokeColor": "#ef4444", "color": "transparent", "fontSize": 100}, "Hollow")))
add("text-stroke-with-shadow", card(el("div", {"WebkitTextStroke": "1px rgba(0,0,0,.6)", "textShadow": "4px 4px 8px rgba(0,0,0,.4)", "color": "#fde047", "fontSize": 90}, "Both")),
    background="#1e293b")
# ---------------- CSS variables ----------------
add("vars-basic", card(el("div", {"--brand": "#e11d48", "backgroundColor": "var(--brand)", "width": 300, "height": 150})))
add("vars-fallback", card(el("div", {"color": "var(--missing, #0ea5e9)", "fontSize": 64}, "Fallback")))
add("vars-inherit", card(el("div", {"--gap": "24px", "--accent": "#10b981", "display": "flex", "gap": "var(--gap)"},
                            [el("div", {"width": 120, "height": 120, "background": "var(--accent)"}), el("div", {"width": 120, "height": 120, "border": "4px solid var(--accent)"})])))
add("vars-nested", card(el("div", {"--a": "12px", "--b": "var(--a)", "padding": "var(--b)", "borderRadius": "var(--b)", "background": "#facc15", "fontSize": 40}, "nested")))
# ---------------- presets ----------------
add("preset-headings", card(el("div", {"display": "flex", "flexDirection": "column"},
                                [el(f"h{i}", None, f"Heading level {i}") for i in range(1, 7)]), justifyContent="flex-start", alignItems="flex-start"))
add("preset-blockquote-hr", card(el("div", {"display": "flex", "flexDirection": "column", "width": 800, "fontSize": 30},
                                    [el("blockquote", None, "A quoted line of text"), el("hr", None), el("span", None, "after rule")])))
add("preset-mark-center", card(el("div", {"display": "flex", "fontSize": 40}, [el("span", None, "Some "), el("mark", None, "highlighted"), el("span", None, " text")])))
add("preset-pre-code", card(el("pre", {"fontSize": 24, "background": "#0f172a", "color": "#e2e8f0", "padding": 20}, "def hello():\n    return 'world'")))
add("preset-p-margins", card(el("div", {"display": "flex", "flexDirection": "column", "background": "#eee"}, [el("p", {"fontSize": 24}, "P one"), el("p", {"fontSize": 24}, "P two")])))
# ---------------- svg ----------------
add("svg-inline-circle", card(el("svg", {"color": "#ef4444"}, [el("circle", None, cx=50, cy=50, r=40, fill="currentColor")], width=200, height=200, viewBox="0 0 100 100")))
add("svg-path-stroke", card(el("svg", None, [el("path", None, d="M10 80 C 40 10, 65 10, 95 80 S 150 150, 180 80", stroke="#2563eb", strokeWidth=6, fill="none",
                                                 strokeLinecap="round")], width=380, height=200, viewBox="0 0 200 160")))
add("svg-icon-in-row", card(el("div", {"display": "flex", "alignItems": "center", "gap": 16, "fontSize": 48},
                               [el("svg", None, [el("rect", None, x=2, y=2, width=20, height=20, rx=4, fill="none", stroke="currentColor", strokeWidth=2)],
                                   width=48, height=48, viewBox="0 0 24 24"), el("span", None, "Icon label")])))
add("svg-style-size", card(el("svg", {"width": 300, "height": 150}, [el("rect", None, width="100%", height="100%", fill="#fbbf24"),
                                                                     el("polygon", None, points="0,150 150,0 300,150", fill="#92400e")], viewBox="0 0 300 150")))
add("svg-em-size", card(el("div", {"fontSize": 40, "display": "flex"}, el("svg", None, [el("circle", None, cx=12, cy=12, r=10, fill="#16a34a")],
                                                                                    width="2em", height="2em", viewBox="0 0 24 24"))), 333, 177)
# ---------------- padding (combined) ----------------
add("padding-shorthand-3", card(el("div", {"padding": "10px 40px 60px", "background": "#cffafe", "fontSize": 36}, "Padded box")))
add("padding-percent", card(el("div", {"padding": "5%", "background": "#fae8ff", "fontSize": 36}, "Percent padding")))
# ---------------- realistic combos ----------------
add("card-blog", card(el("div", {"display": "flex", "flexDirection": "column", "justifyContent": "space-between", "width": "100%", "height": "100%", "padding": "60px 80px"},
                         [el("div", {"display": "flex", "alignItems": "center", "gap": 20},
                             [el("img", {"borderRadius": "50%"}, src=AVATAR, width=64, height=64), el("span", {"fontSize": 32, "color": "#94a3b8"}, "Jane Doe")]),
                          el("div", {"fontSize": 72, "fontWeight": 700, "color": "white", "lineHeight": 1.1, "letterSpacing": "-0.02em"}, TITLE),
                          el("div", {"display": "flex", "justifyContent": "space-between", "fontSize": 28, "color": "#cbd5e1"},
                             [el("span", None, "blog.example.com"), el("span", None, "5 min read")])]), background="linear-gradient(to bottom right, #0f172a, #312e81)"))
add("card-badge-row", card(el("div", {"display": "flex", "flexDirection": "column", "gap": 24, "alignItems": "flex-start"},
                              [el("div", {"fontSize": 24, "textTransform": "uppercase", "letterSpacing": "0.1em", "color": "#6366f1", "border": "2px solid #6366f1",
                                          "borderRadius": 999, "padding": "6px 18px"}, "New release"),
                               el("div", {"fontSize": 64, "fontWeight": 700, "maxWidth": 900}, "Version 3.0 is here with faster builds")]),
                           padding=80, justifyContent="flex-start"))
add("card-stat-tiles", card(el("div", {"display": "flex", "gap": 24},
                               [el("div", {"display": "flex", "flexDirection": "column", "padding": 24, "borderRadius": 16, "background": "#f1f5f9",
                                           "border": "1px solid #e2e8f0", "width": 220},
                                   [el("span", {"fontSize": 56, "fontWeight": 700}, n), el("span", {"fontSize": 22, "color": "#64748b"}, label)])
                                for n, label in (("12k", "stars"), ("340", "contributors"), ("1.2M", "downloads"))])))
add("card-split-image", card(el("div", {"display": "flex", "width": "50%", "height": "100%", "padding": 60, "flexDirection": "column", "justifyContent": "center"},
                                [el("h1", {"fontSize": 56, "margin": 0}, TITLE), el("p", {"fontSize": 26, "color": "#475569"}, TXT)]),
                             el("img", {"width": "50%", "height": "100%", "objectFit": "cover"}, src=PHOTO), justifyContent="flex-start"))
add("card-gradient-border", card(el("div", {"display": "flex", "padding": 6, "borderRadius": 24, "backgroundImage": "linear-gradient(90deg, #f59e0b, #ef4444, #8b5cf6)"},
                                    el("div", {"display": "flex", "padding": "40px 60px", "borderRadius": 18, "background": "white", "fontSize": 56}, "Gradient border"))))
add("card-odd-small", card(el("div", {"display": "flex", "flexDirection": "column", "padding": 12},
                              [el("span", {"fontSize": 20, "fontWeight": 700}, TITLE), el("span", {"fontSize": 12, "color": "#666"}, TXT)]), background="#fefce8"), 333, 177)
add("card-large-2x", card(el("div", {"display": "flex", "flexDirection": "column", "alignItems": "center", "gap": 30},
                             [el("div", {"fontSize": 140, "fontWeight": 700, "letterSpacing": "-4px"}, "Launch Week"),
                              el("div", {"fontSize": 48, "color": "#6b7280", "textDecoration": "underline"}, "Day 1: Faster builds")]), background="#fafafa"), 2400, 1260)

