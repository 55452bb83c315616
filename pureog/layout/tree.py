"""The flex algorithm's private working tree: one mutable :class:`WorkNode` per :class:`LayoutInput`.

Input: a :class:`~pureog.layout.node.LayoutInput` tree. Output: ``WorkNode`` objects that the
algorithm in :mod:`pureog.layout.flex` and :mod:`pureog.layout.absolute` fill in (measured size,
per-edge positions, flex basis, caches). This module also holds how one box's style resolves against
its containing block (margins, padding, insets, min/max, box-sizing), written after Yoga 3's
``Style``/``Node`` so that every quirk (percentages of an undefined size are undefined, ``auto``
margins count as 0, min == max overrides the size) matches the reference.

Conventions: sizes are floats, NaN means "undefined" (as in Yoga). Axes and edges are small ints so
tables index them. Imports only :mod:`pureog.f32`, :mod:`pureog.layout.node` and :mod:`pureog.style.values`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from pureog import caches
from pureog.f32 import f32_memo as f32  # layout's values repeat (pureog/f32.py)
from pureog.layout.node import Dim, FlexStyle, LayoutInput, MeasureFn
from pureog.style.values import (
    AUTO,
    Align,
    BoxSizing,
    Calc,
    Display,
    FlexDirection,
    Percent,
    Position,
)

# Enum members bound once: reading one through its class costs ~100 ns in CPython 3.11 (the
# enum metaclass), a module global ~10 ns, and the loops below test them per item and pass.
_ALIGN_AUTO = Align.AUTO
_ALIGN_BASELINE = Align.BASELINE
_ALIGN_FLEX_START = Align.FLEX_START
_BOXSIZING_BORDER_BOX = BoxSizing.BORDER_BOX
_DISPLAY_CONTENTS = Display.CONTENTS
_DISPLAY_NONE = Display.NONE
_POSITION_ABSOLUTE = Position.ABSOLUTE
_POSITION_STATIC = Position.STATIC

NAN = math.nan
FLT_MAX = 3.4028234663852886e38

# Sizing modes (Yoga's MeasureMode) are small ints inside the algorithm; measure callbacks get the
# MeasureMode enum instead.
UNDEFINED, EXACTLY, AT_MOST = 0, 1, 2

LayoutFn = Callable[["WorkNode", float, float, int, int, float, float, bool], None]
"""``layout_node(node, width, height, width_mode, height_mode, owner_width, owner_height,
perform_layout)``: passed down to the step modules so that they need not import the driver."""

# Flex axes (Yoga's FlexDirection order) and physical edges / dimensions.
ROW, ROW_REVERSE, COLUMN, COLUMN_REVERSE = 0, 1, 2, 3
LEFT, TOP, RIGHT, BOTTOM = 0, 1, 2, 3
WIDTH, HEIGHT = 0, 1

AXIS_OF = {
    FlexDirection.ROW: ROW,
    FlexDirection.ROW_REVERSE: ROW_REVERSE,
    FlexDirection.COLUMN: COLUMN,
    FlexDirection.COLUMN_REVERSE: COLUMN_REVERSE,
}
FLEX_START_EDGE = (LEFT, RIGHT, TOP, BOTTOM)
FLEX_END_EDGE = (RIGHT, LEFT, BOTTOM, TOP)
# Direction is always LTR (Satori never sets RTL), so the inline edges do not depend on it.
INLINE_START_EDGE = (LEFT, LEFT, TOP, TOP)
INLINE_END_EDGE = (RIGHT, RIGHT, BOTTOM, BOTTOM)
DIMENSION = (WIDTH, WIDTH, HEIGHT, HEIGHT)


def is_row(axis: int) -> bool:
    return axis < 2


def cross_axis_of(main_axis: int) -> int:
    return ROW if main_axis >= 2 else COLUMN


def is_undefined(value: float) -> bool:
    return value != value  # NaN test without a function call into math


def max_or_defined(a: float, b: float) -> float:
    if a != a:
        return b
    if b != b:
        return a
    return a if a > b else b


def min_or_defined(a: float, b: float) -> float:
    if a != a:
        return b
    if b != b:
        return a
    return a if a < b else b


def inexact_equals(a: float, b: float) -> bool:
    """Yoga's float comparison: equal within 1e-4, and two undefined values are equal."""
    if a != a or b != b:
        return a != a and b != b
    return abs(a - b) < 0.0001


def divide(a: float, b: float) -> float:
    """IEEE division as in C++/JS: x/0 is +-inf and 0/0 is NaN (Yoga relies on it for empty lines)."""
    if b == 0.0:
        if a != a or a == 0.0:
            return NAN
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def resolve(value: Dim, reference: float) -> float:
    """px of a length against ``reference``; undefined (NaN) for auto / unset / % of undefined.

    A length is the float32 Yoga stores (``padding: 9.19`` is 9.1899995803833): the container's inner
    size and the flex-shrink freeze then leave the residues Yoga leaves (a shrink factor total of
    exactly 0 rather than 4e-6, which would blow the items' shares up to 6e7 px)."""
    kind = type(value)  # exact type tests first: this runs tens of thousands of times per layout
    if kind is float:
        return f32(value)  # type: ignore[arg-type]
    if kind is Percent:
        return _percent_f32(value.value, reference)  # type: ignore[union-attr]
    if isinstance(value, (float, int)):
        return f32(float(value))
    if isinstance(value, Percent):
        return _percent_f32(value.value, reference)
    if isinstance(value, Calc):  # features: browser's math functions (a % of an unknown basis is NaN)
        return value.resolve(reference)
    return NAN


_ONE_PERCENT_F32 = 0.009999999776482582  # 0.01f


def _percent_f32(percent: float, reference: float) -> float:
    """Yoga's ``value * ownerSize * 0.01f`` in float32 (a percentage is rarely a whole float32, and
    comparisons against it, e.g. a max-width below a min-width, follow the float32 value)."""
    if reference != reference:
        return NAN
    return f32(f32(f32(percent) * f32(reference)) * _ONE_PERCENT_F32)


class WorkNode:
    """Mutable per-box state of one layout run (Yoga's ``Node`` + ``LayoutResults``)."""

    __slots__ = (
        "style",
        "source",
        "tree_children",
        "children",
        "measure",
        "is_root",
        "main_axis",
        "margin_style",
        "padding_style",
        "border_style",
        "inset_style",
        "processed",
        "measured",
        "dimension",
        "position",
        "layout_margin",
        "layout_border",
        "layout_padding",
        "computed_flex_basis",
        "line_index",
        "visited",
        "cached_layout",
        "cached_measurements",
        "margin_px",
        "margin_axis_px",
        "padding_px",
        "pab_px",
        "pab_axis_px",
        "min_axis_px",
        "max_axis_px",
        "unbounded",
        "initial_position",
        "gap_px",
        "definite",
        "pb_sums",
        "auto_margin",
        "no_max",
        "grow",
        "shrink",
        "flexible",
        "flex_basis_px",
    )
    # Set from the style's constants (:func:`_style_constants`); ``None``: a percentage is involved.
    main_axis: int
    margin_style: tuple[Dim, Dim, Dim, Dim]
    padding_style: tuple[Dim, Dim, Dim, Dim]
    border_style: tuple[float, float, float, float]
    inset_style: tuple[Dim, Dim, Dim, Dim]
    processed: tuple[Dim, Dim]
    margin_px: tuple[float, ...] | None
    margin_axis_px: tuple[float, ...] | None
    padding_px: tuple[float, ...] | None
    pab_px: tuple[float, ...] | None
    pab_axis_px: tuple[float, ...] | None
    min_axis_px: tuple[float, ...] | None
    max_axis_px: tuple[float, ...] | None
    unbounded: bool
    initial_position: tuple[float, float, float, float] | None
    gap_px: tuple[float, float] | None
    definite: tuple[bool, bool] | None
    pb_sums: tuple[float, float] | None
    auto_margin: bool
    """Some margin is ``auto`` (else every ``margin_is_auto`` test is false: the loops skip them)."""
    no_max: bool
    """No max size on either axis, and none can come from a percentage (``constrain_max_size`` is the
    identity: the loops skip the call)."""
    grow: float
    """``flex_grow()``: the style's factor, 0 for the root (read as attributes in the flex loops)."""
    shrink: float
    flexible: bool
    """``is_flexible()``."""
    flex_basis_px: tuple[float, float] | None
    """``resolved_flex_basis()`` on the row axes, then the column axes, when it cannot depend on the
    containing block (no percentage, padding and border fixed); else ``None``."""

    def __init__(self, source: LayoutInput, is_root: bool) -> None:
        style = source.style
        self.style: FlexStyle = style
        self.source = source
        self.measure: MeasureFn | None = source.measure
        self.is_root = is_root
        self.tree_children: list[WorkNode] = [WorkNode(c, False) for c in source.children]
        self.children: list[WorkNode] = []
        constants = _CONSTANTS.get(id(style))
        if constants is None or constants[0] is not style:
            constants = _style_constants(style)
            if len(_CONSTANTS) >= _CONSTANTS_MAX:
                _CONSTANTS.clear()
            _CONSTANTS[id(style)] = constants  # holds the style: no other object takes its id meanwhile
        (_, self.main_axis, self.margin_style, self.padding_style, self.border_style, self.inset_style,
         self.processed, self.margin_px, self.margin_axis_px, self.padding_px, self.pab_px, self.pab_axis_px,
         self.min_axis_px, self.max_axis_px, self.unbounded, self.initial_position,
         self.gap_px, self.definite, self.pb_sums, self.auto_margin, self.no_max, self.flex_basis_px) = constants
        # The flex factors are read per item and pass (~1,900 method calls a stat-grid layout): kept as
        # attributes, with the root's factors 0 as Yoga's root has none.
        self.grow = grow = 0.0 if is_root else style.flex_grow
        self.shrink = shrink = 0.0 if is_root else style.flex_shrink
        self.flexible = style.position is not _POSITION_ABSOLUTE and (grow != 0.0 or shrink != 0.0)
        self.measured = [NAN, NAN]
        self.dimension = [NAN, NAN]
        self.position = [0.0, 0.0, 0.0, 0.0]
        self.layout_margin: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)
        self.layout_border: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)
        self.layout_padding: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)
        self.computed_flex_basis = NAN
        self.line_index = 0
        self.visited = False
        self.cached_layout: tuple[float, float, int, int, float, float] | None = None
        self.cached_measurements: list[tuple[float, float, int, int, float, float]] = []
        self.children = _layout_children(self.tree_children)

    # --- margins, padding, border (percentages resolve against the containing block's width) ---

    def margin(self, edge: int, width_size: float) -> float:
        fixed = self.margin_px
        if fixed is not None:
            return fixed[edge]
        value = resolve(self.margin_style[edge], width_size)
        return 0.0 if value != value else value

    def margin_is_auto(self, edge: int) -> bool:
        return self.margin_style[edge] is AUTO

    def margin_for_axis(self, axis: int, width_size: float) -> float:
        fixed = self.margin_axis_px
        if fixed is not None:
            return fixed[axis]
        return f32(self.margin(INLINE_START_EDGE[axis], width_size) + self.margin(INLINE_END_EDGE[axis], width_size))

    def margins_for_axes(self, a: int, b: int, width_size: float) -> tuple[float, float]:
        """:meth:`margin_for_axis` of two axes in one call, the fixed answers read once (the flex
        loops ask for both axes of every item in every pass)."""
        fixed = self.margin_axis_px
        if fixed is not None:
            return fixed[a], fixed[b]
        return self.margin_for_axis(a, width_size), self.margin_for_axis(b, width_size)

    def padding(self, edge: int, width_size: float) -> float:
        fixed = self.padding_px
        if fixed is not None:
            return fixed[edge]
        value = resolve(self.padding_style[edge], width_size)
        return 0.0 if value != value or value < 0.0 else value

    def padding_and_border(self, edge: int, width_size: float) -> float:
        fixed = self.pab_px
        if fixed is not None:
            return fixed[edge]
        return f32(self.padding(edge, width_size) + self.border_style[edge])

    def padding_and_border_for_axes(self, a: int, b: int, width_size: float) -> tuple[float, float]:
        """:meth:`padding_and_border_for_axis` of two axes in one call, the fixed answers read once."""
        fixed = self.pab_axis_px
        if fixed is not None:
            return fixed[a], fixed[b]
        return self.padding_and_border_for_axis(a, width_size), self.padding_and_border_for_axis(b, width_size)

    def padding_and_border_for_axis(self, axis: int, width_size: float) -> float:
        fixed = self.pab_axis_px
        if fixed is not None:
            return fixed[axis]
        return f32(self.padding_and_border(INLINE_START_EDGE[axis], width_size) + self.padding_and_border(
            INLINE_END_EDGE[axis], width_size
        ))

    def border_for_axis(self, axis: int) -> float:
        return f32(self.border_style[INLINE_START_EDGE[axis]] + self.border_style[INLINE_END_EDGE[axis]])

    def gap_for_axis(self, axis: int, owner_size: float) -> float:
        fixed = self.gap_px
        if fixed is not None:
            return fixed[axis >= 2]
        gap = self.style.column_gap if axis < 2 else self.style.row_gap
        value = resolve(gap, owner_size)
        return 0.0 if value != value or value < 0.0 else value

    # --- insets ---

    def inset_is_set(self, edge: int) -> bool:
        value = self.inset_style[edge]
        return value is not None and value is not AUTO

    def inset(self, edge: int, axis_size: float) -> float:
        value = resolve(self.inset_style[edge], axis_size)
        return 0.0 if value != value else value

    def relative_position(self, axis: int, axis_size: float) -> float:
        """Offset of a relatively positioned box: start inset wins, else minus the end inset."""
        if self.style.position is _POSITION_STATIC:
            return 0.0
        if self.inset_is_set(INLINE_START_EDGE[axis]):
            return self.inset(INLINE_START_EDGE[axis], axis_size)
        return -self.inset(INLINE_END_EDGE[axis], axis_size)

    def horizontal_insets_set(self) -> bool:
        return self.inset_is_set(LEFT) or self.inset_is_set(RIGHT)

    def vertical_insets_set(self) -> bool:
        return self.inset_is_set(TOP) or self.inset_is_set(BOTTOM)

    # --- sizes and their constraints ---

    def _box_sizing_extra(self, dim: int, width_size: float) -> float:
        if self.style.box_sizing is _BOXSIZING_BORDER_BOX:
            return 0.0
        return self.padding_and_border_for_axis(ROW if dim == WIDTH else COLUMN, width_size)

    def resolved_dimension(self, dim: int, reference: float, width_size: float) -> float:
        return f32(resolve(self.processed[dim], reference) + self._box_sizing_extra(dim, width_size))

    def has_definite_length(self, dim: int, owner_size: float) -> bool:
        fixed = self.definite
        if fixed is not None:
            return fixed[dim]
        value = resolve(self.processed[dim], owner_size)
        return value == value and value >= 0.0

    def resolved_min(self, dim: int, reference: float, width_size: float) -> float:
        fixed = self.min_axis_px
        if fixed is not None:
            return fixed[dim + dim]  # WIDTH -> ROW (0), HEIGHT -> COLUMN (2)
        value = self.style.min_width if dim == WIDTH else self.style.min_height
        return f32(resolve(value, reference) + self._box_sizing_extra(dim, width_size))

    def resolved_max(self, dim: int, reference: float, width_size: float) -> float:
        fixed = self.max_axis_px
        if fixed is not None:
            return fixed[dim + dim]
        value = self.style.max_width if dim == WIDTH else self.style.max_height
        return f32(resolve(value, reference) + self._box_sizing_extra(dim, width_size))

    def bound_within_min_max(self, axis: int, value: float, axis_size: float, width_size: float) -> float:
        if self.unbounded:
            return value
        fixed = self.max_axis_px
        max_size = fixed[axis] if fixed is not None else self.resolved_max(DIMENSION[axis], axis_size, width_size)
        if max_size >= 0.0 and value > max_size:  # NaN compares false, as FloatOptional does
            return max_size
        fixed = self.min_axis_px
        min_size = fixed[axis] if fixed is not None else self.resolved_min(DIMENSION[axis], axis_size, width_size)
        if min_size >= 0.0 and value < min_size:
            return min_size
        return value

    def bound_axis(self, axis: int, value: float, axis_size: float, width_size: float) -> float:
        """Clamp to min/max, then never below padding + border (Yoga's ``boundAxis``)."""
        if not self.unbounded:
            value = self.bound_within_min_max(axis, value, axis_size, width_size)
        fixed = self.pab_axis_px
        floor = fixed[axis] if fixed is not None else self.padding_and_border_for_axis(axis, width_size)
        # max_or_defined, inlined
        if value != value:
            return floor
        if floor != floor:
            return value
        return value if value > floor else floor

    # --- flexibility ---

    def flex_grow(self) -> float:
        return self.grow

    def flex_shrink(self) -> float:
        return self.shrink

    def is_flexible(self) -> bool:
        return self.flexible

    def resolved_flex_basis(self, axis: int, reference: float, width_size: float) -> float:
        value = resolve(self.style.flex_basis, reference)
        if self.style.box_sizing is _BOXSIZING_BORDER_BOX:
            return value
        return f32(value + self.padding_and_border_for_axis(ROW if axis < 2 else COLUMN, width_size))

    def dimension_with_margin(self, axis: int, width_size: float) -> float:
        fixed = self.margin_axis_px
        margin = fixed[axis] if fixed is not None else self.margin_for_axis(axis, width_size)
        return f32(self.measured[DIMENSION[axis]] + margin)

    def is_layout_dimension_defined(self, axis: int) -> bool:
        value = self.measured[DIMENSION[axis]]
        return value == value and value >= 0.0

    def is_absolute(self) -> bool:
        return self.style.position is _POSITION_ABSOLUTE

    def is_hidden(self) -> bool:
        return self.style.display is _DISPLAY_NONE

    def set_initial_position(self, owner_width: float, owner_height: float) -> None:
        """Yoga's ``Node::setPosition``: margins plus relative offsets on all four edges."""
        initial = self.initial_position
        if initial is not None:  # fixed margins and no insets: the same four numbers every time
            self.position[:] = initial
            return
        main_axis = self.main_axis
        cross_axis = cross_axis_of(main_axis)
        main_size = owner_width if is_row(main_axis) else owner_height
        cross_size = owner_height if is_row(main_axis) else owner_width
        rel_main = self.relative_position(main_axis, main_size)
        rel_cross = self.relative_position(cross_axis, cross_size)
        position = self.position
        position[INLINE_START_EDGE[main_axis]] = f32(self.margin(INLINE_START_EDGE[main_axis], owner_width) + rel_main)
        position[INLINE_END_EDGE[main_axis]] = f32(self.margin(INLINE_END_EDGE[main_axis], owner_width) + rel_main)
        position[INLINE_START_EDGE[cross_axis]] = f32(
            self.margin(INLINE_START_EDGE[cross_axis], owner_width) + rel_cross
        )
        position[INLINE_END_EDGE[cross_axis]] = f32(self.margin(INLINE_END_EDGE[cross_axis], owner_width) + rel_cross)


_Constants = tuple[Any, ...]
_CONSTANTS: dict[int, _Constants] = {}
"""Memo of :func:`_style_constants` by the style's identity (the entry holds the style). The style
objects come back render after render (the cascade's memo hands back the same computed styles,
:func:`pureog.layout.from_style.flex_style` the same layout styles for them, text containers share
theirs), and a warm render of the stat grid spent ~1.5 ms resolving the same constants again."""
_CONSTANTS_MAX = 1024


def _style_constants(style: FlexStyle) -> _Constants:
    """What a :class:`WorkNode` reads from its style again and again: (style, main axis, margin, padding,
    border and inset values per edge, the processed sizes, and what cannot depend on the containing
    block, resolved once (no percentages involved): margins, padding, padding + border and min/max
    per edge and axis, the initial position, the gaps and whether each size is definite (``None`` where a
    percentage is involved), and whether clamping is the identity.

    The flex algorithm asks for margins, padding and min/max tens of thousands of times per layout;
    without percentages the answers are constants. The expressions are those of the WorkNode methods
    (same operands, same order), so the results are bit-identical."""
    margin_style = (style.margin_left, style.margin_top, style.margin_right, style.margin_bottom)
    padding_style = (style.padding_left, style.padding_top, style.padding_right, style.padding_bottom)
    border_style = (
        f32(max(style.border_left, 0.0)),
        f32(max(style.border_top, 0.0)),
        f32(max(style.border_right, 0.0)),
        f32(max(style.border_bottom, 0.0)),
    )
    inset_style = (style.left, style.top, style.right, style.bottom)
    processed: tuple[Dim, Dim] = (
        _processed_size(style.width, style.min_width, style.max_width),
        _processed_size(style.height, style.min_height, style.max_height),
    )
    margin_px: tuple[float, ...] | None = None
    margin_axis_px: tuple[float, ...] | None = None
    padding_px: tuple[float, ...] | None = None
    pab_px: tuple[float, ...] | None = None
    pab_axis_px: tuple[float, ...] | None = None
    min_axis_px: tuple[float, ...] | None = None
    max_axis_px: tuple[float, ...] | None = None
    unbounded = False
    if not _has_percent(margin_style):
        left, top, right, bottom = [_fixed_margin(v) for v in margin_style]
        margin_px = (left, top, right, bottom)
        row, column = f32(left + right), f32(top + bottom)
        margin_axis_px = (row, row, column, column)
    if not _has_percent(padding_style):
        padding_px = tuple([_fixed_padding(v) for v in padding_style])
        left, top, right, bottom = [f32(p + b) for p, b in zip(padding_px, border_style, strict=True)]
        pab_px = (left, top, right, bottom)
        row, column = f32(left + right), f32(top + bottom)
        pab_axis_px = (row, row, column, column)
    extra: tuple[float, float] | None = None
    if style.box_sizing is _BOXSIZING_BORDER_BOX:
        extra = (0.0, 0.0)
    elif pab_axis_px is not None:
        extra = (pab_axis_px[ROW], pab_axis_px[COLUMN])
    if extra is not None:
        extra_w, extra_h = extra
        if not _has_percent((style.min_width, style.min_height)):
            min_w = f32(resolve(style.min_width, 0.0) + extra_w)
            min_h = f32(resolve(style.min_height, 0.0) + extra_h)
            min_axis_px = (min_w, min_w, min_h, min_h)
        if not _has_percent((style.max_width, style.max_height)):
            max_w = f32(resolve(style.max_width, 0.0) + extra_w)
            max_h = f32(resolve(style.max_height, 0.0) + extra_h)
            max_axis_px = (max_w, max_w, max_h, max_h)
            # No min/max at all (NaN everywhere): clamping is the identity.
            unbounded = min_axis_px is not None and all(v != v for v in (min_w, min_h, max_w, max_h))
    initial_position: tuple[float, float, float, float] | None = None
    if margin_px is not None and all(value is None or value is AUTO for value in inset_style):
        # set_initial_position without insets: each edge's margin plus a relative offset of 0 for a
        # static box, else minus the unset end inset (-0.0), the same on both axes.
        offset = 0.0 if style.position is _POSITION_STATIC else -0.0
        left, top, right, bottom = [f32(margin + offset) for margin in margin_px]
        initial_position = (left, top, right, bottom)
    gap_px: tuple[float, float] | None = None
    if not _has_percent((style.column_gap, style.row_gap)):
        column_gap, row_gap = [_fixed_padding(v) for v in (style.column_gap, style.row_gap)]
        gap_px = (column_gap, row_gap)  # by axis >= 2: the row axes' gap, then the column axes'
    definite: tuple[bool, bool] | None = None
    if not _has_percent(processed):
        width, height = [resolve(v, 0.0) for v in processed]
        definite = (width == width and width >= 0.0, height == height and height >= 0.0)
    pb_sums: tuple[float, float] | None = None
    if padding_px is not None:
        # flex.py's _pb_sum of the layout record (padding, then border, in Yoga's order of the sums)
        pl, pt, pr, pb = padding_px
        bl, bt, br, bb = border_style
        pb_sums = (f32(f32(f32(pl + pr) + bl) + br), f32(f32(f32(pt + pb) + bt) + bb))
    flex_basis_px: tuple[float, float] | None = None
    if not _has_percent((style.flex_basis,)):  # resolved_flex_basis's expressions, the reference unused
        basis = resolve(style.flex_basis, 0.0)
        if style.box_sizing is _BOXSIZING_BORDER_BOX:
            flex_basis_px = (basis, basis)
        elif pab_axis_px is not None:
            flex_basis_px = (f32(basis + pab_axis_px[ROW]), f32(basis + pab_axis_px[COLUMN]))
    auto_margin = any(value is AUTO for value in margin_style)
    no_max = max_axis_px is not None and all(value != value for value in max_axis_px)  # (NaN: no max)
    return (style, AXIS_OF[style.flex_direction], margin_style, padding_style, border_style, inset_style, processed,
            margin_px, margin_axis_px, padding_px, pab_px, pab_axis_px, min_axis_px, max_axis_px, unbounded,
            initial_position, gap_px, definite, pb_sums, auto_margin, no_max, flex_basis_px)


def _has_percent(values: tuple[object, ...]) -> bool:
    for value in values:  # a plain loop: cheaper than any() over a generator for 2-4 values
        if isinstance(value, (Percent, Calc)):
            return True
    return False


def _fixed_margin(value: Dim) -> float:
    """``WorkNode.margin`` of a value that is not a percentage."""
    resolved = resolve(value, 0.0)
    return 0.0 if resolved != resolved else resolved


def _fixed_padding(value: Dim) -> float:
    """``WorkNode.padding`` of a value that is not a percentage."""
    resolved = resolve(value, 0.0)
    return 0.0 if resolved != resolved or resolved < 0.0 else resolved


def _processed_size(size: Dim, min_size: Dim, max_size: Dim) -> Dim:
    """Yoga treats ``min == max`` (same unit) as the size itself."""
    if max_size is None or max_size is AUTO:
        return size
    if isinstance(max_size, Percent) and isinstance(min_size, Percent):
        return max_size if abs(max_size.value - min_size.value) < 0.0001 else size
    if isinstance(max_size, (int, float)) and isinstance(min_size, (int, float)):
        return max_size if abs(float(max_size) - float(min_size)) < 0.0001 else size
    return size


def _layout_children(children: list[WorkNode]) -> list[WorkNode]:
    """Children that take part in layout: ``display: contents`` boxes are replaced by theirs."""
    result: list[WorkNode] = []
    for child in children:
        if child.style.display is _DISPLAY_CONTENTS:
            result.extend(child.children)
        else:
            result.append(child)
    return result


def resolve_child_alignment(parent: WorkNode, child: WorkNode) -> Align:
    """align-self, falling back to the parent's align-items; baseline acts as flex-start in columns."""
    align = parent.style.align_items if child.style.align_self is _ALIGN_AUTO else child.style.align_self
    if align is _ALIGN_BASELINE and parent.main_axis >= 2:
        return _ALIGN_FLEX_START
    return align


def zero_out_layout(node: WorkNode) -> None:
    """A ``display: none`` subtree: every box 0x0 at 0,0 (and its flex basis forgotten)."""
    # Yoga resets the whole layout record: the *measured* size becomes undefined (which later
    # turns reverse-axis positions of hidden boxes into NaN, as in Yoga), the used size 0.
    node.measured = [NAN, NAN]
    node.dimension = [0.0, 0.0]
    node.position = [0.0, 0.0, 0.0, 0.0]
    node.layout_margin = (0.0, 0.0, 0.0, 0.0)
    node.layout_border = (0.0, 0.0, 0.0, 0.0)
    node.layout_padding = (0.0, 0.0, 0.0, 0.0)
    node.computed_flex_basis = NAN
    for child in node.tree_children:
        zero_out_layout(child)


caches.register("layout.constants", _CONSTANTS)
