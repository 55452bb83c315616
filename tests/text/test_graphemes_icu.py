"""Grapheme clusters (pureog/text/linebreak.graphemes) against Node's Intl.Segmenter: GB9c conjuncts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pureog.text.linebreak import graphemes

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "icu_graphemes.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, expected", FIXTURE["cases"], ids=range(len(FIXTURE["cases"])))
def test_graphemes_match_icu(text: str, expected: list[str]) -> None:
    assert graphemes(text) == expected


def test_a_conjunct_is_one_grapheme() -> None:
    # क्ष: consonant, virama, consonant. Satori's break-all breaks between graphemes, so not inside.
    assert graphemes("क्षत्रिय") == ["क्ष", "त्रि", "य"]
    # A ZWNJ after the virama ends the conjunct; a ZWJ keeps it.
    assert graphemes("क्\u200cष") == ["क्\u200c", "ष"]
    assert graphemes("क्\u200dष") == ["क्\u200dष"]
