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

import math

from pureog.layout.flex import compute, lay_out_root
from pureog.layout.from_style import MeasureFactory, build_layout_input
from pureog.layout.round import round_value_to_pixel_grid, snap_to_pixel_grid
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
    exact: tuple[float, float, float, float] | None = None
    """``features: browser``, a box whose content is text (a text leaf, an inline formatting context):
    ``(x, y, width, height)`` before pixel snapping, in layout units (1/64 px), where a browser lays the
    text out and draws its glyphs (Skia snaps each glyph, not the box); ``None`` otherwise."""

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
    browser: bool = False,
) -> Box:
    """Lay out ``root`` on a ``width`` x ``height`` canvas (``None``: sized by its content).
    ``browser`` (``features: browser``): text boxes keep their exact layout (:attr:`Box.exact`) and
    are snapped as any box, where Yoga floors a text node's position and ceils its size."""
    tree = build_layout_input(root, measure_leaf, width=width, height=height, browser=browser)
    owner_width = float("nan") if width is None else float(width)
    owner_height = float("nan") if height is None else float(height)
    # The work tree is snapped node by node as its boxes are made (one walk, no LayoutResult tree in
    # between: ~155 records and two walks of the stat grid's tree less, ~0.4 ms a render).
    canvas = lay_out_root(tree, owner_width, owner_height)
    abs_left, abs_top = snap_to_pixel_grid(canvas, 0.0, 0.0)
    x, y = canvas.position[LEFT] + 0.0, canvas.position[TOP] + 0.0
    return to_box(canvas.tree_children[0], abs_left, abs_top, _finite(x), _finite(y), x, y, browser)


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
           raw_parent_x: float, raw_parent_y: float, browser: bool = False) -> Box:
    """Absolute box of a laid-out work node, snapped here (Yoga's rounding, with ``abs_parent_*``: the
    parent's unrounded absolute position), from its parent-relative snapped position (Satori's running
    sum of rounded offsets: ``parent_*``; ``raw_parent_*``: the same sum without replacing NaN, as
    Satori computes it). Values as :func:`pureog.layout.round.to_result` freezes them (-0.0 is 0.0)."""
    # (runs once a node: NaN tests and edges written out, no generator or helper calls)
    exact = None
    source = node.source.key
    # an inline formatting context's box (a StyledNode with a measure function) is Chromium's whatever
    # the document's features (Next.js throws on inline flow: spec/inline.md)
    chromium = node.measure is not None and (browser or isinstance(source, StyledNode))
    if chromium:
        # where a browser draws the text: its box in layout units
        position, dimension = node.position, node.dimension
        exact = (_layout_unit(abs_parent_x + position[LEFT]), _layout_unit(abs_parent_y + position[TOP]),
                 _layout_unit(dimension[0]), _layout_unit(dimension[1]))
    abs_x, abs_y = snap_to_pixel_grid(node, abs_parent_x, abs_parent_y, not chromium)
    position, dimension = node.position, node.dimension
    rx, ry = position[LEFT] + 0.0, position[TOP] + 0.0
    width, height = dimension[0] + 0.0, dimension[1] + 0.0
    x = parent_x + (0.0 if rx != rx else rx)
    y = parent_y + (0.0 if ry != ry else ry)
    if browser and abs_x == abs_x and abs_y == abs_y:
        # a browser snaps a box's absolute edges (Blink's pixel-snapped rectangles), where Satori sums
        # its parent-relative rounded offsets
        x = round_value_to_pixel_grid(abs_x, False, False) + 0.0
        y = round_value_to_pixel_grid(abs_y, False, False) + 0.0
    raw_x = raw_parent_x + rx
    raw_y = raw_parent_y + ry
    nan = raw_x != raw_x or raw_y != raw_y or width != width or height != height
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
        tuple([to_box(child, abs_x, abs_y, x, y, raw_x, raw_y, browser) for child in node.tree_children]),
        (raw_x, raw_y, width, height) if nan else None,
        exact if exact is not None and all(v == v for v in exact) else None,
    )


_DISPLAY_CONTENTS = Display.CONTENTS  # (an enum member read through its class costs ~100 ns)
_NO_EDGES = (0.0, 0.0, 0.0, 0.0)


def _layout_unit(value: float) -> float:
    """``value`` in layout units (1/64 px: Blink's ``LayoutUnit``), toward zero as its divisions
    truncate (a box centred in 182.734375 px of free space is 91.359375 px in, not 91.3671875); within
    a thousandth of a unit below one, Yoga's float32 error, it is that one."""
    if value != value or value in (math.inf, -math.inf):
        return value
    units = math.floor(abs(value) * 64.0 + 1e-3) / 64.0
    return units if value >= 0 else -units


def _finite(value: float) -> float:
    return 0.0 if value != value else value
