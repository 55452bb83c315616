"""JavaScript's number readings: parseFloat, parseInt, Number() and IEEE division."""

from __future__ import annotations

import math

import pytest

from pureog.jsnum import js_divide, js_number, parse_float, parse_int


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


@pytest.mark.parametrize("text", ["0b102", "0x", "1_0", "- 5", "5.5.5"])
def test_js_number_rejects_malformed_literals(text: str) -> None:
    assert math.isnan(js_number(text))


def test_js_number_reads_octal_binary_and_js_space() -> None:
    assert js_number("\u3000 0o17\ufeff") == 15.0
    assert js_number("0B101") == 5.0
    assert js_number("-Infinity") == -math.inf


def test_to_fixed_rounds_the_exact_binary_value_as_javascript() -> None:
    from pureog.jsnum import to_fixed  # noqa: PLC0415

    # (value, Number(value.toFixed(2))) as Node prints them
    for value, expected in ((1.045, 1.04), (1.005, 1.0), (0.125, 0.13), (-0.125, -0.13), (-3.665, -3.67),
                            (0.615, 0.61), (1.5e-7, 0.0), (123456.785, 123456.79), (2.5, 2.5)):
        assert to_fixed(value, 2) == expected, value
    assert math.copysign(1.0, to_fixed(-0.001, 2)) == -1.0  # "-0.00"
