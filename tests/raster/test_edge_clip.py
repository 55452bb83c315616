"""tiny-skia's edge clipper (pureog/raster/edge_clip.py) against results worked out by hand from
tiny-skia 0.8's edge_clipper.rs / line_clipper.rs, and the fills that use it (flatten_clipped)."""

from __future__ import annotations

import pytest

from pureog.display import FillRule
from pureog.geometry import IDENTITY, Affine
from pureog.path import Path
from pureog.raster.edge_clip import clip_segment
from pureog.raster.flatten import flatten, flatten_clipped
from pureog.raster.scan import rasterize

CLIP = (0.0, 0.0, 10.0, 10.0)


def _close(got: list[tuple[float, ...]], want: list[tuple[float, ...]], tol: float = 1e-5) -> None:
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        assert len(g) == len(w), got
        assert all(abs(a - b) <= tol for a, b in zip(g, w, strict=True)), got


def test_line_inside_is_kept() -> None:
    assert clip_segment((1.0, 2.0, 3.0, 4.0), CLIP) == [(1.0, 2.0, 3.0, 4.0)]


def test_line_above_or_below_is_dropped() -> None:
    assert clip_segment((1.0, -3.0, 5.0, 0.0), CLIP) == []  # ends on the top: nothing inside
    assert clip_segment((1.0, 10.0, 5.0, 12.0), CLIP) == []


def test_line_crossing_the_top_is_cut_there() -> None:
    # x at y = 0 of (2, -2) -> (6, 2): 2 + (0 + 2) * 4 / 4 = 4
    assert clip_segment((2.0, -2.0, 6.0, 2.0), CLIP) == [(4.0, 0.0, 6.0, 2.0)]


def test_line_crossing_the_left_becomes_a_vertical_on_it_then_the_rest() -> None:
    # (-2, 0) -> (2, 4) meets x = 0 at y = 2: the part outside runs down the clip's left side
    assert clip_segment((-2.0, 0.0, 2.0, 4.0), CLIP) == [(0.0, 0.0, 0.0, 2.0), (0.0, 2.0, 2.0, 4.0)]
    # the other direction keeps the winding: the same lines reversed, in reverse order
    assert clip_segment((2.0, 4.0, -2.0, 0.0), CLIP) == [(2.0, 4.0, 0.0, 2.0), (0.0, 2.0, 0.0, 0.0)]


def test_line_wholly_right_is_pinned_to_the_right_side() -> None:
    assert clip_segment((12.0, 1.0, 15.0, 3.0), CLIP) == [(10.0, 1.0, 10.0, 3.0)]


def test_cubic_wholly_left_becomes_a_vertical_line() -> None:
    assert clip_segment((-5.0, 1.0, -4.0, 2.0, -3.0, 3.0, -2.0, 4.0), CLIP) == [(0.0, 1.0, 0.0, 4.0)]


def test_straight_cubic_cut_at_the_top() -> None:
    # evenly spaced control points: y(t) = -1 + 4t meets 0 at t = 1/4, and the lower three quarters
    # keep evenly spaced control points (0, 1, 2, 3)
    got = clip_segment((5.0, -1.0, 5.0, 1.0 / 3.0, 5.0, 5.0 / 3.0, 5.0, 3.0), CLIP)
    _close(got, [(5.0, 0.0, 5.0, 1.0, 5.0, 2.0, 5.0, 3.0)])


def test_straight_cubic_cut_at_the_left() -> None:
    # x(t) = -2 + 8t meets 0 at t = 1/4: a vertical on x = 0 down to y = 1, then the rest
    got = clip_segment((-2.0, 0.0, 2.0 / 3.0, 4.0 / 3.0, 10.0 / 3.0, 8.0 / 3.0, 6.0, 4.0), CLIP)
    _close(got, [(0.0, 0.0, 0.0, 1.0), (0.0, 1.0, 2.0, 2.0, 4.0, 3.0, 6.0, 4.0)])


def test_cubic_turning_in_y_is_chopped_at_its_extremum_first() -> None:
    # y = 4 + 4 * 3t(1-t)... from y 4 up to 7 and back: two monotonic pieces, the cut point flattened
    got = clip_segment((1.0, 4.0, 2.0, 8.0, 3.0, 8.0, 4.0, 4.0), CLIP)
    assert len(got) == 2
    assert got[0][-1] == got[0][-3] == got[1][1] == got[1][3] == 7.0
    assert got[0][:2] == (1.0, 4.0) and got[1][-2:] == (4.0, 4.0)


def test_quad_crossing_the_bottom() -> None:
    # (2, 6) (4, 10) (6, 14): y = 6 + 8t meets 10 at t = 1/2, the control point halves
    _close(clip_segment((2.0, 6.0, 4.0, 10.0, 6.0, 14.0), CLIP), [(2.0, 6.0, 3.0, 8.0, 4.0, 10.0)])


def test_quad_crossing_the_left() -> None:
    # (-4, 0) (0, 2) (4, 4): x = -4 + 8t meets 0 at t = 1/2, y there is 2
    _close(clip_segment((-4.0, 0.0, 0.0, 2.0, 4.0, 4.0), CLIP), [(0.0, 0.0, 0.0, 2.0), (0.0, 2.0, 2.0, 3.0, 4.0, 4.0)])


def _square(x0: float, y0: float, x1: float, y1: float) -> Path:
    return Path((("M", x0, y0), ("L", x1, y0), ("L", x1, y1), ("L", x0, y1), ("Z",)))


def test_contained_paths_are_not_clipped() -> None:
    p = _square(1.0, 1.0, 9.0, 9.0)
    polys, closed = flatten_clipped(p, IDENTITY, (0, 0, 10, 10))
    assert closed and polys == flatten(p, IDENTITY)


def test_a_hair_outside_is_enough_to_clip() -> None:
    # kurbo's arcs leave control points a few ulps outside a full-bleed box: the bounds round out
    # to -1, so tiny-skia clips the whole path (scan/path_aa.rs)
    p = Path((("M", 0.0, 2.0), ("C", -1e-15, 1.0, 1.0, 0.0, 2.0, 0.0), ("L", 9.0, 9.0), ("Z",)))
    _, closed = flatten_clipped(p, IDENTITY, (0, 0, 10, 10))
    assert not closed


def test_clipped_square_fills_as_the_unclipped_one_inside() -> None:
    p = _square(-3.5, -2.25, 6.5, 7.75)
    polys, closed = flatten_clipped(p, IDENTITY, (0, 0, 10, 10))
    assert not closed
    clipped = rasterize(polys, FillRule.NONZERO, (0, 0, 10, 10), closed=False)
    whole = rasterize(flatten(p, IDENTITY), FillRule.NONZERO, (0, 0, 10, 10))
    assert clipped is not None and whole is not None
    assert [clipped.coverage(x, y) for y in range(10) for x in range(10)] == [
        whole.coverage(x, y) for y in range(10) for x in range(10)
    ]


@pytest.mark.parametrize("m", [IDENTITY, Affine(0.32, 0.0, 0.0, 0.32, 0.0, -1.9)])
def test_clipped_pieces_stay_inside_the_clip(m: Affine) -> None:
    p = Path((("M", 50.0, 4.0), ("L", 8.0, 20.0), ("L", 8.0, 58.0), ("C", 8.0, 80.0, 26.0, 100.0, 50.0, 111.0),
              ("C", 74.0, 100.0, 92.0, 80.0, 92.0, 58.0), ("L", 92.0, 20.0), ("Z",)))  # fmt: skip
    polys, closed = flatten_clipped(p, m, (0, 0, 32, 32))
    assert not closed
    for poly in polys:
        assert all(0.0 <= v <= 32.0 for v in poly)


def test_monotonic_control_points_can_still_turn_in_f32() -> None:
    # the top-left arc of a 44x28 pill at the origin (kurbo's cubic, Satori's path): its y control
    # points fall monotonically, yet tiny-skia's f32 find_cubic_extrema finds a root at 0.99999994 and
    # chops there before clipping (the pill then matches Next; without the chop it is 18 dB off)
    from pureog.raster.edge_clip import _cubic_extrema  # noqa: PLC0415

    assert _cubic_extrema(14.0, 6.2680134773254395, 1.7763568394002505e-15, 0.0) == [0.9999999403953552]


def test_rounded_box_at_the_origin_leaves_the_canvas_by_kurbo_noise() -> None:
    from pureog.geometry import Rect  # noqa: PLC0415
    from pureog.path import rounded_rect_path  # noqa: PLC0415

    p = rounded_rect_path(Rect(0.0, 0.0, 32.0, 32.0), ((7.04, 7.04),) * 4)
    assert p.bounds().x < 0.0  # kurbo's top-left arc: a control point at x = -8.9e-16
    _, closed = flatten_clipped(p, IDENTITY, (0, 0, 32, 32))
    assert not closed


@pytest.mark.parametrize("rule", [FillRule.NONZERO, FillRule.EVENODD])
def test_contours_far_outside_are_left_out_without_changing_a_pixel(
        rule: FillRule, monkeypatch: pytest.MonkeyPatch) -> None:
    # A text node's stroke is one path of every glyph's outline, most of them far below a small canvas:
    # the clipper's lines of a contour wholly outside (pushed onto the left side, or dropped) cancel
    # within it, so leaving it out before the cut (flatten._near_contours) changes no coverage.
    import pureog.raster.flatten as flat  # noqa: PLC0415

    curve = Path((("M", -4.0, 3.0), ("C", 2.0, -6.0, 15.0, 4.0, 6.0, 12.5), ("Q", 1.0, 14.0, -4.0, 3.0), ("Z",)))
    far = [_square(x, y, x + 3.0, y + 3.5)
           for x in (-40.0, -9.0, 3.0, 14.0, 60.0) for y in (-30.0, -6.5, 4.0, 13.0, 90.0)]
    near = Path(curve.segments + tuple(seg for square in far for seg in square.segments))
    assert len(near.segments) >= flat.NEAR_CONTOURS_FROM
    for m in (IDENTITY, Affine(0.9, 0.3, -0.2, 1.1, 0.5, 0.25)):
        assert flat._near_contours(near, m, (0, 0, 10, 10)) is not None
        cut, closed = flatten_clipped(near, m, (0, 0, 10, 10))
        monkeypatch.setattr(flat, "NEAR_CONTOURS_FROM", 1 << 30)
        every, _ = flatten_clipped(near, m, (0, 0, 10, 10))
        monkeypatch.undo()
        assert not closed
        a = rasterize(cut, rule, (0, 0, 10, 10), closed=False)
        b = rasterize(every, rule, (0, 0, 10, 10), closed=False)
        assert a is not None and b is not None
        assert [a.coverage(x, y) for y in range(10) for x in range(10)] == [
            b.coverage(x, y) for y in range(10) for x in range(10)]
