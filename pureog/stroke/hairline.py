"""Hairlines: an axis-aligned polyline -> tiny-skia's anti-aliased 1 px hairline as pixel spans.

Role: resvg draws strokes at most 1 device px wide as hairlines, which an area-filled 1 px stroke
cannot reproduce (notched and doubled corners); the debug overlay and thin text decorations use
:func:`hairline_spans` to look exactly like the reference.

Input -> output: ``hairline_spans(points, closed, cap) -> list[PixelSpan] | None`` (None when a segment
is diagonal). Imports only :mod:`pureog.stroke.contours` (for ``Pt``); must not import the other stroke
modules, nor style, layout, text, display or raster.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pureog.stroke.contours import Pt

PixelSpan = tuple[int, int, int, int, int]
"""``(x, y, width, height, alpha 0..255)``: a pixel-aligned rectangle blended with that coverage."""


def hairline_spans(points: Sequence[Pt], closed: bool = False, cap: str = "butt") -> list[PixelSpan] | None:
    """tiny-skia's anti-aliased hairline for a polyline of horizontal and vertical segments.

    resvg draws strokes at most 1 device px wide as hairlines (``treat_as_hairline``): each segment
    separately, a 1 px band split between the two rows (columns) it straddles, end pixels scaled by
    their 1/64 px overlap, and no joins, so corners of a rectangle come out notched on one side and
    doubled on the other. The reference's debug boxes and thin decorations look exactly like that,
    which an area-filled 1 px stroke cannot reproduce. Returns None when a segment is diagonal
    (callers then stroke normally). Square caps extend open ends by 1/2 px, round ones by pi/8.
    """
    pts = list(points)
    if closed and len(pts) > 1 and pts[0] != pts[-1]:
        pts.append(pts[0])
    if len(pts) < 2:
        return []
    if cap != "butt" and not closed:
        out_by = 0.5 if cap == "square" else math.pi / 8
        pts[0] = _extend(pts[0], pts[1], out_by)
        pts[-1] = _extend(pts[-1], pts[-2], out_by)
    spans: list[PixelSpan] = []
    for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
        x0, y0, x1, y1 = int(ax * 64), int(ay * 64), int(bx * 64), int(by * 64)
        if y0 == y1 and x0 != x1:
            if y0 >= -64:  # tiny-skia first clips each line to the canvas outset by 1 px
                _hairline_axis(x0, x1, y0, False, spans)
        elif x0 == x1 and y0 != y1:
            if x0 >= -64:
                _hairline_axis(y0, y1, x0, True, spans)
        elif x0 != x1 or y0 != y1:
            return None
    return spans


def drawn_on_pixmap(points: Sequence[Pt], width: int, height: int, cap: str = "butt") -> bool:
    """Whether tiny-skia draws a hairline through ``points`` (device px) on a ``width`` x ``height``
    pixmap at all. Its hairline stroker (``scan/hairline.rs``, ``stroke_path_impl``) returns without
    drawing when the path's bounds, outset by 1 px (2 with caps) and rounded out, are not inside the
    pixmap and the pixmap inset by 1 px on each side is empty: on a pixmap 1 or 2 px wide or tall
    (a 1x1 canvas, ``width: 2``) hairlines that reach its edges are not drawn, where a wider stroke is."""
    if width > 2 and height > 2 or not points:
        return True
    out = 1.0 if cap == "butt" else 2.0
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (math.floor(min(xs) - out) >= 0 and math.floor(min(ys) - out) >= 0
            and math.ceil(max(xs) + out) <= width and math.ceil(max(ys) + out) <= height)


def _extend(p: Pt, toward: Pt, by: float) -> Pt:
    dx, dy = p[0] - toward[0], p[1] - toward[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return (p[0] + by, p[1])
    return (p[0] + dx / length * by, p[1] + dy / length * by)


def _hairline_axis(a0: int, a1: int, across: int, vertical: bool, out: list[PixelSpan]) -> None:
    """One horizontal (or, with ``vertical``, vertical) hairline in 26.6 fixed point."""
    if a0 > a1:
        a0, a1 = a1, a0
    start, stop = a0 >> 6, (a1 + 63) >> 6
    if stop - start == 1:
        scale_start, scale_stop = a1 - a0, 0
    else:
        scale_start, scale_stop = 64 - (a0 & 63), a1 & 63
    f = max((across << 10) + 0x8000, 0)  # tiny-skia clamps the band's position at the canvas edge
    lower = f >> 16
    alpha = (f >> 8) & 0xFF
    # The half above (left of) ``lower``: a horizontal hairline on row 0 drops it (``y.checked_sub(1)``),
    # a vertical one on column 0 blends it into column 0 again (``x.max(1) - 1``), so a box outline
    # along the canvas's left edge is darker there than along its top.
    upper = max(lower, 1) - 1 if vertical else lower - 1

    def emit(pos: int, length: int, scale: int) -> None:
        for row, a in ((lower, alpha), (upper, 255 - alpha)):
            value = (a * scale) >> 6
            if value and row >= 0:
                out.append((row, pos, 1, length, value) if vertical else (pos, row, length, 1, value))

    emit(start, 1, scale_start)
    full = stop - (start + 1) - (1 if scale_stop > 0 else 0)
    if full > 0:
        emit(start + 1, full, 64)
    if scale_stop > 0:
        emit(stop - 1, 1, scale_stop)
