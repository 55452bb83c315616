"""The text-shadow filter works on the band of rows where something paints (raster/dropshadow.painted_rows):
the band is exact, and the filter over the band gives the rows it gives over the whole region."""

from __future__ import annotations

import random

from pureog.raster.dropshadow import ShadowPlane, drop_shadows, painted_rows, stays_clear


def _brute(planes: list[bytes], width: int, height: int, band: tuple[int, int] | None) -> tuple[int, int] | None:
    rows = {y for p in planes for y in range(height) if any(p[y * width : (y + 1) * width])}
    if band is not None:
        rows |= set(range(*band))
    return (min(rows), max(rows) + 1) if rows else None


def test_painted_rows_matches_a_row_by_row_scan() -> None:
    rng = random.Random(11)
    for _ in range(300):
        width, height = rng.randint(1, 9), rng.randint(1, 12)
        planes = []
        for _ in range(rng.randint(0, 3)):
            plane = bytearray(width * height)
            for _ in range(rng.choice((0, 1, 2, 5))):
                plane[rng.randrange(width * height)] = rng.randint(1, 255)
            planes.append(bytes(plane) if rng.random() < 0.5 else plane)
        band = None
        if rng.random() < 0.4:
            a = rng.randrange(height)
            band = (a, rng.randint(a + 1, height))
        assert painted_rows(planes, width, height, band) == _brute(planes, width, height, band)


def test_rows_outside_the_band_come_out_clear() -> None:
    width, height = 7, 9
    rng = random.Random(5)
    source = [bytearray(4 * width) for _ in range(height)]
    for y in (3, 4):
        for x in range(2, 5):
            a = rng.randint(1, 255)
            source[y][4 * x : 4 * x + 4] = bytes((a // 2, a // 3, a, a))
    alpha = bytearray(width * height)
    alpha[5 * width + 3] = 200
    planes = [ShadowPlane(bytes(alpha), (200, 10, 40, 255)), ShadowPlane(bytes(width * height), (1, 2, 3, 128))]
    for keep_source in (True, False):
        assert stays_clear([p.color for p in planes], keep_source, True)
        whole = drop_shadows(source, width, planes, keep_source=keep_source)
        band = painted_rows([p.alpha for p in planes], width, height, (3, 5))
        assert band == (3, 6)
        assert all(row is None for y, row in enumerate(whole) if not band[0] <= y < band[1])
        cut = [ShadowPlane(p.alpha[band[0] * width : band[1] * width], p.color) for p in planes]
        assert drop_shadows(source[band[0] : band[1]], width, cut, keep_source=keep_source) == whole[band[0] : band[1]]
