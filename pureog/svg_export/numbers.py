"""Numbers, transforms and colours as short SVG attribute text.

Role: floats -> compact, deterministic text (fixed decimal places, no trailing zeros, no leading zero:
``0.5`` -> ``.5``, ``-0`` -> ``0``), :class:`~pureog.geometry.Affine` -> a ``transform`` value and
:class:`~pureog.color.Color` -> ``#rrggbb`` plus an opacity. Imports only geometry and color.

Precision: path coordinates keep 3 decimals (a thousandth of a pixel, far below what anti-aliasing
resolves), the linear part of a transform 6 (a rotation's cosine times 1000 px must stay within a
thousandth), everything that decides whole pixels (filter regions, pixel-centre fills) 5.
"""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.geometry import Affine

COORD = 3
"""Decimals of path coordinates and gradient geometry."""
EXACT = 5
"""Decimals of values that pick whole pixels: filter regions, crisp fills, image rectangles, offsets."""
LINEAR = 6
"""Decimals of a transform's linear part."""
UNIT = 4
"""Decimals of opacities, stop offsets and deviations."""


def num(v: float, places: int = COORD) -> str:
    """``v`` rounded to ``places`` decimals, as short as SVG's number grammar allows."""
    if not math.isfinite(v):
        return "0"
    text = f"{v:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("0."):
        text = text[1:]
    elif text.startswith("-0."):
        text = "-" + text[2:]
    return "0" if text in ("-0", "") else text


def nums(values: tuple[float, ...] | list[float], places: int = COORD) -> str:
    """Numbers separated by single spaces."""
    return " ".join(num(v, places) for v in values)


def transform(m: Affine) -> str | None:
    """A ``transform`` attribute value, or None for the identity: ``translate``, ``scale`` or ``matrix``."""
    if m.b == 0.0 and m.c == 0.0:
        if m.a == 1.0 and m.d == 1.0:
            if m.e == 0.0 and m.f == 0.0:
                return None
            return f"translate({num(m.e, EXACT)} {num(m.f, EXACT)})" if m.f != 0.0 else f"translate({num(m.e, EXACT)})"
        if m.e == 0.0 and m.f == 0.0:
            return f"scale({num(m.a, LINEAR)})" if m.a == m.d else f"scale({num(m.a, LINEAR)} {num(m.d, LINEAR)})"
    linear = nums((m.a, m.b, m.c, m.d), LINEAR)
    return f"matrix({linear} {num(m.e, EXACT)} {num(m.f, EXACT)})"


def hex_color(c: Color) -> str:
    """``#rgb`` when each channel repeats a digit, else ``#rrggbb`` (alpha is separate in SVG)."""
    text = f"{c.r:02x}{c.g:02x}{c.b:02x}"
    if text[0] == text[1] and text[2] == text[3] and text[4] == text[5]:
        return "#" + text[0::2]
    return "#" + text


def alpha(c: Color) -> str | None:
    """The colour's opacity for ``fill-opacity``/``stop-opacity``/``flood-opacity``, None when opaque.

    Written as the 8-bit alpha over 255 (what the rasterizer uses) to 4 decimals, so a renderer's
    ``round(a * 255)`` gives back that byte exactly."""
    a8 = c.rgba8()[3]
    return None if a8 >= 255 else num(a8 / 255.0, UNIT)


def opacity(v: float) -> str | None:
    """A group opacity, None when 1."""
    return None if v >= 1.0 else num(max(0.0, v), UNIT)
