"""The Indic shaper (HarfBuzz's ``hb-ot-shaper-indic``): syllables, reph, pre-base matras and the
basic-form features applied one stage at a time, then the presentation features.

Steps: each character gets an Indic category and position (generated table ``_ucd.INDIC``); a
longest-match syllable machine (:mod:`~pureog.text.ot.shapers.machine`) splits the run into syllables
(broken ones get a dotted circle); initial reordering finds each syllable's base consonant (skipping a
Ra + halant that forms a reph, and consonants the font gives below- / post-base forms), moves pre-base
matras before it and sets the ``rphf`` / ``half`` / ``blwf`` / ``abvf`` / ``pstf`` / ``pref`` masks; after
``nukt akhn rphf rkrf pref blwf abvf half pstf vatu cjct``, final reordering moves the pre-base matra
after the last half form, the reph to its script's position and pre-base-reordering consonants; then
``init pres abvs blws psts haln`` and the common features run, constrained to the syllable.

Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pureog.text.ot.plan import F_GLOBAL, F_PER_SYLLABLE
from pureog.text.ot.shapers.base import (
    NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT,
    ZERO_WIDTH_MARKS_NONE,
    Shaper,
)
from pureog.text.ot.shapers.indic_common import (
    BASIC_FEATURES,
    BROKEN_CLUSTER,
    CATEGORIES,
    CONFIGS,
    CONSONANT_SYLLABLE,
    DEFAULT_CONFIG,
    DOTTEDCIRCLE,
    FEATURES,
    NON_INDIC_CLUSTER,
    POS_BASE_C,
    POS_END,
    REPHA,
    STANDALONE_CLUSTER,
    SYMBOL_CLUSTER,
    VOWEL_SYLLABLE,
    IndicPlan,
    virama_glyph,
)
from pureog.text.ot.shapers.indic_reorder import consonant_position, final_reorder_syllable, reorder_consonant_syllable
from pureog.text.ot.shapers.machine import Machine
from pureog.text.ot.shapers.syllabic import find_syllables, insert_dotted_circles, set_categories, syllables
from pureog.text.ot.shapers.vowel_constraints import insert_vowel_constraint_circles
from pureog.text.ot.unicode import MARK_CATEGORIES, compose, decompose, general_category

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer
    from pureog.text.ot.plan import Planner, ShapePlan
    from pureog.text.ot.tables import FaceData

_DEFINITIONS = {
    "c": "C | Ra",
    "n": "((ZWNJ? RS)? (N N?)?)",
    "z": "ZWJ | ZWNJ",
    "reph": "(Ra H | Repha)",
    "sm": "SM | SMPst",
    "cn": "c ZWJ? n?",
    "symbol": "Symbol N?",
    "matra_group": "z* (M | sm? MPst) N? H?",
    "syllable_tail": "(z? sm sm? ZWNJ?)? (A)*",
    "halant_group": "(z? H (ZWJ N?)?)",
    "final_halant_group": "halant_group | H ZWNJ",
    "medial_group": "CM?",
    "halant_or_matra_group": "(final_halant_group | matra_group*)",
    "complex_syllable_tail": "(halant_group cn)* medial_group halant_or_matra_group syllable_tail",
}
_RULES = (
    "(Repha | CS)? cn complex_syllable_tail",  # consonant syllable
    "reph? V n? (ZWJ | complex_syllable_tail)",  # vowel syllable
    "((Repha | CS)? PLACEHOLDER | reph? DOTTEDCIRCLE) n? complex_syllable_tail",  # standalone cluster
    "symbol syllable_tail",  # symbol cluster
    "SMPst",  # non-Indic cluster
    "reph? n? complex_syllable_tail",  # broken cluster
)
_RULE_TYPES = (CONSONANT_SYLLABLE, VOWEL_SYLLABLE, STANDALONE_CLUSTER, SYMBOL_CLUSTER, NON_INDIC_CLUSTER,
               BROKEN_CLUSTER)
_MACHINE: Machine | None = None

def _machine() -> Machine:
    global _MACHINE
    if _MACHINE is None:
        _MACHINE = Machine(_RULES, _DEFINITIONS, CATEGORIES)
    return _MACHINE


# --- pauses -------------------------------------------------------------------------------------------

def _setup_syllables(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    find_syllables(buffer, _machine(), _RULE_TYPES, NON_INDIC_CLUSTER, BROKEN_CLUSTER)
    return False


def _initial_reordering(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    virama = virama_glyph(plan, face)
    if virama:
        for g in buffer.info:
            if g.aux2 == POS_BASE_C:
                g.aux2 = consonant_position(plan, g.cp, virama)
    changed = insert_dotted_circles(face, buffer, BROKEN_CLUSTER, DOTTEDCIRCLE, REPHA, POS_END)
    for start, end in syllables(buffer):
        kind = buffer.info[start].syl & 0x0F
        if kind in (CONSONANT_SYLLABLE, VOWEL_SYLLABLE, BROKEN_CLUSTER, STANDALONE_CLUSTER):
            reorder_consonant_syllable(plan, buffer, start, end)
    return changed


def _final_reordering(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    if buffer.info:
        for start, end in syllables(buffer):
            final_reorder_syllable(plan, buffer, start, end)
    return False


def _clear_syllables(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    return False


class IndicShaper(Shaper):
    name = "indic"
    normalization_mode = NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT
    zero_width_marks = ZERO_WIDTH_MARKS_NONE
    fallback_position = False

    def collect_features(self, planner: Planner) -> None:
        m = planner.map
        m.add_gsub_pause(_setup_syllables)
        m.enable_feature("locl", F_PER_SYLLABLE)
        m.enable_feature("ccmp", F_PER_SYLLABLE)
        m.add_gsub_pause(_initial_reordering)
        for tag, flags in FEATURES[:BASIC_FEATURES]:
            m.add_feature(tag, flags)
            m.add_gsub_pause(None)
        m.add_gsub_pause(_final_reordering)
        for tag, flags in FEATURES[BASIC_FEATURES:]:
            m.add_feature(tag, flags)

    def override_features(self, planner: Planner) -> None:
        planner.map.disable_feature("liga")
        planner.map.add_gsub_pause(_clear_syllables)

    def data_create(self, plan: ShapePlan) -> Any:
        config = CONFIGS.get(plan.script or "", DEFAULT_CONFIG)
        chosen = plan.chosen_script[0] or ""
        is_old_spec = config.has_old_spec and not chosen.endswith("2")
        zero_context = not is_old_spec and plan.script != "Mlym"
        masks = [0 if flags & F_GLOBAL else plan.get_1_mask(tag) for tag, flags in FEATURES]
        return IndicPlan(config, is_old_spec, zero_context, masks)

    def preprocess_text(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        insert_vowel_constraint_circles(buffer, plan.script)

    def decompose(self, plan: ShapePlan, ab: int) -> tuple[int, int] | None:
        if ab in (0x0931, 0x09DC, 0x09DD, 0x0B94):
            return None
        return decompose(ab)

    def compose(self, plan: ShapePlan, a: int, b: int) -> int:
        if general_category(a) in MARK_CATEGORIES:
            return 0
        if a == 0x09AF and b == 0x09BC:
            return 0x09DF
        return compose(a, b)

    def setup_masks(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        set_categories(buffer)


INDIC = IndicShaper()
