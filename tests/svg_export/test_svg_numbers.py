"""pureog.svg_export.numbers: compact numbers, transforms and colours."""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.geometry import Affine
from pureog.svg_export.numbers import alpha, hex_color, num, nums, opacity, transform


def test_num_is_short_and_rounded() -> None:
    assert num(1.0) == "1"
    assert num(0.5) == ".5"
    assert num(-0.5) == "-.5"
    assert num(12.34567) == "12.346"
    assert num(12.34567, 5) == "12.34567"
    assert num(100.0) == "100"
    assert num(-0.0001) == "0"  # no "-0"
    assert num(0.0004) == "0"
    assert num(math.nan) == "0" and num(math.inf) == "0"
    assert nums((1.0, -2.5, 0.25)) == "1 -2.5 .25"


def test_transform_picks_the_shortest_form() -> None:
    assert transform(Affine()) is None
    assert transform(Affine.translate(10, 0)) == "translate(10)"
    assert transform(Affine.translate(1.5, -2)) == "translate(1.5 -2)"
    assert transform(Affine.scale(2)) == "scale(2)"
    assert transform(Affine.scale(2, 3)) == "scale(2 3)"
    rotated = transform(Affine.rotate(math.pi / 6))
    assert rotated == "matrix(.866025 .5 -.5 .866025 0 0)"
    assert transform(Affine(1, 0, 0, 1, 0.123456, 0)) == "translate(.12346)"


def test_colours_and_opacities() -> None:
    assert hex_color(Color(255, 255, 255)) == "#fff"
    assert hex_color(Color(0x1a, 0x2b, 0x3c)) == "#1a2b3c"
    assert hex_color(Color(0x11, 0x22, 0x34)) == "#112234"
    assert alpha(Color(0, 0, 0, 1.0)) is None
    # The 8-bit alpha (round(0.3 * 255) = 77) over 255: a renderer's round(a * 255) gives 77 back.
    text = alpha(Color(0, 0, 0, 0.3))
    assert text is not None and round(float(text) * 255) == 77
    assert alpha(Color(0, 0, 0, 0.5)) == ".502"
    assert opacity(1.0) is None and opacity(0.25) == ".25" and opacity(-1.0) == "0"
