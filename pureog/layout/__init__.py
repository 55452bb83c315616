"""Flexbox layout, Yoga 3 compatible: StyledNode tree -> Box tree (see :mod:`pureog.layout.boxes`).

Public entry points: :func:`layout_tree` / :class:`Box` (for the painter and the public API) and,
for tests and advanced use, :func:`compute` over plain :class:`LayoutInput` trees.
"""

from pureog.layout.boxes import Box, canvas_size, layout_tree
from pureog.layout.flex import compute
from pureog.layout.from_style import build_layout_input
from pureog.layout.node import FlexStyle, LayoutInput, LayoutResult, MeasureFn, MeasureMode

__all__ = [
    "Box",
    "FlexStyle",
    "LayoutInput",
    "LayoutResult",
    "MeasureFn",
    "MeasureMode",
    "build_layout_input",
    "canvas_size",
    "compute",
    "layout_tree",
]
