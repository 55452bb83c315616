"""Painting an inline formatting context: its lines' inline box backgrounds and borders, and its text.

Role: a container box whose element forms an inline formatting context (spec/inline.md) and the
render's fonts -> display-list nodes. The lines are laid out again at the box's content width
(:mod:`pureog.text.inline_layout`, the same function the layout measured with). Per line, in order:
each inline box's fragment (background colour over its border box, then its solid border sides, the
start side only on the fragment holding the box's start, the end side only on its end), as Chromium
pixel-snaps them; then the text fragments' glyphs in their box's colour on their box's baseline, with
underline and line-through in the box's colour (Chromium's positions from the font's ``post`` table).
Imports text (layout), display, geometry, path.
"""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.display import FillPath, Group, Node, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.layout.boxes import Box
from pureog.path import rect_path
from pureog.style.computed import StyledNode
from pureog.text.fonts import FontLibrary
from pureog.text.inline_fonts import FontCache
from pureog.text.inline_layout import BoxFragment, InlineContext, TextFragment


class InlinePainter:
    """Paints inline formatting contexts with one font library (their fonts cached across contexts)."""

    __slots__ = ("fonts", "_cache")

    def __init__(self, fonts: FontLibrary) -> None:
        self.fonts = fonts
        self._cache = FontCache(fonts)

    def paint(self, node: StyledNode, box: Box) -> list[Node]:
        context = InlineContext(node, self._cache)
        layout = context.layout(box.content_width)
        ox, oy = box.content_x, box.content_y
        out: list[Node] = []
        for line in layout.lines:
            for frag in line.boxes:
                out.extend(_box_fragment(frag, ox, oy))
            for text in line.texts:
                out.extend(self._text(context, text, ox, oy))
        return out

    def _text(self, context: InlineContext, frag: TextFragment, ox: float, oy: float) -> list[Node]:
        style = frag.box.style
        if style.color.is_transparent:
            return []
        font = context.font(frag.box)
        paint = SolidPaint(style.color)
        baseline = math.floor(oy + frag.baseline + 0.5)  # Skia draws horizontal text on whole-px baselines
        out: list[Node] = []
        if frag.spacing:  # justified: each space widened, so each word from its own position
            x = ox + frag.x
            for k, word in enumerate(frag.text.split(" ")):
                if k:
                    x += font.width(" ") + frag.spacing
                for g in font.glyphs(word):
                    out.append(Group((FillPath(g.path, paint),), transform=Affine.translate(x + g.x, baseline + g.dy)))
                x += font.width(word)
        else:
            for g in font.glyphs(frag.text):
                out.append(Group((FillPath(g.path, paint),),
                                 transform=Affine.translate(ox + frag.x + g.x, baseline + g.dy)))
        out.extend(_decorations(frag, font, ox, baseline, style.color))
        return out


def _snapped(left: float, top: float, right: float, bottom: float) -> Rect | None:
    x0, y0, x1, y1 = (math.floor(v + 0.5) for v in (left, top, right, bottom))
    if x1 <= x0 or y1 <= y0:
        return None
    return Rect(float(x0), float(y0), float(x1 - x0), float(y1 - y0))


def _fill(rect: Rect | None, color: Color) -> list[Node]:
    if rect is None or color.is_transparent:
        return []
    return [FillPath(rect_path(rect), SolidPaint(color))]


def _box_fragment(frag: BoxFragment, ox: float, oy: float) -> list[Node]:
    s = frag.box.style
    left, right = ox + frag.left, ox + frag.right
    top, bottom = oy + frag.top, oy + frag.bottom
    out = _fill(_snapped(left, top, right, bottom), s.background_color)
    bt, bb = s.border_top_width, s.border_bottom_width
    bl = s.border_left_width if frag.first else 0.0
    br = s.border_right_width if frag.last else 0.0
    if bt:
        out += _fill(_snapped(left, top, right, top + bt), s.border_top_color)
    if bb:
        out += _fill(_snapped(left, bottom - bb, right, bottom), s.border_bottom_color)
    if bl:
        out += _fill(_snapped(left, top + bt, left + bl, bottom - bb), s.border_left_color)
    if br:
        out += _fill(_snapped(right - br, top + bt, right, bottom - bb), s.border_right_color)
    return out


def _decorations(frag: TextFragment, font: object, x: float, baseline: float, color: Color) -> list[Node]:
    lines = frag.box.style.text_decoration_line
    if not lines:
        return []
    size = frag.box.style.font_size
    thickness = max(1.0, round(size / 12.0))  # Chromium's auto thickness without post data: em / 12
    out: list[Node] = []
    decoration = frag.box.style.text_decoration_color or color
    width = frag.width
    for kind in lines:
        if kind == "underline":
            y = baseline + max(1.0, math.floor(getattr(font, "descent", 0.0) / 3.0 + 0.5))
        elif kind == "line-through":
            y = baseline - getattr(font, "x_height", size / 2.0) / 2.0 - thickness / 2.0
        else:  # overline
            y = baseline - getattr(font, "ascent", size)
        out += _fill(_snapped(x + frag.x, y, x + frag.x + width, y + thickness), decoration)
    return out


__all__ = ["InlinePainter"]
