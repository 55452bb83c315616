"""A third outsider's paint generator: random documents over every value form CSS accepts (``--generator alien``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator alien --seeds 0:300 --out /tmp/alien -j 1``). Written from the reference
(``/work/shared/reference/satori.md``) and the CSS specs alone, as someone fuzzing an OG renderer would
write it, without looking at the values the other generators draw: random element trees (``div``,
``span``, ``p``, headings, ``img``, inline ``svg``, text) two to five levels deep on canvases of random
sizes, each element carrying a random subset of Satori's property table, and each value drawn from
*every* form a browser accepts: lengths in px/em/rem/%/vw/vh/vmin/vmax/pt/pc/in/cm/mm/Q/ch, unitless
numbers, numeric strings, negatives, ``calc()``; keywords in any case; shorthands with one to four
values; colours in every syntax (names, ``#rgb``/``#rgba``/``#rrggbb``/``#rrggbbaa``, ``rgb()`` with
commas, spaces, percentages and slash alpha, ``hsl``/``hwb``/``lab``/``lch``/``oklab``/``oklch``,
``color()``, ``color-mix()``, ``currentColor``, ``transparent``); gradients of every kind with hints,
double stop positions, angles in deg/rad/turn/grad and ``to`` corners; transforms and origins; filters,
shadows, borders of every style with per-side widths, colours and (elliptical, percentage) radii;
background and mask layer lists; ``clipPath`` shapes; images with ``objectFit``/``objectPosition``; text
styling with the faces of ``conformance/fonts``; absolute and relative positions, ``zIndex``, overflow
clips, ``display: none``.

Unlike the other generators it does not keep to "safe" values: about one value in twelve is an
invalid-but-plausible one (a typo'd unit, a keyword of another property, a CSS-wide keyword, a colour
missing a digit), as a random document generator produces them; Next then ignores, warns or throws (the
driver reports what it refuses) and pureog must not fail where Next draws. Value forms that
``spec/differences.md`` lists as deliberate differences are drawn too, each tagged ``L:<form>``, so the
summary's "without listed differences" line separates them from real mismatches. Documents are React
shaped (``{type, props}``) and reach the oracle as written (the driver's ``RAW_GENERATORS``).

Found on first use (2026-12-06, seeds 0:200, then held-out seeds 1000:1200): gradient stops that are no
colour (``#ggg``, ``rgb(1,2)``) and ``none`` members of ``textShadow`` lists, which pureog refused where
Next draws; a crash on thin border sides of moved boxes lying off the canvas; text decorations of
``opacity: 0`` text, which Next draws. Next itself refuses about a quarter of the documents (unit-less
or ``Q`` parts in shorthands, ``cyan``/``magenta`` in ``textShadow``, a one-length ``backgroundSize``
over an image, ...) and hangs on a few ``wordBreak`` texts; those spellings are drawn rarely.

Run: ``python -m conformance.paintgen --generator alien --seeds 0:200 --out /tmp/alien -j 1``; the
committed slice is ``--slice --seeds 0:24`` (small canvases). Imports only the standard library, never
:mod:`pureog`.
"""

from __future__ import annotations

import re
from typing import Any

from conformance.paintgen.alien_values import FONT_FILES, INVALID_LENGTHS, WORDS, AlienValues
from conformance.paintgen.generate import Generated, el


class _Gen(AlienValues):
    """One document's property and element choices over :class:`AlienValues`' value grammar."""

    # -- properties -------------------------------------------------------------------------------------

    def background(self, s: dict[str, Any]) -> None:
        r = self.r
        roll = r.random()
        if roll < 0.35:
            self.f("backgroundColor")
            s["backgroundColor"] = self.color()
            return
        if roll < 0.5:
            self.f("background-shorthand")
            if self.chance(0.5):
                s["background"] = self.color(part=True)
            elif self.chance(0.7):
                s["background"] = self.gradient()
            else:
                url, _, _ = self.image()
                s["background"] = r.choice((f"url({url})", f"url('{url}')", f'url("{url}")')) \
                    if not self.listed or self.chance(0.8) \
                    else r.choice((f'url("{url}") no-repeat center / cover', f"{self.color(part=True)} url({url})"))
                if " " in s["background"].split(")")[-1].strip() or s["background"].startswith(("#", "r", "h")):
                    self.f("L:background-url-layers")
            return
        n = r.choice((1, 1, 1, 2, 2, 3))
        layers, sizes, positions, repeats = [], [], [], []
        for _ in range(n):
            if self.chance(0.75):
                layers.append(self.gradient())
            else:
                url, _, _ = self.image()
                layers.append(r.choice((f"url({url})", f"url('{url}')", f'url("{url}")')))
                self.f("bg-url")
            size = self.bg_size()
            if layers[-1].startswith("url(") and "auto" in size and any(c.isdigit() for c in size):
                if self.listed:  # Next draws no tile of a repeated url() sized `auto` + a length (listed)
                    self.f("L:url-size-auto-length")
                else:
                    size = size.replace("auto", "50%")
            sizes.append(size)
            positions.append(self.bg_position())
            repeats.append(r.choice(("repeat", "no-repeat", "repeat-x", "repeat-y", "space", "round",
                                     "no-repeat", "repeat no-repeat", "NO-REPEAT")))
        self.f(f"bg-layers-{n}")
        s["backgroundImage"] = ", ".join(layers)
        if self.chance(0.5):
            self.f("backgroundSize")
            s["backgroundSize"] = ", ".join(sizes)
        if self.chance(0.5):
            self.f("backgroundPosition")
            s["backgroundPosition"] = ", ".join(positions)
        if self.chance(0.5):
            self.f("backgroundRepeat")
            s["backgroundRepeat"] = ", ".join(repeats)
        if self.chance(0.4):
            s["backgroundColor"] = self.color()
        if self.chance(0.2):
            clip = r.choice(("border-box", "padding-box", "content-box", "text", "text", "BORDER-BOX"))
            self.f(f"backgroundClip-{clip.lower()}")
            s["backgroundClip"] = clip
            if clip == "text":
                s["color"] = "transparent"
        if self.chance(0.1):
            self.f("backgroundOrigin")
            s["backgroundOrigin"] = r.choice(("padding-box", "border-box", "content-box"))

    def border(self, s: dict[str, Any]) -> None:
        r = self.r
        styles = ("solid", "dashed", "solid", "dotted", "double", "groove", "ridge", "inset", "outset", "none",
                  "hidden", "SOLID")
        roll = r.random()
        if roll < 0.35:
            # Next throws on every style but solid and dashed in the shorthand (a listed difference)
            style = r.choice(styles) if self.listed and self.chance(0.1) else r.choice(("solid", "dashed", "solid"))
            parts = [f"{self.length(1, 8, percent=False, calc=False, part=True)}", style, self.color(part=True)]
            if self.chance(0.2):
                parts = parts[:2] if self.chance(0.5) else parts[1:]
            if self.chance(0.15):
                r.shuffle(parts)
            side = r.choice(("border", "border", "borderTop", "borderRight", "borderBottom", "borderLeft"))
            self.f(f"border-shorthand-{style.lower()}")
            if style.lower() in ("dotted", "double", "groove", "ridge", "inset", "outset"):
                self.f("L:border-chrome-style")
            s[side] = " ".join(str(p) for p in parts)
        elif roll < 0.7:
            self.f("border-longhands")
            s["borderWidth"] = self.sides(lambda part: self.length(0, 8, percent=False, calc=False, part=True))
            if self.chance(0.7):
                s["borderStyle"] = self.sides(lambda part: r.choice(styles))
            s["borderColor"] = self.sides(lambda part: self.color(part=True))
        else:
            self.f("border-per-side")
            for side in r.sample(("Top", "Right", "Bottom", "Left"), r.randint(1, 4)):
                s[f"border{side}Width"] = self.length(0, 10, percent=False, calc=False, part=True)
                if self.chance(0.6):
                    s[f"border{side}Color"] = self.color()
                if self.chance(0.4):
                    s[f"border{side}Style"] = r.choice(("solid", "dashed", "dotted"))

    def radius(self, s: dict[str, Any]) -> None:
        self._radius(s)
        values = [str(v) for k, v in s.items() if k.endswith("Radius")]
        if re.search(r"\dQ\b", " ".join(values)) or any(v.strip() in INVALID_LENGTHS for v in values):
            # Satori reads no radius from a Q length or an unreadable one: the box is not drawn (listed)
            self.f("L:radius-unread")

    def _radius(self, s: dict[str, Any]) -> None:
        r = self.r
        roll = r.random()
        if roll < 0.5:
            self.f("radius-shorthand")
            if self.chance(0.25):
                self.f("radius-slash")
                s["borderRadius"] = " / ".join(str(self.sides(lambda part: self.length(0, 40, part=True)))
                                               for _ in range(2))
            else:
                s["borderRadius"] = self.sides(lambda part: self.length(0, 40, part=part))
            if self.chance(0.2):
                s["borderRadius"] = r.choice((9999, "50%", "100%", "9999px", "50% / 20%"))
        else:
            self.f("radius-corners")
            for corner in r.sample(("TopLeft", "TopRight", "BottomRight", "BottomLeft"), r.randint(1, 4)):
                v = self.length(0, 40)
                if self.chance(0.3):
                    self.f("radius-elliptical")
                    v = f"{self.length(0, 40, calc=False, part=True)} {self.length(0, 40, calc=False, part=True)}"
                s[f"border{corner}Radius"] = v

    def transform(self, s: dict[str, Any]) -> None:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 4)):
            matrix = ("matrix",) if self.listed and self.chance(0.05) else ()
            kind = r.choice(("translate", "translateX", "translateY", "rotate", "scale", "scaleX", "scaleY",
                             "skew", "skewX", "skewY", "rotate") + matrix)
            self.f(f"t-{kind}")
            if kind.startswith("translate"):
                arg = self.translation()
                if kind == "translate" and self.chance(0.6):
                    arg += f", {self.translation()}"
            elif kind == "rotate":
                arg = self.angle(turn=0.05 if self.listed else 0.0)
            elif kind == "scale":
                arg = self.num(0.3, 1.6, 0.9)
                if self.chance(0.4):
                    arg += f", {self.num(-1.5, 1.6, 0.9)}"
            elif kind.startswith("scale"):
                arg = self.num(-1.5, 1.6, 0.9)
            elif kind == "skew":
                arg = f"{self.num(-30, 30)}deg" + (f", {self.num(-30, 30)}deg" if self.chance(0.5) else "")
            elif kind.startswith("skew"):
                arg = self.angle(turn=0.05 if self.listed else 0.0) if self.chance(0.3) else f"{self.num(-40, 40)}deg"
            else:
                self.f("L:matrix")
                arg = ", ".join(self.num(-1, 1.5, 1.0) for _ in range(4))
                arg += f", {r.randint(-10, 10)}, {r.randint(-10, 10)}"
            if kind in ("rotate", "skewX", "skewY") and ("turn" in arg or "grad" in arg):
                self.f("L:transform-turn-grad")
            relative = ("em", "vw", "vh", "vmin", "vmax")
            if "%" not in arg and any(u in arg for u in relative) and kind.startswith("translate"):
                self.f("L:translate-relative-unit")
            fns.append(f"{kind}({arg})")
        s["transform"] = " ".join(fns)
        if self.chance(0.5):
            self.f("transformOrigin")
            s["transformOrigin"] = r.choice(("center", "top left", "left", "bottom right", "0 0", "100% 0",
                                             f"{r.randint(0, 100)}% {r.randint(0, 100)}%",
                                             f"{r.randint(-10, 60)}px {r.randint(-10, 60)}px", "right 20%",
                                             f"{self.length(0, 50, calc=False, part=True)}", "top", "center bottom",
                                             "left top 0"))

    def filter(self, s: dict[str, Any]) -> None:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 3)):
            kind = r.choice(("blur", "brightness", "contrast", "grayscale", "hue-rotate", "invert", "opacity",
                             "saturate", "sepia", "drop-shadow"))
            self.f(f"filter-{kind}")
            pct = r.random() < 0.4
            if kind == "blur":
                arg = f"{self.num(0, 6)}px"
            elif kind == "hue-rotate":
                arg = self.angle()
            elif kind == "drop-shadow":
                arg = f"{self.num(-6, 6)}px {self.num(-6, 6)}px {self.num(0, 6)}px {self.color()}"
            elif kind in ("brightness", "contrast", "saturate"):
                arg = f"{r.randint(20, 200)}%" if pct else self.num(0.2, 2, 0.8)
            else:
                arg = f"{r.randint(0, 100)}%" if pct else self.num(0, 1, 0.9)
            fns.append(f"{kind}({arg})")
        s["filter"] = " ".join(fns)

    def clip_path(self, s: dict[str, Any]) -> None:
        r = self.r
        self.f("clipPath")

        def p() -> str:
            return f"{r.randint(0, 100)}%"

        s["clipPath"] = r.choice((
            f"circle({r.randint(20, 60)}% at {p()} {p()})", f"circle({r.randint(10, 80)}px)",
            f"circle({r.randint(20, 60)}%)", f"ellipse({p()} {p()} at {p()} {p()})", f"ellipse({p()} {p()})",
            f"inset({r.randint(0, 30)}px)", f"inset({p()} {p()} {p()} {p()})",
            f"inset({r.randint(0, 20)}px round {r.randint(0, 30)}px)",
            f"inset({r.randint(0, 20)}% {r.randint(0, 20)}% round {r.randint(0, 40)}% {r.randint(0, 20)}px)",
            f"polygon({p()} {p()}, {p()} {p()}, {p()} {p()})",
            "polygon(50% 0%, 100% 50%, 50% 100%, 0% 50%)",
            "polygon(evenodd, 0 0, 100% 0, 0 100%, 100% 100%)",
            f"path('M 0 0 L {r.randint(20, 120)} 0 L {r.randint(0, 120)} {r.randint(20, 120)} Z')",
            "inset(10px 20px 30px 40px round 10px 0)"))
        if self.listed and self.chance(0.2):  # Next clips the element away (a listed difference)
            self.f("L:clip-side-keyword")
            s["clipPath"] = r.choice(("circle(closest-side)", "circle(farthest-side at 30% 40%)", "circle(at 30% 40%)"))

    def mask(self, s: dict[str, Any]) -> None:
        r = self.r
        self.f("maskImage")
        if self.chance(0.8):
            s["maskImage"] = self.gradient(mask=True)
        else:
            url, _, _ = self.image()
            s["maskImage"] = f"url({url})"
        if self.chance(0.4):
            size = self.bg_size()
            if s["maskImage"].startswith("url(") and "auto" in size and any(c.isdigit() for c in size):
                if self.listed:  # Next hides the element under such a url() mask (listed)
                    self.f("L:url-size-auto-length")
                else:
                    size = size.replace("auto", "50%")
            s["maskSize"] = size
        if self.chance(0.4):
            s["maskPosition"] = self.bg_position()
        if self.chance(0.4):
            s["maskRepeat"] = r.choice(("repeat", "no-repeat", "repeat-x", "repeat-y"))

    def text_style(self, s: dict[str, Any], leaf: bool = True) -> None:
        """Text properties; ``leaf``: on an element whose child is text (line clamps need one)."""
        r = self.r
        if self.chance(0.5):
            self.f("fontSize")
            roll = r.random()
            if roll < 0.5:
                s["fontSize"] = r.choice((10, 12, 14, 16, 18, 20, 24, 28, 32, 40, 13.5))
            elif roll < 0.8:
                s["fontSize"] = r.choice(("1.2em", "0.8em", "1.5rem", "2em", "18px", "14px", "x-large", "small",
                                          "larger", "smaller", "medium", "xx-large"))
                if s["fontSize"][0].isalpha():
                    self.f("fontSize-keyword")
            else:
                v = self.length(10, 32, calc=False)
                odd = ("%", "vw", "vh", "vmin", "vmax", "pt", "pc", "in", "cm", "mm", "q", "ch")
                if isinstance(v, str) and any(v.lower().endswith(u) for u in odd):
                    if self.listed:  # Satori reads no size from these (a listed difference)
                        self.f("L:fontSize-odd")
                    else:
                        v = f"{self.num(10, 32)}px"
                s["fontSize"] = v
        if self.chance(0.35):
            self.f("fontWeight")
            s["fontWeight"] = r.choice((100, 200, 300, 400, 500, 600, 700, 800, 900, "bold", "normal", "700",
                                        "BOLD", 650) + (("lighter", "bolder", "heavy") if self.listed else ()))
            if s["fontWeight"] in ("lighter", "bolder", "heavy"):
                self.f("L:fontWeight-odd")
        if self.chance(0.2):
            self.f("fontStyle")
            s["fontStyle"] = r.choice(("italic", "normal", "oblique", "ITALIC"))
        if self.chance(0.4) and self.families:
            self.f("fontFamily")
            fam = r.choice(self.families)
            s["fontFamily"] = r.choice((fam, f'"{fam}"', f"'{fam}', sans-serif", f"Unknown, {fam}", "monospace",
                                        "sans-serif", f"{fam.upper()}"))
        if self.chance(0.25):
            self.f("letterSpacing")
            s["letterSpacing"] = r.choice((self.length(-2, 6, percent=False, calc=False), "0.1em", "-0.02em", 2,
                                           "normal", "1px", "0.5ch", "-1px"))
        if self.chance(0.25):
            self.f("lineHeight")
            s["lineHeight"] = r.choice((1, 1.2, 1.5, "1.4", "normal", "24px", "150%", "2em", "0.9", 2, "20px",
                                        "1.5rem", 0))
        if self.chance(0.15):
            self.f("textAlign")
            s["textAlign"] = r.choice(("left", "right", "center", "justify", "start", "end"))
        if self.chance(0.15):
            self.f("textTransform")
            s["textTransform"] = r.choice(("uppercase", "lowercase", "capitalize", "none", "UPPERCASE"))
        if self.chance(0.2):
            self.decoration(s)
        if self.chance(0.15):
            self.f("textShadow")
            s["textShadow"] = ", ".join(self.shadow(inset_ok=False, text=True) for _ in range(r.randint(1, 3)))
        if self.chance(0.12):
            self.f("WebkitTextStroke")
            if self.chance(0.5):
                colour = self.color_simple() if not self.listed or self.chance(0.8) else self.color()
                if " " in colour:
                    self.f("L:stroke-colour-spaces")
                s["WebkitTextStroke"] = f"{self.num(0.3, 3, 0.6)}px {colour}"
            else:
                s["WebkitTextStrokeWidth"] = r.choice((1, "2px", "0.5px", "thin", "1.5px"))
                s["WebkitTextStrokeColor"] = self.color()
        if self.chance(0.15):
            self.f("whiteSpace")
            s["whiteSpace"] = r.choice(("nowrap", "pre", "pre-wrap", "pre-line", "normal", "break-spaces"))
        if self.chance(0.12):
            self.f("ellipsis")
            s["textOverflow"] = r.choice(("ellipsis", "clip", "ellipsis"))
            s["overflow"] = "hidden"
            s.setdefault("whiteSpace", "nowrap")
        if leaf and self.chance(0.08):
            self.f("lineClamp")
            s["display"] = "block"
            s["lineClamp"] = r.choice((1, 2, 3, "2", '2 "…"', "3 '→'"))
        if self.chance(0.03):  # Next hangs on some break-all/break-word texts in narrow boxes (no reference)
            self.f("wordBreak")
            s["wordBreak"] = r.choice(("break-all", "break-word", "keep-all", "normal", "keep-all", "normal"))
        if self.chance(0.06):
            self.f("textIndent")
            s["textIndent"] = self.length(-10, 30, calc=False)
        if self.chance(0.1):
            self.f("color")
            s["color"] = self.color()

    def decoration(self, s: dict[str, Any]) -> None:
        r = self.r
        lines = ("underline", "line-through", "underline line-through", "none", "underline") + (
            ("overline",) if self.listed and self.chance(0.2) else ())
        styles = ("solid", "dashed", "dotted", "double", "wavy")
        if self.chance(0.5):
            self.f("textDecoration-shorthand")
            parts = [r.choice(lines)]
            if self.chance(0.5):  # Next throws on wavy in the shorthand (a listed difference)
                parts.append(r.choice(styles[:4]) if not self.listed or self.chance(0.8) else "wavy")
            if self.chance(0.6):
                parts.append(self.color(part=True))
            if self.chance(0.2):
                r.shuffle(parts)
            s["textDecoration"] = " ".join(parts)
        else:
            self.f("textDecoration-longhands")
            s["textDecorationLine"] = r.choice(lines)
            if self.chance(0.6):
                s["textDecorationStyle"] = r.choice(styles)
            if self.chance(0.6):
                s["textDecorationColor"] = self.color()
        text = str(s.get("textDecoration", "")) + str(s.get("textDecorationLine", ""))
        if "overline" in text or "wavy" in text:  # (a wavy textDecorationStyle is drawn solid by both)
            self.f("L:decoration-overline-wavy")

    def box(self, s: dict[str, Any], heat: float) -> None:
        """Paint on a box: each family drawn with its own chance scaled by ``heat``."""
        r = self.r
        if self.chance(0.6 * heat):
            self.background(s)
        if self.chance(0.35 * heat):
            self.border(s)
        if self.chance(0.4 * heat):
            self.radius(s)
        if self.chance(0.25 * heat):
            self.f("boxShadow")
            s["boxShadow"] = ", ".join(self.shadow() for _ in range(r.randint(1, 3)))
        if self.chance(0.2 * heat):
            self.transform(s)
        if self.chance(0.15 * heat):
            self.f("opacity")
            s["opacity"] = r.choice((0.5, 0.8, "0.6", 0.3, "50%", 1, 0, 1.5, "-0.2"))
        if self.chance(0.12 * heat):
            self.filter(s)
        if self.chance(0.1 * heat):
            self.clip_path(s)
        if self.chance(0.08 * heat):
            self.mask(s)
        if self.chance(0.15 * heat):
            self.f("overflow-hidden")
            s["overflow"] = r.choice(("hidden", "hidden", "visible")) if self.chance(0.995) else "HIDDEN"

    def geometry(self, s: dict[str, Any], depth: int) -> None:
        r = self.r
        if self.chance(0.5):
            s["width"] = self.length(10, self.w * 0.7 / depth, auto=True, name="width", calc=True)
        if self.chance(0.5):
            s["height"] = self.length(8, self.h * 0.6 / depth, auto=True, name="height", calc=True)
        if self.chance(0.12):
            self.f("minmax")
            key = r.choice(("minWidth", "maxWidth", "minHeight", "maxHeight"))
            s[key] = self.length(10, self.w * 0.5, name="minmax", calc=True)
        if self.chance(0.45):
            self.f("padding")
            if self.chance(0.7):
                s["padding"] = self.sides(lambda part: self.length(0, 16, calc=False, part=part))
            else:
                s[r.choice(("paddingTop", "paddingLeft", "paddingRight", "paddingBottom"))] = self.length(0, 20)
        if self.chance(0.3):
            self.f("margin")
            if self.chance(0.7):
                s["margin"] = self.sides(lambda part: self.length(0, 12, neg=True, calc=False, auto=True, part=part))
            else:
                s[r.choice(("marginTop", "marginLeft", "marginRight", "marginBottom"))] = self.length(-10, 20, neg=True)
        if self.chance(0.15):
            self.f("position-absolute")
            s["position"] = "absolute" if self.chance(0.995) else "ABSOLUTE"
            for key in r.sample(("top", "left", "right", "bottom"), r.randint(1, 3)):
                s[key] = self.length(-10, 60, neg=True, name="inset", calc=True)
        elif self.chance(0.1):
            self.f("position-relative")
            s["position"] = r.choice(("relative", "static"))
            s[r.choice(("top", "left", "right", "bottom"))] = self.length(-10, 20, neg=True)
        if self.chance(0.08):
            self.f("zIndex")
            s["zIndex"] = r.choice((1, -1, 10, "2", 999))
        if self.chance(0.15):
            self.f("flex")
            key = r.choice(("flexGrow", "flexShrink", "flexBasis", "flex", "alignSelf"))
            s[key] = {"flexGrow": r.choice((1, 2, "1", 0)), "flexShrink": r.choice((0, 1, "1")),
                      "flexBasis": r.choice(("50%", 40, "20px", "0")),
                      "flex": r.choice(("1", 1, "1 1 0%", "0 0 auto", "2 1 30px", "none", "auto")),
                      "alignSelf": r.choice(("center", "flex-end", "stretch", "flex-start", "baseline"))}[key]
        if self.chance(0.08):
            self.f("boxSizing")
            s["boxSizing"] = r.choice(("border-box", "content-box"))

    def container(self, s: dict[str, Any]) -> None:
        r = self.r
        s["display"] = r.choice(("flex",) * 10 + ("contents",))
        if self.chance(0.003):
            s["display"] = "FLEX"
        if s["display"] != "flex":
            self.f(f"display-{s['display'].lower()}")
        if self.chance(0.6):
            s["flexDirection"] = r.choice(("row", "column", "row-reverse", "column-reverse", "column"))
        if self.chance(0.4):
            s["alignItems"] = r.choice(("center", "flex-start", "flex-end", "stretch", "baseline"))
        if self.chance(0.4):
            s["justifyContent"] = r.choice(("center", "space-between", "space-around", "flex-end", "flex-start"))
        if self.chance(0.3):
            self.f("gap")
            s["gap"] = self.length(0, 16, percent=False, calc=False)
        if self.chance(0.15):
            s["flexWrap"] = r.choice(("wrap", "wrap-reverse", "nowrap"))

    # -- elements ---------------------------------------------------------------------------------------

    def words(self, lo: int = 1, hi: int = 6) -> str:
        r = self.r
        out = " ".join(r.choice(WORDS) for _ in range(r.randint(lo, hi)))
        if self.chance(0.05):
            self.f("emoji")
            out += " " + r.choice(("🚀", "✨", "🎉", "👍", "❤️", "🔥"))
        if self.chance(0.04):
            self.f("korean")
            out += " 안녕하세요"
        if self.chance(0.03):
            self.f("newline")
            out = out.replace(" ", "\n", 1)
        return out

    def img(self, depth: int) -> dict[str, Any]:
        r = self.r
        url, w, h = self.image()
        self.f("img")
        props: dict[str, Any] = {"src": url}
        s: dict[str, Any] = {}
        size = r.randint(16, max(17, int(min(self.w, self.h) * 0.5 / depth)))
        roll = r.random()
        if roll < 0.5 or not w:
            props["width"] = size
            props["height"] = r.choice((size, round(size * 0.7), round(size * 1.3)))
        elif roll < 0.7:
            s["width"] = size
            s["height"] = self.length(10, size, calc=False)
        elif roll < 0.85:
            props["width"] = size
        if self.chance(0.6):
            self.f("objectFit")
            s["objectFit"] = r.choice(("cover", "contain", "fill", "none", "scale-down", "COVER"))
        if self.chance(0.35):
            self.f("objectPosition")
            s["objectPosition"] = r.choice(("center", "top", "left bottom", "25% 75%", "10px 20px", "right 20%",
                                            "0 0", "100% 100%", "left 10px top 5px", "bottom"))
        self.box(s, 0.5)
        self.geometry(s, depth) if self.chance(0.3) else None
        if s:
            props["style"] = s
        if self.chance(0.1):
            props["alt"] = "x"
        return {"type": "img", "props": props}

    def svg(self) -> dict[str, Any]:
        r = self.r
        self.f("svg")
        size = r.randint(16, 60)
        fill = self.color() if self.chance(0.7) else "currentColor"
        shapes = [el("circle", None, None, cx=12, cy=12, r=r.randint(4, 11), fill=fill),
                  el("rect", None, None, x=2, y=2, width=r.randint(6, 20), height=r.randint(6, 20), rx=r.randint(0, 4),
                     fill=self.color(), stroke=self.color(), strokeWidth=r.choice((1, 2, "1.5"))),
                  el("path", None, None, d="M4 12l5 5L20 7", fill="none", stroke=fill, strokeWidth=2,
                     strokeLinecap="round", strokeLinejoin="round")]
        kids = r.sample(shapes, r.randint(1, 3))
        props: dict[str, Any] = {"viewBox": "0 0 24 24", "children": kids}
        if self.chance(0.8):
            props["width"] = size
            props["height"] = size
        s: dict[str, Any] = {}
        if self.chance(0.3):
            s["color"] = self.color()
        self.box(s, 0.4)
        if s:
            props["style"] = s
        return {"type": "svg", "props": props}

    def text_el(self, depth: int) -> dict[str, Any]:
        r = self.r
        tag = r.choice(("div", "div", "span", "p", "h1", "h2", "h3", "b", "i", "u", "s", "strong", "em", "code",
                        "mark", "small", "div"))
        self.f(f"tag-{tag}")
        s: dict[str, Any] = {}
        if tag == "div" or self.chance(0.3):
            s["display"] = "flex"
        self.text_style(s)
        if self.chance(0.5):
            self.box(s, 0.6)
        if self.chance(0.5):
            self.geometry(s, depth)
        if self.chance(0.15):
            self.f("text-spans")
            kids: Any = [self.words(1, 3)]
            for _ in range(r.randint(1, 3)):
                span_style: dict[str, Any] = {}
                self.text_style(span_style)
                if self.chance(0.3):
                    self.box(span_style, 0.4)
                kids.append(el("span", span_style, self.words(1, 3)))
            s["display"] = "flex"
            s.setdefault("flexWrap", "wrap")
        else:
            kids = self.words()
        return el(tag, s, kids)

    def node(self, depth: int, max_depth: int) -> dict[str, Any]:
        r = self.r
        roll = r.random()
        if depth >= max_depth or roll < 0.35:
            leaf = r.random()
            if leaf < 0.15:
                return self.img(depth)
            if leaf < 0.25:
                return self.svg()
            if leaf < 0.35:  # an empty painted box
                s: dict[str, Any] = {"display": "flex"}
                self.geometry(s, depth)
                s.setdefault("width", r.randint(10, 80))
                s.setdefault("height", r.randint(10, 60))
                self.box(s, 1.5)
                self.f("box-leaf")
                return el("div", s)
            return self.text_el(depth)
        s = {}
        self.container(s)
        self.geometry(s, depth)
        self.box(s, 1.0)
        if self.chance(0.25):
            self.text_style(s, leaf=False)  # inherited down the tree
        if self.chance(0.04):
            self.f("display-none")
            s["display"] = "none"
        kids = [self.node(depth + 1, max_depth) for _ in range(r.randint(1, 3))]
        if s.get("display") == "contents":
            s.pop("display")
            s["display"] = "contents"
        return el("div", s, kids)


SIZES = ((1200, 630), (800, 418), (600, 315), (400, 300), (320, 320), (500, 260), (256, 512), (377, 233),
         (640, 360), (300, 157))
SMALL_SIZES = ((160, 120), (200, 100), (120, 160), (180, 180), (240, 126))


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed``; ``assets`` is how its images (and, beside them, the fonts) are referred to."""
    g = _Gen(seed, assets, small)
    r = g.r
    g.w, g.h = r.choice(SMALL_SIZES if small else SIZES)
    doc: dict[str, Any] = {"width": g.w, "height": g.h}
    if r.random() < 0.75:
        chosen = sorted(set(r.sample(range(len(FONT_FILES)), r.randint(1, 5))))
        doc["fonts"] = [{"name": FONT_FILES[i][0], "path": f"{assets.rstrip('/')}/../fonts/{FONT_FILES[i][1]}",
                         "weight": FONT_FILES[i][2], "style": FONT_FILES[i][3]} for i in chosen]
        g.families = sorted({FONT_FILES[i][0] for i in chosen})
        g.f("fonts")
    root: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%"}
    root["backgroundColor"] = r.choice(("white", "#fff", "#f5f5f5", "#111", "#0a0a23", "ivory", "#e8f0ff"))
    if r.random() < 0.5:
        g.container(root)
        root["display"] = "flex"
    if r.random() < 0.4:
        g.background(root)
    if r.random() < 0.3:
        g.text_style(root, leaf=False)
        root.pop("display", None)
        root["display"] = "flex"
    if r.random() < 0.3:
        root["padding"] = g.sides(lambda part: g.length(0, 30, calc=False, part=part))
    max_depth = r.randint(2, 3 if small else 4)
    kids = [g.node(1, max_depth) for _ in range(r.randint(1, 3 if small else 4))]
    doc["element"] = el("div", root, kids)
    return Generated(seed, doc, tuple(sorted(g.features)))
