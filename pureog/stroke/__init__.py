"""Path stroking as tiny-skia does it: strokes become filled outlines, so the display list needs no stroke.

Role: the package's public face. A :class:`~pureog.path.Path` plus SVG/CSS stroke parameters -> the
outline to fill with the non-zero rule (:func:`stroke_path`), the dashes of a path (:func:`dash_path`),
SVG arcs as cubics (:func:`arc_to_cubics`) and resvg's 1 px hairlines as pixel spans
(:func:`hairline_spans`). One job per module:

* ``contours``: path -> subpaths as curves; the shared point/curve/op types and curve cutting;
* ``dash``: dash patterns and curve measuring (SkDashPath, ContourMeasure);
* ``outline``: flattening, joins, caps and :func:`stroke_path` (SkStroke);
* ``offset``: tiny-skia's quadratic approximation of a curve's offset (SVG strokes, border arcs);
* ``linear``: nearly straight cubics, which tiny-skia strokes as lines (check_cubic_linear);
* ``hairline``: :func:`hairline_spans`;
* ``arc``: :func:`arc_to_cubics` (kurbo's arc subdivision, as resvg).

Imports only :mod:`pureog.path`, :mod:`pureog.errors` and its own modules; never style, layout, text,
document, paint, raster, display or images (tests/test_architecture.py checks this).
"""

from __future__ import annotations

from pureog.arc import arc_to_cubics
from pureog.stroke.contours import Curve, Op, Pt
from pureog.stroke.dash import dash_path
from pureog.stroke.hairline import PixelSpan, hairline_spans
from pureog.stroke.outline import CAPS, JOINS, stroke_path

__all__ = [
    "CAPS",
    "JOINS",
    "Curve",
    "Op",
    "PixelSpan",
    "Pt",
    "arc_to_cubics",
    "dash_path",
    "hairline_spans",
    "stroke_path",
]
