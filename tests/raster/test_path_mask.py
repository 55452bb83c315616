"""raster/path_mask: masks kept across renders charge the paint budget as making them did."""

from __future__ import annotations

import pytest

from pureog import caches, limits
from pureog.display import FillRule
from pureog.geometry import Affine
from pureog.path import Path
from pureog.raster import path_mask

_CANVAS = (0, 0, 1200, 630)


def _wavy_band(width: float) -> Path:
    """A large closed shape of many curves (past the small-mask side, so kept with the large masks)."""
    segments: list[tuple[object, ...]] = [("M", 0.0, 100.0)]
    steps = 40
    for i in range(steps):
        x0, x1 = width * i / steps, width * (i + 1) / steps
        segments.append(("C", x0 + (x1 - x0) / 3, 40.0, x0 + 2 * (x1 - x0) / 3, 160.0, x1, 100.0))
    segments += [("L", width, 400.0), ("L", 0.0, 400.0), ("Z",)]
    return Path(tuple(segments))


@pytest.mark.parametrize("left", [50.0, -300.0])  # inside the pixmap; cut to it (the pixmap's own cache)
def test_a_kept_large_mask_charges_the_paint_budget_as_rasterizing_it_did(left: float) -> None:
    """A render's outcome must not depend on what an earlier one kept. Before: a large path's mask
    (a box background, a border, a shadow's shape) found kept charged nothing, so a card refused at
    its paint budget passed when drawn a second time in the same process (eris seed 58)."""
    path = _wavy_band(900.0)

    def spent() -> int:
        with limits.paint_budget(1200, 630):
            path_mask.path_mask(path, FillRule.NONZERO, Affine.translate(left, 60.0), _CANVAS, _CANVAS)
            return limits.paint_work_limit(1200, 630) - (limits.paint_work_left() or 0)

    caches.clear()
    first = spent()
    assert first > 0
    assert spent() == first
