"""Third generator of random documents: cards written with the ``tw`` prop, as Tailwind authors write them.

Role: ``document(seed, assets, small) -> Generated``, the same contract as :mod:`.generate` and
:mod:`.wide`. The other two generators write CSS; real cards made with Next.js are as often written in
Tailwind classes, which reach Satori through twrnc and arrive as style combinations neither CSS
generator draws: ``flex-1`` (``1 1 0%``) in shrink-to-fit rows, fractional widths, theme line heights
and letter spacings with theme font sizes, ``truncate``, gradient stops, opacity modifiers
(``bg-blue-500/50``), borders with shadows. Each element gets a random handful of classes from a
table of groups (layout, spacing, colour, border, radius, shadow, size, position, opacity, text) and,
as authors add them, a few ``style`` declarations twrnc has no class for (gaps, gradients,
transforms, ellipsis); nested up to three levels, text leaves of words. Only classes twrnc knows are
drawn (an unknown class is a warning in both renderers, not a finding).

Found on first use (2026-12-04, seeds 0:200): text in a box Yoga lays out 0 px wide, which Satori
draws and pureog skipped (186 -> 199 of 200 after the fix). Imports only the standard library.
"""

from __future__ import annotations

import posixpath
import random
from typing import Any

from conformance.paintgen.generate import Generated

COLORS = ("slate", "gray", "zinc", "red", "orange", "amber", "yellow", "lime", "green", "emerald", "teal", "cyan",
          "sky", "blue", "indigo", "violet", "purple", "fuchsia", "pink", "rose")
SHADES = (50, 100, 200, 300, 400, 500, 600, 700, 800, 900)
SPACING = ("0", "0.5", "1", "1.5", "2", "3", "4", "5", "6", "8", "10", "12", "16", "20", "px")
WORDS = ("Ship", "faster", "with", "pureog", "Open", "Graph", "cards", "built", "in", "Python", "render", "PNG",
         "quickly", "2026", "release", "notes", "The", "quick", "brown", "fox", "jumps", "over", "lazy", "dog")
SIZES = ((600, 315), (400, 210), (500, 500), (300, 200))
SMALL_SIZES = ((200, 105), (160, 120), (150, 150))
FONT_SET = (("Geist", "Geist-Regular.ttf", 400), ("Geist", "Geist-Bold.ttf", 700), ("Geist", "Geist-Black.ttf", 900),
            ("Geist", "Geist-Light.ttf", 300))


class _Tw:
    """One card's random classes; ``features`` collects the class groups drawn."""

    def __init__(self, seed: int, assets: str) -> None:
        self.r = random.Random(seed)
        self.assets = assets.rstrip("/")
        self.features: set[str] = set()

    def pick(self, group: str, chance: float, options: tuple[str, ...]) -> list[str]:
        if self.r.random() >= chance:
            return []
        self.features.add(group)
        return [self.r.choice(options)]

    def color(self) -> str:
        return f"{self.r.choice(COLORS)}-{self.r.choice(SHADES)}"

    def box(self) -> list[str]:
        r = self.r
        c = ["flex"]
        c += self.pick("direction", 0.5, ("flex-row", "flex-col", "flex-col", "flex-row-reverse", "flex-col-reverse"))
        c += self.pick("align", 0.4, ("items-center", "items-start", "items-end", "items-stretch", "items-baseline"))
        c += self.pick("justify", 0.4, ("justify-center", "justify-between", "justify-start", "justify-end",
                                        "justify-around"))
        c += self.pick("flex", 0.3, ("flex-wrap", "flex-nowrap", "flex-1", "grow", "shrink-0", "flex-auto",
                                     "flex-none"))
        for _ in range(2):
            c += [f"{side}-{r.choice(SPACING)}" for side in self.pick("spacing", 0.45, (
                "p", "px", "py", "pt", "pl", "m", "mx", "my", "mt", "-mt", "ml", "-ml"))]
        if r.random() < 0.5:
            self.features.add("bg")
            c.append(f"bg-{self.color()}" + (f"/{r.choice((10, 20, 50, 75, 90))}" if r.random() < 0.2 else ""))
        c += self.pick("radius", 0.3, ("rounded", "rounded-md", "rounded-lg", "rounded-xl", "rounded-2xl",
                                       "rounded-full", "rounded-t-lg", "rounded-none"))
        if r.random() < 0.25:
            self.features.add("border")
            c += [r.choice(("border", "border-2", "border-4", "border-t", "border-b-2", "border-l-4")),
                  f"border-{self.color()}"]
            if r.random() < 0.2:
                c.append(r.choice(("border-dashed", "border-solid")))
        c += self.pick("shadow", 0.2, ("shadow", "shadow-sm", "shadow-md", "shadow-lg", "shadow-xl", "shadow-2xl",
                                       "shadow-inner"))
        c += self.pick("width", 0.3, ("w-full", "w-1/2", "w-1/3", "w-2/3", "w-16", "w-24", "w-32", "w-48", "w-auto",
                                      "w-20"))
        c += self.pick("height", 0.25, ("h-full", "h-1/2", "h-16", "h-24", "h-32", "h-8", "h-auto"))
        c += self.pick("opacity", 0.1, ("opacity-50", "opacity-75", "opacity-90", "opacity-25"))
        if r.random() < 0.08:
            self.features.add("absolute")
            c += ["absolute", r.choice(("top-0", "inset-0", "right-4", "bottom-2", "left-1/2", "top-1/2"))]
        c += self.pick("overflow", 0.1, ("overflow-hidden", "relative"))
        return c

    def text(self) -> list[str]:
        r = self.r
        self.features.add("text")
        c = [r.choice(("text-xs", "text-sm", "text-base", "text-lg", "text-xl", "text-2xl", "text-3xl", "text-4xl",
                       "text-5xl", "text-6xl"))]
        c += self.pick("weight", 0.6, ("font-bold", "font-semibold", "font-medium", "font-normal", "font-light",
                                       "font-black", "font-extrabold"))
        if r.random() < 0.6:
            c.append(f"text-{self.color()}" if r.random() < 0.8 else r.choice(("text-white", "text-black")))
        c += self.pick("tracking", 0.3, ("tracking-tight", "tracking-tighter", "tracking-wide", "tracking-widest",
                                         "tracking-normal"))
        c += self.pick("leading", 0.3, ("leading-none", "leading-tight", "leading-snug", "leading-normal",
                                        "leading-relaxed", "leading-loose", "leading-6", "leading-8"))
        c += self.pick("text-style", 0.2, ("uppercase", "lowercase", "capitalize", "italic", "underline",
                                           "line-through", "not-italic", "no-underline"))
        c += self.pick("text-align", 0.15, ("text-center", "text-right", "text-left"))
        return c

    def words(self) -> str:
        return " ".join(self.r.choice(WORDS) for _ in range(self.r.randint(1, 9)))

    def style(self, leaf: bool) -> dict[str, Any]:
        """What twrnc has no class for, written in ``style`` beside ``tw`` as authors do."""
        r = self.r
        style: dict[str, Any] = {}
        if r.random() < 0.15:
            self.features.add("style-gap")
            style["gap"] = r.choice((4, 8, 12, "0.5rem", "1rem 0.25rem"))
        if r.random() < 0.12:
            self.features.add("style-gradient")
            a, b = (f"#{r.randrange(0x1000000):06x}" for _ in range(2))
            style["backgroundImage"] = r.choice((f"linear-gradient(to right, {a}, {b})",
                                                 f"linear-gradient(135deg, {a}, {b})",
                                                 f"radial-gradient(circle at top left, {a}, {b})"))
        if r.random() < 0.06:
            self.features.add("style-transform")
            style["transform"] = r.choice(("rotate(3deg)", "rotate(-6deg)", "scale(0.9)", "translateX(8px)",
                                           "skewX(6deg)"))
        if leaf and r.random() < 0.1:
            self.features.add("style-nowrap")
            style.update({"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis"})
        return style

    def image(self) -> dict[str, Any]:
        """An avatar or photo as card authors add them: sized by classes or props, often rounded."""
        r = self.r
        self.features.add("img")
        name = r.choice(("avatar.png", "photo.jpg", "photo.png", "logo.svg"))
        classes = [r.choice(("w-12 h-12", "w-16 h-16", "w-24 h-24", "w-32 h-20", "w-full h-24")),
                   r.choice(("rounded-full", "rounded-lg", "rounded-none", "rounded-xl"))]
        classes += self.pick("border", 0.3, ("border-2 border-white", "border-4 border-gray-200"))
        props: dict[str, Any] = {"src": f"{self.assets}/{name}", "tw": " ".join(classes)}
        if r.random() < 0.4:
            self.features.add("object-fit")
            props["style"] = {"objectFit": r.choice(("cover", "contain", "fill"))}
        return {"type": "img", "props": props}

    def node(self, depth: int) -> dict[str, Any]:
        if depth >= 2 and self.r.random() < 0.12:
            return self.image()
        leaf = depth >= 3 or self.r.random() < 0.3
        props: dict[str, Any] = {"tw": " ".join(self.box() + (self.text() if leaf else []))}
        style = self.style(leaf)
        if style:
            props["style"] = style
        props["children"] = self.words() if leaf else [self.node(depth + 1) for _ in range(self.r.randint(1, 4))]
        return {"type": "div", "props": props}


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The random tw card of ``seed`` (``assets`` locates the fonts directory beside it)."""
    g = _Tw(seed, assets)
    fonts_dir = posixpath.join(posixpath.dirname(assets.rstrip("/")), "fonts")
    w, h = g.r.choice(SMALL_SIZES if small else SIZES)
    root_classes = ["flex", "w-full", "h-full", *g.box()]
    children = [g.node(1) for _ in range(g.r.randint(1, 3))]
    fonts = [{"name": name, "path": f"{fonts_dir}/{file}", "weight": weight, "style": "normal"}
             for name, file, weight in FONT_SET]
    root = {"type": "div", "props": {"tw": " ".join(root_classes), "style": {"fontFamily": "Geist"},
                                     "children": children}}
    return Generated(seed, {"width": w, "height": h, "fonts": fonts, "element": root}, tuple(sorted(g.features)))


__all__ = ["document"]
