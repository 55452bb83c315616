"""``filter`` (and ``backdropFilter``) read as CSS Filter Effects 1 reads them (``features: browser``).

Input: the CSS text of the declaration -> :class:`pureog.style.filter.FilterFunction` tuples, as
:mod:`pureog.style.filter` makes them for Next.js's grammar (svgtypes'), whose limits a browser does not
have: a drop shadow's colour may be any CSS colour (``rgba()``, ``hsl()``, ``color-mix()``: Next.js drops
the whole filter), lengths are CSS lengths (``em`` of the element's font size, ``rem``, ``vw``, ``calc()``;
resvg reads ``em`` as 12 px), names are ASCII case-insensitive. Grammar: ``none`` or whitespace-separated
functions; ``brightness contrast grayscale invert opacity saturate sepia`` take a number or percentage,
default 1, never negative; ``hue-rotate`` an angle (a unitless 0 too), default 0; ``blur`` a length, not
negative, default 0; ``drop-shadow`` a colour (default ``currentColor``) before or after two offsets and
an optional blur length, whose value is the Gaussian's standard deviation as Chromium uses it; ``url()``
is kept as a link to no filter (skipped when painted). Any error makes the declaration invalid.
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math

from pureog.errors import LimitError, StyleError
from pureog.limits import MAX_FILTER_FUNCTIONS
from pureog.style.color import color_from_token, is_color_token
from pureog.style.filter import FilterFunction
from pureog.style.parse import RawValue, Token, ValueContext, describe, raw_text, token_length, tokenize
from pureog.style.values import Percent

_AMOUNT_FUNCTIONS = frozenset({"brightness", "contrast", "grayscale", "invert", "opacity", "saturate", "sepia"})
_DEGREES = {"deg": 1.0, "grad": 0.9, "rad": 180.0 / math.pi, "turn": 360.0}


def parse_css_filter(raw: RawValue, ctx: ValueContext) -> tuple[FilterFunction, ...]:
    """The filter functions of ``raw`` as a browser reads them; () for ``none``. Raises
    :class:`StyleError` for a value CSS rejects (the declaration is then ignored)."""
    tokens = tokenize(raw_text(raw))
    if len(tokens) == 1 and tokens[0].kind == "ident" and tokens[0].text.lower() == "none":
        return ()
    if not tokens:
        raise StyleError(f"expected filter functions, got {describe(raw)}")
    if len(tokens) > MAX_FILTER_FUNCTIONS:
        raise LimitError(f"filter has {len(tokens)} functions, more than {MAX_FILTER_FUNCTIONS} (spec/limits.md)")
    out: list[FilterFunction] = []
    for tok in tokens:
        if tok.kind == "function" and tok.name == "url":
            out.append(FilterFunction("url", 0.0))
            continue
        if tok.kind != "function":
            raise StyleError(f"expected a filter function, got {tok.text!r} in {describe(raw)}")
        name, args = tok.name.lower(), tok.args
        if name in _AMOUNT_FUNCTIONS:
            out.append(FilterFunction(name, _amount(args, raw)))
        elif name == "hue-rotate":
            out.append(FilterFunction(name, _angle(args, raw)))
        elif name == "blur":
            out.append(FilterFunction(name, _length(args[0], ctx, raw) if args else 0.0))
            if len(args) > 1 or out[-1].amount < 0:
                raise StyleError(f"blur() takes one length, not negative, in {describe(raw)}")
        elif name == "drop-shadow":
            out.append(_drop_shadow(args, ctx, raw))
        else:
            raise StyleError(f"unknown filter function {tok.name}() in {describe(raw)}")
    return tuple(out)


def _amount(args: tuple[Token, ...], raw: RawValue) -> float:
    if not args:
        return 1.0
    tok = args[0]
    if len(args) != 1 or tok.kind not in ("number", "percent") or tok.value < 0:
        raise StyleError(f"expected a number or percentage, not negative, in {describe(raw)}")
    return tok.value / 100.0 if tok.kind == "percent" else tok.value


def _angle(args: tuple[Token, ...], raw: RawValue) -> float:
    if not args:
        return 0.0
    tok = args[0]
    if len(args) == 1 and tok.kind == "dimension" and tok.unit in _DEGREES:
        return tok.value * _DEGREES[tok.unit]
    if len(args) == 1 and tok.kind == "number" and tok.value == 0.0:
        return 0.0
    raise StyleError(f"expected an angle in {describe(raw)}")


def _length(tok: Token, ctx: ValueContext, raw: RawValue) -> float:
    value = token_length(tok, ctx, percent=False, raw=raw)
    if isinstance(value, Percent) or not isinstance(value, float | int):
        raise StyleError(f"expected a length in {describe(raw)}")
    return float(value)


def _drop_shadow(args: tuple[Token, ...], ctx: ValueContext, raw: RawValue) -> FilterFunction:
    parts = list(args)
    color = ctx.current_color
    if parts and is_color_token(parts[0]):
        color = color_from_token(parts.pop(0), ctx.current_color)
    elif parts and is_color_token(parts[-1]):
        color = color_from_token(parts.pop(), ctx.current_color)
    if len(parts) not in (2, 3):
        raise StyleError(f"drop-shadow() takes two offsets and a blur length, in {describe(raw)}")
    lengths = [_length(tok, ctx, raw) for tok in parts]
    blur = lengths[2] if len(lengths) == 3 else 0.0
    if blur < 0:
        raise StyleError(f"a negative drop-shadow() blur in {describe(raw)}")
    return FilterFunction("drop-shadow", blur, lengths[0], lengths[1], color)


__all__ = ["parse_css_filter"]
