"""Seeded generator of random CSS Grid trees and the differential test against headless Chromium.

Role: a seed -> React-shaped element trees whose root (and some items) are grid containers, drawing
what the grid algorithm reads: track lists (px, %, fr, auto, min-content, max-content, minmax(),
fit-content(), repeat() with counts, auto-fill and auto-fit, line names), template areas with
``gridArea`` names, implicit tracks (``gridAutoRows``/``Columns``, lists), ``gridAutoFlow`` (row,
column, dense), gaps in px and %, line placement (numbers, negative numbers, spans, names), content
and self alignment on both axes, auto margins, padding and borders, item sizes with min/max, nested
grids, flex items with fixed-size children or text, text as a grid item, absolutely positioned
children placed by grid lines and insets, hidden children. Text uses words whose Satori width is a
whole pixel or has a fraction over .85 (Satori reports text widths rounded up, Chromium does not).

With ``--run`` the trees are laid out by Chromium (:mod:`conformance.chromium.oracle`) and by pureog
(:func:`conformance.chromium.compare.exact_boxes`) and compared box by box (0.5 px); ``--out`` writes
the trees with Chromium's boxes as a corpus file that ``tests/layout/test_grid_chromium.py`` checks
without a browser. Dev tool.

Usage (from the repository root)::

    python -m conformance.chromium.gridgen --seed 1 --count 1000 --run            # match rate, classes
    python -m conformance.chromium.gridgen --seed 7 --count 60 --out conformance/chromium/corpus/grid-7.json
    python -m conformance.chromium.gridgen --seed 1 --count 3 --print
    python -m conformance.chromium.gridgen --seed 1 --count 200 --run --rtl     # right to left (features: browser)
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GENERATOR_VERSION = 1
_CANVAS = ((400, 300), (600, 315), (300, 400), (500, 260), (240, 240))
_WORDS = ("Hello", "world", "grid", "cell", "layout", "pureog", "Lorem", "ipsum", "OG", "card", "track", "area",
          "row", "column", "span", "Tokyo", "Paris", "box", "item", "flex", "Yoga", "Chromium", "template")
_FONT_SIZES = (10, 12, 13, 14, 16, 18, 20, 24, 28)
"""Sizes whose ``normal`` line height is the same in Satori (1.3 em, per line rounded) and Chromium
(ascent and descent rounded apart): not 15, 22, 25, 32, 35."""
_TRACK_PX = (20, 30, 40, 50, 60, 75, 80, 100, 120)
_ITEM_PX = (10, 20, 25, 30, 40, 50, 60, 80, 100, 150)
_ALIGN = ("start", "end", "center", "stretch")
_CONTENT = ("start", "end", "center", "stretch", "space-between", "space-around", "space-evenly", "normal")
_AREA_NAMES = ("hd", "nav", "main", "side", "ft")


@cache
def _text_widths(size: int) -> dict[str, float]:
    """Satori's (pureog's) unrounded width of each word and word pair at ``size`` px."""
    from pureog.style.computed import ComputedStyle  # noqa: PLC0415 (imported on use: the generator is a tool)
    from pureog.text.fonts import FontLibrary  # noqa: PLC0415
    from pureog.text.line_flow import TextLayout  # noqa: PLC0415

    fonts = FontLibrary.default()
    style = ComputedStyle(font_family=("geist",), font_size=float(size))
    phrases = list(_WORDS) + [f"{a} {b}" for a in _WORDS for b in _WORDS if a != b]
    return {p: TextLayout(p, style, fonts).flow(math.inf).width for p in phrases}


def _rounds_well(width: float) -> bool:
    """Rounding the width up (Satori) moves it less than 0.15 px (Chromium keeps the fraction)."""
    fraction = width - math.floor(width)
    return fraction < 0.002 or fraction > 0.85


class GridGenerator:
    """Random grid trees from one seeded ``random.Random`` (same seed, same trees)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.budget = 0

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: tuple[Any, ...]) -> Any:
        return self.rng.choice(options)

    # --- text ---

    def text(self, size: int | None = None) -> tuple[str, int]:
        """A phrase (1-2 words) and a font size whose widths round well, every word on its own too."""
        fixed = size
        for _ in range(50):
            size = fixed or self.pick(_FONT_SIZES)
            widths = _text_widths(size)
            if self.chance(0.5):
                phrase = self.pick(_WORDS)
                words = [phrase]
            else:
                a, b = self.rng.sample(_WORDS, 2)
                phrase, words = f"{a} {b}", [a, b]
            if all(_rounds_well(widths[w]) for w in (*words, phrase)):
                return phrase, size
        size = fixed or 16
        return next(w for w in _WORDS if _rounds_well(_text_widths(size)[w])), size

    # --- tracks ---

    def track_size(self, *, percent: bool, allow_flex: bool = True) -> str:
        roll = self.rng.random()
        if roll < 0.25:
            return f"{self.pick(_TRACK_PX)}px"
        if roll < 0.32 and percent:
            return str(self.pick(("10%", "20%", "25%", "30%", "50%")))
        if roll < 0.52 and allow_flex:
            return str(self.pick(("1fr", "1fr", "2fr", "0.5fr", "3fr")))
        if roll < 0.64:
            return "auto"
        if roll < 0.7:
            return str(self.pick(("min-content", "max-content")))
        if roll < 0.85:
            low = self.pick((f"{self.pick(_TRACK_PX)}px", "auto", "min-content", "0px"))
            high = self.pick((f"{self.pick(_TRACK_PX) + 20}px", "auto", "max-content", "1fr", "2fr") if allow_flex
                             else (f"{self.pick(_TRACK_PX) + 20}px", "auto", "max-content"))
            return f"minmax({low}, {high})"
        if roll < 0.92:
            return f"fit-content({self.pick(_TRACK_PX)}px)"
        return f"{self.pick(_TRACK_PX)}px"

    def fixed_size(self) -> str:
        if self.chance(0.6):
            return f"{self.pick(_TRACK_PX)}px"
        return f"minmax({self.pick(_TRACK_PX)}px, {self.pick(('1fr', 'auto', '2fr'))})"

    def track_list(self, count: int, *, percent: bool, auto_repeat: bool) -> str:
        parts = []
        if auto_repeat and self.chance(0.3):
            inner = " ".join(self.fixed_size() for _ in range(self.rng.randint(1, 2)))
            kind = self.pick(("auto-fill", "auto-fit"))
            parts.append(f"repeat({kind}, {inner})")
            for _ in range(self.rng.randint(0, 1)):
                parts.insert(self.rng.randint(0, len(parts)), f"{self.pick(_TRACK_PX)}px")
            return " ".join(parts)
        index = 0
        while index < count:
            if self.chance(0.15) and count - index >= 2:
                times = self.rng.randint(2, 3)
                inner = " ".join(self.track_size(percent=percent) for _ in range(self.rng.randint(1, 2)))
                parts.append(f"repeat({times}, {inner})")
                index += times
            else:
                parts.append(self.track_size(percent=percent))
                index += 1
        if self.chance(0.12):
            parts.insert(0, "[first]")
            parts.append("[last]")
        return " ".join(parts)

    # --- styles ---

    def spacing(self, style: dict[str, Any], *, margins: bool) -> None:
        if margins and self.chance(0.25):
            for side in ("Top", "Right", "Bottom", "Left"):
                if self.chance(0.4):
                    style["margin" + side] = self.pick((0, 4, 5, 10, "auto", "auto", -5))
        if self.chance(0.3):
            for side in ("Top", "Right", "Bottom", "Left"):
                if self.chance(0.5):
                    style["padding" + side] = self.pick((2, 4, 5, 8, 10))
        if self.chance(0.15):
            style["border"] = f"{self.pick((1, 2, 3, 4))}px solid #333"

    def item_size(self, style: dict[str, Any]) -> None:
        if self.chance(0.3):
            style["width"] = self.pick(_ITEM_PX) if self.chance(0.85) else self.pick(("50%", "100%", "25%"))
        if self.chance(0.35):
            style["height"] = self.pick(_ITEM_PX) if self.chance(0.9) else self.pick(("50%", "100%"))
        # (never a min above the max: Yoga lets the max win inside the item's own layout, CSS the min)
        if self.chance(0.08):
            style["minWidth"] = self.pick((0, 20, 40, 60))
        if self.chance(0.06):
            style["maxWidth"] = max(self.pick((30, 50, 80)), style.get("minWidth", 0))
        if self.chance(0.06):
            style["minHeight"] = self.pick((0, 15, 40))
        if self.chance(0.05):
            style["maxHeight"] = max(self.pick((20, 40)), style.get("minHeight", 0))

    def placement(self, style: dict[str, Any], columns: int, rows: int, areas: list[str]) -> None:
        if areas and self.chance(0.5):
            style["gridArea"] = self.pick(tuple(areas))
            return
        for axis, count in (("Column", columns), ("Row", rows)):
            roll = self.rng.random()
            if roll < 0.55:
                continue
            line = self.rng.randint(1, max(1, count + 1))
            if roll < 0.7:
                style["grid" + axis] = f"span {self.rng.randint(2, 3)}"
            elif roll < 0.8:
                style["grid" + axis] = str(line) if self.chance(0.5) else line
            elif roll < 0.9:
                style["grid" + axis] = f"{line} / span {self.rng.randint(1, 3)}"
            elif roll < 0.95:
                style["grid" + axis] = f"{self.rng.randint(1, max(1, count))} / {self.pick((-1, -2, line + 2))}"
            else:
                style[f"grid{axis}Start"] = self.pick(("auto", "span 2", str(line)))
                style[f"grid{axis}End"] = self.pick(("auto", str(line + 1), "-1"))

    # --- elements ---

    def leaf(self) -> dict[str, Any]:
        style: dict[str, Any] = {}
        self.item_size(style)
        self.spacing(style, margins=False)
        if self.chance(0.3):
            style["backgroundColor"] = "#abc"
        return {"type": "div", "props": {"style": style}}

    def text_item(self, *, in_flex: bool = False) -> dict[str, Any]:
        phrase, size = self.text()
        style: dict[str, Any] = {"fontSize": size}
        if self.chance(0.3) and not in_flex:
            # (not on the text of a flex item: a text holder shrinks, and Yoga scales shrinking by the
            # border-box basis where CSS takes the content box: a flex difference, not a grid one)
            self.spacing(style, margins=False)
        return {"type": "div", "props": {"style": style, "children": phrase}}

    def flex_item(self, depth: int) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex"}
        if self.chance(0.5):
            style["flexDirection"] = "column"
        if self.chance(0.3):
            style["alignItems"] = self.pick(("flex-start", "center", "flex-end"))
        if self.chance(0.2):
            style["gap"] = self.pick((4, 6, 10))
        self.spacing(style, margins=False)
        children = []
        for _ in range(self.rng.randint(1, 3)):
            if self.chance(0.4):
                # a text holder does not shrink or wrap here: Yoga's basis for wrappable text is its
                # fit-content width, CSS's its max-content width (a flex difference, not a grid one)
                text = self.text_item(in_flex=True)
                text["props"]["style"].update(flexShrink=0, whiteSpace="nowrap")
                children.append(text)
            else:
                children.append({"type": "div", "props": {"style": {"width": self.pick(_ITEM_PX),
                                                                     "height": self.pick(_ITEM_PX)}}})
        return {"type": "div", "props": {"style": style, "children": children}}

    def item(self, depth: int, columns: int, rows: int, areas: list[str]) -> Any:
        self.budget -= 1
        roll = self.rng.random()
        if roll < 0.07 and depth > 1:
            phrase, _ = self.text(16)
            return phrase  # text directly in the grid (16 px, inherited): an anonymous grid item
        if roll < 0.2 and depth < 3 and self.budget > 3:
            element = self.grid(depth + 1)
        elif roll < 0.35:
            element = self.text_item()
        elif roll < 0.45 and depth < 3:
            element = self.flex_item(depth + 1)
        else:
            element = self.leaf()
        style = element["props"]["style"]
        self.placement(style, columns, rows, areas)
        if self.chance(0.15):
            style["justifySelf"] = self.pick(_ALIGN)
        if self.chance(0.15):
            style["alignSelf"] = self.pick(_ALIGN)
        if self.chance(0.15):
            for side in ("Top", "Right", "Bottom", "Left"):
                if self.chance(0.4):
                    style["margin" + side] = self.pick((0, 4, 5, 10, "auto", -5))
        if self.chance(0.06):
            style["overflow"] = "hidden"
        roll = self.rng.random()
        if roll < 0.07:
            style["position"] = "absolute"
            for side in ("top", "right", "bottom", "left"):
                if self.chance(0.3):
                    style[side] = self.pick((0, 5, 10, "10%"))
        elif roll < 0.1:
            style["display"] = "none"
        elif roll < 0.13:
            style["position"] = "relative"
            style[self.pick(("top", "left"))] = self.pick((3, -4, 10))
        return element

    def grid(self, depth: int) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "grid"}
        root = depth == 1
        definite_width = root or self.chance(0.3)
        if root:
            style["width"] = self.pick((300, 360, 400, "100%", 250, 333))
            if self.chance(0.5):
                style["height"] = self.pick((150, 200, 240, "100%"))
        elif definite_width:
            style["width"] = self.pick((100, 150, 200))
        columns = self.rng.randint(0, 4)
        rows = self.rng.randint(0, 3)
        areas: list[str] = []
        if self.chance(0.12):
            columns, rows, template, areas = self.areas()
            style["gridTemplateAreas"] = template
        if columns and (self.chance(0.9) or areas):
            style["gridTemplateColumns"] = self.track_list(columns, percent=definite_width,
                                                           auto_repeat=definite_width and not areas)
        if rows and (self.chance(0.7) or areas):
            style["gridTemplateRows"] = self.track_list(rows, percent=False, auto_repeat=False)
        if self.chance(0.25):
            sizes = [self.pick(("auto", "30px", "min-content", "max-content", "minmax(20px, auto)", "1fr", "40px"))
                     for _ in range(self.rng.randint(1, 2))]
            style[self.pick(("gridAutoRows", "gridAutoColumns"))] = " ".join(sizes)
        if self.chance(0.25):
            style["gridAutoFlow"] = self.pick(("row", "column", "row dense", "column dense", "dense"))
        if self.chance(0.45):
            style["gap"] = self.pick((4, 5, 10, "8px 12px", 20))
        elif self.chance(0.1):
            style[self.pick(("rowGap", "columnGap"))] = self.pick(("5%", "10%", 6))
        if self.chance(0.3):
            style["justifyContent"] = self.pick(_CONTENT)
        if self.chance(0.3):
            style["alignContent"] = self.pick(_CONTENT)
        if self.chance(0.2):
            style["justifyItems"] = self.pick(_ALIGN)
        if self.chance(0.2):
            style["alignItems"] = self.pick(_ALIGN)
        self.spacing(style, margins=False)
        if not root:
            self.item_size(style) if self.chance(0.3) else None
        count = self.rng.randint(1, 8 if root else 4)
        children = []
        for _ in range(count):
            if self.budget <= 0:
                break
            children.append(self.item(depth, max(columns, 1), max(rows, 1), areas))
        return {"type": "div", "props": {"style": style, "children": children}}

    def areas(self) -> tuple[int, int, str, list[str]]:
        layouts = (
            (3, 3, ['"hd hd hd"', '"nav main side"', '"ft ft ft"']),
            (2, 3, ['"hd hd"', '"nav main"', '"nav ft"']),
            (3, 2, ['"hd hd side"', '"main . side"']),
            (2, 2, ['"main side"', '"ft ft"']),
        )
        columns, rows, lines = self.pick(layouts)
        names = sorted({n for line in lines for n in line.strip('"').split() if n != "."})
        return columns, rows, " ".join(lines), names

    def case(self, case_id: str) -> dict[str, Any]:
        self.budget = self.rng.randint(4, 24)
        width, height = self.pick(_CANVAS)
        return {"id": case_id, "width": width, "height": height, "element": self.grid(1)}


def generate(seed: int, count: int, prefix: str, *, rtl: bool = False) -> list[dict[str, Any]]:
    gen = GridGenerator(seed)
    cases = [gen.case(f"{prefix}-{i:04d}") for i in range(count)]
    return [_right_to_left(case) for case in cases] if rtl else cases


def _right_to_left(case: dict[str, Any]) -> dict[str, Any]:
    """The same tree with ``direction: rtl`` on its root, as a ``features: browser`` document (pureog
    lays grids out right to left only then, as Chromium always does)."""
    element = case["element"]
    props = element["props"]
    root = {**element, "props": {**props, "style": {**props.get("style", {}), "direction": "rtl"}}}
    return {**case, "element": {"element": root, "features": "browser"}}


# --- running against Chromium ----------------------------------------------------------------------


def chromium_boxes(cases: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """The cases with Chromium's boxes and the indexes of hidden elements; (cases, browser version)."""
    from conformance.chromium.compare import load  # noqa: PLC0415
    from conformance.chromium.html import build_page  # noqa: PLC0415
    from conformance.chromium.oracle import ChromiumOracle  # noqa: PLC0415

    out = []
    with ChromiumOracle() as oracle:
        version = oracle.version()
        for number, case in enumerate(cases):
            page = build_page(load(case["element"], case["width"], case["height"]))
            boxes = oracle.boxes(page)
            out.append({**case, "boxes": [[round(v, 4) for v in b] for b in boxes], "hidden": sorted(page.hidden)})
            if number % 100 == 99:
                print(f"chromium: {number + 1}/{len(cases)}", file=sys.stderr, flush=True)
    return out, version


def compare_case(case: dict[str, Any], *, public: bool = False) -> str | None:
    """The first box where pureog and the recorded Chromium boxes differ (None: all within 0.5 px)."""
    from conformance.chromium.compare import exact_boxes, first_difference, load, public_boxes  # noqa: PLC0415

    try:
        document = load(case["element"], case["width"], case["height"])
        ours = public_boxes(document) if public else exact_boxes(document)
    except Exception as error:  # noqa: BLE001 - a crash is a finding, reported with the case
        return f"pureog error: {type(error).__name__}: {error}"
    tolerance = 1.0 if public else 0.5
    return first_difference(ours, case["boxes"], frozenset(case.get("hidden", ())), tolerance)


def write_corpus(header: dict[str, Any], cases: list[dict[str, Any]], out: Path) -> None:
    lines = [json.dumps(c, separators=(",", ":")) for c in cases]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text('{"generator":' + json.dumps(header, separators=(",", ":")) + ',"cases":[\n'
                   + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--prefix", default=None)
    parser.add_argument("--print", action="store_true", help="print the trees (no browser)")
    parser.add_argument("--run", action="store_true", help="compare pureog with Chromium and report")
    parser.add_argument("--out", type=Path, help="write the trees with Chromium's boxes (a corpus file)")
    parser.add_argument("--save", type=Path, help="with --run: also write every case with its result here")
    parser.add_argument("--rtl", action="store_true", help="direction: rtl on each root (features: browser)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    prefix = args.prefix or f"g{args.seed}" + ("r" if args.rtl else "")
    cases = generate(args.seed, args.count, prefix, rtl=args.rtl)
    if args.print or not (args.run or args.out):
        for case in cases:
            print(json.dumps(case))
        return 0
    started = time.perf_counter()
    laid_out, version = chromium_boxes(cases)
    header = {"version": GENERATOR_VERSION, "seed": args.seed, "count": args.count, "chromium": version}
    if args.out:
        write_corpus(header, laid_out, args.out)
        print(f"{args.out}: {len(laid_out)} cases (Chromium {version})", file=sys.stderr)
    if args.run:
        problems = {c["id"]: compare_case(c) for c in laid_out}
        public = {c["id"]: compare_case(c, public=True) for c in laid_out}
        failed = {k: v for k, v in problems.items() if v}
        public_failed = {k: v for k, v in public.items() if v}
        total = len(laid_out)
        print(f"{total} trees (Chromium {version}, {time.perf_counter() - started:.0f} s): "
              f"{total - len(failed)} match within 0.5 px before rounding ({100 * (1 - len(failed) / total):.2f} %), "
              f"{total - len(public_failed)} within 1 px after Satori's rounding "
              f"({100 * (1 - len(public_failed) / total):.2f} %)")
        kinds = Counter(v.split(":")[0].split(" (")[0] if v.startswith("pureog") else v.split("(")[1].split(")")[0]
                        for v in failed.values())
        print("first differing value:", dict(kinds))
        for case_id, problem in failed.items():
            if args.verbose or len(failed) <= 40:
                print(f"  {case_id}: {problem}")
        if args.save:
            for case in laid_out:
                case["problem"] = problems[case["id"]]
            write_corpus(header, laid_out, args.save)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
