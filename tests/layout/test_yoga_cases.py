"""Random trees whose layout was checked against the real Yoga 3.2.1 (yoga-layout on npm).

``yoga_cases.json`` was written by ``tests/layout/yoga_diff.py`` (``record``): each case holds the
tree, the owner size and Yoga's ``getComputedLayout()`` for every node (null = NaN).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pureog.layout.flex import compute
from tests.layout.yoga_diff import _norm, from_json, to_nested

CASES = json.loads((Path(__file__).parent / "yoga_cases.json").read_text())


@pytest.mark.parametrize("index", range(len(CASES)))
def test_matches_yoga(index: int) -> None:
    case = CASES[index]
    result = compute(from_json(case["tree"]), case["width"], case["height"])
    assert _norm(to_nested(result)) == _norm(case["yoga"])


def test_cases_cover_the_features() -> None:
    """The stored corpus must exercise every layout feature at least a few times."""
    text = json.dumps(CASES)
    for needle in (
        '"wrap-reverse"',
        '"column-reverse"',
        '"absolute"',
        '"baseline"',
        '"auto"',
        '%"',
        '"space-evenly"',
        '"content-box"',
        '"aspectRatio"',
        '"display": "none"',
        '"static"',
    ):
        assert text.count(needle.replace(": ", ":")) + text.count(needle) >= 3, needle
