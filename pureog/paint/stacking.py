"""Stacking contexts, for ``features: browser`` (Next.js paints in document order and ignores
``zIndex``, ``mixBlendMode`` and ``isolation``; CSS 2.2 Appendix E and CSS Compositing 1 as Chromium
paints them).

Role: the painter (:mod:`pureog.paint.build`) builds an element that forms a stacking context into a
list of its own, with a :class:`Stacking` collecting the descendants whose ``zIndex`` lifts them out of
document order; this module then orders them and seals the element's nodes into the groups its
blending needs (:func:`seal`).

Every element is positioned in Satori (``position: relative`` by default), so within a stacking
context the painting order is: the element's own box, descendant contexts with a negative ``zIndex``
(lowest first, then document order), everything else in (order-modified) document order, then the
contexts with a positive ``zIndex``. Overflow clips of the elements between a lifted context and its
stacking context still cut it (they are re-applied around it: :meth:`Stacking.lift`).

``backdropFilter`` also makes a context: the element's group carries the filter, which the rasterizer
runs on what is below before the group paints.

Imports display, style values, :mod:`pureog.paint.effects`' clip wrapper and the filter primitives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.display import BackdropFilter, BlendMode, Clip, ColorMatrix, ComponentTransfer, Group, Node
from pureog.paint.effects import clip_children
from pureog.records import field, mutable_record, record
from pureog.style.computed import ComputedStyle
from pureog.style.values import Isolation

if TYPE_CHECKING:
    from pureog.style.filter import FilterFunction

Chain = tuple[tuple[Clip, ...], ...]
"""The children clips of the elements between a stacking context and a descendant, outermost first."""


@mutable_record
class Stacking:
    """One stacking context being painted: its lifted descendants, and whether any of them blends."""

    below: list[tuple[int, int, list[Node]]] = field(default_factory=list)  # (zIndex, order, nodes), z < 0
    above: list[tuple[int, int, list[Node]]] = field(default_factory=list)  # z > 0
    blends: bool = False
    """A descendant has a ``mixBlendMode``: the context is an isolated group (its backdrop ends here)."""

    def lift(self, z: int, nodes: list[Node], chain: Chain) -> None:
        """Take a descendant context of ``zIndex`` ``z`` out of document order, inside the clips that
        the elements between cut it with."""
        for clips in reversed(chain):
            nodes = clip_children(nodes, list(clips))
        layer = self.below if z < 0 else self.above
        layer.append((z, len(self.below) + len(self.above), nodes))

    def around(self, children: list[Node]) -> list[Node]:
        """The context's descendants in painting order: negative layers, the flow, positive layers."""
        if not self.below and not self.above:
            return children
        out: list[Node] = []
        for _, _, nodes in sorted(self.below, key=lambda entry: entry[:2]):
            out.extend(nodes)
        out.extend(children)
        for _, _, nodes in sorted(self.above, key=lambda entry: entry[:2]):
            out.extend(nodes)
        return out


@record
class StackPosition:
    """Where an element paints: its stacking context, the clips between, and whether it is that
    context's own element (whose children its lifted descendants join)."""

    context: Stacking
    chain: Chain = ()
    root: bool = False


def forms_context(style: ComputedStyle) -> bool:
    """Whether the element is a stacking context (CSS: z-index on a positioned box or a flex item,
    opacity, transform, filter, clip-path, mask, mix-blend-mode, isolation, backdrop-filter, perspective)."""
    return (style.z_index is not None or style.mix_blend_mode is not BlendMode.NORMAL
            or style.isolation is Isolation.ISOLATE or style.opacity < 1.0 or bool(style.transform)
            or bool(style.filter) or style.clip_path is not None or bool(style.mask_image)
            or bool(style.backdrop_filter) or style.perspective is not None)  # fmt: skip


def seal(style: ComputedStyle, nodes: list[Node], inner: Stacking, backdrop: BackdropFilter | None,
         opacity: float = 1.0) -> list[Node]:
    """A context element's finished nodes in the group its compositing needs: its backdrop filter first
    (drawn even under an element that paints nothing), then faded as one layer by ``opacity`` (CSS's
    group opacity: the element's own, its descendants painted at theirs), then blended onto what is
    below (one layer), else one isolated layer when a descendant blends (and only then: a layer costs)."""
    blend = style.mix_blend_mode
    if not nodes and backdrop is None:
        return nodes
    if blend is BlendMode.NORMAL and not inner.blends and backdrop is None:
        return nodes if opacity >= 1.0 else [Group(tuple(nodes), opacity=opacity)]
    layer = blend is BlendMode.NORMAL and inner.blends
    return [Group(tuple(nodes), opacity=opacity, blend=blend, layer=layer, backdrop=backdrop)]


def backdrop_steps(functions: tuple[FilterFunction, ...]) -> tuple[float | ColorMatrix | ComponentTransfer, ...]:
    """``backdropFilter`` functions as the rasterizer's steps: blurs as deviations, colour functions
    as their primitives; ``drop-shadow()`` and ``url()`` do nothing to a backdrop here (not drawn)."""
    from pureog.paint.filter import color_op  # noqa: PLC0415  (CSS filters' modules load on use)

    steps: list[float | ColorMatrix | ComponentTransfer] = []
    for f in functions:
        if f.name == "blur":
            steps.append(float(f.amount))
        elif f.name not in ("drop-shadow", "url"):
            steps.append(color_op(f))
    return tuple(steps)


def place(style: ComputedStyle, nodes: list[Node], at: StackPosition, out: list[Node]) -> None:
    """Put a finished context element where it paints: lifted out of document order for a non-zero
    ``zIndex``, else in place."""
    if style.mix_blend_mode is not BlendMode.NORMAL:
        at.context.blends = True
    if style.z_index:
        at.context.lift(style.z_index, nodes, at.chain)
    else:
        out.extend(nodes)


__all__ = ["Chain", "StackPosition", "Stacking", "backdrop_steps", "forms_context", "place", "seal"]
