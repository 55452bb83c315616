"""One line of an inline formatting context placed in visual order (UAX #9 rule L2), as LayoutNG does.

Role: a line's pieces in logical order (text runs of one bidi level each, inline-blocks, the starts
and ends of inline boxes; :mod:`pureog.text.inline_layout` has broken the paragraph and computed the
line's start offset) -> the line's text, inline-block and box fragments, left to right.

As LayoutNG's ``BidiReorder`` and ``NGInlineLayoutStateStack`` (every inline box of the oracle's
pages makes box fragments: they are ``position: relative``, as Satori's elements are):

* the line's children are its text runs and inline-blocks, each at its level (from the whole
  paragraph's levels, :func:`pureog.text.bidi.resolve_levels`), and one placeholder per inline box
  where it opens (those still open from earlier lines at the line's start, outermost first); white
  space alone at the line's end takes the paragraph's level (L1); a placeholder is opaque: it takes
  the level of the child after it (the paragraph's at the end);
* the children are reordered (L2); each box covers, in logical order, its placeholder and the children
  up to its end; after reordering a box becomes one fragment per range of the visual order that
  ``UpdateBoxDataFragmentRange`` finds (boxes nest by the order they end: a child box's run ends the
  parent's range where it does not continue it), so a box nested in another is split where a level
  change reverses its placeholder away from part of its text;
* a box's left edge (margin, border, padding) goes on its leftmost fragment when that side's edge is on
  this line (the box's start in a left-to-right box, its end in a right-to-left one), its right edge on
  its rightmost fragment.

Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pureog.text.bidi import visual_order
from pureog.text.inline_fonts import ceil_unit
from pureog.text.inline_items import ATOMIC, CLOSE, OPEN, TEXT, InlineBox, Item

if TYPE_CHECKING:
    from pureog.text.inline_layout import InlineContext, Line


def _chain(box: InlineBox | None) -> list[InlineBox]:
    """``box`` and its ancestors but the root, outermost first."""
    chain: list[InlineBox] = []
    while box is not None and box.parent is not None:
        chain.append(box)
        box = box.parent
    return chain[::-1]


_Child = tuple[Item | None, int, int, InlineBox | None]
"""A line child: (item, start, end, innermost box), or a placeholder ``(None, 0, 0, box)``."""


def place_visual(context: InlineContext, line: Line, pieces: list[tuple[Item, int, int]], x: float,
                 each: float, hang_at: float = math.inf) -> None:
    """Fills ``line`` with the fragments of ``pieces`` (one line, logical order) in visual order from
    ``x``; ``each``: the extra px per space of a justified line (but the hanging ones, from ``hang_at``
    in the paragraph's text)."""
    from pureog.text.inline_layout import (  # noqa: PLC0415
        AtomicFragment,
        BoxFragment,
        TextFragment,
        _px,
        justified,
    )

    children, ends = _children(pieces)
    levels = _levels(context, children)
    order = visual_order(levels)
    ranges = _fragment_ranges([children[n] for n in order], ends)
    # the fragments holding each visual position, outermost first
    holding: list[list[tuple[InlineBox, int]]] = [[] for _ in order]
    for box, spans in ranges.items():
        for k, (lo, hi) in enumerate(spans):
            for pos in range(lo, hi):
                holding[pos].append((box, k))
    depths: dict[int, int] = {}  # by box index: each box's depth found once (a chain of 480 nested spans
    # walked to the root for each box at each position of the line: 34 s, now linear in the chain)
    for chain in holding:
        chain.sort(key=lambda f: _depth(f[0], depths))

    opened = {item.box.index for item, _, _ in pieces if item.kind == OPEN}
    closed = {item.box.index for item, _, _ in pieces if item.kind == CLOSE}

    def has_left(box: InlineBox) -> bool:
        return box.index in (closed if box.style.direction == "rtl" else opened)

    def has_right(box: InlineBox) -> bool:
        return box.index in (opened if box.style.direction == "rtl" else closed)

    stack: list[tuple[tuple[InlineBox, int], BoxFragment]] = []
    fragments: list[BoxFragment] = []

    def close(key: tuple[InlineBox, int], frag: BoxFragment) -> float:
        box, k = key
        s = box.style
        at = x
        if has_right(box) and k == len(ranges[box]) - 1:
            at += s.border_right_width + _px(s.padding_right)
            frag.last = True
            frag.right = at
            return at + _px(s.margin_right)
        frag.right = at
        return at

    for pos, n in enumerate(order):
        item, s, e, _ = children[n]
        chain = holding[pos]
        keep = 0
        while keep < len(stack) and keep < len(chain) and stack[keep][0] == chain[keep]:
            keep += 1
        while len(stack) > keep:
            x = close(*stack.pop())
        for key in chain[keep:]:
            box, k = key
            st = box.style
            edge = has_left(box) and k == 0
            if edge:
                x += _px(st.margin_left)
            frag = BoxFragment(box, x, edge)
            if edge:
                x += st.border_left_width + _px(st.padding_left)
            stack.append((key, frag))
            fragments.append(frag)
        if item is None:
            continue
        if item.kind == ATOMIC:
            atomic = context.atomics[item.box.index]
            line.atomics.append(AtomicFragment(item.box, atomic, x))
            x += atomic.width
        else:
            text = item.text[s:e]
            fragment = TextFragment(item.box, text, x, ceil_unit(context.text_width(item, s, e))
                                    + justified(item, s, e, hang_at) * each, levels[n], context.scripts(item, s, e),
                                    context.joins(item, s, e))
            fragment.spacing = each
            line.texts.append(fragment)
            x += fragment.width
    while stack:
        x = close(*stack.pop())
    line.boxes = fragments


def _children(pieces: list[tuple[Item, int, int]]) -> tuple[list[_Child], dict[int, int]]:
    """The line's children in logical order (text runs, inline-blocks and the boxes' placeholders),
    and the order in which the boxes end (LayoutNG's ``box_data_list_``: a box ends at its close, or at
    the line's end, innermost first), 1-based, by box index."""
    children: list[_Child] = []
    first = next((p for p in pieces if p[0].kind != CLOSE or p[2] > p[1]), None)
    open_boxes: list[InlineBox] = []
    if first is not None:  # the boxes still open from earlier lines: placeholders at the line's start
        item = first[0]
        open_boxes = _chain(item.box.parent if item.kind in (OPEN, ATOMIC) else item.box)
        children += [(None, 0, 0, box) for box in open_boxes]
    ends: dict[int, int] = {}
    for item, s, e in pieces:
        if item.kind == OPEN:
            children.append((None, 0, 0, item.box))
            open_boxes.append(item.box)
        elif item.kind == CLOSE:
            if item.box.index not in ends and any(b is item.box for b in open_boxes):
                ends[item.box.index] = len(ends) + 1
        elif item.kind == ATOMIC:
            children.append((item, s, e, item.box.parent))
        elif e > s:
            children.append((item, s, e, item.box))
    depths: dict[int, int] = {}
    for box in sorted(open_boxes, key=lambda b: _depth(b, depths), reverse=True):
        if box.index not in ends:
            ends[box.index] = len(ends) + 1
    # the white space that ends the line (pre-wrap's hanging spaces) is a child of its own, as
    # LayoutNG's line breaker cuts it off its text, so that L1 can move it to the paragraph's level
    for n in range(len(children) - 1, -1, -1):
        last, s, e, holder = children[n]
        if last is None or (last.kind == TEXT and not last.text[s:e].strip(" ")):
            continue
        if last.kind == TEXT:
            cut = s + len(last.text[s:e].rstrip(" "))
            if cut < e:
                children[n:n + 1] = [(last, s, cut, holder), (last, cut, e, holder)]
        break
    return children, ends


def _levels(context: InlineContext, children: list[_Child]) -> list[int]:
    """Each child's bidi level: white space alone at the line's end at the paragraph's (L1); a
    placeholder at the level of the child after it (the paragraph's at the end)."""
    levels = [item.level if item is not None else -1 for item, _, _, _ in children]
    for n in range(len(children) - 1, -1, -1):
        item, s, e, _ = children[n]
        if item is None:
            continue
        if item.kind == TEXT and not item.text[s:e].strip(" "):
            levels[n] = context.base
            continue
        break
    after = context.base
    for n in range(len(levels) - 1, -1, -1):
        if levels[n] < 0:
            levels[n] = after
        else:
            after = levels[n]
    return levels


def _fragment_ranges(visual: list[_Child], ends: dict[int, int]) -> dict[InlineBox, list[tuple[int, int]]]:
    """Each box's fragments as ranges of the visual order, left to right: LayoutNG's
    ``UpdateBoxDataFragmentRange`` (each child starts in its innermost box; a box's range runs over
    the children in it, its children boxes' ranges taken first, after which their children count as
    the parent's)."""
    boxes: dict[int, InlineBox] = {}
    for _, _, _, box in visual:
        b = box
        while b is not None and b.parent is not None:
            boxes[ends.get(b.index, 0)] = b
            b = b.parent
    parent_of: dict[int, int] = {}
    for rank, box in boxes.items():
        up = box.parent
        parent_of[rank] = ends.get(up.index, 0) if up is not None and up.parent is not None else 0
    marks = [ends.get(box.index, 0) if box is not None and box.parent is not None else 0
             for _, _, _, box in visual]
    found: dict[int, list[tuple[int, int]]] = {}

    def update(index: int) -> int:
        # LayoutNG's recursion (a box met inside another's range is taken first), with a stack of frames
        # [rank, start, position]: a right-to-left line of 2,000 sibling spans nests it 2,000 deep
        while index < len(marks) and not marks[index]:
            index += 1
        if index >= len(marks):
            return index
        frames = [[marks[index], index, index + 1]]
        marks[index] = parent_of.get(marks[index], 0)
        while True:
            frame = frames[-1]
            rank, start, at = frame
            while at < len(marks):
                if marks[at] and marks[at] < rank:  # an inner box starts here: take it first
                    break
                if marks[at] != rank:
                    break
                marks[at] = parent_of.get(rank, 0)
                at += 1
            if at < len(marks) and marks[at] and marks[at] < rank:
                frame[2] = at  # resumed here once the inner box is done
                frames.append([marks[at], at, at + 1])
                marks[at] = parent_of.get(marks[at], 0)
                continue
            found.setdefault(rank, []).append((start, at))
            frames.pop()
            if not frames:
                return start if parent_of.get(rank, 0) else at

    index = 0
    while index < len(marks):
        index = update(index)
    return {boxes[rank]: sorted(spans) for rank, spans in found.items() if rank in boxes}


def _depth(box: InlineBox, known: dict[int, int]) -> int:
    """The box's nesting below the root (the root 0), through ``known`` (by box index), which it extends
    with every box it walks through."""
    walked: list[InlineBox] = []
    depth = 0
    while box.parent is not None:
        found = known.get(box.index)
        if found is not None:
            depth = found
            break
        walked.append(box)
        box = box.parent
    for b in reversed(walked):
        depth += 1
        known[b.index] = depth
    return depth if not walked else known[walked[0].index]


__all__ = ["place_visual"]
