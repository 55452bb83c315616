"""GSUB subtables (lookup types 1-8) compiled to compact Python data, each with HarfBuzz's apply rules.

Input: the face's GSUB subtables already converted by :mod:`pureog.text.ot.tables` (glyph ids, dicts,
tuples). Output: ``apply(c)`` on an :class:`~pureog.text.ot.context.ApplyContext` substitutes at the
cursor and returns whether it did. The contextual types (5, 6) live in :mod:`pureog.text.ot.rules` and
serve GPOS too; extension subtables (7) are unwrapped when compiling.

Imports only :mod:`pureog.text.ot.buffer` and :mod:`pureog.text.ot.context`.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pureog.text.ot.buffer import BASE_GLYPH, LIGATURE, lig_id, set_lig_props_for_mark
from pureog.text.ot.context import (
    MAX_NESTING_LEVEL,
    ApplyContext,
    ligate_input,
    match_backtrack,
    match_coverage,
    match_glyph,
    match_input,
    match_lookahead,
)

_T = TypeVar("_T")


class _ByGlyph(Generic[_T]):
    """A substitution keyed by the one glyph it replaces (types 1, 2 and 3): ``mapping`` from that glyph."""

    __slots__ = ("mapping",)

    def __init__(self, mapping: dict[int, _T]) -> None:
        self.mapping = mapping

    def first_glyphs(self) -> set[int]:
        return set(self.mapping)

    def would_apply(self, glyphs: tuple[int, ...], zero_context: bool) -> bool:
        return len(glyphs) == 1 and glyphs[0] in self.mapping


class SingleSubst(_ByGlyph[int]):
    """Type 1: one glyph for another."""

    __slots__ = ()

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        new = self.mapping.get(buf.info[buf.idx].cp)
        if new is None:
            return False
        c.replace_glyph(new)
        return True


class MultipleSubst(_ByGlyph[tuple[int, ...]]):
    """Type 2: one glyph for a sequence (an empty sequence deletes the glyph, as Uniscribe allows)."""

    __slots__ = ()

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        cur = buf.info[buf.idx]
        seq = self.mapping.get(cur.cp)
        if seq is None:
            return False
        if len(seq) == 1:
            c.replace_glyph(seq[0])
            return True
        if not seq:
            buf.delete_glyph()
            return True
        klass = BASE_GLYPH if cur.gp & LIGATURE else 0
        lid = lig_id(cur)
        for i, gid in enumerate(seq):
            if not lid:
                set_lig_props_for_mark(cur, 0, i)
            c.output_glyph_for_component(gid, klass)
        buf.skip_glyph()
        return True


class AlternateSubst(_ByGlyph[tuple[int, ...]]):
    """Type 3: the feature value picks the alternate (1 = first); ``rand`` picks one at random."""

    __slots__ = ()

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        cur = buf.info[buf.idx]
        alternates = self.mapping.get(cur.cp)
        if not alternates:
            return False
        mask = c.lookup_mask
        shift = (mask & -mask).bit_length() - 1 if mask else 0
        alt_index = (mask & cur.mask) >> shift
        if alt_index == 255 and c.random:
            alt_index = c.random_number() % len(alternates) + 1
        if alt_index > len(alternates) or alt_index == 0:
            return False
        c.replace_glyph(alternates[alt_index - 1])
        return True


class LigatureSubst:
    """Type 4: first glyph -> [(following components, ligature glyph)], tried in table order."""

    __slots__ = ("mapping",)

    def __init__(self, mapping: dict[int, list[tuple[tuple[int, ...], int]]]) -> None:
        self.mapping = mapping

    def first_glyphs(self) -> set[int]:
        return set(self.mapping)

    def would_apply(self, glyphs: tuple[int, ...], zero_context: bool) -> bool:
        ligatures = self.mapping.get(glyphs[0]) if glyphs else None
        return bool(ligatures) and any(components == glyphs[1:] for components, _ in ligatures or ())

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        ligatures = self.mapping.get(buf.info[buf.idx].cp)
        if not ligatures:
            return False
        for components, lig in ligatures:
            count = len(components) + 1
            if count == 1:
                c.replace_glyph(lig)
                return True
            ok, match_end, total = match_input(c, count, components, match_glyph, want_components=True)
            if not ok:
                continue
            ligate_input(c, count, match_end, lig, total)
            return True
        return False


class ReverseChainSingleSubst:
    """Type 8: applied from the end of the buffer backwards, never from a context rule."""

    __slots__ = ("coverage", "backtrack", "lookahead", "substitutes")

    def __init__(self, coverage: dict[int, int], backtrack: tuple[frozenset[int], ...],
                 lookahead: tuple[frozenset[int], ...], substitutes: tuple[int, ...]) -> None:
        self.coverage = coverage
        self.backtrack = backtrack
        self.lookahead = lookahead
        self.substitutes = substitutes

    def first_glyphs(self) -> set[int]:
        return set(self.coverage)

    def would_apply(self, glyphs: tuple[int, ...], zero_context: bool) -> bool:
        return len(glyphs) == 1 and glyphs[0] in self.coverage

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        index = self.coverage.get(buf.info[buf.idx].cp)
        if index is None:
            return False
        if c.nesting_level_left != MAX_NESTING_LEVEL:
            return False
        if index >= len(self.substitutes):
            return False
        if (match_backtrack(c, self.backtrack, match_coverage)
                and match_lookahead(c, self.lookahead, match_coverage, buf.idx + 1)):
            c.replace_glyph_inplace(self.substitutes[index])
            return True
        return False
