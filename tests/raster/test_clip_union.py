"""raster/clip_union: the union of a clip's shapes is the one resvg makes pixel for pixel (each shape
clearing its coverage from a full mask in turn), whichever way a row is worked out."""

from __future__ import annotations

import random

from pureog.raster.clip_union import cleared_union
from pureog.raster.scan import Mask


def _cleared_pixel_by_pixel(masks: list[Mask]) -> Mask:
    """resvg's clip of several shapes, one pixel at a time (``keep = keep * (255 - a) / 255``, rounded)."""
    x0, y0 = min(k.x for k in masks), min(k.y for k in masks)
    x1, y1 = max(k.x + k.width for k in masks), max(k.y + k.height for k in masks)
    rows: list[bytes | None] = []
    for y in range(y0, y1):
        keep: list[int] | None = None
        for k in masks:
            row = k.rows[y - k.y] if k.y <= y < k.y + k.height else None
            if row is None:
                continue
            keep = keep or [255] * (x1 - x0)
            for i, a in enumerate(row):
                v = keep[k.x - x0 + i] * (255 - a) + 128
                keep[k.x - x0 + i] = (v + (v >> 8)) >> 8
        rows.append(None if keep is None else bytes(255 - v for v in keep))
    return Mask(x0, y0, x1 - x0, y1 - y0, rows)


def _random_mask(rnd: random.Random) -> Mask:
    w, h = rnd.randint(1, 60), rnd.randint(1, 20)
    dense = rnd.random() < 0.4  # rows mostly partial (the table's map) or mostly 0/255 (the AND)
    levels = [0, rnd.randint(0, 255)] if dense else [0, 0, 255, 255, 255, rnd.randint(1, 254)]
    rows: list[bytes | None] = []
    for _ in range(h):
        r = rnd.random()
        rows.append(None if r < 0.15 else bytes([255]) * w if r < 0.3
                    else bytes(rnd.choice(levels) for _ in range(w)))
    return Mask(rnd.randint(-3, 20), rnd.randint(-3, 20), w, h, rows)


def test_the_union_is_resvgs_pixel_for_pixel() -> None:
    rnd = random.Random(17)
    for _ in range(1500):
        masks = [_random_mask(rnd) for _ in range(rnd.randint(2, 5))]
        got, want = cleared_union(masks), _cleared_pixel_by_pixel(masks)
        assert got is not None
        assert (got.x, got.y, got.width, got.height, got.rows) == (want.x, want.y, want.width, want.height, want.rows)


def test_the_lookup_table_is_the_rounded_clear_of_every_pair() -> None:
    """The 64 KB table, built at import with the formula inlined (perf55), holds :func:`_clear_step` of
    every (keep, coverage) pair at ``keep << 8 | a``."""
    from pureog.raster.clip_union import _TABLE, _clear_step

    assert _TABLE == bytes(_clear_step(k, a) for k in range(256) for a in range(256))
