"""Background layers' images: CSS ``backgroundImage`` (and ``maskImage``) gradients and ``url()``.

Role: parse the author's CSS text into the typed, per-layer records of
:mod:`pureog.style.background_values` (:class:`LinearGradient`, :class:`RadialGradient`,
:class:`ConicGradient`, :class:`UrlImage`) that :mod:`pureog.paint.background` turns into display-list
patterns. Input: raw CSS value + ValueContext (for em/rem/vw and currentColor). Where Satori's parsers
read the raw text otherwise than CSS, :mod:`pureog.style.satori_gradient_reading` says what they read.

The grammar follows what Satori 0.29 accepts through ``css-gradient-parser`` 0.0.17 and
``css-background-parser``, quirks included, because those decide the reference pixels:
- a colour stop is ``<colour> [<position>]``; a second position (``red 10% 20%``) is ignored, and a
  lone position between stops (a colour hint) is accepted and ignored (with ``features: browser`` both
  are read as CSS reads them: two stops, and a hint the painter turns into stops);
- a unitless stop position is px;
- ``backgroundPosition`` / ``backgroundSize`` keep only numeric values (``center``, ``left`` are dropped,
  so the axis falls back to 0), see :mod:`pureog.style.satori_background`;
- in ``radial-gradient(at <x> <y>)`` a vertical keyword in the first slot sets y and is then
  overwritten by the second slot (Satori's ``calcPos``): kept as written, resolved in paint.
Must not import layout, text, paint or raster.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from pureog.color import UNREADABLE, Color, UnreadableColor
from pureog.errors import StyleError, tolerate
from pureog.records import replace
from pureog.style.background_values import (
    POSITION_WORDS,
    BackgroundImage,
    ColorStop,
    ConicGradient,
    ConicStop,
    LinearGradient,
    Offset,
    PositionValue,
    RadialGradient,
    RadialSize,
    UrlImage,
)
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
from pureog.style.satori_gradient_reading import (
    SATORI_STOP_OFFSET,
    satori_arguments,
    satori_converts,
    satori_first_argument,
    satori_gradient_text,
    satori_reads_no_text,
    satori_reads_position,
    satori_second_position_lost,
    satori_sides,
    satori_stop_position_lost,
)
from pureog.style.satori_gradient_text import satori_split
from pureog.style.values import Percent

# --------------------------------------------------------------------------- helpers


def _offset(tok: Token, ctx: ValueContext) -> Offset | None:
    if tok.kind == "percent":
        return Percent(tok.value)
    return length_px(tok, ctx)



def _group_text(group: tuple[Token, ...]) -> str:
    return " ".join(t.text for t in group)


def _stop_color(tok: Token, ctx: ValueContext) -> Color:
    """A stop's colour. css-gradient-parser takes any hash or colour-function token for a colour
    (``#ff000``, ``#ggg``, ``rgb(1,2)``) and resvg paints a stop-color it cannot read black, so a stop
    that is no CSS colour is a black stop, not an invalid gradient (what svgtypes reads, such as
    ``hsl(10, 20, 30)``, parse_color reads as it does)."""
    try:
        return color_from_token(tok, ctx.current_color)
    except StyleError as err:
        tolerate(f"gradient stop colour: {err.message}; painted black, as Next.js paints it")
        return UNREADABLE


def _parse_stops(
    groups: list[tuple[Token, ...]], ctx: ValueContext, repeating: bool = False
) -> tuple[ColorStop, ...]:
    stops: list[ColorStop] = []
    unread: set[int] = set()  # stops whose position Satori computes as NaN
    for group in groups:
        if not group:
            raise StyleError("empty colour stop in gradient")
        first = group[0]
        if ctx.browser and ((stops and len(group) == 1 and first.kind in ("percent", "dimension", "number"))
                            or (len(group) == 3 and is_color_token(first))):
            stops += _css_stop(group, ctx, stops)  # a hint or a stop with two positions, read as CSS
            continue
        if len(group) == 1 and first.kind in ("percent", "dimension", "number"):
            if not stops:
                # css-gradient-parser has no colour before it to hint: it is a stop whose colour is that
                # text, which resvg paints black (`radial-gradient(tomato, 52%, ...)`, whose "tomato"
                # the parser takes for a prelude: martian seed 559)
                tolerate(f"a gradient starting with the colour hint {first.text!r} starts with a black stop, "
                         "as Next.js draws it")
                stops.append(ColorStop(UNREADABLE))
                continue
            if not satori_reads_position(first.text):
                # css-gradient-parser takes a lone argument for a colour hint only when its position
                # regex reads it; `+30%`, `3e1%`, `2PX` become a stop whose colour is that text (resvg
                # paints it black) without a position.
                tolerate(f"the colour hint {first.text!r} is read as a black colour stop, as Next.js reads it")
                stops.append(ColorStop(UNREADABLE))
            continue  # a colour hint: css-gradient-parser keeps it, Satori never reads it
        color: Color
        if not is_color_token(first):
            # An unknown word (or an undefined var(), which Satori turns into `initial`, or a radial
            # gradient's lone size keyword): resvg reads the stop-color as invalid and paints the stop
            # black; a mask keeps it black too (Satori's mask stop mapping cannot read it either).
            # css-gradient-parser reads a stop's first two words only (colour, offset), so a colour of
            # several words (`light sea green 30%`, a sentence a card read from data) is this black
            # stop with its second word as the offset and the rest dropped. A bare hex that starts
            # with a digit (`1e293b 0%`, `0f172a 100%`: a colour an OG API took from its query without
            # its `#`) is a number or a dimension token, but the parser takes it as the colour all
            # the same: black too; and so is any other first word that is no colour (a quoted string,
            # a function such as `foo(1)` or `calc()`, a percentage followed by an offset: Next draws
            # each as this black stop, measured on Next references).
            tolerate(f"gradient stop colour {first.text!r} is not a colour; painted black, as Next.js paints it")
            color = UNREADABLE
        else:
            color = _stop_color(first, ctx)
        offset: Offset | None = None
        # css-gradient-parser splits a stop into words without reading quotes: a quoted colour of
        # several words has its second word (which ends in the quote, no position) as the offset
        split_string = first.kind == "string" and len(first.text.split()) > 1
        if len(group) > 1 or split_string:
            if split_string or not satori_converts(group[1].text, percent_as_number=True):
                word = first.text.split()[1] if split_string else group[1].text
                tolerate(f"the stop position {word!r} is not read by Next.js (its parser knows "
                         "plain numbers with lower-case px, em, rem, vw, vh, vmin, vmax, ch, % or an angle "
                         "unit): the stop is drawn at the previous stop's position, as Next.js draws it")
                unread.add(len(stops))
                stops.append(ColorStop(color, Percent(0.0)))
                continue
            if group[1].kind == "dimension" and group[1].unit in _ANGLE_UNITS:
                offset = _satori_angle_offset(group[1])
            else:
                offset = _offset(group[1], ctx)
            if offset is None:
                raise StyleError(f"expected a stop position, got {_group_text(group)!r}")
        stops.append(ColorStop(color, offset))
    if not stops:
        raise StyleError("a gradient needs at least one colour stop")
    if stops[-1].hint:
        raise StyleError("a gradient cannot end with a colour hint")
    return _resolve_unread(stops, unread, repeating) if unread else tuple(stops)


def _css_stop(group: tuple[Token, ...], ctx: ValueContext, before: list[ColorStop]) -> list[ColorStop]:
    """A stop group as CSS reads it (features: browser): a colour with two positions, two stops of that
    colour, or a lone position after a stop, a colour hint between the stops around it."""
    if len(group) == 1:
        offset = _offset(group[0], ctx)
        if before[-1].hint or offset is None:
            raise StyleError(f"a colour hint must follow a colour stop, got {group[0].text!r}")
        return [ColorStop(before[-1].color, offset, hint=True)]
    color = _stop_color(group[0], ctx)
    offsets = [_offset(tok, ctx) for tok in group[1:]]
    if any(offset is None for offset in offsets):
        raise StyleError(f"expected a stop position, got {_group_text(group)!r}")
    return [ColorStop(color, offset) for offset in offsets]


def _satori_angle_offset(tok: Token) -> float:
    """A stop position in an angle unit (``30deg``): Satori's lengthToNumber reads an angle and takes
    its degrees (calcDegree) for px."""
    return tok.value * _ANGLE_UNITS[tok.unit]


def _resolve_unread(stops: list[ColorStop], unread: set[int], repeating: bool) -> tuple[ColorStop, ...]:
    """The stops with Satori's NaN positions placed as resvg draws them.

    Satori (normalizeStops) computes a position its parser did not read as NaN, and every stop without
    a position after it, up to the next positioned one, as NaN too (it spreads them from the NaN);
    resvg reads a NaN offset as 0 and keeps offsets in order, so each such stop sits at the previous
    stop's position: Percent(0) under CSS's stop fixup. In a repeating gradient Satori replaces a last
    stop at NaN by one at the end (100 %; a repeating radial gradient's ring width then comes out NaN
    in Satori, which this does not model)."""
    out = list(stops)
    spreading = False
    for i, stop in enumerate(out):
        last = i == len(out) - 1
        if i in unread:
            spreading = True
            if repeating and last:
                out[i] = ColorStop(stop.color, Percent(100.0))
        elif stop.offset is None and spreading and not last:
            out[i] = ColorStop(stop.color, Percent(0.0))
        else:
            spreading = False
    return tuple(out)


_ANGLE_UNITS = {"deg": 1.0, "rad": 180.0 / math.pi, "turn": 360.0, "grad": 0.9}
_SIDES = ("top", "bottom", "left", "right")


def _without_interpolation(head: tuple[Token, ...]) -> tuple[Token, ...]:
    """The prelude without a colour interpolation method (``to right in oklab``, ``circle in hsl longer
    hue``): Satori's gradient parser skips it and interpolates in sRGB."""
    for i, tok in enumerate(head):
        if tok.kind == "ident" and tok.text.lower() == "in" and i > 0:
            return head[:i]
    return head


def _drop_lost_positions(args: tuple[Token, ...], function_text: str) -> tuple[tuple[Token, ...], bool]:
    """The arguments with the position taken off each colour stop whose position Satori loses to a
    whitespace run (see ``satori_stop_position_lost``), and whether any was."""
    raw = satori_arguments(function_text)
    groups = split_commas(args)
    if len(raw) != len(groups):
        return args, False
    lost = False
    for k, (text, group) in enumerate(zip(raw, groups, strict=True)):
        if len(group) > 1 and is_color_token(group[0]) and satori_stop_position_lost(text):
            groups[k] = group[:1]
            lost = True
    if not lost:
        return args, False
    out: list[Token] = []
    for k, group in enumerate(groups):
        if k:
            out.append(Token("comma", ","))
        out.extend(group)
    return tuple(out), True


def _css_direction(head: tuple[Token, ...]) -> bool:
    """Whether the prelude is a direction or angle as CSS reads it (keywords and units in any case,
    any whitespace, a bare ``0`` for 0deg as CSS Images 4's ``<zero>``)."""
    if head and head[0].kind == "ident" and head[0].text.lower() == "to":
        return 1 <= len(head) - 1 <= 2 and all(t.kind == "ident" and t.text.lower() in _SIDES for t in head[1:])
    if len(head) != 1:
        return False
    return (head[0].kind == "dimension" and head[0].unit in _ANGLE_UNITS) or (
        head[0].kind == "number" and head[0].value == 0)


def _satori_direction(
    first: str, head: tuple[Token, ...], groups: list[tuple[Token, ...]], repeating: bool, ctx: ValueContext
) -> LinearGradient | None:
    """A valid CSS direction spelled so that css-gradient-parser does not read it as CSS does; None
    when Satori reads it as CSS does, or when CSS follows (``_linear``). Its test is case- and
    space-sensitive: a direction must start with ``"to "`` and an angle end in lower-case
    ``deg``/``rad``/``grad``/``turn``; anything else is the first colour stop."""
    if first.startswith("to "):
        # `to Right`, `to RIGHT`: the sides are found by case-sensitive substring, none means to top
        words = tuple(t.text.lower() for t in head[1:])
        sides = satori_sides(first[3:])
        if sides == words or (len(words) == 2 and sides == words[::-1]):
            return None
        raise _IgnoredDirection(f"the direction {first!r} is read by Next.js as {'to ' + ' '.join(sides)!r}",
                                LinearGradient(_parse_stops(groups[1:], ctx, repeating), repeating, None, sides),
                                drawn="drawn so")
    if any(first.endswith(u) for u in ("turn", "deg", "grad", "rad")):
        return None
    parts = first.split(maxsplit=1)
    if len(parts) == 1:
        # `180DEG`, `45Deg`, `0`: Next draws a black first stop (an unreadable colour) and the gradient
        # top to bottom; the value is valid CSS, so pureog draws the angle (spec/differences.md).
        return None
    # `TO RIGHT`, `to\tright`: a stop whose colour is the first word and whose position the rest.
    if SATORI_STOP_OFFSET.match(parts[1].strip()):
        return None  # a readable position: not a CSS direction spelling this handles
    # Satori computes that position as NaN, and every unpositioned stop after it up to the next
    # positioned one as NaN too; resvg reads a NaN offset as 0. So Next draws that black stop at 0 and
    # the remaining stops top to bottom, the leading unpositioned ones collapsed at 0 (the black is then
    # unseen; before a positioned stop, `TO bottom RIGHT, lavenderblush 133px`, it fades into it).
    stops = list(_parse_stops(groups[1:], ctx, repeating))
    for i, stop in enumerate(stops[:-1]):
        if stop.offset is not None:
            break
        stops[i] = ColorStop(stop.color, Percent(0.0))
    raise _IgnoredDirection(f"css-gradient-parser does not read {first!r} as a direction",
                            LinearGradient((ColorStop(UNREADABLE, Percent(0.0)), *stops), repeating))


def _linear(args: tuple[Token, ...], repeating: bool, ctx: ValueContext, first: str = "") -> LinearGradient:
    groups = split_commas(args)
    head = _without_interpolation(groups[0])
    if first and head == groups[0] and _css_direction(head):
        satori = _satori_direction(first, head, groups, repeating, ctx)
        if satori is not None:
            return satori
    elif len(groups[0]) == 1 and groups[0][0].kind in ("number", "dimension", "percent") and len(groups) > 1:
        # `0px`, `45`, `10%` first (no angle in CSS either): css-gradient-parser takes it for a colour
        # stop, which resvg paints black; drawn as Next.js draws it.
        tolerate(f"the gradient's first argument {groups[0][0].text!r} is neither a direction nor an angle; "
                 "read as a black first stop, as Next.js draws it")
        return LinearGradient((ColorStop(UNREADABLE),) + _parse_stops(groups[1:], ctx, repeating), repeating)
    if head and len(head) < len(groups[0]) and not (head[0].kind == "ident" and head[0].text.lower() == "to"):
        # `45deg in oklch`: css-gradient-parser takes a first argument for a direction only when it
        # starts with "to " or ends with an angle unit; this one is read as a stop that draws nothing
        raise _IgnoredDirection(f"an angle followed by a colour interpolation ({_group_text(groups[0])!r}) is "
                                "not read", LinearGradient(_parse_stops(groups[1:], ctx, repeating), repeating))
    groups[0] = head
    if head and head[0].kind == "ident" and head[0].text.lower() == "to":
        words = tuple(t.text.lower() for t in head[1:])
        if not words or len(words) > 2 or any(w not in _SIDES for w in words):
            raise StyleError(f"expected 'to <side or corner>', got {_group_text(head)!r}")
        return LinearGradient(_parse_stops(groups[1:], ctx, repeating), repeating, None, words)
    if len(head) == 1 and head[0].kind == "dimension" and head[0].unit in _ANGLE_UNITS:
        angle = head[0].value * _ANGLE_UNITS[head[0].unit]
        return LinearGradient(_parse_stops(groups[1:], ctx, repeating), repeating, angle, ())
    if len(head) == 1 and head[0].kind == "number" and head[0].value == 0 and len(groups) > 1:
        # CSS Images 4's <zero>: a bare 0 is 0deg (Next paints a black first stop, spec/differences.md)
        return LinearGradient(_parse_stops(groups[1:], ctx, repeating), repeating, 0.0, ())
    if head and head[0].kind == "ident" and head[0].text.lower() == "in":
        # A colour interpolation method (`in oklab`): Satori's parser skips the argument and draws top to
        # bottom in sRGB.
        raise _IgnoredDirection(f"colour interpolation {_group_text(head)!r} is not drawn",
                                LinearGradient(_parse_stops(groups[1:], ctx, repeating), repeating))
    if head and all(t.kind == "ident" and t.text.lower() in POSITION_WORDS for t in head):
        # `left right`, `top` without `to`: Satori's parser skips the argument and draws top to bottom.
        raise _IgnoredDirection(f"expected 'to <side or corner>' or an angle, got {_group_text(head)!r}",
                                LinearGradient(_parse_stops(groups[1:], ctx, repeating), repeating))
    return LinearGradient(_parse_stops(groups, ctx, repeating), repeating)


class _IgnoredDirection(StyleError):
    """A linear gradient's direction that Satori skips; ``gradient`` is what it draws instead."""

    def __init__(self, message: str, gradient: LinearGradient, drawn: str = "drawn top to bottom") -> None:
        super().__init__(message)
        self.gradient = gradient
        self.drawn = drawn


_COLOUR_START = re.compile(r"(rgba?|hwb|hsl|lab|lch|oklab|color|#|[a-z]+)")
_RADIAL_SIZES = ("closest-side", "closest-corner", "farthest-side", "farthest-corner")



def _position_value(tok: Token, ctx: ValueContext) -> PositionValue:
    if tok.kind == "ident" and tok.text.lower() in POSITION_WORDS:
        return tok.text.lower()
    value = _offset(tok, ctx)
    if value is None:
        raise StyleError(f"expected a position keyword or length, got {tok.text!r}")
    return value


def _radial(args: tuple[Token, ...], repeating: bool, ctx: ValueContext, raw_head: str = "") -> RadialGradient:
    groups = split_commas(args)
    if groups and groups[0] and groups[0][0].kind == "ident" and groups[0][0].text.lower() == "in":
        groups = groups[1:]  # `radial-gradient(in oklab, ...)`: Next draws the default ellipse in sRGB
    if not groups:
        raise StyleError("radial-gradient() needs colour stops")
    head = groups[0] = _without_interpolation(groups[0])
    # css-gradient-parser's test: the first argument is a shape/size/position unless it starts like a
    # colour (letters, '#', rgb(...)) and has no "circle", "ellipse" or "at" in it. So a lone size
    # keyword (``closest-side, red, blue``) is read as a colour stop, which resvg paints black.
    head_text = _group_text(head).lower()
    is_prelude = bool(head) and (
        any(w in head_text for w in ("circle", "ellipse", "at")) or not _COLOUR_START.match(head_text)
    )
    if not is_prelude:
        return RadialGradient(_parse_stops(groups, ctx, repeating), repeating)
    first = head[0].text.lower() if head[0].kind == "ident" else ""
    if "at" in first and first != "at" and first not in ("circle", "ellipse") and first not in _RADIAL_SIZES:
        return _radial_colour_with_at(head_text, groups, repeating, ctx)
    shape: str | None = None
    sizes: list[RadialSize] = []
    position: list[PositionValue] = []
    seen_at = False
    for tok in head:
        word = tok.text.lower() if tok.kind == "ident" else ""
        if seen_at:
            if len(position) < 2:  # css-gradient-parser reads the first two words after "at" only
                position.append(_satori_position_value(tok, ctx))
        elif word == "at":
            seen_at = True
        elif word in ("circle", "ellipse"):
            shape = word
        elif word in _RADIAL_SIZES:
            sizes.append(word)
        else:
            for value in _satori_sizes(tok, head, ctx):
                if (isinstance(value, Percent) and value.value < 0) or (isinstance(value, float) and value < 0):
                    raise StyleError(f"a radial gradient size cannot be negative, got {_group_text(head)!r}")
                sizes.append(value)
    if shape is None:
        shape = "circle" if len(sizes) == 1 and not isinstance(sizes[0], str) else "ellipse"
    lengths = [s for s in sizes if not isinstance(s, str)]
    if lengths and shape == "ellipse" and len(lengths) != 2:
        raise StyleError(f"an ellipse needs two radii, got {_group_text(head)!r}")
    if lengths and shape == "circle" and isinstance(lengths[0], Percent):
        raise StyleError(f"a circle's radius cannot be a percentage, got {_group_text(head)!r}")
    pos = (position + ["center", "center"])[:2]
    if seen_at and len(position) == 2 and satori_second_position_lost(raw_head):
        # css-gradient-parser reads the raw text here, see satori_second_position_lost
        tolerate(f"radial-gradient() position {raw_head!r}: the second value after a run of spaces is read as "
                 "center, as Next.js draws it")
        pos[1] = "center"
    return RadialGradient(
        _parse_stops(groups[1:], ctx, repeating), repeating, shape, tuple(sizes) or ("farthest-corner",),
        (pos[0], pos[1]),
    )


def _satori_position_value(tok: Token, ctx: ValueContext) -> PositionValue:
    """A word after ``at`` as css-gradient-parser reads it: a keyword only in lower case, a length only
    when its stop-position regex reads it and lengthToNumber converts it (``satori_converts``);
    anything else (``LEft``, ``20PX``, ``2cm``, ``+20px``, ``3e1px``, ``6.vmin``) gives Satori an
    undefined length, which it replaces by the centre."""
    if tok.kind == "ident" and tok.text in POSITION_WORDS:
        return tok.text
    if tok.kind in ("number", "dimension", "percent") and satori_converts(tok.text, percent_as_number=False):
        if tok.kind == "dimension" and tok.unit in _ANGLE_UNITS:
            return _satori_angle_offset(tok)
        return _position_value(tok, ctx)
    if tok.kind == "ident" and tok.text.lower() not in POSITION_WORDS:
        return _position_value(tok, ctx)  # not a position at all: the error CSS gives
    tolerate(f"radial-gradient() position {tok.text!r} is not read by Next.js's gradient parser: "
             "the centre, as Next.js draws it")
    return "center"


_SATORI_RADIAL_SIZE = re.compile(r"-?[0-9]+(?:\.[0-9]*)?(?:vw|vh|px|em|rem|%|rad|grad|turn|deg)?")
"""css-gradient-parser's size search in a radial prelude (a global match over the text before "at")."""


def _satori_sizes(tok: Token, head: tuple[Token, ...], ctx: ValueContext) -> list[RadialSize]:
    """The sizes css-gradient-parser finds in one prelude word: it searches the text with a regex
    rather than parsing it, so ``40PX`` and ``30q`` give 40 and 30 (px), ``3e1px`` gives 3 and 1px,
    ``+40px`` 40px, and a word without digits nothing."""
    value = _offset(tok, ctx)
    found = _SATORI_RADIAL_SIZE.findall(tok.text)
    if value is not None and found == [tok.text]:
        return [value]  # read alike
    if tok.kind not in ("number", "dimension", "percent"):
        raise StyleError(f"expected a radial shape, size or 'at <position>', got {_group_text(head)!r}")
    out: list[RadialSize] = []
    for text in found:
        (piece,) = tokenize(text)
        if piece.kind == "dimension" and piece.unit in _ANGLE_UNITS:
            out.append(_satori_angle_offset(piece))
            continue
        read = _offset(piece, ctx)
        if read is not None:
            out.append(read)
    tolerate(f"radial-gradient() size {tok.text!r} is read by Next.js's gradient parser as "
             f"{' '.join(found) or 'nothing'}, drawn so")
    return out


def _radial_colour_with_at(
    head_text: str, groups: list[tuple[Token, ...]], repeating: bool, ctx: ValueContext
) -> RadialGradient:
    """A first stop whose colour name contains "at" (``mediumslateblue``, ``darkslategray``):
    css-gradient-parser takes it for the shape/position prelude, splits it at "at" and drops it from
    the stops. What follows the "at" is its position (a word that is no keyword or length, like the
    ``eblue`` of ``mediumslateblue``, ends up centred); it has no length, so the shape is an ellipse
    to the farthest corner."""
    after = head_text.split("at")[1].strip() if "at" in head_text else ""
    position: list[PositionValue] = []
    for word in (after.split(" ") + ["", ""])[:2]:
        if word in POSITION_WORDS:
            position.append(word)
            continue
        tokens = tokenize(word) if word else []
        value = _offset(tokens[0], ctx) if len(tokens) == 1 else None
        position.append("center" if value is None else value)
    return RadialGradient(
        _parse_stops(groups[1:], ctx, repeating), repeating, "ellipse", ("farthest-corner",), (position[0], position[1])
    )


def _conic(args: tuple[Token, ...], repeating: bool, ctx: ValueContext) -> ConicGradient:
    """``[from <angle>] [at <position>] [in <space>], <stop> [<angle|%> [<angle|%>]], ...``; the
    colour space is read and interpolation stays in sRGB, as for the other gradients here."""
    groups = split_commas(args)
    start = 0.0
    position: tuple[PositionValue, PositionValue] = ("center", "center")
    head = groups[0]
    if head and head[0].kind == "ident" and head[0].text.lower() in ("from", "at", "in"):
        groups = groups[1:]
        words = list(_without_interpolation(head)) if head[0].text.lower() != "in" else []
        if words and words[0].text.lower() == "from":
            if len(words) < 2:
                raise StyleError(f"expected 'from <angle>', got {_group_text(head)!r}")
            start = _turns(words[1], head, percent=False) * 360.0
            words = words[2:]
        if words:
            if words[0].text.lower() != "at" or not 2 <= len(words) <= 3:
                raise StyleError(f"expected 'at <position>', got {_group_text(head)!r}")
            values = [_position_value(t, ctx) for t in words[1:]]
            if len(values) == 1:
                values.append("center")
            if values[0] in ("top", "bottom") or values[1] in ("left", "right"):
                values = [values[1], values[0]]
            position = (values[0], values[1])
    if not groups:
        raise StyleError("conic-gradient() needs colour stops")
    return ConicGradient(_conic_stops(groups, ctx), repeating, start, position)


def _conic_stops(groups: list[tuple[Token, ...]], ctx: ValueContext) -> tuple[ConicStop, ...]:
    """Colour stops with 0-2 angles or percentages each (two positions make two stops); a lone
    position is a colour hint, which is dropped (Chrome interpolates through it linearly here)."""
    stops: list[ConicStop] = []
    for group in groups:
        if not group:
            raise StyleError("empty colour stop in conic-gradient()")
        if len(group) == 1 and not is_color_token(group[0]):
            if not stops:
                raise StyleError(f"a gradient cannot start with a colour hint, got {group[0].text!r}")
            continue
        if not is_color_token(group[0]) or len(group) > 3:
            raise StyleError(f"expected a colour stop, got {_group_text(group)!r}")
        color = color_from_token(group[0], ctx.current_color)
        positions: list[float | None] = [_turns(tok, group) for tok in group[1:]]
        for position in positions or [None]:
            stops.append(ConicStop(color, position))
    return tuple(stops)


def _turns(tok: Token, group: tuple[Token, ...], percent: bool = True) -> float:
    """An angle (or a percentage of a turn, or a bare 0) in turns."""
    if percent and tok.kind == "percent":
        return tok.value / 100.0
    if tok.kind == "dimension" and tok.unit in _ANGLE_UNITS:
        return tok.value * _ANGLE_UNITS[tok.unit] / 360.0
    if tok.kind == "number" and tok.value == 0:
        return 0.0
    raise StyleError(f"expected an angle{' or percentage' if percent else ''} in conic-gradient(), "
                     f"got {_group_text(group)!r}")


_GRADIENTS: dict[str, tuple[Callable[[tuple[Token, ...], bool, ValueContext], BackgroundImage], bool]] = {
    "linear-gradient": (_linear, False),
    "repeating-linear-gradient": (_linear, True),
    "radial-gradient": (_radial, False),
    "repeating-radial-gradient": (_radial, True),
    "conic-gradient": (_conic, False),
    "repeating-conic-gradient": (_conic, True),
}


def _url_target(tok: Token, current_color: Color) -> str:
    text = tok.text.strip()
    inner = text[text.index("(") + 1 : text.rindex(")")].strip()
    if len(inner) >= 2 and inner[0] == inner[-1] and inner[0] in "\"'":
        inner = inner[1:-1]
    return _with_current_color(inner, current_color)


_CURRENT_COLOR = re.compile("currentcolor", re.IGNORECASE)


def _with_current_color(target: str, current_color: Color) -> str:
    """Satori replaces every ``currentColor`` (any case) in a style value's text with the element's colour
    before it reads the value (expand.ts ``preprocess``), so an SVG data URI in ``url()`` that strokes or
    fills with ``currentColor`` is drawn in the element's ``color``, not in the SVG's own default (black)
    as an ``<img>`` of the same SVG is. Only a url() target needs it here: colours elsewhere in the value
    are resolved against the same colour already."""
    if "urrent" not in target or _CURRENT_COLOR.search(target) is None:
        return target
    if isinstance(current_color, UnreadableColor):
        # Satori pastes text resvg cannot read as a colour: the SVG attribute is invalid
        text = "none-such-colour"
    else:
        text = f"rgba({current_color.r},{current_color.g},{current_color.b},{current_color.a:g})"
    return _CURRENT_COLOR.sub(text, target)


# --------------------------------------------------------------------------- property parsers


def parse_background_image_property(raw: RawValue, ctx: ValueContext) -> tuple[BackgroundImage, ...]:
    """``backgroundImage`` as Next reads it: a value css-to-react-native turns into a number, boolean
    or null (``120``, ``"120px"``, ``"true"``: a value swapped into the wrong property) is no text to
    css-background-parser, which finds no layers in it: nothing is drawn (a warning here). Anything
    else is :func:`parse_background_image`."""
    if satori_reads_no_text(raw):
        raise StyleFallback(f"expected a gradient or url(), got {describe(raw)}", "no image is drawn, as in Next.js",
                            ())
    from pureog.style.css_background import CssReading  # noqa: PLC0415

    if isinstance(raw, CssReading) and not ctx.browser:
        # set by a background shorthand Next.js throws on: its stops read as CSS reads them too
        ctx = replace(ctx, browser=True)
    return parse_background_image(raw, ctx)


def parse_background_image(raw: RawValue, ctx: ValueContext) -> tuple[BackgroundImage, ...]:
    """``none`` or a comma list of gradients / ``url()`` (first = top layer)."""
    text = raw_text(raw)
    if text.lower() == "none":
        return ()
    if "url(" in text:
        # css-background-parser splits the layers at commas outside parentheses (quotes mean nothing to
        # it) and Satori takes a layer that starts with url( whole: a data: URI written without quotes
        # holds characters the CSS tokenizer refuses (%3C, unbalanced quotes), which Next reads.
        pieces = satori_split(text)
        if any(p.startswith("url(") and p.endswith(")") for p in pieces):
            found: list[BackgroundImage] = []
            quirks: list[str] = []
            for piece in pieces:
                if piece.startswith("url(") and piece.endswith(")"):
                    found.append(UrlImage(_url_target(Token("function", piece, name="url"), ctx.current_color)))
                    continue
                try:
                    found.extend(parse_background_image(piece, ctx))
                except StyleFallback as fallback:  # the other layers still draw
                    assert isinstance(fallback.value, tuple)
                    found.extend(fallback.value)
                    quirks.append(fallback.problem)
            if quirks:
                raise StyleFallback("; ".join(quirks), "as Next.js draws it", tuple(found))
            return tuple(found)
    layers: list[BackgroundImage] = []
    problems: list[str] = []
    if ctx.current_color_text and "currentcolor" in text.lower():
        # Satori pastes the colour function's text where currentColor stands before reading the value:
        # after a gradient it becomes a colour function that the gradient parser misreads (below)
        from pureog.style.satori_gradient_text import satori_current_color  # noqa: PLC0415

        text = satori_current_color(text, ctx.current_color_text)
    if ")" in text:
        from pureog.style.satori_gradient_text import satori_gradient_layer  # noqa: PLC0415

        pieces = satori_split(text)
        misread = [satori_gradient_layer(piece) for piece in pieces]
        if any(m is not None for m in misread):
            text = ", ".join(p if m is None else m for p, m in zip(pieces, misread, strict=True))
            problems.append("a colour function after a gradient is read into its stops, as Satori's gradient "
                            "parser reads it")
    try:
        tokens = tokenize(text)
    except StyleError:
        # Satori reads a gradient with `/(repeating-)?linear-gradient\((.+)\)/` (radial alike): text after
        # the layer's last ')' is never seen, even text CSS cannot tokenize (`... !important`).
        cut = ", ".join(satori_gradient_text(piece) for piece in satori_split(text))
        if cut == text.strip():
            raise
        problems.append("text after a gradient's last ')' is ignored, as Satori's gradient parser ignores it")
        tokens = tokenize(cut)
    for group in split_commas(tokens):
        # Anything after the image in a layer (``linear-gradient(...) #fff`` from the shorthand) is
        # dropped: Satori's gradient parser reads only up to the last ')'.
        if len(group) == 1 and is_color_token(group[0]):
            # A colour layer (``radial-gradient(...), #050505``, common in real cards): Satori 0.29 fills
            # the whole box with it (a pattern of one rect, whatever the size, position and repeat), in
            # the colour it reads (see _layer_colour).
            color, quirk = _layer_colour(group[0], ctx)
            if quirk:
                problems.append(quirk)
            stops = (ColorStop(color, Percent(0.0)), ColorStop(color, Percent(100.0)))
            layers.append(LinearGradient(stops, colour_layer=True))
            continue
        if not group or group[0].kind != "function":
            raise StyleError(f"expected a gradient or url(), got {describe(raw)}")
        tok = group[0]
        if tok.name == "url":
            layers.append(UrlImage(_url_target(tok, ctx.current_color)))
            continue
        entry = _GRADIENTS.get(tok.name)
        if entry is None:
            raise StyleError(f"{tok.name}() is not supported as a background image, got {describe(raw)}")
        parse, repeating = entry
        if not tok.args:
            raise StyleError(f"{tok.name}() needs colour stops")
        args = tok.args
        if any(t.kind == "function" and t.name == "calc" for t in args):
            # Satori reads a calc() stop position as 0 (resvg then keeps the stops in order: the stop
            # sits at the previous one), common in real cards' hairline gradients.
            problems.append(f"calc() stop positions are read as 0 in {tok.name}()")
            args = tuple(_CALC_ZERO if t.kind == "function" and t.name == "calc" else t for t in args)
        args, lost = _drop_lost_positions(args, tok.text)
        if lost:
            problems.append(f"a colour stop position after a run of whitespace is not read in {tok.name}()")
        try:
            if parse is _linear or parse is _radial:
                layers.append(parse(args, repeating, ctx, satori_first_argument(tok.text)))
            else:
                layers.append(parse(args, repeating, ctx))
        except _IgnoredDirection as ignored:
            problems.append(f"{ignored.message}: {ignored.drawn}")
            layers.append(ignored.gradient)
    if problems:
        raise StyleFallback("; ".join(problems), "as Next.js draws it", tuple(layers))
    return tuple(layers)


_CALC_ZERO = Token("percent", "0%", 0.0, "%")


def _layer_colour(tok: Token, ctx: ValueContext) -> tuple[Color, str]:
    """The colour Satori 0.29 paints for a colour layer, and what pureog reports when it is not the
    colour CSS means. Satori builds ``rgba(v0, v1, v2, v3 ?? 1)`` from parse-css-color's ``values``,
    which hold no alpha: every colour layer is opaque, hsl() numbers are taken as r, g, b, and
    ``transparent`` / ``currentColor`` are black (all checked with the oracle)."""
    word = tok.text.lower() if tok.kind == "ident" else ""
    if word in ("transparent", "currentcolor"):
        color = Color(0, 0, 0)
    elif tok.kind == "function" and tok.name in ("hsl", "hsla"):
        nums = [t.value for t in tok.args if t.kind in ("number", "percent", "dimension")][:3]
        nums += [0.0] * (3 - len(nums))
        r, g, b = (max(0, min(255, round(v))) for v in nums)
        color = Color(r, g, b)
    else:
        read = color_from_token(tok, ctx.current_color)
        if read.is_opaque:
            return read, ""
        color = Color(read.r, read.g, read.b)
    return color, (f"the colour layer {tok.text!r} is painted as rgb({color.r}, {color.g}, {color.b}), "
                   "opaque, as Satori reads it")


__all__ = ["parse_background_image", "parse_background_image_property"]
