"""Seeded generator of bordered boxes and the pixel differential against headless Chromium: border
styles around rounded corners, as Chromium draws them (issue 9).

Role: a seed -> documents (``features: browser``) of one box on a white card, each of one **kind**:

- ``styled``: per-side widths, styles and colours, at least one side in a style Next refuses
  (``dotted``, ``double``, ``groove``, ``ridge``, ``inset``, ``outset``; written as ``border{Side}``
  shorthands, so pureog draws the whole border as Chrome does), random radii per corner (some
  elliptical);
- ``dotted``/``dashed-mix``: every side dotted, or dashed sides next to a dotted one (dashes and dots
  running around rounded corners);
- ``outline``: an outline of any style with an ``outlineOffset`` around a box with radii (half of them
  with a solid border, which stays Satori's drawing in both modes: tagged ``next-drawn-border``);
- ``corner-shape``: ``cornerShape`` on a dashed, styled or multi-coloured border.

Each document is rendered by Chromium (:mod:`conformance.chromium.oracle`, the page of
:mod:`conformance.chromium.html`) and by pureog, and scored with :mod:`conformance.score` (PSNR, share of
pixels off). Chromium's screenshots are kept in ``--shots`` (default
``conformance/paintgen/_scratch/bordergen``), so a rerun after a fix scores pureog alone. The summary
gives the pass rate per kind and per tag (the styles, rounded/elliptical, outline style, corner shape).
Dev tool (needs Chromium for new screenshots).

Usage (from the repository root)::

    python -m conformance.chromium.bordergen --seed 1 --count 200            # scores, by kind and tag
    python -m conformance.chromium.bordergen --seed 1 --count 200 --worst 15 # and the worst documents
    python -m conformance.chromium.bordergen --seed 1 --count 5 --print      # the documents
    python -m conformance.chromium.bordergen --seed 2 --count 150 --slice 4  # rewrite the committed slice

The slice (``conformance/chromium/corpus/bordergen``: a few passing documents of each kind with Chromium's
screenshots) is checked without a browser by ``tests/conformance/test_bordergen.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "conformance" / "paintgen" / "_scratch" / "bordergen"
SLICE = ROOT / "conformance" / "chromium" / "corpus" / "bordergen"
KINDS = ("styled", "dotted", "dashed-mix", "outline", "corner-shape")
_CHROME = ("dotted", "double", "groove", "ridge", "inset", "outset")
_STYLES = ("solid", "dashed", *_CHROME)
_COLOURS = ("#1d4ed8", "#dc2626", "#16a34a", "#111827", "#f59e0b", "#7c3aed", "#0891b2", "#be185d",
            "#94a3b8", "#a16207")
_SHAPES = ("bevel", "scoop", "notch", "squircle", "superellipse(3)", "superellipse(-1)", "square")
_SIDES = ("Top", "Right", "Bottom", "Left")
_CORNERS = ("TopLeft", "TopRight", "BottomRight", "BottomLeft")
WIDTH, HEIGHT = 200, 160


class BorderGenerator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def _width(self) -> int:
        return self.rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12))

    def _radii(self, style: dict[str, Any], size: tuple[int, int], tags: set[str]) -> None:
        r = self.rng
        if r.random() < 0.12:
            return
        tags.add("rounded")
        for corner in _CORNERS:
            if r.random() < 0.15:
                continue
            # at most half the side: radii that overflow are resolved Satori's way (per pair), which the
            # background keeps in both modes, where Chromium scales them all by one factor
            rx = min(r.choice((4, 8, 12, 16, 20, 28, 36, 50)), size[0] // 2)
            if r.random() < 0.3:
                tags.add("elliptical")
                ry = min(r.choice((6, 10, 18, 30, 44)), size[1] // 2)
                style[f"border{corner}Radius"] = f"{rx}px {ry}px"
            else:
                style[f"border{corner}Radius"] = min(rx, size[1] // 2)

    def _sides(self, style: dict[str, Any], kinds: list[str], tags: set[str], zero_ok: bool = True) -> None:
        r = self.rng
        colours = [r.choice(_COLOURS)] * 4 if r.random() < 0.4 else [r.choice(_COLOURS) for _ in range(4)]
        width = self._width()
        widths = [width] * 4 if r.random() < 0.5 else [self._width() for _ in range(4)]
        if zero_ok and r.random() < 0.15:
            widths[r.randrange(4)] = 0
        for side, kind, colour, w in zip(_SIDES, kinds, colours, widths, strict=True):
            style[f"border{side}"] = f"{w}px {kind} {colour}"
            tags.add(kind)
        if len(set(colours)) > 1:
            tags.add("colours")
        if len(set(widths)) > 1:
            tags.add("widths")

    def case(self, ident: str, kind: str) -> dict[str, Any]:
        r = self.rng
        tags: set[str] = set()
        w, h = r.randint(60, 140), r.randint(50, 110)
        style: dict[str, Any] = {"width": w, "height": h, "backgroundColor": r.choice(("#f1f5f9", "#fff7ed",
                                                                                     "transparent"))}
        if kind == "styled":
            kinds = [r.choice(_STYLES) for _ in range(4)]
            if not any(k in _CHROME for k in kinds):
                kinds[r.randrange(4)] = r.choice(_CHROME)
            if r.random() < 0.4:
                kinds = [r.choice(_CHROME)] * 4
            self._sides(style, kinds, tags)
        elif kind == "dotted":
            self._sides(style, ["dotted"] * 4, tags)
        elif kind == "dashed-mix":
            kinds = ["dashed"] * 4
            kinds[r.randrange(4)] = "dotted"
            self._sides(style, kinds, tags)
        elif kind == "outline":
            if r.random() < 0.5:
                # a solid border is Next's (Satori's strokes), in both modes: not Chromium's drawing,
                # so these documents are tagged apart
                self._sides(style, ["solid"] * 4, tags)
                tags.add("next-drawn-border")
            outline = r.choice(_STYLES)
            style["outline"] = f"{self._width()}px {outline} {r.choice(_COLOURS)}"
            style["outlineOffset"] = r.choice((-4, 0, 0, 2, 4, 7))
            tags.add(f"outline-{outline}")
        else:
            kinds = [r.choice(("solid", "dashed", "dotted", "double"))] * 4 if r.random() < 0.6 else \
                [r.choice(_STYLES) for _ in range(4)]
            self._sides(style, kinds, tags, zero_ok=False)
            style["cornerShape"] = r.choice(_SHAPES)
            tags.add("shape-" + style["cornerShape"].split("(")[0])
        self._radii(style, (w, h), tags)
        return {"id": ident, "kind": kind, "tags": sorted(tags), "width": WIDTH, "height": HEIGHT,
                "features": "browser",
                "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%",
                                              "backgroundColor": "white", "padding": 24,
                                              "alignItems": "flex-start"},
                                    "children": [{"div": {"style": style}}]}}}


def generate(seed: int, count: int) -> list[dict[str, Any]]:
    gen = BorderGenerator(seed)
    return [gen.case(f"b{seed}-{i:04d}", KINDS[i % len(KINDS)]) for i in range(count)]


def load(case: dict[str, Any]) -> Any:
    from pureog.document.load import from_mapping  # noqa: PLC0415

    return from_mapping({k: v for k, v in case.items() if k not in ("id", "kind", "tags")})


def shoot(cases: list[dict[str, Any]], shots: Path) -> None:
    """Chromium's screenshot of each case not yet in ``shots``."""
    missing = [c for c in cases if not (shots / f"{c['id']}.png").is_file()]
    if not missing:
        return
    from conformance.chromium.html import build_page  # noqa: PLC0415
    from conformance.chromium.oracle import ChromiumOracle  # noqa: PLC0415

    shots.mkdir(parents=True, exist_ok=True)
    with ChromiumOracle() as oracle:
        for case in missing:
            (shots / f"{case['id']}.png").write_bytes(oracle.screenshot(build_page(load(case))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--shots", type=Path, default=SHOTS)
    parser.add_argument("--print", action="store_true", help="print the documents and stop")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst documents")
    parser.add_argument("--only", default="", help="score only ids containing this")
    parser.add_argument("--write", action="store_true", help="write pureog's PNGs next to the shots")
    parser.add_argument("--json", type=Path, help="write each document's PSNR to this file")
    parser.add_argument("--slice", type=int, default=0, help="write the first N passing documents of each kind "
                        "(and their Chromium screenshots) as the committed slice")
    args = parser.parse_args(argv)
    cases = [c for c in generate(args.seed, args.count) if args.only in c["id"]]
    if args.print:
        for case in cases:
            print(json.dumps(case))
        return 0
    shoot(cases, args.shots)
    from conformance.score import score  # noqa: PLC0415
    from pureog.api import render_png  # noqa: PLC0415

    results: list[tuple[float, dict[str, Any]]] = []
    sliced: dict[str, int] = defaultdict(int)
    if args.slice:
        for old in SLICE.glob("*"):
            old.unlink()
        SLICE.mkdir(parents=True, exist_ok=True)
    by: dict[str, list[bool]] = defaultdict(list)
    for case in cases:
        png = render_png(load(case))
        if args.write:
            (args.shots / f"{case['id']}.pureog.png").write_bytes(png)
        result = score((args.shots / f"{case['id']}.png").read_bytes(), png)
        results.append((result.psnr, case))
        if args.slice and result.passed and sliced[case["kind"]] < args.slice:
            sliced[case["kind"]] += 1
            (SLICE / f"{case['id']}.json").write_text(json.dumps(case, indent=1) + "\n", encoding="utf-8")
            (SLICE / f"{case['id']}.ref.png").write_bytes((args.shots / f"{case['id']}.png").read_bytes())
        for key in ("all", f"kind:{case['kind']}", *case["tags"]):
            by[key].append(result.passed)
    if args.json:
        args.json.write_text(json.dumps({case["id"]: round(psnr, 2) for psnr, case in results}), encoding="utf-8")
    for key, passed in sorted(by.items(), key=lambda item: (not item[0].startswith(("all", "kind")), item[0])):
        print(f"{key:28s} {sum(passed):4d}/{len(passed):<4d} {100 * sum(passed) / len(passed):5.1f} %")
    for psnr, case in sorted(results, key=lambda item: item[0])[:args.worst]:
        box = case["element"]["div"]["children"][0]["div"]["style"]
        print(f"{psnr:6.1f} dB  {case['id']}  {case['kind']}  {json.dumps(box)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
