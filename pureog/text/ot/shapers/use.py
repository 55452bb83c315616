"""The Universal Shaping Engine (HarfBuzz's ``hb-ot-shaper-use``): Tibetan, Sinhala, Mongolian, Javanese,
Balinese, Brahmi and the other scripts Microsoft's USE specification covers.

Steps, one function each:

* ``setup_masks``: joining forms for the scripts that join like Arabic (Mongolian, N'Ko, Adlam, ...),
  then each character's USE category (generated table :mod:`pureog.text.ot._use_table`);
* ``_setup_syllables``: clusters from the USE grammar (:data:`_DEFINITIONS`, longest match; CGJ-like
  characters and a ZWNJ before a mark are invisible to it), ``rphf`` on a cluster's first characters,
  ``isol init medi fina`` on whole clusters for the other joining scripts;
* ``locl ccmp nukt akhn``, ``rphf`` (a substituted glyph becomes the repha, ``R``), ``pref`` (a
  substituted glyph becomes a pre-base vowel, ``VPre``), then ``rkrf abvf blwf half pstf vatu cjct``,
  all constrained to the cluster;
* ``_reorder``: a dotted circle before each broken cluster; the repha moves after the base, before the
  first post-base mark or halant; pre-base vowels and modifiers move to the cluster's start (or after
  the last halant);
* the joining features, then ``abvs blws haln pres psts`` and the common features over the whole run.

Marks' advances are zeroed from GDEF before GPOS; no fallback positioning. Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pureog.text.ot._use_table import CATEGORIES, RANGES
from pureog.text.ot.buffer import LIGATED, SUBSTITUTED, lig_comp
from pureog.text.ot.plan import F_MANUAL_ZWJ, F_PER_SYLLABLE
from pureog.text.ot.shapers.arabic import FEATURES as ARABIC_FORMS
from pureog.text.ot.shapers.arabic import set_joining_masks
from pureog.text.ot.shapers.base import (
    NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT,
    ZERO_WIDTH_MARKS_BY_GDEF_EARLY,
    Shaper,
)
from pureog.text.ot.shapers.machine import Machine
from pureog.text.ot.shapers.syllabic import HAS_BROKEN_SYLLABLE, insert_dotted_circles, syllables
from pureog.text.ot.shapers.vowel_constraints import insert_vowel_constraint_circles
from pureog.text.ot.unicode import MARK_CATEGORIES, UPROPS_GEN_CAT, compose, general_category

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer, Glyph
    from pureog.text.ot.plan import Planner, ShapePlan
    from pureog.text.ot.tables import FaceData

CAT = {name: i for i, name in enumerate(CATEGORIES)}
_TABLE: dict[int, int] = {u: cat for lo, hi, cat in RANGES for u in range(lo, hi + 1)}

# Cluster types (the order of the grammar's rules), kept in the low nibble of ``Glyph.syl``.
(VIRAMA_TERMINATED, SAKOT_TERMINATED, STANDARD, NUMBER_JOINER_TERMINATED, NUMERAL, SYMBOL, HIEROGLYPH,
 BROKEN, NON_CLUSTER) = range(9)

# The USE cluster grammar (its syllable machine), in the scanner's notation.
_DEFINITIONS = {
    "h": "H | HVM | IS | Sk",
    "consonant_modifiers": "CMAbv* CMBlw* ((h B | SUB) CMAbv* CMBlw*)*",
    "medial_consonants": "MPre? MAbv? MBlw? MPst?",
    "dependent_vowels": "VPre* VAbv* VBlw* VPst* | H",
    "vowel_modifiers": "HVM? VMPre* VMAbv* VMBlw* VMPst*",
    "final_consonants": "FAbv* FBlw* FPst*",
    "final_modifiers": "FMAbv* FMBlw* | FMPst?",
    "complex_syllable_start": "(R | CS)? (B | GB)",
    "complex_syllable_middle": "consonant_modifiers medial_consonants dependent_vowels vowel_modifiers (Sk B)*",
    "complex_syllable_tail": "complex_syllable_middle final_consonants final_modifiers",
    "number_joiner_terminated_cluster_tail": "(HN N)* HN",
    "numeral_cluster_tail": "(HN N)+",
    "symbol_cluster_tail": "SMAbv+ SMBlw* | SMBlw+",
    "virama_terminated_cluster_tail": "consonant_modifiers (IS | RK)",
    "sakot_terminated_cluster_tail": "complex_syllable_middle Sk",
    "tail": ("complex_syllable_tail | sakot_terminated_cluster_tail | symbol_cluster_tail"
             " | virama_terminated_cluster_tail"),
    "hieroglyph": "G HR? HM? SE*",
}
_RULES = (
    ("complex_syllable_start virama_terminated_cluster_tail ZWNJ?", VIRAMA_TERMINATED),
    ("complex_syllable_start sakot_terminated_cluster_tail ZWNJ?", SAKOT_TERMINATED),
    ("complex_syllable_start complex_syllable_tail ZWNJ?", STANDARD),
    ("N number_joiner_terminated_cluster_tail ZWNJ?", NUMBER_JOINER_TERMINATED),
    ("N numeral_cluster_tail? ZWNJ?", NUMERAL),
    ("(O | GB | SB) tail? ZWNJ?", SYMBOL),
    ("SB* hieroglyph (J SB* hieroglyph?)* ZWNJ?", HIEROGLYPH),
    ("FMPst", NON_CLUSTER),
    ("R? (tail | number_joiner_terminated_cluster_tail | numeral_cluster_tail) ZWNJ?", BROKEN),
)
_MACHINE: list[Machine] = []

# Categories after which a repha stops moving (it goes before the first of them).
_POST_BASE = frozenset(CAT[n] for n in ("FAbv", "FBlw", "FPst", "FMAbv", "FMBlw", "FMPst", "MAbv", "MBlw", "MPst",
                                        "MPre", "VAbv", "VBlw", "VPst", "VPre", "VMAbv", "VMBlw", "VMPst", "VMPre"))
_HALANTS = frozenset((CAT["H"], CAT["HVM"], CAT["IS"]))
_PRE_BASE = frozenset((CAT["VPre"], CAT["VMPre"]))
_REORDERED = frozenset((VIRAMA_TERMINATED, SAKOT_TERMINATED, STANDARD, SYMBOL, BROKEN))
_NOT_JOINING = frozenset((HIEROGLYPH, NON_CLUSTER))

# Scripts whose letters join as Arabic's do: their forms come from the Arabic joining machine.
_ARABIC_JOINING = frozenset(("Adlm", "Arab", "Chrs", "Rohg", "Mand", "Mani", "Mong", "Nkoo", "Ougr", "Phag",
                             "Phlp", "Sogd", "Syrc"))
_BASIC = ("rkrf", "abvf", "blwf", "half", "pstf", "vatu", "cjct")
_TOPOGRAPHICAL = ("isol", "init", "medi", "fina")
ISOL, INIT, MEDI, FINA = range(4)
_PRESENTATION = ("abvs", "blws", "haln", "pres", "psts")


def category(u: int) -> int:
    """The USE category of a code point (``O``, 0, when the table has none)."""
    return _TABLE.get(u, 0)


def _machine() -> Machine:
    if not _MACHINE:
        _MACHINE.append(Machine([rule for rule, _ in _RULES], _DEFINITIONS, CAT))
    return _MACHINE[0]


def _is_halant(g: Glyph) -> bool:
    return g.aux in _HALANTS and not g.gp & LIGATED


def find_syllables(buffer: Buffer) -> None:
    """Cluster serial and type of every glyph (``Glyph.syl``). CGJ-class characters (CGJ, ZWJ,
    variation selectors) are invisible to the grammar, and so is a ZWNJ whose next visible character
    is a mark; they belong to the cluster before them."""
    info = buffer.info
    n = len(info)
    cgj = CAT["CGJ"]
    zwnj = CAT["ZWNJ"]
    seen: list[int] = []
    for i, g in enumerate(info):
        if g.aux == cgj:
            continue
        if g.aux == zwnj:
            j = i + 1
            while j < n and info[j].aux == cgj:
                j += 1
            if j < n and (info[j].up & UPROPS_GEN_CAT) in MARK_CATEGORIES:
                continue
        seen.append(i)
    serial = 1
    for start, end, rule in _machine().scan([info[i].aux for i in seen]):
        kind = _RULES[rule][1] if rule >= 0 else NON_CLUSTER
        if kind == BROKEN:
            buffer.scratch |= HAS_BROKEN_SYLLABLE
        last = seen[end] if end < len(seen) else n
        for i in range(seen[start], last):
            info[i].syl = (serial << 4) | kind
        serial = serial + 1 if serial < 15 else 1


def _setup_syllables(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    find_syllables(buffer)
    _setup_rphf_mask(plan, buffer)
    _setup_topographical_masks(plan, buffer)
    return False


def _setup_rphf_mask(plan: ShapePlan, buffer: Buffer) -> None:
    """``rphf`` on the repha of a cluster, or on its first three characters (a Ra + halant, ...)."""
    mask = plan.data["rphf"]
    if not mask:
        return
    info = buffer.info
    for start, end in syllables(buffer):
        limit = 1 if info[start].aux == CAT["R"] else min(3, end - start)
        for i in range(start, start + limit):
            info[i].mask |= mask


def _setup_topographical_masks(plan: ShapePlan, buffer: Buffer) -> None:
    """For the joining scripts without Arabic joining data, clusters join to each other: isolated,
    then initial + final, then initial + medial + final, each cluster's glyphs taking its form."""
    data = plan.data
    if data["arabic"]:
        return
    masks: list[int] = data["forms"]
    all_masks = masks[0] | masks[1] | masks[2] | masks[3]
    if not all_masks:
        return
    others = ~all_masks
    info = buffer.info
    last_start = 0
    last_form = -1
    for start, end in syllables(buffer):
        if info[start].syl & 0x0F in _NOT_JOINING:
            last_form = -1
        else:
            join = last_form in (FINA, ISOL)
            if join:
                last_form = MEDI if last_form == FINA else INIT
                for i in range(last_start, start):
                    info[i].mask = (info[i].mask & others) | masks[last_form]
            last_form = FINA if join else ISOL
            for i in range(start, end):
                info[i].mask = (info[i].mask & others) | masks[last_form]
        last_start = start


def _clear_substitution_flags(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    for g in buffer.info:
        g.gp &= ~SUBSTITUTED
    return False


def _record_rphf(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    """A glyph ``rphf`` substituted (among the glyphs it applied to) is the cluster's repha."""
    mask = plan.data["rphf"]
    if not mask:
        return False
    info = buffer.info
    for start, end in syllables(buffer):
        i = start
        while i < end and info[i].mask & mask:
            if info[i].gp & SUBSTITUTED:
                info[i].aux = CAT["R"]
                break
            i += 1
    return False


def _record_pref(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    """A glyph ``pref`` substituted reorders as a pre-base vowel does."""
    info = buffer.info
    for start, end in syllables(buffer):
        for i in range(start, end):
            if info[i].gp & SUBSTITUTED:
                info[i].aux = CAT["VPre"]
                break
    return False


def _reorder(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    changed = insert_dotted_circles(face, buffer, BROKEN, CAT["B"], CAT["R"])
    for start, end in syllables(buffer):
        reorder_syllable(buffer, start, end)
    return changed


def reorder_syllable(buffer: Buffer, start: int, end: int) -> None:
    """Move the repha after the base (before the first post-base glyph or halant, else to the end)
    and each pre-base vowel / vowel modifier to the cluster's start or after its last halant."""
    info = buffer.info
    if info[start].syl & 0x0F not in _REORDERED:
        return
    if info[start].aux == CAT["R"] and end - start > 1:
        for i in range(start + 1, end):
            post_base = info[i].aux in _POST_BASE or _is_halant(info[i])
            if post_base or i == end - 1:
                if post_base:
                    i -= 1
                buffer.merge_clusters(start, i + 1)
                repha = info[start]
                info[start:i] = info[start + 1:i + 1]
                info[i] = repha
                break
    j = start
    for i in range(start, end):
        g = info[i]
        if _is_halant(g):
            j = i + 1
        elif g.aux in _PRE_BASE and lig_comp(g) == 0 and j < i:
            buffer.merge_clusters(j, i + 1)
            info[j + 1:i + 1] = info[j:i]
            info[j] = g


def _no_op(plan: ShapePlan, face: FaceData, buffer: Buffer) -> bool:
    return False


class UseShaper(Shaper):
    name = "use"
    normalization_mode = NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT
    zero_width_marks = ZERO_WIDTH_MARKS_BY_GDEF_EARLY
    fallback_position = False

    def collect_features(self, planner: Planner) -> None:
        m = planner.map
        m.add_gsub_pause(_setup_syllables)
        for tag in ("locl", "ccmp", "nukt"):
            m.enable_feature(tag, F_PER_SYLLABLE)
        m.enable_feature("akhn", F_MANUAL_ZWJ | F_PER_SYLLABLE)
        m.add_gsub_pause(_clear_substitution_flags)
        m.add_feature("rphf", F_MANUAL_ZWJ | F_PER_SYLLABLE)
        m.add_gsub_pause(_record_rphf)
        m.add_gsub_pause(_clear_substitution_flags)
        m.enable_feature("pref", F_MANUAL_ZWJ | F_PER_SYLLABLE)
        m.add_gsub_pause(_record_pref)
        for tag in _BASIC:
            m.enable_feature(tag, F_MANUAL_ZWJ | F_PER_SYLLABLE)
        m.add_gsub_pause(_reorder)
        m.add_gsub_pause(_no_op)  # HarfBuzz frees the syllable variable here
        for tag in _TOPOGRAPHICAL:
            m.add_feature(tag)
        m.add_gsub_pause(None)
        for tag in _PRESENTATION:
            m.enable_feature(tag, F_MANUAL_ZWJ)

    def data_create(self, plan: ShapePlan) -> Any:
        forms = [plan.get_1_mask(tag) for tag in _TOPOGRAPHICAL]
        forms = [0 if mask == plan.global_mask else mask for mask in forms]
        arabic = plan.script in _ARABIC_JOINING
        joining = [plan.get_1_mask(tag) for tag in ARABIC_FORMS] + [0] if arabic else []
        return {"rphf": plan.get_1_mask("rphf"), "forms": forms, "arabic": arabic, "joining": joining}

    def preprocess_text(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        insert_vowel_constraint_circles(buffer, plan.script)

    def compose(self, plan: ShapePlan, a: int, b: int) -> int:
        if general_category(a) in MARK_CATEGORIES:  # keep split vowel signs split
            return 0
        return compose(a, b)

    def setup_masks(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        data = plan.data
        if data["arabic"]:
            set_joining_masks(buffer, plan.script, data["joining"])
        for g in buffer.info:
            g.aux = _TABLE.get(g.cp, 0)


USE = UseShaper()
