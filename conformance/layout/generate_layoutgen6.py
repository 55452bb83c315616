"""An outsider's layout fuzzer, round two: value forms as card authors type them, and text leaves.

Role: a seed -> random element trees whose styles use every layout property of Satori's support
table (spec: /work/shared/reference/satori.md, 1.3) in every form an author writes: lengths as
numbers, numeric strings (``"12"``, ``" 12px "``), px/em/rem/%/vw/vh/pt, negative values, ``calc()``,
``auto`` and ``margin: auto``, shorthands (``margin: "1em 2%"``, ``flex: "1 1 0%"``, ``flex: "auto"``,
``border: "2px solid red"``, 1-4 value ``padding``), percentage insets and min/max sizes,
``aspectRatio``, ``boxSizing``, every ``display``/``position``, ``wrap-reverse``, ``gap`` forms, and
text leaves (Latin, CJK and emoji words; font sizes in px/em/rem, every ``lineHeight`` form,
``letterSpacing``, ``whiteSpace``, ``wordBreak``, ellipsis, both line clamps, ``textTransform``,
``textAlign``, weights and styles over several declared fonts). It was written from the reference
and the box comparison (check.py, satori_boxes.mjs) only, without the other generators' code.

Each tree is laid out by the real Satori (``satori_boxes.mjs``, Next.js 16.4.6's bundle) and by
pureog (:func:`pureog.layout_boxes`); the trees Satori refuses or never returns on (its break-word loop
in a box narrower than a glyph) are dropped. A quarter of the trees declare no fonts (Next's default
Geist Regular alone) and carry no emoji: Next fetches an emoji no font covers as a Twemoji image, which
``satori_boxes.mjs`` (no ``loadAdditionalAsset``) cannot, so only emoji the Twemoji subset covers are
drawn. Font sizes in %, vw and pt are left out (Satori loses them: a listed difference,
spec/differences.md) unless ``--listed``.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen6 --seed 1 --count 200            # match rate, misses
    python -m conformance.layout.generate_layoutgen6 --seed 1 --count 200 --out /tmp/lg6-1.json
    python -m conformance.layout.generate_layoutgen6 --corpus /tmp/lg6-1.json       # re-check pureog only
    python -m conformance.layout.generate_layoutgen6 --seed 8 --count 160 --keep 30 \
        --out conformance/layout/corpus/layoutgen6-8.json                            # the committed slice

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`) and the standard library.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from typing import Any

from conformance.layout.check import compare
from conformance.layout.generate import outsider_parser, run_outsider

VERSION = 1
FONTS = [
    {"name": "Geist", "path": "pureog/fonts/Geist-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Italic.ttf", "weight": 400, "style": "italic"},
    {"name": "Roboto", "path": "conformance/fonts/Roboto-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Roboto", "path": "conformance/fonts/Roboto-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Mono", "path": "conformance/fonts/GeistMono-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "CJK", "path": "conformance/fonts/NotoSansCJKJP-subset.otf", "weight": 400, "style": "normal"},
    {"name": "Emoji", "path": "conformance/fonts/Twemoji-COLRv0-subset.ttf", "weight": 400, "style": "normal"},
]
FAMILIES = ["Geist", "Roboto", "Mono", "CJK", "Roboto, Geist", "Mono, CJK", "'Geist', sans-serif",
            "Unknown, Roboto", "Emoji, Geist"]
LATIN = ["a", "of", "the", "card", "Layout", "satori", "flexbox", "Wonderful", "internationalization",
         "OG", "WWWWW", "iiiii", "x-ray", "self-evident", "2026", "$49.99", "hello,", "world.",
         "Next.js", "(beta)", "don't", "fi", "AVA", "Typography"]
CJK = ["日本語", "中文", "文字", "東京", "漢字テスト", "こんにちは", "世界", "。", "、"]
EMOJI = ["🎉", "🚀", "👍", "❤️", "😀", "🍕", "🐱", "🌈"]  # all in the Emoji font (Next would fetch others as images)
CANVASES = [(1200, 630), (800, 418), (600, 315), (400, 300), (300, 200), (1000, 500)]


class Gen:
    """One tree's random choices (a ``random.Random`` seeded per tree, so a tree is reproducible)."""

    def __init__(self, rng: random.Random, *, listed: bool = False) -> None:
        self.r = rng
        self.listed = listed
        self.emoji = True

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    # -- value forms --------------------------------------------------------------------------------
    def number(self, lo: float, hi: float) -> float:
        v = self.r.uniform(lo, hi)
        return round(v) if self.chance(0.6) else round(v, self.pick([1, 2]))

    def length(self, lo: float = 0, hi: float = 120, *, percent: bool = True, auto: bool = False,
               negative: bool = False, part: bool = False) -> Any:
        """A length in one of the forms an author types; ``part``: one value of a shorthand string (Satori
        throws on unitless numbers and ``calc()`` there, and on ``calc()`` in padding and gaps)."""
        if auto and self.chance(0.1):
            return "auto"
        v = self.number(lo, hi)
        if negative and self.chance(0.15):
            v = -v
        forms = ["px", "px", "em", "rem", "pct", "vw", "vh", "pt"]
        if not part:
            forms += ["num", "num", "str", "spaced"] + (["calc"] if auto else [])
        form = self.pick(forms)
        if form == "num":
            return v
        if form == "px":
            return f"{v}px"
        if form == "str":
            return str(v)
        if form == "spaced":
            return f" {v}px "
        if form == "em":
            return f"{round(v / 16, 2)}em"
        if form == "rem":
            return f"{round(v / 16, 2)}rem"
        if form == "pct" and percent:
            return f"{round(v / 4, 1)}%"
        if form == "vw":
            return f"{round(v / 10, 1)}vw"
        if form == "vh":
            return f"{round(v / 6, 1)}vh"
        if form == "pt":
            return f"{round(v * 0.75, 1)}pt"
        if form == "calc":
            return f"calc({v}px + {self.number(1, 20)}%)" if percent else f"calc({v}px + 1em)"
        return v

    def color(self) -> str:
        return str(self.pick(["red", "#0af", "rgba(0,0,0,.2)", "currentColor", "#123456"]))

    # -- box styles ---------------------------------------------------------------------------------
    def box_style(self, st: dict[str, Any], *, container: bool) -> None:
        if self.chance(0.45):
            st["width"] = self.length(0, 400, auto=True)
        if self.chance(0.35):
            st["height"] = self.length(0, 250, auto=True)
        for key, p in (("minWidth", 0.1), ("maxWidth", 0.1), ("minHeight", 0.08), ("maxHeight", 0.08)):
            if self.chance(p):
                st[key] = self.length(0, 300)
        if self.chance(0.35):
            self.margins(st)
        if self.chance(0.35):
            self.paddings(st)
        if self.chance(0.25):
            self.borders(st)
        if self.chance(0.35):
            self.flex_item(st)
        if self.chance(0.2):
            self.position(st)
        if self.chance(0.03):
            st["inset"] = self.pick(["0", "10px", "5% 10%", 0])  # Satori ignores inset
        if self.chance(0.08):
            st["aspectRatio"] = self.pick(["16 / 9", "4/3", "1 / 1"])  # a number throws (Satori adds px)
        if self.chance(0.15):
            st["boxSizing"] = self.pick(["content-box", "border-box"])
        if self.chance(0.15):
            st["overflow"] = self.pick(["hidden", "visible"])
        if self.chance(0.1):
            st["alignSelf"] = self.pick(["flex-start", "flex-end", "center", "stretch", "baseline", "normal"])
        if container:
            self.container(st)

    def margins(self, st: dict[str, Any]) -> None:
        def one() -> Any:
            return "auto" if self.chance(0.15) else self.length(0, 30, negative=True, part=True)
        if self.chance(0.5):
            n = self.pick([1, 2, 3, 4])
            vals = [one() for _ in range(n)]
            st["margin"] = " ".join(_css(v) for v in vals)
        else:
            for side in self.r.sample(["Top", "Right", "Bottom", "Left"], self.pick([1, 2])):
                st["margin" + side] = one()
            if self.chance(0.1):
                st[self.pick(["marginInline", "marginBlock"])] = one()

    def paddings(self, st: dict[str, Any]) -> None:
        if self.chance(0.6):
            n = self.pick([1, 2, 3, 4])
            vals = [self.length(0, 30, part=True) for _ in range(n)]
            st["padding"] = " ".join(_css(v) for v in vals)
        else:
            for side in self.r.sample(["Top", "Right", "Bottom", "Left"], self.pick([1, 2])):
                st["padding" + side] = self.length(0, 30, part=self.chance(0.5))

    def borders(self, st: dict[str, Any]) -> None:
        w = self.pick([1, 2, 3, 5, 0.5, 8])
        form = self.pick(["all", "all", "side", "width", "sidewidth", "nowidth"])
        style = self.pick(["solid", "dashed"])
        if form == "all":
            st["border"] = f"{w}px {style} {self.color()}"
        elif form == "side":
            st["border" + self.pick(["Top", "Right", "Bottom", "Left"])] = f"{w}px {style}"
        elif form == "width":
            st["borderWidth"] = self.pick([w, f"{w}px", f"{w}px {w * 2}px", "0.2em"])
        elif form == "sidewidth":
            st["border" + self.pick(["Top", "Right", "Bottom", "Left"]) + "Width"] = self.pick([w, f"{w}px"])
        else:
            st["border"] = f"{style} {self.color()}"

    def flex_item(self, st: dict[str, Any]) -> None:
        form = self.pick(["flex", "flex", "grow", "shrink", "basis", "all3"])
        if form == "flex":
            st["flex"] = self.pick([1, 2, 0, "1", "1 1 0%", "1 1 0", "auto", "none", "0 0 auto", "2 2 10px",
                                    "1 0 50%", "3 1 5em", "0 1 auto", 0.5, "1 1 auto", "1 100px"])
        elif form == "grow":
            st["flexGrow"] = self.pick([0, 1, 2, 0.5, "1", 3])
        elif form == "shrink":
            st["flexShrink"] = self.pick([0, 1, 2, 0.5, "1", 5])
        elif form == "basis":
            st["flexBasis"] = self.pick([0, "0%", "50%", 100, "80px", "5em", "auto", "10vw", "content"])
        else:
            st["flexGrow"] = self.pick([0, 1, 2])
            st["flexShrink"] = self.pick([0, 1, 3])
            st["flexBasis"] = self.length(0, 200)

    def position(self, st: dict[str, Any]) -> None:
        st["position"] = self.pick(["absolute", "absolute", "relative", "static"])
        for side in self.r.sample(["top", "right", "bottom", "left"], self.pick([0, 1, 2, 2, 3, 4])):
            st[side] = self.length(0, 80, negative=True, auto=True) if self.chance(0.6) else \
                f"{self.number(-20, 100)}%"

    def container(self, st: dict[str, Any]) -> None:
        if self.chance(0.5):
            st["flexDirection"] = self.pick(["row", "column", "row-reverse", "column-reverse"])
        if self.chance(0.35):
            st["flexWrap"] = self.pick(["wrap", "wrap-reverse", "nowrap"])
        if self.chance(0.35):
            st["justifyContent"] = self.pick(["flex-start", "flex-end", "center", "space-between",
                                              "space-around"])  # space-evenly throws
        if self.chance(0.35):
            st["alignItems"] = self.pick(["stretch", "center", "flex-start", "flex-end", "baseline", "normal"])
        if self.chance(0.25):
            st["alignContent"] = self.pick(["stretch", "space-between", "space-around", "center", "flex-start",
                                            "flex-end", "baseline", "normal"])  # space-evenly throws
        if self.chance(0.3):
            form = self.pick(["gap", "gap2", "row", "col"])
            if form == "gap":
                st["gap"] = self.length(0, 30)
            elif form == "gap2":
                st["gap"] = f"{_css(self.length(0, 30, part=True))} {_css(self.length(0, 30, part=True))}"
            elif form == "row":
                st["rowGap"] = self.length(0, 30)
            else:
                st["columnGap"] = self.length(0, 30)

    # -- text ---------------------------------------------------------------------------------------
    def words(self) -> str:
        n = self.pick([1, 1, 2, 3, 5, 8, 13])
        script = self.pick(["latin", "latin", "latin", "cjk", "mixed", "emoji"] if self.emoji else
                           ["latin", "latin", "latin", "cjk", "latin-cjk"])
        out: list[str] = []
        for _ in range(n):
            if script == "latin":
                out.append(self.pick(LATIN))
            elif script == "cjk":
                out.append(self.pick(CJK))
            elif script == "emoji":
                out.append(self.pick(LATIN + EMOJI))
            elif script == "latin-cjk":
                out.append(self.pick(LATIN + CJK))
            else:
                out.append(self.pick(LATIN + CJK + EMOJI))
        sep = "" if script == "cjk" and self.chance(0.5) else " "
        text = sep.join(out)
        if self.chance(0.1):
            text = "  " + text.replace(" ", self.pick(["  ", "\n", "\t", " \n "]), 2) + " "
        return text

    def text_style(self, st: dict[str, Any]) -> None:
        if self.chance(0.5):
            st["fontSize"] = self.pick([self.number(8, 48), f"{self.number(8, 48)}px", f"{self.number(0.6, 2.5)}em",
                                        f"{self.number(0.6, 2.5)}rem", "20", f" {self.number(8, 48)}px ",
                                        "larger", "smaller", f"{self.number(0.6, 2.5)}EM"])
            # no % (nor vw, pt): Satori's calcBaseFontSize loses such sizes, a listed difference
            # (spec/differences.md); --listed draws them too
            if self.listed and self.chance(0.2):
                st["fontSize"] = self.pick([f"{self.number(60, 200)}%", f"{self.number(1, 5)}vw",
                                            f"{self.number(8, 36)}pt"])
        if self.chance(0.4):
            st["lineHeight"] = self.pick([self.number(0.8, 2), "1.5", f"{self.number(10, 40)}px",
                                          f"{self.number(80, 200)}%", "normal", f"{self.number(1, 2)}em"])
        if self.chance(0.2):
            st["letterSpacing"] = self.pick([self.number(-1, 4), f"{self.number(-1, 4)}px",
                                             f"{self.number(-0.05, 0.3)}em"])
        if self.chance(0.25):
            st["whiteSpace"] = self.pick(["normal", "nowrap", "pre", "pre-wrap", "pre-line"])
        if self.chance(0.2):
            st["wordBreak"] = self.pick(["break-all", "break-word", "normal"])  # keep-all: listed difference
        if self.chance(0.2):
            st["textTransform"] = self.pick(["uppercase", "lowercase", "capitalize", "none"])
        if self.chance(0.25):
            st["textAlign"] = self.pick(["left", "right", "center", "justify", "start", "end"])
        if self.chance(0.3):
            st["fontWeight"] = self.pick([400, 700, "bold", "normal", 600, "300", 900])
        if self.chance(0.15):
            st["fontStyle"] = self.pick(["italic", "normal"])
        if self.chance(0.35):
            st["fontFamily"] = self.pick(FAMILIES)

    def text_leaf(self) -> dict[str, Any]:
        st: dict[str, Any] = {}
        self.text_style(st)
        kind = self.pick(["plain", "plain", "ellipsis", "clamp", "webkit"])
        if kind == "ellipsis":
            st.update(textOverflow="ellipsis", overflow="hidden", whiteSpace=self.pick(["nowrap", "pre"]))
        elif kind == "clamp":
            st.update(display="block", lineClamp=self.pick([1, 2, 3, "2"]))
        elif kind == "webkit":
            st.update(display="-webkit-box", WebkitBoxOrient="vertical", WebkitLineClamp=self.pick([1, 2, 3]),
                      textOverflow="ellipsis", overflow="hidden")
        elif self.chance(0.3):
            st["display"] = self.pick(["block", "flex"])
        self.box_style(st, container=False)
        if kind != "plain" and self.chance(0.7) and "width" not in st:
            st["width"] = self.length(20, 250, percent=True)
        return {"type": self.pick(["div", "span", "p", "h1", "h3", "strong", "em"]),
                "props": {"style": st, "children": self.words()}}

    # -- trees --------------------------------------------------------------------------------------
    def element(self, depth: int) -> Any:
        if depth >= 3 or self.chance(0.35):
            if self.chance(0.12):
                return self.words()  # a bare string among elements: an anonymous text item
            return self.text_leaf()
        st: dict[str, Any] = {}
        n = self.pick([0, 1, 2, 2, 3, 4])
        display = self.pick(["flex"] * 8 + ["contents", "none"] + (["block"] if n <= 1 else []))
        st["display"] = display
        self.box_style(st, container=True)
        if self.chance(0.2):
            self.text_style(st)  # inherited by the leaves
        if self.chance(0.2):
            st["backgroundColor"] = self.color()
        children = [self.element(depth + 1) for _ in range(n)]
        el_type = self.pick(["div", "div", "div", "span", "section"])
        if display == "block" and el_type == "div":
            el_type = "span"  # Satori throws for a <div> of display block unless its child is one string
        return {"type": el_type, "props": {"style": st, "children": children}}

    def tree(self) -> tuple[int, int, dict[str, Any]]:
        w, h = self.pick(CANVASES)
        st: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%"}
        if self.chance(0.3):
            del st["height"]
        self.container(st)
        if self.chance(0.4):
            self.paddings(st)
        if self.chance(0.3):
            self.text_style(st)
        children = [self.element(1) for _ in range(self.pick([1, 2, 3, 4]))]
        return w, h, {"type": "div", "props": {"style": st, "children": children}}


def _css(v: Any) -> str:
    return f"{v}px" if isinstance(v, (int, float)) else str(v).strip()


def generate(seed: int, count: int, *, listed: bool = False) -> list[dict[str, Any]]:
    cases = []
    for i in range(count):
        gen = Gen(random.Random(seed * 100_003 + i), listed=listed)
        # a quarter of the trees declare no fonts (Next's default Geist Regular alone): no emoji there, which
        # Next fetches as Twemoji images but satori_boxes.mjs (no loadAdditionalAsset) draws as .notdef
        default_font = gen.chance(0.25)
        gen.emoji = not default_font
        w, h, element = gen.tree()
        case = {"id": f"l6s{seed}-{i:04d}", "width": w, "height": h, "element": element}
        cases.append(case if default_font else {**case, "fonts": FONTS})
    return cases


def classify(problem: str) -> str:
    if problem.startswith("pureog"):
        return problem.split(":")[0] + ": " + problem.split(":")[1].strip()[:60]
    if "boxes, Satori has" in problem:
        return "box count"
    return problem.split("(")[1].split(")")[0] if "(" in problem else problem[:40]


def report(cases: list[dict[str, Any]]) -> list[str]:
    misses = []
    kinds: Counter[str] = Counter()
    for case in cases:
        outcome = compare(case)
        if outcome.problem is not None:
            misses.append(case["id"])
            kinds[classify(outcome.problem)] += 1
            print(f"  {case['id']}: {outcome.problem}")
    n = len(cases)
    print(f"{n} trees, {n - len(misses)} match ({100 * (n - len(misses)) / max(n, 1):.1f} %); "
          f"first differences: {dict(kinds)}")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = outsider_parser(__doc__.split("\n")[0])
    parser.add_argument("--listed", action="store_true",
                        help="also draw values whose difference from Next is listed (fontSize in %%)")
    args = parser.parse_args(argv)
    return run_outsider(args, report, lambda: generate(args.seed, args.count, listed=args.listed), "layoutgen6",
                        VERSION)


if __name__ == "__main__":
    sys.exit(main())
