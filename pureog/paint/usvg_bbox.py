"""The object bounding box resvg computes for Satori's rounded-rectangle path, float error included.

Role: a border box, its corner radii and an offset -> the bounding box Next's resvg (usvg 0.29 with
svgtypes 0.10 and kurbo 0.9) gives the path Satori writes for it (builder/border-radius.ts:
``M{left + tl},{top} h.. a.. v.. a.. h.. a.. v.. a..``), as a :class:`Rect`.

Why it matters: a filter region in objectBoundingBox units (Satori's box shadows) is this box, and
resvg turns it into pixels by *truncating* x and y (``to_screen_rect``). svgtypes converts each arc
into kurbo cubics whose end points come from ``sin``/``cos`` samples, and usvg's bounding box adds
each cubic's extrema found by a quadratic solver: at a corner the extremum lies at the curve's end and
evaluates a few ulps inside or outside the exact side. 23.999999999999996 truncates to 23, so the
region starts one pixel early and, keeping its rounded width, ends one pixel early: a blur-free box
shadow on a rounded box loses its last column and row in Next (measured with its resvg: a filter of
one ``feFlood`` over ``rx=8`` spans 23..122 for a shape at 24..123; the same outline written with
cubics spans 24..123). Python floats are the same IEEE doubles and the same operations are done in the
same order, so the same ulps come out.

Imports display, geometry, path, path_bounds and arc; no raster.
"""

from __future__ import annotations

from pureog.arc import arc_cubics
from pureog.display import FillPath, Group, Node
from pureog.geometry import Affine, Rect
from pureog.path import Path, PathBuilder, Radii
from pureog.path_bounds import Bounds

Point = tuple[float, float]


def satori_rounded_rect_bbox(rect: Rect, radii: Radii, dx: float = 0.0, dy: float = 0.0) -> Rect:
    """usvg's bbox of Satori's path for ``rect`` with (resolved) ``radii``, shifted by (dx, dy) as
    Satori's box shadow shifts it (only the absolute ``M`` moves; the relative segments follow)."""
    start, pieces = _satori_pieces(rect, radii, dx, dy)
    box = Bounds(*start)
    for piece in pieces:
        if len(piece) == 1:
            box.add_point(*piece[0])
        else:
            box.add_cubic(*piece)
    return Rect(box.min_x, box.min_y, box.max_x - box.min_x, box.max_y - box.min_y)


def satori_rounded_rect_path(rect: Rect, radii: Radii, dx: float = 0.0, dy: float = 0.0) -> Path:
    """Satori's rounded-rectangle path as resvg holds it: lines and kurbo's arc cubics, left open
    (Satori writes no ``Z``), shifted by (dx, dy). Its stroke is a box shadow's spread."""
    start, pieces = _satori_pieces(rect, radii, dx, dy)
    b = PathBuilder().move_to(*start)
    for piece in pieces:
        if len(piece) == 1:
            b.line_to(*piece[0])
        else:
            (x1, y1), (x2, y2), (x, y) = piece[1:]
            b.cubic_to(x1, y1, x2, y2, x, y)
    return b.build()


def _satori_pieces(rect: Rect, radii: Radii, dx: float, dy: float) -> tuple[Point, list[tuple[Point, ...]]]:
    """The start point and the pieces of Satori's path (``(end,)`` a line, ``(start, c1, c2, end)``
    a cubic), computed with Satori's relative arithmetic and svgtypes' arc conversion."""
    (tl0, tl1), (tr0, tr1), (br0, br1), (bl0, bl1) = radii
    w, h = rect.width, rect.height
    # (kind, relative x, relative y, arc radii) in Satori's order and arithmetic
    steps: tuple[tuple[str, float, float, Point], ...] = (
        ("h", w - tl0 - tr0, 0.0, (0.0, 0.0)),
        ("a", tr0, tr1, (tr0, tr1)),
        ("v", 0.0, h - tr1 - br1, (0.0, 0.0)),
        ("a", -br0, br1, (br0, br1)),
        ("h", br0 + bl0 - w, 0.0, (0.0, 0.0)),
        ("a", -bl0, -bl1, (bl0, bl1)),
        ("v", 0.0, bl1 + tl1 - h, (0.0, 0.0)),
        ("a", tl0, -tl1, (tl0, tl1)),
    )
    x, y = (rect.x + tl0) + dx, rect.y + dy
    start = (x, y)
    pieces: list[tuple[Point, ...]] = []
    for kind, rx_, ry_, (arc_rx, arc_ry) in steps:
        if kind == "h":
            x = rx_ + x
            pieces.append(((x, y),))
        elif kind == "v":
            y = ry_ + y
            pieces.append(((x, y),))
        else:
            to = (rx_ + x, ry_ + y)
            cubics = arc_cubics((x, y), to, arc_rx, arc_ry, 0.0, False, True)
            if cubics is None:  # kurbo: a straight line
                x, y = to
                pieces.append(((x, y),))
                continue
            p0 = (x, y)
            for c1, c2, end in cubics:
                pieces.append((p0, c1, c2, end))
                p0 = end
            x, y = p0
    return start, pieces


def transformed_bbox(box: Rect, m: Affine) -> Rect:
    """usvg's ``PathBbox::transform``: the box as a rectangle path through ``m``, then that path's
    bounding box (the corners' extent: looser than the turned shape's own bounds)."""
    right, bottom = box.x + box.width, box.y + box.height
    corners = ((box.x, box.y), (right, box.y), (right, bottom), (box.x, bottom))
    mapped = [m.apply(x, y) for x, y in corners]
    out = Bounds(*mapped[0])
    for x, y in mapped:
        out.add_point(x, y)
    return Rect(out.min_x, out.min_y, out.max_x - out.min_x, out.max_y - out.min_y)


def translated_paths_bbox(node: Node) -> Rect | None:
    """usvg's bbox of the absolute outline Satori writes for ``node``: glyph outlines (and other paths)
    under groups that only translate, their points taken back to the absolute doubles resvg parses.

    Text is painted as integer-translated outlines (:func:`pureog.paint.text.svg_rounded_glyph`); each
    point minus its whole translation is exact, so adding it back gives the double of Satori's
    one-decimal coordinate. The union of per-glyph :class:`Rect` boxes (``y + height``) is not: the
    bottom of an ``o`` at 93.4 came out 93.40000000000002, the blur()/drop-shadow() region (-100%/200%
    of the box, x and y truncated) then started at 49.99999999999998, one pixel early, and lost the
    text's last row. None when a group transforms otherwise, carries an effect or holds no path."""
    found: list[Bounds] = []

    def walk(n: Node, dx: float, dy: float) -> bool:
        if isinstance(n, FillPath):
            for seg in n.path.segments:
                verb = seg[0]
                if verb == "Z":
                    continue
                pts = [(seg[i] + dx, seg[i + 1] + dy) for i in range(1, len(seg), 2)]  # type: ignore[operator]
                if not found:
                    found.append(Bounds(*pts[0]))
                box = found[0]
                if verb in ("M", "L"):
                    box.add_point(*pts[0])
                elif verb == "C":
                    box.add_cubic(last[0], pts[0], pts[1], pts[2])
                else:
                    return False  # a quadratic or arc: not the cubics usvg turns them into
                last[0] = pts[-1]
            return True
        if not isinstance(n, Group):
            return False
        t = n.transform
        if (t.a, t.b, t.c, t.d) != (1.0, 0.0, 0.0, 1.0) or n.clip is not None or n.blur is not None \
                or n.mask is not None or n.shadow is not None or n.filter is not None \
                or n.projection is not None or n.svg_filters or n.backdrop is not None:
            return False
        return all(walk(c, dx + t.e, dy + t.f) for c in n.children)

    last: list[Point] = [(0.0, 0.0)]
    if not walk(node, 0.0, 0.0) or not found:
        return None
    b = found[0]
    return Rect(b.min_x, b.min_y, b.max_x - b.min_x, b.max_y - b.min_y)


__all__ = ["satori_rounded_rect_bbox", "transformed_bbox", "translated_paths_bbox"]
