"""Dashing: contours + an SVG dash array -> the dashes as open contours, measured as Skia measures.

Role: SVG ``stroke-dasharray``/``stroke-dashoffset`` semantics as tiny-skia implements them
(SkDashPath, ContourMeasure): dashes restart on every subpath; an odd-length array is repeated;
negative values or a zero sum disable dashing; lengths are measured the way Skia's ``ContourMeasure``
measures them (chords of curves subdivided to a 0.5 px "cheap distance"), so dash phases along curves
match the reference; on a closed subpath the last dash is joined to the first one (Skia's
skip-first-segment rule); past a million dashes tiny-skia gives up and strokes nothing (its
``Path::dash`` is None, and ``stroke_path`` returns), and so does this; past :data:`MAX_DASHES` (a
limit, spec/limits.md) the stroke is drawn solid.

Input -> output: ``dash_pattern(dashes) -> list[float] | None`` (None: no dashing);
``dash_contours(contours, pattern, offset) -> list[Contour]``; ``dash_path(Path, dashes, offset) -> Path``
(the dashes as open subpaths). Imports :mod:`pureog.path` and :mod:`pureog.stroke.contours` only; must
not import the outline, offset, hairline or arc modules, nor style, layout, text, display or raster.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence

from pureog.errors import LimitError
from pureog.limits import MAX_DASHES, MAX_PATH_POINTS, charge_dashes, check_deadline
from pureog.path import Path, PathBuilder
from pureog.records import mutable_record
from pureog.stroke.contours import Contour, Curve, point_at, split_curve, sub_curve, to_contours

# Skia's ContourMeasure subdivides curves until control points are within this of the chord.
_MEASURE_TOLERANCE = 0.5
_MAX_MEASURE_DEPTH = 20
_MAX_DASHES = MAX_DASHES  # spec/limits.md
_SKIA_MAX_DASHES = 1_000_000.0
"""tiny-skia's ``MAX_DASH_COUNT`` (``path/src/dash.rs``): past it a path has no dashes, and nothing is stroked."""


def dash_path(path: Path, dashes: Sequence[float], dash_offset: float = 0.0, res_scale: float = 1.0) -> Path:
    """The dashes of ``path`` as open subpaths (SVG semantics, as :func:`pureog.stroke.stroke_path` applies them);
    ``path`` itself when the dash array disables dashing. ``res_scale``: the drawing scale (see
    :func:`dash_contours`)."""
    pattern = dash_pattern(dashes)
    if pattern is None:
        return path
    b = PathBuilder()
    for contour in dash_contours(to_contours(path), pattern, dash_offset, res_scale):
        b.move_to(*contour.curves[0][0])
        for c in contour.curves:
            if len(c) == 2:
                b.line_to(*c[1])
            elif len(c) == 3:
                b.quad_to(*c[1], *c[2])
            else:
                b.cubic_to(*c[1], *c[2], *c[3])
    return b.build()


def dash_pattern(dashes: Sequence[float] | None) -> list[float] | None:
    """SVG stroke-dasharray: None when dashing is off (no values, a negative one, or a zero sum)."""
    if not dashes:
        return None
    values = [float(v) for v in dashes]
    if any(v < 0 or not math.isfinite(v) for v in values) or sum(values) <= 0:
        return None
    if len(values) % 2:
        values = values * 2
    return values


def _too_curvy(c: Curve, tolerance: float) -> bool:
    if len(c) == 3:
        (x0, y0), (x1, y1), (x2, y2) = c
        dx = x1 / 2 - (x0 + x2) / 4
        dy = y1 / 2 - (y0 + y2) / 4
        return max(abs(dx), abs(dy)) > tolerance
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = c
    d1 = max(abs(x0 + (x3 - x0) / 3 - x1), abs(y0 + (y3 - y0) / 3 - y1))
    d2 = max(abs(x0 + (x3 - x0) * 2 / 3 - x2), abs(y0 + (y3 - y0) * 2 / 3 - y2))
    return d1 > tolerance or d2 > tolerance


def _measure_curve(
    c: Curve, t0: float, t1: float, depth: int, index: int, dist: float, table: list[tuple[float, int, float]],
    tolerance: float,
) -> float:
    """Skia's compute_quad_segs / compute_cubic_segs: chord lengths of halved curves."""
    if depth < _MAX_MEASURE_DEPTH and _too_curvy(c, tolerance):
        a, b = split_curve(c, 0.5)
        mid = (t0 + t1) / 2
        dist = _measure_curve(a, t0, mid, depth + 1, index, dist, table, tolerance)
        return _measure_curve(b, mid, t1, depth + 1, index, dist, table, tolerance)
    d = math.hypot(c[-1][0] - c[0][0], c[-1][1] - c[0][1])
    if d > 0:
        dist += d
        table.append((dist, index, t1))
        if len(table) > MAX_PATH_POINTS:  # 2^20 pieces a curve when drawn hugely scaled: seconds each
            raise LimitError(f"a dashed shape flattens to more than {MAX_PATH_POINTS:,} points (spec/limits.md)")
    return dist


@mutable_record
class _Measure:
    curves: list[Curve]
    table: list[tuple[float, int, float]]  # (distance at the end, curve index, t at the end)
    distances: list[float]
    length: float

    def locate(self, d: float) -> tuple[int, float]:
        """(curve index, t) at arc length ``d`` (Skia's distance_to_segment)."""
        i = min(bisect_left(self.distances, d), len(self.table) - 1)
        end_d, index, end_t = self.table[i]
        start_t = start_d = 0.0
        if i > 0:
            start_d = self.table[i - 1][0]
            if self.table[i - 1][1] == index:
                start_t = self.table[i - 1][2]
        span = end_d - start_d
        t = start_t + (end_t - start_t) * (d - start_d) / span if span > 0 else end_t
        return index, min(1.0, max(0.0, t))


def _measure(contour: Contour, tolerance: float) -> _Measure:
    curves = list(contour.curves)
    if contour.closed and curves[-1][-1] != curves[0][0]:
        curves.append((curves[-1][-1], curves[0][0]))
    table: list[tuple[float, int, float]] = []
    dist = 0.0
    for index, c in enumerate(curves):
        if len(c) == 2:
            d = math.hypot(c[1][0] - c[0][0], c[1][1] - c[0][1])
            if d > 0:
                dist += d
                table.append((dist, index, 1.0))
        else:
            dist = _measure_curve(c, 0.0, 1.0, 0, index, dist, table, tolerance)
    return _Measure(curves, table, [row[0] for row in table], dist)


def _push_dash(m: _Measure, start_d: float, stop_d: float, out: list[Curve]) -> None:
    """Append the curves between two arc lengths to ``out`` (Skia's push_segment)."""
    start_d = max(start_d, 0.0)
    stop_d = min(stop_d, m.length)
    if not start_d <= stop_d or not m.table:
        return
    ia, ta = m.locate(start_d)
    ib, tb = m.locate(stop_d)
    curves = m.curves
    if ia == ib:
        if ta == tb:
            p = point_at(curves[ia], ta)
            out.append((p, p))
        else:
            out.append(sub_curve(curves[ia], ta, tb))
        return
    if ta < 1.0:
        out.append(sub_curve(curves[ia], ta, 1.0))
    out.extend(curves[ia + 1 : ib])
    if tb > 0.0:
        out.append(sub_curve(curves[ib], 0.0, tb))
    else:
        out.append((curves[ib][0], curves[ib][0]))


def dash_contours(
    contours: list[Contour], pattern: list[float], offset: float, res_scale: float = 1.0
) -> list[Contour]:
    """The dashes of ``contours`` (open contours) for a :func:`dash_pattern` starting ``offset`` into it.

    ``res_scale`` is the scale the path is drawn at: tiny-skia measures curves to 0.5 device px (its
    ContourMeasure tolerance is ``0.5 / res_scale`` in path units), so a path drawn scaled up is
    measured finer, and its dash phases along curves move accordingly."""
    tolerance = _MEASURE_TOLERANCE / res_scale if res_scale > 0 and math.isfinite(res_scale) else _MEASURE_TOLERANCE
    total = sum(pattern)
    # Normalise the offset into [0, total) ("flipping" negative phases) and find the first interval.
    if offset < 0:
        offset = -offset
        if offset > total:
            offset %= total
        offset = total - offset
        if offset == total:
            offset = 0.0
    elif offset >= total:
        offset %= total
    first_index, first_len = 0, pattern[0]
    rest = offset
    for i, gap in enumerate(pattern):
        if rest > gap or (rest == gap and gap != 0):
            rest -= gap
        else:
            first_index, first_len = i, gap - rest
            break
    out: list[Contour] = []
    measures = [_measure(contour, tolerance) for contour in contours]
    # tiny-skia counts the dashes contour by contour and gives up (no path: nothing stroked) once the count
    # passes a million, whatever the contours before made: a dashed border around a box Yoga made 1.5e10
    # px wide draws nothing in Next (layoutgen17)
    dash_count = math.fsum(m.length for m in measures if m.table) * (len(pattern) // 2) / total
    if dash_count > _SKIA_MAX_DASHES:
        return []
    if dash_count > _MAX_DASHES:
        return contours  # pureog's limit (spec/limits.md): drawn solid
    for contour, m in zip(contours, measures, strict=True):
        if not m.table:
            continue
        charge_dashes(m.length * (len(pattern) // 2) / total)  # the render's strokes together are bounded
        skip_first = contour.closed
        added = False
        index, d_len, distance = first_index, first_len, 0.0
        current: list[Curve] = []
        while distance < m.length:
            check_deadline()  # the render's timeout (pureog/limits.py)
            added = False
            if index % 2 == 0 and not skip_first:
                added = True
                current = []
                _push_dash(m, distance, distance + d_len, current)
                if current:
                    out.append(Contour(current, False))
            distance += d_len
            skip_first = False
            index = (index + 1) % len(pattern)
            d_len = pattern[index]
        if contour.closed and first_index % 2 == 0 and first_len >= 0:
            if added and out and out[-1].curves is current:
                _push_dash(m, 0.0, first_len, current)  # the last dash runs on into the first
            else:
                current = []
                _push_dash(m, 0.0, first_len, current)
                if current:
                    out.append(Contour(current, False))
    return out
