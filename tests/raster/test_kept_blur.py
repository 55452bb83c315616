"""Blurred planes kept across renders (raster/blur.py ``kept_blur``): a kept result is the blur's own
bytes, a second blur of the same plane the same way is not run again, and the budget bounds the memo."""

from __future__ import annotations

import random

import pytest

from pureog.raster import blur
from pureog.raster.blur import blur_plane, effective_variance, iir_blur_plane, resvg_blur_plane


def _plane(seed: int, w: int, h: int) -> bytes:
    rng = random.Random(seed)
    plane = bytearray(w * h)
    for _ in range(40):
        plane[rng.randrange(w * h)] = rng.randint(1, 255)
    return bytes(plane)


@pytest.mark.parametrize("sigma", [0.7, 1.5, 3.0, 6.0])
def test_a_kept_blur_is_the_blur_itself(sigma: float) -> None:
    blur._KEPT.clear()
    w, h = 61, 37
    plane = _plane(int(sigma * 10), w, h)
    if sigma >= blur.BOX_BLUR_MIN_SIGMA:
        var = effective_variance(sigma, True)
        expected = bytes(blur_plane(plane, w, h, var, var, resvg_edges=(sigma, sigma)))
    else:
        expected = bytes(iir_blur_plane(plane, w, h, sigma, sigma))
    first = resvg_blur_plane(plane, w, h, sigma, sigma)
    again = resvg_blur_plane(bytes(bytearray(plane)), w, h, sigma, sigma)  # an equal plane, another object
    assert first == expected
    assert again is first  # kept: not blurred again
    assert resvg_blur_plane(plane, w, h, sigma, sigma + 1.0) != first  # another blur is another entry


def test_the_memo_stays_within_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    blur._KEPT.clear()
    monkeypatch.setattr(blur, "_kept_bytes", 0)
    monkeypatch.setattr(blur, "_KEPT_BUDGET", 4 * 2 * 40 * 40)  # four 40x40 planes with their results
    calls = []

    def fake(p: bytes) -> bytes:
        calls.append(p)
        return p[::-1]

    for seed in range(10):
        plane = _plane(seed, 40, 40)
        assert blur.kept_blur(plane, 40, 40, ("test",), fake) == plane[::-1]
        assert blur._kept_bytes <= blur._KEPT_BUDGET
    assert len(calls) == 10
    too_big = _plane(99, 40, 80)  # over a quarter of the budget: computed, never kept
    blur.kept_blur(too_big, 40, 80, ("test",), fake)
    blur.kept_blur(too_big, 40, 80, ("test",), fake)
    assert len(calls) == 12
    blur._KEPT.clear()
