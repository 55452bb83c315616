"""SVG elliptical arcs as cubic Béziers, converted the way resvg converts them (kurbo's subdivision).

Role: SVG's ``A`` path command (and Satori's border paths, which use it for rounded corners) -> ``C``
segments, needed by :mod:`pureog.images.svg.pathdata` and :mod:`pureog.paint.border`.

Input -> output: ``arc_to_cubics(x0, y0, rx, ry, x_rotation_deg, large_arc, sweep, x, y, tolerance)
-> list[Segment]``. Imports only :mod:`pureog.path` (for the segment type); must not import the other
stroke modules, nor style, layout, text, display or raster.
"""

from __future__ import annotations

import math

from pureog.path import Segment


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
    """SVG's ``A`` command from (x0, y0) as ``C`` segments (or one ``L`` for a degenerate arc).

    Center parameterization as in SVG 1.1 F.6.5/F.6.6 (radii scaled up when too small); the number of
    cubics per sweep follows kurbo's ``Arc::append_iter``, which resvg uses with tolerance 0.1.
    """
    rx, ry = abs(rx), abs(ry)
    if rx <= 1e-5 or ry <= 1e-5 or (x0 == x and y0 == y):
        return [("L", x, y)]
    phi = math.radians(x_rotation_deg)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    hx, hy = (x0 - x) / 2, (y0 - y) / 2
    x1p = cos_phi * hx + sin_phi * hy
    y1p = -sin_phi * hx + cos_phi * hy
    lam = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry)
    if lam > 1:
        s = math.sqrt(lam)
        rx, ry = rx * s, ry * s
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(0.0, num / den)) if den > 0 else 0.0
    if large_arc == sweep:
        coef = -coef
    cxp = coef * rx * y1p / ry
    cyp = -coef * ry * x1p / rx
    cx = cos_phi * cxp - sin_phi * cyp + (x0 + x) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (y0 + y) / 2
    theta1 = math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx)
    theta2 = math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx)
    delta = theta2 - theta1
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    scaled_err = max(rx, ry) / tolerance
    n_err = max((1.1163 * scaled_err) ** (1.0 / 6.0), 3.999_999)
    n = max(1, math.ceil(n_err * abs(delta) / (2 * math.pi)))
    step = delta / n
    arm = 4.0 / 3.0 * math.tan(step / 4)
    out: list[Segment] = []
    angle = theta1
    for i in range(n):
        a0, a1 = angle, angle + step
        c0, s0, c1, s1 = math.cos(a0), math.sin(a0), math.cos(a1), math.sin(a1)
        # Points on the unrotated ellipse, then rotated by phi around the centre.
        p1 = (rx * (c0 - arm * s0), ry * (s0 + arm * c0))
        p2 = (rx * (c1 + arm * s1), ry * (s1 - arm * c1))
        p3 = (rx * c1, ry * s1)
        pts = [(cx + cos_phi * px - sin_phi * py, cy + sin_phi * px + cos_phi * py) for px, py in (p1, p2, p3)]
        if i == n - 1:
            pts[2] = (x, y)
        out.append(("C", pts[0][0], pts[0][1], pts[1][0], pts[1][1], pts[2][0], pts[2][1]))
        angle = a1
    return out
