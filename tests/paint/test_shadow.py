"""paint/shadow.py: the blur's standard deviation."""

from __future__ import annotations

from pureog.paint.shadow import deviation


def test_deviation_is_half_the_radius_and_none_for_a_negative_one() -> None:
    """usvg reads a negative stdDeviation (Satori writes blur / 2 as given) as 0: no blur."""
    assert deviation(6.0) == 3.0
    assert deviation(0.0) == 0.0
    assert deviation(-4.0) == 0.0
