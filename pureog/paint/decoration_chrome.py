"""Text decorations as Chromium (Blink + Skia) draws them: a laid-out paragraph -> fill nodes.

Used where Next.js has no drawing to follow (spec/css.md, "Text decorations"): a line list with
``overline`` (Next.js throws), the ``wavy`` style, ``textDecorationThickness``,
``textUnderlineOffset`` or ``textUnderlinePosition`` (Next.js ignores the last three and the wave:
they apply with ``features: browser``, or from the ``textDecoration`` shorthand, which Next.js refuses
with them). Everything else keeps Satori's lines (:mod:`pureog.paint.decoration`).

Blink's rules (text_decoration_info.cc, text_decoration_offset.cc, decoration_line_painter.cc), per
line box, from the text's top ``T = baseline - A`` where ``A`` is the primary font's ascent rounded
(Skia's hhea ascent, as the browser layout uses it):

* thickness ``t``: auto ``max(1, size / 10)``; ``from-font`` the post table's ``underlineThickness``
  (at least 1); a length or percentage of the font size rounded, at least 1;
* underline top: ``auto`` position ``T + A + gap + round(offset)`` with ``gap = max(1, ceil(t / 2))``,
  or 0 when an offset is given (a length or a percentage, which is a length of the font size);
  ``from-font`` ``T + round(A + post position + offset)``; ``under`` below the em box
  (``T + floor(A + em descent + offset) + 1``);
* overline top ``T - floor(t)``; line-through top ``T + 2A/3 - t/2``;
* solid and double lines are rectangles at ``round(y)``, ``max(1, int(t))`` tall (GraphicsContext::
  DrawLineForText); a double's second line ``t + 1`` below (an overline's above, a line-through's
  ``floor(t + 1)`` below);
* wavy: a cubic Bezier tile, ``2 * step`` wide, ``step = 0.5 + round(2t + 0.5)``, control points
  ``0.5 + round(3t + 0.5)`` above and below the mid-line, stroked ``t`` wide and repeated from the
  line's left edge; its mid-line is ``t + 1`` below the line's top (above for an overline) plus half a
  pixel, cut to the line's width and to whole-pixel rows around the stroke; the wave itself (a tile
  Skia samples nearest) moves to whole pixels, to ``ceil(v - 1/2)`` of its fractional place;
* skip-ink (``auto``/``all``, underline and overline): each glyph's ink within the decoration's band
  (Skia's glyph intercepts) is cut out, widened by ``min(t, 13)`` on both sides.

Dotted and dashed lines are stroked ``round(t)`` wide through the middle of a ``round(t)`` tall
rectangle at that row, with Blink's dash pattern (:func:`dashed_line`).
"""

from __future__ import annotations

import math

from pureog.color import UnreadableColor
from pureog.display import Clip, FillPath, Group, Node, SolidPaint
from pureog.geometry import Rect, round_half_away
from pureog.limits import charge_dashes
from pureog.path import Path, PathBuilder
from pureog.records import replace
from pureog.stroke import stroke_path
from pureog.style.computed import ComputedStyle
from pureog.style.values import Calc, Percent
from pureog.text.fonts import FontFace
from pureog.text.paragraph import Line, Paragraph, glyph_paths

_MAX_DILATION = 13.0  # Blink's kDecorationClipMaxDilation
_FLATTEN_STEPS = 8  # per curve, to find a glyph's ink in a band
_MAX_WAVES = 20_000
_WAVE_PEAK = math.sqrt(3) / 6  # the largest |3s(1-s)(1-2s)|: a wave's amplitude per control distance


def uses_chrome_decoration(style: ComputedStyle) -> bool:
    """Whether the text's decoration has no Satori drawing: an overline, a wave, or one of the
    properties Next.js ignores set."""
    return (
        "overline" in style.text_decoration_line
        or style.text_decoration_style == "wavy"
        or style.text_decoration_thickness is not None
        or style.text_underline_offset is not None
        or style.text_underline_position != "auto"
    )


class FontDecorationMetrics:
    """What Blink reads from the primary font for decorations, in px at ``size``."""

    __slots__ = ("ascent", "float_ascent", "em_descent", "underline_position", "underline_thickness")

    def __init__(self, face: FontFace, size: float) -> None:
        scale = size / face.units_per_em
        # Skia's ascent on Linux, rounded by Blink (AscentDescentWithHacks without subpixel metrics)
        self.float_ascent = float(math.floor(face.ascender * scale + 0.5))
        self.ascent = int(self.float_ascent)
        # the em box split as OS/2's typo ascender and descender split their sum (Blink's
        # NormalizedTypoAscent/Descent, in LayoutUnits of 1/64 px), else as the ascent and descent do
        position, thickness, typo = _font_tables(face)
        ascent, descent = typo or (face.ascender, -face.descender)
        total = ascent + descent
        em_ascent = _layout_unit(ascent * size / total) if total > 0 and 0 <= ascent <= total else 0.0
        self.em_descent = _layout_unit(size) - em_ascent
        # FreeType centres the underline (position - thickness / 2) and Skia takes the top again
        self.underline_position = None if position is None else -position * scale
        self.underline_thickness = None if thickness is None or thickness <= 0 else thickness * scale


def _font_tables(face: FontFace) -> tuple[int | None, int | None, tuple[int, int] | None]:
    """The post table's underline position and thickness (font units; None without a table) and
    OS/2's typo ascender and descender (descender positive; None without them)."""
    with face.lock:
        tt = face.ttfont
        position = thickness = None
        if "post" in tt:
            post = tt["post"]
            position = int(post.underlinePosition) or None
            thickness = int(post.underlineThickness)
        typo = None
        if "OS/2" in tt:
            os2 = tt["OS/2"]
            if os2.sTypoAscender or os2.sTypoDescender:
                typo = (int(os2.sTypoAscender), -int(os2.sTypoDescender))
        return position, thickness, typo


def _layout_unit(value: float) -> float:
    """Blink's LayoutUnit::FromFloatRound: the nearest 1/64 px."""
    return math.floor(value * 64 + 0.5) / 64


def resolve_thickness(style: ComputedStyle, size: float, metrics: FontDecorationMetrics) -> float:
    """Blink's ComputeDecorationThickness (minimum 1 px)."""
    auto = max(1.0, size / 10)
    value = style.text_decoration_thickness
    if value is None:
        return auto
    if value == "from-font":
        return auto if metrics.underline_thickness is None else max(1.0, metrics.underline_thickness)
    return max(1.0, round_half_away(_length_px(value, size)))


def _length_px(value: object, size: float) -> float:
    """A length, percentage (of the font size) or calc() of them (features: browser), in px."""
    if isinstance(value, Percent):
        return value.value / 100 * size
    if isinstance(value, Calc):
        return value.resolve(size)
    return float(value)  # type: ignore[arg-type]


def _offset_px(style: ComputedStyle, size: float) -> tuple[float, bool]:
    """``text-underline-offset`` in px and whether it is given (a length; a percentage too, which
    Blink has made a length of the font size by then): Blink drops the gap for those, keeps it for auto."""
    value = style.text_underline_offset
    if value is None:
        return 0.0, False
    return _length_px(value, size), True


def underline_top(style: ComputedStyle, size: float, metrics: FontDecorationMetrics, t: float) -> float:
    """The underline's top, px below the text's top (Blink's ComputeUnderlineOffset)."""
    offset, fixed = _offset_px(style, size)
    position = style.text_underline_position
    if position == "under":
        under = math.floor(metrics.ascent + metrics.em_descent + round_half_away(offset))
        return under + 1.0
    if position == "from-font" and metrics.underline_position is not None:
        return round_half_away(metrics.float_ascent + metrics.underline_position + offset)
    gap = 0 if fixed else max(1, math.ceil(t / 2))
    return metrics.ascent + gap + round_half_away(offset)


def line_top(kind: str, top: float, style: ComputedStyle, size: float, metrics: FontDecorationMetrics,
             t: float) -> float:
    """The top of a decoration line of thickness ``t`` for a line box whose ascent starts at ``top``:
    Blink's underline position, an overline on the ascent, a line-through at two thirds of it."""
    if kind == "underline":
        return top + underline_top(style, size, metrics, t)
    if kind == "overline":
        return top - math.floor(t)
    return top + 2 * metrics.float_ascent / 3 - t / 2


def chrome_decorations(
    paragraph: Paragraph, style: ComputedStyle, origin_x: float, origin_y: float
) -> tuple[list[Node], Rect | None]:
    """The decoration lines of ``paragraph`` as Chromium draws them, in a text box whose top-left is
    the origin, and their box."""
    kinds = style.text_decoration_line
    if not kinds or not paragraph.lines or not paragraph.runs or isinstance(style.color, UnreadableColor):
        return [], None
    color = style.text_decoration_color or style.color
    if color.is_transparent:
        return [], None
    size = paragraph.font_size
    metrics = FontDecorationMetrics(paragraph.runs[0].shaped.face, size)
    t = resolve_thickness(style, size, metrics)
    paint = SolidPaint(color)
    out: list[Node] = []
    bounds: list[Rect] = []
    for line in paragraph.lines:
        if line.width <= 0:
            continue
        top = origin_y + line.baseline - metrics.ascent
        left = origin_x + line.left
        for kind in ("underline", "overline", "line-through"):
            if kind not in kinds:
                continue
            y = line_top(kind, top, style, size, metrics, t)
            nodes, band = _line_nodes(kind, style.text_decoration_style, left, line.width, y, t, paint)
            if kind != "line-through" and style.text_decoration_skip_ink != "none":
                gaps = _ink_gaps(paragraph, line, origin_x, origin_y, band, min(t, _MAX_DILATION))
                if gaps:
                    nodes = [Group(tuple(nodes), clip=Clip(_kept_region(left, line.width, band, gaps)))]
            out.extend(nodes)
            bounds.append(Rect(left, band[0], line.width, band[1] - band[0]))
    if not bounds:
        return out, None
    x1 = min(r.x for r in bounds)
    y1 = min(r.y for r in bounds)
    x2 = max(r.x + r.width for r in bounds)
    y2 = max(r.y + r.height for r in bounds)
    return out, Rect(x1, y1, x2 - x1, y2 - y1)


def _line_nodes(
    kind: str, deco_style: str, left: float, width: float, y: float, t: float, paint: SolidPaint
) -> tuple[list[Node], tuple[float, float]]:
    """One decoration line's fills and its vertical band (Blink's decoration bounds)."""
    if deco_style == "wavy":
        return _wave(kind, left, width, y, t, paint)
    height = float(max(1, int(t)))
    if deco_style in ("dashed", "dotted"):
        # stroked through the middle of DrawLineForText's rectangle, both at the rounded thickness
        # (Blink's BoundsForDottedOrDashed)
        whole = float(max(1, round(t)))
        mid = round(y) + whole / 2
        return [FillPath(dashed_line(left, width, mid, whole, deco_style), paint)], (y, y + t)
    rows = [round(y)]
    band = (y, y + t)
    if deco_style == "double":
        second = y + (math.floor(t + 1) if kind == "line-through" else (-(t + 1) if kind == "overline" else t + 1))
        rows.append(round(second))
        band = (min(y, second), max(y, second) + t)
    b = PathBuilder()
    for row in rows:
        b.move_to(left, row).line_to(left + width, row).line_to(left + width, row + height)
        b.line_to(left, row + height).close()
    return [FillPath(b.build(), paint)], band


def dashed_line(left: float, width: float, mid: float, t: float, deco_style: str) -> Path:
    """A dashed or dotted line as Blink strokes it (StyledStrokeData): dashes ``3t`` long with ``2t``
    gaps (``2t`` and ``t`` from 3 px up), the gap stretched or shrunk so that the line starts and ends
    with a dash (SelectBestDashGap); dotted lines up to 3 px as square dashes ``t`` long with ``t``
    gaps, thicker ones as round dots ``t`` apart; a line too short for two dashes and a gap is solid."""
    line = PathBuilder().move_to(left, mid).line_to(left + width, mid).build()
    if deco_style == "dotted" and t > 3:
        return stroke_path(line, t, cap="round", dashes=(0.01, 2 * t - 0.01))
    if deco_style == "dashed":
        dash, gap = (2 * t, t) if t >= 3 else (3 * t, 2 * t)
    else:
        dash = gap = t
    if width <= 2 * dash + gap:
        return stroke_path(line, t)
    if deco_style == "dashed":
        gap = _best_gap(width, dash, gap)
    return stroke_path(line, t, dashes=(dash, gap))


def _best_gap(length: float, dash: float, gap: float) -> float:
    """Blink's SelectBestDashGap for an open line: the gap, for the number of dashes nearest to the
    asked pattern, that makes the line start and end with a dash."""
    fewer = math.floor((length + gap) / (dash + gap))
    more = fewer + 1
    fewer_gap = (length - fewer * dash) / (fewer - 1) if fewer > 1 else gap
    more_gap = (length - more * dash) / (more - 1)
    return fewer_gap if more_gap <= 0 or abs(fewer_gap - gap) < abs(more_gap - gap) else more_gap


def wave_geometry(t: float) -> tuple[float, float]:
    """Blink's wave: (step, control point distance) for a decoration ``t`` px thick."""
    t = max(1.0, t)
    step = 0.5 + round_half_away(2 * t + 0.5)
    distance = 0.5 + round_half_away(3 * t + 0.5)
    return step, distance


def _wave(kind: str, left: float, width: float, y: float, t: float, paint: SolidPaint
          ) -> tuple[list[Node], tuple[float, float]]:
    step, distance = wave_geometry(t)
    shift = 0.0 if kind == "line-through" else (-(t + 1) if kind == "overline" else t + 1)
    mid = y + shift + 0.5
    # the tile's rows: the stroke's tight bounds (the curve's extremes, 3s(1-s)(1-2s) of the control
    # distance at most, plus half the stroke) to whole pixels around the path's y = 0.5 mid-line
    reach = _WAVE_PEAK * distance + t / 2
    band = (mid - 0.5 + math.floor(0.5 - reach), mid - 0.5 + math.ceil(0.5 + reach))
    b = PathBuilder()
    period = 2 * step
    # Blink draws the wave as a tile (a picture shader of whole pixels, 2 * step wide) in a rectangle at
    # the decoration's fractional place; the tile's pixels are taken nearest, so the wave itself lands
    # on whole pixels: its origin at ceil(v - 1/2) of the rectangle's (the band keeps the exact rows)
    x = math.ceil(left - 0.5) - period  # one period before and after, cut by the clip
    wave_mid = math.ceil(mid - 1.0) + 0.5
    b.move_to(x, wave_mid)
    # (bounded: a line far wider than any canvas draws its first _MAX_WAVES periods)
    end = min(left + width + period, x + period * _MAX_WAVES)
    charge_dashes(4 * (end - x) / period)  # a wave per line (a period costs 4 dots): the render's account
    while x < end:
        b.cubic_to(x + step, wave_mid + distance, x + step, wave_mid - distance, x + period, wave_mid)
        x += period
    stroked = stroke_path(b.build(), t)
    clip = PathBuilder().move_to(left, band[0]).line_to(left + width, band[0]).line_to(left + width, band[1])
    clip.line_to(left, band[1]).close()
    return [Group((FillPath(stroked, paint),), clip=Clip(clip.build()))], band


# --------------------------------------------------------------------------------------------- skip-ink


def _ink_gaps(paragraph: Paragraph, line: Line, origin_x: float, origin_y: float, band: tuple[float, float],
              dilation: float) -> list[tuple[float, float]]:
    """The x ranges cut out of a line: each glyph's ink between the band's rows (Skia's intercepts),
    widened by ``dilation``, merged."""
    runs = tuple(r for r in paragraph.runs if r.line == line.index)
    if not runs:
        return []
    sub = replace(paragraph, runs=runs)
    ranges: list[tuple[float, float]] = []
    for path, gx, gy in glyph_paths(sub, origin_x, origin_y):
        hit = glyph_intercept(path, gx, gy, band[0], band[1])
        if hit is not None:
            ranges.append((hit[0] - dilation, hit[1] + dilation))
    ranges.sort()
    merged: list[tuple[float, float]] = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def glyph_intercept(path: Path, dx: float, dy: float, y1: float, y2: float) -> tuple[float, float] | None:
    """The x extent of the outline (moved by ``dx, dy``) between the rows ``y1`` and ``y2``: where
    its edges cross them and its points between them (Skia's SkGlyph intercepts), or None."""
    lo = math.inf
    hi = -math.inf
    for ax, ay, bx, by in _edges(path, dx, dy):
        if max(ay, by) < y1 or min(ay, by) > y2:
            continue
        for px, py in ((ax, ay), (bx, by)):
            if y1 <= py <= y2:
                lo, hi = min(lo, px), max(hi, px)
        if ay != by:
            for row in (y1, y2):
                if min(ay, by) <= row <= max(ay, by):
                    x = ax + (bx - ax) * (row - ay) / (by - ay)
                    lo, hi = min(lo, x), max(hi, x)
    return None if lo > hi else (lo, hi)


def _edges(path: Path, dx: float, dy: float) -> list[tuple[float, float, float, float]]:
    """The outline's edges, its curves flattened, moved by ``dx, dy``."""
    out: list[tuple[float, float, float, float]] = []
    cx = cy = sx = sy = 0.0
    for seg in path.segments:
        verb = seg[0]
        pts = [float(v) for v in seg[1:]]  # type: ignore[arg-type]
        if verb == "M":
            cx = sx = pts[0] + dx
            cy = sy = pts[1] + dy
        elif verb == "L":
            x, y = pts[0] + dx, pts[1] + dy
            out.append((cx, cy, x, y))
            cx, cy = x, y
        elif verb in ("Q", "C"):
            ctrl = [(pts[i] + dx, pts[i + 1] + dy) for i in range(0, len(pts), 2)]
            px, py = cx, cy
            for i in range(1, _FLATTEN_STEPS + 1):
                s = i / _FLATTEN_STEPS
                u = 1 - s
                if verb == "Q":
                    (x1, y1), (x, y) = ctrl
                    nx = u * u * cx + 2 * u * s * x1 + s * s * x
                    ny = u * u * cy + 2 * u * s * y1 + s * s * y
                else:
                    (x1, y1), (x2, y2), (x, y) = ctrl
                    nx = u * u * u * cx + 3 * u * u * s * x1 + 3 * u * s * s * x2 + s * s * s * x
                    ny = u * u * u * cy + 3 * u * u * s * y1 + 3 * u * s * s * y2 + s * s * s * y
                out.append((px, py, nx, ny))
                px, py = nx, ny
            cx, cy = ctrl[-1]
        elif verb == "Z":
            out.append((cx, cy, sx, sy))
            cx, cy = sx, sy
    return out


def _kept_region(left: float, width: float, band: tuple[float, float], gaps: list[tuple[float, float]]) -> Path:
    """The line's band less the skip-ink gaps (each one pixel taller than the band, as Blink's clip
    rectangles), as rectangles to clip to."""
    b = PathBuilder()
    top, bottom = band[0] - 1, band[1] + 1
    cursor = left
    for lo, hi in [*gaps, (left + width, left + width)]:
        if lo > cursor:
            b.move_to(cursor, top).line_to(min(lo, left + width), top).line_to(min(lo, left + width), bottom)
            b.line_to(cursor, bottom).close()
        cursor = max(cursor, hi)
        if cursor >= left + width:
            break
    return b.build()
