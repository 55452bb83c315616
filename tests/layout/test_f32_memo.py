"""f32_memo (the layout's float32 rounding through a bounded memo) answers exactly what f32 does."""

from __future__ import annotations

import math

import pytest

from pureog import f32 as f32_module
from pureog.f32 import f32, f32_memo

VALUES = [0.1, 1.2000000477, 176.0, 16777217.0, 16777217, True, 3, 1e-50, -1e-50, 0.0, -0.0,
          math.inf, -math.inf, 3.5e38, -3.5e38, 1e308, 0.3 + 2 + 40, 0, False]


def _same(a: float, b: float) -> bool:
    return (a != a and b != b) or (a == b and math.copysign(1.0, a) == math.copysign(1.0, b))


def test_memo_agrees_with_f32_first_and_second_time() -> None:
    for _ in range(2):  # the second round reads what the first kept
        for value in VALUES:
            assert _same(f32_memo(value), f32(value)), value
            assert type(f32_memo(value)) is float, value  # (an int or bool zero comes back as 0.0)
        assert math.isnan(f32_memo(math.nan))


def test_signed_zero_is_never_read_from_the_memo() -> None:
    f32_memo(0.0)
    assert math.copysign(1.0, f32_memo(-0.0)) == -1.0
    assert math.copysign(1.0, f32_memo(-1e-50)) == -1.0  # rounds to -0.0, not to a kept 0.0


def test_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(f32_module, "_MEMO_SIZE", 8)
    for i in range(1, 40):
        assert f32_memo(i / 7) == f32(i / 7)
        assert len(f32_module._MEMO) <= 8
