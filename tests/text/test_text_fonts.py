from __future__ import annotations

import io
import sys
from pathlib import Path as FilePath

import pytest
from fontTools.ttLib import TTFont
from text_fontkit import BOLD, REGULAR, box_font, library, subset_geist

import pureog
from pureog.document.model import FontSource
from pureog.errors import FontError
from pureog.text import FontLibrary
from pureog.text.fonts import FontFace
from pureog.text.outline import glyph_outline
from pureog.text.shaping import advance_width


def test_bold_library_is_geist_regular_and_bold(geist: FontLibrary) -> None:
    assert geist.family_names() == ("geist",)
    regular = geist.match("geist", 400, "normal")
    bold = geist.match("Geist", 700, "normal")
    assert regular is not None and bold is not None and regular is not bold
    assert (regular.units_per_em, regular.ascender, regular.descender) == (1000, 1005, -295)


def test_default_is_next_s_geist_regular_alone() -> None:
    """Next.js bundles Geist Regular only: bold text without fonts draws with it (same boxes)."""
    for lib in (FontLibrary.default(), FontLibrary.default(bold=False)):
        assert lib.match("geist", 700, "normal") is lib.match("geist", 400, "normal")


@pytest.mark.parametrize(
    ("weight", "available", "expected"),
    [
        (400, (300, 500, 700), 500),  # 400 prefers 500
        (500, (300, 400, 700), 400),  # 500 prefers 400
        (300, (200, 400, 600), 200),  # below 400 looks down first
        (300, (400, 600), 400),  # ... then up, nearest first
        (600, (400, 700, 900), 700),  # above 500 looks up first
        (800, (400, 500, 700), 700),  # ... then down, nearest first
        (700, (100, 700), 700),  # exact match
    ],
)
def test_weight_fallback_follows_satori_compare_font(weight: int, available: tuple[int, ...], expected: int) -> None:
    faces = {w: box_font(cff=False, advance=1000 + w) for w in available}
    lib = library(*(("f", data, w) for w, data in faces.items()))
    face = lib.match("f", weight, "normal")
    assert face is not None and face.advance_fu(1) == 1000 + expected


def test_style_match_prefers_requested_style() -> None:
    upright = box_font(cff=False, advance=1000)
    italic = box_font(cff=False, advance=1500)
    lib = FontLibrary(
        [
            FontSource(name="f", data=upright, weight=400, style="normal"),
            FontSource(name="f", data=italic, weight=400, style="italic"),
        ]
    )
    assert lib.match("f", 400, "italic").advance_fu(1) == 1500  # type: ignore[union-attr]
    assert lib.match("f", 400, "normal").advance_fu(1) == 1000  # type: ignore[union-attr]


def test_missing_glyph_falls_back_to_next_font_then_last_font() -> None:
    latin = subset_geist("abc ")
    boxes = box_font(cff=False, chars="xyz")
    lib = library(("latin", latin, 400), ("boxes", boxes, 400))
    chain = lib.chain(("latin",), 400, "normal")
    assert chain.resolve("a") is lib.match("latin", 400, "normal")
    assert chain.resolve("x") is lib.match("boxes", 400, "normal")
    # Nobody has "Q": Satori uses the last font of the chain (and draws its .notdef).
    assert chain.resolve("Q") is chain.faces[-1]
    # A word is measured with the face of its first character; its missing glyphs are borrowed
    # from the face that has them, scaled to the word face's em.
    width = advance_width(chain, "ax", 100)
    a = advance_width(chain, "a", 100)
    assert width == pytest.approx(a + 1200 / 2048 * 100)


def test_listed_family_order_wins() -> None:
    lib = library(("one", box_font(cff=False, advance=1000), 400), ("two", box_font(cff=False, advance=2000), 400))
    assert lib.chain(("two", "one"), 400, "normal").resolve("x").advance_fu(1) == 2000
    assert lib.chain(("unknown",), 400, "normal").resolve("x").advance_fu(1) == 1000


def test_bad_font_bytes_raise_font_error_with_path() -> None:
    with pytest.raises(FontError) as info:
        FontLibrary([FontSource(name="x", data=b"not a font at all", path="$.fonts[3]")])
    assert info.value.path == "$.fonts[3]"


def test_woff_font_loads_and_measures_like_ttf() -> None:
    ttf = subset_geist("Hello")
    woff = subset_geist("Hello", flavor="woff")
    assert woff[:4] == b"wOFF"
    a = library(("a", ttf, 400)).chain(("a",), 400, "normal")
    b = library(("b", woff, 400)).chain(("b",), 400, "normal")
    assert advance_width(a, "Hello", 40) == advance_width(b, "Hello", 40)
    assert glyph_outline(a.primary, 1, 40) == glyph_outline(b.primary, 1, 40)


def test_woff2_renders_without_the_brotli_package(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("brotli")  # fontTools needs it to *write* WOFF2 (a test-only dependency)
    ttf = subset_geist("Hello")
    woff2 = subset_geist("Hello", flavor="woff2")
    assert woff2[:4] == b"wOF2"
    monkeypatch.setitem(sys.modules, "brotli", None)  # any `import brotli` now fails: pureog needs none
    a = library(("a", ttf, 400)).chain(("a",), 400, "normal")
    b = library(("b", woff2, 400)).chain(("b",), 400, "normal")
    assert advance_width(a, "Hello", 40) == advance_width(b, "Hello", 40)
    assert glyph_outline(a.primary, 1, 40) == glyph_outline(b.primary, 1, 40)
    card = {"width": 120, "height": 40, "element": {"div": {"style": {"fontFamily": "F", "fontSize": 24},
                                                            "children": "Hello"}}}
    fonts = [{"name": "F", "data": ttf}], [{"name": "F", "data": woff2}]
    assert pureog.render_png(card, fonts=fonts[0]) == pureog.render_png(card, fonts=fonts[1])


def test_damaged_woff2_is_a_clear_error() -> None:
    with pytest.raises(FontError, match="WOFF2") as info:
        FontFace(b"wOF2" + b"\0" * 60, path="$.fonts[0]")
    assert info.value.path == "$.fonts[0]"


def test_cff_font_gives_cubic_outlines_and_advances() -> None:
    data = box_font(cff=True, upem=1000, advance=600)
    assert "CFF " in TTFont(io.BytesIO(data))
    chain = library(("c", data, 400)).chain(("c",), 400, "normal")
    assert chain.primary.is_cff
    assert advance_width(chain, "xy", 50) == pytest.approx(60.0)
    path = glyph_outline(chain.primary, 1, 50)
    verbs = [s[0] for s in path.segments]
    assert "C" in verbs and "Q" not in verbs
    assert path.segments[0] == ("M", 5.0, -0.0)
    assert ("L", 5.0, -50.0) in path.segments


def test_truetype_outline_is_quadratic_y_down_and_cached() -> None:
    face = FontFace(REGULAR, path="geist")
    gid = face.glyph_index(ord("H"))
    a = glyph_outline(face, gid, 100)
    assert a is glyph_outline(face, gid, 100)
    bounds = a.bounds()
    # Geist H: x 92..621, y 0..710 font units at 100 px / 1000 upem, y flipped.
    assert (round(bounds.x, 2), round(bounds.y, 2)) == (9.2, -71.0)
    assert round(bounds.x + bounds.width, 2) == 62.1 and round(bounds.y + bounds.height, 2) == 0.0


def test_faces_are_cached_by_content() -> None:
    a = library(("a", BOLD, 700)).match("a", 700, "normal")
    b = library(("b", BOLD, 700)).match("b", 700, "normal")
    assert a is b


def test_fonts_without_glyph_names_get_numbered_names_and_the_same_metrics() -> None:
    # post table 3.0: fontTools would build names from the cmap through the Adobe Glyph List (slow);
    # pureog numbers the glyphs instead. Names are labels only: ids, advances and cmap must not change.
    path = FilePath(__file__).resolve().parents[2] / "conformance" / "fonts" / "NanumGothic-subset.ttf"
    face = FontFace(path.read_bytes())
    reference = TTFont(path)
    assert reference["post"].formatType == 3.0
    assert face.glyph_order[:3] == (".notdef", "glyph00001", "glyph00002")
    assert len(face.glyph_order) == reference["maxp"].numGlyphs
    names = reference.getGlyphOrder()
    for cp, name in reference.getBestCmap().items():
        gid = face.glyph_index(cp)
        assert gid == names.index(name)
        assert face.advance_fu(gid) == reference["hmtx"][name][0]


# --- font collections (TTC / OTC) ------------------------------------------------------------------------


def _collection(tmp_path: FilePath) -> bytes:
    from fontTools.ttLib import TTCollection, TTFont  # noqa: PLC0415

    fonts = FilePath(__file__).resolve().parents[2] / "conformance" / "fonts"
    collection = TTCollection()
    collection.fonts = [TTFont(fonts / "Geist-Regular.ttf"), TTFont(fonts / "Geist-Bold.ttf")]
    collection.save(tmp_path / "pair.ttc")
    return (tmp_path / "pair.ttc").read_bytes()


def test_a_collection_face_is_chosen_by_index(tmp_path: FilePath) -> None:
    """Next.js refuses collections ("Unsupported OpenType signature ttcf"); ``index`` picks the face."""

    pair = _collection(tmp_path)
    bold = (FilePath(__file__).resolve().parents[2] / "conformance" / "fonts" / "Geist-Bold.ttf").read_bytes()
    element = {"type": "div", "props": {"style": {"display": "flex", "width": 200, "height": 50,
                                                  "backgroundColor": "#fff", "fontFamily": "G", "fontSize": 24},
                                        "children": "Hamburg 123"}}
    first = pureog.render_png(element, width=200, height=50, fonts=[{"name": "G", "data": pair}])
    second = pureog.render_png(element, width=200, height=50, fonts=[{"name": "G", "data": pair, "index": 1}])
    alone = pureog.render_png(element, width=200, height=50, fonts=[{"name": "G", "data": bold}])
    assert second == alone and first != second


def test_a_collection_index_out_of_range_names_the_font(tmp_path: FilePath) -> None:
    from pureog.errors import DocumentError  # noqa: PLC0415

    pair = _collection(tmp_path)
    element = {"type": "div", "props": {"children": "x"}}
    with pytest.raises(FontError, match=r"has 2 faces \(0-1\); index 5"):
        pureog.render_png(element, width=50, height=50, fonts=[{"name": "G", "data": pair, "index": 5}])
    with pytest.raises(DocumentError, match="fonts\\[0\\].index"):
        pureog.render_png(element, width=50, height=50, fonts=[{"name": "G", "data": pair, "index": -1}])
    single = (FilePath(__file__).resolve().parents[2] / "conformance" / "fonts" / "Geist-Bold.ttf").read_bytes()
    with pytest.raises(FontError, match="single font"):
        pureog.render_png(element, width=50, height=50, fonts=[{"name": "G", "data": single, "index": 1}])


def test_parsed_faces_and_their_tables_stay_bounded_across_many_fonts() -> None:
    """A server drawing its users' fonts meets new ones for ever: the kept faces, their shaping layouts
    and glyph sets are bounded (the oldest go first), and every render still draws its own font."""
    from pathlib import Path  # noqa: PLC0415

    import pureog  # noqa: PLC0415
    from pureog.text import fonts, outline, shaping  # noqa: PLC0415

    regular = (Path(fonts.__file__).resolve().parent.parent / "fonts" / "Geist-Regular.ttf").read_bytes()
    for i in range(fonts.KEPT_FACES.value + 12):
        data = regular + bytes(4) + i.to_bytes(4, "big")  # other bytes, the same font: a face apiece
        face = fonts.load_face(data)
        shaping.face_layout(face)
        outline.glyph_outline(face, 36, 20.0)
    assert len(fonts._FACE_CACHE) <= fonts.KEPT_FACES.value
    assert len(shaping._LAYOUTS) <= fonts.KEPT_FACES.value
    assert len(outline._GLYPH_SETS) <= fonts.KEPT_FACES.value
    png = pureog.render({"type": "div", "props": {"style": {"display": "flex", "fontSize": 40}, "children": "Hi"}},
                        width=120, height=60, fonts=[{"name": "G", "data": regular + b"\x00" * 8}])
    assert png.startswith(b"\x89PNG")
