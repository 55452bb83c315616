"""``clipPath: shape(...)`` (CSS Shapes 2), read for ``features: browser`` as Chromium reads it.

Next.js 16.4.6 ignores ``shape()`` (Satori 0.29 knows only inset/circle/ellipse/polygon/path); Satori's
later versions and Chromium draw it. The function is an outline in the reference box's coordinates:
``shape([<fill-rule>,]? from <x> <y>, <command>#)`` with ``move``, ``line``, ``hline``, ``vline``,
``curve``, ``smooth``, ``arc`` (``to`` an absolute point, ``by`` a relative one) and ``close``.
Percentages are of the box's width (x) or height (y); a ``to`` point may use position keywords; control
points of a ``to`` command are absolute, of a ``by`` command relative to the segment's start (CSS's
defaults). The result is a list of :class:`ShapeCommand` that paint turns into SVG path data.
"""

from __future__ import annotations

from pureog.errors import StyleError
from pureog.records import record
from pureog.style.parse import RawValue, Token, ValueContext, describe, length_percentage, split_commas
from pureog.style.values import LengthPercentage, Percent

_X_KEYWORDS = {"left": Percent(0.0), "center": Percent(50.0), "right": Percent(100.0)}
_Y_KEYWORDS = {"top": Percent(0.0), "center": Percent(50.0), "bottom": Percent(100.0)}


@record
class ShapeCommand:
    """One command: ``op`` is an SVG path letter (M L H V C Q S T A Z; C/S for curves with two/one
    control points), ``relative`` for ``by``; ``points`` its coordinates as (x, y) length pairs in SVG
    order (controls, then the end); ``arc`` the radii, rotation, large and sweep flags of an ``A``."""

    op: str
    relative: bool = False
    points: tuple[tuple[LengthPercentage, LengthPercentage], ...] = ()
    arc: tuple[LengthPercentage, LengthPercentage, float, bool, bool] | None = None


def parse_shape_function(args: tuple[Token, ...], raw: RawValue, ctx: ValueContext
                         ) -> tuple[bool, tuple[ShapeCommand, ...]]:
    """``shape()``'s arguments -> (evenodd, commands)."""
    groups = split_commas(args)
    if not groups:
        raise StyleError(f"shape() needs 'from <x> <y>' and commands, got {describe(raw)}")
    first = list(groups[0])
    evenodd = False
    if first and first[0].kind == "ident" and first[0].text.lower() in ("nonzero", "evenodd"):
        evenodd = first[0].text.lower() == "evenodd"
        first = first[1:]
    if len(first) != 3 or not _is(first[0], "from"):
        raise StyleError(f"shape() starts with 'from <x> <y>', got {describe(raw)}")
    commands = [ShapeCommand("M", False, (_point(first[1:], raw, ctx, absolute=True),))]
    for group in groups[1:]:
        commands.append(_command(list(group), raw, ctx))
    if len(commands) < 2:
        raise StyleError(f"shape() needs at least one command after 'from', got {describe(raw)}")
    return evenodd, tuple(commands)


def _is(tok: Token, word: str) -> bool:
    return tok.kind == "ident" and tok.text.lower() == word


def _command(toks: list[Token], raw: RawValue, ctx: ValueContext) -> ShapeCommand:
    if not toks or toks[0].kind != "ident":
        raise StyleError(f"expected a shape() command, got {describe(raw)}")
    name = toks[0].text.lower()
    if name == "close" and len(toks) == 1:
        return ShapeCommand("Z")
    if len(toks) < 3 or not (_is(toks[1], "to") or _is(toks[1], "by")):
        raise StyleError(f"expected '{name} to' or '{name} by' in shape(), got {describe(raw)}")
    relative = _is(toks[1], "by")
    rest = toks[2:]
    if name in ("hline", "vline"):
        if len(rest) != 1:
            raise StyleError(f"{name} takes one coordinate in shape(), got {describe(raw)}")
        words = _X_KEYWORDS if name == "hline" else _Y_KEYWORDS
        value = _coordinate(rest[0], words if not relative else {}, raw, ctx)
        return ShapeCommand("H" if name == "hline" else "V", relative, ((value, value),))
    if name in ("move", "line"):
        return ShapeCommand("M" if name == "move" else "L", relative, (_point(rest, raw, ctx, absolute=not relative),))
    if name in ("curve", "smooth"):
        end, controls = _split(rest, "with")
        points = [_point(c, raw, ctx, absolute=not relative) for c in _split_all(controls, raw)] if controls else []
        if name == "curve" and not 1 <= len(points) <= 2:
            raise StyleError(f"curve takes one or two control points in shape(), got {describe(raw)}")
        if name == "smooth" and len(points) > 1:
            raise StyleError(f"smooth takes at most one control point in shape(), got {describe(raw)}")
        op = {("curve", 1): "Q", ("curve", 2): "C", ("smooth", 0): "T", ("smooth", 1): "S"}[(name, len(points))]
        return ShapeCommand(op, relative, (*points, _point(end, raw, ctx, absolute=not relative)))
    if name == "arc":
        return _arc(rest, relative, raw, ctx)
    raise StyleError(f"unknown shape() command {toks[0].text!r}, got {describe(raw)}")


def _arc(rest: list[Token], relative: bool, raw: RawValue, ctx: ValueContext) -> ShapeCommand:
    end, options = _split(rest, "of")
    if len(end) != 2 or not options:
        raise StyleError(f"expected 'arc to <x> <y> of <radius>' in shape(), got {describe(raw)}")
    radii: list[LengthPercentage] = []
    sweep = large = False
    rotation = 0.0
    i = 0
    while i < len(options):
        tok = options[i]
        word = tok.text.lower() if tok.kind == "ident" else ""
        if word in ("cw", "ccw"):
            sweep = word == "cw"
        elif word in ("large", "small"):
            large = word == "large"
        elif word == "rotate" and i + 1 < len(options) and options[i + 1].kind == "dimension":
            rotation = _degrees(options[i + 1], raw)
            i += 1
        elif not word and len(radii) < 2:
            radii.append(length_percentage(tok, ctx, raw))
        else:
            raise StyleError(f"unexpected {tok.text!r} in an arc of shape(), got {describe(raw)}")
        i += 1
    if not radii:
        raise StyleError(f"an arc needs a radius in shape(), got {describe(raw)}")
    end_point = _point(end, raw, ctx, absolute=not relative)
    return ShapeCommand("A", relative, (end_point,), (radii[0], radii[-1], rotation, large, sweep))


def _degrees(tok: Token, raw: RawValue) -> float:
    factor = {"deg": 1.0, "grad": 0.9, "rad": 57.29577951308232, "turn": 360.0}.get(tok.unit)
    if factor is None:
        raise StyleError(f"expected an angle after 'rotate' in shape(), got {describe(raw)}")
    return tok.value * factor


def _split(toks: list[Token], word: str) -> tuple[list[Token], list[Token]]:
    for i, tok in enumerate(toks):
        if _is(tok, word):
            return toks[:i], toks[i + 1 :]
    return toks, []


def _split_all(toks: list[Token], raw: RawValue) -> list[list[Token]]:
    """Control points separated by ``/``."""
    out: list[list[Token]] = [[]]
    for tok in toks:
        if tok.kind == "slash":
            out.append([])
        else:
            out[-1].append(tok)
    if any(len(point) != 2 for point in out):
        raise StyleError(f"expected control points as '<x> <y>' in shape(), got {describe(raw)}")
    return out


def _point(toks: list[Token], raw: RawValue, ctx: ValueContext, *, absolute: bool
           ) -> tuple[LengthPercentage, LengthPercentage]:
    if len(toks) != 2:
        raise StyleError(f"expected a point '<x> <y>' in shape(), got {describe(raw)}")
    x_words, y_words = (_X_KEYWORDS, _Y_KEYWORDS) if absolute else ({}, {})
    if absolute and _is_keyword(toks[0], _Y_KEYWORDS) and _is_keyword(toks[1], _X_KEYWORDS) \
            and not _is(toks[0], "center"):
        toks = [toks[1], toks[0]]  # `top left`: y first
    return _coordinate(toks[0], x_words, raw, ctx), _coordinate(toks[1], y_words, raw, ctx)


def _is_keyword(tok: Token, words: dict[str, Percent]) -> bool:
    return tok.kind == "ident" and tok.text.lower() in words


def _coordinate(tok: Token, words: dict[str, Percent], raw: RawValue, ctx: ValueContext) -> LengthPercentage:
    if tok.kind == "ident":
        value = words.get(tok.text.lower())
        if value is None:
            raise StyleError(f"unexpected {tok.text!r} in shape(), got {describe(raw)}")
        return value
    return length_percentage(tok, ctx, raw)
