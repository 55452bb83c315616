"""Satori's text layout, drawn: the positioned lines and glyph runs of one text node.

Input: a string, its :class:`~pureog.style.computed.ComputedStyle` (the style of the text's own box)
and a :class:`~pureog.text.fonts.FontLibrary`. Output: a :class:`Paragraph` (lines, merged glyph runs
with x / baseline positions, inline images) for the painter, drawn from the flow of
:mod:`pureog.text.line_flow` (which :mod:`pureog.text.measure` wraps into the layout engine's measure
function); :func:`placed_glyphs` / :func:`glyph_paths` give its glyphs. This module holds the records
both share (:class:`MeasureMode`, :class:`Line`, :class:`GlyphRun`, ...); the rules below are those of
the two modules together.

This follows Satori 0.29 ``text/index.ts`` step by step, quirks included, because the goal is the same
pixels:

* ``flow(width)`` is greedy first-fit over the UAX #14 "words"; a word's width is the sum of its
  graphemes measured one by one (so kerning never changes where lines break); trailing spaces may hang
  past the edge; a wrapped line makes the reported width the full container width; the measure
  function returns ``ceil(width)``. Undefined width (Yoga's NaN) means no wrapping.
* ``break-word`` / ``break-all`` split an over-wide word into graphemes in place (the required-break
  flags are not re-indexed, as in Satori).
* Line height: ``Math.round`` of the tallest word's height (hhea ascender - descender for
  ``normal``, no lineGap; ``font_size * line_height`` otherwise); the baseline is the rounded
  half-leading baseline of that word. A zero-width word adds a position but no text, shifting later
  words onto their predecessor's slot, exactly like Satori's parallel arrays.
* Drawing: word segments on one line are merged up to a word separator (space, NBSP, ...) and shaped
  as one run (kerning inside the run); each run starts at the layout x of its first segment.
  Alignment offsets apply only when there is more than one line and are rounded to whole px;
  single-line alignment is the container's job (``justify-content`` from ``text-align``).
* ``text-indent`` moves the first line's drawing only (line breaking ignores it); ``text-wrap:
  balance`` binary-searches the narrowest width that keeps the line count, ``pretty`` reflows at 90 %
  when the last line is under a third of the width (Satori's heuristics, in
  :meth:`~pureog.text.line_flow.TextLayout.measure`).
* Line limits (``lineClamp`` with ``display: block``, ``-webkit-box`` + ``WebkitLineClamp``, or one
  ``nowrap`` line with ``overflow: hidden`` + ``text-overflow: ellipsis``) stop the flow after N lines
  and cut the last allowed line with the block ellipsis, which must fit the *parent's* content width.
* Graphemes drawn as images (emoji, :mod:`pureog.text.emoji`) are ``font_size`` wide and become
  :class:`InlineImage` placements: ``font_size`` square, centred in the line box's top part.

Text Next.js draws wrongly (right-to-left or complex-script characters) and text asking for OpenType
features leave this path (spec/text.md): the engine then measures with shaped widths
(:class:`~pureog.text.runs.ComplexText`), uses Chromium's baselines, and the lines are drawn by
:mod:`pureog.text.bidi_lines` (bidi reordering, direction-aware alignment). Latin-only text never does.

Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from enum import StrEnum

from pureog.errors import FontError
from pureog.path import Path
from pureog.records import record, replace
from pureog.style.computed import ComputedStyle
from pureog.style.values import Percent, TextAlign
from pureog.text.color_glyphs import color_glyphs
from pureog.text.fonts import FontFace, FontLibrary
from pureog.text.line_flow import HORIZONTAL_ELLIPSIS, Flow, TextLayout, js_round, text_layout
from pureog.text.linebreak import WORD_SEPARATORS, graphemes
from pureog.text.outline import glyph_outline
from pureog.text.shaping import ShapedRun, shape


class MeasureMode(StrEnum):
    UNDEFINED = "undefined"
    EXACTLY = "exactly"
    AT_MOST = "at-most"


MeasureFn = Callable[[float, "MeasureMode | str", float, "MeasureMode | str"], tuple[float, float]]


@record
class GlyphRun:
    """One merged segment Satori passes to ``getSVG``: glyphs shaped together, one baseline."""

    text: str
    x: float
    """Left edge of the run, px from the text box's left (alignment applied)."""
    baseline: float
    """Baseline y, px from the text box's top."""
    line: int
    shaped: ShapedRun
    baseline_parts: tuple[float, float, float] = (0.0, 0.0, 0.0)
    """``(line top, word ascent, baseline shift)``: Satori's run top is ``box_y + top + ascent + shift``,
    summed in that order; glyph coordinates must be those very floats to round as its SVG does."""
    last_piece: tuple[float, float, str] | None = None
    """``(x, width, text)`` of the run's last word as Satori placed it (alignment, justification and
    rounding applied; the laid-out width): its debug box ends there and its baseline mark spans it; the
    box's height and baseline are that word's (its first character's face: a word a no-break space
    joined, ``"ab\u00a0中"``, takes Geist's, not the CJK face's)."""
    continues: bool = False
    """A later item of a segment drawn shaped in Satori's lines (:meth:`_Drawing._shaped_runs`): Satori
    draws the segment as one run, so its debug box is the first item's run's, spanning the segment."""


@record
class Line:
    index: int
    left: float
    """x of the line's first word (alignment applied), px from the box's left."""
    top: float
    """Satori's decoration top: the line's y plus the first word's baseline delta."""
    ascender: float
    """Baseline offset of the line's first word (the decoration's ``ascender``)."""
    width: float
    """Width of the line's content (trailing spaces excluded), or the box width when justified."""
    height: float
    baseline: float
    """The line's baseline, px from the box's top."""


@record
class InlineImage:
    """A grapheme drawn as a picture (Satori's ``<image>``): the SVG is fitted (aspect kept, centred)
    into the ``width`` x ``height`` box at (``x``, ``y``), px from the text box's top-left."""

    grapheme: str
    x: float
    y: float
    width: float
    height: float
    svg: bytes
    line: int


@record
class Paragraph:
    text: str
    width: float
    """The measured width (``ceil``), what the measure function returned for this flow width."""
    height: float
    box_width: float
    font_size: float
    lines: tuple[Line, ...]
    runs: tuple[GlyphRun, ...]
    images: tuple[InlineImage, ...] = ()
    """Graphemes drawn as images (emoji), in paint order after the glyph runs of their line."""
    whole_px_baselines: bool = False
    """Glyphs sit on whole-px baselines (``features: browser``): lines stack at fractions of a px there
    (spec/text.md, "Line metrics") and Skia draws horizontal text on the rounded baseline."""
    satori_lines: bool = False
    """Shaped glyphs in Satori's lines (:attr:`~pureog.text.line_flow.FontEngine.satori_lines`): drawn
    as Satori draws its glyphs (at their own coordinates, in one SVG path), not as Chromium does."""


def _indent_px(style: ComputedStyle, box_width: float) -> float:
    indent = style.text_indent
    if isinstance(indent, Percent):
        return indent.value / 100 * box_width
    return float(indent)


def layout_paragraph(
    text: str,
    style: ComputedStyle,
    fonts: FontLibrary,
    width: float,
    box_width: float | None = None,
    *,
    container_width: float | None = None,
    words: list[str] | None = None,
    baselines: Sequence[float] | None = None,
) -> Paragraph:
    """Lines, glyph runs and images of ``text`` flowed at ``width`` px, aligned within ``box_width`` px
    (the text box's final width; defaults to ``width`` or, if unbounded, the measured width).

    ``container_width`` is the content width of the text's element (Satori's
    ``parentContainerInnerWidth``), which an ellipsis must fit; it defaults to ``box_width``.
    ``words``: the words the text node's last measure started from (:class:`FlowWidths`), when an
    earlier flow split one. ``baselines``: the baselines every measure of the text node logged
    (:attr:`TextLayout.baseline_log`, recorded by :class:`FlowWidths`); each line is drawn at its entry
    there, as Satori draws it. Without them the lines take their own flow's baselines.
    """
    if fonts.is_empty:
        raise FontError("no fonts are loaded; at least one font is required to lay out text")
    if words is not None:
        layout = TextLayout(text, style, fonts)
        layout.words, layout.pristine = list(words), False
    else:
        layout = text_layout(text, style, fonts)
    flow_width = math.inf if width is None or math.isnan(width) else float(width)
    measured, _, result = layout.measure(flow_width)
    if box_width is None:
        box_width = flow_width if math.isfinite(flow_width) else measured
    inner_width = float(box_width if container_width is None else container_width)
    if layout.engine.complex is not None and not layout.engine.satori_lines:
        from pureog.text.bidi_lines import draw_lines  # noqa: PLC0415  (only text Next.js draws wrongly)

        lines, runs, images = draw_lines(layout, result, float(box_width), inner_width)
        return Paragraph(text, measured, result.height, float(box_width), layout.engine.font_size, lines, runs,
                         images, whole_px_baselines=layout.engine.layout_units)
    paragraph = _Drawing(layout, result, float(box_width), inner_width, baselines).run(text, measured)
    if layout.engine.satori_lines:
        paragraph = replace(paragraph, satori_lines=True)
    return paragraph


class _Drawing:
    """The drawing loop of Satori's ``buildTextNodes`` over one flow: runs, images, ellipsis."""

    def __init__(self, layout: TextLayout, result: Flow, box_width: float, inner_width: float,
                 baselines: Sequence[float] | None = None) -> None:
        self.layout = layout
        self.baselines = result.baselines if baselines is None else baselines
        """Where each line's baseline is read (Satori's ``baselines[line]``): the logged ones, see
        :attr:`TextLayout.baseline_log`."""
        self.engine = layout.engine
        self.result = result
        self.box_width = box_width
        self.inner_width = inner_width
        self.runs: list[GlyphRun] = []
        self.images: list[InlineImage] = []
        self.line_info: dict[int, Line] = {}
        self.width_override: dict[int, float] = {}

    def _shaped_runs(self, segment: str, left: float, line: int, parts: tuple[float, float, float],
                     last_piece: tuple[float, float, str]) -> None:
        """A segment of left-to-right complex text drawn shaped from Satori's ``left``: one run per item
        (script and face), each where the ones before it end; the first carries the debug box."""
        complex_text = self.engine.complex
        assert complex_text is not None
        x = left
        baseline = parts[0] + parts[1] + parts[2]
        first = True
        # Satori draws the segment with its first grapheme's face (FontEngine.getSVG)
        run_face = complex_text.chain.resolve(segment)
        for item in complex_text.line(segment, [0] * len(segment), run_face=run_face):
            if item.shaped is not None and item.shaped.glyph_ids:
                self.runs.append(GlyphRun(item.text, x, baseline, line, item.shaped, parts,
                                          last_piece if first else None, continues=not first))
                first = False
            x += item.width

    def _ellipsis(self, base: float, piece: str, ellipsis_width: float) -> tuple[str, float]:
        """Satori's ``calcEllipsis``: the longest prefix (at least one grapheme) that leaves room."""
        subset = ""
        resolved = 0.0
        for char in graphemes(piece):
            w = base + self.engine.measure_piece(subset + char)
            if subset and w + ellipsis_width > self.inner_width:
                break
            subset += char
            resolved = w
        return subset, resolved

    def run(self, text: str, measured: float) -> Paragraph:  # noqa: C901 - Satori's loop, kept in its shape
        engine = self.engine
        result = self.result
        style = self.layout.style
        box_width = self.box_width
        font_size = engine.font_size
        align = style.text_align
        multi_line = len(result.line_widths) > 1
        texts = result.texts
        positions = result.positions
        indent = _indent_px(style, box_width)
        limit = self.layout.line_limit
        ellipsis = self.layout.block_ellipsis
        ellipsis_width = 0.0
        space_width = 0.0
        if limit != math.inf:
            ellipsis_width = engine.measure_grapheme(ellipsis)
            if ellipsis_width > self.inner_width:
                ellipsis = HORIZONTAL_ELLIPSIS
                ellipsis_width = engine.measure_grapheme(ellipsis)
            space_width = engine.measure_grapheme(" ")
        skipped_line = -1
        buffer: str | None = None
        buffered_left = 0.0
        for i, original in enumerate(texts):
            if i >= len(positions):
                break
            piece = original
            pos = positions[i]
            nxt = positions[i + 1] if i + 1 < len(positions) else None
            left = pos.x
            line = pos.line
            if line == skipped_line:
                continue
            justified = False
            if line == 0 and indent:
                left += indent
            if multi_line:
                remaining = box_width - result.line_widths[line]
                if align in (TextAlign.RIGHT, TextAlign.END):
                    left += remaining
                elif align == TextAlign.CENTER:
                    left += remaining / 2
                elif align == TextAlign.JUSTIFY and line < len(result.line_widths) - 1:
                    count = result.segments_per_line[line]
                    gutter = remaining / (count - 1) if count > 1 else 0.0
                    left += gutter * pos.line_index
                    justified = True
                left = js_round(left)
            line_baseline = self.baselines[line] if line < len(self.baselines) else result.baselines[line]
            word_baseline = engine.baseline(original)
            delta = line_baseline - word_baseline
            if line not in self.line_info:
                self.line_info[line] = Line(
                    index=line,
                    left=left,
                    top=pos.y + delta,
                    ascender=word_baseline,
                    width=box_width if justified else result.line_widths[line],
                    height=0.0,
                    baseline=pos.y + line_baseline,
                )
            last_before_ellipsis = False
            if limit != math.inf and line + 1 == limit:
                not_last_line = line < len(result.line_widths) - 1
                if not_last_line or result.line_widths[line] > self.inner_width:
                    cut: tuple[str, float] | None = None
                    if left + pos.width + ellipsis_width + space_width > self.inner_width:
                        subset, resolved = self._ellipsis(left, piece, ellipsis_width)
                        cut = (subset + ellipsis, resolved)
                    elif nxt is not None and nxt.line != line:
                        if align == TextAlign.CENTER:
                            subset, resolved = self._ellipsis(left, piece, ellipsis_width)
                            cut = (subset + ellipsis, resolved)
                        else:
                            following = texts[i + 1] if i + 1 < len(texts) else ""
                            subset, resolved = self._ellipsis(pos.width + left, following, ellipsis_width)
                            cut = (piece + subset + ellipsis, resolved)
                    if cut is not None:
                        piece = cut[0]
                        skipped_line = line
                        self.width_override[line] = max(0.0, cut[1] - self.line_info[line].left)
                        last_before_ellipsis = True
            # Satori asks graphemeImages about the text, not its slot: after a zero-width word the two
            # arrays are out of step and an emoji is drawn in its predecessor's slot (0 px wide when
            # that is the zero-width word, so not at all), its own slot taking the next text.
            if engine.is_image(original):
                svg = engine.images.svg(original)
                if svg is not None:
                    self.images.append(
                        InlineImage(original, left, pos.y, pos.width, engine.height(original), svg, line)
                    )
            else:
                if (
                    "\t" not in piece
                    and piece not in WORD_SEPARATORS
                    and i + 1 < len(texts)
                    and texts[i + 1]
                    and nxt is not None
                    and not nxt.is_image
                    and pos.y == nxt.y
                    and not last_before_ellipsis
                ):
                    if buffer is None:
                        buffered_left = left
                    buffer = piece if buffer is None else buffer + piece
                    continue
                segment = piece if buffer is None else buffer + piece
                run_left = left if buffer is None else buffered_left
                buffer = None
                segment = segment.replace("\t", "")
                parts = (pos.y, word_baseline, delta)
                if engine.complex is not None:  # shaped text in Satori's lines (FontEngine.satori_lines)
                    self._shaped_runs(segment, run_left, line, parts, (left, pos.width, piece))
                else:
                    shaped = shape(engine.chain, segment, font_size, engine.letter_spacing)
                    if not segment.isascii():  # Thai / Lao: marks positioned, Satori's layout kept
                        from pureog.text.satori_marks import position_marks  # noqa: PLC0415  (loads on use)
                        shaped = position_marks(shaped, segment)
                    self.runs.append(GlyphRun(segment, run_left, pos.y + word_baseline + delta, line, shaped,
                                              parts, (left, pos.width, piece)))
            if last_before_ellipsis:
                break
        lines = _finish_lines(self.line_info, result, self.width_override)
        return Paragraph(
            text, measured, result.height, box_width, font_size, lines, tuple(self.runs), tuple(self.images)
        )


def _finish_lines(line_info: dict[int, Line], result: Flow, width_override: dict[int, float]) -> tuple[Line, ...]:
    out: list[Line] = []
    tops: list[float] = []
    y = 0.0
    # Line heights are not stored by flow(); recover them from the y of consecutive lines.
    for pos in result.positions:
        while len(tops) <= pos.line:
            tops.append(pos.y)
    for index in sorted(line_info):
        info = line_info[index]
        top = tops[index] if index < len(tops) else y
        bottom = tops[index + 1] if index + 1 < len(tops) else result.height
        width = width_override.get(index, info.width)
        out.append(Line(info.index, info.left, info.top, info.ascender, width, bottom - top, info.baseline))
    return tuple(out)


def glyph_paths(paragraph: Paragraph, origin_x: float, origin_y: float) -> list[tuple[Path, float, float]]:
    """``(outline at the origin, absolute x, absolute baseline y)`` for every glyph, in paint order.

    ``origin_x/origin_y`` is the text box's top-left in canvas px. Outlines are cached and shared
    per (face, glyph, size); empty glyphs (spaces) are skipped.
    """
    return [(g.path, g.x, g.y) for g in placed_glyphs(paragraph, origin_x, origin_y)]


@record
class PlacedGlyph:
    """One glyph as Satori's ``getSVG`` positions it: the outline at the origin, the pen position, and
    where the same glyph first occurred in its run (``first_x``, ``first_y``; the glyph's own position
    if this is its first occurrence). Satori reuses the first occurrence's absolute commands shifted by
    ``(x - first_x, y - first_y)``, so a coordinate is ``(first_x + c) + (x - first_x)``."""

    path: Path
    x: float
    y: float
    first_x: float
    first_y: float
    face: FontFace | None = None
    """The face and glyph id (set for a face with colour glyphs: :mod:`pureog.text.color_glyphs`)."""
    gid: int = -1


def placed_glyphs(paragraph: Paragraph, origin_x: float, origin_y: float) -> list[PlacedGlyph]:
    """Every non-empty glyph of the paragraph, in paint order, at Satori's float positions: the pen
    starts at ``origin_x + run.x`` and advances as opentype.js's ``forEachGlyph`` does; the baseline is
    ``((origin_y + top) + ascent) + shift``."""
    out: list[PlacedGlyph] = []
    size = paragraph.font_size
    if size == 0:
        return out
    has_color: dict[str, bool] = {}  # per face: whether it has colour glyphs (COLR, CBDT, sbix)
    for run in paragraph.runs:
        shaped = run.shaped
        top, ascent, shift = run.baseline_parts
        y = origin_y + top + ascent + shift
        if paragraph.whole_px_baselines:
            y = math.floor(y + 0.5)  # Skia's horizontal text: the baseline rounded to a whole px
        xs = shaped.pen_positions(origin_x + run.x)
        run_upem = shaped.face.units_per_em
        if shaped.glyph_dy:  # fully shaped (pureog.text.runs): explicit positions
            run_colored = color_glyphs(shaped.face) is not None
            run_size = shaped.font_size  # (synthesized small capitals are smaller than the paragraph)
            # in Satori's lines drawn as opentype.js draws a glyph: at its own coordinates, a repeat
            # sharing its first occurrence's commands (Satori's SVG); else explicit, nothing shared
            satori = paragraph.satori_lines
            seen: dict[int, tuple[float, float]] = {}
            for gid, x, dy in zip(shaped.glyph_ids, xs, shaped.glyph_dy, strict=True):
                path = glyph_outline(shaped.face, gid, run_size, at_lsb=not satori)
                fx, fy = seen.setdefault(gid, (x, y + dy)) if satori else (x, y + dy)
                if run_colored:
                    out.append(PlacedGlyph(path, x, y + dy, fx, fy, shaped.face, gid))
                elif path.segments:
                    out.append(PlacedGlyph(path, x, y + dy, fx, fy))
            continue
        first: dict[tuple[str, int], float] = {}
        shifts = shaped.glyph_shift
        for k, (face, gid, scale, x) in enumerate(zip(shaped.glyph_faces, shaped.glyph_ids, shaped.glyph_scales, xs,
                                                      strict=True)):
            # (opentype.js draws a glyph at its own coordinates, never moved to the hmtx lsb)
            gy = y
            if shifts and shifts[k] != (0.0, 0.0):  # a Thai / Lao glyph drawn shaped (satori_marks)
                x, gy = x + shifts[k][0], y + shifts[k][1]
                path = glyph_outline(face, gid, size, scale, run_upem, at_lsb=False) if face is not shaped.face \
                    else glyph_outline(face, gid, size, at_lsb=False)
                if path.segments:  # (a face of Thai colour glyphs would draw them in their outline's colour)
                    out.append(PlacedGlyph(path, x, gy, x, gy))
                continue
            if face is shaped.face:
                path = glyph_outline(face, gid, size, at_lsb=False)
                # opentype.js keeps one Glyph object per glyph id, so repeats share the first's commands.
                first_x = first.setdefault((face.key, gid), x)
            else:  # a fallback glyph is a new Glyph object at every occurrence: never shared
                path = glyph_outline(face, gid, size, scale, run_upem, at_lsb=False)
                first_x = x
            colored = has_color.get(face.key)
            if colored is None:
                colored = has_color[face.key] = color_glyphs(face) is not None
            if colored:  # kept even when empty: it may be drawn in colour
                out.append(PlacedGlyph(path, x, y, first_x, y, face, gid))
            elif path.segments:
                out.append(PlacedGlyph(path, x, y, first_x, y))
    return out
