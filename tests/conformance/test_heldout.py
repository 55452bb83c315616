"""The committed held-out slice: blind author-style documents against Next.js references, without Node.

``conformance/heldout/slice`` holds a few documents of the held-out corpus (:mod:`conformance.heldout`)
with the PNGs Next.js drew from their raw trees. Each is rendered by pureog and scored with the suite's
thresholds; a failure not named in ``conformance/heldout/expectations.yaml`` fails the test. The slice must
also still be what the corpus's tables build (edit the tables, then ``python -m conformance.heldout
--write-slice``).
"""

from __future__ import annotations

import json

from conformance.heldout import documents
from conformance.heldout.__main__ import SLICE, SLICE_DIR, load_expectations, render_pureog
from conformance.score import score


def test_corpus_is_large_and_named_uniquely() -> None:
    docs = documents()
    assert len(docs) >= 600
    assert len({d.name for d in docs}) == len(docs)
    expected = load_expectations()
    assert set(expected) <= {d.name for d in docs}, "expectations name unknown documents"


def test_slice_matches_the_tables() -> None:
    by_name = {d.name: d.to_json() for d in documents()}
    for name in SLICE:
        stored = json.loads((SLICE_DIR / f"{name}.json").read_text(encoding="utf-8"))
        assert stored == by_name[name], f"{name}: slice is stale (python -m conformance.heldout --write-slice)"
        assert (SLICE_DIR / f"{name}.ref.png").is_file()


def test_slice_matches_next() -> None:
    expected = load_expectations()
    failures = []
    for name in SLICE:
        doc = json.loads((SLICE_DIR / f"{name}.json").read_text(encoding="utf-8"))
        result = score(SLICE_DIR / f"{name}.ref.png", render_pureog(doc))
        if not result.passed and name not in expected:
            failures.append(f"{name}: {result.reason}")
    assert not failures, "\n".join(failures)
