"""CSS value grammar for the style layer: declarations, tokens, ``var()``, lengths and numbers.

Input: raw author values (``str``/``int``/``float``) and CSS declaration strings. Output: tokens and
resolved numbers (px floats, :class:`Percent`, :data:`AUTO`). Parsers raise :class:`StyleError`
*without* a path; the cascade adds ``<element.style_path>.<property>`` (it knows which declaration failed).

Satori's unit rules (``utils.ts`` ``lengthToNumber``): unitless numbers are px, ``rem`` is a fixed 16px,
``vw``/``vh`` are truncated toward zero (``~~``). We add the absolute CSS units (pt, pc, in, cm, mm, Q).
Must not import layout, text, paint, raster or yaml.
"""

from __future__ import annotations

import math
import re

from pureog.color import Color
from pureog.document.model import js_number_text
from pureog.errors import LimitError, StyleError
from pureog.jsnum import JS_SPACE, parse_float
from pureog.lazy_re import deferred
from pureog.limits import (
    MAX_CSS_NUMBER,
    MAX_VALUE_NESTING,
    MAX_VALUE_TOKENS,
    MAX_VAR_SUBSTITUTION,
    MAX_VAR_SUBSTITUTION_WORK,
)
from pureog.records import record
from pureog.style.computed import ComputedStyle
from pureog.style.values import AUTO, Auto, Percent

RawValue = str | int | float
"""A declaration value as the author wrote it."""

REM_PX = 16.0  # Satori: rem is always 16px, not the root element's font size.

BARE_UNITS: frozenset[str] = frozenset({"px", "pt", "pc", "in", "cm", "mm", "ex", "ch", "vmin", "vmax"})
"""Units whose number Satori 0.29 takes as px unchanged: its ``lengthToNumber`` converts only em, rem,
vw and vh and returns the bare value for every other unit its CSS-dimension parser knows (so ``36pt`` is
36 px, not 48, and ``50vmin`` is 50 px; checked against Next.js 16.4.6 for width, margin, padding,
border width, radius, offsets, gap, letter spacing and line height). ``Q`` is not among them: Satori's
parser does not know it, so ``20Q`` is no length there (a width stays auto), nor ``lh`` (``30lh`` is no width,
margin, inset, border width, font size, letter spacing or text indent in Next.js: found by the edge-spelling
probe, ``conformance/paintgen/throws.py``)."""


# --------------------------------------------------------------------------- tokens


@record
class Token:
    """One CSS component value. ``kind`` is one of: number, dimension, percent, ident, hash, string,
    function, comma, slash, delim. ``value``/``unit`` are set for numeric kinds (unit lower-cased); ``args``
    for functions (``name`` is the function name, lower-cased)."""

    kind: str
    text: str
    value: float = 0.0
    unit: str = ""
    name: str = ""
    args: tuple[Token, ...] = ()


_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)  # CSS digits are 0-9 only
# An identifier: a letter, "_" or a BMP non-ASCII character, then word characters, "-" or BMP
# non-ASCII. The non-ASCII part is written as a *negated* class: the positive range \u0080-\uffff
# makes re build a 64k-entry charset and costs ~5 ms at import; this spelling compiles in ~0.5 ms
# and matches exactly the same characters (checked over every code point).
_NON_ASCII_BMP = r"[^\x00-\x7f\U00010000-\U0010ffff]"
_IDENT = re.compile(rf"-{{0,2}}(?:[A-Za-z_]|{_NON_ASCII_BMP})(?:[\w\-]|{_NON_ASCII_BMP})*|--[\w\-]*")
_HASH = re.compile(r"#[\w\-]+")


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokenize a CSS value. Whitespace separates tokens and is dropped."""
    tokens, end = _tokenize_until(text, 0, closing=False, depth=0, count=[0])
    return tokens


def _tokenize_until(text: str, pos: int, *, closing: bool, depth: int,
                    count: list[int]) -> tuple[tuple[Token, ...], int]:
    # ``count`` holds the tokens read so far at every level: the limit is on the whole value, so that
    # nesting (f(g(h(...)))) cannot multiply it.
    out: list[Token] = []
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        count[0] += 1
        if count[0] > MAX_VALUE_TOKENS:  # spec/limits.md: a 100,000-point polygon() took seconds to read
            raise LimitError(f"a CSS value with more than {MAX_VALUE_TOKENS:,} tokens")
        if ch == ")":
            if closing:
                return tuple(out), pos + 1
            raise StyleError(f"unbalanced ')' in {text!r}")
        if ch == ",":
            out.append(Token("comma", ","))
            pos += 1
            continue
        if ch == "/":
            out.append(Token("slash", "/"))
            pos += 1
            continue
        if ch in "\"'":
            end = pos + 1
            buf: list[str] = []
            while end < n and text[end] != ch:
                if text[end] == "\\" and end + 1 < n:
                    end += 1
                buf.append(text[end])
                end += 1
            if end >= n:
                raise StyleError(f"unterminated string in {text!r}")
            out.append(Token("string", "".join(buf)))
            pos = end + 1
            continue
        if ch == "#":
            m = _HASH.match(text, pos)
            if not m:
                raise StyleError(f"unexpected '#' in {text!r}")
            out.append(Token("hash", m.group()))
            pos = m.end()
            continue
        m = _NUMBER.match(text, pos)
        if m and (ch.isdigit() or ch == "." or (ch in "+-" and m.end() > pos + 1)):
            number = css_number(m.group(), text)
            end = m.end()
            if end < n and text[end] == "%":
                out.append(Token("percent", text[pos : end + 1], number, "%"))
                pos = end + 1
                continue
            # The unit runs on over digits as CSS's ident does (`0f172a` is 0 with the unit `f172a`, not
            # `0f` then `172a`): a bare hex colour that starts with a digit stays one word, as Satori's
            # whitespace split keeps it (real-card round twenty-four: `bg=0f172a` in a gradient stop).
            u = re.match(r"[A-Za-z][A-Za-z0-9]*", text[end:])
            if u:
                unit = u.group()
                out.append(Token("dimension", text[pos : end + len(unit)], number, unit.lower()))
                pos = end + len(unit)
            else:
                out.append(Token("number", m.group(), number))
                pos = end
            continue
        m = _IDENT.match(text, pos)
        if m:
            word = m.group()
            end = m.end()
            if end < n and text[end] == "(" and word.lower() == "url" and text[end + 1 :].lstrip()[:1] not in "\"'":
                close = text.find(")", end)  # an unquoted url(...) is one raw token (it may hold ':' or '/')
                if close < 0:
                    raise StyleError(f"missing ')' in {text!r}")
                url = Token("string", text[end + 1 : close].strip())
                out.append(Token("function", text[pos : close + 1], name="url", args=(url,)))
                pos = close + 1
                continue
            if end < n and text[end] == "(":
                if depth >= MAX_VALUE_NESTING:  # each level is a Python call: 1,000 overflowed the stack
                    raise LimitError(f"a CSS value with functions nested more than {MAX_VALUE_NESTING} deep")
                args, after = _tokenize_until(text, end + 1, closing=True, depth=depth + 1, count=count)
                out.append(Token("function", text[pos:after], name=word.lower(), args=args))
                pos = after
                continue
            out.append(Token("ident", word))
            pos = end
            continue
        if ch in "+-*":  # calc() operators and stray signs: kept so callers can name the problem
            out.append(Token("delim", ch))
            pos += 1
            continue
        raise StyleError(f"unexpected character {ch!r} in {text!r}")
    if closing:
        raise StyleError(f"missing ')' in {text!r}")
    return tuple(out), pos


def raw_text(raw: object) -> str:
    """The value as CSS text: numbers print without a trailing ``.0``; other types are an error."""
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise StyleError(f"expected a string or a number, got {raw!r}")
    if isinstance(raw, str):
        # `!important` in a style mapping's value stays part of it, as in Satori, where it makes the
        # value unreadable (a CSS declaration string drops it: pureog.document.css_text).
        return raw.strip()
    if isinstance(raw, float) and not math.isfinite(raw):
        raise StyleError(f"expected a finite number, got {raw!r}")
    return repr(raw) if isinstance(raw, float) else str(raw)


def finite_number(raw: int | float) -> float:
    """A number given as a number (``width: 1e300``): finite, clamped to +-``MAX_CSS_NUMBER``."""
    value = float(raw)
    if not math.isfinite(value):
        raise StyleError(f"expected a finite number, got {raw!r}")
    return max(-MAX_CSS_NUMBER, min(MAX_CSS_NUMBER, value))


def css_number(literal: str, text: str) -> float:
    """A number written in CSS text: the one place where style numbers become floats (with
    :func:`finite_number`). ``1e999`` is an error; a finite number is clamped to +-``MAX_CSS_NUMBER``
    (spec/limits.md), so products of two numbers stay finite downstream."""
    value = float(literal)
    if not math.isfinite(value):
        raise StyleError(f"number {literal!r} is out of range in {text!r}")
    return max(-MAX_CSS_NUMBER, min(MAX_CSS_NUMBER, value))


def split_commas(tokens: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    groups: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.kind == "comma":
            groups.append([])
        else:
            groups[-1].append(tok)
    return [tuple(g) for g in groups]


# --------------------------------------------------------------------------- var()


_VAR_DEPTH_LIMIT = 32
_PARENS = deferred(r"[()]")


def missing_variable(name: str) -> str:
    """What a ``var()`` of an undefined variable (and no fallback) reads as in property ``name``.

    Satori writes ``initial``; in ``color`` and ``backgroundColor`` resvg then gets ``initial`` as a
    paint, an invalid one: black text without decoration lines, a black background (a card whose
    variables satori-html lost, real cards round twenty-three). An unreadable value says so, and
    pureog paints those as Next.js paints an invalid colour. Elsewhere the keyword is read as CSS's.
    """
    return "undefined-var()" if name in ("color", "backgroundColor") else "initial"


def substitute_vars(text: str, variables: dict[str, str], _depth: int = 0, missing: str = "initial",
                    _read: list[int] | None = None) -> str:
    """Replace every ``var(--name[, fallback])`` in ``text``.

    A missing variable without a fallback becomes ``missing``, ``initial`` by default (what Satori's
    ``variables.ts`` does); a reference cycle is cut off the same way. The text written is bounded by
    ``MAX_VAR_SUBSTITUTION`` and the text read, every variable counted each time it is read, by
    ``MAX_VAR_SUBSTITUTION_WORK`` (``_read``: the count so far, shared by the nested calls).
    """
    if "var(" not in text.lower():
        return text
    if _depth > _VAR_DEPTH_LIMIT:
        return missing
    if _read is None:
        _read = [0]
    _read[0] += len(text) + 1
    if _read[0] > MAX_VAR_SUBSTITUTION_WORK:  # references that fan out to empty texts write nothing
        raise LimitError(f"var() substitution reads more than {MAX_VAR_SUBSTITUTION_WORK:,} characters "
                         "(variables that each use the next many times)")
    out: list[str] = []
    size = 0
    pos = 0
    lower = text.lower()
    while True:
        start = lower.find("var(", pos)
        if start < 0 or (start > 0 and (lower[start - 1].isalnum() or lower[start - 1] in "-_")):
            if start < 0:
                out.append(text[pos:])
                break
            out.append(text[pos : start + 4])
            pos = start + 4
            continue
        out.append(text[pos:start])
        depth = 0
        end = len(text)
        for paren in _PARENS.finditer(text, start + 3):  # parens only: a long fallback is not walked in Python
            depth += 1 if paren.group() == "(" else -1
            if depth == 0:
                end = paren.start()
                break
        if end >= len(text):
            raise StyleError(f"missing ')' in {text!r}")
        inner = text[start + 4 : end]
        name, comma, fallback = inner.partition(",")
        name = name.strip()
        if not name.startswith("--"):
            raise StyleError(f"expected a custom property name in var(), got {name!r}")
        if name in variables:
            value = substitute_vars(variables[name], variables, _depth + 1, missing, _read)
        elif comma:
            value = substitute_vars(fallback.strip(), variables, _depth + 1, missing, _read)
        else:
            value = missing
        out.append(value)
        size += len(value)
        if size > MAX_VAR_SUBSTITUTION:  # each reference may use another twice: 2^n characters
            raise LimitError(f"var() substitution makes a value longer than {MAX_VAR_SUBSTITUTION:,} characters")
        pos = end + 1
    return "".join(out)


_DIGITS = frozenset("0123456789")
_NUMBER_START = _DIGITS | frozenset("+-.")
_ANGLE_UNITS = frozenset({"deg", "rad", "turn", "grad"})
_MAX_LENGTH_TEXT = 64
"""Longer variable texts are no single length (and are not scanned: a hostile one could be long)."""


def passed_down_variables(variables: dict[str, str], ctx: ValueContext) -> dict[str, str]:
    """The custom properties an element's children inherit, as Satori 0.29 hands them down.

    ``expand.ts`` stores the merged custom properties in the element's serialized style, and the loop
    that converts that style's em/rem/vw/vh strings to px numbers (``lengthToNumber``) converts them
    too: a child reads ``--w: 0.5em`` declared on a 16 px parent as ``8``, whatever its own font
    size, and ``--w: 5px`` as ``5`` (the element itself reads what it declared). So a length variable
    is measured at the declaring element's font size and reaches descendants unitless, which is what
    Next.js draws: ``transformOrigin: var(--o) 0`` is no origin (centre), ``lineHeight: var(--lh)``
    with ``--lh: 20px`` is 20 lines, and shorthands that need units (``border: var(--w) solid``)
    throw there, where pureog reads the bare number as px. Angles become their degrees the same way
    (``--a: 0.25turn`` is ``90``): ``hue-rotate(var(--a))`` is then no rotation, a gradient's
    ``var(--a)`` its black first stop, and ``rotate(var(--a))`` throws, as in Next.js.
    """
    passed: dict[str, str] | None = None
    for name, written in variables.items():
        text = written.strip()  # lengthToNumber trims the text it converts (a variable keeps its spaces)
        if (not text or len(text) > _MAX_LENGTH_TEXT or text[-1] in _DIGITS or text[0] not in _NUMBER_START
                or not name.startswith("--")):
            continue  # a number, a colour, a font list, ...: lengthToNumber leaves or keeps it as text
        start = len(text)
        while start and text[start - 1] not in _DIGITS:
            start -= 1
        if text[start:] not in _CSS_DIMENSION_UNITS and text[start:] not in _ANGLE_UNITS:
            continue
        px = css_dimension_px(text, ctx)
        if px is None:
            continue
        if passed is None:
            passed = dict(variables)
        passed[name] = js_number_text(px)
    return variables if passed is None else passed


# --------------------------------------------------------------------------- values in context


class StyleFallback(StyleError):
    """A value the reference accepts with a fallback that pureog reproduces: ``value`` is what it
    stands for. Raised by a parser, reported by the cascade (a warning naming the path, or an error in
    strict mode), never seen by users as an exception unless strict. ``problem`` is the message
    without the fallback, for where the fallback does not apply."""

    def __init__(self, problem: str, fallback: str, value: object) -> None:
        super().__init__(f"{problem}; {fallback}")
        self.problem = problem
        self.value = value


class ShorthandReadable(StyleError):
    """A value the reference's shorthand parser (css-to-react-native) reads, so that a shorthand holding
    it does not throw, but which the longhand cannot use: the longhand's invalid-value rule applies."""


class ShorthandFallback(StyleFallback):
    """A fallback that applies even when the value came from a shorthand that throws on unreadable parts:
    the reference's shorthand parser read it, only the longhand's value is out of range for pureog."""


class BrowserValue(StyleFallback):
    """A longhand value Next.js draws as ``value`` (a plausible drawing: the longhand is read as
    something it knows) while a browser draws ``css_value``: the longhand alone keeps Next's drawing
    (with a warning; ``features: browser`` parsers return the CSS value themselves), but the same value
    inside a shorthand that Next.js throws on has no Next drawing, so the CSS value applies there."""

    def __init__(self, problem: str, fallback: str, value: object, css_value: object) -> None:
        super().__init__(problem, fallback, value)
        self.css_value = css_value


class StyleDeviation(ShorthandFallback):
    """A value the reference reads without throwing but draws broken, where pureog draws ``value`` (CSS's
    reading) with a warning, even when it came from a shorthand that throws on unreadable parts."""


@record
class ValueContext:
    """What a value needs to resolve: the em base, the viewport, currentColor, the parent style."""

    font_size: float
    viewport_width: float
    viewport_height: float
    current_color: Color
    parent: ComputedStyle
    browser: bool = False
    """``features: browser``: math functions (``calc()``, ...) resolve (:mod:`pureog.style.calc`)."""
    current_color_function: bool = False
    """The colour in effect was written as a function (``rgb()``, ``hsl()``, ...): Satori writes that text
    where ``currentColor`` stands, which resvg's filter parser refuses (:mod:`pureog.style.filter`)."""
    current_color_text: str = ""
    """That function's text as written ("" when the colour is not a function): Satori pastes it into
    every value where ``currentColor`` stands before reading the value (:mod:`pureog.style.gradient`)."""


def describe(raw: object) -> str:
    return repr(raw) if isinstance(raw, str) else repr(raw)


def single(raw: RawValue, what: str) -> Token:
    tokens = tokenize(raw_text(raw))
    if len(tokens) != 1:
        raise StyleError(f"expected {what}, got {describe(raw)}")
    return tokens[0]


def length_px(tok: Token, ctx: ValueContext) -> float | None:
    """px value of a number or dimension token, or ``None`` when it is not a length."""
    if tok.kind == "number":
        return tok.value
    if tok.kind != "dimension":
        return None
    unit = tok.unit
    if unit == "em":
        return tok.value * ctx.font_size
    if unit == "rem":
        return tok.value * REM_PX
    if unit in ("vw", "vh"):
        basis = ctx.viewport_width if unit == "vw" else ctx.viewport_height
        return float(math.trunc(tok.value * basis / 100.0))  # Satori's `~~`
    return tok.value if unit in BARE_UNITS else None


def token_length(
    tok: Token, ctx: ValueContext, *, percent: bool = True, auto: bool = False, raw: object = None
) -> float | Percent | Auto:
    """A length token -> px, :class:`Percent` or :data:`AUTO` (when allowed)."""
    px = length_px(tok, ctx)
    if px is not None:
        return px
    if percent and tok.kind == "percent":
        return Percent(tok.value)
    if auto and tok.kind == "ident" and tok.text.lower() == "auto":
        return AUTO
    if tok.kind == "function" and tok.name in ("calc", "min", "max", "clamp"):
        if ctx.browser:
            from pureog.style.calc import math_value  # noqa: PLC0415  (loads on use)

            return math_value(tok.text, ctx, percent=percent)  # type: ignore[return-value]
        raise StyleError(f"{tok.name}() is ignored, as Next.js ignores it (features: browser draws it), got "
                         f"{describe(raw if raw is not None else tok.text)}")
    raise StyleError(f"expected {_length_kinds(percent, auto)}, got {describe(raw if raw is not None else tok.text)}")


# css-dimension's length units (case-sensitive), which Satori's background size and position reader and
# its object-position reader accept.
_DIMENSION_UNITS = deferred(r"(?:em|ex|ch|rem|vh|vw|vmin|vmax|px|mm|cm|in|pt|pc|mozmm)")


def satori_dimension(tok: Token) -> float | Percent | None:
    """A size or position value as Satori reads it (builder/background-image.ts ``parseLengthPairs``,
    builder/rect.ts ``parseObjectPosition``): css-dimension's number, *whatever the length unit*
    (``2rem`` and ``10vw`` are 2 and 10 px: Next.js draws them so); ``None`` for what it refuses, which
    includes a number ending in a dot (``20.px``, ``2.%``: css-dimension wants digits after it)."""
    if tok.kind in ("percent", "dimension") and tok.text[: len(tok.text) - len(tok.unit)].endswith("."):
        return None
    if tok.kind == "percent":
        return Percent(tok.value)
    if tok.kind == "number":
        return tok.value
    if tok.kind == "dimension" and _DIMENSION_UNITS.fullmatch(tok.text[len(tok.text) - len(tok.unit) :]):
        return tok.value
    return None


def length_percentage(tok: Token, ctx: ValueContext, raw: RawValue) -> float | Percent:
    """A length-percentage token inside a larger value ``raw`` (a function argument, a list item)."""
    if tok.kind == "percent":
        return Percent(tok.value)
    px = length_px(tok, ctx)
    if px is None:
        raise StyleError(f"expected a length or percentage, got {tok.text!r} in {describe(raw)}")
    return px


def _length_kinds(percent: bool, auto: bool) -> str:
    if percent and auto:
        return "a length, percentage or 'auto'"
    return "a length" + (" or percentage" if percent else "") + (" or 'auto'" if auto else "")


def parse_length(
    raw: RawValue, ctx: ValueContext, *, percent: bool = True, auto: bool = False, satori_case: bool = False
) -> float | Percent | Auto:
    """One length. ``satori_case``: read units and ``auto`` with the case sensitivity of Satori's length
    conversion (:func:`check_satori_case`), for the properties where Next.js then draws plausibly."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return finite_number(raw)
    text = raw_text(raw)
    if ctx.browser and _MATH_FUNCTION.match(text):  # its own grammar (nested parentheses)
        from pureog.style.calc import math_value  # noqa: PLC0415  (loads on use)

        return math_value(text, ctx, percent=percent)  # type: ignore[return-value]
    try:
        tokens = tokenize(text)
        if len(tokens) != 1:
            raise StyleError(f"expected {_length_kinds(percent, auto)}, got {describe(raw)}")
        if satori_case and not ctx.browser:
            check_satori_case(tokens[0], raw)
            if (degrees := satori_angle(tokens[0])) is not None:
                return degrees
        return token_length(tokens[0], ctx, percent=percent, auto=auto, raw=raw)
    except StyleError:
        if satori_case and not ctx.browser and (px := css_dimension_px(text, ctx)) is not None:
            return px
        raise


_CSS_DIMENSION_UNITS = frozenset({"em", "ex", "ch", "rem", "vh", "vw", "vmin", "vmax", "px", "mm", "cm", "in", "pt",
                                  "pc", "mozmm"})
_NOT_A_LENGTH_TEXT = deferred(r"[ /(,]")  # lengthToNumber returns nothing for a text holding one
_DOT_AT_END = deferred(r"\.[^0-9]?$")
_UNIT_TAIL = deferred(r"[^0-9]+$")


def css_dimension_px(text: str, ctx: ValueContext) -> float | None:
    """A whole style string no CSS tokenizer reads as one length, as Satori's ``lengthToNumber`` reads
    it through the css-dimension package: the unit is the text's trailing run of non-digits and must
    be one it knows (lower case), the number is JavaScript's ``parseFloat`` of the rest, so ``1a0px``
    and ``1_0px`` are 1 px, ``5xyz9em`` 5 em, ``3e1.5px`` 30 px and ``2_.5rad`` 2 degrees (found by
    generate_layoutgen9's value sweep). None where css-dimension throws (a second dot, a dot ending the
    number, two signs, an unknown unit) or reads no length (``%``, a bare number: callers handle them)."""
    text = text.strip(JS_SPACE)
    if _NOT_A_LENGTH_TEXT.search(text) or _DOT_AT_END.search(text) or text[:2] in _TWO_SIGNS or text.count(".") > 1:
        return None
    tail = _UNIT_TAIL.search(text)
    if tail is None or tail.start() == 0:
        return None
    value = parse_float(text[: tail.start()])
    unit = tail.group()
    if not math.isfinite(value):
        return None
    if unit in ("deg", "rad", "turn", "grad"):
        return satori_angle(Token("dimension", f"{value!r}{unit}", value, unit))
    if unit not in _CSS_DIMENSION_UNITS:
        return None
    return length_px(Token("dimension", text, value, unit), ctx) if unit in _SATORI_UNITS else value


_TWO_SIGNS = frozenset(a + b for a in "+-" for b in "+-")


# what Satori's calcDegree multiplies an angle by to get degrees (rad and grad below, in its order)
_DEGREES_PER = {"deg": 1.0, "turn": 360.0}


def satori_angle(tok: Token) -> float | None:
    """An angle (``7deg``, ``1rad``, ``0.25turn``, ``100grad``; its unit in lower case) as Satori's
    ``lengthToNumber`` reads a whole style value: its degrees, a plain number, so a width of ``7deg`` is
    7 px and ``1rad`` 57.3 px in Next.js (found by generate_layoutgen9's value sweep). None otherwise."""
    if tok.kind != "dimension" or tok.unit not in ("deg", "rad", "turn", "grad") or not tok.text.endswith(tok.unit):
        return None
    if tok.unit == "rad":
        return tok.value * 180.0 / math.pi
    if tok.unit == "grad":
        return 0.9 * tok.value
    return tok.value * _DEGREES_PER[tok.unit]


_SATORI_UNITS = BARE_UNITS | {"em", "rem", "vw", "vh"}


def check_satori_case(tok: Token, raw: RawValue) -> None:
    """Satori's css-dimension parser knows its units in lower case only, and Satori compares ``auto``
    as written: ``2EM``, ``20Pt`` and ``Auto`` reach Yoga as strings it drops (css-to-react-native has
    already read every spelling of ``px`` as a number); a number ending in a dot (``80.px``) is read
    by neither. Raises :class:`ShorthandReadable` for them."""
    if tok.kind == "dimension" and tok.unit in _SATORI_UNITS and tok.unit != "px" and not tok.text.endswith(tok.unit):
        raise ShorthandReadable(f"{describe(raw)} is no length in Next.js, which reads units in lower case only")
    if tok.kind == "ident" and tok.text != "auto" and tok.text.lower() == "auto":
        raise ShorthandReadable(f"{describe(raw)} is no length in Next.js, which reads 'auto' in lower case only")
    if tok.kind == "dimension" and tok.text[: len(tok.text) - len(tok.unit)].endswith("."):
        # `80.px`, `5.em`: no CSS number (digits must follow the dot), and neither css-to-react-native's
        # px reader nor css-dimension reads it, so Yoga drops the string as it drops `2EM`.
        raise ShorthandReadable(f"{describe(raw)} is no length in Next.js (a number ends in '.')")


def length_to_number(raw: RawValue, ctx: ValueContext) -> RawValue:
    """A number property's string as Satori's ``expand.ts`` leaves it: it hands every string value but
    ``lineHeight`` to ``lengthToNumber``, which turns one length in any unit its css-dimension parser
    knows (lower case) into px: flexGrow ``"2em"`` grows by 2 x the element's font size, ``"3vw"`` by
    3 % of the canvas width (truncated), ``"2pt"`` by 2, lineClamp ``"0.1em"`` clamps at 1.6 lines.
    Anything else (a percentage, ``2EM``, several tokens) is returned as written."""
    if not isinstance(raw, str):
        return raw
    try:
        tokens = tokenize(raw)
        if len(tokens) != 1 or tokens[0].kind != "dimension":
            px = css_dimension_px(raw, ctx)  # `2#3px`: css-dimension's own reading
            return raw if px is None else px
        check_satori_case(tokens[0], raw)  # `2EM`, `2.em`: css-dimension refuses them
    except StyleError:  # not one token (`2 "…"`) or not this spelling: the caller reads the text
        px = css_dimension_px(raw, ctx)
        return raw if px is None else px
    px = length_px(tokens[0], ctx)
    if px is None:
        px = satori_angle(tokens[0])
    if px is None:
        px = css_dimension_px(raw, ctx)
    return raw if px is None else px


_MATH_FUNCTION = deferred(r"\s*(?:calc|min|max|clamp)\(", re.IGNORECASE)


def parse_number(raw: RawValue, *, minimum: float | None = None) -> float:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = finite_number(raw)
    else:
        tok = single(raw, "a number")
        if tok.kind != "number":
            raise StyleError(f"expected a number, got {describe(raw)}")
        value = tok.value
    if minimum is not None and value < minimum:
        raise StyleError(f"expected a number >= {minimum:g}, got {describe(raw)}")
    return value


def parse_keyword(raw: RawValue, allowed: tuple[str, ...]) -> str:
    """One of ``allowed``, spelt exactly: Satori compares keywords case-sensitively, so ``UPPERCASE``
    is not ``uppercase`` in Next.js (it ignores it, or throws for the layout keywords)."""
    text = raw_text(raw)
    if text not in allowed:
        listing = ", ".join(repr(a) for a in allowed)
        hint = " (keywords are lower case in Next.js)" if text.lower() in allowed else ""
        raise StyleError(f"expected one of {listing}, got {describe(raw)}{hint}")
    return text


COLOR_FUNCTION = "\x00color-function"
"""A key of the inherited variables (no custom property can be named so): the text of the colour in effect
when it was written as a colour function ("" otherwise), which Satori pastes where ``currentColor`` stands."""
_COLOR_FUNCTION_TEXT = re.compile(r"\s*(?:rgba?|hsla?)\s*\(", re.IGNORECASE)


def note_color_function(author: list[tuple[str, RawValue]], variables: dict[str, str], style_path: str) -> None:
    """Record in ``variables`` (inherited by the children) whether the element's own ``color`` is written
    as ``rgb()``/``hsl()``/...; an element without one keeps its parent's answer."""
    for name, raw in reversed(author):
        if name == "color" and isinstance(raw, str):
            try:
                text = substitute_vars(raw, variables) if "var(" in raw.lower() else raw
            except LimitError as err:
                raise LimitError(err.message, path=f"{style_path}.color") from None
            variables[COLOR_FUNCTION] = text.strip() if _COLOR_FUNCTION_TEXT.match(text) else ""
            return
