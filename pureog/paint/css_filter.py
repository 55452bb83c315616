"""``filter`` as CSS applies it (``features: browser``): one filter chain on the element's whole group.

Role: an element's filter functions (:mod:`pureog.style.filter`) and the finished nodes of its stacking
context (its own paint and its descendants', in their parent's coordinates) -> those nodes in one group
carrying an SVG filter graph (:class:`pureog.display.FilterGraph`) that runs the functions in order, in
sRGB, over a region that cuts nothing they paint (their bounds grown by every blur's and shadow's reach).
Satori puts the filter on each shape of the element and of its descendants (the property is inherited),
each cut to its own region: a ``drop-shadow()`` on a box without a background then shadows nothing,
and a blur blurs each child on its own. Chromium filters the element's composited layer.

The primitives, as Chromium's filter operations compute them (Filter Effects 1): ``blur(s)`` a Gaussian
of deviation ``s``; ``drop-shadow(dx dy s colour)`` the input's alpha blurred by ``s``, moved, flooded
with the colour as written (resvg's ``feDropShadow`` converts the flood colour and lightens it: built
here from ``feGaussianBlur``, ``feOffset``, ``feFlood``, ``feComposite in`` and ``feMerge``); the colour
functions as :func:`pureog.paint.filter.color_op` builds them (the same matrices and transfers).
``url()`` finds no filter (the document has none) and is skipped. Imports display, geometry and the
paint filter/bounds helpers only.
"""

from __future__ import annotations

from pureog.display import (
    ColorMatrix,
    ColorMatrixKind,
    CompositeOperator,
    FeColorMatrix,
    FeComponentTransfer,
    FeComposite,
    FeFlood,
    FeGaussianBlur,
    FeMerge,
    FeOffset,
    FilterGraph,
    FilterOp,
    FilterPrimitive,
    Group,
    Node,
)
from pureog.geometry import Rect
from pureog.paint.bounds import effect_margin, node_bounds
from pureog.paint.filter import color_op
from pureog.style.filter import FilterFunction


def group_filtered(functions: tuple[FilterFunction, ...], nodes: list[Node]) -> list[Node]:
    """``nodes`` under the filter chain ``functions`` as one group (unchanged when nothing is painted or
    no function acts)."""
    group = Group(tuple(nodes))
    bounds = node_bounds(group)
    if bounds is None:
        return nodes
    primitives: list[FilterPrimitive] = []
    reach = effect_margin(group) + 1.0
    last = "SourceGraphic"

    def add(op: FilterOp) -> str:
        name = f"f{len(primitives)}"
        primitives.append(FilterPrimitive(op, name, linear_rgb=False))
        return name

    for f in functions:
        if f.name == "url":
            continue
        if f.name == "blur":
            if f.amount > 0:
                last = add(FeGaussianBlur(last, f.amount, f.amount))
                reach += 3.0 * f.amount
            continue
        if f.name == "drop-shadow":
            source = last
            blurred = add(FeGaussianBlur(source, f.amount, f.amount)) if f.amount > 0 else source
            moved = add(FeOffset(blurred, f.dx, f.dy))
            flood = add(FeFlood(f.color))
            shadow = add(FeComposite(flood, moved, CompositeOperator.IN))
            last = add(FeMerge((shadow, source)))
            reach += 3.0 * f.amount + max(abs(f.dx), abs(f.dy))
            continue
        op = color_op(f)
        if isinstance(op, ColorMatrix):
            last = add(FeColorMatrix(last, ColorMatrixKind.MATRIX, op.values))
        else:
            last = add(FeComponentTransfer(last, red=op.rgb, green=op.rgb, blue=op.rgb, alpha=op.alpha))
    if not primitives:
        return nodes
    region = Rect(bounds.x - reach, bounds.y - reach, bounds.width + 2.0 * reach, bounds.height + 2.0 * reach)
    return [Group(tuple(nodes), svg_filters=(FilterGraph(region, tuple(primitives)),))]


__all__ = ["group_filtered"]
