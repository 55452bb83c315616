"""Rows with a long inside, filled with an opaque colour over a varying destination by their plans
(raster/opaque_rows.py), give exactly the per-pixel source-over, first and again from the kept plans."""

from __future__ import annotations

import random

from pureog.raster import blend
from pureog.raster.opaque_rows import EXTENT_PER_INSIDE, MIN_INSIDE, ROOM_PER_BYTE, UNPLANNED, plan
from pureog.raster.scan import Mask
from tests.raster.source_over import reference_fill


def _strokes(rng: random.Random, width: int) -> bytes:
    """A glyph-like row: strokes of partial edges around full insides, gaps of zeros."""
    row = bytearray()
    while len(row) < width:
        row += bytes(rng.randrange(4) * [0])
        row += bytes(rng.randrange(1, 255) for _ in range(rng.randrange(3)))
        row += b"\xff" * rng.choice((0, 1, 4, 5, 5, 6, 7, 12, 40))  # (mostly a glyph stem's, some long)
        row += bytes(rng.randrange(1, 255) for _ in range(rng.randrange(3)))
    return bytes(row[:width])


def test_planned_rows_match_per_pixel_source_over_first_and_kept() -> None:
    rng = random.Random(11)
    planned = 0
    for _ in range(25):
        width, height = rng.randrange(60, 300), rng.randrange(1, 8)
        rows: list[bytes | None] = [None if rng.random() < 0.1 else _strokes(rng, width) for _ in range(height)]
        mask = Mask(rng.randrange(4), rng.randrange(3), width, height, rows)
        stride = 4 * (width + 8)
        # a varying destination (a gradient or a photo under the text), opaque or not
        opaque = rng.random() < 0.5
        base = bytearray()
        for _ in range((height + 4) * (width + 8)):
            a = 255 if opaque else rng.randrange(256)
            base += bytes((rng.randrange(a + 1), rng.randrange(a + 1), rng.randrange(a + 1), a))
        color = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 255)
        expected = bytearray(base)
        reference_fill(expected, stride, mask, color)
        for _kept in range(2):  # the second fill reads the plans the first kept on the mask
            data = bytearray(base)
            blend.fill_solid(data, stride, mask, color)
            assert data == expected
        assert mask.plans is not None
        for row, kept in zip(rows, mask.plans, strict=True):
            if row is not None and row != b"\xff" * width:  # (a full row is one copy, never planned)
                assert kept is not UNPLANNED
                assert kept is None or kept == plan(row)  # (None too where the mask's room ran out)
                planned += kept is not None
    assert planned > 20  # (the rows drawn by plans, not only walked)


def test_rows_of_short_strokes_are_planned_and_long_insides_walked() -> None:
    stroke = b"\x40" + b"\xff" * 5 + b"\xc0\x00\x00"
    assert plan(stroke * (MIN_INSIDE // 5 + 1)) is not None  # a bold title's row: a step a pixel otherwise
    assert plan(stroke * (MIN_INSIDE // 5 - 1)) is None
    assert plan(b"\x80" + b"\xff" * 300 + b"\x80") is None  # one long inside: the walk copies it as a slice
    strokes = stroke * (MIN_INSIDE // 5 + 1)
    assert plan(strokes + bytes(EXTENT_PER_INSIDE * 5 * len(strokes)) + strokes) is None  # too far apart
    rng = random.Random(5)
    rows: list[bytes | None] = [stroke * 12, b"\x80" + b"\xff" * 100 + b"\x80", stroke * 3]
    mask = Mask(1, 1, len(stroke) * 12, 3, rows)
    stride = 4 * (mask.width + 4)
    base = bytearray(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                              for _ in range(5 * stride // 4)))  # an opaque destination, every pixel its own
    expected = bytearray(base)
    reference_fill(expected, stride, mask, (250, 250, 250, 255))
    data = bytearray(base)
    blend.fill_solid(data, stride, mask, (250, 250, 250, 255))
    assert data == expected
    assert mask.plans is not None
    assert mask.plans[0] is not None and mask.plans[1] is None and mask.plans[2] is None


def test_a_plan_lists_the_extent_the_inside_and_each_partial_pixel() -> None:
    stroke = b"\x10" + b"\xff" * 7 + b"\x80\x00\x01"
    row = bytes(5) + stroke * (MIN_INSIDE // 7 + 1) + b"\xff" * 3 + bytes(4)
    found = plan(row)
    assert found is not None
    lo, hi, select, offsets, shifted = found
    assert (lo, hi) == (5, len(row) - 4)
    extent = row[lo:hi]
    assert select.to_bytes(4 * (hi - lo), "little") == bytes(255 if c == 255 else 0 for c in extent for _ in range(4))
    assert list(offsets) == [i for i, c in enumerate(extent) if 0 < c < 255]
    assert [s >> 32 for s in shifted] == [c for c in extent if 0 < c < 255]


def test_a_mask_keeps_plans_of_at_most_its_room_and_draws_the_same_past_it() -> None:
    # narrow rows of glyph stems: every row has a plan of ~4 bytes a pixel plus its overhead, more
    # than the room its few coverage bytes give; the rows past the room are walked
    rng = random.Random(5)
    width, height = 48, 400
    rows: list[bytes | None] = [b"".join(bytes((rng.randrange(1, 255),)) + b"\xff" * 7 for _ in range(6))
                                for _ in range(height)]
    mask = Mask(0, 0, width, height, rows)
    stride = 4 * width
    base = bytearray(rng.randrange(256) for _ in range(stride * height))
    color = (20, 40, 60, 255)
    expected = bytearray(base)
    reference_fill(expected, stride, mask, color)
    data = bytearray(base)
    blend.fill_solid(data, stride, mask, color)
    assert data == expected
    assert mask.plans is not None
    kept = [p for p in mask.plans if p is not None and p is not UNPLANNED]
    assert 0 < len(kept) < height  # planned until the room ran out, then walked
    kept_bytes = sum(4 * (p[1] - p[0]) + 12 * len(p[3]) for p in kept)
    assert kept_bytes <= ROOM_PER_BYTE * width * height


def test_a_mask_narrower_than_min_inside_is_walked_without_plans() -> None:
    """No row of a mask narrower than MIN_INSIDE can hold MIN_INSIDE fully covered pixels, so it keeps
    no plans (the stat grid's border sides, cut anew each render, planned 600 rows to None a render)
    and draws exactly the per-pixel source-over."""
    rng = random.Random(5)
    width, height = MIN_INSIDE - 1, 6
    rows: list[bytes | None] = [b"\xff" * (width - 2) + b"\x80\x10" for _ in range(height)]
    assert all(row is not None and plan(row) is None for row in rows)
    mask = Mask(2, 1, width, height, rows)
    stride = 4 * (width + 4)
    base = bytearray()
    for _ in range((height + 2) * (width + 4)):
        base += bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
    expected = bytearray(base)
    reference_fill(expected, stride, mask, (200, 30, 60, 255))
    data = bytearray(base)
    blend.fill_solid(data, stride, mask, (200, 30, 60, 255))
    assert data == expected
    assert mask.plans is None
