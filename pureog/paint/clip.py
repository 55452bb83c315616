"""``clipPath`` basic shapes -> a display-list :class:`Clip` in canvas px.

Input: a parsed :class:`ClipShape` and the element's border box. Satori (builder/clip-path.ts) writes the
shape inside a ``<clipPath transform="translate(left, top)">``, so lengths are relative to the border
box's top-left corner, and the clip is *not* moved by the element's transform (for transformed
elements Satori puts the clip on an untransformed wrapping group). Percentages: x against the width,
y against the height, a circle's radius against ``sqrt(w^2 + h^2) / sqrt(2)``, each as Satori's
``value / 100 * basis`` (:func:`pureog.style.values.satori_length`).
Imports style values, geometry and the SVG path-data parser (for ``path()``).
"""

from __future__ import annotations

import math

from pureog.display import Clip, FillRule
from pureog.geometry import Affine, Rect
from pureog.images.svg.pathdata import ellipse_shape, parse_path_data
from pureog.limits import charge_clip_points
from pureog.paint.radius import satori_corner_radii
from pureog.path import Path, PathBuilder, rect_path, rounded_rect_path
from pureog.style.clip import ClipShape
from pureog.style.values import satori_length


def clip_shape(shape: ClipShape, rect: Rect) -> Clip:
    w, h = rect.width, rect.height
    v = shape.values
    if shape.kind == "circle":
        cx, cy = satori_length(v[1], w), satori_length(v[2], h)
        r = satori_length(v[0], math.sqrt(w * w + h * h) / math.sqrt(2.0))
        if shape.radius_keywords:
            r = _side_distance(shape.radius_keywords[0], (cx, w - cx, cy, h - cy))
        # a negative radius (`circle(-10px)`): resvg skips a circle whose r is not positive, so Satori's
        # clip path holds no shape and the element is clipped away, as by `circle(0)`
        r = max(r, 0.0)
        return _ellipse_clip(rect, cx, cy, r, r)
    if shape.kind == "ellipse":
        cx, cy = satori_length(v[2], w), satori_length(v[3], h)
        rx, ry = satori_length(v[0], w), satori_length(v[1], h)
        if shape.radius_keywords:
            kx, ky = shape.radius_keywords
            rx = _side_distance(kx, (cx, w - cx)) if kx else rx
            ry = _side_distance(ky, (cy, h - cy)) if ky else ry
        # usvg drops a negative rx or ry and takes the other for it (SVG 2's auto): `ellipse(-20px 30px)`
        # is a circle of 30 px; both negative, or one zero, is no ellipse: the element is clipped away
        if rx < 0.0 <= ry or ry < 0.0 <= rx:
            rx = ry = max(rx, ry)
        if rx <= 0.0 or ry <= 0.0:
            rx = ry = 0.0
        return _ellipse_clip(rect, cx, cy, rx, ry)
    if shape.kind in ("path", "shape"):
        # Path data is in px from the border box's corner (Satori's translate(left, top) on the clipPath).
        path = parse_path_data(shape.path_data if shape.kind == "path" else _shape_path_data(shape, w, h))
        charge_clip_points(len(path.segments))  # a YAML alias may share a long one among 2,000 elements
        return Clip(path.transformed(Affine.translate(rect.x, rect.y)),
                    FillRule.EVENODD if shape.evenodd else FillRule.NONZERO)
    if shape.kind == "polygon":
        charge_clip_points(len(v) // 2)
        b = PathBuilder()
        for i in range(0, len(v), 2):
            by_height = shape.x_of_height[i // 2] if shape.x_of_height else False  # a Satori quirk
            x, y = rect.x + satori_length(v[i], h if by_height else w), rect.y + satori_length(v[i + 1], h)
            if i == 0:
                b.move_to(x, y)
            else:
                b.line_to(x, y)
        return Clip(b.close().build(), FillRule.EVENODD if shape.evenodd else FillRule.NONZERO)
    top, right, bottom, left = (satori_length(v[0], h), satori_length(v[1], w),
                                satori_length(v[2], h), satori_length(v[3], w))  # fmt: skip
    # Satori's width - (right + left), not width - left - right (the last bit decides a pixel at a tie)
    box = Rect(rect.x + left, rect.y + top, max(0.0, w - (right + left)), max(0.0, h - (top + bottom)))
    if box.width > 0.0 and box.height > 0.0 and any(
            satori_length(r, h if i % 2 == 0 else w) > 0 for i, r in enumerate(v[4:8])):
        # Satori's rounded inset is its border-radius path of the inset box: each edge's pair of radii
        # resolved on its own, single lengths kept circular (paint/radius.py), not scaled together as
        # CSS does. (Insets that cross leave no box: nothing is drawn, a listed difference.)
        radii = satori_corner_radii(tuple((r, r) for r in v[4:8]), box.width, box.height)
        if radii is not None:
            return Clip(rounded_rect_path(box, radii))
    return Clip(rect_path(box))


def _ellipse_clip(rect: Rect, cx: float, cy: float, rx: float, ry: float) -> Clip:
    """Satori's ``<circle>``/``<ellipse>`` in a ``<clipPath transform="translate(left, top)">``: usvg's
    ``ellipse_to_path`` (four kurbo arcs, each from the last point pushed) in the border box, then moved.
    Not four kappa cubics: at a full-bleed circle the arcs' control points sit an ulp inside or outside
    the canvas, which decides whether tiny-skia's edge clipper cuts the path (up to 64/255 on its edge)."""
    if rx <= 0.0 or ry <= 0.0:
        return Clip(Path(()))  # usvg skips the shape: the clip holds nothing
    path = ellipse_shape(cx, cy, rx, ry)
    return Clip(path.transformed(Affine.translate(rect.x, rect.y)) if rect.x or rect.y else path)


def _shape_path_data(shape: ClipShape, w: float, h: float) -> str:
    """``shape()``'s commands as SVG path data in px from the box's corner (x against the width, y
    against the height; an ``hline``/``vline`` coordinate against its own axis)."""
    out: list[str] = []
    for cmd in shape.commands:
        op = cmd.op.lower() if cmd.relative else cmd.op
        if cmd.op == "H":
            out.append(f"{op}{satori_length(cmd.points[0][0], w)!r}")
        elif cmd.op == "V":
            out.append(f"{op}{satori_length(cmd.points[0][1], h)!r}")
        elif cmd.op == "A" and cmd.arc is not None:
            rx, ry, rotation, large, sweep = cmd.arc
            (x, y), = cmd.points
            out.append(f"{op}{satori_length(rx, w)!r} {satori_length(ry, h)!r} {rotation!r} {int(large)} "
                       f"{int(sweep)} {satori_length(x, w)!r} {satori_length(y, h)!r}")
        else:
            coords = " ".join(f"{satori_length(x, w)!r} {satori_length(y, h)!r}" for x, y in cmd.points)
            out.append(f"{op}{coords}")
    return " ".join(out)


def _side_distance(keyword: str, distances: tuple[float, ...]) -> float:
    """CSS Shapes' ``closest-side`` / ``farthest-side``: the centre's distance to the nearest or farthest
    side of the reference box (the sides it names)."""
    lengths = [abs(d) for d in distances]
    return min(lengths) if keyword == "closest-side" else max(lengths)


__all__ = ["clip_shape"]


def shapeless(clip: Clip) -> bool:
    """Whether ``clip`` holds no shape with an area (an ``inset()`` larger than the box, an overflow clip
    of an empty box). usvg drops such a shape (a ``<rect>`` needs a positive width and height), and an
    element whose ``clip-path`` keeps no shape is not drawn at all: even one without a bounding box,
    which resvg draws past every other clip (a moved text's decoration line). Not so a shape Satori
    writes with a transform (``moved``): usvg keeps the group of the transform without the shape, the
    clip-path is not empty, and the moved lines escape it as any other (alien paint generator seed 1503)."""
    if clip.moved:
        return False
    shapes = [path for path, _ in clip.parts] if clip.parts else [clip.path]
    for path in shapes:
        if path.segments:
            b = path.bounds()
            if b.width > 0 and b.height > 0:
                return False
    return True
