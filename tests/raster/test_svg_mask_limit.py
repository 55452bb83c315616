"""A Group.svg_mask group whose trimmed layer is 8,192 px or more a side paints nothing (tiny-skia 0.8.3's
empty mask region clip, raster/mask_region.py); below that, or without the flag, it paints."""

from __future__ import annotations

from pureog.color import Color
from pureog.display import Clip, DisplayList, FillPath, Group, PatternPaint, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.path import ellipse_path, rect_path
from pureog.raster.mask_region import reach, vanishes
from pureog.raster.render import render

RED = SolidPaint(Color(255, 0, 0, 1.0))
GREEN = SolidPaint(Color(0, 128, 0, 1.0))


def _centre_pixel(tile_width: float, rx: float, svg_mask: bool = True) -> tuple[int, ...]:
    """A 40x20 canvas showing the middle of a pattern tile ``tile_width`` px wide: a green rectangle under
    a red ellipse (``rx`` wide) masked by the tile's rectangle, as Satori draws a radial gradient."""
    ellipse = FillPath(ellipse_path(tile_width / 2, 10.0, rx, 10.0), RED)
    content = (FillPath(rect_path(Rect(0.0, 0.0, tile_width, 20.0)), GREEN),
               Group((ellipse,), clip=Clip(rect_path(Rect(0.0, 0.0, tile_width, 20.0))), svg_mask=svg_mask))
    paint = PatternPaint(20.0 - tile_width / 2, 0.0, tile_width, 20.0, content)
    root = Group((FillPath(rect_path(Rect(0.0, 0.0, 40.0, 20.0)), paint),))
    pixmap = render(DisplayList(40, 20, root, trims_layers=True))
    o = 10 * pixmap.stride + 20 * 4
    return tuple(pixmap.data[o : o + 4])


def test_ellipse_below_the_limit_paints() -> None:
    assert _centre_pixel(8500.0, 4000.0) == (255, 0, 0, 255)  # 8,000 px of paint (+ the trim's 3)


def test_ellipse_at_the_limit_vanishes() -> None:
    assert _centre_pixel(8500.0, 4100.0) == (0, 128, 0, 255)  # 8,200 px: only the last colour
    assert _centre_pixel(8192.0, 5000.0) == (0, 128, 0, 255)  # the whole 8,192 px tile


def test_small_tile_or_unflagged_group_paints() -> None:
    assert _centre_pixel(8190.0, 5000.0) == (255, 0, 0, 255)  # the tile (the layer) is 8,190 px
    assert _centre_pixel(8500.0, 4100.0, svg_mask=False) == (255, 0, 0, 255)


def test_reach_is_the_outline_with_the_trim_margins() -> None:
    g = Group((FillPath(ellipse_path(100.0, 50.0, 40.0, 20.0), RED),))
    assert reach(g, Affine.scale(2.0, 2.0), (0, 0, 10_000, 10_000)) == (119, 59, 282, 142)
    assert reach(g, Affine.scale(2.0, 2.0), (0, 0, 200, 100)) == (119, 59, 200, 100)
    assert not vanishes((0, 0, 8191, 8191)) and vanishes((0, 0, 8192, 10)) and vanishes((5, 0, 10, 8197))
    assert not vanishes(None)
