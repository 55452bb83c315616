"""``tw`` through the cascade: classes become computed values; style wins; breakpoints see the canvas."""

from __future__ import annotations

from pureog.color import Color
from pureog.document.load import load
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle


def _style(element: object, width: int = 1200, height: int = 630) -> ComputedStyle:
    return cascade(load(element).root, width=width, height=height).style


def test_classes_become_computed_values() -> None:
    style = _style({"div": {"tw": "flex flex-col p-4 bg-red-500/50 text-xl font-bold"}})
    assert style.padding_top == 16
    assert style.font_size == 20
    assert style.line_height == 28 / 20
    assert style.background_color == Color(239, 68, 68, 127 / 255)  # rgba(..., 0.5): resvg truncates


def test_style_wins() -> None:
    style = _style({"div": {"tw": "p-4 text-xl", "style": {"paddingTop": 2, "fontSize": 30}}})
    assert (style.padding_top, style.padding_left, style.font_size) == (2, 16, 30)


def test_breakpoints_use_the_canvas_width() -> None:
    element = {"div": {"tw": "p-1 md:p-2"}}
    assert _style(element, 1200).padding_top == 8
    assert _style(element, 600).padding_top == 4
