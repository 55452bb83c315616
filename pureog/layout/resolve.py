"""CSS Flexbox §9.7 "resolve flexible lengths", as Yoga 3 does it (two passes, float32 shares).

Input: one :class:`~pureog.layout.flex_lines.FlexLine` with its free space and factor totals.
Output: every item's main size, each item laid out at it (through ``layout_fn``), and the line's
remaining free space. Yoga replaces the spec's freeze loop by one freeze pass (items whose share
violates min/max) and one sizing pass; the shares are computed in float32 step by step, because the
freeze test compares a share with its clamped value. The container's constants come in one
:class:`~pureog.layout.flex_lines.FlexContext`. Imports only :mod:`pureog.layout.tree`,
:mod:`pureog.layout.flex_lines` and :mod:`pureog.style.values`.
"""

from __future__ import annotations

from pureog.f32 import f32_memo as f32  # layout's values repeat (pureog/f32.py)
from pureog.layout.flex_lines import FlexContext, FlexLine, constrain_max_size, shrink_scaled
from pureog.layout.tree import (
    AT_MOST,
    DIMENSION,
    EXACTLY,
    FLEX_END_EDGE,
    FLEX_START_EDGE,
    UNDEFINED,
    divide,
)
from pureog.style.values import Align, Percent

# Enum members bound once: reading one through its class costs ~100 ns in CPython 3.11 (the
# enum metaclass), a module global ~10 ns, and the loops below test them per item and pass.
_ALIGN_AUTO = Align.AUTO
_ALIGN_STRETCH = Align.STRETCH


def _flexed(basis: float, free: float, total: float, factor: float) -> float:
    """``basis + free / total * factor`` in float32, step by step as Yoga computes an item's share
    (the freeze pass compares this with its clamped value, so the rounding must be the same)."""
    return f32(f32(basis) + f32(f32(divide(free, total)) * factor))


# --- §9.7 ------------------------------------------------------------------------------------------


def resolve_flexible_lengths(ctx: FlexContext, line: FlexLine, inner_main: float) -> None:
    """§9.7, Yoga's two-pass version: freeze items whose min/max clamp, then size every item."""
    original_free_space = line.remaining_free_space
    freeze_clamped_items(ctx, line, inner_main)
    distributed = size_flex_items(ctx, line, inner_main)
    # The free space is always a float32 (every assignment rounds), and a distributed 0.0 leaves it
    # as it is: float32 sums of 0.0 never give -0.0, so x - 0.0 is x.
    line.remaining_free_space = f32(original_free_space - distributed) if distributed != 0.0 else original_free_space


def freeze_clamped_items(ctx: FlexContext, line: FlexLine, inner_main: float) -> None:
    """§9.7 step 4 (first pass): items whose flexed size violates min/max leave the distribution."""
    main_axis = ctx.main_axis
    owner_width = ctx.owner_width
    main_owner_size = ctx.main_owner_size
    inner_width = ctx.inner_width
    delta = 0.0
    free = line.remaining_free_space  # a float32 already
    for child in line.items:
        basis = child.computed_flex_basis
        if not child.unbounded:  # (no min or max: the clamp is the identity)
            basis = child.bound_within_min_max(main_axis, basis, main_owner_size, owner_width)
        if free < 0:
            scaled = f32(-f32(child.shrink) * f32(basis))
            if scaled == scaled and scaled != 0:
                base = _flexed(basis, free, line.total_shrink_scaled, scaled)
                bound = f32(child.bound_axis(main_axis, base, inner_main, inner_width))
                if base == base and bound == bound and base != bound:
                    delta = f32(delta + f32(bound - basis))
                    line.total_shrink_scaled = f32(line.total_shrink_scaled - shrink_scaled(child))
        elif free == free and free > 0:
            grow = f32(child.grow)
            if grow == grow and grow != 0:
                base = _flexed(basis, free, line.total_grow, grow)
                bound = f32(child.bound_axis(main_axis, base, inner_main, inner_width))
                if base == base and bound == bound and base != bound:
                    delta = f32(delta + f32(bound - basis))
                    line.total_grow = f32(line.total_grow - grow)
    # float32 like Yoga's deltaFreeSpace: a freeze that takes back (nearly) all the free space must
    # leave exactly 0, not a float64 residue of -1e-6 that would shrink the other items again.
    if delta != 0.0:  # (a float32 sum from 0.0 is never -0.0: x - 0.0 is x)
        line.remaining_free_space = f32(line.remaining_free_space - delta)


def size_flex_items(ctx: FlexContext, line: FlexLine, inner_main: float) -> float:
    """§9.7 step 5 (second pass): give each item its share, then lay it out at that main size."""
    node = ctx.node
    main_axis = ctx.main_axis
    cross_axis = ctx.cross_axis
    main_is_row = ctx.main_is_row
    is_wrap = ctx.is_wrap
    owner_width = ctx.owner_width
    main_owner_size = ctx.main_owner_size
    inner_width = ctx.inner_width
    inner_height = ctx.inner_height
    inner_cross = ctx.inner_cross
    cross_mode = ctx.cross_mode
    main_overflows = ctx.main_overflows
    perform_layout = ctx.perform_layout
    layout_fn = ctx.layout_fn
    cross_dim = DIMENSION[cross_axis]
    free = line.remaining_free_space  # a float32 already
    delta = 0.0
    for child in line.items:
        basis = child.computed_flex_basis
        if not child.unbounded:  # (no min or max: the clamp is the identity)
            basis = child.bound_within_min_max(main_axis, basis, main_owner_size, owner_width)
        main_size = basis
        if free == free and free < 0:
            scaled = f32(-f32(child.shrink) * f32(basis))
            if scaled != 0:
                if line.total_shrink_scaled == 0:
                    size = f32(basis + scaled)
                else:
                    size = _flexed(basis, free, line.total_shrink_scaled, scaled)
                main_size = child.bound_axis(main_axis, size, inner_main, inner_width)
        elif free == free and free > 0:
            grow = f32(child.grow)
            if grow == grow and grow != 0:
                main_size = child.bound_axis(
                    main_axis, _flexed(basis, free, line.total_grow, grow), inner_main, inner_width
                )
        change = main_size - basis
        if change != 0.0:  # adding 0.0 leaves delta as it is (a float32 sum from 0.0, never -0.0)
            delta = f32(delta + f32(change))

        margin_main, margin_cross = child.margins_for_axes(main_axis, cross_axis, inner_width)
        # float32, as Yoga stores childMainSize: the item's layout takes the margins off again, and a
        # max-clamped size plus whole margins can round a step above the max, which then wins over a
        # larger min (boundAxis checks the max first).
        # (main_size is a float32: a stored basis, a float32 share, or min/max/padding, so without
        # margins the sum is already one)
        child_main = f32(main_size + margin_main) if margin_main != 0.0 else main_size + margin_main
        child_main_mode = EXACTLY
        ratio = child.style.aspect_ratio
        auto_cross_margin = child.auto_margin and (
            child.margin_is_auto(FLEX_START_EDGE[cross_axis]) or child.margin_is_auto(FLEX_END_EDGE[cross_axis])
        )
        align = child.style.align_self  # resolve_child_alignment, whose baseline case cannot stretch
        stretches = (node.style.align_items if align is _ALIGN_AUTO else align) is _ALIGN_STRETCH
        definite = child.definite
        if definite is not None:
            cross_definite = definite[cross_dim]
        else:
            cross_definite = child.has_definite_length(cross_dim, inner_cross)
        if ratio and not (cross_definite and child.style.aspect_ratio_css):
            # (CSS keeps an author's ratio item's definite cross size: Yoga derives it from the main)
            ratio = f32(ratio)
            inner = f32(child_main - margin_main)
            child_cross = f32(inner / ratio) if main_is_row else f32(inner * ratio)
            child_cross = f32(child_cross + margin_cross)
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
            child_cross = f32(child.resolved_dimension(cross_dim, inner_cross, inner_width) + margin_cross)
            loose_percent = isinstance(child.processed[cross_dim], Percent) and cross_mode != EXACTLY
            child_cross_mode = UNDEFINED if child_cross != child_cross or loose_percent else EXACTLY

        if not child.no_max:  # (without a max size both calls are the identity)
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
        layout_fn(
            child, w, h, w_mode, h_mode, inner_width, inner_height, perform_layout and not requires_stretch_layout
        )
    return delta
