from __future__ import annotations

import pytest

from pureog.text.linebreak import graphemes, line_breaks, preprocess, words

# Break positions and required flags from the npm `linebreak` bundled in Next 16.4.6 (Satori 0.29).
ORACLE = [
    (
        "Hello world, this is a test-case",
        [(6, False), (13, False), (18, False), (21, False), (23, False), (28, False), (32, False)],
    ),
    ("http://example.com/a/b?c=d&e=f", [(7, False), (19, False), (21, False), (23, False), (30, False)]),
    (
        "日本語のテキスト、です。",
        [
            (1, False),
            (2, False),
            (3, False),
            (4, False),
            (5, False),
            (6, False),
            (7, False),
            (9, False),
            (10, False),
            (12, False),
        ],
    ),
    (
        "한국어 텍스트입니다",
        [(1, False), (2, False), (4, False), (5, False), (6, False), (7, False), (8, False), (9, False), (10, False)],
    ),
    ("a\nb\r\nc", [(2, True), (5, True), (6, False)]),
    ("(hello) [world] 100% $5", [(8, False), (16, False), (21, False), (23, False)]),
    ("e.g. don't stop\u2014ever", [(5, False), (11, False), (15, False), (16, False), (20, False)]),
    # the package's Unicode 14 data: U+1FAF7 is ID (not EB), so it breaks before the skin tone; U+1F44B is EB
    ("a\U0001faf7\U0001f3fdb\U0001f44b\U0001f3fdc", [(1, False), (2, False), (3, False), (4, False), (6, False),
                                                       (7, False)]),
]


@pytest.mark.parametrize(("text", "expected"), ORACLE)
def test_line_breaks_match_npm_linebreak(text: str, expected: list[tuple[int, bool]]) -> None:
    assert [(b.position, b.required) for b in line_breaks(text)] == expected


def test_graphemes_keep_clusters_whole() -> None:
    text = "e\u0301a\U0001f468\u200d\U0001f469\u200d\U0001f467\U0001f1ef\U0001f1f5\U0001f1fa\U0001f1f8\uac01"
    assert graphemes(text) == [
        "e\u0301",
        "a",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        "\U0001f1ef\U0001f1f5",
        "\U0001f1fa\U0001f1f8",
        "\uac01",
    ]


def test_words_like_intl_segmenter() -> None:
    assert words("Hello, world! It's 3.14") == ["Hello", ",", " ", "world", "!", " ", "It's", " ", "3.14"]
    assert words("a  b") == ["a", "  ", "b"]  # horizontal white space stays together (WB3d)
    assert words("abc\ud55c\uad6d") == ["abc", "\ud55c\uad6d"]  # ICU keeps Hangul out of ALetter
    assert words("x\u00a0y z") == ["x\u00a0y", " ", "z"]  # NBSP glues (Satori)


def test_white_space_normal_collapses_and_trims() -> None:
    p = preprocess("  Mixed   spaces\n\tand tabs  ")
    assert p.content == "Mixed spaces and tabs"
    assert p.words == ("Mixed ", "spaces ", "and ", "tabs")
    assert p.allow_soft_wrap and p.collapse_spaces


def test_white_space_pre_keeps_everything_and_forbids_wrapping() -> None:
    p = preprocess("a  b\nc", "pre")
    assert p.content == "a  b\nc"
    assert p.words == ("a  ", "b\n", "c") and p.required_breaks == (False, False, True)
    assert not p.allow_soft_wrap


def test_pre_line_collapses_spaces_but_keeps_newlines() -> None:
    p = preprocess("a   b\nc", "pre-line")
    assert p.content == "a b\nc" and p.required_breaks[-1] is True


def test_nowrap_turns_newlines_into_spaces() -> None:
    p = preprocess("a\nb", "nowrap")
    assert p.content == "a b" and not p.allow_soft_wrap


def test_word_break_modes() -> None:
    assert preprocess("ab cd", word_break="break-all").words == ("a", "b", " ", "c", "d")
    assert preprocess("ab cd", word_break="break-word").allow_break_word
    korean = preprocess("\ud55c\uad6d\uc5b4 \ud14d\uc2a4\ud2b8", word_break="keep-all")
    assert korean.words == ("\ud55c\uad6d\uc5b4", " ", "\ud14d\uc2a4\ud2b8")
    assert not korean.allow_break_word


def test_hyphens_and_urls_break_after_separators() -> None:
    assert preprocess("well-known co-op").words == ("well-", "known ", "co-", "op")
    assert preprocess("https://a.com/x/y").words == ("https://", "a.com/", "x/", "y")


def test_text_transform() -> None:
    assert preprocess("hello world", text_transform="uppercase").content == "HELLO WORLD"
    assert preprocess("Hello World", text_transform="lowercase").content == "hello world"
    assert preprocess("hello wide-world", text_transform="capitalize").content == "Hello Wide-World"
