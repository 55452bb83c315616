"""Synthetic bold and oblique outlines, as Chromium draws a face the family lacks.

When a family has no bold face (every registered weight below 600) and the text asks for 600 or more,
or no italic face and the text is italic or oblique, Blink asks Skia for a fake face: the outline
skewed by ``-1/4`` (``SkFont::setSkewX``: ``x' = x - y / 4`` with y down, about 14 degrees), then
emboldened as Skia's SkScalerContext does it, stroked and filled with a width of ``size * k`` where
``k`` runs from 1/24 at 9 px to 1/32 at 36 px (``kStdFakeBoldInterpKeys/Values``, clamped outside):
every edge moves outwards by half that width, corners mitred. The advances stay the font's.
Next.js draws the nearest face instead (Satori has no synthesis), so this applies with
``features: browser`` only (spec/text.md).

The outwards move is FreeType's FT_Outline_EmboldenXY bisector rule (ftoutln.c) without its final
shift: every point of a contour, control points included, moves along the bisector of its two edges
so that each edge moves by half the width, limited where short edges would collapse, not at all where
the contour turns back by more than ~160 degrees. Checked against Chromium: the ink of each line grows
on both sides as Chromium's does (measured on ``browser/synthetic-bold-oblique``).
Input paths are pureog outlines in px (y down, from :mod:`pureog.text.outline`).
"""

from __future__ import annotations

import math

from pureog.path import Path, Segment

SKEW = -0.25  # Skia's fake italic skew (SK_Scalar1 / 4, negated)
_BOLD_KEYS = (9.0, 36.0)  # Skia's kStdFakeBoldInterpKeys (text size, px) ...
_BOLD_VALUES = (1 / 24, 1 / 32)  # ... and kStdFakeBoldInterpValues (stroke width per px of size)
_SHARP_TURN = -0.9375  # FreeType's -0xF000: no shift where the contour turns by more than ~160 degrees


def skew(path: Path) -> Path:
    """The outline leaned right as Skia's fake italic leans it (``x' = x - y / 4``, y down)."""
    out: list[Segment] = []
    for seg in path.segments:
        verb, coords = seg[0], seg[1:]
        moved = [float(c) + SKEW * float(coords[i + 1]) if i % 2 == 0 else float(c)  # type: ignore[arg-type]
                 for i, c in enumerate(coords)]
        out.append((verb, *moved))
    return Path(tuple(out))


def fake_bold_width(font_size: float) -> float:
    """Skia's fake-bold stroke width at ``font_size`` (SkScalarInterpFunc over its two keys)."""
    lo, hi = _BOLD_KEYS
    if font_size <= lo:
        return font_size * _BOLD_VALUES[0]
    if font_size >= hi:
        return font_size * _BOLD_VALUES[1]
    t = (font_size - lo) / (hi - lo)
    return font_size * (_BOLD_VALUES[0] + t * (_BOLD_VALUES[1] - _BOLD_VALUES[0]))


def embolden(path: Path, strength: float) -> Path:
    """The outline grown by ``strength / 2`` on every side (see the module docstring), y down."""
    contours = _contours(path)
    if not contours or strength == 0:
        return path
    # FreeType works y up: its TrueType orientation (clockwise outer contours, y up) is a positive
    # shoelace sum here, y down
    area = 0.0
    for _, points in contours:
        for i, (x0, y0) in enumerate(points):
            x1, y1 = points[(i + 1) % len(points)]
            area += x0 * y1 - x1 * y0
    truetype = area > 0  # y down: clockwise on screen is counter-clockwise in FreeType's y-up space
    half = strength / 2
    out: list[Segment] = []
    for verbs, points in contours:
        moved = _embolden_contour([(x, -y) for x, y in points], half, truetype)
        pts = [(x, -y) for x, y in moved]
        k = 0
        for verb, count in verbs:
            coords: list[float] = []
            for _ in range(count):
                coords.extend(pts[k])
                k += 1
            out.append((verb, *coords))
        out.append(("Z",))
    return Path(tuple(out))


def _contours(path: Path) -> list[tuple[list[tuple[str, int]], list[tuple[float, float]]]]:
    """Each closed contour as its verbs (with their point counts) and its points in order (the move's
    point first; a closing line back onto it dropped, as FreeType stores no such point)."""
    out: list[tuple[list[tuple[str, int]], list[tuple[float, float]]]] = []
    verbs: list[tuple[str, int]] = []
    points: list[tuple[float, float]] = []
    for seg in path.segments:
        verb = seg[0]
        coords = [float(c) for c in seg[1:]]  # type: ignore[arg-type]
        if verb == "M":
            if points:
                out.append((verbs, points))
            verbs, points = [("M", 1)], [(coords[0], coords[1])]
        elif verb in ("L", "Q", "C") and points:
            pts = [(coords[i], coords[i + 1]) for i in range(0, len(coords), 2)]
            verbs.append((verb, len(pts)))
            points.extend(pts)
        elif verb == "Z" and points:
            if len(points) > 1 and points[-1] == points[0] and verbs[-1] == ("L", 1):
                verbs.pop()
                points.pop()
            out.append((verbs, points))
            verbs, points = [], []
    if points:
        out.append((verbs, points))
    return out


def _embolden_contour(points: list[tuple[float, float]], half: float, truetype: bool) -> list[tuple[float, float]]:
    """One contour's points (y up) moved outwards by ``half`` along their bisectors (FreeType's rule,
    without its final shift by ``half`` right and up)."""
    n = len(points)
    if n < 2:
        return list(points)
    out: list[tuple[float, float]] = []
    for j in range(n):
        x, y = points[j]
        # the previous and next points that differ (coincident points share their shift)
        prev = next_ = None
        for step in range(1, n):
            px, py = points[(j - step) % n]
            if (px, py) != (x, y):
                prev = (px, py)
                break
        for step in range(1, n):
            qx, qy = points[(j + step) % n]
            if (qx, qy) != (x, y):
                next_ = (qx, qy)
                break
        if prev is None or next_ is None:
            out.append((x, y))
            continue
        in_x, in_y = x - prev[0], y - prev[1]
        l_in = math.hypot(in_x, in_y)
        out_x, out_y = next_[0] - x, next_[1] - y
        l_out = math.hypot(out_x, out_y)
        in_x, in_y = in_x / l_in, in_y / l_in
        out_x, out_y = out_x / l_out, out_y / l_out
        d = in_x * out_x + in_y * out_y
        shift_x = shift_y = 0.0
        if d > _SHARP_TURN:
            d += 1.0
            shift_x = in_y + out_y
            shift_y = in_x + out_x
            if truetype:
                shift_x = -shift_x
            else:
                shift_y = -shift_y
            q = out_x * in_y - out_y * in_x
            if truetype:
                q = -q
            limit = min(l_in, l_out)
            # the shift's size is half the strength over the bisector, unless the shorter edge is
            # shorter still (collapsing segments)
            scale = half / d if half * q <= limit * d else limit / q
            shift_x *= scale
            shift_y *= scale
        out.append((x + shift_x, y + shift_y))
    return out


def synthesize(path: Path, font_size: float, bold: bool, oblique: bool) -> Path:
    """The outline as Skia draws a fake face: skewed first (the glyph's matrix), then emboldened."""
    if oblique:
        path = skew(path)
    if bold:
        path = embolden(path, fake_bold_width(font_size))
    return path
