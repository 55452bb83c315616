"""A face's colour glyphs: COLR v0 / v1 with CPAL, and PNG bitmaps from CBDT/CBLC and sbix.

Input: a :class:`~pureog.text.fonts.FontFace` and a glyph id. Output: what the glyph is in colour:

* :meth:`ColorGlyphs.layers` (COLR v0): ``(layer glyph id, palette index)`` pairs, bottom first;
* :meth:`ColorGlyphs.paint` (COLR v1): the glyph's paint graph as fontTools parses it (``otTables.Paint``,
  formats 1-32; :mod:`pureog.paint.color_glyph` draws it), with :meth:`ColorGlyphs.clip_box`;
* :meth:`ColorGlyphs.bitmap` (CBDT or sbix): the PNG of the strike that serves a font size best and
  where it sits, in that strike's pixels;
* :meth:`ColorGlyphs.color` a palette entry (palette 0, as CSS ``font-palette: normal``).

What Next.js does with them (Satori 0.29 draws glyphs with opentype.js): a COLR glyph draws its base
glyph's outline in the text colour (nothing when that outline is empty, as in emoji fonts); an sbix
glyph draws its (empty) outline, so nothing; a font with CBDT bitmaps and no outlines makes
opentype.js throw. pureog draws the colour where Next draws nothing or throws, and everywhere with
``features: browser`` (:func:`draws_in_color`; spec/text.md, "Colour fonts"). fontTools reads the
tables (on first use, under the face's lock); a damaged table is a :class:`~pureog.errors.FontError`.
Must not import layout, paint or raster.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, NamedTuple
from weakref import WeakKeyDictionary

from pureog.color import Color
from pureog.errors import FontError

if TYPE_CHECKING:
    from pureog.text.fonts import FontFace

FOREGROUND = 0xFFFF
"""The palette index that means the text colour (COLR's foreground)."""

COLOR_TABLES = ("COLR", "CBDT", "sbix")


class Bitmap(NamedTuple):
    """One bitmap glyph of a strike: PNG bytes, the strike's pixels per em, and the image's top-left
    corner relative to the glyph origin in strike pixels (``left`` rightwards, ``top`` upwards)."""

    png: bytes
    ppem: int
    left: float
    top: float
    width: int
    height: int


class ColorGlyphs:
    """The colour tables of one face, read once."""

    def __init__(self, face: FontFace) -> None:
        tt = face.ttfont
        try:
            self._base0: dict[str, list[tuple[str, int]]] = {}
            self._base1: dict[str, Any] = {}
            self._clips: dict[str, Any] = {}
            self.version = -1
            if "COLR" in tt:
                colr = tt["COLR"]
                self.version = int(colr.version)
                if self.version == 0:
                    self._base0 = {name: [(layer.name, int(layer.colorID)) for layer in layers]
                                   for name, layers in colr.ColorLayers.items()}
                else:
                    table = colr.table
                    if table.BaseGlyphRecordArray is not None and table.LayerRecordArray is not None:
                        records = table.LayerRecordArray.LayerRecord
                        for base in table.BaseGlyphRecordArray.BaseGlyphRecord:
                            start = base.FirstLayerIndex
                            self._base0[base.BaseGlyph] = [(r.LayerGlyph, int(r.PaletteIndex))
                                                           for r in records[start: start + base.NumLayers]]
                    if table.BaseGlyphList is not None:
                        self._base1 = {r.BaseGlyph: r.Paint for r in table.BaseGlyphList.BaseGlyphPaintRecord}
                    self.layer_list = table.LayerList.Paint if table.LayerList is not None else []
                    if table.ClipList is not None:
                        self._clips = dict(table.ClipList.clips)
            self.palette: tuple[Color, ...] = ()
            if "CPAL" in tt and tt["CPAL"].palettes:
                self.palette = tuple(Color(c.red, c.green, c.blue, c.alpha / 255.0) for c in tt["CPAL"].palettes[0])
            self._bitmaps = _bitmap_reader(tt)
        except FontError:
            raise
        except Exception as exc:  # fontTools raises many kinds for a damaged table
            raise FontError(f"cannot read the font's colour glyphs: {type(exc).__name__}: {exc}",
                            path=face.path) from exc
        self._names = face.glyph_order
        self._ids = {name: gid for gid, name in enumerate(self._names)}

    def _name(self, gid: int) -> str | None:
        return self._names[gid] if 0 <= gid < len(self._names) else None

    def is_color(self, gid: int) -> bool:
        """Whether the glyph has colour data of any kind."""
        name = self._name(gid)
        return name is not None and (name in self._base1 or name in self._base0 or self._bitmaps.has(name))

    def layers(self, gid: int) -> list[tuple[int, int]] | None:
        """COLR v0 layers of the glyph, ``(glyph id, palette index)`` bottom first; None if it has none."""
        name = self._name(gid)
        found = self._base0.get(name) if name is not None else None
        if found is None:
            return None
        ids = self._ids
        return [(ids[layer], index) for layer, index in found if layer in ids]

    def paint(self, gid: int) -> Any | None:
        """The COLR v1 paint of the glyph (v1 wins over v0 layers, as in FreeType); None if it has none."""
        name = self._name(gid)
        return self._base1.get(name) if name is not None else None

    def paint_of_name(self, name: str) -> Any | None:
        return self._base1.get(name)

    def clip_box(self, gid: int) -> tuple[float, float, float, float] | None:
        """The glyph's COLR v1 clip box (xMin, yMin, xMax, yMax) in font units, y up; None if none."""
        name = self._name(gid)
        box = self._clips.get(name) if name is not None else None
        if box is None:
            return None
        return (float(box.xMin), float(box.yMin), float(box.xMax), float(box.yMax))

    def color(self, index: int, alpha: float, foreground: Color) -> Color:
        """Palette 0's entry ``index`` (the text colour for 0xFFFF) with its alpha scaled by ``alpha``;
        an index past the palette is transparent black, as FreeType reads it."""
        if index == FOREGROUND:
            base = foreground
        elif 0 <= index < len(self.palette):
            base = self.palette[index]
        else:
            base = Color(0, 0, 0, 0.0)
        return Color(base.r, base.g, base.b, max(0.0, min(1.0, base.a * alpha)))

    def bitmap(self, gid: int, size: float) -> Bitmap | None:
        """The glyph's bitmap from the strike that serves ``size`` px best (None: no bitmap)."""
        name = self._name(gid)
        return self._bitmaps.get(name, size) if name is not None else None


class _Bitmaps:
    """No bitmap glyphs (the base of the CBDT and sbix readers)."""

    def has(self, name: str) -> bool:
        return False

    def get(self, name: str, size: float) -> Bitmap | None:
        return None


def best_strike(ppems: list[int], size: float) -> int:
    """Skia's choice among bitmap strikes: the smallest at least ``size`` px per em, else the largest."""
    above = [p for p in ppems if p >= size]
    return min(above) if above else max(ppems)


class _Cbdt(_Bitmaps):
    """CBLC/CBDT (Google's colour bitmaps): PNG image formats 17, 18 and 19."""

    def __init__(self, tt: Any) -> None:
        cblc, cbdt = tt["CBLC"], tt["CBDT"]
        self._strikes: dict[int, dict[str, Any]] = {}
        for strike, data in zip(cblc.strikes, cbdt.strikeData, strict=False):
            ppem = int(strike.bitmapSizeTable.ppemY)
            self._strikes.setdefault(ppem, {}).update(data)

    def has(self, name: str) -> bool:
        return any(name in glyphs for glyphs in self._strikes.values())

    def get(self, name: str, size: float) -> Bitmap | None:
        ppems = [p for p, glyphs in self._strikes.items() if name in glyphs]
        if not ppems:
            return None
        ppem = best_strike(ppems, size)
        glyph = self._strikes[ppem][name]
        metrics = getattr(glyph, "metrics", None)  # (fontTools decompiles the glyph on first access)
        data = getattr(glyph, "imageData", None)
        if metrics is None or not data:
            return None
        bearing_x = getattr(metrics, "BearingX", getattr(metrics, "horiBearingX", 0))
        bearing_y = getattr(metrics, "BearingY", getattr(metrics, "horiBearingY", 0))
        return Bitmap(bytes(data), ppem, float(bearing_x), float(bearing_y), int(metrics.width), int(metrics.height))


class _Sbix(_Bitmaps):
    """Apple's sbix: PNG glyphs (graphic type ``png ``), placed by their origin offsets."""

    def __init__(self, tt: Any) -> None:
        self._strikes = {int(ppem): strike for ppem, strike in tt["sbix"].strikes.items()}

    def _png(self, ppem: int, name: str) -> Any:
        glyph = self._strikes[ppem].glyphs.get(name)
        if glyph is None or glyph.graphicType != "png " or not glyph.imageData:
            return None
        return glyph

    def has(self, name: str) -> bool:
        return any(self._png(p, name) is not None for p in self._strikes)

    def get(self, name: str, size: float) -> Bitmap | None:
        ppems = [p for p in self._strikes if self._png(p, name) is not None]
        if not ppems:
            return None
        ppem = best_strike(ppems, size)
        glyph = self._png(ppem, name)
        data = bytes(glyph.imageData)
        width, height = _png_size(data)
        # FreeType: the image's bottom-left corner at (originOffsetX, originOffsetY) from the origin
        return Bitmap(data, ppem, float(glyph.originOffsetX), float(glyph.originOffsetY + height), width, height)


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n":
        return 0, 0
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _bitmap_reader(tt: Any) -> _Bitmaps:
    if "CBDT" in tt and "CBLC" in tt:
        return _Cbdt(tt)
    if "sbix" in tt:
        return _Sbix(tt)
    return _Bitmaps()


_CACHE: WeakKeyDictionary[Any, ColorGlyphs | None] = WeakKeyDictionary()
_LOCK = threading.Lock()


def color_glyphs(face: FontFace) -> ColorGlyphs | None:
    """The face's colour tables (None: it has none); read on first use, cached per face."""
    source = face.base if face.base is not None else face
    with _LOCK:
        if source in _CACHE:
            return _CACHE[source]
    found = None
    if any(source.has_table(tag) for tag in COLOR_TABLES):
        with source.lock:
            found = ColorGlyphs(source)
    with _LOCK:
        _CACHE[source] = found
    return found


def draws_in_color(face: FontFace, gid: int, has_outline: bool, features: str) -> bool:
    """Whether pureog draws the glyph in colour: with ``features: browser`` any colour glyph (as
    Chromium); otherwise where Next.js draws nothing (an empty base outline, a bitmap glyph)."""
    glyphs = color_glyphs(face)
    if glyphs is None or not glyphs.is_color(gid):
        return False
    return features == "browser" or not has_outline
