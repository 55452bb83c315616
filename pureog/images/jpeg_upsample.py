"""JPEG chroma upsampling as resvg's decoder (jpeg-decoder 0.3) does it, one upsampler per sampling ratio.

Input: one component's decoded samples (block-padded rows), its true size (``ceil(image * factor /
max factor)``, which is where the edge replicates, not the block padding) and the ratio to the largest
sampling factors. Output: rows of full-resolution samples, at least ``width`` wide and ``height`` tall.

jpeg-decoder picks, per component: a copy when the ratio is 1 (or the image is 1 px across that way);
libjpeg's "fancy" triangle filter for 2x1 (H2V1), 1x2 (H1V2) and 2x2 (H2V2); nearest-neighbour
replication for anything else (4x1 and the like). Its rounding is ``+2 >> 2`` for one-axis blends and
``+8 >> 4`` for both parities of the 2x2 blend (libjpeg alternates +8 / +7 there; jpeg-decoder does not).
Imports nothing from pureog.
"""

from __future__ import annotations

import operator
from itertools import repeat
from typing import TypeVar

_Samples = TypeVar("_Samples", bytes, list[int])  # a row of samples, or of vertical sums


def upsample(plane: bytes | bytearray, stride: int, size: tuple[int, int], ratio: tuple[int, int],
             out_size: tuple[int, int]) -> list[bytes]:
    """Rows of a component upsampled by ``ratio`` = (fx, fy) to ``out_size`` = (width, height).

    ``size`` is the component's true size (cw, ch); ``plane`` holds ``stride``-wide rows, at least ch.
    """
    cw, ch = size
    fx, fy = ratio
    width, height = out_size
    if width == 1:  # jpeg-decoder treats a 1 px wide (or tall) image as unsampled that way
        fx = 1
    if height == 1:
        fy = 1
    rows = [bytes(plane[y * stride : y * stride + cw]) for y in range(ch)]
    if fx == 1 and fy == 1:
        return [bytes(plane[y * stride : y * stride + width]) for y in range(height)]
    if fx == 2 and fy == 1:
        return [h2v1_row(rows[min(y, ch - 1)])[:width] for y in range(height)]
    if fx == 1 and fy == 2:
        return [v2_blend(rows, y, ch)[:width] for y in range(height)]
    if fx == 2 and fy == 2:
        return [h2v2_row(v2_sums(rows, y, ch))[:width] for y in range(height)]
    return [bytes(b for b in rows[min(ch - 1, y // fy)] for _ in range(fx))[:width] for y in range(height)]


def _near_far(y: int, ch: int) -> tuple[int, int]:
    """The nearer and the farther input row of output row ``y`` for a vertical 2x blend.

    jpeg-decoder computes the far row in f32 as ``y/2 + frac*3 - 0.25`` (the previous row for an even
    output row, the next for an odd one), clamps it to the last row and truncates: so row 0 blends with
    itself and the last rows with the last row.
    """
    near = min(y // 2, ch - 1)
    far = max(0, y // 2 - 1) if y % 2 == 0 else min(y // 2 + 1, ch - 1)
    return near, far


def v2_sums(rows: list[bytes], y: int, ch: int) -> list[int]:
    """``3 * near + far`` per column (0..1020): the vertical half of the 2x2 blend, kept unrounded."""
    near, far = _near_far(y, ch)
    return list(map(operator.add, map(operator.mul, rows[near], repeat(3)), rows[far]))


def v2_blend(rows: list[bytes], y: int, ch: int) -> bytes:
    """H1V2: ``(3 * near + far + 2) >> 2`` per column."""
    sums = v2_sums(rows, y, ch)
    return bytes(map(operator.rshift, map(operator.add, sums, repeat(2)), repeat(2)))


def _h2_interleave(values: _Samples, bias: int, shift: int) -> bytearray:
    """Each value becomes two, ``(3 * near + far + bias) >> shift`` with its left and right neighbour
    as ``far`` (the ends take themselves; callers overwrite the two end samples)."""
    out = bytearray(2 * len(values))
    left = values[:1] + values[:-1]
    right = values[1:] + values[-1:]
    three = list(map(operator.mul, values, repeat(3)))
    for start, far in ((0, left), (1, right)):
        out[start::2] = bytes(map(operator.rshift, map(operator.add, map(operator.add, three, far), repeat(bias)),
                                  repeat(shift)))
    return out


def h2v1_row(row: bytes) -> bytes:
    """H2V1: each sample becomes two, ``(3 * near + far + 2) >> 2``; the two end samples are copied."""
    n = len(row)
    if n == 1:
        return row * 2
    out = _h2_interleave(row, 2, 2)
    out[0] = row[0]
    out[-1] = row[-1]
    return bytes(out)


def h2v2_row(sums: list[int]) -> bytes:
    """H2V2's horizontal half over the vertical sums: ``(3 * near + far + 8) >> 4``, ends ``(s + 2) >> 2``."""
    n = len(sums)
    if n == 1:
        v = (sums[0] + 2) >> 2
        return bytes((v, v))
    out = _h2_interleave(sums, 8, 4)
    out[0] = (sums[0] + 2) >> 2
    out[-1] = (sums[-1] + 2) >> 2
    return bytes(out)
