"""Satori's content mask of an ``overflow: hidden`` (or clip-path) ancestor that has a border.

Satori clips an element's descendants twice: every shape carries the ancestor's ``clip-path``
(``satori_cp``: its *border* box, rounded by the outer radii) and the shapes other than borders also
carry its ``mask`` (``satori_om``: the border box inset by the border widths, its corners rounded by
strokes along the border, the inner radii). So a descendant's border may show over the ancestor's
border where its backgrounds, pictures and glyphs may not. pureog clips the children to the border box
as one group (:func:`pureog.paint.effects.clip_children`) and hands each descendant the inset regions
as :class:`ContentClip` s, which :func:`content_clipped` puts on its non-border nodes.

The clip costs a coverage mask per node, so a node whose plain geometry lies well inside the region
(the usual case: content inside a bordered card) is left unclipped, which draws the same pixels.
Imports only the display list, geometry and path types and :mod:`pureog.paint.bounds`.
"""

from __future__ import annotations

from dataclasses import dataclass

from pureog.display import Clip, Group, Node
from pureog.geometry import Rect
from pureog.paint.bounds import node_bounds
from pureog.path import Radii


@dataclass(frozen=True, slots=True)
class ContentClip:
    """One ancestor's content region: ``clip`` in canvas space; ``rect`` and ``radii`` describe it
    when it is an untransformed rounded rectangle (None: nothing is known to lie inside it)."""

    clip: Clip
    rect: Rect | None = None
    radii: Radii | None = None

    def contains(self, bounds: Rect) -> bool:
        """Whether ``bounds`` lies inside the region, so that clipping to it changes nothing."""
        r = self.rect
        if r is None or self.radii is None:
            return False
        if bounds.x < r.x or bounds.y < r.y or bounds.right > r.right or bounds.bottom > r.bottom:
            return False
        corners = (
            (r.x, r.y, 1, 1), (r.right, r.y, -1, 1), (r.right, r.bottom, -1, -1), (r.x, r.bottom, 1, -1),
        )  # fmt: skip
        for (cx, cy, sx, sy), (rx, ry) in zip(corners, self.radii, strict=True):
            if rx <= 0 or ry <= 0:
                continue
            # the corner's square, which the rounding cuts into
            x0, x1 = sorted((cx, cx + sx * rx))
            y0, y1 = sorted((cy, cy + sy * ry))
            if bounds.x < x1 and bounds.right > x0 and bounds.y < y1 and bounds.bottom > y0:
                return False
        return True


def content_clipped(nodes: list[Node], clips: tuple[ContentClip, ...]) -> list[Node]:
    """Each node inside the content regions that do not already contain it (one clip group per node,
    as Satori puts the mask on each shape)."""
    if not clips:
        return nodes
    out: list[Node] = []
    for node in nodes:
        bounds = node_bounds(node, plain=True)
        for region in clips:
            if bounds is None or not region.contains(bounds):
                node = Group((node,), clip=region.clip)
        out.append(node)
    return out


__all__ = ["ContentClip", "content_clipped"]
