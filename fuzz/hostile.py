"""Values and strings that hurt, shared by the document and template targets.

Each helper draws from a ``random.Random``; the pools mix ordinary values (so that cases get past the
first check and reach deep code) with hostile ones: huge, tiny, negative, NaN/infinite numbers, weird
units, control characters, lone surrogates, very long text, deep nesting.
"""

from __future__ import annotations

import random
import re
from typing import Any

NUMBERS: tuple[float, ...] = (
    0, 1, -1, 0.5, 2, 10, 16, 100, 1200, 1e3, 1e6, 1e9, 1e12, 1e18, 1e300, 1e308, -1e308, 1.7976931348623157e308,
    -1e9, -0.0, 1e-9, 5e-324, 2**31, 2**53 + 1, -(2**31), 65535, 65536,
    float("nan"), float("inf"), float("-inf"),
    10**400, -(10**400),  # what Python's JSON/YAML readers give for a 400-digit literal: past float range
)
UNITS = ("", "px", "%", "em", "rem", "vw", "vh", "vmin", "vmax", "pt", "pc", "in", "cm", "mm", "q", "deg", "rad",
         "turn", "grad", "s", "fr", "px px", "e", "E5", "x", "%%")
WORDS = ("auto", "none", "normal", "inherit", "initial", "unset", "currentColor", "transparent", "red", "#abc",
         "#12345678", "rgb(1 2 3 / 50%)", "hsl(1e9 200% -5%)", "solid", "dashed", "dotted", "double", "inset",
         "center", "top", "left", "cover", "contain", "repeat", "no-repeat", "ellipsis", "break-all",
         "break-word", "bold", "italic", "underline", "line-through", "/", ",", "(", ")", "var(--a)",
         "var(--a, var(--b))", "calc(1px + 2px)", "url(x.png)", "url()", "!important")
FUNCTIONS = ("linear-gradient", "radial-gradient", "repeating-linear-gradient", "repeating-radial-gradient",
             "rotate", "scale", "translate", "translateX", "skew", "skewY", "matrix", "circle", "ellipse",
             "inset", "polygon", "blur", "drop-shadow", "brightness", "hue-rotate", "rgb", "rgba", "hsl",
             "var", "calc", "url")
TEXTS = ("", " ", "Hello world", "a\nb\tc\r\n", "\u00a0\u200b\u2028\u2029", "漢字テキスト", "👋🏽 👨‍👩‍👧 🏳️‍🌈",
         "\x00\x01\x07\x1b[31m\x7f", "\ud800", "x\udfffy", "\ufeff\ufffe\uffff", "\u0301\u0301\u0301",
         "אבג ابت", "W" * 200, "https://example.com/" + "a/" * 100, "-" * 50, "{{ x }}", "$each")


def number(rng: random.Random) -> float:
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(NUMBERS)
    if roll < 0.8:
        return round(rng.uniform(-50, 300), rng.choice((0, 0, 1, 3)))
    return rng.choice((-1, 1)) * 10 ** rng.uniform(-10, 308)


def number_text(rng: random.Random) -> str:
    value = number(rng)
    text = repr(value) if rng.random() < 0.7 or isinstance(value, int) else f"{value:.3g}"
    text = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}.get(text, text)
    return text + rng.choice(UNITS)


def text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:
        return rng.choice(TEXTS)
    if roll < 0.8:
        return "".join(chr(rng.choice((rng.randrange(0x20, 0x7F), rng.randrange(0, 0x3000),
                                       rng.randrange(0, 0x110000)))) for _ in range(rng.randrange(1, 30)))
    if roll < 0.95:
        return " ".join(rng.choice(TEXTS[:8]) for _ in range(rng.randrange(1, 20)))
    if roll < 0.97:
        return rng.choice("ab 漢\u00ad-") * rng.choice((1000, 20000, 200000))
    return rng.choice(("\ta\t", "\t", "a\tb ")) * rng.choice((100, 2000, 4000))  # tab words double in width


def sane_number(rng: random.Random) -> float:
    return rng.choice((0, 1, 2, 4, 8, 10, 16, 20, 32, 50, 64, 100, 0.5, 1.5, -4))


def css_value(rng: random.Random, keywords: tuple[str, ...] = (), hostility: float = 0.3) -> Any:
    """One CSS value: a keyword of the property, numbers with units, functions, lists or garbage;
    ``hostility`` is the chance of a hostile value (else ordinary ones, to get past the first check)."""
    if rng.random() >= hostility:
        roll = rng.random()
        if roll < 0.4 and keywords:
            return rng.choice(keywords)
        if roll < 0.7:
            return sane_number(rng)
        if roll < 0.85:
            units = ("px", "%", "em", "")
            return " ".join(f"{sane_number(rng)}{rng.choice(units)}" for _ in range(rng.randrange(1, 4)))
        return function(rng, depth=1)
    roll = rng.random()
    if roll < 0.15 and keywords:
        return rng.choice(keywords)
    if roll < 0.35:
        return number(rng)
    if roll < 0.55:
        return " ".join(number_text(rng) if rng.random() < 0.6 else rng.choice(WORDS + keywords)
                        for _ in range(rng.randrange(1, 6)))
    if roll < 0.75:
        return function(rng, depth=2)
    if roll < 0.85:
        return ", ".join(str(css_value(rng, keywords, hostility)) for _ in range(rng.randrange(1, 4)))
    if roll < 0.97:
        return text(rng)
    return rng.choice((None, True, False, [], {}, [1, 2], {"a": 1}))


def function(rng: random.Random, depth: int) -> str:
    name = rng.choice(FUNCTIONS)
    if name == "polygon" and rng.random() < 0.2:
        count = rng.choice((3, 100, 10_000, 100_000))
        return "polygon(" + ", ".join(f"{rng.randrange(-9, 99)}% {rng.randrange(-9, 99)}px" for _ in range(count)) + ")"
    args = []
    for _ in range(rng.randrange(0, 7)):
        roll = rng.random()
        if roll < 0.5:
            args.append(number_text(rng))
        elif roll < 0.8:
            args.append(rng.choice(WORDS))
        elif depth > 0:
            args.append(function(rng, depth - 1))
    separator = rng.choice((", ", " ", ","))
    return f"{name}({separator.join(args)}{')' if rng.random() < 0.95 else ''}"


def keywords_of(values: str) -> tuple[str, ...]:
    """The keywords named in a property table entry's ``values`` description."""
    values = re.sub(r"<[^>]*>|\([^)]*\)", " ", values)
    return tuple(w for w in re.findall(r"-?[a-z][a-z-]*", values) if len(w) > 1 and w not in _PROSE)


_PROSE = frozenset("length lengths percentage percentages number colour colours any list comma names name per layer "
                   "optionally second vertical allowed both see longhands spaces space-separated one as of or and "
                   "number of".split())
