"""An outsider's random layout fuzzer: Yoga's and CSS flexbox's feature space, every accepted spelling.

Role: seed -> random element trees (1-6 deep, 1-8 children a box) whose every flex / box property takes
a random value in any spelling Satori accepts (numbers, numeric strings, px / % / em / rem / vw / vh,
``auto``, negatives, 0, fractions, huge values; flex shorthand in its 1-3 value forms and keywords;
margin / padding / border shorthands with 1-4 values; absolute boxes with conflicting insets;
display none / contents; gaps in px and %; aspectRatio; text leaves and spans in several bundled fonts;
images sized by attributes) -> Satori's boxes for each tree (``satori_boxes.mjs``) -> pureog's boxes,
compared as ``check.py`` does. Written without the other generators' code, so its blind spots differ.

Deliberately avoided (listed differences, spec/differences.md): fontSize in % / pt / vw (Satori draws
72 px) and text in Arabic, Hebrew, Thai or an Indic script (Satori measures it unshaped, left to right:
with Hebrew, Thai and Devanagari words in the pool seed 6 matched 71.5 %, every miss such a word).
Also avoided, as Satori refuses or hangs on them: a box without ``display`` around anything but one
string, bare-number aspectRatio, flex-basis ``content``, border-width keywords, and (mostly)
``break-word`` / ``anywhere`` (Satori's loop never ends on a box narrower than one glyph).
Kept though listed: ``wordBreak: keep-all`` over Han text (Satori's ICU dictionary keeps 漢字 whole,
expected_mismatches.json), about one tree in 200 (seed 8's lg5-8-0117).

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen5 --seed 1 --count 200            # match rate, misses
    python -m conformance.layout.generate_layoutgen5 --seed 1 --count 200 --out /tmp/lg5-1.json
    python -m conformance.layout.reduce --corpus /tmp/lg5-1.json --all-mismatches    # shrink the misses

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`) and the standard library.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from conformance.layout.check import compare
from conformance.layout.generate import satori_boxes

# Fonts the cases may carry (name, repository path); the first face is every case's default family.
FONTS = (
    ("Geist", "pureog/fonts/Geist-Regular.ttf", 400),
    ("Geist", "conformance/fonts/Geist-Bold.ttf", 700),
    ("Roboto", "conformance/fonts/Roboto-Regular.ttf", 400),
    ("Roboto", "conformance/fonts/Roboto-Bold.ttf", 700),
    ("Mono", "conformance/fonts/GeistMono-Regular.ttf", 400),
    ("Noto", "conformance/fonts/NotoSans-Italic-cyrillic.ttf", 400),
    ("Nanum", "conformance/fonts/NanumGothic-subset.ttf", 400),
    ("CJK", "conformance/fonts/NotoSansCJKJP-subset.otf", 400),
)
# Words of other scripts, each written with characters its subset font holds (they reach it by fallback).
# Not Hebrew, Thai or Indic: Satori draws them unshaped, left to right, a listed difference
# (spec/differences.md; they measure 1-13 px apart).
SCRIPT_WORDS = ("안녕하세요", "한글", "漢字", "直骨画角今", "漢字 한국", "漢字abc", "한국 abc")
WORDS = ("a", "flex", "Yoga", "layout", "box", "wrap", "x", "Satori", "renders", "open", "graph",
         "image", "1234", "—", "!", "hello", "world", "mmmmmm", "iii", "W", "привет", "tab\tstop",
         "supercalifragilistic", "longwordwithoutbreaks")
# A 2x3 red PNG: the natural size of an image without width / height attributes.
PNG = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEUlEQVR4nGP4z8DwH4QZMBgAoXkL9U3Emgc"
       "AAAAASUVORK5CYII=")


class Fuzzer:
    """Random trees from one seed."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def one(self, *options: Any) -> Any:
        return self.r.choice(options)

    # -- values ---------------------------------------------------------------------------------
    def number(self, lo: float = 0, hi: float = 200) -> float | int:
        kind = self.r.random()
        if kind < 0.55:
            return self.r.randint(int(lo), int(hi))
        if kind < 0.8:
            return round(self.r.uniform(lo, hi), self.one(1, 2, 3))
        if kind < 0.9:
            return 0
        if kind < 0.95:
            return -self.r.randint(1, 60)
        return self.one(1e4, 99999, 0.5, 0.333, 33.3333, 1e7, 0.01, 66.67)

    def length(self, lo: float = 0, hi: float = 200, *, auto: bool = True, percent: bool = True) -> Any:
        n = self.number(lo, hi)
        kind = self.r.random()
        if kind < 0.3:
            return n
        if kind < 0.4:
            return str(n)
        if kind < 0.6:
            return f"{n}px"
        if kind < 0.78 and percent:
            return f"{self.number(0, 120)}%"
        if kind < 0.84:
            return f"{round(self.r.uniform(0, 6), 2)}{self.one('em', 'rem')}"
        if kind < 0.9:
            return f"{round(self.r.uniform(0, 40), 1)}{self.one('vw', 'vh')}"
        if kind < 0.96 and auto:
            return "auto"
        return n

    def factor(self) -> Any:
        value = self.one(0, 1, 1, 2, 3, 0.5, 0.25, 1.5, 10, -1, 1000)
        return str(value) if self.p(0.2) else value

    def flex_shorthand(self) -> Any:
        kind = self.r.random()
        if kind < 0.25:
            return self.factor()
        if kind < 0.35:
            return self.one("none", "auto")
        grow, shrink = self.one(0, 1, 2, 0.5, 3), self.one(0, 1, 2, 0.5)
        basis = self.one("0", "0%", "auto", "30%", "10px", "120px", "50%", "2em", "0px")
        if kind < 0.55:
            return f"{grow} {basis}"
        if kind < 0.65:
            return f"{grow} {shrink}"
        return f"{grow} {shrink} {basis}"

    def sides(self, lo: float, hi: float, *, auto: bool, percent: bool = True) -> str:
        count = self.r.randint(1, 4)
        parts = []
        for _ in range(count):
            value = self.length(lo, hi, auto=auto, percent=percent)
            parts.append(value if isinstance(value, str) and not value.lstrip("-").replace(".", "").isdigit()
                         else f"{value}px")
        return " ".join(parts)

    # -- styles ---------------------------------------------------------------------------------
    def container(self, style: dict[str, Any]) -> None:
        if self.p(0.6):
            style["flexDirection"] = self.one("row", "column", "row-reverse", "column-reverse")
        if self.p(0.35):
            style["flexWrap"] = self.one("wrap", "nowrap", "wrap-reverse")
        if self.p(0.4):
            style["justifyContent"] = self.one("flex-start", "flex-end", "center", "space-between",
                                               "space-around")
        if self.p(0.4):
            style["alignItems"] = self.one("flex-start", "flex-end", "center", "baseline", "stretch",
                                           "normal")
        if self.p(0.25):
            style["alignContent"] = self.one("flex-start", "flex-end", "center", "space-between",
                                             "space-around", "stretch", "baseline", "normal")
        if self.p(0.2):
            style["gap"] = self.length(0, 30, auto=False)
        if self.p(0.12):
            style["rowGap"] = self.length(0, 30, auto=False)
        if self.p(0.12):
            style["columnGap"] = self.length(0, 30, auto=False)
        if self.p(0.05):
            style["gap"] = f"{self.one(0, 4, 10, 25)}px {self.one('5%', '3px', '0', '1em')}"
        if self.p(0.05):
            style["flexFlow"] = self.one("row wrap", "column", "column wrap-reverse", "wrap", "row-reverse nowrap")

    def item(self, style: dict[str, Any], is_root: bool) -> None:
        for key, prob in (("width", 0.45), ("height", 0.4), ("minWidth", 0.1), ("minHeight", 0.1),
                          ("maxWidth", 0.1), ("maxHeight", 0.1)):
            if self.p(prob):
                style[key] = (self.length(0, 300, auto=key in ("width", "height")) if self.p(0.92) else
                              self.one("none", "auto", "min-content", "max-content", "fit-content", "0"))
        if is_root:
            return
        if self.p(0.3):
            style["flex"] = self.flex_shorthand()
        for key, prob in (("flexGrow", 0.15), ("flexShrink", 0.15)):
            if self.p(prob):
                style[key] = self.factor()
        if self.p(0.15):
            style["flexBasis"] = self.one(self.length(0, 200), "auto", "0", "content")
        if self.p(0.2):
            style["alignSelf"] = self.one("normal", "flex-start", "flex-end", "center", "baseline", "stretch")
        if self.p(0.12):  # Satori fails on a bare number ("2px")
            style["aspectRatio"] = self.one("16 / 9", "4/3", "1 / 2", "3 / 1", "1/1")
        if self.p(0.15):
            style["position"] = self.one("absolute", "relative", "static")
            for key in self.r.sample(("top", "right", "bottom", "left"), self.r.randint(0, 4)):
                style[key] = self.length(-40, 150)
        if self.p(0.05):
            style["inset"] = self.length(0, 40)
        if self.p(0.05):
            style["order"] = self.one(-1, 0, 1, 2, "3")
        if self.p(0.25):
            style["margin"] = self.sides(-20, 40, auto=True)
        elif self.p(0.15):
            key = self.one("marginTop", "marginRight", "marginBottom", "marginLeft")
            style[key] = self.length(-20, 40)

    def box(self, style: dict[str, Any]) -> None:
        if self.p(0.25):
            style["padding"] = self.sides(0, 30, auto=False)
        elif self.p(0.1):
            style[self.one("paddingTop", "paddingRight", "paddingBottom", "paddingLeft")] = \
                self.length(0, 30, auto=False)
        if self.p(0.15):
            style["border"] = self.one(f"{self.one(1, 2, 5, 0.5, 10)}px solid red", "3px solid", "1px solid blue",
                                       "2px dashed", "2em solid #000", "solid")
        elif self.p(0.06):
            style[self.one("borderTop", "borderLeft", "borderRight", "borderBottom")] = \
                self.one("4px solid blue", "1px dashed", "10px solid", "0.5em solid red")
        elif self.p(0.1):
            style["borderWidth"] = self.sides(0, 12, auto=False, percent=False)
            style["borderStyle"] = "solid"
        elif self.p(0.05):
            style[self.one("borderTopWidth", "borderLeftWidth", "borderRightWidth", "borderBottomWidth")] = \
                self.one(1, 3, "4px", 7)
        if self.p(0.1):
            style["overflow"] = "hidden"
        if self.p(0.1):
            style["boxSizing"] = self.one("border-box", "content-box")

    def text_style(self, style: dict[str, Any]) -> None:
        if self.p(0.12):
            style["textAlign"] = self.one("left", "right", "center", "justify", "start", "end")
        # break-word / anywhere are rare: Satori never returns when a box is narrower than one glyph
        if self.p(0.08):
            style["wordBreak"] = self.one("break-all", "normal", "keep-all")
        elif self.p(0.01):
            style[self.one("wordBreak", "overflowWrap")] = self.one("break-word", "anywhere")
        if self.p(0.08):
            style["textTransform"] = self.one("uppercase", "lowercase", "capitalize")
        if self.p(0.06):
            style["fontStyle"] = "italic"
        if self.p(0.06):
            style["textOverflow"] = "ellipsis"
            style["overflow"] = "hidden"
            style["whiteSpace"] = "nowrap"
        if self.p(0.05):
            style["lineClamp"] = self.one(1, 2, 3, "2")
        if self.p(0.04):
            style["textIndent"] = self.one(10, "2em", "5%")
        if self.p(0.05):
            style["wordSpacing"] = self.one(4, "0.5em", -2)
        if self.p(0.4):
            style["fontSize"] = self.one(self.r.randint(6, 60), f"{self.r.randint(6, 60)}px",
                                         f"{round(self.r.uniform(0.5, 3), 2)}em",
                                         f"{round(self.r.uniform(0.5, 3), 2)}rem", self.r.uniform(8, 30))
        if self.p(0.2):
            style["lineHeight"] = self.one(1, 1.5, 0.8, 2, "20px", "1.2", "normal", "150%", 30)
        if self.p(0.15):
            style["letterSpacing"] = self.one(1, -1, "0.1em", "2px", 0.5)
        if self.p(0.15):
            style["whiteSpace"] = self.one("nowrap", "pre", "pre-wrap", "normal", "pre-line")
        if self.p(0.2):
            name, _path, weight = self.one(*FONTS)
            style["fontFamily"] = name if self.p(0.7) else f"{name}, Geist, sans-serif"
            if self.p(0.5):
                style["fontWeight"] = weight

    # -- elements -------------------------------------------------------------------------------
    def words(self) -> str:
        pool = WORDS + SCRIPT_WORDS if self.p(0.3) else WORDS
        return " ".join(self.one(*pool) for _ in range(self.r.randint(1, 12)))

    def text(self) -> str:
        """Words, at times with newlines, runs of spaces, no-break spaces and soft hyphens."""
        text = self.words()
        if self.p(0.2):
            text = text.replace(" ", self.one("\n", "  ", "\u00a0", " \n ", "\u00ad", "   "), self.r.randint(1, 3))
        if self.p(0.1):
            text = self.one(" ", "\n", "  ") + text + self.one(" ", "\n", "  ")
        return text

    def inline_span(self) -> dict[str, Any]:
        """A span of text runs and nested spans: Satori's inline formatting context."""
        style: dict[str, Any] = {}
        self.text_style(style)
        kids: list[Any] = []
        for _ in range(self.r.randint(1, 4)):
            if self.p(0.6):
                kids.append(self.text())
            else:
                inner: dict[str, Any] = {}
                self.text_style(inner)
                kids.append({"type": self.one("span", "b", "em", "code"), "props": {"style": inner,
                                                                               "children": self.text()}})
        return {"type": "span", "props": {"style": style, "children": kids if len(kids) > 1 else kids[0]}}

    def svg(self) -> dict[str, Any]:
        props: dict[str, Any] = {"children": [{"type": "rect", "props": {"x": 1, "y": 1, "width": 6,
                                                                          "height": 4, "fill": "red"}}]}
        if self.p(0.7):
            props["viewBox"] = self.one("0 0 10 10", "0 0 20 5", "0 0 3 8")
        for key in ("width", "height"):
            if self.p(0.6):
                props[key] = self.one(self.r.randint(1, 120), str(self.r.randint(1, 120)), "50%")
        style: dict[str, Any] = {}
        if self.p(0.3):
            self.item(style, False)
        props["style"] = style
        return {"type": "svg", "props": props}

    def text_leaf(self) -> Any:
        kind = self.r.random()
        if kind < 0.3:
            return self.text()
        if kind < 0.45:
            return self.inline_span()
        if kind < 0.55:
            return self.r.randint(0, 10 ** self.r.randint(1, 8))
        style: dict[str, Any] = {}
        self.text_style(style)
        self.box(style) if self.p(0.3) else None
        return {"type": self.one("span", "p", "div"), "props": {"style": style, "children": self.text()}}

    def image(self) -> dict[str, Any]:
        props: dict[str, Any] = {"src": PNG}
        if self.p(0.85):
            props["width"] = self.one(self.r.randint(1, 200), str(self.r.randint(1, 200)))
        if self.p(0.85):
            props["height"] = self.one(self.r.randint(1, 200), str(self.r.randint(1, 200)))
        style: dict[str, Any] = {}
        if self.p(0.4):
            self.item(style, False)
        props["style"] = style
        return {"type": "img", "props": props}

    def element(self, depth: int, is_root: bool = False) -> Any:
        style: dict[str, Any] = {}
        self.item(style, is_root)
        self.box(style)
        if self.p(0.15):
            self.text_style(style)
        if depth <= 1 or (not is_root and self.p(0.25)):
            kids: list[Any] = [self.text_leaf() if self.p(0.8) else self.image()] if self.p(0.7) else []
        else:
            kids = []
            for _ in range(self.r.randint(1, 8)):
                roll = self.r.random()
                if roll < 0.6:
                    kids.append(self.element(depth - 1 if self.p(0.6) else self.r.randint(1, depth - 1)))
                elif roll < 0.82:
                    kids.append(self.text_leaf())
                elif roll < 0.92:
                    kids.append(self.image())
                else:
                    kids.append(self.svg())
        display = "flex"
        if not is_root and self.p(0.08):
            display = self.one("none", "contents")
        # Satori refuses a box without display around anything but one bare string.
        bare = len(kids) == 1 and isinstance(kids[0], str)
        if (not kids or bare) and self.p(0.2):
            display = ""
        if display:
            style["display"] = display
        self.container(style)
        props: dict[str, Any] = {"style": style}
        if kids:
            props["children"] = kids if len(kids) > 1 or (self.p(0.5) and not display) else kids[0]
        return {"type": "div", "props": props}

    def case(self, case_id: str) -> dict[str, Any]:
        root = self.element(self.r.randint(1, 6), is_root=True)
        fonts = [{"name": name, "path": path, "weight": weight, "style": "normal"}
                 for name, path, weight in FONTS]
        return {"id": case_id, "width": self.r.randint(60, 1200), "height": self.r.randint(60, 800),
                "element": root, "fonts": fonts}


def generate(seed: int, count: int) -> list[dict[str, Any]]:
    fuzzer = Fuzzer(seed)
    return [fuzzer.case(f"lg5-{seed}-{i:04d}") for i in range(count)]


def run(seed: int, count: int) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Cases with Satori's boxes (cases Satori refuses or hangs on are dropped) and outcome counts."""
    cases = generate(seed, count)
    results = satori_boxes(cases)
    kept, counts = [], Counter[str]()
    for case, result in zip(cases, results, strict=True):
        if "boxes" not in result:
            counts["satori error"] += 1
            continue
        kept.append({**case, "boxes": result["boxes"]})
    for case in kept:
        problem = compare(case).problem
        counts["match" if problem is None else "mismatch"] += 1
        case["problem"] = problem
    return kept, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    cases, counts = run(args.seed, args.count)
    compared = counts["match"] + counts["mismatch"]
    print(f"seed {args.seed}: {compared} compared, {counts['match']} match "
          f"({100 * counts['match'] / max(compared, 1):.1f} %), {counts['satori error']} Satori errors")
    for case in cases:
        if case["problem"]:
            print(f"  {case['id']}: {case['problem']}")
    if args.out:
        out = [{k: v for k, v in c.items() if k != "problem"} for c in cases]
        args.out.write_text(json.dumps({"generator": "layoutgen5", "cases": out}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
