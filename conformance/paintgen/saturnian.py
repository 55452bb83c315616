"""A seventh outsider's paint generator: inline ``<svg>`` structure as authors paste it (``--generator saturnian``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator saturnian --seeds 0:300 --out /tmp/saturnian -j 1``). Written as someone would who pastes SVG
into cards rather than one who fuzzes values: the other generators draw inline ``<svg>`` as a few shapes
(``jovian`` drew the *values* of their attributes); this one draws the *structure* of the SVG that reaches
Satori from icon sets exported to JSX and from logo and illustration exports, and the ``<svg>`` element's
own CSS:

- icons as icon sets ship them: stroke icons (lucide, feather, tabler: ``fill="none"``,
  ``stroke="currentColor"``, ``strokeWidth``/``strokeLinecap``/``strokeLinejoin`` on the root, children
  inheriting them), solid icons (heroicons, material: ``fill="currentColor"``, ``fillRule``/``clipRule``
  ``evenodd``), brand marks (simple-icons: ``role="img"``, ``<title>``, one filled path);
- illustration structure: nested ``<g>`` with ``transform`` lists and group ``opacity``, ``<defs>`` with
  ``linearGradient``/``radialGradient`` (``gradientUnits``, ``gradientTransform``, ``spreadMethod``, focal
  points, ``href``/``xlinkHref`` chains that inherit stops or attributes), ``<clipPath>`` and ``<mask>``
  (object-bounding-box units, a clip on a clip, masks holding gradients), ``<pattern>`` (units, content
  units, ``patternTransform``), ``<use>`` of ``<symbol>`` with its own ``viewBox``, ``<marker>`` on paths
  and lines, ``<filter>`` chains (feGaussianBlur, feOffset, feFlood, feComposite, feMerge, feColorMatrix,
  feDropShadow; filter regions and units), ``<image href="data:...">``, ``<style>`` elements with class
  and type selectors (reached by ``class``; ``className`` Satori passes through as an unknown attribute),
  ``<title>``/``<desc>``, ``<foreignObject>``;
- React spellings Satori serialises: camelCase presentation attributes, ``style`` objects on children,
  numbers or strings, ``xlinkHref`` with or without ``xmlnsXlink``, ``viewBox`` with commas, extra spaces or
  ``viewbox``, every ``preserveAspectRatio``, root ``width``/``height`` as numbers, px, em, %, or missing;
- JSX values: style objects on children (filter functions, geometry properties such as ``rx``/``r``/``width``,
  blend modes), list-valued props (``strokeDasharray={[4, 2]}``, ``points`` as a list), numbers JavaScript
  prints its own way, booleans; Illustrator/Figma exports (``cls-N`` sheets, ``data-name``, ``xmlSpace``),
  nested ``svg``, ``use`` of shapes and of ``use``, ``a``, stroke extras (``vectorEffect``, ``paintOrder``);
- the ``<svg>`` element's CSS: ``style`` width/height beside or instead of the attributes, ``color`` that
  ``currentColor`` inherits (from the element or an ancestor), ``borderRadius`` + ``overflow``, border,
  padding, background, ``opacity``, ``transform``, ``boxShadow``, ``filter``; root attributes (``opacity``,
  ``fillOpacity``, ``shapeRendering``, ``overflow``, ``transform``);
- the same SVG three ways: inline, as ``<img src="data:image/svg+xml...">`` (base64 or percent-encoded
  UTF-8) and as a ``backgroundImage`` ``url()``, so the three paths are compared (tagged ``path-*``).

A card holds 1-6 tiles on visible areas, each tile one specimen, so a mismatch points at one feature.
Spellings ``spec/differences.md`` lists (CSS 4 colours in SVG, UTF-8 data URIs with a bare ``%`` or a line
break, ``<text>``, percentage padding on the ``<svg>``, a curve right after ``z``) are not drawn, but for a
CSS string as a child's ``style`` in a few documents, tagged ``L:style-string``. React-shaped trees reach the
oracle as written (the driver's ``RAW_GENERATORS``).

Found on first use (2026-12-06, seeds 0:300, then held-out seeds 1000:1300; pureog before -> after: 255 ->
298 and 250 -> 300 of 300): ``clipPathUnits="objectBoundingBox"``, which pureog read in user units, and a
``clip-path`` on a clipPath, which it ignored; ``fill-opacity``/``stroke-opacity`` on an icon's root or a
``g``, which resvg does not inherit (pureog faded the shapes); an ``<img>`` or background SVG with
``xlink:href`` and no ``xmlns:xlink``, which Next draws empty and pureog refused. Probes of the same angle
found CSS filter functions in a child's ``style`` (drawn unfiltered), geometry properties in a ``style``
(``rx``, ``r``: resvg ignores them) and list-valued props (written as Python lists), drawn since. Next draws
every document (a ``style`` string only warns).

Run: ``python -m conformance.paintgen --generator saturnian --seeds 0:300 --out /tmp/saturnian -j 1``; the
committed slice is ``--slice --seeds 0:16`` (small canvases). Imports only the standard library.
"""

from __future__ import annotations

import base64
import urllib.parse
from typing import Any

from conformance.paintgen.generate import Generated, el
from conformance.paintgen.saturnian_specimens import ASPECTS, INKS, TINTS, SvgSpecimens

CANVASES = ((420, 220), (480, 252), (360, 360), (520, 200), (300, 400))
SMALL_CANVASES = ((200, 105), (160, 120), (240, 126), (128, 128))

_KEBAB = {"strokeWidth": "stroke-width", "strokeLinecap": "stroke-linecap", "strokeLinejoin": "stroke-linejoin",
          "strokeDasharray": "stroke-dasharray", "strokeOpacity": "stroke-opacity", "fillOpacity": "fill-opacity",
          "fillRule": "fill-rule", "clipRule": "clip-rule", "clipPath": "clip-path", "stopColor": "stop-color",
          "stopOpacity": "stop-opacity", "floodColor": "flood-color", "floodOpacity": "flood-opacity",
          "markerEnd": "marker-end", "markerStart": "marker-start", "markerMid": "marker-mid",
          "strokeMiterlimit": "stroke-miterlimit", "xlinkHref": "xlink:href", "xmlnsXlink": "xmlns:xlink",
          "colorInterpolationFilters": "color-interpolation-filters", "paintOrder": "paint-order"}


def _js(value: Any) -> str:
    """A prop value as an author's SVG file would have it (a list as JSX would print it, ``4,2``)."""
    if isinstance(value, list):
        return ",".join("" if v is None else _js(v) for v in value)
    if value is True or value is False:
        return str(value).lower()
    return str(value)


def _xml(node: Any) -> str:
    """The SVG text of a React-shaped SVG tree, for the ``<img>`` and ``url()`` paths (what an author gets
    by pasting the icon's SVG file instead of its JSX)."""
    if isinstance(node, str):
        return node.replace("&", "&amp;").replace("<", "&lt;")
    if isinstance(node, list):
        return "".join(_xml(n) for n in node)
    props = dict(node["props"])
    children = props.pop("children", None)
    style = props.pop("style", None)
    attrs = "".join(f' {_KEBAB.get(k, "class" if k == "className" else k)}="{_js(v)}"' for k, v in props.items())
    if isinstance(style, str):
        attrs += f' style="{style}"'
    elif style:
        kebab = ";".join(f"{''.join('-' + c.lower() if c.isupper() else c for c in k)}:{v}" for k, v in style.items())
        attrs += f' style="{kebab}"'
    inner = _xml(children) if children is not None else ""
    return f"<{node['type']}{attrs}>{inner}</{node['type']}>"


class _Saturnian(SvgSpecimens):
    """A document: its specimens as inline ``<svg>``, markup in ``<img>`` or backgrounds, and cards."""

    def specimen(self) -> tuple[list[Any], dict[str, Any], str]:
        """Children, extra root props and the viewBox of one specimen."""
        r = self.r
        self.needs_xlink = False
        pick = r.choice(("stroke", "stroke", "solid", "brand", "logo", "logo", "clip", "clip", "pattern", "use",
                         "marker", "filter", "filter", "image", "style", "children", "foreign", "illustrator",
                         "illustrator", "nested", "useshape", "anchor", "strokes", "jsx"))
        if pick == "stroke":
            kids, root = self.stroke_icon()
            return kids, root, "0 0 24 24"
        if pick == "solid":
            kids, root = self.solid_icon()
            return kids, root, "0 0 24 24"
        if pick == "brand":
            kids, root = self.brand()
            return kids, root, "0 0 24 24"
        maker = {"logo": self.logo, "clip": self.clip_mask, "pattern": self.pattern, "use": self.symbol_use,
                 "marker": self.marker, "filter": self.filter, "image": self.image_in_svg,
                 "style": self.style_element, "children": self.styled_children, "foreign": self.foreign,
                 "illustrator": self.illustrator, "nested": self.nested_svg, "useshape": self.use_shapes,
                 "anchor": self.anchor, "strokes": self.stroke_extras, "jsx": self.jsx_values}[pick]
        kids, root = maker()
        return kids, {k: v for k, v in root.items() if v is not None}, "0 0 64 64"

    def viewbox_spelling(self, vb: str) -> str:
        r = self.r
        form = r.random()
        if form < 0.15:
            self.f("viewbox-commas")
            return vb.replace(" ", ",")
        if form < 0.25:
            self.f("viewbox-spaces")
            return "  " + vb.replace(" ", "   ") + " "
        if form < 0.32:
            self.f("viewbox-comma-space")
            return vb.replace(" ", ", ")
        return vb

    def svg_element(self, size: int, inline: bool) -> dict[str, Any]:
        r = self.r
        kids, root, vb = self.specimen()
        props: dict[str, Any] = {"xmlns": "http://www.w3.org/2000/svg"} if r.random() < 0.7 else {}
        vb_key = "viewBox" if r.random() < 0.92 else "viewbox"
        if vb_key == "viewbox":
            self.f("viewbox-lowercase")
        props[vb_key] = self.viewbox_spelling(vb)
        style: dict[str, Any] = {}
        form = r.choice(("num", "num", "num", "px", "str", "style", "style-only", "one", "em", "pct", "css-auto"))
        self.f(f"size-{form}")
        w = size
        h = size if r.random() < 0.75 else int(size * r.choice((0.5, 0.75, 1.5)))
        if h != w:
            self.f("viewport-aspect-differs")
            if r.random() < 0.7:
                props["preserveAspectRatio"] = r.choice(ASPECTS)
                self.f("aspect-" + props["preserveAspectRatio"].replace(" ", "-"))
        if form == "num":
            props.update(width=w, height=h)
        elif form == "px":
            props.update(width=f"{w}px", height=f"{h}px")
        elif form == "str":
            props.update(width=str(w), height=str(h))
        elif form == "em":
            props.update(width=f"{w / 16:g}em", height=f"{h / 16:g}em")
        elif form == "one":
            props[r.choice(("width", "height"))] = w
        elif form == "pct":
            props.update(width="100%", height="100%")
        elif form == "css-auto":
            style.update(width=w, height="auto")
        elif form == "style":
            props.update(width=w, height=h)
            style.update(width=w + r.choice((0, 8, -6)), height=h + r.choice((0, 8, -6)))
        else:
            style.update(width=w, height=h)
        props.update(root)
        for key, vals in (("opacity", (0.6, "0.8")), ("shapeRendering", ("crispEdges", "geometricPrecision")),
                          ("overflow", ("visible", "hidden")), ("fillOpacity", (0.5,)), ("strokeOpacity", (0.5,)),
                          ("transform", ("rotate(10)", "scale(0.8)")), ("focusable", ("false",))):
            if r.random() < 0.05:
                props[key] = r.choice(vals)
                self.f(f"root-attr-{key}")
        if self.needs_xlink and r.random() < 0.85:
            props["xmlnsXlink"] = "http://www.w3.org/1999/xlink"
        elif self.needs_xlink:
            self.f("xlink-undeclared")
        # the element's own CSS
        for key, vals, tag in (("color", INKS, "svg-color"),
                               ("borderRadius", (8, "50%", 4, "12px"), "svg-radius"),
                               ("overflow", ("hidden",), "svg-overflow"),
                               ("backgroundColor", TINTS, "svg-background"),
                               ("opacity", (0.5, 0.8, "0.6"), "svg-opacity"),
                               ("transform", ("rotate(12deg)", "scale(0.8)", "translate(4px, 2px) rotate(-8deg)"),
                                "svg-transform"),
                               ("border", ("2px solid #0f172a", "1px solid rgba(0,0,0,.2)"), "svg-border"),
                               ("padding", (4, "6px", "2px 8px"), "svg-padding"),
                               ("boxShadow", ("0 2px 6px rgba(0,0,0,.3)",), "svg-shadow"),
                               ("margin", (4, "auto"), "svg-margin"),
                               ("filter", ("drop-shadow(0 2px 2px rgba(0,0,0,.4))", "grayscale(1)", "blur(1px)"),
                                "svg-css-filter"),
                               ("flexShrink", (0,), "svg-flex-shrink")):
            if inline and r.random() < 0.09:
                style[key] = r.choice(vals)
                self.f(tag)
        if style:
            props["style"] = style
        if inline and r.random() < 0.15:
            self.f("svg-classname")
            props["className"] = "h-6 w-6"
        props["children"] = kids
        return {"type": "svg", "props": props}

    def as_markup(self, svg: dict[str, Any], size: int) -> tuple[str, int, int]:
        """The SVG file an author would paste (``currentColor`` replaced by nothing: in an image it is
        black, as browsers draw it) and its size."""
        props = {k: v for k, v in svg["props"].items() if k not in ("style", "className")}
        vb = props.pop("viewbox", None)
        if vb is not None:
            props["viewBox"] = vb
        props["xmlns"] = "http://www.w3.org/2000/svg"
        vbox = [float(p) for p in props["viewBox"].replace(",", " ").split()]
        style = svg["props"].get("style", {})
        w = props.get("width", style.get("width", vbox[2]))
        h = props.get("height", style.get("height", vbox[3]))
        props.setdefault("width", w)
        props.setdefault("height", h)

        def px(v: Any, fallback: float) -> int:
            text = str(v)
            if text.endswith("em"):
                return int(float(text[:-2]) * 16)
            try:
                return int(float(text.removesuffix("px")))
            except ValueError:  # "100%", "auto": the file gets the size its box has inline
                return int(fallback)
        props["width"] = px(props["width"], size)
        props["height"] = px(props["height"], size * vbox[3] / vbox[2])
        return _xml({"type": "svg", "props": props}), props["width"], props["height"]

    def data_uri(self, markup: str) -> str:
        if self.r.random() < 0.6:
            self.f("data-base64")
            return "data:image/svg+xml;base64," + base64.b64encode(markup.encode()).decode()
        self.f("data-utf8-encoded")
        return "data:image/svg+xml;charset=utf-8," + urllib.parse.quote(markup, safe=" =:/;,.-_'")

    def tile(self, size: int) -> dict[str, Any]:
        r = self.r
        path = r.choice(("inline", "inline", "inline", "inline", "img", "bg"))
        self.f(f"path-{path}")
        svg = self.svg_element(size, path == "inline")
        frame: dict[str, Any] = {"display": "flex", "alignItems": "center", "justifyContent": "center",
                                 "width": size + 16, "height": size + 16, "backgroundColor": r.choice(TINTS)}
        if r.random() < 0.4:
            self.f("color-from-ancestor")
            frame["color"] = self.ink()
        if path == "inline":
            return el("div", frame, [svg])
        markup, w, h = self.as_markup(svg, size)
        uri = self.data_uri(markup)
        if path == "img":
            img_props: dict[str, Any] = {"src": uri, "width": w, "height": h}
            if r.random() < 0.25:
                self.f("img-size-from-svg")
                img_props = {"src": uri}
            if r.random() < 0.2:
                self.f("img-radius")
                img_props["style"] = {"borderRadius": 10}
            img_style = img_props.pop("style", None)
            return el("div", frame, [el("img", img_style, None, **img_props)])
        bg: dict[str, Any] = {"width": w, "height": h, "backgroundImage": f"url({uri})"}
        if r.random() < 0.4:
            size_kw = r.choice(("contain", "cover", "100% 100%"))
            self.f("bg-size-" + size_kw.replace(" ", "-").replace("%", "pct"))
            bg.update(backgroundSize=size_kw, backgroundRepeat="no-repeat")
        elif r.random() < 0.3:
            self.f("bg-repeat-tile")
            bg.update(width=size, height=size, backgroundSize=f"{max(4, size // 3)}px {max(4, size // 3)}px")
        return el("div", frame, [el("div", bg)])

    def card(self, width: int, height: int) -> dict[str, Any]:
        r = self.r
        n = r.randint(1, 3) if self.small else r.randint(1, 6)
        cols = min(n, 3)
        rows = (n + cols - 1) // cols
        size = max(16, min((width - 16) // cols - 24, (height - 16) // rows - 24))
        size = min(size, r.choice((24, 32, 48, 64, 96, 128)))
        tiles = [self.tile(size) for _ in range(n)]
        root = {"display": "flex", "flexDirection": "row", "flexWrap": "wrap", "alignContent": "flex-start",
                "gap": 8, "padding": 8, "width": "100%", "height": "100%", "backgroundColor": "white"}
        if r.random() < 0.3:
            self.f("color-on-root")
            root["color"] = self.ink()
        return el("div", root, tiles)


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` is unused: every picture is drawn inline or as a data URI)."""
    del assets
    g = _Saturnian(seed, small)
    w, h = g.r.choice(SMALL_CANVASES if small else CANVASES)
    doc: dict[str, Any] = {"width": w, "height": h, "element": g.card(w, h)}
    return Generated(seed, doc, tuple(sorted(g.features)))
