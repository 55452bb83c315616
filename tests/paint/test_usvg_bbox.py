"""resvg's bounding box of Satori's rounded-rectangle path (pureog/paint/usvg_bbox.py).

The expected values were measured with Next.js's resvg: a filter of one ``feFlood`` over the path
with an objectBoundingBox region paints exactly the truncated box, so its first dark pixel shows
whether the box's x and y fell a hair below the integer."""

from __future__ import annotations

import math

from pureog.geometry import Rect
from pureog.paint.usvg_bbox import satori_rounded_rect_bbox


def _pixels(box: Rect) -> tuple[int, int, int, int]:
    """usvg's ``to_screen_rect``: x and y truncated, width and height rounded."""
    return int(box.x), int(box.y), math.floor(box.width + 0.5), math.floor(box.height + 0.5)


def test_no_radius_is_exact() -> None:
    box = satori_rounded_rect_bbox(Rect(24, 24, 100, 60), ((0.0, 0.0),) * 4)
    assert (box.x, box.y, box.width, box.height) == (24, 24, 100, 60)


def test_arc_corners_start_the_region_a_pixel_early() -> None:
    # resvg: feFlood over rx=8 (and 12, and 1) at 24,24 100x60 spans pixels 23..122 x 23..82
    for r in (1.0, 8.0, 12.0):
        box = satori_rounded_rect_bbox(Rect(24, 24, 100, 60), ((r, r),) * 4)
        assert box.x < 24 and box.y < 24, r
        assert abs(box.x - 24) < 1e-12 and abs(box.right - 124) < 1e-12
        assert _pixels(box) == (23, 23, 100, 60)


def test_half_height_radius_stays_exact() -> None:
    # resvg: rx=30 on a 60 px tall box (no straight sides left) spans 24..123 x 24..83
    box = satori_rounded_rect_bbox(Rect(24, 24, 100, 60), ((30.0, 30.0),) * 4)
    assert _pixels(box) == (24, 24, 100, 60)


def test_the_shadow_offset_moves_only_the_start() -> None:
    moved = satori_rounded_rect_bbox(Rect(20, 20, 100, 60), ((8.0, 8.0),) * 4, 4.0, 4.0)
    assert _pixels(moved) == (23, 23, 100, 60)


def test_zero_radius_corner_is_a_line() -> None:
    box = satori_rounded_rect_bbox(Rect(10, 10, 50, 30), ((0.0, 0.0), (8.0, 8.0), (0.0, 0.0), (8.0, 8.0)))
    assert abs(box.x - 10) < 1e-12 and abs(box.bottom - 40) < 1e-12
