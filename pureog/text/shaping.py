"""Glyph runs for a string: cmap lookup, advances, kerning, optional ligatures (opentype.js rules).

Input: a :class:`~pureog.text.fonts.FontChain`, a string, a font size and letter spacing. Output: a
:class:`ShapedRun` (glyph ids, the face each glyph comes from, x offsets in px) and advance widths,
computed exactly like ``@shuding/opentype.js`` as Satori 0.29 calls it:

* ``forEachGlyph`` walks code points; a code point the run's face lacks is replaced by the glyph of the
  face Satori's resolver picks for it, scaled to the run face's units per em (Satori's
  ``patchFontFallbackResolver``).
* After each glyph: ``x += advance * scale``, then ``x += kerning * scale`` (not after the last glyph),
  then ``x += letterSpacing`` (after every glyph, the last included). Same float operation order.
* Kerning: :mod:`pureog.text.kerning` (GPOS ``kern`` feature read from the raw table, else the
  ``kern`` table). Kerning uses the glyph ids of substituted fallback glyphs as-is, as opentype.js does.
* Ligatures: opentype.js's ``forEachGlyph`` passes its options to ``stringToGlyphs``, whose
  ``updateFeatures`` then filters the latn tags to nothing, so Latin ``liga``/``rlig`` are never
  applied in Satori 0.29. ``ligatures=True`` turns on GSUB LigatureSubst (``liga`` + ``rlig``) for
  callers that want browser-like output; the default matches the reference (and never reads GSUB).

Text Next.js draws wrongly (complex scripts, bidi) and text asking for features is shaped by
:mod:`pureog.text.runs` with :mod:`pureog.text.ot`; its runs are :class:`ShapedRun` too, with explicit
glyph positions (``glyph_dy``).

Must not import layout, paint or raster.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pureog import caches
from pureog.errors import FontError
from pureog.records import record
from pureog.text.fonts import FontChain, FontFace, keep_face_entry
from pureog.text.kerning import FaceKerning


@record
class ShapedRun:
    """Glyphs of one string drawn with one face (``face``) at ``font_size`` px, starting at x = 0."""

    face: FontFace
    font_size: float
    glyph_faces: tuple[FontFace, ...]
    glyph_ids: tuple[int, ...]
    glyph_scales: tuple[float, ...]
    """Outline scale factor to the run face's em (1.0 unless the glyph came from a fallback face)."""
    x_offsets: tuple[float, ...]
    advance: float
    """Total advance (opentype.js ``getAdvanceWidth``), letter spacing after every glyph included."""
    advances_fu: tuple[float, ...] = ()
    """Each glyph's advance in the run face's units (fallback glyphs already scaled)."""
    kerns_fu: tuple[float, ...] = ()
    """Kerning between consecutive glyphs, in the run face's units."""
    letter_spacing: float = 0.0
    glyph_dy: tuple[float, ...] = ()
    """Runs shaped by :mod:`pureog.text.ot` (:mod:`pureog.text.runs`): each glyph's y offset in px
    (down); their ``x_offsets`` are then the glyphs' drawing positions (offsets included)."""
    glyph_shift: tuple[tuple[float, float], ...] = ()
    """Runs on Satori's path whose Thai / Lao marks are positioned (:mod:`pureog.text.satori_marks`):
    each glyph's (dx, dy) in px from where opentype.js's pen puts it (y down); empty: none moved."""

    def pen_positions(self, left: float) -> list[float]:
        """Each glyph's pen x when the run starts at ``left``: opentype.js ``forEachGlyph`` sums from
        the run's absolute left, so the floats (and their 0.1 px rounding in Satori's SVG) differ
        from ``left + x_offsets[i]`` in the last bits."""
        if self.glyph_dy:
            return [left + x for x in self.x_offsets]
        return _pen_positions(self.advances_fu, self.kerns_fu, self.face, self.font_size, self.letter_spacing,
                              left)[0]


class _FaceLayout:
    """The kerning / ligature data of one face in the shape opentype.js reads it."""

    __slots__ = ("kerning", "_face", "_ligatures")

    def __init__(self, face: FontFace) -> None:
        self._face = face
        self.kerning = FaceKerning(face).kerning
        self._ligatures: dict[int, list[tuple[tuple[int, ...], int]]] | None = None

    @property
    def ligatures(self) -> dict[int, list[tuple[tuple[int, ...], int]]]:
        """first glyph -> [(following glyphs, ligature glyph)], from GSUB ``liga`` + ``rlig``.

        Read on first use only: ligatures are off by default (as in Satori), and decompiling GSUB
        with fontTools costs tens of milliseconds."""
        if self._ligatures is None:
            try:
                with self._face.lock:  # GSUB is decompiled in place on first access
                    self._ligatures = _read_ligatures(self._face)
            except Exception as exc:  # fontTools raises many kinds for a malformed GSUB
                raise FontError(f"cannot read the font's ligatures (GSUB): {type(exc).__name__}: {exc}",
                                path=self._face.path) from exc
        return self._ligatures


def _read_ligatures(face: FontFace) -> dict[int, list[tuple[tuple[int, ...], int]]]:
    tt = face.ttfont
    names = {name: i for i, name in enumerate(face.glyph_order)}
    ligatures: dict[int, list[tuple[tuple[int, ...], int]]] = {}
    if "GSUB" not in tt:
        return ligatures
    table = tt["GSUB"].table
    for tag in ("liga", "rlig"):
        for lookup in _feature_lookups(table, tag, script_first="latn"):
            if lookup.LookupType != 4:
                continue
            for sub in lookup.SubTable:
                for first, ligs in sub.ligatures.items():
                    bucket = ligatures.setdefault(names.get(first, 0), [])
                    for lig in ligs:
                        comps = tuple(names.get(c, 0) for c in lig.Component)
                        bucket.append((comps, names.get(lig.LigGlyph, 0)))
    return ligatures


def _feature_lookups(table: Any, tag: str, script_first: str = "DFLT") -> list[Any]:
    """Lookups of ``tag`` for opentype.js's default script (DFLT, else latn) and default LangSys."""
    if table.ScriptList is None or table.FeatureList is None:
        return []
    scripts = {rec.ScriptTag: rec.Script for rec in table.ScriptList.ScriptRecord}
    script = scripts.get("DFLT") or scripts.get("latn")
    if script_first == "latn" and "latn" in scripts:
        script = scripts["latn"]
    if script is None or script.DefaultLangSys is None:
        return []
    records = table.FeatureList.FeatureRecord
    lookups = table.LookupList.Lookup
    for index in script.DefaultLangSys.FeatureIndex:
        record = records[index]
        if record.FeatureTag == tag:
            return [lookups[i] for i in record.Feature.LookupListIndex if 0 <= i < len(lookups)]
    return []


_LAYOUTS: dict[str, _FaceLayout] = {}


def face_layout(face: FontFace) -> _FaceLayout:
    layout = _LAYOUTS.get(face.key)
    if layout is None:
        layout = _FaceLayout(face)
        keep_face_entry(_LAYOUTS, face.key, layout)  # bounded like the faces themselves (fonts.load_face)
    return layout


# (face key, chain id, text, ligatures) -> (faces, gids, scales, advances_fu, kerns_fu)
_UNIT_CACHE: dict[tuple[str, int, str, bool], tuple[Any, ...]] = {}
# Entries are words and their glyph data (~0.7 KB each): a card redrawn hits them all, a batch of cards
# keeps meeting new words, so the bound is what caps its memory (20,000 grew a batch's workers ~14 MB).
_UNIT_CACHE_MAX = 8192


def _glyphs_fu(chain: FontChain, face: FontFace, text: str, ligatures: bool) -> tuple[Any, ...]:
    key = (face.key, chain.token, text, ligatures)
    hit = _UNIT_CACHE.get(key)
    if hit is not None:
        return hit
    layout = face_layout(face)
    upem = face.units_per_em
    faces: list[FontFace] = []
    gids: list[int] = []
    scales: list[float] = []
    advances: list[float] = []
    for ch in text:
        gid = face.glyph_index(ord(ch))
        if gid == 0:
            other = chain.resolve(ch)
            if other is not face:
                scale = upem / other.units_per_em
                ogid = other.glyph_index(ord(ch))
                faces.append(other)
                gids.append(ogid)
                scales.append(scale)
                advances.append(other.advance_fu(ogid) * scale)
                continue
        faces.append(face)
        gids.append(gid)
        scales.append(1.0)
        advances.append(float(face.advance_fu(gid)))
    if ligatures and layout.ligatures:
        _apply_ligatures(layout, face, faces, gids, scales, advances)
    kerns = [layout.kerning(gids[i], gids[i + 1]) for i in range(len(gids) - 1)]
    result = (tuple(faces), tuple(gids), tuple(scales), tuple(advances), tuple(kerns))
    if len(_UNIT_CACHE) >= _UNIT_CACHE_MAX:
        _UNIT_CACHE.clear()
    _UNIT_CACHE[key] = result
    return result


def _apply_ligatures(
    layout: _FaceLayout,
    face: FontFace,
    faces: list[FontFace],
    gids: list[int],
    scales: list[float],
    advances: list[float],
) -> None:
    """Greedy left-to-right LigatureSubst over glyphs of the run face (first match in table order)."""
    i = 0
    while i < len(gids):
        candidates = layout.ligatures.get(gids[i]) if faces[i] is face else None
        if candidates:
            for comps, lig in candidates:
                end = i + 1 + len(comps)
                if (
                    end <= len(gids)
                    and tuple(gids[i + 1 : end]) == comps
                    and all(f is face for f in faces[i + 1 : end])
                ):
                    gids[i:end] = [lig]
                    faces[i:end] = [face]
                    scales[i:end] = [1.0]
                    advances[i:end] = [float(face.advance_fu(lig))]
                    break
        i += 1


def shape(
    chain: FontChain,
    text: str,
    font_size: float,
    letter_spacing: float = 0.0,
    *,
    face: FontFace | None = None,
    ligatures: bool = False,
) -> ShapedRun:
    """Glyphs of ``text`` as Satori draws one merged segment (``getSVG``); newlines are dropped."""
    run_face = face if face is not None else chain.resolve(text)
    text = text.replace("\n", "")
    faces, gids, scales, advances, kerns = _glyphs_fu(chain, run_face, text, ligatures)
    xs, width = _pen_positions(advances, kerns, run_face, font_size, letter_spacing)
    return ShapedRun(run_face, font_size, faces, gids, scales, tuple(xs), width, advances, kerns, letter_spacing)


def _pen_positions(
    advances: Sequence[float],
    kerns: Sequence[float],
    face: FontFace,
    font_size: float,
    letter_spacing: float,
    start: float = 0.0,
) -> tuple[list[float], float]:
    """Each glyph's pen x and the run's end x, summed from ``start`` in opentype.js's order (advance,
    then kerning to the next glyph, then letter spacing), so the float results match it bit for bit."""
    font_scale = 1 / face.units_per_em * font_size
    spacing = letter_spacing / font_size * font_size if font_size else 0.0
    xs: list[float] = []
    x = start
    last = len(advances) - 1
    for i, adv in enumerate(advances):
        xs.append(x)
        if adv:
            x += adv * font_scale
        if i < last:
            x += kerns[i] * font_scale
        if spacing:
            x += spacing
    return xs, x


_WIDTH_CACHE: dict[tuple[int, str, float, float], float] = {}


def advance_width(chain: FontChain, text: str, font_size: float, letter_spacing: float = 0.0) -> float:
    """Satori's ``engine.measure(text)``: opentype.js ``getAdvanceWidth`` with the fallback patch."""
    key = (chain.token, text, font_size, letter_spacing)
    width = _WIDTH_CACHE.get(key)
    if width is None:
        run_face = chain.resolve(text)
        _, _, _, advances, kerns = _glyphs_fu(chain, run_face, text, False)
        width = _pen_positions(advances, kerns, run_face, font_size, letter_spacing)[1]
        if len(_WIDTH_CACHE) >= _UNIT_CACHE_MAX:
            _WIDTH_CACHE.clear()
        _WIDTH_CACHE[key] = width
    return width


caches.register("text.shaping", _LAYOUTS, _UNIT_CACHE, _WIDTH_CACHE)
