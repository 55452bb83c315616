"""twrnc's number grammar: JavaScript's parseFloat/Number and the unit rules."""

from __future__ import annotations

import math

import pytest

from pureog.style.tailwind.units import (
    Unit,
    Viewport,
    js_divide,
    js_number,
    parse_float,
    parse_int,
    parse_unit,
    scale_value,
    style_value,
)


@pytest.mark.parametrize(("text", "value"), [("2xl", 2.0), ("1.5rem", 1.5), (".5", 0.5), ("-3px", -3.0),
                                             ("1e2x", 100.0), ("Infinity", math.inf)])
def test_parse_float_reads_a_prefix(text: str, value: float) -> None:
    assert parse_float(text) == value


def test_parse_float_and_int_give_nan() -> None:
    assert math.isnan(parse_float("[4px]"))
    assert math.isnan(parse_int("x1"))
    assert parse_int("50.9") == 50


@pytest.mark.parametrize(("text", "value"), [("", 0.0), (" 5 ", 5.0), ("0x10", 16.0), ("1e2", 100.0)])
def test_js_number(text: str, value: float) -> None:
    assert js_number(text) == value


def test_js_number_rejects_trailing_text() -> None:
    assert math.isnan(js_number("5px"))
    assert math.isnan(js_number("inf"))


def test_js_divide_by_zero() -> None:
    assert js_divide(1, 0) == math.inf
    assert math.isnan(js_divide(0, 0))


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
