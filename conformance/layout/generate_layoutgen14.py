"""An outsider's layout fuzzer, round ten: sizing contexts composed, and layout values passed down as design tokens.

Role: a seed -> random element trees built as *chains of sizing contexts* around a *payload*, so the
same content is asked for its size under each constraint Yoga passes down (an exact size, an
``at-most`` size, none: max-content) and, in one tree, under several of them at once: the measure
pass of a flex item's basis, the pass that fixes its main size after flexing, the stretch relayout
of its cross size, a shrink-to-fit absolute box, a wrapped line's measure. Then, in seven trees of
ten, the layout values are rewritten into *design tokens*: ``var()`` references to custom
properties declared on the element or an ancestor, as design systems pass spacing and sizes down.
The earlier outsider generators draw properties (layoutgen5-9), components (layoutgen10), text
(layoutgen11), the engines' fixtures (layoutgen12) and web-platform-tests' css-flexbox questions
(layoutgen13, the angle this round's brief suggested) one container at a time, and none writes a
layout value through ``var()``; none composes the contexts themselves, 2-7 deep, over the same
content. Written from Yoga's ``CalculateLayout.cpp`` structure (its sizing modes,
``computeFlexBasisForChild``, the stretch relayout), the reference (/work/shared/reference/satori.md:
custom properties, inheritance) and CSS alone, without the other generators' code or value tables.

- *contexts* (:data:`CONTEXTS`), each a function wrapping a node in the box(es) that impose one
  constraint: a shrink-to-fit absolute box (insets on one side, on both: a definite width), an
  item of an indefinite row or column (basis ``auto``: measured at max-content), a stretched
  column item (at-most the column's width), a ``flex: 1`` / ``flexBasis: 0`` / ``%`` basis item
  beside fixed siblings, a shrinking item in negative free space (shrink factors 0, fractions,
  several), a wrapped line with siblings (``wrap-reverse`` too), min/max width and height in px
  and % (of definite and indefinite containers), a % size, padding and border under both
  ``boxSizing`` values, ``display: contents``, ``overflow: hidden`` with a size smaller than the
  content, auto margins in both axes, a column of definite height whose item grows, ``alignSelf``
  other than stretch, reversed directions, gaps in px, % and two values, ``display: none``
  siblings, zero-size containers;
- *payloads* (:data:`PAYLOADS`): words that wrap (several faces, sizes, letter spacings), a long
  word, a row of fixed boxes that wraps (its max-content the sum, its min-content the widest), a
  column that wraps under a max height, an ``<img>`` with a natural size (sized by one side, by
  min/max or stretched), items with % sizes and % gaps, a baseline row of texts, a ``flex: 1`` pair
  sharing text, nested auto-sized rows of text;
- the page: 1-3 chains side by side (in a row, a column or a wrapping row), now and then the same
  payload again under another chain;
- *tokens* (:class:`Tokens`): a third of the layout declarations (sizes, min/max, margins,
  paddings, gaps, ``flex`` and its longhands, insets, border widths, font size, weight, line height,
  letter spacing, the alignment, direction, wrap, position, boxSizing and overflow keywords)
  become ``var(--name)`` with the value declared on the element or an ancestor: plain, as a JS
  number, in rem / em of the declaring box (now and then given its own font size) / vw / vh, with
  a fallback, missing with a fallback (through another ``var()`` too), missing without one (the
  property's initial value, as Satori writes ``initial``), declared only on a descendant or in
  another case, chained through another variable, overridden nearer the use, one part of a
  shorthand, a number whose unit or sign is written beside the reference (``var(--n)px``,
  ``-var(--n)``: Satori pastes the text), spaces inside ``var( )`` and around the value.

Only what Satori draws (its support table; no listed difference of spec/differences.md); trees
Satori refuses are dropped, misses where Satori's boxes hold NaN or pass 1e6 px counted apart. Each
tree is laid out by the real Satori (``satori_boxes.mjs``, Next.js 16.4.6's bundle) and by pureog
(:func:`pureog.layout_boxes`), compared as :mod:`conformance.layout.check` compares them; a tree
with text also compares the runs Satori's ``debug: true`` outlines (:mod:`conformance.layout.text_runs`).

It found one class: a two-value gap written through ``var()`` (``gap: var(--g)`` with ``--g: 0 8%``,
``gap: var(--g) 8px``). Satori substitutes the variable, then hands the text it cannot convert to
Yoga's ``setGap``, which reads its leading number for both gaps (a % only when the text ends with
%), as for a literal two-value gap; pureog read the unsubstituted text and kept CSS's two gaps.
Fixed in the cascade (``_yoga_gap`` reads the substituted text; tests/style/test_shorthands,
``corpus/layoutgen14-reduced.json``); a probe beside it found its sibling, a ``rowGap`` /
``columnGap`` whose variable is ``NaN`` or ``Infinity`` after a ``gap`` (unset in Yoga, which keeps
the gap's value; pureog tested the unsubstituted text), fixed the same way, and their root: Satori
reads the substituted text as a literal one (``Number()``: ``--x: ' 0x10 '`` is 16 px), which pureog
now substitutes before it reads the value. Seeds 50-99 of the final
generator, twenty trees each (937 kept, 25,311 boxes, 690 trees with text): 905 matched before the
fix (the 32 others all that class), 937 after. Of the 3,803 trees of its drafts (seeds 0-45, without
and with the tokens) 3,794 match after it, the 9 others listed differences the generator no longer
draws: a font size in vw, vh or % through a variable (Satori loses it), ``lineHeight`` through a
missing variable (Satori's ``initial``) and ``lineHeight`` ``normal`` with spaces around it
(``' normal '``, literal or a variable's value: NaN to Satori, the text not drawn; added to that row
of spec/differences.md). Trees Satori refuses (about 3 %) are its throws on a missing variable in a shorthand or gap
(``initial``) and on a number variable inside a shorthand (``2px 6``).

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen14 --seed 0 --count 100       # match rate, misses
    python -m conformance.layout.generate_layoutgen14 --seed 100 --count 30 --keep 14 --out F
        # the committed slice, F = conformance/layout/corpus/layoutgen14-100.json
    python -m conformance.layout.generate_layoutgen14 --seed 1 --count 100 --out /tmp/lg14-1.json
    python -m conformance.layout.generate_layoutgen14 --corpus /tmp/lg14-1.json  # re-check pureog only
    python -m conformance.layout.reduce --corpus /tmp/lg14-1.json --all-mismatches

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`), paintgen's PNG encoder and
the standard library.
"""

from __future__ import annotations

import base64
import json
import random
import sys
from collections.abc import Callable
from typing import Any

from conformance.layout.generate import box_and_text_problems, outsider_parser, print_misses, run_outsider, seeded_trees
from conformance.layout.layoutgen13_tests import FACES  # the same four faces
from conformance.paintgen.generate import rgba_png

GENERATOR = "layoutgen14"
VERSION = 1

Node = dict[str, Any]
Style = dict[str, Any]

CANVASES = ((600, 400), (800, 600), (1200, 630), (400, 400), (300, 200), (500, 900))
_WORDS = ("size", "the", "same", "content", "measured", "again", "fit", "wrap", "a", "longer", "word", "Ag")
_LONG = ("Unbreakablewordhere", "MMMMMMMMMMMM", "https://example.com/path/to/page")
_NATURAL = ((40, 20), (20, 40), (60, 60), (30, 10), (100, 50))


class Chain:
    """One tree's random draws: a seeded ``random.Random``, the images drawn so far, the faces."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.faces = rng.random() < 0.4
        self.images: dict[tuple[int, int], str] = {}

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: tuple[Any, ...]) -> Any:
        return self.rng.choice(options)

    def px(self, options: tuple[Any, ...] = (0, 10, 20, 40, 60, 80, 100, 150, 200, 300)) -> Any:
        value = self.pick(options)
        return f"{value}px" if self.chance(0.1) else value

    def length(self, pct: float = 0.3) -> Any:
        return self.pick(("10%", "25%", "50%", "75%", "100%", "120%")) if self.chance(pct) else self.px()

    def box(self, style: Style, children: list[Node] | Node | None = None, tag: str = "div") -> Node:
        props: dict[str, Any] = {"style": {"display": "flex", **style}}
        if children is not None:
            props["children"] = children
        return {"type": tag, "props": props}

    def filler(self) -> Node:
        """A fixed sibling: the other items a context's container holds."""
        style: Style = {"width": self.px((10, 20, 30, 50, 80)), "height": self.px((10, 20, 30))}
        if self.chance(0.2):
            style["flexShrink"] = self.pick((0, 1, 0.5))
        if self.chance(0.1):
            style["display"] = "none"
        return self.box(style)

    # --- payloads: the content measured ---

    def words(self, low: int = 1, high: int = 7) -> str:
        words = [self.pick(_WORDS) for _ in range(self.rng.randint(low, high))]
        if self.chance(0.2):
            words.insert(self.rng.randint(0, len(words)), self.pick(_LONG))
        return " ".join(words)

    def text(self, low: int = 1, high: int = 7) -> Node:
        style: Style = {}
        if self.chance(0.4):
            style["fontSize"] = self.pick((10, 12, 16, 20, 28, 40, "1.5em"))
        if self.faces and self.chance(0.5):
            style["fontFamily"] = self.pick(("Geist", "Roboto", "Mono"))
        if self.faces and self.chance(0.15):
            style["fontWeight"] = 700
        if self.chance(0.2):
            style["lineHeight"] = self.pick((1, 1.4, "24px", "normal"))
        if self.chance(0.15):
            style["padding"] = self.pick((4, "2px 6px", "5%"))
        if self.chance(0.1):
            style["whiteSpace"] = "nowrap"
        if self.chance(0.15):
            style["letterSpacing"] = self.pick((1, "0.1em", -0.5, "2px"))
        return {"type": self.pick(("div", "span", "p")), "props": {"style": style, "children": self.words(low, high)}}

    def image(self) -> Node:
        natural = self.pick(_NATURAL)
        if natural not in self.images:
            png = rgba_png(natural[0], natural[1], lambda x, y: (0, 100, 200, 255))
            self.images[natural] = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        props: dict[str, Any] = {"src": self.images[natural]}
        roll = self.rng.random()
        if roll < 0.3:
            props["width"] = self.pick((20, 50, 120))
        elif roll < 0.5:
            props["height"] = self.pick((20, 50, 120))
        elif roll < 0.65:
            props["style"] = {self.pick(("width", "height", "maxWidth", "minHeight")):
                              self.pick((30, 90, "50%", "100%"))}
        elif roll < 0.75:
            props["width"], props["height"] = natural
        return {"type": "img", "props": props}

    def p_text(self) -> Node:
        return self.text()

    def p_long(self) -> Node:
        return self.box({"flexDirection": "column"}, [self.text(1, 2), self.text(3, 9)])

    def p_wrap_row(self) -> Node:
        style: Style = {"flexWrap": self.pick(("wrap", "wrap", "wrap-reverse"))}
        if self.chance(0.4):
            style["gap"] = self.pick((4, "5%", "4px 10px", "10% 2px"))
        if self.chance(0.3):
            style["alignContent"] = self.pick(("flex-start", "center", "space-between", "stretch", "flex-end"))
        if self.chance(0.3):
            style["justifyContent"] = self.pick(("center", "space-between", "flex-end", "space-around"))
        kids = [self.box({"width": self.px((20, 30, 40, 60)), "height": self.px((10, 20, 30))})
                for _ in range(self.rng.randint(2, 7))]
        return self.box(style, kids)

    def p_wrap_column(self) -> Node:
        style: Style = {"flexDirection": "column", "flexWrap": "wrap", "maxHeight": self.px((40, 60, 100, 150))}
        if self.chance(0.3):
            style["alignContent"] = self.pick(("flex-start", "center", "stretch"))
        kids = [self.box({"width": self.px((20, 40)), "height": self.px((15, 25, 40))})
                for _ in range(self.rng.randint(2, 6))]
        return self.box(style, kids)

    def p_image(self) -> Node:
        return self.image()

    def p_percent(self) -> Node:
        kids = []
        for _ in range(self.rng.randint(1, 3)):
            style: Style = {self.pick(("width", "height", "flexBasis", "minWidth", "maxWidth")):
                            self.pick(("30%", "50%", "100%")), "height": self.pick((10, 20, "40%"))}
            kids.append(self.box(style, [self.text(1, 3)] if self.chance(0.4) else None))
        style = {"flexDirection": self.pick(("row", "column"))}
        if self.chance(0.4):
            style["gap"] = self.pick(("10%", "5% 3px", 6))
        return self.box(style, kids)

    def p_baseline(self) -> Node:
        kids = [self.text(1, 3) for _ in range(self.rng.randint(2, 3))]
        if self.chance(0.3):
            kids.append(self.image())
        return self.box({"alignItems": "baseline", "flexWrap": self.pick(("nowrap", "wrap"))}, kids)

    def p_flex_pair(self) -> Node:
        a = self.box({"flex": self.pick((1, "1 1 0%", "1 1 auto", "2 1 0")), "minWidth": self.pick((0, "auto", 20))},
                     [self.text()])
        b = self.box({"flex": self.pick((1, "0 0 auto", "1 0 40px"))}, [self.text(1, 3)])
        return self.box({"flexDirection": self.pick(("row", "row", "column"))}, [a, b])

    def p_nested(self) -> Node:
        inner = self.box({"flexDirection": self.pick(("row", "column")), "padding": self.pick((0, 5, "3%"))},
                         [self.text(1, 4), self.text(1, 3)])
        return self.box({"alignItems": self.pick(("stretch", "center", "flex-start"))}, [inner, self.filler()])

    # --- contexts: each wraps a node in the constraint it imposes ---

    def c_abs(self, node: Node) -> Node:
        style: Style = {"position": "absolute"}
        for side in self.rng.sample(("top", "left", "right", "bottom"), self.rng.randint(0, 3)):
            style[side] = self.pick((0, 10, "10%", -5))
        if self.chance(0.3):
            style[self.pick(("justifyContent", "alignItems", "alignSelf"))] = self.pick(("center", "flex-end"))
        holder: Style = {"position": "relative", "width": self.length(0.2), "height": self.px((50, 100, 200))}
        if self.chance(0.3):
            holder["justifyContent"] = self.pick(("center", "flex-end", "space-between"))
        if self.chance(0.3):
            holder["alignItems"] = self.pick(("center", "flex-end"))
        if self.chance(0.2):
            holder["padding"] = self.pick((5, "10px 20px"))
        return self.box(holder, [self.box(style, [node])])

    def c_indefinite_item(self, node: Node) -> Node:
        parent: Style = {"flexDirection": self.pick(("row", "column", "row-reverse"))}
        if self.chance(0.4):
            parent["alignItems"] = self.pick(("flex-start", "center", "flex-end", "baseline"))
        kids = [node] + [self.filler() for _ in range(self.rng.randint(0, 2))]
        self.rng.shuffle(kids)
        return self.box(parent, kids)

    def c_stretch(self, node: Node) -> Node:
        wrapper = self.box({"flexDirection": self.pick(("row", "column"))}, [node])
        return self.box({"flexDirection": "column", "alignItems": "stretch", "width": self.length(0.3)}, [wrapper])

    def c_flex_item(self, node: Node) -> Node:
        item: Style = {}
        key = self.pick(("flex", "flexBasis", "flexGrow"))
        item[key] = {"flex": (1, "1 1 0", "1 0 auto", "0 1 auto", "2 2 0%", "0.5 1 30%"),
                     "flexBasis": (0, "0%", "50%", 30, "auto"), "flexGrow": (1, 0.5, 2)}[key]
        item[key] = self.pick(item[key])
        if self.chance(0.3):
            item["minWidth"] = self.pick((0, 20, "auto", "30%"))
        parent: Style = {"width": self.length(0.2)}
        if self.chance(0.3):
            parent["flexDirection"] = "row-reverse"
        if self.chance(0.3):
            parent["alignItems"] = self.pick(("flex-start", "center"))
        kids = [self.box(item, [node])] + [self.filler() for _ in range(self.rng.randint(0, 2))]
        self.rng.shuffle(kids)
        return self.box(parent, kids)

    def c_shrink(self, node: Node) -> Node:
        item: Style = {"flexShrink": self.pick((0, 0.25, 0.5, 1, 3))}
        if self.chance(0.4):
            item["flexBasis"] = self.pick((100, 200, "80%", "auto"))
        if self.chance(0.3):
            item["minWidth"] = self.pick((0, 30, "auto"))
        parent: Style = {"width": self.px((40, 80, 120, 160)),
                         "justifyContent": self.pick(("flex-start", "center", "flex-end", "space-between"))}
        sibs = [self.box({"width": self.px((50, 100, 150)), "height": 10, "flexShrink": self.pick((0, 1, 0.5, 2))})
                for _ in range(self.rng.randint(1, 2))]
        return self.box(parent, [self.box(item, [node]), *sibs])

    def c_wrapped(self, node: Node) -> Node:
        parent: Style = {"flexWrap": self.pick(("wrap", "wrap-reverse")), "width": self.px((80, 150, 250))}
        if self.chance(0.5):
            parent["alignContent"] = self.pick(("flex-start", "center", "space-between", "space-around", "stretch",
                                                "flex-end"))
        if self.chance(0.4):
            parent["height"] = self.px((100, 200))
        if self.chance(0.3):
            parent["rowGap"] = self.pick((5, "10%"))
        kids = [node] + [self.filler() for _ in range(self.rng.randint(1, 4))]
        self.rng.shuffle(kids)
        return self.box(parent, kids)

    def c_minmax(self, node: Node) -> Node:
        style: Style = {}
        for key in self.rng.sample(("minWidth", "maxWidth", "minHeight", "maxHeight"), self.rng.randint(1, 2)):
            style[key] = self.length(0.35)
        return self.box(style, [node])

    def c_percent(self, node: Node) -> Node:
        style: Style = {self.pick(("width", "height")): self.pick(("50%", "100%", "33%", "80%"))}
        return self.box(style, [node])

    def c_padding(self, node: Node) -> Node:
        style: Style = {"padding": self.pick((5, "10px 3px", "5%", 0)), "borderWidth": self.pick((0, 1, 4)),
                        "borderStyle": "solid", "borderColor": "black"}
        if self.chance(0.5):
            style["boxSizing"] = self.pick(("content-box", "border-box"))
        if self.chance(0.5):
            style[self.pick(("width", "height", "maxWidth", "minHeight"))] = self.px((30, 60, 120))
        return self.box(style, [node])

    def c_contents(self, node: Node) -> Node:
        return {"type": "div", "props": {"style": {"display": "contents", "width": 10}, "children": [node]}}

    def c_overflow(self, node: Node) -> Node:
        style: Style = {"overflow": "hidden", self.pick(("width", "height")): self.px((0, 10, 30, 60))}
        if self.chance(0.4):
            style["flexDirection"] = "column"
        return self.box(style, [node])

    def c_auto_margin(self, node: Node) -> Node:
        item: Style = {}
        for side in self.rng.sample(("marginTop", "marginLeft", "marginRight", "marginBottom"), self.rng.randint(1, 4)):
            item[side] = "auto"
        parent: Style = {"width": self.length(0.2), "height": self.px((60, 150, 300)),
                         "flexDirection": self.pick(("row", "column"))}
        return self.box(parent, [self.box(item, [node]), *([self.filler()] if self.chance(0.4) else [])])

    def c_column_grow(self, node: Node) -> Node:
        item: Style = {self.pick(("flexGrow", "flex")): 1}
        if self.chance(0.3):
            item["minHeight"] = self.pick((0, "auto", 20))
        parent: Style = {"flexDirection": self.pick(("column", "column-reverse")), "height": self.px((60, 150, 300))}
        if self.chance(0.3):
            parent["maxHeight"] = self.px((50, 100))
        kids = [self.box(item, [node])] + [self.filler() for _ in range(self.rng.randint(0, 2))]
        self.rng.shuffle(kids)
        return self.box(parent, kids)

    def c_align_self(self, node: Node) -> Node:
        item: Style = {"alignSelf": self.pick(("flex-start", "center", "flex-end", "stretch", "baseline"))}
        if self.chance(0.3):
            item["margin"] = self.pick((5, "0 10px", "5%"))
        parent: Style = {"flexDirection": self.pick(("row", "column")),
                         "height": self.px((50, 120)) if self.chance(0.5) else "auto"}
        return self.box(parent, [self.filler(), self.box(item, [node])])

    def c_zero(self, node: Node) -> Node:
        return self.box({self.pick(("width", "height")): 0, "flexShrink": self.pick((0, 1))}, [node])

    def c_gap(self, node: Node) -> Node:
        parent: Style = {"flexDirection": self.pick(("row", "column")),
                         "gap": self.pick((10, "10%", "5% 20px", "0 8%"))}
        if self.chance(0.4):
            parent[self.pick(("width", "height"))] = self.px((100, 200))
        kids = [node, self.filler(), self.filler()]
        self.rng.shuffle(kids)
        return self.box(parent, kids)


PAYLOADS: tuple[Callable[[Chain], Node], ...] = (
    Chain.p_text, Chain.p_text, Chain.p_long, Chain.p_wrap_row, Chain.p_wrap_row, Chain.p_wrap_column,
    Chain.p_image, Chain.p_percent, Chain.p_baseline, Chain.p_flex_pair, Chain.p_nested)
CONTEXTS: tuple[Callable[[Chain, Node], Node], ...] = (
    Chain.c_abs, Chain.c_indefinite_item, Chain.c_indefinite_item, Chain.c_stretch, Chain.c_flex_item,
    Chain.c_flex_item, Chain.c_shrink, Chain.c_wrapped, Chain.c_minmax, Chain.c_percent, Chain.c_padding,
    Chain.c_contents, Chain.c_overflow, Chain.c_auto_margin, Chain.c_column_grow, Chain.c_align_self,
    Chain.c_zero, Chain.c_gap)


# The layout properties a design system writes through tokens (custom properties).
_TOKENED = ("width", "height", "minWidth", "maxWidth", "minHeight", "maxHeight", "margin", "marginTop",
            "marginLeft", "marginRight", "marginBottom", "padding", "gap", "rowGap", "columnGap", "flex",
            "flexBasis", "flexGrow", "flexShrink", "top", "left", "right", "bottom", "fontSize", "lineHeight",
            "borderWidth", "flexDirection", "justifyContent", "alignItems", "alignSelf", "alignContent",
            "flexWrap", "position", "boxSizing", "overflow", "fontWeight", "whiteSpace", "letterSpacing")
# Keyword properties: a missing variable (Satori's `initial`) or a length there is an error in Next.js.
_KEYWORDS = {"flexDirection": "column", "justifyContent": "center", "alignItems": "flex-end", "alignSelf": "center",
             "alignContent": "flex-start", "flexWrap": "wrap", "position": "relative", "boxSizing": "content-box",
             "overflow": "hidden", "fontWeight": "400", "whiteSpace": "normal"}


class Tokens:
    """Rewrites a tree's layout values into ``var()`` references to custom properties declared on the
    element or an ancestor, as design systems pass spacing and sizes down: plain, with a fallback, a
    missing one with a fallback, chained through another variable, overridden nearer the use, one part
    of a shorthand, JS numbers as values, spaces inside ``var( )``."""

    def __init__(self, c: Chain) -> None:
        self.c = c
        self.count = 0

    def name(self) -> str:
        self.count += 1
        return f"--{self.c.pick(('space', 'size', 'gap', 'w', 'tk', 'Sz'))}-{self.count}"

    def rewrite(self, node: Node, ancestors: list[Style]) -> None:
        style = node["props"].get("style")
        if isinstance(style, dict):
            for key in [k for k in style if k in _TOKENED]:
                if self.c.chance(0.35):
                    # lineHeight: a missing variable is `initial`, NaN in Satori (a listed difference)
                    keyword = _KEYWORDS.get(key, str(style[key]) if key == "lineHeight" else None)
                    style[key] = self.token(style[key], [*ancestors, style], keyword,
                                            "font" if key == "fontSize" else "")
            ancestors = [*ancestors, style]
        kids = node["props"].get("children")
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, dict) and "props" in kid:
                self.rewrite(kid, ancestors)

    def token(self, value: Any, holders: list[Style], keyword: str | None = None, units: str = "") -> Any:
        c = self.c
        text = str(value)
        parts = text.split()
        if len(parts) > 1 and c.chance(0.4):  # one part of a shorthand through a variable
            i = c.rng.randrange(len(parts))
            parts[i] = self.token(parts[i], holders, keyword, units)
            return " ".join(parts)
        name = self.name()
        stored: Any = value if isinstance(value, (int, float)) and c.chance(0.5) else text
        if isinstance(value, (int, float)) and value and keyword is None and c.chance(0.3):
            # the same length in the units a token sheet writes: rem, em (of the declaring box), vw, vh
            # (a font size in vw or vh is a listed difference: Satori loses it; `units` says which)
            stored = c.pick((f"{value / 16:g}rem", f"{value / 16:g}em", f"{value / 10:g}vw", f"{value / 8:g}vh")
                            [: 2 if units == "font" else 4])
        roll = c.rng.random()
        if keyword is not None and roll < 0.16:
            roll = 0.4
        if roll < 0.12:  # a missing variable and its fallback, now and then a fallback through another
            if c.chance(0.3):
                inner = self.name()
                c.pick(tuple(holders))[inner] = stored
                return f"var({name}, var({inner}, 3px))"
            return f"var({name}, {text})"
        if roll < 0.16:  # a missing variable without a fallback (the property's initial value), or one
            # a descendant declares, or one spelt in another case
            if c.chance(0.5):
                holders[-1][name.upper()] = stored
            return f"var({name})"
        if c.chance(0.08) and keyword is None:  # spaces around the value (` normal ` is NaN to Satori: listed)
            stored = f" {text} "
        holder = c.pick(tuple(holders))
        if roll < 0.2 and keyword is None and isinstance(value, (int, float)) and value > 0:
            # the number alone in the variable, the unit (or a sign) written after the reference: CSS
            # reads two tokens, Satori pastes the text
            holder[name] = c.pick((value, str(value)))
            # (a font size in % is a listed difference: Satori loses it)
            return c.pick((f"var({name})px", f"-var({name})", f"var({name}) px", f"var({name})%")[: 3 if units else 4])
        if roll < 0.25:  # chained: the variable names another, declared on the same or an outer box
            inner = self.name()
            holder[name] = f"var({inner})"
            c.pick(tuple(holders[: holders.index(holder) + 1]))[inner] = stored
        elif roll < 0.35:  # overridden: an outer box declares another value, a nearer one the real one
            holders[0][name] = keyword or c.pick((0, "999px", "auto", "50%"))
            holders[-1][name] = stored
        else:
            holder[name] = stored
        if c.chance(0.15) and "fontSize" not in holder:  # the declaring box's own font size (its em)
            holder["fontSize"] = c.pick((10, 20, 32))
        if roll > 0.9:
            return f"var({name}, {keyword or '7px'})"
        return f"var( {name} )" if c.chance(0.1) else f"var({name})"


def _chain(c: Chain, payload: Node | None = None) -> tuple[Node, Node]:
    """A chain of 2-7 contexts around ``payload`` (a new one when None): (the chain, its payload)."""
    inner = payload if payload is not None else c.pick(PAYLOADS)(c)
    node = inner
    for _ in range(c.rng.randint(2, 7)):
        node = c.pick(CONTEXTS)(c, node)
    return node, inner


def _tree(rng: random.Random, case_id: str) -> dict[str, Any]:
    c = Chain(rng)
    width, height = c.pick(CANVASES)
    chains: list[Node] = []
    payload: Node | None = None
    for _ in range(rng.randint(1, 3)):
        # now and then the same payload under another chain: the same content measured another way
        again = json.loads(json.dumps(payload)) if payload is not None and c.chance(0.3) else None
        chain, payload = _chain(c, again)
        chains.append(chain)
    root: Style = {"width": "100%", "height": "100%"} if c.chance(0.6) else {}
    root["flexDirection"] = c.pick(("column", "row", "row"))
    if c.chance(0.3):
        root["flexWrap"] = "wrap"
    if c.chance(0.3):
        root["alignItems"] = c.pick(("flex-start", "center", "stretch"))
    element = c.box(root, chains)
    if c.chance(0.7):
        Tokens(c).rewrite(element, [])
    case: dict[str, Any] = {"id": case_id, "width": width, "height": height, "element": element}
    if c.faces:
        case["fonts"] = FACES
    if '"children": "' in json.dumps(case["element"]):
        case["text"] = True
    return case


def generate(seed: int, count: int, prefix: str | None = None) -> list[dict[str, Any]]:
    """``count`` trees of ``seed`` (ids ``<prefix>-NNNN``, default prefix ``l14s<seed>``)."""
    return seeded_trees(GENERATOR, "l14s", seed, count, prefix, _tree)


def report(cases: list[dict[str, Any]]) -> list[str]:
    """Print each miss and the match rate; misses where Satori's boxes hold NaN or pass 1e6 px are
    counted apart."""
    problems, apart = box_and_text_problems(cases)
    return print_misses(cases, problems, apart)


def main(argv: list[str] | None = None) -> int:
    parser = outsider_parser((__doc__ or "").split("\n")[0])
    args = parser.parse_args(argv)
    return run_outsider(args, report, lambda: generate(args.seed, args.count), GENERATOR, VERSION)


if __name__ == "__main__":
    sys.exit(main())
