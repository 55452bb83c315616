"""The display list: the contract between painting and rasterizing.

No CSS survives into it: only paths in CSS px, paints, fill rules, transforms, clips and opacity.
Text arrives here already as glyph outlines. The rasterizer (:mod:`pureog.raster`) needs nothing but
this module, :mod:`pureog.path`, :mod:`pureog.geometry` and :mod:`pureog.color`.

Semantics, in the order a renderer applies them to a :class:`Group`:
``transform`` maps the group's local coordinates to its parent's; ``clip`` (in local coordinates) limits
where children may paint; children paint in order (source-over) into an isolated layer when
``opacity`` < 1, which is then composited with that opacity.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pureog.color import Color
from pureog.geometry import IDENTITY, Affine
from pureog.path import Path


class FillRule(StrEnum):
    NONZERO = "nonzero"
    EVENODD = "evenodd"


class SpreadMethod(StrEnum):
    PAD = "pad"
    REPEAT = "repeat"
    REFLECT = "reflect"


@dataclass(frozen=True, slots=True)
class SolidPaint:
    color: Color


@dataclass(frozen=True, slots=True)
class GradientStop:
    offset: float  # 0..1 along the gradient
    color: Color


@dataclass(frozen=True, slots=True)
class LinearGradientPaint:
    """Colour varies along the line (x1, y1) -> (x2, y2), in the coordinates of the filled path."""

    x1: float
    y1: float
    x2: float
    y2: float
    stops: tuple[GradientStop, ...]
    spread: SpreadMethod = SpreadMethod.PAD
    transform: Affine = IDENTITY


@dataclass(frozen=True, slots=True)
class RadialGradientPaint:
    """Colour varies with distance from (cx, cy); ``transform`` makes circles into ellipses."""

    cx: float
    cy: float
    r: float
    stops: tuple[GradientStop, ...]
    spread: SpreadMethod = SpreadMethod.PAD
    transform: Affine = IDENTITY


@dataclass(frozen=True, slots=True)
class Image:
    """Decoded pixels: premultiplied RGBA8, row-major, ``width * height * 4`` bytes."""

    width: int
    height: int
    data: bytes


@dataclass(frozen=True, slots=True)
class ImagePaint:
    """An image mapped into path space by ``transform`` (image pixel (0,0) -> transform origin)."""

    image: Image
    transform: Affine = IDENTITY
    repeat_x: bool = False
    repeat_y: bool = False


Paint = SolidPaint | LinearGradientPaint | RadialGradientPaint | ImagePaint


@dataclass(frozen=True, slots=True)
class FillPath:
    """Fill ``path`` with ``paint`` using ``fill_rule``."""

    path: Path
    paint: Paint
    fill_rule: FillRule = FillRule.NONZERO


@dataclass(frozen=True, slots=True)
class Clip:
    """A clip region: the inside of ``path`` under ``fill_rule``, anti-aliased."""

    path: Path
    fill_rule: FillRule = FillRule.NONZERO


@dataclass(frozen=True, slots=True)
class Blur:
    """Gaussian blur of the group's layer, standard deviation in local px (x and y)."""

    std_dev_x: float
    std_dev_y: float


@dataclass(frozen=True, slots=True)
class Group:
    children: tuple[Node, ...]
    transform: Affine = IDENTITY
    clip: Clip | None = None
    opacity: float = 1.0
    blur: Blur | None = None


Node = FillPath | Group


@dataclass(frozen=True, slots=True)
class DisplayList:
    """A whole picture: ``width`` x ``height`` device pixels, transparent where nothing paints."""

    width: int
    height: int
    root: Group
