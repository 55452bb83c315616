"""Blue zones of a face in font units, as FreeType's ``af_latin_metrics_init_blues`` finds them.

Role: ``latin_blues(face) -> list[Blue] | None``: for each of the Latin blue strings (afblue.dat: capital
top and bottom, ascender, x-height, small bottom, descender), the extreme point of each of its
characters' outlines (the highest for a top zone, the lowest for a bottom zone), sorted into flat
extremes (an on-curve point between on-curve neighbours: ``x``'s top) and round ones (on a curve:
``o``'s top); the zone's reference is the median flat extreme, its overshoot the median round one.
None where the face lacks the x-height characters (not a Latin font: left unhinted). Font units, y up.
"""

from __future__ import annotations

from dataclasses import dataclass

from pureog.text.autofit.points import contours
from pureog.text.fonts import FontFace
from pureog.text.outline import unit_outline


@dataclass(frozen=True)
class Blue:
    """One blue zone: ``ref`` the flat position, ``shoot`` the overshoot (font units, y up)."""

    ref: float
    shoot: float
    top: bool
    x_height: bool


_LATIN = (  # (characters, top zone, the x-height zone)
    ("THEZOCQS", True, False),
    ("HEZLOCUS", False, False),
    ("fijkdbh", True, False),
    ("uvxzoesc", True, True),
    ("nrxzoesc", False, False),
    ("pqgjy", False, False),
)


def latin_blues(face: FontFace) -> list[Blue] | None:
    """The face's Latin blue zones, None without an x-height zone."""
    blues: list[Blue] = []
    for chars, top, x_height in _LATIN:
        flats: list[float] = []
        rounds: list[float] = []
        for ch in chars:
            gid = face.glyph_index(ord(ch))
            if not gid:
                continue
            extreme = _extreme(face, gid, top)
            if extreme is not None:
                (flats if extreme[1] else rounds).append(extreme[0])
        if not flats and not rounds:
            if x_height:
                return None
            continue
        flats.sort()
        rounds.sort()
        ref = flats[len(flats) // 2] if flats else rounds[len(rounds) // 2]
        shoot = rounds[len(rounds) // 2] if rounds else ref
        if shoot != ref and top != (shoot > ref):  # an overshoot on the wrong side: one position
            ref = shoot = float(int((ref + shoot) / 2))  # (C's integer division)
        blues.append(Blue(ref, shoot, top, x_height))
    return _unoverlapped(blues) if any(b.x_height for b in blues) else None


def _unoverlapped(blues: list[Blue]) -> list[Blue]:
    """The zones with FreeType's overlap rule applied (the end of ``af_latin_metrics_init_blues``): in
    the order of their lower ends, a zone's upper end (a top zone's overshoot, a bottom zone's reference)
    is lowered to the next zone's overshoot (a top zone) or reference (a bottom zone) where it passes
    it. Geist's capital overshoot (726 units) thus falls to the ``f`` zone's 710, the capital zone
    loses its overshoot and round capitals' tops are placed as stems, not snapped to it."""
    ends = [[b.ref, b.shoot] for b in blues]
    order = sorted(range(len(blues)), key=lambda i: blues[i].ref if blues[i].top else blues[i].shoot)
    for i, j in zip(order, order[1:], strict=False):
        upper = 1 if blues[i].top else 0
        bound = ends[j][1] if blues[j].top else ends[j][0]
        if ends[i][upper] > bound:
            ends[i][upper] = bound
    return [Blue(ref, shoot, b.top, b.x_height) for b, (ref, shoot) in zip(blues, ends, strict=True)]


def _extreme(face: FontFace, gid: int, top: bool) -> tuple[float, bool] | None:
    """The glyph's highest (``top``) or lowest point, font units y up, and whether it is flat."""
    best: tuple[float, bool] | None = None
    for contour in contours(unit_outline(face, gid)):
        n = len(contour)
        for i, (_, y, on) in enumerate(contour):
            up = -y
            if best is not None and (up <= best[0] if top else up >= best[0]):
                continue
            prev, nxt = contour[i - 1], contour[(i + 1) % n]
            flat = on and prev[2] and nxt[2]
            best = (up, flat)
    return best


def max_stem_width(face: FontFace) -> float:
    """The widest horizontal stroke of the face's ``o`` (font units; 0 without one): FreeType's largest
    standard width (``af_latin_metrics_init_widths``), which bounds the stems it links freely."""
    from pureog.text.autofit.edges import TooManyStems, glyph_edges  # noqa: PLC0415  (edges imports nothing of ours)
    from pureog.text.autofit.fit import max_pairs  # noqa: PLC0415  (fit imports scale, which imports this)

    gid = face.glyph_index(ord("o"))
    if not gid:
        return 0.0
    outline = unit_outline(face, gid)
    shapes = [[(x, -y, on) for x, y, on in contour] for contour in contours(outline)]
    try:
        edges = glyph_edges(shapes, 6000 / 2048 * face.units_per_em, max_pairs=max_pairs(len(outline.segments)))
    except TooManyStems:  # (a hostile ``o``: no standard width, as for a face without one)
        return 0.0
    widths = [e.opos - e.link.opos for e in edges if e.link is not None and e.ink_below]
    return max(widths, default=0.0)
