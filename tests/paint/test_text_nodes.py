"""A text leaf's nodes (pureog/paint/effects.py: text_nodes): what a text-shadow keeps of its decorations."""

from __future__ import annotations

from pureog.color import Color
from pureog.display import Clip, FillPath, Group, SolidPaint
from pureog.document.model import Element
from pureog.geometry import Affine, Rect
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



def test_moved_lines_are_cut_by_a_clip_that_keeps_no_shape() -> None:
    # Moved lines escape the clips in effect (resvg ignores the clip-path of an element without a
    # bounding box), but not one without an area, anywhere in the chain: usvg then drops the element.
    moved = Affine(1.0, 0.18, 0.0, 1.0, 0.0, 0.0)
    disjoint = Clip(rect_path(Rect(80.0, 80.0, 10.0, 10.0)))
    empty = Clip(rect_path(Rect(16.0, 16.0, 51.0, 0.0)))
    escaped = Group((LINE,), unclipped=True)
    kept = text_nodes(style({}), [], BOX, moved, decorations=[escaped], image_clips=(disjoint,))
    assert any(escaped in g.children for g in kept if isinstance(g, Group))
    for clips in ((empty,), (empty, disjoint), (disjoint, empty)):
        assert text_nodes(style({}), [], BOX, moved, decorations=[escaped], image_clips=clips) == []

def test_text_leaves_are_painted_once_per_place() -> None:
    # A second render draws each text leaf from the painter's memo (the same node objects); the same
    # text elsewhere is painted again, and the lists handed out are the caller's own.
    import pureog
    from pureog import pipeline
    from pureog.options import RenderOptions

    def nodes(pad: int) -> list[object]:
        document = pureog.load({"width": 200, "height": 80, "element": {"div": {
            "style": {"display": "flex", "padding": pad, "fontSize": 20}, "children": "Hello"}}})
        return list(pipeline.display_list(document, RenderOptions(width=200, height=80)).root.children)

    def glyphs(found: list[object]) -> list[object]:
        out = []
        for node in found:
            if isinstance(node, Group):
                out += [node] if isinstance(node.children[0], FillPath) else glyphs(list(node.children))
        return out

    first, again, moved = glyphs(nodes(10)), glyphs(nodes(10)), glyphs(nodes(11))
    assert first and len(first) == len(again) and all(a is b for a, b in zip(first, again, strict=True))
    assert moved[0] is not first[0] and moved[0] != first[0]


def test_masked_thin_glyphs_are_cut_at_the_mask_region() -> None:
    # Under an ancestor's content mask (masked) usvg's default region is -10 %/120 % of the glyphs' box:
    # a 1.3 px stem at x 101.5 gets a region from 101.37, inside its first pixel, so it is cut there;
    # a 20 px glyph's margin (2 px) covers every pixel it touches, and unmasked glyphs are never cut.
    stem = FillPath(rect_path(Rect(101.5, 329.0, 1.3, 13.8)), SolidPaint(Color(0, 229, 255, 0.4)))
    cut = text_nodes(style({}), [stem], BOX, None, masked=True)
    assert len(cut) == 1 and isinstance(cut[0], Group) and cut[0].clip is not None
    region = cut[0].clip.path.bounds()
    assert abs(region.x - 101.37) < 1e-9 and abs(region.right - 102.93) < 1e-9
    assert text_nodes(style({}), [stem], BOX, None) == [stem]
    assert text_nodes(style({}), [GLYPH], BOX, None, masked=True) == [GLYPH]
