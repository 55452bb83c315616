"""Contextual and chaining contextual subtables (GSUB 5 / 6, GPOS 7 / 8), formats 1, 2 and 3.

Input: rules already converted to glyph ids, class numbers or coverage sets by
:mod:`pureog.text.ot.tables`. Output: ``apply(c)`` tries the rules for the glyph at the cursor in table
order; the first that matches applies its nested lookups (:func:`pureog.text.ot.context.apply_lookup`).

Imports only :mod:`pureog.text.ot.context`.
"""

from __future__ import annotations

from typing import Any

from pureog.text.ot.context import (
    ApplyContext,
    MatchFunc,
    chain_context_apply,
    class_matcher,
    context_apply,
    match_coverage,
    match_glyph,
)

Records = tuple[tuple[int, int], ...]
Rule = tuple[tuple[Any, ...], Records]
ChainRule = tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...], Records]


def _would_match(glyphs: tuple[int, ...], values: tuple[Any, ...], func: MatchFunc) -> bool:
    return len(glyphs) == len(values) + 1 and all(func(g, v) for g, v in zip(glyphs[1:], values, strict=True))


class ContextSubtable:
    """Context format 1 (glyphs) or 2 (classes): a rule set per first glyph / first-glyph class."""

    __slots__ = ("coverage", "class_def", "rule_sets", "func")

    def __init__(self, coverage: dict[int, int], class_def: dict[int, int] | None,
                 rule_sets: list[tuple[Rule, ...]]) -> None:
        self.coverage = coverage
        self.class_def = class_def
        self.rule_sets = rule_sets
        self.func: MatchFunc = class_matcher(class_def) if class_def is not None else match_glyph

    def first_glyphs(self) -> set[int]:
        return set(self.coverage)

    def would_apply(self, glyphs: tuple[int, ...], zero_context: bool) -> bool:
        index = self.class_def.get(glyphs[0], 0) if self.class_def is not None else self.coverage.get(glyphs[0])
        if index is None or index >= len(self.rule_sets):
            return False
        return any(_would_match(glyphs, values, self.func) for values, _ in self.rule_sets[index])

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        gid = buf.info[buf.idx].cp
        index = self.coverage.get(gid)
        if index is None:
            return False
        if self.class_def is not None:
            index = self.class_def.get(gid, 0)
        if index >= len(self.rule_sets):
            return False
        for input_values, records in self.rule_sets[index]:
            if context_apply(c, input_values, self.func, records):
                return True
        return False


class ContextFormat3:
    """Context format 3: one coverage per input position."""

    __slots__ = ("coverages", "records")

    def __init__(self, coverages: tuple[frozenset[int], ...], records: Records) -> None:
        self.coverages = coverages
        self.records = records

    def first_glyphs(self) -> set[int]:
        return set(self.coverages[0]) if self.coverages else set()

    def would_apply(self, glyphs: tuple[int, ...], zero_context: bool) -> bool:
        return bool(self.coverages) and _would_match(glyphs, self.coverages[1:], match_coverage)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        if not self.coverages or buf.info[buf.idx].cp not in self.coverages[0]:
            return False
        return context_apply(c, self.coverages[1:], match_coverage, self.records)


class ChainContextSubtable:
    """Chaining context format 1 (glyphs) or 2 (three class definitions)."""

    __slots__ = ("coverage", "input_class_def", "rule_sets", "funcs")

    def __init__(self, coverage: dict[int, int],
                 class_defs: tuple[dict[int, int], dict[int, int], dict[int, int]] | None,
                 rule_sets: list[tuple[ChainRule, ...]]) -> None:
        self.coverage = coverage
        self.rule_sets = rule_sets
        if class_defs is None:
            self.input_class_def: dict[int, int] | None = None
            self.funcs: tuple[MatchFunc, MatchFunc, MatchFunc] = (match_glyph, match_glyph, match_glyph)
        else:
            self.input_class_def = class_defs[1]
            self.funcs = (class_matcher(class_defs[0]), class_matcher(class_defs[1]), class_matcher(class_defs[2]))

    def first_glyphs(self) -> set[int]:
        return set(self.coverage)

    def would_apply(self, glyphs: tuple[int, ...], zero_context: bool) -> bool:
        if self.input_class_def is not None:
            index: int | None = self.input_class_def.get(glyphs[0], 0)
        else:
            index = self.coverage.get(glyphs[0])
        if index is None or index >= len(self.rule_sets):
            return False
        return any((not zero_context or (not back and not ahead)) and _would_match(glyphs, values, self.funcs[1])
                   for back, values, ahead, _ in self.rule_sets[index])

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        gid = buf.info[buf.idx].cp
        index = self.coverage.get(gid)
        if index is None:
            return False
        if self.input_class_def is not None:
            index = self.input_class_def.get(gid, 0)
        if index >= len(self.rule_sets):
            return False
        for backtrack, input_values, lookahead, records in self.rule_sets[index]:
            if chain_context_apply(c, backtrack, input_values, lookahead, self.funcs, records):
                return True
        return False


_COVERAGE_FUNCS: tuple[MatchFunc, MatchFunc, MatchFunc] = (match_coverage, match_coverage, match_coverage)


class ChainContextFormat3:
    """Chaining context format 3: coverages for backtrack, input and lookahead positions."""

    __slots__ = ("backtrack", "input", "lookahead", "records")

    def __init__(self, backtrack: tuple[frozenset[int], ...], input_coverages: tuple[frozenset[int], ...],
                 lookahead: tuple[frozenset[int], ...], records: Records) -> None:
        self.backtrack = backtrack
        self.input = input_coverages
        self.lookahead = lookahead
        self.records = records

    def first_glyphs(self) -> set[int]:
        return set(self.input[0]) if self.input else set()

    def would_apply(self, glyphs: tuple[int, ...], zero_context: bool) -> bool:
        if zero_context and (self.backtrack or self.lookahead):
            return False
        return bool(self.input) and _would_match(glyphs, self.input[1:], match_coverage)

    def apply(self, c: ApplyContext) -> bool:
        buf = c.buffer
        if not self.input or buf.info[buf.idx].cp not in self.input[0]:
            return False
        return chain_context_apply(c, self.backtrack, self.input[1:], self.lookahead, _COVERAGE_FUNCS,
                                   self.records)
