"""Bounds of display-list nodes in their parent's space: the boxes of their paths (control points
included), carried through group transforms by their corners. Used where painting needs a node's extent
(filter regions, text-shadow regions, skipping content clips that cut nothing). Imports only the display
list and geometry types.
"""

from __future__ import annotations

from pureog.display import FillPath, Node
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
    t = node.transform
    if t.is_identity:
        return Rect(x0, y0, x1 - x0, y1 - y0)
    points = [t.apply(x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


__all__ = ["node_bounds"]
