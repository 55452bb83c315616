"""Second, wider generator of random layout trees: every way of *writing* a layout input.

Role: the first generator (:mod:`conformance.layout.generate`) draws what the flex algorithm reads
(one spelling per input), so it shares blind spots with pureog's style layer. This one draws how
authors write the same inputs, which is where Satori's own expansion (css-to-react-native plus
``handler/expand.ts`` and ``handler/compute.ts``) decides what Yoga sees:

- borders: per-side ``border{Side}Width`` with and without ``border{Side}Style``, ``borderStyle``
  alone, ``borderWidth`` with 1-4 values, ``border``/``border{Side}`` shorthands with and without a
  width or a colour, ``border: none``, style ``none`` with widths;
- margins and paddings: longhands and 1-4 value shorthands in px, ``%``, ``em``, ``auto``, negative;
- fractional values (0.3, 12.5, 33.333 px and %), numbers and ``"10px"`` strings, ``em``/``rem``/
  ``vw``/``vh`` units, font sizes set on containers (``em`` lengths inherit them);
- ``flex`` shorthands (``1``, ``1 1 0``, ``auto``, ``none``, ``2 0 30%`` ...), ``flexFlow``,
  ``inset``, min/max interplay (min above max), ``aspectRatio`` (ignored by Satori 0.29 on a div),
  ``position: static`` with insets, nested absolute boxes, ``display: contents/none`` anywhere;
- text leaves in padded, bordered, min/max-sized boxes: sizes in px/em/rem, line heights (numbers,
  px, %, ``normal``), letter spacing, ``whiteSpace``, ``wordBreak``, ``textAlign``, long words, mixed
  text and element children;
- ``<img>`` with data-URI sources (PNG and SVG) and ``width``/``height`` props as numbers, numeric
  strings, ``px`` strings and percentages, with and without style sizes, padding and borders.

Input -> output: a seed -> cases ``{"id", "width", "height", "element"}``, laid out by the real Satori
and written as a corpus file exactly like :mod:`conformance.layout.generate` (same format, same
checker). Dev tool: imports only the standard library and its sibling generator, never :mod:`pureog`.

Usage (from the repository root)::

    python -m conformance.layout.generate_wide --seed 101 --count 300 --out conformance/layout/corpus/wide-101.json
    python -m conformance.layout.generate_wide --seed 101 --count 3 --print
"""

from __future__ import annotations

from typing import Any

from conformance.layout.generate import TreeGenerator, corpus_builder, run_cli

GENERATOR = "wide"
GENERATOR_VERSION = 2

MAX_DEPTH = 5
MAX_NODES = 24

_CANVAS = ((200, 200), (400, 210), (300, 400), (600, 315), (250, 120), (320, 180))
_PX = (0, 0.3, 4, 10, 12.5, 17, 20, 25, 33.333, 40, 50, 64, 80.5, 100, 120, 150)
_SMALL = (0, 0.3, 1, 2, 3, 4.5, 5, 8, 10, 12.5, 15, 20)
_PERCENT = ("0%", "10%", "12.5%", "25%", "33.333%", "50%", "60%", "75%", "100%", "0.3%")
_RELATIVE = ("0.5em", "1em", "1.5em", "2.5em", "1rem", "2rem", "0.75rem", "10vw", "25vw", "5vh", "20vh")
_SMALL_RELATIVE = ("0.25em", "0.5em", "1em", "0.5rem", "1rem", "1vw", "2vh")
_JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around")
_ALIGN = ("stretch", "flex-start", "flex-end", "center", "baseline", "normal")
_ALIGN_CONTENT = ("stretch", "flex-start", "flex-end", "center", "space-between", "space-around")
_FLEX = (1, 2, 0, "1", "1 1 0", "1 1 0%", "auto", "none", "2 0 30%", "1 100px", "0 0 auto", "3 1", "1 0 50px",
         "0 1 auto", "1 1 auto", "0.5")
_FLEX_FLOW = ("row wrap", "column", "wrap", "column-reverse wrap-reverse", "row-reverse nowrap", "column wrap",
              "row", "nowrap")
_INSET = ("0", "10px", "5px 10%", "10% 0 0 5px", "0 20px", "-5px", "12.5%")
_COLORS = ("red", "#333", "blue", "rgba(0,0,0,0.5)")
_WORDS = ("Hello", "world", "Ag", "layout", "Yoga", "flex", "box", "pureog", "OG", "12:30", "Lorem", "ipsum",
          "a", "WWW", "iii", "Supercalifragilistic", "end.", "x-y-z", "(ok)", "fi", "Q&A")
# No vw/vh/% font sizes: Satori loses the font size there (dl() in expand.ts), pureog keeps it on purpose.
_FONT_SIZES = (8, 10, 12, 13.5, 16, 18, 24, 32, 40, "14px", "1.25em", "0.8em", "1rem", "2rem")
_LINE_HEIGHTS = (1, 1.2, 1.5, 0.8, 2, "1.5", "24px", "normal", "150%", "1em", "20px")
_LETTER_SPACING = (0, 1, -0.5, 2.5, "0.1em", "2px", "-1px", "0.05em")
# break-spaces: Satori's "any other value" mode (newlines as spaces, spaces kept, soft wraps).
_WHITE_SPACE = ("normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces")
_WORD_BREAK = ("normal", "break-all", "keep-all", "break-word")
_TEXT_ALIGN = ("left", "center", "right", "justify", "start", "end")

# Data-URI images with known natural sizes: an 8x4 and a 3x6 PNG, a 40x20 SVG.
_IMAGES = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEklEQVR4nGP4z8CAFWEXJUsCAFpeH+EeQoQoAA"
    "AAAElFTkSuQmCC",
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAAGCAIAAACJh7NbAAAAD0lEQVR4nGNgYPgPQ6SyAAhQEe+mAnSXAAAAAE"
    "lFTkSuQmCC",
    "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0MCIgaGVpZ2h0PSIyMC"
    "I+PHJlY3Qgd2lkdGg9IjQwIiBoZWlnaHQ9IjIwIiBmaWxsPSJncmVlbiIvPjwvc3ZnPg==",
)
_IMG_PROP = (None, None, 20, 48, 100, "30", "64", "50px", "100%", "50%", "33.333%")


class WideTreeGenerator(TreeGenerator):
    """Random trees from one seeded ``random.Random`` (same seed, same trees, on every platform); the
    seeding and the ``chance``/``pick`` draws are the base generator's, every value and tree builder is
    this one's own."""

    # --- values ---

    def as_written(self, px: float) -> Any:
        """A px length as a number or as a ``"12.5px"`` string (both reach Satori differently)."""
        return f"{px:g}px" if self.chance(0.35) else px

    def length(self, percent: float = 0.25, relative: float = 0.12) -> Any:
        roll = self.rng.random()
        if roll < percent:
            return self.pick(_PERCENT)
        if roll < percent + relative:
            return self.pick(_RELATIVE)
        return self.as_written(self.pick(_PX))

    def small(self, allow_negative: bool = False) -> Any:
        roll = self.rng.random()
        if roll < 0.12:
            return self.pick(("5%", "10%", "2.5%", "0.3%"))
        if roll < 0.22:
            return self.pick(_SMALL_RELATIVE)
        value = self.pick(_SMALL)
        if allow_negative and self.chance(0.2):
            value = -value
        return self.as_written(value)

    def box_shorthand(self, allow_negative: bool, allow_auto: bool) -> Any:
        """A 1-4 value ``margin``/``padding`` shorthand (a bare number when it is one px value)."""
        count = self.pick((1, 1, 2, 3, 4))
        parts = []
        for _ in range(count):
            if allow_auto and self.chance(0.2):
                parts.append("auto")
                continue
            value = self.small(allow_negative)
            parts.append(value if isinstance(value, str) else f"{value:g}px")
        number = parts[0][:-2]
        plain = parts[0].endswith("px") and number.lstrip("-").replace(".", "", 1).isdigit()
        if count == 1 and plain and self.chance(0.5):
            return float(number) if "." in number else int(number)
        return " ".join(parts)

    # --- style groups ---

    def sizing(self, style: dict[str, Any], is_root: bool) -> None:
        if is_root and self.chance(0.5):
            style["width"], style["height"] = "100%", "100%"
        if self.chance(0.45):
            style["width"] = self.length()
        if self.chance(0.4):
            style["height"] = self.length()
        for prop in ("minWidth", "minHeight", "maxWidth", "maxHeight"):
            if self.chance(0.08):
                style[prop] = self.length(0.3, 0.15)
        if self.chance(0.05):
            # min above max: Yoga lets the min win
            style["minWidth"], style["maxWidth"] = self.pick(((80, 40), ("60%", "30%"), ("5em", 30), (50, "10%")))
        if self.chance(0.05):
            # only ratios with a slash: Satori turns a bare number into "1px" and refuses the tree
            style["aspectRatio"] = self.pick(("16 / 9", "1 / 2", "1 / 1"))
        if self.chance(0.08):
            style["boxSizing"] = "content-box"
        if self.chance(0.06):
            style["overflow"] = "hidden"

    def flexing(self, style: dict[str, Any]) -> None:
        if self.chance(0.2):
            style["flex"] = self.pick(_FLEX)
        else:
            if self.chance(0.2):
                style["flexGrow"] = self.pick((0, 1, 2, 0.5, 0.3, "1"))
            if self.chance(0.2):
                style["flexShrink"] = self.pick((0, 1, 2, 0.5, "1"))
            if self.chance(0.15):
                style["flexBasis"] = self.pick(("auto", 0, 20, "50px", 80.5, "25%", "33.333%", "2em", "0%"))
        if self.chance(0.15):
            style["alignSelf"] = self.pick(_ALIGN)

    def positioning(self, style: dict[str, Any], inside_absolute: bool) -> bool:
        """Position and insets; True when the box is absolutely positioned."""
        roll = self.rng.random()
        absolute = roll < (0.25 if inside_absolute else 0.13)
        if absolute:
            style["position"] = "absolute"
        elif roll < 0.22:
            style["position"] = "static"
        elif roll < 0.3:
            style["position"] = "relative"
        else:
            return False
        if self.chance(0.2):
            style["inset"] = self.pick(_INSET)
        else:
            for side in ("top", "right", "bottom", "left"):
                if self.chance(0.35):
                    style[side] = self.pick((0, 5, "10px", 12.5, -8, "10%", "-10%", "50%", "1em", "5vw", "auto"))
        return absolute

    def spacing(self, style: dict[str, Any], is_root: bool) -> None:
        if self.chance(0.3):
            if self.chance(0.4):
                style["margin"] = self.box_shorthand(allow_negative=True, allow_auto=not is_root)
            else:
                for side in ("Top", "Right", "Bottom", "Left"):
                    if self.chance(0.4):
                        auto = not is_root and self.chance(0.2)
                        style["margin" + side] = "auto" if auto else self.small(allow_negative=True)
        if self.chance(0.35):
            if self.chance(0.45):
                style["padding"] = self.box_shorthand(allow_negative=False, allow_auto=False)
            else:
                for side in ("Top", "Right", "Bottom", "Left"):
                    if self.chance(0.4):
                        style["padding" + side] = self.small()
        if self.chance(0.3):
            self.borders(style)

    def borders(self, style: dict[str, Any]) -> None:
        """One of the many ways to write (or half-write) a border."""
        sides = ("Top", "Right", "Bottom", "Left")
        width = self.pick((1, 2, 3, 4.5, 0.3, 6))
        kind = self.rng.randrange(9)
        if kind == 0:  # the shorthand, with or without a width / colour
            style["border"] = self.pick((f"{width:g}px solid", "solid red", "2px dashed blue", f"{width:g}px",
                                         "none", "1px solid #333", "dashed", "4px solid", "1.5px solid"))
        elif kind == 1:  # per-side shorthands
            for side in sides:
                if self.chance(0.5):
                    style["border" + side] = self.pick((f"{width:g}px solid", "solid", "dashed", "3px dashed red",
                                                        "1px solid", "none", "2px"))
        elif kind == 2:  # borderWidth with 1-4 values, maybe a style
            count = self.pick((1, 1, 2, 3, 4))
            values = [self.pick((0, 1, 2, 3, 5, 2.5)) for _ in range(count)]
            written = " ".join(f"{v:g}px" for v in values)
            style["borderWidth"] = values[0] if count == 1 and self.chance(0.5) else written
            if self.chance(0.5):
                style["borderStyle"] = self.pick(("solid", "dashed", "none"))
        elif kind == 3:  # a style alone (no width anywhere)
            style["borderStyle"] = self.pick(("solid", "dashed"))
            if self.chance(0.4):
                style["borderColor"] = self.pick(_COLORS)
        elif kind == 4:  # per-side widths, with or without the side's style
            for side in sides:
                if self.chance(0.5):
                    style[f"border{side}Width"] = self.as_written(width)
                    if self.chance(0.5):
                        style[f"border{side}Style"] = self.pick(("solid", "dashed", "none"))
        elif kind == 5:  # per-side styles alone
            for side in sides:
                if self.chance(0.5):
                    style[f"border{side}Style"] = self.pick(("solid", "dashed"))
        elif kind == 6:  # widths with style none
            style["borderWidth"] = self.as_written(width)
            style["borderStyle"] = "none"
        elif kind == 7:  # shorthand then a longhand override
            style["border"] = f"{width:g}px solid"
            style[f"border{self.pick(sides)}Width"] = self.pick((0, 1, 8))
        else:  # a side's shorthand after the all-sides one
            style["borderWidth"] = width
            style[f"border{self.pick(sides)}"] = self.pick(("none", "2px solid", "solid"))
        if self.chance(0.2):
            style["borderColor"] = self.pick(_COLORS)

    def container(self, style: dict[str, Any]) -> None:
        if self.chance(0.2):
            style["flexFlow"] = self.pick(_FLEX_FLOW)
        else:
            if self.chance(0.55):
                style["flexDirection"] = self.pick(("row", "column", "row-reverse", "column-reverse", "column"))
            if self.chance(0.3):
                style["flexWrap"] = self.pick(("wrap", "nowrap", "wrap-reverse"))
        if self.chance(0.45):
            style["justifyContent"] = self.pick(_JUSTIFY)
        if self.chance(0.45):
            style["alignItems"] = self.pick(_ALIGN)
        if self.chance(0.2):
            style["alignContent"] = self.pick(_ALIGN_CONTENT)
        if self.chance(0.2):
            key = self.pick(("gap", "rowGap", "columnGap"))
            style[key] = self.pick((4, "10px", 7.5, 20, "5%", "1em", 0.3))
        if self.chance(0.15):
            style["fontSize"] = self.pick(_FONT_SIZES)

    def text_style(self, style: dict[str, Any]) -> None:
        style["fontSize"] = self.pick(_FONT_SIZES)
        if self.chance(0.35):
            style["lineHeight"] = self.pick(_LINE_HEIGHTS)
        if self.chance(0.25):
            style["letterSpacing"] = self.pick(_LETTER_SPACING)
        if self.chance(0.3):
            style["whiteSpace"] = self.pick(_WHITE_SPACE)
        if self.chance(0.25):
            style["wordBreak"] = self.pick(_WORD_BREAK)
        if self.chance(0.25):
            style["textAlign"] = self.pick(_TEXT_ALIGN)

    # --- elements ---

    def words(self) -> str:
        words: list[str] = [self.pick(_WORDS) for _ in range(self.rng.randint(1, 6))]
        seps: list[str] = [self.pick((" ", " ", " ", "  ", "\n", " ")) for _ in words[1:]]
        text = words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=True))
        return ("  " + text) if self.chance(0.05) else text

    def text_box(self, inside_absolute: bool) -> dict[str, Any]:
        """A box holding text: sized, padded, bordered; sometimes text mixed with an element."""
        style: dict[str, Any] = {}
        self.text_style(style)
        self.box(style, False, inside_absolute)
        if self.chance(0.35) and "width" not in style:
            style["width"] = self.pick((30, 50, 80, "80px", 120, "50%", "6em"))
        if style.get("wordBreak") in ("break-all", "break-word"):
            # Satori never returns when a breaking box is narrower than a glyph: keep these boxes wide.
            style["width"] = style["minWidth"] = self.pick((80, 150))
            style["flexShrink"] = 0
            for key in ("maxWidth", "flex", "boxSizing"):
                style.pop(key, None)
        if self.chance(0.3):
            style["padding"] = self.box_shorthand(allow_negative=False, allow_auto=False)
        children: Any = self.words()
        if self.chance(0.12):
            style["display"] = "flex"
            inner = {"type": "span", "props": {"style": {"fontSize": self.pick((10, 16, "1.5em"))},
                                                "children": self.words()}}
            children = [children, inner] if self.chance(0.5) else [inner, children]
        elif self.chance(0.1):
            style["display"] = "flex"
        return {"type": self.pick(("div", "div", "span", "p")), "props": {"style": style, "children": children}}

    def image(self, inside_absolute: bool) -> dict[str, Any]:
        style: dict[str, Any] = {}
        props: dict[str, Any] = {"src": self.pick(_IMAGES)}
        for prop in ("width", "height"):
            value = self.pick(_IMG_PROP)
            if value is not None:
                props[prop] = value
        if self.chance(0.3):
            style["width"] = self.length(0.3, 0.1)
        if self.chance(0.3):
            style["height"] = self.length(0.3, 0.1)
        if self.chance(0.3):
            style["padding"] = self.pick((4, "5px", "2px 6px", "10%"))
        if self.chance(0.25):
            style["border"] = self.pick(("2px solid", "3px solid red", "solid"))
        self.flexing(style)
        self.positioning(style, inside_absolute)
        props["style"] = style
        return {"type": "img", "props": props}

    def box(self, style: dict[str, Any], is_root: bool, inside_absolute: bool) -> bool:
        """Sizing, spacing, flexing and positioning; True if the box is absolutely positioned."""
        absolute = False
        if not is_root:
            self.flexing(style)
            absolute = self.positioning(style, inside_absolute)
        self.sizing(style, is_root)
        self.spacing(style, is_root)
        return absolute

    def leaf(self, inside_absolute: bool) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            return self.text_box(inside_absolute)
        if roll < 0.4:
            return self.image(inside_absolute)
        style: dict[str, Any] = {}
        self.box(style, False, inside_absolute)
        if "width" not in style and "flex" not in style and self.chance(0.7):
            style["width"] = self.as_written(self.pick(_PX))
        if "height" not in style and self.chance(0.7):
            style["height"] = self.as_written(self.pick(_PX))
        if self.chance(0.05):
            style["display"] = self.pick(("none", "contents"))
        return {"type": "div", "props": {"style": style}}

    def element(self, depth: int, is_root: bool = False, inside_absolute: bool = False) -> dict[str, Any]:
        self.budget -= 1
        can_nest = depth < MAX_DEPTH and self.budget > 0
        if not is_root and (not can_nest or self.chance(0.45)):
            return self.leaf(inside_absolute)
        style: dict[str, Any] = {}
        roll = self.rng.random()
        style["display"] = "flex" if is_root or roll < 0.88 else ("none" if roll < 0.93 else "contents")
        self.container(style)
        absolute = self.box(style, is_root, inside_absolute)
        count = self.rng.randint(1, 5 if depth < 3 else 3)
        children = []
        for _ in range(count):
            if self.budget <= 0:
                break
            children.append(self.element(depth + 1, inside_absolute=inside_absolute or absolute))
        return {"type": "div", "props": {"style": style, "children": children}}

    def case(self, case_id: str) -> dict[str, Any]:
        self.budget = self.rng.randint(2, MAX_NODES)
        width, height = self.pick(_CANVAS)
        return {"id": case_id, "width": width, "height": height, "element": self.element(1, is_root=True)}


def generate(seed: int, count: int, prefix: str) -> list[dict[str, Any]]:
    gen = WideTreeGenerator(seed)
    return [gen.case(f"{prefix}-{i:04d}") for i in range(count)]


build_corpus = corpus_builder(GENERATOR, GENERATOR_VERSION, generate)


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__.split("\n\n")[0], generate, build_corpus, default_count=300, prefix_letter="w")


if __name__ == "__main__":
    raise SystemExit(main())
