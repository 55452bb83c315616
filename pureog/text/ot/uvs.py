"""Unicode variation sequences (``cmap`` format 14) answered from the table's bytes, never expanded.

Input: the raw ``cmap`` table. Output: :class:`VariationSequences`, whose :meth:`~VariationSequences.find`
answers "what does base ``u`` followed by selector ``vs`` map to": :data:`NOT_LISTED`, ``None`` (the
base's default glyph) or a glyph id.

fontTools' reader expands every default range into one Python tuple per code point, and every selector
record that shares a range list copies it again: 200 records sharing 500,000 ranges of 256 code points
(a 2 MB font) make 25 billion tuples (hung, then out of memory). Here each range list and mapping list
is read once per offset into two arrays and searched with ``bisect``; the answer is the one fontTools'
``uvsDict`` gave pureog before (the last listed entry for the pair wins: subtables, records, and within a
record the non-default mappings after the default ranges). Past :data:`MAX_UVS_ENTRIES` ranges and
mappings, :data:`MAX_UVS_RECORDS` records or :data:`MAX_UVS_LISTS` lists for one selector, a subtable is
ignored (its sequences draw their base's nominal glyph) rather than read. Imports only the standard
library.
"""

from __future__ import annotations

import struct
from array import array
from bisect import bisect_right

MAX_UVS_ENTRIES = 1_000_000
"""Default ranges plus non-default mappings read from one font (a font of every standardized and
Ideographic Variation Database sequence lists some 40,000)."""
MAX_UVS_LISTS = 64
"""Distinct range or mapping lists of one selector (a font has one of each)."""
MAX_UVS_RECORDS = 4_096
"""Selector records of one subtable (there are 259 selectors)."""

NOT_LISTED = -1
"""``find``'s answer for a pair that no subtable lists."""


class _Defaults:
    """A default-UVS list: ranges sorted by start, with the running maximum of their ends (so that one
    ``bisect`` finds whether any range starting at or before ``u`` reaches it)."""

    __slots__ = ("starts", "reach")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ranges.sort()
        self.starts = array("l", (start for start, _ in ranges))
        self.reach = array("l")
        top = -1
        for _, end in ranges:
            top = max(top, end)
            self.reach.append(top)

    def find(self, u: int) -> int | None:
        i = bisect_right(self.starts, u) - 1
        return None if i >= 0 and self.reach[i] >= u else NOT_LISTED


class _Mappings:
    """A non-default-UVS list: code points sorted stably (the last listed mapping of a code point is the
    rightmost of its equals), with their glyph ids."""

    __slots__ = ("codes", "gids")

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        pairs.sort(key=lambda pair: pair[0])
        self.codes = array("l", (code for code, _ in pairs))
        self.gids = array("l", (gid for _, gid in pairs))

    def find(self, u: int) -> int | None:
        i = bisect_right(self.codes, u) - 1
        return self.gids[i] if i >= 0 and self.codes[i] == u else NOT_LISTED


class VariationSequences:
    """The format 14 subtables of a ``cmap`` table (glyph ids as listed, those past the font too, as
    fontTools' made-up glyph names kept them)."""

    def __init__(self, cmap: bytes) -> None:
        self._lists: dict[int, list[_Defaults | _Mappings]] = {}
        self._entries = 0
        if len(cmap) < 4:
            return
        count = struct.unpack_from(">H", cmap, 2)[0]
        seen: set[int] = set()
        for i in range(count):
            if 4 + 8 * i + 8 > len(cmap):
                break
            offset = struct.unpack_from(">L", cmap, 4 + 8 * i + 4)[0]
            if offset in seen or offset + 10 > len(cmap) or struct.unpack_from(">H", cmap, offset)[0] != 14:
                continue
            seen.add(offset)
            self._read_subtable(cmap, offset)

    def find(self, u: int, vs: int) -> int | None:
        """:data:`NOT_LISTED`, ``None`` (the default glyph of ``u``) or the glyph id of ``u`` + ``vs``."""
        for found in reversed(self._lists.get(vs, ())):
            answer = found.find(u)
            if answer != NOT_LISTED:
                return answer
        return NOT_LISTED

    def _read_subtable(self, cmap: bytes, offset: int) -> None:
        length, records = struct.unpack_from(">LL", cmap, offset + 2)
        data = cmap[offset:offset + length]
        records = min(records, max(0, (len(data) - 10) // 11))
        if records > MAX_UVS_RECORDS:
            return  # a hostile subtable: ignored whole
        parsed: dict[tuple[bool, int], _Defaults | _Mappings] = {}
        lists: dict[int, list[_Defaults | _Mappings]] = {}
        entries = self._entries
        for r in range(records):
            selector_hi, selector_lo, default_at, mapped_at = struct.unpack_from(">BHLL", data, 10 + 11 * r)
            selector = selector_hi << 16 | selector_lo
            for mapped, at in ((False, default_at), (True, mapped_at)):
                if not at or at + 4 > len(data):
                    continue
                found = parsed.get((mapped, at))
                if found is None:
                    size = 5 if mapped else 4
                    n = min(struct.unpack_from(">L", data, at)[0], (len(data) - at - 4) // size)
                    entries += n
                    if entries > MAX_UVS_ENTRIES:
                        return  # a hostile subtable: ignored whole
                    body = data[at + 4:at + 4 + n * size]
                    if mapped:
                        found = _Mappings([(a << 16 | b, gid) for a, b, gid in struct.iter_unpack(">BHH", body)])
                    else:
                        found = _Defaults([(a << 16 | b, (a << 16 | b) + extra)
                                           for a, b, extra in struct.iter_unpack(">BHB", body)])
                    parsed[(mapped, at)] = found
                chain = lists.setdefault(selector, [])
                if found in chain:  # the same list again: only its last place counts
                    chain.remove(found)
                chain.append(found)
                if len(chain) > MAX_UVS_LISTS:
                    return
        self._entries = entries
        for selector, chain in lists.items():
            mine = self._lists.setdefault(selector, [])
            mine[:] = [item for item in mine if item not in chain] + chain
