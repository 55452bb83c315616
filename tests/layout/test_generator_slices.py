"""The committed slices of the layout generators are what the generators draw.

``conformance/layout/corpus/<generator>-1.json`` holds a few trees of seed 1 with the boxes the real
Satori gave them; :mod:`tests.layout.test_corpus` checks pureog's boxes against those (no Node.js).
This test checks that the trees are still the generator's own, so that rerunning a generator (see its
docstring) measures the same distribution its slice samples.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "conformance" / "layout" / "corpus"

# generator module, its slice, the id prefix letter its CLI gives the slice's cases
SLICES = [
    ("conformance.layout.generate_layoutgen3", "layoutgen3-1.json", "a"),
    ("conformance.layout.generate_layoutgen4", "layoutgen4-1.json", "t"),
    ("conformance.layout.generate_layoutgen7", "layoutgen7-8.json", "l7s"),
    ("conformance.layout.generate_layoutgen8", "layoutgen8-10.json", "l8s"),
    ("conformance.layout.generate_layoutgen9", "layoutgen9-20.json", "l9s"),
    ("conformance.layout.generate_layoutgen10", "layoutgen10-30.json", "l10s"),
    ("conformance.layout.generate_layoutgen11", "layoutgen11-50.json", "l11s"),
    ("conformance.layout.generate_layoutgen12", "layoutgen12-70.json", "l12s"),
    ("conformance.layout.generate_layoutgen13", "layoutgen13-90.json", "l13s"),
    ("conformance.layout.generate_layoutgen14", "layoutgen14-100.json", "l14s"),
    ("conformance.layout.generate_layoutgen15", "layoutgen15-13.json", "l15s"),
    ("conformance.layout.generate_layoutgen16", "layoutgen16-100.json", "l16s"),
    ("conformance.layout.generate_layoutgen17", "layoutgen17-100.json", "l17s"),
]


def _generator(module: str) -> tuple[str, Callable[[int, int, str], list[dict[str, Any]]]]:
    loaded = importlib.import_module(module)
    return loaded.GENERATOR, loaded.generate


@pytest.mark.parametrize(("module", "slice_file", "letter"), SLICES)
def test_the_slice_is_the_generators_own(module: str, slice_file: str, letter: str) -> None:
    name, generate = _generator(module)
    corpus = json.loads((CORPUS / slice_file).read_text(encoding="utf-8"))
    header, cases = corpus["generator"], corpus["cases"]
    assert header["name"] == name and 0 < len(cases) <= 20
    drawn = {case["id"]: case for case in generate(header["seed"], header["count"], f"{letter}{header['seed']}")}
    for case in cases:
        fresh = drawn[case["id"]]
        assert (case["width"], case["height"], case["element"]) == (fresh["width"], fresh["height"], fresh["element"])


@pytest.mark.parametrize("module", [module for module, _, _ in SLICES])
def test_trees_are_reproducible(module: str) -> None:
    _, generate = _generator(module)
    assert generate(7, 5, "x") == generate(7, 5, "x")
