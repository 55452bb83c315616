"""SVG drop-shadow filters the way resvg computes them (Satori's ``text-shadow``).

Role: the premultiplied sRGB pixels of a filter region (the group's own paint, "SourceGraphic") plus a
list of shadows -> the filter's result pixels, premultiplied sRGB, ready to composite.
Must not import style, layout, text or document.

What resvg does for Satori's filter (``feDropShadow`` per shadow, ``feMerge`` of the results when there
are several; ``color-interpolation-filters`` is ``linearRGB`` by default), per shadow ``i``:
1. the source is converted to linear RGB (8 bits: un-premultiply, a 256-entry table, premultiply);
2. its alpha is blurred (box blurs, or the IIR Gaussian below 2 px: :mod:`pureog.raster.blur`);
3. each pixel becomes the flood colour at that alpha (tiny-skia's f32 colour maths), converted to
   linear RGB, and the whole shadow is moved by the whole-pixel offset;
4. the source is drawn over it: ``result_i``.
``feMerge`` draws the results last shadow first, so the first listed shadow ends on top (and the source,
part of every result, is drawn once per shadow: anti-aliased glyph edges darken with more shadows).
The merged image goes back to sRGB (8 bits again) and is composited like any layer.

Each output pixel depends only on the source pixel and the shadows' alpha values there, so the maths
(with its 8-bit roundings, f32 where resvg uses f32) runs once per distinct combination, memoised;
Python work per pixel is one dict lookup, only between a row's first and last painted pixel, keyed by
one native int read from a buffer of the key's bytes where the source is one colour (text; see
:mod:`pureog.raster.shadow_codes`), else by a short tuple (the source and backdrop pixels as one int
each, the shadows' alphas).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, cast

from pureog import caches
from pureog.f32 import f32
from pureog.raster.shadow_block import block_spans
from pureog.raster.shadow_codes import CodeTable, alpha_pixels, code_size, joined_pixels, row_codes
from pureog.records import record


def _to_u8(x: float) -> int:
    """Rust's ``x as u8``: truncation, saturating at 0 and 255 (NaN -> 0)."""
    if x != x or x <= 0.0:
        return 0
    return 255 if x >= 255.0 else int(x)


def _linear(c: int) -> int:
    v = c / 255.0
    return round((v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4) * 255.0)


def _srgb(c: int) -> int:
    v = c / 255.0
    return round((v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1.0 / 2.4) - 0.055) * 255.0)


# resvg's precomputed 8-bit conversion tables (the rounded formulas).
TO_LINEAR = bytes(_linear(c) for c in range(256))
TO_SRGB = bytes(_srgb(c) for c in range(256))


@lru_cache(maxsize=1 << 17)
def _convert_channel(c: int, a: int, to_linear: bool) -> int:
    """One premultiplied channel through resvg's demultiply -> table -> multiply (all in f32)."""
    af = f32(a / 255.0)
    straight = _to_u8(f32(f32(c / af) + 0.5))
    table = TO_LINEAR if to_linear else TO_SRGB
    return _to_u8(f32(f32(table[straight] * af) + 0.5))


# _convert by pixel, one memo a direction (a first render of a text-shadow card converts ~60k pixels,
# far fewer distinct ones); cleared when full.
_CONVERTED: tuple[dict[tuple[int, int, int, int], tuple[int, int, int, int]], ...] = ({}, {})
_CONVERTED_LIMIT = 1 << 16


def _convert(rgba: tuple[int, int, int, int], to_linear: bool) -> tuple[int, int, int, int]:
    memo = _CONVERTED[to_linear]
    found = memo.get(rgba)
    if found is not None:
        return found
    r, g, b, a = rgba
    if a == 0:
        return (0, 0, 0, 0)
    if len(memo) >= _CONVERTED_LIMIT:
        memo.clear()
    found = memo[rgba] = (_convert_channel(r, a, to_linear), _convert_channel(g, a, to_linear),
                          _convert_channel(b, a, to_linear), a)
    return found


_INV_255 = f32(1.0 / 255.0)


# A byte times 1/255 in f32, and one minus that in f32, for every byte: the f32 round trips of
# _over_byte that depend on one byte alone (a first render of a text-shadow card makes ~56k calls).
_UNIT = [f32(v * _INV_255) for v in range(256)]
_UNIT_COMPLEMENT = [f32(1.0 - u) for u in _UNIT]


def _over_byte(sa: int, s: int, d: int) -> int:
    """One channel of :func:`_over`: ``d * (1 - sa) + s`` in f32, rounded to the nearest byte."""
    v = f32(f32(_UNIT[d] * _UNIT_COMPLEMENT[sa]) + _UNIT[s])
    return min(255, max(0, int(f32(v * 255.0) + 0.5)))


# _over_byte by (source alpha, source channel, destination channel) packed in an int: the f32 maths
# costs microseconds, a lookup tens of nanoseconds, and a render meets far fewer triples than calls (the
# first render of a text-shadow card made 1.2 million calls). Cleared when full, so memory stays bounded
# (tens of MB at worst).
_OVER_BYTES: dict[int, int] = {}
_OVER_BYTES_LIMIT = caches.limit("raster.shadow_bytes", 1 << 19)  # entries
# And whole pixels: the same source meets the same flood colour at the same alpha again and again.
_OVER_PIXELS: dict[tuple[tuple[int, int, int, int], tuple[int, int, int, int]], tuple[int, int, int, int]] = {}
_OVER_PIXELS_LIMIT = caches.limit("raster.shadow_pixels", 1 << 17)  # entries
_CLEAR = (0, 0, 0, 0)


def _over(src: tuple[int, int, int, int], dst: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """tiny-skia's high-precision source-over (``draw_pixmap`` samples a pattern, a stage the
    low-precision pipeline lacks): bytes to f32 times 1/255, ``d * (1 - sa) + s`` in f32, rounded back
    to the nearest byte. The low-precision ``div255`` would round a 0.4 up to 1, which shows in the
    darkest linear-RGB values (a text edge over its shadow)."""
    # Over a clear pixel the source comes back as it is, and a clear source leaves the destination
    # (each checked for every byte: _over_byte(sa, s, 0) == s, _over_byte(0, 0, d) == d); a text
    # shadow's merge meets both at every shadow that does not reach a pixel.
    if dst == _CLEAR:
        return src
    if src == _CLEAR:
        return dst
    pixel = _OVER_PIXELS.get((src, dst))
    if pixel is not None:
        return pixel
    sr, sg, sb, sa = src
    dr, dg, db, da = dst
    high = sa << 16
    memo = _OVER_BYTES
    if len(memo) >= _OVER_BYTES_LIMIT.value - 4:
        memo.clear()
    # (the four channels written out: a first render of a text-shadow card makes ~240k calls)
    r = memo.get(high | sr << 8 | dr)
    if r is None:
        r = memo[high | sr << 8 | dr] = _over_byte(sa, sr, dr)
    g = memo.get(high | sg << 8 | dg)
    if g is None:
        g = memo[high | sg << 8 | dg] = _over_byte(sa, sg, dg)
    b = memo.get(high | sb << 8 | db)
    if b is None:
        b = memo[high | sb << 8 | db] = _over_byte(sa, sb, db)
    a = memo.get(high | sa << 8 | da)
    if a is None:
        a = memo[high | sa << 8 | da] = _over_byte(sa, sa, da)
    if len(_OVER_PIXELS) >= _OVER_PIXELS_LIMIT.value:
        _OVER_PIXELS.clear()
    pixel = _OVER_PIXELS[(src, dst)] = (r, g, b, a)
    return pixel


def flood_pixel(color: tuple[int, int, int, int], alpha: int) -> tuple[int, int, int, int]:
    """resvg's shadow pixel: the flood colour with its opacity times ``alpha / 255``, premultiplied in
    f32 and rounded to bytes (tiny-skia ``Color::apply_opacity`` + ``premultiply().to_color_u8()``)."""
    r, g, b, a = color
    opacity = f32(alpha / 255.0)
    af = min(1.0, max(0.0, f32(f32(a / 255.0) * opacity)))
    comps = [f32(c / 255.0) for c in (r, g, b)]
    if af != 1.0:
        comps = [f32(c * af) for c in comps]
    return tuple(_to_u8(f32(f32(c * 255.0) + 0.5)) for c in (*comps, af))  # type: ignore[return-value]


def _scaled(v: int, cf: float) -> int:
    """A premultiplied byte times a coverage in tiny-skia's f32 pipeline, rounded back to a byte."""
    return min(255, int(f32(f32(f32(v * _INV_255) * cf) * 255.0) + 0.5))


@lru_cache(maxsize=256)
def flood_in_table(color: tuple[int, int, int, int], opacity: float) -> tuple[tuple[int, int, int, int], ...]:
    """Satori's box-shadow colouring as resvg computes it, for every coverage ``c`` of the blurred
    shape: ``feFlood`` (the colour premultiplied in f32), converted to linear RGB (8 bits), ``feComposite
    in`` the blurred alpha (tiny-skia's f32 pipeline: ``flood * c / 255``), back to sRGB (8 bits), then
    the group's ``opacity``. Premultiplied RGBA8 per coverage, 256 entries."""
    flood = _convert(flood_pixel(color, 255), True)
    table = []
    for c in range(256):
        cf = f32(c * _INV_255)
        inside = tuple(min(255, int(f32(f32(f32(v * _INV_255) * cf) * 255.0) + 0.5)) for v in flood)
        r, g, b, a = _convert(inside, False)  # type: ignore[arg-type]
        if opacity < 1.0:
            r, g, b, a = (int(v * opacity + 0.5) for v in (r, g, b, a))
        table.append((r, g, b, a))
    return tuple(table)


@record
class ShadowPlane:
    """One shadow ready to merge: its blurred alpha over the region (``width * height`` bytes, already
    moved by the offset) and its flood colour (straight RGBA8, opacity included). ``moved``: where the
    plane is the source's own alpha moved down and right (a hard shadow, not blurred), that offset in
    bytes (``dy * width + dx``: :func:`painted_union` shifts the source's int by it), else -1."""

    alpha: bytes | bytearray
    color: tuple[int, int, int, int]
    moved: int = -1


_BYTEORDER = sys.byteorder
# Source and backdrop pixels are read as one native 32-bit int each (``array("I")``, C speed).
_PIXEL = "I" if array("I").itemsize == 4 else "L"
_ZERO_PIXEL = bytes(4)


def _pixel(value: int) -> tuple[int, int, int, int]:
    """The premultiplied RGBA bytes of a pixel read as one native int."""
    r, g, b, a = value.to_bytes(4, _BYTEORDER)
    return (r, g, b, a)


class _Tables(dict[tuple[int, ...], bytes]):
    """A memo of output pixels by key that also gives, for one shadow alone, the output over its alpha
    as four channel tables (:meth:`tables`): the source transparent, every other shadow's alpha 0; and
    for two shadows alone, the output by their two alphas as one 16-bit code (:meth:`pair`)."""

    channel_tables: dict[int, tuple[bytes, bytes, bytes, bytes]]
    pair_tables: dict[tuple[int, int], _PairTable]
    code_tables: dict[tuple[bytes, int, bool], CodeTable]
    shadows: int

    def codes(self, pixels: bytes, size: int, backdrop: bool) -> CodeTable:
        """The outputs by :func:`~pureog.raster.shadow_codes.row_codes`' codes for a source whose pixel
        for each alpha is ``pixels`` (the backdrop pixel in the code with ``backdrop``)."""
        key = (pixels, size, backdrop)
        found = self.code_tables.get(key)
        if found is None:
            if len(self.code_tables) >= _CODE_TABLES_LIMIT:
                self.code_tables.clear()
            found = self.code_tables[key] = CodeTable(self, pixels, self.shadows, size, backdrop)
        return found

    def pair(self, first: int, second: int) -> _PairTable:
        """The outputs where only shadows ``first`` and ``second`` paint (the source transparent), by
        :func:`_pair_codes`' codes."""
        found = self.pair_tables.get((first, second))
        if found is None:
            if len(self.pair_tables) >= _PAIR_TABLES_LIMIT:
                self.pair_tables.clear()
            found = self.pair_tables[(first, second)] = _PairTable(self, first, second)
        return found

    def tables(self, shadow: int) -> tuple[bytes, bytes, bytes, bytes]:
        found = self.channel_tables.get(shadow)
        if found is None:
            zeros = [0] * self.shadows
            pixels = []
            for a in range(256):
                zeros[shadow] = a
                pixels.append(self[(0, *zeros)])
            joined = b"".join(pixels)
            found = self.channel_tables[shadow] = (joined[0::4], joined[1::4], joined[2::4], joined[3::4])
        return found


_PAIR_TABLES_LIMIT = 16  # shadow pairs kept per memo (at most 65,536 codes each)
_CODE_TABLES_LIMIT = 8  # source colours and code widths kept per memo (shadow_codes.CodeTable)


class _PairTable(dict[int, bytes]):
    """A code of two shadows' alphas (:func:`_pair_codes`) -> the output pixel of :class:`_Tables`'s key
    with the source transparent, those two alphas and every other shadow's alpha 0."""

    def __init__(self, owner: _Tables, first: int, second: int) -> None:
        super().__init__()
        self.owner = owner
        self.first = first
        self.second = second

    def __missing__(self, code: int) -> bytes:
        low, high = code.to_bytes(2, _BYTEORDER)  # the code's two bytes in memory order
        key = [0] * (1 + self.owner.shadows)
        key[1 + self.first] = high
        key[1 + self.second] = low
        value = self[code] = self.owner[tuple(key)]
        return value


def _pair_codes(spans: Sequence[bytes | bytearray], first: int, second: int) -> memoryview:
    """The alphas of shadows ``first`` and ``second`` (``spans``: each shadow's alphas over a row's
    span) as native 16-bit codes (two strided copies: no tuple a pixel), decoded by :class:`_PairTable`."""
    codes = bytearray(2 * len(spans[0]))
    codes[0::2] = spans[second]
    codes[1::2] = spans[first]
    return memoryview(codes).cast("H")


class _PixelMaths(_Tables):
    """(source pixel, shadow alpha 0, shadow alpha 1, ..., [backdrop pixel]) -> the filter's output
    pixel bytes; the pixels are native 32-bit ints (:func:`_pixel`)."""

    def __init__(self, colors: Sequence[tuple[int, int, int, int]], keep_source: bool, linear: bool) -> None:
        super().__init__()
        self.colors = list(colors)
        self.keep_source = keep_source
        self.linear = linear
        self.floods: list[dict[int, tuple[int, int, int, int]]] = [{} for _ in self.colors]
        self.backdrops: dict[int, _OverBackdrop] = {}
        self.channel_tables = {}
        self.pair_tables = {}
        self.code_tables = {}
        self.shadows = len(self.colors)

    def _flood(self, i: int, alpha: int) -> tuple[int, int, int, int]:
        cached = self.floods[i].get(alpha)
        if cached is None:
            if self.linear and not self.keep_source:
                # Satori's shadow of transparent text: feFlood (the colour at its own opacity, an sRGB
                # image converted to linear RGB as a whole) feComposite in the moved alpha, in f32
                r, g, b, a = _convert(flood_pixel(self.colors[i], 255), True)
                cf = f32(alpha * _INV_255)
                cached = (_scaled(r, cf), _scaled(g, cf), _scaled(b, cf), _scaled(a, cf))
            else:  # feDropShadow: the flood at the shadow's alpha, then converted
                cached = flood_pixel(self.colors[i], alpha)
                if self.linear:
                    cached = _convert(cached, True)
            self.floods[i][alpha] = cached
        return cached

    def over_backdrop(self, backdrop: int) -> _OverBackdrop:
        """The lookups over one backdrop pixel (a native int), keyed without it."""
        found = self.backdrops.get(backdrop)
        if found is None:
            if len(self.backdrops) >= _BACKDROPS_LIMIT:
                self.backdrops.clear()
            found = self.backdrops[backdrop] = _OverBackdrop(self, backdrop)
        return found

    def __missing__(self, key: tuple[int, ...]) -> bytes:
        value = self[key] = self.compute(key)
        return value

    def compute(self, key: tuple[int, ...]) -> bytes:
        """The output pixel of ``key`` (not stored)."""
        source = _pixel(key[0])
        if self.linear:
            source = _convert(source, True)
        merged = (0, 0, 0, 0)
        # feMerge lists the results last shadow first: the first shadow (and its source copy) on top.
        floods = self.floods
        for i in range(len(self.colors) - 1, -1, -1):
            result = floods[i].get(key[1 + i]) or self._flood(i, key[1 + i])
            if self.keep_source:
                result = _over(source, result)
            merged = _over(result, merged)
        if self.linear:
            merged = _convert(merged, False)
        if len(key) > 1 + len(self.colors):  # a backdrop pixel follows: composite onto it
            merged = _over(merged, _pixel(key[-1]))
        return bytes(merged)


class _OverBackdrop(_Tables):
    """(source pixel, shadow alphas...) -> the output pixel over one plain backdrop pixel: what
    :class:`_PixelMaths` gives with the backdrop appended to the key, stored here only."""

    def __init__(self, maths: _PixelMaths, backdrop: int) -> None:
        super().__init__()
        self.maths = maths
        self.backdrop = backdrop
        self.channel_tables = {}
        self.pair_tables = {}
        self.code_tables = {}
        self.shadows = len(maths.colors)

    def __missing__(self, key: tuple[int, ...]) -> bytes:
        value = self[key] = self.maths.compute((*key, self.backdrop))
        return value


_BACKDROPS_LIMIT = 64  # plain backdrop colours kept per shadow maths

# Memoised pixel maths per (shadow colours, keep_source, linear): repeated renders reuse it.
_MATHS: dict[tuple[object, ...], _PixelMaths] = {}
_MATHS_LIMIT = 64


def painted_union(alpha: bytes | bytearray, shadows: Sequence[ShadowPlane]) -> bytes:
    """A plane over the region, nonzero where the source (its alpha plane ``alpha``) or some shadow
    is (or, past a row's end, where a moved source wrapped: a span one clear pixel wider looks up the
    clear key, whose result is the clear pixel or the backdrop as it is): the planes OR-ed together as
    big ints (C loops over the whole region, where stripping every plane of every row took a fifth of
    the filter's time on a text-shadow card)."""
    source = union = int.from_bytes(alpha, "little")
    reach = 0  # the largest move: the union's bytes past the region are cut off at the end
    for s in shadows:
        if s.moved >= 0:
            # A hard shadow is the source moved: its int is the source's shifted (~30 us for the
            # text-shadow card's 211 KB title band) where converting its plane costs ~150 us.
            union |= source << (8 * s.moved)
            reach = max(reach, s.moved)
        else:
            union |= int.from_bytes(s.alpha, "little")
    return union.to_bytes(len(alpha) + reach, "little")[: len(alpha)] if reach else union.to_bytes(len(alpha), "little")


def _maths_for(colors: tuple[tuple[int, int, int, int], ...], keep_source: bool, linear: bool) -> _PixelMaths:
    key = (colors, keep_source, linear)
    maths = _MATHS.get(key)
    if maths is None:
        if len(_MATHS) >= _MATHS_LIMIT:
            _MATHS.clear()
        maths = _MATHS[key] = _PixelMaths(colors, keep_source, linear)
    return maths


def stays_clear(colors: Sequence[tuple[int, int, int, int]], keep_source: bool, linear: bool) -> bool:
    """Whether the filter gives a clear pixel where the source and every shadow are clear (so that
    :func:`drop_shadows` returns None for such rows and a caller may leave them out)."""
    return _maths_for(tuple(colors), keep_source, linear)[(0, *(0 for _ in colors))] == _ZERO_PIXEL


def drop_shadows(
    source_rows: Sequence[bytes | bytearray],
    width: int,
    shadows: Sequence[ShadowPlane],
    *,
    keep_source: bool = True,
    linear: bool = True,
    backdrop_rows: Sequence[bytes | bytearray] | None = None,
    source_alpha: bytes | bytearray | None = None,
) -> list[bytes | None]:
    """The filter result over the region, one premultiplied RGBA row (``4 * width`` bytes) per row,
    None for rows the filter leaves transparent.

    ``source_rows`` are the region's premultiplied sRGB pixels; ``keep_source=False`` leaves the source
    out of the results (Satori's variant for transparent text: shadows of ``SourceAlpha`` only).
    With ``backdrop_rows`` (the destination's pixels there) the rows come back already composited onto
    them (tiny-skia's source-over), which costs nothing extra per pixel: the backdrop joins the key.
    ``source_alpha``: the source rows' alpha plane, when the caller has it.
    """
    out: list[bytes | None] = []
    spans = drop_shadow_spans(source_rows, width, shadows, keep_source=keep_source, linear=linear,
                              backdrop_rows=backdrop_rows, source_alpha=source_alpha)
    for y, span in enumerate(spans):
        if span is None:
            out.append(None)
            continue
        lo, pixels = span
        hi = lo + len(pixels) // 4
        if backdrop_rows is not None:
            back = backdrop_rows[y]
            out.append(b"".join((back[: 4 * lo], pixels, back[4 * hi :])))
        else:
            out.append(b"".join((bytes(4 * lo), pixels, bytes(4 * (width - hi)))))
    return out


def drop_shadow_spans(
    source_rows: Sequence[bytes | bytearray],
    width: int,
    shadows: Sequence[ShadowPlane],
    *,
    keep_source: bool = True,
    linear: bool = True,
    backdrop_rows: Sequence[bytes | bytearray] | None = None,
    source_alpha: bytes | bytearray | None = None,
    union: bytes | None = None,
) -> list[tuple[int, bytes | bytearray] | None]:
    """:func:`drop_shadows` as each row's painted span: ``(lo, pixels)``, the result's pixels from
    column ``lo`` on (outside them the result is clear, or with ``backdrop_rows`` the backdrop as it
    is), None for a row the filter leaves transparent. A caller writing the rows into a canvas writes
    only these (no copies of the clear ends or of the backdrop around them). ``union``: the source's
    and shadows' :func:`painted_union`, when the caller has it."""
    maths = _maths_for(tuple(s.color for s in shadows), keep_source, linear)
    if source_alpha is None:
        source_alpha = b"".join(source_rows)[3::4]
    # Where the source and every shadow are transparent the filter gives a transparent pixel (and
    # source-over onto a backdrop gives the backdrop back, byte for byte): only the span between a
    # row's first and last painted pixel is looked up, and the rest is left as it is.
    trim = maths[(0, *(0 for _ in shadows))] == _ZERO_PIXEL
    union = (union if union is not None else painted_union(source_alpha, shadows)) if trim else b""
    # A source of one colour (text): keys as one native int a pixel (shadow_codes), where they fit:
    # the source alpha and the shadows' alphas, and the backdrop pixel's four bytes where it varies.
    pixels = alpha_pixels(source_rows, width, source_alpha)
    plain_size = code_size(1 + len(shadows)) if pixels is not None else 0
    varied_size = code_size(5 + len(shadows)) if pixels is not None else 0
    if (trim and pixels is not None and backdrop_rows is not None and len(shadows) == 1
            and width <= _BLOCK_WIDTH and backdrop_rows):
        plain = _plain_pixel(backdrop_rows)
        if plain is not None:  # (a tag's glow: rows whose set-up costs what their lookups do)
            return block_spans(maths, pixels, source_alpha, shadows[0].alpha, width, union, backdrop_rows, plain)
    out: list[tuple[int, bytes | bytearray] | None] = []
    # The plain backdrop met last and its lookups (a card's backdrop is mostly one colour: the rows of
    # a text shadow look the same tables up again; ~1 us a row of method calls and key hashing).
    last_back: bytes | bytearray | None = None
    over: _Tables = maths
    over_codes: CodeTable | None = None
    for y, row in enumerate(source_rows):
        if trim:
            # the row's first and last painted pixel: one strip each way of the planes' union
            line = union[y * width : (y + 1) * width]
            rest = line.lstrip(b"\x00")
            if not rest:
                out.append(None)
                continue
            lo, hi = width - len(rest), len(line.rstrip(b"\x00"))
        else:
            lo, hi = 0, width
        spans = [s.alpha[y * width + lo : y * width + hi] for s in shadows]
        n = hi - lo
        # A row of one shadow's blur alone (above and below the glyphs: a third of a text-shadow
        # card's pixels) over a plain backdrop or none: each output byte is a function of that
        # shadow's alpha byte, four bytes.translate instead of a lookup a pixel.
        # Two shadows alone (the title's two blurred glows above and below its glyphs and their hard
        # shadows): their alphas as one 16-bit code a pixel, one lookup of a small int instead of a
        # tuple of every plane's byte (~3x faster a pixel).
        alone = -1
        pair: tuple[int, int] | None = None
        # (clear tests by comparing with zeros: one memcmp, ~8x faster than bytes.count's byte loop)
        if row[4 * lo : 4 * hi] == bytes(4 * n):
            clear = bytes(n)
            painted = [i for i, p in enumerate(spans) if p != clear]
            alone = painted[0] if len(painted) == 1 else -1
            pair = (painted[0], painted[1]) if len(painted) == 2 else None
        # Otherwise one lookup per pixel, the maths running once per distinct key: by the pixel's code
        # (a source of one colour: shadow_codes, ~45 ns a pixel) or by a short tuple of ints (the
        # source pixel as one 32-bit int, the shadows' alpha values, the backdrop pixel; ~100 ns).
        keys: Iterable[Any]
        lookup: Callable[[Any], bytes]
        if backdrop_rows is not None:
            back = backdrop_rows[y]
            first = back[4 * lo : 4 * lo + 4]
            # a plain span (a text shadow on a plain card): the span against n copies of its first
            # pixel, one memcmp (counting the copies in place is a slower search)
            if back[4 * lo : 4 * hi] == first * n:
                # The lookups go to the maths over that one backdrop pixel, keyed without it (one
                # int fewer to read and hash a pixel).
                if first != last_back:
                    last_back = first
                    over = maths.over_backdrop(int.from_bytes(first, _BYTEORDER))
                    over_codes = over.codes(pixels, plain_size, False) if plain_size and pixels is not None else None
                out.append((lo, _over_plain(over, over_codes, plain_size, alone, pair, row, lo, hi, spans)))
                continue
            if varied_size and pixels is not None and n >= _SPLIT_MIN:
                if last_back is None:  # (the span's rows come before any plain one: the subtitle's)
                    last_back = _plain_pixel(backdrop_rows)
                    if last_back is not None:
                        over = maths.over_backdrop(int.from_bytes(last_back, _BYTEORDER))
                        over_codes = over.codes(pixels, plain_size, False) if plain_size else None
            if last_back is not None and varied_size and pixels is not None and n >= _SPLIT_MIN:
                # A span whose backdrop varies over part of it only: a tag's glow reaching into its
                # neighbour's, the subtitle under the title's glow (the text-shadow card's 149 such
                # rows: 26.7k of their 31.3k pixels on the card's colour, the rest one stretch a row,
                # often one pixel). The stretch that differs from the plain backdrop met last is found
                # by one XOR of big ints (its lowest and highest set bit); the ends on either side are
                # looked up over that plain pixel (a translate, 2-byte codes), only the stretch by the
                # 8-byte codes that carry the backdrop (~70 ns a pixel against ~10-45).
                a, b = _differing(back, lo, hi, last_back)
                if n - (b - a) >= _SPLIT_MIN:
                    parts: list[bytes | bytearray] = []
                    if a > lo:
                        parts.append(_over_plain(over, over_codes, plain_size, alone, pair, row, lo, a,
                                                 [s[: a - lo] for s in spans]))
                    parts.append(b"".join(map(maths.codes(pixels, varied_size, True).__getitem__,
                                              row_codes(varied_size, row[4 * a + 3 : 4 * b : 4],
                                                        [s[a - lo : b - lo] for s in spans], back[4 * a : 4 * b]))))
                    if hi > b:
                        parts.append(_over_plain(over, over_codes, plain_size, alone, pair, row, b, hi,
                                                 [s[b - lo :] for s in spans]))
                    out.append((lo, b"".join(parts)))
                    continue
            if varied_size and pixels is not None:
                keys = row_codes(varied_size, row[4 * lo + 3 : 4 * hi : 4], spans, back[4 * lo : 4 * hi])
                lookup = maths.codes(pixels, varied_size, True).__getitem__
            else:
                keys = zip(array(_PIXEL, row[4 * lo : 4 * hi]), *spans, array(_PIXEL, back[4 * lo : 4 * hi]),
                           strict=True)
                lookup = maths.__getitem__
        else:
            if alone >= 0:
                out.append((lo, _translated(spans[alone], maths.tables(alone))))
                continue
            if pair is not None:
                codes = _pair_codes(spans, *pair)
                out.append((lo, joined_pixels(maths.pair(*pair), codes)))
                continue
            if plain_size and pixels is not None:
                keys = row_codes(plain_size, row[4 * lo + 3 : 4 * hi : 4], spans)
                lookup = maths.codes(pixels, plain_size, False).__getitem__
            else:
                keys, lookup = zip(array(_PIXEL, row[4 * lo : 4 * hi]), *spans, strict=True), maths.__getitem__
        out.append((lo, b"".join(map(cast("Callable[[Any], bytes]", lookup), keys))))
    return out


# One-shadow filters this narrow (a tag's glow) go to shadow_block.block_spans: all their rows' spans looked
# up at once. Wider ones (a subtitle's) keep the row loop, whose rows of the shadow alone are translates.
_BLOCK_WIDTH = 320

# Pixels over the plain backdrop a span must keep for its split to pay: the split costs ~2-3 us a row
# (the XOR and the pieces), each pixel moved off the 8-byte codes saves ~25-60 ns.
_SPLIT_MIN = 256


def _differing(back: bytes | bytearray, lo: int, hi: int, pixel: bytes | bytearray) -> tuple[int, int]:
    """The columns ``[a, b)`` of ``back`` (RGBA, a row) between ``lo`` and ``hi`` outside which every pixel
    is ``pixel``; ``a == b`` when all are. One XOR of the span and copies of the pixel as big ints
    (little-endian: pixel ``i`` is bits ``32 i .. 32 i + 31``), read by its lowest and highest set bit."""
    n = hi - lo
    diff = int.from_bytes(back[4 * lo : 4 * hi], "little") ^ int.from_bytes(pixel * n, "little")
    if not diff:
        return hi, hi
    return lo + ((diff & -diff).bit_length() - 1) // 32, lo + (diff.bit_length() + 31) // 32


def _plain_pixel(rows: Sequence[bytes | bytearray]) -> bytes | bytearray | None:
    """The pixel of the region's last or first backdrop row when that row is one colour (the card's
    colour around a text shadow), else None."""
    for row in (rows[-1], rows[0]):
        if row and row == row[:4] * (len(row) // 4):
            return row[:4]
    return None


def _over_plain(over: _Tables, over_codes: CodeTable | None, size: int, alone: int, pair: tuple[int, int] | None,
                row: bytes | bytearray, lo: int, hi: int, spans: Sequence[bytes | bytearray]) -> bytes | bytearray:
    """The output pixels of columns ``lo .. hi`` of a row (``spans``: the shadows' alphas there)
    over the plain backdrop pixel whose lookups are ``over`` (``over_codes`` its code table, of ``size``
    bytes, when the source is one colour): one shadow alone by four translates, two alone by 16-bit
    codes, else by the source's and shadows' codes or tuples."""
    if alone >= 0:
        return _translated(spans[alone], over.tables(alone))
    if pair is not None:
        return joined_pixels(over.pair(*pair), _pair_codes(spans, *pair))
    if over_codes is not None:
        return joined_pixels(over_codes, row_codes(size, row[4 * lo + 3 : 4 * hi : 4], spans))
    return b"".join(map(over.__getitem__, zip(array(_PIXEL, row[4 * lo : 4 * hi]), *spans, strict=True)))


def _translated(alpha: bytes | bytearray, tables: tuple[bytes, bytes, bytes, bytes]) -> bytearray:
    """The pixels that ``tables`` (one per channel, over an alpha byte) give a row of alpha bytes."""
    pixels = bytearray(4 * len(alpha))
    for channel, table in enumerate(tables):
        pixels[channel::4] = alpha.translate(table)
    return pixels


__all__ = ["ShadowPlane", "drop_shadow_spans", "drop_shadows", "flood_in_table", "flood_pixel", "painted_union",
           "stays_clear", "TO_LINEAR", "TO_SRGB"]


caches.register("raster.drop_shadows", _convert_channel, *_CONVERTED, _OVER_BYTES, _OVER_PIXELS, flood_in_table,
                _MATHS)
