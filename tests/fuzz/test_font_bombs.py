"""Fonts crafted to make drawing a glyph cost exponentially: composite glyphs whose components are
composites used many times over (at each of several levels), and CFF subroutines that each call the
next one twice. Each renders quickly: past MAX_GLYPH_COMPONENTS / MAX_GLYPH_SEGMENTS (spec/limits.md)
the glyph draws nothing, in pureog's TrueType reader and in fontTools' pen alike."""

from __future__ import annotations

import functools
from typing import Any

import pytest

import pureog
from fuzz.font_bombs import (
    calling_lookups,
    cff2_blends,
    colr_layers,
    composite_fan,
    dense_glyphs,
    full_range_cmap,
    glyph_variations,
    lying_blue_letters,
    many_lookups,
    multiplying_substitutions,
    silent_subroutine_fan,
    stacked_stems,
    subroutine_fan,
    tall_bars,
    variation_regions,
)
from pureog import limits as L
from pureog.errors import FontError, LimitError
from tests.fuzz.timing import within_cpu


@pytest.mark.parametrize("font", [
    pytest.param(lambda: composite_fan(7, 30), id="30-wide-7-deep"),  # pureog's TrueType reader
    pytest.param(lambda: composite_fan(60, 4), id="4-wide-60-deep"),  # deeper than it reads: fontTools
    pytest.param(lambda: subroutine_fan(29), id="cff-subroutines-2^29"),
    # 2^28 subroutine calls drawing nothing: no segment for the segment bound to count; the 2^20 calls of
    # a 1 KB font took 1.4 s in fontTools, 2^28 hung (timeout=2 did not stop it). Now MAX_CHARSTRING_WORK
    pytest.param(lambda: silent_subroutine_fan(28), id="cff-silent-subroutines-2^28"),
])
def test_glyph_bombs_draw_nothing_quickly(font: Any) -> None:
    # before: each hung (over 10 s: 729 million or 2^60 components, 2^29 subroutine calls)
    doc = {"width": 120, "height": 60, "fonts": [{"name": "Bomb", "data": font()}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb", "fontSize": 40}, "children": "aa"}}}
    with within_cpu(4):
        pureog.render_png(doc, features="browser")  # pureog's OpenType shaper reads the glyphs too


def test_multiplying_substitutions_stop_at_harfbuzz_max_len() -> None:
    # pureog's OpenType shaper (features: browser) grew the run 32,768-fold (1,000 letters: over 10 s)
    doc = {"width": 120, "height": 60, "fonts": [{"name": "Bomb", "data": multiplying_substitutions()}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb"}, "children": "a" * 1000}}}
    with within_cpu(3):
        with pytest.raises(FontError, match="substitutions make more than") as info:
            pureog.render_png(doc, features="browser")
        assert info.value.path == "$.element.div.children"


def test_lookup_lists_stop_at_the_shaping_budget() -> None:
    # 3,000 lookups, each visiting 4,000 glyphs: 12 million visits, over a minute (65,535 lookups: an hour);
    # now MAX_SHAPING_WORK stops the render after a million, in about two seconds
    doc = {"width": 600, "height": 400, "fonts": [{"name": "Bomb", "data": many_lookups(3000)}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb", "fontSize": 8},
                               "children": "ab" * 2000}}}
    with within_cpu(5):
        with pytest.raises(LimitError, match="OpenType lookups visit more than") as info:
            pureog.render_png(doc, features="browser")
        assert info.value.path == "$.element.div.children"


def test_fonts_mapping_every_code_point_are_bounded_together() -> None:
    # a cmap group of 12 bytes maps all 1,114,112 code points, held as one entry each: eight such fonts
    # (different bytes, so eight faces) took 1.6 GB and 6 s; now the second past MAX_MAPPED_CODE_POINTS stops
    fonts = [{"name": f"B{k}", "data": full_range_cmap(0x10FFFF - k)} for k in range(3)]
    doc = {"width": 120, "height": 60, "fonts": fonts,
           "element": {"div": {"style": {"display": "flex", "fontFamily": "B0"}, "children": "a"}}}
    with within_cpu(4):
        with pytest.raises(FontError, match="code points together") as info:
            pureog.render_png(doc)
        assert info.value.path == "$.fonts[1]"
    pureog.render_png({**doc, "fonts": fonts[:1]})  # one such font (Last Resort maps every code point) renders


@pytest.mark.parametrize(("points", "tuples", "sparse", "weights"), [
    pytest.param(10_000, 4_095, True, 1, id="one-glyph-4095-tuples-moving-one-point"),  # IUP moves the rest
    pytest.param(10_000, 4_095, False, 1, id="one-glyph-4095-tuples-of-zero-deltas"),
    pytest.param(2_000, 500, True, 40, id="a-10kb-font-at-40-weights"),
])
def test_glyph_variations_stop_at_the_variation_budget(points: int, tuples: int, sparse: bool, weights: int) -> None:
    # fontTools varies a glyph in Python, tuples x points: a 66 KB font's one glyph ran past 150 s (timeout=2
    # stopped it only after 21 s: no deadline check inside), the 10 KB font at 40 weights took 38 s; the
    # zero-delta font decompiles 82 million deltas. Now MAX_VARIATION_WORK is charged before fontTools starts.
    font = glyph_variations(points, tuples, sparse=sparse)
    kids = [{"div": {"style": {"fontVariationSettings": f"'wght' {900 - i * 0.5}"}, "children": "a"}}
            for i in range(weights)]
    doc = {"width": 200, "height": 100, "fonts": [{"name": "Bomb", "data": font}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb"}, "children": kids}}}
    with within_cpu(4):
        with pytest.raises(LimitError, match="glyph variations .* pass 4,000,000") as info:
            pureog.render_png(doc, timeout=60)
        assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")


def test_a_variable_glyph_within_the_budget_is_varied() -> None:
    # the budget leaves real fonts alone: a glyph of 60 points and 5 tuples is drawn at the heaviest weight
    doc = {"width": 80, "height": 40, "fonts": [{"name": "V", "data": glyph_variations(60, 5)}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "V", "fontVariationSettings": "'wght' 900"},
                               "children": "a"}}}
    assert pureog.render_png(doc)[:8] == b"\x89PNG\r\n\x1a\n"


def _weights(font: bytes, count: int) -> dict[str, Any]:
    kids = [{"div": {"style": {"fontVariationSettings": f"'wght' {900 - i * 0.1}", "fontSize": 10},
                     "children": "abcdefghij"}} for i in range(count)]
    return {"width": 200, "height": 100, "fonts": [{"name": "V", "data": font}],
            "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap", "fontFamily": "V"}, "children": kids}}}


def test_variation_stores_of_very_many_regions_draw_the_default_instance() -> None:
    # 65,535 HVAR regions (a 1.2 MB font) at 700 weights: 23 s, then out of memory at 2 GB (each instance kept a
    # support per region); now the font's variations are not applied (as Next.js draws every variable font)
    doc = _weights(variation_regions(65_535), 700)
    with within_cpu(5):
        with pytest.warns(pureog.RenderWarning, match="HVAR variation store has 65,535 regions"):
            pureog.render_png(doc)
    with pytest.raises(FontError, match="variations are not applied"):
        pureog.render_png(doc, strict=True)


def test_variation_store_lookups_count_against_the_variation_budget() -> None:
    # 4,096 regions (within MAX_VARIATION_REGIONS) at 700 weights: 16.5 s and 1 GB; now a LimitError in ~1 s
    with within_cpu(4):
        with pytest.raises(LimitError, match="variation store terms") as info:
            pureog.render_png(_weights(variation_regions(4_096), 700))
        assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")


def test_cff2_blends_count_against_the_variation_budget() -> None:
    # a CFF2 blend sums a term per region for each value it varies, in fontTools' Python, at every instance;
    # gvar and the item variation stores were charged, CFF2 blends not: 10 glyphs each blending 50 times over
    # 4,000 regions took 9.6 s at 20 weights (700 weights: minutes). Now a LimitError in ~1.5 s
    doc = _weights(cff2_blends(4_000, 50), 700)
    with within_cpu(4):
        with pytest.raises(LimitError, match="variation store terms") as info:
            pureog.render_png(doc)
        assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")


def test_cff2_stores_of_very_many_regions_draw_the_default_instance() -> None:
    # the CFF2 variation store is held to MAX_VARIATION_REGIONS like HVAR's (read from its Top DICT's vstore)
    with pytest.warns(pureog.RenderWarning, match="CFF2 variation store has 5,000 regions"):
        pureog.render_png(_weights(cff2_blends(5_000, 1), 50))


def test_a_cff2_font_within_the_budget_is_varied() -> None:
    # the bounded charstring interpreter draws what fontTools draws: the blended move at the heaviest weight
    from pureog.text.fonts import load_face
    from pureog.text.outline import glyph_outline

    face = load_face(cff2_blends(3, 2))
    heavy = face.instance({"wght": 900.0})
    assert glyph_outline(face, 1, 1000).segments[0] == ("M", 10.0, -0.0)
    assert glyph_outline(heavy, 1, 1000).segments[0] == ("M", 13.0, -0.0)


def test_glyphs_of_many_contours_placed_many_times_stop_at_the_segment_budget() -> None:
    # a 1 KB font whose glyph draws 6,561 squares (26,244 segments, within the per-glyph bounds) placed 100
    # times: each placement is rounded, flattened and scanned again, 0.1 s each (20,000 placements: hours).
    # Now the render's MAX_GLYPH_DRAW_SEGMENTS stops it in ~0.3 s; 20,000 characters of Korean place 463,000
    doc = {"width": 1200, "height": 630, "fonts": [{"name": "Bomb", "data": dense_glyphs(5, 9, 1)}],
           "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap", "fontFamily": "Bomb", "fontSize": 8},
                               "children": "\u4e00" * 100}}}
    with within_cpu(4):
        with pytest.raises(LimitError, match=f"{L.MAX_GLYPH_DRAW_SEGMENTS:,} outline segments") as info:
            pureog.render_png(doc)
        assert info.value.path == "$.element.div.children"
    doc["element"]["div"]["children"] = "\u4e00" * 3  # a few placements render
    assert pureog.render_png(doc)[:8] == b"\x89PNG\r\n\x1a\n"


def test_glyph_segments_placed_stop_before_a_render_takes_seconds() -> None:
    # 37 placements of that glyph of 6,561 squares (971,000 segments) fitted the former budget of a million
    # and took 5.3 s (each segment rounded to Satori's tenths, flattened and scanned: ~5.5 us); the budget
    # is now 600,000, and the same render stops in ~3 s, while 20,000 characters of Latin or Korean text
    # (355,000-520,000 segments) still render
    doc = {"width": 1200, "height": 630, "fonts": [{"name": "Bomb", "data": dense_glyphs(5, 9, 7)}],
           "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap", "fontFamily": "Bomb", "fontSize": 8},
                               "children": "".join(chr(0x4E00 + i % 7) for i in range(37))}}}
    with within_cpu(4.5), pytest.raises(LimitError, match="outline segments") as info:
        pureog.render_png(doc)
    assert info.value.path == "$.element.div.children"


def test_colour_glyphs_of_many_layers_count_each_placement() -> None:
    # a COLRv0 glyph of 20,000 layers (an 80 KB font; features: browser draws COLR) drew every layer at each
    # placement: 0.24 s each, 20,000 placements would take 80 minutes. Now a glyph keeps its first 4,096 layers
    # (MAX_NODES, as COLRv1 paint graphs) and each placement counts them against MAX_GLYPH_DRAW_SEGMENTS
    font = colr_layers(20_000)
    doc = {"width": 1200, "height": 630, "features": "browser", "fonts": [{"name": "C", "data": font}],
           "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap", "fontFamily": "C", "fontSize": 8},
                               "children": "a" * 1000}}}
    with within_cpu(4):
        with pytest.raises(LimitError, match="outline segments") as info:
            pureog.render_png(doc)
        assert info.value.path == "$.element.div.children"
        doc["element"]["div"]["children"] = "a" * 10
        assert pureog.render_png(doc)[:4] == b"\x89PNG"


@pytest.mark.parametrize(("font", "text"), [
    # 10,000 thin bars stacked in one glyph: the auto-fitter paired each top edge with each bottom one
    # (100 million pairs: past 60 s; 2,000 bars 3.5 s); now a glyph pairing more than 8 a segment is drawn
    # unhinted (real glyphs pair at most ~1.1 a segment)
    pytest.param(lambda: stacked_stems(10_000), "xa", id="stacked-bars"),
    # the same as the face's ``o``, whose stems give its standard width (read once per face): 2,000 bars 2.8 s
    pytest.param(lambda: stacked_stems(10_000, letter="o"), "xo", id="stacked-bars-o"),
    # one contour of 16,000 steps: each step's segment was compared with every edge made before it, each
    # lone edge searched every later one for a placed edge, and pureog's TrueType reader sliced the rest of
    # the contour off after each point (11.7 s; 2.75 s without features: browser); now 0.4 s
    pytest.param(lambda: stacked_stems(16_000, staircase=True), "xa", id="staircase"),
])
def test_glyphs_of_thousands_of_stems_are_hinted_in_linear_time(font: Any, text: str) -> None:
    doc = {"width": 1200, "height": 630, "features": "browser", "fonts": [{"name": "B", "data": font()}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "B", "fontSize": 100}, "children": text}}}
    with within_cpu(3):
        assert pureog.render_png(doc)[:4] == b"\x89PNG"
        doc["features"] = "satori"
        assert pureog.render_png(doc)[:4] == b"\x89PNG"


@pytest.mark.parametrize(("features", "stop"), [("satori", 2.5), ("browser", 3.0)])
def test_outlines_made_for_the_render_count_for_their_making(features: str, stop: float) -> None:
    # 1,990 spans of ten letters, each span at its own font size: 19,900 distinct outlines (465,660
    # segments, inside the budget), each read, rounded, flattened and scanned anew (and with features:
    # browser hinted and its exact-area mask made) took 7.2 s (15 s with features: browser); the same
    # letters at one size 2.1 s (4.1 s). A render now counts an outline's segments NEW_OUTLINE_WEIGHT
    # (and HINT_OUTLINE_WEIGHT) placements more the first time it places it: a LimitError in ~2.3 s (2.7 s)
    letters = "abcdefghij"
    kids = [{"span": {"style": {"fontSize": 8 + i * 0.013}, "children": letters}} for i in range(1990)]
    doc = {"features": features, "width": 1200, "height": 630,
           "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap"}, "children": kids}}}
    with within_cpu(stop * 1.6), pytest.raises(LimitError, match="outline segments") as info:
        pureog.render_png(doc)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    # the same letters at one size, and a card of a few sizes, render
    doc["element"]["div"]["children"] = [{"span": {"style": {"fontSize": 8 + i % 7}, "children": letters}}
                                         for i in range(300)]
    assert pureog.render_png(doc)[:4] == b"\x89PNG"


def test_exact_area_glyph_masks_count_the_rows_their_edges_cross() -> None:
    # features: browser draws text with exact-area coverage (raster/area_scan), which charged nothing to the
    # paint budget: a glyph of 10,000 bars 480 px tall (40,000 segments, inside the glyph budget) crossed
    # 9.6 million pixel rows, 6.9 s; the supersampling scan converter stops the same glyph at the paint
    # budget. Each row an edge crosses now counts as four scanline crossings, checked as they are made
    doc = {"width": 1200, "height": 630, "features": "browser", "fonts": [{"name": "T", "data": tall_bars(10_000)}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "T", "fontSize": 480}, "children": "a"}}}
    with within_cpu(4.5), pytest.raises(LimitError, match="weighted pixels") as info:
        pureog.render_png(doc)
    assert info.value.path == "$.element.div.children"


def test_blue_zones_measured_on_huge_glyphs_are_charged_to_the_render() -> None:
    # round twelve: every script's blue-zone letters a glyph of 60,000 points, the text one plain square
    # letter per script: hinting it (features: browser) measured seven scripts' zones on the big glyphs,
    # uncharged (5.8 s for seven letters); now each glyph measured counts as an outline placed for the
    # first time in the render, whether the zones were measured now or kept from an earlier render
    font = lying_blue_letters(30_000)
    doc = {"width": 400, "height": 100, "features": "browser", "fonts": [{"name": "B", "data": font}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "B", "fontSize": 20},
                               "children": " ".join("a\u03ba\u0430\u05d0\u0628\u092a\u0e04")}}}
    for _ in range(2):  # a render refused here keeps nothing: the next one is refused too
        with within_cpu(3.0), pytest.raises(LimitError, match="outline segments") as info:
            pureog.render_png(doc)
        assert info.value.path is not None and info.value.path.startswith("$.element.div")
    doc["features"] = "satori"  # Latin text as Next draws it is not hinted: the squares draw
    doc["element"]["div"]["children"] = "a a a"
    assert pureog.render_png(doc)[:4] == b"\x89PNG"


def test_the_auto_fitters_gsub_coverage_reads_each_lookup_once() -> None:
    # FreeType's auto-fitter (features: browser) shares a face's glyphs among its scripts by what their GSUB
    # lookups output, a contextual lookup through those it calls: each lookup was walked again from every
    # lookup that reaches it and its records read at each visit (3,000 contextual lookups each calling the
    # 60 before it: 9.7 s for four letters, quadratic; a feature-file font of 1,500: 11.6 s). Now each
    # lookup is read once and the styles' lookups walked breadth first together (1.6 s, most of it
    # fontTools reading the 3,000 lookups).
    font = calling_lookups(3000)
    doc = {"width": 400, "height": 100, "features": "browser", "fonts": [{"name": "Bomb", "data": font}],
           "element": {"div": {"style": {"display": "block", "fontFamily": "Bomb", "fontSize": 12},
                               "children": ["ab ", {"span": {"style": {"color": "red"}, "children": "ba"}}]}}}
    with within_cpu(4.0):
        assert pureog.render_png(doc)[:4] == b"\x89PNG"


def _fonts_card(fonts: list[bytes]) -> dict[str, Any]:
    return {"width": 200, "height": 60, "fonts": [{"name": f"F{i}", "data": data} for i, data in enumerate(fonts)],
            "element": {"div": {"style": {"display": "flex", "fontFamily": "F0"}, "children": "Hamburgefonstiv"}}}


def test_a_documents_fonts_are_bounded_together() -> None:
    """Round sixteen: nothing bounded how many fonts one document registers. Each distinct face parses its
    tables (fontTools decompiles GSUB/GPOS/cmap whole, ~2-6 us a byte) and holds its caches: 146 copies of
    Geist-Variable (a byte appended to each) took 20.7 s and 1 GB, 72 of Inter's WOFF2 subset 34 s. Now:
    64 distinct faces, 2 MB of layout and cmap tables, 32 MB of WOFF2 data decompressed, each a FontError
    naming the font, before the next face is made."""
    from pathlib import Path  # noqa: PLC0415

    fonts = Path(__file__).resolve().parents[2] / "conformance" / "fonts"
    geist = (fonts / "Geist-Regular.ttf").read_bytes()
    with pytest.raises(FontError, match="more than 64 distinct font faces") as info:
        pureog.render_png(_fonts_card([geist + bytes(i) for i in range(70)]))
    assert info.value.path == "$.fonts[64]"
    pureog.render_png(_fonts_card([geist + bytes(i) for i in range(64)] + [geist]))  # the same bytes again: one face
    inter = (fonts / "InterVariable-subset.woff2").read_bytes()  # 78 KB of layout and cmap tables
    with pytest.raises(FontError, match="layout and cmap tables") as info:
        pureog.render_png(_fonts_card([inter + bytes(i) for i in range(30)]))
    assert info.value.path == "$.fonts[26]"
    claimed = inter[:16] + (20 << 20).to_bytes(4, "big") + inter[20:]  # decompresses to 20 MB, it says
    with pytest.raises(FontError, match="WOFF2 fonts decompress to more than") as info:
        pureog.render_png(_fonts_card([claimed, claimed + b"\0"]))
    assert info.value.path == "$.fonts[1]"


@functools.cache
def _short_copies_woff2(size: int, seed: int = 0) -> bytes:
    """Geist as WOFF2 with a private table of ``size`` bytes that Brotli codes as short copies: after 4 KB
    of noise, four bytes copied from a random place within the last 4 KB, again and again (a command
    every four bytes, ~2.5 units of work a byte where a real font needs ~1)."""
    import io  # noqa: PLC0415
    import random  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    pytest.importorskip("brotli")
    from fontTools.ttLib import TTFont, newTable, woff2  # noqa: PLC0415

    rng = random.Random(seed)
    data = bytearray(rng.randbytes(4096))
    while len(data) < size:
        start = len(data) - rng.randrange(4, 4000)
        data += data[start : start + 4]
    font = TTFont(Path(__file__).resolve().parents[2] / "conformance" / "fonts" / "Geist-Regular.ttf")
    table = newTable("zzzz")
    table.data = bytes(data)
    font["zzzz"] = table
    raw, out = io.BytesIO(), io.BytesIO()
    font.save(raw)
    woff2.compress(io.BytesIO(raw.getvalue()), out)
    return out.getvalue()


def test_woff2_decoding_is_charged_its_commands_and_literals() -> None:
    """Round seventeen: a document's WOFF2 fonts were bounded by the bytes they decompress to (32 MB), but
    the pure-Python Brotli decoder's cost follows its commands (1.3-2 us each) and literals (~150-210
    ns), not its bytes: real fonts need ~1 unit a byte (a command 10, a literal 1), a stream of short
    copies up to 5 (this one 2.5), and 32 MB of such data decoded for ~12 s. Each font's work is now charged to its
    document's account, which a stream of short copies fills several times faster than a real font."""
    from pathlib import Path  # noqa: PLC0415

    from pureog.text.font_budget import work_account  # noqa: PLC0415
    from pureog.text.woff2 import woff2_to_sfnt  # noqa: PLC0415

    inter = (Path(__file__).resolve().parents[2] / "conformance" / "fonts" / "InterVariable-subset.woff2").read_bytes()
    hostile = _short_copies_woff2(240_000)
    charged = []
    for data in (inter, hostile):
        account = [0, L.MAX_WOFF2_WORK]
        with work_account(account):
            size = len(woff2_to_sfnt(data))
        charged.append(account[0] / size)
    assert 0.5 < charged[0] < 1.3  # a real font: about a unit a byte (1.07 measured)
    assert charged[1] > 1.8 * charged[0]  # short copies (2.3 measured): each command worth ten literals
    with pytest.raises(FontError, match="units of decoding work"), work_account([L.MAX_WOFF2_WORK - 100_000,
                                                                                 L.MAX_WOFF2_WORK]):
        woff2_to_sfnt(hostile, path="$.fonts[3]")


def test_a_documents_woff2_fonts_share_one_decoding_work_account(monkeypatch: pytest.MonkeyPatch) -> None:
    """The account is the document's (as its 32 MB of decompressed bytes are): distinct fonts add up,
    and the error names the font that passes it (the budget scaled down so the test decodes little)."""
    from pureog.text import font_budget  # noqa: PLC0415
    from pureog.text.font_budget import work_account  # noqa: PLC0415
    from pureog.text.woff2 import woff2_to_sfnt  # noqa: PLC0415

    hostile = _short_copies_woff2(240_000)
    account = [0, L.MAX_WOFF2_WORK]
    with work_account(account):
        woff2_to_sfnt(hostile)
    monkeypatch.setattr(font_budget, "MAX_WOFF2_WORK", int(account[0] * 2.5))
    pureog.render_png(_fonts_card([hostile, hostile + b"\0"]))
    with pytest.raises(FontError, match="units of decoding work") as info:
        pureog.render_png(_fonts_card([hostile + bytes(i) for i in range(2, 5)]))  # not cached: fresh bytes
    assert info.value.path == "$.fonts[2]"
