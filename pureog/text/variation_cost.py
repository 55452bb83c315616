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

Input: a fontTools ``TTFont`` (lazy; only its raw table bytes are read here) and glyph names. Output:
work units (tuples x (points + 4 phantom points)). Imports ``struct`` and :mod:`pureog.limits` only.
"""

from __future__ import annotations

import struct
import threading
import weakref
from typing import Any

from pureog.limits import charge_variations

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
        if len(self.gvar) >= 20:
            count, flags, self.variation_data = struct.unpack_from(">HHI", self.gvar, 12)
            self.variation_offsets = _offsets(self.gvar, 20, count + 1, bool(flags & 1))
        self.costs: dict[str, int] = {}

    def cost(self, name: str) -> int:
        cost = self.costs.get(name)
        if cost is None:
            gid = self.names.get(name, -1)
            cost = _tuples(self, gid) * (_points(self, gid) + _PHANTOM_POINTS) if gid >= 0 else 0
            self.costs[name] = cost
        return cost


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


def glyph_cost(tt: Any, name: str) -> int:
    """The work units of varying glyph ``name`` of ``tt`` once (0 for a glyph without variations).
    Hold the face's lock (fontTools reads its file object)."""
    with _FONTS_LOCK:
        font = _FONTS.get(tt)
    if font is None:
        font = _FontCosts(tt)
        with _FONTS_LOCK:
            _FONTS[tt] = font
    return font.cost(name)


class ChargedGlyphSet:
    """fontTools' glyph set of a TrueType variable font at a location, charging the render's account
    with a glyph's variation work (:func:`glyph_cost`) each time the glyph is taken from it: drawn,
    measured, or decomposed as a component by a pen holding this set."""

    def __init__(self, inner: Any, tt: Any) -> None:
        self._inner = inner
        self._tt = tt

    def __getitem__(self, name: str) -> Any:
        charge_variations(glyph_cost(self._tt, name))
        return self._inner[name]

    def __contains__(self, name: object) -> bool:
        return name in self._inner

    def __len__(self) -> int:
        return len(self._inner)

    def __iter__(self) -> Any:
        return iter(self._inner)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)
