"""The transformed-image shader's fast paths (pureog.raster.image_filtered) give the bytes of the
per-pixel reference loop they replace, on random images, mappings, qualities and repeats."""

from __future__ import annotations

import math
import random

import pytest

from pureog import limits
from pureog.display import FilterQuality
from pureog.errors import LimitError
from pureog.geometry import Affine
from pureog.raster import image_filtered
from pureog.raster.image_filtered import _reference, filtered_shader


def _image(rng: random.Random, w: int, h: int, kind: str) -> bytes:
    out = bytearray()
    flat = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    for y in range(h):
        for x in range(w):
            if kind == "flat-stripes":  # uniform and striped blocks: the shortcuts
                a = 255 if y % 3 else rng.choice((0, 128, 255))
                out += bytes((flat[0] * a // 255, (x // 2 * 40 % 256) * a // 255, flat[2] * a // 255, a))
            else:  # anything premultiplied, and colour above alpha (clamped by the shader)
                a = rng.randrange(256)
                out += bytes((rng.randrange(a + 1), rng.randrange(a + 1), rng.randrange(256), a))
    return bytes(out)


@pytest.mark.parametrize("seed", range(6))
def test_fast_paths_match_the_reference_loop(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(40):
        w, h = rng.randint(1, 9), rng.randint(1, 9)
        data = _image(rng, w, h, rng.choice(("flat-stripes", "random")))
        angle = rng.choice((0.0, 0.5, math.pi / 4, rng.uniform(-math.pi, math.pi)))
        scale = rng.choice((0.25, 1.0, 1.5, 4.0, rng.uniform(0.1, 10.0)))
        c, s = math.cos(angle) / scale, math.sin(angle) / scale
        if rng.random() < 0.4:  # dyadic mappings: filter positions on exact halves, ties in the sums
            c, s = rng.choice((0.5, 2.0, 0.25)), 0.0
            inv = Affine(c, s, -s, c, rng.randint(-40, 40) / 4, rng.randint(-40, 40) / 4)
        else:
            inv = Affine(c, s, -s + rng.uniform(-0.5, 0.5), c, rng.uniform(-20, 20), rng.uniform(-20, 20))
        quality = rng.choice((FilterQuality.BICUBIC, FilterQuality.BILINEAR))
        rx, ry = rng.random() < 0.5, rng.random() < 0.5
        fast = filtered_shader(data, w, h, inv, quality, rx, ry)
        slow = _reference(data, w, h, inv, quality, rx, ry)
        for _ in range(4):
            x0, y, n = rng.randint(-10, 30), rng.randint(-10, 30), rng.randint(0, 40)
            assert fast(x0, y, n) == slow(x0, y, n), (seed, w, h, inv, quality, rx, ry, x0, y, n)


def test_a_small_drawing_of_a_large_image_is_filtered_without_preparing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Preparing the image for the fast loop (padding, block classes) costs its every pixel, once per
    drawing: 20 rotated 4 px images of a 2000x2000 photo took 10 s (three of a 4000x4000 one 9.2 s and
    752 MB). The first pixels of a drawing now go through the plain loop, until they would have paid for
    preparing the image: the same bytes either way."""
    prepared: list[int] = []
    real = image_filtered._Padded

    def counted(*args: object) -> image_filtered._Padded:
        prepared.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(image_filtered, "_Padded", counted)
    rng = random.Random(11)
    w, h = 160, 120
    data = _image(rng, w, h, "random")
    inv = Affine(math.cos(0.4) * 9, math.sin(0.4) * 9, -math.sin(0.4) * 9, math.cos(0.4) * 9, 3.5, -2.25)
    fast = filtered_shader(data, w, h, inv, FilterQuality.BICUBIC, False, False)
    slow = _reference(data, w, h, inv, FilterQuality.BICUBIC, False, False)
    for y in range(6):  # a 6x6 thumbnail: 36 pixels, no preparation of 20,706 pixels
        assert fast(2, y, 6) == slow(2, y, 6)
    assert not prepared
    for y in range(6, 60):  # a large drawing: prepared once, past 1/64 of the image's pixels
        assert fast(-4, y, 40) == slow(-4, y, 40)
    assert prepared == [1]


def test_filtered_pixels_are_charged_to_the_paint_budget() -> None:
    """Each pixel filtered in Python costs ~3-4 us (~0.3 us copied from a one-colour block), where a
    filled pixel is charged 1: a full-canvas rotated photo took 2.4 s and the budget let ~1,000 through."""
    rng = random.Random(12)
    w, h = 64, 64
    data = _image(rng, w, h, "random")
    inv = Affine(math.cos(0.3), math.sin(0.3), -math.sin(0.3), math.cos(0.3), 5.0, 7.0)
    with limits.paint_budget(1200, 630):
        shader = filtered_shader(data, w, h, inv, FilterQuality.BICUBIC, False, False)
        for y in range(40):
            shader(0, y, 40)
        account = limits._PAINT.get()
        assert account is not None
        prepared = (w + 6) * (h + 6) * limits.PAINT_WORK_FILTER_SOURCE
        assert account[0] >= prepared + 1_000 * limits.PAINT_WORK_FILTERED, account[0]
    # A budget that a few rows of such pixels pass (the render's is 800 million: ~1.5 million of them).
    token = limits._PAINT.set([0, 100 * limits.PAINT_WORK_FILTERED + prepared])
    try:
        shader = filtered_shader(data, w, h, inv, FilterQuality.BICUBIC, False, False)
        with pytest.raises(LimitError, match="weighted pixels"):
            for y in range(60):
                shader(0, y, 40)
    finally:
        limits._PAINT.reset(token)
