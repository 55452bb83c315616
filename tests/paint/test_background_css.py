"""CSS background geometry for layers read as CSS reads them (pureog/paint/background_css.py)."""

from __future__ import annotations

from pureog.geometry import Rect
from pureog.paint.background_css import _axis, _image_size, _rounded
from pureog.style.css_background import CssRepeat, CssSize
from pureog.style.values import Percent

AREA = Rect(10.0, 20.0, 90.0, 60.0)


def test_sizes() -> None:
    assert _image_size(CssSize("contain"), AREA, (30.0, 10.0)) == (90.0, 30.0)
    assert _image_size(CssSize("cover"), AREA, (30.0, 10.0)) == (180.0, 60.0)
    assert _image_size(CssSize(), AREA, (30.0, 10.0)) == (30.0, 10.0)
    assert _image_size(CssSize(None, 60.0), AREA, (30.0, 10.0)) == (60.0, 20.0)  # height auto: the ratio
    assert _image_size(CssSize(None, None, Percent(50.0)), AREA, (30.0, 10.0)) == (90.0, 30.0)
    assert _image_size(CssSize(), AREA, None) == (90.0, 60.0)  # a gradient fills the positioning area


def test_round_makes_whole_tiles_and_keeps_the_ratio_on_an_auto_axis() -> None:
    assert _rounded(CssRepeat("round", "repeat"), 20.0, 10.0, AREA, CssSize()) == (18.0, 9.0)  # 4.5 -> 5 tiles
    assert _rounded(CssRepeat("round", "round"), 40.0, 25.0, AREA, CssSize()) == (45.0, 30.0)


def test_axis_positions_and_tiles() -> None:
    # a percentage is of the free space, from the far edge for right/bottom
    assert _axis("repeat", 10.0, 90.0, 30.0, Percent(50.0), False, 10.0, 100.0) == (40.0, 30.0)
    assert _axis("repeat", 10.0, 90.0, 30.0, 5.0, True, 10.0, 100.0) == (65.0, 30.0)
    # space: edge to edge with equal gaps (86 px: four 20 px tiles, gaps of 2), the position ignored
    assert _axis("space", 0.0, 86.0, 20.0, Percent(50.0), False, 0.0, 86.0) == (0.0, 22.0)
    # ... unless fewer than two fit: one image, placed by the position
    assert _axis("space", 0.0, 30.0, 20.0, Percent(50.0), False, 0.0, 30.0)[0] == 5.0
    # no-repeat: one copy, the next beyond the painting area on both sides
    origin, tile = _axis("no-repeat", 10.0, 90.0, 30.0, Percent(100.0), False, 10.0, 100.0)
    assert origin == 70.0 and origin + tile >= 100.0 and origin - tile + 30.0 <= 10.0


def test_box_areas_inset_by_borders_and_padding_with_shrunk_radii() -> None:
    from pureog.paint.box_areas import area, area_outline  # noqa: PLC0415
    from pureog.paint.radius import box_outline  # noqa: PLC0415

    rect = Rect(0.0, 0.0, 100.0, 60.0)
    borders, padding = (4.0, 6.0, 4.0, 6.0), (10.0, 10.0, 10.0, 10.0)
    assert area("border-box", rect, borders, padding) == rect
    assert area("padding-box", rect, borders, padding) == Rect(6.0, 4.0, 88.0, 52.0)
    assert area("content-box", rect, borders, padding) == Rect(16.0, 14.0, 68.0, 32.0)
    radii = ((20.0, 20.0),) * 4
    outline = area_outline("padding-box", rect, radii, (2.0, 2.0, 2.0, 2.0), borders, padding)
    # the corners of the padding box: the border box's radii less the borders beside them
    assert outline == box_outline(Rect(6.0, 4.0, 88.0, 52.0), ((14.0, 16.0),) * 4, (2.0, 2.0, 2.0, 2.0))
    # a box the borders and paddings fill paints nothing
    assert area_outline("content-box", Rect(0.0, 0.0, 30.0, 30.0), radii, (2.0,) * 4, borders, padding) is None
