"""Grid items (CSS Grid §6, §11.5's contributions, §10 alignment): measuring boxes for the track sizing
algorithm, and sizing and placing each item in its grid area.

Input: an item's :class:`~pureog.layout.tree.WorkNode` (a flex container, a text leaf, a nested grid),
its tracks, and ``layout_fn`` (the flex driver's ``layout_node``, passed in so that this module does
not import it). Output: contributions (:class:`ColumnContributions`, :class:`RowContributions`), and
the item's final size and position (:func:`place_item`).

Intrinsic sizes follow Chromium: max-content widths come from Yoga's max-content measure (an
undefined width), min-content widths from :func:`min_content_width` (a text leaf measured at width 0,
a flex row's items added up, a flex column's or wrapping row's widest item), heights from a layout at
the width the item will have. An item's width in its area is its definite width, else the area's
width when it stretches, else fit-content (min(max-content, max(min-content, area))). Imports only
layout's own modules and :mod:`pureog.style`'s value types.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog.layout.grid_tracks import AUTO, FIXED, Track
from pureog.layout.node import MeasureMode
from pureog.layout.tree import (
    BOTTOM,
    COLUMN,
    EXACTLY,
    HEIGHT,
    LEFT,
    NAN,
    RIGHT,
    ROW,
    TOP,
    UNDEFINED,
    WIDTH,
    LayoutFn,
    WorkNode,
)
from pureog.style.grid_values import ItemAlign
from pureog.style.values import Align, Display, FlexDirection, FlexWrap, Overflow, Position

GridWidthFn = Callable[[WorkNode, bool, float, float], float]
"""``grid_width(node, min_content, owner_width, owner_height)``: a grid container's intrinsic width."""

_ALIGN_TO_ITEM = {
    Align.AUTO: ItemAlign.AUTO, Align.FLEX_START: ItemAlign.START, Align.FLEX_END: ItemAlign.END,
    Align.CENTER: ItemAlign.CENTER, Align.BASELINE: ItemAlign.BASELINE, Align.STRETCH: ItemAlign.NORMAL,
}  # fmt: skip
"""align-items/-self as a grid reads them: ``stretch`` (Satori's default) is ``normal``: it stretches
every item but an image, which keeps its aspect ratio. Baseline alignment is not supported (start)."""


# --- intrinsic sizes of any box ------------------------------------------------------------------


def css_bound(node: WorkNode, axis: int, value: float, reference: float, width_size: float) -> float:
    """Clamp a border-box size by min/max as CSS does (the min wins over a smaller max; Yoga's
    ``bound_axis`` lets the max win) and never below the padding and border."""
    dim = WIDTH if axis == ROW else HEIGHT
    maximum = node.resolved_max(dim, reference, width_size)
    if maximum == maximum and value > maximum:
        value = maximum
    minimum = node.resolved_min(dim, reference, width_size)
    if minimum == minimum and value < minimum:
        value = minimum
    floor = node.padding_and_border_for_axis(axis, width_size)
    return value if value > floor else floor


def definite_size(node: WorkNode, dim: int, reference: float, width_size: float) -> float:
    """The box's own definite border-box size in ``dim`` (its width/height style), clamped by its
    min/max and never below its padding and border; NaN when auto (or a % of an indefinite size)."""
    if not node.has_definite_length(dim, reference):
        return NAN
    value = node.resolved_dimension(dim, reference, width_size)
    axis = ROW if dim == WIDTH else COLUMN
    return css_bound(node, axis, value, reference, width_size)


def max_content_width(node: WorkNode, owner_width: float, owner_height: float, layout_fn: LayoutFn) -> float:
    """Border-box max-content width (Yoga's measure with an undefined width)."""
    width = definite_size(node, WIDTH, owner_width, owner_width)
    if width == width:
        return width
    height = definite_size(node, HEIGHT, owner_height, owner_width)
    if height == height:
        margin_column = node.margin_for_axis(COLUMN, owner_width)
        layout_fn(node, NAN, height + margin_column, UNDEFINED, EXACTLY, owner_width, owner_height, False)
    else:
        layout_fn(node, NAN, NAN, UNDEFINED, UNDEFINED, owner_width, owner_height, False)
    return css_bound(node, ROW, node.measured[WIDTH], owner_width, owner_width)


def min_content_width(
    node: WorkNode, owner_width: float, owner_height: float, layout_fn: LayoutFn, grid_width: GridWidthFn
) -> float:
    """Border-box min-content width, as Chromium computes it for a flex container (its items' min-content
    contributions added up in a single-line row, the widest otherwise) and a text leaf (its widest
    unbreakable piece: the text measured at width 0)."""
    width = definite_size(node, WIDTH, owner_width, owner_width)
    if width == width:
        return width
    pb = node.padding_and_border_for_axis(ROW, owner_width)
    if node.measure is not None:
        # a text leaf's own min-content width if it offers one (Satori's width at 0 counts a trailing space)
        own = getattr(node.measure, "min_content", None)
        content = own() if own is not None else node.measure(0.0, MeasureMode.AT_MOST, NAN, MeasureMode.UNDEFINED)[0]
    elif node.style.display is Display.GRID:
        return grid_width(node, True, owner_width, owner_height)
    else:
        style = node.style
        row = style.flex_direction in (FlexDirection.ROW, FlexDirection.ROW_REVERSE)
        single_line = style.flex_wrap is FlexWrap.NOWRAP
        total = 0.0
        count = 0
        for child in node.children:
            if child.style.display is Display.NONE or child.style.position is Position.ABSOLUTE:
                continue
            contribution = min_content_width(child, NAN, NAN, layout_fn, grid_width)
            contribution += child.margin_for_axis(ROW, 0.0)
            count += 1
            total = total + contribution if row and single_line else max(total, contribution)
        if row and single_line and count > 1:
            total += node.gap_for_axis(ROW, NAN) * (count - 1)
        content = total
    return css_bound(node, ROW, content + pb, owner_width, owner_width)


def height_for_width(
    node: WorkNode, width: float, owner_width: float, owner_height: float, layout_fn: LayoutFn
) -> float:
    """Border-box height of a box laid out at border-box ``width`` (its definite height if it has one)."""
    height = definite_size(node, HEIGHT, owner_height, owner_width)
    if height == height:
        return height
    margin_row = node.margin_for_axis(ROW, owner_width)
    layout_fn(node, width + margin_row, NAN, EXACTLY, UNDEFINED, owner_width, owner_height, False)
    return css_bound(node, COLUMN, node.measured[HEIGHT], owner_height, owner_width)


# --- one grid item --------------------------------------------------------------------------------


class GridItem:
    """An in-flow child of a grid container with its tracks (``[start, end)`` indexes into the track
    lists) and cached intrinsic widths."""

    __slots__ = ("node", "column_start", "column_end", "row_start", "row_end", "_min_width", "_max_width",
                 "justify", "align", "replaced", "layout_fn", "grid_width")  # fmt: skip

    def __init__(self, node: WorkNode, columns: tuple[int, int], rows: tuple[int, int], justify: ItemAlign,
                 align: ItemAlign, layout_fn: LayoutFn, grid_width: GridWidthFn) -> None:  # fmt: skip
        self.node = node
        self.column_start, self.column_end = columns
        self.row_start, self.row_end = rows
        self._min_width = NAN
        self._max_width = NAN
        self.justify = justify
        self.align = align
        self.replaced = node.style.aspect_ratio is not None
        self.layout_fn = layout_fn
        self.grid_width = grid_width

    @property
    def scroll(self) -> bool:
        return self.node.style.overflow is Overflow.HIDDEN

    def min_width(self) -> float:
        if self._min_width != self._min_width:
            self._min_width = min_content_width(self.node, NAN, NAN, self.layout_fn, self.grid_width)
        return self._min_width

    def max_width(self) -> float:
        if self._max_width != self._max_width:
            self._max_width = max_content_width(self.node, NAN, NAN, self.layout_fn)
        return self._max_width

    def stretches(self, horizontal: bool) -> bool:
        align = self.justify if horizontal else self.align
        if align is ItemAlign.STRETCH:
            return True
        return align is ItemAlign.NORMAL and not self.replaced

    def has_auto_margin(self, horizontal: bool) -> bool:
        node = self.node
        if horizontal:
            return node.margin_is_auto(LEFT) or node.margin_is_auto(RIGHT)
        return node.margin_is_auto(TOP) or node.margin_is_auto(BOTTOM)

    def used_width(self, area_width: float) -> float:
        """The border-box width the item takes in an area ``area_width`` wide."""
        node = self.node
        width = definite_size(node, WIDTH, area_width, area_width)
        if width == width:
            return width
        margins = node.margin_for_axis(ROW, area_width)
        if self.stretches(True) and not self.has_auto_margin(True):
            return css_bound(node, ROW, area_width - margins, area_width, area_width)
        fit = min(self.max_width(), max(self.min_width(), area_width - margins))
        return css_bound(node, ROW, fit, area_width, area_width)

    def content_height(self, width: float, area_width: float, area_height: float) -> float:
        return height_for_width(self.node, width, area_width, area_height, self.layout_fn)


def _content_based_minimum(
    item: GridItem, tracks: list[Track], start: int, end: int, content: float, margins: float
) -> float:
    """§6.6: the content-based minimum of an item whose min size is auto, or 0 where it does not apply
    (a scroll container, no auto minimum among its tracks, or a span over flexible tracks)."""
    spanned = tracks[start:end]
    if item.scroll or not any(t.min_kind == AUTO for t in spanned):
        return 0.0
    if len(spanned) > 1 and any(t.is_flexible for t in spanned):
        return 0.0
    if all(t.max_kind == FIXED for t in spanned):
        content = min(content, sum(t.max_value for t in spanned) - margins)
    return content


class ColumnContributions:
    """An item's inline-axis contributions (margins in % count as 0 while the area is unknown)."""

    __slots__ = ("item", "scroll")

    def __init__(self, item: GridItem) -> None:
        self.item = item
        self.scroll = item.scroll

    def _margins(self) -> float:
        return self.item.node.margin_for_axis(ROW, 0.0)

    def min_content(self) -> float:
        return self.item.min_width() + self._margins()

    def max_content(self) -> float:
        return self.item.max_width() + self._margins()

    def minimum(self, tracks: list[Track], start: int, end: int) -> float:
        node = self.item.node
        if node.has_definite_length(WIDTH, NAN):  # a px width: the min-content contribution
            return self.min_content()
        margins = self._margins()
        pb = node.padding_and_border_for_axis(ROW, NAN)
        if node.style.min_width is not None:
            value = node.resolved_min(WIDTH, NAN, NAN)
            return max(0.0 if value != value else value, pb) + margins
        content = min(self.item.min_width(), _finite_or_inf(node.resolved_max(WIDTH, NAN, NAN)))
        return max(_content_based_minimum(self.item, tracks, start, end, content, margins), pb) + margins


class RowContributions:
    """An item's block-axis contributions: its height at the width it takes in its columns."""

    __slots__ = ("item", "scroll", "area_width", "area_height", "_height")

    def __init__(self, item: GridItem, area_width: float, area_height: float) -> None:
        self.item = item
        self.scroll = item.scroll
        self.area_width = area_width
        self.area_height = area_height
        self._height = NAN

    def _margins(self) -> float:
        return self.item.node.margin_for_axis(COLUMN, self.area_width)

    def _content(self) -> float:
        if self._height != self._height:
            width = self.item.used_width(self.area_width)
            self._height = self.item.content_height(width, self.area_width, self.area_height)
        return self._height

    def min_content(self) -> float:
        return self._content() + self._margins()

    def max_content(self) -> float:
        return self._content() + self._margins()

    def minimum(self, tracks: list[Track], start: int, end: int) -> float:
        node = self.item.node
        if node.has_definite_length(HEIGHT, self.area_height):
            return self.min_content()
        margins = self._margins()
        pb = node.padding_and_border_for_axis(COLUMN, self.area_width)
        if node.style.min_height is not None:
            value = node.resolved_min(HEIGHT, self.area_height, self.area_width)
            return max(0.0 if value != value else value, pb) + margins
        content = min(self._content(), _finite_or_inf(node.resolved_max(HEIGHT, self.area_height, self.area_width)))
        return max(_content_based_minimum(self.item, tracks, start, end, content, margins), pb) + margins


def _finite_or_inf(value: float) -> float:
    return math.inf if value != value else value


def fixed_area_size(tracks: list[Track], start: int, end: int, gap: float) -> float:
    """The size of an area whose tracks are all fixed (min = max, a length): known before sizing."""
    total = 0.0
    for track in tracks[start:end]:
        if not (track.min_kind == FIXED and track.max_kind == FIXED and track.min_value == track.max_value):
            return NAN
        total += track.min_value
    return total + gap * max(0, end - start - 1)


# --- §10: alignment and the final layout of an item ----------------------------------------------


def self_offset(align: ItemAlign, free: float, auto_start: bool, auto_end: bool, rtl: bool = False) -> float:
    """Where a box starts in its area's free space: auto margins first, then self-alignment (unsafe:
    an item bigger than its area overflows both sides when centred, the end side otherwise).

    ``rtl``: the inline axis of a right-to-left grid, laid out in the mirror (margins physical): an
    item bigger than its area with an auto margin sits at the start, the right (auto margins are 0
    and the box overflows its end side, as Chromium's ``ComputeMarginsFor`` leaves it)."""
    if rtl and free < 0.0 and (auto_start or auto_end):
        return free
    if auto_start and auto_end:
        return max(free, 0.0) / 2.0
    if auto_start:
        return max(free, 0.0)
    if auto_end:
        return 0.0
    if align is ItemAlign.CENTER:
        return free / 2.0
    if align is ItemAlign.END:
        return free
    return 0.0


def place_item(item: GridItem, x: float, y: float, area_width: float, area_height: float,
               justify: ItemAlign | None = None, *, rtl: bool = False) -> None:
    """Size the item in its area (stretch, definite size or fit-content), lay it out at that size and
    place its border box relative to the container (§10.3-§10.4, relative offsets added). ``justify``:
    where a box that does not fill its area goes, when not its own justify-self (a right-to-left grid,
    ``rtl``)."""
    node = item.node
    width = item.used_width(area_width)
    height = definite_size(node, HEIGHT, area_height, area_width)
    margin_top = node.margin(TOP, area_width)
    margin_bottom = node.margin(BOTTOM, area_width)
    if height != height:
        if item.stretches(False) and not item.has_auto_margin(False):
            height = css_bound(node, COLUMN, area_height - margin_top - margin_bottom, area_height, area_width)
        else:
            height = item.content_height(width, area_width, area_height)
    margin_left = node.margin(LEFT, area_width)
    margin_right = node.margin(RIGHT, area_width)
    free_x = area_width - width - margin_left - margin_right
    free_y = area_height - height - margin_top - margin_bottom
    justify = item.justify if justify is None else justify
    left = x + margin_left + self_offset(justify, free_x, node.margin_is_auto(LEFT), node.margin_is_auto(RIGHT), rtl)
    top = y + margin_top + self_offset(item.align, free_y, node.margin_is_auto(TOP), node.margin_is_auto(BOTTOM))
    item.layout_fn(node, width + margin_left + margin_right, height + margin_top + margin_bottom, EXACTLY, EXACTLY,
                   area_width, area_height, True)
    left += node.relative_position(ROW, area_width)
    top += node.relative_position(COLUMN, area_height)
    node.position[LEFT] = left
    node.position[TOP] = top
    record_flow_widths(node)


def record_flow_widths(node: WorkNode) -> None:
    """Measure every text leaf of a laid-out item once more at its final width: text is drawn at the
    width it was last measured at (Satori's quirk, pureog.text.measure.FlowWidths), and the grid's
    min-content measurements (width 0) must not be the last word. Chromium draws at the box width."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.style.display is Display.NONE:
            continue
        if current.measure is not None:
            inner_width = current.dimension[WIDTH] - current.layout_padding[0] - current.layout_padding[2] - (
                current.layout_border[0] + current.layout_border[2])
            inner_height = current.dimension[HEIGHT] - current.layout_padding[1] - current.layout_padding[3] - (
                current.layout_border[1] + current.layout_border[3])
            if inner_width == inner_width and inner_height == inner_height:
                current.measure(inner_width, MeasureMode.EXACTLY, inner_height, MeasureMode.EXACTLY)
            continue
        stack.extend(current.tree_children)


def item_alignment(container: WorkNode, node: WorkNode, *, absolute: bool = False) -> tuple[ItemAlign, ItemAlign]:
    """(justify-self, align-self) of an item, ``auto`` resolved from the container (``normal`` for an
    absolutely positioned box: CSS Align says its ``auto`` is not the parent's ``*-items``)."""
    grid = node.style.grid
    justify = grid.justify_self if grid is not None else ItemAlign.AUTO
    if justify is ItemAlign.AUTO:
        container_grid = container.style.grid
        justify = ItemAlign.NORMAL if absolute or container_grid is None else container_grid.justify_items
    align = _ALIGN_TO_ITEM.get(node.style.align_self, ItemAlign.START)
    if align is ItemAlign.AUTO:
        align = ItemAlign.NORMAL if absolute else _ALIGN_TO_ITEM.get(container.style.align_items, ItemAlign.START)
    if justify is ItemAlign.BASELINE:
        justify = ItemAlign.START
    if align is ItemAlign.BASELINE:
        align = ItemAlign.START
    return justify, align


__all__ = [
    "ColumnContributions",
    "css_bound",
    "GridItem",
    "GridWidthFn",
    "RowContributions",
    "definite_size",
    "fixed_area_size",
    "height_for_width",
    "item_alignment",
    "max_content_width",
    "min_content_width",
    "place_item",
    "record_flow_widths",
    "self_offset",
]
