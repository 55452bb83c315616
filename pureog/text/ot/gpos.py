"""GPOS subtables (lookup types 1-6; 7 / 8 are in :mod:`pureog.text.ot.rules`, 9 is unwrapped) and
the final resolution of attachment offsets.

Input: subtables converted by :mod:`pureog.text.ot.tables`: value records as ``(x_placement,
y_placement, x_advance)`` tuples in font units (device tables and variations are not read: HarfBuzz
ignores them too at the default ppem of 0), anchors as ``(x, y)``. Output: ``apply(c)`` adjusts the
positions stored on the buffer's glyphs, as ``hb-ot-layout-gpos-table`` does, for horizontal text.

Imports only :mod:`pureog.text.ot.buffer` and :mod:`pureog.text.ot.context`.
"""

from __future__ import annotations

from itertools import accumulate

from pureog.text.ot.buffer import (
    ATTACH_CURSIVE,
    ATTACH_MARK,
    HAS_GPOS_ATTACHMENT,
    MARK,
    MULTIPLIED,
    Glyph,
    lig_comp,
    lig_id,
)
from pureog.text.ot.context import IGNORE_FLAGS, IGNORE_MARKS, MATCH, RIGHT_TO_LEFT, SKIP, ApplyContext

Value = tuple[int, int, int]
Anchor = tuple[int, int]
PairValue = tuple[Value | None, Value | None]


def _apply_value(g: Glyph, v: Value | None) -> None:
    if v is not None:
        g.xo += v[0]
        g.yo += v[1]
        g.xa += v[2]


class SinglePos:
    """Type 1 (formats 1 and 2): glyph -> value record."""

    __slots__ = ("values",)

    def __init__(self, values: dict[int, Value | None]) -> None:
        self.values = values

    def first_glyphs(self) -> set[int]:
        return set(self.values)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        cur = buf.info[buf.idx]
        if cur.cp not in self.values:
            return False
        _apply_value(cur, self.values[cur.cp])
        buf.idx += 1
        return True


class PairPosGlyphs:
    """Type 2 format 1: first glyph -> second glyph -> (value 1, value 2)."""

    __slots__ = ("pairs", "has_second")

    def __init__(self, pairs: dict[int, dict[int, PairValue]], has_second: bool) -> None:
        self.pairs = pairs
        self.has_second = has_second

    def first_glyphs(self) -> set[int]:
        return set(self.pairs)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        info = buf.info
        cur = info[buf.idx]
        seconds = self.pairs.get(cur.cp)
        if seconds is None:
            return False
        it = c.iter_input
        it.reset_fast(buf.idx)
        if not it.next():
            return False
        pos = it.idx
        record = seconds.get(info[pos].cp)
        if record is None:
            return False
        _apply_value(cur, record[0])
        _apply_value(info[pos], record[1])
        if self.has_second:
            pos += 1
        buf.idx = pos
        return True


class PairPosClasses:
    """Type 2 format 2: class pair matrix."""

    __slots__ = ("coverage", "class_def1", "class_def2", "count1", "count2", "matrix", "has_second")

    def __init__(self, coverage: frozenset[int], class_def1: dict[int, int], class_def2: dict[int, int],
                 count1: int, count2: int, matrix: list[list[PairValue]], has_second: bool) -> None:
        self.coverage = coverage
        self.class_def1 = class_def1
        self.class_def2 = class_def2
        self.count1 = count1
        self.count2 = count2
        self.matrix = matrix
        self.has_second = has_second

    def first_glyphs(self) -> set[int]:
        return set(self.coverage)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        info = buf.info
        cur = info[buf.idx]
        if cur.cp not in self.coverage:
            return False
        it = c.iter_input
        it.reset_fast(buf.idx)
        if not it.next():
            return False
        pos = it.idx
        k1 = self.class_def1.get(cur.cp, 0)
        k2 = self.class_def2.get(info[pos].cp, 0)
        if k1 >= self.count1 or k2 >= self.count2:
            return False
        v1, v2 = self.matrix[k1][k2]
        _apply_value(cur, v1)
        _apply_value(info[pos], v2)
        if self.has_second:
            pos += 1
        buf.idx = pos
        return True


def _reverse_cursive_minor_offset(info: list[Glyph], i: int, new_parent: int, nesting: int = 0) -> None:
    if nesting > 64:
        return
    g = info[i]
    chain = g.chain
    atype = g.atype
    if not chain or not atype & ATTACH_CURSIVE:
        return
    g.chain = 0
    j = i + chain
    if not 0 <= j < len(info) or j == new_parent:
        return
    _reverse_cursive_minor_offset(info, j, new_parent, nesting + 1)
    info[j].yo = -g.yo
    info[j].chain = -chain
    info[j].atype = atype


class CursivePos:
    """Type 3: entry / exit anchors joining consecutive glyphs (the RightToLeft flag picks the root)."""

    __slots__ = ("records",)

    def __init__(self, records: dict[int, tuple[Anchor | None, Anchor | None]]) -> None:
        self.records = records

    def first_glyphs(self) -> set[int]:
        return set(self.records)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        info = buf.info
        this = self.records.get(info[buf.idx].cp)
        if this is None or this[0] is None:
            return False
        it = c.iter_input
        it.reset_fast(buf.idx)
        if not it.prev():
            return False
        prev = self.records.get(info[it.idx].cp)
        if prev is None or prev[1] is None:
            return False
        i = it.idx
        j = buf.idx
        exit_x, exit_y = prev[1]
        entry_x, entry_y = this[0]
        pi = info[i]
        pj = info[j]
        if not c.rtl:
            pi.xa = exit_x + pi.xo
            d = entry_x + pj.xo
            pj.xa -= d
            pj.xo -= d
        else:
            d = exit_x + pi.xo
            pi.xa -= d
            pi.xo -= d
            pj.xa = entry_x + pj.xo
        child, parent = i, j
        y_offset = entry_y - exit_y
        if not c.lookup_props & RIGHT_TO_LEFT:
            child, parent = parent, child
            y_offset = -y_offset
        _reverse_cursive_minor_offset(info, child, parent)
        pc = info[child]
        pc.chain = parent - child
        pc.atype = ATTACH_CURSIVE
        buf.scratch |= HAS_GPOS_ATTACHMENT
        pc.yo = y_offset
        pp = info[parent]
        if pp.chain == -pc.chain:
            pp.chain = 0
            pp.yo = 0
        buf.idx += 1
        return True


def _accept(info: list[Glyph], idx: int) -> bool:
    """Attach only to the first glyph of a MultipleSubst sequence (HarfBuzz's rule)."""
    g = info[idx]
    if not g.gp & MULTIPLIED or lig_comp(g) == 0 or idx == 0:
        return True
    p = info[idx - 1]
    return bool(p.gp & MARK or not p.gp & MULTIPLIED or lig_id(g) != lig_id(p) or lig_comp(g) != lig_comp(p) + 1)


def _find_base(c: ApplyContext, covered: dict[int, list[Anchor | None]] | dict[int, list[list[Anchor | None]]]) -> int:
    buf = c.buffer
    info = buf.info
    it = c.iter_input
    it.lookup_props = IGNORE_MARKS
    if c.last_base_until > buf.idx:
        c.last_base_until = 0
        c.last_base = -1
    j = buf.idx
    while j > c.last_base_until:
        r = it.match(info[j - 1])
        if r == MATCH and not _accept(info, j - 1) and info[j - 1].cp not in covered:
            r = SKIP
        if r == MATCH:
            c.last_base = j - 1
            break
        j -= 1
    c.last_base_until = buf.idx
    return c.last_base


def _resolve_cross_offset(info: list[Glyph], pos: int) -> int:
    offset = info[pos].yo
    n = len(info)
    while info[pos].atype & ATTACH_CURSIVE:
        chain = info[pos].chain
        if not chain:
            break
        parent = pos + chain
        if not 0 <= parent < n:
            break
        pos = parent
        offset += info[pos].yo
    return offset


def _attach_mark(c: ApplyContext, mark: tuple[int, Anchor], anchors: list[Anchor | None], glyph_pos: int) -> bool:
    mark_class, (mark_x, mark_y) = mark
    if mark_class >= len(anchors):
        return False
    base_anchor = anchors[mark_class]
    if base_anchor is None:
        return False
    buf = c.buffer
    info = buf.info
    base_offset = _resolve_cross_offset(info, glyph_pos)
    cur = info[buf.idx]
    cur.chain = glyph_pos - buf.idx
    cur.atype = ATTACH_MARK
    cur.xo = base_anchor[0] - mark_x
    cur.yo = base_anchor[1] - mark_y + base_offset
    buf.scratch |= HAS_GPOS_ATTACHMENT
    buf.idx += 1
    return True


class MarkBasePos:
    """Type 4: marks on the preceding base glyph."""

    __slots__ = ("marks", "bases")

    def __init__(self, marks: dict[int, tuple[int, Anchor]], bases: dict[int, list[Anchor | None]]) -> None:
        self.marks = marks
        self.bases = bases

    def first_glyphs(self) -> set[int]:
        return set(self.marks)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        mark = self.marks.get(buf.info[buf.idx].cp)
        if mark is None:
            return False
        idx = _find_base(c, self.bases)
        if idx == -1:
            return False
        anchors = self.bases.get(buf.info[idx].cp)
        if anchors is None:
            return False
        return _attach_mark(c, mark, anchors, idx)


class MarkLigPos:
    """Type 5: marks on a component of the preceding ligature (its ligature-component bookkeeping)."""

    __slots__ = ("marks", "ligatures")

    def __init__(self, marks: dict[int, tuple[int, Anchor]], ligatures: dict[int, list[list[Anchor | None]]]) -> None:
        self.marks = marks
        self.ligatures = ligatures

    def first_glyphs(self) -> set[int]:
        return set(self.marks)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        info = buf.info
        cur = info[buf.idx]
        mark = self.marks.get(cur.cp)
        if mark is None:
            return False
        idx = _find_base(c, self.ligatures)
        if idx == -1:
            return False
        components = self.ligatures.get(info[idx].cp)
        if not components:
            return False
        count = len(components)
        base_lig_id = lig_id(info[idx])
        mark_comp = lig_comp(cur)
        if base_lig_id and base_lig_id == lig_id(cur) and mark_comp > 0:
            comp_index = min(count, mark_comp) - 1
        else:
            comp_index = count - 1
        return _attach_mark(c, mark, components[comp_index], idx)


class MarkMarkPos:
    """Type 6: marks on the preceding mark of the same base / ligature component."""

    __slots__ = ("marks1", "marks2")

    def __init__(self, marks1: dict[int, tuple[int, Anchor]], marks2: dict[int, list[Anchor | None]]) -> None:
        self.marks1 = marks1
        self.marks2 = marks2

    def first_glyphs(self) -> set[int]:
        return set(self.marks1)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        info = buf.info
        cur = info[buf.idx]
        mark1 = self.marks1.get(cur.cp)
        if mark1 is None:
            return False
        it = c.iter_input
        it.reset_fast(buf.idx)
        it.lookup_props = c.lookup_props & ~IGNORE_FLAGS
        if not it.prev():
            return False
        j = it.idx
        prev = info[j]
        if not prev.gp & MARK:
            return False
        id1 = lig_id(cur)
        id2 = lig_id(prev)
        comp1 = lig_comp(cur)
        comp2 = lig_comp(prev)
        if id1 == id2:
            good = id1 == 0 or comp1 == comp2
        else:
            good = (id1 > 0 and not comp1) or (id2 > 0 and not comp2)
        if not good:
            return False
        anchors = self.marks2.get(prev.cp)
        if anchors is None:
            return False
        return _attach_mark(c, mark1, anchors, j)


def propagate_attachment_offsets(info: list[Glyph], forward: bool) -> None:
    """Turn attachment chains into offsets relative to each glyph's own pen position."""
    n = len(info)
    if not any(g.chain for g in info):
        return
    sums = [0, *accumulate(g.xa for g in info)]  # sums[k]: the advances before glyph k (they stay put)

    def propagate(i: int, nesting: int) -> None:
        g = info[i]
        chain = g.chain
        atype = g.atype
        g.chain = 0
        j = i + chain
        if not 0 <= j < n or not nesting:
            return
        if info[j].chain:
            propagate(j, nesting - 1)
        if atype & ATTACH_CURSIVE:
            g.yo += info[j].yo
            return
        g.xo += info[j].xo
        # the advances between the glyph and the one it attaches to, from running sums (HarfBuzz adds them
        # one by one: 10,000 marks on one base summed 50 million advances, 20 s)
        if j < i:
            if forward:
                g.xo -= sums[i] - sums[j]
            else:
                g.xo += sums[i + 1] - sums[j + 1]
        else:
            if forward:
                g.xo += sums[j] - sums[i]
            else:
                g.xo -= sums[j + 1] - sums[i + 1]

    order = range(n) if forward else range(n - 1, -1, -1)
    for i in order:
        if info[i].chain:
            propagate(i, 64)
