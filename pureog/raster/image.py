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
separable and runs in fixed point on Python ints used as vectors (:func:`_separable`): each source row is
filtered horizontally once per output span, a block of rows at a time, into one int with a 64-bit lane
per output component; an output row is a weighted sum of four of them (a few big-int multiplies and adds
at C speed), its lanes read back with strided slices and translate tables. A downscale (no mipmaps:
four taps a pixel) filters only the source columns its taps read when they are a third or less of their
stretch, and past eight source rows an output row, only the rows it reads: the work follows the output,
not the source. The bytes are exactly those of the float arithmetic that defines the filter
(:func:`_separable_reference`): the rare lanes that the fixed-point error could round differently are
recomputed in floats. No Python frame runs per pixel.
Rotated or skewed images are filtered per pixel (:func:`filtered_shader`); pattern tiles under such
transforms use it too (resvg draws its pattern pixmaps bicubically). Both keep their rows across renders
(:mod:`pureog.raster.shader_cache`): a card rendered again, or a batch sharing a photo, filters it once.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, repeat
from typing import Any

from pureog.display import FilterQuality, ImagePaint
from pureog.geometry import Affine
from pureog.raster.image_filtered import filtered_shader  # rotated and skewed images: a module of its own
from pureog.raster.sampling import BIAS, CLAMP, Shader, taps
from pureog.raster.shader_cache import cached_shader


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


# ---- The axis-aligned fast path: fixed-point sums in big-int lanes ------------------------------
#
# Layout. A horizontally filtered source row is one Python int with an 8-byte lane per output component
# (little-endian; lane 4 * i + c is component c of output pixel x0 + i) holding H * 2**_FX + _H_OFFSET,
# H being the row filtered with integer weights W = round(w * 2**_FX) (bicubic lobes reach -0.07 * 255;
# the offset keeps every lane positive). An output row is then Z = sum(Wy_k * row_k) + constant with
# Wy_k = round(wy_k * 2**_FY): four multiplies of a big int by a one-digit int and four adds, at C
# speed. Integer arithmetic is linear, so the carries and borrows that pass between lanes on the way
# cancel out as long as every final lane lies in 0 .. 2**64: each lane of Z is then exactly
# (V + 0.5 + _K) * 2**_S for the fixed-point value V, whose integer part I = floor(V + 0.5) + _K is in
# 90 .. 422 (V is in -38 .. 293 at the bicubic extremes). With _S = 48, byte 6 of the lane is the low
# byte of I, byte 7 its bit 8, and bytes 5 and 4 the top fraction bits.
#
# Exactness. The float path rounds int(V_float + 256.5). The fixed-point V differs from the real-number
# sum of the same float weights by at most 1.14 * 4 * 255 * 2**-24 (horizontal weight rounding, carried
# through vertical weights whose absolute values sum to at most 1.14) + 4 * 273 * 2**-26 (vertical
# weight rounding) < 8.6e-5, and V_float by less than 2**-38 more; so the two round alike unless the
# fixed-point V + 0.5 lies within 2**-13 = 1.2e-4 of an integer. Those lanes (the top 13 fraction bits
# all 0 or all 1) are recomputed with the float operations: under 1 in 1,000 lanes of a photo, plus the
# exact ties of the real-number sum, which only the float rounding noise decides (a symmetric phase,
# t = 1/2, over locally linear data or a hard edge: common in flat graphics and gradients scaled by 1/2
# or 3/4). A row where so many lanes need it that the float path's whole row is cheaper goes there.
# When every weight is a multiple of 2**-20 (bilinear at dyadic phases), both computations are exact:
# nothing to check.

_FX = 23  # fraction bits of horizontal weights: (H + 32) * 2**23 < 2**32, a 4-byte lane
_FY = 25  # fraction bits of vertical weights (|Wy| < 2**26: a one-digit multiplier)
_S = _FX + _FY
_SCALE_X = float(1 << _FX)
_SCALE_Y = float(1 << _FY)
_LH = 4  # bytes per lane of a horizontal sum (the transposition in load() moves 4-byte items)
_LV = 8  # bytes per lane of a row int: (V + 0.5 + 128) * 2**48 < 2**57
_H_OFFSET = 32 << _FX
_K = 128
_ROUND = (_K << _S) + (1 << (_S - 1))
_DYADIC = float(1 << 20)  # a weight times this is integral: both computations are exact
_BLOCK = 128  # source rows filtered horizontally together
_ROWS_KEPT = 3 * _BLOCK  # filtered rows a span keeps (at least the four a row needs)
_SPARSE_STEP = 8.0  # source rows an output row steps past which rows are filtered one output row at a time

_INT = _S // 8  # byte of a lane holding the low byte of I (the next one holds its bit 8)
_LOW = bytes(max(0, i - _K) for i in range(256))  # output for I < 256
_HIGH = bytes(min(255, i + 256 - _K) for i in range(256))  # output for I >= 256
_BIT0 = bytes(255 if v & 1 else 0 for v in range(256))
# The top 13 fraction bits all 0 (1 & 1) or all 1 (2 & 2): within 2**-13 of a rounding boundary.
_EDGE_HI = bytes(1 if v == 0 else 2 if v == 255 else 0 for v in range(256))
_EDGE_LO = bytes(1 if v >> 3 == 0 else 2 if v >> 3 == 31 else 0 for v in range(256))
_NONZERO = bytes(min(v, 1) for v in range(256))


def _ones(lanes: int, size: int) -> int:
    """An int with 1 in each of ``lanes`` lanes of ``size`` bytes."""
    return int.from_bytes((b"\x01" + bytes(size - 1)) * lanes, "little")


_IntTaps = tuple[tuple[int, ...], tuple[int, ...]]  # source indices, integer weights; duplicates merged


class _Span:
    """The horizontal plan of one output span ``x0 .. x0+n`` and its filtered source rows."""

    __slots__ = ("n", "float_taps", "taps", "exact", "columns", "pick", "ones", "rows", "constants",
                 "float_plan", "heavy")

    def __init__(self, float_taps: list[tuple[list[int], list[float]]]) -> None:
        self.n = len(float_taps)
        self.float_taps = float_taps  # per output pixel, as the float path computes them
        taps: list[_IntTaps] = []
        exact = True
        for idx, weights in float_taps:
            merged: dict[int, int] = {}
            for j, wt in zip(idx, weights, strict=True):
                exact = exact and (wt * _DYADIC).is_integer()
                q = round(wt * _SCALE_X)
                if q:
                    merged[j] = merged.get(j, 0) + q
            taps.append((tuple(merged), tuple(merged.values())))
        self.taps = taps
        self.exact = exact
        self.columns = sorted({j for cols, _ in taps for j in cols})  # the source columns used
        # A downscale uses a few columns of each stretch of the source (no mipmaps: four taps a pixel):
        # only those are read from a source row, picked at C speed, not the whole stretch between the
        # first and the last (a 1 px image of a 4000 px photo read its every column, 128 rows at a time).
        first = self.columns[0] if self.columns else 0
        span_width = self.columns[-1] + 1 - first if self.columns else 0
        self.pick: Callable[[memoryview], Any] | None = None
        if 3 * len(self.columns) < span_width:  # (picking costs more than a slice of a stretch mostly used)
            getter = operator.itemgetter(*(j - first for j in self.columns))
            self.pick = getter if len(self.columns) > 1 else lambda row: (getter(row),)
        self.ones = _ones(4 * self.n, _LV)
        # Source row -> filtered row int, least recently used first (at most _BLOCK * _BLOCKS_KEPT kept).
        self.rows: OrderedDict[int, int] = OrderedDict()
        self.constants: dict[int, int] = {}  # sum of the vertical weights -> rounding constant
        self.float_plan: list[tuple[list[int], list[float]]] | None = None  # per tap: per lane
        self.heavy: int | None = None  # the last row where most lanes needed the float operations


def _separable(paint: ImagePaint, inv: Affine) -> Shader:
    img = paint.image
    w, h = img.width, img.height
    data = img.data
    quality = paint.quality
    mul = operator.mul
    add = operator.add
    pixels = memoryview(data).cast("I")  # one item per pixel
    spans: dict[tuple[int, int], _Span] = {}
    # Each output row steps |inv.d| source rows and reads four (two bilinear): past eight, most rows of
    # a block of _BLOCK would be filtered for nothing (a 31 px image of a 4000 px photo filtered all of
    # its 16 Mpx), so only the rows a row needs are filtered.
    sparse = abs(inv.d) > _SPARSE_STEP
    fallback: list[Shader] = []  # the float path, built on first need

    def vertical(y: int) -> tuple[list[int], list[float]]:
        return taps(inv.d * (y + 0.5) + inv.f, h, quality, paint.repeat_y)

    def span_for(x0: int, n: int) -> _Span:
        span = spans.get((x0, n))
        if span is None:
            columns = [taps(inv.a * (x + 0.5) + inv.e, w, quality, paint.repeat_x) for x in range(x0, x0 + n)]
            span = spans[(x0, n)] = _Span(columns)
        return span

    def load(span: _Span, rows: Sequence[int]) -> None:
        """Filter the source ``rows`` horizontally into row ints. Done transposed, since an output
        pixel's weights are the same all down a column: each source column becomes one int with a lane
        per (row, component), an output column is a weighted sum of up to four of them, and strided
        slices turn the output columns back into rows."""
        count = len(rows)
        columns = span.columns
        first = columns[0] if columns else 0
        width = columns[-1] + 1 - first if columns else 0
        pick = span.pick
        col_bytes = count * 4 * _LH
        # Pixels (4-byte items) into column-major order, then each byte into the low byte of a lane.
        # Picked, the k-th column used is column k of the buffers; sliced, column j is j - first.
        stored = width if pick is None else len(columns)
        place = range(len(columns)) if pick is not None else [j - first for j in columns]
        by_column = bytearray(stored * count * 4)
        items = memoryview(by_column).cast("I")
        for i, r in enumerate(rows):
            o = r * w + first
            items[i::count] = pixels[o : o + width] if pick is None else array("I", pick(pixels[o : o + width]))
        spread = bytearray(stored * col_bytes)
        spread[0::_LH] = by_column
        view = memoryview(spread)
        cols = {j: int.from_bytes(view[k * col_bytes : (k + 1) * col_bytes], "little")
                for k, j in zip(place, columns, strict=True)}
        offset = _ones(4 * count, _LH) * _H_OFFSET
        done: dict[_IntTaps, bytes] = {}
        chunks: list[bytes] = []
        # The hot loop, one output column each: up to four big-int multiply-adds at C speed (tap sets
        # repeated along the span, as at a clamped edge, are computed once).
        for key in span.taps:
            chunk = done.get(key)
            if chunk is None:
                js, ws = key
                chunk = done[key] = sum(map(mul, ws, map(cols.__getitem__, js)), offset).to_bytes(col_bytes, "little")
            chunks.append(chunk)
        table = b"".join(chunks)
        # 4-byte items: a horizontal lane moves as one element into the low half of an 8-byte lane.
        sums = memoryview(table).cast("I")
        for i, r in enumerate(rows):
            buf = bytearray(span.n * 4 * _LV)
            lanes = memoryview(buf).cast("I")
            for c in range(4):
                lanes[2 * c :: 8] = sums[4 * i + c :: 4 * count]
            span.rows[r] = int.from_bytes(buf, "little")
            span.rows.move_to_end(r)

    def float_lanes(span: _Span, y: int, lanes: list[int]) -> bytes:
        """The given lanes of output row ``y`` exactly as :func:`_separable_reference` computes them:
        the same float operations in the same order (it skips taps whose weight is zero all along
        the span, which only add zeros), as ``map`` pipelines over just these lanes."""
        if span.float_plan is None:  # per tap: each lane's source component and weight
            span.float_plan = []
            for k in range(len(span.float_taps[0][0])):
                base = [4 * idx[k] for idx, _ in span.float_taps]
                wk = [wts[k] for _, wts in span.float_taps]
                components = zip(*(map(add, base, repeat(c)) for c in range(4)), strict=True)
                span.float_plan.append((list(chain.from_iterable(components)),
                                        list(chain.from_iterable(zip(wk, wk, wk, wk, strict=True)))))
        picked = [(list(map(idx.__getitem__, lanes)), list(map(wts.__getitem__, lanes)))
                  for idx, wts in span.float_plan]
        # One lazy pipeline, consumed once by bytes(): no list is built per operation.
        acc: Iterator[float] | None = None
        for r, wy in zip(*vertical(y), strict=True):
            if wy == 0.0:
                continue
            get = data[r * w * 4 : (r + 1) * w * 4].__getitem__
            row: Iterator[float] | None = None
            for idx, wts in picked:
                term = map(mul, map(get, idx), wts)
                row = term if row is None else map(add, row, term)
            assert row is not None
            term = map(mul, row, repeat(wy))
            acc = term if acc is None else map(add, acc, term)
        assert acc is not None
        return bytes(map(CLAMP.__getitem__, map(int, map(add, acc, repeat(BIAS)))))

    def shader(x0: int, y: int, n: int) -> bytes:
        if n <= 0:
            return b""
        span = span_for(x0, n)
        exact = span.exact
        merged: dict[int, int] = {}
        for r, wt in zip(*vertical(y), strict=True):
            exact = exact and (wt * _DYADIC).is_integer()
            q = round(wt * _SCALE_Y)
            if q:
                merged[r] = merged.get(r, 0) + q
        kept = span.rows
        missing = [r for r in merged if r not in kept]
        if missing:
            if sparse:  # a block's rows would mostly go unused: only the rows this one needs
                load(span, missing)
            else:
                for block in sorted({r // _BLOCK for r in missing}):
                    load(span, range(block * _BLOCK, min(h, block * _BLOCK + _BLOCK)))
        for r in merged:
            kept.move_to_end(r)  # now the most recent
        while len(kept) > _ROWS_KEPT:
            kept.popitem(last=False)
        total = sum(merged.values())
        constant = span.constants.get(total)
        if constant is None:
            constant = span.constants[total] = span.ones * (_ROUND - _H_OFFSET * total)
        # The whole output row: up to four multiply-adds of row ints (see "Layout" above).
        z = sum(map(mul, merged.values(), map(span.rows.__getitem__, merged)), constant)
        # Reading the lanes without a Python loop: strided slices pick their bytes, translate tables
        # clamp them, and a mask made from bit 8 picks, lane by lane, between the two clamped readings.
        lanes = 4 * n
        raw = z.to_bytes(lanes * _LV, "little")
        low = raw[_INT::_LV]
        under = int.from_bytes(low.translate(_LOW), "little")
        over = int.from_bytes(low.translate(_HIGH), "little")
        high = int.from_bytes(raw[_INT + 1 :: _LV].translate(_BIT0), "little")
        out = (under ^ ((under ^ over) & high)).to_bytes(lanes, "little")
        if not exact:
            near = (int.from_bytes(raw[_INT - 1 :: _LV].translate(_EDGE_HI), "little")
                    & int.from_bytes(raw[_INT - 2 :: _LV].translate(_EDGE_LO), "little"))
            if near:
                marks = near.to_bytes(lanes, "little").translate(_NONZERO)
                # Lanes recomputed one by one cost ~2 us each; the float path's whole row ~0.25 us a
                # lane, plus ~0.5 us a lane for each source row it has not filtered yet (it keeps them):
                # about |inv.d| of them per row in a run of such rows. A lone row would pay for four,
                # so rows go to the float path from the second in succession on.
                if 8 * marks.count(1) > lanes * (1 + 2 * min(abs(inv.d), 4.0)):
                    previous, span.heavy = span.heavy, y
                    if previous == y - 1:
                        if not fallback:
                            fallback.append(_separable_reference(paint, inv))
                        return fallback[0](x0, y, n)
                # The marked lanes by find (C memchr): a row has ~2 of its 4,800 (the photo card: 582 in
                # 338 of 630 rows); compress over range(lanes) made an int per lane, ~20 ms a first render.
                found = []
                i = marks.find(1)
                while i >= 0:
                    found.append(i)
                    i = marks.find(1, i + 1)
                fixed = bytearray(out)
                for i, v in zip(found, float_lanes(span, y, found), strict=True):
                    fixed[i] = v
                out = bytes(fixed)
        # Bicubic weights overshoot (negative lobes), so a colour can exceed its alpha; tiny-skia's
        # clamp_a stage clamps to 1.0 only (see pureog.raster.sampling), so it stays so.
        return out

    return shader


def _separable_reference(paint: ImagePaint, inv: Affine) -> Shader:
    """The float definition of the axis-aligned path (what :func:`_separable` must reproduce byte for
    byte): per source row, ``map`` pipelines over its interleaved components; per output row, a
    weighted sum of four filtered rows, rounded and clamped through a lookup table. Kept as the
    reference for tests and for the rare rows the fixed-point path hands back."""
    img = paint.image
    w, h = img.width, img.height
    data = img.data
    quality = paint.quality
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
        columns = [taps(inv.a * (x + 0.5) + inv.e, w, quality, paint.repeat_x) for x in range(x0, x0 + n)]
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
        rows, weights = taps(inv.d * (y + 0.5) + inv.f, h, quality, paint.repeat_y)
        acc: Iterable[float] | None = None
        for r, wy in zip(rows, weights, strict=True):
            if wy == 0.0:
                continue
            term = map(mul, row_filtered(r, x0, n), repeat(wy))
            acc = term if acc is None else map(add, acc, term)
        if acc is None:
            return bytes(4 * n)
        out = bytes(map(CLAMP.__getitem__, map(int, map(add, acc, repeat(BIAS)))))
        return out  # colour may exceed alpha after bicubic, as in tiny-skia (see _separable)

    return shader


def image_shader(paint: ImagePaint, inv: Affine) -> Shader:
    """A row shader for ``paint``; ``inv`` maps device pixel space to image pixel space."""
    img = paint.image
    if img.width <= 0 or img.height <= 0 or len(img.data) != img.width * img.height * 4:
        return lambda x0, y, n: bytes(4 * n)
    translate_only = inv.a == 1.0 and inv.d == 1.0 and inv.b == 0.0 and inv.c == 0.0
    if paint.quality == FilterQuality.NEAREST or translate_only:
        return _nearest(paint, inv)  # a copy of source bytes: nothing worth keeping
    if inv.b == 0.0 and inv.c == 0.0:
        return cached_shader((paint, inv), lambda: _separable(paint, inv))
    return cached_shader((paint, inv), lambda: filtered_shader(img.data, img.width, img.height, inv, paint.quality,
                                                               paint.repeat_x, paint.repeat_y))
