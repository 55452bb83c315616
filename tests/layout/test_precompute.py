"""Per-box values resolved once (no percentages) equal the values resolved on every call."""

from __future__ import annotations

from pureog.f32 import f32
from pureog.layout.flex import _pb_sum
from pureog.layout.node import AUTO, FlexStyle, LayoutInput, Percent
from pureog.layout.tree import WorkNode
from pureog.style.values import BoxSizing, Position


def _both(style: FlexStyle) -> tuple[WorkNode, WorkNode]:
    fast = WorkNode(LayoutInput(style), is_root=False)
    slow = WorkNode(LayoutInput(style), is_root=False)
    for name in ("margin_px", "margin_axis_px", "padding_px", "pab_px", "pab_axis_px", "min_axis_px", "max_axis_px",
                 "initial_position", "gap_px", "definite", "pb_sums"):
        setattr(slow, name, None)
    slow.unbounded = False
    return fast, slow


def test_fixed_values_equal_the_general_path() -> None:
    styles = [
        FlexStyle(margin_left=3.0, margin_right=AUTO, padding_top=-2.0, padding_left=4, border_left=1.5,
                  min_width=10.0, max_height=50.0),
        FlexStyle(box_sizing=BoxSizing.CONTENT_BOX, padding_left=5.0, border_right=2.0, min_height=3.0, max_width=None),
        FlexStyle(margin_top=-0.0, max_width=AUTO, min_width=None),
        FlexStyle(margin_left=Percent(10.0), padding_top=Percent(5.0), min_width=Percent(20.0)),
        FlexStyle(position=Position.STATIC, margin_top=-0.0, margin_left=2.5, row_gap=-3.0, column_gap=4.25,
                  width=-1.0, height=0.0),
        FlexStyle(position=Position.ABSOLUTE, margin_top=-0.0, margin_bottom=1.1, column_gap=0.3, width=AUTO,
                  height=None, right=AUTO),
        FlexStyle(row_gap=Percent(5.0), width=Percent(50.0), height=30.0, min_width=40.0, max_width=40.0),
    ]
    for style in styles:
        fast, slow = _both(style)
        for w in (0.0, 100.0, 333.3, float("nan")):
            for edge in range(4):
                assert repr(fast.margin(edge, w)) == repr(slow.margin(edge, w))
                assert repr(fast.padding_and_border(edge, w)) == repr(slow.padding_and_border(edge, w))
            for axis in range(4):
                assert repr(fast.margin_for_axis(axis, w)) == repr(slow.margin_for_axis(axis, w))
                fast_pb, slow_pb = fast.padding_and_border_for_axis(axis, w), slow.padding_and_border_for_axis(axis, w)
                assert repr(fast_pb) == repr(slow_pb)
                for value in (-5.0, 0.0, 7.0, 1000.0, float("nan")):
                    assert repr(fast.bound_axis(axis, value, w, w)) == repr(slow.bound_axis(axis, value, w, w))
            for axis in range(4):
                assert repr(fast.gap_for_axis(axis, w)) == repr(slow.gap_for_axis(axis, w))
            if fast.pb_sums is not None:  # measure_leaf's padding + border sums (flex._pb_sum)
                assert fast.padding_px is not None
                fast.layout_padding, fast.layout_border = fast.padding_px, fast.border_style
                assert repr(fast.pb_sums) == repr((_pb_sum(fast, 0, 2), _pb_sum(fast, 1, 3)))
            fast.set_initial_position(w, 50.0)
            slow.set_initial_position(w, 50.0)
            assert repr(fast.position) == repr(slow.position)
            for dim in range(2):
                assert fast.has_definite_length(dim, w) == slow.has_definite_length(dim, w)
                assert repr(fast.resolved_min(dim, w, w)) == repr(slow.resolved_min(dim, w, w))
                assert repr(fast.resolved_max(dim, w, w)) == repr(slow.resolved_max(dim, w, w))


def test_percentages_are_not_fixed() -> None:
    fast, _ = _both(FlexStyle(margin_left=Percent(10.0), padding_top=Percent(5.0), max_width=Percent(50.0)))
    assert fast.margin_px is None and fast.padding_px is None and fast.max_axis_px is None
    assert fast.margin(0, 200.0) == 20.0 and fast.padding(1, 200.0) == 10.0


def test_flex_loop_constants_equal_the_helpers() -> None:
    """The constants the flex loops read in place (perf35): the flex factors, 'some margin is auto', 'no max
    size' and the fixed flex basis answer as the helpers they stand for."""
    from pureog.layout.flex_lines import constrain_max_size  # noqa: PLC0415
    from pureog.layout.tree import resolve as resolve_value  # noqa: PLC0415

    styles = [
        FlexStyle(flex_grow=2.0, flex_shrink=0.0, flex_basis=30.0, padding_left=4.0, border_right=1.0),
        FlexStyle(flex_grow=0.0, flex_shrink=0.0, margin_top=AUTO, max_height=40.0, box_sizing=BoxSizing.CONTENT_BOX,
                  padding_top=3.0, flex_basis=12.5),
        FlexStyle(position=Position.ABSOLUTE, flex_grow=1.0, margin_right=AUTO, max_width=Percent(50.0)),
        FlexStyle(flex_basis=Percent(20.0), min_width=5.0),
        FlexStyle(flex_basis=AUTO, box_sizing=BoxSizing.CONTENT_BOX, padding_left=Percent(5.0)),
        FlexStyle(),
    ]
    for style in styles:
        for is_root in (False, True):
            node = WorkNode(LayoutInput(style), is_root=is_root)
            grow = 0.0 if is_root else style.flex_grow
            shrink = 0.0 if is_root else style.flex_shrink
            assert (node.grow, node.shrink) == (grow, shrink)
            assert node.flexible == (style.position is not Position.ABSOLUTE and (grow != 0.0 or shrink != 0.0))
            assert node.auto_margin == any(node.margin_is_auto(edge) for edge in range(4))
            for w in (0.0, 100.0, 333.3, float("nan")):
                for axis in range(4):
                    if node.no_max:  # constrain_max_size must be the identity for every request
                        for mode in range(3):
                            for size in (0.0, 50.0, 1e6, float("nan")):
                                assert repr(constrain_max_size(node, axis, w, w, mode, size)) == repr((mode, size))
                    if node.flex_basis_px is not None:
                        expected = resolve_value(style.flex_basis, w)
                        if style.box_sizing is not BoxSizing.BORDER_BOX:
                            expected = f32(expected + node.padding_and_border_for_axis(0 if axis < 2 else 2, w))
                        assert repr(node.flex_basis_px[axis >= 2]) == repr(expected)
                        assert repr(node.flex_basis_px[axis >= 2]) == repr(node.resolved_flex_basis(axis, w, w))
    assert WorkNode(LayoutInput(styles[3]), is_root=False).flex_basis_px is None  # a percentage basis
    assert WorkNode(LayoutInput(styles[4]), is_root=False).flex_basis_px is None  # percentage padding
