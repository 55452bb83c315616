"""Absolutely positioned boxes (CSS Flexbox §4.1 + CSS Position §4), as Yoga 3 places them.

Input: a containing block that has just been laid out (its size is known) and its subtree. Output:
each ``position: absolute`` descendant whose containing block it is gets its size and a position
relative to its parent box. Static boxes do not form containing blocks, so absolute boxes inside
them are placed by the nearest non-static ancestor and then expressed relative to their own parent.

Without insets an absolute box is placed by its parent's justify-content / align-items (the "static
position" of the flexbox spec). The layout routine is passed in (``layout_fn``) so this module does
not import :mod:`pureog.layout.flex` (which imports this one). Imports only :mod:`pureog.layout.tree`
and :mod:`pureog.style.values`.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog.f32 import f32_memo as f32  # layout's values repeat (pureog/f32.py)
from pureog.layout.tree import (
    BOTTOM,
    COLUMN,
    DIMENSION,
    FLEX_END_EDGE,
    FLEX_START_EDGE,
    HEIGHT,
    INLINE_END_EDGE,
    INLINE_START_EDGE,
    LEFT,
    NAN,
    RIGHT,
    ROW,
    TOP,
    WIDTH,
    WorkNode,
    cross_axis_of,
    is_row,
    resolve_child_alignment,
)
from pureog.style.values import Align, Display, FlexWrap, Justify, Position

# Enum members bound once: reading one through its class costs ~100 ns in CPython 3.11 (the
# enum metaclass), a module global ~10 ns, and the loops below test them per item and pass.
_ALIGN_CENTER = Align.CENTER
_ALIGN_FLEX_END = Align.FLEX_END
_ALIGN_FLEX_START = Align.FLEX_START
_DISPLAY_NONE = Display.NONE
_FLEXWRAP_WRAP_REVERSE = FlexWrap.WRAP_REVERSE
_JUSTIFY_FLEX_END = Justify.FLEX_END
_JUSTIFY_FLEX_START = Justify.FLEX_START
_JUSTIFY_SPACE_BETWEEN = Justify.SPACE_BETWEEN
_POSITION_ABSOLUTE = Position.ABSOLUTE
_POSITION_STATIC = Position.STATIC

LayoutFn = Callable[[WorkNode, float, float, int, int, float, float, bool], None]

_UNDEFINED, _EXACTLY, _AT_MOST = 0, 1, 2


def layout_absolute_descendants(
    containing: WorkNode,
    current: WorkNode,
    width_mode: int,
    left_offset: float,
    top_offset: float,
    layout_fn: LayoutFn,
) -> None:
    """Lay out the absolute children of ``current`` (and of its static descendants) against
    ``containing``'s padding box. ``left_offset``/``top_offset``: ``current`` relative to it."""
    for child in current.children:
        if child.style.display is _DISPLAY_NONE:
            continue
        if child.style.position is _POSITION_ABSOLUTE:
            block_width = f32(containing.measured[WIDTH] - containing.border_for_axis(ROW))
            block_height = f32(containing.measured[HEIGHT] - containing.border_for_axis(COLUMN))
            layout_absolute_child(containing, current, child, block_width, block_height, width_mode, layout_fn)
            main_axis = current.main_axis
            cross_axis = cross_axis_of(main_axis)
            # Reverse axes were positioned from their end edge: derive left/top from it.
            for axis in (main_axis, cross_axis):
                if axis in (1, 3):
                    insets_set = child.horizontal_insets_set() if is_row(axis) else child.vertical_insets_set()
                    reference = containing if insets_set else current
                    dim = DIMENSION[axis]
                    child.position[FLEX_END_EDGE[axis]] = f32(
                        f32(reference.measured[dim] - child.measured[dim]) - child.position[FLEX_START_EDGE[axis]]
                    )
            # With insets the position is relative to the containing block; make it parent-relative.
            if child.horizontal_insets_set():
                child.position[LEFT] = f32(child.position[LEFT] - left_offset)
            if child.vertical_insets_set():
                child.position[TOP] = f32(child.position[TOP] - top_offset)
        elif child.style.position is _POSITION_STATIC:
            layout_absolute_descendants(
                containing,
                child,
                width_mode,
                f32(left_offset + child.position[LEFT]),
                f32(top_offset + child.position[TOP]),
                layout_fn,
            )


def layout_absolute_child(
    containing: WorkNode,
    parent: WorkNode,
    child: WorkNode,
    block_width: float,
    block_height: float,
    width_mode: int,
    layout_fn: LayoutFn,
) -> None:
    """Size one absolute box (definite size, else both insets, else shrink-to-fit) and place it."""
    main_axis = parent.main_axis
    cross_axis = cross_axis_of(main_axis)
    margin_row = child.margin_for_axis(ROW, block_width)
    margin_column = child.margin_for_axis(COLUMN, block_width)

    child_width = NAN
    child_height = NAN
    if child.has_definite_length(WIDTH, block_width):
        child_width = f32(child.resolved_dimension(WIDTH, block_width, block_width) + margin_row)
    elif child.inset_is_set(LEFT) and child.inset_is_set(RIGHT):
        child_width = f32(
            f32(containing.measured[WIDTH] - containing.border_for_axis(ROW))
            - f32(child.inset(LEFT, block_width) + child.inset(RIGHT, block_width))
        )
        child_width = child.bound_axis(ROW, child_width, block_width, block_width)
    if child.has_definite_length(HEIGHT, block_height):
        child_height = f32(child.resolved_dimension(HEIGHT, block_height, block_width) + margin_column)
    elif child.inset_is_set(TOP) and child.inset_is_set(BOTTOM):
        child_height = f32(
            f32(containing.measured[HEIGHT] - containing.border_for_axis(COLUMN))
            - f32(child.inset(TOP, block_height) + child.inset(BOTTOM, block_height))
        )
        child_height = child.bound_axis(COLUMN, child_height, block_height, block_width)

    ratio = child.style.aspect_ratio
    if ratio and ((child_width != child_width) != (child_height != child_height)):
        ratio = f32(ratio)
        if child_width != child_width:
            child_width = f32(margin_row + f32(f32(child_height - margin_column) * ratio))
        else:
            child_height = f32(margin_column + f32(f32(child_width - margin_row) / ratio))

    if child_width != child_width or child_height != child_height:
        width_mode_child = _UNDEFINED if child_width != child_width else _EXACTLY
        height_mode_child = _UNDEFINED if child_height != child_height else _EXACTLY
        if (
            not is_row(main_axis)
            and child_width != child_width
            and width_mode != _UNDEFINED
            and block_width == block_width
            and block_width > 0
        ):
            child_width = block_width
            width_mode_child = _AT_MOST
        layout_fn(
            child, child_width, child_height, width_mode_child, height_mode_child, block_width, block_height, False
        )
        child_width = f32(child.measured[WIDTH] + child.margin_for_axis(ROW, block_width))
        child_height = f32(child.measured[HEIGHT] + child.margin_for_axis(COLUMN, block_width))

    layout_fn(child, child_width, child_height, _EXACTLY, _EXACTLY, block_width, block_height, True)
    position_absolute_child(containing, parent, child, main_axis, True, block_width, block_height)
    position_absolute_child(containing, parent, child, cross_axis, False, block_width, block_height)


def position_absolute_child(
    containing: WorkNode,
    parent: WorkNode,
    child: WorkNode,
    axis: int,
    is_main_axis: bool,
    block_width: float,
    block_height: float,
) -> None:
    """Place an absolute box on one axis: from its start inset, else its end inset, else the
    parent's alignment (justify-content on the main axis, align-self/items on the cross axis)."""
    block_size = block_width if is_row(axis) else block_height
    start, end = INLINE_START_EDGE[axis], INLINE_END_EDGE[axis]
    dim = DIMENSION[axis]
    if child.inset_is_set(start) or child.inset_is_set(end):
        if child.inset_is_set(start):
            position = f32(
                f32(child.inset(start, block_size) + containing.border_style[start]) + child.margin(start, block_size)
            )
        else:
            position = f32(f32(f32(f32(
                containing.measured[dim]
                - child.measured[dim])
                - containing.border_style[end])
                - child.margin(end, block_size))
                - child.inset(end, block_size)
            )
        if start != FLEX_START_EDGE[axis]:
            position = f32(f32(containing.measured[dim] - child.measured[dim]) - position)
        child.position[FLEX_START_EDGE[axis]] = position
    elif is_main_axis:
        justify = parent.style.justify_content
        if justify in (_JUSTIFY_FLEX_START, _JUSTIFY_SPACE_BETWEEN):
            _place_at_start(parent, child, axis, block_width)
        elif justify is _JUSTIFY_FLEX_END:
            _place_at_end(parent, child, axis, block_width)
        else:
            _place_at_center(parent, child, axis, block_width)
    else:
        align = resolve_child_alignment(parent, child)
        if parent.style.flex_wrap is _FLEXWRAP_WRAP_REVERSE:
            if align is _ALIGN_FLEX_END:
                align = _ALIGN_FLEX_START
            elif align is not _ALIGN_CENTER:
                align = _ALIGN_FLEX_END
        if align is _ALIGN_FLEX_END:
            _place_at_end(parent, child, axis, block_width)
        elif align is _ALIGN_CENTER:
            _place_at_center(parent, child, axis, block_width)
        else:
            _place_at_start(parent, child, axis, block_width)


def _place_at_start(parent: WorkNode, child: WorkNode, axis: int, block_width: float) -> None:
    edge = FLEX_START_EDGE[axis]
    child.position[edge] = f32(
        f32(child.margin(edge, block_width) + parent.layout_border[edge]) + parent.layout_padding[edge]
    )


def _place_at_end(parent: WorkNode, child: WorkNode, axis: int, block_width: float) -> None:
    edge = FLEX_END_EDGE[axis]
    dim = DIMENSION[axis]
    end_position = f32(f32(parent.layout_border[edge] + child.margin(edge, block_width)) + parent.layout_padding[edge])
    child.position[FLEX_START_EDGE[axis]] = f32(f32(parent.measured[dim] - child.measured[dim]) - end_position)


def _place_at_center(parent: WorkNode, child: WorkNode, axis: int, block_width: float) -> None:
    start, end = FLEX_START_EDGE[axis], FLEX_END_EDGE[axis]
    dim = DIMENSION[axis]
    content = f32(f32(f32(f32(
        parent.measured[dim]
        - parent.layout_border[start])
        - parent.layout_border[end])
        - parent.layout_padding[start])
        - parent.layout_padding[end]
    )
    outer = f32(child.measured[dim] + child.margin_for_axis(axis, block_width))
    child.position[start] = f32(f32(f32(
        f32(f32(content - outer) / 2.0)
        + parent.layout_border[start])
        + child.margin(start, block_width))
        + parent.layout_padding[start]
    )


__all__ = ["layout_absolute_descendants", "RIGHT"]
