"""The text of one inline box's style in an inline formatting context: widths, glyphs and metrics.

Role: a :class:`~pureog.style.computed.ComputedStyle` and the render's fonts -> :class:`InlineFont`:
advance widths of strings, positioned glyphs to draw, and the font metrics that line boxes are built
from, rounded as Chromium rounds them (ascent and descent to whole px, as Skia's ``SimpleFontData``;
the half-leading floored to whole px, as LayoutNG's ``CalculateLeadingSpace``).

Text is measured as the rest of pureog measures it in the same mode: glyph advances only (no kerning,
no ligatures, which is what the Chromium oracle's pages ask for, ``font-kerning: none``) unless the
render has ``features: browser`` or the text needs full shaping (:mod:`pureog.text.runs`: HarfBuzz's
default features, kerning included). Within one font and style, a width is the sum of its glyphs'
advances, so a string's width is the same whether measured whole or in pieces.
Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
import struct
import unicodedata
from collections.abc import Sequence

from pureog.path import Path
from pureog.style.computed import ComputedStyle
from pureog.text.color_glyphs import draws_in_color
from pureog.text.fonts import FontFace, FontLibrary
from pureog.text.itemize import has_complex
from pureog.text.ot._arabic_joining import JOINING
from pureog.text.outline import glyph_outline
from pureog.text.runs import LAYOUT_UNIT, ComplexText, ceil_unit, chromium_advance
from pureog.text.shaping import shape
from pureog.text.variants import style_features, word_spacing_px


def snap_down(value: float) -> float:
    """``LayoutUnit::FromFloatFloor``."""
    return math.floor(value * LAYOUT_UNIT) / LAYOUT_UNIT


def snap(value: float) -> float:
    """``LayoutUnit(float)``: toward zero at 1/64 px."""
    return math.trunc(value * LAYOUT_UNIT) / LAYOUT_UNIT


_PLAIN = (("kern", 0), ("liga", 0), ("clig", 0), ("calt", 0))
"""Features off where the Chromium pages turn them off (``font-kerning: none``, ``font-variant-ligatures:
none``); required ones (Arabic joining, ``rlig``, marks) stay on."""


_CURSIVE = frozenset(("Arab", "Syrc", "Nkoo", "Mand", "Mong", "Adlm", "Rohg"))
"""Cursive scripts, which Chromium draws without letter spacing (it would break their joins)."""


class Glyph:
    """One glyph to draw: its outline at the origin and its pen position (px from the run's start, y down);
    ``face`` / ``gid`` / ``size`` set for a colour glyph (COLR, CBDT, sbix: an emoji font's), which
    Chromium draws in colour instead of its outline (often empty)."""

    __slots__ = ("path", "x", "dy", "face", "gid", "size")

    def __init__(self, path: Path, x: float, dy: float, face: FontFace | None = None, gid: int = 0,
                 size: float = 0.0) -> None:
        self.path = path
        self.x = x
        self.dy = dy
        self.face = face
        self.gid = gid
        self.size = size


def _glyph(face: FontFace, gid: int, path: Path, x: float, dy: float, size: float) -> Glyph | None:
    """The glyph to draw, in colour where the face has a colour glyph (any, as Chromium draws them),
    else its outline; None for an empty outline (a space)."""
    if draws_in_color(face, gid, bool(path.segments), "browser"):
        return Glyph(path, x, dy, face, gid, size)
    return Glyph(path, x, dy) if path.segments else None


class InlineFont:
    """Widths, glyphs and metrics of one style's text."""

    __slots__ = ("chain", "size", "spacing", "complex", "_scripts", "ascent", "descent", "line_height", "lead_top",
                 "x_height", "_widths")

    def __init__(self, style: ComputedStyle, fonts: FontLibrary) -> None:
        # laid out as Chromium lays it out: a bold or oblique face the family lacks is synthesized
        self.chain = fonts.chain(style.font_family, style.font_weight, style.font_style, style.font_size,
                                 style.font_variation_settings, synthesize=True)
        self.size = float(style.font_size)
        self.spacing = float(style.letter_spacing)
        browser = getattr(fonts, "features", "satori") == "browser" or bool(self.chain.primary.axes)
        self.complex: ComplexText | None = None
        """The shaper of all text (``features: browser``, a variable font or ``fontFeatureSettings``)."""
        self._scripts: ComplexText | None = None
        features = settings = style_features(style)  # (kerning and variants: features: browser only)
        if self.spacing:  # CSS Text 3 §8.2 (and Chromium): letter spacing turns optional ligatures off
            features = (("liga", 0), ("clig", 0), *features)
        if browser or settings:
            self.complex = ComplexText(self.chain, self.size, self.spacing, features, True, lambda g: False,
                                       word_spacing=word_spacing_px(style), caps=style.font_variant_caps,
                                       emoji=style.font_variant_emoji, chromium=True)
        self._widths: dict[object, float] = {}
        face = self.chain.primary
        scale = self.size / face.units_per_em
        self.ascent = float(math.floor(face.ascender * scale + 0.5))
        self.descent = float(math.floor(-face.descender * scale + 0.5))
        content = self.ascent + self.descent
        self.line_height = content if style.line_height is None else snap(self.size * style.line_height)
        self.lead_top = float(math.floor((self.line_height - content) / 2.0))
        """The half-leading above the ascent, floored to whole px (``LayoutUnit::Floor``); the rest of the
        leading goes below the descent."""
        self.x_height = _x_height(face) * scale

    def scripts(self, scripts: Sequence[str]) -> tuple[str, ...] | None:
        """A text's scripts as its paragraph resolves them (Chromium segments scripts over the whole
        paragraph: digits after an Arabic word, in whatever box, continue its run), as this style's
        measures need them: letter spacing depends on them (Chromium spaces no character of a cursive
        script's run but white space), and so does OpenType shaping (``features: browser``): the script
        chooses the font's lookups, and HarfBuzz applies GPOS to a Hebrew run only where the font lists
        ``hebr`` (Geist does not: the digits of ``4567 שיר`` in a span of their own are not kerned).
        None where neither applies (plain advances without spacing: the script changes nothing)."""
        if self.complex is not None or (self.spacing and any(s in _CURSIVE for s in scripts)):
            return tuple(scripts)
        return None

    def _shaper(self, text: str, level: int = 0, scripts: tuple[str, ...] | None = None) -> ComplexText | None:
        """The shaper for ``text``: HarfBuzz's for a complex script or right-to-left text (``level`` odd:
        mirrored brackets) or a cursive script's run (``scripts``, :meth:`scripts`), with kerning and
        the optional ligatures off as on the Chromium pages (``font-kerning: none;
        font-variant-ligatures: none``); None: glyph advances only."""
        if self.complex is not None:
            return self.complex
        if level & 1 or scripts is not None or (not text.isascii() and has_complex(text)):
            if self._scripts is None:
                self._scripts = ComplexText(self.chain, self.size, self.spacing, _PLAIN, False, lambda g: False,
                                            unspaced=_CURSIVE, chromium=True)
            return self._scripts
        return None

    def width(self, text: str, scripts: tuple[str, ...] | None = None, joins: tuple[str, str] = ("", "")) -> float:
        """The advance width of ``text`` (letter spacing after every character); ``scripts``:
        :meth:`scripts` of its characters in its paragraph; ``joins``: :func:`joining_context`."""
        key: object = text if scripts is None and joins == ("", "") else (text, scripts, joins)
        hit = self._widths.get(key)
        if hit is None:
            shaper = self._shaper(text, 0, scripts)
            if shaper is not None:
                hit = shaper.measure(text, scripts, joins)
            else:
                hit = sum(x for x, _ in self._advances(text))
            if len(self._widths) > 4096:
                self._widths.clear()
            self._widths[key] = hit
        return hit

    def _segments(self, text: str) -> list[str]:
        """``text`` cut where the face changes, each character in the first face that has it (Chromium's
        fallback; Satori's resolves whole words by their first character: a space between two Latin
        words is the Latin face's there, the primary face's in Chromium)."""
        faces = self.chain.faces
        if len(faces) < 2 or len(text) < 2:
            return [text]
        out: list[str] = []
        start, face = 0, self.chain.resolve(text[0])
        for k in range(1, len(text)):
            this = self.chain.resolve(text[k])
            if this is not face:
                out.append(text[start:k])
                start, face = k, this
        out.append(text[start:])
        return out

    def _advances(self, text: str) -> list[tuple[float, tuple[FontFace, int, float]]]:
        out: list[tuple[float, tuple[FontFace, int, float]]] = []
        for segment in self._segments(text):
            run = shape(self.chain, segment, self.size, self.spacing)
            upem = run.face.units_per_em
            out += [(chromium_advance(adv, self.size, upem) + self.spacing, (face, gid, s))
                    for adv, face, gid, s in zip(run.advances_fu, run.glyph_faces, run.glyph_ids, run.glyph_scales,
                                                 strict=True)]
        return out

    def glyphs(self, text: str, level: int = 0, scripts: tuple[str, ...] | None = None,
               joins: tuple[str, str] = ("", "")) -> list[Glyph]:
        """The glyphs of ``text`` with pen positions from 0 (advances only, or fully shaped), in visual
        order; ``level``: its bidi level (odd: shaped right to left, brackets mirrored); ``scripts``:
        :meth:`scripts` of its characters in its paragraph; ``joins``: :func:`joining_context`."""
        out: list[Glyph] = []
        shaper = self._shaper(text, level, scripts)
        if shaper is not None:
            x = 0.0
            for piece in shaper.line(text, [level] * len(text), scripts, joins):
                shaped = piece.shaped
                if shaped is not None:
                    dys = shaped.glyph_dy or (0.0,) * len(shaped.glyph_ids)
                    for gid, gx, dy in zip(shaped.glyph_ids, shaped.x_offsets, dys, strict=True):
                        path = glyph_outline(shaped.face, gid, shaped.font_size)  # (small capitals: smaller)
                        glyph = _glyph(shaped.face, gid, path, x + gx, dy, shaped.font_size)
                        if glyph is not None:
                            out.append(glyph)
                x += piece.width
            return out
        x = 0.0
        for segment in self._segments(text):
            run = shape(self.chain, segment, self.size, self.spacing)
            upem = run.face.units_per_em
            for adv, face, gid, s in zip(run.advances_fu, run.glyph_faces, run.glyph_ids, run.glyph_scales,
                                         strict=True):
                path = glyph_outline(face, gid, self.size) if face is run.face else glyph_outline(
                    face, gid, self.size, s, upem)
                glyph = _glyph(face, gid, path, x, 0.0, self.size)
                if glyph is not None:
                    out.append(glyph)
                x += chromium_advance(adv, self.size, upem) + self.spacing
        return out


_TRANSPARENT = 6
"""Joining type T in :data:`JOINING`."""


def joining_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The letters around ``text[start:end]`` that its ends may join (Arabic, Syriac, ...): the nearest
    character before and after it that is not transparent (a mark), when it joins; else "". Chromium
    shapes each piece of a paragraph with the paragraph's text as HarfBuzz's context, so a word that
    continues in another box (another size, colour) keeps its joined forms across the boundary."""
    return _joiner(text, start - 1, -1), _joiner(text, end, 1)


def _joiner(text: str, at: int, step: int) -> str:
    while 0 <= at < len(text):
        ch = text[at]
        kind = JOINING.get(ord(ch))
        if kind == _TRANSPARENT or (kind is None and unicodedata.category(ch) in ("Mn", "Me", "Cf")):
            at += step  # a mark: look past it
            continue
        return ch if kind else ""
    return ""


def _x_height(face: FontFace) -> float:
    """OS/2 ``sxHeight`` (version 2 and later) in font units, else half the em (Chromium measures the
    ``x`` glyph then; rare in real fonts)."""
    try:
        data = face.table_data("OS/2")
        if len(data) >= 88 and struct.unpack_from(">H", data, 0)[0] >= 2:
            value = struct.unpack_from(">h", data, 86)[0]
            if value > 0:
                return float(value)
    except Exception:  # noqa: BLE001 - a damaged table only loses the x-height
        pass
    return float(face.units_per_em) / 2.0


class FontCache:
    """One :class:`InlineFont` per distinct text style of a render."""

    __slots__ = ("fonts", "_cache")

    def __init__(self, fonts: FontLibrary) -> None:
        self.fonts = fonts
        self._cache: dict[tuple[object, ...], InlineFont] = {}

    def get(self, style: ComputedStyle) -> InlineFont:
        key = (style.font_family, style.font_weight, style.font_style, style.font_size, style.letter_spacing,
               style.line_height, style.font_variation_settings, style.font_feature_settings, style.word_spacing,
               style.font_kerning, style.font_variant_caps, style.font_variant_ligatures, style.font_variant_numeric,
               style.font_variant_east_asian, style.font_variant_position, style.font_variant_emoji)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = InlineFont(style, self.fonts)
        return hit


__all__ = ["LAYOUT_UNIT", "FontCache", "Glyph", "InlineFont", "ceil_unit", "joining_context", "snap", "snap_down"]
