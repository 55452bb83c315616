"""The VP8 loop filter (RFC 6386 section 15), bit-exact with libwebp's (``dsp/dec.c``).

Applied after the whole frame is reconstructed, macroblock by macroblock in raster order, as libwebp
orders it: left edge, inner vertical edges, top edge, inner horizontal edges (a later edge reads what an
earlier one wrote, so the order is part of the result). The simple filter changes luma only, one
pixel on each side of an edge; the normal filter changes up to three on each side of macroblock edges
and two on each side of inner edges, luma and chroma, with libwebp's "high edge variance" test
choosing the gentler filter. An edge with no step across it (equal pixels on both sides) is skipped:
every filter variant adds 0 there, and flat areas are common in cards.

Speed: an edge's eight taps are gathered with (strided) slices, so the pixels of all 8 or 16 lines of
an edge come out of C in one go; the per-line arithmetic is the documented Python hot loop, with
clamping by table lookups, and changed taps go back by slice assignment.
Imports nothing from pureog.
"""

from __future__ import annotations

from collections.abc import Iterator

from pureog.records import record

_SCLIP1 = [max(-128, min(127, v - 1020)) for v in range(2041)]  # [v + 1020]: v clamped to -128..127
_SCLIP2 = [max(-16, min(15, v - 112)) for v in range(225)]  # [v + 112]: v clamped to -16..15
_CLIP = [max(0, min(255, v - 255)) for v in range(767)]  # [v + 255]: v clamped to 0..255


@record
class Strength:
    """A macroblock's filter parameters (libwebp's VP8FInfo)."""

    limit: int
    """Edge limit of the inner edges; macroblock edges use ``limit + 4``. 0: no filtering."""
    interior: int
    hev_threshold: int
    inner: bool
    """Filter the inner (4x4 block) edges too."""


def _taps(plane: bytearray, o: int, across: int, along: int, count: int) -> list[bytearray]:
    """The 8 taps p3 p2 p1 p0 q0 q1 q2 q3 of ``count`` lines across the edge before pixel ``o``."""
    return [plane[o + t * across : o + t * across + count * along : along] for t in range(-4, 4)]


def _put(plane: bytearray, o: int, across: int, along: int, count: int, taps: list[bytearray],
         first: int, last: int) -> None:
    for t in range(first, last):
        plane[o + (t - 4) * across : o + (t - 4) * across + count * along : along] = taps[t]


def _simple(plane: bytearray, o: int, across: int, along: int, threshold: int) -> None:
    """The simple filter on one 16-line luma edge: p0 and q0 move toward each other."""
    p1s, p0s, q0s, q1s = (plane[o + t * across : o + t * across + 16 * along : along] for t in (-2, -1, 0, 1))
    if p0s == q0s and p1s == q1s:  # no step across the edge: the filter adds 0
        return
    limit = 2 * threshold + 1
    changed = False
    for n, (p1, p0, q0, q1) in enumerate(zip(p1s, p0s, q0s, q1s, strict=True)):
        if 4 * abs(p0 - q0) + abs(p1 - q1) <= limit:
            a = 3 * (q0 - p0) + _SCLIP1[p1 - q1 + 1020]
            p0s[n] = _CLIP[p0 + _SCLIP2[((a + 3) >> 3) + 112] + 255]
            q0s[n] = _CLIP[q0 - _SCLIP2[((a + 4) >> 3) + 112] + 255]
            changed = True
    if changed:
        plane[o - across : o - across + 16 * along : along] = p0s
        plane[o : o + 16 * along : along] = q0s


def _normal(plane: bytearray, o: int, across: int, along: int, count: int, threshold: int, interior: int,
            hev: int, macroblock_edge: bool) -> None:
    """The normal filter on one edge of ``count`` lines."""
    taps = _taps(plane, o, across, along, count)
    p2s, p1s, p0s, q0s, q1s, q2s = taps[1:7]
    if p0s == q0s and p1s == q1s:  # no step across the edge: every filter variant adds 0
        return
    limit = 2 * threshold + 1
    changed = False
    for n, (p3, p2, p1, p0, q0, q1, q2, q3) in enumerate(zip(*taps, strict=True)):
        if (4 * abs(p0 - q0) + abs(p1 - q1) > limit or abs(p3 - p2) > interior or abs(p2 - p1) > interior
                or abs(p1 - p0) > interior or abs(q3 - q2) > interior or abs(q2 - q1) > interior
                or abs(q1 - q0) > interior):
            continue
        changed = True
        if abs(p1 - p0) > hev or abs(q1 - q0) > hev:  # high edge variance: only p0 and q0 move
            a = 3 * (q0 - p0) + _SCLIP1[p1 - q1 + 1020]
            p0s[n] = _CLIP[p0 + _SCLIP2[((a + 3) >> 3) + 112] + 255]
            q0s[n] = _CLIP[q0 - _SCLIP2[((a + 4) >> 3) + 112] + 255]
        elif macroblock_edge:
            a = _SCLIP1[3 * (q0 - p0) + _SCLIP1[p1 - q1 + 1020] + 1020]
            a1 = (27 * a + 63) >> 7
            a2 = (18 * a + 63) >> 7
            a3 = (9 * a + 63) >> 7
            p2s[n] = _CLIP[p2 + a3 + 255]
            p1s[n] = _CLIP[p1 + a2 + 255]
            p0s[n] = _CLIP[p0 + a1 + 255]
            q0s[n] = _CLIP[q0 - a1 + 255]
            q1s[n] = _CLIP[q1 - a2 + 255]
            q2s[n] = _CLIP[q2 - a3 + 255]
        else:
            a = 3 * (q0 - p0)
            a1 = _SCLIP2[((a + 4) >> 3) + 112]
            a2 = _SCLIP2[((a + 3) >> 3) + 112]
            a3 = (a1 + 1) >> 1
            p1s[n] = _CLIP[p1 + a3 + 255]
            p0s[n] = _CLIP[p0 + a2 + 255]
            q0s[n] = _CLIP[q0 - a1 + 255]
            q1s[n] = _CLIP[q1 - a3 + 255]
    if changed:  # macroblock edges move three pixels on each side, inner edges two
        first, last = (1, 7) if macroblock_edge else (2, 6)
        _put(plane, o, across, along, count, taps, first, last)


def _edges(origin: int, stride: int, size: int, strength: Strength, has_left: bool,
           has_top: bool) -> Iterator[tuple[int, int, int, int, bool]]:
    """(offset, across, along, threshold, macroblock edge) of a macroblock's edges, in filtering order."""
    if has_left:
        yield origin, 1, stride, strength.limit + 4, True
    if strength.inner:
        for x in range(4, size, 4):
            yield origin + x, 1, stride, strength.limit, False
    if has_top:
        yield origin, stride, 1, strength.limit + 4, True
    if strength.inner:
        for y in range(4, size, 4):
            yield origin + y * stride, stride, 1, strength.limit, False


def filter_macroblock(simple: bool, strength: Strength, has_left: bool, has_top: bool, luma: bytearray,
                      luma_origin: int, luma_stride: int, chroma: tuple[bytearray, bytearray],
                      chroma_origin: int, chroma_stride: int) -> None:
    """Filter the edges of one macroblock (its left and top edges only when it has neighbours there)."""
    if strength.limit == 0:
        return
    if simple:
        for o, across, along, threshold, _ in _edges(luma_origin, luma_stride, 16, strength, has_left, has_top):
            _simple(luma, o, across, along, threshold)
        return
    interior, hev = strength.interior, strength.hev_threshold
    for o, across, along, threshold, edge in _edges(luma_origin, luma_stride, 16, strength, has_left, has_top):
        _normal(luma, o, across, along, 16, threshold, interior, hev, edge)
    for plane in chroma:
        for o, across, along, threshold, edge in _edges(chroma_origin, chroma_stride, 8, strength, has_left,
                                                        has_top):
            _normal(plane, o, across, along, 8, threshold, interior, hev, edge)
