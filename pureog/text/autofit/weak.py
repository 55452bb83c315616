"""The points off the edges, moved as FreeType's ``af_glyph_hints_align_strong_points`` and
``af_glyph_hints_align_weak_points`` move them for the vertical dimension.

Role: ``align_points(shapes, units, moved, strong, near) -> list[list[float]]``, each point's hinted y
(or x, for the CJK writing system).
FreeType sorts a glyph's points first (``af_glyph_hints_reload``): control points are weak, and so are
on-curve points inside a straight run, on a flat corner (the hypotenuse within 1/16 of the two legs),
at a spike, or between vectors into the same quadrant, with runs of points nearer than 20/2048 em
grouped into one vector. Points on an edge move with it; the other strong points are interpolated
between the edges by their height (``strong``); the weak ones are then interpolated along their
contour between the nearest moved points before and after them (TrueType's IUP), in 26.6. A point
pureog's outline holds but FreeType's does not (the on-curve midpoint implied between two control
points) takes the middle of its hinted neighbours. Directions are read in font units, as FreeType
reads them. Imports only autofit/fixed.py (FreeType's fixed-point arithmetic).
"""

from __future__ import annotations

from collections.abc import Callable

from pureog.text.autofit.fixed import div_fix, mul_fix

_NONE, _RIGHT, _LEFT, _UP, _DOWN = 4, 1, -1, 2, -2  # FreeType's AF_Direction values

Point = tuple[float, float, bool]


def align_points(shapes: list[list[Point]], units: list[list[tuple[int, int]]],
                 implied: list[list[bool]], moved: dict[tuple[int, int], float],
                 strong: Callable[[float, int], float], near: int, axis: int = 1) -> list[list[float]]:  # fmt: skip
    """Every point's hinted coordinate in the dimension hinted (px; y up, or x: :mod:`.cjk` hints
    both). ``shapes``: the contours in hinting space (px, that coordinate second, the fitted scale);
    ``units``: the same points in font units (x, y up); ``implied``: per point, whether it is an implied
    on-curve midpoint; ``moved``: the edge points' hinted coordinate; ``strong``: an unhinted coordinate
    (px, and in font units) interpolated between the edges; ``near``: FreeType's near limit in font
    units; ``axis``: the hinted coordinate's index in ``units`` (1: y)."""
    out: list[list[float]] = []
    for c, contour in enumerate(shapes):
        seq = [j for j in range(len(contour)) if not implied[c][j]]
        ys = [p[1] for p in contour]
        if seq:
            fx = [units[c][j][0] for j in seq]
            fy = [units[c][j][1] for j in seq]
            weak = _weak_points(fx, fy, [contour[j][2] for j in seq], near)
            orig = [round(contour[j][1] * 64) for j in seq]
            cur: list[int | None] = []
            for k, j in enumerate(seq):
                y = moved.get((c, j))
                if y is None and not weak[k]:
                    y = strong(contour[j][1], units[c][j][axis])
                cur.append(None if y is None else round(y * 64))
            for k, value in enumerate(_iup(orig, cur)):
                ys[seq[k]] = value / 64
        n = len(contour)
        for j in range(n):
            if implied[c][j]:
                ys[j] = (ys[j - 1] + ys[(j + 1) % n]) / 2
        out.append(ys)
    return out


def _direction(dx: int, dy: int) -> int:
    """``af_direction_compute``: the axis direction of a vector, none unless its longer side is over 14
    times its shorter."""
    if dy >= dx:
        direction, long, short = (_UP, dy, dx) if dy >= -dx else (_LEFT, -dx, dy)
    else:
        direction, long, short = (_RIGHT, dx, dy) if dy >= -dx else (_DOWN, -dy, dx)
    return _NONE if long <= 14 * abs(short) else direction


def _hypot(x: int, y: int) -> int:
    """``FT_HYPOT``: FreeType's approximate vector length."""
    x, y = abs(x), abs(y)
    return x + (3 * y >> 3) if x > y else y + (3 * x >> 3)


def _flat(in_x: int, in_y: int, out_x: int, out_y: int) -> bool:
    """``ft_corner_is_flat``: the two legs within 1/16 of the hypotenuse."""
    d_hypot = _hypot(in_x + out_x, in_y + out_y)
    return _hypot(in_x, in_y) + _hypot(out_x, out_y) - d_hypot < (d_hypot >> 4)


def _weak_points(fx: list[int], fy: list[int], on: list[bool], near: int) -> list[bool]:
    """Which points of one contour FreeType interpolates as weak (``af_glyph_hints_reload``)."""
    m = len(fx)
    weak = [False] * m
    in_dir = [_NONE] * m
    out_dir = [_NONE] * m
    nxt = list(range(m))  # the next and previous points that are not near (FreeType's u and v)
    prv = list(range(m))
    point, prev = 0, m - 1
    while prev != 0:  # the first point that is not near the one before it
        if abs(fx[point] - fx[prev]) + abs(fy[point] - fy[prev]) >= 2 * near - 1:
            break
        point, prev = prev, (prev - 1) % m
    first = curr = point
    nxt[curr], prv[first] = first, curr
    acc_x = acc_y = 0
    step = first
    while True:
        point, step = step, (step + 1) % m
        acc_x += fx[step] - fx[point]
        acc_y += fy[step] - fy[point]
        if abs(acc_x) + abs(acc_y) < near:  # near points: one vector, the ones inside weak
            weak[step] = True
        else:
            nxt[curr], prv[step] = step, curr
            direction = _direction(acc_x, acc_y)
            out_dir[curr] = direction
            k = (curr + 1) % m
            while k != step:
                in_dir[k] = out_dir[k] = direction
                k = (k + 1) % m
            in_dir[step] = direction
            curr = step
            nxt[curr], prv[first] = first, curr
            acc_x = acc_y = 0
        if step == first:
            break
    for i in range(m):  # vectors into one quadrant: the point between them is of no interest
        if weak[i] or in_dir[i] != _NONE or out_dir[i] != _NONE:
            continue
        u, v = nxt[i], prv[i]
        if ((fx[i] - fx[v]) ^ (fx[u] - fx[i])) >= 0 and ((fy[i] - fy[v]) ^ (fy[u] - fy[i])) >= 0:
            weak[i] = True
            nxt[v], prv[u] = u, v
    for i in range(m):
        if weak[i]:
            continue
        if not on[i]:
            weak[i] = True
        elif in_dir[i] == out_dir[i]:
            if out_dir[i] != _NONE:  # inside a straight run
                weak[i] = True
                continue
            u, v = nxt[i], prv[i]
            if _flat(fx[i] - fx[v], fy[i] - fy[v], fx[u] - fx[i], fy[u] - fy[i]):
                nxt[v], prv[u] = u, v
                weak[i] = True
        elif in_dir[i] == -out_dir[i]:  # a spike
            weak[i] = True
    return weak


def _iup(orig: list[int], cur: list[int | None]) -> list[int]:
    """``af_glyph_hints_align_weak_points`` over one contour (26.6): each unmoved point interpolated
    between the moved ones around it in contour order, shifted where it lies outside them; all shifted
    by one point's move where only one moved; left where none did."""
    m = len(orig)
    touched = [k for k in range(m) if cur[k] is not None]
    out = [orig[k] if (c := cur[k]) is None else c for k in range(m)]
    if not touched:
        return out
    if len(touched) == 1:
        delta = out[touched[0]] - orig[touched[0]]
        return [out[k] if k == touched[0] else orig[k] + delta for k in range(m)]
    for a, b in zip(touched, touched[1:] + touched[:1], strict=True):
        k = (a + 1) % m
        while k != b:
            out[k] = _interp(orig[k], orig[a], out[a], orig[b], out[b])
            k = (k + 1) % m
    return out


def _interp(v: int, v1: int, u1: int, v2: int, u2: int) -> int:
    """``af_iup_interp`` for one point: ``v`` (original) between the references ``(v1, u1)`` and
    ``(v2, u2)`` (original, hinted)."""
    if v1 > v2:
        v1, u1, v2, u2 = v2, u2, v1, u1
    if v <= v1:
        return v + u1 - v1
    if v >= v2:
        return v + u2 - v2
    if u1 == u2 or v1 == v2:
        return u1
    scale = div_fix(u2 - u1, v2 - v1)
    return u1 + mul_fix(v - v1, scale)
