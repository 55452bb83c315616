"""The cascade's memos (expansions and parsed values) never change a computed value."""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.document.load import load
from pureog.style.cascade import cascade


def _styles(element: dict) -> list:
    root = cascade(load({"element": element}).root, width=400, height=200)
    out = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        out.append(node.style)
        for child in node.children:
            if hasattr(child, "children"):
                walk(child)

    walk(root)
    return out


def _div(style: dict, *children: dict) -> dict:
    return {"type": "div", "props": {"style": {"display": "flex", **style}, "children": list(children)}}


def test_values_that_read_the_parent_are_not_shared() -> None:
    # The same declaration (fontWeight: bolder) under parents of different weights.
    styles = _styles(_div({}, _div({"fontWeight": 300}, _div({"fontWeight": "bolder"})),
                          _div({"fontWeight": 700}, _div({"fontWeight": "bolder"}))))
    assert [s.font_weight for s in styles] == [400, 300, 400, 700, 900]


def test_em_and_current_color_follow_each_element() -> None:
    inner = {"width": "2em", "borderColor": "currentColor"}
    styles = _styles(_div({}, _div({"fontSize": 10, "color": "red"}, _div(inner)),
                          _div({"fontSize": 30, "color": "blue"}, _div(inner))))
    assert styles[2].width == 20.0 and styles[4].width == 60.0
    assert styles[2].border_top_color == Color(255, 0, 0)
    assert styles[4].border_top_color == Color(0, 0, 255)


def test_negative_zero_keeps_its_sign() -> None:
    styles = _styles(_div({}, _div({"marginLeft": 0.0}), _div({"marginLeft": -0.0})))
    assert math.copysign(1.0, styles[1].margin_left) == 1.0
    assert math.copysign(1.0, styles[2].margin_left) == -1.0


def test_repeated_renders_give_equal_styles() -> None:
    element = _div({"padding": "1em 2px", "border": "2px solid #123"}, _div({"margin": "auto", "fontSize": 12}))
    assert _styles(element) == _styles(element)
