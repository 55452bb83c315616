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
Imports only colours, the display list, geometry and path types and :mod:`pureog.paint.bounds`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pureog.color import BLACK, WHITE
from pureog.display import Clip, FillPath, Group, Node, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.paint.bounds import node_bounds
from pureog.path import Path, PathBuilder, Radii, rect_path
from pureog.records import record

if TYPE_CHECKING:
    from pureog.layout.boxes import Box
    from pureog.style.computed import ComputedStyle


@record
class ContentClip:
    """One ancestor's content region: ``clip`` in canvas space; ``rect`` and ``radii`` describe it
    when it is an untransformed rounded rectangle (None: nothing is known to lie inside it).
    ``implied``: the region of an unbordered ``overflow: hidden`` ancestor, which its own overflow
    clip (the same box, rounded) already cuts where its edges lie on the pixel grid; kept in the chain
    for :func:`turned_chain`, and cutting once more where they do not (:func:`active`).
    ``cut``: a luminance mask (canvas space) the region is also cut by, or None: the black border ring
    Satori strokes into the mask, which carries the element's matrix while a clip-path element's mask
    rectangle does not (:func:`ring_cut`)."""

    clip: Clip
    rect: Rect | None = None
    radii: Radii | None = None
    implied: bool = False
    cut: tuple[Node, ...] | None = None

    def turned(self, m: Affine) -> ContentClip:
        """The region moved by ``m`` (a mask read in the user space of a shape carrying ``m``)."""
        cut = None if self.cut is None else (Group(self.cut, transform=m),)
        return ContentClip(Clip(self.clip.path.transformed(m), self.clip.fill_rule), cut=cut)

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


def mask_reach(style: ComputedStyle, box: Box, padding: bool) -> tuple[float, float, float, float]:
    """How far Satori's content mask reaches in from each side of the border box (top, right, bottom,
    left). Its border(asContentMask) strokes each run of sides with equal borders (width, style,
    colour; clockwise from the top) with twice the border (+ padding, for an ``<img>``) of the run's
    *last* side: with equal borders all round, the left side's masks every side."""
    sides = [(box.border[i], getattr(style, f"border_{name}_style"), getattr(style, f"border_{name}_color"))
             for i, name in enumerate(("top", "right", "bottom", "left"))]
    reach = [box.border[i] + (box.padding[i] if padding else 0.0) for i in range(4)]
    insets = [0.0, 0.0, 0.0, 0.0]
    run: list[int] = []
    for i in range(4):
        run.append(i)
        if i == 3 or sides[i] != sides[i + 1]:
            for side in run:
                insets[side] = reach[i]
            run = []
    return insets[0], insets[1], insets[2], insets[3]


_HALF_STEPS = 8  # segments per half corner at least: within 0.001 of the curve at card radii
_MAX_SAGITTA = 0.02  # px: a segment's largest distance from the offset curve (8 segments at 16 px radii)
_MAX_HALF_STEPS = 1024


def _half_steps(span: float, radius: float) -> int:
    """Segments for ``span`` radians of a corner of the larger radius ``radius``: a chord over an angle
    a of a curve of radius r lies r * a^2 / 8 from it, so 8 segments are 0.3 px off a 387 px radius
    (an elliptical ``borderRadius: 50%`` of a tall box: the band along its curve differed in Next)."""
    if radius <= 0.0 or not math.isfinite(radius):
        return _HALF_STEPS
    steps = math.ceil(span / math.sqrt(8.0 * _MAX_SAGITTA / radius))
    return min(max(_HALF_STEPS, steps), _MAX_HALF_STEPS)


def stepped_region(rect: Rect, radii: Radii, reach: tuple[float, float, float, float], white: Rect) -> Path:
    """Satori's content mask when the sides differ: ``white`` (the rectangle it fills) less a band along
    each side of the rounded border box ``rect``, ``reach`` deep (top, right, bottom, left; twice that
    is the stroke width, centred on the outline). Each corner's arc is split between the two sides'
    strokes where it meets the corner's diagonal (Satori's ``svgArcCenterOffset``: the point at
    ``rx * ry / hypot(rx, ry)`` from the centre on both axes), so the region's corner is the two
    halves of the arc's inward offset, joined by a step: a polygon through them, kept in ``white``."""
    top, right, bottom, left = reach
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = radii
    x0, y0, x1, y1 = rect.x, rect.y, rect.right, rect.bottom
    # (corner centre, radii, first half's reach, second half's reach, start angle in degrees, the box's
    # corner), clockwise
    corners = (
        (x0 + tlx, y0 + tly, tlx, tly, left, top, 180.0, (x0, y0)),
        (x1 - trx, y0 + try_, trx, try_, top, right, 270.0, (x1, y0)),
        (x1 - brx, y1 - bry, brx, bry, right, bottom, 0.0, (x1, y1)),
        (x0 + blx, y1 - bly, blx, bly, bottom, left, 90.0, (x0, y1)),
    )
    points: list[tuple[float, float]] = []
    for cx, cy, rx, ry, first, second, start, (kx, ky) in corners:
        if rx <= 0.0 or ry <= 0.0:
            # a square corner (one radius 0: the arc is a straight line along the side), at the box's
            # corner, not at the centre the other radius would give it
            sx, sy = math.cos(math.radians(start + 45.0)), math.sin(math.radians(start + 45.0))
            points.append((kx - math.copysign(first if sx * sy > 0 else second, sx),
                           ky - math.copysign(second if sx * sy > 0 else first, sy)))
            continue
        # the parametric angle of the diagonal point within this quarter (measured from its start)
        a0 = math.radians(start)
        along = math.atan2(abs(math.sin(a0 + math.pi / 4)) / ry, abs(math.cos(a0 + math.pi / 4)) / rx)
        split = along if start in (0.0, 180.0) else math.pi / 2 - along
        for lo, hi, deep in ((0.0, split, first), (split, math.pi / 2, second)):
            steps = _half_steps(hi - lo, max(rx, ry))
            for step in range(steps + 1):
                t = a0 + lo + (hi - lo) * step / steps
                c, s_ = math.cos(t), math.sin(t)
                nx, ny = c / rx, s_ / ry  # the outward normal of the ellipse at t
                norm = math.hypot(nx, ny)
                points.append((cx + rx * c - deep * nx / norm, cy + ry * s_ - deep * ny / norm))
    b = PathBuilder()
    for i, (x, y) in enumerate(points):
        x = min(max(x, white.x), white.right)
        y = min(max(y, white.y), white.bottom)
        if i == 0:
            b.move_to(x, y)
        else:
            b.line_to(x, y)
    return b.close().build()


def turned_chain(clips: tuple[ContentClip, ...], m: Affine) -> tuple[ContentClip, ...]:
    """The chain of content masks as seen through a moved ``overflow: hidden`` element's own one.

    Satori writes each content mask (``satori_om``) as a rectangle that carries the element's matrix
    and, as its ``mask``, the nearest clipping ancestor's content mask. resvg reads a mask in the user
    space of the shape that references it, which includes that shape's ``transform``: every ancestor
    region of the chain is moved by this element's (rounded) matrix ``m`` once more, on top of the
    matrices it already carries. A region moved so no longer matches its element's overflow clip."""
    return tuple(region.turned(m) for region in clips)


def ring_cut(ring: Path) -> tuple[Node, ...]:
    """A luminance mask (canvas space) keeping everything but ``ring`` (a nonzero outline): Satori's
    content mask draws its white rectangle, then the border ring in black over it."""
    far = 1e7
    return (FillPath(rect_path(Rect(-far, -far, 2 * far, 2 * far)), SolidPaint(WHITE)),
            FillPath(ring, SolidPaint(BLACK)))


def active(clips: tuple[ContentClip, ...]) -> tuple[ContentClip, ...]:
    """The regions that cut anything beyond the clips already in effect: not ``implied`` ones whose
    outline lies on pixel edges. An implied region cuts as much as its element's overflow clip, but
    resvg draws both anti-aliased and multiplies them: along an edge off the pixel grid (a moved or
    scaled element's) the mask takes its share of coverage once more (an edge pixel 0.65 covered:
    0.42 in Next, not 0.65)."""
    return tuple(region for region in clips if not region.implied or not _on_pixel_grid(region.clip.path))


def _on_pixel_grid(path: Path) -> bool:
    """Whether ``path`` is made of straight segments between whole-pixel points, axis-aligned: its
    anti-aliased coverage is then 0 or 1 everywhere."""
    last: tuple[float, float] | None = None
    start: tuple[float, float] | None = None
    for segment in path.segments:
        op = segment[0]
        if op == "Z":
            point = start
        elif op in ("M", "L"):
            point = (float(segment[1]), float(segment[2]))  # type: ignore[arg-type]
        else:
            return False
        if point is None or point[0] != round(point[0]) or point[1] != round(point[1]):
            return False
        if op == "M":
            start = point
        elif last is not None and last[0] != point[0] and last[1] != point[1]:
            return False
        last = point
    return True


def content_clipped(nodes: list[Node], clips: tuple[ContentClip, ...]) -> list[Node]:
    """Each node inside the content regions that do not already contain it (one clip group per node,
    as Satori puts the mask on each shape); ``implied`` regions on the pixel grid are skipped."""
    clips = active(clips)
    if not clips:
        return nodes
    out: list[Node] = []
    for node in nodes:
        bounds = node_bounds(node, plain=True)
        for region in clips:
            if bounds is None or not region.contains(bounds):
                node = Group((node,), clip=region.clip)
                if region.cut is not None:
                    node = Group((node,), mask=region.cut, isolated=True)
        out.append(node)
    return out


__all__ = ["ContentClip", "active", "content_clipped", "mask_reach", "ring_cut", "stepped_region", "turned_chain"]
