"""The glyphs a face's GSUB lookups give each script, as FreeType's auto-fitter shares them out among its
styles when it is built with HarfBuzz (``af_shaper_get_coverage``, afshaper.c), as Chromium's is.

Role: ``gsub_styles(face) -> list[(style, glyphs)]``, in FreeType's style order: for each default style,
the glyphs every GSUB lookup of its script's OpenType tags can output (any language, any feature; a
contextual lookup through the lookups it calls), then the Latin style's again with the ``DFLT`` script
added. :mod:`.styles` gives each glyph the cmap left unassigned the first of these that holds it, so a
ligature, a joined Arabic form, a Devanagari conjunct or an alternate figure is hinted with its script's
zones; only what no lookup reaches falls to the CJK fallback. The styles of a script FreeType knows but
pureog does not are named too (their glyphs take the Latin zones). ``feature_styles``: Cyrillic's, Greek's
and Latin's feature styles (small capitals, superscripts, ...: FreeType's ``latn_c2sc`` and the like),
which come first, each with zones from its feature's forms of the blue characters (``substitute``). Not
written: FreeType's removal from a feature style of the glyphs the same feature moves in GPOS. Reads
the font's GSUB through fontTools.
"""

from __future__ import annotations

from typing import Any

from pureog.text.fonts import FontFace

STYLE_TAGS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (name, tuple(tags.split())) for name, tags in (
        ("adlm", "adlm"), ("arab", "arab"), ("armn", "armn"), ("avst", "avst"), ("bamu", "bamu"),
        ("beng", "bng3 bng2 beng"), ("buhd", "buhd"), ("cakm", "cakm"), ("cans", "cans"), ("cari", "cari"),
        ("cher", "cher"), ("copt", "copt"), ("cprt", "cprt"), ("cyrl", "cyrl"), ("deva", "dev3 dev2 deva"),
        ("dsrt", "dsrt"), ("ethi", "ethi"), ("geor", "geor"), ("glag", "glag"), ("goth", "goth"),
        ("grek", "grek"), ("gujr", "gjr3 gjr2 gujr"), ("guru", "gur3 gur2 guru"), ("hebr", "hebr"),
        ("kali", "kali"), ("khmr", "khmr"), ("knda", "knd3 knd2 knda"), ("lao", "lao"), ("latn", "latn"),
        ("lisu", "lisu"), ("mlym", "mlm3 mlm2 mlym"), ("medf", "medf"), ("mong", "mong"), ("mymr", "mym2 mymr"),
        ("nkoo", "nko"), ("olck", "olck"), ("orkh", "orkh"), ("osge", "osge"), ("osma", "osma"),
        ("rohg", "rohg"), ("saur", "saur"), ("shaw", "shaw"), ("sinh", "sinh"), ("sund", "sund"),
        ("taml", "tml3 tml2 taml"), ("tavt", "tavt"), ("telu", "tel3 tel2 telu"), ("tfng", "tfng"),
        ("thai", "thai"), ("vaii", "vai"), ("hani", "hani")))
"""FreeType's default styles in its order (afstyles.h; those without a HarfBuzz script left out) with the
OpenType script tags HarfBuzz gives their script (at most three, as FreeType asks; ``lao``, ``nko``
and ``vai`` are padded with spaces in the font)."""

FEATURES = ("c2cp", "c2sc", "ordn", "pcap", "sinf", "smcp", "subs", "sups", "titl")
"""The feature styles FreeType gives Cyrillic, Greek and Latin (afstyles.h's META_STYLE_LATIN, afcover.h),
in its order: each takes, before its script's default style, the glyphs its feature's lookups output."""
_NESTING = 64  # (HarfBuzz's bound on lookups calling lookups)


def feature_styles(face: FontFace, script: str) -> list[tuple[str, set[int], tuple[int, ...]]]:
    """Per feature style of ``script`` (cyrl, grek or latn) in FreeType's order: its feature, the glyphs
    the feature's lookups in that script output, and those lookups (for :func:`substitute`)."""
    table = _gsub(face)
    if table is None or script not in _scripts(table):
        return []
    ids = _ids(face)
    features = table.FeatureList.FeatureRecord
    out = []
    for feature in FEATURES:
        indices = sorted(_script_lookups([_scripts(table)[script]], features, feature))
        glyphs = _reach_output(_Graph(table.LookupList.Lookup, ids), indices)
        if glyphs:
            out.append((feature, glyphs, tuple(indices)))
    return out


def substitute(face: FontFace, lookups: tuple[int, ...], gid: int) -> int:
    """Glyph ``gid`` through the lookups' single (and first-alternate) substitutions in order: what
    HarfBuzz's shaping of one character with a feature gives (FreeType's blue characters of a feature
    style); ``gid`` itself where none applies."""
    try:
        return _substitute(face, lookups, gid)
    except Exception:  # noqa: BLE001 - a malformed lookup: the glyph as it is (fontTools raises many kinds)
        return gid


def _substitute(face: FontFace, lookups: tuple[int, ...], gid: int) -> int:
    table = _gsub(face)
    if table is None:
        return gid
    names = face.glyph_order
    ids = _ids(face)
    for index in lookups:
        lookup = table.LookupList.Lookup[index]
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:
                kind, sub = sub.ExtensionLookupType, sub.ExtSubTable
            name = names[gid] if 0 <= gid < len(names) else None
            if kind == 1 and name in sub.mapping:
                gid = ids.get(sub.mapping[name], gid)
                break
            if kind == 3 and name in sub.alternates and sub.alternates[name]:
                gid = ids.get(sub.alternates[name][0], gid)
                break
    return gid


def _gsub(face: FontFace) -> Any:
    tt = face.ttfont
    if "GSUB" not in tt:
        return None
    table = tt["GSUB"].table
    if table.ScriptList is None or table.FeatureList is None or table.LookupList is None:
        return None
    return table


def _scripts(table: Any) -> dict[str, Any]:
    scripts: dict[str, Any] = {}
    for record in table.ScriptList.ScriptRecord:
        scripts.setdefault(record.ScriptTag.strip(), record.Script)
    return scripts


def _ids(face: FontFace) -> dict[str, int]:
    return {name: gid for gid, name in enumerate(face.glyph_order)}


def gsub_styles(face: FontFace) -> list[tuple[str, set[int]]]:
    """Per default style in FreeType's order, then Latin with ``DFLT``: the glyphs its GSUB lookups output."""
    table = _gsub(face)
    if table is None:
        return []
    ids = _ids(face)
    scripts = _scripts(table)
    features = table.FeatureList.FeatureRecord
    graph = _Graph(table.LookupList.Lookup, ids)
    out: list[tuple[str, set[int]]] = []
    for name, tags in (*STYLE_TAGS, ("latn", ("latn", "DFLT"))):
        found = [scripts[tag] for tag in tags if tag in scripts]
        if not found:
            continue
        glyphs = _reach_output(graph, sorted(_script_lookups(found, features)))
        if glyphs:
            out.append((name, glyphs))
    return out


def _script_lookups(scripts: list[Any], features: list[Any], only: str | None = None) -> set[int]:
    """Every lookup of every feature (or of the features tagged ``only``) of every language system of
    the scripts (HarfBuzz's ``hb_ot_layout_collect_lookups`` with no language given)."""
    indices: set[int] = set()
    for script in scripts:
        systems = [script.DefaultLangSys] if script.DefaultLangSys is not None else []
        systems += [record.LangSys for record in script.LangSysRecord]
        for system in systems:
            wanted = list(system.FeatureIndex)
            if system.ReqFeatureIndex != 0xFFFF:
                wanted.append(system.ReqFeatureIndex)
            for k in wanted:
                if 0 <= k < len(features) and (only is None or features[k].FeatureTag == only):
                    indices.update(features[k].Feature.LookupListIndex)
    return indices


class _Graph:
    """Each lookup's own output glyphs and the lookups its contextual subtables call, read once per lookup
    (a hostile GSUB of 1,500 contextual lookups each calling the 60 before it was walked again from every
    lookup, its subtables' records read at every visit: 11.6 s for two letters, quadratic in the lookups)."""

    def __init__(self, lookups: list[Any], ids: dict[str, int]) -> None:
        self.lookups, self.ids = lookups, ids
        self._read: dict[int, tuple[set[int], list[int]]] = {}

    def node(self, k: int) -> tuple[set[int], list[int]]:
        """(the glyphs lookup ``k`` outputs itself, the lookups it calls)."""
        found = self._read.get(k)
        if found is None:
            found = self._read[k] = _own_output(self.lookups[k], self.ids)
        return found


def _reach_output(graph: _Graph, roots: list[int]) -> set[int]:
    """The glyphs the lookups ``roots`` can output (``hb_ot_layout_lookup_collect_glyphs``' output sets
    together), a contextual one through the lookups it calls at most :data:`_NESTING` calls deep, each
    lookup visited once, breadth first from all the roots."""
    out: set[int] = set()
    count = len(graph.lookups)
    seen = {k for k in roots if 0 <= k < count}
    level = sorted(seen)
    for _ in range(_NESTING + 1):
        following: list[int] = []
        for k in level:
            glyphs, calls = graph.node(k)
            out |= glyphs
            for c in calls:
                if 0 <= c < count and c not in seen:
                    seen.add(c)
                    following.append(c)
        if not following:
            break
        level = following
    return out


def _own_output(lookup: Any, ids: dict[str, int]) -> tuple[set[int], list[int]]:
    """The glyphs one lookup's subtables output and the lookups its contextual subtables call."""
    out: set[int] = set()
    calls: list[int] = []
    for sub in lookup.SubTable:
        kind = lookup.LookupType
        if kind == 7:
            kind, sub = sub.ExtensionLookupType, sub.ExtSubTable
        names: list[str] = []
        if kind == 1:
            names = list(sub.mapping.values())
        elif kind in (2, 3):
            for seq in (sub.mapping if kind == 2 else sub.alternates).values():
                names += seq
        elif kind == 4:
            names = [lig.LigGlyph for ligs in sub.ligatures.values() for lig in ligs]
        elif kind == 8:
            names = list(sub.Substitute)
        elif kind in (5, 6):
            calls += _nested(sub)
        out.update(ids[n] for n in names if n in ids)
    return out, calls


def _nested(table: Any) -> list[int]:
    """The lookups a contextual subtable calls (its SubstLookupRecords, at any depth of its rules)."""
    found: list[int] = []
    todo = [table]
    while todo:
        obj = todo.pop()
        if isinstance(obj, list):
            todo += obj
            continue
        fields = getattr(obj, "__dict__", None)
        if fields is None:
            continue
        if "LookupListIndex" in fields and "SequenceIndex" in fields:
            found.append(int(obj.LookupListIndex))
            continue
        todo += [v for key, v in fields.items() if isinstance(v, list) or (
            hasattr(v, "__dict__") and "Coverage" not in key and "ClassDef" not in key)]
    return found
