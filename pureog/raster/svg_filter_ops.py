"""The pixel maths of SVG filter primitives, as resvg 0.29 (svgfilters) computes them.

Role: premultiplied RGBA8 images of one filter region (``bytearray``, ``4 * w * h`` bytes) -> a new
image: colour-space conversions (8-bit tables between premultiplications), floods, whole-pixel shifts,
``feColorMatrix`` (all four types), ``feComponentTransfer`` (identity, table, discrete, linear, gamma),
arithmetic ``feComposite``, ``feMorphology`` and ``feTile``. Blending (``feBlend``, Porter-Duff
composites, ``feMerge``) is :mod:`pureog.raster.blend_modes`; blurs are :mod:`pureog.raster.blur`.

svgfilters works in f64 on straight colour: ``demultiply`` is ``c / (a / 255) + 0.5`` truncated (0 where
alpha is 0), results are clamped to 0..1, times 255 and *truncated*, ``multiply`` is ``c * (a / 255) +
0.5`` truncated. Each output pixel depends on its input pixel only (or a pair of them), so every
operation maps pixels, as 32-bit ints, through a dict that computes a distinct pixel once.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
import sys
from array import array
from collections.abc import Callable
from itertools import repeat

from pureog import caches
from pureog.color import Color
from pureog.display import (
    ColorMatrixKind,
    DiscreteTransfer,
    GammaTransfer,
    LinearTransfer,
    SvgTransfer,
    TableTransfer,
)
from pureog.raster.dropshadow import TO_LINEAR, TO_SRGB

_ORDER = sys.byteorder
PixelFn = Callable[[int, int, int, int], tuple[int, int, int, int]]


def demultiply(c: int, a: int) -> int:
    if a == 0:
        return 0  # 0 / 0 is NaN, which Rust casts to 0
    return min(255, int(c / (a / 255.0) + 0.5))


def multiply(c: int, a: int) -> int:
    return min(255, int(c * (a / 255.0) + 0.5))


def _unit_byte(v: float) -> int:
    """``(f64_bound(0, v, 1) * 255) as u8``."""
    return 0 if not v > 0.0 else (255 if v >= 1.0 else int(v * 255.0))


class _Pixels(dict[int, int]):
    """A pixel (int of its 4 bytes in memory order) -> the operation's result, computed once."""

    def __init__(self, fn: PixelFn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: int) -> int:
        r, g, b, a = key.to_bytes(4, _ORDER)
        value = int.from_bytes(bytes(self.fn(r, g, b, a)), _ORDER)
        self[key] = value
        return value


def map_pixels(data: bytes | bytearray, pixels: dict[int, int]) -> bytearray:
    ints = array("I")
    ints.frombytes(bytes(data))
    return bytearray(array("I", map(pixels.__getitem__, ints)).tobytes())


def _space_pixel(table: bytes) -> PixelFn:
    def pixel(r: int, g: int, b: int, a: int) -> tuple[int, int, int, int]:
        return (multiply(table[demultiply(r, a)], a), multiply(table[demultiply(g, a)], a),
                multiply(table[demultiply(b, a)], a), a)  # fmt: skip

    return pixel


_TO_LINEAR = _Pixels(_space_pixel(TO_LINEAR))
_TO_SRGB = _Pixels(_space_pixel(TO_SRGB))
_CACHE_LIMIT = 1 << 18


def convert_space(data: bytes | bytearray, to_linear: bool) -> bytearray:
    """resvg's ``into_linear_rgb`` / ``into_srgb`` of a premultiplied image."""
    memo = _TO_LINEAR if to_linear else _TO_SRGB
    if len(memo) > _CACHE_LIMIT:
        memo.clear()  # (bounded memo: emptied when full)
    return map_pixels(data, memo)


def source_alpha(data: bytes | bytearray) -> bytearray:
    out = bytearray(len(data))
    out[3::4] = data[3::4]
    return out


def flood(w: int, h: int, color: Color) -> bytearray:
    """tiny-skia's ``fill`` with a colour: premultiplied in floats, rounded to bytes."""
    r, g, b, a = color.rgba8()
    af = a / 255.0
    px = bytes((int(r / 255.0 * af * 255.0 + 0.5), int(g / 255.0 * af * 255.0 + 0.5),
                int(b / 255.0 * af * 255.0 + 0.5), a))  # fmt: skip
    return bytearray(px * (w * h))


def shift(data: bytes | bytearray, w: int, h: int, dx: int, dy: int) -> bytearray:
    """The image moved by whole pixels as tiny-skia's ``draw_pixmap`` moves it, transparent where nothing
    moves in. tiny-skia fills one pixel more than the image on the right and at the bottom, sampling the
    image's edge (its pattern pads): a move left or up repeats the last column or row once (measured in
    the reference); a move right or down pushes that pixel past the end."""
    out = bytearray(len(data))
    if abs(dx) > w or abs(dy) > h:
        return out
    stride = 4 * w
    # destination columns/rows covered: dx .. dx + w (inclusive), dy .. dy + h (inclusive), clipped
    x0, x1 = max(0, dx), min(w, w + dx + 1)
    y0, y1 = max(0, dy), min(h, h + dy + 1)
    if x1 <= x0 or y1 <= y0:
        return out
    pad = x1 - dx > w  # the last destination column reads past the image: its edge column again
    for y in range(y0, y1):
        sy = min(y - dy, h - 1)
        o = y * stride
        s0 = sy * stride
        if pad:
            out[o + 4 * x0 : o + 4 * (x1 - 1)] = data[s0 + 4 * (x0 - dx) : s0 + 4 * (x1 - 1 - dx)]
            out[o + 4 * (x1 - 1) : o + 4 * x1] = data[s0 + 4 * (w - 1) : s0 + 4 * w]
        else:
            out[o + 4 * x0 : o + 4 * x1] = data[s0 + 4 * (x0 - dx) : s0 + 4 * (x1 - dx)]
    return out


def clear_outside(data: bytearray, w: int, h: int, x0: int, y0: int, x1: int, y1: int) -> None:
    """Zero every pixel outside columns x0..x1 and rows y0..y1 (a primitive's subregion)."""
    stride = 4 * w
    x0, x1 = max(0, min(w, x0)), max(0, min(w, x1))
    y0, y1 = max(0, min(h, y0)), max(0, min(h, y1))
    if y0 > 0:
        data[: y0 * stride] = bytes(y0 * stride)
    if y1 < h:
        data[y1 * stride :] = bytes((h - y1) * stride)
    left, right = bytes(4 * x0), bytes(4 * (w - x1))
    for y in range(y0, y1):
        o = y * stride
        if x0 > 0:
            data[o : o + 4 * x0] = left
        if x1 < w:
            data[o + 4 * x1 : o + stride] = right


# ---------------------------------------------------------------------------------------- colour matrix


def _matrix_fn(kind: ColorMatrixKind, values: tuple[float, ...]) -> PixelFn:
    if kind == ColorMatrixKind.MATRIX:
        m = values

        def matrix(r: int, g: int, b: int, a: int) -> tuple[int, int, int, int]:
            rf, gf, bf = demultiply(r, a) / 255.0, demultiply(g, a) / 255.0, demultiply(b, a) / 255.0
            af = a / 255.0
            na = _unit_byte(rf * m[15] + gf * m[16] + bf * m[17] + af * m[18] + m[19])
            nr = _unit_byte(rf * m[0] + gf * m[1] + bf * m[2] + af * m[3] + m[4])
            ng = _unit_byte(rf * m[5] + gf * m[6] + bf * m[7] + af * m[8] + m[9])
            nb = _unit_byte(rf * m[10] + gf * m[11] + bf * m[12] + af * m[13] + m[14])
            return (multiply(nr, na), multiply(ng, na), multiply(nb, na), na)

        return matrix
    if kind == ColorMatrixKind.LUMINANCE_TO_ALPHA:

        def to_alpha(r: int, g: int, b: int, a: int) -> tuple[int, int, int, int]:
            rf, gf, bf = demultiply(r, a) / 255.0, demultiply(g, a) / 255.0, demultiply(b, a) / 255.0
            return (0, 0, 0, _unit_byte(rf * 0.2125 + gf * 0.7154 + bf * 0.0721))

        return to_alpha
    if kind == ColorMatrixKind.SATURATE:
        v = max(values[0] if values else 1.0, 0.0)
        k = (0.213 + 0.787 * v, 0.715 - 0.715 * v, 0.072 - 0.072 * v,
             0.213 - 0.213 * v, 0.715 + 0.285 * v, 0.072 - 0.072 * v,
             0.213 - 0.213 * v, 0.715 - 0.715 * v, 0.072 + 0.928 * v)  # fmt: skip
    else:
        angle = math.radians(values[0] if values else 0.0)
        a1, a2 = math.cos(angle), math.sin(angle)
        k = (0.213 + 0.787 * a1 - 0.213 * a2, 0.715 - 0.715 * a1 - 0.715 * a2,
             0.072 - 0.072 * a1 + 0.928 * a2, 0.213 - 0.213 * a1 + 0.143 * a2,
             0.715 + 0.285 * a1 + 0.140 * a2, 0.072 - 0.072 * a1 - 0.283 * a2,
             0.213 - 0.213 * a1 - 0.787 * a2, 0.715 - 0.715 * a1 + 0.715 * a2,
             0.072 + 0.928 * a1 + 0.072 * a2)  # fmt: skip

    def rgb(r: int, g: int, b: int, a: int) -> tuple[int, int, int, int]:
        rf, gf, bf = demultiply(r, a) / 255.0, demultiply(g, a) / 255.0, demultiply(b, a) / 255.0
        return (multiply(_unit_byte(rf * k[0] + gf * k[1] + bf * k[2]), a),
                multiply(_unit_byte(rf * k[3] + gf * k[4] + bf * k[5]), a),
                multiply(_unit_byte(rf * k[6] + gf * k[7] + bf * k[8]), a), a)  # fmt: skip

    return rgb


def color_matrix(data: bytes | bytearray, kind: ColorMatrixKind, values: tuple[float, ...]) -> bytearray:
    return map_pixels(data, _Pixels(_matrix_fn(kind, values)))


# ----------------------------------------------------------------------------------- component transfer


def transfer_table(f: SvgTransfer | None) -> bytes | None:
    """A transfer function on straight 8-bit values; None for resvg's "dummy" functions (identity, an
    empty table), which leave the channel alone."""
    if f is None or (isinstance(f, (TableTransfer, DiscreteTransfer)) and not f.values):
        return None
    out = bytearray(256)
    for v in range(256):
        c = v / 255.0
        if isinstance(f, LinearTransfer):
            c = f.slope * c + f.intercept
        elif isinstance(f, GammaTransfer):
            try:
                c = f.amplitude * c**f.exponent + f.offset
            except (ZeroDivisionError, OverflowError):
                c = math.inf if f.amplitude > 0 else 0.0
            if isinstance(c, complex):
                c = 0.0
        elif isinstance(f, DiscreteTransfer):
            n = len(f.values)
            c = f.values[min(math.floor(c * n), n - 1)]
        else:
            values = f.values
            n = len(values) - 1
            k = min(math.floor(c * n), n)
            c = values[k] if k == n else values[k] + (c - k / n) * n * (values[k + 1] - values[k])
        out[v] = _unit_byte(c)
    return bytes(out)


def component_transfer(data: bytes | bytearray, funcs: tuple[SvgTransfer | None, ...]) -> bytearray:
    """``funcs``: red, green, blue, alpha; on demultiplied channels, premultiplied again after."""
    tables = [transfer_table(f) for f in funcs]

    def pixel(r: int, g: int, b: int, a: int) -> tuple[int, int, int, int]:
        c = [demultiply(r, a), demultiply(g, a), demultiply(b, a), a]
        for i, t in enumerate(tables):
            if t is not None:
                c[i] = t[c[i]]
        return (multiply(c[0], c[3]), multiply(c[1], c[3]), multiply(c[2], c[3]), c[3])

    return map_pixels(data, _Pixels(pixel))


# ------------------------------------------------------------------------------------ arithmetic composite


class _Arithmetic(dict[int, int]):
    def __init__(self, k1: float, k2: float, k3: float, k4: float) -> None:
        super().__init__()
        self.k = (k1, k2, k3, k4)

    def __missing__(self, key: int) -> int:
        k1, k2, k3, k4 = self.k
        p1 = (key >> 32).to_bytes(4, _ORDER)
        p2 = (key & 0xFFFFFFFF).to_bytes(4, _ORDER)

        def calc(c1: int, c2: int, top: float) -> float:
            i1, i2 = c1 / 255.0, c2 / 255.0
            v = k1 * i1 * i2 + k2 * i1 + k3 * i2 + k4
            return top if v > top else (0.0 if v < 0.0 else v)

        a = calc(p1[3], p2[3], 1.0)
        if abs(a) <= 2e-323:  # fuzzy zero: the pixel stays transparent
            value = 0
        else:
            value = int.from_bytes(bytes((int(calc(p1[0], p2[0], a) * 255.0), int(calc(p1[1], p2[1], a) * 255.0),
                                          int(calc(p1[2], p2[2], a) * 255.0), int(a * 255.0))), _ORDER)  # fmt: skip
        self[key] = value
        return value


def arithmetic(in1: bytes | bytearray, in2: bytes | bytearray, k: tuple[float, float, float, float]) -> bytearray:
    a = array("I")
    a.frombytes(bytes(in1))
    b = array("I")
    b.frombytes(bytes(in2))
    keys = map(operator.or_, map(operator.lshift, a, repeat(32)), b)
    return bytearray(array("I", map(_Arithmetic(*k).__getitem__, keys)).tobytes())


# ---------------------------------------------------------------------------------------------- morphology


def _window(line: list[int], span: int, before: int, pick: Callable[..., int], neutral: int) -> list[int]:
    """For each i, ``pick`` over line[i - before : i - before + span] (out-of-range ignored)."""
    n = len(line)
    padded = [neutral] * before + line + [neutral] * span
    # doubling: level[k][i] = pick of padded[i : i + 2**k]
    level = padded
    width = 1
    while width * 2 <= span:
        level = list(map(pick, level, level[width:] + [neutral] * width))
        width *= 2
    rest = span - width
    if rest:
        level = list(map(pick, level, level[rest:] + [neutral] * rest))
    return level[:n]


def morphology_passes(w: int, h: int, rx: float, ry: float) -> int:
    """Passes over the image :func:`morphology` makes per channel (a doubling step per power of two of each
    window, and one for the rest), each about 1 us a pixel; the render's filter budget is charged half
    the region per pass (a radius past the region is 11 passes an axis)."""
    def axis(window: int) -> int:
        return 0 if window <= 1 else window.bit_length() - 1 + (window & (window - 1) != 0)

    return axis(min(math.ceil(rx) * 2, w)) + axis(min(math.ceil(ry) * 2, h))


def morphology(data: bytes | bytearray, w: int, h: int, dilate: bool, rx: float, ry: float) -> bytearray:
    """svgfilters' morphology: a window of ``min(ceil(r) * 2, size)`` pixels per axis starting
    ``floor(window / 2)`` before each pixel; pixels outside the image are ignored."""
    columns = min(math.ceil(rx) * 2, w)
    rows = min(math.ceil(ry) * 2, h)
    tx, ty = columns // 2, rows // 2
    pick = max if dilate else min
    neutral = 0 if dilate else 255
    out = bytearray(len(data))
    for c in range(4):
        plane = list(data[c::4])
        if columns > 1:
            plane = [v for y in range(h) for v in _window(plane[y * w : (y + 1) * w], columns, tx, pick, neutral)]
        if rows > 1:
            cols = [_window(plane[x::w], rows, ty, pick, neutral) for x in range(w)]
            plane = [v for row in zip(*cols, strict=True) for v in row]
        out[c::4] = bytes(plane)
    return out


def tile(data: bytes | bytearray, w: int, h: int, bx: int, by: int, bw: int, bh: int, ax: int, ay: int) -> bytearray:
    """The ``bw x bh`` block at (bx, by) repeated over the image, its copies anchored at (ax, ay)."""
    stride = 4 * w
    block = [bytes(data[(by + j) * stride + 4 * bx : (by + j) * stride + 4 * (bx + bw)]) for j in range(bh)]
    out = bytearray(len(data))
    reps = w // bw + 2
    start = 4 * ((-ax) % bw)
    for y in range(h):
        row = block[(y - ay) % bh] * reps
        out[y * stride : (y + 1) * stride] = row[start : start + stride]
    return out


__all__ = ["arithmetic", "clear_outside", "color_matrix", "component_transfer", "convert_space", "flood",
           "map_pixels", "morphology", "shift", "source_alpha", "tile", "transfer_table"]


caches.register("raster.color_spaces", _TO_LINEAR, _TO_SRGB)
