"""CSS Flexbox §9.4-§9.6: line cross sizes, main-axis and cross-axis alignment, the container size.

Input: flex lines whose items have their main sizes (:mod:`pureog.layout.resolve`). Output: item
positions (justify-content, auto margins, align-items/-self, align-content, baselines), stretched
items re-laid out through ``layout_fn``, the container's used size, and the mirroring for reverse
axes and wrap-reverse. Yoga's order is kept: a line's cross size comes from the main-axis pass, and
wrapping or baseline containers are re-aligned per line afterwards (``align_flex_lines``). The
container's constants come in one :class:`~pureog.layout.flex_lines.FlexContext`. Imports only
:mod:`pureog.layout.tree`, :mod:`pureog.layout.flex_lines` and :mod:`pureog.style.values`.
"""

from __future__ import annotations

from pureog.f32 import f32_memo as f32  # layout's values repeat (pureog/f32.py)
from pureog.layout.flex_lines import FlexContext, FlexLine, constrain_max_size
from pureog.layout.tree import (
    AT_MOST,
    COLUMN,
    DIMENSION,
    EXACTLY,
    FLEX_END_EDGE,
    FLEX_START_EDGE,
    HEIGHT,
    ROW,
    TOP,
    UNDEFINED,
    WIDTH,
    WorkNode,
    divide,
    inexact_equals,
    max_or_defined,
    resolve_child_alignment,
)
from pureog.style.values import Align, Display, Justify, Position

# Enum members bound once: reading one through its class costs ~100 ns in CPython 3.11 (the
# enum metaclass), a module global ~10 ns, and the loops below test them per item and pass.
_ALIGN_BASELINE = Align.BASELINE
_ALIGN_CENTER = Align.CENTER
_ALIGN_FLEX_END = Align.FLEX_END
_ALIGN_FLEX_START = Align.FLEX_START
_ALIGN_SPACE_AROUND = Align.SPACE_AROUND
_ALIGN_SPACE_BETWEEN = Align.SPACE_BETWEEN
_ALIGN_SPACE_EVENLY = Align.SPACE_EVENLY
_ALIGN_STRETCH = Align.STRETCH
_DISPLAY_NONE = Display.NONE
_JUSTIFY_CENTER = Justify.CENTER
_JUSTIFY_FLEX_END = Justify.FLEX_END
_JUSTIFY_FLEX_START = Justify.FLEX_START
_JUSTIFY_SPACE_AROUND = Justify.SPACE_AROUND
_JUSTIFY_SPACE_BETWEEN = Justify.SPACE_BETWEEN
_JUSTIFY_SPACE_EVENLY = Justify.SPACE_EVENLY
_POSITION_ABSOLUTE = Position.ABSOLUTE

# --- §9.5 / §9.4 -----------------------------------------------------------------------------------


def justify_main_axis(ctx: FlexContext, line: FlexLine, inner_main: float) -> None:
    """§9.5 step 12 (justify-content, auto margins) and §9.4 step 8 (the line's cross size)."""
    node = ctx.node
    main_axis = ctx.main_axis
    cross_axis = ctx.cross_axis
    owner_width = ctx.owner_width
    inner_width = ctx.inner_width
    perform_layout = ctx.perform_layout
    cross_mode = ctx.cross_mode
    style = node.style
    fixed = node.pab_px  # (padding_and_border's fixed answers read in place: once per line and pass)
    if fixed is not None:
        leading_pb_main, trailing_pb_main = fixed[FLEX_START_EDGE[main_axis]], fixed[FLEX_END_EDGE[main_axis]]
    else:
        leading_pb_main = node.padding_and_border(FLEX_START_EDGE[main_axis], owner_width)
        trailing_pb_main = node.padding_and_border(FLEX_END_EDGE[main_axis], owner_width)
    gap = node.gap_for_axis(main_axis, inner_main)
    if ctx.main_mode == AT_MOST and line.remaining_free_space > 0:
        min_main = node.resolved_min(DIMENSION[main_axis], ctx.main_owner_size, owner_width)
        if min_main == min_main:
            min_available = f32(f32(min_main - leading_pb_main) - trailing_pb_main)
            occupied = f32(inner_main - line.remaining_free_space)
            line.remaining_free_space = max_or_defined(0.0, f32(min_available - occupied))
        else:
            line.remaining_free_space = 0.0

    free = line.remaining_free_space
    justify = style.justify_content
    # Yoga: `remainingFreeSpace >= 0 ? justify : fallback`, so a NaN free space falls back too
    if not free >= 0 and justify in (_JUSTIFY_SPACE_BETWEEN, _JUSTIFY_SPACE_AROUND, _JUSTIFY_SPACE_EVENLY):
        justify = _JUSTIFY_FLEX_START
    leading = 0.0
    between = gap
    count = len(line.items)
    if line.auto_margins == 0:
        if justify is _JUSTIFY_CENTER:
            leading = f32(free / 2)
        elif justify is _JUSTIFY_FLEX_END:
            leading = free
        elif justify is _JUSTIFY_SPACE_BETWEEN:
            if count > 1:
                between = f32(between + f32(free / (count - 1)))
        elif justify is _JUSTIFY_SPACE_EVENLY:
            leading = f32(divide(free, count + 1))
            between = f32(between + leading)
        elif justify is _JUSTIFY_SPACE_AROUND:
            leading = f32(divide(f32(0.5 * free), count))
            between = f32(between + f32(leading * 2))

    # Every sum below is a float32 store in Yoga (flexLine.layout.mainDim / crossDim, positions).
    line.main_dim = f32(leading_pb_main + leading)
    line.cross_dim = 0.0
    max_ascent = 0.0
    max_descent = 0.0
    baseline_layout = ctx.baseline_layout
    start_edge = FLEX_START_EDGE[main_axis]
    end_edge = FLEX_END_EDGE[main_axis]
    main_dim = DIMENSION[main_axis]
    cross_dim = DIMENSION[cross_axis]
    last = line.items[-1] if line.items else None
    for child in line.items:
        auto_margin = child.auto_margin  # (most items have none: one attribute, not two calls)
        if auto_margin and child.margin_is_auto(start_edge) and free > 0.0:
            line.main_dim = f32(line.main_dim + f32(free / line.auto_margins))
        if perform_layout:
            child.position[start_edge] = f32(child.position[start_edge] + line.main_dim)
        if child is not last:
            line.main_dim = f32(line.main_dim + between)
        if auto_margin and child.margin_is_auto(end_edge) and free > 0.0:
            line.main_dim = f32(line.main_dim + f32(free / line.auto_margins))
        if not perform_layout and cross_mode == EXACTLY:
            # Measuring with a known cross size: the items were not laid out, use their bases. The
            # sum is float32, as Yoga's mainDim: it becomes the measured size of a container sized by
            # its content, and one float64 sum can land a float32 step off Yoga's running sum
            # (33.333 + 240 + 239.4 is 512.73303 in Yoga, 512.73297 rounded once), so a wrapping row
            # laid out from it breaks its text where Satori's does not.
            line.main_dim = f32(
                line.main_dim + f32(child.margin_for_axis(main_axis, inner_width) + child.computed_flex_basis)
            )
            line.cross_dim = ctx.inner_cross
        else:
            # dimension_with_margin, written out for both axes (once per item and pass)
            margin_main, margin_cross = child.margins_for_axes(main_axis, cross_axis, inner_width)
            measured = child.measured
            line.main_dim = f32(line.main_dim + f32(measured[main_dim] + margin_main))
            if baseline_layout:
                ascent = f32(calculate_baseline(child) + child.margin(TOP, inner_width))
                descent = f32(f32(child.measured[HEIGHT] + child.margin_for_axis(COLUMN, inner_width)) - ascent)
                max_ascent = max_or_defined(max_ascent, ascent)
                max_descent = max_or_defined(max_descent, descent)
            else:
                line.cross_dim = max_or_defined(line.cross_dim, f32(measured[cross_dim] + margin_cross))
    line.main_dim = f32(line.main_dim + trailing_pb_main)
    if baseline_layout:
        line.cross_dim = f32(max_ascent + max_descent)


# --- §9.6 ------------------------------------------------------------------------------------------


def align_items_in_line(
    ctx: FlexContext, line: FlexLine, inner_main: float, container_cross: float, total_lines_cross: float
) -> None:
    """§9.6 step 14 (align-self, auto cross margins) and §9.4 step 11 (stretched items re-laid out)."""
    node = ctx.node
    main_axis = ctx.main_axis
    cross_axis = ctx.cross_axis
    main_is_row = ctx.main_is_row
    inner_cross = ctx.inner_cross
    inner_width = ctx.inner_width
    inner_height = ctx.inner_height
    leading_pb_cross = ctx.leading_pb_cross
    layout_fn = ctx.layout_fn
    cross_start = FLEX_START_EDGE[cross_axis]
    cross_end = FLEX_END_EDGE[cross_axis]
    for child in line.items:
        leading = leading_pb_cross
        align = resolve_child_alignment(node, child)
        auto_margin = child.auto_margin
        start_auto = auto_margin and child.margin_is_auto(cross_start)
        end_auto = auto_margin and child.margin_is_auto(cross_end)
        if align is _ALIGN_STRETCH and not start_auto and not end_auto:
            if not child.has_definite_length(DIMENSION[cross_axis], inner_cross):
                child_main = child.measured[DIMENSION[main_axis]]
                ratio = child.style.aspect_ratio
                ratio_css = child.style.aspect_ratio_css  # CSS stretches it to the line: Yoga keeps the ratio
                if ratio and not ratio_css:
                    ratio = f32(ratio)
                    child_cross = f32(child.margin_for_axis(cross_axis, inner_width) + (
                        f32(child_main / ratio) if main_is_row else f32(child_main * ratio)
                    ))
                else:
                    child_cross = line.cross_dim
                child_main = f32(child_main + child.margin_for_axis(main_axis, inner_width))
                if not child.no_max:  # (the modes are not read: only the sizes can change)
                    _, child_main = constrain_max_size(child, main_axis, inner_main, inner_width, EXACTLY, child_main)
                    _, child_cross = constrain_max_size(
                        child, cross_axis, inner_cross, inner_width, EXACTLY, child_cross
                    )
                cross_does_not_grow = (node.style.align_content is not _ALIGN_STRETCH and ctx.is_wrap
                                       and not ratio_css)
                w = child_main if main_is_row else child_cross
                h = child_cross if main_is_row else child_main
                w_mode = UNDEFINED if w != w or (not main_is_row and cross_does_not_grow) else EXACTLY
                h_mode = UNDEFINED if h != h or (main_is_row and cross_does_not_grow) else EXACTLY
                layout_fn(child, w, h, w_mode, h_mode, inner_width, inner_height, True)
        else:
            remaining = f32(container_cross - child.dimension_with_margin(cross_axis, inner_width))
            if start_auto and end_auto:
                leading = f32(leading + max_or_defined(0.0, f32(remaining / 2)))
            elif end_auto:
                pass
            elif start_auto:
                leading = f32(leading + max_or_defined(0.0, remaining))
            elif align is _ALIGN_FLEX_START:
                pass
            elif align is _ALIGN_CENTER:
                leading = f32(leading + f32(remaining / 2))
            else:
                leading = f32(leading + remaining)
        child.position[cross_start] = f32(f32(child.position[cross_start] + total_lines_cross) + leading)


def align_flex_lines(ctx: FlexContext, line_count: int, total_lines_cross: float, cross_gap: float) -> None:
    """§9.6 step 15 (align-content) and step 16 re-done per line, as Yoga does for wrapping and
    baseline containers: items are re-positioned within their line, stretched items re-laid out."""
    node = ctx.node
    main_axis = ctx.main_axis
    cross_axis = ctx.cross_axis
    main_is_row = ctx.main_is_row
    inner_cross = ctx.inner_cross
    inner_width = ctx.inner_width
    inner_height = ctx.inner_height
    pb_cross = ctx.pb_cross
    cross_owner_size = ctx.cross_owner_size
    owner_width = ctx.owner_width
    layout_fn = ctx.layout_fn
    cross_dim = DIMENSION[cross_axis]
    cross_start = FLEX_START_EDGE[cross_axis]
    lead_per_line = 0.0
    current_lead = ctx.leading_pb_cross
    extra_per_line = 0.0
    if ctx.cross_mode == EXACTLY:
        unclamped = f32(inner_cross + pb_cross)
    elif node.has_definite_length(cross_dim, cross_owner_size):
        unclamped = node.resolved_dimension(cross_dim, cross_owner_size, owner_width)
    else:
        unclamped = f32(total_lines_cross + pb_cross)
    # Yoga passes the owner's height here whatever the axis; kept for fidelity.
    inner = f32(node.bound_axis(cross_axis, unclamped, ctx.owner_height, owner_width) - pb_cross)
    remaining = f32(inner - total_lines_cross)
    align = node.style.align_content
    if not remaining >= 0 and align in (_ALIGN_SPACE_BETWEEN, _ALIGN_STRETCH, _ALIGN_SPACE_AROUND, _ALIGN_SPACE_EVENLY):
        align = _ALIGN_FLEX_START
    if align is _ALIGN_FLEX_END:
        current_lead = f32(current_lead + remaining)
    elif align is _ALIGN_CENTER:
        current_lead = f32(current_lead + f32(remaining / 2))
    elif align is _ALIGN_STRETCH:
        extra_per_line = f32(remaining / line_count)
    elif align is _ALIGN_SPACE_AROUND:
        current_lead = f32(current_lead + f32(remaining / (2 * line_count)))
        lead_per_line = f32(remaining / line_count)
    elif align is _ALIGN_SPACE_EVENLY:
        current_lead = f32(current_lead + f32(remaining / (line_count + 1)))
        lead_per_line = f32(remaining / (line_count + 1))
    elif align is _ALIGN_SPACE_BETWEEN and line_count > 1:
        lead_per_line = f32(remaining / (line_count - 1))

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
            if child.style.display is _DISPLAY_NONE:
                index += 1
                continue
            if child.style.position is not _POSITION_ABSOLUTE:
                if child.line_index != line_index:
                    break
                if child.is_layout_dimension_defined(cross_axis):
                    line_height = max_or_defined(
                        line_height, f32(child.measured[cross_dim] + child.margin_for_axis(cross_axis, inner_width))
                    )
                if resolve_child_alignment(node, child) is _ALIGN_BASELINE:
                    ascent = f32(calculate_baseline(child) + child.margin(TOP, inner_width))
                    descent = f32(f32(child.measured[HEIGHT] + child.margin_for_axis(COLUMN, inner_width)) - ascent)
                    max_ascent = max_or_defined(max_ascent, ascent)
                    max_descent = max_or_defined(max_descent, descent)
                    line_height = max_or_defined(line_height, f32(max_ascent + max_descent))
            index += 1
        end = index
        if line_index != 0:
            current_lead = f32(current_lead + cross_gap)
        line_height = f32(line_height + extra_per_line)

        for child in children[begin:end]:
            if child.style.display is _DISPLAY_NONE or child.style.position is _POSITION_ABSOLUTE:
                continue
            align_self = resolve_child_alignment(node, child)
            if align_self is _ALIGN_FLEX_START:
                # Yoga adds the cross-start *inset* here (not the margin).
                child.position[cross_start] = f32(current_lead + child.inset(cross_start, inner_width))
            elif align_self is _ALIGN_FLEX_END:
                child.position[cross_start] = f32(f32(f32(
                    current_lead + line_height)
                    - child.margin(FLEX_END_EDGE[cross_axis], inner_width))
                    - child.measured[cross_dim]
                )
            elif align_self is _ALIGN_CENTER:
                child.position[cross_start] = f32(
                    current_lead + f32(f32(line_height - child.measured[cross_dim]) / 2)
                )
            elif align_self is _ALIGN_STRETCH:
                child.position[cross_start] = f32(current_lead + child.margin(cross_start, inner_width))
                if not child.has_definite_length(cross_dim, inner_cross):
                    if main_is_row:
                        w = f32(child.measured[WIDTH] + child.margin_for_axis(main_axis, inner_width))
                        h = f32(lead_per_line + line_height)
                    else:
                        w = f32(lead_per_line + line_height)
                        h = f32(child.measured[HEIGHT] + child.margin_for_axis(cross_axis, inner_width))
                    if not (inexact_equals(w, child.measured[WIDTH]) and inexact_equals(h, child.measured[HEIGHT])):
                        layout_fn(child, w, h, EXACTLY, EXACTLY, inner_width, inner_height, True)
            elif align_self is _ALIGN_BASELINE:
                child.position[TOP] = f32(f32(
                    f32(current_lead + max_ascent) - calculate_baseline(child)) + child.inset(TOP, inner_cross)
                )
        current_lead = f32(f32(current_lead + lead_per_line) + line_height)


def is_baseline_layout(node: WorkNode) -> bool:
    """A row container whose items (or some item) align on their baselines."""
    if node.main_axis >= 2:
        return False
    if node.style.align_items is _ALIGN_BASELINE:
        return True
    for child in node.children:  # (a loop, not any() over a generator: once per row container and pass)
        style = child.style
        if style.align_self is _ALIGN_BASELINE and style.position is not _POSITION_ABSOLUTE:
            return True
    return False


def calculate_baseline(node: WorkNode) -> float:
    """The first baseline of a box: that of its first (or first baseline-aligned) item on line 0;
    a box without items has its baseline at its bottom edge (Satori sets no baseline callbacks)."""
    baseline_child = None
    for child in node.children:
        if child.line_index > 0:
            break
        if child.style.position is _POSITION_ABSOLUTE:
            continue
        if resolve_child_alignment(node, child) is _ALIGN_BASELINE:
            baseline_child = child
            break
        if baseline_child is None:
            baseline_child = child
    if baseline_child is None:
        return node.measured[HEIGHT]
    return f32(calculate_baseline(baseline_child) + baseline_child.position[TOP])


# --- §9.4 step 9 / final size and positions ---------------------------------------------------------


def determine_container_size(
    ctx: FlexContext, outer_width: float, outer_height: float, max_line_main: float, total_lines_cross: float
) -> None:
    """The container's used size: the available size, or its content's when sized by content."""
    node = ctx.node
    owner_width = ctx.owner_width
    measured = [
        node.bound_axis(ROW, outer_width, owner_width, owner_width),
        node.bound_axis(COLUMN, outer_height, ctx.owner_height, owner_width),
    ]
    # overflow: scroll does not exist in Satori, so at-most behaves like max-content here.
    if ctx.main_mode != EXACTLY:
        main_axis = ctx.main_axis
        measured[DIMENSION[main_axis]] = node.bound_axis(main_axis, max_line_main, ctx.main_owner_size, owner_width)
    if ctx.cross_mode != EXACTLY:
        cross_axis = ctx.cross_axis
        measured[DIMENSION[cross_axis]] = node.bound_axis(
            cross_axis, f32(total_lines_cross + ctx.pb_cross), ctx.cross_owner_size, owner_width
        )
    node.measured = measured


def reverse_wrapped_lines(node: WorkNode, cross_axis: int) -> None:
    """wrap-reverse: lines were stacked forwards; mirror them across the cross axis."""
    cross_start = FLEX_START_EDGE[cross_axis]
    cross_dim = DIMENSION[cross_axis]
    size = node.measured[cross_dim]
    for child in node.children:
        if child.style.position is not _POSITION_ABSOLUTE:
            child.position[cross_start] = f32(f32(size - child.position[cross_start]) - child.measured[cross_dim])


def set_trailing_positions(node: WorkNode, main_axis: int, cross_axis: int) -> None:
    """Reverse axes were laid out from their end edge; derive the left/top positions from it."""
    needs_main = main_axis in (1, 3)
    needs_cross = cross_axis in (1, 3)
    if not (needs_main or needs_cross):
        return
    for child in node.children:
        if child.style.display is _DISPLAY_NONE or child.style.position is _POSITION_ABSOLUTE:
            continue
        for axis, needed in ((main_axis, needs_main), (cross_axis, needs_cross)):
            if needed:
                dim = DIMENSION[axis]
                child.position[FLEX_END_EDGE[axis]] = f32(
                    f32(node.measured[dim] - child.measured[dim]) - child.position[FLEX_START_EDGE[axis]]
                )
