"""The traits of layoutgen12: one layout-suite fixture family each, drawn onto a container and its items.

Role: :class:`Tree` holds one tree's random draws (a seeded ``random.Random``, the traits still to place,
whether lengths are fractional and the listed font sizes drawn) and builds containers; each function of
:data:`TRAITS` writes one fixture family of Yoga's gentest and Taffy's test fixtures onto a container's
style and items (absolute insets and static positions, auto margins, wrapping, reversal, min/max,
aspect ratios, flex bases, ``display: none``/``contents``, percentages, baselines, rounding, gaps,
intrinsic text, block children, ...). :mod:`conformance.layout.generate_layoutgen12` assembles trees
from them and compares them with Satori. Written from those suites' fixture names; nothing copied.

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

# The suites' roots are 100-500 px squares and bars; a few odd ones for rounding.
CANVASES = ((500, 500), (400, 300), (200, 200), (300, 100), (1200, 630), (333, 257), (101, 67), (150, 450))
_PX = (0, 5, 10, 20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150, 200)
_SMALL = (0, 1, 2, 3, 5, 8, 10, 15, 20)
_PCT = ("5%", "10%", "20%", "25%", "33%", "50%", "60%", "75%", "100%", "120%")
_PCT_FRACTION = ("12.5%", "33.333%", "66.667%", "10.3%", "49.9%", "50.5%", "16.66%")
_FRACTION = (0.3, 0.5, 0.7, 1.5, 10.3, 12.7, 33.333, 49.5, 56.9, 100.3, 113.3, 66.667)
_JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around")
_ALIGN = ("stretch", "flex-start", "flex-end", "center", "baseline")
_ALIGN_CONTENT = ("stretch", "flex-start", "flex-end", "center", "space-between", "space-around")
DIRECTIONS = ("row", "column", "row-reverse", "column-reverse")
_SIDES = ("Top", "Right", "Bottom", "Left")
INSETS = ("top", "right", "bottom", "left")
_WORDS = ("Hello", "world", "Yoga", "layout", "flex", "box", "measure", "Ag", "wrap", "text")
LISTED_FONT_SIZES = ("5vw", "2vh", "150%", "80%", "12pt", "3vw")


class Tree:
    """One tree's random draws: a seeded ``random.Random`` and the traits still to place."""

    def __init__(self, rng: random.Random, listed: bool) -> None:
        self.rng = rng
        self.listed = listed
        self.pending: list[Callable[[Tree, Style, list[Node]], None]] = []
        self.images: dict[tuple[int, int], str] = {}
        # the suites' rounding fixtures: in some trees every px value carries a fraction
        self.fractional = rng.random() < 0.35

    # --- values ---

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: tuple[Any, ...]) -> Any:
        return self.rng.choice(options)

    def px(self) -> Any:
        value = self.pick(_PX)
        if self.fractional and value and self.chance(0.6):
            return round(value + self.pick(_FRACTION[:4]) * self.pick((1, -1)), 3)
        return value

    def length(self, pct: float = 0.3) -> Any:
        """A size as the suites write it: px (now and then a ``"NNpx"`` string), or a percentage."""
        if self.chance(pct):
            return self.pick(_PCT_FRACTION if self.fractional and self.chance(0.5) else _PCT)
        value = self.px()
        return f"{value}px" if self.chance(0.1) else value

    def offset(self) -> Any:
        """An inset or relative offset: px, %, negative."""
        roll = self.rng.random()
        if roll < 0.25:
            return self.pick(_PCT)
        if roll < 0.4:
            return -self.pick(_SMALL[1:] + (25, 50))
        if roll < 0.45:
            return f"-{self.pick(('10%', '25%', '50%'))}"
        return self.pick(_SMALL + (25, 50))

    def spacing(self) -> Any:
        if self.chance(0.2):
            return self.pick(_PCT[:4])
        value = self.pick(_SMALL)
        return round(value + self.pick(_FRACTION[:3]), 3) if self.fractional and self.chance(0.5) else value

    # --- nodes ---

    def leaf(self, sized: float = 0.8) -> Node:
        """A fixture's plain child: a sized box (sometimes one side or none), or a text leaf."""
        if self.chance(0.2):
            return self.text()
        style: Style = {}
        if self.chance(sized):
            style["width"] = self.length(0.2)
        if self.chance(sized):
            style["height"] = self.length(0.2)
        if not style or self.chance(0.2):
            style["flexGrow"] = self.pick((1, 1, 0.5, 2))
        return _div(style)

    def text(self) -> Node:
        words = " ".join(self.pick(_WORDS) for _ in range(self.rng.randint(1, 6 if self.chance(0.7) else 16)))
        style: Style = {"display": "flex"}
        if self.chance(0.4):
            style["fontSize"] = self.pick((10, 12, 16, 20, 24, "1.5em", "2rem"))
        if self.listed and self.chance(0.4):
            style["fontSize"] = self.pick(LISTED_FONT_SIZES)
        if self.chance(0.2):
            style["lineHeight"] = self.pick((1, 1.5, "24px", "normal"))
        if self.chance(0.3):
            style["width"] = self.length(0.3)
        if self.chance(0.15):
            style["whiteSpace"] = "nowrap"
        if self.chance(0.2):
            style["flexShrink"] = self.pick((0, 1))
        if self.chance(0.15):
            style["padding"] = self.pick((4, "5%"))
        return {"type": self.pick(("div", "span", "p")), "props": {"style": style, "children": words}}

    def image(self) -> Node:
        """An ``<img>`` with a natural size (a PNG data URI) and its size props, one side or none."""
        natural = (self.pick((10, 16, 30, 40, 64, 100)), self.pick((10, 20, 30, 50, 64)))
        if natural not in self.images:
            png = rgba_png(natural[0], natural[1], lambda x, y: (40, 120, 200, 255))
            self.images[natural] = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        props: dict[str, Any] = {"src": self.images[natural]}
        roll = self.rng.random()
        if roll < 0.35:
            props["width"] = self.pick((20, 40, 50, 80, 100))
        elif roll < 0.6:
            props["height"] = self.pick((20, 40, 50, 80, 100))
        elif roll < 0.75:
            props["width"], props["height"] = self.pick((20, 40, 80)), self.pick((20, 40, 80))
        style: Style = {}
        for key in ("minWidth", "maxWidth", "minHeight", "maxHeight"):
            if self.chance(0.2):
                style[key] = self.length(0.2)
        if self.chance(0.2):
            style["alignSelf"] = self.pick(("stretch", "center", "flex-start"))
        if self.chance(0.2):
            style["flexGrow"] = 1
        if self.chance(0.2):  # aspect_ratio_* fixtures: a style size beside the ratio, in % too
            style[self.pick(("width", "height"))] = self.length(0.5)
        if self.chance(0.2):
            style[self.pick(("padding", "borderWidth", "margin"))] = self.pick((2, 5, 10))
        if self.chance(0.15):
            style["position"] = "absolute"
            style[self.pick(INSETS)] = self.offset()
        if style:
            props["style"] = style
        return {"type": "img", "props": props}

    def container(self, style: Style, depth: int) -> Node:
        """A fixture's container: plain items, one or two pending traits applied to it, and the traits
        left nested in one of its items."""
        style.setdefault("display", "flex")
        children = [self.leaf() for _ in range(self.rng.randint(1, 4))]
        for _ in range(1 if len(self.pending) < 3 or self.chance(0.6) else 2):
            if self.pending:
                self.pending.pop(0)(self, style, children)
        if self.pending and depth < 5:
            inner: Style = {}
            if self.chance(0.6):
                inner["width"] = self.length(0.4)
            if self.chance(0.6):
                inner["height"] = self.length(0.4)
            if self.chance(0.3):
                inner["flexGrow"] = 1
            nested = self.container(inner, depth + 1)
            in_flow = [i for i, c in enumerate(children) if _style(c).get("position") != "absolute"]
            at = self.pick(tuple(in_flow)) if in_flow and self.chance(0.7) else len(children)
            children[at:at + (1 if at < len(children) else 0)] = [nested]
        return _div(style, children)


def _div(style: Style, children: list[Node] | None = None) -> Node:
    props: dict[str, Any] = {"style": style}
    if children is not None:
        style.setdefault("display", "flex")  # Satori refuses a <div> of several children without it
        props["children"] = children
    return {"type": "div", "props": props}


def _style(node: Any) -> Style:
    if isinstance(node, dict):
        style = node.get("props", {}).get("style")
        if isinstance(style, dict):
            return style
    return {}


def _items(children: list[Node]) -> list[Style]:
    """The styles of the in-flow element items (the ones a trait may change)."""
    return [s for c in children if isinstance(c, dict) and c["type"] != "img"
            for s in [_style(c)] if s.get("position") != "absolute" and s.get("display") != "none"]


# --- the traits: one fixture family each ---

def absolute_insets(t: Tree, style: Style, children: list[Node]) -> None:
    """absolute_layout_* / YGAbsolutePositionTest: absolute children with any subset of insets."""
    if t.chance(0.5):
        style["padding"] = t.spacing()
    if t.chance(0.4):
        style["borderWidth"] = t.pick(_SMALL[1:])
    for _ in range(t.rng.randint(1, 3)):
        child: Style = {"position": "absolute"}
        for inset in INSETS:
            if t.chance(0.45):
                child[inset] = t.offset()
        for size in ("width", "height"):
            if t.chance(0.6):
                child[size] = t.length(0.35)
        if t.chance(0.3):
            side = t.pick(_SIDES)
            child[f"margin{side}"] = t.pick((10, "10%", "auto", -5))
        if t.chance(0.2):
            child["margin"] = t.pick(("auto", 5, "5%"))
        for key in ("minWidth", "maxWidth", "minHeight", "maxHeight"):
            if t.chance(0.12):
                child[key] = t.length(0.3)
        if t.chance(0.15):
            child["padding"] = t.pick((5, 20, "10%"))
        node = _div(child, [t.leaf()] if t.chance(0.3) else None)
        children.insert(t.rng.randint(0, len(children)), node)


def absolute_static(t: Tree, style: Style, children: list[Node]) -> None:
    """YGStaticPositionTest / absolute_layout_align_items_and_justify_content_*: where an absolute
    child without insets lands under the container's alignment."""
    style["justifyContent"] = t.pick(_JUSTIFY)
    style["alignItems"] = t.pick(_ALIGN)
    if t.chance(0.3):
        style["flexDirection"] = t.pick(DIRECTIONS)
    if t.chance(0.3):
        style["flexWrap"] = t.pick(("wrap", "wrap-reverse"))
    if t.chance(0.4):
        style["padding"] = t.spacing()
    if t.chance(0.3):
        style["borderWidth"] = t.pick(_SMALL[1:])
    for _ in range(t.rng.randint(1, 2)):
        child: Style = {"position": "absolute", "width": t.length(0.3), "height": t.length(0.3)}
        if t.chance(0.3):
            child[t.pick(INSETS)] = t.offset()
        if t.chance(0.35):
            child["alignSelf"] = t.pick(("flex-start", "flex-end", "center", "stretch", "baseline"))
        if t.chance(0.25):
            child[f"margin{t.pick(_SIDES)}"] = t.pick((5, 10, "10%", "auto"))
        if t.chance(0.2):
            del child[t.pick(("width", "height"))]
        children.insert(t.rng.randint(0, len(children)), _div(child))


def static_parent(t: Tree, style: Style, children: list[Node]) -> None:
    """static_position_*: ``position: static`` boxes (insets ignored) holding absolute boxes, whose
    containing block is the nearest positioned ancestor."""
    style["position"] = t.pick(("relative", "relative", "static"))
    if t.chance(0.4):
        style["padding"] = t.pick((10, 20, "10%"))
    inner: Style = {"display": "flex", "position": "static", "width": t.length(0.3), "height": t.length(0.3)}
    if t.chance(0.5):
        inner[t.pick(INSETS)] = t.offset()
    if t.chance(0.4):
        inner["marginLeft"] = t.pick((10, 50, "10%"))
    grand: Style = {"position": t.pick(("absolute", "absolute", "relative", "static")),
                    "width": t.length(0.5), "height": t.length(0.5)}
    for inset in INSETS:
        if t.chance(0.3):
            grand[inset] = t.offset()
    if t.chance(0.2):
        grand[t.pick(("margin", "padding"))] = t.pick(("10%", 5, "50%"))
    children.append(_div(inner, [_div(grand)]))


def margin_auto(t: Tree, style: Style, children: list[Node]) -> None:
    """YGMarginTest margin_auto_*: auto margins on in-flow items against justify and align."""
    if t.chance(0.6):
        style["justifyContent"] = t.pick(_JUSTIFY)
    if t.chance(0.6):
        style["alignItems"] = t.pick(_ALIGN)
    if t.chance(0.4):
        style["flexDirection"] = t.pick(DIRECTIONS)
    for item in _items(children):
        if t.chance(0.6):
            if t.chance(0.3):
                item["margin"] = t.pick(("auto", "0 auto", "auto 0", "10px auto"))
            else:
                for side in _SIDES:
                    if t.chance(0.4):
                        item[f"margin{side}"] = t.pick(("auto", "auto", 10, "5%"))


def wrap_content(t: Tree, style: Style, children: list[Node]) -> None:
    """YGFlexWrapTest / YGAlignContentTest / YGGapTest: wrapping lines, alignContent, gaps."""
    style["flexWrap"] = t.pick(("wrap", "wrap", "wrap-reverse"))
    style["alignContent"] = t.pick(_ALIGN_CONTENT)
    if t.chance(0.4):
        style["alignItems"] = t.pick(_ALIGN)
    if t.chance(0.3):
        style["flexDirection"] = t.pick(DIRECTIONS)
    roll = t.rng.random()
    if roll < 0.3:
        style["gap"] = t.pick((10, 20, "10%", "10px 20px", "5% 10px"))
    elif roll < 0.6:
        style["rowGap"] = t.spacing()
        style["columnGap"] = t.spacing()
    if t.chance(0.5):
        style.pop(t.pick(("width", "height")), None)
    extra = t.rng.randint(2, 6)
    size = (t.pick((30, 40, 50, 60, "30%", "45%")), t.pick((10, 20, 30, "20%")))
    for _ in range(extra):
        item: Style = {"width": size[0], "height": size[1]}
        if t.chance(0.25):
            item["flexGrow"] = 1
        if t.chance(0.2):
            del item["height"]
        children.append(_div(item))


def reverse(t: Tree, style: Style, children: list[Node]) -> None:
    """YGFlexDirectionTest *_reverse with margins, paddings and borders on each side."""
    style["flexDirection"] = t.pick(("row-reverse", "column-reverse"))
    for side in _SIDES:
        if t.chance(0.4):
            style[f"padding{side}"] = t.spacing()
        if t.chance(0.3):
            style[f"border{side}Width"] = t.pick(_SMALL[1:])
    for item in _items(children):
        for side in _SIDES:
            if t.chance(0.3):
                item[f"margin{side}"] = t.pick((5, 10, "10%", -5))
    if t.chance(0.3):
        style["justifyContent"] = t.pick(_JUSTIFY)


def min_max(t: Tree, style: Style, children: list[Node]) -> None:
    """YGMinMaxDimensionTest: min/max sizes against flexBasis, percentages, min > max."""
    if t.chance(0.3):
        style["flexDirection"] = t.pick(DIRECTIONS)
    if t.chance(0.3):
        style[t.pick(("minWidth", "maxWidth", "minHeight", "maxHeight"))] = t.length(0.4)
    for item in _items(children):
        for key in ("minWidth", "maxWidth", "minHeight", "maxHeight"):
            if t.chance(0.35):
                item[key] = t.length(0.4)
        if t.chance(0.2):  # min above max, both set
            low, high = sorted((t.pick(_PX[1:]), t.pick(_PX[1:])))
            axis = t.pick(("Width", "Height"))
            item[f"min{axis}"], item[f"max{axis}"] = high, low
        if t.chance(0.4):
            item["flexBasis"] = t.length(0.4)
        if t.chance(0.4):
            item["flexGrow"] = t.pick((1, 0.5, 2))
        if t.chance(0.3):
            item["flexShrink"] = t.pick((0, 1, 2))


def aspect(t: Tree, style: Style, children: list[Node]) -> None:
    """YGAspectRatioTest / absolute_aspect_ratio_*: images with a natural ratio sized by one side,
    min/max or stretch; ``aspectRatio: w / h`` on boxes (ignored by Satori)."""
    style["alignItems"] = t.pick(("stretch", "stretch", "flex-start", "center"))
    if t.chance(0.3):
        style["flexDirection"] = t.pick(DIRECTIONS)
    for _ in range(t.rng.randint(1, 3)):
        children.insert(t.rng.randint(0, len(children)), t.image())
    for item in _items(children):
        if t.chance(0.3):
            item["aspectRatio"] = t.pick(("1 / 1", "2 / 1", "16 / 9", "1 / 2"))


def flex_basis(t: Tree, style: Style, children: list[Node]) -> None:
    """YGFlexTest / flex_basis_*: basis 0 / px / % / auto, flex shorthands, shrink 0 overflow and
    negative free space under justifyContent (the *_negative_space fixtures)."""
    if t.chance(0.5):
        style["justifyContent"] = t.pick(_JUSTIFY)
    if t.chance(0.3):
        style["flexDirection"] = t.pick(DIRECTIONS)
    for item in _items(children):
        roll = t.rng.random()
        if roll < 0.3:
            item["flex"] = t.pick((1, "1", "1 1 0", "2 0 50%", "0 0 auto", "1 1 100px", "none", "auto"))
        elif roll < 0.6:
            item["flexBasis"] = t.pick((0, 50, "50%", "auto", "100px", "120%"))
            if t.chance(0.5):
                item["flexGrow"] = t.pick((0, 1, 3))
        if t.chance(0.35):
            item["flexShrink"] = t.pick((0, 0, 1, 0.5))
        if t.chance(0.25):  # larger than the container: overflow or shrink
            item[t.pick(("width", "height"))] = t.pick((300, 600, "150%"))


def display_none(t: Tree, style: Style, children: list[Node]) -> None:
    """YGDisplayTest: ``display: none`` siblings with sizes, margins, flex and children."""
    for _ in range(t.rng.randint(1, 2)):
        hidden: Style = {"display": "none", "width": t.length(0.3), "height": t.length(0.3)}
        if t.chance(0.4):
            hidden["margin"] = t.pick((10, "10%", "auto"))
        if t.chance(0.4):
            hidden["flexGrow"] = 1
        if t.chance(0.3):
            hidden["position"] = "absolute"
        grand = [t.leaf()] if t.chance(0.4) else None
        if grand:
            hidden = {**hidden, "display": "none", "flexDirection": "column"}
        children.insert(t.rng.randint(0, len(children)), _div(hidden, grand))
    if t.chance(0.4):
        style["justifyContent"] = t.pick(_JUSTIFY)
    if t.chance(0.3):
        style["gap"] = t.pick((10, "5%"))


def padding_overflow(t: Tree, style: Style, children: list[Node]) -> None:
    """*_padding_border_overrides_*: padding and border larger than the box's own size."""
    for item in _items(children)[:2] or [style]:
        item["width"], item["height"] = t.pick((0, 5, 10, 20)), t.pick((0, 5, 10, 20))
        item["padding"] = t.pick((10, 20, 30, "5px 40px", "10%"))
        if t.chance(0.6):
            item["borderWidth"] = t.pick((5, 10, 15))
        if t.chance(0.3):
            item[t.pick(("maxWidth", "maxHeight"))] = t.pick((5, 10))
        if t.chance(0.2):
            item["boxSizing"] = "content-box"


def percent_chain(t: Tree, style: Style, children: list[Node]) -> None:
    """YGPercentageTest: percentages through parents of undefined size (sizes, paddings, margins,
    gaps, flexBasis), two to four levels deep."""
    if t.chance(0.5):
        style.pop(t.pick(("width", "height")), None)
    node: Node = _div({"width": t.pick(_PCT), "height": t.pick(_PCT)})
    for _ in range(t.rng.randint(1, 3)):
        wrapper: Style = {"display": "flex"}
        for key in ("width", "height", "padding", "margin", "flexBasis", "gap", "minWidth", "maxHeight"):
            if t.chance(0.3):
                wrapper[key] = t.pick(_PCT)
        if t.chance(0.3):
            wrapper["flexDirection"] = t.pick(("row", "column"))
        if t.chance(0.3):
            wrapper["flexGrow"] = 1
        node = _div(wrapper, [node, _div({"width": t.pick(_PCT + (20,)), "height": 10})])
    children.append(node)


def relative_offsets(t: Tree, style: Style, children: list[Node]) -> None:
    """YGRelativePositionTest / relative_position_*: offsets on one side, opposing sides, in %, and
    ``position: static`` with insets (which it ignores)."""
    for item in _items(children):
        if t.chance(0.6):
            item["position"] = t.pick(("relative", "relative", "static"))
            for inset in t.rng.sample(INSETS, t.rng.randint(1, 3)):
                item[inset] = t.offset()


def overflow(t: Tree, style: Style, children: list[Node]) -> None:
    """YGSizeOverflowTest / overflow_*: ``overflow: hidden`` boxes around larger content, shrinking."""
    for item in _items(children):
        if t.chance(0.5):
            item["overflow"] = "hidden"
            if t.chance(0.5):
                item["flexShrink"] = 1
    child: Style = {"display": "flex", "overflow": t.pick(("hidden", "visible")),
                    "flexDirection": t.pick(("row", "column"))}
    if t.chance(0.5):
        child[t.pick(("width", "height"))] = t.pick((20, 50, "50%"))
    if t.chance(0.5):
        child["flexShrink"] = 1
    children.append(_div(child, [_div({"width": t.pick((100, 300)), "height": t.pick((100, 300))})]))


def baseline(t: Tree, style: Style, children: list[Node]) -> None:
    """YGAlignBaseline / align_baseline_*: baseline rows with padded, nested and multi-line items."""
    style["alignItems"] = "baseline"
    if t.chance(0.3):
        style["flexWrap"] = "wrap"
    if t.chance(0.2):
        style["flexDirection"] = "column"
    for item in _items(children):
        if t.chance(0.3):
            item[f"padding{t.pick(_SIDES)}"] = t.pick((5, 10, "10%"))
        if t.chance(0.3):
            item["marginTop"] = t.pick((5, 10, "5%"))
        if t.chance(0.2):
            item["alignSelf"] = t.pick(("baseline", "flex-start", "flex-end"))
    nested: Style = {"display": "flex", "flexDirection": t.pick(("row", "column")), "alignItems": "baseline",
                     "width": t.pick((30, 50)), "height": t.pick((20, 40, 60))}
    children.append(_div(nested, [_div({"width": 20, "height": t.pick((10, 25))}), t.text()]))


def rounding(t: Tree, style: Style, children: list[Node]) -> None:
    """YGRoundingTest: fractional sizes at every level, ``flex: 1`` among 3-7 items."""
    if "width" in style:
        style["width"] = t.pick(_FRACTION[6:])
    if t.chance(0.5):
        style["height"] = t.pick(_FRACTION[6:])
    if t.chance(0.4):
        style["padding"] = t.pick((0.3, 0.5, 0.7, 1.5))
    if t.chance(0.3):
        style["flexDirection"] = t.pick(("row", "column"))
    for _ in range(t.rng.randint(2, 5)):
        item: Style = {"flexGrow": t.pick((1, 1, 0.7, 1.3))}
        if t.chance(0.4):
            item["height"] = t.pick(_FRACTION)
        if t.chance(0.3):
            item["margin"] = t.pick((0.3, 0.5, 1.7))
        children.append(_div(item))
    for item in _items(children):
        if t.chance(0.2):
            item["left"] = t.pick((0.3, 0.7, 1.5))


def display_contents(t: Tree, style: Style, children: list[Node]) -> None:
    """YGDisplayContentsTest: items wrapped in ``display: contents`` boxes (their own sizes, margins
    and paddings ignored, their children laid out as the container's items), nested twice now and then."""
    for _ in range(t.rng.randint(1, 2)):
        inner = [t.leaf() for _ in range(t.rng.randint(1, 3))]
        if t.chance(0.3):
            inner.append(_div({"display": "contents"}, [t.leaf()]))
        wrapper: Style = {"display": "contents"}
        for key in ("width", "margin", "padding", "flexGrow"):
            if t.chance(0.3):
                wrapper[key] = t.pick((10, "10%", 50, 1))
        children.insert(t.rng.randint(0, len(children)), _div(wrapper, inner))
    if t.chance(0.4):
        style["gap"] = t.pick((5, 10, "5%"))
    if t.chance(0.3):
        style["justifyContent"] = t.pick(_JUSTIFY)


def box_sizing(t: Tree, style: Style, children: list[Node]) -> None:
    """YGBoxSizingTest: ``content-box`` with paddings, borders, percentage sizes and min/max."""
    if t.chance(0.5):
        style["boxSizing"] = "content-box"
        style["padding"] = t.spacing()
        style["borderWidth"] = t.pick(_SMALL[1:])
    for item in _items(children):
        if t.chance(0.6):
            item["boxSizing"] = t.pick(("content-box", "content-box", "border-box"))
            item["padding"] = t.pick((5, 10, "10%", "5px 15px"))
            if t.chance(0.5):
                item["borderWidth"] = t.pick((2, 5))
            if t.chance(0.4):
                item[t.pick(("minWidth", "maxWidth", "minHeight", "maxHeight"))] = t.length(0.4)
            if t.chance(0.3):
                item["width"] = t.pick(_PCT)


def absolute_nested(t: Tree, style: Style, children: list[Node]) -> None:
    """absolute_child_with_* / absolute_layout_percentage_*: absolute boxes holding stretched,
    percentage-sized and absolute children, with % paddings and margins (of the containing width)."""
    outer: Style = {"display": "flex", "position": "absolute", "flexDirection": t.pick(("row", "column"))}
    for inset in t.rng.sample(INSETS, t.rng.randint(0, 4)):
        outer[inset] = t.offset()
    for key in ("width", "height", "maxHeight", "padding", "margin"):
        if t.chance(0.35):
            outer[key] = t.length(0.5)
    if t.chance(0.4):
        outer["alignItems"] = t.pick(_ALIGN)
    inner = [_div({"width": t.pick(_PCT + (40,)), "height": t.pick(_PCT + (40,)), "flexShrink": t.pick((0, 1))})]
    if t.chance(0.5):
        inner.append(_div({"position": "absolute", t.pick(INSETS): t.offset(), "width": t.pick(("50%", 10)),
                           "height": t.pick(("50%", 10))}))
    if t.chance(0.4):
        inner.append(t.text())
    children.insert(t.rng.randint(0, len(children)), _div(outer, inner))


def gap_grow(t: Tree, style: Style, children: list[Node]) -> None:
    """YGGapTest column_gap_* / row_gap_*: gaps beside growing, shrinking, frozen (max-width) items
    and margins, in px and %."""
    style["gap" if t.chance(0.4) else t.pick(("rowGap", "columnGap"))] = t.pick((10, 20, "10%", "20%"))
    if t.chance(0.4):
        style["flexWrap"] = "wrap"
    for item in _items(children):
        if t.chance(0.5):
            item["flexGrow"] = t.pick((1, 2))
        if t.chance(0.3):
            item[t.pick(("maxWidth", "minWidth", "maxHeight"))] = t.pick((10, 20, 60, "20%"))
        if t.chance(0.3):
            item["margin"] = t.pick((5, "5%", "auto"))
        if t.chance(0.2):
            item["flexShrink"] = 1


def intrinsic_text(t: Tree, style: Style, children: list[Node]) -> None:
    """YGIntrinsicSizeTest / measure fixtures: unsized boxes around text, shrinking under a max size,
    wrapping, centred and stretched."""
    if t.chance(0.5):
        style["alignItems"] = t.pick(_ALIGN)
    if t.chance(0.3):
        style["flexDirection"] = t.pick(("row", "column"))
    for _ in range(t.rng.randint(1, 3)):
        box: Style = {"display": "flex"}
        for key in ("maxWidth", "minWidth", "maxHeight", "padding"):
            if t.chance(0.25):
                box[key] = t.pick((20, 50, 80, "30%", "50%"))
        if t.chance(0.4):
            box["flexShrink"] = 1
        if t.chance(0.3):
            box["flexGrow"] = 1
        if t.chance(0.3):
            box["flexDirection"] = "column"
        kids = [t.text() for _ in range(t.rng.randint(1, 2))]
        children.insert(t.rng.randint(0, len(children)), _div(box, kids))


def align_stretch(t: Tree, style: Style, children: list[Node]) -> None:
    """YGAlignItemsTest / YGAlignSelfTest: stretch against min/max cross sizes and cross margins,
    every alignSelf over every alignItems."""
    style["alignItems"] = t.pick(_ALIGN)
    if t.chance(0.4):
        style["flexDirection"] = t.pick(DIRECTIONS)
    for item in _items(children):
        if t.chance(0.5):
            item["alignSelf"] = t.pick(_ALIGN)
        if t.chance(0.5):
            item.pop(t.pick(("width", "height")), None)
        if t.chance(0.3):
            item[t.pick(("minHeight", "maxHeight", "minWidth", "maxWidth"))] = t.pick((10, 30, 150, "50%"))
        if t.chance(0.3):
            item[f"margin{t.pick(_SIDES)}"] = t.pick((5, 10, "auto", "10%"))


def negative_space(t: Tree, style: Style, children: list[Node]) -> None:
    """*_negative_space(_gap) and align_content_*_single_line fixtures: items overflowing the container
    under every justifyContent and every alignContent, wrapped or on one line."""
    style["justifyContent"] = t.pick(_JUSTIFY)
    if t.chance(0.7):  # align_content_*_single_line: alignContent on a nowrap line too
        style["flexWrap"] = t.pick(("wrap", "wrap-reverse", "nowrap"))
        style["alignContent"] = t.pick(_ALIGN_CONTENT)
    if t.chance(0.4):
        style["gap"] = t.pick((10, 20, "10%"))
    if t.chance(0.3):
        style["flexDirection"] = t.pick(DIRECTIONS)
    for _ in range(t.rng.randint(1, 3)):
        children.append(_div({"width": t.pick((80, 120, 200, "60%")), "height": t.pick((40, 80, 150, "60%"))}))


def percent_spacing(t: Tree, style: Style, children: list[Node]) -> None:
    """percentage_multiple_nested_with_padding_margin_and_percentage_values and kin: % margins and
    paddings (of the containing width, on both axes) beside % flex bases and min/max."""
    if t.chance(0.5):
        style["padding"] = t.pick(("3%", "5% 10px", "1% 2% 3% 4%"))
    if t.chance(0.4):
        style["flexDirection"] = t.pick(("row", "column"))
    for item in _items(children):
        if t.chance(0.6):
            item[t.pick(("margin", "padding", "marginTop", "paddingBottom", "marginLeft"))] = \
                t.pick(("5%", "10%", "2.5%", "5px 5%"))
        if t.chance(0.4):
            item["flexBasis"] = t.pick(_PCT + _PCT_FRACTION)
            item["flexGrow"] = t.pick((0, 1, 4))
        if t.chance(0.3):
            item[t.pick(("minWidth", "maxWidth", "minHeight", "maxHeight"))] = t.pick(_PCT)


def column_wrap(t: Tree, style: Style, children: list[Node]) -> None:
    """wrap_column / wrapped_column_max_height(_flex) / wrap_reverse_column_fixed_size: columns that
    wrap under a max height or a fixed height, items with margins and growth."""
    style["flexDirection"] = t.pick(("column", "column-reverse"))
    style["flexWrap"] = t.pick(("wrap", "wrap-reverse"))
    style.pop("height", None)
    style["maxHeight" if t.chance(0.5) else "height"] = t.pick((60, 100, 150, "50%"))
    if t.chance(0.5):
        style["alignContent"] = t.pick(_ALIGN_CONTENT)
    if t.chance(0.4):
        style["alignItems"] = t.pick(_ALIGN)
    if t.chance(0.4):
        style["justifyContent"] = t.pick(_JUSTIFY)
    for _ in range(t.rng.randint(2, 5)):
        item: Style = {"width": t.pick((20, 40, 60, "30%")), "height": t.pick((30, 40, 70, 100))}
        if t.chance(0.3):
            item["margin"] = t.pick((5, 10, "5%"))
        if t.chance(0.3):
            item["flexGrow"] = 1
        if t.chance(0.2):
            item["flexShrink"] = 1
        children.append(_div(item))


def absolute_text(t: Tree, style: Style, children: list[Node]) -> None:
    """Yoga's measure fixtures under absolute positioning (absolute_layout_no_size, the
    ``*_with_measure`` tests): absolute boxes sized by wrapping text, with one, two or no insets, a
    max size, padding, inside padded and bordered containers of any direction."""
    if t.chance(0.4):
        style["padding"] = t.spacing()
    if t.chance(0.3):
        style["flexDirection"] = t.pick(DIRECTIONS)
    if t.chance(0.4):
        style["alignItems"] = t.pick(_ALIGN)
    if t.chance(0.4):
        style["justifyContent"] = t.pick(_JUSTIFY)
    for _ in range(t.rng.randint(1, 2)):
        box: Style = {"display": "flex", "position": "absolute"}
        for inset in t.rng.sample(INSETS, t.rng.randint(0, 3)):
            box[inset] = t.offset()
        for key in ("maxWidth", "width", "padding", "minHeight", "maxHeight"):
            if t.chance(0.2):
                box[key] = t.length(0.4)
        if t.chance(0.3):
            box["flexDirection"] = "column"
        text = t.text()
        text["props"]["children"] = " ".join(t.pick(_WORDS) for _ in range(t.rng.randint(3, 14)))
        children.insert(t.rng.randint(0, len(children)), _div(box, [text]))


def measure(t: Tree, style: Style, children: list[Node]) -> None:
    """Taffy's measure_* fixtures (a leaf with a measure function, here text): a size, flexBasis,
    min/max or stretch overriding the measured size, remeasuring after growing or stretching,
    padding of the parent constraining the measure, shrinking below the measured width."""
    if t.chance(0.5):
        style["flexDirection"] = t.pick(("row", "column"))
    if t.chance(0.4):
        style["alignItems"] = t.pick(_ALIGN)
    if t.chance(0.4):
        style["padding"] = t.pick((5, 10, 20, "10%"))
    for _ in range(t.rng.randint(1, 3)):
        leaf = t.text()
        leaf["props"]["children"] = " ".join(t.pick(_WORDS) for _ in range(t.rng.randint(1, 10)))
        leaf_style = _style(leaf)
        for key, values in (("width", (10, 50, "50%")), ("height", (10, 30, "20%")), ("flexBasis", (0, 20, "30%")),
                            ("minWidth", (0, 60, "40%")), ("maxWidth", (20, 50, "30%")), ("minHeight", (40,)),
                            ("maxHeight", (8, 20)), ("flexGrow", (1,)), ("flexShrink", (0, 1, 5)),
                            ("alignSelf", ("stretch", "center", "flex-end"))):
            if t.chance(0.15):
                leaf_style[key] = t.pick(values)
        children.insert(t.rng.randint(0, len(children)), leaf)


def block(t: Tree, style: Style, children: list[Node]) -> None:
    """Taffy's block_* fixtures as far as Satori goes: it lays ``display: block`` and ``-webkit-box``
    out as flex rows and refuses them around anything but one string (a ``<div>``) or text, so these
    are blocks of text with margins, paddings, sizes and growth beside the container's items."""
    for _ in range(t.rng.randint(1, 3)):
        text = t.text()
        text["type"] = t.pick(("div", "div", "p"))
        block_style = _style(text)
        block_style["display"] = t.pick(("block", "block", "-webkit-box"))
        for key, values in (("margin", (5, "10px 0", "auto", "5%")), ("padding", (4, "5%")),
                            ("width", (50, "50%")), ("flexGrow", (1,)), ("height", (10, 40))):
            if t.chance(0.3):
                block_style[key] = t.pick(values)
        children.insert(t.rng.randint(0, len(children)), text)


TRAITS: tuple[Callable[[Tree, Style, list[Node]], None], ...] = (
    absolute_insets, absolute_static, static_parent, margin_auto, wrap_content, reverse, min_max,
    aspect, flex_basis, display_none, padding_overflow, percent_chain, relative_offsets, overflow,
    baseline, rounding, display_contents, box_sizing, absolute_nested, gap_grow, intrinsic_text,
    align_stretch, negative_space, percent_spacing, column_wrap, absolute_text, measure, block,
)
