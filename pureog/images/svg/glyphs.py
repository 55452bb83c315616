"""What an inline SVG's text needs from the document's fonts, as the SVG renderer sees it.

Role: the records and the callable type through which :mod:`.text` asks for shaped glyphs
(:class:`SvgFont` in, :class:`GlyphRun` out). The paint stage implements the shaper with the document's
font library (:mod:`pureog.paint.svg_text`); this package may not import pureog.text.
Imports path and records only.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog.path import Path
from pureog.records import record


@record
class SvgFont:
    """What a text element asks for: its families in order, size in px, weight and style."""

    families: tuple[str, ...]
    size: float
    weight: int
    style: str


@record
class GlyphRun:
    """Shaped text: the outlines with the pen at (0, 0) on the alphabetic baseline, in px, the advance,
    and the primary face's ascent, descent and x-height in px (positive)."""

    path: Path
    advance: float
    ascent: float
    descent: float
    x_height: float


TextShaper = Callable[[str, SvgFont, float, float], GlyphRun]
"""(text, font, letter spacing px, word spacing px) -> its glyphs."""


__all__ = ["GlyphRun", "SvgFont", "TextShaper"]
