"""3D layers in the rasterizer (pureog/raster/projective.py and render._projected): the layer grid,
exact-area coverage of the projected quad, clipping behind the eye, bilinear resampling, nested layers."""

from __future__ import annotations

import math

import pytest

from pureog.color import Color
from pureog.display import DisplayList, FillPath, Group, Projection, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.matrix3d import Matrix4, Projective
from pureog.path import rect_path
from pureog.raster.projective import layer_grid, polygon_coverage
from pureog.raster.render import render

RED = SolidPaint(Color(255, 0, 0))
BLUE = SolidPaint(Color(0, 0, 255))


def _scene(*nodes: FillPath | Group, size: int = 20) -> bytes:
    return bytes(render(DisplayList(size, size, Group(tuple(nodes)))).data)


def _square(x: float, y: float, side: float, paint: SolidPaint = RED) -> FillPath:
    return FillPath(rect_path(Rect(x, y, side, side)), paint)


def test_polygon_coverage_is_the_exact_area() -> None:
    mask = polygon_coverage([(1.25, 1.0), (3.0, 1.0), (3.0, 2.5), (1.25, 2.5)], (0, 0, 10, 10))
    assert mask is not None
    assert mask.coverage(1, 1) == round(0.75 * 255)
    assert mask.coverage(2, 1) == 255
    assert mask.coverage(2, 2) == round(0.5 * 255)
    assert mask.coverage(1, 2) == round(0.375 * 255)
    assert mask.coverage(3, 1) == 0
    triangle = polygon_coverage([(0.0, 0.0), (4.0, 0.0), (0.0, 4.0)], (0, 0, 10, 10))
    assert triangle is not None
    assert triangle.total() == pytest.approx(8 * 255, abs=8)  # half of the 4x4 square
    assert polygon_coverage([(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], (0, 0, 10, 10)) is None


def test_layer_grid_spans_the_bounds_exactly() -> None:
    grid = layer_grid(Projective(), Rect(2.5, 3.0, 10.0, 4.5))
    assert grid is not None
    assert (grid.width, grid.height) == (10, 5)
    assert grid.to_layer.apply(2.5, 3.0) == (0.0, 0.0)
    assert grid.to_layer.apply(12.5, 7.5) == pytest.approx((10.0, 5.0))
    assert layer_grid(Projective(), Rect(0.0, 0.0, 0.0, 4.0)) is None


def test_an_identity_projection_draws_as_the_plain_group() -> None:
    content = (_square(4.0, 4.0, 8.0), _square(8.0, 8.0, 6.0, BLUE))
    plain = _scene(*content)
    projected = _scene(Group((Group(content),), projection=Projection(Projective(), Rect(4.0, 4.0, 10.0, 10.0))))
    assert projected == plain


def test_a_translation_projection_moves_pixels_exactly() -> None:
    moved = _scene(_square(7.0, 5.0, 8.0))
    shift = Projective.from_affine(Affine.translate(3.0, 1.0))
    projected = _scene(Group((_square(4.0, 4.0, 8.0),), projection=Projection(shift, Rect(4.0, 4.0, 8.0, 8.0))))
    assert projected == moved


def test_nothing_behind_the_eye_is_drawn() -> None:
    # w = 1 - x / 10: the square's part right of x = 10 is behind the eye and not drawn
    h = Projective((1.0, 0.0, 0.0, 0.0, 1.0, 0.0, -0.1, 0.0, 1.0))
    data = _scene(Group((_square(0.0, 0.0, 20.0),), projection=Projection(h, Rect(0.0, 0.0, 20.0, 20.0))),
                  size=60)
    assert any(data[3::4])
    everything_behind = Projective((1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, -1.0))
    hidden = _scene(Group((_square(0.0, 0.0, 20.0),), projection=Projection(everything_behind,
                                                                            Rect(0.0, 0.0, 20.0, 20.0))))
    assert not any(hidden)


def test_perspective_shrinks_the_far_side() -> None:
    turn = Matrix4.perspective(40.0) @ Matrix4.rotate(0.0, 1.0, 0.0, math.radians(50))
    about = Matrix4.translate(10.0, 10.0) @ turn @ Matrix4.translate(-10.0, -10.0)
    layer = Group((_square(2.0, 2.0, 16.0),), projection=Projection(about.flatten(), Rect(2.0, 2.0, 16.0, 16.0)))
    pm = render(DisplayList(20, 20, Group((layer,))))
    column = [[pm.data[4 * (y * 20 + x) + 3] for y in range(20)] for x in (5, 13)]
    left, right = (sum(1 for a in c if a > 128) for c in column)
    assert left > right  # rotateY turns the right side away: it is drawn shorter


def test_a_nested_layer_is_drawn_once_under_the_composed_map() -> None:
    shift = Projective.from_affine(Affine.translate(2.0, 0.0))
    inner = Group((_square(4.0, 4.0, 4.0, BLUE),), projection=Projection(shift, Rect(4.0, 4.0, 4.0, 4.0)))
    outer = Group((Group((_square(0.0, 0.0, 12.0), inner)),), projection=Projection(shift, Rect(0.0, 0.0, 12.0, 12.0)))
    expected = _scene(_square(2.0, 0.0, 12.0), _square(8.0, 4.0, 4.0, BLUE))
    assert _scene(outer) == expected
