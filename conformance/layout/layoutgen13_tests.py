"""The tests of layoutgen13: web-platform-tests' css-flexbox suite's test families as random test containers.

Role: :class:`Page` holds one tree's random draws (a seeded ``random.Random``, the images drawn so far,
whether the page declares its faces) and builds a test with :meth:`Page.test`: one of :data:`FAMILIES`,
each a group of the suite's test files (automatic minimum sizes, percentages against definite and
indefinite containers, intrinsic sizing, ``flexBasis`` with ``boxSizing``, auto margins, absolutely
positioned children, single-line ``alignContent``, baselines, ``order``, gaps, frozen min/max items,
nested stretching, image ratios, wrappable text, stretched relayout), nested and wrapped as the suite
nests them. :mod:`conformance.layout.generate_layoutgen13` assembles the pages and compares them with
Satori. Written from the suite's file names and structure; nothing copied.

Dev tool: imports paintgen's PNG encoder and the standard library.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from typing import Any

from conformance.paintgen.generate import rgba_png

Node = dict[str, Any]
Style = dict[str, Any]

# The suite's faces: its Ahem-like test font is a box per glyph; here Geist and Roboto (other ascents).
FACES = [
    {"name": "Geist", "path": "pureog/fonts/Geist-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Geist", "path": "pureog/fonts/Geist-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Roboto", "path": "conformance/fonts/Roboto-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Mono", "path": "conformance/fonts/GeistMono-Regular.ttf", "weight": 400, "style": "normal"},
]
_FAMILIES = ("Geist", "Roboto", "Mono")
# The page sizes the tests render at, scaled down: 800x600 viewports, small boxes of 100-300 px.
PAGES = ((800, 600), (400, 300), (600, 400), (300, 500), (1200, 630), (250, 250))
_SIZES = (0, 10, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200, 300)
_PERCENTS = ("0%", "10%", "25%", "50%", "75%", "100%", "150%")
_WORDS = ("XXXX", "XX", "X", "Hello", "world", "flexible", "box", "item", "text", "wrap", "Ag", "gy")
_LONG = ("XXXXXXXXXXXXXXXX", "Supercalifragilistic", "abcdefghijklmnopqrst", "MMMMMMMMMM")
_JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around")
_ALIGN = ("stretch", "flex-start", "flex-end", "center", "baseline")
_ALIGN_CONTENT = ("stretch", "flex-start", "flex-end", "center", "space-between", "space-around")
_DIRECTIONS = ("row", "column", "row-reverse", "column-reverse")
_IMAGE_SIZES = ((40, 20), (20, 40), (100, 100), (16, 16), (50, 25), (10, 30))


class Page:
    """One tree's random draws: a seeded ``random.Random``, the images drawn so far, the faces."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.images: dict[tuple[int, int], str] = {}
        self.faces = rng.random() < 0.5  # half the pages declare Geist + Roboto + Mono, half Next's default
        self.depth = 0  # how many tests the current one is nested in

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: tuple[Any, ...]) -> Any:
        return self.rng.choice(options)

    def size(self, pct: float = 0.2) -> Any:
        if self.chance(pct):
            return self.pick(_PERCENTS)
        value = self.pick(_SIZES)
        return f"{value}px" if self.chance(0.15) else value

    # --- leaves ---

    def words(self, low: int = 1, high: int = 6) -> str:
        words = [self.pick(_WORDS) for _ in range(self.rng.randint(low, high))]
        if self.chance(0.25):
            words.insert(self.rng.randint(0, len(words)), self.pick(_LONG))
        return " ".join(words)

    def text(self, low: int = 1, high: int = 6, font: bool = True) -> Node:
        """A text item as the suite writes one: a box around words, a font size now and then."""
        style: Style = {}
        if font and self.chance(0.4):
            style["fontSize"] = self.pick((8, 10, 12, 16, 20, 24, 32, 40, 64, 96, "2em", "0.5em", "1.5rem"))
        if self.faces and self.chance(0.35):
            style["fontFamily"] = self.pick(_FAMILIES)
        if self.faces and self.chance(0.15):
            style["fontWeight"] = 700
        if self.chance(0.15):
            style["lineHeight"] = self.pick((1, 1.5, "20px", "normal", "150%"))
        if self.chance(0.1):
            style["whiteSpace"] = "nowrap"
        tag = self.pick(("div", "div", "span", "p", "h1", "h3"))  # p and h* carry Satori's preset margins
        return {"type": tag, "props": {"style": style, "children": self.words(low, high)}}

    def image(self, natural: tuple[int, int] | None = None) -> Node:
        natural = natural or self.pick(_IMAGE_SIZES)
        if natural not in self.images:
            png = rgba_png(natural[0], natural[1], lambda x, y: (0, 128, 0, 255))
            self.images[natural] = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        props: dict[str, Any] = {"src": self.images[natural]}
        roll = self.rng.random()
        if roll < 0.3:
            props["width"] = self.pick((20, 40, 80, 100, 200))
        elif roll < 0.5:
            props["height"] = self.pick((20, 40, 80, 100, 200))
        elif roll < 0.6:
            props["width"], props["height"] = natural
        if self.chance(0.2):  # flex-aspect-ratio-img-*: a ratio other than the natural one, one side set
            props["style"] = {"aspectRatio": self.pick(("1 / 1", "2 / 1", "1 / 2", "16 / 9")),
                              self.pick(("width", "height", "minWidth", "maxHeight")): self.pick((30, 60, "50%"))}
        return {"type": "img", "props": props}

    def svg(self) -> Node:
        """svg-root-as-flex-item-*: an inline ``<svg>`` sized by attributes (px, %, none: a viewBox)."""
        props: dict[str, Any] = {"viewBox": self.pick(("0 0 20 10", "0 0 10 40", "0 0 100 100"))}
        roll = self.rng.random()
        if roll < 0.4:
            props["width"], props["height"] = self.pick((20, 40, "50%")), self.pick((10, 40, "100%"))
        elif roll < 0.7:
            props[self.pick(("width", "height"))] = self.pick((20, 50, "50%"))
        if self.chance(0.3):
            key = self.pick(("flexGrow", "flexShrink", "minWidth", "alignSelf"))
            props["style"] = {key: self.pick(("center", "flex-end")) if key == "alignSelf" else self.pick((0, 1))}
        rect = {"type": "rect", "props": {"x": 0, "y": 0, "width": 5, "height": 5, "fill": "green"}}
        return {"type": "svg", "props": {**props, "children": [rect]}}

    def test(self) -> Node:
        """One test container of a random family, now and then inside a wrapper that decides whether
        its size is definite."""
        self.depth += 1
        family: Callable[[Page], Node] = self.pick(FAMILIES)
        node = family(self)
        self.depth -= 1
        roll = self.rng.random()
        if roll < 0.12:  # shrink-to-fit
            inner: Style = {"position": "absolute", "display": "flex"}
            if self.chance(0.5):
                inner[self.pick(("top", "left", "right", "bottom"))] = self.pick((0, 10, "10%"))
            return self.box({"position": "relative", "width": self.pick((100, 200, "100%")),
                             "height": self.pick((100, 200))}, [self.box(inner, [node])])
        if roll < 0.25:  # an item of an indefinite row or column
            outer: Style = {"flexDirection": self.pick(("row", "column"))}
            if self.chance(0.4):
                outer["alignItems"] = self.pick(("flex-start", "center", "stretch", "baseline"))
            if self.chance(0.3):
                style_of(node)["flexGrow"] = 1
            if self.chance(0.3):
                style_of(node)["flexShrink"] = 1
            return self.box(outer, [node])
        if roll < 0.32:  # a capped wrapper
            cap: str = self.pick(("maxWidth", "maxHeight", "width", "height"))
            return self.box({cap: self.pick((50, 120, "50%"))}, [node])
        return node

    def box(self, style: Style | None = None, children: list[Any] | None = None) -> Node:
        return div(dict(style or {}), children)

    def filler(self) -> Node:
        """A plain sized box (the suite's green squares), now and then another test in its place (a
        test's item that is itself a flex container: the suite's nested cases)."""
        if self.depth < 3 and self.chance(0.2):
            return self.test()
        if self.chance(0.08):
            return self.svg()
        if self.chance(0.08):
            return self.image()
        style: Style = {}
        if self.chance(0.8):
            style["width"] = self.pick((10, 20, 30, 50, 100))
        if self.chance(0.8):
            style["height"] = self.pick((10, 20, 30, 50, 100))
        return div(style)


def div(style: Style, children: list[Any] | None = None) -> Node:
    props: dict[str, Any] = {"style": style}
    if children is not None:
        style.setdefault("display", "flex")  # Satori refuses a <div> of several children without it
        props["children"] = children
    return {"type": "div", "props": props}


def style_of(node: Any) -> Style:
    if isinstance(node, dict):
        style = node.setdefault("props", {}).setdefault("style", {})
        if isinstance(style, dict):
            return style
    return {}


# --- the families: one group of the suite's test files each; each returns a test container ---

def min_auto(p: Page) -> Node:
    """flex-minimum-width-flex-items-* / flex-minimum-height-flex-items-* / flexbox-min-width-auto-*:
    items whose content is larger than the container, with and without an explicit minimum."""
    column = p.chance(0.4)
    style: Style = {"flexDirection": "column" if column else "row"}
    style["height" if column else "width"] = p.pick((10, 20, 40, 50, 80, 100))
    if p.chance(0.5):
        style["width" if column else "height"] = p.pick((50, 100, 200))
    items: list[Node] = []
    for _ in range(p.rng.randint(1, 3)):
        kind = p.rng.random()
        if kind < 0.4:
            item = p.text(1, 4)
            if p.chance(0.5):
                item["props"]["children"] = p.pick(_LONG)
        elif kind < 0.65:
            item = p.image()
        elif kind < 0.85:
            item = p.box({}, [p.text(1, 3)] if p.chance(0.6) else [p.filler(), p.filler()])
        else:
            item = p.filler()
            style_of(item)["width"], style_of(item)["height"] = 100, 100
        s = style_of(item)
        if p.chance(0.5):
            s["flexShrink"] = p.pick((1, 1, 0, 3))
        if p.chance(0.3):
            s["flexBasis"] = p.pick((0, "0%", 10, "50%"))
        if p.chance(0.3):
            s["flex"] = p.pick((1, "1 1 0", "1 1 0%", "0 1 auto"))
        if p.chance(0.3):
            s["overflow"] = "hidden"
        if p.chance(0.35):
            s["minWidth" if not column else "minHeight"] = p.pick((0, 5, 30, "0%", "50%", "auto", "min-content"))
        if p.chance(0.15):
            s["maxWidth" if not column else "maxHeight"] = p.pick((10, 30, "50%"))
        if p.chance(0.2):
            s[p.pick(("padding", "borderWidth", "margin"))] = p.pick((2, 5, 10))
        items.append(item)
    if p.chance(0.3):
        style["alignItems"] = p.pick(_ALIGN[:4])
    return p.box(style, items)


def percent_definite(p: Page) -> Node:
    """percentage-heights-* / flexbox-definite-sizes-*: % sizes of items and grandchildren in
    containers whose main or cross size is definite, capped, flexed or indefinite."""
    column = p.chance(0.6)
    style: Style = {"flexDirection": "column" if column else "row"}
    roll = p.rng.random()
    axis = "height" if column else "width"
    if roll < 0.35:
        style[axis] = p.pick((100, 150, 200))
    elif roll < 0.5:
        style["max" + axis.title()] = p.pick((80, 150))
    elif roll < 0.6:
        style["min" + axis.title()] = p.pick((80, 150))
    if p.chance(0.5):
        style["height" if not column else "width"] = p.pick((60, 100, 200))
    items: list[Node] = []
    for _ in range(p.rng.randint(1, 3)):
        s: Style = {}
        s[p.pick(("height", "width", "flexBasis", "minHeight", "maxHeight", "minWidth", "maxWidth"))] = \
            p.pick(("50%", "100%", "25%", "10%", "150%"))
        if p.chance(0.4):
            s[p.pick(("height", "width"))] = p.pick(("50%", "100%", 40))
        if p.chance(0.4):
            s["flexGrow"] = p.pick((1, 1, 0))
        if p.chance(0.3):
            s["flexShrink"] = 1
        kids: list[Any] | None = None
        if p.chance(0.5):  # a grandchild of % height: definite only through a definite (or stretched) parent
            kids = [p.box({p.pick(("height", "width")): p.pick(("50%", "100%")),
                           **({"flexGrow": 1} if p.chance(0.3) else {})},
                          [p.filler()] if p.chance(0.3) else None)]
        if p.chance(0.2):
            kids = (kids or []) + [p.text(1, 3)]
        items.append(p.box(s, kids))
    if p.chance(0.4):
        style["alignItems"] = p.pick(_ALIGN[:4])
    container = p.box(style, items)
    if p.chance(0.5):  # the definite-sizes tests: a row of definite height in an indefinite column ...
        outer: Style = {"flexDirection": p.pick(("column", "row"))}
        if p.chance(0.4):
            outer[p.pick(("height", "width"))] = p.pick((120, 250))
        if p.chance(0.3):
            style_of(container)["flexGrow"] = 1
        if p.chance(0.3):
            style_of(container)["flexBasis"] = p.pick((0, "50%", 100))
        return p.box(outer, [container] + ([p.filler()] if p.chance(0.3) else []))
    return container


def intrinsic(p: Page) -> Node:
    """intrinsic-size/* / flex-wrap-column-grow / column-flex-child-*: column and wrapped containers
    sized by their content (under a row, an absolute wrapper or a start-aligned parent)."""
    kind = p.rng.random()
    style: Style = {}
    if kind < 0.35:  # a column of text and boxes, sized by its widest item
        style["flexDirection"] = p.pick(("column", "column-reverse"))
        items = [p.text(1, 8) if p.chance(0.6) else p.filler() for _ in range(p.rng.randint(1, 4))]
    elif kind < 0.7:  # a column wrapping under a height: its width is the lines'
        style["flexDirection"] = "column"
        style["flexWrap"] = p.pick(("wrap", "wrap-reverse"))
        style[p.pick(("height", "maxHeight"))] = p.pick((50, 60, 100))
        items = [p.box({"width": p.pick((20, 30, 50)), "height": p.pick((20, 30, 40)),
                        **({"flexGrow": 1} if p.chance(0.2) else {})}) for _ in range(p.rng.randint(2, 6))]
        if p.chance(0.3):
            items.append(p.text(1, 3))
    else:  # a row that wraps text items, sized by content or by its parent
        style["flexWrap"] = "wrap"
        items = [p.text(1, 5) for _ in range(p.rng.randint(2, 5))]
        if p.chance(0.4):
            style["maxWidth"] = p.pick((80, 150, "50%"))
    if p.chance(0.3):
        style["alignItems"] = p.pick(_ALIGN[:4])
    if p.chance(0.3):
        style["padding"] = p.pick((5, 10))
    if p.chance(0.2):
        style["gap"] = p.pick((5, 10))
    if p.chance(0.15):  # the intrinsic keywords (Satori: auto)
        keyword = p.pick(("max-content", "min-content", "fit-content"))
        style[p.pick(("width", "height", "minWidth", "maxWidth"))] = keyword
    container = p.box(style, items)
    wrap = p.rng.random()
    if wrap < 0.3:  # shrink-to-fit: absolute
        return p.box({"position": "relative", "height": p.pick((100, 200)), "width": p.pick((100, 300))},
                     [p.box({"position": "absolute", "display": "flex", **({"top": 5} if p.chance(0.5) else {})},
                            [container])])
    if wrap < 0.6:  # an item of a row: its hypothetical size is the content's
        row: Style = {"alignItems": p.pick(("flex-start", "stretch", "center"))}
        if p.chance(0.5):
            row["width"] = p.pick((100, 200, 400))
        return p.box(row, [container] + [p.filler() for _ in range(p.rng.randint(0, 2))])
    return container


def basis_sizing(p: Page) -> Node:
    """flex-basis-* / flexbox_box-sizing-*: flexBasis 0 / px / % / unset against boxSizing with
    padding and borders, flex shorthands."""
    column = p.chance(0.35)
    style: Style = {"flexDirection": "column" if column else "row"}
    style["height" if column else "width"] = p.pick((100, 200, 300, "100%"))
    items: list[Node] = []
    for _ in range(p.rng.randint(1, 4)):
        item = p.text(1, 4) if p.chance(0.3) else p.box({}, [p.filler()] if p.chance(0.3) else None)
        s = style_of(item)
        roll = p.rng.random()
        if roll < 0.6:
            s["flexBasis"] = p.pick((0, "0px", 50, 100, "30%", "50%", "100%", "auto", "content", "max-content"))
        elif roll < 0.85:
            s["flex"] = p.pick((1, "1 0 0", "0 0 auto", "none", "2 1 50px", "1 1 30%", "auto"))
        if p.chance(0.5):
            s["boxSizing"] = p.pick(("content-box", "border-box"))
        if p.chance(0.6):
            s["padding" if p.chance(0.6) else p.pick(("paddingLeft", "paddingTop"))] = p.pick((5, 10, 20, "10%"))
        if p.chance(0.4):
            s["border"] = f"{p.pick((1, 5, 10))}px solid"
        if p.chance(0.3):
            s["height" if not column else "width"] = p.pick((20, 50, "50%"))
        if p.chance(0.3):
            s[p.pick(("width", "height"))] = p.pick((30, 60, "20%"))
        if p.chance(0.3):
            s["flexGrow"] = p.pick((1, 2))
        if p.chance(0.2):
            s["flexShrink"] = 1
        items.append(item)
    return p.box(style, items)


def auto_margins(p: Page) -> Node:
    """auto-margins-* / flexbox_margin-auto-overflow-*: auto margins in both axes on items that fit
    and on items larger than the container."""
    column = p.chance(0.4)
    style: Style = {"flexDirection": p.pick(("column", "column-reverse") if column else ("row", "row-reverse"))}
    style["width"], style["height"] = p.pick((50, 100, 200)), p.pick((50, 100, 200))
    if p.chance(0.5):
        style["justifyContent"] = p.pick(_JUSTIFY)
    if p.chance(0.5):
        style["alignItems"] = p.pick(_ALIGN[:4])
    if p.chance(0.3):
        style["overflow"] = "hidden"
    if p.chance(0.3):
        style["padding"] = p.pick((5, 10))
    items: list[Node] = []
    for _ in range(p.rng.randint(1, 3)):
        item = p.text(1, 3) if p.chance(0.2) else p.box({"width": p.pick((20, 50, 150, 300)),
                                                         "height": p.pick((20, 50, 150, 300))})
        s = style_of(item)
        if p.chance(0.4):
            s["margin"] = p.pick(("auto", "auto 0", "0 auto", "auto 10px", "10px auto"))
        else:
            for side in ("Top", "Right", "Bottom", "Left"):
                if p.chance(0.4):
                    s[f"margin{side}"] = p.pick(("auto", "auto", 10, -10, "10%"))
        if p.chance(0.2):
            s["flexShrink"] = 1
        if p.chance(0.2):
            s["alignSelf"] = p.pick(_ALIGN[:4])
        items.append(item)
    return p.box(style, items)


def abspos(p: Page) -> Node:
    """abspos/flex-abspos-staticpos-* / position-absolute-* / flexbox-abspos-order: absolute children
    at their static position under the container's justify / align / alignContent and their own
    alignSelf, in padded and bordered, reversed and wrapped containers; ``order`` on them."""
    style: Style = {"position": p.pick(("relative", "relative", "static")),
                    "width": p.pick((16, 40, 100, 200)), "height": p.pick((2, 10, 40, 100))}
    if p.chance(0.6):
        style["flexDirection"] = p.pick(_DIRECTIONS)
    if p.chance(0.5):
        style["flexWrap"] = p.pick(("wrap", "wrap-reverse", "nowrap"))
        style["alignContent"] = p.pick(_ALIGN_CONTENT)
    if p.chance(0.6):
        style["justifyContent"] = p.pick(_JUSTIFY)
    if p.chance(0.6):
        style["alignItems"] = p.pick(_ALIGN)
    if p.chance(0.5):
        style["padding"] = p.pick(("1px 2px", 5, "10px 20px 0 5px"))
    if p.chance(0.5):
        style["border"] = f"{p.pick((1, 3))}px solid black"
    items: list[Node] = [p.filler() for _ in range(p.rng.randint(0, 2))]
    for _ in range(p.rng.randint(1, 3)):
        s: Style = {"position": "absolute"}
        if p.chance(0.8):
            s["width"] = p.pick((8, 20, 50, "50%"))
        if p.chance(0.8):
            s["height"] = p.pick((6, 20, 50, "50%"))
        if p.chance(0.5):
            s["alignSelf"] = p.pick(_ALIGN)
        if p.chance(0.25):
            s[p.pick(("top", "left", "right", "bottom"))] = p.pick((0, 5, "10%", -5))
        if p.chance(0.2):
            s["margin"] = p.pick((5, "auto", "5%"))
        if p.chance(0.3):
            s["order"] = p.pick((-1, 1, 2))
        child = p.box(s, [p.text(1, 3)]) if p.chance(0.2) else p.box(s)
        items.insert(p.rng.randint(0, len(items)), child)
    for item in items:
        if p.chance(0.2):
            style_of(item)["order"] = p.pick((-1, 0, 1, 3))
    return p.box(style, items)


def single_line(p: Page) -> Node:
    """align-content-wrap-* / align-content-horiz-* : alignContent on a single line, wrapped or not,
    with stretched and aligned items."""
    style: Style = {"flexDirection": p.pick(_DIRECTIONS), "width": p.pick((100, 200)), "height": p.pick((50, 100, 200))}
    style["flexWrap"] = p.pick(("wrap", "nowrap", "wrap-reverse"))
    style["alignContent"] = p.pick(_ALIGN_CONTENT)
    if p.chance(0.5):
        style["alignItems"] = p.pick(_ALIGN)
    items: list[Node] = []
    for _ in range(p.rng.randint(1, 3)):
        s: Style = {"width": p.pick((10, 20, 30)), "height": p.pick((10, 20, 30))}
        if p.chance(0.4):
            del s[p.pick(("width", "height"))]
        if p.chance(0.3):
            s["alignSelf"] = p.pick(_ALIGN)
        if p.chance(0.2):
            s["margin"] = p.pick((5, "auto"))
        items.append(p.box(s, [p.text(1, 2)] if p.chance(0.2) else None))
    return p.box(style, items)


def baselines(p: Page) -> Node:
    """align-baseline / flexbox_align-items-baseline-* / flexbox-align-self-baseline-*: items of text
    in several sizes and faces, with padding, borders and margins, nested flex items (whose baseline
    is their first child's), column items, images, multi-line text."""
    style: Style = {"alignItems": "baseline"} if p.chance(0.7) else {"alignItems": p.pick(_ALIGN[:4])}
    if p.chance(0.2):
        style["flexDirection"] = p.pick(("row-reverse", "column"))
    if p.chance(0.3):
        style["flexWrap"] = "wrap"
        style["width"] = p.pick((80, 150))
    if p.chance(0.3):
        style["height"] = p.pick((50, 100))
    items: list[Node] = []
    for _ in range(p.rng.randint(2, 4)):
        kind = p.rng.random()
        if kind < 0.45:
            item = p.text(1, 4)
            style_of(item)["fontSize"] = p.pick((8, 12, 16, 24, 32, 48))
        elif kind < 0.7:  # a nested flex item: its first item's baseline
            inner: Style = {"flexDirection": p.pick(("row", "column", "column"))}
            if p.chance(0.3):
                inner["alignItems"] = "baseline"
            kids: list[Node] = [p.text(1, 2) if p.chance(0.7) else p.filler() for _ in range(p.rng.randint(1, 3))]
            if p.chance(0.25):  # an absolute or hidden first child: no part of the baseline in CSS
                kids.insert(0, p.box({"position": "absolute", "top": p.pick((0, 10)), "width": 10, "height": 10}
                                     if p.chance(0.6) else {"display": "none", "width": 10, "height": 30}))
            item = p.box(inner, kids)
        elif kind < 0.85:
            item = p.image()
        else:
            item = p.filler()
        s = style_of(item)
        if p.chance(0.35):
            s[p.pick(("padding", "paddingTop", "paddingBottom"))] = p.pick((2, 5, 10, 20))
        if p.chance(0.25):
            s[p.pick(("borderTopWidth", "borderWidth"))] = p.pick((1, 4, 10))
        if p.chance(0.25):
            s[p.pick(("marginTop", "marginBottom", "margin"))] = p.pick((5, 10, -5, "auto"))
        if p.chance(0.25):
            s["alignSelf"] = p.pick(_ALIGN)
        if p.chance(0.15):
            s["width"] = p.pick((20, 40))
        items.append(item)
    return p.box(style, items)


def order(p: Page) -> Node:
    """order-* / flexbox_order-*: ``order`` on items (Satori does not read it: document order)."""
    style: Style = {"flexDirection": p.pick(_DIRECTIONS)}
    if p.chance(0.5):
        style["flexWrap"] = "wrap"
        style["width"] = p.pick((60, 100))
    items = []
    for _ in range(p.rng.randint(2, 4)):
        item = p.filler() if p.chance(0.7) else p.text(1, 2)
        style_of(item)["order"] = p.pick((-2, -1, 0, 1, 2, "1", 99))
        items.append(item)
    return p.box(style, items)


def gaps(p: Page) -> Node:
    """gap-* / row-gap-* / column-gap-*: gaps in px and % of definite and indefinite containers,
    in rows, columns and wrapped containers."""
    style: Style = {"flexDirection": p.pick(_DIRECTIONS)}
    if p.chance(0.5):
        style["flexWrap"] = p.pick(("wrap", "wrap-reverse"))
    roll = p.rng.random()
    if roll < 0.4:
        style["gap"] = p.pick(("10%", "5% 10%", "10px 20%", "20%", 10, "0"))
    else:
        if p.chance(0.7):
            style["rowGap"] = p.pick(("10%", "25%", 5, 20))
        if p.chance(0.7):
            style["columnGap"] = p.pick(("10%", "25%", 5, 20))
    if p.chance(0.6):
        style["width"] = p.pick((100, 200, "50%"))
    if p.chance(0.5):
        style["height"] = p.pick((100, 200, "50%"))
    if p.chance(0.3):
        style["alignContent"] = p.pick(_ALIGN_CONTENT)
    items = [p.filler() if p.chance(0.8) else p.text(1, 2) for _ in range(p.rng.randint(2, 6))]
    for item in items:
        if p.chance(0.2):
            style_of(item)["flexGrow"] = 1
    return p.box(style, items)


def frozen(p: Page) -> Node:
    """flex-item-max-width-* / flexbox-flex-basis-* / flex-grow/shrink with min and max: the flexible
    lengths loop with items that hit their min/max and freeze."""
    column = p.chance(0.3)
    style: Style = {"flexDirection": "column" if column else "row"}
    main = "height" if column else "width"
    style[main] = p.pick((100, 200, 300))
    if p.chance(0.3):
        style["width" if column else "height"] = 50
    grow = p.chance(0.55)
    items: list[Node] = []
    for _ in range(p.rng.randint(2, 5)):
        item = p.text(1, 3) if p.chance(0.2) else p.box({})
        s = style_of(item)
        s["flexBasis" if p.chance(0.6) else main] = p.pick((0, 20, 50, 100, 150, "30%"))
        if grow:
            s["flexGrow"] = p.pick((1, 1, 2, 0.5, 3, 0))
        else:
            s["flexShrink"] = p.pick((1, 1, 2, 0.5, 5, 0))
        if p.chance(0.5):
            s["max" + main.title()] = p.pick((10, 30, 40, 60, "20%", "40%"))
        if p.chance(0.4):
            s["min" + main.title()] = p.pick((10, 30, 50, 80, "25%"))
        if p.chance(0.2):
            s[p.pick(("padding", "margin", "borderWidth"))] = p.pick((3, 5, 10))
        items.append(item)
    return p.box(style, items)


def nested_stretch(p: Page) -> Node:
    """flexbox-definite-sizes-* / stretch-* / nested column-in-row: stretched items with definite
    cross sizes, children with % or stretched sizes, alignSelf overriding stretch down the chain."""
    def level(depth: int) -> Node:
        s: Style = {"flexDirection": p.pick(("row", "column"))}
        if p.chance(0.3):
            s[p.pick(("height", "width"))] = p.pick((50, 100, "50%", "100%"))
        if p.chance(0.3):
            s["flexGrow"] = 1
        if p.chance(0.2):
            s["alignSelf"] = p.pick(_ALIGN[:4])
        if p.chance(0.2):
            s["alignItems"] = p.pick(_ALIGN[:4])
        if p.chance(0.2):
            s[p.pick(("padding", "margin", "borderWidth"))] = p.pick((2, 5, 10))
        if p.chance(0.2):
            s[p.pick(("minHeight", "maxHeight", "minWidth", "maxWidth"))] = p.pick((20, 60, "50%"))
        if depth >= 3 or p.chance(0.25):
            kids: list[Any] = [p.filler() if p.chance(0.5) else p.text(1, 4)]
            if p.chance(0.4):
                kids.append(p.box({p.pick(("height", "width")): p.pick(("50%", "100%", 30))}))
            return p.box(s, kids)
        return p.box(s, [level(depth + 1) for _ in range(p.rng.randint(1, 2))])
    root = level(1)
    style_of(root)[p.pick(("height", "width"))] = p.pick((100, 150, 200))
    return root


def aspect_images(p: Page) -> Node:
    """flex-aspect-ratio-img-row-* / -column-*: images with a natural ratio in rows and columns,
    stretched, grown, shrunk, with min/max and one size set."""
    column = p.chance(0.5)
    style: Style = {"flexDirection": "column" if column else "row"}
    if p.chance(0.6):
        style["width"] = p.pick((50, 100, 200))
    if p.chance(0.6):
        style["height"] = p.pick((50, 100, 200))
    if p.chance(0.4):
        style["alignItems"] = p.pick(_ALIGN[:4])
    items: list[Node] = []
    for _ in range(p.rng.randint(1, 3)):
        img = p.image()
        s: Style = {}
        for key, values in (("flexGrow", (1,)), ("flexShrink", (1, 0)), ("flexBasis", (0, 50, "50%")),
                            ("minWidth", (0, 30, "50%")), ("maxWidth", (20, 60)), ("minHeight", (0, 30)),
                            ("maxHeight", (20, 60, "50%")), ("alignSelf", ("stretch", "center", "flex-start")),
                            ("width", (30, "50%")), ("height", (30, "50%"))):
            if p.chance(0.15):
                s[key] = p.pick(values)
        if s:
            img["props"]["style"] = s
        items.append(img)
    if p.chance(0.3):
        items.append(p.text(1, 3))
    return p.box(style, items)


def wrappable(p: Page) -> Node:
    """flexbox_flex-none-wrappable-content / flex-item-contains-*: text items with ``flex: none`` or
    a basis, whose wrapping decides their size, beside fixed boxes in narrow containers."""
    style: Style = {"width": p.pick((60, 100, 150, 300))}
    if p.chance(0.3):
        style["flexDirection"] = "column"
    items: list[Node] = []
    for _ in range(p.rng.randint(1, 3)):
        item = p.text(2, 10) if p.chance(0.7) else p.filler()
        s = style_of(item)
        if p.chance(0.5):
            s["flex"] = p.pick(("none", "0 0 auto", 1, "1 1 auto", "0 1 auto"))
        if p.chance(0.3):
            s["maxWidth"] = p.pick((40, 80, "50%"))
        items.append(item)
    return p.box(style, items)


def stretch_relayout(p: Page) -> Node:
    """align-content-wrap-* / flex-wrap-column-grow / stretch tests with content: items without a
    cross size stretched to their line (whose text wraps again at the new size, whose % and growing
    children resolve against it), in wrapped rows and columns under ``alignContent: stretch``."""
    column = p.chance(0.5)
    style: Style = {"flexDirection": "column" if column else "row", "flexWrap": p.pick(("wrap", "wrap", "nowrap")),
                    "alignContent": p.pick(("stretch", "stretch", "center", "space-between"))}
    style["height" if column else "width"] = p.pick((60, 100, 150))
    if p.chance(0.6):
        style["width" if column else "height"] = p.pick((100, 200, 300))
    if p.chance(0.3):
        style["alignItems"] = p.pick(("stretch", "flex-start", "baseline"))
    items: list[Node] = []
    for _ in range(p.rng.randint(2, 5)):
        kind = p.rng.random()
        if kind < 0.4:
            item = p.text(2, 8)
        elif kind < 0.75:
            inner: Style = {"flexDirection": p.pick(("row", "column"))}
            kids: list[Any] = [p.text(1, 5)]
            if p.chance(0.5):
                kids.append(p.box({p.pick(("height", "width")): p.pick(("50%", "100%")),
                                   **({"flexGrow": 1} if p.chance(0.5) else {})}))
            item = p.box(inner, kids)
        else:
            item = p.filler()
        s = style_of(item)
        s["height" if column else "width"] = s.get("height" if column else "width", p.pick((30, 50, 80, "40%")))
        s.pop("width" if column else "height", None)
        if p.chance(0.3):
            s["flexGrow"] = 1
        if p.chance(0.2):
            s["alignSelf"] = p.pick(_ALIGN)
        if p.chance(0.2):
            s[p.pick(("padding", "margin"))] = p.pick((3, 8, "5%"))
        items.append(item)
    return p.box(style, items)


FAMILIES: tuple[Callable[[Page], Node], ...] = (
    stretch_relayout,
    min_auto, percent_definite, intrinsic, basis_sizing, auto_margins, abspos, single_line, baselines,
    order, gaps, frozen, nested_stretch, aspect_images, wrappable,
)
