"""``feConvolveMatrix`` and ``feDisplacementMap``, as resvg 0.29 (svgfilters) computes them.

Role: premultiplied RGBA8 images of one filter region (``bytearray``, ``4 * w * h`` bytes) -> a new
image. Both read neighbouring pixels, unlike the per-pixel maps of :mod:`pureog.raster.svg_filter_ops`.

Convolution: each channel of each tap as ``byte / 255 * k`` in f64, summed in the kernel's order (rows,
then columns; the kernel applied flipped), divided by the divisor, plus the bias (times the new alpha
for colour); colour clamped to 0..alpha (or, with ``preserveAlpha``, convolved straight and multiplied
back), rounded. The sums run a tap at a time over whole rows (a list comprehension per row and
channel) rather than a pixel at a time: the same additions in the same order, far fewer Python steps.
Displacement: each pixel takes the input pixel at (x + sx * (C_x / 255 - 0.5), y + ...), rounded half
away from zero, or transparent outside the image; the map's channels are read premultiplied.
Must not import style, layout, text or document.
"""

from __future__ import annotations

from pureog.display import FeConvolveMatrix
from pureog.geometry import round_half_away
from pureog.raster.svg_filter_ops import demultiply


def _columns(w: int, shift: int, edge_mode: str) -> list[int]:
    """For each x, the column a tap ``shift`` away reads (``w``: the zero appended to each row)."""
    out = []
    for x in range(w):
        t = x + shift
        if edge_mode == "duplicate":
            t = min(max(t, 0), w - 1)
        elif edge_mode == "wrap":
            t %= w
        elif not 0 <= t < w:
            t = w
        out.append(t)
    return out


def _row(y: int, h: int, edge_mode: str) -> int | None:
    if edge_mode == "duplicate":
        return min(max(y, 0), h - 1)
    if edge_mode == "wrap":
        return y % h
    return y if 0 <= y < h else None


def convolve(data: bytes | bytearray, w: int, h: int, op: FeConvolveMatrix) -> bytearray:
    """The convolved image (``data`` already in the primitive's colour space)."""
    preserve = op.preserve_alpha
    source = bytearray(data)
    if preserve:
        for i in range(0, len(source), 4):
            a = source[i + 3]
            source[i] = demultiply(source[i], a)
            source[i + 1] = demultiply(source[i + 1], a)
            source[i + 2] = demultiply(source[i + 2], a)
    channels = 3 if preserve else 4
    # each channel's rows as floats byte / 255, with a 0.0 appended for taps outside (edgeMode none)
    planes = [[[v / 255.0 for v in source[4 * w * y + c : 4 * w * (y + 1) : 4]] + [0.0] for y in range(h)]
              for c in range(4)]
    sums = [[[0.0] * w for _ in range(h)] for _ in range(channels)]
    for oy in range(op.rows):
        for ox in range(op.columns):
            k = op.kernel[(op.rows - oy - 1) * op.columns + (op.columns - ox - 1)]
            columns = _columns(w, ox - op.target_x, op.edge_mode)
            for y in range(h):
                ty = _row(y - op.target_y + oy, h, op.edge_mode)
                if ty is None:
                    continue
                for c in range(channels):
                    line = planes[c][ty]
                    acc = sums[c][y]
                    sums[c][y] = [s + line[t] * k for s, t in zip(acc, columns, strict=True)]
    out = bytearray(4 * w * h)
    divisor, bias = op.divisor, op.bias
    for y in range(h):
        for x in range(w):
            o = 4 * (y * w + x)
            new_a = source[o + 3] / 255.0 if preserve else sums[3][y][x] / divisor + bias
            bounded = min(max(new_a, 0.0), 1.0)
            for c in range(3):
                v = sums[c][y][x] / divisor + bias * new_a
                v = min(max(v, 0.0), 1.0) * bounded if preserve else min(max(v, 0.0), bounded)
                out[o + c] = int(v * 255.0 + 0.5)
            out[o + 3] = int(bounded * 255.0 + 0.5)
    return out


_CHANNEL = {"R": 0, "G": 1, "B": 2, "A": 3}


def displace(data: bytes | bytearray, displacement: bytes | bytearray, w: int, h: int, x_channel: str,
             y_channel: str, sx: float, sy: float) -> bytearray:
    """``data`` moved by the channels of ``displacement`` scaled by (sx, sy) device pixels."""
    out = bytearray(4 * w * h)
    cx, cy = _CHANNEL[x_channel], _CHANNEL[y_channel]
    # an offset past the image lands outside whatever its size (Rust saturates; Python would overflow)
    sx, sy = min(max(sx, -1e9), 1e9), min(max(sy, -1e9), 1e9)
    for y in range(h):
        for x in range(w):
            i = 4 * (y * w + x)
            ox = round_half_away(x + (displacement[i + cx] / 255.0 - 0.5) * sx)
            oy = round_half_away(y + (displacement[i + cy] / 255.0 - 0.5) * sy)
            if 0 <= ox < w and 0 <= oy < h:
                j = 4 * (oy * w + ox)
                out[i : i + 4] = data[j : j + 4]
    return out


__all__ = ["convolve", "displace"]
