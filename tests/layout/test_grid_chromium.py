"""The grid layout against Chromium's boxes, without a browser: the committed slice of random grid trees.

``conformance/chromium/corpus/grid-*.json`` holds trees drawn by ``conformance/chromium/gridgen.py``
(``grid-1r.json``: ``--rtl``, right-to-left ``features: browser`` documents, whose text widths are
Chromium's) with the boxes headless Chromium reported for every element (``getBoundingClientRect``). Each tree goes
through pureog's loader, style layer, text measurement and layout; a tree matches when every box
(before Yoga's pixel rounding) is within 0.5 px of Chromium's. Trees listed in
``expected_mismatches.json`` differ for a known reason (and must keep differing, so the list stays
true); any other difference fails.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conformance.chromium.gridgen import compare_case

CORPUS = Path(__file__).resolve().parents[2] / "conformance" / "chromium" / "corpus"
CASES: list[dict[str, Any]] = [case for path in sorted(CORPUS.glob("grid-*.json"))
                               for case in json.loads(path.read_text(encoding="utf-8"))["cases"]]
EXPECTED: dict[str, dict[str, str]] = json.loads((CORPUS / "expected_mismatches.json").read_text())["cases"]


@pytest.fixture(scope="module")
def problems() -> dict[str, str | None]:
    return {case["id"]: compare_case(case) for case in CASES}


def test_slice_is_large_enough_and_well_formed() -> None:
    assert len(CASES) >= 60
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        element = case["element"].get("element", case["element"])  # (a --rtl tree is a features: browser document)
        assert element["props"]["style"]["display"] == "grid"
        assert len(case["boxes"]) >= 1


def test_every_tree_matches_chromium(problems: dict[str, str | None]) -> None:
    unexpected = {k: v for k, v in problems.items() if v is not None and k not in EXPECTED}
    assert not unexpected, "\n".join(f"{k}: {v}" for k, v in unexpected.items())


def test_listed_mismatches_still_mismatch(problems: dict[str, str | None]) -> None:
    now_matching = [k for k in EXPECTED if problems.get(k) is None]
    assert not now_matching, f"remove from expected_mismatches.json (they match now): {now_matching}"
    for entry in EXPECTED.values():
        assert entry["category"] and entry["reason"]
