"""A drop-shadow filter's planes over its painted band (raster/shadow_planes.py): what moving each whole
blurred plane and cutting the band out of it gives."""

from __future__ import annotations

import random

from pureog.raster.blur import offset_cut, resvg_blur_plane, shift_plane
from pureog.raster.resvg_box import painted_rows
from pureog.raster.shadow_planes import Shadow, shadow_planes, shift_band


def test_shift_band_is_the_band_of_the_moved_plane() -> None:
    rng = random.Random(3)
    for _ in range(400):
        w, h = rng.randint(1, 9), rng.randint(1, 9)
        plane = bytes(rng.choice((0, 0, rng.randint(1, 255))) for _ in range(w * h))
        dx, dy = rng.randrange(w), rng.randrange(h)
        y0 = rng.randrange(h)
        y1 = rng.randint(y0, h)
        assert shift_band(plane, w, h, dx, dy, y0, y1) == shift_plane(plane, w, h, dx, dy)[y0 * w : y1 * w]


def test_shadow_planes_match_the_whole_planes_cut_to_their_band() -> None:
    """The band holds every painted row of the whole moved planes (it may hold a clear row more: paint
    moved past the right edge), and over it each plane is the whole plane's rows."""
    rng = random.Random(8)
    for _ in range(150):
        w, h = rng.randint(12, 30), rng.randint(12, 30)
        alpha = bytearray(w * h)
        top = rng.randrange(h)
        for _ in range(rng.randint(0, 12)):
            y = rng.randint(top, min(h - 1, top + 4))
            alpha[y * w + rng.randrange(w)] = rng.randint(1, 255)
        shadows = [Shadow((d, d), rng.randint(-3, 5), rng.randint(-3, 5), rng.choice((None, (9, 8, 7, 255))))
                   for d in (rng.choice((0.0, 2.0, 2.5)) for _ in range(rng.randint(1, 4)))]
        cut, trim = rng.random() < 0.3, rng.random() < 0.8
        painted = painted_rows((alpha,), w, h)

        def blur(plane: bytes | bytearray, sx: float, sy: float, w: int = w, h: int = h) -> bytes | bytearray:
            return resvg_blur_plane(plane, w, h, sx, sy)

        planes, ry0, ry1 = shadow_planes(bytes(alpha), w, h, shadows, blur, cut=cut, trim=trim, source_band=painted)
        whole = [bytes(w * h) if s.color is None else shift_plane(blur(bytes(alpha), *s.deviations), w, h, s.dx, s.dy)
                 for s in shadows]
        whole = [offset_cut(p, w) if cut and s.color is not None else p for p, s in zip(whole, shadows, strict=True)]
        band = painted_rows(whole, w, h, painted) if trim else (0, h)
        if band is None:
            assert not any(any(p.alpha) for p in planes)
            continue
        assert ry0 <= band[0] and band[1] <= ry1
        for plane, expected, s in zip(planes, whole, shadows, strict=True):
            assert plane.alpha == expected[ry0 * w : ry1 * w]
            assert plane.color == (s.color or (0, 0, 0, 0))
