"""Conformance cases for painting boxes: colour syntaxes, borders, radii, backgrounds, box shadows,
opacity and transforms (areas ``color``, ``borders``, ``radius``, ``backgrounds``, ``box-shadow``,
``opacity``, ``transforms``). Imports only :mod:`conformance.casegen`.
"""

# ruff: noqa: E501  (case tables: one case per call reads better than wrapped CSS strings)

from __future__ import annotations

from conformance.casegen import ASSETS, PALETTE, CaseSpec, box, case, centered, div, frame


def _swatch(**style: object) -> dict[str, object]:
    return centered([div({"width": 120, "height": 120, **style})])


def color_cases() -> list[CaseSpec]:
    values = {
        "named": "rebeccapurple", "hex3": "#f60", "hex4": "#f608", "hex6": "#2a9d8f", "hex8": "#2a9d8f80",
        "hex-upper": "#E63946", "rgb-comma": "rgb(69, 123, 157)", "rgba-comma": "rgba(69, 123, 157, 0.4)",
        "rgb-space": "rgb(230 57 70)", "rgb-space-alpha": "rgb(230 57 70 / 50%)", "rgb-percent": "rgb(100% 50% 0%)",
        "hsl": "hsl(200, 60%, 45%)", "hsla": "hsla(20, 90%, 50%, 0.6)", "hsl-space": "hsl(280 50% 40% / 0.8)",
        "hsl-turn": "hsl(0.5turn 60% 50%)", "transparent": "transparent", "named-alpha-layer": "lightcoral",
    }
    out = [case("color", f"bg-{name}", f"backgroundColor: {value}", ["color syntax", "backgroundColor"],
                _swatch(backgroundColor=value, border="2px solid black")) for name, value in values.items()]
    out.append(case("color", "current-color", "currentColor in a border follows color", ["currentColor"],
                    _swatch(color="#e63946", border="10px solid currentColor")))
    out.append(case("color", "text-rgba", "semi-transparent text colour over a stripe", ["color", "alpha"],
                    centered([div({"fontSize": 48, "fontWeight": 700, "color": "rgba(0, 0, 255, 0.5)"}, "Alpha")],
                             {"backgroundImage": "linear-gradient(to right, white 50%, #f4a261 50%)"})))
    return out


def border_cases() -> list[CaseSpec]:
    b = "borders"
    out = [
        case(b, "solid", "border: 4px solid", ["border"], _swatch(border="4px solid #222", backgroundColor="#eee")),
        case(b, "thick", "a 20px border inside a 120px box (border-box)", ["border", "boxSizing"],
             _swatch(border="20px solid #457b9d", backgroundColor="#f4a261")),
        case(b, "per-side-width", "different widths per side", ["borderWidth"],
             _swatch(borderStyle="solid", borderColor="#222", borderWidth="2px 8px 14px 20px")),
        case(b, "per-side-color", "different colours per side", ["borderColor"],
             _swatch(borderWidth=12, borderStyle="solid", borderColor=" ".join(PALETTE[:4]))),
        case(b, "top-only", "borderTop shorthand alone", ["borderTop"], _swatch(borderTop="8px solid #e63946",
                                                                                backgroundColor="#eee")),
        case(b, "bottom-left", "borderBottom and borderLeft", ["borderBottom", "borderLeft"],
             _swatch(borderBottom="6px solid #2a9d8f", borderLeft="12px solid #6d597a")),
        case(b, "dashed", "border: dashed", ["border", "dashed"], _swatch(border="4px dashed #222")),
        case(b, "dashed-thick", "a thick dashed border", ["border", "dashed"], _swatch(border="12px dashed #e63946")),
        case(b, "dashed-radius", "a dashed border on a rounded box", ["border", "dashed", "borderRadius"],
             _swatch(border="4px dashed #457b9d", borderRadius=24)),
        case(b, "transparent", "a transparent border shows the background under it", ["border", "transparent"],
             _swatch(border="15px solid rgba(0,0,0,0.3)", backgroundColor="#f4a261")),
        case(b, "no-color", "border width without a colour takes space but draws nothing in Satori",
             ["borderWidth"], _swatch(borderWidth=10, backgroundColor="#2a9d8f")),
        case(b, "text-box", "a bordered box around text with padding", ["border", "padding"],
             centered([div({"border": "3px solid #222", "padding": "8px 16px", "fontSize": 24}, "Label")])),
        case(b, "pill", "a pill tag: border + full radius + text", ["border", "borderRadius"],
             centered([div({"border": "2px solid #2a9d8f", "borderRadius": 999, "padding": "6px 18px",
                            "fontSize": 20, "color": "#2a9d8f"}, "design")])),
        case(b, "radius-width-mix", "per-side widths on a rounded box", ["borderWidth", "borderRadius"],
             _swatch(borderStyle="solid", borderColor="#222", borderWidth="4px 16px", borderRadius=30)),
        case(b, "wide-canvas", "borders on a wide canvas", ["border"],
             frame([div({"flex": 1, "border": "6px solid #6d597a", "margin": 20})]), size=(400, 210)),
    ]
    return out


def radius_cases() -> list[CaseSpec]:
    r = "radius"
    bg = {"backgroundColor": "#457b9d"}
    out = [
        case(r, "uniform", "borderRadius: 20", ["borderRadius"], _swatch(borderRadius=20, **bg)),
        case(r, "per-corner", "four corner radii", ["borderRadius"], _swatch(borderRadius="0 20px 40px 60px", **bg)),
        case(r, "circle", "borderRadius: 50% makes a circle", ["borderRadius", "percentage"],
             _swatch(borderRadius="50%", **bg)),
        case(r, "ellipse-rect", "50% on a non-square box makes an ellipse", ["borderRadius", "percentage"],
             centered([div({"width": 160, "height": 90, "borderRadius": "50%", **bg})])),
        case(r, "elliptical-corner", "borderTopLeftRadius with two values", ["borderTopLeftRadius", "elliptical"],
             _swatch(borderTopLeftRadius="60px 25px", borderBottomRightRadius="20px 50px", **bg)),
        case(r, "slash", "borderRadius slash syntax (horizontal / vertical)", ["borderRadius", "slash syntax"],
             _swatch(borderRadius="50px / 20px", **bg)),
        case(r, "slash-four", "slash syntax with four values each", ["borderRadius", "slash syntax"],
             _swatch(borderRadius="10px 20px 30px 40px / 40px 30px 20px 10px", **bg)),
        case(r, "overlarge", "radii larger than the box are scaled down together", ["borderRadius", "clamping"],
             _swatch(borderRadius="100px 20px", **bg)),
        case(r, "with-border", "a rounded box with a thick border", ["borderRadius", "border"],
             _swatch(borderRadius=30, border="10px solid #e63946", **bg)),
        case(r, "inner-radius", "a border thicker than the radius gives a square inner corner",
             ["borderRadius", "border"], _swatch(borderRadius=12, border="20px solid #2a9d8f", backgroundColor="#eee")),
        case(r, "gradient", "a rounded box with a gradient", ["borderRadius", "backgroundImage"],
             _swatch(borderRadius=40, backgroundImage="linear-gradient(#e63946, #457b9d)")),
        case(r, "clips-child", "overflow hidden + radius clips a child", ["borderRadius", "overflow"],
             centered([div({"width": 120, "height": 120, "borderRadius": 40, "overflow": "hidden",
                            "display": "flex", "backgroundColor": "#eee"}, [box("#f4a261", 80, 80)])])),
        case(r, "zero", "radius 0 keeps square corners", ["borderRadius"], _swatch(borderRadius=0, **bg)),
        case(r, "small-box", "radius on a small 20px box", ["borderRadius"],
             centered([div({"display": "flex", "gap": 6},
                           [box(c, 20, 20, borderRadius=6) for c in PALETTE])])),
    ]
    return out


def background_cases() -> list[CaseSpec]:
    g = "backgrounds"
    s = _swatch
    full = {"width": 160, "height": 160}
    out = [
        case(g, "color", "backgroundColor fills the border box", ["backgroundColor"],
             s(backgroundColor="#2a9d8f")),
        case(g, "shorthand-color", "background: colour", ["background"], s(background="#f4a261")),
        case(g, "linear-default", "linear-gradient top to bottom", ["linear-gradient"],
             s(backgroundImage="linear-gradient(#e63946, #457b9d)")),
        case(g, "linear-to-right", "linear-gradient(to right, ...)", ["linear-gradient"],
             s(backgroundImage="linear-gradient(to right, #e63946, #457b9d)")),
        case(g, "linear-to-corner", "linear-gradient(to bottom right, ...) on a wide box", ["linear-gradient"],
             centered([div({"width": 180, "height": 90,
                            "backgroundImage": "linear-gradient(to bottom right, #f4a261, #6d597a)"})])),
        case(g, "linear-45deg", "linear-gradient(45deg, ...)", ["linear-gradient", "angle"],
             s(backgroundImage="linear-gradient(45deg, #2a9d8f, #f4a261)")),
        case(g, "linear-135deg-wide", "linear-gradient(135deg) on a wide canvas", ["linear-gradient", "angle"],
             frame([], {"backgroundImage": "linear-gradient(135deg, #0f172a, #6d28d9 60%, #db2777)"}), size=(400, 210)),
        case(g, "linear-turn", "angle in turns", ["linear-gradient", "angle"],
             s(backgroundImage="linear-gradient(0.25turn, #e63946, #2a9d8f)")),
        case(g, "linear-stops", "explicit stop positions", ["linear-gradient", "color stops"],
             s(backgroundImage="linear-gradient(to right, #e63946 20%, #f4a261 40%, #2a9d8f 80%)")),
        case(g, "linear-hard", "hard stops make stripes", ["linear-gradient", "color stops"],
             s(backgroundImage="linear-gradient(to right, #e63946 33%, #f4a261 33%, #f4a261 66%, #2a9d8f 66%)")),
        case(g, "linear-transparent", "fading to transparent", ["linear-gradient", "transparent"],
             centered([div({**full, "backgroundImage": "linear-gradient(#457b9d, transparent)"})],
                      {"backgroundColor": "#f4a261"})),
        case(g, "linear-px-stops", "stop positions in px", ["linear-gradient", "color stops"],
             s(backgroundImage="linear-gradient(to bottom, #6d597a 30px, #e63946 90px)")),
        case(g, "radial-default", "radial-gradient default ellipse farthest-corner", ["radial-gradient"],
             s(backgroundImage="radial-gradient(#f4a261, #6d597a)")),
        case(g, "radial-circle", "radial-gradient(circle, ...)", ["radial-gradient"],
             centered([div({"width": 180, "height": 100, "backgroundImage": "radial-gradient(circle, #e63946, #457b9d)"})])),
        case(g, "radial-at", "radial-gradient at a position", ["radial-gradient", "position"],
             s(backgroundImage="radial-gradient(circle at 25% 25%, white, #2a9d8f)")),
        case(g, "radial-closest-side", "radial-gradient closest-side", ["radial-gradient", "size keyword"],
             s(backgroundImage="radial-gradient(closest-side, #e63946, #f4a261 60%, white)")),
        case(g, "radial-size", "radial-gradient with explicit radii", ["radial-gradient"],
             s(backgroundImage="radial-gradient(60px 30px at center, #457b9d, white)")),
        case(g, "repeating-linear", "repeating-linear-gradient stripes", ["repeating-linear-gradient"],
             s(backgroundImage="repeating-linear-gradient(45deg, #e63946, #e63946 10px, white 10px, white 20px)")),
        case(g, "repeating-radial", "repeating-radial-gradient rings", ["repeating-radial-gradient"],
             s(backgroundImage="repeating-radial-gradient(circle, #457b9d, #457b9d 8px, white 8px, white 16px)")),
        case(g, "layers", "two gradient layers; the first is on top", ["background layers"],
             s(backgroundImage="linear-gradient(to right, rgba(255,255,255,0.8), transparent), "
                               "linear-gradient(#2a9d8f, #6d597a)")),
        case(g, "layer-over-color", "a gradient layer over backgroundColor", ["background layers", "background"],
             s(background="linear-gradient(to bottom, transparent, rgba(0,0,0,0.6)) #f4a261")),
        case(g, "size-px", "backgroundSize in px repeats the gradient tile", ["backgroundSize", "backgroundRepeat"],
             s(backgroundImage="linear-gradient(to right, #e63946, #457b9d)", backgroundSize="40px 40px")),
        case(g, "size-no-repeat", "backgroundRepeat: no-repeat with a small size", ["backgroundRepeat", "backgroundSize"],
             s(backgroundImage="radial-gradient(#2a9d8f, #6d597a)", backgroundSize="60px 60px",
               backgroundRepeat="no-repeat", backgroundColor="#eee")),
        case(g, "repeat-x", "backgroundRepeat: repeat-x", ["backgroundRepeat"],
             s(backgroundImage="linear-gradient(#f4a261, #e63946)", backgroundSize="30px 30px",
               backgroundRepeat="repeat-x", backgroundColor="#eee")),
        case(g, "position-center", "backgroundPosition: center with no-repeat", ["backgroundPosition"],
             s(backgroundImage="linear-gradient(#457b9d, #2a9d8f)", backgroundSize="50px 50px",
               backgroundRepeat="no-repeat", backgroundPosition="center", backgroundColor="#eee")),
        case(g, "position-px", "backgroundPosition in px", ["backgroundPosition"],
             s(backgroundImage="linear-gradient(#457b9d, #2a9d8f)", backgroundSize="50px 50px",
               backgroundRepeat="no-repeat", backgroundPosition="60px 10px", backgroundColor="#eee")),
        case(g, "url-image", "backgroundImage: url() with a PNG", ["backgroundImage", "url", "png"],
             s(backgroundImage=f"url({ASSETS}/tile.png)")),
        case(g, "url-size", "backgroundImage url with backgroundSize 100% 100%", ["backgroundImage", "url", "backgroundSize"],
             s(backgroundImage=f"url({ASSETS}/photo.png)", backgroundSize="100% 100%")),
        case(g, "clip-text", "backgroundClip: text paints the gradient through glyphs", ["backgroundClip"],
             centered([div({"fontSize": 56, "fontWeight": 700, "backgroundImage": "linear-gradient(90deg, #e63946, #457b9d)",
                            "backgroundClip": "text", "color": "transparent"}, "Clip")])),
        case(g, "on-padding", "background covers padding", ["backgroundColor", "padding"],
             centered([div({"padding": 30, "backgroundColor": "#e9c46a", "display": "flex"}, [box("#264653", 40, 40)])])),
    ]
    return out


def shadow_cases() -> list[CaseSpec]:
    sh = "box-shadow"
    base = {"backgroundColor": "#457b9d"}
    small = {"width": 100, "height": 100}

    def one(**style: object) -> dict[str, object]:
        return centered([div({**small, **base, **style})], {"backgroundColor": "#f8f8f8"})

    return [
        case(sh, "offset", "hard offset shadow", ["boxShadow"], one(boxShadow="10px 10px 0 #222")),
        case(sh, "blur-small", "blur 8px", ["boxShadow", "blur"], one(boxShadow="0 4px 8px rgba(0,0,0,0.5)")),
        case(sh, "blur-large", "blur 30px", ["boxShadow", "blur"], one(boxShadow="0 0 30px #e63946")),
        case(sh, "spread", "positive spread", ["boxShadow", "spread"], one(boxShadow="0 0 0 12px #f4a261")),
        case(sh, "negative-spread", "negative spread with offset", ["boxShadow", "spread"],
             one(boxShadow="0 20px 10px -8px rgba(0,0,0,0.6)")),
        case(sh, "inset", "inset shadow", ["boxShadow", "inset"], one(boxShadow="inset 8px 8px 0 #222")),
        case(sh, "inset-blur", "inset shadow with blur", ["boxShadow", "inset", "blur"],
             one(boxShadow="inset 0 0 20px #000")),
        case(sh, "multiple", "several shadows, first on top", ["boxShadow", "multiple"],
             one(boxShadow="5px 5px 0 #e63946, 10px 10px 0 #f4a261, 15px 15px 0 #2a9d8f")),
        case(sh, "radius", "a shadow follows the border radius", ["boxShadow", "borderRadius"],
             one(boxShadow="8px 8px 12px rgba(0,0,0,0.5)", borderRadius=30)),
        case(sh, "circle-glow", "a glow around a circle", ["boxShadow", "borderRadius", "blur"],
             one(boxShadow="0 0 20px 5px #2a9d8f", borderRadius="50%")),
        case(sh, "transparent-box", "a shadow under a transparent box shows only outside", ["boxShadow"],
             centered([div({**small, "boxShadow": "6px 6px 10px rgba(0,0,0,0.7)"})], {"backgroundColor": "#f8f8f8"})),
        case(sh, "blur-50", "the 50px blur of the effects card", ["boxShadow", "blur"],
             one(boxShadow="0 10px 50px rgba(0,0,0,0.8)")),
    ]


def opacity_cases() -> list[CaseSpec]:
    o = "opacity"
    return [
        case(o, "half", "opacity 0.5 over a stripe", ["opacity"],
             centered([box("#e63946", 120, 120, opacity=0.5)],
                      {"backgroundImage": "linear-gradient(to right, white 50%, #222 50%)"})),
        case(o, "nested", "nested opacities multiply", ["opacity", "nesting"],
             centered([div({"opacity": 0.6, "backgroundColor": "#457b9d", "padding": 20, "display": "flex"},
                           [box("#f4a261", 80, 80, opacity=0.5)])])),
        case(o, "zero", "opacity 0 hides the element and its children", ["opacity"],
             centered([div({"opacity": 0, "display": "flex", "backgroundColor": "#e63946"}, [box("#222", 50, 50)]),
                       box("#2a9d8f", 50, 50)])),
        case(o, "text", "opacity on text", ["opacity", "text"],
             centered([div({"opacity": 0.4, "fontSize": 40, "fontWeight": 700}, "Faded")])),
        case(o, "group", "group opacity: overlapping children do not show through each other", ["opacity", "group"],
             centered([div({"opacity": 0.5, "display": "flex"},
                           [box("#e63946", 80, 80), box("#457b9d", 80, 80, marginLeft=-40, marginTop=30)])])),
        case(o, "percent", "opacity in percent", ["opacity", "percentage"],
             centered([box("#6d597a", 120, 120, opacity="30%")])),
        case(o, "image", "opacity on an image", ["opacity", "img"],
             centered([{"img": {"src": f"{ASSETS}/photo.png", "width": 128, "height": 96, "style": {"opacity": 0.5}}}])),
    ]


def transform_cases() -> list[CaseSpec]:
    t = "transforms"
    target = {"width": 80, "height": 50, "backgroundColor": "#e63946"}

    def one(transform: str, **style: object) -> dict[str, object]:
        return centered([div({**target, "transform": transform, **style})],
                        {"backgroundImage": "linear-gradient(#eee 1px, transparent 1px), "
                                            "linear-gradient(to right, #eee 1px, transparent 1px)",
                         "backgroundSize": "20px 20px"})

    out = [
        case(t, "translate", "translate in px", ["transform", "translate"], one("translate(30px, -20px)")),
        case(t, "translate-percent", "translate in percent of the element", ["transform", "translate"],
             one("translate(50%, 50%)")),
        case(t, "translate-x", "translateX", ["transform", "translate"], one("translateX(-40px)")),
        case(t, "rotate", "rotate(30deg) around the centre", ["transform", "rotate"], one("rotate(30deg)")),
        case(t, "rotate-negative", "rotate(-90deg)", ["transform", "rotate"], one("rotate(-90deg)")),
        case(t, "scale", "scale(1.5)", ["transform", "scale"], one("scale(1.5)")),
        case(t, "scale-xy", "scale(2, 0.5)", ["transform", "scale"], one("scale(2, 0.5)")),
        case(t, "skew-x", "skewX(20deg)", ["transform", "skew"], one("skewX(20deg)")),
        case(t, "skew-y", "skewY(-15deg)", ["transform", "skew"], one("skewY(-15deg)")),
        case(t, "composed", "translate then rotate: order matters", ["transform", "composition"],
             one("translate(40px, 0) rotate(45deg)")),
        case(t, "composed-reverse", "rotate then translate", ["transform", "composition"],
             one("rotate(45deg) translate(40px, 0)")),
        case(t, "origin-top-left", "transformOrigin: top left", ["transformOrigin"],
             one("rotate(20deg)", transformOrigin="top left")),
        case(t, "origin-px", "transformOrigin in px", ["transformOrigin"],
             one("rotate(-30deg)", transformOrigin="10px 40px")),
        case(t, "origin-percent", "transformOrigin in percent with scale", ["transformOrigin", "scale"],
             one("scale(0.5)", transformOrigin="100% 100%")),
        case(t, "text", "rotated text", ["transform", "text"],
             centered([div({"transform": "rotate(-12deg)", "fontSize": 32, "fontWeight": 700}, "Rotated")])),
        case(t, "nested", "a transformed child in a transformed parent", ["transform", "nesting"],
             centered([div({"transform": "rotate(15deg)", "display": "flex", "padding": 10, "backgroundColor": "#457b9d"},
                           [box("#f4a261", 60, 60, transform="scale(0.7) rotate(30deg)")])])),
        case(t, "rounded-badge", "a rotated rounded badge with a border", ["transform", "borderRadius"],
             centered([div({"transform": "rotate(-8deg)", "padding": "8px 16px", "borderRadius": 12,
                            "border": "2px solid #222", "backgroundColor": "#e9c46a", "fontSize": 22}, "NEW")])),
    ]
    return out
