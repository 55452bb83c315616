"""A ninth outsider's paint generator: paint geometry and stacking, as a compositor's tester writes it
(``--generator uranian``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator uranian --seeds 0:250 --out /tmp/uranian -j 1``). Written as someone who tests a renderer's
compositor would write it: the other generators draw values, templates, structure or whole documents; this
one draws *where paint lands and what covers what* on small cards, one to three specimens each, so a
mismatch points at one feature:

- nested ``transform`` lists (2-5 functions) on parents and children: ``translate``/``translateX``/
  ``translateY`` in px and %, ``rotate`` in deg and rad (and bare ``0``), ``scale`` with one and two values
  and negatives, ``scaleX``/``scaleY``, ``skew`` with one and two angles, ``skewX``/``skewY``; with
  ``transformOrigin`` in every spelling (one keyword, two keywords in either order, %, px, mixes, the
  three-value form whose z Satori drops);
- clips: ``overflow: hidden`` with ``borderRadius`` (one value, per corner, elliptical ``a / b``,
  percentages, radii larger than the box) around transformed, shadowed and bordered children; ``clipPath``
  ``inset()`` (with ``round``), ``circle()``, ``ellipse()`` with ``at`` positions, ``polygon()`` with % and
  px, ``path()``;
- masks: ``maskImage`` and ``WebkitMaskImage`` linear and radial gradients with ``maskSize``,
  ``maskPosition`` and ``maskRepeat``;
- stacking: ``opacity`` on groups whose children overlap (negative margins, absolute children), absolutely
  positioned children in document order with ``zIndex`` (Satori ignores it: later paints on top);
- edges: per-side borders (widths, colours, ``dashed``; ``dotted``/``double`` as longhands, which Satori
  ignores) meeting at rounded corners; ``boxShadow`` lists (outer and inset, spread, negative spread) on
  transformed and clipped boxes;
- images: ``<img>`` data-URI PNGs with ``objectFit``/``objectPosition`` inside rounded clipped parents;
  ``backgroundClip``/``backgroundOrigin`` with padding and borders.

Spellings ``spec/differences.md`` lists (Next throws on them: ``rotate()`` in ``turn``/``grad``,
``translate()`` in ``em``, ``matrix()``, ``dotted``/``double`` in a ``border`` shorthand, an elliptical
``inset(... round a / b)``, ``circle(closest-side)``) are drawn in a few documents only, each tagged
``L:<form>``, so the summary's "without listed differences" line counts real mismatches; the driver counts
documents Next refuses apart. React-shaped trees reach the oracle as written (the driver's
``RAW_GENERATORS``). No text: the specimens are boxes, so glyphs never hide a geometry miss.

Run: ``python -m conformance.paintgen --generator uranian --seeds 0:250 --out /tmp/uranian -j 1``; the
committed slice is ``--slice --seeds 0:16`` (small canvases). Imports only the standard library.
"""

from __future__ import annotations

import base64
import math
import random
from typing import Any

from conformance.paintgen.generate import Generated, el, rgba_png

CANVASES = ((400, 300), (400, 300), (400, 300), (480, 320), (600, 400), (1200, 630), (360, 360))
SMALL_CANVASES = ((240, 180), (200, 200), (320, 200))

# A compositor tester's palette: saturated, distinguishable where they overlap
HUES = ("#e63946", "#1d3557", "#2a9d8f", "#f4a261", "#8338ec", "#ffbe0b", "#3a86ff", "#06d6a0",
        "#ff006e", "#222222", "#ffffff", "#9b2226")
FAMILIES = ("combo", "combo", "combo", "transform", "transform", "clip-radius", "clip-path", "clip-path", "mask",
            "image", "opacity",
            "borders", "shadows", "stack", "image", "bg-clip")


def _num(v: float) -> str:
    """A number as a person writes it in CSS: ``12``, ``-4.5``, never ``12.0``."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class _Uranian:
    """One document's draws (every draw from one ``random.Random``) and the features it used."""

    def __init__(self, seed: int, w: int, h: int) -> None:
        self.r = random.Random(f"uranian-{seed}")
        self.w, self.h = w, h
        self.features: set[str] = set()
        # listed spellings (Next throws) in about one document in twelve
        self.listed = self.r.random() < 0.08

    def f(self, name: str) -> None:
        self.features.add(name)

    def colour(self, alpha: bool = False) -> str:
        c = self.r.choice(HUES)
        if alpha and self.r.random() < 0.4:
            rr, gg, bb = int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)
            return f"rgba({rr}, {gg}, {bb}, {_num(self.r.choice((0.3, 0.5, 0.75)))})"
        return c

    def gradient(self) -> str:
        a, b = self.colour(), self.colour()
        if self.r.random() < 0.6:
            return f"linear-gradient({self.r.choice((0, 45, 90, 135, 200))}deg, {a}, {b})"
        return f"radial-gradient(circle at {self.r.choice((20, 50, 70))}% 40%, {a}, {b})"

    # --- transforms -------------------------------------------------------------------------------
    def length(self, span: float, pct: bool = True) -> str:
        if pct and self.r.random() < 0.35:
            return f"{self.r.choice((-50, -25, -10, 10, 20, 33, 50))}%"
        return f"{_num(self.r.uniform(-span, span))}px"

    def angle(self) -> str:
        roll = self.r.random()
        if self.listed and roll < 0.15:
            unit = self.r.choice(("turn", "grad"))
            self.f(f"L:rotate-{unit}")
            return f"{self.r.choice((0.05, 0.125, -0.1))}turn" if unit == "turn" else \
                f"{self.r.choice((20, 50, -33))}grad"
        if roll < 0.3:
            self.f("rotate-rad")
            return f"{_num(self.r.choice((0.2, -0.5, 0.785, 1.5708, 3.1416)))}rad"
        return f"{self.r.choice((-135, -45, -30, -12, 5, 15, 30, 45, 90, 180, 210))}deg"

    def skew_angle(self) -> str:
        if self.r.random() < 0.2:
            self.f("skew-rad")
            return f"{_num(self.r.choice((0.2, -0.3, 0.5)))}rad"
        return f"{self.r.choice((-30, -15, -8, 10, 20, 35))}deg"

    def transform_fn(self, size: float) -> str:
        kind = self.r.choice(("translate", "translateX", "translateY", "rotate", "rotate", "scale", "scale2",
                              "scaleX", "scaleY", "skew", "skew2", "skewX", "skewY", "neg-scale", "extreme"))
        if self.listed and self.r.random() < 0.12:
            if self.r.random() < 0.5:
                self.f("L:matrix")
                return f"matrix(1, {_num(self.r.uniform(-0.3, 0.3))}, 0, 1, {self.r.randint(-20, 20)}, 0)"
            self.f("L:translate-em")
            return f"translateX({self.r.choice((1, -0.5, 2))}em)"
        self.f(f"tf-{kind}")
        span = size * 0.25
        if kind == "translate":
            one = self.r.random() < 0.25
            return f"translate({self.length(span)})" if one else \
                f"translate({self.length(span)}, {self.length(span)})"
        if kind in ("translateX", "translateY"):
            return f"{kind}({self.length(span)})"
        if kind == "rotate":
            if self.r.random() < 0.05:
                return "rotate(0deg)"
            return f"rotate({self.angle()})"
        if kind == "scale":
            return f"scale({_num(self.r.choice((0.5, 0.75, 0.9, 1.2, 1.5, 0)))})"
        if kind == "scale2":
            return f"scale({_num(self.r.choice((0.5, 1.3, 0.8)))}, {_num(self.r.choice((1.4, 0.6, -1)))})"
        if kind in ("scaleX", "scaleY"):
            return f"{kind}({_num(self.r.choice((0.4, 1.5, -1, -0.7)))})"
        if kind == "extreme":
            # degenerate but valid: a near-flat scale, a near-vertical skew, many turns, a huge shift
            return self.r.choice(("scale(0.02)", "scaleY(0.05)", "skewX(80deg)", "skewY(-85deg)", "rotate(720deg)",
                                  "rotate(-1085deg)", "translateX(2000px)", "scale(12)", "rotate(89.99deg)",
                                  "skew(45deg, 45deg)", "scale(-0.001, 1)"))
        if kind == "neg-scale":
            return f"scale({_num(self.r.choice((-1, -0.8)))})"
        if kind == "skew":
            return f"skew({self.skew_angle()})"
        if kind == "skew2":
            return f"skew({self.skew_angle()}, {self.skew_angle()})"
        return f"{kind}({self.skew_angle()})"

    def transform(self, size: float) -> str:
        n = self.r.choice((1, 2, 2, 3, 3, 4, 5))
        self.f(f"tf-list-{min(n, 4)}")
        return " ".join(self.transform_fn(size) for _ in range(n))

    def origin(self) -> str:
        r = self.r
        kind = r.choice(("kw1", "kw2", "kw2-rev", "pct", "px", "mix", "3value", "comma"))
        self.f(f"origin-{kind}")
        xs, ys = ("left", "center", "right"), ("top", "center", "bottom")
        if kind == "kw1":
            return r.choice(("left", "right", "top", "bottom", "center"))
        if kind == "kw2":
            return f"{r.choice(xs)} {r.choice(ys)}"
        if kind == "kw2-rev":
            return f"{r.choice(ys)} {r.choice(xs)}"
        if kind == "pct":
            return f"{r.choice((0, 10, 25, 50, 80, 100, 150))}% {r.choice((0, 30, 50, 100, -20))}%"
        if kind == "px":
            return f"{r.randint(-20, 120)}px {r.randint(-10, 90)}px"
        if kind == "mix":
            return r.choice((f"left {r.randint(0, 60)}px", f"{r.randint(0, 100)}% top",
                             f"{r.randint(0, 80)}px bottom", f"right {r.choice((10, 75))}%"))
        if kind == "comma":  # typed like a list: postcss-value-parser divides words at the comma
            return r.choice((f"{r.choice(xs)}, {r.choice(ys)}", f"{r.randint(0, 100)}%,{r.randint(0, 100)}%",
                             f"{r.choice(ys)}, {r.choice(xs)}"))
        return f"{r.choice(xs)} {r.choice(ys)} {r.randint(-40, 40)}px"

    def maybe_transform(self, style: dict[str, Any], size: float, p: float = 0.5) -> None:
        if self.r.random() < p:
            style["transform"] = self.transform(size)
            if self.r.random() < 0.6:
                style["transformOrigin"] = self.origin()

    # --- radii, borders, shadows ------------------------------------------------------------------
    def radius(self, size: float) -> str | int:
        r = self.r
        kind = r.choice(("one", "px", "pct", "corners", "elliptical", "huge"))
        self.f(f"radius-{kind}")
        if kind == "one":
            return r.randint(4, int(size / 3))
        if kind == "px":
            return f"{r.randint(4, int(size / 2))}px"
        if kind == "pct":
            return f"{r.choice((10, 25, 50, 30))}%"
        if kind == "corners":
            return " ".join(f"{r.choice((0, 6, 18, 40))}px" for _ in range(r.choice((2, 3, 4))))
        if kind == "elliptical":
            a = " ".join(f"{r.choice((10, 30, 60))}px" for _ in range(r.choice((1, 2, 4))))
            b = " ".join(r.choice(("20%", "40px", "8px", "50%")) for _ in range(r.choice((1, 2))))
            if r.random() < 0.1:  # a third part, which Satori's value.split('/') drops
                self.f("radius-extra-slash")
                return f"{a} / {b} / 4px"
            return f"{a}{r.choice((' / ', '/'))}{b}"
        return f"{r.choice((200, 999, 500))}px"

    def borders(self, style: dict[str, Any]) -> None:
        r = self.r
        kind = r.choice(("shorthand", "sides", "longhands"))
        self.f(f"border-{kind}")
        if kind == "shorthand":
            st = r.choice(("solid", "dashed", "solid"))
            if self.listed and r.random() < 0.3:
                st = r.choice(("dotted", "double"))
                self.f(f"L:border-{st}")
            style["border"] = f"{r.choice((1, 3, 6, 10))}px {st} {self.colour()}"
            return
        if kind == "sides":
            for side in r.sample(("Top", "Right", "Bottom", "Left"), r.randint(2, 4)):
                st = r.choice(("solid", "dashed", "solid"))
                style[f"border{side}"] = f"{r.choice((0, 2, 5, 12, 20))}px {st} {self.colour(True)}"
            return
        style["borderWidth"] = " ".join(f"{r.choice((2, 4, 8, 16))}px" for _ in range(r.choice((1, 2, 4))))
        style["borderStyle"] = r.choice(("solid", "dashed", "dotted", "double"))
        if style["borderStyle"] in ("dotted", "double"):
            self.f("border-style-longhand-ignored")
        style["borderColor"] = " ".join(self.colour() for _ in range(r.choice((1, 2, 4))))
        for side in r.sample(("Top", "Right", "Bottom", "Left"), r.randint(0, 2)):
            style[f"border{side}Width"] = r.choice((0, 3, 12))
            style[f"border{side}Color"] = self.colour()

    def shadow(self) -> str:
        r = self.r
        layers = []
        for _ in range(r.choice((1, 1, 2, 3))):
            inset = r.random() < 0.3
            spread = r.choice((0, 0, 4, 10, -4, -10))
            x, y = r.choice((0, 4, -6, 12)), r.choice((0, 6, -4, 16))
            blur = r.choice((0, 0, 6, 20))
            if inset:
                self.f("shadow-inset")
            if spread < 0:
                self.f("shadow-neg-spread")
            parts = (["inset"] if inset else []) + [f"{x}px", f"{y}px", f"{blur}px"]
            if spread or r.random() < 0.3:
                parts.append(f"{spread}px")
            parts.append(self.colour(True))
            layers.append(" ".join(parts))
        if len(layers) > 1:
            self.f("shadow-list")
        return ", ".join(layers)

    def fill(self, style: dict[str, Any]) -> None:
        if self.r.random() < 0.3:
            style["backgroundImage"] = self.gradient()
        else:
            style["backgroundColor"] = self.colour(True)

    # --- specimens --------------------------------------------------------------------------------
    def box(self, w: float, h: float, **extra: Any) -> dict[str, Any]:
        style: dict[str, Any] = {"width": round(w), "height": round(h), "display": "flex"}
        self.fill(style)
        style.update(extra)
        return style

    def child(self, size: float) -> dict[str, Any]:
        """A small box that may be transformed, shadowed, bordered, rounded."""
        r = self.r
        style = self.box(size * r.uniform(0.4, 0.8), size * r.uniform(0.3, 0.7))
        self.maybe_transform(style, size, 0.6)
        if r.random() < 0.4:
            style["boxShadow"] = self.shadow()
        if r.random() < 0.35:
            self.borders(style)
        if r.random() < 0.4:
            style["borderRadius"] = self.radius(size * 0.5)
        return el("div", style)

    def spec_transform(self, size: float) -> dict[str, Any]:
        self.f("transform-nest")
        style = self.box(size * 0.7, size * 0.7, alignItems="center", justifyContent="center")
        style["transform"] = self.transform(size)
        style["transformOrigin"] = self.origin()
        if self.r.random() < 0.3:
            style["border"] = f"2px solid {self.colour()}"
        kids = [self.child(size * 0.6) for _ in range(self.r.randint(1, 2))]
        if self.r.random() < 0.5:
            inner = self.box(size * 0.3, size * 0.3)
            inner["transform"] = self.transform(size * 0.3)
            if self.r.random() < 0.5:
                inner["transformOrigin"] = self.origin()
            kids[0]["props"]["style"]["alignItems"] = "center"
            kids[0]["props"]["children"] = el("div", inner)
            self.f("transform-3-deep")
        return el("div", style, kids)

    def spec_clip_radius(self, size: float) -> dict[str, Any]:
        self.f("overflow-radius")
        style = self.box(size * 0.8, size * 0.65, overflow="hidden", alignItems="center",
                         justifyContent="center", flexWrap="wrap")
        style["borderRadius"] = self.radius(size * 0.7)
        if self.r.random() < 0.4:
            self.borders(style)
        self.maybe_transform(style, size, 0.3)
        kids = [self.child(size * 0.8) for _ in range(self.r.randint(1, 3))]
        return el("div", style, kids)

    def clip_path(self) -> str:
        r = self.r
        kind = r.choice(("inset", "inset-round", "circle", "circle-at", "ellipse", "ellipse-at",
                         "polygon-pct", "polygon-px", "path"))
        if self.listed and r.random() < 0.3:
            kind = r.choice(("inset-elliptical", "closest-side"))
            self.f(f"L:clip-{kind}")
        else:
            self.f(f"clip-{kind}")
        if kind == "inset":
            sides = [f"{r.choice((0, 5, 10, 20))}{r.choice(('px', '%'))}" for _ in range(r.randint(1, 4))]
            return f"inset({' '.join(sides)})"
        if kind == "inset-round":
            return f"inset({r.choice((4, 10, 15))}% {r.choice((0, 8, 20))}px round {r.choice((8, 20, 50))}px)"
        if kind == "inset-elliptical":
            return "inset(10px round 20px / 40px)"
        if kind == "closest-side":
            return "circle(closest-side)"
        if kind == "circle":
            return f"circle({r.choice((30, 45, 50, 70))}%)" if r.random() < 0.5 else f"circle({r.randint(20, 90)}px)"
        if kind == "circle-at":
            return f"circle({r.randint(20, 80)}px at {r.choice(('left', 'right', '30%', '20px'))} " \
                   f"{r.choice(('top', 'center', '70%', '40px'))})"
        if kind == "ellipse":
            return f"ellipse({r.choice((30, 50, 40))}% {r.choice((25, 50, 60))}%)"
        if kind == "ellipse-at":
            return f"ellipse({r.randint(20, 90)}px {r.randint(15, 60)}px at {r.choice((25, 50, 75))}% " \
                   f"{r.choice((30, 50, 80))}%)"
        if kind == "polygon-pct":
            n = r.choice((3, 5, 6))
            pts = []
            for i in range(n):
                a = 2 * math.pi * i / n - math.pi / 2
                rad = r.choice((50, 35, 50))
                pts.append(f"{_num(50 + rad * math.cos(a))}% {_num(50 + rad * math.sin(a))}%")
            return f"polygon({', '.join(pts)})"
        if kind == "polygon-px":
            pts = [f"{r.randint(0, 120)}px {r.randint(0, 100)}px" for _ in range(r.randint(3, 6))]
            if r.random() < 0.3:
                pts = [f"{r.randint(0, 100)}% {r.randint(0, 80)}px" for _ in range(4)]
            return f"polygon({r.choice(('', 'evenodd, '))}{', '.join(pts)})"
        x0, y0 = r.randint(0, 40), r.randint(0, 40)
        return f"path('M{x0} {y0} L{r.randint(60, 140)} {r.randint(0, 30)} Q{r.randint(80, 160)} " \
               f"{r.randint(60, 120)} {r.randint(10, 60)} {r.randint(60, 110)} Z')"

    def clip_with_box(self) -> str:
        """A shape, now and then with a ``<geometry-box>`` before or after it."""
        shape = self.clip_path()
        if self.r.random() < 0.25:
            box = self.r.choice(("border-box", "padding-box", "content-box", "margin-box"))
            self.f("clip-geometry-box")
            return f"{shape} {box}" if self.r.random() < 0.6 else f"{box} {shape}"
        return shape

    def spec_clip_path(self, size: float) -> dict[str, Any]:
        style = self.box(size * 0.8, size * 0.7, alignItems="center", justifyContent="center")
        style["clipPath"] = self.clip_with_box()
        if self.r.random() < 0.3:
            style["padding"] = self.r.choice((6, 12, "4px 16px"))
        if self.r.random() < 0.4:
            self.borders(style)
        if self.r.random() < 0.3:
            style["boxShadow"] = self.shadow()
        self.maybe_transform(style, size, 0.35)
        if self.r.random() < 0.3:
            style["borderRadius"] = self.radius(size * 0.5)
        kids = [self.child(size * 0.7) for _ in range(self.r.randint(0, 2))]
        return el("div", style, kids or None)

    def mask(self) -> tuple[str, dict[str, Any]]:
        r = self.r
        extra: dict[str, Any] = {}
        if r.random() < 0.5:
            img = f"linear-gradient({r.choice(('to right', 'to bottom', '45deg', '160deg'))}, " \
                  f"{r.choice(('black', 'rgba(0,0,0,1)', '#000'))}, {r.choice(('transparent', 'rgba(0,0,0,0.2)'))})"
            self.f("mask-linear")
        else:
            img = f"radial-gradient({r.choice(('circle', 'ellipse', 'closest-side', 'circle at 30% 30%'))}, " \
                  f"black {r.choice((30, 50, 60))}%, transparent {r.choice((61, 70, 100))}%)"
            self.f("mask-radial")
        if r.random() < 0.5:
            extra["maskSize"] = r.choice(("50% 50%", "40px 40px", "100% 50%", "cover", "60px 30px"))
            extra["maskRepeat"] = r.choice(("repeat", "no-repeat", "repeat-x", "repeat-y"))
            self.f("mask-size")
        if r.random() < 0.4:
            extra["maskPosition"] = r.choice(("center", "right bottom", "20px 10px", "50% 0%", "left center"))
            self.f("mask-position")
        return img, extra

    def spec_mask(self, size: float) -> dict[str, Any]:
        style = self.box(size * 0.8, size * 0.7, alignItems="center", justifyContent="center")
        img, extra = self.mask()
        key = self.r.choice(("maskImage", "WebkitMaskImage"))
        self.f(f"mask-{key}")
        style[key] = img
        for k, v in extra.items():
            style[k if key == "maskImage" else "Webkit" + k[0].upper() + k[1:]] = v
        if self.r.random() < 0.4:
            style["borderRadius"] = self.radius(size * 0.5)
        self.maybe_transform(style, size, 0.3)
        kids = [self.child(size * 0.7) for _ in range(self.r.randint(0, 2))]
        return el("div", style, kids or None)

    def spec_opacity(self, size: float) -> dict[str, Any]:
        self.f("opacity-group")
        r = self.r
        style = self.box(size * 0.85, size * 0.7, alignItems="center", justifyContent="center")
        style["opacity"] = r.choice((0.3, 0.5, 0.7, 0.85))
        if r.random() < 0.3:
            style["backgroundColor"] = "transparent"
            style.pop("backgroundImage", None)
        kids = []
        for i in range(r.randint(2, 3)):
            c = self.box(size * 0.35, size * 0.35)
            if i:
                c["marginLeft"] = -round(size * r.choice((0.1, 0.15, 0.2)))
            if r.random() < 0.4:
                c["opacity"] = r.choice((0.5, 0.8))
                self.f("opacity-nested")
            if r.random() < 0.3:
                c["borderRadius"] = "50%"
            self.maybe_transform(c, size * 0.35, 0.3)
            kids.append(el("div", c))
        if r.random() < 0.4:
            style["position"] = "relative"
            a = self.box(size * 0.3, size * 0.2, position="absolute", left=round(size * 0.1),
                         top=round(size * 0.1), opacity=0.6)
            kids.append(el("div", a))
            self.f("opacity-absolute")
        return el("div", style, kids)

    def spec_borders(self, size: float) -> dict[str, Any]:
        self.f("border-meets-radius")
        style = self.box(size * 0.75, size * 0.6)
        self.borders(style)
        style["borderRadius"] = self.radius(size * 0.6)
        if self.r.random() < 0.3:
            self.f("border-radius-longhands")
            for corner in self.r.sample(("TopLeft", "TopRight", "BottomRight", "BottomLeft"), 2):
                style[f"border{corner}Radius"] = self.r.choice((0, 12, "30%", "40px 10px", "50% 20%",
                                                                "20px 40px 8px"))
        self.maybe_transform(style, size, 0.25)
        return el("div", style)

    def spec_shadows(self, size: float) -> dict[str, Any]:
        self.f("shadow-specimen")
        style = self.box(size * 0.6, size * 0.5)
        style["boxShadow"] = self.shadow()
        if self.r.random() < 0.5:
            style["borderRadius"] = self.radius(size * 0.5)
        self.maybe_transform(style, size, 0.6)
        if self.r.random() < 0.4:
            self.f("shadow-in-clip")
            outer = self.box(size * 0.85, size * 0.7, overflow="hidden", alignItems="center",
                             justifyContent="center", borderRadius=self.radius(size * 0.6))
            return el("div", outer, el("div", style))
        if self.r.random() < 0.3:
            style["clipPath"] = self.clip_path()
            self.f("shadow-clip-path")
        return el("div", style)

    def spec_stack(self, size: float) -> dict[str, Any]:
        self.f("absolute-stack")
        r = self.r
        style = self.box(size * 0.85, size * 0.75, position="relative")
        if r.random() < 0.3:
            style["overflow"] = "hidden"
            style["borderRadius"] = self.radius(size * 0.5)
            self.f("stack-clipped")
        kids = []
        for i in range(r.randint(2, 4)):
            c = self.box(size * r.uniform(0.25, 0.5), size * r.uniform(0.2, 0.45), position="absolute")
            pos = r.random()
            if pos < 0.6:
                c["left"], c["top"] = round(size * r.uniform(-0.1, 0.5)), round(size * r.uniform(-0.1, 0.45))
            elif pos < 0.8:
                c["right"], c["bottom"] = round(size * r.uniform(-0.1, 0.4)), round(size * r.uniform(-0.1, 0.4))
            else:
                c["left"], c["bottom"] = f"{r.choice((10, 30, 55))}%", f"{r.choice((5, 25, 60))}%"
                self.f("stack-pct")
            if r.random() < 0.5:
                c["zIndex"] = r.choice((-1, 0, 1, 5, 10 - i))
                self.f("z-index")
            if r.random() < 0.3:
                c["boxShadow"] = self.shadow()
            self.maybe_transform(c, size * 0.4, 0.3)
            if r.random() < 0.3:
                c["borderRadius"] = self.radius(size * 0.3)
            kids.append(el("div", c))
        return el("div", style, kids)

    def image_uri(self) -> str:
        r = self.r
        iw, ih = r.choice(((16, 12), (12, 16), (20, 20), (24, 10)))
        a, b = self.colour(), self.colour()
        ca = tuple(int(a[i:i + 2], 16) for i in (1, 3, 5))
        cb = tuple(int(b[i:i + 2], 16) for i in (1, 3, 5))
        kind = r.choice(("checker", "quadrants", "ramp"))
        self.f(f"img-{kind}")

        def pixel(x: int, y: int) -> tuple[int, int, int, int]:
            if kind == "checker":
                c = ca if (x // 4 + y // 4) % 2 else cb
            elif kind == "quadrants":
                c = ca if (x < iw // 2) != (y < ih // 2) else cb
            else:
                t = x / (iw - 1)
                c = tuple(round(p * (1 - t) + q * t) for p, q in zip(ca, cb, strict=True))
            return (c[0], c[1], c[2], 255)

        return "data:image/png;base64," + base64.b64encode(rgba_png(iw, ih, pixel)).decode("ascii")

    def spec_image(self, size: float) -> dict[str, Any]:
        r = self.r
        self.f("img-in-clip")
        outer = self.box(size * 0.8, size * 0.65, overflow="hidden", alignItems="center", justifyContent="center")
        outer["borderRadius"] = self.radius(size * 0.6)
        if r.random() < 0.4:
            self.borders(outer)
        iw, ih = round(size * r.uniform(0.5, 0.9)), round(size * r.uniform(0.4, 0.7))
        img_style: dict[str, Any] = {"width": iw, "height": ih}
        fit = r.choice(("cover", "contain", "fill", "none", "scale-down", None))
        if fit:
            img_style["objectFit"] = fit
            self.f(f"fit-{fit}")
        if r.random() < 0.5:
            img_style["objectPosition"] = r.choice(("left top", "right", "bottom", "20% 80%", "10px 5px",
                                                    "center", "right bottom"))
            self.f("object-position")
        if r.random() < 0.4:
            img_style["borderRadius"] = self.radius(size * 0.4)
        self.maybe_transform(img_style, size * 0.5, 0.3)
        return el("div", outer, el("img", img_style, src=self.image_uri(), width=iw, height=ih))

    def spec_bg_clip(self, size: float) -> dict[str, Any]:
        r = self.r
        style = self.box(size * 0.75, size * 0.6)
        style.pop("backgroundColor", None)
        style["backgroundImage"] = self.gradient()
        if r.random() < 0.4:
            style["backgroundColor"] = self.colour()
        style["padding"] = r.choice((8, 16, "12px 24px"))
        style["border"] = f"{r.choice((6, 12, 16))}px {r.choice(('dashed', 'solid'))} {self.colour(True)}"
        if r.random() < 0.7:
            style["backgroundClip"] = r.choice(("border-box", "padding-box", "content-box"))
            self.f(f"bg-clip-{style['backgroundClip']}")
        if r.random() < 0.6:
            style["backgroundOrigin"] = r.choice(("border-box", "padding-box", "content-box"))
            self.f(f"bg-origin-{style['backgroundOrigin']}")
        if r.random() < 0.5:
            style["backgroundSize"] = r.choice(("50% 50%", "30px 20px", "100% 100%"))
            style["backgroundRepeat"] = r.choice(("no-repeat", "repeat"))
        if r.random() < 0.4:
            style["borderRadius"] = self.radius(size * 0.5)
        self.maybe_transform(style, size, 0.2)
        return el("div", style)

    def layer(self, size: float, depth: int) -> dict[str, Any]:
        """A box carrying two to four geometry effects at once, wrapping ``depth`` more such boxes: the
        effects' order of application (transform, clip, mask, opacity, shadow) is what a compositor gets
        wrong."""
        r = self.r
        style = self.box(size * r.uniform(0.55, 0.9), size * r.uniform(0.5, 0.85), alignItems="center",
                         justifyContent=r.choice(("center", "flex-start", "space-between")))
        if r.random() < 0.25:
            style.pop("backgroundColor", None)
            style.pop("backgroundImage", None)
        effects = r.sample(("transform", "overflow", "clip-path", "mask", "opacity", "border", "shadow",
                            "radius", "filter", "absolute"), r.randint(2, 4))
        for effect in effects:
            self.f(f"combo-{effect}")
            if effect == "transform":
                style["transform"] = self.transform(size)
                if r.random() < 0.6:
                    style["transformOrigin"] = self.origin()
            elif effect == "overflow":
                style["overflow"] = "hidden"
                if r.random() < 0.7:
                    style["borderRadius"] = self.radius(size * 0.6)
            elif effect == "clip-path":
                style["clipPath"] = self.clip_with_box()
            elif effect == "mask":
                img, extra = self.mask()
                style["maskImage"] = img
                style.update(extra)
            elif effect == "opacity":
                style["opacity"] = r.choice((0.4, 0.6, 0.8))
            elif effect == "border":
                self.borders(style)
            elif effect == "shadow":
                style["boxShadow"] = self.shadow()
            elif effect == "radius":
                style["borderRadius"] = self.radius(size * 0.6)
            elif effect == "filter":
                style["filter"] = r.choice(("blur(2px)", "drop-shadow(4px 4px 0 #000)", "grayscale(1)",
                                            "brightness(0.6) contrast(1.5)", "hue-rotate(90deg)",
                                            "drop-shadow(0 0 6px rgba(0,0,0,0.6)) blur(1px)"))
            elif effect == "absolute":
                style["position"] = "absolute"
                style[r.choice(("left", "right"))] = round(size * r.uniform(-0.15, 0.3))
                style[r.choice(("top", "bottom"))] = round(size * r.uniform(-0.15, 0.3))
        if r.random() < 0.3:
            style["padding"] = r.choice((4, 10, "6px 14px"))
        kids: list[dict[str, Any]] = []
        if depth > 0:
            kids.append(self.layer(size * 0.8, depth - 1))
            if r.random() < 0.35:
                kids.append(self.child(size * 0.6))
        elif r.random() < 0.6:
            kids.append(self.child(size * 0.6))
        if r.random() < 0.15:
            iw, ih = round(size * 0.5), round(size * 0.4)
            kids.append(el("img", {"width": iw, "height": ih, "objectFit": r.choice(("cover", "contain"))},
                           src=self.image_uri(), width=iw, height=ih))
        if any(k["props"]["style"].get("position") == "absolute" for k in kids):
            style["position"] = "relative"
        return el("div", style, kids or None)

    def spec_combo(self, size: float) -> dict[str, Any]:
        depth = self.r.choice((1, 1, 2, 2, 3))
        self.f(f"combo-depth-{depth}")
        return self.layer(size, depth)

    def card(self) -> dict[str, Any]:
        r = self.r
        n = r.choice((1, 1, 2, 2, 3))
        stage = min(self.w / n, self.h) * 0.9
        specimens = []
        for _ in range(n):
            family = r.choice(FAMILIES)
            self.f(f"fam-{family}")
            make = getattr(self, "spec_" + family.replace("-", "_"))
            specimens.append(el("div", {"display": "flex", "width": round(stage), "height": round(stage),
                                        "alignItems": "center", "justifyContent": "center"}, make(stage)))
        root = {"display": "flex", "width": "100%", "height": "100%", "alignItems": "center",
                "justifyContent": r.choice(("space-around", "center", "space-between")),
                "backgroundColor": r.choice(("#f1f1f1", "#ffffff", "#0b132b", "#fefae0"))}
        if r.random() < 0.2:
            # a transform on the card's only wrapper: everything inherits it
            inner = {"display": "flex", "width": "100%", "height": "100%", "alignItems": "center",
                     "justifyContent": "space-around", "transform": self.transform(min(self.w, self.h))}
            self.f("tf-wrapper")
            return el("div", root, el("div", inner, specimens))
        return el("div", root, specimens)


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` is unused: pictures are data URIs)."""
    del assets
    r = random.Random(f"uranian-size-{seed}")
    w, h = r.choice(SMALL_CANVASES if small else CANVASES)
    g = _Uranian(seed, w, h)
    doc: dict[str, Any] = {"width": w, "height": h, "element": g.card()}
    return Generated(seed, doc, tuple(sorted(g.features)))
