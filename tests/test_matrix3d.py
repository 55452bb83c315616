"""The 3D transform maths (pureog/matrix3d.py): CSS Transforms 2's matrices, flattening, back faces,
and clipping behind the eye."""

from __future__ import annotations

import math

import pytest

from pureog.geometry import Affine
from pureog.matrix3d import IDENTITY4, W_EPSILON, Matrix4, Projective, visible_polygon


def _close(a: tuple[float, ...], b: tuple[float, ...], tol: float = 1e-9) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def test_rotate_z_is_the_2d_rotation() -> None:
    m = Matrix4.rotate(0.0, 0.0, 1.0, math.radians(30.0))
    flat = m.flatten()
    assert flat.is_affine
    a = flat.to_affine()
    r = Affine.rotate(math.radians(30.0))
    assert _close((a.a, a.b, a.c, a.d, a.e, a.f), (r.a, r.b, r.c, r.d, r.e, r.f))


def test_rotate_x_and_y_match_the_spec() -> None:
    c, s = math.cos(0.5), math.sin(0.5)
    rx = Matrix4.rotate(1.0, 0.0, 0.0, 0.5)
    assert _close((rx.at(1, 1), rx.at(1, 2), rx.at(2, 1), rx.at(2, 2)), (c, -s, s, c))
    ry = Matrix4.rotate(0.0, 1.0, 0.0, 0.5)
    assert _close((ry.at(0, 0), ry.at(0, 2), ry.at(2, 0), ry.at(2, 2)), (c, s, -s, c))
    assert Matrix4.rotate(0.0, 0.0, 0.0, 1.0) == IDENTITY4  # a zero axis: no rotation
    assert _close(Matrix4.rotate(0.0, 3.0, 0.0, 0.5).m, ry.m)  # the axis is normalised


def test_composition_order_is_css_order() -> None:
    # translate(10px) rotate(90deg): the point (1, 0) turns to (0, 1), then moves to (10, 1)
    m = Matrix4.translate(10.0, 0.0) @ Matrix4.rotate(0.0, 0.0, 1.0, math.pi / 2)
    x, y, z, w = m.apply(1.0, 0.0)
    assert _close((x, y, z, w), (10.0, 1.0, 0.0, 1.0))


def test_perspective_and_translate_z_scale_about_the_origin() -> None:
    # perspective(200px) translateZ(100px): z = 100 is half way to the eye, drawn twice as large
    flat = (Matrix4.perspective(200.0) @ Matrix4.translate(0.0, 0.0, 100.0)).flatten()
    assert _close(flat.apply(10.0, -4.0), (20.0, -8.0))
    assert Matrix4.perspective(0.25) == Matrix4.perspective(1.0)  # clamped to 1px
    assert Matrix4.perspective(math.inf) == IDENTITY4


def test_matrix3d_reads_columns() -> None:
    m = Matrix4.from_css((1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 5, 6, 7, 1))
    assert m.apply(0.0, 0.0) == (5.0, 6.0, 7.0, 1.0)
    with pytest.raises(ValueError):
        Matrix4.from_css((1.0, 2.0))


def test_from_affine_round_trips_through_flatten() -> None:
    a = Affine(1.5, 0.25, -0.5, 2.0, 7.0, -3.0)
    back = Matrix4.from_affine(a).flatten().to_affine()
    assert back == a


def test_rotate_y_with_perspective_is_a_homography() -> None:
    # a card turned 45 degrees about its centre line x = 100 under perspective(400px) from x = 100
    about = Matrix4.translate(100.0, 0.0) @ Matrix4.rotate(0.0, 1.0, 0.0, math.radians(45.0)) \
        @ Matrix4.translate(-100.0, 0.0)
    eye = Matrix4.translate(100.0, 50.0) @ Matrix4.perspective(400.0) @ Matrix4.translate(-100.0, -50.0)
    h = (eye @ about).flatten()
    assert not h.is_affine
    assert _close(h.apply(100.0, 50.0), (100.0, 50.0))  # the axis stays where it is
    # the right edge turns away (smaller), the left edge comes nearer (larger)
    (_, top_right), (_, top_left) = h.apply(200.0, 0.0), h.apply(0.0, 0.0)
    assert abs(top_right - 50.0) < abs(top_left - 50.0)
    inv = h.inverse()
    assert _close(inv.apply(*h.apply(37.0, 11.0)), (37.0, 11.0), 1e-9)


def test_back_facing() -> None:
    assert not IDENTITY4.is_back_facing()
    assert Matrix4.rotate(0.0, 1.0, 0.0, math.radians(180.0)).is_back_facing()
    assert not Matrix4.rotate(0.0, 1.0, 0.0, math.radians(89.0)).is_back_facing()
    assert Matrix4.rotate(1.0, 0.0, 0.0, math.radians(91.0)).is_back_facing()
    assert Matrix4.scale(-1.0, 1.0).is_back_facing() is False  # a mirror in the plane is still its front
    assert not Matrix4.scale(0.0, 1.0).is_back_facing()  # singular: never hidden


def test_visible_polygon_clips_behind_the_eye() -> None:
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    assert visible_polygon(Projective(), square) == square
    # w = 1 - x / 5: the right half is behind the eye
    h = Projective((1.0, 0.0, 0.0, 0.0, 1.0, 0.0, -0.2, 0.0, 1.0))
    kept = visible_polygon(h, square)
    assert len(kept) == 4
    assert all(x >= 0.0 for x, _ in kept)
    assert max(x for x, _ in kept) == pytest.approx((5.0 - 5.0 * W_EPSILON) / W_EPSILON)
    everything_behind = Projective((1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, -1.0))
    assert visible_polygon(everything_behind, square) == []


def test_projective_inverse_of_singular_map() -> None:
    with pytest.raises(ZeroDivisionError):
        Projective((1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)).inverse()
