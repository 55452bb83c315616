"""Declarations, tokens, var() and length units (pureog.style.parse)."""

from __future__ import annotations

import re

import pytest

from pureog.color import BLACK
from pureog.errors import StyleError
from pureog.style.computed import ComputedStyle
from pureog.style.parse import (
    ValueContext,
    parse_length,
    passed_down_variables,
    substitute_vars,
    tokenize,
)
from pureog.style.values import AUTO, Percent

CTX = ValueContext(20.0, 1200.0, 630.0, BLACK, ComputedStyle())


def test_tokenize_kinds() -> None:
    tokens = tokenize("10px -2.5em 50% auto #fff 'a b' , / rgb(1, 2, 3) 1e2 .5")
    assert [t.kind for t in tokens] == [
        "dimension", "dimension", "percent", "ident", "hash", "string", "comma", "slash", "function",
        "number", "number",
    ]  # fmt: skip
    assert tokens[1].value == -2.5 and tokens[1].unit == "em"
    assert tokens[5].text == "a b"
    assert tokens[8].name == "rgb" and [t.kind for t in tokens[8].args] == ["number", "comma"] * 2 + ["number"]
    assert tokens[9].value == 100.0


def test_a_unit_runs_on_over_digits_as_css_idents_do() -> None:
    # A bare hex colour starting with a digit (an OG API's `bg=0f172a`) is one word, as in CSS's
    # tokenizer and in Satori's whitespace split; it was `0f` and `172a` (real-card round twenty-four).
    assert [(t.kind, t.text) for t in tokenize("0f172a 100% 0ea5e9 7e22ce 1e293b 10px-2px")] == [
        ("dimension", "0f172a"), ("percent", "100%"), ("dimension", "0ea5e9"), ("dimension", "7e22ce"),
        ("dimension", "1e293b"), ("dimension", "10px"), ("dimension", "-2px"),
    ]  # fmt: skip
    assert tokenize("7e22ce")[0].unit == "ce"  # the number 7e22 (clamped to MAX_CSS_NUMBER)


@pytest.mark.parametrize("bad", ["rgb(1, 2", "a)", "'open", "10px ^"])
def test_tokenize_errors(bad: str) -> None:
    with pytest.raises(StyleError):
        tokenize(bad)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (10, 10.0),
        (2.5, 2.5),
        ("10", 10.0),
        ("10px", 10.0),
        ("-4px", -4.0),
        ("1.5em", 30.0),  # em = the context font size (20)
        ("2rem", 32.0),  # rem = 16 always
        ("10vw", 120.0),
        ("10vh", 63.0),
        ("3.333vw", 39.0),  # 39.996 truncated toward zero (Satori's ~~)
        ("-3.333vw", -39.0),
        # Satori converts only em, rem, vw and vh; any other unit is its number in px (Next.js 16.4.6).
        ("10vmin", 10.0),
        ("10vmax", 10.0),
        ("12pt", 12.0),
        ("1pc", 1.0),
        ("1in", 1.0),
        ("2.54cm", 2.54),
        ("25.4mm", 25.4),
        ("3ex", 3.0),
        ("5ch", 5.0),
        ("50%", Percent(50.0)),
    ],
)
def test_lengths(raw: object, expected: object) -> None:
    value = parse_length(raw, CTX)  # type: ignore[arg-type]
    if isinstance(expected, float):
        assert value == pytest.approx(expected)
    else:
        assert value == expected


def test_auto_and_percent_only_where_allowed() -> None:
    assert parse_length("auto", CTX, auto=True) is AUTO
    with pytest.raises(StyleError, match="expected a length or percentage, got 'auto'"):
        parse_length("auto", CTX)
    with pytest.raises(StyleError, match="expected a length, got '5%'"):
        parse_length("5%", CTX, percent=False)


@pytest.mark.parametrize("bad", ["12pq", "px", "1px 2px", "red", "", "calc(1px + 2px)"])
def test_bad_lengths(bad: str) -> None:
    with pytest.raises(StyleError, match=re.escape(repr(bad))):
        parse_length(bad, CTX)


def test_calc_says_not_supported() -> None:
    with pytest.raises(StyleError, match="calc"):
        parse_length("calc(100% - 10px)", CTX)


def test_non_finite_and_bool_rejected() -> None:
    with pytest.raises(StyleError):
        parse_length(float("nan"), CTX)
    with pytest.raises(StyleError):
        parse_length(True, CTX)  # type: ignore[arg-type]


def test_substitute_vars() -> None:
    variables = {"--a": "10px", "--b": "var(--a)", "--self": "var(--self)"}
    assert substitute_vars("var(--a)", variables) == "10px"
    assert substitute_vars("var(--b) var(--a)", variables) == "10px 10px"
    assert substitute_vars("var(--missing, 3px)", variables) == "3px"
    assert substitute_vars("var(--missing, var(--a))", variables) == "10px"
    assert substitute_vars("var(--missing)", variables) == "initial"
    assert substitute_vars("rgb(var(--c, 1, 2, 3))", variables) == "rgb(1, 2, 3)"
    assert substitute_vars("var(--self)", variables) == "initial"  # cycle: cut off, no crash
    assert substitute_vars("10px", variables) == "10px"


def test_passed_down_variables_are_converted_as_satori_converts_lengths() -> None:
    """Lengths and angles become their px or degrees as JavaScript prints them (em at this element's
    20 px, vw truncated); numbers, percentages, colours and longer values stay as written."""
    variables = {"--a": "5px", "--b": "0.3em", "--c": "10vw", "--d": "0.25turn", "--e": "40pt", "--f": "50%",
                 "--g": "12", "--h": "red", "--i": "2px solid", "--j": "#1e1e1e", "--k": "var(--a)", "--l": "2EM"}
    assert passed_down_variables(variables, CTX) == {
        **variables, "--a": "5", "--b": "6", "--c": "120", "--d": "90", "--e": "40"}
    untouched = {"--f": "50%", "--h": "red"}
    assert passed_down_variables(untouched, CTX) is untouched
