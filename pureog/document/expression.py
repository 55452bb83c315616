"""Template expressions: the little language inside ``{{ ... }}`` and in ``$each`` / ``$if``.

Role: expression text -> a compiled :class:`Expr` (tokenizer + recursive-descent parser), and its
evaluation against a scope of data values, with the filters of ``spec/templates.md`` (``upper``,
``default('x')``, ``truncate(60)``, ``join(', ')``, ``date('%b %-d, %Y')``, ...). Also the
``"text {{ expr }} text"`` string templates (:func:`compile_text`) and the text conversion of values.

The language is deliberately small and closed: paths (``post.author.name``, ``tags[0]``,
``post['og-image']``), literals, ``|`` filters, ``not``/``and``/``or`` and comparisons. No calls, no
attribute access on Python objects (only mapping keys and list indexes), no arithmetic, no loops: an
expression's cost is bounded by its length and the size of the values it touches, and it cannot reach
code, files or the network. Data values are never parsed as expressions (no injection).

Input -> output: str -> Expr / TextTemplate; (Expr, scope) -> value. Imports only :mod:`pureog.errors`
and :mod:`pureog.document.model` (never yaml or any other pureog stage).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from pureog import caches
from pureog.document.model import js_number_text
from pureog.errors import DocumentError, LimitError
from pureog.records import record

MAX_EXPRESSION_CHARS = 1000  # an expression is a path and a few filters; anything longer is a mistake
# Parentheses, `not`s and filter arguments nested in one expression (a real one nests two or three). The
# parser and evaluate() recurse once or more per level: 495 parentheses in 1,000 characters overflowed
# Python's stack (a RecursionError, not a PureogError).
MAX_EXPRESSION_NESTING = 64
MAX_STRING_CHARS = 100_000   # text made by a template (interpolation or a filter); data values are counted apart


class TemplateError(DocumentError):
    """An expression could not be parsed or evaluated; the caller adds the template path."""


@record
class Undefined:
    """A value that is not in the data; ``why`` says which key is missing (for the error message)."""

    name: str
    why: str


# --- tokens --------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<number>-?\d+(?:\.\d+)?)
    | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
    | (?P<op>==|!=|<=|>=|[<>|.,()\[\]])
    | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
    )""",
    re.VERBOSE,
)
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "'": "'", '"': '"'}
_KEYWORDS = {"true": True, "false": False, "null": None}


def _tokenize(text: str) -> list[tuple[str, Any]]:
    tokens: list[tuple[str, Any]] = []
    pos = 0
    end = len(text.rstrip())
    while pos < end:
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise TemplateError(f"unexpected {text[pos:].strip()[:20]!r} in expression {text.strip()!r}")
        kind = match.lastgroup or ""
        raw = match.group(kind)
        if kind == "number":
            tokens.append(("value", float(raw) if "." in raw else int(raw)))
        elif kind == "string":
            tokens.append(("value", re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), raw[1:-1])))
        else:
            tokens.append((kind, raw))
        pos = match.end()
    tokens.append(("end", None))
    return tokens


# --- syntax tree ---------------------------------------------------------------------------------
# Nodes are tuples (small, hashable, cached): ("lit", v) ("path", name, steps) ("filter", expr, name, args)
# ("not", e) ("and", a, b) ("or", a, b) ("cmp", op, a, b).

Expr = tuple[Any, ...]


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text.strip()
        self.tokens = _tokenize(text)
        self.pos = 0
        self.depth = 0

    def nest(self) -> None:
        """One level deeper (a parenthesis, a `not`, a filter's argument list); the caller leaves it."""
        self.depth += 1
        if self.depth > MAX_EXPRESSION_NESTING:
            raise LimitError(f"expression nested deeper than {MAX_EXPRESSION_NESTING} levels "
                             f"(parentheses, 'not's and filter arguments) in {self.text[:60]!r}...")

    def peek(self) -> tuple[str, Any]:
        return self.tokens[self.pos]

    def take(self, kind: str, raw: Any = None) -> Any:
        tok_kind, tok_raw = self.tokens[self.pos]
        if tok_kind != kind or (raw is not None and tok_raw != raw):
            found = "the end" if tok_kind == "end" else repr(tok_raw)
            raise TemplateError(f"expected {raw or kind!s} but found {found} in expression {self.text!r}")
        self.pos += 1
        return tok_raw

    def at(self, kind: str, raw: Any = None) -> bool:
        tok_kind, tok_raw = self.tokens[self.pos]
        return tok_kind == kind and (raw is None or tok_raw == raw)

    def parse(self) -> Expr:
        if self.at("end"):
            raise TemplateError("empty expression")
        expr = self.or_expr()
        if not self.at("end"):
            raise TemplateError(f"unexpected {self.peek()[1]!r} in expression {self.text!r}")
        return expr

    def or_expr(self) -> Expr:
        left = self.and_expr()
        while self.at("name", "or"):
            self.pos += 1
            left = ("or", left, self.and_expr())
        return left

    def and_expr(self) -> Expr:
        left = self.not_expr()
        while self.at("name", "and"):
            self.pos += 1
            left = ("and", left, self.not_expr())
        return left

    def not_expr(self) -> Expr:
        if self.at("name", "not"):
            self.pos += 1
            self.nest()
            inner = self.not_expr()
            self.depth -= 1
            return ("not", inner)
        return self.comparison()

    def comparison(self) -> Expr:
        left = self.filtered()
        kind, raw = self.peek()
        if kind == "op" and raw in ("==", "!=", "<", "<=", ">", ">="):
            self.pos += 1
            return ("cmp", raw, left, self.filtered())
        return left

    def filtered(self) -> Expr:
        expr = self.primary()
        while self.at("op", "|"):
            self.pos += 1
            name = self.take("name")
            if name not in FILTERS:
                raise TemplateError(f"unknown filter {name!r} (filters: {', '.join(sorted(FILTERS))})")
            args: list[Expr] = []
            if self.at("op", "("):
                self.pos += 1
                self.nest()
                while not self.at("op", ")"):
                    args.append(self.or_expr())
                    if not self.at("op", ")"):
                        self.take("op", ",")
                self.pos += 1
                self.depth -= 1
            expr = ("filter", expr, name, tuple(args))
        return expr

    def primary(self) -> Expr:
        kind, raw = self.peek()
        if kind == "value":
            self.pos += 1
            return ("lit", raw)
        if kind == "op" and raw == "(":
            self.pos += 1
            self.nest()
            inner = self.or_expr()
            self.take("op", ")")
            self.depth -= 1
            return inner
        if kind == "name" and raw in _KEYWORDS:
            self.pos += 1
            return ("lit", _KEYWORDS[raw])
        if kind == "name" and raw not in ("and", "or", "not"):
            self.pos += 1
            return ("path", raw, self.steps())
        found = "the end" if kind == "end" else repr(raw)
        raise TemplateError(f"expected a value or a name but found {found} in expression {self.text!r}")

    def steps(self) -> tuple[str | int, ...]:
        steps: list[str | int] = []
        while True:
            if self.at("op", "."):
                self.pos += 1
                kind, raw = self.peek()
                if kind == "name" or (kind == "value" and isinstance(raw, int) and raw >= 0):
                    self.pos += 1
                    steps.append(raw)
                    continue
                raise TemplateError(f"expected a key after '.' in expression {self.text!r}")
            if self.at("op", "["):
                self.pos += 1
                key = self.take("value")
                if isinstance(key, bool) or not isinstance(key, (str, int)):
                    raise TemplateError(f"expected a quoted key or a whole number in [...] in {self.text!r}")
                self.take("op", "]")
                steps.append(key)
                continue
            return tuple(steps)


@lru_cache(maxsize=2048)
def compile_expression(text: str) -> Expr:
    """Parse an expression (the text between ``{{`` and ``}}``, or a ``$each``/``$if`` value)."""
    if len(text) > MAX_EXPRESSION_CHARS:
        raise LimitError(f"expression longer than {MAX_EXPRESSION_CHARS} characters")
    return _Parser(text).parse()


# --- string templates ----------------------------------------------------------------------------

@record
class TextTemplate:
    """A string split into literal text and expressions; ``whole`` when it is exactly ``{{ expr }}``."""

    parts: tuple[str | Expr, ...]
    whole: bool


MAX_KEPT_TEXT_CHARS = 1024
"""The longest string whose template :func:`compile_text` keeps (a title, a URL with a slug: tens of
characters). Round nineteen: every string a template expanded was kept as a key, plain ones too, 4,096
of them of up to the template's 5,000,000 characters each: 60 renders of a document holding one distinct
4 MB string (an attribute, a data URI) kept 240 MB (267 MB resident; 4,096 of them would keep 16 GB).
Plain strings are not kept at all (``"{{" in text`` costs what hashing it for the lookup does)."""


def compile_text(text: str) -> TextTemplate | None:
    """The template of a string, or None when it has no ``{{`` (the common case: plain text)."""
    if "{{" not in text:
        return None
    if len(text) > MAX_KEPT_TEXT_CHARS:
        return _compile_text(text)
    return _kept_text(text)


def _compile_text(text: str) -> TextTemplate:
    parts: list[str | Expr] = []
    pos = 0
    # Each '{{' with the first '}}' after it (what r"\{\{(.*?)\}\}" matches), found with str.find: the
    # regex scanned to the end from every '{{' of an unclosed run ('{{ x' x 100,000: minutes).
    while (start := text.find("{{", pos)) >= 0 and (end := text.find("}}", start + 2)) >= 0:
        if start > pos:
            parts.append(text[pos:start])
        parts.append(compile_expression(text[start + 2 : end]))
        pos = end + 2
    if pos < len(text):
        rest = text[pos:]
        if "{{" in rest:
            raise TemplateError(f"'{{{{' without a closing '}}}}' in {text[:60]!r}")
        parts.append(rest)
    whole = len(parts) == 1 and isinstance(parts[0], tuple)
    return TextTemplate(tuple(parts), whole)


_kept_text = lru_cache(maxsize=4096)(_compile_text)


# --- evaluation ----------------------------------------------------------------------------------


@record
class Scope:
    """Names visible to an expression: loop variables over the data; ``lenient`` turns missing into null."""

    data: Mapping[Any, Any]
    local: Mapping[str, Any]
    lenient: bool = False


def evaluate(expr: Expr, scope: Scope, *, test: bool = False) -> Any:
    """The value of ``expr``; may be :class:`Undefined` (the caller decides whether that is an error).

    ``test`` (``$if`` conditions, ``and``/``or``/``not`` operands): a missing value is simply false."""
    op = expr[0]
    if op == "lit":
        return expr[1]
    if op == "path":
        return _lookup(expr[1], expr[2], scope)
    if op == "filter":
        value = evaluate(expr[1], scope, test=test)
        args = [_defined(evaluate(a, scope), scope) for a in expr[3]]
        if expr[2] == "default":
            return _default(value, *args)
        try:
            result = FILTERS[expr[2]](_defined(value, scope, test), *args)
        except TypeError:  # wrong number of arguments
            raise TemplateError(f"wrong arguments for filter {expr[2]!r}") from None
        if isinstance(result, str) and len(result) > MAX_STRING_CHARS:
            raise LimitError(f"filter {expr[2]!r} made text longer than {MAX_STRING_CHARS} characters")
        return result
    if op == "not":
        return not truthy(evaluate(expr[1], scope, test=True))
    if op == "and":
        left = evaluate(expr[1], scope, test=True)
        return evaluate(expr[2], scope, test=True) if truthy(left) else left
    if op == "or":
        left = evaluate(expr[1], scope, test=True)
        return left if truthy(left) else evaluate(expr[2], scope, test=True)
    if op == "cmp":
        return _compare(expr[1], _defined(evaluate(expr[2], scope, test=test), scope, test),
                        _defined(evaluate(expr[3], scope, test=test), scope, test))
    raise AssertionError(op)


def _lookup(name: str, steps: tuple[str | int, ...], scope: Scope) -> Any:
    if name in scope.local:
        value = scope.local[name]
    elif name in scope.data:
        value = scope.data[name]
    else:
        return Undefined(name, f"{name!r} is not in the data{_available(scope.data, scope.local)}")
    where = name
    for step in steps:
        if isinstance(value, Mapping):
            if step in value:
                value = value[step]
            elif isinstance(step, int) and str(step) in value:
                value = value[str(step)]
            else:
                return Undefined(f"{where}.{step}", f"{where!r} has no key {step!r}{_available(value)}")
        elif isinstance(value, Sequence) and not isinstance(value, (str, bytes)) and isinstance(step, int):
            if not 0 <= step < len(value):
                return Undefined(f"{where}[{step}]", f"{where!r} has {len(value)} items, no item {step}")
            value = value[step]
        else:
            return Undefined(f"{where}.{step}", f"{where!r} is {kind_of(value)}, it has no key {step!r}")
        where = f"{where}.{step}"
    return value


def _available(*mappings: Mapping[Any, Any]) -> str:
    keys = sorted({str(k) for m in mappings for k in m})
    if not keys:
        return ""
    shown = ", ".join(keys[:12]) + (", ..." if len(keys) > 12 else "")
    return f" (available: {shown})"


def _defined(value: Any, scope: Scope, test: bool = False) -> Any:
    if isinstance(value, Undefined):
        if scope.lenient or test:
            return None
        raise TemplateError(value.why)
    return value


def truthy(value: Any) -> bool:
    """Like JavaScript and Jinja: null, false, 0, '' and empty lists/mappings are false."""
    if isinstance(value, Undefined) or value is None:
        return False
    if isinstance(value, (str, bytes, Sequence, Mapping)):
        return len(value) > 0
    return bool(value)


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "==":
        return bool(left == right)
    if op == "!=":
        return bool(left != right)
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (left, right))
    if not numbers and not (isinstance(left, str) and isinstance(right, str)):
        raise TemplateError(f"cannot compare {kind_of(left)} with {kind_of(right)} using {op!r}")
    if op == "<":
        return bool(left < right)
    if op == "<=":
        return bool(left <= right)
    if op == ">":
        return bool(left > right)
    return bool(left >= right)


# --- values as text ------------------------------------------------------------------------------


def kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, (list, tuple)):
        return "a list"
    return type(value).__name__


def to_text(value: Any) -> str:
    """A value as it appears inside text: numbers as JavaScript prints them, null as nothing."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return js_number_text(value)
    raise TemplateError(f"cannot put {kind_of(value)} inside text (use a filter such as join(', '))")


def _text_arg(value: Any, filter_name: str) -> str:
    if isinstance(value, (Mapping, list, tuple)):
        raise TemplateError(f"filter {filter_name!r} expects text, got {kind_of(value)}")
    return to_text(value)


def _int_arg(value: Any, filter_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TemplateError(f"filter {filter_name!r} expects a whole number, got {value!r}")
    return value


def _list_arg(value: Any, filter_name: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise TemplateError(f"filter {filter_name!r} expects a list, got {kind_of(value)}")
    return list(value)


# --- filters -------------------------------------------------------------------------------------


def _default(value: Any, fallback: Any = "", *rest: Any) -> Any:
    if rest:
        raise TemplateError("filter 'default' takes one argument")
    return fallback if isinstance(value, Undefined) or value is None else value


def _truncate(value: Any, length: Any = 80, end: Any = "…") -> str:
    text, size, tail = _text_arg(value, "truncate"), _int_arg(length, "truncate"), _text_arg(end, "truncate")
    if len(text) <= size:
        return text
    keep = max(size - len(tail), 0)
    cut = text[:keep]
    # Prefer a word boundary when one is near the end, as people do by hand.
    space = cut.rfind(" ")
    if keep < len(text) and not text[keep].isspace() and space >= keep * 2 // 3 and space > 0:
        cut = cut[:space]
    return cut.rstrip() + tail


def _join(value: Any, separator: Any = ", ") -> str:
    items = [_text_arg(item, "join") for item in _list_arg(value, "join")]
    sep = _text_arg(separator, "join")
    _check_size(sum(map(len, items)) + len(sep) * max(len(items) - 1, 0), "join")
    return sep.join(items)


def _check_size(size: int, name: str) -> None:
    """A filter's result size, checked before the result is built (a ``replace`` of every character
    by 100,000 others would otherwise allocate 10 GB before any check)."""
    if size > MAX_STRING_CHARS:
        raise LimitError(f"filter {name!r} would make text longer than {MAX_STRING_CHARS} characters")


def _length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, (str, Mapping, list, tuple)):
        return len(value)
    raise TemplateError(f"filter 'length' expects text, a list or a mapping, got {kind_of(value)}")


def _slice(value: Any, start: Any = 0, stop: Any = None) -> Any:
    begin = _int_arg(start, "slice")
    end = None if stop is None else _int_arg(stop, "slice")
    if isinstance(value, str):
        return value[begin:end]
    return _list_arg(value, "slice")[begin:end]


def _first(value: Any) -> Any:
    items = value if isinstance(value, str) else _list_arg(value, "first")
    return items[0] if items else None


def _last(value: Any) -> Any:
    items = value if isinstance(value, str) else _list_arg(value, "last")
    return items[-1] if items else None


def _items(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise TemplateError(f"filter 'items' expects a mapping, got {kind_of(value)}")
    return [{"key": k, "value": v} for k, v in value.items()]


def _replace(value: Any, old: Any, new: Any) -> str:
    text, old_text, new_text = _text_arg(value, "replace"), _text_arg(old, "replace"), _text_arg(new, "replace")
    count = text.count(old_text) if old_text else len(text) + 1
    _check_size(len(text) + count * (len(new_text) - len(old_text)), "replace")
    return text.replace(old_text, new_text)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATE_CODE = re.compile(r"%(-?)([YymdBbAaHMSe%])")


def _date(value: Any, pattern: Any = "%b %-d, %Y") -> str:
    """ISO dates (``2024-05-01``, ``2024-05-01T10:30:00Z``) formatted with strftime-like codes.

    Written out instead of ``strftime`` so the output never depends on the machine's locale."""
    if value is None:
        return ""
    if isinstance(value, _dt.date):
        moment = value if isinstance(value, _dt.datetime) else _dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            moment = _dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise TemplateError(f"filter 'date' expects an ISO date such as 2024-05-01, got {value[:40]!r}") from None
    else:
        raise TemplateError(f"filter 'date' expects an ISO date string, got {kind_of(value)}")
    fields: dict[str, tuple[str, str]] = {
        "Y": (f"{moment.year:04d}", str(moment.year)), "y": (f"{moment.year % 100:02d}", str(moment.year % 100)),
        "m": (f"{moment.month:02d}", str(moment.month)), "d": (f"{moment.day:02d}", str(moment.day)),
        "e": (f"{moment.day:2d}", str(moment.day)),
        "H": (f"{moment.hour:02d}", str(moment.hour)), "M": (f"{moment.minute:02d}", str(moment.minute)),
        "S": (f"{moment.second:02d}", str(moment.second)),
        "B": (_MONTHS[moment.month - 1],) * 2, "b": (_MONTHS[moment.month - 1][:3],) * 2,
        "A": (_DAYS[moment.weekday()],) * 2, "a": (_DAYS[moment.weekday()][:3],) * 2, "%": ("%", "%"),
    }
    return _DATE_CODE.sub(lambda m: fields[m.group(2)][1 if m.group(1) else 0], _text_arg(pattern, "date"))


def _text_filter(function: Callable[[str], str], name: str) -> Callable[[Any], str]:
    return lambda value: function(_text_arg(value, name))


FILTERS: dict[str, Callable[..., Any]] = {
    "upper": _text_filter(str.upper, "upper"),
    "lower": _text_filter(str.lower, "lower"),
    "capitalize": _text_filter(lambda s: s[:1].upper() + s[1:], "capitalize"),
    "title": _text_filter(lambda s: " ".join(w[:1].upper() + w[1:] for w in s.split(" ")), "title"),
    "trim": _text_filter(str.strip, "trim"),
    "string": _text_filter(lambda s: s, "string"),
    "default": _default,
    "truncate": _truncate,
    "join": _join,
    "length": _length,
    "slice": _slice,
    "first": _first,
    "last": _last,
    "items": _items,
    "replace": _replace,
    "date": _date,
}


def render_text(template: TextTemplate, scope: Scope) -> Any:
    """A compiled string template's value: the typed value for ``{{ x }}`` alone, else text."""
    if template.whole:
        return _defined(evaluate(template.parts[0], scope), scope)  # type: ignore[arg-type]
    pieces: list[str] = []
    size = 0
    for part in template.parts:
        piece = part if isinstance(part, str) else to_text(_defined(evaluate(part, scope), scope))
        size += len(piece)
        if size > MAX_STRING_CHARS:
            raise LimitError(f"the text made by this template is longer than {MAX_STRING_CHARS} characters")
        pieces.append(piece)
    return "".join(pieces)


caches.register("document.expressions", compile_expression, _kept_text)
