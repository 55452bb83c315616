"""raster/canvas.py: a display list whose first shape paints the whole canvas one opaque colour is drawn
onto a canvas made with that colour, that shape skipped; the pixels are those of drawing it."""

from __future__ import annotations

import pytest

from pureog.color import Color
from pureog.display import Clip, DisplayList, FillPath, Group, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.path import ellipse_path, rect_path
from pureog.raster import canvas, render

W, H = 40, 24
BACK = FillPath(rect_path(Rect(0, 0, W, H)), SolidPaint(Color(241, 245, 249)))
DOT = FillPath(ellipse_path(13.9, 9.6, 8.6, 5.9), SolidPaint(Color(37, 99, 235, 0.6)))


def _both(root: Group) -> tuple[bytes, bytes, bool]:
    """The pixels as rendered, as rendered with the first fill drawn like any other, and whether the
    canvas was made filled."""
    display_list = DisplayList(W, H, root)
    found = canvas.opaque_first_fill(root, W, H) is not None
    fast = bytes(render.render(display_list).data)
    original = canvas.opaque_first_fill
    try:
        render.opaque_first_fill = lambda *_: None  # type: ignore[assignment]
        slow = bytes(render.render(display_list).data)
    finally:
        render.opaque_first_fill = original
    return fast, slow, found


@pytest.mark.parametrize(("root", "found"), [
    (Group((Group((BACK, DOT)),)), True),  # the root element's background, then a translucent shape
    (Group((BACK,)), True),
    (Group((Group((BACK,), opacity=0.5), DOT)), False),  # under an opacity: a layer
    (Group((Group((BACK,), transform=Affine.translate(3, 0)), DOT)), False),  # moved: not all of it
    (Group((Group((BACK,), clip=Clip(ellipse_path(W / 2, H / 2, W / 2, H / 2))), DOT)), False),
    (Group((DOT, BACK)), False),  # not the first shape
    (Group((FillPath(rect_path(Rect(0, 0, W, H - 1)), BACK.paint), DOT)), False),  # one row short
    (Group((FillPath(rect_path(Rect(0, 0, W, H)), SolidPaint(Color(9, 9, 9, 0.5))), DOT)), False),
])
def test_prefilled_canvas_keeps_the_pixels(root: Group, found: bool) -> None:
    fast, slow, made_filled = _both(root)
    assert made_filled == found
    assert fast == slow


def test_prefilled_canvas_is_the_colour() -> None:
    pm = render.render(DisplayList(W, H, Group((BACK,))))
    assert pm.pixel(0, 0) == pm.pixel(W - 1, H - 1) == (241, 245, 249, 255)
