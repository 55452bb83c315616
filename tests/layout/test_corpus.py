"""The differential layout test: pureog's boxes against Satori's own, on the committed corpus.

conformance/layout/corpus/*.json holds >= 2,000 random trees (conformance/layout/generate.py) with the
boxes the real Satori 0.29.0 (Next.js 16.4.6) reported for every element through ``onNodeDetected``.
Each case goes through :func:`pureog.layout_boxes` on the React-shaped tree, so the loader, the style
layer and text measurement are covered along with the flex algorithm. A case matches when every box
is within 0.5 px. Cases listed in conformance/layout/expected_mismatches.json may differ (each with a
reason); any other mismatch fails, and so does a listed case that matches again (so the list stays
true). No Node.js needed.
"""

from __future__ import annotations

import pytest

from conformance.layout import check

CASES = check.load_cases()
EXPECTED = check.load_expected()


@pytest.fixture(scope="module")
def summary() -> check.Summary:
    return check.summarize(list(check.compare_all(CASES)), EXPECTED)


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 2000
    assert len({c["id"] for c in CASES}) == len(CASES), "case ids must be unique"


def test_match_rate(summary: check.Summary) -> None:
    assert summary.match_rate >= check.REQUIRED_MATCH_RATE, (
        f"{100 * summary.match_rate:.2f} % of {summary.total} cases match"
    )


def test_no_unexpected_mismatch(summary: check.Summary) -> None:
    listing = "\n".join(f"{k}: {v}" for k, v in summary.unexpected.items())
    assert not summary.unexpected, f"mismatches not in expected_mismatches.json:\n{listing}"


def test_listed_mismatches_still_mismatch(summary: check.Summary) -> None:
    assert not summary.now_matching, f"remove from expected_mismatches.json (they match now): {summary.now_matching}"


def test_expected_entries_have_reasons() -> None:
    for case_id, entry in EXPECTED.items():
        assert entry.get("category") and entry.get("reason"), case_id


def test_hidden_elements_are_reported_as_empty_boxes() -> None:
    """display: none elements still get a (0x0) box, as Satori reports them."""
    element = {"type": "div", "props": {"style": {"display": "flex", "padding": 10}, "children": [
        {"type": "div", "props": {"style": {"width": 30, "height": 20}}},
        {"type": "div", "props": {"style": {"display": "none", "width": 50, "height": 50}}},
    ]}}
    boxes = [(b.type, b.x, b.y, b.width, b.height) for b in check.pureog.layout_boxes(element, width=200, height=100)]
    assert boxes == [("div", 0, 0, 50, 40), ("div", 10, 10, 30, 20), ("div", 0, 0, 0, 0)]


def test_first_difference_reports_nan_and_tolerance() -> None:
    nan = float("nan")
    assert check.first_difference([(0, 0, 10, 10, "div")], [[0, 0.4, 10.5, 10, "div"]]) is None
    assert check.first_difference([(0, 0, 10, 10, "div")], [[0, 0, 11, 10, "div"]]) is not None
    assert check.first_difference([(0, nan, 0, nan, "div")], [[0, None, 0, None, "div"]]) is None
    assert check.first_difference([(0, 0, 0, 0, "div")], [[0, None, 0, None, "div"]]) is not None
    assert check.first_difference([(0, 0, 0, 0, "div")], []) is not None
