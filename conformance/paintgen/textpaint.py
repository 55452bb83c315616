"""Random documents whose variety is in how text is styled and painted (``--generator textpaint``).

Role: ``document(seed, assets, small) -> Generated``, the contract of :mod:`conformance.paintgen.generate`.
The other generators vary layout more than text; this one keeps the layout plain (a column or a wrapping
row of one to three text blocks) and draws the text properties instead: ``fontFamily`` lists with
fallbacks over the conformance fonts (Geist faces, Geist Mono, Roboto, Nanum Gothic, Noto Sans KR in
CFF) and unknown names, ``fontWeight`` 100-900 as numbers and strings, italics, ``fontSize`` in px, em
and rem, ``lineHeight`` (number, px, %, em, ``normal``), ``letterSpacing`` (px, em, negative),
``textTransform``, ``textAlign`` (``justify``, ``start``, ``end``), decorations (lines, colours, the
styles Next draws), ``textShadow`` lists, ``WebkitTextStroke`` (shorthand and longhands),
``backgroundClip: text`` over gradients and images, colours with alpha, ``opacity``, ellipsis, line
clamps, ``whiteSpace``, ``wordBreak``, ``overflowWrap`` (which Next ignores), ``tabSize``; text with
newlines, tabs, no-break and soft hyphens, long URLs, Korean and emoji among Latin words, numbers;
rows of differently styled spans; text inside rotated, scaled and skewed boxes.

Left out because Next.js differs on purpose (``spec/differences.md``): ``fontSize`` in %, vw and
absolute units, ``lighter``/``bolder``, overline and wavy decorations, stroke colours with spaces,
variable and WOFF2 fonts. Imports only the standard library; never :mod:`pureog`.

Seeds from 10000 up draw dense documents: more properties on each text, more moved boxes, and
wrappers with their own opacity, shadows or clipping around the text.

Run: ``python -m conformance.paintgen --generator textpaint --seeds 0:120 --out /tmp/textpaint -j 1``
(``--seeds 10000:10200`` for dense ones).
"""

from __future__ import annotations

import posixpath
import random
from typing import Any

from conformance.paintgen.generate import NAMED, Generated

SIZES = ((320, 180), (360, 200), (400, 240), (300, 220))
SMALL_SIZES = ((200, 120), (240, 135), (220, 150))
FACES: tuple[tuple[str, str, int, str], ...] = (
    ("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Bold.ttf", 700, "normal"),
    ("Geist", "Geist-Light.ttf", 300, "normal"), ("Geist", "Geist-Black.ttf", 900, "normal"),
    ("Geist", "Geist-Italic.ttf", 400, "italic"), ("Geist", "Geist-Medium.woff", 500, "normal"),
    ("Geist Mono", "GeistMono-Regular.ttf", 400, "normal"),
    ("Roboto", "Roboto-Regular.ttf", 400, "normal"), ("Roboto", "Roboto-Bold.ttf", 700, "normal"),
    ("Nanum", "NanumGothic-subset.ttf", 400, "normal"), ("Nanum", "NanumGothicBold-subset.ttf", 700, "normal"),
    ("Noto KR", "NotoSansKR-subset.otf", 400, "normal"),
)
WORDS = ("the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "Open", "Graph", "image", "card",
         "typography", "kerning", "AVATAR", "Wave", "office", "fluffy", "naïve", "café", "Ærø", "don't",
         "hello", "world", "pixels", "render", "release", "notes", "—", "&", "(beta)", "«quoted»")
NUMBERS = ("2026", "1,234.56", "$49.99", "100%", "v1.2.3", "#42", "3×4", "0.5", "−12", "12:30", "1/2")
SPECIAL = ("https://example.com/a/very/long/path/to/some-page?query=string&x=1",
           "averyveryverylongwordwithoutanybreaks", "co\u00adop\u00ader\u00adation", "soft\u00adhyphen",
           "no\u00a0break\u00a0here", "tab\there", "line\nbreak", "two  spaces", "end\n", "\ttabbed", "안녕하세요",
           "한국어 하늘", "오늘 우리", "🚀", "✨ new", "👋🏽", "🎉🎉", "中文字", "日本語", "e\u0301t\u00e9")
DENSE_FROM = 10000
COLORS_DARK = ("#111827", "black", "#1e293b", "navy", "#3b0764", "darkslategray", "#7c2d12")
COLORS_LIGHT = ("white", "#f8fafc", "#fef3c7", "#e0f2fe", "lavender", "#fff1f2")


class _TextPaint:
    """One document's random choices; ``features`` names what was drawn."""

    def __init__(self, seed: int, assets: str, fonts_dir: str) -> None:
        self.r = random.Random(seed)
        self.dense = seed >= DENSE_FROM
        self.assets = assets.rstrip("/")
        self.fonts_dir = fonts_dir.rstrip("/")
        self.features: set[str] = set()
        self.families: tuple[str, ...] = ("Geist",)
        self.has_fonts = False
        self.dark = False

    def tag(self, name: str) -> None:
        self.features.add(name)

    # -- values ---------------------------------------------------------------------------------------
    def color(self, alpha: float = 0.0) -> str:
        """A text colour that shows on the canvas; ``alpha``: the chance of a translucent spelling."""
        r = self.r
        if r.random() < alpha:
            self.tag("color-alpha")
            a = round(r.uniform(0.25, 0.9), 2)
            kind = r.random()
            if kind < 0.4:
                return f"rgba({r.randrange(200)}, {r.randrange(200)}, {r.randrange(256)}, {a})"
            if kind < 0.6:
                return f"hsla({r.randrange(360)}, {r.randrange(40, 100)}%, {r.randrange(20, 60)}%, {a})"
            if kind < 0.8:
                return "#" + "".join(r.choice("0123456789abcdef") for _ in range(6)) + f"{int(a * 255):02x}"
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(3)) + r.choice("5a9c")
        kind = r.random()
        if kind < 0.4:
            return r.choice(COLORS_LIGHT if self.dark else COLORS_DARK)
        if kind < 0.7:
            return r.choice(NAMED)
        if kind < 0.85:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(6))
        return f"rgb({r.randrange(256)}, {r.randrange(256)}, {r.randrange(256)})"

    def stroke_color(self) -> str:
        """A colour of one token: Satori splits the WebkitTextStroke shorthand on spaces."""
        r = self.r
        kind = r.random()
        if kind < 0.4:
            return r.choice(NAMED)
        if kind < 0.7:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(6))
        if kind < 0.85:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(3))
        return f"rgba({r.randrange(256)},{r.randrange(256)},{r.randrange(256)},{round(r.uniform(0.3, 0.9), 2)})"

    def gradient(self) -> str:
        r = self.r
        stops = ", ".join(self.color(0.2) for _ in range(r.randint(2, 3)))
        kind = r.random()
        if kind < 0.5:
            return f"linear-gradient({r.choice(('90deg', 'to right', '135deg', 'to bottom', '45deg'))}, {stops})"
        if kind < 0.75:
            return f"radial-gradient({r.choice(('circle', 'ellipse at 30% 40%', 'circle at left'))}, {stops})"
        step = r.randint(4, 14)
        return (f"repeating-linear-gradient({r.choice(('45deg', '90deg', '0deg'))}, {self.color()} 0px, "
                f"{self.color()} {step}px, {self.color()} {step * 2}px)")

    def text(self, lo: int, hi: int) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(lo, hi)):
            kind = r.random()
            if kind < 0.65:
                parts.append(r.choice(WORDS))
            elif kind < 0.8:
                self.tag("text-numbers")
                parts.append(r.choice(NUMBERS))
            else:
                piece = r.choice(SPECIAL)
                self.tag("text-" + self._special_kind(piece))
                parts.append(piece)
        text = " ".join(parts)
        return text[:1].upper() + text[1:]

    @staticmethod
    def _special_kind(piece: str) -> str:
        if piece.startswith("http"):
            return "url"
        if "\u00ad" in piece:
            return "soft-hyphen"
        if "\u00a0" in piece:
            return "nbsp"
        if "\t" in piece:
            return "tab"
        if "\n" in piece:
            return "newline"
        if "  " in piece:
            return "spaces"
        if any("\uac00" <= c <= "\ud7af" for c in piece):
            return "korean"
        if any("\u4e00" <= c <= "\u9fff" for c in piece):
            return "cjk-uncovered"
        if any(ord(c) > 0x2000 for c in piece):
            return "emoji"
        if "\u0301" in piece:
            return "combining"
        return "long-word"

    # -- text properties ------------------------------------------------------------------------------
    def font_family(self, style: dict[str, Any]) -> None:
        r = self.r
        self.tag("fontFamily")
        names = list(self.families)
        first = r.choice(names)
        kind = r.random()
        if kind < 0.3:
            value = first
        elif kind < 0.55:
            self.tag("fontFamily-fallbacks")
            rest = [n for n in names if n != first]
            extra = r.sample(rest, min(len(rest), r.randint(1, 2)))
            value = ", ".join([first, *extra, r.choice(("sans-serif", "serif", "monospace"))])
        elif kind < 0.75:
            self.tag("fontFamily-unknown-first")
            value = f"{r.choice(('Helvetica Neue', 'Arial', '-apple-system', 'Inter'))}, {first}"
        else:
            self.tag("fontFamily-quoted")
            value = r.choice((f"'{first}', sans-serif", f'"{first}"', f"{first},monospace"))
        style["fontFamily"] = value

    def font_weight(self, style: dict[str, Any]) -> None:
        self.tag("fontWeight")
        style["fontWeight"] = self.r.choice((100, 200, 300, 400, 500, 600, 700, 800, 900, "bold", "normal",
                                             "600", "300", "900"))

    def font_style(self, style: dict[str, Any]) -> None:
        self.tag("fontStyle")
        style["fontStyle"] = self.r.choice(("italic", "italic", "normal", "oblique"))

    def font_size(self, style: dict[str, Any]) -> None:
        r = self.r
        kind = r.random()
        if kind < 0.4:
            self.tag("fontSize-px")
            style["fontSize"] = r.choice((r.randint(9, 44), f"{r.randint(9, 44)}px", f"{r.randint(12, 30)}.5px"))
        elif kind < 0.7:
            self.tag("fontSize-em")
            style["fontSize"] = r.choice(("0.75em", "1.25em", "1.5em", "2em", "0.9em"))
        else:
            self.tag("fontSize-rem")
            style["fontSize"] = r.choice(("1rem", "1.5rem", "0.875rem", "2.25rem"))

    def line_height(self, style: dict[str, Any]) -> None:
        r = self.r
        self.tag("lineHeight")
        style["lineHeight"] = r.choice((1, 1.1, 1.6, 2, 0.8, "1.3", "24px", "12px", "150%", "80%", "1.5em",
                                        "normal", 28))

    def letter_spacing(self, style: dict[str, Any]) -> None:
        r = self.r
        value = r.choice((1, 2, "3px", "0.1em", "0.25em", "-0.05em", "-1px", -2, "0.5px", "-0.5px", 0))
        self.tag("letterSpacing-negative" if str(value).startswith("-") else "letterSpacing")
        style["letterSpacing"] = value

    def text_transform(self, style: dict[str, Any]) -> None:
        self.tag("textTransform")
        style["textTransform"] = self.r.choice(("uppercase", "lowercase", "capitalize", "none"))

    def text_align(self, style: dict[str, Any]) -> None:
        value = self.r.choice(("left", "center", "right", "justify", "justify", "start", "end"))
        self.tag("textAlign-justify" if value == "justify" else "textAlign")
        style["textAlign"] = value

    def decoration(self, style: dict[str, Any]) -> None:
        r = self.r
        line = r.choice(("underline", "line-through", "underline line-through", "underline"))
        decoration_style = r.choice(("solid", "dashed", "dotted", "double", None))
        colour = self.color(0.2) if r.random() < 0.6 else None
        if decoration_style:
            self.tag(f"textDecoration-{decoration_style}")
        if r.random() < 0.5:
            self.tag("textDecoration")
            style["textDecoration"] = " ".join(p for p in (line, decoration_style, colour) if p)
        else:
            self.tag("textDecorationLine")
            style["textDecorationLine"] = line
            if decoration_style:
                style["textDecorationStyle"] = decoration_style
            if colour:
                style["textDecorationColor"] = colour

    def text_shadow(self, style: dict[str, Any]) -> None:
        r = self.r
        count = r.choice((1, 1, 2, 3))
        self.tag("textShadow" if count == 1 else "textShadow-list")
        shadows = []
        for _ in range(count):
            blur = r.choice((0, 0, 1, 2, 3, 6, 10))
            if blur:
                self.tag("textShadow-blur")
            x, y = r.randint(-4, 4), r.randint(-4, 4)
            colour = self.color(0.4)
            shadows.append(r.choice((f"{x}px {y}px {blur}px {colour}", f"{x}px {y}px {colour}" if not blur
                                     else f"{x}px {y}px {blur}px {colour}")))
        style["textShadow"] = ", ".join(shadows)

    def text_stroke(self, style: dict[str, Any]) -> None:
        r = self.r
        width = r.choice((0.5, 1, 1, 1.5, 2, 3))
        if r.random() < 0.7:
            self.tag("WebkitTextStroke")
            style["WebkitTextStroke"] = f"{width}px {self.stroke_color()}"
        else:
            self.tag("WebkitTextStroke-longhands")
            style["WebkitTextStrokeWidth"] = r.choice((width, f"{width}px"))
            style["WebkitTextStrokeColor"] = self.stroke_color()
        if r.random() < 0.3:
            self.tag("WebkitTextStroke-transparent-fill")
            style["color"] = "transparent"

    def clip_text(self, style: dict[str, Any]) -> None:
        r = self.r
        if r.random() < 0.7:
            self.tag("backgroundClip-text-gradient")
            style["backgroundImage"] = self.gradient()
        else:
            self.tag("backgroundClip-text-image")
            image = r.choice(("photo.png", "photo.jpg", "tile.png", "palette.png", "logo.svg"))
            style["backgroundImage"] = f"url({self.assets}/{image})"
            if r.random() < 0.5:
                style["backgroundSize"] = r.choice(("cover", "40px 40px", "100% 100%", "50%"))
        style["backgroundClip"] = "text"
        style["color"] = "transparent" if r.random() < 0.8 else self.color(1.0)

    def white_space(self, style: dict[str, Any]) -> None:
        value = self.r.choice(("normal", "pre", "pre-wrap", "pre-line", "nowrap"))
        self.tag(f"whiteSpace-{value}")
        style["whiteSpace"] = value

    def word_break(self, style: dict[str, Any]) -> None:
        r = self.r
        # break-word and break-all make Satori loop forever on some widths (the oracle gives up on them)
        value = r.choice(("break-all", "keep-all", "break-word", "normal"))
        self.tag(f"wordBreak-{value}")
        style["wordBreak"] = value
        if r.random() < 0.3:
            self.tag("overflowWrap")
            style["overflowWrap"] = r.choice(("break-word", "anywhere", "normal"))

    def tab_size(self, style: dict[str, Any]) -> None:
        self.tag("tabSize")
        style["tabSize"] = self.r.choice((2, 4, 0, "20px", "1em"))
        style.setdefault("whiteSpace", self.r.choice(("pre", "pre-wrap")))

    def opacity(self, style: dict[str, Any]) -> None:
        self.tag("opacity")
        style["opacity"] = self.r.choice((0.5, 0.75, "0.4", 0.9))

    PROPERTIES = ("font_family", "font_weight", "font_style", "font_size", "line_height", "letter_spacing",
                  "text_transform", "text_align", "decoration", "text_shadow", "text_stroke", "clip_text",
                  "white_space", "word_break", "tab_size", "opacity", "alpha_color")

    def alpha_color(self, style: dict[str, Any]) -> None:
        style["color"] = self.color(1.0)

    def text_style(self, style: dict[str, Any], count: int) -> None:
        for name in self.r.sample(self.PROPERTIES, count):
            getattr(self, name)(style)

    # -- blocks ---------------------------------------------------------------------------------------
    def overflow_mode(self, style: dict[str, Any], w: int) -> str | None:
        """Ellipsis, line clamps: returns the text to use (longer) or None."""
        r = self.r
        kind = r.random()
        if kind < 0.1:
            self.tag("ellipsis")
            style.update(whiteSpace="nowrap", overflow="hidden", textOverflow="ellipsis", width=int(w * 0.55))
            return self.text(5, 9)
        if kind < 0.17:
            self.tag("lineClamp")
            style.update(display="block", lineClamp=r.choice((1, 2, 3, "2", '2 "…more"')), width=int(w * 0.6))
            return self.text(8, 16)
        if kind < 0.23:
            self.tag("WebkitLineClamp")
            style.update(display="-webkit-box", WebkitBoxOrient="vertical", WebkitLineClamp=r.choice((1, 2, 3)),
                         overflow="hidden", textOverflow="ellipsis", width=int(w * 0.6))
            return self.text(8, 16)
        return None

    def plain(self, w: int) -> dict[str, Any]:
        r = self.r
        style: dict[str, Any] = {}
        self.text_style(style, r.randint(4, 8) if self.dense else r.randint(2, 5))
        text = self.overflow_mode(style, w) or self.text(2, 8)
        if "width" not in style and r.random() < 0.6:
            style["width"] = r.randint(int(w * 0.4), int(w * 0.85))
        if r.random() < 0.2:
            style["backgroundColor"] = r.choice(("#fde68a", "#dbeafe", "rgba(0,0,0,0.06)", "#fce7f3"))
        if r.random() < 0.15:
            style["padding"] = r.choice((4, "2px 6px", 8))
        if "tabSize" in style and "\t" not in text:
            text = "\t" + text.replace(" ", "\t", 1)
            self.tag("text-tab")
        return {"div": {"style": style, "children": text}}

    def row(self, w: int) -> dict[str, Any]:
        """A flex row of strings and styled spans: each is its own flex item with its own style."""
        r = self.r
        self.tag("spans-row")
        style: dict[str, Any] = {"display": "flex"}
        if r.random() < 0.5:
            style["flexWrap"] = "wrap"
        if r.random() < 0.5:
            style["alignItems"] = r.choice(("baseline", "center", "flex-end", "flex-start"))
        if r.random() < 0.4:
            style["gap"] = r.choice((4, 8, "2px"))
        self.text_style(style, r.randint(0, 2))
        children: list[Any] = []
        for _ in range(r.randint(2, 4)):
            if r.random() < 0.3:
                children.append(self.text(1, 2) + " ")
                continue
            inner: dict[str, Any] = {}
            self.text_style(inner, r.randint(2, 5) if self.dense else r.randint(1, 3))
            tag = r.choice(("span", "span", "b", "i", "code", "u", "strong", "s"))
            content = self.text(1, 3)
            if r.random() < 0.15:
                self.tag("nested-span")
                nested: dict[str, Any] = {}
                self.text_style(nested, r.randint(1, 2))
                content_list: list[Any] = [{"span": {"style": {"display": "flex", **nested},
                                                     "children": self.text(1, 2)}}]
                inner.setdefault("display", "flex")
                children.append({tag: {"style": inner, "children": content_list}})
                continue
            children.append({tag: {"style": inner, "children": content}} if inner else {tag: content})
        return {"div": {"style": style, "children": children}}

    def transformed(self, w: int) -> dict[str, Any]:
        r = self.r
        self.tag("transformed-box")
        inner = self.plain(w) if r.random() < 0.7 else self.row(w)
        transform = r.choice(("rotate(-8deg)", "rotate(15deg)", "scale(1.2)", "scale(0.8, 1.1)", "skewX(-12deg)",
                              "rotate(90deg)", "translate(10px, 4px) rotate(4deg)", "rotate(180deg)",
                              "skewY(6deg) scale(0.9)"))
        style: dict[str, Any] = {"display": "flex", "transform": transform}
        if r.random() < 0.3:
            style["transformOrigin"] = r.choice(("top left", "50% 100%", "0 0", "right"))
        if r.random() < 0.3:
            self.text_style(style, 1)
        return {"div": {"style": style, "children": [inner]}}

    def block(self, w: int) -> dict[str, Any]:
        kind = self.r.random()
        if self.dense and kind < 0.3:
            return self.wrapper(w)
        if kind < 0.5:
            return self.plain(w)
        if kind < 0.8:
            return self.row(w)
        return self.transformed(w)

    def wrapper(self, w: int) -> dict[str, Any]:
        """A box around a text block that paints or clips it as a whole (dense documents)."""
        r = self.r
        self.tag("wrapper")
        inner = self.plain(w) if r.random() < 0.5 else (self.row(w) if r.random() < 0.5 else self.transformed(w))
        style: dict[str, Any] = {"display": "flex"}
        for _ in range(r.randint(1, 3)):
            kind = r.choice(("opacity", "shadow", "clip", "radius", "text", "transform", "border"))
            self.tag(f"wrapper-{kind}")
            if kind == "opacity":
                style["opacity"] = r.choice((0.6, 0.85, 0.5))
            elif kind == "shadow":
                style["boxShadow"] = f"{r.randint(-3, 3)}px {r.randint(1, 4)}px {r.randint(0, 8)}px {self.color(0.5)}"
            elif kind == "clip":
                style["overflow"] = "hidden"
                style["height"] = r.randint(20, 60)
            elif kind == "radius":
                style["borderRadius"] = r.choice((6, 12, "50%"))
                style["backgroundColor"] = r.choice(("#fde68a", "#dbeafe", "#1f2937", "rgba(0,0,0,0.1)"))
            elif kind == "text":
                self.text_style(style, r.randint(1, 3))
            elif kind == "transform":
                style["transform"] = r.choice(("rotate(-5deg)", "scale(1.1)", "skewX(10deg)", "rotate(30deg)"))
            else:
                style["border"] = f"{r.randint(1, 4)}px {r.choice(('solid', 'dashed'))} {self.color()}"
        return {"div": {"style": style, "children": [inner]}}

    def fonts(self) -> list[dict[str, Any]]:
        r = self.r
        if r.random() < 0.2:
            return []
        chosen = [FACES[0]] + r.sample(FACES[1:], r.randint(1, 5))
        if r.random() < 0.3:
            r.shuffle(chosen)
        self.tag("fonts")
        self.has_fonts = True
        self.families = tuple(dict.fromkeys(name for name, _, _, _ in chosen))
        return [{"name": name, "path": f"{self.fonts_dir}/{file}", "weight": weight, "style": style}
                for name, file, weight, style in chosen]


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The text-paint document of ``seed``; ``assets`` is how its images are referred to (the fonts
    directory sits next to the assets directory)."""
    g = _TextPaint(seed, assets, posixpath.join(posixpath.dirname(assets.rstrip("/")), "fonts"))
    r = g.r
    w, h = r.choice(SMALL_SIZES if small else SIZES)
    fonts = g.fonts()
    g.dark = r.random() < 0.3
    root: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%",
                            "backgroundColor": r.choice(("#0b1020", "#1f2937", "#312e81")) if g.dark
                            else r.choice(("white", "#f8fafc", "#fffbeb", "#eef2ff")),
                            "color": "white" if g.dark else "#111827",
                            "padding": r.choice((8, 12, 16, "10px 14px")),
                            "fontSize": r.choice((14, 16, 18, 20, 24) if not small else (11, 12, 14, 16))}
    if r.random() < 0.6:
        root["flexDirection"] = "column"
        root["gap"] = r.choice((4, 6, 10))
    else:
        root["flexWrap"] = "wrap"
        root["alignContent"] = "flex-start"
        root["gap"] = r.choice(("6px 10px", 8))
    if r.random() < 0.3:
        g.text_style(root, r.randint(1, 2))
    children = [g.block(w) for _ in range(r.randint(1, 2 if small else 3))]
    doc: dict[str, Any] = {"width": w, "height": h}
    if fonts:
        doc["fonts"] = fonts
    doc["element"] = {"div": {"style": root, "children": children}}
    return Generated(seed, doc, tuple(sorted(g.features)))


__all__ = ["document"]
