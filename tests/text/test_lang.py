"""The ``lang`` of fonts and elements: Satori's locales, its fallback order, and ``locl`` forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_fontkit import box_font

import pureog
from pureog.document.locales import normalize_locale
from pureog.document.model import FontSource
from pureog.errors import DocumentError, StyleError
from pureog.text import FontLibrary
from pureog.text.ot import shape
from pureog.text.ot.tags import language_tags

FONTS = Path(__file__).resolve().parents[2] / "conformance" / "fonts"


@pytest.mark.parametrize(("tag", "locale"), [
    ("ja", "ja-JP"), ("JA-jp", "ja-JP"), ("zh", "zh-CN"), ("zh-TW", "zh-TW"), ("zh-hk", "zh-HK"), ("k", "ko-KR"),
    ("ar", "ar-AR"), ("d", "devanagari"), ("e", "emoji"), ("en", None), ("sr", None), ("zh-Hant", None), ("", None),
])
def test_element_lang_is_the_first_locale_it_prefixes(tag: str, locale: str | None) -> None:
    assert normalize_locale(tag) == locale


def test_font_lang_must_be_a_satori_locale() -> None:
    data = box_font(cff=False)
    pureog.load({"element": {"div": "x"}, "fonts": [{"name": "A", "data": data, "lang": "zh-TW"}]})
    with pytest.raises(DocumentError, match="invalid font lang") as info:
        pureog.load({"element": {"div": "x"}, "fonts": [{"name": "A", "data": data, "lang": "zh"}]})
    assert info.value.path == "$.fonts[0].lang"


def test_font_lang_empty_string_is_accepted_as_satori_does() -> None:
    """Satori's addFonts tests ``lang &&`` first: an empty lang passes (a real card's ``lang: ''``)."""
    data = box_font(cff=False)
    doc = pureog.load({"element": {"div": "x"}, "fonts": [{"name": "A", "data": data, "lang": ""}]})
    assert doc.fonts[0].lang == ""


def test_an_empty_lang_face_is_an_unnamed_fallback_grouped_with_lang_less_faces() -> None:
    """Keyed ``name_``: ``fontFamily`` never names it; getLangFromFontName reads '' as no locale, so for
    text with a locale it comes with the faces without a lang, before the locale's faces."""
    lib, _ = _library(("CJK", "ja-JP"), ("Hebrew", None), ("Brand", ""), ("Nanum", "ko-KR"))
    for locale in (None, "ja-JP", "ko-KR"):
        chain = lib.chain(["brand"], 400, "normal", locale=locale)
        assert chain.listed == 0
    widths = {loc: [f.advance_fu(1) for f in lib.chain(["brand"], 400, "normal", locale=loc).faces]
              for loc in (None, "ja-JP", "ko-KR")}
    assert widths[None] == [1000, 1010, 1020, 1030]  # registration order
    assert widths["ja-JP"] == [1010, 1020, 1000, 1030]
    assert widths["ko-KR"] == [1010, 1020, 1030, 1000]


def _library(*entries: tuple[str, str | None]) -> tuple[FontLibrary, list[bytes]]:
    datas = [box_font(cff=False, advance=1000 + 10 * i) for i in range(len(entries))]
    sources = [FontSource(name=n, data=d, lang=lang) for (n, lang), d in zip(entries, datas, strict=True)]
    return FontLibrary(sources), datas


def test_fallback_order_by_locale() -> None:
    """Satori's getEngine: listed family, lang-less faces, the locale's faces, then other locales'."""
    lib, _ = _library(("Latin", None), ("CJK", "ja-JP"), ("CJK", "zh-CN"), ("Other", None))
    widths = {}
    for locale in (None, "ja-JP", "zh-CN", "ko-KR"):
        chain = lib.chain(["latin"], 400, "normal", locale=locale)
        widths[locale] = [f.advance_fu(1) for f in chain.faces]
        assert chain.listed == 1
    assert widths[None] == [1000, 1000, 1010, 1020, 1030]  # registration order
    assert widths["zh-CN"] == [1000, 1000, 1030, 1020, 1010]
    assert widths["ja-JP"] == [1000, 1000, 1030, 1010, 1020]
    assert widths["ko-KR"] == [1000, 1000, 1030, 1010, 1020]
    assert lib.chain(["latin"], 400, "normal", locale="ko-KR").consulted == 3  # engine.has skips other locales


def test_a_lang_face_is_never_a_listed_family() -> None:
    lib, _ = _library(("CJK", "ja-JP"), ("Latin", None))
    chain = lib.chain(["cjk"], 400, "normal")
    assert chain.listed == 0 and [f.advance_fu(1) for f in chain.faces] == [1000, 1010]
    assert lib.family_names() == ("cjk", "latin")


def test_element_lang_reaches_the_text_style() -> None:
    from pureog.style.cascade import cascade  # noqa: PLC0415

    doc = pureog.load({"element": {"div": {"lang": "zh-TW", "style": {"display": "flex"}, "children": [
        {"span": "a"}, {"span": {"lang": "en", "children": "b"}}, {"span": {"lang": "zh", "children": "c"}}]}}})
    root = cascade(doc.root, width=100, height=100)
    styles = [child.style for child in root.children]
    assert [(s.locale, s.lang) for s in styles] == [("zh-TW", "zh-TW"), (None, "en"), ("zh-CN", "zh")]
    with pytest.raises(StyleError, match="lang"):
        cascade(pureog.load({"element": {"div": {"lang": 3, "children": "x"}}}).root, width=10, height=10)


@pytest.mark.parametrize(("tag", "expected"), [
    ("zh", ["ZHS "]), ("zh-CN", ["ZHS "]), ("zh-Hans", ["ZHS "]), ("zh-TW", ["ZHT "]), ("zh-Hant", ["ZHT "]),
    ("zh-HK", ["ZHH "]), ("zh-Hant-HK", ["ZHH "]), ("zh-MO", ["ZHTM", "ZHH "]), ("ja", ["JAN "]), ("ko", ["KOR "]),
])
def test_chinese_language_tags_as_harfbuzz(tag: str, expected: list[str]) -> None:
    assert language_tags(tag) == expected


def test_locl_forms_of_noto_sans_cjk() -> None:
    """HarfBuzz 15's glyphs for the same string and languages (uharfbuzz 0.57, checked once)."""
    face = pureog.text.load_face((FONTS / "NotoSansCJKJP-subset.otf").read_bytes())
    text = "直骨画角今令海誤述写"
    harfbuzz = {
        None: [258, 271, 255, 261, 236, 239, 251, 265, 268, 242],
        "ja": [258, 271, 255, 261, 236, 239, 251, 265, 268, 242],
        "zh": [259, 272, 256, 262, 237, 240, 252, 266, 269, 243],
        "zh-TW": [259, 273, 257, 261, 238, 241, 252, 267, 270, 243],
        "zh-HK": [260, 271, 257, 261, 238, 241, 252, 267, 270, 243],
        "ko": [258, 271, 255, 261, 236, 239, 274, 386, 387, 242],
    }
    for language, glyphs in harfbuzz.items():
        assert [g.glyph for g in shape(face, text, "Hani", language)] == glyphs, language
