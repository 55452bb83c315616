"""Colour utilities of Satori's twrnc: ``bg-``, ``text-``, ``border-``, ``shadow-``, ``tint-`` colours.

A colour comes from the theme (``red-500``, ``white``, nested names split at dashes) or from brackets
that start with ``[#`` or ``[rgb`` (``bg-[#ff0000]``; ``bg-[red]`` is not a colour to twrnc). A
``/50`` modifier gives the colour alpha 0.5 at once; without one, the colour waits for the end of the
class list, where a ``bg-opacity-50`` (any order) sets its alpha. Alpha is written by rewriting the
colour as ``rgba(r, g, b, a)`` text, as twrnc does (8-digit hex is not understood: it becomes black).

Input -> output: (utility, value text) -> an IR (``Complete`` or ``Dependent``) or None.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from pureog.jsnum import js_number
from pureog.style.tailwind.ir import Complete, Dependent, Ir, Style
from pureog.style.tailwind.units import number_text

COLOR_KEYS: dict[str, tuple[str, str]] = {
    # utility -> (its opacity key, its colour property)
    "bg": ("__opacity_bg", "backgroundColor"),
    "text": ("__opacity_text", "color"),
    "border": ("__opacity_border", "borderColor"),
    "borderTop": ("__opacity_border", "borderTopColor"),
    "borderBottom": ("__opacity_border", "borderBottomColor"),
    "borderLeft": ("__opacity_border", "borderLeftColor"),
    "borderRight": ("__opacity_border", "borderRightColor"),
    "shadow": ("__opacity_shadow", "shadowColor"),
    "tint": ("__opacity_tint", "tintColor"),
}
OPACITY_PREFIX = "__opacity_"

_SHORT_HEX = re.compile(r"^#?([a-f\d])([a-f\d])([a-f\d])$", re.IGNORECASE | re.ASCII)
_LONG_HEX = re.compile(r"^#?([a-f\d]{2})([a-f\d]{2})([a-f\d]{2})$", re.IGNORECASE | re.ASCII)
# twrnc's /, ?\d*\.?(\d+)\)$/ written unambiguously (the same numbers: digits, or digits, a dot and
# digits): the original splits a run of n digits between its two digit classes in n ways each time the
# ")" is missing (an arbitrary colour of 20,000 digits with an opacity: 4.9 s a class).
_ALPHA_TAIL = re.compile(r", ?(?:\d*\.)?\d+\)$", re.ASCII)


def theme_color(name: str, palette: Mapping[str, Any]) -> str:
    """``red-500`` -> ``#ef4444``: the name, or a dashed prefix naming a nested palette ("" if none)."""
    value = palette.get(name)
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("DEFAULT"), str):
        return str(value["DEFAULT"])
    head, *rest = name.split("-")
    # A head longer than every key names nothing, nor does any longer one: twrnc tries each dashed prefix,
    # each built and hashed anew (a 100,000-character class of dashes took 5.2 s); the same answer.
    longest = max((len(key) for key in palette if isinstance(key, str)), default=0)
    rest.reverse()  # popped from the end: the next part of the name
    while head != name and len(head) <= longest:
        nested = palette.get(head)
        if isinstance(nested, Mapping):
            rest.reverse()
            return theme_color("-".join(rest), nested)
        if not rest:
            return ""
        head = f"{head}-{rest.pop()}"
    return ""


def with_alpha(color: str, alpha: float, warnings: list[str]) -> str:
    """twrnc's ``addOpacity``: hex and ``rgb(`` colours rewritten as ``rgba(..., alpha)``; others kept."""
    if color.startswith("#"):
        color = _hex_to_rgba(color, warnings)
    elif color.startswith("rgb("):
        color = "rgba(" + color[4:]
        color = color[:-1] + ", 1)" if color.endswith(")") else color
    return _ALPHA_TAIL.sub(f", {number_text(alpha)})", color, count=1)


def _hex_to_rgba(color: str, warnings: list[str]) -> str:
    original = color
    color = _SHORT_HEX.sub(lambda m: m.group(1) * 2 + m.group(2) * 2 + m.group(3) * 2, color)
    match = _LONG_HEX.match(color)
    if match is None:
        warnings.append(f"invalid config hex color value: {original}")
        return "rgba(0, 0, 0, 1)"
    r, g, b = (int(match.group(i), 16) for i in (1, 2, 3))
    return f"rgba({r}, {g}, {b}, 1)"


def color_utility(utility: str, value: str, palette: Mapping[str, Any] | None, warnings: list[str]) -> Ir | None:
    """``bg-red-500``, ``text-[#f00]/50``, ...: the colour of ``utility`` (a key of COLOR_KEYS)."""
    if palette is None:
        return None
    modifier = ""
    if "/" in value:
        value, modifier = (value.split("/") + [""])[:2]
    if value.startswith(("[#", "[rgb")):
        color = value[1:-1]
    else:
        color = theme_color(value, palette)
    if not color:
        return None
    opacity_key, color_key = COLOR_KEYS[utility]
    if modifier:
        percent = js_number(modifier)
        if not math.isnan(percent):
            return Complete({color_key: with_alpha(color, percent / 100, warnings)})

    def complete(style: Style) -> str | None:
        alpha = style.get(opacity_key)
        final = color
        if isinstance(alpha, float | int) and not isinstance(alpha, bool):
            final = with_alpha(color, float(alpha), warnings)
        style[color_key] = final
        return None

    return Dependent(complete)
