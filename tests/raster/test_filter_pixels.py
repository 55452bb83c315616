"""resvg's colour filters and CSS drop-shadow pixel maths, against per-pixel transcriptions of svgfilters."""

from __future__ import annotations

import math
import random

import pytest

from pureog.color import Color
from pureog.display import ColorMatrix, ComponentTransfer, LinearTransfer, TableTransfer, Transfer
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.paint.filter import color_op
from pureog.raster.dropshadow import TO_SRGB, flood_pixel
from pureog.raster.filter import apply_color, drop_shadow_rows, region_box, transfer_table
from pureog.raster.pixmap import Pixmap
from pureog.style.filter import FilterFunction


def _bound_u8(v: float) -> int:
    return int(min(max(v, 0.0), 1.0) * 255.0)


def _demultiply(c: int, a: int) -> int:
    return 0 if a == 0 else min(255, int(c / (a / 255.0) + 0.5))


def _multiply(c: int, a: int) -> int:
    return int(c * (a / 255.0) + 0.5)


def _apply_fn(f: Transfer, v: int) -> int:
    c = v / 255.0
    if isinstance(f, LinearTransfer):
        return _bound_u8(f.slope * c + f.intercept)
    n = len(f.values) - 1
    k = min(int(math.floor(c * n)), n)
    if k == n:
        return _bound_u8(f.values[k])
    return _bound_u8(f.values[k] + (c - k / n) * n * (f.values[k + 1] - f.values[k]))


def _reference(px: tuple[int, int, int, int], op: ColorMatrix | ComponentTransfer) -> tuple[int, ...]:
    """svgfilters: demultiply_alpha, the op on 0..1 channels (clamp, *255, truncate), multiply_alpha."""
    r, g, b, a = px
    s = [_demultiply(r, a), _demultiply(g, a), _demultiply(b, a), a]
    if isinstance(op, ComponentTransfer):
        if op.rgb is not None:
            s[:3] = [_apply_fn(op.rgb, c) for c in s[:3]]
        if op.alpha is not None:
            s[3] = _apply_fn(op.alpha, s[3])
    else:
        m = op.values
        f = [c / 255.0 for c in s]
        s = [_bound_u8(f[0] * m[5 * i] + f[1] * m[5 * i + 1] + f[2] * m[5 * i + 2] + f[3] * m[5 * i + 3]
                       + m[5 * i + 4]) for i in range(4)]  # fmt: skip
    return (_multiply(s[0], s[3]), _multiply(s[1], s[3]), _multiply(s[2], s[3]), s[3])


def _premultiplied(rng: random.Random) -> tuple[int, int, int, int]:
    a = rng.choice((0, 255, 255, 128, rng.randrange(256)))
    return (rng.randrange(a + 1), rng.randrange(a + 1), rng.randrange(a + 1), a)


def _pixmap(rng: random.Random, w: int, h: int) -> Pixmap:
    pm = Pixmap(w, h)
    rows = []
    for y in range(h):
        kind = y % 4
        if kind == 0:  # one repeated pixel
            rows.append(bytes(_premultiplied(rng)) * w)
        elif kind == 1:  # opaque, varied
            rows.append(b"".join(bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))
                                 for _ in range(w)))  # fmt: skip
        elif kind == 2:  # mixed alpha
            rows.append(b"".join(bytes(_premultiplied(rng)) for _ in range(w)))
        else:  # runs of one alpha (a photo's row: transparent, opaque, translucent)
            cut, a = sorted(rng.sample(range(1, w), 2)), rng.randrange(1, 255)
            rows.append(bytes(4 * cut[0]) + b"".join(
                bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255)) for _ in range(cut[1] - cut[0])
            ) + b"".join(bytes((rng.randrange(a + 1), rng.randrange(a + 1), rng.randrange(a + 1), a))
                         for _ in range(w - cut[1])))
    pm.data[:] = b"".join(rows)
    return pm


OPS = [color_op(FilterFunction(name, amount)) for name, amount in (
    ("brightness", 1.7), ("brightness", 0.3), ("contrast", 2.5), ("contrast", 0.4), ("invert", 0.3),
    ("invert", 1.0), ("opacity", 0.45), ("grayscale", 0.6), ("sepia", 1.0), ("saturate", 3.0),
    ("hue-rotate", 200.0), ("hue-rotate", -37.5),
)] + [ComponentTransfer(TableTransfer((0.2, 0.9, 0.1)), LinearTransfer(0.5, 0.25))]  # fmt: skip


@pytest.mark.parametrize("op", OPS)
def test_color_filters_match_svgfilters_pixel_for_pixel(op: ColorMatrix | ComponentTransfer) -> None:
    rng = random.Random(11)
    w, h = 23, 12
    pm = _pixmap(rng, w, h)
    before = bytes(pm.data)
    apply_color(pm, (3, 1, 20, 11), op)
    for y in range(h):
        for x in range(w):
            o = 4 * (y * w + x)
            px = tuple(before[o : o + 4])
            want = _reference(px, op) if 3 <= x < 20 and 1 <= y < 11 else px  # type: ignore[arg-type]
            assert tuple(pm.data[o : o + 4]) == want, (x, y, px)


def test_transfer_tables() -> None:
    assert transfer_table(None) is None and transfer_table(TableTransfer(())) is None
    invert = transfer_table(TableTransfer((1.0, 0.0)))
    assert invert is not None and invert[0] == 255 and invert[255] == 0 and invert[100] == 155
    bright = transfer_table(LinearTransfer(2.0, 0.0))
    assert bright is not None and bright[100] == 200 and bright[200] == 255  # clamped


def test_region_box_follows_resvg_rounding_and_fit_to_rect() -> None:
    # x, y truncated toward zero, size rounded.
    assert region_box(Rect(10.7, 5.2, 20.5, 10.4), IDENTITY, 100, 100) == (10, 5, 31, 15)
    # Left of the canvas: moved to 0 without being shortened (so it reaches further right).
    assert region_box(Rect(-30.0, -10.0, 80.0, 40.0), IDENTITY, 100, 100) == (0, 0, 80, 40)
    # Cut at the canvas's right and bottom; nothing when it starts outside or has no area.
    assert region_box(Rect(90.0, 90.0, 50.0, 50.0), IDENTITY, 100, 100) == (90, 90, 100, 100)
    assert region_box(Rect(120.0, 0.0, 5.0, 5.0), IDENTITY, 100, 100) is None
    assert region_box(Rect(10.0, 10.0, 0.0, 5.0), IDENTITY, 100, 100) is None
    # The bounding box of the mapped corners.
    assert region_box(Rect(0.0, 0.0, 10.0, 10.0), Affine(2.0, 0.0, 0.0, 2.0, 5.0, 5.0), 100, 100) == (5, 5, 25, 25)


def _over(s: tuple[int, ...], d: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(s[i] + ((d[i] * (255 - s[3]) + 255) >> 8) for i in range(4))


def test_drop_shadow_pixels_convert_the_flood_from_linear_rgb() -> None:
    """resvg's sRGB drop shadow: flood at the shadow's alpha, into_srgb (a bug: it was never linear),
    then the source drawn over it."""
    color = Color(0x33, 0x66, 0x99)
    rng = random.Random(5)
    w = 9
    rows = [b"".join(bytes(_premultiplied(rng)) for _ in range(w)) for _ in range(3)]
    alpha = bytes(rng.choice((0, 255, rng.randrange(256))) for _ in range(3 * w))
    out = drop_shadow_rows(rows, w, alpha, color)
    for y in range(3):
        for x in range(w):
            r, g, b, a = flood_pixel(color.rgba8(), alpha[y * w + x])
            flood = (*(_multiply(TO_SRGB[_demultiply(c, a)], a) for c in (r, g, b)), a)
            src = tuple(rows[y][4 * x : 4 * x + 4])
            assert tuple(out[y][4 * x : 4 * x + 4]) == _over(src, flood)
    opaque = drop_shadow_rows([bytes(4)], 1, b"\xff", color)[0]
    assert tuple(opaque) == (TO_SRGB[0x33], TO_SRGB[0x66], TO_SRGB[0x99], 255)  # a lighter shadow


def test_source_over_memo_gives_the_f32_maths_and_survives_clearing() -> None:
    """``_over`` answers from two memos (whole pixels, single channels); both must give tiny-skia's
    f32 source-over byte for byte, and keep doing so after being cleared when full."""
    from pureog.raster import dropshadow  # noqa: PLC0415

    rng = random.Random(7)
    pairs = [(tuple(rng.randrange(256) for _ in range(4)), tuple(rng.randrange(256) for _ in range(4)))
             for _ in range(500)]
    for round_ in range(2):
        for src, dst in pairs:
            want = tuple(dropshadow._over_byte(src[3], s, d) for s, d in zip(src, dst, strict=True))
            assert dropshadow._over(src, dst) == want  # type: ignore[arg-type]
        if round_ == 0:
            dropshadow._OVER_PIXELS.clear()
            dropshadow._OVER_BYTES.clear()
    assert dropshadow._over((0, 0, 0, 255), (9, 9, 9, 9)) == (0, 0, 0, 255)  # opaque source wins
    assert dropshadow._over((0, 0, 0, 0), (9, 8, 7, 6)) == (9, 8, 7, 6)  # transparent source keeps dst


def test_the_tabled_f32_maths_is_the_formula() -> None:
    """``_over_byte`` reads ``v / 255`` and ``1 - sa / 255`` (each rounded to f32) from tables, and
    ``_convert`` answers from a memo: both must give the f32 formula written out, byte for byte."""
    from pureog.f32 import f32  # noqa: PLC0415
    from pureog.raster import dropshadow  # noqa: PLC0415

    inv255 = f32(1.0 / 255.0)
    rng = random.Random(11)
    for _ in range(20000):
        sa, s, d = rng.randrange(256), rng.randrange(256), rng.randrange(256)
        inv = f32(1.0 - f32(sa * inv255))
        v = f32(f32(f32(d * inv255) * inv) + f32(s * inv255))
        assert dropshadow._over_byte(sa, s, d) == min(255, max(0, int(f32(v * 255.0) + 0.5)))
    for _round in range(2):  # (the second round after the memo is cleared)
        for _ in range(2000):
            pixel = (rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(256))
            for to_linear in (True, False):
                want = (0, 0, 0, 0) if pixel[3] == 0 else (
                    *(dropshadow._convert_channel(c, pixel[3], to_linear) for c in pixel[:3]), pixel[3])
                assert dropshadow._convert(pixel, to_linear) == want  # type: ignore[arg-type]
        dropshadow._CONVERTED[0].clear()
        dropshadow._CONVERTED[1].clear()


def test_source_over_a_clear_pixel_is_the_source_for_every_byte() -> None:
    """``_over`` returns ``src`` over a clear pixel and ``dst`` under a clear source without its maths:
    the f32 maths must give exactly that for every byte."""
    from pureog.raster import dropshadow  # noqa: PLC0415

    assert all(dropshadow._over_byte(sa, s, 0) == s for sa in range(256) for s in range(256))
    assert all(dropshadow._over_byte(0, 0, d) == d for d in range(256))
