"""JavaScript's readings of numbers: ``Number()``, ``parseFloat``, ``parseInt`` and IEEE division.

The reference is JavaScript: Satori's ``purify`` passes every style value through ``Number()`` before
css-to-react-native sees it, twrnc reads class names with ``parseFloat``, and Tailwind's arithmetic
divides by zero without raising. Where those readings decide an outcome (``" 0x10 "`` is 16 px,
``"2xl"`` starts with 2) pureog reads the same way through these functions. Imports nothing from pureog.
"""

from __future__ import annotations

import math
import re

JS_SPACE = ("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
            "\u2028\u2029\u202f\u205f\u3000\ufeff")
"""What JavaScript's ``trim`` and ``\\s`` count as white space."""

_FLOAT_PREFIX = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_RADIX = re.compile(r"0([xXoObB])([0-9a-zA-Z]+)")
_INT_PREFIX = re.compile(r"[+-]?[0-9]+")


def parse_float(text: str) -> float:
    """JavaScript's ``parseFloat``: the longest numeric prefix after leading white space, else NaN."""
    match = _FLOAT_PREFIX.match(text.lstrip(JS_SPACE))
    if match is None:
        return math.nan
    return float(match.group().replace("Infinity", "inf"))


def parse_int(text: str) -> float:
    """JavaScript's ``parseInt(text, 10)``: an integer prefix, else NaN."""
    match = _INT_PREFIX.match(text.lstrip(JS_SPACE))
    return float(int(match.group())) if match else math.nan


def js_number(text: str) -> float:
    """JavaScript's ``Number(text)``: the whole trimmed text as a decimal or an unsigned 0x/0o/0b
    literal (``""`` is 0), else NaN."""
    text = text.strip(JS_SPACE)
    if not text:
        return 0.0
    if _FLOAT_PREFIX.fullmatch(text):
        return float(text.replace("Infinity", "inf"))
    radix = _RADIX.fullmatch(text)
    if radix:
        base = {"x": 16, "o": 8, "b": 2}[radix.group(1).lower()]
        try:
            return float(int(radix.group(2), base))
        except ValueError:
            return math.nan
    return math.nan


def js_divide(a: float, b: float) -> float:
    """``a / b`` with IEEE results where Python raises (x/0 is +-Infinity, 0/0 NaN)."""
    if b == 0:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def to_fixed(value: float, digits: int) -> float:
    """``Number(value.toFixed(digits))``: the exact binary value of ``value`` rounded to ``digits``
    decimals, a tie away from zero (``toFixed`` rounds the magnitude and adds the sign, so a negative
    value that rounds to zero is -0). ``1.045`` is 1.04499999999999993 in binary, so it gives 1.04:
    rounding ``1.045 * 100`` (104.5 after the float product) would give 1.05."""
    if not math.isfinite(value):
        return value
    scale: int = 10**digits
    t = abs(value) * scale
    n = math.floor(t + 0.5)
    if abs(t - (n - 0.5)) <= 1e-6 * (1.0 + t):
        # near a tie the float product may have crossed it: decide on the exact value p / q in integers
        p, q = abs(value).as_integer_ratio()
        n = (2 * scale * p + q) // (2 * q)
    r = n / scale
    return -r if value < 0 else r
