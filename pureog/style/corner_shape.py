"""``cornerShape`` and its longhands (CSS Borders 4), read for ``features: browser``.

A corner shape is a curvature, the exponent of a superellipse quadrant (pureog/contour.py):
``round`` 2, ``squircle`` 4, ``square`` the box's corner, ``bevel`` 1, ``scoop`` 1/2, ``notch`` the
concave limit; ``superellipse(K)`` is 2^K (``infinity`` and ``-infinity`` allowed). ``cornerShape``
takes one to four of them (top-left, top-right, bottom-right, bottom-left, repeated as
``borderRadius`` repeats them); ``cornerTopShape`` and the other sides set the side's two corners.
Next.js ignores all of them (Satori 0.29 knows none), so does pureog without ``features: browser``.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog.contour import NOTCH, ROUND, STRAIGHT, clamp_curvature
from pureog.errors import StyleError
from pureog.style.parse import RawValue, Token, ValueContext, describe, raw_text, tokenize
from pureog.style.shorthands import box_values

_KEYWORDS = {"round": ROUND, "squircle": 4.0, "square": STRAIGHT, "bevel": 1.0, "scoop": 0.5, "notch": NOTCH}
_CORNERS = ("cornerTopLeftShape", "cornerTopRightShape", "cornerBottomRightShape", "cornerBottomLeftShape")


def parse_corner_shape(raw: RawValue, ctx: ValueContext) -> float:
    """One corner's shape, as its curvature."""
    tokens = tokenize(raw_text(raw))
    if len(tokens) != 1:
        raise StyleError(f"expected one corner shape, got {describe(raw)}")
    return _curvature(tokens[0], raw)


def _curvature(tok: Token, raw: RawValue) -> float:
    if tok.kind == "ident" and tok.text.lower() in _KEYWORDS:
        return _KEYWORDS[tok.text.lower()]
    if tok.kind == "function" and tok.name == "superellipse" and len(tok.args) == 1:
        arg = tok.args[0]
        if arg.kind == "number":
            return clamp_curvature(2.0 ** max(-64.0, min(64.0, arg.value)))
        if arg.kind == "ident" and arg.text.lower() in ("infinity", "-infinity"):
            return STRAIGHT if arg.text.lower() == "infinity" else NOTCH
    raise StyleError(f"expected round, squircle, square, bevel, scoop, notch or superellipse(<number>), "
                     f"got {describe(raw)}")


def _shapes(raw: RawValue, most: int) -> list[str]:
    """The value's one to ``most`` shapes as written, each checked."""
    tokens = tokenize(raw_text(raw))
    if not 1 <= len(tokens) <= most:
        raise StyleError(f"expected 1-{most} corner shapes, got {describe(raw)}")
    for tok in tokens:
        _curvature(tok, raw)
    return [t.text for t in tokens]


def expand_corner_shape(raw: RawValue) -> list[tuple[str, RawValue]]:
    """``cornerShape``: one to four shapes, top-left, top-right, bottom-right, bottom-left, repeated as
    the box sides of ``margin`` repeat (:func:`pureog.style.shorthands.box_values`)."""
    _shapes(raw, 4)
    return list(zip(_CORNERS, box_values(raw, "corner shapes"), strict=True))


def _side(first: str, second: str) -> Callable[[RawValue], list[tuple[str, RawValue]]]:
    """A side's shorthand (``cornerTopShape``): its two corners, one value for both."""

    def expand(raw: RawValue) -> list[tuple[str, RawValue]]:
        shapes = _shapes(raw, 2)
        return [(first, shapes[0]), (second, shapes[-1])]

    return expand


expand_top = _side("cornerTopLeftShape", "cornerTopRightShape")
expand_right = _side("cornerTopRightShape", "cornerBottomRightShape")
expand_bottom = _side("cornerBottomLeftShape", "cornerBottomRightShape")
expand_left = _side("cornerTopLeftShape", "cornerBottomLeftShape")
