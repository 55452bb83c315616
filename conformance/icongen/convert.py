"""An icon's SVG file as the React element a JSX export of it is, and the SVG features it uses.

Role: ``to_react(svg_text, numbers=...) -> dict`` converts as svgr and hand-written JSX icon components
do: attributes camelCased as React spells them (``stroke-width`` -> ``strokeWidth``, ``xlink:href`` ->
``xlinkHref``, ``xml:space`` -> ``xmlSpace``, ``class`` -> ``className``; ``data-*`` and ``aria-*`` kept),
the ``style`` attribute as an object with camelCased keys, the text of ``<style>``, ``<title>`` and
``<desc>`` as a string child (entities decoded, as JSX text is), comments, ``<metadata>`` and editor
namespaces (sodipodi, inkscape, sketch) left out. With ``numbers`` the attributes JSX authors write as
numbers (``strokeWidth={2}``) become JSON numbers. ``features(svg_text)`` names the SVG features an icon
uses (``use``, ``clipPath``, ``gradientTransform``, ``evenodd``, ...) so that failures sort into classes.
Standard library only.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_DROPPED_TAGS = {"metadata"}
_TEXT_TAGS = {"style", "title", "desc"}
NUMERIC_PROPS = frozenset({
    "x", "y", "cx", "cy", "r", "rx", "ry", "x1", "y1", "x2", "y2", "width", "height", "strokeWidth",
    "opacity", "fillOpacity", "strokeOpacity", "offset", "strokeMiterlimit", "stopOpacity", "fx", "fy"})
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _camel(name: str) -> str:
    head, *rest = re.split(r"[-:]", name)
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def prop_name(attribute: str) -> str | None:
    """The React prop of an SVG attribute (ElementTree's ``{ns}local`` spelling); None to leave it out."""
    if attribute.startswith("{"):
        ns, local = attribute[1:].split("}", 1)
        if ns == XLINK_NS:
            return "xlink" + local[:1].upper() + local[1:]
        if ns == XML_NS:
            return "xml" + local[:1].upper() + local[1:]
        return None  # editor namespaces (sodipodi:, inkscape:, sketch:): not valid JSX, svgr drops them
    if attribute == "class":
        return "className"
    if attribute.startswith(("data-", "aria-")):
        return attribute
    return _camel(attribute)


def style_object(text: str) -> dict[str, str]:
    out = {}
    for decl in text.split(";"):
        name, sep, value = decl.partition(":")
        name = name.strip()
        if not sep or not name:
            continue
        key = _camel(name[1:]) if name.startswith("-") else _camel(name)
        if name.startswith("-"):
            key = key[:1].upper() + key[1:]  # -webkit-x -> WebkitX, as React style keys
        out[key] = value.strip()
    return out


def _number(value: str) -> int | float | str:
    if not _NUMBER.fullmatch(value.strip()):
        return value
    number = float(value)
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def _element(el: ET.Element, numbers: bool, xlink: list[bool]) -> dict[str, Any] | None:
    if not isinstance(el.tag, str):
        return None
    if el.tag.startswith("{"):
        ns, tag = el.tag[1:].split("}", 1)
        if ns != SVG_NS:
            return None
    else:
        tag = el.tag
    if tag in _DROPPED_TAGS:
        return None
    props: dict[str, Any] = {}
    for key, value in el.attrib.items():
        name = prop_name(key)
        if name is None:
            continue
        if name.startswith("xlink"):
            xlink[0] = True
        if name == "style":
            props["style"] = style_object(value)
        elif numbers and name in NUMERIC_PROPS:
            props[name] = _number(value)
        else:
            props[name] = value
    children: list[Any] = []
    if tag in _TEXT_TAGS:
        text = "".join(el.itertext()).strip()
        if text:
            children.append(text)
    else:
        for child in el:
            made = _element(child, numbers, xlink)
            if made is not None:
                children.append(made)
    if children:
        props["children"] = children if len(children) > 1 else children[0]
    return {"type": tag, "props": props}


def parse(svg_text: str) -> ET.Element:
    if "<!ENTITY" in svg_text:
        raise ValueError("entity declarations")
    return ET.fromstring(svg_text.encode("utf-8"))


def to_react(svg_text: str, numbers: bool = False, xmlns_xlink: bool = True) -> dict[str, Any]:
    """The JSX-shaped element of an SVG file (see the module docstring). ``xmlns_xlink``: add the
    ``xmlnsXlink`` prop svgr writes when the icon uses ``xlink:`` attributes."""
    xlink = [False]
    element = _element(parse(svg_text), numbers, xlink)
    if element is None or element["type"] != "svg":
        raise ValueError("the root is not an SVG <svg>")
    if xlink[0] and xmlns_xlink:
        element["props"]["xmlnsXlink"] = XLINK_NS
    return element


_TAG_FEATURES = {"use": "use", "symbol": "symbol", "clipPath": "clipPath", "mask": "mask",
                 "linearGradient": "linearGradient", "radialGradient": "radialGradient", "pattern": "pattern",
                 "marker": "marker", "text": "text", "style": "style-sheet", "filter": "filter",
                 "image": "image", "svg": "nested-svg", "foreignObject": "foreignObject", "switch": "switch",
                 "title": "title"}
_ATTR_FEATURES = {"gradientTransform": "gradientTransform", "stroke-dasharray": "dasharray",
                  "marker-start": "marker", "marker-mid": "marker", "marker-end": "marker",
                  "preserveAspectRatio": "preserveAspectRatio", "style": "style-attr",
                  "filter": "filter", "mask": "mask", "clip-path": "clipPath",
                  "patternTransform": "pattern", "vector-effect": "vector-effect", "mix-blend-mode": "blend",
                  "paint-order": "paint-order", "stroke-dashoffset": "dasharray"}


def features(svg_text: str) -> set[str]:
    """The SVG features one icon uses (a failure is charged to each)."""
    found: set[str] = set()
    root = parse(svg_text)
    for depth, el in enumerate(root.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in _TAG_FEATURES and not (tag == "svg" and depth == 0):
            found.add(_TAG_FEATURES[tag])
        for key, value in el.attrib.items():
            name = key.rsplit("}", 1)[-1]
            if name in _ATTR_FEATURES:
                found.add(_ATTR_FEATURES[name])
            if name == "transform" or name == "transform-origin":
                found.add("transform")
            if value.strip() == "evenodd":
                found.add("evenodd")
            if "currentColor" in value or "currentcolor" in value:
                found.add("currentColor")
            if key.startswith("{" + XLINK_NS):
                found.add("xlink")
            if "opacity" in name:
                found.add("opacity")
            if name in ("width", "height", "x", "y", "r", "cx", "cy", "stroke-width") and re.search(
                    r"(%|em|ex|pt|mm|cm|in|pc)\s*$", value):
                found.add("units")
            if name == "style" and "(" in value:
                found.add("style-url")
    return found
