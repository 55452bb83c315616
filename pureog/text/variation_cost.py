"""The work of varying one TrueType glyph, known before fontTools does it (hostile variable fonts).

Role: fontTools varies a glyph at a location (``_TTGlyphGlyf._getGlyphInstance``) by decompiling
every tuple variation ``gvar`` holds for it and, for each tuple whose scalar is not 0, interpolating
the untouched points (IUP) and adding a delta to every point: Python work in proportion to tuples x
points, some 0.5 us each. A glyph may have 4,095 tuples and tens of thousands of points while its
``gvar`` data stays tiny (a tuple moving one point is 9 bytes; IUP moves the rest), so a 66 KB font
varied one glyph for minutes, with no deadline check inside. This module reads the glyph's tuple count
(``gvar``) and point count (``glyf`` via ``loca``; a composite's components) from the raw table bytes,
so :class:`ChargedGlyphSet` charges the render's account (:func:`pureog.limits.charge_variations`)
before fontTools starts, for the glyph and for every component a pen decomposes through the set.

The item variation stores (``HVAR``, ``VVAR``, ``MVAR``, ``GDEF``, and ``CFF2``'s, whose ``blend``
operators :mod:`pureog.text.charstrings` charges) cost per delta looked up: fontTools
sums one term per region index of the delta's row (up to 65,535) and keeps a support and a scalar per
region on each instance's instancer. A 1.2 MB font of 65,535 regions drawn at 700 weights took 23 s and
2 GB. :func:`store_limits` finds a store past :data:`pureog.limits.MAX_VARIATION_REGIONS` (the face is
then drawn at its default instance, as Next.js draws every variable font); a new instance is charged
its regions (:func:`instance_cost`), each delta looked up the widest row of its store (HVAR in
:func:`glyph_cost`, :func:`delta_lookup_cost`).

Input: a fontTools ``TTFont`` (lazy; only its raw table bytes are read here) and glyph names. Output:
work units (tuples x (points + 4 phantom points + axes); regions; region terms). Imports ``struct`` and
:mod:`pureog.limits` only.
"""

from __future__ import annotations

import struct
import threading
import weakref
from typing import Any

from pureog.limits import MAX_VARIATION_REGIONS, charge_variations
from pureog.text.glyph_set_proxy import GlyphSetProxy

_TUPLE_COUNT_MASK = 0x0FFF
_PHANTOM_POINTS = 4
# glyf composite flags (OpenType glyf table)
_ARG_WORDS = 0x0001
_HAVE_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_HAVE_XY_SCALE = 0x0040
_HAVE_TWO_BY_TWO = 0x0080


class _FontCosts:
    """Per font: the raw ``gvar``, ``glyf`` and ``loca`` bytes and each glyph's cost once read."""

    def __init__(self, tt: Any) -> None:
        self.names = tt.getReverseGlyphMap()
        reader = tt.reader
        self.gvar = _raw(reader, "gvar")
        self.glyf = _raw(reader, "glyf")
        loca = _raw(reader, "loca")
        head = _raw(reader, "head")
        long_loca = len(head) >= 52 and struct.unpack_from(">h", head, 50)[0] == 1
        self.loca = _offsets(loca, 0, len(loca) // (4 if long_loca else 2), long_loca)
        self.variation_offsets: tuple[int, ...] = ()
        self.variation_data = 0
        self.axes = 0
        if len(self.gvar) >= 20:
            self.axes = struct.unpack_from(">H", self.gvar, 4)[0]
            count, flags, self.variation_data = struct.unpack_from(">HHI", self.gvar, 12)
            self.variation_offsets = _offsets(self.gvar, 20, count + 1, bool(flags & 1))
        self.costs: dict[str, int] = {}
        # (regions, widest row) of each item variation store: where its offset sits in its table
        self.stores = {tag: _store_shape(_raw(reader, tag), at, size, minor) for tag, at, size, minor in _STORES}
        cff2 = _raw(reader, "CFF2")
        self.stores["CFF2"] = _shape_at(cff2, _cff2_store(cff2))
        self.advance_cost = self.stores["HVAR"][1]
        self.instance_cost = _REGION_SUPPORT * sum(regions for regions, _widest in self.stores.values())

    def cost(self, name: str) -> int:
        cost = self.costs.get(name)
        if cost is None:
            gid = self.names.get(name, -1)
            cost = _tuples(self, gid) * (_points(self, gid) + _PHANTOM_POINTS + self.axes) if gid >= 0 else 0
            self.costs[name] = cost + self.advance_cost  # an HVAR advance is looked up for every glyph taken
        return cost


_REGION_SUPPORT = 8
"""Work units of a region's support and scalar, which each instancer of an instance builds once (~2 us,
~350 bytes kept with the instance; a gvar point is ~0.5 us, a term of a delta looked up after ~0.2 us), so
the render's budget also bounds what its instances keep (500,000 regions: some 175 MB)."""

_STORES = (("HVAR", 4, 4, 0), ("VVAR", 4, 4, 0), ("MVAR", 10, 2, 0), ("GDEF", 14, 4, 3))
"""Tables holding an item variation store: the offset's position in the table, its size, and the table's
first minor version that has it (GDEF 1.3)."""


def _store_shape(table: bytes, at: int, size: int, minor: int) -> tuple[int, int]:
    """(regions, the widest row's region indices) of the item variation store whose offset is at ``at``
    in ``table``; (0, 0) without one (fontTools fails on a store its bytes cannot hold)."""
    if len(table) < at + size or struct.unpack_from(">H", table, 2)[0] < minor:
        return (0, 0)
    return _shape_at(table, struct.unpack_from(">L" if size == 4 else ">H", table, at)[0])


def _shape_at(table: bytes, store: int) -> tuple[int, int]:
    """(regions, the widest row's region indices) of the item variation store at ``store`` in ``table``."""
    if not store or store + 8 > len(table):
        return (0, 0)
    region_list, data_count = struct.unpack_from(">LH", table, store + 2)
    regions = struct.unpack_from(">H", table, store + region_list + 2)[0] \
        if region_list and store + region_list + 4 <= len(table) else 0
    widest = 0
    for offset in _offsets(table, store + 8, data_count, True):
        if offset and store + offset + 6 <= len(table):
            widest = max(widest, struct.unpack_from(">H", table, store + offset + 4)[0])
    return (regions, widest)


_CFF2_VSTORE = 24
"""The CFF2 Top DICT operator whose operand is the offset of the variation store (a 16-bit length, then
an item variation store)."""


def _cff2_store(cff2: bytes) -> int:
    """Where the item variation store of a ``CFF2`` table starts (0: none), read from its Top DICT: the
    operands before the ``vstore`` operator (CFF2 DICT encoding: integers of 1, 2, 3 or 5 bytes, reals in
    nibbles ending in 0xf)."""
    if len(cff2) < 5:
        return 0
    start = cff2[2]
    end = min(len(cff2), start + struct.unpack_from(">H", cff2, 3)[0])
    operand, pos = 0, start
    while pos < end:
        b0 = cff2[pos]
        if 32 <= b0 <= 246:
            operand, pos = b0 - 139, pos + 1
        elif 247 <= b0 <= 254:
            if pos + 1 >= end:
                return 0
            high = (b0 - 247 if b0 <= 250 else b0 - 251) * 256 + cff2[pos + 1] + 108
            operand, pos = high if b0 <= 250 else -high, pos + 2
        elif b0 == 28 and pos + 3 <= end:
            operand, pos = struct.unpack_from(">h", cff2, pos + 1)[0], pos + 3
        elif b0 == 29 and pos + 5 <= end:
            operand, pos = struct.unpack_from(">l", cff2, pos + 1)[0], pos + 5
        elif b0 == 30:  # a real: nibbles up to one of 0xf
            pos += 1
            while pos < end and cff2[pos] & 0x0F != 0x0F and cff2[pos] & 0xF0 != 0xF0:
                pos += 1
            operand, pos = 0, pos + 1
        elif b0 == _CFF2_VSTORE:
            return operand + 2 if operand > 0 else 0
        else:  # another operator (12: a two-byte one)
            pos += 2 if b0 == 12 else 1
    return 0


def _raw(reader: Any, tag: str) -> bytes:
    try:
        return bytes(reader[tag]) if reader is not None and tag in reader else b""
    except Exception:  # a table directory entry outside the file: fontTools fails on it the same way
        return b""


def _offsets(data: bytes, start: int, count: int, long: bool) -> tuple[int, ...]:
    """``count`` offsets at ``start`` (32-bit, or 16-bit words times two), as many as the data holds."""
    size = 4 if long else 2
    count = max(0, min(count, (len(data) - start) // size))
    values = struct.unpack_from(f">{count}{'L' if long else 'H'}", data, start) if count else ()
    return values if long else tuple(2 * v for v in values)


def _tuples(font: _FontCosts, gid: int) -> int:
    offsets = font.variation_offsets
    if gid + 1 >= len(offsets):
        return 0
    start = font.variation_data + offsets[gid]
    if offsets[gid + 1] <= offsets[gid] or start + 2 > len(font.gvar):
        return 0
    return int(struct.unpack_from(">H", font.gvar, start)[0] & _TUPLE_COUNT_MASK)


def _points(font: _FontCosts, gid: int) -> int:
    """The glyph's points as gvar counts them: a simple glyph's outline points, a composite's components."""
    if gid + 1 >= len(font.loca):
        return 0
    start, end = font.loca[gid], min(font.loca[gid + 1], len(font.glyf))
    if end - start < 10:
        return 0
    (contours,) = struct.unpack_from(">h", font.glyf, start)
    if contours > 0:
        last = start + 10 + 2 * (contours - 1)
        return int(struct.unpack_from(">H", font.glyf, last)[0]) + 1 if last + 2 <= end else 0
    if contours == 0:
        return 0
    components, pos = 0, start + 10
    while pos + 4 <= end:
        (flags,) = struct.unpack_from(">H", font.glyf, pos)
        components += 1
        pos += 4 + (4 if flags & _ARG_WORDS else 2)
        pos += 2 if flags & _HAVE_SCALE else 4 if flags & _HAVE_XY_SCALE else 8 if flags & _HAVE_TWO_BY_TWO else 0
        if not flags & _MORE_COMPONENTS:
            break
    return components


_FONTS: weakref.WeakKeyDictionary[Any, _FontCosts] = weakref.WeakKeyDictionary()
_FONTS_LOCK = threading.Lock()


def _font(tt: Any) -> _FontCosts:
    with _FONTS_LOCK:
        font = _FONTS.get(tt)
    if font is None:
        font = _FontCosts(tt)
        with _FONTS_LOCK:
            _FONTS[tt] = font
    return font


def glyph_cost(tt: Any, name: str) -> int:
    """The work units of taking glyph ``name`` of ``tt`` from an instance's glyph set once: its gvar
    tuples (0 for a glyph without variations) and its HVAR advance. Hold the face's lock (fontTools
    reads its file object)."""
    return _font(tt).cost(name)


DELTA_LOOKUP = 12
"""Work units of looking one delta up besides its row's terms: the instancer's lookup and pureog's
locking, rounding and charging (~6 us in all for a GPOS value or anchor of Geist, whose rows hold two
or three regions, charged 2-3 units until round nine: 400 distinct weights of Geist's variable font,
each instance's GPOS values varied again, took 10.7 s and 413 MB within the budget, 1,300 ran 12.8 s
and 684 MB before it stopped them)."""


def delta_lookup_cost(tt: Any, tag: str) -> int:
    """The work units of one delta looked up in table ``tag``'s item variation store (its widest row,
    and :data:`DELTA_LOOKUP`)."""
    return DELTA_LOOKUP + _font(tt).stores[tag][1]


def instance_cost(tt: Any) -> int:
    """The work units of a new instance's instancers: a support and a scalar for each region of each store."""
    return _font(tt).instance_cost


def store_limits(tt: Any) -> str | None:
    """Why the font's variations are not applied (a store of more than
    :data:`~pureog.limits.MAX_VARIATION_REGIONS` regions or region indices in a row), or None."""
    for tag, (regions, widest) in _font(tt).stores.items():
        if max(regions, widest) > MAX_VARIATION_REGIONS:
            return (f"the font's {tag} variation store has {max(regions, widest):,} regions, more than "
                    f"{MAX_VARIATION_REGIONS:,}: its variations are not applied (spec/limits.md)")
    return None


class ChargedGlyphSet(GlyphSetProxy):
    """fontTools' glyph set of a TrueType variable font at a location, charging the render's account
    with a glyph's variation work (:func:`glyph_cost`) each time the glyph is taken from it: drawn,
    measured, or decomposed as a component by a pen holding this set."""

    def __init__(self, inner: Any, tt: Any) -> None:
        super().__init__(inner)
        self._tt = tt

    def __getitem__(self, name: str) -> Any:
        charge_variations(glyph_cost(self._tt, name))
        return self._inner[name]
