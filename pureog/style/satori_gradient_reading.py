"""What Satori's gradient readers take from a value's raw text, where that is not what CSS reads.

Role: css-gradient-parser 0.0.17 and css-to-react-native (as Satori 0.29 calls them) read the author's
text with regexes and string splits, not with a CSS tokenizer, so case, whitespace and spelling decide
what Next.js draws. Each function here answers one question about that raw text (does it read this stop
position, where does it cut the arguments, which sides does it find in a direction, ...);
:mod:`pureog.style.gradient` asks them to reproduce Next's reading, quirks included. Text in, plain
answers out: no tokens, no values context.
"""

from __future__ import annotations

import re

from pureog.style.parse import RawValue

SATORI_STOP_OFFSET = re.compile(r"^(-?[0-9]+(?:\.[0-9]*)?)(%|vw|vh|px|em|rem|deg|rad|grad|turn|ch|vmin|vmax)?$")
"""css-gradient-parser's stop position regex: case-sensitive units, no `+` sign, no leading `.`, no
exponent, no absolute unit but px."""


def satori_reads_position(text: str) -> bool:
    """Whether css-gradient-parser reads this stop position (or colour hint) text as a position."""
    return SATORI_STOP_OFFSET.match(text) is not None


def satori_converts(text: str, *, percent_as_number: bool) -> bool:
    """Whether Satori gets a number from a position css-gradient-parser read: a stop's percentage is
    read with ``Number()`` (``30.%`` is 30), everything else goes through lengthToNumber, whose
    css-dimension cannot read a number ending in a dot (``140.px``, ``6.vmin``: undefined)."""
    match = SATORI_STOP_OFFSET.match(text)
    if match is None:
        return False
    return not match.group(1).endswith(".") or (percent_as_number and match.group(2) == "%")


def satori_arguments(function_text: str) -> list[str]:
    """The arguments as css-gradient-parser cuts them from the raw text (its ``c()``): split at commas
    outside parentheses, each trimmed. Their spelling (case, whitespace) decides what Satori reads."""
    inner = function_text[function_text.index("(") + 1 : function_text.rindex(")")]
    out: list[str] = []
    depth = start = 0
    for i, ch in enumerate(inner):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            out.append(inner[start:i].strip())
            start = i + 1
    out.append(inner[start:].strip())
    return out


def satori_first_argument(function_text: str) -> str:
    return satori_arguments(function_text)[0]


def satori_stop_position_lost(stop: str) -> bool:
    """css-gradient-parser splits a stop at every single whitespace character (``c(stop, /\\s+/)``
    tests one character at a time) and takes the second piece as its position: after a run of
    whitespace (``#e63946  30%``) that piece is empty, so the stop has no position."""
    pieces: list[str] = []
    depth = start = 0
    for i, ch in enumerate(stop):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch.isspace():
            pieces.append(stop[start:i].strip())
            start = i + 1
    pieces.append(stop[start:].strip())
    return len(pieces) > 2 and pieces[1] == ""


def satori_sides(value: str) -> tuple[str, ...]:
    """Satori's ``resolveXYFromDirection``: substring tests, case-sensitive, ``top`` before ``bottom``
    and ``left`` before ``right``; no side found reads as ``to top``."""
    vertical = "top" if "top" in value else "bottom" if "bottom" in value else ""
    horizontal = "left" if "left" in value else "right" if "right" in value else ""
    return tuple(w for w in (vertical, horizontal) if w) or ("top",)


def satori_second_position_lost(first: str) -> bool:
    """css-gradient-parser splits the text after ``at`` on single spaces (``split(" ")``) and reads an
    empty second piece as ``center``: ``at 20%  20%`` is ``at 20% center``."""
    parts = first.split("at")
    if len(parts) < 2:
        return False
    words = parts[1].strip().split(" ")
    return len(words) > 1 and words[1] == ""


SATORI_GRADIENT_START = re.compile(r"(?:repeating-)?(?:linear|radial)-gradient\(", re.IGNORECASE)


def satori_gradient_text(layer: str) -> str:
    """A layer as Satori's gradient parser reads it: up to its last ')' when it starts with a gradient."""
    if SATORI_GRADIENT_START.match(layer) and ")" in layer:
        return layer[: layer.rindex(")") + 1]
    return layer


def satori_reads_no_text(raw: RawValue) -> bool:
    """Whether css-to-react-native's ``transformRawValue`` turns the value into something that is not
    text: a number (with or without ``px``, any case: ``numberOrLengthRe``), ``true``/``false`` (its
    ``boolRe``, ``/^true|false$/i``, tests a start or an end), ``null`` or ``undefined``."""
    if isinstance(raw, bool):
        return False
    if isinstance(raw, (int, float)):
        return True
    text = raw.strip()
    lower = text.lower()
    return bool(SATORI_NUMBER_OR_LENGTH.fullmatch(text)) or lower.startswith("true") or lower.endswith("false") \
        or lower in ("null", "undefined")


SATORI_NUMBER_OR_LENGTH = re.compile(r"[+-]?(?:[0-9]*\.)?[0-9]+(?:e[+-]?[0-9]+)?(?:px)?", re.IGNORECASE)
