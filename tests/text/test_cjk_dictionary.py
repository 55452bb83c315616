"""Chinese/Japanese dictionary words (pureog/text/cjk_dictionary.py) against Node's Intl.Segmenter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pureog.text import cjk_dictionary, linebreak
from pureog.text.linebreak import words

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "icu_words.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, expected", FIXTURE["cases"], ids=range(len(FIXTURE["cases"])))
def test_words_match_icu(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_dictionary_words_stay_whole() -> None:
    # ICU's dictionary: 海中 / 文字 / 日本語 are words; without it every ideograph was one.
    assert words("海中文字日本語") == ["海中", "文字", "日本語"]
    assert cjk_dictionary.word_cuts("今日") == []


def test_katakana_run_is_a_candidate_word() -> None:
    # No dictionary lists "ピュアオージー"; a Katakana run of 7 costs 372, cheaper than its pieces.
    assert words("ピュアオージー") == ["ピュアオージー"]


def test_half_width_katakana_is_matched_in_its_nfkc_form() -> None:
    # ﾃｽﾄ normalizes to テスト; the cuts map back to the half-width characters.
    assert "".join(words("ﾃｽﾄです")) == "ﾃｽﾄです"
    assert words("ﾃｽﾄです")[0].startswith("ﾃ")


def test_dictionary_aletters_are_the_dictionary_characters_uax29_calls_aletter() -> None:
    aletters = {
        cp
        for start, end in cjk_dictionary._DICTIONARY_RANGES
        for cp in range(start, end + 1)
        if linebreak._table_lookup(linebreak._data.WB_STARTS, linebreak._data.WB_VALUES, {}, cp)
        == linebreak._W_ALETTER
    }
    assert aletters == linebreak.DICTIONARY_ALETTERS


def test_the_word_list_reads_lazily_and_in_chunks() -> None:
    found = cjk_dictionary._dictionary().prefixes("日本語です", 0, 5)
    assert [length for length, _ in found] == sorted(length for length, _ in found)
    assert (3, found[-1][1]) in found  # 日本語 is a word
    assert all(0 < cost < 256 for _, cost in found)


def test_text_below_the_dictionary_ranges_compiles_no_pattern() -> None:
    """Latin, Greek, Cyrillic, Arabic ... text has no dictionary run: its boundaries come back as they are,
    without compiling the run pattern (~1 ms of a one-shot render's first text)."""
    cjk_dictionary._run_pattern.cache_clear()
    bounds = [0, 6, 12]
    for text in ("Welcome to My Site", "Привет мир", "مرحبا", ""):
        assert cjk_dictionary.refine_boundaries(text, bounds) is bounds
    assert cjk_dictionary._run_pattern.cache_info().misses == 0
    assert cjk_dictionary.refine_boundaries("東京都に住んでいます", [0]) == [0, 2, 3, 4, 5, 7, 8]
