"""Blue zones of a face in font units, as FreeType's ``af_latin_metrics_init_blues`` finds them.

Role: ``script_blues(face, script) -> list[Blue] | None``: for each of the script's blue strings
(afblue.dat; Latin's capital top and bottom, ascender, x-height, small bottom, descender), the extreme
point of each of its characters' outlines (the highest for a top zone, the lowest for a bottom zone),
sorted into flat extremes (``x``'s top) and round ones (``o``'s top); the zone's reference is the
median flat extreme, its overshoot the median round one. None where the face has none of the
characters (the script's glyphs are left unhinted). Font units, y up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pureog.limits import charge_glyph_segments
from pureog.text.autofit.gsub_cover import substitute
from pureog.text.autofit.points import contours, implied_midpoints
from pureog.text.autofit.styles import LATIN, NEUTRAL, TOP, X_HEIGHT, Script
from pureog.text.fonts import FontFace
from pureog.text.outline import unit_outline

if TYPE_CHECKING:
    from pureog.path import Path

Reads = list[tuple[int, int]]
"""The glyphs a face's zones and stem width were measured on: (glyph id, outline segments)."""


def charge_reads(face: FontFace, reads: Reads) -> None:
    """Charge the render the outlines measured for a face's zones, once per render and glyph (as a glyph
    placed for the first time: :func:`pureog.limits.charge_glyph_segments`), when they are measured and
    again when zones kept from an earlier render are scaled to a new size (a size already scaled and
    outlines already hinted are kept above this, uncharged; a render that reaches the budget here keeps
    nothing, so it is refused again): a font whose blue-zone letters hold 60,000 points each made the
    zones of seven scripts cost 5.8 s for seven letters of text."""
    for gid, segments in reads:
        charge_glyph_segments(0, (("autofit-blues", face.key, gid), face, segments))


def _read(face: FontFace, gid: int, reads: Reads) -> Path:
    """The glyph's outline in font units, charged to the render (:func:`charge_reads`)."""
    outline = unit_outline(face, gid)
    reads.append((gid, len(outline.segments)))
    charge_reads(face, reads[-1:])
    return outline


@dataclass(frozen=True)
class Blue:
    """One blue zone: ``ref`` the flat position, ``shoot`` the overshoot (font units, y up)."""

    ref: float
    shoot: float
    top: bool
    x_height: bool
    neutral: bool = False
    """A zone that takes edges of either direction (Arabic's tatweel, Devanagari's head line)."""


def latin_blues(face: FontFace) -> list[Blue] | None:
    """The face's Latin blue zones, None without any."""
    return script_blues(face, LATIN)


def script_blues(face: FontFace, script: Script, reads: Reads | None = None) -> list[Blue] | None:
    """The face's blue zones for ``script`` (``af_latin_metrics_init_blues``), None where none of its
    blue characters has an outline (FreeType then leaves the script's glyphs unhinted). ``reads``
    collects the glyphs measured (:func:`charge_reads`)."""
    reads = [] if reads is None else reads
    blues: list[Blue] = []
    for chars, props in script.blues:
        top, neutral = bool(props & TOP), bool(props & NEUTRAL)
        flats: list[float] = []
        rounds: list[float] = []
        for ch in chars:
            gid = _blue_glyph(face, script, ch)
            if not gid:
                continue
            extreme = _extreme(face, gid, top, reads)
            if extreme is None or (neutral and not extreme[1]):  # (a neutral zone: flat extremes only)
                continue
            (flats if extreme[1] else rounds).append(extreme[0])
        if not flats and not rounds:
            continue
        flats.sort()
        rounds.sort()
        ref = flats[len(flats) // 2] if flats else rounds[len(rounds) // 2]
        shoot = rounds[len(rounds) // 2] if rounds else ref
        if shoot != ref and top != (shoot > ref):  # an overshoot on the wrong side: one position
            ref = shoot = float(int((ref + shoot) / 2))  # (C's integer division)
        blues.append(Blue(ref, shoot, top, bool(props & X_HEIGHT), neutral))
    return _unoverlapped(blues) if blues else None


def _blue_glyph(face: FontFace, script: Script, ch: str) -> int:
    """The glyph of a blue or standard character: its cmap glyph, or for a feature style (small
    capitals, ...) the form its feature gives it, 0 where the feature leaves it as it is (FreeType's
    ``af_shaper_get_cluster`` then returns no glyph)."""
    gid = face.glyph_index(ord(ch))
    if not script.lookups or not gid:
        return gid
    form = substitute(face, script.lookups, gid)
    return form if form != gid else 0


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
    return [Blue(ref, shoot, b.top, b.x_height, b.neutral) for b, (ref, shoot) in zip(blues, ends, strict=True)]


def _extreme(face: FontFace, gid: int, top: bool, reads: Reads) -> tuple[float, bool] | None:
    """The glyph's highest (``top``) or lowest point, font units y up, and whether it is flat: FreeType
    walks from it along its contour while the outline stays within 5 units of its height (or under a
    slope of 1/20), and the run is flat when its outermost on-curve points lie more than 1/14 em apart,
    or else when both its ends are on-curve. The implied midpoints pureog's outline holds are left out,
    as FreeType's outline has none."""
    shapes = [[(round(x), -round(y), on)
               for (x, y, on), implied in zip(contour, implied_midpoints(contour), strict=True) if not implied]
              for contour in contours(_read(face, gid, reads))]
    if sum(len(c) for c in shapes) <= 2:  # (no rendering)
        return None
    best: tuple[int, int] | None = None
    best_y = 0
    for c, points in enumerate(shapes):
        if len(points) < 2:  # (single-point contours: attachment points, never drawn)
            continue
        for k, (_, y, _) in enumerate(points):
            if best is None or (y > best_y if top else y < best_y):
                best, best_y = (c, k), y
    if best is None:
        return None
    points = shapes[best[0]]
    n, k = len(points), best[1]
    best_x = points[k][0]
    ends = [k, k]  # the run's first and last point
    ons = [k, k] if points[k][2] else [-1, -1]  # its first and last on-curve point
    for step, side in ((-1, 0), (1, 1)):
        j = k
        while True:
            j = (j + step) % n
            dist = abs(points[j][1] - best_y)
            if dist > 5 and abs(points[j][0] - best_x) <= 20 * dist:
                break
            ends[side] = j
            if points[j][2]:
                ons[side] = j
                if ons[1 - side] < 0:
                    ons[1 - side] = j
            if j == k:
                break
    if ons[0] >= 0 and ons[1] >= 0 and abs(points[ons[1]][0] - points[ons[0]][0]) > face.units_per_em // 14:
        return float(best_y), True
    return float(best_y), points[ends[0]][2] and points[ends[1]][2]


def max_stem_width(face: FontFace, script: Script = LATIN, reads: Reads | None = None) -> float:
    """The widest horizontal stroke of the script's first standard character the face has (Latin's
    ``o``; font units, 0 without one): FreeType's largest standard width
    (``af_latin_metrics_init_widths``), which bounds the stems it links freely."""
    from pureog.text.autofit.edges import TooManyStems, glyph_edges  # noqa: PLC0415  (edges imports nothing of ours)
    from pureog.text.autofit.fit import max_pairs  # noqa: PLC0415  (fit imports scale, which imports this)

    gid = next((g for g in (_blue_glyph(face, script, ch) for ch in script.standard) if g), 0)
    if not gid:
        return 0.0
    outline = _read(face, gid, [] if reads is None else reads)
    shapes = [[(x, -y, on) for x, y, on in contour] for contour in contours(outline)]
    try:
        edges = glyph_edges(shapes, 6000 / 2048 * face.units_per_em, max_pairs=max_pairs(len(outline.segments)))
    except TooManyStems:  # (a hostile standard character: no standard width, as for a face without one)
        return 0.0
    widths = [e.opos - e.link.opos for e in edges if e.link is not None and e.ink_below]
    return max(widths, default=0.0)
