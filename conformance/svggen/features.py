"""svggen's values and main features: the SVG structures of the first seeds, one a document.

Role: :class:`SvgFeatures` holds one document's random draws (``random.Random(seed)``, the ``<defs>``
written so far, the feature tags) and writes values (colours, numbers, boxes, gradients, PNG data URIs,
plain shapes, a backdrop) and the main features: ``<mask>``, ``<pattern>``, ``<filter>`` graphs,
``<marker>``, ``<style>`` sheets, ``<image>`` with preserveAspectRatio, ``use``/``symbol`` and combinations.
The later seeds' features are in :mod:`conformance.svggen.later_features`. Standard library only.
"""

from __future__ import annotations

import base64
import random
import re
import struct
import zlib

COLORS = ("red", "navy", "teal", "orange", "gold", "purple", "tomato", "seagreen", "hotpink", "steelblue",
          "black", "white", "#1e90ff", "#ff6b6b", "#4ecdc4", "#2d3436", "#fdcb6e", "#6c5ce7", "#00b894", "#e17055")
BLEND_MODES = ("normal", "multiply", "screen", "overlay", "darken", "lighten", "color-dodge", "color-burn",
               "hard-light", "soft-light", "difference", "exclusion", "hue", "saturation", "color", "luminosity")

def _png(w: int, h: int, pixels: list[tuple[int, int, int, int]]) -> bytes:
    raw = b"".join(b"\x00" + b"".join(bytes(p) for p in pixels[y * w : (y + 1) * w]) for y in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class SvgFeatures:
    """One document's draws and the main features (each returns the body elements it adds)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.features: set[str] = set()
        self.defs: list[str] = []
        self.ids = 0

    # -- values ---------------------------------------------------------------------------------------
    def uid(self, prefix: str) -> str:
        self.ids += 1
        return f"{prefix}{self.ids}"

    def color(self) -> str:
        return self.r.choice(COLORS)

    def num(self, lo: float, hi: float, digits: int = 1) -> float:
        return round(self.r.uniform(lo, hi), digits)

    def box(self, lo: float, hi: float, size_lo: float, size_hi: float, digits: int = 1) -> str:
        """`` x=.. y=.. width=.. height=..`` (drawn in that order)."""
        x, y = self.num(lo, hi, digits), self.num(lo, hi, digits)
        w, h = self.num(size_lo, size_hi, digits), self.num(size_lo, size_hi, digits)
        return f' x="{x}" y="{y}" width="{w}" height="{h}"'

    def gradient(self, grey: bool = False) -> str:
        r = self.r
        gid = self.uid("g")
        kind = r.choice(("linearGradient", "radialGradient"))
        colors = (("white", "black") if r.random() < 0.5 else ("black", "white")) if grey else (
            self.color(), self.color())
        attrs = ' x1="0" y1="0" x2="1" y2="1"' if kind == "linearGradient" and r.random() < 0.5 else ""
        self.defs.append(f'<{kind} id="{gid}"{attrs}><stop offset="0" stop-color="{colors[0]}"/>'
                         f'<stop offset="1" stop-color="{colors[1]}"/></{kind}>')
        return f"url(#{gid})"

    def png_uri(self) -> str:
        r = self.r
        w, h = r.choice(((4, 4), (6, 3), (3, 5), (8, 8)))
        palette = [(r.randrange(256), r.randrange(256), r.randrange(256), r.choice((255, 255, 255, 128, 0)))
                   for _ in range(3)]
        pixels = [palette[(x // 2 + y) % 3] for y in range(h) for x in range(w)]
        return "data:image/png;base64," + base64.b64encode(_png(w, h, pixels)).decode()

    # -- shapes ---------------------------------------------------------------------------------------
    def shape(self, fill: str | None = None, lo: float = 5, hi: float = 95, extra: str = "") -> str:
        r = self.r
        fill = fill or (self.gradient() if r.random() < 0.25 else self.color())
        stroke = ""
        if r.random() < 0.3 and "stroke=" not in extra:
            stroke = f' stroke="{self.color()}" stroke-width="{self.num(1, 6)}"'
        kind = r.choice(("rect", "rect", "circle", "ellipse", "path", "polygon"))
        if kind == "rect":
            x, y = self.num(lo, hi - 20), self.num(lo, hi - 20)
            w, h = self.num(10, hi - x), self.num(10, hi - y)
            rx = f' rx="{self.num(0, 10)}"' if r.random() < 0.3 else ""
            return f'<rect x="{x}" y="{y}" width="{w}" height="{h}"{rx} fill="{fill}"{stroke}{extra}/>'
        if kind == "circle":
            return (f'<circle cx="{self.num(25, 75)}" cy="{self.num(25, 75)}" r="{self.num(8, 30)}" '
                    f'fill="{fill}"{stroke}{extra}/>')
        if kind == "ellipse":
            return (f'<ellipse cx="{self.num(25, 75)}" cy="{self.num(25, 75)}" rx="{self.num(8, 35)}" '
                    f'ry="{self.num(6, 25)}" fill="{fill}"{stroke}{extra}/>')
        if kind == "polygon":
            pts = " ".join(f"{self.num(lo, hi)},{self.num(lo, hi)}" for _ in range(r.randint(3, 6)))
            return f'<polygon points="{pts}" fill="{fill}"{stroke}{extra}/>'
        d = (f"M{self.num(lo, 50)} {self.num(lo, 50)} C {self.num(lo, hi)} {self.num(lo, hi)}, "
             f"{self.num(lo, hi)} {self.num(lo, hi)}, {self.num(50, hi)} {self.num(50, hi)} "
             f"Q {self.num(lo, hi)} {self.num(lo, hi)} {self.num(lo, hi)} {self.num(lo, hi)} Z")
        return f'<path d="{d}" fill="{fill}"{stroke}{extra}/>'

    def backdrop(self) -> list[str]:
        return [self.shape() for _ in range(self.r.randint(0, 2))]

    # -- features -------------------------------------------------------------------------------------
    def mask(self) -> list[str]:
        r = self.r
        self.features.add("mask")
        mid = self.uid("m")
        attrs = ""
        if r.random() < 0.4:
            self.features.add("mask-userspace")
            attrs += ' maskUnits="userSpaceOnUse"'
            if r.random() < 0.6:
                attrs += self.box(0, 30, 40, 90)
        elif r.random() < 0.5:
            self.features.add("mask-region")
            attrs += self.box(-0.1, 0.3, 0.5, 1.2, 2)
        content_obb = r.random() < 0.25
        if content_obb:
            self.features.add("mask-content-obb")
            attrs += ' maskContentUnits="objectBoundingBox"'
            content = [f'<circle cx="0.5" cy="0.5" r="{self.num(0.2, 0.5, 2)}" fill="white"/>',
                       f'<rect x="0" y="0" width="0.5" height="1" fill="{self.gradient(grey=True)}"/>']
        else:
            fills = ["white", "#808080", "#c0c0c0", self.gradient(grey=True), self.color()]
            content = [self.shape(fill=r.choice(fills)) for _ in range(r.randint(1, 3))]
            if r.random() < 0.15:
                self.features.add("mask-image")
                content.append(f'<image x="10" y="10" width="60" height="40" preserveAspectRatio="none" '
                               f'href="{self.png_uri()}"/>')
        if r.random() < 0.15:
            self.features.add("mask-nested")
            inner = self.uid("m")
            self.defs.append(f'<mask id="{inner}"><rect x="0" y="0" width="100" height="60" fill="white"/></mask>')
            attrs += f' mask="url(#{inner})"'
        self.defs.append(f'<mask id="{mid}"{attrs}>{"".join(content)}</mask>')
        if r.random() < 0.5:
            self.features.add("mask-group")
            inner_shapes = "".join(self.shape() for _ in range(r.randint(2, 3)))
            opacity = f' opacity="{self.num(0.4, 0.9)}"' if r.random() < 0.3 else ""
            return [f'<g mask="url(#{mid})"{opacity}>{inner_shapes}</g>']
        return [self.shape(extra=f' mask="url(#{mid})"')]

    def pattern(self) -> list[str]:
        r = self.r
        self.features.add("pattern")
        pid = self.uid("p")
        attrs = ""
        if r.random() < 0.5:
            self.features.add("pattern-userspace")
            attrs += f' patternUnits="userSpaceOnUse" width="{self.num(6, 30)}" height="{self.num(6, 30)}"'
            if r.random() < 0.4:
                attrs += f' x="{self.num(-5, 5)}" y="{self.num(-5, 5)}"'
            size = 20.0
        else:
            attrs += f' width="{self.num(0.1, 0.5, 2)}" height="{self.num(0.1, 0.5, 2)}"'
            size = 15.0
        content_units = r.random()
        if content_units < 0.25:
            self.features.add("pattern-viewbox")
            attrs += ' viewBox="0 0 10 10"'
            if r.random() < 0.5:
                attrs += f' preserveAspectRatio="{r.choice(("none", "xMinYMin meet", "xMaxYMid slice"))}"'
            size = 10.0
        elif content_units < 0.4:
            self.features.add("pattern-content-obb")
            attrs += ' patternContentUnits="objectBoundingBox"'
            size = 0.2
        if r.random() < 0.3:
            self.features.add("pattern-transform")
            attrs += f' patternTransform="rotate({r.randrange(-60, 60)}) scale({self.num(0.6, 1.5)})"'
        half = size / 2
        content = [f'<rect x="0" y="0" width="{half}" height="{half}" fill="{self.color()}"/>',
                   f'<circle cx="{half * 1.5}" cy="{half * 1.5}" r="{half / 2}" fill="{self.color()}"/>']
        if r.random() < 0.2:
            self.features.add("pattern-image")
            content.append(f'<image x="0" y="{half}" width="{half}" height="{half}" href="{self.png_uri()}"/>')
        if r.random() < 0.15:
            self.features.add("pattern-href")
            base = self.uid("p")
            self.defs.append(f'<pattern id="{base}"{attrs}>{"".join(content)}</pattern>')
            self.defs.append(f'<pattern id="{pid}" href="#{base}"/>')
        else:
            self.defs.append(f'<pattern id="{pid}"{attrs}>{"".join(content)}</pattern>')
        if r.random() < 0.25:
            self.features.add("pattern-stroke")
            return [self.shape(fill=self.color(), extra=f' stroke="url(#{pid})" stroke-width="{self.num(6, 14)}"')]
        opacity = f' fill-opacity="{self.num(0.4, 0.9)}"' if r.random() < 0.2 else ""
        return [self.shape(fill=f"url(#{pid})", extra=opacity)]

    def primitive(self, results: list[str], kind: str) -> str:
        r = self.r

        def source() -> str:
            pool = ["SourceGraphic", "SourceGraphic", "SourceAlpha", *results[-2:]]
            return r.choice(pool)

        def inp(name: str = "in") -> str:
            return f' {name}="{source()}"' if r.random() < 0.7 else ""

        if kind == "blur":
            sd = r.choice((0.5, 1, 1.5, 2, 3, 5, "2 0.5", "0 3"))
            return f'<feGaussianBlur{inp()} stdDeviation="{sd}"/>'
        if kind == "offset":
            return f'<feOffset{inp()} dx="{self.num(-8, 8)}" dy="{self.num(-8, 8)}"/>'
        if kind == "flood":
            sub = ""
            if r.random() < 0.4:
                self.features.add("fe-subregion")
                sub = self.box(10, 40, 20, 50)
            return f'<feFlood flood-color="{self.color()}" flood-opacity="{self.num(0.2, 1.0)}"{sub}/>'
        if kind == "composite":
            op = r.choice(("over", "in", "out", "atop", "xor", "arithmetic"))
            self.features.add(f"fe-composite-{op}")
            ks = ""
            if op == "arithmetic":
                ks = " ".join(f'k{i}="{self.num(-1, 1, 2)}"' for i in range(1, 5) if r.random() < 0.7)
                ks = " " + ks if ks else ""
            return f'<feComposite{inp()}{inp("in2")} operator="{op}"{ks}/>'
        if kind == "merge":
            nodes = "".join(f'<feMergeNode in="{source()}"/>' for _ in range(r.randint(2, 3)))
            return f"<feMerge>{nodes}</feMerge>"
        if kind == "colormatrix":
            t = r.choice(("matrix", "saturate", "hueRotate", "luminanceToAlpha"))
            self.features.add(f"fe-colormatrix-{t}")
            if t == "matrix":
                values = " ".join(str(self.num(-1, 1.5, 2)) if r.random() < 0.4 else ("1" if i in (0, 6, 12, 18)
                                  else "0") for i in range(20))
            elif t == "saturate":
                values = str(self.num(0, 1, 2))
            elif t == "hueRotate":
                values = str(r.randrange(0, 360))
            else:
                values = ""
            vals = f' values="{values}"' if values else ""
            return f'<feColorMatrix{inp()} type="{t}"{vals}/>'
        if kind == "blend":
            mode = r.choice(BLEND_MODES)
            self.features.add(f"fe-blend-{mode}")
            return f'<feBlend{inp()}{inp("in2")} mode="{mode}"/>'
        if kind == "dropshadow":
            return (f'<feDropShadow{inp()} dx="{self.num(-5, 5)}" dy="{self.num(-5, 5)}" '
                    f'stdDeviation="{r.choice((0.5, 1, 2, 3))}" flood-color="{self.color()}" '
                    f'flood-opacity="{self.num(0.3, 1)}"/>')
        if kind == "componenttransfer":
            funcs = []
            for ch in "RGBA":
                if r.random() < 0.6:
                    t = r.choice(("table", "discrete", "linear", "gamma", "identity"))
                    self.features.add(f"fe-transfer-{t}")
                    if t in ("table", "discrete"):
                        vals = " ".join(str(self.num(0, 1, 2)) for _ in range(r.randint(2, 4)))
                        funcs.append(f'<feFunc{ch} type="{t}" tableValues="{vals}"/>')
                    elif t == "linear":
                        slope, intercept = self.num(0, 2), self.num(-0.3, 0.3)
                        funcs.append(f'<feFunc{ch} type="linear" slope="{slope}" intercept="{intercept}"/>')
                    elif t == "gamma":
                        funcs.append(f'<feFunc{ch} type="gamma" amplitude="{self.num(0.5, 2)}" '
                                     f'exponent="{self.num(0.3, 3)}" offset="{self.num(-0.2, 0.2)}"/>')
                    else:
                        funcs.append(f'<feFunc{ch} type="identity"/>')
            return f'<feComponentTransfer{inp()}>{"".join(funcs)}</feComponentTransfer>'
        if kind == "morphology":
            op = r.choice(("erode", "dilate"))
            self.features.add(f"fe-morphology-{op}")
            return f'<feMorphology{inp()} operator="{op}" radius="{r.choice((1, 2, 3, "2 1", 0.5))}"/>'
        # tile: a subregioned offset, then feTile
        return f'<feOffset{inp()} dx="0" dy="0"{self.box(20, 40, 8, 20)}/><feTile/>'

    def filter(self) -> list[str]:
        r = self.r
        self.features.add("filter")
        fid = self.uid("f")
        attrs = ""
        if r.random() < 0.35:
            self.features.add("filter-userspace")
            attrs += (f' filterUnits="userSpaceOnUse" x="{self.num(-10, 20)}" y="{self.num(-10, 20)}" '
                      f'width="{self.num(60, 120)}" height="{self.num(60, 120)}"')
        elif r.random() < 0.3:
            self.features.add("filter-region")
            attrs += self.box(-0.3, 0, 1, 1.6, 2)
        obb_prims = r.random() < 0.15
        if obb_prims:
            self.features.add("filter-primitive-obb")
            attrs += ' primitiveUnits="objectBoundingBox"'
        cs = r.random()
        if cs < 0.45:
            self.features.add("filter-srgb")
            attrs += ' color-interpolation-filters="sRGB"'
        elif cs < 0.6:
            attrs += ' color-interpolation-filters="linearRGB"'
        kinds = ("blur", "offset", "flood", "composite", "merge", "colormatrix", "blend", "dropshadow",
                 "componenttransfer", "morphology", "tile")
        chain = [r.choice(kinds) for _ in range(r.randint(1, 4))]
        if r.random() < 0.2:  # Figma's inner shadow, as Fluent emoji draw it
            chain = ["figma"]
        prims = []
        results: list[str] = []
        for kind in chain:
            self.features.add(f"fe-{kind}")
            if kind == "figma":
                prims.append('<feFlood flood-opacity="0" result="bg"/><feBlend mode="normal" in="SourceGraphic" '
                             'in2="bg" result="shape"/><feColorMatrix in="SourceAlpha" type="matrix" '
                             'values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 127 0" result="hardAlpha"/>'
                             f'<feOffset dx="{self.num(-2, 2)}" dy="{self.num(-2, 2)}"/><feGaussianBlur '
                             f'stdDeviation="{r.choice((0.75, 1.5, 3))}"/><feComposite in2="hardAlpha" '
                             'operator="arithmetic" k2="-1" k3="1"/><feColorMatrix type="matrix" values="0 0 0 0 '
                             f'{self.num(0, 1, 2)} 0 0 0 0 {self.num(0, 1, 2)} 0 0 0 0 {self.num(0, 1, 2)} 0 0 0 1 0"/>'
                             '<feBlend mode="normal" in2="shape"/>')
                continue
            prim = self.primitive(results, kind)
            if obb_prims:  # fractions of the box: shrink the user-space numbers the chain was drawn with
                prim = _to_fractions(prim)
            if r.random() < 0.5:  # name the result after the element's tag name
                name = self.uid("r")
                cut = min(i for i in (prim.find(" "), prim.find(">"), prim.find("/")) if i > 0)
                prim = f'{prim[:cut]} result="{name}"{prim[cut:]}'
                results.append(name)
            prims.append(prim)
        self.defs.append(f'<filter id="{fid}"{attrs}>{"".join(prims)}</filter>')
        if r.random() < 0.4:
            self.features.add("filter-group")
            inner = "".join(self.shape() for _ in range(r.randint(1, 3)))
            return [f'<g filter="url(#{fid})">{inner}</g>']
        return [self.shape(extra=f' filter="url(#{fid})"')]

    def marker(self) -> list[str]:
        r = self.r
        self.features.add("marker")
        mid = self.uid("k")
        mw, mh, rx, ry = self.num(3, 10), self.num(3, 10), self.num(0, 5), self.num(0, 5)
        attrs = f' markerWidth="{mw}" markerHeight="{mh}" refX="{rx}" refY="{ry}"'
        orient = r.choice(("auto", "auto", "0", "45", "90deg", None))
        if orient:
            self.features.add("marker-auto" if orient == "auto" else "marker-angle")
            attrs += f' orient="{orient}"'
        if r.random() < 0.4:
            self.features.add("marker-viewbox")
            attrs += ' viewBox="0 0 10 10"'
        if r.random() < 0.3:
            self.features.add("marker-userspace")
            attrs += ' markerUnits="userSpaceOnUse"'
        if r.random() < 0.2:
            attrs += ' overflow="visible"'
        content = f'<path d="M0 0 L10 5 L0 10 z" fill="{self.color()}"/>'
        self.defs.append(f'<marker id="{mid}"{attrs}>{content}</marker>')
        which = r.choice(("marker-start", "marker-end", "marker-mid", "all"))
        refs = (f' marker-start="url(#{mid})" marker-mid="url(#{mid})" marker-end="url(#{mid})"' if which == "all"
                else f' {which}="url(#{mid})"')
        pts = " ".join(f"{self.num(10, 90)},{self.num(10, 90)}" for _ in range(r.randint(3, 5)))
        kind = r.choice(("polyline", "path"))
        sw = self.num(1, 4)
        if kind == "polyline":
            return [f'<polyline points="{pts}" fill="none" stroke="{self.color()}" stroke-width="{sw}"{refs}/>']
        d = f"M{self.num(10, 40)} {self.num(10, 90)} C {self.num(10, 90)} {self.num(10, 90)}, {self.num(10, 90)} " \
            f"{self.num(10, 90)}, {self.num(50, 90)} {self.num(10, 90)} L {self.num(10, 90)} {self.num(10, 90)}"
        return [f'<path d="{d}" fill="none" stroke="{self.color()}" stroke-width="{sw}"{refs}/>']

    def style(self) -> list[str]:
        r = self.r
        self.features.add("style")
        rules = []
        out = []
        cls, ident = self.uid("c"), self.uid("i")
        rules.append(f".{cls} {{ fill: {self.color()}; }}")
        rules.append(f"#{ident} {{ stroke: {self.color()}; stroke-width: {self.num(1, 5)}; }}")
        if r.random() < 0.5:
            self.features.add("style-type")
            rules.append(f"circle {{ fill: {self.color()}; }}")
        if r.random() < 0.3:
            self.features.add("style-universal")
            rules.append(f"* {{ opacity: {self.num(0.5, 1)}; }}")
        if r.random() < 0.3:
            self.features.add("style-descendant")
            rules.append(f"g .{cls} {{ fill-opacity: 0.5; }}")
        out.append(f"<style>{' '.join(rules)}</style>")
        out.append(self.shape(extra=f' class="{cls}"'))
        out.append(f'<g>{self.shape(extra=f" class={chr(34)}{cls}{chr(34)} id={chr(34)}{ident}{chr(34)}")}</g>')
        out.append(f'<circle cx="{self.num(20, 80)}" cy="{self.num(20, 80)}" r="{self.num(5, 20)}"/>')
        if r.random() < 0.3:
            self.features.add("style-attr-wins")
            out.append(self.shape(extra=f' class="{cls}" style="fill: {self.color()}"'))
        return out

    def image_aspect(self) -> list[str]:
        """An ``<image>`` in a pattern (where resvg draws it) fitted by preserveAspectRatio."""
        r = self.r
        self.features.add("image")
        aspect = r.choice(("none", "xMinYMin meet", "xMidYMid meet", "xMaxYMax meet", "xMidYMid slice",
                           "xMinYMax slice", "xMaxYMin slice", None))
        self.features.add("image-" + (aspect or "default").replace(" ", "-"))
        pid = self.uid("p")
        asp = f' preserveAspectRatio="{aspect}"' if aspect else ""
        w, h = self.num(30, 90), self.num(30, 90)
        self.defs.append(f'<pattern id="{pid}" patternUnits="userSpaceOnUse" width="100" height="100">'
                         f'<image x="5" y="5" width="{w}" height="{h}"{asp} href="{self.png_uri()}"/></pattern>')
        return [f'<rect x="0" y="0" width="100" height="100" fill="url(#{pid})"/>',
                f'<image x="0" y="0" width="50" height="50" href="{self.png_uri()}"/>']

    def use_symbol(self) -> list[str]:
        r = self.r
        self.features.add("use")
        sid = self.uid("s")
        vb = ' viewBox="0 0 20 20"' if r.random() < 0.6 else ""
        aspect = f' preserveAspectRatio="{r.choice(("none", "xMinYMin meet", "xMidYMid slice"))}"' if vb and \
            r.random() < 0.5 else ""
        self.defs.append(f'<symbol id="{sid}"{vb}{aspect}><circle cx="10" cy="10" r="8" fill="{self.color()}"/>'
                         f'<rect x="2" y="2" width="8" height="8" fill="{self.color()}"/></symbol>')
        return [f'<use href="#{sid}" x="{self.num(0, 50)}" y="{self.num(0, 50)}" width="{self.num(20, 50)}" '
                f'height="{self.num(20, 50)}"/>' for _ in range(r.randint(1, 3))]

    def combo(self) -> list[str]:
        """Several group effects on one element, under a transform: filter, clip-path, mask, opacity."""
        r = self.r
        self.features.add("combo")
        effects = []
        if r.random() < 0.8:
            self.features.add("combo-filter")
            effects.append(self.filter()[0])
        inner = effects[0] if effects else self.shape()
        attrs = ""
        if r.random() < 0.5:
            self.features.add("combo-clip")
            cid = self.uid("c")
            self.defs.append(f'<clipPath id="{cid}"><circle cx="{self.num(35, 65)}" cy="{self.num(35, 65)}" '
                             f'r="{self.num(25, 45)}"/></clipPath>')
            attrs += f' clip-path="url(#{cid})"'
        if r.random() < 0.5:
            self.features.add("combo-mask")
            mid = self.uid("m")
            self.defs.append(f'<mask id="{mid}"><rect x="0" y="0" width="100" height="100" '
                             f'fill="{self.gradient(grey=True)}"/></mask>')
            attrs += f' mask="url(#{mid})"'
        if r.random() < 0.4:
            attrs += f' opacity="{self.num(0.5, 0.9)}"'
        transform = r.choice(("", "", f"rotate({r.randrange(-40, 40)} 50 50)", f"translate({self.num(-10, 10)} "
                              f"{self.num(-10, 10)}) scale({self.num(0.7, 1.2)})", f"skewX({r.randrange(-20, 20)})"))
        if transform:
            self.features.add("combo-transform")
            attrs += f' transform="{transform}"'
        return [f"<g{attrs}>{inner}</g>"]


    # -- issue 9 leftovers (seeds from MORE_FROM) ------------------------------------------------------

def _to_fractions(prim: str) -> str:
    """A primitive's lengths (deviations, offsets, radii, subregions) as objectBoundingBox fractions."""
    def scale(match: re.Match[str]) -> str:
        name, values = match.group(1), match.group(2)
        nums = [f"{float(v) / 60:.3f}" for v in values.split()]
        return f'{name}="{" ".join(nums)}"'

    return re.sub(r'\b(stdDeviation|dx|dy|radius|x|y|width|height)="([-0-9. ]+)"', scale, prim)
