"""Nearly straight cubics, as tiny-skia's stroker tells them apart before offsetting them.

Role: a cubic -> ``None`` when tiny-skia strokes it as a curve, or the corners of the polyline it
strokes instead (``check_cubic_linear`` in tiny-skia's path/src/stroker.rs). A cubic whose inner
control points lie within 0.3 % of its extent from its chord is "in line": tiny-skia strokes it as
straight lines through its points of greatest curvature inside (0, 1), the lines after the first
joined round, or as its chord alone when there are none. A flat elliptical corner (a 50 % / 10 %
radius on a wide box: ``2208 x 6.9``) is such a cubic: its offset is two straight edges meeting at
an angle, not the offset curve, and the border's inner edge sits up to a pixel further in.

Input -> output: ``line_reduction(curve) -> list[Pt] | None`` (the polyline's points after the
start, the end point last). Imports :mod:`pureog.f32` and tiny-skia's cubic solver from
:mod:`pureog.stroke.hairline_aa`; must not import style, layout, text, display or raster.
"""

from __future__ import annotations

from pureog.f32 import f32
from pureog.stroke.contours import Curve, Pt
from pureog.stroke.hairline_aa import solve_unit_cubic

_LINE_SLOP = 0.00001  # tiny-skia's: "this multiplier is pulled out of the air"


def _sub(a: Pt, b: Pt) -> Pt:
    return (f32(a[0] - b[0]), f32(a[1] - b[1]))


def _degenerate(v: Pt) -> bool:
    """tiny-skia's ``degenerate_vector``: a vector that cannot be normalized."""
    return not (abs(v[0]) < float("inf") and abs(v[1]) < float("inf")) or (v[0] == 0.0 and v[1] == 0.0)


def _pt_to_line(pt: Pt, start: Pt, end: Pt) -> float:
    dx, dy = _sub(end, start)
    ax, ay = _sub(pt, start)
    denom = f32(f32(dx * dx) + f32(dy * dy))
    t = f32(f32(f32(dx * ax) + f32(dy * ay)) / denom) if denom != 0.0 else float("nan")
    if 0.0 <= t <= 1.0:
        hx = f32(f32(start[0] * f32(1.0 - t)) + f32(end[0] * t))
        hy = f32(f32(start[1] * f32(1.0 - t)) + f32(end[1] * t))
        ex, ey = f32(hx - pt[0]), f32(hy - pt[1])
    else:
        ex, ey = ax, ay
    return f32(f32(ex * ex) + f32(ey * ey))


def _in_line(c: tuple[Pt, Pt, Pt, Pt]) -> bool:
    """tiny-skia's ``cubic_in_line``: both inner points near the line through the two farthest apart."""
    best, outer1, outer2 = -1.0, 0, 0
    for i in range(3):
        for j in range(i + 1, 4):
            dx, dy = _sub(c[j], c[i])
            span = max(abs(dx), abs(dy))
            if best < span:
                best, outer1, outer2 = span, i, j
    mid1 = (1 + (2 >> outer2)) >> outer1
    mid2 = outer1 ^ outer2 ^ mid1
    slop = f32(f32(best * best) * _LINE_SLOP)
    return _pt_to_line(c[mid1], c[outer1], c[outer2]) <= slop and _pt_to_line(c[mid2], c[outer1], c[outer2]) <= slop


def _max_curvature(c: tuple[Pt, Pt, Pt, Pt]) -> list[float]:
    """tiny-skia's ``find_cubic_max_curvature``: where F' . F'' = 0, clamped to [0, 1]."""
    coeff = [0.0, 0.0, 0.0, 0.0]
    for k in (0, 1):
        a = f32(c[1][k] - c[0][k])
        b = f32(f32(c[2][k] - f32(2.0 * c[1][k])) + c[0][k])
        d = f32(f32(c[3][k] + f32(3.0 * f32(c[1][k] - c[2][k]))) - c[0][k])
        for i, v in enumerate((f32(d * d), f32(f32(3.0 * b) * d), f32(f32(f32(2.0 * b) * b) + f32(d * a)),
                               f32(a * b))):  # fmt: skip
            coeff[i] = f32(coeff[i] + v)
    return solve_unit_cubic(coeff)


def _eval(c: tuple[Pt, Pt, Pt, Pt], t: float) -> Pt:
    """tiny-skia's ``eval_cubic_pos_at`` (its polynomial form, in single precision)."""
    out = []
    for k in (0, 1):
        p0, p1, p2, p3 = (c[i][k] for i in range(4))
        a = f32(f32(p3 + f32(3.0 * f32(p1 - p2))) - p0)
        b = f32(3.0 * f32(f32(p2 - f32(2.0 * p1)) + p0))
        cc = f32(3.0 * f32(p1 - p0))
        out.append(f32(f32(f32(f32(f32(f32(a * t) + b) * t) + cc) * t) + p0))
    return (out[0], out[1])


def line_reduction(curve: Curve) -> list[Pt] | None:
    """The points tiny-skia strokes a cubic through as straight lines (the end point last), or None
    when it strokes the cubic as a curve. The lines after the first are joined round."""
    c = tuple((f32(x), f32(y)) for x, y in curve)
    if len(c) != 4:
        return None
    cubic: tuple[Pt, Pt, Pt, Pt] = (c[0], c[1], c[2], c[3])
    flat = [_degenerate(_sub(cubic[i + 1], cubic[i])) for i in range(3)]
    if all(flat) or sum(flat) == 2:
        return [curve[3]]  # a point or a line: tiny-skia's line_to(pt3)
    if not _in_line(cubic):
        return None
    points: list[Pt] = []
    for t in _max_curvature(cubic):
        if not 0.0 < t < 1.0:
            continue
        p = _eval(cubic, t)
        if p not in (cubic[0], cubic[3]):
            points.append(p)
    return [*points, curve[3]]
