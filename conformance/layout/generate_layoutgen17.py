"""An outsider's layout fuzzer, round thirteen: flat property bags drawn uniformly from Satori's whole layout list.

Role: a seed -> random element trees as someone would write "a random layout tree" who never looked at
how cards are built: every element gets a *flat dictionary* of 0-9 properties drawn uniformly from one
list of every layout property Satori's support table names (:meth:`Author.props_table`), each value drawn
uniformly from that property's whole value space, with no idea of which combinations make sense. No
scenes, no patterns, no tokens; written from the reference (/work/shared/reference/satori.md 1.3-1.4)
alone, without the other generators' code or value tables:

- ``display`` flex / none / contents (``block`` only on text: Satori throws on a block ``div`` around an
  element), ``position`` static / relative / absolute, ``order`` (ignored by both);
- every keyword Satori accepts of ``flexDirection``, ``flexWrap``, ``justifyContent``, ``alignItems``,
  ``alignSelf``, ``alignContent`` (``normal``, ``baseline``; not ``space-evenly``, which it refuses);
- one length space for every length property (sizes, min/max, margins, paddings, insets, gaps, flex
  bases, border widths): px numbers and strings (fractional, negative, 0), %, em, rem, vw, vh, ``auto``
  where it is a keyword of the property, ``calc()`` on sizes and insets (ignored by both; Satori throws
  on it in paddings, margins and gaps); shorthands of 1-4 values (``margin: "auto 10%"``, ``padding:
  "1em 2px 3vw"``), ``inset``, ``borderRadius``; ``thin`` / ``medium`` / ``thick`` on border sides
  (not on ``overflow: hidden`` boxes: a listed difference, Satori's mask of their children is NaN);
- ``flex`` as a number or a 1-3 value string, ``flexGrow``/``flexShrink`` 0-3 with fractions,
  ``aspectRatio`` as ``a / b``, ``boxSizing``, ``overflow``, ``border`` shorthands and widths that
  take space, ``borderStyle: dashed``;
- bare strings and numbers among a box's children (each a flex item of its own);
- leaves: text of 1-12 random words at a random ``fontSize`` (px, em, rem), ``lineHeight``,
  ``letterSpacing``, ``whiteSpace``, ``textAlign``; images (``<img>`` of a small PNG, its ``width`` and
  ``height`` attributes, a style size or neither); empty boxes;
- trees 4-8 deep with 1-6 children a box (at most :data:`MAX_NODES` elements), canvases from 100 x 100
  to 1200 x 630, and a translucent ``backgroundColor`` on every element so the same tree checks pixels.

A tree Satori refuses anyway is dropped, counted by message. Each tree is laid out by the real Satori
(``satori_boxes.mjs``, Next.js 16.4.6's bundle) and by pureog (:func:`pureog.layout_boxes`), compared as
:mod:`conformance.layout.check` compares them, text runs too (:mod:`conformance.layout.text_runs`). Misses
where Satori's boxes hold NaN or pass 1e6 px are counted apart. ``--pixels DIR`` draws the same trees with
Next's ``ImageResponse`` (``conformance/oracle``) and pureog and scores them as the paint generators do.

Results (2026-12-07): boxes and text runs match Satori in every tree: 448 laid out (seeds 0, 1, 2, 3 and the
slice's 100 of versions 1-4; 2 refused, a block ``div`` around an element, since drawn no more). Pixels
against Next found two classes, both in trees where Yoga's float32 residue makes a box 1.5e10-1.7e10 px wide
(Satori's boxes, which pureog's match): tiny-skia saturates a path's size to 2147483520, not 2^31 - 1, so such
a box starting 1-127 px right of the canvas's edge is filled (``raster/path_mask.py``; conformance
``backgrounds/huge-box-wide-saturated-width``), and past a million dashes tiny-skia strokes nothing where
pureog drew the border solid (``stroke/dash.py``; ``borders/dashed-past-a-million-dashes``). One listed
difference more: a ``thin`` / ``medium`` / ``thick`` border side on an ``overflow: hidden`` box empties
Satori's mask of its children (spec/differences.md; no longer drawn). Seed 2 (version 2, 100 trees): Next
drew 96 (4 hung past 30 s), 95 matched before the fixes, 96 after; seed 0 (version 1, 50 trees): 49 of 50,
the other that listed difference; seed 3 (version 3, 150 trees): Next drew 149, 149 matched before and
after; 60 trees with every length four times larger and more shrinking, 60 of 60. A scratch run with more
``overflow: hidden`` and radii (seed 700, 60 trees, Next drew 52) found a third class: the content mask of a
box with unequal borders and large elliptical corners was drawn with 8 chords per half corner, 0.3 px inside
the curve (``paint/content_clip.py``; ``clip/overflow-elliptical-radius-one-border``): 51 -> 52 of 52.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen17 --seed 0 --count 50       # match rate, misses
    python -m conformance.layout.generate_layoutgen17 --seed 0 --count 50 --pixels /tmp/lg17-px
    python -m conformance.layout.generate_layoutgen17 --seed 100 --count 8 --out F
        # the committed slice, F = conformance/layout/corpus/layoutgen17-100.json
    python -m conformance.layout.generate_layoutgen17 --seed 1 --count 50 --out /tmp/lg17-1.json
    python -m conformance.layout.generate_layoutgen17 --corpus /tmp/lg17-1.json  # re-check pureog only
    python -m conformance.layout.reduce --corpus /tmp/lg17-1.json --all-mismatches

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`), paintgen's PNG encoder and
the standard library.
"""

from __future__ import annotations

import base64
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conformance.layout.generate import box_and_text_problems, outsider_parser, print_misses, run_outsider, seeded_trees
from conformance.paintgen.generate import rgba_png

GENERATOR = "layoutgen17"
VERSION = 4
MAX_NODES = 45

Style = dict[str, Any]

CANVASES = ((1200, 630), (800, 400), (600, 600), (400, 300), (300, 500), (100, 100), (250, 120))
WORDS = ("lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do", "eiusmod",
         "tempor", "A", "x", "WWW", "Mississippi", "1234", "3.14", "—", "hello-world", "foo_bar", "Zebra", "iii")


def _png(width: int, height: int) -> str:
    # stripes 4 px wide: a picture whose placement shows, in a few bytes (the committed slice inlines it)
    data = rgba_png(width, height, lambda x, y: (200 if x // 4 % 2 else 40, 120, 60, 255))
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


IMAGES = ((16, 16), (40, 20), (10, 30), (64, 48), (1, 1), (100, 50))
_IMAGE_URI = {size: _png(*size) for size in IMAGES}


class Author:
    """One tree's random choices: uniform draws over whole value spaces."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.nodes = 0

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    # -- values ----------------------------------------------------------------------------------
    def number(self, lo: float, hi: float) -> float:
        """A number as a random author types it: whole mostly, a fraction now and then."""
        value = self.rng.uniform(lo, hi)
        return round(value) if self.chance(0.7) else round(value, self.pick((1, 2)))

    def length(self, auto: bool = True, negative: bool = False, percent: bool = True, calc: bool = False) -> Any:
        """One value of the one length space every length property draws from."""
        lo = -60.0 if negative else 0.0
        roll = self.rng.randrange(10 if auto else 9)
        if roll == 0:
            return self.number(lo, 300)
        if roll == 1:
            return f"{self.number(lo, 300)}px"
        if roll == 2:
            return f"{self.number(lo if negative else 0, 120)}%" if percent else self.number(lo, 200)
        if roll == 3:
            return f"{self.number(lo / 10, 8)}em"
        if roll == 4:
            return f"{self.number(lo / 10, 8)}rem"
        if roll == 5:
            return f"{self.number(lo / 5, 40)}{self.pick(('vw', 'vh'))}"
        if roll == 6:
            return self.pick((0, "0", "0px", 1, 0.5))
        if roll == 7:
            return self.pick((10, 20, 50, 100, 8, 16, 24, 32))
        if roll == 8:
            # calc() only where Satori ignores it (a size, an inset): in paddings, margins and gaps it throws
            return self.pick(("calc(100% - 20px)", "calc(50% + 1em)", "calc(10px * 3)")) if calc and self.chance(0.3) \
                else self.number(lo, 60)
        return "auto"

    def edges(self, auto: bool, negative: bool) -> str:
        """A 1-4 value shorthand of lengths (strings with units: css-to-react-native splits them)."""
        def one() -> str:
            value = self.length(auto, negative)
            if value == "auto" or isinstance(value, str):
                return "0" if value.startswith("calc") else value
            return f"{value}px" if value else "0"
        return " ".join(one() for _ in range(self.rng.randint(1, 4)))

    def flex(self) -> Any:
        grow = self.pick((0, 1, 2, 0.5, 3, 1.5))
        roll = self.rng.randrange(6)
        if roll == 0:
            return grow
        if roll == 1:
            return str(grow)
        if roll == 2:
            return f"{grow} {self.pick((0, 1, 2, 0.5))}"
        if roll == 3:
            basis = self.length(auto=True)
            basis = basis if isinstance(basis, str) and not basis.startswith("calc") else f"{basis}px"
            return f"{grow} {self.pick((0, 1, 2))} {basis}"
        if roll == 4:
            basis = self.length(auto=False)
            return f"{grow} {basis if isinstance(basis, str) and not basis.startswith('calc') else '0px'}"
        return self.pick(("none", "auto", "1", "0"))

    # -- properties ------------------------------------------------------------------------------
    def props_table(self) -> dict[str, Callable[[], Any]]:
        p = self.pick
        def gap() -> Any:
            return self.length(auto=False)

        def size() -> Any:
            return self.length(auto=True, calc=True)

        def inset() -> Any:
            return self.length(auto=True, negative=True, calc=True)

        def margin() -> Any:
            return self.length(auto=True, negative=True)

        def padding() -> Any:
            return self.length(auto=False)

        def side() -> Any:  # the width keywords on the side longhands only: the borderWidth shorthand throws
            return self.pick((0, 1, 2, 3, 5, 8, 0.5, "2px", "1em", "thin", "medium", "thick"))

        def border() -> Any:
            return self.pick((0, 1, 2, 3, 5, 8, 0.5, "2px", "1em", "1px 4px", "2px 0 6px"))

        return {
            "position": lambda: p(("static", "relative", "absolute")),
            "top": inset, "right": inset, "bottom": inset, "left": inset,
            "width": size, "height": size,
            "minWidth": size, "minHeight": size, "maxWidth": lambda: p(("none", self.length(auto=False))),
            "maxHeight": lambda: p(("none", self.length(auto=False))),
            "margin": lambda: self.edges(True, True), "marginTop": margin, "marginRight": margin,
            "marginBottom": margin, "marginLeft": margin,
            "padding": lambda: self.edges(False, False), "paddingTop": padding, "paddingRight": padding,
            "paddingBottom": padding, "paddingLeft": padding,
            "borderWidth": border, "borderTopWidth": side, "borderRightWidth": side, "borderBottomWidth": side,
            "borderLeftWidth": side,
            "border": lambda: f"{p((1, 2, 4, 6))}px {p(('solid', 'dashed'))} {p(('red', '#00f8', 'black'))}",
            "borderTop": lambda: f"{p((1, 3, 10))}px solid green",
            "borderLeft": lambda: f"{p((2, 7))}px dashed blue",
            "flexDirection": lambda: p(("row", "column", "row-reverse", "column-reverse")),
            "flexWrap": lambda: p(("nowrap", "wrap", "wrap-reverse")),
            "flexGrow": lambda: p((0, 1, 2, 0.5, 3, 0.25)), "flexShrink": lambda: p((0, 1, 2, 0.5, 3)),
            "flexBasis": lambda: self.length(auto=False) if self.chance(0.9) else "auto",
            "flex": self.flex,
            "justifyContent": lambda: p(("flex-start", "flex-end", "center", "space-between", "space-around")),
            "alignItems": lambda: p(("stretch", "flex-start", "flex-end", "center", "baseline", "normal")),
            "alignSelf": lambda: p(("stretch", "flex-start", "flex-end", "center", "baseline", "normal")),
            "alignContent": lambda: p(("stretch", "flex-start", "flex-end", "center", "space-between",
                                       "space-around", "baseline", "normal")),
            "gap": lambda: p((gap(), f"{self.number(0, 30)}px {self.number(0, 30)}px")),
            "rowGap": gap, "columnGap": gap,
            "aspectRatio": lambda: p(("1 / 1", "16 / 9", "4 / 3", "1 / 2", "3 / 1", "2.5 / 1")),
            "boxSizing": lambda: p(("border-box", "content-box")),
            "overflow": lambda: p(("visible", "hidden")),
            "order": lambda: p((-1, 0, 1, 2, 5)),
            "inset": lambda: p((0, "10px", "5%")),
            "borderRadius": lambda: p((4, "50%", "10px 20px", 999, "8px / 16px", "30%")),
        }

    def style(self, container: bool) -> Style:
        table = self.props_table()
        names = sorted(table)
        s: Style = {}
        for name in self.rng.sample(names, self.rng.randint(0, 9)):
            if not container and name in ("flexDirection", "flexWrap", "justifyContent", "alignItems",
                                          "alignContent", "gap", "rowGap", "columnGap"):
                continue
            s[name] = table[name]()
        if container:
            roll = self.rng.random()
            if roll < 0.8:
                s["display"] = "flex"
            elif roll < 0.88:
                s["display"] = "contents"
            elif roll < 0.93:
                s["display"] = "none"
            else:  # block around an element: Satori throws (a listed difference); around text only
                s["display"] = "flex"
        if s.get("overflow") == "hidden":
            # a width keyword on a side of an overflow-hidden box empties Satori's mask of its children (a
            # listed difference, spec/differences.md): a length there
            for side in ("Top", "Right", "Bottom", "Left"):
                if s.get(f"border{side}Width") in ("thin", "medium", "thick"):
                    s[f"border{side}Width"] = self.pick((1, 3, 5))
        s["backgroundColor"] = (f"rgba({self.rng.randrange(256)}, {self.rng.randrange(256)}, "
                                f"{self.rng.randrange(256)}, 0.{self.rng.randint(2, 5)})")
        return s

    # -- elements --------------------------------------------------------------------------------
    def text(self) -> str:
        return " ".join(self.pick(WORDS) for _ in range(self.rng.randint(1, 12)))

    def text_leaf(self) -> dict[str, Any]:
        s = self.style(False)
        if self.chance(0.7):
            s["fontSize"] = self.pick((self.number(6, 48), f"{self.number(0.5, 3)}em", f"{self.number(0.5, 3)}rem",
                                       f"{self.number(6, 48)}px"))
        if self.chance(0.3):
            s["lineHeight"] = self.pick((1, 1.5, 2, 0.8, "normal", "20px", "1.2em", "150%"))
        if self.chance(0.2):
            s["letterSpacing"] = self.pick((1, -1, "0.1em", "2px"))
        if self.chance(0.2):
            s["whiteSpace"] = self.pick(("normal", "nowrap", "pre", "pre-wrap"))
        if self.chance(0.2):
            s["textAlign"] = self.pick(("left", "center", "right", "justify"))
        if self.chance(0.1):
            s["display"] = self.pick(("flex", "block", "none"))
        return {"type": self.pick(("div", "span", "p", "h1", "section")), "props": {"style": s,
                                                                                   "children": self.text()}}

    def image(self) -> dict[str, Any]:
        natural = self.pick(IMAGES)
        props: dict[str, Any] = {"src": _IMAGE_URI[natural]}
        roll = self.rng.random()
        if roll < 0.5:
            props["width"], props["height"] = natural
        elif roll < 0.7:
            props["width"] = self.pick((natural[0], 20, 50))
            props["height"] = self.pick((natural[1], 30, 10))
        s = self.style(False)
        for key in [k for k in s if k.startswith("padding") or k.startswith("border")]:
            del s[key]  # % paddings make Satori's picture NaN, keyword borders text: listed differences
        props["style"] = s
        return {"type": "img", "props": props}

    def leaf(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.45:
            return self.text_leaf()
        if roll < 0.6:
            return self.image()
        return {"type": "div", "props": {"style": self.style(False)}}

    def element(self, depth: int, max_depth: int) -> dict[str, Any]:
        self.nodes += 1
        if depth >= max_depth or self.nodes >= MAX_NODES or (depth > 2 and self.chance(0.3)):
            return self.leaf()
        count = self.rng.randint(1, 6)
        kids: list[Any] = []
        for _ in range(count):
            if self.nodes >= MAX_NODES:
                break
            roll = self.rng.random()
            if roll < 0.12:  # bare text among the elements: each string is a flex item of its own
                kids.append(self.text())
            elif roll < 0.14:
                kids.append(self.pick((0, 7, -1.5, 2026)))
            else:
                kids.append(self.element(depth + 1, max_depth))
        style = self.style(True)
        return {"type": self.pick(("div", "div", "section", "span")), "props": {"style": style, "children": kids}}


def _has_text(node: Any) -> bool:
    if isinstance(node, (str, int, float)):
        return True
    if isinstance(node, list):
        return any(_has_text(n) for n in node)
    return isinstance(node, dict) and _has_text(node.get("props", {}).get("children", []))


def _tree(rng: random.Random, case_id: str) -> dict[str, Any]:
    a = Author(rng)
    width, height = a.pick(CANVASES)
    root = a.element(1, rng.randint(4, 8))
    if root["type"] == "img" or "children" not in root["props"] or isinstance(root["props"]["children"], str):
        root = {"type": "div", "props": {"style": {"display": "flex"}, "children": [root]}}
    case: dict[str, Any] = {"id": case_id, "width": width, "height": height, "element": root}
    if _has_text(root):  # text: Satori's debug outlines of its runs are compared too
        case["text"] = True
    return case


def generate(seed: int, count: int, prefix: str | None = None) -> list[dict[str, Any]]:
    """``count`` trees of ``seed`` (ids ``<prefix>-NNNN``, default prefix ``l17s<seed>``)."""
    return seeded_trees(GENERATOR, "l17s", seed, count, prefix, _tree)


def report(cases: list[dict[str, Any]]) -> list[str]:
    """Print each miss and the match rate; misses where Satori's boxes hold NaN or pass 1e6 px are
    counted apart."""
    problems, apart = box_and_text_problems(cases)
    return print_misses(cases, problems, apart)


def pixels(cases: list[dict[str, Any]], out: Path) -> int:
    """Draw ``cases`` with Next (references cached in ``out``) and pureog; print each failing tree
    and the pass count. Returns the number of failures."""
    from conformance.paintgen.driver import draw_references, render_and_score  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, case in enumerate(cases):
        path = out / f"p{i:05d}.json"
        path.write_text(json.dumps({"width": case["width"], "height": case["height"], "element": case["element"],
                                    "features": [case["id"]]}) + "\n", encoding="utf-8")
        paths.append(path)
    errors = draw_references(paths)
    failed = 0
    for path, case in zip(paths, cases, strict=True):
        if path in errors:
            print(f"  {case['id']} ({path.name}): Next refused: {errors[path][:90]}")
            continue
        status, psnr, off, reason = render_and_score(str(path))
        if status != "pass":
            failed += 1
            print(f"  {case['id']} ({path.name}): {status} psnr {psnr:.1f} off {off:.4f} {reason[:90]}")
    drawn = len(paths) - len(errors)
    print(f"{len(paths)} trees, {drawn} drawn by Next, {drawn - failed} pass, {failed} fail")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = outsider_parser((__doc__ or "").split("\n")[0])
    parser.add_argument("--pixels", type=Path, help="draw the trees with Next and pureog here, score pixels")
    args = parser.parse_args(argv)
    if args.pixels:
        pixels(generate(args.seed, args.count), args.pixels)
        return 0
    return run_outsider(args, report, lambda: generate(args.seed, args.count), GENERATOR, VERSION)


if __name__ == "__main__":
    sys.exit(main())
