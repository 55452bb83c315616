"""Corner radii resolve as Satori does; backgrounds and borders become the right fills."""

from __future__ import annotations

from pureog.color import Color
from pureog.display import FillPath, SolidPaint
from pureog.geometry import Rect
from pureog.paint.box import paint_background
from pureog.paint.radius import inner_radii, resolve_radii
from pureog.records import replace
from pureog.style.computed import ComputedStyle
from pureog.style.values import Percent

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


def test_no_radius_shortcut_agrees_with_the_full_resolution() -> None:
    # resolve_radii answers a style without radii at once; a 0 % radius (not the default corner)
    # takes the full resolution, which must give the same corners for any box size.
    for width, height in ((100.0, 50.0), (0.0, 0.0), (-5.0, 10.0), (float("nan"), 10.0), (10.0, -0.0)):
        assert resolve_radii(ComputedStyle(), width, height) == resolve_radii(_rounded(Percent(0)), width, height)


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


def test_a_corner_with_one_zero_radius_is_square() -> None:
    """(18, 0) is a square corner: the sides meet at the corner point, never on a diagonal (the shape of
    a box-shadow whose negative spread shrinks a 21px / 3px corner; found by paintgen seed 9132)."""
    from pureog.path import rounded_rect_path  # noqa: PLC0415

    path = rounded_rect_path(Rect(35, 29, 50, 49), ((30, 9), (18, 0), (30, 9), (18, 0)))
    points = [seg[-2:] for seg in path.segments if seg[0] in ("M", "L", "C")]
    assert (85, 29) in points and (35, 78) in points  # the square top-right and bottom-left corners
    assert path.bounds() == Rect(35, 29, 50, 49)


def test_borders_are_painted_once_per_style_and_place() -> None:
    # paint_border's memo: the same style object at the same place gives the same nodes (fresh lists);
    # another place, or an equal style that is another object, is painted again, to equal nodes.
    from pureog.paint.border import paint_border

    style = replace(_rounded(12.0), border_left_width=4.0, border_left_color=Color(37, 99, 235))
    rect = Rect(10.0, 20.0, 176.0, 88.0)
    radii = resolve_radii(style, rect.width, rect.height)
    first = paint_border(style, rect, radii)
    again = paint_border(style, rect, radii)
    assert first and again is not first and all(a is b for a, b in zip(first, again, strict=True))
    twin = paint_border(replace(style), rect, radii)
    assert twin == first and twin[0] is not first[0]
    moved = paint_border(style, Rect(11.0, 20.0, 176.0, 88.0), radii)
    assert moved != first


def test_kept_radii_are_the_resolution_of_that_style_and_size() -> None:
    # resolve_radii keeps its answer per style object and size (paint/radius.py): asked again, or for
    # another size or style, it gives what resolving afresh gives; a zero size is not kept.
    import math

    from pureog.paint.radius import _resolved

    styles = [_rounded(12.0), _rounded(Percent(30)), _rounded(9999.0),
              replace(ComputedStyle(), border_top_left_radius=(80.0, 80.0), border_top_right_radius=(10.0, 10.0))]
    sizes = [(176.0, 88.0), (100.0, 50.0), (3.0, 90.0), (0.0, 10.0), (-0.0, 10.0), (10.0, float("nan"))]
    for _ in range(2):
        for style in styles:
            for width, height in sizes:
                for sides in (False, True):
                    kept = resolve_radii(style, width, height, sides=sides)
                    fresh = _resolved(style, width, height, sides)
                    signs = [math.copysign(1.0, v) for corner in kept for v in corner]
                    assert (kept == fresh or math.isnan(height)) and signs == [
                        math.copysign(1.0, v) for corner in fresh for v in corner]
