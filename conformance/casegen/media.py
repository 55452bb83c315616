"""Conformance cases for images, inline SVG, clipping/masking, emoji and debug mode (areas ``images``,
``svg``, ``clip``, ``emoji``, ``debug``). Image files live in ``conformance/assets`` (made by
``conformance/assets/make_assets.py``). Imports only :mod:`conformance.casegen`.
"""

# ruff: noqa: E501  (case tables: one case per call reads better than wrapped CSS strings)

from __future__ import annotations

from conformance.casegen import ASSETS, PALETTE, CaseSpec, box, case, centered, div, el, frame

EMOJI_REASON = ("emoji references are drawn with @twemoji/svg 15.0.0 files served offline "
                "(conformance/emoji), not jsDelivr's Twemoji 14.0.2")


def _img(src: str, w: object = None, h: object = None, **style: object) -> dict[str, object]:
    props: dict[str, object] = {"src": f"{ASSETS}/{src}"}
    if w is not None:
        props["width"] = w
    if h is not None:
        props["height"] = h
    if style:
        props["style"] = dict(style)
    return {"img": props}


def image_cases() -> list[CaseSpec]:
    i = "images"
    grey = {"backgroundColor": "#ddd"}
    out = [
        case(i, "png-natural", "a PNG at its natural size (64x48)", ["img", "png"], centered([_img("photo.png")])),
        case(i, "png-sized", "width/height attributes scale a PNG", ["img", "png"],
             centered([_img("photo.png", 160, 120)])),
        case(i, "png-width-only", "only width given: height follows the aspect ratio", ["img", "aspect ratio"],
             centered([_img("photo.png", 150)])),
        case(i, "png-style-size", "size from style instead of attributes", ["img"],
             centered([_img("photo.png", width=96, height=72)])),
        case(i, "png-alpha", "an RGBA PNG over a coloured background", ["img", "png", "alpha"],
             centered([_img("alpha.png", 120, 120)], {"backgroundColor": "#f4a261"})),
        case(i, "png-grey", "a greyscale PNG", ["img", "png"], centered([_img("grey.png", 128, 128)])),
        case(i, "png-palette", "a palette (indexed) PNG", ["img", "png"], centered([_img("palette.png", 128, 128)])),
        case(i, "jpeg", "a baseline JPEG", ["img", "jpeg"], centered([_img("photo.jpg", 160, 120)])),
        case(i, "jpeg-natural", "a JPEG at natural size", ["img", "jpeg"], centered([_img("photo.jpg")])),
        case(i, "svg-file", "an SVG file as img src", ["img", "svg"], centered([_img("logo.svg", 120, 120)])),
        case(i, "svg-file-natural", "an SVG img sized from its width/height attributes", ["img", "svg"],
             centered([_img("logo.svg")])),
        case(i, "pixel-scale", "a 4x4 PNG scaled up 30x (smoothing)", ["img", "scaling"],
             centered([_img("pixels.png", 120, 120)])),
    ]
    for fit in ("contain", "cover", "fill", "none", "scale-down"):
        out.append(case(i, f"object-fit-{fit}", f"objectFit: {fit} in a square box", ["objectFit"],
                        centered([_img("photo.png", 140, 140, objectFit=fit, **grey)])))
    out.append(case(i, "object-position", "objectPosition with cover", ["objectPosition", "objectFit"],
                    centered([_img("photo.png", 140, 140, objectFit="cover", objectPosition="left top", **grey)])))
    out.append(case(i, "radius", "an image with borderRadius (avatar)", ["img", "borderRadius"],
                    centered([_img("photo.png", 120, 120, borderRadius="50%", objectFit="cover")])))
    out.append(case(i, "border", "an image with a border and padding", ["img", "border"],
                    centered([_img("photo.png", 140, 105, border="6px solid #222", padding=4)])))
    out.append(case(i, "row", "images laid out in a row with gap", ["img", "layout"],
                    centered([_img("photo.png", 56, 42), _img("photo.jpg", 56, 42), _img("logo.svg", 42, 42)],
                             {"gap": 8})))
    return out


def _svg(children: list[dict[str, object]], **attrs: object) -> dict[str, object]:
    props: dict[str, object] = {"width": 160, "height": 160, "viewBox": "0 0 100 100"}
    props.update(attrs)
    props["children"] = children
    return centered([{"svg": props}])


def svg_cases() -> list[CaseSpec]:
    s = "svg"
    return [
        case(s, "rect", "an inline svg rect", ["svg", "rect"], _svg([el("rect", None, None, x=10, y=20, width=80,
                                                                         height=50, fill="#e63946")])),
        case(s, "circle", "circle with stroke", ["svg", "circle", "stroke"],
             _svg([el("circle", None, None, cx=50, cy=50, r=35, fill="#2a9d8f", stroke="#222", strokeWidth=4)])),
        case(s, "ellipse", "ellipse", ["svg", "ellipse"],
             _svg([el("ellipse", None, None, cx=50, cy=50, rx=45, ry=25, fill="#457b9d")])),
        case(s, "path", "a path with curves", ["svg", "path"],
             _svg([el("path", None, None, d="M10 80 C 40 10, 65 10, 95 80 S 150 150, 180 80 Z", fill="#f4a261")])),
        case(s, "path-arc", "a path with arc commands", ["svg", "path", "arc"],
             _svg([el("path", None, None, d="M20 50 A30 30 0 0 1 80 50 A30 15 0 0 1 20 50 Z", fill="#6d597a")])),
        case(s, "polygon", "a star polygon with evenodd fill", ["svg", "polygon", "fill-rule"],
             _svg([el("polygon", None, None, points="50,5 61,40 98,40 68,62 79,96 50,75 21,96 32,62 2,40 39,40",
                      fill="#e9c46a", fillRule="evenodd")])),
        case(s, "line-caps", "lines with round and square caps", ["svg", "line", "stroke"],
             _svg([el("line", None, None, x1=20, y1=30, x2=80, y2=30, stroke="#222", strokeWidth=10,
                      strokeLinecap="round"),
                   el("line", None, None, x1=20, y1=70, x2=80, y2=70, stroke="#e63946", strokeWidth=10,
                      strokeLinecap="square")])),
        case(s, "polyline-dash", "a dashed polyline", ["svg", "polyline", "stroke-dasharray"],
             _svg([el("polyline", None, None, points="10,90 30,20 50,80 70,20 90,90", fill="none", stroke="#457b9d",
                      strokeWidth=3, strokeDasharray="6 4")])),
        case(s, "gradient-defs", "a linearGradient in defs", ["svg", "linearGradient"],
             _svg([el("defs", None, [el("linearGradient", None, [
                 el("stop", None, None, offset="0%", stopColor="#e63946"),
                 el("stop", None, None, offset="100%", stopColor="#457b9d")], id="g1")]),
                 el("rect", None, None, x=5, y=5, width=90, height=90, rx=15, fill="url(#g1)")])),
        case(s, "group-transform", "a g with transform and opacity", ["svg", "g", "transform"],
             _svg([el("g", None, [el("rect", None, None, x=0, y=0, width=40, height=40, fill="#2a9d8f")],
                      transform="translate(50 20) rotate(30)", opacity=0.7)])),
        case(s, "current-color", "fill=currentColor takes the CSS color", ["svg", "currentColor"],
             centered([{"svg": {"width": 120, "height": 120, "viewBox": "0 0 10 10", "style": {"color": "#e63946"},
                                "children": [el("circle", None, None, cx=5, cy=5, r=4, fill="currentColor")]}}])),
        case(s, "viewbox-aspect", "a non-square viewBox in a square svg (xMidYMid meet)", ["svg", "viewBox"],
             _svg([el("rect", None, None, x=0, y=0, width=200, height=100, fill="#6d597a")], viewBox="0 0 200 100")),
        case(s, "opacity-attrs", "fillOpacity and strokeOpacity", ["svg", "opacity"],
             _svg([el("rect", None, None, x=10, y=10, width=60, height=60, fill="#e63946", fillOpacity=0.5,
                      stroke="#222", strokeWidth=6, strokeOpacity=0.3),
                   el("rect", None, None, x=30, y=30, width=60, height=60, fill="#457b9d", fillOpacity=0.5)])),
        case(s, "icon-row", "small svg icons next to text", ["svg", "layout"],
             centered([div({"display": "flex", "alignItems": "center", "gap": 8, "fontSize": 22},
                           [{"svg": {"width": 24, "height": 24, "viewBox": "0 0 24 24", "children": [
                               el("path", None, None, d="M12 2 L22 22 L2 22 Z", fill="#2a9d8f")]}}, "Warning"])])),
    ]


def clip_cases() -> list[CaseSpec]:
    c = "clip"
    stripes = {"backgroundImage": "linear-gradient(45deg, #e63946 25%, #457b9d 25%, #457b9d 50%, #f4a261 50%)"}

    def clipped(**style: object) -> dict[str, object]:
        return centered([div({"width": 140, "height": 140, **stripes, **style})])

    return [
        case(c, "overflow-hidden", "overflow: hidden clips a larger child", ["overflow"],
             centered([div({"width": 100, "height": 100, "overflow": "hidden", "display": "flex",
                            "backgroundColor": "#eee"}, [box("#e63946", 160, 60, marginTop=20, marginLeft=-30)])])),
        case(c, "overflow-visible", "overflow: visible lets a child spill out", ["overflow"],
             centered([div({"width": 100, "height": 100, "display": "flex", "backgroundColor": "#eee"},
                           [box("#e63946", 160, 60, marginTop=20, marginLeft=-30)])])),
        case(c, "overflow-nested", "nested overflow: hidden boxes intersect", ["overflow", "nesting"],
             centered([div({"width": 120, "height": 120, "overflow": "hidden", "display": "flex", "backgroundColor": "#eee"},
                           [div({"width": 120, "height": 120, "overflow": "hidden", "display": "flex",
                                 "marginLeft": 40, "marginTop": 40, "backgroundColor": "#ccc"},
                                [box("#457b9d", 200, 200)])])])),
        case(c, "overflow-text", "overflow: hidden cuts text", ["overflow", "text"],
             centered([div({"width": 120, "height": 40, "overflow": "hidden", "fontSize": 32, "whiteSpace": "nowrap",
                            "backgroundColor": "#eee"}, "Clipped text line")])),
        case(c, "clip-circle", "clipPath: circle()", ["clipPath"], clipped(clipPath="circle(50%)")),
        case(c, "clip-circle-at", "clipPath: circle(40px at 30% 30%)", ["clipPath"],
             clipped(clipPath="circle(40px at 30% 30%)")),
        case(c, "clip-ellipse", "clipPath: ellipse()", ["clipPath"], clipped(clipPath="ellipse(60px 30px at 50% 50%)")),
        case(c, "clip-inset", "clipPath: inset() with round", ["clipPath"], clipped(clipPath="inset(20px 10px round 15px)")),
        case(c, "clip-polygon", "clipPath: polygon()", ["clipPath"],
             clipped(clipPath="polygon(50% 0%, 100% 50%, 50% 100%, 0% 50%)")),
        case(c, "mask-linear", "maskImage: linear-gradient fades the element", ["maskImage"],
             clipped(maskImage="linear-gradient(to right, black, transparent)")),
        case(c, "mask-radial", "maskImage: radial-gradient", ["maskImage"],
             clipped(maskImage="radial-gradient(circle, black 40%, transparent 70%)")),
        case(c, "mask-size", "maskImage with maskSize and maskRepeat", ["maskImage", "maskSize"],
             clipped(maskImage="radial-gradient(circle, black 50%, transparent 51%)", maskSize="35px 35px",
                     maskRepeat="repeat")),
    ]


def emoji_cases() -> list[CaseSpec]:
    e = "emoji"
    tol = None
    return [
        case(e, "single", "one emoji in text", ["emoji", "twemoji"],
             centered([div({"fontSize": 64}, "😀")]), tolerance=tol),
        case(e, "inline", "emoji between words", ["emoji", "text"],
             centered([div({"fontSize": 28}, "Ship it 🚀 now")])),
        case(e, "sequence", "several emoji, one with a variation selector", ["emoji"],
             centered([div({"fontSize": 40}, "❤️🔥🎉👋")])),
    ]


def debug_cases() -> list[CaseSpec]:
    d = "debug"
    return [
        case(d, "boxes", "debug: true outlines every element", ["debug"],
             frame([box(PALETTE[i], 50, 50, margin=8) for i in range(3)], {"padding": 10}), debug=True),
        case(d, "text", "debug: true outlines text runs and baselines", ["debug", "text"],
             frame([div({"fontSize": 28, "width": 170}, "Debug text wraps here")], {"padding": 10}), debug=True),
        case(d, "nested", "debug: true with nested padding and borders", ["debug", "border"],
             centered([div({"padding": 15, "border": "4px solid #222", "display": "flex"},
                           [div({"padding": 10, "backgroundColor": "#eee", "fontSize": 18}, "inner")])]), debug=True),
    ]
