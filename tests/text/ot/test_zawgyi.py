"""Myanmar Zawgyi (script ``Qaag``): HarfBuzz's Zawgyi shaper neither normalizes (a Zawgyi font's glyphs
sit on code points in visual order, so composing or reordering them changes the text), nor zeroes mark
advances, nor positions marks by fallback. pureog used the default shaper: ``e`` + U+0301 became the
precomposed ``é`` glyph where HarfBuzz keeps the two."""

from __future__ import annotations

from fontTools.ttLib import TTFont

from pureog.text.ot import shape
from tests.text.ot.synth import build, harfbuzz, shape_names

# e + acute composes to eacute (U+00E9) under normalization; the synthetic font maps U+00E9 to x1
CMAP = {0x00E9: "x1", 0x1000: "k", 0x1031: "acute"}


def test_zawgyi_text_is_not_normalized() -> None:
    font, data = build("", cmap_extra=CMAP)
    for text in ("e\u0301", "a\u0323\u0301", "\u1031\u1000", "e\u0301\u0323"):
        mine = shape_names(font, text, "Qaag")
        ref = harfbuzz(data, font, text, "Qaag")
        assert ref is None or mine == ref, (text, mine, ref)
    assert [g[0] for g in shape_names(font, "e\u0301", "Qaag")] == ["e", "acute"]
    assert [g[0] for g in shape_names(font, "e\u0301", "Latn")] == ["x1"]


def test_zawgyi_marks_keep_their_advance_without_gdef() -> None:
    font, data = build("", gdef=False, cmap_extra=CMAP)
    text = "k\u0301"
    mine = shape_names(font, text, "Qaag")
    ref = harfbuzz(data, font, text, "Qaag")
    assert ref is None or mine == ref
    assert isinstance(font, TTFont) and shape(font, text, "Qaag")[1].x_offset == 0
