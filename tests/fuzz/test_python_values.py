"""Python values a caller (or a JSON/YAML reader) hands pureog that no JSON number from JavaScript could
be: integers past float range, a ``fonts`` argument that is no list. Each ends in a PureogError or an
image, never OverflowError or TypeError from deep inside."""

from __future__ import annotations

import json
from typing import Any

import pytest

import pureog
from pureog import PureogError
from pureog.document.model import js_number_text, plain_number

HUGE = 10**400
"""What Python's json and yaml readers give for a 400-digit integer literal (JavaScript reads Infinity)."""


def _card(style: dict[str, Any], child: Any = "x") -> dict[str, Any]:
    return {"width": 40, "height": 30, "element": {"div": {"style": {"display": "flex", **style}, "children": child}}}


def test_integers_past_float_range_read_as_infinity() -> None:
    assert plain_number(HUGE) == float("inf") and plain_number(-HUGE) == float("-inf")
    assert plain_number(2**1023) == 2**1023  # still a float's worth: kept exact
    assert js_number_text(HUGE) == "Infinity" and js_number_text(-HUGE) == "-Infinity"


@pytest.mark.parametrize("prop", ["width", "letterSpacing", "borderWidth", "flexGrow", "top", "fontSize"])
def test_a_huge_integer_style_value_is_not_an_overflow(prop: str) -> None:
    for value in (HUGE, -HUGE):
        try:
            pureog.render_png(_card({prop: value, "position": "relative"}))
        except PureogError:
            pass


def test_huge_integers_in_the_document_and_its_json_text() -> None:
    with pytest.raises(PureogError, match="whole number of pixels"):
        pureog.render_png({"div": "x"}, width=HUGE, height=30)
    with pytest.raises(PureogError, match="whole number of pixels"):
        pureog.load(json.dumps({"width": HUGE, "height": 30, "element": {"div": "x"}}))
    assert pureog.render_png(_card({}, [HUGE, -HUGE])).startswith(b"\x89PNG")  # children: "Infinity"
    template = {"width": 40, "height": 30, "data": {"n": HUGE}, "element": {"div": "{{ n }}"}}
    assert pureog.render_png(template).startswith(b"\x89PNG")
    with pytest.raises(PureogError, match="font weight"):
        pureog.render_png(_card({}), fonts=[{"name": "a", "data": b"\0" * 12, "weight": HUGE}])


@pytest.mark.parametrize("fonts", [5, 1.5, object()])
def test_fonts_that_are_no_list(fonts: Any) -> None:
    with pytest.raises(PureogError, match="fonts must be a list"):
        pureog.render_png(_card({}), fonts=fonts)


@pytest.mark.parametrize("text", [
    '{"width": 50, "height": 50, "element": {"div": {"children": ' + "9" * 5000 + "}}}",
    "width: 50\nheight: 50\nelement: {div: {style: {width: " + "9" * 5000 + "}, children: x}}\n",
])
def test_integer_literals_past_pythons_digit_limit(text: str) -> None:
    # Python's int() refuses over 4,300 digits (ValueError from inside the JSON and YAML readers)
    with pytest.raises(PureogError, match="not valid YAML/JSON"):
        pureog.load(text)


def test_keyword_arguments_of_the_wrong_kind() -> None:
    with pytest.raises(PureogError, match="timeout"):
        pureog.render_png(_card({}), timeout=HUGE)
    with pytest.raises(PureogError, match="grapheme_images"):
        pureog.render_png(_card({}), grapheme_images=5)  # type: ignore[arg-type]
    with pytest.raises(PureogError, match="mapping or"):
        pureog.ImageResponse(_card({}), headers=5)  # type: ignore[arg-type]
