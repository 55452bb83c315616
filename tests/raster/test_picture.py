"""SVG pictures drawn once into a kept layer and composited (pureog/raster/picture.py): the composite is
tiny-skia's source-over of the layer, the pixels do not depend on what the cache holds, a whole-pixel
move moves the pixels, and what the layer cannot draw as the canvas would is drawn shape by shape."""

from __future__ import annotations

import random
import re

import pytest

from pureog.color import Color
from pureog.display import DisplayList, FillPath, GradientStop, Group, LinearGradientPaint, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.path import ellipse_path, rect_path
from pureog.raster import picture
from pureog.raster.over import over_pixels
from pureog.raster.pixmap import Pixmap
from pureog.raster.render import render


def _layer(rng: random.Random, width: int, height: int) -> Pixmap:
    """A layer of valid premultiplied pixels: clear, opaque and translucent ones in runs."""
    pixmap = Pixmap(width, height)
    data = pixmap.data
    for i in range(width * height):
        kind = rng.random()
        a = 0 if kind < 0.35 else 255 if kind < 0.7 else rng.randint(1, 254)
        data[4 * i : 4 * i + 4] = bytes((rng.randint(0, a), rng.randint(0, a), rng.randint(0, a), a))
    return pixmap


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("margin", [False, True])
def test_the_composite_is_source_over_of_the_layer_rows(seed: int, margin: bool) -> None:
    rng = random.Random(seed)
    width, height = rng.randint(3 if margin else 1, 40), rng.randint(1, 30)
    layer = _layer(rng, width, height)
    if margin:  # (first and last columns clear, as the margin around a picture's fills leaves them)
        for y in range(height):
            layer.data[4 * width * y : 4 * width * y + 4] = bytes(4)
            layer.data[4 * width * (y + 1) - 4 : 4 * width * (y + 1)] = bytes(4)
    canvas_width, canvas_height = width + rng.randint(0, 20), height + rng.randint(0, 20)
    below = bytearray(rng.randbytes(4 * canvas_width * canvas_height))
    for i in range(0, len(below), 4):  # (valid premultiplied destination pixels)
        a = below[i + 3]
        below[i : i + 3] = bytes(min(c, a) for c in below[i : i + 3])
    x0, y0 = rng.randint(0, canvas_width - width), rng.randint(0, canvas_height - height)
    stride = 4 * canvas_width
    expected = bytearray(below)
    for y in range(height):
        over_pixels(expected, (y0 + y) * stride + 4 * x0, layer.data[4 * width * y : 4 * width * (y + 1)])
    plan = picture._plan(layer, 0, 0, stride)
    got = bytearray(below)
    picture._composite(plan, got, y0 * stride + 4 * x0)
    assert got == expected


@pytest.mark.parametrize("seed", range(20))
def test_runs_are_the_maximal_stretches(seed: int) -> None:
    rng = random.Random(seed)
    classes = bytes(rng.choice(b"x ") for _ in range(rng.randint(0, 60)))
    starts, counts = picture._runs(classes)
    found = [(m.start(), m.end() - m.start()) for m in re.finditer(rb"x+", classes)]
    assert list(zip(starts, counts, strict=True)) == found


def _emoji(x: float, y: float, scale: float = 1.0) -> Group:
    """A picture like an emoji's: overlapping opaque shapes and a gradient under the SVG's placing group."""
    shapes = (
        FillPath(ellipse_path(18, 18, 17, 17), SolidPaint(Color(255, 204, 77, 1.0))),
        FillPath(ellipse_path(12, 14, 3.3, 4.1), SolidPaint(Color(102, 69, 0, 1.0))),
        FillPath(ellipse_path(24, 14, 3.3, 4.1), SolidPaint(Color(102, 69, 0, 1.0))),
        FillPath(rect_path(Rect(9.5, 23.25, 17, 3.5)), LinearGradientPaint(
            9.5, 0, 26.5, 0, (GradientStop(0.0, Color(200, 30, 30, 1.0)), GradientStop(1.0, Color(30, 30, 200, 1.0))))),
    )
    placed = Group(shapes, transform=Affine(scale, 0.0, 0.0, scale, x, y))
    return Group((placed,), picture=True)


def _frame(*nodes: Group, flag: bool = True, width: int = 120, height: int = 80, plain: bool = False) -> bytes:
    background = FillPath(rect_path(Rect(0, 0, width, height)), SolidPaint(Color(30, 60, 90, 0.5)) if plain else
                          LinearGradientPaint(0, 0, width, height, (GradientStop(0.0, Color(255, 247, 237, 1.0)),
                                                                    GradientStop(1.0, Color(253, 230, 138, 1.0)))))
    kids = nodes if flag else tuple(Group(n.children) for n in nodes)
    return bytes(render(DisplayList(width, height, Group((Group((background,)), *kids)))).data)


def test_the_pixels_do_not_depend_on_what_is_kept() -> None:
    picture.clear_pictures()
    first = _frame(_emoji(10.37, 20.61, 1.3), _emoji(60.37, 5.61, 1.3))  # the second one met kept
    kept = _frame(_emoji(10.37, 20.61, 1.3), _emoji(60.37, 5.61, 1.3))
    picture.clear_pictures()
    again = _frame(_emoji(60.37, 5.61, 1.3), _emoji(10.37, 20.61, 1.3))  # the other one drawn first
    assert first == kept
    assert first == again


def test_a_whole_pixel_move_moves_the_pixels() -> None:
    width = 120
    stride = 4 * width
    near = _frame(_emoji(10.25, 20.5), width=width, plain=True)  # (over a translucent plain box)
    far = _frame(_emoji(13.25, 22.5), width=width, plain=True)
    for y in range(0, 76):
        assert near[y * stride : y * stride + 4 * 100] == far[(y + 2) * stride + 12 : (y + 2) * stride + 12 + 4 * 100]


def test_it_is_close_to_the_shapes_drawn_one_by_one() -> None:
    nodes = (_emoji(10.37, 20.61, 1.3), _emoji(70.1, 30.9))
    picture.clear_pictures()
    layered, shapes = _frame(*nodes), _frame(*nodes, flag=False)
    assert any(plan is not None for plan in picture._KEPT.values())  # (drawn through a layer)
    # (rounded otherwise where overlapping shapes' edges meet, and where an edge's f32 point does)
    worst = max(abs(a - b) for a, b in zip(layered, shapes, strict=True))
    squared = sum((a - b) ** 2 for a, b in zip(layered, shapes, strict=True)) / len(layered)
    assert worst <= 16  # (a 4x4 supersample at most, where an edge's f32 point rounds otherwise)
    assert squared < 0.65  # 50 dB


@pytest.mark.parametrize("place", [(-5.5, 10.25), (100.5, 60.25)])
def test_a_picture_the_canvas_cuts_is_drawn_shape_by_shape(place: tuple[float, float]) -> None:
    node = _emoji(*place)
    assert _frame(node) == _frame(node, flag=False)
