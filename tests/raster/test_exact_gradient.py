"""tiny-skia's f32 gradient parameter at hard stops (pureog/raster/exact_gradient.py)."""

from __future__ import annotations

from pureog.color import Color
from pureog.display import GradientStop, LinearGradientPaint, RadialGradientPaint, SpreadMethod
from pureog.geometry import IDENTITY, Affine
from pureog.raster.exact_gradient import HardStopPatch, concat, invert, linear_points_to_unit, radial_points_to_unit
from pureog.raster.gradient import linear_shader, radial_shader

BLACK, WHITE, GREY = Color(0, 0, 0), Color(255, 255, 255), Color(204, 204, 204)


def test_transform_steps_round_as_tiny_skia() -> None:
    # a scale-translate inverts in f32: 1/3 and -1 * (1/3)
    inv = invert((3.0, 0.0, 0.0, 3.0, 1.0, 0.0))
    assert inv == (0.3333333432674408, 0.0, 0.0, 0.3333333432674408, -0.3333333432674408, 0.0)
    assert concat((1.0, 0.0, 0.0, 1.0, 0.0, 0.0), (2.0, 0.0, 0.0, 2.0, 5.0, 5.0)) == (2.0, 0.0, 0.0, 2.0, 5.0, 5.0)
    # the unit mappings send the start to 0 and the end (or the circle) to 1
    sx, ky, kx, sy, tx, ty = linear_points_to_unit(0.0, 1.0, 1.0, 0.0)
    assert abs(sx * 1 + kx * 0 + tx - 1.0) < 1e-6 and abs(sx * 0 + kx * 1 + tx) < 1e-6
    sx, ky, kx, sy, tx, ty = radial_points_to_unit(10.0, 10.0, 5.0)
    assert abs(sx * 15 + tx - 1.0) < 1e-6 and abs(sy * 10 + ty) < 1e-6


def _dot_grid(offset: float) -> RadialGradientPaint:
    # Satori's radial background in a 20px tile: a default objectBoundingBox gradient on an ellipse of
    # radius 14.14 around (10, 10), so the unit circle (0.5, 0.5, 0.5) maps through the ellipse's bbox
    r = 14.142135623730951
    stops = (GradientStop(0.0, BLACK), GradientStop(offset, BLACK), GradientStop(offset, WHITE),
             GradientStop(1.0, WHITE))  # fmt: skip
    return RadialGradientPaint(0.5, 0.5, 0.5, stops, SpreadMethod.PAD, Affine(2 * r, 0, 0, 2 * r, 10 - r, 10 - r))


def _row(shader, y: int) -> list[int]:  # type: ignore[no-untyped-def]
    return list(shader(0, y, 20)[0::4])


def test_a_stop_past_the_pixel_centres_keeps_the_dot() -> None:
    # the four pixels round (10, 10) lie 0.7071 px away: 5.000 % of the radius, inside a 5.01 % stop
    paint = _dot_grid(0.0501)
    shader = radial_shader(paint, (paint.transform).inverse(), IDENTITY)
    assert _row(shader, 9)[9:11] == [0, 0] and _row(shader, 10)[9:11] == [0, 0]
    assert _row(shader, 8)[9] == 255


def test_ties_fall_where_f32_rounding_puts_them() -> None:
    # exactly on the stop, tiny-skia's rounding keeps three of the four pixels dark (as Next.js draws)
    paint = _dot_grid(0.05)
    shader = radial_shader(paint, (paint.transform).inverse(), IDENTITY)
    dark = [(x, y) for y in (9, 10) for x in (9, 10) if _row(shader, y)[x] == 0]
    assert len(dark) == 3


def test_only_pixels_near_a_hard_stop_are_redone() -> None:
    stops = (GradientStop(0.0, GREY), GradientStop(0.25, GREY), GradientStop(0.25, WHITE), GradientStop(1.0, WHITE))
    paint = LinearGradientPaint(0.0, 1.0, 1.0, 0.0, stops, SpreadMethod.PAD, Affine(20, 0, 0, 20, 0, 0))
    patch = HardStopPatch.of(paint, IDENTITY, margin=0.001)
    assert patch is not None
    # the edge crosses the row once, at pixel 5's centre (the ranges keep a pixel's slack each side)
    assert patch._candidates(0, 15, 20) == [(4, 7)]
    smooth = LinearGradientPaint(0.0, 0.0, 1.0, 0.0, (GradientStop(0.0, GREY), GradientStop(1.0, WHITE)))
    assert HardStopPatch.of(smooth, IDENTITY, margin=0.01) is None
    # the shader with the patch still fills every pixel of the row
    assert len(linear_shader(paint, paint.transform.inverse(), IDENTITY)(0, 5, 20)) == 80


def test_rows_worked_out_a_list_at_a_time_match_the_pixel_by_pixel_chain() -> None:
    # the patch finds its runs and their f32 t a row at a time (1 px stripes redo every pixel); each pixel
    # must come out as tiny-skia's chain computed for it alone (_t_linear / _t_radial, _wrapped, color_at)
    import random  # noqa: PLC0415

    from pureog.raster.exact_gradient import _t_linear, _t_radial, _wrapped  # noqa: PLC0415
    from pureog.raster.gradient import color_at  # noqa: PLC0415

    rng = random.Random(7)
    colours = (BLACK, WHITE, GREY, Color(255, 0, 0, 0.5))
    for case in range(60):
        offsets = sorted(rng.choice((0.0, 0.1, 0.25, 0.5, 0.5, 0.75, 1.0)) for _ in range(rng.randint(2, 6)))
        stops = tuple(GradientStop(o, rng.choice(colours)) for o in offsets)
        spread = rng.choice(list(SpreadMethod))
        transform = Affine(rng.uniform(2, 9), rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(2, 9), 3.0, 1.0)
        paint: LinearGradientPaint | RadialGradientPaint
        if case % 2:
            paint = LinearGradientPaint(0.0, 0.0, 1.0, rng.uniform(-1, 1), stops, spread, transform)
        else:
            paint = RadialGradientPaint(0.5, 0.5, 0.5, stops, spread, transform)
        patch = HardStopPatch.of(paint, IDENTITY, margin=0.02)
        if patch is None:
            continue
        for y in range(0, 30, 7):
            row = bytes(160)
            out = patch.apply(row, 3, y, 40)
            for x in range(3, 43):
                o = 4 * (x - 3)
                if out[o : o + 4] == row[o : o + 4]:
                    continue
                t = (_t_radial if case % 2 == 0 else _t_linear)(patch._matrix, x, y)
                expected = color_at(patch._stops, _wrapped(t, patch._spread), patch._offsets)
                assert out[o : o + 4] == expected, (case, x, y)
