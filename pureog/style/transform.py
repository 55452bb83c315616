"""Parsing ``transform`` and ``transformOrigin`` into typed values (resolved later against the box).

Input: CSS text (``"translate(10px, 50%) rotate(45deg)"``) -> a tuple of :class:`TransformOp` in CSS
order; ``transformOrigin`` -> :class:`TransformOrigin`. Percentages stay :class:`Percent` (they refer
to the element's own size, known only after layout); em/rem/vw/vh become px here.

Satori 0.29 (via css-to-react-native) accepts translate/X/Y, scale/X/Y, rotate, skew/X/Y. It silently
ignores rotateX/rotateY/rotateZ/perspective (its matrix code has no case for them), and refuses
``matrix()``; we do the same, so output matches the reference.

``transformOrigin`` follows Satori's ``transform-origin.ts`` literally, including its quirk that a zero
length or percentage (``0``, ``0px``, ``0%``) counts as "not given" and falls back to the centre.
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pureog.errors import StyleError
from pureog.style.parse import (
    RawValue,
    StyleFallback,
    Token,
    ValueContext,
    describe,
    length_percentage,
    length_px,
    raw_text,
    tokenize,
)
from pureog.style.values import Percent

_ANGLE_TO_DEG = {"deg": 1.0, "rad": 57.29577951308232, "turn": 360.0, "grad": 0.9}
IGNORED_FUNCTIONS = frozenset({"rotatex", "rotatey", "rotatez", "perspective"})


@dataclass(frozen=True, slots=True)
class TransformOp:
    """One transform function: ``kind`` is translate, scale, rotate or skew; angles in degrees."""

    kind: str
    x: float | Percent
    y: float | Percent


@dataclass(frozen=True, slots=True)
class TransformOrigin:
    """The origin in px or percent of the border box (Satori's default: the centre)."""

    x: float | Percent = Percent(50.0)
    y: float | Percent = Percent(50.0)


CENTER = TransformOrigin()


def _angle(tok: Token, raw: RawValue) -> float:
    if tok.kind == "dimension" and tok.unit in _ANGLE_TO_DEG:
        return tok.value * _ANGLE_TO_DEG[tok.unit]
    if tok.kind == "number" and tok.value == 0:
        return 0.0
    raise StyleError(f"expected an angle (deg, rad, turn, grad), got {tok.text!r} in {describe(raw)}")


def _number(tok: Token, raw: RawValue) -> float:
    if tok.kind == "number":
        return tok.value
    if tok.kind == "percent":
        return tok.value / 100.0
    raise StyleError(f"expected a number, got {tok.text!r} in {describe(raw)}")


def _args(fn: Token, count: tuple[int, ...], raw: RawValue) -> list[Token]:
    args = [t for t in fn.args if t.kind != "comma"]
    if len(args) not in count:
        raise StyleError(f"{fn.name}() takes {' or '.join(map(str, count))} arguments, got {describe(raw)}")
    return args


def parse_transform(raw: RawValue, ctx: ValueContext) -> tuple[TransformOp, ...]:
    """``transform`` -> the functions in CSS order (the rightmost applies first)."""
    text = raw_text(raw)
    if text.lower() == "none":
        return ()
    ops: list[TransformOp] = []
    for fn in tokenize(text):
        if fn.kind != "function":
            raise StyleError(f"expected transform functions, got {fn.text!r} in {describe(raw)}")
        name = fn.name.lower()
        if name in IGNORED_FUNCTIONS:
            continue
        if name == "translate":
            a = _args(fn, (1, 2), raw)
            y = length_percentage(a[1], ctx, raw) if len(a) > 1 else 0.0
            ops.append(TransformOp("translate", length_percentage(a[0], ctx, raw), y))
        elif name in ("translatex", "translatey"):
            (a0,) = _args(fn, (1,), raw)
            v = length_percentage(a0, ctx, raw)
            ops.append(TransformOp("translate", v, 0.0) if name.endswith("x") else TransformOp("translate", 0.0, v))
        elif name == "scale":
            a = _args(fn, (1, 2), raw)
            sx = _number(a[0], raw)
            ops.append(TransformOp("scale", sx, _number(a[1], raw) if len(a) > 1 else sx))
        elif name in ("scalex", "scaley"):
            (a0,) = _args(fn, (1,), raw)
            v = _number(a0, raw)
            ops.append(TransformOp("scale", v, 1.0) if name.endswith("x") else TransformOp("scale", 1.0, v))
        elif name == "rotate":
            (a0,) = _args(fn, (1,), raw)
            ops.append(TransformOp("rotate", _angle(a0, raw), 0.0))
        elif name == "skew":
            a = _args(fn, (1, 2), raw)
            ops.append(TransformOp("skew", _angle(a[0], raw), _angle(a[1], raw) if len(a) > 1 else 0.0))
        elif name in ("skewx", "skewy"):
            (a0,) = _args(fn, (1,), raw)
            v = _angle(a0, raw)
            ops.append(TransformOp("skew", v, 0.0) if name.endswith("x") else TransformOp("skew", 0.0, v))
        elif name in ("matrix", "matrix3d") or name.endswith("3d"):
            raise StyleError(f"{name}() is not supported (Satori does not support it either), got {describe(raw)}")
        else:
            raise StyleError(f"unknown transform function {fn.name}(), got {describe(raw)}")
    return tuple(ops)


_KEYWORDS = {"left": ("x", 0.0), "right": ("x", 100.0), "top": ("y", 0.0), "bottom": ("y", 100.0)}


def _origin_word(word: str, ctx: ValueContext, horizontal: bool, out: dict[str, float | Percent]) -> None:
    """Satori's ``handleWord``: keywords set their axis; a length sets the axis of its position."""
    if word in _KEYWORDS:
        axis, pct = _KEYWORDS[word]
        out[axis] = Percent(pct)
        return
    if word == "center":
        return
    toks = tokenize(word)
    if len(toks) != 1:
        return
    tok = toks[0]
    axis = "x" if horizontal else "y"
    if tok.kind == "percent":
        if tok.value:  # Satori: a zero percentage is falsy and means "not set"
            out[axis] = Percent(tok.value)
        return
    if tok.kind == "dimension" and tok.unit in ("px", "em", "rem"):
        px = length_px(tok, ctx)
        if px:  # likewise for a zero length; unitless numbers and other units are ignored
            out[axis] = px


def parse_transform_origin(raw: RawValue, ctx: ValueContext) -> TransformOrigin | None:
    """Satori's reading: ``purify`` (the cascade's) has turned anything ``Number()`` reads (``"12"``,
    ``" 1e1 "``) into a number of px, a horizontal length; a zero one is falsy there, so it is the centre."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if raw == 0 or not math.isfinite(raw):
            return None
        return TransformOrigin(float(raw), Percent(50.0))
    text = raw_text(raw)
    # Satori's handleWord compares the keywords case-sensitively: `LEFT TOP` and `Right` are no
    # keywords and no lengths there, so Next keeps the centre; we read them so (a warning says why)
    words = text.lower().split() if ctx.browser else text.split()
    out: dict[str, float | Percent] = {}
    if len(words) == 1:
        _origin_word(words[0], ctx, True, out)
    elif len(words) == 2:
        if words[0] in ("top", "bottom") or words[1] in ("left", "right"):
            words.reverse()
        _origin_word(words[0], ctx, True, out)
        _origin_word(words[1], ctx, False, out)
    origin = TransformOrigin(out.get("x", Percent(50.0)), out.get("y", Percent(50.0)))
    value = None if origin == CENTER else origin  # None: the computed style's default, the centre
    if any(word not in _ORIGIN_WORDS and word.lower() in _ORIGIN_WORDS for word in words):
        raise StyleFallback(f"transformOrigin keywords are lower case in Next.js, got {describe(raw)}",
                            "the word is read as the centre, as Next.js reads it", value)
    return value


_ORIGIN_WORDS = frozenset({*_KEYWORDS, "center"})


__all__ = ["TransformOp", "TransformOrigin", "CENTER", "parse_transform", "parse_transform_origin"]
