"""Satori-style cases, the first table, and the helpers every table writes its cases with.

Role: :func:`case` appends a document to :data:`CASES`; :func:`d`, :func:`root`, :func:`box` write
elements as Satori's tests do (a white 100 % root, 50 px boxes, Roboto); :func:`build` is the first
table (borders, colours, gradients, images, text, ...). The later tables are in
:mod:`conformance.casegen.satori_style_more`, the command line in :mod:`conformance.casegen.satori_style`.
"""

# ruff: noqa: E501  (case tables: one case per line reads better than wrapped CSS)

from __future__ import annotations

from pathlib import Path
from typing import Any

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
