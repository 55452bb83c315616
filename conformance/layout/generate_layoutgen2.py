"""Third, independently designed generator of random layout trees (Yoga-gentest style, card spellings).

Role: the first two generators (:mod:`conformance.layout.generate`, :mod:`conformance.layout.generate_wide`)
build shallow trees (depth <= 5, <= 30 elements) on a handful of canvases, and draw each property
from a curated list of "reasonable" values. Their corpus passes in full while trees from other hands
did not, so this one is built to go where they do not:

- every property of a box is drawn *independently* from a table of edge values, the way Yoga's
  gentest fixtures are written: 0, negatives, fractions (33.333px, 0.5px), huge values (10000px),
  ``%`` (incl. over 100 %), ``auto``, ``content``; several sizing properties at once on one box
  (width with min and max, left *and* right *and* width, all four insets);
- the spellings cards use: ``'10px'`` and ``10``, ``flex: '1 1 0%'``, ``flex: '1 0 auto'``,
  ``margin: '0 auto'``, ``padding: '10px 20px 5px'``, ``inset``, ``borderWidth`` + ``borderStyle``,
  ``minWidth: 0``, ``maxWidth: '100%'``, ``width: '100%'`` in auto-sized parents, ``flexBasis:
  'content'``, ``display: none`` siblings, ``overflow: hidden`` with min sizes;
- three tree shapes: *chains* 6-10 levels deep, *wide* rows/columns of 30-60 children (usually
  wrapping), and *cards* (header / body / footer rows of text, icons, images and badges);
- text leaves of real sentences with fontSize / lineHeight / letterSpacing / whiteSpace / wordBreak /
  textAlign, text next to elements; ``<img>`` with only a width or only a height (the natural ratio
  gives the other), ``<svg>`` with a ``viewBox`` and no size, or one size;
- the canvas: any size from 1 to 4000 px (odd ones included), besides the usual 1200x630.

Input -> output: a seed -> cases ``{"id", "width", "height", "element"}``; with ``--out`` they are laid
out by the real Satori (``satori_boxes.mjs``) and written as a corpus file exactly like the other
generators (same format, same checker, :mod:`conformance.layout.check`). With ``--compare`` the
trees are laid out by Satori and by pureog and the mismatches are printed, grouped by the first
differing property (nothing is written). Dev tool: the standard library, its sibling generator's
Satori runner, and (for ``--compare`` only) :mod:`pureog` through :mod:`conformance.layout.check`.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen2 --seed 1 --count 3 --print
    python -m conformance.layout.generate_layoutgen2 --seed 1 --count 200 --compare
    python -m conformance.layout.generate_layoutgen2 --seed 1 --count 200 --out /tmp/lg2-1.json
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from conformance.layout.generate import TreeGenerator, corpus_builder, lay_out, run_cli

GENERATOR = "layoutgen2"
GENERATOR_VERSION = 1

# --- value tables (edge values, gentest style; every entry is a spelling some author writes) ---

_SIZE = (0, 1, 10, "10px", 33.333, "33.333px", 50, "50.5px", 100, "100px", 150, 200, 300, 10000, "0px",
         "50%", "100%", "33.333%", "25%", "0%", "150%", "auto", "auto", -10)
_MIN = (0, "0", "0px", 10, 50, "50px", 100, 250, "50%", "100%", "auto", 33.333)
_MAX = ("100%", "50%", 0, 10, 50, "80px", 120, 200, 1000, "none", 33.333, "33.333%")
_SPACE = (0, 1, 4, "4px", 5.5, 8, 10, "10px", 16, 20, 24, 33.333, 48, -4, -10, "-10px", "5%", "10%", "33.333%",
          "0.5px", 100)
_SPACE_SHORT = ("0 auto", "auto", "10px 20px", "10px 20px 5px", "10px 20px 5px 1px", "0", "-10px 0", "5% 10px",
                "auto 0", "1px 2px 3px", "0 0 0 auto", "auto auto 0", "24px 48px", "2px 4px 6px 8px")
_PAD_SHORT = ("10px 20px", "10px 20px 5px", "10px 20px 5px 1px", "0", "5% 10px", "1px 2px 3px", "24px 48px",
              "2px 4px 6px 8px", "0 16px", "12px")
_INSET = (0, "0", 10, "10px", -10, 33.333, "50%", "100%", "-25%", "auto", 1000, "0.5px", "10%")
_INSET_SHORT = ("0", "10px", "10px 20px", "0 0 auto 0", "5% 10px 15px", "-5px", "10% auto")
_FLEX = (1, 0, 2, "1", "1 1 0%", "1 0 auto", "0 0 auto", "1 1 auto", "none", "auto", "0 1 auto", "1 1 0px",
         "2 2 50%", "0 0 100px", "1 100px", "0.5", "3 1 0")
_GROW = (0, 1, 2, 0.5, 10, 0.333, 1000)
_SHRINK = (0, 1, 2, 0.5, 10, 0.001)
_BASIS = ("auto", "content", 0, "0%", "0px", 10, "50px", 100, "50%", "100%", 33.333, "33.333%", 1000)
_DIRECTION = ("row", "column", "row-reverse", "column-reverse")
_WRAP = ("wrap", "nowrap", "wrap-reverse")
# Only the keywords Satori 0.29 accepts (it refuses the whole tree on start / end / left / self-start ...).
_JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around")
_ALIGN = ("stretch", "flex-start", "flex-end", "center", "baseline", "normal")
_ALIGN_CONTENT = ("stretch", "flex-start", "flex-end", "center", "space-between", "space-around", "normal")
_GAP = (0, 4, "8px", 10, 12.5, 33.333, "5%", "10px 20px", "2px 4px", "50%")
_BORDER = ("1px solid", "2px solid red", "1px solid #eee", "0.5px solid", "4px dashed", "3px solid rgba(0,0,0,.1)",
           "none", "10px solid")
_BORDER_WIDTH = (1, "1px", 2, "2px 4px", "1px 2px 3px", "1px 2px 3px 4px", 0.5, 10, 0)
_ASPECT = ("16 / 9", "1 / 1", "2 / 1", "1/2", "4 / 3")
_FONT_SIZE = (7, 11.5, 12, 14, 16, "16px", 18, 20, 24, 32, 48, 64, 72, "1.5em", "2em", "0.75em", "1rem")
_INNER_FONT_SIZE = (7, 12, 16, "1.5em", "0.75em", 24)  # small enough for a breaking box (see text())
_LINE_HEIGHT = (1, 1.1, "1.4", 1.5, "28px", 20, "normal", "120%", "1.2em", 0)
_LETTER = (0, 0.5, -0.5, "1px", "-0.02em", "0.1em", "-1px", 2)
_WHITE_SPACE = ("normal", "nowrap", "pre", "pre-wrap", "pre-line")
_WORD_BREAK = ("normal", "break-all", "keep-all", "break-word")
_TEXT_ALIGN = ("left", "center", "right", "justify", "start", "end")
_SENTENCES = (
    "The quick brown fox jumps over the lazy dog",
    "Introducing the new dashboard",
    "How we cut our build times in half with incremental caching",
    "Open Graph images, rendered in Python",
    "Hello, world!",
    "December 5, 2026 · 8 min read",
    "acme/rocket-launcher",
    "Pricing",
    "Sign up for free",
    "A very long word: Donaudampfschifffahrtsgesellschaftskapitän",
    "1,234 stars",
    "v2.0.1",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor",
    "Q&A — what's next?",
    "   leading and trailing spaces   ",
    "line one\nline two\n\nline four",
)
_CANVAS_USUAL = ((1200, 630), (1200, 600), (800, 418), (1080, 1080), (600, 315), (400, 200))

# Data-URI images with natural sizes: a 96x96 PNG, an 8x4 PNG, a 3x6 PNG, a 40x20 SVG.
_IMAGES = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEklEQVR4nGP4z8CAFWEXJUsCAFpeH+EeQoQoAA"
    "AAAElFTkSuQmCC",
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAAGCAIAAACJh7NbAAAAD0lEQVR4nGNgYPgPQ6SyAAhQEe+mAnSXAAAAAE"
    "lFTkSuQmCC",
    "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0MCIgaGVpZ2h0PSIyMC"
    "I+PHJlY3Qgd2lkdGg9IjQwIiBoZWlnaHQ9IjIwIiBmaWxsPSJncmVlbiIvPjwvc3ZnPg==",
)
_VIEWBOX = ("0 0 24 24", "0 0 16 16", "0 0 100 50", "0 0 1 2", "-10 -10 20 20", "0 0 48 24")
_SVG_SIZE = (None, None, 16, 24, "32", "2em", "100%", "50%", 48.5)


class GentestGenerator(TreeGenerator):
    """Random trees from one seeded ``random.Random`` (same seed, same trees, on every platform); the
    seeding and the ``chance``/``pick`` draws are the base generator's, every value and tree builder is
    this one's own."""

    def __init__(self, seed: int) -> None:
        super().__init__(f"layoutgen2-{seed}")

    # --- independent properties ---

    def sizes(self, style: dict[str, Any], p: float) -> None:
        """Width/height with min/max, each drawn on its own (several at once on one box is the point)."""
        for prop in ("width", "height"):
            if self.chance(p):
                style[prop] = self.pick(_SIZE)
        for prop in ("minWidth", "minHeight"):
            if self.chance(p / 3):
                style[prop] = self.pick(_MIN)
        for prop in ("maxWidth", "maxHeight"):
            if self.chance(p / 3):
                style[prop] = self.pick(_MAX)
        if self.chance(0.04):
            style["aspectRatio"] = self.pick(_ASPECT)

    def spacing(self, style: dict[str, Any], is_root: bool) -> None:
        if self.chance(0.25):
            style["margin"] = self.pick(_SPACE_SHORT) if self.chance(0.6) else self.pick(_SPACE)
        for side in ("Top", "Right", "Bottom", "Left"):
            if self.chance(0.1):
                style["margin" + side] = "auto" if not is_root and self.chance(0.2) else self.pick(_SPACE)
        if self.chance(0.25):
            style["padding"] = self.pick(_PAD_SHORT) if self.chance(0.6) else abs_space(self.pick(_SPACE))
        for side in ("Top", "Right", "Bottom", "Left"):
            if self.chance(0.1):
                style["padding" + side] = abs_space(self.pick(_SPACE))
        roll = self.rng.random()
        if roll < 0.1:
            style["border"] = self.pick(_BORDER)
        elif roll < 0.18:
            style["borderWidth"] = self.pick(_BORDER_WIDTH)
            if self.chance(0.7):
                style["borderStyle"] = self.pick(("solid", "dashed", "solid"))
        elif roll < 0.22:
            side = self.pick(("Top", "Right", "Bottom", "Left"))
            style[f"border{side}"] = self.pick(_BORDER)
        if self.chance(0.06):
            style["boxSizing"] = self.pick(("content-box", "border-box"))

    def flexing(self, style: dict[str, Any]) -> None:
        if self.chance(0.25):
            style["flex"] = self.pick(_FLEX)
        if self.chance(0.15):
            style["flexGrow"] = self.pick(_GROW)
        if self.chance(0.15):
            style["flexShrink"] = self.pick(_SHRINK)
        if self.chance(0.15):
            style["flexBasis"] = self.pick(_BASIS)
        if self.chance(0.15):
            style["alignSelf"] = self.pick(_ALIGN)

    def positioning(self, style: dict[str, Any]) -> None:
        roll = self.rng.random()
        if roll < 0.12:
            style["position"] = "absolute"
            shape = self.rng.randrange(5)
            if shape == 0:  # all four insets
                for side in ("top", "right", "bottom", "left"):
                    style[side] = self.pick(_INSET)
            elif shape == 1:  # a width and both horizontal insets
                style["left"], style["right"] = self.pick(_INSET), self.pick(_INSET)
                style["width"] = self.pick(_SIZE)
            elif shape == 2:
                style["inset"] = self.pick(_INSET_SHORT)
            elif shape == 3:  # a corner
                style[self.pick(("top", "bottom"))] = self.pick(_INSET)
                style[self.pick(("left", "right"))] = self.pick(_INSET)
            # shape 4: no inset (static position)
        elif roll < 0.2:
            style["position"] = "relative"
            for side in ("top", "right", "bottom", "left"):
                if self.chance(0.3):
                    style[side] = self.pick(_INSET)

    def container(self, style: dict[str, Any]) -> None:
        if self.chance(0.6):
            style["flexDirection"] = self.pick(_DIRECTION)
        if self.chance(0.3):
            style["flexWrap"] = self.pick(_WRAP)
        if self.chance(0.4):
            style["justifyContent"] = self.pick(_JUSTIFY)
        if self.chance(0.4):
            style["alignItems"] = self.pick(_ALIGN)
        if self.chance(0.2):
            style["alignContent"] = self.pick(_ALIGN_CONTENT)
        if self.chance(0.2):
            style[self.pick(("gap", "rowGap", "columnGap"))] = self.pick(_GAP)
        if self.chance(0.08):
            style["overflow"] = "hidden"
        if self.chance(0.1):
            style["fontSize"] = self.pick(_FONT_SIZE)

    def box_style(self, is_root: bool = False, size_p: float = 0.35) -> dict[str, Any]:
        style: dict[str, Any] = {}
        if not is_root:
            self.flexing(style)
            self.positioning(style)
        self.sizes(style, size_p)
        self.spacing(style, is_root)
        if not is_root and self.chance(0.04):
            style["display"] = "none"
        return style

    # --- leaves ---

    def text(self) -> dict[str, Any]:
        style = self.box_style(size_p=0.2)
        style["fontSize"] = self.pick(_FONT_SIZE)
        if self.chance(0.4):
            style["lineHeight"] = self.pick(_LINE_HEIGHT)
        if self.chance(0.3):
            style["letterSpacing"] = self.pick(_LETTER)
        if self.chance(0.3):
            style["whiteSpace"] = self.pick(_WHITE_SPACE)
        if self.chance(0.2):
            style["wordBreak"] = self.pick(_WORD_BREAK)
        if self.chance(0.25):
            style["textAlign"] = self.pick(_TEXT_ALIGN)
        if self.chance(0.08):
            style.update(overflow="hidden", textOverflow="ellipsis", whiteSpace="nowrap")
        if style.get("wordBreak") in ("break-all", "break-word"):
            # Satori never returns when a breaking box is narrower than one glyph: keep such boxes wide
            # (a content box of at least 150 px, glyphs of at most 32 px).
            for key in [k for k in style if k.startswith(("padding", "border", "flex", "max"))]:
                del style[key]
            style.update(width=200, minWidth=200, flexShrink=0, fontSize=self.pick((12, 16, 24, 32)),
                         boxSizing="content-box")
            text = self.pick(_SENTENCES)
            return {"type": "div", "props": {"style": style, "children": text}}
        text = self.pick(_SENTENCES)
        if self.chance(0.2):
            text = " ".join(text.split()[: self.rng.randint(1, 3)])
        children: Any = text
        if self.chance(0.15):
            style.setdefault("display", "flex")
            inner = {"type": "span", "props": {"style": {"fontWeight": 700, "fontSize": self.pick(_INNER_FONT_SIZE)},
                                                "children": self.pick(_SENTENCES).split()[0]}}
            children = [text, inner] if self.chance(0.5) else [inner, text]
        return {"type": self.pick(("div", "div", "span", "p", "h1")), "props": {"style": style, "children": children}}

    def image(self) -> dict[str, Any]:
        props: dict[str, Any] = {"src": self.pick(_IMAGES)}
        style = self.box_style(size_p=0.0)
        shape = self.rng.randrange(5)
        if shape == 0:
            props["width"] = self.pick((24, 48, "64", 100, 33.333))
        elif shape == 1:
            props["height"] = self.pick((24, 48, "64", 100, 33.333))
        elif shape == 2:
            style["width"] = self.pick(_SIZE)
        elif shape == 3:
            style["height"] = self.pick(_SIZE)
        else:
            props["width"], props["height"] = self.pick((24, 64)), self.pick((24, 64))
            if self.chance(0.5):
                style["maxWidth"] = self.pick(_MAX)
        props["style"] = style
        return {"type": "img", "props": props}

    def svg(self) -> dict[str, Any]:
        props: dict[str, Any] = {"viewBox": self.pick(_VIEWBOX)}
        for prop in ("width", "height"):
            value = self.pick(_SVG_SIZE)
            if value is not None:
                props[prop] = value
        style = self.box_style(size_p=0.1)
        if style:
            props["style"] = style
        props["children"] = {"type": "path", "props": {"d": "M0 0L10 10", "stroke": "black"}}
        return {"type": "svg", "props": props}

    def block(self) -> dict[str, Any]:
        style = self.box_style(size_p=0.6)
        if self.chance(0.15):
            style["backgroundColor"] = "#0af"
        return {"type": "div", "props": {"style": style}}

    def leaf(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            return self.text()
        if roll < 0.45:
            return self.image()
        if roll < 0.55:
            return self.svg()
        return self.block()

    # --- tree shapes ---

    def node(self, depth: int, max_depth: int, fan: tuple[int, int], is_root: bool = False) -> dict[str, Any]:
        self.budget -= 1
        if not is_root and (depth >= max_depth or self.budget <= 0 or self.chance(0.25)):
            return self.leaf()
        style = self.box_style(is_root)
        style["display"] = "flex"
        self.container(style)
        children = [self.node(depth + 1, max_depth, fan) for _ in range(self.rng.randint(*fan)) if self.budget > 0]
        return {"type": "div", "props": {"style": style, "children": children}}

    def chain(self) -> dict[str, Any]:
        """6-10 levels, 1-3 children each."""
        self.budget = 40
        return self.node(1, self.rng.randint(6, 10), (1, 3), is_root=True)

    def wide(self) -> dict[str, Any]:
        """A row or column of 30-60 children, usually wrapping, sometimes nested one level."""
        self.budget = 90
        style = self.box_style(True)
        style["display"] = "flex"
        self.container(style)
        if self.chance(0.75):
            style["flexWrap"] = self.pick(("wrap", "wrap", "wrap-reverse"))
        children = [self.node(2, 3, (1, 3)) for _ in range(self.rng.randint(30, 60))]
        return {"type": "div", "props": {"style": style, "children": children}}

    def card(self) -> dict[str, Any]:
        """A card: a root filling the canvas, a header row (icon, title), a body, a footer row."""
        self.budget = 40
        root = self.box_style(True)
        root.update(display="flex", flexDirection="column")
        if self.chance(0.7):
            root.update(width="100%", height="100%")
        self.container(root)
        root["flexDirection"] = self.pick(("column", "column", "row"))
        rows = []
        for _ in range(self.rng.randint(2, 4)):
            style = self.box_style(size_p=0.15)
            style["display"] = "flex"
            self.container(style)
            kids = [self.leaf() if self.chance(0.7) else self.node(3, 5, (1, 3)) for _ in range(self.rng.randint(1, 5))]
            if self.chance(0.2):
                kids.insert(self.rng.randrange(len(kids) + 1), {"type": "div", "props": {"style": {"display": "none"}}})
            rows.append({"type": "div", "props": {"style": style, "children": kids}})
        return {"type": "div", "props": {"style": root, "children": rows}}

    def canvas(self) -> tuple[int, int]:
        roll = self.rng.random()
        if roll < 0.4:
            return self.pick(_CANVAS_USUAL)
        if roll < 0.5:
            return self.rng.randint(1, 40), self.rng.randint(1, 40)
        return self.rng.randint(1, 4000), self.rng.randint(1, 2000)

    def case(self, case_id: str) -> dict[str, Any]:
        shape = self.pick((self.chain, self.wide, self.card, self.card, self.chain))
        width, height = self.canvas()
        return {"id": case_id, "width": width, "height": height, "element": shape()}


def abs_space(value: Any) -> Any:
    """A padding from the spacing table (paddings cannot be negative)."""
    if isinstance(value, str):
        return value.lstrip("-")
    return abs(value)


def generate(seed: int, count: int, prefix: str) -> list[dict[str, Any]]:
    gen = GentestGenerator(seed)
    return [gen.case(f"{prefix}-{i:04d}") for i in range(count)]


def compare(cases: list[dict[str, Any]]) -> int:
    """Lay the cases out with Satori and pureog; print the mismatches grouped by their first difference."""
    from conformance.layout.check import compare as compare_one  # noqa: PLC0415  (imports pureog)

    kept, refused, degenerate = lay_out(cases)
    classes: Counter[str] = Counter()
    for case in kept:
        problem = compare_one(case).problem
        if problem is None:
            continue
        kind = problem.split(":")[0] if "pureog" in problem else problem.split(")")[0].split("(")[-1]
        classes[kind] += 1
        print(f"{case['id']}: {problem}")
    bad = sum(classes.values())
    print(f"{len(kept)} compared ({refused} refused by Satori, {degenerate} degenerate): "
          f"{len(kept) - bad} match ({100 * (len(kept) - bad) / max(1, len(kept)):.1f} %); "
          f"by first difference: {dict(classes)}")
    return 0


build_corpus = corpus_builder(GENERATOR, GENERATOR_VERSION, generate)


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__.split("\n\n")[0], generate, build_corpus, default_count=200, prefix_letter="g",
                   compare=compare)


if __name__ == "__main__":
    raise SystemExit(main())
