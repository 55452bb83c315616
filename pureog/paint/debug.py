"""Debug overlays (``debug: true``), drawn as Satori 0.29 draws them: boxes -> 1 px stroke outlines.

* every element: its border box stroked 1 px in ``#ff5757`` (builder/rect.ts), after the element's own
  background and border, outside its opacity group;
* every glyph run Satori shapes as one segment (text/index.ts): a ``#575eff`` box from the run's left
  edge, as wide as the run's word pieces laid end to end and as tall as the line-height of its last
  piece, with its top at the baseline minus that piece's baseline offset; and a ``#14c000`` baseline
  under the run's *last* word piece only (Satori draws it from the last piece's x over that piece's
  width, so for a run like ``"Hello "`` it underlines the trailing space); a segment of tabs alone
  (preserved white space) is outlined too, though it draws no glyph.

Word pieces follow ``Intl.Segmenter`` word granularity closely enough for these boxes: letters and
digits with inner apostrophes/dots/colons, runs of white space, and single other characters.
Input: rects, a Paragraph + style -> display nodes. Must not import layout internals or raster.
"""

from __future__ import annotations

import math
import re

from pureog.color import Color
from pureog.display import FillPath, Group, Node, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.paint.hairline import dropped_on_pixmap
from pureog.paint.transform import rounded, wrap
from pureog.path import PathBuilder, rect_path
from pureog.stroke import Pt, hairline_spans, stroke_path
from pureog.style.computed import ComputedStyle
from pureog.style.values import TextAlign
from pureog.text.fonts import FontChain
from pureog.text.linebreak import graphemes
from pureog.text.paragraph import Paragraph
from pureog.text.shaping import advance_width

ELEMENT_COLOR = Color(0xFF, 0x57, 0x57)
GLYPH_COLOR = Color(0x57, 0x5E, 0xFF)
BASELINE_COLOR = Color(0x14, 0xC0, 0x00)

_WORD_PIECE = re.compile(r"[^\W_]+(?:['\u2019.:][^\W_]+)*|[ \t\u00a0\u3000]+|.", re.DOTALL)


def hairline_nodes(points: list[Pt], closed: bool, color: Color, cap: str = "butt",
                   hairline: bool = True) -> list[Node]:
    """A 1 px stroke through ``points`` drawn as resvg draws it (a hairline, see
    :func:`pureog.stroke.hairline_spans`): one pixel-aligned fill per span, in drawing order.
    Diagonal polylines, and every polyline when ``hairline`` is false, get an ordinary 1 px stroke."""
    if hairline and dropped_on_pixmap(points, cap):  # a canvas 1 or 2 px wide or tall (paint/hairline.py)
        return []
    spans = hairline_spans(points, closed, cap) if hairline else None
    if spans is None:
        b = PathBuilder().move_to(*points[0])
        for p in points[1:]:
            b.line_to(*p)
        if closed:
            b.close()
        outline = stroke_path(b.build(), 1.0, cap=cap)
        return [FillPath(outline, SolidPaint(color))] if not outline.is_empty else []
    paints: dict[int, SolidPaint] = {}
    out: list[Node] = []
    for x, y, w, h, alpha in spans:
        paint = paints.get(alpha)
        if paint is None:
            paint = paints[alpha] = SolidPaint(color.with_alpha(color.a * alpha / 255))
        out.append(FillPath(rect_path(Rect(x, y, w, h)), paint))
    return out


def _rect_points(r: Rect) -> list[Pt]:
    return [(r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom)]


class _Outliner:
    """Draws the overlay's 1 px lines under an element's transform as resvg does: tiny-skia strokes a
    1 px line as a hairline only while the transform maps a 1 px width to at most 1 px on both axes
    (``treat_as_hairline``: ``fast_len`` of the mapped unit vectors; a thinner one is a hairline with
    its coverage scaled by their mean), at the transformed points (also under a quarter turn); any other
    transform (a scale up, another rotation) strokes it as an ordinary 1 px line in the element's space,
    transformed."""

    __slots__ = ("matrix", "hairline", "coverage")

    def __init__(self, matrix: Affine | None) -> None:
        m = rounded(matrix) if matrix is not None else None
        self.matrix = None if m is None or m.is_identity else m
        self.hairline, self.coverage = True, 1.0
        if self.matrix is not None:
            len0, len1 = _fast_len(self.matrix.a, self.matrix.b), _fast_len(self.matrix.c, self.matrix.d)
            # a quarter turn (rotate(90deg), rotate(-90deg) after rounding) keeps the box's sides on the
            # pixel axes: tiny-skia's test passes (fast_len of (0, 1) is 1) and the lines stay axis-aligned
            axis_aligned = (self.matrix.b == 0 and self.matrix.c == 0) or (self.matrix.a == 0 and self.matrix.d == 0)
            self.hairline = len0 <= 1.0 and len1 <= 1.0 and axis_aligned
            self.coverage = (len0 + len1) / 2 if self.hairline else 1.0

    def line(self, points: list[Pt], closed: bool, color: Color) -> list[Node]:
        m = self.matrix
        if m is None:
            return _one_shape(hairline_nodes(points, closed, color))
        if self.hairline:  # drawn at the device points, outside the element's transform group
            mapped = [m.apply(x, y) for x, y in points]
            return _one_shape(hairline_nodes(mapped, closed, color.with_alpha(color.a * self.coverage)))
        return wrap(hairline_nodes(points, closed, color, hairline=False), m)


def _one_shape(spans: list[Node]) -> list[Node]:
    """A line's pixel spans as the one SVG shape Satori writes (a ``<rect>``, a ``<line>``): under an
    ``overflow: hidden`` ancestor that shape carries the ancestor's clip-path, so resvg draws it into a
    layer of its own and trims that layer as a whole (raster/trim.py); drawn span by span, each 1 px
    tall span of the top and bottom sides was trimmed on its own to a few pixels and the sides vanished."""
    return [Group(tuple(spans), composite=True)] if len(spans) > 1 else spans


def _fast_len(x: float, y: float) -> float:
    x, y = abs(x), abs(y)
    return max(x, y) + min(x, y) / 2


def element_box(rect: Rect, matrix: Affine | None = None) -> list[Node]:
    """The ``#ff5757`` outline of an element's border box, in canvas space (``matrix`` applied)."""
    if rect.width <= 0 or rect.height <= 0:  # resvg skips a <rect> without area (usvg: invalid size)
        return []
    return _Outliner(matrix).line(_rect_points(rect), True, ELEMENT_COLOR)


def word_pieces(text: str) -> list[str]:
    return _WORD_PIECE.findall(text)


def text_boxes(
    paragraph: Paragraph, style: ComputedStyle, chain: FontChain, origin_x: float, origin_y: float,
    matrix: Affine | None = None, undefined: tuple[bool, bool] = (False, False),
) -> list[Node]:
    """Glyph-run boxes and baselines of one laid-out text node, in canvas space (``matrix`` applied).

    ``undefined``: whether Yoga left the text's x / y undefined (NaN, layout/boxes.py). Satori then
    writes NaN into that attribute of every ``<rect>`` and ``<line>`` here, which resvg reads as 0:
    the boxes sit at x or y 0 with their laid-out size, the baselines on y 0 (or, at x NaN, 0 long)."""
    outliner = _Outliner(matrix)
    undefined_x, undefined_y = undefined
    out: list[Node] = []
    for image in paragraph.images:
        # Satori's buildText outlines a picture grapheme from its slot's left, one word-height *above*
        # the slot's top (``y: top - height``), as wide as the slot; these come before the glyph runs'
        # boxes, which it collects separately and appends after the text.
        if image.width > 0 and image.height > 0:  # resvg skips a <rect> without area
            top = 0.0 if undefined_y else origin_y + image.y - image.height
            left = 0.0 if undefined_x else origin_x + image.x
            out.extend(outliner.line(_rect_points(Rect(left, top, image.width, image.height)),
                                     True, GLYPH_COLOR))  # fmt: skip
    size = paragraph.font_size
    spacing = float(style.letter_spacing)
    multi_line = len(paragraph.lines) > 1
    line_x: dict[int, float] = {}  # unrounded layout x reached on each line so far
    for run in paragraph.runs:
        if run.continues:  # (an item after a shaped segment's first: Satori outlines the segment once)
            continue
        pieces = word_pieces(run.text)
        if not pieces and run.last_piece is not None and run.last_piece[2]:
            # a run of tabs alone (preserved white space): Satori draws no glyph but still outlines the
            # segment, as wide as it measured the tab graphemes, as tall as the tab's face's line
            pieces = [run.last_piece[2]]
        if not pieces:
            continue
        widths = [advance_width(chain, piece, size, spacing) for piece in pieces]
        last_word = ""
        if run.last_piece is not None:
            # Satori's own numbers: the box runs from the run's left to its last word's placed x plus
            # that word's laid-out width (on a justified line the gutters between its words included).
            last_left, last_width, last_word = run.last_piece
            total = last_left + last_width - run.x
            widths[-1] = last_width
        elif multi_line:
            # Satori rounds every piece's x on multi-line text; the box spans from the run's (rounded)
            # left to the last piece's rounded x plus that piece's width.
            start = line_x.get(run.line, _align_offset(paragraph, style, run.line))
            last_x_local = float(math.floor(start + sum(widths[:-1]) + 0.5))
            # The next run starts where the flow put the next word: widths summed per grapheme.
            line_x[run.line] = start + sum(advance_width(chain, g, size, spacing) for g in graphemes(run.text))
            total = last_x_local + widths[-1] - run.x
        else:
            total = sum(widths)
        # Satori's box takes the height and baseline of the run's last word as its layout split it (a
        # no-break space joins its neighbours into one word, whose first character picks the face)
        face = chain.resolve(last_word if run.last_piece is not None else pieces[-1])
        scale = size / face.units_per_em
        asc, desc = face.ascender * scale, face.descender * scale
        content = asc - desc
        height = content if style.line_height is None else size * style.line_height
        word_baseline = asc + (height - content) / 2
        x = origin_x + run.x
        baseline_y = origin_y + run.baseline
        last_x = x + total - widths[-1]  # = origin + the last piece's (rounded) x
        top = 0.0 if undefined_y else baseline_y - word_baseline
        if undefined_y:
            baseline_y = 0.0
        if undefined_x:
            x = 0.0
        # Satori interleaves each run's box and baseline, so later boxes cover earlier baselines' ends.
        if total > 0 and height > 0:  # resvg skips a <rect> without area (lineHeight: 0); the baseline stays
            out.extend(outliner.line(_rect_points(Rect(x, top, total, height)), True, GLYPH_COLOR))
        if not undefined_x:  # from x1 = NaN to x2 = NaN: both 0, no length
            out.extend(outliner.line([(last_x, baseline_y), (last_x + widths[-1], baseline_y)], False,
                                     BASELINE_COLOR))  # fmt: skip
    return out


def _align_offset(paragraph: Paragraph, style: ComputedStyle, line_index: int) -> float:
    """Where a line's first word starts before rounding (multi-line alignment, justify aside)."""
    line = next((ln for ln in paragraph.lines if ln.index == line_index), None)
    if line is None:
        return 0.0
    remaining = paragraph.box_width - line.width
    if style.text_align in (TextAlign.RIGHT, TextAlign.END):
        return remaining
    if style.text_align == TextAlign.CENTER:
        return remaining / 2
    return line.left
