"""Glyph outlines are rounded to 0.1 px in absolute coordinates, as Satori's SVG has them."""

from __future__ import annotations

from pureog.paint.text import svg_rounded_glyph
from pureog.path import PathBuilder


def _absolute(path, ix: float, iy: float) -> list[tuple[float, ...]]:  # type: ignore[no-untyped-def]
    return [tuple(round(c + (iy if i % 2 else ix), 6) for i, c in enumerate(seg[1:])) for seg in path.segments]


def test_rounded_outline_equals_rounding_the_absolute_coordinates() -> None:
    glyph = PathBuilder().move_to(0.0, -7.04).quad_to(3.33, -9.96, 5.51, 0.02).line_to(1.249, 0.0).close().build()
    x, y = 103.25, 57.5  # fractions that are exact in 1/256 px steps
    rounded, ix, iy = svg_rounded_glyph(glyph, x, y)
    assert (ix, iy) == (103.0, 57.0)
    expected = [(103.3, 50.5), (106.6, 47.5, 108.8, 57.5), (104.5, 57.5), ()]
    assert _absolute(rounded, ix, iy) == expected


def test_same_glyph_and_fraction_share_one_outline() -> None:
    glyph = PathBuilder().move_to(0, 0).line_to(3.14159, 2.71828).line_to(0, 5).close().build()
    first, _, _ = svg_rounded_glyph(glyph, 10.5, 20.25)
    again, ix, iy = svg_rounded_glyph(glyph, 42.5, 7.25)
    assert first is again and (ix, iy) == (42.0, 7.0)
    other, _, _ = svg_rounded_glyph(glyph, 10.75, 20.25)
    assert other is not first
