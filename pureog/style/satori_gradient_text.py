"""A gradient layer followed by a colour function, as Satori's gradient parser misreads it.

Role: ``background: linear-gradient(to right, red, blue) hsl(154, 65%, 20%)`` is valid CSS (the last
layer's colour), and Satori hands the whole value to ``backgroundImage``. css-gradient-parser then takes
the gradient's text up to the layer's *last* ``)`` (``/linear-gradient\\((.+)\\)/``, greedy), so the
colour's arguments join the stops, and splits it at commas outside parentheses with a depth that may go
below zero (``blue) hsl(154`` leaves it at zero again). Each piece is then a stop (its colour and offset
the first two words outside parentheses), or a hint when it is a bare number (dropped). resvg paints a
colour it cannot read black and puts an offset it cannot read at the previous stop.

:func:`satori_gradient_layer` rewrites such a layer into the gradient Satori ends up drawing, in words
pureog's gradient parser reads the same way (an unreadable colour becomes ``unreadable``, an unreadable
offset ``0%``); every other layer is left alone. Imports only the CSS tokenizer, colour test and
css-gradient-parser's stop-position pattern.
"""

from __future__ import annotations

import re

from pureog.errors import StyleError
from pureog.style.color import is_color_token
from pureog.style.parse import tokenize
from pureog.style.satori_gradient_reading import SATORI_STOP_OFFSET

_GRADIENT_START = re.compile(r"(?:repeating-)?(linear|radial)-gradient\(", re.IGNORECASE)
"""css-gradient-parser's number with an optional unit: an offset it reads, or a hint between stops."""
_ANGLE_UNITS = ("turn", "deg", "grad", "rad")
_COLOUR_START = re.compile(r"^(rgba?|hwb|hsl|lab|lch|oklab|color|#|[a-zA-Z]+)")


def satori_split(text: str, whitespace: bool = False) -> list[str]:
    """css-gradient-parser's split (and css-background-parser's layers): at commas (or each white-space
    character) where as many ``)`` as ``(`` have been seen, the count allowed to go negative; pieces
    trimmed."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth == 0 and (ch.isspace() if whitespace else ch == ","):
            pieces.append(text[start:i].strip())
            start = i + 1
    pieces.append(text[start:].strip())
    return pieces


_CURRENT_COLOR = re.compile("currentcolor", re.IGNORECASE)
_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?%?", re.IGNORECASE)


def satori_current_color(text: str, colour: str) -> str:
    """``text`` with every ``currentColor`` replaced by the colour function ``colour`` as Satori pastes it
    (expand.ts ``convertCurrentColorToActualValue``): the text as written, but an ``hsl(`` one rewritten by
    ``refineHSL`` to ``hsl(h,s%,l%)`` (and ``,alpha`` when not opaque)."""
    if colour.startswith("hsl"):
        numbers = _NUMBER.findall(colour[colour.find("(") + 1 :])
        if len(numbers) >= 3:
            h, s, lightness = (n.rstrip("%") for n in numbers[:3])
            parts = [h, f"{s}%", f"{lightness}%"]
            if len(numbers) > 3:
                alpha = float(numbers[3].rstrip("%")) / (100 if numbers[3].endswith("%") else 1)
                if alpha != 1:
                    parts.append(f"{alpha:g}")
            colour = f"hsl({','.join(parts)})"
    return _CURRENT_COLOR.sub(lambda _: colour, text)


def _closing(text: str, opening: int) -> int | None:
    """The index of the ``)`` that closes the ``(`` at ``opening``, None when it is never closed."""
    depth = 0
    for i in range(opening, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _readable_colour(text: str) -> bool:
    try:
        tokens = tokenize(text)
    except StyleError:
        return False
    return len(tokens) == 1 and is_color_token(tokens[0])


def _head(kind: str, first: str) -> bool:
    """Whether the first piece is the gradient's direction (linear) or shape and position (radial)."""
    if kind == "linear":
        return first.startswith("to ") or first.endswith(_ANGLE_UNITS)
    if re.search(r"circle|ellipse|at", first):
        return True
    return not _COLOUR_START.match(first)


def satori_gradient_layer(layer: str) -> str | None:
    """The gradient Satori draws for a ``layer`` whose gradient is followed by text holding a ``)``,
    written for pureog's gradient parser; None for any other layer (it reads as written)."""
    start = _GRADIENT_START.match(layer)
    if start is None:
        return None
    opening = start.end() - 1
    closing = _closing(layer, opening)
    if closing is None or ")" not in layer[closing + 1 :]:
        return None
    pieces = satori_split(layer[opening + 1 : layer.rindex(")")])
    head = [pieces.pop(0)] if pieces and _head(start.group(1).lower(), pieces[0]) else []
    colours: list[str] = []
    offsets: list[str | None] = []  # as written; None: none given; "NaN": one Satori cannot read
    index = 0
    while index < len(pieces):
        words = satori_split(pieces[index], whitespace=True)
        colours.append(words[0] if _readable_colour(words[0]) else "unreadable")
        offsets.append(None if len(words) < 2 or not words[1] else words[1] if SATORI_STOP_OFFSET.match(words[1])
                       else "NaN")
        # a bare number after a stop is a colour hint, which Satori drops
        index += 2 if index + 1 < len(pieces) and SATORI_STOP_OFFSET.match(pieces[index + 1]) else 1
    _spread_unreadable(offsets)
    stops = [f"{colour} {'0%' if offset == 'NaN' else offset or ''}".strip()
             for colour, offset in zip(colours, offsets, strict=True)]
    return f"{layer[:opening]}({', '.join(head + stops)})"


def _spread_unreadable(offsets: list[str | None]) -> None:
    """Satori spreads stops without an offset evenly between the nearest ones with an offset (the first
    stop's is 0, the last's 1 when missing): next to an unreadable (NaN) offset the arithmetic gives NaN
    too, which resvg puts at the previous stop ("0%" in pureog's reading), not between its neighbours."""
    known = [i for i, offset in enumerate(offsets) if offset is not None or i in (0, len(offsets) - 1)]
    for before, after in zip(known, known[1:], strict=False):
        if "NaN" in (offsets[before], offsets[after]):
            for i in range(before + 1, after):
                offsets[i] = "NaN"
