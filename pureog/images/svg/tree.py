"""The SVG element tree the SVG renderer reads, built from SVG text or from inline ``<svg>`` elements.

Input: SVG bytes (an ``<img>`` source) or a document :class:`~pureog.document.model.Element` (an inline
``<svg>`` in the element tree). Output: :class:`SvgNode` (tag without namespace, attributes as CSS/SVG
text with the ``style`` attribute's declarations merged in, children).

Inline elements go through the same conversion Satori applies before resvg parses its SVG string
(handler/preprocess.ts): React prop names become SVG attribute names (``strokeWidth`` ->
``stroke-width``, ``xlinkHref`` -> ``xlink:href``), values print as JavaScript would, a ``style``
object becomes declarations (resvg reads them as presentation attributes), and ``currentColor`` in
attributes is replaced by the colour inherited at the ``<svg>`` (or set by an element's own
``style.color``); in a style it stays for resvg to resolve. ``<text>`` (which Satori refuses) keeps its
character data as ``#text`` children, for :mod:`.text` to draw as Chromium does.
Parsing uses the standard library's expat (entity expansion is limited by expat itself).
Imports :mod:`pureog.document.model`, :mod:`pureog.errors`, :mod:`pureog.color`.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

from pureog.color import Color
from pureog.document.model import Element, Text
from pureog.errors import ImageError
from pureog.records import field, mutable_record
from pureog.usvg_css import declarations

_CAMEL = re.compile(r"([A-Z])")
# Satori's prop -> attribute table for SVG elements (its ``_s``, index.node.js); other props keep their
# spelling (resvg then ignores the camelCase ones it does not know). Style keys are hyphenated instead.
_SATORI_NAMES = {
    "accentHeight": "accent-height", "alignmentBaseline": "alignment-baseline", "arabicForm": "arabic-form",
    "baselineShift": "baseline-shift", "capHeight": "cap-height", "clipPath": "clip-path", "clipRule": "clip-rule",
    "colorInterpolation": "color-interpolation", "colorInterpolationFilters": "color-interpolation-filters",
    "colorProfile": "color-profile", "colorRendering": "color-rendering", "dominantBaseline": "dominant-baseline",
    "enableBackground": "enable-background", "fillOpacity": "fill-opacity", "fillRule": "fill-rule",
    "floodColor": "flood-color", "floodOpacity": "flood-opacity", "fontFamily": "font-family",
    "fontSize": "font-size", "fontSizeAdjust": "font-size-adjust", "fontStretch": "font-stretch",
    "fontStyle": "font-style", "fontVariant": "font-variant", "fontWeight": "font-weight",
    "glyphName": "glyph-name", "glyphOrientationHorizontal": "glyph-orientation-horizontal",
    "glyphOrientationVertical": "glyph-orientation-vertical", "horizAdvX": "horiz-adv-x",
    "horizOriginX": "horiz-origin-x", "imageRendering": "image-rendering", "letterSpacing": "letter-spacing",
    "lightingColor": "lighting-color", "markerEnd": "marker-end", "markerMid": "marker-mid",
    "markerStart": "marker-start", "overlinePosition": "overline-position",
    "overlineThickness": "overline-thickness", "paintOrder": "paint-order", "panose1": "panose-1",
    "pointerEvents": "pointer-events", "renderingIntent": "rendering-intent", "shapeRendering": "shape-rendering",
    "stopColor": "stop-color", "stopOpacity": "stop-opacity", "strikethroughPosition": "strikethrough-position",
    "strikethroughThickness": "strikethrough-thickness", "strokeDasharray": "stroke-dasharray",
    "strokeDashoffset": "stroke-dashoffset", "strokeLinecap": "stroke-linecap", "strokeLinejoin": "stroke-linejoin",
    "strokeMiterlimit": "stroke-miterlimit", "strokeOpacity": "stroke-opacity", "strokeWidth": "stroke-width",
    "textAnchor": "text-anchor", "textDecoration": "text-decoration", "textRendering": "text-rendering",
    "underlinePosition": "underline-position", "underlineThickness": "underline-thickness",
    "unicodeBidi": "unicode-bidi", "unicodeRange": "unicode-range", "unitsPerEm": "units-per-em",
    "vAlphabetic": "v-alphabetic", "vHanging": "v-hanging", "vIdeographic": "v-ideographic",
    "vMathematical": "v-mathematical", "vectorEffect": "vector-effect", "vertAdvY": "vert-adv-y",
    "vertOriginX": "vert-origin-x", "vertOriginY": "vert-origin-y", "wordSpacing": "word-spacing",
    "writingMode": "writing-mode", "xHeight": "x-height", "xlinkActuate": "xlink:actuate",
    "xlinkArcrole": "xlink:arcrole", "xlinkHref": "xlink:href", "xlinkRole": "xlink:role",
    "xlinkShow": "xlink:show", "xlinkTitle": "xlink:title", "xlinkType": "xlink:type", "xmlBase": "xml:base",
    "xmlLang": "xml:lang", "xmlSpace": "xml:space", "xmlnsXlink": "xmlns:xlink",
}


@mutable_record
class SvgNode:
    tag: str
    attrs: dict[str, str]
    children: list[SvgNode] = field(default_factory=list)
    text: str = ""
    """The text content of a ``<style>`` element, or the characters of a ``#text`` node (inline
    ``<text>`` content)."""
    style: tuple[tuple[str, str], ...] = ()
    """The declarations of the ``style`` attribute (already in ``attrs``), kept to apply them again
    after a ``<style>`` sheet (:mod:`.style`)."""

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrs.get(name, default)


def _merge_style(attrs: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """``style="a: b; c: d"`` declarations override presentation attributes (CSS wins); returns them."""
    style = attrs.pop("style", None)
    if not style:
        return ()
    merged = style_declarations(style)
    attrs.update(merged)
    return tuple(merged)


PRESENTATION = frozenset({
    "alignment-baseline", "baseline-shift", "clip-path", "clip-rule", "color", "color-interpolation",
    "color-interpolation-filters", "color-rendering", "direction", "display", "dominant-baseline", "fill",
    "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font-family", "font-kerning",
    "font-size", "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight",
    "glyph-orientation-horizontal", "glyph-orientation-vertical", "image-rendering", "isolation",
    "letter-spacing", "lighting-color", "marker-end", "marker-mid", "marker-start", "mask", "mix-blend-mode",
    "opacity", "overflow", "paint-order", "shape-rendering", "stop-color", "stop-opacity", "stroke",
    "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    "stroke-opacity", "stroke-width", "text-anchor", "text-decoration", "text-overflow", "text-rendering",
    "transform", "unicode-bidi", "vector-effect", "visibility", "white-space", "word-spacing", "writing-mode",
})
"""The properties rosvgtree takes from a ``style`` attribute or a ``<style>`` rule (usvg 0.29's
presentation attributes; a rule's ``marker`` shorthand also sets the three marker properties, a
``style`` attribute's does nothing, measured in Next)."""


def style_declarations(style: str) -> list[tuple[str, str]]:
    """The declarations of a ``style`` attribute as usvg reads them (:func:`pureog.usvg_css.declarations`):
    up to the first declaration simplecss cannot read, values trimmed, ``!important`` dropped, and only
    presentation properties kept: ``x``, ``width``, ``rx``, ``r``, ``d`` or a stop's ``offset`` in a style
    (SVG 2 geometry properties, which browsers read) and the ``marker`` shorthand are ignored, as in Next."""
    return [(name, value) for name, value, _important in declarations(style) if name in PRESENTATION]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


STYLE_ONLY = frozenset({"mix-blend-mode", "isolation", "font-kerning"})
"""Properties rosvgtree reads only from a ``style`` attribute or a ``<style>`` sheet, never as attributes
(a ``mix-blend-mode="multiply"`` attribute, or a JSX ``mixBlendMode`` prop, blends nothing)."""

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
        if name not in STYLE_ONLY:
            attrs[name] = value
    style = _merge_style(attrs)
    tag = _local(el.tag) if isinstance(el.tag, str) else ""
    children = [_from_xml(child, where, depth + 1, count) for child in el if isinstance(child.tag, str)]
    return SvgNode(tag, attrs, children, (el.text or "") if tag == "style" else "", style)


class MalformedSvgError(ImageError):
    """The SVG text is not well-formed XML (an unbound ``xlink:`` prefix, an unclosed tag, ...)."""


def parse_svg_text(data: bytes, where: str = "SVG image") -> SvgNode:
    if b"<!ENTITY" in data:
        raise ImageError(f"{where}: SVG files with entity declarations are not supported")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise MalformedSvgError(f"{where}: malformed SVG ({exc})") from None
    node = _from_xml(root, where)
    if node.tag != "svg":
        raise ImageError(f"{where}: the root element is <{node.tag}>, not <svg>")
    if b"<style" in data:
        from pureog.images.svg.style import apply_stylesheets  # noqa: PLC0415  (style sheets are rare)

        apply_stylesheets(node)
    return node


_MAX_LIST_TEXT_NESTING = 64
"""Lists in a prop value printed within one another; deeper ones print as nothing (hostile input)."""


def js_text(value: object, nesting: int = 0) -> str:
    """A prop value as JavaScript's template literal prints it: a list as ``Array.prototype.toString``
    joins it (``strokeDasharray={[4, 2]}`` is ``"4,2"``, ``null`` items are empty, nested lists flatten),
    an object as ``[object Object]``."""
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
    if isinstance(value, (list, tuple)):
        if nesting >= _MAX_LIST_TEXT_NESTING:
            return ""
        return ",".join("" if item is None else js_text(item, nesting + 1) for item in value)
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)


def attribute_name(prop: str) -> str:
    """An SVG element prop as Satori writes its attribute (``strokeWidth`` -> ``stroke-width``)."""
    return _SATORI_NAMES.get(prop, prop)


def style_name(key: str) -> str:
    """A style key as Satori writes it into the ``style`` attribute (every capital hyphenated)."""
    return _CAMEL.sub(lambda m: "-" + m.group(1).lower(), key)


def _css_color(color: Color) -> str:
    return f"rgba({color.r},{color.g},{color.b},{color.a:g})"


_TEXT_CONTENT = frozenset({"text", "tspan", "textPath", "a"})
"""Elements whose character data is drawn (inside ``<text>``): kept as ``#text`` children."""


def _inline(element: Element, current: str, path: str, root: bool = False) -> SvgNode:
    if not element.type:
        # Satori writes each element inside an <svg> as XML: a type that is no string throws ("Only
        # intrinsic elements are supported inside <svg>"), and so does "" ("Invalid XML element name").
        # The loader reads both as "" (a plain box outside an <svg>).
        raise ImageError("an element inside <svg> needs a tag name (a fragment or component a JSON dump "
                         "dropped?); Next.js throws", path=f"{element.path}.type")
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
        if attribute_name(key) not in STYLE_ONLY:
            attrs[attribute_name(key)] = text
    # Satori serializes the root <svg> without its style (SVGNodeToImage): the element's opacity,
    # transform, background... are painted by the box around the image, never inside it again. Other
    # elements keep their style as a `style` attribute, which resvg reads as presentation attributes
    # (overriding the element's own); `currentColor` stays as written there, so resvg resolves it
    # from the SVG `color` property (a `color` in some style, else black), not from Satori's colour.
    # Satori writes the style's keys as the author wrote them (a `stroke_width` is no SVG property), as
    # `style="k:v;k:v"`, which resvg splits and trims (`strokeWidth: "3 "` is 3)
    keys = element.style_keys or tuple(name for name, _ in element.style)
    pairs = () if root else zip(keys, element.style, strict=True)
    written = ";".join(f"{style_name(key)}:{js_text(value)}" for key, (_, value) in pairs if not key.startswith("--"))
    declared = style_declarations(written) if written else []
    attrs.update(declared)
    if element.type in _TEXT_CONTENT:
        children = [_inline(child, current, path) if isinstance(child, Element)
                    else SvgNode("#text", {}, [], child.text)
                    for child in element.children if isinstance(child, (Element, Text))]
    else:
        children = [_inline(child, current, path) for child in element.children if isinstance(child, Element)]
    # Stray text inside shapes draws nothing in SVG; a <style> element's text is its sheet.
    text = "".join(c.text for c in element.children if isinstance(c, Text)) if element.type == "style" else ""
    return SvgNode(element.type, attrs, children, text, tuple(declared))


def _js_number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _root_size(element: Element, attrs: dict[str, str]) -> None:
    """Satori's root width/height (SVGNodeToImage), operator precedence quirks included:
    ``width = (width || (ratio && height)) ? height / ratio : null`` and then
    ``height = (height || (ratio && width)) ? width * ratio : null``. With a viewBox this makes the root
    follow the viewBox's aspect ratio, so the viewBox ends up stretched over the element's box."""
    from pureog.images.sniff import satori_view_box, view_box_size  # noqa: PLC0415
    from pureog.jsnum import js_divide  # noqa: PLC0415

    vb = satori_view_box(attrs.get("viewBox"))
    # JavaScript's ratio: NaN when a viewBox number is unreadable (``24px``), and NaN is falsy
    ratio = js_divide(*reversed(view_box_size(vb))) if vb and view_box_size(vb)[0] != 0 else None
    if ratio is not None and (math.isnan(ratio) or ratio == 0):
        ratio = None  # falsy in JavaScript: every side it would complete is NaN, an invalid attribute
    raw_w, raw_h = element.attribute("width"), element.attribute("height")
    w, h = _js_number(raw_w), _js_number(raw_h)
    if raw_w or (ratio and raw_h):
        w = _finite(h / ratio) if (h is not None and ratio) else None  # NaN, Infinity: invalid attribute
    else:
        w = None
    if raw_h or (ratio and w):
        h = _finite(w * ratio) if (w is not None and ratio) else None
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
    if "viewbox" in root.attrs:  # Satori: ``viewBox ||= viewbox`` on the root only
        lower = root.attrs.pop("viewbox")
        root.attrs.setdefault("viewBox", lower)
    _root_size(element, root.attrs)
    if _unbound_xlink(root, False):
        # Satori declares only the SVG namespace: an `xlink:href` (React's xlinkHref) without an
        # `xmlnsXlink` prop is an unbound prefix, which resvg's XML parser refuses: nothing is drawn.
        root.children = []
        return root
    if any(n.tag == "style" for n in _walk(root)):
        from pureog.images.svg.style import apply_stylesheets  # noqa: PLC0415  (style sheets are rare)

        apply_stylesheets(root)
    return root


def _unbound_xlink(node: SvgNode, bound: bool) -> bool:
    """Whether an ``xlink:`` attribute appears where no ``xmlns:xlink`` (on it or an ancestor) binds it."""
    bound = bound or "xmlns:xlink" in node.attrs
    if not bound and any(name.startswith("xlink:") for name in node.attrs):
        return True
    return any(_unbound_xlink(child, bound) for child in node.children)


def _walk(node: SvgNode) -> list[SvgNode]:
    out = [node]
    for child in node.children:
        out.extend(_walk(child))
    return out
