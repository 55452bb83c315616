"""The transformed-image shader's fast paths (pureog.raster.image_filtered) give the bytes of the
per-pixel reference loop they replace, on random images, mappings, qualities and repeats."""

from __future__ import annotations

import math
import random

import pytest

from pureog.display import FilterQuality
from pureog.geometry import Affine
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
