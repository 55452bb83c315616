"""svggen's later features (issue 9's leftovers), drawn from seed ``MORE_FROM`` on.

Role: :class:`LaterFeatures` adds to :class:`~conformance.svggen.features.SvgFeatures` what a plain-shapes
renderer does not draw: ``<switch>`` with systemLanguage/requiredFeatures/requiredExtensions,
paint-order, vector-effect, context-fill/stroke, nested ``<svg>``, ``<symbol>`` viewBoxes, ``<feImage>``
(of groups, uses and filtered elements too), selectors beyond the simple ones, feTurbulence, switch
inside clip paths, masks and symbols, svgs reached through ``use``. Standard library only.
"""

from __future__ import annotations

from conformance.svggen.features import SvgFeatures

ASPECTS = ("none", "xMinYMin meet", "xMidYMid meet", "xMaxYMax meet", "xMidYMid slice", "xMinYMax slice",
           "xMaxYMin slice")
LANGS = ("en", "en-US", "en-GB", "fr", "de", "ru, en", "fr,de", "EN", "", "en_US", "zh-Hans")
REQUIRED_FEATURES = ("http://www.w3.org/TR/SVG11/feature#Shape", "http://www.w3.org/TR/SVG11/feature#Font",
                     "http://www.w3.org/TR/SVG11/feature#Gradient http://www.w3.org/TR/SVG11/feature#Shape",
                     "http://www.w3.org/TR/SVG11/feature#ViewportAttribute", "", "foo")



class LaterFeatures(SvgFeatures):
    """The later seeds' features over the main ones' values."""

    def condition(self) -> str:
        """A conditional-processing attribute (systemLanguage, requiredFeatures, requiredExtensions)."""
        r = self.r
        kind = r.random()
        if kind < 0.6:
            self.features.add("cond-lang")
            return f' systemLanguage="{r.choice(LANGS)}"'
        if kind < 0.85:
            self.features.add("cond-features")
            return f' requiredFeatures="{r.choice(REQUIRED_FEATURES)}"'
        self.features.add("cond-extensions")
        return f' requiredExtensions="{r.choice(("", "http://example.org/ext"))}"'

    def switch(self) -> list[str]:
        r = self.r
        self.features.add("switch")
        kids = []
        for _ in range(r.randint(2, 4)):
            extra = self.condition() if r.random() < 0.75 else ""
            if r.random() < 0.25:
                self.features.add("switch-group")
                kids.append(f"<g{extra}>{self.shape()}{self.shape()}</g>")
            else:
                kids.append(self.shape(extra=extra))
        if r.random() < 0.2:
            kids.insert(0, "<desc>d</desc>" if r.random() < 0.5 else "text ")
        attrs = f' opacity="{self.num(0.5, 1)}"' if r.random() < 0.3 else ""
        out = [f"<switch{attrs}>{''.join(kids)}</switch>"]
        if r.random() < 0.4:  # conditions outside a switch
            self.features.add("cond-outside")
            out.append(self.shape(extra=self.condition()))
        return out

    def paint_order(self) -> list[str]:
        r = self.r
        self.features.add("paint-order")
        out = []
        for _ in range(r.randint(1, 3)):
            order = r.choice(("stroke", "fill", "markers", "normal", "stroke fill", "fill markers", "markers stroke",
                              "stroke markers", "markers fill stroke", "stroke stroke", "bogus", " stroke  markers "))
            attr = r.choice(("attr", "attr", "style", "group"))
            sw = self.num(4, 12)
            extra = f' stroke="{self.color()}" stroke-width="{sw}" stroke-opacity="{self.num(0.5, 1)}"'
            if r.random() < 0.4:
                self.features.add("paint-order-markers")
                mid = self.uid("k")
                self.defs.append(f'<marker id="{mid}" markerWidth="6" markerHeight="6" refX="3" refY="3" '
                                 f'orient="auto"><rect width="6" height="6" fill="{self.color()}"/></marker>')
                extra += f' marker-start="url(#{mid})" marker-mid="url(#{mid})" marker-end="url(#{mid})"'
                pts = " ".join(f"{self.num(10, 90)},{self.num(10, 90)}" for _ in range(r.randint(3, 5)))
                fill = self.color()
                if attr == "style":
                    shape = f'<polygon points="{pts}" fill="{fill}"{extra} style="paint-order: {order}"/>'
                else:
                    po = f' paint-order="{order}"' if attr == "attr" else ""
                    shape = f'<polygon points="{pts}" fill="{fill}"{extra}{po}/>'
            elif attr == "style":
                shape = self.shape(extra=f'{extra} style="paint-order: {order}"')
            else:
                shape = self.shape(extra=extra + (f' paint-order="{order}"' if attr == "attr" else ""))
            out.append(f'<g paint-order="{order}">{shape}</g>' if attr == "group" else shape)
        return out

    def vector_effect(self) -> list[str]:
        r = self.r
        self.features.add("vector-effect")
        out = []
        for _ in range(r.randint(1, 3)):
            transform = r.choice((f"scale({self.num(0.3, 3)} {self.num(0.3, 3)})",
                                  f"rotate({r.randrange(0, 90)} 50 50)",
                                  f"matrix({self.num(0.5, 2)} {self.num(-0.5, 0.5)} {self.num(-0.5, 0.5)} "
                                  f"{self.num(0.5, 2)} {self.num(-10, 10)} {self.num(-10, 10)})", ""))
            effect = r.choice(("non-scaling-stroke", "non-scaling-stroke", "none", "bogus"))
            dash = f' stroke-dasharray="{self.num(2, 8)} {self.num(1, 5)}"' if r.random() < 0.3 else ""
            extra = (f' stroke="{self.color()}" stroke-width="{self.num(1, 6)}" vector-effect="{effect}"{dash}')
            shape = self.shape(lo=10, hi=60, extra=extra)
            if r.random() < 0.5:
                out.append(f'<g transform="{transform}">{shape}</g>')
            else:
                out.append(shape.replace("/>", f' transform="{transform}"/>', 1) if transform else shape)
        return out

    def context_paint(self) -> list[str]:
        r = self.r
        self.features.add("context-paint")
        mid = self.uid("k")
        fill = r.choice(("context-fill", "context-stroke", "context-fill", "context-stroke"))
        stroke = r.choice(("context-stroke", "context-fill", "none", self.color()))
        self.defs.append(f'<marker id="{mid}" markerWidth="8" markerHeight="8" refX="4" refY="4" orient="auto">'
                         f'<path d="M0 0 L8 4 L0 8 z" fill="{fill}" stroke="{stroke}"/></marker>')
        pts = " ".join(f"{self.num(10, 90)},{self.num(10, 90)}" for _ in range(r.randint(3, 5)))
        shape_fill = r.choice((self.color(), "none", self.gradient()))
        out = [f'<polyline points="{pts}" fill="{shape_fill}" stroke="{self.color()}" stroke-width="{self.num(1, 3)}" '
               f'marker-start="url(#{mid})" marker-mid="url(#{mid})" marker-end="url(#{mid})"/>']
        if r.random() < 0.4:  # context paint through a use
            self.features.add("context-use")
            sid = self.uid("s")
            self.defs.append(f'<circle id="{sid}" cx="20" cy="20" r="10" fill="context-fill" stroke="context-stroke" '
                             'stroke-width="3"/>')
            out.append(f'<use href="#{sid}" x="{self.num(0, 50)}" y="{self.num(0, 50)}" fill="{self.color()}" '
                       f'stroke="{self.color()}"/>')
        return out

    def nested_svg(self) -> list[str]:
        r = self.r
        self.features.add("nested-svg")
        out = []
        for _ in range(r.randint(1, 2)):
            attrs = f' x="{self.num(-10, 40)}" y="{self.num(-10, 40)}"'
            if r.random() < 0.85:
                attrs += f' width="{r.choice((self.num(20, 70), str(r.randrange(30, 90)) + "%"))}"'
            if r.random() < 0.85:
                attrs += f' height="{r.choice((self.num(20, 70), str(r.randrange(30, 90)) + "%"))}"'
            if r.random() < 0.7:
                self.features.add("nested-svg-viewbox")
                attrs += f' viewBox="{self.num(-10, 10)} {self.num(-10, 10)} {self.num(20, 120)} {self.num(20, 120)}"'
                if r.random() < 0.6:
                    attrs += f' preserveAspectRatio="{r.choice(ASPECTS)}"'
            if r.random() < 0.4:
                self.features.add("nested-svg-overflow")
                attrs += f' overflow="{r.choice(("visible", "hidden", "auto", "scroll"))}"'
            if r.random() < 0.2:
                attrs += f' opacity="{self.num(0.4, 0.9)}"'
            if r.random() < 0.15:
                attrs += f' transform="rotate({r.randrange(-30, 30)})"'
            inner = "".join(self.shape(lo=-20, hi=120) for _ in range(r.randint(2, 3)))
            out.append(f"<svg{attrs}>{inner}</svg>")
        return out

    def symbol_viewbox(self) -> list[str]:
        r = self.r
        self.features.add("symbol-viewbox")
        sid = self.uid("s")
        attrs = f' viewBox="{self.num(-5, 5)} {self.num(-5, 5)} {self.num(10, 40)} {self.num(10, 40)}"'
        if r.random() < 0.6:
            attrs += f' preserveAspectRatio="{r.choice(ASPECTS)}"'
        if r.random() < 0.4:
            self.features.add("symbol-overflow")
            attrs += f' overflow="{r.choice(("visible", "hidden", "auto"))}"'
        if r.random() < 0.3:
            self.features.add("symbol-xywh")  # SVG 2 geometry on the symbol itself
            attrs += f' x="{self.num(0, 10)}" y="{self.num(0, 10)}"'
            attrs += f' width="{self.num(10, 40)}" height="{self.num(10, 40)}"'
        if r.random() < 0.2:
            attrs += f' refX="{self.num(0, 10)}" refY="{self.num(0, 10)}"'
        inner = "".join(self.shape(lo=-5, hi=40) for _ in range(r.randint(2, 3)))
        self.defs.append(f"<symbol id=\"{sid}\"{attrs}>{inner}</symbol>")
        out = []
        for _ in range(r.randint(1, 3)):
            use = f'<use href="#{sid}" x="{self.num(0, 50)}" y="{self.num(0, 50)}"'
            if r.random() < 0.8:
                use += f' width="{r.choice((self.num(15, 60), str(r.randrange(20, 60)) + "%"))}"'
            if r.random() < 0.8:
                use += f' height="{self.num(15, 60)}"'
            if r.random() < 0.2:
                use += f' transform="rotate({r.randrange(-30, 30)} 50 50)"'
            out.append(use + "/>")
        return out

    def fe_image(self) -> list[str]:
        r = self.r
        self.features.add("fe-image")
        fid = self.uid("f")
        attrs = ""
        if r.random() < 0.4:
            self.features.add("filter-userspace")
            attrs += (f' filterUnits="userSpaceOnUse" x="{self.num(-10, 20)}" y="{self.num(-10, 20)}" '
                      f'width="{self.num(60, 120)}" height="{self.num(60, 120)}"')
        if r.random() < 0.2:
            self.features.add("filter-primitive-obb")
            attrs += ' primitiveUnits="objectBoundingBox"'
            sub = self.box(-0.1, 0.3, 0.3, 1.0, 2) if r.random() < 0.5 else ""
        else:
            sub = self.box(-5, 40, 20, 70) if r.random() < 0.5 else ""
        if sub:
            self.features.add("fe-image-subregion")
        if r.random() < 0.5:
            self.features.add("fe-image-element")
            eid = self.uid("e")
            target = self.shape(extra=f' id="{eid}"')
            if r.random() < 0.4:
                self.features.add("fe-image-element-transform")
                target = target.replace("/>", f' transform="translate({self.num(-10, 10)} {self.num(-10, 10)}) '
                                        f'rotate({r.randrange(-30, 30)})"/>', 1)
            if r.random() < 0.5:
                self.defs.append(target)
                body = []
            else:
                body = [target]
            href = f"#{eid}"
        else:
            self.features.add("fe-image-data")
            href = self.png_uri()
            body = []
        aspect = ""
        if r.random() < 0.5:
            aspect = f' preserveAspectRatio="{r.choice(ASPECTS)}"'
            self.features.add("fe-image-aspect")
        link = r.choice(("href", "xlink:href"))
        prim = f'<feImage {link}="{href}"{sub}{aspect}'
        prims = [prim + (' result="img"/>' if r.random() < 0.5 else "/>")]
        if r.random() < 0.5:
            self.features.add("fe-image-composite")
            op = r.choice(("over", "in", "atop", "xor"))
            named = "img" in prims[0]
            first = r.choice(("SourceGraphic", "img" if named else "SourceAlpha"))
            second = r.choice(("img", "SourceGraphic")) if named else "SourceGraphic"
            prims.append(f'<feComposite in="{first}" in2="{second}" operator="{op}"/>')
        if r.random() < 0.3:
            prims.append(f'<feGaussianBlur stdDeviation="{r.choice((0.5, 1, 2))}"/>')
        self.defs.append(f'<filter id="{fid}"{attrs}>{"".join(prims)}</filter>')
        if r.random() < 0.4:
            inner = "".join(self.shape() for _ in range(r.randint(1, 2)))
            return [*body, f'<g filter="url(#{fid})">{inner}</g>']
        return [*body, self.shape(extra=f' filter="url(#{fid})"')]

    def style_selectors(self) -> list[str]:
        r = self.r
        self.features.add("style-selectors")
        cls, cls2 = self.uid("c"), self.uid("c")
        sels = [
            ("attr-exists", "[data-k]"), ("attr-eq", '[data-k="a"]'), ("attr-word", "[data-w~=b]"),
            ("attr-dash", "[lang|=en]"), ("attr-prefix", '[data-k^="a"]'), ("attr-suffix", '[data-k$="z"]'),
            ("attr-substr", '[data-k*="m"]'), ("child", f"g > .{cls}"), ("adjacent", f".{cls} + rect"),
            ("sibling", f".{cls} ~ circle"), ("first-child", "rect:first-child"), ("last-child", "circle:last-child"),
            ("nth-child", "rect:nth-child(2)"), ("not", f"rect:not(.{cls})"), ("compound", f"rect.{cls}.{cls2}"),
            ("group", f".{cls2}, circle"), ("important", f".{cls} {{ fill: {self.color()} !important }} .{cls}"),
            ("descendant-deep", f"svg g .{cls2}"), ("universal-child", "g > *"), ("id-type", "rect#zz"),
            ("hover", "rect:hover"), ("attr-fill", '[stroke-linecap="round"]'), ("case", "RECT"),
        ]
        rules = []
        for _ in range(r.randint(2, 4)):
            name, sel = r.choice(sels)
            self.features.add(f"style-{name}")
            prop = r.choice((f"fill: {self.color()}", f"stroke: {self.color()}; stroke-width: {self.num(2, 6)}",
                             f"opacity: {self.num(0.3, 0.8)}", f"fill-opacity: {self.num(0.2, 0.8)}"))
            rules.append(f"{sel} {{ {prop}; }}")
        out = [f"<style>{' '.join(rules)}</style>"]
        kid_attrs = (f' class="{cls}"', f' class="{cls} {cls2}"', ' data-k="amz"', ' data-k="a"', ' data-w="a b c"',
                     ' lang="en-US"', ' id="zz"', f' class="{cls2}"', ' stroke-linecap="round"', "")
        kids = [self.shape(extra=r.choice(kid_attrs)) for _ in range(r.randint(2, 4))]
        out.append(f"<g>{''.join(kids)}</g>")
        out.append(f'<rect x="{self.num(5, 50)}" y="{self.num(5, 50)}" width="30" height="20"{r.choice(kid_attrs)}/>')
        cx, cy, radius = self.num(20, 80), self.num(20, 80), self.num(5, 20)
        out.append(f'<circle cx="{cx}" cy="{cy}" r="{radius}"{r.choice(kid_attrs)}/>')
        return out

    def turbulence(self) -> list[str]:
        r = self.r
        self.features.add("fe-turbulence")
        fid = self.uid("f")
        kind = r.choice(("turbulence", "fractalNoise"))
        self.features.add(f"fe-turbulence-{kind}")
        freq = r.choice((f"{self.num(0.01, 0.2, 3)}", f"{self.num(0.01, 0.2, 3)} {self.num(0.01, 0.2, 3)}", "0", "-1"))
        attrs = f' type="{kind}" baseFrequency="{freq}" numOctaves="{r.randint(0, 4)}" seed="{self.num(-5, 20)}"'
        if r.random() < 0.3:
            self.features.add("fe-turbulence-stitch")
            attrs += ' stitchTiles="stitch"'
        sub = self.box(0, 30, 30, 80) if r.random() < 0.3 else ""
        cs = ' color-interpolation-filters="sRGB"' if r.random() < 0.5 else ""
        after = ""
        if r.random() < 0.4:
            after = '<feComposite in2="SourceGraphic" operator="in"/>'
        self.defs.append(f'<filter id="{fid}"{cs}><feTurbulence{attrs}{sub}/>{after}</filter>')
        return [self.shape(extra=f' filter="url(#{fid})"')]

    def fe_image_deep(self) -> list[str]:
        """feImage of a group, a use, a filtered or clipped element, in a transformed group."""
        r = self.r
        self.features.add("fe-image")
        self.features.add("fe-image-deep")
        eid = self.uid("e")
        kind = r.choice(("g", "use", "filtered", "clipped", "opacity"))
        self.features.add(f"fe-image-{kind}")
        if kind == "g":
            shift = f"translate({self.num(-5, 5)} {self.num(-5, 5)})"
            target = f'<g id="{eid}" transform="{shift}">{self.shape()}{self.shape()}</g>'
        elif kind == "use":
            sid = self.uid("s")
            self.defs.append(self.shape(extra=f' id="{sid}"'))
            target = f'<use id="{eid}" href="#{sid}" x="{self.num(-10, 10)}" y="{self.num(-10, 10)}"/>'
        elif kind == "filtered":
            bid = self.uid("f")
            self.defs.append(f'<filter id="{bid}"><feGaussianBlur stdDeviation="{r.choice((1, 2))}"/></filter>')
            target = self.shape(extra=f' id="{eid}" filter="url(#{bid})"')
        elif kind == "clipped":
            cid = self.uid("c")
            self.defs.append(f'<clipPath id="{cid}"><circle cx="50" cy="50" r="{self.num(15, 40)}"/></clipPath>')
            target = self.shape(extra=f' id="{eid}" clip-path="url(#{cid})"')
        else:
            target = self.shape(extra=f' id="{eid}" opacity="{self.num(0.3, 0.8)}"')
        self.defs.append(target)
        fid = self.uid("f")
        attrs = ""
        if r.random() < 0.4:
            attrs = (f' filterUnits="userSpaceOnUse" x="{self.num(-10, 10)}" y="{self.num(-10, 10)}" '
                     f'width="{self.num(80, 120)}" height="{self.num(80, 120)}"')
        sub = self.box(-5, 30, 30, 80) if r.random() < 0.3 else ""
        after = '<feComposite in2="SourceGraphic" operator="over"/>' if r.random() < 0.5 else ""
        self.defs.append(f'<filter id="{fid}"{attrs}><feImage href="#{eid}"{sub}/>{after}</filter>')
        shape = self.shape(extra=f' filter="url(#{fid})"')
        if r.random() < 0.5:
            self.features.add("fe-image-transformed")
            return [f'<g transform="translate({self.num(-10, 10)} {self.num(-10, 10)}) scale({self.num(0.6, 1.3)})">'
                    f"{shape}</g>"]
        return [shape]

    def switch_deep(self) -> list[str]:
        """switch and conditions inside a clipPath, a mask and a symbol."""
        r = self.r
        self.features.add("switch")
        where = r.choice(("clip", "mask", "symbol"))
        self.features.add(f"switch-in-{where}")
        kids = "".join(self.shape(fill="white", extra=self.condition()) if r.random() < 0.7
                       else self.shape(fill="white") for _ in range(r.randint(2, 3)))
        inner = f"<switch>{kids}</switch>" if r.random() < 0.6 else kids
        eid = self.uid("x")
        if where == "clip":
            self.defs.append(f'<clipPath id="{eid}">{inner}</clipPath>')
            return [self.shape(extra=f' clip-path="url(#{eid})"')]
        if where == "mask":
            self.defs.append(f'<mask id="{eid}">{inner}</mask>')
            return [self.shape(extra=f' mask="url(#{eid})"')]
        self.defs.append(f'<symbol id="{eid}" viewBox="0 0 100 100">{inner.replace("white", self.color())}</symbol>')
        return [f'<use href="#{eid}" x="{self.num(0, 30)}" y="{self.num(0, 30)}" width="{self.num(40, 80)}" '
                f'height="{self.num(40, 80)}"{self.condition() if r.random() < 0.4 else ""}/>']

    def use_svg(self) -> list[str]:
        """A nested svg reached through use (its size from the use's width/height)."""
        r = self.r
        self.features.add("nested-svg")
        self.features.add("use-svg")
        sid = self.uid("s")
        attrs = f' x="{self.num(0, 20)}" y="{self.num(0, 20)}"'
        if r.random() < 0.7:
            attrs += f' width="{self.num(20, 70)}"'
        if r.random() < 0.7:
            attrs += f' height="{self.num(20, 70)}"'
        if r.random() < 0.6:
            attrs += f' viewBox="0 0 {self.num(20, 100)} {self.num(20, 100)}"'
        inner = "".join(self.shape(lo=-10, hi=110) for _ in range(2))
        self.defs.append(f'<svg id="{sid}"{attrs}>{inner}</svg>')
        out = []
        for _ in range(r.randint(1, 2)):
            use = f'<use href="#{sid}" x="{self.num(-10, 30)}" y="{self.num(-10, 30)}"'
            if r.random() < 0.5:
                use += f' width="{self.num(20, 80)}"'
            if r.random() < 0.5:
                use += f' height="{self.num(20, 80)}"'
            out.append(use + "/>")
        return out
