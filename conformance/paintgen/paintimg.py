"""Seventh generator of random documents: backgrounds, images and masks (``--generator paintimg``).

Role: ``document(seed, assets, small) -> Generated``, the contract of :mod:`conformance.paintgen.generate`.
The other generators draw images and background layers as a side line (a few sizes, four repeats, gradient
masks, assets of ordinary sizes); this one is about them, with values written the way authors write them:

- ``backgroundImage`` lists of several gradients and ``url()`` images (PNG, JPEG, GIF, WebP and SVG
  ``data:`` URIs, quoted, and conformance asset files), with per-layer ``backgroundSize`` (``cover``,
  ``contain``, one and two values, %, ``auto``), ``backgroundPosition`` (keywords, keyword + offset, %,
  px, ``calc()``), ``backgroundRepeat`` (``repeat-x``, ``space``, ``round``, ``no-repeat``, two values),
  ``backgroundClip`` (``text``, ``padding-box``, ``content-box``), ``backgroundOrigin`` and a
  ``backgroundColor`` under the images, on boxes with borders and padding so clip and origin matter;
- ``<img>`` with every ``objectFit`` and ``objectPosition``, sizes from attributes, from the style, from
  one of them only, or from the image; images of odd sizes (1x1, 3x1000, 1000x3), with alpha, transparent
  GIFs, SVGs with a viewBox only, a width only, percentage sizes and ``preserveAspectRatio``;
- ``maskImage`` (gradients and ``url()`` images) with ``maskSize``/``maskPosition``/``maskRepeat``;
- ``borderRadius`` in % and elliptical on images and backgrounds, ``clipPath`` (inset/circle/ellipse/
  polygon with %, ``round``) over images, ``opacity``, ``transform`` and ``filter`` on images;
- radial gradients with every shape and size keyword and position, repeating gradients with px and %
  stops, hard stops, ``transparent`` stops (premultiplied interpolation) and colour hints.

Only syntax Satori 0.29 accepts is drawn, and none of the listed deliberate differences (no space-syntax
colours, no ``turn``). Documents reach the oracle as written (a raw generator, like ``wild``).

Run: ``python -m conformance.paintgen --generator paintimg --seeds 0:400 --out
conformance/paintgen/_scratch/paintimg -j 1``; ``--seeds 50000:50300`` adds the second round's patterns
(:data:`EXTRA_FROM`); seeds from 100000 up are held out (do not tune on them). Committed slice:
``--slice --seeds 0,1,...,11,50000,...,50007``.
Imports only the standard library and the fuzzer's GIF code packing; never :mod:`pureog`.
"""

from __future__ import annotations

import base64
import random
import re
import struct
from pathlib import Path
from typing import Any

from conformance.paintgen.deep import _png
from conformance.paintgen.generate import Generated
from fuzz.targets.binary_mutators import gif_sub_blocks, pack_lsb_first  # GIF's code packing, as imagegen shares it

ASSETS = Path(__file__).resolve().parent.parent / "assets"
EXTRA_FROM = 50000
"""Seeds from here up also draw the second round's patterns (:meth:`_PaintImg.extra_child`): avatars in
rounded ``overflow: hidden`` frames, images sized by %, ``maxWidth``, ``aspectRatio`` or the flex line,
``WebkitMask*`` spellings, double-position stops, em sizes, padding on images, shadows on rounded images."""
SIZES = ((320, 200), (360, 240), (300, 300), (400, 210))
SMALL_SIZES = ((160, 110), (180, 120), (150, 150))
ASSET_IMAGES = ("photo.png", "photo.jpg", "avatar.png", "alpha.png", "palette.png", "pixels.png", "tile.png",
                "logo.svg", "grey.png", "photo.webp")
COLORS = ("#0ea5e9", "tomato", "#22c55e", "#663399", "gold", "#111827", "white", "navy", "#f43f5e",
          "rgba(14, 165, 233, 0.5)", "rgba(0,0,0,.35)", "#ffffff80", "hsla(280, 70%, 50%, 0.6)", "#f97316",
          "teal", "rgb(250, 204, 21)", "#0000", "black", "hotpink", "#4f46e5")


def _gif(width: int, height: int, palette: list[tuple[int, int, int]], pixel: Any,
         transparent: int | None = None) -> bytes:
    """A GIF89a of ``pixel(x, y) -> palette index``; LZW with a clear code every few literals, so code
    widths never grow (valid for every decoder; size does not matter here)."""
    bits = 2 if len(palette) <= 4 else 3
    colors = 1 << bits
    pal = (palette + [(0, 0, 0)] * colors)[:colors]
    clear, end, width_bits = colors, colors + 1, bits + 1
    run = colors - 2  # literals between clears: the table stays below 2**width_bits
    codes: list[int] = []
    flat = [pixel(x, y) for y in range(height) for x in range(width)]
    for i in range(0, len(flat), run):
        codes.append(clear)
        codes.extend(flat[i:i + run])
    codes.append(end)
    blocks = gif_sub_blocks(pack_lsb_first((code, width_bits) for code in codes))
    head = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80 | (bits - 1), 0, 0)
    head += b"".join(bytes(c) for c in pal)
    if transparent is not None:
        head += b"\x21\xf9\x04\x01\x00\x00" + bytes([transparent]) + b"\x00"
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
    return head + image + bytes([bits]) + blocks + b"\x3b"


class _PaintImg:
    """One document's random choices; ``features`` names what was drawn."""

    def __init__(self, seed: int, assets: str, small: bool) -> None:
        self.r = random.Random(seed)
        self.assets = assets.rstrip("/")
        self.small = small
        self.extra = seed >= EXTRA_FROM
        self.features: set[str] = set()

    def tag(self, name: str) -> None:
        self.features.add(name)

    def color(self) -> str:
        return self.r.choice(COLORS)

    # -- images -----------------------------------------------------------------------------------------
    def data_png(self, w: int, h: int, alpha: bool) -> str:
        r = self.r
        a = (*(r.randrange(256) for _ in range(3)), r.choice((255, 160, 60)) if alpha else 255)
        b = (*(r.randrange(256) for _ in range(3)), r.choice((0, 255, 100)) if alpha else 255)
        kind = r.choice(("checker", "stripes", "gradient"))
        if kind == "checker":
            def px(x: int, y: int) -> tuple[int, ...]:
                return a if (x + y) % 2 else b
        elif kind == "stripes":
            def px(x: int, y: int) -> tuple[int, ...]:
                return a if (x // max(w // 4, 1)) % 2 else b
        else:
            def px(x: int, y: int) -> tuple[int, ...]:
                t = (x + y) / max(w + h - 2, 1)
                return tuple(round(p + (q - p) * t) for p, q in zip(a, b, strict=True))
        return "data:image/png;base64," + base64.b64encode(_png(w, h, px)).decode()

    def data_gif(self, w: int, h: int) -> str:
        r = self.r
        palette = [tuple(r.randrange(256) for _ in range(3)) for _ in range(r.choice((3, 4, 6)))]
        transparent = 0 if r.random() < 0.6 else None
        if transparent is not None:
            self.tag("gif-transparent")
        n = len(palette)
        data = _gif(w, h, palette, lambda x, y: (x // max(w // 3, 1) + y // max(h // 3, 1)) % n, transparent)
        return "data:image/gif;base64," + base64.b64encode(data).decode()

    def data_svg(self) -> tuple[str, tuple[float, float] | None]:
        """An SVG data URI and its intended box (None: no intrinsic size)."""
        r = self.r
        vw, vh = r.choice(((100, 100), (200, 100), (40, 120), (24, 24), (300, 60)))
        fill, other = r.choice(COLORS[:10]), r.choice(COLORS[10:])
        body = (f"<rect width='{vw}' height='{vh}' fill='{other}'/>"
                f"<circle cx='{vw / 2:g}' cy='{vh / 2:g}' r='{min(vw, vh) / 2.2:g}' fill='{fill}'/>"
                f"<path d='M0 0L{vw} {vh}' stroke='black' stroke-width='{max(vw, vh) / 30:.1f}'/>")
        kind = r.choice(("full", "viewbox-only", "width-only", "percent", "par", "no-viewbox"))
        self.tag(f"svg-{kind}")
        attrs = "xmlns='http://www.w3.org/2000/svg'"
        size: tuple[float, float] | None = (vw, vh)
        if kind == "full":
            sw, sh = r.choice(((vw, vh), (vw // 2, vh // 2), (vw * 2, vh)))
            attrs += f" width='{sw}' height='{sh}' viewBox='0 0 {vw} {vh}'"
            size = (sw, sh)
        elif kind == "viewbox-only":
            attrs += f" viewBox='0 0 {vw} {vh}'"
        elif kind == "width-only":
            attrs += f" width='{vw // 2}' viewBox='0 0 {vw} {vh}'"
            size = (vw // 2, vh // 2)
        elif kind == "percent":
            attrs += f" width='100%' height='{r.choice(('100%', '50%'))}' viewBox='0 0 {vw} {vh}'"
            size = None
        elif kind == "par":
            par = r.choice(("none", "xMinYMin meet", "xMaxYMax slice", "xMidYMid slice", "xMinYMax meet"))
            sw, sh = r.choice(((vw, vw), (vh * 2, vh), (vw, vh * 2)))
            attrs += f" width='{sw}' height='{sh}' viewBox='0 0 {vw} {vh}' preserveAspectRatio='{par}'"
            size = (sw, sh)
        else:
            attrs += f" width='{vw}' height='{vh}'"
        svg = f"<svg {attrs}>{body}</svg>"
        if r.random() < 0.5:
            return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode(), size
        self.tag("svg-utf8")
        text = svg.replace("%", "%25").replace("#", "%23").replace("<", "%3C").replace(">", "%3E")
        return "data:image/svg+xml;utf8," + text, size

    def odd_size(self) -> tuple[int, int]:
        r = self.r
        size = r.choice(((1, 1), (3, 1000), (1000, 3), (2, 200), (120, 2), (5, 5), (17, 9), (7, 31), (64, 1)))
        self.tag("img-odd-size")
        return size

    def image_source(self, for_css: bool) -> tuple[str, tuple[float, float] | None]:
        """An image reference (a ``src`` or the inside of ``url()``) and its intrinsic size when known."""
        r = self.r
        k = r.random()
        if k < 0.3:
            name = r.choice(ASSET_IMAGES)
            self.tag(f"asset-{name.rsplit('.', 1)[1]}")
            if name.endswith(".webp"):
                self.tag("L:webp")  # differences.md: Next draws WebP empty
            sizes = {"photo.png": (64, 48), "photo.jpg": (64, 48), "avatar.png": (96, 96), "alpha.png": (48, 48),
                     "palette.png": (16, 16), "pixels.png": (4, 4), "tile.png": (20, 20), "logo.svg": (80, 80),
                     "grey.png": (32, 32), "photo.webp": (64, 48)}
            return f"{self.assets}/{name}", sizes.get(name)
        if k < 0.55:
            w, h = self.odd_size() if r.random() < 0.4 else (r.randint(2, 24), r.randint(2, 24))
            alpha = r.random() < 0.5
            self.tag("data-png-alpha" if alpha else "data-png")
            return self.data_png(w, h, alpha), (w, h)
        if k < 0.68:
            w, h = r.choice(((6, 6), (9, 4), (1, 1), (12, 30), (3, 3)))
            self.tag("data-gif")
            return self.data_gif(w, h), (w, h)
        if k < 0.76:
            name = r.choice(("photo.jpg", "photo.webp"))
            kind = "jpeg" if name.endswith("jpg") else "webp"
            self.tag(f"data-{kind}")
            if kind == "webp":
                self.tag("L:webp")
            return f"data:image/{kind};base64," + base64.b64encode((ASSETS / name).read_bytes()).decode(), (64, 48)
        return self.data_svg()

    def url(self) -> str:
        src, _ = self.image_source(True)
        self.tag("bg-url")
        if src.startswith("data:"):
            # unquoted, the comma of a data URI splits Satori's layer list
            return f"url(\"{src}\")" if "'" in src or self.r.random() < 0.5 else f"url('{src}')"
        return self.r.choice((f"url({src})", f"url('{src}')", f"url(\"{src}\")"))

    # -- gradients --------------------------------------------------------------------------------------
    def stops(self, repeating: bool) -> str:
        r = self.r
        n = r.randint(2, 4)
        unit = r.choice(("px", "%"))
        pos = sorted(r.randint(0, 40 if unit == "px" else 100) for _ in range(n))
        if repeating:
            self.tag(f"repeating-{unit}")
            step = r.randint(4, 24) if unit == "px" else r.randint(5, 30)
            pos = sorted(round(step * i / (n - 1)) for i in range(n))
        parts = []
        for i in range(n):
            c = "transparent" if r.random() < 0.2 else self.color()
            if c == "transparent":
                self.tag("stop-transparent")
            p = pos[i]
            if r.random() < 0.15 and i > 0 and not repeating:
                self.tag("hard-stop")
                parts.append(f"{c} {pos[i - 1]}{unit}")
                continue
            if r.random() < 0.6 or repeating:
                parts.append(f"{c} {p}{unit}")
            else:
                parts.append(c)
            if i < n - 1 and r.random() < 0.12 and not repeating:
                self.tag("color-hint")
                parts.append(f"{(pos[i] + pos[i + 1]) // 2}{unit}")
        return ", ".join(parts)

    def radial_head(self) -> str:
        r = self.r
        shape = r.choice(("", "circle", "ellipse"))
        size = r.choice(("", "", "closest-side", "closest-corner", "farthest-side", "farthest-corner"))
        if shape == "circle" and r.random() < 0.3:
            size = f"{r.randint(5, 60)}px"
        elif shape != "circle" and r.random() < 0.2:
            size = f"{r.randint(10, 80)}% {r.randint(10, 80)}%" if r.random() < 0.5 else \
                f"{r.randint(5, 60)}px {r.randint(5, 40)}px"
            shape = "" if r.random() < 0.5 else shape
        at = r.choice(("", "", "at center", "at top left", "at 30% 70%", "at right", f"at {r.randint(0, 60)}px 20%",
                       "at bottom 10px right 20px", "at left 25%", "at 0 0", "at 100% 50%"))
        size_tag = (size.split()[0] if not size[0].isdigit() else "len") if size else "nosize"
        self.tag(f"radial-{shape or 'default'}-{size_tag}")
        if at:
            self.tag("radial-at")
        head = " ".join(x for x in (shape, size, at) if x)
        return head + ", " if head else ""

    def gradient(self) -> str:
        r = self.r
        kind = r.choice(("linear", "radial", "radial", "repeating-linear", "repeating-radial"))
        self.tag(f"{kind}-gradient")
        if "linear" in kind:
            head = r.choice(("", f"{r.randrange(-90, 360)}deg, ", "to right, ", "to top left, ", "to bottom right, ",
                             "180deg, ", "to left, "))
        else:
            head = self.radial_head()
        return f"{kind}-gradient({head}{self.stops(kind.startswith('repeating'))})"

    # -- layer properties -------------------------------------------------------------------------------
    def size_value(self) -> str:
        r = self.r
        # not one bare px length: css-to-react-native hands it over as a number and Next throws (listed)
        return r.choice(("cover", "contain", "auto", f"{r.randint(10, 100)}%", f"{r.randint(4, 60)}px 100%",
                         f"{r.randint(10, 100)}% {r.randint(10, 100)}%", f"{r.randint(4, 60)}px auto",
                         f"auto {r.randint(4, 60)}px", "100% 100%", f"{r.randint(4, 40)}px {r.randint(4, 40)}px",
                         "auto auto", f"50% {r.randint(4, 40)}px"))

    def position_value(self) -> str:
        r = self.r
        return r.choice(("center", "top", "bottom right", "left top", "right", "center bottom",
                         f"right {r.randint(0, 30)}px bottom {r.randint(0, 30)}px",
                         f"left {r.randint(0, 30)}px top {r.randint(0, 20)}px",
                         f"{r.randint(0, 100)}% {r.randint(0, 100)}%",
                         f"{r.randint(-20, 40)}px {r.randint(-20, 40)}px", f"calc(100% - {r.randint(0, 30)}px) 50%",
                         f"calc(50% + {r.randint(0, 20)}px) calc(50% - {r.randint(0, 20)}px)", "0 0", "100% 100%",
                         f"right {r.randint(5, 40)}% top", f"{r.randint(0, 100)}%"))

    def repeat_value(self) -> str:
        r = self.r
        return r.choice(("repeat", "no-repeat", "repeat-x", "repeat-y", "space", "round", "no-repeat repeat",
                         "repeat no-repeat", "space round", "round space", "round", "space"))

    def background(self, style: dict[str, Any], text: bool = False) -> None:
        r = self.r
        n = r.choice((1, 1, 2, 2, 3, 4))
        layers = [self.url() if r.random() < 0.45 else self.gradient() for _ in range(n)]
        if n > 1:
            self.tag("bg-layers")
        style["backgroundImage"] = ", ".join(layers)
        if r.random() < 0.7 and not text:
            self.tag("bg-color-under")
            style["backgroundColor"] = self.color()
        for prop, fn, p in (("backgroundSize", self.size_value, 0.7), ("backgroundPosition", self.position_value, 0.6),
                            ("backgroundRepeat", self.repeat_value, 0.6)):
            if r.random() < p:
                values = [fn() for _ in range(r.randint(1, n))]
                for v in values:
                    self.tag(f"{prop}-{v.split()[0] if v[0].isalpha() else 'len'}")
                style[prop] = ", ".join(values)
        if "url(" in style["backgroundImage"] and re.search(r"\dpx auto|auto \d", style.get("backgroundSize", "")):
            self.tag("L:url-size-auto-unit")  # differences.md: Satori's tile is NaN
        if text:
            return
        if r.random() < 0.4:
            clip = r.choice(("padding-box", "content-box", "border-box"))
            self.tag(f"bgClip-{clip}")
            style["backgroundClip"] = clip
        if r.random() < 0.35:
            origin = r.choice(("padding-box", "content-box", "border-box"))
            self.tag(f"bgOrigin-{origin}")
            style["backgroundOrigin"] = origin

    def radius(self) -> str:
        r = self.r
        kind = r.choice(("pct", "elliptical", "px", "corners"))
        self.tag(f"radius-{kind}")
        if kind == "pct":
            return f"{r.choice((10, 25, 50, 30, 100))}%"
        if kind == "elliptical":
            return r.choice((f"{r.randint(5, 50)}% / {r.randint(5, 50)}%",
                             f"{r.randint(4, 40)}px / {r.randint(4, 30)}px",
                             "50% 20% / 10% 40%", f"{r.randint(2, 30)}px {r.randint(2, 30)}px / {r.randint(2, 30)}%"))
        if kind == "px":
            return f"{r.randint(2, 40)}px"
        return " ".join(f"{r.randint(0, 30)}px" if r.random() < 0.6 else f"{r.randint(0, 50)}%" for _ in range(4))

    def clip_path(self) -> str:
        r = self.r
        kind = r.choice(("inset", "circle", "ellipse", "polygon"))
        self.tag(f"clipPath-{kind}")
        if kind == "inset":
            return r.choice((f"inset({r.randint(0, 25)}%)", f"inset({r.randint(0, 20)}px round {r.randint(2, 30)}px)",
                             f"inset({r.randint(0, 20)}% {r.randint(0, 20)}% round {r.randint(5, 50)}%)",
                             "inset(5px 10% 15px 0 round 10px 20px)"))
        if kind == "circle":
            # no keyword or empty radius: Satori reads NaN there (listed in differences.md)
            return r.choice(("circle(50%)", f"circle({r.randint(20, 70)}% at {r.randint(0, 100)}% 50%)",
                             f"circle({r.randint(10, 60)}px at center)", f"circle({r.randint(30, 80)}px at 30% 30%)"))
        if kind == "ellipse":
            return r.choice(("ellipse()", f"ellipse({r.randint(20, 60)}% {r.randint(20, 60)}% at 50% 50%)",
                             f"ellipse({r.randint(10, 60)}px 30% at left)"))
        pts = ", ".join(f"{r.randint(0, 100)}% {r.randint(0, 100)}%" for _ in range(r.randint(3, 6)))
        return f"polygon({pts})" if r.random() < 0.8 else f"polygon(evenodd, {pts})"

    def filter(self) -> str:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 2)):
            kind = r.choice(("blur", "grayscale", "sepia", "brightness", "contrast", "saturate", "hue-rotate",
                             "invert", "opacity", "drop-shadow"))
            self.tag(f"filter-{kind}")
            fns.append({"blur": f"blur({r.choice((1, 2, 3.5))}px)", "hue-rotate": f"hue-rotate({r.randint(0, 300)}deg)",
                        "drop-shadow": f"drop-shadow(2px 3px {r.choice((0, 2, 4))}px {self.color()})"}.get(
                kind, f"{kind}({r.choice(('0.5', '1.4', '70%', '0.2', '100%'))})"))
        return " ".join(fns)

    def mask(self, style: dict[str, Any]) -> None:
        r = self.r
        if r.random() < 0.6:
            self.tag("mask-gradient")
            img = r.choice((f"linear-gradient({r.choice(('to right', 'to bottom', '135deg'))}, black, transparent)",
                            "radial-gradient(circle, black 40%, transparent 70%)",
                            f"linear-gradient(black {r.randint(20, 60)}%, rgba(0,0,0,0.2))",
                            "repeating-linear-gradient(45deg, black 0 6px, transparent 6px 12px)",
                            "radial-gradient(closest-side, #000, #0000)"))
        else:
            self.tag("mask-url")
            img = self.url()
        style["maskImage"] = img
        if r.random() < 0.6:
            style["maskSize"] = r.choice(("contain", "cover", "50%", "20px 20px", "100% 100%", "40% auto"))
            self.tag("maskSize")
        if r.random() < 0.5:
            style["maskPosition"] = self.position_value()
            self.tag("maskPosition")
        if r.random() < 0.5:
            style["maskRepeat"] = r.choice(("no-repeat", "repeat", "repeat-x", "space", "round"))
            self.tag(f"maskRepeat-{style['maskRepeat']}")

    def transform(self) -> str:
        r = self.r
        self.tag("transform")
        return r.choice((f"rotate({r.randint(-30, 30)}deg)", f"scale({r.choice((0.8, 1.2, 0.5))})", "scaleX(-1)",
                         f"skewX({r.randint(-20, 20)}deg)", f"translate({r.randint(-10, 10)}px, 5px) rotate(10deg)"))

    # -- elements ---------------------------------------------------------------------------------------
    def bg_box(self, w: int, h: int) -> dict[str, Any]:
        r = self.r
        self.tag("bg-box")
        style: dict[str, Any] = {"display": "flex", "width": w, "height": h}
        self.background(style)
        if r.random() < 0.6:
            style["border"] = f"{r.choice((2, 4, 6, 10))}px {r.choice(('solid', 'dashed'))} " \
                              f"{r.choice(('rgba(0,0,0,0.3)', '#33333380', 'black', 'white'))}"
        if r.random() < 0.6:
            style["padding"] = r.choice((6, 10, "4px 12px", "8%"))
        if r.random() < 0.4:
            style["borderRadius"] = self.radius()
        if r.random() < 0.15:
            style["opacity"] = r.choice((0.6, 0.85))
        if r.random() < 0.12:
            style["clipPath"] = self.clip_path()
        if r.random() < 0.2:
            self.mask(style)
        return {"div": {"style": style}}

    def text_box(self, w: int) -> dict[str, Any]:
        r = self.r
        self.tag("bgClip-text")
        style: dict[str, Any] = {"display": "flex", "fontSize": r.choice((22, 30, 40)), "fontWeight": 700,
                                 "color": r.choice(("transparent", "rgba(0,0,0,0)")), "backgroundClip": "text",
                                 "maxWidth": w}
        self.background(style, text=True)
        return {"div": {"style": style, "children": r.choice(("Gradient", "Hello OG", "Image text", "WOW"))}}

    def img(self, w: int, h: int) -> dict[str, Any]:
        r = self.r
        self.tag("img")
        src, intrinsic = self.image_source(False)
        props: dict[str, Any] = {"src": src}
        style: dict[str, Any] = {}
        sizing = r.choice(("attrs", "attrs", "style", "width-attr", "height-style", "both-differ", "intrinsic"))
        if intrinsic is None and sizing in ("intrinsic", "width-attr", "height-style"):
            sizing = "attrs"
        if intrinsic is not None and max(intrinsic) > 200 and sizing == "intrinsic":
            sizing = "attrs"
        self.tag(f"img-size-{sizing}")
        if sizing == "attrs":
            props["width"], props["height"] = w, h
        elif sizing == "style":
            style["width"], style["height"] = w, h
        elif sizing == "width-attr":
            props["width"] = w
        elif sizing == "height-style":
            style["height"] = h
        elif sizing == "both-differ":
            props["width"], props["height"] = w * 2, h * 2
            style["width"], style["height"] = w, h
        if r.random() < 0.7:
            fit = r.choice(("cover", "contain", "fill", "none", "scale-down"))
            self.tag(f"objectFit-{fit}")
            style["objectFit"] = fit
            if r.random() < 0.6:
                self.tag("objectPosition")
                style["objectPosition"] = r.choice(("left top", "right bottom", "center", "top", "left",
                                                    f"{r.randint(0, 100)}% {r.randint(0, 100)}%",
                                                    f"{r.randint(-10, 20)}px {r.randint(-10, 20)}px",
                                                    "right 10px bottom 5px", "50% 0", "bottom"))
        if r.random() < 0.35:
            style["borderRadius"] = self.radius()
        if r.random() < 0.2:
            style["clipPath"] = self.clip_path()
        if r.random() < 0.2:
            self.tag("img-opacity")
            style["opacity"] = r.choice((0.5, 0.75, "40%"))
        if r.random() < 0.2:
            style["transform"] = self.transform()
        if r.random() < 0.15:
            style["filter"] = self.filter()
        if r.random() < 0.12:
            self.mask(style)
        if r.random() < 0.2:
            self.tag("img-bg")
            style["backgroundColor"] = self.color()
        if r.random() < 0.15:
            self.tag("img-border")
            style["border"] = f"{r.choice((1, 3, 5))}px solid {self.color()}"
        if style:
            props["style"] = style
        return {"img": props}


def _extra_child(g: _PaintImg, w: int, h: int) -> dict[str, Any]:
    """Second-round patterns (seeds from :data:`EXTRA_FROM`)."""
    r = g.r
    kind = r.choice(("avatar", "sized-img", "webkit-mask", "stops", "img-box"))
    g.tag(f"x-{kind}")
    if kind == "avatar":
        size = r.randint(16, max(min(w, h), 16))
        img = g.img(size, size)
        img["img"].pop("width", None)
        img["img"].pop("height", None)
        style = img["img"].setdefault("style", {})
        for key in ("width", "height"):
            style.pop(key, None)
        style.update({"width": "100%", "height": "100%", "objectFit": r.choice(("cover", "cover", "contain"))})
        frame: dict[str, Any] = {"display": "flex", "width": size, "height": size, "overflow": "hidden",
                                 "borderRadius": r.choice(("50%", "9999px", "30%", f"{size // 4}px"))}
        if r.random() < 0.5:
            frame["border"] = f"{r.choice((2, 3, 4))}px solid {g.color()}"
        if r.random() < 0.4:
            frame["boxShadow"] = f"0 {r.randint(1, 6)}px {r.randint(2, 12)}px rgba(0,0,0,0.35)"
        if r.random() < 0.3:
            style["transform"] = r.choice(("scale(1.2)", "scale(1.5) translateX(10%)", "rotate(15deg)"))
        return {"div": {"style": frame, "children": [img]}}
    if kind == "sized-img":
        img = g.img(w, h)
        props = img["img"]
        style = props.setdefault("style", {})
        mode = r.choice(("percent", "max-width", "aspect", "stretch", "flex-grow"))
        g.tag(f"x-img-{mode}")
        for key in ("width", "height"):
            props.pop(key, None)
            style.pop(key, None)
        if mode == "percent":
            style["width"], style["height"] = f"{r.choice((30, 50, 100))}%", f"{r.choice((40, 60, 100))}%"
        elif mode == "max-width":
            props["width"], props["height"] = w * 3, h * 3
            style["maxWidth"], style["maxHeight"] = w, r.choice((h, "100%"))
        elif mode == "aspect":
            style["width"], style["aspectRatio"] = w, r.choice(("1 / 1", "16 / 9", "4 / 3"))  # a number: Next throws
        elif mode == "flex-grow":
            style["flexGrow"], style["height"] = 1, h
        else:
            style["height"] = h  # the width comes from the parent's stretch
        wrap: dict[str, Any] = {"display": "flex", "width": w + r.randint(0, 40), "height": h + r.randint(0, 30),
                                "backgroundColor": r.choice(("#e2e8f0", "#fde68a", "#1e293b"))}
        if mode == "stretch":
            wrap["flexDirection"] = "column"
        if r.random() < 0.4:
            wrap["alignItems"] = r.choice(("center", "flex-end", "stretch"))
        return {"div": {"style": wrap, "children": [img]}}
    if kind == "webkit-mask":
        box = g.bg_box(w, h)
        style = box["div"]["style"]
        for key in [k for k in style if k.startswith("mask")]:
            del style[key]
        g.mask(style)
        for key in [k for k in style if k.startswith("mask")]:
            if r.random() < 0.7:
                style["WebkitM" + key[1:]] = style.pop(key)
        return box
    if kind == "stops":
        first, second = g.color(), g.color()
        a, b = sorted((r.randint(0, 60), r.randint(10, 100)))
        grad = r.choice((f"linear-gradient({r.randint(0, 180)}deg, {first} {a}% {b}%, {second} {b}%)",
                         f"repeating-linear-gradient(45deg, {first} 0 {a // 4 + 2}px, {second} {a // 4 + 2}px "
                         f"{a // 2 + 6}px)",
                         f"radial-gradient(circle at 50% 50%, {first} 0 {a}%, {second} {a}% {b}%, transparent {b}%)",
                         f"linear-gradient(to right, {first}, {second} 1em, {g.color()} 3em)"))
        style = {"display": "flex", "width": w, "height": h, "backgroundImage": grad}
        if r.random() < 0.4:
            style["backgroundSize"] = r.choice(("2em 2em", "1.5em", "50% 3em", "10vw 10vh"))
            style["fontSize"] = r.choice((10, 16, 20))
        return {"div": {"style": style}}
    img = g.img(w, h)  # img-box: padding, border and shadow around the picture
    style = img["img"].setdefault("style", {})
    style["padding"] = r.choice((4, 8, "6px 12px"))
    style["border"] = f"{r.choice((1, 2, 5))}px {r.choice(('solid', 'dashed'))} {g.color()}"
    if r.random() < 0.6:
        style["boxShadow"] = f"{r.randint(-4, 4)}px {r.randint(1, 6)}px {r.randint(0, 10)}px {g.color()}"
    if r.random() < 0.6:
        style["borderRadius"] = g.radius()
    style.setdefault("backgroundColor", g.color())
    return img


def _react(node: Any) -> Any:
    """The shorthand ``{"div": {...props}}`` as a React element ``{type, props}`` (raw trees go to Next
    as written, and Next reads only that form)."""
    if not isinstance(node, dict):
        return node
    (kind, props), = node.items()
    out = dict(props)
    if isinstance(out.get("children"), list):
        out["children"] = [_react(c) for c in out["children"]]
    return {"type": kind, "props": out}


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The paintimg document of ``seed``; ``assets`` is how asset files are referred to."""
    g = _PaintImg(seed, assets, small)
    r = g.r
    w, h = r.choice(SMALL_SIZES if small else SIZES)
    root: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%", "flexWrap": "wrap",
                            "alignItems": r.choice(("flex-start", "center")), "gap": r.choice((4, 8, 10)),
                            "padding": r.choice((4, 8))}
    if r.random() < 0.3:
        g.tag("root-background")
        g.background(root)
        root.pop("backgroundClip", None)
        root.pop("backgroundOrigin", None)
    else:
        root["backgroundColor"] = r.choice(("white", "#f1f5f9", "#1e293b", "#fef9c3"))
    children = []
    for _ in range(r.randint(1, 2 if small else 4)):
        k = r.random()
        cw = r.randint(w // 5, w // 2)
        ch = r.randint(h // 5, h // 2)
        if g.extra and r.random() < 0.6:
            children.append(_extra_child(g, cw, ch))
        elif k < 0.45:
            children.append(g.img(cw, ch))
        elif k < 0.85:
            children.append(g.bg_box(cw, ch))
        else:
            children.append(g.text_box(w - 20))
    doc: dict[str, Any] = {"width": w, "height": h,
                           "element": _react({"div": {"style": root, "children": children}})}
    return Generated(seed, doc, tuple(sorted(g.features)))


__all__ = ["document"]
