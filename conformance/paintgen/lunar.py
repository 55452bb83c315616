"""A twelfth outsider's paint generator: CSS as design tools export it, pasted into ``style`` objects
(``--generator lunar``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator lunar --seeds 0:200 --out /tmp/lunar -j 1``). The other generators write style objects
directly (``plutonian`` writes the layer tree a Figma-to-code plugin emits as JSX); this one writes the
*CSS text* a design tool's inspector prints, then turns it into a React style object the way people do by
hand or with an online "CSS to JS" converter, so both the exporters' CSS habits and the conversion's
slips reach the renderer:

- exporters (one per document): Figma's legacy "Copy as CSS" (``position: absolute; left: 24px``, quoted
  ``font-family: 'Inter'``, ``line-height: 150%``, ``flex: none; order: 0; flex-grow: 0``, solid overlays
  as ``linear-gradient(0deg, c, c), #FFF``, ``filter: drop-shadow(...)``), Figma Dev Mode (tokens as
  ``var(--Name, fallback)``, four-length shadows, ``flex: 1 0 0``, ``font-feature-settings: 'liga' off``,
  ``leading-trim``/``text-edge``, the underline longhands it prints, ``-webkit-line-clamp`` truncation,
  ``-webkit-text-stroke-*`` longhands, ``aspect-ratio: 1/1``), Sketch (``-180deg`` gradients,
  ``rgba(0,0,0,0.50)`` without spaces, PostScript family names such as ``Inter-SemiBold``), Penpot
  (``#rrggbbaa`` shadows, border longhands, ``text-transform: none``), Framer (shadow stacks with long
  decimals, ``"Inter", "Inter Placeholder"`` family lists, ``1.1em`` line heights), Webflow (vendor-prefixed
  flexbox duplicates before the standard ones, ``hsla()`` fades, ``Inter, sans-serif``) and Tailwind
  (arbitrary values pasted back: no spaces after commas; compiled ``--tw-shadow`` variables with
  ``var(--tw-ring-shadow, 0 0 #0000)`` fallbacks);
- converters (one per document): camel-cased keys with every value a string but bare numbers
  (transform.tools), hand conversion (single px lengths to numbers, ``0px`` to ``0``), everything a string
  (``fontWeight: "600"``, ``order: "0"``), and a careless one that leaves a few keys kebab-cased or a
  ``22px`` line height as the number ``22`` (which React and Satori read as a multiple);
- layers: frames (absolute or auto-layout) with fills, strokes, radii and effects; text layers (single
  line, wrapped, truncated, rotated); image fills as ``<img>`` or ``backgroundImage`` of a data-URI PNG;
  lines (a zero-height box with a border, or rotated); ellipses (``border-radius: 50%`` or ``9999px``).

Spellings ``spec/differences.md`` lists are drawn in a few documents only, each tagged ``L:<form>``
(Dev Mode's image fill ``url(...) lightgray 50% / cover no-repeat``, Tailwind's compiled space-syntax
``rgb(... / var(--tw-bg-opacity))``, Figma's ``matrix()`` flips, Framer's ``transform: none``, a
``var()`` length inside ``padding``); the driver counts documents Next refuses apart. React-shaped trees
reach the oracle as written (the driver's ``RAW_GENERATORS``). Imports only the standard library.

Found on first use (2026-12-07, seeds 0:200; Next drew 181, pureog matched 177, then 180, the miss a listed
``lineHeight: '150%;'``): a ``background`` shorthand holding a ``var()`` and text after the gradient's last ')'
(Dev Mode CSS pasted with its ``;``), which pureog refused as if Next threw on the shorthand
(``backgrounds/lunar-shorthand-var-trailing-text``); ``backgroundRepeat``/``maskRepeat`` text CSS cannot read
(``no-repeat;``, ``no-repeat !important``), which Satori compares as text (the tile drawn once) and pureog
dropped (``backgrounds/lunar-repeat-trailing-semicolon``); then, sweeping the pasted ``;`` and ``!important``
over Satori's table, ``clipPath`` shapes followed by text (``clip/lunar-clip-path-trailing-text``) and
``transformOrigin`` words CSS cannot read (``transforms/lunar-origin-trailing-semicolon``), both dropped by
pureog where Satori reads around them; shadows, line heights, background and mask sizes, side border widths
and corner radii followed by ``;`` or ``!important``, which Next draws broken (listed). Next throws on most
other keyword properties with a ``;`` (``position``, ``display``, ``alignItems``, shorthands). Held out
1000:1100: 89 of 90, the miss a ``backgroundPosition: '50%;'`` on a ``url()`` layer, whose pieces Satori's
css-dimension cannot read are dropped as keywords are (the tile at the canvas origin), where pureog dropped the
declaration (``backgrounds/lunar-position-unreadable-piece``); 90 of 90 after.

Run: ``python -m conformance.paintgen --generator lunar --seeds 0:200 --out /tmp/lunar -j 1``; the
committed slice is ``--slice --seeds 0:20`` (small canvases).
"""

from __future__ import annotations

import base64
import random
import re
from typing import Any

from conformance.paintgen.generate import Generated, el, rgba_png

CANVASES = ((1200, 630), (400, 300), (400, 300), (600, 315), (800, 418))
SMALL_CANVASES = ((240, 180), (320, 168), (200, 150))
TOOLS = ("figma", "devmode", "sketch", "penpot", "framer", "webflow", "tailwind")
CONVERTERS = ("transform", "hand", "strings", "careless")
# faces registered under the names design files use (the Geist and Roboto files of conformance/fonts)
FACES = (("Inter", "Geist-Regular.ttf", 400, "normal"), ("Inter", "Geist-Bold.ttf", 700, "normal"),
         ("Inter", "Geist-Light.ttf", 300, "normal"), ("Inter", "Geist-Black.ttf", 900, "normal"),
         ("Inter", "Geist-Italic.ttf", 400, "italic"), ("Roboto", "Roboto-Regular.ttf", 400, "normal"),
         ("Roboto", "Roboto-Bold.ttf", 700, "normal"), ("Work Sans", "GeistMono-Regular.ttf", 400, "normal"))
FAMILIES = {"figma": ("'Inter'", "'Roboto'", "'Inter'"), "devmode": ("Inter", "Roboto", "Inter"),
            "sketch": ("Inter-SemiBold", "Roboto-Regular", "Inter-Regular, Inter", "SFProText-Semibold"),
            "penpot": ("\"Inter\"", "\"Work Sans\"", "sourcesanspro"),
            "framer": ("\"Inter\", \"Inter Placeholder\", sans-serif", "\"Roboto\", sans-serif"),
            "webflow": ("Inter, sans-serif", "Roboto, sans-serif", "'Work Sans', sans-serif"),
            "tailwind": ("Inter,sans-serif", "ui-sans-serif, system-ui, sans-serif", "Roboto")}
WORDS = ("Get started", "Continue", "Sign in", "Pricing plans", "Welcome back, Anna", "Order #1042",
         "Frame 427318", "Your weekly summary", "New", "Download the app", "Terms apply", "4.9 rating",
         "Free shipping on orders over $50", "Design tokens", "Label", "Untitled UI")
SWATCHES = ((255, 255, 255), (0, 0, 0), (30, 30, 30), (117, 117, 117), (217, 217, 217), (44, 44, 44),
            (13, 153, 255), (242, 72, 34), (20, 174, 92), (255, 205, 41), (151, 71, 255), (16, 24, 40))
TOKENS = ("--Background-Default-Default", "--Text-Default-Default", "--Border-Default-Default", "--Brand-500",
          "--sds-color-background-brand-default", "--Colors-Primary", "--Fill", "--Gray-200")


def fmt(v: float, places: int = 2) -> str:
    """A number as an exporter prints it: up to ``places`` decimals, no trailing zeros."""
    text = f"{v:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def camel(prop: str) -> str:
    """``-webkit-line-clamp`` -> ``WebkitLineClamp``, ``-ms-flex-pack`` -> ``msFlexPack`` (React's rule)."""
    if prop.startswith("--"):
        return prop
    if prop.startswith("-ms-"):
        prop = prop[1:]
    parts = prop.strip("-").split("-")
    head = parts[0].capitalize() if prop.startswith("-") else parts[0]
    return head + "".join(p.capitalize() for p in parts[1:])


UNITLESS = frozenset({"font-weight", "opacity", "order", "flex-grow", "flex-shrink", "z-index", "line-height",
                      "-webkit-line-clamp"})
# a value followed by `;` or `!important` that Next reads broken (a black shadow, no text, no gradient, a
# NaN corner, a hairline border: spec/differences.md)
LISTED_TRAILING = frozenset({"boxShadow", "lineHeight", "backgroundSize", "maskSize"})
def _listed_trailing(key: str) -> bool:
    """Whether Next reads ``key`` followed by ``;`` or ``!important`` broken (a listed difference): the
    keys above, a side's border width or a corner's radius."""
    return key in LISTED_TRAILING or re.fullmatch(r"border(Top|Right|Bottom|Left)\w*(Width|Radius)", key) is not None


# where an `!important` is drawn: properties Next reads with it (the others it throws on: no drawing to compare)
IMPORTANT = frozenset({"background-color", "color", "opacity", "width", "height", "left", "top", "font-size",
                       "font-weight", "letter-spacing", "gap", "box-shadow", "filter", "background-image",
                       "border-top-left-radius", "border-bottom-width", "font-family", "white-space",
                       "transform-origin", "background-repeat", "clip-path"})
NUMBER_PX = frozenset({"width", "height", "left", "top", "right", "bottom", "font-size", "gap", "border-radius",
                       "padding", "letter-spacing", "row-gap", "column-gap", "margin-top", "margin-bottom"})


class _Lunar:
    """One document's draws: a random stream, the exporter, the converter and the features seen."""

    def __init__(self, seed: int, w: int, h: int) -> None:
        self.r = random.Random(f"lunar-{seed}")
        self.w, self.h = w, h
        self.scale = min(w / 400, h / 300)
        self.tool = self.r.choice(TOOLS)
        self.conv = self.r.choice(CONVERTERS)
        self.features: set[str] = {f"tool-{self.tool}", f"conv-{self.conv}"}
        # Webflow's and Tailwind's stylesheets: minified decimals (`.25`) and rem lengths in some documents
        self.minified = self.tool in ("webflow", "tailwind") and self.r.random() < 0.5
        self.rem = self.tool in ("webflow", "tailwind") and self.r.random() < 0.6
        self.important = self.tool in ("webflow", "tailwind") and self.conv == "careless"

    def f(self, name: str) -> None:
        self.features.add(name)

    # ---- the CSS text an inspector prints ----

    def px(self, v: float) -> str:
        places = {"figma": 0, "devmode": 0, "sketch": 0, "penpot": 2, "framer": 1, "webflow": 0, "tailwind": 0}
        return f"{fmt(v, places[self.tool])}px"

    def length(self, v: float) -> str:
        """A length of a text or spacing property: rem where the stylesheet counts in rem."""
        if self.rem:
            self.f("rem")
            return f"{fmt(v / 16, 4)}rem"
        return self.px(v)

    def colour(self, alpha: bool = False, token: bool = True) -> str:
        r = self.r
        cr, cg, cb = r.choice(SWATCHES)
        a = r.choice((1, 1, 0.1, 0.25, 0.5, 0.08, 0.6)) if alpha else 1
        t = self.tool
        if t == "penpot" and a < 1:
            text = f"#{cr:02x}{cg:02x}{cb:02x}{round(a * 255):02x}"
        elif a < 1:
            sep = "," if t in ("sketch", "tailwind") else ", "
            alpha_text = f"{a:.2f}" if t in ("sketch", "devmode") else fmt(a)
            text = f"rgba({cr}{sep}{cg}{sep}{cb}{sep}{alpha_text})"
        elif t == "webflow" and r.random() < 0.3:
            text = r.choice(("#fff", "#1a1b1f", "hsla(0, 0%, 100%, 0.8)", "hsla(0, 0%, 100%, 0)"))
            self.f("webflow-hsla" if "hsla" in text else "hex-short")
        elif t in ("penpot", "webflow", "tailwind"):
            text = f"#{cr:02x}{cg:02x}{cb:02x}"
        else:
            text = f"#{cr:02X}{cg:02X}{cb:02X}"
            if t == "devmode" and text[1::2] == text[2::2] and r.random() < 0.6:
                text = "#" + text[1::2]  # Dev Mode shortens #FFFFFF to #FFF
        if token and t == "devmode" and r.random() < 0.4:
            self.f("token-var")
            return f"var({r.choice(TOKENS)}, {text})"
        if t == "framer" and r.random() < 0.3:
            # Framer's colour tokens: a uuid-named variable whose fallback is an rgb() with commas
            uid = "".join(r.choice("0123456789abcdef") for _ in range(8))
            self.f("framer-token")
            return f"var(--token-{uid}-4b5c-9a1e, rgb({cr}, {cg}, {cb}))" if a == 1 else \
                f"var(--token-{uid}-4b5c-9a1e, {text})"
        return text

    def shadow(self, inset: bool = False, spread: bool = True) -> str:
        r = self.r
        x, y = r.choice((0, 0, 0, 1, 2, 4)), r.choice((1, 2, 4, 8, 12, 24))
        b, sp = r.choice((0, 2, 4, 8, 16, 24)), r.choice((0, 0, -2, -4, 2)) if spread else 0
        c = self.colour(alpha=True, token=False)
        t = self.tool
        if t == "devmode" and r.random() < 0.2:
            c = f"var(--Shadow-{r.choice(('Drop', 'sm', 'md'))}, {c})"  # an effect token with its fallback
            self.f("token-shadow")
        pre = "inset " if inset else ""
        if t == "figma" or not spread:
            return f"{pre}{x}px {y}px {b}px {c}" if sp == 0 else f"{pre}{x}px {y}px {b}px {sp}px {c}"
        if t == "framer":
            y2, b2 = y * r.uniform(0.3, 0.7), b * r.uniform(0.3, 0.7)
            return f"{pre}0px {y2!r}px {b2 or 0!r}px {fmt(-abs(sp) * 0.625, 3)}px {c}"
        if t in ("sketch", "webflow", "tailwind"):
            return f"{pre}{x or 0}{'px' if x else ''} {y}px {b}px {sp}{'px' if sp else ''} {c}"
        return f"{pre}{x}px {y}px {b}px {sp}px {c}"

    def shadows(self) -> str:
        r = self.r
        n = r.choice((1, 1, 2, 3)) if self.tool != "framer" else r.choice((2, 3, 4))
        parts = [self.shadow() for _ in range(n)]
        if r.random() < 0.3:
            parts.insert(0, self.shadow(inset=True))  # exporters write inner shadows first
            self.f("shadow-inset")
        self.f(f"shadows-{len(parts)}")
        if len(parts) > 1 and self.tool in ("devmode", "framer") and r.random() < 0.4:
            self.f("multiline-value")  # the inspector prints one layer a line; a template literal keeps them
            return ",\n    ".join(parts)
        return (", " if self.tool != "tailwind" else ",").join(parts)

    def gradient(self) -> str:
        r = self.r
        t = self.tool
        c1, c2 = self.colour(token=False), self.colour(alpha=True, token=False)
        if t == "figma" and r.random() < 0.3:
            self.f("figma-radial")
            return f"radial-gradient(50% 50% at 50% 50%, {c1} 0%, {c2} 100%)"
        angle = {"sketch": r.choice(("-180deg", "-45deg", "-90deg", "0deg")),
                 "webflow": r.choice(("180deg", "90deg", "to bottom", "to right"))}.get(
            t, r.choice(("180deg", "90deg", "0deg", "135deg", f"{fmt(r.uniform(80, 200), 2)}deg")))
        self.f("gradient-" + ("to" if angle.startswith("to") else "angle"))
        if t == "webflow":
            return f"linear-gradient({angle}, {c1}, {c2})"
        sep = "," if t == "tailwind" else ", "
        stops = [f"{c1} {fmt(r.choice((0, 0, -10.5, 12.4)), 2)}%", f"{c2} 100%"]
        if r.random() < 0.3:
            stops.insert(1, f"{self.colour(token=False)} {fmt(r.uniform(30, 70), 2)}%")
            self.f("gradient-3-stops")
        return f"linear-gradient({angle}{sep}{sep.join(stops)})"

    def fill(self, css: list[tuple[str, str]]) -> None:
        r = self.r
        t = self.tool
        roll = r.random()
        key = {"sketch": "background-color", "penpot": "background-color", "webflow": "background-color",
               "tailwind": "background-color"}.get(t, "background")
        if roll < 0.45:
            css.append((key, self.colour()))
            self.f("fill-solid")
        elif roll < 0.6 and t in ("figma", "devmode"):
            # Figma stacks a solid fill over another as a gradient of one colour twice
            c = self.colour(alpha=True, token=False)
            stops = f"{c}, {c}" if t == "figma" else f"{c} 0%, {c} 100%"
            sep = ",\n    " if t == "devmode" and r.random() < 0.4 else ", "
            css.append(("background", f"linear-gradient(0deg, {stops}){sep}{self.colour()}"))
            self.f("fill-overlay")
        elif roll < 0.85:
            g = self.gradient()
            if t == "sketch" or t == "webflow":
                css.append(("background-image", g))
            else:
                css.append(("background", g))
            self.f("fill-gradient")
        elif roll < 0.92 and t == "tailwind":
            if r.random() < 0.3:
                css += [("--tw-bg-opacity", "1"), ("background-color", "rgb(255 255 255 / var(--tw-bg-opacity))")]
                self.f("L:rgb-space")
            else:
                css.append(("background-color", self.colour(alpha=True)))
                self.f("fill-solid")

    def stroke(self, css: list[tuple[str, str]]) -> None:
        r = self.r
        t = self.tool
        wid = r.choice((1, 1, 1, 2, 1.5)) if t != "figma" else r.choice((1, 2))
        colour = self.colour(alpha=r.random() < 0.5)
        style = "dashed" if r.random() < 0.1 else "solid"
        roll = r.random()
        if t == "penpot" or (t == "figma" and roll < 0.2):
            css += [("border-style", style), ("border-width", f"{fmt(wid)}px"), ("border-color", colour)]
            self.f("stroke-longhands")
        elif t == "devmode" and roll < 0.4:
            side = r.choice(("bottom", "top", "left", "right"))
            css.append((f"border-{side}", f"{fmt(wid)}px {style} {colour}"))
            self.f("stroke-side")
        elif t == "figma" and roll < 0.4:
            css += [("border-width", r.choice(("0px 0px 1px 0px", "1px 0px", "0px 0px 0px 4px"))),
                    ("border-style", "solid"), ("border-color", colour)]
            self.f("stroke-widths")
        else:
            css.append(("border", f"{fmt(wid)}px {style} {colour}"))
            self.f("stroke-shorthand")
        if t == "figma" and r.random() < 0.5:
            css.append(("box-sizing", "border-box"))

    def radius(self, css: list[tuple[str, str]], w: float, h: float) -> None:
        r = self.r
        roll = r.random()
        if roll < 0.5:
            v = self.length(r.choice((4, 8, 12, 16, 24)))
            if self.tool == "devmode" and r.random() < 0.4:
                v = f"var(--Radius-200, {v})"
                self.f("radius-token")
            css.append(("border-radius", v))
        elif roll < 0.75:
            a = self.px(r.choice((8, 12, 20)))
            zero = "0" if self.tool in ("sketch", "webflow", "tailwind") else "0px"
            css.append(("border-radius", r.choice((f"{a} {a} {zero} {zero}", f"{zero} {zero} {a} {a}",
                                                   f"{a} {zero}"))))
            self.f("radius-corners")
        else:
            css.append(("border-radius", r.choice(("9999px", "100px", "50%", self.px(min(w, h) / 2)))))
            self.f("radius-pill")

    def effects(self, css: list[tuple[str, str]]) -> None:
        r = self.r
        t = self.tool
        if r.random() < 0.45:
            if t == "tailwind" and r.random() < 0.5:
                # Tailwind's compiled shadow utility, pasted with its variables
                css += [("--tw-shadow", self.shadow()),
                        ("box-shadow", "var(--tw-ring-offset-shadow, 0 0 #0000), var(--tw-ring-shadow, 0 0 #0000), "
                                       "var(--tw-shadow)")]
                self.f("tw-compiled-shadow")
            else:
                css.append(("box-shadow", self.shadows()))
            self.f("box-shadow")
        if r.random() < 0.12:
            css.append(("filter", r.choice((f"blur({r.choice((2, 4, 8))}px)",
                                            f"drop-shadow({self.shadow()})"))))
            self.f("filter-" + css[-1][1].split("(")[0])
        if r.random() < 0.12:
            css.append(("backdrop-filter", f"blur({r.choice((4, 20, 40))}px)"))
            if t == "webflow":
                css.append(("-webkit-backdrop-filter", css[-1][1]))
            self.f("backdrop")
        if r.random() < 0.15:
            css.append(("opacity", r.choice(("0.8", "0.5", "0.64", "0.3"))))
            self.f("opacity")
        if r.random() < 0.06:
            css.append(("mix-blend-mode", r.choice(("multiply", "overlay", "screen"))))
            self.f("blend")

    def rotate(self, css: list[tuple[str, str]]) -> None:
        r = self.r
        roll = r.random()
        if roll < 0.08:
            css.append(("transform", r.choice(("matrix(-1, 0, 0, 1, 0, 0)", "matrix(1, 0, 0, -1, 0, 0)"))))
            self.f("L:matrix")
        elif roll < 0.4 and self.tool == "sketch":
            css.append(("transform", r.choice(("scaleX(-1)", "scaleY(-1)", "rotate(-180deg) scaleX(-1)",
                                               "rotate(90deg) scaleY(-1)"))))
            self.f("sketch-flip")
        elif roll < 0.12 and self.tool == "framer":
            css.append(("transform", "none"))
            self.f("L:transform-none")
        else:
            css.append(("transform", f"rotate({r.choice(('-90', '90', '-45', '180', fmt(r.uniform(-30, 30), 2)))}deg)"))
            self.f("rotate")
        if self.tool in ("framer", "webflow", "tailwind") and r.random() < 0.6:
            origin = {"framer": ("50% 50% 0px", "0% 0% 0px", "50% 0%"), "webflow": ("0% 50%", "50% 50%", "100% 0%"),
                      "tailwind": ("top left", "center", "bottom right", "0 0")}[self.tool]
            css.append(("transform-origin", r.choice(origin)))
            self.f("transform-origin")

    def place(self, css: list[tuple[str, str]], fw: float, fh: float, w: float, h: float) -> None:
        r = self.r
        x, y = r.uniform(-0.05 * w, max(fw - 0.8 * w, 1)), r.uniform(-0.05 * h, max(fh - 0.8 * h, 1))
        css.append(("position", "absolute"))
        if self.tool == "framer" and r.random() < 0.3:
            # Framer centres a layer on its parent with a percentage translate
            css += [("left", "50%"), ("top", r.choice(("50%", self.px(y)))), ("width", self.px(w)),
                    ("height", self.px(h)), ("transform", r.choice(("translate(-50%, -50%)", "translateX(-50%)")))]
            self.f("framer-centre")
            return
        if self.tool == "figma":
            css += [("width", self.px(w)), ("height", self.px(h)), ("left", self.px(x)), ("top", self.px(y))]
        else:
            css += [("left", self.px(x)), ("top", self.px(y)), ("width", self.px(w)), ("height", self.px(h))]
        self.f("absolute")

    # ---- layers ----

    def sized(self, fw: float, fh: float, w: float, h: float, flow: bool) -> list[tuple[str, str]]:
        """A layer's size, and its place in the frame unless it is in the flow."""
        css: list[tuple[str, str]] = []
        if not flow:
            self.place(css, fw, fh, w, h)
        else:
            css += [("width", self.px(w)), ("height", self.px(h))]
        return css

    def frame(self, fw: float, fh: float, depth: int, flow: bool) -> dict[str, Any]:
        r = self.r
        w, h = r.uniform(0.3, 0.85) * fw, r.uniform(0.25, 0.8) * fh
        css = self.sized(fw, fh, w, h, flow)
        auto = r.random() < 0.7
        if auto:
            if self.tool == "webflow":
                css += [("display", "-webkit-box"), ("display", "-webkit-flex"), ("display", "-ms-flexbox"),
                        ("-webkit-box-orient", "vertical"), ("-webkit-flex-direction", "column"),
                        ("-ms-flex-direction", "column"), ("-webkit-box-pack", "center"),
                        ("-webkit-justify-content", "center"), ("-ms-flex-pack", "center")]
                self.f("webflow-prefixed-flex")
            direction = r.choice(("row", "column"))
            css += [("display", "flex"), ("flex-direction", direction),
                    ("justify-content", r.choice(("center", "flex-start", "space-between", "flex-end"))),
                    ("align-items", r.choice(("center", "flex-start", "flex-end")))]
            pad = [self.length(r.choice((8, 12, 16, 24)) * self.scale) for _ in range(r.choice((1, 2, 4)))]
            if self.tool == "devmode" and r.random() < 0.3:
                pad = [f"var(--Space-400, {p})" for p in pad]
                self.f("L:var-padding")
            css.append(("padding", " ".join(pad)))
            gap = self.length(r.choice((4, 8, 10, 16)) * self.scale)
            css.append(("gap", f"var(--Space-200, {gap})" if self.tool == "devmode" and r.random() < 0.3 else gap))
            self.f("autolayout-" + direction)
        self.fill(css)
        if r.random() < 0.45:
            self.stroke(css)
        if r.random() < 0.7:
            self.radius(css, w, h)
        self.effects(css)
        if r.random() < 0.5:
            css.append(("overflow", "hidden"))
        if not auto:
            css.append(("display", "flex"))
        kids = []
        if depth > 0:
            for i in range(r.randint(1, 3) if auto else r.randint(0, 2)):
                kid = self.layer(w, h, depth - 1, flow=auto)
                if auto:
                    self.inside_auto(kid, i)
                kids.append(kid)
        self.f("layer-frame")
        return self.element("div", css, kids or None)

    def inside_auto(self, kid: dict[str, Any], order: int) -> None:
        """Figma's "Inside auto layout" block on each child, converted like the rest."""
        r = self.r
        extra: list[tuple[str, str]] = []
        if self.tool == "figma":
            extra += [("flex", "none"), ("order", str(order)), ("flex-grow", "0")]
            self.f("figma-flex-none")
        elif self.tool == "devmode":
            extra += r.choice(([("flex", "1 0 0")], [("flex-shrink", "0")], [("align-self", "stretch")]))
            self.f("devmode-" + extra[0][0])
        if r.random() < 0.2:
            extra.append(("align-self", "stretch"))
        style = kid["props"].setdefault("style", {})
        for k, v in self.convert(extra).items():
            style.setdefault(k, v)

    def text(self, fw: float, fh: float, flow: bool) -> dict[str, Any]:
        r = self.r
        t = self.tool
        size = r.choice((12, 14, 16, 18, 24, 32, 48)) * self.scale
        words = r.choice(WORDS)
        w = min(fw * r.uniform(0.4, 0.95), size * 0.55 * len(words) + 8)
        h = size * r.uniform(1.2, 2.8)
        css: list[tuple[str, str]] = []
        if not flow:
            self.place(css, fw, fh, w, h)
        family = r.choice(FAMILIES[t])
        weight = r.choice((300, 400, 400, 500, 600, 700, 800, 900))
        css += [("font-family", family), ("font-style", r.choice(("normal", "normal", "italic"))),
                ("font-weight", str(weight)), ("font-size", self.length(size))]
        if t == "webflow" and r.random() < 0.15:
            css.append(("font-size", f"clamp({fmt(size / 16 * 0.75, 3)}rem, 4vw, {fmt(size / 16, 3)}rem)"))
            self.f("clamp-font-size")  # fluid type: Satori ignores clamp(), the size above stays
        self.f(f"weight-{weight}")
        lh = r.random()
        if lh < 0.35:
            css.append(("line-height", f"{r.choice((100, 120, 140, 150))}%"))
            self.f("lh-pct")
        elif lh < 0.6:
            css.append(("line-height", self.length(size * r.choice((1.2, 1.375, 1.5)))))
            self.f("lh-px")
        elif lh < 0.75:
            css.append(("line-height", {"framer": "1.1em", "webflow": "1.1"}.get(t, "normal")))
            self.f("lh-other")
        if r.random() < 0.6:
            ls = {"figma": r.choice(("-0.02em", "0.01em", "-0.5px")), "devmode": f"{fmt(-size * 0.02, 2)}px",
                  "sketch": r.choice(("0", "-0.41px", "0.5px")), "penpot": "0px", "framer": "-0.04em",
                  "webflow": "-0.02em", "tailwind": "-0.025em"}[t]
            css.append(("letter-spacing", ls))
            self.f("letter-spacing")
        if t == "figma" and r.random() < 0.5:
            css += [("display", "flex"), ("align-items", "center")]  # legacy export on text layers
            self.f("figma-text-flex")
        if r.random() < 0.6:
            css.append(("text-align", r.choice(("center", "left", "right"))))
        if t == "penpot":
            css += [("text-decoration", "none"), ("text-transform", r.choice(("none", "uppercase")))]
            self.f("penpot-text-none")
        elif r.random() < 0.15:
            css.append(("text-transform", r.choice(("uppercase", "capitalize"))))
        css.append(("color", self.colour(alpha=r.random() < 0.2)))
        if t == "devmode":
            if r.random() < 0.5:
                css.append(("font-feature-settings", r.choice(("'liga' off, 'clig' off", "'ss01' on, 'cv11' on"))))
                self.f("font-features")
            if r.random() < 0.3:
                css += [("leading-trim", "both"), ("text-edge", "cap")]
                self.f("leading-trim")
            if r.random() < 0.15:
                css += [("text-decoration-line", "underline"), ("text-decoration-style", "solid"),
                        ("text-decoration-skip-ink", "none"), ("text-decoration-thickness", "auto"),
                        ("text-underline-offset", "auto"), ("text-underline-position", "from-font")]
                self.f("devmode-underline")
            if r.random() < 0.1:
                css += [("-webkit-text-stroke-width", "1px"), ("-webkit-text-stroke-color", self.colour(token=False))]
                self.f("text-stroke-longhands")
        if r.random() < 0.12:
            # CSS text shadows have no spread (Next refuses one): the exporters print three lengths
            css.append(("text-shadow", self.shadow(spread=False)))
            self.f("text-shadow")
        if r.random() < 0.15:
            words = " ".join(r.choice(WORDS) for _ in range(4))
            if t == "devmode" and r.random() < 0.6:
                css += [("display", "-webkit-box"), ("-webkit-box-orient", "vertical"),
                        ("-webkit-line-clamp", r.choice(("1", "2"))), ("overflow", "hidden"),
                        ("text-overflow", "ellipsis")]
                self.f("truncate-clamp")
            else:
                css += [("overflow", "hidden"), ("text-overflow", "ellipsis"), ("white-space", "nowrap")]
                self.f("truncate-ellipsis")
        if r.random() < 0.1:
            # a text layer with line breaks: JSX keeps the "\n", Figma's layer wraps it
            words = words + "\n" + r.choice(WORDS)
            if r.random() < 0.6:
                css.append(("white-space", "pre-wrap"))
                self.f("text-newline-pre-wrap")
            self.f("text-newline")
        if not flow and r.random() < (0.25 if t == "sketch" else 0.1):
            self.rotate(css)
        self.f("layer-text")
        return self.element("div", css, words)

    def image_uri(self) -> str:
        r = self.r
        n = r.choice((8, 12, 16))
        a, b = r.choice(SWATCHES), r.choice(SWATCHES)
        data = rgba_png(n, n, lambda x, y: (*(a if (x // 4 + y // 4) % 2 else b), 255))
        return "data:image/png;base64," + base64.b64encode(data).decode("ascii")

    def image(self, fw: float, fh: float, flow: bool) -> dict[str, Any]:
        r = self.r
        w, h = r.uniform(0.2, 0.5) * fw, r.uniform(0.2, 0.5) * fh
        css = self.sized(fw, fh, w, h, flow)
        if r.random() < 0.5:
            self.radius(css, w, h)
        uri = self.image_uri()
        roll = r.random()
        self.f("layer-image")
        if roll < 0.45:
            css.append(("object-fit", r.choice(("cover", "contain", "fill"))))
            self.f("img-tag")
            return self.element("img", css, None, src=uri)
        if roll < 0.9 or self.tool != "devmode":
            css += [("background-image", f"url({uri})"),
                    ("background-size", r.choice(("cover", "contain", "100% 100%"))),
                    ("background-position", r.choice(("center", "50%", "50% 50%"))),
                    ("background-repeat", "no-repeat")]
            self.f("img-background")
        else:
            css.append(("background", f"url({uri}) lightgray 50% / cover no-repeat"))
            self.f("L:background-url-layers")
        css.append(("display", "flex"))
        return self.element("div", css)

    def line(self, fw: float, fh: float, flow: bool) -> dict[str, Any]:
        r = self.r
        w = r.uniform(0.3, 0.9) * fw
        css: list[tuple[str, str]] = []
        if not flow:
            self.place(css, fw, fh, w, 0)
        else:
            css += [("width", self.px(w)), ("height", "0px")]
        css.append(("border", f"{r.choice((1, 1, 2))}px solid {self.colour(alpha=r.random() < 0.4)}"))
        if not flow and r.random() < 0.3:
            css.append(("transform", "rotate(90deg)" if r.random() < 0.5 else "rotate(-90deg)"))
            self.f("line-rotated")
        self.f("layer-line")
        return self.element("div", css)

    def ellipse(self, fw: float, fh: float, flow: bool) -> dict[str, Any]:
        r = self.r
        d = r.uniform(0.1, 0.4) * min(fw, fh)
        css: list[tuple[str, str]] = []
        if not flow:
            self.place(css, fw, fh, d, d)
        else:
            css += [("width", self.px(d)), ("height", self.px(d))]
        self.fill(css)
        css.append(("border-radius", r.choice(("50%", "9999px", self.px(d / 2)))))
        if r.random() < 0.3:
            self.stroke(css)
        if self.tool == "devmode" and r.random() < 0.4:
            css.append(("aspect-ratio", "1/1"))
            self.f("aspect-ratio")
        self.effects(css)
        self.f("layer-ellipse")
        return self.element("div", css)

    def layer(self, fw: float, fh: float, depth: int, flow: bool = False) -> dict[str, Any]:
        roll = self.r.random()
        if roll < 0.3 and depth > 0:
            return self.frame(fw, fh, depth, flow)
        if roll < 0.6:
            return self.text(fw, fh, flow)
        if roll < 0.75:
            return self.image(fw, fh, flow)
        if roll < 0.87:
            return self.ellipse(fw, fh, flow)
        return self.line(fw, fh, flow)

    # ---- CSS text -> a React style object ----

    def convert(self, css: list[tuple[str, str]]) -> dict[str, Any]:
        """The declarations as the document's converter writes them (a later duplicate key wins, as in a
        JavaScript object literal)."""
        r = self.r
        style: dict[str, Any] = {}
        for prop, value in css:
            if self.minified:
                value = re.sub(r"(?<![\d.])0\.(\d)", r".\1", value)
                if "." in value:
                    self.f("minified-decimals")
            key = camel(prop)
            if self.conv == "careless" and "-" in prop and not prop.startswith("-") and r.random() < 0.12:
                key = prop  # a key left as pasted
                self.f("key-kebab")
            out: Any = value
            number = re.fullmatch(r"-?\d+(\.\d+)?", value)
            single_px = re.fullmatch(r"(-?\d+(\.\d+)?)px", value)
            if self.conv in ("transform", "hand", "careless") and number and prop in UNITLESS:
                out = float(value) if "." in value else int(value)
            if self.conv == "hand" and single_px and prop in NUMBER_PX:
                text = single_px.group(1)
                out = float(text) if "." in text else int(text)
                self.f("px-as-number")
            if self.conv == "hand" and value == "0px":
                out = 0
            if self.conv == "careless" and prop == "line-height" and single_px and r.random() < 0.5:
                out = float(single_px.group(1))  # "22px" typed as 22: a multiple of the font size
                self.f("lh-px-as-multiple")
            if self.conv == "careless" and isinstance(out, str) and r.random() < 0.03:
                roll = r.random()
                out = out + ";" if roll < 0.4 else (f" {out} " if roll < 0.7 else out + " ")
                self.f("value-semicolon" if roll < 0.4 else "value-spaces")  # pasted with the line's ends
                if roll < 0.4 and (_listed_trailing(key)):
                    self.f(f"L:semicolon-{key}")  # Next reads it broken (spec/differences.md)
            elif self.important and isinstance(out, str) and prop in IMPORTANT and r.random() < 0.3 \
                    and not out.startswith(("url(", "hsl")):  # Next throws on those (listed)
                # Tailwind's `!` modifier and Webflow's embeds: `!important` kept, which a style object cannot mean
                out += " !important"
                self.f("important")
                if _listed_trailing(key):
                    self.f(f"L:important-{key}")
            style.pop(key, None)  # a later duplicate replaces the earlier one at its own place
            style[key] = out
        return style

    def element(self, tag: str, css: list[tuple[str, str]], children: Any = None, **props: Any) -> dict[str, Any]:
        return el(tag, self.convert(css), children, **props)

    def card(self) -> dict[str, Any]:
        r = self.r
        fw, fh = float(self.w), float(self.h)
        css: list[tuple[str, str]] = [("display", "flex"), ("position", "relative"), ("width", f"{self.w}px"),
                                      ("height", f"{self.h}px"), ("overflow", "hidden")]
        self.fill(css)
        if not any(k.startswith("background") for k, _ in css):
            css.append(("background", "#FFFFFF"))
        kids = [self.layer(fw, fh, 2) for _ in range(r.randint(1, 4))]
        return self.element("div", css, kids)


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` locates the fonts, which sit beside the image assets)."""
    r = random.Random(f"lunar-size-{seed}")
    w, h = r.choice(SMALL_CANVASES if small else CANVASES)
    g = _Lunar(seed, w, h)
    fonts_dir = f"{assets.rstrip('/')}/../fonts"
    picked = [FACES[0]] + [f for f in FACES[1:] if r.random() < 0.6]
    fonts = [{"name": name, "path": f"{fonts_dir}/{file}", "weight": weight, "style": style}
             for name, file, weight, style in picked]
    doc: dict[str, Any] = {"width": w, "height": h, "fonts": fonts, "element": g.card()}
    return Generated(seed, doc, tuple(sorted(g.features)))
