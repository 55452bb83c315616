"""A narrow one-shadow drop-shadow filter of a one-colour source (a tag's glow), its rows looked up at once.

Role: for :func:`pureog.raster.dropshadow.drop_shadow_spans`, the filter of a short text with one shadow
over a backdrop: each row's painted span, already over the backdrop, the same bytes the row-by-row
lookups give. Input: the band's source alpha and shadow alpha planes (``width`` bytes a row), the
planes' union (nonzero where either paints), the backdrop rows and the plain backdrop pixel.

Why: a tag's rows are ~100 px, and the row loop's set-up (one-shadow and clear tests, the plain
backdrop test, a code buffer, a table and a join a row: ~5 us) costs as much as the row's lookups.
Here each row is cut to its painted span and those spans' codes (shadow alpha, source alpha: 16
bits) are written and looked up in one call for the whole band
(:func:`~pureog.raster.shadow_codes.joined_pixels`); a span over a backdrop that is not the plain pixel
(a neighbour's glow reaching in) has its differing stretch looked up again with the backdrop in the key.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Protocol

from pureog.raster.shadow_codes import code_size, joined_pixels, row_codes

_BYTEORDER = sys.byteorder
_VARIED = code_size(6)  # shadow alpha, source alpha, the backdrop pixel's four bytes


class _Codes(Protocol):
    """A memo of output pixels that gives its tables by code (:class:`pureog.raster.dropshadow._Tables`)."""

    def codes(self, pixels: bytes, size: int, backdrop: bool) -> Mapping[int, bytes]: ...


class _Maths(_Codes, Protocol):
    """What this module needs of :class:`pureog.raster.dropshadow._PixelMaths`: its code tables, and its
    lookups over one backdrop pixel."""

    def over_backdrop(self, backdrop: int) -> _Codes: ...


def block_spans(maths: _Maths, pixels: bytes, source_alpha: bytes | bytearray, shadow_alpha: bytes | bytearray,
                width: int, union: bytes, backdrop_rows: Sequence[bytes | bytearray],
                plain: bytes | bytearray) -> list[tuple[int, bytes | bytearray] | None]:
    """Each band row's painted span ``(lo, pixels)`` over its backdrop row, None where nothing paints, for a
    filter with one shadow (``shadow_alpha``: its plane over the band) of a source whose premultiplied
    pixel for each alpha is ``pixels`` (:func:`~pureog.raster.shadow_codes.alpha_pixels`); ``plain``: the
    backdrop's usual pixel. The filter must leave a pixel where the source and the shadow are clear
    as it is (``stays_clear``): only the spans between each row's first and last painted pixel are done."""
    bounds: list[tuple[int, int] | None] = []
    sources: list[bytes | bytearray] = []
    shadows: list[bytes | bytearray] = []
    for o in range(0, len(union), width):
        line = union[o : o + width]
        rest = line.lstrip(b"\x00")
        if not rest:
            bounds.append(None)
            continue
        lo, hi = width - len(rest), len(line.rstrip(b"\x00"))
        bounds.append((lo, hi))
        sources.append(source_alpha[o + lo : o + hi])
        shadows.append(shadow_alpha[o + lo : o + hi])
    over = maths.over_backdrop(int.from_bytes(plain, _BYTEORDER))
    source = b"".join(sources)
    shadow = b"".join(shadows)
    out = joined_pixels(over.codes(pixels, 2, False), row_codes(2, source, [shadow]))
    plain_row = plain * width
    varied: Mapping[int, bytes] | None = None
    spans: list[tuple[int, bytes | bytearray] | None] = []
    at = 0  # the span's first pixel in the joined spans
    for y, bound in enumerate(bounds):
        if bound is None:
            spans.append(None)
            continue
        lo, hi = bound
        n = hi - lo
        row: bytes | bytearray = out[4 * at : 4 * (at + n)]
        back = backdrop_rows[y]
        if not back.startswith(plain_row[: 4 * n], 4 * lo):  # (a memcmp in place)
            a, b = _differing(back, lo, hi, plain)
            if varied is None:
                varied = maths.codes(pixels, _VARIED, True)
            i, j = at + a - lo, at + b - lo
            row = bytearray(row)
            row[4 * (a - lo) : 4 * (b - lo)] = b"".join(map(varied.__getitem__, row_codes(
                _VARIED, source[i:j], [shadow[i:j]], back[4 * a : 4 * b])))
        spans.append((lo, row))
        at += n
    return spans


def _differing(back: bytes | bytearray, lo: int, hi: int, pixel: bytes | bytearray) -> tuple[int, int]:
    """The columns ``[a, b)`` of ``back`` (RGBA, a row) between ``lo`` and ``hi`` outside which every pixel
    is ``pixel`` (some pixel there is not). One XOR of the span and copies of the pixel as big ints
    (little-endian: pixel ``i`` is bits ``32 i .. 32 i + 31``), read by its lowest and highest set bit."""
    diff = int.from_bytes(back[4 * lo : 4 * hi], "little") ^ int.from_bytes(pixel * (hi - lo), "little")
    return lo + ((diff & -diff).bit_length() - 1) // 32, lo + (diff.bit_length() + 31) // 32


__all__ = ["block_spans"]
