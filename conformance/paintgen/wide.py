"""A second, wider random document generator: whole cards, not lone effects (``--generator wide``).

Role: ``document(seed, assets, small) -> Generated``, the same contract as
:mod:`conformance.paintgen.generate`, drawing from a different distribution. Where the first generator
puts one or two painted boxes on a plain canvas, this one builds what card authors write: nested flex
containers with padding, margins, gaps, growth and absolute positioning; HTML elements with Satori's
presets (``h1``-``h6``, ``p``, ``span``, ``b``, ``code``, ``mark``, ``hr``, ...); text with every text
property (letter spacing, line height, decoration lines and styles, transforms, alignment, white-space,
word-break, indents, ellipsis, line clamps, balance) over several fonts and weights, emoji among the
words; inherited properties set high in the tree; CSS variables; lengths in em, rem, %, vw and vh; colours in modern and
legacy spellings; the ``background`` and ``border`` shorthands in their partial forms. It exists because
a generator finds the bug classes of its own distribution and stops there: a second distribution finds
the ones the first is blind to.

Only syntax Satori 0.29 accepts is drawn (what it still refuses the driver reports). Imports only the
standard library; never :mod:`pureog`.
"""

from __future__ import annotations

import posixpath
import random
from typing import Any

from conformance.paintgen.generate import NAMED, Generated

SIZES = ((240, 160), (300, 200), (320, 180), (400, 300), (400, 210), (480, 270))
SMALL_SIZES = ((160, 120), (200, 150), (240, 135))
WORDS = ("the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "Next.js", "pureog", "Open",
         "Graph", "image", "card", "render", "fast", "pixels", "layout", "2026", "v1.2", "hello", "world",
         "typography", "flexbox", "shipping", "docs", "blog", "release", "notes", "API", "—", "&", "(beta)",
         "state-of-the-art", "don't", "100%", "$49", "#1", "co-op", "e-mail", "naïve", "café", "résumé",
         "🚀", "✨ new", "👋", "🎉🎉")
FONT_SETS: tuple[tuple[tuple[str, str, int, str], ...], ...] = (
    (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Bold.ttf", 700, "normal")),
    (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Light.ttf", 300, "normal"),
     ("Geist", "Geist-Black.ttf", 900, "normal"), ("Geist", "Geist-Italic.ttf", 400, "italic")),
    (("Roboto", "Roboto-Regular.ttf", 400, "normal"), ("Roboto", "Roboto-Bold.ttf", 700, "normal"),
     ("monospace", "GeistMono-Regular.ttf", 400, "normal")),
    (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Roboto", "Roboto-Bold.ttf", 700, "normal"),
     ("Geist", "Geist-Medium.woff", 500, "normal")),
)
TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "b", "strong", "i", "em", "u", "s", "code",
        "mark", "small", "center", "blockquote", "pre")


class _Wide:
    """One document's random choices; ``features`` names what was drawn."""

    def __init__(self, seed: int, assets: str, fonts_dir: str, small: bool) -> None:
        self.r = random.Random(seed)
        self.assets = assets.rstrip("/")
        self.fonts_dir = fonts_dir.rstrip("/")
        self.small = small
        self.features: set[str] = set()
        self.families: tuple[str, ...] = ()
        self.variables: list[tuple[str, str]] = []

    def tag(self, name: str) -> None:
        self.features.add(name)

    # -- values ---------------------------------------------------------------------------------------
    def color(self) -> str:
        r = self.r
        kind = r.random()
        if kind < 0.25:
            return r.choice(NAMED)
        if kind < 0.45:
            return "#" + "".join(r.choice("0123456789abcdefABCDEF") for _ in range(6))
        if kind < 0.5:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(3))
        if kind < 0.55:
            self.tag("color-hex-alpha")
            digits = 4 if r.random() < 0.3 else 8
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(digits))
        if kind < 0.65:
            # space syntax without "/ alpha": with it Next paints black (a listed deliberate difference)
            self.tag("color-rgb-space")
            return f"rgb({r.randrange(256)} {r.randrange(256)} {r.randrange(256)})"
        if kind < 0.75:
            a = f", {round(r.uniform(0.2, 1), 2)}" if r.random() < 0.5 else ""
            return f"rgb{'a' if a else ''}({r.randrange(256)}, {r.randrange(256)}, {r.randrange(256)}{a})"
        if kind < 0.82:
            return f"hsl({r.randrange(360)}, {r.randrange(20, 100)}%, {r.randrange(15, 85)}%)"
        if kind < 0.87:
            self.tag("color-transparent")
            return "transparent"
        if kind < 0.93:
            self.tag("currentColor")
            return "currentColor"
        if self.variables:
            self.tag("css-var")
            name = r.choice(self.variables)[0]
            return f"var({name})" if r.random() < 0.7 else f"var({name}, {r.choice(NAMED)})"
        return r.choice(NAMED)

    def length(self, px_lo: int, px_hi: int, percent: bool = True, font: bool = True) -> Any:
        """A length in one of its spellings: number, px string, em, rem, %, vw, vh."""
        r = self.r
        px = r.randint(px_lo, px_hi)
        kind = r.random()
        if kind < 0.45:
            return px
        if kind < 0.6:
            return f"{px}px"
        if kind < 0.7 and font:
            self.tag("unit-em")
            return f"{round(px / 16, 2):g}em"
        if kind < 0.78 and font:
            self.tag("unit-rem")
            return f"{round(px / 16, 2):g}rem"
        if kind < 0.88 and percent:
            self.tag("unit-percent")
            return f"{r.randint(5, 60)}%"
        if kind < 0.94:
            self.tag("unit-vw")
            return f"{r.randint(1, 12)}vw"
        self.tag("unit-vh")
        return f"{r.randint(1, 12)}vh"

    def box_sides(self, lo: int, hi: int) -> Any:
        r = self.r
        n = r.choice((1, 1, 2, 3, 4))
        if n == 1:
            return self.length(lo, hi, percent=False)
        return " ".join(f"{r.randint(lo, hi)}px" for _ in range(n))

    def words(self, lo: int, hi: int) -> str:
        r = self.r
        text = " ".join(r.choice(WORDS) for _ in range(r.randint(lo, hi)))
        if r.random() < 0.1:
            self.tag("text-newline")
            text = text.replace(" ", "\n", 1)
        if r.random() < 0.08:
            self.tag("text-spaces")
            text = text.replace(" ", "   ", 1)
        return text[:1].upper() + text[1:]

    def gradient(self) -> str:
        r = self.r
        stops = ", ".join(self.color() for _ in range(r.randint(2, 3)))
        kind = r.random()
        if kind < 0.6:
            self.tag("linear-gradient")
            head = r.choice(("", "to right, ", "135deg, ", "to bottom right, ", "90deg, ", "0.25turn, "))
            return f"linear-gradient({head}{stops})"
        self.tag("radial-gradient")
        head = r.choice(("", "circle, ", "circle at top left, ", "ellipse at 30% 30%, "))
        return f"radial-gradient({head}{stops})"

    # -- style groups ---------------------------------------------------------------------------------
    def text_style(self, style: dict[str, Any]) -> None:
        """Inherited text properties, any of which may sit on a container or on the text itself."""
        r = self.r
        if r.random() < 0.5:
            self.tag("fontSize")
            # px, em and rem only: Satori leaves a vw, vh or % font size unresolved and draws 72 px glyphs
            # (a listed deliberate difference)
            style["fontSize"] = r.choice((r.randint(10, 40), f"{r.randint(10, 40)}px", "1.5em", "0.8em", "2rem",
                                          "1.25rem", "0.75em", "24px"))
        if r.random() < 0.35:
            self.tag("fontWeight")
            style["fontWeight"] = r.choice((100, 300, 400, 500, 600, 700, 800, 900, "bold", "normal", "700"))
        if r.random() < 0.12:
            self.tag("fontStyle")
            style["fontStyle"] = r.choice(("italic", "normal", "oblique"))
        if self.families and r.random() < 0.3:
            self.tag("fontFamily")
            family = r.choice(self.families)
            style["fontFamily"] = r.choice((family, f"{family}, sans-serif", f"'{family}'", f'"{family}", serif'))
        if r.random() < 0.4:
            style["color"] = self.color()
        if r.random() < 0.25:
            self.tag("letterSpacing")
            style["letterSpacing"] = r.choice((1, -1, 2, "0.05em", "-0.02em", "3px", "0.1rem", -0.5))
        if r.random() < 0.3:
            self.tag("lineHeight")
            style["lineHeight"] = r.choice((1, 1.2, 1.5, "1.1", "24px", "150%", "2em", 0.9, "normal", 30))
        if r.random() < 0.3:
            self.tag("textAlign")
            style["textAlign"] = r.choice(("left", "center", "right", "justify", "start", "end"))
        if r.random() < 0.15:
            self.tag("textTransform")
            style["textTransform"] = r.choice(("uppercase", "lowercase", "capitalize", "none"))
        if r.random() < 0.2:
            self.decoration(style)
        if r.random() < 0.12:
            self.tag("textShadow")
            style["textShadow"] = ", ".join(
                f"{r.randint(-3, 3)}px {r.randint(-3, 3)}px {r.choice((0, 1, 2, 4))}px {self.color()}"
                for _ in range(r.choice((1, 1, 2))))
        if r.random() < 0.12:
            self.tag("whiteSpace")
            style["whiteSpace"] = r.choice(("nowrap", "pre", "pre-wrap", "pre-line", "normal"))
        if r.random() < 0.04:  # break-word and break-all make Satori loop forever on some widths
            self.tag("wordBreak")
            style["wordBreak"] = r.choice(("break-all", "break-word", "keep-all", "normal"))

    def decoration(self, style: dict[str, Any]) -> None:
        r = self.r
        line = r.choice(("underline", "line-through", "underline", "underline line-through"))
        kind = r.random()
        if kind < 0.5:
            self.tag("textDecoration")
            parts = [line]
            if r.random() < 0.5:
                self.tag("textDecoration-style")
                parts.append(r.choice(("solid", "dashed", "dotted", "double")))
            if r.random() < 0.5:
                parts.append(self.color())
            style["textDecoration"] = " ".join(parts)
        else:
            self.tag("textDecorationLine")
            style["textDecorationLine"] = line
            if r.random() < 0.6:
                self.tag("textDecoration-style")
                style["textDecorationStyle"] = r.choice(("solid", "dashed", "dotted", "double"))
            if r.random() < 0.6:
                style["textDecorationColor"] = self.color()

    def flex_container(self, style: dict[str, Any]) -> None:
        r = self.r
        style["display"] = "flex"
        if r.random() < 0.6:
            style["flexDirection"] = r.choice(("row", "column", "column", "row-reverse", "column-reverse"))
        if r.random() < 0.4:
            style["alignItems"] = r.choice(("center", "flex-start", "flex-end", "stretch", "baseline"))
        if r.random() < 0.4:
            style["justifyContent"] = r.choice(("center", "space-between", "space-around",
                                                "flex-end", "flex-start"))
        if r.random() < 0.2:
            self.tag("flexWrap")
            style["flexWrap"] = r.choice(("wrap", "wrap-reverse"))
        if r.random() < 0.3:
            self.tag("gap")
            key = r.choice(("gap", "gap", "rowGap", "columnGap"))
            style[key] = self.length(2, 16, percent=False, font=False) if key != "gap" or r.random() < 0.7 \
                else f"{r.randint(2, 12)}px {r.randint(2, 12)}px"

    def item_layout(self, style: dict[str, Any], w: int, h: int) -> None:
        r = self.r
        if r.random() < 0.35:
            self.tag("padding")
            key = r.choice(("padding", "padding", "paddingLeft", "paddingTop", "paddingBottom"))
            style[key] = self.box_sides(2, 16)
        if r.random() < 0.25:
            self.tag("margin")
            key = r.choice(("margin", "marginTop", "marginLeft", "marginRight"))
            style[key] = self.box_sides(-6, 12) if key == "margin" else r.choice(
                (self.length(-6, 14, percent=False), "auto"))
        if r.random() < 0.35:
            style["width"] = self.length(int(w * 0.2), int(w * 0.8))
        if r.random() < 0.25:
            style["height"] = self.length(int(h * 0.15), int(h * 0.6))
        if r.random() < 0.2:
            self.tag("flexGrow")
            style["flexGrow"] = r.choice((1, 1, 2, 0.5))
        if r.random() < 0.12:
            self.tag("flexShrink")
            style["flexShrink"] = r.choice((0, 1, 2))
        if r.random() < 0.08:
            self.tag("flexBasis")
            style["flexBasis"] = r.choice(("50%", "40px", "30px", "0px"))  # a bare number throws in Next
        if r.random() < 0.1:
            self.tag("minmax-size")
            key = r.choice(("minWidth", "maxWidth", "minHeight", "maxHeight"))
            style[key] = self.length(20, int(w * 0.6))
        if r.random() < 0.08:
            self.tag("alignSelf")
            style["alignSelf"] = r.choice(("center", "flex-end", "stretch", "flex-start"))
        if r.random() < 0.08:
            self.tag("position-absolute")
            style["position"] = "absolute"
            for key in r.sample(("top", "left", "right", "bottom"), r.randint(1, 2)):
                style[key] = self.length(0, 30)
        if r.random() < 0.05:
            self.tag("boxSizing")
            style["boxSizing"] = "content-box"

    def paint(self, style: dict[str, Any]) -> None:
        r = self.r
        kind = r.random()
        if kind < 0.35:
            self.tag("backgroundColor")
            style["backgroundColor"] = self.color()
        elif kind < 0.45:
            self.tag("background-shorthand")
            style["background"] = self.color() if r.random() < 0.5 else self.gradient()
        elif kind < 0.55:
            style["backgroundImage"] = self.gradient()
        if r.random() < 0.25:
            self.border(style)
        if r.random() < 0.3:
            self.tag("borderRadius")
            style["borderRadius"] = r.choice((4, 8, 12, "50%", "9999px", "1em", "6px 12px", "20px / 10px",
                                              "0 16px 0 16px"))
        if r.random() < 0.12:
            self.tag("boxShadow")
            style["boxShadow"] = r.choice((
                f"0 {r.randint(1, 8)}px {r.randint(2, 24)}px {self.color()}",
                f"0px 4px 12px rgba(0, 0, 0, {round(r.uniform(0.1, 0.5), 2)})",
                f"inset 0 0 0 {r.randint(1, 4)}px {self.color()}",
                f"{r.randint(-4, 4)}px {r.randint(-4, 4)}px 0 {self.color()}"))
        if r.random() < 0.08:
            self.tag("opacity")
            style["opacity"] = r.choice((0.5, 0.8, "0.6", 0.3))
        if r.random() < 0.08:
            self.tag("overflow-hidden")
            style["overflow"] = "hidden"
        if r.random() < 0.06:
            self.tag("transform")
            style["transform"] = r.choice(("rotate(-3deg)", "scale(0.9)", "translateY(4px)",
                                           "rotate(5deg) translateX(6px)", "skewX(-8deg)", "translate(-10%, 0)"))

    def border(self, style: dict[str, Any]) -> None:
        r = self.r
        kind = r.random()
        self.tag("border")
        if kind < 0.35:
            style["border"] = f"{r.randint(1, 6)}px {r.choice(('solid', 'solid', 'dashed'))} {self.color()}"
        elif kind < 0.5:
            self.tag("border-partial")
            style["border"] = r.choice((f"{r.randint(1, 4)}px solid", f"solid {self.color()}",
                                        f"{self.color()} {r.randint(1, 4)}px dashed", "solid"))
        elif kind < 0.8:
            side = r.choice(("Top", "Bottom", "Left", "Right"))
            style[f"border{side}"] = f"{r.randint(1, 6)}px {r.choice(('solid', 'dashed'))} {self.color()}"
        else:
            # longhands over a shorthand, or alone: Satori draws each side from border{Side}Style, so a
            # lone borderStyle (dashed, none) changes nothing it draws
            self.tag("border-longhands")
            if r.random() < 0.5:
                style["border"] = f"1px {r.choice(('solid', 'dashed'))}"
            else:
                style["borderStyle"] = r.choice(("solid", "dashed", "none", "solid dashed"))
            style["borderWidth"] = r.choice((1, 2, "3px", "1px 4px", "2px 0"))
            style["borderColor"] = self.color()

    # -- elements -------------------------------------------------------------------------------------
    def text_leaf(self, w: int) -> dict[str, Any]:
        r = self.r
        self.tag("text")
        style: dict[str, Any] = {}
        self.text_style(style)
        if r.random() < 0.5:
            style["width"] = self.length(int(w * 0.3), int(w * 0.9))
        if r.random() < 0.3:
            self.paint(style)
        text = self.words(1, 12)
        overflow = r.random()
        if overflow < 0.08:
            self.tag("ellipsis")
            style.update(whiteSpace="nowrap", overflow="hidden", textOverflow="ellipsis")
            style.setdefault("width", int(w * 0.5))
        elif overflow < 0.14:
            self.tag("lineClamp")
            style.update(display="block", lineClamp=r.choice((1, 2, 3, "2")))
            style.setdefault("width", int(w * 0.6))
            text = self.words(10, 24)
        elif overflow < 0.18:
            self.tag("WebkitLineClamp")
            style.update(display="-webkit-box", WebkitBoxOrient="vertical", WebkitLineClamp=r.choice((1, 2)),
                         overflow="hidden", textOverflow="ellipsis")
            style.setdefault("width", int(w * 0.6))
            text = self.words(10, 24)
        if r.random() < 0.08:
            self.tag("textIndent")
            style["textIndent"] = r.choice((12, "1em", -8, "10%"))
        if r.random() < 0.06:
            self.tag("textWrap")
            style["textWrap"] = "balance"
        tag = "div"
        if r.random() < 0.35:
            tag = r.choice(TAGS)
            self.tag(f"tag-{tag}")
        return {tag: {"style": style, "children": text}} if style else {tag: text}

    def mixed_line(self, w: int) -> dict[str, Any]:
        """A flex row of strings and styled spans: Satori lays each out as its own flex item."""
        r = self.r
        self.tag("mixed-inline")
        style: dict[str, Any] = {"display": "flex"}
        if r.random() < 0.4:
            style["flexWrap"] = "wrap"
        if r.random() < 0.4:
            style["alignItems"] = r.choice(("baseline", "center", "flex-end"))
        self.text_style(style)
        children: list[Any] = []
        for _ in range(r.randint(2, 4)):
            if r.random() < 0.5:
                children.append(self.words(1, 3) + " ")
            else:
                inner: dict[str, Any] = {}
                self.text_style(inner)
                if r.random() < 0.3:
                    self.tag("inline-background")
                    inner["backgroundColor"] = self.color()
                    inner["padding"] = r.choice(("0 4px", 2, "2px 6px"))
                    if r.random() < 0.5:
                        inner["borderRadius"] = r.choice((3, 6, 999))
                tag = r.choice(("span", "b", "span", "code", "i", "mark", "strong", "u"))
                children.append({tag: {"style": inner, "children": self.words(1, 3)}} if inner
                                else {tag: self.words(1, 3)})
        del w
        return {"div": {"style": style, "children": children}}

    def image(self, w: int, h: int) -> dict[str, Any]:
        r = self.r
        self.tag("img")
        name = r.choice(("avatar.png", "photo.jpg", "photo.png", "logo.svg", "alpha.png"))
        size = r.randint(int(min(w, h) * 0.15), int(min(w, h) * 0.5))
        props: dict[str, Any] = {"src": f"{self.assets}/{name}"}
        style: dict[str, Any] = {}
        kind = r.random()
        if kind < 0.5:
            props.update(width=size, height=size)
        elif kind < 0.75:
            self.tag("img-style-size")
            style.update(width=size, height=r.choice((size, int(size * 0.6))))
        else:
            self.tag("img-one-dimension")
            props["width"] = size
        if r.random() < 0.4:
            style["borderRadius"] = r.choice(("50%", 8, "9999px", 16))
        if r.random() < 0.3:
            self.tag("objectFit")
            style["objectFit"] = r.choice(("cover", "contain"))
        if r.random() < 0.15:
            self.border(style)
        if r.random() < 0.1:
            self.tag("margin")
            style["margin"] = self.box_sides(2, 10)
        if style:
            props["style"] = style
        return {"img": props}

    def separator(self) -> dict[str, Any]:
        r = self.r
        if r.random() < 0.5:
            self.tag("tag-hr")
            return {"hr": {"style": {"width": "100%", "borderColor": self.color()}} if r.random() < 0.6 else {}}
        self.tag("spacer")
        return {"div": {"style": {"width": self.length(10, 60), "height": r.choice((1, 2, 4, 8)),
                                  "backgroundColor": self.color()}}}

    def container(self, depth: int, w: int, h: int) -> dict[str, Any]:
        r = self.r
        style: dict[str, Any] = {}
        self.flex_container(style)
        self.item_layout(style, w, h)
        self.paint(style)
        if r.random() < 0.35:
            self.text_style(style)
        if r.random() < 0.06:
            self.tag("display-none")
            return {"div": {"style": {"display": "none"}, "children": self.words(1, 3)}}
        children = [self.node(depth + 1, w, h) for _ in range(r.randint(1, 3 if depth else 4))]
        tag = "div" if r.random() < 0.85 else r.choice(("section", "header", "footer", "span", "p"))
        if r.random() < 0.05:
            self.tag("display-contents")
            return {"div": {"style": {"display": "contents"}, "children": children}}
        return {tag: {"style": style, "children": children}}

    def node(self, depth: int, w: int, h: int) -> dict[str, Any]:
        kind = self.r.random()
        if depth < 3 and kind < 0.32:
            return self.container(depth, int(w * 0.8), int(h * 0.8))
        if kind < 0.65:
            return self.text_leaf(w)
        if kind < 0.8:
            return self.mixed_line(w)
        if kind < 0.92:
            return self.image(w, h)
        return self.separator()

    def fonts(self) -> list[dict[str, Any]]:
        r = self.r
        if r.random() < 0.4:
            return []
        chosen = r.choice(FONT_SETS)
        self.tag("fonts")
        self.families = tuple(dict.fromkeys(name for name, _, _, _ in chosen))
        return [{"name": name, "path": f"{self.fonts_dir}/{file}", "weight": weight, "style": style}
                for name, file, weight, style in chosen]


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The wide random document of ``seed``; ``assets`` is how its images are referred to (the fonts
    directory sits next to the assets directory)."""
    g = _Wide(seed, assets, posixpath.join(posixpath.dirname(assets.rstrip("/")), "fonts"), small)
    r = g.r
    w, h = r.choice(SMALL_SIZES if small else SIZES)
    fonts = g.fonts()
    root: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%"}
    if r.random() < 0.3:
        g.tag("css-var")
        for i in range(r.randint(1, 2)):
            name = f"--c{i}"
            value = g.color()
            while "var(" in value or value == "currentColor":
                value = r.choice(NAMED)
            g.variables.append((name, value))
            root[name] = value
    g.flex_container(root)
    root["padding"] = r.choice((0, 8, 16, 24, "5%", "1rem", "12px 20px"))
    root["backgroundColor" if r.random() < 0.7 else "background"] = r.choice(
        ("white", "#fff", "#0b0b0f", "#f4f1ea", "linear-gradient(135deg, #1e293b, #0f172a)", "#223"))
    if r.random() < 0.5:
        root["color"] = r.choice(("white", "black", "#111827", "#e5e7eb"))
    if g.families and r.random() < 0.6:
        root["fontFamily"] = g.families[0]
    g.text_style(root)
    children = [g.node(0, w, h) for _ in range(r.randint(1, 4))]
    doc: dict[str, Any] = {"width": w, "height": h}
    if fonts:
        doc["fonts"] = fonts
    doc["element"] = {"div": {"style": root, "children": children}}
    return Generated(seed, doc, tuple(sorted(g.features)))


__all__ = ["document"]
