"""The Hangul shaper (pureog/text/ot/shapers/hangul.py) against HarfBuzz on a synthetic font.

The font maps jamo, one precomposed syllable and the tone marks onto the synthetic box glyphs: U+1100 (L)
``g``, U+1102 (L) ``m``, U+1161 (V) ``h``, U+11A8 (T) ``i``, U+AC00 (LV) ``j``; U+302E a zero-width tone
mark (``acute``), U+302F a spacing one (``l``), U+25CC ``x``. ljmo / vjmo / tjmo map the jamo to
``x1`` / ``x2`` / ``x3``; calt maps ``a`` and the L jamo to ``x5`` (HarfBuzz keeps calt off jamo).
"""

from __future__ import annotations

import pytest

from tests.text.ot.synth import build, harfbuzz, shape_names

FEA = """
feature ljmo { sub [g m] by x1; } ljmo;
feature vjmo { sub h by x2; } vjmo;
feature tjmo { sub i by x3; } tjmo;
feature calt { sub [a g m] by x5; } calt;
"""
CMAP = {0x1100: "g", 0x1102: "m", 0x1161: "h", 0x11A8: "i", 0xAC00: "j", 0x302E: "acute", 0x302F: "l",
        0x25CC: "x"}

CASES = {
    "\u1100\u1161": ["j"],  # <L,V> composes to the font's syllable
    "\u1100\u1161\u11a8": ["x1", "x2", "x3"],  # <L,V,T> without its syllable: jamo features
    "\uac00\u11a8": ["x1", "x2", "x3"],  # <LV,T> without <LVT>: decomposed
    "\u1102\u1161": ["x1", "x2"],  # not in the font: ljmo / vjmo
    "\uac00": ["j"],
    "a\u1102 a": ["x5", "m", "space", "x5"],  # calt off for a lone jamo, on for the rest of the run
    "\u1100\u1161\u302f": ["l", "j"],  # a spacing tone mark moves before its syllable
    "\u1100\u1161\u11a8\u302f": ["l", "x1", "x2", "x3"],
    "\u1100\u1161\u302e": ["j", "acute"],  # a zero-width one overstrikes after it
    "\u302f": ["l", "x"],  # no syllable: a dotted circle after a spacing tone mark
    "\u302e": ["x", "acute"],  # and before a zero-width one
    "a\u302f\u1100": ["x5", "l", "x", "g"],
}


@pytest.mark.parametrize("text", list(CASES))
def test_hangul_syllables_jamo_features_and_tone_marks(text: str) -> None:
    font, data = build(FEA, cmap_extra=CMAP)
    mine = shape_names(font, text, "Hang")
    assert [g[0] for g in mine] == CASES[text]
    ref = harfbuzz(data, font, text, "Hang")
    if ref is not None:
        assert mine == ref


def test_syllables_take_one_cluster() -> None:
    font, _ = build(FEA, cmap_extra=CMAP)
    assert [g[1] for g in shape_names(font, "\u1100\u1161\u11a8\u1102\u1161", "Hang")] == [0, 0, 0, 3, 3]
    assert [g[1] for g in shape_names(font, "a\u1100\u1161\u302f", "Hang")] == [0, 1, 1]
