"""The flex layout algorithm (CSS Flexbox §9), with Yoga 3's behaviour where Yoga differs.

Input: a :class:`~pureog.layout.node.LayoutInput` tree and the owner (canvas) size. Output: a
:class:`~pureog.layout.node.LayoutResult` tree, rounded to the pixel grid as Yoga does.

The reference (Satori 0.29) lays out with Yoga 3.2.1, so boxes must equal Yoga's, quirks included:
a two-pass "resolve flexible lengths" instead of the spec's loop, a min-main-size of 0 (no automatic
minimum), measure caches whose reuse can change results, sticky percentage flex bases, etc. The steps
follow the spec's numbering; each function says which Yoga routine it mirrors. Sizing modes are
:class:`MeasureMode` ints: UNDEFINED = max-content, EXACTLY = stretch-fit, AT_MOST = fit-content.

Imports only layout's own modules and :mod:`pureog.style.values`; never ``text`` (leaves are
measured through callbacks) nor ``style.computed``.
"""

from __future__ import annotations

from pureog.layout.absolute import layout_absolute_descendants
from pureog.layout.node import LayoutInput, LayoutResult, MeasureMode
from pureog.layout.round import round_to_pixel_grid, round_value_to_pixel_grid, to_result
from pureog.layout.tree import (
    COLUMN,
    DIMENSION,
    FLEX_END_EDGE,
    FLEX_START_EDGE,
    HEIGHT,
    NAN,
    ROW,
    TOP,
    WIDTH,
    WorkNode,
    cross_axis_of,
    divide,
    inexact_equals,
    is_row,
    max_or_defined,
    min_or_defined,
    resolve_child_alignment,
    zero_out_layout,
)
from pureog.style.values import Align, Display, FlexWrap, Justify, Percent, Position

# Sizing modes are small ints inside the algorithm; measure callbacks get the MeasureMode enum.
UNDEFINED, EXACTLY, AT_MOST = 0, 1, 2
_MEASURE_MODES = (MeasureMode.UNDEFINED, MeasureMode.EXACTLY, MeasureMode.AT_MOST)
_CacheEntry = tuple[float, float, int, int, float, float]
_MAX_CACHED_MEASUREMENTS = 8
_FLT_MAX = 3.4028234663852886e38


def compute(root: LayoutInput, width: float, height: float) -> LayoutResult:
    """Lay out ``root`` in an owner of ``width`` x ``height`` px (Yoga's ``calculateLayout``)."""
    node = WorkNode(root, is_root=True)
    calculate_root_layout(node, width, height)
    round_to_pixel_grid(node, 0.0, 0.0)
    return to_result(node)


def calculate_root_layout(node: WorkNode, owner_width: float, owner_height: float) -> None:
    """The root's own size: its definite size, else its max size (fit-content), else the owner's."""
    sizes = []
    for dim, owner in ((WIDTH, owner_width), (HEIGHT, owner_height)):
        axis = ROW if dim == WIDTH else COLUMN
        max_size = node.resolved_max(dim, owner, owner_width)
        if node.has_definite_length(dim, owner):
            size = node.resolved_dimension(dim, owner, owner_width) + node.margin_for_axis(axis, owner_width)
            mode = EXACTLY
        elif max_size == max_size:
            size, mode = max_size, AT_MOST
        else:
            size = owner
            mode = UNDEFINED if size != size else EXACTLY
        sizes.append((size, mode))
    (width, width_mode), (height, height_mode) = sizes
    layout_node(node, width, height, width_mode, height_mode, owner_width, owner_height, True)
    node.set_initial_position(owner_width, owner_height)


# --- caching wrapper (Yoga's calculateLayoutInternal) -------------------------------------------


def layout_node(
    node: WorkNode,
    available_width: float,
    available_height: float,
    width_mode: int,
    height_mode: int,
    owner_width: float,
    owner_height: float,
    perform_layout: bool,
) -> None:
    """Size (and if ``perform_layout``, lay out) ``node``, reusing an earlier result when Yoga would.

    Yoga's cache is part of its observable behaviour: a leaf measured once at-most W may be reused
    for an exact request of its measured width, so we keep the same cache rules.
    """
    need_visit = not node.visited
    if need_visit:
        node.cached_layout = None
        node.cached_measurements = []
    cached: _CacheEntry | None = None
    if node.measure is not None:
        margin_row = node.margin_for_axis(ROW, owner_width)
        margin_column = node.margin_for_axis(COLUMN, owner_width)
        candidates = ([node.cached_layout] if node.cached_layout else []) + node.cached_measurements
        for entry in candidates:
            if can_use_cached_measurement(
                width_mode, available_width, height_mode, available_height, entry, margin_row, margin_column
            ):
                cached = entry
                break
    elif perform_layout:
        last = node.cached_layout
        if (
            last is not None
            and inexact_equals(last[0], available_width)
            and inexact_equals(last[1], available_height)
            and last[2] == width_mode
            and last[3] == height_mode
        ):
            cached = last
    else:
        for entry in node.cached_measurements:
            if (
                inexact_equals(entry[0], available_width)
                and inexact_equals(entry[1], available_height)
                and entry[2] == width_mode
                and entry[3] == height_mode
            ):
                cached = entry
                break

    if not need_visit and cached is not None:
        node.measured = [cached[4], cached[5]]
    else:
        layout_box(
            node,
            available_width,
            available_height,
            width_mode,
            height_mode,
            owner_width,
            owner_height,
            perform_layout,
        )
        if cached is None:
            entry = (
                available_width,
                available_height,
                width_mode,
                height_mode,
                node.measured[0],
                node.measured[1],
            )
            if perform_layout:
                node.cached_layout = entry
            else:
                if len(node.cached_measurements) == _MAX_CACHED_MEASUREMENTS:
                    node.cached_measurements = []
                node.cached_measurements.append(entry)
    if perform_layout:
        node.dimension = [node.measured[0], node.measured[1]]
    node.visited = True


def can_use_cached_measurement(
    width_mode: int,
    width: float,
    height_mode: int,
    height: float,
    entry: _CacheEntry,
    margin_row: float,
    margin_column: float,
) -> bool:
    """Yoga's ``canUseCachedMeasurement`` for measured leaves."""
    last_width, last_height, last_width_mode, last_height_mode, computed_width, computed_height = entry
    if computed_height < 0 or computed_width < 0:
        return False
    return _size_compatible(
        width_mode, width, last_width_mode, last_width, computed_width, margin_row
    ) and _size_compatible(height_mode, height, last_height_mode, last_height, computed_height, margin_column)


def _size_compatible(mode: int, size: float, last_mode: int, last_size: float, computed: float, margin: float) -> bool:
    """One axis of ``canUseCachedMeasurement`` (sizes compared after pixel snapping)."""
    snap = round_value_to_pixel_grid
    if last_mode == mode and inexact_equals(snap(last_size, False, False), snap(size, False, False)):
        return True
    inner = size - margin
    if mode == EXACTLY and inexact_equals(inner, computed):
        return True  # exact request of exactly the size measured before
    if mode == AT_MOST and last_mode == UNDEFINED and (inner >= computed or inexact_equals(inner, computed)):
        return True  # max-content size still fits
    return (
        last_mode == AT_MOST
        and mode == AT_MOST
        and last_size == last_size
        and inner == inner
        and computed == computed
        and last_size > inner
        and (computed <= inner or inexact_equals(inner, computed))
    )


# --- one box (Yoga's calculateLayoutImpl) -------------------------------------------------------


def layout_box(
    node: WorkNode,
    available_width: float,
    available_height: float,
    width_mode: int,
    height_mode: int,
    owner_width: float,
    owner_height: float,
    perform_layout: bool,
) -> None:
    """Run the flex layout algorithm (§9.1-§9.9) for one container, or measure one leaf."""
    for edge in range(4):
        node.layout_margin[edge] = node.margin(edge, owner_width)
        node.layout_border[edge] = node.border_style[edge]
        node.layout_padding[edge] = node.padding(edge, owner_width)
    margin_row = node.margin_for_axis(ROW, owner_width)
    margin_column = node.margin_for_axis(COLUMN, owner_width)
    outer_width = available_width - margin_row
    outer_height = available_height - margin_column

    if node.measure is not None:
        measure_leaf(node, outer_width, outer_height, width_mode, height_mode, owner_width, owner_height)
        return
    if not node.children:
        measure_empty_box(node, outer_width, outer_height, width_mode, height_mode, owner_width, owner_height)
        return
    if not perform_layout and measure_fixed_size(
        node, outer_width, outer_height, width_mode, height_mode, owner_width, owner_height
    ):
        return

    # §9.1 step 1 (initial setup): axes and the container's own padding and border.
    main_axis = node.main_axis
    cross_axis = cross_axis_of(main_axis)
    main_is_row = is_row(main_axis)
    is_wrap = node.style.flex_wrap is not FlexWrap.NOWRAP
    main_owner_size = owner_width if main_is_row else owner_height
    cross_owner_size = owner_height if main_is_row else owner_width
    pb_main = node.padding_and_border_for_axis(main_axis, owner_width)
    pb_cross = node.padding_and_border_for_axis(cross_axis, owner_width)
    leading_pb_cross = node.padding_and_border(FLEX_START_EDGE[cross_axis], owner_width)
    main_mode = width_mode if main_is_row else height_mode
    cross_mode = height_mode if main_is_row else width_mode
    pb_row = pb_main if main_is_row else pb_cross
    pb_column = pb_cross if main_is_row else pb_main

    # §9.2 step 2: available space for the items.
    inner_width = available_inner_size(node, WIDTH, outer_width, pb_row, owner_width, owner_width)
    inner_height = available_inner_size(node, HEIGHT, outer_height, pb_column, owner_height, owner_width)
    inner_main = inner_width if main_is_row else inner_height
    inner_cross = inner_height if main_is_row else inner_width

    # §9.2 step 3: flex base size and hypothetical main size of each item.
    total_main = determine_flex_base_sizes(
        node, inner_width, inner_height, width_mode, height_mode, main_axis, perform_layout
    )
    child_count = len(node.children)
    if child_count > 1:
        total_main += node.gap_for_axis(main_axis, inner_main) * (child_count - 1)
    main_overflows = main_mode != UNDEFINED and total_main > inner_main
    if is_wrap and main_overflows and main_mode == AT_MOST:
        main_mode = EXACTLY

    # §9.3 step 5 onwards, one flex line at a time.
    start = 0
    line_count = 0
    total_lines_cross = 0.0
    cross_gap = node.gap_for_axis(cross_axis, inner_cross)
    max_line_main = 0.0
    while start < child_count:
        line, start = collect_flex_line(node, owner_width, main_owner_size, inner_width, inner_main, start, line_count)
        can_skip_flex = not perform_layout and cross_mode == EXACTLY

        # §9.7: resolve the flexible lengths; first decide the free space when sized by content.
        size_based_on_content = False
        if main_mode != EXACTLY:
            style_min = node.resolved_min(DIMENSION[main_axis], main_owner_size, owner_width)
            style_max = node.resolved_max(DIMENSION[main_axis], main_owner_size, owner_width)
            pb = pb_row if main_is_row else pb_column
            min_inner_main = style_min - pb
            max_inner_main = style_max - pb
            if min_inner_main == min_inner_main and line.size_consumed < min_inner_main:
                inner_main = min_inner_main
            elif max_inner_main == max_inner_main and line.size_consumed > max_inner_main:
                inner_main = max_inner_main
            else:
                if line.total_grow == 0 or node.flex_grow() == 0:
                    # Nothing can grow into extra space: the content size is all the space needed.
                    inner_main = line.size_consumed
                size_based_on_content = True
        if not size_based_on_content and inner_main == inner_main:
            line.remaining_free_space = inner_main - line.size_consumed
        elif line.size_consumed < 0:
            line.remaining_free_space = -line.size_consumed

        if not can_skip_flex:
            resolve_flexible_lengths(
                node,
                line,
                main_axis,
                cross_axis,
                owner_width,
                main_owner_size,
                inner_main,
                inner_cross,
                inner_width,
                inner_height,
                main_overflows,
                cross_mode,
                perform_layout,
            )

        # §9.5 step 12: main-axis alignment; also the line's cross size (§9.4 step 8).
        justify_main_axis(
            node,
            line,
            main_axis,
            cross_axis,
            main_mode,
            cross_mode,
            main_owner_size,
            owner_width,
            inner_main,
            inner_cross,
            inner_width,
            perform_layout,
        )

        container_cross = inner_cross
        if cross_mode in (UNDEFINED, AT_MOST):
            container_cross = (
                node.bound_axis(cross_axis, line.cross_dim + pb_cross, cross_owner_size, owner_width) - pb_cross
            )
        if not is_wrap and cross_mode == EXACTLY:
            line.cross_dim = inner_cross
        if not is_wrap:
            # §9.4 step 15: a single line's cross size is clamped by the container's min/max.
            line.cross_dim = (
                node.bound_axis(cross_axis, line.cross_dim + pb_cross, cross_owner_size, owner_width) - pb_cross
            )

        if perform_layout:
            align_items_in_line(
                node,
                line,
                main_axis,
                cross_axis,
                inner_main,
                inner_cross,
                inner_width,
                inner_height,
                container_cross,
                leading_pb_cross,
                total_lines_cross,
                is_wrap,
            )

        total_lines_cross += line.cross_dim + (cross_gap if line_count != 0 else 0.0)
        max_line_main = max_or_defined(max_line_main, line.main_dim)
        line_count += 1

    if perform_layout and (is_wrap or is_baseline_layout(node)):
        align_flex_lines(
            node,
            line_count,
            main_axis,
            cross_axis,
            cross_mode,
            inner_cross,
            inner_width,
            inner_height,
            pb_cross,
            leading_pb_cross,
            cross_owner_size,
            owner_width,
            owner_height,
            total_lines_cross,
            cross_gap,
        )

    determine_container_size(
        node,
        outer_width,
        outer_height,
        owner_width,
        owner_height,
        main_axis,
        cross_axis,
        main_mode,
        cross_mode,
        main_owner_size,
        cross_owner_size,
        max_line_main,
        total_lines_cross,
        pb_cross,
    )

    if perform_layout:
        if node.style.flex_wrap is FlexWrap.WRAP_REVERSE:
            reverse_wrapped_lines(node, cross_axis)
        set_trailing_positions(node, main_axis, cross_axis)
        # Absolute children are placed by their containing block (§4.1): this box unless static.
        if node.style.position is not Position.STATIC or node.is_root:
            layout_absolute_descendants(
                node,
                node,
                main_mode if main_is_row else cross_mode,
                0.0,
                0.0,
                layout_node,
            )


# --- leaves ----------------------------------------------------------------------------------------


def measure_leaf(
    node: WorkNode,
    width: float,
    height: float,
    width_mode: int,
    height_mode: int,
    owner_width: float,
    owner_height: float,
) -> None:
    """A box with a measure callback: ask it for the content size (Yoga's measureNodeWithMeasureFunc)."""
    if width_mode == UNDEFINED:
        width = NAN
    if height_mode == UNDEFINED:
        height = NAN
    pb_row = node.layout_padding[0] + node.layout_padding[2] + node.layout_border[0] + node.layout_border[2]
    pb_column = node.layout_padding[1] + node.layout_padding[3] + node.layout_border[1] + node.layout_border[3]
    if width_mode == EXACTLY and height_mode == EXACTLY:
        node.measured = [
            node.bound_axis(ROW, width, owner_width, owner_width),
            node.bound_axis(COLUMN, height, owner_height, owner_width),
        ]
        return
    inner_width = width if width != width else max_or_defined(0.0, width - pb_row)
    inner_height = height if height != height else max_or_defined(0.0, height - pb_column)
    assert node.measure is not None
    measured_width, measured_height = node.measure(
        inner_width, _MEASURE_MODES[width_mode], inner_height, _MEASURE_MODES[height_mode]
    )
    node.measured = [
        node.bound_axis(ROW, measured_width + pb_row if width_mode != EXACTLY else width, owner_width, owner_width),
        node.bound_axis(
            COLUMN, measured_height + pb_column if height_mode != EXACTLY else height, owner_height, owner_width
        ),
    ]


def measure_empty_box(
    node: WorkNode,
    width: float,
    height: float,
    width_mode: int,
    height_mode: int,
    owner_width: float,
    owner_height: float,
) -> None:
    """A box without children: its definite size, else just its padding and border."""
    if width_mode != EXACTLY:
        width = node.layout_padding[0] + node.layout_padding[2] + node.layout_border[0] + node.layout_border[2]
    if height_mode != EXACTLY:
        height = node.layout_padding[1] + node.layout_padding[3] + node.layout_border[1] + node.layout_border[3]
    node.measured = [
        node.bound_axis(ROW, width, owner_width, owner_width),
        node.bound_axis(COLUMN, height, owner_height, owner_width),
    ]


def measure_fixed_size(
    node: WorkNode,
    width: float,
    height: float,
    width_mode: int,
    height_mode: int,
    owner_width: float,
    owner_height: float,
) -> bool:
    """When only measuring, a box whose size is already known skips the algorithm."""
    if not (
        (width == width and width_mode == AT_MOST and width <= 0.0)
        or (height == height and height_mode == AT_MOST and height <= 0.0)
        or (width_mode == EXACTLY and height_mode == EXACTLY)
    ):
        return False
    w = 0.0 if width != width or (width_mode == AT_MOST and width < 0.0) else width
    h = 0.0 if height != height or (height_mode == AT_MOST and height < 0.0) else height
    node.measured = [
        node.bound_axis(ROW, w, owner_width, owner_width),
        node.bound_axis(COLUMN, h, owner_height, owner_width),
    ]
    return True


# --- §9.2 ------------------------------------------------------------------------------------------


def available_inner_size(
    node: WorkNode,
    dim: int,
    available: float,
    padding_and_border: float,
    owner_size: float,
    owner_width: float,
) -> float:
    """§9.2 step 2: the space inside the container's padding, clamped by its own min/max."""
    inner = available - padding_and_border
    if inner == inner:
        min_size = node.resolved_min(dim, owner_size, owner_width)
        max_size = node.resolved_max(dim, owner_size, owner_width)
        min_inner = 0.0 if min_size != min_size else min_size - padding_and_border
        max_inner = _FLT_MAX if max_size != max_size else max_size - padding_and_border
        inner = max_or_defined(min_or_defined(inner, max_inner), min_inner)
    return inner


def determine_flex_base_sizes(
    node: WorkNode,
    inner_width: float,
    inner_height: float,
    width_mode: int,
    height_mode: int,
    main_axis: int,
    perform_layout: bool,
) -> float:
    """§9.2 step 3 for every item; returns the sum of outer flex bases (Yoga: computeFlexBasisForChildren)."""
    total = 0.0
    single_flex_child = None
    main_mode = width_mode if is_row(main_axis) else height_mode
    if main_mode == EXACTLY:
        # A lone item that can both grow and shrink will be sized by the free space anyway: basis 0.
        for child in node.children:
            if child.is_flexible():
                if single_flex_child is not None or child.flex_grow() == 0 or child.flex_shrink() == 0:
                    single_flex_child = None
                    break
                single_flex_child = child
    for child in node.children:
        if child.style.display is Display.NONE:
            zero_out_layout(child)
            child.visited = True
            continue
        if perform_layout:
            child.set_initial_position(inner_width, inner_height)
        if child.style.position is Position.ABSOLUTE:
            continue
        if child is single_flex_child:
            child.computed_flex_basis = 0.0
        else:
            determine_flex_base_size(node, child, inner_width, width_mode, inner_height, height_mode)
        total += child.computed_flex_basis + child.margin_for_axis(main_axis, inner_width)
    return total


def determine_flex_base_size(
    node: WorkNode,
    child: WorkNode,
    width: float,
    width_mode: int,
    height: float,
    height_mode: int,
) -> None:
    """§9.2 step 3 for one item: its flex-basis, else its definite size, else its measured size."""
    main_axis = node.main_axis
    main_is_row = is_row(main_axis)
    main_size = width if main_is_row else height
    owner_width, owner_height = width, height
    main_owner_size = owner_width if main_is_row else owner_height
    basis = child.resolved_flex_basis(main_axis, main_owner_size, owner_width)
    row_definite = child.has_definite_length(WIDTH, owner_width)
    column_definite = child.has_definite_length(HEIGHT, owner_height)

    if basis == basis and main_size == main_size:
        if child.computed_flex_basis != child.computed_flex_basis:
            # Yoga computes an explicit basis once per layout run and keeps it (even if the owner's
            # size differs on a later pass).
            child.computed_flex_basis = max_or_defined(basis, child.padding_and_border_for_axis(main_axis, owner_width))
        return
    if main_is_row and row_definite:
        child.computed_flex_basis = max_or_defined(
            child.resolved_dimension(WIDTH, owner_width, owner_width),
            child.padding_and_border_for_axis(ROW, owner_width),
        )
        return
    if not main_is_row and column_definite:
        child.computed_flex_basis = max_or_defined(
            child.resolved_dimension(HEIGHT, owner_height, owner_width),
            child.padding_and_border_for_axis(COLUMN, owner_width),
        )
        return

    child_width = NAN
    child_height = NAN
    child_width_mode = UNDEFINED
    child_height_mode = UNDEFINED
    margin_row = child.margin_for_axis(ROW, owner_width)
    margin_column = child.margin_for_axis(COLUMN, owner_width)
    if row_definite:
        child_width = child.resolved_dimension(WIDTH, owner_width, owner_width) + margin_row
        child_width_mode = EXACTLY
    if column_definite:
        child_height = child.resolved_dimension(HEIGHT, owner_height, owner_width) + margin_column
        child_height_mode = EXACTLY
    if child_width != child_width and width == width:
        child_width = width
        child_width_mode = AT_MOST
    if child_height != child_height and height == height:
        child_height = height
        child_height_mode = AT_MOST

    ratio = child.style.aspect_ratio
    if ratio:
        if not main_is_row and child_width_mode == EXACTLY:
            child_height = margin_column + (child_width - margin_row) / ratio
            child_height_mode = EXACTLY
        elif main_is_row and child_height_mode == EXACTLY:
            child_width = margin_row + (child_height - margin_column) * ratio
            child_width_mode = EXACTLY

    stretches = resolve_child_alignment(node, child) is Align.STRETCH
    if (
        not main_is_row
        and not row_definite
        and width == width
        and width_mode == EXACTLY
        and stretches
        and child_width_mode != EXACTLY
    ):
        child_width = width
        child_width_mode = EXACTLY
        if ratio:
            child_height = (child_width - margin_row) / ratio
            child_height_mode = EXACTLY
    if (
        main_is_row
        and not column_definite
        and height == height
        and height_mode == EXACTLY
        and stretches
        and child_height_mode != EXACTLY
    ):
        child_height = height
        child_height_mode = EXACTLY
        if ratio:
            child_width = (child_height - margin_column) * ratio
            child_width_mode = EXACTLY

    child_width_mode, child_width = constrain_max_size(
        child, ROW, owner_width, owner_width, child_width_mode, child_width
    )
    child_height_mode, child_height = constrain_max_size(
        child, COLUMN, owner_height, owner_width, child_height_mode, child_height
    )
    layout_node(child, child_width, child_height, child_width_mode, child_height_mode, owner_width, owner_height, False)
    child.computed_flex_basis = max_or_defined(
        child.measured[DIMENSION[main_axis]], child.padding_and_border_for_axis(main_axis, owner_width)
    )


def constrain_max_size(
    node: WorkNode, axis: int, owner_axis_size: float, owner_width: float, mode: int, size: float
) -> tuple[int, float]:
    """Apply the max size (plus margins) to a size request (Yoga's constrainMaxSizeForMode)."""
    max_size = node.resolved_max(DIMENSION[axis], owner_axis_size, owner_width) + node.margin_for_axis(
        axis, owner_width
    )
    if mode == UNDEFINED:
        if max_size == max_size:
            return AT_MOST, max_size
        return mode, size
    if max_size != max_size or size < max_size:
        return mode, size
    return mode, max_size


# --- §9.3 ------------------------------------------------------------------------------------------


class FlexLine:
    """One flex line's items and running totals (Yoga's FlexLine + FlexLineRunningLayout)."""

    __slots__ = (
        "items",
        "size_consumed",
        "auto_margins",
        "total_grow",
        "total_shrink_scaled",
        "remaining_free_space",
        "main_dim",
        "cross_dim",
    )

    def __init__(self) -> None:
        self.items: list[WorkNode] = []
        self.size_consumed = 0.0
        self.auto_margins = 0
        self.total_grow = 0.0
        self.total_shrink_scaled = 0.0
        self.remaining_free_space = 0.0
        self.main_dim = 0.0
        self.cross_dim = 0.0


def collect_flex_line(
    node: WorkNode,
    owner_width: float,
    main_owner_size: float,
    inner_width: float,
    inner_main: float,
    start: int,
    line_index: int,
) -> tuple[FlexLine, int]:
    """§9.3 step 5: collect items into a line until the next would overflow (wrap only)."""
    line = FlexLine()
    main_axis = node.main_axis
    is_wrap = node.style.flex_wrap is not FlexWrap.NOWRAP
    gap = node.gap_for_axis(main_axis, inner_main)
    children = node.children
    start_edge = FLEX_START_EDGE[main_axis]
    end_edge = FLEX_END_EDGE[main_axis]
    index = start
    consumed_with_min = 0.0
    while index < len(children):
        child = children[index]
        if child.style.display is Display.NONE or child.style.position is Position.ABSOLUTE:
            index += 1
            continue
        if child.margin_is_auto(start_edge):
            line.auto_margins += 1
        if child.margin_is_auto(end_edge):
            line.auto_margins += 1
        child.line_index = line_index
        margin_main = child.margin_for_axis(main_axis, inner_width)
        leading_gap = gap if line.items else 0.0
        basis = child.bound_within_min_max(main_axis, child.computed_flex_basis, main_owner_size, owner_width)
        if consumed_with_min + basis + margin_main + leading_gap > inner_main and is_wrap and line.items:
            break
        consumed_with_min += basis + margin_main + leading_gap
        line.size_consumed += basis + margin_main + leading_gap
        if child.is_flexible():
            line.total_grow += child.flex_grow()
            line.total_shrink_scaled += -child.flex_shrink() * child.computed_flex_basis
        line.items.append(child)
        index += 1
    # Yoga: factor sums between 0 and 1 count as 1 (so small factors do not take all the space).
    if 0 < line.total_grow < 1:
        line.total_grow = 1.0
    if 0 < line.total_shrink_scaled < 1:
        line.total_shrink_scaled = 1.0
    return line, index


# --- §9.7 ------------------------------------------------------------------------------------------


def resolve_flexible_lengths(
    node: WorkNode,
    line: FlexLine,
    main_axis: int,
    cross_axis: int,
    owner_width: float,
    main_owner_size: float,
    inner_main: float,
    inner_cross: float,
    inner_width: float,
    inner_height: float,
    main_overflows: bool,
    cross_mode: int,
    perform_layout: bool,
) -> None:
    """§9.7, Yoga's two-pass version: freeze items whose min/max clamp, then size every item."""
    original_free_space = line.remaining_free_space
    freeze_clamped_items(line, main_axis, owner_width, main_owner_size, inner_main, inner_width)
    distributed = size_flex_items(
        node,
        line,
        main_axis,
        cross_axis,
        owner_width,
        main_owner_size,
        inner_main,
        inner_cross,
        inner_width,
        inner_height,
        main_overflows,
        cross_mode,
        perform_layout,
    )
    line.remaining_free_space = original_free_space - distributed


def freeze_clamped_items(
    line: FlexLine,
    main_axis: int,
    owner_width: float,
    main_owner_size: float,
    inner_main: float,
    inner_width: float,
) -> None:
    """§9.7 step 4 (first pass): items whose flexed size violates min/max leave the distribution."""
    delta = 0.0
    free = line.remaining_free_space
    for child in line.items:
        basis = child.bound_within_min_max(main_axis, child.computed_flex_basis, main_owner_size, owner_width)
        if free < 0:
            scaled = -child.flex_shrink() * basis
            if scaled == scaled and scaled != 0:
                base = basis + divide(free, line.total_shrink_scaled) * scaled
                bound = child.bound_axis(main_axis, base, inner_main, inner_width)
                if base == base and bound == bound and base != bound:
                    delta += bound - basis
                    line.total_shrink_scaled -= -child.flex_shrink() * child.computed_flex_basis
        elif free == free and free > 0:
            grow = child.flex_grow()
            if grow == grow and grow != 0:
                base = basis + divide(free, line.total_grow) * grow
                bound = child.bound_axis(main_axis, base, inner_main, inner_width)
                if base == base and bound == bound and base != bound:
                    delta += bound - basis
                    line.total_grow -= grow
    line.remaining_free_space -= delta


def size_flex_items(
    node: WorkNode,
    line: FlexLine,
    main_axis: int,
    cross_axis: int,
    owner_width: float,
    main_owner_size: float,
    inner_main: float,
    inner_cross: float,
    inner_width: float,
    inner_height: float,
    main_overflows: bool,
    cross_mode: int,
    perform_layout: bool,
) -> float:
    """§9.7 step 5 (second pass): give each item its share, then lay it out at that main size."""
    main_is_row = is_row(main_axis)
    is_wrap = node.style.flex_wrap is not FlexWrap.NOWRAP
    cross_dim = DIMENSION[cross_axis]
    free = line.remaining_free_space
    delta = 0.0
    for child in line.items:
        basis = child.bound_within_min_max(main_axis, child.computed_flex_basis, main_owner_size, owner_width)
        main_size = basis
        if free == free and free < 0:
            scaled = -child.flex_shrink() * basis
            if scaled != 0:
                if line.total_shrink_scaled == 0:
                    size = basis + scaled
                else:
                    size = basis + divide(free, line.total_shrink_scaled) * scaled
                main_size = child.bound_axis(main_axis, size, inner_main, inner_width)
        elif free == free and free > 0:
            grow = child.flex_grow()
            if grow == grow and grow != 0:
                main_size = child.bound_axis(
                    main_axis, basis + divide(free, line.total_grow) * grow, inner_main, inner_width
                )
        delta += main_size - basis

        margin_main = child.margin_for_axis(main_axis, inner_width)
        margin_cross = child.margin_for_axis(cross_axis, inner_width)
        child_main = main_size + margin_main
        child_main_mode = EXACTLY
        ratio = child.style.aspect_ratio
        auto_cross_margin = child.margin_is_auto(FLEX_START_EDGE[cross_axis]) or child.margin_is_auto(
            FLEX_END_EDGE[cross_axis]
        )
        stretches = resolve_child_alignment(node, child) is Align.STRETCH
        cross_definite = child.has_definite_length(cross_dim, inner_cross)
        if ratio:
            child_cross = (child_main - margin_main) / ratio if main_is_row else (child_main - margin_main) * ratio
            child_cross += margin_cross
            child_cross_mode = EXACTLY
        elif (
            inner_cross == inner_cross
            and not cross_definite
            and cross_mode == EXACTLY
            and not (is_wrap and main_overflows)
            and stretches
            and not auto_cross_margin
        ):
            child_cross = inner_cross
            child_cross_mode = EXACTLY
        elif not cross_definite:
            child_cross = inner_cross
            child_cross_mode = UNDEFINED if child_cross != child_cross else AT_MOST
        else:
            child_cross = child.resolved_dimension(cross_dim, inner_cross, inner_width) + margin_cross
            loose_percent = isinstance(child.processed[cross_dim], Percent) and cross_mode != EXACTLY
            child_cross_mode = UNDEFINED if child_cross != child_cross or loose_percent else EXACTLY

        child_main_mode, child_main = constrain_max_size(
            child, main_axis, inner_main, inner_width, child_main_mode, child_main
        )
        child_cross_mode, child_cross = constrain_max_size(
            child, cross_axis, inner_cross, inner_width, child_cross_mode, child_cross
        )
        requires_stretch_layout = not cross_definite and stretches and not auto_cross_margin
        if main_is_row:
            w, h, w_mode, h_mode = child_main, child_cross, child_main_mode, child_cross_mode
        else:
            w, h, w_mode, h_mode = child_cross, child_main, child_cross_mode, child_main_mode
        layout_node(
            child, w, h, w_mode, h_mode, inner_width, inner_height, perform_layout and not requires_stretch_layout
        )
    return delta


# --- §9.5 / §9.4 -----------------------------------------------------------------------------------


def justify_main_axis(
    node: WorkNode,
    line: FlexLine,
    main_axis: int,
    cross_axis: int,
    main_mode: int,
    cross_mode: int,
    main_owner_size: float,
    owner_width: float,
    inner_main: float,
    inner_cross: float,
    inner_width: float,
    perform_layout: bool,
) -> None:
    """§9.5 step 12 (justify-content, auto margins) and §9.4 step 8 (the line's cross size)."""
    style = node.style
    leading_pb_main = node.padding_and_border(FLEX_START_EDGE[main_axis], owner_width)
    trailing_pb_main = node.padding_and_border(FLEX_END_EDGE[main_axis], owner_width)
    gap = node.gap_for_axis(main_axis, inner_main)
    if main_mode == AT_MOST and line.remaining_free_space > 0:
        min_main = node.resolved_min(DIMENSION[main_axis], main_owner_size, owner_width)
        if min_main == min_main:
            min_available = min_main - leading_pb_main - trailing_pb_main
            occupied = inner_main - line.remaining_free_space
            line.remaining_free_space = max_or_defined(0.0, min_available - occupied)
        else:
            line.remaining_free_space = 0.0

    free = line.remaining_free_space
    justify = style.justify_content
    if free < 0 and justify in (Justify.SPACE_BETWEEN, Justify.SPACE_AROUND, Justify.SPACE_EVENLY):
        justify = Justify.FLEX_START
    leading = 0.0
    between = gap
    count = len(line.items)
    if line.auto_margins == 0:
        if justify is Justify.CENTER:
            leading = free / 2
        elif justify is Justify.FLEX_END:
            leading = free
        elif justify is Justify.SPACE_BETWEEN:
            if count > 1:
                between += free / (count - 1)
        elif justify is Justify.SPACE_EVENLY:
            leading = divide(free, count + 1)
            between += leading
        elif justify is Justify.SPACE_AROUND:
            leading = 0.5 * divide(free, count)
            between += leading * 2

    line.main_dim = leading_pb_main + leading
    line.cross_dim = 0.0
    max_ascent = 0.0
    max_descent = 0.0
    baseline_layout = is_baseline_layout(node)
    start_edge = FLEX_START_EDGE[main_axis]
    end_edge = FLEX_END_EDGE[main_axis]
    last = line.items[-1] if line.items else None
    for child in line.items:
        if child.margin_is_auto(start_edge) and free > 0.0:
            line.main_dim += free / line.auto_margins
        if perform_layout:
            child.position[start_edge] += line.main_dim
        if child is not last:
            line.main_dim += between
        if child.margin_is_auto(end_edge) and free > 0.0:
            line.main_dim += free / line.auto_margins
        if not perform_layout and cross_mode == EXACTLY:
            # Measuring with a known cross size: the items were not laid out, use their bases.
            line.main_dim += child.margin_for_axis(main_axis, inner_width) + child.computed_flex_basis
            line.cross_dim = inner_cross
        else:
            line.main_dim += child.dimension_with_margin(main_axis, inner_width)
            if baseline_layout:
                ascent = calculate_baseline(child) + child.margin(TOP, inner_width)
                descent = child.measured[HEIGHT] + child.margin_for_axis(COLUMN, inner_width) - ascent
                max_ascent = max_or_defined(max_ascent, ascent)
                max_descent = max_or_defined(max_descent, descent)
            else:
                line.cross_dim = max_or_defined(line.cross_dim, child.dimension_with_margin(cross_axis, inner_width))
    line.main_dim += trailing_pb_main
    if baseline_layout:
        line.cross_dim = max_ascent + max_descent


# --- §9.6 ------------------------------------------------------------------------------------------


def align_items_in_line(
    node: WorkNode,
    line: FlexLine,
    main_axis: int,
    cross_axis: int,
    inner_main: float,
    inner_cross: float,
    inner_width: float,
    inner_height: float,
    container_cross: float,
    leading_pb_cross: float,
    total_lines_cross: float,
    is_wrap: bool,
) -> None:
    """§9.6 step 14 (align-self, auto cross margins) and §9.4 step 11 (stretched items re-laid out)."""
    main_is_row = is_row(main_axis)
    cross_start = FLEX_START_EDGE[cross_axis]
    cross_end = FLEX_END_EDGE[cross_axis]
    for child in line.items:
        leading = leading_pb_cross
        align = resolve_child_alignment(node, child)
        start_auto = child.margin_is_auto(cross_start)
        end_auto = child.margin_is_auto(cross_end)
        if align is Align.STRETCH and not start_auto and not end_auto:
            if not child.has_definite_length(DIMENSION[cross_axis], inner_cross):
                child_main = child.measured[DIMENSION[main_axis]]
                ratio = child.style.aspect_ratio
                if ratio:
                    child_cross = child.margin_for_axis(cross_axis, inner_width) + (
                        child_main / ratio if main_is_row else child_main * ratio
                    )
                else:
                    child_cross = line.cross_dim
                child_main += child.margin_for_axis(main_axis, inner_width)
                main_mode, child_main = constrain_max_size(
                    child, main_axis, inner_main, inner_width, EXACTLY, child_main
                )
                cross_mode, child_cross = constrain_max_size(
                    child, cross_axis, inner_cross, inner_width, EXACTLY, child_cross
                )
                cross_does_not_grow = node.style.align_content is not Align.STRETCH and is_wrap
                w = child_main if main_is_row else child_cross
                h = child_cross if main_is_row else child_main
                w_mode = UNDEFINED if w != w or (not main_is_row and cross_does_not_grow) else EXACTLY
                h_mode = UNDEFINED if h != h or (main_is_row and cross_does_not_grow) else EXACTLY
                layout_node(child, w, h, w_mode, h_mode, inner_width, inner_height, True)
        else:
            remaining = container_cross - child.dimension_with_margin(cross_axis, inner_width)
            if start_auto and end_auto:
                leading += max_or_defined(0.0, remaining / 2)
            elif end_auto:
                pass
            elif start_auto:
                leading += max_or_defined(0.0, remaining)
            elif align is Align.FLEX_START:
                pass
            elif align is Align.CENTER:
                leading += remaining / 2
            else:
                leading += remaining
        child.position[cross_start] += total_lines_cross + leading


def align_flex_lines(
    node: WorkNode,
    line_count: int,
    main_axis: int,
    cross_axis: int,
    cross_mode: int,
    inner_cross: float,
    inner_width: float,
    inner_height: float,
    pb_cross: float,
    leading_pb_cross: float,
    cross_owner_size: float,
    owner_width: float,
    owner_height: float,
    total_lines_cross: float,
    cross_gap: float,
) -> None:
    """§9.6 step 15 (align-content) and step 16 re-done per line, as Yoga does for wrapping and
    baseline containers: items are re-positioned within their line, stretched items re-laid out."""
    main_is_row = is_row(main_axis)
    cross_dim = DIMENSION[cross_axis]
    cross_start = FLEX_START_EDGE[cross_axis]
    lead_per_line = 0.0
    current_lead = leading_pb_cross
    extra_per_line = 0.0
    if cross_mode == EXACTLY:
        unclamped = inner_cross + pb_cross
    elif node.has_definite_length(cross_dim, cross_owner_size):
        unclamped = node.resolved_dimension(cross_dim, cross_owner_size, owner_width)
    else:
        unclamped = total_lines_cross + pb_cross
    # Yoga passes the owner's height here whatever the axis; kept for fidelity.
    inner = node.bound_axis(cross_axis, unclamped, owner_height, owner_width) - pb_cross
    remaining = inner - total_lines_cross
    align = node.style.align_content
    if remaining < 0 and align in (Align.SPACE_BETWEEN, Align.STRETCH, Align.SPACE_AROUND, Align.SPACE_EVENLY):
        align = Align.FLEX_START
    if align is Align.FLEX_END:
        current_lead += remaining
    elif align is Align.CENTER:
        current_lead += remaining / 2
    elif align is Align.STRETCH:
        extra_per_line = remaining / line_count
    elif align is Align.SPACE_AROUND:
        current_lead += remaining / (2 * line_count)
        lead_per_line = remaining / line_count
    elif align is Align.SPACE_EVENLY:
        current_lead += remaining / (line_count + 1)
        lead_per_line = remaining / (line_count + 1)
    elif align is Align.SPACE_BETWEEN and line_count > 1:
        lead_per_line = remaining / (line_count - 1)

    children = node.children
    end = 0
    for line_index in range(line_count):
        begin = end
        index = begin
        line_height = 0.0
        max_ascent = 0.0
        max_descent = 0.0
        while index < len(children):
            child = children[index]
            if child.style.display is Display.NONE:
                index += 1
                continue
            if child.style.position is not Position.ABSOLUTE:
                if child.line_index != line_index:
                    break
                if child.is_layout_dimension_defined(cross_axis):
                    line_height = max_or_defined(
                        line_height, child.measured[cross_dim] + child.margin_for_axis(cross_axis, inner_width)
                    )
                if resolve_child_alignment(node, child) is Align.BASELINE:
                    ascent = calculate_baseline(child) + child.margin(TOP, inner_width)
                    descent = child.measured[HEIGHT] + child.margin_for_axis(COLUMN, inner_width) - ascent
                    max_ascent = max_or_defined(max_ascent, ascent)
                    max_descent = max_or_defined(max_descent, descent)
                    line_height = max_or_defined(line_height, max_ascent + max_descent)
            index += 1
        end = index
        if line_index != 0:
            current_lead += cross_gap
        line_height += extra_per_line

        for child in children[begin:end]:
            if child.style.display is Display.NONE or child.style.position is Position.ABSOLUTE:
                continue
            align_self = resolve_child_alignment(node, child)
            if align_self is Align.FLEX_START:
                # Yoga adds the cross-start *inset* here (not the margin).
                child.position[cross_start] = current_lead + child.inset(cross_start, inner_width)
            elif align_self is Align.FLEX_END:
                child.position[cross_start] = (
                    current_lead
                    + line_height
                    - child.margin(FLEX_END_EDGE[cross_axis], inner_width)
                    - child.measured[cross_dim]
                )
            elif align_self is Align.CENTER:
                child.position[cross_start] = current_lead + (line_height - child.measured[cross_dim]) / 2
            elif align_self is Align.STRETCH:
                child.position[cross_start] = current_lead + child.margin(cross_start, inner_width)
                if not child.has_definite_length(cross_dim, inner_cross):
                    if main_is_row:
                        w = child.measured[WIDTH] + child.margin_for_axis(main_axis, inner_width)
                        h = lead_per_line + line_height
                    else:
                        w = lead_per_line + line_height
                        h = child.measured[HEIGHT] + child.margin_for_axis(cross_axis, inner_width)
                    if not (inexact_equals(w, child.measured[WIDTH]) and inexact_equals(h, child.measured[HEIGHT])):
                        layout_node(child, w, h, EXACTLY, EXACTLY, inner_width, inner_height, True)
            elif align_self is Align.BASELINE:
                child.position[TOP] = (
                    current_lead + max_ascent - calculate_baseline(child) + child.inset(TOP, inner_cross)
                )
        current_lead += lead_per_line + line_height


def is_baseline_layout(node: WorkNode) -> bool:
    """A row container whose items (or some item) align on their baselines."""
    if node.main_axis >= 2:
        return False
    if node.style.align_items is Align.BASELINE:
        return True
    return any(
        child.style.position is not Position.ABSOLUTE and child.style.align_self is Align.BASELINE
        for child in node.children
    )


def calculate_baseline(node: WorkNode) -> float:
    """The first baseline of a box: that of its first (or first baseline-aligned) item on line 0;
    a box without items has its baseline at its bottom edge (Satori sets no baseline callbacks)."""
    baseline_child = None
    for child in node.children:
        if child.line_index > 0:
            break
        if child.style.position is Position.ABSOLUTE:
            continue
        if resolve_child_alignment(node, child) is Align.BASELINE:
            baseline_child = child
            break
        if baseline_child is None:
            baseline_child = child
    if baseline_child is None:
        return node.measured[HEIGHT]
    return calculate_baseline(baseline_child) + baseline_child.position[TOP]


# --- §9.4 step 9 / final size and positions ---------------------------------------------------------


def determine_container_size(
    node: WorkNode,
    outer_width: float,
    outer_height: float,
    owner_width: float,
    owner_height: float,
    main_axis: int,
    cross_axis: int,
    main_mode: int,
    cross_mode: int,
    main_owner_size: float,
    cross_owner_size: float,
    max_line_main: float,
    total_lines_cross: float,
    pb_cross: float,
) -> None:
    """The container's used size: the available size, or its content's when sized by content."""
    measured = [
        node.bound_axis(ROW, outer_width, owner_width, owner_width),
        node.bound_axis(COLUMN, outer_height, owner_height, owner_width),
    ]
    # overflow: scroll does not exist in Satori, so at-most behaves like max-content here.
    if main_mode != EXACTLY:
        measured[DIMENSION[main_axis]] = node.bound_axis(main_axis, max_line_main, main_owner_size, owner_width)
    if cross_mode != EXACTLY:
        measured[DIMENSION[cross_axis]] = node.bound_axis(
            cross_axis, total_lines_cross + pb_cross, cross_owner_size, owner_width
        )
    node.measured = measured


def reverse_wrapped_lines(node: WorkNode, cross_axis: int) -> None:
    """wrap-reverse: lines were stacked forwards; mirror them across the cross axis."""
    cross_start = FLEX_START_EDGE[cross_axis]
    cross_dim = DIMENSION[cross_axis]
    size = node.measured[cross_dim]
    for child in node.children:
        if child.style.position is not Position.ABSOLUTE:
            child.position[cross_start] = size - child.position[cross_start] - child.measured[cross_dim]


def set_trailing_positions(node: WorkNode, main_axis: int, cross_axis: int) -> None:
    """Reverse axes were laid out from their end edge; derive the left/top positions from it."""
    needs_main = main_axis in (1, 3)
    needs_cross = cross_axis in (1, 3)
    if not (needs_main or needs_cross):
        return
    for child in node.children:
        if child.style.display is Display.NONE or child.style.position is Position.ABSOLUTE:
            continue
        for axis, needed in ((main_axis, needs_main), (cross_axis, needs_cross)):
            if needed:
                dim = DIMENSION[axis]
                child.position[FLEX_END_EDGE[axis]] = (
                    node.measured[dim] - child.measured[dim] - child.position[FLEX_START_EDGE[axis]]
                )


__all__ = ["compute", "layout_node"]
