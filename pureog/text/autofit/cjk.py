"""The CJK writing system of FreeType 2.12.1's auto-fitter in light mode (``afcjk.c``), for the glyphs of
its fallback style (``hani``): the glyphs no cmap code point reaches in a face that is not CJK.

Role: ``hint_cjk_path(path, px_per_unit, units_per_em) -> Path``. Without HarfBuzz (Debian's libfreetype)
every GSUB-only form (Arabic joined forms, Devanagari conjuncts, Latin ligatures, small capitals) falls
to ``hani``, and the CJK system hints BOTH dimensions even in light mode (only the Latin one turns its
horizontal hinting off there). A face that is not CJK has none of hani's blue characters (田 囗 and the
ideographs of afblue.dat) nor its standard ones, so FreeType finds no blue zones, keeps the font's scale
(no x-height fitting) and takes 50/2048 em as the standard stem width, a fifth of which is the distance
within which segments make one edge. Per dimension, in FreeType's 26.6 integers over font-unit segments:

- segments as the Latin system finds them (:func:`.edges.segments`, the x dimension read with x and y
  swapped), round when no two successive points of one are on-curve;
- links (``af_cjk_hints_link_segments``): each segment of the major direction (ink above or to the right)
  with the opposite one beyond it that overlaps it by 8/2048 em and scores best (its distance, a closer
  one winning within 7/8, an equal one by a longer overlap), then FreeType's serif rule for stems that
  widen at an end, then unreturned links dropped (a serif kept where the partner's own link is near);
- edges (``af_cjk_hints_compute_edges``): segments in their order join the nearest edge of their
  direction within the threshold whose linked segments also lie within it of their own link;
- edge hinting (``af_cjk_hint_edges``, light: no stem width changes): each stem placed by its centre,
  moved at most 14/64 px toward the grid (``af_hint_normal_stem``; in x the first stem's move carries to
  the others), a stem starting within 1 px of the last one placed left for interpolation, lowercase
  ``m``'s three stems kept evenly spaced in x, then serifs and lone edges;
- points: each edge's points moved by its move, strong points interpolated between the edges by their
  font-unit position, weak ones along their contours (:func:`.weak.align_points`).

Hostile outlines are bounded as the Latin system's are (:func:`.fit.max_pairs`: segments of each
direction compared pairwise). Imports only pureog.path and the autofit modules.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from pureog.path import Path
from pureog.text.autofit.edges import TooManyStems, segments
from pureog.text.autofit.fit import max_pairs
from pureog.text.autofit.fixed import c_div, div_fix, mul_div, mul_fix
from pureog.text.autofit.points import contours, implied_midpoints, rebuilt
from pureog.text.autofit.weak import align_points

_HORZ, _VERT = 0, 1
Unit = tuple[int, int, bool]
"""A point in font units, y up, and whether it is on-curve."""


@dataclass(eq=False)
class _Seg:
    """A segment in font units: its position across the dimension and its extent along it."""

    pos: int
    lo: int
    hi: int
    major: bool
    """FreeType's major direction: the ink above (y) or to the right (x)."""
    round: bool
    points: list[tuple[int, int]]
    score: int = 32000
    length: int = 0
    link: _Seg | None = None
    serif: _Seg | None = None
    edge: _Edge | None = None


@dataclass(eq=False)
class _Edge:
    fpos: int
    opos: int
    pos: int
    major: bool
    segs: list[_Seg] = field(default_factory=list)
    link: _Edge | None = None
    serif: _Edge | None = None
    round: bool = False
    done: bool = False


def hint_cjk_path(path: Path, px_per_unit: float, units_per_em: int) -> Path:
    """``path`` (px, y down, from a face of ``units_per_em`` at ``px_per_unit``) hinted in x and y as
    FreeType's CJK writing system hints a glyph of a face without CJK blue zones."""
    size = int(px_per_unit * units_per_em * 64 + 1e-9)  # Skia's 26.6 text size (truncated)
    if size <= 0:
        return path
    scale = (size * 65536 + units_per_em // 2) // units_per_em  # FreeType's 16.16 scale, both axes
    raw = contours(path)
    implied = [implied_midpoints(contour) for contour in raw]
    units = [[(round(x / px_per_unit), round(-y / px_per_unit)) for x, y, _ in contour] for contour in raw]
    shapes: list[list[Unit]] = [[(ux, uy, on) for (ux, uy), (_, _, on) in zip(cu, c, strict=True)]
                                for cu, c in zip(units, raw, strict=True)]
    std = 50 * units_per_em // 2048  # (no standard character: AF_LATIN_CONSTANT(50))
    threshold = std // 5
    if mul_fix(threshold, scale) > 16:  # at most 1/4 px
        threshold = (16 * 65536 + scale // 2) // scale  # FT_DivFix(16, scale)
    limit = max_pairs(len(path.segments))
    hinted = []
    for dim in (_HORZ, _VERT):
        hinted.append(_hint_dim(shapes, units, implied, dim, scale, units_per_em, threshold, limit))
    return rebuilt(path, hinted[_VERT], hinted[_HORZ])


def _hint_dim(shapes: list[list[Unit]], units: list[list[tuple[int, int]]], implied: list[list[bool]],
              dim: int, scale: int, upem: int, threshold: int, limit: int) -> list[list[float]]:  # fmt: skip
    """Every point's hinted coordinate in ``dim`` (px: x, or y up)."""
    # the x dimension is read as the y one with the axes swapped: its "horizontal" segments are then the
    # glyph's vertical strokes, and the ink above them is the ink to their right
    axes = [[(p[1], p[0], p[2]) if dim == _HORZ else p for p in contour] for contour in shapes]
    segs = _segments(axes)
    majors = sum(1 for s in segs if s.major)
    if majors * (len(segs) - majors) > limit:
        raise TooManyStems(f"{majors} and {len(segs) - majors} segments")
    _link(segs, upem, scale)
    edges = _edges(segs, scale, threshold, limit)
    _hint_edges(edges, dim)
    moved: dict[tuple[int, int], float] = {}
    for edge in edges:
        delta = edge.pos - edge.opos
        for seg in edge.segs:
            for c, j in seg.points:
                moved[c, j] = (mul_fix(axes[c][j][1], scale) + delta) / 64
    along = [[(float(p[0]), mul_fix(p[1], scale) / 64, p[2]) for p in contour] for contour in axes]
    return align_points(along, units, implied, moved, _strong(edges), 20 * upem // 2048, dim)


def _segments(axes: list[list[Unit]]) -> list[_Seg]:
    """The Latin system's segments in font units, with the CJK system's roundness."""
    out = []
    for seg in segments([[(float(x), float(y), on) for x, y, on in contour] for contour in axes]):
        pts = [axes[c][j] for c, j in seg.points]
        ys = [p[1] for p in pts]
        xs = [p[0] for p in pts]
        # round: no two successive on-curve points (afcjk.c's own test, not the Latin one)
        rnd = not any(a[2] and b[2] for a, b in zip(pts, pts[1:], strict=False))
        out.append(_Seg((min(ys) + max(ys)) >> 1, min(xs), max(xs), not seg.ink_below, rnd, seg.points))
    return out


def _link(segs: list[_Seg], upem: int, scale: int) -> None:
    """``af_cjk_hints_link_segments``: stems, serifs, and unreturned links dropped. Each major segment
    is compared with each minor one (the caller bounds that product); FreeType's search for the segments
    linked to a serif's stem is a lookup in an index here (each segment unlinked once: linear)."""
    len_threshold = 8 * upem // 2048
    dist_threshold = (64 * 3 * 65536 + scale // 2) // scale  # 3 px in font units (FT_DivFix)
    minors = [seg for seg in segs if not seg.major]
    for seg1 in segs:
        if not seg1.major:
            continue
        for seg2 in minors:
            dist = seg2.pos - seg1.pos
            if dist < 0:
                continue
            overlap = min(seg1.hi, seg2.hi) - max(seg1.lo, seg2.lo)
            if overlap < len_threshold:
                continue
            for seg, other in ((seg1, seg2), (seg2, seg1)):
                if dist * 8 < seg.score * 9 and (dist * 8 < seg.score * 7 or seg.length < overlap):
                    seg.score, seg.length, seg.link = dist, overlap, other
    linked: dict[int, dict[int, _Seg]] = {}  # id(segment) -> the segments linked to it, by id
    for seg in segs:
        if seg.link is not None:
            linked.setdefault(id(seg.link), {})[id(seg)] = seg

    def unlink(seg: _Seg) -> None:
        if seg.link is not None:
            linked.get(id(seg.link), {}).pop(id(seg), None)
            seg.link = None

    stems = [seg for seg in segs if seg.link is not None and seg.link.link is seg and seg.link.pos > seg.pos]
    for seg1 in stems:  # stems that widen at an end: the ends become serifs, or the stem is dropped
        link1 = seg1.link
        if link1 is None or link1.link is not seg1 or link1.pos <= seg1.pos or seg1.score >= dist_threshold:
            continue
        for seg2 in segs:
            if seg2.pos > seg1.pos or seg2 is seg1:
                continue
            link2 = seg2.link
            if link2 is None or link2.link is not seg2 or link2.pos < link1.pos:
                continue
            if seg1.pos == seg2.pos and link1.pos == link2.pos:
                continue
            if seg2.score <= seg1.score or seg1.score * 4 <= seg2.score:
                continue
            if seg1.length >= seg2.length * 3:  # (seg2 < seg1 < link1 < link2)
                for target, serif in ((seg2, link1), (link2, seg1)):
                    for seg in list(linked.get(id(target), {}).values()):
                        unlink(seg)
                        seg.serif = serif
            else:
                unlink(seg1)
                unlink(link1)
                break
    for seg1 in segs:
        partner = seg1.link
        if partner is not None and partner.link is not seg1:
            unlink(seg1)
            if partner.score < dist_threshold or seg1.score < partner.score * 4:
                seg1.serif = partner.link


def _edges(segs: list[_Seg], scale: int, threshold: int, limit: int) -> list[_Edge]:
    """``af_cjk_hints_compute_edges``: the edges sorted by position (at one position, the minor
    direction's first), each with its link or serif and roundness. A segment is compared only with the
    edges within the threshold of it (found by bisection in the sorted edges: the others cannot take it),
    at most ``limit`` comparisons in all (:class:`TooManyStems` past that)."""
    edges: list[_Edge] = []
    fposes: list[int] = []
    budget = limit
    for seg in segs:
        found, best = None, 0xFFFF
        first = bisect_left(fposes, seg.pos - threshold + 1)
        last = bisect_left(fposes, seg.pos + threshold)
        budget -= last - first
        if budget < 0:
            raise TooManyStems(f"{len(segs)} segments near one another")
        for edge in edges[first:last]:  # (dist < threshold: fpos in (pos - threshold, pos + threshold))
            if edge.major != seg.major:
                continue
            dist = abs(seg.pos - edge.fpos)
            if dist < best:
                if seg.link is not None:  # every linked segment of the edge near this one's link
                    budget -= len(edge.segs)
                    if budget < 0:
                        raise TooManyStems(f"{len(segs)} segments on one edge")
                    dist2 = 0
                    for seg1 in edge.segs:
                        if seg1.link is not None:
                            dist2 = abs(seg.link.pos - seg1.link.pos)
                            if dist2 >= threshold:
                                break
                    if dist2 >= threshold:
                        continue
                found, best = edge, dist
        if found is None:
            opos = mul_fix(seg.pos, scale)
            found = _Edge(seg.pos, opos, opos, seg.major)
            # after the edges at its position, a minor one before them (FreeType's order at one position)
            k = bisect_left(fposes, seg.pos + 1 if seg.major else seg.pos)
            edges.insert(k, found)
            fposes.insert(k, seg.pos)
        found.segs.append(seg)
        seg.edge = found
    for edge in edges:
        rounds = 0
        for seg in edge.segs:
            rounds += seg.round
            is_serif = seg.serif is not None and seg.serif.edge is not edge
            if seg.link is None and not is_serif:
                continue
            seg2 = seg.serif if is_serif else seg.link
            edge2 = edge.serif if is_serif else edge.link
            assert seg2 is not None and seg2.edge is not None
            if edge2 is None or abs(seg.pos - seg2.pos) < abs(edge.fpos - edge2.fpos):
                edge2 = seg2.edge
            if is_serif:
                edge.serif = edge2
            else:
                edge.link = edge2
        edge.round = rounds > 0 and rounds >= len(edge.segs) - rounds
        if edge.serif is not None and edge.link is not None:
            edge.serif = None
    return edges


def _hint_edges(edges: list[_Edge], dim: int) -> None:
    """``af_cjk_hint_edges`` in light mode without blue zones (26.6)."""
    index = {id(e): k for k, e in enumerate(edges)}
    anchor = False
    delta = 0
    last_stem: int | None = None
    for k, edge in enumerate(edges):
        edge2 = edge.link
        if edge.done or edge2 is None:
            continue
        if last_stem is not None and (edge.pos < last_stem + 64 or edge2.pos < last_stem + 64):
            continue  # (too near the last stem: interpolated below, so the gap between them stays)
        if index[id(edge2)] < k:
            edge.pos = edge2.pos + edge.opos - edge2.opos
            edge.done = True
            last_stem = edge.pos
            continue
        if dim == _HORZ and not anchor:
            delta = _normal_stem(edge, edge2, 0, dim)
        else:
            _normal_stem(edge, edge2, delta, dim)
        anchor = True
        edge.done = edge2.done = True
        last_stem = edge2.pos
    n = len(edges)
    if dim == _HORZ and n in (6, 12):  # lowercase m: its three stems evenly spaced
        e1, e2, e3 = (0, 2, 4) if n == 6 else (1, 5, 9)
        span = abs((edges[e2].opos - edges[e1].opos) - (edges[e3].opos - edges[e2].opos))
        if all(edges[e].link is edges[e + 1] for e in (e1, e2, e3)) and span < 8:
            shift = edges[e3].pos - (2 * edges[e2].pos - edges[e1].pos)
            for e in (e3, e3 + 1) + ((8, 11) if n == 12 else ()):
                edges[e].pos -= shift
            edges[e3].done = edges[e3 + 1].done = True
    for edge in edges:  # serifs
        if not edge.done and edge.serif is not None:
            edge.pos = edge.serif.pos + edge.opos - edge.serif.opos
            edge.done = True
    after_of: list[int | None] = [None] * n  # the next edge placed above, for each edge (linear)
    for k in range(n - 2, -1, -1):
        after_of[k] = k + 1 if edges[k + 1].done else after_of[k + 1]
    before: int | None = None
    for k, edge in enumerate(edges):  # lone edges (this pass marks none done: FreeType's neither)
        if edge.done:
            before = k
            continue
        after = after_of[k]
        if before is None and after is not None:
            edge.pos = edges[after].pos + edge.opos - edges[after].opos
        elif after is None and before is not None:
            edge.pos = edges[before].pos + edge.opos - edges[before].opos
        elif before is not None and after is not None:
            b, a = edges[before], edges[after]
            edge.pos = b.pos if a.fpos == b.fpos else b.pos + mul_div(edge.fpos - b.fpos, a.pos - b.pos,
                                                                        a.fpos - b.fpos)


def _normal_stem(edge: _Edge, edge2: _Edge, anchor: int, dim: int) -> int:
    """``af_hint_normal_stem`` in light mode: the stem keeps its width and moves its centre (plus
    ``anchor``) at most 14/64 px so its edges near the grid; the move is returned."""
    if edge.round and edge2.round:
        threshold = 64 - (9 if dim == _VERT else 15)
    else:
        threshold = 64 - (3 if dim == _VERT else 5)
    length = edge2.opos - edge.opos
    center = c_div(edge.opos + edge2.opos, 2) + anchor
    pos1 = center - c_div(length, 2)
    pos2 = pos1 + length
    d_off1, d_off2 = pos1 & 63, pos2 & 63
    u_off1, u_off2 = 64 - d_off1, 64 - d_off2
    delta = 0
    if d_off1 == 0 or d_off2 == 0:
        pass
    elif length <= threshold:
        if d_off2 < length:
            delta = u_off1 if u_off1 <= d_off2 else -d_off2
    elif not (d_off1 >= threshold or u_off1 >= threshold or d_off2 >= threshold or u_off2 >= threshold):
        offset = length & 63
        if offset >= 32 or not (u_off1 <= offset or d_off2 <= offset):
            if offset >= 32:
                offset = 64 - threshold
            d_off1, u_off1 = threshold - u_off1, u_off1 - offset
            u_off2, d_off2 = threshold - d_off2, d_off2 - offset
            if d_off1 <= u_off1:
                u_off1 = -d_off1
            if d_off2 <= u_off2:
                u_off2 = -d_off2
            delta = u_off1 if abs(u_off1) <= abs(u_off2) else u_off2
    delta = max(-14, min(14, delta))
    pos1 += delta
    if edge.opos < edge2.opos:
        edge.pos, edge2.pos = pos1, pos1 + length
    else:
        edge.pos, edge2.pos = pos1 + length, pos1
    return delta


def _strong(edges: list[_Edge]) -> Callable[[float, int], float]:
    """``af_glyph_hints_align_strong_points``' interpolation: a point's coordinate (px, and font units)
    moved as the edges around it by font-unit position."""
    fposes = [e.fpos for e in edges]

    def move(coord: float, unit: int) -> float:
        if not edges:
            return coord
        ou = round(coord * 64)
        first, last = edges[0], edges[-1]
        if first.fpos - unit >= 0:
            return (first.pos - (first.opos - ou)) / 64
        if unit - last.fpos >= 0:
            return (last.pos + (ou - last.opos)) / 64
        k = bisect_left(fposes, unit)
        if fposes[k] == unit:
            return edges[k].pos / 64
        b, a = edges[k - 1], edges[k]
        ratio = div_fix(a.pos - b.pos, a.fpos - b.fpos)
        return (b.pos + mul_fix(unit - b.fpos, ratio)) / 64

    return move
