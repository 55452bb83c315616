"""YUV 4:2:0 -> RGB as libwebp outputs it by default: "fancy" chroma upsampling, then its fixed-point
BT.601 conversion (``dsp/upsampling.c``, ``dsp/yuv.h``).

Upsampling: each output pixel's chroma is the 9-3-3-1 weighted mix of its four nearest chroma samples,
computed in libwebp's two rounding steps (a diagonal average, then the mean with the nearest sample);
the first row, the last row of an even height, and the first and last column of an even width use a
3-1 mix of two samples. Conversion: ``(y * 19077 >> 8) + (v * 26149 >> 8) - 14234`` and so on, clamped
and shifted down by 6.

Speed: a row of chroma samples is one big integer with a 16-bit lane per sample (SWAR), so each step
of the upsampling is one integer operation over the whole row; the conversion maps lookup tables over
rows with ``map``. No per-pixel Python code.
Imports only :mod:`pureog.limits`.
"""

from __future__ import annotations

import operator
from itertools import repeat

from pureog.limits import check_deadline

_OFFSET = 1 << 15
# _CLIP8[v + _OFFSET] = libwebp's VP8Clip8(v): v >> 6 clamped to 0..255, for every sum the tables below
# can make (-17685 .. 34237).
_CLIP8 = bytes(_OFFSET) + bytes(v >> 6 for v in range(1 << 14)) + b"\xff" * ((1 << 16) - (1 << 14))
_Y = [(y * 19077) >> 8 for y in range(256)]
_V_RED = [((v * 26149) >> 8) - 14234 + _OFFSET for v in range(256)]
_U_GREEN = [-((u * 6419) >> 8) + 8708 + _OFFSET for u in range(256)]
_V_GREEN = [-((v * 13320) >> 8) for v in range(256)]
_U_BLUE = [((u * 33050) >> 8) - 17685 + _OFFSET for u in range(256)]


def _lanes(row: bytes) -> int:
    """Bytes -> an int with one 16-bit lane per byte (lane 0 lowest)."""
    spread = bytearray(2 * len(row))
    spread[0::2] = row
    return int.from_bytes(spread, "little")


def _bytes(lanes: int, count: int) -> bytes:
    """The low byte of ``count`` 16-bit lanes."""
    return lanes.to_bytes(2 * count + 2, "little")[0 : 2 * count : 2]


class _Masks:
    """Per-lane constants for rows of ``count`` chroma samples."""

    def __init__(self, count: int) -> None:
        ones = int.from_bytes(b"\x01\x00" * count, "little")
        self.low9 = ones * 0x1FF
        self.low8 = ones * 0xFF
        self.eights = ones * 8


def _upsample_pair(top: bytes, cur: bytes, width: int, masks: _Masks) -> tuple[bytes, bytes]:
    """One chroma channel for the two output rows between chroma rows ``top`` and ``cur``: the row
    nearer ``top`` first. ``top`` and ``cur`` hold ``(width + 1) // 2`` samples."""
    pairs = (width - 1) >> 1  # output pixels 2x-1 and 2x for x = 1..pairs mix samples x-1 and x
    t, c = _lanes(top), _lanes(cur)
    t1, c1 = t >> 16, c >> 16  # lane x: the sample to the right
    average = t + t1 + c + c1 + masks.eights
    diag_12 = ((average + 2 * (t1 + c)) >> 3) & masks.low9
    diag_03 = ((average + 2 * (t + c1)) >> 3) & masks.low9
    near_top = bytearray(width)
    near_cur = bytearray(width)
    near_top[0] = (3 * top[0] + cur[0] + 2) >> 2
    near_cur[0] = (3 * cur[0] + top[0] + 2) >> 2
    near_top[1 : 2 * pairs : 2] = _bytes(((diag_12 + t) >> 1) & masks.low8, pairs)
    near_top[2 : 2 * pairs + 1 : 2] = _bytes(((diag_03 + t1) >> 1) & masks.low8, pairs)
    near_cur[1 : 2 * pairs : 2] = _bytes(((diag_03 + c) >> 1) & masks.low8, pairs)
    near_cur[2 : 2 * pairs + 1 : 2] = _bytes(((diag_12 + c1) >> 1) & masks.low8, pairs)
    if not width & 1:
        near_top[width - 1] = (3 * top[pairs] + cur[pairs] + 2) >> 2
        near_cur[width - 1] = (3 * cur[pairs] + top[pairs] + 2) >> 2
    return bytes(near_top), bytes(near_cur)


def _convert(y: bytes, u: bytes, v: bytes) -> tuple[bytes, bytes, bytes]:
    """One row of Y and full-resolution U, V -> R, G, B."""
    add = operator.add
    clip = _CLIP8.__getitem__
    luma = list(map(_Y.__getitem__, y))
    red = bytes(map(clip, map(add, luma, map(_V_RED.__getitem__, v))))
    green = bytes(map(clip, map(add, map(add, luma, map(_U_GREEN.__getitem__, u)), map(_V_GREEN.__getitem__, v))))
    blue = bytes(map(clip, map(add, luma, map(_U_BLUE.__getitem__, u))))
    return red, green, blue


Plane = bytes | bytearray | memoryview


def yuv_to_rgba(y_plane: Plane, y_stride: int, u_plane: Plane, v_plane: Plane, uv_stride: int, width: int,
                height: int, alpha: bytes | None) -> bytes:
    """Straight RGBA8 from 4:2:0 planes (``plane[row * stride + x]``; chroma rows of ``(width + 1) // 2``
    used samples) and an optional alpha plane (None: opaque)."""
    chroma_width = (width + 1) // 2
    masks = _Masks(chroma_width)

    def chroma(plane: Plane, row: int) -> bytes:
        return bytes(plane[row * uv_stride : row * uv_stride + chroma_width])

    # Output row 0 takes its chroma from chroma row 0 alone, rows 2k-1 and 2k from chroma rows k-1 and
    # k, and an even height's last row from the last chroma row alone.
    u_rows: list[bytes] = []
    v_rows: list[bytes] = []
    last = (height - 1) // 2
    for top_row, cur_row in [(0, 0)] + [(k - 1, k) for k in range(1, last + 1)] + [(last, last)] * (1 - height % 2):
        u_pair = _upsample_pair(chroma(u_plane, top_row), chroma(u_plane, cur_row), width, masks)
        v_pair = _upsample_pair(chroma(v_plane, top_row), chroma(v_plane, cur_row), width, masks)
        both = 2 if top_row != cur_row else 1
        u_rows += u_pair[:both]
        v_rows += v_pair[:both]
    out = bytearray(4 * width * height)
    previous: tuple[bytes, bytes, bytes] | None = None
    rgb = (b"", b"", b"")
    for r in range(height):
        row = (bytes(y_plane[r * y_stride : r * y_stride + width]), u_rows[r], v_rows[r])
        if row != previous:  # flat areas repeat whole rows: convert each distinct row once
            rgb = _convert(*row)
            previous = row
        red, green, blue = rgb
        at = 4 * width * r
        out[at : at + 4 * width : 4] = red
        out[at + 1 : at + 4 * width : 4] = green
        out[at + 2 : at + 4 * width : 4] = blue
        if r & 63 == 0:
            check_deadline()
    out[3::4] = alpha if alpha is not None else bytes(repeat(255, width * height))
    return bytes(out)
