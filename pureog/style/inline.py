"""Which elements form an inline formatting context, and which are inline boxes inside one.

Role: an element's tag, its *author-written* ``display`` (Satori's presets write ``display: flex`` on
``div``/``p``/..., and Next.js's "explicit display" check reads the author's style only) and its children
-> whether it lays its children out as one paragraph of line boxes (CSS 2.2 §9.4.2) rather than as flex
items. The rule (spec/inline.md) keeps whatever Next.js 16.4.6 draws, and follows Chromium where Next.js
throws or with ``features: browser``:

* a ``div`` without an author ``display`` of flex, none, contents, grid or -webkit-box (Next.js throws:
  "Expected <div> to have explicit display" once it has an element child or several children), any
  element with ``display: inline`` or ``inline-block`` outside an inline context (Satori throws on the
  value; Chromium blockifies it), and with ``features: browser`` any element with ``display: block``;
* whose children are text and inline-level elements only (at least one element child, or several
  children): an element with ``display: inline`` or ``inline-block`` (an atomic box, its content its own
  inline context), or with no author ``display`` and an inline tag (``span``, ``a``, ``b``, ``code``,
  ...), in flow, whose own children are inline content too.

Anything else (a block-level child, an image, an absolutely positioned child) keeps Satori's flex layout.
Imports nothing from pureog but the style records.
"""

from __future__ import annotations

from pureog.style.computed import StyledChild, StyledNode
from pureog.style.values import Position

INLINE_TAGS = frozenset(("span", "a", "b", "strong", "i", "em", "code", "small", "big", "mark", "u", "s", "del",
                         "ins", "abbr", "q", "kbd", "var", "samp", "cite", "dfn", "time", "label", "sub", "sup", "br"))
"""Tags Chromium's UA style sheet makes ``display: inline`` that pureog lays out as inline boxes."""

_CONTAINER_DISPLAYS = (None, "block", "inline", "inline-block")


def inline_level(tag: str, author_display: str | None) -> bool:
    """Whether the element is an inline box when its parent is an inline formatting context."""
    return author_display in ("inline", "inline-block") or (author_display is None and tag in INLINE_TAGS)


def forms_inline_context(tag: str, author_display: str | None, children: tuple[StyledChild, ...],
                         browser: bool) -> bool:
    """Whether an element (not itself an inline box of its parent's context) lays out its children as
    one paragraph of line boxes; see the module docstring."""
    if author_display not in _CONTAINER_DISPLAYS:
        return False
    if not (tag == "div" or author_display in ("inline", "inline-block") or (browser and author_display == "block")):
        return False
    elements = [c for c in children if isinstance(c, StyledNode)]
    if not elements and len(children) < 2:
        return False
    return all(_inline_content(c) for c in elements)


def _inline_content(node: StyledNode) -> bool:
    if not node.inline_level or node.style.position is Position.ABSOLUTE:
        return False
    return all(_inline_content(c) for c in node.children if isinstance(c, StyledNode))


__all__ = ["INLINE_TAGS", "forms_inline_context", "inline_level"]
