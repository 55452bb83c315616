"""Painting order: the laid-out, styled tree -> one :class:`DisplayList`.

Walks the layout boxes in document order (Satori has no z-index: later elements paint on top). For each
element: its own box (background, then border) inside a group carrying the opacity accumulated down
the tree (Satori multiplies opacity into every descendant and applies it per element, not per
subtree), then its children, clipped to the padding box when ``overflow: hidden``. Text leaves become
glyph outlines (see :mod:`pureog.paint.text`). ``display: none`` elements paint nothing.
"""

from __future__ import annotations

from pureog.display import DisplayList, Group, Node
from pureog.errors import ImageError
from pureog.geometry import Rect
from pureog.layout.boxes import Box
from pureog.paint.box import box_outline, clip_for, paint_background, paint_border
from pureog.paint.radius import inner_radii
from pureog.paint.text import TextPainter
from pureog.style.computed import StyledNode, StyledText
from pureog.style.values import Display, Overflow


NOT_YET_DRAWN = frozenset({"img", "svg"})


def build_display_list(root: Box, width: int, height: int, text: TextPainter) -> DisplayList:
    nodes: list[Node] = []
    _paint_box(root, 1.0, text, nodes)
    return DisplayList(width, height, Group(tuple(nodes)))


def _paint_box(box: Box, inherited_opacity: float, text: TextPainter, out: list[Node]) -> None:
    source = box.source
    if isinstance(source, StyledText):
        out.extend(text.paint(source, box, inherited_opacity))
        return
    if not isinstance(source, StyledNode):  # the canvas root that layout adds around the element
        for child in box.children:
            _paint_box(child, inherited_opacity, text, out)
        return
    style = source.style
    if style.display == Display.NONE:
        return
    if source.element.type in NOT_YET_DRAWN:
        # Drawing nothing would hide the gap; say so instead.
        raise ImageError(f"<{source.element.type}> elements are not supported yet", path=source.path)
    opacity = inherited_opacity * style.opacity
    if opacity <= 0.0:
        return
    rect = Rect(box.x, box.y, box.width, box.height)
    radii, _ = box_outline(style, rect)
    own = paint_background(style, rect, radii) + paint_border(style, rect, radii, source.path)
    if own:
        out.append(Group(tuple(own), opacity=opacity) if opacity < 1.0 else Group(tuple(own)))
    children: list[Node] = []
    for child in box.children:
        _paint_box(child, opacity, text, children)
    if not children:
        return
    if style.overflow == Overflow.HIDDEN:
        top, right, bottom, left = box.border
        padding_rect = rect.inset(top, right, bottom, left)
        clip = clip_for(padding_rect, inner_radii(radii, top, right, bottom, left))
        out.append(Group(tuple(children), clip=clip))
    else:
        out.extend(children)
