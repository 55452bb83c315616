"""The auto-fitter's scripts (pureog.text.autofit.styles): each glyph hinted with its own script's blue
zones, as FreeType 2.12.1 hints it (the glyphs no code point reaches: by the script GSUB gives them, as
Chromium's FreeType, built with HarfBuzz, finds it; tests/text/autofit/test_autofit_cjk.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pureog.text.autofit import hinted_outline
from pureog.text.autofit.fixed import mul_div
from pureog.text.autofit.styles import FALLBACK, glyph_style
from pureog.text.fonts import FontFace, load_face
from pureog.text.outline import glyph_outline

FONTS = Path(__file__).resolve().parents[3] / "conformance/fonts"


def _face(name: str) -> FontFace:
    return load_face((FONTS / name).read_bytes())


@pytest.mark.parametrize(("font", "ch", "tag", "nonbase"), [
    ("NotoSansHebrew-Regular-subset.ttf", "ב", "hebr", False),
    ("NotoSansHebrew-Regular-subset.ttf", "\u05b8", "hebr", True),  # qamats: a mark, no blue zones
    ("NotoSansArabic-Regular-subset.ttf", "ك", "arab", False),
    ("NotoSansArabic-Regular-subset.ttf", "\u064e", "arab", True),  # fatha
    ("NotoSansThai-Regular-subset.ttf", "ก", "thai", False),
    ("NotoSansThai-Regular-subset.ttf", "\u0e48", "thai", True),  # mai ek
    ("NotoSansDevanagari-Regular-subset.ttf", "क", "deva", False),
    ("NotoSans-Italic-cyrillic.ttf", "ж", "cyrl", False),
    ("Geist-Regular.ttf", "a", "latn", False),
    ("Geist-Regular.ttf", "\u2014", "latn", False),  # general punctuation is Latin's
])
def test_glyph_style_from_the_cmap(font: str, ch: str, tag: str, nonbase: bool) -> None:
    face = _face(font)
    gid = face.glyph_index(ord(ch))
    assert gid
    script, mark = glyph_style(face, gid)
    assert (script.tag, mark) == (tag, nonbase)


def test_glyphs_no_code_point_reaches_take_the_style_gsub_gives_them() -> None:
    """A GSUB-only form (an Arabic joined form) is Arabic's, as Chromium's FreeType (built with HarfBuzz)
    finds it through the font's lookups; only a glyph no lookup outputs either is the fallback style's."""
    face = _face("NotoSansArabic-Regular-subset.ttf")
    reached = set(face.char_map().values())
    unreached = [g for g in range(1, len(face.glyph_order)) if g not in reached]
    styles = [glyph_style(face, g)[0] for g in unreached]
    assert sum(s.tag == "arab" for s in styles) > 250
    assert 0 < sum(s is FALLBACK for s in styles) < 30


# Every point as FreeType 2.12.1 hints it in light mode: (x, hinted y) in 26.6, y up, read from
# FT_Load_Glyph(FT_LOAD_TARGET_LIGHT) (tools/freetype_light.py). Unhinted before: the faces have no
# Latin blue characters; each moves up to 0.17-0.53 px.
_FREETYPE_POINTS = {
    ("NotoSansHebrew-Regular-subset.ttf", "ב", 16.0): [
        (42, 0), (42, 78), (378, 78), (378, 389), (378, 498), (264, 498), (73, 498), (83, 576), (271, 576),
        (472, 576), (472, 395), (472, 78), (548, 78), (537, 0)],
    ("NotoSansHebrew-Regular-subset.ttf", "ש", 20.0): [
        (460, 0), (280, 0), (82, 229), (82, 449), (82, 768), (200, 768), (200, 451), (200, 416), (202, 385),
        (308, 385), (408, 517), (408, 632), (408, 768), (526, 768), (526, 640), (526, 489), (374, 307),
        (215, 307), (262, 94), (458, 94), (471, 94), (599, 94), (735, 271), (735, 447), (735, 768), (851, 768),
        (851, 449), (851, 229), (654, 0), (474, 0)],
    ("NotoSansArabic-Regular-subset.ttf", "ل", 16.0): [  # the tail below the baseline, the stem on a zone
        (31, -33), (31, 4), (51, 95), (74, 149), (147, 120), (131, 77), (115, 4), (115, -27), (115, -102),
        (228, -188), (321, -188), (421, -188), (528, -110), (567, 51), (562, 175), (543, 704), (628, 704),
        (645, 153), (648, 66), (621, -87), (548, -205), (418, -272), (317, -272), (263, -272), (161, -243),
        (79, -185), (31, -95)],
    ("NotoSansArabic-Regular-subset.ttf", "ك", 20.0): [
        (499, 0), (271, 0), (38, 115), (38, 249), (38, 294), (61, 397), (74, 442), (170, 419), (163, 392),
        (143, 311), (143, 279), (143, 217), (211, 140), (380, 105), (532, 105), (659, 105), (823, 123),
        (914, 164), (948, 227), (946, 273), (922, 896), (1025, 896), (1051, 281), (1053, 216), (1015, 112),
        (900, 39), (680, 0), (466, 274), (442, 355), (522, 376), (591, 400), (591, 416), (591, 429), (562, 451),
        (525, 477), (495, 511), (495, 535), (495, 567), (559, 642), (654, 685), (694, 616), (635, 590),
        (580, 552), (580, 538), (580, 527), (609, 503), (646, 473), (676, 436), (676, 411), (676, 387),
        (645, 345), (556, 298)],
    # Devanagari's edges are placed from the head line down (FreeType's top-to-bottom hinting): the
    # bowl of न between the head line and the baseline was 3.7 px off while the lone edges were
    # interpolated with the wrong sign
    ("NotoSansDevanagari-Regular-subset.ttf", "न", 16.0): [
        (0, 640), (583, 640), (583, 567), (477, 567), (477, 0), (394, 0), (394, 316), (209, 316), (209, 259),
        (209, 229), (180, 199), (157, 199), (132, 199), (77, 243), (38, 305), (38, 334), (38, 359), (66, 388),
        (100, 388), (394, 388), (394, 567), (0, 567)],
    ("NotoSansDevanagari-Regular-subset.ttf", "म", 24.0): [
        (782, 851), (782, 0), (657, 0), (657, 361), (318, 361), (318, 308), (318, 260), (273, 218), (244, 218),
        (215, 218), (151, 256), (95, 313), (60, 379), (60, 407), (60, 433), (101, 471), (154, 471), (194, 471),
        (194, 851), (0, 851), (0, 960), (940, 960), (940, 851), (657, 851), (318, 851), (318, 471), (657, 471)],
    ("NotoSansThai-Regular-subset.ttf", "ป", 20.0): [
        (385, 0), (234, 0), (104, 137), (104, 263), (104, 704), (218, 704), (218, 262), (218, 94), (385, 94),
        (472, 94), (556, 178), (556, 263), (556, 960), (669, 960), (669, 265), (669, 138), (538, 0)],
}


@pytest.mark.parametrize("key", list(_FREETYPE_POINTS))
def test_every_point_where_freetype_puts_it(key: tuple[str, str, float]) -> None:
    font, ch, size = key
    face = _face(font)
    hinted = hinted_outline(glyph_outline(face, face.glyph_index(ord(ch)), size))
    ours = [(float(seg[i]) * 64, -float(seg[i + 1]) * 64) for seg in hinted.segments  # type: ignore[arg-type]
            for i in range(1, len(seg), 2)]
    for x, y in _FREETYPE_POINTS[key]:
        ys = [py for px, py in ours if abs(px - x) <= 1]
        assert any(abs(py - y) <= 1.5 for py in ys), (x, y, ys)


@pytest.mark.parametrize("font", ["NotoSansHebrew-Bold-subset.ttf", "NotoSansArabic-Bold-subset.ttf",
                                  "NotoSansThai-Bold-subset.ttf", "NotoSansDevanagari-Bold-subset.ttf"])
def test_every_glyph_hinted_in_y_only(font: str) -> None:
    """Every glyph of a face, marks and GSUB-only forms included, at tiny to large sizes: hinted without
    failing, x kept (but for the fallback style's, which the CJK system hints in x too:
    tests/text/autofit/test_autofit_cjk.py)."""
    face = _face(font)
    for size in (0.5, 7.0, 16.0, 96.0):
        for gid in range(len(face.glyph_order)):
            path = glyph_outline(face, gid, size)
            hinted = hinted_outline(path)
            if glyph_style(face, gid)[0] is not FALLBACK:
                assert [s[1::2] for s in hinted.segments] == [s[1::2] for s in path.segments]


def test_mul_div_sign_is_the_parity_of_the_signs() -> None:
    """FreeType's ``FT_MulDiv`` with negative factors (edges ordered from the top make every span
    negative)."""
    assert mul_div(-114, -316, -307) == -117
    assert mul_div(-114, 316, 307) == -117
    assert mul_div(114, -316, -307) == 117
    assert mul_div(114, 316, 307) == 117
