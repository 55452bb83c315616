"""An outsider's layout fuzzer, round six: cards the way real card and UI authors build them.

Role: a seed -> random element trees assembled from the patterns of component libraries and design
tools (shadcn/ui, Tailwind UI, Figma auto-layout exports, Vercel's OG templates) rather than from
property tables: where the earlier outsider generators draw each value on its own, this one draws
*components* and lets their values follow from the design, written from the reference
(/work/shared/reference/satori.md) and those libraries' conventions alone, without the other
generators' code or value tables:

- canvases of the OG sizes people ship (1200x630, 1200x600, 800x418, 1080x1080, 1600x900), each
  tree a root chain of 0-7 wrappers (``width: 100%`` / ``height: 100%``, padding, ``position:
  relative``, now and then a card floating on a backdrop) over a template: blog post, hero,
  two-column split, stats dashboard, profile, product, or a landing-page mix;
- components: headers (logo + title + spacer + badge), media objects (avatar, two text lines, one
  long, ``minWidth: 0``), stacked avatars with negative margins, wrapping tag/chip lists, stat rows
  of ``flex: 1`` columns with 1 px dividers, footers pinned by ``marginTop: auto``, % splits with
  gaps, centred hero text under ``maxWidth`` and ``textAlign``, absolute decorations (corner glows,
  rings, ribbons, stripes) with insets in % and negative px, ``calc(33.333% - 16px)`` tile grids, bar
  charts in % of a fixed height, progress bars, contribution graphs (up to 53 x 7 squares), sentences
  as one span a word, code blocks under ``whiteSpace: pre``, pull quotes with a negative margin and
  ``column-reverse``, ``margin: 0 auto`` sections, hidden sections;
- the text of real cards: titles of 20-140 characters, author names (Latin Extended too), dates,
  URLs without spaces (some with ZWSPs after the slashes, some under ``break-all``/``anywhere``), CJK
  and Hangul titles, emoji (Twemoji as Next fetches it), symbols no face covers, nbsp, soft hyphens,
  stray spaces; text as JSX splits it (``[12, " ", "stars"]``), titles with a highlighted span,
  several faces (Geist in five weights, one a WOFF, and italic; Roboto; Geist Mono; CJK; Hangul),
  weights and sizes in one tree, ``lineHeight`` as number/px/%/em/rem, ``letterSpacing`` in em;
  truncation as it is copied around (``flex: 1 1 0%`` + ``minWidth: 0`` + ``overflow: hidden`` +
  ``textOverflow: ellipsis`` + ``whiteSpace: nowrap``, ``lineClamp`` on a block, ``WebkitLineClamp``
  on ``-webkit-box``), ``textWrap: balance``;
- the style dialects: Tailwind (a 4 px scale, and on most elements Satori's ``tw`` prop with the
  classes shadcn authors type: ``flex-1``, ``min-w-0``, ``mt-auto``, ``-ml-3``, ``w-[33.333px]``,
  ``text-4xl``, ``tracking-tight``, ``leading-[1.1]``, ``line-clamp-2``), Figma exports (fractional
  pixels such as 33.333px and 12.5px, ``display: flex`` and ``flexDirection: row`` written
  everywhere, ``flex: none``, ``order``, ``boxSizing``), design tokens in rem/em, Vercel's templates
  (``height: 100%`` roots, ``justifyContent: center``, ``whiteSpace: pre-wrap``); semantic tags
  (``section``, ``h2``, ``li``, ``time`` ...) with Satori's presets, ``className`` left in;
- in a fifth of the trees the degenerate values a careless edit leaves: a 0 or negative padding or
  gap, a negative width, a 0 or huge font size, a 40x length, a percentage over 100.

Each tree is laid out by the real Satori (``satori_boxes.mjs``, Next.js 16.4.6's bundle) and by
pureog (:func:`pureog.layout_boxes`), compared as :mod:`conformance.layout.check` compares them.
Trees Satori refuses are dropped (a ``tw`` line height on an element without ``style`` throws, so a
``leading-*`` keeps its ``style``, empty or not).
The command line also draws *listed* differences (spec/differences.md) in a few trees: font sizes
in vw or % (Satori loses them), ``fontWeight: lighter``/``bolder`` (Satori reads NaN: the heaviest
face) and a ``tw`` line height over a ``style`` font size in text (NaN lines); a miss in such a tree
is laid out again without them and counted apart when that matches. ``--no-listed`` and
:func:`generate` (which the committed slice comes from) draw none. Counted apart too: misses where
Satori's boxes hold NaN or where a 0 font size sits under a length ``lineHeight`` (listed as
``lg8-line-height-px-over-zero-font`` in expected_mismatches.json) and trees past pureog's input
limits (spec/limits.md). Variable fonts are not drawn (Next throws on them: a listed difference).

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen10 --seed 0 --count 100       # match rate, misses
    python -m conformance.layout.generate_layoutgen10 --seed 30 --count 30 --no-listed --keep 12 --out F
        # the committed slice, F = conformance/layout/corpus/layoutgen10-30.json
    python -m conformance.layout.generate_layoutgen10 --seed 1 --count 100 --out /tmp/lg10-1.json
    python -m conformance.layout.generate_layoutgen10 --corpus /tmp/lg10-1.json  # re-check pureog only
    python -m conformance.layout.reduce --corpus /tmp/lg10-1.json --all-mismatches

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`) and the standard library.
"""

from __future__ import annotations

import random
import sys
from typing import Any

from conformance.layout.generate import outsider_parser, run_outsider
from conformance.layout.generate_layoutgen10_misses import report
from conformance.layout.generate_layoutgen10_words import (
    AVATAR,
    BADGES,
    BOX_TAGS,
    CANVASES,
    CJK_TITLES,
    COVER,
    DATES,
    EMOJI,
    FACES,
    FAMILIES,
    FIGMA_PX,
    NAMES,
    SENTENCES,
    STATS,
    SVG_ICON,
    SVG_LOGO,
    SVG_WORDMARK,
    TAGS,
    TALL,
    TEXT_TAGS,
    TITLES,
    URLS,
    as_written,
    el,
    tailwind,
)

GENERATOR = "layoutgen10"
VERSION = 1
class Author:
    """One tree's author: their dialect (Tailwind, Figma export, hand-written OG template), fonts, and
    how careless they are. Every component is a method returning an element."""

    def __init__(self, rng: random.Random, *, faces: bool, listed: bool, width: int) -> None:
        self.rng = rng
        self.faces = faces
        self.listed = listed
        self.width = width
        self.dialect = rng.choice(("tailwind", "tailwind", "figma", "template", "rem"))
        self.sloppy = rng.random() < 0.2  # degenerate values now and then
        self.scale = rng.choice((1, 1, 1, 1.5, 2, 0.75))  # cards drawn at @2x or for small canvases
        self.use_tw = rng.random() < 0.6  # most Tailwind authors of OG cards write Satori's tw prop

    # -- drawing helpers -------------------------------------------------------------------------
    def p(self, chance: float) -> bool:
        return self.rng.random() < chance

    def one(self, *options: Any) -> Any:
        return self.rng.choice(options)

    def px(self, value: float) -> Any:
        """A length as this author writes it: a number, a px string, or (Figma) a fraction of a pixel."""
        value = as_written(value * self.scale)
        if self.sloppy and self.p(0.08):
            return self.one(0, -value, as_written(value * 40), "33.333px", -1, "150%")
        if self.dialect == "figma":
            if self.p(0.3):
                return self.one(*FIGMA_PX[:5]) if self.p(0.3) else f"{as_written(value + self.rng.random())}px"
            return f"{as_written(value)}px"
        if self.dialect == "tailwind":
            return round(value / 4) * 4 if self.p(0.7) else f"{round(value / 4) * 4}px"
        if self.dialect == "rem":  # shadcn tokens: rem, now and then em
            return f"{as_written(value / 16)}rem" if self.p(0.8) else f"{as_written(value / 16)}em"
        return round(value)

    def redundant(self, style: dict[str, Any], direction: str = "row") -> dict[str, Any]:
        """What design-tool exports add to every box: display flex, the default direction, boxSizing."""
        if self.dialect == "figma" or self.p(0.15):
            extra: dict[str, Any] = {"display": "flex", "flexDirection": direction}
            if self.p(0.5):
                extra["boxSizing"] = self.one("border-box", "border-box", "content-box")
            if self.p(0.3):
                extra["flex"] = "none"
            if self.p(0.3):  # Figma writes each layer's index
                extra.update(order=self.rng.randint(0, 3), flexGrow=0)
            if self.p(0.3):
                extra.update(justifyContent="flex-start", alignItems="flex-start")
            return {**extra, **style}
        return style

    def font(self, role: str) -> dict[str, Any]:
        """The text style of a role (title, body, meta, badge, stat, mono)."""
        sizes = {"title": (40, 48, 56, 64, 72, 80), "body": (18, 20, 24, 28), "meta": (14, 16, 18),
                 "badge": (12, 14), "stat": (36, 48, 60), "mono": (14, 16, 20)}[role]
        size: Any = as_written(self.one(*sizes) * self.scale)
        if self.sloppy and self.p(0.1):
            size = self.one(0, 0.5, 240, 400)
        elif self.listed and role == "title" and self.p(0.5):
            size = self.one("5vw", "6vw", "250%", "4.5vw")
        elif self.dialect == "figma" and self.p(0.4):
            size = f"{size}px"
        elif self.p(0.1):  # rem / em, as in a design system's tokens
            size = self.one(f"{as_written(size / 16)}rem", f"{as_written(size / 18)}em", "1.125rem", "2.25rem")
        style: dict[str, Any] = {"fontSize": size}
        if self.faces and self.p(0.6):
            style["fontFamily"] = "Geist Mono" if role == "mono" else self.one(*FAMILIES)
        if role in ("title", "stat", "badge") and self.p(0.7):
            style["fontWeight"] = self.one(700, 600, "bold", 800, 900, 500)
        elif self.p(0.15):
            style["fontWeight"] = self.one(300, 500, "normal", 100, *(("lighter", "bolder") if self.listed else ()))
        if self.p(0.5):
            style["lineHeight"] = self.one(1, 1.1, 1.25, 1.5, "1.2", "28px", "120%", "150%", "1.375", "normal",
                                           "44.8px", 0.9, "1.2em", "2rem")
        if self.p(0.4):
            style["letterSpacing"] = self.one("-0.025em", "-0.05em", "0.05em", "0.1em", "-0.02em", -1, "0.5px",
                                              "-2px")
        if role == "badge" and self.p(0.4):
            style["textTransform"] = "uppercase"
        return style

    def title(self) -> str:
        if self.faces and self.p(0.15):
            return str(self.one(*CJK_TITLES))
        text = str(self.one(*TITLES))
        if self.p(0.15):
            text = f"{self.one(*EMOJI)} {text}" if self.p(0.5) else f"{text} {self.one(*EMOJI)}"
        return text

    def spice(self, words: str) -> Any:
        """How the string reaches the tree: ZWSPs after URL slashes, nbsp, a soft hyphen, doubled or
        trailing spaces, or split in pieces as JSX splits ``{count} stars`` (numbers stay numbers)."""
        roll = self.rng.random()
        if roll < 0.05 and "/" in words:
            return words.replace("/", "/\u200b")
        if roll < 0.08:
            return words.replace(" ", "\u00a0", 2)
        if roll < 0.1 and len(words) > 12:
            return words[:8] + "\u00ad" + words[8:]
        if roll < 0.13:
            return f" {words}  " if self.p(0.5) else words.replace(" ", "  ", 1)
        return words

    # -- leaves ----------------------------------------------------------------------------------
    def text(self, role: str, words: str, **extra: Any) -> dict[str, Any]:
        style = {**self.font(role), **extra}
        if role == "title" and self.p(0.25):
            style["textWrap"] = self.one("balance", "balance", "pretty")
        if self.p(0.05):
            style["fontStyle"] = "italic"
        if ("/" in words or "." in words) and " " not in words and self.p(0.3):
            style[self.one("wordBreak", "overflowWrap")] = self.one("break-all", "break-word", "anywhere")
            style["minWidth"] = self.one(0, "4em", 120)
        if self.p(0.3):
            style = self.redundant(style, "row")
        if role == "title" and self.p(0.12):
            return self.rich(style, words)
        if role in ("stat", "meta") and self.p(0.15):  # JSX {value} {label}: several children, a number
            number = self.rng.choice((12, 4.9, 1000000, 0, -3))
            return el("div", {**style, "display": "flex", **({"gap": 4} if self.p(0.5) else {})},
                      [number, " ", words] if self.p(0.5) else [words, ": ", number])
        if self.p(0.05):  # a mixed-family run: the second word in another face and size
            head, _, tail = words.partition(" ")
            return el("div", {**style, "display": "flex", "alignItems": self.one("baseline", "center", "flex-end")},
                      [head, el("span", {**self.font("mono"), "marginLeft": self.one(6, "0.25em", 0)}, tail or "…")])
        words = self.spice(words)
        return el(self.one("div", "div", "div", "p", "span", "h1") if role == "title" else "div", style, words)

    def rich(self, style: dict[str, Any], words: str) -> dict[str, Any]:
        """A title with one word highlighted: strings and a span in a wrapping flex row (Satori makes each
        a flex item), or the lines of a template string under ``whiteSpace: pre-wrap``."""
        parts = words.split(" ")
        if len(parts) < 3 or self.p(0.3):
            cut = max(1, len(words) // 2)
            return el("div", {**style, "whiteSpace": "pre-wrap", "display": "flex"},
                      words[:cut].rstrip() + "\n" + words[cut:].lstrip())
        at = self.rng.randrange(1, len(parts) - 1)
        mark = el("span", {"color": "#2563eb", **({"padding": "0 8px", "marginLeft": 8, "marginRight": 8}
                                                     if self.p(0.5) else {})}, parts[at])
        before, after = " ".join(parts[:at]), " ".join(parts[at + 1:])
        if self.p(0.5):  # authors' spaces around the span
            before, after = before + " ", " " + after
        row = {**style, "display": "flex", "flexWrap": self.one("wrap", "wrap", None)}
        return el("div", {k: v for k, v in row.items() if v is not None}, [before, mark, after])

    def truncated(self, role: str, words: str) -> dict[str, Any]:
        """The truncation patterns copied between projects."""
        kind = self.one("ellipsis", "ellipsis", "clamp", "webkit", "flex-ellipsis")
        base = self.font(role)
        if kind == "ellipsis":
            return el("div", {**base, "overflow": "hidden", "textOverflow": "ellipsis", "whiteSpace": "nowrap",
                              **({"maxWidth": "100%"} if self.p(0.5) else {}), **({"display": "block"}
                                                                                 if self.p(0.3) else {})}, words)
        if kind == "clamp":
            return el("div", {**base, "display": "block", "lineClamp": self.one(1, 2, 3, "2"),
                              **({"overflow": "hidden"} if self.p(0.5) else {})}, words)
        if kind == "webkit":
            return el("div", {**base, "display": "-webkit-box", "WebkitLineClamp": self.one(2, 3),
                              "WebkitBoxOrient": "vertical", "overflow": "hidden"}, words)
        inner = el("span", {**base, "overflow": "hidden", "textOverflow": "ellipsis", "whiteSpace": "nowrap"}, words)
        return el("div", {"display": "flex", "flex": self.one("1 1 0%", "1 1 0%", "1", "1 1 auto"), "minWidth": 0,
                          **({"overflow": "hidden"} if self.p(0.5) else {})}, inner)

    def line(self, role: str, words: str) -> dict[str, Any]:
        return self.truncated(role, words) if self.p(0.3) else self.text(role, words)

    def logo(self) -> dict[str, Any]:
        size = self.px(self.one(32, 40, 48, 24))
        kind = self.one("svg", "img", "box", "text", "wordmark")
        if kind == "wordmark":  # an SVG logo file sized by one side, or by nothing but its own attributes
            sized = self.one({"height": size}, {"width": self.px(120)}, {}, {"height": "auto", "width": size})
            return el("img", {"flexShrink": 0} if self.p(0.3) else {}, src=self.one(SVG_WORDMARK, SVG_ICON), **sized)
        if kind == "svg":
            return el("svg", {"flexShrink": 0} if self.p(0.5) else {}, SVG_LOGO, width=size, height=size,
                      viewBox="0 0 24 24")
        if kind == "img":
            return el("img", {"width": size, "height": size, "borderRadius": self.px(8)}, src=COVER)
        if kind == "text":
            return el("div", {**self.font("body"), "fontWeight": 700, "display": "flex"}, "▲ Acme")
        return el("div", {"display": "flex", "width": size, "height": size, "borderRadius": "9999px",
                          "alignItems": "center", "justifyContent": "center", "backgroundColor": "#000",
                          "color": "#fff", **self.font("badge")}, "A")

    def avatar(self, size: float, ring: bool = False) -> dict[str, Any]:
        length = self.px(size)
        style: dict[str, Any] = {"borderRadius": self.one("50%", "9999px", "9999px", 8)}
        if self.p(0.7):
            style.update(width=length, height=length)
        if self.p(0.6):
            style["flexShrink"] = 0
        if ring:
            style.update(border=f"{self.one(2, 3, 4)}px solid white")
        if self.p(0.2):
            style["objectFit"] = "cover"
        attrs = {"width": length, "height": length} if "width" not in style or self.p(0.3) else {}
        return el("img", style, src=self.one(AVATAR, AVATAR, TALL), **attrs)

    def badge(self) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "padding": self.one("4px 10px", "2px 8px", "6px 12px",
                                                                         self.px(4)),
                                 "borderRadius": self.one("9999px", 6, "4px"), **self.font("badge")}
        if self.p(0.4):
            style["border"] = "1px solid #e5e7eb"
        if self.p(0.3):
            style.update(alignItems="center", gap=self.px(4))
            return el("div", style, [el("div", {"width": 8, "height": 8, "borderRadius": 4,
                                                "backgroundColor": "#22c55e"}), str(self.one(*BADGES))])
        return el("div", style, str(self.one(*BADGES)))

    # -- components ------------------------------------------------------------------------------
    def header(self) -> dict[str, Any]:
        """Logo + title + spacer + badge."""
        kids = [self.logo(), self.line("body", self.one("Acme Inc", "The Vercel Blog", "shadcn/ui",
                                                         str(self.one(*TITLES))))]
        if self.p(0.6):
            kids.append(el("div", {"flex": self.one(1, "1", "1 1 0%", "auto"), **({"display": "flex"}
                                                                                    if self.p(0.5) else {})}))
        elif self.p(0.5):
            kids[-1]["props"]["style"]["marginRight"] = "auto"
        kids.append(self.badge())
        style = {"display": "flex", "alignItems": self.one("center", "center", "flex-start", "baseline"),
                 "gap": self.px(self.one(12, 16, 24)), "width": self.one("100%", "100%", None)}
        if self.p(0.3):
            style["justifyContent"] = "space-between"
        return el("div", self.redundant({k: v for k, v in style.items() if v is not None}), kids)

    def media(self) -> dict[str, Any]:
        """Avatar left, two text lines right, one of them long."""
        long = self.one(*URLS, *TITLES, *SENTENCES)
        lines = [self.line("body", str(self.one(*NAMES))), self.line("meta", str(long))]
        if self.p(0.5):
            lines.reverse()
        column: dict[str, Any] = {"display": "flex", "flexDirection": "column", "gap": self.px(self.one(2, 4, 0))}
        if self.p(0.6):
            column["minWidth"] = 0
        if self.p(0.4):
            column["flex"] = self.one(1, "1 1 0%")
        if self.p(0.2):
            column["overflow"] = "hidden"
        return el("div", self.redundant({"display": "flex", "alignItems": self.one("center", "flex-start"),
                                         "gap": self.px(self.one(12, 16))}),
                  [self.avatar(self.one(40, 48, 64, 96)), el("div", column, lines)])

    def avatars(self) -> dict[str, Any]:
        """Stacked avatars with negative margins, then a '+N' count."""
        n = self.rng.randint(2, 7)
        size = self.one(32, 40, 48)
        overlap = self.px(-self.one(8, 12, 16))
        kids = []
        for i in range(n):
            avatar = self.avatar(size, ring=True)
            if i:
                avatar["props"]["style"]["marginLeft"] = overlap
            kids.append(avatar)
        if self.p(0.6):
            kids.append(el("div", {"display": "flex", "marginLeft": self.px(12), **self.font("meta")},
                           f"+{self.rng.randint(3, 1200)} others"))
        return el("div", self.redundant({"display": "flex", "alignItems": "center"}), kids)

    def tags(self) -> dict[str, Any]:
        """A tag/chip list that wraps."""
        chips = [el("div", {"display": "flex", "padding": self.one("4px 12px", "6px 14px", self.px(8)),
                            "borderRadius": "9999px", "backgroundColor": "#f4f4f5", **self.font("meta")},
                    f"#{self.one(*TAGS)}" if self.p(0.5) else str(self.one(*TAGS)))
                 for _ in range(self.rng.randint(2, 14))]
        style: dict[str, Any] = {"display": "flex", "flexWrap": "wrap", "gap": self.px(self.one(8, 12))}
        if self.p(0.3):
            style.update(rowGap=self.px(8), columnGap=self.px(self.one(6, 10)))
            del style["gap"]
        if self.p(0.4):
            style["maxWidth"] = self.one("80%", "100%", self.px(600), "600px")
        if self.p(0.3):
            style["justifyContent"] = self.one("center", "flex-start")
        return el("div", self.redundant(style), chips)

    def stats(self) -> dict[str, Any]:
        """Stat columns of ``flex: 1`` separated by 1 px dividers."""
        kids: list[dict[str, Any]] = []
        for i in range(self.rng.randint(2, 5)):
            if i:
                divider: dict[str, Any] = {"width": self.one(1, "1px", 0.5), "backgroundColor": "#e4e4e7"}
                divider.update({"alignSelf": "stretch"} if self.p(0.6) else {"height": self.one("100%", 48)})
                kids.append(el("div", divider))
            value, label = self.one(*STATS)
            column: dict[str, Any] = {"display": "flex", "flexDirection": "column",
                                      "flex": self.one(1, 1, "1 1 0%", "1 1 0px", "1 0 auto"),
                                      "alignItems": self.one("center", "flex-start")}
            if self.p(0.3):
                column["padding"] = self.one("0 24px", self.px(16))
            kids.append(el("div", column, [self.text("stat", value), self.text("meta", label)]))
        style: dict[str, Any] = {"display": "flex", "width": "100%"}
        if self.p(0.4):
            style.update(borderTop="1px solid #e4e4e7", paddingTop=self.px(24))
        return el("div", self.redundant(style), kids)

    def footer(self) -> dict[str, Any]:
        """Author and date on one side, URL on the other, pinned to the bottom."""
        left: list[Any] = [self.text("meta", str(self.one(*NAMES)))]
        if self.p(0.5):
            left = [self.avatar(self.one(24, 32)), *left]
        if self.p(0.4):  # "By <b>name</b>": strings next to spans in a flex row
            left = [el("div", {"display": "flex", "gap": self.one(4, 0, "0.25em"), **self.font("meta")},
                       [self.one("By", "By ", "by\u00a0"), el("span", {"fontWeight": 700}, str(self.one(*NAMES)))])]
        right = self.line("mono", str(self.one(*URLS, *DATES)))
        if self.p(0.2):
            right["props"]["style"]["textAlign"] = "right"
        style: dict[str, Any] = {"display": "flex", "alignItems": "center",
                                 "justifyContent": self.one("space-between", "space-between", "flex-start"),
                                 "gap": self.px(self.one(8, 16))}
        if self.p(0.75):
            style["marginTop"] = "auto"
        if self.p(0.5):
            style["width"] = "100%"
        return el("div", self.redundant(style),
                  [el("div", {"display": "flex", "alignItems": "center", "gap": self.px(8)}, left), right])

    def hero(self) -> dict[str, Any]:
        """Centred title under a maxWidth, a subtitle, now and then tags."""
        title = self.text("title", self.title(), textAlign=self.one("center", "center", "left"),
                          maxWidth=self.one("80%", self.px(900), "900px", "66.6667%", "100%", self.px(720)))
        if self.p(0.2):
            title["props"]["style"]["whiteSpace"] = "pre-wrap"
        kids = [title]
        if self.p(0.7):
            sub = self.line("body", str(self.one(*SENTENCES)))
            sub["props"]["style"].update(textAlign="center", maxWidth=self.one("70%", self.px(640)))
            if self.p(0.5):
                sub["props"]["style"]["marginTop"] = self.px(self.one(16, 24))
            kids.append(sub)
        if self.p(0.3):
            kids.append(self.tags())
        if self.p(0.3):
            kids.insert(0, self.logo())
        style = {"display": "flex", "flexDirection": "column", "alignItems": "center",
                 "justifyContent": "center", "textAlign": "center"}
        if self.p(0.5):
            style.update(flex=self.one(1, "1 1 0%", "1"), width="100%")
        if self.p(0.4):
            style["gap"] = self.px(self.one(16, 24, 32))
        return el("div", self.redundant(style, "column"), kids)

    def split(self, depth: int) -> dict[str, Any]:
        """A two-column split in %, with a gap (which % columns overflow by)."""
        left_w, right_w = self.one(("50%", "50%"), ("60%", "40%"), ("66.666%", "33.333%"), ("40%", None),
                                   (None, "35%"), ("55%", "45%"))
        left = el("div", {"display": "flex", "flexDirection": "column", "gap": self.px(16),
                          **({"width": left_w} if left_w else {"flex": 1}),
                          **({"minWidth": 0} if self.p(0.4) else {})},
                  [self.text("title", self.title()), self.line("body", str(self.one(*SENTENCES)))]
                  + ([self.media()] if self.p(0.4) else []))
        right_kids: list[dict[str, Any]]
        if self.p(0.4):
            cover: dict[str, Any] = {"width": "100%", "objectFit": "cover", "borderRadius": self.px(16)}
            if self.p(0.4):
                cover["aspectRatio"] = self.one("16 / 9", "4 / 3", "1 / 1", "1.91 / 1")
            else:
                cover["height"] = self.one("100%", "auto", self.px(300))
            right_kids = [el("img", cover, src=COVER)]
        elif self.p(0.5) and depth < 3:
            right_kids = [self.stats() if self.p(0.5) else self.tags(), self.avatars()]
        else:
            right_kids = [self.media(), self.line("meta", str(self.one(*SENTENCES)))]
        right = el("div", {"display": "flex", "flexDirection": "column",
                           **({"width": right_w} if right_w else {"flex": 1}),
                           "justifyContent": self.one("center", "flex-end", "space-between")}, right_kids)
        style: dict[str, Any] = {"display": "flex", "gap": self.px(self.one(32, 48, 24, 64)), "width": "100%"}
        if self.p(0.5):
            style["flex"] = 1
        if self.p(0.3):
            style["height"] = "100%"
        return el("div", self.redundant(style), [left, right])

    def decoration(self) -> dict[str, Any]:
        """An absolutely positioned glow, ring or ribbon (insets in % and negative px)."""
        kind = self.one("glow", "ring", "corner", "stripe")
        style: dict[str, Any] = {"position": "absolute", "display": "flex"}
        if kind == "glow":
            size = self.px(self.one(300, 400, 600))
            style.update(width=size, height=size, borderRadius="50%",
                         backgroundImage="radial-gradient(circle, rgba(255,0,128,0.4), transparent 70%)")
            style[self.one("top", "bottom")] = self.one("-20%", "-30%", self.px(-120), "10%")
            style[self.one("left", "right")] = self.one("-10%", self.px(-200), "50%", "-33.333%")
        elif kind == "ring":
            style.update(inset=self.one(0, "10%", "-40px", "24px"), border="2px solid rgba(0,0,0,0.1)",
                         borderRadius=self.px(24))
        elif kind == "corner":
            style.update(top=self.px(self.one(24, 0, -8)), right=self.px(self.one(24, -40, 0)), width=self.px(120),
                         height=self.px(self.one(32, 40)), transform="rotate(45deg)", alignItems="center",
                         justifyContent="center")
            return el("div", style, self.text("badge", str(self.one(*BADGES))))
        else:
            style.update(left=0, right=0, bottom=self.one(0, "-1px", "0%"), height=self.px(self.one(8, 6, 12)),
                         backgroundImage="linear-gradient(90deg, #f00, #00f)")
        return el("div", style)

    # -- the tree --------------------------------------------------------------------------------
    def template(self, depth: int) -> list[dict[str, Any]]:
        """The sections of one card, top to bottom, with the touches copied in between: a centring
        ``margin: 0 auto``, a section hidden by ``display: none``, a divider border."""
        sections = self.sections(depth)
        for section in sections:
            style = section["props"].setdefault("style", {})
            roll = self.rng.random()
            if roll < 0.06:
                style["margin"] = self.one("0 auto", "0 auto", "auto", "24px auto 0")
            elif roll < 0.09:
                style["display"] = "none"
            elif roll < 0.15:
                style.update(borderBottom=f"{self.one(1, 2)}px solid #e5e7eb", paddingBottom=self.px(16))
            elif roll < 0.18:
                style["flexBasis"] = self.one("50%", "30%", "auto", "0")
        return sections

    def grid(self) -> dict[str, Any]:
        """A wrapping grid of tiles sized by ``calc(33.333% - gap)``, a % basis or ``flex: 0 0 auto``."""
        gap = self.one(16, 12, 24)
        n = self.rng.randint(2, 7)
        cols = self.one(2, 3, 4)
        width = self.one(f"calc({as_written(100 / cols)}% - {gap}px)", f"calc((100% - {gap * (cols - 1)}px) / {cols})",
                         f"{as_written(100 / cols)}%", None)
        tiles = []
        for _ in range(n):
            tile: dict[str, Any] = {"display": "flex", "flexDirection": "column", "padding": self.px(16),
                                    "border": "1px solid #e4e4e7", "borderRadius": self.px(12), "gap": self.px(4)}
            if width is None:
                tile["flex"] = self.one("1 1 200px", "0 0 auto", "1 0 30%")
            else:
                tile[self.one("width", "flexBasis")] = width
            kids = [self.line("meta", str(self.one(*TAGS))), self.text("stat", self.one(*STATS)[0])]
            tiles.append(el("div", tile, kids))
        return el("div", self.redundant({"display": "flex", "flexWrap": "wrap", "gap": gap, "width": "100%",
                                         **({"alignContent": self.one("center", "flex-start")} if self.p(0.3)
                                            else {})}), tiles)

    def chart(self) -> dict[str, Any]:
        """A bar chart (bars in % of a fixed-height row, aligned to the bottom) or progress bars."""
        if self.p(0.5):
            bars = [el("div", {"display": "flex", "flex": 1, "height": f"{as_written(self.rng.uniform(0, 100))}%",
                               "backgroundColor": "#6366f1", "borderRadius": "4px 4px 0 0",
                               **({"minHeight": 2} if self.p(0.5) else {})}) for _ in range(self.rng.randint(3, 24))]
            return el("div", self.redundant({"display": "flex", "alignItems": "flex-end", "gap": self.px(4),
                                             "height": self.px(self.one(120, 160, 200)), "width": "100%"}), bars)
        rows = []
        for _ in range(self.rng.randint(1, 4)):
            fill = el("div", {"display": "flex", "width": f"{as_written(self.rng.uniform(0, 110))}%", "height": "100%",
                              "borderRadius": 9999, "backgroundColor": "#22c55e"})
            track = el("div", {"display": "flex", "flex": 1, "height": self.px(8), "borderRadius": 9999,
                               "backgroundColor": "#e4e4e7", **({"overflow": "hidden"} if self.p(0.5) else {})}, fill)
            rows.append(el("div", {"display": "flex", "alignItems": "center", "gap": self.px(12)},
                           [self.text("meta", str(self.one(*TAGS))), track, self.text("meta", "73.5%")]))
        return el("div", {"display": "flex", "flexDirection": "column", "gap": self.px(8), "width": "100%"}, rows)

    def contributions(self) -> dict[str, Any]:
        """A GitHub-style contribution graph: 20-53 columns of 7 squares, ``flex: 1`` or ``calc()``
        widths and fractional gaps (where rounding on the pixel grid accumulates)."""
        n = self.rng.randint(20, 53)
        gap = self.one(2, 3, "0.5px", "2.5px", 4)
        width = self.one(None, f"calc((100% - {n - 1} * 3px) / {n})", f"{as_written(100 / n)}%")
        cell: dict[str, Any] = {"display": "flex", "borderRadius": 2, "backgroundColor": "#216e39"}
        cell.update({"aspectRatio": "1 / 1"} if self.p(0.5) else {"height": self.px(self.one(10, 12, 12.5))})
        column = {"display": "flex", "flexDirection": "column", "gap": gap,
                  **({"flex": 1} if width is None else {"width": width})}
        return el("div", {"display": "flex", "gap": gap, "width": "100%"},
                  [el("div", column, [el("div", dict(cell)) for _ in range(7)]) for _ in range(n)])

    def words(self) -> dict[str, Any]:
        """A highlighted sentence as one span a word in a wrapping row (how authors colour single words)."""
        spans = [el("span", {"marginRight": self.one("0.25em", 8, "0.3em"),
                             **({"color": "#2563eb"} if self.p(0.2) else {})}, word)
                 for word in str(self.one(*SENTENCES, *TITLES)).split()]
        return el("div", {"display": "flex", "flexWrap": "wrap", **self.font(self.one("title", "body")),
                          "justifyContent": self.one("center", "flex-start"),
                          **({"maxWidth": self.one("80%", self.px(800))} if self.p(0.5) else {})}, spans)

    def code(self) -> dict[str, Any]:
        """A code block: a mono face, ``whiteSpace: pre`` over lines indented with spaces and tabs."""
        source = self.one("const x = 1;\nexport default function Page() {\n  return <Card />\n}",
                          "npm i @vercel/og\n\tdone in 2.3s", "SELECT *\n  FROM posts\n WHERE id = 42;")
        return el("div", {"display": "flex", "padding": self.px(16), "backgroundColor": "#18181b", "color": "#fff",
                          "borderRadius": self.px(8), **self.font("mono"),
                          "whiteSpace": self.one("pre", "pre", "pre-wrap", "pre-line")}, source)

    def quote(self) -> dict[str, Any]:
        """A pull quote: a huge opening mark pulled up by a negative margin, a left border, justified text."""
        mark = el("div", {"fontSize": self.px(self.one(96, 120)), "lineHeight": self.one(0.8, 1, "1"),
                          "marginBottom": self.px(-24), "display": "flex"}, "“")
        body = self.text("body", str(self.one(*SENTENCES)), textAlign=self.one("justify", "left", "right"))
        style: dict[str, Any] = {"display": "flex", "flexDirection": self.one("column", "column-reverse"),
                                 "borderLeft": f"{self.one(4, 6)}px solid #000", "paddingLeft": self.px(24)}
        if self.p(0.3):
            style.update(maxHeight=self.px(self.one(80, 160)), overflow="hidden")
        return el("div", style, [mark, body, self.text("meta", f"— {self.one(*NAMES)}", textTransform="uppercase")])

    def sections(self, depth: int) -> list[dict[str, Any]]:
        kind = self.one("blog", "hero", "split", "stats", "profile", "product", "mixed")
        if kind == "mixed":  # a landing-page card: a title over two or three of the rarer blocks
            blocks = [self.grid, self.chart, self.code, self.quote, self.tags, self.avatars, self.contributions,
                      self.words]
            return [self.header() if self.p(0.5) else self.text("title", self.title())] + [
                self.rng.choice(blocks)() for _ in range(self.rng.randint(2, 3))]
        if kind == "blog":
            body = [self.header(), self.text("title", self.title()) if self.p(0.5) else self.truncated(
                "title", self.title())]
            if self.p(0.5):
                body.append(self.line("body", str(self.one(*SENTENCES))))
            return body + [self.tags() if self.p(0.3) else self.media(), self.footer()]
        if kind == "hero":
            return ([self.header()] if self.p(0.5) else []) + [self.hero()] + ([self.footer()] if self.p(0.5) else [])
        if kind == "split":
            return [self.split(depth)] + ([self.footer()] if self.p(0.4) else [])
        if kind == "stats":
            return [self.header(), self.text("title", self.title()), self.stats(), self.footer()]
        if kind == "profile":
            return [self.avatar(self.one(96, 128, 160)), self.text("title", str(self.one(*NAMES))),
                    self.line("body", str(self.one(*SENTENCES))), self.avatars(), self.footer()]
        return [el("div", self.redundant({"display": "flex", "gap": self.px(32), "alignItems": "center"}),
                   [el("img", {"width": self.px(320), "height": self.px(320), "borderRadius": self.px(24)},
                       src=self.one(COVER, TALL)),
                    el("div", {"display": "flex", "flexDirection": "column", "gap": self.px(12), "flex": 1,
                               "minWidth": 0},
                       [self.text("title", self.title()), self.badge(), self.tags(), self.text("stat", "$49.99")])])]

    def card(self, width: int, height: int) -> dict[str, Any]:
        """The root wrapper chain over one template (decorations on a relative wrapper)."""
        depth = self.rng.randint(0, 7)
        content_style: dict[str, Any] = {
            "display": "flex", "flexDirection": "column", "width": "100%", "height": "100%",
            "padding": self.one(self.px(48), self.px(64), self.px(80), "48px 64px", "5%", "4rem 5rem"),
            "justifyContent": self.one("flex-start", "space-between", "center", "flex-start"),
            "backgroundColor": "#fff", **self.font("body")}
        if self.p(0.4):
            content_style["gap"] = self.px(self.one(16, 24, 32, 12.5))
        if self.p(0.3):
            content_style["alignItems"] = self.one("flex-start", "center", "stretch")
        kids: list[dict[str, Any]] = self.template(depth)
        decorations = [self.decoration() for _ in range(self.rng.choice((0, 0, 1, 2, 3)))]
        if decorations:
            content_style["position"] = "relative"
            kids = decorations[: len(decorations) // 2] + kids + decorations[len(decorations) // 2:]
        if self.p(0.2):
            content_style["overflow"] = "hidden"
        node = el("div", self.redundant(content_style, "column"), kids)
        if self.p(0.25):  # a card floating on a backdrop: fixed or % size, border, shadow
            node["props"]["style"].update(width=self.one("90%", self.px(1000), "calc(100% - 96px)", "85%"),
                                          height=self.one("auto", "80%", self.px(480), "100%"),
                                          border=f"{self.one(1, 2)}px solid #e5e7eb", borderRadius=self.px(24),
                                          boxShadow="0 10px 40px rgba(0,0,0,0.12)")
            if self.p(0.5):
                del node["props"]["style"]["height"]
            node = el("div", {"display": "flex", "width": "100%", "height": "100%", "alignItems": "center",
                              "justifyContent": "center", "backgroundColor": "#f4f4f5",
                              **({"padding": self.px(40)} if self.p(0.4) else {})}, node)
        for level in range(depth):
            wrapper: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%"}
            if self.p(0.3):
                wrapper["flexDirection"] = self.one("column", "row")
            if self.p(0.25):
                wrapper["padding"] = self.px(self.one(8, 16, 24, 2))
            if self.p(0.2):
                wrapper["position"] = "relative"
            if self.p(0.15):
                del wrapper[self.one("width", "height")]
            if self.p(0.2):
                wrapper.update(alignItems="center", justifyContent="center")
            if level == depth - 1 and self.p(0.3):  # the outermost: Vercel's template root
                wrapper.update(backgroundColor="white", backgroundImage="linear-gradient(to bottom, #dbf4ff, #fff1f1)")
            node = el("div", self.redundant(wrapper, wrapper.get("flexDirection", "row")), node)
        finished: dict[str, Any] = self.finish(node)
        return finished

    def finish(self, node: Any) -> Any:
        """The author's last touches on every element: Tailwind classes in ``tw`` (the tailwind dialect, some
        elements), a ``className`` copied from a component library (both ignored by Next but for ``tw``)."""
        if isinstance(node, list):
            return [self.finish(child) for child in node]
        if not isinstance(node, dict):
            return node
        props = dict(node["props"])
        if "children" in props:
            props["children"] = self.finish(props["children"])
        if node["type"] == "div" and self.p(0.12):  # semantic markup (Satori's presets add their margins)
            text = isinstance(props.get("children"), str)
            node = {**node, "type": self.one(*(TEXT_TAGS if text else BOX_TAGS))}
        if self.dialect == "tailwind" and self.use_tw and node["type"] != "svg" and self.p(0.6):
            classes, rest = tailwind(props.get("style", {}), self.rng, listed=self.listed)
            if classes:
                props["tw"] = classes
                if rest or "leading-" in classes or self.p(0.5):  # Next throws on tw leading without style
                    props["style"] = rest
                else:
                    del props["style"]
        if self.p(0.05):
            props["className"] = self.one("flex items-center gap-2", "card", "text-muted-foreground")
        return {**node, "props": props}


def generate(seed: int, count: int, prefix: str | None = None, *, listed: bool = False) -> list[dict[str, Any]]:
    """``count`` trees of ``seed`` (ids ``{prefix}-NNNN``, by default ``l10s{seed}``)."""
    prefix = prefix or f"l10s{seed}"
    cases = []
    for i in range(count):
        rng = random.Random(f"{GENERATOR}:{seed}:{i}")
        width, height = rng.choice(CANVASES)
        faces = rng.random() < 0.6
        author = Author(rng, faces=faces, listed=listed and rng.random() < 0.15, width=width)
        case: dict[str, Any] = {"id": f"{prefix}-{i:04d}", "width": width, "height": height,
                                "element": author.card(width, height)}
        cases.append({**case, "fonts": FACES} if faces else case)
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = outsider_parser((__doc__ or "").split("\n")[0])
    parser.add_argument("--no-listed", dest="listed", action="store_false",
                        help="draw no font sizes in vw or %% (Satori loses them: a listed difference)")
    args = parser.parse_args(argv)
    return run_outsider(args, report, lambda: generate(args.seed, args.count, listed=args.listed), GENERATOR, VERSION,
                        listed=args.listed)


if __name__ == "__main__":
    sys.exit(main())
