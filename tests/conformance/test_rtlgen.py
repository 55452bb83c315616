"""The committed rtlgen slice: random right-to-left and mixed-direction cards
(:mod:`conformance.chromium.rtlgen`) against Chromium's screenshots, without a browser.

``conformance/chromium/corpus/rtlgen`` holds cards that passed when written
(``python -m conformance.chromium.rtlgen --seed 3 --count 10 --run --out conformance/chromium/corpus/rtlgen``),
with Chromium's PNGs. Each must still pass the generator's thresholds and still be the card the
generator makes for its seed and index.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conformance.chromium.rtlgen import SLICE, THRESHOLDS, document, load
from conformance.score import score
from pureog.api import render_png

DOCUMENTS = sorted(SLICE.glob("*.json"))


def test_the_slice_is_small_and_present() -> None:
    assert 1 <= len(DOCUMENTS) <= 12


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_card_matches_chromium(path: Path) -> None:
    stored = json.loads(path.read_text(encoding="utf-8"))
    case_id = stored.pop("id")
    _, seed, index = case_id.split("-")
    assert stored == json.loads(json.dumps(document(int(seed), int(index)))), f"{case_id}: the generator changed"
    result = score(path.with_suffix(".ref.png").read_bytes(), render_png(load(stored)),
                   min_psnr=THRESHOLDS[0], max_off_share=THRESHOLDS[1])
    assert result.passed, f"{case_id}: {result.psnr:.1f} dB, {100 * result.off_share:.2f}% off"
