"""Image shaders: an :class:`ImagePaint` -> rows of premultiplied RGBA8 device pixels.

Role: ``image_shader(paint, inv)(x0, y, n) -> bytes`` gives the resampled image at the centres of
device pixels ``x0 .. x0+n`` on row ``y``; ``inv`` maps device space to image pixels.

Sampling follows tiny-skia's pattern shader, which resvg uses for ``<image>``: a pure translation
always samples nearest (tiny-skia downgrades it); otherwise BICUBIC is Mitchell-Netravali (B = C = 1/3)
over the 4x4 pixels at -1.5 .. +1.5 around the sample, with tiny-skia's weights
``near(t) = 1/18 + 9/18 t + 27/18 t^2 - 21/18 t^3`` and ``far(t) = 7/18 t^3 - 6/18 t^2``, then clamped
to 0..1; BILINEAR uses the 2x2 neighbours. No mipmaps (tiny-skia has none): large downscales alias
exactly as in the reference. Outside the image the edge pixels repeat (Pad) unless the paint tiles.

Speed: when the mapping is axis-aligned (scale + translate, the case for every ``<img>``), the filter is
separable. Each needed source row is filtered horizontally once (per output span) with precomputed
tap indices and weights, as ``map`` pipelines over the row's interleaved RGBA components; each output
row is then a weighted sum of four filtered rows, rounded and clamped through a lookup table. No Python
frame runs per pixel. Rotated or skewed images are filtered per pixel (:func:`filtered_shader`); pattern
tiles under such transforms use it too (resvg draws its pattern pixmaps bicubically).
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterable
from itertools import repeat

from pureog.display import FilterQuality, ImagePaint
from pureog.geometry import Affine

Shader = Callable[[int, int, int], bytes]

# round-and-clamp of a float component v in 0..255 scale: _CLAMP[int(v + _BIAS)].
_BIAS = 256.5
_CLAMP = bytes(min(255, max(0, i - 256)) for i in range(1024))


def _near(t: float) -> float:
    return ((-21.0 / 18.0 * t + 27.0 / 18.0) * t + 9.0 / 18.0) * t + 1.0 / 18.0


def _far(t: float) -> float:
    return t * t * (7.0 / 18.0 * t - 6.0 / 18.0)


def _taps(coord: float, size: int, quality: FilterQuality, tile: bool) -> tuple[list[int], list[float]]:
    """Source indices and weights for one sample coordinate along one axis."""
    u = coord - 0.5
    base = math.floor(u)
    t = u - base
    if quality == FilterQuality.BICUBIC:
        idx = [base - 1, base, base + 1, base + 2]
        weights = [_far(1.0 - t), _near(1.0 - t), _near(t), _far(t)]
    else:
        idx = [base, base + 1]
        weights = [1.0 - t, t]
    if tile:
        idx = [i % size for i in idx]
    else:
        idx = [0 if i < 0 else (size - 1 if i >= size else i) for i in idx]
    return idx, weights


def _nearest_index(coord: float, size: int, tile: bool) -> int:
    i = math.floor(coord)
    if tile:
        return i % size
    return 0 if i < 0 else (size - 1 if i >= size else i)


def _nearest(paint: ImagePaint, inv: Affine) -> Shader:
    img = paint.image
    w, h = img.width, img.height
    data = img.data
    rows = [[data[o : o + 4] for o in range(r * w * 4, (r + 1) * w * 4, 4)] for r in range(h)]
    if inv.b == 0.0 and inv.c == 0.0:
        columns: dict[tuple[int, int], list[int]] = {}

        def shader(x0: int, y: int, n: int) -> bytes:
            row = rows[_nearest_index(inv.d * (y + 0.5) + inv.f, h, paint.repeat_y)]
            cols = columns.get((x0, n))
            if cols is None:
                cols = [_nearest_index(inv.a * (x + 0.5) + inv.e, w, paint.repeat_x) for x in range(x0, x0 + n)]
                columns[(x0, n)] = cols
            return b"".join(map(row.__getitem__, cols))

        return shader

    def general(x0: int, y: int, n: int) -> bytes:
        out = []
        for x in range(x0, x0 + n):
            px, py = inv.apply(x + 0.5, y + 0.5)
            out.append(rows[_nearest_index(py, h, paint.repeat_y)][_nearest_index(px, w, paint.repeat_x)])
        return b"".join(out)

    return general


def _separable(paint: ImagePaint, inv: Affine) -> Shader:
    img = paint.image
    w, h = img.width, img.height
    data = img.data
    quality = paint.quality
    bicubic = quality == FilterQuality.BICUBIC
    mul = operator.mul
    add = operator.add
    # Horizontal plans per output span: per tap, component indices into a source row and weights.
    plans: dict[tuple[int, int], list[tuple[list[int], list[float]]]] = {}
    filtered: dict[tuple[int, int, int], list[float]] = {}

    def plan(x0: int, n: int) -> list[tuple[list[int], list[float]]]:
        found = plans.get((x0, n))
        if found is not None:
            return found
        per_tap: list[tuple[list[int], list[float]]] = []
        columns = [_taps(inv.a * (x + 0.5) + inv.e, w, quality, paint.repeat_x) for x in range(x0, x0 + n)]
        for k in range(len(columns[0][0]) if columns else 0):
            idx: list[int] = []
            wts: list[float] = []
            for cols, weights in columns:
                base = cols[k] * 4
                idx += (base, base + 1, base + 2, base + 3)
                wk = weights[k]
                wts += (wk, wk, wk, wk)
            if any(wts):
                per_tap.append((idx, wts))
        plans[(x0, n)] = per_tap
        return per_tap

    def row_filtered(r: int, x0: int, n: int) -> list[float]:
        key = (r, x0, n)
        found = filtered.get(key)
        if found is not None:
            return found
        src = data[r * w * 4 : (r + 1) * w * 4]
        get = src.__getitem__
        acc: list[float] | None = None
        for idx, wts in plan(x0, n):
            term = map(mul, map(get, idx), wts)
            acc = list(term) if acc is None else list(map(add, acc, term))
        result = acc if acc is not None else [0.0] * (4 * n)
        if len(filtered) > 4096:
            filtered.clear()
        filtered[key] = result
        return result

    def shader(x0: int, y: int, n: int) -> bytes:
        rows, weights = _taps(inv.d * (y + 0.5) + inv.f, h, quality, paint.repeat_y)
        acc: Iterable[float] | None = None
        for r, wy in zip(rows, weights, strict=True):
            if wy == 0.0:
                continue
            term = map(mul, row_filtered(r, x0, n), repeat(wy))
            acc = term if acc is None else map(add, acc, term)
        if acc is None:
            return bytes(4 * n)
        out = bytes(map(_CLAMP.__getitem__, map(int, map(add, acc, repeat(_BIAS)))))
        if not bicubic:
            return out
        # Bicubic weights overshoot (negative lobes), so a colour can exceed its alpha: clamp it as
        # tiny-skia's clamp_a stage does, or blending later overflows a byte.
        alpha = out[3::4]
        if alpha.count(255) == n:  # opaque (every photo): colour <= 255 = alpha already
            return out
        clamped = bytearray(out)
        for c in range(3):
            clamped[c::4] = bytes(map(min, out[c::4], alpha))
        return bytes(clamped)

    return shader


def filtered_shader(data: bytes, w: int, h: int, inv: Affine, quality: FilterQuality,
                    repeat_x: bool, repeat_y: bool) -> Shader:
    """Any mapping (rotated, skewed): per device pixel, the 4x4 (or 2x2) filter at its own fractional
    position, as tiny-skia's pattern pipeline does for every non-translating transform; channels are
    clamped to 0..255 and colour to alpha afterwards (tiny-skia's clamp_0 / clamp_a stages).
    A Python loop per pixel: only transformed images and tiles take this path."""
    stride = w * 4
    a, b = inv.a, inv.b

    def shader(x0: int, y: int, n: int) -> bytes:
        out = bytearray(4 * n)
        u0, v0 = inv.apply(x0 + 0.5, y + 0.5)
        for i in range(n):
            xs, wx = _taps(u0 + a * i, w, quality, repeat_x)
            ys, wy = _taps(v0 + b * i, h, quality, repeat_y)
            cr = cg = cb = ca = 0.0
            for row, ky in zip(ys, wy, strict=True):
                if ky == 0.0:
                    continue
                base = row * stride
                for col, kx in zip(xs, wx, strict=True):
                    k = ky * kx
                    o = base + 4 * col
                    cr += data[o] * k
                    cg += data[o + 1] * k
                    cb += data[o + 2] * k
                    ca += data[o + 3] * k
            alpha = _CLAMP[int(ca + _BIAS)]
            o = 4 * i
            out[o] = min(_CLAMP[int(cr + _BIAS)], alpha)
            out[o + 1] = min(_CLAMP[int(cg + _BIAS)], alpha)
            out[o + 2] = min(_CLAMP[int(cb + _BIAS)], alpha)
            out[o + 3] = alpha
        return bytes(out)

    return shader


def image_shader(paint: ImagePaint, inv: Affine) -> Shader:
    """A row shader for ``paint``; ``inv`` maps device pixel space to image pixel space."""
    img = paint.image
    if img.width <= 0 or img.height <= 0 or len(img.data) != img.width * img.height * 4:
        return lambda x0, y, n: bytes(4 * n)
    translate_only = inv.a == 1.0 and inv.d == 1.0 and inv.b == 0.0 and inv.c == 0.0
    if paint.quality == FilterQuality.NEAREST or translate_only:
        return _nearest(paint, inv)
    if inv.b == 0.0 and inv.c == 0.0:
        return _separable(paint, inv)
    return filtered_shader(img.data, img.width, img.height, inv, paint.quality, paint.repeat_x, paint.repeat_y)
