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

Right-to-left (reordered) lines are left as they are. Must not import layout, paint or raster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.text.inline_fonts import InlineFont, ceil_unit
from pureog.text.linebreak import graphemes

if TYPE_CHECKING:
    from pureog.text.inline_layout import AtomicFragment, InlineContext, Line, TextFragment

ELLIPSIS = "\u2026"


def ellipsis_text(font: InlineFont) -> str:
    """Chromium's ellipsis: U+2026 when the style's primary face has it, else three dots."""
    return ELLIPSIS if font.chain.primary.has_code_point(ord(ELLIPSIS)) else "..."


def truncate(context: InlineContext, line: Line, width: float, block: str | None = None) -> None:
    """Cuts ``line`` (laid out left to right) at ``width`` with an ellipsis when it overflows; with
    ``block`` (``lineClamp``'s block ellipsis, on the last line it keeps), ends it with that string
    after its content whether it overflows or not."""
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
            keep = _offset_to_fit(own, child, space)
            if keep == 0 or keep == len(child.text):
                if not first:
                    hidden.add(id(child))
                    continue
                keep = 1 if keep == 0 else len(child.text) - 1
            child.text = child.text[:keep]
            child.width = ceil_unit(own.width(child.text, _cut(child.scripts, keep), (child.joins[0], "")))
            child.scripts = _cut(child.scripts, keep)
            child.joins = (child.joins[0], "")
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


def _cut(scripts: tuple[str, ...] | None, keep: int) -> tuple[str, ...] | None:
    return scripts[:keep] if scripts else None


def _offset_to_fit(font: InlineFont, frag: TextFragment, space: float) -> int:
    """``ShapeResult::OffsetToFit``: how many characters of ``frag`` (whole graphemes) fit in ``space``."""
    keep = 0
    at = 0
    for g in graphemes(frag.text):
        at += len(g)
        if font.width(frag.text[:at], _cut(frag.scripts, at), (frag.joins[0], "")) > space + 1e-9:
            break
        keep = at
    return keep


__all__ = ["ELLIPSIS", "ellipsis_text", "truncate"]
