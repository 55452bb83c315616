"""One line of an inline formatting context placed in visual order (UAX #9 rule L2), as LayoutNG does.

Role: a line's pieces in logical order (text runs of one bidi level each, inline-blocks, the starts
and ends of inline boxes; :mod:`pureog.text.inline_layout` has broken the paragraph and computed the
line's start offset) -> the line's text, inline-block and box fragments, left to right.

As LayoutNG's ``BidiReorder`` and ``NGInlineLayoutStateStack``:

* the line's children are its text runs and inline-blocks, each at its level (from the whole
  paragraph's levels, :func:`pureog.text.bidi.resolve_levels`); white space alone at the line's end
  takes the paragraph's level (L1); an inline box with nothing on the line is an opaque child that
  takes the level of the child after it (the paragraph's at the end);
* the children are reordered (L2) and placed from the left; an inline box becomes one fragment per run
  of its children that stays together after reordering (a box split by a direction change is two
  fragments on one line);
* a box's left edge (margin, border, padding) goes on its leftmost fragment when that side's edge is on
  this line (the box's start in a left-to-right box, its end in a right-to-left one), its right edge on
  its rightmost fragment.

Must not import layout, paint or raster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.text.bidi import visual_order
from pureog.text.inline_fonts import ceil_unit
from pureog.text.inline_items import ATOMIC, CLOSE, OPEN, TEXT, InlineBox, Item

if TYPE_CHECKING:
    from pureog.text.inline_layout import BoxFragment, InlineContext, Line


def _chain(box: InlineBox | None) -> list[InlineBox]:
    """``box`` and its ancestors but the root, outermost first."""
    chain: list[InlineBox] = []
    while box is not None and box.parent is not None:
        chain.append(box)
        box = box.parent
    return chain[::-1]


def place_visual(context: InlineContext, line: Line, pieces: list[tuple[Item, int, int]], x: float,
                 each: float) -> None:
    """Fills ``line`` with the fragments of ``pieces`` (one line, logical order) in visual order from
    ``x``; ``each``: the extra px per space of a justified line."""
    from pureog.text.inline_layout import AtomicFragment, BoxFragment, TextFragment, _px  # noqa: PLC0415

    opened = {item.box.index for item, _, _ in pieces if item.kind == OPEN}
    closed = {item.box.index for item, _, _ in pieces if item.kind == CLOSE}
    filled: set[int] = set()  # boxes with a text run or an inline-block on this line
    for item, s, e in pieces:
        if (item.kind == TEXT and e > s) or item.kind == ATOMIC:
            filled.update(b.index for b in _chain(item.box.parent if item.kind == ATOMIC else item.box))
    # (item, start, end, level or None: opaque, the boxes around it outermost first)
    children: list[tuple[Item, int, int, int | None, list[InlineBox]]] = []
    placeholders: set[int] = set()
    for item, s, e in pieces:
        if item.kind == TEXT and e > s:
            children.append((item, s, e, item.level, _chain(item.box)))
        elif item.kind == ATOMIC:
            children.append((item, s, e, item.level, _chain(item.box.parent)))
        elif item.kind in (OPEN, CLOSE) and item.box.index not in filled and item.box.index not in placeholders:
            placeholders.add(item.box.index)
            children.append((item, 0, 0, None, _chain(item.box)))
    levels: list[int] = [c[3] if c[3] is not None else -1 for c in children]
    for n in range(len(children) - 1, -1, -1):  # L1: white space at the line's end
        item, s, e, level, _ = children[n]
        if level is None:
            continue
        if item.kind == TEXT and not item.text[s:e].strip(" "):
            levels[n] = context.base
            continue
        break
    after = context.base  # opaque children take the level of the child after them
    for n in range(len(levels) - 1, -1, -1):
        if levels[n] < 0:
            levels[n] = after
        else:
            after = levels[n]
    order = visual_order(levels)
    leftmost: dict[int, int] = {}
    rightmost: dict[int, int] = {}
    for pos, n in enumerate(order):
        for box in children[n][4]:
            leftmost.setdefault(box.index, pos)
            rightmost[box.index] = pos

    def has_left(box: InlineBox) -> bool:
        return box.index in (closed if box.style.direction == "rtl" else opened)

    def has_right(box: InlineBox) -> bool:
        return box.index in (opened if box.style.direction == "rtl" else closed)

    stack: list[BoxFragment] = []
    fragments: list[BoxFragment] = []

    def close(frag: BoxFragment, pos: int) -> float:
        s = frag.box.style
        at = x
        if has_right(frag.box) and rightmost[frag.box.index] == pos:
            at += s.border_right_width + _px(s.padding_right)
            frag.last = True
            frag.right = at
            return at + _px(s.margin_right)
        frag.right = at
        return at

    for pos, n in enumerate(order):
        item, s, e, _, chain = children[n]
        keep = 0
        while keep < len(stack) and keep < len(chain) and stack[keep].box is chain[keep]:
            keep += 1
        while len(stack) > keep:
            x = close(stack.pop(), pos - 1)
        for box in chain[keep:]:
            st = box.style
            edge = has_left(box) and leftmost[box.index] == pos
            if edge:
                x += _px(st.margin_left)
            frag = BoxFragment(box, x, edge)
            if edge:
                x += st.border_left_width + _px(st.padding_left)
            stack.append(frag)
            fragments.append(frag)
        if item.kind == ATOMIC:
            atomic = context.atomics[item.box.index]
            line.atomics.append(AtomicFragment(item.box, atomic, x))
            x += atomic.width
        elif item.kind == TEXT:
            text = item.text[s:e]
            fragment = TextFragment(item.box, text, x, ceil_unit(context.text_width(item, s, e))
                                    + text.count(" ") * each, levels[n], context.scripts(item, s, e))
            fragment.spacing = each
            line.texts.append(fragment)
            x += fragment.width
    while stack:
        x = close(stack.pop(), len(order) - 1)
    line.boxes = fragments


__all__ = ["place_visual"]
