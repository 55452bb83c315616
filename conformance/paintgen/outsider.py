"""Random paint documents written as an outsider writes them (``--generator outsider``).

Role: ``document(seed) -> Generated``: a React-shaped element tree (``{type, props}``, as a third
party hands Next.js a tree) with random property subsets drawn from Satori's property table
(``/work/shared/reference/satori.md`` section 1.3), not from pureog's own suites. It was written
without reading the other paintgen generators, to find the blind spots they share: element trees 1-5
deep of ``div``/``span``/``img``/``svg``/text; colours in every accepted spelling (hex 3/4/6/8, legacy
``rgb()``/``rgba()``/``hsl()``/``hsla()``, names, ``transparent``, ``currentColor``); lengths in
px/em/rem/%/numbers/numeric strings; shorthands and longhands mixed; borders per side, radii per
corner incl. elliptical; shadow lists; gradients with many stop forms; transforms with origins;
overflow clips, ``clipPath``, ``maskImage``, ``backgroundClip: text``, ``filter``; text styling with the
fonts of ``conformance/fonts``; images with ``objectFit``/``objectPosition``; inline SVG. Boxes overlap
(absolute positions, negative margins) so paint order shows.

Spellings ``spec/differences.md`` lists as deliberate are not drawn (they count against pureog with
no bug behind them). Documents Next refuses are reported by the driver as refused.

Run: ``PYTHONPATH=. python -m conformance.paintgen --generator outsider --seeds 0:200 -j 1
--out /tmp/outsider``. Imports only the standard library; never :mod:`pureog`.
"""

from __future__ import annotations

import random
from typing import Any

from conformance.paintgen.generate import Generated

SIZES = ((400, 210), (600, 315), (300, 300), (480, 252), (320, 240))
SMALL_SIZES = ((160, 120), (140, 100), (128, 96))
NAMED = ("red", "blue", "green", "orange", "purple", "teal", "navy", "gold", "pink", "black", "white", "gray",
         "crimson", "dodgerblue", "limegreen", "slategray", "tomato", "indigo", "coral", "khaki", "salmon",
         "turquoise", "maroon", "olive", "skyblue", "darkgreen", "lightgray", "yellow")
IMAGES = ("avatar.png", "photo.png", "photo.jpg", "alpha.png", "tile.png", "logo.svg", "grey.png", "palette.png")
FONT_SETS = (
    (),  # Next's default Geist Regular
    (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Bold.ttf", 700, "normal"),
     ("Geist", "Geist-Italic.ttf", 400, "italic")),
    (("Roboto", "Roboto-Regular.ttf", 400, "normal"), ("Roboto", "Roboto-Bold.ttf", 700, "normal")),
    (("Inter", "Geist-Light.ttf", 300, "normal"), ("Inter", "Geist-Medium.woff", 500, "normal"),
     ("Inter", "Geist-Black.ttf", 900, "normal"), ("Mono", "GeistMono-Regular.ttf", 400, "normal")),
)
WORDS = ("Hello", "world", "Open", "Graph", "card", "Ship it", "v2.0", "Launch", "Docs", "Blog", "Pricing",
         "The quick brown fox", "jumps over", "the lazy dog", "2026", "AI", "—", "Next.js", "sale 50%", "&")


class _Draw:
    """One document's random choices; ``features`` names the property families it drew."""

    def __init__(self, seed: int, assets: str, small: bool) -> None:
        self.r = random.Random(seed * 7919 + 17)
        self.assets = assets.rstrip("/")
        self.small = small
        self.features: set[str] = set()
        self.ids = 0
        self.density = self.r.choice((0.6, 1.0, 1.0, 1.5, 2.0))  # how busy the author's styles are

    # -- primitive values ----------------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p * self.density

    def color(self, allow_current: bool = True) -> str:
        r = self.r
        form = r.choice(("hex3", "hex4", "hex6", "hex8", "rgb", "rgba", "hsl", "hsla", "named", "named",
                         "transparent", "current"))
        if form == "current" and not allow_current:
            form = "hex6"
        if form == "transparent" and r.random() < 0.6:  # keep most colours visible
            form = "named"
        c = [r.randrange(256) for _ in range(3)]
        if form == "hex3":
            return "#" + "".join(f"{v >> 4:x}" for v in c)
        if form == "hex4":
            return "#" + "".join(f"{v >> 4:x}" for v in c) + r.choice("48bf")
        if form == "hex6":
            return "#" + "".join(f"{v:02x}" for v in c)
        if form == "hex8":
            return "#" + "".join(f"{v:02x}" for v in c) + f"{r.randrange(40, 256):02x}"
        if form == "rgb":
            return f"rgb({c[0]}, {c[1]}, {c[2]})" if r.random() < 0.7 else f"rgb({c[0]},{c[1]},{c[2]})"
        if form == "rgba":
            return f"rgba({c[0]}, {c[1]}, {c[2]}, {r.choice(('0.5', '0.8', '.3', '1', '0.25', '0'))})"
        if form == "hsl":
            return f"hsl({r.randrange(360)}, {r.randrange(20, 100)}%, {r.randrange(15, 85)}%)"
        if form == "hsla":
            alpha = r.choice(("0.4", "0.7", ".9"))
            return f"hsla({r.randrange(360)}, {r.randrange(20, 100)}%, {r.randrange(15, 85)}%, {alpha})"
        if form == "named":
            return r.choice(NAMED)
        if form == "transparent":
            return "transparent"
        return "currentColor"

    def px(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def length(self, lo: int, hi: int, pct: bool = True, em: bool = True) -> Any:
        """A length in one of the spellings authors use (px number, "Npx", numeric string, em, rem, %)."""
        r = self.r
        forms = ["num", "num", "px", "px", "str"] + (["em", "rem"] if em else []) + (["pct"] if pct else [])
        form = r.choice(forms)
        v = r.randint(lo, hi)
        if form == "num":
            return v
        if form == "px":
            return f"{v}px"
        if form == "str":
            return str(v)
        if form == "em":
            return f"{round(v / 16, 2):g}em"
        if form == "rem":
            return f"{round(v / 16, 2):g}rem"
        return f"{r.randint(5, 100)}%"

    def font_size(self) -> Any:
        r = self.r
        v = r.randint(10, 40 if not self.small else 20)
        return r.choice((v, f"{v}px", f"{round(v / 16, 2):g}rem", f"{round(v / 16, 2):g}em", str(v)))

    # -- paint values ---------------------------------------------------------------------------------
    def stops(self, n: int) -> str:
        r = self.r
        form = r.choice(("plain", "pct", "px", "mixed", "double", "hint"))
        colors = [self.color(allow_current=False) for _ in range(n)]
        if form == "plain":
            return ", ".join(colors)
        if form == "pct":
            cuts = sorted(r.randint(0, 100) for _ in range(n))
            return ", ".join(f"{c} {p}%" for c, p in zip(colors, cuts, strict=True))
        if form == "px":
            cuts = sorted(r.randint(0, 120) for _ in range(n))
            return ", ".join(f"{c} {p}px" for c, p in zip(colors, cuts, strict=True))
        if form == "double":
            cuts = sorted(r.randint(0, 100) for _ in range(2 * n))
            return ", ".join(f"{c} {cuts[2 * i]}% {cuts[2 * i + 1]}%" for i, c in enumerate(colors))
        if form == "hint" and n >= 2:
            return f"{colors[0]}, {r.randint(10, 90)}%, " + ", ".join(colors[1:])
        parts = []
        for i, c in enumerate(colors):
            parts.append(c if i not in (0, n - 1) or r.random() < 0.5 else f"{c} {0 if i == 0 else 100}%")
        return ", ".join(parts)

    def gradient(self, mask: bool = False) -> str:
        r = self.r
        kind = r.choice(("linear", "linear", "radial", "repeating-linear", "repeating-radial"))
        self.features.add(f"gradient-{kind}")
        if mask:
            body = r.choice(("black, transparent", "black 40%, transparent", "rgba(0,0,0,1), rgba(0,0,0,0) 80%",
                             "transparent, black 30%, black 70%, transparent"))
            if kind.startswith("repeating"):  # a last stop without a position throws in Next (reading 'unit')
                body += f" {r.randint(20, 60)}px"
        else:
            body = self.stops(r.randint(2, 4))
        if kind == "linear":
            head = r.choice(("", "to right", "to bottom", "to top left", "to bottom right", "45deg", "90deg",
                             "135deg", "-20deg", "0.25turn", "1rad", "180deg"))
            return f"linear-gradient({head + ', ' if head else ''}{body})"
        if kind == "repeating-linear":
            head = r.choice(("45deg", "to right", "-45deg", "90deg"))
            a, b, c = (self.color(False) for _ in range(3))
            w = r.randint(4, 20)
            body = body if mask else r.choice((f"{a} 0, {a} {w}px, {b} {w}px, {b} {2 * w}px",
                                               f"{a}, {b} {w}px", f"{a} 0px, {b} {w}px, {c} {2 * w}px"))
            return f"repeating-linear-gradient({head}, {body})"
        head = r.choice(("", "circle", "ellipse", "circle at center", "circle at top left", "ellipse at 30% 40%",
                         "circle at 20px 30px", "closest-side", "farthest-corner", "circle closest-side",
                         "ellipse farthest-side at 70% 20%", f"circle {r.randint(10, 80)}px at 50% 50%"))
        name = "radial-gradient" if kind == "radial" else "repeating-radial-gradient"
        if kind == "repeating-radial" and not mask:
            a, b = self.color(False), self.color(False)
            w = r.randint(5, 20)
            body = f"{a}, {a} {w}px, {b} {w}px, {b} {2 * w}px"
        return f"{name}({head + ', ' if head else ''}{body})"

    def shadow(self, inset_ok: bool = True) -> str:
        r = self.r
        parts = []
        for _ in range(r.choice((1, 1, 1, 2, 3))):
            x, y = r.randint(-12, 12), r.randint(-12, 12)
            lengths = [f"{x}px" if x else "0", f"{y}px" if y else "0"]
            if r.random() < 0.8:
                lengths.append(f"{r.randint(0, 20)}px")
                if r.random() < 0.5:
                    s = r.randint(-5, 10)
                    lengths.append(f"{s}px" if s else "0")
            text = " ".join(lengths) + " " + self.color(allow_current=False)
            if inset_ok and r.random() < 0.3:
                text = "inset " + text
                self.features.add("boxShadow-inset")
            parts.append(text)
        return ", ".join(parts)

    def text_shadow(self) -> str:
        r = self.r
        return ", ".join(f"{r.randint(-4, 4)}px {r.randint(-4, 4)}px {r.choice(('0', '2px', '4px', '8px'))} "
                         f"{self.color(False)}" for _ in range(r.choice((1, 1, 2))))

    def radius(self) -> Any:
        r = self.r
        form = r.choice(("one", "one", "pct", "two", "four", "slash", "slash4", "big", "num"))
        v = lambda: f"{r.randint(0, 40)}px"  # noqa: E731
        if form == "one":
            return v()
        if form == "num":
            return r.randint(0, 40)
        if form == "pct":
            return r.choice(("50%", "25%", "10%", "100%"))
        if form == "two":
            return f"{v()} {v()}"
        if form == "four":
            return " ".join(v() for _ in range(4))
        if form == "big":
            return "9999px"
        self.features.add("radius-elliptical")
        if form == "slash":
            return f"{v()} / {v()}"
        return f"{v()} {v()} {v()} {v()} / {v()} {v()}"

    def transform(self) -> str:
        r = self.r
        fns = []
        for _ in range(r.choice((1, 1, 2, 3))):
            kind = r.choice(("translate", "translateX", "translateY", "rotate", "scale", "scaleX", "scaleY",
                             "skew", "skewX", "skewY"))
            self.features.add(f"transform-{kind}")
            if kind.startswith("translate"):
                def t() -> str:
                    return r.choice((f"{r.randint(-30, 30)}px", f"{r.randint(-50, 50)}%", "0"))
                fns.append(f"translate({t()}, {t()})" if kind == "translate" else f"{kind}({t()})")
            elif kind == "rotate":
                fns.append(r.choice((f"rotate({r.randint(-180, 180)}deg)", f"rotate({round(r.uniform(-3, 3), 2)}rad)",
                                     "rotate(45deg)", "rotate(90deg)")))
            elif kind.startswith("scale"):
                s = lambda: r.choice(("0.5", "1.2", "0.8", "1.5", "-1", "2", "0.9"))  # noqa: E731
                fns.append(f"scale({s()}, {s()})" if kind == "scale" and r.random() < 0.4 else f"{kind}({s()})")
            else:
                d = lambda: f"{r.randint(-30, 30)}deg"  # noqa: E731
                fns.append(f"skew({d()}, {d()})" if kind == "skew" and r.random() < 0.5 else f"{kind}({d()})")
        return " ".join(fns)

    def origin(self) -> str:
        r = self.r
        return r.choice(("center", "top left", "left", "bottom right", "0 0", "50% 50%", "20px 30px", "100% 0%",
                         "right top", "top", "10% 90%", "center bottom", "30px"))

    def clip_path(self) -> str:
        r = self.r
        shape = r.choice((
            f"circle({r.randint(20, 60)}%)", f"circle({r.randint(10, 60)}px at 50% 50%)",
            f"circle(40% at {r.randint(0, 100)}% {r.randint(0, 100)}%)",
            f"ellipse({r.randint(20, 60)}% {r.randint(20, 60)}% at 50% 50%)", "ellipse(50% 30%)",
            f"inset({r.randint(0, 20)}px)",
            f"inset({r.randint(0, 20)}px {r.randint(0, 20)}px round {r.randint(0, 15)}px)",
            f"inset(10% 5% 10% 5% round {r.randint(2, 12)}px)",
            "polygon(50% 0%, 100% 50%, 50% 100%, 0% 50%)", "polygon(0 0, 100% 0, 100% 75%, 0 100%)",
            "polygon(20px 0, 100% 20%, 80% 100%, 0 60%)",
            "path('M 0 0 L 80 0 L 40 60 Z')",
        ))
        if "round" in shape:  # on a box smaller than its insets a listed difference (spec/differences.md)
            self.features.add("L:clip-inset-round")
        return shape

    def filter(self) -> str:
        r = self.r
        fns = [r.choice((f"blur({r.randint(1, 4)}px)", f"brightness({r.choice(('0.5', '1.5', '120%'))})",
                         f"contrast({r.choice(('0.5', '2', '150%'))})", "grayscale(1)", "grayscale(100%)",
                         f"hue-rotate({r.randint(0, 360)}deg)", "invert(1)", f"opacity({r.choice(('0.5', '50%'))})",
                         f"saturate({r.choice(('0', '2', '300%'))})", "sepia(1)", "sepia(60%)",
                         f"drop-shadow(2px 4px 3px {self.color(False)})"))
               for _ in range(r.choice((1, 1, 2)))]
        return " ".join(fns)

    # -- style blocks ---------------------------------------------------------------------------------
    def box_paint(self, style: dict[str, Any], big: bool) -> None:
        r = self.r
        if self.chance(0.6):
            key = r.choice(("backgroundColor", "backgroundColor", "background"))
            style[key] = self.color()
            self.features.add("bg-color")
        if self.chance(0.35):
            layers = [self.gradient() for _ in range(r.choice((1, 1, 2)))]
            key = r.choice(("backgroundImage", "background"))
            style[key] = ", ".join(layers)
            if self.chance(0.3):
                style["backgroundSize"] = r.choice(("50% 50%", "40px 40px", "100% 100%", "cover", "contain",
                                                    "20px 100%", "auto"))
                self.features.add("bg-size")
            if self.chance(0.25):
                style["backgroundPosition"] = r.choice(("center", "top left", "50% 50%", "10px 20px", "right",
                                                        "bottom"))
            if self.chance(0.25):
                style["backgroundRepeat"] = r.choice(("no-repeat", "repeat", "repeat-x", "repeat-y"))
        elif self.chance(0.12):
            style["backgroundImage"] = f"url({self.assets}/{r.choice(IMAGES)})"
            self.features.add("bg-url")
            if self.chance(0.6):
                style["backgroundSize"] = r.choice(("cover", "contain", "100% 100%", "30px 30px", "50% auto"))
            if self.chance(0.4):
                style["backgroundRepeat"] = r.choice(("no-repeat", "repeat"))
            if self.chance(0.3):
                style["backgroundPosition"] = r.choice(("center", "top left", "20% 80%"))
        if self.chance(0.45):
            self.borders(style)
        if self.chance(0.45):
            self.radii(style)
        if self.chance(0.3):
            style["boxShadow"] = self.shadow()
            self.features.add("boxShadow")
        if self.chance(0.2):
            style["opacity"] = r.choice((0.5, 0.8, "0.6", 0.3, 0.95, "1"))
            self.features.add("opacity")
        if self.chance(0.22):
            style["transform"] = self.transform()
            if self.chance(0.5):
                style["transformOrigin"] = self.origin()
                self.features.add("transformOrigin")
        if self.chance(0.2):
            style["overflow"] = "hidden"
            self.features.add("overflow-hidden")
        if self.chance(0.1):
            style["clipPath"] = self.clip_path()
            self.features.add("clipPath")
        if self.chance(0.1):
            style["maskImage"] = self.gradient(mask=True)
            self.features.add("maskImage")
            if self.chance(0.3):
                style["maskSize"] = r.choice(("100% 100%", "50% 50%", "40px 40px"))
            if self.chance(0.3):
                style["maskRepeat"] = r.choice(("no-repeat", "repeat"))
        if self.chance(0.08):
            style["filter"] = self.filter()
            self.features.add("filter")

    def borders(self, style: dict[str, Any]) -> None:
        r = self.r
        self.features.add("border")
        form = r.choice(("short", "short", "sides", "longhands", "mixed"))
        def spec() -> str:
            w = r.randint(1, 8)
            st = r.choice(("solid", "solid", "dashed"))
            parts = [f"{w}px", st] + ([self.color()] if r.random() < 0.9 else [])
            if r.random() < 0.3:
                r.shuffle(parts)
            return " ".join(parts)
        if form == "short":
            style["border"] = spec()
        elif form == "sides":
            for side in r.sample(("Top", "Right", "Bottom", "Left"), r.randint(1, 4)):
                style[f"border{side}"] = spec()
            self.features.add("border-sides")
        elif form == "longhands":
            style["borderWidth"] = r.choice((r.randint(1, 6), f"{r.randint(1, 6)}px",
                                             " ".join(f"{r.randint(0, 6)}px" for _ in range(r.choice((2, 3, 4))))))
            style["borderStyle"] = r.choice(("solid", "dashed"))
            style["borderColor"] = self.color() if r.random() < 0.7 else " ".join(self.color() for _ in range(2))
            self.features.add("border-longhands")
        else:
            style["border"] = spec()
            side = r.choice(("Top", "Right", "Bottom", "Left"))
            prop = r.choice(("Width", "Color", "Style"))
            style[f"border{side}{prop}"] = (r.randint(0, 10) if prop == "Width" else self.color() if prop == "Color"
                                            else r.choice(("solid", "dashed")))
            self.features.add("border-mixed")

    def radii(self, style: dict[str, Any]) -> None:
        r = self.r
        self.features.add("radius")
        if self.chance(0.6):
            style["borderRadius"] = self.radius()
        else:
            for corner in r.sample(("TopLeft", "TopRight", "BottomLeft", "BottomRight"), r.randint(1, 4)):
                v = r.randint(0, 50)
                style[f"border{corner}Radius"] = r.choice((v, f"{v}px", f"{v}% ", f"{v}px {r.randint(0, 50)}px"))
                if isinstance(style[f"border{corner}Radius"], str):
                    style[f"border{corner}Radius"] = style[f"border{corner}Radius"].strip()
            self.features.add("radius-corners")

    def text_style(self, style: dict[str, Any], fonts: tuple[tuple[str, str, int, str], ...]) -> None:
        r = self.r
        if self.chance(0.6):
            style["color"] = self.color(allow_current=False)
        if self.chance(0.5):
            style["fontSize"] = self.font_size()
        if fonts and self.chance(0.4):
            names = sorted({f[0] for f in fonts})
            style["fontFamily"] = r.choice(names) if r.random() < 0.6 else f"{r.choice(names)}, sans-serif"
        if self.chance(0.35):
            style["fontWeight"] = r.choice((100, 300, 400, 500, 700, 900, "bold", "normal", "600", 800))
            self.features.add("fontWeight")
        if self.chance(0.15):
            style["fontStyle"] = "italic"
            self.features.add("fontStyle")
        if self.chance(0.2):
            style["letterSpacing"] = r.choice(("1px", "-0.5px", "0.1em", 2, "-1px", "0.05em", "3px"))
            self.features.add("letterSpacing")
        if self.chance(0.2):
            style["lineHeight"] = r.choice((1, 1.2, "1.5", "24px", "150%", 2, "1.1em", "normal"))
            self.features.add("lineHeight")
        if self.chance(0.15):
            style["textTransform"] = r.choice(("uppercase", "lowercase", "capitalize", "none"))
            self.features.add("textTransform")
        if self.chance(0.18):
            form = r.choice(("short", "line", "longhands"))
            if form == "short":
                style["textDecoration"] = r.choice(("underline", "line-through", f"underline {self.color(False)}",
                                                    f"line-through dashed {self.color(False)}",
                                                    "underline dotted", "underline double"))
            elif form == "line":
                style["textDecorationLine"] = r.choice(("underline", "line-through"))
            else:
                style["textDecorationLine"] = "underline"
                style["textDecorationColor"] = self.color(False)
                style["textDecorationStyle"] = r.choice(("solid", "dashed", "dotted", "double"))
            self.features.add("textDecoration")
        if self.chance(0.15):
            style["textShadow"] = self.text_shadow()
            self.features.add("textShadow")
        if self.chance(0.1):
            style["textAlign"] = r.choice(("left", "center", "right", "justify", "start", "end"))
        if self.chance(0.06):
            stroke = self.color(False)
            if "(" in stroke:  # Next throws on a colour of several tokens (spec/differences.md)
                stroke = r.choice(NAMED)
            style["WebkitTextStroke"] = f"{r.choice(('1px', '0.5px', '2px'))} {stroke}"
            self.features.add("textStroke")
        if self.chance(0.1):
            style["whiteSpace"] = r.choice(("nowrap", "pre", "pre-wrap", "pre-line", "normal"))
            self.features.add("whiteSpace")
        if self.chance(0.05):
            style["wordBreak"] = r.choice(("break-all", "break-word", "keep-all"))
        if self.chance(0.04):
            style["textWrap"] = "balance"
        if self.chance(0.04):
            style["textIndent"] = r.choice((10, "1em", "-5px"))

    # -- elements -------------------------------------------------------------------------------------
    def text(self) -> str:
        r = self.r
        words = [r.choice(WORDS) for _ in range(r.randint(1, 5))]
        text = " ".join(words)
        if self.chance(0.1):
            text = "  " + text + "  "
        return text

    def place(self, style: dict[str, Any], w: int, h: int) -> None:
        """Geometry: sizes, margins (negative ones overlap siblings), absolute positions."""
        r = self.r
        if self.chance(0.25):
            style["position"] = "absolute"
            self.features.add("absolute")
            for side in r.sample(("top", "left", "right", "bottom"), r.randint(1, 3)):
                style[side] = r.choice((r.randint(-20, w // 2), f"{r.randint(-10, 60)}%", f"{r.randint(0, 40)}px"))
        if self.chance(0.7):
            style["width"] = r.choice((r.randint(10, w), f"{r.randint(10, 100)}%", f"{r.randint(10, w)}px",
                                       str(r.randint(10, w))))
        if self.chance(0.7):
            style["height"] = r.choice((r.randint(10, h), f"{r.randint(10, 100)}%", f"{r.randint(10, h)}px"))
        if self.chance(0.3):
            style["padding"] = r.choice((r.randint(0, 20), f"{r.randint(0, 20)}px {r.randint(0, 20)}px",
                                         f"{r.randint(0, 16)}px", "1em", "0.5rem", "5%"))
        if self.chance(0.25):
            style["margin"] = r.choice((r.randint(-20, 20), f"{r.randint(-20, 10)}px {r.randint(-10, 10)}px",
                                        f"{r.randint(-15, 15)}px"))
            self.features.add("margin")
        if self.chance(0.15):
            style[r.choice(("marginTop", "marginLeft"))] = r.randint(-30, 10)
        if self.chance(0.1):
            style["flexGrow"] = r.choice((1, 2, "1"))
        if self.chance(0.06):
            style[r.choice(("minWidth", "maxWidth", "minHeight", "maxHeight"))] = r.choice((r.randint(10, w), "50%"))
        if self.chance(0.05):
            style["boxSizing"] = "content-box"
            self.features.add("content-box")
        if self.chance(0.05):
            style["alignSelf"] = r.choice(("center", "flex-end", "stretch"))

    def element(self, depth: int, max_depth: int, w: int, h: int, fonts: Any) -> Any:
        r = self.r
        kinds = ["div", "div", "span", "text", "img", "svg"] if depth < max_depth else ["span", "text", "img", "svg"]
        kind = r.choice(kinds)
        if kind == "text":
            self.features.add("text")
            return self.text()
        style: dict[str, Any] = {}
        if kind == "img":
            return self.image(style, w, h)
        if kind == "svg":
            return self.svg(style, w, h)
        self.place(style, w, h)
        self.box_paint(style, big=depth == 1)
        self.text_style(style, fonts)
        if kind == "span":
            self.features.add("span")
            children: Any = self.text()
            if self.chance(0.15):
                style["backgroundImage"] = self.gradient()
                style["backgroundClip"] = "text"
                style["color"] = "transparent"
                self.features.add("bg-clip-text")
            self.clamp(style)
            return {"type": "span", "props": {"style": style, "children": children}}
        style["display"] = "flex"
        if self.chance(0.5):
            style["flexDirection"] = r.choice(("row", "column", "row-reverse", "column-reverse"))
        if self.chance(0.4):
            style["alignItems"] = r.choice(("center", "flex-start", "flex-end", "stretch", "baseline"))
        if self.chance(0.4):
            style["justifyContent"] = r.choice(("center", "space-between", "flex-start", "flex-end", "space-around"))
        if self.chance(0.2):
            style["flexWrap"] = "wrap"
        if self.chance(0.2):
            style["gap"] = r.choice((4, "8px", 12, "1em"))
        n = r.randint(1, 4)
        kids = [self.element(depth + 1, max_depth, max(20, w // 2), max(20, h // 2), fonts) for _ in range(n)]
        if all(isinstance(k, str) for k in kids) and self.chance(0.5):
            kids = [" ".join(kids)]
            self.clamp(style)
        return {"type": "div", "props": {"style": style, "children": kids if len(kids) > 1 else kids[0]}}

    def clamp(self, style: dict[str, Any]) -> None:
        r = self.r
        if self.chance(0.1):
            style["textOverflow"] = "ellipsis"
            style["overflow"] = "hidden"
            style["whiteSpace"] = "nowrap"
            style["width"] = r.randint(30, 120)
            self.features.add("ellipsis")
        elif self.chance(0.06):
            style["display"] = "block"
            style["lineClamp"] = r.choice((1, 2, "2", 3))
            style["width"] = r.randint(40, 140)
            self.features.add("lineClamp")
        elif self.chance(0.04):
            style["display"] = "-webkit-box"
            style["WebkitBoxOrient"] = "vertical"
            style["WebkitLineClamp"] = r.choice((1, 2, 3))
            style["textOverflow"] = "ellipsis"
            style["overflow"] = "hidden"
            style["width"] = r.randint(40, 140)
            self.features.add("webkitLineClamp")

    def image(self, style: dict[str, Any], w: int, h: int) -> Any:
        r = self.r
        self.features.add("img")
        name = r.choice(IMAGES)
        props: dict[str, Any] = {"src": f"{self.assets}/{name}"}
        iw, ih = r.randint(16, max(17, w // 2)), r.randint(16, max(17, h // 2))
        form = r.choice(("attrs", "attrs", "style", "both"))
        if form in ("attrs", "both"):
            props["width"], props["height"] = iw, ih
        if form in ("style", "both"):
            style["width"], style["height"] = f"{iw}px", ih
        if self.chance(0.5):
            style["objectFit"] = r.choice(("cover", "contain", "fill", "scale-down", "none"))
            self.features.add("objectFit")
        if self.chance(0.25):
            style["objectPosition"] = r.choice(("center", "top", "left bottom", "25% 75%", "10px 20px", "right 20%",
                                                "bottom"))
            self.features.add("objectPosition")
        if self.chance(0.4):
            self.radii(style)
        if self.chance(0.25):
            style["border"] = f"{r.randint(1, 5)}px solid {self.color()}"
        if self.chance(0.15):
            style["padding"] = r.randint(1, 8)
        if self.chance(0.15):
            style["opacity"] = r.choice((0.5, 0.7))
        if self.chance(0.15):
            style["transform"] = self.transform()
        if self.chance(0.12):
            style["boxShadow"] = self.shadow()
        if self.chance(0.2):
            style["position"] = "absolute"
            style["top"], style["left"] = r.randint(-10, h // 2), r.randint(-10, w // 2)
        if style:
            props["style"] = style
        return {"type": "img", "props": props}

    def svg(self, style: dict[str, Any], w: int, h: int) -> Any:
        r = self.r
        self.features.add("svg")
        vb = r.choice((24, 100, 64))
        kids: list[Any] = []
        grad_id = ""
        if self.chance(0.3):
            self.ids += 1
            grad_id = f"g{self.ids}"
            stops = [{"type": "stop", "props": {"offset": o, "stopColor": self.color(False)}}
                     for o in ("0%", "100%")]
            kind = r.choice(("linearGradient", "radialGradient"))
            kids.append({"type": "defs", "props": {"children": {"type": kind, "props": {"id": grad_id,
                                                                                          "children": stops}}}})
            self.features.add("svg-gradient")
        for _ in range(r.randint(1, 4)):
            shape = r.choice(("rect", "circle", "ellipse", "line", "path", "polygon", "polyline"))
            fill = f"url(#{grad_id})" if grad_id and r.random() < 0.5 else r.choice(
                (self.color(), "none", "currentColor", self.color()))
            p: dict[str, Any] = {"fill": fill}
            q = vb // 4
            if shape == "rect":
                p.update(x=r.randint(0, q), y=r.randint(0, q), width=r.randint(q, 3 * q), height=r.randint(q, 3 * q))
                if r.random() < 0.4:
                    p["rx"] = r.randint(1, q)
            elif shape == "circle":
                p.update(cx=vb // 2, cy=vb // 2, r=r.randint(q // 2, 2 * q))
            elif shape == "ellipse":
                p.update(cx=vb // 2, cy=vb // 2, rx=r.randint(q // 2, 2 * q), ry=r.randint(q // 2, q))
            elif shape == "line":
                p.update(x1=0, y1=0, x2=vb, y2=r.randint(0, vb))
            elif shape == "path":
                p["d"] = r.choice((f"M0 0 L{vb} {vb // 2} L0 {vb} Z",
                                   f"M{q} {q} Q{vb // 2} 0 {3 * q} {q} T{3 * q} {3 * q}",
                                   f"M2 {vb // 2} C{q} 0 {3 * q} {vb} {vb - 2} {vb // 2}"))
            else:
                p["points"] = f"0,0 {vb},{vb // 3} {vb // 2},{vb}"
            if shape in ("line", "polyline") or r.random() < 0.4:
                p["stroke"] = self.color()
                p["strokeWidth"] = r.choice((1, 2, 3, "4"))
                if r.random() < 0.3:
                    p["strokeLinecap"] = r.choice(("round", "square"))
                if r.random() < 0.2:
                    p["strokeDasharray"] = "4 2"
                self.features.add("svg-stroke")
            if r.random() < 0.2:
                p["opacity"] = 0.6
            kids.append({"type": shape, "props": p})
        size = r.randint(16, max(17, min(w, h)))
        props: dict[str, Any] = {"viewBox": f"0 0 {vb} {vb}", "children": kids}
        if self.chance(0.7):
            props["width"], props["height"] = size, size
        else:
            style["width"], style["height"] = size, size
        if self.chance(0.3):
            style["color"] = self.color(False)
        if self.chance(0.2):
            style["transform"] = self.transform()
        if self.chance(0.2):
            style["position"] = "absolute"
            style["top"], style["left"] = r.randint(-10, h // 2), r.randint(-10, w // 2)
        if style:
            props["style"] = style
        return {"type": "svg", "props": props}


def document(seed: int, assets: str = "../assets", small: bool = False) -> Generated:
    """The outsider document of ``seed`` (pureog document dict with a React-shaped ``element``)."""
    d = _Draw(seed, assets, small)
    r = d.r
    w, h = r.choice(SMALL_SIZES if small else SIZES)
    fonts = r.choice(FONT_SETS)
    font_dir = d.assets.rsplit("/", 1)[0] + "/fonts" if "/" in d.assets else "fonts"
    root_style: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%"}
    root_style["backgroundColor"] = d.color(allow_current=False) if r.random() < 0.8 else "white"
    if r.random() < 0.3:
        root_style["backgroundImage"] = d.gradient()
    if r.random() < 0.5:
        root_style["flexDirection"] = r.choice(("row", "column"))
    if r.random() < 0.5:
        root_style["alignItems"] = r.choice(("center", "flex-start", "stretch"))
    if r.random() < 0.5:
        root_style["justifyContent"] = r.choice(("center", "space-between", "flex-start"))
    if r.random() < 0.6:
        root_style["padding"] = r.choice((r.randint(4, 40), f"{r.randint(4, 40)}px", "2rem", "5%"))
    d.text_style(root_style, fonts)
    if fonts and "fontFamily" not in root_style:
        root_style["fontFamily"] = fonts[0][0]
    max_depth = r.randint(1, 5)
    kids = [d.element(1, max_depth, w, h, fonts) for _ in range(r.randint(1, 4))]
    element = {"type": "div", "props": {"style": root_style, "children": kids if len(kids) > 1 else kids[0]}}
    doc: dict[str, Any] = {"width": w, "height": h}
    if fonts:
        doc["fonts"] = [{"name": n, "path": f"{font_dir}/{f}", "weight": wt, "style": st} for n, f, wt, st in fonts]
    doc["element"] = element
    return Generated(seed, doc, tuple(sorted(d.features)))
