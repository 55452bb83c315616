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
from pureog.style.color import hsl_to_rgb, parse_color

_SPACES = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_IDENT = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
_NAMED = {
    "aliceblue": 0xF0F8FF, "antiquewhite": 0xFAEBD7, "aqua": 0x00FFFF, "aquamarine": 0x7FFFD4, "azure": 0xF0FFFF,
    "beige": 0xF5F5DC, "bisque": 0xFFE4C4, "black": 0x000000, "blanchedalmond": 0xFFEBCD, "blue": 0x0000FF,
    "blueviolet": 0x8A2BE2, "brown": 0xA52A2A, "burlywood": 0xDEB887, "cadetblue": 0x5F9EA0,
    "chartreuse": 0x7FFF00, "chocolate": 0xD2691E, "coral": 0xFF7F50, "cornflowerblue": 0x6495ED,
    "cornsilk": 0xFFF8DC, "crimson": 0xDC143C, "cyan": 0x00FFFF, "darkblue": 0x00008B, "darkcyan": 0x008B8B,
    "darkgoldenrod": 0xB8860B, "darkgray": 0xA9A9A9, "darkgreen": 0x006400, "darkgrey": 0xA9A9A9,
    "darkkhaki": 0xBDB76B, "darkmagenta": 0x8B008B, "darkolivegreen": 0x556B2F, "darkorange": 0xFF8C00,
    "darkorchid": 0x9932CC, "darkred": 0x8B0000, "darksalmon": 0xE9967A, "darkseagreen": 0x8FBC8F,
    "darkslateblue": 0x483D8B, "darkslategray": 0x2F4F4F, "darkslategrey": 0x2F4F4F,
    "darkturquoise": 0x00CED1, "darkviolet": 0x9400D3, "deeppink": 0xFF1493, "deepskyblue": 0x00BFFF,
    "dimgray": 0x696969, "dimgrey": 0x696969, "dodgerblue": 0x1E90FF, "firebrick": 0xB22222,
    "floralwhite": 0xFFFAF0, "forestgreen": 0x228B22, "fuchsia": 0xFF00FF, "gainsboro": 0xDCDCDC,
    "ghostwhite": 0xF8F8FF, "gold": 0xFFD700, "goldenrod": 0xDAA520, "gray": 0x808080, "grey": 0x808080,
    "green": 0x008000, "greenyellow": 0xADFF2F, "honeydew": 0xF0FFF0, "hotpink": 0xFF69B4,
    "indianred": 0xCD5C5C, "indigo": 0x4B0082, "ivory": 0xFFFFF0, "khaki": 0xF0E68C, "lavender": 0xE6E6FA,
    "lavenderblush": 0xFFF0F5, "lawngreen": 0x7CFC00, "lemonchiffon": 0xFFFACD, "lightblue": 0xADD8E6,
    "lightcoral": 0xF08080, "lightcyan": 0xE0FFFF, "lightgoldenrodyellow": 0xFAFAD2, "lightgray": 0xD3D3D3,
    "lightgreen": 0x90EE90, "lightgrey": 0xD3D3D3, "lightpink": 0xFFB6C1, "lightsalmon": 0xFFA07A,
    "lightseagreen": 0x20B2AA, "lightskyblue": 0x87CEFA, "lightslategray": 0x778899,
    "lightslategrey": 0x778899, "lightsteelblue": 0xB0C4DE, "lightyellow": 0xFFFFE0, "lime": 0x00FF00,
    "limegreen": 0x32CD32, "linen": 0xFAF0E6, "magenta": 0xFF00FF, "maroon": 0x800000,
    "mediumaquamarine": 0x66CDAA, "mediumblue": 0x0000CD, "mediumorchid": 0xBA55D3,
    "mediumpurple": 0x9370DB, "mediumseagreen": 0x3CB371, "mediumslateblue": 0x7B68EE,
    "mediumspringgreen": 0x00FA9A, "mediumturquoise": 0x48D1CC, "mediumvioletred": 0xC71585,
    "midnightblue": 0x191970, "mintcream": 0xF5FFFA, "mistyrose": 0xFFE4E1, "moccasin": 0xFFE4B5,
    "navajowhite": 0xFFDEAD, "navy": 0x000080, "oldlace": 0xFDF5E6, "olive": 0x808000, "olivedrab": 0x6B8E23,
    "orange": 0xFFA500, "orangered": 0xFF4500, "orchid": 0xDA70D6, "palegoldenrod": 0xEEE8AA,
    "palegreen": 0x98FB98, "paleturquoise": 0xAFEEEE, "palevioletred": 0xDB7093, "papayawhip": 0xFFEFD5,
    "peachpuff": 0xFFDAB9, "peru": 0xCD853F, "pink": 0xFFC0CB, "plum": 0xDDA0DD, "powderblue": 0xB0E0E6,
    "purple": 0x800080, "red": 0xFF0000, "rosybrown": 0xBC8F8F, "royalblue": 0x4169E1,
    "saddlebrown": 0x8B4513, "salmon": 0xFA8072, "sandybrown": 0xF4A460, "seagreen": 0x2E8B57,
    "seashell": 0xFFF5EE, "sienna": 0xA0522D, "silver": 0xC0C0C0, "skyblue": 0x87CEEB, "slateblue": 0x6A5ACD,
    "slategray": 0x708090, "slategrey": 0x708090, "snow": 0xFFFAFA, "springgreen": 0x00FF7F,
    "steelblue": 0x4682B4, "tan": 0xD2B48C, "teal": 0x008080, "thistle": 0xD8BFD8, "tomato": 0xFF6347,
    "turquoise": 0x40E0D0, "violet": 0xEE82EE, "wheat": 0xF5DEB3, "white": 0xFFFFFF, "whitesmoke": 0xF5F5F5,
    "yellow": 0xFFFF00, "yellowgreen": 0x9ACD32,
}


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
