"""The fast gradient shaders (ramp windows, shared radial rows) agree with a direct evaluation."""

from __future__ import annotations

import math

import pytest

from pureog.color import Color
from pureog.display import GradientStop, LinearGradientPaint, RadialGradientPaint, SpreadMethod
from pureog.geometry import Affine
from pureog.raster.gradient import color_at, linear_shader, lut_size, normalized_stops, radial_shader

STOPS = (GradientStop(0.0, Color(255, 0, 0)), GradientStop(0.6, Color(0, 128, 255, 0.5)),
         GradientStop(1.0, Color(20, 200, 40)))  # fmt: skip


def _direct_linear(p: LinearGradientPaint, x: float, y: float) -> bytes:
    vx, vy = p.x2 - p.x1, p.y2 - p.y1
    t = ((x - p.x1) * vx + (y - p.y1) * vy) / (vx * vx + vy * vy)
    if p.spread == SpreadMethod.REPEAT:
        t -= math.floor(t)
    return color_at(normalized_stops(p.stops), t)


def _close(a: bytes, b: bytes, tol: int = 3) -> bool:
    return all(abs(u - v) <= tol for u, v in zip(a, b, strict=True))


@pytest.mark.parametrize("spread", [SpreadMethod.PAD, SpreadMethod.REPEAT])
@pytest.mark.parametrize("end", [(90.0, 37.0), (13.0, 80.0), (-40.0, 25.0), (0.0, 60.0)])
def test_linear_rows_match_direct_evaluation(spread: SpreadMethod, end: tuple[float, float]) -> None:
    paint = LinearGradientPaint(5.0, 3.0, end[0], end[1], STOPS, spread)
    shader = linear_shader(paint, Affine())
    for y in (0, 1, 7, 30, 59):
        row = shader(-3, y, 70)
        for x in range(-3, 67, 7):
            got = row[4 * (x + 3) : 4 * (x + 4)]
            assert _close(got, _direct_linear(paint, x + 0.5, y + 0.5)), (x, y, got)


def test_radial_rows_match_direct_evaluation() -> None:
    paint = RadialGradientPaint(20.0, 15.5, 18.0, STOPS, SpreadMethod.REPEAT, Affine(1.0, 0.0, 0.0, 0.5, 3.0, 2.0))
    inv = paint.transform.inverse()
    shader = radial_shader(paint, inv)
    for y in range(0, 20, 3):
        row = shader(0, y, 50)
        for x in range(0, 50, 6):
            px, py = inv.apply(x + 0.5, y + 0.5)
            t = math.hypot(px - paint.cx, py - paint.cy) / paint.r
            want = color_at(normalized_stops(STOPS), t - math.floor(t))
            assert _close(row[4 * x : 4 * x + 4], want), (x, y)


def test_lut_resolution_grows_with_length() -> None:
    assert lut_size(10) == 1024
    assert lut_size(600) == 4096
    assert lut_size(10_000) == 4096
