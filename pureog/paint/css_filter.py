"""``filter`` as CSS applies it (``features: browser``): one filter chain on the element's whole group.

Role: an element's filter functions (:mod:`pureog.style.filter`) and the finished nodes of its stacking
context (its own paint and its descendants', in their parent's coordinates) -> those nodes in one group
per function, innermost first, each filtering the finished layer of the ones inside, in sRGB, over a
region that cuts nothing they paint (their bounds grown by every blur's and shadow's reach): a
:class:`pureog.display.Blur`, a colour :class:`pureog.display.Filter`, or for a drop shadow an SVG
filter graph (:class:`pureog.display.FilterGraph`).
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
    Blur,
    CompositeOperator,
    FeComposite,
    FeFlood,
    FeGaussianBlur,
    FeMerge,
    FeOffset,
    Filter,
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
    """``nodes`` under the filter chain ``functions`` as one group per function, innermost first
    (unchanged when nothing is painted or no function acts)."""
    group = Group(tuple(nodes))
    bounds = node_bounds(group)
    if bounds is None:
        return nodes
    reach = effect_margin(group) + 1.0
    for f in functions:
        if f.name == "blur":
            reach += 3.0 * f.amount
        elif f.name == "drop-shadow":
            reach += 3.0 * f.amount + max(abs(f.dx), abs(f.dy))
    region = Rect(bounds.x - reach, bounds.y - reach, bounds.width + 2.0 * reach, bounds.height + 2.0 * reach)
    node: Node = group
    acted = False
    for f in functions:
        if f.name == "url" or (f.name == "blur" and f.amount <= 0):
            continue
        acted = True
        if f.name == "blur":  # (the blur and colour groups run on the painted box only: cheap)
            node = Group((node,), blur=Blur(f.amount, f.amount, region))
        elif f.name == "drop-shadow":
            node = Group((node,), svg_filters=(FilterGraph(region, _drop_shadow(f)),))
        else:
            node = Group((node,), filter=Filter(color_op(f), region))
    return [node] if acted else nodes


def _drop_shadow(f: FilterFunction) -> tuple[FilterPrimitive, ...]:
    """``drop-shadow()`` as primitives in sRGB: the source's alpha blurred, moved, flooded with the
    colour as written (``feFlood`` + ``feComposite in``), under the source (``feMerge``)."""
    primitives: list[FilterPrimitive] = []

    def add(op: FilterOp) -> str:
        name = f"f{len(primitives)}"
        primitives.append(FilterPrimitive(op, name, linear_rgb=False))
        return name

    source = "SourceGraphic"
    blurred = add(FeGaussianBlur(source, f.amount, f.amount)) if f.amount > 0 else source
    moved = add(FeOffset(blurred, f.dx, f.dy))
    flood = add(FeFlood(f.color))
    shadow = add(FeComposite(flood, moved, CompositeOperator.IN))
    add(FeMerge((shadow, source)))
    return tuple(primitives)


__all__ = ["group_filtered"]
