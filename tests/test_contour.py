"""Superellipse corners (pureog/contour.py) and cornerShape's values (pureog/style/corner_shape.py)."""

from __future__ import annotations

import pytest

from pureog.contour import NOTCH, ROUND_CORNERS, STRAIGHT, _half_corner_cubic, contoured_rect_path
from pureog.errors import StyleError
from pureog.geometry import Rect
from pureog.path import rounded_rect_path
from pureog.style.corner_shape import expand_corner_shape, expand_top, parse_corner_shape

R = Rect(0.0, 0.0, 100.0, 60.0)
RADII = ((20.0, 20.0),) * 4


def test_keywords_and_superellipse() -> None:
    values = {"round": 2.0, "squircle": 4.0, "bevel": 1.0, "scoop": 0.5, "square": STRAIGHT, "notch": NOTCH,
              "superellipse(3)": 8.0, "superellipse(-1)": 0.5, "superellipse(infinity)": STRAIGHT,
              "superellipse(-infinity)": NOTCH}
    for text, curvature in values.items():
        assert parse_corner_shape(text, None) == curvature  # type: ignore[arg-type]
    for bad in ("circle", "superellipse()", "round bevel", "superellipse(1px)"):
        with pytest.raises(StyleError):
            parse_corner_shape(bad, None)  # type: ignore[arg-type]


def test_shorthands_repeat_as_border_radius() -> None:
    assert [v for _, v in expand_corner_shape("bevel scoop")] == ["bevel", "scoop", "bevel", "scoop"]
    assert [v for _, v in expand_corner_shape("bevel scoop notch")] == ["bevel", "scoop", "notch", "scoop"]
    assert expand_top("squircle") == [("cornerTopLeftShape", "squircle"), ("cornerTopRightShape", "squircle")]


def test_paths() -> None:
    # (Blink's fitted control points may sit a hair outside the box; the curve does not)
    bounds = contoured_rect_path(R, RADII, (4.0, 4.0, 4.0, 4.0)).bounds()
    assert (bounds.x, bounds.y, bounds.right, bounds.bottom) == pytest.approx((0.0, 0.0, 100.0, 60.0), abs=0.1)
    # square corners are the box itself; bevel corners cut straight from start to end
    square = contoured_rect_path(R, RADII, (STRAIGHT,) * 4)
    assert any(seg[:3] == ("L", 100.0, 0.0) for seg in square.segments)
    bevel = contoured_rect_path(R, RADII, (1.0,) * 4)
    assert [seg[0] for seg in bevel.segments].count("C") == 0
    # a notch goes in to the corner's centre
    notch = contoured_rect_path(R, RADII, (NOTCH,) * 4)
    assert any(seg[:3] == ("L", 80.0, 20.0) for seg in notch.segments)
    # round corners are the ordinary rounded rectangle's arcs (to the ulps of kurbo's arcs, which it keeps)
    a, b = contoured_rect_path(R, RADII, ROUND_CORNERS).bounds(), rounded_rect_path(R, RADII).bounds()
    assert (a.x, a.y, a.width, a.height) == pytest.approx((b.x, b.y, b.width, b.height), abs=1e-9)


def test_half_corner_fit_meets_the_superellipse_at_45_degrees() -> None:
    for curvature in (1.5, 3.0, 4.0, 16.0):
        _, _, end = _half_corner_cubic(curvature)
        assert end == pytest.approx((0.5 ** (1 / curvature),) * 2)
