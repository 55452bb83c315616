"""FreeType's fixed-point arithmetic, as the auto-fitter computes with it (``FT_MulFix``, ``FT_MulDiv``,
``FT_DivFix``, C's integer division): integers in and out, rounded as FreeType rounds, so that hinted
points land where libfreetype puts them. Imports nothing of pureog."""

from __future__ import annotations


def mul_fix(a: int, b: int) -> int:
    """``FT_MulFix``: ``a * b / 65536`` rounded half away from zero."""
    sign = -1 if (a < 0) != (b < 0) else 1
    return sign * ((abs(a) * abs(b) + 0x8000) >> 16)


def mul_div(a: int, b: int, c: int) -> int:
    """``FT_MulDiv``: ``a * b / c`` rounded half away from zero."""
    sign = -1 if (a < 0) ^ (b < 0) ^ (c < 0) else 1  # (not a chained !=: that is no parity)
    return sign * ((abs(a) * abs(b) + abs(c) // 2) // abs(c))


def div_fix(a: int, b: int) -> int:
    """``FT_DivFix``: ``a / b`` in 16.16, rounded half away from zero."""
    sign = -1 if (a < 0) != (b < 0) else 1
    return sign * ((abs(a) * 65536 + (abs(b) >> 1)) // abs(b))


def c_div(a: int, b: int) -> int:
    """C's integer division (toward zero)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q
