"""Non-anti-aliased scan conversion (pureog/raster/scan_aliased.py): pixel centres and tiny-skia's ties."""

from __future__ import annotations

from pureog.display import FillRule
from pureog.raster.scan_aliased import rasterize_aliased

BOX = (0, 0, 20, 20)


def _rect(x0: float, y0: float, x1: float, y1: float) -> list[float]:
    return [x0, y0, x1, y0, x1, y1, x0, y1]


def _painted(mask: object) -> set[tuple[int, int]]:
    assert mask is not None
    return {(x, y) for y in range(20) for x in range(20) if mask.coverage(x, y)}  # type: ignore[attr-defined]


def test_pixels_whose_centre_is_inside_are_full_the_rest_empty() -> None:
    mask = rasterize_aliased([_rect(2.4, 3.6, 6.6, 5.4)], FillRule.NONZERO, BOX)
    # centres x+0.5 in (2.4, 6.6) -> columns 2..6; y+0.5 in (3.6, 5.4) -> rows 4..4
    assert _painted(mask) == {(x, 4) for x in range(2, 7)}
    assert mask is not None and {mask.coverage(x, 4) for x in range(2, 7)} == {255}


def test_ties_round_half_up_on_both_edges() -> None:
    # Edges through pixel centres: round(2.5) = 3 starts the span, round(5.5) = 6 ends it (exclusive);
    # rows likewise from round(1.5) = 2 to round(3.5) = 4 (exclusive).
    mask = rasterize_aliased([_rect(2.5, 1.5, 5.5, 3.5)], FillRule.NONZERO, BOX)
    assert _painted(mask) == {(x, y) for x in range(3, 6) for y in range(2, 4)}


def test_rotated_square_and_even_odd_hole() -> None:
    diamond = [10.0, 2.0, 18.0, 10.0, 10.0, 18.0, 2.0, 10.0]
    full = _painted(rasterize_aliased([diamond], FillRule.NONZERO, BOX))
    assert (10, 10) in full and (3, 3) not in full
    assert all(abs(x + 0.5 - 10) + abs(y + 0.5 - 10) <= 8 for x, y in full)
    hole = _painted(rasterize_aliased([diamond, _rect(8, 8, 12, 12)], FillRule.EVENODD, BOX))
    assert (10, 10) not in hole and (10, 4) in hole


def test_clip_box_and_empty_input() -> None:
    mask = rasterize_aliased([_rect(-5, -5, 30, 30)], FillRule.NONZERO, (3, 4, 6, 8))
    assert mask is not None and (mask.x, mask.y, mask.width, mask.height) == (3, 4, 3, 4)
    assert rasterize_aliased([_rect(1.6, 1.6, 2.4, 2.4)], FillRule.NONZERO, BOX) is None  # no centre inside
    assert rasterize_aliased([], FillRule.NONZERO, BOX) is None


def test_identity_rect_is_rounded_as_tiny_skia_fill_rect() -> None:
    from pureog.geometry import Rect
    from pureog.path import rect_path
    from pureog.raster.scan_aliased import axis_rect, fill_rect_rounded

    assert axis_rect(rect_path(Rect(34.2, 65.0, 30.0, 30.0))) == (34.2, 65.0, 30.0, 30.0)
    # f32: 34.2 + 30 - 34.2 is 29.99999, floored: 29 columns from column 34; 21.2 keeps 30.
    narrow = fill_rect_rounded((34.2, 65.0, 30.0, 30.0), (0, 0, 200, 200))
    assert narrow is not None and (narrow.x, narrow.width) == (34, 29)
    wide = fill_rect_rounded((21.2, 0.0, 30.0, 1.0), (0, 0, 200, 200))
    assert wide is not None and (wide.x, wide.width) == (21, 30)
    # "round" is floor + 0.5 truncated toward zero: -3.2 -> -3, and a sub-pixel rect keeps one pixel.
    tiny = fill_rect_rounded((-3.2, 2.0, 0.3, 0.3), (-10, -10, 10, 10))
    assert tiny is not None and (tiny.x, tiny.y, tiny.width, tiny.height) == (-3, 2, 1, 1)


def test_hostile_coordinates_draw_nothing_or_stay_bounded() -> None:
    inf, nan = float("inf"), float("nan")
    assert rasterize_aliased([[0, 0, inf, 0, inf, 10, 0, 10]], FillRule.NONZERO, BOX) is None
    assert rasterize_aliased([[0, 0, nan, 0, 5, 10]], FillRule.NONZERO, BOX) is None
    wide = rasterize_aliased([[0, -1e300, 10, 1e300, 0, 5]], FillRule.NONZERO, BOX)
    assert wide is not None and (wide.width, wide.height) == (20, 20)
    from pureog.raster.scan_aliased import fill_rect_rounded

    assert fill_rect_rounded((nan, 0.0, 1.0, 1.0), BOX) is None
    assert fill_rect_rounded((-1e40, 0.0, 1e41, 5.0), BOX) is None  # beyond f32: tiny-skia has no rect
