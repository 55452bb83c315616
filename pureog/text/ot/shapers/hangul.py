"""The Hangul shaper (HarfBuzz's ``hb-ot-shaper-hangul``): syllables composed or decomposed to what the
font has, jamo features, and tone marks moved before their syllable.

A syllable is <L,V>, <L,V,T>, a precomposed <LV> / <LVT>, or <LV,T>. When the font has the whole
precomposed syllable it is used; otherwise the syllable is fully decomposed (when the font has the jamo)
and its jamo get ``ljmo`` / ``vjmo`` / ``tjmo``, one cluster per syllable. A Hangul tone mark
(U+302E/302F) after a syllable moves in front of it unless its glyph is zero-width (then it overstrikes);
with no syllable before it, a dotted circle stands for the base. ``calt`` stays on for the run but off
for jamo (fonts such as Noto Sans CJK put jamo lookups in ``calt``). No normalization, no mark zeroing.

Input / output: the shaping buffer of a Hangul run (code points, before normalization). Imports
pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pureog.text.ot.shapers.base import NORMALIZATION_NONE, ZERO_WIDTH_MARKS_NONE, Shaper

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer
    from pureog.text.ot.plan import Planner, ShapePlan
    from pureog.text.ot.tables import FaceData

# Jamo feature of a glyph, kept in Glyph.aux between preprocess_text and setup_masks (0: none).
_LJMO, _VJMO, _TJMO = 1, 2, 3
_FEATURES = ("ljmo", "vjmo", "tjmo")

# Unicode's algorithmic syllable (de)composition.
_L_BASE, _V_BASE, _T_BASE, _S_BASE = 0x1100, 0x1161, 0x11A7, 0xAC00
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT
_DOTTED_CIRCLE = 0x25CC


def _combining_l(u: int) -> bool:
    return _L_BASE <= u < _L_BASE + _L_COUNT


def _combining_v(u: int) -> bool:
    return _V_BASE <= u < _V_BASE + _V_COUNT


def _combining_t(u: int) -> bool:
    return _T_BASE < u < _T_BASE + _T_COUNT


def _is_l(u: int) -> bool:
    return 0x1100 <= u <= 0x115F or 0xA960 <= u <= 0xA97C


def _is_v(u: int) -> bool:
    return 0x1160 <= u <= 0x11A7 or 0xD7B0 <= u <= 0xD7C6


def _is_t(u: int) -> bool:
    return 0x11A8 <= u <= 0x11FF or 0xD7CB <= u <= 0xD7FB


def _is_jamo(u: int) -> bool:
    return _is_l(u) or _is_v(u) or _is_t(u)


def _zero_width(face: FaceData, u: int) -> bool:
    return face.has_glyph(u) and face.advance(face.nominal_glyph(u)) == 0


class HangulShaper(Shaper):
    name = "hangul"
    normalization_mode = NORMALIZATION_NONE
    zero_width_marks = ZERO_WIDTH_MARKS_NONE

    def collect_features(self, planner: Planner) -> None:
        for tag in _FEATURES:
            planner.map.add_feature(tag)

    def override_features(self, planner: Planner) -> None:
        # A non-global calt gets a mask bit of its own (still on by default) that setup_masks clears on jamo.
        planner.map.add_feature("calt")

    def data_create(self, plan: ShapePlan) -> Any:
        return ([0] + [plan.get_1_mask(tag) for tag in _FEATURES], plan.get_1_mask("calt"))

    def preprocess_text(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        for g in buffer.info:
            g.aux = 0
        buffer.clear_output()
        # The most recent syllable in the output, out[start:end]; none when start >= end.
        start = end = 0
        count = len(buffer.info)
        buffer.idx = 0
        while buffer.idx < count:
            info = buffer.info
            u = info[buffer.idx].cp
            if 0x302E <= u <= 0x302F:  # a Hangul tone mark
                if start < end and end == len(buffer.out):
                    buffer.next_glyph()
                    if not _zero_width(face, u):  # moved before its syllable, one cluster with it
                        buffer.merge_out_clusters(start, end + 1)
                        out = buffer.out
                        tone = out[end]
                        out[start + 1:end + 1] = out[start:end]
                        out[start] = tone
                elif face.has_glyph(_DOTTED_CIRCLE):
                    pair = (_DOTTED_CIRCLE, u) if _zero_width(face, u) else (u, _DOTTED_CIRCLE)
                    buffer.replace_glyphs(1, pair)
                else:
                    buffer.next_glyph()
                start = end = len(buffer.out)
                continue
            start = len(buffer.out)
            if _is_l(u) and buffer.idx + 1 < count:
                v = info[buffer.idx + 1].cp
                if _is_v(v):
                    self._jamo_syllable(buffer, face, u, v, start)
                    end = len(buffer.out)
                    continue
            elif _S_BASE <= u < _S_BASE + _S_COUNT:
                new_end = self._precomposed(buffer, face, u, start)
                if new_end is not None:
                    end = new_end
                    continue
                if face.has_glyph(u):
                    end = start + 1
            buffer.next_glyph()
        buffer.sync()

    @staticmethod
    def _jamo_syllable(buffer: Buffer, face: FaceData, lead: int, vowel: int, start: int) -> None:
        """<L,V> or <L,V,T> at the cursor: one precomposed glyph if the font has it, else the jamo with
        their features in one cluster."""
        info = buffer.info
        idx = buffer.idx
        t = info[idx + 2].cp if idx + 2 < len(info) else 0
        if not _is_t(t):
            t = 0
        if _combining_l(lead) and _combining_v(vowel) and (t == 0 or _combining_t(t)):
            s = _S_BASE + (lead - _L_BASE) * _N_COUNT + (vowel - _V_BASE) * _T_COUNT + (t - _T_BASE if t else 0)
            if face.has_glyph(s):
                buffer.replace_glyphs(3 if t else 2, (s,))
                return
        info[idx].aux = _LJMO
        info[idx + 1].aux = _VJMO
        n = 2
        if t:
            info[idx + 2].aux = _TJMO
            n = 3
        buffer.next_glyphs(n)
        buffer.merge_out_clusters(start, start + n)

    @staticmethod
    def _precomposed(buffer: Buffer, face: FaceData, s: int, start: int) -> int | None:
        """A precomposed <LV> or <LVT> at the cursor, maybe followed by a T: the end of the syllable in
        the output when it was composed further or decomposed, else None (left as it is)."""
        info = buffer.info
        idx = buffer.idx
        has_glyph = face.has_glyph(s)
        lindex, nindex = divmod(s - _S_BASE, _N_COUNT)
        vindex, tindex = divmod(nindex, _T_COUNT)
        nxt = info[idx + 1].cp if idx + 1 < len(info) else 0
        if not tindex and _combining_t(nxt) and face.has_glyph(s + nxt - _T_BASE):  # <LV,T> composes
            buffer.replace_glyphs(2, (s + nxt - _T_BASE,))
            return start + 1
        if has_glyph and not (not tindex and _is_t(nxt)):
            return None
        parts = [_L_BASE + lindex, _V_BASE + vindex] + ([_T_BASE + tindex] if tindex else [])
        if not all(face.has_glyph(p) for p in parts):
            return None
        buffer.replace_glyphs(1, parts)
        n = len(parts)
        if has_glyph and not tindex:  # decomposed for the non-combining T after it: the T joins the syllable
            buffer.next_glyph()
            n += 1
        out = buffer.out
        out[start].aux = _LJMO
        out[start + 1].aux = _VJMO
        if n > 2:
            out[start + 2].aux = _TJMO
        buffer.merge_out_clusters(start, start + n)
        return start + n

    def setup_masks(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        masks, calt = plan.data
        for g in buffer.info:
            g.mask |= masks[g.aux]
            if _is_jamo(g.cp):
                g.mask &= ~calt


HANGUL = HangulShaper()
