"""Fourth generator of random layout trees: card-shaped documents as authors build OG images.

Role: the other three generators draw trees by rule (:mod:`conformance.layout.generate`: what the flex
algorithm reads; :mod:`conformance.layout.generate_wide`: how authors spell it;
:mod:`conformance.layout.generate_layoutgen2`: independent edge values, deep chains, wide rows). None
of them builds what OG cards are made of, so this one draws *card parts* and fills them with
realistic values:

- a root filling the canvas (padding in px or %, borders, a column of parts, space-between);
- a header (avatar ``<img>`` or initials disc with a fixed size, name and handle in two font sizes,
  a badge pushed right by ``marginLeft: auto``), a title (h1/h2/p, 28-80 px, line heights,
  letter spacing, ``maxWidth`` in %, a line clamp by ``maxHeight`` + ``overflow: hidden``);
- a tag row (``flexWrap: wrap`` with row and column gaps in px and %, ``alignContent``, pill tags
  with borders and % padding, nested wrapping groups);
- stat tiles (``flex: 1``, ``flexBasis`` 0 / auto / content / %, min and max widths, borders +
  padding in %, number and label texts, ``aspectRatio`` on an ``<img>``);
- a footer (logo, ``marginLeft/Right: auto``, ``justifyContent``), absolutely placed badges and
  ribbons (negative insets, % insets), negative margins (overlapping avatars), ``display: none``;
- canvases of OG sizes, 1.5-3x the usual (coordinates past 1,000 px), and small thumbnails; a third
  of the cards scaled as a whole (0.333x-2.25x, px values only), which makes their round numbers
  fractional; half of them remixed by a second author (px written as em, rem, vw, vh; reversed
  axes; alignSelf; position: relative nudges).

Text is treated as cards treat it (balanced wrapping, ``lineClamp``, ``WebkitLineClamp``, one-line
ellipses, ``textTransform``, ``pre-wrap`` spaces, ``textIndent``, rich text with a bold or larger
span). Four cards in ten bring their own fonts (Roboto Regular/Bold; Geist Light to Black with an
italic; Geist + Geist Mono + Roboto), handed to Satori and pureog alike (a case's ``fonts``, which
``satori_boxes.mjs`` and :mod:`conformance.layout.check` read), with ``fontFamily`` lists, weights
and italics; the others use the default face (Geist Regular, Next's), to which every family falls
back.

Input -> output: a seed -> cases ``{"id", "width", "height", "element"}``; ``--out`` lays them out
with the real Satori (``satori_boxes.mjs``) and writes a corpus file in the format of the others
(checked by :mod:`conformance.layout.check`); ``--compare`` lays fresh trees out with Satori and
pureog and prints the mismatches. Dev tool: the standard library, the sibling generators' Satori
runner, and (for ``--compare``) :mod:`pureog` through :mod:`conformance.layout.check`.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_cards --seed 1 --count 3 --print
    python -m conformance.layout.generate_cards --seed 1 --count 500 --compare
    python -m conformance.layout.generate_cards --seed 1 --count 500 --out /tmp/cards-1.json
"""

from __future__ import annotations

import random
from typing import Any

from conformance.layout.generate import corpus_builder, run_cli
from conformance.layout.generate_layoutgen2 import compare

GENERATOR = "cards"
GENERATOR_VERSION = 3

_CANVAS = ((1200, 630), (1200, 630), (1200, 600), (800, 418), (1080, 1080), (1600, 900), (2400, 1260),
           (3600, 1890), (600, 315), (400, 400), (1920, 1005), (1201, 631), (1199, 627))
_NAMES = ("Ada Lovelace", "Grace Hopper", "Linus", "Margaret Hamilton", "Ken Thompson", "A. N. Other",
          "Dr. Katherine Johnson-Goble")
_HANDLES = ("@ada", "@grace_h", "@torvalds", "@mh1969", "@ken", "@someone_with_a_long_handle")
_TITLES = (
    "Introducing pureog 2.0",
    "How we cut our build times in half with incremental caching",
    "The quick brown fox jumps over the lazy dog",
    "Open Graph images, rendered in Python",
    "Why float32 matters: a tale of one pixel",
    "Donaudampfschifffahrtsgesellschaftskapitän",
    "Ship it!",
    "A short guide to flexbox, min-width: 0 and other mysteries of layout engines",
    "Q3 results: revenue up 12 % year over year",
)
_BODY = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
    "Render cards at the edge without a browser. Fonts, emoji, gradients and SVG included.",
    "A deep dive into how Yoga lays out your boxes.",
    "Join 12,000 developers who already use it.",
)
_TAGS = ("python", "layout", "yoga", "flexbox", "OG", "design-systems", "v2.0.1", "new", "open source", "a11y",
         "performance", "typescript")
_STATS = (("1,234", "stars"), ("98.6 %", "uptime"), ("12k", "downloads / week"), ("42", "contributors"),
          ("3.2 s", "build"), ("0", "issues"), ("$1.2M", "ARR"))
_FONT_FAMILY = (None, None, "Geist", "Inter", "monospace", "system-ui, sans-serif")
_F = "conformance/fonts/"
# Font sets a card may bring (ImageResponse's `fonts`, which replace the default face on both sides),
# with the fontFamily values its texts use.
_FONT_SETS: tuple[tuple[tuple[dict[str, Any], ...], tuple[str, ...]], ...] = (
    (({"name": "Roboto", "path": _F + "Roboto-Regular.ttf", "weight": 400},
      {"name": "Roboto", "path": _F + "Roboto-Bold.ttf", "weight": 700}), ("Roboto",)),
    (({"name": "Geist", "path": _F + "Geist-Light.ttf", "weight": 300},
      {"name": "Geist", "path": _F + "Geist-Regular.ttf", "weight": 400},
      {"name": "Geist", "path": _F + "Geist-Italic.ttf", "weight": 400, "style": "italic"},
      {"name": "Geist", "path": _F + "Geist-Bold.ttf", "weight": 700},
      {"name": "Geist", "path": _F + "Geist-Black.ttf", "weight": 900}), ("Geist",)),
    (({"name": "Geist", "path": _F + "Geist-Regular.ttf", "weight": 400},
      {"name": "Geist Mono", "path": _F + "GeistMono-Regular.ttf", "weight": 400},
      {"name": "Roboto", "path": _F + "Roboto-Regular.ttf", "weight": 400}),
     ("Geist", "Geist Mono", "Roboto", "Geist Mono, Roboto", "Roboto, Geist")),
)
_PNG_96 = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEklEQVR4nGP4z8CAFWEXJUsCAFpe"
           "H+EeQoQoAAAAAElFTkSuQmCC")  # 8x4
_PNG_TALL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAAGCAIAAACJh7NbAAAAD0lEQVR4nGNgYPgPQ6SyAAhQ"
             "Ee+mAnSXAAAAAElFTkSuQmCC")  # 3x6
_SVG_WIDE = ("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0MCIg"
             "aGVpZ2h0PSIyMCI+PHJlY3Qgd2lkdGg9IjQwIiBoZWlnaHQ9IjIwIiBmaWxsPSJncmVlbiIvPjwvc3ZnPg==")  # 40x20
_PAD = (0, 8, 12, 16, 24, 32, 40, 48, 64, 80, "5%", "4%", "2.5%", "3.333%", "24px 48px", "40px 60px 48px",
        "5% 6%", "1.5% 3%", 56.5, 33.333)
_UNITLESS = ("flex", "flexGrow", "flexShrink", "fontWeight", "lineHeight", "opacity", "zIndex", "lineClamp",
             "WebkitLineClamp")
_GAP = (0, 4, 6, 8, 12, 16, 24, 32, "2%", "1%", "3.333%", "8px 12px", "1% 2%", 10.5, 33.333)
_RADIUS = (0, 4, 8, 9999, "50%", 16)
_BORDER = (None, None, "1px solid #e5e7eb", "2px solid #111", "4px solid rgba(0,0,0,.1)", "0.5px solid red",
           "3px solid")


class CardGenerator:
    """Random cards from one seeded ``random.Random`` (same seed, same trees, on every platform)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"cards-{seed}")
        # Fonts come from a stream of their own, so a card's structure does not depend on them.
        self.font_rng = random.Random(f"cards-fonts-{seed}")
        self.families: tuple[str, ...] = ()
        # So do the text treatments (wrap modes, clamps, ellipses, rich text).
        self.text_rng = random.Random(f"cards-text-{seed}")
        # And the remix of a finished card (units, reversed axes, self-alignment, relative offsets).
        self.remix_rng = random.Random(f"cards-remix-{seed}")

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: tuple[Any, ...]) -> Any:
        return options[self.rng.randrange(len(options))]

    # --- building blocks ---

    def text(self, kind: str, text: str, size: Any, **style: Any) -> dict[str, Any]:
        style["fontSize"] = size
        family = self.pick(_FONT_FAMILY)
        if self.families and (family or self.font_rng.random() < 0.5):
            family = self.families[self.font_rng.randrange(len(self.families))]
            if self.font_rng.random() < 0.2:
                style["fontStyle"] = "italic"
        if family:
            style["fontFamily"] = family
        if self.chance(0.3):
            style["fontWeight"] = self.pick((500, 600, 700, "bold"))
        if self.chance(0.35):
            style["lineHeight"] = self.pick((1, 1.1, 1.2, 1.25, "1.4", 1.5, "120%", "32px"))
        if self.chance(0.25):
            style["letterSpacing"] = self.pick(("-0.02em", "-0.5px", "0.05em", 1, "-0.025em"))
        if self.chance(0.15):
            style["color"] = "#666"
        return {"type": kind, "props": {"style": style, "children": self.treat(style, text)}}

    def treat(self, style: dict[str, Any], text: str) -> Any:
        """What cards do to their texts: balanced wrapping, line clamps, one-line ellipses, case
        transforms, preserved spaces, indents, and rich text (a bold or larger span inside)."""
        rng = self.text_rng
        roll = rng.random()
        if roll < 0.10:
            style["textWrap"] = rng.choice(("balance", "balance", "pretty", "nowrap"))
        elif roll < 0.16:
            style.update(display="block", lineClamp=rng.choice((1, 2, 3, "2 ellipsis")))
        elif roll < 0.21:
            style.update(display="-webkit-box", WebkitBoxOrient="vertical", WebkitLineClamp=rng.choice((1, 2)),
                         textOverflow="ellipsis", overflow="hidden")
        elif roll < 0.29:
            style.update(whiteSpace="nowrap", overflow="hidden", textOverflow="ellipsis")
            if rng.random() < 0.5:
                style["maxWidth"] = rng.choice(("60%", 300, 180.5))
        elif roll < 0.35:
            style["whiteSpace"] = rng.choice(("pre-wrap", "pre-line", "pre"))
            words = text.split(" ")
            if len(words) > 2:
                cut = rng.randrange(1, len(words))
                text = " ".join(words[:cut]) + rng.choice(("  ", "\n", "   ")) + " ".join(words[cut:])
        elif roll < 0.40:
            # not break-all / break-word: Satori never returns when such a box is narrower than a glyph
            style["wordBreak"] = "keep-all"
        if rng.random() < 0.08:
            style["textTransform"] = rng.choice(("uppercase", "capitalize", "lowercase"))
        if rng.random() < 0.05:
            style["textIndent"] = rng.choice((16, "2em", "5%"))
        # Rich text only in a flex box: Satori refuses a block with more than one child node.
        if rng.random() < 0.12 and " " in text.strip() and style.get("display", "flex") == "flex":
            head, _, tail = text.partition(" ")
            span_style: dict[str, Any] = rng.choice(({"fontWeight": 700}, {"fontSize": "1.25em"}, {"color": "#0af"},
                                                     {"fontWeight": 700, "letterSpacing": "-0.02em"}))
            style.setdefault("display", "flex")
            if style["display"] == "flex" and rng.random() < 0.5:
                style["flexWrap"] = "wrap"
            return [head + " ", {"type": "span", "props": {"style": span_style, "children": tail}}]
        return text

    def border(self, style: dict[str, Any]) -> None:
        border = self.pick(_BORDER)
        if border:
            side = self.pick(("border", "border", "borderBottom", "borderLeft", "borderTop"))
            style[side] = border
        if self.chance(0.3):
            style["borderRadius"] = self.pick(_RADIUS)

    def gap(self, style: dict[str, Any]) -> None:
        if self.chance(0.7):
            key = self.pick(("gap", "gap", "columnGap", "rowGap"))
            value = self.pick(_GAP)
            if key != "gap" and isinstance(value, str) and " " in value:
                value = value.split()[0]
            style[key] = value

    def avatar(self) -> dict[str, Any]:
        size = self.pick((32, 40, 48, 64, 72, 96, 120, 33.5))
        if self.chance(0.6):
            props: dict[str, Any] = {"src": self.pick((_PNG_96, _PNG_TALL, _SVG_WIDE))}
            shape = self.rng.randrange(4)
            if shape == 0:
                props.update(width=size, height=size)
            elif shape == 1:
                props["width"] = size  # height from the natural ratio
            elif shape == 2:
                props["style"] = {"width": size, "height": size}
            else:
                props["style"] = {"height": size, "aspectRatio": "1 / 1"}  # Satori ignores the ratio
            style = props.setdefault("style", {})
            style["borderRadius"] = self.pick(("50%", 9999, 8))
            if self.chance(0.3):
                style["border"] = self.pick(("2px solid white", "4px solid #fff", "1px solid #ddd"))
            if self.chance(0.2):
                style["flexShrink"] = self.pick((0, 1))
            return {"type": "img", "props": props}
        style = {"display": "flex", "width": size, "height": size, "borderRadius": "50%",
                 "alignItems": "center", "justifyContent": "center", "backgroundColor": "#0af"}
        return {"type": "div", "props": {"style": style, "children": [
            self.text("span", self.pick(("AL", "GH", "K", "MH")), round(size * 0.4, 2))]}}

    def badge(self, absolute: bool) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "padding": self.pick(("4px 12px", "2px 8px", "0.5% 1%", 6)),
                                 "backgroundColor": "#fde68a"}
        self.border(style)
        if absolute:
            style["position"] = "absolute"
            for side in self.rng.sample(("top", "right", "bottom", "left"), self.rng.randint(1, 2)):
                style[side] = self.pick((-12, -8, 0, 16, 24, "5%", "-2%", 33.333, "10%"))
        elif self.chance(0.5):
            style["marginLeft"] = "auto"
        return {"type": "div", "props": {"style": style, "children": [
            self.text("span", self.pick(("NEW", "Beta", "Featured", "v2", "★ 4.9")), self.pick((12, 14, 16, 18)))]}}

    def header(self) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "alignItems": self.pick(("center", "center", "flex-start",
                                                                             "stretch", "baseline"))}
        self.gap(style)
        kids: list[dict[str, Any]] = []
        if self.chance(0.3):  # overlapping avatars
            group: list[dict[str, Any]] = []
            for i in range(self.rng.randint(2, 4)):
                avatar = self.avatar()
                if i:
                    avatar["props"].setdefault("style", {})["marginLeft"] = self.pick((-12, -16, "-1%", -8.5))
                group.append(avatar)
            kids.append({"type": "div", "props": {"style": {"display": "flex"}, "children": group}})
        else:
            kids.append(self.avatar())
        names: dict[str, Any] = {"display": "flex", "flexDirection": "column"}
        if self.chance(0.3):
            names["minWidth"] = 0
        if self.chance(0.3):
            names["flex"] = self.pick((1, "1 1 0%", "0 1 auto"))
        name_kids = [self.text("div", self.pick(_NAMES), self.pick((20, 24, 28, 32, "1.5em")))]
        if self.chance(0.7):
            name_kids.append(self.text("div", self.pick(_HANDLES), self.pick((14, 16, 18, 20, "0.875rem"))))
        kids.append({"type": "div", "props": {"style": names, "children": name_kids}})
        if self.chance(0.5):
            kids.append(self.badge(absolute=False))
        return {"type": "div", "props": {"style": style, "children": kids}}

    def title(self) -> dict[str, Any]:
        style: dict[str, Any] = {}
        if self.chance(0.4):
            style["maxWidth"] = self.pick(("80%", "90%", 900, "66.666%", 700.5))
        if self.chance(0.15):
            style.update(maxHeight=self.pick((120, 160, "50%")), overflow="hidden")
        if self.chance(0.2):
            style["margin"] = self.pick(("0 0 16px", "-8px 0 0", "2% 0", "auto 0"))
        if self.chance(0.2):
            style["textAlign"] = self.pick(("center", "right", "left"))
        kind = self.pick(("h1", "h2", "div", "p"))
        return self.text(kind, self.pick(_TITLES), self.pick((28, 32, 40, 48, 56, 64, 72, 80, "3em", 44.8)), **style)

    def tag(self) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "padding": self.pick(("4px 12px", "6px 14px", "0.5% 1.5%",
                                                                          "2px 8px", 8, "1%"))}
        self.border(style)
        if self.chance(0.2):
            style["flexBasis"] = self.pick(("auto", "content", 0, "20%"))
        if self.chance(0.15):
            style["flexGrow"] = self.pick((1, 0.5))
        return {"type": "div", "props": {"style": style, "children": [
            self.text("span", self.pick(_TAGS), self.pick((12, 14, 16, 18, 20, 24)))]}}

    def tags(self, depth: int = 0) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "flexWrap": self.pick(("wrap", "wrap", "wrap-reverse", "nowrap"))}
        self.gap(style)
        if self.chance(0.4):
            style["alignContent"] = self.pick(("flex-start", "center", "space-between", "space-around", "stretch",
                                               "flex-end"))
        if self.chance(0.3):
            style["alignItems"] = self.pick(("center", "flex-end", "stretch", "baseline"))
        if self.chance(0.3):
            style["maxWidth"] = self.pick(("60%", "75%", 500, 320.5))
        if self.chance(0.2):
            style["height"] = self.pick((80, 120, "20%"))
        if self.chance(0.2):
            style["justifyContent"] = self.pick(("center", "space-between", "flex-end"))
        kids = [self.tag() for _ in range(self.rng.randint(2, 9))]
        if depth == 0 and self.chance(0.25):  # nested wrap
            kids.insert(self.rng.randrange(len(kids) + 1), self.tags(depth + 1))
        return {"type": "div", "props": {"style": style, "children": kids}}

    def tile(self) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "flexDirection": "column"}
        roll = self.rng.randrange(5)
        if roll == 0:
            style["flex"] = 1
        elif roll == 1:
            style["flexBasis"] = self.pick((0, "auto", "content", "25%", "30%", 200))
            style["flexGrow"] = self.pick((0, 1, 2, 0.5))
        elif roll == 2:
            style["width"] = self.pick(("25%", "33.333%", 180, "calc-free", 250.5))
            if style["width"] == "calc-free":
                style["width"] = "50%"
        elif roll == 3:
            style["flex"] = self.pick(("1 1 0%", "1 0 auto", "0 0 auto", "2 1 0", "1 1 120px"))
        if self.chance(0.35):
            style["minWidth"] = self.pick((0, 100, 120, "20%", 150.5))
        if self.chance(0.3):
            style["maxWidth"] = self.pick((200, 300, "40%", "100%", 240.5))
        if self.chance(0.6):
            style["padding"] = self.pick(_PAD)
        self.border(style)
        if self.chance(0.2):
            style["justifyContent"] = self.pick(("center", "space-between", "flex-end"))
        if self.chance(0.2):
            style["alignItems"] = self.pick(("center", "flex-start", "flex-end"))
        number, label = self.pick(_STATS)
        kids: list[dict[str, Any]] = [self.text("div", number, self.pick((32, 40, 48, 56, 36.5))),
                                      self.text("div", label, self.pick((14, 16, 18, 20)))]
        if self.chance(0.15):
            kids.insert(0, {"type": "img", "props": {"src": self.pick((_SVG_WIDE, _PNG_96)),
                                                     "style": {"width": self.pick(("50%", 40, "100%")),
                                                               "aspectRatio": "2 / 1"},
                                                     "width": 40, "height": 20}})
        return {"type": "div", "props": {"style": style, "children": kids}}

    def stats(self) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex"}
        self.gap(style)
        if self.chance(0.3):
            style["flexWrap"] = "wrap"
        if self.chance(0.3):
            style["margin"] = self.pick(("0 -8px", "-1% 0", "16px -24px 0", "0 -1.5%"))
        if self.chance(0.2):
            style["alignItems"] = self.pick(("flex-start", "center", "flex-end"))
        return {"type": "div", "props": {"style": style, "children": [self.tile()
                                                                       for _ in range(self.rng.randint(2, 5))]}}

    def body(self) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "flexDirection": "column"}
        if self.chance(0.3):
            style["flexGrow"] = 1
        if self.chance(0.3):
            style["paddingTop"] = self.pick((8, 16, "2%", 24.5))
        self.gap(style)
        kids = [self.title()]
        if self.chance(0.5):
            kids.append(self.text("p", self.pick(_BODY), self.pick((18, 20, 24, 28, 22.5)),
                                  **({"maxWidth": self.pick(("70%", 640))} if self.chance(0.4) else {})))
        return {"type": "div", "props": {"style": style, "children": kids}}

    def footer(self) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "alignItems": self.pick(("center", "flex-end", "stretch")),
                                 "justifyContent": self.pick(("space-between", "flex-start", "flex-end", "center"))}
        self.gap(style)
        if self.chance(0.4):
            style["borderTop"] = self.pick(("1px solid #eee", "2px solid", "0.5px solid red"))
            style["paddingTop"] = self.pick((16, 24, "2%", 12.5))
        logo: dict[str, Any] = {"type": "img", "props": {"src": _SVG_WIDE, "height": self.pick((24, 32, 40, 20.5))}}
        url = self.text("div", self.pick(("pureog.dev", "example.com/blog/a-long-slug-here", "github.com/acme")),
                        self.pick((16, 18, 20, 24)),
                        **({"marginLeft": "auto"} if self.chance(0.4) else {}))
        kids = [logo, url]
        if self.chance(0.3):
            kids.append({"type": "div", "props": {"style": {"display": "none"}}})
        if self.chance(0.3):
            kids.append(self.text("div", self.pick(("Dec 5, 2026", "8 min read", "·")), 16,
                                  **({"marginRight": "auto"} if self.chance(0.3) else {})))
        self.rng.shuffle(kids)
        return {"type": "div", "props": {"style": style, "children": kids}}

    def card(self) -> dict[str, Any]:
        root: dict[str, Any] = {"display": "flex", "flexDirection": "column"}
        if self.chance(0.8):
            root.update(width="100%", height="100%")
        else:
            root.update(width=self.pick(("90%", 1000, "100%")), margin=self.pick(("auto", "5%", "0 auto", 20)))
        if self.chance(0.8):
            root["padding"] = self.pick(_PAD)
        if self.chance(0.6):
            root["justifyContent"] = self.pick(("space-between", "center", "flex-start", "space-around"))
        if self.chance(0.3):
            root["alignItems"] = self.pick(("center", "flex-start", "stretch"))
        self.gap(root)
        self.border(root)
        if self.chance(0.2):
            root["position"] = "relative"
        parts = [self.header()] if self.chance(0.75) else []
        parts.append(self.body())
        for part in (self.tags, self.stats):
            if self.chance(0.45):
                parts.insert(self.rng.randint(1, len(parts)), part())
        if self.chance(0.7):
            parts.append(self.footer())
        for _ in range(self.rng.choice((0, 0, 1, 2))):
            parts.insert(self.rng.randrange(len(parts) + 1), self.badge(absolute=True))
        if self.chance(0.15):  # a card inside a card: the frame layout of many templates
            inner = {"type": "div", "props": {"style": {"display": "flex", "flexDirection": "column",
                                                        "flexGrow": 1, "padding": self.pick(_PAD),
                                                        "border": "1px solid #ccc"}, "children": parts}}
            parts = [inner]
        return {"type": "div", "props": {"style": root, "children": parts}}

    def scale(self, node: Any, factor: float) -> None:
        """Scale the px numbers of a whole card (a design made for another size: 1.333x, 0.777x ...),
        which turns its round values into fractions; percentages and unitless ratios stay."""
        if isinstance(node, list):
            for item in node:
                self.scale(item, factor)
            return
        if not isinstance(node, dict):
            return
        props = node.get("props", {})
        for key in ("width", "height"):
            if isinstance(props.get(key), (int, float)):
                props[key] = round(props[key] * factor, 3)
        style = props.get("style", {})
        for key, value in style.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool) and key not in _UNITLESS:
                style[key] = round(value * factor, 3)
        self.scale(props.get("children"), factor)

    def remix(self, node: Any, width: int, height: int) -> None:
        """What a second author does to a card: px written as em, rem, vw or vh (never a font size in
        vw/vh, which Satori loses), an axis reversed, one item aligned on its own, a nudge by
        ``position: relative``."""
        rng = self.remix_rng
        if isinstance(node, list):
            for item in node:
                self.remix(item, width, height)
            return
        if not isinstance(node, dict):
            return
        props = node.get("props", {})
        style = props.get("style")
        if isinstance(style, dict):
            for key, value in list(style.items()):
                if not isinstance(value, (int, float)) or isinstance(value, bool) or key in _UNITLESS or not value:
                    continue
                if rng.random() < 0.08:
                    unit = rng.choice(("em", "rem", "vw", "vh") if key != "fontSize" else ("em", "rem"))
                    base = {"em": 16.0, "rem": 16.0, "vw": width / 100, "vh": height / 100}[unit]
                    style[key] = f"{value / base:.4g}{unit}"
            direction = style.get("flexDirection", "row")
            if style.get("display") == "flex" and rng.random() < 0.06:
                style["flexDirection"] = direction + "-reverse"
            if rng.random() < 0.05:
                style["alignSelf"] = rng.choice(("flex-start", "center", "flex-end", "stretch", "baseline"))
            if rng.random() < 0.03 and style.get("position") != "absolute":
                style.update(position="relative", **{rng.choice(("top", "left", "bottom", "right")):
                                                     rng.choice((4, -6, "10%", 2.5))})
        self.remix(props.get("children"), width, height)

    def case(self, case_id: str) -> dict[str, Any]:
        fonts = None
        self.families = ()
        if self.font_rng.random() < 0.4:
            fonts, self.families = _FONT_SETS[self.font_rng.randrange(len(_FONT_SETS))]
        width, height = self.pick(_CANVAS)
        element = self.card()
        if self.chance(0.35):
            factor = self.pick((0.5, 0.777, 1.1, 1.333, 1.5, 2.25, 0.333))
            self.scale(element, factor)
            if self.chance(0.5):
                width, height = max(1, round(width * factor)), max(1, round(height * factor))
        if self.remix_rng.random() < 0.5:
            self.remix(element, width, height)
        case: dict[str, Any] = {"id": case_id, "width": width, "height": height, "element": element}
        if fonts:
            case["fonts"] = [dict(font) for font in fonts]
        return case


def generate(seed: int, count: int, prefix: str) -> list[dict[str, Any]]:
    gen = CardGenerator(seed)
    return [gen.case(f"{prefix}-{i:04d}") for i in range(count)]


build_corpus = corpus_builder(GENERATOR, GENERATOR_VERSION, generate)


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__.split("\n\n")[0], generate, build_corpus, default_count=200, prefix_letter="c",
                   compare=compare)


if __name__ == "__main__":
    raise SystemExit(main())
