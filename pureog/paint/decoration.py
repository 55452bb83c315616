"""Text decoration (underline, line-through) exactly as Satori 0.29 draws it: a laid-out paragraph ->
stroke outlines in the decoration colour.

Satori (builder/text-decoration.ts, text/index.ts) draws, per line, an SVG ``<line>`` from the line's
left edge over the line's width:

* thickness ``max(1, fontSize * 0.1)``; y = ``top + ascender * 1.1`` for underline, ``* 0.7`` for
  line-through, where ``top``/``ascender`` are the line's decoration top and its first word's baseline
  offset (half-leading included, so a tall line-height moves the underline down); with both lines set
  the value matches neither keyword and the line sits at ``top`` (Satori compares the whole string);
* ``square`` caps (``round`` for dotted), dash arrays ``1.2h 2h`` (dashed) and ``0 2h`` (dotted);
  ``double`` adds a second line ``h + 1`` px lower;
* skip-ink (underline only, unless ``textDecorationSkipInk: none``): every glyph whose outline crosses
  the band ``[y - h/4, y + 2.5h]`` (scanned at 1/4 px rows over the outline flattened with 12 steps
  per quadratic and 16 per cubic) cuts a gap from its ink's whole-pixel extent widened by
  ``0.6h + 1.25h`` on both sides.

Colour: ``textDecorationColor``, else the text colour. Output is one non-zero FillPath.

Also here: ``-webkit-text-stroke`` (:func:`text_stroke_nodes`), the other stroke Satori puts on text.
Must not import layout internals or raster.
"""

from __future__ import annotations

import math

from pureog import caches
from pureog.color import UnreadableColor
from pureog.display import FillPath, Group, Node, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.limits import charge_glyph_segments
from pureog.paint.debug import hairline_nodes
from pureog.paint.transform import rounded
from pureog.path import Path, PathBuilder
from pureog.records import replace
from pureog.stroke import dash_path, stroke_path
from pureog.style.computed import ComputedStyle
from pureog.text.paragraph import Line, Paragraph, glyph_paths

# Satori's computeBandBox flattens glyph curves with fixed step counts.
_QUAD_STEPS = 12
_CUBIC_STEPS = 16


def paint_decorations(
    paragraph: Paragraph, style: ComputedStyle, origin_x: float, origin_y: float, matrix: Affine | None = None,
    undefined_top: bool = False,
) -> tuple[list[Node], Rect | None]:
    """The decoration lines of ``paragraph`` drawn in a text box whose top-left is the origin, and the
    box of their centre lines (an SVG ``<line>``'s object bounding box: what a text-shadow filter's
    region is measured on, not the stroke's extent); ``matrix`` is the text element's absolute
    transform (a 1 px line is a hairline in device pixels). ``undefined_top``: Yoga left the text's
    top undefined, so Satori's ``y1``/``y2`` are NaN, which resvg reads as 0: every line lies on y 0
    (half its stroke above the canvas), unbroken (no glyph box meets a NaN band)."""
    kinds = style.text_decoration_line
    if not kinds or not paragraph.lines or isinstance(style.color, UnreadableColor):
        return [], None  # (an unreadable text colour: Next.js draws no lines, whatever their own colour)
    from pureog.paint.decoration_chrome import uses_chrome_decoration  # noqa: PLC0415

    if uses_chrome_decoration(style):  # no Satori drawing of these: Chromium's (spec/css.md)
        from pureog.paint.decoration_chrome import chrome_decorations  # noqa: PLC0415

        return chrome_decorations(paragraph, style, origin_x, origin_y)
    color = style.text_decoration_color or style.color
    if color.is_transparent:
        return [], None
    font_size = paragraph.font_size
    h = max(1.0, font_size * 0.1)
    deco_style = style.text_decoration_style
    lost = style.font_size_lost
    if lost:
        # A font size Next.js loses (spec/text.md): Satori's thickness is max(1, NaN), NaN, which resvg
        # reads as its default 1 px; NaN dash lengths are no dash array (solid lines), no glyph box meets
        # a NaN band (no skip ink), and a double line's second y is NaN, 0 to resvg.
        h, deco_style = 1.0, "solid" if deco_style in ("dashed", "dotted") else deco_style
    if deco_style == "dashed":
        dashes: tuple[float, ...] | None = (h * 1.2, h * 2)
    elif deco_style == "dotted":
        dashes = (0.0, h * 2)
    else:
        dashes = None
    cap = "round" if style.text_decoration_style == "dotted" else "square"
    underline = kinds == ("underline",)
    skip_ink = underline and style.text_decoration_skip_ink != "none" and not undefined_top and not lost
    nodes: list[Node] = []
    centre = PathBuilder()
    # resvg draws a stroke at most 1 px wide on the canvas as a hairline: along pixel rows when the
    # text is not transformed, else through the drawing transform (Satori's rounded matrix)
    device = None if matrix is None or _whole_pixel_move(matrix) else rounded(matrix)
    for line in paragraph.lines:
        thin: list[Node] = []  # this line's hairline spans: one <g clip-path> per line in Satori (below)
        b = PathBuilder()  # this line's wider strokes
        top = origin_y + line.top
        left = origin_x + line.left
        if kinds == ("line-through",):
            y = top + line.ascender * 0.7
        elif underline:
            y = top + line.ascender * 1.1
        else:
            y = top
        segments = [(left, left + line.width)]
        if skip_ink:
            boxes = _line_glyph_boxes(paragraph, line, origin_x, origin_y, y, h)
            if boxes:
                segments = skip_ink_segments(left, left + line.width, boxes, y, h, top + line.ascender)
        ys: tuple[float, ...] = (y, y + h + 1) if deco_style == "double" else (y,)
        if undefined_top:
            ys = tuple(0.0 for _ in ys)
        elif lost and len(ys) == 2:
            ys = (y, 0.0)
        for ly in ys:
            for x1, x2 in segments:
                centre.move_to(x1, ly).line_to(x2, ly)
                seg = PathBuilder().move_to(x1, ly).line_to(x2, ly).build()
                if device is not None:
                    # any width: a line wider than 1 px in the text's space (h is at least 1) may be at
                    # most 1 px on the canvas under a scale down, and resvg then draws it as a hairline
                    from pureog.images.svg.hairline import hairline_stroke_nodes  # noqa: PLC0415  (rare)

                    moved = hairline_stroke_nodes(seg, h, cap, dashes, 0.0, SolidPaint(color), device)
                    if moved is not None:
                        thin.extend(moved)
                    else:  # wider than 1 px on the canvas: an ordinary stroke
                        b.extend(stroke_path(seg, h, cap=cap, dashes=dashes))
                elif h <= 1.0:  # resvg draws 1 px strokes as hairlines (see pureog.stroke.hairline_spans)
                    for piece in _subpaths(dash_path(seg, dashes) if dashes else seg):
                        thin.extend(hairline_nodes(piece, False, color, cap))
                else:
                    b.extend(stroke_path(seg, h, cap=cap, dashes=dashes))
        # Satori wraps a line's decoration <line>s in one <g clip-path> of the overflow ancestor's clip,
        # which resvg draws into a layer trimmed as a whole (raster/trim.py): span by span, each 1 px tall
        # span would be trimmed on its own to a few pixels and the underline vanish under the clip. And
        # line by line: a line whose underline the canvas cuts to one pixel row is such a layer of its
        # own, which keeps only a few pixels (an underline on the canvas's last row: stranger seed 1257)
        outline = b.build()
        line_nodes = thin + ([FillPath(outline, SolidPaint(color))] if not outline.is_empty else [])
        nodes.extend([Group(tuple(line_nodes), composite=True)] if len(line_nodes) > 1 else line_nodes)
    centres = centre.build()
    box = centres.bounds() if not centres.is_empty else None
    return nodes, box


def dashed_line(x1: float, x2: float, y: float, h: float, deco_style: str) -> Path:
    """A ``dashed`` or ``dotted`` line from x1 to x2 centred on y, ``h`` thick, with Satori's dash
    array and caps, as an outline to fill."""
    dashes = (h * 1.2, h * 2) if deco_style == "dashed" else (0.0, h * 2)
    cap = "round" if deco_style == "dotted" else "square"
    return stroke_path(PathBuilder().move_to(x1, y).line_to(x2, y).build(), h, cap=cap, dashes=dashes)


def _whole_pixel_move(matrix: Affine) -> bool:
    """Whether ``matrix`` only moves by whole pixels: a thin stroke's hairline is then found along
    the text's own pixel rows; otherwise through the drawing transform."""
    return matrix.is_translation and matrix.e == int(matrix.e) and matrix.f == int(matrix.f)


def _subpaths(path: Path) -> list[list[tuple[float, float]]]:
    """The points of a path made of lines, one list per subpath."""
    out: list[list[tuple[float, float]]] = []
    for seg in path.segments:
        if seg[0] == "M":
            out.append([(seg[1], seg[2])])  # type: ignore[list-item]
        elif seg[0] == "L" and out:
            out[-1].append((seg[1], seg[2]))  # type: ignore[arg-type]
    return out


# ------------------------------------------------------------------------------------ -webkit-text-stroke

_STROKE_CACHE_LIMIT = 20_000
_stroked_glyphs: dict[tuple[Path, float, str], Path] = {}


def text_stroke_nodes(glyphs: list[Node], style: ComputedStyle, matrix: Affine | None = None,
                      browser: bool = False) -> list[Node]:
    """``-webkit-text-stroke``: each glyph's outline stroked (round joins, Satori's attributes), as
    nodes to paint *before* the glyph fills (``paint-order: stroke``); ``browser``: as Chromium strokes
    text, mitred joins (Skia's default, limit 4), to paint *after* the fills. ``glyphs`` are the
    painter's ``Group(translate, FillPath(outline))`` nodes; the stroke outline is cached per outline."""
    width = style.webkit_text_stroke_width
    color = style.webkit_text_stroke_color
    if width <= 0 or color is None or color.is_transparent or isinstance(color, UnreadableColor):
        return []  # (an unreadable currentColor: resvg draws no stroke of an invalid colour)
    paint = SolidPaint(color)
    # resvg draws strokes of at most 1 px as hairlines (tiny-skia); drawn here in canvas pixels, so
    # only when the text is not transformed beyond whole-pixel moves (else the outline is stroked).
    # (Skia strokes a stroked font's glyph outlines in its glyph cache, whatever their width: no hairline)
    hairline = not browser and width <= 1.0 and (matrix is None or _whole_pixel_move(matrix))
    # the drawing transform as wrap() applies it (Satori's rounded matrix), for transformed hairlines
    device = rounded(matrix) if matrix is not None and not hairline else None
    out: list[Node] = []
    outlines: list[Path] = []  # the stroked glyphs on the canvas, filled as one path below
    for node in glyphs:
        if not isinstance(node, Group) or len(node.children) != 1:
            continue
        fill = node.children[0]
        if not isinstance(fill, FillPath):
            continue
        if hairline and node.transform.a == 1.0 and node.transform.d == 1.0:
            from pureog.paint.hairline import hairline_path_nodes  # noqa: PLC0415  (rare: loads on use)

            spans = hairline_path_nodes(fill.path, node.transform.e, node.transform.f, color, width)
            if spans:
                out.append(Group(tuple(spans), transform=node.transform))
            continue
        if device is not None and not browser:
            # A transformed stroke whose mapped width is at most 1 px: tiny-skia's anti-aliased hairline
            # of the glyph outline, found in device pixels (per glyph: it depends on the position).
            from pureog.images.svg.hairline import hairline_stroke_nodes  # noqa: PLC0415

            thin = hairline_stroke_nodes(fill.path, width, "butt", None, 0.0, paint, device @ node.transform)
            if thin is not None:
                if thin:
                    out.append(Group(tuple(thin), transform=node.transform))
                continue
        join = "miter" if browser else "round"
        key = (fill.path, width, join)
        stroked = _stroked_glyphs.get(key)
        if stroked is None:
            # As tiny-skia strokes (resolution scale 1): offset curves as Skia's quadratics, which the
            # fill then steps exactly as resvg does (text/stroke 52.8 -> 62.9 dB).
            stroked = stroke_path(fill.path, width, join=join, res_scale=1.0)
            if len(_stroked_glyphs) >= _STROKE_CACHE_LIMIT:
                _stroked_glyphs.clear()
            _stroked_glyphs[key] = stroked
        if not stroked.is_empty:
            # each placement is moved, flattened and scanned again, as a placed glyph is: the render's
            # glyph segments (19,000 characters stroked 200 px wide placed 7 million, past a minute)
            charge_glyph_segments(len(stroked.segments))
            if browser and fill.chrome_text:
                # Chromium draws each glyph's stroke as the glyph's own mask (Skia's stroked glyph):
                # placed, covered and gamma-corrected as the glyph's fill (raster/chrome_glyph.py)
                out.append(Group((FillPath(stroked, paint, chrome_text=True),), transform=node.transform))
                continue
            outlines.append(stroked if node.transform.is_identity else stroked.transformed(node.transform))
    if len(outlines) == 1:
        out.append(Group((FillPath(outlines[0], paint),)))
    elif outlines:
        # Satori strokes the node's one merged <path>: the strokes of neighbouring glyphs, which overlap
        # (a 2 px stroke reaches 1 px past each glyph), are one nonzero fill, whose coverage where two
        # anti-aliased edges meet is their union's, not one glyph's stroke composited over another's.
        out.append(Group((FillPath(Path(tuple(seg for o in outlines for seg in o.segments)), paint),)))
    return out


# --------------------------------------------------------------------------------------------- skip-ink

GlyphBox = tuple[float, float, float, float]  # x1, x2, y1, y2


def skip_ink_segments(
    start: float, end: float, boxes: list[GlyphBox], y: float, stroke_width: float, baseline: float
) -> list[tuple[float, float]]:
    """Satori's buildSkipInkSegments: the parts of [start, end] not within the glyph boxes' bleed."""
    half = stroke_width / 2
    bleed = max(half, stroke_width * 1.25)
    ranges: list[list[float]] = []
    for x1, x2, y1, y2 in boxes:
        if y2 < baseline + half or y1 > y + half:
            continue
        lo = max(start, x1 - bleed)
        hi = min(end, x2 + bleed)
        if lo >= hi:
            continue
        if ranges and lo <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], hi)
        else:
            ranges.append([lo, hi])
    if not ranges:
        return [(start, end)]
    out: list[tuple[float, float]] = []
    cursor = start
    for lo, hi in ranges:
        if lo > cursor:
            out.append((cursor, lo))
        cursor = max(cursor, hi)
        if cursor >= end:
            break
    if cursor < end:
        out.append((cursor, end))
    return out


def _line_glyph_boxes(
    paragraph: Paragraph, line: Line, origin_x: float, origin_y: float, y: float, h: float
) -> list[GlyphBox]:
    runs = tuple(r for r in paragraph.runs if r.line == line.index)
    if not runs:
        return []
    sub = replace(paragraph, runs=runs)
    band_min = y - h * 0.25
    band_max = y + h * 2.5
    boxes: list[GlyphBox] = []
    for path, gx, gy in glyph_paths(sub, origin_x, origin_y):
        box = band_box(path, gx, gy, band_min, band_max, h)
        if box is not None:
            boxes.append(box)
    return boxes


def _band_segments(path: Path, dx: float, dy: float, band_min: float, band_max: float) -> list[tuple[float, ...]]:
    """Edges (x1, y1, x2, y2) of the translated outline, flattened as Satori does, that reach the band."""
    out: list[tuple[float, ...]] = []
    cx = cy = sx = sy = 0.0

    def add(x1: float, y1: float, x2: float, y2: float) -> None:
        if y1 != y2 and max(y1, y2) >= band_min and min(y1, y2) <= band_max:
            out.append((x1, y1, x2, y2))

    for seg in path.segments:
        verb = seg[0]
        if verb == "M":
            cx = sx = seg[1] + dx  # type: ignore[operator]
            cy = sy = seg[2] + dy  # type: ignore[operator]
        elif verb == "L":
            x, y = seg[1] + dx, seg[2] + dy  # type: ignore[operator]
            add(cx, cy, x, y)
            cx, cy = x, y
        elif verb == "Q":
            x1, y1, x, y = seg[1] + dx, seg[2] + dy, seg[3] + dx, seg[4] + dy  # type: ignore[operator]
            if max(cy, y1, y) >= band_min and min(cy, y1, y) <= band_max:
                px, py = cx, cy
                for i in range(1, _QUAD_STEPS + 1):
                    t = i / _QUAD_STEPS
                    u = 1 - t
                    nx = u * u * cx + 2 * u * t * x1 + t * t * x
                    ny = u * u * cy + 2 * u * t * y1 + t * t * y
                    add(px, py, nx, ny)
                    px, py = nx, ny
            cx, cy = x, y
        elif verb == "C":
            x1, y1, x2, y2, x, y = (v + (dx if k % 2 == 0 else dy) for k, v in enumerate(seg[1:]))  # type: ignore[operator]
            if max(cy, y1, y2, y) >= band_min and min(cy, y1, y2, y) <= band_max:
                px, py = cx, cy
                for i in range(1, _CUBIC_STEPS + 1):
                    t = i / _CUBIC_STEPS
                    u = 1 - t
                    nx = u * u * u * cx + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x
                    ny = u * u * u * cy + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y
                    add(px, py, nx, ny)
                    px, py = nx, ny
            cx, cy = x, y
        elif verb == "Z":
            add(cx, cy, sx, sy)
            cx, cy = sx, sy
    return out


def band_box(
    path: Path, dx: float, dy: float, band_min: float, band_max: float, stroke_width: float
) -> GlyphBox | None:
    """Satori's computeBandBox for one glyph: its ink extent inside the band, or None."""
    edges = _band_segments(path, dx, dy, band_min, band_max)
    if not edges:
        return None
    height = band_max - band_min
    samples = max(12, math.ceil(height / 0.25))
    step = height / samples
    lo_col: int | None = None
    hi_col: int | None = None
    for i in range(samples):
        sy = band_min + step / 2 + step * i
        xs: list[float] = []
        for x1, y1, x2, y2 in edges:
            if y1 < y2:
                if sy < y1 or sy >= y2:
                    continue
            elif sy < y2 or sy >= y1:
                continue
            xs.append(x1 + (x2 - x1) * (sy - y1) / (y2 - y1))
        if len(xs) < 2:
            continue
        xs.sort()
        for j in range(0, len(xs) - 1, 2):
            first, last = math.floor(xs[j]), math.ceil(xs[j + 1])
            if first < last:
                lo_col = first if lo_col is None else min(lo_col, first)
                hi_col = last if hi_col is None else max(hi_col, last)
    if lo_col is None or hi_col is None:
        return None
    # Satori widens every ink range to the glyph's whole extent, so one box per glyph suffices.
    bleed = stroke_width * 0.6
    return (lo_col - bleed, hi_col + bleed, band_min, band_max)


caches.register("paint.stroked_glyphs", _stroked_glyphs)
