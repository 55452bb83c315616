"""SVG paints -> display-list paints: colours, ``currentColor``, gradients and patterns by ``url(#id)``.

Input: a ``fill`` or ``stroke`` value, the shape's bounding box, the inherited state. Output: a
:class:`~pureog.display.Paint` (None: nothing painted) with the ``*-opacity`` in it (gradients and colours
in their colours, a pattern as its shader opacity). Gradients: objectBoundingBox and
userSpaceOnUse, gradientTransform, spreadMethod, href inheritance of attributes and stops, the focal
point fx/fy (``fr`` is ignored, as usvg ignores it). A ``url()`` that names nothing paintable falls
back to its fallback colour, as usvg does. Patterns are :mod:`.pattern`. Imports display, geometry and
the renderer's helpers.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog.color import BLACK
from pureog.display import GradientStop, LinearGradientPaint, Paint, RadialGradientPaint, SolidPaint, SpreadMethod
from pureog.geometry import Affine, Rect
from pureog.images.svg.context import Context, charge, color, href, state
from pureog.images.svg.transform import paint_transform
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import URL, length, opacity, parse_transform, svg_length


def linked_attr(node: SvgNode, name: str, ctx: Context) -> str | None:
    """An attribute of ``node``, else of the elements its ``href`` chain names (gradients, patterns)."""
    seen = 0
    cur: SvgNode | None = node
    while cur is not None and seen < 16:
        if name in cur.attrs:
            return cur.attrs[name]
        cur = href(cur, ctx)
        seen += 1
    return None


def _stops(node: SvgNode, ctx: Context, st: dict[str, str], alpha: float) -> tuple[GradientStop, ...]:
    cur: SvgNode | None = node
    for _ in range(16):
        if cur is None:
            return ()
        stops = [c for c in cur.children if c.tag == "stop"]
        if stops:
            break
        cur = href(cur, ctx)
    else:
        return ()
    # each use reads every stop again (a gradient of 20,000 stops filling 50 shapes took minutes)
    charge(ctx, len(stops))
    out: list[GradientStop] = []
    last = 0.0
    for stop in stops:
        # usvg: a number or a percentage; absent, unreadable or of another unit, the offset before
        parsed = svg_length(stop.attrs.get("offset", ""))
        off = last if parsed is None or parsed[1] not in ("", "%") else parsed[0] / (100.0 if parsed[1] else 1.0)
        off = max(last, min(1.0, max(0.0, off)))
        last = off
        stop_state = state(stop, st)
        c = color(stop.attrs.get("stop-color", "black"), stop_state) or BLACK
        a = c.a * opacity(stop.attrs.get("stop-opacity")) * alpha
        out.append(GradientStop(off, c.with_alpha(a)))
    return tuple(out)


_DEGENERATE = 1.0 / (1 << 15)
"""tiny-skia's DEGENERATE_THRESHOLD: a focal point this close to the centre draws a plain radial."""


def gradient(node: SvgNode, bbox: Rect, ctx: Context, st: dict[str, str], alpha: float) -> Paint | None:
    stops = _stops(node, ctx, st, alpha)
    if not stops:
        return None
    if len(stops) == 1:
        return SolidPaint(stops[0].color)
    units = linked_attr(node, "gradientUnits", ctx) or "objectBoundingBox"
    spread = {"reflect": SpreadMethod.REFLECT, "repeat": SpreadMethod.REPEAT}.get(
        (linked_attr(node, "spreadMethod", ctx) or "pad").strip(), SpreadMethod.PAD)
    transform = paint_transform(parse_transform(linked_attr(node, "gradientTransform", ctx)))
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
        text = linked_attr(node, name, ctx) or default
        return length(text, 0.0, basis)

    if node.tag == "linearGradient":
        return LinearGradientPaint(coord("x1", "0%", bw), coord("y1", "0%", bh), coord("x2", "100%", bw),
                                   coord("y2", "0%", bh), stops, spread, transform)
    r = coord("r", "50%", bd)
    if r <= 0:
        return SolidPaint(stops[-1].color)
    cx, cy = coord("cx", "50%", bw), coord("cy", "50%", bh)
    # fx/fy default to cx/cy; usvg ignores fr (resvg draws no start radius).
    fx = length(linked_attr(node, "fx", ctx), cx, bw)
    fy = length(linked_attr(node, "fy", ctx), cy, bh)
    focal = None if math.hypot(fx - cx, fy - cy) <= _DEGENERATE else (fx, fy)
    return RadialGradientPaint(cx, cy, r, stops, spread, transform, focal)


def resolve_paint(text: str, which: str, bbox: Callable[[], Rect], ctx: Context,
                  st: dict[str, str]) -> Paint | None:
    """The paint of a ``fill`` or ``stroke`` value, its ``*-opacity`` included (a pattern's as its shader
    opacity). ``bbox`` gives the shape's bounding box (usvg's tight curve bounds) when a paint server needs it."""
    alpha = opacity(st.get(f"{which}-opacity"))
    text = text.strip()
    if text == "none":
        return None
    match = URL.match(text)
    if match:
        ref = ctx.ids.get(match.group(1).strip())
        fallback = match.group(2).strip()
        if fallback not in ("", "none", "currentColor") and color(fallback, st) is None:
            return _unreadable(which, alpha)  # svgtypes refuses the whole paint, link and all
        if ref is not None and ref.tag in ("linearGradient", "radialGradient"):
            return gradient(ref, bbox(), ctx, st, alpha)
        if ref is not None and ref.tag == "pattern":
            from pureog.images.svg.pattern import pattern_paint  # noqa: PLC0415  (patterns are rare)

            found = pattern_paint(ref, bbox(), ctx, alpha)
            if found is not None:
                return found
            if not fallback:
                return None
            text = fallback
        elif ref is None and fallback:
            text = fallback
        else:
            return None
    c = color(text, st)
    if c is None:
        return None if match else _unreadable(which, alpha)
    c = c.with_alpha(c.a * alpha)
    return SolidPaint(c) if c.a > 0 else None


def _unreadable(which: str, alpha: float) -> Paint | None:
    """usvg's fallback for a paint svgtypes cannot read: black for ``fill``, no ``stroke``."""
    if which != "fill" or alpha <= 0:
        return None
    return SolidPaint(BLACK.with_alpha(alpha))
