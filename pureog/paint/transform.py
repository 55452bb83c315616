"""CSS transforms -> the affine matrices Satori gives each element.

Input: an element's :class:`ComputedStyle` (``transform``, ``transformOrigin``) and its border box in
canvas px -> an :class:`Affine` in canvas coordinates. Satori (builder/transform.ts) composes the
functions right to left, resolves translate percentages against the element's own size, wraps the
result in translations to and from the origin, then multiplies the parent's absolute matrix in front;
descendants without their own transform reuse that absolute matrix. Every ``transform`` attribute it
writes is rounded to 2 decimals (``toFixed(2)``): a 45 degree rotation is drawn with ``cos = 0.71``, so
we round the matrix each element is drawn with the same way, while composing with the exact one. A
browser draws with the exact matrix (a 160 px box turned by 6 degrees lies ~1 px off with cos and sin
written 0.99 and 0.10), so within :func:`exact_matrices` (a display list built with ``features:
browser``) nothing is rounded. Imports style values only; no raster, text or layout.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, cast

from pureog.display import Clip, Group, Node
from pureog.geometry import Affine, Rect
from pureog.jsnum import to_fixed
from pureog.style.computed import ComputedStyle
from pureog.style.values import Percent, resolve_length, satori_length

if TYPE_CHECKING:  # the parser module loads only when a style has a transform
    from pureog.style.transform import AnyTransformOp, TransformOp


def _op_matrices(op: AnyTransformOp, width: float, height: float) -> tuple[Affine, ...]:
    """One function's matrices in the order Satori multiplies them in (css-to-react-native splits a
    two-value function into its Y then its X part: ``skew(a, b)`` is skewY(b), then skewX(a) in front)."""
    if op.kind == "matrix":  # matrix(a, b, c, d, e, f) (features: browser; a TransformOp3d)
        a, b, c, d, e, f = (float(v) for v in getattr(op, "values"))  # noqa: B009
        return (Affine(a, b, c, d, e, f),)
    op = cast("TransformOp", op)
    if op.kind == "translate":  # Satori: parseFloat(p) / 100 * size
        return (Affine.translate(satori_length(op.x, width), satori_length(op.y, height)),)
    if op.kind == "scale":
        return (Affine.scale(float(op.x), float(op.y)),)  # type: ignore[arg-type]
    if op.kind == "rotate":  # Satori's angle * Math.PI / 180, not math.radians' angle * (pi / 180)
        return (Affine.rotate(float(op.x) * math.pi / 180.0),)  # type: ignore[arg-type]
    # skew: Satori applies skewX and skewY as separate functions; skew(a, b) is skewX(a) then skewY(b)
    # in CSS order, i.e. the matrix skewX @ skewY.
    ax = math.tan(float(op.x) * math.pi / 180.0)  # type: ignore[arg-type]
    ay = math.tan(float(op.y) * math.pi / 180.0)  # type: ignore[arg-type]
    return Affine(1.0, ay, 0.0, 1.0, 0.0, 0.0), Affine(1.0, 0.0, ax, 1.0, 0.0, 0.0)


def local_matrix(style: ComputedStyle, rect: Rect) -> Affine | None:
    """The element's own transform about its origin, in canvas px (None without a transform, or with a
    3D one: :mod:`pureog.paint.transform3d` draws those).

    The products are Satori's, in its order (builder/transform.ts): starting from the identity, each
    function from the last written to the first multiplied in front, then ``T(o) @ (m @ T(-o))``. Float
    products associated otherwise differ in the last bit, and Satori writes the matrix ``toFixed(2)``:
    ``translate(-24.875px)`` about ``transformOrigin: 13%`` of a 10 px box at x 20 has e =
    -24.874999999999996, written -24.87 (-24.875 and -24.88 as ``(T(o) @ m) @ T(-o)``), which moves the
    edge a quarter-pixel supersample (transforms/translate-origin-product-order)."""
    if not style.transform or any(getattr(op, "is_3d", False) for op in style.transform):
        return None
    m = Affine()
    for op in reversed(style.transform):
        for f in _op_matrices(op, rect.width, rect.height):
            m = f @ m
    origin = style.transform_origin
    ox = resolve_length(origin.x, rect.width) if origin is not None else rect.width / 2
    oy = resolve_length(origin.y, rect.height) if origin is not None else rect.height / 2
    x, y = rect.x + ox, rect.y + oy
    return Affine.translate(x, y) @ (m @ Affine.translate(-x, -y))


def compose(parent: Affine | None, own: Affine | None) -> Affine | None:
    """The absolute matrix of an element: its parent's, then its own."""
    if own is None:
        return parent
    return own if parent is None else parent @ own


_EXACT: ContextVar[bool] = ContextVar("pureog_exact_matrices", default=False)


@contextmanager
def exact_matrices(exact: bool) -> Iterator[None]:
    """Within the block (one display list), :func:`rounded` keeps matrices exact where ``exact`` (a
    browser's drawing); a context variable because every painter that draws with an element's matrix
    asks for it rounded, as Satori writes it."""
    token = _EXACT.set(exact)
    try:
        yield
    finally:
        _EXACT.reset(token)


def rounded(m: Affine) -> Affine:
    """The matrix as Satori writes it into the SVG: each entry ``toFixed(2)``, which rounds the exact
    binary value (``scale(1.045)`` is written 1.04); the exact one within :func:`exact_matrices`."""
    if _EXACT.get():
        return m
    return Affine(*(to_fixed(v, 2) for v in (m.a, m.b, m.c, m.d, m.e, m.f)))


def wrap(nodes: list[Node], m: Affine | None) -> list[Node]:
    """``nodes`` drawn with the element's (rounded) absolute matrix."""
    if m is None or not nodes:
        return nodes
    r = rounded(m)
    if r.is_identity:
        return nodes
    return [Group(tuple(nodes), transform=r)]


def turned_clips(node: Node, clips: tuple[Clip, ...], m: Affine | None) -> Node:
    """``node`` inside ``clips`` (canvas space, outermost first), each transformed by ``m`` once more:
    how resvg applies an ancestor's clip written on a shape that carries the element's transform."""
    for clip in reversed(clips):
        node = Group((node,), clip=Clip(clip.path.transformed(m), clip.fill_rule) if m is not None else clip)
    return node


__all__ = ["local_matrix", "compose", "exact_matrices", "rounded", "turned_clips", "wrap", "Percent"]
