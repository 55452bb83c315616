"""Shared data of the Indic shaper: categories, positions, features, per-script configuration, the
per-plan state and the glyph predicates (:mod:`~pureog.text.ot.shapers.indic`,
:mod:`~pureog.text.ot.shapers.indic_reorder`).

Imports pureog.text.ot only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pureog.records import record
from pureog.text.ot.buffer import LIGATED, MULTIPLIED, Glyph
from pureog.text.ot.plan import F_GLOBAL_MANUAL_JOINERS, F_MANUAL_JOINERS, F_PER_SYLLABLE

if TYPE_CHECKING:
    from pureog.text.ot.plan import ShapePlan
    from pureog.text.ot.tables import FaceData

# Categories (the syllable machine's alphabet).
X, C, V, N, H, ZWNJ, ZWJ, M, SM, A, PLACEHOLDER, DOTTEDCIRCLE, RS, MPST, REPHA, RA, CM, SYMBOL, CS = range(19)
SMPST = 57
CATEGORIES = {"X": X, "C": C, "V": V, "N": N, "H": H, "ZWNJ": ZWNJ, "ZWJ": ZWJ, "M": M, "SM": SM, "A": A, "VD": A,
              "PLACEHOLDER": PLACEHOLDER, "DOTTEDCIRCLE": DOTTEDCIRCLE, "RS": RS, "MPst": MPST, "Repha": REPHA,
              "Ra": RA, "CM": CM, "Symbol": SYMBOL, "CS": CS, "SMPst": SMPST}

# Positions (ot_position_t), in visual order.
(POS_START, POS_RA_TO_BECOME_REPH, POS_PRE_M, POS_PRE_C, POS_BASE_C, POS_AFTER_MAIN, POS_ABOVE_C, POS_BEFORE_SUB,
 POS_BELOW_C, POS_AFTER_SUB, POS_BEFORE_POST, POS_POST_C, POS_AFTER_POST, POS_SMVD, POS_END) = range(15)

CONSONANT_FLAGS = frozenset((C, CS, RA, CM, V, PLACEHOLDER, DOTTEDCIRCLE))
JOINERS = frozenset((ZWJ, ZWNJ))
MATRAS = frozenset((M, MPST))

# Syllable types.
CONSONANT_SYLLABLE, VOWEL_SYLLABLE, STANDALONE_CLUSTER, SYMBOL_CLUSTER, BROKEN_CLUSTER, NON_INDIC_CLUSTER = range(6)

# Feature order; the first eleven are the basic forms, applied one stage each.
FEATURES = (
    ("nukt", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE), ("akhn", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("rphf", F_MANUAL_JOINERS | F_PER_SYLLABLE), ("rkrf", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("pref", F_MANUAL_JOINERS | F_PER_SYLLABLE), ("blwf", F_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("abvf", F_MANUAL_JOINERS | F_PER_SYLLABLE), ("half", F_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("pstf", F_MANUAL_JOINERS | F_PER_SYLLABLE), ("vatu", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("cjct", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("init", F_MANUAL_JOINERS | F_PER_SYLLABLE), ("pres", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("abvs", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE), ("blws", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE),
    ("psts", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE), ("haln", F_GLOBAL_MANUAL_JOINERS | F_PER_SYLLABLE),
)
BASIC_FEATURES = 11
(_NUKT, _AKHN, RPHF, _RKRF, PREF, BLWF, ABVF, HALF, PSTF, _VATU, _CJCT, INIT) = range(12)

# Reph positions and modes.
REPH_AFTER_MAIN, REPH_BEFORE_SUB, REPH_AFTER_SUB = POS_AFTER_MAIN, POS_BEFORE_SUB, POS_AFTER_SUB
REPH_BEFORE_POST, REPH_AFTER_POST = POS_BEFORE_POST, POS_AFTER_POST
REPH_IMPLICIT, REPH_EXPLICIT, REPH_LOG_REPHA = 0, 1, 2
BLWF_PRE_AND_POST, BLWF_POST_ONLY = 0, 1


@record
class IndicConfig:
    has_old_spec: bool
    virama: int
    reph_pos: int
    reph_mode: int
    blwf_mode: int


CONFIGS = {
    "Deva": IndicConfig(True, 0x094D, REPH_BEFORE_POST, REPH_IMPLICIT, BLWF_PRE_AND_POST),
    "Beng": IndicConfig(True, 0x09CD, REPH_AFTER_SUB, REPH_IMPLICIT, BLWF_PRE_AND_POST),
    "Guru": IndicConfig(True, 0x0A4D, REPH_BEFORE_SUB, REPH_IMPLICIT, BLWF_PRE_AND_POST),
    "Gujr": IndicConfig(True, 0x0ACD, REPH_BEFORE_POST, REPH_IMPLICIT, BLWF_PRE_AND_POST),
    "Orya": IndicConfig(True, 0x0B4D, REPH_AFTER_MAIN, REPH_IMPLICIT, BLWF_PRE_AND_POST),
    "Taml": IndicConfig(True, 0x0BCD, REPH_AFTER_POST, REPH_IMPLICIT, BLWF_PRE_AND_POST),
    "Telu": IndicConfig(True, 0x0C4D, REPH_AFTER_POST, REPH_EXPLICIT, BLWF_POST_ONLY),
    "Knda": IndicConfig(True, 0x0CCD, REPH_AFTER_POST, REPH_IMPLICIT, BLWF_POST_ONLY),
    "Mlym": IndicConfig(True, 0x0D4D, REPH_AFTER_MAIN, REPH_LOG_REPHA, BLWF_PRE_AND_POST),
}
DEFAULT_CONFIG = IndicConfig(False, 0, REPH_BEFORE_POST, REPH_IMPLICIT, BLWF_PRE_AND_POST)


@dataclass
class IndicPlan:
    config: IndicConfig
    is_old_spec: bool
    zero_context: bool
    masks: list[int]
    would: dict[str, list[Any]] = field(default_factory=dict)
    virama_glyph: int = -1


def is_one_of(g: Glyph, flags: frozenset[int]) -> bool:
    return not g.gp & LIGATED and g.aux in flags


def is_consonant(g: Glyph) -> bool:
    return is_one_of(g, CONSONANT_FLAGS)


def is_joiner(g: Glyph) -> bool:
    return is_one_of(g, JOINERS)


def is_halant(g: Glyph) -> bool:
    return not g.gp & LIGATED and g.aux == H


def ligated_and_didnt_multiply(g: Glyph) -> bool:
    return bool(g.gp & LIGATED) and not g.gp & MULTIPLIED


def would_substitute(plan: ShapePlan, feature: str, glyphs: tuple[int, ...]) -> bool:
    data: IndicPlan = plan.data
    lookups = data.would.get(feature)
    if lookups is None:
        gsub = plan.face.gsub
        lookups = []
        if gsub is not None:
            for lm in plan.feature_stage_lookups(0, feature):
                lookup = gsub.lookup(lm.index)
                if lookup is not None:
                    lookups.append(lookup)
        data.would[feature] = lookups
    return any(lookup.would_apply(glyphs, data.zero_context) for lookup in lookups)


def virama_glyph(plan: ShapePlan, face: FaceData) -> int:
    data: IndicPlan = plan.data
    if data.virama_glyph == -1:
        data.virama_glyph = face.cmap.get(data.config.virama, 0) if data.config.virama else 0
    return data.virama_glyph

