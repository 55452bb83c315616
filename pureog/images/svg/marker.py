"""SVG markers (``marker-start``, ``marker-mid``, ``marker-end``) -> display groups, as usvg 0.29 places them.

Input: the shape's path (user units), its inherited state and element, the context. Output: one group
per drawn marker, in the shape's user space, drawn after the shape.

usvg: a marker sits at the first vertex (start), every vertex in between (mid) and the last (end; a
closing segment's is its subpath's start). Its group is translated there, rotated by ``orient`` (an
angle; ``auto``: the bisector of the incoming and outgoing directions, usvg's ``calc_vertex_angle``;
``auto-start-reverse`` does not parse in 0.29 and reads as 0), scaled by the stroke width
(``markerUnits="strokeWidth"``, the default; a stroke width <= 0 draws no marker) or, with a viewBox,
by the viewBox's fit into markerWidth x markerHeight (its scale only), then moved by -refX, -refY.
``overflow`` hidden (the default) clips it to the viewBox (or 0, 0, markerWidth, markerHeight).
Markers inside a clipPath, and a marker drawn from its own content, are skipped. The content inherits
the marker element's style. Imports display, geometry, path and the renderer's helpers.
"""

from __future__ import annotations

import math
import re

from pureog.display import Clip, Group, Node
from pureog.geometry import Affine, Rect
from pureog.images.svg.context import Context, diagonal, draw_referenced, inherited_state, url_target
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import length, view_box, view_box_transform
from pureog.path import Path, rect_path

Seg = tuple[str, tuple[float, ...]]
_ANGLE = re.compile(r"\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(deg|grad|rad|turn)?\s*$")
_FUZZ = 1e-9


def _segments(path: Path) -> list[Seg]:
    """usvg's path data: M, L, C and Z (quadratics raised to cubics)."""
    out: list[Seg] = []
    px = py = 0.0
    for seg in path.segments:
        verb = str(seg[0])
        v = tuple(float(c) for c in seg[1:])  # type: ignore[arg-type]
        if verb == "Q":
            qx, qy, ex, ey = v
            v = ((px + 2 * qx) / 3, (py + 2 * qy) / 3, (ex + 2 * qx) / 3, (ey + 2 * qy) / 3, ex, ey)
            verb = "C"
        out.append((verb, v))
        if v:
            px, py = v[-2], v[-1]
    return out


def _eq(a: float, b: float) -> bool:
    return abs(a - b) <= _FUZZ * max(1.0, abs(a), abs(b))


def _normalize(rad: float) -> float:
    v = math.fmod(rad, 2 * math.pi)
    return v + 2 * math.pi if v < 0 else v


def _vector_angle(vx: float, vy: float) -> float:
    return _normalize(math.atan2(vy, vx))


def _angle(x1: float, y1: float, x2: float, y2: float, x3: float, y3: float, x4: float, y4: float) -> float:
    in_a = _vector_angle(x2 - x1, y2 - y1)
    out_a = _vector_angle(x4 - x3, y4 - y3)
    d = (out_a - in_a) * 0.5
    angle = in_a + d
    if math.pi / 2 < abs(d):
        angle -= math.pi
    return math.degrees(_normalize(angle))


def _line_angle(x1: float, y1: float, x2: float, y2: float) -> float:
    return _angle(x1, y1, x2, y2, x1, y1, x2, y2)


def _curves_angle(px: float, py: float, cx1: float, cy1: float, x: float, y: float, cx2: float, cy2: float,
                  nx: float, ny: float) -> float:
    if _eq(cx1, x) and _eq(cy1, y):
        return _angle(px, py, x, y, x, y, cx2, cy2)
    if _eq(x, cx2) and _eq(y, cy2):
        return _angle(cx1, cy1, x, y, x, y, nx, ny)
    return _angle(cx1, cy1, x, y, x, y, cx2, cy2)


def _subpath_start(segs: list[Seg], idx: int) -> tuple[float, float]:
    for verb, v in reversed(segs[:idx]):
        if verb == "M":
            return v[0], v[1]
    return 0.0, 0.0


def _prev_vertex(segs: list[Seg], idx: int) -> tuple[float, float]:
    verb, v = segs[idx - 1]
    if verb == "Z":
        return _subpath_start(segs, idx)
    return v[-2], v[-1]


def _vertex_angle(segs: list[Seg], idx: int) -> float:  # noqa: PLR0911, PLR0912  (usvg's case analysis)
    if idx == 0:
        if len(segs) < 2:
            return 0.0
        (v1, a), (v2, b) = segs[0], segs[1]
        if v1 == "M" and v2 == "L":
            return _line_angle(a[0], a[1], b[0], b[1])
        if v1 == "M" and v2 == "C":
            if _eq(a[0], b[0]) and _eq(a[1], b[1]):
                return _line_angle(a[0], a[1], b[4], b[5])
            return _line_angle(a[0], a[1], b[0], b[1])
        return 0.0
    if idx == len(segs) - 1:
        (v1, a), (v2, b) = segs[idx - 1], segs[idx]
        if v2 == "M":
            return 0.0
        if v2 == "L":
            px, py = _prev_vertex(segs, idx)
            return _line_angle(px, py, b[0], b[1])
        if v2 == "C":
            if _eq(b[2], b[4]) and _eq(b[3], b[5]):
                return _line_angle(b[0], b[1], b[4], b[5])
            return _line_angle(b[2], b[3], b[4], b[5])
        if v1 == "L":
            nx, ny = _subpath_start(segs, idx)
            return _line_angle(a[0], a[1], nx, ny)
        if v1 == "C":
            px, py = _prev_vertex(segs, idx)
            nx, ny = _subpath_start(segs, idx)
            return _curves_angle(px, py, a[2], a[3], a[4], a[5], nx, ny, nx, ny)
        return 0.0
    (v1, a), (v2, b) = segs[idx], segs[idx + 1]
    if v1 == "M" and v2 == "L":
        return _line_angle(a[0], a[1], b[0], b[1])
    if v1 == "M" and v2 == "C":
        return _line_angle(a[0], a[1], b[0], b[1])
    if v1 == "L" and v2 == "L":
        px, py = _prev_vertex(segs, idx)
        return _angle(px, py, a[0], a[1], a[0], a[1], b[0], b[1])
    if v1 == "C" and v2 == "C":
        px, py = _prev_vertex(segs, idx)
        return _curves_angle(px, py, a[2], a[3], a[4], a[5], b[0], b[1], b[4], b[5])
    if v1 == "L" and v2 == "C":
        px, py = _prev_vertex(segs, idx)
        return _curves_angle(px, py, px, py, a[0], a[1], b[0], b[1], b[4], b[5])
    if v1 == "C" and v2 == "L":
        px, py = _prev_vertex(segs, idx)
        return _curves_angle(px, py, a[2], a[3], a[4], a[5], b[0], b[1], b[0], b[1])
    if v1 == "L" and v2 == "M":
        px, py = _prev_vertex(segs, idx)
        return _line_angle(px, py, a[0], a[1])
    if v1 == "C" and v2 == "M":
        if _eq(a[4], a[2]) and _eq(a[5], a[3]):
            px, py = _prev_vertex(segs, idx)
            return _line_angle(px, py, a[4], a[5])
        return _line_angle(a[2], a[3], a[4], a[5])
    if v1 == "L" and v2 == "Z":
        px, py = _prev_vertex(segs, idx)
        nx, ny = _subpath_start(segs, idx)
        return _angle(px, py, a[0], a[1], a[0], a[1], nx, ny)
    if v2 == "Z":
        px, py = _prev_vertex(segs, idx)
        nx, ny = _subpath_start(segs, idx)
        return _line_angle(px, py, nx, ny)
    return 0.0


def _positions(segs: list[Seg], kind: str) -> list[tuple[float, float, int]]:
    if not segs:
        return []
    if kind == "start":
        verb, v = segs[0]
        return [(v[0], v[1], 0)] if verb == "M" else []
    if kind == "mid":
        out = []
        for i in range(1, len(segs) - 1):
            verb, v = segs[i]
            if verb != "Z":
                out.append((v[-2], v[-1], i))
        return out
    idx = len(segs) - 1
    verb, v = segs[idx]
    if verb in ("L", "C"):
        return [(v[-2], v[-1], idx)]
    if verb == "Z":
        x, y = _subpath_start(segs, idx)
        return [(x, y, idx)]
    return []


def _orient(text: str | None) -> float | None:
    """None: auto; else degrees (0 when it does not parse)."""
    t = (text or "").strip()
    if t == "auto":
        return None
    match = _ANGLE.match(t)
    if match is None:
        return 0.0
    value = float(match.group(1))
    unit = match.group(2) or "deg"
    return {"deg": value, "rad": math.degrees(value), "grad": value * 0.9, "turn": value * 360.0}[unit]


def marker_nodes(shape: SvgNode, path: Path, st: dict[str, str], ctx: Context, scale: float) -> list[Node]:
    if ctx.draw is None:
        return []
    segs: list[Seg] | None = None
    out: list[Node] = []
    for kind in ("start", "mid", "end"):
        ref, _ = url_target(st.get(f"marker-{kind}"), ctx)
        if ref is None or ref.tag != "marker" or id(ref) in ctx.busy:
            continue
        a = ref.attrs
        if (a.get("markerUnits") or "").strip() == "userSpaceOnUse":
            stroke_scale = 1.0
        else:
            stroke_scale = length(st.get("stroke-width"), 1.0, diagonal(ctx))
            if not stroke_scale > 0:
                continue
        rx, ry = length(a.get("refX"), 0.0, ctx.view_w), length(a.get("refY"), 0.0, ctx.view_h)
        mw, mh = length(a.get("markerWidth"), 3.0, ctx.view_w), length(a.get("markerHeight"), 3.0, ctx.view_h)
        if not (mw > 0 and mh > 0):
            continue
        vb = view_box(a.get("viewBox"))
        if vb is not None and not (vb[2] > 0 and vb[3] > 0):
            vb = None
        overflow = (a.get("overflow") or "hidden").strip()
        clip = None
        if overflow in ("hidden", "scroll"):
            clip = Clip(rect_path(Rect(*vb) if vb else Rect(0.0, 0.0, mw, mh)))
        if vb is not None:
            fit = view_box_transform(vb, a.get("preserveAspectRatio"), mw * stroke_scale, mh * stroke_scale)
            sx, sy = fit.scale_factors
        else:
            sx = sy = stroke_scale
        if segs is None:
            segs = _segments(path)
        orient = _orient(a.get("orient"))
        content_state = inherited_state(ref, ctx)
        for x, y, idx in _positions(segs, kind):
            angle = _vertex_angle(segs, idx) if orient is None else orient
            ts = Affine.translate(x, y)
            if abs(angle) > 1e-12:
                ts = ts @ Affine.rotate(math.radians(angle))
            ts = ts @ Affine.scale(sx, sy) @ Affine.translate(-rx, -ry)
            saved, saved32 = ctx.matrix, ctx.device32
            ctx.matrix = saved @ ts
            if saved32 is not None:
                ctx.device32 = (*saved32, ts)
            ctx.busy.add(id(ref))
            try:
                nodes = draw_referenced(ctx, ref.children, content_state, scale * max(sx, sy))
            finally:
                ctx.matrix, ctx.device32 = saved, saved32
                ctx.busy.discard(id(ref))
            if nodes:
                out.append(Group(tuple(nodes), transform=ts) if clip is None
                           else Group((Group(tuple(nodes), clip=clip, isolated=True),), transform=ts))
    return out
