"""pureog.text.kerning: the raw GPOS reader answers exactly what fontTools' decompiled GPOS says.

The reference below is the fontTools-object reader pureog used before (opentype.js's rules); the raw
reader must agree with it on real fonts and on a hand-built table full of edge cases.
"""

from __future__ import annotations

import struct
import threading
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont, newTable
from text_fontkit import FONTS, REGULAR

from pureog.errors import FontError
from pureog.text.fonts import FontChain, FontFace
from pureog.text.kerning import FaceKerning
from pureog.text.shaping import shape

CONFORMANCE_FONTS = Path(__file__).resolve().parents[2] / "conformance" / "fonts"


def _reference_kerning(gpos: Any, order: list[str], left: int, right: int) -> int:
    """Kerning through fontTools' GPOS objects (the pre-raw-reader implementation)."""
    table = gpos.table
    scripts = {rec.ScriptTag: rec.Script for rec in table.ScriptList.ScriptRecord}
    script = scripts.get("DFLT") or scripts.get("latn")
    if script is None or script.DefaultLangSys is None:
        return 0
    records, lookups = table.FeatureList.FeatureRecord, table.LookupList.Lookup
    chosen: list[Any] = []
    for index in script.DefaultLangSys.FeatureIndex:
        if index < len(records) and records[index].FeatureTag == "kern":
            chosen = [lookups[i] for i in records[index].Feature.LookupListIndex if 0 <= i < len(lookups)]
            break
    left_name = order[left] if 0 <= left < len(order) else None
    right_name = order[right] if 0 <= right < len(order) else None
    for lookup in chosen:
        if lookup.LookupType != 2:
            continue
        for sub in lookup.SubTable:
            glyphs = {g: i for i, g in enumerate(sub.Coverage.glyphs)}
            if left_name not in glyphs:
                continue
            if sub.Format == 1:
                for record in sub.PairSet[glyphs[left_name]].PairValueRecord:
                    if record.SecondGlyph == right_name:
                        return int(getattr(record.Value1, "XAdvance", 0) or 0) if record.Value1 else 0
            else:
                c1 = sub.ClassDef1.classDefs.get(left_name, 0) if sub.ClassDef1 else 0
                c2 = sub.ClassDef2.classDefs.get(right_name, 0) if sub.ClassDef2 else 0
                try:
                    value = sub.Class1Record[c1].Class2Record[c2].Value1
                except IndexError:
                    return 0
                return int(getattr(value, "XAdvance", 0) or 0) if value else 0
    return 0


class _FakeFace:
    """What FaceKerning reads of a FontFace: a path, the glyph order and the raw tables."""

    def __init__(self, tables: dict[str, bytes], glyph_count: int) -> None:
        self.path = "$.fonts[0]"
        self.glyph_order = tuple(f"g{i}" for i in range(glyph_count))
        self.num_glyphs = glyph_count
        self.ttfont = _FakeTables(tables)
        self.lock = threading.RLock()

    def has_table(self, tag: str) -> bool:
        return tag in self.ttfont

    def table_data(self, tag: str) -> bytes:
        return self.ttfont.getTableData(tag)


class _FakeTables:
    def __init__(self, tables: dict[str, bytes]) -> None:
        self._tables = tables

    def __contains__(self, tag: str) -> bool:
        return tag in self._tables

    def getTableData(self, tag: str) -> bytes:  # noqa: N802 - fontTools' name
        return self._tables[tag]


def _blob(fields: list[Any], *children: bytes) -> bytes:
    """An OpenType structure: ``fields`` (int = uint16, ("h", v) = int16, ("L", v) = uint32, 4-byte tag,
    ("off", i) = offset of ``children[i]`` from the structure's start), then the children in order."""
    head = sum(4 if isinstance(f, bytes) or f[0] == "L" else 2 for f in fields
               if not isinstance(f, int)) + 2 * sum(isinstance(f, int) for f in fields)
    starts, pos = [], head
    for child in children:
        starts.append(pos)
        pos += len(child)
    out = b""
    for f in fields:
        if isinstance(f, int):
            out += struct.pack(">H", f)
        elif isinstance(f, bytes):
            out += f
        elif f[0] == "h":
            out += struct.pack(">h", f[1])
        elif f[0] == "L":
            out += struct.pack(">L", starts[f[1]] if len(f) > 2 else f[1])
        else:
            out += struct.pack(">H", starts[f[1]])
    return out + b"".join(children)


def _edge_case_gpos() -> bytes:
    # Lookup 0: PairPos format 1. Coverage format 2 with ranges out of StartCoverageIndex order
    # (glyphs 3, 5, 6 at indices 0, 1, 2); value format XPlacement|XAdvance.
    coverage0 = _blob([2, 2, 5, 6, 1, 3, 3, 0])
    pair_set_3 = _blob([2, 7, ("h", 1), ("h", -50), 7, ("h", 0), ("h", -99)])  # the first record of 7 wins
    pair_set_5 = _blob([1, 8, ("h", 0), ("h", 30)])
    pair_set_6 = _blob([0])
    format1 = _blob([1, ("off", 0), 0x0005, 0, 3, ("off", 1), ("off", 2), ("off", 3)],
                    coverage0, pair_set_3, pair_set_5, pair_set_6)
    lookup0 = _blob([2, 0, 1, ("off", 0)], format1)
    # Lookup 1: an extension lookup (type 9) wrapping a pair that would kern 6,7 by 777: opentype.js skips it.
    ext_coverage = _blob([1, 1, 6])
    ext_pairs = _blob([1, 7, ("h", 777)])
    ext_target = _blob([1, ("off", 0), 0x0004, 0, 1, ("off", 1)], ext_coverage, ext_pairs)
    extension = _blob([1, 2, ("L", 0, "off")], ext_target)
    lookup1 = _blob([9, 0, 1, ("off", 0)], extension)
    # Lookup 2: PairPos format 2. ClassDef1 format 1 from glyph 3: 3 -> 2, 4 -> 5 (past Class1Count),
    # 6 -> 1. ClassDef2 format 2: 7..9 -> 1, then 8 -> 0 (class 0 never overrides). 3 x 2 records of
    # (Value1 XAdvance, Value2 XAdvance) = (100 c1 + 10 c2 + 1, 9999).
    coverage2 = _blob([1, 3, 6, 3, 4])
    class1 = _blob([1, 3, 4, 2, 5, 0, 1])
    class2 = _blob([2, 2, 7, 9, 1, 8, 8, 0])
    records = [f for c1 in range(3) for c2 in range(2) for f in (("h", 100 * c1 + 10 * c2 + 1), ("h", 9999))]
    format2 = _blob([2, ("off", 0), 0x0004, 0x0004, ("off", 1), ("off", 2), 3, 2, *records], coverage2, class1, class2)
    lookup2 = _blob([2, 0, 1, ("off", 0)], format2)
    lookup_list = _blob([3, ("off", 0), ("off", 1), ("off", 2)], lookup0, lookup1, lookup2)
    # Features: 0 mark, 1 kern [0, 1, 2, 42 (out of range)], 2 kern [2] (only latn's).
    feature_list = _blob([3, b"mark", ("off", 0), b"kern", ("off", 1), b"kern", ("off", 2)],
                         _blob([0, 1, 0]), _blob([0, 4, 0, 1, 2, 42]), _blob([0, 1, 2]))
    dflt = _blob([("off", 0), 0], _blob([0, 0xFFFF, 2, 0, 1]))
    latn = _blob([("off", 0), 0], _blob([0, 0xFFFF, 1, 2]))
    script_list = _blob([2, b"latn", ("off", 0), b"DFLT", ("off", 1)], latn, dflt)
    return _blob([1, 0, ("off", 0), ("off", 1), ("off", 2)], script_list, feature_list, lookup_list)


EDGE_CASES = {
    (3, 7): -50,  # format 1, first of two records
    (5, 8): 30,
    (5, 9): 0,  # format 1 lacks the pair, the extension lookup is skipped, format 2 does not cover 5
    (6, 7): 111,  # format 1's empty pair set falls through to format 2: class 1 x class 1
    (6, 8): 111,  # 8 keeps class 1: the later class-0 range does not override it
    (6, 10): 101,
    (3, 9): 211,
    (6, 25): 101,  # a right glyph past the font's glyphs is class 0
    (3, 25): 201,
    (25, 7): 0,
    (4, 7): 0,  # class 5 is past Class1Count
}


def test_edge_case_table_matches_the_fontTools_reader() -> None:
    data = _edge_case_gpos()
    font = TTFont()
    font.setGlyphOrder([f"g{i}" for i in range(20)])
    gpos = newTable("GPOS")
    gpos.decompile(data, font)
    kerning = FaceKerning(_FakeFace({"GPOS": data}, 20))  # type: ignore[arg-type]
    order = font.getGlyphOrder()
    for (left, right), expected in EDGE_CASES.items():
        assert _reference_kerning(gpos, order, left, right) == expected, (left, right)
        assert kerning.kerning(left, right) == expected, (left, right)
    for left in range(22):
        for right in range(22):
            assert kerning.kerning(left, right) == _reference_kerning(gpos, order, left, right), (left, right)


@pytest.mark.parametrize("path", [FONTS / "Geist-Regular.ttf", CONFORMANCE_FONTS / "NotoSansKR-subset.otf",
                                  CONFORMANCE_FONTS / "Geist-Medium.woff"], ids=lambda p: p.name)
def test_real_fonts_match_the_fontTools_reader(path: Path) -> None:
    data = path.read_bytes()
    face = FontFace(data)
    reference = TTFont(path)
    order = reference.getGlyphOrder()
    kerning = FaceKerning(face)
    gids = sorted({face.glyph_index(cp) for cp in range(0x20, 0x7F)} | set(range(0, len(order), 23)))
    nonzero = 0
    for left in gids:
        for right in gids:
            expected = _reference_kerning(reference["GPOS"], order, left, right)
            assert kerning.kerning(left, right) == expected, (left, right)
            nonzero += expected != 0
    assert nonzero > 0


def test_kern_table_is_read_without_gpos() -> None:
    path = CONFORMANCE_FONTS / "NanumGothic-subset.ttf"
    face = FontFace(path.read_bytes())
    assert "GPOS" not in face.ttfont
    reference = TTFont(path)
    table = reference["kern"].kernTables[0].kernTable
    (left, right), value = next(iter(table.items()))
    kerning = FaceKerning(face)
    assert value != 0
    assert kerning.kerning(reference.getGlyphID(left), reference.getGlyphID(right)) == value


def test_truncated_gpos_is_a_font_error() -> None:
    data = _edge_case_gpos()[:40]
    with pytest.raises(FontError, match="kerning"):
        FaceKerning(_FakeFace({"GPOS": data}, 20)).kerning(3, 7)  # type: ignore[arg-type]


def test_shaping_without_ligatures_never_decompiles_gsub_or_gpos() -> None:
    face = FontFace(REGULAR)
    run = shape(FontChain((face,), 1), "AVATAR office", 40)
    assert run.x_offsets[1] < face.advance_fu(face.glyph_index(ord("A"))) * 40 / face.units_per_em  # kerned
    assert not face.ttfont.isLoaded("GPOS")
    assert not face.ttfont.isLoaded("GSUB")


class _GlyphOrder:
    """Just what fontTools' ``kern`` decompiler asks of a font: its glyph names."""

    def __init__(self, count: int) -> None:
        self.order = [".notdef", *(f"glyph{i:05d}" for i in range(1, count))]

    def getGlyphOrder(self) -> list[str]:  # noqa: N802  (fontTools' name)
        return self.order

    def getGlyphName(self, gid: int) -> str:  # noqa: N802
        return self.order[gid] if gid < len(self.order) else f"glyph{gid:05d}"


def _fonttools_kern_pairs(data: bytes, count: int) -> dict[tuple[int, int], int]:
    """What pureog read through fontTools: its first subtable if format 0, names back to ids (a table
    fontTools fails to decode is kept as raw bytes: no kerning)."""
    from fontTools.ttLib.tables._k_e_r_n import table__k_e_r_n

    font = _GlyphOrder(count)
    table = table__k_e_r_n("kern")
    try:
        table.decompile(data, font)
    except Exception:  # noqa: BLE001  (fontTools' TTFont swallows it the same way)
        return {}
    names = {name: i for i, name in enumerate(font.order)}
    pairs: dict[tuple[int, int], int] = {}
    for sub in table.kernTables[:1]:
        if getattr(sub, "format", 0) == 0:
            for (left, right), value in sub.kernTable.items():
                pairs[(names.get(left, 0), names.get(right, 0))] = int(value)
    return pairs


def _kern_subtable(pairs: list[tuple[int, int, int]], *, apple: bool = False, fmt: int = 0,
                   version: int = 0, length: int | None = None) -> bytes:
    body = struct.pack(">HHHH", len(pairs), 0, 0, 0) + b"".join(struct.pack(">HHh", *p) for p in pairs)
    if apple:
        return struct.pack(">LBBH", len(body) + 8, 0, fmt, 0) + body
    return struct.pack(">HHBB", version, len(body) + 6 if length is None else length, fmt, 1) + body


@pytest.mark.parametrize("table", [
    struct.pack(">HH", 0, 1) + _kern_subtable([(3, 4, -50), (3, 5, 20), (900, 4, 7), (3, 4, -60)]),
    struct.pack(">HH", 0, 1) + _kern_subtable([(3, 4, -50), (6, 7, 9)], length=10),  # understated length
    struct.pack(">HH", 0, 2) + _kern_subtable([(3, 4, -50)], length=10) + _kern_subtable([(1, 2, 3)]),
    struct.pack(">HH", 0, 2) + _kern_subtable([(3, 4, -50)]) + _kern_subtable([(1, 2, 3)], fmt=2),
    struct.pack(">HH", 0, 2) + _kern_subtable([(1, 2, 3)], fmt=2) + _kern_subtable([(3, 4, -50)]),
    struct.pack(">HH", 0, 1) + _kern_subtable([(3, 4, -50)], version=1),
    struct.pack(">HH", 0, 1) + _kern_subtable([(3, 4, -50)])[:-3],
    struct.pack(">LL", 0x10000, 1) + _kern_subtable([(3, 4, -50), (8, 9, 1)], apple=True),
    struct.pack(">LL", 0x10001, 1) + _kern_subtable([(3, 4, -50)]),
    struct.pack(">HH", 1, 0),
    b"\x00",
], ids=["pairs", "lone-understated", "two-short", "second-unknown", "first-unknown", "version-1",
        "truncated", "apple", "apple-odd-version", "empty-apple-short", "no-header"])
def test_kern_table_reader_matches_fonttools(table: bytes) -> None:
    from pureog.text.kerning import legacy_kern_pairs

    assert legacy_kern_pairs(table, 100) == _fonttools_kern_pairs(table, 100)


@pytest.mark.parametrize("name", ["NanumGothic-subset.ttf", "NanumGothicBold-subset.ttf"])
def test_kern_table_of_real_fonts_matches_fonttools(name: str) -> None:
    from pureog.text.kerning import legacy_kern_pairs

    reference = TTFont(CONFORMANCE_FONTS / name)
    data = reference.getTableData("kern")
    found = legacy_kern_pairs(data, int(reference["maxp"].numGlyphs))
    assert found and found == _fonttools_kern_pairs(data, int(reference["maxp"].numGlyphs))
