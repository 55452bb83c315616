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

from collections.abc import Callable, Sequence

from pureog.text.fonts import FontChain, FontFace
from pureog.text.itemize import COMMON, COMPLEX_SCRIPTS, INHERITED, UNKNOWN, resolved_scripts
from pureog.text.linebreak import graphemes
from pureog.text.shaping import ShapedRun, shape

Features = tuple[tuple[str, int], ...]
_RTL_SCRIPTS = frozenset(("Arab", "Syrc", "Hebr", "Thaa", "Nkoo", "Samr", "Mand", "Adlm"))


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
                 "_widths")

    def __init__(self, chain: FontChain, font_size: float, letter_spacing: float, features: Features,
                 all_ot: bool, is_image: Callable[[str], bool], language: str = "",
                 unspaced: frozenset[str] = frozenset()) -> None:
        self.chain = chain
        self.font_size = font_size
        self.letter_spacing = letter_spacing
        self.unspaced = unspaced
        """Scripts whose runs get no letter spacing (Chromium's cursive scripts in inline contexts)."""
        self.features = features
        self.all_ot = all_ot
        """Shape every run with the OpenType engine (features asked for), not only complex ones."""
        self.is_image = is_image
        self.language = language or None
        """The element's ``lang`` (BCP 47): the OpenType language system, as Chromium gives HarfBuzz
        the content language (``locl`` forms: Serbian Cyrillic, Japanese or Chinese Han, ...)."""
        self._widths: dict[object, float] = {}

    # ------------------------------------------------------------------ items

    def _items(self, text: str, levels: Sequence[int] | None, given: Sequence[str] | None = None
               ) -> list[tuple[str, int, str | None, FontFace | None, bool]]:
        """``(text, level, script, face, image)`` in logical order; ``face`` None: opentype.js emulation.

        Without ``levels`` (measuring a word), a run takes its script's own direction; ``given``: the
        characters' scripts as their paragraph resolves them (a piece of an inline formatting context),
        else resolved in ``text`` (:func:`~pureog.text.itemize.resolved_scripts`)."""
        scripts = resolved_scripts(text) if given is None else given
        items: list[tuple[str, int, str | None, FontFace | None, bool]] = []
        key: tuple[object, ...] | None = None
        start = 0
        pos = 0
        for g in graphemes(text):
            script = scripts[pos]
            if levels is not None:
                level = levels[pos]
            else:
                level = 1 if script in _RTL_SCRIPTS else 0
            image = self.is_image(g)
            use_ot = self.all_ot or bool(level & 1) or script in COMPLEX_SCRIPTS
            face = self.chain.resolve(g) if use_ot and not image else None
            new_key: tuple[object, ...] = ("img", pos, level) if image else (level, script if use_ot else None, face)
            if new_key != key:
                if key is not None:
                    items.append(self._item(text[start:pos], key))
                key = new_key
                start = pos
            pos += len(g)
        if key is not None:
            items.append(self._item(text[start:pos], key))
        return items

    @staticmethod
    def _item(text: str, key: tuple[object, ...]) -> tuple[str, int, str | None, FontFace | None, bool]:
        if key[0] == "img":
            return (text, key[2], None, None, True)  # type: ignore[return-value]
        level, script, face = key
        return (text, level, script, face, False)  # type: ignore[return-value]

    def _shape(self, text: str, level: int, script: str | None, face: FontFace | None,
               context: tuple[str, str] = ("", "")) -> ShapedRun:
        if face is None:
            return shape(self.chain, text, self.font_size, self.letter_spacing)
        return self._shape_ot(text, level, script, face, context)

    def _shape_ot(self, text: str, level: int, script: str | None, face: FontFace,
                  context: tuple[str, str] = ("", "")) -> ShapedRun:
        from pureog.text.ot import shape as ot_shape  # noqa: PLC0415  (loads with the first complex run)

        text = text.replace("\n", "")
        ot_script = None if script in (None, COMMON, INHERITED, UNKNOWN) else script
        glyphs = ot_shape(face, text, ot_script, self.language, "rtl" if level & 1 else "ltr",
                          dict(self.features) if self.features else None, context)
        size = self.font_size
        scale = size / face.units_per_em
        spacing = self.letter_spacing
        # Chromium's inline layout spaces no character of a run in a cursive script (its digits and
        # punctuation, Common characters that take the run's script, included); white space keeps it
        unspaced = script in self.unspaced
        xs: list[float] = []
        dys: list[float] = []
        advances: list[float] = []
        x = 0.0
        count = len(glyphs)
        for k, g in enumerate(glyphs):
            xs.append(x + g.x_offset * scale)
            dys.append(-g.y_offset * scale)
            advances.append(float(g.x_advance))
            x += g.x_advance * scale
            if spacing and (k + 1 == count or glyphs[k + 1].cluster != g.cluster):
                if not (unspaced and g.cluster < len(text) and not text[g.cluster].isspace()):
                    x += spacing  # CSS letter-spacing: after each character (cluster), not each glyph
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
            for k, (item_text, level, script, face, image) in enumerate(items):
                if image:
                    width += self.font_size
                else:
                    width += self._shape(item_text, level, script, face, _ends(joins, k, len(items))).advance
            if len(self._widths) > 4096:
                self._widths.clear()
            self._widths[key] = width
        return width

    def line(self, text: str, levels: Sequence[int], scripts: Sequence[str] | None = None,
             joins: tuple[str, str] = ("", "")) -> list[Piece]:
        """The pieces of one line (logical ``text``, its levels after rule L1), in visual order (L2);
        ``joins``: the text before ``text`` (nearest first) and after it, which HarfBuzz reads as the
        buffer's context (Arabic letters join across the ends: a word that continues in another box)."""
        from pureog.text.bidi import visual_order  # noqa: PLC0415

        items = self._items(text, levels, scripts)
        pieces: list[Piece] = []
        for k, (item_text, level, script, face, image) in enumerate(items):
            if image:
                pieces.append(Piece(item_text, self.font_size, None, True))
            else:
                shaped = self._shape(item_text, level, script, face, _ends(joins, k, len(items)))
                pieces.append(Piece(item_text, shaped.advance, shaped))
        return [pieces[k] for k in visual_order([it[1] for it in items])]


def _ends(joins: tuple[str, str], k: int, count: int) -> tuple[str, str]:
    """The context of item ``k`` of ``count``: the text's own context at its ends."""
    return (joins[0] if k == 0 else "", joins[1] if k == count - 1 else "")
