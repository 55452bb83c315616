"""Satori-style cases, tables two to seven: behaviours the first table left, found by later rounds.

Role: :func:`build_more` ... :func:`build_seventh` append their documents to
:data:`conformance.casegen.satori_style_cases.CASES` with that module's helpers.
"""

# ruff: noqa: E501  (case tables: one case per line reads better than wrapped CSS)

from __future__ import annotations

from typing import Any

from conformance.casegen.satori_style_cases import AVATAR, LOGO, PHOTO, ROBOTO2, TEXT, case, d


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
