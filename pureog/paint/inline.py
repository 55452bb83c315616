"""Painting an inline formatting context: its lines' inline box backgrounds and borders, and its text.

Role: a container box whose element forms an inline formatting context (spec/inline.md) and the
render's fonts -> display-list nodes. The lines are laid out again at the box's content width
(:mod:`pureog.text.inline_layout`, the same function the layout measured with). Per line, in order:
each inline box's fragment (background colour over its border box, then its solid border sides, the
start side only on the fragment holding the box's start, the end side only on its end), as Chromium
pixel-snaps them; then the text fragments' glyphs in their box's colour on their box's baseline, with
decorations as Blink draws them (:mod:`pureog.paint.decoration_chrome`: positions, thickness,
skip-ink; underlines and overlines under the glyphs, line-through over them).
Imports text (layout), display, geometry, path.
"""

from __future__ import annotations

import math

from pureog.color import Color
from pureog.display import Clip, FillPath, FillRule, Group, Node, SolidPaint
from pureog.geometry import Rect
from pureog.layout.boxes import Box
from pureog.paint.text import chrome_glyph
from pureog.path import SQUARE_CORNERS, Path, Radii, has_radius, rect_path, rounded_rect_path
from pureog.style.computed import ComputedStyle, StyledNode
from pureog.style.values import Percent
from pureog.text.fonts import FontFace, FontLibrary
from pureog.text.inline_fonts import FontCache, Glyph
from pureog.text.inline_layout import BoxFragment, InlineContext, InlineLayout, TextFragment


class InlinePainter:
    """Paints inline formatting contexts with one font library (their fonts cached across contexts)."""

    __slots__ = ("fonts", "_cache")

    def __init__(self, fonts: FontLibrary) -> None:
        self.fonts = fonts
        self._cache = FontCache(fonts)

    def paint(self, node: StyledNode, box: Box) -> list[Node]:
        context = InlineContext(node, self._cache)
        out: list[Node] = []
        self._lines(context, context.layout(box.content_width), box.content_x, box.content_y, out)
        return out

    def _lines(self, context: InlineContext, layout: InlineLayout, ox: float, oy: float, out: list[Node]) -> None:
        for line in layout.lines:
            if line.ellipsis is not None:  # under the line's box backgrounds, as Chromium paints it
                out.extend(self._text(context, line.ellipsis, ox, oy))
            for frag in line.boxes:
                out.extend(_box_fragment(frag, ox, oy))
            for atom in line.atomics:  # an inline-block: its box, then its own lines inside it
                s = atom.box.style
                left = ox + atom.x + _num(s.margin_left)
                top = oy + atom.top + _num(s.margin_top)
                right = left + atom.atomic.width - _num(s.margin_left) - _num(s.margin_right)
                bottom = top + atom.atomic.height - _num(s.margin_top) - _num(s.margin_bottom)
                out.extend(_border_box(s, left, top, right, bottom, True, True))
                if atom.box.node.element.type == "img":  # an image in the line: its picture in its content box
                    out.extend(_picture(atom.box.node, left, top, right, bottom))
                    continue
                self._lines(atom.atomic.context, atom.atomic.layout, left + s.border_left_width + _num(s.padding_left),
                            top + s.border_top_width + _num(s.padding_top), out)
            for text in line.texts:
                out.extend(self._text(context, text, ox, oy))

    def _text(self, context: InlineContext, frag: TextFragment, ox: float, oy: float) -> list[Node]:
        style = frag.box.style
        if style.color.is_transparent:
            return []
        font = context.font(frag.box)
        paint = SolidPaint(style.color)
        baseline = math.floor(oy + frag.baseline + 0.5)  # Skia draws horizontal text on whole-px baselines
        placed: list[tuple[Glyph, float, float]] = []
        if frag.spacing:  # justified: each space widened, so each word from its own position
            x = ox + frag.x
            words: list[tuple[str, tuple[str, ...] | None]] = []
            at = 0
            for word in frag.text.split(" "):
                words.append((word, font.scripts(frag.scripts[at:at + len(word)]) if frag.scripts else None))
                at += len(word) + 1
            last = len(words) - 1
            for k, n in enumerate(range(last, -1, -1) if frag.level & 1 else range(last + 1)):  # rtl: last first
                word, scripts = words[n]
                joins = (frag.joins[0] if n == 0 else "", frag.joins[1] if n == last else "")
                if k:
                    x += font.width(" ") + frag.spacing
                placed += [(g, x + g.x, baseline + g.dy) for g in font.glyphs(word, frag.level, scripts, joins)]
                x += font.width(word, scripts, joins)
        else:
            placed = [(g, ox + frag.x + g.x, baseline + g.dy)
                      for g in font.glyphs(frag.text, frag.level, frag.scripts, frag.joins)]
        glyphs: list[Node] = []
        for g, gx, gy in placed:
            if g.face is None:
                glyphs.append(chrome_glyph(g.path, paint, gx, gy))
            else:  # an emoji font's colour glyph, as Chromium draws it
                from pureog.paint.color_glyph import color_glyph_nodes  # noqa: PLC0415  (colour fonts only)

                glyphs += color_glyph_nodes(g.face, g.gid, g.size, gx, gy, style.color)
        if not style.text_decoration_line:
            return glyphs
        under, over = _decorations(frag, font.chain.primary, ox, baseline, [(g.path, gx, gy) for g, gx, gy in placed])
        return under + glyphs + over


def _picture(node: StyledNode, left: float, top: float, right: float, bottom: float) -> list[Node]:
    """An ``<img>`` of a line: its picture fitted (``objectFit``) in its content box, as a flex item's."""
    from pureog.layout.boxes import Box  # noqa: PLC0415
    from pureog.paint.image import paint_replaced  # noqa: PLC0415  (image support loads on use)

    s = node.style
    border = (s.border_top_width, s.border_right_width, s.border_bottom_width, s.border_left_width)
    padding = (_num(s.padding_top), _num(s.padding_right), _num(s.padding_bottom), _num(s.padding_left))
    rect = _snapped(left, top, right, bottom)
    if rect is None:
        return []
    # Blink paints a replaced element into its pixel-snapped rectangle, as it does the box's background
    # and border (ImagePainter: ToPixelSnappedRect): the picture is not resampled at a fractional offset
    box = Box(rect.x, rect.y, rect.width, rect.height, border, padding, node, ())
    return paint_replaced(node, box, _radii(s, rect, True, True), chromium=True)


def _snapped(left: float, top: float, right: float, bottom: float) -> Rect | None:
    x0, y0, x1, y1 = (math.floor(v + 0.5) for v in (left, top, right, bottom))
    if x1 <= x0 or y1 <= y0:
        return None
    return Rect(float(x0), float(y0), float(x1 - x0), float(y1 - y0))


def _fill(rect: Rect | None, color: Color | None) -> list[Node]:
    if rect is None or color is None or color.is_transparent:  # (None: no backgroundColor declared)
        return []
    return [FillPath(rect_path(rect), SolidPaint(color))]


def _num(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _box_fragment(frag: BoxFragment, ox: float, oy: float) -> list[Node]:
    return _border_box(frag.box.style, ox + frag.left, oy + frag.top, ox + frag.right, oy + frag.bottom,
                       frag.first, frag.last)


def _border_box(s: ComputedStyle, left: float, top: float, right: float, bottom: float, first: bool,
                last: bool) -> list[Node]:
    """A box's background and solid border sides; the start (end) side only when ``first`` (``last``).
    Rounded corners (``borderRadius``) only on those sides too, as Chromium slices a broken box."""
    bt, bb = s.border_top_width, s.border_bottom_width
    bl = s.border_left_width if first else 0.0
    br = s.border_right_width if last else 0.0
    rect = _snapped(left, top, right, bottom)
    radii = _radii(s, rect, first, last) if rect is not None else SQUARE_CORNERS
    if has_radius(radii) and rect is not None:
        out: list[Node] = []
        if s.background_color is not None and not s.background_color.is_transparent:
            out.append(FillPath(rounded_rect_path(rect, radii), SolidPaint(s.background_color)))
        if (bt or bb or bl or br) and not s.border_top_color.is_transparent:
            inner = Rect(rect.x + bl, rect.y + bt, max(0.0, rect.width - bl - br), max(0.0, rect.height - bt - bb))
            (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = radii
            inner_radii = ((max(0.0, tlx - bl), max(0.0, tly - bt)), (max(0.0, trx - br), max(0.0, try_ - bt)),
                           (max(0.0, brx - br), max(0.0, bry - bb)), (max(0.0, blx - bl), max(0.0, bly - bb)))
            ring = Path(rounded_rect_path(rect, radii).segments + rounded_rect_path(inner, inner_radii).segments)
            out.append(FillPath(ring, SolidPaint(s.border_top_color), FillRule.EVENODD))
        return out
    out = _fill(rect, s.background_color)
    if bt:
        out += _fill(_snapped(left, top, right, top + bt), s.border_top_color)
    if bb:
        out += _fill(_snapped(left, bottom - bb, right, bottom), s.border_bottom_color)
    if bl:
        out += _fill(_snapped(left, top + bt, left + bl, bottom - bb), s.border_left_color)
    if br:
        out += _fill(_snapped(right - br, top + bt, right, bottom - bb), s.border_right_color)
    return out


def _radii(s: ComputedStyle, rect: Rect, first: bool, last: bool) -> Radii:
    """The corner radii in px (a percentage of the box's width or height); the start corners only on
    the first fragment, the end corners on the last."""
    def corner(value: tuple[object, object], on: bool) -> tuple[float, float]:
        if not on:
            return (0.0, 0.0)
        rx, ry = value
        x = rx.value / 100.0 * rect.width if isinstance(rx, Percent) else _num(rx)
        y = ry.value / 100.0 * rect.height if isinstance(ry, Percent) else _num(ry)
        return (x, y)

    return (corner(s.border_top_left_radius, first), corner(s.border_top_right_radius, last),
            corner(s.border_bottom_right_radius, last), corner(s.border_bottom_left_radius, first))


def _decorations(frag: TextFragment, face: FontFace, ox: float, baseline: float,
                 placed: list[tuple[Path, float, float]]) -> tuple[list[Node], list[Node]]:
    """The fragment's decoration lines as Blink draws them (:mod:`pureog.paint.decoration_chrome`'s
    geometry from the box's primary font): underlines and overlines under the glyphs, with skip-ink
    gaps around the glyphs' ink in their band, line-through over them."""
    from pureog.paint.decoration_chrome import (  # noqa: PLC0415  (loads on use)
        _MAX_DILATION,
        FontDecorationMetrics,
        _kept_region,
        _line_nodes,
        glyph_intercept,
        line_top,
        resolve_thickness,
    )

    style = frag.box.style
    color = style.text_decoration_color or style.color
    if color.is_transparent or frag.width <= 0:
        return [], []
    size = float(style.font_size)
    metrics = FontDecorationMetrics(face, size)
    t = resolve_thickness(style, size, metrics)
    top = baseline - metrics.ascent
    left = ox + frag.x
    paint = SolidPaint(color)
    under: list[Node] = []
    over: list[Node] = []
    for kind in ("underline", "overline", "line-through"):
        if kind not in style.text_decoration_line:
            continue
        y = line_top(kind, top, style, size, metrics, t)
        nodes, band = _line_nodes(kind, style.text_decoration_style, left, frag.width, y, t, paint)
        if kind == "line-through":
            over += nodes
            continue
        if style.text_decoration_skip_ink != "none":
            dilation = min(t, _MAX_DILATION)
            ranges = sorted((hit[0] - dilation, hit[1] + dilation) for path, gx, gy in placed
                            if (hit := glyph_intercept(path, gx, gy, band[0], band[1])) is not None)
            gaps: list[tuple[float, float]] = []
            for lo, hi in ranges:
                if gaps and lo <= gaps[-1][1]:
                    gaps[-1] = (gaps[-1][0], max(gaps[-1][1], hi))
                else:
                    gaps.append((lo, hi))
            if gaps:
                nodes = [Group(tuple(nodes), clip=Clip(_kept_region(left, frag.width, band, gaps)))]
        under += nodes
    return under, over


__all__ = ["InlinePainter"]
