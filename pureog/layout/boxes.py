"""The layout stage's public result: one :class:`Box` per element and text run, in canvas px.

Input: the style layer's :class:`~pureog.style.computed.StyledNode` tree, the canvas size and a
measure-callback factory for text. Output: a :class:`Box` tree for the document's root element.

Box positions are *absolute* canvas coordinates computed the way Satori does it: it adds each node's
rounded, parent-relative ``left``/``top`` down the tree (layout.ts), which can differ by a pixel from
rounding the absolute position directly. Boxes of ``display: none`` elements are 0x0 (Satori still
reports them). Yoga sometimes leaves a value undefined (NaN: a hidden item's undefined size leaking
into a baseline or a wrap-reverse/reverse-axis position, then into its subtree through rounding);
the box then uses 0 for it (the parent's origin), and :attr:`Box.reported` keeps the NaN values
Satori reports, for :func:`pureog.layout_boxes`.

Imports :mod:`pureog.layout` modules, :mod:`pureog.style.computed` and :mod:`pureog.style.values`; never
``text`` or ``paint``.
"""

from __future__ import annotations

from pureog.layout.flex import compute, lay_out_root
from pureog.layout.from_style import MeasureFactory, build_layout_input
from pureog.layout.round import snap_to_pixel_grid
from pureog.layout.tree import BOTTOM, LEFT, RIGHT, TOP, WorkNode
from pureog.records import record
from pureog.style.computed import StyledNode, StyledText
from pureog.style.values import Display

Edges = tuple[float, float, float, float]
"""Per-side widths in CSS order: (top, right, bottom, left)."""


@record
class Box:
    """One laid-out element or text run. ``x``/``y``: the border box's top-left on the canvas."""

    x: float
    y: float
    width: float
    height: float
    border: Edges
    padding: Edges
    source: StyledNode | StyledText
    children: tuple[Box, ...]
    reported: tuple[float, float, float, float] | None = None
    """``(x, y, width, height)`` exactly as Satori reports them, when Yoga left one undefined (NaN);
    ``None`` when they are the box's own values (always, except for such degenerate boxes)."""

    @property
    def content_x(self) -> float:
        return self.x + self.border[3] + self.padding[3]

    @property
    def content_y(self) -> float:
        return self.y + self.border[0] + self.padding[0]

    @property
    def content_width(self) -> float:
        return max(0.0, self.width - self.border[1] - self.border[3] - self.padding[1] - self.padding[3])

    @property
    def content_height(self) -> float:
        return max(0.0, self.height - self.border[0] - self.border[2] - self.padding[0] - self.padding[2])


def layout_tree(
    root: StyledNode,
    *,
    width: float | None,
    height: float | None,
    measure_leaf: MeasureFactory,
) -> Box:
    """Lay out ``root`` on a ``width`` x ``height`` canvas (``None``: sized by its content)."""
    tree = build_layout_input(root, measure_leaf, width=width, height=height)
    owner_width = float("nan") if width is None else float(width)
    owner_height = float("nan") if height is None else float(height)
    # The work tree is snapped node by node as its boxes are made (one walk, no LayoutResult tree in
    # between: ~155 records and two walks of the stat grid's tree less, ~0.4 ms a render).
    canvas = lay_out_root(tree, owner_width, owner_height)
    abs_left, abs_top = snap_to_pixel_grid(canvas, 0.0, 0.0)
    x, y = canvas.position[LEFT] + 0.0, canvas.position[TOP] + 0.0
    return to_box(canvas.tree_children[0], abs_left, abs_top, _finite(x), _finite(y), x, y)


def canvas_size(
    root: StyledNode, *, width: float | None, height: float | None, measure_leaf: MeasureFactory
) -> tuple[float, float]:
    """The canvas size Satori would use: the given size, or the root node's computed size."""
    tree = build_layout_input(root, measure_leaf, width=width, height=height)
    owner_width = float("nan") if width is None else float(width)
    owner_height = float("nan") if height is None else float(height)
    canvas = compute(tree, owner_width, owner_height)
    return (canvas.width, canvas.height)


def to_box(node: WorkNode, abs_parent_x: float, abs_parent_y: float, parent_x: float, parent_y: float,
           raw_parent_x: float, raw_parent_y: float) -> Box:
    """Absolute box of a laid-out work node, snapped here (Yoga's rounding, with ``abs_parent_*``: the
    parent's unrounded absolute position), from its parent-relative snapped position (Satori's running
    sum of rounded offsets: ``parent_*``; ``raw_parent_*``: the same sum without replacing NaN, as
    Satori computes it). Values as :func:`pureog.layout.round.to_result` freezes them (-0.0 is 0.0)."""
    # (runs once a node: NaN tests and edges written out, no generator or helper calls)
    abs_x, abs_y = snap_to_pixel_grid(node, abs_parent_x, abs_parent_y)
    position, dimension = node.position, node.dimension
    rx, ry = position[LEFT] + 0.0, position[TOP] + 0.0
    width, height = dimension[0] + 0.0, dimension[1] + 0.0
    x = parent_x + (0.0 if rx != rx else rx)
    y = parent_y + (0.0 if ry != ry else ry)
    raw_x = raw_parent_x + rx
    raw_y = raw_parent_y + ry
    nan = raw_x != raw_x or raw_y != raw_y or width != width or height != height
    source = node.source.key
    assert isinstance(source, (StyledNode, StyledText)), "every laid-out node carries its source"
    if node.style.display is _DISPLAY_CONTENTS:  # no box of its own: no edges (as to_result)
        border = padding = _NO_EDGES
    else:
        b, p = node.layout_border, node.layout_padding
        border = (b[TOP], b[RIGHT], b[BOTTOM], b[LEFT])
        padding = (p[TOP], p[RIGHT], p[BOTTOM], p[LEFT])
    return Box(
        x,
        y,
        0.0 if width != width else width,
        0.0 if height != height else height,
        border,
        padding,
        source,
        tuple([to_box(child, abs_x, abs_y, x, y, raw_x, raw_y) for child in node.tree_children]),
        (raw_x, raw_y, width, height) if nan else None,
    )


_DISPLAY_CONTENTS = Display.CONTENTS  # (an enum member read through its class costs ~100 ns)
_NO_EDGES = (0.0, 0.0, 0.0, 0.0)


def _finite(value: float) -> float:
    return 0.0 if value != value else value
