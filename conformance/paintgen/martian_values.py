"""The martian generator's values: lengths, colours, angles, positions, gradients and pictures.

Role: :class:`MartianValues` holds one document's draws (one ``random.Random``, the features drawn,
whether listed spellings may appear) and writes single values in the forms card authors mix: px and
numbers, lengths in several units, colours in every syntax, angles and rotations, background positions,
gradient stops and gradients (for masks too), and pictures (PNG and SVG data URIs, asset files);
:mod:`conformance.paintgen.martian` writes them into paint families and element trees. Standard library only.
"""

from __future__ import annotations

import base64
import random
import urllib.parse
from pathlib import Path
from typing import Any

from conformance.paintgen.generate import rgba_png

ASSETS = Path(__file__).resolve().parent.parent / "assets"
WORDS = ("Ship", "faster", "with", "Vercel", "Open", "Graph", "Image", "Launch", "week", "Day", "3",
         "Pricing", "starts", "at", "$0", "Edge", "runtime", "is", "here", "blog", "post", "by", "Jane", "Doe",
         "Introducing", "the", "new", "API", "Read", "more", "docs", "v15.2", "—", "hello", "world", "✓")
NAMED = ("red", "blue", "green", "white", "black", "orange", "purple", "pink", "gold", "navy", "teal", "tomato",
         "crimson", "coral", "indigo", "violet", "salmon", "skyblue", "steelblue", "lightgray", "darkslategray",
         "lime", "yellow", "maroon", "olive", "silver", "gray", "aqua", "seagreen", "orchid", "chocolate")
PALETTE = ("#000", "#fff", "#111827", "#f9fafb", "#ef4444", "#3b82f6", "#10b981", "#f59e0b", "#8b5cf6",
           "#ec4899", "#0ea5e9", "#22c55e", "#e11d48", "#6366f1", "#14b8a6", "#facc15", "#1e293b", "#0070f3",
           "#ff0080", "#7928ca", "#50e3c2", "#f5a623", "#333", "#eaeaea", "#999")
FONTS = (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Bold.ttf", 700, "normal"),
         ("Geist", "Geist-Italic.ttf", 400, "italic"), ("Roboto", "Roboto-Regular.ttf", 400, "normal"),
         ("Roboto", "Roboto-Bold.ttf", 700, "normal"), ("Geist Mono", "GeistMono-Regular.ttf", 400, "normal"))
CANVASES = ((1200, 630), (800, 420), (600, 315), (512, 512), (640, 320), (400, 400), (720, 360))
SMALL_CANVASES = ((200, 120), (160, 160), (240, 130), (180, 100))


class MartianValues:
    """One document's random choices; ``features`` names what was drawn (``L:`` for listed spellings)."""

    def __init__(self, seed: int, small: bool) -> None:
        self.r = random.Random(seed * 7919 + 17)
        self.small = small
        self.features: set[str] = set()
        self.listed_ok = self.r.random() < 0.15  # a few documents may carry listed-difference spellings
        self.count = 0
        self.budget = 0

    def f(self, name: str) -> None:
        self.features.add(name)

    def p(self, chance: float) -> bool:
        return self.r.random() < chance

    # -- values -------------------------------------------------------------------------------------------
    def px(self, lo: int, hi: int, *, number: float = 0.4) -> Any:
        """A pixel length: a React number or a ``"Npx"`` string (sometimes fractional)."""
        v: float = self.r.randint(lo, hi)
        if self.p(0.12):
            v = round(v + self.r.choice((0.5, 0.25, 0.75)), 2)
        if self.p(number):
            return v
        return f"{v}px"

    def length(self, lo: int, hi: int) -> str:
        roll = self.r.random()
        if roll < 0.6:
            return f"{self.r.randint(lo, hi)}px"
        if roll < 0.75:
            self.f("unit-em")
            return f"{round(self.r.uniform(lo, hi) / 16, 2)}{self.r.choice(('em', 'rem'))}"
        if roll < 0.9:
            return f"{self.r.randint(0, 100)}%"
        if lo <= 0 < hi:
            return "0"
        return f"{self.r.randint(lo, hi)}px"

    def colour(self, alpha: bool = True) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.22:
            return r.choice(NAMED)
        if roll < 0.45:
            return r.choice(PALETTE)
        if roll < 0.55:
            return "#" + "".join(r.choice("0123456789abcdefABCDEF") for _ in range(6))
        if roll < 0.6 and alpha:
            self.f("hex8")
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(r.choice((4, 8))))
        if roll < 0.72:
            c = [r.randint(0, 255) for _ in range(3)]
            sep = r.choice((", ", ","))
            if alpha and self.p(0.6):
                return f"rgba({sep.join(map(str, c))}{sep}{r.choice(('0.5', '.3', '0.85', '1', '0'))})"
            return f"rgb({sep.join(map(str, c))})"
        if roll < 0.82:
            self.f("hsl")
            h, s, li = r.randint(0, 359), r.randint(0, 100), r.randint(0, 100)
            if alpha and self.p(0.5):
                return f"hsla({h}, {s}%, {li}%, {r.choice(('0.4', '0.7', '1'))})"
            return f"hsl({h}, {s}%, {li}%)"
        if roll < 0.88:
            self.f("currentColor")
            return "currentColor"
        if roll < 0.92 and alpha:
            return "transparent"
        if self.listed_ok and roll < 0.97:
            self.f("L:css4-colour")
            return r.choice((f"hsl({r.randint(0, 359)} 60% 50%)", f"hwb({r.randint(0, 359)} 10% 20%)",
                             "lab(52% 40 -20)", "rebeccapurple", "rgb(10 200 30 / 50%)", "oklch(70% 0.1 200)"))
        return r.choice(NAMED)

    def angle(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.55:
            return f"{r.randint(-360, 720)}deg"
        if roll < 0.7:
            return f"{round(r.uniform(-3.2, 6.3), 3)}rad"
        if roll < 0.85:
            self.f("angle-turn")
            return f"{round(r.uniform(0, 1.5), 3)}turn"
        self.f("angle-grad")
        return f"{r.randint(0, 400)}grad"

    def rotation(self) -> str:
        """An angle for ``rotate()``/``skew()``: turn and grad there are listed differences."""
        r = self.r
        if self.listed_ok and self.p(0.2):
            self.f("L:rotate-turn")
            return r.choice((f"{round(r.uniform(0, 1), 2)}turn", f"{r.randint(0, 400)}grad"))
        if self.p(0.25):
            return f"{round(r.uniform(-3.2, 3.2), 3)}rad"
        return f"{r.randint(-180, 360)}deg"

    def position(self, *, four: bool = True) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.3:
            return r.choice(("center", "top", "bottom", "left", "right", "top left", "bottom right", "right top",
                             "center bottom", "left center", "top center", "center center"))
        if roll < 0.55:
            return f"{r.randint(0, 100)}% {r.randint(0, 100)}%"
        if roll < 0.75:
            return f"{r.randint(-20, 120)}px {r.randint(-20, 120)}px"
        if roll < 0.88:
            return f"{r.choice(('left', 'center', 'right'))} {r.randint(0, 100)}%"
        if four:
            self.f("position-4")
            x = f"{r.choice(('left', 'right'))} {r.randint(0, 40)}px"
            return f"{x} {r.choice(('top', 'bottom'))} {r.randint(0, 40)}px"
        return f"{r.randint(0, 60)}px {r.randint(0, 100)}%"

    # -- gradients and images --------------------------------------------------------------------------
    def stops(self, n: int, unit: str = "%", repeating: bool = False) -> str:
        r = self.r
        parts: list[str] = []
        positions = sorted(r.randint(0, 100) for _ in range(n))
        for i in range(n):
            c = self.colour()
            roll = r.random()
            if roll < 0.4:
                parts.append(c)
            elif roll < 0.8:
                parts.append(f"{c} {positions[i]}{unit if unit == '%' or self.p(0.5) else '%'}")
            else:
                self.f("stop-double")
                a = positions[i]
                parts.append(f"{c} {a}% {min(100, a + r.randint(0, 30))}%")
            if i < n - 1 and self.p(0.15):
                self.f("stop-hint")
                parts.append(f"{r.randint(5, 95)}%")
        if parts and parts[-1].endswith("%") and " " not in parts[-1]:
            parts.pop()
        if repeating and " " not in parts[-1].split(")")[-1].strip():
            end = r.randint(10, 60)
            parts[-1] = f"{parts[-1]} {end}{r.choice(('px', '%', 'px'))}"
        return r.choice((", ", ",")).join(parts)

    def gradient(self, mask: bool = False) -> str:
        r = self.r
        roll = r.random()
        n = r.randint(2, 5)
        if roll < 0.45:
            self.f("g-linear")
            lead = r.random()
            head = ""
            if lead < 0.5:
                head = self.angle() + ", "
            elif lead < 0.8:
                head = "to " + r.choice(("right", "left", "top", "bottom", "top right", "bottom left", "left top",
                                         "right bottom")) + ", "
            kind = "repeating-linear-gradient" if self.p(0.2) else "linear-gradient"
            unit = "px" if kind.startswith("repeating") else "%"
            if kind.startswith("repeating"):
                self.f("g-repeating-linear")
            return f"{kind}({head}{self.stops(n, unit, unit == 'px')})"
        if roll < 0.85 or not self.listed_ok:
            self.f("g-radial")
            shape = r.choice(("", "circle", "ellipse", "circle 40px", "60px 30px", "closest-side", "farthest-corner",
                              "circle closest-corner", "ellipse farthest-side", "50% 30%"))
            at = f"at {self.position(four=False)}" if self.p(0.5) else ""
            head = " ".join(x for x in (shape, at) if x)
            kind = "repeating-radial-gradient" if self.p(0.2) else "radial-gradient"
            if kind.startswith("repeating"):
                self.f("g-repeating-radial")
            return f"{kind}({head + ', ' if head else ''}{self.stops(n, repeating=kind[0] == 'r')})"
        self.f("L:conic")
        return f"conic-gradient(from {r.randint(0, 360)}deg, {self.stops(n)})"

    def picture(self) -> tuple[str, int, int]:
        """A data URI (PNG drawn here, one of the JPEG assets, or SVG text) and its natural size."""
        r = self.r
        roll = r.random()
        if roll < 0.45:
            self.f("data-png")
            w, h = r.randint(2, 40), r.randint(2, 40)
            a, b = [r.randint(0, 255) for _ in range(4)], [r.randint(0, 255) for _ in range(4)]
            a[3] = r.choice((255, 255, 128, 0))
            b[3] = 255
            kind = r.randint(0, 2)

            def pixel(x: int, y: int) -> tuple[int, ...]:
                on = ((x + y) % 2 == 0) if kind == 0 else (x < w // 2) if kind == 1 else (x * x + y * y < w * h // 2)
                return tuple(a if on else b)

            return "data:image/png;base64," + base64.b64encode(rgba_png(w, h, pixel)).decode(), w, h
        if roll < 0.65:
            self.f("data-jpeg")
            name, size = r.choice((("photo.jpg", (64, 48)), ("photo-440.jpg", (0, 0))))
            return "data:image/jpeg;base64," + base64.b64encode((ASSETS / name).read_bytes()).decode(), *size
        self.f("data-svg")
        w, h = r.choice(((24, 24), (100, 60), (40, 80), (32, 32)))
        fill, stroke = r.choice(PALETTE), r.choice(NAMED)
        shape = r.choice((f'<circle cx="{w // 2}" cy="{h // 2}" r="{min(w, h) // 3}" fill="{fill}"/>',
                          f'<rect x="2" y="2" width="{w - 4}" height="{h - 4}" rx="4" fill="{fill}" '
                          f'stroke="{stroke}" stroke-width="2"/>',
                          f'<path d="M0 {h} L{w // 2} 0 L{w} {h} Z" fill="{fill}"/>'))
        body = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
                f'viewBox="0 0 {w} {h}">{shape}</svg>')
        if self.p(0.6):
            return "data:image/svg+xml;base64," + base64.b64encode(body.encode()).decode(), w, h
        self.f("data-svg-utf8")
        return "data:image/svg+xml;utf8," + urllib.parse.quote(body, safe=" =\"/:<>.-"), w, h

    # -- families ----------------------------------------------------------------------------------------
