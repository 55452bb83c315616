"""Glyph outlines are rounded to 0.1 px in absolute coordinates, as Satori's SVG has them, and their
quadratics become usvg's cubics."""

from __future__ import annotations

import pytest

from pureog.paint.glyph_rounding import js_tenths
from pureog.paint.text import svg_rounded_glyph
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


def test_bulk_rounding_equals_one_coordinate_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # paint/glyph_rounding.py rounds a glyph's numbers in bulk and sends only those near a tie through
    # js_tenths: the segments must be those of rounding each coordinate alone, bit for bit, at places
    # full of exact ties (sixty-fourths and tenths of a pixel), at random ones, far out, and shifted
    # from a first occurrence; a cubic, a quadratic after a close, a lone move kept as they are.
    import random  # noqa: PLC0415

    from pureog.paint import glyph_rounding  # noqa: PLC0415
    from pureog.paint.glyph_rounding import _rounded_one_by_one, rounded_segments  # noqa: PLC0415

    monkeypatch.setattr(glyph_rounding, "_BULK_SEGMENTS", 0)  # every outline in bulk, small ones too
    monkeypatch.setattr(glyph_rounding, "_flat_paths", {})
    rng = random.Random(11)
    glyphs = [
        PathBuilder().move_to(0.0, -7.04).line_to(5.51, 0.02).line_to(1.249, 0.0).close().build(),
        PathBuilder().move_to(0.25, 0.75).quad_to(3.125, -3.0, 6.0625, 0.5).close().quad_to(1.5, 1.5, 0.0, 3.0)
        .cubic_to(-0.05, 2.95, 0.15, 0.45, 0.25, 0.75).close().build(),
        PathBuilder().move_to(1.0, 1.0).build(),
    ]
    for _ in range(60):  # a glyph outline of sixty-fourths, as a font's units at a power-of-two scale give
        b = PathBuilder().move_to(rng.randrange(-640, 640) / 64, rng.randrange(-640, 640) / 64)
        for _ in range(rng.randrange(1, 12)):
            pts = [rng.randrange(-640, 640) / 64 for _ in range(6)]
            step = rng.random()
            if step < 0.3:
                b.line_to(*pts[:2])
            elif step < 0.8:
                b.quad_to(*pts[:4])
            else:
                b.cubic_to(*pts)
        glyphs.append(b.close().build())
    for glyph in glyphs:
        for _ in range(60):
            x = rng.choice((rng.randrange(-6400, 76800) / 64, rng.randrange(0, 12000) / 10, rng.uniform(-50, 1250),
                            rng.uniform(-1e6, 1e6)))
            y = rng.choice((rng.randrange(-6400, 40320) / 64, rng.randrange(0, 6300) / 10, rng.uniform(-50, 680)))
            fx = x if rng.random() < 0.5 else x - rng.randrange(1, 4000) / 16
            fy = y if rng.random() < 0.7 else y - rng.randrange(1, 400) / 10
            ix, iy = int(x // 1), int(y // 1)
            bulk = rounded_segments(glyph, x, y, fx, fy, ix, iy)
            alone = _rounded_one_by_one(glyph, fx, fy, x - fx, y - fy, ix, iy)
            assert repr(bulk) == repr(alone), (glyph, x, y, fx, fy)
