"""Transforms as tiny-skia stores and composes them: every component a single-precision float.

Role: :func:`round32` (a double-precision transform as tiny-skia's ``Transform`` holds it) and
:func:`concat32` (tiny-skia's ``concat``, i.e. ``a.pre_concat(b)``: products of f32 values, scale and
translate rows rounded once, the general case through f64 ``mul_add_mul`` then rounded). Where resvg
truncates or rounds a device position (filter regions, pattern tile phases) these decide the pixel.
Imports :mod:`pureog.geometry` and :mod:`pureog.f32` only. (The SVG renderer keeps its own copy:
``images`` must not import ``raster``.)
"""

from __future__ import annotations

from pureog.f32 import f32
from pureog.geometry import Affine


def round32(m: Affine) -> Affine:
    return Affine(f32(m.a), f32(m.b), f32(m.c), f32(m.d), f32(m.e), f32(m.f))


def concat32(a: Affine, b: Affine) -> Affine:
    if a.is_identity:
        return b
    if b.is_identity:
        return a
    if a.b == 0.0 and a.c == 0.0 and b.b == 0.0 and b.c == 0.0:
        return Affine(f32(a.a * b.a), 0.0, 0.0, f32(a.d * b.d), f32(f32(a.a * b.e) + a.e), f32(f32(a.d * b.f) + a.f))
    return Affine(f32(a.a * b.a + a.c * b.b), f32(a.b * b.a + a.d * b.b), f32(a.a * b.c + a.c * b.d),
                  f32(a.b * b.c + a.d * b.d), f32(f32(a.a * b.e + a.c * b.f) + a.e),
                  f32(f32(a.b * b.e + a.d * b.f) + a.f))


def near(a: Affine, b: Affine) -> bool:
    """Whether two transforms agree to single precision (a display list drawn as it was built)."""
    return all(abs(x - y) <= 1e-5 * (1.0 + abs(y)) for x, y in zip((a.a, a.b, a.c, a.d, a.e, a.f),
                                                                   (b.a, b.b, b.c, b.d, b.e, b.f), strict=True))
