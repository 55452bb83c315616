"""Fourth generator of random documents: deep stacks of effects on odd geometry (``--generator deep``).

Role: ``document(seed, assets, small) -> Generated``, the same contract as :mod:`.generate`, :mod:`.wide`
and :mod:`.tw`, from a deliberately different distribution. Those put one or two painted boxes side by
side; this one nests painted elements three to six levels deep and piles several effects on the same
element and on each level: opacity inside opacity, a transformed child of an ``overflow: hidden``
box with rounded corners, a box shadow on a child of a clip-path'd parent, ``maskImage`` + ``filter``
+ ``transform`` on one box, ``backgroundClip: text`` inside a transformed box. Values come in every
spelling cards use (``#RGB``, ``#RGBA``, ``#RRGGBBAA``, ``rgb()``/``rgba()`` with commas or spaces,
``hsl()``, names, ``transparent``, ``currentColor``; background layer lists mixing gradients and
``url()`` images, each layer with its own size, position and repeat; per-side border shorthands with
solid/dashed; elliptical and percentage radii; shadow lists with inset, spread, negative offsets and
alpha colours; transform lists with ``%`` translations, ``deg``/``rad`` rotations, skews, negative
scales and keyword origins). Geometry is odd on purpose: fractional sizes and positions (x.5, x.25),
tiny boxes (0.5-3 px), radii larger than the box, boxes partly off the canvas, zero-size elements with
shadows, canvases of odd sizes. Images are the conformance assets and generated ``data:`` URIs (PNG
with alpha, SVG), with objectFit/objectPosition, radii, opacity and transforms.

Only syntax Satori 0.29 accepts is drawn, and none of the listed deliberate differences
(``spec/differences.md``: no ``rgb(... / a)``, no space-syntax ``hsl()``, no ``turn``, no dotted or
double borders). Usage::

    python -m conformance.paintgen --generator deep --seeds 0:200 --out conformance/paintgen/_scratch/deep

Imports only the standard library; never :mod:`pureog`.
"""

from __future__ import annotations

import base64
import random
import struct
import zlib
from typing import Any

from conformance.paintgen.generate import NAMED, Generated

SIZES = ((137, 91), (201, 117), (150, 150), (173, 129), (97, 143), (256, 128), (211, 157), (180, 101))
SMALL_SIZES = ((97, 73), (120, 81), (111, 111), (133, 90))
IMAGES = ("photo.png", "photo.jpg", "avatar.png", "alpha.png", "palette.png", "pixels.png", "tile.png",
          "logo.svg", "texture.jpg", "grey.png")


def _png(width: int, height: int, pixel: Any) -> bytes:
    """A small RGBA PNG (``pixel(x, y) -> (r, g, b, a)``)."""
    rows = b"".join(b"\x00" + bytes(c for x in range(width) for c in pixel(x, y)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


class _Deep:
    """One document's random choices; ``features`` names what was drawn."""

    def __init__(self, seed: int, assets: str, small: bool, listed: bool = False) -> None:
        self.r = random.Random(seed)
        self.listed = listed
        self.assets = assets.rstrip("/")
        self.small = small
        self.features: set[str] = set()

    def tag(self, name: str) -> None:
        self.features.add(name)

    # -- values ---------------------------------------------------------------------------------------
    def color(self, alpha: bool = True) -> str:
        r = self.r
        if self.listed and r.random() < 0.15:
            # spellings whose Next rendering pureog deliberately does not follow (spec/differences.md)
            self.tag("listed-color-space-syntax")
            if r.random() < 0.5:
                return f"rgb({r.randrange(256)} {r.randrange(256)} {r.randrange(256)} / {round(r.uniform(0.2, 1), 2)})"
            return f"hsl({r.randrange(360)} {r.randrange(0, 101)}% {r.randrange(5, 95)}%)"
        kind = r.random()
        if kind < 0.2:
            return r.choice(NAMED)
        if kind < 0.32:
            self.tag("color-#rgb")
            return "#" + "".join(r.choice("0123456789abcdefABCDEF") for _ in range(3))
        if kind < 0.45:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(6))
        if kind < 0.55 and alpha:
            self.tag("color-hex-alpha")
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(r.choice((4, 8))))
        if kind < 0.68:
            a = round(r.uniform(0.15, 1), 2) if alpha and r.random() < 0.6 else None
            sep = r.choice((", ", ",", " , "))
            chans = sep.join(str(r.randrange(256)) for _ in range(3))
            if a is None:
                return f"rgb({chans})"
            self.tag("color-rgba")
            return f"rgba({chans}{sep}{a:g})" if r.random() < 0.8 else f"rgba({chans}{sep}.{int(a * 100):02d})"
        if kind < 0.73:
            self.tag("color-rgb-space")
            return f"rgb({r.randrange(256)} {r.randrange(256)} {r.randrange(256)})"
        if kind < 0.83:
            self.tag("color-hsl")
            hsl = f"{r.randrange(360)}, {r.randrange(0, 101)}%, {r.randrange(5, 95)}%"
            if alpha and r.random() < 0.4:
                return f"hsla({hsl}, {round(r.uniform(0.2, 1), 2)})"
            return f"hsl({hsl})"
        if kind < 0.9 and alpha:
            self.tag("color-transparent")
            return "transparent"
        if kind < 0.97:
            self.tag("currentColor")
            return r.choice(("currentColor", "currentcolor"))
        return r.choice(NAMED)

    def frac(self, lo: float, hi: float) -> float | int:
        """A size or position, often fractional (x.5, x.25, x.75)."""
        r = self.r
        v = r.randint(int(lo), int(hi))
        k = r.random()
        if k < 0.45:
            return v
        self.tag("fractional")
        return v + r.choice((0.5, 0.25, 0.75, 0.1, 0.4))

    def px(self, value: float) -> Any:
        r = self.r
        return value if r.random() < 0.5 else f"{value:g}px"

    def stops(self, n: int) -> str:
        r = self.r
        parts = []
        mode = r.random()
        for i in range(n):
            c = self.color()
            if mode < 0.35 and 0 < i < n - 1:
                c += f" {r.randint(5, 95)}%"
            elif mode < 0.5:
                c += f" {r.randint(0, 40)}px" if i == 0 else f" {r.randint(5, 70)}px"
                self.tag("stop-px")
            parts.append(c)
        if mode > 0.9 and n == 2:
            self.tag("hard-stops")
            return f"{self.color()} 40%, {self.color()} 40%"
        return ", ".join(parts)

    def gradient(self) -> str:
        r = self.r
        kind = r.choice(("linear", "linear", "radial", "repeating-linear", "repeating-radial"))
        self.tag(f"{kind}-gradient")
        if "linear" in kind:
            head = r.choice(("", f"{r.randrange(-90, 400)}deg, ", "to right, ", "to top left, ", "to bottom, ",
                             f"{round(r.uniform(-3, 3), 2)}rad, ", f"{r.randrange(0, 400)}grad, ", "to left, "))
        else:
            shape = r.choice(("", "circle", "ellipse", f"circle {r.randint(3, 40)}px", "closest-side",
                              "farthest-side", "circle farthest-corner", "ellipse closest-corner",
                              f"{r.randint(5, 50)}px {r.randint(5, 30)}px"))
            at = r.choice(("", "", "at top", "at 25% 75%", "at right bottom", f"at {r.randint(0, 40)}px 50%"))
            head = " ".join(x for x in (shape, at) if x)
            head = head + ", " if head else ""
        if kind.startswith("repeating"):
            step = r.randint(3, 18)
            body = f"{self.color()} 0px, {self.color()} {step // 2}px, {self.color()} {step}px"
        else:
            body = self.stops(r.randint(2, 4))
        return f"{kind}-gradient({head}{body})"

    def url_image(self) -> str:
        r = self.r
        self.tag("background-url")
        if r.random() < 0.3:
            # quoted: unquoted, the comma after "base64" splits Satori's layer list (Next throws)
            return f"url('{self.data_uri()}')" if r.random() < 0.6 else f'url("{self.data_uri()}")'
        name = r.choice(("tile.png", "pixels.png", "photo.png", "alpha.png", "logo.svg", "photo.jpg"))
        return f"url({self.assets}/{name})"

    def data_uri(self) -> str:
        r = self.r
        if r.random() < 0.5:
            self.tag("data-png")
            w, h = r.randint(2, 9), r.randint(2, 9)
            a, b = (r.randrange(256) for _ in range(3)), (r.randrange(256) for _ in range(3))
            ca, cb = tuple(a) + (r.choice((255, 200, 90)),), tuple(b) + (r.choice((255, 0, 128)),)
            data = _png(w, h, lambda x, y: ca if (x + y) % 2 else cb)
            return "data:image/png;base64," + base64.b64encode(data).decode()
        self.tag("data-svg")
        w, h = r.randint(8, 40), r.randint(8, 40)
        fill = r.choice(("red", "#0a7", "rgb(40,60,200)", "gold", "purple"))
        shape = r.choice((f"<circle cx='{w / 2:g}' cy='{h / 2:g}' r='{min(w, h) / 2.5:g}' fill='{fill}'/>",
                          f"<rect x='1' y='1' width='{w - 2}' height='{h - 2}' rx='3' fill='{fill}' "
                          f"fill-opacity='0.6'/>",
                          f"<path d='M0 {h} L{w / 2:g} 0 L{w} {h}Z' fill='{fill}'/>"))
        svg = f"<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{h}' viewBox='0 0 {w} {h}'>{shape}</svg>"
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()

    def layer_size(self) -> str:
        r = self.r
        return r.choice(("50% 50%", f"{r.randint(4, 40)}px {r.randint(4, 40)}px", "100% 100%", "cover", "contain",
                         f"{r.randint(10, 90)}%", "auto", f"{r.randint(5, 30)}.5px {r.randint(5, 30)}px",
                         "auto auto"))

    def layer_position(self) -> str:
        r = self.r
        return r.choice(("center", "0 0", "right bottom", "top", f"{r.randint(-10, 30)}px {r.randint(-10, 30)}px",
                         "25% 75%", "left center", f"{r.randint(0, 100)}% 0", "100% 100%"))

    def backgrounds(self, style: dict[str, Any]) -> None:
        r = self.r
        if r.random() < 0.55:
            style["backgroundColor"] = self.color()
        k = r.random()
        if k < 0.45:
            n = r.choice((1, 1, 2, 2, 3))
            layers = [self.gradient() if r.random() < 0.75 else self.url_image() for _ in range(n)]
            if n > 1:
                self.tag("background-layers")
            style["backgroundImage"] = ", ".join(layers)
            if r.random() < 0.5:
                self.tag("background-size")
                style["backgroundSize"] = ", ".join(self.layer_size() for _ in range(r.randint(1, n)))
            if r.random() < 0.4:
                self.tag("background-position")
                style["backgroundPosition"] = ", ".join(self.layer_position() for _ in range(r.randint(1, n)))
            if r.random() < 0.4:
                self.tag("background-repeat")
                style["backgroundRepeat"] = ", ".join(
                    r.choice(("no-repeat", "repeat", "repeat-x", "repeat-y")) for _ in range(r.randint(1, n)))
        elif k < 0.55:
            self.tag("background-shorthand")
            # no url() here: Next throws on a shorthand image layer the oracle hands it as a data: URI
            style["background"] = r.choice((self.color(), self.gradient(), f"{self.gradient()} {self.color()}"))

    def radius(self, w: float, h: float) -> Any:
        r = self.r
        k = r.random()
        if k < 0.2:
            self.tag("radius")
            return self.px(self.frac(1, 30))
        if k < 0.35:
            self.tag("radius-percent")
            return f"{r.choice((5, 10, 25, 33, 50, 75, 100))}%"
        if k < 0.5:
            self.tag("radius-huge")
            return r.choice((999, "9999px", "50%", max(w, h) * 2))
        if k < 0.7:
            self.tag("radius-elliptical")
            return r.choice((f"{r.randint(2, 40)}px / {r.randint(2, 40)}px",
                             f"{r.randint(2, 30)}% / {r.randint(2, 50)}%",
                             f"{r.randint(0, 30)}px {r.randint(0, 30)}px / {r.randint(0, 20)}px"))
        if k < 0.85:
            self.tag("radius-per-corner")
            return " ".join(f"{r.randint(0, 40)}px" if r.random() < 0.7 else f"{r.randint(0, 60)}%"
                            for _ in range(r.randint(2, 4)))
        self.tag("radius-longhand")
        side = r.choice(("TopLeft", "TopRight", "BottomRight", "BottomLeft"))
        value = r.choice((self.px(r.randint(3, 50)), f"{r.randint(3, 30)}px {r.randint(3, 30)}px",
                          f"{r.randint(5, 60)}%"))
        return {f"border{side}Radius": value}

    def border(self, style: dict[str, Any]) -> None:
        r = self.r
        k = r.random()

        def line() -> str:
            kind = r.choice(("solid", "solid", "dashed"))
            if kind == "dashed":
                self.tag("border-dashed")
            width = r.choice((0.5, 1, 1.5, 2, 3, 4.25, 6, 10))
            if width % 1:
                self.tag("border-fractional")
            return f"{width:g}px {kind} {self.color(alpha=r.random() < 0.5)}"

        if k < 0.4:
            self.tag("border")
            style["border"] = line()
        elif k < 0.75:
            self.tag("border-per-side")
            for side in r.sample(("Top", "Right", "Bottom", "Left"), r.randint(1, 4)):
                style[f"border{side}"] = line()
        else:
            self.tag("border-colors")
            style["border"] = line()
            style["borderColor"] = " ".join(self.color() for _ in range(r.randint(2, 4)))
            if r.random() < 0.5:
                style["borderWidth"] = " ".join(f"{r.randint(0, 8)}px" for _ in range(r.randint(2, 4)))

    def shadow(self) -> str:
        r = self.r
        n = r.choice((1, 1, 2, 3))
        out = []
        for _ in range(n):
            inset = r.random() < 0.3
            if inset:
                self.tag("boxShadow-inset")
            blur = r.choice((0, 0, 1, 3, 6, 12))
            spread = r.choice((None, None, 0, 2, 4, -2, -5))
            parts = (["inset"] if inset else []) + [f"{r.randint(-10, 10)}px", f"{r.randint(-10, 10)}px"]
            # css-box-shadow reads a negative second length as a colour when no blur follows (listed)
            parts.append(f"{blur}px")
            if spread is not None:
                parts.append(f"{spread}px")
                self.tag("boxShadow-spread")
            parts.append(self.color())
            out.append(" ".join(parts))
        if n > 1:
            self.tag("boxShadow-list")
        self.tag("boxShadow")
        return ", ".join(out)

    def transform(self) -> str:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 4)):
            kind = r.choice(("rotate", "rotate-rad", "scale", "scale-neg", "skew", "translate-pct", "translate",
                             "skewY", "scaleY", "translateX"))
            self.tag(f"transform-{kind}")
            if kind == "rotate":
                fns.append(f"rotate({r.randrange(-180, 181)}deg)")
            elif kind == "rotate-rad":
                fns.append(f"rotate({round(r.uniform(-3.2, 3.2), 3)}rad)")
            elif kind == "scale":
                fns.append(f"scale({round(r.uniform(0.3, 1.6), 2)})" if r.random() < 0.5 else
                           f"scale({round(r.uniform(0.4, 1.5), 2)}, {round(r.uniform(0.4, 1.5), 2)})")
            elif kind == "scale-neg":
                fns.append(r.choice(("scaleX(-1)", "scaleY(-1)", f"scale(-{round(r.uniform(0.5, 1.2), 2)})",
                                     f"scale(1, -{round(r.uniform(0.5, 1.2), 2)})")))
            elif kind == "scaleY":
                fns.append(f"scaleY({round(r.uniform(0.2, 1.8), 2)})")
            elif kind == "skew":
                fns.append(f"skew({r.randrange(-40, 41)}deg)" if r.random() < 0.5 else
                           f"skew({r.randrange(-30, 31)}deg, {r.randrange(-30, 31)}deg)")
            elif kind == "skewY":
                fns.append(f"skewY({r.randrange(-35, 36)}deg)")
            elif kind == "translate-pct":
                fns.append(f"translate({r.randrange(-60, 61)}%, {r.randrange(-60, 61)}%)")
            elif kind == "translateX":
                fns.append(f"translateX({self.frac(-20, 20)}px)")
            else:
                fns.append(f"translate({self.frac(-15, 15)}px, {self.frac(-15, 15)}px)")
        return " ".join(fns)

    def origin(self) -> str:
        r = self.r
        self.tag("transformOrigin")
        return r.choice(("left", "right", "top", "bottom", "center", "left top", "right bottom", "top right",
                         "center bottom", "0 0", "100% 0", "30% 70%", f"{r.randint(0, 40)}px {r.randint(0, 40)}px",
                         "bottom left", "50% 100%", f"{r.randint(0, 30)}.5px 20%"))

    def clip_path(self) -> str:
        r = self.r
        kind = r.choice(("circle", "ellipse", "inset", "polygon"))
        self.tag(f"clipPath-{kind}")
        if kind == "circle":
            return r.choice(("circle(50%)",
                             f"circle({r.randint(10, 60)}% at {r.randint(0, 100)}% {r.randint(0, 100)}%)",
                             f"circle({r.randint(5, 60)}px at left top)", f"circle({r.randint(10, 50)}.5px)"))
        if kind == "ellipse":
            return f"ellipse({r.randint(20, 60)}% {r.randint(15, 50)}% at {r.randint(20, 80)}% 50%)"
        if kind == "inset":
            return r.choice((f"inset({r.randint(0, 20)}px {r.randint(0, 30)}%)",
                             f"inset({r.randint(1, 15)}px round {r.randint(2, 30)}px)",
                             f"inset({r.randint(0, 20)}% {r.randint(0, 20)}% {r.randint(0, 20)}% {r.randint(0, 20)}% "
                             f"round {r.randint(1, 20)}px {r.randint(1, 20)}px)"))
        pts = ", ".join(f"{r.randrange(-10, 111)}% {r.randrange(-10, 111)}%" if r.random() < 0.7 else
                        f"{r.randrange(0, 80)}px {r.randrange(0, 80)}.5px" for _ in range(r.randint(3, 7)))
        return f"polygon({pts})"

    def filter(self) -> str:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 3)):
            kind = r.choice(("blur", "brightness", "contrast", "grayscale", "hue-rotate", "invert", "opacity",
                             "saturate", "sepia", "drop-shadow"))
            self.tag(f"filter-{kind}")
            if kind == "blur":
                fns.append(f"blur({r.choice((0.5, 1, 1.5, 2, 4, 7))}px)")
            elif kind == "hue-rotate":
                fns.append(f"hue-rotate({r.randrange(-200, 400)}deg)")
            elif kind == "drop-shadow":
                fns.append(f"drop-shadow({r.randint(-5, 5)}px {r.randint(-5, 5)}px {r.choice((0, 1, 3))}px "
                           f"{self.color()})")
            elif kind in ("brightness", "contrast", "saturate"):
                fns.append(f"{kind}({round(r.uniform(0, 2.2), 2)})" if r.random() < 0.6 else
                           f"{kind}({r.randint(0, 220)}%)")
            else:
                fns.append(f"{kind}({round(r.uniform(0, 1), 2)})" if r.random() < 0.6 else
                           f"{kind}({r.randint(0, 100)}%)")
        return " ".join(fns)

    def mask(self, style: dict[str, Any]) -> None:
        r = self.r
        self.tag("maskImage")
        if r.random() < 0.65:
            img = (f"linear-gradient({r.choice(('to right', 'to bottom', '45deg', '200deg', 'to top left'))}, "
                   f"{r.choice(('black', '#000', 'rgba(0,0,0,0.8)', 'white'))}"
                   f"{r.choice(('', ' 30%', ' 10px'))}, {r.choice(('transparent', 'rgba(0,0,0,0)', '#0000'))})")
        else:
            img = f"radial-gradient({r.choice(('', 'circle, ', 'closest-side, '))}black, transparent)"
        style["maskImage"] = img
        if r.random() < 0.3:
            self.tag("mask-size")
            style["maskSize"] = r.choice(("50% 50%", "20px 20px", "100% 60%"))
            style["maskRepeat"] = r.choice(("repeat", "no-repeat"))
            if r.random() < 0.5:
                style["maskPosition"] = r.choice(("center", "10px 5px", "right bottom"))

    # -- effects piled on one element -----------------------------------------------------------------
    def effects(self, style: dict[str, Any], w: float, h: float, depth: int) -> None:
        r = self.r
        if r.random() < 0.5:
            rad = self.radius(w, h)
            if isinstance(rad, dict):
                style.update(rad)
            else:
                style["borderRadius"] = rad
        if r.random() < 0.35:
            self.border(style)
        if r.random() < 0.35:
            style["boxShadow"] = self.shadow()
        if r.random() < 0.35:
            style["transform"] = self.transform()
            if r.random() < 0.5:
                style["transformOrigin"] = self.origin()
        if r.random() < 0.3:
            self.tag("opacity" if depth == 0 else "opacity-nested")
            style["opacity"] = r.choice((round(r.uniform(0.2, 0.95), 2), 0.5, f"{r.randint(20, 90)}%"))
        if r.random() < 0.15:
            style["clipPath"] = self.clip_path()
        if r.random() < 0.15:
            self.mask(style)
        if r.random() < 0.15:
            style["filter"] = self.filter()

    # -- elements -------------------------------------------------------------------------------------
    def placement(self, style: dict[str, Any], pw: float, ph: float, w: float, h: float) -> None:
        r = self.r
        k = r.random()
        if k < 0.4:
            self.tag("absolute")
            style["position"] = "absolute"
            # partly outside the parent (and the canvas) now and then
            style["left"] = self.frac(-w * 0.4, max(pw - w * 0.6, 0))
            style["top"] = self.frac(-h * 0.4, max(ph - h * 0.6, 0))
            if r.random() < 0.2:
                self.tag("inset-right-bottom")
                del style["left"]
                style["right"] = self.frac(-10, 20)
        elif k < 0.6:
            self.tag("margin")
            style["margin"] = r.choice((self.frac(0, 8), f"{self.frac(-6, 8)}px {self.frac(0, 10)}px"))

    def tiny(self, pw: float, ph: float) -> dict[str, Any]:
        """A 0-3 px box: a hairline, a dot, or a zero-size element with a shadow."""
        r = self.r
        w = r.choice((0, 0.5, 1, 1.5, 2, 3, 0.25))
        h = r.choice((0, 0.5, 1, 2, 3, pw * 0.5))
        style: dict[str, Any] = {"display": "flex", "width": w, "height": h}
        self.tag("tiny" if w or h else "zero-size")
        if r.random() < 0.7:
            style["backgroundColor"] = self.color()
        if r.random() < 0.6 or not (w and h):
            style["boxShadow"] = self.shadow()
        if r.random() < 0.3:
            style["borderRadius"] = r.choice((1, "50%", 10))
        if r.random() < 0.3:
            style["transform"] = self.transform()
        self.placement(style, pw, ph, max(w, 1), max(h, 1))
        return {"div": {"style": style}}

    def text(self, pw: float, ph: float) -> dict[str, Any]:
        r = self.r
        self.tag("text")
        size = r.choice((11, 13.5, 16, 20, 26.5, 34))
        style: dict[str, Any] = {"display": "flex", "fontSize": size}
        if r.random() < 0.7:
            style["color"] = self.color()
        k = r.random()
        if k < 0.35:
            self.tag("backgroundClip-text")
            style["backgroundImage"] = self.gradient()
            style["backgroundClip"] = "text"
            style["color"] = r.choice(("transparent", "rgba(0,0,0,0)", "#0000"))
            if r.random() < 0.3:
                style["backgroundSize"] = self.layer_size()
        elif k < 0.5:
            self.tag("textShadow")
            style["textShadow"] = ", ".join(f"{r.randint(-3, 3)}px {r.randint(-3, 3)}px {r.choice((0, 1, 3))}px "
                                            f"{self.color()}" for _ in range(r.choice((1, 2))))
        elif k < 0.6:
            self.tag("WebkitTextStroke")
            style["WebkitTextStroke"] = f"{r.choice((0.5, 1, 2))}px {r.choice(NAMED)}"
        if r.random() < 0.3:
            style["transform"] = self.transform()
        if r.random() < 0.2:
            self.tag("opacity-nested")
            style["opacity"] = round(r.uniform(0.3, 0.9), 2)
        if r.random() < 0.2:
            style["fontWeight"] = 700
        words = r.choice(("Aa", "OG", "Deep", "Paint it", "x.5", "Qwerty", "Hi!", "Layers"))
        self.placement(style, pw, ph, size * 2, size)
        return {"div": {"style": style, "children": words}}

    def image(self, pw: float, ph: float) -> dict[str, Any]:
        r = self.r
        self.tag("img")
        w, h = self.frac(max(pw * 0.2, 4), max(pw * 0.8, 6)), self.frac(max(ph * 0.2, 4), max(ph * 0.8, 6))
        if r.random() < 0.3:
            src = self.data_uri()
        else:
            name = r.choice(IMAGES)
            self.tag(f"img-{name.rsplit('.', 1)[1]}")
            src = f"{self.assets}/{name}"
        style: dict[str, Any] = {}
        if r.random() < 0.6:
            fit = r.choice(("cover", "contain", "fill", "none", "scale-down"))
            self.tag(f"objectFit-{fit}")
            style["objectFit"] = fit
            if r.random() < 0.5:
                self.tag("objectPosition")
                style["objectPosition"] = r.choice(("left top", "right", "30% 70%", "bottom",
                                                    f"{r.randint(-10, 20)}px 5px", "center top", "100% 100%"))
        if r.random() < 0.4:
            rad = self.radius(w, h)
            if isinstance(rad, dict):
                style.update(rad)
            else:
                style["borderRadius"] = rad
        if r.random() < 0.3:
            style["transform"] = self.transform()
            if r.random() < 0.4:
                style["transformOrigin"] = self.origin()
        if r.random() < 0.25:
            self.tag("opacity-nested")
            style["opacity"] = round(r.uniform(0.3, 0.9), 2)
        if r.random() < 0.15:
            self.border(style)
        if r.random() < 0.15:
            style["boxShadow"] = self.shadow()
        if r.random() < 0.1:
            style["filter"] = self.filter()
        if r.random() < 0.1:
            self.mask(style)
        self.placement(style, pw, ph, w, h)
        return {"img": {"src": src, "width": w, "height": h, "style": style}}

    def box(self, depth: int, max_depth: int, pw: float, ph: float) -> dict[str, Any]:
        r = self.r
        shrink = r.uniform(0.5, 0.95)
        w, h = self.frac(max(pw * shrink * 0.6, 3), max(pw * shrink, 4)), self.frac(max(ph * shrink * 0.6, 3),
                                                                                    max(ph * shrink, 4))
        style: dict[str, Any] = {"display": "flex", "width": w, "height": h}
        if r.random() < 0.3:
            self.tag("color-inherited")
            style["color"] = self.color(alpha=False)
        self.backgrounds(style)
        self.effects(style, w, h, depth)
        if r.random() < 0.4:
            self.tag("overflow-hidden")
            style["overflow"] = "hidden"
        if r.random() < 0.3:
            self.tag("padding")
            style["padding"] = r.choice((self.frac(1, 10), f"{r.randint(0, 8)}px {self.frac(0, 8)}px"))
        style["alignItems"] = r.choice(("center", "flex-start", "flex-end", "stretch"))
        style["justifyContent"] = r.choice(("center", "flex-start", "flex-end", "space-between"))
        if r.random() < 0.25:
            style["flexDirection"] = "column"
        if depth > 0:
            self.placement(style, pw, ph, w, h)
        children: list[Any] = []
        if depth < max_depth:
            children.append(self.box(depth + 1, max_depth, w, h))
            if r.random() < 0.35:
                children.append(self.leaf(w, h))
        elif r.random() < 0.8:
            children.append(self.leaf(w, h))
        if r.random() < 0.5:
            r.shuffle(children)
        body: dict[str, Any] = {"style": style}
        if children:
            body["children"] = children
        return {"div": body}

    def leaf(self, pw: float, ph: float) -> dict[str, Any]:
        k = self.r.random()
        if k < 0.35:
            return self.text(pw, ph)
        if k < 0.65:
            return self.image(pw, ph)
        if k < 0.85:
            return self.tiny(pw, ph)
        return self.box(9, 9, pw, ph)


def document(seed: int, assets: str = "../../assets", small: bool = False, listed: bool = False) -> Generated:
    """The random deep-effects document of ``seed``; ``assets`` is how its images are referred to.
    ``listed`` also draws colour spellings of listed deliberate differences (``rgb(r g b / a)``,
    space-syntax ``hsl()``), to measure what they cost (``--generator deep-listed``)."""
    g = _Deep(seed, assets, small, listed)
    r = g.r
    w, h = r.choice(SMALL_SIZES if small else SIZES)
    root: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%",
                            "alignItems": r.choice(("center", "flex-start", "flex-end")),
                            "justifyContent": r.choice(("center", "space-around", "flex-start")),
                            "backgroundColor": r.choice(("white", "#fafaf7", "#10131a", "rgb(240, 236, 228)"))}
    if r.random() < 0.3:
        root["color"] = g.color(alpha=False)
    depth = r.randint(2, 5)
    g.tag(f"depth-{depth + 1}")
    children = [g.box(0, depth, w, h)]
    if r.random() < 0.4:
        children.append(g.leaf(w, h))
    doc = {"width": w, "height": h, "element": {"div": {"style": root, "children": children}}}
    return Generated(seed, doc, tuple(sorted(g.features)))


def document_listed(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """:func:`document` with the listed deliberate differences' colour spellings among its colours."""
    return document(seed, assets, small, listed=True)


__all__ = ["document", "document_listed", "SIZES", "SMALL_SIZES"]
