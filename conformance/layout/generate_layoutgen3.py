"""Fifth generator of random layout trees: values spelled as authors type them, trees shaped as nobody plans.

Role: the other generators (:mod:`conformance.layout.generate`, :mod:`~conformance.layout.generate_wide`,
:mod:`~conformance.layout.generate_layoutgen2`, :mod:`~conformance.layout.generate_cards`) pass in full
while trees from other hands did not: they share pureog's blind spots. Read side by side, none of them
ever produces

- lengths in the units authors mix freely: ``pt``/``pc``/``in``/``cm``/``mm``/``Q``, ``vmin``/``vmax``,
  ``calc()`` and ``min()``/``max()``/``clamp()``, numbers as strings (``"12"``, ``".5"``, ``"1e1px"``,
  ``"+4px"``), upper-case units (``"12PX"``), values with spaces around them, ``em`` chains where a
  font size itself is in ``em``/``%``/``rem``/``vw`` several levels down;
- keywords in length places: ``fit-content``/``min-content``/``max-content``, ``inherit``/``initial``/
  ``unset``, ``thin``/``medium``/``thick`` border widths, ``none`` and ``auto`` where they mean nothing;
- ``order``, ``flex`` shorthands of two values (``"1 1"``, ``"2 auto"``, ``"1 30%"``) and with ``calc``,
  ``flexFlow``, ``gap`` of two values in mixed units, ``placeContent``/``placeItems``-free centring by
  ``margin: auto`` on absolute boxes, ``inset`` of 1-4 values with ``auto`` and ``%``;
- children as React hands them over: ``null``/``false``/``true``/``""`` holes, numbers, nested arrays,
  runs of several strings, strings next to elements (in flex and in non-flex parents);
- degenerate sizes: 0.01 px, 1e-3 %, negative widths, paddings and borders larger than the box,
  ``minWidth`` above ``maxWidth`` in every unit pairing, ``aspectRatio`` as a number, a fraction
  string, ``auto``, with min/max sizes, on text, on absolute boxes;
- trees 20-45 levels deep (one or two children each), rows of 80-160 children, baseline rows of texts
  in many font sizes and line heights, ``<img>`` sized only by its attributes (strings, px strings,
  percentages) inside auto-sized parents.

Input -> output: a seed -> cases ``{"id", "width", "height", "element"}``; ``--out`` lays them out with the
real Satori (``satori_boxes.mjs``) and writes a corpus file in the shared format (checked by
:mod:`conformance.layout.check`); ``--compare`` lays fresh trees out with Satori and pureog and prints
the mismatches grouped by first difference. Dev tool: the standard library, the sibling generators'
Satori runner, and (for ``--compare`` only) :mod:`pureog` through :mod:`conformance.layout.check`.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen3 --seed 1 --count 3 --print
    python -m conformance.layout.generate_layoutgen3 --seed 1 --count 500 --compare
    python -m conformance.layout.generate_layoutgen3 --seed 1 --count 500 --out /tmp/lg3-1.json
"""

from __future__ import annotations

from typing import Any

from conformance.layout.generate import TreeGenerator, corpus_builder, run_cli
from conformance.layout.generate_layoutgen2 import compare

GENERATOR = "layoutgen3"
GENERATOR_VERSION = 1

# --- spellings ---

_UNITS = ("px", "px", "px", "", "em", "rem", "%", "%", "vw", "vh", "vmin", "vmax", "pt", "pc", "in", "cm", "mm",
          "PX", "Em")
_UNIT_SCALE = {"px": 1, "": 1, "em": 1 / 16, "rem": 1 / 16, "%": 1 / 4, "vw": 1 / 12, "vh": 1 / 6, "vmin": 1 / 6,
               "vmax": 1 / 12, "pt": 0.75, "pc": 1 / 16, "in": 1 / 96, "cm": 1 / 38, "mm": 1 / 3.8, "PX": 1,
               "Em": 1 / 16}
_PX_MAGNITUDE = (0, 0.01, 0.5, 1, 2, 3.5, 7, 12, 16, 24, 33.333, 48, 64, 100, 150, 240, 400, 1200)
_KEYWORD = ("auto", "fit-content", "min-content", "max-content", "inherit", "initial", "unset", "none", "0")
_CALC = ("calc(100% - 20px)", "calc(50% + 1em)", "calc(10px * 3)", "calc(100vw / 4)", "calc(1.5 * 16px)",
         "min(100px, 50%)", "max(20px, 10%)", "clamp(10px, 5vw, 80px)", "calc(100% - 2 * 12px)", "calc(33.3%)")
_ODD = (".5em", "1e1px", "+4px", "  12px ", "12 px", "0.0", "-0", "10px !important", "5e-1rem", "\t8px", "1.px")
# Satori refuses width keywords and other styles in a border shorthand (css-to-react-native).
_BORDER_STYLE = ("solid", "dashed")
_BORDER_STYLE_ALONE = ("solid", "dashed", "dotted", "double", "none", "hidden", "groove")
_FLEX = (1, 2, 0, -1, 0.5, "1", "1 1", "2 auto", "1 30%", "1 1 0%", "0 0 auto", "1 0 0", "auto", "none",
         "3 2 10em", "0 1 100px", "1 0px", "2 2", "0 0 50%", "1 1 auto")
_FLEX_FLOW = ("row wrap", "column wrap-reverse", "wrap", "row-reverse", "column nowrap", "wrap-reverse column-reverse")
_DIRECTION = ("row", "column", "row-reverse", "column-reverse")
_JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around", "flex-start", "center")
_ALIGN = ("stretch", "flex-start", "flex-end", "center", "baseline", "baseline", "normal")
_ALIGN_CONTENT = ("stretch", "flex-start", "flex-end", "center", "space-between", "space-around", "normal")
_POSITION = ("absolute", "relative", "static")
_DISPLAY = ("flex", "flex", "flex", "none", "contents", "flex")
_OVERFLOW = ("hidden", "visible")  # Satori refuses the others
# Satori refuses a number, "1.5" (css-to-react-native reads them as "1.5px") and "auto": only "a / b".
_ASPECT = ("16 / 9", "16/9", "1 / 1", "4 / 3", "3 / 4", "1 / 2", "3/1", "1.5 / 1")
# No font sizes in %, vw/vh/vmin/vmax or absolute units: Satori loses them (NaN em lengths below them), a
# documented difference (spec/differences.md) that would drown every other finding.
_FONT_SIZE = (8, 12, "13px", 16, "16", "1.25em", "0.8em", "2rem", "0.9rem", "x-large", "small", "larger", 28, 36,
              "48px", 60, 0.5, 0, "1.5EM", " 20px ")
_LINE_HEIGHT = (1, 1.2, "1.5", "normal", "24px", "150%", "1.2em", "2rem", 0.8, 0, "16pt", 3)
_LETTER = ("0.05em", "-0.02em", "1px", -1, 2.5, "normal", "0.1rem", "2pt")
_WEIGHT = (100, 300, 400, 500, 600, 700, 800, 900, "bold", "normal", "bolder")
_WHITE_SPACE = ("normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces")
_WORD_BREAK = ("normal", "keep-all", "normal")
_TEXT_ALIGN = ("left", "center", "right", "justify", "start", "end")
_TEXT_TRANSFORM = ("uppercase", "lowercase", "capitalize", "none")
_TEXTS = (
    "Hi", "x", "OK", "42", "3.14159", "Next.js", "pureog", "Hello world", "—", "a b c d e f g h i j k l m",
    "Build faster with Python", "The fastest way to ship Open Graph images for every page of your site",
    "https://example.com/blog/2026/12/05/a-very-long-url-without-spaces-that-should-not-break",
    "supercalifragilisticexpialidocious", "foo-bar-baz-qux-quux", "tab\there", "two  spaces  apart",
    " lead", "trail ", "line1\nline2", "A\u00a0non\u00a0breaking\u00a0phrase", "soft\u00adhyphen\u00adated",
    "MMMMMMMMMM", "iiiiiiiiiiii", "W.W.W.", "(parenthetical), punctuated; text: yes!", "1,234,567 views",
)
_CANVAS = ((1200, 630), (1200, 630), (800, 400), (1, 1), (3, 700), (700, 3), (1000, 1000), (640, 320),
           (1920, 1080), (333, 777), (512, 256), (96, 96))
_IMAGES = (  # an 8x4 PNG, a 3x6 PNG, a 40x20 SVG (as layoutgen2 has them) and a 1x1 PNG
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEklEQVR4nGP4z8CAFWEXJUsCAFpeH+EeQoQoAA"
    "AAAElFTkSuQmCC",
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAAGCAIAAACJh7NbAAAAD0lEQVR4nGNgYPgPQ6SyAAhQEe+mAnSXAAAAAE"
    "lFTkSuQmCC",
    "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0MCIgaGVpZ2h0PSIyMC"
    "I+PHJlY3Qgd2lkdGg9IjQwIiBoZWlnaHQ9IjIwIiBmaWxsPSJncmVlbiIvPjwvc3ZnPg==",
)
_IMG_ATTR = (16, 48, "64", "100px", "50%", 33.5, "0", 120, "auto", 1)


class AuthorGenerator(TreeGenerator):
    """Random trees from one seeded ``random.Random`` (same seed, same trees, on every platform); the
    seeding and the ``chance``/``pick`` draws are the base generator's, every value and tree builder is
    this one's own."""

    def __init__(self, seed: int) -> None:
        super().__init__(f"layoutgen3-{seed}")

    # --- values ---

    def length(self, scale: float = 1.0, *, negative: bool = True, keywords: bool = True) -> Any:
        """One length in any spelling; ``scale`` sets the magnitude in px (1: box sizes)."""
        roll = self.rng.random()
        if keywords and roll < 0.07:
            return self.pick(_KEYWORD)
        if keywords and roll < 0.12:
            return self.pick(_CALC)
        if keywords and roll < 0.16:
            value = self.pick(_ODD)
            return value.replace("-", "") if not negative else value
        return self.unit_length(scale, negative=negative, number=True)

    def unit_length(self, scale: float, *, negative: bool, number: bool) -> Any:
        """A number with a unit (``number``: or a plain number, the px a React style means by it)."""
        px = self.pick(_PX_MAGNITUDE) * scale
        if negative and self.chance(0.06):
            px = -px
        unit = self.pick(_UNITS)
        amount = round(px * _UNIT_SCALE[unit], self.pick((0, 1, 2, 3)))
        if unit == "":
            return amount if number else f"{amount:g}px"
        return f"{amount:g}{unit}"

    def shorthand(self, scale: float, *, negative: bool, auto: bool) -> str:
        """1-4 lengths as css-to-react-native accepts them in a margin/padding/gap shorthand (units on
        every non-zero number, no keywords but ``auto``, no ``calc``: Satori refuses the tree otherwise)."""
        parts = ["auto" if auto and self.chance(0.2) else self.unit_length(scale, negative=negative, number=False)
                 for _ in range(self.rng.randint(1, 4))]
        return " ".join(parts)

    def put_sizes(self, style: dict[str, Any], p: float) -> None:
        for prop in ("width", "height"):
            if self.chance(p):
                style[prop] = self.length()
        for prop in ("minWidth", "minHeight", "maxWidth", "maxHeight"):
            if self.chance(p / 3):
                style[prop] = self.length()
        if self.chance(0.05) and "minWidth" not in style:  # min above max, in two units
            style["minWidth"], style["maxWidth"] = self.length(2, negative=False), self.length(0.5, negative=False)
        if self.chance(0.06):
            style["aspectRatio"] = self.pick(_ASPECT)

    def put_spacing(self, style: dict[str, Any], is_root: bool) -> None:
        if self.chance(0.3):
            style["margin"] = self.shorthand(0.2, negative=True, auto=True)
            if self.chance(0.3):
                style["margin"] = self.pick(("0 auto", "auto", "auto 0", "0 0 0 auto", "-10px auto"))
        for side in ("Top", "Right", "Bottom", "Left"):
            if self.chance(0.08):
                style["margin" + side] = "auto" if not is_root and self.chance(0.3) else self.length(0.2)
        if self.chance(0.3):
            style["padding"] = self.shorthand(0.15, negative=False, auto=False)
        for side in ("Top", "Right", "Bottom", "Left"):
            if self.chance(0.05):
                style["padding" + side] = self.length(0.15, negative=False, keywords=False)
        roll = self.rng.random()
        if roll < 0.12:
            width = self.unit_length(0.05, negative=False, number=False).replace("%", "px")
            style[self.pick(("border", "borderTop", "borderLeft", "borderBottom", "borderRight"))] = (
                f"{width} {self.pick(_BORDER_STYLE)} #123")
        elif roll < 0.2:
            style["borderWidth"] = self.shorthand(0.05, negative=False, auto=False)
            if self.chance(0.7):
                style["borderStyle"] = self.pick(_BORDER_STYLE_ALONE)
        elif roll < 0.25:
            style["borderStyle"] = self.pick(_BORDER_STYLE_ALONE)  # a style alone: CSS has medium (3 px) then
        elif roll < 0.3:
            side = self.pick(("Top", "Right", "Bottom", "Left"))
            style[f"border{side}Width"] = self.length(0.05, negative=False, keywords=False)
            if self.chance(0.6):
                style[f"border{side}Style"] = self.pick(_BORDER_STYLE_ALONE)
        if self.chance(0.08):
            style["boxSizing"] = self.pick(("content-box", "border-box"))

    def put_flexing(self, style: dict[str, Any]) -> None:
        if self.chance(0.25):
            style["flex"] = self.pick(_FLEX)
        if self.chance(0.1):
            style["flexGrow"] = self.pick((0, 1, "1", 2.5, 0.01))
        if self.chance(0.1):
            style["flexShrink"] = self.pick((0, 1, "0", 3, 0.2))
        if self.chance(0.12):
            style["flexBasis"] = self.pick(("auto", "content", "0%", "50%", "max-content", "fit-content", "10em",
                                            0, "0", "100%", "calc(50% - 8px)", "120px"))
        if self.chance(0.12):
            style["alignSelf"] = self.pick(_ALIGN)
        if self.chance(0.1):
            style["order"] = self.pick((-1, 0, 1, 2, "3"))

    def put_position(self, style: dict[str, Any]) -> None:
        roll = self.rng.random()
        if roll >= 0.25:
            return
        style["position"] = self.pick(_POSITION)
        shape = self.rng.randrange(4)
        if shape == 0:
            style["inset"] = self.shorthand(0.3, negative=True, auto=True)
        elif shape == 1:
            for side in ("top", "right", "bottom", "left"):
                if self.chance(0.5):
                    style[side] = self.length(0.3) if self.chance(0.85) else "auto"
        elif shape == 2:  # centred by auto margins
            style.update(top=0, right=0, bottom=0, left=0, margin="auto")

    def put_container(self, style: dict[str, Any]) -> None:
        if self.chance(0.15):
            style["flexFlow"] = self.pick(_FLEX_FLOW)
        elif self.chance(0.6):
            style["flexDirection"] = self.pick(_DIRECTION)
        if self.chance(0.3):
            style["flexWrap"] = self.pick(("wrap", "wrap-reverse", "nowrap"))
        if self.chance(0.4):
            style["justifyContent"] = self.pick(_JUSTIFY)
        if self.chance(0.4):
            style["alignItems"] = self.pick(_ALIGN)
        if self.chance(0.25):
            style["alignContent"] = self.pick(_ALIGN_CONTENT)
        if self.chance(0.25):
            key = self.pick(("gap", "gap", "rowGap", "columnGap"))
            value = self.length(0.1, negative=False, keywords=False)
            if key == "gap" and self.chance(0.5):
                value = " ".join(self.unit_length(0.1, negative=False, number=False) for _ in range(2))
            style[key] = value
        if self.chance(0.12):
            style["overflow"] = self.pick(_OVERFLOW)
        if self.chance(0.15):
            style["fontSize"] = self.pick(_FONT_SIZE)
        if self.chance(0.08):
            style["lineHeight"] = self.pick(_LINE_HEIGHT)

    def box_style(self, is_root: bool = False, size_p: float = 0.35) -> dict[str, Any]:
        style: dict[str, Any] = {}
        if not is_root:
            self.put_flexing(style)
            self.put_position(style)
        self.put_sizes(style, size_p)
        self.put_spacing(style, is_root)
        return style

    # --- leaves ---

    def text_style(self, style: dict[str, Any]) -> None:
        if self.chance(0.7):
            style["fontSize"] = self.pick(_FONT_SIZE)
        if self.chance(0.35):
            style["lineHeight"] = self.pick(_LINE_HEIGHT)
        if self.chance(0.25):
            style["letterSpacing"] = self.pick(_LETTER)
        if self.chance(0.2):
            style["fontWeight"] = self.pick(_WEIGHT)
        if self.chance(0.25):
            style["whiteSpace"] = self.pick(_WHITE_SPACE)
        if self.chance(0.1):
            style["wordBreak"] = self.pick(_WORD_BREAK)  # never break-all / break-word: Satori can hang
        if self.chance(0.2):
            style["textAlign"] = self.pick(_TEXT_ALIGN)
        if self.chance(0.12):
            style["textTransform"] = self.pick(_TEXT_TRANSFORM)
        if self.chance(0.05):
            style.update(overflow="hidden", whiteSpace="nowrap", textOverflow="ellipsis")

    def text(self) -> dict[str, Any]:
        style = self.box_style(size_p=0.15)
        self.text_style(style)
        children: Any = self.pick(_TEXTS)
        roll = self.rng.random()
        if roll < 0.15:
            children = [self.pick(_TEXTS), self.pick((None, False, "", True)), self.pick(_TEXTS)]
        elif roll < 0.25:
            children = self.rng.choice((7, 0, 3.5, -2, 1e21))
        elif roll < 0.35:
            children = [self.pick(_TEXTS), 12, " ", self.pick(_TEXTS)]
        if not isinstance(children, str):
            style["display"] = "flex"  # Satori refuses several children (or a number) without it
        kind = self.pick(("div", "span", "p", "h2", "strong", "code", "small", "label"))
        return {"type": kind, "props": {"style": style, "children": children}}

    def image(self) -> dict[str, Any]:
        props: dict[str, Any] = {"src": self.pick(_IMAGES)}
        roll = self.rng.randrange(5)
        if roll in (0, 2):
            props["width"] = self.pick(_IMG_ATTR)
        if roll in (1, 2):
            props["height"] = self.pick(_IMG_ATTR)
        style = self.box_style(size_p=0.1 if roll < 3 else 0.4)
        if style:
            props["style"] = style
        return {"type": "img", "props": props}

    def block(self) -> dict[str, Any]:
        style = self.box_style(size_p=0.6)
        if self.chance(0.05):
            style["display"] = "none"
        return {"type": "div", "props": {"style": style}}

    def leaf(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            return self.text()
        if roll < 0.55:
            return self.image()
        return self.block()

    # --- containers and shapes ---

    def children_of(self, kids: list[Any]) -> Any:
        """React's hand-over: holes, nested arrays, a lone child not in a list."""
        if self.chance(0.15):
            kids.insert(self.rng.randrange(len(kids) + 1), self.pick((None, False, True, "")))
        if len(kids) > 2 and self.chance(0.1):
            cut = self.rng.randrange(1, len(kids))
            kids = [*kids[:cut - 1], kids[cut - 1:cut + 1], *kids[cut + 1:]]
        if len(kids) == 1 and self.chance(0.5):
            return kids[0]
        return kids

    def container(self, depth: int, max_depth: int, fan: tuple[int, int], is_root: bool = False) -> dict[str, Any]:
        self.budget -= 1
        style = self.box_style(is_root)
        style["display"] = "flex" if is_root else self.pick(_DISPLAY)
        self.put_container(style)
        kids: list[Any] = []
        for _ in range(self.rng.randint(*fan)):
            if self.budget <= 0:
                break
            if depth >= max_depth or self.chance(0.35):
                self.budget -= 1
                kids.append(self.leaf())
            else:
                kids.append(self.container(depth + 1, max_depth, fan))
        if self.chance(0.1):
            kids.insert(0, self.pick(_TEXTS))  # a string next to elements
        return {"type": self.pick(("div", "div", "section", "main", "header")),
                "props": {"style": style, "children": self.children_of(kids)}}

    def deep(self) -> dict[str, Any]:
        """20-45 levels, one or two children a level."""
        self.budget = 70
        return self.container(1, self.rng.randint(20, 45), (1, 2), is_root=True)

    def wide(self) -> dict[str, Any]:
        """One flex line of 80-160 children (wrapping or not)."""
        self.budget = 200
        root = self.container(1, 1, (0, 0), is_root=True)
        style = root["props"]["style"]
        if self.chance(0.7):
            style["flexWrap"] = self.pick(("wrap", "wrap-reverse"))
        root["props"]["children"] = [self.leaf() for _ in range(self.rng.randint(80, 160))]
        return root

    def baseline(self) -> dict[str, Any]:
        """A row of texts and images aligned on their baselines, nested once or twice."""
        self.budget = 30
        root = self.container(1, 2, (1, 3), is_root=True)
        row_style: dict[str, Any] = {"display": "flex", "alignItems": "baseline"}
        self.put_container(row_style)
        row_style["alignItems"] = "baseline"
        row = [self.text() if self.chance(0.7) else self.leaf() for _ in range(self.rng.randint(2, 7))]
        kids = root["props"]["children"]
        kids = [*kids, {"type": "div", "props": {"style": row_style, "children": row}}] if isinstance(kids, list) else [
            kids, {"type": "div", "props": {"style": row_style, "children": row}}]
        root["props"]["children"] = kids
        return root

    def page(self) -> dict[str, Any]:
        self.budget = self.rng.randint(4, 40)
        return self.container(1, self.rng.randint(3, 7), (1, 6), is_root=True)

    def case(self, case_id: str) -> dict[str, Any]:
        shape = self.pick((self.page, self.page, self.page, self.deep, self.wide, self.baseline))
        width, height = self.pick(_CANVAS) if self.chance(0.8) else (self.rng.randint(2, 2500),
                                                                      self.rng.randint(2, 1500))
        return {"id": case_id, "width": width, "height": height, "element": shape()}


def generate(seed: int, count: int, prefix: str) -> list[dict[str, Any]]:
    gen = AuthorGenerator(seed)
    return [gen.case(f"{prefix}-{i:04d}") for i in range(count)]


build_corpus = corpus_builder(GENERATOR, GENERATOR_VERSION, generate)


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__.split("\n\n")[0], generate, build_corpus, default_count=300, prefix_letter="a",
                   compare=compare)


if __name__ == "__main__":
    raise SystemExit(main())
