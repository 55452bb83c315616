"""Distances along a path (what ``<textPath>`` needs): the path flattened into a polyline, its length,
and the point and direction at a distance.

Input: a :class:`~pureog.path.Path` (user units). Curves are cut into short chords (16 per curve), fine
enough for placing glyphs; subpaths follow each other (a move adds no length); ``Z`` closes with a
line. Imports geometry-free helpers only (:mod:`pureog.path`).
"""

from __future__ import annotations

import bisect
import math

from pureog.path import Path

_STEPS = 16


class PathMeasure:
    """The polyline of a path with the running length at each of its chords."""

    def __init__(self, path: Path) -> None:
        self.chords: list[tuple[float, float, float, float]] = []  # x0, y0, x1, y1
        self.ends: list[float] = []  # running length at each chord's end
        total = 0.0
        x = y = sx = sy = 0.0

        def add(x1: float, y1: float) -> None:
            nonlocal total, x, y
            length = math.hypot(x1 - x, y1 - y)
            if length > 0:
                total += length
                self.chords.append((x, y, x1, y1))
                self.ends.append(total)
            x, y = x1, y1

        for seg in path.segments:
            verb = seg[0]
            if verb == "M":
                x, y = float(seg[1]), float(seg[2])  # type: ignore[arg-type]
                sx, sy = x, y
            elif verb == "L":
                add(float(seg[1]), float(seg[2]))  # type: ignore[arg-type]
            elif verb == "Q":
                x0, y0 = x, y
                c1x, c1y, ex, ey = (float(v) for v in seg[1:])  # type: ignore[arg-type]
                for i in range(1, _STEPS + 1):
                    t = i / _STEPS
                    u = 1 - t
                    add(u * u * x0 + 2 * u * t * c1x + t * t * ex, u * u * y0 + 2 * u * t * c1y + t * t * ey)
            elif verb == "C":
                x0, y0 = x, y
                c1x, c1y, c2x, c2y, ex, ey = (float(v) for v in seg[1:])  # type: ignore[arg-type]
                for i in range(1, _STEPS + 1):
                    t = i / _STEPS
                    u = 1 - t
                    add(u ** 3 * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t ** 3 * ex,
                        u ** 3 * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t ** 3 * ey)
            elif verb == "Z":
                add(sx, sy)
        self.length = total

    def at(self, distance: float) -> tuple[float, float, float] | None:
        """(x, y, direction in radians) at ``distance`` along the path; None off its ends."""
        if not self.chords or not 0.0 <= distance <= self.length:
            return None
        i = min(bisect.bisect_left(self.ends, distance), len(self.chords) - 1)
        x0, y0, x1, y1 = self.chords[i]
        start = self.ends[i - 1] if i else 0.0
        span = self.ends[i] - start
        t = (distance - start) / span if span > 0 else 0.0
        return x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, math.atan2(y1 - y0, x1 - x0)


__all__ = ["PathMeasure"]
