"""Dashes and dots of a rounded Chrome border (or outline): the closed centre line, dashed as Skia dashes it.

Blink (BoxBorderPainter) paints a dashed or dotted side of a box with rounded corners, when one of the
side's two inner corners is rounded, by stroking the whole **closed** centre line (the border box
shrunk by half of each side's width truncated to whole px, its radii shrunk alike) with a dash path
effect fitted to that line's length, and clipping the stroke to the side's share of the ring
(:mod:`border_styles` does the clipping). So dashes and dots run on around the corners, and all
sides of one width share one pattern:

- the pattern is fitted to the line's length truncated to whole px (``static_cast<int>``), starting at
  the end of the top-left corner's arc, clockwise (Skia's rounded-rectangle start), phase 0; the closed
  contour's last dash runs on into the first;
- ``dashed``: dashes ``2w`` long (``3w`` below 3 px), the gap nearest ``w`` (``2w``) that fits a whole
  number of dash-and-gap pairs (StyledStrokeData's SelectBestDashGap for a closed path); a line of at
  most two dashes is drawn solid, one of at most two dashes and gaps holds two proportionally shortened
  ones; the stroke is ``2.2`` times the widest of the side and its neighbours, with butt ends (the ring
  clip cuts it to the border);
- ``dotted`` wider than 3 px: round dots of diameter ``w``, one every ``gap + w - 0.01`` px (the gap
  fitted as for dashes); thinner: square dashes ``w`` on, ``w`` off (not fitted), stroked as dashes.

Input: border-box Rect, per-side widths, resolved radii -> Path of the marks (unclipped). Must not
import text, layout or raster.
"""

from __future__ import annotations

import math

from pureog.contour import ROUND_CORNERS, contoured_rect_path
from pureog.geometry import Rect
from pureog.limits import charge_dashes
from pureog.paint.radius import inner_radii
from pureog.path import Path, PathBuilder, Radii, ellipse_path
from pureog.style.values import BorderStyle

_ARC_STEPS = 24  # polyline segments per quarter arc: well under a tenth of a px off for radii up to ~200 px
_MAX_MARKS = 4096  # marks along the line at most (hostile input); past it the line is drawn solid

Point = tuple[float, float]


def uses_centre_line(widths: tuple[float, ...], radii: Radii, index: int) -> bool:
    """Whether Blink draws side ``index`` of a rounded border along the closed centre line: one of its
    two inner corners (the padding edge's) is still rounded (``BorderWillArcInnerEdge``)."""
    inner = inner_radii(radii, *widths)
    first, second = inner[index], inner[(index + 1) % 4]
    return first != (0.0, 0.0) or second != (0.0, 0.0)


def centre_line(rect: Rect, widths: tuple[float, ...], radii: Radii,
                shapes: tuple[float, float, float, float] = ROUND_CORNERS) -> list[Point]:
    """The closed centre line as a polyline, from the end of the top-left arc clockwise, first point
    repeated at the end (the border box shrunk by half of each width, truncated, radii alike)."""
    # half of each width, truncated to whole px as Blink's centre outsets come out (measured: a 5 px
    # dotted border's dots sit 2 px inside the edge, and only so does the line's length give
    # Chromium's count of dots; bordergen seed 1: 104 -> 113 of 200)
    top, right, bottom, left = (float(int(w / 2)) for w in widths)
    # not snapped to whole px: snapping the edges of an odd width's line (as PixelSnapped... suggests)
    # matched Chromium worse over the bordergen corpus (83 vs 90 of 200)
    x0, y0 = rect.x + left, rect.y + top
    x1, y1 = rect.x + rect.width - right, rect.y + rect.height - bottom
    centre = inner_radii(radii, top, right, bottom, left)
    if shapes != ROUND_CORNERS:
        # corners with shapes (cornerShape): Blink's contoured path, from the top-right corner's start
        # (starting it where a rounded one starts matched Chromium worse over the bordergen corpus)
        return shaped_inset(rect, radii, shapes, (top, right, bottom, left))
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = (
        (rx, ry) if rx > 0 and ry > 0 else (0.0, 0.0) for rx, ry in centre)
    points: list[Point] = [(x0 + tlx, y0)]

    def arc(cx: float, cy: float, rx: float, ry: float, start: float) -> None:
        if rx <= 0 or ry <= 0:
            points.append((cx, cy))
            return
        for k in range(1, _ARC_STEPS + 1):
            angle = math.radians(start + 90.0 * k / _ARC_STEPS)
            points.append((cx + rx * math.cos(angle), cy + ry * math.sin(angle)))

    points.append((x1 - trx, y0))
    arc(x1 - trx, y0 + try_, trx, try_, 270.0)
    points.append((x1, y1 - bry))
    arc(x1 - brx, y1 - bry, brx, bry, 0.0)
    points.append((x0 + blx, y1))
    arc(x0 + blx, y1 - bly, blx, bly, 90.0)
    points.append((x0, y0 + tly))
    arc(x0 + tlx, y0 + tly, tlx, tly, 180.0)
    return points


def side_share(rect: Rect, widths: tuple[float, ...], radii: Radii, index: int) -> Path:
    """Side ``index``'s clip (Blink's ``ClipBorderSidePolygon``): its outer edge and, at each end, the
    diagonal from the outer corner towards the inner one, carried on to the chord of a rounded inner
    corner but never past the padding box's far edges."""
    top, right, bottom, left = widths
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.width, rect.y + rect.height
    ix0, iy0, ix1, iy1 = x0 + left, y0 + top, x1 - right, y1 - bottom
    inner = inner_radii(radii, *widths)
    outer_points = ((x0, y0), (x1, y0), (x1, y1), (x0, y1))
    inner_points = ((ix0, iy0), (ix1, iy0), (ix1, iy1), (ix0, iy1))

    def end(k: int) -> Point:
        (ox, oy), (px, py) = outer_points[k], inner_points[k]
        dx, dy = px - ox, py - oy
        t = 1.0
        rx, ry = inner[k]
        if (rx, ry) != (0.0, 0.0):
            sx = 1.0 if k in (0, 3) else -1.0
            sy = 1.0 if k in (0, 1) else -1.0
            # where the diagonal crosses the chord from (px + sx rx, py) to (px, py + sy ry)
            cx, cy = -sx * rx, sy * ry
            denominator = dx * cy - dy * cx
            if denominator:
                t = ((px + sx * rx - ox) * cy - (py - oy) * cx) / denominator
            for delta, low, high, origin in ((dx, ix0, ix1, ox), (dy, iy0, iy1, oy)):
                if delta > 0:
                    t = min(t, (high - origin) / delta)
                elif delta < 0:
                    t = min(t, (low - origin) / delta)
            t = max(t, 1.0)
        return (ox + dx * t, oy + dy * t)

    a, b = index, (index + 1) % 4
    return (PathBuilder().move_to(*outer_points[a]).line_to(*end(a)).line_to(*end(b))
            .line_to(*outer_points[b]).close().build())


def shaped_inset(rect: Rect, radii: Radii, shapes: tuple[float, float, float, float],
                 insets: tuple[float, ...]) -> list[Point]:
    """The contoured box (``cornerShape``) moved inwards by ``insets`` (top, right, bottom, left) along
    its normals, as a closed polyline from the top-right corner's start: the inner edge of a border of
    those widths, which Blink keeps at a constant thickness along a shaped corner (each normal's
    horizontal part scaled by the left or right width, its vertical part by the top or bottom one)."""
    top, right, bottom, left = insets
    points = _flattened(contoured_rect_path(rect, radii, shapes))[:-1]
    unique = [p for i, p in enumerate(points) if p != points[i - 1]] or points
    count = len(unique)

    def normal(a: Point, b: Point) -> Point:
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy) or 1.0
        return (-dy / length, dx / length)  # inwards on a clockwise (y down) outline

    out: list[Point] = []
    for i, point in enumerate(unique):
        n1 = normal(unique[i - 1], point)
        n2 = normal(point, unique[(i + 1) % count])
        nx, ny = n1[0] + n2[0], n1[1] + n2[1]
        length = math.hypot(nx, ny)
        if length < 1e-9:
            nx, ny = n2
        else:
            nx, ny = nx / length, ny / length
            cosine = nx * n2[0] + ny * n2[1]
            scale = 1.0 / max(cosine, 0.25)  # a mitred vertex, bounded as a miter limit of 4
            nx, ny = nx * scale, ny * scale
        out.append((point[0] + nx * (left if nx > 0 else right), point[1] + ny * (top if ny > 0 else bottom)))
    return [*out, out[0]]


def _flattened(path: Path) -> list[Point]:
    """A closed path of lines and cubics as a polyline, its first point repeated at the end."""
    points: list[Point] = []
    for segment in path.segments:
        verb, coords = segment[0], [float(v) for v in segment[1:]]  # type: ignore[arg-type]
        if verb in ("M", "L"):
            points.append((coords[0], coords[1]))
        elif verb == "C":
            (ax, ay), (b1x, b1y, b2x, b2y, bx, by) = points[-1], coords
            for k in range(1, _ARC_STEPS + 1):
                t = k / _ARC_STEPS
                u = 1.0 - t
                points.append((u * u * u * ax + 3 * u * u * t * b1x + 3 * u * t * t * b2x + t * t * t * bx,
                               u * u * u * ay + 3 * u * u * t * b1y + 3 * u * t * t * b2y + t * t * t * by))
    if points and points[-1] != points[0]:
        points.append(points[0])
    return points


def _best_gap(length: float, dash: float, gap: float) -> float:
    """SelectBestDashGap for a closed path: as many gaps as dashes, the gap nearest ``gap``."""
    fewer = math.floor(length / (dash + gap))
    more = fewer + 1
    fewer_gap = (length - fewer * dash) / fewer if fewer > 0 else math.inf
    more_gap = (length - more * dash) / more
    return fewer_gap if more_gap <= 0 or abs(fewer_gap - gap) < abs(more_gap - gap) else more_gap


class _Measured:
    """A polyline with its running lengths: points at, and pieces between, distances along it."""

    def __init__(self, points: list[Point]) -> None:
        self.points = points
        self.lengths = [0.0]
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
            self.lengths.append(self.lengths[-1] + math.hypot(bx - ax, by - ay))
        self.total = self.lengths[-1]

    def _segment(self, at: float) -> int:
        low, high = 0, len(self.points) - 2
        while low < high:  # the last segment starting at or before ``at``
            mid = (low + high + 1) // 2
            if self.lengths[mid] <= at:
                low = mid
            else:
                high = mid - 1
        return low

    def point(self, at: float) -> Point:
        i = self._segment(at)
        span = self.lengths[i + 1] - self.lengths[i]
        t = (at - self.lengths[i]) / span if span > 0 else 0.0
        (ax, ay), (bx, by) = self.points[i], self.points[i + 1]
        return (ax + (bx - ax) * t, ay + (by - ay) * t)

    def piece(self, start: float, end: float) -> list[Point]:
        """The polyline from ``start`` to ``end`` (``end`` may pass the end: it runs on from the start)."""
        if end > self.total:
            return self.piece(start, self.total) + self.piece(0.0, end - self.total)[1:]
        out = [self.point(start)]
        i = self._segment(start)
        while i + 1 < len(self.points) and self.lengths[i + 1] < end:
            out.append(self.points[i + 1])
            i += 1
        out.append(self.point(end))
        return out


def rounded_marks(rect: Rect, widths: tuple[float, ...], radii: Radii, index: int, style: BorderStyle,
                  shapes: tuple[float, float, float, float] = ROUND_CORNERS) -> Path:
    """The dashes or dots side ``index`` strokes along the closed centre line (see the module doc)."""
    from pureog.stroke import stroke_path  # noqa: PLC0415  (lazy, as paint.border does)

    width = widths[index]
    line = _Measured(centre_line(rect, widths, radii, shapes))
    length = float(int(line.total))  # Blink hands Skia the length as an int
    thickness = 2.2 * max(width, widths[(index + 1) % 4], widths[(index + 3) % 4])
    if style is BorderStyle.DOTTED and width > 3:
        if length < 2 * width:
            count, step = 1, 0.0
        else:
            step = _best_gap(length, width, width) + width - 1.0e-2
            count = int(line.total / step) + 1 if step > 0 else 1
        if count > _MAX_MARKS:
            return _solid(line, thickness, stroke_path)
        charge_dashes(count)  # the render's dashes together (each side builds the whole line's marks)
        builder = PathBuilder()
        for k in range(count):
            at = k * step
            if at <= line.total:
                x, y = line.point(at)
                builder.extend(ellipse_path(x, y, width / 2, width / 2))
        return builder.build()
    if style is BorderStyle.DOTTED:
        dash = gap = width
    else:
        dash, gap = (2 * width, width) if width >= 3 else (3 * width, 2 * width)
    if length <= 2 * dash:
        return _solid(line, thickness, stroke_path)  # no room for dashes: Blink strokes no dash effect
    if length <= 2 * dash + 2 * gap:
        scale = length / (2 * dash + 2 * gap)
        dash, gap = dash * scale, gap * scale
    elif style is BorderStyle.DASHED:
        gap = _best_gap(length, dash, gap)
    period = dash + gap
    if period <= 0 or line.total / period > _MAX_MARKS:
        return _solid(line, thickness, stroke_path)
    # the render's dashes together, as stroke/dash.py counts them (round seventeen: uncharged, 1,990
    # rounded outlines of ~1,000 dashes each, every side marking the whole line, ran 9 s CPU at load 18)
    charge_dashes(line.total / period)
    builder = PathBuilder()
    start = 0.0
    while start < line.total:
        # the last dash of the closed contour runs on into the first (Skia joins them)
        end = min(start + dash, line.total + dash) if start + dash > line.total else start + dash
        piece = line.piece(start, end)
        builder.move_to(*piece[0])
        for x, y in piece[1:]:
            builder.line_to(x, y)
        start += period
    return stroke_path(builder.build(), thickness, join="miter", cap="butt", miter_limit=4.0)


def _solid(line: _Measured, thickness: float, stroke_path: object) -> Path:
    builder = PathBuilder().move_to(*line.points[0])
    for x, y in line.points[1:]:
        builder.line_to(x, y)
    return stroke_path(builder.close().build(), thickness, join="miter", cap="butt",  # type: ignore[operator,no-any-return]
                       miter_limit=4.0)


__all__ = ["centre_line", "rounded_marks", "shaped_inset", "side_share", "uses_centre_line"]
