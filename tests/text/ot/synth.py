"""Tiny synthetic fonts for the layout-engine unit tests: fontTools' FontBuilder + feaLib.

``build(fea)`` makes a TrueType font whose glyphs are boxes: ``a``..``z`` (advance 500, cmap'd),
``space``, the marks ``acute`` (U+0301) / ``dotbelow`` (U+0323) / ``grave`` (U+0300) of advance 0, the
ligatures ``f_i`` / ``f_f_i`` and spare glyphs ``x1``..``x9`` (not in the cmap), then compiles the
feature file text into it and reloads it, so the tables are parsed the way a font file's are.
``cmap_extra`` maps more code points (e.g. Arabic letters onto ``a``..``z``). ``shape_names`` shapes
with pureog; ``harfbuzz`` with uharfbuzz when it is installed (else None).
"""

from __future__ import annotations

import io
from typing import Any

from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

from pureog.text.ot import shape

LETTERS = [chr(c) for c in range(ord("a"), ord("z") + 1)]
MARKS = {"acute": 0x0301, "dotbelow": 0x0323, "grave": 0x0300}
EXTRA = ["f_i", "f_f_i", *[f"x{i}" for i in range(1, 10)]]
GLYPHS = [".notdef", "space", *LETTERS, *MARKS, *EXTRA]

GDEF = """table GDEF {
  GlyphClassDef [a b c d e f g h i j k l m n o p q r s t u v w x y z x1 x2 x3 x4 x5 x6 x7 x8 x9],
                [f_i f_f_i], [acute dotbelow grave], ;
} GDEF;
"""


def _box(width: int, height: int) -> Any:
    pen = TTGlyphPen(None)
    if width and height:
        pen.moveTo((50, 0))
        pen.lineTo((50, height))
        pen.lineTo((width - 50, height))
        pen.lineTo((width - 50, 0))
        pen.closePath()
    return pen.glyph()


def build(fea: str, gdef: bool = True, cmap_extra: dict[int, str] | None = None) -> tuple[TTFont, bytes]:
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(GLYPHS)
    cmap = {ord(ch): ch for ch in LETTERS}
    cmap[0x20] = "space"
    cmap.update({cp: name for name, cp in MARKS.items()})
    cmap.update(cmap_extra or {})
    fb.setupCharacterMap(cmap)
    glyphs = {}
    metrics = {}
    for name in GLYPHS:
        if name in MARKS:
            glyphs[name] = _box(300, 200)
            metrics[name] = (0, 50)
        elif name == "space":
            glyphs[name] = _box(0, 0)
            metrics[name] = (250, 0)
        else:
            width = 500 * (name.count("_") + 1)
            glyphs[name] = _box(width, 700)
            metrics[name] = (width, 50)
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics(metrics)
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Synth", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    addOpenTypeFeaturesFromString(fb.font, (GDEF if gdef else "") + fea)
    out = io.BytesIO()
    fb.save(out)
    data = out.getvalue()
    return TTFont(io.BytesIO(data)), data


def shape_names(font: TTFont, text: str, script: str = "Latn", direction: str = "ltr",
                features: Any = None) -> list[tuple[str, int, int, int, int, int]]:
    order = font.getGlyphOrder()
    return [(order[g.glyph], g.cluster, g.x_advance, g.y_advance, g.x_offset, g.y_offset)
            for g in shape(font, text, script, None, direction, features)]


def harfbuzz(data: bytes, font: TTFont, text: str, script: str = "Latn", direction: str = "ltr",
             features: dict[str, int] | None = None) -> list[tuple[str, int, int, int, int, int]] | None:
    try:
        import uharfbuzz as hb
    except ImportError:
        return None
    order = font.getGlyphOrder()
    hb_font = hb.Font(hb.Face(hb.Blob(data)))
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in text])
    buf.direction = direction
    buf.script = script
    hb.shape(hb_font, buf, features or {})
    if not buf.glyph_infos:
        return []
    return [(order[i.codepoint], i.cluster, p.x_advance, p.y_advance, p.x_offset, p.y_offset)
            for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)]
