"""Gradient shaders: LinearGradientPaint / RadialGradientPaint -> rows of premultiplied RGBA8 pixels.

Role: the gradient half of :mod:`pureog.raster.shade` (``make_shader`` dispatches here). Input: a
gradient paint and the inverse device transform (device px -> paint space). Output:
``shader(x0, y, n) -> bytes``, the source colour at the centres of device pixels ``x0 .. x0+n``.

Matching tiny-skia 0.8 (resvg's rasterizer): colours are interpolated between stops in straight alpha
and premultiplied afterwards; before the first stop / after the last the end colours hold; equal
offsets make hard edges (usvg nudges the earlier stop down by an epsilon, so at the offset itself the
later colour wins). tiny-skia evaluates every pixel in f32; we read a lookup table of
:func:`lut_size` entries (>= 4 per device px along the gradient, so a hard stop lands within 1/4 px
of tiny-skia's), which keeps all per-pixel work inside C builtins; the few pixels that close to a hard
stop are then redone in tiny-skia's f32 (:mod:`pureog.raster.exact_gradient`).

Speed (performance.md recipe 6): an angled linear gradient's rows are windows of one 1-D ramp (per
1/16 px phase) - one slice per row; vertical gradients are one colour per row. Radial gradients with
an axis-aligned mapping share per-column distances and reuse identical rows (the ones mirrored about
the centre). Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, repeat
from operator import itemgetter

from pureog import caches
from pureog.display import FilterQuality, GradientStop, LinearGradientPaint, RadialGradientPaint, SpreadMethod
from pureog.f32 import f32
from pureog.geometry import Affine
from pureog.limits import PAINT_WORK_RAMP, PAINT_WORK_SHADED_FOCAL, PAINT_WORK_SHADED_RADIAL, charge_paint
from pureog.raster.sampling import OpaqueRow

Shader = Callable[[int, int, int], bytes]

MIN_LUT_SIZE = 1024
MAX_LUT_SIZE = 4096
RAMP_PHASES = 16  # sub-pixel phases of the shared ramp of an angled linear gradient
_FIX = 1 << 16
_LUT_CACHE: dict[tuple[object, ...], list[bytes]] = {}
_LUT_CACHE_LIMIT = 256


def color_at(stops: tuple[GradientStop, ...], t: float, offsets: list[float] | None = None) -> bytes:
    """Premultiplied RGBA8 of the gradient at ``t`` (stops sorted, offsets non-decreasing): between the
    first pair with ``s0.offset <= t < s1.offset``, found by bisection (thousands of stops were searched
    one by one for each pixel); ``offsets``: the stops' offsets, when the caller keeps them."""
    first = stops[0]
    c0 = c1 = stops[-1]
    u = 0.0
    if t <= first.offset:
        c0 = c1 = first
    else:
        j = bisect_right([s.offset for s in stops] if offsets is None else offsets, t)  # the first offset > t
        if j < len(stops):
            c0, c1 = stops[j - 1], stops[j]
            u = (t - c0.offset) / (c1.offset - c0.offset)
    return _mix(c0, c1, u)


def _mix(s0: GradientStop, s1: GradientStop, u: float) -> bytes:
    a0, a1 = s0.color, s1.color
    a = min(1.0, max(0.0, a0.a + (a1.a - a0.a) * u))
    return bytes((
        int((a0.r + (a1.r - a0.r) * u) * a + 0.5),
        int((a0.g + (a1.g - a0.g) * u) * a + 0.5),
        int((a0.b + (a1.b - a0.b) * u) * a + 0.5),
        int(a * 255 + 0.5),
    ))  # fmt: skip


def normalized_stops(stops: tuple[GradientStop, ...]) -> tuple[GradientStop, ...]:
    """Offsets clamped to 0..1 and made non-decreasing (usvg's ``convert_stops``)."""
    out: list[GradientStop] = []
    last = 0.0
    for s in stops:
        off = min(1.0, max(last, s.offset))
        out.append(GradientStop(off, s.color))
        last = off
    return tuple(out)


def lut_size(device_length: float) -> int:
    """Table entries for a gradient spanning ``device_length`` px: >= 4 per px up to MAX_LUT_SIZE, a
    power of two (repeat and reflect wrap indices by masking)."""
    size = MIN_LUT_SIZE
    while size < 4 * device_length and size < MAX_LUT_SIZE:
        size *= 2
    return size


def build_lut(stops: tuple[GradientStop, ...], spread: SpreadMethod, size: int = MIN_LUT_SIZE) -> list[bytes]:
    """``size`` pixels; entry i is the colour at t = (i + 0.5) / size (doubled+mirrored for reflect).

    A padded table has two more entries, what tiny-skia draws past its ends (it clamps t to 0..1, and
    at t = 1 the last stop holds, at t = 0 the first): entry ``size`` is the last stop's colour and
    entry ``size + 1`` (``-1``) the first's, so :data:`_PAD_LOW`..``size`` clamps reach them. They differ
    from the end entries where stops meet at an end: ``blue 1, lime 1`` pads lime, not blue."""
    key = (stops, spread, size)
    cached = _LUT_CACHE.get(key)
    if cached is not None:
        return cached
    ns = normalized_stops(stops)
    lut: list[bytes] = []
    # Walk the segments in order so each entry costs one interpolation, not a search over stops.
    seg = 0
    pairs = list(zip(ns, ns[1:], strict=False))
    for i in range(size):
        t = (i + 0.5) / size
        if t <= ns[0].offset:
            lut.append(_mix(ns[0], ns[0], 0.0))
            continue
        while seg < len(pairs) and not (t < pairs[seg][1].offset):
            seg += 1
        if seg == len(pairs):
            lut.append(_mix(ns[-1], ns[-1], 0.0))
            continue
        s0, s1 = pairs[seg]
        lut.append(_mix(s0, s1, (t - s0.offset) / (s1.offset - s0.offset)))
    if spread == SpreadMethod.REFLECT:
        lut = lut + lut[::-1]
    elif spread == SpreadMethod.PAD:
        lut += [_mix(ns[-1], ns[-1], 0.0), _mix(ns[0], ns[0], 0.0)]
    if len(_LUT_CACHE) >= _LUT_CACHE_LIMIT:
        _LUT_CACHE.clear()
    _LUT_CACHE[key] = lut
    return lut


_PAD_LOW = -1
"""The index of a padded table's entry before its start (the first stop's colour, stored last)."""


def _wrap(indices: Iterable[int], spread: SpreadMethod, size: int) -> Iterator[int]:
    """Apply the spread method to raw (possibly out-of-range) table indices."""
    if spread == SpreadMethod.REPEAT:
        return map(operator.and_, indices, repeat(size - 1))
    if spread == SpreadMethod.REFLECT:
        return map(operator.and_, indices, repeat(2 * size - 1))
    return map(max, map(min, indices, repeat(size)), repeat(_PAD_LOW))  # the padded table's end entries


def _gather(lut: list[bytes], indices: list[int]) -> bytes:
    """``lut[i]`` for every index, joined: one ``itemgetter`` call fetches them all in C."""
    if len(indices) < 2:
        return b"".join([lut[i] for i in indices])
    return b"".join(itemgetter(*indices)(lut))


def _ramp(lut: list[bytes], fixed: range, spread: SpreadMethod, size: int) -> bytes:
    """The pixels of an angled gradient's ramp: ``lut`` at the table positions ``fixed`` (16.16 fixed
    point, an arithmetic progression) under the spread method, what ``_wrap`` + one lookup a pixel
    give. A first render meets ~170k of them on the emoji card's 160deg background (16 phases of
    ramps grown twice): the chain of maps through min and max cost ~270 ns a pixel. A padded ramp is
    monotonic, so its clamped ends are runs of the end colours, found by bisecting the progression
    (a ``range`` indexes in O(1)); the rest is one ``itemgetter`` gather (~30 ns a pixel)."""
    if spread != SpreadMethod.PAD:
        return _gather(lut, list(_wrap(map(operator.rshift, fixed, repeat(16)), spread, size)))
    n = len(fixed)
    ascending = fixed if fixed.step > 0 else fixed[::-1]
    below = bisect_left(ascending, 0)  # positions before the table: its first entry
    inside = bisect_left(ascending, size << 16)  # from here on past its end: the last entry
    middle = list(map(operator.rshift, ascending[below:inside], repeat(16)))
    if fixed.step < 0:
        middle.reverse()
        return lut[size] * (n - inside) + _gather(lut, middle) + lut[_PAD_LOW] * below
    return lut[_PAD_LOW] * below + _gather(lut, middle) + lut[size] * (n - inside)


def _solid(stops: tuple[GradientStop, ...]) -> Shader:
    last = color_at(normalized_stops(stops), 1.0) if stops else bytes(4)
    return lambda x0, y, n: last * n


DEGENERATE_THRESHOLD = 1.0 / (1 << 15)
"""tiny-skia's ``DEGENERATE_THRESHOLD``: a linear gradient vector no longer than this is degenerate."""


def _degenerate(stops: tuple[GradientStop, ...], spread: SpreadMethod) -> Shader:
    """tiny-skia's ``LinearGradient::new`` for a zero-length vector (a repeating gradient whose stops
    sit at one offset, ``repeating-linear-gradient(red 0, blue 0)``): padded, the last colour; repeated
    or reflected, the stops' average colour (infinitely many cycles), :func:`average_color`."""
    if spread == SpreadMethod.PAD or len(stops) < 2:
        return _solid(stops)
    average = average_color(normalized_stops(stops))
    return lambda x0, y, n: average * n


def average_color(stops: tuple[GradientStop, ...]) -> bytes:
    """Premultiplied RGBA8 of tiny-skia's ``average_gradient_color``: the integral of the piecewise
    linear ramp over 0..1 (each interval weighs ``0.5 * (c0 + c1) * width``), the first colour held
    before the first offset and the last after the last; straight-alpha channels, premultiplied after."""
    total = [0.0, 0.0, 0.0, 0.0]

    def add(color: GradientStop, weight: float) -> None:
        c = color.color
        for i, v in enumerate((c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a)):
            total[i] += weight * v

    for s0, s1 in zip(stops, stops[1:], strict=False):
        width = s1.offset - s0.offset
        add(s0, 0.5 * width)
        add(s1, 0.5 * width)
    if stops[0].offset > 0.0:
        add(stops[0], stops[0].offset)
    if stops[-1].offset < 1.0:
        add(stops[-1], 1.0 - stops[-1].offset)
    r, g, b, a = (min(1.0, max(0.0, v)) for v in total)
    return bytes((int(r * a * 255 + 0.5), int(g * a * 255 + 0.5), int(b * a * 255 + 0.5), int(a * 255 + 0.5)))


def _with_hard_stops(shader: Shader, paint: LinearGradientPaint | RadialGradientPaint, device: Affine | None,
                     margin: float) -> Shader:  # fmt: skip
    """``shader`` with the pixels near hard stops decided as tiny-skia decides them (in f32): the
    table places an edge within ``margin`` (in t) of tiny-skia's, not on its side of every pixel."""
    if device is None:
        return shader
    from pureog.raster.exact_gradient import HardStopPatch  # noqa: PLC0415  (it builds on this module)

    patch = HardStopPatch.of(paint, device, margin)
    if patch is None:
        return shader
    apply = patch.apply
    return lambda x0, y, n: apply(shader(x0, y, n), x0, y, n)


def linear_shader(paint: LinearGradientPaint, inv: Affine, device: Affine | None = None) -> Shader:
    """Rows of an angled gradient are windows of one 1-D ramp (``device``: the fill's device
    transform, for the pixels at hard stops: :func:`_with_hard_stops`).

    With t(x, y) = ta * (x + 0.5 + u(y)) and u(y) = (tb * (y + 0.5) + tc) / ta, a row is the ramp of
    the fractional part of u (quantized to 1/RAMP_PHASES px) read from offset x + floor(u). Ramps are
    built lazily per phase and grown when a row reaches past an end, so a row costs one slice.
    """
    vx = paint.x2 - paint.x1
    vy = paint.y2 - paint.y1
    l2 = vx * vx + vy * vy
    if not paint.stops:
        return _solid(paint.stops)
    if math.sqrt(l2) <= DEGENERATE_THRESHOLD:
        return _degenerate(paint.stops, paint.spread)
    fwd = inv.inverse()
    size = lut_size(math.hypot(fwd.a * vx + fwd.c * vy, fwd.b * vx + fwd.d * vy))
    lut = build_lut(paint.stops, paint.spread, size)
    k = size / l2
    # t(x, y) = ta * x + tb * y + tc at device pixel centres, in table units.
    ta = (inv.a * vx + inv.b * vy) * k
    tb = (inv.c * vx + inv.d * vy) * k
    tc = ((inv.e - paint.x1) * vx + (inv.f - paint.y1) * vy) * k
    spread = paint.spread
    get = lut.__getitem__
    # Every entry opaque (one C-level check of the table): every row is, and says so (OpaqueRow)
    opaque = b"".join(lut)[3::4] == b"\xff" * len(lut)

    # the table's error in t: half an entry, and the ramp's sub-pixel phase (1/RAMP_PHASES px)
    margin = (1.0 + abs(ta) / RAMP_PHASES) / size + 1e-6

    if abs(ta) * _FIX < 1.0:  # constant along each row

        def vertical(x0: int, y: int, n: int) -> bytes:
            t0 = ta * (x0 + 0.5) + tb * (y + 0.5) + tc
            (idx,) = _wrap([math.floor(t0)], spread, size)
            return OpaqueRow(get(idx) * n) if opaque else get(idx) * n

        return _with_hard_stops(vertical, paint, device, margin)

    istep = round(ta * _FIX)
    ramps: dict[int, tuple[int, bytes]] = {}  # phase -> (ramp position of its first pixel, pixels)

    def ramp_pixels(lo: int, n: int, phase: int) -> bytes:
        charge_paint(n * PAINT_WORK_RAMP)  # each pixel gathered, again when a ramp grows (spec/limits.md)
        start = math.floor(ta * (lo + 0.5 + phase / RAMP_PHASES) * _FIX)
        return _ramp(lut, range(start, start + n * istep, istep), spread, size)

    def shader(x0: int, y: int, n: int) -> bytes:
        q = math.floor((tb * (y + 0.5) + tc) / ta * RAMP_PHASES + 0.5)
        shift, phase = divmod(q, RAMP_PHASES)
        j = x0 + shift
        ramp = ramps.get(phase)
        if ramp is None or j < ramp[0] or j + n > ramp[0] + len(ramp[1]) // 4:
            lo, hi = j, j + n
            if ramp is not None and ramp[0] - 4 * n <= j <= ramp[0] + len(ramp[1]) // 4 + 3 * n:
                # grow generously so the following rows reuse it; a row far away (a nearly vertical
                # edge moves a long way per row) starts a new ramp instead of one spanning the gap
                lo = min(lo, ramp[0] - n)
                hi = max(hi, ramp[0] + len(ramp[1]) // 4 + n)
            ramp = ramps[phase] = (lo, ramp_pixels(lo, hi - lo, phase))
        o = 4 * (j - ramp[0])
        return OpaqueRow(ramp[1][o : o + 4 * n]) if opaque else ramp[1][o : o + 4 * n]

    return _with_hard_stops(shader, paint, device, margin)


def radial_shader(paint: RadialGradientPaint, inv: Affine, device: Affine | None = None) -> Shader:
    """t = distance from the centre / r (tiny-skia's simple radial: focal point = centre; ``device``:
    as for :func:`linear_shader`)."""
    if paint.r <= 0.0 or not paint.stops:
        return _solid(paint.stops)
    if paint.start_radius > 0.0:
        return conical_shader(paint, inv)
    if paint.focal is not None:
        return focal_shader(paint, inv)
    fwd = inv.inverse()
    size = lut_size(paint.r * max(math.hypot(fwd.a, fwd.b), math.hypot(fwd.c, fwd.d)))
    lut = build_lut(paint.stops, paint.spread, size)
    k = size / paint.r
    spread = paint.spread
    get = lut.__getitem__
    margin = 1.0 / size + 1e-6  # the table's error in t (an entry; int() truncates)

    def wrap(raw: Iterable[int]) -> Iterator[int]:
        if spread == SpreadMethod.PAD:  # distances are never negative: one clamp suffices
            return map(min, raw, repeat(size))
        return _wrap(raw, spread, size)

    if inv.b == 0.0 and inv.c == 0.0:
        columns: dict[tuple[int, int], list[float]] = {}
        rows: dict[tuple[int, int, float], bytes] = {}

        def aligned(x0: int, y: int, n: int) -> bytes:
            dy = abs((inv.d * (y + 0.5) + inv.f - paint.cy) * k)
            key = (x0, n, dy)
            row = rows.get(key)
            if row is None:
                dxs = columns.get((x0, n))
                if dxs is None:
                    dxs = columns[(x0, n)] = [(inv.a * (x + 0.5) + inv.e - paint.cx) * k for x in range(x0, x0 + n)]
                charge_paint(n * PAINT_WORK_SHADED_RADIAL)  # a row worked out (spec/limits.md)
                row = rows[key] = b"".join(map(get, wrap(map(int, map(math.hypot, dxs, repeat(dy))))))
            return row

        # the patch runs per row, after the cache: f32 rounding is not symmetric about the centre
        return _with_hard_stops(aligned, paint, device, margin)

    def general(x0: int, y: int, n: int) -> bytes:
        px, py = inv.apply(x0 + 0.5, y + 0.5)
        xs = accumulate(repeat(inv.a, n - 1), initial=px - paint.cx)
        ys = accumulate(repeat(inv.b, n - 1), initial=py - paint.cy)
        raw = map(int, map(operator.mul, map(math.hypot, xs, ys), repeat(k)))
        charge_paint(n * PAINT_WORK_SHADED_RADIAL)  # (spec/limits.md)
        return b"".join(map(get, wrap(raw)))

    return _with_hard_stops(general, paint, device, margin)


def focal_t(px: float, py: float, dx: float, dy: float, a: float, r: float) -> float | None:
    """The gradient parameter of the point (px, py), relative to the focal point, of a two-point conical
    gradient from the focal point (radius 0) to the circle of radius ``r`` whose centre lies at (dx, dy)
    from it; ``a = r^2 - dx^2 - dy^2``. t is the largest root of |p - t d| = t r with t r >= 0: the
    circle drawn last covers the point. None where no circle passes (tiny-skia leaves such pixels
    transparent: outside the cone of a focal point beyond the circle)."""
    dot = px * dx + py * dy
    p2 = px * px + py * py
    if a > 0.0:  # focal point inside the circle: every point has exactly one t >= 0
        return (math.sqrt(dot * dot + a * p2) - dot) / a
    if a == 0.0:  # on the circle: circles through the focal point cover only the half-plane ahead
        return p2 / (2.0 * dot) if dot > 0.0 else None
    disc = dot * dot + a * p2
    if disc < 0.0:
        return None
    t = -(dot + math.sqrt(disc)) / a
    return t if t >= 0.0 else None


def conical_t(px: float, py: float, cdx: float, cdy: float, r0: float, dr: float) -> float | None:
    """The largest t with |p - t cd| = r0 + t dr >= 0 (p relative to the start circle's centre; the
    circle drawn last covers the point, as Skia's two-point conical gradient); None where none does."""
    a = cdx * cdx + cdy * cdy - dr * dr
    b = px * cdx + py * cdy + r0 * dr
    c = px * px + py * py - r0 * r0
    if abs(a) < 1e-12:
        if b == 0.0:
            return None
        t = c / (2.0 * b)
        return t if r0 + t * dr >= 0.0 else None
    disc = b * b - a * c
    if disc < 0.0:
        return None
    root = math.sqrt(disc)
    for t in sorted(((b + root) / a, (b - root) / a), reverse=True):
        if r0 + t * dr >= 0.0:
            return t
    return None


def conical_shader(paint: RadialGradientPaint, inv: Affine) -> Shader:
    """A two-point conical gradient from the circle (focal or centre, ``start_radius``) to the circle
    (centre, ``r``), per pixel (COLR v1 radial gradients)."""
    fx, fy = paint.focal if paint.focal is not None else (paint.cx, paint.cy)
    cdx, cdy = paint.cx - fx, paint.cy - fy
    r0 = paint.start_radius
    dr = paint.r - r0
    fwd = inv.inverse()
    size = lut_size(max(paint.r, r0, math.hypot(cdx, cdy)) * max(math.hypot(fwd.a, fwd.b), math.hypot(fwd.c, fwd.d)))
    return _per_pixel_shader(paint, inv, size, lambda gx, gy: conical_t(gx - fx, gy - fy, cdx, cdy, r0, dr))


def focal_shader(paint: RadialGradientPaint, inv: Affine) -> Shader:
    """SVG's radialGradient with a focal point apart from the centre (per pixel; SVG-only and rare)."""
    assert paint.focal is not None
    fx, fy = paint.focal
    dx, dy = paint.cx - fx, paint.cy - fy
    r = paint.r
    a = r * r - dx * dx - dy * dy
    if abs(a) < 1e-9 * r * r:  # on the circle, up to rounding (as tiny-skia's nearly-zero test)
        a = 0.0
    fwd = inv.inverse()
    size = lut_size(r * max(math.hypot(fwd.a, fwd.b), math.hypot(fwd.c, fwd.d)))
    return _per_pixel_shader(paint, inv, size, lambda gx, gy: focal_t(gx - fx, gy - fy, dx, dy, a, r))


def _per_pixel_shader(paint: RadialGradientPaint, inv: Affine, size: int,
                      t_at: Callable[[float, float], float | None]) -> Shader:
    """A shader that finds each pixel centre's gradient position ``t_at(x, y)`` (gradient space; None:
    no colour there) and looks it up in the stops' table of ``size`` entries."""
    lut = build_lut(paint.stops, paint.spread, size)
    spread = paint.spread
    clear = bytes(4)

    def shader(x0: int, y: int, n: int) -> bytes:
        charge_paint(n * PAINT_WORK_SHADED_FOCAL)  # a pixel at a time in Python (spec/limits.md)
        out = []
        for x in range(x0, x0 + n):
            t = t_at(*inv.apply(x + 0.5, y + 0.5))
            if t is None:
                out.append(clear)
                continue
            (idx,) = _wrap([math.floor(t * size)], spread, size)
            out.append(lut[idx])
        return b"".join(out)

    return shader


class _F32Tiling:
    """tiny-skia's repeat tiling along one axis of a translated pattern, in f32: the pixel centre
    ``u = p + 0.5 + offset``, then ``u - floor(u * (1 / size)) * size`` and the texel ``trunc`` of that,
    clamped below ``size``. Where ``u`` is a multiple of the tile (a pattern placed at a half pixel:
    ``backgroundPosition: 50%`` on a canvas of odd size) ``u * (1 / size)`` may round past the whole
    number (``-98 * f32(1 / 14)`` is ``-7.0000005``): the pixel takes the last texel of the tile before,
    where the exact integer shift ``(p + shift) % size`` gives the first one."""

    __slots__ = ("size", "offset", "shift", "inv", "_moved", "_texels")

    def __init__(self, size: int, offset: float, shift: int) -> None:
        self.size, self.offset, self.shift = size, f32(offset), shift
        self.inv = f32(1.0 / size)
        self._moved: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._texels: dict[int, int] = {}

    def _f32_texel(self, p: int) -> int:
        u = f32(f32(p + 0.5) + self.offset)
        t = f32(u - math.floor(f32(u * self.inv)) * self.size)
        return min(max(int(t), 0), self.size - 1) if t == t else 0

    def texel(self, p: int) -> int:
        """The texel (row or column of the tile) pixel ``p`` samples."""
        found = self._texels.get(p)
        if found is None:
            exact = (p + self.shift) % self.size
            # only a pixel whose centre falls on a tile edge can be moved
            found = self._f32_texel(p) if exact in (0, self.size - 1) else exact
            if len(self._texels) > 65536:
                self._texels.clear()
            self._texels[p] = found
        return found

    def moved(self, p0: int, n: int) -> list[tuple[int, int]]:
        """``(index in the span, texel)`` of the span's pixels whose texel is not the exact shift's."""
        key = (p0, n)
        found = self._moved.get(key)
        if found is None:
            found = []
            size, shift = self.size, self.shift
            first = (-(p0 + shift)) % size  # the span's first pixel on a tile's first texel
            for i in range(first, n, size):
                for j in (i - 1, i):  # the tile edge: the last texel before it and the first after
                    if 0 <= j < n:
                        texel = self._f32_texel(p0 + j)
                        if texel != (p0 + j + shift) % size:
                            found.append((j, texel))
            if len(self._moved) > 4096:
                self._moved.clear()
            self._moved[key] = found
        return found


def pattern_shader(rows: list[bytes], width: int, height: int, inv: Affine, nearest: bool | None = None) -> Shader:
    """A tile of ``width`` x ``height`` premultiplied pixels, given as its ``height`` rows, repeated over
    the plane; ``inv`` maps device px -> tile px. Rows that are :class:`OpaqueRow` (a tile all opaque)
    make the rows given opaque ones too.

    tiny-skia samples a pattern whose mapping is a pure translation with nearest-neighbour, which is an
    integer shift: every row is a (wrapped) slice of a tile row, or the tile row itself where it lines
    up with the span (a canvas-wide background: no copy). Other mappings are filtered bicubically per
    pixel, as resvg's ``Pattern::new(.., FilterQuality::Bicubic, ..)`` is. ``nearest`` (when given) is
    the caller's verdict on "pure translation", which tiny-skia reaches in f32 arithmetic.
    """
    if nearest is None:
        nearest = abs(inv.a - 1.0) < 1e-9 and abs(inv.d - 1.0) < 1e-9 and inv.b == 0.0 and inv.c == 0.0
    if nearest:
        kx = math.floor(0.5 + inv.e)
        ky = math.floor(0.5 + inv.f)
        opaque = type(rows[0]) is OpaqueRow
        tile_x, tile_y = _F32Tiling(width, inv.e, kx), _F32Tiling(height, inv.f, ky)

        def shifted(x0: int, y: int, n: int) -> bytes:
            row = rows[tile_y.texel(y)]
            s = (x0 + kx) % width
            moved = tile_x.moved(x0, n)
            if s + n <= width:
                if n == width and not moved:
                    return row
                out = row[4 * s : 4 * (s + n)]
            else:
                out = (row * ((s + n + width - 1) // width))[4 * s : 4 * (s + n)]
            if moved:  # texels f32 tiling takes from the tile before (rare: see _F32Tiling)
                patched = bytearray(out)
                for i, texel in moved:
                    patched[4 * i : 4 * i + 4] = row[4 * texel : 4 * texel + 4]
                out = bytes(patched)
            return OpaqueRow(out) if opaque else out

        return shifted

    from pureog.raster.image_filtered import filtered_shader  # noqa: PLC0415  (only transformed tiles need it)

    return filtered_shader(b"".join(rows), width, height, inv, FilterQuality.BICUBIC, True, True)


caches.register("raster.gradient_tables", _LUT_CACHE)
