"""A glyph stepped and scanned in integers (raster/flatten.py ``flatten_fixed``, raster/scan.py
``rasterize_fixed``): the mask :func:`rasterize` makes of :func:`flatten`'s floats, bit for bit, and
the float path wherever the integers would not be those numbers."""

from __future__ import annotations

import math
import random

import pytest

from pureog.display import FillRule
from pureog.geometry import Affine
from pureog.path import Path
from pureog.raster.flatten import flatten, flatten_fixed
from pureog.raster.glyph_shift import span
from pureog.raster.scan import Mask, rasterize, rasterize_fixed

_HUGE = (-(1 << 28), -(1 << 28), 1 << 28, 1 << 28)


def _outline(rng: random.Random, rect: bool = False) -> Path:
    """A glyph-like outline as svg_rounded_glyph makes one (points at tenths, usvg's cubics), of one
    to three contours; ``rect``: an axis-aligned rectangle of lines (the rasterizer's shortcut)."""
    def point() -> tuple[float, float]:
        return rng.randint(0, 300) / 10, rng.randint(-300, 0) / 10

    if rect:
        (x0, y0), (x1, y1) = point(), point()
        return Path((("M", x0, y0), ("L", x1, y0), ("L", x1, y1), ("L", x0, y1), ("Z",)))
    segments: list[tuple[object, ...]] = []
    for _ in range(rng.randint(1, 3)):
        px, py = point()
        segments.append(("M", px, py))
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.3:
                px, py = point()
                segments.append(("L", px, py))
            else:
                (qx, qy), (ex, ey) = point(), point()
                segments.append(("C", (px + qx * 2) / 3, (py + qy * 2) / 3, (ex + qx * 2) / 3, (ey + qy * 2) / 3,
                                 ex, ey))
                px, py = ex, ey
        if rng.random() < 0.8:
            segments.append(("Z",))
    return Path(tuple(segments))


def _rows(mask: Mask | None) -> tuple[object, ...] | None:
    return None if mask is None else (mask.x, mask.y, mask.width, mask.height, tuple(mask.rows), mask.crossings)


@pytest.mark.parametrize("seed", range(6))
def test_the_mask_of_the_floats(seed: int) -> None:
    rng = random.Random(seed)
    fixed_count = 0
    for i in range(250):
        path = _outline(rng, rect=i % 10 == 0)
        # whole and fractional places, across 256/512/1024 px, near the origin (where the float path
        # is taken for a negative number)
        e = rng.choice([rng.uniform(0, 1300), rng.uniform(250, 262), rng.uniform(500, 520), rng.uniform(0, 40)])
        f = rng.choice([rng.uniform(30, 700), float(rng.randint(30, 700)), rng.uniform(0, 40)])
        if rng.random() < 0.5:
            e = float(math.floor(e))
        m = Affine.translate(e, f)
        rule = FillRule.EVENODD if rng.random() < 0.3 else FillRule.NONZERO
        expected = _rows(rasterize(flatten(path, m), rule, _HUGE))
        fixed = flatten_fixed(path, m, span(path))
        if fixed is None:  # only where a number (or 2 y1 - y0 of a cubic, the span's) is negative, or no polyline
            local = span(path)
            assert local is not None
            assert local[0] + e < 0 or local[2] + f < 0 or not flatten(path, m)
            continue
        fixed_count += 1
        assert _rows(rasterize_fixed(fixed[0], fixed[1], rule, _HUGE)) == expected, (path, m)
    assert fixed_count > 150


def test_the_float_path_elsewhere() -> None:
    path = Path((("M", 1.0, 1.0), ("L", 5.0, 1.0), ("L", 5.0, 5.0), ("Z",)))
    assert flatten_fixed(path, Affine(2.0, 0.0, 0.0, 2.0, 10.0, 10.0), span(path)) is None  # a scale
    assert flatten_fixed(path, Affine.translate(-2.0, 10.0), span(path)) is None  # a negative number
    assert flatten_fixed(path, Affine.translate(float(1 << 22), 10.0), span(path)) is None  # too far
    assert flatten_fixed(path, Affine.translate(math.nan, 10.0), span(path)) is None
    quad = Path((("M", 1.0, 1.0), ("Q", 5.0, 1.0, 5.0, 5.0), ("Z",)))
    assert flatten_fixed(quad, Affine.translate(10.0, 10.0), span(quad)) is None  # (span: None)
    inf = Path((("M", 1.0, 1.0), ("C", 5.0, math.inf, 5.0, 1.0, 5.0, 5.0), ("Z",)))
    assert flatten_fixed(inf, Affine.translate(10.0, 10.0), span(inf)) is None
    fixed = flatten_fixed(path, Affine.translate(10.5, 10.25), span(path))
    assert fixed is not None
    assert _rows(rasterize_fixed(fixed[0], fixed[1], FillRule.NONZERO, _HUGE)) == _rows(
        rasterize(flatten(path, Affine.translate(10.5, 10.25)), FillRule.NONZERO, _HUGE))


def _spans(rng: random.Random, limit: int) -> list[tuple[int, int]]:
    """Sorted disjoint spans within ``[0, limit)`` quarters, touching now and then (as the non-zero rule
    makes of two contours meeting at a crossing)."""
    cuts = sorted(rng.sample(range(limit + 1), min(limit + 1, 2 * rng.randint(0, 4))))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i + 1] > cuts[i]]
    if spans and rng.random() < 0.3:  # a span split in two touching ones
        i = rng.randrange(len(spans))
        left, right = spans[i]
        if right - left >= 2:
            middle = rng.randint(left + 1, right - 1)
            spans[i : i + 1] = [(left, middle), (middle, right)]
    return spans


def test_rows_summed_in_lanes() -> None:
    """scan._lane_row: the bytes of _accumulate's difference list, or None where sub-row 3's spans touch
    inside a pixel (where _accumulate adds 64 and saturates)."""
    from pureog.raster.scan import _LANES_MAX, _accumulate, _lane_row

    rng = random.Random(7)
    declined = 0
    for _ in range(20000):
        n = rng.randint(1, _LANES_MAX)
        spans4 = [_spans(rng, 4 * n) for _ in range(4)]
        row = _lane_row(spans4, n)
        if row is None:
            declined += 1
            assert any(a[1] == b[0] and a[1] & 3 for a, b in zip(spans4[3], spans4[3][1:], strict=False))
            continue
        assert row == _accumulate(spans4, 0, n), spans4
    assert 0 < declined < 4000


def test_rows_from_crossing_keys() -> None:
    """scan._lane_keys: the row _spans_nonzero and _build_row make of the same keys (crossings beyond the
    row's ends, windings of 2 and back, contours meeting at a crossing), or _DECLINED."""
    from pureog.raster.scan import _DECLINED, _LANES_MAX, _build_row, _lane_keys, _spans_nonzero

    rng = random.Random(11)
    declined = 0
    for _ in range(20000):
        n = rng.randint(1, _LANES_MAX)
        limit = 4 * n
        keys4 = []
        for _ in range(4):
            xs = [rng.randint(-8, limit + 8) for _ in range(rng.choice([0, 2, 2, 4, 6]))]
            if len(xs) >= 4 and rng.random() < 0.3:
                xs[2] = xs[1]  # (a contour ending where the next begins)
            keys4.append([x << 1 | (i + rng.randint(0, 1) * (len(xs) > 2)) % 2 for i, x in enumerate(xs)])
        expected = _build_row([_spans_nonzero(list(keys), limit) for keys in keys4], n)
        row = _lane_keys([list(keys) for keys in keys4], n, limit)
        if row is _DECLINED:
            declined += 1
            continue
        assert row == expected, keys4
    assert 0 < declined < 2000
