"""Glyph outlines are rounded to 0.1 px in absolute coordinates, as Satori's SVG has them, and their
quadratics become usvg's cubics."""

from __future__ import annotations

from pureog.paint.text import js_tenths, svg_rounded_glyph
from pureog.path import PathBuilder


def _absolute(path, ix: float, iy: float) -> list[tuple[float, ...]]:  # type: ignore[no-untyped-def]
    return [tuple(round(c + (iy if i % 2 else ix), 6) for i, c in enumerate(seg[1:])) for seg in path.segments]


def test_rounded_outline_equals_rounding_the_absolute_coordinates() -> None:
    glyph = PathBuilder().move_to(0.0, -7.04).line_to(5.51, 0.02).line_to(1.249, 0.0).close().build()
    rounded, ix, iy = svg_rounded_glyph(glyph, 103.25, 57.5)
    assert (ix, iy) == (103.0, 57.0)
    assert _absolute(rounded, ix, iy) == [(103.3, 50.5), (108.8, 57.5), (104.5, 57.5), ()]


def test_quadratics_become_usvg_cubics() -> None:
    glyph = PathBuilder().move_to(0.0, 0.0).quad_to(3.0, 3.0, 6.0, 0.0).close().build()
    rounded, ix, iy = svg_rounded_glyph(glyph, 10.0, 20.0)
    verbs = [seg[0] for seg in rounded.segments]
    assert verbs == ["M", "C", "Z"]
    assert _absolute(rounded, ix, iy)[1] == (12.0, 22.0, 14.0, 22.0, 16.0, 20.0)  # (p0 + 2q) / 3, (p + 2q) / 3


def test_repeated_glyph_is_its_first_occurrence_shifted() -> None:
    # Satori reuses the first occurrence's absolute commands: (first_x + c) + (x - first_x).
    glyph = PathBuilder().move_to(0.1, 0.0).line_to(1.0, 1.0).close().build()
    rounded, ix, _ = svg_rounded_glyph(glyph, 0.3, 0.0, first_x=0.1, first_y=0.0)
    expected = js_tenths((0.1 + 0.1) + (0.3 - 0.1)) / 10
    assert _absolute(rounded, ix, 0.0)[0][0] == expected


def test_js_tenths_rounds_the_exact_binary_value_ties_up() -> None:
    assert js_tenths(10.25) == 103  # an exact tie: the larger n
    assert js_tenths(-10.25) == -103  # toFixed rounds |v| and keeps the sign
    assert js_tenths(1.45) == 14  # 1.45 is 1.4499999... in binary
    assert js_tenths(0.05) == 1  # 0.05 is 0.05000000000000000277 in binary
    assert js_tenths(43.1) == 431
