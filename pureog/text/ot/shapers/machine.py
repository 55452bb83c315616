"""A small longest-match scanner over category sequences, the way HarfBuzz's Ragel syllable machines
scan (``|* ... *|``: at each position the longest match of any rule wins, ties go to the earlier rule).

Input: rules written as regular expressions over category names (``"(Repha|CS)? cn tail"``: names,
juxtaposition, ``|``, ``?``, ``*``, ``+``, parentheses) with named sub-expressions; a sequence of
category numbers. Output: ``(start, end, rule index)`` spans covering the sequence.

The rules are compiled to one NFA (Thompson construction); a DFA is built from it lazily while
scanning, so each category sequence costs one table walk per syllable. Imports nothing from pureog.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

_TOKEN = re.compile(r"\s*(?:([A-Za-z_][A-Za-z_0-9]*)|(.))")


class _Nfa:
    def __init__(self) -> None:
        self.eps: list[list[int]] = []
        self.moves: list[list[tuple[int, int]]] = []  # (category, target)
        self.accept: dict[int, int] = {}

    def state(self) -> int:
        self.eps.append([])
        self.moves.append([])
        return len(self.eps) - 1


class Machine:
    """Compiled rules; :meth:`scan` splits a category sequence into syllables."""

    def __init__(self, rules: Sequence[str], definitions: Mapping[str, str], categories: Mapping[str, int]) -> None:
        self._defs = dict(definitions)
        self._cats = dict(categories)
        self._nfa = _Nfa()
        start = self._nfa.state()
        for index, rule in enumerate(rules):
            s, e = self._compile(self._expand(rule))
            self._nfa.eps[start].append(s)
            self._nfa.accept[e] = index
        self._start = self._closure(frozenset((start,)))
        self._dfa: dict[tuple[frozenset[int], int], frozenset[int]] = {}
        self._accepts: dict[frozenset[int], int] = {}

    def _expand(self, text: str, depth: int = 0) -> list[str]:
        tokens: list[str] = []
        for name, sym in _TOKEN.findall(text):
            if name:
                if name in self._defs:
                    if depth > 20:
                        raise ValueError("recursive machine definition")
                    tokens += ["(", *self._expand(self._defs[name], depth + 1), ")"]
                elif name in self._cats:
                    tokens.append(name)
                else:
                    raise ValueError(f"unknown machine symbol {name!r}")
            elif sym.strip() and sym != ".":
                tokens.append(sym)
        return tokens

    # Recursive-descent Thompson construction: alternation > concatenation > postfix > atom.
    def _compile(self, tokens: list[str]) -> tuple[int, int]:
        pos = 0

        def alternation() -> tuple[int, int]:
            nonlocal pos
            branches = [concatenation()]
            while pos < len(tokens) and tokens[pos] == "|":
                pos += 1
                branches.append(concatenation())
            if len(branches) == 1:
                return branches[0]
            s, e = self._nfa.state(), self._nfa.state()
            for bs, be in branches:
                self._nfa.eps[s].append(bs)
                self._nfa.eps[be].append(e)
            return s, e

        def concatenation() -> tuple[int, int]:
            nonlocal pos
            parts: list[tuple[int, int]] = []
            while pos < len(tokens) and tokens[pos] not in ("|", ")"):
                parts.append(postfix())
            if not parts:
                s = self._nfa.state()
                return s, s
            for (_, e1), (s2, _) in zip(parts, parts[1:], strict=False):
                self._nfa.eps[e1].append(s2)
            return parts[0][0], parts[-1][1]

        def postfix() -> tuple[int, int]:
            nonlocal pos
            s, e = atom()
            while pos < len(tokens) and tokens[pos] in ("?", "*", "+"):
                op = tokens[pos]
                pos += 1
                ns, ne = self._nfa.state(), self._nfa.state()
                self._nfa.eps[ns].append(s)
                self._nfa.eps[e].append(ne)
                if op in ("?", "*"):
                    self._nfa.eps[ns].append(ne)
                if op in ("*", "+"):
                    self._nfa.eps[e].append(s)
                s, e = ns, ne
            return s, e

        def atom() -> tuple[int, int]:
            nonlocal pos
            tok = tokens[pos]
            pos += 1
            if tok == "(":
                r = alternation()
                pos += 1  # ")"
                return r
            s, e = self._nfa.state(), self._nfa.state()
            self._nfa.moves[s].append((self._cats[tok], e))
            return s, e

        result = alternation()
        if pos != len(tokens):
            raise ValueError("unbalanced machine rule")
        return result

    def _closure(self, states: frozenset[int]) -> frozenset[int]:
        seen = set(states)
        stack = list(states)
        while stack:
            for t in self._nfa.eps[stack.pop()]:
                if t not in seen:
                    seen.add(t)
                    stack.append(t)
        return frozenset(seen)

    def _step(self, states: frozenset[int], cat: int) -> frozenset[int]:
        key = (states, cat)
        nxt = self._dfa.get(key)
        if nxt is None:
            targets = {t for s in states for c, t in self._nfa.moves[s] if c == cat}
            nxt = self._closure(frozenset(targets)) if targets else frozenset()
            self._dfa[key] = nxt
        return nxt

    def _accept(self, states: frozenset[int]) -> int:
        rule = self._accepts.get(states)
        if rule is None:
            hits = [self._nfa.accept[s] for s in states if s in self._nfa.accept]
            rule = min(hits) if hits else -1
            self._accepts[states] = rule
        return rule

    def scan(self, cats: Sequence[int]) -> list[tuple[int, int, int]]:
        """Spans (start, end, rule) of the longest matches, left to right; a position no rule matches
        becomes a one-item span with rule -1."""
        spans: list[tuple[int, int, int]] = []
        n = len(cats)
        p = 0
        while p < n:
            states = self._start
            best_end, best_rule = p + 1, -1
            i = p
            while i < n:
                states = self._step(states, cats[i])
                if not states:
                    break
                i += 1
                rule = self._accept(states)
                if rule >= 0:
                    best_end, best_rule = i, rule
            spans.append((p, best_end, best_rule))
            p = best_end
        return spans
