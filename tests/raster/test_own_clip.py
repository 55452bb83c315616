"""A shape clipped on its own has the clip filled into its trimmed layer (pureog/raster/own_clip.py)."""

from __future__ import annotations

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
