"""Single-precision rounding: C++ ``float`` stores (Yoga) and Rust ``as f32`` (tiny-skia, resvg); and Rust's
saturating float-to-integer casts (``as i32``, ``as i64``).

The reference lays out and rasterizes in 32-bit floats; where that rounding decides an outcome (a
flex residue's sign, an edge's fixed-point position, a pixel rectangle's width) pureog rounds the same
way through :func:`f32`. Imports nothing from pureog.
"""

from __future__ import annotations

import math
import struct

from pureog import caches

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


_MEMO: dict[float, float] = {}
_memo_get = _MEMO.get
_MEMO_SIZE = 4096
"""Values :func:`f32_memo` keeps; emptied when full (a bounded memo of a pure function)."""


def f32_memo(value: float) -> float:
    """:func:`f32` through a small memo, for callers whose values repeat: Yoga's layout rounds the same
    sizes, bases and offsets again in every pass (the stat grid: ~7,300 roundings a render, of ~240
    values, most of them there from the first render on), and a dict probe is cheaper than the
    ``Struct`` round trip (~110 against ~170 ns a call). Not for the raster, whose values are mostly
    distinct (the text-shadow card: ~314k roundings of ~145k values).

    Zero is never kept (0.0 and -0.0 are one dict key, and f32 keeps the sign), nor NaN (each NaN
    object would be a key of its own); a value equal to a kept one (an int, a bool) has its f32 too."""
    result = _memo_get(value)
    if result is None:
        if value == 0.0 and type(value) is float:
            return value  # +-0.0 is its own float32 (~1,100 of a stat-grid layout's misses: zeros are not kept)
        result = f32(value)
        if result and result == result:
            if len(_MEMO) >= _MEMO_SIZE:
                _MEMO.clear()
            _MEMO[value] = result
    return result


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


caches.register("f32", _MEMO)
