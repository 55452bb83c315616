"""Shaders: non-solid paints -> rows of premultiplied RGBA8 source pixels.

Role: :func:`make_shader` turns a LinearGradientPaint, RadialGradientPaint or ImagePaint (defined in the
filled path's space) plus the device transform into ``shader(x0, y, n) -> bytes`` giving the source
colour at the centres of device pixels ``x0 .. x0+n`` on row ``y``. Blending happens in :mod:`blend`.

Gradients: colours are interpolated between stops in straight alpha (as Skia/tiny-skia do), then
premultiplied, into a 1024-entry lookup table of 4-byte pixels. Along a device row the gradient
parameter is affine (linear gradients) so indices come from a fixed-point ``range`` mapped through C
builtins; radial distances come from ``math.hypot`` mapped over ``itertools.accumulate`` float ramps. The
row is ``b"".join(map(lut.__getitem__, indices))`` - no per-pixel Python frames. Spread methods: pad
clamps the index, repeat masks it, reflect masks into a doubled (forward + mirrored) table.

Images: nearest-neighbour sampling (resvg uses bicubic for smooth images: known difference). Axis-aligned
mappings precompute column indices once; other mappings sample per pixel.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from itertools import accumulate, repeat

from pureog.display import (
    GradientStop,
    ImagePaint,
    LinearGradientPaint,
    Paint,
    RadialGradientPaint,
    SpreadMethod,
)
from pureog.geometry import Affine

Shader = Callable[[int, int, int], bytes]

LUT_SIZE = 1024
_FIX = 1 << 16


def _color_at(stops: tuple[GradientStop, ...], t: float) -> bytes:
    """Premultiplied RGBA8 of the gradient at ``t`` (stops sorted, offsets non-decreasing)."""
    first = stops[0]
    if t <= first.offset:
        c0 = c1 = first
        u = 0.0
    else:
        c0 = c1 = stops[-1]
        u = 0.0
        for s0, s1 in zip(stops, stops[1:], strict=False):
            if s0.offset <= t < s1.offset:
                c0, c1 = s0, s1
                u = (t - s0.offset) / (s1.offset - s0.offset)
                break
    a0, a1 = c0.color, c1.color
    r = a0.r + (a1.r - a0.r) * u
    g = a0.g + (a1.g - a0.g) * u
    b = a0.b + (a1.b - a0.b) * u
    a = a0.a + (a1.a - a0.a) * u
    a = min(1.0, max(0.0, a))
    return bytes((int(r * a + 0.5), int(g * a + 0.5), int(b * a + 0.5), int(a * 255 + 0.5)))


def _normalized_stops(stops: tuple[GradientStop, ...]) -> tuple[GradientStop, ...]:
    out: list[GradientStop] = []
    last = 0.0
    for s in stops:
        off = min(1.0, max(last, s.offset))
        out.append(GradientStop(off, s.color))
        last = off
    return tuple(out)


def _lut(stops: tuple[GradientStop, ...], spread: SpreadMethod) -> list[bytes]:
    ns = _normalized_stops(stops)
    lut = [_color_at(ns, (i + 0.5) / LUT_SIZE) for i in range(LUT_SIZE)]
    if spread == SpreadMethod.REFLECT:
        lut = lut + lut[::-1]
    return lut


def _wrap(indices: object, spread: SpreadMethod) -> object:
    """Apply the spread method to an iterator of raw (possibly out-of-range) table indices."""
    if spread == SpreadMethod.REPEAT:
        return map(operator.and_, indices, repeat(LUT_SIZE - 1))  # type: ignore[call-overload]
    if spread == SpreadMethod.REFLECT:
        return map(operator.and_, indices, repeat(2 * LUT_SIZE - 1))  # type: ignore[call-overload]
    return map(max, map(min, indices, repeat(LUT_SIZE - 1)), repeat(0))  # type: ignore[call-overload]


def _linear(paint: LinearGradientPaint, inv: Affine) -> Shader:
    lut = _lut(paint.stops, paint.spread)
    vx = paint.x2 - paint.x1
    vy = paint.y2 - paint.y1
    l2 = vx * vx + vy * vy
    if l2 == 0.0 or not paint.stops:
        last = _color_at(_normalized_stops(paint.stops), 1.0) if paint.stops else bytes(4)
        return lambda x0, y, n: last * n
    # t(x, y) = ta * x + tb * y + tc for device pixel centres, scaled to table units.
    k = LUT_SIZE / l2
    ta = (inv.a * vx + inv.b * vy) * k
    tb = (inv.c * vx + inv.d * vy) * k
    tc = ((inv.e - paint.x1) * vx + (inv.f - paint.y1) * vy) * k
    step = round(ta * _FIX)
    spread = paint.spread
    get = lut.__getitem__

    def shader(x0: int, y: int, n: int) -> bytes:
        t0 = ta * (x0 + 0.5) + tb * (y + 0.5) + tc
        start = math.floor(t0 * _FIX)
        if step == 0:
            idx = [start >> 16]
            return b"".join(map(get, _wrap(idx, spread))) * n  # type: ignore[call-overload]
        raw = map(operator.rshift, range(start, start + n * step, step), repeat(16))
        return b"".join(map(get, _wrap(raw, spread)))  # type: ignore[call-overload]

    return shader


def _radial(paint: RadialGradientPaint, inv: Affine) -> Shader:
    lut = _lut(paint.stops, paint.spread)
    if paint.r <= 0.0 or not paint.stops:
        last = _color_at(_normalized_stops(paint.stops), 1.0) if paint.stops else bytes(4)
        return lambda x0, y, n: last * n
    k = LUT_SIZE / paint.r
    spread = paint.spread
    get = lut.__getitem__

    def shader(x0: int, y: int, n: int) -> bytes:
        px, py = inv.apply(x0 + 0.5, y + 0.5)
        xs = accumulate(repeat(inv.a, n - 1), initial=px - paint.cx)
        ys = accumulate(repeat(inv.b, n - 1), initial=py - paint.cy)
        raw = map(int, map(operator.mul, map(math.hypot, xs, ys), repeat(k)))
        return b"".join(map(get, _wrap(raw, spread)))  # type: ignore[call-overload]

    return shader


def _image(paint: ImagePaint, inv: Affine) -> Shader:
    img = paint.image
    w, h = img.width, img.height
    if w <= 0 or h <= 0 or len(img.data) != w * h * 4:
        return lambda x0, y, n: bytes(4 * n)
    data = img.data
    transparent = bytes(4)
    # Pixels as 4-byte strings, one list per image row, plus a transparent sentinel at index w.
    rows = [[data[o : o + 4] for o in range(r * w * 4, (r + 1) * w * 4, 4)] + [transparent] for r in range(h)]

    def col(ix: int) -> int:
        if paint.repeat_x:
            return ix % w
        return ix if 0 <= ix < w else w

    def row_of(iy: int) -> list[bytes] | None:
        if paint.repeat_y:
            return rows[iy % h]
        return rows[iy] if 0 <= iy < h else None

    if inv.b == 0.0 and inv.c == 0.0:
        columns: dict[tuple[int, int], list[int]] = {}

        def shader(x0: int, y: int, n: int) -> bytes:
            r = row_of(math.floor(inv.d * (y + 0.5) + inv.f))
            if r is None:
                return transparent * n
            cols = columns.get((x0, n))
            if cols is None:
                cols = [col(math.floor(inv.a * (x + 0.5) + inv.e)) for x in range(x0, x0 + n)]
                columns[(x0, n)] = cols
            return b"".join(map(r.__getitem__, cols))

        return shader

    def general(x0: int, y: int, n: int) -> bytes:
        out = []
        for x in range(x0, x0 + n):
            px, py = inv.apply(x + 0.5, y + 0.5)
            r = row_of(math.floor(py))
            out.append(transparent if r is None else r[col(math.floor(px))])
        return b"".join(out)

    return general


def make_shader(paint: Paint, m: Affine) -> Shader | None:
    """A row shader for ``paint`` under the device transform ``m``; None when nothing can show."""
    try:
        inv = (m @ paint.transform).inverse()  # type: ignore[union-attr]
    except ZeroDivisionError:
        return None
    if isinstance(paint, LinearGradientPaint):
        return _linear(paint, inv)
    if isinstance(paint, RadialGradientPaint):
        return _radial(paint, inv)
    if isinstance(paint, ImagePaint):
        return _image(paint, inv)
    return None
