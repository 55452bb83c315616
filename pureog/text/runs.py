"""Text that Next.js draws wrongly, laid out as a browser does: itemized runs, full shaping, bidi.

Input: strings of one text node (words to measure, lines to draw with their bidi levels), its font
chain, size, letter spacing and shaping mode. Output: widths, and a line's :class:`Piece` list in
visual order (glyph runs as :class:`~pureog.text.shaping.ShapedRun` with explicit glyph positions, and
emoji images).

A string is cut into items at grapheme boundaries: runs of one bidi level, one resolved script
(:mod:`pureog.text.itemize`) and one face (the first face of the chain that has the grapheme's first
character, as the browsers' per-cluster fallback does). Items are shaped one of two ways:

* :func:`pureog.text.ot.shape` (HarfBuzz's shaping: GSUB / GPOS, joining forms, marks, reordering,
  mirroring in right-to-left runs) for runs of :data:`~pureog.text.itemize.COMPLEX_SCRIPTS`, for runs
  at an odd (right-to-left) level, and for every run when features are asked for
  (``font-feature-settings``, or the ``features="browser"`` option);
* otherwise opentype.js's emulation (:func:`pureog.text.shaping.shape`), so Latin, Greek, Cyrillic,
  CJK ... inside a mixed paragraph keep Satori's advances and kerning.

Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pureog.text.fonts import FontChain, FontFace
from pureog.text.itemize import COMMON, COMPLEX_SCRIPTS, INHERITED, UNKNOWN, resolved_scripts
from pureog.text.linebreak import graphemes
from pureog.text.shaping import ShapedRun, shape
from pureog.text.variants import SPACED_CHARACTERS, caps_plan, case_runs, synthetic_size

if TYPE_CHECKING:
    from pureog.text.ot.shape import ShapedGlyph

Features = tuple[tuple[str, int], ...]
Item = tuple[str, int, str | None, FontFace | None, bool, int]
_RTL_SCRIPTS = frozenset(("Arab", "Syrc", "Hebr", "Thaa", "Nkoo", "Samr", "Mand", "Adlm"))

LAYOUT_UNIT = 64.0
"""Chromium's ``LayoutUnit``: 1/64 px fixed point."""


def ceil_unit(value: float) -> float:
    """``LayoutUnit::FromFloatCeil``: a text item's snapped width on a line (``ShapeResult::SnappedWidth``)."""
    return math.ceil(value * LAYOUT_UNIT - 1e-9) / LAYOUT_UNIT


def chromium_advance(units: float, size: float, units_per_em: int) -> float:
    """A glyph advance of ``units`` font units as Blink gets it on Linux (px).

    Skia reads FreeType's linear advance, ``FT_MulDiv(units, x_scale, 64)``: 16.16 fixed point at
    FreeType's scale, itself a rounded 16.16 number (``FT_DivFix(size * 64, units_per_em)``), which
    HarfBuzz keeps as is. So a run is a few 1/65536 px off ``units * size / units_per_em`` (18 px
    Geist: 0.0006 % narrower, 12 px: 0.0007 % wider), which decides where its width snaps up to a
    layout unit (:func:`ceil_unit`): ``template`` at 18 px is 73.42154 px, 73.421875 snapped, not
    73.422 -> 73.4375.
    """
    x_scale = math.floor(size * 64.0 * 65536.0 / units_per_em + 0.5)
    return math.floor(units * x_scale / 64.0 + 0.5) / 65536.0


class Piece:
    """One visual item of a line: a glyph run (``shaped``) or an emoji image (``image``)."""

    __slots__ = ("text", "width", "shaped", "image")

    def __init__(self, text: str, width: float, shaped: ShapedRun | None, image: bool = False) -> None:
        self.text = text
        self.width = width
        self.shaped = shaped
        self.image = image


class ComplexText:
    """Shapes and measures the text of one style (font chain, size, spacing, features)."""

    __slots__ = ("chain", "font_size", "letter_spacing", "features", "all_ot", "is_image", "language", "unspaced",
                 "word_spacing", "caps", "emoji", "chromium", "dotted_circles", "spacing_per_char", "_widths")

    def __init__(self, chain: FontChain, font_size: float, letter_spacing: float, features: Features,
                 all_ot: bool, is_image: Callable[[str], bool], language: str = "",
                 unspaced: frozenset[str] = frozenset(), word_spacing: float = 0.0, caps: str = "normal",
                 emoji: str = "normal", chromium: bool = False) -> None:
        self.chain = chain
        self.font_size = font_size
        self.letter_spacing = letter_spacing
        self.word_spacing = word_spacing
        """Added after each space and no-break space (CSS ``word-spacing``; OpenType-shaped runs)."""
        self.caps = caps
        """``font-variant-caps`` (:mod:`pureog.text.variants`; OpenType-shaped runs)."""
        self.emoji = emoji
        """``font-variant-emoji`` (:mod:`pureog.text.emoji_variant`; OpenType-shaped runs)."""
        self.unspaced = unspaced
        """Scripts whose runs get no letter spacing (Chromium's cursive scripts in inline contexts)."""
        self.features = features
        self.all_ot = all_ot
        """Shape every run with the OpenType engine (features asked for), not only complex ones."""
        self.is_image = is_image
        self.language = language or None
        """The element's ``lang`` (BCP 47): the OpenType language system, as Chromium gives HarfBuzz
        the content language (``locl`` forms: Serbian Cyrillic, Japanese or Chinese Han, ...)."""
        self.dotted_circles = True
        """Broken clusters (a vowel sign with no consonant) drawn after a dotted circle, as HarfBuzz and
        Chromium draw them; off in Satori's lines, where Next.js draws the sign alone, as wide as itself
        (:attr:`~pureog.text.line_flow.FontEngine.satori_lines`)."""
        self.spacing_per_char = False
        """Satori's lines (:attr:`~pureog.text.line_flow.FontEngine.satori_lines`): letter spacing as
        many times after a cluster as it has characters (Next.js spaces every glyph of its cmap drawing,
        one per character, ``दा`` twice, where CSS spaces the cluster once; the cluster's own glyphs stay
        together), and a character its grapheme's face lacks drawn from the first face that has it, as
        opentype.js falls back per character (``_ા``: Geist's underscore, then the Gujarati sign), not
        as ``.notdef``."""
        self.chromium = chromium
        """OpenType-shaped advances as Chromium gets them (:func:`chromium_advance`): text laid out as
        Chromium lays it out (``features: browser``, inline formatting contexts), not Satori's."""
        self._widths: dict[object, float] = {}

    # ------------------------------------------------------------------ items

    def _items(self, text: str, levels: Sequence[int] | None, given: Sequence[str] | None = None,
               run_face: FontFace | None = None) -> list[Item]:
        """``(text, level, script, face, image, case)`` in logical order; ``face`` None: opentype.js
        emulation; ``case``: the case class of a run cut by case for ``font-variant-caps`` (else 0).

        Without ``levels`` (measuring a word), a run takes its script's own direction; ``given``: the
        characters' scripts as their paragraph resolves them (a piece of an inline formatting context),
        else resolved in ``text`` (:func:`~pureog.text.itemize.resolved_scripts`); ``run_face``: the face
        a Satori segment is drawn with (:meth:`line`), which takes every grapheme it maps."""
        scripts = resolved_scripts(text) if given is None else given
        items: list[Item] = []
        key: tuple[object, ...] | None = None
        start = 0
        pos = 0
        cases = _case_classes(text) if self.caps != "normal" else None
        if self.emoji != "normal":  # (font-variant-emoji's faces load where it is set)
            from pureog.text.emoji_variant import presentation_face  # noqa: PLC0415
        units = graphemes(text)
        if self.spacing_per_char:
            units = [piece for g in units for piece in self._face_pieces(g, run_face)]
        for g in units:
            script = scripts[pos]
            if levels is not None:
                level = levels[pos]
            else:
                level = 1 if script in _RTL_SCRIPTS else 0
            # font-variant-emoji: a face of the presentation asked for draws the pictograph, even one
            # the emoji images would draw (a variation selector no font maps makes it an image)
            chosen = presentation_face(self.chain, g, self.emoji) if self.emoji != "normal" else None
            image = chosen is None and self.is_image(g)
            use_ot = self.all_ot or bool(level & 1) or script in COMPLEX_SCRIPTS
            face = (chosen or self._grapheme_face(g, run_face)) if use_ot and not image else None
            case = 0
            if cases is not None and face is not None and caps_plan(face, _ot_script(script), self.caps).splits:
                case = cases[pos]
            new_key: tuple[object, ...] = (("img", pos, level) if image else
                                           (level, script if use_ot else None, face, case))
            if new_key != key:
                if key is not None:
                    items.append(self._item(text[start:pos], key))
                key = new_key
                start = pos
            pos += len(g)
        if key is not None:
            items.append(self._item(text[start:pos], key))
        return items

    def _grapheme_face(self, grapheme: str, run_face: FontFace | None) -> FontFace:
        """The face that draws ``grapheme``: ``run_face`` when it maps all of it (format characters and
        variation selectors aside), else the first face of the chain with its first character."""
        if run_face is not None and all(run_face.has_code_point(ord(ch)) or _ignorable(ch) for ch in grapheme):
            return run_face
        return self.chain.resolve(grapheme)

    def _face_pieces(self, grapheme: str, run_face: FontFace | None = None) -> list[str]:
        """``grapheme`` cut where a character is missing from the face that draws the grapheme's first
        character (format characters and variation selectors aside): opentype.js's per-character
        fallback."""
        if len(grapheme) == 1 or self.is_image(grapheme):  # (an emoji stays one picture)
            return [grapheme]
        face = self._grapheme_face(grapheme[0], run_face)
        pieces = [grapheme[0]]
        current = face
        for ch in grapheme[1:]:
            own = face if face.has_code_point(ord(ch)) or _ignorable(ch) else self.chain.resolve(ch)
            if own is current:
                pieces[-1] += ch
            else:
                pieces.append(ch)
                current = own
        return pieces

    @staticmethod
    def _item(text: str, key: tuple[object, ...]) -> Item:
        if key[0] == "img":
            return (text, key[2], None, None, True, 0)  # type: ignore[return-value]
        level, script, face, case = key
        return (text, level, script, face, False, case)  # type: ignore[return-value]

    def _shape(self, text: str, level: int, script: str | None, face: FontFace | None,
               context: tuple[str, str] = ("", ""), case: int = 0, run_face: FontFace | None = None) -> ShapedRun:
        if face is None:
            return shape(self.chain, text, self.font_size, self.letter_spacing, face=run_face)
        return self._shape_ot(text, level, script, face, context, case)

    def _shape_ot(self, text: str, level: int, script: str | None, face: FontFace,
                  context: tuple[str, str] = ("", ""), case: int = 0) -> ShapedRun:
        from pureog.text.ot import shape as ot_shape  # noqa: PLC0415  (loads with the first complex run)

        text = text.replace("\n", "")
        ot_script = _ot_script(script)
        size = self.font_size
        features = dict(self.features) if self.features else None
        if self.caps != "normal":  # capitals (Blink's OpenTypeCapsSupport: pureog/text/variants.py)
            plan = caps_plan(face, ot_script, self.caps)
            if plan.features(case):
                features = {**(features or {}), **dict.fromkeys(plan.features(case), 1)}
            mapping = plan.case_map(case)
            text = text.upper() if mapping == "upper" else text.lower() if mapping == "lower" else text
            if plan.synthetic(case):
                size = synthetic_size(size)
        glyphs = ot_shape(face, text, ot_script, self.language, "rtl" if level & 1 else "ltr", features, context,
                          self.dotted_circles)
        scale = size / face.units_per_em
        spacing = self.letter_spacing
        word_spacing = self.word_spacing
        # Chromium's inline layout spaces no character of a run in a cursive script (its digits and
        # punctuation, Common characters that take the run's script, included); white space keeps it
        unspaced = script in self.unspaced
        xs: list[float] = []
        dys: list[float] = []
        advances: list[float] = []
        x = 0.0
        count = len(glyphs)
        upem = face.units_per_em
        chromium = self.chromium
        # Satori's lines: a cluster of one glyph per character (a letter and its AA sign) is spaced after
        # every glyph, as Next spaces them; any other (a conjunct, a reordered matra) after the cluster
        per_glyph = _one_glyph_per_char(glyphs, len(text)) if spacing and self.spacing_per_char else set()
        for k, g in enumerate(glyphs):
            xs.append(x + g.x_offset * scale)
            dys.append(-g.y_offset * scale)
            advances.append(float(g.x_advance))
            x += chromium_advance(g.x_advance, size, upem) if chromium else g.x_advance * scale
            if g.cluster in per_glyph:
                x += spacing
                if word_spacing and (k + 1 == count or glyphs[k + 1].cluster != g.cluster) \
                        and text[g.cluster] in SPACED_CHARACTERS:
                    x += word_spacing
                continue
            if (spacing or word_spacing) and (k + 1 == count or glyphs[k + 1].cluster != g.cluster):
                if spacing and not (unspaced and g.cluster < len(text) and not text[g.cluster].isspace()):
                    # CSS letter-spacing: after each character (cluster), not each glyph
                    x += spacing * _chars_in_cluster(glyphs, k, len(text)) if self.spacing_per_char else spacing
                if word_spacing and g.cluster < len(text) and text[g.cluster] in SPACED_CHARACTERS:
                    x += word_spacing  # CSS word-spacing: after each space (Blink's ShapeResultSpacing)
        return ShapedRun(face, size, (face,) * count, tuple(g.glyph for g in glyphs), (1.0,) * count, tuple(xs), x,
                         tuple(advances), (0.0,) * max(count - 1, 0), spacing, tuple(dys))

    # ------------------------------------------------------------------ public

    def measure(self, text: str, scripts: tuple[str, ...] | None = None, joins: tuple[str, str] = ("", "")) -> float:
        """The width of ``text`` shaped on its own (a word, a grapheme, an ellipsis); ``scripts``: its
        characters' scripts as its paragraph resolves them; ``joins``: the text around it that its
        ends join (:meth:`line`)."""
        key: object = text if scripts is None and joins == ("", "") else (text, scripts, joins)
        width = self._widths.get(key)
        if width is None:
            width = 0.0
            items = self._items(text, None, scripts)
            for k, (item_text, level, script, face, image, case) in enumerate(items):
                if image:
                    width += self.font_size
                else:
                    width += self._shape(item_text, level, script, face, _ends(joins, k, len(items)), case).advance
            if len(self._widths) > 4096:
                self._widths.clear()
            self._widths[key] = width
        return width

    def line(self, text: str, levels: Sequence[int], scripts: Sequence[str] | None = None,
             joins: tuple[str, str] = ("", ""),
             cut_joins: tuple[dict[int, str], dict[int, str]] | None = None,
             run_face: FontFace | None = None) -> list[Piece]:
        """The pieces of one line (logical ``text``, its levels after rule L1), in visual order (L2);
        ``joins``: the text before ``text`` (nearest first) and after it, which HarfBuzz reads as the
        buffer's context (Arabic letters join across the ends: a word that continues in another box);
        ``cut_joins``: for an item starting at a position of ``text``, the letter cut away before it
        that it joined, and for one ending at a position, the letter cut away after it that joined it
        (an ellipsis cut inside a word: the kept letters keep their joined forms); ``run_face``: in
        Satori's lines, the face of the segment's first grapheme, which Satori draws the whole segment
        with (``getSVG`` resolves one font a segment, opentype.js falling back per character): a word
        that starts in Devanagari takes its hyphen, comma and digits from that face, which maps them,
        not from the chain's first face."""
        from pureog.text.bidi import visual_order  # noqa: PLC0415

        items = self._items(text, levels, scripts, run_face)
        pieces: list[Piece] = []
        at = 0
        for k, (item_text, level, script, face, image, case) in enumerate(items):
            if image:
                pieces.append(Piece(item_text, self.font_size, None, True))
            else:
                context = _ends(joins, k, len(items))
                if cut_joins and at in cut_joins[0]:
                    context = (cut_joins[0][at], context[1])
                if cut_joins and at + len(item_text) in cut_joins[1]:
                    context = (context[0], cut_joins[1][at + len(item_text)])
                shaped = self._shape(item_text, level, script, face, context, case, run_face)
                pieces.append(Piece(item_text, shaped.advance, shaped))
            at += len(item_text)
        return [pieces[k] for k in visual_order([it[1] for it in items])]


def _ignorable(ch: str) -> bool:
    """A format character (ZWJ, ZWNJ, ...) or a variation selector: no face needs to map it."""
    return unicodedata.category(ch) == "Cf" or "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


def _one_glyph_per_char(glyphs: Sequence[ShapedGlyph], length: int) -> set[int]:
    """The clusters (by start) of more than one glyph that have as many glyphs as characters."""
    counts: dict[int, int] = {}
    for g in glyphs:
        counts[g.cluster] = counts.get(g.cluster, 0) + 1
    starts = sorted(counts)
    ends = starts[1:] + [length]
    return {s for s, e in zip(starts, ends, strict=True) if counts[s] > 1 and counts[s] == e - s}


def _chars_in_cluster(glyphs: Sequence[ShapedGlyph], k: int, length: int) -> int:
    """The characters of the cluster glyph ``k`` ends (left to right: up to the next cluster's start)."""
    end: int = glyphs[k + 1].cluster if k + 1 < len(glyphs) else length
    return max(end - glyphs[k].cluster, 1)


def _ends(joins: tuple[str, str], k: int, count: int) -> tuple[str, str]:
    """The context of item ``k`` of ``count``: the text's own context at its ends."""
    return (joins[0] if k == 0 else "", joins[1] if k == count - 1 else "")


def _ot_script(script: str | None) -> str | None:
    """The script the OpenType engine is given (None: the font's default script)."""
    return None if script in (None, COMMON, INHERITED, UNKNOWN) else script


def _case_classes(text: str) -> list[int]:
    """Each character's case class (:func:`pureog.text.variants.case_runs`)."""
    out = [0] * len(text)
    for start, end, case in case_runs(text):
        out[start:end] = [case] * (end - start)
    return out
