"""Satori's text flow for one text node: its font engine and the greedy line breaking over its words.

Role: :class:`TextLayout` holds a text's prepared words (UAX #14, :mod:`pureog.text.linebreak`) and its
:class:`FontEngine` (Satori's ``FontEngine``: grapheme widths measured one by one, heights and
baselines from hhea or the line height); :meth:`TextLayout.flow` is Satori 0.29 ``text/index.ts``'s
flow loop, quirks included, and returns a :class:`Flow` (each word's position, the line widths and
baselines, the measured size). :mod:`pureog.text.measure` wraps it into the layout engine's measure
function; :mod:`pureog.text.paragraph` draws the flow into glyph runs; :mod:`pureog.text.bidi_lines`
draws it when the text leaves Satori's path. :func:`line_limit` is Satori's ``processTextOverflow``.
The rules it follows are listed in :mod:`pureog.text.paragraph`'s docstring.
Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

from pureog import caches
from pureog.limits import MAX_CSS_NUMBER, check_deadline
from pureog.style.computed import ComputedStyle, kept_across_renders
from pureog.style.values import Display, Overflow, TextAlign, TextOverflow, WhiteSpace
from pureog.text.emoji import EmojiImages, default_emoji
from pureog.text.fonts import FontChain, FontFace, FontLibrary
from pureog.text.itemize import SATORI_LAYOUT_SCRIPTS, has_complex, resolved_scripts, script_of
from pureog.text.linebreak import Prepared, graphemes, preprocess, words
from pureog.text.runs import LAYOUT_UNIT, ComplexText, ceil_unit
from pureog.text.shaping import advance_width
from pureog.text.variants import style_features, word_spacing_px

BROWSER_DEFAULT_FEATURES = frozenset({
    "abvm", "blwm", "calt", "ccmp", "clig", "curs", "dist", "kern", "liga", "locl", "mark", "mkmk", "rclt",
    "rlig", "rvrn",
})
"""The features a browser (HarfBuzz) applies to horizontal text unasked: turning one of them on restates
the default, so it asks for nothing a browser would draw differently."""


def _asks_for_shaping(settings: tuple[tuple[str, int], ...]) -> bool:
    """Whether ``font-feature-settings`` asks for a drawing Satori's cannot stand for. Satori applies no
    GSUB feature and kerns; its drawing is what Next.js shows for every card without the property, and a
    browser draws the same text alike with or without settings that only restate its defaults. So
    settings that only turn features off (``"liga" 0, "calt" 0``) or only turn on features a browser
    applies anyway (``"liga" 1, "calt" 1``, ``"kern" 1``: both common in real cards, copied from CSS)
    change nothing; ``"kern" 0`` and any other feature turned on (``tnum``, ``smcp``, ``ss01``) do."""
    return any((tag == "kern" and not value) or (value and tag not in BROWSER_DEFAULT_FEATURES)
               for tag, value in settings)


def _needs_runs(text: str, chain: FontChain) -> bool:
    """Whether the text holds a directional control, or a right-to-left character or one of a complex
    script that some face of ``chain`` has (not for ASCII: at once).

    Characters no face has are ``.notdef`` boxes in Next, placed by Satori's flow like any others: text
    whose right-to-left or complex characters are all such keeps Satori's advances for the rest (its
    spaces and Latin words), as in Next, instead of a browser's (mutation differential, m02883). Thai
    and Lao (:data:`~pureog.text.itemize.SATORI_LAYOUT_SCRIPTS`) do not count: Next lays them out
    plausibly, so their paragraph keeps its layout (layoutgen16: boxes moved 1-78 px otherwise)."""
    if text.isascii():
        return False
    from pureog.text.bidi import is_explicit_control, needs_bidi  # noqa: PLC0415

    if not (needs_bidi(text) or has_complex(text)):
        return False
    faces = chain.faces
    for ch in set(text):
        if ch.isascii() or not (needs_bidi(ch) or has_complex(ch)) or script_of(ch) in SATORI_LAYOUT_SCRIPTS:
            continue
        if is_explicit_control(ch) or any(face.has_code_point(ord(ch)) for face in faces):
            return True
    return False


def shaping_units(text: str) -> list[str]:
    """``text``'s graphemes, a grapheme that ends in a virama (canonical combining class 9) or a ZWJ
    joined to the letter after it: Sinhala's ``ශ්‍රී``, Tamil's ``க்ஷ``, Javanese's pangkon stacks are
    one syllable, one conjunct, to HarfBuzz, where UAX #29 (GB9c only links six Indic scripts) cuts
    them after the virama."""
    units: list[str] = []
    for g in graphemes(text):
        if units and (units[-1][-1] == "\u200d" or unicodedata.combining(units[-1][-1]) == 9) \
                and unicodedata.category(g[0]).startswith("L"):
            units[-1] += g
        else:
            units.append(g)
    return units


def js_round(value: float) -> float:
    """``Math.round``: halves go up."""
    return float(math.floor(value + 0.5))


# JS String.prototype.trimEnd white space (WhiteSpace + LineTerminator). The run is matched only from its
# start (the look-behind): searched from every space of a run of 20,000 no-break spaces and a letter, the
# pattern scanned the run again from each one (1 s for one word).
_JS_TRAILING_SPACE = re.compile("(?<![\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff])"
                                "[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+\\Z")
_TABS = re.compile("\t+")


class FontEngine:
    """Satori's ``FontEngine`` for one style: heights, baselines, cached grapheme widths."""

    __slots__ = ("chain", "font_size", "metrics_size", "line_height", "letter_spacing", "images", "_grapheme_w",
                 "_array_w", "_image", "_metrics", "_words", "complex", "graphemes", "browser_lines",
                 "layout_units", "satori_lines")  # fmt: skip

    def __init__(self, chain: FontChain, style: ComputedStyle, images: EmojiImages) -> None:
        self.chain = chain
        self.font_size = float(style.font_size)
        """The size glyphs are measured and drawn at."""
        self.metrics_size = self.font_size
        """The size line heights and baselines are computed at."""
        self.line_height = style.line_height
        self.letter_spacing = float(style.letter_spacing)
        if style.font_size_lost:
            # A size Next.js loses (spec/text.md "Font sizes Satori loses"): opentype.js measures and draws
            # at its default 72 px, Satori's font engine sizes lines at its default 16 px, and the letter
            # spacing it divides by the undefined size is NaN, which opentype.js skips.
            self.font_size, self.metrics_size, self.letter_spacing = 72.0, 16.0, 0.0
        self.images = images
        self._grapheme_w: dict[str, float] = {}
        self._array_w: dict[str, float] = {}
        self._image: dict[str, bool] = {}
        self._metrics: dict[str, tuple[float, float]] = {}
        self._words: dict[str, tuple[float, float]] = {}
        self.complex: ComplexText | None = None
        """Set for text laid out as a browser does (:mod:`pureog.text.runs`): shaped widths."""
        self.browser_lines = False
        """Line heights as Chromium's too (``features: browser``, a variable font), not only baselines."""
        self.layout_units = False
        """Widths reported as Chromium's (``features: browser``): shaped advances as Blink gets them,
        snapped up to a layout unit (1/64 px), not Satori's rounded up to whole px."""
        self.graphemes: frozenset[str] | None = None
        """The graphemes of the node's text (set once it is preprocessed): the emoji Satori fetched."""
        self.satori_lines = False
        """Shaped text in Satori's lines (:attr:`complex` set): left-to-right text of a complex script in
        Satori mode. Next.js draws its glyphs unshaped, but its line boxes are plausible: each word's
        height and baseline from the face of its first character, Satori's half-leading, its x
        placement and alignment; only the widths stay shaped (the unshaped ones are the broken
        drawing's: Hindi 10 % wider, a conjunct-heavy word 30 %)."""

    def is_image(self, text: str) -> bool:
        hit = self._image.get(text)
        if hit is None:
            hit = self._image[text] = self._fetched(text) and self.images.is_image(self.chain, text)
        return hit

    def _fetched(self, text: str) -> bool:
        """Whether Satori has an image under the key ``text``: it fetches the emoji *graphemes* of the text
        (``graphemeImages`` keys) but looks up the pieces its line breaker cut, and the ``linebreak``
        package's Unicode 14 data breaks before a skin tone after a hand Unicode 15 made a modifier base
        (🫷🏽 -> 🫷, 🏽): such pieces are no key, so both are drawn as text (.notdef boxes). A key made by
        another text node of the document is not seen here (a lone 🫷 elsewhere would make it an image)."""
        return self.graphemes is None or text in self.graphemes or text in self.images.graphemes

    def measure_grapheme(self, text: str) -> float:
        """``measureGrapheme``: the font's advance, even for an image grapheme."""
        width = self._grapheme_w.get(text)
        if width is None:
            if self.complex is not None:
                width = self.complex.measure(text)
            else:
                width = advance_width(self.chain, text, self.font_size, self.letter_spacing)
            self._grapheme_w[text] = width
        return width

    def measure_piece(self, text: str) -> float:
        """``measureGraphemeArray([text])``: ``font_size`` for an image, else the font's advance."""
        width = self._array_w.get(text)
        if width is None:
            width = self.font_size if self.is_image(text) else self.measure_grapheme(text)
            self._array_w[text] = width
        return width

    def measure_text(self, text: str) -> float:
        if self.complex is not None:
            if not self.satori_lines:
                return self.complex.measure(text)  # shaped as a whole (contextual forms, marks)
            # Satori's lines: its sum over graphemes, each shaped alone, but a conjunct HarfBuzz forms
            # across graphemes kept whole (shaped apart, its halves would be the wider visible-virama
            # forms, and the word drawn narrower than its box)
            return sum(self.measure_piece(unit) for unit in shaping_units(text))
        # Satori's: grapheme by grapheme, so kerning between them never moves a break
        total = 0.0
        for g in graphemes(text):
            total += self.measure_piece(g)
        return total

    def measure_before(self, text: str, ahead: str) -> float:
        """The width of ``text`` where ``ahead`` follows it: the two shaped as a whole, less ``ahead`` shaped
        as it is there. Its script, so its direction, comes from that context: a guillemet after Arabic
        is right-to-left, HarfBuzz draws its mirrored glyph (``«`` as ``»``, 0.1 px wider in Geist at
        24 px), which is what the whole's width holds; measured alone it would be the other glyph."""
        if self.complex is None:
            return self.measure_text(text + ahead) - self.measure_text(ahead)
        both = text + ahead
        scripts = tuple(resolved_scripts(both)[len(text) :])
        return self.complex.measure(both) - self.complex.measure(ahead, scripts)

    def _face_metrics(self, face: FontFace) -> tuple[float, float]:
        hit = self._metrics.get(face.key)
        if hit is None:
            fs = self.metrics_size
            asc = face.ascender / face.units_per_em * fs
            desc = face.descender / face.units_per_em * fs
            content = asc - desc
            height = content if self.line_height is None else fs * self.line_height
            hit = (height, asc + (height - content) / 2)
            if self.complex is not None and not self.satori_lines:
                # Browser layout: Chromium's baseline, from the ascent and descent rounded apart and
                # the half-leading floored (LayoutNG CalculateLeadingSpace); whole px.
                asc_r, desc_r = math.floor(asc + 0.5), math.floor(-desc + 0.5)
                if self.line_height is None and self.browser_lines:
                    # features: browser (or a variable font): Chromium's normal line height, the rounded
                    # ascent and descent (other text keeps Satori's line heights: boxes as in Next.js)
                    height = float(asc_r + desc_r)
                elif self.layout_units:
                    # features: browser, a fixed line height: a layout unit (``LayoutUnit(float)``,
                    # toward zero at 1/64 px), kept fractional by line_box_height
                    height = math.trunc(height * LAYOUT_UNIT) / LAYOUT_UNIT
                leading = 0 if self.line_height is None else math.floor((height - asc_r - desc_r) / 2)
                hit = (height, float(asc_r + leading))
            self._metrics[face.key] = hit
        return hit

    def height(self, text: str) -> float:
        if self.complex is not None and not self.satori_lines:
            if self.line_height is not None:
                return self._face_metrics(self.chain.primary)[0]
            return self._word_metrics(text)[0]
        return self._face_metrics(self.chain.resolve(text))[0]

    def line_box_height(self, text: str) -> float:
        """A line's height as the flow adds it up: Satori's rounded to whole px; with ``features:
        browser`` and a fixed line height Chromium's line box, a layout unit (lines then stack at
        fractions of a px, as LayoutNG stacks them: 17.3px is 17.296875 a line)."""
        height = self.height(text)
        if self.layout_units and self.complex is not None and self.line_height is not None:
            return height
        return js_round(height)

    def baseline(self, text: str) -> float:
        if self.complex is not None and not self.satori_lines:
            if self.line_height is not None:
                # A browser's fixed line-height: every line box is the primary font's (fallback fonts do
                # not grow it), so its baseline is the primary font's, whatever the first word's face.
                return self._face_metrics(self.chain.primary)[1]
            return self._word_metrics(text)[1]
        return self._face_metrics(self.chain.resolve(text))[1]

    def _word_metrics(self, text: str) -> tuple[float, float]:
        """Browser layout, normal line height: (height, baseline) of a word drawn from several faces.

        Chromium's line box holds every font a line's glyphs use (the tallest ascent over the deepest
        descent), not the face of the word's first character, as Satori's per-word heights take it: a
        Latin or Hebrew word ending in an Arabic comma (``Pro،``) is as tall as the Arabic face's line."""
        first = self.chain.resolve(text)
        if text.isascii():
            return self._face_metrics(first)
        hit = self._words.get(text)
        if hit is not None:
            return hit
        faces = {first.key: first}
        for g in graphemes(text):
            face = self.chain.resolve(g)
            faces.setdefault(face.key, face)
        if len(faces) == 1:
            hit = self._face_metrics(first)
        else:
            # (whole px: each face's baseline is its rounded ascent, its height that + its rounded descent)
            ascent = max(self._face_metrics(face)[1] for face in faces.values())
            descent = max(h - b for h, b in map(self._face_metrics, faces.values()))
            hit = (ascent + descent, ascent)
        if len(self._words) < 4096:
            self._words[text] = hit
        return hit


class _Position:
    # Working records are plain classes: a dataclass costs about a millisecond of import time.
    __slots__ = ("x", "y", "width", "line", "line_index", "is_image")

    def __init__(self, x: float, y: float, width: float, line: int, line_index: int,
                 is_image: bool = False) -> None:
        self.x = x
        self.y = y
        self.width = width
        self.line = line
        self.line_index = line_index
        self.is_image = is_image


class Flow:
    __slots__ = ("width", "height", "line_widths", "baselines", "segments_per_line", "texts", "positions",
                 "text_lines")

    def __init__(self, width: float, height: float, line_widths: list[float], baselines: list[float],
                 segments_per_line: list[int], texts: list[str], positions: list[_Position],
                 text_lines: list[int]) -> None:
        self.width = width
        self.height = height
        self.line_widths = line_widths
        self.baselines = baselines
        self.segments_per_line = segments_per_line
        self.texts = texts
        self.positions = positions
        self.text_lines = text_lines
        """The line of each entry of ``texts`` (``positions`` also holds entries for empty words)."""


_BASELINE_LOG_CAP = 4096
"""Lines of one text node whose logged baselines are kept (far more than a card's text has)."""


class TextLayout:
    """Everything that does not depend on the available width, computed once per text node."""

    __slots__ = ("style", "engine", "prep", "tab_width", "justify", "line_limit", "block_ellipsis", "_last",
                 "_measured", "words", "pristine", "baseline_log")  # fmt: skip

    def __init__(self, text: str, style: ComputedStyle, fonts: FontLibrary) -> None:
        self.style = style
        chain = fonts.chain(style.font_family, style.font_weight, style.font_style, style.font_size,
                            style.font_variation_settings, style.locale)
        images = fonts.emoji if isinstance(fonts.emoji, EmojiImages) else default_emoji()
        self.engine = FontEngine(chain, style, images)
        # features: browser text is Chromium's: its line breaker's break opportunities too (Next.js's
        # text keeps Satori's UAX #14 pieces, a variable font's among them).
        chromium = getattr(fonts, "features", "satori") == "browser"
        self.prep: Prepared = preprocess(text, style.white_space, style.word_break, style.text_transform,
                                         chromium=chromium)
        self.engine.graphemes = frozenset(graphemes(self.prep.content))
        # A variable font is drawn as a browser draws it (Next.js cannot load one): HarfBuzz's features.
        browser = chromium or bool(chain.primary.axes)
        settings = style_features(style)  # (kerning and variants are read with features: browser only)
        features = _asks_for_shaping(settings)
        self.engine.browser_lines = browser
        # features: browser boxes are Chromium's: a text's width is a fraction of a px (Next.js's
        # variable-font text stays in Satori's whole-px boxes)
        self.engine.layout_units = chromium
        if browser or features or _needs_runs(text, chain):
            # Text Next.js draws wrongly (complex scripts, bidi) or features asked for: browser layout.
            self.engine.complex = ComplexText(chain, self.engine.font_size, self.engine.letter_spacing,
                                              settings, browser or features, self.engine.is_image,
                                              style.lang, word_spacing=word_spacing_px(style),
                                              caps=style.font_variant_caps,
                                              emoji=style.font_variant_emoji, chromium=chromium)
            # Left-to-right text (no right-to-left letter, Arabic number or bidi control; `direction`
            # alone changes nothing, as for Latin) that Next.js lays out plausibly: Satori's lines
            from pureog.text.bidi import needs_bidi  # noqa: PLC0415  (loaded by _needs_runs already)

            self.engine.satori_lines = \
                not (browser or features) and not needs_bidi(text)
            self.engine.complex.dotted_circles = not self.engine.satori_lines
            self.engine.complex.spacing_per_char = self.engine.satori_lines
        self.tab_width = self.engine.measure_grapheme(" ") * float(style.tab_size)
        self.justify = style.text_align == TextAlign.JUSTIFY
        self.line_limit, self.block_ellipsis = line_limit(style, self.prep.allow_soft_wrap)
        self._last: tuple[float, Flow] | None = None
        self._measured: dict[float, tuple[tuple[float, float, Flow], tuple[float, ...]]] = {}
        """Measure calls by width: the result and the baselines the call's flows appended."""
        self.words: list[str] = list(self.prep.words)
        """The words the next flow reads. Satori's flow splits an over-wide word into graphemes *in
        its words array* (``words.splice``, break-word), which outlives the call: later flows of the
        same text node, at any width, see the graphemes and pack them (a box measured 6 lines tall
        lays out 5 lines on the next call)."""
        self.pristine = True
        """No word split yet: flows depend on the width alone, so they are memoized."""
        self.baseline_log: list[float] = []
        """Every flow's line baselines, in call order: Satori's ``baselines`` array is the one array its
        flow appends to and never clears (unlike the line widths and positions), and the drawing reads
        ``baselines[line]``. So a line is drawn at the baseline the *first* flow that had that many lines
        gave it: a text measured narrow first (one word a line) keeps those lines' baselines after it is
        laid out wide, which matters when the lines' tallest words come from different fonts (a fallback
        face's glyph, an uncovered character resolving to the last font)."""

    def fresh(self) -> TextLayout:
        """A new text node's state over this one's width-independent parts (shared: the engine, the
        preprocessed text, the limits) and its memo of measure calls (shared: pristine flows depend on
        the width alone, and a layout that splits a word stops using and filling it): no words split,
        nothing logged, no last flow. What a render's measure function starts from
        (:func:`pureog.text.measure.measure`)."""
        made = TextLayout.__new__(TextLayout)
        made.style, made.engine, made.prep = self.style, self.engine, self.prep
        made.tab_width, made.justify = self.tab_width, self.justify
        made.line_limit, made.block_ellipsis = self.line_limit, self.block_ellipsis
        made._last = None
        made._measured = self._measured
        made.words = list(self.prep.words)
        made.pristine = True
        made.baseline_log = []
        return made

    def measure(self, width: float) -> tuple[float, float, Flow]:
        """Satori's measure function at ``width``: (reported width, height, the flow left behind).

        The flow left behind is what Satori draws (its flow state is global to the text node), which
        for ``text-wrap: balance`` / ``pretty`` is a reflow at another width.
        """
        hit = self._measured.get(width) if self.pristine else None
        if hit is not None:
            # The memo stands for a whole Satori measure call: its flows append their baselines again.
            self._log_baselines(hit[1])
            return hit[0]
        log_start = len(self.baseline_log)
        result = self.flow(width)
        w, h = result.width, result.height
        out = (self.snapped(w), h, result)
        wrap = self.style.text_wrap
        if wrap == "balance":  # css-text-4 text-wrap: balance, by Satori's binary search
            low, high = w / 2, w
            while low + 1 < high:
                mid = (low + high) / 2
                if self.flow(mid).height > h:
                    low = mid
                else:
                    high = mid
            out = (self.snapped(high), h, self.flow(high))
        elif wrap == "pretty" and result.line_widths and result.line_widths[-1] < w / 3:
            adjusted = self.flow(w * 0.9)
            # Satori keeps the reflowed lines even when it rejects the new height.
            out = (w, adjusted.height, adjusted) if adjusted.height <= h * 1.3 else (out[0], h, adjusted)
        if not self.pristine:
            return out  # a split word: the next call at this width flows the graphemes (Satori)
        if len(self._measured) > 64:
            self._measured.clear()
        self._measured[width] = (out, tuple(self.baseline_log[log_start:]))
        return out

    def snapped(self, width: float) -> float:
        """A flow's width as the measure function reports it: rounded up to whole px (Satori), or to a
        layout unit with ``features: browser`` (Chromium keeps the fraction: ``LayoutUnit`` ceil)."""
        return ceil_unit(width) if self.engine.layout_units else float(math.ceil(width))

    def _log_baselines(self, baselines: Sequence[float]) -> None:
        """Append one flow's baselines to :attr:`baseline_log`, up to :data:`_BASELINE_LOG_CAP` entries
        (a line index beyond that is never drawn; the cap keeps a cached layout from growing)."""
        room = _BASELINE_LOG_CAP - len(self.baseline_log)
        if room > 0:
            self.baseline_log.extend(baselines[:room])

    def _calc(self, word: str, current_width: float, following: str = "") -> tuple[float, float]:
        """(width, trailing-space width) of a word placed after ``current_width`` px (Satori ``calc``).

        ``following``: the next word (no forced break between); with ``features: browser`` (or a
        variable font) a word ending in a space is measured in its context, with the kerning pair across
        the space (a space before ``T`` in Roboto), as Chromium measures ranges of the whole shaped text."""
        if not word:
            return 0.0, 0.0
        engine = self.engine
        if engine.browser_lines and following and word[-1] == " " and "\t" not in word:
            ahead = next(iter(graphemes(following)))
            width = engine.measure_before(word, ahead)
            trimmed = _JS_TRAILING_SPACE.sub("", word)
            after_trim = width if trimmed == word else engine.measure_text(trimmed)
            return width, width - after_trim
        tabs = _TABS.search(word)
        if tabs:
            before = engine.measure_text(word[: tabs.start()])
            offset = before + current_width
            count = tabs.end() - tabs.start()
            if self.tab_width == 0:
                moved = before
            else:
                stops = offset / self.tab_width  # (a tab width of 1e-300 px: Infinity, as in JavaScript)
                moved = ((math.floor(stops) if math.isfinite(stops) else stops) + count) * self.tab_width
            # Each tab word's width counts the line before it again (Satori's quirk), so widths double
            # along a line of tabs: 2,000 reach Infinity, where Next.js draws nothing sensible and
            # Python's floor and ceil raise. A word is at most MAX_CSS_NUMBER px wide.
            width = min(moved + engine.measure_text(word[tabs.end() :]), MAX_CSS_NUMBER)
        else:
            width = engine.measure_text(word)
        trimmed = _JS_TRAILING_SPACE.sub("", word)
        after_trim = width if trimmed == word else engine.measure_text(trimmed)
        return width, width - after_trim

    def flow(self, width: float) -> Flow:  # noqa: C901 - one loop, kept in Satori's shape
        if self.pristine and self._last is not None and self._last[0] == width:
            self._log_baselines(self._last[1].baselines)
            return self._last[1]
        engine = self.engine
        prep = self.prep
        words_ = self.words
        split = False
        required = prep.required_breaks
        soft_wrap = prep.allow_soft_wrap
        break_word = prep.allow_break_word
        justify = self.justify
        lines = 0
        max_width = 0.0
        line_index = -1
        height = 0.0
        current_width = 0.0
        line_height = 0.0
        baseline = 0.0
        line_widths: list[float] = []
        baselines: list[float] = []
        segments = [0]
        texts: list[str] = []
        positions: list[_Position] = []
        text_lines: list[int] = []
        i = 0
        prev_trailing = 0.0
        limit = self.line_limit
        hang = engine.layout_units and prep.collapse_spaces
        stuck = False  # a grapheme wider than the box met: Satori would split it into itself forever
        while i < len(words_) and lines < limit:
            check_deadline()  # the render's timeout (pureog/limits.py)
            word = words_[i]
            force = required[i] if i < len(required) else False
            following = words_[i + 1] if i + 1 < len(words_) and not (
                i + 1 < len(required) and required[i + 1]) else ""
            w, trailing = self._calc(word, current_width, following)
            if force and line_height == 0:
                line_height = engine.height(word)
            will_wrap = bool(i) and current_width + w > width + trailing and soft_wrap
            # A flow that met a grapheme wider than the box under break-word/break-all is one Satori
            # splits forever (Next never answers; case text/break-all-narrower-than-a-character):
            # there Chromium is the reference, and a space (collapsible, or kept by pre-wrap) after a
            # line wider than the box hangs at the line's end instead of opening an empty line that
            # shifts the glyphs after it onto wrong slots. A line is wider than the box in flows Next
            # does answer too (a tab's width counts the line before it again): there the space wraps,
            # as in Satori (case text/break-all-tab-widened-line-space-wraps).
            if will_wrap and stuck and current_width > width and not word.strip(" ") \
                    and (prep.collapse_spaces or self.style.white_space == WhiteSpace.PRE_WRAP):
                will_wrap = False
            # A single grapheme wider than the line cannot be split further (splitting it again would
            # loop forever): it takes a line of its own below, as any over-wide word does. Satori
            # "splits" it all the same, which ends the line before it and measures it again at the
            # line's start; where that line reaches the line limit, Satori stops there (no loop), and
            # the wrap never widens the text to the available width (a one-line clamp of break-all
            # text narrower than its second glyph). A tab is measured again: its width is the next
            # tab stop from where it starts, so at the start of a line it is one stop wide and may fit
            # (case text/break-word-over-wide-tab-measured-again).
            over_wide = break_word and w > width and (not current_width or will_wrap or force)
            parts = graphemes(word) if over_wide else ()
            ends_line = current_width > 0 and (lines + 1 >= limit or "\t" in word)
            if over_wide and len(parts) == 1 and not ends_line:
                stuck = True
            if over_wide and (len(parts) > 1 or ends_line):
                if len(parts) > 1:
                    words_[i : i + 1] = parts
                    split = True
                if current_width > 0:
                    line_widths.append(current_width - prev_trailing)
                    baselines.append(baseline)
                    lines += 1
                    height += line_height
                    current_width = line_height = baseline = 0.0
                    segments.append(1)
                    line_index = -1
                prev_trailing = trailing
                continue
            if force or will_wrap:
                if prep.collapse_spaces and word == " ":
                    w = 0.0
                line_widths.append(current_width - prev_trailing)
                baselines.append(baseline)
                lines += 1
                height += line_height
                current_width = w
                line_height = engine.line_box_height(word) if w else 0.0
                baseline = js_round(engine.baseline(word)) if w else 0.0
                segments.append(1)
                line_index = -1
                if not force:
                    max_width = max(max_width, width)
            else:
                current_width += w
                glyph_height = engine.line_box_height(word)
                if glyph_height > line_height:
                    line_height = glyph_height
                    baseline = js_round(engine.baseline(word))
                if justify:
                    segments[-1] += 1
            if justify:
                line_index += 1
            # Chromium's lines do not hold the collapsible space they end in (it hangs): a line filled
            # up to its last word's space is no wider than the box (Satori counts the space)
            max_width = max(max_width, current_width - trailing if hang else current_width)
            x = current_width - w
            if w == 0:
                positions.append(_Position(x, height, 0.0, lines, line_index))
            else:
                for part in words(word):
                    image = engine.is_image(part)
                    part_width = engine.font_size if image else engine.measure_grapheme(part)
                    texts.append(part)
                    text_lines.append(lines)
                    positions.append(_Position(x, height, part_width, lines, line_index, image))
                    x += part_width
            i += 1
            prev_trailing = trailing
        if current_width:
            if lines < limit:
                height += line_height
            lines += 1
            line_widths.append(current_width)
            baselines.append(baseline)
        result = Flow(max_width, height, line_widths, baselines, segments, texts, positions, text_lines)
        self._log_baselines(baselines)
        if split:  # the words changed for good: results now depend on the calls before, no memo
            self.pristine = False
            self._last = None
            self._measured = {}  # (the memo may be shared with other nodes' states: see fresh())
        elif self.pristine:
            self._last = (width, result)
        return result


_LAYOUTS: dict[tuple[str, ComputedStyle, int], TextLayout] = {}


def text_layout(text: str, style: ComputedStyle, fonts: FontLibrary) -> TextLayout:
    key = (text, style, id(fonts))
    layout = _LAYOUTS.get(key)
    if layout is None or not layout.pristine or layout.engine.chain is not fonts.chain(
            style.font_family, style.font_weight, style.font_style, style.font_size, style.font_variation_settings,
            style.locale):
        layout = TextLayout(text, style, fonts)
        if not kept_across_renders(style):
            return layout
        if len(_LAYOUTS) > 512:
            _LAYOUTS.clear()
        _LAYOUTS[key] = layout
    return layout


HORIZONTAL_ELLIPSIS = "\u2026"


def line_limit(style: ComputedStyle, allow_soft_wrap: bool) -> tuple[float, str]:
    """Satori's ``processTextOverflow``: (maximum line count, block ellipsis) of a text's element."""
    if style.display == Display.BLOCK and style.line_clamp is not None:
        count, ellipsis = style.line_clamp
        if count:
            return count, HORIZONTAL_ELLIPSIS if ellipsis is None else ellipsis
    if (
        style.text_overflow == TextOverflow.ELLIPSIS
        and style.display == Display.WEBKIT_BOX
        and style.webkit_box_orient == "vertical"
        and style.webkit_line_clamp is not None
        and style.webkit_line_clamp > 0
    ):
        return style.webkit_line_clamp, HORIZONTAL_ELLIPSIS
    if style.text_overflow == TextOverflow.ELLIPSIS and style.overflow == Overflow.HIDDEN and not allow_soft_wrap:
        return 1, HORIZONTAL_ELLIPSIS
    return math.inf, HORIZONTAL_ELLIPSIS


caches.register("text.line_flow", _LAYOUTS)
