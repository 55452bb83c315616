"""Painting text leaves: a laid-out paragraph -> glyph outline fills in the text colour.

Each glyph is a translated :class:`Group` around one :class:`FillPath` whose ``Path`` object is shared by
every occurrence of that glyph at that size and sub-pixel offset, so the rasterizer can reuse its
coverage mask. Satori writes glyph outlines into its SVG with one decimal (opentype.js
``toPathData(1)`` on absolute coordinates), and at text sizes that rounding moves edges by up to
0.05 px, visibly changing anti-aliasing. :func:`svg_rounded_glyph` reproduces it while keeping the
mask cache: the rounded outline depends only on the fractional part of the glyph's position, so each
glyph becomes an integer translation of an outline rounded at its (1/256 px quantized) fraction.
Decorations, ``-webkit-text-stroke`` and debug boxes import their builders when a leaf uses them.
"""

from __future__ import annotations

import math

from pureog.display import FillPath, Group, Node, SolidPaint
from pureog.errors import ImageError
from pureog.geometry import Affine, Rect
from pureog.layout.boxes import Box
from pureog.path import Path, Segment
from pureog.style.computed import StyledText
from pureog.text.fonts import FontLibrary
from pureog.text.paragraph import Paragraph, glyph_paths, layout_paragraph


class TextPainter:
    """Lays out and paints text leaves with one font library."""

    def __init__(self, fonts: FontLibrary) -> None:
        self.fonts = fonts

    def paint(
        self, leaf: StyledText, box: Box, opacity: float, container_width: float | None = None
    ) -> tuple[list[Node], Rect]:
        """The leaf's display nodes, and Satori's measuredTextSize placed at the box (the text's own
        width and height, not its stretched box: text-shadow filter regions are percentages of it)."""
        style = leaf.style
        color = style.color
        measured = Rect(box.x, box.y, box.width, box.height)
        if opacity <= 0.0 or box.width <= 0:
            return [], measured
        paragraph = layout_paragraph(leaf.text, style, self.fonts, box.width, container_width=container_width)
        measured = Rect(box.x, box.y, paragraph.width, paragraph.height)
        glyphs: list[Node] = []
        if not color.is_transparent:
            paint = SolidPaint(color)
            glyphs = [
                Group((FillPath(path, paint),), transform=Affine.translate(ix, iy))
                for path, ix, iy in _placed_glyphs(paragraph, box)
            ]
            if style.webkit_text_stroke_width > 0:
                from pureog.paint.decoration import text_stroke_nodes  # noqa: PLC0415  (rare: loads on use)

                # -webkit-text-stroke: paint-order stroke, so every glyph's stroke goes under all fills.
                glyphs[:0] = text_stroke_nodes(glyphs, style)
        if paragraph.images:  # emoji: Satori's <image> elements, drawn after the text's glyphs
            glyphs.extend(_inline_images(paragraph, box, leaf.path))
        # Satori's decoration <line>s carry no opacity attribute: they stay outside the opacity group.
        decorations: list[Node] = []
        if style.text_decoration_line:
            from pureog.paint.decoration import paint_decorations  # noqa: PLC0415  (loads on use)

            decorations = paint_decorations(paragraph, style, box.x, box.y)
        if not glyphs:
            return decorations, measured
        return ([Group(tuple(glyphs), opacity=opacity)] if opacity < 1.0 else glyphs) + decorations, measured

    def outline(self, leaf: StyledText, box: Box, container_width: float | None = None) -> list[Segment]:
        """The leaf's glyph outlines in canvas px, as one segment list (``background-clip: text``)."""
        if box.width <= 0:
            return []
        paragraph = layout_paragraph(leaf.text, leaf.style, self.fonts, box.width, container_width=container_width)
        segments: list[Segment] = []
        for path, ix, iy in _placed_glyphs(paragraph, box):
            segments.extend(path.transformed(Affine.translate(ix, iy)).segments)
        return segments

    def debug_boxes(self, leaf: StyledText, box: Box, container_width: float | None = None) -> list[Node]:
        """``debug: true``: the glyph-run boxes and baselines Satori outlines (see paint/debug.py)."""
        if box.width <= 0:
            return []
        style = leaf.style
        paragraph = layout_paragraph(leaf.text, style, self.fonts, box.width, container_width=container_width)
        chain = self.fonts.chain(style.font_family, style.font_weight, style.font_style)
        from pureog.paint.debug import text_boxes  # noqa: PLC0415  (debug only)

        return text_boxes(paragraph, style, chain, box.x, box.y)


def _placed_glyphs(paragraph: Paragraph, box: Box) -> list[tuple[Path, float, float]]:
    """Every visible glyph as ``(outline rounded as in Satori's SVG, integer x, integer y)``."""
    return [svg_rounded_glyph(path, x, y) for path, x, y in glyph_paths(paragraph, box.x, box.y) if not path.is_empty]


SUBPIXEL_STEPS = 256
_ROUNDED_CACHE_LIMIT = 50_000
_rounded_glyphs: dict[tuple[Path, int, int], Path] = {}


def _round_tenth(v: float) -> float:
    """JavaScript's ``+v.toFixed(1)``: nearest tenth, halves away from zero."""
    return math.floor(v * 10 + 0.5) / 10 if v >= 0 else -math.floor(-v * 10 + 0.5) / 10


def svg_rounded_glyph(path: Path, x: float, y: float) -> tuple[Path, float, float]:
    """``(outline, ix, iy)`` such that the outline translated by the integers ``(ix, iy)`` is ``path``
    at ``(x, y)`` with every coordinate rounded to a tenth of a pixel, as in Satori's SVG."""
    ix, iy = math.floor(x), math.floor(y)
    qx = round((x - ix) * SUBPIXEL_STEPS)
    qy = round((y - iy) * SUBPIXEL_STEPS)
    key = (path, qx, qy)
    rounded = _rounded_glyphs.get(key)
    if rounded is None:
        fx, fy = qx / SUBPIXEL_STEPS, qy / SUBPIXEL_STEPS
        segments = []
        for seg in path.segments:
            coords = seg[1:]
            segments.append((seg[0], *(
                _round_tenth(c + (fy if i % 2 else fx)) for i, c in enumerate(coords)  # type: ignore[operator]
            )))
        rounded = Path(tuple(segments))
        if len(_rounded_glyphs) >= _ROUNDED_CACHE_LIMIT:
            _rounded_glyphs.clear()
        _rounded_glyphs[key] = rounded
    return rounded, float(ix), float(iy)


def _inline_images(paragraph: Paragraph, box: Box, where: str) -> list[Node]:
    """Each image grapheme's SVG fitted (xMidYMid meet) into its font-size x line-height box."""
    try:
        from pureog.images.svg import svg_document_nodes  # noqa: PLC0415  (lazy: SVG support loads on use)
    except ImportError as exc:
        message = "drawing emoji needs the SVG renderer (pureog.images.svg), which is missing"
        raise ImageError(message, path=where) from exc
    nodes: list[Node] = []
    for image in paragraph.images:
        # resvg fits the 1:1 picture into the <image> box (xMidYMid meet): a centred square.
        side = min(image.width, image.height)
        left = box.x + image.x + (image.width - side) / 2
        top = box.y + image.y + (image.height - side) / 2
        target = Rect(left, top, side, side)
        nodes.extend(svg_document_nodes(image.svg, target, f"{where} (emoji {image.grapheme!r})"))
    return nodes
