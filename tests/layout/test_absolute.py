"""Absolutely positioned boxes (hand-computed; agree with Yoga 3.2.1)."""

from __future__ import annotations

from pureog.layout.node import AUTO, FlexStyle, LayoutInput, Percent
from pureog.style.values import Align, FlexDirection, Justify, Position
from tests.layout.fakes import TextLeaf
from tests.layout.test_flex import box, lay, rects

ABS = Position.ABSOLUTE


def test_insets_place_the_box_inside_the_padding_box() -> None:
    r = lay(
        box(
            200.0, 100.0, box(20.0, 10.0, position=ABS, left=5.0, top=Percent(10.0)), border_left=3.0, padding_left=50.0
        )
    )
    assert rects(r) == [(8, 10, 20, 10)]  # insets are measured from the border's inner edge


def test_end_insets_and_both_insets_size_the_box() -> None:
    r = lay(box(200.0, 100.0, box(20.0, 10.0, position=ABS, right=5.0, bottom=5.0)))
    assert rects(r) == [(175, 85, 20, 10)]
    r = lay(box(200.0, 100.0, box(AUTO, AUTO, position=ABS, left=10.0, right=30.0, top=0.0, bottom=Percent(50.0))))
    assert rects(r) == [(10, 0, 160, 50)]


def test_without_insets_justify_and_align_give_the_static_position() -> None:
    child = box(20.0, 10.0, position=ABS)
    r = lay(box(200.0, 100.0, child, justify_content=Justify.CENTER, align_items=Align.FLEX_END, padding_left=10.0))
    assert rects(r) == [(95, 90, 20, 10)]  # centred in the content box: 10 + (190 - 20) / 2


def test_absolute_boxes_take_no_space_in_the_line() -> None:
    r = lay(box(200.0, 100.0, box(50.0, position=ABS), box(30.0)))
    assert rects(r)[1] == (0, 0, 30, 100)


def test_auto_sized_absolute_text_shrinks_to_fit() -> None:
    text = LayoutInput(FlexStyle(position=ABS, left=0.0, top=0.0), (), TextLeaf(50, 10.0, 10.0))
    r = lay(box(200.0, 100.0, text, flex_direction=FlexDirection.COLUMN))
    assert rects(r) == [(0, 0, 200, 30)]  # at most the containing block's width (column parent)


def test_static_parent_does_not_form_the_containing_block() -> None:
    inner = box(20.0, 20.0, position=ABS, right=0.0, bottom=0.0)
    static = box(50.0, 50.0, inner, position=Position.STATIC, margin_left=10.0)
    r = lay(box(200.0, 100.0, static, align_items=Align.FLEX_START))
    assert rects(r) == [(10, 0, 50, 50)]
    # Placed against the grandparent (200x100), then expressed relative to the static parent.
    assert rects(r.children[0]) == [(170, 80, 20, 20)]
