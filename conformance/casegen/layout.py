"""Conformance cases for flexbox layout, box model and positioning (area ``layout``).

Each case isolates one behaviour of CSS Flexbox / the box model as Satori (Yoga) implements it.
Coloured boxes without text keep the references independent of font rendering.
Imports only :mod:`conformance.casegen`.
"""

# ruff: noqa: E501  (case tables: one case per call reads better than wrapped CSS strings)

from __future__ import annotations

from conformance.casegen import PALETTE, CaseSpec, box, case, div, el, frame

A = "layout"


def _three(**style: object) -> list[dict[str, object]]:
    return [box(PALETTE[i], 40 + 10 * i, 30 + 10 * i, **style) for i in range(3)]


def cases() -> list[CaseSpec]:
    out: list[CaseSpec] = []
    for direction in ("row", "row-reverse", "column", "column-reverse"):
        out.append(case(A, f"direction-{direction}", f"flexDirection: {direction} places items in that order",
                        ["flexDirection"], frame(_three(), {"flexDirection": direction, "padding": 10})))
    for justify in ("flex-start", "center", "flex-end", "space-between", "space-around"):
        out.append(case(A, f"justify-{justify}", f"justifyContent: {justify} distributes free space on the main axis",
                        ["justifyContent"], frame(_three(), {"justifyContent": justify, "padding": 10})))
    for align in ("flex-start", "center", "flex-end", "stretch"):
        kids = [div({"width": 40, "backgroundColor": c, **({} if align == "stretch" else {"height": 30 + 20 * i})})
                for i, c in enumerate(PALETTE[:3])]
        out.append(case(A, f"align-items-{align}", f"alignItems: {align} on the cross axis",
                        ["alignItems"], frame(kids, {"alignItems": align, "padding": 10})))
    out.append(case(A, "align-items-baseline", "alignItems: baseline lines up first baselines of different sizes",
                    ["alignItems", "baseline"],
                    frame([div({"fontSize": s, "backgroundColor": "#eee", "color": "#222"}, "Ag") for s in (14, 28, 44)],
                          {"alignItems": "baseline", "padding": 10, "gap": 6})))
    out.append(case(A, "align-self", "alignSelf overrides alignItems for one item", ["alignSelf"],
                    frame([box(PALETTE[0]), box(PALETTE[1], alignSelf="flex-end"), box(PALETTE[2], alignSelf="center")],
                          {"alignItems": "flex-start", "padding": 10})))
    out.append(case(A, "wrap", "flexWrap: wrap moves overflowing items to a new line", ["flexWrap"],
                    frame([box(PALETTE[i % 5], 50, 40) for i in range(7)], {"flexWrap": "wrap", "padding": 10})))
    out.append(case(A, "wrap-reverse", "flexWrap: wrap-reverse stacks lines from the cross end", ["flexWrap"],
                    frame([box(PALETTE[i % 5], 50, 40) for i in range(7)], {"flexWrap": "wrap-reverse", "padding": 10})))
    for content in ("center", "space-between", "flex-end"):
        out.append(case(A, f"align-content-{content}", f"alignContent: {content} places wrapped lines",
                        ["alignContent", "flexWrap"],
                        frame([box(PALETTE[i % 5], 55, 30) for i in range(6)],
                              {"flexWrap": "wrap", "alignContent": content, "padding": 10})))
    out.append(case(A, "grow", "flexGrow shares free space 1:2", ["flexGrow"],
                    frame([div({"flexGrow": 1, "height": 50, "backgroundColor": PALETTE[0]}),
                           div({"flexGrow": 2, "height": 50, "backgroundColor": PALETTE[1]})], {"padding": 10})))
    out.append(case(A, "shrink", "flexShrink shrinks overflowing items by weight", ["flexShrink"],
                    frame([div({"width": 150, "flexShrink": 1, "height": 50, "backgroundColor": PALETTE[0]}),
                           div({"width": 150, "flexShrink": 3, "height": 50, "backgroundColor": PALETTE[1]})],
                          {"padding": 10})))
    out.append(case(A, "basis", "flexBasis sets the starting main size before growing", ["flexBasis", "flexGrow"],
                    frame([div({"flexBasis": 100, "flexGrow": 1, "height": 50, "backgroundColor": PALETTE[0]}),
                           div({"flexBasis": 20, "flexGrow": 1, "height": 50, "backgroundColor": PALETTE[1]})],
                          {"padding": 10})))
    out.append(case(A, "flex-shorthand", "flex: 1 makes equal columns regardless of content", ["flex"],
                    frame([div({"flex": 1, "backgroundColor": c}) for c in PALETTE[:3]], {"padding": 10, "gap": 5})))
    out.append(case(A, "gap", "gap adds space between items only", ["gap"],
                    frame(_three(), {"gap": 20, "padding": 10})))
    out.append(case(A, "row-column-gap", "rowGap and columnGap differ in a wrapped container", ["rowGap", "columnGap"],
                    frame([box(PALETTE[i % 5], 50, 40) for i in range(6)],
                          {"flexWrap": "wrap", "rowGap": 20, "columnGap": 5, "padding": 10})))
    out.append(case(A, "padding-percent", "percentage padding resolves against the container width",
                    ["padding", "percentage"],
                    frame([div({"padding": "10%", "backgroundColor": PALETTE[2], "display": "flex"},
                               [box(PALETTE[3], "100%", 40)])], {"padding": 10})))
    out.append(case(A, "padding-sides", "padding with four values", ["padding"],
                    frame([div({"padding": "5px 20px 35px 50px", "backgroundColor": PALETTE[2], "display": "flex"},
                               [box(PALETTE[3], 60, 60)])], {"padding": 10})))
    out.append(case(A, "margin-auto", "margin: auto centres an item in both axes", ["margin", "auto"],
                    frame([box(PALETTE[0], 60, 60, margin="auto")])))
    out.append(case(A, "margin-left-auto", "marginLeft: auto pushes the last item to the end", ["margin"],
                    frame([box(PALETTE[0]), box(PALETTE[1]), box(PALETTE[2], marginLeft="auto")], {"padding": 10})))
    out.append(case(A, "margin-negative", "a negative margin makes items overlap", ["margin"],
                    frame([box(PALETTE[0], 80, 80), box(PALETTE[1], 80, 80, marginLeft=-30, marginTop=30)],
                          {"padding": 20})))
    out.append(case(A, "absolute-top-left", "position: absolute with top/left relative to the parent",
                    ["position", "top", "left"],
                    frame([box(PALETTE[0], 120, 120), box(PALETTE[1], 50, 50, position="absolute", top=30, left=60)])))
    out.append(case(A, "absolute-bottom-right", "position: absolute with bottom/right", ["position", "bottom", "right"],
                    frame([box(PALETTE[1], 50, 50, position="absolute", bottom=10, right=20)])))
    out.append(case(A, "absolute-stretch", "absolute with both left and right sizes the box", ["position"],
                    frame([box(PALETTE[2], "auto", 40, position="absolute", left=20, right=40, top=80)])))
    out.append(case(A, "absolute-percent", "absolute offsets in percent", ["position", "percentage"],
                    frame([box(PALETTE[3], 40, 40, position="absolute", left="50%", top="25%")])))
    out.append(case(A, "relative-offset", "position: relative shifts without affecting siblings",
                    ["position", "top", "left"],
                    frame([box(PALETTE[0]), box(PALETTE[1], top=20, left=10), box(PALETTE[2])], {"padding": 10})))
    out.append(case(A, "width-percent", "percentage widths resolve against the content box", ["width", "percentage"],
                    frame([box(PALETTE[0], "25%", 50), box(PALETTE[1], "50%", 50)], {"padding": 20})))
    out.append(case(A, "min-width", "minWidth keeps a shrinking item wide", ["minWidth", "flexShrink"],
                    frame([div({"width": 180, "minWidth": 120, "flexShrink": 1, "height": 50, "backgroundColor": PALETTE[0]}),
                           div({"width": 180, "flexShrink": 1, "height": 50, "backgroundColor": PALETTE[1]})],
                          {"padding": 10})))
    out.append(case(A, "max-width", "maxWidth caps a growing item", ["maxWidth", "flexGrow"],
                    frame([div({"flexGrow": 1, "maxWidth": 60, "height": 50, "backgroundColor": PALETTE[0]}),
                           div({"flexGrow": 1, "height": 50, "backgroundColor": PALETTE[1]})], {"padding": 10})))
    out.append(case(A, "min-max-height", "minHeight and maxHeight clamp the cross size", ["minHeight", "maxHeight"],
                    frame([div({"width": 50, "height": 10, "minHeight": 60, "backgroundColor": PALETTE[0]}),
                           div({"width": 50, "height": 300, "maxHeight": 90, "backgroundColor": PALETTE[1]})],
                          {"padding": 10, "gap": 10, "alignItems": "flex-start"})))
    out.append(case(A, "content-box", "boxSizing: content-box adds padding and border to the width", ["boxSizing"],
                    frame([div({"boxSizing": "content-box", "width": 80, "height": 40, "padding": 15,
                                "border": "5px solid #333", "backgroundColor": PALETTE[3]}),
                           div({"width": 80, "height": 40, "padding": 15, "border": "5px solid #333",
                                "backgroundColor": PALETTE[2]})],
                          {"flexDirection": "column", "padding": 10, "gap": 10})))
    out.append(case(A, "display-none", "display: none removes an element from layout", ["display"],
                    frame([box(PALETTE[0]), box(PALETTE[1], display="none"), box(PALETTE[2])], {"padding": 10})))
    out.append(case(A, "nested", "nested flex containers in alternating directions", ["flexDirection", "nesting"],
                    frame([div({"display": "flex", "flexDirection": "column", "flex": 1, "gap": 6},
                               [box(PALETTE[0], "100%", 40), box(PALETTE[1], "100%", 60)]),
                           div({"display": "flex", "flex": 1, "gap": 6}, [box(PALETTE[2], 30, "100%"),
                                                                          box(PALETTE[3], 30, "100%")])],
                          {"padding": 10, "gap": 10})))
    out.append(case(A, "preset-h1", "h1 preset: 2em bold with 0.67em margins", ["presets", "h1"],
                    frame([el("h1", {"color": "#111"}, "Heading"), el("p", {"color": "#555"}, "A paragraph")],
                          {"flexDirection": "column", "padding": 10})))
    out.append(case(A, "preset-blockquote", "blockquote preset margins (1em 40px)", ["presets", "blockquote"],
                    frame([el("blockquote", {"backgroundColor": "#eef", "color": "#224"}, "Quote")],
                          {"flexDirection": "column"})))
    out.append(case(A, "hr", "hr: 1px border that takes space", ["presets", "hr"],
                    frame([box(PALETTE[0], 100, 40), el("hr", {"width": 150, "borderColor": "#999"}),
                           box(PALETTE[1], 100, 40)], {"flexDirection": "column", "padding": 10})))
    out.append(case(A, "overflow-sizing", "items larger than the container overflow visibly", ["overflow"],
                    frame([box(PALETTE[1], 260, 60)], {"padding": 20, "alignItems": "center"})))
    out.append(case(A, "column-stretch-width", "column children stretch to the container width by default",
                    ["flexDirection", "alignItems"],
                    frame([div({"height": 30, "backgroundColor": c}) for c in PALETTE],
                          {"flexDirection": "column", "padding": 10, "gap": 4})))
    out.append(case(A, "wide-row", "a wide 400x210 canvas with space-around rows", ["justifyContent"],
                    frame([box(PALETTE[i], 60, 60 + 20 * i) for i in range(4)],
                          {"justifyContent": "space-around", "alignItems": "flex-end", "padding": 10}),
                    size=(400, 210)))
    return out
