"""Skia's offset quads decide in tiny-skia's single precision (pureog/stroke/offset.py)."""

from __future__ import annotations

import pytest

from pureog.stroke.offset import _f32, _sharp_angle, offset_cubic

# kurbo's cubic for a quarter circle of radius 2 (an SVG arc "M3 5a2 2 0 0 1 2-2"), as usvg hands it on.
QUARTER = ((3.0, 5.0), (3.0, 3.8954305), (3.8954305, 3.0), (5.0, 3.0))


def test_quarter_circle_outer_side_is_one_quad_at_scale_near_one() -> None:
    # Drawn at 26 px for a 24-unit viewBox: tolerance 1 / (4 * 26 / 24). The outer quad's midpoint is
    # 0.197 units off the circle (within 0.231), and its control point sits on the corner in f32, so
    # tiny-skia keeps one quad; double precision put it an ulp off and split it (a 32 px icon's stroked
    # corners then lost up to 75/255 of their outer edge).
    outer = offset_cubic(QUARTER, 1.25, -1, 1 / (4 * 26 / 24))
    assert len(outer) == 1
    assert outer[0] == pytest.approx((1.75, 1.75, 5.0, 1.75), abs=1e-6)


def test_split_when_the_scale_asks_for_more_precision() -> None:
    assert len(offset_cubic(QUARTER, 1.25, -1, 1 / (4 * 40 / 24))) == 2


def test_sharp_angle_right_angle_is_not_sharp() -> None:
    assert not _sharp_angle(((1.75, 5.0), (1.75, 1.75), (5.0, 1.75)), _f32)
    assert _sharp_angle(((1.75, 5.0), (1.0, 1.75), (5.0, 1.75)), _f32)


def test_a_tolerance_single_precision_cannot_resolve_keeps_the_subdivision_bounded() -> None:
    # a quarter circle of radius 1 drawn at 1e8 px (an SVG viewBox of 1e-6): its tolerance, 2.5e-9
    # user units, is below an f32 step at 1 (1.2e-7); in f32 the subdivision never converged (a hang)
    quarter = ((1.0, 0.0), (1.0, 0.5522847), (0.5522847, 1.0), (0.0, 1.0))
    ops = offset_cubic(quarter, 0.5, 1, 1 / (4 * 1e8))
    assert 0 < len(ops) < 10_000
