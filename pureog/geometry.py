"""Plain geometry in CSS px with y pointing down: Rect and the 2-D affine transform.

Imports nothing from pureog; every other module may import it.
"""

from __future__ import annotations

import math

from pureog.records import record


@record
class Rect:
    """An axis-aligned rectangle; ``x``/``y`` is the top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def inset(self, top: float, right: float, bottom: float, left: float) -> Rect:
        """The rectangle shrunk by the given amounts per side (never below zero size)."""
        return Rect(
            self.x + left,
            self.y + top,
            max(0.0, self.width - left - right),
            max(0.0, self.height - top - bottom),
        )


@record
class Affine:
    """The affine map ``(x, y) -> (a*x + c*y + e, b*x + d*y + f)`` (SVG ``matrix(a b c d e f)``)."""

    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    d: float = 1.0
    e: float = 0.0
    f: float = 0.0

    @staticmethod
    def translate(tx: float, ty: float) -> Affine:
        return Affine(1.0, 0.0, 0.0, 1.0, tx, ty)

    @staticmethod
    def scale(sx: float, sy: float | None = None) -> Affine:
        return Affine(sx, 0.0, 0.0, sx if sy is None else sy, 0.0, 0.0)

    @staticmethod
    def rotate(radians: float) -> Affine:
        cos, sin = math.cos(radians), math.sin(radians)
        return Affine(cos, sin, -sin, cos, 0.0, 0.0)

    @staticmethod
    def skew(ax_radians: float, ay_radians: float) -> Affine:
        return Affine(1.0, math.tan(ay_radians), math.tan(ax_radians), 1.0, 0.0, 0.0)

    def __matmul__(self, other: Affine) -> Affine:
        """``self @ other`` applies ``other`` first, then ``self``."""
        return Affine(
            self.a * other.a + self.c * other.b,
            self.b * other.a + self.d * other.b,
            self.a * other.c + self.c * other.d,
            self.b * other.c + self.d * other.d,
            self.a * other.e + self.c * other.f + self.e,
            self.b * other.e + self.d * other.f + self.f,
        )

    def apply(self, x: float, y: float) -> tuple[float, float]:
        return (self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f)

    @property
    def is_identity(self) -> bool:
        # Written out (translations fail at once on e, f) rather than ``self == IDENTITY``: the record's
        # __eq__ builds two field tuples, ~1 us, and the raster walk asks this of every glyph's group.
        return (self.e == 0.0 and self.f == 0.0 and self.a == 1.0 and self.d == 1.0 and self.b == 0.0
                and self.c == 0.0 and self.__class__ is Affine)

    @property
    def is_translation(self) -> bool:
        return self.a == 1.0 and self.b == 0.0 and self.c == 0.0 and self.d == 1.0

    @property
    def scale_factors(self) -> tuple[float, float]:
        """usvg's ``Transform::get_scale``: the norms of the matrix rows, (|(a, c)|, |(b, d)|), by which
        resvg scales filter deviations and offsets (they differ from the column norms under a skew)."""
        return math.hypot(self.a, self.c), math.hypot(self.b, self.d)

    @property
    def resolution_scale(self) -> float:
        """The largest stretch of this mapping (Skia's ``compute_resolution_scale``): how much finer
        curves must be measured or flattened so that errors stay the same on the device; 1 if degenerate."""
        scale = max(self.scale_factors)
        return scale if scale > 0.0 and math.isfinite(scale) else 1.0

    def inverse(self) -> Affine:
        det = self.a * self.d - self.b * self.c
        if det == 0.0:
            raise ZeroDivisionError("singular transform")
        a, b, c, d = self.d / det, -self.b / det, -self.c / det, self.a / det
        return Affine(a, b, c, d, -(a * self.e + c * self.f), -(b * self.e + d * self.f))


IDENTITY = Affine()


def round_half_away(v: float) -> int:
    """Rust's ``f64::round`` and C's ``roundf``: halves away from zero (Python's ``round`` goes to even)."""
    return int(math.floor(v + 0.5)) if v >= 0 else -int(math.floor(-v + 0.5))


def segment_crossing(p1: tuple[float, float], p2: tuple[float, float], q1: tuple[float, float],
                     q2: tuple[float, float]) -> tuple[float, float] | None:
    """Where segments p1-p2 and q1-q2 cross inside both (None when they do not, or are parallel)."""
    rx, ry = p2[0] - p1[0], p2[1] - p1[1]
    sx, sy = q2[0] - q1[0], q2[1] - q1[1]
    denominator = rx * sy - ry * sx
    if abs(denominator) < 1e-12:
        return None
    t = ((q1[0] - p1[0]) * sy - (q1[1] - p1[1]) * sx) / denominator
    u = ((q1[0] - p1[0]) * ry - (q1[1] - p1[1]) * rx) / denominator
    if 0.0 < t < 1.0 and 0.0 < u < 1.0:
        return (p1[0] + rx * t, p1[1] + ry * t)
    return None


def past_edge(outer: tuple[float, float], inner: tuple[float, float], depth: float,
              horizontal_edge: bool) -> tuple[float, float]:
    """The point of the line from ``outer`` through ``inner`` that lies ``depth`` past an edge through
    ``outer`` (horizontal, or vertical), as a border side's corner diagonal is cut; ``inner`` where the
    line runs along the edge (a zero-width side)."""
    dx, dy = inner[0] - outer[0], inner[1] - outer[1]
    across = abs(dy) if horizontal_edge else abs(dx)
    if across <= 1e-9:
        return inner
    t = depth / across
    return (outer[0] + dx * t, outer[1] + dy * t)
