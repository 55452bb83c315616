"""Outsider cases, round one: one property or value form each, through satori.md's table section by section.

Role: the case tables of :mod:`conformance.casegen.outsider`'s first round (layout, borders, radius, text,
fonts, paint, effects, misc) and the small element helpers every round writes its cases with; the later
rounds are in :mod:`conformance.casegen.outsider_rounds`, the command line in :mod:`conformance.casegen.outsider`.
"""

# ruff: noqa: E501  (case tables: one case per line reads better than wrapped CSS)
from __future__ import annotations

from pathlib import Path
from typing import Any

from conformance.casegen import ASSETS, CaseSpec, case, centered, div, el, font, frame

CONFORMANCE_DIR = Path(__file__).resolve().parents[1]
OUT = CONFORMANCE_DIR / "_outsider"
PHOTO = f"{ASSETS}/photo.png"
JPG = f"{ASSETS}/photo.jpg"
AVATAR = f"{ASSETS}/avatar.png"
LOGO = f"{ASSETS}/logo.svg"
TILE = f"{ASSETS}/tile.png"
TEXT = "Hello world from pureog"
LONG = "The quick brown fox jumps over the lazy dog"
W = (240, 160)
GEIST3 = (font("Geist", "Geist-Regular.ttf"), font("Geist", "Geist-Bold.ttf", 700),
          font("Geist", "Geist-Italic.ttf", 400, "italic"))


def box(bg: str | None, w: Any = 40, h: Any = 40, /, **style: Any) -> dict[str, Any]:
    """A plain box (``bg`` None: no background colour)."""
    return div({"width": w, "height": h, "backgroundColor": bg, **style})


def img(style: dict[str, Any] | None = None, src: str = PHOTO, **attrs: Any) -> dict[str, Any]:
    return el("img", style, None, src=src, **attrs)


def t(style: dict[str, Any], text: str = TEXT) -> dict[str, Any]:
    return div(style, text)


def c(area: str, name: str, feats: Any, element: dict[str, Any], size: tuple[int, int] = W, **kw: Any) -> CaseSpec:
    return case(area, name, name.replace("-", " "), feats, element, size=size, **kw)


def mid(*kids: Any, **style: Any) -> dict[str, Any]:
    return centered(list(kids) if len(kids) != 1 else kids[0], style or None)


def layout_cases() -> list[CaseSpec]:
    A = "layout"
    out = [
        c(A, "display-none-img", "display", frame([img({"display": "none"}, width=60, height=60), box("red", 50, 50)])),
        c(A, "display-contents-text-siblings", "display", frame([div({"display": "contents", "color": "blue", "fontSize": 20}, [div(None, "One"), div(None, "Two")]), box("#f80", 30, 30)])),
        c(A, "display-block-span-children", "display", frame([el("span", {"display": "block", "fontSize": 20}, [el("span", None, "a"), el("span", None, "b")])])),
        c(A, "display-flex-on-span", "display", frame([el("span", {"display": "flex", "flexDirection": "column", "fontSize": 18}, [el("span", None, "Top"), el("span", None, "Bottom")])])),
        c(A, "position-abs-all-insets-width", "position", frame([div({"position": "absolute", "top": 10, "left": 10, "right": 10, "bottom": 10, "width": 50, "backgroundColor": "teal"})])),
        c(A, "position-abs-negative-offsets", "position", frame([div({"position": "absolute", "top": -20, "left": -20, "width": 80, "height": 80, "backgroundColor": "coral"})])),
        c(A, "position-abs-in-rotated-parent", ["position", "transform"], mid(div({"width": 120, "height": 80, "backgroundColor": "#ddd", "transform": "rotate(20deg)"}, [div({"position": "absolute", "right": 0, "bottom": 0, "width": 30, "height": 30, "backgroundColor": "red"})]))),
        c(A, "position-abs-percent-in-padded", "position", frame([div({"position": "relative", "width": 160, "height": 100, "padding": 20, "border": "5px solid black", "backgroundColor": "#eee"}, [div({"position": "absolute", "top": "50%", "left": "25%", "width": "50%", "height": "20%", "backgroundColor": "blue"})])], {"padding": 10})),
        c(A, "position-abs-no-offsets-centered-parent", "position", mid(box("green", 40, 40, position="absolute"), box("orange", 60, 60))),
        c(A, "position-relative-right-bottom", "position", frame([box("navy", 60, 60, position="relative", right=20, bottom=-20)], {"padding": 40})),
        c(A, "position-abs-margin", "position", frame([box("purple", 50, 50, position="absolute", top=0, left=0, margin=20)])),
        c(A, "position-abs-auto-size-text", "position", frame([div({"position": "absolute", "bottom": 10, "right": 10, "fontSize": 16, "backgroundColor": "yellow"}, "badge text")])),
        c(A, "margin-negative-percent", "margin", frame([box("red", 80, 80, marginLeft="-10%", marginTop="10%")], {"padding": 40})),
        c(A, "margin-auto-one-side-column", "margin", frame([box("red", 50, 30, marginLeft="auto"), box("blue", 50, 30, marginRight="auto", marginLeft="auto"), box("green", 50, 30, marginTop="auto")], {"flexDirection": "column"})),
        c(A, "margin-em-on-h1", ["margin", "presets"], frame([el("h1", {"fontSize": 20, "margin": "1em 2em"}, "Heading")], {"flexDirection": "column"})),
        c(A, "margin-shorthand-three", "margin", frame([box("red", 60, 40, margin="10px 30px 5px"), box("blue", 60, 40)])),
        c(A, "width-zero-with-border", "size", mid(box("red", 0, 60, border="4px solid black"))),
        c(A, "height-zero-padding", "size", mid(box("red", 60, 0, padding=10))),
        c(A, "width-percent-in-auto-parent", "size", frame([div({"display": "flex", "backgroundColor": "#ccc"}, [box("red", "50%", 40), div({"fontSize": 16}, "abc")])])),
        c(A, "width-auto-keyword", "size", frame([div({"width": "auto", "height": 50, "backgroundColor": "red"}), box("blue", 40, 40)])),
        c(A, "min-width-exceeds-max", "size", frame([box("red", 50, 50, minWidth=120, maxWidth=80)])),
        c(A, "max-width-zero", "size", frame([box("red", 100, 50, maxWidth=0, border="2px solid black")], {"padding": 10})),
        c(A, "min-height-percent", "size", frame([div({"minHeight": "50%", "width": 80, "backgroundColor": "red"})])),
        c(A, "max-height-percent-text", "size", frame([div({"maxHeight": "25%", "width": 100, "overflow": "hidden", "backgroundColor": "#fee", "fontSize": 14}, LONG)])),
        c(A, "width-negative", "size", frame([box("red", -50, 50), box("blue", 40, 40)])),
        c(A, "size-rem-vw-mixed", "size", frame([box("red", "5rem", "20vh"), box("blue", "10vw", "3em", fontSize=10)])),
        c(A, "padding-percent-column", "padding", frame([div({"width": 120, "padding": "10%", "backgroundColor": "#9cf"}, [box("red", "100%", 20)])])),
        c(A, "padding-shorthand-two-em", "padding", frame([div({"padding": "0.5em 2em", "fontSize": 20, "backgroundColor": "#cfc"}, "Pad")])),
        c(A, "box-sizing-content-border", "boxSizing", frame([box("red", 80, 40, boxSizing="content-box", padding=10, border="5px solid black"), box("blue", 80, 40, padding=10, border="5px solid black")], {"gap": 8, "padding": 8, "alignItems": "flex-start"})),
        c(A, "box-sizing-content-percent-child", "boxSizing", frame([div({"boxSizing": "content-box", "width": 100, "height": 60, "padding": 15, "backgroundColor": "#ddd"}, [box("red", "100%", "100%")])])),
        c(A, "flex-basis-zero-grow", "flexBasis", frame([div({"flexBasis": 0, "flexGrow": 1, "backgroundColor": "red", "fontSize": 14}, "long text here"), div({"flexBasis": 0, "flexGrow": 1, "backgroundColor": "blue"})])),
        c(A, "flex-basis-percent", "flexBasis", frame([box("red", None, 40, flexBasis="30%"), box("blue", None, 40, flexBasis="50%")])),
        c(A, "flex-basis-auto", "flexBasis", frame([box("red", 60, 40, flexBasis="auto", flexGrow=1), box("blue", 60, 40)])),
        c(A, "flex-grow-fraction", "flexGrow", frame([box("red", 0, 40, flexGrow=0.25), box("blue", 0, 40, flexGrow=0.25)])),
        c(A, "flex-shrink-text-items", "flexShrink", frame([div({"fontSize": 18, "backgroundColor": "#fcc"}, LONG), div({"fontSize": 18, "backgroundColor": "#ccf", "flexShrink": 0}, "keep")])),
        c(A, "flex-shorthand-one-one-zero", "flex", frame([div({"flex": "1 1 0", "height": 40, "backgroundColor": "red"}), div({"flex": "2 1 0%", "height": 40, "backgroundColor": "blue"})])),
        c(A, "flex-none-text", "flex", frame([div({"flex": "none", "fontSize": 20, "backgroundColor": "#eee"}, LONG)])),
        c(A, "flex-number-string", "flex", frame([div({"flex": "1", "height": 40, "backgroundColor": "red"}), box("blue", 50, 40)])),
        c(A, "justify-space-evenly", "justifyContent", frame([box("red"), box("green"), box("blue")], {"justifyContent": "space-evenly", "alignItems": "center"})),
        c(A, "justify-space-around-column", "justifyContent", frame([box("red"), box("green"), box("blue")], {"flexDirection": "column", "justifyContent": "space-around"})),
        c(A, "justify-flex-end-overflow", "justifyContent", frame([box("red", 150, 40), box("blue", 150, 40)], {"justifyContent": "flex-end"})),
        c(A, "align-content-space-between", "alignContent", frame([box("red", 100, 30), box("green", 100, 30), box("blue", 100, 30)], {"flexWrap": "wrap", "alignContent": "space-between"})),
        c(A, "align-content-center-wrap", "alignContent", frame([box("red", 100, 30), box("green", 100, 30), box("blue", 100, 30)], {"flexWrap": "wrap", "alignContent": "center"})),
        c(A, "align-content-stretch", "alignContent", frame([box("red", 100, None), box("green", 100, None), box("blue", 100, None, minHeight=20)], {"flexWrap": "wrap", "alignContent": "stretch"})),
        c(A, "align-self-baseline-text", "alignSelf", frame([div({"alignSelf": "baseline", "fontSize": 30}, "Big"), div({"alignSelf": "baseline", "fontSize": 12}, "small"), div({"alignSelf": "baseline", "fontSize": 20, "paddingTop": 20}, "pad")], {"alignItems": "flex-start"})),
        c(A, "align-items-flex-end-text", "alignItems", frame([div({"fontSize": 30}, "Aa"), div({"fontSize": 14}, "bb")], {"alignItems": "flex-end"})),
        c(A, "align-items-center-column", "alignItems", frame([box("red", 100, 30), div({"fontSize": 16}, "centered text")], {"flexDirection": "column", "alignItems": "center"})),
        c(A, "gap-percent", "gap", frame([box("red"), box("green"), box("blue")], {"gap": "10%"})),
        c(A, "row-gap-column-gap", "gap", frame([box("red", 60, 30), box("green", 60, 30), box("blue", 60, 30), box("gray", 60, 30)], {"flexWrap": "wrap", "rowGap": 20, "columnGap": 5})),
        c(A, "gap-two-values", "gap", frame([box("red", 60, 30), box("green", 60, 30), box("blue", 60, 30), box("gray", 60, 30)], {"flexWrap": "wrap", "gap": "20px 5px"})),
        c(A, "gap-em", "gap", frame([box("red"), box("green")], {"gap": "2em", "fontSize": 10})),
        c(A, "flex-wrap-reverse-column", "flexWrap", frame([box("red", 40, 60), box("green", 40, 60), box("blue", 40, 60)], {"flexDirection": "column", "flexWrap": "wrap-reverse"})),
        c(A, "flex-direction-column-reverse-text", "flexDirection", frame([div(None, "first"), div(None, "second")], {"flexDirection": "column-reverse", "fontSize": 18})),
        c(A, "root-no-display-text", "display", div({"width": "100%", "height": "100%", "backgroundColor": "white", "fontSize": 20}, "Only text")),
        c(A, "top-bottom-percent-relative", "position", frame([box("red", 60, 40, position="relative", top="25%"), box("blue", 60, 40, position="relative", bottom="25%")])),
        c(A, "inset-auto-left", "position", frame([box("red", 60, 40, position="absolute", left="auto", right=10, top=10)])),
    ]
    return out


def border_cases() -> list[CaseSpec]:
    A = "borders"
    return [
        c(A, "border-on-img", "border", mid(img({"border": "6px solid #e63946", "width": 100, "height": 70}, width=100, height=70))),
        c(A, "border-radius-50-rect", ["border", "borderRadius"], mid(box("#9cf", 160, 80, border="6px solid navy", borderRadius="50%"))),
        c(A, "border-zero-side-radius", ["border", "borderRadius"], mid(box("#fc9", 120, 80, borderWidth="0 10px 10px 10px", borderStyle="solid", borderColor="black", borderRadius=20))),
        c(A, "border-dashed-one-side", "border", mid(box("#eee", 120, 80, borderBottom="4px dashed red"))),
        c(A, "border-dashed-img-radius", ["border", "borderRadius"], mid(img({"border": "4px dashed blue", "borderRadius": 16, "width": 120, "height": 80}, width=120, height=80))),
        c(A, "border-transparent-color", "border", mid(box("#fcc", 100, 60, border="10px solid transparent"))),
        c(A, "border-opacity-half", ["border", "opacity"], mid(box("#fcc", 100, 60, border="8px solid black", opacity=0.5))),
        c(A, "border-in-rotated", ["border", "transform"], mid(box("#cfc", 100, 60, border="4px solid green", transform="rotate(15deg)"))),
        c(A, "border-em-width", "border", mid(box("#ccf", 100, 60, border="0.5em solid purple", fontSize=12))),
        c(A, "border-top-width-only", "border", mid(box("#eee", 100, 60, borderTop="8px"))),
        c(A, "border-style-dashed-longhand", "border", mid(box("#eee", 100, 60, borderWidth=3, borderStyle="dashed", borderColor="#333"))),
        c(A, "border-color-four", "border", mid(box("white", 100, 60, borderWidth=8, borderStyle="solid", borderColor="red green blue orange"))),
        c(A, "border-width-four-values", "border", mid(box("white", 100, 60, borderStyle="solid", borderColor="black", borderWidth="1px 4px 8px 12px"))),
        c(A, "border-on-text", "border", mid(t({"border": "2px solid #333", "padding": 4, "fontSize": 16}))),
        c(A, "border-abs-box", ["border", "position"], frame([box("#ffd", 80, 50, position="absolute", top=20, left=30, border="3px solid #333")])),
        c(A, "border-wider-than-box", "border", mid(box("#eee", 20, 20, border="15px solid red"))),
        c(A, "border-currentcolor-default", "border", mid(box("#eee", 100, 60, border="5px solid", color="#e63946"))),
        c(A, "border-inherit-color-keyword", "border", mid(div({"color": "green"}, [box("#eee", 100, 60, border="5px solid currentcolor")]))),
        c(A, "border-left-dashed-radius", ["border", "borderRadius"], mid(box("#eee", 120, 80, borderLeft="6px dashed red", borderRadius=20))),
        c(A, "border-content-box", ["border", "boxSizing"], mid(box("#eee", 80, 40, border="6px solid black", boxSizing="content-box"))),
        c(A, "border-with-shadow-radius", ["border", "boxShadow"], mid(box("white", 100, 60, border="3px solid #333", borderRadius=12, boxShadow="4px 4px 0 #e63946"))),
        c(A, "border-in-overflow-hidden-parent", ["border", "overflow"], mid(div({"width": 80, "height": 50, "overflow": "hidden", "backgroundColor": "#ddd"}, [box("#fcc", 120, 80, border="6px solid blue", flexShrink=0)]))),
    ]


def radius_cases() -> list[CaseSpec]:
    A = "radius"
    return [
        c(A, "radius-zero", "borderRadius", mid(box("red", 100, 60, borderRadius=0))),
        c(A, "radius-negative", "borderRadius", mid(box("red", 100, 60, borderRadius=-10))),
        c(A, "radius-longhand-two-values", "borderRadius", mid(box("red", 120, 80, borderTopLeftRadius="40px 20px", borderBottomRightRadius="20px 40px"))),
        c(A, "radius-on-img", ["borderRadius", "img"], mid(img({"borderRadius": 24, "width": 120, "height": 90}, width=120, height=90))),
        c(A, "radius-img-percent-ellipse", ["borderRadius", "img"], mid(img({"borderRadius": "50%", "width": 140, "height": 90}, width=140, height=90))),
        c(A, "radius-overflow-hidden-img-child", ["borderRadius", "overflow"], mid(div({"borderRadius": 30, "overflow": "hidden", "width": 140, "height": 100, "display": "flex"}, [img({"width": 140, "height": 100}, width=140, height=100)]))),
        c(A, "radius-opacity", ["borderRadius", "opacity"], mid(box("blue", 100, 60, borderRadius=20, opacity=0.4))),
        c(A, "radius-inset-shadow", ["borderRadius", "boxShadow"], mid(box("white", 120, 80, borderRadius=24, boxShadow="inset 0 0 10px 4px rgba(0,0,0,0.5)"))),
        c(A, "radius-bigger-than-box", "borderRadius", mid(box("red", 120, 60, borderRadius=200))),
        c(A, "radius-mixed-units", "borderRadius", mid(box("red", 120, 80, borderRadius="10px 20% 1em 5px", fontSize=30))),
        c(A, "radius-slash-both-lists", "borderRadius", mid(box("red", 140, 90, borderRadius="10px 20px 30px 40px / 40px 30px 20px 10px"))),
        c(A, "radius-gradient-bg", ["borderRadius", "backgroundImage"], mid(box(None, 140, 90, borderRadius=30, backgroundImage="linear-gradient(90deg, red, blue)"))),
        c(A, "radius-text-bg", "borderRadius", mid(t({"borderRadius": 999, "backgroundColor": "#222", "color": "white", "padding": "4px 12px", "fontSize": 14}))),
        c(A, "radius-em-units", "borderRadius", mid(box("red", 120, 80, borderRadius="1em", fontSize=30))),
        c(A, "radius-percent-longhand-rect", "borderRadius", mid(box("red", 160, 80, borderTopLeftRadius="50%", borderTopRightRadius="50%"))),
        c(A, "radius-in-transformed-parent", ["borderRadius", "transform"], mid(div({"transform": "scale(1.5)", "display": "flex"}, [box("red", 60, 40, borderRadius=12)]))),
        c(A, "radius-abs-box", ["borderRadius", "position"], frame([box("#2a9d8f", 60, 60, position="absolute", bottom=10, right=10, borderRadius="50%")])),
        c(A, "radius-border-different-widths", ["borderRadius", "border"], mid(box("#ffe", 120, 80, borderRadius=30, borderStyle="solid", borderColor="#333", borderWidth="2px 10px 20px 4px"))),
    ]


def text_cases() -> list[CaseSpec]:
    A = "text"
    col = {"flexDirection": "column", "padding": 8}
    return [
        c(A, "color-transparent-text", "color", mid(t({"color": "transparent", "fontSize": 24, "textShadow": "1px 1px 0 red"}))),
        c(A, "color-eight-digit-hex", "color", mid(t({"color": "#ff000080", "fontSize": 24}))),
        c(A, "color-named-upper", "color", mid(t({"color": "DarkGreen", "fontSize": 24}))),
        c(A, "color-inherit-keyword", "color", mid(div({"color": "red"}, [t({"color": "inherit", "fontSize": 24})]))),
        c(A, "color-on-img-no-effect", "color", mid(img({"color": "red", "width": 80, "height": 60}, width=80, height=60))),
        c(A, "font-size-zero", "fontSize", frame([div({"fontSize": 0}, "hidden"), div({"fontSize": 20}, "shown")], col)),
        c(A, "font-size-em-nested-three", "fontSize", frame([div({"fontSize": "1.5em"}, [div({"fontSize": "0.5em"}, [div({"fontSize": "2em"}, "x")])])], {"fontSize": 20})),
        c(A, "font-size-percent", "fontSize", frame([div({"fontSize": "150%"}, "one fifty")], {"fontSize": 16})),
        c(A, "font-size-rem", "fontSize", frame([div({"fontSize": "2rem"}, "rem")], {"fontSize": 10})),
        c(A, "text-align-right-multiline", "textAlign", frame([div({"textAlign": "right", "fontSize": 16, "width": 200}, LONG)], col)),
        c(A, "text-align-end-single", "textAlign", frame([div({"textAlign": "end", "fontSize": 16, "width": 200, "backgroundColor": "#eee"}, "end")], col)),
        c(A, "text-align-center-single-in-wide", "textAlign", frame([div({"textAlign": "center", "fontSize": 16, "width": 200, "backgroundColor": "#eee"}, "center")], col)),
        c(A, "text-align-justify-multiline", "textAlign", frame([div({"textAlign": "justify", "fontSize": 16, "width": 200}, LONG + " again and again")], col)),
        c(A, "text-align-left-in-centered", "textAlign", mid(div({"textAlign": "left", "fontSize": 16, "width": 150}, LONG))),
        c(A, "text-indent-percent", "textIndent", frame([div({"textIndent": "20%", "fontSize": 16, "width": 200}, LONG)], col)),
        c(A, "text-indent-negative-padding", "textIndent", frame([div({"textIndent": -20, "paddingLeft": 20, "fontSize": 16, "width": 200}, LONG)], col)),
        c(A, "text-transform-capitalize-apostrophe", "textTransform", frame([div({"textTransform": "capitalize", "fontSize": 18}, "it's a don't-stop o'neil")], col)),
        c(A, "text-transform-uppercase-eszett", "textTransform", frame([div({"textTransform": "uppercase", "fontSize": 18}, "straße ﬁne")], col)),
        c(A, "text-transform-inherit-child", "textTransform", frame([div({"textTransform": "uppercase", "display": "flex", "fontSize": 18}, [el("span", None, "parent "), el("span", {"textTransform": "none"}, "child")])], col)),
        c(A, "text-overflow-ellipsis-flex-child", "textOverflow", frame([div({"display": "flex", "width": 150, "fontSize": 16}, [el("span", {"overflow": "hidden", "textOverflow": "ellipsis", "whiteSpace": "nowrap"}, LONG)])], col)),
        c(A, "text-overflow-ellipsis-no-nowrap", "textOverflow", frame([div({"width": 150, "fontSize": 16, "overflow": "hidden", "textOverflow": "ellipsis", "height": 40}, LONG)], col)),
        c(A, "text-overflow-ellipsis-letter-spacing", "textOverflow", frame([div({"width": 150, "fontSize": 16, "overflow": "hidden", "textOverflow": "ellipsis", "whiteSpace": "nowrap", "letterSpacing": 2}, LONG)], col)),
        c(A, "text-decoration-inherited-span", "textDecoration", frame([div({"textDecoration": "underline", "display": "flex", "fontSize": 20}, [el("span", None, "under "), el("span", {"color": "red"}, "red")])], col)),
        c(A, "text-decoration-longhands", "textDecoration", frame([div({"textDecorationLine": "underline", "textDecorationStyle": "wavy", "textDecorationColor": "red", "fontSize": 20}, "longhands"), div({"textDecorationLine": "line-through", "textDecorationColor": "blue", "fontSize": 20}, "through")], col)),
        c(A, "text-decoration-shorthand-order", "textDecoration", frame([div({"textDecoration": "red dashed underline", "fontSize": 20}, "red dashed"), div({"textDecoration": "underline dotted", "fontSize": 20}, "dotted")], col)),
        c(A, "text-decoration-multiline-center", "textDecoration", frame([div({"textDecoration": "underline", "textAlign": "center", "width": 200, "fontSize": 16}, LONG)], col)),
        c(A, "text-decoration-skip-ink-none", "textDecoration", frame([div({"textDecoration": "underline", "textDecorationSkipInk": "none", "fontSize": 28}, "gypsy jig")], col)),
        c(A, "text-shadow-zero-offset-blur", "textShadow", mid(t({"textShadow": "0 0 6px red", "fontSize": 24}))),
        c(A, "text-shadow-negative-offset", "textShadow", mid(t({"textShadow": "-3px -3px 0 #0af", "fontSize": 24}))),
        c(A, "text-shadow-em-units", "textShadow", mid(t({"textShadow": "0.1em 0.1em 0.2em rgba(0,0,0,0.6)", "fontSize": 24}))),
        c(A, "text-shadow-opacity-parent", ["textShadow", "opacity"], mid(t({"textShadow": "2px 2px 0 red", "fontSize": 24, "opacity": 0.5}))),
        c(A, "letter-spacing-negative-em", "letterSpacing", frame([div({"letterSpacing": "-0.1em", "fontSize": 24}, "Tight text")], col)),
        c(A, "letter-spacing-percent", "letterSpacing", frame([div({"letterSpacing": "10%", "fontSize": 24}, "Percent")], col)),
        c(A, "letter-spacing-wrap", "letterSpacing", frame([div({"letterSpacing": 4, "fontSize": 16, "width": 200}, LONG)], col)),
        c(A, "line-height-zero-multiline", "lineHeight", frame([div({"lineHeight": 0, "fontSize": 16, "width": 200, "backgroundColor": "#eee"}, LONG)], {"flexDirection": "column", "padding": 30})),
        c(A, "line-height-px-small", "lineHeight", frame([div({"lineHeight": "10px", "fontSize": 16, "width": 200, "backgroundColor": "#eee"}, LONG)], {"flexDirection": "column", "padding": 20})),
        c(A, "line-height-decimal", "lineHeight", frame([div({"lineHeight": 1.37, "fontSize": 15, "width": 200, "backgroundColor": "#eee"}, LONG)], col)),
        c(A, "line-height-percent-string", "lineHeight", frame([div({"lineHeight": "180%", "fontSize": 15, "width": 200, "backgroundColor": "#eee"}, LONG)], col)),
        c(A, "line-height-em", "lineHeight", frame([div({"lineHeight": "2em", "fontSize": 15, "width": 200, "backgroundColor": "#eee"}, LONG)], col)),
        c(A, "line-height-inherited-number", "lineHeight", frame([div({"lineHeight": 2, "display": "flex", "flexDirection": "column"}, [div({"fontSize": 10}, "small line"), div({"fontSize": 20}, "big line")])], col)),
        c(A, "white-space-pre-leading", "whiteSpace", frame([div({"whiteSpace": "pre", "fontSize": 16}, "   indented\n\tTab\nend  ")], col)),
        c(A, "white-space-pre-wrap-long", "whiteSpace", frame([div({"whiteSpace": "pre-wrap", "fontSize": 16, "width": 180}, "a  b   c    " + LONG)], col)),
        c(A, "white-space-pre-line-spaces", "whiteSpace", frame([div({"whiteSpace": "pre-line", "fontSize": 16, "width": 200}, "one   two\nthree     four\n\nfive")], col)),
        c(A, "white-space-nowrap-overflow", "whiteSpace", frame([div({"whiteSpace": "nowrap", "fontSize": 16, "width": 120, "backgroundColor": "#eee"}, LONG)], col)),
        c(A, "word-break-all-long-word", "wordBreak", frame([div({"wordBreak": "break-all", "fontSize": 16, "width": 120}, "Supercalifragilisticexpialidocious word")], col)),
        c(A, "word-break-word-long-url", "wordBreak", frame([div({"wordBreak": "break-word", "fontSize": 16, "width": 120}, "see https://example.com/a/very/long/path/segment")], col)),
        c(A, "word-break-normal-long-word", "wordBreak", frame([div({"fontSize": 16, "width": 120, "backgroundColor": "#eee"}, "Supercalifragilisticexpialidocious word")], col)),
        c(A, "text-wrap-balance-three-lines", "textWrap", frame([div({"textWrap": "balance", "fontSize": 16, "width": 200, "backgroundColor": "#eee"}, LONG + " and runs away")], col)),
        c(A, "text-wrap-balance-center", "textWrap", frame([div({"textWrap": "balance", "textAlign": "center", "fontSize": 18, "width": 220, "backgroundColor": "#eee"}, LONG)], col)),
        c(A, "tab-size-zero", "tabSize", frame([div({"whiteSpace": "pre", "tabSize": 0, "fontSize": 16}, "a\tb\tc")], col)),
        c(A, "tab-size-eight-default", "tabSize", frame([div({"whiteSpace": "pre", "fontSize": 16}, "a\tb\tc")], col)),
        c(A, "text-stroke-transparent-fill", "WebkitTextStroke", mid(t({"WebkitTextStroke": "1px black", "color": "transparent", "fontSize": 32}, "Outline"))),
        c(A, "text-stroke-em-width", "WebkitTextStroke", mid(t({"WebkitTextStroke": "0.05em red", "fontSize": 32}, "Stroke"))),
        c(A, "text-stroke-longhand-width-only", "WebkitTextStroke", mid(t({"WebkitTextStrokeWidth": 2, "fontSize": 32, "color": "#fd0"}, "Width"))),
        c(A, "line-clamp-two-block", "lineClamp", frame([div({"display": "block", "lineClamp": 2, "fontSize": 16, "width": 180}, LONG + " " + LONG)], col)),
        c(A, "line-clamp-one-block", "lineClamp", frame([div({"display": "block", "lineClamp": 1, "fontSize": 16, "width": 180}, LONG)], col)),
        c(A, "line-clamp-webkit-center", "lineClamp", frame([div({"display": "-webkit-box", "WebkitBoxOrient": "vertical", "WebkitLineClamp": 2, "overflow": "hidden", "textOverflow": "ellipsis", "textAlign": "center", "fontSize": 16, "width": 180}, LONG + " " + LONG)], col)),
        c(A, "line-clamp-lh", "lineClamp", frame([div({"display": "block", "lineClamp": 3, "lineHeight": 1.6, "fontSize": 14, "width": 180, "backgroundColor": "#eee"}, LONG + " " + LONG + " " + LONG)], col)),
        c(A, "line-clamp-custom-string", "lineClamp", frame([div({"display": "block", "lineClamp": '2 " [more]"', "fontSize": 16, "width": 180}, LONG + " " + LONG)], col)),
        c(A, "line-clamp-more-than-lines", "lineClamp", frame([div({"display": "block", "lineClamp": 5, "fontSize": 16, "width": 180, "backgroundColor": "#eee"}, LONG)], col)),
        c(A, "text-in-abs-box-wrap", ["position", "text"], frame([div({"position": "absolute", "left": 20, "top": 20, "fontSize": 16, "backgroundColor": "#eef"}, LONG)])),
        c(A, "text-in-abs-box-right", ["position", "text"], frame([div({"position": "absolute", "right": 10, "top": 10, "fontSize": 16, "width": 100, "textAlign": "right"}, LONG)])),
        c(A, "text-opacity-zero-child-visible", "opacity", frame([div({"opacity": 0, "fontSize": 20}, [div({"opacity": 1}, "hidden?")]), div({"fontSize": 20}, "shown")], col)),
        c(A, "text-in-scaled-parent", ["transform", "text"], mid(div({"transform": "scale(2)", "fontSize": 12}, "scaled"))),
        c(A, "text-in-clipped-parent", ["clipPath", "text"], mid(div({"clipPath": "circle(40px)", "fontSize": 28, "backgroundColor": "#fd0"}, "Clipped"))),
        c(A, "text-rotate-90", ["transform", "text"], mid(div({"transform": "rotate(90deg)", "fontSize": 18}, "Rotated"))),
        c(A, "text-skew-x", ["transform", "text"], mid(div({"transform": "skewX(-20deg)", "fontSize": 24}, "Skewed"))),
        c(A, "text-mixed-sizes-row-baseline", "alignItems", frame([div({"fontSize": 32}, "Big"), div({"fontSize": 12}, "small")], {"alignItems": "baseline"})),
        c(A, "text-number-children", "children", frame([div({"fontSize": 20, "display": "flex"}, [1, 2, " apples"])])),
        c(A, "text-span-inline-runs", "children", frame([div({"fontSize": 16, "display": "flex", "flexWrap": "wrap", "width": 200}, ["Hello ", el("b", None, "bold"), " and ", el("i", None, "italic"), " text"])])),
    ]


def font_cases() -> list[CaseSpec]:
    A = "fonts"
    col = {"flexDirection": "column", "padding": 8, "fontFamily": "Geist", "fontSize": 22}
    g5 = (font("Geist", "Geist-Light.ttf", 300), font("Geist", "Geist-Regular.ttf"), font("Geist", "Geist-Medium.woff", 500),
          font("Geist", "Geist-Bold.ttf", 700), font("Geist", "Geist-Black.ttf", 900))
    ws = [100, 200, 350, 450, 550, 600, 800, 950]
    out = [
        c(A, f"weight-{w}-five-faces", "fontWeight", frame([div({"fontWeight": w}, f"Weight {w} text")], col), fonts=g5) for w in ws
    ]
    out += [
        c(A, f"weight-{w}-three-faces", "fontWeight", frame([div({"fontWeight": w}, f"Weight {w}"), div({"fontWeight": w, "fontStyle": "italic"}, "italic")], col), fonts=GEIST3) for w in (300, 500, 600, 900)
    ]
    out += [
        c(A, "italic-missing-bold", ["fontStyle", "fontWeight"], frame([div({"fontWeight": 700, "fontStyle": "italic"}, "Bold italic")], col), fonts=GEIST3),
        c(A, "oblique-style", "fontStyle", frame([div({"fontStyle": "oblique"}, "Oblique"), div({"fontStyle": "oblique 10deg"}, "Oblique 10")], col), fonts=GEIST3),
        c(A, "italic-only-face", "fontStyle", frame([div({"fontStyle": "normal"}, "Normal"), div({"fontStyle": "italic"}, "Italic")], col), fonts=(font("Geist", "Geist-Italic.ttf", 400, "italic"),)),
        c(A, "weight-keywords", "fontWeight", frame([div({"fontWeight": "bold"}, "bold"), div({"fontWeight": "normal"}, "normal"), div({"fontWeight": "lighter"}, "lighter")], col), fonts=g5),
        c(A, "weight-string-number", "fontWeight", frame([div({"fontWeight": "700"}, "seven hundred"), div({"fontWeight": "300"}, "three hundred")], col), fonts=g5),
        c(A, "family-order-first-wins", "fontFamily", frame([div({"fontFamily": "Roboto, Geist"}, "Roboto first"), div({"fontFamily": "Geist, Roboto"}, "Geist first")], col),
          fonts=(font("Geist", "Geist-Regular.ttf"), font("Roboto", "Roboto-Regular.ttf"))),
        c(A, "family-unknown-falls-to-first", "fontFamily", frame([div({"fontFamily": "Nope"}, "Unknown family")], col),
          fonts=(font("Roboto", "Roboto-Regular.ttf"), font("Geist", "Geist-Regular.ttf"))),
        c(A, "family-quoted-case", "fontFamily", frame([div({"fontFamily": "'roboto'"}, "quoted lower"), div({"fontFamily": '"ROBOTO", sans-serif'}, "double upper")], col),
          fonts=(font("Geist", "Geist-Regular.ttf"), font("Roboto", "Roboto-Regular.ttf"))),
        c(A, "fallback-glyph-second-family", "fontFamily", frame([div({"fontFamily": "Geist"}, "Latin 日本語 mix")], col),
          fonts=(font("Geist", "Geist-Regular.ttf"), font("Noto", "NotoSansCJKJP-subset.otf"))),
        c(A, "fallback-weight-across-families", "fontFamily", frame([div({"fontFamily": "Roboto", "fontWeight": 700}, "Bold Roboto"), div({"fontFamily": "Roboto", "fontWeight": 300}, "Light Roboto")], col),
          fonts=(font("Roboto", "Roboto-Regular.ttf"), font("Roboto", "Roboto-Bold.ttf", 700), font("Geist", "Geist-Light.ttf", 300))),
        c(A, "no-fonts-default-bold", "fonts", frame([div({"fontWeight": 700}, "Default bold"), div(None, "Default regular")], {"flexDirection": "column", "padding": 8, "fontSize": 22})),
        c(A, "no-fonts-serif-family", "fonts", frame([div({"fontFamily": "serif"}, "serif"), div({"fontFamily": "monospace"}, "monospace")], {"flexDirection": "column", "padding": 8, "fontSize": 22})),
        c(A, "monospace-registered-code", ["fontFamily", "presets"], frame([el("code", None, "const x = 1;"), el("kbd", None, "Ctrl+C")], col),
          fonts=(font("Geist", "Geist-Regular.ttf"), font("monospace", "GeistMono-Regular.ttf"))),
        c(A, "woff-medium-only", "fonts", frame([div(None, "WOFF medium face")], col), fonts=(font("Geist", "Geist-Medium.woff", 500),)),
        c(A, "lang-ja-font-selection", "lang", frame([div(None, "漢字 none"), div({"display": "flex"}, [div(None, "漢字 ko")], lang="ko-KR"), div(None, "漢字 ja", lang="ja")], col),
          fonts=(font("Geist", "Geist-Regular.ttf"), {**font("JP", "NotoSansCJKJP-subset.otf"), "lang": "ja-JP"}, {**font("KR", "NotoSansKR-subset.otf"), "lang": "ko-KR"})),
        c(A, "lang-prop-on-root", "lang", div({"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%", "backgroundColor": "white", "padding": 8, "fontSize": 22}, [div(None, "直骨 root lang zh-TW")], lang="zh-TW"),
          fonts=(font("Geist", "Geist-Regular.ttf"), {**font("SC", "NotoSansCJKSC-subset.otf"), "lang": "zh-CN"}, {**font("TC", "NotoSansCJKTC-subset.otf"), "lang": "zh-TW"})),
        c(A, "bold-tag-three-faces", "presets", frame([div({"display": "flex", "gap": 6}, [el("b", None, "b"), el("strong", None, "strong"), el("i", None, "i"), el("em", None, "em")])], col), fonts=GEIST3),
        c(A, "font-shorthand", "font", frame([div({"font": "italic bold 24px Geist"}, "Shorthand")], col), fonts=GEIST3),
    ]
    return out


def paint_cases() -> list[CaseSpec]:
    A = "backgrounds"
    out = [
        c(A, "bg-alpha-on-radius", "backgroundColor", mid(box("rgba(0,0,255,0.3)", 120, 80, borderRadius=20))),
        c(A, "bg-gradient-radius-border", ["backgroundImage", "border"], mid(box(None, 140, 90, borderRadius=16, border="6px solid rgba(0,0,0,0.4)", backgroundImage="linear-gradient(to right, #f00, #00f)"))),
        c(A, "bg-size-percent-gradient", "backgroundSize", mid(box(None, 160, 100, backgroundImage="linear-gradient(red, blue)", backgroundSize="25% 50%"))),
        c(A, "bg-position-keyword-pair", "backgroundPosition", mid(box("#eee", 160, 100, backgroundImage=f"url({TILE})", backgroundRepeat="no-repeat", backgroundPosition="right bottom"))),
        c(A, "bg-position-center-url", "backgroundPosition", mid(box("#eee", 160, 100, backgroundImage=f"url({TILE})", backgroundRepeat="no-repeat", backgroundPosition="center"))),
        c(A, "bg-repeat-no-gradient-size", "backgroundRepeat", mid(box("#eee", 160, 100, backgroundImage="linear-gradient(red, blue)", backgroundSize="50px 50px", backgroundRepeat="no-repeat"))),
        c(A, "bg-repeat-x-gradient", "backgroundRepeat", mid(box("#eee", 160, 100, backgroundImage="radial-gradient(circle, red 40%, transparent 41%)", backgroundSize="40px 40px", backgroundRepeat="repeat-x"))),
        c(A, "bg-clip-text-span", "backgroundClip", mid(div({"backgroundImage": "linear-gradient(90deg, #f00, #00f)", "backgroundClip": "text", "color": "transparent", "fontSize": 36}, "Gradient"))),
        c(A, "bg-clip-border-box", "backgroundClip", mid(box(None, 120, 80, backgroundImage="linear-gradient(red, blue)", backgroundClip="border-box", border="8px dashed rgba(0,0,0,0.5)"))),
        c(A, "bg-on-text-only-div", "backgroundColor", mid(t({"backgroundColor": "#fd0", "fontSize": 20}))),
        c(A, "bg-url-cover-img-radius", "backgroundSize", mid(box(None, 160, 100, backgroundImage=f"url({PHOTO})", backgroundSize="cover", borderRadius=20))),
        c(A, "bg-url-contain", "backgroundSize", mid(box("#333", 160, 100, backgroundImage=f"url({PHOTO})", backgroundSize="contain", backgroundRepeat="no-repeat"))),
        c(A, "bg-url-size-px-auto", "backgroundSize", mid(box("#333", 160, 100, backgroundImage=f"url({PHOTO})", backgroundSize="80px auto"))),
        c(A, "bg-linear-angle-turn", "backgroundImage", mid(box(None, 160, 100, backgroundImage="linear-gradient(0.25turn, #0af, #fa0 60%, #f0a)"))),
        c(A, "bg-linear-to-corner-rect", "backgroundImage", mid(box(None, 200, 80, backgroundImage="linear-gradient(to bottom right, black, white)"))),
        c(A, "bg-radial-at-percent", "backgroundImage", mid(box(None, 200, 100, backgroundImage="radial-gradient(circle at 20% 30%, #fff, #06c)"))),
        c(A, "bg-radial-closest-corner", "backgroundImage", mid(box(None, 200, 100, backgroundImage="radial-gradient(closest-corner at 30% 50%, red, blue)"))),
        c(A, "bg-radial-ellipse-px", "backgroundImage", mid(box(None, 200, 100, backgroundImage="radial-gradient(60px 30px at center, red, transparent)"))),
        c(A, "bg-repeating-linear-px", "backgroundImage", mid(box(None, 200, 100, backgroundImage="repeating-linear-gradient(45deg, #000 0px, #000 10px, #fff 10px, #fff 20px)"))),
        c(A, "bg-repeating-radial-px", "backgroundImage", mid(box(None, 200, 100, backgroundImage="repeating-radial-gradient(circle, red 0, red 8px, white 8px, white 16px)"))),
        c(A, "bg-layers-gradient-over-url", "backgroundImage", mid(box(None, 200, 100, backgroundImage=f"linear-gradient(rgba(0,0,0,0.6), transparent), url({PHOTO})", backgroundSize="100% 100%, cover"))),
        c(A, "bg-shorthand-url-no-repeat", "background", mid(box(None, 200, 100, background=f"url({TILE}) no-repeat center / 40px 40px, #fee"))),
        c(A, "bg-gradient-on-img", ["backgroundImage", "img"], mid(img({"backgroundImage": "linear-gradient(red, blue)", "width": 100, "height": 80, "padding": 10}, src=f"{ASSETS}/alpha.png", width=100, height=80))),
        c(A, "bg-gradient-transparent-keyword", "backgroundImage", mid(box("white", 200, 100, backgroundImage="linear-gradient(90deg, transparent, red)"))),
        c(A, "bg-gradient-stops-unsorted", "backgroundImage", mid(box(None, 200, 100, backgroundImage="linear-gradient(90deg, red 60%, blue 20%, green 80%)"))),
        c(A, "bg-gradient-opacity", ["backgroundImage", "opacity"], mid(box(None, 200, 100, backgroundImage="linear-gradient(90deg, red, blue)", opacity=0.5))),
        c(A, "bg-gradient-rotated", ["backgroundImage", "transform"], mid(box(None, 120, 80, backgroundImage="linear-gradient(90deg, red, blue)", transform="rotate(30deg)"))),
        c(A, "bg-color-and-image-order", "background", mid(box(None, 200, 100, backgroundColor="yellow", backgroundImage="radial-gradient(circle, transparent 30%, rgba(0,0,0,0.8) 31%)"))),
    ]
    B = "transforms"
    out += [
        c(B, "transform-scale-zero", "transform", mid(box("red", 80, 80, transform="scale(0)"), box("blue", 40, 40))),
        c(B, "transform-scale-negative", "transform", mid(t({"transform": "scale(-1, 1)", "fontSize": 24}, "Mirror"))),
        c(B, "transform-translate-percent-text", "transform", mid(t({"transform": "translate(50%, -50%)", "fontSize": 18, "backgroundColor": "#eee"}))),
        c(B, "transform-rotate-img", ["transform", "img"], mid(img({"transform": "rotate(-12deg)", "width": 120, "height": 80}, width=120, height=80))),
        c(B, "transform-origin-keywords-rotate", "transformOrigin", mid(box("rgba(255,0,0,0.6)", 80, 80, transform="rotate(30deg)", transformOrigin="top left"))),
        c(B, "transform-origin-bottom-right-scale", "transformOrigin", mid(box("rgba(255,0,0,0.6)", 80, 80, transform="scale(0.5)", transformOrigin="right bottom"))),
        c(B, "transform-origin-px-percent", "transformOrigin", mid(box("rgba(255,0,0,0.6)", 80, 80, transform="rotate(45deg)", transformOrigin="10px 100%"))),
        c(B, "transform-on-abs", ["transform", "position"], frame([box("teal", 60, 60, position="absolute", top=20, left=20, transform="rotate(45deg) translateX(20px)")])),
        c(B, "transform-nested-rotate-scale", "transform", mid(div({"transform": "rotate(20deg)", "display": "flex", "padding": 10, "backgroundColor": "#eee"}, [box("red", 50, 50, transform="scale(1.5)")]))),
        c(B, "transform-opacity-shadow", ["transform", "opacity", "boxShadow"], mid(box("#06c", 80, 60, transform="rotate(-10deg)", opacity=0.7, boxShadow="6px 6px 10px rgba(0,0,0,0.5)"))),
        c(B, "transform-skew-two-args", "transform", mid(box("orange", 80, 60, transform="skew(10deg, 20deg)"))),
        c(B, "transform-translate-em", "transform", mid(box("orange", 60, 60, transform="translate(1em, -1em)", fontSize=20))),
        c(B, "transform-rotate-rad-grad", "transform", mid(box("orange", 80, 40, transform="rotate(0.5rad)"))),
        c(B, "transform-multiple-order", "transform", mid(box("rgba(0,0,255,0.5)", 60, 40, transform="translateX(40px) rotate(45deg)"), box("rgba(255,0,0,0.5)", 60, 40, transform="rotate(45deg) translateX(40px)"))),
        c(B, "transform-scale-border-radius", "transform", mid(box("white", 40, 30, transform="scale(2.5)", border="1px solid black", borderRadius=6))),
        c(B, "transform-none-keyword", "transform", mid(box("orange", 80, 40, transform="none"))),
        c(B, "transform-overflow-hidden-parent", ["transform", "overflow"], mid(div({"overflow": "hidden", "width": 100, "height": 80, "backgroundColor": "#eee", "display": "flex"}, [box("red", 80, 80, transform="rotate(30deg) translate(30px)")]))),
    ]
    C = "images"
    out += [
        c(C, f"object-fit-{fit}-radius-border", "objectFit", mid(img({"objectFit": fit, "width": 150, "height": 100, "borderRadius": 12, "border": "4px solid #333", "backgroundColor": "#fd0"}, width=150, height=100))) for fit in ("contain", "cover", "none", "scale-down", "fill")
    ]
    out += [
        c(C, f"object-fit-{fit}-padding", "objectFit", mid(img({"objectFit": fit, "width": 150, "height": 100, "padding": 10, "backgroundColor": "#fd0"}, src=JPG, width=150, height=100))) for fit in ("contain", "cover")
    ]
    out += [
        c(C, "object-position-right-top", "objectPosition", mid(img({"objectFit": "contain", "objectPosition": "right top", "width": 160, "height": 80, "backgroundColor": "#eee"}, width=160, height=80))),
        c(C, "object-position-px", "objectPosition", mid(img({"objectFit": "cover", "objectPosition": "10px 20px", "width": 100, "height": 100}, width=100, height=100))),
        c(C, "object-position-percent-cover", "objectPosition", mid(img({"objectFit": "cover", "objectPosition": "0% 100%", "width": 160, "height": 60}, width=160, height=60))),
        c(C, "object-position-bottom-keyword", "objectPosition", mid(img({"objectFit": "contain", "objectPosition": "bottom", "width": 80, "height": 140, "backgroundColor": "#eee"}, width=80, height=140)), (240, 160)),
        c(C, "img-width-attr-only", "img", mid(img(None, width=100))),
        c(C, "img-height-style-only", "img", mid(img({"height": 60}))),
        c(C, "img-no-size-natural", "img", frame([img(None, src=AVATAR)])),
        c(C, "img-svg-src-sized", "img", mid(img({"width": 100, "height": 100}, src=LOGO))),
        c(C, "img-svg-src-natural", "img", frame([img(None, src=LOGO)])),
        c(C, "img-percent-width-column", "img", frame([img({"width": "50%"}, width=200, height=133)], {"flexDirection": "column"})),
        c(C, "img-stretch-in-column", "img", frame([img(None, width=100, height=60)], {"flexDirection": "column", "padding": 10})),
        c(C, "img-opacity", ["img", "opacity"], mid(img({"opacity": 0.4, "width": 120, "height": 80}, width=120, height=80))),
        c(C, "img-box-shadow-radius", ["img", "boxShadow"], mid(img({"boxShadow": "0 6px 12px rgba(0,0,0,0.5)", "borderRadius": 12, "width": 120, "height": 80}, width=120, height=80))),
        c(C, "img-filter-grayscale", ["img", "filter"], mid(img({"filter": "grayscale(100%)", "width": 120, "height": 80}, width=120, height=80))),
        c(C, "img-filter-blur", ["img", "filter"], mid(img({"filter": "blur(3px)", "width": 120, "height": 80}, width=120, height=80))),
        c(C, "img-clip-circle", ["img", "clipPath"], mid(img({"clipPath": "circle(50% at 50% 50%)", "width": 120, "height": 80}, width=120, height=80))),
        c(C, "img-mask-linear", ["img", "maskImage"], mid(img({"maskImage": "linear-gradient(to bottom, black, transparent)", "width": 120, "height": 80}, width=120, height=80))),
        c(C, "img-jpg-abs", ["img", "position"], frame([img({"position": "absolute", "right": 10, "bottom": 10, "width": 80, "height": 60}, src=JPG, width=80, height=60)])),
        c(C, "img-in-overflow-hidden-radius", ["img", "overflow"], mid(div({"overflow": "hidden", "borderRadius": "50%", "width": 100, "height": 100, "display": "flex"}, [img({"width": 160, "height": 100}, width=160, height=100)]))),
        c(C, "img-margin-auto", "img", frame([img({"margin": "auto"}, width=80, height=60)])),
        c(C, "img-attrs-vs-style", "img", mid(img({"width": 120, "height": 50}, width=60, height=60))),
    ]
    return out


def effect_cases() -> list[CaseSpec]:
    A = "filters"
    out = [
        c(A, "opacity-zero", "opacity", mid(box("red", 80, 80, opacity=0), box("blue", 40, 40))),
        c(A, "opacity-nested-three", "opacity", mid(div({"opacity": 0.8, "display": "flex", "padding": 10, "backgroundColor": "red"}, [div({"opacity": 0.5, "display": "flex", "padding": 10, "backgroundColor": "green"}, [box("blue", 40, 40, opacity=0.5)])]))),
        c(A, "opacity-over-one", "opacity", mid(box("red", 80, 80, opacity=1.5))),
        c(A, "opacity-negative", "opacity", mid(box("red", 80, 80, opacity=-0.5), box("blue", 40, 40))),
        c(A, "shadow-multiple-mixed", "boxShadow", mid(box("white", 100, 60, boxShadow="0 0 0 4px #06c, 8px 8px 12px rgba(0,0,0,0.4), inset 0 0 8px red"))),
        c(A, "shadow-negative-spread-blur", "boxShadow", mid(box("white", 100, 60, boxShadow="0 12px 12px -6px rgba(0,0,0,0.7)"))),
        c(A, "shadow-on-rotated", ["boxShadow", "transform"], mid(box("white", 100, 60, transform="rotate(20deg)", boxShadow="6px 6px 0 #333"))),
        c(A, "shadow-huge-blur-small-box", "boxShadow", mid(box("#06c", 30, 30, boxShadow="0 0 40px #06c"))),
        c(A, "shadow-em-lengths", "boxShadow", mid(box("white", 100, 60, fontSize=10, boxShadow="1em 1em 2em black"))),
        c(A, "shadow-on-text-div", "boxShadow", mid(t({"fontSize": 18, "padding": 8, "boxShadow": "0 2px 6px rgba(0,0,0,0.5)"}))),
        c(A, "shadow-inset-offset", "boxShadow", mid(box("white", 100, 60, boxShadow="inset 10px 10px 0 #06c"))),
        c(A, "shadow-circle", ["boxShadow", "borderRadius"], mid(box("white", 70, 70, borderRadius="50%", boxShadow="0 0 0 6px #e63946, 0 0 20px 6px rgba(0,0,0,0.4)"))),
        c(A, "filter-drop-shadow-text", "filter", mid(t({"filter": "drop-shadow(2px 2px 2px rgba(0,0,0,0.8))", "fontSize": 24}))),
        c(A, "filter-brightness-box", "filter", mid(box("#06c", 80, 60, filter="brightness(150%)"), box("#06c", 80, 60))),
        c(A, "filter-chain", "filter", mid(box("#e63946", 80, 60, filter="contrast(200%) saturate(30%) hue-rotate(90deg)"))),
        c(A, "filter-saturate-zero-img", "filter", mid(img({"filter": "saturate(0)", "width": 120, "height": 80}, width=120, height=80))),
        c(A, "filter-invert-text", "filter", mid(t({"filter": "invert(1)", "fontSize": 24, "backgroundColor": "white"}))),
        c(A, "filter-blur-in-rotated-parent", ["filter", "transform"], mid(div({"transform": "rotate(15deg)", "display": "flex"}, [box("#2a9d8f", 80, 60, filter="blur(4px)")]))),
        c(A, "filter-opacity-fn", "filter", mid(box("red", 80, 60, filter="opacity(30%)"))),
        c(A, "filter-inherited-child", "filter", mid(div({"filter": "grayscale(1)", "display": "flex", "gap": 6}, [box("red", 40, 40), box("blue", 40, 40)]))),
        c(A, "filter-sepia-partial", "filter", mid(img({"filter": "sepia(0.6)", "width": 120, "height": 80}, width=120, height=80))),
    ]
    B = "clip"
    out += [
        c(B, "overflow-hidden-radius-text", ["overflow", "borderRadius"], mid(div({"overflow": "hidden", "borderRadius": 20, "width": 100, "height": 60, "backgroundColor": "#fd0", "fontSize": 30}, "Overflowing text"))),
        c(B, "overflow-hidden-border", ["overflow", "border"], mid(div({"overflow": "hidden", "border": "8px solid #333", "width": 100, "height": 60, "display": "flex"}, [box("red", 200, 200)]))),
        c(B, "overflow-hidden-abs-child", ["overflow", "position"], mid(div({"overflow": "hidden", "width": 100, "height": 60, "backgroundColor": "#eee", "position": "relative", "display": "flex"}, [box("red", 60, 60, position="absolute", right=-30, bottom=-30)]))),
        c(B, "overflow-hidden-shadow-child", ["overflow", "boxShadow"], mid(div({"overflow": "hidden", "width": 120, "height": 80, "backgroundColor": "#eee", "display": "flex", "alignItems": "center", "justifyContent": "center"}, [box("white", 60, 40, boxShadow="0 0 30px 10px red")]))),
        c(B, "overflow-visible-default", "overflow", mid(div({"width": 60, "height": 40, "backgroundColor": "#eee", "display": "flex"}, [box("rgba(255,0,0,0.5)", 100, 80)]))),
        c(B, "clip-inset-round", "clipPath", mid(box("#06c", 140, 100, clipPath="inset(10px 20px round 15px)"))),
        c(B, "clip-inset-percent", "clipPath", mid(box("#06c", 140, 100, clipPath="inset(10% 20% 30% 0)"))),
        c(B, "clip-polygon-percent", "clipPath", mid(box("#06c", 140, 100, clipPath="polygon(50% 0%, 100% 50%, 50% 100%, 0% 50%)"))),
        c(B, "clip-ellipse-at", "clipPath", mid(box("#06c", 140, 100, clipPath="ellipse(60px 30px at 40% 50%)"))),
        c(B, "clip-circle-px-at", "clipPath", mid(box("#06c", 140, 100, clipPath="circle(30px at 30px 30px)"))),
        c(B, "clip-path-fn", "clipPath", mid(box("#06c", 140, 100, clipPath="path('M 10 10 L 130 10 L 70 90 Z')"))),
        c(B, "clip-on-transformed", ["clipPath", "transform"], mid(box("#06c", 140, 100, clipPath="circle(40%)", transform="rotate(30deg) scale(0.8)"))),
        c(B, "clip-with-border-radius", ["clipPath", "borderRadius"], mid(box("#06c", 140, 100, clipPath="inset(0 0 50% 0)", borderRadius=30, border="5px solid black"))),
        c(B, "clip-with-children", "clipPath", mid(div({"clipPath": "polygon(0 0, 100% 0, 0 100%)", "width": 140, "height": 100, "display": "flex", "backgroundColor": "#eee"}, [box("red", 70, 100), box("blue", 70, 100)]))),
        c(B, "mask-radial", "maskImage", mid(box("#06c", 140, 100, maskImage="radial-gradient(circle, black 40%, transparent 70%)"))),
        c(B, "mask-size-repeat", ["maskImage", "maskSize"], mid(box("#06c", 140, 100, maskImage="radial-gradient(circle, black 50%, transparent 51%)", maskSize="20px 20px", maskRepeat="repeat"))),
        c(B, "mask-position-no-repeat", ["maskImage", "maskPosition"], mid(box("#06c", 140, 100, maskImage="linear-gradient(black, black)", maskSize="50px 50px", maskRepeat="no-repeat", maskPosition="center"))),
        c(B, "mask-on-text", "maskImage", mid(t({"maskImage": "linear-gradient(90deg, black, transparent)", "fontSize": 28}, "Fading"))),
        c(B, "mask-url-svg", "maskImage", mid(box("#e63946", 100, 100, maskImage=f"url({LOGO})", maskSize="100% 100%"))),
    ]
    return out


def misc_cases() -> list[CaseSpec]:
    out: list[CaseSpec] = []
    A = "satori-style"
    out += [
        c(A, "vars-in-border-shorthand", "variables", mid(box("#eee", 100, 60, **{"--c": "#e63946", "--w": "6px"}, border="var(--w) solid var(--c)"))),
        c(A, "vars-fallback-nested", "variables", mid(box("var(--missing, var(--also-missing, #2a9d8f))", 100, 60))),
        c(A, "vars-in-gradient", "variables", mid(box(None, 140, 80, **{"--a": "red", "--b": "blue"}, backgroundImage="linear-gradient(90deg, var(--a), var(--b))"))),
        c(A, "vars-inherited-length", "variables", mid(div({"--size": "70px", "display": "flex"}, [box("red", "var(--size)", "var(--size)")]))),
        c(A, "vars-in-transform", "variables", mid(box("red", 60, 60, **{"--r": "30deg"}, transform="rotate(var(--r))"))),
        c(A, "calc-width-ignored", "calc", frame([box("red", "calc(100% - 40px)", 40), box("blue", 40, 40)])),
        c(A, "z-index-ignored", "zIndex", mid(box("red", 80, 80, zIndex=10, position="relative", left=20), box("blue", 80, 80, zIndex=1))),
    ]
    B = "text"
    out += [
        c(B, "preset-h1-h6", "presets", frame([el(f"h{i}", None, f"H{i}") for i in range(1, 7)], {"flexDirection": "column", "fontSize": 10}), (240, 260)),
        c(B, "preset-p-margins", "presets", frame([el("p", None, "Para one"), el("p", None, "Para two")], {"flexDirection": "column", "fontSize": 14})),
        c(B, "preset-blockquote", "presets", frame([el("blockquote", {"backgroundColor": "#eee"}, "Quoted text")], {"flexDirection": "column", "fontSize": 14})),
        c(B, "preset-hr", "presets", frame([div(None, "above"), el("hr", {"width": 100}), div(None, "below")], {"flexDirection": "column", "fontSize": 14})),
        c(B, "preset-mark", "presets", mid(el("mark", {"fontSize": 20}, "marked"))),
        c(B, "preset-u-s", "presets", frame([el("u", {"fontSize": 20}, "under"), el("s", {"fontSize": 20}, "struck")], {"gap": 10})),
        c(B, "preset-pre", "presets", frame([el("pre", {"fontSize": 14}, "a  b\n  c")], {"flexDirection": "column"})),
        c(B, "preset-center", "presets", frame([el("center", {"fontSize": 16, "width": 200}, "centered words here that wrap around")])),
        c(B, "preset-big-small", "presets", frame([el("big", None, "big"), el("small", None, "small"), div(None, "normal")], {"gap": 10, "fontSize": 20})),
        c(B, "preset-h1-override-margin", "presets", frame([el("h1", {"margin": 0, "fontSize": 24}, "No margin")], {"flexDirection": "column"})),
    ]
    C = "svg"

    def svg(children: Any, **attrs: Any) -> dict[str, Any]:
        return el("svg", attrs.pop("style", None), children, **attrs)
    out += [
        c(C, "svg-current-color", "svg", mid(div({"color": "#e63946", "display": "flex"}, [svg([el("circle", None, None, cx=50, cy=50, r=40, fill="currentColor")], width=100, height=100, viewBox="0 0 100 100")]))),
        c(C, "svg-em-size", "svg", mid(div({"fontSize": 40, "display": "flex"}, [svg([el("rect", None, None, x=0, y=0, width=10, height=10, fill="blue")], width="2em", height="1em", viewBox="0 0 20 10")]))),
        c(C, "svg-percent-size", "svg", frame([svg([el("rect", None, None, x=0, y=0, width=10, height=10, fill="green")], width="50%", height="50%", viewBox="0 0 10 10")])),
        c(C, "svg-rect-rx-stroke", "svg", mid(svg([el("rect", None, None, x=5, y=5, width=90, height=50, rx=10, fill="none", stroke="#333", strokeWidth=4)], width=100, height=60))),
        c(C, "svg-linear-gradient", "svg", mid(svg([el("defs", None, [el("linearGradient", None, [el("stop", None, None, offset="0", stopColor="red"), el("stop", None, None, offset="1", stopColor="blue")], id="g")]), el("rect", None, None, width=120, height=60, fill="url(#g)")], width=120, height=60))),
        c(C, "svg-g-transform", "svg", mid(svg([el("g", None, [el("rect", None, None, width=40, height=20, fill="orange")], transform="translate(30 20) rotate(30)")], width=120, height=80))),
        c(C, "svg-stroke-dasharray", "svg", mid(svg([el("line", None, None, x1=10, y1=30, x2=150, y2=30, stroke="black", strokeWidth=4, strokeDasharray="10 5", strokeLinecap="round")], width=160, height=60))),
        c(C, "svg-polygon-opacity", "svg", mid(svg([el("polygon", None, None, points="50,5 95,95 5,95", fill="purple", fillOpacity=0.5, stroke="black")], width=100, height=100))),
        c(C, "svg-width-only-viewbox", "svg", mid(svg([el("circle", None, None, cx=20, cy=10, r=10, fill="teal")], width=120, viewBox="0 0 40 20"))),
        c(C, "svg-style-size-overrides", "svg", mid(svg([el("circle", None, None, cx=10, cy=10, r=10, fill="teal")], width=40, height=40, viewBox="0 0 20 20", style={"width": 100, "height": 60}))),
        c(C, "svg-with-border-radius-bg", "svg", mid(svg([el("path", None, None, d="M10 10 H 90 V 90 H 10 Z", fill="#fd0")], width=100, height=100, style={"backgroundColor": "#333", "borderRadius": 20}))),
        c(C, "svg-transform-opacity", ["svg", "transform"], mid(svg([el("circle", None, None, cx=50, cy=50, r=45, fill="red")], width=100, height=100, style={"transform": "rotate(45deg) scale(0.8)", "opacity": 0.5}))),
    ]
    D = "debug"
    dbg = {"debug": True}
    out += [
        c(D, "debug-text-wrap", "debug", frame([div({"fontSize": 16, "width": 200}, LONG)], {"padding": 10}), **dbg),
        c(D, "debug-nested-boxes", "debug", frame([div({"padding": 10, "display": "flex", "gap": 10, "border": "2px solid #333"}, [box("#eee", 40, 40), box("#ddd", 60, 30)])], {"padding": 10}), **dbg),
        c(D, "debug-img", "debug", mid(img({"width": 100, "height": 70, "borderRadius": 10}, width=100, height=70)), **dbg),
        c(D, "debug-rotated", "debug", mid(box("#eee", 80, 50, transform="rotate(20deg)")), **dbg),
        c(D, "debug-abs-text", "debug", frame([div({"position": "absolute", "bottom": 10, "right": 10, "fontSize": 14}, "corner")]), **dbg),
        c(D, "debug-centered-title", "debug", mid(div({"fontSize": 24, "fontWeight": 700}, "Title")), **dbg),
    ]
    E = "emoji"
    for provider in ("twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat"):
        out.append(c(E, f"provider-{provider.lower()}-text", "emoji", frame([div({"fontSize": 28}, "Hi 👋 🎉"), div({"fontSize": 16}, "ship it 🚀!")], {"flexDirection": "column", "padding": 10}), extra={"emoji": provider}))
    out += [
        c(E, "emoji-sizes", "emoji", frame([div({"fontSize": 12}, "😀"), div({"fontSize": 40}, "😀"), div({"fontSize": 64}, "😀")], {"alignItems": "center", "gap": 8})),
        c(E, "emoji-letter-spacing-wrap", "emoji", frame([div({"fontSize": 20, "width": 140, "letterSpacing": 3}, "go 🚀 team ❤️ now 🔥🔥")], {"padding": 8})),
        c(E, "emoji-with-text-shadow", "emoji", mid(div({"fontSize": 40, "textShadow": "2px 2px 0 red"}, "👍 ok"))),
        c(E, "emoji-transparent-color", "emoji", mid(div({"fontSize": 40, "color": "transparent"}, "😎 x"))),
        c(E, "emoji-in-bold-text", "emoji", mid(div({"fontSize": 28, "fontWeight": 700}, "Bold ✨ text")), fonts=GEIST3),
        c(E, "emoji-keycap-flags", "emoji", mid(div({"fontSize": 32}, "1️⃣ 🇺🇸 🇯🇵"))),
        c(E, "emoji-text-align-center-wrap", "emoji", frame([div({"fontSize": 20, "width": 160, "textAlign": "center"}, "Launch day 🚀 is here 🎉 finally")], {"padding": 8})),
    ]
    F = "tw"

    def tw(cls: str, children: Any = None) -> dict[str, Any]:
        return el("div", None, children, tw=cls)
    out += [
        c(F, "tw-card-basic", "tw", tw("flex w-full h-full items-center justify-center bg-slate-900 text-white text-3xl font-bold", "Hello"), fonts=GEIST3),
        c(F, "tw-arbitrary-values", "tw", tw("flex w-full h-full bg-white p-4", [tw("w-[120px] h-[60px] bg-[#e63946] rounded-[12px]")])),
        c(F, "tw-gradient", "tw", tw("flex w-full h-full bg-gradient-to-r from-purple-500 to-pink-500")),
        c(F, "tw-gradient-via", "tw", tw("flex w-full h-full bg-gradient-to-br from-blue-500 via-green-400 to-yellow-300")),
        c(F, "tw-text-utilities", "tw", tw("flex flex-col w-full h-full bg-white p-4", [tw("text-xl tracking-widest uppercase text-blue-600", "tracking"), tw("text-lg leading-loose underline", "underline"), tw("text-sm italic line-through text-gray-500", "struck")]), fonts=GEIST3),
        c(F, "tw-border-rounded-shadow", "tw", tw("flex w-full h-full bg-gray-100 items-center justify-center", [tw("w-24 h-16 bg-white border-4 border-dashed border-red-500 rounded-xl shadow-lg")])),
        c(F, "tw-transforms", "tw", tw("flex w-full h-full bg-white items-center justify-center", [tw("w-16 h-16 bg-blue-500 rotate-12 scale-125 translate-x-4")])),
        c(F, "tw-negative-margin", "tw", tw("flex w-full h-full bg-white p-8", [tw("w-16 h-16 bg-red-500"), tw("w-16 h-16 bg-blue-500 -ml-6 mt-4 opacity-75")])),
        c(F, "tw-opacity-colors", "tw", tw("flex w-full h-full bg-white p-4 gap-4", [tw("w-16 h-16 bg-red-500/50"), tw("w-16 h-16 bg-black bg-opacity-25"), tw("text-2xl text-blue-500/60", "Aa")])),
        c(F, "tw-flex-utilities", "tw", tw("flex flex-row-reverse flex-wrap w-full h-full bg-white p-2 gap-2 items-end justify-between", [tw(f"w-20 h-{h} bg-teal-{s}") for h, s in ((8, 300), (12, 500), (16, 700), (10, 400))])),
        c(F, "tw-absolute-inset", "tw", tw("flex w-full h-full bg-white relative", [tw("absolute inset-4 bg-amber-300 rounded-lg"), tw("absolute bottom-2 right-2 text-xs", "corner")])),
        c(F, "tw-style-overrides-tw", "tw", el("div", {"backgroundColor": "green"}, None, tw="flex w-full h-full bg-red-500")),
        c(F, "tw-line-clamp-truncate", "tw", tw("flex flex-col w-full h-full bg-white p-2", [tw("w-40 truncate text-base", LONG), tw("w-40 text-base", LONG)])),
        c(F, "tw-font-weights", "tw", tw("flex flex-col w-full h-full bg-white p-2 text-xl", [tw("font-light", "light"), tw("font-medium", "medium"), tw("font-black", "black")]),
          fonts=(font("Geist", "Geist-Light.ttf", 300), font("Geist", "Geist-Regular.ttf"), font("Geist", "Geist-Medium.woff", 500), font("Geist", "Geist-Black.ttf", 900))),
        c(F, "tw-shadow-presets", "tw", tw("flex w-full h-full bg-gray-50 items-center justify-around", [tw("w-12 h-12 bg-white shadow-sm"), tw("w-12 h-12 bg-white shadow-md"), tw("w-12 h-12 bg-white shadow-2xl")])),
        c(F, "tw-text-sizes-leading", "tw", tw("flex flex-col w-full h-full bg-white p-2", [tw("text-xs", "xs"), tw("text-base leading-none", "base none"), tw("text-4xl leading-tight", "4xl")])),
    ]
    return out
