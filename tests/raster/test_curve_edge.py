"""tiny-skia's curve edges: fixed-point stepping, y-extrema chopping and the f32 rounding."""

from __future__ import annotations

from pureog.raster.curve_edge import cubic_points, f32, quad_points


def _fdot6(points: list[float]) -> list[int]:
    return [round(v * 256) for v in points]


def test_points_are_exact_26_6_values_from_start_to_end() -> None:
    pts = cubic_points(10.0, 10.0, 14.0, 10.0, 20.0, 16.0, 20.0, 20.0)
    assert all(v * 256 == int(v * 256) for v in pts)
    assert pts[:2] == [10.0, 10.0] and pts[-2:] == [20.0, 20.0]
    ys = pts[1::2]
    assert ys == sorted(ys)  # one monotonic piece, stepped top to bottom


def test_step_count_follows_the_curve_distance() -> None:
    flat = cubic_points(0.0, 0.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0)
    bent = cubic_points(0.0, 0.0, 40.0, 0.0, 40.0, 40.0, 0.0, 40.0)
    assert len(flat) // 2 == 3  # shift 1: two steps
    assert len(bent) // 2 > len(flat) // 2


def test_bottom_to_top_cubic_keeps_its_direction() -> None:
    down = cubic_points(0.0, 0.0, 5.0, 2.0, 8.0, 6.0, 10.0, 10.0)
    up = cubic_points(10.0, 10.0, 8.0, 6.0, 5.0, 2.0, 0.0, 0.0)
    assert up[:2] == [10.0, 10.0] and up[-2:] == [0.0, 0.0]
    pairs_down = list(zip(down[0::2], down[1::2], strict=True))
    pairs_up = list(zip(up[0::2], up[1::2], strict=True))
    assert pairs_up == pairs_down[::-1]  # the same fixed-point steps, walked backwards


def test_cubic_with_a_y_extremum_is_chopped_into_monotonic_pieces() -> None:
    pts = cubic_points(0.0, 10.0, 3.0, 0.0, 7.0, 0.0, 10.0, 10.0)
    ys = pts[1::2]
    top = ys.index(min(ys))
    assert ys[: top + 1] == sorted(ys[: top + 1], reverse=True)
    assert ys[top:] == sorted(ys[top:])
    assert min(ys) == 2.5  # the extremum, flattened to one y (7.5 px above the ends)


def test_quad_points() -> None:
    pts = quad_points(0.0, 0.0, 10.0, 0.0, 10.0, 10.0)
    assert pts[:2] == [0.0, 0.0] and pts[-2:] == [10.0, 10.0]
    assert _fdot6(pts) == [int(v * 256) for v in pts]


def test_f32() -> None:
    assert f32(0.1) == 0.10000000149011612
    assert f32(1e300) == float("inf")
