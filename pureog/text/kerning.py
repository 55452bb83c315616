"""Pair kerning of one face, read straight from the binary GPOS (or ``kern``) table, as opentype.js does.

Input: a :class:`~pureog.text.fonts.FontFace`. Output: :class:`FaceKerning`, whose
``kerning(left_gid, right_gid)`` is the x-advance adjustment in font units between two glyphs.

Why not fontTools' GPOS objects: decompiling GPOS builds thousands of Python objects and first imports
``fontTools.ttLib.tables.otTables`` (which generates hundreds of classes); together that was ~50 ms of
every cold render, about a quarter of it, to answer a few dozen pair lookups. This module reads only
what kerning needs from the table bytes with :mod:`struct`, lazily: the script / feature / lookup lists
once, then one subtable's coverage, pair set or class definitions the first time a pair asks for them.

The rules (opentype.js as Satori 0.29 calls it; identical to what the fontTools-based reader did):

* GPOS: script DFLT, else latn (the last record wins when a tag repeats), its default LangSys; the first
  feature record tagged ``kern`` in that LangSys's feature order; its lookups in order (indices out of
  range skipped); only lookups of type 2 (extension lookups, type 9, are not seen by opentype.js).
* PairPos format 1 answers only when the pair is listed (else the next subtable is asked); format 2
  answers as soon as its coverage holds the left glyph (class 0 for unlisted glyphs; a class outside
  the record array is 0). The value is Value1's XAdvance (0 when the value format has none).
* Coverage format 2 ranges are taken in StartCoverageIndex order (fontTools' fix-up for unsorted
  fonts); when a glyph is listed twice its last index wins. In ClassDefs a later range overrides an
  earlier one, except with class 0.
* Without GPOS: the first subtable of the ``kern`` table, if it is format 0, read as fontTools reads
  it: from the table's bytes for a static TrueType face (:func:`legacy_kern_pairs`; through fontTools
  this imported and opened the whole font, ~30 ms of the Korean cards' cold render, for one table of
  pairs), through fontTools for the others (which load it for their outlines anyway).

Malformed tables raise :class:`~pureog.errors.FontError`. Must not import layout, paint or raster.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import TYPE_CHECKING

from pureog.errors import FontError

if TYPE_CHECKING:
    from pureog.text.fonts import FontFace

_U16 = struct.Struct(">H")
_I16 = struct.Struct(">h")


class _PairSubtable:
    """One PairPos subtable (format 1 or 2); its parts are parsed on first use."""

    __slots__ = ("data", "offset", "format", "_coverage", "_pair_sets", "_class1", "_class2",
                 "_value_size", "_x_advance_at", "_class1_count", "_class2_count", "_records_at",
                 "_x_device_at", "deltas")

    def __init__(self, data: bytes, offset: int) -> None:
        self.data = data
        self.offset = offset
        self.deltas: Callable[[int, int], int] | None = None
        """A variable font instance's ``variation_delta`` (XAdvDevice in VariationIndex format)."""
        self.format = _U16.unpack_from(data, offset)[0]
        self._coverage: dict[int, int] | None = None
        self._pair_sets: dict[int, dict[int, int]] = {}
        self._class1: dict[int, int] | None = None
        self._class2: dict[int, int] | None = None
        value_format1, value_format2 = struct.unpack_from(">HH", data, offset + 4)
        # A value record holds one 16-bit field per known flag bit (0xFF00 are reserved, not stored).
        size1 = 2 * bin(value_format1 & 0xFF).count("1")
        self._value_size = size1 + 2 * bin(value_format2 & 0xFF).count("1")
        self._x_advance_at = 2 * bin(value_format1 & 0x3).count("1") if value_format1 & 0x4 else -1
        self._x_device_at = 2 * bin(value_format1 & 0x3F).count("1") if value_format1 & 0x40 else -1
        self._class1_count = self._class2_count = self._records_at = 0
        if self.format == 2:
            self._class1_count, self._class2_count = struct.unpack_from(">HH", data, offset + 12)
            self._records_at = offset + 16

    def coverage_index(self, gid: int) -> int:
        coverage = self._coverage
        if coverage is None:
            at = self.offset + _U16.unpack_from(self.data, self.offset + 2)[0]
            coverage = self._coverage = _coverage(self.data, at)
        return coverage.get(gid, -1)

    def format1_value(self, index: int, right: int) -> int | None:
        """The pair's XAdvance, or None when the pair set does not list ``right``."""
        pairs = self._pair_sets.get(index)
        if pairs is None:
            pairs = self._pair_sets[index] = self._read_pair_set(index)
        return pairs.get(right)

    def _read_pair_set(self, index: int) -> dict[int, int]:
        data, base = self.data, self.offset
        count = _U16.unpack_from(data, base + 8)[0]
        if index >= count:
            return {}
        at = base + _U16.unpack_from(data, base + 10 + 2 * index)[0]
        records = _U16.unpack_from(data, at)[0]
        stride = 2 + self._value_size
        x_at = self._x_advance_at
        pairs: dict[int, int] = {}
        pos = at + 2
        for _ in range(records):
            second = _U16.unpack_from(data, pos)[0]
            if second not in pairs:  # the first record of a glyph answers
                pairs[second] = (_I16.unpack_from(data, pos + 2 + x_at)[0] if x_at >= 0 else 0) + self._varied(pos + 2)
            pos += stride
        return pairs

    def format2_value(self, left: int, right: int) -> int:
        class1, class2 = self._class1, self._class2
        if class1 is None or class2 is None:
            data, base = self.data, self.offset
            class1_at, class2_at = struct.unpack_from(">HH", data, base + 8)
            class1 = _class_def(data, base + class1_at) if class1_at else {}
            class2 = _class_def(data, base + class2_at) if class2_at else {}
            # Both from locals: another thread may read the attributes between the two assignments.
            self._class1, self._class2 = class1, class2
        c1 = class1.get(left, 0)
        c2 = class2.get(right, 0)
        if c1 >= self._class1_count or c2 >= self._class2_count or self._x_advance_at < 0:
            return 0
        record = self._records_at + (c1 * self._class2_count + c2) * self._value_size
        return int(_I16.unpack_from(self.data, record + self._x_advance_at)[0]) + self._varied(record)

    def _varied(self, record: int) -> int:
        """A variable font instance's XAdvDevice delta for the value record at ``record`` (offsets
        count from the subtable's start); 0 for a static face or a record without one."""
        if self.deltas is None or self._x_device_at < 0:
            return 0
        device = _U16.unpack_from(self.data, record + self._x_device_at)[0]
        if not device:
            return 0
        outer, inner, kind = struct.unpack_from(">HHH", self.data, self.offset + device)
        return self.deltas(outer, inner) if kind == 0x8000 else 0


def _coverage(data: bytes, at: int) -> dict[int, int]:
    """glyph id -> coverage index (a glyph listed twice keeps its last index, as fontTools' list does)."""
    fmt, count = struct.unpack_from(">HH", data, at)
    glyphs: list[int] = []
    if fmt == 1:
        glyphs = list(struct.unpack_from(f">{count}H", data, at + 4))
    elif fmt == 2:
        ranges = [struct.unpack_from(">HHH", data, at + 4 + 6 * i) for i in range(count)]
        ranges.sort(key=lambda r: r[2])  # stable, by StartCoverageIndex
        for start, end, _ in ranges:
            glyphs.extend(range(start, end + 1))
    return {gid: i for i, gid in enumerate(glyphs)}


def _class_def(data: bytes, at: int) -> dict[int, int]:
    """glyph id -> class, class-0 entries left out (so they never override an earlier range)."""
    fmt = _U16.unpack_from(data, at)[0]
    classes: dict[int, int] = {}
    if fmt == 1:
        start, count = struct.unpack_from(">HH", data, at + 2)
        for i, cls in enumerate(struct.unpack_from(f">{count}H", data, at + 6)):
            if cls:
                classes[start + i] = cls
    elif fmt == 2:
        count = _U16.unpack_from(data, at + 2)[0]
        for i in range(count):
            start, end, cls = struct.unpack_from(">HHH", data, at + 4 + 6 * i)
            if cls:
                for gid in range(start, end + 1):
                    classes[gid] = cls
    return classes


def _kern_subtables(data: bytes) -> list[_PairSubtable]:
    """The PairPos subtables of the ``kern`` feature's type-2 lookups (see the module rules)."""
    script_list, feature_list, lookup_list = struct.unpack_from(">HHH", data, 4)
    if not script_list or not feature_list or not lookup_list:
        return []
    scripts: dict[bytes, int] = {}
    for i in range(_U16.unpack_from(data, script_list)[0]):
        tag, offset = struct.unpack_from(">4sH", data, script_list + 2 + 6 * i)
        scripts[tag] = script_list + offset
    script = scripts.get(b"DFLT") or scripts.get(b"latn")
    if script is None:
        return []
    default_lang_sys = _U16.unpack_from(data, script)[0]
    if not default_lang_sys:
        return []
    lang_sys = script + default_lang_sys
    feature_count = _U16.unpack_from(data, feature_list)[0]
    lookup_indices: tuple[int, ...] = ()
    for i in range(_U16.unpack_from(data, lang_sys + 4)[0]):
        index = _U16.unpack_from(data, lang_sys + 6 + 2 * i)[0]
        if index >= feature_count:
            continue
        tag, offset = struct.unpack_from(">4sH", data, feature_list + 2 + 6 * index)
        if tag == b"kern":
            feature = feature_list + offset
            count = _U16.unpack_from(data, feature + 2)[0]
            lookup_indices = struct.unpack_from(f">{count}H", data, feature + 4)
            break
    lookup_count = _U16.unpack_from(data, lookup_list)[0]
    subtables: list[_PairSubtable] = []
    for index in lookup_indices:
        if index >= lookup_count:
            continue
        lookup = lookup_list + _U16.unpack_from(data, lookup_list + 2 + 2 * index)[0]
        lookup_type, _, count = struct.unpack_from(">HHH", data, lookup)
        if lookup_type != 2:
            continue
        for offset in struct.unpack_from(f">{count}H", data, lookup + 6):
            subtables.append(_PairSubtable(data, lookup + offset))
    return subtables


def legacy_kern_pairs(data: bytes, glyph_count: int) -> dict[tuple[int, int], int]:
    """The pairs of a ``kern`` table's first subtable when it is format 0, as pureog read them through
    fontTools (``tt["kern"].kernTables[0].kernTable``, its glyph names mapped back to ids), else none.

    fontTools' rules, kept: an OpenType header (``>HH``) unless the version is 1 and the table has 8
    bytes (Apple's ``>LL``, a 16.16 version); the subtable headers of version 1.0 are Apple's. A lone
    OpenType format 0 subtable's length comes from its pair count (fonts such as Calibri understate
    it). Any error decoding the table (a short subtable, an OpenType subtable version other than 0)
    makes fontTools keep it undecoded, i.e. no kerning. A glyph id past the font's glyphs has no name
    and fell back to glyph 0; a pair listed twice keeps its last value."""
    try:
        return _first_kern_subtable(data, glyph_count)
    except (struct.error, ValueError):
        return {}


def _first_kern_subtable(data: bytes, glyph_count: int) -> dict[tuple[int, int], int]:
    version, count = struct.unpack(">HH", data[:4])
    # Two flags, as in fontTools: Apple's table header (which then reads the format 0 subtables with
    # Apple's header) and a version equal to 1.0 (which reads the subtable headers as Apple's).
    apple = len(data) >= 8 and version == 1
    if apple:
        version_fixed, count = struct.unpack(">LL", data[:8])
        apple_headers = version_fixed == 0x10000
        data = data[8:]
    else:
        apple_headers = version == 1
        data = data[4:]
    first: tuple[int, dict[tuple[int, int], int]] | None = None
    for _ in range(count):  # fontTools decodes every subtable: an error in any drops the table
        if apple_headers:
            length, _coverage, fmt = struct.unpack(">LBB", data[:6])
        else:
            _, length, fmt, _coverage = struct.unpack(">HHBB", data[:6])
            if count == 1 and fmt == 0:
                length = struct.unpack(">H", data[6:8])[0] * 6 + 14
        pairs = _format0_pairs(data[:length], apple) if fmt == 0 else {}
        if first is None:
            first = (fmt, pairs)
        data = data[length:]
    if first is None or first[0] != 0:
        return {}
    out: dict[tuple[int, int], int] = {}
    for (left, right), value in first[1].items():  # fontTools' names back to ids: unnamed ids are 0
        out[(left if left < glyph_count else 0, right if right < glyph_count else 0)] = value
    return out


def _format0_pairs(data: bytes, apple: bool) -> dict[tuple[int, int], int]:
    """fontTools' ``KernTable_format_0.decompile``: ``(left, right) -> value`` (ValueError when it fails)."""
    if apple:
        if struct.unpack(">LBBH", data[:8])[2] != 0:  # Apple's header read over an OpenType one
            raise ValueError("unsupported format")
        data = data[8:]
    else:
        subtable_version = struct.unpack(">HHBB", data[:6])[0]
        if subtable_version != 0:
            raise ValueError(f"unsupported kern subtable version: {subtable_version}")
        data = data[6:]
    pair_count = struct.unpack(">HHHH", data[:8])[0]
    data = data[8:]
    if len(data) < 6 * pair_count:
        raise ValueError("kern subtable shorter than its pairs")
    pairs: dict[tuple[int, int], int] = {}
    for left, right, value in struct.iter_unpack(">HHh", data[: 6 * pair_count]):
        pairs[(left, right)] = value
    return pairs


class FaceKerning:
    """Pair kerning of one face in font units, memoized per pair."""

    __slots__ = ("_subtables", "_pairs", "_cache", "_glyph_count", "_path")

    def __init__(self, face: FontFace) -> None:
        self._path = face.path
        self._glyph_count = face.num_glyphs
        self._cache: dict[tuple[int, int], int] = {}
        self._subtables: list[_PairSubtable] | None = None
        self._pairs: dict[tuple[int, int], int] = {}
        with face.lock:  # fontTools reads tables through one shared file object
            self._read_tables(face)

    def _read_tables(self, face: FontFace) -> None:
        try:
            if face.has_table("GPOS"):
                self._subtables = _kern_subtables(face.table_data("GPOS"))
                if getattr(face, "location", ()):  # a variable font's instance
                    for sub in self._subtables:
                        sub.deltas = face.variation_delta
            elif face.has_table("kern") and face.truetype is not None:
                # a static TrueType face: its glyph names (post, deduplicated by fontTools) are its ids
                self._pairs = legacy_kern_pairs(face.table_data("kern"), face.num_glyphs)
            elif face.has_table("kern"):
                # other faces have fontTools loaded anyway; a CFF charset may repeat a glyph name, which
                # then stood for its last glyph: kept as it was, through fontTools' names
                tt = face.ttfont
                names = {name: i for i, name in enumerate(face.glyph_order)}
                for sub in getattr(tt["kern"], "kernTables", [])[:1]:
                    if getattr(sub, "format", 0) == 0:
                        for (left, right), value in sub.kernTable.items():
                            self._pairs[(names.get(left, 0), names.get(right, 0))] = int(value)
        except FontError:
            raise
        except Exception as exc:  # struct.error, IndexError, fontTools' own: a malformed table
            raise FontError(f"cannot read the font's kerning: {type(exc).__name__}: {exc}", path=face.path) from exc

    def kerning(self, left: int, right: int) -> int:
        key = (left, right)
        value = self._cache.get(key)
        if value is None:
            try:
                value = self._compute(left, right)
            except (struct.error, IndexError) as exc:
                raise FontError(f"cannot read the font's GPOS kerning: {exc}", path=self._path) from exc
            self._cache[key] = value
        return value

    def _compute(self, left: int, right: int) -> int:
        if self._subtables is None:
            return self._pairs.get((left, right), 0)
        # A fallback face's glyph id past this face's glyphs names no glyph here: as the left glyph it
        # is never covered; as the right one it is in no pair and in class 0.
        count = self._glyph_count
        if not 0 <= left < count:
            return 0
        right_known = 0 <= right < count
        for sub in self._subtables:
            index = sub.coverage_index(left)
            if index < 0:
                continue
            if sub.format == 1:
                value = sub.format1_value(index, right) if right_known else None
                if value is not None:
                    return value
            elif sub.format == 2:
                return sub.format2_value(left, right if right_known else -1)
        return 0
