"""raster/blur.py: the Gaussian approximation against an exact erf profile, edges, resvg's box sizes."""

from __future__ import annotations

import math

from pureog.raster.blur import blur_plane, effective_variance, resvg_box_sizes


def _rect_plane(w: int, h: int, x0: int, y0: int, x1: int, y1: int) -> bytearray:
    plane = bytearray(w * h)
    for y in range(y0, y1):
        plane[y * w + x0 : y * w + x1] = b"\xff" * (x1 - x0)
    return plane


def _profile(x: float, a: int, b: int, sd: float) -> float:
    s = sd * math.sqrt(2.0)
    return 0.5 * (math.erf((b - x + 0.5) / s) - math.erf((a - x - 0.5) / s))


def test_resvg_box_sizes_follow_kuckir() -> None:
    assert resvg_box_sizes(25.0) == [37, 39, 39, 39, 39]  # w_ideal = sqrt(12*625/5 + 1) = 38.7
    assert all(w % 2 == 1 for w in resvg_box_sizes(7.3))
    assert effective_variance(0.01, True) == 0.0
    assert effective_variance(1.5, False) == 2.25


def test_blur_matches_a_gaussian_within_a_few_levels() -> None:
    w, h = 300, 200
    plane = _rect_plane(w, h, 100, 60, 200, 140)
    for sigma in (1.0, 3.0, 8.0, 25.0):
        var = effective_variance(sigma, sigma >= 2)
        out = blur_plane(plane, w, h, var, var)
        sd = math.sqrt(var)
        worst = max(
            abs(out[y * w + x] - 255 * _profile(x, 100, 199, sd) * _profile(y, 60, 139, sd))
            for y in range(0, h, 3)
            for x in range(0, w, 3)
        )
        assert worst <= 8, (sigma, worst)  # box passes are not exactly Gaussian either


def test_blur_is_symmetric_and_zero_far_away() -> None:
    w, h = 120, 120
    out = blur_plane(_rect_plane(w, h, 40, 40, 80, 80), w, h, 36.0, 36.0)
    assert out[0] == 0
    assert abs(out[60 * w + 30] - out[60 * w + 89]) <= 2
    assert abs(out[30 * w + 60] - out[89 * w + 60]) <= 2
    assert out[60 * w + 60] > 200


def test_replicated_edges_do_not_fade() -> None:
    w, h = 100, 40
    plane = _rect_plane(w, h, 50, 0, 100, 40)  # paint touching the right, top and bottom edges
    var = effective_variance(6.0, True)
    faded = blur_plane(plane, w, h, var, var)
    kept = blur_plane(plane, w, h, var, var, replicate=True)
    assert faded[20 * w + 99] < 160
    assert kept[20 * w + 99] == 255
    assert kept[20 * w + 50] in range(120, 140)  # the left edge still blurs to about half
