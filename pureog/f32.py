"""Single-precision rounding: C++ ``float`` stores (Yoga) and Rust ``as f32`` (tiny-skia, resvg).

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
