"""The CSS ``background`` shorthand, read as CSS reads it, for the values Next.js throws on.

Satori hands a ``background`` that starts with ``url(`` whole to its image parser, which takes the
address up to the layer's last character: ``url(data:...) no-repeat center / cover`` becomes an address
ending in ``) no-repeat center / cove``, and Next.js throws (an invalid base64 payload, or no such
file). It throws too on a layer before the last with text after its image (``linear-gradient(#000, #000)
padding-box, linear-gradient(...) border-box``): css-background-parser starts the next layer with that
text (:func:`next_throws_on`). Where the reference has no output pureog follows CSS
(spec/differences.md): each layer is ``<image> || <position> [/ <size>]? || <repeat-style> ||
<attachment> || <box>{1,2}``, the last may add a colour (CSS Backgrounds 3, section 3.10), and the
shorthand sets every longhand it names, the ones a layer leaves out to their initial values.

A gradient followed by more (``linear-gradient(...) no-repeat``) is not read here: Next.js draws it,
ignoring the rest, and pureog draws it as Next.js does (style/shorthands.py).

The longhands it sets are marked (:class:`CssReading`) and read as CSS reads them: positions from an
edge with percentages of the free space, one size value with ``auto`` for the other, two-axis repeat
styles with ``space`` and ``round`` (:class:`CssPosition`, :class:`CssSize`, :class:`CssRepeat`; drawn
by paint/background_css.py). ``features: browser`` reads every ``background*`` longhand so. Elsewhere
the longhands keep Satori's reading (style/gradient.py, style/satori_background.py), as Next.js draws them.
"""

from __future__ import annotations

from pureog.errors import StyleError
from pureog.records import record
from pureog.style.color import is_color_token
from pureog.style.parse import (
    RawValue,
    Token,
    ValueContext,
    describe,
    raw_text,
    satori_dimension,
    split_commas,
    tokenize,
)
from pureog.style.values import Percent

Offset = float | Percent


class CssReading(str):
    """The text of a longhand set by a ``background`` shorthand that Next.js throws on: there is no
    Next.js drawing to keep, so the longhand parser reads it as CSS does."""

    __slots__ = ()


@record
class CssPosition:
    """One layer's ``background-position`` as CSS reads it: per axis, whether the offset is measured
    from the far edge (right, bottom), and the offset (a percentage is of the free space: the
    positioning area less the image)."""

    x: Offset = Percent(0.0)
    y: Offset = Percent(0.0)
    x_from_end: bool = False
    y_from_end: bool = False


@record
class CssSize:
    """One layer's ``background-size`` as CSS reads it: ``cover``/``contain``, or a width and a height
    where None is ``auto``."""

    keyword: str | None = None
    width: Offset | None = None
    height: Offset | None = None


@record
class CssRepeat:
    """One layer's ``background-repeat`` per axis: repeat, space, round or no-repeat."""

    x: str = "repeat"
    y: str = "repeat"

_REPEAT_WORDS = frozenset(("repeat", "no-repeat", "space", "round"))
_REPEAT_AXIS = frozenset(("repeat-x", "repeat-y"))
_ATTACHMENTS = frozenset(("scroll", "fixed", "local"))
_BOXES = frozenset(("border-box", "padding-box", "content-box"))
_POSITION_WORDS = frozenset(("left", "right", "top", "bottom", "center"))
_SIZE_WORDS = frozenset(("cover", "contain", "auto"))


def next_throws_on(text: str) -> bool:
    """Whether Next.js throws on this shorthand: Satori would read a ``url()`` layer up to text after its
    ``)``, or a layer before the last has text after its image (``linear-gradient(#000, #000) padding-box,
    linear-gradient(...) border-box``, the gradient-border trick): css-background-parser's ``parseImages``
    ends a layer at the comma but starts the next one with the text between the layer's ``)`` and that
    comma, so the next layer no longer starts with an image ("Invalid background image")."""
    try:
        layers = split_commas(tokenize(text))
    except StyleError:
        return False
    return any(layer and layer[0].kind == "function" and len(layer) > 1
               and (layer[0].name == "url" or index < len(layers) - 1)
               for index, layer in enumerate(layers))


def background_longhands(raw: RawValue) -> list[tuple[str, RawValue]]:
    """The longhands of a ``background`` value, layer by layer (first = top), as CSS sets them."""
    layers = split_commas(tokenize(raw_text(raw)))
    images: list[str] = []
    positions: list[str] = []
    sizes: list[str] = []
    repeats: list[str] = []
    origins: list[str] = []
    clips: list[str] = []
    color = "transparent"
    for index, layer in enumerate(layers):
        image, position, size, repeat, boxes, layer_color = _read_layer(layer, raw, last=index == len(layers) - 1)
        if image is None:  # the last layer has no image: only its colour (if any) and its box count
            if layer_color is None:
                break
            # the colour is painted under every layer, clipped to this bottom layer's box: the same
            # picture as a solid layer there (CSS Backgrounds 3, section 3.7)
            image, layer_color = f"linear-gradient({layer_color}, {layer_color})", None
        images.append(image)
        positions.append(position)
        sizes.append(size)
        repeats.append(repeat)
        # one box sets both, two set origin then clip (CSS Backgrounds 3, section 3.10)
        origins.append(boxes[0] if boxes else "padding-box")
        clips.append(boxes[-1] if boxes else "border-box")
        if layer_color is not None:
            color = layer_color
    return [
        ("backgroundColor", color),
        ("backgroundImage", CssReading(", ".join(images))),
        ("backgroundPosition", CssReading(", ".join(positions))),
        ("backgroundSize", CssReading(", ".join(sizes))),
        ("backgroundRepeat", CssReading(", ".join(repeats))),
        ("backgroundOrigin", CssReading(", ".join(origins))),
        ("backgroundClip", CssReading(", ".join(clips))),
    ]


def _read_layer(layer: tuple[Token, ...], raw: RawValue, *, last: bool
                ) -> tuple[str | None, str, str, str, list[str], str | None]:
    """One layer's image (None: the last layer has none), position, size, repeat (CSS text), its box
    keywords (none, one or two) and, on the last layer, its colour."""
    image = color = None
    position: list[Token] = []
    size: list[Token] = []
    repeat: list[str] = []
    boxes: list[str] = []
    i = 0
    while i < len(layer):
        tok = layer[i]
        word = tok.text.lower() if tok.kind == "ident" else ""
        if tok.kind == "function" and image is None and not is_color_token(tok):
            image = tok.text
        elif word in _REPEAT_AXIS and not repeat:
            repeat = [word]
        elif word in _REPEAT_WORDS and len(repeat) < 2 and (not repeat or repeat[0] in _REPEAT_WORDS):
            repeat.append(word)
        elif word in _ATTACHMENTS:
            pass  # pureog draws no scrolling
        elif word in _BOXES and len(boxes) < 2:
            boxes.append(word)
        elif last and color is None and is_color_token(tok):
            color = tok.text
        elif (word in _POSITION_WORDS or tok.kind in ("number", "dimension", "percent")) and not position:
            while i < len(layer) and _is_position_part(layer[i]) and len(position) < 4:
                position.append(layer[i])
                i += 1
            if i < len(layer) and layer[i].kind == "slash":
                i += 1
                while i < len(layer) and _is_size_part(layer[i]) and len(size) < 2:
                    size.append(layer[i])
                    i += 1
                if not size:
                    raise StyleError(f"expected a size after '/' in 'background', got {describe(raw)}")
            continue
        else:
            raise StyleError(f"unexpected {tok.text!r} in a 'background' layer, got {describe(raw)}")
        i += 1
    if image is None and not last:
        raise StyleError(f"every 'background' layer but the last needs an image here, got {describe(raw)}")
    return (image, " ".join(t.text for t in position) or "0% 0%", " ".join(t.text for t in size) or "auto",
            " ".join(repeat) or "repeat", boxes, color)


def _is_position_part(tok: Token) -> bool:
    return tok.kind in ("number", "dimension", "percent") or (
        tok.kind == "ident" and tok.text.lower() in _POSITION_WORDS)


def _is_size_part(tok: Token) -> bool:
    return tok.kind in ("number", "dimension", "percent") or (tok.kind == "ident" and tok.text.lower() in _SIZE_WORDS)


# --------------------------------------------------------------------------- the longhands, read as CSS


def reads_as_css(raw: RawValue, ctx: ValueContext) -> bool:
    """Whether a ``background*`` longhand is read as CSS reads it (see the module docstring)."""
    return ctx.browser or isinstance(raw, CssReading)


def parse_position(raw: RawValue, ctx: ValueContext) -> object:
    """``backgroundPosition``: CSS's reading where :func:`reads_as_css`, else Satori's."""
    if reads_as_css(raw, ctx):
        return css_positions(raw)
    from pureog.style.satori_background import parse_background_position  # noqa: PLC0415

    return parse_background_position(raw, ctx)


def parse_size(raw: RawValue, ctx: ValueContext) -> object:
    """``backgroundSize``: CSS's reading where :func:`reads_as_css`, else Satori's."""
    if reads_as_css(raw, ctx):
        return css_sizes(raw)
    from pureog.style.satori_background import parse_background_size  # noqa: PLC0415

    return parse_background_size(raw, ctx)


def parse_repeat(raw: RawValue, ctx: ValueContext) -> object:
    """``backgroundRepeat``: CSS's reading where :func:`reads_as_css`, else Satori's."""
    if reads_as_css(raw, ctx):
        return css_repeats(raw)
    from pureog.style.satori_background import parse_background_repeat  # noqa: PLC0415

    return parse_background_repeat(raw, ctx)


def css_boxes(raw: RawValue, *, text: bool) -> tuple[str, ...]:
    """``background-origin`` (``text``: False) or ``background-clip`` (True: ``text`` allowed too):
    per layer one box keyword."""
    out: list[str] = []
    for layer in split_commas(tokenize(raw_text(raw))):
        word = layer[0].text.lower() if len(layer) == 1 and layer[0].kind == "ident" else ""
        if word not in _BOXES and not (text and word == "text"):
            raise StyleError(f"expected border-box, padding-box or content-box per layer, got {describe(raw)}")
        out.append(word)
    return tuple(out)


def parse_origin(raw: RawValue, ctx: ValueContext) -> tuple[str, ...]:
    """``backgroundOrigin`` (features: browser, or set by a shorthand Next.js throws on): per layer; the
    initial value alone is () (every layer in the padding box, as where it is not set)."""
    boxes = css_boxes(raw, text=False)
    return () if boxes == ("padding-box",) else boxes


def css_positions(raw: RawValue) -> tuple[CssPosition, ...]:
    """``background-position``: per layer one to four values (CSS Backgrounds 3, section 3.6)."""
    return tuple(_css_position(layer, raw) for layer in split_commas(tokenize(raw_text(raw))))


def _css_position(layer: tuple[Token, ...], raw: RawValue) -> CssPosition:
    words = [t.text.lower() if t.kind == "ident" else None for t in layer]
    if not 1 <= len(layer) <= 4 or any(w is not None and w not in _POSITION_WORDS for w in words):
        raise StyleError(f"expected 1-4 positions per layer, got {describe(raw)}")
    if len(layer) <= 2:
        return _two_value_position(layer, words, raw)
    # three or four values: keywords, each but center maybe followed by its offset
    axes: dict[str, tuple[bool, Offset]] = {}
    i = 0
    while i < len(layer):
        word = words[i]
        if word is None:
            raise StyleError(f"an offset must follow an edge keyword, got {describe(raw)}")
        offset: Offset = Percent(0.0)
        if i + 1 < len(layer) and words[i + 1] is None:
            if word == "center":
                raise StyleError(f"'center' takes no offset, got {describe(raw)}")
            offset = _offset(layer[i + 1], raw)
            i += 1
        axis = "x" if word in ("left", "right") else "y" if word in ("top", "bottom") else ""
        if word == "center":
            axis = "y" if "x" in axes else "x"
            offset = Percent(50.0)
        if axis in axes:
            raise StyleError(f"two positions on one axis, got {describe(raw)}")
        axes[axis] = (word in ("right", "bottom"), offset)
        i += 1
    x_end, x = axes.get("x", (False, Percent(50.0)))
    y_end, y = axes.get("y", (False, Percent(50.0)))
    return CssPosition(x, y, x_end, y_end)


_KEYWORD_OFFSETS = {"left": (False, 0.0), "top": (False, 0.0), "center": (False, 50.0), "right": (True, 0.0),
                    "bottom": (True, 0.0)}


def _two_value_position(layer: tuple[Token, ...], words: list[str | None], raw: RawValue) -> CssPosition:
    """One or two values: ``top``/``bottom`` first (or ``left``/``right`` second) name y then x."""
    if len(layer) == 1:
        layer, words = (*layer, Token("ident", "center")), [*words, "center"]
    first, second = words
    if first in ("top", "bottom") or second in ("left", "right"):
        if first not in ("top", "bottom", "center") or second not in ("left", "right", "center", None) \
                or second is None:
            raise StyleError(f"expected an x position and a y position, got {describe(raw)}")
        layer, words = (layer[1], layer[0]), [second, first]
    (x_end, x), (y_end, y) = (_axis_value(tok, word, raw) for tok, word in zip(layer, words, strict=True))
    return CssPosition(x, y, x_end, y_end)


def _axis_value(tok: Token, word: str | None, raw: RawValue) -> tuple[bool, Offset]:
    if word is None:
        return False, _offset(tok, raw)
    from_end, percent = _KEYWORD_OFFSETS[word]
    return from_end, Percent(percent)


def _offset(tok: Token, raw: RawValue) -> Offset:
    value = satori_dimension(tok)
    if value is None:
        raise StyleError(f"expected lengths, percentages or keywords, got {describe(raw)}")
    return value


def css_sizes(raw: RawValue) -> tuple[CssSize, ...]:
    """``background-size``: per layer ``cover``, ``contain`` or one or two of length, percentage, auto."""
    out: list[CssSize] = []
    for layer in split_commas(tokenize(raw_text(raw))):
        words = [t.text.lower() if t.kind == "ident" else None for t in layer]
        if words in (["cover"], ["contain"]):
            out.append(CssSize(words[0]))
            continue
        if not 1 <= len(layer) <= 2 or any(w not in (None, "auto") for w in words):
            raise StyleError(f"expected cover, contain or 1-2 sizes per layer, got {describe(raw)}")
        values = [None if w == "auto" else _offset(t, raw) for t, w in zip(layer, words, strict=True)]
        out.append(CssSize(None, values[0], values[1] if len(values) == 2 else None))
    return tuple(out)


def css_repeats(raw: RawValue) -> tuple[CssRepeat, ...]:
    """``background-repeat``: per layer ``repeat-x``, ``repeat-y`` or one or two repeat styles."""
    out: list[CssRepeat] = []
    for layer in split_commas(tokenize(raw_text(raw))):
        words = [t.text.lower() for t in layer]
        if words == ["repeat-x"]:
            out.append(CssRepeat("repeat", "no-repeat"))
        elif words == ["repeat-y"]:
            out.append(CssRepeat("no-repeat", "repeat"))
        elif 1 <= len(words) <= 2 and all(t.kind == "ident" and w in _REPEAT_WORDS for t, w in zip(layer, words,
                                                                                              strict=True)):
            out.append(CssRepeat(words[0], words[-1]))
        else:
            raise StyleError(f"expected repeat styles per layer, got {describe(raw)}")
    return tuple(out)
