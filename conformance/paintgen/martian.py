"""A fourth outsider's paint generator: cards whose elements mix several paint families (``--generator martian``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator martian --seeds 0:200 --out /tmp/martian -j 1``). Written as a test author would write it who
knows only Satori's README ("supported CSS" table), Next's ``ImageResponse`` docs and MDN, without the
other generators' value pickers: a card of 3 to 30 elements (nested boxes, text, ``<img>`` with data-URI
PNG/JPEG/SVG pictures, inline ``<svg>`` shapes), where each element takes a *recipe* of two to six paint
families at once: layered backgrounds (gradients of every kind with hints, double stops and angles in
deg/rad/grad/turn, data-URI images, per-layer sizes, positions and repeats), per-side borders with mixed
styles and colours, percentage and elliptical radii, box-shadow lists with spread and inset, text shadows,
nested opacity, 2-4 transform functions with origins, ``clipPath`` shapes, mask images, filter chains,
``mixBlendMode``, text decorations, transforms, spacing, white space and ellipsis.

Values are spelled as people type them: React numbers and ``"12px"`` strings, spaces after commas or not,
``currentColor``, named colours, hex of every length, ``rgb()``/``rgba()``/``hsl()``/``hsla()``, shorthands
next to longhands. Degenerate but valid values are drawn on purpose: zero-sized boxes, ``100%``/``9999px``
radii, huge blurs, negative spread, ``scale(0)``, ``opacity: 0``, zero-length gradients. Spellings that
``spec/differences.md`` lists (space-syntax ``hsl``, ``hwb``/``lab``, ``rebeccapurple``, ``conic-gradient``,
``turn``/``grad`` rotations, ``overline``, ``wavy``, dotted/double border shorthands, ...) are drawn in a
few documents only, each tagged ``L:<form>``, so the summary's "without listed differences" line counts
real mismatches. React-shaped trees, handed to Next as written (the driver's ``RAW_GENERATORS``).

Found on first use (2026-12-06, seeds 0:400): transparent text whose text shadows are all transparent
(pureog drew the black-filled glyphs Satori's shadow-only filter hides); a ``clipPath`` on a
``backgroundClip: text`` element, whose clip Satori cuts by the element's own glyphs; inset shadows with
huge blurs on small boxes, refused by pureog's blur budget. Next refuses about a tenth of the documents
(mostly listed spellings: ``conic-gradient``, ``overline``, CSS 4 colours in shorthands, ``turn``/``grad``
rotations); it also throws on ``em``/``rem`` translations and on a repeating radial gradient whose last
stop has no position, and hangs on some ``wordBreak`` texts, so those are not drawn.

Run: ``python -m conformance.paintgen --generator martian --seeds 0:200 --out /tmp/martian -j 1``; the
committed slice is ``--slice --seeds 0:16`` (small canvases). Imports only the standard library.
"""

from __future__ import annotations

from typing import Any

from conformance.paintgen.generate import Generated
from conformance.paintgen.martian_values import CANVASES, FONTS, NAMED, PALETTE, SMALL_CANVASES, WORDS, MartianValues


def el(tag: str, style: dict[str, Any] | None = None, children: Any = None, **props: Any) -> dict[str, Any]:
    body: dict[str, Any] = dict(props)
    if style:
        body["style"] = style
    if children is not None:
        body["children"] = children
    return {"type": tag, "props": body}


class _Martian(MartianValues):
    """A document's paint families and element trees over :class:`MartianValues`."""

    def background(self, s: dict[str, Any]) -> None:
        r = self.r
        n = r.choice((1, 1, 2, 2, 3))
        self.f(f"bg-layers-{n}")
        layers, sizes, positions, repeats = [], [], [], []
        for _ in range(n):
            if self.p(0.2):
                layers.append(f"url({self.picture()[0]})")
                self.f("bg-url")
            else:
                layers.append(self.gradient())
            roll = r.random()
            sizes.append(r.choice(("cover", "contain", "auto")) if roll < 0.25 else
                         f"{r.randint(10, 100)}% {r.randint(10, 100)}%" if roll < 0.55 else
                         f"{r.randint(4, 120)}px {r.randint(4, 120)}px" if roll < 0.85 else "100% 100%")
            positions.append(self.position())
            repeats.append(r.choice(("repeat", "no-repeat", "repeat-x", "repeat-y", "no-repeat", "space", "round",
                                     "repeat no-repeat")))
        join = r.choice((", ", ","))
        if self.p(0.15) and n == 1 and not layers[0].startswith("url"):
            self.f("bg-shorthand")
            s["background"] = layers[0]
        else:
            s["backgroundImage"] = join.join(layers)
        if self.p(0.6):
            self.f("backgroundSize")
            s["backgroundSize"] = join.join(sizes[: r.randint(1, n)])
        if self.p(0.5):
            self.f("backgroundPosition")
            s["backgroundPosition"] = join.join(positions[: r.randint(1, n)])
        if self.p(0.5):
            self.f("backgroundRepeat")
            s["backgroundRepeat"] = join.join(repeats[: r.randint(1, n)])
        if self.p(0.4):
            s["backgroundColor"] = self.colour()

    def borders(self, s: dict[str, Any]) -> None:
        r = self.r
        styles = ("solid", "solid", "dashed", "solid")
        roll = r.random()
        if roll < 0.3:
            self.f("border-shorthand")
            s["border"] = f"{self.r.randint(1, 12)}px {r.choice(styles)}" + (f" {self.colour()}" if self.p(0.8) else "")
        elif roll < 0.6:
            self.f("border-sides")
            for side in r.sample(("Top", "Right", "Bottom", "Left"), r.randint(1, 4)):
                if self.p(0.7):
                    s[f"border{side}"] = f"{r.randint(0, 16)}px {r.choice(styles)} {self.colour()}"
                else:
                    s[f"border{side}Width"] = self.px(0, 16)
                    s[f"border{side}Color"] = self.colour()
                    if self.p(0.5):
                        s[f"border{side}Style"] = r.choice(styles)
            if "borderTopStyle" not in s and self.p(0.5):
                s["borderStyle"] = r.choice(styles)
        else:
            self.f("border-longhands")
            s["borderWidth"] = " ".join(f"{r.randint(0, 14)}px" for _ in range(r.randint(1, 4))) \
                if self.p(0.6) else self.px(1, 10)
            s["borderStyle"] = r.choice(styles)
            s["borderColor"] = " ".join(self.colour() for _ in range(r.randint(1, 4)))
            if self.listed_ok and self.p(0.3):
                self.f("L:border-style-other")
                s["borderStyle"] = r.choice(("dotted", "double"))
        if self.p(0.5):
            self.radius(s)

    def radius(self, s: dict[str, Any]) -> None:
        r = self.r
        roll = r.random()
        if roll < 0.3:
            self.f("radius-one")
            s["borderRadius"] = r.choice((self.px(0, 40), "50%", "100%", "9999px", f"{r.randint(1, 60)}%", "1em"))
        elif roll < 0.5:
            self.f("radius-list")
            s["borderRadius"] = " ".join(self.length(0, 40) for _ in range(r.randint(2, 4)))
        elif roll < 0.7:
            self.f("radius-elliptical")
            a = " ".join(self.length(0, 50) for _ in range(r.randint(1, 4)))
            b = " ".join(self.length(0, 50) for _ in range(r.randint(1, 4)))
            s["borderRadius"] = f"{a} / {b}"
        else:
            self.f("radius-corners")
            for corner in r.sample(("TopLeft", "TopRight", "BottomRight", "BottomLeft"), r.randint(1, 4)):
                s[f"border{corner}Radius"] = (f"{self.length(0, 60)} {self.length(0, 60)}" if self.p(0.35)
                                              else self.px(0, 60))

    def box_shadow(self, s: dict[str, Any]) -> None:
        r = self.r
        parts = []
        for _ in range(r.choice((1, 1, 2, 3))):
            if self.p(0.15):  # a focus ring: no offset, no blur, a spread
                self.f("shadow-ring")
                parts.append(f"0 0 0 {r.randint(1, 6)}px {self.colour()}")
                continue
            inset = self.p(0.3)
            nums = [f"{r.randint(-20, 20)}px" if self.p(0.8) else "0",
                    f"{r.randint(-20, 20)}px" if self.p(0.8) else "0"]
            if self.p(0.8):
                nums.append(f"{r.choice((0, 2, 4, 8, 16, 30, 60, 100))}px")
                if self.p(0.5):
                    nums.append(f"{r.randint(-12, 16)}px")
            text = " ".join(nums) + " " + self.colour()
            parts.append(("inset " if inset else "") + text)
            if inset:
                self.f("shadow-inset")
        self.f("boxShadow")
        s["boxShadow"] = ", ".join(parts)

    def transform(self, s: dict[str, Any]) -> None:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 4)):
            kind = r.random()
            if kind < 0.3:
                fns.append(r.choice((f"translate({self.shift(40)}, {self.shift(40)})",
                                     f"translateX({self.shift(40)})", f"translateY({self.shift(30)})",
                                     f"translate({r.randint(-30, 30)}px)")))
            elif kind < 0.55:
                fns.append(f"rotate({self.rotation()})")
            elif kind < 0.8:
                fns.append(r.choice((f"scale({r.choice(('0.5', '1.2', '0.8', '2', '0', '-1', '1.05'))})",
                                     f"scale({r.choice(('0.5', '1.5', '-1'))}, {r.choice(('0.7', '1', '2'))})",
                                     f"scaleX({r.choice(('-1', '0.6', '1.3'))})",
                                     f"scaleY({r.choice(('0.5', '1.4'))})")))
            else:
                fns.append(r.choice((f"skew({self.rotation()}, {r.randint(-20, 20)}deg)",
                                     f"skewX({r.randint(-40, 40)}deg)", f"skewY({r.randint(-30, 30)}deg)",
                                     f"skew({r.randint(-30, 30)}deg)")))
        self.f(f"transform-{len(fns)}")
        s["transform"] = " ".join(fns)
        if self.p(0.55):
            self.f("transformOrigin")
            roll = r.random()
            s["transformOrigin"] = (r.choice(("top left", "center", "bottom right", "left", "top", "right bottom",
                                              "center top", "0 0", "100% 0%"))
                                    if roll < 0.5 else f"{self.length(0, 80)} {self.length(0, 80)}")

    def shift(self, most: int) -> str:
        """A translation: px, a percentage of the box, or 0 (Next refuses em and rem there)."""
        roll = self.r.random()
        if roll < 0.65:
            return f"{self.r.randint(-most, most)}px"
        if roll < 0.9:
            return f"{self.r.randint(-100, 100)}%"
        return "0"

    def clip(self, s: dict[str, Any]) -> None:
        r = self.r
        roll = r.random()
        if roll < 0.25:
            s["clipPath"] = f"circle({r.randint(10, 70)}%{' at ' + self.position(four=False) if self.p(0.5) else ''})"
        elif roll < 0.45:
            s["clipPath"] = f"ellipse({r.randint(10, 60)}% {r.randint(10, 60)}%{' at 50% 50%' if self.p(0.5) else ''})"
        elif roll < 0.7:
            pts = ", ".join(f"{r.randint(0, 100)}% {r.randint(0, 100)}%" for _ in range(r.randint(3, 6)))
            s["clipPath"] = f"polygon({pts})"
        elif roll < 0.9:
            rr = f" round {self.px(0, 20, number=0)}" if self.p(0.5) else ""
            s["clipPath"] = f"inset({' '.join(f'{r.randint(0, 30)}px' for _ in range(r.randint(1, 4)))}{rr})"
        else:
            s["clipPath"] = r.choice(('path("M0 0 L100 0 L50 80 Z")', "path('M10 10 h80 v40 h-80 Z')"))
        self.f("clipPath-" + s["clipPath"].split("(")[0])

    def mask(self, s: dict[str, Any]) -> None:
        r = self.r
        self.f("maskImage")
        if self.p(0.75):
            s["maskImage"] = r.choice((f"linear-gradient({r.choice(('to bottom', 'to right', '45deg', '180deg'))}, "
                                       f"black {r.randint(0, 50)}%, transparent {r.randint(50, 100)}%)",
                                       f"radial-gradient(circle, black {r.randint(10, 60)}%, transparent)",
                                       f"linear-gradient(rgba(0,0,0,1), rgba(0,0,0,{r.choice(('0', '0.2', '.5'))}))",
                                       self.gradient(mask=True)))
        else:
            self.f("mask-url")
            s["maskImage"] = f"url({self.picture()[0]})"
        if self.p(0.2):
            self.f("WebkitMaskImage")
            s["WebkitMaskImage"] = s.pop("maskImage")
        if self.p(0.4):
            s["maskSize"] = r.choice(("cover", "contain", "100% 100%", f"{r.randint(20, 80)}px {r.randint(20, 80)}px",
                                      "50% 50%"))
        if self.p(0.3):
            s["maskPosition"] = self.position(four=False)
        if self.p(0.3):
            s["maskRepeat"] = r.choice(("no-repeat", "repeat", "repeat-x", "repeat-y"))

    def filters(self, s: dict[str, Any]) -> None:
        r = self.r
        fns = []
        for _ in range(r.randint(1, 3)):
            fns.append(r.choice((f"blur({r.choice((0, 1, 2, 4, 10, 40, 80))}px)",
                                 f"brightness({r.choice(('0.5', '1.3', '150%', '0', '2'))})",
                                 f"contrast({r.choice(('0.5', '200%', '1.5', '0'))})",
                                 f"grayscale({r.choice(('1', '100%', '0.5', '40%'))})",
                                 f"sepia({r.choice(('1', '60%', '0.3'))})",
                                 f"saturate({r.choice(('2', '0', '300%', '0.4'))})",
                                 f"hue-rotate({r.choice(('90deg', '180deg', '-45deg', '0.5turn', '3rad'))})",
                                 f"invert({r.choice(('1', '100%', '0.3'))})",
                                 f"opacity({r.choice(('0.5', '30%', '1'))})",
                                 f"drop-shadow({r.randint(-8, 8)}px {r.randint(-8, 8)}px {r.randint(0, 10)}px "
                                 f"{self.colour()})")))
        self.f("filter-" + "-".join(sorted({x.split("(")[0] for x in fns})) if len(fns) == 1 else "filter-chain")
        s["filter"] = " ".join(fns)

    def text_paint(self, s: dict[str, Any]) -> None:
        r = self.r
        picks = r.sample(("decoration", "transform", "spacing", "shadow", "stroke", "weight", "ellipsis",
                          "whitespace", "clipText", "align"), r.randint(1, 4))
        for pick in picks:
            self.f("text-" + pick)
            if pick == "decoration":
                roll = r.random()
                lines = r.choice(("underline", "line-through", "underline line-through"))
                if roll < 0.4:
                    s["textDecoration"] = lines + (f" {self.colour()}" if self.p(0.4) else "")
                elif roll < 0.6:
                    s["textDecoration"] = f"{lines} {r.choice(('solid', 'dashed', 'dotted', 'double'))} {self.colour()}"
                else:
                    s["textDecorationLine"] = lines
                    if self.p(0.6):
                        s["textDecorationColor"] = self.colour()
                    if self.p(0.6):
                        s["textDecorationStyle"] = r.choice(("solid", "dashed", "dotted", "double"))
                if self.listed_ok and self.p(0.2):
                    self.f("L:overline-wavy")
                    s["textDecorationLine"] = r.choice(("overline", "underline overline"))
                    s.pop("textDecoration", None)
            elif pick == "transform":
                s["textTransform"] = r.choice(("uppercase", "lowercase", "capitalize", "none"))
            elif pick == "spacing":
                s["letterSpacing"] = r.choice((self.px(-2, 8), f"{r.choice(('0.1', '-0.02', '0.3', '.05'))}em"))
            elif pick == "shadow":
                parts = [f"{r.randint(-6, 6)}px {r.randint(-6, 6)}px" +
                         (f" {r.randint(0, 12)}px" if self.p(0.7) else "") + f" {self.colour()}"
                         for _ in range(r.choice((1, 1, 2, 3)))]
                s["textShadow"] = ", ".join(parts)
            elif pick == "stroke":
                s["WebkitTextStroke"] = f"{r.choice((1, 2, 0.5, 3))}px {r.choice(NAMED + PALETTE)}"
            elif pick == "weight":
                s["fontWeight"] = r.choice((400, 700, "bold", "normal", 600, 900, "700"))
                if self.p(0.4):
                    s["fontStyle"] = "italic"
            elif pick == "ellipsis":
                s["textOverflow"] = "ellipsis"
                s["overflow"] = "hidden"
                s["whiteSpace"] = "nowrap"
                s["maxWidth"] = r.randint(30, 200)
            elif pick == "whitespace":
                s["whiteSpace"] = r.choice(("nowrap", "pre", "pre-wrap", "pre-line", "normal"))
            elif pick == "clipText":
                s["backgroundImage"] = self.gradient()
                s["WebkitBackgroundClip" if self.p(0.3) else "backgroundClip"] = "text"
                s["color"] = "transparent"
            else:
                s["textAlign"] = r.choice(("left", "center", "right", "justify"))

    # -- elements ---------------------------------------------------------------------------------------
    def recipe(self, s: dict[str, Any], lo: int = 2, hi: int = 6) -> None:
        """Two to six paint families on one element, each family's values drawn independently."""
        r = self.r
        families = {"bg": (self.background, 0.9), "border": (self.borders, 0.8), "radius": (self.radius, 0.6),
                    "shadow": (self.box_shadow, 0.6), "transform": (self.transform, 0.45), "clip": (self.clip, 0.25),
                    "mask": (self.mask, 0.25), "filter": (self.filters, 0.3), "opacity": (self.opacity, 0.4),
                    "blend": (self.blend, 0.1), "colour": (self.bg_colour, 0.7)}
        chosen = [k for k, (_, w) in families.items() if self.p(w)]
        r.shuffle(chosen)
        for name in chosen[: r.randint(lo, hi)]:
            families[name][0](s)

    def opacity(self, s: dict[str, Any]) -> None:
        self.f("opacity")
        s["opacity"] = self.r.choice((0.5, 0.8, 0.3, "0.6", 0, 1, 0.95, ".4"))

    def blend(self, s: dict[str, Any]) -> None:
        self.f("mixBlendMode")
        s["mixBlendMode"] = self.r.choice(("multiply", "screen", "overlay", "difference", "normal"))

    def bg_colour(self, s: dict[str, Any]) -> None:
        s["backgroundColor"] = self.colour()

    def words(self, lo: int = 1, hi: int = 6) -> str:
        return " ".join(self.r.choice(WORDS) for _ in range(self.r.randint(lo, hi)))

    def text(self) -> dict[str, Any]:
        r = self.r
        s: dict[str, Any] = {"fontSize": r.choice((12, 14, 16, 20, 24, 32, 48, "18px", "1.5rem", "2em")),
                             "color": self.colour(alpha=False)}
        if self.p(0.7):
            self.text_paint(s)
        if self.p(0.35):
            self.recipe(s, 1, 3)
        if self.p(0.3):
            s["padding"] = self.px(0, 16)
        if self.p(0.3):
            self.f("fontFamily")
            s["fontFamily"] = r.choice(("Geist", "Roboto", "Inter, sans-serif", "'Geist Mono', monospace",
                                        "system-ui", "Roboto, Geist", "serif"))
        if self.p(0.3):
            self.f("lineHeight")
            s["lineHeight"] = r.choice((1, 1.2, "1.5", "24px", "120%", "2em", 0.9, "normal"))
        if self.p(0.1):
            self.f("lineClamp")
            s["display"] = "block"
            s["lineClamp"] = r.choice((1, 2, 3))
            s["width"] = r.randint(60, 200)
        if self.p(0.1):  # not wordBreak: Next hangs on some (its line breaker loops), a quarter of them
            self.f("maxWidth")
            s["maxWidth"] = r.choice((r.randint(40, 160), f"{r.randint(20, 90)}%"))
        if self.p(0.08):
            self.f("textWrap")
            s["textWrap"] = r.choice(("balance", "wrap", "nowrap", "pretty"))
        tag = r.choice(("div", "div", "p", "span", "h1", "h2"))
        self.f("text")
        if self.p(0.15):
            self.f("text-spans")
            kids: Any = [self.words(1, 3)]
            for _ in range(r.randint(1, 2)):
                span: dict[str, Any] = {"color": self.colour()}
                if self.p(0.6):
                    self.text_paint(span)
                kids.append(el("span", span, " " + self.words(1, 3)))
            s["display"] = "flex"
            s["flexWrap"] = "wrap"
            return el(tag, s, kids)
        if tag != "span":
            s.setdefault("display", "flex")
        words = self.words()
        if s.get("whiteSpace") in ("pre", "pre-wrap", "pre-line") and self.p(0.6):
            words = words.replace(" ", r.choice(("  ", "\n", " \n  ", "\t")), 2)
        return el(tag, s, words)

    def img(self) -> dict[str, Any]:
        r = self.r
        self.f("img")
        src, w, h = self.picture()
        size = r.randint(0, 140) if self.p(0.1) else r.randint(16, 140)
        props: dict[str, Any] = {"src": src, "width": size,
                                 "height": r.choice((size, max(1, size // 2), int(size * 1.5)))}
        if not w and self.p(0.3):
            props.pop("height")
        s: dict[str, Any] = {}
        if self.p(0.7):
            self.f("objectFit")
            s["objectFit"] = r.choice(("cover", "contain", "fill", "none", "scale-down"))
        if self.p(0.5):
            self.f("objectPosition")
            s["objectPosition"] = self.position(four=False)
        if self.p(0.5):
            self.recipe(s, 1, 3)
            for key in ("background", "backgroundImage", "clipPath", "maskImage"):
                if key in s and self.p(0.5):
                    s.pop(key)
        return el("img", s, None, **props)

    def svg(self) -> dict[str, Any]:
        r = self.r
        self.f("svg")
        w, h = r.choice(((24, 24), (48, 48), (64, 32), (100, 100)))
        shapes: list[dict[str, Any]] = []
        for _ in range(r.randint(1, 4)):
            fill = r.choice((r.choice(PALETTE), "currentColor", "none", r.choice(NAMED)))
            stroke = r.choice((r.choice(NAMED), "currentColor", None))
            extra: dict[str, Any] = {"fill": fill}
            if stroke:
                extra.update(stroke=stroke, strokeWidth=r.choice((1, 2, 3, "1.5")))
                if self.p(0.3):
                    extra.update(strokeLinecap="round", strokeLinejoin="round")
                if self.p(0.2):
                    extra["strokeDasharray"] = "4 2"
            if self.p(0.2):
                extra["opacity"] = r.choice(("0.5", 0.7))
            kind = r.choice(("rect", "circle", "ellipse", "line", "polyline", "polygon", "path"))
            self.f("svg-" + kind)
            table: dict[str, dict[str, Any]] = {
                "rect": {"x": r.randint(0, w // 3), "y": r.randint(0, h // 3), "width": r.randint(2, w),
                         "height": r.randint(2, h), "rx": r.randint(0, 8)},
                "circle": {"cx": w // 2, "cy": h // 2, "r": r.randint(2, min(w, h) // 2)},
                "ellipse": {"cx": w // 2, "cy": h // 2, "rx": r.randint(2, w // 2), "ry": r.randint(2, h // 2)},
                "line": {"x1": 0, "y1": 0, "x2": w, "y2": r.randint(0, h)},
                "polyline": {"points": " ".join(f"{r.randint(0, w)},{r.randint(0, h)}" for _ in range(4))},
                "polygon": {"points": " ".join(f"{r.randint(0, w)},{r.randint(0, h)}" for _ in range(r.randint(3, 6)))},
                "path": {"d": r.choice((f"M2 {h - 2} L{w // 2} 2 L{w - 2} {h - 2} Z",
                                        f"M{w // 4} {h // 2} a{w // 4} {h // 4} 0 1 0 {w // 2} 0",
                                        f"M0 {h // 2} Q{w // 2} 0 {w} {h // 2} T{w} {h}"))},
            }
            geo = table[kind]
            if kind in ("line", "polyline") and not stroke:
                extra.update(stroke="black", strokeWidth=2)
            shapes.append(el(kind, None, None, **geo, **extra))
        if self.p(0.25):
            self.f("svg-gradient")
            kind = r.choice(("linearGradient", "radialGradient"))
            stops = [el("stop", None, None, offset=o, stopColor=r.choice(PALETTE)) for o in ("0%", "100%")]
            if self.p(0.3):
                stops.insert(1, el("stop", None, None, offset="0.5", stopColor=r.choice(NAMED), stopOpacity="0.5"))
            grad = el(kind, None, stops, id="mg")
            if kind == "linearGradient":
                grad["props"].update(x1="0", y1="0", x2="1", y2="1")
            shapes[0]["props"]["fill"] = "url(#mg)"
            shapes.insert(0, el("defs", None, [grad]))
        props: dict[str, Any] = {"viewBox": f"0 0 {w} {h}", "children": shapes}
        if self.p(0.3):
            self.f("svg-group")
            props["children"] = [el("g", None, shapes, transform=r.choice(("translate(2 2)", "rotate(10)",
                                                                            "scale(0.8)")))]
        size = r.randint(16, 120)
        props["width"] = size
        props["height"] = r.choice((size, size // 2 + 1))
        if self.p(0.1):
            props["fill"] = r.choice(PALETTE)
        s: dict[str, Any] = {"color": self.colour(alpha=False)} if self.p(0.5) else {}
        if self.p(0.4):
            self.recipe(s, 1, 3)
        if s:
            props["style"] = s
        return {"type": "svg", "props": props}

    def box(self, depth: int) -> dict[str, Any]:
        """A painted container of further elements, or a painted leaf box."""
        r = self.r
        s: dict[str, Any] = {"display": "flex"}
        degenerate = self.p(0.1)
        if degenerate:
            self.f("degenerate-size")
            s["width"], s["height"] = r.choice(((0, 0), (0, 40), (40, 0), (1, 1), (2, 60)))
        elif self.p(0.7):
            s["width"] = r.choice((self.px(10, 260), f"{r.randint(10, 100)}%"))
            s["height"] = r.choice((self.px(10, 200), f"{r.randint(10, 100)}%"))
        self.recipe(s)
        if self.p(0.4):
            s["padding"] = r.choice((self.px(0, 24), f"{r.randint(0, 20)}px {r.randint(0, 30)}px"))
        if self.p(0.3):
            s["margin"] = self.px(0, 16)
        if self.p(0.25):
            self.f("overflow-hidden")
            s["overflow"] = "hidden"
        if self.p(0.15):
            self.f("absolute")
            s["position"] = "absolute"
            roll = r.random()
            if roll < 0.4:
                s["top"], s["left"] = self.length(-20, 120), self.length(-20, 200)
            elif roll < 0.7:
                s["right"], s["bottom"] = self.px(-10, 60), self.px(-10, 60)
            else:
                self.f("absolute-centred")
                s["top"], s["left"] = "50%", "50%"
                s["transform"] = "translate(-50%, -50%)" + (f" rotate({self.rotation()})" if self.p(0.3) else "")
        if self.p(0.3):
            s["color"] = self.colour(alpha=False)
        kids = []
        if not degenerate and depth < 4 and self.budget > 0 and self.p(0.7):
            s["flexDirection"] = r.choice(("row", "column"))
            if self.p(0.5):
                s["alignItems"] = r.choice(("center", "flex-start", "flex-end", "stretch"))
            if self.p(0.4):
                s["gap"] = self.px(0, 16)
            for _ in range(r.randint(1, 4)):
                if self.budget <= 0:
                    break
                kids.append(self.node(depth + 1))
        return el("div", s, kids or None)

    def avatar(self) -> dict[str, Any]:
        """The classic round avatar: a clipping frame (radius, border, ring) around an ``<img>``."""
        r = self.r
        self.f("avatar")
        size = r.randint(24, 120)
        frame: dict[str, Any] = {"display": "flex", "width": size, "height": size, "overflow": "hidden",
                                 "borderRadius": r.choice(("50%", "9999px", "100%", f"{size // 4}px", "30% 70%"))}
        if self.p(0.5):
            frame["border"] = f"{r.randint(1, 6)}px solid {self.colour()}"
        if self.p(0.4):
            self.box_shadow(frame)
        src, _, _ = self.picture()
        img: dict[str, Any] = {"width": "100%", "height": "100%", "objectFit": r.choice(("cover", "contain", "fill"))}
        if self.p(0.3):
            img["objectPosition"] = self.position(four=False)
        return el("div", frame, [el("img", img, None, src=src, width=size, height=size)])

    def node(self, depth: int) -> dict[str, Any]:
        self.budget -= 1
        roll = self.r.random()
        if roll < 0.05:
            return self.avatar()
        if roll < 0.3:
            return self.text()
        if roll < 0.42:
            return self.img()
        if roll < 0.52:
            return self.svg()
        return self.box(depth)


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` locates the fonts, which sit beside the image assets)."""
    g = _Martian(seed, small)
    r = g.r
    w, h = r.choice(SMALL_CANVASES if small else CANVASES)
    doc: dict[str, Any] = {"width": w, "height": h}
    if r.random() < 0.6:
        chosen = sorted(set(r.sample(range(len(FONTS)), r.randint(1, 4))))
        doc["fonts"] = [{"name": FONTS[i][0], "path": f"{assets.rstrip('/')}/../fonts/{FONTS[i][1]}",
                         "weight": FONTS[i][2], "style": FONTS[i][3]} for i in chosen]
        g.f("fonts")
    g.budget = r.randint(3, 12 if small else 30)
    root: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%",
                            "flexDirection": r.choice(("row", "column")), "flexWrap": r.choice(("wrap", "nowrap")),
                            "backgroundColor": r.choice(("#fff", "white", "#000", "#0b0b0f", "#fafafa", "#f0f4ff"))}
    if r.random() < 0.5:
        root["alignItems"] = r.choice(("center", "flex-start", "stretch"))
        root["justifyContent"] = r.choice(("center", "space-between", "flex-start", "space-around"))
    if r.random() < 0.5:
        root["padding"] = r.choice((g.px(0, 60), f"{r.randint(0, 40)}px {r.randint(0, 60)}px"))
    if r.random() < 0.3:
        g.background(root)
    if r.random() < 0.3:
        root["gap"] = g.px(0, 24)
    if r.random() < 0.4:
        root["color"] = g.colour(alpha=False)
    kids = []
    while g.budget > 0:
        kids.append(g.node(1))
    doc["element"] = el("div", root, kids)
    return Generated(seed, doc, tuple(sorted(g.features)))
