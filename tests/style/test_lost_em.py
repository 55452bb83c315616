"""``em`` lengths under a font size Next.js loses (pureog/style/lost_em.py, spec/text.md "Font sizes
Satori loses"): NaN in Satori 0.29, which Yoga reads as the property's initial value. The expected
boxes are Satori's own, from ``conformance/layout/satori_boxes.mjs`` (Next.js 16.4.6's bundle) on
these trees; the Next reference of the same geometry is ``satori-style/units-font-lost-em-box``."""

from __future__ import annotations

import pytest

from pureog import layout_boxes
from pureog.style.lost_em import satori_size_unknown


@pytest.mark.parametrize(("raw", "parent_unknown", "unknown"), [
    ("5vw", False, True), ("12pt", False, True), ("50%", False, True),
    ("2em", True, True), ("0em", True, True), ("2em", False, False),
    ("20px", True, False), (20, True, False), ("1.5rem", True, False),
    ("large", True, True), ("large", False, False), ("10VW", True, True), ("10VW", False, False),
])  # fmt: skip
def test_which_em_bases_satori_has_not(raw: str | int, parent_unknown: bool, unknown: bool) -> None:
    assert satori_size_unknown(raw, parent_unknown) is unknown


def _boxes(tree: dict[str, object]) -> list[list[float]]:
    return [[b.x, b.y, b.width, b.height] for b in layout_boxes(tree, width=400, height=300)]


def _div(style: dict[str, object], children: object = None) -> dict[str, object]:
    props: dict[str, object] = {"style": {"display": "flex", **style}}
    if children is not None:
        props["children"] = children
    return {"type": "div", "props": props}


def test_em_lengths_under_a_lost_size_are_their_initial_values() -> None:
    # (fails before: margins, paddings, borders, sizes, min/max, insets, gaps and flex bases took CSS's
    # 20 px em: the first box was 460 x 160)
    square = [_div({"width": 10, "height": 10}), _div({"width": 10, "height": 10})]
    tree = _div({"fontSize": "5vw"}, [
        _div({"margin": "1em", "padding": "2em", "borderWidth": "1em", "borderStyle": "solid", "width": 50,
              "height": 40}),
        _div({"width": "3em", "height": "2em", "minWidth": 10, "backgroundColor": "red"}),
        _div({"width": 30, "height": 20, "maxWidth": "1em", "minHeight": "5em"}),
        _div({"position": "absolute", "left": "1em", "top": "2em", "width": 10, "height": 10}),
        _div({"gap": "1em", "flexWrap": "wrap"}, square),
        _div({"flexBasis": "2em", "flexGrow": 0, "height": 10}),
        _div({"fontSize": 20, "margin": "1em", "width": 10, "height": 10}),  # a px size: em is 20 px again
        _div({"fontSize": "2em", "margin": "1em", "width": 10, "height": 10}),  # 2 x undefined: NaN
    ])
    assert _boxes(tree) == [
        [0, 0, 170, 50], [0, 0, 50, 40], [50, 0, 10, 50], [60, 0, 30, 20], [0, 0, 10, 10], [90, 0, 20, 50],
        [90, 0, 10, 10], [100, 0, 10, 10], [110, 0, 0, 10], [130, 20, 10, 10], [160, 0, 10, 10],
    ]


def test_each_block_and_the_letter_spacing_under_a_lost_size() -> None:
    # (fails before: the h1 presets' 0.67em margins, the em margins of a `large` size (the parent's, lost)
    # and the inherited 0.5em letter spacing took CSS's em)
    tree = _div({"alignItems": "flex-start", "fontSize": "5vw", "letterSpacing": "0.5em"}, [
        {"type": "h1", "props": {"style": {"display": "flex", "width": 30, "height": 20}}},
        {"type": "h1", "props": {"style": {"display": "flex", "fontSize": 10, "width": 30, "height": 20}}},
        _div({"fontSize": 20}, "Hello"),  # the NaN spacing is handed down: none
        _div({"fontSize": 20, "letterSpacing": "0.5em"}, "Hello"),
        _div({"fontSize": "1.5rem", "margin": "1em", "width": 10, "height": 10}),
        _div({"fontSize": "large", "margin": "1em", "width": 10, "height": 10}),
        _div({"margin": "2rem", "width": "2vw", "height": "10%"}),
    ])
    assert _boxes(tree) == [
        [0, 0, 346, 64], [0, 0, 30, 20], [30, 0, 30, 20], [60, 0, 48, 26], [108, 0, 98, 26],
        [230, 24, 10, 10], [264, 0, 10, 10], [306, 32, 8, 0],
    ]


def test_features_browser_keeps_css_em() -> None:
    tree = _div({"fontSize": "5vw"}, [_div({"margin": "1em", "width": 10, "height": 10})])
    boxes = layout_boxes(tree, width=400, height=300, features="browser")
    assert (boxes[1].x, boxes[1].y) == (20, 20)


def test_an_img_em_width_under_a_lost_size_is_no_size() -> None:
    # (fails before: the em width was text Yoga cannot read, a side set for Satori's image sizing, so the
    # picture was 0 x 0; in Satori it is NaN, falsy: no size, 100% wide at the picture's ratio)
    svg = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='60' height='40' "
           "viewBox='0 0 60 40'><rect width='60' height='40' fill='red'/></svg>")
    tree = _div({"fontSize": "5vw"}, [
        {"type": "img", "props": {"src": svg, "style": {"width": "2em"}}},
        {"type": "img", "props": {"src": svg, "width": 30, "height": 20, "style": {"height": "2em", "padding": "1em"}}},
    ])
    assert _boxes(tree) == [[0, 0, 430, 287], [0, 0, 430, 287], [430, 0, 30, 20]]
