"""The loaded document: plain frozen data produced by :mod:`pureog.document.load`.

An :class:`Element` is the normalized form of both input shapes (React's ``{type, props}`` and the
YAML shorthand). ``style`` holds the author's declarations as written (names already camelCase, values
untouched: numbers or strings); the style layer parses them. ``path`` is the JSONPath-like location
used in every error message. Imports only :mod:`pureog.errors`.
"""

from __future__ import annotations

import math
from typing import Any

from pureog.records import field, record


@record
class Element:
    type: str
    style: tuple[tuple[str, object], ...] = ()
    """Author declarations in source order: ``(camelCaseName, raw value)``; ``--vars`` keep their name."""
    children: tuple[Child, ...] = ()
    attributes: tuple[tuple[str, object], ...] = ()
    """Other props (``src``, ``width``, ``height``, ``lang``, ``viewBox``, ...), as given."""
    path: str = "$"
    """Where this element came from, e.g. ``$.element.props.children[1]``."""
    style_path: str = "$.style"
    """Where the element's style came from (for error messages about one property)."""
    tw: str | None = None
    """Satori's ``tw`` prop as given (Tailwind classes); the style layer merges it under ``style``."""
    style_keys: tuple[str, ...] = ()
    """The style mapping's keys as written, one per ``style`` entry, where one was written otherwise than its
    property name (``stroke_width``, ``border-top-width``) and that matters; empty otherwise. Inside an
    inline ``<svg>`` Satori serializes them as they are (hyphenating capitals); a ``tw`` prop's classes are
    merged under the style by them (``Object.assign``: a kebab-case key is another key than the class's
    camelCase one, so it does not take the class's place); a mapping naming one property twice
    (``borderTopWidth`` and ``border-top-width``) is handed to the oracle with both
    (:mod:`pureog.document.react`)."""

    def attribute(self, name: str, default: object = None) -> object:
        for key, value in self.attributes:
            if key == name:
                return value
        return default


def tree_depth(root: Element) -> int:
    """Levels of elements from ``root`` down (1 for a lone element), walked without recursion."""
    deepest = 0
    stack: list[tuple[Element, int]] = [(root, 1)]
    while stack:
        element, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in element.children if isinstance(child, Element))
    return deepest


def js_number_text(value: int | float) -> str:
    """A number as JavaScript's ``String(n)`` prints it (``3.0`` -> ``"3"``, ``1e-06`` -> ``"0.000001"``,
    ``1.5e-07`` -> ``"1.5e-7"``, NaN, Infinity), which is how React renders numeric children and how
    template placeholders show numbers. ECMAScript's Number::toString: the shortest round-trip digits
    (which ``repr`` also gives), placed by the decimal exponent."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53:
        return str(value)
    value = float(_int_number(value) if isinstance(value, int) else value)  # 10**400 is Infinity, as in JS
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    # n: where the decimal point falls relative to the digits (value = 0.digits x 10^n)
    leading_zeros = len(fraction) - len(fraction.lstrip("0")) if whole == "0" else 0
    n = (len(whole) if whole != "0" else -leading_zeros) + int(exponent or 0)
    digits = digits.rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * -n + digits
    e = n - 1
    head = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{sign}{head}e{'+' if e > 0 else '-'}{abs(e)}"


def plain_number(value: Any) -> Any:
    """``value``, or the int or float a number of another library stands for (numpy's ``int64`` and
    ``float32``, ``Decimal``, ``Fraction``: what Python cards built from data carry, and what a JSON dump
    would have written as a number); complex numbers and everything else unchanged. An integer past
    float range (``10**400``, which Python's JSON and YAML readers give for a 400-digit literal) is
    infinite, as JavaScript reads that literal, so the checks for infinite numbers refuse it."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _int_number(value)
    if value is None or isinstance(value, (str, bool, float, dict, list, tuple)):
        return value  # the common cases, answered before the numbers ABCs are consulted
    import numbers  # noqa: PLC0415

    if isinstance(value, numbers.Integral):
        return _int_number(int(value))
    if isinstance(value, numbers.Real):
        return float(value)
    if isinstance(value, numbers.Number) and not isinstance(value, numbers.Complex):  # Decimal
        return float(value)  # type: ignore[arg-type]  # Decimal has __float__; the ABC does not say so
    return value


def _int_number(value: int) -> int | float:
    """``value``, or an infinity where no float holds it (float() would raise OverflowError)."""
    if value.bit_length() < 1024:
        return value
    try:
        float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
    return value


@record
class Text:
    """A text child (strings and numbers in the tree)."""

    text: str
    path: str = "$"


Child = Element | Text


@record
class FontSource:
    """A font the document provides: raw bytes plus the CSS face it stands for."""

    name: str
    data: bytes
    weight: int = 400
    style: str = "normal"  # "normal" | "italic"
    path: str = "$"
    index: int = 0
    """The face's number in a font collection (TTC/OTC); 0 for a single font."""
    lang: str | None = None
    """Satori's ``lang`` of the entry (one of :data:`pureog.document.locales.LOCALES`): the face is then a
    fallback for text of that locale only, never matched by ``fontFamily`` (spec/text.md, "Languages").
    An empty string (Satori accepts it) makes the face a fallback that ``fontFamily`` never names either,
    ordered with the faces without a ``lang``."""


@record
class Document:
    width: int
    height: int
    root: Element
    fonts: tuple[FontSource, ...] = ()
    emoji: str = "twemoji"
    debug: bool = False
    features: str = "satori"
    """``satori`` (what Next.js draws) or ``browser`` (also what Next.js ignores, as a browser draws it)."""
    source_dir: str | None = field(default=None)
    """Directory of the document file; relative font/image paths resolve against it."""
    image_root: str | None = field(default=None)
    """Directory tree local image files may be read from; None = ``source_dir`` (see pureog.images.source)."""
