"""A shape clipped on its own has the clip filled into its trimmed layer (pureog/raster/own_clip.py)."""

from __future__ import annotations

import random

from pureog.color import Color
from pureog.display import Clip, FillPath, SolidPaint
from pureog.geometry import IDENTITY, Rect
from pureog.path import rect_path, rounded_rect_path
from pureog.raster.own_clip import own_clip_mask, trimmed_rect
from pureog.raster.path_mask import clip_mask
from pureog.raster.scan import Mask

CANVAS = (0, 0, 64, 64)
CIRCLE = Clip(rounded_rect_path(Rect(16.0, 16.0, 32.0, 32.0), ((16.0, 16.0),) * 4))


def test_trimmed_rect_keeps_one_pixel_a_side_and_two_past_the_right_edge() -> None:
    shape = Mask(10, 5, 6, 3, [None, bytes([0, 9, 255, 255, 0, 0]), bytes([0, 0, 0, 0, 0, 7])])
    # rows 6..7; columns 11..13 from the row above the last, the last row adds its first pixel (15)
    assert trimmed_rect(shape, CANVAS) == (10, 5, 17, 9)
    assert trimmed_rect(Mask(0, 0, 2, 1, [None]), CANVAS) is None


def _trimmed_rect_row_by_row(shape: Mask, canvas: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """trimmed_rect's rule read one row at a time (what the distinct-row version must agree with)."""
    rows = [(shape.y + i, row) for i, row in enumerate(shape.rows) if row is not None and any(row)]
    if not rows:
        return None
    last = rows[-1][1]
    left = right = shape.x + next(i for i, v in enumerate(last) if v)
    for _y, row in rows[:-1]:
        left = min(left, shape.x + next(i for i, v in enumerate(row) if v))
        right = max(right, shape.x + max(i for i, v in enumerate(row) if v))
    return (max(left - 1, canvas[0]), max(rows[0][0] - 1, canvas[1]),
            min(right + 2, canvas[2]), min(rows[-1][0] + 2, canvas[3]))


def test_trimmed_rect_agrees_with_the_row_by_row_rule_on_repeated_and_empty_rows() -> None:
    rng = random.Random(11)
    pool = [None, bytes(6), bytes([0, 0, 0, 0, 0, 3]), bytes([255] * 6), bytes([0, 40, 255, 255, 9, 0]),
            bytes([7, 0, 0, 0, 0, 0]), bytes([0, 0, 128, 0, 0, 0])]
    for _ in range(2000):
        height = rng.randint(1, 9)
        shape = Mask(rng.randint(-3, 60), rng.randint(-3, 60), 6, height, [rng.choice(pool) for _ in range(height)])
        assert trimmed_rect(shape, CANVAS) == _trimmed_rect_row_by_row(shape, CANVAS)


def test_a_band_along_the_top_of_a_circle_is_clipped_in_its_own_small_layer() -> None:
    band = FillPath(rect_path(Rect(20.0, 15.0, 24.0, 6.0)), SolidPaint(Color(0, 0, 0)))
    canvas_clip = clip_mask(CIRCLE, IDENTITY, CANVAS, CANVAS)
    own = own_clip_mask(band, IDENTITY, CIRCLE, IDENTITY, None, canvas_clip, CANVAS)
    assert own is not None and canvas_clip is not None and own is not canvas_clip
    # the circle cut to the band's layer (19..46 x 14..23) covers the top row's middle more
    assert own.coverage(30, 16) > canvas_clip.coverage(30, 16)


def test_a_layer_holding_the_whole_clip_or_a_straight_clip_keeps_the_canvas_clip() -> None:
    ring = FillPath(rect_path(Rect(15.0, 15.0, 34.0, 34.0)), SolidPaint(Color(0, 0, 0)))
    applied = clip_mask(CIRCLE, IDENTITY, CANVAS, CANVAS)
    assert own_clip_mask(ring, IDENTITY, CIRCLE, IDENTITY, None, applied, CANVAS) is applied
    square = Clip(rect_path(Rect(16.0, 16.0, 32.0, 32.0)))
    band = FillPath(rect_path(Rect(20.0, 15.0, 24.0, 6.0)), SolidPaint(Color(0, 0, 0)))
    applied = clip_mask(square, IDENTITY, CANVAS, CANVAS)
    assert own_clip_mask(band, IDENTITY, square, IDENTITY, None, applied, CANVAS) is applied
