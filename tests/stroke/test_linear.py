"""tiny-skia's nearly straight cubics (pureog.stroke.linear): stroked as lines, not offset curves."""

from pureog.stroke.linear import line_reduction


def test_flat_elliptical_corner_is_a_line() -> None:
    # the second cubic of a 2208 x 6.9 corner (Satori's 50% / 10% radius on a 4416 x 69 box): tiny-skia
    # 0.11 strokes it as its chord (its inner edge measured from the stroker: (644.30, 7.03) -> (2201.1, 5))
    curve = ((644.2668058380225, 2.028570908811809), (1056.8559699703478, 0.7351879491493474),
             (1616.6983864612118, 0.0057070748520891), (2201.1, 0.0))
    assert line_reduction(curve) == [(2201.1, 0.0)]


def test_round_corner_stays_a_curve() -> None:
    assert line_reduction(((0.0, 10.0), (0.0, 4.48), (4.48, 0.0), (10.0, 0.0))) is None


def test_in_line_cubic_turning_back_goes_through_its_turns() -> None:
    # on one line, running past its end and back: tiny-skia 0.11 strokes lines through its points of
    # greatest curvature, (14.444447, 0.00022) and (32.012653, 0.00031) (printed from its stroker)
    points = line_reduction(((0.0, 0.0), (10.0, 0.0), (40.0, 0.001), (30.0, 0.0)))
    assert points is not None and len(points) == 3 and points[-1] == (30.0, 0.0)
    assert abs(points[0][0] - 14.444447) < 1e-4 and abs(points[1][0] - 32.012653) < 1e-4


def test_two_roots_clamped_to_zero_hide_the_third() -> None:
    # tiny-skia's collapse_duplicates3 keeps [0] of [0, 0, 0.65]: the turn at t = 0.65 is never found
    # and the cubic is stroked as its chord (measured: its stroke ends at x = 20)
    assert line_reduction(((0.0, 0.0), (30.0, 0.0), (40.0, 0.0), (20.0, 0.0))) == [(20.0, 0.0)]
