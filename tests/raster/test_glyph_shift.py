"""A small path's mask made at one whole-pixel place and moved to another (raster/glyph_shift.py,
raster/path_mask.py): taken only where it is exactly the mask rasterized there, and charged to the
paint budget as the rasterizing was."""

from __future__ import annotations

import random
from typing import Any

import pytest

from pureog import caches, limits
from pureog.display import FillRule
from pureog.geometry import Affine
from pureog.path import Path
from pureog.raster import glyph_shift, path_mask
from pureog.raster.flatten import flatten
from pureog.raster.scan import Mask, rasterize

_HUGE = (-(1 << 28), -(1 << 28), 1 << 28, 1 << 28)
_CANVAS = (0, 0, 4000, 4000)


def _outline(rng: random.Random) -> Path:
    """A glyph-like outline as svg_rounded_glyph makes one: points at tenths of a pixel above the
    baseline, quadratics as usvg's cubics (control points at thirds of tenths)."""
    def point() -> tuple[float, float]:
        return rng.randint(0, 300) / 10, rng.randint(-300, 0) / 10

    px, py = point()
    segments: list[tuple[object, ...]] = [("M", px, py)]
    for _ in range(rng.randint(3, 8)):
        if rng.random() < 0.3:
            px, py = point()
            segments.append(("L", px, py))
        else:
            (qx, qy), (ex, ey) = point(), point()
            segments.append(("C", (px + qx * 2) / 3, (py + qy * 2) / 3, (ex + qx * 2) / 3, (ey + qy * 2) / 3, ex, ey))
            px, py = ex, ey
    segments.append(("Z",))
    return Path(tuple(segments))


def _rows(mask: Mask | None) -> tuple[Any, ...] | None:
    return None if mask is None else (mask.x, mask.y, mask.width, mask.height, tuple(mask.rows))


def _rasterized(path: Path, e: int, f: int) -> Mask | None:
    return rasterize(flatten(path, Affine.translate(e, f)), FillRule.NONZERO, _HUGE)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = path_mask.rasterize

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(path_mask, "rasterize", counted)
    return calls


def test_a_moved_outline_takes_the_mask_made_elsewhere_with_the_bytes_made_there(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Outlines met at many whole-pixel places (over a card, across 256, 512 and 1024 px)
    give what rasterizing at each place gives, and most are not rasterized again. Before the store:
    every place rasterized (calls == places)."""
    rng = random.Random(54)
    caches.clear()
    calls = _counted(monkeypatch)
    places = 0
    for _ in range(40):
        path = _outline(rng)
        for _ in range(12):
            e, f = rng.randint(0, 2000), rng.randint(30, 1100)  # (inside the canvas: not cut to it)
            got = path_mask.path_mask(path, FillRule.NONZERO, Affine.translate(e, f), _CANVAS, _CANVAS, True)
            assert _rows(got) == _rows(_rasterized(path, e, f)), (e, f)
            places += 1
    assert calls[0] < places * 0.8


def test_the_rasterizer_does_not_commute_with_every_move() -> None:
    """Why the store keys places by binade: an outline moved across a power of two may round to other
    fixed-point numbers (tiny-skia's f32 points take a coarser grid there), so its mask at 1500 px is
    not its mask at 500 px moved (one of ~200 random single cubics; within one binade none is)."""
    path = Path((("M", 4.3, -26.8), ("C", 2.3000000000000003, -17.599999999999998, 8.166666666666666, -17.5,
                                     21.9, -26.5), ("Z",)))
    first = _rasterized(path, 500, 300)
    assert first is not None
    moved = glyph_shift.moved(glyph_shift.placed(first, Affine.translate(500, 300)), Affine.translate(1500, 300))
    assert _rows(moved) != _rows(_rasterized(path, 1500, 300))
    keys = {glyph_shift.shift_key(path, FillRule.NONZERO, Affine.translate(e, 300)) for e in (500, 1500)}
    assert len(keys) == 2
    rng = random.Random(7)
    for _ in range(60):
        path = _outline(rng)
        e0, f0 = rng.randint(520, 990), rng.randint(320, 470)  # (every number inside [512, 1024) x [256, 512))
        first = _rasterized(path, e0, f0)
        assert first is not None
        for _ in range(5):
            e, f = rng.randint(520, 990), rng.randint(320, 470)
            assert glyph_shift.shift_key(path, FillRule.NONZERO, Affine.translate(e, f)) is not None
            moved = glyph_shift.moved(glyph_shift.placed(first, Affine.translate(e0, f0)), Affine.translate(e, f))
            assert _rows(moved) == _rows(_rasterized(path, e, f))


@pytest.mark.parametrize("m", [
    Affine.translate(600.5, 300),  # a fraction
    Affine.translate(600, 300.25),
    Affine(0.9, 0.1, -0.1, 0.9, 600, 300),  # rotated text keeps its place key
    Affine(2, 0, 0, 2, 600, 300),
    Affine.translate(1020, 300),  # straddling 1024 px
    Affine.translate(600, 270),  # its y numbers straddling 256 px
    Affine.translate(-5, 300),  # a negative place: truncation is not the floor
    Affine.translate(float("nan"), 300),
    Affine.translate(1 << 23, 300),
])
def test_places_the_shift_is_not_proven_for_keep_their_own_key(m: Affine) -> None:
    path = Path((("M", 0.0, -20.0), ("C", 3.0, -25.0, 10.0, -25.0, 12.0, -10.0), ("L", 0.0, 0.0), ("Z",)))
    assert glyph_shift.shift_key(path, FillRule.NONZERO, m) is None
    assert glyph_shift.shift_key(path, FillRule.NONZERO, Affine.translate(600, 300)) is not None


def test_a_path_with_quadratics_keeps_its_place_key() -> None:
    quad = Path((("M", 0.0, -20.0), ("Q", 5.0, -25.0, 12.0, -10.0), ("Z",)))
    assert glyph_shift.shift_key(quad, FillRule.NONZERO, Affine.translate(600, 300)) is None


def test_a_cubics_rounded_coefficient_is_within_the_binade() -> None:
    """The chop rounds ``y0 - 2 y1`` (before adding ``y2``): a control point above the start that
    keeps every point inside a binade may take that number out of it (here 2 * 270 - 300 = 240 < 256)."""
    path = Path((("M", 0.0, 0.0), ("C", 5.0, -30.0, 10.0, -30.0, 12.0, -5.0), ("Z",)))
    assert glyph_shift.shift_key(path, FillRule.NONZERO, Affine.translate(600, 300)) is None
    assert glyph_shift.shift_key(path, FillRule.NONZERO, Affine.translate(600, 350)) is not None


def test_a_kept_glyph_mask_charges_the_paint_budget_as_rasterizing_it_did() -> None:
    """A render's outcome must not depend on what an earlier one kept: a glyph's mask found kept (at
    its place, or made elsewhere and moved) charges the crossings its scan charged. Before: a kept
    mask charged nothing, so a render past its budget could pass once an earlier render kept its
    glyphs."""
    rng = random.Random(3)
    path = _outline(rng)

    def spent(e: int, f: int) -> int:
        with limits.paint_budget(4000, 4000):
            path_mask.path_mask(path, FillRule.NONZERO, Affine.translate(e, f), _CANVAS, _CANVAS, True)
            return limits.paint_work_limit(4000, 4000) - (limits.paint_work_left() or 0)

    caches.clear()
    first = spent(600, 300)
    assert first > 0
    assert spent(600, 300) == first  # kept at its place
    assert spent(700, 320) == first  # made at 600, 300 and moved
    assert spent(701, 321) == first  # its own entry now


def _title(left: int) -> dict[str, Any]:
    return {"width": 900, "height": 420, "element": {"div": {
        "style": {"display": "flex", "paddingLeft": left, "paddingTop": 300, "width": "100%", "height": "100%",
                  "backgroundColor": "#f8fafc", "color": "#0f172a", "fontSize": 32},
        "children": "Glyphs moved"}}}


def test_a_title_moved_by_whole_pixels_draws_as_with_nothing_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A card whose title moved 20 px (inside the binades [256, 512) x [256, 512)) takes its glyphs'
    masks made before, moved, and draws the bytes a render with nothing kept draws."""
    import pureog  # noqa: PLC0415

    caches.clear()
    fresh = pureog.render_png(_title(300))
    caches.clear()
    pureog.render_png(_title(280))
    calls = _counted(monkeypatch)
    assert pureog.render_png(_title(300)) == fresh
    # before the store: 10 scans (11 glyphs, two of one outline); now only those whose outline's tenths
    # round otherwise at the new place (Satori's sums of place and number round at another magnitude: 2)
    assert calls[0] < 6
