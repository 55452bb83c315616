"""A drop-shadow filter's planes over its painted band (raster/shadow_planes.py): what moving each whole
blurred plane and cutting the band out of it gives."""

from __future__ import annotations

import random

from pureog.raster.blur import offset_cut, resvg_blur_plane, shift_plane
from pureog.raster.kept_blurs import kept_blurs
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
            if plane.moved >= 0:  # marked as the source moved: a hard shadow down and right
                assert blur(bytes(alpha), *s.deviations) == bytes(alpha) and not cut
                assert plane.moved == s.dy * w + s.dx and 0 <= s.dx < w and 0 <= s.dy < h


def test_hard_shadows_as_the_source_moved_composite_as_their_planes() -> None:
    """A filter's hard shadows, marked as the source's alpha moved (ShadowPlane.moved: the planes'
    union shifts the source's int), give the rows the same planes unmarked give, over a backdrop and
    without; sources that reach the region's right edge (where the shifted int wraps into the next
    row) among them. (A mutant that shifts by a byte too few fails it.)"""
    from pureog.raster.dropshadow import ShadowPlane, drop_shadows  # noqa: PLC0415

    rng = random.Random(12)
    marked = 0
    for trial in range(120):
        w, h = rng.randint(6, 24), rng.randint(6, 16)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 255)
        alpha = bytearray(w * h)
        top = rng.randrange(h // 2)
        for _ in range(rng.randint(1, 30)):
            y = rng.randint(top, min(h - 1, top + 5))
            x = w - 1 - rng.randrange(3) if trial % 3 == 0 else rng.randrange(w)
            alpha[y * w + x] = rng.choice((255, rng.randint(1, 254)))
        source = bytes(alpha)
        rows = [b"".join(bytes((c * a + 127) // 255 for c in colour[:3]) + bytes((a,))
                         for a in source[y * w : (y + 1) * w]) for y in range(h)]
        shadows = [Shadow((d, d), rng.randint(0, 3), rng.randint(0, 3),
                          (rng.randrange(256), 9, 200, rng.choice((255, 140))))
                   for d in (rng.choice((0.0, 0.0, 2.5)) for _ in range(rng.randint(1, 4)))]

        def blur(plane: bytes | bytearray, sx: float, sy: float, w: int = w, h: int = h) -> bytes | bytearray:
            return resvg_blur_plane(plane, w, h, sx, sy)

        planes, ry0, ry1 = shadow_planes(source, w, h, shadows, blur, cut=False, trim=True,
                                         source_band=painted_rows((source,), w, h))
        marked += sum(p.moved >= 0 for p in planes)
        plain = [ShadowPlane(p.alpha, p.color) for p in planes]
        band = rows[ry0:ry1]
        backdrop = [bytes((30, 40, 50, 255)) * w if y % 2 else bytes(rng.randrange(256) for _ in range(4 * w))
                    for y in range(ry1 - ry0)]
        for back in (None, backdrop):
            # (a row left out, None, is the clear row or the backdrop row: a wrapped source may make the
            # marked planes' union hold a clear pixel more, whose row then comes back as that row)
            got, expected = ([row if row is not None else bytes(4 * w) if back is None else back[y]
                              for y, row in enumerate(drop_shadows(band, w, p, backdrop_rows=back,
                                                                   source_alpha=source[ry0 * w : ry1 * w]))]
                             for p in (planes, plain))
            assert got == expected, trial
    assert marked > 50


def test_kept_blurs_are_the_blurs_and_hit_only_an_equal_source() -> None:
    """A box blur of the source alpha is kept across filters by the region's size, the deviations and
    the painted rows' bytes (kept_blurs.kept_blurs): a later source of equal bytes (another object)
    gets the blur's bytes without blurring; one byte changed outside the key's sample of the rows, other
    deviations, another region size or an IIR deviation (under 2 px, charged to the render's budget as
    it runs) blur again."""
    from pureog import caches  # noqa: PLC0415

    caches.clear()
    rng = random.Random(21)
    for _ in range(40):
        w, h = rng.randint(8, 40), rng.randint(8, 30)
        alpha = bytearray(w * h)
        top = rng.randrange(h - 4)
        for _ in range(rng.randint(1, 40)):
            alpha[rng.randint(top, top + 3) * w + rng.randrange(w)] = rng.randint(1, 255)
        band = painted_rows((alpha,), w, h)
        assert band is not None
        calls: list[tuple[float, float]] = []

        def counted(plane: bytes | bytearray, sx: float, sy: float, w: int = w, h: int = h,
                    calls: list[tuple[float, float]] = calls) -> bytes | bytearray:
            calls.append((sx, sy))
            return resvg_blur_plane(plane, w, h, sx, sy)

        sigma = rng.choice((2.0, 2.5, 4.0, 7.0))
        expected = resvg_blur_plane(bytes(alpha), w, h, sigma, sigma)
        for source in (bytes(alpha), bytearray(alpha)):  # the second: an equal source, another object
            assert kept_blurs(source, w, h, band, counted)(source, sigma, sigma) == expected
        assert len(calls) == 1
        changed = bytearray(alpha)
        at = band[0] * w + 1 + 61 * rng.randrange(max(1, ((band[1] - band[0]) * w - 2) // 61))
        changed[at] = (changed[at] + 1) % 256  # (offset 1 from a multiple of 61: outside the sample)
        band2 = painted_rows((changed,), w, h)
        assert kept_blurs(bytes(changed), w, h, band2, counted)(bytes(changed), sigma, sigma) == \
            resvg_blur_plane(bytes(changed), w, h, sigma, sigma)
        assert len(calls) == 2
        kept_blurs(bytes(alpha), w, h, band, counted)(bytes(alpha), sigma + 1.0, sigma)
        kept_blurs(bytes(alpha) + bytes(w), w, h + 1, band, counted)(bytes(alpha) + bytes(w), sigma, sigma)
        for _ in range(2):
            kept_blurs(bytes(alpha), w, h, band, counted)(bytes(alpha), 1.5, 1.5)
        assert len(calls) == 6


def test_a_blur_over_its_share_of_the_budget_is_not_kept() -> None:
    """An entry over a quarter of the kept blurs' budget is neither kept nor copied: at a budget of 0 every
    call blurs, and gives the blur's bytes."""
    from pureog import caches  # noqa: PLC0415
    from pureog.raster import kept_blurs as module  # noqa: PLC0415

    w, h = 30, 20
    alpha = bytearray(w * h)
    alpha[8 * w + 10 : 8 * w + 20] = b"\xff" * 10
    calls: list[int] = []

    def counted(plane: bytes | bytearray, sx: float, sy: float) -> bytes | bytearray:
        calls.append(1)
        return resvg_blur_plane(plane, w, h, sx, sy)

    caches.set_budget(0)
    try:
        caches.clear()
        for _ in range(2):
            assert kept_blurs(bytes(alpha), w, h, (8, 9), counted)(bytes(alpha), 3.0, 3.0) == \
                resvg_blur_plane(bytes(alpha), w, h, 3.0, 3.0)
        assert len(calls) == 2 and not module._KEPT
    finally:
        caches.set_budget(None)
