"""Pixel snapping as Yoga does it (point scale factor 1)."""

from __future__ import annotations

import math

from pureog.f32 import f32
from pureog.layout.node import FlexStyle, LayoutInput
from pureog.layout.round import _snapped_size, round_value_to_pixel_grid
from pureog.style.values import Align
from tests.layout.fakes import FixedLeaf
from tests.layout.test_flex import box, lay, rects


def test_round_value_half_up_and_forced_directions() -> None:
    assert round_value_to_pixel_grid(2.5, False, False) == 3
    assert round_value_to_pixel_grid(2.49, False, False) == 2
    assert round_value_to_pixel_grid(-2.5, False, False) == -2
    assert round_value_to_pixel_grid(2.2, True, False) == 3
    assert round_value_to_pixel_grid(2.8, False, True) == 2
    assert round_value_to_pixel_grid(2.99999, True, False) == 3  # within 1e-4 of whole: not ceiled up
    assert math.isnan(round_value_to_pixel_grid(math.nan, False, False))


def test_snapped_size_equals_the_float32_difference() -> None:
    # Snapped edges are whole numbers: below 2**23 their difference needs no float32 rounding.
    values = [0.0, -0.0, 0.5, -0.5, -0.2, -1e-12, 1e-5, 2.5, 33.333, -3.7, 8388607.6, -8388608.4, 1e9 + 0.7,
              16777217.0, -2e10, 3.5e38, math.inf, -math.inf, math.nan]
    for end in values:
        for start in values:
            for ceil, floor in ((False, False), (True, False), (False, True)):
                a = round_value_to_pixel_grid(end, ceil, floor)
                b = round_value_to_pixel_grid(start, False, floor)
                assert repr(_snapped_size(a, b)) == repr(f32(f32(a) - f32(b)))


def test_sizes_come_from_rounded_absolute_edges() -> None:
    # Three thirds of 100: edges at 33.33 and 66.67 -> widths 33, 34, 33 (no gaps, no overlap).
    r = lay(box(100.0, 10.0, box(flex_grow=1.0), box(flex_grow=1.0), box(flex_grow=1.0)))
    assert rects(r) == [(0, 0, 33, 10), (33, 0, 34, 10), (67, 0, 33, 10)]


def test_position_is_rounded_relative_to_the_parent() -> None:
    # Parent at x=0.4 (rounds to 0), child at +0.4 inside it (rounds to 0): absolute 0.8 would be 1.
    inner = box(10.0, 10.0, margin_left=0.4)
    r = lay(box(100.0, 20.0, box(20.0, 20.0, inner, margin_left=0.4, align_items=Align.FLEX_START)))
    assert r.children[0].x == 0 and r.children[0].children[0].x == 0
    assert r.children[0].children[0].width == 10


def test_measured_leaves_never_round_their_size_down() -> None:
    leaf = LayoutInput(FlexStyle(margin_left=0.3), (), FixedLeaf(10.2, 5.0))
    r = lay(box(100.0, 20.0, leaf, align_items=Align.FLEX_START))
    # Text rounding: position floored (0.3 -> 0); fractional width ceiled at the right edge.
    assert rects(r) == [(0, 0, 11, 5)]
