"""Spellings Next.js throws on, read as CSS and the browser read them (spec/differences.md).

Found by the edge-spelling probe (``conformance/paintgen/throws.py``). The CSS readings were checked in
Chromium with ``getComputedStyle`` on the same declarations written in HTML: a blue child under a
``#cc0033`` parent, ``border: 3px solid`` and ``border-color: inherit`` / ``initial`` gives
``rgb(0, 0, 255)`` (green when the parent declares ``border-color: green``; blue again when the parent's
``border: 2px solid`` declares no colour); ``padding-top: inherit`` under ``padding-top: 10px`` is 10px.
"""

from __future__ import annotations

import pytest

from pureog.color import Color
from pureog.errors import RenderWarning, StyleError, strictness
from pureog.style.values import AUTO, Display

from .helpers import child_style, style

BLUE = Color(0, 0, 255)
PARENT = {"display": "flex", "color": "#cc0033"}
CHILD = {"borderWidth": 3, "borderStyle": "solid", "color": "#0000ff"}


@pytest.mark.parametrize("keyword", ["inherit", "initial", "unset", "INHERIT"])
def test_border_colour_keyword_is_currentcolor_where_the_parent_declared_none(keyword: str) -> None:
    # Next throws ("Failed to parse declaration borderColor: inherit"); pureog drew the sides black
    s = child_style(PARENT, {**CHILD, "borderColor": keyword})
    assert s.border_top_color == BLUE and s.border_left_color == BLUE


def test_border_colour_inherit_takes_a_declared_parent_colour() -> None:
    s = child_style({**PARENT, "borderColor": "green"}, {**CHILD, "borderColor": "inherit"})
    assert s.border_top_color == Color(0, 128, 0)
    # an explicit black is a colour, not the stand-in of an undeclared one
    s = child_style({**PARENT, "borderColor": "black"}, {**CHILD, "borderColor": "inherit"})
    assert s.border_top_color == Color(0, 0, 0)


def test_padding_inherit_is_the_parents_padding() -> None:
    # Next throws ("Invalid value inherit for setPadding"); pureog read Yoga's initial 0
    s = child_style({**PARENT, "paddingTop": 10}, {"paddingTop": "inherit"})
    assert s.padding_top == 10.0


@pytest.mark.parametrize(("name", "check"), [
    ("borderColor", lambda s: s.border_top_width == 3.0),
    ("display", lambda s: s.display is Display.FLEX),
    ("aspectRatio", lambda s: s.aspect_ratio is None),
    ("flexBasis", lambda s: s.flex_basis is AUTO),
])
@pytest.mark.parametrize("empty", ["", None, False])
def test_an_empty_value_next_throws_on_is_dropped_as_react_drops_it(name: str, check: object, empty: object) -> None:
    # React DOM sets no declaration for '', null or false: a browser draws the element without one. Next
    # throws on these (borderColor: "Failed to parse declaration borderColor: 0px"); pureog raised too
    with pytest.warns(RenderWarning):
        s = style({**CHILD, name: empty})
    assert check(s)  # type: ignore[operator]
    with strictness(True), pytest.raises(StyleError):  # a warning, so an error in strict mode
        style({**CHILD, name: empty})


def test_a_zero_next_throws_on_is_still_an_error() -> None:
    # 0 is a value the author wrote (React DOM sets "0"): where Next throws on it, so does pureog
    with pytest.raises(StyleError, match="borderColor"):
        style({**CHILD, "borderColor": 0})
