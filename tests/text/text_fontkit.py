"""Helpers for the text tests: the Geist bytes and small fonts built in memory with fontTools."""

from __future__ import annotations

import io
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

from pureog.document.model import FontSource
from pureog.text import FontLibrary

FONTS = Path(__file__).resolve().parents[2] / "pureog" / "fonts"
REGULAR = (FONTS / "Geist-Regular.ttf").read_bytes()
BOLD = (FONTS / "Geist-Bold.ttf").read_bytes()


def subset_geist(chars: str, *, flavor: str | None = None) -> bytes:
    """Geist Regular cut down to ``chars`` (optionally re-wrapped as WOFF)."""
    font = TTFont(io.BytesIO(REGULAR))
    options = Options()
    options.layout_features = ["kern"]
    sub = Subsetter(options)
    sub.populate(text=chars)
    sub.subset(font)
    font.flavor = flavor
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def box_font(*, cff: bool, upem: int = 2048, advance: int = 1200, chars: str = "xyz") -> bytes:
    """A tiny font whose glyphs are rectangles; CFF (cubic) or glyf (quadratic) outlines."""
    names = [".notdef"] + [f"g{ord(c)}" for c in chars]
    fb = FontBuilder(upem, isTTF=not cff)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"g{ord(c)}" for c in chars})
    if cff:
        strings = {}
        for name in names:
            pen = T2CharStringPen(advance, None)
            pen.moveTo((100, 0))
            pen.lineTo((100, 1000))
            pen.curveTo((300, 1200), (700, 1200), (900, 1000))
            pen.lineTo((900, 0))
            pen.closePath()
            strings[name] = pen.getCharString()
        fb.setupCFF("Box", {"FullName": "Box"}, strings, {})
    else:
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            pen.moveTo((100, 0))
            pen.lineTo((100, 1000))
            pen.qCurveTo((500, 1400), (900, 1000))
            pen.lineTo((900, 0))
            pen.closePath()
            glyphs[name] = pen.glyph()
        fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({n: (advance, 100) for n in names})
    fb.setupHorizontalHeader(ascent=1600, descent=-400)
    fb.setupNameTable({"familyName": "Box", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


def library(*sources: tuple[str, bytes, int]) -> FontLibrary:
    return FontLibrary(
        [FontSource(name=n, data=d, weight=w, path=f"$.fonts[{i}]") for i, (n, d, w) in enumerate(sources)]
    )
