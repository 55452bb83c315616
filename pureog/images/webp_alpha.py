"""The alpha plane of a lossy WebP frame: an ``ALPH`` chunk -> one byte of alpha per pixel.

The chunk (RFC 9649 section 2.7.1.2) starts with a header byte: compression (0 raw, 1 a headerless
VP8L stream whose green channel is the alpha, decoded by :mod:`.webp_lossless`), a prediction filter
(none, horizontal, vertical, gradient) undone here row by row exactly as libwebp's ``WebPUnfilters``,
and a pre-processing hint that only matters to libwebp's optional alpha dithering, which its default
decode (and so Pillow's and browsers') leaves off.

Speed: the horizontal and vertical filters are undone with ``itertools.accumulate`` and ``map`` per
row; the gradient filter, whose prediction depends on the pixel just decoded, is a per-pixel loop.
Imports :mod:`.webp_lossless` and :mod:`pureog.errors`.
"""

from __future__ import annotations

import operator
from itertools import accumulate, repeat

from pureog.errors import ImageError
from pureog.images.webp_lossless import decode_vp8l_alpha

_NONE, _HORIZONTAL, _VERTICAL, _GRADIENT = range(4)


def decode_alpha(chunk: bytes, width: int, height: int) -> bytes:
    """The ``width * height`` alpha bytes of an ``ALPH`` chunk's payload."""
    if len(chunk) <= 1:
        raise ImageError("invalid WebP: empty alpha chunk")
    header = chunk[0]
    method, kind, preprocessing = header & 3, (header >> 2) & 3, (header >> 4) & 3
    if method > 1 or preprocessing > 1 or header >> 6:
        raise ImageError("invalid WebP: unknown alpha compression")
    if method == 0:
        if len(chunk) - 1 < width * height:
            raise ImageError("invalid WebP: alpha data is truncated")
        deltas = chunk[1 : 1 + width * height]
    else:
        deltas = decode_vp8l_alpha(chunk[1:], width, height)
    if kind == _NONE:
        return bytes(deltas)
    return _unfilter(deltas, width, height, kind)


def _running_sum(row: bytes, start: int) -> bytes:
    """Each byte plus everything to its left and ``start``, mod 256 (the horizontal filter)."""
    return bytes(map(operator.and_, accumulate(row, initial=start), repeat(255)))[1:]


def _unfilter(deltas: bytes, width: int, height: int, kind: int) -> bytes:
    # Whatever the filter, the first row predicts from its left neighbour (its first pixel from 0).
    rows = [_running_sum(deltas[:width], 0)]
    for y in range(1, height):
        row = deltas[y * width : (y + 1) * width]
        above = rows[-1]
        if kind == _HORIZONTAL:  # from the left; the first pixel from the one above
            rows.append(_running_sum(row, above[0]))
        elif kind == _VERTICAL:
            rows.append(bytes(map(operator.and_, map(operator.add, row, above), repeat(255))))
        else:  # gradient: left + above - above-left, clamped; the first pixel from the one above
            out = bytearray(width)
            left = out[0] = (row[0] + above[0]) & 255
            for x in range(1, width):
                g = left + above[x] - above[x - 1]
                left = out[x] = (row[x] + (0 if g < 0 else 255 if g > 255 else g)) & 255
            rows.append(bytes(out))
    return b"".join(rows)
