"""The typed values of background (and mask) layers: what the gradient and background parsers produce.

Role: the frozen records of one layer's image (:class:`LinearGradient`, :class:`RadialGradient`,
:class:`ConicGradient`, :class:`UrlImage`, with their :class:`ColorStop` / :class:`ConicStop`) and of
its ``backgroundSize`` / ``Position`` / ``Repeat`` / ``Clip`` (:class:`BackgroundSize`, ...). The
parsers (:mod:`pureog.style.gradient`, :mod:`pureog.style.satori_background`,
:mod:`pureog.style.css_background`) build them; :mod:`pureog.paint.background` and
:mod:`pureog.paint.mask` draw them. Lengths are px floats or :class:`Percent` (the box they refer to is
only known at paint time). Holds no parsing: imports only the colour, record and value types.
"""

from __future__ import annotations

from enum import StrEnum

from pureog.color import Color
from pureog.records import record
from pureog.style.values import Percent

Offset = float | Percent
"""A resolved length in px, or a percentage of whatever the value is relative to."""


@record
class ColorStop:
    color: Color
    offset: Offset | None = None  # None: not given (distributed evenly between neighbours)
    hint: bool = False  # a colour hint (features: browser): where the stops around it mix half and half


@record
class LinearGradient:
    """``[repeating-]linear-gradient()``. Exactly one of ``angle_deg`` / ``to`` describes the direction:
    ``to`` holds the side/corner words after ``to`` (e.g. ``("bottom", "right")``)."""

    stops: tuple[ColorStop, ...]
    repeating: bool = False
    angle_deg: float | None = None
    to: tuple[str, ...] = ("bottom",)
    # A bare colour layer (``radial-gradient(...), #050505``), held as two equal stops: Satori 0.29 fills
    # the whole box with one rect of that colour whatever the layer's size, position and repeat, and in
    # a mask that rect keeps its colour (its luminance masks), where gradient stops turn white.
    colour_layer: bool = False


PositionValue = str | Offset
"""A keyword (center, left, right, top, bottom) or a length."""
POSITION_WORDS = ("center", "left", "right", "top", "bottom")
"""The keywords a :data:`PositionValue` may hold."""
RadialSize = str | Offset
"""A size keyword (closest-side, ... farthest-corner) or a length."""


@record
class RadialGradient:
    stops: tuple[ColorStop, ...]
    repeating: bool = False
    shape: str = "ellipse"  # "circle" | "ellipse"
    size: tuple[RadialSize, ...] = ("farthest-corner",)
    position: tuple[PositionValue, PositionValue] = ("center", "center")


@record
class ConicStop:
    """A conic colour stop: ``offset`` in turns (0.25 = 90deg = 25%), None when not given."""

    color: Color
    offset: float | None = None


@record
class ConicGradient:
    """``[repeating-]conic-gradient()`` (CSS Images 4; Next.js refuses it, pureog draws it as Chrome):
    ``start_deg`` is ``from <angle>`` (0 points up, clockwise), ``position`` the centre."""

    stops: tuple[ConicStop, ...]
    repeating: bool = False
    start_deg: float = 0.0
    position: tuple[PositionValue, PositionValue] = ("center", "center")


@record
class UrlImage:
    url: str


BackgroundImage = LinearGradient | RadialGradient | ConicGradient | UrlImage


class BackgroundRepeat(StrEnum):
    REPEAT = "repeat"
    REPEAT_X = "repeat-x"
    REPEAT_Y = "repeat-y"
    NO_REPEAT = "no-repeat"

    @property
    def x(self) -> bool:
        return self in (BackgroundRepeat.REPEAT, BackgroundRepeat.REPEAT_X)

    @property
    def y(self) -> bool:
        return self in (BackgroundRepeat.REPEAT, BackgroundRepeat.REPEAT_Y)


class BackgroundClip(StrEnum):
    BORDER_BOX = "border-box"
    TEXT = "text"


@record
class BackgroundSize:
    """One layer's size. ``keyword`` is ``cover``, ``contain`` or ``auto`` (also set when any value is
    ``auto``, as Satori does), else ``values`` holds the numeric values given (one or two). Satori
    resolves a missing second value to nothing (the layer then has no height and is not drawn)."""

    keyword: str | None = None
    values: tuple[Offset, ...] = ()
    auto_width: bool = False  # with keyword "auto": which axis was auto (url() images keep ratio)
    auto_height: bool = False
    nan_with_unit: bool = False
    """``auto`` next to a length with a unit (``50px auto``): Satori computes the other side as
    ``+"50px"``, NaN (see :mod:`pureog.paint.background` for what resvg then draws)."""
    satori_unread: bool = False
    """``cover`` / ``contain`` not in lower case (``Cover``): Satori compares with ``=== 'cover'``
    and css-dimension then reads no size at all. A url() image is drawn at its natural size, as Next
    draws it; a gradient or mask, which Next does not draw at all, keeps the keyword as CSS does
    (spec/differences.md)."""
    dropped: bool = False
    """Every value was dropped (numbers ending in a dot, functions: Satori's parseLengthPairs keeps
    what css-dimension reads): the size list is empty, so a gradient is not drawn and a url() image
    keeps its natural size (measured with Next)."""


@record
class BackgroundPosition:
    """One layer's offset; only numeric values are kept (keywords are dropped, as in Satori)."""

    values: tuple[Offset, ...] = ()


__all__ = [
    "POSITION_WORDS", "BackgroundClip", "BackgroundImage", "BackgroundPosition", "BackgroundRepeat", "BackgroundSize",
    "ColorStop", "ConicGradient", "ConicStop", "LinearGradient", "Offset", "PositionValue", "RadialGradient",
    "RadialSize", "UrlImage",
]  # fmt: skip
