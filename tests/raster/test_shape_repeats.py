"""One render's table of repeated shapes' masks answers as the functions it stands for
(pureog/raster/shape_repeats.py), wherever the repeated shape lies."""

from __future__ import annotations

import random

from pureog.raster import blend
from pureog.raster.own_clip import trimmed_rect
from pureog.raster.scan import Mask
from pureog.raster.shape_repeats import ShapeRepeats

CANVAS = (0, 0, 64, 48)
POOL = [None, bytes(5), bytes([0, 0, 0, 0, 3]), bytes([255] * 5), bytes([0, 40, 255, 255, 9]),
        bytes([7, 0, 0, 0, 0]), bytes([0, 0, 128, 0, 0])]


def _mask(rng: random.Random, rows: list[bytes | None]) -> Mask:
    # equal rows in distinct objects, as two tiles' masks hold them
    return Mask(rng.randint(-6, 62), rng.randint(-6, 46), 5, len(rows),
                [None if r is None else bytes(bytearray(r)) for r in rows])


def test_trimmed_rects_of_a_repeated_shape_are_the_shape_s_own_anywhere_on_the_canvas() -> None:
    rng = random.Random(5)
    shapes = [[rng.choice(POOL) for _ in range(rng.randint(1, 7))] for _ in range(6)]
    table = ShapeRepeats()
    for _ in range(3000):
        shape = _mask(rng, rng.choice(shapes))  # cut by the canvas edges too
        assert table.trimmed_rect(shape, CANVAS) == trimmed_rect(shape, CANVAS)


def test_a_repeated_mask_cut_to_a_repeated_clip_is_the_intersection_anywhere() -> None:
    rng = random.Random(8)
    shapes = [[rng.choice(POOL) for _ in range(rng.randint(1, 7))] for _ in range(4)]
    table = ShapeRepeats()
    for _ in range(3000):
        mask = _mask(rng, rng.choice(shapes))
        clip = _mask(rng, rng.choice(shapes))
        if rng.random() < 0.7:  # mostly the same offset from the mask, as a tile's side and outline
            clip = Mask(mask.x + rng.randint(-2, 2), mask.y + rng.randint(-2, 2), clip.width, clip.height, clip.rows)
        got, want = table.intersect(mask, clip), blend.intersect(mask, clip)
        assert (got is None) == (want is None)
        if got is not None and want is not None:
            assert (got.x, got.y, got.width, got.height, got.rows, got.crossings) == \
                (want.x, want.y, want.width, want.height, want.rows, want.crossings)
