"""Make the colour-font test fonts of the conformance suite (dev tool; outputs are committed).

Role: writes small colour fonts under ``conformance/fonts`` for the ``fonts/color-*`` and
``browser/color-*`` cases and ``tests/text/test_color_fonts.py``:

* ``ColorTest-COLRv0.ttf`` (pureog's own, CC0): COLR v0 + CPAL (two palettes). ``A``: three layers over
  a square fallback outline (red circle, blue square, a triangle in the text colour, palette index
  0xFFFF); ``B``: layers over an empty base outline; ``C``: translucent layers.
* ``ColorTest-COLRv1.ttf`` (pureog's own, CC0): COLR v1 paint graphs, one per letter: ``D`` linear
  gradient (pad), ``E`` radial (reflect), ``F`` sweep (pad), ``G`` layers with a rotation about the
  centre and the text colour, ``H`` composites (multiply, source-in), ``I`` a PaintColrGlyph of ``G``
  scaled and translated, ``J`` a repeating linear gradient under a skew, with clip boxes. Each base
  glyph also has a plain square outline, the fallback a renderer without COLR draws.
* ``ColorTest-sbix.ttf`` (pureog's own, CC0): ``S`` and ``T`` as PNG bitmaps in two ``sbix`` strikes
  (32 and 96 ppem), over an empty outline.
* ``EmojiText-mono.ttf`` (pureog's own, CC0): plain outlines (no colour table) for ``❤``, ``😀`` and
  ``👍`` (a triangle, a circle, a square): the text presentation ``fontVariantEmoji`` picks.
* ``NotoColorEmoji-subset.ttf`` (the font OFL-1.1, ``LICENSE-NotoColorEmoji.txt``; Debian ``fonts-noto-color-emoji``
  2.042): a few emoji as CBDT/CBLC PNG bitmaps (109 ppem strike).

* ``NotoColorEmoji-COLRv1-subset.ttf`` (OFL, ``LICENSE-NotoColorEmoji-COLRv1.txt``; npm
  ``@fontsource/noto-color-emoji`` 5.3.2, Google Fonts' COLR v1 build, its ``emoji`` WOFF) and
  ``Twemoji-COLRv0-subset.ttf`` (OFL, ``LICENSE-TwemojiCOLR.txt``; npm ``twemoji-colr-font`` 15.0.3):
  eight emoji each, the ``SVG `` table dropped (``NPM_DIR``: where both packages are installed).

Run: ``python conformance/fonts/make_color_fonts.py`` (needs fontTools and pypng; the Noto Color Emoji
subset needs ``NOTO_EMOJI`` to point at NotoColorEmoji.ttf). Imports fontTools and pypng only.
"""

from __future__ import annotations

import io
import math
import os
from pathlib import Path

import png
from fontTools import subset
from fontTools.colorLib.builder import buildCOLR, buildCPAL
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables as ot
from fontTools.ttLib.tables._s_b_i_x import table__s_b_i_x
from fontTools.ttLib.tables.sbixGlyph import Glyph as SbixGlyph
from fontTools.ttLib.tables.sbixStrike import Strike

HERE = Path(__file__).resolve().parent
NOTO_EMOJI = Path(os.environ.get("NOTO_EMOJI", "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"))
EMOJI = "😀🎉❤🚀👍🌈"
UPEM = 1000


def _save(font: TTFont, name: str) -> None:
    """Save with fixed head timestamps, so that running this again writes the same bytes."""
    font["head"].created = font["head"].modified = 0x7C259DC0  # 2021-01-01 in seconds since 1904
    font.recalcTimestamp = False
    font.save(str(HERE / name))


def _square(pen: Cu2QuPen, x0: int, y0: int, x1: int, y1: int) -> None:
    pen.moveTo((x0, y0))
    pen.lineTo((x0, y1))
    pen.lineTo((x1, y1))
    pen.lineTo((x1, y0))
    pen.closePath()


def _circle(pen: Cu2QuPen, cx: int, cy: int, r: int) -> None:
    k = 0.5523 * r
    pen.moveTo((cx + r, cy))
    pen.curveTo((cx + r, cy + k), (cx + k, cy + r), (cx, cy + r))
    pen.curveTo((cx - k, cy + r), (cx - r, cy + k), (cx - r, cy))
    pen.curveTo((cx - r, cy - k), (cx - k, cy - r), (cx, cy - r))
    pen.curveTo((cx + k, cy - r), (cx + r, cy - k), (cx + r, cy))
    pen.closePath()


def _triangle(pen: Cu2QuPen) -> None:
    pen.moveTo((500, 760))
    pen.lineTo((820, 120))
    pen.lineTo((180, 120))
    pen.closePath()


def _glyph(draw: object = None) -> object:
    pen = TTGlyphPen(None)
    if callable(draw):
        draw(Cu2QuPen(pen, 1.0))  # TrueType outlines: the cubic circles as quadratic splines
    return pen.glyph()


def _base_font(chars: str, family: str, extra: dict[str, object]) -> FontBuilder:
    names = [".notdef", "space"] + [f"u{c}" for c in chars] + list(extra)
    fb = FontBuilder(UPEM, isTTF=True)
    fb.setupGlyphOrder(names)
    cmap = {0x20: "space"} | {ord(c): f"u{c}" for c in chars}
    fb.setupCharacterMap(cmap)
    glyphs = {".notdef": _glyph(lambda p: _square(p, 100, 0, 500, 700)), "space": _glyph()}
    for c in chars:
        glyphs[f"u{c}"] = _glyph(lambda p: _square(p, 100, 0, 900, 800))
    glyphs.update(extra)  # type: ignore[arg-type]
    fb.setupGlyf(glyphs)
    glyf = fb.font["glyf"]
    # left side bearings equal to each outline's xMin, as font tools write them (FreeType places a glyph
    # by its bearing, opentype.js by its outline: they agree only then)
    fb.setupHorizontalMetrics({n: (1000 if n != "space" else 300, getattr(glyf[n], "xMin", 0)) for n in names})
    fb.setupHorizontalHeader(ascent=900, descent=-200)
    fb.setupNameTable({"familyName": family, "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=900, sTypoDescender=-200, usWinAscent=900, usWinDescent=200)
    fb.setupPost()
    return fb


def make_colrv0() -> None:
    shapes = {
        "circle": _glyph(lambda p: _circle(p, 500, 450, 400)),
        "square": _glyph(lambda p: _square(p, 250, 150, 750, 650)),
        "triangle": _glyph(_triangle),
    }
    fb = _base_font("ABC", "ColorTest COLRv0", shapes)
    fb.font["glyf"]["uB"] = _glyph()  # type: ignore[assignment]
    fb.font["hmtx"]["uB"] = (1000, 0)
    fb.font["COLR"] = buildCOLR({
        "uA": [("circle", 0), ("square", 1), ("triangle", 0xFFFF)],
        "uB": [("square", 2), ("triangle", 1)],
        "uC": [("circle", 3), ("square", 3), ("triangle", 2)],
    }, version=0)
    fb.font["CPAL"] = buildCPAL([
        [(0.9, 0.1, 0.1, 1.0), (0.1, 0.3, 0.9, 1.0), (0.1, 0.7, 0.2, 1.0), (0.9, 0.5, 0.0, 0.5)],
        [(0.2, 0.2, 0.2, 1.0), (0.9, 0.8, 0.1, 1.0), (0.6, 0.1, 0.6, 1.0), (0.0, 0.6, 0.6, 0.5)],
    ])
    _save(fb.font, "ColorTest-COLRv0.ttf")


def make_text_emoji() -> None:
    shapes = {0x2764: _triangle, 0x1F600: lambda p: _circle(p, 500, 400, 380),
              0x1F44D: lambda p: _square(p, 150, 50, 850, 750)}
    names = [".notdef", "space"] + [f"u{cp:04X}" for cp in shapes]
    fb = FontBuilder(UPEM, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({0x20: "space"} | {cp: f"u{cp:04X}" for cp in shapes})
    glyphs = {".notdef": _glyph(lambda p: _square(p, 100, 0, 500, 700)), "space": _glyph()}
    glyphs.update({f"u{cp:04X}": _glyph(draw) for cp, draw in shapes.items()})
    fb.setupGlyf(glyphs)
    glyf = fb.font["glyf"]
    fb.setupHorizontalMetrics({n: (1000 if n != "space" else 300, getattr(glyf[n], "xMin", 0)) for n in names})
    fb.setupHorizontalHeader(ascent=900, descent=-200)
    fb.setupNameTable({"familyName": "EmojiText Mono", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=900, sTypoDescender=-200, usWinAscent=900, usWinDescent=200)
    fb.setupPost()
    _save(fb.font, "EmojiText-mono.ttf")


def _solid(index: int, alpha: float = 1.0) -> dict[str, object]:
    return {"Format": ot.PaintFormat.PaintSolid, "PaletteIndex": index, "Alpha": alpha}


def _glyph_paint(glyph: str, paint: dict[str, object]) -> dict[str, object]:
    return {"Format": ot.PaintFormat.PaintGlyph, "Glyph": glyph, "Paint": paint}


def _stops(*stops: tuple[float, int, float], extend: str = "pad") -> dict[str, object]:
    return {"Extend": extend, "ColorStop": [{"StopOffset": o, "PaletteIndex": i, "Alpha": a} for o, i, a in stops]}


def make_colrv1() -> None:
    shapes = {
        "circle": _glyph(lambda p: _circle(p, 500, 450, 400)),
        "square": _glyph(lambda p: _square(p, 150, 50, 850, 750)),
        "small": _glyph(lambda p: _square(p, 300, 200, 700, 600)),
        "triangle": _glyph(_triangle),
    }
    fb = _base_font("DEFGHIJ", "ColorTest COLRv1", shapes)
    linear = {"Format": ot.PaintFormat.PaintLinearGradient,
              "ColorLine": _stops((0.0, 0, 1.0), (0.5, 1, 1.0), (1.0, 2, 1.0)),
              "x0": 150, "y0": 50, "x1": 850, "y1": 750, "x2": 850, "y2": 50}
    radial = {"Format": ot.PaintFormat.PaintRadialGradient,
              "ColorLine": _stops((0.0, 1, 1.0), (1.0, 2, 1.0), extend="reflect"),
              "x0": 420, "y0": 520, "r0": 40, "x1": 500, "y1": 450, "r1": 160}
    sweep = {"Format": ot.PaintFormat.PaintSweepGradient,
             "ColorLine": _stops((0.0, 0, 1.0), (0.5, 3, 1.0), (1.0, 2, 1.0)),
             "centerX": 500, "centerY": 450, "startAngle": 0.0, "endAngle": 270.0}
    rotated = {"Format": ot.PaintFormat.PaintRotateAroundCenter, "angle": 30.0, "centerX": 500, "centerY": 400,
               "Paint": _glyph_paint("small", _solid(0xFFFF, 0.8))}
    layers = {"Format": ot.PaintFormat.PaintColrLayers,
              "Layers": [_glyph_paint("circle", _solid(3)), rotated]}
    composite = {"Format": ot.PaintFormat.PaintColrLayers, "Layers": [
        {"Format": ot.PaintFormat.PaintComposite, "CompositeMode": "multiply",
         "SourcePaint": _glyph_paint("circle", _solid(1, 0.9)),
         "BackdropPaint": _glyph_paint("square", _solid(4))},
        {"Format": ot.PaintFormat.PaintComposite, "CompositeMode": "src_in",
         "SourcePaint": _glyph_paint("square", _solid(0)),
         "BackdropPaint": _glyph_paint("triangle", _solid(2))},
    ]}
    reused = {"Format": ot.PaintFormat.PaintTranslate, "dx": 60, "dy": -40, "Paint": {
        "Format": ot.PaintFormat.PaintScaleAroundCenter, "scaleX": 0.7, "scaleY": 0.5, "centerX": 500,
        "centerY": 450, "Paint": {"Format": ot.PaintFormat.PaintColrGlyph, "Glyph": "uG"}}}
    skewed = {"Format": ot.PaintFormat.PaintSkewAroundCenter, "xSkewAngle": -15.0, "ySkewAngle": 0.0,
              "centerX": 500, "centerY": 400, "Paint": _glyph_paint("square", {
                  "Format": ot.PaintFormat.PaintLinearGradient,
                  "ColorLine": _stops((0.0, 0, 1.0), (0.5, 3, 0.6), extend="repeat"),
                  "x0": 150, "y0": 400, "x1": 350, "y1": 400, "x2": 150, "y2": 600})}
    fb.font["COLR"] = buildCOLR({
        "uD": _glyph_paint("square", linear),
        "uE": _glyph_paint("circle", radial),
        "uF": _glyph_paint("circle", sweep),
        "uG": layers,
        "uH": composite,
        "uI": reused,
        "uJ": skewed,
    }, version=1, glyphMap=fb.font.getReverseGlyphMap(), clipBoxes={"uJ": (200, 100, 800, 700)})
    fb.font["CPAL"] = buildCPAL([[(0.85, 0.1, 0.2, 1.0), (1.0, 0.8, 0.1, 1.0), (0.1, 0.35, 0.85, 1.0),
                                  (0.1, 0.7, 0.4, 1.0), (0.3, 0.6, 1.0, 1.0)]])
    _save(fb.font, "ColorTest-COLRv1.ttf")


def _png(size: int, hue: float) -> bytes:
    """A disc with a two-colour radial shade and a transparent outside, ``size`` px square."""
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row: list[int] = []
        for x in range(size):
            d = math.hypot(x - c, y - c) / (size / 2)
            alpha = max(0.0, min(1.0, (1.0 - d) * size / 2))
            t = min(1.0, d)
            r = int(255 * (1 - t) * hue + 40 * t)
            g = int(200 * (1 - t) + 60 * t * (1 - hue))
            b = int(255 * t * (1 - hue * 0.5))
            row += (r, g, b, int(255 * alpha))
        rows.append(row)
    out = io.BytesIO()
    png.Writer(size, size, greyscale=False, alpha=True).write(out, rows)
    return out.getvalue()


def make_sbix() -> None:
    fb = _base_font("ST", "ColorTest sbix", {})
    for name in ("uS", "uT"):
        fb.font["glyf"][name] = _glyph()
        fb.font["hmtx"][name] = (1000, 0)
    sbix = table__s_b_i_x()
    sbix.version, sbix.flags = 1, 1
    for ppem in (32, 96):
        strike = Strike(ppem=ppem, resolution=72)
        for name, hue in (("uS", 1.0), ("uT", 0.2)):
            size = ppem * 9 // 10
            strike.glyphs[name] = SbixGlyph(glyphName=name, graphicType="png ", imageData=_png(size, hue),
                                            originOffsetX=ppem // 20, originOffsetY=0)
        sbix.strikes[ppem] = strike
    fb.font["sbix"] = sbix
    _save(fb.font, "ColorTest-sbix.ttf")


def make_noto_emoji() -> None:
    font = TTFont(str(NOTO_EMOJI))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in EMOJI] + [0x20, 0xFE0F])
    subsetter.subset(font)
    _save(font, "NotoColorEmoji-subset.ttf")


NPM_DIR = Path(os.environ.get("NPM_DIR", "/tmp/colour-fonts/node_modules"))
REAL_EMOJI = "😀🎉🚀❤👍🌈🐱🍕"


def make_real_colr() -> None:
    sources = (("@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff",
                "NotoColorEmoji-COLRv1-subset.ttf"), ("twemoji-colr-font/twemoji.woff2", "Twemoji-COLRv0-subset.ttf"))
    for source, name in sources:
        font = TTFont(str(NPM_DIR / source))
        if "SVG " in font:
            del font["SVG "]  # (subsetting it needs lxml; the COLR glyphs are what the cases draw)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in REAL_EMOJI] + [0x20, 0xFE0F])
        subsetter.subset(font)
        font.flavor = None
        _save(font, name)


def main() -> None:
    make_colrv0()
    make_colrv1()
    make_sbix()
    make_text_emoji()
    if NOTO_EMOJI.is_file():
        make_noto_emoji()
    if NPM_DIR.is_dir():
        make_real_colr()
    for name in ("ColorTest-COLRv0.ttf", "ColorTest-COLRv1.ttf", "ColorTest-sbix.ttf", "EmojiText-mono.ttf",
                 "NotoColorEmoji-subset.ttf"):
        path = HERE / name
        if path.is_file():
            print(f"{name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
