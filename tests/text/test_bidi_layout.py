"""Text Next.js draws wrongly, laid out as a browser does: full shaping, bidi, direction, features.

Uses the Noto subsets of tests/text/fixtures/shaping (OFL). spec/text.md, "Complex scripts and bidi".
"""

from __future__ import annotations

from pathlib import Path

import pytest

import pureog
from pureog.document.model import Element, FontSource, Text
from pureog.errors import RenderWarning
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle
from pureog.style.values import Display, TextAlign
from pureog.text.fonts import FontLibrary
from pureog.text.itemize import has_complex, resolved_scripts, script_runs
from pureog.text.line_flow import text_layout
from pureog.text.paragraph import Paragraph, layout_paragraph

FIXTURES = Path(__file__).parent / "fixtures" / "shaping"
FILES = {"sans": "NotoSans-subset.ttf", "arabic": "NotoSansArabic-subset.ttf", "hebrew": "NotoSansHebrew-subset.ttf",
         "thai": "NotoSansThai-subset.ttf"}  # fmt: skip


@pytest.fixture(scope="module")
def fonts() -> FontLibrary:
    return FontLibrary([FontSource(name=n, data=(FIXTURES / f).read_bytes(), weight=400, style="normal")
                        for n, f in FILES.items()])  # fmt: skip


def paragraph(fonts: FontLibrary, text: str, family: str, width: float = 2000, **style: object) -> Paragraph:
    computed = ComputedStyle(font_family=tuple(family.split(",")), font_size=30.0, line_height=1.5, **style)
    return layout_paragraph(text, computed, fonts, width)


def visual(p: Paragraph, line: int = 0) -> list[str]:
    return [r.text for r in sorted((r for r in p.runs if r.line == line), key=lambda r: r.x)]


def cmap_ids(fonts: FontLibrary, family: str, text: str) -> list[int]:
    face = fonts.match(family, 400, "normal")
    assert face is not None
    return [face.glyph_index(ord(c)) for c in text]


def test_itemization_joins_common_characters_to_the_run_around_them() -> None:
    assert resolved_scripts("(abc) سلام 12!") == ["Latn"] * 6 + ["Arab"] * 8
    assert script_runs("12 שלום") == [(0, 7, "Hebr")]
    assert resolved_scripts("123 ...") == ["Zyyy"] * 7
    assert has_complex("नमस्ते") and has_complex("ภาษาไทย") and not has_complex("Привет, 世界 😀")


def test_latin_text_takes_the_satori_path(fonts: FontLibrary) -> None:
    style = ComputedStyle(font_family=("sans",), font_size=30.0)
    assert text_layout("Hello, world — Ωμέγα", style, fonts).engine.complex is None
    # needs_bidi false: direction alone changes nothing (Next.js ignores it; so does Latin-only text here)
    assert text_layout("Hello!", ComputedStyle(font_family=("sans",), direction="rtl"), fonts).engine.complex is None
    off = ComputedStyle(font_family=("sans",), font_feature_settings=(("liga", 0), ("calt", 0)))
    assert text_layout("offers", off, fonts).engine.complex is None  # turns off only what Satori never applies
    assert text_layout("שלום", ComputedStyle(font_family=("sans",)), fonts).engine.complex is not None


def test_arabic_joining_forms_are_harfbuzz_glyphs(fonts: FontLibrary) -> None:
    hb = pytest.importorskip("uharfbuzz")
    text = "مرحبا بالعالم"
    p = paragraph(fonts, text, "arabic", direction="rtl")
    ours = [g for r in sorted(p.runs, key=lambda r: r.x) for g in r.shaped.glyph_ids]
    blob = hb.Blob((FIXTURES / FILES["arabic"]).read_bytes())
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb.Font(hb.Face(blob)), buf, {})
    assert ours == [info.codepoint for info in buf.glyph_infos]
    assert ours != cmap_ids(fonts, "arabic", text)[::-1]  # joined forms, not the isolated cmap glyphs


def test_hebrew_line_is_reordered_right_to_left(fonts: FontLibrary) -> None:
    p = paragraph(fonts, "שלום", "hebrew")  # a left-to-right paragraph still draws the Hebrew run RTL
    assert list(p.runs[0].shaped.glyph_ids) == cmap_ids(fonts, "hebrew", "שלום")[::-1]


def test_mixed_english_arabic_visual_order(fonts: FontLibrary) -> None:
    p = paragraph(fonts, "one سلام عليكم two", "sans,arabic")
    # The Arabic words read right to left between the English ones (the space between them is in the
    # first family that has one, Noto Sans, as in a browser's per-character fallback).
    assert [t.strip() for t in visual(p) if t.strip()] == ["one", "عليكم", "سلام", "two"]
    arabic = next(r for r in p.runs if r.text == "سلام")
    assert arabic.shaped.glyph_dy  # shaped by the OpenType engine
    rtl = paragraph(fonts, "سلام one two عليكم", "arabic,sans", direction="rtl")
    assert [t.strip() for t in visual(rtl) if t.strip()] == ["عليكم", "one two", "سلام"]


def test_mirrored_parentheses_in_right_to_left_runs(fonts: FontLibrary) -> None:
    p = paragraph(fonts, "(שלום)", "hebrew,sans", direction="rtl")
    runs = sorted(p.runs, key=lambda r: r.x)
    first, last = runs[0].shaped, runs[-1].shaped
    # The logical ")" is leftmost, drawn as "(" (Bidi_Mirroring_Glyph), so the pair reads "(...)".
    assert runs[0].text == ")" and first.glyph_ids[0] == first.face.glyph_index(ord("("))
    assert runs[-1].text == "(" and last.glyph_ids[-1] == last.face.glyph_index(ord(")"))


def test_direction_rtl_aligns_start_to_the_right(fonts: FontLibrary) -> None:
    p = layout_paragraph("שלום עולם", ComputedStyle(font_family=("hebrew",), font_size=30.0, direction="rtl"),
                         fonts, 400, 400)
    line = p.lines[0]
    assert line.left == pytest.approx(400 - line.width) and line.left > 200
    end = layout_paragraph("שלום עולם", ComputedStyle(font_family=("hebrew",), font_size=30.0, direction="rtl",
                                                      text_align=TextAlign.END), fonts, 400, 400)
    assert end.lines[0].left == 0.0
    wrapped = paragraph(fonts, "שלום עולם שלום עולם שלום עולם", "hebrew", width=260, direction="rtl")
    assert len(wrapped.lines) > 1 and all(ln.left + ln.width == pytest.approx(260) for ln in wrapped.lines)


def test_dir_attribute_sets_direction() -> None:
    def direction(dir_value: str, text: str) -> str:
        root = Element("div", attributes=(("dir", dir_value),), children=(Text(text),))
        return cascade(root, width=100, height=100).style.direction

    assert direction("rtl", "abc") == "rtl" and direction("ltr", "שלום") == "ltr"
    assert direction("auto", "123 שלום abc") == "rtl" and direction("auto", "abc שלום") == "ltr"
    styled = Element("div", style=(("direction", "ltr"),), attributes=(("dir", "rtl"),))
    assert cascade(styled, width=100, height=100).style.direction == "ltr"  # the author's style wins


def test_font_feature_settings(fonts: FontLibrary) -> None:
    def ids(text: str, settings: tuple[tuple[str, int], ...]) -> list[int]:
        p = paragraph(fonts, text, "sans", font_feature_settings=settings)
        return [g for r in p.runs for g in r.shaped.glyph_ids]

    plain = cmap_ids(fonts, "sans", "offers")
    # ff ligature: the OpenType engine (asked for by tnum) applies liga with the browser's defaults
    assert ids("offers", (("liga", 1), ("tnum", 1))) != plain
    assert ids("offers", (("liga", 0),)) == plain
    # settings that only restate a browser's defaults keep Satori's drawing (Next.js's): no ligature
    assert ids("offers", (("liga", 1), ("calt", 1))) == plain
    assert ids("offers", (("kern", 1),)) == plain
    assert paragraph(fonts, "offers", "sans").runs[0].shaped.glyph_ids == tuple(plain)  # Satori: none
    assert ids("1984", (("onum", 1),)) != cmap_ids(fonts, "sans", "1984")
    tnum = paragraph(fonts, "1184", "sans", font_feature_settings=(("tnum", 1),)).runs[0].shaped
    assert len(set(tnum.advances_fu)) == 1  # tabular figures


def test_feature_settings_property_parses() -> None:
    root = Element("div", style=(("fontFeatureSettings", '"liga" 0, "tnum", "ss01" on, "kern" off'),),
                   children=(Element("span"),))
    styled = cascade(root, width=100, height=100, browser=True)
    expected = (("liga", 0), ("tnum", 1), ("ss01", 1), ("kern", 0))
    assert styled.style.font_feature_settings == expected
    assert styled.children[0].style.font_feature_settings == expected  # type: ignore[union-attr]
    # Next.js ignores it, and so does pureog without features: browser (a warning)
    with pytest.warns(RenderWarning, match="fontFeatureSettings' is ignored, as Next.js ignores it"):
        assert cascade(root, width=100, height=100).style.font_feature_settings == ()


def test_browser_features_option(fonts: FontLibrary) -> None:
    browser = FontLibrary([FontSource(name="sans", data=(FIXTURES / FILES["sans"]).read_bytes(), weight=400,
                                      style="normal")])
    browser.features = "browser"
    style = ComputedStyle(font_family=("sans",), font_size=30.0)
    ligated = layout_paragraph("offers", style, browser, 1000).runs[0].shaped.glyph_ids
    assert len(ligated) == 5 and layout_paragraph("offers", style, fonts, 1000).runs[0].shaped.glyph_ids == tuple(
        cmap_ids(fonts, "sans", "offers"))
    doc = {"type": "div", "props": {"style": {"fontSize": 40, "background": "white"}, "children": "offers"}}
    fonts_arg = [{"name": "sans", "data": (FIXTURES / FILES["sans"]).read_bytes()}]
    satori = pureog.render_png(doc, width=200, height=60, fonts=fonts_arg)
    assert pureog.render_png(doc, width=200, height=60, fonts=fonts_arg, features="satori") == satori
    pureog.render_png(doc, width=200, height=60, fonts=fonts_arg, features="browser")
    with pytest.raises(pureog.PureogError, match="features"):
        pureog.render_png(doc, fonts=fonts_arg, features="firefox")


def test_line_clamp_cuts_rtl_text_at_its_logical_end(fonts: FontLibrary) -> None:
    style = ComputedStyle(font_family=("hebrew",), font_size=30.0, line_height=1.5, direction="rtl",
                          display=Display.BLOCK, line_clamp=(1.0, None))
    p = layout_paragraph("שלום עולם שלום עולם שלום עולם", style, fonts, 200, 200)
    assert len(p.lines) == 1
    runs = sorted(p.runs, key=lambda r: r.x)
    assert runs[0].text.startswith("\u2026")  # the ellipsis is the visual end: leftmost
    assert runs[-1].text.startswith("שלום")  # the logical start stays at the right
    assert p.lines[0].left + p.lines[0].width <= 200.0001


def test_shaped_widths_decide_line_breaks(fonts: FontLibrary) -> None:
    text = "مرحبا بالعالم مرحبا بالعالم"
    layout = text_layout(text, ComputedStyle(font_family=("arabic",), font_size=30.0), fonts)
    engine = layout.engine
    assert engine.complex is not None
    whole = engine.measure_text("بالعالم")
    assert whole == pytest.approx(engine.complex.measure("بالعالم"))
    width = layout.flow(float("inf")).width
    assert width == pytest.approx(sum(r.shaped.advance for r in paragraph(fonts, text, "arabic").runs))
