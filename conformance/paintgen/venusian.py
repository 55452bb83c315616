"""A fifth outsider's paint generator: whole documents, options and JSX-shaped trees (``--generator venusian``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator venusian --seeds 0:300 --out /tmp/venusian -j 1``). Written as someone would who knows only
Satori's README, Next's ``ImageResponse`` docs and MDN, and who tests the *whole document* rather than
element styles: the other generators vary the styles of boxes on a card of ordinary size; this one varies
what around them the others keep fixed.

- The canvas: every kind of size (1x1, 7x3, 1200x630, 1600x900, 2400x1260, odd and tall ones), content
  written for 1200x630 drawn on other sizes, elements spilling past the edges, negative margins, content
  far off the canvas.
- The options: ``fonts`` (families of several weights 100-900 and italics, faces in WOFF, CJK faces with
  ``lang``), ``fontFamily`` lists with fallbacks and weights no face has, ``emoji`` (each of the six sets),
  ``debug: true`` (Satori's debug boxes), ``lang`` attributes on elements.
- Trees shaped as JSX compiles them: ``children`` arrays holding numbers, booleans, ``null``, nested
  arrays, empty strings and adjacent strings (which React keeps apart and Satori joins), multi-line strings
  without ``<br>``, ``<p>``/``<span>`` with runs of differently styled spans, ``key`` props, numbers written
  as strings (``"12"``), unitless ``0``, vendor-prefixed properties (``WebkitBackgroundClip``,
  ``WebkitTextStroke``, ``WebkitLineClamp`` with ``display: -webkit-box``, ``WebkitTextFillColor``),
  ``<img>`` sized by its ``width``/``height`` props alone (or one of them), inline ``<svg>`` icons with a
  ``viewBox``, camel-cased attributes and percentage coordinates, data URIs (PNG made here, SVG in base64
  and in UTF-8) beside the conformance assets (PNG, JPEG, SVG).
- Paint as designers combine it: text over a photo under a scrim, gradient text, glass cards
  (translucent fills, hairline borders, soft shadows), badges, avatars with rings, dividers, stat rows.

Spellings ``spec/differences.md`` lists as deliberate differences are left out (WebP, space-syntax
colours, ``rebeccapurple``, ``backdropFilter``, ``inset``, dotted borders in shorthands, variable and
WOFF2 faces, a ``div`` with several children and no ``display``, fonts without a weight, ...).
React-shaped trees reach the oracle as written (the driver's ``RAW_GENERATORS``).

Found on first use (2026-12-06, seeds 0:340; Next drew 317, pureog matched 315 after the fixes): hairlines
on a canvas 1 or 2 px wide or tall, which tiny-skia does not draw (a 1x1 card with ``debug: true``); the
debug outlines of quarter-turned boxes, which tiny-skia strokes as hairlines; a background tile placed at
a half pixel, whose tile-edge pixels tiny-skia's f32 tiling takes from the tile before; Next throwing on
``textTransform`` under ``lang: "de"`` (Satori reads the tag as ``devanagari``; listed, tagged
``L:lang-de``); the blur budget refusing 2400x1260 cards of glass panels that Next draws (open). Next
hangs on about one document in twenty (ellipsis or clamped texts with emoji among them).

Run: ``python -m conformance.paintgen --generator venusian --seeds 0:300 --out /tmp/venusian -j 1``; the
committed slice is ``--slice --seeds 0:16`` (small canvases). Imports only the standard library.
"""

from __future__ import annotations

import base64
import random
from typing import Any

from conformance.paintgen.generate import Generated, el, rgba_png

CANVASES = ((1200, 630), (1200, 630), (1200, 630), (1600, 900), (2400, 1260), (1, 1), (7, 3), (800, 418),
            (512, 512), (333, 777), (630, 1200), (401, 209), (1080, 1350), (96, 64), (1000, 120), (257, 1031))
SMALL_CANVASES = ((240, 126), (240, 126), (160, 90), (1, 1), (7, 3), (97, 203), (128, 128), (301, 57),
                  (63, 141), (200, 105))

# (family, file, weight, style, lang): faces a card author registers; no variable or WOFF2 faces (listed)
FACES = (("Geist", "Geist-Regular.ttf", 400, "normal", None), ("Geist", "Geist-Bold.ttf", 700, "normal", None),
         ("Geist", "Geist-Black.ttf", 900, "normal", None), ("Geist", "Geist-Light.ttf", 300, "normal", None),
         ("Geist", "Geist-Italic.ttf", 400, "italic", None), ("Geist", "Geist-Medium.woff", 500, "normal", None),
         ("Geist Mono", "GeistMono-Regular.ttf", 400, "normal", None),
         ("Roboto", "Roboto-Regular.ttf", 400, "normal", None), ("Roboto", "Roboto-Bold.ttf", 700, "normal", None),
         ("Nanum Gothic", "NanumGothic-subset.ttf", 400, "normal", "ko-KR"),
         ("Noto Sans KR", "NotoSansKR-subset.otf", 400, "normal", None),
         ("Noto Sans JP", "NotoSansCJKJP-subset.otf", 400, "normal", "ja-JP"))
EMOJI_SETS = ("twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat")
EMOJI = ("🚀", "✨", "🎉", "👋", "🔥", "💡", "⭐", "🎨", "🌈", "📸", "✅")
KOREAN = ("안녕하세요", "한국어", "하늘", "바다", "오늘")
JAPANESE = ("日本語", "漢字", "文字")
WORDS = ("Ship", "faster", "with", "edge", "rendering", "Open", "Graph", "images", "for", "every", "page",
         "Design", "system", "release", "notes", "Introducing", "the", "new", "dashboard", "pricing", "team",
         "Build", "launch", "week", "docs", "guide", "how", "we", "scaled", "to", "millions", "of", "requests")
NAMES = ("Ada Lovelace", "Grace Hopper", "Linus", "Margaret H.", "Alan T.", "Katherine J.")

# Colours as a design system writes them: hex of the usual lengths, rgba() with decimal alpha, names
PALETTE = ("#0f172a", "#111827", "#1e293b", "#f8fafc", "#ffffff", "#fff", "#000", "#6366f1", "#8b5cf6",
           "#ec4899", "#f472b6", "#22c55e", "#14b8a6", "#0ea5e9", "#f59e0b", "#ef4444", "#64748b", "#e5e7eb",
           "#fde68a", "#4f46e5cc", "#0008", "white", "black", "tomato", "slateblue", "gold", "teal")
TRANSLUCENT = ("rgba(255,255,255,0.12)", "rgba(255, 255, 255, .08)", "rgba(15,23,42,0.6)", "rgba(0,0,0,0.35)",
               "rgba(255,255,255,0.7)", "#ffffff1f", "#0000004d", "rgba(99,102,241,0.25)")

GLASS_SHADOWS = ("0 8px 32px rgba(0,0,0,0.37)", "0 1px 2px rgba(0,0,0,.1), 0 10px 30px -10px rgba(0,0,0,.5)",
                 "inset 0 1px 0 rgba(255,255,255,0.2), 0 20px 40px rgba(15,23,42,0.4)")
SCRIMS = ("linear-gradient(to top, rgba(0,0,0,0.85), transparent)",
          "linear-gradient(180deg, rgba(0,0,0,0) 0%, rgba(0,0,0,.7) 100%)",
          "linear-gradient(to bottom, #0f172acc, #0f172a00 60%)")

ICONS = {  # 24x24 outline icons, as icon sets publish them
    "check": [("path", {"d": "M20 6L9 17l-5-5"})],
    "star": [("path", {"d": "M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27"
                             "l6.91-1.01L12 2z"})],
    "arrow": [("path", {"d": "M5 12h14"}), ("path", {"d": "M12 5l7 7-7 7"})],
    "heart": [("path", {"d": "M20.8 4.6a5.5 5.5 0 0 0-7.8 0L12 5.7l-1-1.1a5.5 5.5 0 0 0-7.8 7.8l1 1.1L12 21"
                              "l7.8-7.5 1-1.1a5.5 5.5 0 0 0 0-7.8z"})],
    "circle": [("circle", {"cx": "12", "cy": "12", "r": "10"}),
               ("line", {"x1": "12", "y1": "8", "x2": "12", "y2": "12"})],
    "bars": [("rect", {"x": "10%", "y": "40%", "width": "15%", "height": "50%", "rx": "1"}),
             ("rect", {"x": "42%", "y": "20%", "width": "15%", "height": "70%"}),
             ("rect", {"x": "74%", "y": "5%", "width": "15%", "height": "85%"})],
}


class _Venusian:
    """One document's random choices; ``features`` names what it drew."""

    def __init__(self, seed: int, assets: str, small: bool) -> None:
        self.r = random.Random(seed)
        self.assets = assets.rstrip("/")
        self.small = small
        self.features: set[str] = set()
        self.families: list[str] = []  # registered families ([] = Next's default Geist Regular)
        self.korean = False
        self.japanese = False
        self.emoji = False
        self.scale = 1.0  # author's px -> this canvas (1 when written for 1200x630 and drawn on another)
        self.budget = 0

    def f(self, name: str) -> None:
        self.features.add(name)

    def p(self, chance: float) -> bool:
        return self.r.random() < chance

    def px(self, value: float) -> float:
        """An author's length on this canvas: scaled lengths keep their fractions (``64 * 401 / 1200``)."""
        out = max(0.0, value * self.scale)
        return int(out) if out == int(out) else round(out, 3)

    def colour(self) -> str:
        return self.r.choice(PALETTE)

    # --- images -----------------------------------------------------------------------------------

    def picture(self) -> tuple[str, int, int]:
        """(src, natural width, natural height) of a picture a card would show."""
        r = self.r
        roll = r.random()
        if roll < 0.35:
            name, w, h = r.choice((("photo.jpg", 320, 200), ("photo.png", 320, 200), ("texture.jpg", 256, 256),
                                   ("avatar.png", 96, 96), ("alpha.png", 64, 64), ("logo.svg", 120, 40)))
            self.f("asset-" + name.rsplit(".", 1)[1])
            return f"{self.assets}/{name}", w, h
        if roll < 0.7:
            w, h = r.choice(((1, 1), (8, 8), (48, 48), (64, 32), (3, 40), (40, 3)))
            a, b = (r.randrange(256) for _ in range(2))
            kind = r.choice(("gradient", "checker", "disc"))
            self.f("data-png")

            def pixel(x: int, y: int) -> tuple[int, int, int, int]:
                if kind == "checker":
                    on = (x // 4 + y // 4) % 2
                    return (a, 40, 200, 255) if on else (250, b, 30, 255)
                if kind == "disc":
                    inside = (x - w / 2 + 0.5) ** 2 + (y - h / 2 + 0.5) ** 2 <= (min(w, h) / 2) ** 2
                    return (a, b, 180, 255) if inside else (0, 0, 0, 0)
                return (x * 255 // max(1, w - 1), b, y * 255 // max(1, h - 1), 255 - (x * 3) % 128)

            return "data:image/png;base64," + base64.b64encode(rgba_png(w, h, pixel)).decode(), w, h
        w, h = r.choice(((24, 24), (100, 50), (64, 64)))
        fill, other = self.colour(), self.colour()
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
               f'<rect width="{w}" height="{h}" fill="{fill}"/><circle cx="{w / 2}" cy="{h / 2}" r="{min(w, h) / 3}"'
               f' fill="{other}"/></svg>')
        if self.p(0.5):
            self.f("data-svg-base64")
            return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode(), w, h
        self.f("data-svg-utf8")
        return "data:image/svg+xml;utf8," + svg.replace("#", "%23"), w, h

    def img(self) -> dict[str, Any]:
        r = self.r
        src, w, h = self.picture()
        self.f("img")
        roll = r.random()
        if roll < 0.35:  # width/height props only, as <img width={64} height={64}/>
            self.f("img-props-only")
            size = self.px(r.choice((16, 24, 48, 64, 96, 200)))
            return el("img", None, None, src=src, width=size, height=r.choice((size, self.px(h * size / max(1, w)))))
        if roll < 0.5:  # one of them
            self.f("img-one-prop")
            return el("img", None, None, src=src, **{r.choice(("width", "height")): self.px(r.choice((40, 80, 120)))})
        style: dict[str, Any] = {"width": self.px(r.choice((48, 96, 160, 320))),
                                 "height": self.px(r.choice((48, 96, 180)))}
        if self.p(0.6):
            style["objectFit"] = r.choice(("cover", "contain", "fill", "none", "scale-down"))
        if self.p(0.5):
            style["borderRadius"] = r.choice(("50%", 12, "9999px", "0"))
        if self.p(0.3):
            style["border"] = f"{r.randint(1, 4)}px solid {self.colour()}"
        if self.p(0.3):
            style["opacity"] = r.choice((0.5, "0.8", 0.25))
        return el("img", style, None, src=src)

    def icon(self) -> dict[str, Any]:
        r = self.r
        name = r.choice(sorted(ICONS))
        self.f("svg-" + name)
        size = self.px(r.choice((16, 20, 24, 32, 48)))
        kids = [el(tag, None, None, **attrs) for tag, attrs in ICONS[name]]
        props: dict[str, Any] = {"viewBox": "0 0 24 24", "fill": "none", "stroke": "currentColor",
                                 "strokeWidth": r.choice((2, "1.5", 2.5)), "strokeLinecap": "round",
                                 "strokeLinejoin": "round"}
        if name in ("star", "heart", "bars") and self.p(0.5):
            props["fill"] = r.choice(("currentColor", self.colour()))
            self.f("svg-fill")
        if self.p(0.7):
            props["width"], props["height"] = size, size
        else:  # sized by the style only
            self.f("svg-style-size")
            return el("svg", {"width": size, "height": size, "color": self.colour()}, kids, **props)
        style = {"color": self.colour()} if self.p(0.6) else None
        return el("svg", style, kids, **props)

    # --- text -------------------------------------------------------------------------------------

    def words(self, lo: int, hi: int) -> str:
        r = self.r
        words = [r.choice(WORDS) for _ in range(r.randint(lo, hi))]
        if self.korean and self.p(0.3):
            words.insert(r.randrange(len(words) + 1), r.choice(KOREAN))
            self.f("korean")
        if self.japanese and self.p(0.3):
            words.insert(r.randrange(len(words) + 1), r.choice(JAPANESE))
            self.f("japanese")
        for _ in range(r.choice((0, 0, 1, 1, 2, 4))):
            words.insert(r.randrange(len(words) + 1), r.choice(EMOJI) * r.choice((1, 1, 2)))
            self.emoji = True
            self.f("emoji")
        return " ".join(words)

    def font(self, style: dict[str, Any], big: bool) -> None:
        r = self.r
        size = self.px(r.choice((56, 64, 72, 96)) if big else r.choice((14, 18, 22, 28)))
        style["fontSize"] = self.num_or_string(size)
        if self.p(0.6):
            style["fontWeight"] = r.choice((100, 200, 300, 400, 500, 600, 700, 800, 900, "bold", "normal", "600"))
            self.f("fontWeight")
        if self.p(0.15):
            style["fontStyle"] = "italic"
            self.f("italic")
        if self.families and self.p(0.6):
            fams = r.sample(self.families, min(len(self.families), r.randint(1, 2)))
            if self.p(0.4):
                fams.insert(0, r.choice(("Inter", "Helvetica Neue", "system-ui")))  # not registered
                self.f("family-fallback")
            if self.p(0.3):
                fams.append(r.choice(("sans-serif", "monospace")))
            style["fontFamily"] = ", ".join(f'"{f}"' if " " in f and self.p(0.5) else f for f in fams)
            self.f("fontFamily")
        if self.p(0.3):
            style["letterSpacing"] = r.choice(("-0.02em", "0.05em", "-1px", "2px", 0))
        if self.p(0.4):
            style["lineHeight"] = r.choice((1, 1.1, "1.2", "1.5", "28px", "normal"))

    def num_or_string(self, value: int) -> Any:
        if self.p(0.12):
            self.f("num-string")
            return str(value)  # "12", as a CMS field hands it over
        return value

    def children_mess(self, text: str) -> Any:
        """The text as JSX leaves it: split into adjacent strings, numbers, falsy members, nested arrays."""
        r = self.r
        roll = r.random()
        if roll < 0.45:
            return text
        parts: list[Any] = text.split(" ")
        out: list[Any] = []
        for i, part in enumerate(parts):
            out.append(part + (" " if i < len(parts) - 1 else ""))
            if self.p(0.2):
                out.append(r.choice((None, False, True, "", [], [None])))
                self.f("children-falsy")
        if self.p(0.4):
            out.insert(r.randrange(len(out) + 1), r.choice((42, 0, 3.5, 2026, -1)))
            self.f("children-number")
        if self.p(0.3) and len(out) > 2:
            cut = r.randrange(1, len(out))
            out = [*out[:cut - 1], [out[cut - 1], [out[cut]]], *out[cut + 1:]] if cut < len(out) - 1 else out
            self.f("children-nested")
        self.f("children-array")
        return out

    def text(self, big: bool = False) -> dict[str, Any]:
        r = self.r
        tag = r.choice(("div", "p", "span", "h1" if big else "h3"))
        style: dict[str, Any] = {}
        self.font(style, big)
        if self.p(0.6):
            style["color"] = self.colour()
        roll = r.random()
        text = self.words(2, 6 if big else 14)
        if roll < 0.12:  # gradient text
            self.f("gradient-text")
            style["backgroundImage"] = (f"linear-gradient({r.choice(('90deg', 'to right', '135deg', 'to bottom'))}, "
                                        f"{self.colour()}, {self.colour()})")
            which = r.choice(("both", "webkit", "standard"))
            self.f("clip-" + which)
            if which in ("both", "standard"):
                style["backgroundClip"] = "text"
            if which in ("both", "webkit"):
                style["WebkitBackgroundClip"] = "text"
            if self.p(0.5):
                style["color"] = "transparent"
            else:
                style["WebkitTextFillColor"] = "transparent"
                self.f("text-fill-color")
        elif roll < 0.2:
            self.f("text-stroke")
            style["WebkitTextStroke"] = f"{r.choice(('1px', '2px', '0.5px'))} {self.colour()}"
            if self.p(0.5):
                style["color"] = "transparent"
        elif roll < 0.3:
            self.f("text-shadow")
            style["textShadow"] = r.choice(("0 2px 8px rgba(0,0,0,0.5)", "0 1px 0 #fff", "2px 2px 0 #ec4899",
                                            "0 0 20px rgba(99,102,241,0.8), 0 0 2px #fff"))
        if self.p(0.2):
            self.f("multiline-string")
            text = text.replace(" ", "\n", r.randint(1, 2))
            if self.p(0.6):
                style["whiteSpace"] = r.choice(("pre-wrap", "pre-line", "pre"))
        if self.p(0.15):
            self.f("clamp")
            style["overflow"] = "hidden"
            if self.p(0.5):
                style.update({"display": "-webkit-box", "WebkitBoxOrient": "vertical",
                              "WebkitLineClamp": r.choice((1, 2)),
                              "textOverflow": "ellipsis"})
                self.f("webkit-line-clamp")
            else:
                style.update({"display": "block", "lineClamp": r.choice((1, 2, "2"))})
            style["width"] = self.px(r.choice((160, 300, 480)))
        elif self.p(0.1):
            self.f("ellipsis")
            style.update({"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis",
                          "maxWidth": self.px(r.choice((120, 260)))})
        if self.p(0.15):
            style["textAlign"] = r.choice(("center", "right", "left", "justify"))
        if self.p(0.1):
            style["textDecoration"] = r.choice(("underline", "line-through", f"underline {self.colour()}"))
            self.f("decoration")
        if self.p(0.1):
            style["textTransform"] = r.choice(("uppercase", "capitalize"))
        lang = self.lang()
        if tag != "div" and self.p(0.35):
            return el(tag, style, self.runs(text), **lang)
        # a div whose display is no flex (a clamp's block or -webkit-box) keeps one string: Next throws otherwise
        children = text if tag == "div" and "display" in style else self.children_mess(text)
        if tag == "div" and not isinstance(children, str):
            style["display"] = "flex"  # a div of several children needs it (Next throws otherwise)
            style["flexWrap"] = "wrap"
        return el(tag, style, children, **lang)

    def runs(self, text: str) -> list[Any]:
        """``<p>Read <b>this</b> and <span style=...>that</span></p>``: spans of mixed styles in one text."""
        r = self.r
        self.f("span-runs")
        out: list[Any] = []
        for word in text.split(" "):
            if self.p(0.3):
                style: dict[str, Any] = r.choice(({"fontWeight": 700}, {"color": self.colour()},
                                                  {"fontStyle": "italic"}, {"textDecoration": "underline"},
                                                  {"backgroundColor": r.choice(TRANSLUCENT), "padding": "0 4px",
                                                   "borderRadius": 4},
                                                  {"fontSize": "1.25em"}))
                out.append(el(r.choice(("span", "b", "strong", "em")), style, word))
            else:
                out.append(word)
            out.append(" ")
        return out[:-1]

    def lang(self) -> dict[str, str]:
        if self.p(0.12):
            self.f("lang")
            lang = self.r.choice(("en-US", "ko-KR", "ja-JP", "zh-CN", "de"))
            if lang == "de":  # Satori reads it as `devanagari`: textTransform below it throws (listed)
                self.f("L:lang-de")
            return {"lang": lang}
        return {}

    # --- designer pieces --------------------------------------------------------------------------

    def badge(self) -> dict[str, Any]:
        r = self.r
        self.f("badge")
        style: dict[str, Any] = {"display": "flex", "alignItems": "center",
                                 "padding": f"{self.px(4)}px {self.px(12)}px",
                                 "borderRadius": r.choice((9999, "999px", 6, "50px")),
                                 "fontSize": self.px(r.choice((12, 14, 16))),
                                 "backgroundColor": r.choice((*TRANSLUCENT, self.colour())),
                                 "color": self.colour()}
        if self.p(0.4):
            style["border"] = f"1px solid {r.choice(TRANSLUCENT)}"
        if self.p(0.4):
            style["textTransform"] = "uppercase"
            style["letterSpacing"] = r.choice(("0.08em", "1px", ".1em"))
        kids: list[Any] = [self.r.choice(("New", "Beta", "v2.0", "Pro", "Live", "Open source"))]
        if self.p(0.4):
            kids.insert(0, el("div", {"width": self.px(8), "height": self.px(8), "borderRadius": "50%",
                                      "backgroundColor": self.colour(), "marginRight": self.px(6)}))
        if self.p(0.3):
            kids.insert(0, self.icon())
        return el("div", style, kids)

    def avatar(self) -> dict[str, Any]:
        r = self.r
        self.f("avatar")
        size = self.px(r.choice((32, 48, 64, 96, 128)))
        src, _, _ = self.picture()
        inner = el("img", {"width": size, "height": size, "borderRadius": "50%",
                           **({"border": f"{r.randint(2, 4)}px solid {r.choice(('#fff', '#0f172a'))}"}
                              if self.p(0.5) else {}),
                           **({"objectFit": "cover"} if self.p(0.6) else {})}, None, src=src)
        ring = r.random()
        if ring < 0.35:  # gradient ring: a padded round wrapper
            self.f("avatar-gradient-ring")
            return el("div", {"display": "flex", "padding": self.px(r.choice((2, 3, 4))), "borderRadius": "9999px",
                              "backgroundImage": f"linear-gradient(45deg, {self.colour()}, {self.colour()})"}, [inner])
        if ring < 0.65:  # ring drawn by a spread shadow
            self.f("avatar-shadow-ring")
            inner["props"]["style"]["boxShadow"] = (f"0 0 0 {r.choice((2, 3, 4))}px {self.colour()}"
                                                    + (", 0 4px 12px rgba(0,0,0,0.3)" if self.p(0.5) else ""))
        return inner

    def divider(self) -> dict[str, Any]:
        r = self.r
        self.f("divider")
        roll = r.random()
        if roll < 0.4:
            return el("div", {"width": "100%", "height": r.choice((1, "1px", 2)),
                              "backgroundColor": r.choice(TRANSLUCENT)})
        if roll < 0.7:
            return el("div", {"display": "flex", "width": "100%", "borderTop": f"1px solid {self.colour()}"})
        return el("div", {"width": self.px(r.choice((48, 120))), "height": self.px(4), "borderRadius": 2,
                          "backgroundImage": f"linear-gradient(to right, {self.colour()}, transparent)"})

    def glass(self, depth: int) -> dict[str, Any]:
        r = self.r
        self.f("glass")
        style: dict[str, Any] = {"display": "flex", "flexDirection": "column",
                                 "padding": self.px(r.choice((16, 24, 40))),
                                 "gap": self.px(r.choice((8, 12, 16))), "borderRadius": self.px(r.choice((12, 16, 24))),
                                 "backgroundColor": r.choice(TRANSLUCENT),
                                 "border": f"1px solid {r.choice(TRANSLUCENT)}",
                                 "boxShadow": r.choice(GLASS_SHADOWS)}
        if self.p(0.3):
            style["backgroundImage"] = "linear-gradient(135deg, rgba(255,255,255,0.18), rgba(255,255,255,0.02))"
        if self.p(0.2):
            style["width"] = self.px(r.choice((280, 420, 640)))
        return el("div", style, self.kids(depth + 1, r.randint(1, 4)))

    def stat(self) -> dict[str, Any]:
        r = self.r
        self.f("stat")
        value: Any = r.choice((128, "12.4k", 99.9, 0, 1024))
        unit = r.choice(("%", "ms", " stars", ""))
        number = el("div", {"display": "flex", "fontSize": self.px(r.choice((32, 48))), "fontWeight": 700},
                    [value, unit] if unit else [value])
        label = el("div", {"fontSize": self.px(14), "color": r.choice(("#64748b", "rgba(255,255,255,0.6)"))},
                   r.choice(("Downloads", "Uptime", "Latency", "Stars")))
        return el("div", {"display": "flex", "flexDirection": "column",
                          "alignItems": r.choice(("center", "flex-start"))},
                  [number, label], **({"key": f"stat-{r.randrange(99)}"} if self.p(0.3) else {}))

    def row(self, depth: int) -> dict[str, Any]:
        r = self.r
        style: dict[str, Any] = {"display": "flex", "flexDirection": r.choice(("row", "row", "column")),
                                 "alignItems": r.choice(("center", "flex-start", "stretch", "baseline"))}
        if self.p(0.6):
            style["gap"] = self.px(r.choice((4, 8, 16, 24)))
        if self.p(0.3):
            style["justifyContent"] = r.choice(("space-between", "center", "flex-end"))
        if self.p(0.25):
            style["flexWrap"] = "wrap"
        kids = self.kids(depth + 1, r.randint(1, 4))
        if self.p(0.15):  # an empty string or a falsy member between the items: joined or dropped by Satori
            kids.insert(r.randrange(len(kids) + 1), r.choice(("", None, False, 0)))
            self.f("row-odd-child")
        return el("div", style, kids)

    def kids(self, depth: int, count: int) -> list[Any]:
        out: list[Any] = []
        for _ in range(count):
            if self.budget <= 0:
                break
            node = self.node(depth)
            if isinstance(node, dict) and self.p(0.25):
                self.twist(node)
            out.append(node)
        return out or [self.text()]

    def twist(self, node: dict[str, Any]) -> None:
        """What designers add to any piece: a tilt, a fade, a clip, a nudge, a share of the parent."""
        r = self.r
        style = node["props"].setdefault("style", {})
        roll = r.random()
        if roll < 0.25:
            self.f("twist-transform")
            style["transform"] = r.choice(("rotate(-3deg)", "rotate(6deg) scale(1.05)", "translateY(-8px)",
                                           "scale(0.9)", "translate(-50%, 0)", "skewX(-8deg)", "rotate(90deg)"))
            if self.p(0.3):
                style["transformOrigin"] = r.choice(("top left", "center", "0 0", "100% 50%"))
        elif roll < 0.4:
            self.f("twist-opacity")
            style["opacity"] = r.choice((0.6, 0.85, "0.4", 0))
        elif roll < 0.55:
            self.f("twist-clip")
            style["overflow"] = "hidden"
            style.setdefault("borderRadius", self.px(r.choice((8, 20, 999))))
            if node["type"] not in ("img", "svg") and "display" not in style:
                style["display"] = "flex"
        elif roll < 0.7:
            self.f("twist-nudge")
            style["position"] = "relative"
            style[r.choice(("top", "bottom"))] = r.choice((self.px(-6), self.px(10), "10%", "-5%"))
            style[r.choice(("left", "right"))] = r.choice((self.px(12), "-2%", 0))
        elif roll < 0.85:
            self.f("twist-percent")
            style["width"] = r.choice(("50%", "33.333%", "100%", "75%"))
            if self.p(0.4):
                style["height"] = r.choice(("50%", "25%"))
        else:
            self.f("twist-shadow")
            style["boxShadow"] = r.choice(("0 10px 15px -3px rgba(0,0,0,0.1), 0 4px 6px -4px rgba(0,0,0,0.1)",
                                           "0 0 0 1px rgba(255,255,255,0.1)", "0 25px 50px -12px rgba(0,0,0,0.25)"))
            style.setdefault("backgroundColor", r.choice((*TRANSLUCENT, self.colour())))

    def node(self, depth: int) -> Any:
        self.budget -= 1
        roll = self.r.random()
        if depth > 4:
            roll = min(roll, 0.49)
        if roll < 0.28:
            return self.text()
        if roll < 0.34:
            return self.badge()
        if roll < 0.4:
            return self.avatar()
        if roll < 0.45:
            return self.img()
        if roll < 0.49:
            return self.icon()
        if roll < 0.54:
            return self.divider()
        if roll < 0.6:
            return self.stat()
        if roll < 0.72:
            return self.glass(depth)
        if roll < 0.8:
            return self.spill()
        return self.row(depth)

    def spill(self) -> dict[str, Any]:
        """A piece placed past the edges: negative margins, far off the canvas, wider than the canvas."""
        r = self.r
        roll = r.random()
        piece = r.choice((self.badge, self.avatar, self.text))()
        style = piece["props"].setdefault("style", {})
        if roll < 0.35:
            self.f("negative-margin")
            style[r.choice(("marginLeft", "marginTop", "margin"))] = -self.px(r.choice((8, 40, 200)))
        elif roll < 0.65:
            self.f("absolute-spill")
            style["position"] = "absolute"
            style[r.choice(("left", "right"))] = r.choice((-self.px(60), -self.px(20), self.px(1100), 5000, -3000))
            style[r.choice(("top", "bottom"))] = r.choice((-self.px(30), self.px(500), 9000, -40))
        else:
            self.f("wider-than-canvas")
            return el("div", {"display": "flex", "width": r.choice(("150%", 3000, "200%")), "flexShrink": 0,
                              "backgroundColor": r.choice(TRANSLUCENT), "padding": self.px(12)}, [piece])
        return piece

    # --- the canvas -------------------------------------------------------------------------------

    def backdrop(self, root: dict[str, Any], width: int, height: int) -> list[Any]:
        """The root's background; a full-bleed photo under a scrim returns them as first children."""
        r = self.r
        roll = r.random()
        if roll < 0.3:
            root["backgroundColor"] = self.colour()
            return []
        if roll < 0.6:
            self.f("bg-gradient")
            stops = ", ".join(self.colour() for _ in range(r.randint(2, 3)))
            root["backgroundImage"] = r.choice((f"linear-gradient(135deg, {stops})",
                                                f"linear-gradient(to bottom right, {stops})",
                                                f"radial-gradient(circle at 30% 20%, {stops})",
                                                f"radial-gradient(ellipse at top, {stops})"))
            if self.p(0.3):
                root["backgroundColor"] = self.colour()
            return []
        if roll < 0.8:
            self.f("photo-scrim")
            src, _, _ = self.picture()
            photo = el("img", {"position": "absolute", "top": 0, "left": 0, "width": "100%", "height": "100%",
                               "objectFit": "cover"}, None, src=src)
            scrim = el("div", {"position": "absolute", "top": 0, "left": "0", "right": 0, "bottom": "0",
                               "backgroundImage": r.choice(SCRIMS)})
            root["backgroundColor"] = "#000"
            return [photo, scrim]
        self.f("bg-url")
        src, _, _ = self.picture()
        root["backgroundImage"] = f"url({src})" if self.p(0.6) else f"url('{src}')"
        root["backgroundSize"] = r.choice(("cover", "100% 100%", f"{self.px(64)}px {self.px(64)}px", "contain"))
        if self.p(0.5):
            root["backgroundPosition"] = r.choice(("center", "top left", "50% 50%"))
        return []


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` locates the fonts, which sit beside the image assets)."""
    g = _Venusian(seed, assets, small)
    r = g.r
    w, h = r.choice(SMALL_CANVASES if small else CANVASES)
    g.f(f"canvas-{'tiny' if w * h < 100 else 'tall' if h > w else 'wide'}")
    if r.random() < 0.6:  # sized for this canvas; otherwise written for 1200x630 and drawn here anyway
        g.scale = min(w / 1200, h / 630) if w * h >= 100 else 1.0
        g.f("scaled")
    doc: dict[str, Any] = {"width": w, "height": h}
    if r.random() < 0.65:
        picked = sorted(set(r.sample(range(len(FACES)), r.randint(1, 6))))
        fonts_dir = f"{assets.rstrip('/')}/../fonts"
        doc["fonts"] = []
        for i in picked:
            family, file, weight, style, lang = FACES[i]
            entry: dict[str, Any] = {"name": family, "path": f"{fonts_dir}/{file}", "weight": weight, "style": style}
            if lang and r.random() < 0.7:
                entry["lang"] = lang
                g.f("font-lang")
            doc["fonts"].append(entry)
            if family not in g.families:
                g.families.append(family)
        g.korean = any(FACES[i][0] in ("Nanum Gothic", "Noto Sans KR") for i in picked)
        g.japanese = any(FACES[i][0] == "Noto Sans JP" for i in picked)
        g.f(f"fonts-{len(picked)}")
    if r.random() < 0.35:
        doc["emoji"] = r.choice(EMOJI_SETS)
        g.f("emoji-" + doc["emoji"])
    if r.random() < 0.25:
        doc["debug"] = True
        g.f("debug")
    g.budget = r.randint(2, 10 if small else 30)
    root: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%",
                            "flexDirection": r.choice(("column", "column", "row")),
                            "padding": r.choice((g.px(64), f"{g.px(48)}px {g.px(80)}px", 0, "0")),
                            "color": r.choice(("#fff", "#0f172a", "white"))}
    if r.random() < 0.6:
        root["justifyContent"] = r.choice(("center", "space-between", "flex-end"))
    if r.random() < 0.5:
        root["alignItems"] = r.choice(("center", "flex-start"))
    if r.random() < 0.5:
        root["gap"] = g.px(r.choice((12, 24, 32)))
    if g.families and r.random() < 0.5:
        root["fontFamily"] = r.choice(g.families)
    if r.random() < 0.2:
        root["position"] = "relative"
    kids = g.backdrop(root, w, h)
    if r.random() < 0.7:
        kids.append(g.text(big=True))
    while g.budget > 0:
        kids.append(g.node(1))
    lang = g.lang()
    doc["element"] = el("div", root, kids, **lang)
    return Generated(seed, doc, tuple(sorted(g.features)))
