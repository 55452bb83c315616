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
  children; with ``features: browser`` a lone text child too when ``lineClamp`` clamps a ``display:
  block`` element or ``textOverflow: ellipsis`` cuts it to one line, which Chromium lays out as a block
  container of line boxes (a ``-webkit-line-clamp`` box, a block), so ``textAlign`` aligns even a
  single line within the element's content box and a cut loses the line's visual end, where a flex
  leaf's text box shrinks to its line and is cut at its logical end): an element with ``display:
  inline`` or ``inline-block`` (an atomic box, its content its own inline context), or with no author
  ``display`` and an inline tag (``span``, ``a``, ``b``, ``code``, ...), in flow, whose own children
  are inline content too.

An ``<img>`` of known size (style or attributes) is an atomic inline too. Anything else (a block-level
child, an image of unknown size, an absolutely positioned child) keeps Satori's flex layout.
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
    """Whether the element is an inline box when its parent is an inline formatting context (an
    ``<img>`` an atomic one, when its size is known: :func:`image_size`)."""
    return author_display in ("inline", "inline-block") or (author_display is None
                                                           and (tag in INLINE_TAGS or tag == "img"))


def image_size(node: StyledNode) -> tuple[float, float] | None:
    """An ``<img>``'s border box in a line: its style's ``width`` and ``height`` in px, else its numeric
    ``width``/``height`` attributes (as a browser maps them); None when a side is unknown (the image
    keeps Satori's flex layout, which sizes it from its natural size)."""

    def side(value: object, name: str) -> float | None:
        if isinstance(value, (int, float)) and value > 0:
            return float(value)
        raw = node.element.attribute(name)
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw > 0:
            return float(raw)
        if isinstance(raw, str):
            try:
                number = float(raw.strip())
            except ValueError:
                return None
            return number if number > 0 else None
        return None

    width, height = side(node.style.width, "width"), side(node.style.height, "height")
    return (width, height) if width is not None and height is not None else None


def forms_inline_context(tag: str, author_display: str | None, children: tuple[StyledChild, ...],
                         browser: bool, clamped: bool = False) -> bool:
    """Whether an element (not itself an inline box of its parent's context) lays out its children as
    one paragraph of line boxes; see the module docstring. ``clamped``: the element's ``lineClamp``
    keeps a number of lines, or its ``textOverflow: ellipsis`` cuts its one line (its computed
    ``display`` is block)."""
    if author_display not in _CONTAINER_DISPLAYS:
        return False
    browser_block = browser and author_display == "block"
    if not (tag == "div" or author_display in ("inline", "inline-block") or browser_block):
        return False
    elements = [c for c in children if isinstance(c, StyledNode)]
    if not elements and len(children) < 2 and not (browser_block and clamped and children):
        return False
    return all(_inline_content(c) for c in elements)


def _inline_content(node: StyledNode) -> bool:
    if not node.inline_level or node.style.position is Position.ABSOLUTE:
        return False
    if node.element.type == "img":
        return image_size(node) is not None
    return all(_inline_content(c) for c in node.children if isinstance(c, StyledNode))


__all__ = ["INLINE_TAGS", "forms_inline_context", "image_size", "inline_level"]
