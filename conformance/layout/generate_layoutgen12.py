"""An outsider's layout fuzzer, round eight: the trees a layout engine's own conformance suite draws.

Role: a seed -> random element trees built the way Yoga's gentest fixtures (``gentest/fixtures/*.html``)
and Taffy's test fixtures (``test_fixtures/*.html``) are built: a fixed-size root and small boxes, each
fixture probing one interaction, here *combined* 2-4 to a tree (one or two on a container, the others
on containers nested in its items). Written from those suites' fixture names and structure, the
reference (/work/shared/reference/satori.md) and CSS alone, without the other generators' code or
value tables. The interactions (:data:`~conformance.layout.layoutgen12_traits.TRAITS`):

- absolute children with every subset of the four insets (px, %, negative), with and without a size,
  with px / % / ``auto`` margins and min/max sizes, inside padded and bordered containers; absolute
  children without insets (or with one axis) at their static position under every
  ``justifyContent`` / ``alignItems`` / ``alignSelf``, in reversed and ``wrap-reverse`` containers;
  absolute boxes under ``position: static`` parents (the containing block is further up);
- ``margin: auto`` on in-flow items, on one to four sides, against every justify / align value;
- ``flexWrap: wrap`` / ``wrap-reverse`` with every ``alignContent`` and ``rowGap`` / ``columnGap`` /
  ``gap`` in px and %, lines with growing items, containers sized on one axis only;
- ``row-reverse`` / ``column-reverse`` with per-side margins, paddings and borders;
- min/max width/height against ``flexBasis``, percentages and each other (min > max, min == max);
- ``<img>`` with a natural size (``aspectRatio``'s home in Satori) sized by one side (a prop, or a
  style in px or %), by min/max or stretched, with padding, border or margin, absolute now and then;
  ``aspectRatio: "w / h"`` on boxes (Satori ignores it: so must the boxes);
- ``flexBasis`` 0 / px / % / ``auto``, ``flex`` shorthands, ``flexShrink: 0`` overflow, negative
  free space under every ``justifyContent`` (the suites' ``*_negative_space`` fixtures);
- ``display: none`` siblings with sizes, margins and children; padding and border larger than the
  box; percentage chains through parents of undefined size (sizes, paddings, margins, gaps);
- ``position: relative`` offsets on one side, on opposing sides, in %, and ``position: static`` with
  insets (ignored); ``overflow: hidden`` around larger content; ``alignItems: baseline`` with padded,
  nested and multi-line items; fractional sizes at every level (the suites' rounding fixtures:
  ``flex: 1`` among 3-7 items in 113.3 px, x.3 / x.7 paddings, fractional positions);
- ``display: contents`` wrappers (nested, with ignored sizes and margins), ``boxSizing: content-box``
  with % sizes and min/max, columns wrapping under a max height, absolute boxes inside absolute
  boxes, gaps beside growing and frozen items, the root itself as an item of Satori's canvas node;
- text leaves (the suites' measure functions) in Geist under the same interactions, and text whose
  size, basis, min/max or stretch overrides its measure, in ``display: block`` / ``-webkit-box``.

In two trees of five every element that sets no ``flexShrink`` gets CSS's initial 1 (Satori's is
0), as a fixture carried over from the suites' HTML, which Chromium lays out with it, would read.
Values are those Satori accepts (no ``display: grid``, no ``space-evenly``, no ``flexBasis:
content``, no bare-number ``aspectRatio``, ``overflow`` visible / hidden, ``display: block`` only
around text: Satori refuses a block ``<div>`` around an element); a tree Satori refuses anyway is
dropped. Each tree is laid out by the real Satori (``satori_boxes.mjs``, Next.js 16.4.6's bundle)
and by pureog (:func:`pureog.layout_boxes`), compared as :mod:`conformance.layout.check` compares
them; a tree with text also asks for the runs Satori's ``debug: true`` outlines, compared as
:mod:`conformance.layout.text_runs` compares them. The command line also draws a *listed* difference
(spec/differences.md) in a fifth of the trees: text leaves with a font size in vw, vh, % or pt
(Satori loses it); a miss in such a tree is laid out again without it and counted apart when that
matches. ``--no-listed`` and :func:`generate` (which the committed slice comes from) draw none.
Counted apart too: misses where Satori's boxes hold NaN or pass 1e6 px (Yoga's float32 noise).

It found no class. Seeds 0-5 (600 trees, 505 with text, 6,641 text runs): with ``--no-listed`` 599
match, boxes and runs, and 1 is counted apart (Satori's boxes NaN: a baseline row over a ``display:
none`` item, whose text runs Satori outlines at ``y`` NaN and pureog at finite places); with the
listed font sizes 528 match (88.0 %), 71 miss by the listed font size alone, 1 is that NaN tree.
Held out until the generator was done, seeds 6-7: 179 of 200 match, 21 by the listed font size alone.
Drafts (about 4,000 trees, element boxes only, 600 of them with 3-6 traits on one container or
nested) matched in full but for listed font sizes. Pixels against Next (``conformance/oracle/
regenerate.py``, each box given a translucent background): 40 of 40 trees of seed 8 without listed
values draw the same pixels (no channel more than 40 off); the 6 misses among 60 trees of a draft's
seed 6 all hold a listed font size.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen12 --seed 0 --count 100       # match rate, misses
    python -m conformance.layout.generate_layoutgen12 --seed 70 --count 30 --no-listed --keep 14 --out F
        # the committed slice, F = conformance/layout/corpus/layoutgen12-70.json
    python -m conformance.layout.generate_layoutgen12 --seed 1 --count 100 --out /tmp/lg12-1.json
    python -m conformance.layout.generate_layoutgen12 --corpus /tmp/lg12-1.json  # re-check pureog only
    python -m conformance.layout.reduce --corpus /tmp/lg12-1.json --all-mismatches

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`), paintgen's PNG encoder and
the standard library.
"""
from __future__ import annotations

import copy
import json
import random
import sys
from typing import Any

from conformance.layout.check import compare
from conformance.layout.generate import (
    degenerate_boxes,
    outsider_parser,
    print_misses,
    run_outsider,
    satori_boxes,
)
from conformance.layout.layoutgen12_traits import (
    CANVASES,
    DIRECTIONS,
    INSETS,
    LISTED_FONT_SIZES,
    TRAITS,
    Style,
    Tree,
)
from conformance.layout.text_runs import text_difference

GENERATOR = "layoutgen12"
VERSION = 1


def _tree(rng: random.Random, case_id: str, listed: bool) -> dict[str, Any]:
    t = Tree(rng, listed and rng.random() < 0.2)  # the listed font sizes in a fifth of the trees
    t.pending = rng.sample(TRAITS, rng.randint(2, 4))
    width, height = t.pick(CANVASES)
    if t.fractional and t.chance(0.5):  # odd canvases: every level's rounding shows
        width, height = width + rng.randint(1, 9), height + rng.randint(1, 9)
    root: Style = {"display": "flex"}
    roll = rng.random()
    if roll < 0.6:  # the suites' fixed-size root
        root["width"], root["height"] = t.pick((100, 200, 300, 500, "100%", 113.4, 87.6)), \
            t.pick((100, 200, 300, 500, "100%", 113.4, 101.3))
    elif roll < 0.8:
        root["width"] = t.pick((100, 200, "100%"))
    if t.chance(0.3):
        root["flexDirection"] = t.pick(DIRECTIONS)
    if t.chance(0.3):  # the root is an item of Satori's canvas node (row, wrap, flex-start): probe that
        key = t.pick(("margin", "flexGrow", "alignSelf", "position", "minHeight", "maxWidth", "padding"))
        root[key] = {"margin": t.pick((10, "auto", "5%", "10px auto")), "flexGrow": 1,
                     "alignSelf": t.pick(("stretch", "center", "flex-end")), "position": "absolute",
                     "minHeight": t.pick(("100%", 50)), "maxWidth": t.pick(("50%", 80)),
                     "padding": t.pick((10, "5%"))}[key]
        if key == "position":
            for inset in t.rng.sample(INSETS, t.rng.randint(0, 4)):
                root[inset] = t.offset()
    element = t.container(root, 1)
    if t.chance(0.4):  # a fixture ported with the browser's default written out: every box may shrink
        _write_css_shrink(element)
    case = {"id": case_id, "width": width, "height": height, "element": element}
    if '"children": "' in json.dumps(element):  # text: Satori's debug outlines of its runs too
        case["text"] = True
    return case


def _write_css_shrink(node: Any) -> None:
    """``flexShrink: 1`` (CSS's initial value; Satori's is 0) on every element that sets none, as a
    fixture carried over from the suites' HTML, which Chromium lays out with it, would read."""
    if not isinstance(node, dict):
        return
    props = node["props"]
    props.setdefault("style", {}).setdefault("flexShrink", 1)
    children = props.get("children")
    for child in children if isinstance(children, list) else [children]:
        _write_css_shrink(child)


def generate(seed: int, count: int, prefix: str | None = None, listed: bool = False) -> list[dict[str, Any]]:
    """``count`` trees of ``seed`` (ids ``<prefix>-NNNN``, default prefix ``l12s<seed>``); ``listed``
    also draws the listed font sizes in a few text leaves."""
    rng = random.Random(f"{GENERATOR}-{seed}")
    prefix = prefix or f"l12s{seed}"
    return [_tree(rng, f"{prefix}-{i:04d}", listed) for i in range(count)]


def without_listed(element: Any) -> Any:
    """The tree with the listed font sizes (vw, vh, %, pt) removed."""
    tree = copy.deepcopy(element)
    stack = [tree]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        props = node.get("props", {})
        style = props.get("style")
        if isinstance(style, dict) and isinstance(style.get("fontSize"), str) \
                and style["fontSize"] in LISTED_FONT_SIZES:
            del style["fontSize"]
        children = props.get("children")
        stack.extend(children if isinstance(children, list) else [children])
    return tree


def report(cases: list[dict[str, Any]]) -> list[str]:
    """Print each miss and the match rate; misses that the listed font sizes alone explain (the tree
    laid out again without them matches) and misses where Satori's boxes hold NaN or pass 1e6 px are
    counted apart."""
    problems = {c["id"]: compare(c).problem or text_difference(c) for c in cases}
    listed_cases = [c for c in cases if problems[c["id"]] and without_listed(c["element"]) != c["element"]]
    listed: set[str] = set()
    if listed_cases:
        # laid out again (asking Satori for the text runs again: "text" holds the first run's now)
        stripped = [{**c, "element": without_listed(c["element"]), **({"text": True} if "text" in c else {})}
                    for c in listed_cases]
        for case, result in zip(stripped, satori_boxes(stripped), strict=True):
            if "boxes" in result:
                problem = compare({**case, **result}).problem or text_difference({**case, **result})
                if problem is None:
                    listed.add(case["id"])
                else:
                    problems[case["id"]] = f"(without the listed font sizes) {problem}"
    apart = {i: "a listed font size alone" for i in listed}
    apart.update({c["id"]: "Satori's boxes hold NaN or pass 1e6 px" for c in cases
                  if problems[c["id"]] and c["id"] not in listed and degenerate_boxes(c["boxes"])})
    return print_misses(cases, problems, apart)


def main(argv: list[str] | None = None) -> int:
    parser = outsider_parser((__doc__ or "").split("\n")[0])
    parser.add_argument("--no-listed", action="store_true", help="draw no listed font sizes")
    args = parser.parse_args(argv)
    listed = not args.no_listed
    return run_outsider(args, report, lambda: generate(args.seed, args.count, listed=listed), GENERATOR, VERSION,
                        listed=listed)


if __name__ == "__main__":
    sys.exit(main())
