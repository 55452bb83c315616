"""Compare pureog's layout with Satori's boxes on the committed corpus (the differential layout test).

Role: corpus cases (``corpus/*.json``, written by :mod:`conformance.layout.generate`) -> per case, the
first box where :func:`pureog.layout_boxes` and Satori differ by more than :data:`TOLERANCE_PX` (or a
different number/type of boxes). The expected mismatches (cases where pureog knowingly differs from
Satori, with the reason) live in ``expected_mismatches.json``; the pytest test
``tests/layout/test_corpus.py`` and this module's command line both use it.

A case may carry its own ``fonts`` (``[{name, path, weight, style}]``, paths relative to the
repository; :mod:`conformance.layout.generate_cards` draws them): both Satori and pureog then get
those faces instead of the default one.

Every case goes through the public API on the React-shaped tree, so the document loader, the style
layer (shorthands, Satori's defaults) and text measurement are covered along with the flex algorithm.

Usage (from the repository root)::

    python -m conformance.layout.check               # summary: match rate, unexpected mismatches
    python -m conformance.layout.check -v            # also print each mismatching box
    python -m conformance.layout.check --case s1-0042 # one case: tree, both box lists

Imports :mod:`pureog` (the public API) and the standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pureog

HERE = Path(__file__).resolve().parent
CORPUS_DIR = Path(__import__('os').environ.get('PUREOG_LAYOUT_CORPUS', HERE / 'corpus'))
EXPECTED_FILE = HERE / "expected_mismatches.json"
TOLERANCE_PX = 0.5
REQUIRED_MATCH_RATE = 0.995

SatoriBox = Sequence[Any]  # [left, top, width, height, type]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case's comparison: ``problem`` is ``None`` when every box matches."""

    case_id: str
    problem: str | None


def load_cases(corpus_dir: Path = CORPUS_DIR) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(corpus_dir.glob("*.json")):
        cases.extend(json.loads(path.read_text(encoding="utf-8"))["cases"])
    return cases


def load_expected(path: Path = EXPECTED_FILE) -> dict[str, dict[str, str]]:
    """``{case_id: {"category": ..., "reason": ...}}``."""
    if not path.exists():
        return {}
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return data


def our_boxes(case: dict[str, Any]) -> list[tuple[float, float, float, float, str]]:
    boxes = pureog.layout_boxes(case["element"], width=case["width"], height=case["height"],
                                fonts=case_fonts(case))
    return [(b.x, b.y, b.width, b.height, b.type) for b in boxes]


def case_fonts(case: dict[str, Any]) -> list[dict[str, Any]] | None:
    """A case's own fonts (``[{name, path, weight, style}]``, paths relative to the repository), which
    replace the default face as in Satori's run (``satori_boxes.mjs``); ``None``: the default face."""
    if "fonts" not in case:
        return None
    return [{**{k: v for k, v in font.items() if k != "path"}, "data": _font_bytes(font["path"])}
            for font in case["fonts"]]


_FONT_DATA: dict[str, bytes] = {}


def _font_bytes(path: str) -> bytes:
    if path not in _FONT_DATA:
        _FONT_DATA[path] = (HERE.parent.parent / path).read_bytes()
    return _FONT_DATA[path]


def first_difference(ours: Sequence[SatoriBox], theirs: Sequence[SatoriBox]) -> str | None:
    """The first box that differs, described; ``None`` if all match within the tolerance."""
    if len(ours) != len(theirs):
        return f"{len(ours)} boxes, Satori has {len(theirs)}"
    for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        if a[4] != b[4]:
            return f"box {index}: type {a[4]!r}, Satori {b[4]!r}"
        for k, name in enumerate(("x", "y", "width", "height")):
            ours_nan = a[k] != a[k]
            # Satori's NaN arrives as JSON null; NaN matches only NaN.
            if (b[k] is None) != ours_nan or (not ours_nan and abs(float(a[k]) - float(b[k])) > TOLERANCE_PX):
                return f"box {index} ({name}): ours {_fmt(a)}, Satori {_fmt(b)}"
    return None


def _fmt(box: SatoriBox) -> str:
    return "[" + ", ".join("NaN" if v is None or v != v else f"{float(v):g}" for v in box[:4]) + "]"


def compare(case: dict[str, Any]) -> Outcome:
    try:
        ours = our_boxes(case)
    except pureog.PureogError as err:
        return Outcome(case["id"], f"pureog error: {err}")
    except Exception as err:  # noqa: BLE001  (a crash is a finding, reported with the case)
        return Outcome(case["id"], f"pureog crash: {type(err).__name__}: {err}")
    return Outcome(case["id"], first_difference(ours, case["boxes"]))


def compare_all(cases: Sequence[dict[str, Any]]) -> Iterator[Outcome]:
    for case in cases:
        yield compare(case)


@dataclass(frozen=True, slots=True)
class Summary:
    total: int
    mismatches: dict[str, str]  # case id -> problem
    unexpected: dict[str, str]  # mismatching, not listed as expected
    now_matching: list[str]  # listed as expected, but matching

    @property
    def match_rate(self) -> float:
        return 1.0 - len(self.mismatches) / self.total if self.total else 0.0


def summarize(outcomes: Sequence[Outcome], expected: dict[str, dict[str, str]]) -> Summary:
    mismatches = {o.case_id: o.problem for o in outcomes if o.problem is not None}
    unexpected = {k: v for k, v in mismatches.items() if k not in expected}
    ids = {o.case_id for o in outcomes}
    now_matching = sorted(k for k in expected if k in ids and k not in mismatches)
    return Summary(len(outcomes), mismatches, unexpected, now_matching)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="pureog layout vs Satori on the committed corpus")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--case", help="show one case in detail")
    args = parser.parse_args(argv)
    cases = load_cases()
    if args.case:
        (case,) = [c for c in cases if c["id"] == args.case]
        print(json.dumps(case["element"], indent=1))
        print(f"canvas {case['width']}x{case['height']}")
        ours = our_boxes(case)
        for i, (a, b) in enumerate(zip(ours, case["boxes"], strict=False)):
            flag = "" if first_difference([a], [b]) is None else "   <-- differs"
            print(f"{i:3d} {a[4]:5s} ours {_fmt(a):28s} satori {_fmt(b)}{flag}")
        return 0
    expected = load_expected()
    summary = summarize(list(compare_all(cases)), expected)
    print(f"{summary.total} cases, {summary.total - len(summary.mismatches)} match "
          f"({100 * summary.match_rate:.2f} %), {len(summary.mismatches)} mismatch, "
          f"{len(summary.unexpected)} unexpected, {len(summary.now_matching)} listed but now matching")
    shown = summary.mismatches if args.verbose else summary.unexpected
    for case_id, problem in shown.items():
        print(f"  {case_id}: {problem}")
    for case_id in summary.now_matching:
        print(f"  {case_id}: listed in expected_mismatches.json but matches now")
    ok = summary.match_rate >= REQUIRED_MATCH_RATE and not summary.unexpected
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
