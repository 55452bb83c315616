"""Corner radii resolve as Satori does; backgrounds and borders become the right fills."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pureog.color import Color
from pureog.display import FillPath, FillRule, Group, SolidPaint
from pureog.errors import StyleError
from pureog.geometry import Rect
from pureog.paint.box import paint_background, paint_border
from pureog.paint.radius import inner_radii, resolve_radii
from pureog.style.computed import ComputedStyle
from pureog.style.values import BorderStyle, Percent

RED = Color(255, 0, 0)
BLUE = Color(0, 0, 255)


def _rounded(r: object) -> ComputedStyle:
    corner = (r, r)
    return ComputedStyle(border_top_left_radius=corner, border_top_right_radius=corner,  # type: ignore[arg-type]
                         border_bottom_right_radius=corner, border_bottom_left_radius=corner)


def test_huge_single_radius_makes_a_pill() -> None:
    assert resolve_radii(_rounded(9999.0), 100, 50) == ((25.0, 25.0),) * 4


def test_percent_radius_makes_an_ellipse() -> None:
    assert resolve_radii(_rounded(Percent(50)), 100, 50) == ((50.0, 25.0),) * 4


def test_small_radius_unchanged_and_zero_means_square() -> None:
    assert resolve_radii(_rounded(8.0), 100, 50) == ((8.0, 8.0),) * 4
    assert resolve_radii(ComputedStyle(), 100, 50) == ((0.0, 0.0),) * 4


def test_one_large_corner_is_limited_by_its_neighbour() -> None:
    style = replace(ComputedStyle(), border_top_left_radius=(80.0, 80.0), border_top_right_radius=(10.0, 10.0))
    (tl, tr, br, bl) = resolve_radii(style, 100, 100)
    assert tl == (80.0, 80.0) and tr == (10.0, 10.0)  # 80 + 10 <= 100: untouched
    style = replace(style, border_top_left_radius=(95.0, 95.0))
    (tl, tr, _, _) = resolve_radii(style, 100, 100)
    assert tl == (90.0, 90.0) and tr == (10.0, 10.0)  # limit - other, then min(rx, ry)


def test_inner_radii_shrink_by_border_widths() -> None:
    assert inner_radii(((10, 10),) * 4, 4, 2, 4, 2)[0] == (8, 6)  # type: ignore[arg-type]
    assert inner_radii(((3, 3),) * 4, 4, 4, 4, 4)[0] == (0.0, 0.0)  # type: ignore[arg-type]


def test_background_fill_and_transparent_background() -> None:
    rect = Rect(10, 20, 30, 40)
    style = ComputedStyle(background_color=RED)
    (fill,) = paint_background(style, rect, resolve_radii(style, 30, 40))
    assert isinstance(fill, FillPath) and fill.paint == SolidPaint(RED)
    assert fill.path.bounds() == rect
    assert paint_background(ComputedStyle(), rect, ((0.0, 0.0),) * 4) == []  # type: ignore[arg-type]


def _bordered(**overrides: object) -> ComputedStyle:
    base = {}
    for side in ("top", "right", "bottom", "left"):
        base[f"border_{side}_width"] = 4.0
        base[f"border_{side}_style"] = BorderStyle.SOLID
        base[f"border_{side}_color"] = RED
    base.update(overrides)
    return ComputedStyle(**base)  # type: ignore[arg-type]


def test_uniform_border_is_one_even_odd_ring() -> None:
    style = _bordered()
    (ring,) = paint_border(style, Rect(0, 0, 50, 30), ((0.0, 0.0),) * 4, "$")  # type: ignore[arg-type]
    assert isinstance(ring, FillPath) and ring.fill_rule == FillRule.EVENODD
    assert ring.paint == SolidPaint(RED)
    moves = [s for s in ring.path.segments if s[0] == "M"]
    assert moves == [("M", 0, 0), ("M", 4, 4)]  # outer box, then the padding box


def test_sides_with_different_colours_are_clipped_per_side() -> None:
    style = _bordered(border_left_color=BLUE)
    nodes = paint_border(style, Rect(0, 0, 50, 30), ((0.0, 0.0),) * 4, "$")  # type: ignore[arg-type]
    assert len(nodes) == 4 and all(isinstance(n, Group) and n.clip is not None for n in nodes)
    colours = [n.children[0].paint.color for n in nodes]  # type: ignore[union-attr]
    assert colours == [RED, RED, RED, BLUE]


def test_dashed_border_is_a_clear_error_for_now() -> None:
    style = _bordered(border_top_style=BorderStyle.DASHED)
    with pytest.raises(StyleError, match="dashed"):
        paint_border(style, Rect(0, 0, 50, 30), ((0.0, 0.0),) * 4, "$.element")  # type: ignore[arg-type]
