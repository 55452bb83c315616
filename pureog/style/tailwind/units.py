"""Numbers and lengths in Tailwind class names, read the way Satori's twrnc reads them.

twrnc turns a class's value part (``4``, ``2.5``, ``1/2``, ``[13px]``, ``1.5rem`` from the theme) into a
React Native style value: a number of px or a ``"50%"`` string. Its grammar has quirks that change
output, reproduced here on purpose: a bare number is a *quarter rem* (``w-13`` is 52 px, while the
bracketed ``p-[13]`` is 13 px), ``rem`` is always 16 px, units other than rem/px/em/%/vw/vh make the
value invalid, and numbers are read with JavaScript's ``parseFloat`` (``"2xl"`` starts with 2).

Input -> output: value text -> ``float | str | None`` (None: not a value). Pure functions; imports
only the document layer's number printer.
"""

from __future__ import annotations

import math
import re
from enum import StrEnum

from pureog.document.model import js_number_text
from pureog.jsnum import js_divide, parse_float
from pureog.records import record

Value = float | str
"""A twrnc style value: px as a number, or a string such as ``"50%"``, ``"auto"``, a colour."""


class Unit(StrEnum):
    REM = "rem"
    EM = "em"
    PX = "px"
    PERCENT = "%"
    VW = "vw"
    VH = "vh"
    NONE = ""


@record
class Viewport:
    """twrnc's window dimensions (Satori gives it the canvas size)."""

    width: float
    height: float


# twrnc's /([a-z]{2,}|%)$/; the letters are matched only from the start of their run (the look-behind,
# the same leftmost match): searched from every letter of a 20,000-letter arbitrary value ending in a
# digit, the run was scanned again from each one (1.5 s a class, a `tw` of ten such 15 s).
_UNIT_SUFFIX = re.compile(r"((?<![a-z])[a-z]{2,}|%)\Z")


def number_text(value: float) -> str:
    """A number as JavaScript prints it inside a template string."""
    return js_number_text(int(value) if value.is_integer() and abs(value) < 1e21 else value)


def parse_unit(text: str, *, fractions: bool = False) -> tuple[float, Unit] | None:
    """A number and its unit (twrnc's ``parseNumericValue``); ``fractions`` reads ``a/b`` as a ratio."""
    if fractions and "/" in text:
        numerator, denominator = (text.split("/") + [""])[:2]
        top, bottom = parse_unit(numerator), parse_unit(denominator)
        if top is None or bottom is None:
            return None
        return js_divide(top[0], bottom[0]), bottom[1]
    number = parse_float(text)
    if math.isnan(number):
        return None
    suffix = _UNIT_SUFFIX.search(text)
    if suffix is None:
        return number, Unit.NONE
    unit = suffix.group(1)
    return (number, Unit(unit)) if unit in ("rem", "px", "em", "%", "vw", "vh") else None


def to_value(number: float, unit: Unit, *, negative: bool = False, viewport: Viewport | None = None,
             warn: list[str] | None = None) -> Value | None:
    """A number in a unit -> a style value (twrnc's ``toStyleVal``): rem x16, px and unitless as
    numbers, ``%`` as text; vw/vh need the viewport; em has no value on its own."""
    sign = -1.0 if negative else 1.0
    if unit is Unit.REM:
        return number * 16 * sign
    if unit is Unit.PX or unit is Unit.NONE:
        return number * sign
    if unit is Unit.PERCENT:
        return f"{'-' if negative else ''}{number_text(number)}%"
    if unit is Unit.VW or unit is Unit.VH:
        if viewport is None:
            if warn is not None:
                warn.append(f"`{unit}` CSS unit requires configuration with `useDeviceContext()`")
            return None
        side = viewport.width if unit is Unit.VW else viewport.height
        return side * (number / 100)
    return None


def style_value(text: str | float | None, *, fractions: bool = False, negative: bool = False,
                viewport: Viewport | None = None) -> Value | None:
    """A theme or arbitrary value -> a style value (twrnc's ``parseStyleVal``)."""
    if text is None:
        return None
    parsed = parse_unit(text if isinstance(text, str) else number_text(text), fractions=fractions)
    if parsed is None:
        return None
    return to_value(*parsed, negative=negative, viewport=viewport)


def scale_value(text: str, *, negative: bool = False, viewport: Viewport | None = None) -> Value | None:
    """A value written in a class name (twrnc's ``parseUnconfigged``): ``px`` is 1, a bare number is a
    quarter rem, ``a/b`` a percentage, ``[...]`` the bracketed text."""
    if "/" in text:
        value = _unconfigged(text, fractions=True, negative=negative, viewport=viewport)
        if value:  # 0 falls through, as in JavaScript
            return value
    if text.startswith("["):
        text = text[1:-1]
    return _unconfigged(text, fractions=False, negative=negative, viewport=viewport)


def _unconfigged(text: str, *, fractions: bool, negative: bool, viewport: Viewport | None) -> Value | None:
    if text == "px":
        return 1.0
    parsed = parse_unit(text, fractions=fractions)
    if parsed is None:
        return None
    number, unit = parsed
    if fractions:
        number, unit = number * 100, Unit.PERCENT
    if unit is Unit.NONE:
        number, unit = number / 4, Unit.REM
    return to_value(number, unit, negative=negative, viewport=viewport)


def screen_px(text: str) -> float | None:
    """A breakpoint width from the theme (rem or px only)."""
    parsed = parse_unit(text)
    if parsed is None:
        return None
    number, unit = parsed
    if unit is Unit.REM:
        return number * 16
    return number if unit is Unit.PX else None
