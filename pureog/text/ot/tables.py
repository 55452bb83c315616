"""One face's layout tables, converted once from fontTools' parsed objects into compact Python data.

Input: a fontTools ``TTFont`` (or a :class:`pureog.text.fonts.FontFace`, whose lock is held while its
tables are read). Output: a :class:`FaceData`, cached per font object: the cmap HarfBuzz would pick
(and the format 14 variation sequences), advances, GDEF glyph classes / mark attachment classes / mark
glyph sets, the legacy ``kern`` pairs, and for GSUB and GPOS the script / language / feature lists
plus lookups compiled on first use into the subtable objects of :mod:`~pureog.text.ot.gsub`,
:mod:`~pureog.text.ot.gpos` and :mod:`~pureog.text.ot.rules`.

Only the default instance of a variable font is read (no feature variations, no device tables).
Malformed tables raise :class:`~pureog.errors.FontError`. Imports fontTools (lazily, only for CFF glyph
bounds), :mod:`pureog.errors` and pureog.text.ot only.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from pureog.errors import FontError, LimitError
from pureog.text.ot.buffer import BASE_GLYPH, LIGATURE, MARK
from pureog.text.ot.gpos import (
    CursivePos,
    MarkBasePos,
    MarkLigPos,
    MarkMarkPos,
    PairPosClasses,
    PairPosGlyphs,
    SinglePos,
    Value,
)
from pureog.text.ot.gsub import (
    AlternateSubst,
    LigatureSubst,
    MultipleSubst,
    ReverseChainSingleSubst,
    SingleSubst,
)
from pureog.text.ot.rules import ChainContextFormat3, ChainContextSubtable, ContextFormat3, ContextSubtable
from pureog.text.ot.uvs import NOT_LISTED, VariationSequences

NO_INDEX = 0xFFFF
_EMPTY: frozenset[int] = frozenset()


class CompiledLookup:
    """A lookup ready to apply: type, lookup props (flag | mark filtering set << 16), subtables and the
    set of glyph ids any subtable can start at."""

    __slots__ = ("type", "props", "subtables", "coverage", "reverse")

    def __init__(self, kind: int, props: int, subtables: list[Any], reverse: bool) -> None:
        self.type = kind
        self.props = props
        self.subtables = subtables
        self.reverse = reverse
        cov: set[int] = set()
        for st in subtables:
            cov |= st.first_glyphs()
        self.coverage = frozenset(cov)

    def would_apply(self, glyphs: tuple[int, ...], zero_context: bool) -> bool:
        """Whether a lookup would substitute exactly this glyph sequence (``would_substitute``)."""
        if not glyphs or glyphs[0] not in self.coverage:
            return False
        return any(st.would_apply(glyphs, zero_context) for st in self.subtables if hasattr(st, "would_apply"))


LangSys = tuple[int, tuple[int, ...]]  # (required feature index or NO_INDEX, feature indices)


class LayoutTable:
    """GSUB or GPOS: script list, feature list and lazily compiled lookups."""

    def __init__(self, table: Any, is_gsub: bool, names: dict[str, int], lock: Any, path: str,
                 deltas: Deltas | None = None) -> None:
        self.is_gsub = is_gsub
        self._deltas = deltas
        self._path = path
        self._names = names
        self.scripts: dict[str, tuple[LangSys | None, dict[str, LangSys]]] = {}
        self.script_order: list[str] = []
        if table.ScriptList is not None:
            for rec in table.ScriptList.ScriptRecord:
                if rec.ScriptTag in self.scripts:
                    continue
                script = rec.Script
                default = _langsys(script.DefaultLangSys) if script.DefaultLangSys is not None else None
                langs: dict[str, LangSys] = {}
                for lrec in script.LangSysRecord:
                    langs.setdefault(lrec.LangSysTag, _langsys(lrec.LangSys))
                self.scripts[rec.ScriptTag] = (default, langs)
                self.script_order.append(rec.ScriptTag)
        self.feature_tags: list[str] = []
        self.feature_lookups: list[tuple[int, ...]] = []
        if table.FeatureList is not None:
            for frec in table.FeatureList.FeatureRecord:
                self.feature_tags.append(frec.FeatureTag)
                self.feature_lookups.append(tuple(frec.Feature.LookupListIndex))
        self._raw = list(table.LookupList.Lookup) if table.LookupList is not None else []
        self.lookup_count = len(self._raw)
        self._compiled: dict[int, CompiledLookup | None] = {}
        self._lock = lock

    def lookup(self, index: int) -> CompiledLookup | None:
        compiled = self._compiled.get(index, False)
        if compiled is not False:
            return compiled  # type: ignore[return-value]
        with self._lock:
            if index in self._compiled:
                return self._compiled[index]
            result = None
            if 0 <= index < self.lookup_count:
                try:
                    result = _compile_lookup(self._raw[index], self.is_gsub, self._names, self._deltas)
                except LimitError:  # the render's variation work (varied GPOS values) or deadline
                    raise
                except Exception as exc:  # fontTools raises many kinds for a malformed table
                    table = "GSUB" if self.is_gsub else "GPOS"
                    raise FontError(f"cannot read the font's {table} lookup {index}: {type(exc).__name__}: {exc}",
                                    path=self._path) from exc
            self._compiled[index] = result
            return result

    def find_feature(self, tag: str) -> int:
        """Index of the first feature record tagged ``tag`` in the whole table (F_GLOBAL_SEARCH)."""
        for i, t in enumerate(self.feature_tags):
            if t == tag:
                return i
        return NO_INDEX


def _langsys(ls: Any) -> LangSys:
    return (int(getattr(ls, "ReqFeatureIndex", NO_INDEX)), tuple(int(i) for i in ls.FeatureIndex))


# --- subtable conversion ------------------------------------------------------------------------------------

def _gid(names: dict[str, int], name: str) -> int:
    gid = names.get(name)
    if gid is None:
        if name.startswith("glyph") and name[5:].isdigit():
            return int(name[5:])
        return 0
    return gid


def _coverage_list(names: dict[str, int], cov: Any) -> list[int]:
    if cov is None:
        return []
    return [_gid(names, n) for n in cov.glyphs]


def _coverage_dict(names: dict[str, int], cov: Any) -> dict[int, int]:
    result: dict[int, int] = {}
    for i, gid in enumerate(_coverage_list(names, cov)):
        result.setdefault(gid, i)
    return result


def _coverage_set(names: dict[str, int], cov: Any) -> frozenset[int]:
    return frozenset(_coverage_list(names, cov))


def _class_def(names: dict[str, int], cd: Any) -> dict[int, int]:
    if cd is None:
        return {}
    return {_gid(names, n): int(k) for n, k in cd.classDefs.items() if k}


Deltas = Callable[[Any], int]
"""A variable font instance's delta for a Device table in VariationIndex format (0 for any other)."""


def _value(deltas: Deltas | None, v: Any) -> Value | None:
    if v is None:
        return None
    x = int(getattr(v, "XPlacement", 0) or 0)
    y = int(getattr(v, "YPlacement", 0) or 0)
    advance = int(getattr(v, "XAdvance", 0) or 0)
    if deltas is not None:
        x += deltas(getattr(v, "XPlaDevice", None))
        y += deltas(getattr(v, "YPlaDevice", None))
        advance += deltas(getattr(v, "XAdvDevice", None))
    return (x, y, advance)


def _anchor(deltas: Deltas | None, a: Any) -> tuple[int, int] | None:
    if a is None:
        return None
    if deltas is not None and getattr(a, "Format", 1) == 3:
        return (int(a.XCoordinate) + deltas(getattr(a, "XDeviceTable", None)),
                int(a.YCoordinate) + deltas(getattr(a, "YDeviceTable", None)))
    return (int(a.XCoordinate), int(a.YCoordinate))


def _records(st: Any) -> tuple[tuple[int, int], ...]:
    recs = getattr(st, "SubstLookupRecord", None)
    if recs is None:
        recs = getattr(st, "PosLookupRecord", None) or []
    return tuple((int(r.SequenceIndex), int(r.LookupListIndex)) for r in recs)


def _first_attr(obj: Any, *names: str) -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return None


def _context(st: Any, names: dict[str, int]) -> Any:
    fmt = st.Format
    if fmt == 1:
        rule_sets: list[tuple[Any, ...]] = []
        for rs in _first_attr(st, "SubRuleSet", "PosRuleSet", "RuleSet") or []:
            rules = _first_attr(rs, "SubRule", "PosRule", "Rule") or [] if rs is not None else []
            rule_sets.append(tuple((tuple(_gid(names, n) for n in r.Input), _records(r)) for r in rules))
        return ContextSubtable(_coverage_dict(names, st.Coverage), None, rule_sets)
    if fmt == 2:
        rule_sets = []
        for rs in _first_attr(st, "SubClassSet", "PosClassSet", "ClassSet") or []:
            rules = (_first_attr(rs, "SubClassRule", "PosClassRule", "ClassRule") or []) if rs is not None else []
            rule_sets.append(tuple((tuple(int(k) for k in _first_attr(r, "Class", "Input")), _records(r))
                                   for r in rules))
        return ContextSubtable(_coverage_dict(names, st.Coverage), _class_def(names, st.ClassDef), rule_sets)
    coverages = tuple(_coverage_set(names, cov) for cov in st.Coverage)
    return ContextFormat3(coverages, _records(st))


def _chain_context(st: Any, names: dict[str, int]) -> Any:
    fmt = st.Format
    if fmt == 1:
        rule_sets: list[tuple[Any, ...]] = []
        for rs in _first_attr(st, "ChainSubRuleSet", "ChainPosRuleSet", "ChainRuleSet") or []:
            rules = (_first_attr(rs, "ChainSubRule", "ChainPosRule", "ChainRule") or []) if rs is not None else []
            rule_sets.append(tuple(
                (tuple(_gid(names, n) for n in r.Backtrack), tuple(_gid(names, n) for n in r.Input),
                 tuple(_gid(names, n) for n in r.LookAhead), _records(r)) for r in rules))
        return ChainContextSubtable(_coverage_dict(names, st.Coverage), None, rule_sets)
    if fmt == 2:
        rule_sets = []
        for rs in _first_attr(st, "ChainSubClassSet", "ChainPosClassSet", "ChainClassSet") or []:
            rules = (_first_attr(rs, "ChainSubClassRule", "ChainPosClassRule", "ChainClassRule") or []
                     ) if rs is not None else []
            rule_sets.append(tuple(
                (tuple(int(k) for k in r.Backtrack), tuple(int(k) for k in r.Input),
                 tuple(int(k) for k in r.LookAhead), _records(r)) for r in rules))
        class_defs = (_class_def(names, st.BacktrackClassDef), _class_def(names, st.InputClassDef),
                      _class_def(names, st.LookAheadClassDef))
        return ChainContextSubtable(_coverage_dict(names, st.Coverage), class_defs, rule_sets)
    return ChainContextFormat3(tuple(_coverage_set(names, c) for c in st.BacktrackCoverage),
                               tuple(_coverage_set(names, c) for c in st.InputCoverage),
                               tuple(_coverage_set(names, c) for c in st.LookAheadCoverage), _records(st))


def _gsub_subtable(kind: int, st: Any, names: dict[str, int]) -> Any:
    if kind == 1:
        return SingleSubst({_gid(names, a): _gid(names, b) for a, b in st.mapping.items()})
    if kind == 2:
        return MultipleSubst({_gid(names, a): tuple(_gid(names, n) for n in b) for a, b in st.mapping.items()})
    if kind == 3:
        return AlternateSubst({_gid(names, a): tuple(_gid(names, n) for n in b) for a, b in st.alternates.items()})
    if kind == 4:
        ligatures: dict[int, list[tuple[tuple[int, ...], int]]] = {}
        for first, ligs in st.ligatures.items():
            ligatures[_gid(names, first)] = [
                (tuple(_gid(names, n) for n in lig.Component), _gid(names, lig.LigGlyph)) for lig in ligs]
        return LigatureSubst(ligatures)
    if kind == 5:
        return _context(st, names)
    if kind == 6:
        return _chain_context(st, names)
    if kind == 8:
        return ReverseChainSingleSubst(
            _coverage_dict(names, st.Coverage),
            tuple(_coverage_set(names, c) for c in st.BacktrackCoverage),
            tuple(_coverage_set(names, c) for c in st.LookAheadCoverage),
            tuple(_gid(names, n) for n in st.Substitute))
    return None


def _gpos_subtable(kind: int, st: Any, names: dict[str, int], deltas: Deltas | None = None) -> Any:
    if kind == 1:
        cov = _coverage_list(names, st.Coverage)
        if st.Format == 1:
            value = _value(deltas, st.Value)
            return SinglePos({gid: value for gid in cov})
        values = [_value(deltas, v) for v in st.Value]
        return SinglePos({gid: values[i] for i, gid in reversed(list(enumerate(cov))) if i < len(values)})
    if kind == 2:
        has_second = bool(st.ValueFormat2)
        if st.Format == 1:
            cov = _coverage_list(names, st.Coverage)
            pairs: dict[int, dict[int, Any]] = {}
            for i, gid in enumerate(cov):
                if gid in pairs or i >= len(st.PairSet):
                    continue
                seconds: dict[int, Any] = {}
                for rec in st.PairSet[i].PairValueRecord:
                    first, second = getattr(rec, "Value1", None), getattr(rec, "Value2", None)
                    pair_values = (_value(deltas, first), _value(deltas, second))
                    seconds.setdefault(_gid(names, rec.SecondGlyph), pair_values)
                pairs[gid] = seconds
            return PairPosGlyphs(pairs, has_second)
        matrix = [[(_value(deltas, getattr(c2, "Value1", None)), _value(deltas, getattr(c2, "Value2", None)))
                   for c2 in c1.Class2Record] for c1 in st.Class1Record]
        return PairPosClasses(_coverage_set(names, st.Coverage), _class_def(names, st.ClassDef1),
                              _class_def(names, st.ClassDef2), int(st.Class1Count), int(st.Class2Count), matrix,
                              has_second)
    if kind == 3:
        cov = _coverage_list(names, st.Coverage)
        records: dict[int, Any] = {}
        for i, gid in enumerate(cov):
            if i < len(st.EntryExitRecord):
                rec = st.EntryExitRecord[i]
                records.setdefault(gid, (_anchor(deltas, rec.EntryAnchor), _anchor(deltas, rec.ExitAnchor)))
        return CursivePos(records)
    if kind in (4, 5, 6):
        if kind == 6:
            mark_cov, mark_array = st.Mark1Coverage, st.Mark1Array
        else:
            mark_cov, mark_array = st.MarkCoverage, st.MarkArray
        marks: dict[int, tuple[int, Any]] = {}
        for i, gid in enumerate(_coverage_list(names, mark_cov)):
            if i < len(mark_array.MarkRecord) and gid not in marks:
                rec = mark_array.MarkRecord[i]
                anchor = _anchor(deltas, rec.MarkAnchor)
                marks[gid] = (int(rec.Class), anchor if anchor is not None else (0, 0))
        if kind == 4:
            bases: dict[int, list[Any]] = {}
            for i, gid in enumerate(_coverage_list(names, st.BaseCoverage)):
                if i < len(st.BaseArray.BaseRecord) and gid not in bases:
                    bases[gid] = [_anchor(deltas, a) for a in st.BaseArray.BaseRecord[i].BaseAnchor]
            return MarkBasePos(marks, bases)
        if kind == 5:
            ligs: dict[int, list[list[Any]]] = {}
            for i, gid in enumerate(_coverage_list(names, st.LigatureCoverage)):
                if i < len(st.LigatureArray.LigatureAttach) and gid not in ligs:
                    attach = st.LigatureArray.LigatureAttach[i]
                    ligs[gid] = [[_anchor(deltas, a) for a in comp.LigatureAnchor] for comp in attach.ComponentRecord]
            return MarkLigPos(marks, ligs)
        marks2: dict[int, list[Any]] = {}
        for i, gid in enumerate(_coverage_list(names, st.Mark2Coverage)):
            if i < len(st.Mark2Array.Mark2Record) and gid not in marks2:
                marks2[gid] = [_anchor(deltas, a) for a in st.Mark2Array.Mark2Record[i].Mark2Anchor]
        return MarkMarkPos(marks, marks2)
    if kind == 7:
        return _context(st, names)
    if kind == 8:
        return _chain_context(st, names)
    return None


def _compile_lookup(lookup: Any, is_gsub: bool, names: dict[str, int], deltas: Deltas | None = None) -> CompiledLookup:
    kind = int(lookup.LookupType)
    flag = int(lookup.LookupFlag)
    props = flag
    if flag & 0x10:
        props |= int(getattr(lookup, "MarkFilteringSet", 0) or 0) << 16
    extension = 7 if is_gsub else 9
    subtables: list[Any] = []
    real_kind = kind
    for i, st in enumerate(lookup.SubTable):
        this_kind = kind
        if kind == extension:
            this_kind = int(st.ExtensionLookupType)
            st = st.ExtSubTable
            if i == 0:
                real_kind = this_kind
        compiled = _gsub_subtable(this_kind, st, names) if is_gsub else _gpos_subtable(this_kind, st, names, deltas)
        if compiled is not None:
            subtables.append(compiled)
    return CompiledLookup(real_kind, props, subtables, is_gsub and real_kind == 8)


class Gdef:
    """GDEF glyph classes, mark attachment classes and mark glyph sets."""

    def __init__(self, table: Any, names: dict[str, int]) -> None:
        self.glyph_class: dict[int, int] = {}
        self.mark_attach: dict[int, int] = {}
        self.mark_sets: list[frozenset[int]] = []
        self.has_glyph_classes = False
        if table is not None:
            if table.GlyphClassDef is not None:
                self.has_glyph_classes = True
                self.glyph_class = _class_def(names, table.GlyphClassDef)
            if getattr(table, "MarkAttachClassDef", None) is not None:
                self.mark_attach = _class_def(names, table.MarkAttachClassDef)
            sets = getattr(table, "MarkGlyphSetsDef", None)
            if sets is not None:
                self.mark_sets = [_coverage_set(names, cov) for cov in sets.Coverage]
        self._props: dict[int, int] = {}

    def glyph_props(self, gid: int) -> int:
        props = self._props.get(gid)
        if props is None:
            klass = self.glyph_class.get(gid, 0)
            if klass == 1:
                props = BASE_GLYPH
            elif klass == 2:
                props = LIGATURE
            elif klass == 3:
                props = MARK | (self.mark_attach.get(gid, 0) << 8)
            else:
                props = 0
            self._props[gid] = props
        return props


class FaceData:
    """Everything the shaping engine reads from one font, in Python containers."""

    def __init__(self, tt: Any, lock: Any, path: str = "$", instance: Any = None) -> None:
        """``instance``: a variable font's :class:`~pureog.text.fonts.FontFace` at a location, whose
        advances, outlines and GPOS deltas (VariationIndex devices) this data then gives."""
        order = tt.getGlyphOrder()
        names = {name: i for i, name in enumerate(order)}
        self.num_glyphs = len(order)
        self.upem = int(tt["head"].unitsPerEm)
        metrics = tt["hmtx"].metrics
        self.advances = [int(metrics[n][0]) if n in metrics else 0 for n in order]
        self._instance = instance
        deltas = _variation_deltas(instance) if instance is not None else None
        best = tt.getBestCmap() or {}
        self.cmap: dict[int, int] = {cp: gid for cp, n in best.items() if (gid := _gid(names, n))}
        self.uvs: dict[tuple[int, int], int | None] = {}
        self._sequences: VariationSequences | None = None
        reader = getattr(tt, "reader", None)
        if reader is not None and "cmap" in reader:  # a font read from bytes: format 14 read bounded
            self._sequences = VariationSequences(reader["cmap"])
        elif "cmap" in tt:  # a font built in memory (tests): fontTools' own objects
            for sub in tt["cmap"].tables:
                if sub.format == 14:
                    for vs, entries in sub.uvsDict.items():
                        for cp, name in entries:
                            self.uvs[(cp, vs)] = None if name is None else _gid(names, name)
        self.gdef = Gdef(tt["GDEF"].table if "GDEF" in tt else None, names)
        self.gsub = LayoutTable(tt["GSUB"].table, True, names, lock, path) if "GSUB" in tt else None
        self.gpos = LayoutTable(tt["GPOS"].table, False, names, lock, path, deltas) if "GPOS" in tt else None
        self.kern: list[tuple[dict[tuple[int, int], int], bool]] = []
        if "kern" in tt:
            for st in getattr(tt["kern"], "kernTables", []):
                if getattr(st, "format", None) != 0 or getattr(st, "apple", False):
                    continue
                coverage = int(getattr(st, "coverage", 1))
                if not coverage & 0x01:
                    continue  # vertical
                pairs = {(_gid(names, a), _gid(names, b)): int(v) for (a, b), v in st.kernTable.items()}
                self.kern.append((pairs, bool(coverage & 0x04)))
        self._tt = weakref.ref(tt)
        self._lock = lock
        self._names = names
        self._extents: dict[int, tuple[int, int, int, int] | None] = {}

    def nominal_glyph(self, u: int) -> int:
        return self.cmap.get(u, 0)

    def has_glyph(self, u: int) -> bool:
        return u in self.cmap

    def variation_glyph(self, u: int, vs: int) -> int | None:
        gid: int | None
        if self._sequences is not None:
            gid = self._sequences.find(u, vs)
            if gid == NOT_LISTED:
                return None
        else:
            key = (u, vs)
            if key not in self.uvs:
                return None
            gid = self.uvs[key]
        if gid is None:
            return self.cmap.get(u)
        return gid

    def advance(self, gid: int) -> int:
        if self._instance is not None:
            return int(self._instance.advance_fu(gid))
        return self.advances[gid] if 0 <= gid < len(self.advances) else 0

    def extents(self, gid: int) -> tuple[int, int, int, int] | None:
        """(x_bearing, y_bearing, width, height) as HarfBuzz reports them (height negative), or None."""
        if gid in self._extents:
            return self._extents[gid]
        result = None
        tt = self._tt()
        if tt is not None and 0 <= gid < self.num_glyphs:
            with self._lock:
                try:
                    result = self._read_extents(tt, gid)
                except LimitError:  # the render's variation work or deadline (variation_cost.ChargedGlyphSet)
                    raise
                except Exception:  # a font without outlines (colour bitmaps): HarfBuzz reads those, we don't
                    result = None
        self._extents[gid] = result
        return result

    def _read_extents(self, tt: Any, gid: int) -> tuple[int, int, int, int]:
        name = tt.getGlyphOrder()[gid]
        if "glyf" in tt and self._instance is None:
            glyph = tt["glyf"][name]
            if getattr(glyph, "numberOfContours", 0) == 0:
                return (0, 0, 0, 0)
            glyph.recalcBounds(tt["glyf"])
            return (glyph.xMin, glyph.yMax, glyph.xMax - glyph.xMin, glyph.yMin - glyph.yMax)
        from fontTools.pens.boundsPen import BoundsPen  # noqa: PLC0415  (CFF fonts only)

        from pureog.text.charstrings import bounded_glyph_set  # noqa: PLC0415

        glyph_set = bounded_glyph_set(tt.getGlyphSet()) if self._instance is None else self._instance.glyph_set()
        pen = BoundsPen(glyph_set)
        glyph_set[name].draw(pen)
        if pen.bounds is None:
            return (0, 0, 0, 0)
        x0, y0, x1, y1 = (round(v) for v in pen.bounds)
        return (x0, y1, x1 - x0, y0 - y1)


_CACHE: weakref.WeakKeyDictionary[Any, FaceData] = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def _variation_deltas(instance: Any) -> Deltas:
    """Device tables in VariationIndex format resolved at ``instance``'s location (its GDEF item
    variation store, :meth:`~pureog.text.fonts.FontFace.variation_delta`); other devices add 0."""

    def deltas(device: Any) -> int:
        if device is None or getattr(device, "DeltaFormat", 0) != 0x8000:
            return 0
        return int(instance.variation_delta(int(device.StartSize), int(device.EndSize)))

    return deltas


def face_data(font: Any) -> FaceData:
    """The :class:`FaceData` of a fontTools ``TTFont`` or a pureog ``FontFace`` (built once, cached;
    a variable font's instance has its own)."""
    tt = getattr(font, "ttfont", font)
    if getattr(font, "location", ()):
        key: Any = font
        instance = font
    else:
        key, instance = tt, None
    data = _CACHE.get(key)
    if data is not None:
        return data
    lock = getattr(font, "lock", None) or threading.RLock()
    path = str(getattr(font, "path", "$"))
    with _CACHE_LOCK:
        data = _CACHE.get(key)
        if data is None:
            with lock:
                try:
                    data = FaceData(tt, lock, path, instance)
                except Exception as exc:  # fontTools raises many kinds for malformed tables
                    raise FontError(f"cannot read the font's layout tables: {type(exc).__name__}: {exc}",
                                    path=path) from exc
            _CACHE[key] = data
    return data
