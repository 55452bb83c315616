"""Parsing ``filter`` into typed filter functions, with the grammar the reference really applies.

Input: the CSS text of a ``filter`` declaration -> a tuple of :class:`FilterFunction`, lengths in px,
angles in degrees, colours resolved.

Satori does not parse ``filter``: it replaces ``currentColor`` by the element's colour and writes the
text into the SVG as ``style="filter:..."``. usvg reads that attribute's declarations with simplecss,
whose value ends at the first token it cannot read (:func:`pureog.usvg_css.declared_value`: a trailing ``!important``
or any other tail is dropped, a function ends at its first ``)``), then parses the value with svgtypes
0.10's ``FilterValueListParser``. So the grammar here is svgtypes', not CSS's:

* functions are separated by whitespace only (a comma is an error); names and units are case-sensitive;
* ``brightness contrast grayscale invert opacity saturate sepia`` take a number or a percentage
  (``50%`` is 0.5), default 1, never negative (``-0`` included); larger values are kept (usvg clamps
  grayscale, invert, opacity and sepia to 1 when it builds the matrices);
* ``hue-rotate`` takes an angle in deg, grad, rad or turn (a unitless 0 too), default 0;
* ``blur`` takes a length (no percentage, not negative), default 0; ``drop-shadow`` takes
  ``[<colour>] <dx> <dy> [<std-dev>] [<colour>]``: its third length is resvg's standard deviation
  as is (not half of a CSS blur radius), a negative or percentage one is read and ignored;
* lengths: unitless and px as is, ``em`` = 12 px and ``ex`` = 6 px (resvg's default font size: the
  SVG's shapes carry none), in/cm/mm/pt/pc at 96 dpi; rem, vw and the like are errors;
* colours: hex (3, 4, 6, 8 digits) and the CSS named colours except ``rebeccapurple``; the default
  is black. A functional colour (``rgb()``, ``hsl()``) makes Next drop the whole filter: simplecss ends
  the enclosing function at the colour's ``)``, which leaves it unclosed for svgtypes;
* ``url(#id)`` never finds a filter (Satori's SVG has none): it is skipped when the list has other
  functions; when it has none, the element's shapes are not drawn at all (usvg's rule for a filter
  attribute whose links are all broken): :data:`HIDDEN`.

Any other error makes resvg ignore the whole ``filter`` (the element and its children, which inherit
the same text, draw unfiltered): we do the same. Both fallbacks are raised as :class:`StyleFallback`,
which the cascade reports with the declaration's path (a warning, or the error in strict mode).
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math

from pureog.color import BLACK, Color
from pureog.errors import LimitError
from pureog.limits import MAX_FILTER_FUNCTIONS
from pureog.records import record
from pureog.style.color import NAMED_COLORS
from pureog.style.parse import RawValue, StyleFallback, ValueContext, describe, raw_text
from pureog.usvg_css import declared_value


@record
class FilterFunction:
    """One filter function, in the order written.

    ``amount``: the standard deviation in px for ``blur`` and ``drop-shadow``, degrees for
    ``hue-rotate``, the plain number for the others. ``drop-shadow`` also has its offset and colour.
    ``name`` ``url`` appears only alone, in :data:`HIDDEN`.
    """

    name: str
    amount: float
    dx: float = 0.0
    dy: float = 0.0
    color: Color = BLACK


HIDDEN: tuple[FilterFunction, ...] = (FilterFunction("url", 0.0),)
"""A filter made only of links to missing filters: resvg does not draw the element's shapes."""

_AMOUNT_FUNCTIONS = frozenset({"brightness", "contrast", "grayscale", "invert", "opacity", "saturate", "sepia"})
_ANGLE_UNITS = ("deg", "grad", "rad", "turn")
# svgtypes' length units (lower case only) and usvg's px per unit (96 dpi, font size 12).
_LENGTH_UNITS = (("em", 12.0), ("ex", 6.0), ("px", 1.0), ("in", 96.0), ("cm", 96.0 / 2.54),
                 ("mm", 96.0 / 25.4), ("pt", 96.0 / 72.0), ("pc", 96.0 / 6.0))  # fmt: skip
_IDENT = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
_HEX = frozenset("0123456789abcdefABCDEF")
_DIGITS = frozenset("0123456789")  # svgtypes and simplecss read ASCII digits only (str.isdigit takes any script's)
_SPACES = " \t\n\r\f"


class _Invalid(Exception):
    """The filter text breaks svgtypes' grammar: resvg ignores the whole property."""


class _Scanner:
    """svgtypes' ``Stream``: a position in the text and its small parsing steps."""

    def __init__(self, text: str, current_color: Color, current_color_function: bool = False) -> None:
        self.text = text
        self.pos = 0
        self.current_color = current_color
        self.current_color_function = current_color_function

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in _SPACES:
            self.pos += 1

    def starts_with(self, word: str) -> bool:
        return self.text.startswith(word, self.pos)

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise _Invalid
        self.pos += 1

    def ident(self) -> str:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in _IDENT:
            self.pos += 1
        return self.text[start : self.pos]

    def number(self) -> float:
        """svgtypes' ``parse_number``: sign, digits, fraction, exponent (not the e of em/ex)."""
        self.skip_spaces()
        text, start = self.text, self.pos
        i = start
        if i < len(text) and text[i] in "+-":
            i += 1
        if i >= len(text) or not (text[i] in _DIGITS or text[i] == "."):
            raise _Invalid
        while i < len(text) and text[i] in _DIGITS:
            i += 1
        if i < len(text) and text[i] == ".":
            i += 1
            while i < len(text) and text[i] in _DIGITS:
                i += 1
        if i < len(text) and text[i] in "eE":
            if i + 1 >= len(text):
                raise _Invalid
            if text[i + 1] not in "mx":
                i += 1
                if i < len(text) and text[i] in "+-":
                    i += 1
                elif i >= len(text) or text[i] not in _DIGITS:
                    raise _Invalid
                while i < len(text) and text[i] in _DIGITS:
                    i += 1
        try:
            value = float(text[start:i])
        except ValueError:
            raise _Invalid from None
        if not math.isfinite(value):
            raise _Invalid
        self.pos = i
        return value

    def length(self) -> tuple[float, bool]:
        """A length in px and whether it was a percentage (svgtypes' ``parse_length`` + usvg's units)."""
        n = self.number()
        if self.starts_with("%"):
            self.pos += 1
            return n, True
        for unit, px in _LENGTH_UNITS:
            if self.starts_with(unit):
                self.pos += 2
                return n * px, False
        return n, False

    def color(self) -> Color | None:
        """svgtypes' ``try_parse_color``: a colour here, else None with the position unchanged."""
        self.skip_spaces()
        start = self.pos
        if self.peek() == "#":
            self.pos += 1
            digits_start = self.pos
            while self.pos < len(self.text) and self.text[self.pos] in _HEX:
                self.pos += 1
            digits = self.text[digits_start : self.pos]
            if len(digits) in (3, 4):
                digits = "".join(c + c for c in digits)
            if len(digits) not in (6, 8):
                self.pos = start
                return None
            alpha = int(digits[6:], 16) / 255.0 if len(digits) == 8 else 1.0
            return Color(int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), alpha)
        word = self.ident().lower()
        if word in ("rgb", "rgba", "hsl", "hsla") and self.peek() == "(":
            # svgtypes would parse it, but Next drops the whole filter: measured, cause not pinned down.
            raise _Invalid
        if word == "currentcolor":  # Satori writes the element's colour (its text) in its place
            if self.current_color_function:
                raise _Invalid  # the colour was written as rgb()/hsl()/...: refused as above
            return self.current_color
        if word == "transparent":
            return Color(0, 0, 0, 0.0)
        rgb = NAMED_COLORS.get(word) if word != "rebeccapurple" else None  # svgtypes 0.10 lacks it
        if rgb is None:
            self.pos = start
            return None
        return Color((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255)


def _amount(s: _Scanner) -> float:
    if s.peek() == ")":
        return 1.0
    s.skip_spaces()
    value = s.number()
    if s.starts_with("%"):
        s.pos += 1
        value /= 100.0
    if math.copysign(1.0, value) < 0:  # is_sign_negative: -0 too
        raise _Invalid
    return value


def _angle(s: _Scanner) -> float:
    if s.peek() == ")":
        return 0.0
    n = s.number()
    for unit in _ANGLE_UNITS:
        if s.starts_with(unit):
            s.pos += len(unit)
            # svgtypes' Angle::to_degrees, operation for operation.
            if unit == "grad":
                return n * 180.0 / 200.0
            return math.degrees(n) if unit == "rad" else (n * 360.0 if unit == "turn" else n)
    if n == 0.0:
        return n
    raise _Invalid


def _blur(s: _Scanner) -> float:
    if s.peek() == ")":
        return 0.0
    px, percent = s.length()
    if percent or math.copysign(1.0, px) < 0:
        raise _Invalid
    return px


def _drop_shadow(s: _Scanner) -> FilterFunction:
    if s.peek() == ")":
        raise _Invalid  # the offsets are mandatory
    color = s.color()
    s.skip_spaces()
    dx, percent_x = s.length()
    s.skip_spaces()
    dy, percent_y = s.length()
    if percent_x or percent_y:
        raise _Invalid
    s.skip_spaces()
    std_dev = 0.0
    start = s.pos
    try:
        value, percent = s.length()
    except _Invalid:
        s.pos = start
    else:
        # A negative or percentage deviation is consumed and ignored (svgtypes parses it, then rejects it).
        if not percent and math.copysign(1.0, value) > 0:
            std_dev = value
        s.skip_spaces()
    if color is None:
        color = s.color()
        s.skip_spaces()
    return FilterFunction("drop-shadow", std_dev, dx, dy, BLACK if color is None else color)


def _function(s: _Scanner) -> FilterFunction | None:
    """One function (None for a url), svgtypes' ``parse_next``."""
    name = s.ident()
    s.skip_spaces()
    s.expect("(")
    s.skip_spaces()
    func: FilterFunction | None
    if name in _AMOUNT_FUNCTIONS:
        func = FilterFunction(name, _amount(s))
    elif name == "hue-rotate":
        func = FilterFunction(name, _angle(s))
    elif name == "blur":
        func = FilterFunction(name, _blur(s))
    elif name == "drop-shadow":
        func = _drop_shadow(s)
    elif name == "url":
        s.expect("#")
        start = s.pos
        while not s.at_end() and s.peek() not in " )":
            s.pos += 1
        if s.pos == start:
            raise _Invalid
        func = None
    else:
        raise _Invalid
    s.skip_spaces()
    s.expect(")")
    s.skip_spaces()
    return func


def _functions(text: str, current_color: Color, current_color_function: bool = False) -> tuple[FilterFunction, ...]:
    s = _Scanner(text, current_color, current_color_function)
    out: list[FilterFunction] = []
    links = 0
    while True:
        s.skip_spaces()
        if s.at_end():
            break
        if s.starts_with("none"):
            s.pos += 4
            s.skip_spaces()
            if s.at_end():
                break
            raise _Invalid
        func = _function(s)
        if func is None:
            links += 1
        else:
            out.append(func)
    if links and not out:
        return HIDDEN
    return tuple(out)


def parse_filter(raw: RawValue, ctx: ValueContext) -> tuple[FilterFunction, ...]:
    """The filter functions of ``raw``; () for none. Raises :class:`StyleFallback` (value () or
    :data:`HIDDEN`) where the reference ignores the filter or hides the element's shapes."""
    if ctx.browser:  # features: browser reads CSS's grammar (Next.js's is svgtypes')
        from pureog.style.filter_css import parse_css_filter  # noqa: PLC0415

        return parse_css_filter(raw, ctx)
    text = raw_text(raw)
    value = declared_value(text)
    try:
        if value is None and text.strip(_SPACES):
            raise _Invalid  # usvg reads no declaration: no filter, reported as an unreadable one
        functions = _functions(value or "", ctx.current_color, ctx.current_color_function)
    except _Invalid:
        raise StyleFallback(f"resvg cannot parse the filter {describe(raw)}",
                            "ignored (no filter), as Next.js ignores it", ()) from None  # fmt: skip
    if functions is HIDDEN:
        raise StyleFallback(f"filter {describe(raw)} links to no filter element",
                            "the element's own shapes are not drawn, as in Next.js", HIDDEN)  # fmt: skip
    if len(functions) > MAX_FILTER_FUNCTIONS:  # each is a group drawn within the one before: Python's stack
        raise LimitError(f"a filter of {len(functions):,} functions, more than {MAX_FILTER_FUNCTIONS} (spec/limits.md)")
    return functions


__all__ = ["FilterFunction", "HIDDEN", "parse_filter"]
