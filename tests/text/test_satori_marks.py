"""Thai on Satori's path: the layout is Next's (cmap advances), the marks are drawn where HarfBuzz puts them.

Next.js lays Thai out plausibly but draws its marks unpositioned (stacked tone marks collide);
pureog keeps the layout and positions the marks (pureog/text/satori_marks.py, spec/text.md "Thai
layout"). HarfBuzz's offsets come from pureog's OpenType engine (tests/text/ot holds it to HarfBuzz).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pureog.document.model import FontSource
from pureog.text import FontLibrary
from pureog.text.ot import shape as ot_shape
from pureog.text.satori_marks import position_marks
from pureog.text.shaping import advance_width, shape

THAI = Path(__file__).parent / "fixtures" / "shaping" / "NotoSansThai-subset.ttf"
SANS = Path(__file__).parent / "fixtures" / "shaping" / "NotoSans-subset.ttf"


@pytest.fixture(scope="module")
def fonts() -> FontLibrary:
    return FontLibrary([FontSource(name="thai", data=THAI.read_bytes(), weight=400, style="normal"),
                        FontSource(name="sans", data=SANS.read_bytes(), weight=400, style="normal")])


def test_stacked_tone_mark_takes_harfbuzz_offsets_and_keeps_the_advances(fonts: FontLibrary) -> None:
    chain = fonts.chain(["thai"], 400, "normal")
    text = "ผู้ ที่"  # a tone mark over a below vowel; a tone mark over an above vowel (stacked)
    cmap = shape(chain, text, 40.0)
    drawn = position_marks(cmap, text)
    assert drawn.glyph_shift, "the stacked marks are moved"
    # the layout stays opentype.js's: same advances, same pen positions, same total width
    assert drawn.advances_fu == cmap.advances_fu and drawn.advance == cmap.advance
    assert drawn.pen_positions(0.0) == cmap.pen_positions(0.0)
    assert cmap.advance == advance_width(chain, text, 40.0)
    # each glyph of ที่ lands where HarfBuzz draws it relative to its cluster's start
    face = chain.primary
    px = 40.0 / face.units_per_em
    hb = ot_shape(face, "ที่", "Thai", None, "ltr")
    start = text.index("ที่")
    pens = drawn.pen_positions(0.0)
    hb_x = 0.0
    for k, g in enumerate(hb):
        at = start + k
        assert drawn.glyph_ids[at] == g.glyph
        dx, dy = drawn.glyph_shift[at]
        assert pens[at] + dx == pytest.approx(pens[start] + (hb_x + g.x_offset) * px)
        assert dy == pytest.approx(-g.y_offset * px)
        hb_x += g.x_advance
    # this face stacks the tone mark over SARA II with GSUB (its high form, advance-neutral)
    assert drawn.glyph_ids[start + 2] != cmap.glyph_ids[start + 2]


def test_sara_am_cluster_keeps_its_cmap_glyphs(fonts: FontLibrary) -> None:
    # HarfBuzz decomposes SARA AM (one glyph more): the cluster is drawn as Next draws it
    chain = fonts.chain(["thai"], 400, "normal")
    cmap = shape(chain, "กำ", 40.0)
    drawn = position_marks(cmap, "กำ")
    assert drawn.glyph_ids == cmap.glyph_ids
    assert not any(drawn.glyph_shift)


def test_latin_and_uncovered_runs_are_untouched(fonts: FontLibrary) -> None:
    chain = fonts.chain(["sans"], 400, "normal")
    for text in ("Hello", "naïve café", "ที่"):  # (no Thai in the Latin face: the fallback face's glyphs)
        run = shape(chain, text, 20.0)
        drawn = position_marks(run, text)
        assert drawn.pen_positions(0.0) == run.pen_positions(0.0)
    run = shape(chain, "Hello", 20.0)
    assert position_marks(run, "Hello") is run
