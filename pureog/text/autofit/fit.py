"""Edge hinting in light mode and the points that follow, as FreeType's ``af_latin_hint_edges`` and
``af_glyph_hints_align_*_points`` for the vertical dimension, without stem width adjustment.

Role: ``hint_path(path, metrics) -> Path``. Edges near a blue zone go to its fitted reference (flat) or
overshoot (round); a stem on such an edge keeps its width from it; other stems keep their width and
are placed from the first placed edge (the anchor), a stem under 1.5 px centred on a pixel row (or on
the line at 38/64 above / 26/64 below a pixel boundary over 1 px wide), wider ones with the edge nearer
a whole pixel on it. Lone edges are interpolated between placed ones. Each edge's points move to it;
the other points follow in :mod:`.weak` (FreeType's strong points between the edges by their height,
its weak ones along their contour); x stays.
"""

from __future__ import annotations

import bisect
import math

from pureog.path import Path
from pureog.text.autofit.edges import Edge, glyph_edges
from pureog.text.autofit.fixed import mul_div
from pureog.text.autofit.points import contours, implied_midpoints, rebuilt
from pureog.text.autofit.scale import ScaledBlues
from pureog.text.autofit.weak import align_points


def hint_path(path: Path, metrics: ScaledBlues, nonbase: bool = False) -> Path:
    """``path`` (px, y down) hinted in y; a ``nonbase`` glyph (a combining mark) is not snapped to the
    blue zones (``af_latin_hints_apply``)."""
    ratio = metrics.ratio
    raw = contours(path)
    shapes = [[(x, round(-y * ratio * 64) / 64, on) for x, y, on in contour]  # (FreeType's 26.6 points)
              for contour in raw]
    edges = glyph_edges(shapes, metrics.penalty, metrics.max_width, metrics.unit, max_pairs(len(path.segments)))
    if not nonbase:
        _blue_edges(edges, metrics)
    if metrics.top_to_bottom:  # (Devanagari: FreeType orders the edges from the top, the head line first)
        edges.reverse()
    _hint_edges(edges, metrics.top_to_bottom)
    moved: dict[tuple[int, int], float] = {}
    for edge in edges:
        for point in edge.points:
            moved[point] = edge.pos  # type: ignore[assignment]
    placed = sorted((e.opos, e.pos) for e in edges if e.pos is not None)
    known = _monotone(placed)
    px_per_unit = metrics.unit / ratio
    units = [[(round(x / px_per_unit), round(-y / px_per_unit)) for x, y, _ in contour] for contour in raw]
    ys = align_points(shapes, units, [implied_midpoints(contour) for contour in raw], moved,
                      lambda y, _: _map(known, y), 20 * metrics.units_per_em // 2048)
    return rebuilt(path, ys)


def max_pairs(segments: int) -> int:
    """The top and bottom edges a glyph of ``segments`` segments may pair (:func:`glyph_edges`: each
    compared with each, ~0.7 us a pair). A real glyph pairs at most ~1.1 a segment (Geist, Roboto,
    Noto, Nanum: 80 pairs at most); past this bound it is drawn unhinted. A glyph of 2,000 thin bars
    stacked took 3 s to pair, 25,000 (within the glyph's segment bound) would take minutes; the bound
    keeps pairing within what :data:`~pureog.limits.HINT_OUTLINE_WEIGHT` charges for it."""
    return 8 * segments + 256


def _blue_edges(edges: list[Edge], metrics: ScaledBlues) -> None:
    """Snaps each edge within :attr:`ScaledBlues.fuzz` of a zone (a top zone: edges with ink below; a
    neutral zone: either, at its reference)."""
    for edge in edges:
        best = metrics.fuzz
        for zone in metrics.zones:
            if zone.top != edge.ink_below and not zone.neutral:
                continue
            dist = abs(edge.opos - zone.ref)
            if dist < best:
                best, edge.blue, edge.neutral = dist, zone.ref_fit, zone.neutral
            if edge.round and dist != 0.0 and not zone.neutral and zone.top != (edge.opos < zone.ref):
                dist = abs(edge.opos - zone.shoot)
                if dist < best:
                    best, edge.blue, edge.neutral = dist, zone.shoot_fit, False


def _hint_edges(edges: list[Edge], top_to_bottom: bool = False) -> None:
    """Places every edge (``Edge.pos``): FreeType's order and rules, in its 26.6 integers. Edges ordered
    from the top (``top_to_bottom``) make every stem's length negative, so all stems take the thin
    stems' centring, as in FreeType."""
    o = [round(e.opos * 64) for e in edges]
    pos: list[int | None] = [None] * len(edges)
    index = {id(e): i for i, e in enumerate(edges)}
    anchor: int | None = None

    def at(k: int) -> int:
        placed = pos[k]
        assert placed is not None
        return placed

    for i, edge in enumerate(edges):  # blue edges, and the stems standing on them
        if pos[i] is not None:
            continue
        j = None if edge.link is None else index[id(edge.link)]
        if edge.link is not None and edge.blue is not None and edge.link.blue is not None:
            # a stem on a neutral and another zone keeps the other (two neutral ones: the first edge's)
            if edge.link.neutral:
                edge.link.blue, edge.link.neutral = None, False
            elif edge.neutral:
                edge.blue, edge.neutral = None, False
        if edge.blue is not None:
            first, second, blue = i, j, edge.blue
        elif j is not None and (other := edges[j].blue) is not None:
            first, second, blue = j, i, other
        else:
            continue
        pos[first] = round(blue * 64)
        if second is not None and edges[second].blue is None:
            pos[second] = at(first) + o[second] - o[first]  # (light hinting: the width kept)
        anchor = i if anchor is None else anchor
    for i, edge in enumerate(edges):  # the other stems, lower edge first
        if pos[i] is not None or edge.link is None:
            continue
        j = index[id(edge.link)]
        length = o[j] - o[i]
        if anchor is None:
            if length < 96:
                center = o[i] + (length >> 1)
                pos[i] = _center(center, length) - _half(length)
            else:
                pos[i] = _round(o[i])
            pos[j] = at(i) + length
            anchor = i
        else:
            start = at(anchor) + (o[i] - o[anchor])
            center = start + (length >> 1)
            if pos[j] is not None:
                pos[i] = at(j) - length
            elif length < 96:
                middle = _center(center, length)
                pos[i], pos[j] = middle - _half(length), middle + _half(length)
            else:
                low = _round(start)
                high = _round(start + length) - length
                pos[i] = low if abs(low + (length >> 1) - center) < abs(high + (length >> 1) - center) else high
                pos[j] = at(i) + length
            if i > 0 and pos[i - 1] is not None and (at(i) > at(i - 1) if top_to_bottom else at(i) < at(i - 1)) \
                    and abs(at(j) - at(i - 1)) > 16:
                pos[i] = at(i - 1)  # (never below the edge before, unless the stem would vanish)
    # the next edge placed by the steps above, for each edge: this loop places only the edge it is at,
    # so it stays so (searched per edge, a glyph of thousands of lone edges took seconds: quadratic)
    after_of: list[int | None] = [None] * len(edges)
    for k in range(len(edges) - 2, -1, -1):
        after_of[k] = k + 1 if pos[k + 1] is not None else after_of[k + 1]
    for i, edge in enumerate(edges):  # serifs and lone edges
        if pos[i] is not None:
            continue
        base = None if edge.serif is None else index[id(edge.serif)]
        if base is not None and pos[base] is not None and abs(o[base] - o[i]) < 64 + 16:
            pos[i] = at(base) + (o[i] - o[base])
        elif anchor is None:
            pos[i] = _round(o[i])
            anchor = i
        else:
            before = next((k for k in range(i - 1, -1, -1) if pos[k] is not None), None)
            after = after_of[i]
            if before is not None and after is not None:
                span = o[after] - o[before]
                pos[i] = at(before) if span == 0 else at(before) + mul_div(
                    o[i] - o[before], at(after) - at(before), span)
            else:
                pos[i] = at(anchor) + ((o[i] - o[anchor] + 16) & ~31)
    for k, edge in enumerate(edges):
        edge.pos = at(k) / 64


def _center(center: int, length: int) -> int:
    """A thin stem's centre (26.6): on a pixel row's middle (1 px or less), else 38/64 below or 26/64
    above the nearest pixel boundary, whichever is nearer."""
    up, down = (32, 32) if length <= 64 else (38, 26)
    near = _round(center)
    return near - up if abs(center - (near - up)) < abs(center - (near + down)) else near + down


def _half(length: int) -> int:
    """C's ``length / 2`` (toward zero)."""
    return -((-length) // 2) if length < 0 else length // 2


def _round(x: int) -> int:
    """``FT_PIX_ROUND``."""
    return (x + 32) & ~63


def _monotone(placed: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The placed edges with any that would fold the glyph (out of order once hinted) dropped."""
    out: list[tuple[float, float]] = []
    for opos, pos in placed:
        if out and (pos < out[-1][1] or opos == out[-1][0]):
            continue
        out.append((opos, pos))
    return out


def _map(known: list[tuple[float, float]], y: float) -> float:
    """``y`` moved as the edges around it moved: linearly between two, shifted beyond the last."""
    if not known:
        return y
    i = bisect.bisect_left(known, (y, -math.inf))
    if i == 0:
        return y + known[0][1] - known[0][0]
    if i == len(known):
        return y + known[-1][1] - known[-1][0]
    (o0, p0), (o1, p1) = known[i - 1], known[i]
    return p0 + (y - o0) * (p1 - p0) / (o1 - o0)
