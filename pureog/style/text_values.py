"""Parsers of the text properties' values: font size, weight, family and style, line height, letter
spacing, tab size, white space, line clamps, decoration lines and styles, font feature settings.

Each is a ``parse(raw, ctx) -> value`` for :mod:`pureog.style.properties`'s table (``parse_font_size``
is also called by the cascade, which resolves font sizes against the parent's). What Satori 0.29 reads
differently from CSS is said at each parser. Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math
import re

from pureog.errors import LimitError, StyleError
from pureog.jsnum import parse_float
from pureog.lazy_re import deferred
from pureog.limits import MAX_FONT_SIZE, MAX_LETTER_SPACING
from pureog.style.parse import (
    BrowserValue,
    RawValue,
    StyleFallback,
    ValueContext,
    check_satori_case,
    css_dimension_px,
    describe,
    length_to_number,
    parse_keyword,
    parse_length,
    parse_number,
    raw_text,
    satori_angle,
    tokenize,
)
from pureog.style.values import Auto, FontStyle, Percent, TextTransform, WhiteSpace, WordBreak

_WHITE_SPACE_WORDS = frozenset(m.value for m in WhiteSpace)


def white_space(raw: RawValue, ctx: ValueContext) -> object:
    """Satori's processWhiteSpace tests the value against its lists as written: a value none of them
    names (``NOWRAP``, ``foo``) keeps spaces, turns newlines into spaces and wraps, as break-spaces."""
    text = raw_text(raw).strip()
    if text in _WHITE_SPACE_WORDS:
        return WhiteSpace(text)
    raise StyleFallback(f"expected normal, pre, pre-wrap, pre-line, nowrap or break-spaces, got {describe(raw)}",
                        "spaces kept and lines wrapped, as Next.js reads an unknown value", WhiteSpace.BREAK_SPACES)


_WORD_BREAK_WORDS = frozenset(m.value for m in WordBreak)


def word_break(raw: RawValue, ctx: ValueContext) -> object:
    """Satori compares the value with ``break-all`` / ``break-word`` / ``keep-all`` as written
    (text/processor.ts, utils.ts): any other (``BREAK-ALL``, ``foo``, a CSS-wide keyword) breaks as
    ``normal``, also where an ancestor's ``break-all`` would be inherited. With ``features: browser`` the
    keywords are read in any case and another value is dropped, as CSS drops it (the inherited value)."""
    text = raw_text(raw).strip()
    if ctx.browser:
        text = text.lower()
    if text in _WORD_BREAK_WORDS:
        return WordBreak(text)
    if ctx.browser:
        raise StyleError(f"expected normal, break-all, break-word or keep-all, got {describe(raw)}")
    raise StyleFallback(f"expected normal, break-all, break-word or keep-all, got {describe(raw)}",
                        "breaks as normal, as Next.js reads it", WordBreak.NORMAL)


_FONT_SIZE_KEYWORDS = frozenset({
    "xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large", "larger", "smaller",
})  # fmt: skip


def parse_font_size(raw: RawValue, parent_size: float, ctx: ValueContext) -> float:
    """font-size: em and % against the parent's size; keywords (``small``, ``x-large``, ``larger``, ...)
    keep the parent's size (Satori's ``calcBaseFontSize`` cannot parse them and falls back to the
    inherited size: Next.js 16.4.6 draws ``x-large`` at the parent's 16 px)."""
    tokens = tokenize(raw_text(raw))
    if len(tokens) == 1 and not ctx.browser:
        check_satori_case(tokens[0], raw)  # calcBaseFontSize then keeps the parent's size
    if len(tokens) > 1 and not ctx.browser and (read := satori_font_dimension(raw_text(raw))) is not None \
            and read[1] in ("em", "rem"):
        # `10px 2em` is 10 em to Satori (css-dimension: the number before, the unit at the end)
        words = read[0] * (parent_size if read[1] == "em" else 16.0)
        if not 0 <= words <= MAX_FONT_SIZE:
            raise StyleError(f"expected a font size, got {describe(raw)}")
        return words
    text = raw_text(raw).lower()
    if text in _FONT_SIZE_KEYWORDS:
        return parent_size
    size = _css_font_size(text, parent_size, ctx)
    if size is None:
        em_ctx = ValueContext(parent_size, ctx.viewport_width, ctx.viewport_height, ctx.current_color, ctx.parent,
                              ctx.browser)
        value = parse_length(raw, em_ctx)
        size = value.resolve(parent_size) if isinstance(value, Percent) else float(value)  # type: ignore[arg-type]
    if size < 0:
        raise StyleFallback(f"expected a non-negative font size, got {describe(raw)}", "0 as in Next.js", 0.0)
    if size > MAX_FONT_SIZE:
        raise LimitError(f"font size {size:g}px is over the limit of {MAX_FONT_SIZE:g}px (spec/limits.md)")
    return size


# CSS's absolute units in px, and the font-relative ones at their usual fallback (0.5em), for font
# sizes: Satori loses these sizes altogether (spec/differences.md), so pureog follows CSS here rather
# than taking the bare number as px, as it does for other lengths (style/parse.py, BARE_UNITS).
_FONT_SIZE_UNITS = {"pt": 96 / 72, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6}


_FONT_SIZE_UNIT = re.compile(r"^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[+-]?[0-9]+)?)"
                             r"(pt|pc|in|cm|mm|q|ch|ex|vmin|vmax)$")


def _css_font_size(text: str, parent_size: float, ctx: ValueContext) -> float | None:
    match = _FONT_SIZE_UNIT.match(text.strip())
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2)
    if unit in ("ch", "ex"):
        return number * parent_size * 0.5
    if unit in ("vmin", "vmax"):
        pick = min if unit == "vmin" else max
        return number * pick(ctx.viewport_width, ctx.viewport_height) / 100.0
    return number * _FONT_SIZE_UNITS[unit]


# The units Satori's css-dimension reads that its font-size resolver has no case for (px is a number
# by then; em and rem are resolved): the resolver returns nothing and the size is lost.
_LOST_FONT_SIZE_UNITS = frozenset({"ex", "ch", "vh", "vw", "vmin", "vmax", "mm", "cm", "in", "pt", "pc", "mozmm"})


def satori_loses_font_size(raw: RawValue) -> bool | None:
    """Whether Next.js loses a declared font size: True for one length in a unit its resolver has no
    case for (``10vw``, ``12pt``, ``2ch``) or a percentage, False for a size it reads (a number, px,
    em, rem: even where an em of a lost parent is NaN there, pureog takes the CSS size), None where
    css-dimension cannot read the text (``10VW``, keywords, ``calc()``): the parent's size stays, lost
    or not. Satori 0.29's ``calcBaseFontSize`` switch has cases for em and rem only; its undefined
    size reaches opentype.js, which measures and draws at its default 72 px, and the font engine,
    which sizes lines at its default of 16 px (spec/text.md "Font sizes Satori loses")."""
    if not isinstance(raw, str):
        return False
    try:
        tokens = tokenize(raw)
    except StyleError:
        return None
    if len(tokens) > 1:  # `10px 22px`, `10 22`: what css-dimension reads of it (none: the parent's size)
        read = satori_font_dimension(raw)
        return None if read is None else read[1] not in ("em", "rem")
    if len(tokens) != 1:
        return None
    tok = tokens[0]
    if tok.kind == "number":
        return False
    if tok.kind == "percent":
        return True
    if tok.kind != "dimension" or not tok.text.endswith(tok.unit) or tok.text[: -len(tok.unit)].endswith("."):
        return None  # `10VW`, `10.vw`: css-dimension throws (the parent's size)
    if tok.unit in ("px", "em", "rem"):
        return False
    return True if tok.unit in _LOST_FONT_SIZE_UNITS else None


_CSS_DIMENSION_ALL_UNITS = frozenset({
    "deg", "grad", "rad", "turn", "Hz", "kHz", "em", "ex", "ch", "rem", "vh", "vw", "vmin", "vmax", "px", "mm", "cm",
    "in", "pt", "pc", "mozmm", "dpi", "dpcm", "dppx", "s", "ms"})
_DOT_AT_END = deferred(r"\.[^0-9]?$")  # (a font size of several words: rare)
_UNIT_TAIL = deferred(r"[^0-9]+$")


def satori_font_dimension(text: str) -> tuple[float, str] | None:
    """A font size string of several words as Satori's ``calcBaseFontSize`` reads it through the
    css-dimension package (css-to-react-native leaves such a string as it is): ``(number, unit)``, the
    unit the text's trailing run of non-digits (``""`` for none, ``"%"``), the number JavaScript's
    ``parseFloat`` of the text before it; None where css-dimension throws (a second dot, a dot ending the
    number, two signs, an unknown unit, no number), which keeps the parent's size. So ``10px 2em`` is
    10 em, and ``10px 22px`` or ``10 22`` a size the switch has no case for: lost (72 px glyphs, 16 px
    lines; spec/text.md "Font sizes Satori loses"). Found by mutant m05866 (padding and fontSize swapped)."""
    if _DOT_AT_END.search(text) or text[:2] in ("++", "+-", "-+", "--") or text.count(".") > 1:
        return None
    if text.endswith("%"):
        unit, number = "%", text
    else:
        tail = _UNIT_TAIL.search(text)
        unit = "" if tail is None else tail.group()
        if unit and unit not in _CSS_DIMENSION_ALL_UNITS:
            return None
        number = text[: len(text) - len(unit)]
    value = parse_float(number)
    return (value, unit) if math.isfinite(value) else None


def font_size(raw: RawValue, ctx: ValueContext) -> object:
    # The cascade resolves font-size itself (it needs the parent's size); this is only for the table.
    return parse_font_size(raw, ctx.parent.font_size, ctx)


_LEADING_INT = deferred(r"\s*([+-]?)([0-9]+)")
"""What JavaScript's ``parseInt(text, 10)`` reads of a weight: whitespace, a sign, digits."""

_HEAVIEST, _LIGHTEST = 1000, 1
"""The weights that pick the same face as Satori's NaN or past-1000 weight (its ``compareFont`` then
prefers the heaviest face) and as its weight of 0 or below (the lightest)."""


def font_weight(raw: RawValue, ctx: ValueContext) -> object:
    text = raw_text(raw).strip()
    # Satori's font.ts knows `normal` and `bold` as written (css-to-react-native trims the word but keeps
    # its case); `Normal` or `BOLD` go to parseInt, NaN: the heaviest face, as below
    keyword = text.lower() if ctx.browser else text
    if keyword == "normal":
        return 400
    if keyword == "bold":
        return 700
    text = text.lower()
    parent = ctx.parent.font_weight
    if text == "bolder":
        if not ctx.browser:
            # Satori reads it with parseInt (NaN): the heaviest face, a plausible bolder text (matched)
            raise StyleFallback(f"{describe(raw)} is not a weight Satori reads",
                                "Next.js picks the heaviest face (Satori reads NaN)", _HEAVIEST)
        return 400 if parent < 350 else 700 if parent < 550 else 900 if parent < 900 else parent  # CSS Fonts 4
    # `lighter` keeps CSS's relative weights table in both modes: Next.js's heaviest face for it is
    # plainly the opposite of what was asked (spec/differences.md)
    if text == "lighter":
        return parent if parent < 100 else 100 if parent < 550 else 400 if parent < 750 else 700
    try:
        value = parse_number(raw)
    except StyleError:
        # Satori reads a weight string with parseInt: its leading integer counts and the rest is dropped,
        # so `700 !important` or `600px` pick the 700 or 600 face in Next (its font.ts)
        leading = _LEADING_INT.match(raw) if isinstance(raw, str) else None
        if leading is None:
            if ctx.browser:
                raise StyleError(
                    f"expected 'normal', 'bold', 'bolder', 'lighter' or a number 1..1000, got {describe(raw)}"
                ) from None
            # parseInt gives NaN (`medium`, `semibold`: words real cards copy from design tools)
            raise StyleFallback(f"{describe(raw)} is not a font weight",
                                "Next.js picks the heaviest face (Satori reads NaN)", _HEAVIEST) from None
        magnitude = digits_int(leading.group(2), 1001)
        value = float(-magnitude if leading.group(1) == "-" else magnitude)
    if not 1 <= value <= 1000:
        if ctx.browser:
            raise StyleError(f"expected a font weight between 1 and 1000, got {describe(raw)}")
        heavy = value > 1000
        raise StyleFallback(f"font weight {describe(raw)} is not between 1 and 1000",
                            f"Next.js picks the {'heaviest' if heavy else 'lightest'} face",
                            _HEAVIEST if heavy else _LIGHTEST)
    return int(value + 0.5)


_SATORI_FAMILY_QUOTES = deferred(r"^['\"]|['\"]$")
"""Satori's quote stripping (handler/expand.ts): one quote at each end, each end on its own."""


def font_family(raw: RawValue, ctx: ValueContext) -> object:
    families: list[str] = []
    for part in raw_text(raw).split(","):
        name = part.strip()
        if ctx.browser:
            # CSS: a quoted name is the string; unquoted identifiers are joined by single spaces
            if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
                name = name[1:-1]
            name = " ".join(name.split())
        else:
            # Satori trims, strips a quote at each end and lower-cases, nothing more: the spaces inside
            # a name are kept, so `Inter  Display` names no face registered as `Inter Display` (Next
            # then draws with the fallback fonts, the first registered first)
            name = _SATORI_FAMILY_QUOTES.sub("", name)
        name = name.lower()
        if name or not ctx.browser:
            # an empty name (`""`, `', ,'`, blanks) is kept in Next's reading: it names no face, so the
            # text takes the fallback fonts, not the parent's family
            families.append(name)
    if not families:
        raise StyleError(f"expected a font family list, got {describe(raw)}")
    return tuple(families)


def line_height(raw: RawValue, ctx: ValueContext) -> object:
    """Multiple of the font size (Satori converts px/em/% to a multiple, so children inherit it)."""
    text = raw_text(raw)
    if text.lower() == "normal":
        return None
    try:
        tokens = tokenize(text)
    except StyleError:  # `2!5px`: no CSS, but css-dimension's own reading, which Satori's lengthToNumber uses
        tokens = ()
    if len(tokens) == 1 and tokens[0].kind == "number":
        return tokens[0].value
    if len(tokens) == 1 and tokens[0].kind == "dimension" and tokens[0].text[: -len(tokens[0].unit)].endswith("."):
        # `40.px` is no CSS length (digits must follow the dot); Next computes NaN and draws no text
        raise StyleError(f"expected a line height, got {describe(raw)} (a number ends in '.')")
    # an angle is its degrees in px, as Satori's lengthToNumber reads it (lineHeight '7deg' is 7 px)
    angle = satori_angle(tokens[0]) if len(tokens) == 1 and not ctx.browser else None
    value: float | Percent | Auto
    try:
        value = parse_length(raw, ctx) if angle is None else angle
    except StyleError:  # `1a0px`, `2#3px`: likewise; `12abc%` is parseFloat's 12 %
        junk: float | Percent | None = None if ctx.browser else css_dimension_px(text, ctx)
        if junk is None and not ctx.browser and text.endswith("%") and not any(c.isspace() for c in text):
            number = parse_float(text[:-1])
            junk = Percent(number) if math.isfinite(number) else None
        if junk is None:
            raise
        value = junk
    if ctx.font_size == 0:
        # Satori divides the line height's px by the font size: a % or em of 0 px over 0 is NaN, lines
        # 0 high in a child that inherits it (a 0 factor). (A positive px or rem over 0 is +Infinity
        # there: infinitely high lines and NaN boxes around them, which pureog does not reproduce.)
        return 0.0
    if isinstance(value, Percent):
        if not ctx.font_size:
            return value.value / 100.0
        # Satori's lengthToNumber takes the percentage of the font size and expand.ts divides by it again:
        # in doubles that is not always the ratio (150% of 11.2 px is 1.4999999999999998, so a 37 px child
        # inheriting it has 55.49999 px lines, which Yoga rounds to 55, not 56)
        return value.value / 100.0 * ctx.font_size / ctx.font_size
    return float(value) / ctx.font_size if ctx.font_size else 0.0  # type: ignore[arg-type]


def letter_spacing(raw: RawValue, ctx: ValueContext) -> object:
    if isinstance(raw, str) and raw.strip().lower() == "normal":
        return 0.0
    try:
        spacing = parse_length(raw, ctx, percent=False, satori_case=True)
    except LimitError:
        raise
    except StyleError as err:
        # Satori keeps a spacing it cannot convert (`2px !important`, `foo`) as text, and the glyph
        # advances add text / font size, NaN, which opentype.js skips as falsy: no spacing at all, also
        # where the parent's spacing would be inherited
        raise StyleFallback(str(err), "no spacing, as Next.js reads it", 0.0) from None
    if isinstance(spacing, float) and abs(spacing) > MAX_LETTER_SPACING:
        raise LimitError(f"letter spacing {spacing:g}px is beyond +-{MAX_LETTER_SPACING:g}px (spec/limits.md)")
    return spacing


def text_transform(raw: RawValue, ctx: ValueContext) -> object:
    """Satori compares the value with its four keywords as written (processor.ts): anything else
    (`uppercase !important`, `Uppercase`) transforms nothing, also where an ancestor's transform would
    be inherited."""
    text = raw_text(raw).strip()
    if text in _TEXT_TRANSFORMS:
        return TextTransform(text)
    raise StyleFallback(f"expected one of 'none', 'uppercase', 'lowercase', 'capitalize', got {describe(raw)}",
                        "no transform, as Next.js reads it", TextTransform.NONE)


_TEXT_TRANSFORMS = frozenset(m.value for m in TextTransform)


def word_spacing(raw: RawValue, ctx: ValueContext) -> object:
    """``word-spacing`` (``features: browser``): ``normal`` (0), a length, or a percentage, which Chromium
    reads as a share of the font size of the text it spaces (kept as :class:`Percent`)."""
    if isinstance(raw, str) and raw.strip().lower() == "normal":
        return 0.0
    spacing = parse_length(raw, ctx)
    if isinstance(spacing, Percent):
        if abs(spacing.value) / 100.0 * MAX_FONT_SIZE > MAX_LETTER_SPACING:
            raise LimitError(f"word spacing {spacing.value:g}% may be beyond +-{MAX_LETTER_SPACING:g}px "
                             "(spec/limits.md)")
        return spacing
    if not isinstance(spacing, float):  # a calc() mixing a percentage with a length
        raise StyleError(f"expected normal, a length or a percentage, got {describe(raw)}")
    if abs(spacing) > MAX_LETTER_SPACING:
        raise LimitError(f"word spacing {spacing:g}px is beyond +-{MAX_LETTER_SPACING:g}px (spec/limits.md)")
    return spacing


FONT_VARIANT_CAPS = ("normal", "small-caps", "all-small-caps", "petite-caps", "all-petite-caps", "unicase",
                     "titling-caps")


def _words(raw: RawValue) -> list[str]:
    """The keywords of a ``font-variant*`` value."""
    return raw_text(raw).lower().split()


_LIGATURES = {
    "common-ligatures": (("liga", 1), ("clig", 1)), "no-common-ligatures": (("liga", 0), ("clig", 0)),
    "discretionary-ligatures": (("dlig", 1),), "no-discretionary-ligatures": (("dlig", 0),),
    "historical-ligatures": (("hlig", 1),), "no-historical-ligatures": (("hlig", 0),),
    "contextual": (("calt", 1),), "no-contextual": (("calt", 0),),
}
_NUMERIC = {
    "lining-nums": "lnum", "oldstyle-nums": "onum", "proportional-nums": "pnum", "tabular-nums": "tnum",
    "diagonal-fractions": "frac", "stacked-fractions": "afrc", "ordinal": "ordn", "slashed-zero": "zero",
}
_EAST_ASIAN = {
    "jis78": "jp78", "jis83": "jp83", "jis90": "jp90", "jis04": "jp04", "simplified": "smpl",
    "traditional": "trad", "full-width": "fwid", "proportional-width": "pwid", "ruby": "ruby",
}
FONT_VARIANT_POSITION = ("normal", "sub", "super")
FONT_VARIANT_EMOJI = ("normal", "text", "emoji", "unicode")
# keywords of one group exclude each other (CSS Fonts 4: `lining-nums || ...` takes one of each pair)
_NUMERIC_GROUPS = (("lining-nums", "oldstyle-nums"), ("proportional-nums", "tabular-nums"),
                   ("diagonal-fractions", "stacked-fractions"), ("ordinal",), ("slashed-zero",),
                   ("jis78", "jis83", "jis90", "jis04", "simplified", "traditional"),
                   ("full-width", "proportional-width"), ("ruby",))


def _group(word: str) -> str:
    """The exclusive group of a ligature or numeric keyword (each may appear once)."""
    for group in _NUMERIC_GROUPS:
        if word in group:
            return group[0]
    return word.removeprefix("no-")


def font_variant_ligatures(raw: RawValue, ctx: ValueContext) -> object:
    """``font-variant-ligatures`` as OpenType feature settings (CSS Fonts 4 §6.4)."""
    words = _words(raw)
    if words == ["normal"]:
        return ()
    if words == ["none"]:
        return (("liga", 0), ("clig", 0), ("dlig", 0), ("hlig", 0), ("calt", 0))
    return _features(words, _LIGATURES, raw)


def font_variant_numeric(raw: RawValue, ctx: ValueContext) -> object:
    """``font-variant-numeric`` as OpenType feature settings (CSS Fonts 4 §6.7)."""
    words = _words(raw)
    if words == ["normal"]:
        return ()
    return _features(words, {w: ((tag, 1),) for w, tag in _NUMERIC.items()}, raw)


def font_variant_east_asian(raw: RawValue, ctx: ValueContext) -> object:
    """``font-variant-east-asian`` as OpenType feature settings (CSS Fonts 4 §6.10): one of the JIS /
    simplified / traditional forms, one width, ``ruby``."""
    words = _words(raw)
    if words == ["normal"]:
        return ()
    return _features(words, {w: ((tag, 1),) for w, tag in _EAST_ASIAN.items()}, raw)


def font_variant_position(raw: RawValue, ctx: ValueContext) -> object:
    return parse_keyword(raw, FONT_VARIANT_POSITION)


def font_variant_emoji(raw: RawValue, ctx: ValueContext) -> object:
    return parse_keyword(raw, FONT_VARIANT_EMOJI)


def _features(words: list[str], table: dict[str, tuple[tuple[str, int], ...]],
              raw: RawValue) -> tuple[tuple[str, int], ...]:
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for word in words:
        group = _group(word)
        if word not in table or group in seen:
            raise StyleError(f"unexpected {word!r} in {describe(raw)}")
        seen.add(group)
        out += table[word]
    if not out:
        raise StyleError(f"expected keywords, got {describe(raw)}")
    return tuple(out)


def font_variant_caps(raw: RawValue, ctx: ValueContext) -> object:
    return parse_keyword(raw, FONT_VARIANT_CAPS)


VARIANT_LONGHANDS = ("fontVariantCaps", "fontVariantLigatures", "fontVariantNumeric", "fontVariantEastAsian",
                     "fontVariantPosition", "fontVariantEmoji")
"""The longhands the ``font-variant`` shorthand sets (CSS Fonts 4; ``font-variant-alternates`` has no
keyword pureog draws: its functions need ``@font-feature-values``)."""


def font_variant_parts(raw: RawValue) -> dict[str, list[str]]:
    """The ``font-variant`` shorthand's words by longhand (caps, ligatures, numeric, east Asian, position,
    emoji); ``normal`` and ``none`` reset them all (``none``: ligatures none)."""
    words = _words(raw)
    if words in (["normal"], ["none"]):
        return {name: (words if name == "fontVariantLigatures" else ["normal"]) for name in VARIANT_LONGHANDS}
    parts: dict[str, list[str]] = {name: [] for name in VARIANT_LONGHANDS}
    for word in words:
        if word in FONT_VARIANT_CAPS[1:]:
            parts["fontVariantCaps"].append(word)
        elif word in _LIGATURES:
            parts["fontVariantLigatures"].append(word)
        elif word in _NUMERIC:
            parts["fontVariantNumeric"].append(word)
        elif word in _EAST_ASIAN:
            parts["fontVariantEastAsian"].append(word)
        elif word in FONT_VARIANT_POSITION[1:]:
            parts["fontVariantPosition"].append(word)
        elif word in FONT_VARIANT_EMOJI[1:]:
            parts["fontVariantEmoji"].append(word)
        else:
            raise StyleError(f"unexpected {word!r} in font-variant {describe(raw)}")
    for name in ("fontVariantCaps", "fontVariantPosition", "fontVariantEmoji"):
        if len(parts[name]) > 1:
            raise StyleError(f"more than one {name[11:].lower()} keyword in font-variant {describe(raw)}")
    return {name: value or ["normal"] for name, value in parts.items()}


def tab_size(raw: RawValue, ctx: ValueContext) -> object:
    # Satori (via css-to-react-native and lengthToNumber) turns a length into its px number and then
    # uses that number as a count of spaces: `tabSize: 20px` is 20 spaces wide, as in Next.js.
    tokens = tokenize(raw_text(raw))
    if len(tokens) == 1 and tokens[0].kind == "dimension":
        value = parse_length(raw, ctx, percent=False)
        if isinstance(value, float) and value >= 0:
            return value
        raise StyleError(f"expected a number or length >= 0, got {describe(raw)}")
    return parse_number(raw, minimum=0)


_LINE_CLAMP = deferred(r"""^([0-9]+)\s*(?:"(.*)"|'(.*)')$""", re.DOTALL)


def line_clamp(raw: RawValue, ctx: ValueContext) -> object:
    """``lineClamp``: a number of lines, optionally with the block-ellipsis string (``'2 "…"'``)."""
    raw = length_to_number(raw, ctx)  # `"2px"`, `"0.1em"`: Satori's number
    if isinstance(raw, str):
        text = raw_text(raw)
        if text.lower() == "none":
            return None
        match = _LINE_CLAMP.match(text)
        if match:
            ellipsis = match.group(2) if match.group(2) is not None else match.group(3)
            return (float(match.group(1)), ellipsis)
    # Satori: a bare number string becomes a number. A negative count is kept: Satori's line loop
    # (`while lines < count`) then lays out no line, a 0-high text (0 is no clamp: falsy there)
    count = parse_number(raw)
    return (count, None)


def webkit_line_clamp(raw: RawValue, ctx: ValueContext) -> object:
    if isinstance(raw, str) and raw_text(raw).lower() == "none":
        return None
    return parse_number(length_to_number(raw, ctx), minimum=0)


_DECORATION_LINES = ("underline", "line-through")
# CSS's other line keywords: Next.js throws on them (css-to-react-native knows neither), so pureog
# draws them as Chromium does: `overline` a line above the text, `blink` nothing.
_CSS_ONLY_LINES = ("overline", "blink")


def decoration_line(raw: RawValue, ctx: ValueContext) -> object:
    words = raw_text(raw).lower().split()
    if words == ["none"]:
        return ()
    for word in words:
        if word not in _DECORATION_LINES and word not in _CSS_ONLY_LINES and word != "none":
            raise StyleError(f"expected 'none', 'underline', 'overline' or 'line-through', got {describe(raw)}")
    if not words or (len(set(words)) != len(words)) or ("none" in words and any(w in _CSS_ONLY_LINES for w in words)):
        raise StyleError(f"expected 'none', 'underline', 'overline' or 'line-through', got {describe(raw)}")
    if "overline" in words:  # no Satori drawing to follow: CSS's lines (Chromium's geometry)
        return tuple(w for w in ("underline", "overline", "line-through") if w in words)
    # Satori compares the whole value with `underline` and `line-through`; any other value (two lines,
    # `underline none`) draws one line at the top of the text (paint/decoration.py); `blink` is no line
    return tuple(w for w in (*_DECORATION_LINES, "none") if w in words)


def decoration_style(raw: RawValue, ctx: ValueContext) -> object:
    """``solid | double | dotted | dashed | wavy``. Next.js reads ``wavy`` as solid (no dash array):
    so does pureog, unless ``features: browser`` or the ``textDecoration`` shorthand (which Next.js
    refuses with it) asks for the wave."""
    word = parse_keyword(raw, ("solid", "dashed", "dotted", "double", "wavy"))
    if word == "wavy" and not ctx.browser:
        raise BrowserValue("textDecorationStyle 'wavy' is drawn solid, as Next.js draws it",
                           "features: browser draws the wave", "solid", "wavy")
    return word


def decoration_thickness(raw: RawValue, ctx: ValueContext) -> object:
    """``text-decoration-thickness``: ``auto`` (None), ``from-font`` or a length / percentage of the
    font size (CSS Text Decoration 4; negative values are invalid)."""
    if isinstance(raw, str) and raw_text(raw).strip().lower() in ("auto", "from-font"):
        word = raw_text(raw).strip().lower()
        return None if word == "auto" else "from-font"
    value = parse_length(raw, ctx)
    if isinstance(value, Percent) and value.value < 0 or isinstance(value, float) and value < 0:
        raise StyleError(f"expected auto, from-font or a non-negative length, got {describe(raw)}")
    return value


def underline_offset(raw: RawValue, ctx: ValueContext) -> object:
    """``text-underline-offset``: ``auto`` (None) or a length / percentage of the font size."""
    if isinstance(raw, str) and raw_text(raw).strip().lower() == "auto":
        return None
    return parse_length(raw, ctx)


def underline_position(raw: RawValue, ctx: ValueContext) -> object:
    """``text-underline-position``: ``auto | from-font | [under || [left | right]]``; left and right
    matter only in vertical text, so the horizontal reading is kept: auto, from-font or under."""
    words = raw_text(raw).lower().split()
    if words in (["auto"], ["from-font"]):
        return words[0]
    sides = [w for w in words if w in ("left", "right")]
    if words and all(w in ("under", "left", "right") for w in words) and len(set(words)) == len(words) \
            and len(sides) <= 1:
        return "under" if "under" in words else "auto"
    raise StyleError(f"expected auto, from-font, under, left or right, got {describe(raw)}")


def font_style(raw: RawValue, ctx: ValueContext) -> object:
    word = raw_text(raw).lower().split()
    if word and word[0] == "oblique":  # "oblique 10deg": the angle does not choose a face
        return FontStyle.OBLIQUE
    return FontStyle(parse_keyword(raw, ("normal", "italic", "oblique")))


_FEATURE_SETTING = deferred(r"""\s*(["'])([\x20-\x7e]{4})\1\s*(on|off|[0-9]+)?\s*""")


_VARIATION_SETTING = deferred(r"""\s*(["'])([\x20-\x7e]{4})\1\s+"""
                                r"""([-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\s*""")


def variation_settings(raw: RawValue, ctx: ValueContext) -> object:
    """``font-variation-settings``: ``normal`` or ``"tag" <number>, ...`` -> ((tag, value), ...); a
    tag given twice keeps its last value, as CSS says."""
    text = raw_text(raw).strip()
    if text.lower() == "normal":
        return ()
    settings: dict[str, float] = {}
    for part in text.split(","):
        m = _VARIATION_SETTING.fullmatch(part)
        if m is None:
            raise StyleError(f"expected normal or a list of \"tag\" <number>, got {describe(raw)}")
        settings[m.group(2)] = float(m.group(3))
    return tuple(settings.items())


MAX_FEATURE_VALUE = 0xFFFFFFFF
"""A feature value is a 32-bit unsigned number in HarfBuzz (``hb_feature_t.value``); larger ones are it."""


def digits_int(digits: str, ceiling: int) -> int:
    """``int(digits)``, at most ``ceiling``. Python's ``int()`` refuses a literal of over 4,300 digits
    (``ValueError``: a ``fontWeight`` of 5,000 nines escaped as one); any such literal is past the ceiling."""
    significant = digits.lstrip("0")
    if len(significant) > len(str(ceiling)):
        return ceiling
    return min(int(significant or "0"), ceiling)


def feature_settings(raw: RawValue, ctx: ValueContext) -> object:
    """``font-feature-settings``: ``normal`` or ``"tag" [on | off | n], ...`` -> ((tag, value), ...)."""
    text = raw_text(raw).strip()
    if text.lower() == "normal":
        return ()
    settings: list[tuple[str, int]] = []
    for part in text.split(","):
        m = _FEATURE_SETTING.fullmatch(part)
        if m is None:
            raise StyleError(f"expected normal or a list of \"tag\" [on | off | integer], got {describe(raw)}")
        value = m.group(3)
        number = 1 if value in (None, "on") else 0 if value == "off" else digits_int(value, MAX_FEATURE_VALUE)
        settings.append((m.group(2), number))
    return tuple(settings)
