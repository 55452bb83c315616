"""raster/canvas.py: a display list whose first shape paints the whole canvas one opaque colour, or an
opaque shader's rows (a gradient, a pattern), is drawn onto a canvas made with them, that shape skipped;
the pixels are those of drawing it."""

from __future__ import annotations

import pytest

from pureog.color import Color
from pureog.display import (
    Clip,
    DisplayList,
    FillPath,
    GradientStop,
    Group,
    LinearGradientPaint,
    PatternPaint,
    RadialGradientPaint,
    SolidPaint,
)
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
    made: list[bool] = []
    renderer = render._Renderer
    first_canvas = renderer.first_canvas

    def spy(self: render._Renderer, root: Group) -> object:
        layer = first_canvas(self, root)
        made.append(self.prefilled is not None)
        return layer

    try:
        renderer.first_canvas = spy  # type: ignore[method-assign,assignment]
        fast = bytes(render.render(display_list).data)
        render.opaque_first_fill = lambda *_: None  # type: ignore[assignment]
        render.covering_first_fill = lambda *_: None  # type: ignore[assignment]
        slow = bytes(render.render(display_list).data)
    finally:
        renderer.first_canvas = first_canvas  # type: ignore[method-assign]
        render.opaque_first_fill = canvas.opaque_first_fill
        render.covering_first_fill = canvas.covering_first_fill
    return fast, slow, made[0]


def _stops(alpha: float = 1.0) -> tuple[GradientStop, ...]:
    return (GradientStop(0.0, Color(15, 23, 42, alpha)), GradientStop(0.55, Color(49, 46, 129)),
            GradientStop(1.0, Color(190, 24, 93)))


WHOLE = rect_path(Rect(0, 0, W, H))
DIAGONAL = LinearGradientPaint(0, 0, W, H, _stops())  # the blog card's background, as a shader
TILED = PatternPaint(0, 0, W, H, (FillPath(WHOLE, DIAGONAL),))  # as Satori paints it: a pattern


@pytest.mark.parametrize(("root", "found"), [
    (Group((Group((BACK, DOT)),)), True),  # the root element's background, then a translucent shape
    (Group((BACK,)), True),
    (Group((Group((BACK,), opacity=0.5), DOT)), False),  # under an opacity: a layer
    (Group((Group((BACK,), transform=Affine.translate(3, 0)), DOT)), False),  # moved: not all of it
    (Group((Group((BACK,), clip=Clip(ellipse_path(W / 2, H / 2, W / 2, H / 2))), DOT)), False),
    (Group((DOT, BACK)), False),  # not the first shape
    (Group((FillPath(rect_path(Rect(0, 0, W, H - 1)), BACK.paint), DOT)), False),  # one row short
    (Group((FillPath(rect_path(Rect(0, 0, W, H)), SolidPaint(Color(9, 9, 9, 0.5))), DOT)), False),
    # a canvas-wide opaque gradient or pattern: the canvas is made of its rows
    (Group((Group((FillPath(WHOLE, TILED), DOT)),)), True),
    (Group((FillPath(WHOLE, DIAGONAL), DOT)), True),
    # (a radial gradient's rows are not marked opaque where they are made: drawn as any fill)
    (Group((FillPath(WHOLE, RadialGradientPaint(W / 3, H / 2, W / 2, _stops())), DOT)), False),
    (Group((FillPath(WHOLE, PatternPaint(0, 0, 7, 5, (FillPath(WHOLE, DIAGONAL),))), DOT)), True),  # tiles
    (Group((FillPath(WHOLE, PatternPaint(2.5, 0, W, H, (FillPath(WHOLE, DIAGONAL),))), DOT)), True),  # moved
    (Group((FillPath(WHOLE, LinearGradientPaint(0, 0, W, H, _stops(0.5))), DOT)), False),  # translucent
    (Group((FillPath(WHOLE, PatternPaint(0, 0, 7, 5, (DOT,))), BACK)), False),  # a tile with clear pixels
    (Group((FillPath(WHOLE, PatternPaint(0, 0, W, H, TILED.content, opacity=0.5)), DOT)), False),
    (Group((FillPath(rect_path(Rect(0, 0, W, H - 1)), DIAGONAL), DOT)), False),  # one row short
    (Group((Group((FillPath(WHOLE, TILED),), opacity=0.5), DOT)), False),  # under an opacity: a layer
])
def test_prefilled_canvas_keeps_the_pixels(root: Group, found: bool) -> None:
    fast, slow, made_filled = _both(root)
    assert made_filled == found
    assert fast == slow


def test_prefilled_canvas_is_the_colour() -> None:
    pm = render.render(DisplayList(W, H, Group((BACK,))))
    assert pm.pixel(0, 0) == pm.pixel(W - 1, H - 1) == (241, 245, 249, 255)
