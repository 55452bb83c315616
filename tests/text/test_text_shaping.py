from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont
from text_fontkit import FONTS

from pureog.text import FontLibrary
from pureog.text.shaping import advance_width, shape


def _gpos_pair_value(font: TTFont, left: str, right: str) -> int:
    """Kerning read by hand from the GPOS kern lookups in feature order (first covering subtable)."""
    table = font["GPOS"].table
    feature = next(r for r in table.FeatureList.FeatureRecord if r.FeatureTag == "kern")
    for index in feature.Feature.LookupListIndex:
        for sub in table.LookupList.Lookup[index].SubTable:
            if left not in sub.Coverage.glyphs:
                continue
            if sub.Format == 1:
                pairs = sub.PairSet[sub.Coverage.glyphs.index(left)].PairValueRecord
                for rec in pairs:
                    if rec.SecondGlyph == right:
                        return rec.Value1.XAdvance
            else:
                c1 = sub.ClassDef1.classDefs.get(left, 0)
                c2 = sub.ClassDef2.classDefs.get(right, 0)
                return sub.Class1Record[c1].Class2Record[c2].Value1.XAdvance
    return 0


@pytest.mark.parametrize("pair", ["AV", "To", "VA", "Ty", "LT"])
def test_kerning_matches_gpos_read_by_hand(geist: FontLibrary, pair: str) -> None:
    font = TTFont(FONTS / "Geist-Regular.ttf")
    cmap = font.getBestCmap()
    left, right = (cmap[ord(c)] for c in pair)
    kern = _gpos_pair_value(font, left, right)
    assert kern != 0
    adv = font["hmtx"][left][0]
    run = shape(geist.chain(("geist",), 400, "normal"), pair, 100)
    assert run.x_offsets[1] == pytest.approx((adv + kern) / 10)


def test_av_offset_matches_satori(geist: FontLibrary) -> None:
    # Satori 0.29 draws "AV" at 100px with the V outline starting at x = 58.2 (V's lsb is 20 fu).
    run = shape(geist.chain(("geist",), 400, "normal"), "AV", 100)
    assert round(run.x_offsets[1] + 2.0, 1) == 58.2


def test_measure_is_kerned_but_layout_sums_graphemes(geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    kerned = advance_width(chain, "AV", 100)
    separate = advance_width(chain, "A", 100) + advance_width(chain, "V", 100)
    assert kerned < separate


def test_letter_spacing_is_added_after_every_glyph(geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    plain = advance_width(chain, "abc", 30)
    assert advance_width(chain, "abc", 30, 4.0) == pytest.approx(plain + 12.0)
    run = shape(chain, "abc", 30, 4.0)
    assert run.advance == pytest.approx(plain + 12.0)


def test_ligatures_are_off_like_opentype_js_defaults(geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    run = shape(chain, "fi", 40)
    assert len(run.glyph_ids) == 2
    lig = shape(chain, "office", 40, ligatures=True)
    face = chain.primary
    # Geist's liga lists f_f before fi for a leading f: o + f_f + i + c + e.
    assert [face.glyph_order[g] for g in lig.glyph_ids] == ["o", "f_f.liga", "i", "c", "e"]
    assert [face.glyph_order[g] for g in shape(chain, "fit", 40, ligatures=True).glyph_ids] == ["fi", "t"]


def test_newlines_are_dropped_when_shaping(geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    assert shape(chain, "a\nb", 20).glyph_ids == shape(chain, "ab", 20).glyph_ids


def test_bold_face_has_its_own_metrics(geist: FontLibrary) -> None:
    regular = advance_width(geist.chain(("geist",), 400, "normal"), "Bold", 64)
    bold = advance_width(geist.chain(("geist",), 700, "normal"), "Bold", 64)
    assert bold > regular
