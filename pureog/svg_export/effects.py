"""Clips, masks and filters as SVG definitions.

Role: display-list effects -> ``<clipPath>``, ``<mask>`` and ``<filter>`` elements (without ids; the
document writer adds them to its :class:`~pureog.svg_export.defs.Defs`). Every filter uses
``filterUnits="userSpaceOnUse"`` with the display list's region as its filter region, which resvg
crops to whole device pixels exactly as the rasterizer does. Imports display, geometry, path and the
SVG helpers.

- :class:`~pureog.display.Blur`: ``feGaussianBlur`` in sRGB (the rasterizer blurs sRGB pixels). A
  single-colour shape (the rasterizer blurs only its coverage, then fills the colour) becomes the blur
  of ``SourceAlpha`` (the shape drawn opaque white by the writer) composited ``in`` a flood of the
  colour; ``invert`` (inset shadows) composites ``out`` instead: the colour where the blur is not.
- :class:`~pureog.display.ShadowFilter`: one ``feDropShadow`` per shadow merged by ``feMerge``, last
  shadow first (the first ends on top); without ``keep_source`` each shadow is built from primitives
  (blur of ``SourceAlpha``, ``feOffset``, flood ``in``) so the source is not drawn; ``linear_rgb``
  False -> ``color-interpolation-filters="sRGB"``.
- :class:`~pureog.display.Filter`: ``feColorMatrix``, ``feComponentTransfer`` (``linear``/``table``
  functions) or ``feDropShadow``, all in sRGB.
"""

from __future__ import annotations

from pureog.color import Color
from pureog.display import (
    Clip,
    ColorMatrix,
    ComponentTransfer,
    DropShadow,
    FillRule,
    Filter,
    LinearTransfer,
    ShadowFilter,
    Transfer,
)
from pureog.geometry import Affine, Rect
from pureog.svg_export.numbers import EXACT, LINEAR, UNIT, alpha, hex_color, num, nums, transform
from pureog.svg_export.paths import path_data
from pureog.svg_export.xml import Element


def clip_path(clip: Clip, rel: Affine) -> Element:
    """``<clipPath>`` of ``clip`` whose outline is mapped by ``rel`` into the referencing element's space."""
    path = Element("path", {"d": path_data(clip.path)})
    path.set("transform", transform(rel))
    if clip.fill_rule == FillRule.EVENODD:
        path.attrs["clip-rule"] = "evenodd"
    return Element("clipPath", {}, [path])


def mask(region: Rect, content: list[Element]) -> Element:
    """A luminance ``<mask>`` over ``region`` (user space of the referencing element)."""
    return Element("mask", {"maskUnits": "userSpaceOnUse", "x": num(region.x), "y": num(region.y),
                            "width": num(region.width), "height": num(region.height),
                            "mask-type": "luminance"}, content)


def _filter(region: Rect, srgb: bool, primitives: list[Element]) -> Element:
    el = Element("filter", {"filterUnits": "userSpaceOnUse", "x": num(region.x, EXACT), "y": num(region.y, EXACT),
                            "width": num(region.width, EXACT), "height": num(region.height, EXACT)})
    if srgb:
        el.attrs["color-interpolation-filters"] = "sRGB"
    el.children = primitives
    return el


def _flood(color: Color, with_alpha: bool = True) -> Element:
    el = Element("feFlood", {"flood-color": hex_color(color)})
    if with_alpha:
        el.set("flood-opacity", alpha(color))
    return el


def _deviation(sx: float, sy: float) -> str:
    return num(sx, UNIT) if sx == sy else f"{num(sx, UNIT)} {num(sy, UNIT)}"


def blur(region: Rect, sx: float, sy: float, color: Color | None, invert: bool) -> Element:
    """The filter of a :class:`~pureog.display.Blur` (deviations in user units); ``color``: the shape's
    single colour (its content drawn opaque white), or None to blur the content's own pixels."""
    if color is None:
        return _filter(region, True, [Element("feGaussianBlur", {"stdDeviation": _deviation(sx, sy)})])
    return _filter(region, True, [
        Element("feGaussianBlur", {"in": "SourceAlpha", "stdDeviation": _deviation(sx, sy), "result": "b"}),
        _flood(color),
        Element("feComposite", {"in2": "b", "operator": "out" if invert else "in"}),
    ])


def shadows(sf: ShadowFilter, deviations: list[tuple[float, float]]) -> Element:
    """The filter of a :class:`~pureog.display.ShadowFilter`; ``deviations``: each shadow's (x, y)
    deviation in user units (bounded as the rasterizer bounds them)."""
    prims: list[Element] = []
    many = len(sf.shadows) > 1
    for i, (s, (sx, sy)) in enumerate(zip(sf.shadows, deviations, strict=True), 1):
        result = f"s{i}" if many else None
        if sf.keep_source:
            # A primitive's input defaults to the previous result: every shadow but the first names its own.
            el = Element("feDropShadow", {"in": "SourceGraphic"} if i > 1 else {})
            el.attrs.update({"dx": num(s.dx, EXACT), "dy": num(s.dy, EXACT),
                             "stdDeviation": _deviation(sx, sy), "flood-color": hex_color(s.color)})
            el.set("flood-opacity", alpha(s.color))
            el.set("result", result)
            prims.append(el)
            continue
        prims.append(Element("feGaussianBlur", {"in": "SourceAlpha", "stdDeviation": _deviation(sx, sy)}))
        prims.append(Element("feOffset", {"dx": num(s.dx, EXACT), "dy": num(s.dy, EXACT), "result": f"o{i}"}))
        prims.append(_flood(s.color))
        prims.append(Element("feComposite", {"in2": f"o{i}", "operator": "in"}).set("result", result))
    if many:
        nodes = [Element("feMergeNode", {"in": f"s{i}"}) for i in range(len(sf.shadows), 0, -1)]
        prims.append(Element("feMerge", {}, nodes))
    return _filter(sf.region, not sf.linear_rgb, prims)


def color_filter(f: Filter, deviation: tuple[float, float]) -> Element:
    """The filter of a :class:`~pureog.display.Filter` (sRGB); ``deviation``: a drop shadow's."""
    op = f.op
    prim: Element
    if isinstance(op, ColorMatrix):
        prim = Element("feColorMatrix", {"type": "matrix", "values": nums(op.values, LINEAR)})
    elif isinstance(op, ComponentTransfer):
        prim = Element("feComponentTransfer")
        for name, func in (("R", op.rgb), ("G", op.rgb), ("B", op.rgb), ("A", op.alpha)):
            if func is not None:
                prim.children.append(_transfer(f"feFunc{name}", func))
    else:
        prim = _drop_shadow(op, deviation)
    return _filter(f.region, True, [prim])


def _drop_shadow(op: DropShadow, deviation: tuple[float, float]) -> Element:
    el = Element("feDropShadow", {"dx": num(op.dx, EXACT), "dy": num(op.dy, EXACT),
                                  "stdDeviation": _deviation(*deviation), "flood-color": hex_color(op.color)})
    return el.set("flood-opacity", alpha(op.color))


def _transfer(tag: str, func: Transfer) -> Element:
    if isinstance(func, LinearTransfer):
        return Element(tag, {"type": "linear", "slope": num(func.slope, LINEAR),
                             "intercept": num(func.intercept, LINEAR)})
    return Element(tag, {"type": "table", "tableValues": nums(func.values, LINEAR)})
