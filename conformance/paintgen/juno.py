"""A sixteenth outsider's paint generator: which of several declarations wins (``--generator juno``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator juno --seeds 0:120 --out /tmp/juno -j 1``). The other generators draw values (alien, pallas),
spellings (wild, lunar), structures (saturnian, uranian) or whole cards, and mostly write each property
once. Real JSX style objects say the same thing several times: a spread theme object followed by
overrides, ``border`` then ``borderTop`` then ``borderTopColor`` (or the other way round), a kebab-case
key pasted beside its camel-case twin, ``tw`` classes under a ``style`` that repeats some of them, a
variable read before it is declared, inherited text properties set on the card and overridden three
levels down. So this one draws *conflicts*: every specimen carries an ordered list of competing
declarations of one family, and the renderer must resolve them as Satori does (``for (prop in style)``:
each key camel-cased and expanded where it stands, later keys overwriting earlier ones; ``color`` read
first whatever its place; a ``tw`` object assigned under the style, so a style key that repeats a class
keeps the class's place):

- families: borders (``border``, sides, ``borderWidth``/``Color``/``Style`` with 1-4 values, side
  longhands, ``none``/``0``), backgrounds (``background`` colour or gradient against ``backgroundColor``
  and the image longhands), spacing (``margin``/``padding`` against their sides; ``marginInline`` and
  friends, which Satori ignores), corner radii (``borderRadius`` with ``/`` against the corners), text
  decoration (``textDecoration`` with and without a colour against its longhands), text stroke,
  ``currentColor`` read by declarations before and after ``color``, ``flex``/``gap`` against their
  longhands, ``font`` against ``fontSize``/``fontWeight``, ``transform`` against the individual
  ``rotate``/``scale``/``translate`` properties, ``WebkitBackgroundClip``/``WebkitMaskImage`` against the
  standard ones, custom properties read before they are declared or redeclared below;
- the same property written twice (camel and kebab case, ``WebkitX`` and ``x``), in either order;
- ``tw`` classes whose properties the ``style`` repeats or overrides with a shorthand;
- inheritance: ``color``, ``fontSize``, ``fontWeight``, ``lineHeight``, ``letterSpacing``,
  ``textTransform``, ``textAlign``, ``textShadow``, ``textDecoration``, ``opacity`` set on the card, a
  section or a row and overridden (or reset with ``none``/``normal``) on the element holding the text;
- value types as JSX produces them: numbers, numeric strings (``"12"``, ``"12.5"``), ``0`` and ``"0"``.

A card holds three to six specimens (two to four on small canvases), each tagged ``fam-<family>`` with
the order drawn (``ord-<family>:<first>><last>`` and ``dup-<kind>``), so a failing family shows in the
driver's per-feature table. Spellings ``spec/differences.md`` lists as deliberate differences are drawn in
a few documents only, tagged ``L:<form>``. React-shaped trees reach the oracle as written (the driver's
``RAW_GENERATORS``). Families added after the first runs: presets (``h1``, ``hr``, ``mark``, ``u``, ...)
overridden by the author, falsy values (``null``, ``false``, ``''``) after a real declaration of the same
property, paint set and reset (``filter``, ``clipPath``, ``maskImage``, ``border``), React Native keys.

Found on first use (2026-12-07, seeds 0:120 of the committed version: Next drew 119, pureog matched 111 before
this round's fixes, 107 of 115 without listed spellings; 119 and 115 of 115 after): a ``WebkitMask*``
declaration after its unprefixed twin replaced it, where Satori reads ``maskX || WebkitMaskX``
(``backgrounds/mask-webkit-twin-order``); a falsy ``backgroundColor``/``backgroundImage``/``maskImage``/
``flexBasis`` after an earlier declaration of it (a kebab-case twin, the ``background`` shorthand, the
``mark`` preset) was skipped, where Next erases the earlier one (``satori-style/falsy-value-erases-earlier``);
``tw`` classes merged with a style's kebab-case key at the class's place, where ``Object.assign`` puts it after
them (``satori-style/tw-style-kebab-twin-order``). Next throws on ``transform: none``, ``backgroundImage:
none``, an upper-case colour in ``border``/``textDecoration``, ``border: 0 none``, a falsy ``boxShadow``,
``borderColor`` or ``flexBasis: null``, and React Native's ``textShadowColor``/``Radius`` beside
``textShadow``: not drawn; ``boxShadow: none`` (a black shadow, listed) only in documents tagged
``L:box-shadow-none``.

Run: ``python -m conformance.paintgen --generator juno --seeds 0:120 --out /tmp/juno -j 1``; the committed
slice is ``--slice --seeds 0:16`` (small canvases). Imports only the standard library; never :mod:`pureog`.
"""

from __future__ import annotations

import random
import re
from typing import Any

from conformance.paintgen.generate import Generated, el

NAMES = ("red", "blue", "green", "orange", "purple", "teal", "navy", "gold", "crimson", "black", "white",
         "hotpink", "slategray", "tomato", "royalblue", "seagreen", "coral", "indigo")
WORDS = ("Juno", "wins", "last", "order", "cascade", "override", "Ag", "card", "theme", "spread", "OG", "why")
SIZES = ((600, 315), (800, 420), (400, 300), (1200, 630), (500, 500))
SMALL_SIZES = ((200, 150), (240, 126), (180, 180))
FONTS = (("Geist", "Geist-Regular.ttf", 400, "normal"), ("Geist", "Geist-Bold.ttf", 700, "normal"),
         ("Roboto", "Roboto-Regular.ttf", 400, "normal"))
SIDES = ("Top", "Right", "Bottom", "Left")
FAMILIES = ("border", "background", "spacing", "radius", "decoration", "stroke", "current", "flex", "font",
            "transform", "vendor", "variables", "tw", "inherit", "preset", "falsy", "reset", "native")
PRESET_TAGS = ("h1", "h2", "h3", "h5", "h6", "p", "hr", "u", "s", "mark", "b", "strong", "i", "em", "blockquote",
               "center", "small", "big", "code", "pre")
TW_BG = ("bg-red-500", "bg-blue-500", "bg-emerald-400", "bg-amber-300", "bg-slate-800", "bg-pink-500")
TW_BORDER = ("border", "border-2", "border-4", "border-t-4", "border-l-8", "border-b-2")
TW_BORDER_COLOR = ("border-red-600", "border-blue-700", "border-black", "border-white", "border-teal-500")
TW_PAD = ("p-2", "p-4", "px-6", "py-3", "pt-8", "pl-2")
TW_RADIUS = ("rounded", "rounded-lg", "rounded-full", "rounded-t-xl", "rounded-none")
TW_TEXT = ("text-white", "text-red-700", "text-xl", "text-xs", "font-bold", "underline", "uppercase")


def _kebab(key: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), key)


class _Gen:
    """One document's random choices; ``features`` collects what was drawn (``L:`` for listed forms)."""

    def __init__(self, seed: int, assets: str, small: bool) -> None:
        self.r = random.Random(f"juno-{seed}")
        self.assets = assets.rstrip("/")
        self.small = small
        self.scale = 0.5 if small else 1.0
        self.features: set[str] = set()
        self.listed = self.r.random() < 0.15

    def f(self, name: str) -> None:
        self.features.add(name)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # -- values -----------------------------------------------------------------------------------------

    def color(self) -> str:
        r = self.r
        roll = r.randrange(9)
        c = [r.randrange(256) for _ in range(3)]
        if roll < 3:
            return r.choice(NAMES)
        if roll == 3:
            return "#" + "".join(f"{x >> 4:x}" for x in c)
        if roll == 4:
            return ("#" + "".join(f"{x:02x}" for x in c)).upper() if self.chance(0.4) else \
                "#" + "".join(f"{x:02x}" for x in c)
        if roll == 5:
            return f"rgb({c[0]}, {c[1]}, {c[2]})"
        if roll == 6:
            return f"rgba({c[0]},{c[1]},{c[2]},{r.choice((0.3, 0.5, 0.8))})"
        if roll == 7:
            return f"hsl({c[0]}, {c[1] * 100 // 255}%, {c[2] * 100 // 255}%)"
        return r.choice(("transparent", "currentColor", "currentcolor"))

    def n(self, lo: float, hi: float) -> float:
        v = self.r.uniform(lo, hi) * self.scale
        return round(v) if self.chance(0.8) else round(v, 1)

    def px(self, lo: float, hi: float, part: bool = False) -> Any:
        """A px length as JSX writes it: a number (outside shorthands), ``"12"``, ``"12px"``, ``0``."""
        v = self.n(lo, hi)
        roll = self.r.randrange(10)
        if part or roll < 5:
            return f"{v}px" if v else self.r.choice(("0", "0px"))
        if roll < 8:
            return v
        self.f("val-numeric-string")
        return str(v)

    def gradient(self) -> str:
        r = self.r
        a, b = self.color(), self.color()
        if self.chance(0.6):
            return f"linear-gradient({r.choice((0, 45, 90, 135, 180))}deg, {a}, {b})"
        return f"radial-gradient(circle, {a}, {b})"

    # -- conflicts --------------------------------------------------------------------------------------

    def emit(self, fam: str, decls: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        """``decls`` in a random order, a few keys written in kebab case; the order drawn is tagged."""
        r = self.r
        r.shuffle(decls)
        out = []
        for k, v in decls:
            if not k.startswith("--") and any(c.isupper() for c in k) and self.chance(0.12):
                self.f("dup-kebab-key")
                k = _kebab(k)
            out.append((k, v))
        if len(out) > 1:
            self.f(f"ord-{fam}:{_short(out[0][0])}>{_short(out[-1][0])}")
        return out

    def twins(self, decls: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        """One declaration written twice with different values, camel and kebab case (either order):
        the later one wins in Satori, whose object keeps both."""
        if not decls or not self.chance(0.25):
            return decls
        i = self.r.randrange(len(decls))
        k, v = decls[i]
        if k.startswith("--") or not any(c.isupper() for c in k) or "-" in k:
            return decls
        self.f("dup-twin")
        same = [value for key, value in decls if key == k and value != v]
        twin = (_kebab(k), self.color() if k.endswith("Color") else same[0] if same else v)
        at = self.r.randint(0, len(decls))
        return decls[:at] + [twin] + decls[at:]

    def border(self) -> list[tuple[str, Any]]:
        r = self.r
        d: list[tuple[str, Any]] = []
        for _ in range(r.randint(2, 4)):
            roll = r.randrange(9)
            if roll == 0 or (roll == 8 and self.chance(0.5)):
                w = self.px(1, 8, part=True)
                form = r.randrange(5)
                val = {0: f"{w} solid {self.color()}", 1: f"{w} dashed {self.color()}", 2: f"{w} solid",
                       3: f"solid {self.color()}", 4: f"{self.color()} {w} solid"}[form]
                self.f(f"border-form{form}")
                if self.chance(0.25):
                    val = r.choice(("none", "0", 0, "0px solid"))
                    self.f("border-none")
                d.append(("border", val))
            elif roll == 1:
                side = r.choice(SIDES)
                d.append((f"border{side}", f"{self.px(1, 10, part=True)} {r.choice(('solid', 'dashed'))} "
                                           f"{self.color()}"))
            elif roll == 2:
                d.append(("borderWidth", " ".join(str(self.px(0, 9, part=True)) for _ in range(r.randint(1, 4)))
                          if self.chance(0.5) else self.px(1, 9)))
            elif roll == 3:
                d.append(("borderColor", " ".join(self.color() for _ in range(r.randint(1, 4)))))
            elif roll == 4:
                d.append(("borderStyle", r.choice(("solid", "dashed"))))
            elif roll == 5:
                d.append((f"border{r.choice(SIDES)}Width", self.px(0, 12)))
            elif roll == 6:
                d.append((f"border{r.choice(SIDES)}Color", self.color()))
            elif roll == 7:
                d.append((f"border{r.choice(SIDES)}Style", r.choice(("solid", "dashed"))))
            else:
                d.append(("borderWidth", 0 if self.chance(0.5) else "0"))
        return self.emit("border", self.twins(d))

    def background(self) -> list[tuple[str, Any]]:
        r = self.r
        d: list[tuple[str, Any]] = []
        for _ in range(r.randint(2, 4)):
            roll = r.randrange(7)
            if roll == 0:
                d.append(("background", self.color()))
            elif roll == 1:
                d.append(("background", self.gradient()))
                self.f("bg-shorthand-gradient")
            elif roll == 2:
                d.append(("backgroundColor", self.color()))
            elif roll == 3:
                d.append(("backgroundImage", self.gradient()))
            elif roll == 4:
                d.append(("backgroundSize", r.choice(("50% 50%", "20px 20px", "cover", "100% 30%", "auto"))))
            elif roll == 5:
                d.append(("backgroundRepeat", r.choice(("no-repeat", "repeat-x", "repeat", "repeat-y"))))
            else:
                d.append(("backgroundPosition", r.choice(("center", "left top", "50% 100%", "right", "10px 20px"))))
        if not any(k in ("background", "backgroundColor", "backgroundImage") for k, _ in d):
            d.append(("backgroundColor", self.color()))
        return self.emit("background", self.twins(d))

    def spacing(self, prop: str) -> list[tuple[str, Any]]:
        r = self.r
        neg = prop == "margin"
        d: list[tuple[str, Any]] = []
        for _ in range(r.randint(2, 4)):
            roll = r.randrange(6)
            if roll == 0:
                d.append((prop, " ".join(str(self.px(-8 if neg else 0, 24, part=True))
                                         for _ in range(r.randint(1, 4)))))
            elif roll == 1:
                d.append((prop, self.px(0, 20)))
            elif roll in (2, 3):
                d.append((f"{prop}{r.choice(SIDES)}", self.px(-6 if neg else 0, 30)))
            elif roll == 4:
                logical = r.choice(("Inline", "Block", "InlineStart", "BlockEnd"))
                self.f(f"logical-{prop}{logical}")
                d.append((f"{prop}{logical}", self.px(0, 30)))
            else:
                d.append((prop, r.choice((0, "0", "auto" if neg else "0px"))))
        return self.emit(prop, self.twins(d))

    def radius(self) -> list[tuple[str, Any]]:
        r = self.r
        d: list[tuple[str, Any]] = []
        corners = ("TopLeft", "TopRight", "BottomRight", "BottomLeft")
        for _ in range(r.randint(2, 4)):
            roll = r.randrange(4)
            if roll == 0:
                d.append(("borderRadius", self.px(0, 40)))
            elif roll == 1:
                vals = " ".join(self.px(0, 40, part=True) for _ in range(r.randint(1, 4)))
                if self.chance(0.3):
                    vals += " / " + " ".join(self.px(0, 30, part=True) for _ in range(r.randint(1, 2)))
                    self.f("radius-slash")
                d.append(("borderRadius", vals))
            elif roll == 2:
                d.append((f"border{r.choice(corners)}Radius", self.px(0, 50)))
            else:
                d.append(("borderRadius", r.choice(("50%", "25%", 9999, "0"))))
        return self.emit("radius", self.twins(d))

    def decoration(self) -> list[tuple[str, Any]]:
        r = self.r
        d: list[tuple[str, Any]] = []
        for _ in range(r.randint(2, 4)):
            roll = r.randrange(5)
            if roll == 0:
                line = r.choice(("underline", "line-through", "underline line-through"))
                form = r.randrange(3)
                self.f(f"deco-form{form}")
                d.append(("textDecoration", {0: line, 1: f"{line} {self.color()}",
                                             2: f"{line} {r.choice(('solid', 'dashed', 'double'))} {self.color()}"}
                          [form]))
            elif roll == 1:
                d.append(("textDecorationLine", r.choice(("underline", "line-through", "none"))))
            elif roll == 2:
                d.append(("textDecorationColor", self.color()))
            elif roll == 3:
                d.append(("textDecorationStyle", r.choice(("solid", "dashed", "double"))))
            else:
                d.append(("textDecoration", "none"))
        return self.emit("decoration", self.twins(d))

    def stroke(self) -> list[tuple[str, Any]]:
        r = self.r
        d: list[tuple[str, Any]] = []
        for _ in range(r.randint(2, 3)):
            roll = r.randrange(3)
            if roll == 0:
                d.append(("WebkitTextStroke", f"{self.px(1, 3, part=True)} {r.choice(NAMES)}"))
            elif roll == 1:
                d.append(("WebkitTextStrokeWidth", self.px(0, 3)))
            else:
                d.append(("WebkitTextStrokeColor", r.choice(NAMES)))
        return self.emit("stroke", d)

    def current(self) -> list[tuple[str, Any]]:
        """Declarations reading ``currentColor`` before and after the ``color`` they read."""
        r = self.r
        cc = r.choice(("currentColor", "currentcolor", "CurrentColor"))
        self.f(f"cc-{cc}")
        d: list[tuple[str, Any]] = [("color", r.choice(NAMES))]
        for _ in range(r.randint(1, 3)):
            roll = r.randrange(5)
            if roll == 0:
                d.append(("border", f"{self.px(2, 8, part=True)} solid {cc}"))
            elif roll == 1:
                d.append(("boxShadow", f"{self.px(2, 8, part=True)} {self.px(2, 8, part=True)} 0 {cc}"))
            elif roll == 2:
                d.append(("backgroundImage", f"linear-gradient({cc}, transparent)"))
            elif roll == 3:
                d.append(("borderColor", cc))
                d.append(("borderWidth", self.px(2, 6)))
            else:
                d.append(("textDecoration", f"underline {cc}"))
        if self.chance(0.3):
            d.append(("color", r.choice(NAMES)))  # a second color: the last wins for every reader
            self.f("cc-second-color")
        return self.emit("current", d)

    def flex(self) -> list[tuple[str, Any]]:
        r = self.r
        d: list[tuple[str, Any]] = []
        for _ in range(r.randint(2, 4)):
            roll = r.randrange(6)
            if roll == 0:
                two = f"{self.px(0, 20, part=True)} {self.px(0, 20, part=True)}"
                d.append(("gap", r.choice((self.px(0, 20), two))))
            elif roll == 1:
                d.append((r.choice(("rowGap", "columnGap")), self.px(0, 24)))
            elif roll == 2:
                d.append(("flexFlow", r.choice(("row wrap", "column", "row-reverse nowrap", "column wrap"))))
            elif roll == 3:
                d.append(("flexDirection", r.choice(("row", "column", "row-reverse"))))
            elif roll == 4:
                d.append(("flexWrap", r.choice(("wrap", "nowrap"))))
            else:
                d.append(("justifyContent", r.choice(("center", "space-between", "flex-end"))))
        return self.emit("flex", self.twins(d))

    def font(self) -> list[tuple[str, Any]]:
        r = self.r
        d: list[tuple[str, Any]] = []
        for _ in range(r.randint(2, 4)):
            roll = r.randrange(5)
            if roll == 0 and self.listed:
                self.f("L:font-shorthand")
                d.append(("font", f"{r.choice(('bold ', 'italic ', ''))}{self.px(10, 30, part=True)} Geist"))
            elif roll <= 1:
                d.append(("fontSize", self.px(9, 34)))
            elif roll == 2:
                d.append(("fontWeight", r.choice((400, 700, "700", "bold", "normal"))))
            elif roll == 3:
                d.append(("lineHeight", r.choice((1, 1.5, "1.2", "24px", "150%", "normal"))))
            else:
                d.append(("letterSpacing", r.choice((1, "2px", "0.1em", "-1px", "normal", 0))))
        return self.emit("font", self.twins(d))

    def transform(self) -> list[tuple[str, Any]]:
        r = self.r
        d: list[tuple[str, Any]] = [("transform", r.choice((f"rotate({r.choice((5, -10, 30, 90))}deg)",
                                                            "scale(0.8)", f"translate({self.px(0, 20, True)}, 0)",
                                                            "skewX(10deg)")))]
        for _ in range(r.randint(1, 2)):
            roll = r.randrange(4)
            if roll == 0:
                d.append(("rotate", "45deg"))
            elif roll == 1:
                d.append(("scale", r.choice(("1.2", 1.2, "0.5"))))
            elif roll == 2:
                d.append(("translate", "10px 10px"))
            else:
                d.append(("transformOrigin", r.choice(("top left", "0 0", "center", "right bottom", "25% 75%"))))
        return self.emit("transform", d)

    def vendor(self) -> list[tuple[str, Any]]:
        """Vendor twins of one property in either order (``WebkitMaskImage`` and ``maskImage``, ...)."""
        r = self.r
        roll = r.randrange(3)
        if roll == 0:
            a, b = self.gradient(), "linear-gradient(black, transparent)"
            d = [("backgroundColor", self.color()),
                 ("maskImage", a.replace("radial-gradient(circle,", "radial-gradient(")), ("WebkitMaskImage", b)]
            self.f("vendor-mask")
        elif roll == 1:
            d = [("backgroundImage", self.gradient()), ("backgroundClip", r.choice(("text", "border-box"))),
                 ("WebkitBackgroundClip", r.choice(("text", "border-box"))), ("color", "transparent")]
            self.f("vendor-clip")
        else:
            d = [("WebkitLineClamp", 2), ("lineClamp", r.choice((1, 3))),
                 ("display", r.choice(("block", "-webkit-box"))), ("WebkitBoxOrient", "vertical"),
                 ("overflow", "hidden"), ("textOverflow", "ellipsis")]
            self.f("vendor-clamp")
        return self.emit("vendor", d)

    def variables(self) -> list[tuple[str, Any]]:
        """Custom properties read before they are declared, declared twice, read by shorthands that
        longhands then override."""
        r = self.r
        d: list[tuple[str, Any]] = [("--c", self.color()), ("--w", self.px(2, 8, part=True))]
        if self.chance(0.4):
            d.append(("--c", r.choice(NAMES)))
            self.f("var-redeclared")
        roll = r.randrange(3)
        if roll == 0:
            d.append(("border", "var(--w) solid var(--c)"))
        elif roll == 1:
            d.append(("backgroundColor", "var(--c)"))
        else:
            d.append(("boxShadow", "0 0 0 var(--w) var(--c)"))
        if self.chance(0.5):
            d.append((r.choice(("borderTopColor", "backgroundColor")),
                      r.choice(("var(--missing, red)", "var(--c)", self.color()))))
        else:
            d.append(("borderWidth", r.choice(("var(--w)", "var(--missing, 3px)", self.px(1, 6)))))
        return self.emit("variables", d)

    def falsy(self) -> list[tuple[str, Any]]:
        """Values JSX conditionals leave (``cond && '2px solid red'``: ``false``; ``cond ? x : null``;
        ``''``) and numbers written as strings, among real declarations of the same properties."""
        r = self.r
        d: list[tuple[str, Any]] = [("backgroundColor", self.color()), ("border", f"3px solid {self.color()}")]
        for _ in range(r.randint(1, 3)):
            key = r.choice(("backgroundColor", "backgroundColor", "borderWidth", "padding", "margin", "borderRadius",
                            "opacity", "color", "backgroundImage", "width", "fontSize", "maskImage"))
            kinds = ("null", "empty") if key in ("backgroundImage", "maskImage") else \
                ("null", "false", "empty", "zero-string", "spaced", "decimal-string")
            kind = r.choice(kinds)
            self.f(f"falsy-{kind}")
            self.f(f"falsy-{key}")
            colour = key in ("color", "backgroundColor")
            value: Any = {"null": None, "false": False, "empty": "",
                          "zero-string": "0" if not colour else self.color(),
                          "spaced": f" {self.n(2, 12)}px " if not colour else f" {r.choice(NAMES)} ",
                          "decimal-string": (f"{self.n(2, 12)}.0" if key != "opacity" else "0.50") if not colour
                          else self.color()}[kind]
            if key == "maskImage":
                d.append(("maskImage", "linear-gradient(to right, black, transparent)"))
            if any(k == key for k, _ in d):  # a twin key, so the object keeps both (the order drawn decides)
                key = _kebab(key)
                self.f("falsy-twin")
            d.append((key, value))
        return self.emit("falsy", d)

    def reset(self) -> list[tuple[str, Any]]:
        """A paint property set and reset (``none``, ``0``, ``normal``) by a later or earlier declaration."""
        r = self.r
        d: list[tuple[str, Any]] = [("backgroundColor", self.color())]
        for _ in range(r.randint(1, 3)):
            roll = r.randrange(7)
            if roll == 0:
                d += [("backgroundImage", self.gradient()), ("backgroundColor", self.color())]
            elif roll == 1:
                d += [("boxShadow", f"0 0 0 {self.px(2, 8, True)} {self.color()}")]
                if self.listed:  # Next draws `boxShadow: none` as a black shadow (listed)
                    d.append(("boxShadow", "none"))
                    self.f("L:box-shadow-none")
            elif roll == 2:
                d += [("maskImage", "linear-gradient(to right, black, transparent)"), ("maskImage", "none")]
            elif roll == 3:
                d += [("filter", r.choice(("blur(2px)", "grayscale(1)", "invert(1)"))), ("filter", "none")]
            elif roll == 4:
                d += [("clipPath", "circle(40%)"), ("clipPath", "none")]
            elif roll == 5:
                d += [("border", f"4px solid {self.color()}"), ("border", r.choice(("none", "0")))]
                d.append((f"border{r.choice(SIDES)}Width", self.px(2, 8)))
            else:
                d += [("opacity", 0.4), ("opacity", r.choice((1, "1", "0.9")))]
        # the reset lands before or after what it resets: write the pairs with distinct keys (kebab twin)
        out = []
        seen = set()
        for k, v in d:
            if k in seen:
                out.append((_kebab(k), v))
                self.f(f"reset-{k}")
            else:
                out.append((k, v))
                seen.add(k)
        if self.chance(0.4):
            out.reverse()
            self.f("reset-first")
        return out

    def native(self) -> list[tuple[str, Any]]:
        """React Native habits in a web style object: ``marginHorizontal``, ``paddingVertical``, ``shadowColor``
        beside ``boxShadow``."""
        r = self.r
        d: list[tuple[str, Any]] = []
        # (an RN textShadowColor/Offset/Radius beside textShadow makes Next throw: not drawn)
        roll = r.randrange(1, 3)
        if roll == 1:
            d += [("marginHorizontal", 12), ("paddingVertical", 8), ("backgroundColor", self.color())]
            self.f("native-axes")
        else:
            d += [("boxShadow", f"4px 4px 0 {self.color()}"), ("shadowColor", r.choice(NAMES)),
                  ("shadowOpacity", 0.5), ("backgroundColor", self.color())]
            self.f("native-shadow")
        return self.emit("native", d)

    def preset(self, w: float, h: float) -> dict[str, Any]:
        """An element with a preset (h1, hr, mark, u, ...) whose declarations the author overrides, by the
        same longhand, by a shorthand covering it, or by a kebab twin."""
        r = self.r
        tag = r.choice(PRESET_TAGS)
        self.f(f"preset-{tag}")
        d: list[tuple[str, Any]] = []
        for _ in range(r.randint(1, 3)):
            roll = r.randrange(8)
            if roll == 0:
                d.append((r.choice(("margin", "marginTop", "marginLeft", "marginBottom")), self.px(0, 12)))
            elif roll == 1:
                d.append(("fontSize", r.choice((self.px(10, 28), "1em", "0.8em", "150%"))))
            elif roll == 2:
                d.append(("fontWeight", r.choice((400, "normal", 900, "lighter"))))
            elif roll == 3:
                d.append((r.choice(("textDecoration", "textDecorationLine", "textDecorationColor")),
                          r.choice(("none", "underline", "line-through", self.color()))
                          if self.chance(0.7) else f"underline {self.color()}"))
            elif roll == 4:
                d.append((r.choice(("background", "backgroundColor")), r.choice((self.color(), self.gradient()))))
            elif roll == 5:
                d.append((r.choice(("border", "borderTop", "borderColor", "borderWidth", "borderTopColor")),
                          r.choice((f"2px solid {self.color()}", self.color(), "none", "0", self.px(1, 4)))))
            elif roll == 6:
                d.append(("fontStyle", r.choice(("normal", "italic"))))
            else:
                d.append(("textAlign", r.choice(("left", "right", "center"))))
        cleaned = []
        for k, v in d:  # keep values each property reads (no colour in a width, no length in a colour)
            if k in ("borderColor", "borderTopColor", "textDecorationColor") and not isinstance(v, str):
                v = self.color()
            if k in ("borderColor", "borderTopColor", "textDecorationColor") and (" " in v or v in ("none", "0")):
                v = self.color()
            if k == "borderWidth" and isinstance(v, str) and not v[:1].isdigit():
                v = self.px(1, 4)
            if k == "textDecorationLine" and v not in ("none", "underline", "line-through"):
                v = "underline"
            if k == "background" and v.startswith("0"):
                v = self.color()
            cleaned.append((k, v))
        style = _ordered([("display", "flex")] if tag != "hr" else [("width", w * 0.8)], self.emit("preset", cleaned))
        kids = None if tag == "hr" else self.words(1, 3)
        return el("div", {"display": "flex", "flexDirection": "column", "width": w, "height": h},
                  [el(tag, style, kids)])

    # -- specimens --------------------------------------------------------------------------------------

    def words(self, lo: int = 1, hi: int = 3) -> str:
        return " ".join(self.r.choice(WORDS) for _ in range(self.r.randint(lo, hi)))

    def specimen(self, fam: str, w: float, h: float) -> dict[str, Any]:
        r = self.r
        self.f(f"fam-{fam}")
        base: list[tuple[str, Any]] = [("display", "flex"), ("width", w), ("height", h)]
        children: Any = None
        if fam in ("border", "background", "radius", "current", "variables"):
            decls = getattr(self, fam)()
            if fam == "radius":  # a painted box, so every corner shows
                decls = [("backgroundColor", self.color()), ("border", f"3px solid {self.color()}")] + decls
            if self.chance(0.4):
                children = self.words()
        elif fam in ("margin", "spacing"):
            prop = r.choice(("margin", "padding"))
            inner = el("div", dict([("display", "flex"), ("flexGrow", 1), ("backgroundColor", self.color())]
                                   + (self.spacing("margin") if prop == "margin" else [])))
            decls = [("backgroundColor", self.color())] + (self.spacing("padding") if prop == "padding" else [])
            children = [inner]
        elif fam in ("decoration", "stroke", "font"):
            decls = getattr(self, fam)()
            decls = [("fontSize", round(18 * self.scale) + 2)] + decls if fam != "font" else decls
            children = self.words(1, 3)
        elif fam == "flex":
            decls = self.flex()
            children = [el("div", {"width": round(r.uniform(10, 40) * self.scale),
                                   "height": round(r.uniform(10, 30) * self.scale), "backgroundColor": self.color()})
                        for _ in range(r.randint(2, 4))]
        elif fam == "transform":
            decls = self.transform() + [("backgroundColor", self.color())]
            children = self.words()
        elif fam == "vendor":
            decls = self.vendor()
            children = self.words(2, 5)
            base = [(k, v) for k, v in base if k != "display" or "display" not in dict(decls)]
        elif fam == "tw":
            return self.tw_specimen(w, h)
        elif fam == "preset":
            return self.preset(w, h)
        elif fam in ("falsy", "reset", "native"):
            decls = getattr(self, fam)()
            children = self.words(1, 3)
            if any(k in ("marginHorizontal", "margin-horizontal") for k, _ in decls):
                children = [el("div", {"display": "flex", "backgroundColor": self.color(), "flexGrow": 1,
                                       **dict(decls)}, self.words(1, 2))]
                decls = [("backgroundColor", self.color())]
        else:
            return self.inherit_specimen(w, h)
        return el("div", _ordered(base, decls), children)

    def tw_specimen(self, w: float, h: float) -> dict[str, Any]:
        """``tw`` classes and a ``style`` repeating some of their properties, or overriding them by a
        shorthand written after a repeated longhand."""
        r = self.r
        classes = [r.choice(TW_BG)]
        classes += r.sample(TW_BORDER, 1) + r.sample(TW_BORDER_COLOR, 1) if self.chance(0.6) else []
        classes += [r.choice(TW_PAD)] if self.chance(0.5) else []
        classes += [r.choice(TW_RADIUS)] if self.chance(0.5) else []
        classes += r.sample(TW_TEXT, r.randint(0, 2))
        r.shuffle(classes)
        style: list[tuple[str, Any]] = [("display", "flex"), ("width", w), ("height", h)]
        over: list[tuple[str, Any]] = []
        if self.chance(0.5):  # a class's longhand repeated in the style, and a shorthand covering it
            pair = r.choice(((TW_BORDER[3], "borderTopWidth", "border",
                              lambda: f"{self.px(1, 5, True)} solid {self.color()}"),
                             (TW_BORDER[4], "borderLeftWidth", "borderWidth", lambda: self.px(1, 4)),
                             ("pt-8", "paddingTop", "padding", lambda: self.px(0, 10)),
                             ("pl-2", "paddingLeft", "padding", lambda: self.px(0, 10)),
                             ("border-red-600", "borderTopColor", "borderColor", self.color),
                             ("rounded-lg", "borderTopLeftRadius", "borderRadius", lambda: self.px(0, 20))))
            cls, longhand, shorthand, value = pair
            classes.append(cls)
            key = _kebab(longhand) if self.chance(0.3) else longhand
            self.f("tw-repeat-kebab" if key != longhand else "tw-repeat")
            over += [(key, value() if longhand.endswith("Color") else self.px(8, 24)), (shorthand, value())]
            if self.chance(0.3):
                over.reverse()
        for _ in range(r.randint(0 if over else 1, 2)):
            roll = r.randrange(6)
            if roll == 0:
                over.append(("backgroundColor", self.color()))
            elif roll == 1:
                over.append(("background", self.gradient()))
            elif roll == 2:
                over.append((f"border{r.choice(SIDES)}Color", self.color()))
            elif roll == 3:
                over.append(("border", f"{self.px(1, 6, part=True)} solid {self.color()}"))
            elif roll == 4:
                over.append(("padding", self.px(0, 16)))
            else:
                over.append(("borderRadius", self.px(0, 30)))
        self.f("tw-style")
        return el("div", _ordered(style, self.twins(over)), self.words(), tw=" ".join(classes))

    def inherit_specimen(self, w: float, h: float) -> dict[str, Any]:
        """Text properties set on a section, overridden on a row, reset on the leaf that holds text."""
        r = self.r
        props = ("color", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "textTransform", "textAlign",
                 "textShadow", "textDecoration", "opacity", "textDecorationColor", "textDecorationLine",
                 "textDecorationStyle", "WebkitTextStroke", "--ink")
        values = {"color": lambda: r.choice(NAMES), "fontSize": lambda: self.px(10, 26),
                  "fontWeight": lambda: r.choice((400, 700, "bold", "normal")),
                  "lineHeight": lambda: r.choice((1, 1.6, "20px", "normal")),
                  "letterSpacing": lambda: r.choice(("1px", "0.2em", "normal", 0, -1)),
                  "textTransform": lambda: r.choice(("uppercase", "lowercase", "capitalize", "none")),
                  "textAlign": lambda: r.choice(("left", "center", "right")),
                  "textShadow": lambda: r.choice((f"1px 1px 0 {r.choice(NAMES)}", f"0 0 4px {r.choice(NAMES)}",
                                                  "none")),
                  "textDecoration": lambda: r.choice(("underline", "line-through red", "none")),
                  "opacity": lambda: r.choice((0.5, "0.8", 1)),
                  "textDecorationColor": lambda: r.choice((r.choice(NAMES), "currentColor")),
                  "textDecorationLine": lambda: r.choice(("underline", "line-through", "none")),
                  "textDecorationStyle": lambda: r.choice(("solid", "dashed", "double")),
                  "WebkitTextStroke": lambda: f"1px {r.choice(NAMES)}",
                  "--ink": lambda: r.choice(NAMES)}
        levels = []
        for _ in range(3):
            chosen = r.sample(props, r.randint(1, 4))
            levels.append({k: values[k]() for k in chosen})
        if any("--ink" in level for level in levels):  # a token set high (or low) and read by a colour below
            levels[r.randrange(1, 3)][r.choice(("color", "textDecorationColor", "borderBottom"))] = \
                r.choice(("var(--ink)", "var(--ink, red)")) if self.chance(0.7) else "2px solid var(--ink)"
            self.f("inherit-token")
        for level in levels:
            if level.get("borderBottom", "").startswith("var"):
                level["borderBottom"] = "2px solid var(--ink)"
        self.f("fam-inherit")
        for k in set(levels[0]) & (set(levels[1]) | set(levels[2])):
            self.f(f"inherit-override-{k}")
        leaf = el("div", {"display": "flex", **levels[2]}, self.words(1, 4))
        row = el("div", {"display": "flex", "flexDirection": "column", **levels[1]},
                 [leaf, el("div", {"display": "flex"}, self.words(1, 2))] if self.chance(0.5) else [leaf])
        return el("div", {"display": "flex", "width": w, "height": h, "backgroundColor": r.choice(("#fff", "#f3f0e8",
                                                                                                   "#1b1b24")),
                          **levels[0]}, [row])


def _short(key: str) -> str:
    """A declaration's name as its order tag writes it (``bTopC`` for ``borderTopColor``)."""
    key = re.sub(r"-([a-z])", lambda m: m.group(1).upper(), key)
    return key if len(key) <= 8 else key[0] + "".join(c for c in key[1:] if c.isupper())


def _ordered(base: list[tuple[str, Any]], decls: list[tuple[str, Any]]) -> dict[str, Any]:
    """The style object: ``base`` then ``decls``; a repeated key keeps its first place and takes the last
    value, as a JavaScript object does."""
    style: dict[str, Any] = {}
    for k, v in base + decls:
        style[k] = v
    return style


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed``; ``assets`` is how the fonts are referred to."""
    g = _Gen(seed, assets, small)
    r = g.r
    w, h = r.choice(SMALL_SIZES if small else SIZES)
    doc: dict[str, Any] = {"width": w, "height": h}
    chosen = r.sample(FONTS, r.randint(1, len(FONTS)))
    doc["fonts"] = [{"name": n, "path": f"{g.assets}/../fonts/{p}", "weight": fw, "style": st}
                    for n, p, fw, st in chosen]
    root: dict[str, Any] = {"display": "flex", "flexWrap": "wrap", "width": "100%", "height": "100%",
                            "alignItems": r.choice(("flex-start", "center")), "alignContent": "flex-start",
                            "gap": round(8 * g.scale), "padding": round(10 * g.scale),
                            "backgroundColor": r.choice(("white", "#fff", "#101018", "#f4efe6")),
                            "fontFamily": chosen[0][0]}
    for k in r.sample(("color", "fontSize", "lineHeight", "letterSpacing", "textTransform", "fontWeight"),
                      r.randint(0, 3)):  # a theme set high, read by every specimen's text
        root[k] = {"color": r.choice(NAMES), "fontSize": g.px(12, 22), "lineHeight": r.choice((1.2, "18px")),
                   "letterSpacing": r.choice(("0.5px", "0.05em")), "textTransform": "uppercase",
                   "fontWeight": 700}[k]
        g.f(f"root-{k}")
    count = r.randint(2, 4) if small else r.randint(3, 6)
    cw = (w - 2 * root["padding"] - 2 * root["gap"]) / (2 if small else 3) - 1
    cells = []
    for _ in range(count):
        fam = r.choice(FAMILIES)
        cell_h = round(min(h * 0.4, r.uniform(0.3, 0.45) * h))
        cells.append(g.specimen("spacing" if fam == "spacing" else fam, round(cw * r.uniform(0.6, 1.0)), cell_h))
    doc["element"] = el("div", root, cells)
    return Generated(seed, doc, tuple(sorted(g.features)))
