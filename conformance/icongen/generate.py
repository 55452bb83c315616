"""Cards that use real icons: inline JSX ``<svg>`` elements, ``<img>`` data URIs and SVG backgrounds.

Role: ``document(icon_set, seed) -> Generated``: a card of a few icons drawn from one set (so that a
failure is charged to its set), each placed as ``Placement``: inline (the React element of
:mod:`.convert`, sized by ``width``/``height`` props, coloured by ``color``/``fill``/``stroke``, with a
``strokeWidth`` override for outline sets, numbers written as numbers), as an ``<img>`` whose ``src``
is the file as a data URI (base64, ``encodeURIComponent``, or only the unsafe characters escaped;
sometimes with ``currentColor`` replaced by a colour, as people do), or as a ``backgroundImage``
``url()`` of such a URI (``backgroundSize`` contain, stretched, pixels or the natural size). Sizes run
from 12 to 400 px, fractional too; a placement may sit in a rotated or scaled parent, under opacity,
next to a label in a flex row. ``single(icon_set, seed, k)`` is the card with placement ``k`` alone
(to find which icon of a failing card is at fault). Standard library only.
"""

from __future__ import annotations

import base64
import random
import urllib.parse
from dataclasses import dataclass
from typing import Any

from conformance.icongen.convert import features as svg_features
from conformance.icongen.convert import to_react
from conformance.icongen.sets import Icon, IconSet

COLOURS = ("#111827", "#2563eb", "#dc2626", "#16a34a", "white", "#7c3aed", "#f59e0b", "rgb(14, 116, 144)",
           "hsl(330, 80%, 50%)", "#0008", "teal", "black")
BACKGROUNDS = ("white", "#f8fafc", "#0f172a", "#fef3c7", "linear-gradient(135deg, #e0e7ff, #fce7f3)")
PAR = ("none", "xMinYMin meet", "xMaxYMax meet", "xMidYMid slice", "xMinYMax slice")
WIDTH, HEIGHT = 360, 240
ICONS_PER_CARD = 4


@dataclass(frozen=True, slots=True)
class Generated:
    seed: int
    document: dict[str, Any]
    features: tuple[str, ...]
    icons: tuple[str, ...] = ()


def _size(r: random.Random) -> float:
    roll = r.random()
    size = r.uniform(12, 48) if roll < 0.6 else r.uniform(48, 120) if roll < 0.9 else r.uniform(120, 400)
    if r.random() < 0.5:
        return float(round(size))
    return round(size, r.choice((1, 2)))


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def data_uri(svg: str, r: random.Random) -> tuple[str, str]:
    """``(uri, encoding tag)``: base64, encodeURIComponent, or mini-svg-data-uri style escaping."""
    roll = r.random()
    if roll < 0.4:
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii"), "uri-base64"
    if roll < 0.75:
        return "data:image/svg+xml," + urllib.parse.quote(svg, safe="-_.!~*'()"), "uri-component"
    text = " ".join(svg.split()).replace('"', "'")
    for ch in "%#<>{}":
        text = text.replace(ch, urllib.parse.quote(ch))
    return "data:image/svg+xml;utf8," + text, "uri-utf8"


class _Card:
    def __init__(self, icon_set: IconSet, seed: int) -> None:
        self.set = icon_set
        self.r = random.Random(f"{icon_set.spec.name}:{seed}")
        # a second stream for the later variations, so the first stream's cards stay as they were
        self.x = random.Random(f"{icon_set.spec.name}:{seed}:x")
        self.tags: set[str] = {f"set:{icon_set.spec.name}"}

    def tag(self, name: str) -> None:
        self.tags.add(name)

    def pick(self) -> Icon:
        while True:
            icon = self.r.choice(self.set.icons)
            try:
                found = svg_features(icon.svg)
            except (ValueError, SyntaxError):
                continue
            self.tags.update(f"svg:{f}" for f in found)
            return icon

    def inline(self, icon: Icon, size: float) -> dict[str, Any]:
        r = self.r
        numbers = r.random() < 0.5
        element = to_react(icon.svg, numbers=numbers, xmlns_xlink=r.random() < 0.9)
        props = element["props"]
        props.pop("className", None)
        self.tag("mode:jsx")
        if numbers:
            self.tag("jsx:numbers")
        roll = r.random()
        if roll < 0.7:
            props["width"] = props["height"] = _num(size)
        elif roll < 0.85:
            props["width"] = _num(size)
            props.pop("height", None)
            self.tag("jsx:width-only")
        else:
            props.pop("width", None)
            props.pop("height", None)
            element = {"type": "div", "props": {"style": {"display": "flex", "width": _num(size), "height": _num(size)},
                                                "children": element}}
            self.tag("jsx:unsized")
        if self.set.spec.kind == "stroke" and r.random() < 0.5:
            props["strokeWidth"] = r.choice((1, 1.25, 1.5, 1.75, 2.5, 3, 0.75, "1.5"))
            self.tag("jsx:strokeWidth")
        if self.set.spec.kind != "colour" and r.random() < 0.3:
            props["fill" if self.set.spec.kind == "mono" else "stroke"] = r.choice(COLOURS)
            self.tag("jsx:paint-prop")
        if r.random() < 0.3:
            props["style"] = {**props.get("style", {}), "color": r.choice(COLOURS)}
            self.tag("jsx:style-color")
        x = self.x
        if "width" in props and "height" in props:
            roll = x.random()
            if roll < 0.2:  # sized by style, as many JSX icons are (no width/height props)
                w, h = props.pop("width"), props.pop("height")
                props["style"] = {**props.get("style", {}), "width": w, "height": h}
                self.tag("jsx:style-size")
            elif roll < 0.35:
                props["height"] = _num(round(float(size) * x.choice((0.5, 0.75, 1.3, 1.6)), 2))
                self.tag("aspect:nonsquare")
        if x.random() < 0.15:
            props["preserveAspectRatio"] = x.choice(PAR)
            self.tag("par")
        if x.random() < 0.12:
            turn = x.choice(("rotate(20deg)", "scale(0.8)", "translate(3px, 2px)"))
            props["style"] = {**props.get("style", {}), "transform": turn}
            self.tag("jsx:style-transform")
        if x.random() < 0.1:
            props["style"] = {**props.get("style", {}), "opacity": x.choice((0.4, 0.75))}
            self.tag("jsx:style-opacity")
        return element

    def image(self, icon: Icon, size: float) -> dict[str, Any]:
        r = self.r
        svg = icon.svg
        if "currentColor" in svg and r.random() < 0.5:
            svg = svg.replace("currentColor", r.choice(("#2563eb", "white", "#dc2626", "rgb(22,163,74)")))
            self.tag("img:colour-replaced")
        x = self.x
        if x.random() < 0.15 and "<svg" in svg:
            at = svg.index("<svg") + 4
            svg = svg[:at] + f' preserveAspectRatio="{x.choice(PAR)}"' + svg[at:]
            self.tag("par")
        uri, encoding = data_uri(svg, r)
        self.tag(encoding)
        if r.random() < 0.35:
            self.tag("mode:bg")
            style: dict[str, Any] = {"width": _num(size), "height": _num(size), "display": "flex",
                                     "backgroundImage": f'url("{uri}")' if r.random() < 0.7 else f"url({uri})"}
            roll = r.random()
            if roll < 0.35:
                style["backgroundSize"] = "contain"
            elif roll < 0.6:
                style["backgroundSize"] = "100% 100%"
            elif roll < 0.85:
                style["backgroundSize"] = f"{_num(size)}px {_num(size)}px"
            else:
                self.tag("bg:natural-size")
            if r.random() < 0.8:
                style["backgroundRepeat"] = "no-repeat"
            if r.random() < 0.5:
                style["backgroundPosition"] = "center"
            if x.random() < 0.2:
                style["height"] = _num(round(float(size) * x.choice((0.5, 0.75, 1.3, 1.6)), 2))
                self.tag("aspect:nonsquare")
            return {"type": "div", "props": {"style": style}}
        self.tag("mode:img")
        props: dict[str, Any] = {"src": uri}
        roll = r.random()
        if roll < 0.75:
            props["width"] = props["height"] = _num(size)
        elif roll < 0.9:
            props["width"] = _num(size)
            self.tag("img:width-only")
        else:
            self.tag("img:natural-size")
        if "height" in props and x.random() < 0.25:
            props["height"] = _num(round(float(size) * x.choice((0.5, 0.75, 1.3, 1.6)), 2))
            self.tag("aspect:nonsquare")
            if x.random() < 0.6:
                props["style"] = {"objectFit": x.choice(("contain", "cover", "fill", "none", "scale-down"))}
                self.tag("img:objectFit")
        return {"type": "img", "props": props}

    def placement(self) -> tuple[dict[str, Any], str, set[str]]:
        """One icon in its chip: (element, icon name, the tags it earned)."""
        outer, self.tags = self.tags, set()
        try:
            element, name = self._placement()
            return element, name, self.tags
        finally:
            self.tags = outer | self.tags

    def _placement(self) -> tuple[dict[str, Any], str]:
        r = self.r
        icon = self.pick()
        size = _size(r)
        if size > 120:
            self.tag("size:big")
        elif size < 20:
            self.tag("size:small")
        if not float(size).is_integer():
            self.tag("size:fractional")
        drawn = self.inline(icon, size) if r.random() < 0.55 else self.image(icon, size)
        chip: dict[str, Any] = {"display": "flex", "alignItems": "center", "gap": r.choice((4, 6, 8))}
        children: list[Any] = [drawn]
        if r.random() < 0.5:
            chip["color"] = r.choice(COLOURS)
            self.tag("parent-color")
        if r.random() < 0.4:
            children.append(icon.name.rsplit("/", 1)[-1].removesuffix(".svg")[:18])
            chip["fontSize"] = r.choice((12, 14, 16, 20))
            self.tag("label")
        roll = r.random()
        if roll < 0.15:
            chip["transform"] = f"rotate({r.choice((15, 45, 90, -30, 180, 7.5))}deg)"
            self.tag("parent-rotate")
        elif roll < 0.25:
            chip["transform"] = f"scale({r.choice((0.5, 1.5, 0.75, 2))})"
            self.tag("parent-scale")
        if r.random() < 0.15:
            chip["opacity"] = r.choice((0.5, 0.8, 0.3))
            self.tag("parent-opacity")
        return {"type": "div", "props": {"style": chip, "children": children}}, f"{icon.set}/{icon.name}"


def _card(icon_set: IconSet, seed: int, only: int | None) -> Generated:
    g = _Card(icon_set, seed)
    background = g.r.choice(BACKGROUNDS)
    placements = [g.placement() for _ in range(ICONS_PER_CARD)]
    tags = g.tags
    if only is not None:
        placements = [placements[only]]
        tags = {f"set:{icon_set.spec.name}"} | placements[0][2]
    root = {"display": "flex", "flexWrap": "wrap", "alignItems": "center", "alignContent": "flex-start",
            "gap": 10, "padding": 12, "width": "100%", "height": "100%",
            ("background" if background.startswith("linear") else "backgroundColor"): background,
            "color": "#e5e7eb" if background == "#0f172a" else "#111827", "fontSize": 14}
    doc = {"width": WIDTH, "height": HEIGHT,
           "element": {"type": "div", "props": {"style": root, "children": [p for p, _, _ in placements]}}}
    return Generated(seed, doc, tuple(sorted(tags)), tuple(n for _, n, _ in placements))


def document(icon_set: IconSet, seed: int) -> Generated:
    return _card(icon_set, seed, None)


def single(icon_set: IconSet, seed: int, k: int) -> Generated:
    return _card(icon_set, seed, k)
