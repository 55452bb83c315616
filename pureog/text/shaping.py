"""Glyph runs for a string: cmap lookup, advances, kerning, optional ligatures (opentype.js rules).

Input: a :class:`~pureog.text.fonts.FontChain`, a string, a font size and letter spacing. Output: a
:class:`ShapedRun` (glyph ids, the face each glyph comes from, x offsets in px) and advance widths,
computed exactly like ``@shuding/opentype.js`` as Satori 0.29 calls it:

* ``forEachGlyph`` walks code points; a code point the run's face lacks is replaced by the glyph of the
  face Satori's resolver picks for it, scaled to the run face's units per em (Satori's
  ``patchFontFallbackResolver``).
* After each glyph: ``x += advance * scale``, then ``x += kerning * scale`` (not after the last glyph),
  then ``x += letterSpacing`` (after every glyph, the last included). Same float operation order.
* Kerning: if the face has GPOS, only the ``kern`` feature of script DFLT (else latn), default LangSys,
  lookups of type 2 in feature order (extension lookups are not seen by opentype.js); PairPos format 1
  falls through to the next subtable when the pair is absent, format 2 answers as soon as the left
  glyph is covered. Without GPOS, the first format-0 ``kern`` subtable. Kerning uses the glyph ids of
  substituted fallback glyphs as-is, as opentype.js does.
* Ligatures: opentype.js's ``forEachGlyph`` passes its options to ``stringToGlyphs``, whose
  ``updateFeatures`` then filters the latn tags to nothing, so Latin ``liga``/``rlig`` are never
  applied in Satori 0.29. ``ligatures=True`` turns on GSUB LigatureSubst (``liga`` + ``rlig``) for
  callers that want browser-like output; the default matches the reference.

Must not import layout, paint or raster.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pureog.text.fonts import FontChain, FontFace


@dataclass(frozen=True, slots=True)
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


class _FaceLayout:
    """The kerning / ligature data of one face in the shape opentype.js reads it."""

    __slots__ = ("kern_subtables", "kern_pairs", "ligatures", "_kern_cache", "_names", "_order")

    def __init__(self, face: FontFace) -> None:
        tt = face.ttfont
        self._names = {name: i for i, name in enumerate(face.glyph_order)}
        self._order = face.glyph_order
        self._kern_cache: dict[tuple[int, int], int] = {}
        self.kern_subtables: list[Any] | None = None
        self.kern_pairs: dict[tuple[int, int], int] = {}
        self.ligatures: dict[int, list[tuple[tuple[int, ...], int]]] = {}
        if "GPOS" in tt:
            self.kern_subtables = []
            table = tt["GPOS"].table
            for lookup in _feature_lookups(table, "kern"):
                if lookup.LookupType == 2:
                    self.kern_subtables.extend(lookup.SubTable)
        elif "kern" in tt:
            for sub in getattr(tt["kern"], "kernTables", [])[:1]:
                if getattr(sub, "format", 0) == 0:
                    for (left, right), value in sub.kernTable.items():
                        self.kern_pairs[(self._names.get(left, 0), self._names.get(right, 0))] = int(value)
        if "GSUB" in tt:
            table = tt["GSUB"].table
            for tag in ("liga", "rlig"):
                for lookup in _feature_lookups(table, tag, script_first="latn"):
                    if lookup.LookupType != 4:
                        continue
                    for sub in lookup.SubTable:
                        for first, ligs in sub.ligatures.items():
                            bucket = self.ligatures.setdefault(self._names.get(first, 0), [])
                            for lig in ligs:
                                comps = tuple(self._names.get(c, 0) for c in lig.Component)
                                bucket.append((comps, self._names.get(lig.LigGlyph, 0)))

    def kerning(self, left: int, right: int) -> int:
        key = (left, right)
        value = self._kern_cache.get(key)
        if value is None:
            value = self._compute_kerning(left, right)
            self._kern_cache[key] = value
        return value

    def _compute_kerning(self, left: int, right: int) -> int:
        if self.kern_subtables is None:
            return self.kern_pairs.get((left, right), 0)
        glyphs = self._order
        left_name = glyphs[left] if 0 <= left < len(glyphs) else None
        right_name = glyphs[right] if 0 <= right < len(glyphs) else None
        for sub in self.kern_subtables:
            coverage = _coverage_index(sub.Coverage, left_name)
            if coverage < 0:
                continue
            if sub.Format == 1:
                for record in sub.PairSet[coverage].PairValueRecord:
                    if record.SecondGlyph == right_name:
                        v1 = getattr(record, "Value1", None)
                        return int(getattr(v1, "XAdvance", 0) or 0) if v1 is not None else 0
            elif sub.Format == 2:
                c1 = sub.ClassDef1.classDefs.get(left_name, 0) if sub.ClassDef1 else 0
                c2 = sub.ClassDef2.classDefs.get(right_name, 0) if sub.ClassDef2 else 0
                try:
                    record = sub.Class1Record[c1].Class2Record[c2]
                except IndexError:
                    return 0
                v1 = getattr(record, "Value1", None)
                return int(getattr(v1, "XAdvance", 0) or 0) if v1 is not None else 0
        return 0


def _coverage_index(coverage: Any, name: str | None) -> int:
    if name is None or coverage is None:
        return -1
    index = getattr(coverage, "_pureog_index", None)
    if index is None:
        index = {g: i for i, g in enumerate(coverage.glyphs)}
        coverage._pureog_index = index
    return int(index.get(name, -1))


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
        _LAYOUTS[face.key] = layout
    return layout


# (face key, chain id, text, ligatures) -> (faces, gids, scales, advances_fu, kerns_fu)
_UNIT_CACHE: dict[tuple[str, int, str, bool], tuple[Any, ...]] = {}
_UNIT_CACHE_MAX = 20000


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
    font_scale = 1 / run_face.units_per_em * font_size
    spacing = letter_spacing / font_size * font_size if font_size else 0.0
    xs: list[float] = []
    x = 0.0
    last = len(gids) - 1
    for i in range(len(gids)):
        xs.append(x)
        adv = advances[i]
        if adv:
            x += adv * font_scale
        if i < last:
            x += kerns[i] * font_scale
        if spacing:
            x += spacing
    return ShapedRun(run_face, font_size, faces, gids, scales, tuple(xs), x)


_WIDTH_CACHE: dict[tuple[int, str, float, float], float] = {}


def advance_width(chain: FontChain, text: str, font_size: float, letter_spacing: float = 0.0) -> float:
    """Satori's ``engine.measure(text)``: opentype.js ``getAdvanceWidth`` with the fallback patch."""
    key = (chain.token, text, font_size, letter_spacing)
    width = _WIDTH_CACHE.get(key)
    if width is None:
        run_face = chain.resolve(text)
        _, gids, _, advances, kerns = _glyphs_fu(chain, run_face, text, False)
        font_scale = 1 / run_face.units_per_em * font_size
        spacing = letter_spacing / font_size * font_size if font_size else 0.0
        x = 0.0
        last = len(gids) - 1
        for i in range(len(gids)):
            adv = advances[i]
            if adv:
                x += adv * font_scale
            if i < last:
                x += kerns[i] * font_scale
            if spacing:
                x += spacing
        width = x
        if len(_WIDTH_CACHE) >= _UNIT_CACHE_MAX:
            _WIDTH_CACHE.clear()
        _WIDTH_CACHE[key] = width
    return width
