"""What the SVG writer needs to know about display-list nodes before writing them.

Role: pure questions about :mod:`pureog.display` nodes, mirroring the decisions of
:mod:`pureog.raster.render` so that the SVG reproduces them: device bounds of fills, whether a group
composites as one layer (``Group.composite``/``isolated`` with more than one fill), whether a group's
result escapes the clips in effect (drop shadows and cut-out blurs: the clips cut their *source*), the
single colour of a shadow's shape, and which paint units a luminance mask must not see overlapping
(a non-isolated mask applies to each fill, SVG's ``mask`` to a layer: both agree where fills are
disjoint). Imports only display, geometry and path.
"""

from __future__ import annotations

from pureog.display import FillPath, Group, Node, single_fill
from pureog.geometry import Affine, Rect
from pureog.path import Path

Bounds = tuple[float, float, float, float]
"""Device bounds (x0, y0, x1, y1)."""


def device_bounds(path: Path, m: Affine) -> Bounds | None:
    """Bounds of ``path`` (control points included) mapped by ``m``; None for an empty path."""
    if path.is_empty:
        return None
    return rect_bounds(path.bounds(), m)


def rect_bounds(r: Rect, m: Affine) -> Bounds:
    """Bounds of the rectangle ``r`` mapped by ``m``."""
    xs: list[float] = []
    ys: list[float] = []
    for x, y in ((r.x, r.y), (r.right, r.y), (r.x, r.bottom), (r.right, r.bottom)):
        px, py = m.apply(x, y)
        xs.append(px)
        ys.append(py)
    return (min(xs), min(ys), max(xs), max(ys))


def overlaps(a: Bounds, b: Bounds) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def layered(g: Group) -> bool:
    """Whether the clips and masks in effect apply to ``g``'s finished layer rather than to each fill
    (they must be in effect for that to matter)."""
    return (g.composite or (g.isolated and (g.mask is not None or g.clip is not None))) and not single_fill(g)


def escapes(g: Group) -> bool:
    """Whether ``g``'s result ignores the clips in effect: a drop shadow or a cut-out blur (the clips cut
    their source instead; the rasterizer checks ``svg_filters``, ``shadow``, ``filter``, then ``blur``),
    or an ``unclipped`` group (it carries the clips that apply to it itself)."""
    if g.unclipped:
        return True
    if g.svg_filters:
        return False
    return g.shadow is not None or (g.filter is None and g.blur is not None and g.blur.cutout is not None)


def clips_result(g: Group) -> bool:
    """Whether ``g`` filters its children's layer and the clips in effect cut the filter's result."""
    if g.svg_filters:
        return True
    return g.shadow is None and (g.filter is not None or (g.blur is not None and g.blur.cutout is None))


class Analysis:
    """Memoised per-node answers for one document (nodes are immutable; keys are their identities)."""

    def __init__(self) -> None:
        self._escape: dict[int, bool] = {}
        self._units: dict[tuple[int, Affine], list[Bounds] | None] = {}
        self._keep: list[object] = []  # keeps keyed nodes alive, so identities are not reused

    def has_escape(self, node: Node) -> bool:
        """Whether a drop shadow or cut-out blur under ``node`` would escape the clips around it: found
        through plain groups, not through groups that clip their own result or composite as a layer."""
        if isinstance(node, FillPath):
            return False
        key = id(node)
        cached = self._escape.get(key)
        if cached is None:
            if escapes(node):
                cached = True
            elif clips_result(node) or layered(node):
                cached = False
            else:
                cached = any(self.has_escape(c) for c in node.children)
            self._escape[key] = cached
            self._keep.append(node)
        return cached

    def units(self, node: Node, m: Affine) -> list[Bounds] | None:
        """Device bounds of the paint units under ``node`` (fills; groups that filter or composite as
        one layer), or None when some of them overlap (a per-fill mask must then be pushed down)."""
        key = (id(node), m)
        if key in self._units:
            return self._units[key]
        result: list[Bounds] | None
        if isinstance(node, FillPath):
            b = device_bounds(node.path, m)
            result = [] if b is None else [b]
        else:
            inner = m if node.transform.is_identity else m @ node.transform
            if clips_result(node) or layered(node) or escapes(node):
                result = [(-1e30, -1e30, 1e30, 1e30)]
            else:
                result = []
                for child in node.children:
                    sub = self.units(child, inner)
                    if sub is None or not disjoint_from(result, sub):
                        result = None
                        break
                    result.extend(sub)
        self._units[key] = result
        self._keep.append(node)
        return result


def disjoint_from(existing: list[Bounds], new: list[Bounds]) -> bool:
    """Whether no box of ``new`` overlaps a box of ``existing`` (nor another of ``new``).

    A few new boxes (a glyph joining a run) are checked one by one, many at once by a sweep."""
    if len(new) > 8 and (len(existing) + len(new)) > 64:
        return _sweep_disjoint(existing + new)
    for i, b in enumerate(new):
        for a in existing:
            if overlaps(a, b):
                return False
        for a in new[:i]:
            if overlaps(a, b):
                return False
    return True


def _sweep_disjoint(boxes: list[Bounds]) -> bool:
    """Pairwise disjointness by a sweep along x (sorted by left edge)."""
    active: list[Bounds] = []
    for b in sorted(boxes):
        active = [a for a in active if a[2] > b[0]]
        for a in active:
            if a[1] < b[3] and b[1] < a[3]:
                return False
        active.append(b)
    return True
