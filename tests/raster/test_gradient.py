"""raster/gradient.py: the focal (two-point conical) radial gradient's parameter."""

import math

import pytest

from pureog.raster.gradient import focal_t


def _t(point, focal, centre, r):
    dx, dy = centre[0] - focal[0], centre[1] - focal[1]
    a = r * r - dx * dx - dy * dy
    return focal_t(point[0] - focal[0], point[1] - focal[1], dx, dy, a, r)


@pytest.mark.parametrize("angle", [0.0, 0.7, 2.0, 3.5, 5.9])
def test_focal_inside_runs_from_zero_at_the_focus_to_one_on_the_circle(angle):
    centre, r, focal = (50.0, 50.0), 40.0, (35.0, 60.0)
    assert _t(focal, focal, centre, r) == 0.0
    on_circle = (centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle))
    assert _t(on_circle, focal, centre, r) == pytest.approx(1.0)
    # halfway between the focus and the circle along a ray from the focus: t is one half
    mid = ((focal[0] + on_circle[0]) / 2, (focal[1] + on_circle[1]) / 2)
    assert _t(mid, focal, centre, r) == pytest.approx(0.5)


def test_focal_on_circle_covers_only_the_half_plane_ahead():
    centre, r, focal = (50.0, 50.0), 40.0, (50.0, 10.0)
    assert _t((50.0, 90.0), focal, centre, r) == pytest.approx(1.0)
    assert _t((50.0, 5.0), focal, centre, r) is None


def test_focal_outside_draws_a_cone_and_nothing_beside_it():
    centre, r, focal = (50.0, 50.0), 20.0, (0.0, 50.0)
    # (70, 50) lies on the circle (t = 1) and on a later, larger one (t = 7/3): the later one wins
    assert _t((70.0, 50.0), focal, centre, r) == pytest.approx(7.0 / 3.0)
    assert _t((50.0, 90.0), focal, centre, r) is None  # outside the cone of circles
    assert _t((-10.0, 50.0), focal, centre, r) is None  # behind the focus


def test_degenerate_repeating_linear_gradient_is_the_average_colour():
    """tiny-skia fills a zero-length repeated vector with the stops' average colour, a padded one with
    the last colour (repeating-linear-gradient(red 0, blue 0): purple in Next)."""
    from pureog.color import Color
    from pureog.display import GradientStop, LinearGradientPaint, SpreadMethod
    from pureog.geometry import Affine
    from pureog.raster.gradient import average_color, linear_shader

    stops = (GradientStop(0.0, Color(255, 0, 0)), GradientStop(1.0, Color(0, 0, 255)))
    assert average_color(stops) == bytes((128, 0, 128, 255))
    # held ends count: red until 0.5, then red -> blue
    assert average_color((GradientStop(0.5, Color(255, 0, 0)), GradientStop(1.0, Color(0, 0, 255)))) == bytes(
        (191, 0, 64, 255))
    identity = Affine(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    repeated = LinearGradientPaint(5.0, 5.0, 5.0, 5.0, stops, SpreadMethod.REPEAT)
    assert linear_shader(repeated, identity)(0, 0, 2) == bytes((128, 0, 128, 255)) * 2
    padded = LinearGradientPaint(5.0, 5.0, 5.0, 5.0, stops, SpreadMethod.PAD)
    assert linear_shader(padded, identity)(0, 0, 1) == bytes((0, 0, 255, 255))


def test_a_ramp_is_the_wrapped_lookup_of_each_position():
    # _ramp (bisected padded ends, one gather) against the per-pixel chain it replaces
    import operator  # noqa: PLC0415
    import random  # noqa: PLC0415
    from itertools import repeat  # noqa: PLC0415

    from pureog.display import SpreadMethod  # noqa: PLC0415
    from pureog.raster import gradient  # noqa: PLC0415

    rng = random.Random(20261205)
    for _ in range(3000):
        size = rng.choice([16, 64, 256])
        lut = [bytes((i % 256, (i * 7) % 256, 3, 255)) for i in range(size)]
        spread = rng.choice([SpreadMethod.PAD, SpreadMethod.PAD, SpreadMethod.REPEAT, SpreadMethod.REFLECT])
        if spread == SpreadMethod.REFLECT:
            lut = lut + lut[::-1]
        elif spread == SpreadMethod.PAD:  # build_lut's end entries: the last and the first stop's colour
            lut = lut + [b"\xfe\x00\x00\xff", b"\x00\xfe\x00\xff"]
        step = rng.choice([-1, 1]) * rng.randint(1, 3 << 16)
        start = rng.randint(-(size << 17), size << 17)
        fixed = range(start, start + rng.randint(0, 200) * step, step)
        expected = b"".join(map(lut.__getitem__, gradient._wrap(map(operator.rshift, fixed, repeat(16)), spread, size)))
        assert gradient._ramp(lut, fixed, spread, size) == expected, (size, spread, step, start, len(fixed))


def test_a_padded_table_pads_with_the_end_stops_colours():
    # tiny-skia clamps t to 0..1 and holds the last stop at 1 (the first at 0): where two stops meet at
    # an end, past it is the outer one's colour, not the table's end entry (the colour just inside)
    from pureog.color import Color  # noqa: PLC0415
    from pureog.display import GradientStop, SpreadMethod  # noqa: PLC0415
    from pureog.raster import gradient  # noqa: PLC0415

    red, blue, lime = Color(255, 0, 0, 1.0), Color(0, 0, 255, 1.0), Color(0, 255, 0, 1.0)
    stops = (GradientStop(0.0, red), GradientStop(0.0, lime), GradientStop(1.0, blue), GradientStop(1.0, lime))
    lut = gradient.build_lut(stops, SpreadMethod.PAD, 64)
    assert lut[64] == bytes((0, 255, 0, 255)) and lut[-1] == bytes((255, 0, 0, 255))
    assert lut[63] != lut[64]  # just inside the end: nearly blue
