"""Layout's own input and output types, decoupled from CSS text and from the style layer.

Input: a :class:`LayoutInput` tree (a :class:`FlexStyle` per box, children, an optional measure
function for leaves such as text). Output: a :class:`LayoutResult` tree with parent-relative, pixel-
snapped boxes, exactly what Yoga 3's ``getComputedLayout()`` reports for each node.

Keeping these types free of :mod:`pureog.style.computed` lets the flex algorithm be tested with fake
leaves. Imports only :mod:`pureog.style.values` (the shared keyword enums and ``Percent``/``AUTO``) and
:mod:`pureog.style.grid_values` (grid track and placement types); must not import ``style.computed``,
``text``, ``paint`` or ``raster``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from pureog.records import record
from pureog.style.grid_values import (
    AUTO_LINE,
    AUTO_TRACK,
    ROW_FLOW,
    GridAreas,
    GridAutoFlow,
    GridLine,
    ItemAlign,
    TrackList,
    TrackSize,
)
from pureog.style.values import (
    AUTO,
    Align,
    Auto,
    BoxSizing,
    Calc,
    Display,
    FlexDirection,
    FlexWrap,
    Justify,
    Overflow,
    Percent,
    Position,
)

__all__ = [
    "AUTO",
    "Dim",
    "FlexStyle",
    "GridStyle",
    "LayoutInput",
    "LayoutResult",
    "MeasureFn",
    "MeasureMode",
    "Calc",
    "Percent",
]


class MeasureMode(StrEnum):
    """How a measure function must treat the size it is given (Yoga's ``YGMeasureMode``).

    A ``StrEnum`` so that it compares equal to :class:`pureog.text.paragraph.MeasureMode` (same
    values) without either package importing the other."""

    UNDEFINED = "undefined"  # no constraint: report the max-content size (the size passed is NaN)
    EXACTLY = "exactly"  # the box will be exactly this size
    AT_MOST = "at-most"  # fit within this size


MeasureFn = Callable[[float, MeasureMode, float, MeasureMode], tuple[float, float]]
"""``measure(width, width_mode, height, height_mode) -> (width, height)`` of a leaf's content box."""

Dim = float | Percent | Calc | Auto | None
"""A size, inset or margin: px, a percentage, ``AUTO``; ``None`` means "not set" (Yoga's undefined)."""


@record
class GridStyle:
    """The grid inputs of one box: as a grid container (``display: grid``) and as a grid item.

    ``justify_content``/``align_content``/``align_items``/``align_self`` keep their grid reading here
    (``normal`` is stretch), while :class:`FlexStyle` holds the flex reading of the same properties.
    Boxes without any grid property set have no ``GridStyle`` at all (``FlexStyle.grid is None``)."""

    template_columns: TrackList | None = None
    template_rows: TrackList | None = None
    template_areas: GridAreas | None = None
    auto_columns: tuple[TrackSize, ...] = (AUTO_TRACK,)
    auto_rows: tuple[TrackSize, ...] = (AUTO_TRACK,)
    auto_flow: GridAutoFlow = ROW_FLOW
    row_start: GridLine = AUTO_LINE
    row_end: GridLine = AUTO_LINE
    column_start: GridLine = AUTO_LINE
    column_end: GridLine = AUTO_LINE
    justify_content: Justify = Justify.NORMAL
    align_content: Align = Align.NORMAL
    justify_items: ItemAlign = ItemAlign.NORMAL
    justify_self: ItemAlign = ItemAlign.AUTO
    rtl: bool = False
    """A container in a right-to-left element under ``features: browser`` (``ComputedStyle.rtl_flex``):
    column 1 at the right, justify start/end swapped (:mod:`pureog.layout.grid`)."""


DEFAULT_GRID = GridStyle()


@record
class FlexStyle:
    """Every input of the flex algorithm for one box.

    Defaults are those Satori gives every element (row, nowrap, grow 0, shrink 0, stretch,
    border-box), not CSS's (shrink 1) nor Yoga's bare defaults (column).
    ``min_*``/``max_*``: ``None`` or ``AUTO`` mean no constraint.
    """

    display: Display = Display.FLEX
    position: Position = Position.RELATIVE
    flex_direction: FlexDirection = FlexDirection.ROW
    flex_wrap: FlexWrap = FlexWrap.NOWRAP
    flex_grow: float = 0.0
    flex_shrink: float = 0.0
    flex_basis: Dim = AUTO
    justify_content: Justify = Justify.FLEX_START
    align_items: Align = Align.STRETCH
    align_self: Align = Align.AUTO
    align_content: Align = Align.FLEX_START
    width: Dim = AUTO
    height: Dim = AUTO
    min_width: Dim = None
    min_height: Dim = None
    max_width: Dim = None
    max_height: Dim = None
    margin_top: Dim = 0.0
    margin_right: Dim = 0.0
    margin_bottom: Dim = 0.0
    margin_left: Dim = 0.0
    padding_top: Dim = 0.0
    padding_right: Dim = 0.0
    padding_bottom: Dim = 0.0
    padding_left: Dim = 0.0
    border_top: float = 0.0
    border_right: float = 0.0
    border_bottom: float = 0.0
    border_left: float = 0.0
    top: Dim = None
    right: Dim = None
    bottom: Dim = None
    left: Dim = None
    row_gap: Dim = None
    column_gap: Dim = None
    aspect_ratio: float | None = None
    aspect_ratio_css: bool = False
    """The ratio is the author's ``aspectRatio`` (a form Next.js throws on), laid out as CSS does where
    Yoga's reading differs: a definite or stretched size stays, only the size the ratio gives is
    clamped; an image's natural ratio (Satori's) is Yoga's."""
    overflow: Overflow = Overflow.VISIBLE
    box_sizing: BoxSizing = BoxSizing.BORDER_BOX
    grid: GridStyle | None = None
    """Grid container and grid item inputs (``display: grid``, placement, justify-self); ``None`` when
    the box sets no grid property (its defaults then apply where the box is a grid item)."""


@record
class LayoutInput:
    """One box to lay out. ``measure`` makes it a leaf whose content size the callback reports
    (its children, if any, are ignored, as in Yoga). ``key`` is carried to the result untouched."""

    style: FlexStyle = FlexStyle()
    children: tuple[LayoutInput, ...] = ()
    measure: MeasureFn | None = None
    key: object = None


@record
class LayoutResult:
    """One laid-out box: border-box position relative to the parent's border box, already snapped
    to the pixel grid the way Yoga does it. Edges are ``(top, right, bottom, left)`` in px."""

    x: float
    y: float
    width: float
    height: float
    border: tuple[float, float, float, float]
    padding: tuple[float, float, float, float]
    margin: tuple[float, float, float, float]
    children: tuple[LayoutResult, ...]
    key: object = None
