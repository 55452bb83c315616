"""resvg's box blur, exactly, where an approximation is not good enough: at the filter region's edges.

Role: for a plane that :mod:`pureog.raster.blur` has blurred with its fast Gaussian approximation, redo
the bands along the region's edges the way resvg-wasm (Next's rasterizer) computes them, and write them
over the approximation. Input: the 8-bit plane, its size, the deviations per axis and the approximate
result. Output: the result with its edge bands exact.

Why only the edges: resvg's ``feGaussianBlur`` for deviations >= 2 px runs five box passes per axis
(widths from :func:`box_sizes`), and each pass reads pixels past the region's ends as *that pass's*
first and last pixel (fastblur's clamping, measured against Next: tests/effects/test_blur.py). After a
pass has spread paint onto the edge pixel, the next pass repeats it outward, so paint cut by the region
(a shadow at the canvas edge) stays denser near the cut than a Gaussian of the padded plane would be.
Inside, the passes compose to (nearly) a Gaussian, which the fast path reproduces. The clamping only
reaches ``R`` pixels (the sum of the pass radii) inward from an edge, and only when paint lies within
``R`` of it, so only those bands are redone. Passes along one axis commute with passes along the other
(each is linear and acts on every line alike), so a band runs its five vertical passes, then its five
horizontal ones.

Results are rounded to integers after every pass, as resvg stores each pass in 8 bits. The passes run
on whole rows at once (:func:`_lane_passes`): a row is one big int holding a lane of ``8 * B`` bits per
pixel, so a pass down the columns is a sliding window of big-int additions, one per row, and the
rounded division of every lane is one multiply, one shift and one mask (exact: :func:`_divider`). The
horizontal passes run on the transposed block (byte slicing). :func:`_passes` is the same pass on one
line, written out (the reference the lanes are tested on); a 600x600 block went from ~380 ms (per line,
prefix sums through ``itertools.accumulate``) to ~40 ms. Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate, repeat

from pureog import caches

_STEPS = 5
_SUB = operator.sub
_ADD = operator.add


def box_sizes(sigma: float, steps: int = _STEPS) -> list[int]:
    """resvg's ``create_box_gauss``: Kuckir's odd box widths for a deviation (``w_ideal`` is
    ``sqrt(12 sigma^2 / n) + 1``, as resvg writes it; ``m`` rounds half away from zero)."""
    if sigma <= 0:
        return [1] * steps
    w_ideal = math.sqrt(12.0 * sigma * sigma / steps) + 1.0
    wl = int(math.floor(w_ideal))
    if wl % 2 == 0:
        wl -= 1
    m_ideal = (12.0 * sigma * sigma - steps * wl * wl - 4.0 * steps * wl - 3.0 * steps) / (-4.0 * wl - 4.0)
    m = int(math.floor(m_ideal + 0.5)) if m_ideal >= 0 else 0
    return [wl if i < m else wl + 2 for i in range(steps)]


def _passes(line: list[int], radii: list[int]) -> list[int]:
    """The line through resvg's clamped box passes, each rounded to an integer."""
    n = len(line)
    for r in radii:
        if r <= 0 or n == 0:
            continue
        w = 2 * r + 1
        prefix = list(accumulate([line[0]] * (r + 1) + line + [line[-1]] * r))
        sums = map(_SUB, prefix[w : w + n], prefix[:n])
        # round(sum / w) for sums >= 0: floor((2 * sum + w) / (2 * w)).
        line = list(map(operator.floordiv, map(_ADD, map(operator.lshift, sums, repeat(1)), repeat(w)),
                        repeat(2 * w)))
    return line


@lru_cache(maxsize=64)
def _divider(w: int) -> tuple[int, int]:
    """(m, k) such that for every window sum ``s`` of a ``w``-wide box of bytes,
    ``((2 * s + w) * m) >> k == (2 * s + w) // (2 * w)``: the rounded mean, without a division.

    Exact by the usual reciprocal bound: with ``m = ceil(2^k / d)`` (``d = 2 * w``) the error
    ``m * d - 2^k`` is below ``d``, so ``x * m / 2^k`` exceeds ``x / d`` by less than ``x_max * d / (d * 2^k)``,
    under ``1 / d`` when ``2^k > x_max * d``; that cannot carry ``x / d`` past the next integer."""
    d = 2 * w
    k = (511 * w * d).bit_length()  # x = 2 * s + w <= 2 * 255 * w + w
    return -(-(1 << k) // d), k


def _lane_bytes(radii: list[int]) -> int:
    """Bytes per lane so that ``(2 * s + w) * m`` of every pass fits in its lane (and k + 8 bits do)."""
    bits = 8
    for r in radii:
        w = 2 * r + 1
        m, k = _divider(w)
        bits = max(bits, (511 * w * m).bit_length(), k + 8)
    return (bits + 7) // 8


def _lane_passes(lines: list[bytes], radii: list[int]) -> list[bytes]:
    """``lines`` (equal lengths) through resvg's clamped box passes *across* them: output line ``i`` is the
    rounded mean of input lines ``i - r .. i + r``, line indices clamped to the first and last line, pixel
    by pixel; the same as :func:`_passes` on every column, for all columns at once."""
    radii = [r for r in radii if r > 0]
    if not radii or not lines:
        return lines
    size = _lane_bytes(radii)
    n, count = len(lines), len(lines[0])
    buf = bytearray(size * count)
    packed = []
    for line in lines:
        buf[::size] = line
        packed.append(int.from_bytes(buf, "little"))
    ones = int.from_bytes(b"\x01".ljust(size, b"\x00") * count, "little")  # 1 in every lane
    mask = 255 * ones
    for r in radii:
        w = 2 * r + 1
        m, k = _divider(w)
        # (2 * s + w) * m as s * (2m) + w * m: one multiply per row; every lane stays >= 0, so big-int
        # carries and borrows never cross a lane, and the top bits of a lane's product are masked off
        # after the shift (the mean is < 256, the next lane's low bits land above bit 8).
        double_m, bias = 2 * m, w * m * ones
        padded = [packed[0]] * (r + 1) + packed + [packed[-1]] * (r + 1)
        s = sum(padded[1 : w + 1])
        out = []
        for i in range(n):
            out.append(((s * double_m + bias) >> k) & mask)
            s = s + padded[i + w + 1] - padded[i + 1]  # add before subtracting: no lane goes negative
        packed = out
    length = size * count
    return [v.to_bytes(length, "little")[::size] for v in packed]


def _block(rows: list[bytes], radii_x: list[int], radii_y: list[int]) -> list[bytes]:
    """A rectangle of rows through the vertical passes, then the horizontal ones (on its transpose)."""
    rows = _lane_passes(rows, radii_y)
    if any(radii_x) and rows:
        flat, width = b"".join(rows), len(rows[0])
        cols = _lane_passes([flat[x::width] for x in range(width)], radii_x)
        flat, height = b"".join(cols), len(rows)
        rows = [flat[y::height] for y in range(height)]
    return rows


def exact_blur(plane: bytes | bytearray, width: int, height: int, sigma_x: float, sigma_y: float) -> bytearray:
    """The whole plane through resvg's box blur, exactly (the reference the fast path is tested on)."""
    rows = [bytes(plane[y * width : (y + 1) * width]) for y in range(height)]
    radii_x = [(w - 1) // 2 for w in box_sizes(sigma_x)] if sigma_x > 0 else []
    radii_y = [(w - 1) // 2 for w in box_sizes(sigma_y)] if sigma_y > 0 else []
    return _write(bytearray(width * height), width, _block(rows, radii_x, radii_y), 0, 0, width)


def painted_rows(
    planes: Sequence[bytes | bytearray], width: int, height: int, band: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """The rows ``[first, last + 1)`` where some plane (``width * height`` bytes each) is nonzero,
    joined with ``band`` (rows known to be painted); None when all are clear.

    "The first k rows are all zero" holds up to the first painted row and no further, so it is
    bisected, and the same from the end: ~20 tests a plane instead of a strip of every row (planes are
    mostly clear: a text shadow's region is often the whole canvas around one line of text). Each test
    (:func:`_clear`) reads only the rows not yet known clear, in place, no zero buffer: testing from the
    first row every time against a fresh plane-sized zero buffer read the clear rows again at each step
    and faulted the buffer's pages in at every call (0.9 ms a render for the text-shadow card's title,
    five 1200x630 planes)."""
    first, last = band if band is not None else (height, 0)
    for plane in planes:
        view = memoryview(plane)
        lo, hi = 0, first  # the first painted row is at least lo; is it below first?
        if first > 0 and not _clear(plane, view, 0, first * width):
            while lo < hi:  # invariant: rows [0, lo) clear, some row in [lo, hi) painted
                mid = (lo + hi) // 2
                if _clear(plane, view, lo * width, (mid + 1) * width):  # rows [lo, mid]
                    lo = mid + 1
                else:
                    hi = mid
            first = lo
        lo, hi = last, height  # the same from the bottom: is some row at or past last painted?
        if last < height and not _clear(plane, view, last * width, height * width):
            while lo < hi:  # invariant: rows [hi, height) clear, some row in [lo, hi) painted
                mid = (lo + hi) // 2
                if _clear(plane, view, mid * width, hi * width):  # rows [mid, hi)
                    hi = mid
                else:
                    lo = mid + 1
            last = lo
    return (first, last) if first < last else None


def _clear(plane: bytes | bytearray, view: memoryview, start: int, end: int) -> bool:
    """Whether ``plane[start:end]`` is all zero: its first byte is, and every byte equals the next (the
    range compared with itself one byte on, a memcmp in place; ``view`` is the plane's memoryview)."""
    return plane[start] == 0 and plane.startswith(view[start + 1 : end], start)


def paint_bounds(plane: bytes | bytearray, width: int, height: int) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1) of the nonzero pixels, or None when the plane is empty."""
    # The painted rows by bisection (painted_rows: ~20 memcmps), the columns from their OR as one big
    # int (little-endian: byte i is column i), its lowest and highest set bytes. Comparing every row
    # with a zero row, then stripping each painted one (``strip`` walks byte by byte) cost ~1 ms on
    # a 1200x630 shadow region, twice a blur (the exact edges asked first, then the fast path). A
    # box shadow's rows repeat: a row equal to the one OR-ed before is skipped after a memcmp.
    band = painted_rows((plane,), width, height)
    if band is None:
        return None
    y0, y1 = band
    union = 0
    view = memoryview(plane)
    last = -1  # the offset of the last row OR-ed in: a row equal to it (a memcmp in place) adds nothing
    for o in range(y0 * width, y1 * width, width):
        if last < 0 or not plane.startswith(view[last : last + width], o):
            union |= int.from_bytes(view[o : o + width], "little")
            last = o
    return (((union & -union).bit_length() - 1) // 8, y0, (union.bit_length() + 7) // 8, y1)


def exact_edges(plane: bytes | bytearray, width: int, height: int, sigma_x: float, sigma_y: float,
                fast: Callable[[tuple[int, int, int, int] | None], bytearray]) -> bytearray:
    """The fast blur of ``plane`` (``fast(paint_bounds)``, the bounds handed on) with the bands near the
    region's edges made exact; a region redone whole (small, or narrow along a cut axis: a text
    shadow's tight region) never runs the fast blur at all."""
    radii_x = [(w - 1) // 2 for w in box_sizes(sigma_x)] if sigma_x > 0 else []
    radii_y = [(w - 1) // 2 for w in box_sizes(sigma_y)] if sigma_y > 0 else []
    reach_x, reach_y = sum(radii_x), sum(radii_y)
    bounds = paint_bounds(plane, width, height)
    if bounds is None:
        return fast(bounds)
    px0, py0, px1, py1 = bounds
    # An edge matters when paint comes within one pass-radius sum of it (then an early pass puts paint on
    # the edge pixel and later passes repeat it).
    left = reach_x > 0 and px0 <= reach_x
    right = reach_x > 0 and width - px1 <= reach_x
    top = reach_y > 0 and py0 <= reach_y
    bottom = reach_y > 0 and height - py1 <= reach_y
    if not (left or right or top or bottom):
        return fast(bounds)
    rows = [bytes(plane[y * width : (y + 1) * width]) for y in range(height)]
    span_x, span_y = 3 * reach_x + 1, 3 * reach_y + 1
    # A band of ``span`` lines is exact for its first ``2 * reach`` (the far end's own clamping moves in
    # by at most ``reach``); a region narrower than two spans along a cut axis is redone whole.
    if ((left or right) and width <= 2 * span_x) or ((top or bottom) and height <= 2 * span_y):
        return _write(bytearray(width * height), width, _block(rows, radii_x, radii_y), 0, 0, width)
    out = fast(bounds)
    if left:
        band = _block([row[:span_x] for row in rows], radii_x, radii_y)
        _write(out, width, [row[: 2 * reach_x] for row in band], 0, 0, 2 * reach_x)
    if right:
        band = _block([row[width - span_x :] for row in rows], radii_x, radii_y)
        _write(out, width, [row[span_x - 2 * reach_x :] for row in band], width - 2 * reach_x, 0, 2 * reach_x)
    if top:
        _write(out, width, _block(rows[:span_y], radii_x, radii_y)[: 2 * reach_y], 0, 0, width)
    if bottom:
        band = _block(rows[height - span_y :], radii_x, radii_y)
        _write(out, width, band[span_y - 2 * reach_y :], 0, height - 2 * reach_y, width)
    return out


def _write(out: bytearray, width: int, block: list[bytes], x0: int, y0: int, span: int) -> bytearray:
    """Copy ``block`` (rows of ``span`` bytes) into ``out`` at (x0, y0)."""
    for i, row in enumerate(block):
        o = (y0 + i) * width + x0
        out[o : o + span] = row
    return out


caches.register("raster.resvg_box", _divider)
