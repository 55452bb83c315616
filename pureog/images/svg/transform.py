"""SVG ``transform`` lists as resvg reads them (svgtypes 0.10): text -> :class:`Affine`, or None.

Role: the parser of the ``transform`` attribute (and of a ``transform`` declaration in an element's
``style``, which usvg treats the same). The grammar is strict: ``name ( numbers )`` items separated by
optional commas, plain SVG numbers without units; ``rotate(10deg)``, ``translate(5px, 5px)`` or
trailing junk make the whole list invalid, and usvg then does not render the element at all (checked
against the reference). Input: the attribute text. Output: the matrix, or None when invalid.
Imports only :mod:`pureog.geometry`.
"""

from __future__ import annotations

import math
import re

from pureog.geometry import IDENTITY, Affine

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_NAME = re.compile(r"[A-Za-z]+")
_SPACES = " \t\n\r\f"
# name -> allowed argument counts
_ARITY = {"matrix": (6,), "translate": (1, 2), "scale": (1, 2), "rotate": (1, 3), "skewX": (1,), "skewY": (1,)}


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _SPACES:
        i += 1
    return i


def _item(name: str, v: list[float]) -> Affine:
    if name == "matrix":
        return Affine(*v)
    if name == "translate":
        return Affine.translate(v[0], v[1] if len(v) > 1 else 0.0)
    if name == "scale":
        return Affine.scale(v[0], v[1] if len(v) > 1 else v[0])
    if name == "rotate":
        t = Affine.rotate(math.radians(v[0]))
        return Affine.translate(v[1], v[2]) @ t @ Affine.translate(-v[1], -v[2]) if len(v) == 3 else t
    if name == "skewX":
        return Affine.skew(math.radians(v[0]), 0.0)
    return Affine.skew(0.0, math.radians(v[0]))


def parse_svg_transform(text: str | None) -> Affine | None:
    """The transform list's matrix (identity when absent or blank), or None when it does not parse."""
    if text is None:
        return IDENTITY
    m = IDENTITY
    i = _skip(text, 0)
    while i < len(text):
        name_match = _NAME.match(text, i)
        if name_match is None or name_match.group() not in _ARITY:
            return None
        name = name_match.group()
        i = _skip(text, name_match.end())
        if i >= len(text) or text[i] != "(":
            return None
        i = _skip(text, i + 1)
        values: list[float] = []
        while i < len(text) and text[i] != ")":
            number = _NUMBER.match(text, i)
            if number is None:
                return None
            values.append(float(number.group()))
            i = _skip(text, number.end())
            if i < len(text) and text[i] == ",":
                i = _skip(text, i + 1)
        if i >= len(text) or len(values) not in _ARITY[name]:
            return None
        if not all(map(math.isfinite, values)):
            return None  # numbers past float range (hostile input): as an unparseable list
        m = m @ _item(name, values)
        if not all(map(math.isfinite, (m.a, m.b, m.c, m.d, m.e, m.f))):
            return None  # numbers past float range (hostile input): as an unparseable list
        i = _skip(text, i + 1)
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
    return m


_FUZZY_ZERO = 4 * 5e-324
"""usvg's ``fuzzy_eq(&0.0)`` on an f64: within 4 ulps of zero (float-cmp's ``approx_eq_ulps``)."""


def paint_transform(m: Affine) -> Affine:
    """A ``gradientTransform`` or ``patternTransform`` as usvg 0.29 reads the attribute (its
    ``FromValue for Transform``): a matrix whose ``get_scale`` is zero on an axis (``hypot(a, c)`` or
    ``hypot(b, d)``: ``scale(0 1)``, ``matrix(0 447 0 -15 0 -380)`` from an optimiser) becomes the
    identity, so the paint is drawn untransformed rather than not at all (icongen seed 1401520)."""
    if math.hypot(m.a, m.c) <= _FUZZY_ZERO or math.hypot(m.b, m.d) <= _FUZZY_ZERO:
        return IDENTITY
    return m
