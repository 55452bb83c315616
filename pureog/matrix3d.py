"""3D transforms as CSS Transforms 2 defines them: 4x4 matrices, and the 2D projective maps they draw with.

Role: the geometry of ``features: browser``'s 3D transforms. :class:`Matrix4` is a CSS transform
function or a composition of them (row-major, acting on column vectors ``(x, y, z, w)``, y down, as the
spec writes its matrices); :class:`Projective` is the 3x3 map of the plane ``z = 0`` onto the screen
that a flattened 4x4 leaves (``transform-style: flat``: an element's plane is drawn into its parent's);
:func:`visible_polygon` clips a polygon at ``w > 0`` (the points behind the eye, as Chromium's
compositor clips them) before projecting it. Pure maths: imports only :mod:`pureog.geometry`.
"""

from __future__ import annotations

import math

from pureog.geometry import Affine
from pureog.records import record

W_EPSILON = 1e-5
"""How far in front of the eye (in w) a projected point must be: Chromium's compositor clips quads at
``w = 0.00001`` (cc/base/math_util.cc) so that no point maps to infinity."""


@record
class Matrix4:
    """A 4x4 matrix, row-major: ``m[4 * row + col]``; ``p' = M p`` for column vectors ``(x, y, z, w)``."""

    m: tuple[float, ...] = (1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0)

    def __post_init__(self) -> None:
        if len(self.m) != 16:
            raise ValueError("a 4x4 matrix has 16 entries")

    def at(self, row: int, col: int) -> float:
        return self.m[4 * row + col]

    def __matmul__(self, other: Matrix4) -> Matrix4:
        """``self @ other`` applies ``other`` first, then ``self`` (as CSS composes left to right)."""
        a, b = self.m, other.m
        return Matrix4(tuple(sum(a[4 * r + k] * b[4 * k + c] for k in range(4)) for r in range(4) for c in range(4)))

    def apply(self, x: float, y: float, z: float = 0.0, w: float = 1.0) -> tuple[float, float, float, float]:
        m = self.m
        return (m[0] * x + m[1] * y + m[2] * z + m[3] * w, m[4] * x + m[5] * y + m[6] * z + m[7] * w,
                m[8] * x + m[9] * y + m[10] * z + m[11] * w, m[12] * x + m[13] * y + m[14] * z + m[15] * w)

    @property
    def is_identity(self) -> bool:
        return self == IDENTITY4

    @staticmethod
    def translate(x: float, y: float, z: float = 0.0) -> Matrix4:
        return Matrix4((1.0, 0.0, 0.0, x, 0.0, 1.0, 0.0, y, 0.0, 0.0, 1.0, z, 0.0, 0.0, 0.0, 1.0))

    @staticmethod
    def scale(x: float, y: float, z: float = 1.0) -> Matrix4:
        return Matrix4((x, 0.0, 0.0, 0.0, 0.0, y, 0.0, 0.0, 0.0, 0.0, z, 0.0, 0.0, 0.0, 0.0, 1.0))

    @staticmethod
    def rotate(x: float, y: float, z: float, radians: float) -> Matrix4:
        """``rotate3d(x, y, z, angle)`` by the spec's formula (the axis normalised; a zero axis is no
        rotation, as the spec says)."""
        length = math.sqrt(x * x + y * y + z * z)
        if length == 0.0 or not math.isfinite(length):
            return IDENTITY4
        x, y, z = x / length, y / length, z / length
        half = radians / 2.0
        sc = math.sin(half) * math.cos(half)
        sq = math.sin(half) ** 2
        return Matrix4((
            1.0 - 2.0 * (y * y + z * z) * sq, 2.0 * (x * y * sq - z * sc), 2.0 * (x * z * sq + y * sc), 0.0,
            2.0 * (x * y * sq + z * sc), 1.0 - 2.0 * (x * x + z * z) * sq, 2.0 * (y * z * sq - x * sc), 0.0,
            2.0 * (x * z * sq - y * sc), 2.0 * (y * z * sq + x * sc), 1.0 - 2.0 * (x * x + y * y) * sq, 0.0,
            0.0, 0.0, 0.0, 1.0))

    @staticmethod
    def perspective(distance: float) -> Matrix4:
        """``perspective(d)``: ``w = 1 - z / d``. CSS clamps a distance below 1px to 1px; ``none``
        (infinite) is the identity."""
        if not math.isfinite(distance):
            return IDENTITY4
        d = max(distance, 1.0)
        return Matrix4((1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, -1.0 / d, 1.0))

    @staticmethod
    def from_affine(a: Affine) -> Matrix4:
        """A 2D transform in 3D (``matrix(a, b, c, d, e, f)``)."""
        return Matrix4((a.a, a.c, 0.0, a.e, a.b, a.d, 0.0, a.f, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0))

    @staticmethod
    def from_css(values: tuple[float, ...]) -> Matrix4:
        """``matrix3d(a1, ..., a16)``: CSS lists the entries column by column."""
        if len(values) != 16:
            raise ValueError("matrix3d() takes 16 numbers")
        return Matrix4(tuple(values[4 * c + r] for r in range(4) for c in range(4)))

    def flatten(self) -> Projective:
        """The map of the plane ``z = 0`` this matrix draws it with once flattened into the parent's plane
        (``transform-style: flat``): rows and columns x, y and w; z is dropped."""
        m = self.m
        return Projective((m[0], m[1], m[3], m[4], m[5], m[7], m[12], m[13], m[15]))

    def determinant(self) -> float:
        m = self.m
        return sum((-1.0) ** c * m[c] * _det3(_minor(m, 0, c)) for c in range(4))

    def is_back_facing(self) -> bool:
        """Whether the plane's back is towards the viewer (``backface-visibility``), as Chromium decides
        it (gfx::Transform::IsBackFaceVisible): the z of the plane's normal (0, 0, 1) mapped by the
        inverse transpose, i.e. the cofactor of entry (2, 2) over the determinant, is negative."""
        det = self.determinant()
        if det == 0.0 or not math.isfinite(det):
            return False
        cofactor = _det3(_minor(self.m, 2, 2))
        return cofactor * det < -1e-12


def _minor(m: tuple[float, ...], row: int, col: int) -> tuple[float, ...]:
    return tuple(m[4 * r + c] for r in range(4) if r != row for c in range(4) if c != col)


def _det3(n: tuple[float, ...]) -> float:
    return (n[0] * (n[4] * n[8] - n[5] * n[7]) - n[1] * (n[3] * n[8] - n[5] * n[6])
            + n[2] * (n[3] * n[7] - n[4] * n[6]))


IDENTITY4 = Matrix4()


@record
class Projective:
    """A 2D projective map (homography), row-major 3x3: ``(x, y) -> (X / W, Y / W)`` where
    ``(X, Y, W) = H (x, y, 1)``."""

    h: tuple[float, ...] = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0)

    @staticmethod
    def from_affine(a: Affine) -> Projective:
        return Projective((a.a, a.c, a.e, a.b, a.d, a.f, 0.0, 0.0, 1.0))

    def __matmul__(self, other: Projective) -> Projective:
        """``self @ other`` applies ``other`` first."""
        a, b = self.h, other.h
        return Projective(tuple(sum(a[3 * r + k] * b[3 * k + c] for k in range(3)) for r in range(3) for c in range(3)))

    def homogeneous(self, x: float, y: float) -> tuple[float, float, float]:
        h = self.h
        return (h[0] * x + h[1] * y + h[2], h[3] * x + h[4] * y + h[5], h[6] * x + h[7] * y + h[8])

    def apply(self, x: float, y: float) -> tuple[float, float]:
        """The point mapped (only meaningful where its ``w`` is positive: :func:`visible_polygon`)."""
        px, py, pw = self.homogeneous(x, y)
        return px / pw, py / pw

    @property
    def is_affine(self) -> bool:
        return self.h[6] == 0.0 and self.h[7] == 0.0 and self.h[8] == 1.0

    def to_affine(self) -> Affine:
        """The affine map this is (only when :attr:`is_affine`)."""
        h = self.h
        return Affine(h[0], h[3], h[1], h[4], h[2], h[5])

    def determinant(self) -> float:
        return _det3(self.h)

    def inverse(self) -> Projective:
        """The inverse map (a homography up to scale: the adjugate, normalised by the determinant)."""
        h = self.h
        det = self.determinant()
        if det == 0.0 or not math.isfinite(det):
            raise ZeroDivisionError("singular projective map")
        adj = (h[4] * h[8] - h[5] * h[7], h[2] * h[7] - h[1] * h[8], h[1] * h[5] - h[2] * h[4],
               h[5] * h[6] - h[3] * h[8], h[0] * h[8] - h[2] * h[6], h[2] * h[3] - h[0] * h[5],
               h[3] * h[7] - h[4] * h[6], h[1] * h[6] - h[0] * h[7], h[0] * h[4] - h[1] * h[3])
        return Projective(tuple(v / det for v in adj))


IDENTITY3 = Projective()


def visible_polygon(h: Projective, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The closed polygon ``points`` mapped by ``h``, cut to the part in front of the eye (``w >=``
    :data:`W_EPSILON`, Sutherland-Hodgman in homogeneous coordinates, as Chromium's MapClippedQuad):
    empty when all of it is behind."""
    homogeneous = [h.homogeneous(x, y) for x, y in points]
    kept: list[tuple[float, float, float]] = []
    n = len(homogeneous)
    for i in range(n):
        p, q = homogeneous[i], homogeneous[(i + 1) % n]
        p_in, q_in = p[2] >= W_EPSILON, q[2] >= W_EPSILON
        if p_in:
            kept.append(p)
        if p_in != q_in:  # the edge crosses w = epsilon: keep the crossing point
            t = (W_EPSILON - p[2]) / (q[2] - p[2])
            kept.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]), W_EPSILON))
    return [(x / w, y / w) for x, y, w in kept]


__all__ = ["IDENTITY3", "IDENTITY4", "Matrix4", "Projective", "W_EPSILON", "visible_polygon"]
