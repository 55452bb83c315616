"""The Unicode Bidirectional Algorithm (pureog.text.bidi) against Unicode's conformance files.

BidiTest.txt (770,241 cases of Bidi_Class sequences) and BidiCharacterTest.txt (91,707 cases of code
points, with bracket pairs) come from Debian's ``unicode-data`` package, which CI installs; both must
pass completely, levels and visual order.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from pureog.text import _bidi_data, bidi
from pureog.text.bidi import (
    CLASS_NAMES,
    bidi_class,
    line_levels,
    mirror,
    needs_bidi,
    paragraph_level,
    paragraphs,
    resolve_classes,
    resolve_levels,
    visual_order,
)

UCD = Path("/usr/share/unicode")
BIDI_TEST = UCD / "BidiTest.txt"
BIDI_CHARACTER_TEST = UCD / "BidiCharacterTest.txt"
MISSING = "Unicode's test files are missing: install Debian's unicode-data package (apt-get install unicode-data)"

# A character of each Bidi_Class, so that BidiTest.txt runs through the string API. ON is "!", which is
# no bracket: BidiTest.txt assumes none.
REPRESENTATIVE = {
    "L": "a", "R": "\u05d0", "AL": "\u0627", "EN": "1", "ES": "+", "ET": "$", "AN": "\u0660", "CS": ",",
    "NSM": "\u0300", "BN": "\u00ad", "B": "\u2029", "S": "\t", "WS": " ", "ON": "!", "LRE": "\u202a",
    "LRO": "\u202d", "RLE": "\u202b", "RLO": "\u202e", "PDF": "\u202c", "LRI": "\u2066", "RLI": "\u2067",
    "FSI": "\u2068", "PDI": "\u2069",
}  # fmt: skip
REMOVED = {"BN", "LRE", "LRO", "RLE", "RLO", "PDF"}  # X9: their level is "x" in the files
REMOVED_CLASSES = {CLASS_NAMES.index(name) for name in REMOVED}


def _line(text: str, level: int) -> tuple[list[int], list[int]]:
    """(levels after L1, visual order) of ``text`` as one line of one paragraph at ``level``."""
    levels = line_levels(text, resolve_levels(text, level), 0, len(text), level)
    return levels, visual_order(levels)


# --- Unicode's conformance files -----------------------------------------------------------------------


@pytest.mark.skipif(not BIDI_TEST.exists(), reason=MISSING)
def test_bidi_test_txt_passes_completely() -> None:
    cases = 0
    failures: list[str] = []
    expected_levels: list[int | None] = []
    expected_order: list[int] = []
    for number, raw in enumerate(BIDI_TEST.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line[0] == "#":
            continue
        if line.startswith("@Levels:"):
            expected_levels = [None if v == "x" else int(v) for v in line[8:].split()]
            continue
        if line.startswith("@Reorder:"):
            expected_order = [int(v) for v in line[9:].split()]
            continue
        if line[0] == "@":
            continue
        sequence, bitset = line.split(";")
        names = sequence.split()
        text = "".join(REPRESENTATIVE[name] for name in names)
        removed = [name in REMOVED for name in names]
        bits = int(bitset, 16)
        # Bit 1 is auto (P2-P3), 2 LTR, 4 RTL. Auto resolves exactly as its resulting level does, so
        # each distinct level runs once (all of a line's bits expect the same result).
        bases: set[int] = set()
        if bits & 1:
            bases.add(paragraph_level(text))
        if bits & 2:
            bases.add(0)
        if bits & 4:
            bases.add(1)
        cases += bin(bits).count("1")
        for base in bases:
            levels, order = _line(text, base)
            got_levels = [None if gone else lv for gone, lv in zip(removed, levels, strict=True)]
            got_order = [i for i in order if not removed[i]]
            if got_levels != expected_levels or got_order != expected_order:
                failures.append(f"line {number} ({sequence.strip()}; base {base}): levels {got_levels} "
                                f"!= {expected_levels} or order {got_order} != {expected_order}")
    assert cases == 770241
    assert not failures, f"{len(failures)} failures, first: " + "\n".join(failures[:10])


@pytest.mark.skipif(not BIDI_CHARACTER_TEST.exists(), reason=MISSING)
def test_bidi_character_test_txt_passes_completely() -> None:
    cases = 0
    failures: list[str] = []
    for number, raw in enumerate(BIDI_CHARACTER_TEST.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split(";")
        text = "".join(chr(int(cp, 16)) for cp in fields[0].split())
        direction = int(fields[1])
        expected_levels = [None if v == "x" else int(v) for v in fields[3].split()]
        expected_order = [int(v) for v in fields[4].split()]
        cases += 1
        level = paragraph_level(text) if direction == 2 else direction
        levels, order = _line(text, level)
        removed = [bidi_class(ord(ch)) in REMOVED_CLASSES for ch in text]
        got_levels = [None if gone else lv for gone, lv in zip(removed, levels, strict=True)]
        got_order = [i for i in order if not removed[i]]
        if level != int(fields[2]) or got_levels != expected_levels or got_order != expected_order:
            failures.append(f"line {number}: paragraph {level} levels {got_levels} order {got_order}")
    assert cases == 91707
    assert not failures, f"{len(failures)} failures, first: " + "\n".join(failures[:10])


def _generator() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "tools" / "gen_bidi_data.py"
    spec = importlib.util.spec_from_file_location("gen_bidi_data", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (UCD / "extracted" / "DerivedBidiClass.txt").exists(), reason=MISSING)
def test_generated_tables_match_the_ucd() -> None:
    gen = _generator()
    starts, values = gen.ranges(gen.from_derived(UCD / "extracted" / "DerivedBidiClass.txt"))
    assert tuple(starts) == _bidi_data.STARTS
    assert values == _bidi_data.VALUES
    assert tuple(v for row in gen.brackets(UCD) for v in row) == _bidi_data.BRACKETS
    assert tuple(v for row in gen.mirrors(UCD) for v in row) == _bidi_data.MIRRORS
    assert tuple(gen.CLASSES) == _bidi_data.CLASSES == CLASS_NAMES


# --- the API -------------------------------------------------------------------------------------------


def test_class_constants_follow_the_table() -> None:
    assert CLASS_NAMES == _bidi_data.CLASSES
    for name, ch in REPRESENTATIVE.items():
        assert CLASS_NAMES[bidi_class(ord(ch))] == name
    # Unassigned code points take UAX #9's defaults: R in Hebrew, AL in Arabic, ET in currency, BN
    # for noncharacters, L elsewhere.
    assert CLASS_NAMES[bidi_class(0x05FF)] == "R"
    assert CLASS_NAMES[bidi_class(0x07BF)] == "AL"
    assert CLASS_NAMES[bidi_class(0x20CF)] == "ET"
    assert CLASS_NAMES[bidi_class(0xFDD0)] == "BN"
    assert CLASS_NAMES[bidi_class(0x10FFFF)] == "BN"
    assert CLASS_NAMES[bidi_class(0x0378)] == "L"


def test_fast_path_for_text_without_right_to_left() -> None:
    latin = "The quick brown fox: 1,234.50 $ (jumps) over the lazy dog!"
    assert not needs_bidi(latin)
    assert not needs_bidi("Déjà vu — “naïve” café… 日本語 한국어 😀")
    assert resolve_levels(latin, 0) == [0] * len(latin)
    assert paragraph_level(latin) == 0
    assert visual_order([0] * 5) == [0, 1, 2, 3, 4]
    # The fast path agrees with the full algorithm.
    assert resolve_levels(latin, 0) == resolve_classes([bidi_class(ord(c)) for c in latin], 0, latin)
    for text in ("a\u05d0", "1\u0660", "a\u202ab", "a\u2067b", "\ufdf2"):
        assert needs_bidi(text), text


def test_mixed_paragraph_in_visual_order() -> None:
    # UAX #9's example: "car means CAR." with CAR in Hebrew, in a right-to-left paragraph.
    text = "\u05d0\u05d1\u05d2 means car."
    assert paragraph_level(text) == 1
    levels = resolve_levels(text, None)
    assert levels == [1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1]
    line = line_levels(text, levels, 0, len(text), 1)
    assert visual_order(line) == [13, 4, 5, 6, 7, 8, 9, 10, 11, 12, 3, 2, 1, 0]


def test_trailing_white_space_takes_the_paragraph_level() -> None:
    text = "\u05d0\u05d1 \t"
    levels = resolve_levels(text, 0)
    assert levels == [1, 1, 0, 0]
    assert line_levels(text, resolve_levels(text, 1), 0, 4, 1) == [1, 1, 1, 1]
    # A line in the middle: only its own end counts.
    text = "abc \u05d0\u05d1 def"
    levels = resolve_levels(text, 1)
    assert line_levels(text, levels, 0, 4, 1) == [2, 2, 2, 1]


def test_paragraph_level() -> None:
    assert paragraph_level("\u05d0abc") == 1
    assert paragraph_level("abc\u05d0") == 0
    assert paragraph_level("123 \u0627") == 1  # numbers are weak
    assert paragraph_level("\u2067\u05d0\u2069abc") == 0  # isolates are skipped (P2)
    assert paragraph_level("\u2067\u05d0abc") == 0  # an unmatched isolate hides the rest
    assert paragraph_level("abc", "rtl") == 1
    assert paragraph_level("\u05d0", "ltr") == 0
    assert paragraph_level("\u05d0", "auto") == 1
    with pytest.raises(ValueError):
        paragraph_level("abc", "up")


def test_paragraphs_end_at_separators() -> None:
    text = "abc\n\u05d0\u05d1\u2029x"
    assert paragraphs(text) == [(0, 4), (4, 7), (7, 8)]
    # Each paragraph finds its own level with base_level None; a given one applies to all.
    assert resolve_levels(text, None) == [0, 0, 0, 0, 1, 1, 1, 0]
    assert resolve_levels(text, 0) == [0, 0, 0, 0, 1, 1, 0, 0]
    # Embeddings end with their paragraph (X8).
    assert resolve_levels("\u202ba\nb", 0) == [0, 2, 0, 0]
    assert paragraphs("") == []
    assert paragraphs("a\r\nb\rc") == [(0, 3), (3, 5), (5, 6)]  # CR LF is one separator


def test_brackets_pair_up_to_canonical_equivalence() -> None:
    # LTR paragraph: R, open, R, close, L. A pair enclosing only R after an R context is R (N0 c);
    # unpaired, the closing bracket sits between R and L and takes the embedding direction (N1-N2).
    def levels(open_: str, close: str) -> list[int]:
        return resolve_levels(f"\u05d0{open_}\u05d0{close}a", 0)

    assert levels("(", ")") == levels("[", "]") == [1, 1, 1, 1, 0]
    assert levels("(", "]") == [1, 1, 1, 0, 0]
    # U+2329/U+232A are canonically U+3008/U+3009: every combination pairs.
    for open_ in ("\u2329", "\u3008"):
        for close in ("\u232a", "\u3009"):
            assert levels(open_, close) == [1, 1, 1, 1, 0], (open_, close)
    assert levels("\u2329", ")") == [1, 1, 1, 0, 0]


def test_mirror() -> None:
    assert mirror(ord("(")) == ord(")")
    assert mirror(ord(")")) == ord("(")
    assert mirror(ord("<")) == ord(">")
    assert mirror(0x2329) == 0x232A
    assert mirror(ord("a")) is None
    assert mirror(0x221A) is None  # SQUARE ROOT is Bidi_Mirrored but has no mirror glyph


def test_visual_order_reverses_from_the_highest_level() -> None:
    assert visual_order([]) == []
    assert visual_order([1, 1, 1]) == [2, 1, 0]
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]
    assert visual_order([0, 2, 2, 1]) == [0, 3, 1, 2]


def test_deep_nesting_overflows_quietly() -> None:
    text = "\u202b" * 200 + "a" + "\u202c" * 200
    levels = resolve_levels(text, 0)
    assert max(levels) <= bidi.MAX_DEPTH + 1
    text = "(" * 100 + "\u05d0" + ")" * 100
    assert len(resolve_levels(text, 0)) == 201
