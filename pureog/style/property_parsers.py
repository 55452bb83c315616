"""The value parsers of the CSS property table's own properties: box, flex, border, colour and keywords.

Role: each ``parse(raw, ctx) -> value`` here reads one property family's author value as Next.js (Satori
with css-to-react-native and Yoga) reads it, quirks included, for :mod:`pureog.style.properties`, which
names them in its table (``pp.`` there). Factories build the repetitive ones (:func:`enum`,
:func:`length`, :func:`number`, :func:`integer`); :func:`lazy` and :func:`lazy_expander` stand for the
parsers of the families with modules of their own (gradients, shadows, filters, transforms, clip paths,
grid), imported on first use. Text properties' parsers are :mod:`pureog.style.text_values`.
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Callable
from enum import StrEnum
from typing import cast

from pureog.display import BlendMode  # mixBlendMode's values are the display list's modes
from pureog.errors import StyleError
from pureog.jsnum import JS_SPACE, parse_float
from pureog.lazy_re import deferred
from pureog.style import shorthands as sh
from pureog.style.color import parse_color
from pureog.style.computed import CornerRadius, RadiusPair
from pureog.style.parse import (
    RawValue,
    ShorthandFallback,
    ShorthandReadable,
    StyleDeviation,
    StyleFallback,
    Token,
    ValueContext,
    describe,
    length_to_number,
    parse_keyword,
    parse_length,
    parse_number,
    raw_text,
    satori_dimension,
    token_length,
    tokenize,
)
from pureog.style.values import (
    AUTHOR_BORDER_STYLES,
    Align,
    BorderStyle,
    Justify,
    Percent,
    SatoriText,
)

Parser = Callable[[RawValue, ValueContext], object]
"""A longhand's value parser: the author's raw value and its context in, the computed value out."""


def enum(kind: type[StrEnum], aliases: dict[str, str] | None = None, only: tuple[str, ...] | None = None) -> Parser:
    allowed = (only if only is not None else tuple(m.value for m in kind)) + tuple(aliases or ())

    def parse(raw: RawValue, ctx: ValueContext) -> object:
        word = parse_keyword(raw, allowed)
        return kind((aliases or {}).get(word, word))

    return parse


def length(*, percent: bool = True, auto: bool = False) -> Parser:
    """A length Satori converts or drops (text indent)."""

    def parse(raw: RawValue, ctx: ValueContext) -> object:
        return parse_length(raw, ctx, percent=percent, auto=auto, satori_case=True)

    return parse


def text_indent(raw: RawValue, ctx: ValueContext) -> object:
    """``textIndent``: Satori converts a string indent when it draws the text (``lengthToNumber(...) || 0``,
    text/index.ts), so one it cannot read (``foo``, a CSS-wide keyword) indents nothing, also where the
    parent's indent would be inherited. With ``features: browser`` such a declaration is dropped, as CSS
    drops it (the inherited indent)."""
    try:
        return parse_length(raw, ctx, percent=True, satori_case=True)
    except StyleError as err:
        if ctx.browser:
            raise
        raise StyleFallback(err.message, "no indent, as Next.js reads it", 0.0) from None


def yoga_length(*, auto: bool = False, none: bool = False) -> Parser:
    """A Yoga length (size, min/max size, margin, inset, flex basis): Satori drops what it cannot
    convert, but a string ending in ``%`` is a percentage of its leading number (:func:`_trailing_percent`)."""

    def parse(raw: RawValue, ctx: ValueContext) -> object:
        if none and isinstance(raw, str) and raw.strip().lower() == "none":
            return None
        try:
            return parse_length(raw, ctx, auto=auto, satori_case=True)
        except StyleError as err:
            raise _trailing_percent(raw, ctx, err.message, StyleFallback) or err from None

    return parse


def _trailing_percent(raw: RawValue, ctx: ValueContext, problem: str,
                      kind: type[StyleFallback]) -> StyleFallback | None:
    """A string that is no length but ends in ``%`` (``"10px 5%"``, ``"3 %"``, ``"2em 1%"``): Satori's
    ``asPointPercentageLength`` (sizes, insets, margins) and Yoga's own setters (padding, gaps) take
    every string ending in ``%`` as a percentage and read its number with JavaScript's ``parseFloat``
    from the start, so ``"10px 5%"`` is 10 %. None: another string, or no leading number (dropped)."""
    if ctx.browser or not isinstance(raw, str) or not raw.endswith("%"):
        return None
    number = parse_float(raw[:-1])
    if not math.isfinite(number):
        return None
    return kind(problem, f"read as {number:g}%, as Next.js reads a string ending in %", Percent(number))


_VERTICAL_WORDS = ("baseline", "middle", "top", "bottom", "sub", "super", "text-top", "text-bottom")


def vertical_align(raw: RawValue, ctx: ValueContext) -> object:
    """``verticalAlign``: a keyword, or a length / percentage (of the line height) raising the box."""
    if isinstance(raw, str) and raw.strip().lower() in _VERTICAL_WORDS:
        return raw.strip().lower()
    return parse_length(raw, ctx, percent=True, satori_case=True)


def non_negative_length(raw: RawValue, ctx: ValueContext) -> object:
    """Stroke widths: a negative or percentage width is 0 (see :func:`border_width`)."""
    try:
        value = parse_length(raw, ctx, percent=True, satori_case=True)
    except ShorthandReadable as err:
        raise _parse_float_fallback(raw, ctx, err) from None
    return _no_negative_or_percent(raw, value)


def text_stroke_width(raw: RawValue, ctx: ValueContext) -> object:
    """``WebkitTextStrokeWidth``: a stroke width. Satori writes a value it cannot convert as
    ``stroke-width="<text>px"`` (``thinpx``, ``foopx``), which resvg cannot read and replaces by SVG's
    default width, 1: Next draws the stroke 1 px wide. Blank text draws none (no attribute)."""
    try:
        return non_negative_length(raw, ctx)
    except StyleFallback:
        raise
    except StyleError as err:
        if isinstance(raw, str) and raw.strip():
            raise StyleFallback(err.message, "stroked 1 px wide (SVG's default stroke width), as Next.js "
                                "strokes it", 1.0) from None
        raise


def border_width(raw: RawValue, ctx: ValueContext) -> object:
    """Border widths: Yoga takes a negative or percentage width as 0 (also from ``border`` and
    ``borderWidth``, which never throw on it in Next.js). A length Satori hands on unconverted
    (``4Em``, ``2REM``, ``80.px``) is 0 too: compute.ts passes it to Yoga's ``setBorder``, which takes
    a number (the string becomes NaN: no border), not to a setter that reads it with ``parseFloat`` as
    padding and gap do. (``4PX`` is a number already: css-to-react-native reads px in any case.)"""
    try:
        value = parse_length(raw, ctx, percent=True, satori_case=True)
    except ShorthandReadable as err:
        raise ShorthandFallback(err.message, "0 as in Next.js (Yoga's setBorder reads the text as NaN)",
                                SatoriText(0.0)) from None
    if isinstance(value, Percent):  # the text "5%" as well
        raise ShorthandFallback(f"expected a length, got {describe(raw)}", "0 as in Next.js", SatoriText(0.0))
    return _no_negative_or_percent(raw, value)


def _no_negative_or_percent(raw: RawValue, value: object) -> object:
    if isinstance(value, Percent):
        raise ShorthandFallback(f"expected a length, got {describe(raw)}", "0 as in Next.js", 0.0)
    if isinstance(value, float) and value < 0:
        raise ShorthandFallback(f"expected a non-negative length, got {describe(raw)}", "0 as in Next.js", 0.0)
    return value


JS_LEADING_NUMBER = deferred(r"\s*([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
"""What JavaScript's ``parseFloat`` reads at the start of a string (Yoga's setters use it)."""


def yoga_float(raw: RawValue, ctx: ValueContext) -> object:
    """Padding and gap: Satori hands a value it cannot convert to Yoga as a string, and Yoga's setter
    reads it with JavaScript's ``parseFloat``: the leading number counts as px (``"12 px"``, ``"10px
    20px"`` -> 10), as a percentage when the string ends in ``%`` (``"10px 5%"`` -> 10 %), a string
    with no leading number throws. A non-finite length (:func:`non_finite_yoga_length`) is unset in Yoga: 0."""
    try:
        return parse_length(raw, ctx, satori_case=True)
    except ShorthandReadable as err:
        raise _parse_float_fallback(raw, ctx, err) from None
    except StyleError:
        problem = f"expected a length or percentage, got {describe(raw)}"
        fallback = _yoga_parse_float(raw, ctx, problem, StyleFallback)
        if fallback is None and not ctx.browser and non_finite_yoga_length(raw):
            # `NaN` is a number to Satori (String(+x) === x) and `Infinity`, `-Infinity`, `Infinitypx`
            # parseFloat to one in Yoga's setter: Yoga stores a non-finite length as undefined, 0 here
            # (a gap longhand then falls back to Yoga's gap for both axes, which Satori sets from `gap`:
            # the cascade lets a `gap` declaration win over it)
            fallback = StyleFallback(problem, "0, as Yoga takes a non-finite length as unset", 0.0)
        if fallback is None:
            raise
        raise fallback from None


def non_finite_yoga_length(raw: object) -> bool:
    """A string Satori hands Yoga as a non-finite number (``NaN``, ``Infinity``, ``-Infinity``,
    ``Infinitypx``), which Yoga stores as unset."""
    if not isinstance(raw, str):
        return False
    text = raw.strip(JS_SPACE)
    return text == "NaN" or math.isinf(parse_float(text))


def _parse_float_fallback(raw: RawValue, ctx: ValueContext, err: ShorthandReadable) -> StyleFallback:
    """A length Satori hands to Yoga unconverted (``2EM``): read with ``parseFloat`` also from a
    shorthand, which css-to-react-native does not throw on."""
    fallback = _yoga_parse_float(raw, ctx, err.message, ShorthandFallback)
    assert fallback is not None  # a dimension token starts with its number
    return fallback


def _yoga_parse_float(raw: RawValue, ctx: ValueContext, problem: str,
                      kind: type[StyleFallback]) -> StyleFallback | None:
    """What Yoga's setter reads from a string: JavaScript's ``parseFloat``, its leading number in px
    (None: no leading number, and the setter throws)."""
    percent = _trailing_percent(raw, ctx, problem, kind)
    if percent is not None:
        return percent
    match = JS_LEADING_NUMBER.match(raw_text(raw))
    if match is None:
        return None
    return kind(problem, f"read as {match.group(1)}px, as Yoga reads it", SatoriText(match.group(1)))




_PX_NUMBER = deferred(r"([+-]?(?:[0-9]*\.)?[0-9]+(?:e[+-]?[0-9]+)?)px", re.IGNORECASE)


def _px_as_number(raw: RawValue) -> RawValue:
    """css-to-react-native's ``transformRawValue`` (properties it has no transform for: flexGrow,
    flexShrink, opacity) matches ``numberOrLengthRe``, a number with an optional ``px`` in any case, and
    keeps the number: Next applies ``flexGrow: "2px"`` as 2 and ``opacity: "0.5px"`` as 0.5."""
    if isinstance(raw, str):
        match = _PX_NUMBER.fullmatch(raw.strip())
        if match:
            return float(match.group(1))
    return raw


def number(minimum: float | None = None) -> Parser:
    def parse(raw: RawValue, ctx: ValueContext) -> object:
        return parse_number(length_to_number(_px_as_number(raw), ctx), minimum=minimum)

    return parse


def color(raw: RawValue, ctx: ValueContext) -> object:
    text = raw_text(raw)
    if text.strip() == "none":  # reaches resvg as the SVG paint `none` (`NONE` is no paint: black)
        return parse_color("transparent", ctx.current_color)
    return parse_color(text, ctx.current_color)


_OPACITY_TEXT = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})
"""Words css-to-react-native passes to Satori as ``opacity`` text (with a warning): CSS-wide keywords."""


def opacity(raw: RawValue, ctx: ValueContext) -> object:
    tokens = tokenize(raw_text(raw))
    if len(tokens) == 1 and tokens[0].kind == "percent" and ctx.browser:
        return max(0.0, min(1.0, tokens[0].value / 100.0))  # CSS Color 4's <alpha-value>, clamped
    css_wide = len(tokens) == 1 and tokens[0].kind == "ident" and tokens[0].text.lower() in _OPACITY_TEXT
    if css_wide and not ctx.browser:
        # a CSS-wide keyword is text to Satori, as a percentage is (below): NaN, drawn opaque, descendants too
        raise StyleFallback(f"opacity {describe(raw)} is not read by Next.js",
                            "the element and all its descendants are drawn opaque, as in Next.js", math.nan)
    if len(tokens) == 1 and tokens[0].kind == "percent":
        # css-to-react-native reads opacity as a number only, so Satori keeps the text "30%": it does not
        # multiply it by the inherited opacity (numbers only), its children's numbers times "30%" are NaN,
        # and resvg cannot read opacity="NaN" and draws opaque. NaN stands for that: it propagates down
        # the tree as Satori's does, and paint draws it opaque (paint/build.py).
        raise StyleFallback(f"a percentage opacity is not read by Next.js, got {describe(raw)}",
                            "the element and all its descendants are drawn opaque, as in Next.js", math.nan)
    # a negative opacity is kept: resvg draws it as 0, but Satori multiplies it into the descendants'
    # opacities (two negatives make a visible one) and writes the glyphs of a text at any opacity but 0.
    # So is one above 1: resvg draws 1, but a child's 1.5 under a parent's 0.5 is 0.75 in Next (alien
    # seed 1278); CSS clamps the computed value (features: browser)
    value = parse_number(_px_as_number(raw))
    return max(0.0, min(1.0, value)) if ctx.browser else value


_LEADING_RATIO = deferred(r"\s*[+-]?(?:\d*\.)?\d+\s*/\s*[+-]?(?:\d*\.)?\d+(?![\d.])")


def aspect_ratio(raw: RawValue, ctx: ValueContext) -> object:
    try:
        tokens = tokenize(raw_text(raw))
    except StyleError:
        if ctx.browser or not _LEADING_RATIO.match(raw_text(raw)):
            raise
        # `2 / 1 !important`: Next.js reads the leading `w / h` (and ignores it), as below
        raise StyleFallback(f"aspectRatio {describe(raw)} is ignored, as Next.js ignores it",
                            "features: browser draws it", None) from None
    if len(tokens) == 1 and tokens[0].kind == "ident" and tokens[0].text.lower() == "auto":
        return None
    if len(tokens) == 1 and tokens[0].kind == "number" and tokens[0].value > 0:
        return tokens[0].value
    ratio = len(tokens) >= 3 and tokens[1].kind == "slash" and tokens[0].kind == tokens[2].kind == "number"
    if ratio and not ctx.browser:
        # the one spelling Next.js draws (a number throws there), which it ignores. Its parser reads a
        # leading `w / h` of any two numbers (0 and negative too) and stops there, so `2 / 0`, `-1 / 2`
        # and `1 / 2 3` are drawn (ignored) too; `1 / 2px` and `auto` throw
        raise StyleFallback(f"aspectRatio {describe(raw)} is ignored, as Next.js ignores it",
                            "features: browser draws it", None)
    if ratio and len(tokens) == 3 and tokens[0].value >= 0 and tokens[2].value >= 0:
        if tokens[0].value == 0 or tokens[2].value == 0:
            return None  # a degenerate ratio behaves as auto (CSS Values 4, 'ratio')
        return tokens[0].value / tokens[2].value
    raise StyleError(f"expected a positive number or 'w / h', got {describe(raw)}")


def corner_radius(raw: RawValue, ctx: ValueContext) -> object:
    tokens = tokenize(raw_text(raw))
    if len(tokens) > 2 and not ctx.browser and _satori_first_two_radii(raw_text(raw), tokens):
        # Satori's resolveRadius reads words 0 and 1 of the value split at single spaces and nothing
        # after: `20px 40px 10px` is drawn as `20px 40px` (CSS drops the declaration)
        two = " ".join(t.text for t in tokens[:2])
        raise StyleFallback(f"a corner radius takes one or two lengths, got {describe(raw)}",
                            f"read as {two!r}, as Next.js reads it", corner_radius(two, ctx))
    if len(tokens) not in (1, 2):
        raise StyleError(f"expected one or two lengths, got {describe(raw)}")
    values = []
    for tok in tokens:
        value = token_length(tok, ctx, raw=raw)
        if (isinstance(value, float) and value < 0) or (isinstance(value, Percent) and value.value < 0):
            # Satori draws a negative radius as outward cusps at the corners; CSS drops the declaration
            raise StyleDeviation(f"a corner radius cannot be negative, got {describe(raw)}",
                                 "drawn square (spec/differences.md)", (0.0, 0.0))
        values.append(value)
    if len(values) == 2 and not _satori_reads_second_radius(raw_text(raw)):
        return (values[0], values[0])
    if len(values) == 2:
        return RadiusPair(cast("CornerRadius", (values[0], values[1])))  # (auto reads as before)
    return (values[0], values[0])


def _satori_first_two_radii(text: str, tokens: tuple[Token, ...]) -> bool:
    """Whether Satori's single-space split of a corner longhand starts with the first two tokens, both
    lengths (or numbers): then it draws them and ignores the rest. A second word it cannot read (``/``,
    ``auto``) or a comma leaves it a NaN radius and a broken path (spec/differences.md): not this case."""
    words = text.strip().split(" ")
    return (len(words) > 2 and words[:2] == [tokens[0].text, tokens[1].text]
            and all(t.kind in ("number", "dimension", "percent") for t in tokens[:2]))


def _satori_reads_second_radius(text: str) -> bool:
    """Satori's ``resolveRadius`` splits a corner longhand at single spaces (``v.split(' ')``) and uses
    word 0 for both radii when word 1 is empty: after a run of spaces, or a tab or newline between the
    values (then word 0 is ``60%\t20%``, which its length reader takes for 60%). Next draws
    ``60%  20%`` as ``60%``: we follow it."""
    words = text.strip().split(" ")
    return len(words) > 1 and bool(words[1].strip())


def border_style(raw: RawValue, ctx: ValueContext) -> object:
    """The side's style as written: Satori groups sides by it, and its stroke only asks whether it is
    ``dashed`` (``none`` and ``hidden`` sides with a width and a colour are drawn solid; so are the
    cascade's written-longhand styles, ``BorderStyle.WRITTEN_DOUBLE`` ...)."""
    return BorderStyle(parse_keyword(raw, tuple(BorderStyle)))


def outline_width(raw: RawValue, ctx: ValueContext) -> object:
    word = raw_text(raw).strip().lower()
    if word in ("thin", "medium", "thick"):
        return {"thin": 1.0, "medium": 3.0, "thick": 5.0}[word]
    value = parse_length(raw, ctx)
    if not isinstance(value, float) or value < 0:
        raise StyleError(f"expected a non-negative length, got {describe(raw)}")
    return value


def outline_style(raw: RawValue, ctx: ValueContext) -> object:
    """``auto`` (a focus ring in a browser) is drawn as a solid outline."""
    word = raw_text(raw).strip().lower()
    return BorderStyle.SOLID if word == "auto" else BorderStyle(parse_keyword(raw, AUTHOR_BORDER_STYLES))


def length_px(raw: RawValue, ctx: ValueContext) -> object:
    value = parse_length(raw, ctx)
    if not isinstance(value, float):
        raise StyleError(f"expected a length, got {describe(raw)}")
    return value


def enum_words(allowed: tuple[str, ...]) -> Parser:
    def parse(raw: RawValue, ctx: ValueContext) -> object:
        return parse_keyword(raw, allowed)

    return parse


def text_decoration_skip_ink(raw: RawValue, ctx: ValueContext) -> object:
    """Satori's expand.ts trims and lower-cases the value before testing it (``NONE`` is ``none``);
    another word throws there, so it raises here."""
    return parse_keyword(raw_text(raw).strip().lower(), ("auto", "none", "all"))


def grid(name: str) -> Parser:
    """A grid value parser (pureog/style/grid.py), loaded when a card first uses grid."""
    return _lazy("pureog.style.grid", name)


def grid_expander(name: str) -> sh.Expander:
    """A grid shorthand expander, loaded on first use like :func:`grid`."""
    return lazy_expander("pureog.style.grid", name)


def lazy_expander(module: str, name: str) -> sh.Expander:
    """The shorthand expander ``module.name``, imported on first use (see :func:`_lazy`)."""
    resolved: list[sh.Expander] = []

    def expand(raw: RawValue) -> list[tuple[str, RawValue]]:
        if not resolved:
            resolved.append(getattr(importlib.import_module(module), name))
        return resolved[0](raw)

    expand.__qualname__ = expand.__name__ = name
    return expand


def _lazy(module: str, name: str) -> Parser:
    """The parser ``module.name``, imported on first use: gradients, shadows, transforms and clip paths
    are many value classes whose creation costs import time that a card without them should not pay."""
    resolved: list[Parser] = []

    def parse(raw: RawValue, ctx: ValueContext) -> object:
        if not resolved:
            resolved.append(getattr(importlib.import_module(module), name))
        return resolved[0](raw, ctx)

    parse.__qualname__ = parse.__name__ = name
    return parse


BACKGROUND_CLIP = _lazy("pureog.style.satori_background", "parse_background_clip")
BACKGROUND_ORIGIN = _lazy("pureog.style.css_background", "parse_origin")
BACKGROUND_IMAGE = _lazy("pureog.style.gradient", "parse_background_image")
BACKGROUND_POSITION = _lazy("pureog.style.css_background", "parse_position")
BACKGROUND_REPEAT = _lazy("pureog.style.css_background", "parse_repeat")
BACKGROUND_SIZE = _lazy("pureog.style.css_background", "parse_size")
MASK_POSITION = _lazy("pureog.style.satori_background", "parse_mask_position")
MASK_REPEAT = _lazy("pureog.style.satori_background", "parse_mask_repeat")
_MASK_SIZE = _lazy("pureog.style.satori_background", "parse_mask_size")
BACKGROUND_IMAGE_PROPERTY = _lazy("pureog.style.gradient", "parse_background_image_property")
BOX_SHADOW = _lazy("pureog.style.shadow", "parse_box_shadow")
CLIP_PATH = _lazy("pureog.style.clip", "parse_clip_path")
FILTER = _lazy("pureog.style.filter", "parse_filter")
TEXT_SHADOW = _lazy("pureog.style.shadow", "parse_text_shadow")
TRANSFORM = _lazy("pureog.style.transform", "parse_transform")
TRANSFORM_ORIGIN = _lazy("pureog.style.transform", "parse_transform_origin")
PERSPECTIVE = _lazy("pureog.style.transform", "parse_perspective")
CORNER_SHAPE = _lazy("pureog.style.corner_shape", "parse_corner_shape")
CORNER_SHAPE_VALUES = "round, squircle, square, bevel, scoop, notch, superellipse(<number> | infinity | -infinity)"
PERSPECTIVE_ORIGIN = _lazy("pureog.style.transform", "parse_perspective_origin")


def mask_size(raw: RawValue, ctx: ValueContext) -> object:
    # Satori's mask default is "100% 100%" (parser/mask.ts), not background's auto: keep () for it.
    if raw_text(raw).lower() == "100% 100%":
        return ()
    return _MASK_SIZE(raw, ctx)


def _unused(raw: RawValue, ctx: ValueContext) -> object:
    return None


# Keyword aliases: Satori maps `normal` to Yoga's auto alignment. For align-items Yoga then takes its
# "otherwise" branch: a line's items go to the cross end (not stretched), and a wrapped container's line
# pass leaves them there; align-content auto is flex-start; align-self auto inherits align-items.
_ITEM_ALIGNS = ("stretch", "flex-start", "flex-end", "center", "baseline")
ALIGN_ITEMS = enum(Align, {"normal": "auto", "start": "flex-start", "end": "flex-end"}, _ITEM_ALIGNS)
ALIGN_SELF = enum(Align, {"normal": "auto", "start": "flex-start", "end": "flex-end"}, ("auto", *_ITEM_ALIGNS))
ALIGN_CONTENT = enum(
    Align,
    # baseline: in Satori's table for align-content, where Yoga lays it out as flex-start. normal: its own
    # value, which flex reads as flex-start (layout/from_style.py) and a grid as stretch.
    {"start": "flex-start", "end": "flex-end", "baseline": "flex-start"},
    ("flex-start", "flex-end", "center", "stretch", "space-between", "space-around", "space-evenly", "normal"),
)
# normal and stretch: flex reads them as flex-start (layout/from_style.py), a grid as stretch.
JUSTIFY = enum(Justify, {"start": "flex-start", "end": "flex-end"})


_POSITION_WORDS = {"left": 0.0, "center": 50.0, "right": 100.0, "top": 0.0, "bottom": 100.0}


def object_position(raw: RawValue, ctx: ValueContext) -> object:
    """Satori's parseObjectPosition: keywords, lengths, percentages; one value centres the other axis;
    of three or four values only the first two count (``right 10px top 5px`` is x 100%, y 10px); a
    length is its number whatever the unit (``1em`` is 1px: css-dimension's value)."""
    parts = raw_text(raw).lower().split()[:2]
    if not parts:
        raise StyleError(f"expected 1-2 positions, got {describe(raw)}")

    unread: list[str] = []

    def value(word: str) -> object:
        if word in _POSITION_WORDS:
            return Percent(_POSITION_WORDS[word])
        tokens = tokenize(word)
        found = satori_dimension(tokens[0]) if len(tokens) == 1 else None
        if found is None:  # Satori's parseValue reads a word it cannot convert as 0 (builder/rect.ts)
            unread.append(word)
            return 0.0
        return found

    position: tuple[object, object]
    if len(parts) == 1:
        word = parts[0]
        position = (Percent(50.0), value(word)) if word in ("top", "bottom") else (value(word), Percent(50.0))
    elif parts[0] in ("top", "bottom"):
        first, second = parts
        position = (value(second) if second in ("left", "right", "center") else Percent(50.0), value(first))
    else:
        position = (value(parts[0]), value(parts[1]))
    if unread and ctx.browser:  # CSS drops the declaration: the initial 50% 50%
        raise StyleError(f"expected a length, percentage or keyword, got {unread[0]!r}")
    if unread:
        # `objectPosition: foo` / `initial` (a CSS-wide keyword is text to Satori) places the picture at 0
        raise StyleFallback(f"expected a length, percentage or keyword, got {unread[0]!r}",
                            "read as 0, as Next.js reads it", position)
    return position


def transform_style(raw: RawValue, ctx: ValueContext) -> object:
    return parse_keyword(raw, ("flat", "preserve-3d"))


def integer(auto: bool) -> Parser:
    """An integer (``zIndex``, ``order``); ``auto`` too when allowed (None)."""

    def parse(raw: RawValue, ctx: ValueContext) -> object:
        if auto and isinstance(raw, str) and raw.strip() == "auto":
            return None
        value = parse_number(raw)
        if value != int(value):
            raise StyleError(f"expected an integer, got {describe(raw)}")
        return int(value)

    return parse


def blend_modes(raw: RawValue, ctx: ValueContext) -> object:
    """``backgroundBlendMode``: a comma list of modes, one per background layer (repeated as needed)."""
    words = [w.strip() for w in raw_text(raw).split(",")]
    return tuple(BlendMode(parse_keyword(w, BLEND_WORDS)) for w in words)


BLEND_WORDS = tuple(m.value for m in BlendMode)
