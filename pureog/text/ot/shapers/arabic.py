"""The Arabic shaper (Arabic and Syriac): joining forms from Unicode's ArabicShaping.txt, the feature
order of the Arabic shaping spec with its pauses, modifier combining mark reordering, and ``stch``.

Joining: each letter's joining type (generated table :mod:`pureog.text.ot._arabic_joining`; unlisted
code points are T when Mn / Me / Cf, else U) drives HarfBuzz's seven-state machine, which gives every
glyph one of ``isol fina fin2 fin3 medi med2 init`` as a feature mask; transparent characters (marks)
are skipped. Without ``init``/``medi``/... in the font HarfBuzz would synthesize lookups from the
Unicode presentation forms; that fallback is not implemented (the forms stay nominal).

Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pureog.text.ot._arabic_joining import JOINING
from pureog.text.ot.buffer import MULTIPLIED, SHAPER0, lig_comp
from pureog.text.ot.plan import F_HAS_FALLBACK, F_MANUAL_ZWJ, F_NONE
from pureog.text.ot.shapers.base import Shaper
from pureog.text.ot.unicode import (
    ENCLOSING_MARK,
    FORMAT,
    MARK_CATEGORIES,
    NON_SPACING_MARK,
    UPROPS_GEN_CAT,
    UPROPS_IGNORABLE,
    general_category,
)

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer, Glyph
    from pureog.text.ot.plan import Planner, ShapePlan
    from pureog.text.ot.tables import FaceData

JT_U, JT_L, JT_R, JT_D, JG_ALAPH, JG_DALATH_RISH, JT_T = 0, 1, 2, 3, 4, 5, 6

FEATURES = ("isol", "fina", "fin2", "fin3", "medi", "med2", "init")
ISOL, FINA, FIN2, FIN3, MEDI, MED2, INIT, NONE = 0, 1, 2, 3, 4, 5, 6, 7
STCH_FIXED, STCH_REPEATING = 8, 9
HAS_STCH = SHAPER0

# [state][joining type] -> (action on the previous glyph, action on this glyph, next state)
_STATES = (
    ((NONE, NONE, 0), (NONE, ISOL, 2), (NONE, ISOL, 1), (NONE, ISOL, 2), (NONE, ISOL, 1), (NONE, ISOL, 6)),
    ((NONE, NONE, 0), (NONE, ISOL, 2), (NONE, ISOL, 1), (NONE, ISOL, 2), (NONE, FIN2, 5), (NONE, ISOL, 6)),
    ((NONE, NONE, 0), (NONE, ISOL, 2), (INIT, FINA, 1), (INIT, FINA, 3), (INIT, FINA, 4), (INIT, FINA, 6)),
    ((NONE, NONE, 0), (NONE, ISOL, 2), (MEDI, FINA, 1), (MEDI, FINA, 3), (MEDI, FINA, 4), (MEDI, FINA, 6)),
    ((NONE, NONE, 0), (NONE, ISOL, 2), (MED2, ISOL, 1), (MED2, ISOL, 2), (MED2, FIN2, 5), (MED2, ISOL, 6)),
    ((NONE, NONE, 0), (NONE, ISOL, 2), (ISOL, ISOL, 1), (ISOL, ISOL, 2), (ISOL, FIN2, 5), (ISOL, ISOL, 6)),
    ((NONE, NONE, 0), (NONE, ISOL, 2), (NONE, ISOL, 1), (NONE, ISOL, 2), (NONE, FIN3, 5), (NONE, ISOL, 6)),
)

# General categories that continue a word for stch (HB_ARABIC_GENERAL_CATEGORY_IS_WORD).
_WORD_CATEGORIES = frozenset((2, 3, 6, 7, 10, 11, 12, 13, 14, 15, 23, 24, 25, 26))

# Modifier combining marks (UAX #53), moved before the other marks of their class.
_MCM = frozenset((0x0654, 0x0655, 0x0658, 0x06DC, 0x06E3, 0x06E7, 0x06E8, 0x08CA, 0x08CB, 0x08CD, 0x08CE,
                  0x08CF, 0x08D3, 0x08F3))


def joining_type(u: int, gen_cat: int) -> int:
    jt = JOINING.get(u)
    if jt is not None:
        return jt
    return JT_T if gen_cat in (NON_SPACING_MARK, ENCLOSING_MARK, FORMAT) else JT_U


def set_joining_masks(buffer: Buffer, script: str | None, masks: list[int]) -> None:
    """Each glyph's joining form (``g.aux``: ISOL ... INIT, NONE) from the joining state machine, with
    the text around the run as context, and its feature mask from ``masks`` (indexed by form, NONE last).
    Mongolian free variation selectors take the form of the letter they follow."""
    info = buffer.info
    prev = -1
    state = 0
    before, after = buffer.context
    for ch in before:  # the pre-context: its first non-transparent character sets the state
        jt = joining_type(ord(ch), general_category(ord(ch)))
        if jt != JT_T:
            state = _STATES[state][jt][2]
            break
    for i, g in enumerate(info):
        jt = joining_type(g.cp, g.up & UPROPS_GEN_CAT)
        if jt == JT_T:
            g.aux = NONE
            continue
        prev_action, action, state = _STATES[state][jt]
        if prev_action != NONE and prev != -1:
            info[prev].aux = prev_action
        g.aux = action
        prev = i
    for ch in after:  # the post-context: its first non-transparent character may join the last
        jt = joining_type(ord(ch), general_category(ord(ch)))
        if jt != JT_T:
            prev_action = _STATES[state][jt][0]
            if prev_action != NONE and prev != -1:
                info[prev].aux = prev_action
            break
    if script == "Mong":
        for i in range(1, len(info)):
            if 0x180B <= info[i].cp <= 0x180D or info[i].cp == 0x180F:
                info[i].aux = info[i - 1].aux
    for g in info:
        g.mask |= masks[g.aux]


def _record_stch(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    data = plan.data
    if not data["has_stch"]:
        return False
    for g in buffer.info:
        if g.gp & MULTIPLIED:
            g.aux = STCH_REPEATING if lig_comp(g) % 2 else STCH_FIXED
            buffer.scratch |= HAS_STCH
    return False


def _noop_pause(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    return False


def _cc(g: Glyph) -> int:
    return g.up >> 8 if (g.up & UPROPS_GEN_CAT) in MARK_CATEGORIES else 0


class ArabicShaper(Shaper):
    name = "arabic"
    has_reorder_marks = True

    def collect_features(self, planner: Planner) -> None:
        m = planner.map
        m.enable_feature("stch")
        m.add_gsub_pause(_record_stch)
        m.enable_feature("ccmp", F_MANUAL_ZWJ)
        m.enable_feature("locl", F_MANUAL_ZWJ)
        m.add_gsub_pause(None)
        for tag in FEATURES:
            has_fallback = planner.script == "Arab" and tag[-1] not in "23"
            m.add_feature(tag, F_MANUAL_ZWJ | (F_HAS_FALLBACK if has_fallback else F_NONE))
            m.add_gsub_pause(None)
        m.add_gsub_pause(_noop_pause)
        m.enable_feature("rlig", F_MANUAL_ZWJ | F_HAS_FALLBACK)
        if planner.script == "Arab":
            m.add_gsub_pause(_noop_pause)  # HarfBuzz's presentation-form fallback runs here
        m.enable_feature("calt", F_MANUAL_ZWJ)
        if not m.has_feature("rclt"):
            m.add_gsub_pause(None)
        m.enable_feature("liga", F_MANUAL_ZWJ)
        m.enable_feature("clig", F_MANUAL_ZWJ)
        m.enable_feature("mset", F_MANUAL_ZWJ)

    def data_create(self, plan: ShapePlan) -> Any:
        masks = [plan.get_1_mask(tag) for tag in FEATURES] + [0]
        return {"masks": masks, "has_stch": bool(plan.get_1_mask("stch"))}

    def setup_masks(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        set_joining_masks(buffer, plan.script, plan.data["masks"])

    def reorder_marks(self, plan: ShapePlan, buffer: Buffer, start: int, end: int) -> None:
        info = buffer.info
        i = start
        for cc in (220, 230):
            while i < end and _cc(info[i]) < cc:
                i += 1
            if i == end:
                break
            if _cc(info[i]) > cc:
                continue
            j = i
            while j < end and _cc(info[j]) == cc and info[j].cp in _MCM:
                j += 1
            if i == j:
                continue
            buffer.merge_clusters(start, j)
            moved = info[i:j]
            info[start + j - i:j] = info[start:i]
            info[start:start + j - i] = moved
            new_start = start + j - i
            new_cc = 25 if cc == 220 else 26
            while start < new_start:
                g = info[start]
                if (g.up & UPROPS_GEN_CAT) in MARK_CATEGORIES:
                    g.up = (new_cc << 8) | (g.up & 0xFF)
                start += 1
            i = j

    def postprocess_glyphs(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        if buffer.scratch & HAS_STCH:
            _apply_stch(buffer, face)


def _c_div(a: int, b: int) -> int:
    """C integer division (truncates toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _apply_stch(buffer: Buffer, face: FaceData) -> None:
    """Repeat the ``stch`` tiles to fill the width of the rest of the word (buffer in visual order)."""
    rtl = buffer.rtl
    if not rtl:
        buffer.reverse()
    info = buffer.info
    out_rev: list[Glyph] = []
    i = len(info)
    stretch = (STCH_FIXED, STCH_REPEATING)
    while i > 0:
        if info[i - 1].aux not in stretch:
            out_rev.append(info[i - 1])
            i -= 1
            continue
        w_total = w_fixed = w_repeating = 0
        n_fixed = n_repeating = 0
        end = i
        while i and info[i - 1].aux in stretch:
            i -= 1
            width = face.advance(info[i].cp)
            if info[i].aux == STCH_FIXED:
                w_fixed += width
                n_fixed += 1
            else:
                w_repeating += width
                n_repeating += 1
        start = i
        context = i
        while context and info[context - 1].aux not in stretch and (
                (info[context - 1].up & UPROPS_IGNORABLE)
                or (info[context - 1].up & UPROPS_GEN_CAT) in _WORD_CATEGORIES):
            context -= 1
            w_total += info[context].xa
        n_copies = 0
        w_remaining = w_total - w_fixed
        if w_remaining > w_repeating > 0:
            n_copies = w_remaining // w_repeating - 1
        extra_overlap = 0
        shortfall = w_remaining - w_repeating * (n_copies + 1)
        if shortfall > 0 and n_repeating > 0:
            n_copies += 1
            excess = (n_copies + 1) * w_repeating - w_remaining
            if excess > 0:
                extra_overlap = excess // (n_copies * n_repeating)
                w_remaining = 0
        max_copies = 0
        if n_repeating > 0 and n_fixed + n_repeating < 256:
            max_copies = (256 - n_fixed - n_repeating) // n_repeating
        n_copies = min(n_copies, max_copies)
        x_offset = _c_div(w_remaining, 2)
        for k in range(end, start, -1):
            g = info[k - 1]
            width = face.advance(g.cp)
            repeat = 1 + (n_copies if g.aux == STCH_REPEATING else 0)
            g.xa = 0
            for n in range(repeat):
                if rtl:
                    x_offset -= width
                    if n > 0:
                        x_offset += extra_overlap
                g.xo = x_offset
                out_rev.append(g.copy())
                if not rtl:
                    x_offset += width
                    if n > 0:
                        x_offset -= extra_overlap
    out_rev.reverse()
    buffer.info = out_rev
    if not rtl:
        buffer.reverse()


ARABIC = ArabicShaper()
