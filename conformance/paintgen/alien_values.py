"""The alien generator's value grammar: every form CSS accepts for lengths, angles, colours, gradients, shadows.

Role: :class:`AlienValues` draws single values (numbers and lengths in every unit, ``calc()``, angles,
side lists, colours in every syntax, images, gradient stops and gradients, background positions and
sizes, shadows) from one seeded :class:`random.Random`; :mod:`conformance.paintgen.alien` writes them into
properties and element trees. Imports only the standard library, never :mod:`pureog`.
"""

from __future__ import annotations

import random
from typing import Any

FONT_FILES = (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Bold.ttf", 700, "normal"),
              ("Geist", "Geist-Italic.ttf", 400, "italic"), ("Geist", "Geist-Light.ttf", 300, "normal"),
              ("Geist", "Geist-Black.ttf", 900, "normal"), ("Geist Mono", "GeistMono-Regular.ttf", 400, "normal"),
              ("Roboto", "Roboto-Regular.ttf", 400, "normal"), ("Roboto", "Roboto-Bold.ttf", 700, "normal"),
              ("Nanum Gothic", "NanumGothic-subset.ttf", 400, "normal"))
"""Faces a document may register (a random subset; none means Next's default Geist Regular)."""

IMAGES = (("photo.png", 64, 48), ("photo.jpg", 0, 0), ("avatar.png", 96, 96), ("alpha.png", 48, 48),
          ("grey.png", 32, 32), ("palette.png", 16, 16), ("pixels.png", 4, 4), ("tile.png", 20, 20),
          ("texture.jpg", 0, 0), ("logo.svg", 0, 0))
NAMES = ("red", "blue", "green", "orange", "purple", "teal", "navy", "gold", "crimson", "tomato", "salmon",
         "skyblue", "slategray", "black", "white", "hotpink", "lime", "coral", "darkgreen", "lightgray",
         "RED", "Blue", "DarkOrange", "aliceblue", "chartreuse", "cyan", "magenta", "indigo", "fuchsia")
WORDS = ("Hello", "world", "OG", "image", "render", "Next.js", "card", "launch", "fast", "pixel", "quiet",
         "brown", "fox", "jumps", "over", "lazy", "dog", "2026", "v1.2.3", "docs", "blog", "release",
         "naïve", "café", "Straße", "typography", "gradient", "shadow", "→", "—", "&", "$49", "100%")
UNITS = ("px", "px", "px", "em", "rem", "%", "vw", "vh", "vmin", "vmax", "pt", "pc", "in", "cm", "mm", "Q", "ch")
ABSOLUTE = {"pt": 0.75 * 1.333, "pc": 16.0, "in": 96.0, "cm": 37.8, "mm": 3.78, "Q": 0.945}
INVALID_LENGTHS = ("10 px", "px", "auto auto", "1O px", "12pxx", "--4px", "inherit", "initial", "unset", "none",
                   "red", "solid", "NaN", "1e400px", "", " ")
NAMES_PART = ("red", "blue", "green", "orange", "purple", "teal", "navy", "gold", "crimson", "tomato", "salmon",
              "skyblue", "black", "white", "hotpink", "lime", "coral", "indigo", "fuchsia", "aqua")
"""Names css-to-react-native reads in shorthands (it throws on ``cyan``, ``magenta`` and any upper case)."""


class AlienValues:
    """One document's random value choices; ``features`` collects what was drawn (``L:`` for listed forms)."""

    """One document's random choices; ``features`` collects what was drawn (``L:`` for listed forms)."""

    def __init__(self, seed: int, assets: str, small: bool) -> None:
        self.r = random.Random(seed * 7919 + 17)
        self.assets = assets.rstrip("/")
        self.small = small
        self.features: set[str] = set()
        self.invalid_rate = self.r.choice((0.0, 0.01, 0.02, 0.04))
        # A fifth of the documents draw the spellings spec/differences.md lists (black in Next, the CSS
        # colour in pureog) freely; in the others they would sit in every document and hide the rest.
        self.listed = self.r.random() < 0.2
        self.w = 0
        self.h = 0
        self.families: list[str] = []

    def f(self, name: str) -> None:
        self.features.add(name)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def bad(self) -> bool:
        """Whether this value is to be an invalid-but-plausible one."""
        if self.r.random() < self.invalid_rate:
            self.f("invalid")
            return True
        return False

    # -- numbers and lengths ------------------------------------------------------------------------------

    def num(self, lo: float, hi: float, frac: float = 0.3) -> str:
        v = self.r.uniform(lo, hi)
        if self.chance(frac):
            text = f"{v:.2f}".rstrip("0").rstrip(".")
            if text.startswith("0.") and self.chance(0.3):
                text = text[1:]  # .5
            if text.startswith("-0.") and self.chance(0.3):
                text = "-" + text[2:]
            return text or "0"
        return str(round(v))

    def length(self, lo: float = 0, hi: float = 40, *, percent: bool = True, neg: bool = False,
               calc: bool = False, auto: bool = False, name: str = "len", part: bool = False) -> Any:
        """A length in a random unit whose resolved size stays roughly within ``lo..hi`` px. ``part``: one
        value of a shorthand string, where Next's parser (css-to-react-native) wants a unit on every
        non-zero number and knows no ``Q``: such spellings are drawn rarely (they cost the document)."""
        r = self.r
        if part:  # Next throws on any part css-to-react-native does not read: only valid ones
            if self.chance(0.1):
                return "0"
            unit = r.choice(UNITS[:-2] + ("ch",))
            if unit == "%" and not percent:
                unit = "px"
            self.f(f"unit-{unit}")
            return self._with_unit(lo, hi, unit)
        if auto and self.chance(0.08):
            return r.choice(("auto", "AUTO"))
        if neg and self.chance(0.2):
            lo, hi = -hi / 2, -lo / 2 if lo else 0.0
        roll = r.random()
        if roll < 0.25:
            return round(r.uniform(lo, hi)) if self.chance(0.8) else round(r.uniform(lo, hi), 1)
        if roll < 0.32:
            self.f("numeric-string")
            return self.num(lo, hi)
        if calc and roll < 0.37:
            self.f(f"{name}-calc")
            self.f("calc")
            return r.choice((f"calc(100% - {self.num(0, 40)}px)", f"calc({self.num(lo, hi)}px + 1em)",
                             f"calc(50% + {self.num(-20, 20)}px)", f"calc({self.num(1, 4)} * 8px)"))
        unit = r.choice(UNITS)
        if unit == "%" and not percent:
            unit = "px"
        self.f(f"unit-{unit}")
        return self._with_unit(lo, hi, unit)

    def _with_unit(self, lo: float, hi: float, unit: str) -> str:
        if unit == "px":
            value = self.num(lo, hi)
        elif unit in ("em", "rem", "ch"):
            value = self.num(lo / 16, hi / 16, 0.8)
        elif unit in ("vw", "vmin", "vmax"):
            value = self.num(lo * 100 / max(self.w, 1), hi * 100 / max(self.w, 1), 0.6)
        elif unit == "vh":
            value = self.num(lo * 100 / max(self.h, 1), hi * 100 / max(self.h, 1), 0.6)
        elif unit == "%":
            value = self.num(lo * 100 / max(self.w, 1), hi * 100 / max(self.w, 1), 0.3)
        else:
            scale = ABSOLUTE[unit]
            value = self.num(lo / scale, hi / scale, 0.9)
        if self.listed and self.chance(0.05):  # Satori's reading differs where pureog reads CSS (listed)
            unit = unit.upper()
            self.f("L:unit-upper")
        return f"{value}{unit}"

    def translation(self) -> str:
        """A translate() argument: px or % (Next throws on other units, a listed difference: rarely)."""
        if self.listed and self.chance(0.05):
            v = self.length(-20, 20, part=True)
            self.f("L:translate-unit")
            return str(v)
        if self.chance(0.3):
            return f"{self.num(-40, 40)}%"
        return f"{self.num(-20, 20)}px" if self.chance(0.95) else "0"

    def angle(self, turn: float = 1.0) -> str:
        """An angle; ``turn``: how likely turn/grad are (Next throws on them in transforms)."""
        r = self.r
        unit = r.choice(("deg", "deg", "deg", "rad", "turn", "grad"))
        if unit in ("turn", "grad") and not self.chance(turn):
            unit = "deg"
        self.f(f"angle-{unit}")
        if unit == "deg":
            return f"{self.num(-360, 360, 0.2)}deg"
        if unit == "rad":
            return f"{self.num(-6.3, 6.3, 1.0)}rad"
        if unit == "turn":
            return f"{self.num(-1, 1, 1.0)}turn"
        return f"{self.num(-400, 400, 0.3)}grad"

    def sides(self, make: Any, most: int = 4) -> Any:
        """One to ``most`` values of ``make(part)``, space-separated; a lone value may stay a number."""
        n = self.r.randint(1, most)
        self.f(f"sides-{n}")
        if n == 1 and self.chance(0.4):
            return make(False)
        return " ".join(str(make(True)) for _ in range(n))

    # -- colours ----------------------------------------------------------------------------------------

    def color(self, alpha: bool = True, part: bool = False) -> str:
        """A colour in a random syntax. ``part``: inside a shorthand string (``border``, ``borderColor``),
        where Next throws on the spellings with spaces and on CSS Color 4 functions: those are rare."""
        r = self.r
        if part and not self.chance(0.03):
            return self.color_simple(alpha)
        if self.bad():
            return r.choice(("#12345", "blu", "rgb(1,2)", "#ggg", "hsl(10, 20, 30)", "rgba(0,0,0)", "none",
                             "inherit", "colour", "red blue"))
        c = [r.randint(0, 255) for _ in range(3)]
        a = round(r.uniform(0.2, 1), 2)
        roll = r.randint(0, 27)
        hexes = "".join(f"{v:02x}" for v in c)
        if roll in (13, 15, 19, 20, 23) and not self.listed:
            roll = 6
        if roll < 4:
            name = r.choice(NAMES)
            if self.listed and self.chance(0.03):
                self.f("L:rebeccapurple")
                name = "rebeccapurple"
            self.f("c-name")
            return name
        if roll == 4:
            self.f("c-hex3")
            return "#" + "".join(f"{v >> 4:x}" for v in c)
        if roll == 5 and alpha:
            self.f("c-hex4")
            return "#" + "".join(f"{v >> 4:x}" for v in c) + f"{round(a * 15):x}"
        if roll in (6, 7):
            self.f("c-hex6")
            return "#" + (hexes.upper() if self.chance(0.3) else hexes)
        if roll == 8 and alpha:
            self.f("c-hex8")
            return "#" + hexes + f"{round(a * 255):02x}"
        if roll in (9, 10):
            self.f("c-rgb-comma")
            return f"rgb({c[0]}, {c[1]}, {c[2]})" if self.chance(0.6) else f"rgb({c[0]},{c[1]},{c[2]})"
        if roll == 11 and alpha:
            self.f("c-rgba")
            return f"rgba({c[0]}, {c[1]}, {c[2]}, {a})"
        if roll == 12:
            self.f("c-rgb-space")
            return f"rgb({c[0]} {c[1]} {c[2]})"
        if roll == 13 and alpha:
            self.f("L:rgb-slash")
            return f"rgb({c[0]} {c[1]} {c[2]} / {r.choice((str(a), f'{round(a * 100)}%'))})"
        if roll == 14:
            self.f("c-rgb-percent")
            return f"rgb({round(c[0] / 2.55)}%, {round(c[1] / 2.55)}%, {round(c[2] / 2.55)}%)"
        if roll == 15 and alpha:
            self.f("L:rgba-percent-alpha")
            return f"rgba({c[0]}, {c[1]}, {c[2]}, {round(a * 100)}%)"
        hue = r.randint(0, 359)
        s, li = r.randint(10, 100), r.randint(10, 90)
        if roll in (16, 17):
            self.f("c-hsl")
            return f"hsl({hue}, {s}%, {li}%)"
        if roll == 18 and alpha:
            self.f("c-hsla")
            return f"hsla({hue}, {s}%, {li}%, {a})"
        if roll == 19:
            self.f("L:hsl-space")
            return f"hsl({hue} {s}% {li}%)" if self.chance(0.5) else f"hsl({hue}deg {s}% {li}% / {a})"
        if roll == 20:
            self.f("L:css4-colour")
            return r.choice((f"hwb({hue} {r.randint(0, 50)}% {r.randint(0, 50)}%)",
                             f"lab({r.randint(20, 90)}% {r.randint(-80, 80)} {r.randint(-80, 80)})",
                             f"lch({r.randint(20, 90)}% {r.randint(0, 120)} {hue})",
                             f"oklab({r.uniform(0.3, 0.9):.2f} {r.uniform(-0.2, 0.2):.2f} {r.uniform(-0.2, 0.2):.2f})",
                             f"oklch({r.uniform(0.3, 0.9):.2f} {r.uniform(0, 0.3):.2f} {hue})",
                             f"color(srgb {c[0] / 255:.2f} {c[1] / 255:.2f} {c[2] / 255:.2f})",
                             f"color(display-p3 {c[0] / 255:.2f} {c[1] / 255:.2f} {c[2] / 255:.2f})",
                             f"color-mix(in srgb, {r.choice(NAMES[:10])} {r.randint(10, 90)}%, "
                             f"{r.choice(NAMES[:10])})"))
        if roll == 21:
            self.f("c-currentColor")
            return r.choice(("currentColor", "currentcolor", "currentColor"))
        if roll == 22:
            self.f("c-transparent")
            return r.choice(("transparent", "transparent", "Transparent"))
        if roll == 23:
            self.f("L:legacy-fraction")
            return f"rgb({c[0] + 0.5}, {c[1]}, {c[2]})"
        return "#" + hexes

    def color_simple(self, alpha: bool = True) -> str:
        """A colour spelled without spaces or CSS Color 4 functions."""
        r = self.r
        c = [r.randint(0, 255) for _ in range(3)]
        a = round(r.uniform(0.2, 1), 2)
        return r.choice((r.choice(NAMES_PART), "#" + "".join(f"{v:02x}" for v in c), f"rgb({c[0]},{c[1]},{c[2]})",
                         f"rgba({c[0]},{c[1]},{c[2]},{a})" if alpha else "transparent",
                         "#" + "".join(f"{v >> 4:x}" for v in c), "currentColor",
                         f"hsl({r.randint(0, 359)},{r.randint(10, 100)}%,{r.randint(10, 90)}%)"))

    # -- images -----------------------------------------------------------------------------------------

    def image(self) -> tuple[str, int, int]:
        name, w, h = self.r.choice(IMAGES)
        self.f(f"asset-{name.split('.')[1]}")
        return f"{self.assets}/{name}", w, h

    def stops(self, lo: int = 2, hi: int = 5) -> str:
        r = self.r
        n = r.randint(lo, hi)
        positions = sorted(r.randint(0, 100) for _ in range(n))
        parts = []
        for i in range(n):
            stop = self.color()
            roll = r.random()
            if roll < 0.35:
                stop += f" {positions[i]}%"
            elif roll < 0.45:
                self.f("stop-px")
                stop += f" {positions[i]}px"
            elif roll < 0.55:
                self.f("stop-double")
                stop += f" {positions[i]}% {min(100, positions[i] + r.randint(0, 20))}%"
            parts.append(stop)
            if i < n - 1 and self.chance(0.12):
                self.f("stop-hint")
                parts.append(f"{r.randint(positions[i], positions[i + 1])}%")
        return ", ".join(parts)

    def gradient(self, mask: bool = False) -> str:
        r = self.r
        kind = r.choice(("linear", "linear", "radial", "repeating-linear", "repeating-radial", "linear", "radial")
                        + (("conic",) if self.listed and self.chance(0.05) else ()))
        self.f(f"g-{kind}")
        stops = self.stops()
        if kind == "conic":
            self.f("L:conic")
            return f"conic-gradient(from {r.randint(0, 360)}deg, {stops})"
        if kind.endswith("linear"):
            roll = r.random()
            if roll < 0.2:
                head = ""
            elif roll < 0.55:
                head = self.angle() + ", "
            elif roll < 0.75:
                head = "to " + r.choice(("right", "left", "top", "bottom")) + ", "
            else:
                self.f("g-to-corner")
                head = "to " + r.choice(("top", "bottom")) + " " + r.choice(("left", "right")) + ", "
            if kind.startswith("repeating"):
                stops = f"{self.color()} 0px, {self.color()} {r.randint(4, 20)}px"
                if self.chance(0.5):
                    stops += f", {self.color()} {r.randint(21, 40)}px"
            return f"{kind}-gradient({head}{stops})"
        shape = r.choice(("", "circle", "ellipse", "circle 30px", "ellipse 40% 30%", "closest-side",
                          "farthest-corner", "circle closest-corner", "ellipse farthest-side"))
        at = r.choice(("", "", " at center", " at top left", " at 30% 70%", " at 10px 20px", " at right",
                       " at left 20% bottom 10px"))
        if at and not shape:
            at = at.lstrip()
        head = (shape + at).strip()
        if kind.startswith("repeating"):
            stops = f"{self.color()} 0px, {self.color()} {r.randint(4, 20)}px"
        return f"{kind}-gradient({head + ', ' if head else ''}{stops})"

    def bg_position(self) -> str:
        r = self.r
        return r.choice(("center", "top", "left", "right bottom", "top left", "50% 50%", "0 0",
                         f"{r.randint(0, 100)}% {r.randint(0, 100)}%", f"{r.randint(-10, 40)}px {r.randint(-10, 40)}px",
                         "left 10px top 5px", "right 20% bottom", f"{self.length(0, 30, calc=False)}",
                         "CENTER", "bottom 10px right 10px"))

    def bg_size(self) -> str:
        r = self.r
        size: str = r.choice(("cover", "contain", "auto", "100% 100%", "50%", f"{r.randint(8, 80)}px 50%",
                         f"{r.randint(8, 80)}px {r.randint(8, 80)}px", f"auto {r.randint(8, 60)}px",
                         f"{r.randint(10, 90)}% auto", f"{self.length(8, 60, calc=False)} auto",
                         f"{r.randint(8, 60)}px {r.randint(10, 90)}%") + (("Cover", "CONTAIN") if self.listed else ()))
        if size in ("Cover", "CONTAIN"):
            self.f("L:size-keyword-case")
        if self.listed and self.chance(0.1):  # one px length: Next throws on it in backgroundSize (listed)
            self.f("L:size-one-length")
            size = f"{r.randint(8, 80)}px"
        return size

    def shadow(self, inset_ok: bool = True, text: bool = False) -> str:
        """One shadow; its colour is a shorthand part (Next throws on ``cyan`` in ``textShadow``)."""
        r = self.r
        if not text and self.bad():  # Next throws on every unreadable text shadow
            self.f("L:shadow-unreadable")  # Next draws css-box-shadow's black default shadow (listed)
            return r.choice(("10px", "red", "0 0 4px red !important", "none", "2px 2px 2px 2px"))
        x, y = self.num(-12, 12, 0.2), self.num(-12, 12, 0.2)
        parts = [f"{x}px" if x != "0" or self.chance(0.5) else "0", f"{y}px" if y != "0" or self.chance(0.5) else "0"]
        if self.chance(0.75):
            parts.append(f"{self.num(0, 20, 0.2)}px")
            if not text and self.chance(0.4):
                parts.append(f"{self.num(-6, 8, 0.1)}px")
        colour = self.color(part=text)
        if self.chance(0.85):
            if text and self.chance(0.15):
                self.f("textShadow-colour-first")
                parts.insert(0, colour)
            elif not text and self.listed and self.chance(0.15):
                self.f("L:shadow-colour-first")
                parts.insert(0, colour)
            else:
                parts.append(colour)
        if not text and len(parts) == 2 and (y.startswith("-") or "." in y):
            # css-box-shadow takes such a second length for the colour: Next draws a black shadow at the
            # canvas top, pureog ignores the declaration (listed)
            self.f("L:shadow-two-lengths")
        if inset_ok and self.chance(0.25):
            self.f("shadow-inset")
            parts.insert(0, "inset")
        return " ".join(parts)
