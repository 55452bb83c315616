"""Gaussian blur of 8-bit planes and layers (``Group.blur``: box-shadow, text-shadow, filter: blur()).

Role: one 8-bit plane (an alpha channel, or one premultiplied colour channel) of ``width x height``
bytes -> the same plane blurred, with transparent (zero) padding outside it, as resvg blurs the pixels
of a filter region. Input -> output: bytes in, bytearray out; :func:`blur_layer` does it for the
premultiplied RGBA pixels of a :class:`Pixmap` inside a box.

What resvg does (crates/resvg/src/filter): ``feGaussianBlur`` with a standard deviation >= 2 px runs five
box blurs per axis whose widths come from Kuckir's "box sizes for a Gaussian" formula (odd widths w_l
and w_l + 2), which is to well under 1/255 a Gaussian with the variance of those boxes: that is what
:func:`blur_plane` reproduces (:func:`effective_variance`). Below 2 px it runs an IIR Gaussian whose
kernel is visibly more peaked than a Gaussian: :func:`iir_blur_plane` runs the same recursion, exactly.

How we do it fast (performance.md recipe 7): a per-pixel Python loop over a 1200x630 shadow costs a
second, so
0. only the painted box plus the blur's reach is worked on (a text shadow's region is often the
   whole canvas around one line of text); the rest of the plane stays zero;
1. the plane is downsampled by a power of two ``k`` (block sums, whole rows at a time in 16-bit lanes:
   :func:`_block_sum_rows`), chosen so the blur is still >= 2 low-res pixels wide: a shadow is
   low-frequency, the lost detail is invisible after the blur. The rows are read in place (the
   window around the paint, no crop copied), and a row equal to the row before reuses its work;
2. the low-res plane gets three box passes per axis (a sampled Gaussian's taps where its deviation is
   under 2 low-res px: resvg's ``blur(2px)``) on its rows packed into big ints of lanes
   (:func:`_lane_rows`): along the rows, a box is the row's shifted copies added; across them, one
   ``itertools.accumulate`` prefix sum and one ``map(operator.sub)`` (C speed) do every position at
   once; the rounded mean is one multiply, shift and mask a row. The box widths are chosen for the
   target variance minus what the down- and up-sampling add;
3. it is upsampled with linear interpolation: horizontally as a k-wide box over the nearest-neighbour
   expansion (shifted copies of a row of 16-bit lanes added), vertically with big-int "SWAR"
   arithmetic on whole rows (16-bit lanes: each phase is the phase before plus a difference, and the
   rounded mean is each lane's high byte) so the Python work per output row is constant; the rows
   are written straight into the output plane.
The simpler alternatives (full-resolution box passes, a true Gaussian kernel) were 10-50x slower.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate

from pureog import caches
from pureog.limits import check_deadline
from pureog.raster.iir_blur import IIR_SAMPLE_WORK, iir_blur_pair, iir_blur_plane
from pureog.raster.pixmap import Pixmap
from pureog.raster.resvg_box import box_sizes as resvg_box_sizes
from pureog.raster.resvg_box import exact_edges, paint_bounds

_SUB = operator.sub
_ADD = operator.add
# resvg switches from its IIR Gaussian to box blurs at this standard deviation (px).
BOX_BLUR_MIN_SIGMA = 2.0
_LOW_RES_PASSES = 3
# Downsample only while the blur stays this many low-res pixels wide (smaller loses accuracy).
_MIN_LOW_RES_SIGMA = 2.0
_MAX_FACTOR = 8  # keeps 4k^2 * 255 inside the 16-bit lanes of _upsample (and 64 / k^2 whole)


@lru_cache(maxsize=256)
def effective_variance(sigma: float, box: bool) -> float:
    """The variance resvg's blur really has along one axis (its boxes are not exactly ``sigma``)."""
    if sigma < 0.05:  # resvg ignores tiny deviations
        return 0.0
    if not box:
        return sigma * sigma
    return sum((w * w - 1) / 12.0 for w in resvg_box_sizes(sigma))


def _boxes_for_variance(variance: float, passes: int = _LOW_RES_PASSES) -> list[int]:
    """Odd box widths whose summed variance is as close as possible to ``variance``."""
    if variance <= 0.0:
        return []
    sigma = math.sqrt(variance)
    sizes = resvg_box_sizes(sigma, passes)
    best = sizes
    best_err = abs(sum((w * w - 1) / 12.0 for w in sizes) - variance)
    # Kuckir's rounding can miss by a whole box step; try moving one box by +-2.
    for i in range(passes):
        for delta in (-2, 2):
            trial = list(sizes)
            trial[i] = max(1, trial[i] + delta)
            err = abs(sum((w * w - 1) / 12.0 for w in trial) - variance)
            if err < best_err:
                best, best_err = trial, err
    return [w for w in best if w > 1]


def _factor(var_x: float, var_y: float) -> int:
    """The downsampling factor: a power of two keeping the blur >= 2 low-res pixels on both axes."""
    sigma = min(math.sqrt(v) for v in (var_x, var_y) if v > 0) if (var_x > 0 or var_y > 0) else 0.0
    if var_x <= 0 or var_y <= 0:
        return 1  # one-axis blurs are rare (filters); no downsampling keeps the other axis sharp
    k = 1
    while k * 2 <= _MAX_FACTOR and sigma / (k * 2) >= _MIN_LOW_RES_SIGMA:
        k *= 2
    return k


def _lane_sums(value: int, count: int, bits: int) -> int:
    """``sum(value >> (bits * q) for q in range(count))``: lane x gets lanes x .. x + count - 1 of
    ``value`` (lanes of ``bits`` bits, none overflowing), by doubling: ``S(2n) = S(n) + S(n) >> n
    lanes``, the parts of ``count``'s binary form added at their offsets. log2(count) + popcount
    shift-adds of a whole row instead of count - 1 (3 instead of 7 for an 8-wide block); the sums
    are the same integers."""
    total = 0
    offset = 0  # lanes of the window summed so far
    span, power = 1, value  # power = S(span)
    while True:
        if count & 1:
            total += power >> (bits * offset)
            offset += span
        count >>= 1
        if not count:
            return total
        power += power >> (bits * span)
        span *= 2


def _row_ints(plane: bytes | bytearray, width: int, height: int, stride: int, origin: tuple[int, int],
              spread: int) -> list[int]:
    """Each row of the ``width x height`` window at ``origin`` of a plane ``stride`` bytes wide, as a big
    int with its bytes in the low byte of ``spread``-byte lanes; 0 for a clear row.

    A row equal to the last one read is that row's int again (the same object, which the callers'
    memos rely on): rows are compared in place (``startswith`` at the row's offset, a memcmp), where
    hashing a copy of every row to look it up cost ~1 us a 1,000 px row (a box shadow's source is
    hundreds of equal rows; text has few repeats but its clear rows)."""
    x0, y0 = origin
    view = memoryview(plane)
    zero = bytes(width)
    buf = bytearray(spread * width)
    out: list[int] = []
    last, value = -1, 0  # the offset and int of the last row read
    for o in range(y0 * stride + x0, (y0 + height) * stride + x0, stride):
        if plane.startswith(zero, o):
            out.append(0)
            continue
        if last < 0 or not plane.startswith(view[last : last + width], o):
            buf[::spread] = view[o : o + width]
            value = int.from_bytes(buf, "little")
            last = o
        out.append(value)
    return out


def _block_sum_rows(plane: bytes | bytearray, width: int, height: int, k: int, stride: int = 0,
                    origin: tuple[int, int] = (0, 0)) -> list[int]:
    """Per low-res row, one big int whose 16-bit lane ``i * k`` holds the sum of the ``k x k`` block ``i``
    (zero beyond the plane; 0 for a row of empty blocks); the plane is the ``width x height`` window
    at ``origin`` of one ``stride`` bytes wide (default ``width``), read in place.

    SWAR on whole rows: each row is a big int of 16-bit lanes (a block sum is at most 255 * 64), the
    ``k`` rows of a block are added as ints, then ``sum(v >> 16 p for p < k)`` puts the sum of lanes
    ``i .. i + k - 1`` in lane ``i``: no Python work per pixel. A block of the same row ints as the
    block above (the flat middle of a box shadow) is that block's int again."""
    rows = _row_ints(plane, width, height, stride or width, origin, 2)
    out: list[int] = []
    last: list[int] = []
    blocks = 0
    for j in range(0, height, k):
        chunk = rows[j : j + k]
        if chunk != last:  # (a list compare: the same int objects compare by identity first)
            last = chunk
            total = sum(chunk)
            # lane i: the sum of lanes i .. i + k - 1 (at most 255 k^2)
            blocks = _lane_sums(total, k, 16) if total else 0
        out.append(blocks)
    return out


@lru_cache(maxsize=64)
def _rounded_mean(scale: int) -> tuple[int, int, int]:
    """(m, k, lane bytes) for the rounded mean of box sums ``v`` (``0 <= v <= 255 * scale``) without a
    division: ``((v + scale // 2) * m) >> k == (v + scale // 2) // scale``, and a lane of that many
    bytes holds ``(v + scale // 2) * m``.

    Exact by the reciprocal bound of :func:`pureog.raster.resvg_box._divider`: ``m = ceil(2^k / scale)``
    errs by less than ``scale``, which cannot carry ``x / scale`` past the next integer while
    ``2^k > x_max * scale``."""
    x_max = 255 * scale + scale // 2
    k = (x_max * scale).bit_length()
    m = -(-(1 << k) // scale)
    return m, k, ((x_max * m).bit_length() + 7) // 8


def _downsample_lanes(plane: bytes | bytearray, width: int, height: int, k: int, size: int, stride: int = 0,
                      origin: tuple[int, int] = (0, 0)) -> list[int]:
    """:func:`_downsample`'s block sums, each low-res row one big int of ``size``-byte lanes (lane i =
    block i), of the window of :func:`_block_sum_rows`. The 16-bit block sums are spread into the
    wider lanes by two strided byte copies; a row of the same blocks as the row above is its int again."""
    if k == 1:
        return _row_ints(plane, width, height, stride or width, origin, size)
    lw = -(-width // k)
    wide = bytearray(size * lw)  # the lanes' bytes above the low two stay 0
    out: list[int] = []
    last, value = 0, 0
    for blocks in _block_sum_rows(plane, width, height, k, stride, origin):
        if blocks is not last:
            last = blocks
            if blocks:
                raw16 = blocks.to_bytes(2 * lw * k, "little")
                wide[0::size] = raw16[0 :: 2 * k]
                wide[1::size] = raw16[1 :: 2 * k]
                value = int.from_bytes(wide, "little")
            else:
                value = 0
        out.append(value)
    return out


def _lane_rows(plane: bytes | bytearray, width: int, height: int, k: int, kernel_x: _Kernel,
               kernel_y: _Kernel, stride: int = 0, origin: tuple[int, int] = (0, 0)) -> list[bytes]:
    """The low-res rows (bytes) of :func:`_blur_block`: the block sums through each axis's kernel (box
    passes, the sampled Gaussian's taps, or none), rounded, every low-res row one big int of lanes wide
    enough for the sums and the rounded mean's product (:func:`_rounded_mean`).

    Along a row, a ``w``-wide zero-padded box is ``w`` shifted copies of the row added (lane x gets lanes
    x - r .. x + r; no lane is negative, so no carry crosses a lane) and masked back to the row's lanes,
    and the Gaussian's taps are its shifted copies times their weights added; across the rows, a box pass
    is one ``accumulate`` and one ``map(sub)`` (prefix sums may overflow a lane into the next, but big
    ints are exact, so a window's difference is the exact sum of its lines), and a tap one ``map(mul)``
    and one ``map(add)`` over the rows. The sums are the same integers in any order, so the bytes are
    those of the per-line passes; the rounded mean is one multiply, shift and mask a row. No transposes,
    no list per line: the per-line Gaussian (a ``map`` per tap per line, then per column) took ~1.7 s a
    channel over a 876x630 ``blur(2px)`` region, four channels a shape (eris paint generator seed 7).
    The plane is the window of :func:`_block_sum_rows`."""
    lw = -(-width // k)
    scale_x = k * k * _kernel_scale(kernel_x)
    scale = scale_x * _kernel_scale(kernel_y)
    m, shift, size = _rounded_mean(scale)
    # Each stage in lanes as narrow as its sums allow (a 1200 px row of the final 8-byte lanes is 2,560
    # digits; the sums along it fit 3), the rows respread between stages by strided byte copies.
    size_x, size_y = _lane_size(255 * scale_x), _lane_size(255 * scale)
    bits = 8 * size_x
    rows = _downsample_lanes(plane, width, height, k, size_x, stride, origin)  # (k > 1: sums of 2+ bytes)
    row_mask = (1 << (bits * lw)) - 1
    sizes_x, variance_x = kernel_x
    if sizes_x is not None:
        for w in sizes_x:  # along the rows first: only the painted rows have work
            check_deadline()  # the render's timeout (pureog/limits.py)
            rows = _per_distinct_row(rows, _box_along, w, bits, row_mask)
    elif variance_x is not None:
        check_deadline()
        radius = _gauss_weights(variance_x)[1]
        rows = _per_distinct_row(rows, _taps_along, _packed_taps(variance_x, bits), radius, bits, row_mask)
    if size_y != size_x:
        rows = _per_distinct_row(rows, _respread, lw, size_x, size_y)
    n = len(rows)
    sizes_y, variance_y = kernel_y
    if sizes_y is not None:
        for w in sizes_y:
            check_deadline()
            r = (w - 1) // 2
            prefix = list(accumulate([0] * (r + 1) + rows + [0] * r))
            rows = list(map(_SUB, prefix[2 * r + 1 :], prefix[:n]))
    elif variance_y is not None:
        check_deadline()
        taps, radius = _gauss_weights(variance_y)
        padded = [0] * radius + rows + [0] * radius
        # the taps are symmetric: row y gets w_r row[y] + sum_{i<r} w_i (row[y - r + i] + row[y + r - i])
        out = list(map(taps[radius].__mul__, rows))
        for i in range(radius):
            if taps[i]:
                pairs = map(_ADD, padded[i : i + n], padded[2 * radius - i : 2 * radius - i + n])
                out = list(map(_ADD, out, map(taps[i].__mul__, pairs)))
        rows = out
    if size != size_y:
        rows = _per_distinct_row(rows, _respread, lw, size_y, size)
    ones = int.from_bytes(b"\x01".ljust(size, b"\x00") * lw, "little")
    bias, mask = (scale // 2) * m * ones, 255 * ones
    zero = bytes(lw)
    length = size * lw
    return [(((v * m + bias) >> shift) & mask).to_bytes(length, "little")[::size] if v else zero for v in rows]


def _lane_size(most: int) -> int:
    """Bytes of a lane that holds every value up to ``most``."""
    return (most.bit_length() + 7) // 8


def _respread(value: int, lanes: int, src: int, dst: int) -> int:
    """A row of ``lanes`` lanes of ``src`` bytes as lanes of ``dst`` bytes (each value fits both)."""
    raw = value.to_bytes(src * lanes, "little")
    buf = bytearray(dst * lanes)
    for b in range(min(src, dst)):
        buf[b::dst] = raw[b::src]
    return int.from_bytes(buf, "little")


def _per_distinct_row(rows: list[int], work: Callable[..., int], *args: object) -> list[int]:
    """``work(row, *args)`` of each row; a row that is the row above's int again gets its result again,
    a clear one 0."""
    out = []
    last, done = 0, 0
    for value in rows:
        if value is not last:
            last = value
            done = work(value, *args) if value else 0
        out.append(done)
    return out


def _box_along(value: int, w: int, bits: int, row_mask: int) -> int:
    """A row of lanes through a ``w``-wide zero-padded box: lane x gets lanes x - r .. x + r."""
    return _lane_sums(value << (bits * ((w - 1) // 2)), w, bits) & row_mask


def _taps_along(value: int, taps: int, radius: int, bits: int, row_mask: int) -> int:
    """A row of lanes through a kernel's taps, ``taps`` packed as lanes (:func:`_packed_taps`): the
    product's lane x is ``sum_i w_i row[x - 2r + i]`` (no lane overflows, so no carry crosses one), so
    lane x + r holds tap sum x. One big-int multiplication, where shifted copies times their weights
    added were 39 big-int operations a row."""
    return ((value * taps) >> (bits * radius)) & row_mask


@lru_cache(maxsize=64)
def _packed_taps(variance: float, bits: int) -> int:
    """The Gaussian's taps as one int of ``bits``-bit lanes, tap i in lane 2r - i."""
    taps, radius = _gauss_weights(variance)
    return sum(w << (bits * (2 * radius - i)) for i, w in enumerate(taps))


def _kernel_scale(kernel: _Kernel) -> int:
    """What an axis's kernel multiplies a sum by: its boxes' widths multiplied, its taps' weights added."""
    sizes, variance = kernel
    if sizes is not None:
        return math.prod(sizes)
    if variance is not None:
        return sum(_gauss_weights(variance)[0])
    return 1


def _upsample(low: list[bytes], lw: int, width: int, height: int, k: int, out: bytearray | None = None,
              stride: int = 0, origin: tuple[int, int] = (0, 0)) -> bytearray:
    """Linear interpolation of low-res rows (bytes) to ``width x height`` (see the module docstring),
    into a new plane, or with ``out`` into the window at ``origin`` of ``out``, ``stride`` bytes wide,
    which must be clear there (rows that no paint reaches are not written).

    Low-res sample ``j`` sits at the centre of its block, ``j*k + (k-1)/2``; for even ``k`` the output
    pixels fall at half-integer phases, so the weights are ``(2k - 2p - 1, 2p + 1) / 2k`` per axis: a
    k-wide box plus a 2-wide box over the nearest-neighbour expansion gives exactly that horizontally.
    """
    # The rounded mean (v + 2k^2) // 4k^2 of a lane v of the vertical blend is taken as
    # (s v + 128) // 256 with s = 64 / k^2 (16, 4, 1 for k = 2, 4, 8): the same integer, and a lane
    # of at most 256 * 255 + 128 < 2^16, so the mean is the lane's high byte, read by a strided copy
    # of the row's bytes (no shift and no mask of a big int a row).
    scale = 64 // (k * k)
    rounding = int.from_bytes(b"\x80\x00" * width, "little")
    off = k // 2
    width_lanes = (1 << (16 * width)) - 1
    # Horizontal: each low-res row -> a big int of 16-bit lanes holding 2k * (interpolated value).
    wide: list[int] = []
    # Equal low-res rows (the flat middle of a large box shadow) are expanded once, and an output row
    # between two equal low-res rows is the same for every phase: computed once, then copied.
    expanded_rows: dict[bytes, int] = {}
    for row in low:
        if not row.strip(b"\x00"):
            wide.append(0)
            continue
        known = expanded_rows.get(row)
        if known is not None:
            wide.append(known)
            continue
        # The nearest-neighbour expansion (pixel off + j*k + p is low-res sample j) as 16-bit lanes; the
        # k-wide box is k shifted copies added, the 2-wide box one more: lane x ends up holding
        # box[x] + box[x + 1] (at most 2k * 255), with no Python work per pixel.
        buf = bytearray(2 * (lw * k + 2 * k + 2))
        for p in range(k):
            buf[2 * (off + p) : 2 * (off + p + lw * k) : 2 * k] = row
        box = _lane_sums(int.from_bytes(buf, "little"), k, 16)
        expanded_rows[row] = ((box + (box >> 16)) & width_lanes)
        wide.append(expanded_rows[row])
    if out is None:
        out, stride, origin = bytearray(width * height), width, (0, 0)
    x0, y0 = origin
    n_low = len(wide)
    flat: dict[int, bytes] = {}  # output rows between two equal low-res rows, by that row
    # Vertically, phase p of the rows between low-res rows a and b blends them (2k - 2p - 1, 2p + 1):
    # s (a (2k - 2p - 1) + b (2p + 1)) + 128 is the phase before it plus 2 s (b - a), one big-int
    # addition a row (exact: the difference may be negative lane by lane, the sum never is).
    pair = -2  # the low-res row j whose phases are being stepped
    value = step = 0
    for y in range(height):
        j, p = divmod(y - off, k)
        a = wide[j] if 0 <= j < n_low else 0
        b = wide[j + 1] if 0 <= j + 1 < n_low else 0
        if not a and not b:
            continue
        o = (y0 + y) * stride + x0
        if a is b:
            line = flat.get(a)
            if line is None:
                line = flat[a] = (a * (2 * k * scale) + rounding).to_bytes(2 * width, "little")[1::2]
            out[o : o + width] = line
            continue
        if j != pair:
            pair = j
            value = (a * (2 * k - 2 * p - 1) + b * (2 * p + 1)) * scale + rounding
            step = (b - a) * (2 * scale)
        else:
            value += step
        out[o : o + width] = value.to_bytes(2 * width, "little")[1::2]
    return out


def _gauss_radius(variance: float) -> int:
    """The radius (px) of the sampled Gaussian kernel: three deviations."""
    return max(1, int(math.ceil(3.0 * math.sqrt(variance))))


@lru_cache(maxsize=256)
def _gauss_weights(variance: float) -> tuple[list[int], int]:
    """The integer taps of a sampled Gaussian kernel (for deviations < 2 px, where resvg uses its IIR
    Gaussian) and its radius: three deviations, the weights summing to about 4096 (shared: read only)."""
    radius = _gauss_radius(variance)
    raw = [math.exp(-(i * i) / (2.0 * variance)) for i in range(-radius, radius + 1)]
    total = sum(raw)
    return [int(w / total * 4096 + 0.5) for w in raw], radius


def blur_plane(
    plane: bytes | bytearray, width: int, height: int, var_x: float, var_y: float, *,
    resvg_edges: tuple[float, float] | None = None,
) -> bytearray:
    """Blur an 8-bit plane with Gaussian variances (px^2) per axis; outside the plane is transparent.

    ``resvg_edges`` (resvg's deviations per axis) makes the bands along the plane's edges exactly what
    resvg's box blur computes there (:mod:`pureog.raster.resvg_box`): each of its passes repeats that
    pass's edge pixels, which is visible when paint touches the filter region's edge.
    """
    if width <= 0 or height <= 0:
        return bytearray()
    if var_x <= 0 and var_y <= 0:
        return bytearray(plane)
    if resvg_edges is not None:
        return exact_edges(plane, width, height, resvg_edges[0], resvg_edges[1],
                           lambda bounds: _fast_blur(plane, width, height, var_x, var_y, bounds))
    return _fast_blur(plane, width, height, var_x, var_y, paint_bounds(plane, width, height))


def _fast_blur(plane: bytes | bytearray, width: int, height: int, var_x: float, var_y: float,
               bounds: tuple[int, int, int, int] | None) -> bytearray:
    """:func:`blur_plane` without resvg's edges, the plane's :func:`paint_bounds` given."""
    k = _factor(var_x, var_y)
    # What the k-wide block average and the linear interpolation add to the variance.
    resample = ((k * k - 1) / 12.0 + (k * k - 1) / 6.0) if k > 1 else 0.0
    kernel_x = _kernel(max(0.0, var_x - resample) / (k * k))
    kernel_y = _kernel(max(0.0, var_y - resample) / (k * k))
    if bounds is None:
        return bytearray(width * height)
    # Only the paint and the blur's reach around it are worked on: every pass is zero-padded and its
    # kernel finite, so nothing reaches further than the kernels' summed radii (low-res pixels) plus the
    # block and the interpolation (one low-res pixel each), and no intermediate value lies beyond that
    # either. The crop starts on a multiple of k, so the blocks (and the result) are the same bytes as
    # for the whole plane. A text shadow's region is often the whole canvas around one line of text.
    px0, py0, px1, py1 = bounds
    mx, my = (kernel_x[1] + 2) * k, (kernel_y[1] + 2) * k
    cx0, cy0 = max(0, px0 - mx) // k * k, max(0, py0 - my) // k * k
    cx1, cy1 = min(width, px1 + mx), min(height, py1 + my)
    if (cx0, cy0, cx1, cy1) == (0, 0, width, height):
        return _blur_block(plane, width, height, k, kernel_x[0], kernel_y[0])
    # The window of the plane is read in place and the result written into its window of the output,
    # no crop copied out and back.
    cw = cx1 - cx0
    out = bytearray(width * height)
    low_bytes = _lane_rows(plane, cw, cy1 - cy0, k, kernel_x[0], kernel_y[0], width, (cx0, cy0))
    if k > 1:
        return _upsample(low_bytes, -(-cw // k), cw, cy1 - cy0, k, out, width, (cx0, cy0))
    for y, row in enumerate(low_bytes, cy0):
        out[y * width + cx0 : y * width + cx1] = row
    return out


_Kernel = tuple[list[int], None] | tuple[None, float] | tuple[None, None]


@lru_cache(maxsize=256)
def _kernel(variance: float) -> tuple[_Kernel, int]:
    """The low-res kernel of one axis: (box widths, None) for a box blur, (None, variance) for the
    sampled Gaussian of small deviations, (None, None) for none; and its reach in low-res pixels.

    Kept per variance (the widths list is shared: callers only read it): choosing the widths costs
    ~15-20 us a call, a tenth of a tag's glow blur on the text-shadow card (16 blurs a render)."""
    if variance >= BOX_BLUR_MIN_SIGMA**2:
        sizes = _boxes_for_variance(variance)
        return (sizes, None), sum((w - 1) // 2 for w in sizes)
    if variance > 0:
        return (None, variance), _gauss_radius(variance)
    return (None, None), 0


def _blur_block(plane: bytes | bytearray, width: int, height: int, k: int, kernel_x: _Kernel,
                kernel_y: _Kernel) -> bytearray:
    """Downsample by ``k``, the low-res kernels along x then y, normalize, upsample."""
    low_bytes = _lane_rows(plane, width, height, k, kernel_x, kernel_y)
    if k == 1:
        return bytearray(b"".join(low_bytes))
    return _upsample(low_bytes, -(-width // k), width, height, k)


def blur_layer(
    layer: Pixmap,
    box: tuple[int, int, int, int],
    var_x: float,
    var_y: float,
    *,
    resvg_edges: tuple[float, float] | None = None,
    iir: tuple[float, float] | None = None,
    spend: Callable[[int], object] | None = None,
) -> None:
    """Blur the premultiplied RGBA pixels of ``layer`` inside ``box`` (x0, y0, x1, y1) in place.

    Pixels outside the box are neither read nor written (resvg crops to the filter region first).
    ``iir`` (standard deviations x, y) runs resvg's IIR Gaussian instead (:func:`iir_blur_plane`).
    """
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if w <= 0 or h <= 0:
        return
    stride = layer.stride
    data = layer.data
    rows = [data[(y0 + y) * stride + 4 * x0 : (y0 + y) * stride + 4 * x1] for y in range(h)]
    region = b"".join(rows)
    if iir is not None:  # two channels at a time, as the two parts of complex samples
        blurred = [*iir_blur_pair(region[0::4], region[1::4], w, h, iir[0], iir[1], spend),
                   *iir_blur_pair(region[2::4], region[3::4], w, h, iir[0], iir[1], spend)]
    else:
        blurred = [blur_plane(region[c::4], w, h, var_x, var_y, resvg_edges=resvg_edges) for c in range(4)]
    out = bytearray(4 * w * h)
    for c in range(4):
        out[c::4] = blurred[c]
    row_len = 4 * w
    for y in range(h):
        o = (y0 + y) * stride + 4 * x0
        data[o : o + row_len] = out[y * row_len : (y + 1) * row_len]


def resvg_blur_plane(plane: bytes | bytearray, w: int, h: int, sx: float, sy: float,
                     spend: Callable[[int], object] | None = None) -> bytes | bytearray:
    """An 8-bit plane blurred as resvg's feGaussianBlur/feDropShadow would (device deviations)."""
    box_mode = max(sx, sy) >= BOX_BLUR_MIN_SIGMA
    var_x = effective_variance(sx, box_mode)
    var_y = effective_variance(sy, box_mode)
    if var_x <= 0 and var_y <= 0:
        return plane
    if box_mode:
        return blur_plane(plane, w, h, var_x, var_y,
                          resvg_edges=(sx if var_x > 0 else 0.0, sy if var_y > 0 else 0.0))
    return iir_blur_plane(plane, w, h, sx if var_x > 0 else 0.0, sy if var_y > 0 else 0.0, spend)


def offset_cut(plane: bytes | bytearray, w: int) -> bytes:
    """The plane without its first row and first column, as resvg leaves an ``feOffset`` result in a
    filter region that does not start at the canvas origin.

    resvg gives ``feOffset`` its input's subregion, which is in the region's own coordinates (origin 0,
    0); unless the region starts at the canvas origin the two differ, so it clears the bands around
    that subregion with ``fill_rect``, and tiny-skia rounds the top and left bands, of no height or
    width, up to one pixel. Satori's text shadows of transparent text use ``feOffset``
    (:attr:`pureog.display.ShadowFilter.keep_source` False); ``feDropShadow`` has no such cut."""
    if not plane:
        return bytes(plane)
    cut = bytearray(plane)
    cut[:w] = bytes(w)
    cut[w::w] = bytes(len(range(w, len(cut), w)))
    return bytes(cut)


def shift_plane(plane: bytes | bytearray, w: int, h: int, dx: int, dy: int) -> bytes | bytearray:
    """The plane moved by whole pixels as tiny-skia's ``draw_pixmap`` moves a filter image (resvg's
    ``feOffset`` and ``feDropShadow``), transparent where nothing moves in. tiny-skia fills one pixel
    more than the image on the right and at the bottom, sampling the image's padded edge: a move left
    (up) repeats the last column (row) once; a move right (down) pushes that pixel past the end
    (:func:`pureog.raster.svg_filter_ops.shift` is the RGBA twin). Callers only read the result: a
    plane that does not move is returned as it is, and a moved one is the new buffer itself (each copy
    of a 1200x630 plane costs ~0.1 ms, a fresh buffer's page faults included: the text-shadow card's
    title moves five)."""
    if dx == 0 and dy == 0:
        return plane
    if abs(dx) > w or abs(dy) > h:
        return bytes(w * h)
    # destination columns dx .. dx + w and rows dy .. dy + h, both inclusive, clipped to the plane
    x0, x1 = max(0, dx), min(w, w + dx + 1)
    y0, y1 = max(0, dy), min(h, h + dy + 1)
    if x1 <= x0 or y1 <= y0:
        return bytes(w * h)
    if dx >= 0 and dy >= 0:
        # A move right and down (a text shadow's usual offset) is the plane's bytes moved by dy rows
        # and dx bytes, then the dx columns that wrapped in from the row above cleared: one copy of
        # the plane and dx strided writes, where a row at a time cost ~0.3 us a row (0.2 ms a
        # 1200x630 plane, five of them for the text-shadow card's title).
        offset = dy * w + dx
        moved = bytearray(w * h)  # (one buffer, one copy into it: no slice copied out, no copy back)
        moved[offset:] = memoryview(plane)[: w * h - offset]
        if dx:
            column = bytes(len(range(0, w * h, w)))
            for x in range(dx):
                moved[x::w] = column
        return moved
    pad = x1 - dx > w  # the last destination column reads past the image: its edge column again
    blank = bytes(w)
    head, tail = bytes(x0), bytes(w - x1)
    rows = [blank] * y0
    for y in range(y0, y1):
        s = min(y - dy, h - 1) * w
        if plane.startswith(blank, s):
            # a clear source row moves in clear (one memcmp in place; most of a text shadow's region
            # is clear rows: 5 planes of 630 rows on the text-shadow card's title)
            rows.append(blank)
        elif pad:
            rows.append(head + bytes(plane[s + x0 - dx : s + x1 - 1 - dx]) + bytes(plane[s + w - 1 : s + w]) + tail)
        else:
            rows.append(head + bytes(plane[s + x0 - dx : s + x1 - dx]) + tail)
    rows.extend([blank] * (h - y1))
    return b"".join(rows)


__all__ = ["IIR_SAMPLE_WORK", "blur_layer", "blur_plane", "effective_variance", "iir_blur_plane",
           "offset_cut", "resvg_blur_plane", "shift_plane"]

caches.register("raster.blur", _rounded_mean, _kernel, _gauss_weights, _packed_taps, effective_variance)
