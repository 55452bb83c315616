"""Parsing ``clipPath`` basic shapes: CSS text -> a :class:`ClipShape` with unresolved lengths.

Satori 0.29 (``parser/shape.ts``) supports ``inset()``, ``circle()``, ``ellipse()``, ``polygon()`` and
``path()``, all relative to the element's border box. Percentages stay :class:`Percent` until paint
knows the box: a circle's radius percentage refers to ``sqrt(w^2 + h^2) / sqrt(2)``, x values to the
width, y values to the height. Positions after ``at`` follow Satori's ``resolvePosition`` (two words,
x then y; keywords set their axis; ``center`` sets both). ``path()`` keeps its SVG path data as text,
read as Satori reads it (quotes dropped, an optional fill rule and comma first); paint parses it as
resvg does. ``circle()`` and ``ellipse()`` without arguments are no shape (Satori's pattern needs an
argument), :data:`UNREAD`: no clip, except that a moved image keeps its border-box clip
(:attr:`~pureog.style.computed.ComputedStyle.clip_path_unread`); ``closest-side``/``farthest-side``
radii follow CSS (Satori reads them as NaN and clips the element away: spec/differences.md). A
``<geometry-box>`` keyword next to the shape (``inset(10px) border-box``) is dropped: Satori's unanchored
patterns find the shape and lay it on the border box whatever the keyword says.
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pureog.errors import LimitError, StyleError, tolerate
from pureog.limits import MAX_POLYGON_POINTS
from pureog.records import record, replace
from pureog.style.parse import (
    RawValue,
    StyleFallback,
    Token,
    ValueContext,
    describe,
    length_percentage,
    raw_text,
    split_commas,
    tokenize,
)
from pureog.style.values import LengthPercentage, Percent

if TYPE_CHECKING:
    from pureog.style.clip_shape_function import ShapeCommand

HALF = Percent(50.0)


@record
class ClipShape:
    """``kind`` is circle, ellipse, polygon, inset or path; ``values`` hold its lengths in this order:
    circle (r, cx, cy); ellipse (rx, ry, cx, cy); polygon (x0, y0, x1, y1, ...);
    inset (top, right, bottom, left, radius top-left, top-right, bottom-right, bottom-left);
    path: none (its SVG path data is ``path_data``, in px from the border box's top-left)."""

    kind: str
    values: tuple[LengthPercentage, ...]
    evenodd: bool = False
    x_of_height: tuple[bool, ...] = ()
    """polygon: per point, whether Satori resolves its x percentage against the *height* (see
    :func:`_satori_x_of_height`)."""
    path_data: str = ""
    radius_keywords: tuple[str, ...] = ()
    """circle (one entry), ellipse (two): ``closest-side``/``farthest-side`` per radius, ``""`` where the
    radius is a length in ``values`` (paint measures the keywords from the centre to the box's sides)."""
    commands: tuple[ShapeCommand, ...] = ()
    """shape (``features: browser``): its commands (style/clip_shape_function.py)."""


def _satori_x_of_height(text: str, points: int) -> tuple[bool, ...]:
    """Satori splits polygon() at commas, then each point at single spaces, and resolves token 0
    against the width and every later token against the height. A point written after ``", "`` starts
    with an empty token, so its x percentage is taken of the height: we follow it to match."""
    inner = text[text.find("(") + 1 : text.rfind(")")].replace("'", "").replace('"', "")
    match = re.match(r"^(nonzero|evenodd)?,?(.+)", inner, re.S)
    chunks = match.group(2).split(",") if match else []
    flags = tuple(chunk.startswith(" ") for chunk in chunks)
    return flags if len(flags) == points else ()


def _path_shape(text: str, raw: RawValue) -> ClipShape:
    """``path([<fill-rule>,] <string>)`` as Satori 0.29 reads it (``parsePath``): everything between
    ``path(`` and the last ``)``, quotes removed, an optional leading ``nonzero``/``evenodd`` and comma;
    the rest is the SVG path data (resvg ends it at the first error)."""
    match = re.search(r"path\((.+)\)", text, re.S)
    inner = match.group(1).replace("'", "").replace('"', "") if match else ""
    parts = re.match(r"^(nonzero|evenodd)?,?(.+)", inner, re.S)
    if parts is None:
        raise StyleError(f"expected SVG path data in path(), got {describe(raw)}")
    return ClipShape("path", (), parts.group(1) == "evenodd", path_data=parts.group(2))


def _second_word_empty(text: str) -> bool:
    """Satori splits a circle's or ellipse's radii and its position at single spaces
    (``radius.split(' ')``, ``position.split(' ')``) and takes words 0 and 1: after a run of spaces word 1
    is empty and Satori uses its default, 50 % (``ellipse(40px  20px)`` has ry = 50 %)."""
    words = text.strip().split(" ")
    return len(words) > 1 and not words[1]


def _satori_halves(text: str) -> tuple[bool, bool]:
    """Whether Satori reads the second radius and the position's y as 50 % (:func:`_second_word_empty`):
    the argument text as its pattern captures it, split at the first two ``at`` as ``value.split('at')``."""
    match = re.search(r"(?:circle|ellipse)\((.+)\)", text)
    parts = match.group(1).split("at") if match else [""]
    return _second_word_empty(parts[0]), len(parts) > 1 and _second_word_empty(parts[1])


def _position(tokens: list[Token], raw: RawValue, ctx: ValueContext, *, y_half: bool = False,
              ) -> tuple[LengthPercentage, LengthPercentage]:
    x: LengthPercentage = HALF
    y: LengthPercentage = HALF
    # Satori's resolvePosition: the first two words are x and y, then every keyword among all of them
    # moves its axis (``right 10px bottom 10px`` is the bottom-right corner); ``y_half``: its second
    # word is empty (a run of spaces), so y stays 50 % but for keywords
    words = [t.text.lower() if t.kind == "ident" else None for t in tokens]
    if tokens and words[0] is None:
        x = _satori_coordinate(tokens[0], ctx, raw)
    if len(tokens) > 1 and words[1] is None and not y_half:
        y = _satori_coordinate(tokens[1], ctx, raw)
    # A keyword of the other axis in a slot (`at top`, `at bottom 20%`, `at 10px left`) stays there as
    # text, which lengthToNumber cannot read: that coordinate is 0 unless a keyword sets its axis
    # (`circle(51% at top)` is centred on the top-left corner in Next; martian generator seed 317)
    if tokens and words[0] in ("top", "bottom"):
        x = 0.0
    if len(tokens) > 1 and words[1] in ("left", "right") and not y_half:
        y = 0.0
    for i, word in enumerate(words):
        if word is None:
            continue
        if word in _KEYWORDS and tokens[i].text != word:
            # Satori compares keywords as written: `CENTER` in the x or y slot is a length its
            # lengthToNumber cannot read, so that coordinate is left out of the SVG shape (0)
            tolerate(f"{tokens[i].text!r} is no position keyword in Next.js (lower case only): read as 0 "
                     f"in {describe(raw)}, as Next.js draws it")
            if i == 0:
                x = 0.0
            elif i == 1 and not y_half:
                y = 0.0
            continue
        if word == "top":
            y = 0.0
        elif word == "bottom":
            y = Percent(100.0)
        elif word == "left":
            x = 0.0
        elif word == "right":
            x = Percent(100.0)
        elif word == "center":
            x, y = HALF, HALF
        else:
            raise StyleError(f"unexpected {word!r} in {describe(raw)}")
    return x, y


_KEYWORDS = ("top", "bottom", "left", "right", "center")
_CSS_DIMENSION_UNITS = frozenset(
    {"em", "ex", "ch", "rem", "vh", "vw", "vmin", "vmax", "px", "mm", "cm", "in", "pt", "pc"})


def _satori_coordinate(tok: Token, ctx: ValueContext, raw: RawValue) -> LengthPercentage:
    """A shape centre's x or y as Satori's lengthToNumber reads it: css-dimension knows its units in
    lower case only, no ``Q``, and no number ending in a dot; for anything else it returns undefined
    and Satori leaves the coordinate out of the SVG shape, which resvg reads as 0 (``72PX``, ``111q``,
    ``30.px``)."""
    number = tok.text[: len(tok.text) - len(tok.unit)] if tok.kind in ("dimension", "percent") else tok.text
    unit_text = tok.text[len(number):]
    unreadable = number.endswith(".") or (
        tok.kind == "dimension" and (unit_text not in _CSS_DIMENSION_UNITS))
    if tok.kind in ("dimension", "percent") and unreadable:
        tolerate(f"{tok.text!r} is no length for Next.js's shape parser: read as 0 in {describe(raw)}, "
                 "as Next.js draws it")
        return 0.0
    return length_percentage(tok, ctx, raw)


def _split_at(args: tuple[Token, ...]) -> tuple[list[Token], list[Token]]:
    for i, tok in enumerate(args):
        if tok.kind == "ident" and tok.text.lower() == "at":
            return list(args[:i]), list(args[i + 1 :])
    return list(args), []


_SATORI_SHAPES = tuple(re.compile(rf"{name}\((.+)\)") for name in ("circle", "ellipse", "path", "polygon", "inset"))
"""Satori's ``regexMap`` (parser/shape.ts), in the order ``buildClipPath`` tries them: case-sensitive,
unanchored, and ``.`` stops at a newline."""


def _satori_reads_shape(text: str) -> bool:
    """Whether one of Satori's shape patterns matches: where none does (``CIRCLE(30px)``, ``Inset(...)``,
    a newline between the brackets) ``buildClipPath`` writes no clip path and Next draws the element
    unclipped, so pureog ignores the declaration too (with a warning)."""
    return any(pattern.search(text) for pattern in _SATORI_SHAPES)


def parse_clip_path(raw: RawValue, ctx: ValueContext) -> ClipShape | None:
    cut = None if ctx.browser else _satori_cut(raw_text(raw))
    if cut is not None:
        # Satori finds the shape with an unanchored pattern (`/circle\((.+)\)/`): text after its last ')'
        # (a pasted `;`, `!important`, a word) is never read, where CSS drops the declaration
        try:
            shape = parse_clip_path(cut, ctx)
        except StyleFallback as fallback:
            shape = fallback.value  # type: ignore[assignment]
        raise StyleFallback(f"text after the shape's last ')' is ignored in {describe(raw)}, as Satori's shape "
                            "patterns ignore it", "clipped as Next.js clips it", shape)
    shape = _parse_shape(raw, ctx)
    if shape is not None and shape.evenodd and not ctx.browser:
        _nonzero_as_resvg(shape, raw)
    return shape


def _nonzero_as_resvg(shape: ClipShape, raw: RawValue) -> None:
    """Satori writes ``polygon(evenodd, ...)``/``path(evenodd, ...)`` as ``fill-rule="evenodd"`` on the
    shape inside its ``<clipPath>``, but resvg (as SVG) takes a clip path's rule from ``clip-rule`` only:
    Next clips nonzero, so an inner subpath wound the same way is no hole. We clip so too, with a warning."""
    raise StyleFallback(f"resvg reads no fill rule inside a clip path (Satori writes fill-rule, not clip-rule), "
                        f"got {describe(raw)}", "clipped nonzero, as Next.js clips it", replace(shape, evenodd=False))


def _parse_shape(raw: RawValue, ctx: ValueContext) -> ClipShape | None:
    text = raw_text(raw)
    if text.lower() == "none":
        return None
    tokens = _without_reference_box(tokenize(text), raw)
    if len(tokens) != 1 or tokens[0].kind != "function":
        raise StyleError(f"expected inset(), circle(), ellipse(), polygon() or path(), got {describe(raw)}")
    fn = tokens[0]
    name = fn.name.lower()
    if name in ("circle", "ellipse") and not fn.args:
        # Satori's pattern needs an argument: it reads no shape, but the clipPath is still set (the
        # cascade keeps that only for images: ComputedStyle.clip_path_unread)
        return None if ctx.browser else UNREAD
    if name == "shape":  # CSS Shapes 2, which Next.js ignores
        if not ctx.browser:
            raise StyleError(f"shape() is drawn with features: browser only, got {describe(raw)}")
        from pureog.style.clip_shape_function import parse_shape_function  # noqa: PLC0415

        evenodd, commands = parse_shape_function(fn.args, raw, ctx)
        return ClipShape("shape", (), evenodd, commands=commands)
    if fn.args and not ctx.browser and not _satori_reads_shape(text):
        raise StyleError(f"Satori reads clipPath shapes only in lower case and on one line, got {describe(raw)}")
    ry_half, y_half = _satori_halves(text) if not ctx.browser else (False, False)
    if name == "circle":
        size, pos = _split_at(fn.args)
        if len(size) > 1:
            raise StyleError(f"expected one radius in circle(), got {describe(raw)}")
        # `circle(at 30% 40%)`: CSS's closest-side (Satori reads an empty radius as NaN: no element)
        keywords = tuple(_radius_keyword(t, raw) for t in size) or ("closest-side",)
        r = length_percentage(size[0], ctx, raw) if size and not keywords[0] else HALF
        return ClipShape("circle", (r, *_position(pos, raw, ctx, y_half=y_half)),
                         radius_keywords=keywords if any(keywords) else ())
    if name == "ellipse":
        size, pos = _split_at(fn.args)
        if len(size) > 2:
            raise StyleError(f"expected up to two radii in ellipse(), got {describe(raw)}")
        keywords = tuple(_radius_keyword(t, raw) for t in size) + ("",) * (2 - len(size))
        if ry_half:
            keywords = (keywords[0], "")
        rx = length_percentage(size[0], ctx, raw) if size and not keywords[0] else HALF
        ry = (length_percentage(size[1], ctx, raw) if len(size) > 1 and not keywords[1] and not ry_half
              else HALF)  # Satori: 50%
        return ClipShape("ellipse", (rx, ry, *_position(pos, raw, ctx, y_half=y_half)),
                         radius_keywords=keywords if any(keywords) else ())
    if name == "polygon":
        groups = split_commas(fn.args)
        evenodd = False
        if groups and len(groups[0]) == 1 and groups[0][0].kind == "ident":
            rule = groups[0][0].text.lower()
            if rule not in ("nonzero", "evenodd"):
                raise StyleError(f"expected 'nonzero' or 'evenodd', got {describe(raw)}")
            evenodd = rule == "evenodd"
            groups = groups[1:]
        if len(groups) > MAX_POLYGON_POINTS:
            raise LimitError(f"polygon() has {len(groups):,} points, more than {MAX_POLYGON_POINTS:,} (spec/limits.md)")
        values: list[LengthPercentage] = []
        for g in groups:
            if len(g) != 2:
                raise StyleError(f"expected 'x y' pairs in polygon(), got {describe(raw)}")
            values += (length_percentage(g[0], ctx, raw), length_percentage(g[1], ctx, raw))
        if not values:
            raise StyleError(f"a polygon needs at least one point, got {describe(raw)}")
        # one or two points enclose nothing: Next (resvg) and CSS alike clip the element away
        # (features: browser: CSS resolves every x against the width)
        flags = () if ctx.browser else _satori_x_of_height(text, len(values) // 2)
        return ClipShape("polygon", tuple(values), evenodd, flags)
    if name == "inset":
        args = list(fn.args)
        radii_toks: list[Token] = []
        for i, tok in enumerate(args):
            if tok.kind == "ident" and tok.text.lower() == "round":
                args, radii_toks = args[:i], args[i + 1 :]
                break
        if not 1 <= len(args) <= 4 or len(radii_toks) > 4:
            raise StyleError(f"expected 1-4 offsets [round 1-4 radii] in inset(), got {describe(raw)}")
        top, right, bottom, left = _four([length_percentage(t, ctx, raw) for t in args])
        radii: list[LengthPercentage] = [length_percentage(t, ctx, raw) for t in radii_toks] or [0.0]
        tl, tr, br, bl = _four(radii)
        return ClipShape("inset", (top, right, bottom, left, tl, tr, br, bl))
    if name == "path":
        return _path_shape(text, raw)
    raise StyleError(f"expected inset(), circle(), ellipse(), polygon() or path(), got {describe(raw)}")


_GEOMETRY_BOXES = frozenset({"margin-box", "border-box", "padding-box", "content-box", "fill-box", "stroke-box",
                             "view-box"})


def _satori_cut(text: str) -> str | None:
    """The text up to a shape's last ')' where more follows that is not a reference box (which
    :func:`_without_reference_box` reads), else None."""
    end = text.rfind(")")
    tail = text[end + 1:].strip().lower()
    if end < 0 or not tail or tail in _GEOMETRY_BOXES or "(" not in text[:end]:
        return None
    return text[:end + 1]


def _without_reference_box(tokens: tuple[Token, ...], raw: RawValue) -> tuple[Token, ...]:
    """A shape with a ``<geometry-box>`` before or after it (``inset(10px) border-box``, CSS Masking's
    ``<basic-shape> || <geometry-box>``) minus the box. Satori's shape patterns are unanchored, so it
    clips by the shape and ignores the keyword: every shape is laid on the border box, as here. Without
    a shape the list is returned whole (a lone box is no shape Satori reads: no clip)."""
    if len(tokens) != 2 or sum(t.kind == "function" for t in tokens) != 1:
        return tokens
    box = tokens[0] if tokens[1].kind == "function" else tokens[1]
    word = box.text.lower() if box.kind == "ident" else ""
    if word not in _GEOMETRY_BOXES:
        return tokens
    if word != "border-box":
        tolerate(f"clipPath's reference box {box.text!r} is read as border-box in {describe(raw)}, as Next.js "
                 "lays every shape on the border box")
    return tuple(t for t in tokens if t is not box)


def _radius_keyword(tok: Token, raw: RawValue) -> str:
    """``closest-side``/``farthest-side``, or ``""`` for a length (any other word is an error)."""
    if tok.kind != "ident":
        return ""
    word = tok.text.lower()
    if word not in ("closest-side", "farthest-side"):
        raise StyleError(f"expected a radius, closest-side or farthest-side, got {describe(raw)}")
    return word


def _four(v: list[LengthPercentage]) -> tuple[LengthPercentage, ...]:
    """CSS's 1-4 value expansion (top, right, bottom, left)."""
    if len(v) == 1:
        return (v[0], v[0], v[0], v[0])
    if len(v) == 2:
        return (v[0], v[1], v[0], v[1])
    if len(v) == 3:
        return (v[0], v[1], v[2], v[1])
    return (v[0], v[1], v[2], v[3])


UNREAD = ClipShape("unread", ())
"""A clipPath Satori reads no shape from (``circle()``, ``ellipse()``): the cascade turns it into
``clip_path=None`` and ``clip_path_unread``."""

__all__ = ["UNREAD", "ClipShape", "parse_clip_path"]
