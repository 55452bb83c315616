"""SVG strokes at most 1 device px wide, drawn as resvg draws them: tiny-skia hairlines.

Role: tiny-skia strokes a path whose width, mapped by the drawing transform, is at most 1 px (its
``fast_len``) as an anti-aliased hairline with the paint's alpha scaled by that width, instead of
filling an outline (``treat_as_hairline``). This module decides that for an SVG shape and turns the
hairline's pixel blits (:mod:`pureog.stroke.hairline_aa`) into rectangles in the shape's user space.
Input: the shape's path, stroke width, cap and dashes, its solid, gradient or pattern paint and the
user-to-canvas matrix (tiny-skia takes the hairline path for any shader, sampled at each blitted pixel).
Output: display nodes, or None when the stroke is not a hairline (then the caller fills the stroke
outline). Under a rotation or skew each device pixel rectangle becomes a parallelogram in user space,
which the drawing matrix maps back onto the pixel exactly. Imports display, geometry, path and stroke.
"""

from __future__ import annotations

from collections.abc import Sequence

from pureog.display import FillPath, LinearGradientPaint, Node, PatternPaint, RadialGradientPaint, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.path import Path, PathBuilder, rect_path
from pureog.records import replace
from pureog.stroke import dash_path
from pureog.stroke.hairline_aa import coverage_alpha, hairline_blits, merged_blits


def _fast_len(x: float, y: float) -> float:
    x, y = abs(x), abs(y)
    if x < y:
        x, y = y, x
    return x + y / 2


def hairline_coverage(width: float, m: Affine) -> float | None:
    """tiny-skia ``treat_as_hairline``: the hairline's coverage, or None for an ordinary stroke."""
    if width == 0.0:
        return 1.0
    len0 = _fast_len(width * m.a, width * m.b)
    len1 = _fast_len(width * m.c, width * m.d)
    if len0 <= 1.0 and len1 <= 1.0:
        return (len0 + len1) / 2
    return None


def hairline_stroke_nodes(
    path: Path, width: float, cap: str, dashes: Sequence[float] | None, dash_offset: float,
    paint: SolidPaint | LinearGradientPaint | RadialGradientPaint | PatternPaint, m: Affine,
) -> list[Node] | None:
    """The hairline of ``path`` (user space) drawn through ``m`` (user -> canvas), as user-space nodes.

    A gradient or pattern ``paint`` keeps its geometry; each group of pixels gets the gradient with its stops'
    alphas scaled by the group's alpha, as tiny-skia scales the shader's opacity and then each blit's
    coverage (exact for opaque stops; where translucent stops meet a pixel blitted twice, the fold of
    the blits' alphas differs from tiny-skia's by the stops' alpha, well under a level)."""
    coverage = hairline_coverage(width, m)
    if coverage is None or m.a * m.d - m.b * m.c == 0.0:
        return None
    inverse = m.inverse()
    if dashes:
        path = dash_path(path, dashes, dash_offset, m.resolution_scale)
    blits = hairline_blits(path.transformed(m).segments, cap)
    # the paint's own opacity (a colour's alpha, a pattern's shader opacity; a gradient's is in its stops)
    # scaled by the width, as tiny-skia scales the shader's opacity before blitting the hairline
    own = 1.0
    if isinstance(paint, SolidPaint):
        own = paint.color.a
    elif isinstance(paint, PatternPaint):
        own = paint.opacity
    opacity = own * coverage_alpha(coverage)
    out: list[Node] = []
    for alpha, rects in sorted(merged_blits(blits, opacity).items()):
        b = PathBuilder()
        for x, y, w, h in rects:
            if m.b == 0.0 and m.c == 0.0:  # axis-aligned: the rectangle stays one
                x0, x1 = sorted(((x - m.e) / m.a, (x + w - m.e) / m.a))
                y0, y1 = sorted(((y - m.f) / m.d, (y + h - m.f) / m.d))
                b.extend(rect_path(Rect(x0, y0, x1 - x0, y1 - y0)))
                continue
            corners = [inverse.apply(px, py) for px, py in ((x, y), (x + w, y), (x + w, y + h), (x, y + h))]
            b.move_to(*corners[0])
            for corner in corners[1:]:
                b.line_to(*corner)
            b.close()
        out.append(FillPath(b.build(), _with_alpha(paint, alpha / 255)))
    return out


def _with_alpha(
    paint: SolidPaint | LinearGradientPaint | RadialGradientPaint | PatternPaint, alpha: float,
) -> SolidPaint | LinearGradientPaint | RadialGradientPaint | PatternPaint:
    """``paint`` drawn with ``alpha``: a solid colour's alpha or a pattern's opacity (its pixel rectangles
    are wholly covered, so no edge coverage replaces it), or each gradient stop's alpha scaled by it."""
    if isinstance(paint, SolidPaint):
        return SolidPaint(paint.color.with_alpha(alpha))
    if isinstance(paint, PatternPaint):
        return replace(paint, opacity=alpha)
    stops = tuple(replace(stop, color=stop.color.with_alpha(stop.color.a * alpha)) for stop in paint.stops)
    return replace(paint, stops=stops)
