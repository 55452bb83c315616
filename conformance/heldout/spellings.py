"""Held-out documents, part 2: author spellings (case, spaces, units, shorthands), children shapes, inline SVG
and neighbouring properties combined."""

# ruff: noqa: E501  (document tables: one document per call reads better than wrapped CSS strings)
from __future__ import annotations

from conformance.heldout.build import (
                                        AVATAR,
                                        LOGO,
                                        LONG,
                                        PHOTO,
                                        TXT,
                                        add,
                                        card,
                                        el,
)

add("sp-border-upper-spaces", card(el("div", {"border": "  3px   SOLID   #333 ", "width": 300, "height": 150})))
add("sp-border-color-first", card(el("div", {"border": "#e11d48 2px dashed", "width": 300, "height": 150})))
add("sp-border-rgba-spaces", card(el("div", {"border": "2px solid rgba( 0 , 0 , 0 , 0.2 )", "borderRadius": "12px", "width": 300, "height": 150})))
add("sp-border-zero", card(el("div", {"border": "0", "background": "#eee", "width": 300, "height": 150})))
add("sp-border-none", card(el("div", {"border": "none", "background": "#ddd", "width": 300, "height": 150})))
add("sp-border-thin-keyword", card(el("div", {"border": "thin solid black", "width": 300, "height": 150})))
add("sp-border-thick-keyword", card(el("div", {"borderBottom": "thick solid #0ea5e9", "width": 300, "height": 150})))
add("sp-border-width-em", card(el("div", {"borderWidth": "0.25em", "borderStyle": "solid", "borderColor": "teal", "fontSize": 20, "width": 300, "height": 150})))
add("sp-radius-rem", card(el("div", {"borderRadius": "1.5rem", "width": 300, "height": 150, "background": "#334155"})))
add("sp-radius-em", card(el("div", {"borderRadius": "1em", "fontSize": 40, "width": 300, "height": 150, "background": "#334155"})))
add("sp-radius-two-values", card(el("div", {"borderRadius": "50px 10px", "width": 300, "height": 150, "background": "#0f766e"})))
add("sp-radius-three-values", card(el("div", {"borderRadius": "10px 50px 80px", "width": 300, "height": 150, "background": "#9333ea"})))
add("sp-radius-slash-full", card(el("div", {"borderRadius": "10px 20px 30px 40px / 40px 30px 20px 10px", "width": 300, "height": 150, "background": "#ea580c"})))
add("sp-radius-longhand-two", card(el("div", {"borderTopLeftRadius": "60px 20px", "borderTopRightRadius": "20px 60px", "width": 300, "height": 150, "background": "#1d4ed8"})))
add("sp-radius-percent-string", card(el("div", {"borderRadius": "50%", "width": 300, "height": 150, "background": "#e11d48"})), 333, 177)
add("sp-margin-0-auto", card(el("div", {"margin": "0 auto", "width": 300, "height": 100, "background": "#0ea5e9"}), flexDirection="column", justifyContent="flex-start"))
add("sp-margin-rem-pair", card(el("div", {"margin": "1rem 2rem", "width": 300, "height": 100, "background": "#f59e0b"}), alignItems="flex-start", justifyContent="flex-start"))
add("sp-margin-inline", card(el("div", {"marginInline": 40, "marginBlock": "20px", "width": 300, "height": 100, "background": "#f59e0b"}), alignItems="flex-start", justifyContent="flex-start"))
add("sp-padding-inline-block", card(el("div", {"paddingInline": "40px", "paddingBlock": 10, "background": "#cffafe", "fontSize": 36}, "Logical padding")))
add("sp-padding-four-strings", card(el("div", {"padding": "4px 8px 16px 32px", "background": "#d9f99d", "fontSize": 36}, "Four padding")))
add("sp-inset-shorthand", card(el("div", {"position": "absolute", "inset": 40, "background": "#fecdd3"})))
add("sp-inset-string", card(el("div", {"position": "absolute", "inset": "10px 20px 30px 40px", "background": "#c7d2fe"})))
add("sp-font-weight-bold-upper", card(el("div", {"fontWeight": "BOLD", "fontSize": 60}, "Upper BOLD")))
add("sp-font-weight-bolder", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 50},
                                        [el("span", {"fontWeight": "bolder"}, "bolder"), el("span", {"fontWeight": "lighter"}, "lighter"), el("span", {"fontWeight": 900}, "nine hundred")])))
add("sp-font-weight-800", card(el("div", {"fontWeight": 800, "fontSize": 60}, "Weight 800")))
add("sp-font-weight-300", card(el("div", {"fontWeight": 300, "fontSize": 60}, "Weight 300")))
add("sp-font-style-oblique", card(el("div", {"fontStyle": "oblique", "fontSize": 60}, "Oblique style")))
add("sp-font-size-string-px", card(el("div", {"fontSize": "48px"}, "String px size")))
add("sp-font-size-percent", card(el("div", {"fontSize": 40, "display": "flex"}, el("span", {"fontSize": "150%"}, "150 percent"))))
add("sp-font-size-keywords", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 30},
                                         [el("span", {"fontSize": "larger"}, "larger"), el("span", {"fontSize": "smaller"}, "smaller"), el("span", {"fontSize": "x-large"}, "x-large"),
                                          el("small", None, "small tag"), el("big", None, "big tag")])))
add("sp-font-size-vw", card(el("div", {"fontSize": "5vw"}, "Viewport font")), 333, 177)
add("sp-font-shorthand", card(el("div", {"font": "bold 48px Geist"}, "Font shorthand")))
add("sp-font-family-quoted-single", card(el("div", {"fontFamily": "'Geist'", "fontSize": 60, "fontWeight": 700}, "Quoted family")))
add("sp-font-family-upper", card(el("div", {"fontFamily": "GEIST", "fontSize": 60, "fontStyle": "italic"}, "Upper family")))
add("sp-lh-normal", card(el("div", {"lineHeight": "normal", "width": 500, "fontSize": 36, "background": "#fef3c7"}, TXT)))
add("sp-lh-rem", card(el("div", {"lineHeight": "2rem", "width": 500, "fontSize": 20, "background": "#fef3c7"}, TXT)))
add("sp-lh-small", card(el("div", {"lineHeight": 0.8, "width": 500, "fontSize": 48, "background": "#fef3c7"}, TXT)))
add("sp-lh-single-line-box", card(el("div", {"lineHeight": "80px", "fontSize": 32, "background": "#dbeafe", "padding": "0 20px"}, "Button label")))
add("sp-ls-normal", card(el("div", {"letterSpacing": "normal", "fontSize": 48}, "Normal spacing")))
add("sp-ls-rem", card(el("div", {"letterSpacing": "0.1rem", "fontSize": 48}, "Rem spacing")))
add("sp-ls-center-multiline", card(el("div", {"letterSpacing": "0.05em", "textAlign": "center", "width": 600, "fontSize": 40}, LONG)))
add("sp-ta-left-keyword", card(el("div", {"textAlign": "left", "width": 600, "fontSize": 30, "background": "#eee"}, LONG)))
add("sp-ta-start-single", card(el("div", {"textAlign": "right", "width": 600, "fontSize": 30, "background": "#eee"}, "Single line right")))
add("sp-ta-center-single-span", card(el("span", {"textAlign": "center", "width": 600, "fontSize": 30, "background": "#eee"}, "Single line centered")))
add("sp-ta-justify-short-last", card(el("div", {"textAlign": "justify", "width": 500, "fontSize": 28, "background": "#f0fdf4"}, LONG + " ok")))
add("sp-tt-capitalize-hyphen", card(el("div", {"textTransform": "capitalize", "fontSize": 44, "width": 800}, "state-of-the-art e-mail 3d-printing x-ray")))
add("sp-tt-uppercase-ls-em", card(el("div", {"textTransform": "uppercase", "letterSpacing": "0.2em", "fontSize": 28, "color": "#64748b"}, "category · tutorial")))
add("sp-td-none-on-u", card(el("u", {"textDecoration": "none", "fontSize": 48}, "not underlined")))
add("sp-td-underline-thickness", card(el("div", {"textDecoration": "underline", "textDecorationThickness": 4, "textUnderlineOffset": 8, "fontSize": 48}, "Thick underline")))
add("sp-td-overline", card(el("div", {"textDecoration": "overline", "fontSize": 48}, "Overline text")))
add("sp-td-both-lines", card(el("div", {"textDecorationLine": "underline line-through", "fontSize": 48}, "Both lines")))
add("sp-td-color-inherit-child", card(el("div", {"textDecoration": "underline", "textDecorationColor": "red", "display": "flex", "gap": 20, "fontSize": 48},
                                             [el("span", None, "child one"), el("span", {"color": "blue"}, "child two")])))
add("sp-ts-spaces-no-blur", card(el("div", {"textShadow": "2px 2px #ff0000", "fontSize": 72}, "Two px red")))
add("sp-ts-color-first", card(el("div", {"textShadow": "rgba(0,0,0,0.5) 0 4px 8px", "fontSize": 72}, "Color first")))
add("sp-ts-em-offset", card(el("div", {"textShadow": "0.05em 0.05em 0 #94a3b8", "fontSize": 80}, "Em offset")))
add("sp-ts-glow-white", card(el("div", {"textShadow": "0 0 20px rgba(255,255,255,0.8)", "fontSize": 90, "color": "white"}, "Glow"), background="#020617"))
add("sp-ts-large-blur", card(el("div", {"textShadow": "0 10px 40px #000", "fontSize": 90}, "Blurry")))
add("sp-bs-inset-last", card(el("div", {"boxShadow": "0 0 10px 2px rgba(0,0,0,.3) inset", "width": 300, "height": 150, "background": "#fff"})))
add("sp-bs-color-first", card(el("div", {"boxShadow": "#6366f1 0px 4px 16px", "width": 300, "height": 150, "background": "#fff"})))
add("sp-bs-none", card(el("div", {"boxShadow": "none", "width": 300, "height": 150, "background": "#f97316"})))
add("sp-bs-no-color", card(el("div", {"boxShadow": "0 4px 8px", "color": "#dc2626", "width": 300, "height": 150, "background": "#fff"})))
add("sp-bs-radius-border-spread", card(el("div", {"boxShadow": "0 0 0 4px white, 0 0 0 8px #0ea5e9", "borderRadius": 20, "border": "2px solid #0369a1",
                                              "width": 300, "height": 150, "background": "#e0f2fe"}), background="#f1f5f9"))
add("sp-bs-negative-spread", card(el("div", {"boxShadow": "0 20px 25px -5px rgba(0,0,0,0.1), 0 10px 10px -5px rgba(0,0,0,0.04)", "borderRadius": 12,
                                              "width": 400, "height": 200, "background": "#fff"}), background="#f8fafc"))
add("sp-bs-overflow-hidden-parent", card(el("div", {"overflow": "hidden", "display": "flex", "padding": 10, "background": "#e5e7eb"},
                                            el("div", {"boxShadow": "0 0 30px 10px #000", "width": 200, "height": 100, "background": "#fff"}))))
add("sp-bs-on-text-span", card(el("span", {"boxShadow": "0 2px 6px rgba(0,0,0,.3)", "padding": "8px 16px", "borderRadius": 8, "fontSize": 36, "background": "#fff"}, "Chip")))
add("sp-bg-none", card(el("div", {"background": "none", "backgroundColor": "#fda4af", "width": 300, "height": 150})))
add("sp-bg-color-then-shorthand", card(el("div", {"backgroundColor": "red", "background": "blue", "width": 300, "height": 150})))
add("sp-bg-shorthand-url-norepeat-center", card(el("div", {"background": f"url({AVATAR}) no-repeat center", "width": 400, "height": 300, "backgroundColor": "#eee"})))
add("sp-bg-shorthand-color-gradient", card(el("div", {"background": "#111 linear-gradient(to right, transparent, rgba(255,255,255,.3))", "width": 400, "height": 300})))
add("sp-bg-shorthand-url-cover", card(el("div", {"background": f"url({PHOTO}) center / cover no-repeat", "width": 500, "height": 300})))
add("sp-bg-size-percent-one", card(el("div", {"backgroundImage": f"url({PHOTO})", "backgroundSize": "50%", "backgroundRepeat": "no-repeat", "width": 500, "height": 300, "background": "#eee"})))
add("sp-bg-size-auto-100", card(el("div", {"backgroundImage": f"url({PHOTO})", "backgroundSize": "auto 100%", "backgroundRepeat": "no-repeat", "width": 500, "height": 300})))
add("sp-bg-size-100-100", card(el("div", {"backgroundImage": f"url({PHOTO})", "backgroundSize": "100% 100%", "width": 500, "height": 300})))
add("sp-bg-pos-center-center", card(el("div", {"backgroundImage": "linear-gradient(#f00,#00f)", "backgroundSize": "100px 60px", "backgroundRepeat": "no-repeat",
                                               "backgroundPosition": "center center", "width": 500, "height": 300, "background": "#eee"})))
add("sp-bg-pos-right-bottom-offset", card(el("div", {"backgroundImage": "linear-gradient(#f00,#00f)", "backgroundSize": "100px 60px", "backgroundRepeat": "no-repeat",
                                                      "backgroundPosition": "right 20px bottom 10px", "width": 500, "height": 300, "backgroundColor": "#eee"})))
add("sp-bg-pos-x-y-longhands", card(el("div", {"backgroundImage": "linear-gradient(#f00,#00f)", "backgroundSize": "100px 60px", "backgroundRepeat": "no-repeat",
                                              "backgroundPositionX": "80%", "backgroundPositionY": 30, "width": 500, "height": 300, "backgroundColor": "#eee"})))
add("sp-bg-dots-radial-tile", card(el("div", {"backgroundImage": "radial-gradient(circle at 25px 25px, lightgray 2%, transparent 0%), radial-gradient(circle at 75px 75px, lightgray 2%, transparent 0%)",
                                              "backgroundSize": "100px 100px", "width": "100%", "height": "100%"}), background="white"))
add("sp-bg-grid-lines", card(el("div", {"backgroundImage": "linear-gradient(to right, #e5e7eb 1px, transparent 1px), linear-gradient(to bottom, #e5e7eb 1px, transparent 1px)",
                                        "backgroundSize": "40px 40px", "width": "100%", "height": "100%"})))
add("sp-bg-linear-deg-no-unit-0", card(el("div", {"backgroundImage": "linear-gradient(0, red, blue)", "width": 400, "height": 200})))
add("sp-bg-linear-rad", card(el("div", {"backgroundImage": "linear-gradient(1rad, red, blue)", "width": 400, "height": 200})))
add("sp-bg-linear-upper", card(el("div", {"backgroundImage": "LINEAR-GRADIENT(90DEG, RED, BLUE)", "width": 400, "height": 200})))
add("sp-bg-linear-px-stops", card(el("div", {"backgroundImage": "linear-gradient(90deg, #000 0px, #000 50px, #fff 50px, #fff 100px, #f00 200px)", "width": 400, "height": 200})))
add("sp-bg-linear-transparent-mid", card(el("div", {"backgroundImage": "linear-gradient(to right, rgba(0,0,0,0) 0%, rgba(0,0,0,.8) 100%)", "width": 400, "height": 200}),
                                        backgroundImage=f"url({PHOTO})", backgroundSize="cover"))
add("sp-bg-radial-farthest-corner-px", card(el("div", {"backgroundImage": "radial-gradient(farthest-corner at 40px 40px, #f35 0%, #43e 100%)", "width": 400, "height": 200})))
add("sp-bg-radial-size-px", card(el("div", {"backgroundImage": "radial-gradient(100px 50px at center, #fde047, #ca8a04 50%, transparent 51%)", "width": 400, "height": 200,
                                          "backgroundColor": "#1c1917"})))
add("sp-bg-radial-circle-px", card(el("div", {"backgroundImage": "radial-gradient(circle 80px at 50% 50%, #fff, #000)", "width": 400, "height": 200})))
add("sp-bg-conic", card(el("div", {"backgroundImage": "conic-gradient(red, yellow, green)", "width": 300, "height": 300, "backgroundColor": "#ccc"})))
add("sp-bg-color-hsla-space", card(el("div", {"backgroundColor": "hsl(210 40% 50% / 0.5)", "width": 300, "height": 150})))
add("sp-bg-color-rgb-space", card(el("div", {"backgroundColor": "rgb(255 100 0)", "width": 300, "height": 150})))
add("sp-transform-rotate-no-unit", card(el("div", {"transform": "rotate(0)", "width": 300, "height": 150, "background": "#22d3ee"})))
add("sp-transform-translate-one", card(el("div", {"transform": "translate(50px)", "width": 300, "height": 150, "background": "#22d3ee"})))
add("sp-transform-translatey-em", card(el("div", {"transform": "translateY(1em)", "fontSize": 40, "width": 300, "height": 150, "background": "#22d3ee"})))
add("sp-transform-scale-percent", card(el("div", {"transform": "scale(50%)", "width": 300, "height": 150, "background": "#22d3ee"})))
add("sp-transform-scalex-neg", card(el("div", {"transform": "scaleX(-1)", "fontSize": 60}, "Mirrored")))
add("sp-transform-spaces", card(el("div", {"transform": " rotate( 10deg )  translateX( 20px ) ", "width": 300, "height": 150, "background": "#22d3ee"})))
add("sp-transform-matrix", card(el("div", {"transform": "matrix(1, 0.2, -0.2, 1, 10, 20)", "width": 300, "height": 150, "background": "#22d3ee"})))
add("sp-transform-rotate-90-text", card(el("div", {"transform": "rotate(90deg)", "fontSize": 40, "background": "#fef08a", "padding": 10}, "Sideways label")))
add("sp-transform-translate-percent-both", card(el("div", {"transform": "translate(-25%, 50%)", "width": 300, "height": 100, "border": "4px solid #000", "background": "#e879f9"})))
add("sp-transform-origin-center-kw", card(el("div", {"transform": "rotate(45deg)", "transformOrigin": "center", "width": 200, "height": 100, "background": "#4ade80"})))
add("sp-transform-origin-bottom-right", card(el("div", {"transform": "scale(0.5)", "transformOrigin": "bottom right", "width": 400, "height": 200, "background": "#4ade80"})))
add("sp-transform-origin-px-px", card(el("div", {"transform": "rotate(15deg)", "transformOrigin": "20px 80px", "width": 400, "height": 200, "background": "#4ade80"})))
add("sp-transform-origin-three", card(el("div", {"transform": "rotate(15deg)", "transformOrigin": "50% 50% 0", "width": 400, "height": 200, "background": "#4ade80"})))
add("sp-opacity-percent", card(el("div", {"opacity": "50%", "width": 300, "height": 150, "background": "#000"})))
add("sp-opacity-zero", card(el("div", {"opacity": 0, "width": 300, "height": 150, "background": "#000"}), el("span", {"fontSize": 40}, "visible")))
add("sp-opacity-text-shadow", card(el("div", {"opacity": 0.7, "textShadow": "2px 2px 4px #000", "fontSize": 80, "color": "#f43f5e"}, "Faded shadow")))
add("sp-filter-blur-text", card(el("div", {"filter": "blur(2px)", "fontSize": 80}, "Blurred text")))
add("sp-filter-opacity-fn", card(el("div", {"filter": "opacity(50%)", "width": 300, "height": 150, "background": "#2563eb"})))
add("sp-filter-drop-shadow-div-radius", card(el("div", {"filter": "drop-shadow(0 10px 8px rgb(0 0 0 / 0.04)) drop-shadow(0 4px 3px rgb(0 0 0 / 0.1))",
                                                        "width": 300, "height": 150, "background": "#fff", "borderRadius": 16}), background="#e2e8f0"))
add("sp-filter-none", card(el("div", {"filter": "none", "width": 300, "height": 150, "background": "#2563eb"})))
add("sp-filter-grayscale-inherit", card(el("div", {"filter": "grayscale(1)", "display": "flex", "gap": 20},
                                          [el("div", {"width": 150, "height": 150, "background": "red"}), el("img", None, src=AVATAR, width=150, height=150)])))
add("sp-clip-circle-px", card(el("div", {"clipPath": "circle(80px)", "width": 300, "height": 200, "background": "#dc2626"})))
add("sp-clip-circle-closest", card(el("div", {"clipPath": "circle(closest-side at 50% 50%)", "width": 300, "height": 200, "background": "#dc2626"})))
add("sp-clip-inset-percent", card(el("div", {"clipPath": "inset(10% 20%)", "width": 300, "height": 200, "background": "#0891b2"})))
add("sp-clip-polygon-px", card(el("div", {"clipPath": "polygon(0px 0px, 300px 0px, 250px 200px, 50px 200px)", "width": 300, "height": 200, "background": "#65a30d"})))
add("sp-clip-polygon-evenodd", card(el("div", {"clipPath": "polygon(evenodd, 0 0, 100% 0, 100% 100%, 0 100%, 0 0, 25% 25%, 75% 25%, 75% 75%, 25% 75%, 25% 25%)",
                                               "width": 300, "height": 200, "background": "#65a30d"})))
add("sp-clip-with-shadow", card(el("div", {"clipPath": "circle(40%)", "boxShadow": "0 0 20px #000", "width": 300, "height": 300, "background": "#fbbf24"})))
add("sp-clip-with-border", card(el("div", {"clipPath": "ellipse(50% 40%)", "border": "10px solid #1e40af", "width": 300, "height": 200, "background": "#93c5fd"})))
add("sp-overflow-hidden-text-lines", card(el("div", {"overflow": "hidden", "height": 100, "width": 400, "fontSize": 32, "lineHeight": 1.5, "background": "#f5f5f4"}, TXT + " " + TXT)))
add("sp-overflow-clip-keyword", card(el("div", {"overflow": "clip", "width": 200, "height": 80, "display": "flex", "background": "#eee"},
                                        el("div", {"width": 400, "height": 200, "background": "#f0f"}))))
add("sp-overflowx-hidden", card(el("div", {"overflowX": "hidden", "width": 200, "height": 80, "display": "flex", "background": "#eee"},
                                   el("div", {"width": 400, "height": 200, "background": "#0ff"}))))
add("sp-lc-number-px-lh", card(el("div", {"display": "block", "lineClamp": 2, "lineHeight": "44px", "width": 500, "fontSize": 32, "background": "#f1f5f9"}, LONG + " " + LONG)))
add("sp-lc-on-flex", card(el("div", {"lineClamp": 2, "width": 500, "fontSize": 32, "background": "#f1f5f9"}, LONG + " " + LONG)))
add("sp-lc-single-quote-ellipsis", card(el("div", {"display": "block", "lineClamp": "2 '…'", "width": 500, "fontSize": 32}, LONG + " " + LONG)))
add("sp-lc-webkit-string", card(el("div", {"display": "-webkit-box", "WebkitBoxOrient": "vertical", "WebkitLineClamp": "2", "overflow": "hidden",
                                           "textOverflow": "ellipsis", "width": 500, "fontSize": 32}, LONG + " " + LONG)))
add("sp-lc-center-text", card(el("div", {"display": "block", "lineClamp": 3, "textAlign": "center", "width": 500, "fontSize": 32}, LONG + " " + LONG)))
add("sp-to-ellipsis-letterspacing", card(el("div", {"width": 400, "overflow": "hidden", "whiteSpace": "nowrap", "textOverflow": "ellipsis", "letterSpacing": 2, "fontSize": 36}, LONG)))
add("sp-to-ellipsis-pre", card(el("div", {"width": 400, "overflow": "hidden", "whiteSpace": "pre", "textOverflow": "ellipsis", "fontSize": 36}, "pre   spaced   " + LONG)))
add("sp-to-ellipsis-no-overflow", card(el("div", {"width": 400, "whiteSpace": "nowrap", "textOverflow": "ellipsis", "fontSize": 36, "background": "#fee"}, LONG)))
add("sp-ws-pre-trailing", card(el("div", {"whiteSpace": "pre", "fontSize": 36, "background": "#e0f2fe"}, "  lead and trail   ")))
add("sp-ws-break-spaces", card(el("div", {"whiteSpace": "break-spaces", "width": 400, "fontSize": 30}, "a  b   c    " + TXT)))
add("sp-wb-break-all-cjk-latin", card(el("div", {"wordBreak": "break-all", "width": 250, "fontSize": 28}, "abcdefghijklmnopqrstuvwxyz0123456789")))
add("sp-overflow-wrap-anywhere", card(el("div", {"overflowWrap": "anywhere", "width": 250, "fontSize": 28}, "abcdefghijklmnopqrstuvwxyz0123456789")))
add("sp-overflow-wrap-break-word", card(el("div", {"overflowWrap": "break-word", "width": 250, "fontSize": 28}, "abcdefghijklmnopqrstuvwxyz0123456789")))
add("sp-tw-balance-lh", card(el("div", {"textWrap": "balance", "lineHeight": 1.1, "width": 800, "fontSize": 64, "fontWeight": 700}, LONG)))
add("sp-tw-pretty", card(el("div", {"textWrap": "pretty", "width": 600, "fontSize": 40}, LONG)))
add("sp-tw-nowrap", card(el("div", {"textWrap": "nowrap", "width": 300, "fontSize": 40}, LONG)))
# children shapes
add("ch-number-child", card(el("div", {"fontSize": 120, "fontWeight": 700}, 42)))
add("ch-array-strings", card(el("div", {"fontSize": 60}, ["Hello", ", ", "world"])))
add("ch-mixed-span-text", card(el("div", {"display": "flex", "fontSize": 48}, ["Hello ", el("span", {"color": "#e11d48", "fontWeight": 700}, "world"), "!"])))
add("ch-null-false", card(el("div", {"display": "flex", "gap": 20}, [None, False, el("div", {"width": 100, "height": 100, "background": "#000"}), True, ""])))
add("ch-nested-arrays", card(el("div", {"display": "flex", "flexDirection": "column", "fontSize": 30}, [[el("span", None, "a1"), el("span", None, "a2")], [el("span", None, "b1")]])))
add("ch-empty-string", card(el("div", {"width": 200, "height": 100, "background": "#94a3b8", "fontSize": 30}, "")))
add("ch-whitespace-only", card(el("div", {"background": "#94a3b8", "fontSize": 30, "padding": 10}, "   ")))
add("ch-text-with-newlines-normal", card(el("h1", {"fontSize": 64, "textAlign": "center", "width": 900}, "\n      Multi line\n      JSX text\n    ")))
add("ch-span-in-span", card(el("span", {"display": "flex", "fontSize": 48}, [el("span", {"color": "gray"}, "by "), el("span", {"fontWeight": 700}, "Alice")])))
add("ch-emoji", card(el("div", {"fontSize": 80}, "Ship it 🚀")))
add("ch-emoji-only", card(el("div", {"fontSize": 160}, "🎉")))
add("ch-accents-punct", card(el("div", {"fontSize": 56, "width": 900}, "Café — naïve “quotes” ‘single’ … 50% € £ ©")))
add("ch-greek-cyrillic", card(el("div", {"fontSize": 56}, "Привет мир · Γειά σου")))
add("ch-digits-tabular", card(el("div", {"fontSize": 72, "fontVariantNumeric": "tabular-nums"}, "1,234,567.89")))
add("ch-long-url", card(el("div", {"width": 500, "fontSize": 32, "background": "#f1f5f9"}, "https://example.com/blog/2024/designing-systems-that-scale?ref=og&utm_source=twitter")))
add("ch-nbsp", card(el("div", {"width": 360, "fontSize": 36, "background": "#f1f5f9"}, "Price:\u00a0$100\u00a0USD and more words here")))
add("ch-soft-hyphen", card(el("div", {"width": 300, "fontSize": 36, "background": "#f1f5f9"}, "Inter\u00adnationali\u00adzation is hard")))
# svg details
add("svg-gradient-defs", card(el("svg", None, [el("defs", None, el("linearGradient", None, [el("stop", None, offset="0%", stopColor="#f00"), el("stop", None, offset="100%", stopColor="#00f")], id="g")),
                                               el("rect", None, x=0, y=0, width=200, height=100, rx=20, fill="url(#g)")], width=400, height=200, viewBox="0 0 200 100")))
add("svg-group-transform-opacity", card(el("svg", None, [el("g", None, [el("rect", None, width=50, height=50, fill="#000"), el("circle", None, cx=80, cy=25, r=25, fill="#e11d48", fillOpacity=0.5)],
                                                             transform="translate(20 20) rotate(10)", opacity="0.8")], width=300, height=200, viewBox="0 0 150 100")))
add("svg-stroke-dash", card(el("svg", None, [el("line", None, x1=10, y1=50, x2=290, y2=50, stroke="#111", strokeWidth=4, strokeDasharray="10 6")], width=300, height=100)))
add("svg-no-viewbox", card(el("svg", None, [el("circle", None, cx=60, cy=60, r=50, fill="#0ea5e9")], width=120, height=120)))
add("svg-viewbox-only-styled", card(el("svg", {"width": 240}, [el("circle", None, cx=12, cy=12, r=11, fill="none", stroke="#16a34a", strokeWidth=2)], viewBox="0 0 24 24")))
add("svg-fill-style-attr", card(el("svg", None, [el("path", {"fill": "#f59e0b"}, d="M12 2l3 7h7l-5.5 4 2 7L12 16l-6.5 4 2-7L2 9h7z")], width=200, height=200, viewBox="0 0 24 24")))
add("svg-polyline-linejoin", card(el("svg", None, [el("polyline", None, points="10,90 50,10 90,90 130,10", fill="none", stroke="#7c3aed", strokeWidth=10, strokeLinejoin="round")],
                                     width=280, height=200, viewBox="0 0 140 100")))
add("svg-data-uri-utf8", card(el("img", None, src="data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'><rect width='100' height='100' rx='20' fill='%23ff5500'/></svg>",
                                 width=200, height=200)))
add("svg-img-no-size", card(el("img", None, src=LOGO)))
add("svg-img-height-only", card(el("img", {"height": 150}, src=PHOTO)))
add("svg-fill-rule-evenodd", card(el("svg", None, [el("path", None, d="M0 0h100v100H0zM25 25h50v50H25z", fillRule="evenodd", fill="#111")], width=200, height=200, viewBox="0 0 100 100")))
add("svg-with-bg-border", card(el("svg", {"background": "#fef3c7", "border": "3px solid #92400e", "borderRadius": 12, "padding": 10},
                                     [el("circle", None, cx=50, cy=50, r=40, fill="#b45309")], width=200, height=200, viewBox="0 0 100 100")))
# combos of neighbours
add("co-img-radius-border-shadow-transform", card(el("img", {"borderRadius": 24, "border": "4px solid #fff", "boxShadow": "0 20px 50px rgba(0,0,0,.5)", "transform": "rotate(-3deg)",
                                                         "objectFit": "cover"}, src=PHOTO, width=500, height=320), background="#1f2937"))
add("co-gradient-text-shadow", card(el("div", {"backgroundImage": "linear-gradient(90deg, #06b6d4, #3b82f6)", "backgroundClip": "text", "color": "transparent",
                                               "textShadow": "0 4px 12px rgba(0,0,0,.3)", "fontSize": 100, "fontWeight": 700}, "Glowing")))
add("co-stroke-transparent-gradient-bg", card(el("div", {"WebkitTextStroke": "3px #fff", "color": "transparent", "fontSize": 120, "fontWeight": 700}, "HOLLOW"),
                                             background="linear-gradient(135deg, #f43f5e, #8b5cf6)"))
add("co-radius-overflow-border-gradient", card(el("div", {"borderRadius": "50%", "overflow": "hidden", "border": "6px solid #fbbf24", "width": 260, "height": 260, "display": "flex"},
                                                  el("div", {"width": "100%", "height": "100%", "backgroundImage": "linear-gradient(#4f46e5, #db2777)"}))))
add("co-opacity-transform-shadow", card(el("div", {"opacity": 0.8, "transform": "translateY(-20px) rotate(-2deg)", "boxShadow": "0 30px 60px -12px rgba(50,50,93,.25)",
                                                   "width": 500, "height": 260, "background": "#fff", "borderRadius": 8}), background="#f6f9fc"))
add("co-abs-overlay-on-image", card(el("div", {"display": "flex", "position": "relative", "width": 800, "height": 420},
                                       [el("img", {"position": "absolute", "width": "100%", "height": "100%", "objectFit": "cover"}, src=PHOTO),
                                        el("div", {"position": "absolute", "bottom": 0, "left": 0, "right": 0, "height": "50%", "backgroundImage": "linear-gradient(transparent, rgba(0,0,0,.8))"}),
                                        el("div", {"position": "absolute", "bottom": 30, "left": 30, "fontSize": 48, "color": "#fff", "fontWeight": 700}, "Overlay title")])))
add("co-lineclamp-lineheight-ellipsis-color", card(el("div", {"display": "block", "lineClamp": 2, "lineHeight": 1.4, "color": "#334155", "fontSize": 36, "width": 700,
                                                               "textDecoration": "underline"}, LONG + " " + LONG)))
add("co-dashed-border-radius-overflow-img", card(el("div", {"border": "3px dashed #0ea5e9", "borderRadius": 30, "overflow": "hidden", "display": "flex", "padding": 8},
                                                    el("img", {"borderRadius": 22, "objectFit": "cover"}, src=PHOTO, width=360, height=240))))
add("co-mask-over-gradient-text", card(el("div", {"maskImage": "linear-gradient(to right, black 60%, transparent)", "fontSize": 90, "fontWeight": 700, "color": "#111", "width": 900}, LONG[:30])))
add("co-filter-shadow-radius", card(el("div", {"filter": "blur(1px) brightness(0.9)", "boxShadow": "0 0 0 6px #22c55e", "borderRadius": 20, "width": 300, "height": 160, "background": "#bbf7d0"})))
add("co-nested-opacity-text-stroke", card(el("div", {"opacity": 0.6, "display": "flex"}, el("span", {"WebkitTextStroke": "1px #000", "color": "#fff", "fontSize": 90, "opacity": 0.8}, "Nested"))),
    background="#fde68a")
add("co-rotated-text-with-bg-radius", card(el("div", {"transform": "rotate(-6deg)", "background": "#facc15", "borderRadius": 8, "padding": "8px 24px", "fontSize": 48, "fontWeight": 700,
                                                      "boxShadow": "4px 4px 0 #000"}, "NEW!")))
add("co-gap-wrap-center-text", card(el("div", {"display": "flex", "flexWrap": "wrap", "gap": "8px 16px", "justifyContent": "center", "width": 700, "fontSize": 34},
                                       [el("span", {"padding": "4px 12px", "border": "1px solid #ccc", "borderRadius": 6}, w) for w in LONG.split()])))
add("co-two-col-text-shrink", card(el("div", {"display": "flex", "width": 1000, "gap": 40},
                                      [el("div", {"fontSize": 40, "fontWeight": 700}, LONG), el("div", {"fontSize": 24, "color": "#666"}, TXT + " " + TXT)])))
add("co-column-flexgrow-text", card(el("div", {"display": "flex", "flexDirection": "column", "height": 500, "width": 600, "border": "1px solid #000"},
                                       [el("div", {"flexGrow": 1, "fontSize": 40, "background": "#fef9c3"}, LONG), el("div", {"fontSize": 24, "background": "#e0f2fe"}, "footer")])))
add("co-abs-percent-text-center", card(el("div", {"position": "absolute", "left": "10%", "top": "20%", "width": "80%", "fontSize": 56, "textAlign": "center"}, LONG)), 2400, 1260)
add("co-odd-size-grid", card(el("div", {"display": "flex", "flexWrap": "wrap", "width": "100%", "height": "100%"},
                                [el("div", {"width": "33.333%", "height": "50%", "background": f"hsl({i * 60}, 60%, 60%)", "border": "1px solid white"}) for i in range(6)])), 333, 177)
add("co-odd-size-text", card(el("div", {"fontSize": 17, "lineHeight": 1.3, "padding": 7, "width": 251}, LONG)), 257, 131)
add("co-big-odd-card", card(el("div", {"display": "flex", "flexDirection": "column", "padding": 100, "gap": 40, "width": "100%"},
                               [el("div", {"fontSize": 120, "fontWeight": 800, "lineHeight": 1, "letterSpacing": "-0.04em"}, LONG[:40]),
                                el("div", {"fontSize": 44, "color": "#555", "lineHeight": 1.5}, TXT)]), background="#fff7ed"), 1999, 1001)

