"""The saturnian generator's specimens: inline ``<svg>`` structures as authors paste them.

Role: :class:`SvgSpecimens` holds one document's random choices and draws each structure saturnian
probes (stroke and solid icons, brand marks, gradients, logos, nested groups, clip paths and masks,
patterns, ``symbol``/``use``, markers, filters, images inside the SVG, ``<style>`` elements,
``foreignObject``, styled children, JSX-spelled values, Illustrator exports, nested ``svg``), each as
(children of the ``<svg>``, root props beyond its size); :mod:`conformance.paintgen.saturnian` wraps them
into elements, markup and cards. Imports only the standard library.
"""

from __future__ import annotations

import base64
import random
from typing import Any

from conformance.paintgen.generate import el, rgba_png

INKS = ("#0f172a", "#e11d48", "#2563eb", "#16a34a", "#f59e0b", "#7c3aed", "#0891b2", "#db2777", "#334155",
        "tomato", "seagreen", "royalblue", "goldenrod", "#fff", "#111827", "rgb(234, 88, 12)", "rgba(37,99,235,0.6)")
TINTS = ("#f8fafc", "#fef3c7", "#e0f2fe", "#fce7f3", "#ecfccb", "#ede9fe", "#f1f5f9", "white")
ASPECTS = ("none", "xMinYMin meet", "xMidYMin meet", "xMaxYMin meet", "xMinYMid meet", "xMidYMid meet",
           "xMaxYMid meet", "xMinYMax meet", "xMidYMax meet", "xMaxYMax meet", "xMinYMin slice",
           "xMidYMid slice", "xMaxYMax slice", "xMinYMax slice", "xMaxYMin slice", "xMidYMid")

# Icon bodies written for a 24-unit grid, as icon sets draw them (stroke icons: open paths, circles,
# polylines; solid ones: closed shapes with holes under evenodd).
STROKE_ICONS: tuple[tuple[tuple[str, dict[str, Any]], ...], ...] = (
    (("circle", {"cx": 12, "cy": 12, "r": 10}), ("polyline", {"points": "12 6 12 12 16 14"})),
    (("path", {"d": "M5 12h14"}), ("path", {"d": "m12 5 7 7-7 7"})),
    (("rect", {"x": 3, "y": 3, "width": 18, "height": 18, "rx": 2, "ry": 2}), ("path", {"d": "M9 12l2 2 4-4"})),
    (("polyline", {"points": "22 12 18 12 15 21 9 3 6 12 2 12"}),),
    (("path", {"d": "M21 12a9 9 0 1 1-6.219-8.56"}), ("path", {"d": "M22 4 12 14.01l-3-3"})),
    (("polygon", {"points": "12 2 15.09 8.26 22 9.27 17 14.14 18.18 21.02 12 17.77 5.82 21.02 7 14.14 2 9.27 "
                            "8.91 8.26 12 2"}),),
    (("line", {"x1": 18, "y1": 6, "x2": 6, "y2": 18}), ("line", {"x1": 6, "y1": 6, "x2": 18, "y2": 18})),
    (("path", {"d": "M4 4h16c1.1 0 2 .9 2 2v12c0 1.1-.9 2-2 2H4c-1.1 0-2-.9-2-2V6c0-1.1.9-2 2-2z"}),
     ("polyline", {"points": "22,6 12,13 2,6"})),
    (("path", {"d": "M20.84 4.61a5.5 5.5 0 0 0-7.78 0L12 5.67l-1.06-1.06a5.5 5.5 0 0 0-7.78 7.78l1.06 1.06L12 "
                     "21.23l7.78-7.78 1.06-1.06a5.5 5.5 0 0 0 0-7.78z"}),),
    (("ellipse", {"cx": 12, "cy": 5, "rx": 9, "ry": 3}), ("path", {"d": "M3 5v14c0 1.66 4 3 9 3s9-1.34 9-3V5"}),
     ("path", {"d": "M3 12c0 1.66 4 3 9 3s9-1.34 9-3"})),
    (("path", {"d": "M12 20h9"}), ("path", {"d": "M16.5 3.5a2.121 2.121 0 0 1 3 3L7 19l-4 1 1-4L16.5 3.5z"})),
    (("circle", {"cx": 11, "cy": 11, "r": 8}), ("line", {"x1": 21, "y1": 21, "x2": 16.65, "y2": 16.65})),
)
SOLID_ICONS = (
    "M12 2.25c-5.385 0-9.75 4.365-9.75 9.75s4.365 9.75 9.75 9.75 9.75-4.365 9.75-9.75S17.385 2.25 12 2.25zm4.28 "
    "7.28a.75.75 0 0 0-1.06-1.06l-4.97 4.97-1.97-1.97a.75.75 0 0 0-1.06 1.06l2.5 2.5a.75.75 0 0 0 1.06 0l5.5-5.5z",
    "M12 2 2 7l10 5 10-5-10-5zM2 17l10 5 10-5M2 12l10 5 10-5",
    "M3 4.5A1.5 1.5 0 0 1 4.5 3h15A1.5 1.5 0 0 1 21 4.5v15a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 19.5v-15z"
    "M7 7v10h10V7H7z",
    "M12 1.5a5.25 5.25 0 0 0-5.25 5.25v3a3 3 0 0 0-3 3v6.75a3 3 0 0 0 3 3h10.5a3 3 0 0 0 3-3v-6.75a3 3 0 0 0-3-3v-3"
    "c0-2.9-2.35-5.25-5.25-5.25zm3.75 8.25v-3a3.75 3.75 0 1 0-7.5 0v3h7.5z",
    "M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z",
    "M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm-5 14H7v-2h7v2zm3-4H7v-2h10v2z"
    "m0-4H7V7h10v2z",
)
BRAND = (
    "M12 .297c-6.63 0-12 5.373-12 12 0 5.303 3.438 9.8 8.205 11.385.6.113.82-.258.82-.577 0-.285-.01-1.04-.015-2.04"
    "-3.338.724-4.042-1.61-4.042-1.61-.546-1.385-1.335-1.755-1.335-1.755-1.087-.744.084-.729.084-.729 1.205.084 "
    "1.838 1.236 1.838 1.236 1.07 1.835 2.809 1.305 3.495.998.108-.776.417-1.305.76-1.605-2.665-.3-5.466-1.332-5.466"
    "-5.93 0-1.31.465-2.38 1.235-3.22-.135-.303-.54-1.523.105-3.176 0 0 1.005-.322 3.3 1.23.96-.267 1.98-.399 3-.405"
    " 1.02.006 2.04.138 3 .405 2.28-1.552 3.285-1.23 3.285-1.23.645 1.653.24 2.873.12 3.176.765.84 1.23 1.91 1.23 "
    "3.22 0 4.61-2.805 5.625-5.475 5.92.42.36.81 1.096.81 2.22 0 1.606-.015 2.896-.015 3.286 0 .315.21.69.825.57C20.565"
    " 22.092 24 17.592 24 12.297c0-6.627-5.373-12-12-12",
    "M0 0v24h24V0zm6.168 4.949h11.664v2.108H6.168zm0 4.025h11.664v2.108H6.168zm0 4.026h7.82v2.108h-7.82z",
    "M11.4 24H0V12.6h11.4V24zM24 24H12.6V12.6H24V24zM11.4 11.4H0V0h11.4v11.4zm12.6 0H12.6V0H24v11.4z",
)

# The SVG attributes React writes in camelCase whose SVG names are kebab-case (the ones this generator
# uses); everything else keeps its spelling (``viewBox``, ``gradientUnits``, ``stdDeviation``, ...).

class SvgSpecimens:
    """One document's choices (``r``) and the features drawn (``features``)."""

    def __init__(self, seed: int, small: bool) -> None:
        self.r = random.Random(f"saturnian-{seed}")
        self.small = small
        self.features: set[str] = set()
        self.ids = 0
        self.needs_xlink = False

    def f(self, *names: str) -> None:
        self.features.update(names)

    def uid(self, stem: str) -> str:
        self.ids += 1
        return f"{stem}{self.ids}"

    def ink(self) -> str:
        return self.r.choice(INKS)

    def num(self, value: float) -> Any:
        """A number as JSX authors write it: a number, or the same in a string."""
        value = round(value, 2)
        if self.r.random() < 0.3:
            self.f("attr-string-number")
            return f"{value:g}"
        return int(value) if value == int(value) else value

    # ---- specimens: each returns (children of the svg, root props beyond the size) ----

    def stroke_icon(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("icon-stroke")
        body = r.choice(STROKE_ICONS)
        kids = [el(tag, None, None, **attrs) for tag, attrs in body]
        root: dict[str, Any] = {"fill": "none", "stroke": "currentColor",
                                "strokeWidth": r.choice((2, 1.5, 1, 2.5, "2", "1.75")),
                                "strokeLinecap": r.choice(("round", "round", "square", "butt")),
                                "strokeLinejoin": r.choice(("round", "round", "miter", "bevel"))}
        if r.random() < 0.25:
            self.f("icon-stroke-on-children")  # some exports put the stroke on each child
            width = root.pop("strokeWidth")
            for kid in kids:
                kid["props"]["strokeWidth"] = width
                kid["props"]["stroke"] = r.choice(("currentColor", self.ink()))
        if r.random() < 0.2:
            self.f("icon-tabler-reset")  # tabler's invisible reset path first
            kids.insert(0, el("path", None, None, stroke="none", d="M0 0h24v24H0z", fill="none"))
        if r.random() < 0.2:
            self.f("stroke-dasharray")
            kids[-1]["props"]["strokeDasharray"] = r.choice(("4 2", "2,3", "1 4"))
        return kids, root

    def solid_icon(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("icon-solid")
        attrs: dict[str, Any] = {"d": r.choice(SOLID_ICONS)}
        if r.random() < 0.6:
            self.f("fill-rule-evenodd")
            attrs.update(fillRule="evenodd", clipRule="evenodd")
        root: dict[str, Any] = {"fill": r.choice(("currentColor", "currentColor", self.ink()))}
        if r.random() < 0.3:
            self.f("aria-hidden")
            root.update({"aria-hidden": "true", "data-slot": "icon"})
        return [el("path", None, None, **attrs)], root

    def brand(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("icon-brand")
        kids: list[Any] = []
        if r.random() < 0.7:
            self.f("title")
            kids.append(el("title", None, r.choice(("GitHub", "Brand", "Logo"))))
        if r.random() < 0.3:
            self.f("desc")
            kids.append(el("desc", None, "mark"))
        kids.append(el("path", None, None, d=r.choice(BRAND)))
        root: dict[str, Any] = {"role": "img"}
        if r.random() < 0.5:
            root["fill"] = self.ink()
        return kids, root

    def gradient(self, box: float) -> tuple[Any, str]:
        """A gradient definition and its id (with a chained second gradient sometimes)."""
        r = self.r
        gid = self.uid("g")
        stops = [el("stop", None, None, offset=o, stopColor=self.ink(),
                    **({"stopOpacity": r.choice((0.3, 0.6, "0.8"))} if r.random() < 0.25 else {}))
                 for o in sorted(r.choice(((0, 1), (0, 0.5, 1), ("0%", "100%"), (0.2, 0.8), ("10%", "60%", "90%"))),
                                 key=lambda v: float(str(v).rstrip("%")) / (100 if "%" in str(v) else 1))]
        attrs: dict[str, Any] = {"id": gid}
        kind = r.choice(("linearGradient", "linearGradient", "radialGradient"))
        self.f(f"grad-{kind[:6]}")
        user = r.random() < 0.35
        if user:
            self.f("grad-userspace")
            attrs["gradientUnits"] = "userSpaceOnUse"
        if kind == "linearGradient":
            if user:
                attrs.update(x1=self.num(box * r.uniform(0, 0.4)), y1=0, x2=self.num(box * r.uniform(0.6, 1)),
                             y2=self.num(box * r.choice((0, 1))))
            elif r.random() < 0.7:
                attrs.update(x1=r.choice(("0", "0%", 0.1)), y1=r.choice((0, "0%")), x2=r.choice((1, "100%", 0.7)),
                             y2=r.choice((0, 1, "100%")))
        else:
            if user:
                attrs.update(cx=self.num(box / 2), cy=self.num(box / 2), r=self.num(box * r.uniform(0.2, 0.6)))
            elif r.random() < 0.6:
                attrs.update(cx=r.choice(("50%", 0.3, "70%")), cy=r.choice(("50%", 0.4)),
                             r=r.choice(("50%", 0.3, "75%")))
            if r.random() < 0.3:
                self.f("grad-focal")
                attrs.update(fx=r.choice(("30%", 0.35) if not user else (box * 0.4,)),
                             fy=r.choice(("30%", 0.4) if not user else (box * 0.4,)))
        if r.random() < 0.35:
            self.f("grad-spread")
            attrs["spreadMethod"] = r.choice(("pad", "reflect", "repeat"))
        if r.random() < 0.3:
            self.f("grad-transform")
            attrs["gradientTransform"] = r.choice(("rotate(45)", "rotate(90 .5 .5)", "scale(0.5)",
                                                   "translate(0.2) scale(0.6 1)", "skewX(20)",
                                                   "matrix(1 0 0 1 .1 0)") if not user else
                                                  (f"rotate(30 {box / 2:g} {box / 2:g})", "scale(1.2)",
                                                   f"translate({box / 4:g} 0)"))
        if r.random() < 0.25:
            self.f("grad-href-chain")
            base = self.uid("gb")
            link = "xlinkHref" if r.random() < 0.5 else "href"
            self.f(f"href-{link}")
            if link == "xlinkHref":
                self.needs_xlink = True
            other = "radialGradient" if kind == "linearGradient" else "linearGradient"
            inherit_kind = kind if r.random() < 0.7 else other
            if inherit_kind != kind:
                self.f("grad-href-cross-kind")
            source = el(inherit_kind, None, stops, id=base)
            own = {k: v for k, v in attrs.items() if r.random() < 0.6 or k == "id"}
            own[link] = f"#{base}"
            return [source, el(kind, None, None, **own)], gid
        return [el(kind, None, stops, **attrs)], gid

    def logo(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("logo")
        box = 64
        defs, gid = self.gradient(box)
        shapes: list[Any] = []
        for _ in range(r.randint(1, 3)):
            kind = r.choice(("rect", "circle", "path", "ellipse"))
            x, y = r.uniform(0, 24), r.uniform(0, 24)
            paint = f"url(#{gid})" if r.random() < 0.7 else self.ink()
            if r.random() < 0.15:
                self.f("paint-url-fallback")
                paint = f"url(#{gid}) {self.ink()}"
            if kind == "rect":
                attrs: dict[str, Any] = {"x": self.num(x), "y": self.num(y), "width": self.num(r.uniform(16, 40)),
                                         "height": self.num(r.uniform(16, 40)), "rx": r.choice((0, 4, 8))}
            elif kind == "circle":
                attrs = {"cx": self.num(x + 20), "cy": self.num(y + 20), "r": self.num(r.uniform(8, 20))}
            elif kind == "ellipse":
                attrs = {"cx": self.num(x + 20), "cy": self.num(y + 20), "rx": self.num(r.uniform(8, 24)),
                         "ry": self.num(r.uniform(6, 16))}
            else:
                attrs = {"d": f"M{x:.1f} {y + 30:.1f}Q{x + 20:.1f} {y:.1f} {x + 40:.1f} {y + 30:.1f}"
                              f"T{x + 40:.1f} {y + 38:.1f}Z"}
            if r.random() < 0.5:
                attrs["fill"] = paint
            else:
                self.f("stroke-gradient")
                attrs.update(fill="none", stroke=paint, strokeWidth=r.choice((3, 5, "4")))
            shapes.append(el(kind, None, None, **attrs))
        group = self.wrap_groups(shapes)
        return [el("defs", None, defs), group], {"fill": "none" if r.random() < 0.3 else None}

    def wrap_groups(self, shapes: list[Any]) -> Any:
        r = self.r
        node: Any = shapes
        for _ in range(r.choice((0, 1, 1, 2, 3))):
            self.f("g-nested")
            attrs: dict[str, Any] = {}
            if r.random() < 0.6:
                self.f("g-transform")
                attrs["transform"] = r.choice(("translate(4 4)", "translate(32 32) rotate(30) translate(-32 -32)",
                                               "scale(.8)", "matrix(.9 .2 -.2 .9 8 -4)", "rotate(-15, 32, 32)",
                                               "translate(2,2) scale(0.9,0.9)", "skewY(8)"))
            if r.random() < 0.3:
                self.f("g-opacity")
                attrs["opacity"] = r.choice((0.5, "0.7", 0.85))
            if r.random() < 0.2:
                self.f("g-style-object")
                attrs["style"] = r.choice(({"opacity": 0.6}, {"fill": self.ink()}, {"mixBlendMode": "multiply"},
                                           {"filter": "drop-shadow(0 1px 2px rgba(0,0,0,.4))"},
                                           {"filter": "saturate(0)"}))
            style = attrs.pop("style", None)
            node = el("g", style, node if isinstance(node, list) else [node], **attrs)
        return node

    def clip_mask(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        box = 64
        cid = self.uid("c")
        defs: list[Any] = []
        target_attrs: dict[str, Any] = {}
        if r.random() < 0.55:
            self.f("clippath")
            attrs: dict[str, Any] = {"id": cid}
            if r.random() < 0.4:
                self.f("clippath-objectbbox")
                attrs["clipPathUnits"] = "objectBoundingBox"
                shape = r.choice((el("circle", None, None, cx=0.5, cy=0.5, r=0.45),
                                  el("rect", None, None, x=0.1, y=0.1, width=0.8, height=0.5, rx=0.1),
                                  el("path", None, None, d="M0 0H1L.5 1Z")))
            else:
                shape = r.choice((el("circle", None, None, cx=32, cy=32, r=24),
                                  el("rect", None, None, x=8, y=12, width=48, height=30, rx=10),
                                  el("path", None, None, d="M32 4 60 56H4z", transform="rotate(10 32 32)")))
            if r.random() < 0.25:
                self.f("clippath-on-clippath")
                inner = self.uid("c")
                defs.append(el("clipPath", None, [el("rect", None, None, x=0, y=0, width=40, height=64)], id=inner))
                attrs["clipPath"] = f"url(#{inner})"
            if r.random() < 0.2:
                self.f("clip-rule-evenodd")
                shape = el("path", None, None, d="M4 4h56v56H4zM20 20v24h24V20z", clipRule="evenodd")
            defs.append(el("clipPath", None, [shape], **attrs))
            target_attrs["clipPath"] = f"url(#{cid})"
        else:
            self.f("mask")
            attrs = {"id": cid}
            if r.random() < 0.3:
                self.f("mask-units")
                attrs.update(maskUnits=r.choice(("userSpaceOnUse", "objectBoundingBox")), x=0, y=0,
                             width=r.choice(("100%", 64, 1)), height=r.choice(("100%", 64, 1)))
            if r.random() < 0.2:
                self.f("mask-content-objectbbox")
                attrs["maskContentUnits"] = "objectBoundingBox"
                content = [el("rect", None, None, width=1, height=1, fill="white"),
                           el("circle", None, None, cx=0.5, cy=0.5, r=0.25, fill="black")]
            elif r.random() < 0.5:
                self.f("mask-gradient")
                grad, gid = self.gradient(box)
                defs.extend(grad)
                content = [el("rect", None, None, width=64, height=64, fill=f"url(#{gid})")]
            else:
                content = [el("rect", None, None, width="100%", height="100%", fill="white"),
                           el("circle", None, None, cx=32, cy=32, r=14, fill="black")]
            if r.random() < 0.2:
                self.f("mask-type-alpha")
                attrs["style"] = {"maskType": "alpha"}
            mask_style = attrs.pop("style", None)
            defs.append(el("mask", mask_style, content, **attrs))
            target_attrs["mask"] = f"url(#{cid})"
        body = el("rect", None, None, width=64, height=64, fill=self.ink(), **target_attrs)
        if r.random() < 0.3:
            self.f("clip-on-group")
            body = el("g", None, [el("rect", None, None, width=64, height=64, fill=self.ink()),
                                  el("circle", None, None, cx=44, cy=20, r=16, fill=self.ink())], **target_attrs)
        return [el("defs", None, defs), el("rect", None, None, width=64, height=64, fill=r.choice(TINTS)), body], {}

    def pattern(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("pattern")
        pid = self.uid("p")
        attrs: dict[str, Any] = {"id": pid}
        if r.random() < 0.6:
            attrs.update(patternUnits="userSpaceOnUse", width=r.choice((8, 10, 12.5)), height=r.choice((8, 10, 16)))
            cell = attrs["width"]
        else:
            self.f("pattern-objectbbox")
            attrs.update(width=r.choice((0.25, "20%", 0.5)), height=r.choice((0.25, "25%")))
            cell = 12
        if r.random() < 0.3:
            self.f("pattern-transform")
            attrs["patternTransform"] = r.choice(("rotate(45)", "scale(1.5)", "translate(3 2) rotate(30)"))
        if r.random() < 0.2:
            self.f("pattern-viewbox")
            attrs["viewBox"] = "0 0 4 4"
            content = [el("circle", None, None, cx=2, cy=2, r=1.2, fill=self.ink())]
        elif r.random() < 0.25:
            self.f("pattern-content-objectbbox")
            attrs["patternContentUnits"] = "objectBoundingBox"
            content = [el("rect", None, None, width=0.1, height=0.1, fill=self.ink())]
        else:
            content = [el("rect", None, None, width=cell, height=cell, fill=r.choice(TINTS)),
                       el("path", None, None, d=f"M0 0L{cell} {cell}", stroke=self.ink(), strokeWidth=1.5)]
        target = r.choice((el("rect", None, None, x=4, y=4, width=56, height=56, rx=8, fill=f"url(#{pid})"),
                           el("circle", None, None, cx=32, cy=32, r=28, fill=f"url(#{pid})",
                              stroke=self.ink(), strokeWidth=2)))
        return [el("defs", None, [el("pattern", None, content, **attrs)]), target], {}

    def symbol_use(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("use-symbol")
        sid = self.uid("s")
        sym_attrs: dict[str, Any] = {"id": sid}
        if r.random() < 0.7:
            self.f("symbol-viewbox")
            sym_attrs["viewBox"] = "0 0 24 24"
            if r.random() < 0.3:
                self.f("symbol-aspect")
                sym_attrs["preserveAspectRatio"] = r.choice(ASPECTS)
        icon = r.choice(STROKE_ICONS)
        sym = el("symbol", None, [el(t, None, None, **a) for t, a in icon], **sym_attrs)
        uses = []
        link = "xlinkHref" if r.random() < 0.4 else "href"
        self.f(f"href-{link}")
        if link == "xlinkHref":
            self.needs_xlink = True
        for i in range(r.randint(1, 3)):
            attrs: dict[str, Any] = {link: f"#{sid}", "x": 4 + 20 * i, "y": r.choice((4, 20))}
            if r.random() < 0.7:
                attrs.update(width=r.choice((16, 24, "20")), height=r.choice((16, 24, "20")))
            else:
                self.f("use-no-size")
            if r.random() < 0.4:
                attrs["stroke"] = self.ink()
            if r.random() < 0.2:
                self.f("use-transform")
                attrs["transform"] = "rotate(15 32 32)"
            uses.append(el("use", None, None, **attrs))
        defs = el("defs", None, [sym]) if r.random() < 0.6 else sym
        if not isinstance(defs, dict) or defs["type"] == "symbol":
            self.f("symbol-outside-defs")
        return [defs, *uses], {"fill": "none", "stroke": "currentColor", "strokeWidth": 2}

    def marker(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("marker")
        mid = self.uid("m")
        attrs: dict[str, Any] = {"id": mid, "markerWidth": r.choice((6, 8, 10)), "markerHeight": r.choice((6, 8, 10)),
                                 "refX": r.choice((5, 0, 9)), "refY": 5,
                                 "orient": r.choice(("auto", "auto", "0", 45, "auto-start-reverse"))}
        if r.random() < 0.5:
            attrs["viewBox"] = "0 0 10 10"
        if r.random() < 0.3:
            self.f("marker-userspace")
            attrs["markerUnits"] = "userSpaceOnUse"
        head = el("path", None, None, d="M0 0L10 5L0 10z", fill=r.choice(("context-stroke", self.ink(), self.ink())))
        if head["props"]["fill"] == "context-stroke":
            self.f("marker-context-stroke")
        line_attrs: dict[str, Any] = {"stroke": self.ink(), "strokeWidth": r.choice((1.5, 2, 3)), "fill": "none",
                                      r.choice(("markerEnd", "markerStart", "markerMid")): f"url(#{mid})"}
        shape = r.choice((el("path", None, None, d="M8 56 24 24 40 44 56 8", **line_attrs),
                          el("line", None, None, x1=8, y1=32, x2=54, y2=32, **line_attrs),
                          el("polyline", None, None, points="8,8 32,56 56,8", **line_attrs)))
        return [el("defs", None, [el("marker", None, [head], **attrs)]), shape], {}

    def filter(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        fid = self.uid("f")
        prims: list[Any] = []
        kind = r.choice(("shadow", "glow", "dropshadow", "matrix", "composite", "blur", "blend", "morphology",
                         "transfer", "turbulence"))
        self.f(f"filter-{kind}")
        if kind == "shadow":
            prims = [el("feGaussianBlur", None, None, **{"in": "SourceAlpha", "stdDeviation": r.choice((2, 3, "1.5"))}),
                     el("feOffset", None, None, dx=r.choice((2, 3, -2)), dy=r.choice((2, 4)), result="o"),
                     el("feFlood", None, None, floodColor=self.ink(), floodOpacity=r.choice((0.5, "0.35"))),
                     el("feComposite", None, None, in2="o", operator="in"),
                     el("feMerge", None, [el("feMergeNode", None, None),
                                          el("feMergeNode", None, None, **{"in": "SourceGraphic"})])]
        elif kind == "glow":
            prims = [el("feGaussianBlur", None, None, stdDeviation=r.choice((2, 4)), result="b"),
                     el("feMerge", None, [el("feMergeNode", None, None, **{"in": "b"}),
                                          el("feMergeNode", None, None, **{"in": "SourceGraphic"})])]
        elif kind == "dropshadow":
            prims = [el("feDropShadow", None, None, dx=r.choice((1, 2, 3)), dy=r.choice((2, 3)),
                        stdDeviation=r.choice((1, 2, "2 1")), floodColor=self.ink(), floodOpacity=r.choice((0.6, 1)))]
        elif kind == "matrix":
            prims = [r.choice((el("feColorMatrix", None, None, type="saturate", values=r.choice((0, 0.3, "2"))),
                               el("feColorMatrix", None, None, type="hueRotate", values=r.choice((90, 180))),
                               el("feColorMatrix", None, None, type="luminanceToAlpha"),
                               el("feColorMatrix", None, None, type="matrix",
                                  values="0.33 0.33 0.33 0 0 0.33 0.33 0.33 0 0 0.33 0.33 0.33 0 0 0 0 0 1 0")))]
        elif kind == "composite":
            op = r.choice(("over", "in", "out", "atop", "xor", "arithmetic"))
            self.f(f"fe-composite-{op}")
            extra = {"k1": 0, "k2": 0.6, "k3": 0.6, "k4": 0} if op == "arithmetic" else {}
            prims = [el("feFlood", None, None, floodColor=self.ink(), result="fl"),
                     el("feComposite", None, None, **{"in": "fl", "in2": "SourceGraphic", "operator": op}, **extra)]
        elif kind == "blend":
            prims = [el("feOffset", None, None, dx=4, dy=4, result="o"),
                     el("feBlend", None, None, **{"in": "SourceGraphic", "in2": "o",
                                                  "mode": r.choice(("multiply", "screen", "darken", "normal"))})]
        elif kind == "morphology":
            prims = [el("feMorphology", None, None, operator=r.choice(("dilate", "erode")),
                        radius=r.choice((1, 2, "2 1")))]
        elif kind == "transfer":
            fn = r.choice(({"type": "discrete", "tableValues": "0 0.5 1"}, {"type": "linear", "slope": 0.5,
                                                                              "intercept": 0.25},
                           {"type": "gamma", "amplitude": 1, "exponent": 2, "offset": 0},
                           {"type": "table", "tableValues": "1 0"}))
            prims = [el("feComponentTransfer", None, [el(r.choice(("feFuncR", "feFuncG", "feFuncB", "feFuncA")),
                                                         None, None, **fn)])]
        elif kind == "turbulence":
            prims = [el("feTurbulence", None, None, type=r.choice(("turbulence", "fractalNoise")),
                        baseFrequency=r.choice((0.05, "0.1 0.02", 0.2)), numOctaves=r.choice((1, 2)),
                        seed=r.randint(0, 5), result="t"),
                     el("feComposite", None, None, **{"in": "t", "in2": "SourceGraphic", "operator": "in"})]
        else:
            prims = [el("feGaussianBlur", None, None, stdDeviation=r.choice((1, 3, 5, "3,1")))]
        attrs: dict[str, Any] = {"id": fid}
        if r.random() < 0.35:
            self.f("filter-region")
            attrs.update(x=r.choice(("-20%", "-50%", -0.1)), y=r.choice(("-20%", "-50%")),
                         width=r.choice(("140%", "200%", 1.4)), height=r.choice(("140%", "200%")))
        if r.random() < 0.2:
            self.f("filter-userspace")
            attrs.update(filterUnits="userSpaceOnUse", x=0, y=0, width=64, height=64)
        if r.random() < 0.2:
            self.f("filter-srgb")
            attrs["colorInterpolationFilters"] = "sRGB"
        shape = r.choice((el("circle", None, None, cx=30, cy=30, r=18, fill=self.ink()),
                          el("rect", None, None, x=14, y=14, width=34, height=30, rx=6, fill=self.ink()),
                          el("path", None, None, d="M10 50 32 10 54 50z", fill=self.ink(), stroke=self.ink(),
                             strokeWidth=2)))
        shape["props"]["filter"] = f"url(#{fid})"
        return [el("defs", None, [el("filter", None, prims, **attrs)]), shape], {}

    def image_in_svg(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("svg-image")
        w, h = r.choice(((4, 4), (8, 4), (3, 5)))
        a = (r.randrange(256), r.randrange(256), r.randrange(256), 255)
        b = (r.randrange(256), 40, 200, r.choice((255, 128)))
        png = rgba_png(w, h, lambda x, y: a if (x + y) % 2 else b)
        uri = "data:image/png;base64," + base64.b64encode(png).decode()
        link = r.choice(("href", "href", "xlinkHref"))
        self.f(f"href-{link}")
        if link == "xlinkHref":
            self.needs_xlink = True
        attrs: dict[str, Any] = {link: uri, "x": r.choice((0, 8)), "y": r.choice((0, 8)),
                                 "width": r.choice((48, 64, "40")), "height": r.choice((48, 32, "64"))}
        if r.random() < 0.5:
            self.f("svg-image-aspect")
            attrs["preserveAspectRatio"] = r.choice(ASPECTS)
        if r.random() < 0.4:
            self.f("svg-image-pixelated")
            attrs["imageRendering"] = r.choice(("pixelated", "optimizeSpeed", "optimizeQuality"))
        return [el("image", None, None, **attrs)], {}

    def style_element(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("style-element")
        sheet = r.choice((".a{fill:%s}.b{fill:none;stroke:%s;stroke-width:3}",
                          "circle{fill:%s} .b{stroke:%s;stroke-width:2;fill:none}",
                          ".a, .c {fill:%s;opacity:.7} rect.b{stroke:%s;stroke-width:4;fill:none}",
                          "#x{fill:%s}.b{stroke:%s;stroke-width:2}")) % (self.ink(), self.ink())
        prop = r.choice(("className", "className", "class"))
        self.f(f"style-{prop}")
        kids = [el("style", None, sheet),
                el("circle", None, None, cx=20, cy=20, r=14, id="x", **{prop: "a"}),
                el("rect", None, None, x=30, y=30, width=28, height=26, **{prop: "b"}),
                el("path", None, None, d="M6 58 20 40 34 58z", **{prop: r.choice(("a", "c", "a b"))})]
        if r.random() < 0.3:
            self.f("style-cdata-like-type")
            kids[0]["props"]["type"] = "text/css"
        return kids, {}

    def foreign(self) -> tuple[list[Any], dict[str, Any]]:
        self.f("foreign-object")
        return [el("rect", None, None, width=64, height=64, fill=self.r.choice(TINTS)),
                el("foreignObject", None, [el("div", None, None, xmlns="http://www.w3.org/1999/xhtml")],
                   x=8, y=8, width=48, height=48),
                el("circle", None, None, cx=32, cy=32, r=10, fill=self.ink())], {}

    def styled_children(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("child-style-object")
        kids = []
        for i in range(r.randint(2, 3)):
            style: dict[str, Any] = {}
            for key, vals in (("fill", (self.ink(), "currentColor", "none")), ("stroke", (self.ink(), "currentColor")),
                              ("strokeWidth", (2, "3px", 4)), ("opacity", (0.5, "0.8")),
                              ("fillOpacity", (0.4, "0.6")), ("strokeLinecap", ("round", "square")),
                              ("strokeDasharray", ("6 3", "2,2")),
                              ("transform", ("rotate(10deg)", "translate(2px,2px)")),
                              ("filter", ("blur(1px)", "drop-shadow(2px 2px 1px rgba(0,0,0,.5))", "grayscale(1)",
                                          "brightness(1.4) contrast(.8)", "hue-rotate(90deg)", "opacity(.5)",
                                          "sepia(1) saturate(2)", "invert(1)", "blur(-1px)")),
                              ("rx", (4, "50%")), ("r", (6, "8px")), ("width", ("6px", 20)),
                              ("mixBlendMode", ("multiply", "screen")), ("visibility", ("hidden",))):
                if r.random() < (0.35 if key in ("fill", "stroke", "strokeWidth", "opacity") else 0.15):
                    style[key] = r.choice(vals)
                    self.f(f"child-style-{key}")
            kids.append(el(r.choice(("rect", "circle")), style, None,
                           **({"x": 6 + 18 * i, "y": 10, "width": 16, "height": 40} if i % 2 == 0 else
                              {"cx": 14 + 18 * i, "cy": 30, "r": 10})))
            if kids[-1]["type"] == "circle":
                kids[-1]["props"].pop("x", None)
        return kids, {}

    def jsx_values(self) -> tuple[list[Any], dict[str, Any]]:
        """Props as JSX hands them over: lists (``strokeDasharray={[4, 2]}``, ``points={[...]}``), numbers
        JavaScript prints its own way, ``null``, booleans, and (rarely) a CSS string as ``style``."""
        r = self.r
        self.f("jsx-values")
        dash: Any = r.choice(([4, 2], [[3, 1], [1, 1]], [2.5], "4 2", [6, None, 2]))
        if isinstance(dash, list):
            self.f("prop-list")
        kids: list[Any] = [el("path", None, None, d="M6 12H58", stroke=self.ink(), strokeWidth=r.choice((3, 4.5)),
                              strokeDasharray=dash)]
        pts: Any = r.choice(([8, 56, 32, 20, 56, 56], [[8, 56], [32, 20], [56, 56]], "8,56 32,20 56,56"))
        if not isinstance(pts, str):
            self.f("prop-list-points")
        kids.append(el(r.choice(("polyline", "polygon")), None, None, points=pts, fill=r.choice(("none", self.ink())),
                       stroke=self.ink(), strokeWidth=2))
        small = r.choice((1e-7, 0.1 + 0.2, 2 / 3, 12.000000000000002))
        self.f("prop-js-number")
        kids.append(el("circle", None, None, cx=52, cy=12, r=small * 6, fill=self.ink(),
                       fillOpacity=r.choice((True, 1))))
        if r.random() < 0.1:
            self.f("L:style-string")  # spec/differences.md: a CSS string as style is ignored by Satori
            kids.append({"type": "rect", "props": {"x": 4, "y": 40, "width": 20, "height": 20,
                                                   "style": f"fill: {self.ink()}"}})
        return kids, {}

    def illustrator(self) -> tuple[list[Any], dict[str, Any]]:
        """An Illustrator/Figma export: a style sheet of ``cls-N`` rules (gradients by id, strokes),
        ``data-name`` and ``id`` noise, ``xmlSpace``, ``version``, ``enableBackground``, layers as ``g``."""
        r = self.r
        self.f("export-illustrator")
        grad, gid = self.gradient(64)
        rules = [f".cls-1{{fill:url(#{gid});}}", f".cls-2{{fill:{self.ink()};opacity:0.{r.randint(3, 9)};}}",
                 f".cls-3{{fill:none;stroke:{self.ink()};stroke-miterlimit:10;"
                 f"stroke-width:{r.choice((2, 3, 1.5))}px;}}"]
        dot, important = self.ink(), self.ink()
        extras = {"": "", "descendant": "g path{stroke-linecap:round}", "attribute": f"[data-name=dot]{{fill:{dot}}}",
                  "universal": "*{shape-rendering:geometricPrecision}",
                  "important": f".cls-2{{fill:{important} !important}}",
                  "media": "@media (min-width: 1px){.cls-3{stroke-width:4px}}", "hover": ".cls-1:hover{fill:red}",
                  "selector-list": "svg .cls-3, rect.cls-2{stroke-dasharray:4 2}"}
        kind = r.choice(tuple(extras))
        extra = extras[kind]
        if kind:
            self.f(f"sheet-{kind}")
        sheet = "".join(r.sample(rules, 3)) + extra
        prop = r.choice(("className", "class", "class"))
        self.f(f"style-{prop}")
        layer = [el("rect", None, None, **{prop: "cls-1", "x": 4, "y": 4, "width": 56, "height": 40, "rx": 6}),
                 el("circle", None, None, **{prop: "cls-2", "cx": 44, "cy": 42, "r": 14, "data-name": "dot"}),
                 el("path", None, None, **{prop: "cls-3", "d": "M8 56C20 40 40 64 56 48"})]
        group = el("g", None, layer, id="Layer_1-2", **{"data-name": "Layer 1"})
        kids: list[Any] = [el("defs", None, [el("style", None, sheet), *grad]), el("title", None, "Asset 1"), group]
        if r.random() < 0.3:
            self.f("defs-after-use")
            kids = [kids[1], kids[2], kids[0]]
        root: dict[str, Any] = {"id": "Layer_1", "data-name": "Layer 1"}
        if r.random() < 0.4:
            self.f("export-noise-attrs")
            root.update(version="1.1", xmlSpace="preserve", enableBackground="new 0 0 64 64", x="0px", y="0px")
        return kids, root

    def nested_svg(self) -> tuple[list[Any], dict[str, Any]]:
        r = self.r
        self.f("nested-svg")
        attrs: dict[str, Any] = {"x": r.choice((0, 8, 16)), "y": r.choice((0, 8)), "width": r.choice((32, 48, "50%")),
                                 "height": r.choice((32, 48, "75%"))}
        if r.random() < 0.7:
            attrs["viewBox"] = r.choice(("0 0 24 24", "0 0 12 24", "-12 -12 24 24"))
            if r.random() < 0.5:
                self.f("nested-svg-aspect")
                attrs["preserveAspectRatio"] = r.choice(ASPECTS)
        if r.random() < 0.3:
            self.f("nested-svg-overflow-visible")
            attrs["overflow"] = "visible"
        body = [el("rect", None, None, x=-4, y=-4, width=40, height=40, fill=self.ink(), opacity=0.4),
                el("circle", None, None, cx=12, cy=12, r=10, fill=self.ink())]
        return [el("rect", None, None, width=64, height=64, fill=r.choice(TINTS)), el("svg", None, body, **attrs)], {}

    def use_shapes(self) -> tuple[list[Any], dict[str, Any]]:
        """``use`` of a ``g`` or a shape (not a symbol), with ``x``/``y``, overriding an unset paint, chained."""
        r = self.r
        self.f("use-shape")
        gid = self.uid("u")
        shape = r.choice((el("path", None, None, d="M0 0h12v12H0z"), el("circle", None, None, cx=6, cy=6, r=6),
                          el("g", None, [el("rect", None, None, width=10, height=4),
                                         el("rect", None, None, y=6, width=6, height=4, fill=self.ink())])))
        shape["props"]["id"] = gid
        kids: list[Any] = [el("defs", None, [shape])]
        for i in range(r.randint(2, 4)):
            attrs: dict[str, Any] = {"href": f"#{gid}", "x": 4 + 14 * i, "y": r.choice((4, 24, 40)),
                                     "fill": r.choice((self.ink(), "currentColor"))}
            if r.random() < 0.3:
                self.f("use-transform")
                attrs["transform"] = f"scale({r.choice((1.5, 0.75))})"
            if r.random() < 0.2:
                self.f("use-opacity")
                attrs["opacity"] = 0.5
            kids.append(el("use", None, None, **attrs))
        if r.random() < 0.3:
            self.f("use-of-use")
            first = kids[1]["props"]
            first["id"] = self.uid("uu")
            kids.append(el("use", None, None, href=f"#{first['id']}", x=0, y=14))
        return kids, {}

    def anchor(self) -> tuple[list[Any], dict[str, Any]]:
        self.f("anchor-group")
        return [el("a", None, [el("rect", None, None, x=8, y=8, width=48, height=48, rx=12, fill=self.ink()),
                               el("path", None, None, d="M20 32h24M32 20v24", stroke="white", strokeWidth=4)],
                   href="https://example.com")], {}

    def stroke_extras(self) -> tuple[list[Any], dict[str, Any]]:
        """Strokes as exports carry them: ``vectorEffect``, ``paintOrder``, miter limits, odd dashes."""
        r = self.r
        self.f("stroke-extras")
        kids = []
        for i in range(r.randint(1, 3)):
            attrs: dict[str, Any] = {"d": r.choice(("M6 40 L20 10 L34 40", "M8 12h48", "M40 8 58 30 40 52")),
                                     "stroke": self.ink(), "strokeWidth": r.choice((1, 2, 4, 6)), "fill": "none"}
            for key, vals in (("vectorEffect", ("non-scaling-stroke",)), ("paintOrder", ("stroke", "stroke fill")),
                              ("strokeMiterlimit", (1, 2, 10)), ("strokeDashoffset", (2, -3, "1.5")),
                              ("strokeDasharray", ("0 4", "5%", "3 1 1 1", "none")),
                              ("strokeLinejoin", ("miter-clip", "arcs", "round"))):
                if r.random() < 0.3:
                    attrs[key] = r.choice(vals)
                    self.f(f"stroke-{key}")
            kids.append(el("path", None, None, transform=f"translate(0 {8 * i}) scale(1 {r.choice((1, 0.8))})",
                           **attrs))
        return kids, {}

    # ---- the svg element and the three paths ----
