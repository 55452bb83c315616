"""A second outsider's paint generator: realistic cards with random combinations of paint on nested boxes.

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator stranger --seeds 0:200 --out /tmp/stranger -j 1``). Written from the reference
(``/work/shared/reference/satori.md``), the driver and ``spec/differences.md`` alone, as a generator
author who does not know pureog would write one to stress a renderer: whole cards (header, body,
footer, avatar rows, badges, stat tiles, code blocks, quote cards) whose boxes each draw a random mix of
backgrounds (colours, layered gradients with sizes/positions/repeats, ``url()`` images), per-side borders
and radii (elliptical, percentages), shadow lists (inset, spread, negative), opacity at several levels,
nested transforms with origins, overflow clips under radii, ``clipPath``, ``maskImage``, ``filter``,
``backgroundClip: text``, text styling (sizes, weights, spacing, line heights, shadows, decorations,
transforms, white space, ellipsis, line clamps, alignment), images with ``objectFit``/``objectPosition``,
inline SVG icons, emoji and the faces in ``conformance/fonts``.

Spellings ``spec/differences.md`` lists as deliberate differences are not drawn. Documents are React
shaped (``{type, props}``) and reach the oracle as written (the driver's ``RAW_GENERATORS``).
Imports only the standard library, never :mod:`pureog`.
"""

from __future__ import annotations

import random
from typing import Any

from conformance.paintgen.generate import Generated

SIZES = ((600, 315), (400, 300), (480, 252), (320, 320), (500, 260))
SMALL_SIZES = ((200, 120), (160, 120), (220, 140))
NAMED = ("crimson", "navy", "teal", "orange", "gold", "purple", "tomato", "slategray", "indigo", "coral",
         "seagreen", "hotpink", "steelblue", "black", "white", "ivory", "midnightblue", "darkcyan", "salmon")
IMAGES = ("photo.png", "photo.jpg", "avatar.png", "alpha.png", "palette.png", "texture.jpg", "logo.svg")
BG_IMAGES = ("tile.png", "pixels.png", "photo.jpg", "texture.jpg", "logo.svg")
FACES = (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Bold.ttf", 700, "normal"),
         ("Geist", "Geist-Light.ttf", 300, "normal"), ("Geist", "Geist-Black.ttf", 900, "normal"),
         ("Geist", "Geist-Italic.ttf", 400, "italic"), ("Geist", "Geist-Medium.woff", 500, "normal"),
         ("Mono", "GeistMono-Regular.ttf", 400, "normal"), ("Roboto", "Roboto-Regular.ttf", 400, "normal"),
         ("Roboto", "Roboto-Bold.ttf", 700, "normal"))
WORDS = ("Shipping", "faster", "with", "edge", "rendering", "open", "graph", "images", "for", "every",
         "page", "your", "team", "builds", "today", "release", "notes", "weekly", "launch", "design")
HOT_FROM = 1000
"""Seeds from here draw each box effect about twice as often (filters, clips, masks and transforms
piled on the same boxes); the seeds below keep their documents."""
EMOJI = ("🚀", "✨", "🔥", "🎉", "👍", "💡", "❤️", "✅")


class _Gen:
    def __init__(self, seed: int, assets: str, small: bool) -> None:
        self.r = random.Random(seed * 7919 + 13)
        self.assets = assets.rstrip("/")
        self.small = small
        self.features: set[str] = set()
        self.heat = 1.0 if seed < HOT_FROM else 2.2  # how often each effect is drawn (see HOT_FROM)

    def f(self, name: str) -> None:
        self.features.add(name)

    # -- values --------------------------------------------------------------------------------------
    def color(self, alpha: bool = True) -> str:
        r = self.r
        k = r.random()
        if k < 0.3:
            return r.choice(NAMED)
        if k < 0.6:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(6))
        if k < 0.68:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(3))
        if k < 0.74 and alpha:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(8))
        ch = ", ".join(str(r.randrange(256)) for _ in range(3))
        if alpha and r.random() < 0.5:
            return f"rgba({ch}, {r.choice((0.2, 0.35, 0.5, 0.75, 0.9))})"
        if r.random() < 0.3:
            return f"hsl({r.randrange(360)}, {r.randrange(20, 100)}%, {r.randrange(15, 85)}%)"
        return f"rgb({ch})"

    def stops(self) -> str:
        r = self.r
        n = r.randint(2, 4)
        if r.random() < 0.4:
            pos = sorted(r.randrange(0, 101) for _ in range(n))
            return ", ".join(f"{self.color()} {p}%" for p in pos)
        return ", ".join(self.color() for _ in range(n))

    def gradient(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.45:
            self.f("linear")
            d = r.choice(("", "to right, ", "to bottom right, ", "135deg, ", "90deg, ", "to top, ", "200deg, "))
            return f"linear-gradient({d}{self.stops()})"
        if k < 0.75:
            self.f("radial")
            shape = r.choice(("", "circle, ", "ellipse at top, ", "circle at 20% 30%, ", "circle at center, ",
                              "ellipse at 80% 20%, "))
            return f"radial-gradient({shape}{self.stops()})"
        if k < 0.9:
            self.f("repeating-linear")
            a, b = self.color(), self.color()
            step = r.randint(4, 14)
            return (f"repeating-linear-gradient({r.choice(('45deg', '-45deg', '90deg', 'to right'))}, "
                    f"{a} 0px, {a} {step}px, {b} {step}px, {b} {2 * step}px)")
        self.f("repeating-radial")
        a, b = self.color(), self.color()
        step = r.randint(5, 15)
        return f"repeating-radial-gradient(circle, {a} 0px, {b} {step}px, {a} {2 * step}px)"

    def radius(self) -> Any:
        r = self.r
        k = r.random()
        if k < 0.4:
            return r.choice((4, 8, 12, 16, 24, 9999))
        if k < 0.6:
            self.f("radius-percent")
            return r.choice(("50%", "25%", "10%", "30% 10%"))
        if k < 0.8:
            self.f("radius-elliptical")
            return f"{r.randint(4, 40)}px {r.randint(4, 40)}px / {r.randint(4, 30)}px {r.randint(2, 20)}px"
        self.f("radius-per-corner")
        return " ".join(f"{r.randint(0, 30)}px" for _ in range(4))

    def shadow(self) -> str:
        r = self.r
        parts = []
        for _ in range(r.choice((1, 1, 2, 3))):
            inset = r.random() < 0.25
            if inset:
                self.f("shadow-inset")
            x, y, blur = r.randint(-10, 10), r.randint(-10, 14), r.choice((0, 2, 4, 8, 16, 24))
            spread = r.choice(("", "", f" {r.randint(-6, 8)}px"))
            parts.append(f"{'inset ' if inset else ''}{x}px {y}px {blur}px{spread} {self.color()}")
        return ", ".join(parts)

    def transform(self) -> str:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 3)):
            k = r.choice(("rotate", "scale", "translate", "skew"))
            self.f(f"t-{k}")
            if k == "rotate":
                fns.append(f"rotate({r.choice((-12, -5, 3, 8, 15, 45, 90))}deg)")
            elif k == "scale":
                fns.append(r.choice((f"scale({r.choice((0.8, 0.9, 1.1, 1.2))})", "scaleX(-1)",
                                     f"scale({r.choice((0.9, 1.1))}, {r.choice((0.8, 1.2))})")))
            elif k == "translate":
                fns.append(r.choice((f"translate({r.randint(-20, 20)}px, {r.randint(-10, 10)}px)",
                                     f"translateX({r.choice(('10%', '-25%', '6px'))})",
                                     f"translateY({r.randint(-8, 8)}px)")))
            else:
                fns.append(f"skew{r.choice(('X', 'Y'))}({r.choice((-10, 6, 12))}deg)")
        return " ".join(fns)

    def filter(self) -> str:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 2)):
            k = r.choice(("blur", "grayscale", "brightness", "contrast", "saturate", "sepia", "invert",
                          "hue-rotate", "drop-shadow"))
            self.f(f"filter-{k}")
            if k == "blur":
                fns.append(f"blur({r.choice((1, 2, 4))}px)")
            elif k == "hue-rotate":
                fns.append(f"hue-rotate({r.choice((30, 90, 180))}deg)")
            elif k == "drop-shadow":
                fns.append(f"drop-shadow({r.randint(-4, 4)}px {r.randint(0, 6)}px {r.choice((0, 2, 4))}px "
                           f"{self.color()})")
            elif k in ("brightness", "contrast", "saturate"):
                fns.append(f"{k}({r.choice((0.5, 0.8, 1.3, 1.8))})")
            else:
                fns.append(f"{k}({r.choice((0.3, 0.6, 1, '50%'))})")
        return " ".join(fns)

    def clip(self) -> str:
        r = self.r
        self.f("clipPath")
        return r.choice((
            f"circle({r.choice(('40%', '50%', '30px'))} at {r.choice(('50% 50%', '30% 40%', 'center'))})",
            f"ellipse({r.choice(('40% 30%', '50% 40%'))} at 50% 50%)",
            f"inset({r.randint(0, 12)}px {r.randint(0, 12)}px round {r.randint(0, 14)}px)",
            f"inset({r.randint(0, 20)}% {r.randint(0, 10)}%)",
            "polygon(50% 0%, 100% 50%, 50% 100%, 0% 50%)",
            "polygon(0 0, 100% 0, 100% 75%, 0 100%)",
        ))

    def mask(self) -> dict[str, Any]:
        r = self.r
        self.f("maskImage")
        if r.random() < 0.65:
            img = (f"linear-gradient({r.choice(('to bottom', 'to right', '45deg'))}, "
                   f"{r.choice(('black', 'rgba(0, 0, 0, 1)', '#000'))}, transparent)")
        else:
            img = f"radial-gradient({r.choice(('', 'circle, '))}black {r.choice(('40%', '60%'))}, transparent)"
        return {"maskImage": img}

    # -- paint mixes ---------------------------------------------------------------------------------
    def background(self, st: dict[str, Any], chance: float = 0.6) -> None:
        r = self.r
        if r.random() > chance:
            return
        k = r.random()
        if k < 0.4:
            st["backgroundColor"] = self.color()
            self.f("bg-color")
        elif k < 0.85:
            n = r.choice((1, 1, 2, 3))
            if n > 1:
                self.f("bg-layers")
            st["backgroundImage"] = ", ".join(self.gradient() for _ in range(n))
            if r.random() < 0.35:
                self.f("bg-size")
                st["backgroundSize"] = ", ".join(r.choice(("40px 40px", "50% 100%", "20px 20px", "100% 50%",
                                                           "30% 30%")) for _ in range(n))
                if r.random() < 0.6:
                    st["backgroundRepeat"] = r.choice(("repeat", "no-repeat", "repeat-x", "repeat-y"))
                if r.random() < 0.5:
                    self.f("bg-position")
                    st["backgroundPosition"] = r.choice(("center", "0 0", "10px 20px", "50% 50%", "right bottom",
                                                         "100% 0%"))
            if r.random() < 0.4:
                st["backgroundColor"] = self.color()
        else:
            self.f("bg-url")
            name = r.choice(BG_IMAGES)
            st["backgroundImage"] = f"url({self.assets}/{name})"
            st["backgroundSize"] = r.choice(("cover", "contain", "24px 24px", "100% 100%", "50% 50%"))
            if r.random() < 0.5:
                st["backgroundRepeat"] = r.choice(("no-repeat", "repeat"))
            if r.random() < 0.4:
                st["backgroundPosition"] = r.choice(("center", "top left", "50% 50%"))

    def border(self, st: dict[str, Any]) -> None:
        r = self.r
        k = r.random()
        style = "dashed" if r.random() < 0.25 else "solid"
        if style == "dashed":
            self.f("border-dashed")
        if k < 0.45:
            self.f("border")
            st["border"] = f"{r.choice((1, 2, 3, 4, 6))}px {style} {self.color()}"
        elif k < 0.8:
            self.f("border-sides")
            for side in r.sample(("Top", "Right", "Bottom", "Left"), r.randint(1, 3)):
                st[f"border{side}"] = f"{r.choice((1, 2, 3, 5, 8))}px {style} {self.color()}"
        else:
            self.f("border-longhands")
            st["border"] = f"2px {style} {self.color()}"
            st["borderColor"] = " ".join(self.color() for _ in range(r.choice((2, 4))))
            st["borderWidth"] = " ".join(f"{r.randint(0, 6)}px" for _ in range(4))

    def effects(self, st: dict[str, Any], level: float = 1.0) -> None:
        r = self.r
        level *= self.heat
        if r.random() < 0.45 * level:
            st["borderRadius"] = self.radius()
        if r.random() < 0.3 * level:
            self.border(st)
        if r.random() < 0.3 * level:
            self.f("boxShadow")
            st["boxShadow"] = self.shadow()
        if r.random() < 0.15 * level:
            self.f("opacity")
            st["opacity"] = r.choice((0.3, 0.5, 0.7, 0.85, 0.95))
        if r.random() < 0.15 * level:
            self.f("transform")
            st["transform"] = self.transform()
            if r.random() < 0.5:
                self.f("transformOrigin")
                st["transformOrigin"] = r.choice(("top left", "center", "100% 0", "20% 80%", "10px 10px",
                                                  "bottom right"))
        if r.random() < 0.08 * level:
            st["clipPath"] = self.clip()
        if r.random() < 0.08 * level:
            st.update(self.mask())
        if r.random() < 0.08 * level:
            st["filter"] = self.filter()

    # -- text ----------------------------------------------------------------------------------------
    def words(self, lo: int, hi: int) -> str:
        r = self.r
        text = " ".join(r.choice(WORDS) for _ in range(r.randint(lo, hi)))
        text = text[0].upper() + text[1:]
        if r.random() < 0.12:
            self.f("emoji")
            text += " " + r.choice(EMOJI)
        return text

    def text_style(self, st: dict[str, Any], size: int) -> None:
        r = self.r
        st["fontSize"] = size
        if r.random() < 0.5:
            st["fontWeight"] = r.choice((300, 400, 500, 700, 900, "bold"))
        if r.random() < 0.2:
            st["fontFamily"] = r.choice(("Mono", "Roboto", "Geist"))
        if r.random() < 0.12:
            st["fontStyle"] = "italic"
        if r.random() < 0.5:
            st["color"] = self.color(alpha=r.random() < 0.3)
        if r.random() < 0.25:
            self.f("letterSpacing")
            st["letterSpacing"] = r.choice((-1, -0.5, 1, 2, "0.05em", "-0.02em", "1px"))
        if r.random() < 0.3:
            self.f("lineHeight")
            st["lineHeight"] = r.choice((1, 1.2, 1.5, "1.4", "24px", "120%"))
        if r.random() < 0.15:
            self.f("textShadow")
            st["textShadow"] = ", ".join(f"{r.randint(-3, 3)}px {r.randint(-3, 4)}px {r.choice((0, 1, 3, 6))}px "
                                         f"{self.color()}" for _ in range(r.choice((1, 1, 2))))
        if r.random() < 0.15:
            self.f("textDecoration")
            line = r.choice(("underline", "line-through"))
            if r.random() < 0.5:
                st["textDecoration"] = f"{line} {r.choice(('solid', 'dashed', 'dotted', 'double'))} {self.color()}"
            else:
                st["textDecorationLine"] = line
                if r.random() < 0.5:
                    st["textDecorationColor"] = self.color()
                if r.random() < 0.5:
                    st["textDecorationStyle"] = r.choice(("solid", "dashed", "dotted", "double"))
        if r.random() < 0.12:
            self.f("textTransform")
            st["textTransform"] = r.choice(("uppercase", "lowercase", "capitalize"))
        if r.random() < 0.2:
            self.f("textAlign")
            st["textAlign"] = r.choice(("left", "center", "right", "justify"))
        if r.random() < 0.08:
            self.f("bg-clip-text")
            st["backgroundImage"] = self.gradient()
            st["backgroundClip"] = "text"
            st["color"] = "transparent"
        if r.random() < 0.06:
            self.f("textStroke")
            st["WebkitTextStroke"] = f"{r.choice((0.5, 1, 2))}px {r.choice(NAMED)}"

    def text(self, size: int, lo: int = 1, hi: int = 5, width: int | None = None) -> dict[str, Any]:
        r = self.r
        st: dict[str, Any] = {"display": "flex"}
        self.text_style(st, size)
        k = r.random()
        if k < 0.15 and width:
            self.f("ellipsis")
            st.update(width=width, overflow="hidden", whiteSpace="nowrap", textOverflow="ellipsis")
            lo, hi = hi, hi + 6
        elif k < 0.25 and width:
            self.f("lineClamp")
            st.update(width=width, lineClamp=r.choice((1, 2, "2")), overflow="hidden")
            lo, hi = hi + 4, hi + 12
        elif k < 0.32:
            self.f("whiteSpace")
            st["whiteSpace"] = r.choice(("nowrap", "pre", "pre-wrap"))
        if r.random() < 0.25:
            self.background(st, 1.0)
            st["padding"] = r.choice(("2px 6px", "4px 8px", 4))
            self.effects(st, 0.5)
        elif r.random() < 0.1:
            self.effects(st, 0.6)
        return el("div", st, self.words(lo, hi))

    # -- pieces --------------------------------------------------------------------------------------
    def icon(self, size: int) -> dict[str, Any]:
        r = self.r
        self.f("svg")
        stroke = self.color(alpha=False)
        kind = r.choice(("check", "star", "circle", "chart"))
        common = {"fill": "none", "stroke": stroke, "strokeWidth": r.choice((1.5, 2, 2.5)),
                  "strokeLinecap": "round", "strokeLinejoin": "round"}
        if kind == "check":
            kids = [shape("path", {"d": "M5 12l5 5L20 7", **common})]
        elif kind == "star":
            kids = [shape("path", {"d": "M12 2l3 7h7l-5.5 4.5L18 21l-6-4-6 4 1.5-7.5L2 9h7z",
                                "fill": self.color(alpha=False)})]
        elif kind == "circle":
            kids = [shape("circle", {"cx": 12, "cy": 12, "r": 9, **common}),
                    shape("path", {"d": "M12 7v5l3 3", **common})]
        else:
            kids = [shape("rect", {"x": 3, "y": 12, "width": 4, "height": 9, "rx": 1, "fill": stroke}),
                    shape("rect", {"x": 10, "y": 7, "width": 4, "height": 14, "rx": 1, "fill": stroke}),
                    shape("rect", {"x": 17, "y": 3, "width": 4, "height": 18, "rx": 1, "fill": stroke})]
        props: dict[str, Any] = {"width": size, "height": size, "viewBox": "0 0 24 24", "children": kids}
        if r.random() < 0.2:
            props["style"] = {"transform": self.transform()}
        return {"type": "svg", "props": props}

    def image(self, w: int, h: int) -> dict[str, Any]:
        r = self.r
        self.f("img")
        st: dict[str, Any] = {"width": w, "height": h}
        if r.random() < 0.7:
            fit = r.choice(("cover", "contain", "fill", "scale-down"))
            self.f(f"fit-{fit}")
            st["objectFit"] = fit
            if r.random() < 0.4:
                self.f("objectPosition")
                st["objectPosition"] = r.choice(("top", "left bottom", "30% 70%", "right", "center"))
        if r.random() < 0.5:
            st["borderRadius"] = self.radius()
        self.effects(st, 0.5)
        return {"type": "img", "props": {"src": f"{self.assets}/{r.choice(IMAGES)}", "width": w, "height": h,
                                         "style": st}}

    def avatar(self, size: int) -> dict[str, Any]:
        r = self.r
        self.f("avatar")
        if r.random() < 0.6:
            st = {"width": size, "height": size, "borderRadius": "50%", "objectFit": "cover"}
            if r.random() < 0.4:
                st["border"] = f"{r.choice((2, 3))}px solid {self.color()}"
            return {"type": "img", "props": {"src": f"{self.assets}/{r.choice(('avatar.png', 'photo.jpg'))}",
                                             "width": size, "height": size, "style": st}}
        bst: dict[str, Any] = {"display": "flex", "width": size, "height": size, "borderRadius": "50%",
                               "alignItems": "center", "justifyContent": "center", "color": "white",
                               "fontSize": size // 2}
        bst["backgroundImage"] = self.gradient() if r.random() < 0.5 else None
        if bst["backgroundImage"] is None:
            del bst["backgroundImage"]
            bst["backgroundColor"] = self.color(alpha=False)
        return el("div", bst, r.choice(("AB", "JK", "M", "ZQ")))

    def badge(self) -> dict[str, Any]:
        r = self.r
        self.f("badge")
        st: dict[str, Any] = {"display": "flex", "padding": r.choice(("2px 8px", "4px 10px", "3px 6px"))}
        self.background(st, 1.0)
        st["borderRadius"] = r.choice((4, 9999, "40%", 6))
        self.text_style(st, r.choice((10, 11, 12, 14)))
        self.effects(st, 0.4)
        return el("div", st, r.choice(("NEW", "Beta", "v2.0", "Pro", "Open", "#42", "Live ✨")))

    def stat(self, w: int) -> dict[str, Any]:
        r = self.r
        self.f("stat")
        st: dict[str, Any] = {"display": "flex", "flexDirection": "column", "padding": r.choice((8, 10, 12)),
                              "width": w}
        self.background(st, 0.9)
        self.effects(st)
        if r.random() < 0.3:
            self.f("overflow-hidden")
            st["overflow"] = "hidden"
            st.setdefault("borderRadius", self.radius())
        kids = [self.text(r.choice((18, 22, 28)), 1, 1), self.text(r.choice((10, 12)), 1, 2, w - 24)]
        if r.random() < 0.3:
            kids.insert(0, self.icon(r.choice((14, 18, 20))))
        return el("div", st, kids)

    def code(self, w: int) -> dict[str, Any]:
        r = self.r
        self.f("code")
        st: dict[str, Any] = {"display": "flex", "flexDirection": "column", "padding": 10, "width": w,
                              "backgroundColor": r.choice(("#0d1117", "#1e1e1e", "#f6f8fa", "#282a36")),
                              "borderRadius": r.choice((6, 8, 12)), "fontFamily": "Mono"}
        self.effects(st, 0.5)
        lines = ["const card = render(<OG />);", "  return { width: 1200 };", "if (x > 0) ship();",
                 "// TODO: cache", "export default handler;"]
        kids = []
        for line in r.sample(lines, r.randint(2, 4)):
            lst: dict[str, Any] = {"display": "flex", "fontSize": r.choice((10, 11, 12)),
                                   "color": self.color(alpha=False), "whiteSpace": r.choice(("pre", "pre", "nowrap"))}
            if r.random() < 0.15:
                lst["backgroundColor"] = self.color()
            kids.append(el("div", lst, line))
        return el("div", st, kids)

    def quote(self, w: int) -> dict[str, Any]:
        r = self.r
        self.f("quote")
        st: dict[str, Any] = {"display": "flex", "flexDirection": "column", "padding": "10px 14px", "width": w}
        st["borderLeft"] = f"{r.choice((3, 4, 6))}px solid {self.color()}"
        self.background(st, 0.8)
        self.effects(st, 0.6)
        kids: list[Any] = [self.text(r.choice((13, 15, 18)), 4, 10, w - 30)]
        if r.random() < 0.6:
            kids.append(el("div", {"display": "flex", "alignItems": "center", "marginTop": 6},
                           [self.avatar(r.choice((18, 22))), self.text(11, 1, 2)]))
        return el("div", st, kids)

    def header(self, w: int) -> dict[str, Any]:
        r = self.r
        st: dict[str, Any] = {"display": "flex", "alignItems": "center", "justifyContent": "space-between",
                              "width": "100%"}
        if r.random() < 0.4:
            self.background(st, 1.0)
            st["padding"] = "6px 10px"
            self.effects(st, 0.5)
        left = el("div", {"display": "flex", "alignItems": "center"},
                  [self.icon(r.choice((16, 20, 24))), self.text(r.choice((12, 14, 16)), 1, 2)])
        right = el("div", {"display": "flex"}, [self.badge() for _ in range(r.randint(1, 2))])
        return el("div", st, [left, right])

    def body(self, w: int, h: int) -> dict[str, Any]:
        r = self.r
        kind = r.choice(("title", "stats", "code", "quote", "media", "avatars"))
        self.f(f"body-{kind}")
        if kind == "title":
            kids = [self.text(r.choice((24, 32, 40, 48)) if not self.small else 16, 2, 6, w - 40),
                    self.text(r.choice((12, 14, 16)), 4, 12, w - 40)]
            return el("div", {"display": "flex", "flexDirection": "column", "flexGrow": 1}, kids)
        if kind == "stats":
            n = r.randint(2, 3)
            tw = (w - 20 * n) // n
            return el("div", {"display": "flex", "justifyContent": "space-between", "flexGrow": 1,
                              "alignItems": "center"}, [self.stat(tw) for _ in range(n)])
        if kind == "code":
            return self.code(w - 40)
        if kind == "quote":
            return self.quote(w - 40)
        if kind == "media":
            iw = min(h // 2, w // 3)
            return el("div", {"display": "flex", "alignItems": "center", "flexGrow": 1},
                      [self.image(iw, iw), el("div", {"display": "flex", "flexDirection": "column", "marginLeft": 12},
                                              [self.text(r.choice((18, 22, 26)), 2, 4, w - iw - 60),
                                               self.text(12, 3, 8, w - iw - 60)])])
        size = r.choice((28, 36, 44))
        row: dict[str, Any] = {"display": "flex", "alignItems": "center"}
        avs = []
        for i in range(r.randint(2, 5)):
            a = self.avatar(size)
            if i and r.random() < 0.6:
                a["props"]["style"]["marginLeft"] = -size // 3
            avs.append(a)
        return el("div", {"display": "flex", "flexDirection": "column", "flexGrow": 1, "justifyContent": "center"},
                  [el("div", row, avs), self.text(14, 2, 5, w - 40)])

    def footer(self, w: int) -> dict[str, Any]:
        r = self.r
        st: dict[str, Any] = {"display": "flex", "justifyContent": "space-between", "alignItems": "center",
                              "width": "100%"}
        if r.random() < 0.4:
            st["borderTop"] = f"1px solid {self.color()}"
            st["paddingTop"] = 6
        return el("div", st, [self.text(r.choice((10, 12)), 1, 3), self.text(r.choice((10, 12)), 1, 2)])


def shape(tag: str, props: dict[str, Any]) -> dict[str, Any]:
    """An SVG child (its attributes are its props)."""
    return {"type": tag, "props": props}


def el(tag: str, style: dict[str, Any], children: Any) -> dict[str, Any]:
    """A React-shaped element."""
    return {"type": tag, "props": {"style": style, "children": children}}


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The card of ``seed``; ``assets`` is how its images (and, beside them, the fonts) are referred to."""
    g = _Gen(seed, assets, small)
    r = g.r
    w, h = r.choice(SMALL_SIZES if small else SIZES)
    card: dict[str, Any] = {"display": "flex", "flexDirection": "column", "justifyContent": "space-between",
                            "width": "100%", "height": "100%", "padding": r.choice((12, 16, 20, 24))}
    card["backgroundColor"] = r.choice(("white", "#fafafa", "#0b0b10", "#f4efe6", "#101828"))
    g.background(card, 0.5)
    card["color"] = "white" if card["backgroundColor"] in ("#0b0b10", "#101828") else "#111"
    parts: list[Any] = [g.header(w)] if r.random() < 0.8 else []
    parts.append(g.body(w, h))
    if r.random() < 0.7 and not small:
        parts.append(g.footer(w))
    root = el("div", card, parts)
    if r.random() < 0.35:  # a framed card inside the canvas: one more level of paint
        g.f("framed")
        inner = root["props"]["style"]
        inner.update(width=w - 24, height=h - 24)
        g.effects(inner, 0.8)
        if r.random() < 0.3:
            g.f("overflow-hidden")
            inner["overflow"] = "hidden"
            inner.setdefault("borderRadius", r.choice((12, 20, 32)))
        outer: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%", "alignItems": "center",
                                 "justifyContent": "center", "backgroundColor": g.color(alpha=False)}
        g.background(outer, 0.5)
        root = el("div", outer, [root])
    if g.heat > 1 and r.random() < 0.6:  # decorations: absolute blobs and rings behind and over the card
        g.f("absolute-deco")
        kids = root["props"]["children"]
        kids = kids if isinstance(kids, list) else [kids]
        for _ in range(r.randint(1, 3)):
            size = r.choice((40, 80, 120, "30%", "8rem"))
            deco: dict[str, Any] = {"display": "flex", "position": "absolute", "width": size, "height": size,
                                    r.choice(("top", "bottom")): r.choice((-20, 10, "10%", "-2em")),
                                    r.choice(("left", "right")): r.choice((-30, 20, "5%", "1.5rem")),
                                    "borderRadius": r.choice(("50%", "9999px", "40% 60% 55% 45% / 50% 40% 60% 50%"))}
            k = r.random()
            if k < 0.4:
                deco["background"] = g.gradient()
            elif k < 0.7:
                deco["backgroundColor"] = g.color()
                deco["filter"] = f"blur({r.choice((6, 12, 20))}px)"
            else:
                deco["border"] = f"{r.choice(('0.25em', '3px', '0.5rem'))} {r.choice(('solid', 'dashed'))} {g.color()}"
            g.effects(deco, 0.5)
            kids.insert(r.randrange(len(kids) + 1), el("div", deco, []))
        root["props"]["children"] = kids
    doc: dict[str, Any] = {"width": w, "height": h, "element": root}
    if r.random() < 0.75:
        g.f("fonts")
        faces = [FACES[0], *r.sample(FACES[1:], r.randint(1, 5))]
        if not any(f[0] == "Mono" for f in faces):
            faces.append(FACES[6])
        doc["fonts"] = [{"name": n, "path": f"{g.assets}/../fonts/{p}", "weight": wt, "style": s}
                        for n, p, wt, s in faces]
    else:
        _drop_families(root)
    return Generated(seed, doc, tuple(sorted(g.features)))


def _drop_families(node: Any) -> None:
    """Without ``fonts`` only the default Geist exists: family names would fall back anyway, keep it plain."""
    if isinstance(node, dict):
        props = node.get("props", {})
        st = props.get("style")
        if isinstance(st, dict):
            st.pop("fontFamily", None)
        _drop_families(props.get("children"))
    elif isinstance(node, list):
        for c in node:
            _drop_families(c)


__all__ = ["Generated", "document", "SIZES", "SMALL_SIZES"]
