"""Seeded random SVG documents for the pixel-differential test of the SVG renderer (``conformance/svggen``).

Role: ``document(seed) -> Generated``: a pureog document (one ``<img>`` whose ``src`` is an SVG data URI,
on a white card) and the feature tags it exercises. Every draw comes from one ``random.Random(seed)``.
The SVGs exercise what resvg draws and a plain-shapes renderer does not: ``<mask>`` (units, regions,
nested masks), ``<pattern>`` (units, viewBox, patternTransform, href chains, as fill and stroke, with
images), ``<filter>`` graphs (feGaussianBlur, feOffset, feFlood, feComposite with every operator,
feMerge, feColorMatrix of every type, feBlend modes, feDropShadow, feComponentTransfer of every type,
feMorphology, feTile; regions, primitive subregions, objectBoundingBox primitive units, both colour
spaces, ``in``/``result`` wiring), ``<image>`` data URIs with preserveAspectRatio, ``<marker>`` and
``<style>`` sheets; from seed ``MORE_FROM`` (5520) on, issue 9's leftovers instead: ``<switch>`` and
systemLanguage/requiredFeatures/requiredExtensions, paint-order, vector-effect, context-fill/stroke,
nested ``<svg>``, ``<symbol>`` viewBoxes, ``<feImage>``, selectors beyond the simple ones,
feTurbulence; from ``MORE2_FROM`` (5920) on also feImage of groups/uses/filtered elements, switch in
clip paths, masks and symbols, and svgs reached through ``use``. Each document draws one main feature
over a few plain shapes, so a failure points at that feature. Imports only the standard library; never :mod:`pureog`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from conformance.svggen.later_features import LaterFeatures

MAIN_FEATURES = ("mask", "pattern", "filter", "filter", "filter", "filter", "marker", "style", "image-aspect",
                 "use-symbol", "combo", "combo")
MORE_FEATURES = ("switch", "paint-order", "vector-effect", "context-paint", "nested-svg", "symbol-viewbox",
                 "fe-image", "fe-image", "style-selectors", "turbulence")
"""Drawn from seed ``MORE_FROM`` on (issue 9's leftovers), so the documents of the earlier seeds stay as they were."""
MORE_FROM = 5520
MORE2_FEATURES = (*MORE_FEATURES, "fe-image-deep", "switch-deep", "use-svg", "fe-image-deep")
"""From seed ``MORE2_FROM`` on: the same, and feImage of groups, uses and filtered elements, switch and
conditions inside clip paths, masks and symbols, nested svgs through ``use``."""
MORE2_FROM = 5920
@dataclass(frozen=True, slots=True)
class Generated:
    seed: int
    document: dict[str, Any]
    features: tuple[str, ...]
    svg: str = ""


class _Gen(LaterFeatures):
    """A document's SVG: a backdrop, one feature drawn by seed range, the defs it wrote."""

    def svg(self, seed: int = 0) -> str:
        r = self.r
        body = self.backdrop()
        main = r.choice(MORE2_FEATURES if seed >= MORE2_FROM else MORE_FEATURES if seed >= MORE_FROM
                        else MAIN_FEATURES)
        body += getattr(self, main.replace("-", "_"))()
        if r.random() < 0.2:
            body += self.backdrop()
        size = r.choice(((100, 100), (64, 64), (120, 80), (32, 32)))
        defs = f"<defs>{''.join(self.defs)}</defs>" if self.defs else ""
        xlink = ' xmlns:xlink="http://www.w3.org/1999/xlink"' if "xlink:href" in defs + "".join(body) else ""
        return (f'<svg xmlns="http://www.w3.org/2000/svg"{xlink} width="{size[0]}" height="{size[1]}" '
                f'viewBox="0 0 100 100">{defs}{"".join(body)}</svg>')


def _element_tree(node: Any) -> dict[str, Any]:
    """An SVG element (ElementTree) as a pureog document element in the shorthand (inline ``<svg>``)."""
    tag = node.tag.rsplit("}", 1)[-1]
    props: dict[str, Any] = {k.rsplit("}", 1)[-1]: v for k, v in node.attrib.items() if not k.startswith("xmlns")}
    children = [_element_tree(c) for c in node]
    if children:
        props["children"] = children
    return {tag: props}


def document(seed: int) -> Generated:
    gen = _Gen(seed)
    svg = gen.svg(seed)
    r = gen.r
    canvas = r.choice((120, 160, 200))
    size = r.choice((canvas - 20, canvas, canvas // 2, canvas - 37))
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    image: dict[str, Any] = {"img": {"src": uri, "width": size, "height": size}}
    if not {"style", "style-selectors"} & gen.features and r.random() < 0.25:  # Satori would draw a <style>'s text
        import xml.etree.ElementTree as ET  # noqa: PLC0415

        gen.features.add("inline-svg")
        tree = _element_tree(ET.fromstring(svg))
        tree["svg"]["width"], tree["svg"]["height"] = size, size
        image = tree
    doc = {
        "width": canvas, "height": canvas,
        "element": {"div": {
            "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "white",
                      "alignItems": "center", "justifyContent": "center"},
            "children": [image],
        }},
    }
    return Generated(seed, doc, tuple(sorted(gen.features)), svg)
