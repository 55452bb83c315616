"""Parsing ``boxShadow`` and ``textShadow`` into typed values (``filter``: :mod:`pureog.style.filter`).

Input: CSS text -> tuples of :class:`BoxShadow` / :class:`TextShadow`, lengths in px, colours resolved
(``currentColor`` included).

Satori parses box-shadow with ``css-box-shadow`` (``[inset] <x> <y> [<blur> [<spread>]] [<colour>]``, the
colour last) and text-shadow with css-to-react-native (``<x> <y> [<blur>] [<colour>]``, colour first or
last; the default colour is black). We accept the colour anywhere, as CSS does. A negative blur radius,
invalid CSS, is kept as Next draws it (:func:`_negative_blur`). The CSS blur radius is twice the Gaussian
standard deviation (painting halves it).

Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TypeVar

from pureog.color import BLACK, Color
from pureog.errors import LimitError, StyleError
from pureog.limits import MAX_VALUE_TOKENS
from pureog.records import record
from pureog.style.color import color_from_token, is_color_token
from pureog.style.parse import (
    RawValue,
    StyleFallback,
    Token,
    ValueContext,
    describe,
    length_px,
    raw_text,
    split_commas,
    tokenize,
)


@record
class BoxShadow:
    offset_x: float
    offset_y: float
    blur: float = 0.0
    spread: float = 0.0
    color: Color = BLACK
    inset: bool = False
    blur_written: bool = True
    """False when the value gives no blur length: Satori then writes a filter region of NaN, which resvg
    replaces by its default (the shape's bounding box grown by 10 %), cutting a long inset offset."""
    spread_text: str = ""
    """An outer shadow's spread written as a unitless number (``0 0 0 5 red``), as css-box-shadow keeps
    it: text, which Satori adds to the blur's share of the filter region as text (paint/shadow.py);
    "" otherwise. A spread that is no number at all (``calc(2px + 0px)``) is kept as text too, with
    ``spread`` NaN (of an inset shadow as well: its negation is NaN): Satori writes stroke-width="NaN" on
    an outer shadow's shape, usvg's default width 1, and no stroke on an inset one's (paint/shadow.py)."""
    y_unwritten: bool = False
    """The value gives one length (``1px``, ``1px red``): css-box-shadow leaves ``offsetY`` undefined, so
    Satori writes ``y="NaN"`` on the shadow's ``<rect>`` (usvg reads 0: the box's copy at the top of the
    canvas, moved by the x offset) and NaN into a rounded shape's path data (resvg draws no path);
    the blur is NaN too (none, and usvg's default filter region). ``offset_y`` is then 0. So is a y offset
    css-box-shadow keeps as text that is no number (Mantine's ``0 calc(0.0625rem * var(--mantine-scale))
    ...``), which Satori appends to the shape's ``y`` as text."""
    x_unwritten: bool = False
    """The x offset is text that is no number (``initial``: Tailwind's ``var(--tw-ring-inset) 0 0 0 ...``
    with ``--tw-ring-inset`` undeclared): Satori appends it to the shape's ``x`` (usvg reads 0: the box's
    copy at the left of the canvas) and to a rounded shape's path data (resvg draws no path).
    ``offset_x`` is then 0."""


@record
class TextShadow:
    offset_x: float
    offset_y: float
    blur: float = 0.0
    color: Color = BLACK


def _split(raw: RawValue, ctx: ValueContext, what: str) -> list[tuple[list[float], list[Color], bool]]:
    """Each comma-separated shadow -> (lengths in order, colours, inset flag)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise StyleError(f"expected a {what} list, got {describe(raw)}")
    text = raw_text(raw)
    out: list[tuple[list[float], list[Color], bool]] = []
    for group in split_commas(tokenize(text)):
        lengths: list[float] = []
        colors: list[Color] = []
        inset = False
        for tok in group:
            if tok.kind == "ident" and tok.text.lower() == "inset":
                inset = True
                continue
            px = length_px(tok, ctx)
            if px is not None:
                lengths.append(px)
            elif is_color_token(tok):
                colors.append(color_from_token(tok, ctx.current_color))
            else:
                raise StyleError(f"unexpected {tok.text!r} in {what} {describe(raw)}")
        if len(colors) > 1:
            raise StyleError(f"a {what} has at most one colour, got {describe(raw)}")
        out.append((lengths, colors, inset))
    return out


# css-box-shadow 1.0.0-3 (Satori's parser) splits shadows at /,(?![^(]*\)/ (commas outside parentheses)
# and each shadow's parts at /\s(?![^(]*\))/ (every single whitespace character outside parentheses), so
# a run of spaces leaves empty parts. Such a lookahead scans to the next "(" from every separator: run as
# a regular expression it took quadratic time (a 200 KB value of commas, 16 s), so _split_outside finds
# the same cuts in one pass from the right.
_PARSER_LENGTH = re.compile(r"[0-9]+[a-zA-Z%]+")


def _split_outside(text: str, separator: Callable[[str], bool]) -> list[str]:
    r"""``text`` cut at each separator character whose next parenthesis is not ``)`` (none counts as not),
    as css-box-shadow's lookahead ``(?![^(]*\))`` decides: one pass from the right, linear."""
    cuts: list[int] = []
    next_paren = ""
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch in "()":
            next_paren = ch
        elif next_paren != ")" and separator(ch):
            cuts.append(i)
    pieces: list[str] = []
    start = 0
    for cut in reversed(cuts):
        pieces.append(text[start:cut])
        start = cut + 1
    pieces.append(text[start:])
    return pieces


def _is_comma(ch: str) -> bool:
    return ch == ","


_Group = tuple[list[float], list[Color], bool, list[str]]


def _box_shadow_groups(raw: RawValue, ctx: ValueContext) -> list[_Group]:
    """Each shadow -> (lengths in order, colours, inset, each length's text where it was written as a
    unitless number, else ""), read as css-box-shadow reads a string.

    Its reading differs from CSS where the output stays plausible, and pureog follows it there: an empty
    part (from a run of spaces) holds its position as a length of 0 (``4px  4px red`` is x 4, y 0, blur
    4); the last part is the colour unless it is ``0`` or digits followed by a unit, so a last
    ``-2px`` or ``1.5px`` is an unreadable colour (black) instead of a length. Where Next draws a
    shadow somewhere else (``em``/``rem``/``vw`` lengths, the colour first, ``inset`` last, upper-case
    units) pureog reads the value as CSS does (spec/differences.md). A unitless number other than 0 is
    invalid as an offset, as in CSS (Next appends it to the shape's coordinate as text); as a blur or
    spread radius Next reads it as px (JavaScript's arithmetic turns the text into its number: a plain
    blur and a spread stroke, ``0 0 0 5 red`` a 5 px ring), and so does pureog."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raise StyleError(f"expected a box-shadow list, got {describe(raw)}")
    out: list[_Group] = []
    parts_read = 0
    for shadow in _split_outside(raw_text(raw), _is_comma):
        parts = _split_outside(shadow.strip(), str.isspace)
        # each part is read on its own, so tokenize's limit on a whole value is kept here: a part is a
        # token, and so is the comma after a shadow
        parts_read += 1 + sum(1 for part in parts if part)
        if parts_read > MAX_VALUE_TOKENS:
            raise LimitError(f"a CSS value with more than {MAX_VALUE_TOKENS:,} tokens")
        tokens = [_part_token(part) for part in parts]
        # css-box-shadow's parts.includes('inset') is case-sensitive: `INSET` stays a text offset and
        # Next draws a black outer shape cut at the box; pureog reads it as CSS (spec/differences.md)
        inset = any(part.lower() == "inset" for part in parts)
        last = parts[-1]
        color_part = None if last == "0" or _PARSER_LENGTH.fullmatch(last) else last
        if color_part is not None and any(tok is not None and is_color_token(tok) for tok in tokens[:-1]):
            color_part = None  # the colour comes first: read as CSS reads it (spec/differences.md)
        lengths: list[float] = []
        texts: list[str] = []
        colors: list[Color] = []
        for part, tok in zip(parts, tokens, strict=True):
            if part.lower() == "inset" or part == color_part:
                continue
            if part == "":
                lengths.append(0.0)
                texts.append("")
                continue
            bare = tok is not None and tok.kind == "number" and tok.value != 0
            if bare and len(lengths) < 2:
                raise StyleError(f"a box-shadow offset needs a unit, got {part!r} in {describe(raw)}")
            px = length_px(tok, ctx) if tok is not None else None
            if px is not None:
                lengths.append(px)
                texts.append(part if bare else "")
            elif tok is not None and is_color_token(tok):
                colors.append(color_from_token(tok, ctx.current_color))
            elif not ctx.browser:
                # an offset, blur or spread css-box-shadow keeps as text that is no number (``calc(2px +
                # 0px)``: Tailwind's ring-2, Mantine's shadows; ``initial`` from Tailwind's undeclared
                # --tw-ring-inset): NaN in Satori's sums, which Next draws as parse_box_shadow reads the
                # NaN (past the fourth, dropped: _first_four); the list's other layers are drawn as written
                lengths.append(math.nan)
                texts.append(part)
            else:
                raise StyleError(f"unexpected {part!r} in box-shadow {describe(raw)}")
        if color_part is not None:
            colors.append(_shadow_color(tokens[-1], ctx))
        if len(colors) > 1:
            raise StyleError(f"a box-shadow has at most one colour, got {describe(raw)}")
        out.append((lengths, colors, inset, texts))
    return out


def _part_token(part: str) -> Token | None:
    """The one CSS token of a whitespace-separated part; None for an empty part or several tokens."""
    tokens = tokenize(part) if part else ()
    return tokens[0] if len(tokens) == 1 else None


def _shadow_color(tok: Token | None, ctx: ValueContext) -> Color:
    """The shadow's colour part; one resvg cannot read is its default flood colour, black."""
    if tok is not None and is_color_token(tok):
        try:
            return color_from_token(tok, ctx.current_color)
        except StyleError:
            pass
    return BLACK


def _first_four(lengths: list[float]) -> list[float]:
    """css-box-shadow destructures ``[offsetX, offsetY, blurRadius, spreadRadius] = nums``: parts after
    the fourth length (an empty part from a run of spaces, ``6px 8px 0px 2px  #2a9d8f``) are dropped
    and Next draws the shadow of the first four."""
    return lengths[:4]


def parse_box_shadow(raw: RawValue, ctx: ValueContext) -> tuple[BoxShadow, ...]:
    if isinstance(raw, str) and raw.strip().lower() == "none":
        return ()
    shadows: list[BoxShadow] = []
    for lengths, colors, inset, texts in _box_shadow_groups(raw, ctx):
        lengths = _first_four(lengths)
        # an x offset that is no number: x="NaN" on the shape (BoxShadow.x_unwritten)
        x_unwritten = math.isnan(lengths[0]) if lengths else False
        if x_unwritten:
            lengths = [0.0, *lengths[1:]]
        if len(lengths) == 1 and not ctx.browser:  # (CSS, and so features: browser, finds it invalid)
            shadows.append(BoxShadow(lengths[0], 0.0, 0.0, 0.0, colors[0] if colors else BLACK, inset, False,
                                     y_unwritten=True, x_unwritten=x_unwritten))
            continue
        if len(lengths) < 2:
            raise StyleError(f"expected 2 to 4 lengths per box-shadow, got {describe(raw)}")
        blur = lengths[2] if len(lengths) > 2 else 0.0
        spread = lengths[3] if len(lengths) > 3 else 0.0
        color = colors[0] if colors else BLACK
        # an inset shadow's spread is negated first (a number then)
        spread_text = texts[3] if len(texts) > 3 and not inset else ""
        # a blur that is no number: stdDeviation="NaN" (usvg: no blur) and x="NaN%" (its default region)
        blur_written = len(lengths) > 2 and not math.isnan(blur)
        blur = 0.0 if math.isnan(blur) else blur
        # a y offset that is no number: y="NaN" on the shape, as when none is written (BoxShadow.y_unwritten)
        y_unwritten = math.isnan(lengths[1])
        y = 0.0 if y_unwritten else lengths[1]
        # (an inset shadow's x offset joins its filter region's sums: NaN, usvg's default region)
        written = blur_written and not y_unwritten and not (x_unwritten and inset)
        shadows.append(BoxShadow(lengths[0], y, blur, spread, color, inset, written, spread_text, y_unwritten,
                                 x_unwritten))
    return _negative_blur(tuple(shadows), "box-shadow", raw)


NONE_TEXT_SHADOW = "0 0 0 black"
"""An author's ``textShadow: none`` (any case) as css-to-react-native reads it and Next.js draws it: a
black shadow of zero offsets and radius, a dark edge around the glyphs whose filter region cuts text
drawn past it. The cascade reads it so in Next.js documents (``features: browser``: no shadow, as CSS)."""


def satori_text_shadow_nones(raw: str) -> str:
    """``raw`` with each ``none`` member of its list (``2px 2px red, none``) written as
    :data:`NONE_TEXT_SHADOW`: css-to-react-native reads a ``none`` member as it reads a lone ``none``,
    so Next.js draws one more black shadow of zero offsets where CSS finds the list invalid."""
    members = _split_outside(raw, lambda ch: ch == ",")
    if not any(m.strip().lower() == "none" for m in members):
        return raw
    return ",".join(NONE_TEXT_SHADOW if m.strip().lower() == "none" else m for m in members)


def parse_text_shadow(raw: RawValue, ctx: ValueContext) -> tuple[TextShadow, ...]:
    if isinstance(raw, str) and raw.strip().lower() == "none":
        return ()  # (an author's `none` in a Next.js document: see NONE_TEXT_SHADOW)
    shadows: list[TextShadow] = []
    for lengths, colors, inset in _split(raw, ctx, "text-shadow"):
        if inset or not 2 <= len(lengths) <= 3:
            raise StyleError(f"expected '<x> <y> [<blur>] [<colour>]' per text-shadow, got {describe(raw)}")
        blur = lengths[2] if len(lengths) > 2 else 0.0
        shadows.append(TextShadow(lengths[0], lengths[1], blur, colors[0] if colors else BLACK))
    return _negative_blur(tuple(shadows), "text-shadow", raw)


_Shadow = TypeVar("_Shadow", BoxShadow, TextShadow)


def _negative_blur(shadows: tuple[_Shadow, ...], what: str, raw: RawValue) -> tuple[_Shadow, ...]:
    """The shadows, reported as a fallback when one has a negative blur radius.

    CSS makes such a value invalid, but neither css-box-shadow nor css-to-react-native checks the sign:
    Satori writes ``stdDeviation`` = blur / 2 < 0, which usvg reads as 0 (a ``PositiveF32``), so resvg
    draws the shadow unblurred, while the filter region still grows by blur^2 / 4 as for a positive
    blur. The radius is kept negative (painting blurs by ``max(blur, 0)``) for that region."""
    if all(s.blur >= 0 for s in shadows):
        return shadows
    raise StyleFallback(f"a {what} blur radius must not be negative, got {describe(raw)}",
                        "drawn unblurred, as Next.js draws it", shadows)


__all__ = ["BoxShadow", "TextShadow", "parse_box_shadow", "parse_text_shadow", "satori_text_shadow_nones"]
