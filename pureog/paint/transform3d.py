"""3D transforms (``features: browser``): an element's 4x4 matrix in canvas px, and the projected group
it paints in.

Input: an element's :class:`ComputedStyle` and border box, and the eye its parent gives it (the parent's
``perspective`` about its ``perspectiveOrigin``) -> a :class:`~pureog.matrix3d.Matrix4` as CSS
Transforms 2 composes it: ``eye @ translate(origin) @ functions @ translate(-origin)``; the element is
then flattened into its parent's plane (``transform-style: flat``; ``preserve-3d`` is read as flat), so
its content is drawn under the 3x3 projective map that leaves (:class:`pureog.display.Projection`).
``backface-visibility: hidden`` hides an element whose matrix turns its back to the viewer.

The element's origin follows Satori's reading of ``transformOrigin`` (a zero means the centre), as its
2D transforms do. Imports style values, the display list and :mod:`pureog.matrix3d`; no raster.
"""

from __future__ import annotations

import math

from pureog.display import BlendMode, Group, Node, Projection
from pureog.geometry import Rect
from pureog.matrix3d import Matrix4
from pureog.paint.bounds import effect_margin, node_bounds
from pureog.style.computed import ComputedStyle
from pureog.style.transform import AnyTransformOp, TransformOp, TransformOp3d
from pureog.style.values import Isolation, Overflow, Percent, resolve_length


def is_projected(style: ComputedStyle) -> bool:
    """Whether the element has a 3D transform function (drawn as a projected layer)."""
    return any(isinstance(op, TransformOp3d) and op.is_3d for op in style.transform)


def preserves_3d(style: ComputedStyle) -> bool:
    """Whether the element's children share its 3D space (``transform-style: preserve-3d``), which the
    grouping properties turn back into ``flat`` (CSS Transforms 2 §2.3): overflow other than visible,
    opacity below 1, a filter, clip-path, mask, blend mode or ``isolation: isolate``."""
    return (style.transform_style == "preserve-3d" and style.overflow == Overflow.VISIBLE and style.opacity >= 1.0
            and not style.filter and style.clip_path is None and not style.mask_image
            and style.mix_blend_mode is BlendMode.NORMAL and style.isolation is Isolation.AUTO)


def eye(style: ComputedStyle, rect: Rect) -> Matrix4 | None:
    """The perspective the element gives its children (None without ``perspective``): the projection
    from its ``perspectiveOrigin`` (in its border box), in canvas px."""
    if style.perspective is None:
        return None
    origin = style.perspective_origin
    ox = rect.x + (resolve_length(origin.x, rect.width) if origin is not None else rect.width / 2)
    oy = rect.y + (resolve_length(origin.y, rect.height) if origin is not None else rect.height / 2)
    return Matrix4.translate(ox, oy) @ Matrix4.perspective(style.perspective) @ Matrix4.translate(-ox, -oy)


def op_matrix(op: AnyTransformOp, width: float, height: float) -> Matrix4:
    """One transform function as a 4x4 matrix (percentages of the element's own size)."""
    if isinstance(op, TransformOp):
        x, y = op.x, op.y
        if op.kind == "translate":
            return Matrix4.translate(resolve_length(x, width), resolve_length(y, height))
        if op.kind == "scale":
            return Matrix4.scale(float(x), float(y))  # type: ignore[arg-type]
        if op.kind == "rotate":
            return Matrix4.rotate(0.0, 0.0, 1.0, math.radians(float(x)))  # type: ignore[arg-type]
        # skew(a, b) as CSS defines it (Chromium's reference), not Satori's skewX then skewY
        ax, ay = math.tan(math.radians(float(x))), math.tan(math.radians(float(y)))  # type: ignore[arg-type]
        return Matrix4((1.0, ax, 0.0, 0.0, ay, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0))
    if op.kind == "translate3d":
        tx, ty, tz = op.values
        return Matrix4.translate(resolve_length(tx, width), resolve_length(ty, height), _number(tz))
    v = tuple(_number(n) for n in op.values)
    if op.kind == "scale3d":
        return Matrix4.scale(v[0], v[1], v[2])
    if op.kind == "rotate3d":
        return Matrix4.rotate(v[0], v[1], v[2], math.radians(v[3]))
    if op.kind == "perspective":
        return Matrix4.perspective(v[0])
    if op.kind == "matrix3d":
        return Matrix4.from_css(v)
    a, b, c, d, e, f = v  # matrix()
    return Matrix4((a, c, 0.0, e, b, d, 0.0, f, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0))


def _number(value: float | Percent) -> float:
    """A plain number of a 3D function (the parser gives percentages only where lengths may be)."""
    return value.value / 100.0 if isinstance(value, Percent) else float(value)


def element_matrix4(style: ComputedStyle, rect: Rect, parent_eye: Matrix4 | None) -> Matrix4:
    """The element's matrix relative to its parent's plane, in canvas px: its functions about its
    origin, seen through the parent's perspective."""
    m = Matrix4()
    for op in style.transform:  # CSS order: the leftmost function applies last
        m = m @ op_matrix(op, rect.width, rect.height)
    origin = style.transform_origin
    ox = rect.x + (resolve_length(origin.x, rect.width) if origin is not None else rect.width / 2)
    oy = rect.y + (resolve_length(origin.y, rect.height) if origin is not None else rect.height / 2)
    oz = origin.z if origin is not None else 0.0
    m = Matrix4.translate(ox, oy, oz) @ m @ Matrix4.translate(-ox, -oy, -oz)
    return m if parent_eye is None else parent_eye @ m


def hidden(style: ComputedStyle, m: Matrix4) -> bool:
    """``backface-visibility: hidden`` on an element turned away from the viewer."""
    return style.backface_visibility == "hidden" and m.is_back_facing()


def projected(nodes: list[Node], m: Matrix4) -> list[Node]:
    """The element's finished nodes (canvas px, as if untransformed) drawn under ``m`` flattened into
    the parent's plane: one group whose layer spans what they paint, effects included."""
    if not nodes:
        return nodes
    content = Group(tuple(nodes))
    bounds = node_bounds(content)
    if bounds is None:
        return []
    pad = effect_margin(content)
    bounds = Rect(bounds.x - pad, bounds.y - pad, bounds.width + 2 * pad, bounds.height + 2 * pad)
    return [Group((content,), projection=Projection(m.flatten(), bounds))]


__all__ = ["element_matrix4", "eye", "hidden", "is_projected", "op_matrix", "preserves_3d", "projected"]
