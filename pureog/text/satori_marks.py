"""Thai and Lao glyphs on Satori's path drawn with their marks positioned (HarfBuzz's GPOS and GSUB).

Role: a :class:`~pureog.text.shaping.ShapedRun` from :func:`pureog.text.shaping.shape` (opentype.js's
cmap glyphs, one per code point, at its pen positions) -> the same run whose Thai / Lao clusters are
drawn as :func:`pureog.text.ot.shape` shapes them, *without moving anything else*. Next.js lays a Thai
paragraph out plausibly (cmap advances, Satori's breaks and line heights) and draws its marks where the
cmap glyphs fall, stacked tone marks colliding (spec/differences.md); pureog keeps that layout, boxes
as Next's, and draws each cluster shaped at Satori's pen position of its first glyph.

A cluster takes the shaped glyphs only when they keep the layout: as many glyphs as code points and
the same advance sum in font units (marks placed by GPOS ``mark`` / ``mkmk``, GSUB forms such as
descender-less ``ฐ`` / ``ญ`` or lowered tone marks, all advance-neutral in the Noto faces). A cluster
HarfBuzz changes otherwise (SARA AM decomposed into NIKHAHIT and SARA AA: one glyph more) keeps its
cmap glyphs, as Next draws them. The moves are :attr:`ShapedRun.glyph_shift` (px) and substituted ids.

Imports :mod:`pureog.records` and :mod:`pureog.text` modules (the OpenType engine lazily: the first
Thai run loads it).
"""

from __future__ import annotations

from pureog.records import replace
from pureog.text.itemize import SATORI_LAYOUT_SCRIPTS, script_of
from pureog.text.shaping import ShapedRun


def _in_block(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0eff"


def position_marks(run: ShapedRun, text: str) -> ShapedRun:
    """``run`` (``shape(chain, text, ...)``: one glyph per code point of ``text``) with its Thai / Lao
    clusters drawn shaped; ``run`` itself when nothing moves."""
    text = text.replace("\n", "")
    if text.isascii() or len(text) != len(run.glyph_ids) or not any(_in_block(ch) for ch in text):
        return run
    gids = list(run.glyph_ids)
    shifts = [(0.0, 0.0)] * len(gids)
    moved = False
    i, n = 0, len(text)
    while i < n:
        script = script_of(text[i])
        if script not in SATORI_LAYOUT_SCRIPTS:
            i += 1
            continue
        face = run.glyph_faces[i]
        j = i + 1
        while j < n and script_of(text[j]) == script and run.glyph_faces[j] is face:
            j += 1
        moved |= _shape_span(run, text, i, j, script, gids, shifts)
        i = j
    if not moved:
        return run
    return replace(run, glyph_ids=tuple(gids), glyph_shift=tuple(shifts))


def _shape_span(run: ShapedRun, text: str, start: int, end: int, script: str, gids: list[int],
                shifts: list[tuple[float, float]]) -> bool:
    """Shape ``text[start:end]`` (one script, one face) and take each cluster that keeps the layout."""
    from pureog.text.ot import shape as ot_shape  # noqa: PLC0415  (loads with the first Thai run)

    face = run.glyph_faces[start]
    glyphs = ot_shape(face, text[start:end], script, None, "ltr")
    scale_fu = run.glyph_scales[start]  # font units of ``face`` -> the run face's (a fallback face)
    px = run.font_size / run.face.units_per_em  # the run face's units -> px
    # opentype.js's pen within the span, in run-face units (kerning included; letter spacing is not a
    # glyph's place: marks stay on their base as a browser draws them)
    pen: list[float] = []
    x = 0.0
    for k in range(start, end):
        pen.append(x)
        x += run.advances_fu[k] + (run.kerns_fu[k] if k < len(run.kerns_fu) and k + 1 < end else 0.0)
    moved = False
    g = 0
    while g < len(glyphs):
        cluster = glyphs[g].cluster
        h = g
        while h < len(glyphs) and glyphs[h].cluster == cluster:
            h += 1
        nxt = glyphs[h].cluster if h < len(glyphs) else end - start
        count = nxt - cluster
        cmap_advance = sum(run.advances_fu[start + cluster : start + nxt])
        shaped_advance = sum(sg.x_advance for sg in glyphs[g:h]) * scale_fu
        if h - g == count and abs(shaped_advance - cmap_advance) < 1e-6:
            sx = 0.0
            base = pen[cluster]
            for k, sg in enumerate(glyphs[g:h]):
                at = start + cluster + k
                dx = (sx + sg.x_offset * scale_fu - (pen[cluster + k] - base)) * px
                dy = -sg.y_offset * scale_fu * px
                if sg.glyph != gids[at] or dx or dy:
                    gids[at] = sg.glyph
                    shifts[at] = (dx, dy)
                    moved = True
                sx += sg.x_advance * scale_fu
        g = h
    return moved
