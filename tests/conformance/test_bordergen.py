"""The committed bordergen slice: bordered boxes (styles Next refuses, radii, outlines, cornerShape)
against Chromium's screenshots, without a browser.

``conformance/chromium/corpus/bordergen`` holds a few documents of each kind the generator
(:mod:`conformance.chromium.bordergen`) draws that pureog matched when the slice was written, with
Chromium's PNGs. Each must still pass the suite's thresholds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conformance.chromium.bordergen import KINDS, SLICE, load
from conformance.score import score
from pureog.api import render_png

DOCUMENTS = sorted(SLICE.glob("*.json"))


def test_the_slice_covers_every_kind() -> None:
    kinds = {json.loads(path.read_text(encoding="utf-8"))["kind"] for path in DOCUMENTS}
    assert kinds == set(KINDS)
    assert len(DOCUMENTS) <= 20


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_document_matches_chromium(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    result = score(path.with_suffix(".ref.png").read_bytes(), render_png(load(case)))
    assert result.passed, f"{case['id']} ({case['kind']}): {result.psnr:.1f} dB, {100 * result.off_share:.2f}% off"
