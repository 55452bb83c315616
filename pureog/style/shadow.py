"""Parsing ``boxShadow`` and ``textShadow`` into typed values (``filter``: :mod:`pureog.style.filter`).

Input: CSS text -> tuples of :class:`BoxShadow` / :class:`TextShadow`, lengths in px, colours resolved
(``currentColor`` included).

Satori parses box-shadow with ``css-box-shadow`` (``[inset] <x> <y> [<blur> [<spread>]] [<colour>]``, the
colour last) and text-shadow with css-to-react-native (``<x> <y> [<blur>] [<colour>]``, colour first or
last; the default colour is black). We accept the colour anywhere, as CSS does. Blur radii must not be
negative. The CSS blur radius is twice the Gaussian standard deviation (painting halves it).

Must not import layout, text, paint, raster.
"""

from __future__ import annotations

from dataclasses import dataclass

from pureog.color import BLACK, Color
from pureog.errors import StyleError
from pureog.style.color import color_from_token, is_color_token
from pureog.style.parse import RawValue, ValueContext, describe, length_px, raw_text, split_commas, tokenize


@dataclass(frozen=True, slots=True)
class BoxShadow:
    offset_x: float
    offset_y: float
    blur: float = 0.0
    spread: float = 0.0
    color: Color = BLACK
    inset: bool = False


@dataclass(frozen=True, slots=True)
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


def parse_box_shadow(raw: RawValue, ctx: ValueContext) -> tuple[BoxShadow, ...]:
    if isinstance(raw, str) and raw.strip().lower() == "none":
        return ()
    shadows: list[BoxShadow] = []
    for lengths, colors, inset in _split(raw, ctx, "box-shadow"):
        if not 2 <= len(lengths) <= 4:
            raise StyleError(f"expected 2 to 4 lengths per box-shadow, got {describe(raw)}")
        blur = lengths[2] if len(lengths) > 2 else 0.0
        if blur < 0:
            raise StyleError(f"a box-shadow blur radius must not be negative, got {describe(raw)}")
        spread = lengths[3] if len(lengths) > 3 else 0.0
        color = colors[0] if colors else BLACK
        shadows.append(BoxShadow(lengths[0], lengths[1], blur, spread, color, inset))
    return tuple(shadows)


def parse_text_shadow(raw: RawValue, ctx: ValueContext) -> tuple[TextShadow, ...]:
    if isinstance(raw, str) and raw.strip().lower() == "none":
        return ()
    shadows: list[TextShadow] = []
    for lengths, colors, inset in _split(raw, ctx, "text-shadow"):
        if inset or not 2 <= len(lengths) <= 3:
            raise StyleError(f"expected '<x> <y> [<blur>] [<colour>]' per text-shadow, got {describe(raw)}")
        blur = lengths[2] if len(lengths) > 2 else 0.0
        if blur < 0:
            raise StyleError(f"a text-shadow blur radius must not be negative, got {describe(raw)}")
        shadows.append(TextShadow(lengths[0], lengths[1], blur, colors[0] if colors else BLACK))
    return tuple(shadows)


__all__ = ["BoxShadow", "TextShadow", "parse_box_shadow", "parse_text_shadow"]
