"""The content of an inline formatting context as a flat list of items, and its breakable words.

Role: a :class:`~pureog.style.computed.StyledNode` that forms an inline formatting context
(:mod:`pureog.style.inline`) -> :class:`InlineBox` records (the root inline box and one per inline
element) and a list of items in document order: text (after ``text-transform`` and white-space
processing; a ``<br>`` is a newline, a forced break), ``inline-block`` boxes (atomic: one U+FFFC in the
text), and the start and end of each inline box (CSS 2.2 §9.4.2, CSS Text 3 §4). Then the words between
break opportunities (UAX #14 over the whole paragraph, so that a word can run across element boundaries:
``a<b>b</b>c`` is one word), each with the items it holds.

White space is processed across element boundaries as a browser does: with ``normal``, ``nowrap`` and
``pre-line``, a space that follows a collapsible space anywhere earlier in the paragraph is removed
(whatever box holds it), tabs and (but ``pre-line``) newlines are spaces, and spaces at the start of
the paragraph go. ``pre``, ``pre-wrap`` and ``pre-line`` keep newlines as forced breaks; ``pre`` and
``nowrap`` offer no soft wrap opportunity; ``word-break: break-all`` offers one between any two letters.
Must not import layout, paint or raster.
"""

from __future__ import annotations

from pureog.style.computed import ComputedStyle, StyledNode, StyledText
from pureog.style.values import Display, WhiteSpace, WordBreak
from pureog.text.linebreak import chromium_line_breaks, graphemes, transform_text

TEXT, OPEN, CLOSE, ATOMIC = 0, 1, 2, 3
OBJECT = "\ufffc"
"""An atomic inline (``inline-block``) in the paragraph's text: U+FFFC, which UAX #14 breaks around."""

_COLLAPSE = (WhiteSpace.NORMAL, WhiteSpace.NOWRAP, WhiteSpace.PRE_LINE)
_NEWLINES_KEPT = (WhiteSpace.PRE, WhiteSpace.PRE_WRAP, WhiteSpace.PRE_LINE, WhiteSpace.BREAK_SPACES)
_NO_WRAP = (WhiteSpace.PRE, WhiteSpace.NOWRAP)
_CARRIED = (*_COLLAPSE, WhiteSpace.PRE_WRAP)
"""White space whose spaces after box starts that follow an inline-block go with those starts (see
:func:`_carry_open_tags`): removed at the next line's start, or kept there (pre-wrap)."""


class InlineBox:
    """One inline box: the container's root inline box (``parent`` None) or an inline element's."""

    __slots__ = ("node", "style", "parent", "index")

    def __init__(self, node: StyledNode, style: ComputedStyle, parent: InlineBox | None, index: int) -> None:
        self.node = node
        self.style = style
        self.parent = parent
        self.index = index
        """Document order (0: the root box)."""


class Item:
    """A text run of one box, or the start (``OPEN``) or end (``CLOSE``) of an inline box."""

    __slots__ = ("kind", "box", "text", "start", "wrap", "level")

    def __init__(self, kind: int, box: InlineBox, text: str = "", start: int = 0, wrap: bool = True) -> None:
        self.kind = kind
        self.box = box
        self.text = text
        self.start = start
        """Offset of the item in the paragraph's text (an edge: where it sits between characters)."""
        self.wrap = wrap
        """Whether the text's white-space allows soft wrapping."""
        self.level = 0
        """The bidi embedding level of the text (or of the inline-block's U+FFFC); 0 without bidi."""


class Word:
    """The items between two break opportunities; ``forced``: a forced break ends it."""

    __slots__ = ("items", "forced")

    def __init__(self, items: list[tuple[Item, int, int]], forced: bool) -> None:
        self.items = items
        """``(item, start, end)``: a text item's characters ``item.text[start:end]``; edges (0, 0)."""
        self.forced = forced


def collect(node: StyledNode) -> tuple[list[InlineBox], list[Item], str]:
    """The boxes, the items and the paragraph's text of the context formed by ``node``."""
    root = InlineBox(node, node.style, None, 0)
    boxes = [root]
    items: list[Item] = []
    parts: list[str] = []
    state = {"offset": 0, "space": True}  # at the start of the paragraph, collapsible spaces go

    def text_item(text: str, box: InlineBox) -> None:
        style = box.style
        ws = style.white_space
        text = transform_text(text, style.text_transform)
        if ws not in _NEWLINES_KEPT:
            text = text.replace("\n", " ")
        if ws in _COLLAPSE:
            text = text.replace("\t", " ").replace("\r", "")
            out: list[str] = []
            for ch in text:
                if ch == " ":
                    if state["space"]:
                        continue
                    state["space"] = True
                elif ch == "\n":  # pre-line: spaces around a kept newline collapse away
                    while out and out[-1] == " ":
                        out.pop()
                    state["space"] = True
                else:
                    state["space"] = False
                out.append(ch)
            text = "".join(out)
        elif text:
            state["space"] = text.endswith(("\n",))
        if not text:
            return
        items.append(Item(TEXT, box, text, state["offset"], ws not in _NO_WRAP))
        parts.append(text)
        state["offset"] += len(text)

    def walk(parent: StyledNode, box: InlineBox) -> None:
        for child in parent.children:
            if isinstance(child, StyledText):
                text_item(child.text, box)
            elif child.element.type == "br":  # a forced line break (UAX #14: a newline is class BK)
                items.append(Item(TEXT, box, "\n", state["offset"]))
                parts.append("\n")
                state["offset"] += 1
                state["space"] = True
            elif child.style.display is Display.INLINE_BLOCK or child.element.type == "img":
                # atomic (an inline-block, whose content is laid out apart, or an image)
                atomic = InlineBox(child, child.style, box, len(boxes))
                boxes.append(atomic)
                # the breaks around it follow the white space of the box holding it
                items.append(Item(ATOMIC, atomic, OBJECT, state["offset"], box.style.white_space not in _NO_WRAP))
                parts.append(OBJECT)
                state["offset"] += 1
                state["space"] = False
            else:
                inner = InlineBox(child, child.style, box, len(boxes))
                boxes.append(inner)
                items.append(Item(OPEN, inner, start=state["offset"]))
                walk(child, inner)
                items.append(Item(CLOSE, inner, start=state["offset"]))

    walk(node, root)
    return boxes, items, "".join(parts)


def split_levels(items: list[Item], levels: list[int]) -> list[Item]:
    """The items with each text item cut where the paragraph's bidi levels change (as LayoutNG segments
    its items: a run of one level is shaped and measured on its own), each with its level."""
    out: list[Item] = []
    for item in items:
        if item.kind == ATOMIC:
            item.level = levels[item.start]
        if item.kind != TEXT:
            out.append(item)
            continue
        start = 0
        for k in range(1, len(item.text) + 1):
            if k == len(item.text) or levels[item.start + k] != levels[item.start + start]:
                part = Item(TEXT, item.box, item.text[start:k], item.start + start, item.wrap)
                part.level = levels[item.start + start]
                out.append(part)
                start = k
    return out


def split_words(items: list[Item], text: str) -> list[Word]:
    """The paragraph cut at its break opportunities (a soft one only where the text before it may
    wrap); an edge at a break goes with the word of the character it touches: a box's start with the
    next word, its end with the previous one."""
    allowed: dict[int, bool] = {}  # position -> forced
    by_char = _item_at(items, len(text))
    for brk in chromium_line_breaks(text) if text else []:
        pos, required = brk.position, brk.required
        if pos >= len(text):
            continue
        owner = by_char[pos - 1]
        if required or (owner is not None and owner.wrap):
            allowed[pos] = required
    for item in items:  # white-space: break-spaces: a soft wrap opportunity after every preserved space
        if item.kind == TEXT and item.wrap and item.box.style.white_space == WhiteSpace.BREAK_SPACES:
            for k, ch in enumerate(item.text):
                if ch == " " and item.start + k + 1 < len(text):
                    allowed.setdefault(item.start + k + 1, False)
    for item in items:  # word-break: break-all: a soft wrap opportunity between any two letters
        if item.kind == TEXT and item.wrap and item.box.style.word_break == WordBreak.BREAK_ALL:
            pos = item.start
            for g in graphemes(item.text):
                if pos > item.start and g != " " and text[pos - 1] != " ":
                    allowed.setdefault(pos, False)
                pos += len(g)
    words: list[Word] = []
    current: list[tuple[Item, int, int]] = []
    for item in items:
        if item.kind in (OPEN, CLOSE):
            if item.kind == OPEN and item.start in allowed and _has_text(current):
                words.append(Word(current, allowed.pop(item.start)))
                current = []
            current.append((item, 0, 0))
            continue
        start = 0
        for k in range(len(item.text)):
            pos = item.start + k
            if k > start and pos in allowed:
                current.append((item, start, k))
                words.append(Word(current, allowed.pop(pos)))
                current = []
                start = k
            elif k == start and pos in allowed and _has_text(current):
                words.append(Word(current, allowed.pop(pos)))
                current = []
        current.append((item, start, len(item.text)))
    if current:
        words.append(Word(current, False))
    return _carry_open_tags(words)


def _carry_open_tags(words: list[Word]) -> list[Word]:
    """The box starts that follow an inline-block at a word's end (only spaces after them; ends of the
    boxes around the inline-block may come between, ``<b>[block]</b><span>``, inlinegen seed 106) as a
    word of their own: LayoutNG's line breaker may break after an inline-block before them, so when
    their start edges (margin, border, padding) do not fit they begin the next line (whose leading
    spaces then go, or stay with pre-wrap: Chromium starts the line with the margin and the space,
    inlinegen seed 46); when they fit they stay at the line's end (pre-wrap spaces hanging)."""
    out: list[Word] = []
    for word in words:
        items = word.items
        n = len(items)
        while n and items[n - 1][0].kind == TEXT and items[n - 1][0].box.style.white_space in _CARRIED \
                and not items[n - 1][0].text[items[n - 1][1]:items[n - 1][2]].strip(" "):
            n -= 1
        cut = n
        while cut and items[cut - 1][0].kind == OPEN:
            cut -= 1
        # the ends of boxes the inline-block closes go with it (an end edge goes with what precedes it)
        after = cut
        while after and items[after - 1][0].kind == CLOSE:
            after -= 1
        if cut == n or not after or items[after - 1][0].kind != ATOMIC:
            out.append(word)
            continue
        out += [Word(items[:cut], False), Word(items[cut:], word.forced)]
    return out


def _has_text(part: list[tuple[Item, int, int]]) -> bool:
    return any(item.kind in (TEXT, ATOMIC) for item, _, _ in part)


def _item_at(items: list[Item], length: int) -> list[Item | None]:
    owner: list[Item | None] = [None] * max(length, 1)
    for item in items:
        if item.kind in (TEXT, ATOMIC):
            for k in range(len(item.text)):
                owner[item.start + k] = item
    return owner


__all__ = ["ATOMIC", "CLOSE", "OPEN", "TEXT", "InlineBox", "Item", "Word", "collect", "split_levels", "split_words"]
