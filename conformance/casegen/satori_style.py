"""Cases in the style of Satori's own tests (area ``satori-style``): small canvases, Roboto, one behaviour each.

``python -m conformance.casegen.satori_style [--force]`` writes ``conformance/cases/satori-style/*.yaml``
(existing files are kept unless ``--force``). The behaviours are the ones Satori's test files check
(border, colours, gradients, images, text, ...); the documents are written here from scratch. Only
features Next.js 16.4.6 (Satori 0.29) renders are kept as cases: the oracle decides.
"""

# ruff: noqa: E501  (case tables: one case per line reads better than wrapped CSS)

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

AREA = "satori-style"
OUT = Path(__file__).resolve().parents[1] / "cases" / AREA
HEADER = "# Conformance case (see spec/conformance.md). First written by conformance/casegen/satori_style.py.\n"
ROBOTO = [{"name": "Roboto", "path": "../../fonts/Roboto-Regular.ttf", "weight": 400, "style": "normal"}]
ROBOTO2 = ROBOTO + [{"name": "Roboto", "path": "../../fonts/Roboto-Bold.ttf", "weight": 700, "style": "normal"}]
PHOTO = "../../assets/photo.png"
AVATAR = "../../assets/avatar.png"
LOGO = "../../assets/logo.svg"
TEXT = "Hello, World! The quick brown fox"

CASES: list[dict[str, Any]] = []


def d(style: dict[str, Any] | None = None, children: Any = None, tw: str | None = None, tag: str = "div", **attrs: Any) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if tw:
        props["tw"] = tw
    if style:
        props["style"] = style
    props.update(attrs)
    if children is not None:
        props["children"] = children
        # Satori 0.29 wants an explicit display on a div with element children.
        kids = children if isinstance(children, list) else [children]
        if tag == "div" and any(isinstance(k, dict) for k in kids):
            style_ = props.setdefault("style", {})
            if "display" not in style_ or style_["display"] == "block":
                style_["display"] = "flex"
    return {tag: props or None}


def root(children: Any = None, style: dict[str, Any] | None = None, tw: str | None = None) -> dict[str, Any]:
    """Satori's usual test root: a white 100 % box (flex unless the style says otherwise)."""
    base = {"width": "100%", "height": "100%", "backgroundColor": "white", "display": "flex"}
    base.update(style or {})
    return d(base, children, tw=tw)


def case(name: str, title: str, features: list[str], element: dict[str, Any], size: tuple[int, int] = (100, 100), fonts: list[dict[str, Any]] | None = ROBOTO) -> None:
    doc: dict[str, Any] = {"case": {"title": title, "features": features}, "width": size[0], "height": size[1]}
    if fonts:
        doc["fonts"] = fonts
    doc["element"] = element
    CASES.append({"name": name, "doc": doc})


def box(style: dict[str, Any], children: Any = None, tw: str | None = None) -> dict[str, Any]:
    return d({"width": 50, "height": 50, **style}, children, tw=tw)


CENTER = {"alignItems": "center", "justifyContent": "center"}


def build() -> None:  # noqa: PLR0915 (one long table)
    # ---- border
    case("border-solid", "border: 5px solid on a 50x50 box", ["border"], root(box({"border": "5px solid red"}), CENTER))
    case("border-side-colours", "four border colours of equal width", ["borderColor"], root(box({"borderWidth": 6, "borderStyle": "solid", "borderColor": "red green blue orange"}), CENTER))
    case("border-uneven", "uneven border widths 2/6/10/4", ["borderWidth"], root(box({"borderStyle": "solid", "borderColor": "black", "borderWidth": "2px 6px 10px 4px"}), CENTER))
    case("border-dashed", "border: 3px dashed", ["borderStyle"], root(box({"border": "3px dashed blue"}), CENTER))
    case("border-radius-border", "a rounded box with a thick border", ["border", "borderRadius"], root(box({"border": "6px solid #333", "borderRadius": 12, "backgroundColor": "yellow"}), CENTER))
    case("border-left-only", "borderLeft only", ["borderLeft"], root(box({"borderLeft": "8px solid purple", "backgroundColor": "#eee"}), CENTER))
    case("border-tw", "tw border-4 border-red-500 rounded-lg", ["tw", "border"], root(d(tw="w-16 h-16 border-4 border-red-500 rounded-lg"), CENTER))
    case("border-text", "a border around a text box", ["border", "text"], root(d({"border": "2px solid black", "padding": 4, "fontSize": 14}, "Border"), CENTER))
    case("border-alpha", "a half-transparent border over a coloured background", ["border", "color"], root(box({"border": "10px solid rgba(0,0,0,0.5)", "backgroundColor": "orange"}), CENTER))
    case("border-dashed-radius", "a dashed border with a radius", ["borderStyle", "borderRadius"], root(box({"border": "4px dashed green", "borderRadius": 25}), CENTER))
    case("border-circle", "borderRadius 50% with a border gives a ring", ["borderRadius"], root(box({"border": "5px solid blue", "borderRadius": "50%"}), CENTER))
    case("border-radius-corners", "different radii per corner", ["borderRadius"], root(box({"backgroundColor": "teal", "borderRadius": "0 10px 20px 30px"}), CENTER))

    # ---- box-sizing
    case("box-sizing-border", "boxSizing border-box keeps the 60 px outer size", ["boxSizing"], root(d({"boxSizing": "border-box", "width": 60, "height": 60, "padding": 10, "border": "5px solid red", "backgroundColor": "lightblue"}), CENTER))
    case("box-sizing-content", "boxSizing content-box grows by padding and border", ["boxSizing"], root(d({"boxSizing": "content-box", "width": 60, "height": 60, "padding": 10, "border": "5px solid red", "backgroundColor": "lightblue"}), CENTER))
    case("box-sizing-content-child", "a content-box child in a padded parent", ["boxSizing"], root(d({"boxSizing": "content-box", "width": 40, "height": 20, "padding": 5, "border": "2px solid black"}, d({"width": "100%", "height": "100%", "backgroundColor": "red"})), {**CENTER, "padding": 10}))

    # ---- colour models
    for name, colour in [("hex3", "#f80"), ("hex8", "#ff000080"), ("hex4", "#00f8"), ("rgb-space", "rgb(0 128 255)"), ("rgba-comma", "rgba(255, 0, 0, 0.25)"),
                         ("hsl", "hsl(120, 100%, 25%)"), ("hsla", "hsla(280, 80%, 50%, 0.5)"), ("named", "darkslateblue"), ("rgb-percent", "rgb(100%, 50%, 0%)"), ("transparent", "transparent")]:
        case(f"color-{name}", f"backgroundColor {colour}", ["color"], root(box({"backgroundColor": colour, "border": "1px solid black"}), CENTER))
    case("color-current-border", "border takes currentColor from color", ["color", "currentColor"], root(box({"color": "red", "borderWidth": 5, "borderStyle": "solid"}), CENTER))
    case("color-current-explicit", "backgroundColor: currentColor", ["currentColor"], root(box({"color": "green", "backgroundColor": "currentColor"}), CENTER))
    case("color-tw-opacity", "tw bg-blue-500/50 over red", ["tw", "color"], root(d(tw="w-16 h-16 bg-blue-500/50"), {**CENTER, "backgroundColor": "red"}))
    case("color-text", "text colour in hsl", ["color", "text"], root(d({"fontSize": 20, "color": "hsl(0, 100%, 40%)"}, "Colour"), CENTER))

    # ---- CSS variables
    case("var-background", "a custom property used by backgroundColor", ["var"], root(box({"--c": "red", "backgroundColor": "var(--c)"}), CENTER))
    case("var-inherit", "a custom property inherited from the parent", ["var"], root(box({"backgroundColor": "var(--main)"}), {**CENTER, "--main": "blue"}))
    case("var-fallback", "var() with a fallback", ["var"], root(box({"backgroundColor": "var(--missing, green)"}), CENTER))
    case("var-length", "a custom property as a length", ["var"], root(d({"--w": "30px", "width": "var(--w)", "height": 60, "backgroundColor": "purple"}), CENTER))

    # ---- display
    case("display-none", "display: none hides a child and takes no space", ["display"], root([box({"backgroundColor": "red", "display": "none"}), box({"backgroundColor": "green"})]))
    case("display-contents", "display: contents lifts its children into the parent's flex row", ["display"], root(d({"display": "contents"}, [d({"width": 30, "height": 30, "backgroundColor": "red"}), d({"width": 30, "height": 30, "backgroundColor": "blue"})]), {"flexDirection": "row"}))
    case("display-block-text", "display block stacks its text children", ["display"], root(TEXT, {"display": "block", "fontSize": 14, "padding": 5}))
    case("display-flex-column", "a column of three boxes", ["display", "flexDirection"], root([d({"height": 20, "backgroundColor": c}) for c in ("red", "green", "blue")], {"flexDirection": "column"}))

    # ---- dynamic size / sizes
    case("size-percent", "width and height in percent", ["width"], root(d({"width": "50%", "height": "25%", "backgroundColor": "red"})))
    case("size-min-max", "minWidth beats width, maxHeight caps height", ["minWidth", "maxHeight"], root(d({"width": 10, "minWidth": 40, "height": 90, "maxHeight": 30, "backgroundColor": "red"})))
    case("size-auto-text", "a box sized by its text", ["width"], root(d({"backgroundColor": "yellow", "fontSize": 16}, "Auto"), {"alignItems": "flex-start"}))
    case("size-flex-grow", "flexGrow splits the free space 1:2", ["flexGrow"], root([d({"flexGrow": 1, "backgroundColor": "red"}), d({"flexGrow": 2, "backgroundColor": "blue"})]))
    case("size-flex-shrink", "children shrink to fit", ["flexShrink"], root([d({"width": 80, "flexShrink": 1, "backgroundColor": "red"}), d({"width": 80, "flexShrink": 3, "backgroundColor": "blue"})]))

    # ---- gap
    case("gap-row", "gap between boxes in a row", ["gap"], root([d({"width": 20, "height": 20, "backgroundColor": c}) for c in ("red", "green", "blue")], {"gap": 10}))
    case("gap-column", "gap in a column", ["gap"], root([d({"width": 20, "height": 20, "backgroundColor": c}) for c in ("red", "green", "blue")], {"gap": 8, "flexDirection": "column"}))
    case("gap-row-column-wrap", "rowGap and columnGap on a wrapping row", ["rowGap", "columnGap"], root([d({"width": 25, "height": 25, "backgroundColor": c}) for c in ("red", "green", "blue", "orange", "purple", "teal")], {"flexWrap": "wrap", "rowGap": 5, "columnGap": 15}))
    case("gap-percent", "gap in percent", ["gap"], root([d({"width": 20, "height": 20, "backgroundColor": c}) for c in ("red", "blue")], {"gap": "20%"}))

    # ---- gradients
    def g(name: str, title: str, bg: str, extra: dict[str, Any] | None = None, feats: list[str] | None = None, size: tuple[int, int] = (100, 100)) -> None:
        case(name, title, feats or ["backgroundImage"], root(None, {"backgroundImage": bg, **(extra or {})}), size)

    g("gradient-linear-right", "linear-gradient to right", "linear-gradient(to right, red, blue)")
    g("gradient-linear-angle", "linear-gradient 45deg", "linear-gradient(45deg, yellow, green)")
    g("gradient-linear-corner", "linear-gradient to bottom right on a 200x100 canvas", "linear-gradient(to bottom right, red, blue)", size=(200, 100))
    g("gradient-linear-stops", "stops at lengths and percentages", "linear-gradient(to right, red 20px, yellow 50%, blue 80%)")
    g("gradient-linear-hard", "hard stops make stripes", "linear-gradient(to bottom, red 33%, white 33%, white 66%, blue 66%)")
    g("gradient-linear-transparent", "a gradient to transparent over a coloured box", "linear-gradient(to right, transparent, black)", {"backgroundColor": "orange"})
    g("gradient-linear-wide-angle", "linear-gradient 120deg on 200x100", "linear-gradient(120deg, #f06, #48f)", size=(200, 100))
    g("gradient-repeating-linear", "repeating-linear-gradient stripes", "repeating-linear-gradient(45deg, red, red 5px, white 5px, white 10px)")
    g("gradient-radial", "radial-gradient default ellipse", "radial-gradient(red, blue)", size=(200, 100))
    g("gradient-radial-circle", "radial-gradient circle", "radial-gradient(circle, yellow, green)", size=(200, 100))
    g("gradient-radial-at", "radial-gradient at a position", "radial-gradient(circle at 25% 25%, white, black)")
    g("gradient-radial-closest-side", "radial-gradient circle closest-side", "radial-gradient(circle closest-side at 30% 50%, red, blue)", size=(200, 100))
    g("gradient-radial-farthest-corner-px", "radial-gradient with a px stop", "radial-gradient(circle at center, red 0, red 20px, blue 21px, blue)")
    g("gradient-radial-size", "radial-gradient with an explicit size", "radial-gradient(40px 20px at 50% 50%, red, white)")
    g("gradient-repeating-radial", "repeating-radial-gradient rings", "repeating-radial-gradient(circle, red, red 5px, white 5px, white 10px)")
    g("gradient-layers", "two layered gradients", "linear-gradient(to right, rgba(255,0,0,0.8), transparent), linear-gradient(to bottom, blue, yellow)")
    g("gradient-size-repeat", "a gradient tiled by backgroundSize", "linear-gradient(to right, red, blue)", {"backgroundSize": "25px 25px"}, ["backgroundSize"])
    g("gradient-size-no-repeat", "backgroundSize with no-repeat and a position", "linear-gradient(red, blue)", {"backgroundSize": "50px 50px", "backgroundRepeat": "no-repeat", "backgroundPosition": "center"}, ["backgroundSize", "backgroundPosition"])
    g("gradient-position-px", "backgroundPosition in px", "linear-gradient(green, yellow)", {"backgroundSize": "40px 40px", "backgroundRepeat": "no-repeat", "backgroundPosition": "10px 30px"}, ["backgroundPosition"])
    g("gradient-repeat-x", "backgroundRepeat repeat-x", "radial-gradient(circle, red 40%, transparent 41%)", {"backgroundSize": "20px 20px", "backgroundRepeat": "repeat-x"}, ["backgroundRepeat"])
    case("gradient-radius", "a gradient clipped by a border radius", ["backgroundImage", "borderRadius"], root(box({"backgroundImage": "linear-gradient(to bottom, red, blue)", "borderRadius": 15, "width": 70, "height": 70}), CENTER))
    case("gradient-border", "a gradient box with a border", ["backgroundImage", "border"], root(box({"backgroundImage": "linear-gradient(to right, yellow, red)", "border": "5px solid black", "width": 70}), CENTER))
    case("gradient-clip-text", "backgroundClip: text with a gradient", ["backgroundClip"], root(d({"backgroundImage": "linear-gradient(to right, red, blue)", "backgroundClip": "text", "color": "transparent", "fontSize": 30}, "Clip"), CENTER))

    # ---- images
    def img(style: dict[str, Any] | None = None, src: str = PHOTO, **attrs: Any) -> dict[str, Any]:
        return d(style, None, tag="img", src=src, **attrs)

    case("image-natural", "an image with width and height attributes", ["img"], root(img(width=64, height=48)))
    case("image-width-only", "an image with only a width keeps its aspect", ["img"], root(img({"width": 80})))
    case("image-stretch", "an image stretched to a square", ["img"], root(img({"width": 80, "height": 80})))
    case("image-contain", "objectFit contain", ["objectFit"], root(img({"width": 80, "height": 80, "objectFit": "contain", "backgroundColor": "#ddd"}), CENTER))
    case("image-cover", "objectFit cover", ["objectFit"], root(img({"width": 80, "height": 80, "objectFit": "cover"}), CENTER))
    case("image-cover-position", "objectFit cover with objectPosition left", ["objectPosition"], root(img({"width": 40, "height": 80, "objectFit": "cover", "objectPosition": "left"}), CENTER))
    case("image-radius", "a round image", ["img", "borderRadius"], root(img({"width": 80, "height": 80, "borderRadius": "50%"}, src=AVATAR), CENTER))
    case("image-border", "an image with a border", ["img", "border"], root(img({"width": 70, "height": 70, "border": "5px solid red"}, src=AVATAR), CENTER))
    case("image-border-radius", "an image with a border and a radius", ["img", "border", "borderRadius"], root(img({"width": 70, "height": 70, "border": "4px solid blue", "borderRadius": 16}, src=AVATAR), CENTER))
    case("image-padding", "an image with padding", ["img", "padding"], root(img({"width": 80, "height": 80, "padding": 10, "backgroundColor": "pink"}, src=AVATAR), CENTER))
    case("image-svg", "an SVG image file", ["img", "svg"], root(img({"width": 80, "height": 80}, src=LOGO), CENTER))
    case("image-svg-data", "an SVG data URI image", ["img", "svg"], root(img({"width": 60, "height": 60}, src="data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><circle cx='5' cy='5' r='4' fill='orange'/></svg>"), CENTER))
    case("image-background-url", "backgroundImage url() tiled", ["backgroundImage"], root(None, {"backgroundImage": "url(../../assets/tile.png)"}))
    case("image-background-url-size", "backgroundImage url() with backgroundSize", ["backgroundImage", "backgroundSize"], root(None, {"backgroundImage": "url(../../assets/photo.png)", "backgroundSize": "50px 50px"}))
    case("image-opacity", "an image with opacity", ["img", "opacity"], root(img({"width": 80, "height": 80, "opacity": 0.5}, src=AVATAR), {**CENTER, "backgroundColor": "red"}))

    # ---- letter-spacing
    case("letter-spacing-px", "letterSpacing 3px", ["letterSpacing"], root(d({"fontSize": 16, "letterSpacing": 3}, "Spacing")))
    case("letter-spacing-negative", "letterSpacing -1px", ["letterSpacing"], root(d({"fontSize": 16, "letterSpacing": -1}, "Tight text")))
    case("letter-spacing-em", "letterSpacing 0.2em", ["letterSpacing"], root(d({"fontSize": 16, "letterSpacing": "0.2em"}, "Em spaced")))
    case("letter-spacing-wrap", "letterSpacing on wrapped text", ["letterSpacing"], root(d({"fontSize": 14, "letterSpacing": 2}, TEXT)))
    case("letter-spacing-tw", "tw tracking-widest", ["tw", "letterSpacing"], root(d(tw="text-base tracking-widest", children="Tracking")))

    # ---- line clamp
    case("line-clamp-2", "lineClamp 2 with an ellipsis", ["lineClamp"], root(TEXT + " jumps over", {"display": "block", "lineClamp": 2, "fontSize": 16}))
    case("line-clamp-custom", "lineClamp with a custom string", ["lineClamp"], root(TEXT + " jumps over", {"display": "block", "lineClamp": '2 "[...]"', "fontSize": 16}))
    case("line-clamp-webkit", "display -webkit-box with WebkitLineClamp", ["WebkitLineClamp"], root(TEXT + " jumps over the lazy dog", {"display": "-webkit-box", "WebkitLineClamp": 3, "WebkitBoxOrient": "vertical", "fontSize": 14, "overflow": "hidden"}))
    case("line-clamp-1", "lineClamp 1", ["lineClamp"], root(TEXT, {"display": "block", "lineClamp": 1, "fontSize": 16}))

    # ---- line height
    for name, lh in [("number", 2), ("px", "30px"), ("percent", "150%"), ("tight", 0.8), ("em", "1.5em")]:
        case(f"line-height-{name}", f"lineHeight {lh} on wrapped text", ["lineHeight"], root(d({"fontSize": 14, "lineHeight": lh, "backgroundColor": "#eef"}, "Line height test text")))
    case("line-height-tw", "tw leading-loose", ["tw", "lineHeight"], root(d(tw="text-sm leading-loose bg-blue-100", children="Line height test text")))

    # ---- margin
    case("margin-auto", "margin auto centres a box", ["margin"], root(box({"margin": "auto", "backgroundColor": "red"})))
    case("margin-sides", "different margins per side", ["margin"], root(box({"margin": "5px 10px 15px 20px", "backgroundColor": "red"})))
    case("margin-negative", "a negative margin overlaps the previous sibling", ["margin"], root([box({"backgroundColor": "red"}), box({"marginLeft": -20, "backgroundColor": "rgba(0,0,255,0.7)"})]))
    case("margin-percent", "a percentage margin (of the parent width)", ["margin"], root(d({"marginTop": "20%", "marginLeft": "10%", "width": 30, "height": 30, "backgroundColor": "red"})), (200, 100))
    case("margin-tw", "tw m-4 and mx-auto", ["tw", "margin"], root(d(tw="m-4 w-10 h-10 bg-green-500")))
    case("margin-auto-left", "marginLeft auto pushes to the end", ["margin"], root([d({"width": 20, "height": 20, "backgroundColor": "red"}), d({"width": 20, "height": 20, "marginLeft": "auto", "backgroundColor": "blue"})]))

    # ---- mask image
    case("mask-linear", "maskImage linear-gradient fades a box", ["maskImage"], root(box({"backgroundColor": "red", "maskImage": "linear-gradient(to right, black, transparent)", "width": 80, "height": 80}), CENTER))
    case("mask-radial", "maskImage radial-gradient", ["maskImage"], root(box({"backgroundColor": "blue", "maskImage": "radial-gradient(circle, black 40%, transparent 60%)", "width": 80, "height": 80}), CENTER))
    case("mask-size", "maskImage with maskSize and maskRepeat", ["maskImage", "maskSize"], root(box({"backgroundColor": "green", "maskImage": "radial-gradient(circle, black 50%, transparent 51%)", "maskSize": "20px 20px", "maskRepeat": "repeat", "width": 80, "height": 80}), CENTER))
    case("mask-image-img", "maskImage on an img", ["maskImage", "img"], root(img({"width": 80, "height": 80, "maskImage": "linear-gradient(to bottom, black, transparent)"}, src=AVATAR), CENTER))
    case("mask-text", "maskImage over text", ["maskImage", "text"], root(d({"fontSize": 28, "maskImage": "linear-gradient(to right, black, transparent)"}, "Mask"), CENTER))

    # ---- opacity
    case("opacity-box", "opacity 0.5 on a red box", ["opacity"], root(box({"backgroundColor": "red", "opacity": 0.5}), CENTER))
    case("opacity-nested", "nested opacities multiply", ["opacity"], root(d({"opacity": 0.5, "padding": 10, "backgroundColor": "blue"}, box({"backgroundColor": "red", "opacity": 0.5})), CENTER))
    case("opacity-text", "opacity on text", ["opacity", "text"], root(d({"fontSize": 24, "opacity": 0.3}, "Faded"), CENTER))
    case("opacity-tw", "tw opacity-25", ["tw", "opacity"], root(d(tw="w-16 h-16 bg-black opacity-25"), CENTER))

    # ---- overflow
    case("overflow-hidden", "overflow hidden clips a larger child", ["overflow"], root(d({"width": 50, "height": 50, "overflow": "hidden", "backgroundColor": "#ddd"}, d({"width": 80, "height": 80, "flexShrink": 0, "backgroundColor": "rgba(255,0,0,0.6)", "marginLeft": 10, "marginTop": 10})), CENTER))
    case("overflow-visible", "overflow visible lets a child draw outside", ["overflow"], root(d({"width": 50, "height": 50, "backgroundColor": "#ddd"}, d({"width": 80, "height": 80, "flexShrink": 0, "backgroundColor": "rgba(255,0,0,0.6)", "marginLeft": 10, "marginTop": 10})), CENTER))
    case("overflow-hidden-radius", "overflow hidden with a radius clips to the round corners", ["overflow", "borderRadius"], root(d({"width": 60, "height": 60, "overflow": "hidden", "borderRadius": 20}, d({"width": 60, "height": 60, "flexShrink": 0, "backgroundColor": "red"})), CENTER))
    case("overflow-hidden-text", "overflow hidden clips text", ["overflow", "text"], root(d({"width": 50, "height": 20, "overflow": "hidden", "fontSize": 16, "backgroundColor": "#eee"}, "Overflowing text here"), CENTER))

    # ---- padding
    case("padding-sides", "padding per side", ["padding"], root(d({"padding": "5px 10px 20px 30px", "backgroundColor": "red"}, d({"width": 30, "height": 30, "backgroundColor": "white"}))))
    case("padding-percent", "padding in percent of the width", ["padding"], root(d({"padding": "10%", "backgroundColor": "blue"}, d({"width": 20, "height": 20, "backgroundColor": "white"}))), (200, 100))
    case("padding-text", "padding around text", ["padding", "text"], root(d({"padding": 12, "backgroundColor": "yellow", "fontSize": 14}, "Pad")))
    case("padding-tw", "tw p-2 px-6", ["tw", "padding"], root(d(tw="p-2 px-6 bg-red-300", children=d(tw="w-4 h-4 bg-black"))))

    # ---- position
    case("position-absolute", "absolute with top and left", ["position"], root(d({"position": "absolute", "top": 10, "left": 20, "width": 30, "height": 30, "backgroundColor": "red"})))
    case("position-absolute-bottom-right", "absolute with bottom and right", ["position"], root(d({"position": "absolute", "bottom": 10, "right": 20, "width": 30, "height": 30, "backgroundColor": "blue"})))
    case("position-absolute-percent", "absolute with percentage offsets", ["position"], root(d({"position": "absolute", "top": "25%", "left": "50%", "width": 30, "height": 30, "backgroundColor": "green"})))
    case("position-relative", "relative offset does not move siblings", ["position"], root([d({"position": "relative", "top": 10, "left": 10, "width": 30, "height": 30, "backgroundColor": "red"}), d({"width": 30, "height": 30, "backgroundColor": "blue"})]))
    case("position-stretch", "absolute with all four offsets stretches", ["position"], root(d({"position": "absolute", "top": 10, "left": 10, "right": 30, "bottom": 30, "backgroundColor": "purple"})))
    case("position-order", "a later sibling paints over an absolute one", ["position"], root([d({"position": "absolute", "top": 20, "left": 20, "width": 40, "height": 40, "backgroundColor": "red"}), d({"width": 40, "height": 40, "marginTop": 40, "marginLeft": 40, "backgroundColor": "blue"})]))
    case("position-tw", "tw absolute inset-x-2 bottom-2 h-8", ["tw", "position"], root(d(tw="absolute inset-x-2 bottom-2 h-8 bg-indigo-500")))

    # ---- shadows
    case("shadow-box", "boxShadow with offset and blur", ["boxShadow"], root(box({"backgroundColor": "white", "boxShadow": "5px 5px 10px rgba(0,0,0,0.5)"}), CENTER))
    case("shadow-box-spread", "boxShadow with spread and no blur", ["boxShadow"], root(box({"backgroundColor": "yellow", "boxShadow": "0 0 0 8px red"}), CENTER))
    case("shadow-box-multiple", "two box shadows", ["boxShadow"], root(box({"backgroundColor": "white", "boxShadow": "-10px -10px 0 red, 10px 10px 0 blue"}), CENTER))
    case("shadow-box-inset", "inset boxShadow", ["boxShadow"], root(box({"backgroundColor": "white", "boxShadow": "inset 5px 5px 10px black", "width": 70, "height": 70}), CENTER))
    case("shadow-box-radius", "boxShadow follows a border radius", ["boxShadow", "borderRadius"], root(box({"backgroundColor": "white", "borderRadius": 25, "boxShadow": "0 0 10px 2px blue"}), CENTER))
    case("shadow-tw", "tw shadow-xl", ["tw", "boxShadow"], root(d(tw="w-14 h-14 bg-white rounded shadow-xl"), CENTER))
    case("shadow-text", "textShadow with offset and blur", ["textShadow"], root(d({"fontSize": 28, "textShadow": "2px 2px 3px red"}, "Text"), CENTER))
    case("shadow-text-multiple", "two text shadows", ["textShadow"], root(d({"fontSize": 28, "textShadow": "-2px -2px 0 red, 2px 2px 0 blue"}, "Text"), CENTER))
    case("shadow-text-sharp", "textShadow without blur", ["textShadow"], root(d({"fontSize": 24, "color": "white", "textShadow": "1px 1px 0 black"}, "Sharp"), {**CENTER, "backgroundColor": "#8cf"}))

    # ---- svg
    def svg(children: list[dict[str, Any]], **attrs: Any) -> dict[str, Any]:
        return {"svg": {"xmlns": "http://www.w3.org/2000/svg", **attrs, "children": children}}

    case("svg-circle", "an inline svg circle", ["svg"], root(svg([{"circle": {"cx": 50, "cy": 50, "r": 40, "fill": "red"}}], width=100, height=100, viewBox="0 0 100 100")))
    case("svg-viewbox-scale", "an svg scaled by its viewBox", ["svg"], root(svg([{"rect": {"x": 2, "y": 2, "width": 6, "height": 6, "fill": "blue"}}], width=80, height=80, viewBox="0 0 10 10"), CENTER))
    case("svg-path-stroke", "a stroked svg path", ["svg"], root(svg([{"path": {"d": "M10 80 L50 20 L90 80", "stroke": "black", "strokeWidth": 6, "fill": "none", "strokeLinecap": "round", "strokeLinejoin": "round"}}], width=100, height=100, viewBox="0 0 100 100")))
    case("svg-current-color", "svg fill currentColor takes the color", ["svg", "currentColor"], root(svg([{"rect": {"width": 60, "height": 60, "fill": "currentColor"}}], width=60, height=60, viewBox="0 0 60 60"), {**CENTER, "color": "green"}))
    case("svg-style-size", "svg sized by style", ["svg"], root(svg([{"circle": {"cx": 10, "cy": 10, "r": 10, "fill": "purple"}}], viewBox="0 0 20 20", style={"width": 50, "height": 50}), CENTER))
    case("svg-gradient", "an svg with a linearGradient", ["svg"], root(svg([{"defs": {"children": [{"linearGradient": {"id": "g", "children": [{"stop": {"offset": "0", "stopColor": "red"}}, {"stop": {"offset": "1", "stopColor": "blue"}}]}}]}}, {"rect": {"width": 100, "height": 100, "fill": "url(#g)"}}], width=100, height=100, viewBox="0 0 100 100")))

    # ---- tab size
    case("tab-size-default", "a tab in pre text (tabSize 8)", ["tabSize", "whiteSpace"], root(d({"whiteSpace": "pre", "fontSize": 14}, "a\tb\nab\tc")))
    case("tab-size-2", "tabSize 2", ["tabSize"], root(d({"whiteSpace": "pre", "tabSize": 2, "fontSize": 14}, "a\tb\nab\tc")))
    case("tab-size-length", "tabSize as a length", ["tabSize"], root(d({"whiteSpace": "pre", "tabSize": "30px", "fontSize": 14}, "a\tb\nab\tc")))

    # ---- text align
    for align in ("left", "center", "right", "justify", "end"):
        case(f"text-align-{align}", f"textAlign {align}", ["textAlign"], root(d({"fontSize": 14, "textAlign": align, "width": "100%"}, TEXT)))
    case("text-align-tw", "tw text-center", ["tw", "textAlign"], root(d(tw="w-full text-center text-sm", children=TEXT)))

    # ---- text decoration
    for name, deco in [("underline", "underline"), ("line-through", "line-through"), ("underline-colour", "underline red"), ("dotted", "underline dotted"), ("dashed", "underline dashed blue"), ("double", "underline double")]:
        case(f"text-decoration-{name}", f"textDecoration: {deco}", ["textDecoration"], root(d({"fontSize": 18, "textDecoration": deco}, "Decorated text")))
    case("text-decoration-wrap", "underline on wrapped lines", ["textDecoration"], root(d({"fontSize": 14, "textDecorationLine": "underline"}, TEXT)))
    case("text-decoration-tw", "tw underline", ["tw", "textDecoration"], root(d(tw="underline text-lg", children="Under")))

    # ---- text indent / wrap
    case("text-indent", "textIndent 20px", ["textIndent"], root(TEXT, {"display": "block", "textIndent": 20, "fontSize": 14}))
    case("text-wrap-balance", "textWrap balance", ["textWrap"], root(d({"fontSize": 14, "textWrap": "balance"}, TEXT)))
    case("text-wrap-pretty", "textWrap pretty", ["textWrap"], root(d({"fontSize": 14, "textWrap": "pretty"}, "Never leave a word alone at end")))
    case("text-wrap-nowrap", "textWrap nowrap", ["textWrap"], root(d({"fontSize": 14, "textWrap": "nowrap"}, TEXT)))
    case("text-transform-upper", "textTransform uppercase", ["textTransform"], root(d({"fontSize": 14, "textTransform": "uppercase"}, TEXT)))
    case("text-transform-capitalize", "textTransform capitalize", ["textTransform"], root(d({"fontSize": 14, "textTransform": "capitalize"}, "hello big world of text")))

    # ---- transform
    def tbox(transform: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        return root(box({"backgroundColor": "red", "transform": transform, **(extra or {})}), CENTER)

    case("transform-rotate", "rotate(45deg)", ["transform"], tbox("rotate(45deg)"))
    case("transform-scale", "scale(1.5)", ["transform"], tbox("scale(1.5)"))
    case("transform-scale-xy", "scale(0.5, 1.5)", ["transform"], tbox("scale(0.5, 1.5)"))
    case("transform-translate", "translate(10px, -10px)", ["transform"], tbox("translate(10px, -10px)"))
    case("transform-translate-percent", "translateX(50%)", ["transform"], tbox("translateX(50%)"))
    case("transform-skew", "skewX(20deg)", ["transform"], tbox("skewX(20deg)"))
    case("transform-multiple", "translate then rotate", ["transform"], tbox("translate(10px, 0) rotate(30deg)"))
    case("transform-origin", "rotate about the top left", ["transform", "transformOrigin"], tbox("rotate(30deg)", {"transformOrigin": "top left"}))
    case("transform-origin-px", "scale about a px origin", ["transform", "transformOrigin"], tbox("scale(0.5)", {"transformOrigin": "0 50px"}))
    case("transform-text", "rotated text", ["transform", "text"], root(d({"fontSize": 20, "transform": "rotate(-20deg)"}, "Rotate"), CENTER))
    case("transform-nested", "nested transforms compose", ["transform"], root(d({"transform": "rotate(20deg)", "padding": 10, "backgroundColor": "blue"}, box({"transform": "scale(0.6)", "backgroundColor": "yellow"})), CENTER))

    # ---- units
    for name, value in [("em", "3em"), ("rem", "3rem"), ("vw", "50vw"), ("vh", "30vh"), ("pt", "36pt"), ("percent", "40%")]:
        case(f"units-{name}", f"width {value}", ["units"], root(d({"fontSize": 10, "width": value, "height": 20, "backgroundColor": "red"})), (200, 100))
    case("units-font-em", "fontSize in em of the parent", ["units", "fontSize"], root(d({"fontSize": "1.5em"}, "Em size"), {"fontSize": 12}))
    case("units-font-rem", "fontSize 1.25rem", ["units", "fontSize"], root(d({"fontSize": "1.25rem"}, "Rem size")))
    case("units-font-vw", "fontSize 10vw", ["units", "fontSize"], root(d({"fontSize": "10vw"}, "Viewport"), None, None), (200, 100))

    # ---- white space
    ws = "  Two   spaces\nand a  break  "
    for mode in ("normal", "pre", "pre-wrap", "pre-line", "nowrap", "break-spaces"):
        case(f"white-space-{mode}", f"whiteSpace {mode}", ["whiteSpace"], root(d({"fontSize": 14, "whiteSpace": mode, "backgroundColor": "#eee"}, ws + "long line of words")))
    case("white-space-nowrap-ellipsis", "nowrap with textOverflow ellipsis", ["whiteSpace", "textOverflow"], root(d({"fontSize": 14, "whiteSpace": "nowrap", "textOverflow": "ellipsis", "overflow": "hidden", "width": 80}, TEXT)))

    # ---- word break
    long_word = "Supercalifragilisticexpialidocious"
    case("word-break-normal", "a long word overflows by default", ["wordBreak"], root(d({"fontSize": 14, "width": 80, "backgroundColor": "#eee"}, "A " + long_word)))
    case("word-break-all", "wordBreak break-all", ["wordBreak"], root(d({"fontSize": 14, "width": 80, "wordBreak": "break-all", "backgroundColor": "#eee"}, "A " + long_word)))
    case("word-break-word", "wordBreak break-word", ["wordBreak"], root(d({"fontSize": 14, "width": 80, "wordBreak": "break-word", "backgroundColor": "#eee"}, "A " + long_word)))
    case("word-break-overflow-wrap", "overflowWrap break-word", ["overflowWrap"], root(d({"fontSize": 14, "width": 80, "overflowWrap": "break-word", "backgroundColor": "#eee"}, "A " + long_word)))
    case("word-break-keep-all", "wordBreak keep-all on Latin text", ["wordBreak"], root(d({"fontSize": 14, "width": 80, "wordBreak": "keep-all", "backgroundColor": "#eee"}, TEXT)))
    case("word-break-hyphen", "lines break after hyphens", ["wordBreak"], root(d({"fontSize": 14, "width": 70, "backgroundColor": "#eee"}, "well-known state-of-the-art")))

    # ---- -webkit-text-stroke
    case("text-stroke", "WebkitTextStroke 1px red", ["WebkitTextStroke"], root(d({"fontSize": 30, "WebkitTextStroke": "1px red"}, "Stroke"), CENTER))
    case("text-stroke-transparent", "a stroke on transparent text", ["WebkitTextStroke"], root(d({"fontSize": 30, "color": "transparent", "WebkitTextStroke": "2px blue"}, "Outline"), CENTER), (200, 100))
    case("text-stroke-width-color", "WebkitTextStrokeWidth and WebkitTextStrokeColor", ["WebkitTextStroke"], root(d({"fontSize": 30, "WebkitTextStrokeWidth": 3, "WebkitTextStrokeColor": "green", "color": "yellow"}, "Two"), CENTER))

    # ---- emoji
    case("emoji-text", "an emoji between words (Twemoji)", ["emoji"], root(d({"fontSize": 20}, "Hi 👋 there")))
    case("emoji-large", "a large emoji alone", ["emoji"], root(d({"fontSize": 60}, "🎉"), CENTER))
    case("emoji-sequence", "a ZWJ emoji sequence", ["emoji"], root(d({"fontSize": 40}, "👩‍💻"), CENTER))

    # ---- basic typesetting
    case("text-basic", "plain text in Roboto", ["text"], root(d({"fontSize": 16}, TEXT)))
    case("text-font-size-tw", "tw text-2xl", ["tw", "fontSize"], root(d(tw="text-2xl", children="Big")))
    case("text-bold-fallback", "fontWeight bold with only Roboto 400 loaded", ["fontWeight"], root(d({"fontSize": 20, "fontWeight": "bold"}, "Bold?")))
    case("text-bold", "fontWeight 700 with Roboto Bold loaded", ["fontWeight"], root(d({"fontSize": 20, "fontWeight": 700}, "Bold!")), fonts=ROBOTO2)
    case("text-nested-spans", "nested spans with their own colours", ["text"], root(d({"fontSize": 16, "flexWrap": "wrap"}, ["Mixed ", d({"color": "red"}, "red", tag="span"), " and ", d({"color": "blue", "fontSize": 22}, "blue", tag="span"), " words"])))
    case("text-column-flex", "text children of a flex column", ["text"], root([d({"fontSize": 12}, "One"), d({"fontSize": 18}, "Two"), d({"fontSize": 24}, "Three")], {"flexDirection": "column"}))
    case("text-vertical-center", "text centred in both axes", ["text"], root(d({"fontSize": 18}, "Middle"), CENTER))



def build_more() -> None:  # noqa: PLR0915 (one long table)
    """Second batch: Satori's habit of unsized, transparent roots and interactions of two features."""
    def bare(style: dict[str, Any], children: Any = None, tw: str | None = None) -> dict[str, Any]:
        return d(style, children, tw=tw)

    # transparent roots sized by their content, as in Satori's tests
    case("bare-empty-div", "an empty div with a size and a background on a transparent canvas", ["background"], bare({"width": 50, "height": 30, "background": "red"}))
    case("bare-text", "text on a transparent canvas", ["text"], bare({"fontSize": 16}, "Hello world"))
    case("bare-text-background", "text with a background colour, the root sized by the canvas", ["text"], bare({"backgroundColor": "yellow", "fontSize": 16}, "Hello world, this wraps"))
    case("bare-background-shorthand-gradient", "background shorthand with a gradient", ["background"], bare({"width": "100%", "height": "100%", "background": "linear-gradient(to bottom, red, transparent)"}))
    case("bare-children-array", "an array of children in a flex row", ["children"], bare({"display": "flex"}, [d({"width": 10, "height": 10, "background": c}) for c in ("red", "green", "blue", "black")]))
    case("bare-default-black-border", "a border without colour is black", ["border"], bare({"width": 50, "height": 50, "borderWidth": 4, "borderStyle": "solid"}))
    case("bare-border-inherit-color", "border colour falls back to the inherited color", ["border"], bare({"display": "flex", "color": "blue"}, d({"width": 50, "height": 50, "borderWidth": 4, "borderStyle": "solid"})))
    case("bare-border-override-color", "borderColor then borderTopColor", ["border"], bare({"width": 50, "height": 50, "border": "4px solid red", "borderTopColor": "green"}))
    case("bare-border-radius-short-side", "a radius larger than the short side", ["borderRadius"], bare({"width": 80, "height": 30, "borderRadius": 40, "background": "red"}))
    case("bare-border-radius-percent", "percentage radius on a rectangle", ["borderRadius"], bare({"width": 80, "height": 40, "borderRadius": "50%", "background": "red"}))
    case("bare-border-radius-slash", "slash radius syntax", ["borderRadius"], bare({"width": 80, "height": 60, "borderRadius": "20px / 10px", "background": "red"}))
    case("bare-border-radius-units", "radius in em and vw", ["borderRadius"], bare({"width": 80, "height": 60, "fontSize": 10, "borderTopLeftRadius": "2em", "borderBottomRightRadius": "20vw", "background": "red"}))
    case("bare-border-directional-radius", "directional borders with a radius", ["border", "borderRadius"], bare({"width": 60, "height": 60, "borderTop": "4px solid red", "borderRight": "8px solid blue", "borderRadius": 15}))
    case("bare-border-incomplete", "only two borders", ["border"], bare({"width": 60, "height": 60, "borderTop": "6px solid red", "borderBottom": "3px solid blue", "background": "#eee"}))
    case("bare-border-advanced-radius", "different widths, colours and radii", ["border", "borderRadius"], bare({"width": 70, "height": 70, "borderStyle": "solid", "borderWidth": "2px 6px 10px 14px", "borderColor": "red green blue orange", "borderRadius": "10px 30px 5px 20px"}))
    case("bare-box-sizing-default", "default box sizing is border-box", ["boxSizing"], bare({"width": 50, "height": 50, "padding": 10, "border": "5px solid black", "background": "red"}))

    # colour models
    case("color-hsl-css4-inherit", "css4 hsl text colour inherited", ["color"], bare({"display": "flex", "color": "hsl(120 100% 30% / 0.8)", "fontSize": 20}, d({}, "Inherit")))
    case("color-inherit-keyword", "color: inherit", ["color"], bare({"display": "flex", "color": "red", "fontSize": 20}, d({"color": "inherit"}, "Red")))
    case("color-current-inherited", "currentColor inherited by a child's background", ["currentColor"], bare({"display": "flex", "color": "purple"}, d({"width": 40, "height": 40, "background": "currentColor"})))
    case("color-uppercase-hex", "upper-case hex colour", ["color"], bare({"width": 40, "height": 40, "background": "#FF00AA"}))

    # CSS variables
    case("var-override-child", "a child overrides a variable", ["var"], bare({"display": "flex", "--c": "red"}, [d({"width": 30, "height": 30, "background": "var(--c)"}), d({"--c": "blue", "width": 30, "height": 30, "background": "var(--c)"})]))
    case("var-nested", "a variable defined from another", ["var"], bare({"--a": "green", "--b": "var(--a)", "width": 40, "height": 40, "background": "var(--b)"}))
    case("var-fallback-chain", "a fallback chain of undefined variables", ["var"], bare({"width": 40, "height": 40, "background": "var(--x, var(--y, orange))"}))
    case("var-border", "variables in a border shorthand", ["var"], bare({"--w": "5px", "--c": "red", "width": 40, "height": 40, "border": "var(--w) solid var(--c)"}))
    case("var-percent", "a percentage in a variable", ["var"], bare({"--w": "50%", "width": "var(--w)", "height": 20, "background": "red"}))
    case("var-text-color", "a variable as text colour, inherited", ["var"], bare({"display": "flex", "--t": "crimson", "color": "var(--t)", "fontSize": 20}, d({}, "Var")))

    # display contents
    case("contents-padding-ignored", "padding and margin on display: contents are ignored", ["display"], bare({"display": "flex"}, d({"display": "contents", "padding": 20, "margin": 20, "background": "red"}, [d({"width": 20, "height": 20, "background": "blue"}), d({"width": 20, "height": 20, "background": "green"})])))
    case("contents-nested", "nested display: contents", ["display"], bare({"display": "flex", "gap": 5}, d({"display": "contents"}, d({"display": "contents"}, [d({"width": 20, "height": 20, "background": "blue"}), d({"width": 20, "height": 20, "background": "green"})]))))
    case("contents-flex-grow", "flex properties reach grandchildren through display: contents", ["display", "flexGrow"], bare({"display": "flex", "width": 100}, d({"display": "contents"}, [d({"flexGrow": 1, "height": 20, "background": "blue"}), d({"flexGrow": 2, "height": 20, "background": "green"})])))
    case("contents-text", "display: contents with a text child", ["display", "text"], bare({"display": "flex", "fontSize": 16}, d({"display": "contents", "color": "red"}, "Text inside")))

    # dynamic size with images
    case("image-dynamic-height", "an image with only a height", ["img"], bare({"display": "flex"}, d({"height": 40}, None, tag="img", src=PHOTO)))
    case("image-dynamic-width", "an image with only a width attribute", ["img"], bare({"display": "flex"}, d(None, None, tag="img", src=AVATAR, width=50)))
    case("image-max-size", "an image limited by maxWidth and maxHeight keeps its aspect", ["img"], bare({"display": "flex"}, d({"maxWidth": 50, "maxHeight": 60}, None, tag="img", src=PHOTO)))
    case("image-svg-percent", "an SVG image with a percentage width", ["img", "svg"], bare({"display": "flex", "width": 100, "height": 100}, d({"width": "50%"}, None, tag="img", src=LOGO)))
    case("image-transparent-bg", "a transparent PNG over a background colour", ["img"], bare({"display": "flex"}, d({"width": 60, "height": 60, "background": "yellow"}, None, tag="img", src="../../assets/alpha.png")))
    case("image-border-padding-clip", "image content clipped to the padding box with a radius", ["img", "borderRadius"], bare({"display": "flex"}, d({"width": 80, "height": 80, "padding": 8, "border": "6px solid red", "borderRadius": 30}, None, tag="img", src=AVATAR)))
    case("image-transform-radius", "a rotated image with a radius", ["img", "transform"], bare({"display": "flex", "padding": 10}, d({"width": 70, "height": 70, "borderRadius": 20, "transform": "rotate(20deg)"}, None, tag="img", src=AVATAR)))
    for fit, pos in [("cover", "top"), ("cover", "bottom right"), ("contain", "bottom left"), ("contain", "25% 75%"), ("scale-down", "right"), ("cover", "10px 0"), ("none", "center"), ("fill", "center")]:
        case(f"image-fit-{fit}-{pos.replace(' ', '-').replace('%', 'pc')}", f"objectFit {fit} with objectPosition {pos}", ["objectFit", "objectPosition"], bare({"display": "flex"}, d({"width": 90, "height": 50, "objectFit": fit, "objectPosition": pos, "background": "#ccc"}, None, tag="img", src=PHOTO if fit != "scale-down" else "../../assets/alpha.png")))
    for size in ("cover", "contain", "auto", "100% 100%", "30px auto"):
        case(f"bg-url-size-{size.replace(' ', '-').replace('%', 'pc')}", f"background url with backgroundSize {size}", ["backgroundSize"], bare({"width": 90, "height": 60, "backgroundImage": "url(../../assets/photo.png)", "backgroundSize": size, "backgroundRepeat": "no-repeat"}))
    case("bg-url-position", "a background image positioned at the bottom right", ["backgroundPosition"], bare({"width": 90, "height": 60, "background": "#eee", "backgroundImage": "url(../../assets/tile.png)", "backgroundRepeat": "no-repeat", "backgroundPosition": "bottom right"}))

    # gradients, more
    g2 = [("gradient-omitted-direction", "linear-gradient(red, blue)"), ("gradient-keywords-top-left", "linear-gradient(to top left, red, blue)"),
          ("gradient-turn", "linear-gradient(0.25turn, red, blue)"), ("gradient-rad", "linear-gradient(1rad, red, blue)"),
          ("gradient-radial-shape-omitted", "radial-gradient(at 20% 30%, red, blue)"), ("gradient-radial-x-zero", "radial-gradient(circle at 0 50%, red, blue)"),
          ("gradient-radial-farthest-side", "radial-gradient(farthest-side at 30% 30%, yellow, black)"), ("gradient-radial-closest-corner", "radial-gradient(ellipse closest-corner at 30% 40%, yellow, black)"),
          ("gradient-radial-relative-size", "radial-gradient(50% 30% at center, red, blue)"), ("gradient-radial-stops", "radial-gradient(circle, red 10%, yellow 30%, green 60%, blue)"),
          ("gradient-grid", "linear-gradient(to right, #ccc 1px, transparent 1px), linear-gradient(to bottom, #ccc 1px, transparent 1px)"),
          ("gradient-repeating-multi", "repeating-linear-gradient(90deg, rgba(255,0,0,.5) 0 4px, transparent 4px 12px), repeating-linear-gradient(0deg, rgba(0,0,255,.5) 0 4px, transparent 4px 12px)"),
          ("gradient-repeating-cycle", "repeating-linear-gradient(to right, red 10%, blue 30%)"), ("gradient-repeating-radial-ellipse", "repeating-radial-gradient(ellipse at 30% 50%, red 0, white 8px, red 16px)"),
          ("gradient-on-colour", "linear-gradient(to right, transparent, rgba(0,0,0,.8)), #1e90ff")]
    for name, value in g2:
        extra = {"backgroundSize": "20px 20px"} if name == "gradient-grid" else {}
        case(name, value, ["backgroundImage"], bare({"width": "100%", "height": "100%", "background": value, **extra}), (200, 100) if "radial" in name else (100, 100))
    case("gradient-angle-offset", "a 30deg gradient on a wide box with an offset stop", ["backgroundImage"], bare({"width": 180, "height": 60, "backgroundImage": "linear-gradient(30deg, red 30px, blue 70%)"}), (200, 100))
    case("gradient-padding", "a gradient fills the padding box", ["backgroundImage", "padding"], bare({"padding": 20, "backgroundImage": "linear-gradient(red, blue)", "display": "flex"}, d({"width": 30, "height": 30, "background": "white"})))
    case("gradient-opacity", "a gradient under opacity", ["backgroundImage", "opacity"], bare({"width": 80, "height": 80, "opacity": 0.5, "backgroundImage": "radial-gradient(red, blue)"}))

    # letter-spacing interactions
    for name, style in [("center", {"textAlign": "center"}), ("right", {"textAlign": "right"}), ("underline", {"textDecoration": "underline"}), ("line-through", {"textDecoration": "line-through"}),
                        ("shadow", {"textShadow": "2px 2px 0 red"}), ("clip-text", {"backgroundImage": "linear-gradient(to right, red, blue)", "backgroundClip": "text", "color": "transparent"}),
                        ("large", {"letterSpacing": 10}), ("single-char", {}), ("numbers", {})]:
        text = "A" if name == "single-char" else ("1234567" if name == "numbers" else "Spaced out")
        case(f"letter-spacing-{name}", f"letterSpacing with {name}", ["letterSpacing"], bare({"width": 100, "fontSize": 16, "letterSpacing": 3, **style}, text))

    # line clamp
    case("line-clamp-long-ellipsis", "a block ellipsis too long for the line", ["lineClamp"], bare({"display": "block", "width": 100, "fontSize": 14, "lineClamp": '2 "a very long ellipsis text"'}, TEXT + " jumps over"))
    case("line-clamp-center", "lineClamp with textAlign center", ["lineClamp", "textAlign"], bare({"display": "block", "width": 100, "fontSize": 14, "lineClamp": 2, "textAlign": "center"}, TEXT + " jumps over"))
    case("line-clamp-flex-ignored", "lineClamp does nothing on a flex container", ["lineClamp"], bare({"display": "flex", "width": 100, "fontSize": 14, "lineClamp": 2}, TEXT + " jumps over"))

    # margins
    for name, m in [("1", "10px"), ("2", "10px 20px"), ("3", "5px 20px 15px"), ("units", "1em 10% 2rem 5vw")]:
        case(f"margin-shorthand-{name}", f"margin {m}", ["margin"], bare({"display": "flex", "fontSize": 10, "width": 100, "height": 100}, d({"margin": m, "width": 30, "height": 30, "background": "red"})))
    case("margin-column", "margins in a flex column", ["margin"], bare({"display": "flex", "flexDirection": "column"}, [d({"margin": 5, "height": 20, "background": "red"}), d({"margin": 10, "height": 20, "background": "blue"})]))
    case("margin-positioned", "margin on an absolute element", ["margin", "position"], bare({"display": "flex", "width": 100, "height": 100}, d({"position": "absolute", "top": 10, "left": 10, "margin": 15, "width": 30, "height": 30, "background": "red"})))
    case("margin-text", "margin around text", ["margin", "text"], bare({"display": "flex", "fontSize": 14}, d({"margin": 12, "background": "yellow"}, "Margin")))
    case("margin-right-auto", "marginRight auto", ["margin"], bare({"display": "flex", "width": 100}, [d({"marginRight": "auto", "width": 20, "height": 20, "background": "red"}), d({"width": 20, "height": 20, "background": "blue"}), d({"width": 20, "height": 20, "background": "green"})]))

    # mask image, more
    case("mask-position", "maskPosition with a sized mask", ["maskImage", "maskPosition"], bare({"width": 80, "height": 80, "background": "red", "maskImage": "linear-gradient(black, black)", "maskSize": "40px 40px", "maskRepeat": "no-repeat", "maskPosition": "20px 30px"}))
    case("mask-repeat-no", "maskRepeat no-repeat", ["maskImage", "maskRepeat"], bare({"width": 80, "height": 80, "background": "blue", "maskImage": "radial-gradient(circle, black 50%, transparent 51%)", "maskSize": "30px 30px", "maskRepeat": "no-repeat"}))
    case("mask-multiple", "two mask layers", ["maskImage"], bare({"width": 80, "height": 80, "background": "green", "maskImage": "linear-gradient(to right, black, transparent), linear-gradient(to bottom, black, transparent)"}))
    case("mask-positioned", "a mask on an absolutely positioned element", ["maskImage", "position"], bare({"display": "flex", "width": 100, "height": 100}, d({"position": "absolute", "top": 20, "left": 20, "width": 60, "height": 60, "background": "purple", "maskImage": "linear-gradient(45deg, black, transparent)"})))
    case("mask-clip-text", "backgroundClip text with a mask", ["maskImage", "backgroundClip"], bare({"display": "flex", "fontSize": 30, "backgroundImage": "linear-gradient(red, blue)", "backgroundClip": "text", "color": "transparent", "maskImage": "linear-gradient(to right, black, transparent)"}, "Mask"))

    # opacity, more
    case("opacity-zero", "opacity 0 hides a box", ["opacity"], bare({"display": "flex"}, [d({"width": 30, "height": 30, "background": "red", "opacity": 0}), d({"width": 30, "height": 30, "background": "blue"})]))
    case("opacity-shadow", "opacity with a box shadow", ["opacity", "boxShadow"], bare({"display": "flex", "padding": 20}, d({"width": 50, "height": 50, "background": "red", "opacity": 0.5, "boxShadow": "5px 5px 5px black"})))
    case("opacity-text-shadow", "opacity on text with a shadow", ["opacity", "textShadow"], bare({"fontSize": 24, "opacity": 0.5, "textShadow": "2px 2px 2px blue"}, "Shade"))
    case("opacity-border-radius", "opacity on a bordered, rounded box", ["opacity", "border"], bare({"width": 60, "height": 60, "opacity": 0.6, "border": "6px solid black", "borderRadius": 15, "background": "red"}))
    case("opacity-transform", "opacity with a transform", ["opacity", "transform"], bare({"display": "flex", "padding": 20}, d({"width": 50, "height": 50, "background": "red", "opacity": 0.5, "transform": "rotate(30deg)"})))
    case("opacity-overlap", "overlapping translucent siblings", ["opacity"], bare({"display": "flex"}, [d({"width": 50, "height": 50, "background": "red", "opacity": 0.5}), d({"width": 50, "height": 50, "marginLeft": -25, "background": "blue", "opacity": 0.5})]))
    case("opacity-clip-text", "opacity with backgroundClip text", ["opacity", "backgroundClip"], bare({"display": "flex", "fontSize": 30, "opacity": 0.5, "backgroundImage": "linear-gradient(red, blue)", "backgroundClip": "text", "color": "transparent"}, "Half"))
    case("opacity-tiny", "opacity 0.05", ["opacity"], bare({"width": 60, "height": 60, "background": "black", "opacity": 0.05}))

    # overflow, more
    case("overflow-nested-border-radius", "overflow hidden with a border, radius and padding", ["overflow"], bare({"display": "flex", "width": 80, "height": 80, "overflow": "hidden", "border": "5px solid blue", "borderRadius": 20, "padding": 5}, d({"width": 100, "height": 100, "flexShrink": 0, "background": "red"})))
    case("overflow-ellipsis-nowrap", "ellipsis with nowrap in a narrow box", ["overflow", "textOverflow"], bare({"display": "flex", "width": 70, "fontSize": 14, "overflow": "hidden", "whiteSpace": "nowrap", "textOverflow": "ellipsis"}, d({}, "Ellipsis please now")))
    case("overflow-not-inherited", "overflow hidden is not inherited", ["overflow"], bare({"display": "flex", "width": 60, "height": 60, "overflow": "hidden", "background": "#ddd"}, d({"display": "flex", "width": 40, "height": 40}, d({"width": 80, "height": 20, "flexShrink": 0, "background": "red"}))))
    case("overflow-text-hidden", "overflowing text is hidden in a small box", ["overflow", "text"], bare({"display": "flex", "width": 60, "height": 30, "overflow": "hidden", "fontSize": 14, "background": "#eef"}, TEXT))

    # padding, more
    for name, pd in [("2", "5px 20px"), ("3", "5px 20px 15px"), ("border", None), ("radius", None), ("gradient", None), ("shadow", None), ("opacity", None), ("transform", None)]:
        st: dict[str, Any] = {"display": "flex", "padding": pd or 12, "background": "red"}
        st.update({"border": {"border": "4px solid black"}, "radius": {"borderRadius": 14}, "gradient": {"background": "linear-gradient(red, blue)"},
                   "shadow": {"boxShadow": "4px 4px 4px black"}, "opacity": {"opacity": 0.5}, "transform": {"transform": "rotate(10deg)"}}.get(name, {}))
        case(f"padding-{name}", f"padding with {name}", ["padding"], bare({"display": "flex", "padding": 10}, d(st, d({"width": 30, "height": 30, "background": "white"}))))
    case("padding-text-lines", "padding around wrapped text", ["padding", "text"], bare({"display": "flex", "width": 100, "padding": "4px 10px", "fontSize": 14, "background": "yellow"}, TEXT))

    # position, more
    case("position-absolute-size", "an absolute element sized by its content", ["position"], bare({"display": "flex", "width": 100, "height": 100}, d({"position": "absolute", "top": 10, "left": 10, "background": "yellow", "fontSize": 14}, "Absolute text box")))
    case("position-static", "position static ignores offsets", ["position"], bare({"display": "flex"}, d({"position": "static", "top": 30, "left": 30, "width": 40, "height": 40, "background": "red"})))
    case("position-relative-negative", "relative with negative offsets", ["position"], bare({"display": "flex", "padding": 30}, d({"position": "relative", "top": -20, "left": -20, "width": 40, "height": 40, "background": "red"})))

    # shadows, more
    case("shadow-negative-spread", "negative spread", ["boxShadow"], bare({"display": "flex", "padding": 20}, d({"width": 50, "height": 50, "background": "white", "boxShadow": "0 10px 10px -5px black"})))
    case("shadow-transparent-element", "a box shadow on a transparent element", ["boxShadow"], bare({"display": "flex", "padding": 20}, d({"width": 50, "height": 50, "boxShadow": "5px 5px 0 red"})))
    case("shadow-spread-alpha", "spread with a translucent colour", ["boxShadow"], bare({"display": "flex", "padding": 20}, d({"width": 50, "height": 50, "background": "white", "boxShadow": "0 0 0 10px rgba(255,0,0,0.3)"})))
    case("shadow-container-opacity", "a shadow inside a translucent container", ["boxShadow", "opacity"], bare({"display": "flex", "padding": 20, "opacity": 0.5}, d({"width": 50, "height": 50, "background": "white", "boxShadow": "0 0 8px blue"})))
    case("shadow-no-height", "a shadow on an element sized by its text", ["boxShadow"], bare({"display": "flex", "padding": 20}, d({"fontSize": 14, "background": "white", "boxShadow": "0 0 5px 2px red"}, "Shadow")))
    case("shadow-text-transparent", "a text shadow under transparent text", ["textShadow"], bare({"fontSize": 28, "color": "transparent", "textShadow": "2px 2px 2px black"}, "Ghost"))
    case("shadow-text-clip", "a text shadow with backgroundClip text", ["textShadow", "backgroundClip"], bare({"display": "flex", "fontSize": 28, "backgroundImage": "linear-gradient(red, blue)", "backgroundClip": "text", "color": "transparent", "textShadow": "3px 3px 2px rgba(0,0,0,.5)"}, "Clip"))
    case("shadow-inset-multiple", "two inset shadows", ["boxShadow"], bare({"width": 70, "height": 70, "background": "white", "boxShadow": "inset 10px 0 0 red, inset -10px 0 0 blue"}))
    case("shadow-inset-spread-radius", "inset with spread and a radius", ["boxShadow"], bare({"width": 70, "height": 70, "background": "yellow", "borderRadius": 20, "boxShadow": "inset 0 0 4px 6px green"}))

    # text features
    case("text-align-letter-spacing-wrap", "letterSpacing with wrapping and center", ["letterSpacing", "textAlign"], bare({"width": 100, "fontSize": 14, "letterSpacing": 1.5, "textAlign": "center"}, TEXT))
    case("text-decoration-color-style", "textDecorationColor and textDecorationStyle longhands", ["textDecoration"], bare({"fontSize": 18, "textDecorationLine": "underline", "textDecorationColor": "red", "textDecorationStyle": "dashed"}, "Longhand"))
    case("text-decoration-both", "underline and line-through together", ["textDecoration"], bare({"fontSize": 18, "textDecorationLine": "underline line-through"}, "Both lines"))
    case("text-decoration-center", "underline on centred wrapped text", ["textDecoration"], bare({"width": 100, "fontSize": 14, "textAlign": "center", "textDecoration": "underline"}, TEXT))
    case("text-decoration-span", "underline on one span", ["textDecoration"], bare({"display": "flex", "flexWrap": "wrap", "fontSize": 16}, ["Some ", d({"textDecoration": "underline", "color": "blue"}, "linked", tag="span"), " text"]))
    case("text-decoration-skip-ink", "underline under descenders", ["textDecoration"], bare({"fontSize": 26, "textDecoration": "underline"}, "gjpqy"))
    case("text-indent-wrap", "textIndent on a wrapped paragraph with center", ["textIndent"], bare({"display": "block", "width": 100, "fontSize": 14, "textIndent": 30, "textAlign": "center"}, TEXT))
    case("text-indent-percent", "textIndent in percent", ["textIndent"], bare({"display": "block", "width": 100, "fontSize": 14, "textIndent": "20%"}, TEXT))
    case("text-wrap-balance-center", "textWrap balance with center", ["textWrap"], bare({"width": 100, "fontSize": 14, "textWrap": "balance", "textAlign": "center"}, TEXT + " jumps"))
    case("tab-size-normal", "tabs collapse outside pre", ["tabSize"], bare({"fontSize": 14}, "a\tb\t\tc"))
    case("tab-size-pre-wrap", "tabs in pre-wrap with tabSize 3", ["tabSize"], bare({"width": 100, "fontSize": 14, "whiteSpace": "pre-wrap", "tabSize": 3}, "x\ty\tz and more words\there"))
    case("white-space-pre-center", "pre text centred", ["whiteSpace", "textAlign"], bare({"width": 100, "fontSize": 14, "whiteSpace": "pre", "textAlign": "center"}, "one\ntwo  three\nfour"))
    case("white-space-pre-wrap-right", "pre-wrap text right-aligned", ["whiteSpace", "textAlign"], bare({"width": 100, "fontSize": 14, "whiteSpace": "pre-wrap", "textAlign": "right"}, "one  two   three four five six"))
    case("word-break-all-emoji", "break-all with emoji", ["wordBreak", "emoji"], bare({"width": 60, "fontSize": 16, "wordBreak": "break-all"}, "abc😀def😀ghi"))
    case("word-break-all-justify", "break-all with justify", ["wordBreak", "textAlign"], bare({"width": 100, "fontSize": 14, "wordBreak": "break-all", "textAlign": "justify"}, TEXT + " jumps"))
    case("text-stroke-wrap", "stroke on wrapped text", ["WebkitTextStroke"], bare({"width": 100, "fontSize": 22, "WebkitTextStroke": "1px blue", "color": "white"}, "Stroke wraps"))
    case("text-stroke-shadow", "stroke with a text shadow", ["WebkitTextStroke", "textShadow"], bare({"fontSize": 30, "WebkitTextStroke": "1px black", "color": "yellow", "textShadow": "3px 3px 0 red"}, "Both"))
    case("text-font-size-zero", "fontSize 0 hides text", ["fontSize"], bare({"display": "flex"}, [d({"fontSize": 0}, "Hidden"), d({"fontSize": 14}, "Shown")]))
    case("text-heading", "an h1 with Satori's default heading style", ["fontSize"], bare({"display": "flex"}, d({}, "Heading", tag="h1")))
    case("text-emoji-alphabetic", "alphabetic emoji like (c) and digits", ["emoji"], bare({"fontSize": 20}, "© 1 # ™ ok"))

    # transform, more
    case("transform-rotate-text-origin", "rotated text about its top left", ["transform"], bare({"display": "flex", "padding": 30}, d({"fontSize": 16, "transform": "rotate(45deg)", "transformOrigin": "0 0"}, "Turned")))
    case("transform-matrix-like", "scale, rotate and translate in one list", ["transform"], bare({"display": "flex", "padding": 25}, d({"width": 50, "height": 50, "background": "red", "transform": "scale(0.8) rotate(-15deg) translateY(10px)"})))
    case("transform-skew-y", "skewY", ["transform"], bare({"display": "flex", "padding": 25}, d({"width": 50, "height": 50, "background": "red", "transform": "skewY(-20deg)"})))
    case("transform-border-radius", "a rotated box with a border and radius", ["transform"], bare({"display": "flex", "padding": 25}, d({"width": 50, "height": 50, "background": "yellow", "border": "4px solid black", "borderRadius": 10, "transform": "rotate(15deg)"})))

    # tw
    case("tw-flex-center", "tw flex items-center justify-center with a box", ["tw"], d(tw="flex w-full h-full items-center justify-center bg-gray-100", children=d(tw="w-12 h-12 bg-red-500 rounded-full")))
    case("tw-text", "tw text-xl font-bold text-blue-600", ["tw", "text"], d(tw="flex text-xl font-bold text-blue-600", children="Tailwind"), fonts=ROBOTO2)
    case("tw-border-sides", "tw border-t-4 border-l-8", ["tw", "border"], d(tw="w-16 h-16 border-t-4 border-l-8 border-green-600 bg-yellow-200"))
    case("tw-arbitrary", "tw arbitrary values", ["tw"], d(tw="w-[70px] h-[45px] bg-[#ff8800] rounded-[12px] mt-[10px] ml-[5px]"))
    case("tw-shadow-md", "tw shadow-md on a white card", ["tw", "boxShadow"], d(tw="flex w-full h-full items-center justify-center", children=d(tw="w-16 h-12 bg-white rounded-md shadow-md")))
    case("tw-absolute", "tw absolute top-2 right-2", ["tw", "position"], d(tw="flex w-full h-full bg-white", children=d(tw="absolute top-2 right-2 w-8 h-8 bg-pink-500")))
    case("tw-opacity-color", "tw text colour with opacity", ["tw", "color"], d(tw="flex text-2xl text-red-600/50", children="Half"))
    case("tw-leading-tracking", "tw leading-tight tracking-wide", ["tw", "lineHeight", "letterSpacing"], d(tw="w-full text-sm leading-tight tracking-wide", children=TEXT))
    case("tw-style-override", "style wins over tw", ["tw"], d(tw="w-16 h-16 bg-red-500 p-4", style={"backgroundColor": "blue"}))
    case("tw-flex-col-justify", "tw flex-col justify-between", ["tw"], d(tw="flex flex-col justify-between w-full h-full p-2", children=[d(tw="h-4 bg-red-400"), d(tw="h-4 bg-green-400"), d(tw="h-4 bg-blue-400")]))
    case("tw-underline-uppercase", "tw underline uppercase", ["tw", "textDecoration"], d(tw="flex underline uppercase text-base", children="Loud text"))
    case("tw-md-prefix", "tw md: prefix is off on a 100 px canvas", ["tw"], d(tw="w-16 h-16 bg-red-500 md:bg-blue-500"))
    case("tw-rounded-border", "tw border-4 rounded-xl", ["tw", "border"], d(tw="w-16 h-16 border-4 border-indigo-500 rounded-xl"))



def build_third() -> None:  # noqa: PLR0915 (one long table)
    """Third batch: HTML presets, inline SVG attributes, flexbox details, clip paths, more tw and text."""
    def bare(style: dict[str, Any], children: Any = None, tw: str | None = None) -> dict[str, Any]:
        return d(style, children, tw=tw)

    # HTML elements' presets
    for tag in ("p", "h1", "h2", "h3", "h5", "blockquote", "center", "pre", "hr"):
        kids = None if tag == "hr" else ("a  b\n c" if tag == "pre" else "Text")
        case(f"html-{tag}", f"the <{tag}> preset", ["html"], bare({"display": "flex", "flexDirection": "column", "width": 100, "fontSize": 12, "background": "#eee"}, [d({}, kids, tag=tag) if kids else d({"width": 50}, None, tag=tag), d({"height": 4, "background": "red"})]), fonts=ROBOTO2)
    for tag in ("u", "s", "mark", "small", "big", "code", "b", "i"):
        case(f"html-inline-{tag}", f"the <{tag}> preset on a span-like element", ["html"], bare({"display": "flex", "flexWrap": "wrap", "fontSize": 16}, ["A ", d({}, "word", tag=tag), " z"]), fonts=ROBOTO2)

    # inline SVG attributes
    def svg(children: list[dict[str, Any]], **attrs: Any) -> dict[str, Any]:
        return {"svg": {"xmlns": "http://www.w3.org/2000/svg", "width": 100, "height": 100, "viewBox": "0 0 100 100", **attrs, "children": children}}

    case("svg-fill-rule", "fillRule evenodd on a self-intersecting path", ["svg"], svg([{"path": {"d": "M50 5 L61 95 L5 35 L95 35 L39 95 Z", "fill": "purple", "fillRule": "evenodd"}}]))
    case("svg-dasharray", "strokeDasharray on a line", ["svg"], svg([{"line": {"x1": 10, "y1": 50, "x2": 90, "y2": 50, "stroke": "black", "strokeWidth": 6, "strokeDasharray": "10 5"}}]))
    case("svg-group-transform", "a group transform with opacity", ["svg"], svg([{"g": {"transform": "rotate(30 50 50)", "opacity": 0.6, "children": [{"rect": {"x": 25, "y": 25, "width": 50, "height": 50, "fill": "teal"}}]}}]))
    case("svg-polygon-polyline", "polygon and polyline", ["svg"], svg([{"polygon": {"points": "10,90 50,10 90,90", "fill": "orange"}}, {"polyline": {"points": "10,50 30,30 50,50 70,30 90,50", "fill": "none", "stroke": "blue", "strokeWidth": 3}}]))
    case("svg-ellipse-rounded-rect", "ellipse and a rounded rect", ["svg"], svg([{"rect": {"x": 5, "y": 5, "width": 90, "height": 40, "rx": 12, "fill": "pink"}}, {"ellipse": {"cx": 50, "cy": 72, "rx": 40, "ry": 18, "fill": "green"}}]))
    case("svg-radial-gradient", "an svg radialGradient", ["svg"], svg([{"defs": {"children": [{"radialGradient": {"id": "r", "children": [{"stop": {"offset": "0%", "stopColor": "white"}}, {"stop": {"offset": "100%", "stopColor": "navy"}}]}}]}}, {"circle": {"cx": 50, "cy": 50, "r": 45, "fill": "url(#r)"}}]))
    case("svg-use", "a symbol reused with <use>", ["svg"], svg([{"defs": {"children": [{"circle": {"id": "dot", "cx": 0, "cy": 0, "r": 10, "fill": "red"}}]}}, {"use": {"href": "#dot", "x": 25, "y": 25}}, {"use": {"href": "#dot", "x": 75, "y": 75}}]))
    case("svg-stroke-linejoin", "stroke joins and caps", ["svg"], svg([{"path": {"d": "M15 80 L50 20 L85 80", "fill": "none", "stroke": "black", "strokeWidth": 12, "strokeLinejoin": "bevel", "strokeLinecap": "square"}}]))
    case("svg-fill-opacity", "fillOpacity and strokeOpacity", ["svg"], svg([{"rect": {"x": 10, "y": 10, "width": 60, "height": 60, "fill": "red", "fillOpacity": 0.5, "stroke": "blue", "strokeWidth": 8, "strokeOpacity": 0.5}}, {"rect": {"x": 30, "y": 30, "width": 60, "height": 60, "fill": "green", "fillOpacity": 0.5}}]))
    case("svg-in-flex", "an svg next to text in a row", ["svg"], bare({"display": "flex", "alignItems": "center", "fontSize": 16}, [{"svg": {"xmlns": "http://www.w3.org/2000/svg", "width": 20, "height": 20, "viewBox": "0 0 10 10", "children": [{"circle": {"cx": 5, "cy": 5, "r": 5, "fill": "red"}}]}}, d({"marginLeft": 4}, "Label")]))
    case("svg-preserve-aspect", "preserveAspectRatio xMinYMin slice", ["svg"], svg([{"rect": {"width": 20, "height": 10, "fill": "orange"}}, {"circle": {"cx": 10, "cy": 5, "r": 5, "fill": "blue"}}], viewBox="0 0 20 10", preserveAspectRatio="xMinYMin slice"))

    # flexbox details
    case("flex-basis", "flexBasis with grow", ["flexBasis"], bare({"display": "flex", "width": 100}, [d({"flexBasis": 20, "flexGrow": 1, "height": 20, "background": "red"}), d({"flexBasis": 50, "height": 20, "background": "blue"})]))
    case("flex-shorthand", "flex: 1 and flex: 2 0 10px", ["flex"], bare({"display": "flex", "width": 100}, [d({"flex": 1, "height": 20, "background": "red"}), d({"flex": "2 0 10px", "height": 20, "background": "blue"})]))
    case("flex-align-self", "alignSelf values in a row", ["alignSelf"], bare({"display": "flex", "width": 100, "height": 100, "background": "#eee"}, [d({"alignSelf": a, "width": 20, "height": 20 if a != "stretch" else None, "background": c}) for a, c in (("flex-start", "red"), ("center", "green"), ("flex-end", "blue"), ("stretch", "orange"))]))
    case("flex-align-content", "alignContent space-between with wrapped lines", ["alignContent"], bare({"display": "flex", "flexWrap": "wrap", "alignContent": "space-between", "width": 100, "height": 100, "background": "#eee"}, [d({"width": 40, "height": 20, "background": c}) for c in ("red", "green", "blue", "orange", "purple")]))
    case("flex-align-content-center", "alignContent center", ["alignContent"], bare({"display": "flex", "flexWrap": "wrap", "alignContent": "center", "width": 100, "height": 100, "background": "#eee"}, [d({"width": 40, "height": 20, "background": c}) for c in ("red", "green", "blue")]))
    case("flex-nested", "nested flex containers", ["flex"], bare({"display": "flex", "width": 100, "height": 100, "padding": 5, "background": "#ddd"}, d({"display": "flex", "flexDirection": "column", "flexGrow": 1, "padding": 5, "background": "#bbb"}, [d({"flexGrow": 1, "background": "red"}), d({"display": "flex", "height": 30}, [d({"flexGrow": 1, "background": "green"}), d({"width": 20, "background": "blue"})])])))
    case("flex-row-reverse-justify", "row-reverse with space-between", ["flexDirection", "justifyContent"], bare({"display": "flex", "flexDirection": "row-reverse", "justifyContent": "space-between", "width": 100}, [d({"width": 20, "height": 20, "background": c}) for c in ("red", "green", "blue")]))
    case("flex-wrap-reverse", "flexWrap wrap-reverse", ["flexWrap"], bare({"display": "flex", "flexWrap": "wrap-reverse", "width": 100, "height": 100}, [d({"width": 40, "height": 20, "background": c}) for c in ("red", "green", "blue")]))
    case("flex-stretch-default", "children stretch by default", ["alignItems"], bare({"display": "flex", "width": 100, "height": 60}, [d({"width": 20, "background": "red"}), d({"width": 20, "background": "blue", "fontSize": 12}, "T")]))
    case("flex-space-around", "justifyContent space-around", ["justifyContent"], bare({"display": "flex", "justifyContent": "space-around", "width": 100}, [d({"width": 20, "height": 20, "background": c}) for c in ("red", "green", "blue")]))
    case("flex-min-width-text", "a shrinking text box does not shrink below its longest word", ["flexShrink", "text"], bare({"display": "flex", "width": 100, "fontSize": 14}, [d({"background": "#fcc"}, "Extraordinary words"), d({"width": 60, "flexShrink": 0, "background": "#ccf"})]))

    # clip path
    for name, cp in [("circle", "circle(40%)"), ("ellipse", "ellipse(45% 30% at 50% 50%)"), ("inset", "inset(10px 20px round 10px)"), ("polygon", "polygon(50% 0, 100% 100%, 0 100%)"), ("circle-at", "circle(30px at 30% 40%)")]:
        case(f"clip-path-{name}", f"clipPath {cp}", ["clipPath"], bare({"width": 100, "height": 100, "background": "linear-gradient(45deg, red, blue)", "clipPath": cp}))
    case("clip-path-overflow", "clipPath with overflow hidden on the parent", ["clipPath", "overflow"], bare({"display": "flex", "width": 80, "height": 80, "overflow": "hidden", "borderRadius": 20, "background": "#eee"}, d({"width": 100, "height": 100, "flexShrink": 0, "background": "orange", "clipPath": "circle(50%)"})))
    case("clip-path-positioned", "clipPath on an absolutely positioned element", ["clipPath", "position"], bare({"display": "flex", "width": 100, "height": 100}, d({"position": "absolute", "left": 20, "top": 10, "width": 60, "height": 60, "background": "green", "clipPath": "polygon(0 0, 100% 0, 50% 100%)"})))

    # more text on small canvases
    case("text-multi-size-baseline", "spans of different sizes share a baseline", ["text"], bare({"display": "flex", "alignItems": "baseline", "fontSize": 12}, [d({"fontSize": 28}, "Big"), d({}, "small"), d({"fontSize": 18}, "mid")]))
    case("text-font-family-fallback", "an unknown family falls back to the loaded font", ["fontFamily"], bare({"fontSize": 16, "fontFamily": "Nope, Roboto"}, "Fallback family"))
    case("text-long-word-column", "a long word in a narrow column", ["text"], bare({"display": "flex", "flexDirection": "column", "width": 40, "fontSize": 12, "background": "#eef"}, "Antidisestablishment"))
    case("text-numbers-child", "number children print as text", ["children"], bare({"display": "flex", "fontSize": 18}, [1, " + ", 2.5, " = ", 3.5]))
    case("text-newline-normal", "a newline in normal white space is a space", ["whiteSpace"], bare({"width": 100, "fontSize": 14}, "line one\nline two"))
    case("text-align-justify-last", "justify leaves the last line alone", ["textAlign"], bare({"width": 100, "fontSize": 13, "textAlign": "justify"}, "Justified text spreads words across each full line here"))
    case("text-ellipsis-multiline-block", "ellipsis on a block with a fixed height", ["textOverflow"], bare({"display": "block", "width": 100, "fontSize": 14, "whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis"}, TEXT))
    case("text-letter-spacing-em-wrap", "letterSpacing in em on wrapped centered text", ["letterSpacing"], bare({"width": 100, "fontSize": 12, "letterSpacing": "0.1em", "textAlign": "center"}, TEXT))
    case("text-capitalize-punct", "capitalize after punctuation and digits", ["textTransform"], bare({"width": 100, "fontSize": 14, "textTransform": "capitalize"}, "hello-world 3d don't (stop)"))
    case("text-line-height-small", "lineHeight 1 with descenders", ["lineHeight"], bare({"width": 100, "fontSize": 16, "lineHeight": 1, "background": "#fee"}, "gjpq yyy gjpq"))
    case("text-bold-real", "bold Roboto words in a paragraph", ["fontWeight"], bare({"width": 100, "fontSize": 14, "display": "flex", "flexWrap": "wrap"}, ["Regular ", d({"fontWeight": 700}, "bold", tag="span"), " then regular"]), fonts=ROBOTO2)
    case("text-stroke-thick", "a 3px text stroke", ["WebkitTextStroke"], bare({"fontSize": 36, "WebkitTextStroke": "3px red", "color": "white"}, "Ab"))
    case("text-decoration-thick-font", "underline at a large size", ["textDecoration"], bare({"fontSize": 40, "textDecoration": "underline", "color": "navy"}, "Ugly"))
    case("text-shadow-blur-large", "a large text shadow blur", ["textShadow"], bare({"fontSize": 30, "textShadow": "0 0 8px blue"}, "Glow"))
    case("text-transform-rotate-center", "rotated centred text block", ["transform", "text"], bare({"display": "flex", "width": 100, "height": 100, "alignItems": "center", "justifyContent": "center"}, d({"fontSize": 14, "transform": "rotate(90deg)", "background": "#ffe"}, "Sideways")))

    # more tw
    case("tw-gap-ignored", "tw gap-4 is not a class in Next's twrnc", ["tw"], d(tw="flex gap-4", children=[d(tw="w-6 h-6 bg-red-500"), d(tw="w-6 h-6 bg-blue-500")]))
    case("tw-text-colors", "tw text colours on spans", ["tw"], d(tw="flex flex-wrap text-base", children=[d(tw="text-red-500", children="red "), d(tw="text-green-600", children="green "), d(tw="text-blue-700", children="blue")]))
    case("tw-rounded-corners", "tw rounded-tl-3xl rounded-br-lg", ["tw", "borderRadius"], d(tw="w-20 h-20 bg-purple-500 rounded-tl-3xl rounded-br-lg"))
    case("tw-inset", "tw absolute inset-4", ["tw", "position"], d(tw="flex w-full h-full", children=d(tw="absolute inset-4 bg-yellow-400")))
    case("tw-flex-1", "tw flex-1 children", ["tw"], d(tw="flex w-full h-8", children=[d(tw="flex-1 bg-red-300"), d(tw="flex-1 bg-red-500"), d(tw="w-4 bg-black")]))
    case("tw-text-sizes", "tw text-xs to text-xl", ["tw", "fontSize"], d(tw="flex flex-col", children=[d(tw=f"text-{s}", children=s) for s in ("xs", "sm", "base", "lg", "xl")]))
    case("tw-font-mono-serif", "tw font-serif falls back to the only font", ["tw", "fontFamily"], d(tw="flex font-serif text-lg", children="Serif?"))
    case("tw-shadow-inner", "tw shadow-inner", ["tw", "boxShadow"], d(tw="flex w-full h-full items-center justify-center", children=d(tw="w-16 h-16 bg-gray-100 rounded-lg shadow-inner")))
    case("tw-bg-opacity-class", "tw bg-opacity-50 after a colour", ["tw", "color"], d(tw="w-16 h-16 bg-green-600 bg-opacity-50"))
    case("tw-negative-margin", "tw -mt-2 -ml-4", ["tw", "margin"], d(tw="flex w-full h-full p-6", children=d(tw="w-10 h-10 -mt-2 -ml-4 bg-orange-500")))
    case("tw-max-w", "tw max-w-xs text wrap", ["tw"], d(tw="flex w-full text-xs max-w-[60px] bg-gray-200", children=TEXT))
    case("tw-items-end", "tw items-end justify-end", ["tw"], d(tw="flex w-full h-full items-end justify-end", children=d(tw="w-8 h-8 bg-teal-500")))



def build_fourth() -> None:  # noqa: PLR0915 (one long table)
    """Fourth batch: two features at once, the way Satori's tests pair them."""
    def bare(style: dict[str, Any], children: Any = None, tw: str | None = None) -> dict[str, Any]:
        return d(style, children, tw=tw)

    def img(style: dict[str, Any], src: str = PHOTO) -> dict[str, Any]:
        return d(style, None, tag="img", src=src)

    # letter-spacing pairs
    case("ls-bold", "letterSpacing with bold", ["letterSpacing", "fontWeight"], bare({"fontSize": 16, "letterSpacing": 2, "fontWeight": 700}, "Bold spaced"), fonts=ROBOTO2)
    case("ls-opacity", "letterSpacing with opacity", ["letterSpacing", "opacity"], bare({"fontSize": 16, "letterSpacing": 2, "opacity": 0.5}, "Half spaced"))
    case("ls-mixed-case", "letterSpacing on mixed case and numbers", ["letterSpacing"], bare({"fontSize": 14, "letterSpacing": 1.5}, "AbCdEf 123 XyZ"))
    case("ls-tiny", "letterSpacing 0.1px", ["letterSpacing"], bare({"fontSize": 16, "letterSpacing": 0.1}, "Tiny spacing"))
    case("ls-font-sizes", "letterSpacing with different font sizes", ["letterSpacing"], bare({"display": "flex", "flexDirection": "column", "letterSpacing": 2}, [d({"fontSize": s}, "Size") for s in (10, 16, 24)]))
    case("ls-stroke", "letterSpacing with a text stroke", ["letterSpacing", "WebkitTextStroke"], bare({"fontSize": 24, "letterSpacing": 4, "WebkitTextStroke": "1px red", "color": "transparent"}, "Open"))
    # opacity pairs
    case("opacity-linear-gradient", "opacity with a linear gradient", ["opacity", "backgroundImage"], bare({"width": 80, "height": 80, "opacity": 0.4, "backgroundImage": "linear-gradient(to right, red, blue)"}))
    case("opacity-positioned", "opacity on an absolute element over another", ["opacity", "position"], bare({"display": "flex", "width": 100, "height": 100}, [d({"width": 60, "height": 60, "background": "blue"}), d({"position": "absolute", "left": 30, "top": 30, "width": 60, "height": 60, "background": "red", "opacity": 0.6})]))
    case("opacity-zero-nested", "opacity 0 hides nested content", ["opacity"], bare({"display": "flex"}, [d({"display": "flex", "opacity": 0, "padding": 10, "background": "red"}, d({"width": 20, "height": 20, "background": "blue", "opacity": 1})), d({"width": 20, "height": 20, "background": "green"})]))
    case("opacity-flex-container", "opacity on a flex container with text", ["opacity"], bare({"display": "flex", "flexDirection": "column", "opacity": 0.7, "padding": 5, "background": "#9cf", "fontSize": 14}, [d({}, "One"), d({"color": "red"}, "Two")]))
    case("opacity-siblings", "opacity on several siblings", ["opacity"], bare({"display": "flex", "gap": 4}, [d({"width": 20, "height": 40, "background": "black", "opacity": o}) for o in (0.2, 0.4, 0.6, 0.8)]))
    # padding pairs
    case("padding-column", "padding in a column container", ["padding"], bare({"display": "flex", "flexDirection": "column", "padding": "8px 16px", "background": "#ddd"}, [d({"height": 15, "background": "red"}), d({"height": 15, "background": "blue"})]))
    case("padding-large", "padding larger than the box", ["padding"], bare({"display": "flex", "width": 60, "height": 60, "padding": 40, "background": "red"}))
    case("padding-nested", "nested paddings", ["padding"], bare({"display": "flex", "padding": 6, "background": "red"}, d({"display": "flex", "padding": 6, "background": "orange"}, d({"display": "flex", "padding": 6, "background": "yellow"}, d({"width": 20, "height": 20, "background": "green"})))))
    # margin
    case("margin-nested", "nested margins", ["margin"], bare({"display": "flex", "background": "#eee"}, d({"display": "flex", "margin": 8, "background": "orange"}, d({"width": 20, "height": 20, "margin": 6, "background": "blue"}))))
    case("margin-large", "a large margin pushes out of the canvas", ["margin"], bare({"display": "flex"}, d({"marginLeft": 80, "marginTop": 70, "width": 50, "height": 50, "background": "red"})))
    case("margin-zero", "margin 0 keeps siblings adjacent", ["margin"], bare({"display": "flex"}, [d({"margin": 0, "width": 30, "height": 30, "background": c}) for c in ("red", "green", "blue")]))
    case("margin-auto-vertical", "margin auto in a column centres vertically", ["margin"], bare({"display": "flex", "flexDirection": "column", "width": 100, "height": 100}, d({"margin": "auto", "width": 30, "height": 30, "background": "red"})))
    # images
    case("image-cover-wide", "objectFit cover in a wide box", ["objectFit"], bare({"display": "flex"}, img({"width": 100, "height": 30, "objectFit": "cover"})))
    case("image-contain-tall", "objectFit contain in a tall box", ["objectFit"], bare({"display": "flex"}, img({"width": 30, "height": 90, "objectFit": "contain", "background": "#eee"})))
    case("image-position-px", "objectPosition in px with cover", ["objectPosition"], bare({"display": "flex"}, img({"width": 40, "height": 40, "objectFit": "cover", "objectPosition": "5px 0"})))
    case("image-position-100", "objectPosition 100% 100% with contain", ["objectPosition"], bare({"display": "flex"}, img({"width": 80, "height": 80, "objectFit": "contain", "objectPosition": "100% 100%", "background": "#eee"})))
    case("image-scale-down-small", "scale-down keeps a small image at its size", ["objectFit"], bare({"display": "flex"}, img({"width": 90, "height": 90, "objectFit": "scale-down", "background": "#eee"}, "../../assets/alpha.png")))
    case("image-fit-radius", "objectFit cover with a border radius", ["objectFit", "borderRadius"], bare({"display": "flex"}, img({"width": 80, "height": 50, "objectFit": "cover", "borderRadius": 14})))
    case("image-fit-border", "objectFit contain with a border", ["objectFit", "border"], bare({"display": "flex"}, img({"width": 80, "height": 60, "objectFit": "contain", "border": "4px solid green", "background": "#eee"})))
    case("image-shadow", "a box shadow on an image", ["img", "boxShadow"], bare({"display": "flex", "padding": 15}, img({"width": 60, "height": 60, "borderRadius": 10, "boxShadow": "4px 4px 8px rgba(0,0,0,0.6)"}, AVATAR)))
    case("image-in-column", "an image with only width in a column", ["img"], bare({"display": "flex", "flexDirection": "column", "width": 100}, [img({"width": 50}), d({"height": 10, "background": "red"})]))
    case("image-stretch-row", "an image in a row stretches in height", ["img"], bare({"display": "flex", "width": 100, "height": 60}, [img({"width": 40}), d({"width": 20, "background": "red"})]))
    case("image-mask-radial", "a radial mask on an image", ["img", "maskImage"], bare({"display": "flex"}, img({"width": 80, "height": 80, "maskImage": "radial-gradient(circle, black 50%, transparent 70%)"}, AVATAR)))
    case("image-filter-grayscale", "a CSS filter on an image", ["img", "filter"], bare({"display": "flex"}, img({"width": 80, "height": 60, "filter": "grayscale(100%)"})))
    # gradients, more
    case("gradient-size-percent", "backgroundSize in percent with a gradient", ["backgroundSize"], bare({"width": 100, "height": 100, "backgroundImage": "linear-gradient(45deg, red 25%, transparent 25%)", "backgroundSize": "50% 50%"}))
    case("gradient-position-center-tile", "a tiled gradient starting at the centre", ["backgroundPosition"], bare({"width": 100, "height": 100, "backgroundImage": "radial-gradient(circle, red 30%, transparent 31%)", "backgroundSize": "30px 30px", "backgroundPosition": "center"}))
    case("gradient-repeat-y", "backgroundRepeat repeat-y", ["backgroundRepeat"], bare({"width": 100, "height": 100, "backgroundImage": "linear-gradient(to right, blue, green)", "backgroundSize": "30px 20px", "backgroundRepeat": "repeat-y"}))
    case("gradient-text-letter-spacing", "a clipped gradient with letterSpacing", ["backgroundClip", "letterSpacing"], bare({"display": "flex", "fontSize": 28, "letterSpacing": 3, "backgroundImage": "linear-gradient(90deg, orange, purple)", "backgroundClip": "text", "color": "transparent"}, "Wide"))
    case("gradient-text-transform", "backgroundClip text with a transform", ["backgroundClip", "transform"], bare({"display": "flex", "padding": 20}, d({"fontSize": 28, "transform": "rotate(-10deg)", "backgroundImage": "linear-gradient(red, blue)", "backgroundClip": "text", "color": "transparent"}, "Tilt")))
    case("gradient-text-keeps-color", "backgroundClip text with a visible colour", ["backgroundClip"], bare({"display": "flex", "fontSize": 28, "backgroundImage": "linear-gradient(red, blue)", "backgroundClip": "text", "color": "rgba(0,0,0,0.3)"}, "Tone"))
    case("gradient-many-stops", "a gradient with many stops", ["backgroundImage"], bare({"width": 100, "height": 100, "backgroundImage": "linear-gradient(to right, red, orange, yellow, green, blue, indigo, violet)"}))
    case("gradient-stop-beyond", "stops outside 0..100%", ["backgroundImage"], bare({"width": 100, "height": 100, "backgroundImage": "linear-gradient(to bottom, red -20%, blue 120%)"}))
    case("gradient-radial-ellipse-px", "radial ellipse with px radii", ["backgroundImage"], bare({"width": 200, "height": 100, "backgroundImage": "radial-gradient(ellipse 60px 30px at 70% 40%, yellow, red 90%, transparent)"}), (200, 100))
    # shadows pairs
    case("shadow-transform", "a box shadow on a rotated element", ["boxShadow", "transform"], bare({"display": "flex", "padding": 25}, d({"width": 50, "height": 50, "background": "white", "transform": "rotate(20deg)", "boxShadow": "6px 6px 6px rgba(0,0,0,.5)"})))
    case("shadow-border", "a box shadow with a border", ["boxShadow", "border"], bare({"display": "flex", "padding": 20}, d({"width": 50, "height": 50, "background": "white", "border": "5px solid blue", "boxShadow": "0 0 0 5px red"})))
    case("shadow-text-decoration", "a text shadow with an underline", ["textShadow", "textDecoration"], bare({"fontSize": 22, "textDecoration": "underline", "textShadow": "2px 2px 0 red"}, "Under"))
    case("shadow-text-wrap", "a text shadow on wrapped lines", ["textShadow"], bare({"width": 100, "fontSize": 14, "textShadow": "1px 1px 1px rgba(0,0,255,.8)"}, TEXT))
    case("shadow-text-stroke", "a text shadow with a stroke on transparent text", ["textShadow", "WebkitTextStroke"], bare({"fontSize": 28, "color": "transparent", "WebkitTextStroke": "1px black", "textShadow": "3px 3px 0 orange"}, "Line"))
    # line clamp / white space
    case("line-clamp-3-justify", "lineClamp 3 with justify", ["lineClamp", "textAlign"], bare({"display": "block", "width": 100, "fontSize": 12, "lineClamp": 3, "textAlign": "justify"}, TEXT + " jumps over the lazy dog again and again"))
    case("line-clamp-right", "lineClamp with right alignment", ["lineClamp", "textAlign"], bare({"display": "block", "width": 100, "fontSize": 13, "lineClamp": 2, "textAlign": "right"}, TEXT + " jumps over the lazy"))
    case("line-clamp-letter-spacing", "lineClamp with letterSpacing", ["lineClamp", "letterSpacing"], bare({"display": "block", "width": 100, "fontSize": 13, "lineClamp": 2, "letterSpacing": 1}, TEXT + " jumps over"))
    case("white-space-nowrap-center", "nowrap overflowing text centred", ["whiteSpace", "textAlign"], bare({"width": 100, "fontSize": 14, "whiteSpace": "nowrap", "textAlign": "center"}, "A rather long unbroken line"))
    case("white-space-pre-tabs", "pre with leading tabs and tabSize 2", ["whiteSpace", "tabSize"], bare({"fontSize": 13, "whiteSpace": "pre", "tabSize": 2}, "if x:\n\treturn 1\n\t\tdeep"))
    case("word-break-all-center", "break-all centred", ["wordBreak", "textAlign"], bare({"width": 70, "fontSize": 14, "wordBreak": "break-all", "textAlign": "center", "background": "#eee"}, "Pneumonoultramicroscopic"))
    case("word-break-break-word-column", "break-word in a flex column", ["wordBreak"], bare({"display": "flex", "flexDirection": "column", "width": 60, "fontSize": 14, "wordBreak": "break-word", "background": "#eee"}, "Hi Incomprehensibilities"))
    # emoji
    case("emoji-sizes", "emoji at several sizes in a row", ["emoji"], bare({"display": "flex", "alignItems": "flex-end"}, [d({"fontSize": s}, "🔥") for s in (12, 20, 32)]))
    case("emoji-wrap", "emoji wrapping with text", ["emoji"], bare({"width": 100, "fontSize": 16}, "Fun 🎈 times 🎉 with 🚀 rockets"))
    case("emoji-flag", "a flag emoji", ["emoji"], bare({"fontSize": 40}, "🇯🇵"))
    case("emoji-letter-spacing", "emoji with letterSpacing", ["emoji", "letterSpacing"], bare({"fontSize": 20, "letterSpacing": 5}, "a😀b😀"))
    case("emoji-centered", "emoji centred in a box", ["emoji"], bare({"display": "flex", "width": 100, "height": 100, "alignItems": "center", "justifyContent": "center", "background": "#fde", "fontSize": 36}, "😎"))



def build_fifth() -> None:  # noqa: PLR0915 (one long table)
    """Fifth batch: centring idioms, nested clips, backgrounds from images, inline styles of text."""
    def bare(style: dict[str, Any], children: Any = None, tw: str | None = None) -> dict[str, Any]:
        return d(style, children, tw=tw)

    full = {"display": "flex", "width": 100, "height": 100}
    case("center-translate", "absolute centring with translate(-50%, -50%)", ["transform", "position"], bare(full, d({"position": "absolute", "left": "50%", "top": "50%", "width": 40, "height": 30, "background": "red", "transform": "translate(-50%, -50%)"})))
    case("center-translate-text", "a text label centred with translate", ["transform", "text"], bare(full, d({"position": "absolute", "left": "50%", "top": "50%", "fontSize": 14, "background": "#fe8", "transform": "translate(-50%, -50%)"}, "Centre")))
    case("absolute-percent-size", "an absolute box with percentage size", ["position"], bare(full, d({"position": "absolute", "right": 0, "bottom": 0, "width": "40%", "height": "25%", "background": "blue"})))
    case("absolute-in-padded", "absolute offsets measured from the padding box", ["position"], bare({**full, "padding": 20, "border": "5px solid black"}, d({"position": "absolute", "left": 0, "top": 0, "width": 20, "height": 20, "background": "red"})))
    case("display-none-text", "display: none on a text element", ["display"], bare({"display": "flex", "fontSize": 16}, [d({"display": "none"}, "Hidden"), d({}, "Shown")]))
    case("overflow-image-rounded", "an image inside a rounded overflow: hidden box with padding", ["overflow", "img"], bare({"display": "flex", "width": 80, "height": 80, "overflow": "hidden", "borderRadius": 25, "padding": 6, "border": "3px solid red", "background": "#eee"}, d({"width": 90, "height": 90, "flexShrink": 0}, None, tag="img", src=AVATAR)))
    case("overflow-nested-clips", "nested overflow: hidden boxes", ["overflow"], bare({"display": "flex", "width": 80, "height": 80, "overflow": "hidden", "borderRadius": 40, "background": "#ddd"}, d({"display": "flex", "width": 60, "height": 60, "overflow": "hidden", "marginLeft": 30, "marginTop": 30, "flexShrink": 0, "background": "#aaa"}, d({"width": 80, "height": 80, "flexShrink": 0, "background": "red"}))))
    case("overflow-transform-child", "a rotated child clipped by its parent", ["overflow", "transform"], bare({"display": "flex", "width": 70, "height": 70, "overflow": "hidden", "background": "#eee"}, d({"width": 60, "height": 60, "margin": 5, "transform": "rotate(30deg)", "background": "purple"})))
    case("overflow-shadow-clipped", "a child's shadow clipped by overflow hidden", ["overflow", "boxShadow"], bare({"display": "flex", "width": 80, "height": 80, "overflow": "hidden", "padding": 15, "background": "#fff"}, d({"width": 50, "height": 50, "background": "yellow", "boxShadow": "10px 10px 10px black"})))
    case("bg-url-center-no-repeat", "a background image centred without repeat", ["backgroundImage", "backgroundPosition"], bare({"width": 100, "height": 100, "background": "#cfe", "backgroundImage": "url(../../assets/avatar.png)", "backgroundSize": "40px 40px", "backgroundRepeat": "no-repeat", "backgroundPosition": "center"}))
    case("bg-url-radius", "a background image with a border radius", ["backgroundImage", "borderRadius"], bare({"width": 80, "height": 80, "borderRadius": 20, "backgroundImage": "url(../../assets/avatar.png)", "backgroundSize": "100% 100%"}))
    case("bg-url-and-gradient", "a gradient over a background image", ["backgroundImage"], bare({"width": 90, "height": 70, "backgroundImage": "linear-gradient(rgba(0,0,0,0), rgba(0,0,0,.8)), url(../../assets/photo.png)", "backgroundSize": "100% 100%, cover"}))
    case("bg-url-svg", "an SVG background image", ["backgroundImage", "svg"], bare({"width": 100, "height": 100, "backgroundImage": "url(../../assets/logo.svg)", "backgroundSize": "50px 50px"}))
    case("mask-url", "an image as mask", ["maskImage"], bare({"width": 80, "height": 80, "background": "red", "maskImage": "url(../../assets/alpha.png)", "maskSize": "100% 100%"}))
    case("text-italic-regular-only", "italic with only a regular face", ["fontStyle"], bare({"fontSize": 20, "fontStyle": "italic"}, "Italic?"))
    case("text-spans-baseline-flex", "inline-looking spans in a wrapping row", ["text"], bare({"display": "flex", "flexWrap": "wrap", "width": 100, "fontSize": 14}, [d({}, w + " ", tag="span") for w in "The quick brown fox jumps".split()]))
    case("text-span-padding", "a span with padding and background in a row", ["text", "padding"], bare({"display": "flex", "alignItems": "center", "fontSize": 14}, ["Tag ", d({"padding": "2px 6px", "background": "#333", "color": "white", "borderRadius": 4}, "new", tag="span")]))
    case("text-align-center-column", "centred text in a flex column", ["textAlign"], bare({"display": "flex", "flexDirection": "column", "alignItems": "center", "width": 100, "fontSize": 14}, [d({}, "Short"), d({"textAlign": "center"}, "A longer line of text that wraps")]))
    case("text-line-height-tw-px", "tw leading-[20px] with text-xs", ["tw", "lineHeight"], d(tw="w-full text-xs leading-[20px] bg-blue-50", children=TEXT))
    case("text-decoration-tw-strike", "tw line-through with a colour", ["tw", "textDecoration"], d(tw="flex text-lg line-through text-gray-500", children="Old price"))
    case("text-font-weight-numbers", "fontWeight 100..900 with both faces", ["fontWeight"], bare({"display": "flex", "flexDirection": "column", "fontSize": 11}, [d({"fontWeight": w}, f"Weight {w}") for w in (100, 300, 500, 600, 800)]), fonts=ROBOTO2)
    case("text-right-nowrap-overflow", "right-aligned text wider than its box", ["textAlign"], bare({"width": 60, "fontSize": 14, "textAlign": "right", "background": "#eee"}, "Overflowing"))
    case("text-uppercase-letter-spacing", "uppercase with letterSpacing, as in badges", ["textTransform", "letterSpacing"], bare({"display": "flex", "fontSize": 10, "textTransform": "uppercase", "letterSpacing": "0.15em", "padding": "4px 8px", "background": "#222", "color": "#fff", "borderRadius": 10}, "Featured"))
    case("box-sizing-percent", "content-box with a percentage width and padding", ["boxSizing"], bare(full, d({"boxSizing": "content-box", "width": "50%", "height": 20, "padding": 10, "background": "red"})))
    case("border-dashed-thin", "a 1px dashed border", ["borderStyle"], bare({"width": 60, "height": 40, "border": "1px dashed black"}))
    case("border-dashed-sides", "a dashed top and a solid bottom", ["borderStyle"], bare({"width": 60, "height": 40, "borderTop": "3px dashed red", "borderBottom": "3px solid blue"}))
    case("border-radius-big-border", "a border wider than the radius", ["border", "borderRadius"], bare({"width": 60, "height": 60, "border": "15px solid teal", "borderRadius": 10}))
    case("border-ellipse", "an elliptical radius on a wide box", ["borderRadius"], bare({"width": 90, "height": 40, "border": "3px solid black", "borderRadius": "50%", "background": "yellow"}))
    case("transform-scale-negative", "scaleX(-1) mirrors text", ["transform"], bare({"display": "flex", "padding": 20}, d({"fontSize": 20, "transform": "scaleX(-1)"}, "Mirror")))
    case("transform-rotate-origin-percent", "rotate about 100% 100%", ["transform", "transformOrigin"], bare({"display": "flex", "padding": 20}, d({"width": 40, "height": 40, "background": "red", "transform": "rotate(45deg)", "transformOrigin": "100% 100%"})))
    case("transform-parent-child", "a transformed parent with a translated child", ["transform"], bare({"display": "flex", "padding": 20}, d({"display": "flex", "width": 60, "height": 60, "background": "#ccc", "transform": "scale(0.8)"}, d({"width": 30, "height": 30, "background": "red", "transform": "translateX(20px)"}))))
    case("gap-mixed-units", "rowGap in px, columnGap in percent", ["gap"], bare({"display": "flex", "flexWrap": "wrap", "width": 100, "rowGap": 6, "columnGap": "10%"}, [d({"width": 25, "height": 20, "background": c}) for c in ("red", "green", "blue", "orange", "purple")]))
    case("gap-column-wrap", "gap in a wrapping column", ["gap"], bare({"display": "flex", "flexDirection": "column", "flexWrap": "wrap", "height": 100, "gap": 5}, [d({"width": 20, "height": 25, "background": c}) for c in ("red", "green", "blue", "orange", "purple")]))
    case("var-in-gradient", "a variable inside a gradient", ["var", "backgroundImage"], bare({"--a": "red", "--b": "blue", "width": 100, "height": 100, "backgroundImage": "linear-gradient(var(--a), var(--b))"}))
    case("var-in-shadow", "a variable in a box shadow colour", ["var", "boxShadow"], bare({"display": "flex", "padding": 20, "--s": "rgba(255,0,0,.7)"}, d({"width": 50, "height": 50, "background": "white", "boxShadow": "5px 5px 0 var(--s)"})))
    case("var-calc-free-number", "a unitless number variable as flexGrow", ["var"], bare({"display": "flex", "width": 100, "--g": "3"}, [d({"flexGrow": "var(--g)", "height": 20, "background": "red"}), d({"flexGrow": 1, "height": 20, "background": "blue"})]))
    case("contents-gap", "display: contents children take the parent's gap", ["display", "gap"], bare({"display": "flex", "gap": 10}, [d({"width": 15, "height": 15, "background": "black"}), d({"display": "contents"}, [d({"width": 15, "height": 15, "background": "red"}), d({"width": 15, "height": 15, "background": "blue"})])]))



def build_sixth() -> None:  # noqa: PLR0915 (one long table)
    """Sixth batch: tw details, image formats, transforms of text, mixed shadows."""
    def bare(style: dict[str, Any], children: Any = None, tw: str | None = None) -> dict[str, Any]:
        return d(style, children, tw=tw)

    def img(style: dict[str, Any], src: str) -> dict[str, Any]:
        return d(style, None, tag="img", src=src)

    case("tw-tracking-tight-leading-none", "tw tracking-tight leading-none", ["tw"], d(tw="w-full text-base tracking-tight leading-none bg-yellow-100", children=TEXT))
    case("tw-text-opacity", "tw text-opacity-50", ["tw", "color"], d(tw="flex text-xl text-blue-600 text-opacity-50", children="Faint"))
    case("tw-border-opacity", "tw border-opacity-25", ["tw", "border"], d(tw="w-16 h-16 border-8 border-black border-opacity-25"))
    case("tw-rounded-full-text", "tw rounded-full pill with text", ["tw"], d(tw="flex", children=d(tw="flex px-3 py-1 rounded-full bg-green-500 text-white text-sm", children="Pill")))
    case("tw-shadow-colour", "tw shadow-lg shadow-red-500", ["tw", "boxShadow"], d(tw="flex w-full h-full items-center justify-center", children=d(tw="w-12 h-12 bg-white shadow-lg shadow-red-500")))
    case("tw-uppercase-tracking", "tw uppercase tracking-widest text-xs", ["tw"], d(tw="flex uppercase tracking-widest text-xs font-bold", children="Label text"), fonts=ROBOTO2)
    case("tw-grow-shrink", "tw grow and shrink-0", ["tw"], d(tw="flex w-full h-6", children=[d(tw="grow bg-red-400"), d(tw="shrink-0 w-20 bg-blue-400")]))
    case("tw-self-justify", "tw self-center justify-around", ["tw"], d(tw="flex w-full h-full justify-around", children=[d(tw="w-4 h-4 self-start bg-red-500"), d(tw="w-4 h-4 self-center bg-green-500"), d(tw="w-4 h-4 self-end bg-blue-500")]))
    case("tw-with-style-font", "tw classes with a style fontSize", ["tw"], d(tw="flex text-red-600 leading-loose", style={"fontSize": 12}, children="Mixed tw and style"))
    case("tw-min-max", "tw min-w and max-h", ["tw"], d(tw="flex min-w-[60px] max-h-[30px] h-40 bg-gray-400"))
    case("tw-italic-only-regular", "tw italic without an italic face", ["tw"], d(tw="flex italic text-lg", children="Slanted?"))
    case("tw-opacity-nested", "tw opacity on parent and child", ["tw", "opacity"], d(tw="flex p-2 bg-red-500 opacity-50", children=d(tw="w-10 h-10 bg-blue-500 opacity-50")))
    case("image-jpeg", "a JPEG image", ["img"], bare({"display": "flex"}, img({"width": 90, "height": 68}, "../../assets/photo.jpg")))
    case("image-grey-png", "a greyscale PNG", ["img"], bare({"display": "flex"}, img({"width": 60, "height": 60}, "../../assets/grey.png")))
    case("image-palette-png", "a palette PNG", ["img"], bare({"display": "flex"}, img({"width": 60, "height": 60}, "../../assets/palette.png")))
    case("image-pixels-upscale", "a 4x4 image scaled up", ["img"], bare({"display": "flex"}, img({"width": 80, "height": 80}, "../../assets/pixels.png")))
    case("image-tile-no-size", "an image without any size", ["img"], bare({"display": "flex"}, d(None, None, tag="img", src="../../assets/tile.png")))
    case("transform-text-letter-spacing", "rotated text with letterSpacing", ["transform", "letterSpacing"], bare({"display": "flex", "padding": 25}, d({"fontSize": 16, "letterSpacing": 3, "transform": "rotate(-30deg)"}, "Spaced")))
    case("transform-translate-percent-text", "translateY(50%) on text", ["transform"], bare({"display": "flex"}, d({"fontSize": 18, "background": "#def", "transform": "translateY(50%)"}, "Down")))
    case("transform-skew-text", "skewed text", ["transform"], bare({"display": "flex", "padding": 20}, d({"fontSize": 24, "transform": "skew(-15deg, 5deg)"}, "Skew")))
    case("transform-rotate-negative-image", "a rotated image", ["transform", "img"], bare({"display": "flex", "padding": 20}, img({"width": 60, "height": 45, "transform": "rotate(-25deg)"}, PHOTO)))
    case("transform-scale-border-shadow", "scale with a border and a shadow", ["transform", "boxShadow"], bare({"display": "flex", "padding": 25}, d({"width": 50, "height": 50, "background": "white", "border": "3px solid red", "boxShadow": "4px 4px 0 blue", "transform": "scale(1.2)"})))
    case("shadow-inset-and-outer", "an inset and an outer shadow together", ["boxShadow"], bare({"display": "flex", "padding": 20}, d({"width": 60, "height": 60, "background": "#fff", "borderRadius": 12, "boxShadow": "inset 0 0 0 4px red, 0 4px 8px rgba(0,0,0,.4)"})))
    case("shadow-large-blur", "a large blurred shadow", ["boxShadow"], bare({"display": "flex", "padding": 25}, d({"width": 50, "height": 50, "background": "#fff", "boxShadow": "0 0 20px 5px rgba(0,128,255,.8)"})))
    case("shadow-offset-only", "shadow offsets with no blur and a radius", ["boxShadow"], bare({"display": "flex", "padding": 20}, d({"width": 50, "height": 50, "borderRadius": "50%", "background": "yellow", "boxShadow": "8px 8px black"})))
    case("text-indent-negative", "a negative textIndent", ["textIndent"], bare({"display": "block", "width": 100, "paddingLeft": 15, "fontSize": 13, "textIndent": -10}, TEXT))
    case("text-indent-em-clamp", "textIndent in em with lineClamp", ["textIndent", "lineClamp"], bare({"display": "block", "width": 100, "fontSize": 13, "textIndent": "2em", "lineClamp": 2}, TEXT + " jumps over the lazy dog"))
    case("text-line-height-em-span", "lineHeight in em on a column of texts", ["lineHeight"], bare({"display": "flex", "flexDirection": "column", "fontSize": 12, "lineHeight": "2em"}, [d({"background": "#fee"}, "One"), d({"background": "#efe", "fontSize": 18}, "Two")]))
    case("text-font-size-em-nested", "nested em font sizes", ["fontSize"], bare({"display": "flex", "fontSize": 10}, d({"display": "flex", "fontSize": "1.5em"}, ["A", d({"fontSize": "1.5em"}, "B")])))
    case("text-font-size-keyword", "fontSize keywords", ["fontSize"], bare({"display": "flex", "flexDirection": "column"}, [d({"fontSize": k}, k) for k in ("small", "medium", "large", "x-large")]))
    case("text-decoration-thickness-small", "underline at a small size", ["textDecoration"], bare({"fontSize": 9, "textDecoration": "underline"}, "Tiny underlined text"))
    case("text-align-start-end-mixed", "textAlign start and end on stacked lines", ["textAlign"], bare({"display": "flex", "flexDirection": "column", "width": 100, "fontSize": 13}, [d({"textAlign": "start"}, "Start"), d({"textAlign": "end"}, "End"), d({"textAlign": "center"}, "Center")]))
    case("text-white-space-pre-line-center", "pre-line centred", ["whiteSpace", "textAlign"], bare({"width": 100, "fontSize": 13, "whiteSpace": "pre-line", "textAlign": "center"}, "  first   line\nsecond line is longer\nthird"))
    case("text-word-break-keep-all-narrow", "keep-all with a narrow box", ["wordBreak"], bare({"width": 40, "fontSize": 13, "wordBreak": "keep-all", "background": "#eee"}, "abc def ghijkl"))
    case("text-zero-width-box", "text in a zero-width box", ["text"], bare({"display": "flex"}, d({"width": 0, "fontSize": 14}, "Zero")))



def build_seventh() -> None:  # noqa: PLR0915 (one long table)
    """Seventh batch: inline SVG as a box (borders, radius, background, images inside), decoration details."""
    def bare(style: dict[str, Any], children: Any = None, tw: str | None = None) -> dict[str, Any]:
        return d(style, children, tw=tw)

    def svg(children: list[dict[str, Any]], style: dict[str, Any] | None = None, **attrs: Any) -> dict[str, Any]:
        props: dict[str, Any] = {"xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 10 10", **attrs, "children": children}
        if style:
            props["style"] = style
        return {"svg": props}

    dot = [{"circle": {"cx": 5, "cy": 5, "r": 4, "fill": "crimson"}}]
    case("svg-box-border", "an inline svg with a border and background", ["svg", "border"], bare({"display": "flex", "padding": 10}, svg(dot, {"width": 70, "height": 70, "border": "4px solid navy", "backgroundColor": "#ffd"})))
    case("svg-box-radius", "an inline svg with a border radius", ["svg", "borderRadius"], bare({"display": "flex", "padding": 10}, svg([{"rect": {"width": 10, "height": 10, "fill": "teal"}}], {"width": 70, "height": 70, "borderRadius": 20})))
    case("svg-box-opacity-transform", "an inline svg with opacity and rotation", ["svg", "opacity", "transform"], bare({"display": "flex", "padding": 20}, svg([{"rect": {"width": 10, "height": 5, "fill": "blue"}}, {"rect": {"y": 5, "width": 10, "height": 5, "fill": "red"}}], {"width": 60, "height": 60, "opacity": 0.6, "transform": "rotate(20deg)"})))
    case("svg-negative-viewbox", "a viewBox with a negative origin", ["svg"], svg([{"circle": {"cx": 0, "cy": 0, "r": 8, "fill": "green"}}], {"width": 100, "height": 100}, viewBox="-10 -10 20 20"))
    case("svg-with-image", "an svg holding an <image>", ["svg", "img"], svg([{"image": {"href": AVATAR, "x": 1, "y": 1, "width": 8, "height": 8}}], {"width": 100, "height": 100}))
    case("svg-percent-size", "an svg sized 100% by style in a fixed box", ["svg"], bare({"display": "flex", "width": 60, "height": 40, "background": "#eee"}, svg(dot, {"width": "100%", "height": "100%"})))
    case("svg-padding", "an inline svg with padding", ["svg", "padding"], bare({"display": "flex"}, svg(dot, {"width": 80, "height": 80, "padding": 15, "backgroundColor": "#def"})))
    case("svg-stroke-current", "stroke currentColor from the svg's color style", ["svg", "currentColor"], svg([{"rect": {"x": 2, "y": 2, "width": 6, "height": 6, "fill": "none", "stroke": "currentColor", "strokeWidth": 1}}], {"width": 100, "height": 100, "color": "purple"}))
    case("svg-text-less-path-transform", "a path with a transform attribute", ["svg"], svg([{"path": {"d": "M0 0 L4 0 L2 4 Z", "fill": "orange", "transform": "translate(3 3) scale(1.2)"}}], {"width": 100, "height": 100}))
    case("svg-clip-path-element", "an svg clipPath element", ["svg"], svg([{"defs": {"children": [{"clipPath": {"id": "c", "children": [{"circle": {"cx": 5, "cy": 5, "r": 4}}]}}]}}, {"rect": {"width": 10, "height": 10, "fill": "red", "clipPath": "url(#c)"}}], {"width": 100, "height": 100}))
    case("decoration-skip-ink-none", "textDecorationSkipInk none", ["textDecoration"], bare({"fontSize": 26, "textDecorationLine": "underline", "textDecorationSkipInk": "none"}, "gypsy"))
    case("decoration-dotted-thick", "a dotted underline at a large size", ["textDecoration"], bare({"fontSize": 34, "textDecoration": "underline dotted red"}, "Dots"))
    case("decoration-double-strike", "double line-through", ["textDecoration"], bare({"fontSize": 26, "textDecorationLine": "line-through", "textDecorationStyle": "double"}, "Twice"))
    case("decoration-letter-spacing-center", "underline with letterSpacing and center", ["textDecoration", "letterSpacing"], bare({"width": 100, "fontSize": 16, "letterSpacing": 3, "textAlign": "center", "textDecoration": "underline"}, "Spaced line"))
    case("decoration-inherited-span", "a decoration inherited by a coloured span", ["textDecoration"], bare({"display": "flex", "fontSize": 18, "textDecoration": "underline"}, ["Parent ", d({"color": "red"}, "child", tag="span")]))
    # (fontWeight: lighter is left out: Satori cannot read it and picks the boldest face, like 'foo',
    # which pureog deliberately does not copy; spec/differences.md.)
    case("font-weight-bolder", "bolder from 400 and from 700", ["fontWeight"], bare({"display": "flex", "flexDirection": "column", "fontSize": 14}, [d({"fontWeight": "bolder"}, "Bolder"), d({"display": "flex", "fontWeight": 700}, d({"fontWeight": "bolder"}, "Bolder 700"))]), fonts=ROBOTO2)
    case("font-family-generic", "a generic family name falls back to the loaded font", ["fontFamily"], bare({"fontSize": 16, "fontFamily": "sans-serif"}, "Generic"))
    case("font-weight-missing-face", "fontWeight 700 with only regular: synthetic bold is not drawn", ["fontWeight"], bare({"fontSize": 22, "fontWeight": 900}, "Black?"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--only", nargs="*", default=None, help="names to write")
    args = parser.parse_args(argv)
    build()
    build_more()
    build_third()
    build_fourth()
    build_fifth()
    build_sixth()
    build_seventh()
    names = [c["name"] for c in CASES]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate case names")
    OUT.mkdir(parents=True, exist_ok=True)
    written = 0
    for c in CASES:
        if args.only is not None and c["name"] not in args.only:
            continue
        path = OUT / f"{c['name']}.yaml"
        if path.exists() and not args.force:
            continue
        body = yaml.safe_dump(c["doc"], sort_keys=False, allow_unicode=True, default_flow_style=None, width=110)
        path.write_text(HEADER + body, encoding="utf-8")
        written += 1
    print(f"{len(CASES)} cases, {written} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
