"""An outsider's layout fuzzer, round seven: a JSX fuzzer's trees, text that sizes boxes, and fractions.

Role: a seed -> random element trees as someone fuzzing "JSX in, boxes out" would write them, from
React's child rules, the reference (/work/shared/reference/satori.md) and CSS alone, without the other
generators' code or value tables, leaning where the six earlier outsider generators draw little:

- *text inside layout*: rows whose items are sized by their text in several faces (Geist 300-900,
  italic, Roboto, Geist Mono, CJK) and sizes at once, under ``alignItems: baseline`` /
  ``alignSelf: baseline`` beside images, inline ``<svg>`` and nested boxes of other font sizes; bare
  text beside ``<span>`` beside elements in one parent; text in shrinking and wrapping flex items with
  the automatic minimum size; ``fontSize`` and ``lineHeight`` (number, numeric string, px, %, em,
  rem, ``normal``) inherited through several levels and overridden half-way; ``letterSpacing`` (px,
  em, negative), ``wordSpacing``, ``textIndent``, every ``whiteSpace``, long words under
  ``wordBreak``, ``textAlign``, ``textTransform``, ellipsis and line clamps on shrinking items;
- *React's shapes*: children as arrays nested in arrays, ``null``/``false``/``true``/``""`` holes,
  numbers (0, negative, fractional) as children, strings of spaces, one string split in several,
  ``<br>``, ``<p>``, ``<h1>``-``<h6>``, ``<ul>``/``<li>``, ``<img>`` with both, one or no size props
  (PNG data URIs of odd sizes, an SVG with a viewBox only), ``<svg>`` with a viewBox only, ``<span>``
  with ``display: flex`` nested in ``<span>``, a ``key`` prop and ``className`` left in;
- *fractions*: canvases of any size from 1 px to 2,400 px (odd and prime widths), sizes and spacing
  of x.5, x.25 and thirds, percentages of fractional parents, ``flex: 1`` among 3, 7 or 11 siblings,
  borders of 0.5 px, chains of paddings 10 levels deep that accumulate fractions (Satori's Yoga
  rounds every box to the pixel grid: the boxes compared are the rounded ones).

Each tree is laid out by the real Satori (``satori_boxes.mjs``, Next.js 16.4.6's bundle) and by
pureog (:func:`pureog.layout_boxes`), compared as :mod:`conformance.layout.check` compares them, and
*its text too*: Satori reports no text through ``onNodeDetected``, so each tree also asks for the
boxes ``debug: true`` outlines around every glyph run (:mod:`conformance.layout.text_runs`: left
edge, baseline minus line height, width, line height), compared with pureog's within the same
0.5 px; text at another baseline or broken into other runs inside a box of the right size is a miss.
The element boxes found nothing new (seeds 10-15: 585 trees, all match); the text runs found two
classes of the ``debug: true`` overlay (spec/layout.md: a no-break-space-joined word's face, a 0-wide
text box's outlines), 49 misses before their fixes, none after.

Trees Satori refuses (or never answers: ``break-all`` in a box narrower than a glyph, drawn rarely)
are dropped. Listed differences (spec/differences.md) are not drawn: no font size in %, vw or pt, no
relative font weight, no variable font. Counted apart: misses where Satori's boxes hold NaN or pass
1e6 px (Yoga's float32 noise) and trees past pureog's input limits (spec/limits.md).

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen11 --seed 0 --count 100       # match rate, misses
    python -m conformance.layout.generate_layoutgen11 --seed 50 --count 30 --keep 14 --out F
        # the committed slice, F = conformance/layout/corpus/layoutgen11-50.json
    python -m conformance.layout.generate_layoutgen11 --seed 1 --count 100 --out /tmp/lg11-1.json
    python -m conformance.layout.generate_layoutgen11 --corpus /tmp/lg11-1.json  # re-check pureog only
    python -m conformance.layout.reduce --corpus /tmp/lg11-1.json --all-mismatches

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check` and
:mod:`conformance.layout.text_runs`), paintgen's PNG encoder and the standard library.
"""

from __future__ import annotations

import base64
import math
import random
import sys
from typing import Any

from conformance.layout.check import compare
from conformance.layout.generate import degenerate_boxes, outsider_parser, print_misses, run_outsider
from conformance.layout.text_runs import text_difference
from conformance.paintgen.generate import rgba_png

GENERATOR = "layoutgen11"
VERSION = 1

FACES = [
    {"name": "Geist", "path": "pureog/fonts/Geist-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Geist", "path": "pureog/fonts/Geist-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Light.ttf", "weight": 300, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Black.ttf", "weight": 900, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Italic.ttf", "weight": 400, "style": "italic"},
    {"name": "Roboto", "path": "conformance/fonts/Roboto-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Roboto", "path": "conformance/fonts/Roboto-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Geist Mono", "path": "conformance/fonts/GeistMono-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Noto Sans SC", "path": "conformance/fonts/NotoSansCJKSC-subset.otf", "weight": 400, "style": "normal"},
]
FAMILIES = ("Geist", "Roboto", "Geist Mono", "Roboto, Geist", "'Geist Mono', monospace", "Noto Sans SC, Geist",
            "serif", "Unknown Face, Roboto")
WEIGHTS = (300, 400, 500, 600, 700, 800, 900, "normal", "bold")

WORDS = ("a", "I", "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "Ag", "xyz", "Wq",
         "typography", "baseline", "fffi", "AVA", "To", "12.50", "1,024", "$9.99", "—", "…", "(ok)",
         "straße", "naïve", "Ωμέγα", "Привет", "日本語", "中文", "l", "W", "mmmm", "iiii")
LONG_WORDS = ("Supercalifragilisticexpialidocious", "https://example.com/a/very/long/path/segment",
              "Donaudampfschifffahrtsgesellschaft", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "漢字漢字漢字漢字漢字漢字")
TEXT_TAGS = ("span", "p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "small", "code", "a",
             "label", "mark", "li", "u", "s", "del", "sub", "sup", "button", "q", "abbr", "kbd")
BOX_TAGS = ("div", "div", "div", "section", "ul", "ol", "blockquote", "article", "header", "nav", "pre",
            "figure", "form", "main")


def el(tag: str, props: dict[str, Any], children: Any = None) -> dict[str, Any]:
    """A React element as a JSX compiler emits it (``children`` inside ``props``, omitted when none)."""
    body = dict(props)
    if children is not None:
        body["children"] = children
    return {"type": tag, "props": body}


def _png_uri(width: int, height: int, tint: int) -> str:
    data = rgba_png(width, height, lambda x, y: ((x * 40 + tint) % 256, (y * 60) % 256, tint % 256, 255))
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


IMAGES = (_png_uri(7, 3, 10), _png_uri(1, 1, 90), _png_uri(5, 9, 160), _png_uri(13, 13, 220), _png_uri(3, 11, 30))
SVG_VIEWBOX_ONLY = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 30 10'>"
                    "<rect width='30' height='10' fill='red'/></svg>")
SVG_SIZED = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='17' height='23' "
             "viewBox='0 0 17 23'><circle cx='8' cy='11' r='8' fill='blue'/></svg>")


def _num(x: float) -> float | int:
    """Whole numbers as ints (as an author writes them), others rounded to 4 places."""
    x = round(x, 4)
    return int(x) if x == int(x) else x


class Fuzzer:
    """One tree's drawing: ``rng`` decides everything; ``depth`` bounds the recursion."""

    def __init__(self, rng: random.Random, *, faces: bool) -> None:
        self.rng = rng
        self.faces = faces
        self.nodes = 0

    def p(self, chance: float) -> bool:
        return self.rng.random() < chance

    def one(self, *options: Any) -> Any:
        return self.rng.choice(options)

    # -- values ------------------------------------------------------------------------------------

    def fraction(self, low: float, high: float) -> float | int:
        """A length as fuzzers love them: whole, x.5, x.25, a third, or any float."""
        base = self.rng.uniform(low, high)
        form = self.rng.random()
        if form < 0.3:
            return _num(round(base))
        if form < 0.5:
            return _num(math.floor(base) + 0.5)
        if form < 0.6:
            return _num(math.floor(base) + self.one(0.25, 0.75))
        if form < 0.75:
            return _num(math.floor(base) + 1 / 3)
        return _num(base)

    def length(self, low: float, high: float) -> Any:
        value = self.fraction(low, high)
        form = self.rng.random()
        if form < 0.55:
            return value
        if form < 0.8:
            return f"{value}px"
        if form < 0.9:
            return f"{_num(float(value) / 16)}rem"
        return f"{_num(float(value) / 16)}em"

    def percent(self) -> str:
        return f"{_num(self.one(100 / 3, 50, 100, 25, 12.5, 66.667, 33.3333, 99.5, self.rng.uniform(1, 100)))}%"

    def font_size(self) -> Any:
        form = self.rng.random()
        size = self.one(8, 9.5, 10, 11, 12, 12.5, 13, 14, 15, 16, 17.5, 18, 20, 22, 24, 28, 31, 32, 40, 48, 64, 72)
        if form < 0.5:
            return size
        if form < 0.75:
            return f"{size}px"
        if form < 0.9:
            return f"{_num(self.one(0.5, 0.75, 0.875, 1, 1.25, 1.5, 2, 3))}em"
        return f"{_num(self.one(0.625, 0.75, 1, 1.125, 1.5, 2.25))}rem"

    def line_height(self) -> Any:
        return self.one(1, 1.2, 1.5, 2, 0.8, 1.15, "1.4", "normal", "20px", "150%", "120%", "1.5em", "2rem",
                        "24px", "0.9", 0, "100%", 3)

    def text(self, *, long: bool = False) -> str:
        count = self.rng.randint(1, 9)
        words = [self.one(*WORDS) for _ in range(count)]
        if long or self.p(0.12):
            words.insert(self.rng.randint(0, len(words)), self.one(*LONG_WORDS))
        sep = self.one(" ", " ", " ", "  ", "\u00a0", " \n ", "\t")
        text = sep.join(words)
        if self.p(0.1):
            text = self.one(" ", "  ", "\n") + text
        if self.p(0.1):
            text = text + self.one(" ", "  ", "\n")
        return text

    def text_style(self) -> dict[str, Any]:
        """The text properties an element sets for itself and its descendants."""
        style: dict[str, Any] = {}
        if self.p(0.45):
            style["fontSize"] = self.font_size()
        if self.p(0.35):
            style["lineHeight"] = self.line_height()
        if self.faces and self.p(0.35):
            style["fontFamily"] = self.one(*FAMILIES)
        if self.faces and self.p(0.25):
            style["fontWeight"] = self.one(*WEIGHTS)
        if self.faces and self.p(0.08):
            style["fontStyle"] = "italic"
        if self.p(0.15):
            style["letterSpacing"] = self.one(1, -0.5, "0.5px", "0.1em", "-0.02em", "2px", 0.25, "0.05em")
        if self.p(0.06):
            style["wordSpacing"] = self.one(4, "0.5em", "-2px", "10px")
        if self.p(0.06):
            style["textIndent"] = self.one(10, "2em", "-5px", "5%")
        if self.p(0.15):
            style["whiteSpace"] = self.one("normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces")
        if self.p(0.06):
            # break-all only now and then: Satori never returns on it in a box narrower than a glyph
            style["wordBreak"] = self.one("keep-all", "normal", "break-all" if self.p(0.3) else "keep-all")
        if self.p(0.12):
            style["textAlign"] = self.one("left", "center", "right", "justify", "start", "end")
        if self.p(0.06):
            style["textTransform"] = self.one("uppercase", "lowercase", "capitalize")
        return style

    def box_style(self, *, row: bool | None = None) -> dict[str, Any]:
        """A flex container's own layout: direction, alignment, spacing in fractions."""
        style: dict[str, Any] = {"display": "flex"}
        if row is None:
            row = self.p(0.55)
        if not row:
            style["flexDirection"] = self.one("column", "column", "column-reverse")
        elif self.p(0.2):
            style["flexDirection"] = self.one("row", "row-reverse")
        if self.p(0.45):
            style["alignItems"] = self.one("baseline", "baseline", "flex-start", "center", "flex-end", "stretch")
        if self.p(0.2):
            style["justifyContent"] = self.one("center", "space-between", "space-around", "flex-end")
        if self.p(0.25):
            style["flexWrap"] = self.one("wrap", "wrap", "wrap-reverse")
        if self.p(0.3):
            style["gap"] = self.length(0, 12)
        if self.p(0.4):
            style["padding"] = self.one(self.length(0, 12),
                                        f"{self.fraction(0, 8)}px {self.fraction(0, 8)}px",
                                        self.percent() if self.p(0.2) else 0.5)
        if self.p(0.15):
            style["border"] = f"{self.one(0.5, 1, 1.5, 2, 3.25)}px solid #888"
        if self.p(0.1):
            style["margin"] = self.one(self.length(0, 10), "auto", -0.5, "0 auto", f"{self.fraction(-6, 6)}px")
        return style

    def item_style(self, siblings: int) -> dict[str, Any]:
        """How an item sits in its parent: flex factors among odd sibling counts, fractional sizes."""
        style: dict[str, Any] = {}
        form = self.rng.random()
        if form < 0.25:
            style["flex"] = self.one(1, "1", "1 1 0%", "1 1 0", "1 0 auto", 2, "0 1 auto", "1 1 33.333%")
        elif form < 0.35:
            style["flexGrow"] = self.one(1, 0.5, 1 / 3, 2)
            if self.p(0.5):
                style["flexBasis"] = self.one(0, "0%", self.length(0, 80), self.percent())
        elif form < 0.45:
            style["flexShrink"] = self.one(0, 1, 3)
        if self.p(0.25):
            style["width"] = self.one(self.length(1, 260), self.percent(), f"{_num(100 / max(siblings, 1))}%")
        if self.p(0.15):
            style["height"] = self.one(self.length(1, 120), self.percent())
        if self.p(0.12):
            style["minWidth"] = self.one(0, "0", self.length(0, 60), "auto", self.percent())
        if self.p(0.08):
            style["maxWidth"] = self.one(self.length(10, 200), self.percent(), "100%")
        if self.p(0.1):
            style["alignSelf"] = self.one("baseline", "baseline", "center", "flex-end", "stretch")
        if self.p(0.1):
            style["margin"] = self.one(self.fraction(-4, 8), "auto", f"0 {self.fraction(0, 6)}px", "0.5px")
        if self.p(0.06):
            style["overflow"] = "hidden"
        return style

    # -- leaves ------------------------------------------------------------------------------------

    def image(self) -> dict[str, Any]:
        props: dict[str, Any] = {"src": self.one(*IMAGES, SVG_VIEWBOX_ONLY, SVG_SIZED)}
        sizes = self.one("both", "width", "height", "none", "style", "both")
        if sizes in ("both", "width"):
            props["width"] = self.fraction(1, 90)
        if sizes in ("both", "height"):
            props["height"] = self.fraction(1, 90)
        style: dict[str, Any] = {}
        if sizes == "style":
            style["width"] = self.length(1, 90)
            if self.p(0.5):
                style["height"] = self.length(1, 90)
        if self.p(0.3):
            style.update(self.item_style(1))
        if style or self.p(0.3):
            props["style"] = style
        return el("img", props)

    def inline_svg(self) -> dict[str, Any]:
        props: dict[str, Any] = {"viewBox": self.one("0 0 24 24", "0 0 100 50", "0 0 10 30")}
        if self.p(0.4):
            props["width"] = self.one(self.fraction(4, 60), "1em", "2em", "100%")
        if self.p(0.4):
            props["height"] = self.one(self.fraction(4, 60), "1em", "24")
        if self.p(0.3):
            props["style"] = {k: v for k, v in self.item_style(1).items() if k != "overflow"}
        return el("svg", props, [el("rect", {"x": 2, "y": 2, "width": 8, "height": 8, "fill": "currentColor"})])

    def child_text(self) -> Any:
        """A text child as JSX produces it: a string, a number, or a string split by expressions."""
        form = self.rng.random()
        if form < 0.6:
            return self.text()
        if form < 0.72:
            return self.one(0, 1, 42, -3, 3.5, 1024, 0.1, 1e21 if self.p(0.1) else 7)
        if form < 0.85:
            return [self.text(), " ", self.one(3, "x", "items"), self.one("", " ", "!")]
        return self.one(" ", "", "   ", "\n", "\u00a0")

    def hole(self) -> Any:
        return self.one(None, False, True, "", [], [None, False])

    # -- trees -------------------------------------------------------------------------------------

    def text_element(self, depth: int) -> dict[str, Any]:
        """A text tag holding text, maybe spans of other sizes inside it (as an author nests emphasis)."""
        tag = self.one(*TEXT_TAGS)
        style = self.text_style()
        style.update(self.item_style(2))
        if self.p(0.1):
            style.update({"overflow": "hidden", "textOverflow": "ellipsis",
                          "whiteSpace": self.one("nowrap", "normal")})
            if style["whiteSpace"] == "normal" and self.p(0.6):
                style["lineClamp"] = self.one(1, 2, 3)
        props: dict[str, Any] = {}
        if depth > 0 and self.p(0.3):
            # a span holding spans: Satori needs display flex (or contents) around several children
            style["display"] = self.one("flex", "flex", "contents")
            if self.p(0.5):
                style["alignItems"] = self.one("baseline", "center", "flex-end")
            if self.p(0.3):
                style["flexWrap"] = "wrap"
            kids: list[Any] = []
            for _ in range(self.rng.randint(2, 4)):
                kids.append(self.one(self.child_text(), self.text_element(depth - 1), self.hole()))
            children: Any = kids
        else:
            children = self.child_text()
            if isinstance(children, list):
                style.setdefault("display", "flex")
        if style:
            props["style"] = style
        if self.p(0.05):
            props["className"] = "text-sm"
        if self.p(0.05):
            props["key"] = f"k{self.nodes}"
        self.nodes += 1
        return el(tag, props, children)

    def box(self, depth: int, siblings: int = 1) -> dict[str, Any]:
        self.nodes += 1
        style = self.box_style()
        style.update(self.text_style() if self.p(0.4) else {})
        style.update(self.item_style(siblings))
        tag = self.one(*BOX_TAGS)
        count = self.rng.choice((1, 2, 3, 3, 4, 5, 7, 11)) if depth > 0 else self.rng.randint(1, 3)
        children: list[Any] = []
        for _ in range(count):
            children.append(self.child(depth - 1, count))
        if self.p(0.25):
            children.insert(self.rng.randint(0, len(children)), self.hole())
        shaped: Any = children
        if self.p(0.15) and len(children) > 2:
            # JSX's `{items.map(...)}` beside siblings: a nested array
            cut = self.rng.randint(1, len(children) - 1)
            shaped = [*children[:cut], children[cut:]]
        props: dict[str, Any] = {"style": style}
        if self.p(0.04):
            props["className"] = "flex"
        return el(tag, props, shaped)

    def baseline_row(self, depth: int) -> dict[str, Any]:
        """A row aligned on baselines: text of other faces and sizes, images, svg, nested boxes."""
        self.nodes += 1
        style = self.box_style(row=True)
        style["alignItems"] = "baseline"
        style.update(self.item_style(1))
        children: list[Any] = []
        for _ in range(self.rng.randint(2, 6)):
            form = self.rng.random()
            if form < 0.25:
                children.append(self.text())
            elif form < 0.55:
                children.append(self.text_element(depth - 1))
            elif form < 0.7:
                children.append(self.image())
            elif form < 0.78:
                children.append(self.inline_svg())
            elif depth > 0:
                children.append(self.child(depth - 1, 3))
            else:
                children.append(self.text_element(0))
        return el("div", {"style": style}, children)

    def fraction_chain(self, depth: int) -> dict[str, Any]:
        """Boxes nested 4-10 deep, each padded, bordered or sized by fractions, text at the bottom."""
        self.nodes += 1
        inner: Any = self.one(self.text_element(0), self.baseline_row(0), self.image())
        for _ in range(self.rng.randint(4, 10)):
            style: dict[str, Any] = {"display": "flex", "flexDirection": self.one("row", "column")}
            style[self.one("padding", "paddingLeft", "paddingTop", "margin", "borderWidth")] = \
                self.one(0.5, 0.25, 1 / 3, 1.5, 0.75, "0.5px", "0.3px")
            if self.p(0.3):
                style["width"] = self.one(self.percent(), self.fraction(20, 300))
            if self.p(0.3):
                style["flex"] = 1
            siblings = [inner]
            if self.p(0.3):
                siblings += [el("div", {"style": {"display": "flex", "flex": 1, "height": self.fraction(1, 9)}})
                             for _ in range(self.one(2, 6, 10))]
            inner = el("div", {"style": style}, siblings)
        return el("div", {"style": {"display": "flex", **self.item_style(1)}}, inner)

    def odd_row(self) -> dict[str, Any]:
        """``flex: 1`` among 3, 7 or 11 siblings in a fractional width, some with text."""
        self.nodes += 1
        n = self.one(3, 7, 11, 9, 13)
        style: dict[str, Any] = {"display": "flex", "width": self.one(self.fraction(50, 700), self.percent(), "100%")}
        if self.p(0.5):
            style["gap"] = self.fraction(0, 7)
        if self.p(0.3):
            style["flexDirection"] = "column"
            style["height"] = self.fraction(30, 400)
        kids = []
        for _ in range(n):
            kid_style: dict[str, Any] = {"display": "flex", "flex": self.one(1, 1, "1 1 0%", 2, "1 1 auto")}
            if self.p(0.2):
                kid_style["minWidth"] = 0
            kids.append(el("div", {"style": kid_style}, self.text() if self.p(0.35) else None))
        return el("div", {"style": style}, kids)

    def child(self, depth: int, siblings: int) -> Any:
        form = self.rng.random()
        if depth <= 0 or self.nodes > 60:
            return self.one(self.text_element(0), self.child_text(), self.image(), self.text_element(0))
        if form < 0.22:
            return self.box(depth, siblings)
        if form < 0.4:
            return self.text_element(min(depth, 2))
        if form < 0.52:
            return self.baseline_row(depth)
        if form < 0.6:
            return self.child_text()
        if form < 0.66:
            return self.image()
        if form < 0.7:
            return self.inline_svg()
        if form < 0.76:
            return self.fraction_chain(depth)
        if form < 0.82:
            return self.odd_row()
        if form < 0.88:
            return el("br", {})
        if form < 0.94:
            return self.list_block(depth)
        return el("div", {"style": {"display": self.one("none", "contents", "flex"), **self.text_style()}},
                  [self.child_text(), self.text_element(0)])

    def list_block(self, depth: int) -> dict[str, Any]:
        """A ``<ul>`` of ``<li>`` as an author writes it (``display: flex`` where items hold several children)."""
        self.nodes += 1
        items = []
        for _ in range(self.rng.randint(1, 4)):
            if self.p(0.5):
                items.append(el("li", {"style": self.text_style()} if self.p(0.4) else {}, self.text()))
            else:
                items.append(el("li", {"style": {"display": "flex", **self.text_style()}},
                                [self.one("• ", "1. ", "–"), self.text_element(0)]))
        return el(self.one("ul", "ol"), {"style": {"display": "flex", "flexDirection": "column",
                                                    **self.item_style(1)}}, items)

    def root(self, width: int, height: int) -> dict[str, Any]:
        style = self.box_style(row=self.p(0.4))
        style.update(self.text_style())
        if self.p(0.7):
            style["width"] = self.one("100%", width, f"{_num(width - 0.5)}px", self.percent())
        if self.p(0.6):
            style["height"] = self.one("100%", height, self.percent())
        depth = self.rng.randint(1, 4)
        children = [self.child(depth, 3) for _ in range(self.rng.randint(1, 5))]
        if self.p(0.2):
            children = [*children, self.hole()]
        return el(self.one("div", "div", "main", "section"), {"style": style}, children)


def canvas(rng: random.Random) -> tuple[int, int]:
    """Any canvas: the usual ones, tiny ones, odd and prime widths, huge ones."""
    form = rng.random()
    if form < 0.3:
        return rng.choice(((1200, 630), (800, 400), (400, 300), (600, 315)))
    if form < 0.45:
        return rng.randint(1, 40), rng.randint(1, 60)
    if form < 0.75:
        return rng.choice((97, 101, 333, 517, 641, 719, 1009, 1201)), rng.choice((61, 127, 211, 337, 631))
    if form < 0.9:
        return rng.randint(41, 900), rng.randint(41, 900)
    return rng.randint(1500, 2400), rng.randint(900, 2400)


def generate(seed: int, count: int, prefix: str | None = None) -> list[dict[str, Any]]:
    """``count`` trees of ``seed`` (ids ``{prefix}-NNNN``, by default ``l11s{seed}``)."""
    prefix = prefix or f"l11s{seed}"
    cases = []
    for i in range(count):
        rng = random.Random(f"{GENERATOR}:{seed}:{i}")
        width, height = canvas(rng)
        faces = rng.random() < 0.6
        fuzzer = Fuzzer(rng, faces=faces)
        case: dict[str, Any] = {"id": f"{prefix}-{i:04d}", "width": width, "height": height,
                                "element": fuzzer.root(width, height), "text": True}
        cases.append({**case, "fonts": FACES} if faces else case)
    return cases


def report(cases: list[dict[str, Any]]) -> list[str]:
    """Print each miss and the match rate; misses where Satori's boxes hold NaN or the tree passes
    pureog's input limits are counted apart."""
    problems = {c["id"]: compare(c).problem or text_difference(c) for c in cases}
    apart = {c["id"]: "NaN or past 1e6 px in Satori, or pureog's input limits (spec/limits.md)" for c in cases
             if problems[c["id"]] and (degenerate_boxes(c["boxes"]) or "is over the limit" in str(problems[c["id"]]))}
    return print_misses(cases, problems, apart)


def main(argv: list[str] | None = None) -> int:
    parser = outsider_parser((__doc__ or "").split("\n")[0])
    args = parser.parse_args(argv)
    return run_outsider(args, report, lambda: generate(args.seed, args.count), GENERATOR, VERSION)


if __name__ == "__main__":
    sys.exit(main())
