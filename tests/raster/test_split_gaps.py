"""mask_geometry.split_gaps: a mask as disjoint parts around wide clear gaps (a box shadow cut out under its box);
filling the parts is filling the mask."""

from __future__ import annotations

import random

from pureog.raster import blend, mask_geometry
from pureog.raster.scan import Mask


def _coverage(masks: list[Mask], width: int, height: int) -> list[int]:
    out = [0] * (width * height)
    for m in masks:
        for i, row in enumerate(m.rows):
            if row is None:
                continue
            for j, c in enumerate(row):
                if c:
                    o = (m.y + i) * width + m.x + j
                    assert out[o] == 0  # parts never overlap where they paint
                    out[o] = c
    return out


def _boxes_disjoint(masks: list[Mask]) -> bool:
    for i, a in enumerate(masks):
        for b in masks[i + 1 :]:
            if a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height:
                return False
    return True


def test_parts_hold_the_coverage_in_disjoint_boxes_and_fill_alike() -> None:
    rng = random.Random(9)
    split_at_least_once = False
    for _ in range(200):
        width, height = rng.randint(1, 40), rng.randint(1, 12)
        hole = sorted(rng.sample(range(width + 1), 2))
        rows: list[bytes | None] = []
        for _ in range(height):
            if rng.random() < 0.15:
                rows.append(None)
                continue
            row = bytearray(rng.randint(0, 255) if rng.random() < 0.7 else 0 for _ in range(width))
            if rng.random() < 0.7:  # a clear stretch, moving a little from row to row
                a = min(width, max(0, hole[0] + rng.randint(-2, 2)))
                b = min(width, max(a, hole[1] + rng.randint(-2, 2)))
                row[a:b] = bytes(b - a)
            rows.append(bytes(row))
        mask = Mask(3, 2, width, height, rows)
        parts = mask_geometry.split_gaps(mask, gap=rng.choice((1, 3, 8)))
        assert _boxes_disjoint(parts)
        split_at_least_once = split_at_least_once or len(parts) > 1 and any(p.width < width for p in parts)
        canvas_w, canvas_h = width + 3, height + 2
        assert _coverage(parts, canvas_w, canvas_h) == _coverage([mask], canvas_w, canvas_h)
        stride = 4 * canvas_w
        backdrop = bytearray(rng.randrange(256) for _ in range(stride * canvas_h))
        whole = bytearray(backdrop)
        blend.fill_solid(whole, stride, mask, blend.premultiply(200, 40, 90, 170))
        split = bytearray(backdrop)
        for part in parts:
            blend.fill_solid(split, stride, part, blend.premultiply(200, 40, 90, 170))
        assert split == whole
    assert split_at_least_once


def test_a_box_shadow_ring_splits_into_sides() -> None:
    ring = [bytes([9] * 100)] * 3 + [bytes([7] * 10 + [0] * 80 + [5] * 10)] * 20 + [bytes([9] * 100)] * 3
    parts = mask_geometry.split_gaps(Mask(0, 0, 100, len(ring), ring))
    assert [(p.x, p.y, p.width, p.height) for p in parts] == [
        (0, 0, 100, 3), (0, 3, 10, 20), (90, 3, 10, 20), (0, 23, 100, 3)]


def test_rows_repeating_the_row_before_split_alike() -> None:
    """A row equal to the last row looked at (None rows between them or not) is skipped: its gap is
    in the run's boxes already (a box shadow's long sides repeat one row hundreds of times)."""
    rng = random.Random(19)
    for _ in range(200):
        width, height = rng.randint(4, 40), rng.randint(1, 14)
        kinds = []
        for _ in range(3):
            row = bytearray(rng.randint(1, 255) for _ in range(width))
            a = rng.randint(0, width - 1)
            b = rng.randint(a, width)
            row[a:b] = bytes(b - a)
            kinds.append(bytes(row))
        rows: list[bytes | None] = []
        for _ in range(height):
            pick = rng.random()
            rows.append(None if pick < 0.15 else rng.choice(kinds) if pick < 0.4 or not rows or rows[-1] is None
                        else rows[-1])
        mask = Mask(1, 1, width, height, rows)
        parts = mask_geometry.split_gaps(mask, gap=rng.choice((1, 2, 4)))
        assert _boxes_disjoint(parts)
        assert _coverage(parts, width + 1, height + 1) == _coverage([mask], width + 1, height + 1)
