"""Parsing ``transform`` and ``transformOrigin`` into typed values (resolved later against the box).

Input: CSS text (``"translate(10px, 50%) rotate(45deg)"``) -> a tuple of :class:`TransformOp` in CSS
order; ``transformOrigin`` -> :class:`TransformOrigin`. Percentages stay :class:`Percent` (they refer
to the element's own size, known only after layout); em/rem/vw/vh become px here.

Satori 0.29 (via css-to-react-native) accepts translate/X/Y, scale/X/Y, rotate, skew/X/Y. It ignores
rotateX/rotateY/rotateZ and ``perspective(<number>)`` (its matrix code has no case for them; a
``perspective()`` length and every other function, ``matrix()`` and the ``*3d``/``*Z`` ones, make
css-to-react-native throw); by default we do the same, with a warning for the ignored ones, so output
matches the reference. With ``features: browser`` the 3D functions and ``matrix()`` are read as CSS
Transforms 2 defines them (:class:`TransformOp3d`), and paint draws them as Chromium does.

``transformOrigin`` follows Satori's ``transform-origin.ts`` literally, including its quirk that a zero
length or percentage (``0``, ``0px``, ``0%``) counts as "not given" and falls back to the centre.
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math

from pureog.errors import StyleError
from pureog.records import record
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


@record
class TransformOp:
    """One transform function: ``kind`` is translate, scale, rotate or skew; angles in degrees."""

    kind: str
    x: float | Percent
    y: float | Percent


@record
class TransformOrigin:
    """The origin in px or percent of the border box (Satori's default: the centre)."""

    x: float | Percent = Percent(50.0)
    y: float | Percent = Percent(50.0)
    z: float = 0.0
    """The third value, a length (``features: browser``: 3D transforms turn about it; Satori reads no z)."""


CENTER = TransformOrigin()


@record
class TransformOp3d:
    """A transform function Next.js does not draw, read with ``features: browser``: ``kind`` is
    ``translate3d`` (x, y: px or :class:`Percent`; z px), ``scale3d`` (3 numbers), ``rotate3d`` (axis
    x, y, z and the angle in degrees), ``perspective`` (px; ``inf`` for ``none``), ``matrix3d`` (16
    numbers, CSS's column order) or ``matrix`` (a, b, c, d, e, f: 2D)."""

    kind: str
    values: tuple[float | Percent, ...]

    @property
    def is_3d(self) -> bool:
        """Whether it leaves the plane (``matrix()`` does not)."""
        return self.kind != "matrix"


AnyTransformOp = TransformOp | TransformOp3d


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


def parse_transform(raw: RawValue, ctx: ValueContext) -> tuple[AnyTransformOp, ...]:
    """``transform`` -> the functions in CSS order (the rightmost applies first)."""
    text = raw_text(raw)
    if text.lower() == "none":
        return ()
    ops: list[AnyTransformOp] = []
    ignored: list[str] = []
    for fn in tokenize(text):
        if fn.kind != "function":
            raise StyleError(f"expected transform functions, got {fn.text!r} in {describe(raw)}")
        name = fn.name.lower()
        if ctx.browser and (name in IGNORED_FUNCTIONS or name in BROWSER_FUNCTIONS):
            ops.append(_browser_op(fn, name, ctx, raw))
            continue
        if name in IGNORED_FUNCTIONS:
            ignored.append(f"{fn.name}()")
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
        elif name in BROWSER_FUNCTIONS:
            raise StyleError(f"{name}() is not supported (Next.js throws on it; features: browser draws it), got "
                             f"{describe(raw)}")
        else:
            raise StyleError(f"unknown transform function {fn.name}(), got {describe(raw)}")
    if ignored:  # (Next.js throws on a perspective() length; a number it ignores)
        raise StyleFallback(f"{', '.join(ignored)} in transform are ignored, as Next.js ignores them, got "
                            f"{describe(raw)}", "features: browser draws them", tuple(ops))
    return tuple(ops)


BROWSER_FUNCTIONS = frozenset({"matrix", "matrix3d", "translate3d", "translatez", "scale3d", "scalez", "rotate3d"})
"""The functions css-to-react-native throws on that ``features: browser`` reads (beside the ignored ones)."""

_AXES = {"rotatex": (1.0, 0.0, 0.0), "rotatey": (0.0, 1.0, 0.0)}


def _browser_op(fn: Token, name: str, ctx: ValueContext, raw: RawValue) -> AnyTransformOp:
    """A 3D function (or ``matrix()``, ``rotateZ()``) as CSS Transforms 2 reads it."""
    if name in _AXES:
        (a0,) = _args(fn, (1,), raw)
        return TransformOp3d("rotate3d", (*_AXES[name], _angle(a0, raw)))
    if name == "rotatez":
        (a0,) = _args(fn, (1,), raw)
        return TransformOp("rotate", _angle(a0, raw), 0.0)
    if name == "rotate3d":
        a = _args(fn, (4,), raw)
        return TransformOp3d("rotate3d", (*(_plain_number(t, raw) for t in a[:3]), _angle(a[3], raw)))
    if name == "perspective":
        (a0,) = _args(fn, (1,), raw)
        if a0.kind == "ident" and a0.text.lower() == "none":
            return TransformOp3d("perspective", (math.inf,))
        return TransformOp3d("perspective", (_length(a0, ctx, raw, minimum=0.0),))
    if name == "translatez":
        (a0,) = _args(fn, (1,), raw)
        return TransformOp3d("translate3d", (0.0, 0.0, _length(a0, ctx, raw)))
    if name == "translate3d":
        a = _args(fn, (3,), raw)
        return TransformOp3d("translate3d", (length_percentage(a[0], ctx, raw), length_percentage(a[1], ctx, raw),
                                             _length(a[2], ctx, raw)))
    if name == "scalez":
        (a0,) = _args(fn, (1,), raw)
        return TransformOp3d("scale3d", (1.0, 1.0, _number(a0, raw)))
    if name == "scale3d":
        a = _args(fn, (3,), raw)
        return TransformOp3d("scale3d", tuple(_number(t, raw) for t in a))
    count = 6 if name == "matrix" else 16
    a = _args(fn, (count,), raw)
    return TransformOp3d(name, tuple(_plain_number(t, raw) for t in a))


def _plain_number(tok: Token, raw: RawValue) -> float:
    if tok.kind != "number" or not math.isfinite(tok.value):
        raise StyleError(f"expected a number, got {tok.text!r} in {describe(raw)}")
    return tok.value


def _length(tok: Token, ctx: ValueContext, raw: RawValue, minimum: float | None = None) -> float:
    """A length in px (a percentage is no length here: a z or a perspective distance); a bare number is
    read as px, as React reads style numbers (Next.js reads ``perspective(500)`` without throwing)."""
    px = length_px(tok, ctx)
    if px is None or not math.isfinite(px):
        raise StyleError(f"expected a length, got {tok.text!r} in {describe(raw)}")
    if minimum is not None and px < minimum:
        raise StyleError(f"expected a non-negative length, got {tok.text!r} in {describe(raw)}")
    return px


_KEYWORDS = {"left": ("x", 0.0), "right": ("x", 100.0), "top": ("y", 0.0), "bottom": ("y", 100.0)}


def _origin_word(word: str, ctx: ValueContext, horizontal: bool, out: dict[str, float | Percent]) -> None:
    """Satori's ``handleWord``: keywords set their axis; a length sets the axis of its position."""
    if word in _KEYWORDS:
        axis, pct = _KEYWORDS[word]
        out[axis] = Percent(pct)
        return
    if word == "center":
        return
    try:
        toks = tokenize(word)
    except StyleError:  # `left;`, `10px;` pasted with the line's end: css-dimension reads no unit it knows
        return
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
        if px and px == px:  # likewise for a zero length, and a NaN em (lost font size: style/lost_em.py);
            out[axis] = px  # unitless numbers and other units are ignored


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
    words = text.lower().split() if ctx.browser else _value_parser_words(text)
    out: dict[str, float | Percent] = {}
    if len(words) == 1:
        _origin_word(words[0], ctx, True, out)
    elif len(words) == 2 or (len(words) == 3 and ctx.browser):
        pair = words[:2]
        if pair[0] in ("top", "bottom") or pair[1] in ("left", "right"):
            pair.reverse()
        _origin_word(pair[0], ctx, True, out)
        _origin_word(pair[1], ctx, False, out)
    z = _origin_z(words[2], ctx, raw) if len(words) == 3 and ctx.browser else 0.0
    origin = TransformOrigin(out.get("x", Percent(50.0)), out.get("y", Percent(50.0)), z)
    value = None if origin == CENTER else origin  # None: the computed style's default, the centre
    if any(word not in _ORIGIN_WORDS and word.lower() in _ORIGIN_WORDS for word in words):
        raise StyleFallback(f"transformOrigin keywords are lower case in Next.js, got {describe(raw)}",
                            "the word is read as the centre, as Next.js reads it", value)
    return value


_ORIGIN_WORDS = frozenset({*_KEYWORDS, "center"})


def _value_parser_words(text: str) -> list[str]:
    """The ``word`` nodes postcss-value-parser finds in ``text``, which Satori's transform-origin reader
    keeps: words end at white space and at the dividers ``,``, ``/`` and ``:`` (``left, bottom`` is two
    keywords there); functions (``calc(...)``, a bare ``(...)``) and quoted strings are other nodes and
    are dropped whole."""
    words: list[str] = []
    word: list[str] = []
    depth = 0
    quote = ""
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif depth:
            depth += {"(": 1, ")": -1}.get(ch, 0)
        elif ch == "(":
            word, depth = [], 1  # the name before it is the function's, not a word
        elif ch in "\"'":
            if word:
                words.append("".join(word))
            word, quote = [], ch
        elif ch.isspace() or ch in ",/:":
            if word:
                words.append("".join(word))
            word = []
        else:
            word.append(ch)
    if word and not depth and not quote:
        words.append("".join(word))
    return words


def _origin_z(word: str, ctx: ValueContext, raw: RawValue) -> float:
    """The third ``transformOrigin`` value (``features: browser``, CSS Transforms 2): a length or 0."""
    toks = tokenize(word)
    if len(toks) == 1 and toks[0].kind == "number" and toks[0].value == 0:
        return 0.0
    px = length_px(toks[0], ctx) if len(toks) == 1 and toks[0].kind == "dimension" else None
    if px is not None and math.isfinite(px):
        return px
    # a browser drops the declaration: the origin stays the centre
    raise StyleFallback(f"expected a length as the third transformOrigin value, got {describe(raw)}",
                        "the origin is the centre, as a browser drops the declaration", None)


def parse_perspective(raw: RawValue, ctx: ValueContext) -> float | None:
    """``perspective`` (``features: browser``): ``none`` (None) or a non-negative length in px."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if raw < 0 or not math.isfinite(raw):
            raise StyleError(f"expected none or a non-negative length, got {describe(raw)}")
        return float(raw)
    toks = tokenize(raw_text(raw))
    if len(toks) != 1:
        raise StyleError(f"expected none or a length, got {describe(raw)}")
    if toks[0].kind == "ident" and toks[0].text.lower() == "none":
        return None
    return _length(toks[0], ctx, raw, minimum=0.0)


def parse_perspective_origin(raw: RawValue, ctx: ValueContext) -> TransformOrigin | None:
    """``perspectiveOrigin`` (``features: browser``) as CSS reads a position: one or two of the
    keywords, lengths and percentages (a lone value sets x, y is the centre). Unlike Satori's
    ``transformOrigin``, a zero is a zero. None: the centre (the computed style's default)."""
    origin = _perspective_origin(raw, ctx)
    return None if origin == CENTER else origin


def _perspective_origin(raw: RawValue, ctx: ValueContext) -> TransformOrigin:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return TransformOrigin(float(raw), Percent(50.0))
    toks = tokenize(raw_text(raw))
    if not 1 <= len(toks) <= 2:
        raise StyleError(f"expected one or two positions, got {describe(raw)}")
    words = [t.text.lower() if t.kind == "ident" else None for t in toks]
    if len(toks) == 2 and (words[0] in ("top", "bottom") or words[1] in ("left", "right")):
        toks, words = toks[::-1], words[::-1]
    axes: list[float | Percent] = []
    for i, (tok, word) in enumerate(zip(toks, words, strict=True)):
        horizontal = i == 0
        if word is not None:
            if word == "center":
                axes.append(Percent(50.0))
                continue
            axis, pct = _KEYWORDS.get(word, ("", 0.0))
            if axis != ("x" if horizontal else "y"):
                raise StyleError(f"{tok.text!r} cannot be the {'x' if horizontal else 'y'} position in "
                                 f"{describe(raw)}")
            axes.append(Percent(pct))
        else:
            axes.append(length_percentage(tok, ctx, raw))
    return TransformOrigin(axes[0], axes[1] if len(axes) > 1 else Percent(50.0))


__all__ = ["AnyTransformOp", "CENTER", "TransformOp", "TransformOp3d", "TransformOrigin", "parse_perspective",
           "parse_perspective_origin", "parse_transform", "parse_transform_origin"]
