"""Each GSUB / GPOS lookup type and lookup flag on synthetic fonts built with feaLib.

Every case states the expected glyphs (and positions where they matter) and, when uharfbuzz is
installed (the ``dev`` extra), also checks that HarfBuzz shapes the same font identically.
"""

from __future__ import annotations

from typing import Any

import pytest
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables

from tests.text.ot.synth import build, harfbuzz, shape_names


def run(fea: str, text: str, *, features: Any = None, direction: str = "ltr", script: str = "Latn",
        gdef: bool = True) -> list[tuple[str, int, int, int, int, int]]:
    font, data = build(fea, gdef=gdef)
    return run_font(font, data, text, features=features, direction=direction, script=script)


def run_font(font: TTFont, data: bytes, text: str, *, features: Any = None, direction: str = "ltr",
             script: str = "Latn") -> list[tuple[str, int, int, int, int, int]]:
    mine = shape_names(font, text, script, direction, features)
    ref = harfbuzz(data, font, text, script, direction, features)
    if ref is not None:
        assert mine == ref
    return mine


def names(result: list[tuple[str, int, int, int, int, int]]) -> list[str]:
    return [g[0] for g in result]


# --- GSUB ---------------------------------------------------------------------------------------------------

def test_single_substitution() -> None:
    out = run("feature liga { sub a by b; sub [c d] by [x1 x2]; } liga;", "acde")
    assert names(out) == ["b", "x1", "x2", "e"]
    assert [g[1] for g in out] == [0, 1, 2, 3]


def test_multiple_substitution_keeps_the_cluster() -> None:
    out = run("feature ccmp { sub c by x1 x2 x3; } ccmp;", "ac")
    assert names(out) == ["a", "x1", "x2", "x3"]
    assert [g[1] for g in out] == [0, 1, 1, 1]


def test_multiple_substitution_to_nothing_deletes() -> None:
    font, data = build("feature ccmp { sub c by x1 x2; } ccmp;")
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for st in lookup.SubTable:
            st.mapping = {"c": []}
    out = run_font(*_reload(font), "acb")
    assert names(out) == ["a", "b"]
    assert [g[1] for g in out] == [0, 2]  # the deleted glyph's cluster does not merge into a later one


def test_alternate_substitution_value_selects() -> None:
    fea = "feature salt { sub a from [x1 x2 x3]; } salt;"
    assert names(run(fea, "a")) == ["a"]
    assert names(run(fea, "a", features={"salt": 1})) == ["x1"]
    assert names(run(fea, "a", features={"salt": 3})) == ["x3"]
    assert names(run(fea, "a", features={"salt": 4})) == ["a"]


def test_ligature_merges_clusters_and_tries_in_order() -> None:
    fea = "feature liga { sub f f i by f_f_i; sub f i by f_i; } liga;"
    out = run(fea, "affi fi")
    assert names(out) == ["a", "f_f_i", "space", "f_i"]
    assert [g[1] for g in out] == [0, 1, 4, 5]
    assert names(run(fea, "affi", features={"liga": 0})) == ["a", "f", "f", "i"]


def test_ligature_skips_marks_with_ignore_marks() -> None:
    fea = "feature liga { lookupflag IgnoreMarks; sub f i by f_i; } liga;"
    out = run(fea, "f\u0301i")
    assert names(out) == ["f_i", "acute"]
    assert [g[1] for g in out] == [0, 0]
    assert names(run("feature liga { sub f i by f_i; } liga;", "f\u0301i")) == ["f", "acute", "i"]


def test_ligature_blocked_by_zwnj_not_by_zwj() -> None:
    fea = "feature liga { sub f i by f_i; } liga;"
    assert names(run(fea, "f\u200ci"))[0] == "f"
    assert names(run(fea, "f\u200di"))[0] == "f_i"


def test_chaining_context_formats() -> None:
    fea = """
    lookup TO_X1 { sub a by x1; } TO_X1;
    lookup TO_X2 { sub b by x2; } TO_X2;
    feature calt {
      sub c a' lookup TO_X1 d;
      sub [e f] b' lookup TO_X2 [g h] [i j];
    } calt;
    """
    assert names(run(fea, "cad")) == ["c", "x1", "d"]
    assert names(run(fea, "cab")) == ["c", "a", "b"]
    assert names(run(fea, "fbhj")) == ["f", "x2", "h", "j"]
    assert names(run(fea, "fbh")) == ["f", "b", "h"]


def test_chaining_context_with_ligature_inside_shifts_positions() -> None:
    fea = """
    lookup LIG { sub f i by f_i; } LIG;
    lookup TO_X1 { sub a by x1; } TO_X1;
    feature calt { sub f' lookup LIG i' a' lookup TO_X1; } calt;
    """
    out = run(fea, "fia")
    # HarfBuzz assumes the glyphs a nested lookup removed were the positions after the current one, so
    # the record for the third position (a) now points past the end and is dropped.
    assert names(out) == ["f_i", "a"]
    assert [g[1] for g in out] == [0, 2]


def _context_font(fmt: int) -> tuple[TTFont, bytes]:
    """A GSUB type 5 (non-chaining context) lookup of the given format: in 'a b', a -> x1 (lookup 1)."""
    font, data = build("lookup TO_X1 { sub a by x1; } TO_X1; feature calt { sub z' lookup TO_X1; } calt;")
    gsub = font["GSUB"].table
    lookup = gsub.LookupList.Lookup[1]
    st = otTables.ContextSubst()
    st.Format = fmt
    rec = otTables.SubstLookupRecord()
    rec.SequenceIndex = 0
    rec.LookupListIndex = 0
    if fmt == 1:
        st.Coverage = _coverage(["a"])
        rule = otTables.SubRule()
        rule.Input = ["b"]
        rule.GlyphCount = 2
        rule.SubstLookupRecord = [rec]
        rule.SubstCount = 1
        rs = otTables.SubRuleSet()
        rs.SubRule = [rule]
        rs.SubRuleCount = 1
        st.SubRuleSet = [rs]
        st.SubRuleSetCount = 1
    elif fmt == 2:
        st.Coverage = _coverage(["a"])
        cd = otTables.ClassDef()
        cd.classDefs = {"a": 1, "b": 2}
        st.ClassDef = cd
        rule = otTables.SubClassRule()
        rule.Class = [2]
        rule.GlyphCount = 2
        rule.SubstLookupRecord = [rec]
        rule.SubstCount = 1
        rs = otTables.SubClassSet()
        rs.SubClassRule = [rule]
        rs.SubClassRuleCount = 1
        st.SubClassSet = [None, rs, None]
        st.SubClassSetCount = 3
    else:
        st.Coverage = [_coverage(["a"]), _coverage(["b", "c"])]
        st.GlyphCount = 2
        st.SubstLookupRecord = [rec]
        st.SubstCount = 1
    lookup.LookupType = 5
    lookup.SubTable = [st]
    return _reload(font)


def _coverage(glyphs: list[str]) -> otTables.Coverage:
    cov = otTables.Coverage()
    cov.glyphs = glyphs
    return cov


def _reload(font: TTFont) -> tuple[TTFont, bytes]:
    import io

    out = io.BytesIO()
    font.save(out)
    data = out.getvalue()
    return TTFont(io.BytesIO(data)), data


@pytest.mark.parametrize("fmt", [1, 2, 3])
def test_context_substitution_formats(fmt: int) -> None:
    font, data = _context_font(fmt)
    assert names(run_font(font, data, "ab")) == ["x1", "b"]
    assert names(run_font(font, data, "aa")) == ["a", "a"]


def test_extension_lookups() -> None:
    fea = "lookup EXT useExtension { sub a by b; } EXT; feature liga { lookup EXT; } liga;"
    assert names(run(fea, "a")) == ["b"]
    pos = "lookup PEXT useExtension { pos a -100; } PEXT; feature kern { lookup PEXT; } kern;"
    assert run(pos, "a")[0][2] == 400


def test_reverse_chaining_substitution() -> None:
    fea = "feature calt { rsub a' b by x1; rsub a' x1 by x2; } calt;"
    # Applied from the end: the second a becomes x1 (before b), then the first becomes x2 (before x1).
    assert names(run(fea, "aab")) == ["x2", "x1", "b"]


# --- GPOS ---------------------------------------------------------------------------------------------------

def test_single_positioning() -> None:
    out = run("feature kern { pos a <10 20 -50 0>; pos [b c] -30; } kern;", "abc")
    assert out[0][2:] == (450, 0, 10, 20)
    assert out[1][2] == 470 and out[2][2] == 470


def test_pair_positioning_glyph_and_class_pairs() -> None:
    fea = """
    @L = [c d];
    @R = [e g];
    feature kern {
      pos a b -80;
      pos a <0 0 -10 0> c <5 0 0 0>;
      pos @L @R -40;
    } kern;
    """
    out = run(fea, "abacdeh")
    assert [g[2] for g in out] == [420, 500, 490, 500, 460, 500, 500]
    assert out[3][4] == 5
    assert run(fea, "ab", features={"kern": 0})[0][2] == 500


CURSIVE = """
feature curs {
  pos cursive a <anchor NULL> <anchor 480 100>;
  pos cursive b <anchor 20 0> <anchor 480 150>;
  pos cursive c <anchor 20 50> <anchor NULL>;
} curs;
"""


def test_cursive_attachment_left_to_right() -> None:
    assert [g[2:] for g in run(CURSIVE, "abc")] == [(480, 0, 0, 0), (460, 0, -20, 100), (480, 0, -20, 200)]
    rtl_flag = CURSIVE.replace("feature curs {", "feature curs { lookupflag RightToLeft;")
    # With RightToLeft the last glyph stays on the baseline and the earlier ones hang from it.
    assert [g[2:] for g in run(rtl_flag, "abc")] == [(480, 0, 0, -200), (460, 0, -20, -100), (480, 0, -20, 0)]


def test_cursive_attachment_right_to_left() -> None:
    arabic = {0x0627: "c", 0x0628: "b", 0x062A: "a"}
    fea = CURSIVE.replace("feature curs {", "feature curs { lookupflag RightToLeft;")
    font, data = build("languagesystem DFLT dflt; languagesystem arab dflt;" + fea, cmap_extra=arabic)
    out = run_font(font, data, "\u062A\u0628\u0627", script="Arab", direction="rtl")
    # Visual order; in RTL the exit anchor of each glyph meets the entry anchor of the next (logical) one.
    assert names(out) == ["c", "b", "a"]
    assert [g[2:] for g in out] == [(20, 0, 0, 0), (-460, 0, -480, -100), (20, 0, -480, -200)]
    font, data = build("languagesystem DFLT dflt; languagesystem arab dflt;" + CURSIVE, cmap_extra=arabic)
    out = run_font(font, data, "\u062A\u0628\u0627", script="Arab", direction="rtl")
    assert [g[5] for g in out] == [200, 100, 0]


def test_mark_to_base_and_mark_to_mark() -> None:
    fea = """
    markClass acute <anchor 150 0> @TOP;
    markClass dotbelow <anchor 150 200> @BOTTOM;
    feature mark {
      pos base [a b] <anchor 250 700> mark @TOP <anchor 250 0> mark @BOTTOM;
    } mark;
    feature mkmk {
      pos mark acute <anchor 150 250> mark @TOP;
    } mkmk;
    """
    out = run(fea, "a\u0301\u0323b\u0301\u0301")
    assert names(out) == ["a", "dotbelow", "acute", "b", "acute", "acute"]  # canonical order: 220 before 230
    assert out[1][2:] == (0, 0, 100 - 500, -200)
    assert out[2][2:] == (0, 0, 100 - 500, 700)
    assert out[5][2:] == (0, 0, 100 - 500, 950)


def test_mark_to_ligature_uses_the_component() -> None:
    fea = """
    markClass acute <anchor 150 0> @TOP;
    feature liga { lookupflag IgnoreMarks; sub f i by f_i; } liga;
    feature mark {
      pos ligature f_i <anchor 250 700> mark @TOP ligComponent <anchor 750 700> mark @TOP;
    } mark;
    """
    first = run(fea, "f\u0301i")
    assert names(first) == ["f_i", "acute"]
    assert first[1][4] == 100 - 1000
    second = run(fea, "fi\u0301")
    assert second[1][4] == 600 - 1000


def test_mark_attachment_type_and_filtering_set() -> None:
    fea = """
    markClass acute <anchor 150 0> @TOP;
    markClass grave <anchor 150 0> @TOP;
    @ACUTE = [acute];
    lookup ONLY_ACUTE { lookupflag MarkAttachmentType @ACUTE; sub a acute by x1; } ONLY_ACUTE;
    lookup FILTER { lookupflag UseMarkFilteringSet @ACUTE; sub b b by x2; } FILTER;
    feature liga { lookup ONLY_ACUTE; lookup FILTER; } liga;
    """
    assert names(run(fea, "a\u0301")) == ["x1"]
    assert names(run(fea, "b\u0300b")) == ["x2", "grave"]
    assert names(run(fea, "b\u0301b")) == ["b", "acute", "b"]


def test_ignore_base_glyphs_and_ligatures() -> None:
    fea = """
    lookup SKIP_BASES { lookupflag IgnoreBaseGlyphs; sub acute dotbelow by x1; } SKIP_BASES;
    lookup LIG { sub f i by f_i; } LIG;
    lookup SKIP_LIGS { lookupflag IgnoreLigatures; sub a b by x2; } SKIP_LIGS;
    feature liga { lookup SKIP_BASES; lookup LIG; lookup SKIP_LIGS; } liga;
    """
    assert names(run(fea, "\u0301c\u0323")) == ["x1", "c"]
    assert names(run(fea, "afib")) == ["x2", "f_i"]
    assert names(run(fea, "acb")) == ["a", "c", "b"]


def test_contextual_positioning() -> None:
    fea = """
    lookup MOVE { pos a 100; } MOVE;
    feature kern { pos b a' lookup MOVE c; } kern;
    """
    out = run(fea, "bac")
    assert out[1][2] == 600
    assert run(fea, "bab")[1][2] == 500


def test_arabic_joining_forms_from_gsub() -> None:
    fea = """
    languagesystem DFLT dflt;
    languagesystem arab dflt;
    feature init { sub b by x1; } init;
    feature medi { sub b by x2; } medi;
    feature fina { sub b by x3; } fina;
    feature isol { sub b by x4; } isol;
    """
    font, data = build(fea)
    cmap = font["cmap"]
    for table in cmap.tables:
        table.cmap[0x0628] = "b"  # ARABIC LETTER BEH, dual-joining
    font, data = _reload(font)
    out = run_font(font, data, "\u0628\u0628\u0628 \u0628", script="Arab", direction="rtl")
    assert names(out) == ["x4", "space", "x3", "x2", "x1"]


def test_features_with_ranges() -> None:
    from pureog.text.ot import Feature

    font, data = build("feature smcp { sub a by x1; } smcp;")
    out = shape_names(font, "aaaa", features=[Feature("smcp", 1, 1, 3)])
    assert names(out) == ["a", "x1", "x1", "a"]


def test_thai_private_use_fallback_without_thai_gsub() -> None:
    # PO PLA (a consonant with an ascender) + MAI EK: the tone mark shifts down-left (SDL) to its PUA form.
    font, data = build("", cmap_extra={0x0E1B: "a", 0x0E48: "acute", 0xF705: "x2", 0x0E33: "b", 0x0E4D: "c",
                                       0x0E32: "d"})
    assert names(run_font(font, data, "\u0e1b\u0e48", script="Thai")) == ["a", "x2"]
    # SARA AM decomposes into NIKHAHIT + SARA AA, the NIKHAHIT moved before the tone mark; after an
    # above-base vowel the tone mark wants the shift-left form (U+F713), which this font lacks.
    assert names(run_font(font, data, "\u0e1b\u0e48\u0e33", script="Thai")) == ["a", "c", "acute", "d"]
