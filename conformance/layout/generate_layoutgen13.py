"""An outsider's layout fuzzer, round nine: trees the way web-platform-tests' css-flexbox suite probes flexbox.

Role: a seed -> random element trees built the way the web-platform-tests ``css/css-flexbox`` tests are
built: a page (the root, a column as a block body stacks its children) of small *test containers*,
each one probing one question of the flexbox spec, often inside a wrapper that makes the container's
size definite or not (an indefinite column, a shrink-to-fit absolute box, a row item, a fixed box).
Written from the suite's file names and structure (``flex-minimum-width-flex-items-*``,
``flexbox-min-width-auto-*``, ``percentage-heights-*``, ``flexbox-definite-sizes-*``,
``intrinsic-size/*``, ``flex-basis-*``, ``auto-margins-*``, ``abspos/flex-abspos-staticpos-*``,
``align-content-*``, ``align-baseline``/``flexbox_align-items-baseline-*``, ``flexbox-abspos-order``,
``gap-*``, ``flex-item-max-width-*``, ``flex-aspect-ratio-img-*``, ``flexbox_flex-none-wrappable-
content``), the reference (/work/shared/reference/satori.md, 1.3) and CSS alone, without the other
generators' code or value tables. The families (:data:`FAMILIES`):

- *automatic minimum sizes*: items of text (long words, several words), images with a natural size
  (``aspectRatio``'s home in Satori), ``overflow: hidden`` items and items with an explicit
  ``minWidth``/``minHeight`` (0, px, %) in a container narrower or shorter than their content, with
  ``flexShrink``, ``flexBasis: 0`` and ``flex: 1``, in rows and columns;
- *percentages against definite and indefinite containers*: % heights and widths of items (and of
  their children) in columns of definite, ``maxHeight``-capped, flexed (``flex: 1`` in a definite
  column) and indefinite height, rows of definite height inside indefinite columns (the suite's
  definite-sizes tests), % min/max, % flex bases;
- *intrinsic sizing*: column and wrapped containers sized by their content (no width: under a row,
  an absolute wrapper or ``alignItems: flex-start``), columns wrapping under a height, rows wrapping
  text items, nested shrink-to-fit;
- ``flexBasis`` 0 / px / % / unset with ``boxSizing`` ``content-box`` / ``border-box`` and padding
  and borders, ``flex`` shorthands (``1``, ``1 0 0``, ``0 0 auto``, ``none``, ``2 1 50px``), text items
  whose basis is their content;
- ``margin: auto`` in both axes (one side, two, all four) on items larger than the container
  (overflow: auto margins take nothing, the item overflows at the start or end per justify/align);
- absolutely positioned children of flex containers: their static position under
  ``justifyContent``, ``alignItems``, ``alignSelf`` (on the absolute child itself), ``alignContent``
  on a wrapped container (abspos/flex-abspos-staticpos-align-content-*), reversed directions,
  padded and bordered containers, with ``order`` on them (flexbox-abspos-order);
- ``alignContent`` on a single line, wrapped and not (``align-content-wrap-*``), with stretch items;
- baselines: ``alignItems: baseline`` / ``alignSelf: baseline`` with text of mixed font sizes and
  faces, padding, borders and margins on the items, nested flex items (the first child's baseline),
  column items, images (no baseline: the bottom edge), multi-line text items;
- ``order`` on items (Satori does not read it: both must keep document order);
- ``gap`` / ``rowGap`` / ``columnGap`` in % of definite and indefinite containers, in rows, columns
  and wrapped containers;
- min/max clamping inside the flexible-lengths loop: several growing or shrinking items of which
  some hit a ``maxWidth``/``minWidth`` (px, %) and freeze, weighted shrink (basis x shrink), min >
  max, ``flex: 1`` items beside a frozen one;
- nested row/column stretching with definite cross sizes: a stretched item's children with % or
  stretched sizes, columns in rows in columns, ``alignSelf`` overriding stretch, definite heights
  down the chain.

Only what Satori draws (its support table): no ``display: grid``/``inline-flex``, no
``space-evenly``/``start``/``end``, no ``flexBasis: content``/``min-content``, ``overflow`` visible
or hidden, no writing modes or ``direction``. Each tree is laid out by the real Satori
(``satori_boxes.mjs``, Next.js 16.4.6's bundle) and by pureog (:func:`pureog.layout_boxes`), compared
as :mod:`conformance.layout.check` compares them; a tree with text also asks for the runs Satori's
``debug: true`` outlines (:mod:`conformance.layout.text_runs`). No listed difference
(spec/differences.md) is drawn. Trees Satori refuses are dropped; misses where Satori's boxes hold
NaN or pass 1e6 px are counted apart.

It found one class, in the ``debug: true`` overlay: text whose position Yoga leaves undefined (a
baseline-aligned row whose item starts with a ``display: none`` box: NaN boxes, spec/layout.md) draws
no glyphs in either, but Satori still writes its run boxes and baselines with ``y="NaN"``, which resvg
reads as 0; pureog outlined them where it lays the text out for painting. 31 of the 51 such trees
with text among the runs missed; fixed (``paint/debug.py``; conformance ``debug/nan-position-text-
runs``, 27.4 -> 75.3 dB; ``corpus/layoutgen13-reduced.json``). Seeds 60-69 of the final generator
(1,000 trees, 18,471 boxes, 926 trees with text, 13,757 text runs): 996 matched before the fix (the 4
others that class), 1,000 after; seeds 100-199, ten trees each: 994 of 1,000 before
(6 that class), 1,000 after. All 7,004 trees laid out while writing it (drafts from seed 0, 300 trees of four families
alone, deeper nesting, ``wordBreak``, ``textAlign``) match after it. Probes
beside it, the suite's spellings one at a time (``flexFlow``, ``flexBasis: content`` / ``max-content``,
``minWidth: auto`` / ``min-content``, ``width: fit-content``, ``flex: 1 0``, ``0 0 100%``,
``1 1 0px``, ``calc()`` sizes, logical properties, ``float``, ``verticalAlign``, ``visibility``,
``order`` as a string, ``inset``, ``placeItems``/``placeSelf``, ``alignItems: normal``, border width
keywords), matched too, but for ``font: bold 12px/30px Roboto`` (a listed difference: Satori reads
the px line height as a factor of the font size). Pixels against Next (``conformance/oracle/
regenerate.py``, each element given a translucent background): 100 of 100 trees of seeds 70-71 draw
the same pixels (PSNR 70 dB and up, no channel more than 25 off).

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen13 --seed 0 --count 100       # match rate, misses
    python -m conformance.layout.generate_layoutgen13 --seed 90 --count 30 --keep 14 --out F
        # the committed slice, F = conformance/layout/corpus/layoutgen13-90.json
    python -m conformance.layout.generate_layoutgen13 --seed 1 --count 100 --out /tmp/lg13-1.json
    python -m conformance.layout.generate_layoutgen13 --corpus /tmp/lg13-1.json  # re-check pureog only
    python -m conformance.layout.reduce --corpus /tmp/lg13-1.json --all-mismatches

(``--compare`` is accepted and changes nothing: every run compares with Satori.)

Dev tool: imports :mod:`pureog` (through :mod:`conformance.layout.check`), the test families
(:mod:`conformance.layout.layoutgen13_tests`) and the standard library.
"""

from __future__ import annotations

import json
import random
import sys
from typing import Any

from conformance.layout.generate import box_and_text_problems, outsider_parser, print_misses, run_outsider, seeded_trees
from conformance.layout.layoutgen13_tests import FACES, PAGES, Page, Style, div, style_of

GENERATOR = "layoutgen13"
VERSION = 1


def _tree(rng: random.Random, case_id: str) -> dict[str, Any]:
    p = Page(rng)
    width, height = p.pick(PAGES)
    tests = [p.test() for _ in range(rng.randint(1, 5))]
    if p.chance(0.3):  # the suite's "Test passes if there is a filled green square." above the tests
        tests.insert(0, {"type": "p", "props": {"children": "Test passes if there is a filled green square."}})
    # the page: a block body stacks its tests (a column here), now and then a row of "float: left" tests
    body: Style = {"display": "flex", "flexDirection": "column" if p.chance(0.7) else "row"}
    if body["flexDirection"] == "row":
        body["flexWrap"] = "wrap"
        body["alignItems"] = "flex-start"
    if p.chance(0.6):
        body["width"] = "100%"
    if p.chance(0.4):
        body["height"] = "100%"
    if p.chance(0.5):
        body["padding"] = 8  # the body's default margin, as a padding
    if p.chance(0.2):
        body["alignItems"] = p.pick(("flex-start", "center"))
    for test in tests:
        if p.chance(0.3):  # the suite's spacing between tests
            style_of(test)["marginBottom"] = p.pick((5, 10, 50))
    case: dict[str, Any] = {"id": case_id, "width": width, "height": height, "element": div(body, tests)}
    if p.faces:
        case["fonts"] = FACES
    if '"children": "' in json.dumps(case["element"]):  # text: Satori's debug outlines of its runs too
        case["text"] = True
    return case


def generate(seed: int, count: int, prefix: str | None = None) -> list[dict[str, Any]]:
    """``count`` trees of ``seed`` (ids ``<prefix>-NNNN``, default prefix ``l13s<seed>``)."""
    return seeded_trees(GENERATOR, "l13s", seed, count, prefix, _tree)


def report(cases: list[dict[str, Any]]) -> list[str]:
    """Print each miss and the match rate; misses where Satori's boxes hold NaN or pass 1e6 px are
    counted apart."""
    problems, apart = box_and_text_problems(cases)
    return print_misses(cases, problems, apart)


def main(argv: list[str] | None = None) -> int:
    parser = outsider_parser((__doc__ or "").split("\n")[0])
    parser.add_argument("--compare", action="store_true", help="accepted for the other generators' sake: "
                        "every run compares with Satori")
    args = parser.parse_args(argv)
    return run_outsider(args, report, lambda: generate(args.seed, args.count), GENERATOR, VERSION)


if __name__ == "__main__":
    sys.exit(main())
