"""StyledNode tree -> Box tree: Satori's root node, text containers, images, absolute sums."""

from __future__ import annotations

from pureog.document.model import Element
from pureog.layout.boxes import Box, layout_tree
from pureog.layout.from_style import build_layout_input
from pureog.layout.node import MeasureFn
from pureog.records import replace
from pureog.style.computed import ComputedStyle, StyledNode, StyledText
from pureog.style.values import Align, Display, FlexDirection, FlexWrap, Justify, Percent, TextAlign
from tests.layout.fakes import TextLeaf

BASE = ComputedStyle()


def node(
    type_: str = "div",
    children: tuple[object, ...] = (),
    attributes: tuple[tuple[str, object], ...] = (),
    **style: object,
) -> StyledNode:
    return StyledNode(Element(type_, attributes=attributes), replace(BASE, **style), children)  # type: ignore[arg-type]


def text(s: str, **style: object) -> StyledText:
    return StyledText(s, replace(BASE, **style), "$")  # type: ignore[arg-type]


def measure_leaf(t: StyledText) -> MeasureFn:
    return TextLeaf(len(t.text), 10.0, 20.0)


def lay(root: StyledNode, w: float | None = 300.0, h: float | None = 200.0) -> Box:
    return layout_tree(root, width=w, height=h, measure_leaf=measure_leaf)


def test_canvas_root_wraps_the_element_like_satori() -> None:
    tree = build_layout_input(node(), measure_leaf, width=300.0, height=200.0)
    canvas = tree.style
    assert (canvas.width, canvas.height) == (300.0, 200.0)
    assert canvas.flex_direction is FlexDirection.ROW and canvas.flex_wrap is FlexWrap.WRAP
    assert canvas.align_items is Align.FLEX_START and canvas.align_content is Align.AUTO
    assert len(tree.children) == 1 and tree.key is None


def test_root_element_is_not_stretched_by_the_canvas() -> None:
    b = lay(node(width=100.0))
    assert (b.x, b.y, b.width, b.height) == (0, 0, 100, 0)


def test_text_children_become_measured_containers() -> None:
    t = text("hello world", text_align=TextAlign.CENTER)
    tree = build_layout_input(node(children=(t,)), measure_leaf)
    container = tree.children[0].children[0]
    assert container.measure is not None and container.key is t
    assert container.style.justify_content is Justify.CENTER
    assert container.style.align_items is Align.BASELINE

    b = lay(node(children=(t,), width=60.0, padding_top=5.0, padding_left=4.0))
    (tb,) = b.children
    assert tb.source is t
    # At most 56 px (row axis): 5 chars a line -> 50 px wide, 11 chars -> 3 lines of 20.
    assert (tb.x, tb.y, tb.width, tb.height) == (4, 5, 50, 60)
    assert (b.width, b.height) == (60, 65)


def test_absolute_positions_are_sums_of_rounded_relative_offsets() -> None:
    inner = node(width=10.0, height=10.0, margin_left=0.4)
    mid = node(children=(inner,), width=20.0, height=20.0, margin_left=0.4)
    b = lay(node(children=(mid,), width=100.0, height=50.0, padding_left=20.0, padding_top=7.0))
    assert (b.children[0].x, b.children[0].y) == (20, 7)
    assert (b.children[0].children[0].x, b.children[0].children[0].y) == (20, 7)
    assert b.content_x == 20 and b.content_y == 7 and b.content_width == 80


def test_display_none_and_block_map_like_satori() -> None:
    hidden = node(display=Display.NONE, width=50.0, height=50.0)
    block = node(display=Display.BLOCK, width=30.0, height=30.0)
    b = lay(node(children=(hidden, block), width=200.0, height=100.0))
    assert (b.children[0].width, b.children[0].height) == (0, 0)
    assert (b.children[1].x, b.children[1].width, b.children[1].height) == (0, 30, 30)


def test_img_attributes_size_the_box_when_the_style_does_not() -> None:
    img = node("img", attributes=(("src", "x.png"), ("width", 64), ("height", 32)))
    b = lay(node(children=(img,), width=200.0, height=100.0, align_items=Align.FLEX_START))
    assert (b.children[0].width, b.children[0].height) == (64, 32)
    # a numeric *string* is not a size for Satori's Yoga (compute.ts passes it on as written): auto
    img = node("img", attributes=(("src", "x.png"), ("width", 64), ("height", "32")))
    b = lay(node(children=(img,), width=200.0, height=100.0, align_items=Align.FLEX_START))
    assert (b.children[0].width, b.children[0].height) == (64, 0)
    img = node("img", attributes=(("width", 64), ("height", 32)), width=Percent(50.0))
    b = lay(node(children=(img,), width=200.0, height=100.0, align_items=Align.FLEX_START))
    assert (b.children[0].width, b.children[0].height) == (100, 32)


def test_a_computed_aspect_ratio_reaches_yoga() -> None:
    # (the style layer keeps only the forms that apply: a number, or any with features: browser;
    # Satori 0.29's ignored 'w / h' never gets here: tests/layout/test_aspect_ratio.py)
    b = lay(
        node(children=(node(width=40.0, aspect_ratio=2.0),), width=200.0, height=100.0, align_items=Align.FLEX_START)
    )
    assert b.children[0].height == 20


def test_canvas_without_height_is_sized_by_content() -> None:
    b = lay(node(children=(node(width=40.0, height=25.0),)), 300.0, None)
    assert b.height == 25


def test_max_below_min_wins_when_float32_margins_push_the_size_over_it() -> None:
    """Yoga's boundAxis checks the max first: a stretched item gets max + margins and loses the
    margins again in float32 (0.3 + 5 - 5 = 0.30000019 > 0.3), so its max wins over a larger min;
    without margins the size comes back equal to the max and the min wins (Satori: 0 and 40 tall)."""
    import pureog  # noqa: PLC0415

    def item(style: dict[str, object]) -> dict[str, object]:
        return {"type": "div", "props": {"style": {"display": "flex"},
                                         "children": [{"type": "div", "props": {"style": style}}]}}

    with_margins = pureog.layout_boxes(item({"minHeight": "33.333%", "maxHeight": 0.3, "margin": "0px -0.3px 5px"}),
                                       width=300, height=400)
    without = pureog.layout_boxes(item({"minHeight": 40, "maxHeight": "33.333px"}), width=300, height=400)
    assert with_margins[-1].height == 0.0
    assert without[-1].height == 40.0


def _fractional_text_tree() -> StyledNode:
    # a 25.5 px-tall first item puts the second item's text at y = 25.5; its text is 30.4 px wide
    # (4 characters of 7.6 px), centred in a 100 px column: x = 34.8
    first = node(children=(text("a"),), height=25.5)
    second = node(children=(text("abcd"),), width=100.0, align_items=Align.CENTER,
                  flex_direction=FlexDirection.COLUMN)
    return node(children=(first, second), flex_direction=FlexDirection.COLUMN, width=300.0)


def _leaf_7_6(t: StyledText) -> MeasureFn:
    return TextLeaf(len(t.text), 7.6, 20.0)


def test_browser_text_boxes_keep_their_layout_units() -> None:
    """features: browser: a text node is drawn where the browser's layout puts it (a fractional box, in
    layout units), and its box snapped as any box: Yoga floors a text node's position and ceils its size,
    which moved centred and right-aligned text by up to a pixel from Chromium's (browser/word-spacing,
    browser/font-variant-caps, bidi/mixed-paragraph-wrapping)."""
    satori = layout_tree(_fractional_text_tree(), width=300.0, height=200.0, measure_leaf=_leaf_7_6)
    leaf = satori.children[1].children[0]
    assert (leaf.x, leaf.y, leaf.width, leaf.height) == (34, 26, 32, 20)  # Yoga floors the left edge, ceils the right
    assert leaf.exact is None
    browser = layout_tree(_fractional_text_tree(), width=300.0, height=200.0, measure_leaf=_leaf_7_6, browser=True)
    leaf = browser.children[1].children[0]
    assert leaf.exact == (34.796875, 25.5, 30.390625, 20.0)  # Yoga's floats in 1/64 px, toward zero
    assert (leaf.x, leaf.y, leaf.width, leaf.height) == (35, 26, 30, 20)  # round(34.8), round(65.2) - 35
    assert browser.children[1].exact is None  # a box without text has no exact layout to draw at


def test_browser_boxes_snap_their_absolute_edges() -> None:
    """features: browser: a box sits at its absolute position rounded (Blink's pixel snapping), where
    Satori adds its parent-relative offsets each rounded on its own (10.4 -> 10, then 0.4 -> 0: 10; the
    browser's 10.8 -> 11)."""
    inner = node(width=20.0, height=20.0, margin_left=0.4)
    outer = node(children=(inner,), margin_left=10.4, width=50.0, height=50.0)
    satori = layout_tree(node(children=(outer,)), width=300.0, height=200.0, measure_leaf=measure_leaf)
    browser = layout_tree(node(children=(outer,)), width=300.0, height=200.0, measure_leaf=measure_leaf,
                          browser=True)
    assert satori.children[0].children[0].x == 10
    assert browser.children[0].children[0].x == 11


def test_browser_lengths_are_layout_units() -> None:
    """features: browser: a px length is a LayoutUnit, toward zero at 1/64 px, as Blink converts it
    (Chromium puts a 10.4 px margin at 10.390625); Satori hands Yoga the float."""
    from pureog.layout.from_style import flex_style  # noqa: PLC0415

    style = ComputedStyle(margin_left=10.4, width=100.5, padding_top=0.3, height=Percent(50.0))
    assert flex_style(style).margin_left == 10.4
    browser = flex_style(style, browser=True)
    assert (browser.margin_left, browser.width, browser.padding_top) == (10.390625, 100.5, 0.296875)
    assert browser.height == Percent(50.0)
