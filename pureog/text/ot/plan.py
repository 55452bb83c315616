"""Shaping plans: script / language system selection, the feature map with its mask bits, and the
lookups to apply in order, stage by stage (HarfBuzz's ``hb_ot_map_builder_t`` and the plan decisions
of ``hb_ot_shape_planner_t::compile``).

Input: a :class:`~pureog.text.ot.tables.FaceData`, an ISO 15924 script, a language, a direction and
user features. Output: a :class:`ShapePlan`, cached per (face, script, language, direction, features):
the chosen script tag per table, the feature map (tag -> mask / shift / stage), the lookups of GSUB
and GPOS grouped in stages (each ending with an optional pause callback of the shaper), and which
positioning paths apply (GPOS, legacy ``kern``, fallback mark positioning, mark zeroing).

Imports pureog.text.ot only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pureog import caches
from pureog.records import field, mutable_record, record
from pureog.text.ot.tables import NO_INDEX, FaceData, LayoutTable
from pureog.text.ot.tags import language_tags, normalize_script, script_tags

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer
    from pureog.text.ot.shapers.base import Shaper

F_NONE = 0x00
F_GLOBAL = 0x01
F_HAS_FALLBACK = 0x02
F_MANUAL_ZWNJ = 0x04
F_MANUAL_ZWJ = 0x08
F_MANUAL_JOINERS = F_MANUAL_ZWNJ | F_MANUAL_ZWJ
F_GLOBAL_MANUAL_JOINERS = F_GLOBAL | F_MANUAL_JOINERS
F_GLOBAL_HAS_FALLBACK = F_GLOBAL | F_HAS_FALLBACK
F_GLOBAL_SEARCH = 0x10
F_RANDOM = 0x20
F_PER_SYLLABLE = 0x40

MAX_BITS = 8
MAX_VALUE = (1 << MAX_BITS) - 1
GLOBAL_BIT_SHIFT = 31
GLOBAL_BIT_MASK = 1 << GLOBAL_BIT_SHIFT
FIRST_FREE_BIT = 4  # after HarfBuzz's three glyph-flag bits

PauseFunc = Callable[["ShapePlan", FaceData, "Buffer"], bool]


@record
class Feature:
    """A user feature, CSS ``font-feature-settings`` style: tag, value, and an optional cluster range."""

    tag: str
    value: int = 1
    start: int = 0
    end: int | None = None

    @property
    def is_global(self) -> bool:
        return self.start == 0 and self.end is None


@mutable_record
class _FeatureInfo:
    tag: str
    seq: int
    max_value: int
    flags: int
    default_value: int
    stage: list[int]


@mutable_record
class FeatureMap:
    tag: str
    index: tuple[int, int]
    stage: tuple[int, int]
    shift: int
    mask: int
    one_mask: int
    needs_fallback: bool
    auto_zwnj: bool
    auto_zwj: bool
    random: bool
    per_syllable: bool


@mutable_record
class LookupMap:
    index: int
    mask: int
    auto_zwnj: bool = True
    auto_zwj: bool = True
    random: bool = False
    per_syllable: bool = False
    feature: str = ""


@mutable_record
class Stage:
    last_lookup: int
    pause: PauseFunc | None


def _select(table: LayoutTable | None, scripts: Sequence[str], languages: Sequence[str]
            ) -> tuple[bool, str | None, tuple[int, tuple[int, ...]] | None]:
    """(found, chosen script tag, LangSys) for one table, with HarfBuzz's DFLT / dflt / latn fallbacks."""
    if table is None:
        return False, None, None
    found = False
    chosen: str | None = None
    for tag in scripts:
        if tag in table.scripts:
            chosen, found = tag, True
            break
    else:
        for tag in ("DFLT", "dflt", "latn"):
            if tag in table.scripts:
                chosen = tag
                break
    if chosen is None:
        return False, None, None
    default, langs = table.scripts[chosen]
    for lang in languages:
        if lang in langs:
            return found, chosen, langs[lang]
    if "dflt" in langs:
        return found, chosen, langs["dflt"]
    return found, chosen, default


class MapBuilder:
    """Collects features and pauses, then compiles them into the plan's map (``hb_ot_map_builder_t``)."""

    def __init__(self, face: FaceData, script: str | None, language: str | None, rtl: bool) -> None:
        self.face = face
        self.rtl = rtl
        stags = script_tags(script)
        ltags = language_tags(language)
        self.tables: tuple[LayoutTable | None, LayoutTable | None] = (face.gsub, face.gpos)
        found0, chosen0, langsys0 = _select(face.gsub, stags, ltags)
        found1, chosen1, langsys1 = _select(face.gpos, stags, ltags)
        self.found_script = (found0, found1)
        self.chosen_script = (chosen0, chosen1)
        self.langsys = (langsys0, langsys1)
        self.feature_infos: list[_FeatureInfo] = []
        self.current_stage = [0, 0]
        self.stages: tuple[list[tuple[int, PauseFunc | None]], list[tuple[int, PauseFunc | None]]] = ([], [])

    def add_feature(self, tag: str, flags: int = F_NONE, value: int = 1) -> None:
        if not tag:
            return
        self.feature_infos.append(_FeatureInfo(tag, len(self.feature_infos) + 1, value, flags,
                                               value if flags & F_GLOBAL else 0, list(self.current_stage)))

    def enable_feature(self, tag: str, flags: int = F_NONE, value: int = 1) -> None:
        self.add_feature(tag, F_GLOBAL | flags, value)

    def disable_feature(self, tag: str) -> None:
        self.add_feature(tag, F_GLOBAL, 0)

    def add_gsub_pause(self, func: PauseFunc | None) -> None:
        self._add_pause(0, func)

    def add_gpos_pause(self, func: PauseFunc | None) -> None:
        self._add_pause(1, func)

    def _add_pause(self, table_index: int, func: PauseFunc | None) -> None:
        self.stages[table_index].append((self.current_stage[table_index], func))
        self.current_stage[table_index] += 1

    def _feature_index(self, table_index: int, tag: str) -> int:
        """The langsys's first feature with this tag (earlier entries win, as HarfBuzz's map does)."""
        table = self.tables[table_index]
        langsys = self.langsys[table_index]
        if table is None or langsys is None:
            return NO_INDEX
        for index in langsys[1]:
            if 0 <= index < len(table.feature_tags) and table.feature_tags[index] == tag:
                return index
        return NO_INDEX

    def has_feature(self, tag: str) -> bool:
        return any(self._feature_index(t, tag) != NO_INDEX for t in (0, 1))

    def has_gsub_feature(self, tag: str) -> bool:
        """Whether the chosen GSUB language system lists ``tag`` (Blink asks this of small capitals)."""
        return self._feature_index(0, tag) != NO_INDEX

    def compile(self) -> tuple[dict[str, FeatureMap], int, list[list[LookupMap]], list[list[Stage]]]:
        infos = sorted(self.feature_infos, key=lambda f: (f.tag.encode("latin-1"), f.seq))
        merged: list[_FeatureInfo] = []
        for f in infos:
            if merged and merged[-1].tag == f.tag:
                j = merged[-1]
                if f.flags & F_GLOBAL:
                    j.flags |= F_GLOBAL
                    j.max_value = f.max_value
                    j.default_value = f.default_value
                else:
                    if j.flags & F_GLOBAL:
                        j.flags ^= F_GLOBAL
                    j.max_value = max(j.max_value, f.max_value)
                j.flags |= f.flags & F_HAS_FALLBACK
                j.stage = [min(j.stage[0], f.stage[0]), min(j.stage[1], f.stage[1])]
            else:
                merged.append(_FeatureInfo(f.tag, f.seq, f.max_value, f.flags, f.default_value, list(f.stage)))
        required: list[tuple[int, str | None]] = []
        for t in (0, 1):
            table = self.tables[t]
            langsys = self.langsys[t]
            if table is not None and langsys is not None and langsys[0] != NO_INDEX and langsys[0] < len(
                    table.feature_tags):
                required.append((langsys[0], table.feature_tags[langsys[0]]))
            else:
                required.append((NO_INDEX, None))
        required_stage = [0, 0]
        global_mask = GLOBAL_BIT_MASK
        next_bit = FIRST_FREE_BIT
        features: dict[str, FeatureMap] = {}
        for info in merged:
            if info.flags & F_GLOBAL and info.max_value == 1:
                bits_needed = 0
            else:
                bits_needed = min(MAX_BITS, info.max_value.bit_length())
            if not info.max_value or next_bit + bits_needed >= GLOBAL_BIT_SHIFT:
                continue
            found = False
            index = [NO_INDEX, NO_INDEX]
            for t in (0, 1):
                if required[t][1] == info.tag:
                    required_stage[t] = info.stage[t]
                index[t] = self._feature_index(t, info.tag)
                found = found or index[t] != NO_INDEX
            if not found and info.flags & F_GLOBAL_SEARCH:
                for t in (0, 1):
                    table = self.tables[t]
                    if table is not None:
                        index[t] = table.find_feature(info.tag)
                        found = found or index[t] != NO_INDEX
            if not found and not info.flags & F_HAS_FALLBACK:
                continue
            if info.flags & F_GLOBAL and info.max_value == 1:
                shift, mask = GLOBAL_BIT_SHIFT, GLOBAL_BIT_MASK
            else:
                shift = next_bit
                mask = (1 << (next_bit + bits_needed)) - (1 << next_bit)
                next_bit += bits_needed
                global_mask |= (info.default_value << shift) & mask
            features[info.tag] = FeatureMap(
                info.tag, (index[0], index[1]), (info.stage[0], info.stage[1]), shift, mask, (1 << shift) & mask,
                not found, not info.flags & F_MANUAL_ZWNJ, not info.flags & F_MANUAL_ZWJ,
                bool(info.flags & F_RANDOM), bool(info.flags & F_PER_SYLLABLE))
        self.add_gsub_pause(None)
        self.add_gpos_pause(None)
        lookups: list[list[LookupMap]] = [[], []]
        stages: list[list[Stage]] = [[], []]
        ordered = [features[t] for t in sorted(features, key=lambda t: t.encode("latin-1"))]
        for t in (0, 1):
            table = self.tables[t]
            out = lookups[t]
            stage_index = 0
            last = 0
            pauses = self.stages[t]
            for stage in range(self.current_stage[t]):
                if table is not None:
                    if required[t][0] != NO_INDEX and required_stage[t] == stage:
                        self._add_lookups(out, table, required[t][0], GLOBAL_BIT_MASK, "")
                    for fm in ordered:
                        if fm.stage[t] == stage and fm.index[t] != NO_INDEX:
                            self._add_lookups(out, table, fm.index[t], fm.mask, fm.tag, fm.auto_zwnj, fm.auto_zwj,
                                              fm.random, fm.per_syllable)
                if last + 1 < len(out):
                    block = sorted(out[last:], key=lambda lm: lm.index)
                    merged_block: list[LookupMap] = []
                    for lm in block:
                        if merged_block and merged_block[-1].index == lm.index:
                            m = merged_block[-1]
                            m.mask |= lm.mask
                            m.auto_zwnj = m.auto_zwnj and lm.auto_zwnj
                            m.auto_zwj = m.auto_zwj and lm.auto_zwj
                        else:
                            merged_block.append(lm)
                    out[last:] = merged_block
                last = len(out)
                if stage_index < len(pauses) and pauses[stage_index][0] == stage:
                    stages[t].append(Stage(last, pauses[stage_index][1]))
                    stage_index += 1
        return features, global_mask, lookups, stages

    @staticmethod
    def _add_lookups(out: list[LookupMap], table: LayoutTable, feature_index: int, mask: int, tag: str,
                     auto_zwnj: bool = True, auto_zwj: bool = True, random: bool = False,
                     per_syllable: bool = False) -> None:
        if feature_index >= len(table.feature_lookups):
            return
        for index in table.feature_lookups[feature_index]:
            if index < table.lookup_count:
                out.append(LookupMap(index, mask, auto_zwnj, auto_zwj, random, per_syllable, tag))


@mutable_record
class ShapePlan:
    """Everything decided once per (face, script, language, direction, features)."""

    face: FaceData
    script: str | None
    rtl: bool
    shaper: Shaper
    features: dict[str, FeatureMap]
    global_mask: int
    lookups: list[list[LookupMap]]
    stages: list[list[Stage]]
    chosen_script: tuple[str | None, str | None]
    found_script: tuple[bool, bool]
    user_features: tuple[Feature, ...]
    frac_mask: int = 0
    numr_mask: int = 0
    dnom_mask: int = 0
    has_frac: bool = False
    rtlm_mask: int = 0
    kern_mask: int = 0
    requested_kerning: bool = False
    has_gpos_mark: bool = False
    zero_marks: bool = False
    fallback_glyph_classes: bool = False
    fallback_mark_positioning: bool = False
    adjust_mark_positioning_when_zeroing: bool = False
    apply_gpos: bool = False
    apply_kern: bool = False
    data: Any = field(default=None)

    def get_mask(self, tag: str) -> tuple[int, int]:
        fm = self.features.get(tag)
        return (fm.mask, fm.shift) if fm is not None else (0, 0)

    def get_1_mask(self, tag: str) -> int:
        fm = self.features.get(tag)
        return fm.one_mask if fm is not None else 0

    def needs_fallback(self, tag: str) -> bool:
        fm = self.features.get(tag)
        return fm.needs_fallback if fm is not None else False

    def feature_stage_lookups(self, table_index: int, tag: str) -> list[LookupMap]:
        """The lookups of the stage ``tag`` belongs to (``get_stage_lookups``); none if it is absent."""
        fm = self.features.get(tag)
        stages = self.stages[table_index]
        if fm is None or fm.stage[table_index] > len(stages):
            return []
        stage = fm.stage[table_index]
        start = stages[stage - 1].last_lookup if stage else 0
        end = stages[stage].last_lookup if stage < len(stages) else len(self.lookups[table_index])
        return self.lookups[table_index][start:end]


_COMMON = (("abvm", F_GLOBAL), ("blwm", F_GLOBAL), ("ccmp", F_GLOBAL), ("locl", F_GLOBAL),
           ("mark", F_GLOBAL_MANUAL_JOINERS), ("mkmk", F_GLOBAL_MANUAL_JOINERS), ("rlig", F_GLOBAL))
_HORIZONTAL = (("calt", F_GLOBAL), ("clig", F_GLOBAL), ("curs", F_GLOBAL), ("dist", F_GLOBAL),
               ("kern", F_GLOBAL_HAS_FALLBACK), ("liga", F_GLOBAL), ("rclt", F_GLOBAL))


class Planner:
    """``hb_ot_shape_planner_t``: the shaper's and the user's features, then the plan decisions."""

    def __init__(self, face: FaceData, script: str | None, language: str | None, rtl: bool) -> None:
        from pureog.text.ot.shapers import categorize  # noqa: PLC0415  (shapers import this module)

        self.face = face
        self.script = normalize_script(script)
        self.rtl = rtl
        self.map = MapBuilder(face, self.script, language, rtl)
        self.shaper = categorize(self.script, self.map.chosen_script[0])

    def collect_features(self, user_features: Sequence[Feature]) -> None:
        m = self.map
        m.enable_feature("rvrn")
        m.add_gsub_pause(None)
        if self.rtl:
            m.enable_feature("rtla")
            m.add_feature("rtlm")
        else:
            m.enable_feature("ltra")
            m.enable_feature("ltrm")
        m.add_feature("frac")
        m.add_feature("numr")
        m.add_feature("dnom")
        m.enable_feature("rand", F_RANDOM, MAX_VALUE)
        m.enable_feature("Harf")
        m.enable_feature("HARF")
        self.shaper.collect_features(self)
        m.enable_feature("Buzz")
        m.enable_feature("BUZZ")
        for tag, flags in _COMMON:
            m.add_feature(tag, flags)
        for tag, flags in _HORIZONTAL:
            m.add_feature(tag, flags)
        for f in user_features:
            m.add_feature(f.tag, F_GLOBAL if f.is_global else F_NONE, f.value)
        self.shaper.override_features(self)

    def compile(self, user_features: tuple[Feature, ...]) -> ShapePlan:
        face = self.face
        features, global_mask, lookups, stages = self.map.compile()
        plan = ShapePlan(face, self.script, self.rtl, self.shaper, features, global_mask, lookups, stages,
                         self.map.chosen_script, self.map.found_script, user_features)
        plan.frac_mask = plan.get_1_mask("frac")
        plan.numr_mask = plan.get_1_mask("numr")
        plan.dnom_mask = plan.get_1_mask("dnom")
        plan.has_frac = bool(plan.frac_mask or (plan.numr_mask and plan.dnom_mask))
        plan.rtlm_mask = plan.get_1_mask("rtlm")
        plan.kern_mask = plan.get_mask("kern")[0]
        plan.requested_kerning = bool(plan.kern_mask)
        kern_fm = features.get("kern")
        has_gpos_kern = kern_fm is not None and kern_fm.index[1] != NO_INDEX
        shaper = self.shaper
        disable_gpos = bool(shaper.gpos_tag) and shaper.gpos_tag != self.map.chosen_script[1]
        plan.fallback_glyph_classes = not face.gdef.has_glyph_classes
        has_gpos = not disable_gpos and face.gpos is not None
        plan.apply_gpos = has_gpos
        if not has_gpos_kern or not plan.apply_gpos:
            if face.kern:
                plan.apply_kern = shaper.fallback_position
        plan.zero_marks = shaper.zero_width_marks != 0
        plan.has_gpos_mark = bool(plan.get_1_mask("mark"))
        plan.adjust_mark_positioning_when_zeroing = not plan.apply_gpos and not (
            plan.apply_kern and any(cross for _, cross in face.kern))
        plan.fallback_mark_positioning = plan.adjust_mark_positioning_when_zeroing and shaper.fallback_position
        plan.data = shaper.data_create(plan)
        return plan


_PLANS: dict[tuple[int, str | None, str | None, bool, tuple[Feature, ...]], ShapePlan] = {}


def get_plan(face: FaceData, script: str | None, language: str | None, rtl: bool,
             features: tuple[Feature, ...]) -> ShapePlan:
    key = (id(face), normalize_script(script), language, rtl, features)
    plan = _PLANS.get(key)
    if plan is None or plan.face is not face:
        planner = Planner(face, script, language, rtl)
        planner.collect_features(features)
        plan = planner.compile(features)
        if len(_PLANS) > 512:
            _PLANS.clear()
        _PLANS[key] = plan
    return plan


caches.register("text.shaping_plans", _PLANS)
