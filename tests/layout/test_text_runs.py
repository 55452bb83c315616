"""Where pureog puts text against where Satori puts it, on the committed corpus cases that carry text runs.

The cases of ``conformance/layout/corpus/layoutgen11-*.json``, ``layoutgen12-*.json``,
``layoutgen13-*.json`` and ``layoutgen15-*.json`` were laid out by the real Satori 0.29.0 (Next.js 16.4.6)
with ``debug: true``;
besides every element's box they carry the boxes Satori outlines around each glyph run (``"text"``, see
conformance/layout/text_runs.py). Each run's box must be within 0.5 px of pureog's, as the element boxes
are (tests/layout/test_corpus.py).
No Node.js needed.
"""

from __future__ import annotations

import pytest

from conformance.layout import check
from conformance.layout.text_runs import text_difference

CASES = [case for case in check.load_cases() if isinstance(case.get("text"), list)]


def test_there_are_cases_with_text_runs() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_text_runs_match_satori(case: dict[str, object]) -> None:
    assert text_difference(case) is None
