"""pureog's segmentation (pureog.text.linebreak) against Unicode's LineBreakTest.txt and GraphemeBreakTest.txt.

pureog breaks lines as Satori 0.29 does (the npm ``linebreak`` 1.x pair table), not as UAX #14 15.0
does, because changing it would move boxes against the reference renderer. These tests record where the
two differ, case by case (line numbers in LineBreakTest-15.0.0.txt), so that any change in either
direction is noticed. Grapheme clusters and word boundaries follow UAX #29 completely.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pureog.text.linebreak import _word_boundaries, graphemes, line_breaks

AUXILIARY = Path("/usr/share/unicode/auxiliary")
MISSING = "Unicode's test files are missing: install Debian's unicode-data package (apt-get install unicode-data)"

# LB30 (Unicode 13.0+): no break between AL/HL/NU and an opening bracket only when the bracket is not
# East Asian wide (U+2329, U+FF08, ...); the npm package keeps them together for every OP. Includes
# the cases where LB10 makes a lone combining mark AL, and AI/SA/XX, which resolve to AL.
LB30_EAST_ASIAN_OPENING = {
    125, 127, 815, 1331, 2189, 2191, 3567, 3739, 4081, 4083, 4943, 5459, 6489, 6491, 6663, 6833, 6835, 7005,
    7007, 7177, 7179, 7604, 7610, 7611,
}  # fmt: skip
# LB25: the test file uses UAX #14's Example 7 number tailoring (a regular expression: PR/PO before
# an opening bracket only when a number follows, IS/SY before a digit only after a number, CL/CP
# before PO/PR only after a number); the npm pair table applies those pairs anywhere.
LB25_NUMBERS = {
    1161, 1163, 1165, 1167, 2873, 2875, 4425, 4427, 4473, 4475, 4597, 4599, 4645, 4647, 5109, 5111, 6149,
    6151, 6153, 6155, 7477, 7486, 7491, 7576, 7577, 7578, 7579, 7580, 7581, 7583, 7584, 7585, 7586, 7587,
}  # fmt: skip
# LB30b (Unicode 14.0+): no break between an unassigned Extended_Pictographic code point and an emoji
# modifier; the npm package only knows EB x EM.
LB30B_UNASSIGNED_PICTOGRAPHIC = {7681}
KNOWN_LINE_BREAK_DIFFERENCES = LB30_EAST_ASIAN_OPENING | LB25_NUMBERS | LB30B_UNASSIGNED_PICTOGRAPHIC


def _cases(name: str) -> list[tuple[int, str, list[int]]]:
    """(line number, text, break positions) of a UAX #14/#29 test file; positions after index 0."""
    out = []
    path = AUXILIARY / name
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        tokens = raw.split("#")[0].split()
        if not tokens:
            continue
        chars: list[str] = []
        breaks = []
        for token in tokens[1:]:
            if token == "\u00f7":
                breaks.append(len(chars))
            elif token != "\u00d7":
                chars.append(chr(int(token, 16)))
        out.append((number, "".join(chars), breaks))
    return out


@pytest.mark.skipif(not (AUXILIARY / "LineBreakTest.txt").exists(), reason=MISSING)
def test_line_break_test_txt_differs_only_where_satori_does() -> None:
    cases = _cases("LineBreakTest.txt")
    failing = {number for number, text, expected in cases if [b.position for b in line_breaks(text)] != expected}
    assert len(cases) == 7654
    # 7595 of 7654 pass (99.23 %).
    assert failing == KNOWN_LINE_BREAK_DIFFERENCES, (
        f"newly failing: {sorted(failing - KNOWN_LINE_BREAK_DIFFERENCES)}, "
        f"newly passing: {sorted(KNOWN_LINE_BREAK_DIFFERENCES - failing)}"
    )


@pytest.mark.skipif(not (AUXILIARY / "GraphemeBreakTest.txt").exists(), reason=MISSING)
def test_grapheme_break_test_txt_passes_completely() -> None:
    cases = _cases("GraphemeBreakTest.txt")
    failing = []
    for number, text, expected in cases:
        ends = []
        position = 0
        for cluster in graphemes(text):
            position += len(cluster)
            ends.append(position)
        if ends != expected:
            failing.append(number)
    assert len(cases) == 602
    assert not failing


@pytest.mark.skipif(not (AUXILIARY / "WordBreakTest.txt").exists(), reason=MISSING)
def test_word_break_test_txt_passes_completely() -> None:
    cases = _cases("WordBreakTest.txt")
    failing = [
        number for number, text, expected in cases if _word_boundaries(text)[1:] + [len(text)] != expected
    ]
    assert len(cases) == 1823
    assert not failing
