"""The SVG element tree the SVG renderer reads, built from SVG text or from inline ``<svg>`` elements.

Input: SVG bytes (an ``<img>`` source) or a document :class:`~pureog.document.model.Element` (an inline
``<svg>`` in the element tree). Output: :class:`SvgNode` (tag without namespace, attributes as CSS/SVG
text with the ``style`` attribute's declarations merged in, children).

Inline elements go through the same conversion Satori applies before resvg parses its SVG string
(handler/preprocess.ts): React prop names become SVG attribute names (``strokeWidth`` ->
``stroke-width``, ``xlinkHref`` -> ``xlink:href``), values print as JavaScript would, a ``style``
object becomes declarations (resvg reads them as presentation attributes), and ``currentColor`` in
attributes is replaced by the colour inherited at the ``<svg>`` (or set by an element's own
``style.color``); in a style it stays for resvg to resolve. ``<text>`` is refused, as Satori refuses it.
Parsing uses the standard library's expat (entity expansion is limited by expat itself).
Imports :mod:`pureog.document.model`, :mod:`pureog.errors`, :mod:`pureog.color`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from pureog.color import Color
from pureog.document.model import Element, Text
from pureog.errors import ImageError

_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")
_SPECIAL = {
    "xlinkHref": "xlink:href", "xmlnsXlink": "xmlns:xlink", "xmlSpace": "xml:space", "xmlLang": "xml:lang",
    "viewBox": "viewBox", "preserveAspectRatio": "preserveAspectRatio", "gradientUnits": "gradientUnits",
    "gradientTransform": "gradientTransform", "spreadMethod": "spreadMethod", "clipPathUnits": "clipPathUnits",
    "patternUnits": "patternUnits", "patternTransform": "patternTransform", "maskUnits": "maskUnits",
    "stdDeviation": "stdDeviation", "pathLength": "pathLength", "viewbox": "viewBox",
}


@dataclass(slots=True)
class SvgNode:
    tag: str
    attrs: dict[str, str]
    children: list[SvgNode] = field(default_factory=list)

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrs.get(name, default)


def _merge_style(attrs: dict[str, str]) -> None:
    """``style="a: b; c: d"`` declarations override presentation attributes (CSS wins)."""
    style = attrs.pop("style", None)
    if not style:
        return
    for decl in style.split(";"):
        name, sep, value = decl.partition(":")
        if sep and name.strip():
            attrs[name.strip()] = value.strip().removesuffix("!important").strip()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


MAX_SVG_DEPTH = 128
"""Element nesting an SVG file may have (real icons nest a few levels; deeper is hostile)."""
MAX_SVG_NODES = 50_000
"""Elements an SVG file may have (drawing them is budgeted again in :mod:`.render`)."""


def _from_xml(el: ET.Element, where: str, depth: int = 0, count: list[int] | None = None) -> SvgNode:
    count = count if count is not None else [0]
    count[0] += 1
    if depth > MAX_SVG_DEPTH:
        raise ImageError(f"{where}: SVG elements are nested more than {MAX_SVG_DEPTH} deep")
    if count[0] > MAX_SVG_NODES:
        raise ImageError(f"{where}: the SVG has more than {MAX_SVG_NODES:,} elements")
    attrs = {}
    for key, value in el.attrib.items():
        name = _local(key)
        if key.startswith("{http://www.w3.org/1999/xlink}"):
            name = "xlink:" + name
        attrs[name] = value
    _merge_style(attrs)
    tag = _local(el.tag) if isinstance(el.tag, str) else ""
    children = [_from_xml(child, where, depth + 1, count) for child in el if isinstance(child.tag, str)]
    return SvgNode(tag, attrs, children)


def parse_svg_text(data: bytes, where: str = "SVG image") -> SvgNode:
    if b"<!ENTITY" in data:
        raise ImageError(f"{where}: SVG files with entity declarations are not supported")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ImageError(f"{where}: malformed SVG ({exc})") from None
    node = _from_xml(root, where)
    if node.tag != "svg":
        raise ImageError(f"{where}: the root element is <{node.tag}>, not <svg>")
    return node


def js_text(value: object) -> str:
    """A prop value as JavaScript's template literal prints it."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    return str(value)


def attribute_name(prop: str) -> str:
    if prop in _SPECIAL:
        return _SPECIAL[prop]
    if prop.startswith(("data-", "aria-")):
        return prop
    return _CAMEL.sub(lambda m: "-" + m.group(1).lower(), prop)


def _css_color(color: Color) -> str:
    return f"rgba({color.r},{color.g},{color.b},{color.a:g})"


def _inline(element: Element, current: str, path: str, root: bool = False) -> SvgNode:
    if element.type == "text":
        raise ImageError("<text> nodes are not currently supported in SVG, please convert them to <path>",
                         path=element.path)
    style = dict(element.style)
    own_color = style.get("color")
    if isinstance(own_color, str) and own_color.strip():
        current = own_color.strip()
    attrs: dict[str, str] = {}
    for key, value in element.attributes:
        if key in ("children", "key", "ref", "className"):
            continue
        text = js_text(value)
        if text.strip().lower() == "currentcolor":
            text = current
        attrs[attribute_name(key)] = text
    # Satori serializes the root <svg> without its style (SVGNodeToImage): the element's opacity,
    # transform, background... are painted by the box around the image, never inside it again. Other
    # elements keep their style as a `style` attribute, which resvg reads as presentation attributes
    # (overriding the element's own); `currentColor` stays as written there, so resvg resolves it
    # from the SVG `color` property (a `color` in some style, else black), not from Satori's colour.
    for key, value in () if root else element.style:
        if key.startswith("--"):
            continue
        attrs[attribute_name(key)] = js_text(value)
    children = [_inline(child, current, path) for child in element.children if isinstance(child, Element)]
    if any(isinstance(child, Text) and child.text.strip() for child in element.children) and element.type != "style":
        pass  # stray text inside shapes draws nothing in SVG
    return SvgNode(element.type, attrs, children)


def _js_number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _root_size(element: Element, attrs: dict[str, str]) -> None:
    """Satori's root width/height (SVGNodeToImage), operator precedence quirks included:
    ``width = (width || (ratio && height)) ? height / ratio : null`` and then
    ``height = (height || (ratio && width)) ? width * ratio : null``. With a viewBox this makes the root
    follow the viewBox's aspect ratio, so the viewBox ends up stretched over the element's box."""
    from pureog.images.sniff import parse_view_box  # noqa: PLC0415

    vb = parse_view_box(attrs.get("viewBox"))
    ratio = vb[3] / vb[2] if vb and vb[2] else None
    raw_w, raw_h = element.attribute("width"), element.attribute("height")
    w, h = _js_number(raw_w), _js_number(raw_h)
    if raw_w or (ratio and raw_h):
        w = h / ratio if (h is not None and ratio) else None  # JS: NaN or Infinity -> invalid attribute
    else:
        w = None
    if raw_h or (ratio and w):
        h = w * ratio if (w is not None and ratio) else None
    else:
        h = None
    for name, value in (("width", w), ("height", h)):
        if value is None:
            attrs.pop(name, None)
        else:
            attrs[name] = js_text(value)


def inline_svg_tree(element: Element, current_color: Color) -> SvgNode:
    """An inline ``<svg>`` element as Satori serializes it (see module docstring)."""
    root = _inline(element, _css_color(current_color), element.path, root=True)
    _root_size(element, root.attrs)
    return root
