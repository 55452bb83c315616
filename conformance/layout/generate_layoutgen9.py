"""An outsider's layout fuzzer, round five: property-based trees, every grammar at its edges.

Role: a seed -> random element trees as a property-based tester would write them, from Yoga's and
Satori's docs (/work/shared/reference/satori.md) and MDN's flexbox pages alone, without the other
generators' code or value tables. Each property is a *strategy* over its full grammar that leans on
the grammar's edges, and boxes are coupled to their parent's size the way shrinking finds bugs:

- numbers from an edge table (0, -0, 1, -1, 0.001, 0.5, 33.333, 1e6, a float32 step above 1 ...) or
  uniform, in every unit Satori reads (px, unitless, ``"12"``, ``" 12px "``, %, em, rem, vw, vh);
- *boundary coupling*: a box's width, basis or min/max is often drawn from its parent's definite
  size: equal to it, a third of it (not representable), one px or 0.001 px past it, its children's
  sizes summing to it exactly or 1 px past it, ``min == max``, ``min = max + 0.001``, min > max;
- flexGrow/flexShrink fractional, tiny and huge (0.001, 1e6), all three ``flex`` forms and keywords,
  flexBasis in every unit and keyword (``auto``, ``content``, 0, %, em, rem);
- ``aspectRatio`` with and without sizes and with min/max, ``margin: auto`` on any side set with every
  justify/align value, ``alignSelf``/``alignItems``/``alignContent`` of every value (baseline, stretch
  with margins), wrap and wrap-reverse with ``space-*``, gaps (longhands, shorthand, %), absolute,
  relative and static boxes with any inset subset (opposing pairs, %, negative), display none /
  flex / contents / block, overflow, boxSizing, borders of every width, padding in %;
- trees 6-10 levels deep along a spine, with rows up to 30 children wide; text leaves of several
  lengths in three faces, font sizes, lineHeights, letterSpacing, whiteSpace, wordBreak, textAlign;
  ``<img>`` sized by its width/height props only;
- the edges of the *spelling* grammar, now and then in a longhand: angles (``7deg``, ``1rad``), junk
  between the number and a known unit (``1_0px``, ``5xyz2em``, ``3e1.5px``), non-ASCII digits,
  ``NaN``/``Infinity`` paddings and gaps, upper-case units, a dot ending the number.

``--sweep`` lays out the table behind those strategies instead: every property of
:data:`SWEEP_PROPERTIES` with every value of :data:`SWEEP_VALUES`, one small tree each (1,742), and
prints what pureog reads otherwise. The random trees found one class (``aspectRatio: 2 / 0``); the
sweep found the others (non-ASCII digits, angles as lengths, css-dimension's reading of junk, non-finite
paddings and gaps, one-word gaps, infinite flex factors: spec/layout.md).

Trees Satori refuses are dropped. Font sizes in vw, vh, % and pt are a *listed* difference
(spec/differences.md: Satori loses them): the command line draws them in a few trees and counts a
miss apart when the same tree without them matches; ``--no-listed`` and :func:`generate` (which the
committed slice comes from) draw none. A miss in a tree where Satori's boxes are NaN or past 1e6 px
(float32 noise, text measured in a negative width) is counted apart as degenerate.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen9 --seed 0 --count 100       # match rate, misses
    python -m conformance.layout.generate_layoutgen9 --seed 20 --count 30 --no-listed --keep 20 --out F
        # the committed slice, F = conformance/layout/corpus/layoutgen9-20.json
    python -m conformance.layout.generate_layoutgen9 --seed 1 --count 100 --out /tmp/lg9-1.json
    python -m conformance.layout.generate_layoutgen9 --corpus /tmp/lg9-1.json  # re-check pureog only
    python -m conformance.layout.generate_layoutgen9 --sweep                   # property x edge value
    python -m conformance.layout.reduce --corpus /tmp/lg9-1.json --all-mismatches

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`) and the standard library.
"""

from __future__ import annotations

import base64
import math
import random
import struct
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from typing import Any

from conformance.layout.check import compare
from conformance.layout.generate import miss_kind, outsider_parser, relayout_listed, run_outsider, satori_boxes

GENERATOR = "layoutgen9"
VERSION = 1
FACES = [
    {"name": "Sans", "path": "pureog/fonts/Geist-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Sans", "path": "conformance/fonts/Geist-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Body", "path": "conformance/fonts/Roboto-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Mono", "path": "conformance/fonts/GeistMono-Regular.ttf", "weight": 400, "style": "normal"},
]
LISTED_FONT_UNITS = ("vw", "vh", "%", "pt")
# edge values of a non-negative magnitude: what a property-based tester seeds its number strategy with
EDGES = (0, 0, 1, 0.5, 0.001, 0.1, 1.5, 2, 3, 7, 10, 33.333, 49.5, 50, 66.667, 99.999, 100, 101, 150,
         199.99, 256, 333.3, 1000)
HUGE = (1e4, 1e5, 1e6)  # drawn in a fifth of the trees only: past 1e6 px Satori's boxes are float32 noise
FLOAT32_STEP = 1.0000001  # the next float32 above 1 (Yoga computes in float32)
WORDS = ("a", "of", "box", "flex", "Yoga", "layout", "wrap", "axis", "basis", "grow", "shrink", "MDN", "px",
         "x", "Open Graph", "card", "42", "W", "iiii", "mmmm", "—", "…", "ÅÉÎ", "ß", "fi")
LONG_WORDS = ("flexboxlayoutalgorithmwithoutbreaks", "https://developer.mozilla.org/docs/Web/CSS/flex-basis",
              "WWWWWWWWWWWWWWWWWWWW", "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii", "snake_case_identifier_that_goes_on")
# the enumerations as Satori checks them (it throws on CSS's others: space-evenly, start, end, auto ...)
# the edges of the *spelling* grammar: what Satori's lengthToNumber (css-dimension) and Yoga's parseFloat
# still read (angles as degrees, junk between the number and a known unit, NaN / Infinity) and what no
# JavaScript reader takes (non-ASCII digits, upper-case units, a dot ending the number)
ODD_LENGTHS = ("7deg", "1rad", "0.25turn", "100grad", "1_0px", "1a0px", "5xyz2em", "3e1.5px", "2#3px", "２0px",
               "٣0%", "7PX", "7DEG", "80.px", "+5px", ".5em", "5e1px", "0x10", "12abc%", "2_.5rad", "1e-7px")
ODD_YOGA = ("7deg", "1rad", "1_0px", "1a0px", "5xyz2em", "3e1.5px", "2#3px", "NaN", "Infinity", "-Infinity",
            "Infinitypx", "7PX", "+5px", ".5em", "12abc%", "7 px")  # padding and gaps: no text without a number
JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around")
ALIGN = ("stretch", "flex-start", "flex-end", "center", "baseline", "normal")
ALIGN_CONTENT = ("stretch", "flex-start", "flex-end", "center", "space-between", "space-around", "baseline", "normal")


def _png(width: int, height: int) -> str:
    """A solid ``width`` x ``height`` RGB PNG as a data URI (the image's natural size is all it carries)."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    raw = b"".join(b"\x00" + b"\x20\x80\xc0" * width for _ in range(height))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


IMAGES = (_png(3, 5), _png(16, 9), _png(1, 1))


def _num(x: float) -> float | int:
    """A drawn number as JSON keeps it: integral values as ints, the rest to 3 decimals."""
    if x == int(x) and abs(x) < 1e15:
        return int(x)
    return round(x, 3)


class Strategies:
    """The value strategies of one tree: each draws from its property's whole grammar, edges first."""

    def __init__(self, rng: random.Random, *, listed: bool, faces: bool) -> None:
        self.rng = rng
        self.listed = listed
        self.faces = faces
        self.huge = rng.random() < 0.2
        # break-all / break-word in a tenth of the trees: Satori never returns on such text narrower
        # than a glyph, which costs the runner a timeout per tree
        self.breaking = rng.random() < 0.1

    # -- primitives
    def p(self, chance: float) -> bool:
        return self.rng.random() < chance

    def one(self, *options: Any) -> Any:
        return options[self.rng.randrange(len(options))]

    def magnitude(self, scale: float = 200) -> float:
        """A non-negative number: an edge value half the time, else uniform up to ``scale``."""
        if self.p(0.5):
            return float(self.one(*EDGES, *(HUGE if self.huge else ())))
        return self.rng.uniform(0, scale) if self.p(0.7) else float(self.rng.randint(0, int(scale)))

    def signed(self, scale: float = 200, negative: float = 0.15) -> float:
        m = self.magnitude(scale)
        return -m if self.p(negative) else m

    def spell(self, value: float, unit: str) -> Any:
        """``value`` in ``unit`` as an author may type it: a number (px only), ``"12"``, ``"12px"``, spaced."""
        v = _num(value)
        if unit == "px":
            form = self.rng.random()
            if form < 0.4:
                return v
            if form < 0.5:
                return str(v)
        text = f"{v}{unit}"
        return f" {text} " if self.p(0.05) else text

    def length(self, scale: float = 200, *, percent: bool = True, negative: float = 0.1,
               keywords: tuple[str, ...] = (), odd: tuple[str, ...] = ODD_LENGTHS) -> Any:
        """A length in any unit Satori reads; ``keywords`` and ``odd`` spellings are drawn now and then."""
        if keywords and self.p(0.12):
            return self.one(*keywords)
        if odd and self.p(0.03):
            return self.one(*odd)
        unit = self.rng.random()
        if unit < 0.55:
            return self.spell(self.signed(scale, negative), "px")
        if unit < 0.75 and percent:
            return self.spell(self.signed(120, negative), "%")
        if unit < 0.85:
            return self.spell(self.signed(scale / 16, negative), "em")
        if unit < 0.93:
            return self.spell(self.signed(scale / 16, negative), "rem")
        return self.spell(self.signed(60, negative), self.one("vw", "vh"))

    def coupled(self, avail: float | None, n: int = 1) -> Any:
        """A size at the boundary of the parent's definite ``avail`` (px): equal, a 1/n or 1/3 share,
        a pixel or a float32 step either side; a plain length when the parent has no definite size."""
        if avail is None or avail <= 0:
            return self.length()
        share = avail / max(n, 1)
        return _num(self.one(avail, share, avail / 3, share + 1, share - 1, share * FLOAT32_STEP,
                             share + 0.001, avail + 1, avail * 1.5, share / 2, share - 0.5))

    # -- flex
    def factor(self) -> Any:
        x = self.one(0, 0, 1, 1, 2, 0.5, 0.001, 0.25, 0.333, 3, 10, 1.5, 0.1, 1000, *((1e6, 1e5) if self.huge else ()))
        return str(x) if self.p(0.08) else x

    def basis(self, avail: float | None, n: int) -> Any:
        if self.p(0.25):
            return self.one("auto", "auto", "0", 0, "0%", "0px", "content")
        if self.p(0.4):
            return self.coupled(avail, n)
        return self.length(negative=0.03)

    def flex(self) -> Any:
        form = self.rng.random()
        if form < 0.15:
            return self.one("auto", "none", "1", 1, 0, "0", 2, 0.5)
        if form < 0.45:
            return f"{self.factor()} {self.factor()}"
        basis = self.one("0", "0%", "auto", "10px", "50%", "2em", "1rem", "33.333%", "100px", "0.5px")
        if form < 0.6:
            return f"{self.factor()} {basis}"
        return f"{self.factor()} {self.factor()} {basis}"

    def sides(self, scale: float, *, negative: float, auto: bool) -> Any:
        """A 1-4 value shorthand (margin, padding)."""
        def v() -> str:
            if auto and self.p(0.2):
                return "auto"
            x = str(self.length(scale, negative=negative, odd=())).strip()
            return x if x[-1].isalpha() or x[-1] == "%" else f"{x}px"  # a shorthand refuses bare numbers
        if self.p(0.4):  # (css-to-react-native's shorthand parser refuses the odd spellings)
            return self.length(scale, negative=negative, keywords=("auto",) if auto else (), odd=())
        return " ".join(v() for _ in range(self.rng.randint(1, 4)))

    def border_width(self) -> Any:
        return self.one(0, 1, 1, 2, 0.5, 3, 5, 10, 33.333, 100, "1px", "4px", "0.5em", "2rem", "0px")

    def aspect(self) -> Any:
        # Satori reads a ratio only: a bare number or ``auto`` fails to parse (it appends px)
        return self.one("16 / 9", "1/1", "1 / 1", "3 / 1", "1 / 3", "0.5 / 1", "1 / 0.001", "1000/1", "4 / 3",
                        "2 / 0", "33.333 / 100", "1 / 2")

    # -- text
    def font_size(self) -> Any:
        if self.listed and self.p(0.1):
            return f"{_num(self.rng.uniform(1, 8))}{self.one(*LISTED_FONT_UNITS)}"
        # em sizes compound down the spine: at most 1.25em, so ten levels stay within 10x
        return self.one(16, 12, 0, 1, 8.5, 24, 33.333, 48, 72, 120, "14px", "1.25em", "0.5em", "2rem", "0.75rem",
                        "20", "0.1px", "1em", "0.875em")

    def line_height(self) -> Any:
        return self.one("normal", 1, 1.2, 0, 0.5, 2, 3, "1.5", "20px", "0px", "150%", "50%", "2em", "1rem", 24,
                        "0.8", "100%")

    def text(self) -> str:
        shape = self.rng.random()
        if shape < 0.1:
            return self.one("", " ", "x", "W", "  spaced  out  ", "line\nbreak", "tab\there")
        if shape < 0.25:
            return self.one(*LONG_WORDS) + (" " + " ".join(self.one(*WORDS) for _ in range(2)) if self.p(0.5) else "")
        return " ".join(self.one(*WORDS) for _ in range(self.rng.randint(1, 24)))

    def text_style(self, style: dict[str, Any], *, leaf: bool) -> None:
        """Text properties; on a container (``leaf`` false) they are inherited by the leaves below."""
        for name, chance, draw in (
            ("fontSize", 0.5, self.font_size),
            ("lineHeight", 0.4, self.line_height),
            ("letterSpacing", 0.25, lambda: self.one(0, 1, -1, 0.5, "0.1em", "-0.05em", "2px", 10, "0.333px")),
            ("whiteSpace", 0.25, lambda: self.one("normal", "nowrap", "pre", "pre-wrap", "pre-line")),
            ("wordBreak", 0.15, lambda: self.one("normal", "keep-all", *(
                ("break-all", "break-word") if leaf and self.breaking else ()))),
            ("textAlign", 0.3, lambda: self.one("left", "right", "center", "justify", "start", "end")),
            ("fontWeight", 0.15, lambda: self.one(400, 700, "bold", "normal", 100, 900)),
            ("textTransform", 0.08, lambda: self.one("uppercase", "lowercase", "capitalize", "none")),
        ):
            if self.p(chance):
                style[name] = draw()
        if self.faces and self.p(0.6):
            style["fontFamily"] = self.one("Sans", "Body", "Mono", "Sans, Mono", "Unknown, Body")
        if style.get("wordBreak") in ("break-all", "break-word"):
            style["minWidth"] = "8em"  # Satori never returns on such text narrower than a glyph


class Tree:
    """One tree: a spine 6-10 levels deep whose boxes have up to 30 children, within a node budget."""

    def __init__(self, draw: Strategies) -> None:
        self.s = draw
        self.budget = draw.rng.randint(25, 110)
        self.depth = draw.rng.randint(6, 10)

    def root(self, width: int, height: int) -> dict[str, Any]:
        return self.box(0, float(width), float(height), spine=True, n=1)

    def box(self, level: int, avail_w: float | None, avail_h: float | None, *, spine: bool, n: int) -> dict[str, Any]:
        s = self.s
        self.budget -= 1
        style: dict[str, Any] = {"display": "flex"}
        own_w = self._size(style, "width", avail_w, n)
        own_h = self._size(style, "height", avail_h, n)
        self._min_max(style, avail_w, avail_h, n)
        self._flex_item(style, avail_w, n)
        self._box_model(style)
        self._position(style)
        self._container(style)
        if s.p(0.05):
            style["display"] = s.one("none", "contents", "flex")  # block: one child only (Satori throws)
        if s.p(0.1):
            style["overflow"] = s.one("hidden", "visible")
        if s.p(0.12):
            style["boxSizing"] = s.one("content-box", "border-box")
        if s.p(0.08):
            style["aspectRatio"] = s.aspect()
        if s.p(0.15):
            s.text_style(style, leaf=False)
        children: list[Any] = []
        if level + 1 < self.depth and (spine or self.budget > 0):
            if spine or s.p(0.35):
                wide = s.p(0.3)
                count = max(1, min(s.rng.randint(1, 30 if wide else 5), self.budget))
                spine_at = s.rng.randrange(count) if spine else -1
                # the spine goes down first, so the budget never cuts the tree short of its depth
                drawn = {spine_at: self.child(level + 1, own_w, own_h, spine=True, n=count)} if spine else {}
                for i in range(count):
                    if i not in drawn and self.budget > 0:
                        drawn[i] = self.child(level + 1, own_w, own_h, spine=False, n=count)
                children = [drawn[i] for i in sorted(drawn)]
            elif s.p(0.6):
                children.append(self.leaf(level + 1, own_w, count=1))
        elif s.p(0.6):
            children.append(self.leaf(level + 1, own_w, count=1))
        props: dict[str, Any] = {"style": style}
        if children:
            props["children"] = children
        return {"type": "div", "props": props}

    def child(self, level: int, avail_w: float | None, avail_h: float | None, *, spine: bool, n: int) -> Any:
        if spine or self.s.p(0.3):
            return self.box(level, avail_w, avail_h, spine=spine, n=n)
        return self.leaf(level, avail_w, count=n)

    def leaf(self, level: int, avail_w: float | None, *, count: int) -> Any:
        s = self.s
        self.budget -= 1
        kind = s.rng.random()
        if kind < 0.15:
            return self.image(avail_w, count)
        style: dict[str, Any] = {}
        if kind < 0.35:  # an empty box sized by its style alone
            style["display"] = "flex"
            self._size(style, "width", avail_w, count, chance=0.7)
            self._size(style, "height", None, count, chance=0.7)
            self._min_max(style, avail_w, None, count)
            self._flex_item(style, avail_w, count)
            self._box_model(style)
            self._position(style)
            if s.p(0.15):
                style["aspectRatio"] = s.aspect()
            return {"type": "div", "props": {"style": style}}
        s.text_style(style, leaf=True)
        self._flex_item(style, avail_w, count)
        if s.p(0.3):
            self._size(style, "width", avail_w, count)
        if s.p(0.2):
            self._box_model(style)
        if s.p(0.15):
            style["display"] = s.one("flex", "block")
        if s.p(0.1):
            self._position(style)
        tag = s.one("div", "div", "span", "p")
        if tag != "div" and "display" not in style:
            style["display"] = "flex"
        del level
        return {"type": tag, "props": {"style": style, "children": s.text()}}

    def image(self, avail_w: float | None, count: int) -> dict[str, Any]:
        """An ``<img>`` sized by its ``width``/``height`` props only (numbers, strings, px strings)."""
        s = self.s
        props: dict[str, Any] = {"src": s.one(*IMAGES)}
        for name in ("width", "height"):
            if s.p(0.8):
                x = _num(s.magnitude(150))
                if name == "width" and avail_w and s.p(0.3):
                    x = s.coupled(avail_w, count)
                props[name] = s.one(x, str(x), f"{x}px")
        if s.p(0.3):
            style: dict[str, Any] = {}
            self._flex_item(style, avail_w, count)
            props["style"] = style
        return {"type": "img", "props": props}

    # -- property groups (each a strategy over the group's grammar)
    def _size(self, style: dict[str, Any], name: str, avail: float | None, n: int,
              chance: float = 0.45) -> float | None:
        """Draws ``style[name]`` and returns it in px when definite (what the children couple to)."""
        s = self.s
        if not s.p(chance):
            return None
        if s.p(0.4):
            value = s.coupled(avail, n)
        else:
            value = s.length(keywords=("auto", "100%", "0"))
        style[name] = value
        if isinstance(value, (int, float)):
            return float(value) if value >= 0 else None
        if isinstance(value, str) and value.endswith("%") and avail is not None:
            try:
                return max(0.0, float(value[:-1]) * avail / 100)
            except ValueError:
                return None
        return None

    def _min_max(self, style: dict[str, Any], avail_w: float | None, avail_h: float | None, n: int) -> None:
        s = self.s
        for axis, avail in (("Width", avail_w), ("Height", avail_h)):
            if not s.p(0.25):
                continue
            relation = s.rng.random()
            if relation < 0.2:  # min == max, or min a hair above max (min wins)
                x = s.coupled(avail, n)
                style[f"min{axis}"] = x
                style[f"max{axis}"] = x if s.p(0.5) or not isinstance(x, (int, float)) else _num(x - 0.001)
            elif relation < 0.4:  # contradicting: min > max
                hi = s.magnitude(300)
                style[f"min{axis}"] = _num(hi + s.magnitude(50) + 1)
                style[f"max{axis}"] = s.spell(hi, s.one("px", "px", "%"))
            else:
                if s.p(0.6):
                    style[f"min{axis}"] = s.length(keywords=("auto", "0", "none"), negative=0.05)
                if s.p(0.6):
                    style[f"max{axis}"] = s.length(keywords=("none", "100%", "0"), negative=0.05)

    def _flex_item(self, style: dict[str, Any], avail: float | None, n: int) -> None:
        s = self.s
        if s.p(0.15):
            style["flex"] = s.flex()
        if s.p(0.3):
            style["flexGrow"] = s.factor()
        if s.p(0.3):
            style["flexShrink"] = s.factor()
        if s.p(0.3):
            style["flexBasis"] = s.basis(avail, n)
        if s.p(0.2):
            style["alignSelf"] = s.one(*ALIGN)
        if s.p(0.2):
            side = s.one("margin", "marginLeft", "marginRight", "marginTop", "marginBottom")
            style[side] = "auto" if side != "margin" or s.p(0.5) else s.one("0 auto", "auto 0", "auto 10px auto")

    def _box_model(self, style: dict[str, Any]) -> None:
        s = self.s
        if s.p(0.3):
            style["margin"] = s.sides(40, negative=0.2, auto=True)
        elif s.p(0.2):
            style[s.one("marginTop", "marginRight", "marginBottom", "marginLeft")] = s.length(60, negative=0.3)
        if s.p(0.3):
            style["padding"] = s.sides(30, negative=0.0, auto=False)
        elif s.p(0.2):
            style[s.one("paddingTop", "paddingRight", "paddingBottom", "paddingLeft")] = s.length(40, negative=0,
                                                                                                 odd=ODD_YOGA)
        if s.p(0.2):
            form = s.rng.random()
            if form < 0.4:
                width = s.border_width()
                style["border"] = f"{width}px solid #333" if isinstance(width, (int, float)) else f"{width} solid red"
            elif form < 0.7:
                style["borderWidth"] = s.border_width()
                style["borderStyle"] = s.one("solid", "dashed")
            else:
                side = s.one("Top", "Right", "Bottom", "Left")
                style[f"border{side}Width"] = s.border_width()
                style[f"border{side}Style"] = "solid"

    def _position(self, style: dict[str, Any]) -> None:
        s = self.s
        if not s.p(0.15):
            return
        style["position"] = s.one("absolute", "absolute", "relative", "static")
        for side in ("top", "right", "bottom", "left"):
            if s.p(0.45):
                style[side] = s.length(keywords=("auto", "0", "50%"), negative=0.3)

    def _container(self, style: dict[str, Any]) -> None:
        s = self.s
        if s.p(0.5):
            style["flexDirection"] = s.one("row", "column", "row-reverse", "column-reverse")
        if s.p(0.3):
            style["flexWrap"] = s.one("wrap", "wrap-reverse", "nowrap")
        if s.p(0.35):
            style["justifyContent"] = s.one(*JUSTIFY)
        if s.p(0.35):
            style["alignItems"] = s.one(*ALIGN)
        if s.p(0.25):
            style["alignContent"] = s.one(*ALIGN_CONTENT)
        if s.p(0.2):
            name = s.one("gap", "rowGap", "columnGap")
            value = s.length(30, negative=0.05, odd=ODD_YOGA)
            if name == "gap" and s.p(0.3):
                pair = (str(s.length(30, negative=0, odd=())).strip() for _ in range(2))
                value = " ".join(pair)
            style[name] = value


def generate(seed: int, count: int, prefix: str | None = None, *, listed: bool = False) -> list[dict[str, Any]]:
    """``count`` trees of ``seed`` (ids ``{prefix}-NNNN``, by default ``l9s{seed}``)."""
    prefix = prefix or f"l9s{seed}"
    cases = []
    for i in range(count):
        rng = random.Random(f"{GENERATOR}:{seed}:{i}")
        faces = rng.random() < 0.5
        draw = Strategies(rng, listed=listed and rng.random() < 0.15, faces=faces)
        width, height = draw.one((1200, 630), (1200, 630), (600, 315), (333, 333), (1, 1), (4000, 100),
                                 (801, 419), (100, 2000), (1080, 1080))
        case: dict[str, Any] = {"id": f"{prefix}-{i:04d}", "width": width, "height": height,
                                "element": Tree(draw).root(width, height)}
        cases.append({**case, "fonts": FACES} if faces else case)
    return cases


# the property x value table of --sweep: each value of every grammar's edge on each property, alone
SWEEP_PROPERTIES = ("width", "height", "minWidth", "maxWidth", "minHeight", "maxHeight", "marginLeft", "marginTop",
                    "paddingLeft", "paddingTop", "left", "top", "right", "bottom", "flexBasis", "flexGrow",
                    "flexShrink", "flex", "gap", "rowGap", "columnGap", "borderLeftWidth", "lineHeight",
                    "letterSpacing", "aspectRatio", "lineClamp")
SWEEP_VALUES: tuple[Any, ...] = (
    0, -0.0, "-0", "0px", "+5px", ".5px", "5e1px", "5E1px", "1e-7px", 1e-7, 0.30000000000000004, 1 / 3, "5PX",
    " 5px", "5 px", "5", "-5", "5%", "5.5%", "-5%", "5em", "5rem", "5vw", "5vh", "5vmin", "5pt", "5in", "5Q", "5ch",
    "auto", "none", "", None, "NaN", "Infinity", "-Infinity", "Infinitypx", "5px 6px", "0x10", "5Em", "5 %",
    "1e2%", *ODD_LENGTHS, "2 / 0", "0 / 1", "1 / 2 3", "-1 / 2")
SWEEP_LEAVES = ("lineHeight", "letterSpacing")  # text properties: on a box holding text


def sweep_cases() -> list[dict[str, Any]]:
    """One tree per (property, value) of :data:`SWEEP_PROPERTIES` x :data:`SWEEP_VALUES`: a row of three
    boxes whose middle one (absolute for the insets, a wrapping container of four boxes for the gaps,
    holding a text for the text properties) takes the value."""
    cases = []
    for prop in SWEEP_PROPERTIES:
        for i, value in enumerate(SWEEP_VALUES):
            style: dict[str, Any] = {"display": "flex", "width": 60, "height": 40, "flexWrap": "wrap",
                                     "padding": 4, "gap": 3, prop: value}
            if prop in ("left", "top", "right", "bottom"):
                style["position"] = "absolute"
            kids: Any = [{"type": "div", "props": {"style": {"display": "flex", "width": 15, "height": 12}}}
                               for _ in range(4)]
            if prop in SWEEP_LEAVES:
                kids = [{"type": "div", "props": {"children": "Hello wide world"}}]
            if prop == "lineClamp":  # a block holding its text (Satori clamps only there)
                style = {"display": "block", "width": 60, prop: value}
                kids = "Hello wide world of words that wrap"
            cell = {"type": "div", "props": {"style": {"display": "flex", "width": 40, "height": 30, "flexShrink": 1}}}
            row = {"type": "div", "props": {"style": {"display": "flex", "width": 250, "height": 150, "padding": 7,
                                                      "alignItems": "flex-start"},
                                            "children": [cell, {"type": "div", "props": {"style": style,
                                                                                          "children": kids}},
                                                         {**cell, "props": {"style": {"display": "flex", "width": 40,
                                                                                      "height": 30, "flexGrow": 1}}}]}}
            cases.append({"id": f"l9sweep-{prop}-{i:03d}", "width": 300, "height": 200, "element": row,
                          "sweep": (prop, value)})
    return cases


def sweep() -> list[str]:
    """Lay the sweep out with Satori and pureog: print each value pureog reads otherwise (a different box,
    or an error where Satori draws) and each that Satori refuses but pureog draws."""
    cases = sweep_cases()
    misses = []
    for case, result in zip(cases, satori_boxes(cases), strict=True):
        prop, value = case.pop("sweep")
        label = f"{prop}: {value!r}"
        if "boxes" not in result:
            if not str(compare({**case, "boxes": []}).problem).startswith("pureog"):
                print(f"  {case['id']} {label}: Satori refuses it ({result['error'][:50]!r}), pureog draws")
            continue
        if (problem := compare({**case, "boxes": result["boxes"]}).problem) is not None:
            print(f"  {case['id']} {label}: {problem}")
            misses.append(case["id"])
    print(f"sweep: {len(cases)} trees, {len(misses)} misses")
    return misses


def _walk_styles(node: Any, visit: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """The tree with each element's style replaced by ``visit(style)``."""
    if isinstance(node, list):
        return [_walk_styles(c, visit) for c in node]
    if not isinstance(node, dict):
        return node
    props = dict(node.get("props") or {})
    if isinstance(props.get("style"), dict):
        props["style"] = visit(props["style"])
    if "children" in props:
        props["children"] = _walk_styles(props["children"], visit)
    return {**node, "props": props}


def _listed(value: Any) -> bool:
    return isinstance(value, str) and value.strip().endswith(LISTED_FONT_UNITS)


def has_listed(node: Any) -> bool:
    """Whether a tree sets a font size in a unit Satori loses (a listed difference)."""
    found: list[bool] = []
    _walk_styles(node, lambda st: found.append(_listed(st.get("fontSize"))) or st)  # type: ignore[func-returns-value]
    return any(found)


def without_listed(node: Any) -> Any:
    return _walk_styles(node, lambda st: {k: v for k, v in st.items() if not (k == "fontSize" and _listed(v))})


def degenerate(boxes: list[list[Any]]) -> bool:
    """Satori's boxes are NaN or past 1e6 px: float32 noise, not a reference."""
    return any(isinstance(v, (int, float)) and (math.isnan(v) or abs(v) > 1e6) for box in boxes for v in box[:4]) \
        or any(v is None for box in boxes for v in box[:4])




def report(cases: list[dict[str, Any]]) -> list[str]:
    """Print each miss and the match rate. Misses by a listed font size alone are counted apart (a tree
    with a listed size that misses is laid out again without it), and so are the other misses in trees
    where Satori's boxes are degenerate (NaN or past 1e6 px: pureog matches many such trees)."""
    problems = {c["id"]: compare(c).problem for c in cases}
    listed, undecided, relaid = relayout_listed(cases, problems, has_listed, without_listed, "listed font sizes")
    variants = {c["id"]: c for c in cases} | relaid  # each tree as last laid out
    noisy = {i for i, c in variants.items() if problems[i] and i not in listed | undecided and degenerate(c["boxes"])}
    for m in sorted(noisy):
        print(f"  {m} (degenerate in Satori): {problems[m]}")
    misses = [c["id"] for c in cases if problems[c["id"]] and c["id"] not in listed | undecided | noisy]
    for m in misses:
        print(f"  {m}: {problems[m]}")
    n = len(cases)
    matched = n - len(misses) - len(listed) - len(undecided) - len(noisy)
    print(f"{n} trees, {matched} match ({100 * matched / max(n, 1):.1f} %), {len(noisy)} miss where Satori's boxes "
          f"are degenerate, {len(listed)} miss by a listed font size alone, {len(undecided)} undecided, "
          f"{len(misses)} other misses ({100 * (n - len(misses)) / max(n, 1):.1f} % match but those): "
          f"{dict(Counter(miss_kind(problems[m] or '') for m in misses))}")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = outsider_parser((__doc__ or "").split("\n")[0])
    parser.add_argument("--no-listed", dest="listed", action="store_false",
                        help="draw no font sizes in vw, vh, %%, pt (Satori loses them: a listed difference)")
    parser.add_argument("--sweep", action="store_true",
                        help="lay out the property x edge-value table instead of random trees")
    args = parser.parse_args(argv)
    if args.sweep:
        sweep()
        return 0
    return run_outsider(args, report, lambda: generate(args.seed, args.count, listed=args.listed), GENERATOR, VERSION,
                        listed=args.listed)


if __name__ == "__main__":
    sys.exit(main())
