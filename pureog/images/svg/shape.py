"""SVG shapes -> fills and strokes: ``path``, ``rect`` (rx/ry), ``circle``, ``ellipse``, ``line``,
``polyline``, ``polygon``.

Input: the shape element, its inherited state, the context and the drawing scale. Output: display
nodes (FillPaths; strokes become filled outlines via :mod:`pureog.stroke`, or tiny-skia hairlines when
at most 1 device px wide). ``paint-order`` is read as svgtypes 0.10 reads it (:func:`paint_order`): the
stroke goes first when it precedes the fill; where the markers go is the renderer's. Imports display,
path, stroke and the renderer's helpers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from pureog.display import (
    FillPath,
    FillRule,
    LinearGradientPaint,
    Node,
    Paint,
    PatternPaint,
    RadialGradientPaint,
    SolidPaint,
)
from pureog.errors import PureogError
from pureog.geometry import IDENTITY, Rect
from pureog.images.svg.context import Context, charge, diagonal, sane_bounds
from pureog.images.svg.paint import resolve_paint
from pureog.images.svg.pathdata import ellipse_shape, parse_path_data, poly_shape, rect_shape, tight_bounds
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import USVG_FONT_SIZE, length, length_list, number, user_units
from pureog.path import Path, PathBuilder
from pureog.stroke import stroke_path

# tiny-skia strokes thin lines as hairlines whatever the shader: colours, gradients and patterns alike
_HAIRLINE_PAINTS = (SolidPaint, LinearGradientPaint, RadialGradientPaint, PatternPaint)
SHAPES = frozenset({"path", "rect", "circle", "ellipse", "line", "polyline", "polygon"})


_DEFAULT_ORDER = ("fill", "stroke", "markers")
_ORDER_TOKEN = re.compile(r"[ \t\n\r]*([0-9A-Za-z_-]*)[ \t\n\r]*")


def paint_order(text: str | None) -> tuple[str, ...]:
    """``paint-order`` as svgtypes 0.10 parses it: up to three of fill/stroke/markers (case-sensitive),
    the missing ones appended in the default order; ``normal``, anything else, trailing text or a
    duplicate is the default (fill, stroke, markers)."""
    if not text:
        return _DEFAULT_ORDER
    order: list[str] = []
    pos = 0
    while pos < len(text) and len(order) < 3:
        m = _ORDER_TOKEN.match(text, pos)
        assert m is not None  # every part of the pattern may be empty
        name, pos = m.group(1), m.end()
        if name not in _DEFAULT_ORDER:  # `normal` short-circuits to the default, as does anything unknown
            return _DEFAULT_ORDER
        order.append(name)
    if pos < len(text) or not order:
        return _DEFAULT_ORDER
    order += [k for k in _DEFAULT_ORDER if k not in order]
    if len(set(order[:3])) < 3:
        return _DEFAULT_ORDER
    return tuple(order[:3])


def stroke_first(order: tuple[str, ...]) -> bool:
    """usvg's path paint order: the stroke under the fill when it comes first, or right after markers."""
    return order[0] == "stroke" or order[:2] == ("markers", "stroke")


def shape_path(node: SvgNode, ctx: Context, font_size: float) -> Path:
    a = node.attrs
    w, h = ctx.view_w, ctx.view_h
    diag = diagonal(ctx)
    tag = node.tag
    if tag == "path":
        return parse_path_data(a.get("d", ""))
    if tag == "rect":
        x, y = length(a.get("x"), 0.0, w, font_size), length(a.get("y"), 0.0, h, font_size)
        rw, rh = length(a.get("width"), 0.0, w, font_size), length(a.get("height"), 0.0, h, font_size)
        if rw <= 0 or rh <= 0:
            return Path(())
        rx_text, ry_text = a.get("rx"), a.get("ry")
        rx = length(rx_text, -1.0, w, font_size) if rx_text not in (None, "auto") else -1.0
        ry = length(ry_text, -1.0, h, font_size) if ry_text not in (None, "auto") else -1.0
        if rx < 0 and ry < 0:
            rx = ry = 0.0
        elif rx < 0:
            rx = ry
        elif ry < 0:
            ry = rx
        return rect_shape(x, y, rw, rh, min(rx, rw / 2), min(ry, rh / 2))
    if tag == "circle":
        r = length(a.get("r"), 0.0, diag, font_size)
        if r <= 0:
            return Path(())
        return ellipse_shape(length(a.get("cx"), 0.0, w, font_size), length(a.get("cy"), 0.0, h, font_size), r, r)
    if tag == "ellipse":
        rx_text, ry_text = a.get("rx"), a.get("ry")
        rx = length(rx_text, -1.0, w, font_size) if rx_text not in (None, "auto") else -1.0
        ry = length(ry_text, -1.0, h, font_size) if ry_text not in (None, "auto") else -1.0
        rx, ry = (ry if rx < 0 else rx), (rx if ry < 0 else ry)
        if rx <= 0 or ry <= 0:
            return Path(())
        return ellipse_shape(length(a.get("cx"), 0.0, w, font_size), length(a.get("cy"), 0.0, h, font_size), rx, ry)
    if tag == "line":
        return (PathBuilder()
                .move_to(length(a.get("x1"), 0.0, w, font_size), length(a.get("y1"), 0.0, h, font_size))
                .line_to(length(a.get("x2"), 0.0, w, font_size), length(a.get("y2"), 0.0, h, font_size))
                .build())
    if tag in ("polyline", "polygon"):
        return poly_shape(a.get("points", ""), tag == "polygon")
    return Path(())


def _dashes(text: str, ctx: Context, font_size: float) -> list[float] | None:
    if not text or text.strip() == "none":
        return None
    values = [user_units(v, unit, diagonal(ctx), font_size) for v, unit in length_list(text)]
    if not values or any(v < 0 for v in values) or sum(values) <= 0:
        return None
    return values


def _polygon_length(path: Path) -> float:
    """Length of the control polygon: an upper bound of the path's length (for the dash budget)."""
    total = 0.0
    x0 = y0 = 0.0
    for seg in path.segments:
        coords = seg[1:]
        for i in range(0, len(coords) - 1, 2):
            x, y = float(coords[i]), float(coords[i + 1])  # type: ignore[arg-type]
            if seg[0] != "M":
                total += math.hypot(x - x0, y - y0)
            x0, y0 = x, y
    return total


def grow_extent(ctx: Context, path: Path, pad: float) -> None:
    """usvg 0.29's node bounding box (tight curve bounds in root units, strokes padded by half their
    width) pushed into the running right/bottom extent."""
    assert ctx.extent is not None
    bounds = tight_bounds(path, ctx.matrix)
    if bounds is not None:
        ctx.extent[0] = max(ctx.extent[0], bounds[2] + pad)
        ctx.extent[1] = max(ctx.extent[1], bounds[3] + pad)


def _anti_aliased(st: dict[str, str]) -> bool:
    """usvg: ``shape-rendering`` (inherited) ``optimizeSpeed`` or ``crispEdges`` fills without anti-aliasing."""
    return st.get("shape-rendering", "auto").strip() not in ("optimizeSpeed", "crispEdges")


def _stroke(node: SvgNode, path: Path, bbox: Callable[[], Rect], st: dict[str, str], ctx: Context, scale: float,
            font_size: float) -> list[Node]:
    width = length(st.get("stroke-width"), 1.0, diagonal(ctx), font_size)
    if not width <= 1e9:  # hostile input: wider than any drawing (or NaN); stroking would overflow
        width = 1e9 if width > 0 else 0.0
    if width <= 0:
        return []
    paint: Paint | None
    paint = resolve_paint(st.get("stroke", "none"), "stroke", bbox, ctx, st)
    if paint is None:
        return []
    # usvg reads the keywords as written (case and spaces count: ``Round`` is no cap, so the default)
    join = st.get("stroke-linejoin", "miter")
    join = join if join in ("round", "bevel") else "miter"  # miter-clip and arcs are drawn as miter
    cap = st.get("stroke-linecap", "butt")
    cap = cap if cap in ("round", "square") else "butt"
    dashes = _dashes(st.get("stroke-dasharray", "none"), ctx, font_size)
    if dashes:  # hostile input: tiny dashes on a long path are millions of dashes; budget them
        charge(ctx, int(min(_polygon_length(path) / sum(dashes), 1e12)) * len(dashes))
    out: list[Node] = []
    if ctx.device is not None and isinstance(paint, _HAIRLINE_PAINTS) and cap in ("butt", "round", "square"):
        from pureog.images.svg.hairline import hairline_stroke_nodes  # noqa: PLC0415  (thin strokes only)

        thin = hairline_stroke_nodes(path, width, cap, dashes, length(st.get("stroke-dashoffset"), 0.0),
                                     paint, ctx.device @ ctx.matrix)
        if thin is not None:
            return list(thin)
    try:
        outline = stroke_path(
            path, width, join=join, cap=cap,
            miter_limit=max(1.0, number(st.get("stroke-miterlimit"), 4.0)),
            dashes=dashes,
            dash_offset=length(st.get("stroke-dashoffset"), 0.0),
            tolerance=0.05 / max(scale, 1e-3),
            # tiny-skia measures dashes and offsets curves at the transform's largest stretch (Skia's
            # compute_res_scale_for_stroking: the longer column), not at the mean scale `scale`
            res_scale=(ctx.device @ ctx.matrix).resolution_scale if ctx.device is not None else scale,
        )
    except PureogError:
        outline = stroke_path(path, width, tolerance=0.05 / max(scale, 1e-3))
    if not outline.is_empty:
        out.append(FillPath(outline, paint, FillRule.NONZERO, anti_alias=_anti_aliased(st)))
        if ctx.extent is not None:
            m = ctx.matrix
            grow_extent(ctx, path, width / 2.0 * math.sqrt(abs(m.a * m.d - m.b * m.c)))
    return out


def shape_nodes(node: SvgNode, st: dict[str, str], ctx: Context, scale: float) -> tuple[list[Node], Path | None]:
    """The shape's fill and stroke nodes, and its path (None when it has no geometry: usvg then makes no
    node, so no markers and no bounding box)."""
    font_size = length(st.get("font-size"), USVG_FONT_SIZE)
    # Hostile input: megabytes of path data cost seconds to parse; charge their size first.
    charge(ctx, len(node.attrs.get("d") or node.attrs.get("points") or "") // 10)
    path = shape_path(node, ctx, font_size)
    if path.is_empty:
        return [], None
    if not sane_bounds(path):
        return [], None  # hostile input: numbers past any drawing (inf, or overflowing sizes) draw nothing
    return path_nodes(node, path, _own_opacities(node, st), ctx, scale, font_size), path


def _own_opacities(node: SvgNode, st: dict[str, str]) -> dict[str, str]:
    """``st`` with the shape's ``fill-opacity`` and ``stroke-opacity`` taken from the shape alone: resvg
    (Next's) does not inherit them, so one on a ``g``, the ``<svg>``, a ``use``, a marker or a pattern
    leaves the shapes inside opaque (measured in Next, inline and as an image; browsers inherit them).
    ``inherit`` written on the shape takes its ancestors' value, as usvg resolves it when parsing."""
    out = st
    for name in ("fill-opacity", "stroke-opacity"):
        if name not in node.attrs and st.get(name, "1") != "1":
            if out is st:
                out = dict(st)
            out[name] = "1"
    return out


def path_nodes(node: SvgNode, path: Path, st: dict[str, str], ctx: Context, scale: float,
               font_size: float | None = None) -> list[Node]:
    """``path`` filled and stroked with ``node``'s presentation state ``st`` (a shape's, or a text run's
    glyph outlines), in paint order."""
    if font_size is None:
        font_size = length(st.get("font-size"), USVG_FONT_SIZE)
    found: list[Rect] = []

    def bbox() -> Rect:
        """usvg's path bounding box (kurbo's tight curve bounds), computed once, when a paint needs it."""
        if not found:
            tight = tight_bounds(path, IDENTITY)
            found.append(Rect(0.0, 0.0, 0.0, 0.0) if tight is None else
                         Rect(tight[0], tight[1], tight[2] - tight[0], tight[3] - tight[1]))
        return found[0]

    stroked = st.get("stroke", "none").strip() != "none"
    charge(ctx, len(path.segments) * (5 if stroked else 1))
    fill_nodes: list[Node] = []
    if node.tag != "line":
        fill = resolve_paint(st.get("fill", "black"), "fill", bbox, ctx, st)
        if fill is not None:
            rule = FillRule.EVENODD if st.get("fill-rule") == "evenodd" else FillRule.NONZERO
            fill_nodes.append(FillPath(path, fill, rule, anti_alias=_anti_aliased(st)))
    stroke_nodes = _stroke(node, path, bbox, st, ctx, scale, font_size) if stroked else []
    if stroke_first(paint_order(st.get("paint-order"))):
        out = stroke_nodes + fill_nodes
    else:
        out = fill_nodes + stroke_nodes
    if ctx.extent is not None:
        # usvg keeps a path with neither fill nor stroke (fill="none", a missing url(#...)) as a hidden
        # node, and the content size of an SVG without a viewBox counts every node (calculate_svg_bbox)
        grow_extent(ctx, path, 0.0)
    return out

