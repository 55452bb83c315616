"""CSS Flexbox §9.2-§9.3: available space, flex base sizes, and collecting items into flex lines.

Input: a container :class:`~pureog.layout.tree.WorkNode` whose own size is being determined, the
space available to it and a ``layout_fn`` (:func:`pureog.layout.flex.layout_node`, passed in so this
module does not import the driver) to measure items whose base size depends on their content.
Output: each item's ``computed_flex_basis`` and :class:`FlexLine` objects with their running totals.
Also here: :class:`FlexContext`, the constants of one container's layout that the §9 step functions
(here, :mod:`~pureog.layout.resolve` and :mod:`~pureog.layout.align`) share instead of long argument lists.

Yoga's rules kept here: an explicit flex-basis is computed once per layout run and kept; a lone
item that can both grow and shrink in an exact container gets basis 0; the sums of flex factors are
float32 (see :func:`pureog.layout.tree.f32`). Imports only :mod:`pureog.layout.tree` and
:mod:`pureog.style.values`.
"""

from __future__ import annotations

from typing import Final

from pureog.f32 import f32_memo as f32  # layout's values repeat (pureog/f32.py)
from pureog.layout.tree import (
    AT_MOST,
    COLUMN,
    DIMENSION,
    EXACTLY,
    FLEX_END_EDGE,
    FLEX_START_EDGE,
    FLT_MAX,
    HEIGHT,
    NAN,
    ROW,
    UNDEFINED,
    WIDTH,
    LayoutFn,
    WorkNode,
    is_row,
    max_or_defined,
    min_or_defined,
    zero_out_layout,
)
from pureog.records import mutable_record
from pureog.style.values import AUTO, Align, Display, Position

# Enum members bound once: reading one through its class costs ~100 ns in CPython 3.11 (the
# enum metaclass), a module global ~10 ns, and the loops below test them per item and pass.
_ALIGN_AUTO = Align.AUTO
_ALIGN_STRETCH = Align.STRETCH
_DISPLAY_NONE = Display.NONE
_POSITION_ABSOLUTE = Position.ABSOLUTE

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
    inner = f32(available - padding_and_border)
    if inner == inner:
        if node.unbounded:  # no min or max (NaN): the clamps below, without their five calls
            inner = inner if inner < FLT_MAX else FLT_MAX
            return inner if inner > 0.0 else 0.0
        min_size = node.resolved_min(dim, owner_size, owner_width)
        max_size = node.resolved_max(dim, owner_size, owner_width)
        min_inner = 0.0 if min_size != min_size else f32(min_size - padding_and_border)
        max_inner = FLT_MAX if max_size != max_size else f32(max_size - padding_and_border)
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
    layout_fn: LayoutFn,
) -> float:
    """§9.2 step 3 for every item; returns the sum of outer flex bases (Yoga: computeFlexBasisForChildren)."""
    total = 0.0
    single_flex_child = None
    main_mode = width_mode if is_row(main_axis) else height_mode
    if main_mode == EXACTLY:
        # A lone item that can both grow and shrink will be sized by the free space anyway: basis 0.
        for child in node.children:
            if child.flexible:
                if single_flex_child is not None or child.grow == 0 or child.shrink == 0:
                    single_flex_child = None
                    break
                single_flex_child = child
    for child in node.children:
        if child.style.display is _DISPLAY_NONE:
            zero_out_layout(child)
            child.visited = True
            continue
        if perform_layout:
            child.set_initial_position(inner_width, inner_height)
        if child.style.position is _POSITION_ABSOLUTE:
            continue
        if child is single_flex_child:
            child.computed_flex_basis = 0.0
        else:
            determine_flex_base_size(node, child, inner_width, width_mode, inner_height, height_mode, layout_fn)
        fixed = child.margin_axis_px  # (margin_for_axis without the call: once per item and pass)
        margin = fixed[main_axis] if fixed is not None else child.margin_for_axis(main_axis, inner_width)
        total = f32(total + f32(child.computed_flex_basis + margin))
    return total


def determine_flex_base_size(
    node: WorkNode,
    child: WorkNode,
    width: float,
    width_mode: int,
    height: float,
    height_mode: int,
    layout_fn: LayoutFn,
) -> None:
    """§9.2 step 3 for one item: its flex-basis, else its definite size, else its measured size."""
    main_axis = node.main_axis
    main_is_row = main_axis < 2
    main_size = width if main_is_row else height
    owner_width, owner_height = width, height
    main_owner_size = owner_width if main_is_row else owner_height
    fixed_basis = child.flex_basis_px
    if fixed_basis is not None:
        basis = fixed_basis[main_axis >= 2]
    else:
        basis = child.resolved_flex_basis(main_axis, main_owner_size, owner_width)
    definite = child.definite  # (has_definite_length's fixed answers, read in place: once per item and pass)
    if definite is not None:
        row_definite, column_definite = definite
    else:
        row_definite = child.has_definite_length(WIDTH, owner_width)
        column_definite = child.has_definite_length(HEIGHT, owner_height)

    if basis == basis and main_size == main_size:
        if child.computed_flex_basis != child.computed_flex_basis:
            # Yoga computes an explicit basis once per layout run and keeps it (even if the owner's
            # size differs on a later pass).
            store_flex_basis(child, max_or_defined(basis, child.padding_and_border_for_axis(main_axis, owner_width)))
        return
    if main_is_row and row_definite:
        store_flex_basis(child, max_or_defined(
            child.resolved_dimension(WIDTH, owner_width, owner_width),
            child.padding_and_border_for_axis(ROW, owner_width),
        ))
        return
    if not main_is_row and column_definite:
        store_flex_basis(child, max_or_defined(
            child.resolved_dimension(HEIGHT, owner_height, owner_width),
            child.padding_and_border_for_axis(COLUMN, owner_width),
        ))
        return

    child_width = NAN
    child_height = NAN
    child_width_mode = UNDEFINED
    child_height_mode = UNDEFINED
    margin_row, margin_column = child.margins_for_axes(ROW, COLUMN, owner_width)
    if row_definite:
        child_width = f32(child.resolved_dimension(WIDTH, owner_width, owner_width) + margin_row)
        child_width_mode = EXACTLY
    if column_definite:
        child_height = f32(child.resolved_dimension(HEIGHT, owner_height, owner_width) + margin_column)
        child_height_mode = EXACTLY
    if child_width != child_width and width == width:
        child_width = width
        child_width_mode = AT_MOST
    if child_height != child_height and height == height:
        child_height = height
        child_height_mode = AT_MOST

    ratio = f32(child.style.aspect_ratio) if child.style.aspect_ratio else 0.0
    if ratio:
        if not main_is_row and child_width_mode == EXACTLY:
            child_height = f32(margin_column + f32(f32(child_width - margin_row) / ratio))
            child_height_mode = EXACTLY
        elif main_is_row and child_height_mode == EXACTLY:
            child_width = f32(margin_row + f32(f32(child_height - margin_column) * ratio))
            child_width_mode = EXACTLY

    align = child.style.align_self  # resolve_child_alignment, whose baseline case cannot stretch
    stretches = (node.style.align_items if align is _ALIGN_AUTO else align) is _ALIGN_STRETCH
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
            child_height = f32(f32(child_width - margin_row) / ratio)
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
            child_width = f32(f32(child_height - margin_column) * ratio)
            child_width_mode = EXACTLY

    if not child.no_max:  # (without a max size both calls are the identity)
        child_width_mode, child_width = constrain_max_size(
            child, ROW, owner_width, owner_width, child_width_mode, child_width
        )
        child_height_mode, child_height = constrain_max_size(
            child, COLUMN, owner_height, owner_width, child_height_mode, child_height
        )
    layout_fn(child, child_width, child_height, child_width_mode, child_height_mode, owner_width, owner_height, False)
    store_flex_basis(child, max_or_defined(
        child.measured[DIMENSION[main_axis]], child.padding_and_border_for_axis(main_axis, owner_width)
    ))


def store_flex_basis(child: WorkNode, basis: float) -> None:
    """Keep an item's flex basis as the float32 Yoga stores (``computedFlexBasis`` is a FloatOptional).

    The line's shrink total is a float32 sum of ``-shrink * basis`` and the freeze pass subtracts the
    same terms again: with a float64 basis (a measured 673.8349647 where Yoga holds 673.83496), the
    sizes derived from it drift off Yoga's, and a total that cancels to exactly 0 in Yoga can be left
    at +7.6e-6, which then blows an item's share up to 3e9 px."""
    child.computed_flex_basis = f32(basis)


def constrain_max_size(
    node: WorkNode, axis: int, owner_axis_size: float, owner_width: float, mode: int, size: float
) -> tuple[int, float]:
    """Apply the max size (plus margins) to a size request (Yoga's constrainMaxSizeForMode)."""
    fixed = node.max_axis_px
    max_size = fixed[axis] if fixed is not None else node.resolved_max(DIMENSION[axis], owner_axis_size, owner_width)
    if max_size != max_size:
        return mode, size  # no max (NaN, with or without margins): the request stands
    margin = node.margin_for_axis(axis, owner_width)
    if margin:
        # float32, as Yoga adds them (FloatOptional): a fractional max plus margins, less the margins
        # again in the child's layout, can land a step above the max, which then wins over a larger
        # min (boundAxis checks the max first). Without margins the max comes back unchanged.
        max_size = f32(f32(max_size) + f32(margin))
    if mode == UNDEFINED:
        if max_size == max_size:
            return AT_MOST, max_size
        return mode, size
    if max_size != max_size or size < max_size:
        return mode, size
    return mode, max_size


def shrink_scaled(child: WorkNode) -> float:
    """Yoga's scaled flex-shrink factor of an item, in float32: ``-shrink * flex basis``."""
    return f32(-f32(child.shrink) * f32(child.computed_flex_basis))


# --- per-container constants ---------------------------------------------------------------------


@mutable_record
class FlexContext:
    """What stays fixed while one container is laid out (one ``layout_box`` call), for the §9 steps.

    Built once per container after §9.2 step 3, when ``main_overflows`` and the final ``main_mode``
    are known. The main-axis inner size is not here: Yoga lets a line sized by its content carry that
    size over to the next line, so it travels with each line instead.

    Read-only, but frozen by the type checker (every field is ``Final``; mypy rejects assignments)
    rather than with ``frozen=True``: one is built for every container on the layout's hot path, and
    a frozen dataclass sets each field through ``object.__setattr__`` (~2.7 us per instance against
    ~0.3 us here), which made the flex algorithm of ``bench/layout_bench.py`` ~7 % slower (a
    NamedTuple, with its slower attribute reads, ~3 %; this: no measurable cost).
    """

    node: Final[WorkNode]
    main_axis: Final[int]
    cross_axis: Final[int]
    main_is_row: Final[bool]
    is_wrap: Final[bool]
    baseline_layout: Final[bool]
    """Items align on their baselines (:func:`pureog.layout.align.is_baseline_layout`), decided once."""
    owner_width: Final[float]
    owner_height: Final[float]
    main_owner_size: Final[float]
    cross_owner_size: Final[float]
    inner_width: Final[float]
    """The space inside the container's padding and border, clamped by its min/max (§9.2 step 2)."""
    inner_height: Final[float]
    inner_cross: Final[float]
    main_mode: Final[int]
    cross_mode: Final[int]
    main_overflows: Final[bool]
    """The items' flex bases overflow a definite main size (wrapping items then do not stretch)."""
    pb_cross: Final[float]
    leading_pb_cross: Final[float]
    perform_layout: Final[bool]
    """False when the container is only being measured (no positions, no stretched re-layouts)."""
    layout_fn: Final[LayoutFn]


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


def collect_flex_line(ctx: FlexContext, inner_main: float, start: int, line_index: int) -> tuple[FlexLine, int]:
    """§9.3 step 5: collect items into a line until the next would overflow (wrap only)."""
    line = FlexLine()
    node = ctx.node
    main_axis = ctx.main_axis
    is_wrap = ctx.is_wrap
    owner_width = ctx.owner_width
    main_owner_size = ctx.main_owner_size
    inner_width = ctx.inner_width
    # The operands below are float32 already (bases are stored as float32, margins and min/max are
    # resolved in float32), so only the sums are rounded (f32 of a float32 is itself); a gap is too
    # unless it is a calc() (features: browser), whose float32 only the size consumed adds.
    gap = node.gap_for_axis(main_axis, inner_main)
    gap_f32 = f32(gap)
    gap_is_f32 = gap_f32 == gap
    inner_main_f32 = f32(inner_main)
    children = node.children
    child_count = len(children)
    items = line.items
    start_edge = FLEX_START_EDGE[main_axis]
    end_edge = FLEX_END_EDGE[main_axis]
    index = start
    consumed_with_min = 0.0
    while index < child_count:
        child = children[index]
        style = child.style
        if style.display is _DISPLAY_NONE or style.position is _POSITION_ABSOLUTE:
            index += 1
            continue
        margin_style = child.margin_style
        if margin_style[start_edge] is AUTO:
            line.auto_margins += 1
        if margin_style[end_edge] is AUTO:
            line.auto_margins += 1
        child.line_index = line_index
        fixed = child.margin_axis_px
        margin_main = fixed[main_axis] if fixed is not None else child.margin_for_axis(main_axis, inner_width)
        leading_gap = gap if items else 0.0
        basis = child.computed_flex_basis
        if not child.unbounded:  # (no min or max: the clamp is the identity)
            basis = child.bound_within_min_max(main_axis, basis, main_owner_size, owner_width)
        # float32 like Yoga's sizeConsumedIncludingMinConstraint: a line that fits to the last bit in
        # float32 must not break on a float64 residue (0.3 + 2 + 40 against 54.8 - 12.5)
        if is_wrap and items and f32(f32(f32(consumed_with_min + basis) + margin_main) + leading_gap) > inner_main_f32:
            break
        # Adding 0.0 to a float32 gives a float32 (-0.0 becomes 0.0, as f32 would keep it): no rounding
        basis_and_margin = f32(basis + margin_main) if margin_main != 0.0 else basis + 0.0
        term = f32(basis_and_margin + leading_gap) if leading_gap != 0.0 else basis_and_margin + 0.0
        if is_wrap:  # only the break test reads it
            consumed_with_min = f32(consumed_with_min + term)
        if not gap_is_f32 and items:
            term = f32(basis_and_margin + gap_f32)
        line.size_consumed = f32(line.size_consumed + term)
        if child.flexible:
            # float32 sums, as in Yoga: freeze_clamped_items subtracts the same terms again and
            # the sign of what is left over matters (see tree.f32).
            line.total_grow = f32(line.total_grow + f32(child.grow))
            line.total_shrink_scaled = f32(line.total_shrink_scaled + shrink_scaled(child))
        items.append(child)
        index += 1
    # Yoga: factor sums between 0 and 1 count as 1 (so small factors do not take all the space).
    if 0 < line.total_grow < 1:
        line.total_grow = 1.0
    if 0 < line.total_shrink_scaled < 1:
        line.total_shrink_scaled = 1.0
    return line, index
