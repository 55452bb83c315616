"""A sixth outsider's paint generator: value grammars in SVG attributes and ``tw`` values (``--generator jovian``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator jovian --seeds 0:300 --out /tmp/jovian -j 1``). Written as a grammar-based generator: values
are derived from the value definitions of the specifications (SVG 1.1/2 attribute grammars: ``<number>``
with signs, ``.5``, ``5.`` and exponents, ``<length>`` in every unit and case, comma-wsp separators,
``<paint>`` with ``url(#id)`` fallbacks, ``<color>`` in every syntax, ``<opacity-value>``, dash lists,
transform lists of every function, path data with implicit repeats, packed numbers and packed arc flags,
``points`` lists, gradient attributes, stop offsets beyond 0-1 and out of order; Tailwind's arbitrary
value syntax ``bg-[...]``, ``text-[...]``, ``border-[...]``, ``rounded-[...]``, ``w-[...]``, fractions,
negative utilities, ``/NN`` opacity modifiers), every production and spelling reachable.

Why these two channels: the grammar of the *style* properties (colours, lengths, gradients, shadows,
transforms, filters in every form) is already ``alien``'s angle, so this generator applies the same
grammar-first method where no generator draws it: the presentation attributes and ``style`` objects of
inline ``<svg>`` children (Satori serialises them into the SVG resvg reads with svgtypes' grammar, which
is not CSS's), and the ``tw`` prop's arbitrary values (twrnc's own grammar). Documents are small cards of
a few framed cells, each cell carrying the drawn values of one specimen, so a mismatch points at one
value. React-shaped trees, handed to Next as written (the driver's ``RAW_GENERATORS``).

Spellings ``spec/differences.md`` lists are drawn in a few documents only, each tagged ``L:<form>``
(``L:svg-css4-colour``: CSS Color 4 colours inside SVG, and a ``currentcolor`` not spelled ``currentColor``
where Satori does not replace it, in a ``url()`` fallback or a ``style`` object; ``L:color-hsl-parse``: an
``hsl()`` ``color`` Next throws on); ones Next throws on otherwise are not drawn (a curve command right
after ``z``, ``tw`` RN-only classes, a lone ``bg-opacity-*``, px ``leading-*`` without a numeric font size).

Found on first use (2026-12-06, seeds 0:300, then held-out seeds 300:600): pureog read SVG lengths,
opacities and stop offsets leniently where svgtypes reads them whole or not at all (``cy="11.6PX"``,
``"5 "``, ``1e`` are the default), took quoted ``url('#g')`` paints and ``url(#c) x`` clips that svgtypes
refuses, read path data and ``points`` more leniently than svgtypes (a comma before an arc flag, ``2e``,
``4e``), kept comments in style values that simplecss skips, read ``stroke-linecap="Round"`` and then
dropped the dashes, and padded a gradient whose stops meet at an end with the colour just inside it.
Next throws on a ``color`` ``hsl()`` with an exponent, a ``+`` or a trailing dot (listed).

Run: ``python -m conformance.paintgen --generator jovian --seeds 0:300 --out /tmp/jovian -j 1``; the
committed slice is ``--slice --seeds 0:16`` (small canvases). Imports only the standard library.
"""

from __future__ import annotations

import random
import re
from typing import Any

from conformance.paintgen.generate import Generated

CANVASES = ((480, 252), (600, 315), (400, 400), (640, 200), (360, 480))
SMALL_CANVASES = ((200, 105), (160, 120), (240, 126), (128, 128))

NAMES = ("red", "Blue", "GREEN", "gold", "teal", "navy", "orchid", "Tomato", "darkOrange", "slategray",
         "lightseagreen", "crimson", "black", "white", "lime", "purple", "hotpink", "SteelBlue")
CSS4_COLOURS = ("rebeccapurple", "rgb(0 128 255 / 50%)", "hsl(120deg 60% 40%)", "hwb(200 10% 20%)",
                "oklch(0.7 0.15 150)", "lab(50 40 30)", "rgba(255, 0, 0, 50%)", "color(srgb 0.2 0.4 0.9)")
UNITS = ("", "px", "px", "pt", "pc", "in", "cm", "mm", "em", "ex", "%", "PX", "Px")
TW_UNITS = ("px", "px", "rem", "em", "%", "vw", "vh", "")


def el(tag: str, children: Any = None, **props: Any) -> dict[str, Any]:
    """A React element as JSX compiles it: ``{type, props}`` with ``children`` inside the props."""
    body: dict[str, Any] = dict(props)
    if children is not None:
        body["children"] = children
    return {"type": tag, "props": body}


class _Grammar:
    """Productions of the value grammars; ``features`` collects the productions taken."""

    def __init__(self, seed: int, small: bool) -> None:
        self.r = random.Random(seed)
        self.small = small
        self.features: set[str] = set()
        self.ids = 0

    def f(self, name: str) -> None:
        self.features.add(name)

    # -- lexical: <number>, separators ------------------------------------------------------------------
    def number(self, lo: float, hi: float, *, integer: bool = False) -> str:
        """``<number>`` in one of its spellings: sign, leading/trailing dot, exponent, leading zeros."""
        r = self.r
        v = r.randint(int(lo), int(hi)) if integer else round(r.uniform(lo, hi), r.choice((0, 1, 1, 2)))
        if integer or float(v).is_integer():
            v = int(v)
            form = r.random()
            if form < 0.08 and not integer and v != 0:
                self.f("num-exp")
                text = f"{v / 10:g}e1" if v % 10 == 0 else f"{v * 10}e-1"
                return text.replace("e", r.choice("eE"))
            if form < 0.14 and not integer:
                self.f("num-trailing-dot")
                return f"{v}."
            if form < 0.2 and v >= 0:
                self.f("num-plus")
                return f"+{v}"
            if form < 0.24 and 0 <= v < 10:
                self.f("num-leading-zero")
                return f"0{v}"
            return str(v)
        text = f"{v:g}"
        if r.random() < 0.3 and 0 < abs(v) < 1:
            self.f("num-leading-dot")
            return text.replace("0.", ".", 1)
        if r.random() < 0.1:
            self.f("num-exp")
            return f"{v * 100:g}e-2"
        return text

    def sep(self) -> str:
        """comma-wsp: spaces and/or one comma."""
        return self.r.choice((" ", " ", ",", ", ", " , ", "  ", "\t"))

    # -- <color> and <paint> as svgtypes reads them -------------------------------------------------------
    def color(self, listed_ok: bool) -> str:
        r = self.r
        k = r.random()
        if listed_ok and k < 0.06:
            self.f("L:svg-css4-colour")
            return r.choice(CSS4_COLOURS)
        if k < 0.25:
            self.f("c-name")
            name = r.choice(NAMES)
            return name.upper() if r.random() < 0.15 else name
        if k < 0.45:
            n = r.choice((3, 4, 6, 8))
            self.f(f"c-hex{n}")
            digits = "".join(r.choice("0123456789abcdef") for _ in range(n))
            return "#" + (digits.upper() if r.random() < 0.3 else digits)
        if k < 0.65:
            self.f("c-rgb")
            sep = r.choice((",", ", ", " , ", " "))
            if r.random() < 0.3:
                self.f("c-rgb-percent")
                chans = [f"{self.number(0, 100)}%" for _ in range(3)]
            else:
                chans = [str(r.randint(0, 255)) for _ in range(3)]
                if r.random() < 0.1:
                    self.f("c-rgb-over")
                    chans[0] = str(r.randint(256, 400))
            fn = r.choice(("rgb", "rgba", "RGB"))
            alpha = ""
            if fn != "RGB" and r.random() < 0.5:
                self.f("c-alpha")
                alpha = sep + self.number(0, 1)
            return f"{fn}({sep.join(chans)}{alpha})"
        if k < 0.8:
            self.f("c-hsl")
            sep = r.choice((",", ", ", " "))
            fn = r.choice(("hsl", "hsla"))
            alpha = sep + self.number(0, 1) if r.random() < 0.4 else ""
            return f"{fn}({r.randint(0, 360)}{sep}{r.randint(0, 100)}%{sep}{r.randint(0, 100)}%{alpha})"
        if k < 0.88:
            self.f("c-transparent")
            return r.choice(("transparent", "Transparent"))
        self.f("c-currentColor")
        return r.choice(("currentColor",) * 5 + ("CURRENTCOLOR", "currentcolor"))

    def paint(self, gradients: list[str], listed_ok: bool) -> str:
        r = self.r
        k = r.random()
        if gradients and k < 0.35:
            self.f("paint-url")
            ref = r.choice(gradients)
            spelled = r.choice((f"url(#{ref})", f"url( #{ref} )", f"url('#{ref}')"))
            if r.random() < 0.3:
                self.f("paint-url-fallback")
                spelled += " " + r.choice(("none", self.color(listed_ok)))
            return spelled
        if k < 0.42:
            self.f("paint-url-missing")
            return "url(#nowhere)" + r.choice(("", " " + self.color(listed_ok), " none"))
        if k < 0.5:
            self.f("paint-none")
            return r.choice(("none", "None"))
        return self.color(listed_ok)

    def opacity(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.2:
            self.f("opacity-percent")
            return f"{r.randint(0, 100)}%"
        if k < 0.28:
            self.f("opacity-out-of-range")
            return r.choice(("-0.5", "1.5", "2", "-1"))
        return self.number(0, 1)

    def length(self, lo: float, hi: float, *, percent: bool = True) -> str:
        unit = self.r.choice(UNITS if percent else tuple(u for u in UNITS if u != "%"))
        self.f(f"unit-{unit.lower() or 'none'}")
        if unit in ("in", "cm", "pc"):
            hi = hi / 24 if unit != "cm" else hi / 20
            lo = lo / 24
        if unit in ("em", "ex"):
            lo, hi = lo / 12, hi / 12
        return self.number(lo, hi) + unit

    # -- lists: dashes, transforms, points, path data ----------------------------------------------------
    def dasharray(self) -> str:
        r = self.r
        if r.random() < 0.1:
            self.f("dash-none")
            return "none"
        n = r.choice((1, 2, 2, 3, 4))
        self.f(f"dash-{n}")
        items = [self.length(0, 12) if r.random() < 0.3 else self.number(0, 12) for _ in range(n)]
        if r.random() < 0.08:
            self.f("dash-negative")
            items[0] = "-" + items[0].lstrip("+")
        return self.sep().join(items)

    def transform(self, w: float, h: float) -> str:
        r = self.r
        items = []
        for _ in range(r.choice((1, 1, 2, 3))):
            fn = r.choice(("translate", "scale", "rotate", "rotate3", "skewX", "skewY", "matrix"))
            self.f(f"tf-{fn}")
            if fn == "translate":
                args = [self.number(-w / 4, w / 4)] + ([self.number(-h / 4, h / 4)] if r.random() < 0.7 else [])
            elif fn == "scale":
                args = [self.number(0.5, 1.3)] + ([self.number(-1.2, 1.2)] if r.random() < 0.5 else [])
            elif fn == "rotate":
                args = [self.number(-180, 180)]
            elif fn == "rotate3":
                fn = "rotate"
                args = [self.number(-90, 90), self.number(0, w), self.number(0, h)]
            elif fn in ("skewX", "skewY"):
                args = [self.number(-40, 40)]
            else:
                args = [self.number(0.6, 1.2), self.number(-0.4, 0.4), self.number(-0.4, 0.4),
                        self.number(0.6, 1.2), self.number(-w / 5, w / 5), self.number(-h / 5, h / 5)]
            sep = self.sep()
            inner = sep.join(args)
            items.append(f"{fn}({inner})" if r.random() < 0.8 else f"{fn} ( {inner} )")
        joiner = r.choice((" ", "", ",", ", ", "  "))
        if joiner != " ":
            self.f("tf-joiner")
        return joiner.join(items)

    def points(self, w: float, h: float) -> str:
        r = self.r
        n = r.randint(3, 6)
        coords = []
        for _ in range(n):
            coords.append(self.number(0, w))
            coords.append(self.number(0, h))
        if r.random() < 0.15:
            self.f("points-odd")
            coords.append(self.number(0, w))
        if r.random() < 0.1:  # an exponent with no digits: svgtypes ends the list there
            self.f("points-bad-number")
            coords.insert(r.randrange(len(coords)), self.number(0, w) + r.choice("eE"))
        return self.sep().join(coords) if r.random() < 0.5 else " ".join(
            f"{coords[i]},{coords[i + 1]}" if i + 1 < len(coords) else coords[i] for i in range(0, len(coords), 2))

    def path(self, w: float, h: float) -> str:
        """Path data: absolute and relative commands, implicit repeats, packed numbers and arc flags."""
        r = self.r
        out: list[str] = []
        pack = r.random() < 0.35
        if pack:
            self.f("path-packed")

        def nums(*vals: tuple[float, float]) -> str:
            texts = [self.number(lo, hi) for lo, hi in vals]
            if not pack:
                return self.sep().join(texts)
            joined, last = texts[0], texts[0]
            for t in texts[1:]:  # a sign, or a dot after a number holding one, starts the next number
                glued = t[0] in "+-" or (t[0] == "." and "." in last and "e" not in last.lower())
                joined += t if glued else " " + t
                last = t
            return joined

        x, y = (0.1 * w, 0.1 * w), (0.1 * h, 0.9 * h)
        out.append(r.choice("Mm") + nums(x, y))
        closed = False
        for _ in range(r.randint(2, 6)):
            cmd = r.choice("LlHhVvCcSsQqTtAaLl")
            self.f(f"path-{cmd.upper()}")
            dx, dy = (-w / 3, w / 3), (-h / 3, h / 3)
            ax, ay = (0, w), (0, h)
            rel = cmd.islower()
            px, py = (dx, dy) if rel else (ax, ay)
            repeat = 2 if r.random() < 0.25 else 1
            if repeat > 1:
                self.f("path-implicit")
            parts = []
            for _ in range(repeat):
                if cmd in "Ll":
                    parts.append(nums(px, py))
                elif cmd in "Hh":
                    parts.append(nums(px))
                elif cmd in "Vv":
                    parts.append(nums(py))
                elif cmd in "Cc":
                    parts.append(nums(px, py, px, py, px, py))
                elif cmd in "SsQq":
                    parts.append(nums(px, py, px, py))
                elif cmd in "Tt":
                    parts.append(nums(px, py))
                else:
                    rx, ry = self.number(2, w / 2), self.number(2, h / 2)
                    rot = self.number(0, 90)
                    large, sweep = str(r.randint(0, 1)), str(r.randint(0, 1))
                    end = nums(px, py)
                    if pack and r.random() < 0.6:
                        self.f("path-arc-packed-flags")
                        parts.append(f"{rx} {ry} {rot} {large}{sweep}{end}")
                    else:
                        s = self.sep()
                        parts.append(s.join((rx, ry, rot, large, sweep, end)))
            out.append(cmd + self.sep().join(parts) if not pack else cmd + " ".join(parts))
            if not closed and r.random() < 0.15:
                out.append(r.choice("Zz"))
                self.f("path-close-mid")
                closed = True
                out.append(r.choice("Ll") + nums(px, py))  # a line after z (a curve there makes Next throw)
        if r.random() < 0.6:
            out.append(r.choice("Zz"))
        return (" " if r.random() < 0.6 else "").join(out)


def _hsl_next_throws_on(color: str) -> bool:
    """An ``hsl()``/``hsla()`` that Satori's parse-css-color refuses as a ``color`` (Next throws; listed):
    an exponent, a ``+`` sign or a trailing dot in a number, or a fourth value in the space syntax
    without ``/``."""
    lowered = color.lower()
    if not lowered.startswith("hsl"):
        return False
    inner = lowered[lowered.find("(") + 1:].rstrip(")")
    odd_number = "e" in inner or "+" in inner or re.search(r"[0-9]\.(?![0-9])", inner) is not None
    return odd_number or ("," not in inner and "/" not in inner and len(inner.split()) == 4)


def _unreplaced_current_color(node: Any, style: bool = False) -> bool:
    """Whether a ``currentcolor`` not spelled ``currentColor`` reaches resvg (which reads no other
    spelling; listed in spec/differences.md): Satori replaces a whole attribute value that is
    ``currentcolor`` in any case, but not one inside a longer value (a ``url()`` fallback) nor any in a
    ``style`` object."""
    if isinstance(node, dict):
        props = node.get("props", {})
        for key, value in props.items():
            if key == "children":
                if _unreplaced_current_color(value):
                    return True
            elif key == "style" and isinstance(value, dict):
                if any(_unreplaced_current_color(v, style=True) for v in value.values()):
                    return True
            elif _unreplaced_current_color(value, style=style):
                return True
        return False
    if isinstance(node, list):
        return any(_unreplaced_current_color(item) for item in node)
    if isinstance(node, str):
        lowered = node.lower()
        if "currentcolor" not in lowered or (lowered.strip() == "currentcolor" and not style):
            return False
        return node.count("currentColor") != lowered.count("currentcolor")
    return False


class _Jovian(_Grammar):
    """One document: a card of framed cells, each an SVG specimen or a ``tw`` specimen."""

    def __init__(self, seed: int, small: bool) -> None:
        super().__init__(seed, small)
        self.listed_ok = self.r.random() < 0.2

    def attr(self, key_css: str, key_react: str) -> str:
        """An attribute's key: React's camelCase (Satori maps it) or the SVG name as written."""
        return key_css if key_css != key_react and self.r.random() < 0.25 else key_react

    def gradient(self, w: float, h: float) -> dict[str, Any]:
        r = self.r
        self.ids += 1
        gid = f"g{self.ids}"
        radial = r.random() < 0.4
        self.f("grad-radial" if radial else "grad-linear")
        props: dict[str, Any] = {"id": gid}
        user = r.random() < 0.3
        if user:
            self.f("grad-userSpace")
            props["gradientUnits"] = "userSpaceOnUse"
        elif r.random() < 0.2:
            props["gradientUnits"] = "objectBoundingBox"

        def coord(span: float) -> str:
            if user:
                return self.number(0, span) if r.random() < 0.6 else f"{r.randint(0, 100)}%"
            return self.number(0, 1) if r.random() < 0.6 else f"{r.randint(-20, 120)}%"

        names = ("cx", "cy", "r", "fx", "fy") if radial else ("x1", "y1", "x2", "y2")
        for name in names:
            if r.random() < 0.7:
                props[name] = coord(w if name in ("cx", "fx", "x1", "x2", "r") else h)
        if r.random() < 0.3:
            self.f("grad-spread")
            props["spreadMethod"] = r.choice(("pad", "reflect", "repeat"))
        if r.random() < 0.25:
            self.f("grad-transform")
            props["gradientTransform"] = self.transform(1 if not user else w, 1 if not user else h)
        stops = []
        offsets = sorted(r.uniform(-0.2, 1.2) for _ in range(r.randint(1, 4)))
        if r.random() < 0.2:
            self.f("stop-out-of-order")
            r.shuffle(offsets)
        for off in offsets:
            sp: dict[str, Any] = {}
            k = r.random()
            if k < 0.4:
                sp["offset"] = f"{round(off * 100)}%"
            elif k < 0.9:
                sp["offset"] = self.number(off, off) if r.random() < 0.5 else round(off, 2)
            color = self.color(self.listed_ok)
            if r.random() < 0.3:
                self.f("stop-style")
                style = {"stopColor": color}
                if r.random() < 0.4:
                    style["stopOpacity"] = self.opacity()
                sp["style"] = style
            else:
                sp[self.attr("stop-color", "stopColor")] = color
                if r.random() < 0.3:
                    self.f("stop-opacity")
                    sp[self.attr("stop-opacity", "stopOpacity")] = self.opacity()
            stops.append(el("stop", **sp))
        return el("radialGradient" if radial else "linearGradient", stops, **props)

    def shape(self, w: float, h: float, gradients: list[str]) -> dict[str, Any]:
        r = self.r
        kind = r.choice(("rect", "rect", "circle", "ellipse", "line", "polyline", "polygon", "path", "path"))
        self.f(f"svg-{kind}")
        p: dict[str, Any] = {}
        if kind == "rect":
            p["x"], p["y"] = self.length(0, w / 4), self.length(0, h / 4)
            p["width"], p["height"] = self.length(w / 3, w * 0.9), self.length(h / 3, h * 0.9)
            if r.random() < 0.5:
                self.f("rect-radius")
                for key in r.sample(("rx", "ry"), r.randint(1, 2)):
                    p[key] = self.length(0, w / 3) if r.random() < 0.8 else "auto"
        elif kind == "circle":
            p["cx"], p["cy"] = self.length(w / 4, w * 0.75), self.length(h / 4, h * 0.75)
            p["r"] = self.length(2, min(w, h) / 2)
        elif kind == "ellipse":
            p["cx"], p["cy"] = self.length(w / 4, w * 0.75), self.length(h / 4, h * 0.75)
            p["rx"], p["ry"] = self.length(2, w / 2), self.length(2, h / 2)
            if r.random() < 0.15:
                p["ry"] = "auto"
                self.f("ellipse-auto")
        elif kind == "line":
            for key, span in (("x1", w), ("y1", h), ("x2", w), ("y2", h)):
                p[key] = self.length(0, span)
        elif kind in ("polyline", "polygon"):
            p["points"] = self.points(w, h)
        else:
            p["d"] = self.path(w, h)
        style: dict[str, Any] = {}

        def put(css: str, react: str, value: Any) -> None:
            if r.random() < 0.2:  # in the element's style object instead of an attribute
                self.f("svg-style-object")
                if isinstance(value, str) and r.random() < 0.25:  # CSS's comments and priority
                    self.f("style-comment")
                    value = r.choice((f"{value} /* c */", f"/* c */ {value}", f"{value}/**/", f"{value} !important",
                                      f"{value} ! important", f"{value} /* c */ !important"))
                style[react] = value
            else:
                p[self.attr(css, react)] = value

        if kind not in ("line",) and r.random() < 0.85:
            put("fill", "fill", self.paint(gradients, self.listed_ok))
        if kind in ("line", "polyline", "path") or r.random() < 0.6:
            put("stroke", "stroke", self.paint(gradients, self.listed_ok))
            if r.random() < 0.8:
                put("stroke-width", "strokeWidth",
                    self.length(0.5, 8, percent=True) if r.random() < 0.6 else r.choice((1, 2.5, 4, 0.75)))
            if r.random() < 0.35:
                put("stroke-dasharray", "strokeDasharray", self.dasharray())
                if r.random() < 0.4:
                    self.f("dash-offset")
                    put("stroke-dashoffset", "strokeDashoffset", self.length(-10, 10, percent=False))
            if r.random() < 0.35:
                self.f("stroke-linecap")
                put("stroke-linecap", "strokeLinecap", r.choice(("butt", "round", "square", "Round")))
            if r.random() < 0.35:
                self.f("stroke-linejoin")
                put("stroke-linejoin", "strokeLinejoin", r.choice(("miter", "round", "bevel", "miter-clip", "arcs")))
            if r.random() < 0.2:
                self.f("stroke-miterlimit")
                put("stroke-miterlimit", "strokeMiterlimit", self.number(0.5, 6))
            if r.random() < 0.2:
                self.f("stroke-opacity")
                put("stroke-opacity", "strokeOpacity", self.opacity())
        if r.random() < 0.2:
            self.f("fill-opacity")
            put("fill-opacity", "fillOpacity", self.opacity())
        if r.random() < 0.15:
            self.f("opacity")
            put("opacity", "opacity", self.opacity())
        if kind in ("path", "polygon") and r.random() < 0.3:
            self.f("fill-rule")
            put("fill-rule", "fillRule", r.choice(("evenodd", "nonzero", "EvenOdd")))
        if r.random() < 0.3:
            self.f("svg-transform")
            p["transform"] = self.transform(w, h)
        if style:
            p["style"] = style
        return el(kind, **p)

    def svg_cell(self, w: int, h: int) -> dict[str, Any]:
        r = self.r
        vw, vh = r.choice(((w, h), (24, 24), (100, 100), (w * 2, h * 2), (64, 32)))
        gradients: list[str] = []
        children: list[Any] = []
        if r.random() < 0.5:
            defs = [self.gradient(vw, vh) for _ in range(r.randint(1, 2))]
            gradients = [d["props"]["id"] for d in defs]
            children.append(el("defs", defs))
        shapes = [self.shape(vw, vh, gradients) for _ in range(r.randint(1, 3))]
        if r.random() < 0.3:
            self.f("svg-group")
            g: dict[str, Any] = {}
            if r.random() < 0.6:
                g["fill"] = self.paint(gradients, self.listed_ok)
            if r.random() < 0.5:
                g["stroke"] = self.color(self.listed_ok)
                g[self.attr("stroke-width", "strokeWidth")] = self.length(0.5, 4)
            if r.random() < 0.4:
                g["opacity"] = self.opacity()
            if r.random() < 0.4:
                g["transform"] = self.transform(vw, vh)
            children.append(el("g", shapes, **g))
        else:
            children.extend(shapes)
        sep = r.choice((" ", ",", ", ", "  "))
        box = sep.join(str(v) for v in (0, 0, vw, vh))
        if r.random() < 0.2:
            self.f("viewBox-padded")
            box = f" {box} "
        props: dict[str, Any] = {"width": w, "height": h, "viewBox": box}
        if r.random() < 0.25:
            self.f("svg-aspect")
            props["preserveAspectRatio"] = r.choice(("none", "xMinYMin meet", "xMaxYMax slice", "xMidYMid"))
        if r.random() < 0.4:
            self.f("svg-color")
            color = self.color(False)  # Satori puts this text in place of currentColor attributes
            props["style"] = {"color": "currentColor" if color.lower() == "currentcolor" else color}
            if _hsl_next_throws_on(color):
                self.f("L:color-hsl-parse")
        if r.random() < 0.2:
            props["fill"] = self.paint([], self.listed_ok)
            self.f("svg-root-fill")
        svg = el("svg", children, **props)
        if _unreplaced_current_color(svg):
            self.f("L:svg-css4-colour")
        return svg

    # -- tw arbitrary values -------------------------------------------------------------------------------
    def tw_len(self, lo: float, hi: float, units: tuple[str, ...] = TW_UNITS) -> str:
        unit = self.r.choice(units)
        self.f(f"tw-unit-{unit or 'none'}")
        if unit in ("rem", "em"):
            lo, hi = lo / 16, hi / 16
        if unit in ("vw", "vh", "%"):
            lo, hi = lo / 4, hi / 4
        return self.number(lo, hi) + unit

    def tw_color(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.5:
            n = r.choice((3, 6, 6, 4, 8))
            self.f(f"tw-hex{n}")
            return "[#" + "".join(r.choice("0123456789abcdefABCDEF") for _ in range(n)) + "]"
        if k < 0.8:
            self.f("tw-rgb")
            chans = ",".join(str(r.randint(0, 255)) for _ in range(3))
            if r.random() < 0.5:
                self.f("tw-rgba")
                return f"[rgba({chans},{self.number(0, 1)})]"
            return f"[rgb({chans})]"
        self.f("tw-theme-colour")
        return r.choice(("red-500", "sky-400", "emerald-600", "black", "white", "amber-300"))

    def tw_cell(self, w: int, h: int) -> dict[str, Any]:
        r = self.r
        classes = ["flex"]
        style: dict[str, Any] = {}
        bg = False
        for _ in range(r.randint(3, 7)):
            k = r.choice(("bg", "bg", "text-color", "text-size", "border", "border-color", "rounded",
                          "size", "padding", "margin", "tracking", "leading", "opacity", "fraction"))
            self.f(f"tw-{k}")
            if k == "bg":
                c = "bg-" + self.tw_color()
                if r.random() < 0.3:
                    self.f("tw-modifier")
                    c += f"/{r.randint(0, 100)}"
                classes.append(c)
                bg = True
            elif k == "text-color":
                classes.append("text-" + self.tw_color())
            elif k == "text-size":
                classes.append(f"text-[{self.tw_len(8, 20, ('px', 'rem', 'em', ''))}]")
            elif k == "border":
                side = r.choice(("", "", "-t", "-b", "-l", "-r"))
                classes.append(f"border{side}-[{self.tw_len(1, 6, ('px', 'rem', ''))}]")
                if r.random() < 0.3:
                    classes.append(r.choice(("border-dashed", "border-solid")))
            elif k == "border-color":
                classes.append("border-" + self.tw_color())
            elif k == "rounded":
                corner = r.choice(("", "", "-t", "-tl", "-br", "-l"))
                classes.append(f"rounded{corner}-[{self.tw_len(2, 24, ('px', 'rem', ''))}]")
            elif k == "size":
                axis = r.choice(("w", "h", "min-w", "max-w", "min-h"))
                classes.append(f"{axis}-[{self.tw_len(10, 60 if axis != 'max-w' else 120)}]")
            elif k == "padding":
                side = r.choice(("p", "px", "py", "pt", "pl"))
                classes.append(f"{side}-[{self.tw_len(1, 12, ('px', 'rem', 'em', ''))}]")
            elif k == "margin":
                side = r.choice(("m", "mx", "mt", "ml"))
                neg = "-" if r.random() < 0.3 else ""
                classes.append(f"{neg}{side}-[{self.tw_len(1, 8, ('px', 'rem', ''))}]")
            elif k == "tracking":
                classes.append(f"tracking-[{self.tw_len(-1, 3, ('px', 'em', 'rem'))}]")
            elif k == "leading":  # a unit: a bare number needs a numeric font size (listed: Next throws)
                classes.append(f"leading-[{self.tw_len(10, 24, ('px', 'rem'))}]")
            elif k == "opacity":
                classes.append(f"opacity-{r.choice(('5', '25', '50', '75', '[.3]', '[40]', '95'))}")
            else:
                classes.append(f"{r.choice(('w', 'h'))}-{r.randint(1, 5)}/{r.choice((2, 3, 4, 6))}")
        if bg and r.random() < 0.2 and any(c.startswith("bg-") and "/" not in c for c in classes):
            # a bg-opacity with no colour class left to take it is an RN style Next throws on (listed)
            self.f("tw-bg-opacity")
            classes.append(f"bg-opacity-{r.choice((10, 50, 80))}")
        r.shuffle(classes)
        style = {"width": w, "height": h} if r.random() < 0.5 else {}
        child = r.choice(("Aa 12", "Jovian", "tw", "[x]"))
        return el("div", child, tw=" ".join(classes), style=style)

    def card(self, width: int, height: int) -> dict[str, Any]:
        r = self.r
        cells = []
        n = r.randint(2, 3) if self.small else r.randint(2, 5)
        cw = max(24, (width - 24) // min(n, 3) - 12)
        ch = max(24, (height - 24) // (1 if n <= 3 else 2) - 12)
        for _ in range(n):
            w, h = cw, ch
            if r.random() < 0.65:
                self.f("cell-svg")
                inner = self.svg_cell(w - 8, h - 8)
            else:
                self.f("cell-tw")
                inner = self.tw_cell(w - 8, h - 8)
            frame = {"display": "flex", "width": w, "height": h, "padding": 4, "backgroundColor": "#f4f4f5",
                     "color": r.choice(("#1e293b", "crimson", "#0a7"))}
            cells.append(el("div", inner, style=frame))
        root = {"display": "flex", "flexDirection": "row", "flexWrap": "wrap", "gap": 8, "padding": 8,
                "width": "100%", "height": "100%", "backgroundColor": "white", "fontFamily": "Geist"}
        return el("div", cells, style=root)


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` locates the fonts, which sit beside the image assets)."""
    g = _Jovian(seed, small)
    w, h = g.r.choice(SMALL_CANVASES if small else CANVASES)
    fonts_dir = f"{assets.rstrip('/')}/../fonts"
    doc: dict[str, Any] = {"width": w, "height": h,
                           "fonts": [{"name": "Geist", "path": f"{fonts_dir}/Geist-Regular.ttf", "weight": 400,
                                      "style": "normal"}]}
    doc["element"] = g.card(w, h)
    return Generated(seed, doc, tuple(sorted(g.features)))
