"""SVG element tree -> display-list nodes (vector, as resvg renders a nested SVG image).

Input: an :class:`~pureog.images.svg.tree.SvgNode` root and the rectangle it is drawn into (CSS px).
Output: a tuple of display nodes (Groups with transforms, opacity and clips; FillPaths).

Supported: ``svg`` (viewBox, width/height, preserveAspectRatio), ``g``, ``a``, ``switch`` (all
children), ``path``, ``rect`` (rx/ry), ``circle``, ``ellipse``, ``line``, ``polyline``, ``polygon``,
``use`` (of any element or ``symbol``), ``defs``; presentation attributes and ``style`` declarations
with SVG inheritance: fill/stroke (colours, ``currentColor``, ``url(#gradient)`` with fallback),
fill-opacity, stroke-opacity, opacity, fill-rule, stroke-width/linecap/linejoin/miterlimit/dasharray/
dashoffset, display, visibility, transform; ``linearGradient``/``radialGradient`` (objectBoundingBox and
userSpaceOnUse, gradientTransform, spreadMethod, href inheritance; the focal point fx/fy is ignored);
``clipPath`` (shapes in user space, united). Strokes become filled outlines via :mod:`pureog.stroke`.
Not drawn: ``text`` (an error, as Satori), ``image``, ``pattern``, ``mask``, ``filter``, ``marker``.
Imports :mod:`pureog.display`, :mod:`pureog.path`, :mod:`pureog.stroke`, :mod:`pureog.style.color`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pureog.color import BLACK, Color
from pureog.display import (
    Clip,
    FillPath,
    FillRule,
    GradientStop,
    Group,
    LinearGradientPaint,
    Node,
    Paint,
    RadialGradientPaint,
    SolidPaint,
    SpreadMethod,
)
from pureog.errors import ImageError, PureogError
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.images.sniff import parse_view_box
from pureog.images.svg.pathdata import ellipse_shape, parse_path_data, poly_shape, rect_shape, tight_bounds
from pureog.images.svg.transform import parse_svg_transform
from pureog.images.svg.tree import SvgNode
from pureog.limits import check_deadline
from pureog.path import Path, PathBuilder
from pureog.stroke import stroke_path
from pureog.style.color import parse_color

INHERITED = (
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "color", "visibility",
    "clip-rule", "font-size",
)
DEFAULTS = {
    "fill": "black", "fill-opacity": "1", "fill-rule": "nonzero", "stroke": "none", "stroke-width": "1",
    "stroke-opacity": "1", "stroke-linecap": "butt", "stroke-linejoin": "miter", "stroke-miterlimit": "4",
    "stroke-dasharray": "none", "stroke-dashoffset": "0", "color": "black", "visibility": "visible",
    "clip-rule": "nonzero", "font-size": "16",
}
NOT_RENDERED = frozenset({
    "defs", "linearGradient", "radialGradient", "clipPath", "mask", "symbol", "style", "title", "desc",
    "metadata", "pattern", "filter", "marker", "image", "foreignObject", "script", "stop",
})
SHAPES = frozenset({"path", "rect", "circle", "ellipse", "line", "polyline", "polygon"})
_NUM = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_TRANSFORM = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")
_URL = re.compile(r"url\(\s*['\"]?#([^'\")]+)['\"]?\s*\)\s*(.*)")
_UNITS = {"px": 1.0, "pt": 4.0 / 3.0, "pc": 16.0, "in": 96.0, "cm": 96.0 / 2.54, "mm": 96.0 / 25.4}


def parse_transform(text: str | None) -> Affine:
    m = IDENTITY
    if not text:
        return m
    for name, args in _TRANSFORM.findall(text):
        v = [float(x) for x in _NUM.findall(args)]
        if not all(map(math.isfinite, v)):
            continue  # hostile input: numbers past float range are ignored, never rotated by
        if name == "matrix" and len(v) == 6:
            t = Affine(*v)
        elif name == "translate" and v:
            t = Affine.translate(v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale" and v:
            t = Affine.scale(v[0], v[1] if len(v) > 1 else v[0])
        elif name == "rotate" and v:
            t = Affine.rotate(math.radians(v[0]))
            if len(v) == 3:
                t = Affine.translate(v[1], v[2]) @ t @ Affine.translate(-v[1], -v[2])
        elif name == "skewX" and v:
            t = Affine.skew(math.radians(v[0]), 0.0)
        elif name == "skewY" and v:
            t = Affine.skew(0.0, math.radians(v[0]))
        else:
            continue
        m = m @ t
    return m


def length(text: str | None, default: float, basis: float = 100.0, font_size: float = 16.0) -> float:
    """An SVG length in user units; percentages of ``basis``."""
    if text is None:
        return default
    t = text.strip()
    m = _NUM.match(t)
    if m is None:
        return default
    value = float(m.group(0))
    if not math.isfinite(value):  # hostile input: past float range reads as invalid
        return default
    unit = t[m.end():].strip().lower()
    if not unit:
        return value
    if unit == "%":
        return value * basis / 100.0
    if unit == "em":
        return value * font_size
    if unit == "ex":
        return value * font_size / 2.0
    return value * _UNITS.get(unit, 1.0)


def _number(text: str | None, default: float) -> float:
    if text is None:
        return default
    m = _NUM.match(text.strip())
    value = float(m.group(0)) if m else default
    return value if math.isfinite(value) else default  # hostile input: past float range is invalid


def _opacity(text: str | None) -> float:
    if text is None:
        return 1.0
    t = text.strip()
    value = _number(t.rstrip("%"), 1.0) / (100.0 if t.endswith("%") else 1.0)
    return min(1.0, max(0.0, value))


def view_box_transform(view_box: tuple[float, float, float, float], aspect: str, width: float,
                       height: float) -> Affine:
    """SVG's viewBox -> viewport mapping with preserveAspectRatio."""
    vx, vy, vw, vh = view_box
    sx, sy = width / vw, height / vh
    words = (aspect or "xMidYMid meet").split()
    align = words[0] if words else "xMidYMid"
    if align == "none":
        return Affine(sx, 0.0, 0.0, sy, -vx * sx, -vy * sy)
    s = max(sx, sy) if len(words) > 1 and words[1] == "slice" else min(sx, sy)
    tx, ty = -vx * s, -vy * s
    free_x, free_y = width - vw * s, height - vh * s
    if "xMid" in align:
        tx += free_x / 2
    elif "xMax" in align:
        tx += free_x
    if "YMid" in align:
        ty += free_y / 2
    elif "YMax" in align:
        ty += free_y
    return Affine(s, 0.0, 0.0, s, tx, ty)


@dataclass(slots=True)
class _Context:
    ids: dict[str, SvgNode]
    view_w: float
    view_h: float
    where: str
    depth: int = 0
    # Set while measuring content for an SVG without a viewBox (see _content_extent): the current
    # user-space -> SVG-root matrix and the running (right, bottom) of what is drawn.
    matrix: Affine = IDENTITY
    extent: list[float] | None = None
    cost: int = 0
    """Work done so far (hostile-input budget): see :func:`_charge`."""
    # SVG root -> canvas (None while measuring): thin strokes are hairlines in canvas pixels.
    device: Affine | None = None


MAX_SVG_COST = 100_000
"""Drawing budget of one SVG (hostile-input limit): an element costs 10, a path segment 1 (5 stroked).
About 10,000 elements or 100,000 filled segments, a few seconds; ``<use>`` copies count again."""


def _charge(ctx: _Context, cost: int) -> None:
    check_deadline()  # the render's timeout (pureog/limits.py)
    ctx.cost += cost
    if ctx.cost > MAX_SVG_COST:
        raise ImageError(f"{ctx.where}: the SVG is too complex to draw (more than {MAX_SVG_COST:,} units of "
                         "elements and path segments, <use> copies included)")


def _sane_bounds(path: Path, bbox: Rect | None = None) -> bool:
    """Whether a shape's coordinates are finite and within +-1e15 (hostile-input guard)."""
    box = bbox or path.bounds()
    return all(abs(v) <= 1e15 for v in (box.x, box.y, box.width, box.height))


def _drawable(ctx: _Context) -> bool:
    """Whether the current user space maps to finite, sane device coordinates (hostile-input guard)."""
    m = ctx.matrix if ctx.device is None else ctx.device @ ctx.matrix
    return all(abs(v) <= 1e15 for v in (m.a, m.b, m.c, m.d, m.e, m.f))


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


def _index(node: SvgNode, ids: dict[str, SvgNode]) -> None:
    ident = node.attrs.get("id")
    if ident and ident not in ids:
        ids[ident] = node
    for child in node.children:
        _index(child, ids)


def _state(node: SvgNode, parent: dict[str, str]) -> dict[str, str]:
    state = parent
    for name in INHERITED:
        value = node.attrs.get(name)
        if value is not None and value.strip() != "inherit":
            if state is parent:
                state = dict(parent)
            state[name] = value.strip()
    return state


def _color(text: str, state: dict[str, str]) -> Color | None:
    try:
        current = parse_color(state.get("color", "black"), BLACK)
        return parse_color(text, current)
    except PureogError:
        return None


def _shape_path(node: SvgNode, ctx: _Context, font_size: float) -> Path:
    a = node.attrs
    w, h = ctx.view_w, ctx.view_h
    diag = math.hypot(w, h) / math.sqrt(2.0)
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


def _gradient_attr(node: SvgNode, name: str, ctx: _Context) -> str | None:
    seen = 0
    cur: SvgNode | None = node
    while cur is not None and seen < 16:
        if name in cur.attrs:
            return cur.attrs[name]
        href = cur.attrs.get("href") or cur.attrs.get("xlink:href")
        cur = ctx.ids.get(href[1:]) if href and href.startswith("#") else None
        seen += 1
    return None


def _stops(node: SvgNode, ctx: _Context, state: dict[str, str], opacity: float) -> tuple[GradientStop, ...]:
    cur: SvgNode | None = node
    for _ in range(16):
        if cur is None:
            return ()
        stops = [c for c in cur.children if c.tag == "stop"]
        if stops:
            break
        href = cur.attrs.get("href") or cur.attrs.get("xlink:href")
        cur = ctx.ids.get(href[1:]) if href and href.startswith("#") else None
    else:
        return ()
    out: list[GradientStop] = []
    last = 0.0
    for stop in stops:
        off_text = stop.attrs.get("offset", "0").strip()
        off = _number(off_text.rstrip("%"), 0.0) / (100.0 if off_text.endswith("%") else 1.0)
        off = max(last, min(1.0, max(0.0, off)))
        last = off
        stop_state = _state(stop, state)
        color = _color(stop.attrs.get("stop-color", "black"), stop_state) or BLACK
        alpha = color.a * _opacity(stop.attrs.get("stop-opacity")) * opacity
        out.append(GradientStop(off, color.with_alpha(alpha)))
    return tuple(out)


def _gradient(node: SvgNode, bbox: Rect, ctx: _Context, state: dict[str, str], opacity: float) -> Paint | None:
    stops = _stops(node, ctx, state, opacity)
    if not stops:
        return None
    if len(stops) == 1:
        return SolidPaint(stops[0].color)
    units = _gradient_attr(node, "gradientUnits", ctx) or "objectBoundingBox"
    spread = {"reflect": SpreadMethod.REFLECT, "repeat": SpreadMethod.REPEAT}.get(
        (_gradient_attr(node, "spreadMethod", ctx) or "pad").strip(), SpreadMethod.PAD)
    transform = parse_transform(_gradient_attr(node, "gradientTransform", ctx))
    bbox_units = units.strip() != "userSpaceOnUse"
    if bbox_units:
        if bbox.width <= 0 or bbox.height <= 0:
            return None
        transform = Affine(bbox.width, 0.0, 0.0, bbox.height, bbox.x, bbox.y) @ transform
        bw = bh = bd = 1.0
    else:
        bw, bh = ctx.view_w, ctx.view_h
        bd = math.hypot(bw, bh) / math.sqrt(2.0)

    def coord(name: str, default: str, basis: float) -> float:
        text = _gradient_attr(node, name, ctx) or default
        return length(text, 0.0, basis)

    if node.tag == "linearGradient":
        return LinearGradientPaint(coord("x1", "0%", bw), coord("y1", "0%", bh), coord("x2", "100%", bw),
                                   coord("y2", "0%", bh), stops, spread, transform)
    r = coord("r", "50%", bd)
    if r <= 0:
        return SolidPaint(stops[-1].color)
    return RadialGradientPaint(coord("cx", "50%", bw), coord("cy", "50%", bh), r, stops, spread, transform)


def _paint(text: str, which: str, bbox: Rect, ctx: _Context, state: dict[str, str]) -> Paint | None:
    opacity = _opacity(state.get(f"{which}-opacity"))
    text = text.strip()
    if text == "none":
        return None
    match = _URL.match(text)
    if match:
        ref = ctx.ids.get(match.group(1))
        if ref is not None and ref.tag in ("linearGradient", "radialGradient"):
            return _gradient(ref, bbox, ctx, state, opacity)
        fallback = match.group(2).strip()
        if ref is None and fallback:
            text = fallback
        else:
            return None
    color = _color(text, state)
    if color is None:
        return None
    color = color.with_alpha(color.a * opacity)
    return SolidPaint(color) if color.a > 0 else None


def _dashes(text: str, ctx: _Context, font_size: float) -> list[float] | None:
    if not text or text.strip() == "none":
        return None
    values = [length(p, 0.0, math.hypot(ctx.view_w, ctx.view_h) / math.sqrt(2.0), font_size)
              for p in re.split(r"[\s,]+", text.strip()) if p]
    if not values or any(v < 0 for v in values) or sum(values) <= 0:
        return None
    return values


def _shape(node: SvgNode, state: dict[str, str], ctx: _Context, scale: float) -> list[Node]:
    font_size = length(state.get("font-size"), 16.0)
    # Hostile input: megabytes of path data cost seconds to parse; charge their size first.
    _charge(ctx, len(node.attrs.get("d") or node.attrs.get("points") or "") // 10)
    path = _shape_path(node, ctx, font_size)
    if path.is_empty:
        return []
    bbox = path.bounds()
    if not _sane_bounds(path, bbox):
        return []  # hostile input: numbers past any drawing (inf, or overflowing sizes) draw nothing
    stroked = state.get("stroke", "none").strip() != "none"
    _charge(ctx, len(path.segments) * (5 if stroked else 1))
    out: list[Node] = []
    if node.tag not in ("line", "polyline") or True:
        fill = _paint(state.get("fill", "black"), "fill", bbox, ctx, state) if node.tag != "line" else None
        if fill is not None:
            rule = FillRule.EVENODD if state.get("fill-rule") == "evenodd" else FillRule.NONZERO
            out.append(FillPath(path, fill, rule))
    stroke_text = state.get("stroke", "none")
    if stroke_text.strip() != "none":
        width = length(state.get("stroke-width"), 1.0, math.hypot(ctx.view_w, ctx.view_h) / math.sqrt(2.0),
                       font_size)
        if not width <= 1e9:  # hostile input: wider than any drawing (or NaN); stroking would overflow
            width = 1e9 if width > 0 else 0.0
        paint = _paint(stroke_text, "stroke", bbox, ctx, state) if width > 0 else None
        if paint is not None:
            join = state.get("stroke-linejoin", "miter").strip()
            join = "miter" if join in ("miter-clip", "arcs") else join
            cap = state.get("stroke-linecap", "butt").strip()
            dashes = _dashes(state.get("stroke-dasharray", "none"), ctx, font_size)
            if dashes:  # hostile input: tiny dashes on a long path are millions of dashes; budget them
                _charge(ctx, int(min(_polygon_length(path) / sum(dashes), 1e12)) * len(dashes))
            thin = None
            if ctx.device is not None and isinstance(paint, SolidPaint) and cap in ("butt", "round", "square"):
                from pureog.images.svg.hairline import hairline_stroke_nodes  # noqa: PLC0415  (thin strokes only)

                thin = hairline_stroke_nodes(path, width, cap, dashes, length(state.get("stroke-dashoffset"), 0.0),
                                             paint, ctx.device @ ctx.matrix)
            if thin is not None:
                out.extend(thin)
                return out
            try:
                outline = stroke_path(
                    path, width, join=join, cap=cap,
                    miter_limit=max(1.0, _number(state.get("stroke-miterlimit"), 4.0)),
                    dashes=dashes,
                    dash_offset=length(state.get("stroke-dashoffset"), 0.0),
                    tolerance=0.05 / max(scale, 1e-3),
                    res_scale=scale,
                )
            except PureogError:
                outline = stroke_path(path, width, tolerance=0.05 / max(scale, 1e-3))
            if not outline.is_empty:
                out.append(FillPath(outline, paint, FillRule.NONZERO))
                if ctx.extent is not None:
                    m = ctx.matrix
                    _grow_extent(ctx, path, width / 2.0 * math.sqrt(abs(m.a * m.d - m.b * m.c)))
    if out and ctx.extent is not None:
        _grow_extent(ctx, path, 0.0)
    return out


def _grow_extent(ctx: _Context, path: Path, pad: float) -> None:
    """usvg 0.29's node bounding box (tight curve bounds in root units, strokes padded by half their
    width) pushed into the running right/bottom extent."""
    assert ctx.extent is not None
    bounds = tight_bounds(path, ctx.matrix)
    if bounds is not None:
        ctx.extent[0] = max(ctx.extent[0], bounds[2] + pad)
        ctx.extent[1] = max(ctx.extent[1], bounds[3] + pad)


def _clip(node: SvgNode, ctx: _Context) -> Clip | None | bool:
    """The Clip of a ``clip-path`` attribute; False when it clips everything away."""
    text = node.attrs.get("clip-path")
    if not text or text.strip() == "none":
        return None
    match = _URL.match(text.strip())
    ref = ctx.ids.get(match.group(1)) if match else None
    if ref is None or ref.tag != "clipPath":
        return None
    base = parse_transform(ref.attrs.get("transform"))
    pb = PathBuilder()
    rule = FillRule.NONZERO
    for child in ref.children:
        target = child
        if child.tag == "use":
            href = child.attrs.get("href") or child.attrs.get("xlink:href") or ""
            target = ctx.ids.get(href[1:], child) if href.startswith("#") else child
        if target.tag not in SHAPES or child.attrs.get("display") == "none":
            continue
        path = _shape_path(target, ctx, 16.0)
        if not _sane_bounds(path):
            continue  # hostile input: a clip shape past float range clips as if absent
        m = base @ parse_transform(child.attrs.get("transform"))
        if target is not child:
            m = m @ Affine.translate(length(child.attrs.get("x"), 0.0), length(child.attrs.get("y"), 0.0))
            m = m @ parse_transform(target.attrs.get("transform"))
        pb.extend(path if m.is_identity else path.transformed(m))
        if (child.attrs.get("clip-rule") or ref.attrs.get("clip-rule")) == "evenodd":
            rule = FillRule.EVENODD
    built = pb.build()
    if built.is_empty:
        return False
    return Clip(built, rule)


def _render(node: SvgNode, state: dict[str, str], ctx: _Context, scale: float) -> list[Node]:
    tag = node.tag
    if tag == "text":
        raise ImageError(f"{ctx.where}: <text> in SVG is not supported (convert it to <path>)")
    if tag in NOT_RENDERED or node.attrs.get("display", "").strip() == "none":
        return []
    _charge(ctx, 10)  # hostile input: every drawn element, <use> copies included
    state = _state(node, state)
    parsed = parse_svg_transform(node.attrs.get("transform"))
    if parsed is None:  # usvg does not render an element whose transform does not parse
        return []
    transform = parsed
    if tag == "svg":  # a nested <svg>: its own viewport
        w = length(node.attrs.get("width"), ctx.view_w, ctx.view_w)
        h = length(node.attrs.get("height"), ctx.view_h, ctx.view_h)
        x, y = length(node.attrs.get("x"), 0.0, ctx.view_w), length(node.attrs.get("y"), 0.0, ctx.view_h)
        vb = parse_view_box(node.attrs.get("viewBox"))
        transform = Affine.translate(x, y)
        if vb and vb[2] > 0 and vb[3] > 0:
            transform = transform @ view_box_transform(vb, node.attrs.get("preserveAspectRatio", ""), w, h)
    local_scale = scale * math.sqrt(abs(transform.a * transform.d - transform.b * transform.c)) or scale
    outer_matrix = ctx.matrix
    ctx.matrix = outer_matrix @ transform
    if not _drawable(ctx):  # hostile input: transforms past float range draw nothing
        ctx.matrix = outer_matrix
        return []
    if tag == "use":
        href = node.attrs.get("href") or node.attrs.get("xlink:href") or ""
        ref = ctx.ids.get(href[1:]) if href.startswith("#") else None
        if ref is None or ctx.depth > 8:
            return []
        transform = transform @ Affine.translate(length(node.attrs.get("x"), 0.0, ctx.view_w),
                                                 length(node.attrs.get("y"), 0.0, ctx.view_h))
        ctx.matrix = outer_matrix @ transform
        if not _drawable(ctx):  # hostile input, as above (x or y past float range)
            ctx.matrix = outer_matrix
            return []
        ctx.depth += 1
        try:
            if ref.tag == "symbol":
                children = [n for c in ref.children for n in _render(c, _state(ref, state), ctx, local_scale)]
                vb = parse_view_box(ref.attrs.get("viewBox"))
                if vb and vb[2] > 0 and vb[3] > 0:
                    w = length(node.attrs.get("width"), vb[2], ctx.view_w)
                    h = length(node.attrs.get("height"), vb[3], ctx.view_h)
                    transform = transform @ view_box_transform(vb, ref.attrs.get("preserveAspectRatio", ""), w, h)
            else:
                children = _render(ref, state, ctx, local_scale)
        finally:
            ctx.depth -= 1
    elif tag in SHAPES:
        if state.get("visibility", "visible") in ("hidden", "collapse"):
            return []
        children = _shape(node, state, ctx, local_scale)
    else:  # g, svg, a, switch and unknown containers
        children = [n for c in node.children for n in _render(c, state, ctx, local_scale)]
    ctx.matrix = outer_matrix
    if not children:
        return []
    clip = _clip(node, ctx)
    if clip is False:
        return []
    opacity = _opacity(node.attrs.get("opacity"))
    if opacity <= 0.0:
        return []
    if transform.is_identity and clip is None and opacity >= 1.0:
        return children
    if clip is not None:
        # clip-path is in the element's user space, i.e. after its own transform.
        inner = Group(tuple(children), clip=clip)  # type: ignore[arg-type]
        return [Group((inner,), transform=transform, opacity=opacity)]
    return [Group(tuple(children), transform=transform, opacity=opacity)]


def _round_half_away(v: float) -> int:
    """Rust ``f64::round``: halves away from zero."""
    return int(math.floor(v + 0.5)) if v >= 0 else -int(math.floor(-v + 0.5))


def svg_size(root: SvgNode) -> tuple[float, float]:
    """The SVG's own size (usvg): width/height, else the viewBox's, else 100 x 100."""
    vb = parse_view_box(root.attrs.get("viewBox"))
    vw, vh = (vb[2], vb[3]) if vb else (100.0, 100.0)
    w_text, h_text = root.attrs.get("width"), root.attrs.get("height")
    w = length(w_text, vw, vw) if w_text not in (None, "null", "auto") else vw
    h = length(h_text, vh, vh) if h_text not in (None, "null", "auto") else vh
    return (w if w > 0 else vw, h if h > 0 else vh)


def _is_percent(text: str | None) -> bool:
    """usvg reads a missing or unparsable width/height (Satori writes ``NaN``, ``Infinity``) as 100%."""
    if text is None:
        return True
    text = text.strip()
    if text.endswith("%"):
        return True
    try:
        value = float(re.sub(r"(px|pt|pc|mm|cm|in|em|ex)$", "", text))
    except ValueError:
        return True
    return not math.isfinite(value)


def _content_extent(root: SvgNode, ids: dict[str, SvgNode]) -> tuple[float, float] | None:
    """(right, bottom) of everything drawn, in root user units: usvg 0.29 makes that the size and
    viewBox (from 0, 0) of an SVG that has no viewBox and a percentage (or invalid) width or height."""
    ctx = _Context(ids, 100.0, 100.0, "", extent=[0.0, 0.0])
    state = _state(root, dict(DEFAULTS))
    for child in root.children:
        _render(child, state, ctx, 1.0)
    right, bottom = ctx.extent  # type: ignore[misc]
    return (right, bottom) if right > 0 and bottom > 0 else None


def render_svg_root(root: SvgNode, target: Rect, where: str, drawn_with: Affine | None = None) -> tuple[Node, ...]:
    """Draw ``root`` stretched into ``target`` (the ``<image preserveAspectRatio="none">`` Satori emits).

    ``drawn_with`` is the matrix the nodes will be drawn with (the element's transform): resvg decides
    hairlines on device pixels, so they are computed through it."""
    ids: dict[str, SvgNode] = {}
    _index(root, ids)
    width, height = svg_size(root)
    vb = parse_view_box(root.attrs.get("viewBox"))
    if not (vb and vb[2] > 0 and vb[3] > 0) and (
        _is_percent(root.attrs.get("width")) or _is_percent(root.attrs.get("height"))
    ):
        extent = _content_extent(root, ids)
        if extent is not None:
            width, height = extent
            vb = (0.0, 0.0, width, height)
    if width <= 0 or height <= 0 or target.width <= 0 or target.height <= 0:
        return ()
    # resvg draws an SVG image at its size rounded to whole pixels (usvg ``to_screen_size``): the tree's
    # viewBox (its size when it has none) is fitted into that with the root's preserveAspectRatio, and
    # that is stretched over the <image> box (Satori's preserveAspectRatio="none"). With a fractional
    # size the fit leaves a margin: the content sits a little off where a direct stretch puts it.
    screen_w, screen_h = max(1, _round_half_away(width)), max(1, _round_half_away(height))
    view_w, view_h = width, height
    if vb and vb[2] > 0 and vb[3] > 0:
        view_w, view_h = vb[2], vb[3]
    else:
        vb = (0.0, 0.0, width, height)
    inner = view_box_transform(vb, root.attrs.get("preserveAspectRatio", ""), screen_w, screen_h)
    outer = Affine(target.width / screen_w, 0.0, 0.0, target.height / screen_h, target.x, target.y)
    m = outer @ inner
    ctx = _Context(ids, view_w, view_h, where, device=m if drawn_with is None else drawn_with @ m)
    if not _drawable(ctx):  # hostile input: a viewBox far below a pixel maps past float range
        return ()
    state = dict(DEFAULTS)
    state = _state(root, state)
    scale = math.sqrt(abs(m.a * m.d - m.b * m.c)) or 1.0
    children = [n for c in root.children for n in _render(c, state, ctx, scale)]
    if not children:
        return ()
    opacity = _opacity(root.attrs.get("opacity"))
    return (Group(tuple(children), transform=m, opacity=opacity),)
