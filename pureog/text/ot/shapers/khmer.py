"""The Khmer and Myanmar shapers (HarfBuzz's ``hb-ot-shaper-khmer`` / ``-myanmar``).

Khmer: syllables from Khmer's machine; COENG + RO moves to the front of its syllable with ``pref`` (and
what follows gets ``cfar``), a pre-base vowel moves to the front; split vowels decompose into the pre-base
E + the rest; ``pref blwf abvf pstf cfar`` apply together, then ``pres abvs blws psts``; ``clig`` on,
``liga`` off.
Myanmar (``mym2`` fonts): syllables from Myanmar's machine; kinzi (Ra + Asat + Virama) moves after the
base, medial Ra and pre-base vowels before it (stable sort by position); ``rphf pref blwf pstf`` one
stage each; mark advances zeroed from GDEF before GPOS.

Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pureog.text.ot.buffer import LIGATED
from pureog.text.ot.plan import F_GLOBAL, F_GLOBAL_MANUAL_JOINERS, F_MANUAL_JOINERS, F_MANUAL_ZWJ, F_PER_SYLLABLE
from pureog.text.ot.shapers.base import (
    NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT,
    ZERO_WIDTH_MARKS_BY_GDEF_EARLY,
    ZERO_WIDTH_MARKS_NONE,
    Shaper,
)
from pureog.text.ot.shapers.machine import Machine
from pureog.text.ot.shapers.syllabic import find_syllables, insert_dotted_circles, set_categories, syllables
from pureog.text.ot.unicode import MARK_CATEGORIES, compose, decompose, general_category

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer, Glyph
    from pureog.text.ot.plan import Planner, ShapePlan
    from pureog.text.ot.tables import FaceData

# Categories shared with the Indic table, plus the Khmer / Myanmar ones.
C, V, N, H, ZWNJ, ZWJ, SM, A, GB, DOTTEDCIRCLE, RA, CS, SMPST = 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 15, 18, 57
VABV, VBLW, VPRE, VPST, ROBATIC, XGROUP, YGROUP = 20, 21, 22, 23, 25, 26, 27
AS, MH, MR, MW, MY, PT, VS, ML = 32, 35, 36, 37, 38, 39, 40, 41
CATEGORIES = {"C": C, "V": V, "IV": V, "DB": N, "H": H, "ZWNJ": ZWNJ, "ZWJ": ZWJ, "SM": SM, "A": A, "GB": GB,
              "PLACEHOLDER": GB, "DOTTEDCIRCLE": DOTTEDCIRCLE, "Ra": RA, "CS": CS, "SMPst": SMPST, "VAbv": VABV,
              "VBlw": VBLW, "VPre": VPRE, "VPst": VPST, "Robatic": ROBATIC, "Xgroup": XGROUP, "Ygroup": YGROUP,
              "As": AS, "MH": MH, "MR": MR, "MW": MW, "MY": MY, "PT": PT, "VS": VS, "ML": ML}

POS_PRE_M, POS_PRE_C, POS_BASE_C, POS_AFTER_MAIN, POS_BEFORE_SUB, POS_BELOW_C, POS_AFTER_SUB = 2, 3, 4, 5, 7, 8, 9

CONSONANT_SYLLABLE, BROKEN_CLUSTER, NON_CLUSTER = 0, 1, 2

_KHMER_DEFINITIONS = {
    "c": "C | Ra | V",
    "cn": "c ((ZWJ | ZWNJ)? Robatic)?",
    "joiner": "ZWJ | ZWNJ",
    "xgroup": "(joiner* Xgroup)*",
    "ygroup": "Ygroup*",
    "matra_group": "VPre? xgroup VBlw? xgroup (joiner? VAbv)? xgroup VPst?",
    "syllable_tail": "xgroup matra_group xgroup (H c)? ygroup",
    "broken_cluster": "Robatic? (H cn)* (H | syllable_tail)",
}
_KHMER_RULES = ("(cn | PLACEHOLDER | DOTTEDCIRCLE) broken_cluster", "broken_cluster")
_KHMER_TYPES = (CONSONANT_SYLLABLE, BROKEN_CLUSTER)

_MYANMAR_DEFINITIONS = {
    "j": "ZWJ | ZWNJ",
    "k": "(Ra As H)",
    "sm": "SM | SMPst",
    "c": "C | Ra",
    "medial_group": "MY? As? MR? ((MW MH? ML? | MH ML? | ML) As?)?",
    "main_vowel_group": "(VPre VS?)* VAbv* VBlw* A* (DB As?)?",
    "post_vowel_group": "VPst MH? ML? As* VAbv* A* (DB As?)?",
    "tone_group": "sm | PT A* DB? As?",
    "complex_syllable_tail": "As* medial_group main_vowel_group post_vowel_group* tone_group* j?",
    "syllable_tail": "(H (c | IV) VS?)* (H | complex_syllable_tail)",
}
_MYANMAR_RULES = ("(k | CS)? (c | IV | GB | DOTTEDCIRCLE) VS? syllable_tail", "j | SMPst", "k? VS? syllable_tail")
_MYANMAR_TYPES = (CONSONANT_SYLLABLE, NON_CLUSTER, BROKEN_CLUSTER)

_MACHINES: dict[str, Machine] = {}


def _machine(name: str) -> Machine:
    machine = _MACHINES.get(name)
    if machine is None:
        if name == "khmer":
            machine = Machine(_KHMER_RULES, _KHMER_DEFINITIONS, CATEGORIES)
        else:
            machine = Machine(_MYANMAR_RULES, _MYANMAR_DEFINITIONS, CATEGORIES)
        _MACHINES[name] = machine
    return machine


def _no_op(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    return False


# --- Khmer ------------------------------------------------------------------------------------------------

_KHMER_FEATURES = (
    ("pref", F_MANUAL_JOINERS | F_PER_SYLLABLE), ("blwf", F_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("abvf", F_MANUAL_JOINERS | F_PER_SYLLABLE), ("pstf", F_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("cfar", F_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("pres", F_GLOBAL_MANUAL_JOINERS), ("abvs", F_GLOBAL_MANUAL_JOINERS), ("blws", F_GLOBAL_MANUAL_JOINERS),
    ("psts", F_GLOBAL_MANUAL_JOINERS),
)
_PREF, _BLWF, _ABVF, _PSTF, _CFAR = range(5)
_SPLIT_VOWELS = {0x17BE: (0x17C1, 0x17BE), 0x17BF: (0x17C1, 0x17BF), 0x17C0: (0x17C1, 0x17C0),
                 0x17C4: (0x17C1, 0x17C4), 0x17C5: (0x17C1, 0x17C5)}


def _khmer_syllables(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    find_syllables(buffer, _machine("khmer"), _KHMER_TYPES, NON_CLUSTER, BROKEN_CLUSTER)
    return False


def _khmer_reorder(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    changed = insert_dotted_circles(face, buffer, BROKEN_CLUSTER, DOTTEDCIRCLE)
    masks: list[int] = plan.data
    for start, end in syllables(buffer):
        if buffer.info[start].syl & 0x0F not in (CONSONANT_SYLLABLE, BROKEN_CLUSTER):
            continue
        info = buffer.info
        post = masks[_BLWF] | masks[_ABVF] | masks[_PSTF]
        for i in range(start + 1, end):
            info[i].mask |= post
        num_coengs = 0
        for i in range(start + 1, end):
            if info[i].aux == H and num_coengs <= 2 and i + 1 < end:
                num_coengs += 1
                if info[i + 1].aux == RA:
                    info[i].mask |= masks[_PREF]
                    info[i + 1].mask |= masks[_PREF]
                    buffer.merge_clusters(start, i + 2)
                    t0, t1 = info[i], info[i + 1]
                    info[start + 2:i + 2] = info[start:i]
                    info[start] = t0
                    info[start + 1] = t1
                    if masks[_CFAR]:
                        for j in range(i + 2, end):
                            info[j].mask |= masks[_CFAR]
                    num_coengs = 2
            elif info[i].aux == VPRE:
                buffer.merge_clusters(start, i + 1)
                t = info[i]
                info[start + 1:i + 1] = info[start:i]
                info[start] = t
    return changed


class KhmerShaper(Shaper):
    name = "khmer"
    normalization_mode = NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT
    zero_width_marks = ZERO_WIDTH_MARKS_NONE
    fallback_position = False

    def collect_features(self, planner: Planner) -> None:
        m = planner.map
        m.add_gsub_pause(_khmer_syllables)
        m.add_gsub_pause(_khmer_reorder)
        m.enable_feature("locl", F_PER_SYLLABLE)
        m.enable_feature("ccmp", F_PER_SYLLABLE)
        for tag, flags in _KHMER_FEATURES[:5]:
            m.add_feature(tag, flags)
        m.add_gsub_pause(_no_op)
        for tag, flags in _KHMER_FEATURES[5:]:
            m.add_feature(tag, flags)

    def override_features(self, planner: Planner) -> None:
        planner.map.enable_feature("clig")
        planner.map.disable_feature("liga")

    def data_create(self, plan: ShapePlan) -> Any:
        return [0 if flags & F_GLOBAL else plan.get_1_mask(tag) for tag, flags in _KHMER_FEATURES]

    def decompose(self, plan: ShapePlan, ab: int) -> tuple[int, int] | None:
        return _SPLIT_VOWELS.get(ab) or decompose(ab)

    def compose(self, plan: ShapePlan, a: int, b: int) -> int:
        if general_category(a) in MARK_CATEGORIES:
            return 0
        return compose(a, b)

    def setup_masks(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        set_categories(buffer)


# --- Myanmar ----------------------------------------------------------------------------------------------

_MYANMAR_CONSONANTS = frozenset((C, CS, RA, V, GB, DOTTEDCIRCLE))


def _is_consonant(g: Glyph) -> bool:
    return not g.gp & LIGATED and g.aux in _MYANMAR_CONSONANTS


def _myanmar_syllables(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    find_syllables(buffer, _machine("myanmar"), _MYANMAR_TYPES, NON_CLUSTER, BROKEN_CLUSTER)
    return False


def _myanmar_reorder(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    changed = insert_dotted_circles(face, buffer, BROKEN_CLUSTER, DOTTEDCIRCLE)
    for start, end in syllables(buffer):
        if buffer.info[start].syl & 0x0F in (CONSONANT_SYLLABLE, BROKEN_CLUSTER):
            _myanmar_reorder_syllable(buffer, start, end)
    return changed


def _myanmar_reorder_syllable(buffer: Buffer, start: int, end: int) -> None:
    info = buffer.info
    base = end
    has_reph = False
    limit = start
    if start + 3 <= end and info[start].aux == RA and info[start + 1].aux == AS and info[start + 2].aux == H:
        limit += 3
        base = start
        has_reph = True
    if not has_reph:
        base = limit
    for i in range(limit, end):
        if _is_consonant(info[i]):
            base = i
            break
    i = start
    while i < start + (3 if has_reph else 0):
        info[i].aux2 = POS_AFTER_MAIN
        i += 1
    while i < base:
        info[i].aux2 = POS_PRE_C
        i += 1
    if i < end:
        info[i].aux2 = POS_BASE_C
        i += 1
    pos = POS_AFTER_MAIN
    while i < end:
        cat = info[i].aux
        if cat == MR:
            info[i].aux2 = POS_PRE_C
        elif cat == VPRE:
            info[i].aux2 = POS_PRE_M
        elif cat == VS:
            info[i].aux2 = info[i - 1].aux2
        elif pos == POS_AFTER_MAIN and cat == VBLW:
            pos = POS_BELOW_C
            info[i].aux2 = pos
        elif pos == POS_BELOW_C and cat == A:
            info[i].aux2 = POS_BEFORE_SUB
        elif pos == POS_BELOW_C and cat == VBLW:
            info[i].aux2 = pos
        elif pos == POS_BELOW_C:
            pos = POS_AFTER_SUB
            info[i].aux2 = pos
        else:
            info[i].aux2 = pos
        i += 1
    buffer.sort(start, end, lambda g: g.aux2)
    first_left = last_left = end
    for i in range(start, end):
        if info[i].aux2 == POS_PRE_M:
            if first_left == end:
                first_left = i
            last_left = i
    if first_left < last_left:
        buffer.reverse_range(first_left, last_left + 1)
        i = first_left
        for j in range(first_left, last_left + 1):
            if info[j].aux == VPRE:
                buffer.reverse_range(i, j + 1)
                i = j + 1


class MyanmarShaper(Shaper):
    name = "myanmar"
    normalization_mode = NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT
    zero_width_marks = ZERO_WIDTH_MARKS_BY_GDEF_EARLY
    fallback_position = False

    def collect_features(self, planner: Planner) -> None:
        m = planner.map
        m.add_gsub_pause(_myanmar_syllables)
        m.enable_feature("locl", F_PER_SYLLABLE)
        m.enable_feature("ccmp", F_PER_SYLLABLE)
        m.add_gsub_pause(_myanmar_reorder)
        for tag in ("rphf", "pref", "blwf", "pstf"):
            m.enable_feature(tag, F_MANUAL_ZWJ | F_PER_SYLLABLE)
            m.add_gsub_pause(None)
        m.add_gsub_pause(_no_op)
        for tag in ("pres", "abvs", "blws", "psts"):
            m.enable_feature(tag, F_MANUAL_ZWJ)

    def setup_masks(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        set_categories(buffer)


KHMER = KhmerShaper()
MYANMAR = MyanmarShaper()
