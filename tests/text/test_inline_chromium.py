"""Inline formatting contexts against Chromium, without a browser: the committed slice of random paragraphs.

``conformance/chromium/corpus/inline-*.json`` holds paragraphs drawn by
``conformance/chromium/inlinegen.py`` (text and nested inline elements with their own fonts, sizes,
weights, colours, line heights, ``verticalAlign``, padding, borders and backgrounds; the paragraph's
``textAlign`` and ``whiteSpace``; ``inline-6b`` with ``features: browser``; ``inline-27r`` right to left,
Arabic, Hebrew and Latin, ``--rtl``; ``inline-7v`` with ``--variants``: ``wordSpacing``,
``fontVariant``/``fontVariantCaps``, ``fontKerning``; ``inline-55-top-raised`` a raised inline-block inside
a top-aligned span; ``inline-break-spaces`` runs of break-spaces and pre-wrap spaces beside inline-blocks)
with what headless Chromium
reported: the paragraph's box, every character's ``Range`` rectangle and every inline element's
``getClientRects()``. A paragraph matches when each character's left edge and text top and each
fragment's border box are within 0.5 px (spec/inline.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conformance.chromium.inlinegen import compare

CORPUS = Path(__file__).resolve().parents[2] / "conformance" / "chromium" / "corpus"
CASES: list[dict[str, Any]] = [case for path in sorted(CORPUS.glob("inline-*.json"))
                               for case in json.loads(path.read_text(encoding="utf-8"))["cases"]]


@pytest.fixture(scope="module")
def problems() -> dict[str, str | None]:
    return {case["id"]: compare(case) for case in CASES}


def test_slice_is_well_formed() -> None:
    assert len(CASES) >= 16
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert any(c.get("features") == "browser" for c in CASES)
    for case in CASES:
        assert case["chromium"]["chars"]


def test_every_paragraph_matches_chromium(problems: dict[str, str | None]) -> None:
    different = {k: v for k, v in problems.items() if v is not None}
    assert not different, "\n".join(f"{k}: {v}" for k, v in different.items())
