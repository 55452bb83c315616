"""The plutonian generator's values: numbers, colours, fills, strokes and effects as design tools export them.

Role: :class:`DesignValues` holds one document's draws (one ``random.Random``, the exporter persona,
the features used) and writes what a layer's paint panel exports: pixel numbers rounded as each exporter
rounds them, percentages, swatches as upper-case hex or two-decimal rgba, gradient stops and fills,
strokes as borders, outlines and rings, shadow lists, per-corner radii, layer effects and rotations.
:mod:`conformance.paintgen.plutonian` places layers, text, images and vectors with them. Standard
library only.
"""

from __future__ import annotations

import math
import random
from typing import Any

# Faces registered under the names design files use (the card's fonts option), and the families a text
# layer asks for: the design name first, quoted as exporters quote it, then fallbacks
FACES = (("Inter", "Geist-Regular.ttf", 400, "normal"), ("Inter", "Geist-Bold.ttf", 700, "normal"),
         ("Inter", "Geist-Light.ttf", 300, "normal"), ("Inter", "Geist-Black.ttf", 900, "normal"),
         ("Inter", "Geist-Italic.ttf", 400, "italic"), ("Roboto", "Roboto-Regular.ttf", 400, "normal"),
         ("Roboto", "Roboto-Bold.ttf", 700, "normal"), ("JetBrains Mono", "GeistMono-Regular.ttf", 400, "normal"))
FAMILY_LISTS = ("'Inter'", "\"Inter\", sans-serif", "Inter, system-ui, sans-serif", "'Roboto', Arial, sans-serif",
                "Roboto", "'JetBrains Mono', monospace", "\"SF Pro Display\", 'Inter', sans-serif",
                "'Inter Tight', 'Inter'", "sans-serif", "'Helvetica Neue', Helvetica, Arial")
# Design-file swatches as tools print them: upper-case hex, rgba with two-decimal alphas
SWATCHES = ((30, 30, 30), (255, 255, 255), (24, 160, 251), (242, 78, 30), (162, 89, 255), (10, 207, 131),
            (255, 199, 0), (0, 0, 0), (246, 246, 246), (99, 102, 241), (236, 72, 153), (20, 24, 38))
WORDS = ("Ship faster", "Design system", "Get started", "Pricing", "New release v2.4", "Dashboard",
         "Weekly report", "Sign up free", "Components", "Untitled", "Frame 12", "Button", "Hello world",
         "Q3 revenue up 24%", "Made with Figma", "Read more", "Team plan")
PERSONAS = ("figma", "locofy", "anima", "builder", "framer")


def dec(v: float, places: int) -> str:
    """``v`` with at most ``places`` decimals, trailing zeros dropped, as exporters print numbers."""
    text = f"{v:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class DesignValues:
    """One document's draws (every draw from one ``random.Random``) and the features it used."""

    def __init__(self, seed: int, w: int, h: int) -> None:
        self.r = random.Random(f"plutonian-{seed}")
        self.w, self.h = w, h
        self.features: set[str] = set()
        self.persona = self.r.choice(PERSONAS)
        self.f(f"tool-{self.persona}")
        self.listed = self.r.random() < 0.07
        self.scale = min(w / 400, h / 300)

    def f(self, name: str) -> None:
        self.features.add(name)

    # --- numbers as each exporter writes them --------------------------------------------------------
    def px(self, v: float) -> Any:
        """A length the way this document's tool prints it: Figma and Anima strings with fractional px,
        Locofy numbers, Builder whole pixels, Framer three decimals."""
        p = self.persona
        if p == "locofy":
            return round(v, 2)
        if p == "builder":
            return f"{round(v)}px"
        if p == "anima":
            return f"{dec(v, 2)}px"
        return f"{dec(v, 3)}px"

    def frac(self, lo: float, hi: float) -> float:
        # design coordinates: rarely whole, often a thousandth off
        return self.r.uniform(lo, hi) * self.scale

    def pct(self) -> str:
        return f"{dec(self.r.uniform(0, 100), self.r.choice((0, 2, 2, 4)))}%"

    # --- colours ------------------------------------------------------------------------------------
    def colour(self, alpha: bool = True) -> str:
        r, g, b = self.r.choice(SWATCHES)
        roll = self.r.random()
        if alpha and roll < 0.35:
            a = self.r.choice((0, 0.04, 0.1, 0.12, 0.25, 0.4, 0.5, 0.64, 0.8, 0.96))
            self.f("rgba-export")
            return f"rgba({r}, {g}, {b}, {dec(a, 2)})"
        if roll < 0.75:
            return f"#{r:02X}{g:02X}{b:02X}"
        if roll < 0.85:
            self.f("hex-lower")
            return f"#{r:02x}{g:02x}{b:02x}"
        if roll < 0.93 and alpha:
            self.f("hex8")
            return f"#{r:02X}{g:02X}{b:02X}{self.r.choice((0x1A, 0x80, 0xCC, 0x33)):02X}"
        return f"rgb({r}, {g}, {b})"

    def stops(self, n: int) -> str:
        marks = sorted(self.r.uniform(0, 100) for _ in range(n))
        roll = self.r.random()
        if roll < 0.45:
            marks[0], marks[-1] = 0, 100
        elif roll < 0.65:
            # Figma's gradient handles dragged past the layer: stops below 0 % and above 100 %
            marks[0], marks[-1] = self.r.uniform(-60, -0.5), self.r.uniform(100.5, 180)
            self.f("stops-outside")
        parts = []
        for m in marks:
            places = self.r.choice((0, 2, 2, 4))
            parts.append(f"{self.colour()} {dec(m, places)}%")
        return ", ".join(parts)

    def gradient(self) -> str:
        r = self.r
        kind = r.random()
        n = r.choice((2, 2, 3, 4, 6))
        self.f(f"stops-{min(n, 4)}")
        if self.listed and kind < 0.12:
            self.f("L:conic-gradient")
            return f"conic-gradient(from 180deg at 50% 50%, {self.stops(n)})"
        if kind < 0.55:
            angle = r.choice(("180deg", "180deg", "90deg", "0deg", "135deg", "270deg", "-45deg",
                              f"{dec(r.uniform(0, 360), 2)}deg", "to right", "to bottom right"))
            self.f("linear-" + ("deg" if angle.endswith("deg") else "to"))
            return f"linear-gradient({angle}, {self.stops(n)})"
        self.f("radial")
        size = r.choice(("50% 50% at 50% 50%", "50% 50% at 50% 50%",
                         f"{self.pct()} {self.pct()} at {self.pct()} {self.pct()}",
                         "100% 100% at 0% 0%", "circle at 50% 0%", "closest-side", "ellipse at center",
                         f"{dec(self.r.uniform(100, 220), 2)}% {dec(self.r.uniform(100, 220), 2)}% at "
                         f"{dec(self.r.uniform(-20, 120), 2)}% {dec(self.r.uniform(-20, 120), 2)}%"))
        return f"radial-gradient({size}, {self.stops(n)})"

    def fill(self, style: dict[str, Any]) -> None:
        r = self.r
        roll = r.random()
        if roll < 0.08:
            # an image fill: Figma's export names a file; a pasted data URI stands in for it
            uri = self.image_uri()
            style["backgroundImage"] = r.choice((f"url({uri})", f"url('{uri}')", f'url("{uri}")'))
            style["backgroundSize"] = r.choice(("cover", "contain", "100% 100%", "auto"))
            style["backgroundPosition"] = r.choice(("center", "50% 50%", "center center", "top left"))
            style["backgroundRepeat"] = r.choice(("no-repeat", "no-repeat", "repeat"))
            self.f("fill-image")
            return
        if roll < 0.3:
            key = r.choice(("background", "backgroundColor", "background"))
            style[key] = self.colour()
            self.f("fill-solid")
            return
        layers = [self.gradient() for _ in range(r.choice((1, 1, 2, 3)))]
        self.f(f"fill-layers-{len(layers)}")
        if r.random() < 0.35:
            # Figma's stacked fills: a solid last layer written as a flat gradient or a bare colour
            c = self.colour(alpha=False)
            if r.random() < 0.5:
                layers.append(f"linear-gradient(0deg, {c}, {c})")
                self.f("fill-flat-gradient")
            else:
                style["backgroundColor"] = c
                self.f("fill-under-colour")
        style[r.choice(("background", "background", "backgroundImage"))] = ", ".join(layers)

    # --- strokes and effects ------------------------------------------------------------------------
    def stroke(self, style: dict[str, Any]) -> None:
        r = self.r
        width = r.choice((1, 1, 1.5, 2, 0.5, 3))
        w = f"{dec(width, 2)}px"
        kind = r.choice(("border", "border", "ring-inset", "ring", "outline", "sides"))
        self.f(f"stroke-{kind}")
        c = self.colour()
        if kind == "border":
            style["border"] = f"{w} {r.choice(('solid', 'solid', 'dashed'))} {c}"
            if r.random() < 0.5:
                style["boxSizing"] = "border-box"
        elif kind == "ring-inset":
            if self.listed and r.random() < 0.5:
                # "copy as CSS" from some tools writes inset last, which Next reads as a black ring
                style["boxShadow"] = f"0 0 0 {w} {c} inset"
                self.f("L:shadow-inset-last")
            else:
                style["boxShadow"] = f"inset 0px 0px 0px {w} {c}"
        elif kind == "ring":
            style["boxShadow"] = f"0px 0px 0px {w} {c}"
        elif kind == "outline":
            style["outline"] = f"{w} solid {c}"
            style["outlineOffset"] = f"-{w}"
        else:
            side = r.choice(("Top", "Bottom", "Left", "Right"))
            style[f"border{side}"] = f"{w} solid {c}"

    def shadows(self) -> str:
        r = self.r
        out = []
        for _ in range(r.choice((1, 1, 2, 3))):
            x, y = r.choice((0, 0, 1, 2, -2)), r.choice((1, 2, 4, 8, 12, 24))
            blur = r.choice((0, 2, 4, 8, 16, 24, 32))
            spread = r.choice(("", "", " 0px", " -4px", " 2px"))
            inner = r.random() < 0.2
            if inner:
                self.f("inner-shadow")
            text = f"{x}px {y}px {blur}px{spread} {self.colour()}"
            out.append(("inset " if inner else "") + text)
        self.f(f"shadows-{len(out)}")
        return ", ".join(out)

    def radius(self, w: float, h: float) -> Any:
        r = self.r
        roll = r.random()
        if roll < 0.55:
            return self.px(r.choice((2, 4, 8, 12, 16, 24, 999, min(w, h) / 2, r.uniform(1, 30))))
        if roll < 0.8:
            self.f("radius-corners")
            return " ".join(f"{dec(r.choice((0, 4, 8.5, 16, 24.25)), 2)}px" for _ in range(4))
        self.f("radius-longhand")
        return {f"border{c}Radius": self.px(r.choice((0, 6, 12.5, 32))) for c in
                ("TopLeft", "TopRight", "BottomRight", "BottomLeft")}

    def effects(self, style: dict[str, Any], w: float, h: float) -> None:
        r = self.r
        if r.random() < 0.5:
            rad = self.radius(w, h)
            if isinstance(rad, dict):
                style.update(rad)
            else:
                style["borderRadius"] = rad
        if r.random() < 0.3:
            self.stroke(style)
        if r.random() < 0.35:
            sh = self.shadows()
            style["boxShadow"] = f"{style['boxShadow']}, {sh}" if "boxShadow" in style else sh
        if r.random() < 0.12:
            style["filter"] = f"blur({dec(r.choice((2, 4, 8, 12.5, 40)), 1)}px)"
            self.f("layer-blur")
        if r.random() < 0.12:
            style["backdropFilter"] = f"blur({r.choice((4, 10, 20))}px)"
            self.f("backdrop-blur")
        if r.random() < 0.1:
            style["mixBlendMode"] = r.choice(("multiply", "screen", "overlay", "darken", "pass-through"))
            self.f("blend-mode")
        if r.random() < 0.2:
            style["opacity"] = r.choice((0.2, 0.5, 0.64, 0.8, 0.9, "0.5"))
            self.f("layer-opacity")
        if r.random() < 0.18:
            self.rotate(style)

    def rotate(self, style: dict[str, Any]) -> None:
        r = self.r
        if self.listed and r.random() < 0.3:
            a = math.radians(r.choice((-12.5, 8, 30)))
            style["transform"] = (f"matrix({dec(math.cos(a), 4)}, {dec(math.sin(a), 4)}, "
                                  f"{dec(-math.sin(a), 4)}, {dec(math.cos(a), 4)}, 0, 0)")
            self.f("L:matrix")
            return
        angle = r.choice((-12.5, -90, 45, 8, -3.75, 180, 15.25, -30))
        style["transform"] = f"rotate({dec(angle, 2)}deg)"
        self.f("rotate")
        if r.random() < 0.7:
            style["transformOrigin"] = r.choice(("top left", "0 0", "left top", "0px 0px", "center",
                                                 "50% 50%", "top right", "bottom left"))
            self.f("origin-" + style["transformOrigin"].replace(" ", "-"))

    # --- layers ---------------------------------------------------------------------------------------
