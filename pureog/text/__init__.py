"""Text: fonts, shaping, line breaking, paragraph layout and glyph outlines (Satori 0.29 rules).

Public surface for the other stages: :class:`FontLibrary` (fonts of a render), :func:`measure` (the
layout engine's measure callback for a text node), :func:`layout_paragraph` and :func:`glyph_paths`
(for the painter), :class:`MeasureMode`, and :class:`EmojiImages` (which graphemes are drawn as
pictures; bundled Twemoji). fontTools is imported only inside this package.
"""

from __future__ import annotations

from pureog.text.emoji import DirectoryPack, EmojiImages
from pureog.text.fonts import FontChain, FontFace, FontLibrary, load_face
from pureog.text.measure import measure
from pureog.text.paragraph import (
    GlyphRun,
    InlineImage,
    Line,
    MeasureFn,
    MeasureMode,
    Paragraph,
    glyph_paths,
    layout_paragraph,
)

__all__ = [
    "DirectoryPack",
    "EmojiImages",
    "FontChain",
    "FontFace",
    "FontLibrary",
    "GlyphRun",
    "InlineImage",
    "Line",
    "MeasureFn",
    "MeasureMode",
    "Paragraph",
    "glyph_paths",
    "layout_paragraph",
    "load_face",
    "measure",
]
