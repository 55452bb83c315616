"""The background and mask longhands ``backgroundSize``, ``backgroundPosition``, ``backgroundRepeat``,
``backgroundClip`` (and the mask ones) as Satori 0.29 reads them: its ``parseLengthPairs`` split on
single spaces, keywords dropped from positions, a size whose unit css-dimension cannot read, the
repeat values it compares with. (CSS's reading, for what Next.js throws on and for ``features:
browser``, is style/css_background.py; the value records are style/background_values.py's.)
"""

from __future__ import annotations

import re

from pureog.errors import StyleError, tolerate
from pureog.style.background_values import (
    POSITION_WORDS,
    BackgroundClip,
    BackgroundPosition,
    BackgroundRepeat,
    BackgroundSize,
    Offset,
)
from pureog.style.parse import (
    RawValue,
    StyleFallback,
    Token,
    ValueContext,
    describe,
    raw_text,
    satori_dimension,
    split_commas,
    tokenize,
)
from pureog.style.values import Percent


def _layers_of(raw: RawValue) -> list[tuple[Token, ...]]:
    return split_commas(tokenize(raw_text(raw)))


# css-dimension's unit, the text's last run of non-digits (/\D+$/), matched only from the start of that run
# (the look-behind: searched from every character of a 20,000-character run ending in a digit, the run
# was scanned again from each one, 1.6 s for one value, 13 s for 1,050 elements of 1,900).
_UNIT_TAIL = re.compile(r"(?<!\D)\D+$")
_LEADING_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _satori_pair_piece(piece: str) -> tuple[Token, ...]:
    """One piece of Satori's ``parseLengthPairs`` split (``split(' ')``, one space only). A piece that
    still holds whitespace (``40px\t30px``) is read by css-dimension whole: ``parseFloat`` takes the
    first number and the unit is the text's last non-digit run (a ``%`` ending makes a percentage), so
    the second value is lost; a piece it cannot read is dropped."""
    inner = piece.strip()
    if not any(ch.isspace() for ch in inner):
        return tokenize(piece) if piece.strip() else ()
    number = _LEADING_NUMBER.match(inner)
    if number is None:
        return ()
    unit = _UNIT_TAIL.search(inner)
    suffix = "%" if inner.endswith("%") else (unit.group(0) if unit else "")
    tokens = tokenize(number.group(0) + suffix)
    return tokens if len(tokens) == 1 else ()


def _satori_pair_layers(raw: RawValue, problems: list[str]) -> list[tuple[Token, ...]]:
    """The layers of a ``backgroundSize`` / ``backgroundPosition`` / ``maskSize`` value as Satori splits
    them (see ``_satori_pair_piece``); a value split on other whitespace is noted in ``problems``."""
    groups = _layers_of(raw)
    text = raw_text(raw)
    if not any(ch.isspace() and ch != " " for ch in text.strip()):
        return groups
    layers = [layer.strip() for layer in text.split(",")]
    if len(layers) != len(groups):
        return groups
    out = [tuple(tok for piece in layer.split(" ") for tok in _satori_pair_piece(piece)) for layer in layers]
    if out != groups:
        problems.append(f"values separated by a tab or newline in {describe(raw)} are read as Satori splits them "
                        "(on single spaces): the first value only")
    return out


def _without_dot_numbers(group: tuple[Token, ...], raw: RawValue, problems: list[str]) -> tuple[Token, ...]:
    """The layer's values without those whose number ends in a dot (``20.px``, ``2.%``): Satori's
    parseLengthPairs drops what css-dimension cannot read, as it drops keywords, so ``25% 2.%`` is a
    single size (a gradient then draws nothing) and ``10.px 20px`` positions at 20px only."""
    kept = tuple(t for t in group if not (t.kind in ("percent", "dimension", "number")
                                          and t.text[: len(t.text) - len(t.unit)].endswith(".")))
    if len(kept) != len(group):
        problems.append(f"a number ending in '.' in {describe(raw)} is dropped, as Satori drops it")
    return kept


_NUMERIC = ("percent", "dimension", "number")


def _without_functions(group: tuple[Token, ...], raw: RawValue, problems: list[str]) -> tuple[Token, ...]:
    """The layer with each function (``calc(100% - 15px)``, ``min(...)``) replaced by what Satori reads
    of it: parseLengthPairs splits the layer on single spaces and drops every piece css-dimension cannot
    read (``calc(100%``, ``-``, ``15px)``), so only the values beside the function count (measured with
    Next: ``calc(100% - 15px) 50%`` positions at 50% 0; ``calc( 10px + 5px )`` would keep 10px 5px)."""
    if not any(t.kind == "function" for t in group):
        return group
    kept: list[Token] = []
    for tok in group:
        if tok.kind != "function":
            kept.append(tok)
            continue
        for piece in tok.text.split(" "):
            try:
                tokens = tokenize(piece) if piece else ()
            except StyleError:
                continue
            if len(tokens) == 1 and tokens[0].kind in _NUMERIC and satori_dimension(tokens[0]) is not None:
                kept.append(tokens[0])
    problems.append(f"a function in {describe(raw)} is read as Satori reads it: split on spaces, the pieces "
                    "css-dimension cannot read dropped")
    return tuple(kept)


def _is_initial(raw: RawValue, *initial: str) -> bool:
    # The initial value means the same as the computed default () (Satori's missing value): keep one form.
    return raw_text(raw).lower() in initial


def parse_background_size(raw: RawValue, ctx: ValueContext) -> tuple[BackgroundSize, ...]:
    if _is_initial(raw, "auto", "auto auto"):
        return ()
    out: list[BackgroundSize] = []
    problems: list[str] = []
    for group in _satori_pair_layers(raw, problems):
        group = _without_dot_numbers(_without_functions(group, raw, problems), raw, problems)
        if not group:
            # every value dropped: Satori's size list is empty (a gradient draws nothing, a url() image
            # keeps its natural size)
            out.append(BackgroundSize(None, (), dropped=True))
            continue
        words = [t.text.lower() for t in group]
        if words in (["cover"], ["contain"]):
            unread = group[0].text != words[0]
            if unread:
                tolerate(f"background/mask size {group[0].text!r} is not read by Satori (it compares keywords in lower "
                         "case): a url() image is drawn at its natural size, as Next.js draws it; a gradient keeps "
                         "the keyword")
            out.append(BackgroundSize(words[0], satori_unread=unread))
            continue
        if not 1 <= len(group) <= 2:
            raise StyleError(f"expected cover, contain or 1-2 sizes per layer, got {describe(raw)}")
        unread_units = [t for t in group if _unread_unit(t)]
        unreadable = [t for t in group if t.text.lower() != "auto" and satori_dimension(t) is None
                      and t not in unread_units]
        if unreadable and "auto" not in words:
            # a word css-dimension cannot read (`center`) stays text: Satori's tile is NaN, as for `30Px`
            problems.append(f"{unreadable[0].text!r} is no size Satori reads (a NaN tile: a gradient is not drawn)")
            out.append(BackgroundSize(None, (Percent(100.0),)))
            continue
        if unread_units:
            # css-dimension knows lower-case units only: `30Px` stays text, the size is NaN (a gradient is
            # not drawn); next to `auto`, a gradient is the box's size whatever the other value says
            problems.append(f"a size with a unit not in lower case ({unread_units[0].text!r}) is not read by Satori")
            if "auto" not in words:
                out.append(BackgroundSize(None, (Percent(100.0),)))
                continue
            group = tuple(_lower_unit(t) if t in unread_units else t for t in group)
        if "auto" in words:
            first = words[0] == "auto"
            second = words[1] == "auto" if len(words) == 2 else first
            values = tuple(v for t in group if t.text.lower() != "auto" for v in [_size_value(t, raw, ctx)])
            with_unit = any(t.kind == "dimension" for t in group)
            out.append(BackgroundSize("auto", values, first, second, with_unit))
            continue
        out.append(BackgroundSize(None, tuple(_size_value(t, raw, ctx) for t in group)))
    if problems:
        raise StyleFallback("; ".join(problems), "as Next.js draws it", tuple(out))
    return tuple(out)


def _unread_unit(tok: Token) -> bool:
    """A length whose unit CSS reads but Satori's css-dimension does not, being not in lower case (``30Px``)."""
    return tok.kind == "dimension" and satori_dimension(tok) is None and satori_dimension(_lower_unit(tok)) is not None


def _lower_unit(tok: Token) -> Token:
    number = tok.text[: len(tok.text) - len(tok.unit)]
    return Token("dimension", number + tok.unit.lower(), tok.value, tok.unit.lower())


def _size_value(tok: Token, raw: RawValue, ctx: ValueContext) -> Offset:
    value = satori_dimension(tok)
    if value is None:
        raise StyleError(f"expected cover, contain, auto or a length, got {describe(raw)}")
    return value


def _readable_piece(piece: str) -> tuple[Token, ...]:
    """One space-separated piece of a position as a token, or nothing where CSS cannot read it (``5px;``):
    css-dimension cannot either, and Satori drops the piece."""
    try:
        toks = tokenize(piece)
    except StyleError:
        return ()
    return toks if len(toks) == 1 else ()


def parse_background_position(raw: RawValue, ctx: ValueContext) -> tuple[BackgroundPosition, ...]:
    if _is_initial(raw, "0% 0%", "0 0", "0px 0px"):
        return ()
    out: list[BackgroundPosition] = []
    problems: list[str] = []
    try:
        layers = _satori_pair_layers(raw, problems)
    except StyleError:  # text CSS cannot read (`10px 5px;`, pasted with its line's end): Satori's pieces
        layers = [tuple(tok for piece in layer.strip().split(" ") for tok in _readable_piece(piece))
                  for layer in raw_text(raw).split(",")]
        problems.append(f"pieces CSS cannot read in {describe(raw)} are dropped, as Satori drops them")
    for group in layers:
        values: list[Offset] = []
        for tok in _without_dot_numbers(_without_functions(group, raw, problems), raw, problems):
            if tok.kind == "ident" and tok.text.lower() in POSITION_WORDS:
                continue  # Satori's parser drops keywords: that axis ends up at 0
            value = satori_dimension(tok)
            if value is None:  # parseLengthPairs drops what css-dimension cannot read, as it drops keywords
                problems.append(f"{tok.text!r} is dropped from {describe(raw)}, as Satori drops what it cannot read")
                continue
            values.append(value)
        # Satori keeps the first two values left after the keywords (``right 10px bottom 5px`` -> 10px 5px)
        out.append(BackgroundPosition(tuple(values[:2])))
    if problems:
        raise StyleFallback("; ".join(problems), "as Next.js draws it", tuple(out))
    return tuple(out)


def parse_background_repeat(raw: RawValue, ctx: ValueContext) -> tuple[BackgroundRepeat, ...]:
    """Per layer, as Satori reads it (builder/background-image.ts compares the layer's text with
    ``repeat``, ``repeat-x`` and ``repeat-y``): any other value, two-value forms (``repeat repeat``)
    and ``space``/``round`` included, draws the image once (no-repeat). The comparison is of the text as
    written: ``Repeat`` or ``REPEAT`` draws one tile too (a mutant's ``maskRepeat: 'Repeat'``)."""
    if raw_text(raw).strip() == "repeat":
        return ()
    try:
        layers = [" ".join(t.text for t in group) for group in _layers_of(raw)]
    except StyleError:
        # text CSS cannot read (`no-repeat;`, pasted with its line's end) is still text Satori compares
        layers = [piece.strip() for piece in raw_text(raw).split(",")]
    out: list[BackgroundRepeat] = []
    for words in layers:
        tiled = words in (BackgroundRepeat.REPEAT, BackgroundRepeat.REPEAT_X, BackgroundRepeat.REPEAT_Y)
        out.append(BackgroundRepeat(words) if tiled else BackgroundRepeat.NO_REPEAT)
    return tuple(out)


def parse_background_clip(raw: RawValue, ctx: ValueContext) -> BackgroundClip | tuple[str, ...]:
    """Satori's reading (every box keyword is the border box, ``text`` only as written), or, with
    features: browser and where a ``background`` shorthand Next.js throws on set it, CSS's: a box per
    layer (paint/box_areas.py), keywords in any case."""
    from pureog.style.css_background import css_boxes, reads_as_css  # noqa: PLC0415

    if reads_as_css(raw, ctx):
        boxes = css_boxes(raw, text=True)
        if "text" in boxes:
            return BackgroundClip.TEXT
        return BackgroundClip.BORDER_BOX if set(boxes) == {"border-box"} else boxes
    word = raw_text(raw).strip()
    lowered = word.lower()
    if lowered in ("border-box", "padding-box", "content-box"):
        return BackgroundClip.BORDER_BOX  # Satori clips every background to the border box
    if word == "text":
        return BackgroundClip.TEXT  # the descendants' glyph outlines clip the background (paint/build.py)
    if lowered == "text":
        # Satori tests `backgroundClip === 'text'`: `Text` clips nothing, the box keeps its background
        raise StyleError(f"{describe(raw)} is not 'text' in Next.js (keywords are lower case): no clip")
    raise StyleError(f"expected border-box or text, got {describe(raw)}")


# --------------------------------------------------------------------------- mask longhands
# Satori gives every mask layer the whole maskSize / maskPosition / maskRepeat text (parser/mask.ts: one
# {size, position, repeat} object copied onto each image), where CSS and Satori's backgrounds take one value
# per layer. Without a comma the whole text is one layer's value anyway, read as the background longhands
# read it; with one, it is read as builder/background-image.ts reads any layer's text.


def _satori_whole_text_values(text: str) -> list[Offset]:
    """parseLengthPairs over a text holding commas: split on single spaces, each piece read by
    css-dimension (``parseFloat`` of the piece, its unit the last run of non-digits: ``0px,`` has the unit
    ``px,`` and is dropped, ``20px,40px`` is 20px), what it cannot read dropped."""
    values: list[Offset] = []
    for piece in text.split(" "):
        inner = piece.strip()
        number = _LEADING_NUMBER.match(inner)
        if number is None:
            continue
        unit = _UNIT_TAIL.search(inner)
        suffix = "%" if inner.endswith("%") else (unit.group(0) if unit else "")
        try:
            tokens = tokenize(number.group(0) + suffix)
        except StyleError:
            continue
        value = satori_dimension(tokens[0]) if len(tokens) == 1 else None
        if value is not None:
            values.append(value)
    return values


def _whole_list_note(raw: RawValue) -> str:
    return (f"the comma list {describe(raw)} is read whole for every mask layer, as Satori reads it "
            "(not one value per layer)")


def parse_mask_size(raw: RawValue, ctx: ValueContext) -> tuple[BackgroundSize, ...]:
    """``maskSize`` as Satori reads it for every layer (see above). A text holding ``auto`` anywhere makes
    a gradient layer the box's size and a url() layer keep its ratio where the first two pieces say
    ``auto`` and a length (builder/background-image.ts tests ``size.includes('auto')``)."""
    text = raw_text(raw)
    if "," not in text:
        return parse_background_size(raw, ctx)
    if "auto" in text:
        pieces = text.split(" ")
        first = pieces[0] or "auto"
        second = (pieces[1] if len(pieces) > 1 else "") or first
        size = BackgroundSize("auto", (), True, True)
        if (first == "auto") != (second == "auto"):
            size = _auto_with_one_side(first, second)
    else:
        values = tuple(_satori_whole_text_values(text))
        size = BackgroundSize(None, values[:2]) if values else BackgroundSize(None, (), dropped=True)
    raise StyleFallback(_whole_list_note(raw), "as Next.js draws it", (size,))


def _auto_with_one_side(first: str, second: str) -> BackgroundSize:
    """``auto`` beside one other piece, as Satori's url() sizing reads that piece (``parseSize``: a
    percentage of the box where it ends in ``%``, else ``+piece``, NaN for ``30px`` or ``50%,``)."""
    other = second if first == "auto" else first
    number = _LEADING_NUMBER.match(other)
    if other.endswith("%") and number is not None:
        values: tuple[Offset, ...] = (Percent(float(number.group(0))),)
    elif number is not None and number.group(0) == other:
        values = (float(other),)
    else:
        return BackgroundSize("auto", (), first == "auto", second == "auto", nan_with_unit=True)
    return BackgroundSize("auto", values, first == "auto", second == "auto")


def parse_mask_position(raw: RawValue, ctx: ValueContext) -> tuple[BackgroundPosition, ...]:
    """``maskPosition`` as Satori reads it for every layer (see above): the first two values it reads."""
    text = raw_text(raw)
    if "," not in text:
        return parse_background_position(raw, ctx)
    position = BackgroundPosition(tuple(_satori_whole_text_values(text)[:2]))
    raise StyleFallback(_whole_list_note(raw), "as Next.js draws it", (position,))


def parse_mask_repeat(raw: RawValue, ctx: ValueContext) -> tuple[BackgroundRepeat, ...]:
    """``maskRepeat`` as Satori reads it for every layer (see above): a comma list equals none of the
    keywords it compares with, so every layer is drawn once."""
    if "," not in raw_text(raw):
        return parse_background_repeat(raw, ctx)
    raise StyleFallback(_whole_list_note(raw), "as Next.js draws it", (BackgroundRepeat.NO_REPEAT,))
