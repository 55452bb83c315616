"""The juno generator's declarations: conflicting declarations of one family, in the order drawn.

Role: :class:`Conflicts`, the values and the declaration lists of :mod:`conformance.paintgen.juno` (borders,
backgrounds, spacing, radii, decorations, text stroke, ``currentColor`` readers, flex, fonts, transforms,
vendor twins, variables, falsy values, resets, React Native keys, CSS-wide keywords), each list shuffled and
tagged by :meth:`Conflicts.emit`, a few keys written in kebab case or twice (:meth:`Conflicts.twins`), values
respelled as JSX authors type them (:meth:`Conflicts.respell`). The specimens that hold them and the
document are :mod:`conformance.paintgen.juno`'s. Imports only the standard library.
"""

from __future__ import annotations

import random
import re
from typing import Any

NAMES = ("red", "blue", "green", "orange", "purple", "teal", "navy", "gold", "crimson", "black", "white",
         "hotpink", "slategray", "tomato", "royalblue", "seagreen", "coral", "indigo")
SIDES = ("Top", "Right", "Bottom", "Left")


def kebab(key: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), key)





class Conflicts:
    """One document's random choices; ``features`` collects what was drawn (``L:`` for listed forms)."""

    def __init__(self, seed: int, assets: str, small: bool) -> None:
        self.r = random.Random(f"juno-{seed}")
        self.assets = assets.rstrip("/")
        self.small = small
        self.scale = 0.5 if small else 1.0
        self.features: set[str] = set()
        self.listed = self.r.random() < 0.15
        self.spelled = random.Random(f"juno-spell-{seed}").random() < 0.5
        """Documents whose declarations are respelled as JSX authors type them (:meth:`respell`); a second
        stream, so the rest of the document is the one the seed drew before."""
        self.speller = random.Random(f"juno-spell-{seed}-values")

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
                k = kebab(k)
            out.append((k, self.respell(k, v) if self.spelled else v))
        if len(out) > 1:
            self.f(f"ord-{fam}:{_short(out[0][0])}>{_short(out[-1][0])}")
        return out

    def respell(self, key: str, value: Any) -> Any:
        """One value as a JSX author may type it: a px length with ``.0``, spaces around it or as a bare
        numeric string; a React number as a string; a hex colour in upper case; a colour name capitalised
        where it stands alone (not in shorthands, where Next throws on it)."""
        r = self.speller
        if r.random() >= 0.35:
            return value
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, (int, float)) and key not in ("opacity", "flexGrow", "flexShrink", "flex", "fontWeight",
                                                           "lineHeight", "WebkitLineClamp", "lineClamp"):
            self.f("sp-number-string")
            return r.choice((f"{value}", f"{value}px", f" {value}px", f"{float(value)}px"))
        if not isinstance(value, str):
            return value
        m = re.fullmatch(r"(-?\d+(?:\.\d+)?)px", value)
        if m:
            form = r.randrange(3)
            self.f(f"sp-px{form}")
            return (f"{float(m.group(1))}px", f" {value} ", f"{m.group(1)}")[form]
        if re.fullmatch(r"#[0-9a-f]{3,8}", value):
            self.f("sp-hex-upper")
            return value.upper()
        if key.endswith(("Color", "color")) and value in NAMES and key != "color":
            self.f("sp-name-case")
            return r.choice((value.capitalize(), value.upper()))
        return value

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
        twin = (kebab(k), self.color() if k.endswith("Color") else same[0] if same else v)
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
                key = kebab(key)
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
                out.append((kebab(k), v))
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

    def keyword(self) -> list[tuple[str, Any]]:
        """A declaration overridden by a CSS-wide keyword (``inherit``, ``initial``, ``unset``) of the same
        property, before or after it, as authors reset a theme value; only where Next draws the keyword
        (it throws on them in shorthands, Yoga's setters and keyword tables), listed readings tagged."""
        r = self.r
        d: list[tuple[str, Any]] = [("backgroundColor", self.color()), ("border", f"5px solid {self.color()}"),
                                    ("fontSize", round(18 * self.scale) + 2)]
        plain = {"borderTopColor": self.color, "borderLeftColor": self.color,
                 "letterSpacing": lambda: r.choice(("3px", "0.2em")), "textTransform": lambda: "uppercase",
                 "opacity": lambda: r.choice((0.4, "0.6")), "fontWeight": lambda: 700,
                 "filter": lambda: r.choice(("blur(1px)", "grayscale(1)")),
                 "WebkitTextStrokeWidth": lambda: "1px", "textIndent": lambda: self.px(4, 20)}
        listed = {"lineHeight": lambda: 2, "textDecorationColor": self.color, "color": lambda: r.choice(NAMES)}
        for _ in range(r.randint(1, 3)):
            table = listed if self.listed and self.chance(0.3) else plain
            key = r.choice(sorted(table))
            word = r.choice(("inherit", "initial", "unset"))
            self.f(f"kw-{key}-{word}" if table is plain else f"L:css-wide-{key}")
            pair = [(key, table[key]()), (kebab(key), word)]
            if self.chance(0.3):
                pair.reverse()
                self.f("kw-first")
            if key == "textDecorationColor":
                pair.insert(0, ("textDecorationLine", "underline"))
            d += pair
        return d


def _short(key: str) -> str:
    """A declaration's name as its order tag writes it (``bTopC`` for ``borderTopColor``)."""
    key = re.sub(r"-([a-z])", lambda m: m.group(1).upper(), key)
    return key if len(key) <= 8 else key[0] + "".join(c for c in key[1:] if c.isupper())


def ordered(base: list[tuple[str, Any]], decls: list[tuple[str, Any]]) -> dict[str, Any]:
    """The style object: ``base`` then ``decls``; a repeated key keeps its first place and takes the last
    value, as a JavaScript object does."""
    style: dict[str, Any] = {}
    for k, v in base + decls:
        style[k] = v
    return style
