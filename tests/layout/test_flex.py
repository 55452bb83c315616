"""Hand-computed flex layouts, one feature at a time (each also agrees with Yoga 3.2.1)."""

from __future__ import annotations

import math

from pureog.layout.flex import compute
from pureog.layout.node import AUTO, FlexStyle, LayoutInput, LayoutResult, MeasureMode, Percent
from pureog.style.values import Align, BoxSizing, Display, FlexDirection, FlexWrap, Justify
from tests.layout.fakes import TextLeaf

ROW, COLUMN = FlexDirection.ROW, FlexDirection.COLUMN


def box(w: object = AUTO, h: object = AUTO, *children: LayoutInput, **kw: object) -> LayoutInput:
    return LayoutInput(FlexStyle(width=w, height=h, **kw), tuple(children))  # type: ignore[arg-type]


def rects(r: LayoutResult) -> list[tuple[float, float, float, float]]:
    return [(c.x, c.y, c.width, c.height) for c in r.children]


def lay(tree: LayoutInput, w: float = 500.0, h: float = 500.0) -> LayoutResult:
    return compute(tree, w, h)


def test_row_items_stretch_to_the_container_height() -> None:
    r = lay(box(300.0, 100.0, box(50.0), box(70.0)))
    assert rects(r) == [(0, 0, 50, 100), (50, 0, 70, 100)]


def test_column_items_stretch_to_the_container_width() -> None:
    r = lay(box(300.0, 100.0, box(h=20.0), box(h=30.0), flex_direction=COLUMN))
    assert rects(r) == [(0, 0, 300, 20), (0, 20, 300, 30)]


def test_row_reverse_and_column_reverse_start_from_the_end() -> None:
    r = lay(box(300.0, 100.0, box(50.0), box(70.0), flex_direction=FlexDirection.ROW_REVERSE))
    assert rects(r) == [(250, 0, 50, 100), (180, 0, 70, 100)]
    r = lay(box(300.0, 100.0, box(h=20.0), box(h=30.0), flex_direction=FlexDirection.COLUMN_REVERSE))
    assert rects(r) == [(0, 80, 300, 20), (0, 50, 300, 30)]


def test_flex_grow_shares_free_space_by_factor() -> None:
    r = lay(box(300.0, 100.0, box(flex_grow=1.0), box(flex_grow=2.0), box(60.0)))
    assert rects(r) == [(0, 0, 80, 100), (80, 0, 160, 100), (240, 0, 60, 100)]


def test_grow_factors_below_one_in_total_count_as_one() -> None:
    # Yoga: a total grow factor between 0 and 1 is treated as 1, so 0.5 takes half the free space.
    r = lay(box(200.0, 10.0, box(flex_grow=0.5)))
    assert rects(r) == [(0, 0, 100, 10)]


def test_flex_shrink_is_weighted_by_the_flex_basis() -> None:
    # Overflow 100px; scaled factors 1*100 and 1*300: the second loses 75, the first 25.
    r = lay(box(300.0, 10.0, box(100.0, flex_shrink=1.0), box(300.0, flex_shrink=1.0)))
    assert rects(r) == [(0, 0, 75, 10), (75, 0, 225, 10)]


def test_flex_shrink_zero_by_default_overflows() -> None:
    r = lay(box(100.0, 10.0, box(80.0), box(80.0)))
    assert rects(r) == [(0, 0, 80, 10), (80, 0, 80, 10)]


def test_flex_basis_px_and_percent_override_the_width() -> None:
    r = lay(box(200.0, 10.0, box(10.0, flex_basis=50.0), box(10.0, flex_basis=Percent(25.0))))
    assert rects(r) == [(0, 0, 50, 10), (50, 0, 50, 10)]


def test_min_and_max_clamp_flexed_sizes() -> None:
    r = lay(box(300.0, 10.0, box(flex_grow=1.0, max_width=50.0), box(flex_grow=1.0)))
    assert rects(r) == [(0, 0, 50, 10), (50, 0, 250, 10)]
    r = lay(box(100.0, 10.0, box(80.0, flex_shrink=1.0, min_width=70.0), box(80.0, flex_shrink=1.0)))
    assert rects(r) == [(0, 0, 70, 10), (70, 0, 30, 10)]


def test_justify_content_all_values() -> None:
    def xs(justify: Justify) -> list[float]:
        r = lay(box(200.0, 10.0, box(20.0), box(20.0), box(40.0), justify_content=justify))
        return [c.x for c in r.children]

    assert xs(Justify.FLEX_START) == [0, 20, 40]
    assert xs(Justify.FLEX_END) == [120, 140, 160]
    assert xs(Justify.CENTER) == [60, 80, 100]
    assert xs(Justify.SPACE_BETWEEN) == [0, 80, 160]
    assert xs(Justify.SPACE_AROUND) == [20, 80, 140]  # 120 free: 20 at the ends, 40 between
    assert xs(Justify.SPACE_EVENLY) == [30, 80, 130]


def test_space_between_falls_back_to_flex_start_on_overflow() -> None:
    r = lay(box(50.0, 10.0, box(40.0), box(40.0), justify_content=Justify.SPACE_BETWEEN))
    assert [c.x for c in r.children] == [0, 40]


def test_align_items_and_align_self() -> None:
    r = lay(
        box(
            100.0,
            100.0,
            box(10.0, 20.0),
            box(10.0, 20.0, align_self=Align.CENTER),
            box(10.0, 20.0, align_self=Align.FLEX_END),
            box(10.0, align_self=Align.STRETCH),
            align_items=Align.FLEX_START,
        )
    )
    assert rects(r) == [(0, 0, 10, 20), (10, 40, 10, 20), (20, 80, 10, 20), (30, 0, 10, 100)]


def test_wrap_makes_lines_and_align_content_places_them() -> None:
    items = [box(60.0, 20.0) for _ in range(3)]
    r = lay(box(150.0, 100.0, *items, flex_wrap=FlexWrap.WRAP))
    assert rects(r) == [(0, 0, 60, 20), (60, 0, 60, 20), (0, 20, 60, 20)]
    r = lay(box(150.0, 100.0, *items, flex_wrap=FlexWrap.WRAP, align_content=Align.FLEX_END))
    assert rects(r) == [(0, 60, 60, 20), (60, 60, 60, 20), (0, 80, 60, 20)]
    r = lay(box(150.0, 100.0, *items, flex_wrap=FlexWrap.WRAP, align_content=Align.SPACE_BETWEEN))
    assert [c.y for c in r.children] == [0, 0, 80]
    r = lay(box(150.0, 100.0, *items, flex_wrap=FlexWrap.WRAP, align_content=Align.CENTER))
    assert [c.y for c in r.children] == [30, 30, 50]


def test_align_content_stretch_grows_the_lines() -> None:
    items = [box(60.0) for _ in range(3)]
    r = lay(box(150.0, 100.0, *items, flex_wrap=FlexWrap.WRAP, align_content=Align.STRETCH))
    assert rects(r) == [(0, 0, 60, 50), (60, 0, 60, 50), (0, 50, 60, 50)]


def test_wrap_reverse_stacks_lines_from_the_bottom() -> None:
    items = [box(60.0, 20.0) for _ in range(3)]
    r = lay(box(150.0, 100.0, *items, flex_wrap=FlexWrap.WRAP_REVERSE))
    assert rects(r) == [(0, 80, 60, 20), (60, 80, 60, 20), (0, 60, 60, 20)]


def test_gaps_between_items_and_lines() -> None:
    items = [box(60.0, 20.0) for _ in range(3)]
    r = lay(box(150.0, 100.0, *items, flex_wrap=FlexWrap.WRAP, column_gap=10.0, row_gap=5.0))
    assert rects(r) == [(0, 0, 60, 20), (70, 0, 60, 20), (0, 25, 60, 20)]


def test_padding_border_and_margins_offset_items() -> None:
    r = lay(
        box(
            100.0,
            100.0,
            box(10.0, 10.0, margin_left=5.0, margin_top=3.0),
            padding_left=7.0,
            padding_top=2.0,
            border_left=1.0,
            border_top=4.0,
            align_items=Align.FLEX_START,
        )
    )
    assert rects(r) == [(13, 9, 10, 10)]
    assert r.padding == (2, 0, 0, 7) and r.border == (4, 0, 0, 1)


def test_auto_margins_absorb_free_space() -> None:
    r = lay(box(100.0, 50.0, box(20.0, 10.0, margin_left=AUTO), align_items=Align.FLEX_START))
    assert rects(r) == [(80, 0, 20, 10)]
    both = dict(margin_left=AUTO, margin_right=AUTO, margin_top=AUTO, margin_bottom=AUTO)
    r = lay(box(100.0, 50.0, box(20.0, 10.0, **both)))
    assert rects(r) == [(40, 20, 20, 10)]


def test_percent_sizes_and_margins_resolve_against_the_parent_width() -> None:
    r = lay(
        box(200.0, 100.0, box(Percent(50.0), Percent(50.0), margin_top=Percent(10.0)), align_items=Align.FLEX_START)
    )
    assert rects(r) == [(0, 20, 100, 50)]  # vertical margin % is of the *width*


def test_content_box_adds_padding_and_border_to_the_size() -> None:
    r = lay(box(200.0, 100.0, box(50.0, 20.0, padding_left=5.0, border_right=2.0, box_sizing=BoxSizing.CONTENT_BOX)))
    assert rects(r)[0][2] == 57


def test_padding_and_border_are_a_minimum_size() -> None:
    r = lay(box(200.0, 100.0, box(4.0, 4.0, padding_left=10.0, border_left=3.0), align_items=Align.FLEX_START))
    assert rects(r) == [(0, 0, 13, 4)]


def test_display_none_boxes_are_zero_and_take_no_space() -> None:
    r = lay(box(200.0, 100.0, box(50.0, display=Display.NONE), box(30.0)))
    assert rects(r) == [(0, 0, 0, 0), (0, 0, 30, 100)]


def test_display_contents_children_join_the_grandparent() -> None:
    inner = box(AUTO, AUTO, box(30.0), box(40.0), display=Display.CONTENTS)
    r = lay(box(200.0, 100.0, box(10.0), inner))
    assert rects(r) == [(0, 0, 10, 100), (0, 0, 0, 0)]
    assert rects(r.children[1]) == [(10, 0, 30, 100), (40, 0, 40, 100)]


def test_relative_insets_shift_the_box() -> None:
    r = lay(box(200.0, 100.0, box(10.0, 10.0, left=5.0, top=Percent(10.0)), box(10.0, 10.0, right=3.0)))
    assert rects(r)[0] == (5, 10, 10, 10)
    assert rects(r)[1] == (7, 0, 10, 10)


def test_auto_sized_container_hugs_its_content() -> None:
    r = lay(
        box(
            AUTO,
            AUTO,
            box(AUTO, AUTO, box(30.0, 20.0), box(40.0, 10.0), padding_left=5.0),
            align_items=Align.FLEX_START,
        )
    )
    assert rects(r) == [(0, 0, 75, 20)]


def test_measured_leaf_gets_yoga_measure_modes() -> None:
    calls: list[tuple[float, MeasureMode, float, MeasureMode]] = []

    def measure(w: float, wm: MeasureMode, h: float, hm: MeasureMode) -> tuple[float, float]:
        calls.append((w, wm, h, hm))
        return (30.0, 12.0)

    r = lay(box(200.0, 100.0, LayoutInput(FlexStyle(padding_left=5.0), (), measure), align_items=Align.FLEX_START))
    assert rects(r) == [(0, 0, 35, 12)]
    width, width_mode, height, height_mode = calls[0]
    assert (width, width_mode) == (195.0, MeasureMode.AT_MOST)  # inner width, at most
    assert (height, height_mode) == (100.0, MeasureMode.AT_MOST)  # the container's definite height

    calls.clear()
    lay(box(AUTO, AUTO, LayoutInput(FlexStyle(), (), measure)), math.nan, math.nan)
    width, width_mode, height, height_mode = calls[0]
    assert math.isnan(width) and width_mode == MeasureMode.UNDEFINED
    assert math.isnan(height) and height_mode == MeasureMode.UNDEFINED


def test_text_leaf_wraps_to_the_available_width() -> None:
    text = LayoutInput(FlexStyle(), (), TextLeaf(20, 10.0, 15.0))
    r = lay(box(120.0, 100.0, text, flex_direction=COLUMN))
    assert rects(r) == [(0, 0, 120, 30)]  # 12 chars a line -> 2 lines; stretched to 120
    r = lay(box(120.0, 100.0, text, flex_direction=COLUMN, align_items=Align.FLEX_START))
    assert rects(r) == [(0, 0, 120, 30)]
    r = lay(box(AUTO, 100.0, text, align_items=Align.FLEX_START), 500.0, 500.0)
    assert rects(r) == [(0, 0, 200, 15)]


def test_shrinking_text_rewraps_at_the_final_width() -> None:
    text = LayoutInput(FlexStyle(flex_shrink=1.0), (), TextLeaf(20, 10.0, 15.0))
    r = lay(box(150.0, 100.0, box(50.0), text, align_items=Align.FLEX_START))
    assert rects(r) == [(0, 0, 50, 0), (50, 0, 100, 30)]  # 15 chars a line -> 2 lines


def test_baseline_alignment_uses_the_bottom_of_leaves() -> None:
    r = lay(box(200.0, 100.0, box(10.0, 20.0), box(10.0, 40.0), align_items=Align.BASELINE))
    assert rects(r) == [(0, 20, 10, 20), (10, 0, 10, 40)]


def test_aspect_ratio_derives_the_cross_size() -> None:
    r = lay(box(200.0, 100.0, LayoutInput(FlexStyle(width=40.0, aspect_ratio=2.0)), align_items=Align.FLEX_START))
    assert rects(r) == [(0, 0, 40, 20)]


def test_root_with_max_size_fits_its_content() -> None:
    r = lay(box(AUTO, AUTO, box(30.0, 10.0), max_width=100.0), 500.0, 500.0)
    assert (r.width, r.height) == (30, 500)
    r = lay(box(AUTO, AUTO, box(300.0, 10.0), max_width=100.0), 500.0, 500.0)
    assert (r.width, r.height) == (100, 500)


def test_wrapping_container_drops_the_cross_start_margin_of_flex_start_items() -> None:
    """Yoga quirk: in a wrapping container, flex-start items are re-placed at the line start plus
    their *inset*, losing their margin. Satori's canvas root is such a container, so a root
    element's margin-top is ignored by the reference (checked against yoga-layout 3.2.1)."""
    root = FlexStyle(width=200.0, height=100.0, flex_wrap=FlexWrap.WRAP, align_items=Align.FLEX_START)
    r = lay(LayoutInput(root, (box(50.0, 30.0, margin_top=20.0, margin_left=10.0),)))
    assert rects(r) == [(10, 0, 50, 30)]


def test_measure_cache_reuses_a_compatible_measurement() -> None:
    calls: list[tuple[float, MeasureMode]] = []
    leaf = TextLeaf(10, 10.0, 10.0)

    def measure(w: float, wm: MeasureMode, h: float, hm: MeasureMode) -> tuple[float, float]:
        calls.append((w, wm))
        return leaf(w, wm, h, hm)

    lay(box(300.0, 100.0, LayoutInput(FlexStyle(), (), measure)))
    # Max-content measure for the flex basis, then an exact 100px (= the measured width) request is
    # served from the cache.
    assert len(calls) == 1
