"""CSS math functions, ``calc()``, ``min()``, ``max()``, ``clamp()``, for ``features: browser``
(Next.js ignores them: Satori passes the text to Yoga, which drops it).

Role: the text of a math function + the value context -> px (a ``float``) when nothing in it depends on
the containing block, else a :class:`pureog.style.values.Calc` that layout resolves against it.
Grammar (CSS Values 4, section 10): sums and products of lengths, percentages and numbers, in
parentheses or nested math functions; ``em``, ``rem``, ``vw``, ``vh`` resolve here as they do elsewhere
in pureog (:func:`pureog.style.parse.length_px`). Multiplication needs a number on one side, division
a number on the right, and a sum must not add a length to a plain number (such a value is invalid: a
:class:`~pureog.errors.StyleError`). Imports only the style layer's value types and tokenizer helpers.
"""

from __future__ import annotations

import math
import re

from pureog.errors import StyleError
from pureog.style.parse import BARE_UNITS, REM_PX, ValueContext
from pureog.style.values import Calc, CalcNode, Percent

_TOKEN = re.compile(r"\s*(?:(?P<num>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)(?P<unit>%|[a-zA-Z]+)?"
                    r"|(?P<fn>[a-zA-Z-]+)\(|(?P<op>[-+*/(),]))")
_FUNCTIONS = ("calc", "min", "max", "clamp")
MAX_NODES = 256
MAX_DEPTH = 32
"""Bounds on a value's size and nesting (hostile input: endless or deeply nested expressions)."""

# A parsed term: (node, kind) with kind "number" (unitless) or "length" (px and/or percentages).
_Term = tuple[CalcNode, str]


def math_value(text: str, ctx: ValueContext, *, percent: bool = True) -> float | Calc:
    """The length a math function's text (``calc(100% - 2rem)``) stands for: px when it resolves now,
    a :class:`Calc` when it holds a percentage (only where ``percent`` allows one)."""
    parser = _Parser(text, ctx)
    node, kind = parser.function()
    parser.end()
    if kind != "length" and not (isinstance(node, float) and node == 0.0):
        raise StyleError(f"expected a length, got a number from {text!r}")
    if isinstance(node, float):
        return node
    if not percent:
        raise StyleError(f"a percentage is not allowed here, got {text!r}")
    return Calc(node)


class _Parser:
    def __init__(self, text: str, ctx: ValueContext) -> None:
        self.text = text
        self.ctx = ctx
        self.pos = 0
        self.nodes = 0
        self.depth = 0

    def _peek(self) -> re.Match[str] | None:
        if self.pos >= len(self.text) or not self.text[self.pos :].strip():
            return None
        match = _TOKEN.match(self.text, self.pos)
        if match is None:
            raise StyleError(f"unexpected {self.text[self.pos:].strip()[:10]!r} in {self.text!r}")
        return match

    def _take(self, op: str) -> bool:
        match = self._peek()
        if match is not None and match.group("op") == op:
            self.pos = match.end()
            return True
        return False

    def _expect(self, op: str) -> None:
        if not self._take(op):
            raise StyleError(f"expected {op!r} in {self.text!r}")

    def end(self) -> None:
        if self._peek() is not None:
            raise StyleError(f"unexpected text after the value in {self.text!r}")

    def _count(self) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise StyleError(f"a math function of more than {MAX_NODES} terms, got {self.text[:40]!r}...")

    def function(self) -> _Term:
        match = self._peek()
        if match is None or match.group("fn") is None or match.group("fn").lower() not in _FUNCTIONS:
            raise StyleError(f"expected calc(), min(), max() or clamp(), got {self.text!r}")
        name = match.group("fn").lower()
        self.pos = match.end()
        self._nested()
        args = [self.sum()]
        while self._take(","):
            args.append(self.sum())
        self._expect(")")
        self.depth -= 1
        if name == "calc":
            if len(args) != 1:
                raise StyleError(f"calc() takes one expression, got {self.text!r}")
            return args[0]
        if name == "clamp" and len(args) != 3:
            raise StyleError(f"clamp() takes three values, got {self.text!r}")
        kinds = {kind for _, kind in args}
        if len(kinds) != 1:
            raise StyleError(f"{name}() mixes numbers and lengths in {self.text!r}")
        nodes = [node for node, _ in args]
        if all(isinstance(n, float) for n in nodes):
            values: list[float] = nodes  # type: ignore[assignment]
            if name == "min":
                return min(values), args[0][1]
            if name == "max":
                return max(values), args[0][1]
            return max(values[0], min(values[1], values[2])), args[0][1]  # clamp(MIN, VAL, MAX)
        return (name, *nodes), args[0][1]

    def sum(self) -> _Term:
        left, kind = self.product()
        while True:
            match = self._peek()
            op = match.group("op") if match is not None else None
            signed = match is not None and match.group("num") is not None and match.group("num")[0] in "+-"
            if op not in ("+", "-") and not signed:
                return left, kind
            if op in ("+", "-"):
                self.pos = match.end()  # type: ignore[union-attr]
            right, right_kind = self.product()  # "- 2px" or a signed "-2px" (whitespace is not kept here)
            if right_kind != kind:
                raise StyleError(f"a sum of a number and a length in {self.text!r}")
            if op == "-":
                right = _scaled(right, -1.0)
            left = _add(left, right)
            self._count()

    def product(self) -> _Term:
        left, kind = self.atom()
        while True:
            if self._take("*"):
                right, right_kind = self.atom()
                if kind == "length" and right_kind == "length":
                    raise StyleError(f"a product of two lengths in {self.text!r}")
                factor, node = (right, left) if right_kind == "number" else (left, right)
                if not isinstance(factor, float):
                    raise StyleError(f"a multiplier must be a plain number in {self.text!r}")
                left, kind = _scaled(node, factor), "length" if "length" in (kind, right_kind) else "number"
            elif self._take("/"):
                right, right_kind = self.atom()
                if right_kind != "number" or not isinstance(right, float):
                    raise StyleError(f"a division by a length in {self.text!r}")
                if right == 0.0:
                    raise StyleError(f"a division by zero in {self.text!r}")
                left = _scaled(left, 1.0 / right)
            else:
                return left, kind
            self._count()

    def _nested(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise StyleError(f"a math function nested more than {MAX_DEPTH} deep, got {self.text[:40]!r}...")

    def atom(self) -> _Term:
        self._count()
        if self._take("("):
            self._nested()
            term = self.sum()
            self._expect(")")
            self.depth -= 1
            return term
        match = self._peek()
        if match is None:
            raise StyleError(f"a value is missing in {self.text!r}")
        if match.group("fn") is not None:
            return self.function()
        number = match.group("num")
        if number is None:
            raise StyleError(f"unexpected {match.group(0).strip()!r} in {self.text!r}")
        self.pos = match.end()
        value = float(number)
        if not math.isfinite(value):
            raise StyleError(f"a number out of range in {self.text!r}")
        unit = (match.group("unit") or "").lower()
        if not unit:
            return value, "number"
        if unit == "%":
            return (Percent(value) if value else 0.0), "length"
        return self._px(value, unit), "length"

    def _px(self, value: float, unit: str) -> float:
        if unit == "em":
            return value * self.ctx.font_size
        if unit == "rem":
            return value * REM_PX
        if unit in ("vw", "vh"):
            # exact here: Satori's truncation (`~~`) belongs to its own unit conversion, which never
            # sees a math function
            return value * (self.ctx.viewport_width if unit == "vw" else self.ctx.viewport_height) / 100.0
        if unit in BARE_UNITS:
            return value
        raise StyleError(f"unknown unit {unit!r} in {self.text!r}")


def _scaled(node: CalcNode, factor: float) -> CalcNode:
    if isinstance(node, float):
        return node * factor
    if isinstance(node, Percent):
        return Percent(node.value * factor)
    if node[0] == "+":
        return ("+", *(_scaled(n, factor) for n in node[1:]))  # type: ignore[arg-type]
    if node[0] == "*":
        return ("*", node[1] * factor, node[2])  # type: ignore[operator]
    return ("*", factor, node)


def _add(a: CalcNode, b: CalcNode) -> CalcNode:
    if isinstance(a, float) and isinstance(b, float):
        return a + b
    if isinstance(a, Percent) and isinstance(b, Percent):
        return Percent(a.value + b.value)
    parts = (*(a[1:] if isinstance(a, tuple) and a[0] == "+" else (a,)),
             *(b[1:] if isinstance(b, tuple) and b[0] == "+" else (b,)))
    return ("+", *parts)


__all__ = ["MAX_DEPTH", "MAX_NODES", "math_value"]
