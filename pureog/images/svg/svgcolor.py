"""Colours and paints inside SVG images, with svgtypes 0.10's grammar (what resvg in Next.js reads).

Input: the text of ``fill``, ``stroke``, ``stop-color``, ``flood-color`` or ``color``. Output:
:class:`~pureog.color.Color` or None (unreadable). resvg does not read SVG colours as CSS does:

* hex with 3, 4, 6 or 8 digits; the named colours of CSS 3 and ``transparent`` (no ``rebeccapurple``),
  in any case;
* ``rgb()``/``rgba()``: the first value decides between numbers (truncated to integers; the others must
  be integers) and percentages (``round(v * 255)``; the others are read as numbers or percentages);
  ``hsl()``/``hsla()``: an integer hue, saturation and lightness as fractions or percentages, channels
  truncated from single-precision maths; values separated by spaces or one comma; an optional alpha
  number (no percentage, no ``/``) truncated to 1/255 steps;
* anything else (``oklch()``, ``hwb()``, ``color()``, ``rgb(0 0 255 / 50%)``, a hue with a unit, an ICC
  colour after the colour) is unreadable.

A colour svgtypes cannot read but CSS can (``rebeccapurple``, ``hsl(120deg ...)``, ``rgb(0 0 255 / 50%)``,
``oklch()``, ``currentcolor`` in lower case) is drawn with its CSS value, as Chromium draws it: Next
paints such a fill black, a deliberate difference as for box colours (spec/differences.md). Text
neither reads is unreadable, and usvg's fallbacks apply: an unreadable ``fill`` paints black, an
unreadable ``stroke`` draws no stroke, an unreadable ``stop-color`` or ``flood-color`` is black, and an
unreadable ``color`` makes ``currentColor`` black (it does not inherit). Imports :mod:`pureog.color`,
:mod:`pureog.f32`, :mod:`pureog.geometry` and :mod:`pureog.style.color`.
"""

from __future__ import annotations

import math

from pureog.color import BLACK, Color
from pureog.errors import PureogError
from pureog.f32 import as_i32
from pureog.geometry import round_half_away
from pureog.style.color import NAMED_COLORS, hsl_to_rgb, parse_color

_SPACES = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_IDENT = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
_NAMED = {name: rgb for name, rgb in NAMED_COLORS.items() if name != "rebeccapurple"}
"""svgtypes 0.10's colour names: CSS's, without CSS Color 4's ``rebeccapurple``."""


class _Invalid(Exception):
    pass


class _Stream:
    """svgtypes' ``Stream``: the few readers its colour parser uses, failing as they fail."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def curr(self) -> str:
        if self.at_end():
            raise _Invalid
        return self.text[self.pos]

    def is_curr(self, c: str) -> bool:
        return not self.at_end() and self.text[self.pos] == c

    def skip_spaces(self) -> None:
        while not self.at_end() and self.text[self.pos] in _SPACES:
            self.pos += 1

    def skip_digits(self) -> None:
        while not self.at_end() and self.text[self.pos] in _DIGITS:
            self.pos += 1

    def consume(self, c: str) -> None:
        if not self.is_curr(c):
            raise _Invalid
        self.pos += 1

    def separator(self) -> None:
        if self.is_curr(","):
            self.pos += 1

    def integer(self) -> int:
        self.skip_spaces()
        start = self.pos
        if self.curr() in "+-":
            self.pos += 1
        if self.curr() not in _DIGITS:
            raise _Invalid
        self.skip_digits()
        value = int(self.text[start : self.pos])
        if not -2147483648 <= value <= 2147483647:
            raise _Invalid
        return value

    def number(self) -> float:
        """svgtypes' ``parse_number`` (an exponent, but not the ``e`` of ``em``/``ex``)."""
        self.skip_spaces()
        start = self.pos
        c = self.curr()
        if c in "+-":
            self.pos += 1
            c = self.curr()
        if c in _DIGITS:
            self.skip_digits()
        elif c != ".":
            raise _Invalid
        if self.is_curr("."):
            self.pos += 1
            self.skip_digits()
        if not self.at_end() and self.text[self.pos] in "eE":
            if self.pos + 1 >= len(self.text):
                raise _Invalid
            if self.text[self.pos + 1] not in "mx":
                self.pos += 1
                if self.curr() in "+-":
                    self.pos += 1
                    self.skip_digits()
                elif self.curr() in _DIGITS:
                    self.skip_digits()
                else:
                    raise _Invalid
        try:
            value = float(self.text[start : self.pos])
        except ValueError:
            raise _Invalid from None
        if not math.isfinite(value):
            raise _Invalid
        return value

    def list_integer(self) -> int:
        if self.at_end():
            raise _Invalid
        n = self.integer()
        self.skip_spaces()
        self.separator()
        return n

    def list_number(self) -> float:
        if self.at_end():
            raise _Invalid
        n = self.number()
        self.skip_spaces()
        self.separator()
        return n

    def list_number_or_percent(self) -> float:
        if self.at_end():
            raise _Invalid
        self.skip_spaces()
        n = self.number()
        if self.is_curr("%"):
            self.pos += 1
            n /= 100.0
        self.skip_spaces()
        self.separator()
        return n


def _bound(v: float) -> float:
    return min(1.0, max(0.0, v))


def _as_u8(v: float) -> int:
    return max(0, min(255, as_i32(v)))


def _alpha(s: _Stream) -> int:
    s.skip_spaces()
    if s.is_curr(")"):
        return 255
    return _as_u8(_bound(s.list_number()) * 255.0)


def _color(s: _Stream) -> Color:
    s.skip_spaces()
    if s.curr() == "#":
        s.pos += 1
        start = s.pos
        while not s.at_end() and s.text[s.pos] in _HEX:
            s.pos += 1
        digits = s.text[start : s.pos]
        if len(digits) in (3, 4):
            digits = "".join(c + c for c in digits)
        elif len(digits) not in (6, 8):
            raise _Invalid
        alpha = int(digits[6:8], 16) if len(digits) == 8 else 255
        return Color(int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), alpha / 255.0)
    start = s.pos
    while not s.at_end() and s.text[s.pos] in _IDENT:
        s.pos += 1
    name = s.text[start : s.pos].lower()
    if name in ("rgb", "rgba"):
        s.consume("(")
        first = s.number()
        percent = s.is_curr("%")
        if percent:
            s.pos += 1
        s.skip_spaces()
        s.separator()
        if percent:
            def from_percent(v: float) -> int:
                return max(0, min(255, as_i32(round_half_away(v * 255.0))))

            rgb = (from_percent(first / 100.0), from_percent(s.list_number_or_percent()),
                   from_percent(s.list_number_or_percent()))
        else:
            rgb = (max(0, min(255, as_i32(first))), max(0, min(255, s.list_integer())),
                   max(0, min(255, s.list_integer())))
        alpha = _alpha(s)
        s.skip_spaces()
        s.consume(")")
        return Color(*rgb, alpha / 255.0)
    if name in ("hsl", "hsla"):
        s.consume("(")
        hue = s.list_integer()
        hue = (int(math.fmod(hue, 360)) + 360) % 360
        saturation = _bound(s.list_number_or_percent())
        lightness = _bound(s.list_number_or_percent())
        rgb = hsl_to_rgb(hue, saturation, lightness, resvg=True)  # svgtypes: f32 maths, channels truncated
        alpha = _alpha(s)
        s.skip_spaces()
        s.consume(")")
        return Color(*rgb, alpha / 255.0)
    if name == "transparent":
        return Color(0, 0, 0, 0.0)
    value = _NAMED.get(name)
    if value is None:
        raise _Invalid
    return Color((value >> 16) & 255, (value >> 8) & 255, value & 255)


def svg_color(text: str | None) -> Color | None:
    """svgtypes' ``Color::from_str``: the whole text one colour (spaces around it allowed), else None."""
    if text is None:
        return None
    s = _Stream(text)
    try:
        color = _color(s)
    except _Invalid:
        return None
    s.skip_spaces()
    return color if s.at_end() else None


def _css_color(text: str, current: Color) -> Color | None:
    try:
        return parse_color(text.strip(), current)
    except PureogError:
        return None


def current_color(st: dict[str, str]) -> Color:
    """What ``currentColor`` is: the ``color`` property, black when unreadable (usvg's fallback)."""
    text = st.get("color", "black")
    return svg_color(text) or _css_color(text, BLACK) or BLACK


def color_value(text: str, st: dict[str, str]) -> Color | None:
    """A ``stop-color``/``flood-color``/paint colour, ``currentColor`` resolved: svgtypes' reading, else
    the CSS one (see the module docstring), else None."""
    if text.strip() == "currentColor":
        return current_color(st)
    found = svg_color(text)
    if found is None and any(c.isalpha() or c == "#" for c in text):
        found = _css_color(text, current_color(st))
    return found
