"""Satori's text layout: the line flow and the positioned glyph runs of one text node.

Input: a string, its :class:`~pureog.style.computed.ComputedStyle` (the style of the text's own box)
and a :class:`~pureog.text.fonts.FontLibrary`. Output: the flow :mod:`pureog.text.measure` wraps into
the layout engine's measure function, and a :class:`Paragraph` (lines, merged glyph runs with x /
baseline positions) for the painter.

This follows Satori 0.29 ``text/index.ts`` step by step, quirks included, because the goal is the same
pixels:

* ``flow(width)`` is greedy first-fit over the UAX #14 "words"; a word's width is the sum of its
  graphemes measured one by one (so kerning never changes where lines break); trailing spaces may hang
  past the edge; a wrapped line makes the reported width the full container width; the measure
  function returns ``ceil(width)``. Undefined width (Yoga's NaN) means no wrapping.
* ``break-word`` / ``break-all`` split an over-wide word into graphemes in place (the required-break
  flags are not re-indexed, as in Satori).
* Line height: ``Math.round`` of the tallest word's height (hhea ascender - descender for
  ``normal``, no lineGap; ``font_size * line_height`` otherwise); the baseline is the rounded
  half-leading baseline of that word. A zero-width word adds a position but no text, shifting later
  words onto their predecessor's slot, exactly like Satori's parallel arrays.
* Drawing: word segments on one line are merged up to a word separator (space, NBSP, ...) and shaped
  as one run (kerning inside the run); each run starts at the layout x of its first segment.
  Alignment offsets apply only when there is more than one line and are rounded to whole px;
  single-line alignment is the container's job (``justify-content`` from ``text-align``).
* ``text-indent`` moves the first line's drawing only (line breaking ignores it); ``text-wrap:
  balance`` binary-searches the narrowest width that keeps the line count, ``pretty`` reflows at 90 %
  when the last line is under a third of the width (Satori's heuristics, in :meth:`_TextLayout.measure`).
* Line limits (``lineClamp`` with ``display: block``, ``-webkit-box`` + ``WebkitLineClamp``, or one
  ``nowrap`` line with ``overflow: hidden`` + ``text-overflow: ellipsis``) stop the flow after N lines
  and cut the last allowed line with the block ellipsis, which must fit the *parent's* content width.
* Graphemes drawn as images (emoji, :mod:`pureog.text.emoji`) are ``font_size`` wide and become
  :class:`InlineImage` placements: ``font_size`` square, centred in the line box's top part.

Text Next.js draws wrongly (right-to-left or complex-script characters) and text asking for OpenType
features leave this path (spec/text.md): the engine then measures with shaped widths
(:class:`~pureog.text.runs.ComplexText`), uses Chromium's baselines, and the lines are drawn by
:mod:`pureog.text.bidi_lines` (bidi reordering, direction-aware alignment). Latin-only text never does.

Must not import layout, paint or raster.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from enum import StrEnum

from pureog.errors import FontError
from pureog.limits import MAX_CSS_NUMBER, check_deadline
from pureog.path import Path
from pureog.records import record
from pureog.style.computed import ComputedStyle
from pureog.style.values import Display, Overflow, Percent, TextAlign, TextOverflow
from pureog.text.color_glyphs import color_glyphs
from pureog.text.emoji import EmojiImages, default_emoji
from pureog.text.fonts import FontChain, FontFace, FontLibrary
from pureog.text.itemize import has_complex
from pureog.text.linebreak import WORD_SEPARATORS, Prepared, graphemes, preprocess, words
from pureog.text.outline import glyph_outline
from pureog.text.runs import ComplexText
from pureog.text.shaping import ShapedRun, advance_width, shape
from pureog.text.variants import style_features, word_spacing_px


class MeasureMode(StrEnum):
    UNDEFINED = "undefined"
    EXACTLY = "exactly"
    AT_MOST = "at-most"


MeasureFn = Callable[[float, "MeasureMode | str", float, "MeasureMode | str"], tuple[float, float]]


@record
class GlyphRun:
    """One merged segment Satori passes to ``getSVG``: glyphs shaped together, one baseline."""

    text: str
    x: float
    """Left edge of the run, px from the text box's left (alignment applied)."""
    baseline: float
    """Baseline y, px from the text box's top."""
    line: int
    shaped: ShapedRun
    baseline_parts: tuple[float, float, float] = (0.0, 0.0, 0.0)
    """``(line top, word ascent, baseline shift)``: Satori's run top is ``box_y + top + ascent + shift``,
    summed in that order; glyph coordinates must be those very floats to round as its SVG does."""
    last_piece: tuple[float, float] | None = None
    """``(x, width)`` of the run's last word as Satori placed it (alignment, justification and rounding
    applied; the laid-out width): its debug box ends there and its baseline mark spans it."""


@record
class Line:
    index: int
    left: float
    """x of the line's first word (alignment applied), px from the box's left."""
    top: float
    """Satori's decoration top: the line's y plus the first word's baseline delta."""
    ascender: float
    """Baseline offset of the line's first word (the decoration's ``ascender``)."""
    width: float
    """Width of the line's content (trailing spaces excluded), or the box width when justified."""
    height: float
    baseline: float
    """The line's baseline, px from the box's top."""


@record
class InlineImage:
    """A grapheme drawn as a picture (Satori's ``<image>``): the SVG is fitted (aspect kept, centred)
    into the ``width`` x ``height`` box at (``x``, ``y``), px from the text box's top-left."""

    grapheme: str
    x: float
    y: float
    width: float
    height: float
    svg: bytes
    line: int


@record
class Paragraph:
    text: str
    width: float
    """The measured width (``ceil``), what the measure function returned for this flow width."""
    height: float
    box_width: float
    font_size: float
    lines: tuple[Line, ...]
    runs: tuple[GlyphRun, ...]
    images: tuple[InlineImage, ...] = ()
    """Graphemes drawn as images (emoji), in paint order after the glyph runs of their line."""


def _asks_for_shaping(settings: tuple[tuple[str, int], ...]) -> bool:
    """Whether ``font-feature-settings`` changes anything for Latin text drawn as Satori draws it: it
    applies no GSUB feature and kerns, so settings that only turn features off (``"liga" 0, "calt" 0``,
    common in real cards) change nothing, unless one is ``kern``."""
    return any(value or tag == "kern" for tag, value in settings)


def _needs_runs(text: str) -> bool:
    """Whether the text holds a right-to-left character or a complex script (not for ASCII: at once)."""
    if text.isascii():
        return False
    from pureog.text.bidi import needs_bidi  # noqa: PLC0415

    return needs_bidi(text) or has_complex(text)


def _js_round(value: float) -> float:
    """``Math.round``: halves go up."""
    return float(math.floor(value + 0.5))


# JS String.prototype.trimEnd white space (WhiteSpace + LineTerminator).
_JS_TRAILING_SPACE = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+\\Z")
_TABS = re.compile("\t+")


class _Engine:
    """Satori's ``FontEngine`` for one style: heights, baselines, cached grapheme widths."""

    __slots__ = ("chain", "font_size", "line_height", "letter_spacing", "images", "_grapheme_w", "_array_w",
                 "_image", "_metrics", "complex", "graphemes", "browser_lines")  # fmt: skip

    def __init__(self, chain: FontChain, style: ComputedStyle, images: EmojiImages) -> None:
        self.chain = chain
        self.font_size = float(style.font_size)
        self.line_height = style.line_height
        self.letter_spacing = float(style.letter_spacing)
        self.images = images
        self._grapheme_w: dict[str, float] = {}
        self._array_w: dict[str, float] = {}
        self._image: dict[str, bool] = {}
        self._metrics: dict[str, tuple[float, float]] = {}
        self.complex: ComplexText | None = None
        """Set for text laid out as a browser does (:mod:`pureog.text.runs`): shaped widths."""
        self.browser_lines = False
        """Line heights as Chromium's too (``features: browser``, a variable font), not only baselines."""
        self.graphemes: frozenset[str] | None = None
        """The graphemes of the node's text (set once it is preprocessed): the emoji Satori fetched."""

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
            return self.complex.measure(text)  # shaped as a whole (contextual forms, marks)
        total = 0.0
        for g in graphemes(text):
            total += self.measure_piece(g)
        return total

    def _face_metrics(self, face: FontFace) -> tuple[float, float]:
        hit = self._metrics.get(face.key)
        if hit is None:
            fs = self.font_size
            asc = face.ascender / face.units_per_em * fs
            desc = face.descender / face.units_per_em * fs
            content = asc - desc
            height = content if self.line_height is None else fs * self.line_height
            hit = (height, asc + (height - content) / 2)
            if self.complex is not None:
                # Browser layout: Chromium's baseline, from the ascent and descent rounded apart and
                # the half-leading floored (LayoutNG CalculateLeadingSpace); whole px.
                asc_r, desc_r = math.floor(asc + 0.5), math.floor(-desc + 0.5)
                if self.line_height is None and self.browser_lines:
                    # features: browser (or a variable font): Chromium's normal line height, the rounded
                    # ascent and descent (other text keeps Satori's line heights: boxes as in Next.js)
                    height = float(asc_r + desc_r)
                leading = 0 if self.line_height is None else math.floor((height - asc_r - desc_r) / 2)
                hit = (height, float(asc_r + leading))
            self._metrics[face.key] = hit
        return hit

    def height(self, text: str) -> float:
        if self.complex is not None and self.line_height is not None:
            return self._face_metrics(self.chain.primary)[0]
        return self._face_metrics(self.chain.resolve(text))[0]

    def baseline(self, text: str) -> float:
        if self.complex is not None and self.line_height is not None:
            # A browser's fixed line-height: every line box is the primary font's (fallback fonts do
            # not grow it), so its baseline is the primary font's, whatever the first word's face.
            return self._face_metrics(self.chain.primary)[1]
        return self._face_metrics(self.chain.resolve(text))[1]


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


class _Flow:
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


class _TextLayout:
    """Everything that does not depend on the available width, computed once per text node."""

    __slots__ = ("style", "engine", "prep", "tab_width", "justify", "line_limit", "block_ellipsis", "_last",
                 "_measured", "words", "pristine", "baseline_log")  # fmt: skip

    def __init__(self, text: str, style: ComputedStyle, fonts: FontLibrary) -> None:
        self.style = style
        chain = fonts.chain(style.font_family, style.font_weight, style.font_style, style.font_size,
                            style.font_variation_settings, style.locale)
        images = fonts.emoji if isinstance(fonts.emoji, EmojiImages) else default_emoji()
        self.engine = _Engine(chain, style, images)
        self.prep: Prepared = preprocess(text, style.white_space, style.word_break, style.text_transform)
        self.engine.graphemes = frozenset(graphemes(self.prep.content))
        # A variable font is drawn as a browser draws it (Next.js cannot load one): HarfBuzz's features.
        browser = getattr(fonts, "features", "satori") == "browser" or bool(chain.primary.axes)
        settings = style_features(style)  # (kerning and variants are read with features: browser only)
        features = _asks_for_shaping(settings)
        self.engine.browser_lines = browser
        if browser or features or _needs_runs(text):
            # Text Next.js draws wrongly (complex scripts, bidi) or features asked for: browser layout.
            self.engine.complex = ComplexText(chain, self.engine.font_size, self.engine.letter_spacing,
                                              settings, browser or features, self.engine.is_image,
                                              style.lang, word_spacing=word_spacing_px(style),
                                              caps=style.font_variant_caps,
                                              emoji=style.font_variant_emoji)
        self.tab_width = self.engine.measure_grapheme(" ") * float(style.tab_size)
        self.justify = style.text_align == TextAlign.JUSTIFY
        self.line_limit, self.block_ellipsis = line_limit(style, self.prep.allow_soft_wrap)
        self._last: tuple[float, _Flow] | None = None
        self._measured: dict[float, tuple[tuple[float, float, _Flow], tuple[float, ...]]] = {}
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

    def fresh(self) -> _TextLayout:
        """A new text node's state over this one's width-independent parts (shared: the engine, the
        preprocessed text, the limits) and its memo of measure calls (shared: pristine flows depend on
        the width alone, and a layout that splits a word stops using and filling it): no words split,
        nothing logged, no last flow. What a render's measure function starts from
        (:func:`pureog.text.measure.measure`)."""
        made = _TextLayout.__new__(_TextLayout)
        made.style, made.engine, made.prep = self.style, self.engine, self.prep
        made.tab_width, made.justify = self.tab_width, self.justify
        made.line_limit, made.block_ellipsis = self.line_limit, self.block_ellipsis
        made._last = None
        made._measured = self._measured
        made.words = list(self.prep.words)
        made.pristine = True
        made.baseline_log = []
        return made

    def measure(self, width: float) -> tuple[float, float, _Flow]:
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
        out = (float(math.ceil(w)), h, result)
        wrap = self.style.text_wrap
        if wrap == "balance":  # css-text-4 text-wrap: balance, by Satori's binary search
            low, high = w / 2, w
            while low + 1 < high:
                mid = (low + high) / 2
                if self.flow(mid).height > h:
                    low = mid
                else:
                    high = mid
            out = (float(math.ceil(high)), h, self.flow(high))
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
            width = engine.measure_text(word + ahead) - engine.measure_text(ahead)
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

    def flow(self, width: float) -> _Flow:  # noqa: C901 - one loop, kept in Satori's shape
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
            # A single grapheme wider than the line cannot be split further (splitting it again would
            # loop forever): it takes a line of its own below, as any over-wide word does.
            if break_word and w > width and (not current_width or will_wrap or force) \
                    and len(parts := graphemes(word)) > 1:
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
                line_height = _js_round(engine.height(word)) if w else 0.0
                baseline = _js_round(engine.baseline(word)) if w else 0.0
                segments.append(1)
                line_index = -1
                if not force:
                    max_width = max(max_width, width)
            else:
                current_width += w
                glyph_height = _js_round(engine.height(word))
                if glyph_height > line_height:
                    line_height = glyph_height
                    baseline = _js_round(engine.baseline(word))
                if justify:
                    segments[-1] += 1
            if justify:
                line_index += 1
            max_width = max(max_width, current_width)
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
        result = _Flow(max_width, height, line_widths, baselines, segments, texts, positions, text_lines)
        self._log_baselines(baselines)
        if split:  # the words changed for good: results now depend on the calls before, no memo
            self.pristine = False
            self._last = None
            self._measured = {}  # (the memo may be shared with other nodes' states: see fresh())
        elif self.pristine:
            self._last = (width, result)
        return result


_LAYOUTS: dict[tuple[str, ComputedStyle, int], _TextLayout] = {}


def _text_layout(text: str, style: ComputedStyle, fonts: FontLibrary) -> _TextLayout:
    key = (text, style, id(fonts))
    layout = _LAYOUTS.get(key)
    if layout is None or not layout.pristine or layout.engine.chain is not fonts.chain(
            style.font_family, style.font_weight, style.font_style, style.font_size, style.font_variation_settings,
            style.locale):
        layout = _TextLayout(text, style, fonts)
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


def _indent_px(style: ComputedStyle, box_width: float) -> float:
    indent = style.text_indent
    if isinstance(indent, Percent):
        return indent.value / 100 * box_width
    return float(indent)


def layout_paragraph(
    text: str,
    style: ComputedStyle,
    fonts: FontLibrary,
    width: float,
    box_width: float | None = None,
    *,
    container_width: float | None = None,
    words: list[str] | None = None,
    baselines: Sequence[float] | None = None,
) -> Paragraph:
    """Lines, glyph runs and images of ``text`` flowed at ``width`` px, aligned within ``box_width`` px
    (the text box's final width; defaults to ``width`` or, if unbounded, the measured width).

    ``container_width`` is the content width of the text's element (Satori's
    ``parentContainerInnerWidth``), which an ellipsis must fit; it defaults to ``box_width``.
    ``words``: the words the text node's last measure started from (:class:`FlowWidths`), when an
    earlier flow split one. ``baselines``: the baselines every measure of the text node logged
    (:attr:`_TextLayout.baseline_log`, recorded by :class:`FlowWidths`); each line is drawn at its entry
    there, as Satori draws it. Without them the lines take their own flow's baselines.
    """
    if fonts.is_empty:
        raise FontError("no fonts are loaded; at least one font is required to lay out text")
    if words is not None:
        layout = _TextLayout(text, style, fonts)
        layout.words, layout.pristine = list(words), False
    else:
        layout = _text_layout(text, style, fonts)
    flow_width = math.inf if width is None or math.isnan(width) else float(width)
    measured, _, result = layout.measure(flow_width)
    if box_width is None:
        box_width = flow_width if math.isfinite(flow_width) else measured
    inner_width = float(box_width if container_width is None else container_width)
    if layout.engine.complex is not None:
        from pureog.text.bidi_lines import draw_lines  # noqa: PLC0415  (only text Next.js draws wrongly)

        lines, runs, images = draw_lines(layout, result, float(box_width), inner_width)
        return Paragraph(text, measured, result.height, float(box_width), layout.engine.font_size, lines, runs,
                         images)
    return _Drawing(layout, result, float(box_width), inner_width, baselines).run(text, measured)


class _Drawing:
    """The drawing loop of Satori's ``buildTextNodes`` over one flow: runs, images, ellipsis."""

    def __init__(self, layout: _TextLayout, result: _Flow, box_width: float, inner_width: float,
                 baselines: Sequence[float] | None = None) -> None:
        self.layout = layout
        self.baselines = result.baselines if baselines is None else baselines
        """Where each line's baseline is read (Satori's ``baselines[line]``): the logged ones, see
        :attr:`_TextLayout.baseline_log`."""
        self.engine = layout.engine
        self.result = result
        self.box_width = box_width
        self.inner_width = inner_width
        self.runs: list[GlyphRun] = []
        self.images: list[InlineImage] = []
        self.line_info: dict[int, Line] = {}
        self.width_override: dict[int, float] = {}

    def _ellipsis(self, base: float, piece: str, ellipsis_width: float) -> tuple[str, float]:
        """Satori's ``calcEllipsis``: the longest prefix (at least one grapheme) that leaves room."""
        subset = ""
        resolved = 0.0
        for char in graphemes(piece):
            w = base + self.engine.measure_piece(subset + char)
            if subset and w + ellipsis_width > self.inner_width:
                break
            subset += char
            resolved = w
        return subset, resolved

    def run(self, text: str, measured: float) -> Paragraph:  # noqa: C901 - Satori's loop, kept in its shape
        engine = self.engine
        result = self.result
        style = self.layout.style
        box_width = self.box_width
        font_size = engine.font_size
        align = style.text_align
        multi_line = len(result.line_widths) > 1
        texts = result.texts
        positions = result.positions
        indent = _indent_px(style, box_width)
        limit = self.layout.line_limit
        ellipsis = self.layout.block_ellipsis
        ellipsis_width = 0.0
        space_width = 0.0
        if limit != math.inf:
            ellipsis_width = engine.measure_grapheme(ellipsis)
            if ellipsis_width > self.inner_width:
                ellipsis = HORIZONTAL_ELLIPSIS
                ellipsis_width = engine.measure_grapheme(ellipsis)
            space_width = engine.measure_grapheme(" ")
        skipped_line = -1
        buffer: str | None = None
        buffered_left = 0.0
        for i, original in enumerate(texts):
            if i >= len(positions):
                break
            piece = original
            pos = positions[i]
            nxt = positions[i + 1] if i + 1 < len(positions) else None
            left = pos.x
            line = pos.line
            if line == skipped_line:
                continue
            justified = False
            if line == 0 and indent:
                left += indent
            if multi_line:
                remaining = box_width - result.line_widths[line]
                if align in (TextAlign.RIGHT, TextAlign.END):
                    left += remaining
                elif align == TextAlign.CENTER:
                    left += remaining / 2
                elif align == TextAlign.JUSTIFY and line < len(result.line_widths) - 1:
                    count = result.segments_per_line[line]
                    gutter = remaining / (count - 1) if count > 1 else 0.0
                    left += gutter * pos.line_index
                    justified = True
                left = _js_round(left)
            line_baseline = self.baselines[line] if line < len(self.baselines) else result.baselines[line]
            word_baseline = engine.baseline(original)
            delta = line_baseline - word_baseline
            if line not in self.line_info:
                self.line_info[line] = Line(
                    index=line,
                    left=left,
                    top=pos.y + delta,
                    ascender=word_baseline,
                    width=box_width if justified else result.line_widths[line],
                    height=0.0,
                    baseline=pos.y + line_baseline,
                )
            last_before_ellipsis = False
            if limit != math.inf and line + 1 == limit:
                not_last_line = line < len(result.line_widths) - 1
                if not_last_line or result.line_widths[line] > self.inner_width:
                    cut: tuple[str, float] | None = None
                    if left + pos.width + ellipsis_width + space_width > self.inner_width:
                        subset, resolved = self._ellipsis(left, piece, ellipsis_width)
                        cut = (subset + ellipsis, resolved)
                    elif nxt is not None and nxt.line != line:
                        if align == TextAlign.CENTER:
                            subset, resolved = self._ellipsis(left, piece, ellipsis_width)
                            cut = (subset + ellipsis, resolved)
                        else:
                            following = texts[i + 1] if i + 1 < len(texts) else ""
                            subset, resolved = self._ellipsis(pos.width + left, following, ellipsis_width)
                            cut = (piece + subset + ellipsis, resolved)
                    if cut is not None:
                        piece = cut[0]
                        skipped_line = line
                        self.width_override[line] = max(0.0, cut[1] - self.line_info[line].left)
                        last_before_ellipsis = True
            # Satori asks graphemeImages about the text, not its slot: after a zero-width word the two
            # arrays are out of step and an emoji is drawn in its predecessor's slot (0 px wide when
            # that is the zero-width word, so not at all), its own slot taking the next text.
            if engine.is_image(original):
                svg = engine.images.svg(original)
                if svg is not None:
                    self.images.append(
                        InlineImage(original, left, pos.y, pos.width, engine.height(original), svg, line)
                    )
            else:
                if (
                    "\t" not in piece
                    and piece not in WORD_SEPARATORS
                    and i + 1 < len(texts)
                    and texts[i + 1]
                    and nxt is not None
                    and not nxt.is_image
                    and pos.y == nxt.y
                    and not last_before_ellipsis
                ):
                    if buffer is None:
                        buffered_left = left
                    buffer = piece if buffer is None else buffer + piece
                    continue
                segment = piece if buffer is None else buffer + piece
                run_left = left if buffer is None else buffered_left
                buffer = None
                segment = segment.replace("\t", "")
                shaped = shape(engine.chain, segment, font_size, engine.letter_spacing)
                self.runs.append(GlyphRun(segment, run_left, pos.y + word_baseline + delta, line, shaped,
                                          (pos.y, word_baseline, delta), (left, pos.width)))
            if last_before_ellipsis:
                break
        lines = _finish_lines(self.line_info, result, self.width_override)
        return Paragraph(
            text, measured, result.height, box_width, font_size, lines, tuple(self.runs), tuple(self.images)
        )


def _finish_lines(line_info: dict[int, Line], result: _Flow, width_override: dict[int, float]) -> tuple[Line, ...]:
    out: list[Line] = []
    tops: list[float] = []
    y = 0.0
    # Line heights are not stored by flow(); recover them from the y of consecutive lines.
    for pos in result.positions:
        while len(tops) <= pos.line:
            tops.append(pos.y)
    for index in sorted(line_info):
        info = line_info[index]
        top = tops[index] if index < len(tops) else y
        bottom = tops[index + 1] if index + 1 < len(tops) else result.height
        width = width_override.get(index, info.width)
        out.append(Line(info.index, info.left, info.top, info.ascender, width, bottom - top, info.baseline))
    return tuple(out)


def glyph_paths(paragraph: Paragraph, origin_x: float, origin_y: float) -> list[tuple[Path, float, float]]:
    """``(outline at the origin, absolute x, absolute baseline y)`` for every glyph, in paint order.

    ``origin_x/origin_y`` is the text box's top-left in canvas px. Outlines are cached and shared
    per (face, glyph, size); empty glyphs (spaces) are skipped.
    """
    return [(g.path, g.x, g.y) for g in placed_glyphs(paragraph, origin_x, origin_y)]


@record
class PlacedGlyph:
    """One glyph as Satori's ``getSVG`` positions it: the outline at the origin, the pen position, and
    where the same glyph first occurred in its run (``first_x``, ``first_y``; the glyph's own position
    if this is its first occurrence). Satori reuses the first occurrence's absolute commands shifted by
    ``(x - first_x, y - first_y)``, so a coordinate is ``(first_x + c) + (x - first_x)``."""

    path: Path
    x: float
    y: float
    first_x: float
    first_y: float
    face: FontFace | None = None
    """The face and glyph id (set for a face with colour glyphs: :mod:`pureog.text.color_glyphs`)."""
    gid: int = -1


def placed_glyphs(paragraph: Paragraph, origin_x: float, origin_y: float) -> list[PlacedGlyph]:
    """Every non-empty glyph of the paragraph, in paint order, at Satori's float positions: the pen
    starts at ``origin_x + run.x`` and advances as opentype.js's ``forEachGlyph`` does; the baseline is
    ``((origin_y + top) + ascent) + shift``."""
    out: list[PlacedGlyph] = []
    size = paragraph.font_size
    if size == 0:
        return out
    has_color: dict[str, bool] = {}  # per face: whether it has colour glyphs (COLR, CBDT, sbix)
    for run in paragraph.runs:
        shaped = run.shaped
        top, ascent, shift = run.baseline_parts
        y = origin_y + top + ascent + shift
        xs = shaped.pen_positions(origin_x + run.x)
        run_upem = shaped.face.units_per_em
        if shaped.glyph_dy:  # fully shaped (pureog.text.runs): explicit positions, nothing shared
            run_colored = color_glyphs(shaped.face) is not None
            run_size = shaped.font_size  # (synthesized small capitals are smaller than the paragraph)
            for gid, x, dy in zip(shaped.glyph_ids, xs, shaped.glyph_dy, strict=True):
                path = glyph_outline(shaped.face, gid, run_size)
                if run_colored:
                    out.append(PlacedGlyph(path, x, y + dy, x, y + dy, shaped.face, gid))
                elif path.segments:
                    out.append(PlacedGlyph(path, x, y + dy, x, y + dy))
            continue
        first: dict[tuple[str, int], float] = {}
        for face, gid, scale, x in zip(shaped.glyph_faces, shaped.glyph_ids, shaped.glyph_scales, xs, strict=True):
            if face is shaped.face:
                path = glyph_outline(face, gid, size)
                # opentype.js keeps one Glyph object per glyph id, so repeats share the first's commands.
                first_x = first.setdefault((face.key, gid), x)
            else:  # a fallback glyph is a new Glyph object at every occurrence: never shared
                path = glyph_outline(face, gid, size, scale, run_upem)
                first_x = x
            colored = has_color.get(face.key)
            if colored is None:
                colored = has_color[face.key] = color_glyphs(face) is not None
            if colored:  # kept even when empty: it may be drawn in colour
                out.append(PlacedGlyph(path, x, y, first_x, y, face, gid))
            elif path.segments:
                out.append(PlacedGlyph(path, x, y, first_x, y))
    return out
