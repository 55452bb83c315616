"""Line boxes of an inline formatting context (CSS 2.2 §9.4.2, §10.8), as Chromium's LayoutNG builds them.

Role: an inline formatting context's items (:mod:`pureog.text.inline_items`), the render's fonts and an
available width -> :class:`InlineLayout`: lines of positioned fragments (text pieces with their box and
baseline; the parts of inline boxes, for backgrounds and borders), the block's height, and the
measure function that the flex layout calls for the container (:func:`measure_inline`).

* Breaking: greedy over the words between break opportunities (a word may cross element boundaries);
  a word fits when its width without trailing spaces does; an inline box's start edge (margin, border,
  padding) travels with the next character, its end edge with the previous one. Trailing spaces are
  removed from the line (white-space ``normal``, ``nowrap``, ``pre-line``).
* Vertical alignment: each inline box on a line has its strut (its primary font's rounded ascent and
  descent plus half-leadings of its ``line-height``); ``vertical-align`` places its baseline against
  its parent's (baseline, sub, super, middle, text-top, text-bottom, lengths and percentages of its
  line height), ``top``/``bottom`` against the line box; the root box's strut is on every line. The line
  box spans the highest top to the lowest bottom.
* Horizontal: ``text-align`` left/right/center (start/end as left/right) shift each line; ``justify``
  spreads the free space over the spaces of every line but the last and those ending in a forced break.
Positions are in px from the container's content box; Chromium's 1/64 px units where it floors.
Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog.style.computed import ComputedStyle, StyledNode
from pureog.style.inline import image_size
from pureog.style.values import Overflow, Percent, TextAlign, TextOverflow, WhiteSpace
from pureog.text.bidi import needs_bidi, resolve_levels
from pureog.text.fonts import FontLibrary
from pureog.text.inline_bidi import place_visual
from pureog.text.inline_ellipsis import ELLIPSIS, truncate
from pureog.text.inline_fonts import LAYOUT_UNIT, FontCache, InlineFont, ceil_unit, joining_context, snap
from pureog.text.inline_items import (
    ATOMIC,
    CLOSE,
    OPEN,
    TEXT,
    InlineBox,
    Item,
    Word,
    collect,
    split_levels,
    split_words,
)
from pureog.text.itemize import resolved_scripts
from pureog.text.linebreak import graphemes
from pureog.text.ot._arabic_joining import JOINING

_TRIM = (WhiteSpace.NORMAL, WhiteSpace.NOWRAP, WhiteSpace.PRE_LINE, WhiteSpace.PRE_WRAP)
_COLLAPSE = (WhiteSpace.NORMAL, WhiteSpace.NOWRAP, WhiteSpace.PRE_LINE)
"""White space whose spaces at the end of a line are not fitted (pre-wrap's hang, the others are removed)."""


class TextFragment:
    """A piece of one box's text on one line: drawn from ``x`` on the line's ``baseline`` of its box."""

    __slots__ = ("box", "text", "x", "width", "baseline", "spacing", "level", "scripts", "joins")

    def __init__(self, box: InlineBox, text: str, x: float, width: float, level: int = 0,
                 scripts: tuple[str, ...] | None = None, joins: tuple[str, str] = ("", "")) -> None:
        self.box = box
        self.text = text
        self.x = x
        self.width = width
        self.baseline = 0.0
        self.spacing = 0.0
        """Extra px after each space (``text-align: justify``)."""
        self.level = level
        """The bidi level: odd, the text runs right to left (shaped so, its glyphs from the right)."""
        self.scripts = scripts
        """The characters' scripts in the paragraph, as its font measures them (:meth:`InlineFont.scripts`)."""
        self.joins = joins
        """The letters around the text that its ends join (:func:`~pureog.text.inline_fonts.joining_context`)."""


class BoxFragment:
    """The part of an inline box on one line: border box ``left..right`` x ``top..bottom``, and whether
    its start and end edges are on this line."""

    __slots__ = ("box", "left", "right", "top", "bottom", "first", "last", "baseline")

    def __init__(self, box: InlineBox, left: float, first: bool) -> None:
        self.box = box
        self.left = left
        self.right = left
        self.top = 0.0
        self.bottom = 0.0
        self.first = first
        self.last = False
        self.baseline = 0.0


class Atomic:
    """An ``inline-block`` box: its margin box size, its baseline (px below the margin box's top: its
    last line's, else the bottom margin edge, CSS 2.2 §10.8.1) and its content's own lines."""

    __slots__ = ("width", "height", "ascent", "layout", "context")

    def __init__(self, width: float, height: float, ascent: float, layout: InlineLayout,
                 context: InlineContext) -> None:
        self.width = width
        self.height = height
        self.ascent = ascent
        self.layout = layout
        self.context = context


class AtomicFragment:
    """An ``inline-block`` on a line: its margin box's left edge and top (set by vertical alignment)."""

    __slots__ = ("box", "atomic", "x", "top")

    def __init__(self, box: InlineBox, atomic: Atomic, x: float) -> None:
        self.box = box
        self.atomic = atomic
        self.x = x
        self.top = 0.0


class Line:
    """One line box: ``top`` and ``height`` in px from the content box, its fragments in paint order."""

    __slots__ = ("top", "height", "width", "texts", "boxes", "atomics", "baseline", "ellipsis")

    def __init__(self) -> None:
        self.top = 0.0
        self.height = 0.0
        self.width = 0.0
        self.texts: list[TextFragment] = []
        self.boxes: list[BoxFragment] = []
        self.atomics: list[AtomicFragment] = []
        self.baseline = 0.0
        """The root box's baseline."""
        self.ellipsis: TextFragment | None = None
        """``text-overflow: ellipsis``: the ellipsis after the line's truncated content."""


class InlineLayout:
    """The lines of one inline formatting context at one width."""

    __slots__ = ("lines", "width", "height")

    def __init__(self, lines: list[Line], width: float, height: float) -> None:
        self.lines = lines
        self.width = width
        """The widest line (trailing spaces removed)."""
        self.height = height


def _left_edge(s: ComputedStyle) -> float:
    return _px(s.margin_left) + s.border_left_width + _px(s.padding_left)


def _right_edge(s: ComputedStyle) -> float:
    return _px(s.margin_right) + s.border_right_width + _px(s.padding_right)


def _start_edge(s: ComputedStyle) -> float:
    """The inline-start edge (margin, border, padding): the right one in a right-to-left box."""
    return _right_edge(s) if s.direction == "rtl" else _left_edge(s)


def _end_edge(s: ComputedStyle) -> float:
    return _left_edge(s) if s.direction == "rtl" else _right_edge(s)


def _px(value: object) -> float:
    # percentages of inline margins and paddings (of the containing block's width) count as 0 here
    return float(value) if isinstance(value, (int, float)) else 0.0


class InlineContext:
    """Everything about one context that does not depend on the width."""

    def __init__(self, node: StyledNode, fonts: FontCache) -> None:
        self.node = node
        self.fonts = fonts
        self.boxes, self.items, self.text = collect(node)
        self.base = 1 if node.style.direction == "rtl" else 0
        """The paragraph's bidi level (CSS ``direction``)."""
        self.bidi = bool(self.base) or needs_bidi(self.text)
        """Whether lines are reordered (UAX #9 over the whole paragraph, :mod:`pureog.text.inline_bidi`)."""
        if self.bidi:
            self.items = split_levels(self.items, resolve_levels(self.text, self.base))
        self.words: list[Word] = split_words(self.items, self.text)
        self._scripts: list[str] | None = None
        self._ascii = self.text.isascii()
        """Latin and Common characters only: a piece's scripts on its own are its paragraph's (a run of
        digits alone reads Common, the font's default script, which Geist's lookups treat as Latin)."""
        self._joining = any(ord(ch) in JOINING for ch in self.text)
        """Whether the paragraph holds letters that join (Arabic, ...): its pieces are shaped in context."""
        self._sized: dict[float, tuple[dict[int, Atomic], list[float], list[tuple[tuple[int, float], ...]]]] = {}
        self.atomics: dict[int, Atomic] = {}
        self.widths: list[float] = []
        self.trailing: list[tuple[tuple[int, float], ...]] = []
        self._size_for(math.inf)

    def _size_for(self, width: float) -> None:
        """The inline-blocks shrunk to fit ``width`` (CSS 2.2 §10.3.9) and the words' widths with them."""
        hit = self._sized.get(width)
        if hit is None:
            self.atomics = {item.box.index: self._atomic(item.box, width) for item in self.items
                            if item.kind == ATOMIC}
            widths = [self._word_width(w) for w in self.words]
            hit = (self.atomics, widths, [self._trailing(w) for w in self.words])
            if len(self._sized) > 16:
                self._sized.clear()
            self._sized[width] = hit
        self.atomics, self.widths, self.trailing = hit

    def font(self, box: InlineBox) -> InlineFont:
        return self.fonts.get(box.style)

    def scripts(self, item: Item, start: int, end: int) -> tuple[str, ...] | None:
        """The scripts of ``item.text[start:end]`` as the paragraph resolves them (Chromium segments
        scripts over the whole paragraph), as the item's font measures them (:meth:`InlineFont.scripts`)."""
        font = self.font(item.box)
        if not font.spacing and (font.complex is None or self._ascii):
            return None
        if self._scripts is None:
            self._scripts = resolved_scripts(self.text, brackets=True)
        return font.scripts(self._scripts[item.start + start:item.start + end])

    def joins(self, item: Item, start: int, end: int) -> tuple[str, str]:
        """The letters around ``item.text[start:end]`` in the paragraph that its ends join."""
        if not self._joining:
            return ("", "")
        return joining_context(self.text, item.start + start, item.start + end)

    def text_width(self, item: Item, start: int, end: int) -> float:
        """The advance width of ``item.text[start:end]`` in the paragraph."""
        return self.font(item.box).width(item.text[start:end], self.scripts(item, start, end),
                                         self.joins(item, start, end))

    def _atomic(self, box: InlineBox, available: float) -> Atomic:
        """An ``inline-block``'s size (its ``width``/``height`` in px as the border box, else its
        content's shrink-to-fit width in ``available`` and its lines' height) and baseline."""
        s = box.style
        inner = InlineContext(box.node, self.fonts)
        across = s.border_left_width + s.border_right_width + _px(s.padding_left) + _px(s.padding_right)
        down = s.border_top_width + s.border_bottom_width + _px(s.padding_top) + _px(s.padding_bottom)
        picture = image_size(box.node) if box.node.element.type == "img" else None
        if picture is not None:  # an <img>: its size, its baseline at its bottom margin edge (§10.8.1)
            border_width, border_height = max(picture[0], across), max(picture[1], down)
            top, bottom = _px(s.margin_top), _px(s.margin_bottom)
            width = _px(s.margin_left) + border_width + _px(s.margin_right)
            return Atomic(width, top + border_height + bottom, top + border_height + bottom, inner.layout(0.0), inner)
        if isinstance(s.width, float):
            border_width = max(s.width, across)
        else:
            room = available - across - _px(s.margin_left) - _px(s.margin_right)
            fit = min(inner.layout(math.inf).width, max(inner.layout(0.0).width, room))
            border_width = fit + across
        layout = inner.layout(max(0.0, border_width - across))
        border_height = max(s.height, down) if isinstance(s.height, float) else layout.height + down
        top, bottom = _px(s.margin_top), _px(s.margin_bottom)
        if layout.lines and s.overflow == Overflow.VISIBLE:
            ascent = top + s.border_top_width + _px(s.padding_top) + layout.lines[-1].baseline
        else:
            ascent = top + border_height + bottom
        width = _px(s.margin_left) + border_width + _px(s.margin_right)
        return Atomic(width, top + border_height + bottom, ascent, layout, inner)

    def _piece_width(self, item: Item, start: int, end: int) -> float:
        if item.kind == ATOMIC:
            return self.atomics[item.box.index].width
        if item.kind == OPEN:
            return _start_edge(item.box.style)
        if item.kind == CLOSE:
            return _end_edge(item.box.style)
        return ceil_unit(self.text_width(item, start, end))

    def _word_width(self, word: Word) -> float:
        return sum(self._piece_width(item, s, e) for item, s, e in word.items)

    def _add(self, word: Word, raw: dict[int, float], ends: dict[int, int]) -> float:
        """Adds the word's text widths to ``raw`` (by item; ``ends``: where each item's text on the
        line ends so far); returns the width of its box edges."""
        edges = 0.0
        for item, s, e in word.items:
            if item.kind == TEXT:
                width = self.text_width(item, s, e)
                if ends.get(id(item)) == s:
                    width += self._pair_kerning(item, s, e)
                raw[id(item)] = raw.get(id(item), 0.0) + width
                ends[id(item)] = e
            else:
                edges += self._piece_width(item, s, e)
        return edges

    def _pair_kerning(self, item: Item, s: int, e: int) -> float:
        """The kerning between the last character before ``s`` and the first grapheme from it, in the
        item: LayoutNG measures a line's part of an item as a range of the item shaped whole, where a
        word and the space before it keep their kerning pair (Roboto kerns a space before ``T`` by -40
        units); words measured one by one lose it (a line that fits in Chromium would wrap)."""
        if s <= 0:
            return 0.0
        step = len(next(iter(graphemes(item.text[s:e])), "")) or 1
        return (self.text_width(item, s - 1, s + step) - self.text_width(item, s - 1, s)
                - self.text_width(item, s, s + step))

    def _closing(self, word: Word) -> float:
        """The width of the box ends after the word's last text (or inline-block)."""
        tail = 0.0
        for item, s, e in reversed(word.items):
            if item.kind in (TEXT, ATOMIC):
                break
            if item.kind == CLOSE:
                tail += self._piece_width(item, s, e)
        return tail

    def _final_edges(self, word: Word) -> float:
        """The width of the box edges after the last word's last content (a character that stays on
        the line or an inline-block) that may overflow the last line: those from the first box opened
        after it on (an empty inline box, and the boxes closing after it). LayoutNG reaches the
        paragraph's last break opportunity at the end of its text and adds what follows to the line
        without checking the fit, so an empty padded box at the end overflows the last line rather
        than taking the word before it to a new one; but a close tag moves the break opportunity
        before it past itself, and the block's trailing collapsible spaces are gone before the
        lines are broken, so the end edges of the boxes closing right after the last content (with
        only such spaces between) count in the fit: ``lazy</span>`` with a margin wraps."""
        tail = 0.0
        closing = 0.0  # end edges met since the last box opened after the content (reverse walk)
        for item, s, e in reversed(word.items):
            if item.kind == ATOMIC:
                break
            if item.kind == TEXT:
                if item.text[s:e].strip(" ") or item.box.style.white_space not in _TRIM:
                    break
                continue  # only spaces, removed at the line's end
            if item.kind == OPEN:
                tail += closing + self._piece_width(item, s, e)
                closing = 0.0
            else:
                closing += self._piece_width(item, s, e)
        return tail

    def _trailing(self, word: Word) -> tuple[tuple[int, float], ...]:
        """The widths of the word's trailing spaces that are not fitted at a line's end (removed, or
        hanging in pre-wrap), by text item (``id``). A run of pre-wrap spaces may cross elements (``x2 ``
        then `` 42``): all of it hangs, as in :meth:`_line` (Chromium keeps ``x2`` on the line)."""
        parts: list[tuple[int, float]] = []
        for item, s, e in reversed(word.items):
            if item.kind == ATOMIC:
                break
            if item.kind != TEXT:
                continue
            piece = item.text[s:e]
            if item.box.style.white_space not in _TRIM:
                break
            stripped = piece.rstrip(" ")
            if stripped == piece:
                break
            spaces = self.text_width(item, s, e) - self.text_width(item, s, s + len(stripped))
            if spaces > 0:
                parts.append((id(item), spaces))
            if stripped:
                break
        return tuple(parts)

    def layout(self, width: float) -> InlineLayout:
        if not self.words:  # no content: no line box (an empty inline-block is its edges alone)
            return InlineLayout([], 0.0, 0.0)
        if any(item.kind == ATOMIC for item in self.items):
            self._size_for(width)
        indent = self._indent(width)
        lines_words: list[list[int]] = [[]]
        raw: dict[int, float] = {}  # the current line's width of each text item, unsnapped
        ends: dict[int, int] = {}  # and where its text on the line ends
        edges = indent  # and of its box edges (the first line's text indent too)
        for k, word in enumerate(self.words):
            current = lines_words[-1]
            if current:
                trial = dict(raw)
                # after a trailing space, the break opportunity (where LayoutNG checks the fit) comes
                # before the word's closing box ends: they may overflow; so do all the box edges after
                # the paragraph's last content (the end of the text is its last break opportunity)
                if k == len(self.words) - 1:
                    closing = self._final_edges(word)
                else:
                    closing = self._closing(word) if self.trailing[k] else 0.0
                trial_edges = edges + self._add(word, trial, dict(ends)) - closing
                for item_id, spaces in self.trailing[k]:
                    trial[item_id] -= spaces
                # LayoutNG fits a line into its available width plus one LayoutUnit (AvailableWidthToFit)
                if sum(ceil_unit(w) for w in trial.values()) + trial_edges > width + 1.0 / LAYOUT_UNIT + 1e-9:
                    lines_words.append([])
                    current = lines_words[-1]
                    raw, ends, edges = {}, {}, 0.0
            current.append(k)
            edges += self._add(word, raw, ends)
            if word.forced:
                lines_words.append([])
                raw, ends, edges = {}, {}, 0.0
        if not lines_words[-1] and len(lines_words) > 1 and not self.words[lines_words[-2][-1]].forced:
            lines_words.pop()
        style = self.node.style
        clamp = _clamp(style)
        mark: str | None = None
        if clamp is not None and len(lines_words) > clamp[0]:
            # lineClamp: the first lines only, the last of them ended with the block ellipsis, as
            # Chromium's -webkit-line-clamp draws it (the later lines discarded, as Satori does)
            lines_words = lines_words[:clamp[0]]
            mark = clamp[1]
        # the line lineClamp ends is not the paragraph's last: text-align: justify widens its spaces
        # (LayoutNG justifies a line before it truncates it for the block ellipsis)
        lines = [self._line(indices, width, last=(n == len(lines_words) - 1 and mark is None),
                            indent=indent if n == 0 else 0.0, mark=mark if n == len(lines_words) - 1 else None)
                 for n, indices in enumerate(lines_words)]
        if style.text_overflow == TextOverflow.ELLIPSIS and style.overflow != Overflow.VISIBLE \
                and math.isfinite(width):
            for line in lines:  # overflowing lines cut with an ellipsis (pureog.text.inline_ellipsis)
                if line.ellipsis is None:
                    truncate(self, line, width, rtl_width=width if self.base else None)
        top = 0.0
        for line in lines:
            line.top = top
            top += line.height
        for line in lines:
            line.baseline += line.top
            for t in line.texts:
                t.baseline += line.top
            for b in line.boxes:
                b.top += line.top
                b.bottom += line.top
                b.baseline += line.top
            for a in line.atomics:
                a.top += line.top
            if line.ellipsis is not None:
                line.ellipsis.baseline += line.top
        return InlineLayout(lines, max((line.width for line in lines), default=0.0), top)

    # ------------------------------------------------------------------ one line

    def _indent(self, width: float) -> float:
        """``text-indent`` of the first line: px, or a percentage of the content width (0 when unknown)."""
        value = self.node.style.text_indent
        if isinstance(value, Percent):
            return snap(value.value / 100.0 * width) if math.isfinite(width) else 0.0
        return float(value) if isinstance(value, (int, float)) else 0.0

    def _line(self, indices: list[int], width: float, last: bool, indent: float = 0.0,
              mark: str | None = None) -> Line:
        line = Line()
        x = 0.0
        open_boxes: dict[int, BoxFragment] = {}
        order: list[BoxFragment] = []
        pieces: list[tuple[Item, int, int]] = [p for k in indices for p in self.words[k].items]
        # spaces at the end of the line are removed (collapsible ones) or hang (pre-wrap: drawn, inside
        # their box, but neither fitted nor aligned)
        hang, hung = 0.0, 0
        hang_at = math.inf  # where the hanging spaces start in the paragraph's text
        for n in range(len(pieces) - 1, -1, -1):
            item, s, e = pieces[n]
            if item.kind == ATOMIC:
                break
            if item.kind != TEXT:
                continue
            text = item.text[s:e].rstrip(" ")
            if item.box.style.white_space == WhiteSpace.PRE_WRAP:
                hang += self.text_width(item, s, e) - self.text_width(item, s, s + len(text))
                hung += e - s - len(text)
                if len(text) < e - s:
                    hang_at = item.start + s + len(text)
            elif item.box.style.white_space in _TRIM:
                pieces[n] = (item, s, s + len(text))
            if not text:
                continue
            break
        for n, (item, s, e) in enumerate(pieces):  # collapsible spaces at the line's start go
            if item.kind == ATOMIC:
                break
            if item.kind != TEXT:
                continue
            if item.box.style.white_space in _COLLAPSE:
                text = item.text[s:e]
                pieces[n] = (item, s + len(text) - len(text.lstrip(" ")), e)
                if text.strip(" "):
                    break
                continue
            break
        pieces = _merged(pieces)
        natural = sum(self._piece_width(item, s, e) for item, s, e in pieces)
        if last or (bool(indices) and self.words[indices[-1]].forced):
            # before a forced break or the paragraph's end, pre-wrap spaces hang only where they overflow
            hang = min(hang, max(0.0, natural - width))
            hung = hung if hang else 0
        if not hung:
            hang_at = math.inf
        spaces = sum(item.text.count(" ", s, e) for item, s, e in pieces if item.kind == TEXT) - hung
        shift, each = self._align(width - indent - natural + hang, spaces,
                                  last or (bool(indices) and self.words[indices[-1]].forced))
        x = indent + shift
        if self.bidi:  # lines reordered: the fragments placed in visual order (pureog.text.inline_bidi)
            if self.base:  # the text indent is on the start side: the right; hanging spaces (pre-wrap),
                # at the line's end, are on the left: they hang out there, the rest is aligned
                x = shift - hang
            place_visual(self, line, pieces, x, each, hang_at)
            line.width = natural + indent if not each else width
            self._vertical(line)
            if mark is not None:  # (as below; a right-to-left line's end, and so its limit, on the left)
                filled = natural + spaces * each  # (a justified line fills the width before it is cut)
                limit = width + (width - x - filled - indent if self.base else x - indent)
                truncate(self, line, limit, mark, rtl_width=width if self.base else None)
            return line
        # the boxes still open from earlier lines continue on this one
        first_item = pieces[0][0] if pieces else None
        for box in self._open_at(first_item):
            frag = BoxFragment(box, x, False)
            open_boxes[box.index] = frag
            order.append(frag)
        for item, s, e in pieces:
            style = item.box.style
            if item.kind == OPEN:
                x += _px(style.margin_left)
                frag = BoxFragment(item.box, x, True)
                open_boxes[item.box.index] = frag
                order.append(frag)
                x += _start_edge(style) - _px(style.margin_left)
            elif item.kind == CLOSE:
                ended = open_boxes.pop(item.box.index, None)
                frag = ended if ended is not None else BoxFragment(item.box, x, False)
                x += _end_edge(style) - _px(style.margin_right)
                frag.right = x
                frag.last = True
                x += _px(style.margin_right)
            elif item.kind == ATOMIC:
                atomic = self.atomics[item.box.index]
                line.atomics.append(AtomicFragment(item.box, atomic, x))
                x += atomic.width
            elif e > s:
                text = item.text[s:e]
                fragment = TextFragment(item.box, text, x, ceil_unit(self.text_width(item, s, e))
                                        + justified(item, s, e, hang_at) * each, 0, self.scripts(item, s, e),
                                        self.joins(item, s, e))
                fragment.spacing = each
                line.texts.append(fragment)
                x += fragment.width
        for frag in open_boxes.values():
            frag.right = x
        line.width = natural + indent if not each else width
        line.boxes = order
        self._vertical(line)
        if mark is not None:
            # the last line that lineClamp keeps: the block ellipsis after its content, which LayoutNG
            # places (and cuts the content for) before it aligns the line, the ellipsis not counted
            truncate(self, line, width + shift, mark)
        return line

    def _open_at(self, item: Item | None) -> list[InlineBox]:
        """The boxes open before ``item`` (its ancestors, outermost first), when a line starts inside them."""
        if item is None:
            return []
        box = item.box.parent if item.kind in (OPEN, ATOMIC) else item.box
        chain: list[InlineBox] = []
        while box is not None and box.parent is not None:
            chain.append(box)
            box = box.parent
        return chain[::-1]

    def _align(self, free: float, spaces: int, last: bool) -> tuple[float, float]:
        """The line's start offset and the extra px per space, from ``text-align``."""
        align = self.node.style.text_align
        if self.base and math.isfinite(free) and free < 0:
            return free, 0.0  # an overflowing line keeps to its start side: the right in right to left
        if not math.isfinite(free) or free <= 0:
            return 0.0, 0.0
        if self.base:  # right to left: start (and justify's last line) is the right side
            if align in (TextAlign.START, TextAlign.JUSTIFY) and (align != TextAlign.JUSTIFY or last or not spaces):
                return free, 0.0
            if align == TextAlign.END:
                return 0.0, 0.0
        if align in (TextAlign.RIGHT, TextAlign.END):
            return free, 0.0
        if align == TextAlign.CENTER:
            return snap(free / 2.0), 0.0
        if align == TextAlign.JUSTIFY and not last and spaces:
            return 0.0, free / spaces
        return 0.0, 0.0

    def _used_font_metrics(self, line: Line) -> dict[int, tuple[float, float]]:
        """Per inline box with ``lineHeight: normal``: the largest rounded ascent and descent of the
        fallback faces its text uses on ``line``. Chromium unites a text's box metrics with every face
        its glyphs come from when the line height is normal (LayoutNG's used-fonts text metrics), so
        Arabic text after a Latin primary face grows the line box by the Arabic face's ascent."""
        used: dict[int, tuple[float, float]] = {}
        for frag in line.texts:
            if frag.box.style.line_height is not None:
                continue
            font = self.font(frag.box)
            primary = font.chain.primary
            above, below = used.get(frag.box.index, (-math.inf, -math.inf))
            faces = {font.chain.resolve(ch) for ch in set(frag.text) if not ch.isspace()}
            for face in faces:
                if face is primary or not any(face.has_code_point(ord(ch)) for ch in set(frag.text)):
                    continue  # (a face no character was found in: the .notdef boxes of the last one)
                scale = font.size / face.units_per_em
                above = max(above, float(math.floor(face.ascender * scale + 0.5)))
                below = max(below, float(math.floor(-face.descender * scale + 0.5)))
            if above > -math.inf:
                used[frag.box.index] = (above, below)
        return used

    def _vertical(self, line: Line) -> None:
        present: dict[int, InlineBox] = {0: self.boxes[0]}
        for b in [*(f.box for f in line.boxes), *(a.box for a in line.atomics)]:
            box: InlineBox | None = b
            while box is not None:
                present[box.index] = box
                box = box.parent
        # each box's baseline relative to its alignment root: the root box, or the nearest box (itself
        # included) aligned to the line box (top / bottom), whose whole subtree moves with it
        # bottom-up first: each box's subtree extent around its baseline (LayoutNG's box metrics: its
        # strut united with its children's, top / bottom ones left out) and its shift from its parent
        own: dict[int, tuple[float, float]] = {}
        subtree: dict[int, list[float]] = {}
        shift: dict[int, float] = {}
        used = self._used_font_metrics(line)
        for index in sorted(present, reverse=True):
            box = present[index]
            font = self.font(box)
            above = font.ascent + font.lead_top
            own[index] = (-above, font.line_height - above)
            if index in used:  # lineHeight normal: the fallback faces its text used on this line
                own[index] = (min(own[index][0], -used[index][0]), max(own[index][1], used[index][1]))
            if index in self.atomics:  # an inline-block: its margin box around its baseline
                atomic = self.atomics[index]
                own[index] = (-atomic.ascent, atomic.height - atomic.ascent)
            extent = subtree.setdefault(index, [math.inf, -math.inf])
            extent[0], extent[1] = min(extent[0], own[index][0]), max(extent[1], own[index][1])
            if box.parent is None or box.style.vertical_align in ("top", "bottom"):
                continue
            shift[index] = self._shift(box, font, extent)
            up = subtree.setdefault(box.parent.index, [math.inf, -math.inf])
            up[0] = min(up[0], extent[0] + shift[index])
            up[1] = max(up[1], extent[1] + shift[index])
        offset: dict[int, float] = {}  # y down, from the alignment root's baseline
        flat: dict[int, float] = {}  # from the root's baseline, top / bottom boxes not moved yet
        group: dict[int, int] = {}
        extents: dict[int, list[float]] = {}
        outside: list[float] = [math.inf, -math.inf]  # boxes inside top / bottom subtrees, unmoved
        for index in sorted(present):
            box = present[index]
            above, below = -own[index][0], own[index][1]
            parent = box.parent.index if box.parent is not None else -1
            if index not in shift:
                offset[index], group[index] = 0.0, index
                flat[index] = flat.get(parent, 0.0)
            else:
                offset[index], group[index] = offset[parent] + shift[index], group[parent]
                flat[index] = flat[parent] + shift[index]
                if group[index] and index not in self.atomics:
                    # (inline boxes only: an inline-block shifted inside a top / bottom box is not one
                    # of LayoutNG's box fragments there, and moves only with its subtree: inlinegen
                    # seed 55, a raised inline-block in a top-aligned span pushed the line down)
                    outside[0] = min(outside[0], flat[index] - above)
                    outside[1] = max(outside[1], flat[index] + below)
            extent = extents.setdefault(group[index], [math.inf, -math.inf])
            extent[0] = min(extent[0], offset[index] - above)
            extent[1] = max(extent[1], offset[index] + below)
        top, bottom = extents[0]
        roots = [k for k in extents if k]
        base = {0: 0.0}
        if roots:
            # LayoutNG's MetricsForTopAndBottomAlign: the "aligned subtree" also counts the inline boxes
            # inside top / bottom boxes (at their unmoved offsets); a taller top / bottom subtree keeps
            # its aligned edge and extends the other
            q_top, q_bottom = min(top, outside[0]), max(bottom, outside[1])
            m_top, m_bottom = q_top, q_bottom
            for k in roots:
                height = extents[k][1] - extents[k][0]
                if height > m_bottom - m_top:
                    if present[k].style.vertical_align == "top":
                        m_top, m_bottom = q_top, q_top + height
                    else:
                        m_top, m_bottom = q_bottom - height, q_bottom
            for k in roots:
                if present[k].style.vertical_align == "top":
                    base[k] = m_top - extents[k][0]
                else:
                    base[k] = m_bottom - extents[k][1]
                top = min(top, base[k] + extents[k][0])
                bottom = max(bottom, base[k] + extents[k][1])
            for k in roots:
                # LayoutNG moves a shifted box's fragments with the top / bottom boxes inside it, and
                # aligns those from where they were before: they end up moved by that shift too,
                # which the line box's height does not count
                base[k] += flat[k]
        baselines = {index: base[group[index]] + offset[index] - top for index in present}
        line.height = bottom - top
        line.baseline = -top
        for t in line.texts:
            t.baseline = baselines[t.box.index]
        for atom in line.atomics:
            atom.top = baselines[atom.box.index] - atom.atomic.ascent
        for frag in line.boxes:
            font = self.font(frag.box)
            s = frag.box.style
            at = baselines[frag.box.index]
            frag.baseline = at
            frag.top = at - font.ascent - s.border_top_width - _px(s.padding_top)
            frag.bottom = at + font.descent + s.border_bottom_width + _px(s.padding_bottom)

    def _shift(self, box: InlineBox, font: InlineFont, extent: list[float]) -> float:
        """How far the box's baseline sits below its parent's (``vertical-align``); ``extent``: its
        subtree's top and bottom around its baseline (what ``middle``, ``text-top``, ``text-bottom`` align)."""
        va = box.style.vertical_align
        parent = self.font(box.parent) if box.parent is not None else font
        psize = float(box.parent.style.font_size) if box.parent is not None else font.size
        if va == "baseline":
            return 0.0
        if va == "sub":
            return snap(snap(psize) / 5.0) + 1.0
        if va == "super":
            return -(snap(snap(psize) / 3.0) + 1.0)
        above, below = -extent[0], extent[1]
        if va == "middle":
            half_x = math.floor(parent.x_height / 2.0 * LAYOUT_UNIT + 0.5) / LAYOUT_UNIT
            return float(snap((above - below) / 2.0) - half_x)
        if va == "text-top":
            return above - parent.ascent
        if va == "text-bottom":
            return parent.descent - below
        if isinstance(va, Percent):
            return -snap(va.value / 100.0 * font.line_height)
        if isinstance(va, (int, float)):
            return -snap(float(va))
        return 0.0


def _clamp(style: ComputedStyle) -> tuple[int, str] | None:
    """``lineClamp`` of an inline formatting context's container: (line count, block ellipsis)."""
    if style.line_clamp is None or style.line_clamp[0] < 1:
        return None
    count, mark = style.line_clamp
    return int(count), ELLIPSIS if mark is None else mark


def justified(item: Item, start: int, end: int, hang_at: float) -> int:
    """The spaces of ``item.text[start:end]`` that justification widens: not those that hang (from
    ``hang_at`` in the paragraph's text; Chromium does not expand a line's hanging spaces)."""
    stop = end if hang_at >= item.start + end else max(start, int(hang_at) - item.start)
    return item.text.count(" ", start, stop)


def _merged(pieces: list[tuple[Item, int, int]]) -> list[tuple[Item, int, int]]:
    """Consecutive pieces of one text item on a line as one (Chromium's item result: one snapped width)."""
    out: list[tuple[Item, int, int]] = []
    for item, s, e in pieces:
        if out and item.kind == TEXT and out[-1][0] is item and out[-1][2] == s:
            out[-1] = (item, out[-1][1], e)
        else:
            out.append((item, s, e))
    return out


def measure_inline(node: StyledNode, fonts: FontLibrary) -> Callable[..., tuple[float, float]]:
    """The flex layout's measure function of an inline formatting context's container: at a definite
    width its lines' height, else the shrink-to-fit width ``min(max-content, available)``."""
    context = InlineContext(node, FontCache(fonts))
    cache: dict[float, InlineLayout] = {}

    def at(width: float) -> InlineLayout:
        hit = cache.get(width)
        if hit is None:
            if len(cache) > 64:
                cache.clear()
            hit = cache[width] = context.layout(width)
        return hit

    def measure_fn(width: float, width_mode: object, height: float, height_mode: object) -> tuple[float, float]:
        mode = str(getattr(width_mode, "value", width_mode))
        if mode == "exactly" and width == width:
            return width, at(width).height
        widest = at(math.inf).width
        if mode == "at-most" and width == width and widest > width:
            return width, at(width).height
        return widest, at(widest).height

    def min_content() -> float:
        return at(0.0).width

    measure_fn.min_content = min_content  # type: ignore[attr-defined]
    measure_fn.context = context  # type: ignore[attr-defined]
    return measure_fn


__all__ = ["BoxFragment", "InlineContext", "InlineLayout", "Line", "TextFragment", "measure_inline"]
