"""One render's table of repeated shapes' masks answers as the functions it stands for
(pureog/raster/shape_repeats.py), wherever the repeated shape lies."""

from __future__ import annotations

import random

import pytest

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


def _painted(rng: random.Random, width: int, height: int) -> bytearray:
    """A premultiplied canvas of blocks of a few colours (equal stretches recur, as tiles on a card)."""
    colours = [bytes((241, 245, 249, 255)), bytes((255, 255, 255, 255)), bytes((0, 0, 0, 0)),
               bytes((60, 20, 10, 128))]
    data = bytearray()
    for _ in range(height):
        row = bytearray()
        while len(row) < 4 * width:
            row += rng.choice(colours) * rng.randint(1, 9)
        data += row[: 4 * width]
    return data


def _count_blends(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the calls of blend.fill_solid (the fills blended, not written from a kept one)."""
    calls = {"n": 0}
    plain_fill = blend.fill_solid

    def counted(*args: object) -> None:
        calls["n"] += 1
        plain_fill(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(blend, "fill_solid", counted)
    return calls


def test_a_repeated_cut_filled_again_writes_what_blending_writes(monkeypatch) -> None:
    # The kept fills of a cut (ShapeRepeats.fill_solid) against blend.fill_solid on a twin canvas, both
    # orientations (a tall side is compared by columns, a wide one by rows), opaque and translucent
    # colours, rows of no coverage, over pixels that repeat and pixels that do not.
    rng = random.Random(11)
    width, height = 40, 30
    plain_fill = blend.fill_solid
    blended = _count_blends(monkeypatch)
    written = 0  # fills written from a kept one
    for _ in range(60):
        blended["n"] = 0
        table = ShapeRepeats()
        # blocks of colour, or one colour (where every fill after the first few meets pixels it met)
        data = _painted(rng, width, height) if rng.random() < 0.5 else _painted(rng, 1, 1) * (width * height)
        twin = bytearray(data)
        w, h = rng.choice([(3, 9), (9, 3), (5, 5), (1, 7), (7, 1)])
        pool = [None, bytes(w), bytes([255] * w), bytes(rng.randrange(256) for _ in range(w))]
        shape = [rng.choice(pool) for _ in range(h)]
        colours = [(37, 99, 235, 255), (22, 163, 74, 255), (20, 10, 0, 128)]
        fills = 0
        for _ in range(25):
            x, y = rng.randrange(width - w), rng.randrange(height - h)
            mask = Mask(x, y, w, h, [None if r is None else bytes(bytearray(r)) for r in shape])
            full = Mask(x - 1, y - 1, w + 2, h + 2, [bytes([255] * (w + 2))] * (h + 2))
            cut = table.intersect(mask, full)
            if cut is None:
                break
            colour = rng.choice(colours)
            table.fill_solid(data, 4 * width, cut, colour)
            plain_fill(twin, 4 * width, cut, colour)
            fills += 1
            assert data == twin
        written += fills - blended["n"]
    assert written > 200


def test_a_repeated_cut_over_the_same_pixels_is_written_not_blended(monkeypatch) -> None:
    # the stat grid's case: one side shape over equal tiles, one colour; from the third fill on none blends
    rng = random.Random(3)
    width, height = 64, 12
    tile = _painted(rng, 8, height)
    data = bytearray(b"".join(bytes(tile[4 * 8 * y : 4 * 8 * (y + 1)]) * 8 for y in range(height)))
    twin = bytearray(data)
    shape = [None, bytes([0, 40, 255, 9])] + [bytes([255, 255, 0, 0])] * 8 + [bytes([7, 0, 0, 0]), None]
    plain_fill = blend.fill_solid
    calls = _count_blends(monkeypatch)
    table = ShapeRepeats()
    for i in range(8):
        mask = Mask(8 * i + 2, 0, 4, height, [None if r is None else bytes(bytearray(r)) for r in shape])
        clip = Mask(8 * i, 0, 8, height, [bytes([255] * 8)] * height)
        cut = table.intersect(mask, clip)
        assert cut is not None
        table.fill_solid(data, 4 * width, cut, (37, 99, 235, 255))
        plain_fill(twin, 4 * width, cut, (37, 99, 235, 255))
    assert data == twin
    assert calls["n"] == 2  # the first fill, and the second (which keeps what it met and left)
