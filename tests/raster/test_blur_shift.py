"""Filter images moved by whole pixels (raster/blur.py): the text-shadow path moves 8-bit planes as the
SVG filter path moves RGBA images, both as tiny-skia's ``draw_pixmap`` does in resvg."""

from __future__ import annotations

import random

from pureog.raster.blur import offset_cut, shift_plane
from pureog.raster.svg_filter_ops import shift


def test_a_plane_moves_as_the_rgba_image_moves() -> None:
    rng = random.Random(20261205)
    for _ in range(2000):
        w, h = rng.randint(1, 7), rng.randint(1, 7)
        plane = bytes(rng.randint(0, 255) for _ in range(w * h))
        dx, dy = rng.randint(-8, 8), rng.randint(-8, 8)
        rgba = bytes(v for a in plane for v in (0, 0, 0, a))
        assert shift_plane(plane, w, h, dx, dy) == bytes(shift(rgba, w, h, dx, dy)[3::4]), (w, h, dx, dy)


def test_a_move_up_or_left_repeats_the_last_row_or_column_once() -> None:
    plane = bytes(range(1, 10))  # 3 x 3: rows 1 2 3 / 4 5 6 / 7 8 9
    assert shift_plane(plane, 3, 3, 0, -1) == bytes((4, 5, 6, 7, 8, 9, 7, 8, 9))
    assert shift_plane(plane, 3, 3, -1, 0) == bytes((2, 3, 3, 5, 6, 6, 8, 9, 9))
    assert shift_plane(plane, 3, 3, 1, 1) == bytes((0, 0, 0, 0, 1, 2, 0, 4, 5))


def test_an_offset_result_loses_its_first_row_and_column() -> None:
    assert offset_cut(bytes(range(1, 10)), 3) == bytes((0, 0, 0, 0, 5, 6, 0, 8, 9))


def test_shift_plane_moves_clear_rows_clear_and_painted_rows_as_before() -> None:
    """shift_plane skips clear source rows (one memcmp each): the result is the row-by-row move."""
    from pureog.raster.blur import shift_plane

    w, h = 6, 7
    plane = bytearray(w * h)
    plane[2 * w + 1] = 90
    plane[3 * w + w - 1] = 200  # the edge column a move left repeats
    for dx, dy in ((1, 1), (-1, 2), (2, -1), (-2, -2), (0, 3), (3, 0)):
        moved = shift_plane(bytes(plane), w, h, dx, dy)
        for y in range(h):
            for x in range(w):
                sx, sy = min(x - dx, w - 1), min(y - dy, h - 1)
                inside = dx <= x <= dx + w and dy <= y <= dy + h and sx >= 0 and sy >= 0
                assert moved[y * w + x] == (plane[sy * w + sx] if inside else 0), (dx, dy, x, y)
