"""The ``filter`` attribute's value list as usvg 0.29 reads it: ``url(#id)`` links and CSS filter functions.

Input: the attribute's text and the element's ``color`` (drop-shadow's default). Output: the list's items in
order, each a link (the id) or a ``<filter>`` element made for a function, or None when the list does not
parse (usvg then draws the element without any filter).

usvg (svgtypes 0.10's FilterValueListParser) reads ``blur()``, ``drop-shadow()``, ``brightness()``,
``contrast()``, ``grayscale()``, ``hue-rotate()``, ``invert()``, ``opacity()``, ``saturate()``, ``sepia()``
and ``url(#id)``, separated by spaces; any item it cannot read (a negative amount, a percentage length, an
unknown function, a unitless non-zero angle, a drop-shadow without offsets) drops the whole list. Each
function becomes a filter of one primitive in sRGB, in objectBoundingBox units whose region is
(-1, -1, 2, 2) for blur and drop-shadow and (-0.1, -0.1, 1.2, 1.2) for the others: blur is a Gaussian
blur, drop-shadow the ``feDropShadow`` primitive (its colour before or after the lengths, else the
element's ``color``), brightness and contrast linear transfers, invert and opacity table transfers,
grayscale and sepia colour matrices (amounts above 1 read as 1), saturate the saturate matrix (not clamped,
unlike ``feColorMatrix``'s), hue-rotate the hueRotate matrix. The filter elements made here go through
:mod:`.filters` as written ones do. Imports the tree's node type and the unit helpers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from pureog.images.svg.svgcolor import color_value
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import length

FilterItem = str | SvgNode
"""An id to look up (a ``url(#id)``), or a ``<filter>`` element made for a function."""

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_LENGTH = re.compile(rf"({_NUMBER})(px|em|ex|in|cm|mm|pt|pc|%)?")
_AMOUNT = re.compile(rf"({_NUMBER})(%)?")
_ANGLE = re.compile(rf"({_NUMBER})(deg|grad|rad|turn)?")
_IDENT = re.compile(r"[a-zA-Z_-][a-zA-Z0-9_-]*")
_COLOR_FUNCTIONS = ("rgb(", "rgba(", "hsl(", "hsla(")
_TURN_TO_DEGREES = {"deg": 1.0, "grad": 0.9, "rad": 180.0 / math.pi, "turn": 360.0}


class _Unreadable(Exception):
    """The list does not parse: usvg drops all of it."""


class _Stream:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r\f":
            self.pos += 1

    def at(self, ch: str) -> bool:
        return self.text.startswith(ch, self.pos)

    def expect(self, ch: str) -> None:
        if not self.at(ch):
            raise _Unreadable
        self.pos += len(ch)

    def match(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        found = pattern.match(self.text, self.pos)
        if found is not None:
            self.pos = found.end()
        return found

    def length(self, positive: bool) -> str:
        found = self.match(_LENGTH)
        if found is None or found.group(2) == "%":
            raise _Unreadable  # lengths in filter functions take no percentages
        if positive and found.group(1).startswith("-"):
            raise _Unreadable
        return found.group(0)

    def amount(self) -> float:
        if self.at(")"):
            return 1.0
        found = self.match(_AMOUNT)
        if found is None:
            raise _Unreadable
        value = float(found.group(1)) / (100.0 if found.group(2) else 1.0)
        if value < 0 or found.group(1).startswith("-"):
            raise _Unreadable
        return value

    def color(self) -> str | None:
        """A colour at the stream (a name, ``#hex`` or a colour function) as svgtypes would read it, or None."""
        start = self.pos
        lower = self.text[start:].lower()
        if self.at("#"):
            end = start + 1
            while end < len(self.text) and self.text[end] in "0123456789abcdefABCDEF":
                end += 1
        elif lower.startswith(_COLOR_FUNCTIONS):
            end = self.text.find(")", start)
            if end < 0:
                return None
            end += 1
        else:
            found = _IDENT.match(self.text, start)
            if found is None:
                return None
            end = found.end()
        text = self.text[start:end]
        if text == "currentColor" or color_value(text, {}) is None:
            return None
        self.pos = end
        return text


def filter_items(text: str, element_color: str) -> list[FilterItem] | None:
    """The items of a ``filter`` value (see the module docstring); None when usvg drops the list."""
    s = _Stream(text)
    items: list[FilterItem] = []
    try:
        s.spaces()
        if s.at("none"):
            s.pos += 4
            s.spaces()
            if s.pos < len(text):
                raise _Unreadable
            return items
        while True:
            s.spaces()
            if s.pos >= len(text):
                return items
            items.append(_item(s, element_color))
    except _Unreadable:
        return None


def _item(s: _Stream, element_color: str) -> FilterItem:
    found = s.match(_IDENT)
    if found is None:
        raise _Unreadable
    name = found.group(0)
    s.spaces()
    s.expect("(")
    s.spaces()
    made: FilterItem
    if name == "url":
        s.expect("#")
        start = s.pos
        while s.pos < len(s.text) and s.text[s.pos] not in " )":
            s.pos += 1
        if s.pos == start:
            raise _Unreadable
        made = s.text[start:s.pos]
    elif name == "blur":
        deviation = "0" if s.at(")") else s.length(positive=True)
        made = _filter(True, SvgNode("feGaussianBlur", {"stdDeviation": _user(deviation)}))
    elif name == "drop-shadow":
        made = _drop_shadow(s, element_color)
    elif name == "hue-rotate":
        degrees = 0.0
        if not s.at(")"):
            angle = s.match(_ANGLE)
            if angle is None or (angle.group(2) is None and float(angle.group(1)) != 0.0):
                raise _Unreadable  # only a zero angle may go without a unit
            degrees = float(angle.group(1)) * _TURN_TO_DEGREES[angle.group(2) or "deg"]
        made = _filter(False, SvgNode("feColorMatrix", {"type": "hueRotate", "values": repr(degrees)}))
    elif name in _AMOUNT_FUNCTIONS:
        made = _filter(False, _AMOUNT_FUNCTIONS[name](s.amount()))
    else:
        raise _Unreadable
    s.spaces()
    s.expect(")")
    return made


def _drop_shadow(s: _Stream, element_color: str) -> SvgNode:
    if s.at(")"):
        raise _Unreadable  # the offsets are required
    color = s.color()
    current = False
    if color is None and s.at("currentColor"):
        s.pos += len("currentColor")
        current = True
    s.spaces()
    dx = s.length(positive=False)
    s.spaces()
    dy = s.length(positive=False)
    s.spaces()
    deviation = "0"
    mark = s.pos
    try:
        deviation = s.length(positive=True)
        s.spaces()
    except _Unreadable:
        s.pos = mark
    if color is None and not current:
        color = s.color()
        if color is None and s.at("currentColor"):
            s.pos += len("currentColor")
    shadow = {"dx": _user(dx), "dy": _user(dy), "stdDeviation": _user(deviation),
              "flood-color": color or element_color}
    return _filter(True, SvgNode("feDropShadow", shadow))


def _user(text: str) -> str:
    """A filter function's length in user units (units as in any SVG length; the default font size)."""
    return repr(length(text, 0.0, 1.0))


def _filter(wide: bool, primitive: SvgNode) -> SvgNode:
    """The ``<filter>`` usvg makes for one function: objectBoundingBox units, one sRGB primitive."""
    primitive.attrs["color-interpolation-filters"] = "sRGB"
    region = ("-1", "-1", "2", "2") if wide else ("-0.1", "-0.1", "1.2", "1.2")
    return SvgNode("filter", dict(zip(("x", "y", "width", "height"), region, strict=True)), [primitive])


def _transfer(r: dict[str, str] | None, a: dict[str, str] | None = None) -> SvgNode:
    funcs = [SvgNode(tag, dict(r)) for tag in ("feFuncR", "feFuncG", "feFuncB")] if r else []
    if a:
        funcs.append(SvgNode("feFuncA", dict(a)))
    return SvgNode("feComponentTransfer", {}, funcs)


def _matrix(rows: tuple[tuple[float, ...], ...]) -> SvgNode:
    values = [*rows[0], 0.0, 0.0, *rows[1], 0.0, 0.0, *rows[2], 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    return SvgNode("feColorMatrix", {"type": "matrix", "values": " ".join(repr(v) for v in values)})


def _mix(identity: tuple[tuple[float, float, float], ...], full: tuple[tuple[float, float, float], ...],
         amount: float) -> SvgNode:
    """The colour matrix between the identity (amount 0) and ``full`` (amount 1; more reads as 1)."""
    t = min(amount, 1.0)
    return _matrix(tuple(tuple(i + (f - i) * t for i, f in zip(ri, rf, strict=True))
                         for ri, rf in zip(identity, full, strict=True)))


_IDENTITY = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
_GRAY = ((0.2126, 0.7152, 0.0722),) * 3
_SEPIA = ((0.393, 0.769, 0.189), (0.349, 0.686, 0.168), (0.272, 0.534, 0.131))


UNCLAMPED = "-pureog-unclamped"
"""An attribute no SVG carries (its name is no XML name), set on the ``feColorMatrix`` a ``saturate()`` makes:
resvg saturates by the function's amount as given, where ``feColorMatrix``'s values are read within 0-1."""


def _saturate(s: float) -> SvgNode:
    return SvgNode("feColorMatrix", {"type": "saturate", "values": repr(s), UNCLAMPED: "1"})


def _linear(slope: float, intercept: float) -> dict[str, str]:
    return {"type": "linear", "slope": repr(slope), "intercept": repr(intercept)}


_AMOUNT_FUNCTIONS: dict[str, Callable[[float], SvgNode]] = {
    "brightness": lambda a: _transfer(_linear(a, 0.0)),
    "contrast": lambda a: _transfer(_linear(a, 0.5 - 0.5 * a)),
    "grayscale": lambda a: _mix(_IDENTITY, _GRAY, a),
    "sepia": lambda a: _mix(_IDENTITY, _SEPIA, a),
    "saturate": _saturate,
    "invert": lambda a: _transfer({"type": "table", "tableValues": f"{min(a, 1.0)!r} {1.0 - min(a, 1.0)!r}"}),
    "opacity": lambda a: _transfer(None, {"type": "table", "tableValues": f"0 {min(a, 1.0)!r}"}),
}
