"""resvg's filter maths: the IIR Gaussian (small blurs), drop shadows in linear RGB, box-shadow clips."""

from __future__ import annotations

import math
import random
import sys

import pytest

from pureog.color import Color
from pureog.display import Blur, Clip, DisplayList, DropShadow, FillPath, Group, ShadowFilter, SolidPaint
from pureog.geometry import Rect
from pureog.path import rect_path
from pureog.raster.blur import iir_blur_plane
from pureog.raster.dropshadow import TO_LINEAR, TO_SRGB, ShadowPlane, drop_shadows, flood_pixel
from pureog.raster.render import render


def _iir_reference(plane: list[int], w: int, h: int, sigma: float) -> list[int]:
    """resvg's iir_blur.rs, transcribed loop by loop (slow, per pixel)."""
    buf = [v / 255.0 for v in plane]
    steps = 4
    lam = sigma * sigma / (2.0 * steps)
    dnu = (1.0 + 2.0 * lam - math.sqrt(1.0 + 4.0 * lam)) / (2.0 * lam)
    for y in range(h):
        for _ in range(steps):
            i = w * y
            for x in range(1, w):
                buf[i + x] += dnu * buf[i + x - 1]
            for x in range(w - 1, 0, -1):
                buf[i + x - 1] += dnu * buf[i + x]
    for x in range(w):
        for _ in range(steps):
            for y in range(1, h):
                buf[x + y * w] += dnu * buf[x + (y - 1) * w]
            for y in range(h - 1, 0, -1):
                buf[x + (y - 1) * w] += dnu * buf[x + y * w]
    post = (math.sqrt(dnu * dnu) / math.sqrt(lam * lam)) ** (2 * steps)
    return [min(255, int(v * post * 255.0)) for v in buf]


@pytest.mark.parametrize("sigma", [0.3, 1.0, 1.7, 1.99])
def test_iir_blur_matches_resvg_loops_exactly(sigma: float) -> None:
    rng = random.Random(7)
    w, h = 37, 23
    plane = [rng.choice((0, 0, 0, 40, 255)) for _ in range(w * h)]
    assert list(iir_blur_plane(bytes(plane), w, h, sigma, sigma)) == _iir_reference(plane, w, h, sigma)


def test_iir_blur_is_peaked_and_loses_energy_at_region_edges() -> None:
    w = h = 21
    plane = bytearray(w * h)
    plane[10 * w + 10] = 255
    out = iir_blur_plane(plane, w, h, 1.0, 1.0)
    # A sampled Gaussian of sigma 1 keeps 0.159 ** 2 of a dot in its centre; the IIR kernel ~0.25.
    assert 60 <= out[10 * w + 10] <= 66
    solid = iir_blur_plane(bytes([255]) * (w * h), w, h, 1.5, 1.5)
    assert solid[0] < 200 < solid[10 * w + 10]  # zero padding darkens the corner, not the middle


def test_linear_tables_are_resvgs() -> None:
    assert TO_LINEAR[0] == 0 and TO_LINEAR[255] == 255 and TO_LINEAR[128] == 55
    assert TO_SRGB[55] == 128 and TO_SRGB[1] == 13


def test_flood_pixel_premultiplies_in_f32() -> None:
    assert flood_pixel((255, 0, 0, 255), 255) == (255, 0, 0, 255)
    assert flood_pixel((69, 123, 157, 255), 128) == (35, 62, 79, 128)


def test_drop_shadow_merges_in_linear_rgb() -> None:
    # One pixel: half-covered black source over a fully opaque blue shadow.
    source = [bytes([0, 0, 0, 128])]
    shadow = ShadowPlane(bytes([255]), (0, 0, 255, 255))
    (row,) = drop_shadows(source, 1, [shadow])
    assert row is not None
    # Mixed in sRGB it is (0, 0, 127); mixed in linear light half the blue is sRGB ~187.
    assert row[3] == 255 and 180 <= row[2] <= 195
    (srgb,) = drop_shadows(source, 1, [shadow], linear=False)
    assert srgb == bytes([0, 0, 127, 255])
    (empty,) = drop_shadows([bytes(4)], 1, [ShadowPlane(bytes(1), (0, 0, 0, 255))])
    assert empty is None


def test_drop_shadow_rows_are_their_pixels_maths() -> None:
    """A row is looked up only between its first and last painted pixel (the backdrop is copied
    around that span): every pixel equals the filter of that pixel alone, over a varying backdrop and
    over a plain one (looked up without the backdrop in the key: _OverBackdrop)."""
    import random

    rng = random.Random(5)
    w = 40
    for keep_source, plain in ((True, False), (False, False), (True, True), (False, True)):
        alpha = bytes(0 if x < 9 or x > 30 else rng.randrange(256) for x in range(w))
        source = bytes(v for x in range(w) for v in ((0, 0, 0, 0) if x < 14 or x > 22 else (30, 60, 90, 200)))
        back = bytes((40, 30, 90, 255)) * w if plain else bytes(rng.randrange(256) for _ in range(4 * w))
        shadows = [ShadowPlane(alpha, (200, 20, 120, 255)), ShadowPlane(alpha[::-1], (10, 10, 10, 128))]
        (row,) = drop_shadows([source], w, shadows, keep_source=keep_source, backdrop_rows=[back])
        assert row is not None and len(row) == 4 * w
        for x in range(w):
            alone = [ShadowPlane(bytes([s.alpha[x]]), s.color) for s in shadows]
            (px,) = drop_shadows([source[4 * x : 4 * x + 4]], 1, alone, keep_source=keep_source,
                                 backdrop_rows=[back[4 * x : 4 * x + 4]])
            assert row[4 * x : 4 * x + 4] == (px if px is not None else back[4 * x : 4 * x + 4])


def test_drop_shadow_rows_of_one_shadow_alone_are_their_pixels_maths() -> None:
    """A row where the source is transparent and only one shadow paints (above and below the glyphs)
    goes through per-channel tables of that shadow's alpha: every pixel still equals the filter of
    that pixel alone, over a plain backdrop and over none, whichever shadow paints."""
    import random

    rng = random.Random(11)
    w = 30
    colors = [(200, 20, 120, 255), (10, 10, 10, 128), (40, 200, 90, 200)]
    for keep_source in (True, False):
        for painted in range(3):
            for plain in (True, False):
                planes = [bytes(w) for _ in colors]
                planes[painted] = bytes(0 if x < 4 or x > 25 else rng.randrange(256) for x in range(w))
                shadows = [ShadowPlane(p, c) for p, c in zip(planes, colors, strict=True)]
                source = bytes(4 * w)
                back = [bytes((40, 30, 90, 255)) * w] if plain else None
                (row,) = drop_shadows([source], w, shadows, keep_source=keep_source, backdrop_rows=back)
                assert row is not None and len(row) == 4 * w
                for x in range(4, 26):
                    alone = [ShadowPlane(bytes([s.alpha[x]]), s.color) for s in shadows]
                    (px,) = drop_shadows([bytes(4)], 1, alone, keep_source=keep_source,
                                         backdrop_rows=None if back is None else [back[0][4 * x : 4 * x + 4]])
                    expected = px if px is not None else (bytes(4) if back is None else back[0][4 * x : 4 * x + 4])
                    assert row[4 * x : 4 * x + 4] == expected, (keep_source, painted, plain, x)


def test_drop_shadow_rows_of_two_shadows_alone_are_their_pixels_maths() -> None:
    """A row where the source is transparent and only two shadows paint (a title's two glows above and
    below its glyphs) is looked up by the two alphas as one 16-bit code (dropshadow._PairTable): every
    pixel equals the filter's maths for its key (computed directly, not through the row paths), over a
    plain backdrop and over none, for every pair of three shadows."""
    import random

    from pureog.raster.dropshadow import _maths_for

    rng = random.Random(13)
    w = 30
    colors = [(200, 20, 120, 255), (10, 10, 10, 128), (40, 200, 90, 200)]
    for keep_source in (True, False):
        for first, second in ((0, 1), (0, 2), (1, 2)):
            for plain in (True, False):
                planes = [bytes(w) for _ in colors]
                for i in (first, second):
                    planes[i] = bytes(0 if x < 3 or x > 26 else rng.choice((0, 255, rng.randrange(256)))
                                      for x in range(w))
                shadows = [ShadowPlane(p, c) for p, c in zip(planes, colors, strict=True)]
                back = bytes((40, 30, 90, 255)) * w
                (row,) = drop_shadows([bytes(4 * w)], w, shadows, keep_source=keep_source,
                                      backdrop_rows=[back] if plain else None)
                maths = _maths_for(tuple(colors), keep_source, True)
                for x in range(w):
                    key = (0, *(p[x] for p in planes))
                    if plain:
                        key = (*key, int.from_bytes(back[4 * x : 4 * x + 4], sys.byteorder))
                    expected = maths.compute(key)
                    if not any(p[x] for p in planes):  # outside the painted span: copied as it is
                        expected = back[4 * x : 4 * x + 4] if plain else bytes(4)
                    got = bytes(4) if row is None else row[4 * x : 4 * x + 4]
                    assert got == expected, (keep_source, first, second, plain, x)


def test_text_shadow_filter_group_renders_shadow_under_source() -> None:
    glyph = FillPath(rect_path(Rect(8, 8, 4, 4)), SolidPaint(Color(0, 0, 0, 1.0)))
    shadow = ShadowFilter((DropShadow(3.0, 0.0, 0.0, Color(255, 0, 0, 1.0)),), Rect(0, 0, 20, 20))
    pm = render(DisplayList(20, 20, Group((Group((glyph,), shadow=shadow),))))
    px = lambda x, y: tuple(pm.data[(y * pm.width + x) * 4 : (y * pm.width + x) * 4 + 4])  # noqa: E731
    assert px(9, 9) == (0, 0, 0, 255)
    assert px(14, 9) == (255, 0, 0, 255)  # moved 3 px right, outside the glyph
    assert px(5, 9) == (0, 0, 0, 0)


def test_box_shadow_cutout_escapes_ancestor_clip() -> None:
    box = rect_path(Rect(20, 10, 20, 20))
    body = FillPath(box, SolidPaint(Color(0, 0, 0, 1.0)))
    shadow = Group((body,), blur=Blur(2.0, 2.0, Rect(0, 0, 60, 40), cutout=box))
    clipped = Group((shadow,), clip=Clip(rect_path(Rect(0, 0, 30, 40))))
    pm = render(DisplayList(60, 40, Group((clipped,))))
    alpha = lambda x, y: pm.data[(y * pm.width + x) * 4 + 3]  # noqa: E731
    assert alpha(25, 20) == 0  # inside the box and the clip: the cutout hides it
    assert alpha(18, 20) > 50  # the blurred edge of the clipped shape
    assert alpha(32, 5) == 0  # source clipped at x = 30: nothing to blur over there
    assert alpha(31, 20) > 0  # ... but the blur spreads past the clip
