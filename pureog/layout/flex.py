"""The flex layout algorithm's driver (CSS Flexbox §9), with Yoga 3's behaviour where Yoga differs.

Input: a :class:`~pureog.layout.node.LayoutInput` tree and the owner (canvas) size. Output: a
:class:`~pureog.layout.node.LayoutResult` tree, rounded to the pixel grid as Yoga does.

The reference (Satori 0.29) lays out with Yoga 3.2.1, so boxes must equal Yoga's, quirks included:
a two-pass "resolve flexible lengths" instead of the spec's loop, a min-main-size of 0 (no automatic
minimum), measure caches whose reuse can change results, sticky percentage flex bases, float32 sums
of flex factors, etc. This module holds the entry point, Yoga's caching wrapper (``layout_node``),
the per-box algorithm (``layout_box``, which calls one function per §9 step) and leaf measurement.
The steps live in :mod:`~pureog.layout.flex_lines` (§9.2-§9.3), :mod:`~pureog.layout.resolve`
(§9.7) and :mod:`~pureog.layout.align` (§9.4-§9.6); they share the container's constants through one
:class:`~pureog.layout.flex_lines.FlexContext` (built once per container) and call back into
``layout_node`` through its ``layout_fn`` so that they need not import this module. Sizing modes are ints:
UNDEFINED = max-content, EXACTLY = stretch-fit, AT_MOST = fit-content.

Imports only layout's own modules and :mod:`pureog.style.values`; never ``text`` (leaves are
measured through callbacks) nor ``style.computed``.
"""

from __future__ import annotations

from pureog.f32 import f32_memo as f32  # layout's values repeat (pureog/f32.py)
from pureog.layout.absolute import layout_absolute_descendants
from pureog.layout.align import (
    align_flex_lines,
    align_items_in_line,
    determine_container_size,
    is_baseline_layout,
    justify_main_axis,
    reverse_wrapped_lines,
    set_trailing_positions,
)
from pureog.layout.flex_lines import (
    FlexContext,
    available_inner_size,
    collect_flex_line,
    determine_flex_base_sizes,
)
from pureog.layout.node import LayoutInput, LayoutResult, MeasureMode
from pureog.layout.passes import PASSES_LEFT, out_of_passes
from pureog.layout.resolve import resolve_flexible_lengths
from pureog.layout.round import round_to_pixel_grid, round_value_to_pixel_grid, to_result
from pureog.layout.tree import (
    AT_MOST,
    COLUMN,
    DIMENSION,
    EXACTLY,
    FLEX_START_EDGE,
    HEIGHT,
    NAN,
    ROW,
    UNDEFINED,
    WIDTH,
    WorkNode,
    inexact_equals,
    max_or_defined,
)
from pureog.limits import MAX_LAYOUT_PASSES, check_deadline
from pureog.style.values import Display, FlexWrap, Position

# Enum members bound once: reading one through its class costs ~100 ns in CPython 3.11 (the
# enum metaclass), a module global ~10 ns, and the loops below test them per item and pass.
_DISPLAY_GRID = Display.GRID
_FLEXWRAP_NOWRAP = FlexWrap.NOWRAP
_FLEXWRAP_WRAP_REVERSE = FlexWrap.WRAP_REVERSE
_POSITION_STATIC = Position.STATIC

_MEASURE_MODES = (MeasureMode.UNDEFINED, MeasureMode.EXACTLY, MeasureMode.AT_MOST)
_CacheEntry = tuple[float, float, int, int, float, float]
_MAX_CACHED_MEASUREMENTS = 8



def compute(root: LayoutInput, width: float, height: float) -> LayoutResult:
    """Lay out ``root`` in an owner of ``width`` x ``height`` px (Yoga's ``calculateLayout``)."""
    node = lay_out_root(root, width, height)
    round_to_pixel_grid(node, 0.0, 0.0)
    return to_result(node)


def lay_out_root(root: LayoutInput, width: float, height: float) -> WorkNode:
    """The laid-out work tree of ``root``, not snapped yet (:func:`compute` without its two last walks:
    :func:`pureog.layout.boxes.layout_tree` snaps each node as it makes its box)."""
    node = WorkNode(root, is_root=True)
    calculate_root_layout(node, width, height)
    return node


def calculate_root_layout(node: WorkNode, owner_width: float, owner_height: float) -> None:
    """The root's own size: its definite size, else its max size (fit-content), else the owner's."""
    sizes = []
    for dim, owner in ((WIDTH, owner_width), (HEIGHT, owner_height)):
        axis = ROW if dim == WIDTH else COLUMN
        max_size = node.resolved_max(dim, owner, owner_width)
        if node.has_definite_length(dim, owner):
            size = f32(node.resolved_dimension(dim, owner, owner_width) + node.margin_for_axis(axis, owner_width))
            mode = EXACTLY
        elif max_size == max_size:
            size, mode = max_size, AT_MOST
        else:
            size = owner
            mode = UNDEFINED if size != size else EXACTLY
        sizes.append((size, mode))
    (width, width_mode), (height, height_mode) = sizes
    token = PASSES_LEFT.set([MAX_LAYOUT_PASSES])
    try:
        layout_node(node, width, height, width_mode, height_mode, owner_width, owner_height, True)
    finally:
        PASSES_LEFT.reset(token)
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
    check_deadline()  # the render's timeout (pureog/limits.py)
    passes_left = PASSES_LEFT.get()
    passes_left[0] -= 1
    if passes_left[0] < 0:
        raise out_of_passes()
    need_visit = not node.visited
    if need_visit:
        node.cached_layout = None
        node.cached_measurements = []
    cached: _CacheEntry | None = None
    if node.measure is not None:
        margin_row, margin_column = node.margins_for_axes(ROW, COLUMN, owner_width)
        last = node.cached_layout  # first the layout cache, then the measurements (as Yoga)
        if last is not None and can_use_cached_measurement(
            width_mode, available_width, height_mode, available_height, last, margin_row, margin_column
        ):
            cached = last
        else:
            for entry in node.cached_measurements:
                if can_use_cached_measurement(
                    width_mode, available_width, height_mode, available_height, entry, margin_row, margin_column
                ):
                    cached = entry
                    break
    elif perform_layout:
        last = node.cached_layout
        # (an equal size is inexactly equal too: the call is only needed for the others)
        if (
            last is not None
            and last[2] == width_mode
            and last[3] == height_mode
            and (last[0] == available_width or inexact_equals(last[0], available_width))
            and (last[1] == available_height or inexact_equals(last[1], available_height))
        ):
            cached = last
    else:
        for entry in node.cached_measurements:
            if (
                entry[2] == width_mode
                and entry[3] == height_mode
                and (entry[0] == available_width or inexact_equals(entry[0], available_width))
                and (entry[1] == available_height or inexact_equals(entry[1], available_height))
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
    if last_width_mode == width_mode and last_height_mode == height_mode and last_width == width \
            and last_height == height:
        return True  # the same request (both axes' first test)
    return _size_compatible(
        width_mode, width, last_width_mode, last_width, computed_width, margin_row
    ) and _size_compatible(height_mode, height, last_height_mode, last_height, computed_height, margin_column)


def _size_compatible(mode: int, size: float, last_mode: int, last_size: float, computed: float, margin: float) -> bool:
    """One axis of ``canUseCachedMeasurement`` (sizes compared after pixel snapping)."""
    if last_mode == mode:
        # The same size snaps to the same value, which inexact_equals accepts (NaN too): only a
        # different size needs the snapping (most cache checks repeat the size exactly).
        if last_size == size:
            return True
        snap = round_value_to_pixel_grid
        if inexact_equals(snap(last_size, False, False), snap(size, False, False)):
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
    fixed = node.margin_px  # resolved once when there are no percentages (see WorkNode)
    node.layout_margin = fixed if fixed is not None else tuple([node.margin(e, owner_width) for e in range(4)])
    node.layout_border = node.border_style
    fixed = node.padding_px
    node.layout_padding = fixed if fixed is not None else tuple([node.padding(e, owner_width) for e in range(4)])
    fixed = node.margin_axis_px
    if fixed is not None and fixed[0] == 0.0 and fixed[2] == 0.0:  # _outer_sizes_f32's first case, in place
        outer_width, outer_height = available_width, available_height
    else:
        outer_width, outer_height = _outer_sizes_f32(node, available_width, available_height)

    if node.measure is not None:
        measure_leaf(node, outer_width, outer_height, width_mode, height_mode, owner_width, owner_height)
        return
    if node.style.display is _DISPLAY_GRID:
        # A grid container (Chromium's grid, pureog.layout.grid); its items come back through layout_node.
        if perform_layout or not measure_fixed_size(
            node, outer_width, outer_height, width_mode, height_mode, owner_width, owner_height
        ):
            from pureog.layout.grid import layout_grid  # noqa: PLC0415  (loads on a card's first grid)

            layout_grid(
                node, outer_width, outer_height, width_mode, height_mode, owner_width, owner_height,
                perform_layout, layout_node,
            )
        return
    if not node.tree_children:
        # Yoga counts `display: contents` children here as Satori inserts them (before their display
        # is set, so its contents count stays 0): a box holding only empty contents boxes is no leaf
        measure_empty_box(node, outer_width, outer_height, width_mode, height_mode, owner_width, owner_height)
        return
    if not perform_layout and measure_fixed_size(
        node, outer_width, outer_height, width_mode, height_mode, owner_width, owner_height
    ):
        return

    # §9.1 step 1 (initial setup): axes and the container's own padding and border.
    # (the helpers' fixed answers read in place: this runs once per container and pass)
    main_axis = node.main_axis
    main_is_row = main_axis < 2
    cross_axis = COLUMN if main_is_row else ROW
    is_wrap = node.style.flex_wrap is not _FLEXWRAP_NOWRAP
    main_owner_size = owner_width if main_is_row else owner_height
    cross_owner_size = owner_height if main_is_row else owner_width
    pb_main, pb_cross = node.padding_and_border_for_axes(main_axis, cross_axis, owner_width)
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
        node, inner_width, inner_height, width_mode, height_mode, main_axis, perform_layout, layout_node
    )
    # Yoga's getLayoutChildCount(): with its contents count at 0, as Satori leaves it (it inserts a child
    # before setting its display), that is the number of direct children, a `display: contents` box
    # counting as one however many items it holds: a wrapping row's items through one contents box
    # get no gap here, do not overflow, and the row keeps its longest line (a5-0115: 120 px, not 210).
    yoga_child_count = len(node.tree_children)
    if yoga_child_count > 1:
        gap = node.gap_for_axis(main_axis, inner_main)
        if gap != 0.0:  # (0 * n is 0, and a float32 total plus 0 is itself)
            total_main = f32(total_main + f32(gap * (yoga_child_count - 1)))
    main_overflows = main_mode != UNDEFINED and total_main > inner_main
    if is_wrap and main_overflows and main_mode == AT_MOST:
        main_mode = EXACTLY
    ctx = FlexContext(
        node,
        main_axis,
        cross_axis,
        main_is_row,
        is_wrap,
        is_baseline_layout(node),
        owner_width,
        owner_height,
        main_owner_size,
        cross_owner_size,
        inner_width,
        inner_height,
        inner_cross,
        main_mode,
        cross_mode,
        main_overflows,
        pb_cross,
        leading_pb_cross,
        perform_layout,
        layout_node,
    )

    # §9.3 step 5 onwards, one flex line at a time.
    start = 0
    line_count = 0
    total_lines_cross = 0.0
    cross_gap = node.gap_for_axis(cross_axis, inner_cross)
    max_line_main = 0.0
    child_count = len(node.children)
    while start < child_count:
        line, start = collect_flex_line(ctx, inner_main, start, line_count)
        can_skip_flex = not perform_layout and cross_mode == EXACTLY

        # §9.7: resolve the flexible lengths; first decide the free space when sized by content.
        size_based_on_content = False
        if main_mode != EXACTLY:
            style_min = node.resolved_min(DIMENSION[main_axis], main_owner_size, owner_width)
            style_max = node.resolved_max(DIMENSION[main_axis], main_owner_size, owner_width)
            pb = pb_row if main_is_row else pb_column
            # (NaN, no min or max, stays NaN: no rounding needed)
            min_inner_main = f32(style_min - pb) if style_min == style_min else style_min
            max_inner_main = f32(style_max - pb) if style_max == style_max else style_max
            if min_inner_main == min_inner_main and line.size_consumed < min_inner_main:
                inner_main = min_inner_main
            elif max_inner_main == max_inner_main and line.size_consumed > max_inner_main:
                inner_main = max_inner_main
            else:
                if line.total_grow == 0 or node.grow == 0:
                    # Nothing can grow into extra space: the content size is all the space needed.
                    inner_main = line.size_consumed
                size_based_on_content = True
        if not size_based_on_content and inner_main == inner_main:
            line.remaining_free_space = f32(f32(inner_main) - line.size_consumed)
        elif line.size_consumed < 0:
            line.remaining_free_space = -line.size_consumed

        if not can_skip_flex:
            resolve_flexible_lengths(ctx, line, inner_main)

        # §9.5 step 12: main-axis alignment; also the line's cross size (§9.4 step 8).
        justify_main_axis(ctx, line, inner_main)

        container_cross = inner_cross
        if cross_mode in (UNDEFINED, AT_MOST):
            container_cross = f32(
                node.bound_axis(cross_axis, f32(line.cross_dim + pb_cross), cross_owner_size, owner_width) - pb_cross
            )
        if not is_wrap and cross_mode == EXACTLY:
            line.cross_dim = inner_cross
        if not is_wrap:
            # §9.4 step 15: a single line's cross size is clamped by the container's min/max.
            line.cross_dim = f32(
                node.bound_axis(cross_axis, f32(line.cross_dim + pb_cross), cross_owner_size, owner_width) - pb_cross
            )

        if perform_layout:
            align_items_in_line(ctx, line, inner_main, container_cross, total_lines_cross)

        total_lines_cross = f32(total_lines_cross + f32(line.cross_dim + (cross_gap if line_count != 0 else 0.0)))
        max_line_main = max_or_defined(max_line_main, line.main_dim)
        line_count += 1

    if perform_layout and (is_wrap or ctx.baseline_layout):
        align_flex_lines(ctx, line_count, total_lines_cross, cross_gap)

    determine_container_size(ctx, outer_width, outer_height, max_line_main, total_lines_cross)

    if perform_layout:
        if node.style.flex_wrap is _FLEXWRAP_WRAP_REVERSE:
            reverse_wrapped_lines(node, cross_axis)
        set_trailing_positions(node, main_axis, cross_axis)
        # Absolute children are placed by their containing block (§4.1): this box unless static.
        if node.style.position is not _POSITION_STATIC or node.is_root:
            layout_absolute_descendants(
                node,
                node,
                main_mode if main_is_row else cross_mode,
                0.0,
                0.0,
                layout_node,
            )


# --- leaves ----------------------------------------------------------------------------------------


def _outer_sizes_f32(node: WorkNode, available_width: float, available_height: float) -> tuple[float, float]:
    """``available - margins`` for a box with percentage or fractional margins, in float32 as Yoga does.

    A percentage margin is rarely a whole float32 (0.3% of 400 is 1.2000000477), so the size Yoga
    hands the box (its flex size plus those margins, stored as float) minus the margins again lands a
    float32 step away from the flex size: 30.0000019 instead of 30. Min/max clamping and the
    measurement cache compare that value, so it decides e.g. whether a max-width below the min-width
    wins (boundAxis checks the max first). Fractional px margins (-0.3px) do the same.

    The sizes handed in are float32 already (every caller computes them as Yoga does), so a box
    without margins (most of them: this runs once per layout pass) keeps them as they are."""
    fixed = node.margin_axis_px  # the float32 sums, when no margin is a percentage
    if fixed is not None:
        margin_row, margin_column = fixed[0], fixed[2]
        if margin_row == 0.0 and margin_column == 0.0:
            return available_width, available_height
    else:
        left, top, right, bottom = node.layout_margin
        margin_row = f32(left + right)
        margin_column = f32(top + bottom)
    return f32(f32(available_width) - margin_row), f32(f32(available_height) - margin_column)


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
    fixed = node.pb_sums
    if fixed is not None:
        pb_row, pb_column = fixed
    else:
        pb_row = _pb_sum(node, 0, 2)
        pb_column = _pb_sum(node, 1, 3)
    if width_mode == EXACTLY and height_mode == EXACTLY:
        node.measured = [
            node.bound_axis(ROW, width, owner_width, owner_width),
            node.bound_axis(COLUMN, height, owner_height, owner_width),
        ]
        return
    inner_width = width if width != width else max_or_defined(0.0, f32(width - pb_row))
    inner_height = height if height != height else max_or_defined(0.0, f32(height - pb_column))
    assert node.measure is not None
    measured_width, measured_height = node.measure(
        inner_width, _MEASURE_MODES[width_mode], inner_height, _MEASURE_MODES[height_mode]
    )
    # The callback's answer is a YGSize of floats: a text 42.3333 px wide is 42.33330154 to Yoga.
    measured_width = f32(measured_width)
    measured_height = f32(measured_height)
    content_width = f32(measured_width + pb_row) if width_mode != EXACTLY else width
    content_height = f32(measured_height + pb_column) if height_mode != EXACTLY else height
    node.measured = [
        node.bound_axis(ROW, content_width, owner_width, owner_width),
        node.bound_axis(COLUMN, content_height, owner_height, owner_width),
    ]


def _pb_sum(node: WorkNode, start: int, end: int) -> float:
    """padding start + padding end + border start + border end of the layout record, as Yoga's float sum."""
    padding = node.layout_padding
    border = node.layout_border
    return f32(f32(f32(padding[start] + padding[end]) + border[start]) + border[end])


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
    fixed = node.pb_sums
    if width_mode != EXACTLY:
        width = fixed[0] if fixed is not None else _pb_sum(node, 0, 2)
    if height_mode != EXACTLY:
        height = fixed[1] if fixed is not None else _pb_sum(node, 1, 3)
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




__all__ = ["EXACTLY", "AT_MOST", "UNDEFINED", "compute", "layout_node"]
