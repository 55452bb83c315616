"""tests/fuzz/timing.py: bounds in the reference machine's seconds, scaled on a slower machine only."""

from __future__ import annotations

import pytest

from tests.fuzz.timing import machine_factor, scaled, within_cpu


def test_a_bound_is_never_scaled_below_the_reference() -> None:
    assert machine_factor() >= 1.0
    assert scaled(2.0) == 2.0 * machine_factor()


def test_a_block_over_its_bound_fails() -> None:
    with pytest.raises(AssertionError, match="of CPU"), within_cpu(0.0):
        sum(range(1000))
