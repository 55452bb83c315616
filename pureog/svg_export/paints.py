"""Paints as SVG fill attributes and paint-server definitions.

Role: a display-list paint -> the ``fill`` (and ``fill-opacity``) of a shape, adding the paint server to
the document's :class:`~pureog.svg_export.defs.Defs`: solid colours inline; linear and radial gradients
as ``<linearGradient>``/``<radialGradient>`` in ``userSpaceOnUse`` with ``gradientTransform`` and
``spreadMethod`` (exactly the display list's model); pattern tiles as ``<pattern>`` in
``userSpaceOnUse`` whose content the document writer supplies (resvg renders a pattern tile at the
device scale and repeats it, as the rasterizer does); image paints through :mod:`.images`; conic
gradients, which SVG lacks, as a pattern of one-degree wedges.
Imports display, geometry and the SVG helpers.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pureog.color import Color
from pureog.display import (
    ConicGradientPaint,
    GradientStop,
    ImagePaint,
    LinearGradientPaint,
    Paint,
    PatternPaint,
    RadialGradientPaint,
    SolidPaint,
    SpreadMethod,
)
from pureog.geometry import Affine
from pureog.svg_export.defs import Defs, url
from pureog.svg_export.images import ImageUris, image_pattern
from pureog.svg_export.numbers import EXACT, LINEAR, UNIT, alpha, hex_color, num, opacity, transform
from pureog.svg_export.xml import Element

PatternContent = Callable[[PatternPaint], list[Element]]


def solid_attrs(paint: SolidPaint) -> dict[str, str | None]:
    color = hex_color(paint.color)
    return {"fill": None if color == "#000" else color, "fill-opacity": alpha(paint.color)}


def paint_attrs(paint: Paint, defs: Defs, images: ImageUris, content: PatternContent) -> dict[str, str | None]:
    """The fill attributes of ``paint``, its paint server added to ``defs``."""
    if isinstance(paint, SolidPaint):
        return solid_attrs(paint)
    if isinstance(paint, LinearGradientPaint):
        el = Element("linearGradient", {"gradientUnits": "userSpaceOnUse"})
        el.attrs.update(_numbers(x1=paint.x1, y1=paint.y1, x2=paint.x2, y2=paint.y2))
        return {"fill": url(defs.add("l", _gradient(el, paint.spread, paint.transform, paint.stops)))}
    if isinstance(paint, RadialGradientPaint):
        el = Element("radialGradient", {"gradientUnits": "userSpaceOnUse"})
        el.attrs.update(_numbers(cx=paint.cx, cy=paint.cy, r=paint.r))
        if paint.focal is not None:
            el.attrs.update(_numbers(fx=paint.focal[0], fy=paint.focal[1]))
        if paint.start_radius > 0.0:  # SVG 2's focal radius (COLR v1 radial gradients)
            el.attrs.update(_numbers(fr=paint.start_radius))
        return {"fill": url(defs.add("r", _gradient(el, paint.spread, paint.transform, paint.stops)))}
    if isinstance(paint, ImagePaint):
        return {"fill": url(defs.add("i", image_pattern(paint, images.uri(paint.image))))}
    if isinstance(paint, ConicGradientPaint):
        return {"fill": url(defs.add("c", _conic_wedges(paint)))}
    el = Element("pattern", {"patternUnits": "userSpaceOnUse", "x": num(paint.x, EXACT), "y": num(paint.y, EXACT),
                             "width": num(paint.width, EXACT), "height": num(paint.height, EXACT)})
    el.set("patternTransform", transform(paint.transform))
    el.children = content(paint)
    return {"fill": url(defs.add("t", el)), "fill-opacity": opacity(paint.opacity) if paint.opacity < 1.0 else None}


_WEDGES = 360
_WEDGE_REACH = 1.0e5
"""SVG has no conic gradient: a pattern of thin solid wedges (one degree each, reaching 100,000 px,
each a hair wider than its degree so no seam of background shows between anti-aliased edges)."""


def _conic_wedges(paint: ConicGradientPaint) -> Element:
    r = _WEDGE_REACH
    el = Element("pattern", {"patternUnits": "userSpaceOnUse", "x": num(paint.cx - r, EXACT),
                             "y": num(paint.cy - r, EXACT), "width": num(2 * r, EXACT),
                             "height": num(2 * r, EXACT)})
    el.set("patternTransform", transform(paint.transform))
    for i in range(_WEDGES):
        r_, g, b, a = paint.premultiplied_at((i + 0.5) / _WEDGES)
        if a <= 0:
            continue
        colour = Color(round(r_ * 255 / a), round(g * 255 / a), round(b * 255 / a), a / 255.0)
        points = []
        for turn in ((i - 0.1) / _WEDGES, (i + 1.1) / _WEDGES):
            angle = math.radians(paint.start_deg + 360.0 * turn)
            points.append((r + r * math.sin(angle), r - r * math.cos(angle)))
        d = f"M{num(r, EXACT)} {num(r, EXACT)}" + "".join(f"L{num(x, EXACT)} {num(y, EXACT)}" for x, y in points) + "Z"
        wedge = Element("path", {"d": d, "fill": hex_color(colour)})
        wedge.set("fill-opacity", None if colour.a >= 1.0 else num(colour.a, UNIT))
        el.children.append(wedge)
    return el


def _numbers(**values: float) -> dict[str, str | None]:
    """Gradient geometry: 6 decimals, as it is often given in a unit box scaled by its transform."""
    return {name: num(v, LINEAR) for name, v in values.items()}


def _gradient(el: Element, spread: SpreadMethod, m: Affine, stops: tuple[GradientStop, ...]) -> Element:
    if spread != SpreadMethod.PAD:
        el.attrs["spreadMethod"] = spread.value
    el.set("gradientTransform", transform(m))
    for stop in stops:
        s = Element("stop", {"offset": num(stop.offset, UNIT), "stop-color": hex_color(stop.color)})
        s.set("stop-opacity", alpha(stop.color) if stop.color.a >= 1.0 else num(max(0.0, stop.color.a), UNIT))
        el.children.append(s)
    return el

