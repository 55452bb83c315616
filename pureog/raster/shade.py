"""Shaders: non-solid paints -> rows of premultiplied RGBA8 source pixels.

Role: :func:`make_shader` turns a LinearGradientPaint, RadialGradientPaint, ConicGradientPaint or
ImagePaint (defined in the filled path's space) plus the device transform into ``shader(x0, y, n) ->
bytes`` giving the source colour at the centres of device pixels ``x0 .. x0+n`` on row ``y``.
Blending happens in :mod:`blend`.

Gradients: delegated to :mod:`pureog.raster.gradient` (lookup tables, ramp windows, spread methods).
Patterns (:class:`PatternPaint`) are rendered to a tile by :mod:`pureog.raster.render` and sampled by
:func:`pureog.raster.gradient.pattern_shader`.

Images: delegated to :mod:`pureog.raster.image` (tiny-skia's nearest/bilinear/bicubic pattern sampling).
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog.display import ConicGradientPaint, ImagePaint, LinearGradientPaint, Paint, RadialGradientPaint
from pureog.geometry import Affine

Shader = Callable[[int, int, int], bytes]


def make_shader(paint: Paint, m: Affine) -> Shader | None:
    """A row shader for ``paint`` under the device transform ``m``; None when nothing can show."""
    try:
        inv = (m @ paint.transform).inverse()  # type: ignore[union-attr]
    except ZeroDivisionError:
        return None
    if not all(math.isfinite(v) for v in (inv.a, inv.b, inv.c, inv.d, inv.e, inv.f)):
        # A paint mapped through a (nearly) degenerate box, e.g. objectBoundingBox units on a rect
        # 1e-320 px high: its inverse overflows, and like a singular one it shows nothing.
        return None
    if isinstance(paint, LinearGradientPaint):
        from pureog.raster.gradient import linear_shader  # noqa: PLC0415  (each paint's module loads on use)

        return linear_shader(paint, inv, m)
    if isinstance(paint, RadialGradientPaint):
        from pureog.raster.gradient import radial_shader  # noqa: PLC0415  (each paint's module loads on use)

        return radial_shader(paint, inv, m)
    if isinstance(paint, ConicGradientPaint):
        from pureog.raster.conic import conic_shader  # noqa: PLC0415  (each paint's module loads on use)

        return conic_shader(paint, inv)
    if isinstance(paint, ImagePaint):
        from pureog.raster.image import image_shader  # noqa: PLC0415  (each paint's module loads on use)

        return image_shader(paint, inv)
    return None
