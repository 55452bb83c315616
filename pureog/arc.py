"""SVG elliptical arcs as cubic Béziers, converted the way resvg converts them (kurbo's subdivision).

Role: SVG's ``A`` path command (and Satori's border paths, which use it for rounded corners) -> ``C``
segments, needed by :mod:`pureog.path` (Satori's rounded boxes), :mod:`pureog.images.svg.pathdata` and
:mod:`pureog.paint.border`.

Input -> output: ``arc_to_cubics(x0, y0, rx, ry, x_rotation_deg, large_arc, sweep, x, y, tolerance)
-> list[Segment]``, and :func:`arc_cubics` for the points alone. Imports only :mod:`pureog.path` (for
the segment type, imported while :mod:`pureog.path` builds a rounded box, so at its level); must not
import style, layout, text, display, stroke or raster.
"""

from __future__ import annotations

import math

from pureog.path import Segment

Point = tuple[float, float]
_TAU = 2.0 * math.pi
_HALF_PI = math.pi / 2.0


def arc_cubics(start: Point, end: Point, rx: float, ry: float, x_rotation: float, large_arc: bool,
               sweep: bool, tolerance: float = 0.1) -> list[tuple[Point, Point, Point]] | None:
    """kurbo 0.9's ``Arc::from_svg_arc`` + ``to_cubic_beziers(tolerance)``: the (c1, c2, end) of each
    cubic, or None where kurbo sees a straight line. ``x_rotation`` in radians.

    The same IEEE operations in the same order as kurbo, so the same ulps come out: usvg computes bounding
    boxes from these points and resvg truncates regions built on them (a circle's box a few ulps wider
    than its radius moves a filter region by a pixel). The last end point is kurbo's sample of the
    ellipse, not the arc's given end."""
    if abs(rx) <= 1e-5 or abs(ry) <= 1e-5 or start == end:
        return None
    rx, ry = abs(rx), abs(ry)
    xr = math.fmod(x_rotation, _TAU)
    sin_phi, cos_phi = math.sin(xr), math.cos(xr)
    hd_x, hd_y = (start[0] - end[0]) * 0.5, (start[1] - end[1]) * 0.5
    hs_x, hs_y = (start[0] + end[0]) * 0.5, (start[1] + end[1]) * 0.5
    px = cos_phi * hd_x + sin_phi * hd_y
    py = -sin_phi * hd_x + cos_phi * hd_y
    rf = px * px / (rx * rx) + py * py / (ry * ry)
    if rf > 1.0:
        scale = math.sqrt(rf)
        rx *= scale
        ry *= scale
    rxry, rxpy, rypx = rx * ry, rx * py, ry * px
    sum_of_sq = rxpy * rxpy + rypx * rypx
    if sum_of_sq == 0.0:  # kurbo only debug-asserts; a release build divides by zero into NaN
        return None
    sign = -1.0 if large_arc == sweep else 1.0
    coe = sign * math.sqrt(abs((rxry * rxry - sum_of_sq) / sum_of_sq))
    tcx, tcy = coe * rxpy / ry, -coe * rypx / rx
    cx = cos_phi * tcx - sin_phi * tcy + hs_x
    cy = sin_phi * tcx + cos_phi * tcy + hs_y
    start_angle = math.atan2((py - tcy) / ry, (px - tcx) / rx)
    sweep_angle = math.fmod(math.atan2((-py - tcy) / ry, (-px - tcx) / rx) - start_angle, _TAU)
    if sweep and sweep_angle < 0.0:
        sweep_angle += _TAU
    elif not sweep and sweep_angle > 0.0:
        sweep_angle -= _TAU
    # Arc::append_iter
    n_err = max((1.1163 * (max(rx, ry) / tolerance)) ** (1.0 / 6.0), 3.999_999)
    count = n_err * abs(sweep_angle) * (1.0 / _TAU)
    if not (math.isfinite(count) and count > 0.0):
        return []  # NaN (hostile numbers): kurbo's ``n as usize`` is 0, no curve at all
    n = math.ceil(count)
    step = sweep_angle / n
    arm = (4.0 / 3.0) * math.tan(abs(0.25 * step)) * math.copysign(1.0, sweep_angle)
    rot_sin, rot_cos = math.sin(x_rotation), math.cos(x_rotation)

    def sample(angle: float) -> Point:  # kurbo's sample_ellipse, rotate_pt by x_rotation
        u, v = rx * math.cos(angle), ry * math.sin(angle)
        return (u * rot_cos - v * rot_sin, u * rot_sin + v * rot_cos)

    angle0 = start_angle
    p0 = sample(angle0)
    out = []
    for _ in range(int(n)):
        angle1 = angle0 + step
        t0 = sample(angle0 + _HALF_PI)
        p1 = (p0[0] + arm * t0[0], p0[1] + arm * t0[1])
        p3 = sample(angle1)
        t1 = sample(angle1 + _HALF_PI)
        p2 = (p3[0] - arm * t1[0], p3[1] - arm * t1[1])
        out.append(((cx + p1[0], cy + p1[1]), (cx + p2[0], cy + p2[1]), (cx + p3[0], cy + p3[1])))
        angle0, p0 = angle1, p3
    return out


def arc_to_cubics(
    x0: float,
    y0: float,
    rx: float,
    ry: float,
    x_rotation_deg: float,
    large_arc: bool,
    sweep: bool,
    x: float,
    y: float,
    tolerance: float = 0.1,
) -> list[Segment]:
    """SVG's ``A`` command from (x0, y0) as ``C`` segments (or one ``L`` for a degenerate arc), as usvg's
    ``push_arc_to`` converts it (:func:`arc_cubics`)."""
    cubics = arc_cubics((x0, y0), (x, y), rx, ry, math.radians(x_rotation_deg), large_arc, sweep, tolerance)
    if cubics is None:
        return [("L", x, y)]
    return [("C", c1[0], c1[1], c2[0], c2[1], e[0], e[1]) for c1, c2, e in cubics]
