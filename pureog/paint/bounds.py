"""Bounds of display-list nodes in their parent's space: the boxes of their paths (control points
included), carried through group transforms by their corners. Used where painting needs a node's extent
(filter regions, text-shadow regions, skipping content clips that cut nothing). Imports only the display
list and geometry types.
"""

from __future__ import annotations

from pureog.display import DropShadow, FillPath, Node
from pureog.geometry import Rect


def node_bounds(node: Node, *, plain: bool = False) -> Rect | None:
    """The box of ``node``'s paths, None when it has none. With ``plain``, None also when the answer
    may be short: an effect (blur, shadow, filter) paints beyond the paths, or a child's box is unknown;
    without it such children are left out."""
    if isinstance(node, FillPath):
        return node.path.bounds()
    if plain and (node.blur is not None or node.shadow is not None or node.filter is not None):
        return None
    boxes = []
    for child in node.children:
        box = node_bounds(child, plain=plain)
        if box is not None:
            boxes.append(box)
        elif plain:
            return None
    if not boxes:
        return None
    x0, y0 = min(b.x for b in boxes), min(b.y for b in boxes)
    x1, y1 = max(b.right for b in boxes), max(b.bottom for b in boxes)
    if node.projection is not None:  # a 3D layer: its bounds' visible part, projected
        from pureog.matrix3d import visible_polygon  # noqa: PLC0415  (3D layers only: loads on use)
        b = node.projection.bounds
        points = visible_polygon(node.projection.map, [(b.x, b.y), (b.right, b.y), (b.right, b.bottom),
                                                       (b.x, b.bottom)])
        if not points:
            return None
        x0, y0 = min(p[0] for p in points), min(p[1] for p in points)
        x1, y1 = max(p[0] for p in points), max(p[1] for p in points)
    t = node.transform
    if t.is_identity:
        return Rect(x0, y0, x1 - x0, y1 - y0)
    points = [t.apply(x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def effect_margin(node: Node) -> float:
    """How far beyond its paths' boxes ``node``'s effects may paint (blurs to three deviations, shadow
    and drop-shadow offsets, SVG filter regions' reach not counted): the margin a layer holding it
    needs (a 3D element's, :mod:`pureog.paint.transform3d`)."""
    if isinstance(node, FillPath):
        return 0.0
    reach = 0.0
    if node.blur is not None:
        reach = 3.0 * max(node.blur.std_dev_x, node.blur.std_dev_y)
    if node.shadow is not None:
        for s in node.shadow.shadows:
            reach = max(reach, 3.0 * s.std_dev + max(abs(s.dx), abs(s.dy)))
    op = node.filter.op if node.filter is not None else None
    if isinstance(op, DropShadow):
        reach = max(reach, 3.0 * op.std_dev + max(abs(op.dx), abs(op.dy)))
    inner = max((effect_margin(child) for child in node.children), default=0.0)
    t = node.transform
    if not t.is_identity:
        inner *= max(t.scale_factors)
    return reach + inner


__all__ = ["effect_margin", "node_bounds"]
