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


def test_text_outline_box_is_the_absolute_one_decimal_box() -> None:
    # Satori's "Bo" at y 66.7..88.4 (casebook3, filters/cb3-drop-shadow-text-row): pureog paints each glyph
    # translated by whole pixels, and the union of the per-glyph Rects ended at 88.40000000000002, so the
    # drop-shadow() region (y - h, truncated; 2 h, rounded) ended on pixel 87 and lost the glyphs' last
    # row; Next's resvg parses the absolute 66.7 and 88.4 and ends it on 88.
    from pureog.color import Color
    from pureog.display import FillPath, Group, SolidPaint
    from pureog.geometry import Affine
    from pureog.paint.bounds import node_bounds
    from pureog.paint.text import svg_rounded_glyph
    from pureog.paint.usvg_bbox import translated_paths_bbox
    from pureog.path import Path

    ink = SolidPaint(Color(0, 0, 0))
    glyphs = []
    # an "o"-like outline whose bottom is a quadratic's end 0.4 below the baseline
    outline = Path((("M", 0.0, -8.0), ("Q", 4.0, -8.0, 4.0, 0.0), ("Q", 4.0, 0.4, 2.0, 0.4),
                    ("L", 0.0, -21.3), ("Z",)))
    for x in (10.0, 30.0):
        path, ix, iy = svg_rounded_glyph(outline, x, 88.0)
        glyphs.append(Group((FillPath(path, ink),), transform=Affine(1.0, 0.0, 0.0, 1.0, ix, iy)))
    text = Group(tuple(glyphs))
    box = translated_paths_bbox(text)
    assert box is not None
    assert (box.x, box.y, box.x + box.width, box.y + box.height) == (10.0, 66.7, 34.0, 88.4)

    def region_end(b: Rect) -> int:
        return int(b.y - b.height) + math.floor(2 * b.height + 0.5)

    assert region_end(box) == 88
    union = node_bounds(text)
    assert union is not None and region_end(union) == 87  # the per-glyph union: a pixel short


def test_other_groups_have_no_translated_box() -> None:
    from pureog.color import Color
    from pureog.display import FillPath, Group, SolidPaint
    from pureog.geometry import Affine
    from pureog.paint.usvg_bbox import translated_paths_bbox
    from pureog.path import rect_path

    fill = FillPath(rect_path(Rect(0, 0, 10, 10)), SolidPaint(Color(0, 0, 0)))
    assert translated_paths_bbox(Group((fill,), transform=Affine(2.0, 0.0, 0.0, 1.0, 0.0, 0.0))) is None
    assert translated_paths_bbox(Group(())) is None
    assert translated_paths_bbox(Group((fill,), transform=Affine(1.0, 0.0, 0.0, 1.0, 5.0, 7.0))) == Rect(5, 7, 10, 10)
