"""The committed slice of :mod:`conformance.layout.generate_layoutgen4` is what the generator draws.

``conformance/layout/corpus/layoutgen4-1.json`` holds a few trees of seed 1 with the boxes the real
Satori gave them; :mod:`tests.layout.test_corpus` checks pureog's boxes against those (no Node.js).
This test checks that the trees are still the generator's own, so that rerunning the generator (see
its docstring) measures the same distribution the slice samples.
"""

from __future__ import annotations

import json
from pathlib import Path

from conformance.layout.generate_layoutgen4 import GENERATOR, generate

SLICE = Path(__file__).resolve().parents[2] / "conformance" / "layout" / "corpus" / "layoutgen4-1.json"


def test_the_slice_is_the_generators_own() -> None:
    corpus = json.loads(SLICE.read_text(encoding="utf-8"))
    header, cases = corpus["generator"], corpus["cases"]
    assert header["name"] == GENERATOR and 0 < len(cases) <= 20
    drawn = {case["id"]: case for case in generate(header["seed"], header["count"], f"t{header['seed']}")}
    for case in cases:
        fresh = drawn[case["id"]]
        assert (case["width"], case["height"], case["element"]) == (fresh["width"], fresh["height"], fresh["element"])


def test_trees_are_reproducible() -> None:
    assert generate(7, 5, "x") == generate(7, 5, "x")
