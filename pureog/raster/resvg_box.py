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

Each pass is one prefix sum and one difference per line (C speed through ``itertools.accumulate`` and
``map``); results are rounded to integers after every pass, as resvg stores each pass in 8 bits.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from itertools import accumulate, repeat

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


def _block(rows: list[list[int]], radii_x: list[int], radii_y: list[int]) -> list[list[int]]:
    """A rectangle of rows through the vertical passes, then the horizontal ones."""
    if any(radii_y):
        cols = [_passes(list(col), radii_y) for col in zip(*rows, strict=True)]
        rows = [list(row) for row in zip(*cols, strict=True)]
    return [_passes(row, radii_x) for row in rows]


def exact_blur(plane: bytes | bytearray, width: int, height: int, sigma_x: float, sigma_y: float) -> bytearray:
    """The whole plane through resvg's box blur, exactly (the reference the fast path is tested on)."""
    rows = [list(plane[y * width : (y + 1) * width]) for y in range(height)]
    radii_x = [(w - 1) // 2 for w in box_sizes(sigma_x)] if sigma_x > 0 else []
    radii_y = [(w - 1) // 2 for w in box_sizes(sigma_y)] if sigma_y > 0 else []
    return _write(bytearray(width * height), width, _block(rows, radii_x, radii_y), 0, 0, width)


def paint_bounds(plane: bytes | bytearray, width: int, height: int) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1) of the nonzero pixels, or None when the plane is empty."""
    # Rows are compared with a zero row (memcmp); only the painted rows are stripped (``strip`` walks
    # byte by byte: on a whole canvas it took ~5 ms, and so does ``int.from_bytes``).
    zero = bytes(width)
    painted = [y for y in range(height) if plane[y * width : (y + 1) * width] != zero]
    if not painted:
        return None
    x0, x1 = width, 0
    for y in painted:
        row = bytes(plane[y * width : (y + 1) * width])
        x0 = min(x0, width - len(row.lstrip(b"\x00")))
        x1 = max(x1, len(row.rstrip(b"\x00")))
    return (x0, painted[0], x1, painted[-1] + 1)


def exact_edges(plane: bytes | bytearray, width: int, height: int, sigma_x: float, sigma_y: float,
                fast: Callable[[], bytearray]) -> bytearray:
    """The fast blur of ``plane`` (``fast()``) with the bands near the region's edges made exact; a
    region redone whole (small, or narrow along a cut axis: a text shadow's tight region) never runs
    the fast blur at all."""
    radii_x = [(w - 1) // 2 for w in box_sizes(sigma_x)] if sigma_x > 0 else []
    radii_y = [(w - 1) // 2 for w in box_sizes(sigma_y)] if sigma_y > 0 else []
    reach_x, reach_y = sum(radii_x), sum(radii_y)
    bounds = paint_bounds(plane, width, height)
    if bounds is None:
        return fast()
    px0, py0, px1, py1 = bounds
    # An edge matters when paint comes within one pass-radius sum of it (then an early pass puts paint on
    # the edge pixel and later passes repeat it).
    left = reach_x > 0 and px0 <= reach_x
    right = reach_x > 0 and width - px1 <= reach_x
    top = reach_y > 0 and py0 <= reach_y
    bottom = reach_y > 0 and height - py1 <= reach_y
    if not (left or right or top or bottom):
        return fast()
    rows = [list(plane[y * width : (y + 1) * width]) for y in range(height)]
    span_x, span_y = 3 * reach_x + 1, 3 * reach_y + 1
    # A band of ``span`` lines is exact for its first ``2 * reach`` (the far end's own clamping moves in
    # by at most ``reach``); a region narrower than two spans along a cut axis is redone whole.
    if ((left or right) and width <= 2 * span_x) or ((top or bottom) and height <= 2 * span_y):
        return _write(bytearray(width * height), width, _block(rows, radii_x, radii_y), 0, 0, width)
    out = fast()
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


def _write(out: bytearray, width: int, block: list[list[int]], x0: int, y0: int, span: int) -> bytearray:
    """Copy ``block`` (rows of ``span`` ints in 0..255) into ``out`` at (x0, y0)."""
    for i, row in enumerate(block):
        o = (y0 + i) * width + x0
        out[o : o + span] = bytes(row)
    return out
