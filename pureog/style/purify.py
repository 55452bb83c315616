"""Satori's ``purify`` step: every raw style value goes through JavaScript's ``Number()`` before any
parser sees it, except the properties Satori parses itself. The cascade (:mod:`pureog.style.cascade`)
calls :func:`purify` on each author declaration. Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math
import re

from pureog.errors import tolerate
from pureog.jsnum import JS_SPACE, js_number
from pureog.lazy_re import deferred

# Properties whose raw value Satori hands to a parser of its own (``Cl`` in its expand step) instead of
# converting it to a number first; a null or boolean there makes Next throw, as it does here.
OWN_PARSERS = frozenset(("color", "fontFamily", "boxShadow", "transform", "background", "textShadow",
                          "WebkitTextStroke", "textDecorationSkipInk", "border", "borderTop", "borderRight",
                          "borderBottom", "borderLeft"))


# Satori's `optOutPx`: numbers it does not turn into px (React's unitless properties); of these only
# lineHeight keeps the number, the rest get the text as written.
_UNITLESS = frozenset(("flex", "flexGrow", "flexShrink", "flexBasis", "fontWeight", "lineHeight", "opacity",
                       "scale", "scaleX", "scaleY"))
# lineHeight keeps the number; flexGrow and flexShrink keep the text, but Yoga's setters read it with
# Number() again (``"0x1"`` grows).
_NUMBER_SETTERS = frozenset(("lineHeight", "flexGrow", "flexShrink"))
# css-to-react-native's numberOrLengthRe: the numbers it reads from a raw (unitless) value's text
_RN_NUMBER = deferred(r"[+-]?(?:[0-9]*\.)?[0-9]+(?:[eE][+-]?[0-9]+)?(?:px)?", re.IGNORECASE)


def refused_flex_basis(raw: object) -> bool:
    """Whether Next.js lays out a ``flexBasis`` text as no basis (auto): text that ``Number()`` reads
    (``"40."``, ``"1.e1"``, ``"0x10"``) but css-to-react-native does not. flexBasis is one of Satori's
    unitless names, so it keeps the text (no ``40px`` as ``width: '40.'`` becomes); css-to-react-native
    reads only its own number pattern as a number and leaves the rest as text, Satori's length parser
    refuses it (a dot with no digit after it, a number without a unit) and its flexBasis setter warns
    'Invalid value' and hands Yoga NaN: the auto basis."""
    if not isinstance(raw, str):
        return False
    number = js_number(raw)
    return math.isfinite(number) and bool(raw.strip(JS_SPACE)) and not _RN_NUMBER.fullmatch(raw.strip(JS_SPACE))


def purify(name: str, raw: object, path: str = "$") -> object:
    """Satori's ``purify``: every value first goes through JavaScript's ``Number()``, and what it reads
    becomes ``<n>px`` (a number, here). So a null, false or blank value is 0, true is 1, and text such as
    ``" 0x10 "`` or ``"40."`` is a length (16 and 40 px) although CSS reads neither. Properties Satori
    parses itself (colours, shadows, borders, transforms, zIndex) never see it. ``path``: the
    declaration's, for a warning (:func:`refused_flex_basis`)."""
    if name in OWN_PARSERS or name == "zIndex":
        return raw
    if raw is None or raw is False:
        # Number() reads 0, but fontWeight is one of Satori's unitless names, which keep `String(value)`:
        # "null" and "false" reach the weight reader as words it cannot read (the heaviest face)
        return ("null" if raw is None else "false") if name == "fontWeight" else 0
    if raw is True:
        return 1
    if not isinstance(raw, str):
        return raw
    if not raw.strip():
        # `flex` and `fontWeight` opt out of px and keep the text: css-to-react-native reads a blank
        # `flex` with its defaults, 1 1 0, and throws on a blank `fontWeight`.
        return raw if name in ("flex", "fontWeight") else 0
    if name == "flexBasis" and refused_flex_basis(raw):
        tolerate(f"{raw!r} is no flex basis in Next.js (css-to-react-native does not read it as a number): "
                 "the auto basis", path=path)
        return "auto"
    if name in _UNITLESS and name not in _NUMBER_SETTERS:
        return raw  # String(value): the text as written
    number = js_number(raw)
    # `Infinity` stays text, as `Infinitypx` is no length there either; -0 prints as 0 in JavaScript.
    return number + 0.0 if math.isfinite(number) else raw


def reads_as_zero(value: object) -> bool:
    """Whether css-to-react-native hands Satori the number 0 for a purified value: 0 itself, or text its
    number pattern reads as zero (``"0px"``, ``"-0"``, ``"0e3PX"``), a falsy value to Satori's readers."""
    if value.__class__ in (int, float):
        return value == 0
    if isinstance(value, str) and _RN_NUMBER.fullmatch(value.strip(JS_SPACE)):
        return float(value.strip(JS_SPACE).lower().removesuffix("px")) == 0
    return False
