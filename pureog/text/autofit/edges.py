"""A glyph's horizontal segments, edges and stems, as FreeType's ``af_latin_hints_compute_segments``,
``_link_segments`` and ``_compute_edges`` find them for the vertical dimension.

Role: ``glyph_edges(contours, unit) -> list[Edge]`` over contours in hinting space (px, y up, the
fitted vertical scale applied). A segment is a run of consecutive points joined by nearly horizontal
moves (the longer side over 14 times the shorter: ``af_direction_compute``) in one direction; it is
round when it holds a control point. Segments with ink on the same side within 1/4 px make an edge; a
top edge (ink below) and the nearest bottom edge below it overlapping it in x, each the other's best
(distance plus FreeType's length penalty), make a stem.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pureog.text.autofit.points import Point

_THRESHOLD = 0.25  # px: segments this close are one edge


@dataclass
class Segment:
    pos: float
    lo: float
    hi: float
    ink_below: bool
    round: bool
    points: list[tuple[int, int]]


@dataclass
class Edge:
    """One edge: its unhinted position ``opos`` and hinted ``pos`` (px, y up)."""

    opos: float
    lo: float
    hi: float
    ink_below: bool
    round: bool
    points: list[tuple[int, int]] = field(default_factory=list)
    pos: float | None = None
    link: Edge | None = None
    serif: Edge | None = None
    """An unlinked edge's base: its best partner's own stem edge (FreeType's serif)."""
    blue: float | None = None
    neutral: bool = False
    """Snapped to a neutral zone (dropped where the stem's other edge has a zone of its own)."""


def segments(contours: list[list[Point]]) -> list[Segment]:
    """The horizontal segments of the contours, with the side their ink lies on."""
    clockwise = _signed_area(contours) < 0  # (y up) TrueType's outer contours run clockwise
    out: list[Segment] = []
    for c, contour in enumerate(contours):
        n = len(contour)
        if n < 2:
            continue
        dirs = [_direction(contour[i], contour[(i + 1) % n]) for i in range(n)]
        if all(d == dirs[0] for d in dirs):
            continue
        start = next(i for i in range(n) if dirs[i] != dirs[i - 1])  # a run's first move
        i = 0
        while i < n:
            k = (start + i) % n
            d = dirs[k]
            length = 1
            while i + length < n and dirs[(start + i + length) % n] == d:
                length += 1
            if d != 0:
                idx = [(start + i + j) % n for j in range(length + 1)]
                pts = [contour[j] for j in idx]
                ys = [p[1] for p in pts]
                xs = [p[0] for p in pts]
                out.append(Segment((min(ys) + max(ys)) / 2, min(xs), max(xs), (d > 0) == clockwise,
                                   not all(p[2] for p in pts), [(c, j) for j in idx]))
            i += length
    return out


class TooManyStems(ValueError):
    """A glyph whose stems would take too long to pair (:func:`glyph_edges`' ``max_pairs``)."""


def glyph_edges(contours: list[list[Point]], penalty: float, max_width: float = 0.0, unit: float = 1.0,
                max_pairs: int | None = None) -> list[Edge]:  # fmt: skip
    """The edges of the contours, sorted by position, with their stems linked. ``penalty``: FreeType's
    length score in px squared (a stem's score is its width plus ``penalty`` over its overlap);
    ``max_width``: the font's widest standard stem (px; 0: unknown), within which a stem's width costs
    nothing; ``unit``: px per font unit; ``max_pairs``: :class:`TooManyStems` where more top and bottom
    edges would be compared (each top edge with each bottom one, as FreeType compares them)."""
    edges: list[Edge] = []
    # Segments come in order of position and an edge keeps its first segment's, so the edges within
    # the threshold of a segment are the last few made (from ``near`` on: an edge of each side at most
    # every 1/4 px); a search through every edge made a glyph of 16,000 steps take 12 s (quadratic).
    near = 0
    for seg in sorted(segments(contours), key=lambda s: s.pos):
        while near < len(edges) and seg.pos - edges[near].opos > _THRESHOLD:  # (the test below, negated)
            near += 1
        best: Edge | None = None
        for edge in edges[near:]:
            if edge.ink_below == seg.ink_below and abs(edge.opos - seg.pos) <= _THRESHOLD and (
                    best is None or abs(edge.opos - seg.pos) < abs(best.opos - seg.pos)):
                best = edge
        if best is None:
            edges.append(Edge(seg.pos, seg.lo, seg.hi, seg.ink_below, seg.round, list(seg.points)))
        else:
            best.lo, best.hi = min(best.lo, seg.lo), max(best.hi, seg.hi)
            best.round = best.round and seg.round
            best.points += seg.points
    if max_pairs is not None:
        tops = sum(1 for edge in edges if edge.ink_below)
        if tops * (len(edges) - tops) > max_pairs:
            raise TooManyStems(f"{tops} top and {len(edges) - tops} bottom edges")
    _link(edges, penalty, max_width, unit)
    return edges


def _link(edges: list[Edge], penalty: float, max_width: float, unit: float) -> None:
    """Pairs each top edge with the bottom edge below it that scores best, where that choice is mutual."""

    def demerit(dist: float) -> float:  # FreeType's, in font units (times px per unit)
        if max_width <= 0:
            return dist
        delta = int(dist * 1024 / max_width) - 1024
        return (32000 if delta > 10000 else delta * delta // 3000 if delta > 0 else 0) * unit

    def score(top: Edge, bottom: Edge) -> float | None:
        if bottom.opos >= top.opos:
            return None
        overlap = min(top.hi, bottom.hi) - max(top.lo, bottom.lo)
        if overlap <= 0:
            return None
        return demerit(top.opos - bottom.opos) + penalty / overlap

    def best(edge: Edge, others: list[Edge]) -> Edge | None:
        found, low = None, 0.0
        for other in others:
            s = score(edge, other) if edge.ink_below else score(other, edge)
            if s is not None and (found is None or s < low):
                found, low = other, s
        return found

    tops = [e for e in edges if e.ink_below]
    bottoms = [e for e in edges if not e.ink_below]

    partner: dict[int, Edge] = {}
    for edge in edges:
        found = best(edge, bottoms if edge.ink_below else tops)
        if found is not None:
            partner[id(edge)] = found
    for edge in edges:
        found = partner.get(id(edge))
        if found is None:
            continue
        if partner.get(id(found)) is edge:
            edge.link = found
        else:
            edge.serif = partner.get(id(found))


def _direction(a: Point, b: Point) -> int:
    """+1 a move right, -1 left, 0 not horizontal (FreeType's 14:1 ratio)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    if abs(dx) > 14 * abs(dy):
        return 1 if dx > 0 else -1 if dx < 0 else 0
    return 0


def _signed_area(contours: list[list[Point]]) -> float:
    area = 0.0
    for contour in contours:
        n = len(contour)
        for i in range(n):
            x0, y0 = contour[i][0], contour[i][1]
            x1, y1 = contour[(i + 1) % n][0], contour[(i + 1) % n][1]
            area += x0 * y1 - x1 * y0
    return area / 2
