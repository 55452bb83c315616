"""Math functions for features: browser (style/calc.py): parsing, resolution, layout, and Next.js's
default (ignored with a warning)."""

from __future__ import annotations

import math

import pytest

import pureog
from pureog.color import BLACK
from pureog.errors import StyleError
from pureog.style.computed import ComputedStyle
from pureog.style.parse import ValueContext, parse_length
from pureog.style.values import Calc

CTX = ValueContext(20.0, 1000.0, 500.0, BLACK, ComputedStyle(), True)


@pytest.mark.parametrize(("text", "basis", "px"), [
    ("calc(100% - 96px)", 200.0, 104.0),
    ("calc((100% - 10px) / 2)", 210.0, 100.0),
    ("min(50%, 300px)", 200.0, 100.0),
    ("max(50%, 300px)", 200.0, 300.0),
    ("clamp(40px, 40%, 300px)", 50.0, 40.0),
    ("calc(100%-2px)", 10.0, 8.0),
    ("calc(2 * 25% + 1em)", 100.0, 70.0),
])
def test_values_holding_a_percentage_resolve_against_the_basis(text: str, basis: float, px: float) -> None:
    value = parse_length(text, CTX)
    assert isinstance(value, Calc)
    assert value.resolve(basis) == pytest.approx(px)
    assert math.isnan(value.resolve(math.nan))  # an unknown basis: the value acts as auto


@pytest.mark.parametrize(("text", "px"), [
    ("calc(1rem + 2px)", 18.0), ("clamp(1rem, 2.5vw, 2rem)", 25.0), ("max(10px, 2em)", 40.0),
    ("calc(2*3px + -1em)", -14.0), ("CALC(10px)", 10.0), ("calc(min(10px, 5px) * 3)", 15.0),
])
def test_values_without_a_percentage_resolve_at_once(text: str, px: float) -> None:
    assert parse_length(text, CTX) == pytest.approx(px)


@pytest.mark.parametrize("text", [
    "calc(10px + 5)", "calc(1px * 2px)", "calc(10px / 0)", "calc(10px / 2px)", "calc(10px", "calc()",
    "clamp(1px, 2px)", "calc(10px, 2px)", "min(10px, 2)", "calc(3 furlongs)", "calc(" * 400 + "1px" + ")" * 400,
])
def test_invalid_math_is_a_style_error(text: str) -> None:
    with pytest.raises(StyleError):
        parse_length(text, CTX)


def test_percentages_only_where_the_property_takes_them() -> None:
    with pytest.raises(StyleError, match="percentage"):
        parse_length("calc(50% + 1px)", CTX, percent=False)


def test_layout_resolves_math_against_the_containing_block() -> None:
    el = {"div": {"style": {"display": "flex", "width": 300, "height": 100, "padding": 10},
                  "children": [{"div": {"style": {"width": "calc(100% - 96px)", "height": "min(50%, 30px)",
                                                  "marginLeft": "calc(2rem + 4px)"}}}]}}
    box = pureog.layout_boxes(el, width=300, height=100, features="browser")[1]
    assert (box.x, box.y, box.width, box.height) == (46.0, 10.0, 184.0, 30.0)
    with pytest.warns(pureog.RenderWarning, match="features: browser"):
        default = pureog.layout_boxes(el, width=300, height=100)[1]
    assert (default.width, default.height) == (0.0, 80.0)  # Next.js drops the values: empty, stretched
