"""The committed outsider slice: held-out cards for what Next.js cannot draw (grid, inline formatting
contexts, right-to-left text and flex layout, ``features: browser`` extras) against Chromium's
screenshots, without a browser.

``conformance/chromium/corpus/outsider`` holds the documents of :data:`conformance.chromium.outsider.SLICE_IDS`
with Chromium's PNGs (``python -m conformance.chromium.outsider --run --out``). Each must still pass
its family's thresholds, and still be the document the tool writes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conformance.chromium.outsider import SLICE, SLICE_IDS, cases, load, thresholds
from conformance.score import score
from pureog.api import render_png

DOCUMENTS = sorted(SLICE.glob("*.json"))


def test_the_slice_is_the_listed_cases() -> None:
    assert sorted(p.stem for p in DOCUMENTS) == sorted(SLICE_IDS)
    assert len(DOCUMENTS) <= 20


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_document_matches_chromium(path: Path) -> None:
    stored = json.loads(path.read_text(encoding="utf-8"))
    case_id = stored.pop("id")
    assert stored == json.loads(json.dumps(cases()[case_id])), f"{case_id}: the tool now writes another document"
    min_psnr, max_off = thresholds(case_id)
    result = score(path.with_suffix(".ref.png").read_bytes(), render_png(load(stored)),
                   min_psnr=min_psnr, max_off_share=max_off)
    assert result.passed, f"{case_id}: {result.psnr:.1f} dB, {100 * result.off_share:.2f}% off"
