"""twrnc's number grammar: the unit rules (JavaScript's number readings are tests/test_jsnum.py)."""

from __future__ import annotations

from pureog.style.tailwind.units import (
    Unit,
    Viewport,
    parse_unit,
    scale_value,
    style_value,
)


def test_parse_unit() -> None:
    assert parse_unit("1.5rem") == (1.5, Unit.REM)
    assert parse_unit("4") == (4.0, Unit.NONE)
    assert parse_unit("65ch") is None
    assert parse_unit("1/2", fractions=True) == (0.5, Unit.NONE)


def test_style_and_scale_values() -> None:
    viewport = Viewport(1200, 630)
    assert style_value("1rem") == 16.0
    assert style_value("50%", negative=True) == "-50%"
    assert style_value("100vh", viewport=viewport) == 630.0
    assert scale_value("4") == 16.0
    assert scale_value("px") == 1.0
    assert scale_value("1/3") == "33.33333333333333%"
    assert scale_value("[13px]") == 13.0
    assert scale_value("[2rem]", negative=True) == -32.0
