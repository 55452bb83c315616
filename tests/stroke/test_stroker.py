"""pureog.stroke: stroke outlines (joins, caps, dashes, zero-length subpaths), arcs, hairlines."""

from __future__ import annotations

import math
import random

import pytest

from pureog.display import FillRule
from pureog.errors import PureogError
from pureog.geometry import IDENTITY, Rect
from pureog.path import Path, PathBuilder, ellipse_path, rect_path
from pureog.raster.flatten import flatten
from pureog.raster.scan import rasterize
from pureog.stroke import arc_to_cubics, dash_path, hairline_spans, stroke_path

BIG = (-10000, -10000, 10000, 10000)


def area(path: Path) -> float:
    mask = rasterize(flatten(path, IDENTITY), FillRule.NONZERO, BIG)
    return mask.total() / 255 if mask else 0.0


def line(*points: tuple[float, float]) -> Path:
    b = PathBuilder().move_to(*points[0])
    for p in points[1:]:
        b.line_to(*p)
    return b.build()


def subpaths(path: Path) -> int:
    return sum(1 for s in path.segments if s[0] == "M")


ROUND_RING = 4000 - 100 + 25 * math.pi


@pytest.mark.parametrize(("join", "expected"), [("miter", 4000.0), ("bevel", 3950.0), ("round", ROUND_RING)])
def test_closed_rectangle_joins(join: str, expected: float) -> None:
    assert area(stroke_path(rect_path(Rect(50, 50, 100, 100)), 10, join=join)) == pytest.approx(expected, abs=3)


@pytest.mark.parametrize(("cap", "expected"), [("butt", 1000.0), ("square", 1100.0), ("round", 1000 + 25 * math.pi)])
def test_open_line_caps(cap: str, expected: float) -> None:
    assert area(stroke_path(line((10, 10), (110, 10)), 10, cap=cap)) == pytest.approx(expected, abs=3)


def test_miter_limit_falls_back_to_bevel() -> None:
    sharp = line((0, 0), (100, 0), (0, 10))  # ~5.7 degree turn: miter ratio ~ 17.5
    mitered = area(stroke_path(sharp, 4, join="miter", miter_limit=40))
    limited = area(stroke_path(sharp, 4, join="miter", miter_limit=4))
    bevel = area(stroke_path(sharp, 4, join="bevel"))
    assert limited == pytest.approx(bevel, abs=0.5)
    assert mitered > bevel + 10


def test_wide_stroke_of_a_small_circle_is_a_full_disc() -> None:
    # The inner offset curve turns inside out; the pivot construction must not leave a hole.
    assert area(stroke_path(ellipse_path(100, 100, 10, 10), 60)) == pytest.approx(math.pi * 40 * 40, rel=0.01)


def test_round_stroke_equals_points_within_half_width() -> None:
    rng = random.Random(7)
    pts = [(rng.uniform(20, 80), rng.uniform(20, 80)) for _ in range(6)]
    stroke = stroke_path(line(*pts), 9, join="round", cap="round")
    mask = rasterize(flatten(stroke, IDENTITY), FillRule.NONZERO, BIG)
    assert mask is not None

    def dist(px: float, py: float) -> float:
        best = math.inf
        for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
        return best

    wrong = 0
    for y in range(0, 100):
        for x in range(0, 100):
            d = dist(x + 0.5, y + 0.5)
            if abs(d - 4.5) < 1.0:
                continue  # anti-aliased edge
            wrong += (mask.coverage(x, y) > 127) != (d < 4.5)
    assert wrong == 0


def test_dashes_follow_svg_rules() -> None:
    seg = line((0, 0), (100, 0))
    assert subpaths(dash_path(seg, [10, 10])) == 5
    assert subpaths(dash_path(seg, [10])) == 5  # odd arrays repeat: [10, 10]
    assert dash_path(seg, [10, -1]) is seg  # a negative value disables dashing
    assert dash_path(seg, [0, 0]) is seg
    assert area(stroke_path(seg, 10, dashes=[10, 10])) == pytest.approx(500, abs=1)
    shifted = dash_path(seg, [10, 10], dash_offset=5)  # starts half-way through the first dash
    assert shifted.segments[0] == ("M", 0.0, 0.0) and shifted.segments[1][1] == pytest.approx(5)


def test_dashes_restart_on_each_subpath() -> None:
    two = PathBuilder().move_to(0, 0).line_to(15, 0).move_to(0, 20).line_to(15, 20).build()
    dashed = dash_path(two, [10, 10])
    starts = [s[1:] for s in dashed.segments if s[0] == "M"]
    assert starts == [(0.0, 0.0), (0.0, 20.0)]


def test_closed_dash_joins_last_dash_to_first() -> None:
    square = rect_path(Rect(0, 0, 10, 10))  # length 40: dashes at 0-6, 10-16, 20-26, 30-36... and 36-40+0-6
    dashed = dash_path(square, [6, 4], dash_offset=-4)  # phase: the first dash starts at 4 before the origin
    # The dash running over the start point is one subpath, not two.
    assert subpaths(dashed) == 4


def test_zero_length_dashes_are_dots_with_round_caps() -> None:
    seg = line((10, 10), (110, 10))
    dots = area(stroke_path(seg, 10, cap="round", dashes=[0, 20]))
    assert dots == pytest.approx(5 * 25 * math.pi, rel=0.05)
    assert area(stroke_path(seg, 10, cap="butt", dashes=[0, 20])) == 0


def test_zero_length_subpath() -> None:
    dot = PathBuilder().move_to(50, 50).line_to(50, 50).build()
    assert area(stroke_path(dot, 10, cap="square")) == pytest.approx(100, abs=1)
    assert area(stroke_path(dot, 10, cap="round")) == pytest.approx(25 * math.pi, rel=0.05)
    assert stroke_path(dot, 10).is_empty


def test_bad_arguments() -> None:
    with pytest.raises(PureogError):
        stroke_path(line((0, 0), (1, 0)), 1, join="sharp")
    assert stroke_path(line((0, 0), (1, 0)), 0).is_empty


def test_arc_to_cubics_lands_on_the_ellipse() -> None:
    segs = arc_to_cubics(0, 10, 10, 10, 0, False, True, 10, 0)  # quarter circle around (10, 10)
    assert len(segs) == 1 and segs[0][0] == "C"
    x1, y1 = segs[0][1:3]
    assert math.hypot(x1 - 0, y1 - 10) == pytest.approx(10 * 0.5522847, rel=1e-4)
    # kurbo ends on its own sample of the ellipse, not on the given end point: a few ulps off it
    end_x, end_y = segs[-1][-2:]
    assert end_x == pytest.approx(10, abs=1e-12) and end_y == pytest.approx(0, abs=1e-12)
    assert arc_to_cubics(0, 0, 0, 5, 0, False, True, 3, 4) == [("L", 3, 4)]  # zero radius: a line
    half = arc_to_cubics(0, 0, 1, 1, 0, False, True, 10, 0)  # radii scaled up to reach
    assert all(math.hypot(s[-2] - 5, s[-1]) == pytest.approx(5) for s in half)


def test_hairline_spans_split_coverage_like_tiny_skia() -> None:
    spans = hairline_spans([(10, 9.86), (20, 9.86)])
    assert spans is not None
    rows = {(y, a) for _, y, _, _, a in spans}
    assert rows == {(10, 92), (9, 163)}
    assert hairline_spans([(0, 0), (5, 5)]) is None
    corner = hairline_spans([(10, 10), (20, 10), (20, 20), (10, 20)], closed=True)
    assert corner is not None and len(corner) >= 4



def test_offset_side_is_the_inner_edge_of_a_clockwise_outline_stroke() -> None:
    """offset_side: the region a stroke along a clockwise rounded outline leaves inside it (Satori's
    content mask): the outline inset by the half-width, its corners about the inner radius, and exactly
    what the stroke does not cover inside the outline."""
    from pureog.path import rounded_rect_path
    from pureog.stroke.outline import offset_side

    outline = rounded_rect_path(Rect(0.0, 0.0, 100.0, 50.0), ((10.0, 10.0),) * 4)
    inner = offset_side(outline, 2.0)
    exact = area(rounded_rect_path(Rect(2.0, 2.0, 96.0, 46.0), ((8.0, 8.0),) * 4))
    assert area(inner) == pytest.approx(exact, abs=4.0)  # the quadratics stray up to ~0.1 px per corner
    b = inner.bounds()
    assert (b.x, b.y, b.right, b.bottom) == pytest.approx((2.0, 2.0, 98.0, 48.0))


def _vertices(path: Path) -> list[list[tuple[float, float]]]:
    """Each subpath's points, the closing point not repeated."""
    out: list[list[tuple[float, float]]] = []
    for seg in path.segments:
        if seg[0] == "M":
            out.append([(seg[1], seg[2])])
        elif seg[0] == "L":
            out[-1].append((seg[1], seg[2]))
    return out


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return math.dist(a, b) < 1e-9


def test_miter_joins_between_lines_put_only_the_tip_on_the_outer_side() -> None:
    # tiny-skia's miter joiner moves the line before onto the tip and starts the line after there:
    # the offsets of the joint are no vertices (a collinear vertex splits an edge, and the rasterizer
    # steps each piece from its own fixed-point ends: 16/255 along whole edges, case
    # svg/stroke-split-vertices-miter-square-cap). The outline starts at the first segment's offset.
    tri = PathBuilder().move_to(30, 70).line_to(50, 30).line_to(70, 70).close().build()
    outer, inner = sorted(_vertices(stroke_path(tri, 3, join="miter")), key=len)
    assert len(outer) == 4  # three tips and the first segment's start offset
    ux, uy = 20 / math.hypot(20, 40), -40 / math.hypot(20, 40)
    first = (30 - uy * 1.5, 70 + ux * 1.5)
    other = (30 + uy * 1.5, 70 - ux * 1.5)
    assert any(_near(p, first) or _near(p, other) for p in outer)
    for pivot, (ax, ay) in (((50, 30), (20, 40)), ((70, 70), (-40, 0))):
        n = math.hypot(ax, ay)
        ox, oy = -ay / n * 1.5, ax / n * 1.5
        offsets = [(pivot[0] + ox, pivot[1] + oy), (pivot[0] - ox, pivot[1] - oy)]
        assert not any(_near(p, q) for p in outer for q in offsets)
    assert len(inner) == 9  # inner joints still pass through the pivot (handle_inner_join)


def test_square_caps_put_their_vertices_where_tiny_skia_does() -> None:
    # Skia hands its square capper the other side when the contour's last segment is a line: the end
    # cap (on the path's last contour) moves the side's last point out to its corner, so neither end
    # offset is a vertex; the start cap keeps the right offset (the outline's first point in tiny-skia)
    # and moves the left one out to its corner. An earlier contour's end cap keeps both offsets.
    n = math.hypot(20, 40)
    lx, ly = -40 / n * 1.5, 20 / n * 1.5  # the left offset of a segment running (20, 40)

    def has(pts: list[tuple[float, float]], p: tuple[float, float]) -> bool:
        return any(_near(q, p) for q in pts)

    (pts,) = _vertices(stroke_path(line((50, 30), (70, 70)), 3, cap="square"))
    assert not has(pts, (70 + lx, 70 + ly)) and not has(pts, (70 - lx, 70 - ly))
    assert has(pts, (50 - lx, 30 - ly)) and not has(pts, (50 + lx, 30 + ly))
    two = PathBuilder().move_to(50, 30).line_to(70, 70).move_to(10, 30).line_to(30, 70).build()
    first, second = _vertices(stroke_path(two, 3, cap="square"))
    assert has(first, (70 + lx, 70 + ly)) and has(first, (70 - lx, 70 - ly))
    assert not has(second, (30 + lx, 70 + ly)) and not has(second, (30 - lx, 70 - ly))
    assert area(stroke_path(line((10, 10), (110, 10)), 10, cap="square")) == pytest.approx(1100.0, abs=3)
