"""Variable fonts (pureog/text/fonts.py ``FontFace.instance``): axis values from the style, varied
advances, outlines, metrics and GPOS, shaped as a browser shapes them (Next.js cannot load them).

Fonts: conformance/fonts/Geist-Variable.ttf (wght 100-900, avar, gvar phantom-point advances, no HVAR)
and InterVariable-subset.woff2 (opsz 14-32 and wght, HVAR, MVAR, GPOS variation deltas), both OFL."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

import pureog
from pureog.style.text_values import variation_settings
from pureog.text.fonts import FontLibrary, load_face

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from conformance.score import score  # noqa: E402
from tools.shaping_diff import corpus, harfbuzz_shape, pureog_shape, same  # noqa: E402

FONTS = ROOT / "conformance" / "fonts"
GEIST = (FONTS / "Geist-Variable.ttf").read_bytes()
INTER = (FONTS / "InterVariable-subset.woff2").read_bytes()


def _library(data: bytes, weight: int = 400) -> FontLibrary:
    return FontLibrary([pureog.Font(name="V", data=data, weight=weight).to_source()])


def test_the_weight_axis_serves_every_weight() -> None:
    library = _library(GEIST)
    assert library.chain(["v"], 400, "normal").primary.location == ()  # the default instance is the font
    assert library.chain(["v"], 700, "normal").primary.location == (("wght", 700.0),)
    assert library.chain(["v"], 50, "normal").primary.location == (("wght", 100.0),)  # clamped to the axis
    # the registered weight does not limit the axis: a second entry at 700 is the same font
    assert _library(GEIST, 700).chain(["v"], 300, "normal").primary.location == (("wght", 300.0),)


def test_instances_vary_advances_and_outlines() -> None:
    base = load_face(GEIST)
    thin, black = base.instance({"wght": 100}), base.instance({"wght": 900})
    gid = base.glyph_index(ord("H"))
    assert thin.advance_fu(gid) < base.advance_fu(gid) < black.advance_fu(gid)
    assert base.instance({"wght": 100}) is thin  # kept per location
    assert len({thin.key, black.key, base.key}) == 3  # per-face caches stay apart


def test_static_fonts_are_untouched() -> None:
    regular = (FONTS / "Geist-Regular.ttf").read_bytes()
    face = load_face(regular)
    assert face.axes == () and face.instance({"wght": 700}) is face
    assert FontLibrary([pureog.Font(name="V", data=regular).to_source()]).chain(["v"], 700, "normal").primary is face


def test_font_variation_settings_override_the_style() -> None:
    assert variation_settings('"wght" 550, \'opsz\' 20', None) == (("wght", 550.0), ("opsz", 20.0))
    assert variation_settings("normal", None) == ()
    chain = _library(GEIST).chain(["v"], 400, "normal", 20.0, (("wght", 550.0),))
    assert chain.primary.location == (("wght", 550.0),)


def test_optical_size_follows_the_font_size() -> None:
    library = _library(INTER)
    assert dict(library.chain(["v"], 400, "normal", 24.0).primary.location) == {"opsz": 24.0}
    assert library.chain(["v"], 400, "normal", 14.0).primary.location == ()  # opsz 14 is the default
    assert dict(library.chain(["v"], 400, "normal", 60.0).primary.location) == {"opsz": 32.0}


def _element(text: str, weight: int, size: float) -> dict[str, object]:
    return {"type": "div", "props": {
        "style": {"display": "flex", "width": 560, "height": 70, "backgroundColor": "#fff", "padding": 8},
        "children": [{"type": "div", "props": {"style": {"fontFamily": "V", "fontWeight": weight, "fontSize": size},
                                               "children": text}}]}}


@pytest.mark.parametrize(("data", "location", "min_psnr"), [
    (GEIST, {"wght": 700}, 47.0),   # measured 48.9 dB; 51.7 dB since glyphs take Skia's analytic-AA edges
    pytest.param(INTER, {"wght": 600}, 60.0, marks=pytest.mark.xfail(strict=True, reason=(
        "measured 62.4 dB (opsz 14: its default) while both were filled by exact area; 57.2 dB since this text "
        "is filled as Chromium fills it (raster/aaa_edges.py snaps edge ends to quarter pixels), which turns "
        "the instancer's rounding of points to whole units (up to 0.84 units here) into whole quarter-pixel "
        "steps; the outlines themselves still agree within a unit: "
        "test_instances_have_the_static_instances_outlines"))),
])
def test_draws_as_the_static_instance(data: bytes, location: dict[str, float], min_psnr: float,
                                      tmp_path: Path) -> None:
    """fontTools' instancer makes the static font a browser would draw at ``location``: same line, same
    glyph positions; the outlines differ only where the instancer and the glyph set round alike."""
    sfnt = load_face(data).ttfont.reader.file.getvalue()
    static = instancer.instantiateVariableFont(TTFont(io.BytesIO(sfnt)), location)
    out = io.BytesIO()
    static.save(out)
    weight = int(location["wght"])
    element = _element("AVATAR Wave To kerning, 0123 Hamburgefonstiv", weight, 14)
    varied = pureog.render_png(element, width=560, height=70, fonts=[{"name": "V", "data": data, "weight": 400}])
    fixed = pureog.render_png(element, width=560, height=70, features="browser",
                              fonts=[{"name": "V", "data": out.getvalue(), "weight": weight}])
    (tmp_path / "static.png").write_bytes(fixed)
    result = score(tmp_path / "static.png", varied)
    assert result.psnr >= min_psnr, result


@pytest.mark.parametrize(("data", "location"), [(GEIST, {"wght": 700}), (INTER, {"wght": 600})])
def test_instances_have_the_static_instances_outlines(data: bytes, location: dict[str, float]) -> None:
    """An instance's outlines and advances are the static font fontTools' instancer makes at the same
    location: every point within one font unit (the instancer rounds points to whole units, the glyph
    set keeps the deltas' fractions), every advance equal."""
    face = load_face(data)
    static = instancer.instantiateVariableFont(TTFont(io.BytesIO(face.ttfont.reader.file.getvalue())), location)
    out = io.BytesIO()
    static.save(out)
    fixed, varied = load_face(out.getvalue()), face.instance(location)
    worst = 0.0
    for char in sorted(set("AVATAR Wave To kerning, 0123 Hamburgefonstiv")):
        pens = []
        for font in (varied, fixed):
            gid = font.glyph_index(ord(char))
            pen = DecomposingRecordingPen(font.glyph_set())
            font.glyph_set()[font.glyph_order[gid]].draw(pen)
            pens.append((pen.value, font.advance_fu(gid)))
        (ours, our_advance), (theirs, their_advance) = pens
        assert our_advance == their_advance, char
        assert [op for op, _ in ours] == [op for op, _ in theirs], char
        for (_, ours_points), (_, their_points) in zip(ours, theirs, strict=True):
            for p, q in zip(ours_points, their_points, strict=True):
                worst = max(worst, abs(p[0] - q[0]), abs(p[1] - q[1]))
    assert worst < 1.0


def test_coordinates_are_normalised_in_16_16_as_harfbuzz() -> None:
    """HarfBuzz normalises an axis value to 16.16, maps it through avar, then takes 2.14 with (c + 2) >> 2:
    Geist at wght 450 is 1639/16384 (0.1 rounded straight to 2.14 is 1638), so T is 576 + 75 x 0.10004
    = 583.5 -> 584 units wide (583 before), and a mark after it sits 2 units further left."""
    base = load_face(GEIST)
    face = base.instance({"wght": 450})
    assert face.advance_fu(face.ttfont.getGlyphID("T")) == 584
    try:
        import uharfbuzz as hb  # noqa: PLC0415  (test-only dependency)
    except ImportError:
        return
    font = hb.Font(hb.Face(hb.Blob(GEIST)))
    glyphs = range(0, len(face.ttfont.getGlyphOrder()), 9)
    for weight in range(100, 901, 25):
        font.set_variations({"wght": weight})
        instance = base.instance({"wght": weight})
        assert [instance.advance_fu(g) for g in glyphs] == [font.get_glyph_h_advance(g) for g in glyphs], weight


def test_shaping_matches_harfbuzz_at_each_location() -> None:
    """Glyph ids, clusters and positions (within 1 unit) against HarfBuzz with the same variations, every
    string identical since coordinates are normalised as HarfBuzz does (3,630 of 3,630 over 30 strings x
    121 locations of Geist and Inter; 3,627 before, Geist at wght 450 and 825); this slice holds it."""
    import uharfbuzz as hb  # noqa: PLC0415  (test-only dependency)

    strings = corpus("Latn", 60, seed=3)
    total = identical = 0
    for data in (GEIST, INTER):
        base = load_face(data)
        font = hb.Font(hb.Face(hb.Blob(base.ttfont.reader.file.getvalue())))
        tags = {axis[0] for axis in base.axes}
        for location in ({"wght": 100}, {"wght": 350}, {"wght": 900}, {"wght": 600, "opsz": 24}):
            face = base.instance(location)
            font.set_variations({tag: value for tag, value in location.items() if tag in tags})
            for text in strings:
                total += 1
                identical += same(pureog_shape(face, text, "Latn", "ltr"), harfbuzz_shape(font, text, "Latn", "ltr"))
    assert identical == total, (identical, total)
