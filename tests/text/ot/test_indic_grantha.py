"""Grantha marks in Tamil runs: ScriptExtensions.txt gives U+11301..11303 (signs, SM) and U+1133B..1133C
(nuktas, N) to Tamil too, and HarfBuzz's Indic table lists them (gen-indic-table.py's overrides), so a
Tamil syllable takes them as its own marks. Unknown to the shaper they broke the syllable: a dotted
circle before the following matra or virama, or none for a sign after a digit."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pureog.text.ot._ucd import INDIC

TOOL = Path(__file__).resolve().parents[3] / "tools" / "shaping_diff.py"


def test_grantha_marks_have_indic_categories() -> None:
    assert all(INDIC[u][0] == 8 for u in (0x11301, 0x11302, 0x11303))  # SM
    assert all(INDIC[u][0] == 3 for u in (0x1133B, 0x1133C))  # N


@pytest.mark.parametrize("stem", ["NotoSansTamil-Regular", "NotoSerifTamil-Regular"])
def test_grantha_marks_in_tamil_syllables_match_harfbuzz(stem: str) -> None:
    pytest.importorskip("uharfbuzz")
    spec = importlib.util.spec_from_file_location("shaping_diff_grantha", TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules["shaping_diff_grantha"] = tool
    spec.loader.exec_module(tool)
    path = tool.NOTO / f"{stem}.ttf"
    if not path.exists():
        pytest.skip("fonts-noto-core is not installed")
    from fontTools.ttLib import TTFont

    tt = TTFont(str(path))
    hb_font = tool._hb_font(path)
    # nukta then matra; sign after a digit (a dotted circle); nukta, virama and the next consonant
    for text in ("\u0b9c\U0001133c\u0bbf", "\u0bf0\U00011303", "\u0b95\U0001133c\u0bcd\u0bb7",
                 "\u0b95\U0001133b\u0bc6", "\u0b95\U00011301\u0bbe"):
        mine = tool.pureog_shape(tt, text, "Taml", "ltr")
        ref = tool.harfbuzz_shape(hb_font, text, "Taml", "ltr")
        assert tool.same(mine, ref), tool.describe(text, mine, ref)
