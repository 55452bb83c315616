"""Immutable vector paths in CSS px (y down) and the builder that makes them.

A :class:`Path` is a tuple of segments: ``("M", x, y)``, ``("L", x, y)``, ``("Q", x1, y1, x, y)``,
``("C", x1, y1, x2, y2, x, y)`` and ``("Z",)``. Paths are hashable, so the rasterizer can cache the
coverage of a path it has seen (glyphs). Shape helpers build the paths the painter needs: rectangles,
rounded rectangles with elliptical corners, ellipses. Imports only :mod:`pureog.geometry`.
"""

from __future__ import annotations

import math

from pureog import caches
from pureog.geometry import Affine, Rect
from pureog.records import field, record

Segment = tuple[object, ...]

# Cubic Bézier control distance for a quarter ellipse (4/3 * (sqrt(2) - 1)).
KAPPA = 0.5522847498307936


@record
class Path:
    """An immutable sequence of path segments."""

    segments: tuple[Segment, ...]
    _hash: int = field(default=0, compare=False, repr=False)
    # bounds(), computed on first use: a glyph's path is shared by every occurrence and every render
    # (the text painter, the winding check and the rasterizer all ask for it).
    _bounds: Rect | None = field(default=None, init=False, compare=False, repr=False)
    # what drew it, for a glyph outline: (face, px per font unit), which the auto-fitter (text/autofit)
    # needs to hint it; carried by the path itself so that no cache clearing can lose it
    origin: object = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(self.segments))

    def __hash__(self) -> int:
        return self._hash

    @property
    def is_empty(self) -> bool:
        return not self.segments

    def transformed(self, m: Affine) -> Path:
        """The path with every point mapped through ``m``."""
        out: list[Segment] = []
        for seg in self.segments:
            verb = seg[0]
            if verb == "Z":
                out.append(seg)
                continue
            coords = seg[1:]
            mapped: list[object] = [verb]
            for i in range(0, len(coords), 2):
                x, y = m.apply(coords[i], coords[i + 1])  # type: ignore[arg-type]
                mapped += (x, y)
            out.append(tuple(mapped))
        return Path(tuple(out))

    def bounds(self) -> Rect:
        """Bounding box of all points, control points included (a cheap conservative bound)."""
        found = self._bounds
        if found is None:
            found = self._measure()
            object.__setattr__(self, "_bounds", found)
        return found

    def _measure(self) -> Rect:
        xs: list[float] = []
        ys: list[float] = []
        for seg in self.segments:
            coords = seg[1:]
            xs.extend(coords[0::2])  # type: ignore[arg-type]
            ys.extend(coords[1::2])  # type: ignore[arg-type]
        if not xs:
            return Rect(0.0, 0.0, 0.0, 0.0)
        return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


class PathBuilder:
    """Collects segments and freezes them into a :class:`Path`."""

    __slots__ = ("_segments",)

    def __init__(self) -> None:
        self._segments: list[Segment] = []

    def move_to(self, x: float, y: float) -> PathBuilder:
        self._segments.append(("M", x, y))
        return self

    def line_to(self, x: float, y: float) -> PathBuilder:
        self._segments.append(("L", x, y))
        return self

    def quad_to(self, x1: float, y1: float, x: float, y: float) -> PathBuilder:
        self._segments.append(("Q", x1, y1, x, y))
        return self

    def cubic_to(self, x1: float, y1: float, x2: float, y2: float, x: float, y: float) -> PathBuilder:
        self._segments.append(("C", x1, y1, x2, y2, x, y))
        return self

    def close(self) -> PathBuilder:
        self._segments.append(("Z",))
        return self

    def extend(self, path: Path) -> PathBuilder:
        self._segments.extend(path.segments)
        return self

    def build(self) -> Path:
        return Path(tuple(self._segments))


def rect_path(r: Rect) -> Path:
    """A closed clockwise rectangle."""
    return (
        PathBuilder()
        .move_to(r.x, r.y)
        .line_to(r.right, r.y)
        .line_to(r.right, r.bottom)
        .line_to(r.x, r.bottom)
        .close()
        .build()
    )


Radii = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]
"""Corner radii ``(rx, ry)`` in the order top-left, top-right, bottom-right, bottom-left."""


def clamp_radii(r: Rect, radii: Radii) -> Radii:
    """Scale all radii down together so adjacent corners never overlap (CSS Backgrounds §5.5)."""
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = radii
    factor = 1.0
    for total, length in (
        (tlx + trx, r.width),
        (blx + brx, r.width),
        (tly + bly, r.height),
        (try_ + bry, r.height),
    ):
        if total > length and total > 0:
            factor = min(factor, length / total)
    if factor >= 1.0:
        return radii
    return (
        (tlx * factor, tly * factor),
        (trx * factor, try_ * factor),
        (brx * factor, bry * factor),
        (blx * factor, bly * factor),
    )


SQUARE_CORNERS: Radii = ((0.0, 0.0), (0.0, 0.0), (0.0, 0.0), (0.0, 0.0))


def has_radius(radii: Radii) -> bool:
    return any(rx > 0 and ry > 0 for rx, ry in radii)


_ROUNDED: dict[tuple[float, float, float, float, Radii], Path] = {}
"""Memo of :func:`rounded_rect_path` (a pure function of its numbers, and paths are immutable): a warm
render, a server or a batch meets the same boxes again, and the four kurbo arcs cost ~20 us a box (the
stat grid's 31 rounded boxes: 0.7 ms a render). Keyed by the numbers; a ``y`` of -0.0, which the path
keeps and which equals 0.0 as a key, is not looked up (``x``, the sizes and the radii lose a zero's
sign in the sums: a square corner's radii become 0.0); bounded."""
_ROUNDED_MAX = 1024


def rounded_rect_path(r: Rect, radii: Radii) -> Path:
    """A closed clockwise rectangle with elliptical corners (radii clamped first), as resvg reads the
    path Satori writes for it (``border-radius.ts``: ``M h a v a h a v a``, relative steps added up in
    f64 from the last point usvg pushed, each corner a kurbo arc, :func:`pureog.arc.arc_to_cubics`, that
    ends on kurbo's sample of the ellipse rather than the given end). The arcs' float noise counts:
    kurbo puts a control point of a full-bleed box's top-left arc at x = -9e-16, its bounds then leave
    the canvas and tiny-skia cuts the path with its edge clipper (:mod:`pureog.raster.edge_clip`)."""
    if not has_radius(radii):
        return rect_path(r)
    if r.y == 0.0 and math.copysign(1.0, r.y) < 0.0:
        return _rounded_rect_path(r, radii)
    key = (r.x, r.y, r.width, r.height, radii)
    path = _ROUNDED.get(key)
    if path is None:
        if len(_ROUNDED) >= _ROUNDED_MAX:
            _ROUNDED.clear()
        path = _ROUNDED[key] = _rounded_rect_path(r, radii)
    return path


def _rounded_rect_path(r: Rect, radii: Radii) -> Path:
    """:func:`rounded_rect_path` of a box with a rounded corner."""
    from pureog.arc import arc_to_cubics  # noqa: PLC0415  (arc imports this module)

    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = (
        (rx, ry) if rx > 0 and ry > 0 else (0.0, 0.0) for rx, ry in clamp_radii(r, radii)
    )
    w, h = r.width, r.height
    x, y = r.x + tlx, r.y
    segs: list[Segment] = [("M", x, y)]
    for dx, dy, rx, ry, ax, ay in ((w - tlx - trx, 0.0, trx, try_, trx, try_),
                                   (0.0, h - try_ - bry, brx, bry, -brx, bry),
                                   (brx + blx - w, 0.0, blx, bly, -blx, -bly),
                                   (0.0, bly + tly - h, tlx, tly, tlx, -tly)):  # fmt: skip
        x, y = x + dx, y + dy
        segs.append(("L", x, y))
        if rx > 0 and ry > 0:
            arc = arc_to_cubics(x, y, rx, ry, 0.0, False, True, x + ax, y + ay)
            segs.extend(arc)
            # usvg goes on from the last point it pushed: kurbo's sample of the ellipse, not the arc's
            # given end (an ulp apart for a 39.6 px radius, which moved the top-left arc's control point
            # to x = 0 and changed its edge pixels by up to 63/255)
            x, y = arc[-1][-2], arc[-1][-1]  # type: ignore[assignment]
    segs.append(("Z",))
    return Path(tuple(segs))


def _kappa_rounded_rect(r: Rect, radii: Radii) -> Path:
    """A closed clockwise rectangle with elliptical corners, each a quarter ellipse of one cubic."""
    if not has_radius(radii):
        return rect_path(r)
    # A corner with one zero radius is square (CSS; an SVG arc with a zero radius is a straight line):
    # both of its radii become 0, or the sides would join it on a diagonal.
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = (
        (rx, ry) if rx > 0 and ry > 0 else (0.0, 0.0) for rx, ry in clamp_radii(r, radii)
    )
    x0, y0, x1, y1 = r.x, r.y, r.right, r.bottom
    k = KAPPA
    b = PathBuilder().move_to(x0 + tlx, y0)
    b.line_to(x1 - trx, y0)
    if trx > 0 and try_ > 0:
        b.cubic_to(x1 - trx + trx * k, y0, x1, y0 + try_ - try_ * k, x1, y0 + try_)
    b.line_to(x1, y1 - bry)
    if brx > 0 and bry > 0:
        b.cubic_to(x1, y1 - bry + bry * k, x1 - brx + brx * k, y1, x1 - brx, y1)
    b.line_to(x0 + blx, y1)
    if blx > 0 and bly > 0:
        b.cubic_to(x0 + blx - blx * k, y1, x0, y1 - bly + bly * k, x0, y1 - bly)
    b.line_to(x0, y0 + tly)
    if tlx > 0 and tly > 0:
        b.cubic_to(x0, y0 + tly - tly * k, x0 + tlx - tlx * k, y0, x0 + tlx, y0)
    return b.close().build()


def ellipse_path(cx: float, cy: float, rx: float, ry: float) -> Path:
    """A closed ellipse made of four cubic arcs."""
    return _kappa_rounded_rect(Rect(cx - rx, cy - ry, 2 * rx, 2 * ry), ((rx, ry),) * 4)


caches.register("path.rounded", _ROUNDED)
