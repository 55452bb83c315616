"""Painting text leaves: a laid-out paragraph -> glyph outline fills in the text colour.

Each glyph is a translated :class:`Group` around one :class:`FillPath` whose ``Path`` object is shared by
every occurrence of that glyph at that size, so the rasterizer can reuse its coverage mask.
"""

from __future__ import annotations

from pureog.display import FillPath, Group, Node, SolidPaint
from pureog.geometry import Affine
from pureog.layout.boxes import Box
from pureog.style.computed import StyledText
from pureog.text.fonts import FontLibrary
from pureog.text.paragraph import glyph_paths, layout_paragraph


class TextPainter:
    """Lays out and paints text leaves with one font library."""

    def __init__(self, fonts: FontLibrary) -> None:
        self.fonts = fonts

    def paint(self, leaf: StyledText, box: Box, opacity: float) -> list[Node]:
        style = leaf.style
        color = style.color
        if color.is_transparent or opacity <= 0.0 or box.width <= 0:
            return []
        paragraph = layout_paragraph(leaf.text, style, self.fonts, box.width)
        paint = SolidPaint(color)
        glyphs: list[Node] = [
            Group((FillPath(path, paint),), transform=Affine.translate(x, y))
            for path, x, y in glyph_paths(paragraph, box.x, box.y)
            if not path.is_empty
        ]
        if not glyphs:
            return []
        return [Group(tuple(glyphs), opacity=opacity)] if opacity < 1.0 else glyphs
