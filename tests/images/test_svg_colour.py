"""SVG colours as resvg reads them (pureog/images/svg/svgcolor.py): svgtypes 0.10's grammar, checked
pixel by pixel against Next.js (conformance/cases/svg/svgtypes-colours)."""

from __future__ import annotations

import pytest

from pureog.color import Color
from pureog.images.svg.svgcolor import color_value, current_color, svg_color


@pytest.mark.parametrize(("text", "expected"), [
    ("red", Color(255, 0, 0)),
    (" RED ", Color(255, 0, 0)),
    ("#ABCDEF", Color(171, 205, 239)),
    ("#0008", Color(0, 0, 0, 136 / 255)),
    ("rgb(300,-5,20)", Color(255, 0, 20)),
    ("rgb(255.5,0,0)", Color(255, 0, 0)),
    ("rgb(0 0 255)", Color(0, 0, 255)),
    ("rgb(10%,50%,20%)", Color(26, 128, 51)),          # round(v * 255), halves up
    ("rgba(0,0,255,0.5)", Color(0, 0, 255, 127 / 255)),  # alpha truncated to 1/255 steps
    ("hsl(200, 37%, 61%)", Color(118, 167, 192)),       # single precision, truncated (Next's pixels)
    ("hsl(-120, 1, 0.5)", Color(0, 0, 255)),
    ("transparent", Color(0, 0, 0, 0.0)),
])
def test_svgtypes_reads(text: str, expected: Color) -> None:
    assert svg_color(text) == expected


@pytest.mark.parametrize("text", [
    "rebeccapurple", "hsl(120deg 100% 50%)", "rgb(0 0 255 / 50%)", "rgba(0,0,255,50%)", "oklch(0.5 0.2 30)",
    "hsl(120.5, 100%, 50%)", "#12", "#ggg", "red icc-color(x, 1)", "currentColor", "currentcolor", "", "bogus",
])
def test_svgtypes_refuses(text: str) -> None:
    assert svg_color(text) is None


def test_css_colours_svgtypes_refuses_keep_their_css_value() -> None:
    # a deliberate difference (spec/differences.md): Next paints these black
    assert color_value("rebeccapurple", {}) == Color(102, 51, 153)
    assert color_value("currentcolor", {"color": "lime"}) == Color(0, 255, 0)
    assert color_value("#12", {}) is None


def test_current_color_unreadable_is_black() -> None:
    assert current_color({"color": "nope"}) == Color(0, 0, 0)
    assert color_value("currentColor", {"color": "hsl(200, 37%, 61%)"}) == Color(118, 167, 192)
