"""Whole SVG filter graphs (``Group.svg_filters``) written back as ``<filter>`` elements.

Role: :class:`~pureog.display.FilterGraph` -> a ``<filter>`` (no id; the writer adds it to its defs).
A graph *is* an SVG filter whose defaults the painter has resolved, so this is a transcription: every
primitive names its inputs (``in``/``in2``) and its ``result``; ``linear_rgb`` False ->
``color-interpolation-filters="sRGB"`` on that primitive (linearRGB, SVG's default, otherwise); the
filter region is ``userSpaceOnUse``. With ``primitive_bbox`` (``primitiveUnits="objectBoundingBox"``)
the subregions stay fractions, as given, and lengths (deviations, offsets, radii), which the display
list holds in user units, become fractions of that box again, so that the renderer, measuring the same
box from the same content, applies its own rules to them. Imports display, geometry and the SVG helpers.
"""

from __future__ import annotations

from pureog.display import (
    CompositeOperator,
    DiscreteTransfer,
    FeBlend,
    FeColorMatrix,
    FeComponentTransfer,
    FeComposite,
    FeDropShadow,
    FeFlood,
    FeGaussianBlur,
    FeImage,
    FeMerge,
    FeMorphology,
    FeOffset,
    FeTile,
    FeTurbulence,
    FilterGraph,
    FilterPrimitive,
    GammaTransfer,
    LinearTransfer,
    SvgTransfer,
)
from pureog.geometry import Rect
from pureog.svg_export.numbers import EXACT, LINEAR, alpha, hex_color, num, nums
from pureog.svg_export.xml import Element


def graph_filter(graph: FilterGraph) -> Element:
    """The ``<filter>`` of ``graph``."""
    r = graph.region
    el = Element("filter", {"filterUnits": "userSpaceOnUse", "x": num(r.x, EXACT), "y": num(r.y, EXACT),
                            "width": num(r.width, EXACT), "height": num(r.height, EXACT)})
    box = graph.primitive_bbox
    if box is not None:
        el.attrs["primitiveUnits"] = "objectBoundingBox"
    el.children = [_primitive(p, box) for p in graph.primitives]
    return el


def _primitive(p: FilterPrimitive, box: Rect | None) -> Element:
    el = _op(p, _Lengths(box))
    for name, value in (("x", p.x), ("y", p.y), ("width", p.width), ("height", p.height)):
        if value is not None:
            el.attrs[name] = num(value, LINEAR if box is not None else EXACT)
    el.attrs["result"] = p.result
    if not p.linear_rgb:
        el.attrs["color-interpolation-filters"] = "sRGB"
    return el


class _Lengths:
    """User-unit lengths as the filter's primitive units want them."""

    def __init__(self, box: Rect | None) -> None:
        self.sx = box.width if box is not None and box.width > 0.0 else 1.0
        self.sy = box.height if box is not None and box.height > 0.0 else 1.0
        self.places = LINEAR if box is not None else EXACT

    def x(self, v: float) -> str:
        return num(v / self.sx, self.places)

    def y(self, v: float) -> str:
        return num(v / self.sy, self.places)

    def pair(self, vx: float, vy: float) -> str:
        x, y = self.x(vx), self.y(vy)
        return x if x == y else f"{x} {y}"


def _op(p: FilterPrimitive, units: _Lengths) -> Element:
    op = p.op
    if isinstance(op, FeFlood):
        return Element("feFlood", {"flood-color": hex_color(op.color)}).set("flood-opacity", alpha(op.color))
    if isinstance(op, FeGaussianBlur):
        return Element("feGaussianBlur", {"in": op.input, "stdDeviation": units.pair(op.std_dev_x, op.std_dev_y)})
    if isinstance(op, FeOffset):
        return Element("feOffset", {"in": op.input, "dx": units.x(op.dx), "dy": units.y(op.dy)})
    if isinstance(op, FeDropShadow):
        el = Element("feDropShadow", {"in": op.input, "dx": units.x(op.dx), "dy": units.y(op.dy),
                                      "stdDeviation": units.pair(op.std_dev_x, op.std_dev_y),
                                      "flood-color": hex_color(op.color)})
        return el.set("flood-opacity", alpha(op.color))
    if isinstance(op, FeBlend):
        return Element("feBlend", {"in": op.input1, "in2": op.input2, "mode": op.mode.value})
    if isinstance(op, FeComposite):
        el = Element("feComposite", {"in": op.input1, "in2": op.input2, "operator": op.operator.value})
        if op.operator == CompositeOperator.ARITHMETIC:
            el.attrs.update({"k1": num(op.k1, LINEAR), "k2": num(op.k2, LINEAR), "k3": num(op.k3, LINEAR),
                             "k4": num(op.k4, LINEAR)})
        return el
    if isinstance(op, FeMerge):
        return Element("feMerge", {}, [Element("feMergeNode", {"in": name}) for name in op.inputs])
    if isinstance(op, FeColorMatrix):
        el = Element("feColorMatrix", {"in": op.input, "type": op.kind.value})
        if op.values:
            el.attrs["values"] = nums(op.values, LINEAR)
        return el
    if isinstance(op, FeComponentTransfer):
        el = Element("feComponentTransfer", {"in": op.input})
        for tag, func in (("feFuncR", op.red), ("feFuncG", op.green), ("feFuncB", op.blue), ("feFuncA", op.alpha)):
            if func is not None:
                el.children.append(_transfer(tag, func))
        return el
    if isinstance(op, FeMorphology):
        return Element("feMorphology", {"in": op.input, "operator": "dilate" if op.dilate else "erode",
                                        "radius": units.pair(op.radius_x, op.radius_y)})
    if isinstance(op, FeTurbulence):
        return Element("feTurbulence", {
            "baseFrequency": f"{op.base_frequency_x!r} {op.base_frequency_y!r}", "numOctaves": str(op.num_octaves),
            "seed": str(op.seed), "stitchTiles": "stitch" if op.stitch_tiles else "noStitch",
            "type": "fractalNoise" if op.fractal_noise else "turbulence"})
    if isinstance(op, FeImage):  # its content is display nodes, not an element this writer could name
        return Element("feFlood", {"flood-opacity": "0"})
    assert isinstance(op, FeTile)
    return Element("feTile", {"in": op.input})


def _transfer(tag: str, func: SvgTransfer) -> Element:
    if isinstance(func, LinearTransfer):
        return Element(tag, {"type": "linear", "slope": num(func.slope, LINEAR),
                             "intercept": num(func.intercept, LINEAR)})
    if isinstance(func, GammaTransfer):
        return Element(tag, {"type": "gamma", "amplitude": num(func.amplitude, LINEAR),
                             "exponent": num(func.exponent, LINEAR), "offset": num(func.offset, LINEAR)})
    kind = "discrete" if isinstance(func, DiscreteTransfer) else "table"
    return Element(tag, {"type": kind, "tableValues": nums(func.values, LINEAR)})

