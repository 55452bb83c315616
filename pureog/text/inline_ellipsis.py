"""``text-overflow: ellipsis`` on the lines of an inline formatting context, as LayoutNG's line truncator.

Role: a laid-out line (:class:`~pureog.text.inline_layout.Line`, left to right) that overflows its
container's content width, when the container has ``text-overflow: ellipsis`` and ``overflow`` other
than ``visible`` -> the same line with its overflowing content hidden or cut and an ellipsis after
what stays (``NGLineTruncator::TruncateLine``):

* the line's text pieces and inline-blocks are visited from the last to the first: one that starts
  past the content box is hidden; one that fits with the ellipsis after it takes the ellipsis; a text
  piece that does not is cut to the characters that fit before the ellipsis (``OffsetToFit``: at least
  one, and not all of them; else it is hidden and the one before is tried); the first piece of the
  line is never hidden (it keeps one character, the ellipsis overflowing);
* the ellipsis ("…", or "..." when the primary face lacks it) is drawn in the container's style (its
  font and colour: the line's, CSS UI 4 §5.2) on the line's baseline, right after what stays; it is
  painted under the line's box backgrounds (a background of the box it ends hides it, as in Chromium);
* inline box fragments keep their geometry (their ``getClientRects()`` are the untruncated ones).

``lineClamp`` (Satori's; Chromium 156 draws ``-webkit-line-clamp`` so, its ``line-clamp`` does not
exist yet): the lines after the count are discarded and the last one kept ends with the block
ellipsis after its content (cut as above when they do not fit together), placed before the line is
aligned, which does not count it (a right-aligned line that fits pushes it past the edge, as in Chromium).
That line is no paragraph's last, so ``textAlign: justify`` widens its spaces first (LayoutNG justifies,
then truncates): the justified line fills its box and the cut counts the widened spaces.

A right-to-left line (a ``direction: rtl`` paragraph) ends on the left: it is cut as its mirror image
is (the pieces visited from the leftmost, the ellipsis on the left of what stays). A text piece is cut
to the characters that come first in its own direction where that is the line's (the visual start of
the piece), and to its last ones where it runs against the line (a Hebrew word at the end of an English
line keeps its visual left part, its logical end), as ``OffsetToFit`` measures from the line's start.
Must not import layout, paint or raster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.text.inline_fonts import InlineFont, ceil_unit, joining_context
from pureog.text.linebreak import graphemes

if TYPE_CHECKING:
    from pureog.text.inline_layout import AtomicFragment, InlineContext, Line, TextFragment

ELLIPSIS = "\u2026"


def ellipsis_text(font: InlineFont) -> str:
    """Chromium's ellipsis: U+2026 when the style's primary face has it, else three dots."""
    return ELLIPSIS if font.chain.primary.has_code_point(ord(ELLIPSIS)) else "..."


def truncate(context: InlineContext, line: Line, width: float, block: str | None = None,
             rtl_width: float | None = None) -> None:
    """Cuts ``line`` (laid out left to right) at ``width`` with an ellipsis when it overflows; with
    ``block`` (``lineClamp``'s block ellipsis, on the last line it keeps), ends it with that string
    after its content whether it overflows or not. ``rtl_width``: the line is right to left, in a
    container that wide: it is cut as its mirror image (``width`` then counts from the right)."""
    if rtl_width is None:
        _truncate(context, line, width, block, False)
        return
    _mirror(context, line, rtl_width)
    _truncate(context, line, width, block, True)
    _mirror(context, line, rtl_width)
    if line.ellipsis is not None:
        line.ellipsis.x = rtl_width - line.ellipsis.x - line.ellipsis.width
        line.ellipsis.level = 1


def _mirror(context: InlineContext, line: Line, across: float) -> None:
    """The line's text pieces and inline-blocks flipped left for right in a container ``across`` wide."""
    children: list[TextFragment | AtomicFragment] = [*line.texts, *line.atomics]
    for child in children:
        child.x = across - _right(context, child)


def _truncate(context: InlineContext, line: Line, width: float, block: str | None, rtl: bool) -> None:
    """:func:`truncate` on a line whose end is on the right (a right-to-left one mirrored: ``rtl``)."""
    from pureog.text.inline_layout import TextFragment  # noqa: PLC0415

    children: list[TextFragment | AtomicFragment] = sorted([*line.texts, *line.atomics], key=lambda c: c.x)
    if not children or (block is None and max(_right(context, c) for c in children) <= width + 1e-9):
        return
    hidden: set[int] = set()
    chosen: TextFragment | AtomicFragment | None = None
    root = context.boxes[0]
    font = context.font(root)
    mark = ellipsis_text(font) if block is None or block == ELLIPSIS else block
    mark_width = ceil_unit(font.width(mark))
    for n in range(len(children) - 1, -1, -1):
        child = children[n]
        first = n == 0
        space = width - child.x
        if space <= 0:
            if not first:
                hidden.add(id(child))
            continue
        space -= mark_width
        if space >= _right(context, child) - child.x:
            chosen = child
            break
        if isinstance(child, TextFragment) and (space > 0 or first):
            own = context.font(child.box)
            from_end = bool(child.level % 2) != rtl  # (the piece runs against the line: its end stays)
            keep = _offset_to_fit(own, child, space, from_end)
            if keep == 0 or keep == len(child.text):
                if not first:
                    hidden.add(id(child))
                    continue
                keep = 1 if keep == 0 else len(child.text) - 1
            _keep(own, child, keep, from_end)
            chosen = child
            break
        if first:
            chosen = child
            break
        hidden.add(id(child))
    line.texts = [t for t in line.texts if id(t) not in hidden]
    line.atomics = [a for a in line.atomics if id(a) not in hidden]
    if chosen is None:
        return
    line.ellipsis = TextFragment(root, mark, _right(context, chosen), mark_width)
    line.ellipsis.baseline = line.baseline


def _right(context: InlineContext, child: TextFragment | AtomicFragment) -> float:
    from pureog.text.inline_layout import TextFragment  # noqa: PLC0415

    if isinstance(child, TextFragment):
        return child.x + child.width
    return child.x + child.atomic.width


def _cut(scripts: tuple[str, ...] | None, keep: int, from_end: bool = False) -> tuple[str, ...] | None:
    if not scripts:
        return None
    return scripts[len(scripts) - keep:] if from_end else scripts[:keep]


def _part(frag: TextFragment, keep: int, from_end: bool) -> tuple[str, tuple[str, ...] | None, tuple[str, str]]:
    """The first (or last, ``from_end``) ``keep`` characters of ``frag``: text, scripts and joins. The
    cut side keeps the letter it joined there as context: Chromium measures and draws the kept part
    with the glyphs the whole piece was shaped with (a ``ShapeResultView`` of it, not a new shaping),
    so a cut Arabic word keeps its medial forms and their narrower advances."""
    text = frag.text
    if from_end:
        start = len(text) - keep
        before = joining_context(text, start, len(text))[0] if start > 0 else frag.joins[0]
        return text[start:], _cut(frag.scripts, keep, True), (before, frag.joins[1])
    after = joining_context(text, 0, keep)[1] if keep < len(text) else frag.joins[1]
    return text[:keep], _cut(frag.scripts, keep), (frag.joins[0], after)


def _width(font: InlineFont, frag: TextFragment, part: tuple[str, tuple[str, ...] | None, tuple[str, str]]) -> float:
    """The width of a part of ``frag``: its advances and, on a justified line, the spacing its spaces
    were widened by (LayoutNG justifies a line before it truncates it: the spacing is in the shape
    result that ``OffsetToFit`` measures)."""
    return font.width(*part) + part[0].count(" ") * frag.spacing


def _keep(font: InlineFont, frag: TextFragment, keep: int, from_end: bool) -> None:
    """``frag`` cut to the ``keep`` characters of :func:`_part`, at the same left edge."""
    part = _part(frag, keep, from_end)
    frag.text, frag.scripts, frag.joins = part
    frag.width = ceil_unit(font.width(*part)) + part[0].count(" ") * frag.spacing


def _offset_to_fit(font: InlineFont, frag: TextFragment, space: float, from_end: bool = False) -> int:
    """``ShapeResult::OffsetToFit``: how many characters of ``frag`` (whole graphemes) fit in ``space``,
    counted from its start (or its end, ``from_end``)."""
    keep = 0
    at = 0
    pieces = graphemes(frag.text)
    for g in reversed(pieces) if from_end else pieces:
        at += len(g)
        if _width(font, frag, _part(frag, at, from_end)) > space + 1e-9:
            break
        keep = at
    return keep


__all__ = ["ELLIPSIS", "ellipsis_text", "truncate"]
