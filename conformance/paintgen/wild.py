"""Sixth generator of random documents: cards with CSS typed the way authors and exporters type it.

Role: ``document(seed, assets, small) -> Generated``, the same contract as :mod:`.generate`. The other
generators write values in the spellings pureog's authors think of; real trees (hand-written JSX, trees
exported by design tools and other renderers) carry everything else CSS allows: colours in mixed case
(``RED``, ``#ABC``, ``#aabbccdd``, ``Transparent``, ``currentcolor``), extra whitespace inside and
around values, ``0`` without a unit, ``.5em``, ``1e1px``, negative lengths, ``!important``; shorthands in
all their forms (``background`` with images, ``border``/``borderTop`` in any order, ``borderRadius``
with ``/``, ``font``, ``textDecoration`` with style and colour, ``boxShadow`` lists with ``inset``
first, ``transform`` lists mixing deg/rad/grad, ``backgroundImage`` lists of ``url()`` and gradients,
``backgroundPosition`` keywords with offsets, ``backgroundSize`` keywords and pairs); kebab-case keys;
opacity as strings and percentages; properties Satori ignores (``cursor``, ``zIndex``, ``transition``,
``userSelect``) beside ones it reads; inherited text properties set high in the tree; text with
emoji, Korean and Cyrillic.

Its documents are meant for the raw path: ``python -m conformance.paintgen --generator wild`` sends the
stored tree to Next as written (not pureog's reading of it), so a spelling pureog reads differently
shows. Spellings Next is known to draw wrongly (spec/differences.md) are drawn too, each tagged
``L:<row>``, so the summary can tell them from real mismatches. Imports only the standard library.
"""

from __future__ import annotations

import posixpath
import random
import re
from typing import Any

from conformance.paintgen.generate import Generated

SIZES = ((400, 210), (480, 252), (360, 240), (320, 320))
SMALL_SIZES = ((240, 126), (200, 150), (180, 180))
NAMED = ("red", "RED", "Red", "navy", "Teal", "white", "WHITE", "black", "Black", "tomato", "SteelBlue",
         "darkSlateGray", "gold", "HotPink", "indigo", "ivory", "lightgray", "LightGrey", "Orange", "crimson",
         "MidnightBlue", "coral", "seagreen", "slategray", "WhiteSmoke")
WORDS = ("Ship", "faster", "with", "our", "new", "API", "Open", "Graph", "cards", "for", "every", "page",
         "Release", "notes", "v2.0", "—", "is", "here", "Docs", "blog", "by", "Jane", "Doe", "2026", "#1",
         "don't", "café", "naïve", "100%", "$49/mo", "&", "(beta)")
SCRIPTS = ("🚀", "✨", "👋", "🎉", "🔥", "❤️", "👍🏽", "안녕하세요", "한국어", "Привет", "мир", "日本")
INHERITED_FONTS = (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Bold.ttf", 700, "normal"),
                   ("Geist", "Geist-Light.ttf", 300, "normal"), ("Roboto", "Roboto-Regular.ttf", 400, "normal"),
                   ("Roboto", "Roboto-Bold.ttf", 700, "normal"), ("Nanum", "NanumGothic-subset.ttf", 400, "normal"),
                   ("Noto Sans", "NotoSans-Italic-cyrillic.ttf", 400, "italic"))
IMAGES = ("avatar.png", "photo.jpg", "photo.png", "tile.png", "logo.svg", "alpha.png")
IMPORTANT_OK = frozenset({"backgroundColor", "width", "height", "fontSize", "lineHeight", "opacity",
                          "gap", "fontWeight", "letterSpacing", "textTransform", "boxShadow"})
IMPORTANT_LISTED = frozenset({"fontWeight", "lineHeight", "boxShadow"})
"""Where Next draws ``!important`` wrongly (differences.md: an unreadable weight picks the boldest face,
an unreadable line height hides the text, an unreadable shadow is black); a numeric weight is read."""
SHORTHAND_COLOR = frozenset({"color", "background", "border", "borderTop", "borderBottom", "borderLeft", "borderRight",
                             "borderColor", "borderTopColor", "textDecoration", "textShadow"})
"""Properties css-to-react-native parses: a colour name or function not in lower case throws there
(``color`` too: Satori writes its text for ``currentColor`` into the shorthands)."""
IGNORED = (("cursor", "pointer"), ("zIndex", "10"), ("transition", "all .2s ease-in-out"), ("userSelect", "none"),
           ("pointerEvents", "none"), ("WebkitFontSmoothing", "antialiased"), ("willChange", "transform"),
           ("outline", "none"), ("zIndex", "-1"))


def kebab(name: str) -> str:
    """``backgroundColor`` -> ``background-color`` (``WebkitX`` -> ``-webkit-x``), as exported trees carry."""
    text = re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), name)
    return text


class _Wild:
    """One card's random choices; ``features`` names what was drawn."""

    def __init__(self, seed: int, assets: str) -> None:
        self.r = random.Random(seed)
        self.assets = assets.rstrip("/")
        self.features: set[str] = set()

    def tag(self, name: str) -> None:
        self.features.add(name)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # -- values ---------------------------------------------------------------------------------------
    def color(self, opaque: bool = False) -> str:
        r = self.r
        k = r.random()
        if k < 0.3:
            name = r.choice(NAMED)
            if name != name.lower():
                self.tag("color-case")
            return name
        if k < 0.42:
            return "#" + "".join(r.choice("0123456789ABCDEF") for _ in range(3))
        if k < 0.56:
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(6))
        if k < 0.62 and not opaque:
            self.tag("color-hex-alpha")
            return "#" + "".join(r.choice("0123456789abcdef") for _ in range(r.choice((4, 8))))
        if k < 0.72:
            c = [r.randrange(256) for _ in range(3)]
            if not opaque and self.chance(0.5):
                return f"rgba({c[0]},{c[1]},{c[2]},{r.choice(('.5', '0.25', '0.8', '.1'))})"
            self.tag("color-rgb")
            return r.choice((f"rgb({c[0]}, {c[1]}, {c[2]})", f"rgb({c[0]},{c[1]},{c[2]})",
                             f"rgb( {c[0]} , {c[1]} , {c[2]} )", f"RGB({c[0]}, {c[1]}, {c[2]})"))
        if k < 0.77:
            self.tag("L:rgb-space")  # differences.md: space syntax with / alpha paints black
            c = [r.randrange(256) for _ in range(3)]
            return f"rgb({c[0]} {c[1]} {c[2]} / {r.choice(('50%', '0.5', '80%'))})"
        if k < 0.84:
            self.tag("color-hsl")
            return f"hsl({r.randrange(360)}, {r.randrange(30, 100)}%, {r.randrange(20, 80)}%)"
        if k < 0.87:
            self.tag("L:hsl-space")  # differences.md: space syntax, deg hue paints black
            return f"hsl({r.randrange(360)}deg {r.randrange(30, 100)}% {r.randrange(20, 80)}%)"
        if k < 0.93 and not opaque:
            self.tag("color-transparent")
            return r.choice(("transparent", "Transparent", "TRANSPARENT"))
        self.tag("currentColor")
        return r.choice(("currentColor", "currentcolor", "CurrentColor"))

    def px(self, lo: int, hi: int) -> Any:
        """A length as people type it: number, ``12px``, ``0``, ``.5em``, ``1e1px``, spaces around."""
        r = self.r
        n = r.randint(lo, hi)
        k = r.random()
        if n == 0 and k < 0.5:
            self.tag("zero-unitless")
            return r.choice((0, "0", " 0 "))
        if k < 0.35:
            return n
        if k < 0.65:
            return f"{n}px"
        if k < 0.72:
            self.tag("unit-em-dot")
            return f"{n / 16:.3g}em".replace("0.", ".", 1) if n < 16 else f"{n / 16:.3g}em"
        if k < 0.78:
            self.tag("unit-rem")
            return f"{n / 16:.3g}rem"
        if k < 0.83 and n % 10 == 0 and n:
            self.tag("exponent")
            return f"{n // 10}e1px"
        if k < 0.9:
            self.tag("value-spaces")
            return f"  {n}px "
        return f"{n}.0px"

    def sides(self, lo: int, hi: int) -> Any:
        r = self.r
        count = r.choice((1, 1, 2, 2, 3, 4))
        if count == 1:
            return self.px(lo, hi)
        self.tag(f"sides-{count}")
        parts = []
        for _ in range(count):
            v = self.px(lo, hi)
            parts.append(str(v).strip() if not isinstance(v, int) else (f"{v}px" if v else "0"))
        return " ".join(parts)

    def important(self, key: str, value: Any) -> Any:
        """``!important`` where Next takes it (a longhand Satori reads itself; shorthands and keyword
        properties throw)."""
        if isinstance(value, str) and key in IMPORTANT_OK and self.chance(0.08):
            self.tag("important")
            if key in IMPORTANT_LISTED and not (key == "fontWeight" and value.strip()[:1].isdigit()):
                self.tag(f"L:{key}-important")
            return value + self.r.choice((" !important", "!important"))
        return value

    def gradient(self) -> str:
        r = self.r
        stops = [self.color() for _ in range(r.randint(2, 3))]
        if self.chance(0.3):
            stops[0] += " 0%"
            stops[-1] += " 100%"
        k = r.random()
        if k < 0.6:
            self.tag("linear-gradient")
            head = r.choice(("", "to right, ", "to bottom right, ", "135deg, ", "90deg, ", "-45deg, ",
                             "0.25turn, ", "1rad, ", "to top left, "))
            return f"linear-gradient({head}{', '.join(stops)})"
        if k < 0.85:
            self.tag("radial-gradient")
            head = r.choice(("", "circle, ", "circle at center, ", "ellipse at top, ", "circle at 20% 30%, ",
                             "closest-side, "))
            return f"radial-gradient({head}{', '.join(stops)})"
        self.tag("repeating-gradient")
        return f"repeating-linear-gradient(45deg, {stops[0]} 0 10px, {stops[1]} 10px 20px)"

    def url(self) -> str:
        name = self.r.choice(IMAGES)
        q = self.r.choice(("", "'", '"'))
        return f"url({q}{self.assets}/{name}{q})"

    # -- style groups ---------------------------------------------------------------------------------
    def background(self, s: dict[str, Any]) -> None:
        r = self.r
        k = r.random()
        if k < 0.3:
            self.tag("background-color")
            s["background"] = self.color()
        elif k < 0.5:
            self.tag("background-gradient")
            s["background"] = self.gradient()
        elif k < 0.65:
            s["backgroundColor"] = self.color()
        elif k < 0.85:
            self.tag("backgroundImage-list")
            layers = [self.gradient() if self.chance(0.6) else self.url() for _ in range(r.randint(1, 3))]
            if any("url(" in x for x in layers):
                self.tag("url-background")
            s["backgroundImage"] = ", ".join(layers)
            if self.chance(0.6):
                self.tag("backgroundSize")
                s["backgroundSize"] = r.choice(("cover", "contain", "100% 100%", "50% auto", "40px 40px",
                                                "auto", "cover, 30px 30px"))  # one length throws in Next
            if self.chance(0.5):
                self.tag("backgroundPosition")
                s["backgroundPosition"] = r.choice(("center", "top right", "right 10px top 5px", "50% 50%",
                                                    "left bottom", "center top", "10px 20px", "right 20% bottom"))
            if self.chance(0.4):
                self.tag("backgroundRepeat")
                s["backgroundRepeat"] = r.choice(("no-repeat", "repeat-x", "repeat", "repeat-y", "space",
                                                  "round"))
            if self.chance(0.3):
                s["backgroundColor"] = self.color()

    def border(self, s: dict[str, Any]) -> None:
        r = self.r
        width = f"{r.randint(1, 5)}px"
        style = r.choice(("solid", "solid", "dashed", "SOLID"))
        color = self.color(opaque=True)
        parts = [width, style, color]
        if self.chance(0.3):
            self.tag("border-order")
            r.shuffle(parts)
        key = r.choice(("border", "border", "borderTop", "borderBottom", "borderLeft", "borderRight"))
        self.tag("border-shorthand" if key == "border" else "border-side")
        s[key] = " ".join(parts)
        if self.chance(0.15):
            self.tag("border-longhand-over")
            key = r.choice(("borderColor", "borderTopColor", "borderWidth"))
            s[key] = self.px(1, 4) if key == "borderWidth" else self.color(opaque=True)

    def radius(self, s: dict[str, Any]) -> None:
        r = self.r
        self.tag("borderRadius")
        k = r.random()
        if k < 0.5:
            s["borderRadius"] = r.choice((self.px(2, 24), "50%", "9999px", "1em"))
        elif k < 0.75:
            self.tag("radius-slash")
            s["borderRadius"] = r.choice(("10px / 20px", "20px 10px / 5px", "50% / 30%", "8px 16px 8px 16px / 4px",
                                          "1em/2em"))
        elif k < 0.9:
            self.tag("radius-sides")
            s["borderRadius"] = r.choice(("0 12px 0 12px", "6px 18px", "4px 8px 12px", "24px 24px 0 0"))
        else:
            self.tag("radius-longhand")
            s[r.choice(("borderTopLeftRadius", "borderBottomRightRadius"))] = self.px(4, 30)

    def shadow(self, s: dict[str, Any]) -> None:
        r = self.r
        self.tag("boxShadow")
        items = []
        for _ in range(r.choice((1, 1, 2, 3))):
            x, y, b = r.randint(-6, 6), r.randint(-6, 8), r.choice((0, 2, 4, 10, 20))
            spread = f" {r.randint(-3, 4)}px" if self.chance(0.4) else ""
            body = f"{x}px {y}px {b}px{spread} {self.color()}".replace(" 0px ", " 0 ")
            if self.chance(0.25):
                self.tag("shadow-inset")
                body = "inset " + body
            items.append(body)
        if len(items) > 1:
            self.tag("shadow-list")
        s["boxShadow"] = ", ".join(items)

    def transform(self, s: dict[str, Any]) -> None:
        r = self.r
        self.tag("transform")
        fns = []
        for _ in range(r.randint(1, 3)):
            k = r.random()
            if k < 0.2:
                fns.append(f"rotate({r.randint(-20, 20)}deg)")
            elif k < 0.3:
                self.tag("angle-rad")
                fns.append(f"rotate({r.choice(('0.1rad', '-.2rad', '0.3rad'))})")
            elif k < 0.38:  # grad and turn angles throw in Next ("Failed to parse declaration")
                fns.append(f"rotate({r.choice(('-4deg', '7.5deg', '0deg', '45deg'))})")
            elif k < 0.55:
                # em throws in a transform in Next
                fns.append(f"translate({r.randint(-12, 12)}px, {r.choice(('5px', '-10%', '0', '.5px'))})")
            elif k < 0.65:
                fns.append(f"translateX({r.choice(('10px', '-5%', '1e1px', '-8px'))})")
            elif k < 0.8:
                fns.append(f"scale({r.choice(('0.9', '1.1', '.95', '1.05, .9', '-1, 1'))})")
            else:
                self.tag("skew")
                fns.append(f"skew{r.choice(('', 'X', 'Y'))}({r.randint(-12, 12)}deg)")
        s["transform"] = " ".join(fns)
        if self.chance(0.3):
            self.tag("transformOrigin")
            s["transformOrigin"] = r.choice(("top left", "center", "0 0", "100% 0", "left center", "20px 10px"))

    def opacity(self, s: dict[str, Any]) -> None:
        self.tag("opacity")
        value = self.r.choice((0.5, "0.8", ".6", "50%", "75%", 0.9, "1"))
        if isinstance(value, str) and value.endswith("%"):
            self.tag("opacity-percent")
        s["opacity"] = value

    def text_props(self, s: dict[str, Any], inherited: bool) -> None:
        """Text properties; on a container (``inherited``) they reach every text below."""
        r = self.r
        if self.chance(0.5):
            s["color"] = self.color(opaque=True)
        if self.chance(0.45):
            s["fontSize"] = r.choice((self.px(10, 36), "1.25em", ".875rem", "2em", "18px", 14))
        if self.chance(0.3):
            self.tag("lineHeight")
            s["lineHeight"] = r.choice((1.2, "1.5", "24px", "120%", "normal", 1, "1.1em", ".9"))
        if self.chance(0.25):
            self.tag("textTransform" + ("-inherited" if inherited else ""))
            s["textTransform"] = r.choice(("uppercase", "lowercase", "capitalize", "none"))
        if self.chance(0.25):
            self.tag("letterSpacing" + ("-inherited" if inherited else ""))
            s["letterSpacing"] = r.choice(("-0.02em", "0.1em", "1px", "-.5px", 2, "0.05rem", "normal"))
        if self.chance(0.3):
            self.tag("fontWeight")
            s["fontWeight"] = r.choice((700, "700", "bold", "normal", 300, "300", 400, "600"))
        if self.chance(0.12):
            self.tag("font-shorthand")
            # css-to-react-native's font: one unquoted family, a line height only with a unit (quotes,
            # a fallback list, `/1.5` or `/normal` throw in Next)
            size = r.choice(("16px", "20px", "1.2em", "24px", "14px"))
            lh = r.choice(("", "", "/24px", "/1.4em"))
            if lh.endswith("px"):  # differences.md: Next reads the px as a multiple of the font size
                self.tag("L:font-lineheight-px")
            family = r.choice(("Geist", "Roboto"))
            s["font"] = f"{r.choice(('', 'bold ', 'italic ', '300 ', 'normal ', 'italic bold '))}{size}{lh} {family}"
        if self.chance(0.15):
            self.decoration(s)
        if self.chance(0.1):
            self.tag("textShadow")
            s["textShadow"] = f"{r.randint(-2, 2)}px {r.randint(0, 3)}px {r.choice((0, 2, 4))}px {self.color()}"

    def decoration(self, s: dict[str, Any]) -> None:
        r = self.r
        self.tag("textDecoration")
        line = r.choice(("underline", "line-through", "underline line-through", "none"))
        if line == "none":  # `none` with a style or colour beside it crashes Next (null values)
            s["textDecoration"] = line
            return
        parts = [line]
        if self.chance(0.5):
            self.tag("textDecoration-style")
            parts.append(r.choice(("solid", "dashed", "dotted", "double")))
        if self.chance(0.6):
            self.tag("textDecoration-color")
            parts.append(self.color(opaque=True))
        if self.chance(0.3):
            r.shuffle(parts)
        s["textDecoration"] = " ".join(parts)

    def extras(self, s: dict[str, Any]) -> None:
        if self.chance(0.25):
            self.tag("ignored-props")
            key, value = self.r.choice(IGNORED)
            s[key] = value

    def finish(self, s: dict[str, Any]) -> dict[str, Any]:
        """Kebab-case keys and ``!important`` on some declarations, as exported trees have them."""
        out: dict[str, Any] = {}
        kebab_all = self.chance(0.15)
        for key, value in s.items():
            camel = key
            if kebab_all or self.chance(0.08):
                if key != kebab(key):
                    self.tag("kebab-keys")
                key = kebab(key)
            if camel in SHORTHAND_COLOR and isinstance(value, str):
                value = value.lower()
            out[key] = self.important(camel, value)
        return out

    # -- elements -------------------------------------------------------------------------------------
    def words(self, lo: int, hi: int) -> str:
        r = self.r
        words = [r.choice(WORDS) for _ in range(r.randint(lo, hi))]
        if self.chance(0.35):
            self.tag("text-emoji-script")
            words.insert(r.randrange(len(words) + 1), r.choice(SCRIPTS))
        return " ".join(words)

    def text(self, depth: int) -> dict[str, Any]:
        r = self.r
        tag = r.choice(("div", "div", "p", "span", "h1", "h2", "h3"))
        s: dict[str, Any] = {}
        if tag == "div":
            s["display"] = "flex"
        self.text_props(s, inherited=False)
        if self.chance(0.2):
            s["margin"] = self.sides(0, 8)
        if self.chance(0.1):
            self.opacity(s)
        if self.chance(0.2):
            self.layout_text(s)
        self.extras(s)
        children: Any = self.words(1, 7)
        if tag == "p" and self.chance(0.5):
            children = self.runs()
        elif tag == "div" and self.chance(0.2) and s.get("display") == "flex":  # several children need flex
            children = self.jsx_children()
        return {"type": tag, "props": {"style": self.finish(s), "children": children}}

    def layout_text(self, s: dict[str, Any]) -> None:
        """Alignment, truncation and sizes as card authors set them on a title."""
        r = self.r
        k = r.random()
        if k < 0.35:
            self.tag("textAlign")
            s["textAlign"] = r.choice(("center", "right", "left"))
        elif k < 0.6:
            self.tag("ellipsis")
            s.update({"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis",
                      "maxWidth": r.choice(("120px", "60%", 140))})
        elif k < 0.75:
            self.tag("lineClamp")
            s.update({"display": "block", "lineClamp": r.choice((1, 2, "2")), "width": r.choice((90, "110px"))})
        else:
            self.tag("unitless-string")  # numbers typed as strings without a unit
            s[r.choice(("fontSize", "maxWidth", "paddingLeft"))] = r.choice(("16", "24", "120", "8"))

    def runs(self) -> list[Any]:
        """A paragraph of text runs with inline elements, as JSX writes ``Hello <b>world</b>!``."""
        r = self.r
        self.tag("inline-runs")
        out: list[Any] = []
        for _ in range(r.randint(2, 4)):
            out.append(self.words(1, 3) + " ")
            tag = r.choice(("b", "strong", "i", "em", "span", "a", "code"))
            props: dict[str, Any] = {"children": self.words(1, 2)}
            if self.chance(0.5):
                props["style"] = self.finish({"color": self.color(opaque=True)} if self.chance(0.5)
                                             else {"textDecoration": "underline"})
            if tag == "a":
                props["href"] = "/blog/post"
            out.append({"type": tag, "props": props})
        return out

    def jsx_children(self) -> list[Any]:
        """Children as React leaves them: numbers, and false/null from ``{cond && <x/>}``."""
        r = self.r
        self.tag("jsx-children")
        out: list[Any] = [self.words(1, 2) + " ", r.choice((42, 2026, 0, 3.5))]
        out.insert(r.randrange(3), r.choice((False, None, "")))
        return out

    def badge(self) -> dict[str, Any]:
        s: dict[str, Any] = {"display": "flex", "padding": self.sides(2, 10)}
        self.tag("badge")
        if self.chance(0.7):
            self.background(s)
        if self.chance(0.5):
            self.border(s)
        if self.chance(0.7):
            self.radius(s)
        self.text_props(s, inherited=False)
        return {"type": "span" if self.chance(0.5) else "div",
                "props": {"style": self.finish(s), "children": self.words(1, 2)}}

    def image(self) -> dict[str, Any]:
        r = self.r
        self.tag("img")
        size = r.choice((32, 48, 64, 40))
        s: dict[str, Any] = {}
        if self.chance(0.6):
            self.radius(s)
        if self.chance(0.3):
            self.border(s)
        if self.chance(0.3):
            self.tag("objectFit")
            s["objectFit"] = r.choice(("cover", "contain"))
        props: dict[str, Any] = {"src": f"{self.assets}/{r.choice(IMAGES)}", "width": size,
                                 "height": r.choice((size, str(size)))}
        if s:
            props["style"] = self.finish(s)
        return {"type": "img", "props": props}

    def box(self, depth: int, w: int, h: int) -> dict[str, Any]:
        r = self.r
        s: dict[str, Any] = {"display": "flex"}
        if self.chance(0.5):
            s["flexDirection"] = r.choice(("row", "column", "row-reverse"))
        if self.chance(0.4):
            s["alignItems"] = r.choice(("center", "flex-start", "flex-end", "stretch"))
        if self.chance(0.3):
            s["justifyContent"] = r.choice(("center", "space-between", "flex-end", "space-around"))
        if self.chance(0.4):
            s["gap"] = self.px(2, 12)
        if self.chance(0.5):
            s["padding"] = self.sides(0, 16)
        if self.chance(0.35):
            s["width"] = r.choice((self.px(w // 6, w // 2), "50%", "100%", "auto"))
        if self.chance(0.3):
            s["height"] = self.px(h // 8, h // 3)
        if self.chance(0.15):
            self.tag("margin-negative")
            s["margin"] = self.sides(-8, 8)
        if self.chance(0.6):
            self.background(s)
        if self.chance(0.35):
            self.border(s)
        if self.chance(0.4):
            self.radius(s)
        if self.chance(0.3):
            self.shadow(s)
        if self.chance(0.15):
            self.transform(s)
        if self.chance(0.1):
            self.opacity(s)
        if self.chance(0.1):
            self.tag("overflow-hidden")
            s["overflow"] = "hidden"
        if self.chance(0.3):
            self.text_props(s, inherited=True)
        self.extras(s)
        children: list[Any] = []
        for _ in range(r.randint(1, 3)):
            k = r.random()
            if depth < 2 and k < 0.35:
                children.append(self.box(depth + 1, w, h))
            elif k < 0.5:
                children.append(self.badge())
            elif k < 0.6:
                children.append(self.image())
            else:
                children.append(self.text(depth))
        return {"type": "div", "props": {"style": self.finish(s),
                                         "children": children[0] if len(children) == 1 else children}}


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The random wild card of ``seed`` (``assets`` locates the fonts directory beside it)."""
    g = _Wild(seed, assets)
    r = g.r
    fonts_dir = posixpath.join(posixpath.dirname(assets.rstrip("/")), "fonts")
    w, h = r.choice(SMALL_SIZES if small else SIZES)
    s: dict[str, Any] = {"display": "flex", "flexDirection": "column", "width": r.choice(("100%", w, f"{w}px")),
                         "height": r.choice(("100%", h)), "fontFamily": r.choice(("Geist", "Roboto", "Geist, Nanum"))}
    s["padding"] = g.sides(4, 24)
    if r.random() < 0.3:
        g.tag("fontFamily-list")
        s["fontFamily"] = r.choice(('"Geist", sans-serif', "'Roboto', Geist, system-ui", "Geist,Nanum", "Roboto"))
    g.background(s)
    g.text_props(s, inherited=True)
    if "color" in s:
        g.tag("root-color")
    g.extras(s)
    children = [g.box(1, w, h) if r.random() < 0.6 else g.text(1) for _ in range(r.randint(1, 4))]
    # every face a script needs comes last: Satori draws a character with the first font that has it
    fonts = [{"name": n, "path": f"{fonts_dir}/{f}", "weight": wt, "style": st} for n, f, wt, st in INHERITED_FONTS]
    root = {"type": "div", "props": {"style": g.finish(s), "children": children}}
    return Generated(seed, {"width": w, "height": h, "fonts": fonts, "element": root}, tuple(sorted(g.features)))


__all__ = ["document", "kebab"]
