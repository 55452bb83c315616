"""Attack families with variants (a helper of :mod:`fuzz.targets.attacks`, not a target): the classes
round seventeen found, each built from a scale ``n`` and a variant seed ``v`` that draws the rest of
the document, so a campaign explores the neighbourhood of each known attack rather than replaying it.

- ``svg-clip-unions``: shapes clipped by ``clipPath``s of several shapes (rects, circles, ellipses, paths
  with curves, polygons, text), chained through ``clip-path`` on the clipPath itself up to 12 links, in
  user or object-bounding-box units, transformed or not, placed as backgrounds several times (the union
  worked out a row at a time; every shape built counts against the SVG budgets).
- ``bbox-measure``: groups nested up to 40 deep, each clipped, masked, filtered or filled in
  ``objectBoundingBox`` units, around thousands of shapes, ``<use>`` references or text (each group
  measures its content again).
- ``rounded-dashed-chrome``: dashed and dotted borders and outlines with rounded, elliptical and huge
  radii, offsets and widths drawn as Blink draws them (``features: browser``), over many elements (the
  dash account).
- ``angled-ramps``: linear gradients at angles near 0, 90, 180 and 270 deg, repeating or not, with few or
  many stops, in tiles or over the whole canvas, on many elements (the ramps' gathers charged).

Each must end, within the harness's limits, in an image or a PureogError (spec/limits.md).
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from typing import Any


def _uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _layers(kids: list[Any], width: int = 1200, height: int = 630, **extra: Any) -> dict[str, Any]:
    return {"width": width, "height": height, **extra,
            "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%"}, "children": kids}}}


def _backgrounds(uri: str, count: int, width: int, height: int) -> dict[str, Any]:
    kid = {"div": {"style": {"position": "absolute", "width": width, "height": height,
                             "backgroundImage": f"url({uri})"}}}
    return _layers([kid] * count, width, height)


def _shape(rng: random.Random, w: float, h: float, unit: bool) -> str:
    """One clip shape of a random kind over a ``w`` x ``h`` box (0..1 in object-bounding-box units)."""
    if unit:
        w = h = 1.0
    x, y = rng.uniform(-0.1, 0.9) * w, rng.uniform(-0.1, 0.9) * h
    a, b = rng.uniform(0.01, 1) * w, rng.uniform(0.001, 1) * h
    kind = rng.randrange(6)
    if kind == 0:
        return f'<rect x="{x:.3g}" y="{y:.3g}" width="{a:.3g}" height="{b:.3g}"/>'
    if kind == 1:
        return f'<circle cx="{x:.3g}" cy="{y:.3g}" r="{rng.uniform(0.001, 0.8) * min(w, h):.3g}"/>'
    if kind == 2:
        return f'<ellipse cx="{x:.3g}" cy="{y:.3g}" rx="{a:.3g}" ry="{b:.3g}"/>'

    def point() -> str:
        return f"{rng.uniform(0, w):.3g} {rng.uniform(0, h):.3g}"

    if kind == 3:
        return f'<polygon points="{" ".join(point() for _ in range(rng.choice((3, 8, 60, 400))))}"/>'
    if kind == 4:
        curves = "".join(f" Q{point()} {point()}" for _ in range(rng.choice((2, 20, 200))))
        return f'<path d="M{x:.3g} {y:.3g}{curves}Z" fill-rule="{rng.choice(("nonzero", "evenodd"))}"/>'
    return f'<text x="{x:.3g}" y="{y + 0.3 * h:.3g}" font-size="{0.3 * h:.3g}">{"W" * rng.choice((1, 20, 200))}</text>'


def _svg_clip_unions(n: int, rng: random.Random) -> dict[str, Any]:
    width, height = rng.choice(((1200, 630), (600, 300), (200, 120)))
    unit = rng.random() < 0.3
    links = rng.randrange(1, 13)
    shapes_per = rng.choice((2, 3, 8, 40))
    units = ' clipPathUnits="objectBoundingBox"' if unit else ""
    defs = []
    for i in range(links):
        chain = f' clip-path="url(#c{i - 1})"' if i else ""
        turn = f' transform="rotate({rng.uniform(-40, 40):.2f})"' if rng.random() < 0.3 else ""
        body = "".join(_shape(rng, width, height, unit) for _ in range(shapes_per))
        defs.append(f'<clipPath id="c{i}"{units}{chain}{turn}>{body}</clipPath>')
    count = min(n, 400)
    drawn = "".join(f'<rect x="{rng.randrange(-9, 9)}" width="{width}" height="{height}" '
                    f'clip-path="url(#c{links - 1})" fill="{rng.choice(("red", "#00f8"))}"/>' for _ in range(count))
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"><defs>{"".join(defs)}</defs>'
           f"{drawn}</svg>")
    return _backgrounds(_uri(svg), rng.choice((1, 2, 4, 20)), width, height)


def _bbox_measure(n: int, rng: random.Random) -> dict[str, Any]:
    attribute = rng.choice(('clip-path="url(#c)"', 'mask="url(#m)"', 'filter="url(#f)"', 'fill="url(#g)"'))
    depth = rng.choice((1, 5, 16, 32, 40))
    count = min(n, 4000)
    content = rng.randrange(4)
    if content == 0:
        body = "".join(f'<rect x="{i % 1200}" y="{i * 7 % 630}" width="3" height="3"/>' for i in range(count))
    elif content == 1:
        body = "".join(f'<path d="M{i % 1200} {i % 630}c5 9 9-9 14 0s5 9 9 0"/>' for i in range(count))
    elif content == 2:
        body = '<g id="u"><circle r="3"/><rect width="4" height="4"/></g>' + "".join(
            f'<use href="#u" x="{i % 1200}" y="{i * 3 % 630}"/>' for i in range(count))
    else:
        body = "".join(f'<text x="{i % 1200}" y="{i * 7 % 630}" font-size="9">Wg</text>'
                       for i in range(min(count, 500)))
    for level in range(depth):
        sibling = f'<rect x="{level}" width="2" height="2"/>' if rng.random() < 0.3 else ""
        body = f"<g {attribute}>{body}{sibling}</g>"
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><defs>'
           '<clipPath id="c" clipPathUnits="objectBoundingBox"><rect width="0.9" height="0.9"/></clipPath>'
           '<mask id="m" maskContentUnits="objectBoundingBox"><rect width="0.9" height="0.9" fill="#fff"/></mask>'
           '<filter id="f" primitiveUnits="objectBoundingBox"><feOffset dx="0.01"/></filter>'
           '<linearGradient id="g"><stop stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient>'
           f"</defs>{body}</svg>")
    return _backgrounds(_uri(svg), rng.choice((1, 4)), 1200, 630)


def _rounded_dashed_chrome(n: int, rng: random.Random) -> dict[str, Any]:
    count = min(n, 1990)
    style = rng.choice(("dashed", "dotted"))
    radius = rng.choice((4, 50, 300, "50%", "1e7px", "40px 900px", "100% 3px"))
    width = rng.choice((0.5, 1, 3, 40, 300))
    colour = rng.choice(("red", "rgba(0,0,255,0.5)"))
    outline = rng.random() < 0.5
    offset = rng.choice((0, 10, 1000, 5000, -50))

    def one(i: int) -> dict[str, Any]:
        box = {"position": "absolute", "left": i % 37, "top": i % 23, "width": rng.choice((2, 300, 1200)),
               "height": rng.choice((2, 200, 630)), "borderRadius": radius}
        if outline:
            return {"div": {"style": {**box, "outline": f"{width}px {style} {colour}", "outlineOffset": offset}}}
        sides = {f"border{side}": f"{width}px {rng.choice((style, style, 'solid', 'double'))} {colour}"
                 for side in ("Top", "Right", "Bottom", "Left")}
        return {"div": {"style": {**box, **sides}}}

    kids = [one(i) for i in range(min(count, 40))]
    kids = (kids * (count // len(kids) + 1))[:count]
    return _layers(kids, features="browser")


def _angled_ramps(n: int, rng: random.Random) -> dict[str, Any]:
    count = min(n, 1990)
    base = rng.choice((0, 90, 180, 270, 45))
    near = rng.choice((0.001, 0.05, 1, 3, 9))
    stops = rng.choice((2, 3, 30, 300))
    colours = ("red", "blue", "#0f08", "transparent")
    repeating = rng.random() < 0.3
    tile = rng.random() < 0.3
    width, height = rng.choice(((1200, 630), (630, 1200), (2400, 1260), (200, 120)))

    def layer(i: int) -> str:
        angle = base + rng.choice((-1, 1)) * near * (1 + i % 10 / 10)
        listed = ", ".join(f"{colours[k % 4]} {k * 100 / stops / (3 if repeating else 1):.3g}%" for k in range(stops))
        return f"{'repeating-' if repeating else ''}linear-gradient({angle:.4f}deg, {listed})"

    def kid(i: int) -> dict[str, Any]:
        style: dict[str, Any] = {"position": "absolute", "width": width, "height": height, "backgroundImage": layer(i)}
        if tile:
            style["backgroundSize"] = rng.choice(("3px 900px", "900px 2px", "37px 37px"))
        return {"div": {"style": style}}

    kids = [kid(i) for i in range(min(count, 60))]
    kids = (kids * (count // len(kids) + 1))[:count]
    return _layers(kids, width, height)


VARIANTS: dict[str, Callable[[int, random.Random], dict[str, Any]]] = {
    "svg-clip-unions": _svg_clip_unions, "bbox-measure": _bbox_measure,
    "rounded-dashed-chrome": _rounded_dashed_chrome, "angled-ramps": _angled_ramps,
}
"""The families of this module: each builds its document from the scale and a ``random.Random(v)``."""
