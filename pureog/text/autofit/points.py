"""An outline's contours as point lists: what every auto-fitter step reads.

Role: ``contours(path) -> list[list[Point]]``, each point ``(x, y, on_curve)`` in the path's own
coordinates (y down), a contour's closing point not repeated; ``implied_midpoints(contour)``, which of
its on-curve points a TrueType outline only implies (FreeType's outline does not hold them). Imports
only :mod:`pureog.path`.
"""

from __future__ import annotations

from pureog.path import Path, Segment

Point = tuple[float, float, bool]


def contours(path: Path) -> list[list[Point]]:
    """The contours of ``path``: every on-curve and control point, in order."""
    out: list[list[Point]] = []
    current: list[Point] = []
    for seg in path.segments:
        verb = seg[0]
        if verb == "M":
            if current:
                out.append(current)
            current = [(float(seg[1]), float(seg[2]), True)]  # type: ignore[arg-type]
        elif verb == "Z":
            continue
        else:
            coords = [float(c) for c in seg[1:]]  # type: ignore[arg-type]
            last = len(coords) - 2
            for i in range(0, len(coords), 2):
                current.append((coords[i], coords[i + 1], i == last))
    if current:
        out.append(current)
    for contour in out:  # a closing lineTo back to the start duplicates it
        if len(contour) > 1 and contour[-1][:2] == contour[0][:2]:
            contour.pop()
    return out


def implied_midpoints(contour: list[Point]) -> list[bool]:
    """Which on-curve points are the midpoints a TrueType outline implies between two control points
    (pureog's outline holds them, FreeType's does not)."""
    n = len(contour)
    out = []
    for j, (x, y, on) in enumerate(contour):
        (x0, y0, on0), (x1, y1, on1) = contour[j - 1], contour[(j + 1) % n]
        out.append(n > 2 and on and not on0 and not on1
                   and abs(x - (x0 + x1) / 2) < 1e-9 and abs(y - (y0 + y1) / 2) < 1e-9)
    return out


def rebuilt(path: Path, ys: list[list[float]], xs: list[list[float]] | None = None) -> Path:
    """``path`` with its points moved to the hinted ``ys`` (y up: the path's y is down) and, where given,
    ``xs``, contour by contour: the k-th point of a contour takes entry k modulo the contour's count
    (a closing point repeats the contour's first)."""
    out: list[Segment] = []
    c = -1
    k = 0
    for seg in path.segments:
        verb = seg[0]
        if verb == "Z":
            out.append(seg)
            continue
        if verb == "M":
            c += 1
            k = 0
        coords = list(seg[1:])
        n = len(ys[c])
        for i in range(0, len(coords), 2):
            if xs is not None:
                coords[i] = xs[c][k % n]
            coords[i + 1] = -ys[c][k % n]
            k += 1
        out.append((verb, *coords))
    return Path(tuple(out))
