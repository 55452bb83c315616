"""A text leaf's nodes (pureog/paint/effects.py: text_nodes): what a text-shadow keeps of its decorations."""

from __future__ import annotations

from pureog.color import Color
from pureog.display import FillPath, Group, SolidPaint
from pureog.document.model import Element
from pureog.geometry import Rect
from pureog.paint.effects import text_nodes
from pureog.path import rect_path
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle

LINE = FillPath(rect_path(Rect(10.0, 30.0, 40.0, 3.0)), SolidPaint(Color(200, 0, 0)))
GLYPH = FillPath(rect_path(Rect(10.0, 5.0, 20.0, 20.0)), SolidPaint(Color(0, 0, 0)))
BOX = Rect(0.0, 0.0, 60.0, 40.0)


def style(declarations: dict[str, object]) -> ComputedStyle:
    return cascade(Element("div", tuple(declarations.items()), (), (), "$", "$.style"), width=100, height=100).style


def test_shadowed_lines_without_glyphs_draw_nothing() -> None:
    shadowed = style({"textShadow": "2px 2px 2px red"})
    assert text_nodes(shadowed, [], BOX, None, decorations=[LINE]) == []
    assert text_nodes(style({}), [], BOX, None, decorations=[LINE]) == [LINE]  # no filter group: the line shows
    drawn = text_nodes(shadowed, [GLYPH], BOX, None, decorations=[LINE])
    assert len(drawn) == 1 and isinstance(drawn[0], Group) and LINE in drawn[0].children
