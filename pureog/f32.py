"""Single-precision rounding: C++ ``float`` stores (Yoga) and Rust ``as f32`` (tiny-skia, resvg); and Rust's
saturating float-to-integer casts (``as i32``, ``as i64``).

The reference lays out and rasterizes in 32-bit floats; where that rounding decides an outcome (a
flex residue's sign, an edge's fixed-point position, a pixel rectangle's width) pureog rounds the same
way through :func:`f32`. Imports nothing from pureog.
"""

from __future__ import annotations

import math
import struct

_F32 = struct.Struct("<f")
_pack = _F32.pack
_unpack = _F32.unpack


def f32(value: float) -> float:
    """``value`` rounded to the nearest IEEE single; beyond its range, a signed infinity; NaN stays.

    (Bound methods of one ``Struct`` are the cheapest round trip CPython offers; ``array('f')`` is
    slower for one value.)"""
    try:
        return _unpack(_pack(value))[0]  # type: ignore[no-any-return]
    except OverflowError:
        return math.copysign(math.inf, value)


def as_i32(value: float) -> int:
    """Rust's ``value as i32``: truncation toward zero, saturating at the type's range; NaN is 0."""
    if value != value:
        return 0
    return int(max(-2147483648.0, min(2147483647.0, value)))


def as_i64(value: float) -> int:
    """Rust's ``value as i64``: truncation toward zero, saturating at the type's range; NaN is 0."""
    if value != value:
        return 0
    if value >= 9.223372036854775807e18:
        return 9223372036854775807
    if value <= -9.223372036854775808e18:
        return -9223372036854775808
    return int(value)
