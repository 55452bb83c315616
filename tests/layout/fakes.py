"""Fake leaves for layout tests: measure callbacks with a JSON spec the Yoga oracle script mirrors."""

from __future__ import annotations

import math
from dataclasses import dataclass

from pureog.layout.node import MeasureMode


@dataclass(frozen=True)
class FixedLeaf:
    """Content of a fixed size whatever the constraints (an image-like leaf)."""

    w: float
    h: float

    def __call__(self, width: float, wm: MeasureMode, height: float, hm: MeasureMode) -> tuple[float, float]:
        return (self.w, self.h)

    @property
    def spec(self) -> dict[str, object]:
        return {"kind": "fixed", "w": self.w, "h": self.h}


@dataclass(frozen=True)
class TextLeaf:
    """``n`` characters ``cw`` px wide that wrap anywhere into lines ``lh`` px tall."""

    n: int
    cw: float
    lh: float

    def __call__(self, width: float, wm: MeasureMode, height: float, hm: MeasureMode) -> tuple[float, float]:
        full = self.n * self.cw
        if wm == MeasureMode.UNDEFINED or math.isnan(width) or width >= full:
            return (width if wm == MeasureMode.EXACTLY else full, self.lh)
        per = max(1, math.floor(width / self.cw))
        lines = math.ceil(self.n / per)
        return (width if wm == MeasureMode.EXACTLY else min(self.n, per) * self.cw, lines * self.lh)

    @property
    def spec(self) -> dict[str, object]:
        return {"kind": "text", "n": self.n, "cw": self.cw, "lh": self.lh}
