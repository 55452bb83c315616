"""Lookup application context: glyph skipping, sequence matching and nested lookups (GSUB and GPOS).

Input: a :class:`~pureog.text.ot.buffer.Buffer`, the face's compiled lookups and GDEF data. Output: the
buffer changed by the lookups applied through :func:`apply_lookup_string`.

This is HarfBuzz's ``hb_ot_apply_context_t`` / ``skipping_iterator_t`` / ``match_input`` /
``ligate_input`` / ``apply_lookup`` (``hb-ot-layout-gsubgpos.hh``) rewritten in Python: which glyphs a
lookup skips (lookup flags, mark filtering sets, mark attachment types, default ignorables, ZWJ / ZWNJ),
how ligature components and the marks between them are tracked, and how positions are re-indexed when
a nested lookup changes the buffer length.

Imports only :mod:`pureog.text.ot.buffer` and :mod:`pureog.text.ot.unicode`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from pureog.text.ot.buffer import (
    BASE_GLYPH,
    LIGATED,
    LIGATURE,
    MARK,
    MULTIPLIED,
    PRESERVE,
    SUBSTITUTED,
    Buffer,
    Glyph,
    lig_comp,
    lig_id,
    lig_num_comps,
    lig_num_comps_in_ligation,
    set_lig_props_for_ligature,
    set_lig_props_for_mark,
)
from pureog.text.ot.unicode import (
    FORMAT,
    NON_SPACING_MARK,
    OTHER_LETTER,
    UPROPS_GEN_CAT,
    UPROPS_HIDDEN,
    UPROPS_IGNORABLE,
    UPROPS_ZWJ,
    UPROPS_ZWNJ,
)

# LookupFlag bits.
RIGHT_TO_LEFT = 0x0001
IGNORE_BASE_GLYPHS = 0x0002
IGNORE_LIGATURES = 0x0004
IGNORE_MARKS = 0x0008
IGNORE_FLAGS = 0x000E
USE_MARK_FILTERING_SET = 0x0010
MARK_ATTACHMENT_TYPE = 0xFF00

MAX_NESTING_LEVEL = 64
MAX_CONTEXT_LENGTH = 64

SKIP_NO, SKIP_YES, SKIP_MAYBE = 0, 1, 2
MATCH, NOT_MATCH, SKIP = 0, 1, 2

MatchFunc = Callable[[int, Any], bool]


class Subtable(Protocol):
    def apply(self, c: ApplyContext) -> bool: ...


class Lookup(Protocol):
    @property
    def props(self) -> int: ...

    @property
    def subtables(self) -> Sequence[Subtable]: ...


class GdefData(Protocol):
    @property
    def has_glyph_classes(self) -> bool: ...

    @property
    def mark_sets(self) -> Sequence[frozenset[int]]: ...

    def glyph_props(self, gid: int) -> int: ...


def match_glyph(gid: int, value: Any) -> bool:
    return bool(gid == value)


def match_coverage(gid: int, value: Any) -> bool:
    return gid in value


def class_matcher(class_def: dict[int, int]) -> MatchFunc:
    get = class_def.get

    def match_class(gid: int, value: Any) -> bool:
        return bool(get(gid, 0) == value)

    return match_class


class SkippyIter:
    """``skipping_iterator_t``: walks the buffer from a position, skipping glyphs the lookup ignores."""

    __slots__ = ("c", "lookup_props", "mask", "ignore_zwnj", "ignore_zwj", "ignore_hidden", "per_syllable",
                 "syllable", "match_func", "data", "dpos", "idx", "end")

    def __init__(self, c: ApplyContext, context_match: bool) -> None:
        self.c = c
        self.lookup_props = c.lookup_props
        self.ignore_zwnj = c.table_index == 1 or (context_match and c.auto_zwnj)
        self.ignore_zwj = context_match or c.auto_zwj
        self.ignore_hidden = c.table_index == 1
        self.mask = -1 if context_match else c.lookup_mask
        self.per_syllable = c.table_index == 0 and c.per_syllable
        self.syllable = 0
        self.match_func: MatchFunc | None = None
        self.data: Sequence[Any] = ()
        self.dpos = 0
        self.idx = 0
        self.end = len(c.buffer.info)

    def set_match(self, func: MatchFunc | None, data: Sequence[Any]) -> None:
        self.match_func = func
        self.data = data
        self.dpos = 0

    def reset(self, start: int) -> None:
        buf = self.c.buffer
        self.idx = start
        self.end = len(buf.info)
        self.syllable = buf.info[buf.idx].syl if buf.idx < len(buf.info) else 0

    def reset_back(self, start: int) -> None:
        buf = self.c.buffer
        self.idx = start
        self.syllable = buf.info[buf.idx].syl if buf.idx < len(buf.info) else 0

    def reset_fast(self, start: int) -> None:
        self.idx = start

    def may_skip(self, g: Glyph) -> int:
        if not self.c.check_glyph_property(g, self.lookup_props):
            return SKIP_YES
        up = g.up
        if (up & UPROPS_IGNORABLE and not g.gp & SUBSTITUTED
                and (self.ignore_zwnj or not ((up & UPROPS_GEN_CAT) == FORMAT and up & UPROPS_ZWNJ))
                and (self.ignore_zwj or not ((up & UPROPS_GEN_CAT) == FORMAT and up & UPROPS_ZWJ))
                and (self.ignore_hidden or not up & UPROPS_HIDDEN)):
            return SKIP_MAYBE
        return SKIP_NO

    def match(self, g: Glyph) -> int:
        skip = self.may_skip(g)
        if skip == SKIP_YES:
            return SKIP
        if not (g.mask & self.mask) or (self.per_syllable and self.syllable and self.syllable != g.syl):
            m = 0  # NO
        elif self.match_func is not None:
            m = 1 if self.match_func(g.cp, self.data[self.dpos]) else 0
        else:
            m = 2  # MAYBE
        if m == 1 or (m == 2 and skip == SKIP_NO):
            return MATCH
        if skip == SKIP_NO:
            return NOT_MATCH
        return SKIP

    def next(self) -> bool:
        info = self.c.buffer.info
        stop = self.end - 1
        while self.idx < stop:
            self.idx += 1
            r = self.match(info[self.idx])
            if r == MATCH:
                self.dpos += 1
                return True
            if r == NOT_MATCH:
                return False
        return False

    def prev(self) -> bool:
        arr = self.c.buffer.backtrack()
        while self.idx > 0:
            self.idx -= 1
            r = self.match(arr[self.idx])
            if r == MATCH:
                self.dpos += 1
                return True
            if r == NOT_MATCH:
                return False
        return False


class ApplyContext:
    """``hb_ot_apply_context_t``: the state shared by all lookups of one table pass."""

    __slots__ = ("table_index", "buffer", "lookups", "gdef", "rtl", "lookup_mask", "lookup_index",
                 "lookup_props", "nesting_level_left", "auto_zwnj", "auto_zwj", "per_syllable", "random",
                 "new_syllables", "last_base", "last_base_until", "match_positions", "iter_input",
                 "iter_context", "has_glyph_classes", "mark_sets", "glyph_props")

    def __init__(self, table_index: int, buffer: Buffer, lookups: Callable[[int], Lookup | None],
                 gdef: GdefData) -> None:
        self.table_index = table_index
        self.buffer = buffer
        self.lookups = lookups
        self.gdef = gdef
        self.has_glyph_classes = gdef.has_glyph_classes
        self.mark_sets = gdef.mark_sets
        self.glyph_props = gdef.glyph_props
        self.rtl = buffer.rtl
        self.lookup_mask = 1
        self.lookup_index = -1
        self.lookup_props = 0
        self.nesting_level_left = MAX_NESTING_LEVEL
        self.auto_zwnj = True
        self.auto_zwj = True
        self.per_syllable = False
        self.random = False
        self.new_syllables = -1
        self.last_base = -1
        self.last_base_until = 0
        self.match_positions: list[int] = []
        self.iter_input = SkippyIter(self, False)
        self.iter_context = SkippyIter(self, True)

    def init_iters(self) -> None:
        self.iter_input = SkippyIter(self, False)
        self.iter_context = SkippyIter(self, True)

    def set_lookup_mask(self, mask: int) -> None:
        self.lookup_mask = mask
        self.last_base = -1
        self.last_base_until = 0

    def set_lookup_props(self, props: int) -> None:
        if props & USE_MARK_FILTERING_SET and (props >> 16) >= len(self.mark_sets):
            props &= ~USE_MARK_FILTERING_SET
        self.lookup_props = props
        self.init_iters()

    def random_number(self) -> int:
        buf = self.buffer
        buf.random_state = buf.random_state * 48271 % 2147483647
        return buf.random_state

    def check_glyph_property(self, g: Glyph, match_props: int) -> bool:
        gp = g.gp
        if gp & match_props & IGNORE_FLAGS:
            return False
        if gp & MARK:
            if match_props & USE_MARK_FILTERING_SET:
                return g.cp in self.mark_sets[match_props >> 16]
            if match_props & MARK_ATTACHMENT_TYPE:
                return (match_props & MARK_ATTACHMENT_TYPE) == (gp & MARK_ATTACHMENT_TYPE)
        return True

    # --- glyph class bookkeeping of substitutions ---------------------------------------------------
    def set_glyph_class(self, gid: int, class_guess: int = 0, ligature: bool = False,
                        component: bool = False) -> None:
        cur = self.buffer.info[self.buffer.idx]
        if self.new_syllables != -1:
            cur.syl = self.new_syllables
        props = cur.gp | SUBSTITUTED
        if ligature:
            props = (props | LIGATED) & ~MULTIPLIED
        if component:
            props |= MULTIPLIED
        if self.has_glyph_classes:
            cur.gp = (props & PRESERVE) | self.glyph_props(gid)
        elif class_guess:
            cur.gp = (props & PRESERVE) | class_guess
        else:
            cur.gp = props

    def replace_glyph(self, gid: int) -> None:
        self.set_glyph_class(gid)
        self.buffer.replace_glyph(gid)

    def replace_glyph_inplace(self, gid: int) -> None:
        self.set_glyph_class(gid)
        self.buffer.info[self.buffer.idx].cp = gid

    def replace_glyph_with_ligature(self, gid: int, class_guess: int) -> None:
        self.set_glyph_class(gid, class_guess, ligature=True)
        self.buffer.replace_glyph(gid)

    def output_glyph_for_component(self, gid: int, class_guess: int) -> None:
        self.set_glyph_class(gid, class_guess, component=True)
        self.buffer.output_glyph(gid)

    # --- nested lookups ---------------------------------------------------------------------------------
    def recurse(self, lookup_index: int) -> bool:
        """Apply lookup ``lookup_index`` at the cursor, from a context rule (no mask / property check)."""
        if self.nesting_level_left == 0:
            return False
        buf = self.buffer
        buf.max_ops -= 1
        if buf.max_ops < 0:
            return False
        lookup = self.lookups(lookup_index)
        if lookup is None:
            return False
        self.nesting_level_left -= 1
        saved_props = self.lookup_props
        saved_index = self.lookup_index
        saved_positions = self.match_positions
        self.lookup_index = lookup_index
        self.set_lookup_props(lookup.props)
        self.match_positions = []
        ret = False
        for st in lookup.subtables:
            if st.apply(self):
                ret = True
                break
        self.lookup_index = saved_index
        self.set_lookup_props(saved_props)
        self.match_positions = saved_positions
        self.nesting_level_left += 1
        return ret


# --- sequence matching (hb-ot-layout-gsubgpos.hh) ---------------------------------------------------------

def match_input(c: ApplyContext, count: int, input_values: Sequence[Any], match_func: MatchFunc,
                want_components: bool = False) -> tuple[bool, int, int]:
    """Match ``count`` glyphs from the cursor (the first is already matched). Returns (matched, end
    position, total ligature component count) and fills ``c.match_positions``."""
    buf = c.buffer
    info = buf.info
    cur = info[buf.idx]
    if count == 1:
        c.match_positions = [buf.idx]
        return True, buf.idx + 1, lig_num_comps(cur) if want_components else 0
    if count > MAX_CONTEXT_LENGTH:
        return False, buf.idx, 0
    it = c.iter_input
    it.reset(buf.idx)
    it.set_match(match_func, input_values)
    positions = [buf.idx]
    total = 0
    first_lig_id = lig_id(cur)
    first_lig_comp = lig_comp(cur)
    ligbase = 0  # 0 not checked, 1 may not skip, 2 may skip
    for _ in range(1, count):
        if not it.next():
            return False, it.idx + 1, 0
        positions.append(it.idx)
        g = info[it.idx]
        this_lig_id = lig_id(g)
        this_lig_comp = lig_comp(g)
        if first_lig_id and first_lig_comp:
            if first_lig_id != this_lig_id or first_lig_comp != this_lig_comp:
                if ligbase == 0:
                    found = False
                    out = buf.backtrack()
                    j = buf.backtrack_len()
                    while j and lig_id(out[j - 1]) == first_lig_id:
                        if lig_comp(out[j - 1]) == 0:
                            j -= 1
                            found = True
                            break
                        j -= 1
                    if found and it.may_skip(out[j]) == SKIP_YES:
                        ligbase = 2
                    else:
                        ligbase = 1
                if ligbase == 1:
                    return False, it.idx + 1, 0
        elif this_lig_id and this_lig_comp and this_lig_id != first_lig_id:
            return False, it.idx + 1, 0
        total += lig_num_comps_in_ligation(g)
    if want_components:
        total += lig_num_comps(cur)
    c.match_positions = positions
    return True, it.idx + 1, total


def ligate_input(c: ApplyContext, count: int, match_end: int, lig_glyph: int, total_components: int) -> None:
    buf = c.buffer
    buf.merge_clusters(buf.idx, match_end)
    info = buf.info
    positions = c.match_positions
    first = info[positions[0]]
    is_base_ligature = bool(first.gp & BASE_GLYPH)
    is_mark_ligature = bool(first.gp & MARK)
    for i in range(1, count):
        if not info[positions[i]].gp & MARK:
            is_base_ligature = is_mark_ligature = False
            break
    is_ligature = not is_base_ligature and not is_mark_ligature
    klass = LIGATURE if is_ligature else 0
    lid = 0
    if is_ligature:
        lid = buf.next_serial() & 0x07
        if not lid:
            lid = buf.next_serial() & 0x07
    cur = info[buf.idx]
    last_lig_id = lig_id(cur)
    last_num_components = lig_num_comps(cur)
    components_so_far = last_num_components
    if is_ligature:
        set_lig_props_for_ligature(cur, lid, total_components)
        if (cur.up & UPROPS_GEN_CAT) == NON_SPACING_MARK:
            cur.up = (cur.up & (0xFF & ~UPROPS_GEN_CAT)) | OTHER_LETTER
    c.replace_glyph_with_ligature(lig_glyph, klass)
    for i in range(1, count):
        while buf.idx < positions[i]:
            g = info[buf.idx]
            if is_ligature:
                this_comp = lig_comp(g)
                if this_comp == 0:
                    this_comp = last_num_components
                new_comp = components_so_far - last_num_components + min(this_comp, last_num_components)
                set_lig_props_for_mark(g, lid, new_comp)
            buf.next_glyph()
        g = info[buf.idx]
        last_lig_id = lig_id(g)
        last_num_components = lig_num_comps_in_ligation(g)
        components_so_far += last_num_components
        buf.idx += 1  # skip the component: it is part of the ligature now
    if not is_mark_ligature and last_lig_id:
        for i in range(buf.idx, len(info)):
            g = info[i]
            if last_lig_id != lig_id(g):
                break
            this_comp = lig_comp(g)
            if not this_comp:
                break
            new_comp = components_so_far - last_num_components + min(this_comp, last_num_components)
            set_lig_props_for_mark(g, lid, new_comp)


def match_backtrack(c: ApplyContext, values: Sequence[Any], match_func: MatchFunc) -> bool:
    if not values:
        return True
    it = c.iter_context
    it.reset_back(c.buffer.backtrack_len())
    it.set_match(match_func, values)
    for _ in range(len(values)):
        if not it.prev():
            return False
    return True


def match_lookahead(c: ApplyContext, values: Sequence[Any], match_func: MatchFunc, start_index: int) -> bool:
    if not values:
        return True
    it = c.iter_context
    it.reset(start_index - 1)
    it.set_match(match_func, values)
    for _ in range(len(values)):
        if not it.next():
            return False
    return True


def apply_lookup(c: ApplyContext, count: int, records: Sequence[tuple[int, int]], match_end: int) -> None:
    """Apply the nested lookups of a matched context rule (``apply_lookup``)."""
    buf = c.buffer
    bl = buf.backtrack_len()
    end = bl + match_end - buf.idx
    delta = bl - buf.idx
    positions = [p + delta for p in c.match_positions[:count]]
    for seq_index, lookup_index in records:
        if seq_index >= count:
            continue
        orig_len = buf.backtrack_len() + buf.lookahead_len()
        if positions[seq_index] >= orig_len:
            continue
        buf.move_to(positions[seq_index])
        if buf.max_ops <= 0:
            break
        if not c.recurse(lookup_index):
            continue
        new_len = buf.backtrack_len() + buf.lookahead_len()
        delta = new_len - orig_len
        if not delta:
            continue
        end += delta
        if end < positions[seq_index]:
            delta += positions[seq_index] - end
            end = positions[seq_index]
        nxt = seq_index + 1
        if delta > 0:
            if delta + count > MAX_CONTEXT_LENGTH:
                break
            head = positions[:nxt] + [0] * delta
        else:
            delta = max(delta, nxt - count)
            nxt -= delta
            head = positions[:nxt + delta]
        positions = head + positions[nxt:count]
        nxt += delta
        count += delta
        for j in range(seq_index + 1, nxt):
            positions[j] = positions[j - 1] + 1
        for j in range(nxt, count):
            positions[j] += delta
    buf.move_to(end)


def context_apply(c: ApplyContext, input_values: Sequence[Any], match_func: MatchFunc,
                  records: Sequence[tuple[int, int]]) -> bool:
    """Context rule: input sequence (after the first glyph) and nested lookups."""
    count = len(input_values) + 1
    if count > MAX_CONTEXT_LENGTH:
        return False
    ok, match_end, _ = match_input(c, count, input_values, match_func)
    if not ok:
        return False
    apply_lookup(c, count, records, match_end)
    return True


def chain_context_apply(c: ApplyContext, backtrack: Sequence[Any], input_values: Sequence[Any],
                        lookahead: Sequence[Any], funcs: tuple[MatchFunc, MatchFunc, MatchFunc],
                        records: Sequence[tuple[int, int]]) -> bool:
    count = len(input_values) + 1
    if count > MAX_CONTEXT_LENGTH:
        return False
    ok, match_end, _ = match_input(c, count, input_values, funcs[1])
    if not ok or not match_lookahead(c, lookahead, funcs[2], match_end):
        return False
    if not match_backtrack(c, backtrack, funcs[0]):
        return False
    apply_lookup(c, count, records, match_end)
    return True
