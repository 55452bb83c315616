"""The document's fonts for an inline ``<svg>``'s ``<text>`` (drawn as Chromium draws it).

Role: a :class:`~pureog.images.svg.glyphs.TextShaper` over a :class:`~pureog.text.fonts.FontLibrary`
and the ``<svg>`` element's CSS font (:func:`root_font`), which SVG text inherits in a browser. Text is
shaped with kerning and ligatures on (a browser's defaults) and its outlines merged into one path with
the pen at (0, 0) on the baseline; the primary face gives the ascent, descent and x-height (the top
of its ``x``) for ``dominant-baseline``. Runs are cached per shaper (a text is measured, then drawn).
Imports text and images.svg.glyphs.
"""

from __future__ import annotations

from pureog.geometry import Affine
from pureog.images.svg.glyphs import GlyphRun, SvgFont, TextShaper
from pureog.path import PathBuilder
from pureog.style.computed import ComputedStyle
from pureog.text.fonts import FontLibrary
from pureog.text.outline import glyph_outline
from pureog.text.shaping import shape


def root_font(style: ComputedStyle) -> SvgFont:
    """The ``<svg>`` element's font as its SVG text inherits it."""
    return SvgFont(tuple(style.font_family), float(style.font_size), int(style.font_weight),
                   str(getattr(style.font_style, "value", style.font_style)))


def text_shaper(fonts: FontLibrary) -> TextShaper:
    """A shaper over ``fonts`` (see the module docstring)."""
    cache: dict[tuple[str, SvgFont, float, float], GlyphRun] = {}

    def shape_text(text: str, font: SvgFont, letter_spacing: float, word_spacing: float) -> GlyphRun:
        key = (text, font, letter_spacing, word_spacing)
        found = cache.get(key)
        if found is not None:
            return found
        chain = fonts.chain(font.families, font.weight, font.style)
        primary = chain.primary
        builder = PathBuilder()
        pen = 0.0
        words = text.split(" ") if word_spacing else [text]
        for index, word in enumerate(words):
            piece = word if index == len(words) - 1 else word + " "
            if not piece:
                continue
            run = shape(chain, piece, font.size, letter_spacing, ligatures=True)
            upem = run.face.units_per_em
            for face, gid, scale, x in zip(run.glyph_faces, run.glyph_ids, run.glyph_scales, run.pen_positions(pen),
                                           strict=True):
                outline = glyph_outline(face, gid, font.size, scale, upem) if face is not run.face else \
                    glyph_outline(face, gid, font.size)
                if outline.segments:
                    builder.extend(outline.transformed(Affine.translate(x, 0.0)))
            pen += run.advance + (word_spacing if index < len(words) - 1 else 0.0)
        px = font.size / primary.units_per_em
        x_gid = primary.glyph_index(ord("x"))
        x_box = glyph_outline(primary, x_gid, font.size).bounds() if x_gid else None
        x_height = -x_box.y if x_box is not None and x_box.height > 0 else primary.ascender * px / 2
        result = GlyphRun(builder.build(), pen, primary.ascender * px, -primary.descender * px, x_height)
        if len(cache) < 4096:
            cache[key] = result
        return result

    return shape_text


__all__ = ["root_font", "text_shaper"]
