"""Font faces and font selection, the way Satori 0.29's ``FontLoader`` (src/font.ts) does it.

Input: :class:`pureog.document.model.FontSource` records (raw bytes + CSS face). Output: parsed
:class:`FontFace` objects (fontTools, lazy, cached by content) and a :class:`FontLibrary` that
answers "which faces serve this style, in fallback order" and "which face draws this character".

Matching follows Satori exactly: families are keyed by lower-cased name; inside a family the face is
picked with the MDN weight-fallback comparison (``compareFont`` in font.ts); the fallback list is the
listed families, then *every* registered family again (Satori's ``fontFamily.includes(name)`` test
compares against ``name_unknown`` keys, so it never skips any); a character no face covers uses the
last face of that list (it draws that face's .notdef).

A font entry with a ``lang`` (Satori's locales, :mod:`pureog.document.locales`) is a family of its
own, keyed ``name_lang``, that ``fontFamily`` never names: it serves only as a fallback. So is an entry
with an empty ``lang`` (``name_``), which Satori accepts and then groups with the faces without one. For text whose
element has a locale, the fallbacks come in three groups: the faces without a ``lang``, then those of
the text's locale, then the other ``lang`` faces (which Satori's ``engine.has`` does not consult, so
an emoji only they cover is still a picture); text without a locale takes every family in
registration order.

A static TrueType face is read by :mod:`pureog.text.truetype` (``struct``, no fontTools import: most
one-shot renders never load fontTools); fontTools reads every other face, and a TrueType face's own
fontTools object is made on first use of :attr:`FontFace.ttfont` (GSUB, the OpenType engine, a ``kern``
table, glyphs the small reader leaves to it). This is the only module (with :mod:`pureog.text.shaping`
and :mod:`pureog.text.outline`) that imports fontTools. Must not import layout, paint or raster.
"""

from __future__ import annotations

import io
import itertools
import math
import struct
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

from pureog import caches
from pureog.document.model import FontSource
from pureog.errors import FontError, LimitError, tolerate, tolerated_count
from pureog.limits import charge_variations
from pureog.style.values import FontStyle
from pureog.text.font_budget import FaceBudget
from pureog.text.truetype import TrueTypeFont, read_truetype

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

_FONT_DIR = FilePath(__file__).resolve().parent.parent / "fonts"

_WOFF2_MAGIC = b"wOF2"
_WOFF_MAGIC = b"wOFF"
_POST_WITHOUT_NAMES = b"\x00\x03\x00\x00"  # post table version 3.0: no glyph names


class FontFace:
    """One parsed font file. Tables are read lazily; per-glyph data is cached on the instance.

    Faces are shared by every render in the process (:func:`load_face`), and fontTools fills a lazy
    font in place (tables on first access, glyphs on first draw, all through one ``BytesIO``): so every
    use of :attr:`ttfont` after construction holds :attr:`lock`.

    Metrics follow opentype.js: ``ascender``/``descender`` are the hhea values (Satori never uses
    OS/2), the cmap is the Unicode subtable opentype.js would pick.
    """

    __slots__ = (
        "key", "path", "_tt", "units_per_em", "ascender", "descender", "_cmap", "_advances", "_glyph_order",
        "truetype", "_data", "_number", "is_cff", "_layout", "lock", "axes", "location", "_instances",
        "_glyph_set", "_deltas", "synthetic", "bitmap_only", "base", "__weakref__")

    def __init__(self, data: bytes, *, path: str = "$", index: int = 0) -> None:
        self.path = path
        self.key = f"face{next(_FACE_SERIALS)}"
        """Unique per face: the key of the per-face caches in shaping, outline and paragraph."""
        head = data[:4]
        if head == _WOFF2_MAGIC:
            # Our own WOFF2 reader and Brotli decoder: fontTools' needs the native brotli package and
            # decompresses without a size bound.
            from pureog.text.woff2 import woff2_to_sfnt  # noqa: PLC0415  (only WOFF2 fonts need it)

            data = woff2_to_sfnt(data, path=path)
        elif head == _WOFF_MAGIC:
            # Our own bounded WOFF reader: fontTools' inflates each table without a size bound.
            from pureog.text.woff import woff_to_sfnt  # noqa: PLC0415  (only WOFF fonts need it)

            data = woff_to_sfnt(data, path=path)
        number = _collection_face(data, index, path)
        self._data, self._number = data, number
        self._tt: Any = None
        self._glyph_order: tuple[str, ...] | None = None
        self._layout: Any = None
        self.lock = threading.RLock()
        self.location: tuple[tuple[str, float], ...] = ()
        """The variation axes' values (user space) this face draws at; () is the font's default."""
        self._instances: dict[tuple[tuple[str, float], ...], FontFace] = {}
        self._glyph_set: Any = None
        self._deltas: Any = None
        self.synthetic: tuple[bool, bool] | None = None
        """``(bold, oblique)`` for a face Chromium would synthesize (:meth:`synthesized`), else None."""
        self.base: FontFace | None = None
        """The face a synthesized one draws its outlines from."""
        self.bitmap_only = False
        """A colour bitmap font (CBDT/CBLC or sbix) without outlines: every outline is empty."""
        self.truetype: TrueTypeFont | None = read_truetype(data, number)
        """The face's own small TrueType reader (None: fontTools reads the face)."""
        if self.truetype is not None:
            fast = self.truetype
            self.units_per_em = fast.units_per_em
            self.ascender, self.descender = fast.ascender, fast.descender
            self._cmap = fast.cmap
            self._advances = fast.advances
            self.is_cff = False
            self.axes: tuple[tuple[str, float, float, float], ...] = ()
        else:
            self._read_with_fonttools()
        if self.units_per_em <= 0:
            raise FontError("cannot read font: unitsPerEm is 0", path=path)

    def _read_with_fonttools(self) -> None:
        path = self.path
        try:
            tt = self.ttfont
            self.bitmap_only = "glyf" not in tt and "CFF " not in tt and "CFF2" not in tt
            if self.bitmap_only and not ("CBDT" in tt and "CBLC" in tt) and "sbix" not in tt:
                # No outlines and no colour bitmaps pureog draws (Next.js, opentype.js, rejects every
                # font without outlines: "Font doesn't contain TrueType or CFF outlines."; a CBDT or
                # sbix font is drawn as Chromium draws it, pureog/text/color_glyphs.py)
                kinds = [tag for tag in ("CBDT", "sbix", "SVG ", "EBDT") if tag in tt]
                what = f" (only {', '.join(t.strip() for t in kinds)} bitmap/colour glyphs)" if kinds else ""
                raise FontError(f"the font has no TrueType or CFF outlines{what}; Next.js rejects such "
                                "fonts too: give a font with outlines", path=path)
            self.units_per_em = int(tt["head"].unitsPerEm)
            hhea = tt["hhea"]
            self.ascender = int(hhea.ascent)
            self.descender = int(hhea.descent)
            self._cmap = _pick_cmap(tt)
            metrics = tt["hmtx"].metrics
            self._advances = tuple(int(metrics[name][0]) if name in metrics else 0 for name in self.glyph_order)
            self.is_cff = "CFF " in tt or "CFF2" in tt
            self.axes = _read_axes(tt)
        except FontError:
            raise
        except Exception as exc:  # fontTools raises many kinds; none may escape unwrapped
            raise FontError(f"cannot read font: {type(exc).__name__}: {exc}", path=path) from exc

    @property
    def ttfont(self) -> TTFont:
        """The underlying fontTools object, made on first use (text/ modules only; use it holding
        :attr:`lock`: fontTools fills a lazy font in place)."""
        if self._tt is None:
            from fontTools.ttLib import TTFont  # noqa: PLC0415  (a static TrueType render may never need it)

            with self.lock:
                tt = TTFont(io.BytesIO(self._data), lazy=True, fontNumber=self._number)
                if "CFF " not in tt and ("post" not in tt or tt.getTableData("post")[:4] == _POST_WITHOUT_NAMES):
                    # fontTools would name the glyphs from the cmap through the Adobe Glyph List (importing
                    # fontTools.agl, ~20 ms, and reading the cmap twice); the names are only labels to us.
                    tt.setGlyphOrder(_numbered_glyph_names(int(tt["maxp"].numGlyphs)))
                self._tt = tt
        return self._tt

    @property
    def glyph_order(self) -> tuple[str, ...]:
        """fontTools' glyph names by glyph id (labels for its tables; reads them on first use)."""
        if self._glyph_order is None:
            with self.lock:
                self._glyph_order = tuple(self.ttfont.getGlyphOrder())
        return self._glyph_order

    @property
    def num_glyphs(self) -> int:
        return len(self._advances)

    def has_table(self, tag: str) -> bool:
        """Whether the font has table ``tag`` (without fontTools for a TrueType face)."""
        if self.truetype is not None:
            return tag in self.truetype.tables
        return tag in self.ttfont

    def table_data(self, tag: str) -> bytes:
        """The raw bytes of table ``tag`` (hold :attr:`lock` for a fontTools face)."""
        if self.truetype is not None:
            return self.truetype.table(tag)
        return bytes(self.ttfont.getTableData(tag))

    # --- variable fonts ------------------------------------------------------------------------------
    @property
    def weight_range(self) -> tuple[float, float] | None:
        """A variable font's ``wght`` axis (min, max): the weights it serves, as ``@font-face {
        font-weight: min max }`` does in a browser; None for a font without one."""
        for tag, low, _default, high in self.axes:
            if tag == "wght":
                return (low, high)
        return None

    def instance(self, wanted: dict[str, float]) -> FontFace:
        """This face at the axis values ``wanted`` (clamped to each axis; unknown tags ignored), as a
        face of its own: advances, ascender/descender and outlines varied (gvar or HVAR, MVAR), and
        its own :attr:`key` for the per-face caches. Instances are kept per location on the face."""
        clamped = ((tag, min(max(wanted[tag], low), high), default) for tag, low, default, high in self.axes
                   if tag in wanted)
        key = tuple((tag, value) for tag, value, default in clamped if value != default)
        if not key or self.location:
            return self
        from pureog.text.variation_cost import instance_cost, store_limits  # noqa: PLC0415  (variable fonts only)

        with self.lock:
            refused = store_limits(self.ttfont)
            cost = instance_cost(self.ttfont)
        if refused is not None:  # hostile variation stores: the default instance, as Next.js draws it
            tolerate(refused, path=self.path, error=FontError)
            return self
        with self.lock:
            face = self._instances.get(key)
            if face is None:
                if len(self._instances) >= _MAX_INSTANCES:
                    self._instances.clear()
                charge_variations(cost)
                face = self._instantiate(key)
                self._instances[key] = face
        return face

    def synthesized(self, bold: bool, oblique: bool) -> FontFace:
        """This face drawn as Chromium draws a missing bold or italic face (emboldened and skewed
        outlines, :mod:`pureog.text.synthetic`), as a face of its own (own :attr:`key`); its metrics,
        advances and layout tables are this face's. Kept per flag pair on the face."""
        if not (bold or oblique):
            return self
        key = (("synthetic-bold", float(bold)), ("synthetic-oblique", float(oblique)))
        with self.lock:
            face = self._instances.get(key)
            if face is None:
                face = object.__new__(FontFace)
                for name in FontFace.__slots__:
                    if name != "__weakref__" and hasattr(self, name):
                        setattr(face, name, getattr(self, name))
                face.key = f"face{next(_FACE_SERIALS)}"
                face._instances = {}
                face.synthetic = (bold, oblique)
                face.base = self
                self._instances[key] = face
        return face

    def _instantiate(self, location: tuple[tuple[str, float], ...]) -> FontFace:
        face: FontFace = object.__new__(FontFace)
        face.synthetic = None
        face.base = None
        for name in ("path", "_tt", "lock", "units_per_em", "_glyph_order", "_cmap", "is_cff", "axes", "truetype",
                     "_data", "_number", "bitmap_only"):
            setattr(face, name, getattr(self, name))
        face.key = f"face{next(_FACE_SERIALS)}"
        face.location = location
        face._layout = None
        face._instances = {}
        face._glyph_set = None
        face._deltas = None
        # -1: not read yet; an advance is varied on first use (most glyphs of a font never are)
        face._advances = [-1] * len(self.glyph_order)  # type: ignore[assignment]
        try:
            face.ascender, face.descender = _varied_metrics(self._tt, location, self.ascender, self.descender)
        except LimitError:  # the render's variation work or deadline
            raise
        except Exception as exc:  # fontTools raises many kinds for a malformed MVAR / avar
            raise FontError(f"cannot read the font's metric variations: {type(exc).__name__}: {exc}",
                            path=self.path) from exc
        return face

    def variation_delta(self, outer: int, inner: int) -> int:
        """The delta of GDEF's item variation store entry (outer, inner) at this face's location,
        rounded to font units (a GPOS value or anchor's VariationIndex device); 0 at the default."""
        if not self.location:
            return 0
        with self.lock:
            if self._deltas is None:
                gdef = self._tt["GDEF"].table if "GDEF" in self._tt else None
                store = getattr(gdef, "VarStore", None)
                if store is None:
                    self._deltas = False
                else:
                    from fontTools.varLib.varStore import VarStoreInstancer  # noqa: PLC0415

                    self._deltas = VarStoreInstancer(store, self._tt["fvar"].axes, _normalized(self._tt, self.location))
            if self._deltas is False:
                return 0
            from pureog.text.variation_cost import delta_lookup_cost  # noqa: PLC0415  (variable fonts only)

            charge_variations(delta_lookup_cost(self._tt, "GDEF"))
            try:
                return math.floor(float(self._deltas[(outer << 16) + inner]) + 0.5)
            except Exception as exc:  # an index outside the store: a malformed font
                raise FontError(f"cannot read the font's variation store: {type(exc).__name__}: {exc}",
                                path=self.path) from exc

    def glyph_set(self) -> Any:
        """fontTools' glyph set at this face's location (hold :attr:`lock`)."""
        if self._glyph_set is None:
            # (fontTools' faces only: static TrueType faces are read without it, pureog.text.truetype)
            from pureog.text.charstrings import bounded_glyph_set  # noqa: PLC0415

            if self.location:
                tt = self.ttfont
                glyph_set = bounded_glyph_set(tt.getGlyphSet(location=_normalized(tt, self.location), normalized=True))
                if "gvar" in tt or "HVAR" in tt:  # hostile fonts: a glyph's variation work is charged first
                    from pureog.text.variation_cost import ChargedGlyphSet  # noqa: PLC0415  (variable fonts only)

                    glyph_set = ChargedGlyphSet(glyph_set, tt)
                self._glyph_set = glyph_set
            else:
                self._glyph_set = bounded_glyph_set(self.ttfont.getGlyphSet())  # hostile charstrings: bounded
        return self._glyph_set

    # --- lookups used by shaping -------------------------------------------------------------------
    def glyph_index(self, code_point: int) -> int:
        """The glyph id for a code point, 0 (.notdef) when the font lacks it."""
        return self._cmap.get(code_point, 0)

    def char_map(self) -> Mapping[int, int]:
        """The face's Unicode cmap (code point -> glyph id), read only."""
        return self._cmap

    def has_code_point(self, code_point: int) -> bool:
        return self._cmap.get(code_point, 0) != 0

    def advance_fu(self, gid: int) -> int:
        if not 0 <= gid < len(self._advances):
            return 0
        advance = self._advances[gid]
        if advance < 0:  # an instance's glyph not read yet
            advance = self._varied_advance(gid)
        return advance

    def _varied_advance(self, gid: int) -> int:
        """The advance at this instance's location: HVAR's delta, else gvar's phantom points, rounded
        to font units as HarfBuzz rounds the delta."""
        with self.lock:
            try:
                width = self.glyph_set()[self.glyph_order[gid]].width
            except LimitError:  # the render's variation work or deadline (variation_cost.ChargedGlyphSet)
                raise
            except Exception as exc:  # fontTools raises many kinds for a malformed gvar / HVAR
                raise FontError(f"cannot read the font's glyph variations: {type(exc).__name__}: {exc}",
                                path=self.path) from exc
        advance = max(0, math.floor(float(width) + 0.5))
        self._advances[gid] = advance  # type: ignore[index]
        return advance

    def __repr__(self) -> str:
        return f"FontFace({self.path!r}, upem={self.units_per_em})"


_MAX_INSTANCES = 32


def _read_axes(tt: TTFont) -> tuple[tuple[str, float, float, float], ...]:
    """(tag, min, default, max) of each ``fvar`` axis; () for a static font (or one whose variations
    fontTools cannot apply: only ``glyf`` + ``gvar`` and ``CFF2`` outlines vary)."""
    if "fvar" not in tt or not ("gvar" in tt or "CFF2" in tt or "HVAR" in tt):
        return ()
    return tuple((a.axisTag, float(a.minValue), float(a.defaultValue), float(a.maxValue)) for a in tt["fvar"].axes)


def _f32(x: float) -> float:
    """``x`` rounded to a C float (HarfBuzz normalises axis values in single precision)."""
    return float(struct.unpack("f", struct.pack("f", x))[0])


def _roundf(x: float) -> int:
    """C's roundf: halves away from zero."""
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


def _normalized(tt: TTFont, location: tuple[tuple[str, float], ...]) -> dict[str, float]:
    """User-space axis values -> normalised coordinates as HarfBuzz holds them: fvar's mapping in
    16.16 fixed point, avar's segment maps on that, then 2.14 (1/16384 steps, (c + 2) >> 2). The steps
    matter: between the masters a delta scaled by a coordinate one step off rounds differently (Geist
    at wght 450 is 1639/16384, not the 1638 that rounding 0.1 straight to 2.14 gives: T 584 units wide,
    not 583). An avar version 2 table is applied by fontTools on the 2.14 coordinates."""
    from fontTools.varLib.models import piecewiseLinearMap  # noqa: PLC0415  (variable fonts only)

    given = dict(location)
    avar = tt["avar"] if "avar" in tt else None
    segments = avar.segments if avar is not None and getattr(avar, "majorVersion", 1) == 1 else {}
    coords: dict[str, float] = {}
    for axis in tt["fvar"].axes:
        tag, low, default, high = axis.axisTag, axis.minValue, axis.defaultValue, axis.maxValue
        v = _f32(min(max(float(given.get(tag, default)), low), high))
        if v == default:
            n = 0.0
        elif v < default:
            n = _f32(_f32(v - default) / _f32(default - low))
        else:
            n = _f32(_f32(v - default) / _f32(high - default))
        fixed = _roundf(_f32(n * 65536.0))
        if tag in segments:
            fixed = _roundf(_f32(piecewiseLinearMap(fixed / 65536.0, segments[tag]) * 65536.0))
        coords[tag] = ((fixed + 2) >> 2) / 16384
    if avar is not None and getattr(avar, "majorVersion", 1) >= 2:
        from fontTools.misc.fixedTools import floatToFixedToFloat  # noqa: PLC0415

        coords = {tag: floatToFixedToFloat(v, 14) for tag, v in avar.renormalizeLocation(coords, tt).items()}
    return coords


def _varied_metrics(tt: TTFont, location: tuple[tuple[str, float], ...], ascender: int, descender: int
                    ) -> tuple[int, int]:
    """hhea's ascender and descender moved by MVAR's ``hasc`` / ``hdsc`` deltas at ``location``."""
    if "MVAR" not in tt:
        return ascender, descender
    from fontTools.varLib.varStore import VarStoreInstancer  # noqa: PLC0415  (variable fonts only)

    table = tt["MVAR"].table
    if table.VarStore is None:
        return ascender, descender
    from pureog.text.variation_cost import delta_lookup_cost  # noqa: PLC0415

    deltas = VarStoreInstancer(table.VarStore, tt["fvar"].axes, _normalized(tt, location))
    cost = delta_lookup_cost(tt, "MVAR")
    for record in table.ValueRecord or ():
        if record.ValueTag in ("hasc", "hdsc"):
            charge_variations(cost)
        if record.ValueTag == "hasc":
            ascender += math.floor(deltas[record.VarIdx] + 0.5)
        elif record.ValueTag == "hdsc":
            descender += math.floor(deltas[record.VarIdx] + 0.5)
    return ascender, descender


def _numbered_glyph_names(count: int) -> list[str]:
    """fontTools' own names for glyphs it cannot name otherwise: .notdef, glyph00001, glyph00002, ..."""
    return [".notdef", *(f"glyph{i:05d}" for i in range(1, count))] if count else []


def _pick_cmap(tt: TTFont) -> dict[int, int]:
    """code point -> glyph id, from the subtable opentype.js picks (the last Unicode one listed)."""
    if "cmap" not in tt:
        return {}
    order = {name: i for i, name in enumerate(tt.getGlyphOrder())}
    chosen = None
    for table in reversed(tt["cmap"].tables):
        pid, eid = table.platformID, table.platEncID
        if (pid == 3 and eid in (0, 1, 10)) or (pid == 0 and eid in (0, 1, 2, 3, 4)):
            if table.format in (4, 12):
                chosen = table
                break
    if chosen is None:
        best = tt.getBestCmap() or {}
        return {cp: order.get(name, 0) for cp, name in best.items()}
    return {cp: order.get(name, 0) for cp, name in chosen.cmap.items()}


# Keyed by the bytes themselves: Python hashes them once per object (as fast as SHA-1) and compares
# contents on a hit, without importing hashlib (OpenSSL, ~3 ms of every cold start).
_FACE_CACHE: dict[tuple[bytes, int], FontFace] = {}
_FACE_SERIALS = itertools.count(1)
KEPT_FACES = caches.limit("text.faces", 64)  # faces, and entries of each per-face cache
_KEEP_LOCK = threading.Lock()


def keep_face_entry(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Store ``value`` in a per-face cache bounded by ``KEPT_FACES``, dropping the oldest entries.

    Renders on several threads share these caches. Without the lock, two threads evicting at once
    read the same oldest key and both insert (the cache outgrows its bound), and a thread iterating
    the keys while another inserts raises "dictionary changed size during iteration".
    """
    with _KEEP_LOCK:
        while cache and len(cache) >= KEPT_FACES.value:
            del cache[next(iter(cache))]
        cache[key] = value
"""Parsed faces kept across renders (and the per-face tables other modules key by ``face.key``): a
server drawing its users' fonts meets new ones for ever, so the oldest goes first. A face still held by
a font library stays usable; its bytes loaded again make a new face."""


def load_face(data: bytes, *, path: str = "$", index: int = 0) -> FontFace:
    """A parsed face, shared between every library that uses the same bytes (and collection index)."""
    data = bytes(data)
    key = (data, index)
    face = _FACE_CACHE.get(key)
    if face is None:
        face = FontFace(data, path=path, index=index)
        keep_face_entry(_FACE_CACHE, key, face)
    return face


_COLLECTION_MAGIC = b"ttcf"


def _collection_face(data: bytes, index: int, path: str) -> int:
    """fontTools' ``fontNumber`` for face ``index``: -1 for a single font (whose only face is 0), the
    index itself for a TTC/OTC collection that has it (Next.js cannot read collections at all)."""
    if data[:4] != _COLLECTION_MAGIC:
        if index:
            raise FontError(f"font index {index} asks for a face of a collection, but this is a single font",
                            path=path)
        return -1
    count = int.from_bytes(data[8:12], "big") if len(data) >= 12 else 0
    if not 0 <= index < count:
        raise FontError(f"the font collection has {count} faces (0-{count - 1}); index {index} is not one of them",
                        path=path)
    return index


class _Entry:
    """One registered face of a family (a plain class: a dataclass costs import time)."""

    __slots__ = ("face", "weight", "style")

    def __init__(self, face: FontFace, weight: int | None, style: str | None) -> None:
        self.face = face
        self.weight = weight
        self.style = style


def _face_weight(entry: _Entry, weight: int) -> int | None:
    """The weight an entry offers for ``weight``: its registered one, or for a variable font the
    wanted weight clamped to its ``wght`` axis (the whole axis is served, as a browser's ``@font-face``
    with a weight range does; Next.js cannot load variable fonts)."""
    axis = entry.face.weight_range
    if axis is None:
        return entry.weight
    return int(min(max(weight, axis[0]), axis[1]))


def _compare(weight: int, style: str, matched: _Entry, nxt: _Entry) -> int:
    """Satori's ``compareFont``: > 0 means ``nxt`` is the better face for (weight, style)."""
    mw, nw = _face_weight(matched, weight), _face_weight(nxt, weight)
    if mw != nw:
        if not mw:
            return 1
        if not nw:
            return -1
        if mw == weight:
            return -1
        if nw == weight:
            return 1
        if weight == 400 and mw == 500:
            return -1
        if weight == 500 and mw == 400:
            return -1
        if weight == 400 and nw == 500:
            return 1
        if weight == 500 and nw == 400:
            return 1
        if weight < 400:
            if mw < weight and nw < weight:
                return nw - mw
            if mw < weight:
                return -1
            if nw < weight:
                return 1
            return mw - nw
        if weight < mw and weight < nw:
            return mw - nw
        if weight < mw:
            return -1
        if weight < nw:
            return 1
        return nw - mw
    if matched.style != nxt.style:
        if matched.style == style:
            return -1
        if nxt.style == style:
            return 1
    return -1


_CHAIN_LIMIT = caches.limit("text.font_chains", 8 << 20)  # (made at import, as every limit: tests/test_caches)


class FontLibrary:
    """The registered fonts of a render, grouped by lower-cased family name in registration order (the
    pipeline keeps one for the same thread's later renders with the same fonts: ``pipeline.font_library``)."""

    __slots__ = ("_families", "_chain_cache", "emoji", "features", "_sized", "kept")

    def __init__(self, sources: Sequence[FontSource], *, emoji: object | None = None) -> None:
        self._families: dict[tuple[str, str | None], list[_Entry]] = {}
        """Entries by (lower-cased name, Satori locale or None): Satori's ``name_lang`` keys."""
        self._chain_cache: caches.Budgeted[tuple[object, ...], FontChain] = caches.Budgeted(
            _CHAIN_LIMIT, None, 4096)  # charged their names: spec/limits.md
        self.emoji = emoji
        """An :class:`~pureog.text.emoji.EmojiImages` (None: the bundled Twemoji set)."""
        self.features = "satori"
        """The render's ``features`` option: ``satori`` (Next.js's shaping; complex scripts fully shaped)
        or ``browser`` (HarfBuzz's default features for every script); spec/text.md."""
        self._sized = False
        """Whether a face has an ``opsz`` axis (then chains depend on the font size too)."""
        self.kept = False
        """Whether the pipeline keeps this library for the next renders (:func:`pureog.pipeline.font_library`):
        only then do the text memos that outlive a render (measure templates, painted text) key on it,
        so that a library made for one render is not held alive by them."""
        budget = FaceBudget()  # faces, WOFF2 data, code points, layout tables (hostile fonts: bounded)
        for src in sources:
            budget.before(src.data, src.path)
            with budget.decoding():
                face = load_face(src.data, path=src.path, index=src.index)
            budget.add(face, src.path)
            key = (src.name.lower(), src.lang)
            self._families.setdefault(key, []).append(_Entry(face, src.weight, src.style))
            self._sized = self._sized or any(axis[0] == "opsz" for axis in face.axes)

    @classmethod
    def default(cls, *, bold: bool = False, emoji: object | None = None) -> FontLibrary:
        """Geist Regular under the name "geist": what Next.js registers when a card gives no fonts, so
        bold text renders with the 400 face there too (Satori's nearest weight), with the boxes Next
        gives it. ``bold=True`` adds the bundled Geist Bold 700."""
        sources = [_bundled("Geist-Regular.ttf", 400)]
        if bold:
            sources.append(_bundled("Geist-Bold.ttf", 700))
        return cls(sources, emoji=emoji)

    @property
    def is_empty(self) -> bool:
        return not self._families

    def family_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for name, _lang in self._families))

    def match(self, family: str, weight: int, style: str, size: float | None = None,
              variations: tuple[tuple[str, float], ...] = (), lang: str | None = None,
              synthesize: bool = False) -> FontFace | None:
        """The best face of one family for (weight, style), or None if the family is unknown. A
        variable font comes at the axis values the style asks for (:func:`_axis_values`). ``lang``
        picks the entries registered with that locale (by default those without one); with
        ``features: browser`` (or ``synthesize``) a bold or oblique face the family lacks is synthesized."""
        entries = self._families.get((family.lower(), lang))
        if not entries:
            return None
        best = entries[0]
        for entry in entries[1:]:
            if _compare(weight, style, best, entry) > 0:
                best = entry
        face = best.face
        if face.axes:
            face = face.instance(_axis_values(face, weight, style, size, variations))
        if self.features == "browser" or synthesize:
            bold, oblique = _synthesis(best, weight, style)
            face = face.synthesized(bold, oblique)
        return face

    def chain(self, families: Sequence[str], weight: int, style: FontStyle | str, size: float | None = None,
              variations: tuple[tuple[str, float], ...] = (), locale: str | None = None, *,
              synthesize: bool = False) -> FontChain:
        """The fallback chain for a computed style (Satori's ``getEngine`` font list). ``size`` and
        ``variations`` (``fontVariationSettings``) matter to variable fonts only; ``locale`` (the
        element's Satori locale) orders the fallback faces registered with a ``lang``; ``synthesize``:
        bold and oblique faces the families lack are synthesized, as Chromium does (text laid out as
        Chromium lays it out: inline formatting contexts, spec/inline.md)."""
        style_s = str(style.value if isinstance(style, FontStyle) else style)
        size = size if self._sized else None
        key = (tuple(families), int(weight), style_s, size, variations, self.features, locale, synthesize)
        cached = self._chain_cache.get(key)
        if cached is not None:
            return cached
        if not self._families:
            raise FontError("no fonts are loaded; at least one font is required to lay out text")
        tolerated = tolerated_count()
        faces: list[FontFace] = []
        for family in families:
            face = self.match(family, int(weight), style_s, size, variations, synthesize=synthesize)
            if face is not None:
                faces.append(face)
        listed = len(faces)
        # Satori's additionalFonts, specifiedLangFonts, nonSpecifiedLangFonts (font.ts getEngine)
        groups: tuple[list[FontFace], list[FontFace], list[FontFace]] = ([], [], [])
        for name, lang in self._families:
            face = self.match(name, int(weight), style_s, size, variations, lang, synthesize)
            if face is not None:
                # an empty lang (keyed ``name_``) reads as no locale in getLangFromFontName: group 0
                group = 0 if locale is None or not lang else 1 if lang == locale else 2
                groups[group].append(face)
        faces += groups[0] + groups[1]
        consulted = len(faces)
        faces += groups[2]
        chain = FontChain(tuple(faces), listed, consulted)
        if tolerated_count() == tolerated:  # a warning (variations not applied) is reported by every render
            self._chain_cache.keep(key, chain, 200 + sum(map(len, families)) + 56 * len(families))
        return chain


def _synthesis(entry: _Entry, weight: int, style: str) -> tuple[bool, bool]:
    """Whether Chromium would embolden and skew the matched face (Blink's font selection: bold when
    600 or more is asked of a face below 600, oblique when italic or oblique is asked of a normal
    face; a variable font whose axes serve the request is not synthesized)."""
    tags = {axis[0]: axis for axis in entry.face.axes}
    face_weight = entry.weight if entry.weight is not None else 400
    if "wght" in tags:
        face_weight = max(face_weight, int(tags["wght"][3]))
    bold = weight >= 600 and face_weight < 600
    oblique = (style in ("italic", "oblique") and (entry.style or "normal") not in ("italic", "oblique")
               and "ital" not in tags and "slnt" not in tags)
    return bold, oblique


def _axis_values(face: FontFace, weight: int, style: str, size: float | None,
                 variations: tuple[tuple[str, float], ...]) -> dict[str, float]:
    """The axis values a browser sets for a computed style (CSS Fonts 4 §7.3): ``wght`` the font
    weight, ``ital`` 1 for italic, ``slnt`` -14 for oblique (its default 14deg), ``opsz`` the font
    size in px (``font-optical-sizing: auto``), then ``fontVariationSettings`` over all of them."""
    tags = {axis[0] for axis in face.axes}
    wanted: dict[str, float] = {"wght": float(weight)}
    if style == "italic" and "ital" in tags:
        wanted["ital"] = 1.0
    elif style in ("italic", "oblique") and "slnt" in tags:
        wanted["slnt"] = -14.0
    if size is not None:
        wanted["opsz"] = size
    wanted.update(variations)
    return wanted


_CHAIN_TOKENS = itertools.count(1)


class FontChain:
    """Faces in fallback order for one (families, weight, style); resolves characters to faces."""

    __slots__ = ("faces", "listed", "consulted", "token", "_by_unit")

    def __init__(self, faces: tuple[FontFace, ...], listed: int, consulted: int | None = None) -> None:
        self.token = next(_CHAIN_TOKENS)
        """A unique id for caches keyed by chain (``id()`` could be reused after collection)."""
        self.faces = faces
        self.listed = listed
        self.consulted = len(faces) if consulted is None else consulted
        """How many leading faces Satori's ``engine.has`` consults (not the other locales' faces)."""
        self._by_unit: dict[int, FontFace] = {}

    @property
    def primary(self) -> FontFace:
        """``fonts[0]`` in Satori (first listed family), else the first fallback face."""
        return self.faces[0]

    def resolve(self, text: str) -> FontFace:
        """The face for a string, chosen by its first character (Satori's ``resolveFont``).

        Satori caches by the first UTF-16 code unit, so two astral characters that share a high
        surrogate share a face; we key the same way to pick the same face.
        """
        if not text:
            return self.faces[-1]
        cp = ord(text[0])
        unit = cp if cp < 0x10000 else 0xD800 + ((cp - 0x10000) >> 10)
        face = self._by_unit.get(unit)
        if face is None:
            face = self.faces[-1]
            for candidate in self.faces:
                if candidate.has_code_point(cp):
                    face = candidate
                    break
            self._by_unit[unit] = face
        return face

    def covers(self, text: str) -> bool:
        """Whether some face has a glyph for every character of ``text``."""
        return all(any(f.has_code_point(ord(c)) for f in self.faces) for c in text if c != "\n")

    @property
    def has_faces(self) -> tuple[FontFace, ...]:
        """The faces Satori's ``engine.has`` looks through (``resolveFont(s, false)``)."""
        return self.faces[: self.consulted]


def _bundled(name: str, weight: int) -> FontSource:
    path = _FONT_DIR / name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FontError(f"bundled font missing: {exc}", path=str(path)) from exc
    return FontSource(name="geist", data=data, weight=weight, style="normal", path=str(path))


def _forget_faces() -> None:
    with _KEEP_LOCK:
        _FACE_CACHE.clear()


caches.register("text.faces", _FACE_CACHE, clear=_forget_faces)
