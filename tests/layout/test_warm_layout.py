"""What a warm layout does not redo (perf35): styles kept across renders keep their resolved constants,
and Yoga's pixel snapping of whole edges skips its roundings without changing a value."""

from __future__ import annotations

import math

import pureog
from pureog.layout import tree
from pureog.layout.node import FlexStyle, LayoutInput
from pureog.layout.round import round_value_to_pixel_grid, snap_to_pixel_grid
from pureog.layout.tree import WorkNode

PNG_8X4 = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEklEQVR4nGP4z8CAFWEXJUsCAFpeH+EeQoQoAA"
    "AAAElFTkSuQmCC"
)


def test_a_second_layout_resolves_no_style_constants(monkeypatch: object) -> None:
    # The canvas root's style and an <img>'s sized style were new records every render, whose constants
    # (tree._style_constants) the layout resolved again; now both are kept like the elements' styles.
    root = {"type": "div", "props": {"style": {"display": "flex", "padding": 10}, "children": [
        {"type": "img", "props": {"src": PNG_8X4, "width": 40}},
        {"type": "img", "props": {"src": PNG_8X4, "style": {"width": "50%"}}},
        {"type": "div", "props": {"children": "text"}},
    ]}}
    first = pureog.layout_boxes(root, width=321, height=123)
    calls = []
    original = tree._style_constants

    def counted(style: FlexStyle) -> tuple[object, ...]:
        calls.append(style)
        return original(style)

    monkeypatch.setattr(tree, "_style_constants", counted)  # type: ignore[attr-defined]
    second = pureog.layout_boxes(root, width=321, height=123)
    assert calls == []
    assert [(b.x, b.y, b.width, b.height) for b in first] == [(b.x, b.y, b.width, b.height) for b in second]


def _general_snap(left: float, top: float, width: float, height: float, parent_x: float, parent_y: float,
                  text: bool) -> tuple[list[float], list[float]]:
    """snap_to_pixel_grid's general path written out (every rounding through round_value_to_pixel_grid)."""
    abs_left, abs_top = parent_x + left, parent_y + top

    def fractional(size: float) -> bool:
        if size in (math.inf, -math.inf):
            return True
        fraction = math.fmod(size, 1.0)
        return fraction != 0.0 and not abs(fraction) < 0.0001 and not abs(fraction - 1.0) < 0.0001

    fw, fh = fractional(width), fractional(height)
    size_w = (round_value_to_pixel_grid(abs_left + width, text and fw, text and not fw)
              - round_value_to_pixel_grid(abs_left, False, text))
    size_h = (round_value_to_pixel_grid(abs_top + height, text and fh, text and not fh)
              - round_value_to_pixel_grid(abs_top, False, text))
    return ([round_value_to_pixel_grid(left, False, text), round_value_to_pixel_grid(top, False, text)],
            [size_w, size_h])


def test_whole_edges_snap_as_the_general_path() -> None:
    values = [0.0, -0.0, 1.0, -3.0, 12.0, 250.0, 8388607.0, -8388607.0]
    for left in values:
        for width in (0.0, -0.0, 5.0, 176.0):
            for parent in (0.0, -0.0, 40.0, -12.0):
                for text in (False, True):
                    node = WorkNode(LayoutInput(FlexStyle(), measure=(lambda *_: (0.0, 0.0)) if text else None),
                                    is_root=False)
                    node.position = [left, -left, 0.0, 0.0]
                    node.dimension = [width, width + 1.0]
                    snap_to_pixel_grid(node, parent, -parent)
                    positions, sizes = _general_snap(left, -left, width, width + 1.0, parent, -parent, text)
                    assert repr(node.position[:2]) == repr(positions)
                    assert repr(node.dimension) == repr(sizes)
