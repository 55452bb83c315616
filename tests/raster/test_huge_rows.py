"""Paths whose device rows pass 2^29 px: the quarter rows tiny-skia fills once its row numbers wrap in i32.

Reference: Next.js 16.4.6 drawings of absolutely placed 30 px wide boxes on a 400x200 canvas (nearmiss17's
probes, 2026-12-07; heights are the float32 values Yoga gives Satori), read down each box's middle column:
a bottom in [2^29, 2^30) or [2^30 + 2^29, 2^31) px fills nothing, one in [2^30, 2^30 + 2^29) fills down to
its row count modulo 2^30 (at least the first quarter row), one past 2^31 nothing; sideways only a right edge
past 2^31 or a left one past -2^31 stops it, and a top past -2^31 fills nothing. tiny-skia saturates a float
to 2147483520 (the largest f32 below 2^31), not to i32's range: a box 1.5e10 px wide starting 7 px right of
the canvas's edge is filled, as Next draws it (layoutgen17's probes, 2026-12-07: left 7, 100 and 127 filled,
128 and 200 not). The conformance cases backgrounds/huge-box-* draw such boxes through layout.
"""

from __future__ import annotations

import pytest

from pureog.display import FillRule
from pureog.f32 import f32
from pureog.geometry import IDENTITY, Rect
from pureog.path import rect_path, rounded_rect_path
from pureog.raster.path_mask import path_mask

CANVAS = (0, 0, 400, 200)


def _column(x: float, y: float, width: float, height: float, column: int) -> list[tuple[int, int]]:
    """(row, coverage) of the painted pixels of the box's fill down ``column``."""
    path = rect_path(Rect(x, y, f32(width), f32(height)))
    mask = path_mask(path, FillRule.NONZERO, IDENTITY, CANVAS, CANVAS)
    if mask is None:
        return []
    return [(row, mask.coverage(column, row)) for row in range(200) if mask.coverage(column, row)]


@pytest.mark.parametrize(("height", "painted"), [
    (536_000_000, [(row, 255) for row in range(10, 200)]),  # bottom below 2^29: whole
    (537_900_000, []),  # bottom in [2^29, 2^30): the stop row wraps negative
    ((1 << 30) + 118, [(row, 255) for row in range(10, 138)]),  # 2^30 + 138 rows: 138 of them
    ((1 << 30) - 10, [(10, 64)]),  # float32 2^30: the stop wraps onto the start, one quarter row
    ((1 << 30) + 54, [(10, 64)]),
    ((1 << 30) + (1 << 29) + 54, []),  # in [2^30 + 2^29, 2^31): negative again
    ((1 << 31) - 330, []),
    ((1 << 29) + 54, []),
])
def test_fill_rows_past_2_29_as_next_draws_them(height: int, painted: list[tuple[int, int]]) -> None:
    assert _column(5, 10, 30, height, 20) == painted


def test_a_bottom_past_i32_fills_nothing() -> None:
    # the venusian badge (Yoga's 3.18e9 px item), rounded as it was
    path = rounded_rect_path(Rect(376, 232, 48, f32(3175529984.0)), ((24.0, 24.0),) * 4)
    assert path_mask(path, FillRule.NONZERO, IDENTITY, CANVAS, CANVAS) is None


@pytest.mark.parametrize("width", [536_000_000, 537_900_000])
def test_width_never_stops_the_fill(width: int) -> None:
    assert _column(150, 150, width, 20, 300) == [(row, 255) for row in range(150, 170)]


def test_left_far_off_canvas_still_fills() -> None:
    assert _column(-537_900_000, 90, 537_900_100, 20, 50) == [(row, 255) for row in range(90, 110)]


@pytest.mark.parametrize(("x", "width"), [
    (150, 2_200_000_000), (150, 3_000_000_000),  # the right edge past i32: no IntRect
    (-3_000_000_000, 3_000_000_256), (-2_200_000_000, 2_200_000_256),  # the left saturates: ends at -1
])
def test_a_rectangle_past_i32_sideways_fills_nothing(x: int, width: int) -> None:
    assert _column(x, 60, width, 20, 100) == []


@pytest.mark.parametrize(("y", "height"), [(-3_000_000_000, 3_000_000_256), (-2_200_000_000, 2_200_000_256)])
def test_a_top_past_minus_i32_fills_nothing(y: int, height: int) -> None:
    # the top saturates to -2147483520 and so does the height: the rectangle ends at row 0 (Next draws nothing
    # and does not fail, as it does for a top in (-2^31, -2^29])
    assert _column(100, y, 30, height, 115) == []


@pytest.mark.parametrize(("x", "width"), [(7, 15_000_000_000), (127, 3_000_000_000), (0, 1e30)])
def test_a_width_saturates_to_the_largest_f32_below_2_31(x: int, width: float) -> None:
    # the size rounds out to 2147483520 px, and x + that still fits i32: the fill is cut to the pixmap
    assert _column(x, 60, width, 20, 300) == [(row, 255) for row in range(60, 80)]


def test_a_saturated_width_from_128_px_on_passes_i32() -> None:
    assert _column(128, 60, 15_000_000_000, 20, 300) == []
