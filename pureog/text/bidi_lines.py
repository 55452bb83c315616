"""Drawing the lines of text laid out as a browser does: bidi reordering, alignment, ellipsis.

Input: a text node's ``TextLayout`` whose engine measures with :class:`~pureog.text.runs.ComplexText`,
and one flow of it (lines broken in logical order by Satori's greedy loop, with shaped word widths).
Output: :class:`~pureog.text.paragraph.Line`, :class:`~pureog.text.paragraph.GlyphRun` and
:class:`~pureog.text.paragraph.InlineImage` tuples, as :func:`~pureog.text.paragraph.layout_paragraph`
returns them.

For each line: the embedding levels of the whole text (UAX #9, :mod:`pureog.text.bidi`, the base level
from the CSS ``direction``), rule L1 on the line (its trailing white space is dropped), a line-clamp /
``text-overflow`` cut at the logical end with the ellipsis appended there (so bidi puts it on the visual
end), the line's items shaped and reordered (L2, :meth:`ComplexText.line`), then placed from the line's
left edge: ``text-align`` start / end follow the direction (start is right in a right-to-left
paragraph), every line is aligned (also a single one, within its box) and positions are not rounded,
as in a browser; ``text-indent`` indents the start side. ``justify`` widens the spaces of every line
but the last and those a forced break ends until the line fills its box (OpenType-shaped text).

Must not import layout, paint or raster.
"""

from __future__ import annotations

import copy
import math
from typing import TYPE_CHECKING

from pureog.style.values import Percent, TextAlign
from pureog.text.bidi import line_levels, resolve_levels, visual_order
from pureog.text.line_flow import HORIZONTAL_ELLIPSIS
from pureog.text.linebreak import graphemes
from pureog.text.ot._arabic_joining import JOINING
from pureog.text.paragraph import GlyphRun, InlineImage, Line
from pureog.text.runs import ComplexText, Piece
from pureog.text.variants import SPACED_CHARACTERS

if TYPE_CHECKING:
    from pureog.text.line_flow import Flow, TextLayout

# JS String.prototype.trimEnd white space.
_SPACE = frozenset("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                   "\u2028\u2029\u202f\u205f\u3000\ufeff")  # fmt: skip
_DROPPED = frozenset("\n\t")

# per position of a cut line: the letter cut away before it that its item's start joined, and the one
# cut away after it that its item's end joined (ComplexText.line's context there)
CutJoins = tuple[dict[int, str], dict[int, str]]


def draw_lines(
    layout: TextLayout, result: Flow, box_width: float, inner_width: float
) -> tuple[tuple[Line, ...], tuple[GlyphRun, ...], tuple[InlineImage, ...]]:
    engine = layout.engine
    text_engine = engine.complex
    assert text_engine is not None
    style = layout.style
    rtl = style.direction == "rtl"
    base = 1 if rtl else 0
    ranges: dict[int, list[int]] = {}
    offset = 0
    for piece, line in zip(result.texts, result.text_lines, strict=True):
        span = ranges.setdefault(line, [offset, offset])
        offset += len(piece)
        span[1] = offset
    full = "".join(result.texts)
    levels = resolve_levels(full, base)
    tops: list[float] = []
    for pos in result.positions:
        while len(tops) <= pos.line:
            tops.append(pos.y)
    align = _physical(style.text_align, rtl)
    indent = style.text_indent
    indent_px = indent.value / 100 * box_width if isinstance(indent, Percent) else float(indent)
    limit = layout.line_limit
    line_count = len(result.line_widths)
    # justification widens spaces through word spacing, which only OpenType-shaped runs take
    justify = style.text_align == TextAlign.JUSTIFY and text_engine.all_ot
    out_lines: list[Line] = []
    runs: list[GlyphRun] = []
    images: list[InlineImage] = []
    for index in sorted(ranges):
        if index >= limit:
            break
        start, end = ranges[index]
        line_lv = line_levels(full, levels, start, end, base)
        chars = [(full[k], line_lv[k - start]) for k in range(start, end) if full[k] not in _DROPPED]
        while chars and chars[-1][0] in _SPACE:
            chars.pop()
        text = "".join(c for c, _ in chars)
        lv = [level for _, level in chars]
        cut_joins: CutJoins = ({}, {})
        line_box = box_width
        if limit != math.inf and index + 1 == limit and (
            index < line_count - 1 or result.line_widths[index] > inner_width
        ):
            text, lv, cut_joins = _clamp(text_engine, text, layout.block_ellipsis, inner_width, base, lv)
            # the cut line is aligned in its line box, the element's content box, where a text box
            # wider than it (its uncut text's width) would carry it past the end (Chromium's line truncator)
            line_box = min(box_width, inner_width)
        pieces = text_engine.line(text, lv, cut_joins=cut_joins)
        width = sum(p.width for p in pieces)
        remaining = line_box - width
        left = remaining if align == TextAlign.RIGHT else remaining / 2 if align == TextAlign.CENTER else 0.0
        if justify and index < line_count - 1 and remaining > 0 and not any(cut_joins) \
                and "\n" not in full[start:end]:
            spaces = sum(text.count(ch) for ch in SPACED_CHARACTERS)
            if spaces:
                # text-align: justify (every line but the last and those a forced break ends): the free
                # space spread evenly over the line's spaces, as LayoutNG's justification widens them
                pieces = _widened(text_engine, remaining / spaces).line(text, lv)
                width, left = line_box, 0.0
        if index == 0 and indent_px:
            left += -indent_px if rtl else indent_px
        top = tops[index] if index < len(tops) else 0.0
        bottom = tops[index + 1] if index + 1 < len(tops) else result.height
        baseline = result.baselines[index] if index < len(result.baselines) else 0.0
        _place(engine, pieces, left, top, baseline, index, runs, images)
        out_lines.append(Line(index, left, top, baseline, width, bottom - top, top + baseline))
    return tuple(out_lines), tuple(runs), tuple(images)


def _widened(text_engine: ComplexText, extra: float) -> ComplexText:
    """The engine with ``extra`` px more after each space and no-break space (Blink's justification
    opportunities, ShapeResultSpacing; CJK's inter-character ones are not made)."""
    widened = copy.copy(text_engine)
    widened.word_spacing = text_engine.word_spacing + extra
    widened._widths = {}  # (widths measured with the engine's own spacing)
    return widened


def _physical(align: TextAlign, rtl: bool) -> TextAlign:
    if align == TextAlign.START or (align == TextAlign.JUSTIFY and not rtl):
        return TextAlign.RIGHT if rtl else TextAlign.LEFT
    if align == TextAlign.END or align == TextAlign.JUSTIFY:
        return TextAlign.LEFT if align == TextAlign.END and rtl else TextAlign.RIGHT
    return align


def _place(engine: object, pieces: list[Piece], left: float, top: float, baseline: float, index: int,
           runs: list[GlyphRun], images: list[InlineImage]) -> None:
    from pureog.text.line_flow import FontEngine  # noqa: PLC0415

    assert isinstance(engine, FontEngine)
    x = left
    for piece in pieces:
        if piece.image:
            svg = engine.images.svg(piece.text)
            if svg is not None:
                images.append(InlineImage(piece.text, x, top, piece.width, engine.height(piece.text), svg, index))
        elif piece.shaped is not None and piece.shaped.glyph_ids:
            runs.append(GlyphRun(piece.text, x, top + baseline, index, piece.shaped, (top, baseline, 0.0)))
        x += piece.width


def _clamp(text_engine: ComplexText, text: str, ellipsis: str, inner_width: float, base: int,
           levels: list[int]) -> tuple[str, list[int], CutJoins]:
    """The line cut so that it and the ellipsis fit ``inner_width`` (at least one grapheme is kept), the
    ellipsis appended, and the levels of the result. ``levels``: the line's levels (after L1).

    The cut takes graphemes from the line's visual end (the right, the left in a right-to-left
    paragraph), as LayoutNG's line truncator does: a run against the line's direction at its end keeps
    its visual start side, its logical end (``…علم شكرا`` of ``تعلم شكرا`` at the end of an English line).
    Where that is the logical end (a line of one direction) the kept text loses its trailing spaces.
    Also: per position of the result, the letter cut away before it that it joined (Arabic, ...), and
    the one cut away after it (a right-to-left word cut at its logical end): Chromium draws the kept
    part with the glyphs the whole word was shaped with (a ``ShapeResultView``), so that letter stays in
    its joined form, and measures the cut so; it is HarfBuzz's context there (:meth:`ComplexText.line`)."""
    ellipsis_width = text_engine.measure(ellipsis)
    if ellipsis_width > inner_width:
        ellipsis = HORIZONTAL_ELLIPSIS
        ellipsis_width = text_engine.measure(ellipsis)
    parts = graphemes(text)
    starts: list[int] = []
    at = 0
    for part in parts:
        starts.append(at)
        at += len(part)
    order = visual_order([levels[k] for k in starts] if len(levels) == len(text) else [base] * len(parts))
    from_end = order if base & 1 else order[::-1]  # the graphemes the cut takes first

    def kept(cut: int) -> tuple[str, CutJoins]:
        gone = set(from_end[:cut])
        rest: list[str] = []
        before: dict[int, str] = {}
        after: dict[int, str] = {}
        at = 0
        for k, part in enumerate(parts):
            if k in gone:
                continue
            if k and k - 1 in gone and _joins(parts[k - 1], part):
                before[at] = parts[k - 1]
            rest.append(part)
            at += len(part)
            if k + 1 < len(parts) and k + 1 in gone and _joins(part, parts[k + 1]):
                after[at] = parts[k + 1]  # (a right-to-left word cut at its logical end: its medial forms)
        return "".join(rest), (before, after)

    def kept_width(cut: int) -> float:
        # measured in the forms it is drawn with (its cut letters' joined forms, a ShapeResultView's
        # widths, as LayoutNG's truncator measures them), not shaped afresh: a fresh shaping ends a word
        # cut after a lam or beh in its final form, wider, and one letter fewer would fit
        rest, joins = kept(cut)
        if not joins[0] and not joins[1]:
            return text_engine.measure(rest)
        rest_levels = line_levels(rest, resolve_levels(rest, base), 0, len(rest), base)
        return sum(piece.width for piece in text_engine.line(rest, rest_levels, cut_joins=joins))

    # the fewest graphemes taken that let the rest fit, by bisection (widths shrink as more are taken)
    low, high = 0, max(len(parts) - 1, 0)
    if text_engine.measure(text) + ellipsis_width > inner_width:
        low = 1
        while low < high:
            mid = (low + high) // 2
            if kept_width(mid) + ellipsis_width <= inner_width:
                high = mid
            else:
                low = mid + 1
    gone = set(from_end[:low])
    suffix = all(k in gone for k in range(len(parts) - low, len(parts)))
    rest, cut_joins = kept(low)
    cut = (rest.rstrip(" ") if suffix else rest) + ellipsis
    return cut, line_levels(cut, resolve_levels(cut, base), 0, len(cut), base), cut_joins


_LEFT_JOINING = frozenset((1, 3))  # ArabicShaping's L and D (C reads as D)
_RIGHT_JOINING = frozenset((2, 3, 4, 5))  # R, D and the joining groups ALAPH, DALATH RISH


def _joins(before: str, after: str) -> bool:
    """Whether the grapheme ``before`` joins the grapheme ``after`` that follows it (Arabic, Syriac, ...)."""
    return JOINING.get(ord(before[0]), 0) in _LEFT_JOINING and JOINING.get(ord(after[0]), 0) in _RIGHT_JOINING
