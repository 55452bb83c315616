"""Stroke contours: a :class:`~pureog.path.Path` -> its subpaths as lists of curves, plus curve helpers.

Role: the shared vocabulary of :mod:`pureog.stroke`: points (``Pt``), curves as their control points
(``Curve``: 2 points a line, 3 a quadratic, 4 a cubic, start point included), outline steps (``Op``)
and :class:`Contour` (one subpath). :func:`to_contours` splits path segments into contours;
:func:`point_at`, :func:`split_curve` and :func:`sub_curve` evaluate and cut curves (de Casteljau) for
dashing.

Input -> output: ``to_contours(Path) -> list[Contour]``; curve + parameter -> point or sub-curves.
Imports only :mod:`pureog.path`; must not import the other stroke modules (they all build on this one),
nor style, layout, text, display or raster.
"""

from __future__ import annotations

from pureog.path import Path
from pureog.records import mutable_record

Pt = tuple[float, float]
Curve = tuple[Pt, ...]
"""A segment as its points: 2 (line), 3 (quadratic) or 4 (cubic), start point included."""
Op = tuple[float, ...]
"""An outline step: ``(x, y)`` line to a point, ``(x1, y1, x, y)`` a quadratic, ``(x1, y1, x2, y2, x, y)`` a cubic."""

# Points closer than this are one point (zero-length segments are dropped, as Skia does).
SAME_POINT = 1e-9


@mutable_record
class Contour:
    """One subpath: its curves in order (never empty) and whether it was closed with ``Z``."""

    curves: list[Curve]
    closed: bool


def to_contours(path: Path) -> list[Contour]:
    """Subpaths as lists of curves; a subpath with only a move draws nothing."""
    out: list[Contour] = []
    curves: list[Curve] = []
    start: Pt = (0.0, 0.0)
    cur: Pt = (0.0, 0.0)
    pending_move = True

    def flush(closed: bool) -> None:
        nonlocal curves
        if curves:
            out.append(Contour(curves, closed))
        curves = []

    for seg in path.segments:
        verb = seg[0]
        if verb == "M":
            flush(False)
            start = cur = (float(seg[1]), float(seg[2]))  # type: ignore[arg-type]
            pending_move = False
            continue
        if verb == "Z":
            if not pending_move and not curves:
                # "M x y Z": a zero-length closed subpath (a dot with round/square caps).
                curves.append((start, start))
            flush(True)
            cur = start
            continue
        if verb == "L":
            end: Pt = (float(seg[1]), float(seg[2]))  # type: ignore[arg-type]
            curves.append((cur, end))
        elif verb == "Q":
            end = (float(seg[3]), float(seg[4]))  # type: ignore[arg-type]
            curves.append((cur, (float(seg[1]), float(seg[2])), end))  # type: ignore[arg-type]
        elif verb == "C":
            end = (float(seg[5]), float(seg[6]))  # type: ignore[arg-type]
            c1 = (float(seg[1]), float(seg[2]))  # type: ignore[arg-type]
            c2 = (float(seg[3]), float(seg[4]))  # type: ignore[arg-type]
            curves.append((cur, c1, c2, end))
        else:
            continue
        pending_move = False
        cur = end
    flush(False)
    return out


def point_at(c: Curve, t: float) -> Pt:
    pts = list(c)
    while len(pts) > 1:
        pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(pts, pts[1:], strict=False)]
    return pts[0]


def split_curve(c: Curve, t: float) -> tuple[Curve, Curve]:
    """de Casteljau: the parts of ``c`` before and after ``t``."""
    left: list[Pt] = [c[0]]
    right: list[Pt] = [c[-1]]
    pts = list(c)
    while len(pts) > 1:
        pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in zip(pts, pts[1:], strict=False)]
        left.append(pts[0])
        right.append(pts[-1])
    return tuple(left), tuple(reversed(right))


def sub_curve(c: Curve, t0: float, t1: float) -> Curve:
    if t1 < 1.0:
        c = split_curve(c, t1)[0]
        t0 = t0 / t1 if t1 > 0 else 0.0
    if t0 > 0.0:
        c = split_curve(c, t0)[1]
    return c
