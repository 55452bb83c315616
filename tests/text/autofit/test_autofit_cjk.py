"""FreeType's fallback style, the CJK writing system (pureog.text.autofit.cjk), and the GSUB coverage
that leaves it only the glyphs no cmap code point nor GSUB lookup reaches (pureog.text.autofit.gsub_cover),
as Chromium's FreeType (built with HarfBuzz) shares a face's glyphs out among its styles."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pureog.path import Path as GlyphPath
from pureog.text.autofit import hinted_outline
from pureog.text.autofit.cjk import hint_cjk_path
from pureog.text.autofit.styles import FALLBACK, glyph_style
from pureog.text.fonts import FontFace, load_face
from pureog.text.outline import glyph_outline
from tests.fuzz.timing import scaled

FONTS = Path(__file__).resolve().parents[3] / "conformance/fonts"


def _face(name: str) -> FontFace:
    return load_face((FONTS / name).read_bytes())


@pytest.mark.parametrize(("font", "gid", "tag"), [
    ("Geist-Regular.ttf", 187, "latn"),  # a tabular figure (tnum): Chromium snaps it to the Latin zones
    ("NotoSansArabic-Regular-subset.ttf", 102, "arab"),  # a joined form (init/medi/fina)
    ("NotoSansDevanagari-Regular-subset.ttf", 115, "deva"),  # a conjunct
    ("NotoSansArabic-Regular-subset.ttf", 45, "hani"),  # no code point nor lookup reaches it
])
def test_gsub_only_forms_take_their_scripts_style(font: str, gid: int, tag: str) -> None:
    face = _face(font)
    assert gid not in set(face.char_map().values())
    assert glyph_style(face, gid)[0].tag == tag


def _points(path: GlyphPath) -> list[tuple[float, float]]:
    return [(float(s[i]) * 64, -float(s[i + 1]) * 64) for s in path.segments  # type: ignore[arg-type]
            for i in range(1, len(s), 2)]


# Every point as FreeType 2.12.1's CJK writing system hints it in light mode, x and y (26.6, y up), read
# from the system libfreetype (built without HarfBuzz: every GSUB-only glyph is in its fallback style;
# tools/freetype_light.py). Each moves 0.19-0.23 px in x and 0.16-0.20 px in y.
_FREETYPE_POINTS = {
    ("Geist-Regular.ttf", 187, 30.0): [
        (381, 11), (381, 222), (496, 643), (714, 1038), (865, 1213), (78, 1213), (78, 1374), (1046, 1374),
        (1046, 1225), (875, 1030), (654, 648), (550, 241), (550, 11)],
    ("NotoSansDevanagari-Regular-subset.ttf", 115, 16.0): [
        (152, 564), (152, 371), (152, 327), (158, 276), (171, 245), (183, 234), (206, 209), (257, 209),
        (299, 209), (372, 251), (398, 278), (434, 206), (394, 177), (309, 137), (248, 137), (207, 137),
        (141, 165), (119, 188), (93, 215), (69, 293), (69, 361), (69, 564), (-12, 564), (-12, 637), (318, 637),
        (318, 564), (112, 12), (112, 37), (146, 72), (168, 72), (192, 72), (225, 37), (225, 12), (225, -13),
        (192, -47), (168, -47), (146, -47), (112, -13)],
    ("NotoSansArabic-Regular-subset.ttf", 45, 20.0): [
        (111, 714), (84, 714), (47, 752), (47, 777), (47, 803), (84, 841), (111, 841), (137, 841), (174, 803),
        (174, 777), (174, 752), (137, 714)],
}


@pytest.mark.parametrize("key", list(_FREETYPE_POINTS))
def test_every_point_where_freetypes_cjk_system_puts_it(key: tuple[str, int, float]) -> None:
    font, gid, size = key
    face = _face(font)
    path = glyph_outline(face, gid, size)
    hinted = hint_cjk_path(path, size / face.units_per_em, face.units_per_em)
    if glyph_style(face, gid)[0] is FALLBACK:  # (a glyph of the fallback style: hinted so in a render)
        assert _points(hinted_outline(path)) == _points(hinted)
    ours = _points(hinted)
    assert len(ours) >= len(_FREETYPE_POINTS[key])
    for point in _FREETYPE_POINTS[key]:  # (pureog's outline also holds the implied on-curve midpoints)
        assert any(abs(x - point[0]) <= 1.5 and abs(y - point[1]) <= 1.5 for x, y in ours), point


@pytest.mark.parametrize("font", ["Geist-Regular.ttf", "Roboto-Bold.ttf", "NotoSansArabic-Bold-subset.ttf",
                                  "NotoSansDevanagari-Bold-subset.ttf"])
def test_every_glyph_hinted_in_both_dimensions_without_failing(font: str) -> None:
    """Every glyph of a face through the CJK system at tiny to large sizes: no failure, and no point moved
    more than the edges can move: a stem's centring moves it at most 14/64 px from where the first
    stem's move (at most 14/64 px, carried to the others) put it, and the ``m`` rule may then shift the
    third stem by that much again to space it as the first two (Roboto Bold's ``m`` at 7 px: 42/64 px),
    plus the rounding to 26.6."""
    face = _face(font)
    for size in (0.5, 7.0, 16.0, 96.0):
        for gid in range(len(face.glyph_order)):
            path = glyph_outline(face, gid, size)
            hinted = hint_cjk_path(path, size / face.units_per_em, face.units_per_em)
            for (x0, y0), (x1, y1) in zip(_points(path), _points(hinted), strict=True):
                assert abs(x1 - x0) <= 43 and abs(y1 - y0) <= 43, (gid, size)


def test_a_hostile_outline_is_drawn_unhinted_in_linear_time() -> None:
    """A fallback glyph of thousands of stacked bars, or of thousands of bars side by side over one
    stroke: past the pairing bound (linear in the glyph's points) the fitter refuses, and the glyph is
    drawn as it is, quickly."""
    face = _face("Geist-Regular.ttf")
    gid = 95  # (a glyph no code point nor lookup reaches: the CJK system's)
    assert glyph_style(face, gid)[0] is FALLBACK
    for shape in ("stacked", "beside"):
        bars: list[tuple[object, ...]] = []
        for k in range(3000):
            x, y = (0.0, -k * 0.02) if shape == "stacked" else (k * 0.02, 0.0)
            w, h = (5.0, 0.01) if shape == "stacked" else (0.01, 5.0)
            bars += [("M", x, y), ("L", x + w, y), ("L", x + w, y - h), ("L", x, y - h), ("Z",)]
        hostile = GlyphPath(tuple(bars))  # type: ignore[arg-type]
        object.__setattr__(hostile, "origin", (face, 0.016, None, gid))
        started = time.process_time()
        assert hinted_outline(hostile) is hostile
        assert time.process_time() - started < scaled(2.0)


def test_small_capitals_take_their_feature_style_with_its_own_zones() -> None:
    """Roboto's small capitals (its ``c2sc`` forms) are FreeType's ``latn_c2sc`` style's, whose zones are
    measured on the small capitals the feature gives the blue characters: its capital zones sit at the
    small capitals' height, under the default style's capital height; a character the feature leaves
    as it is (a lowercase blue character) gives no zone."""
    from pureog.text.autofit.blues import script_blues  # noqa: PLC0415
    from pureog.text.autofit.gsub_cover import feature_styles, substitute  # noqa: PLC0415
    from pureog.text.autofit.styles import LATIN  # noqa: PLC0415

    face = _face("Roboto-Regular.ttf")
    (_, _, lookups), = [f for f in feature_styles(face, "latn") if f[0] == "c2sc"]
    small_h = substitute(face, lookups, face.glyph_index(ord("H")))
    assert small_h != face.glyph_index(ord("H"))
    script, _ = glyph_style(face, small_h)
    assert script.tag == "latn_c2sc"
    feature_zones = script_blues(face, script)
    default_zones = script_blues(face, LATIN)
    assert feature_zones is not None and default_zones is not None
    assert len(feature_zones) == 2  # (capital top and bottom only)
    cap_top = max(b.ref for b in default_zones if b.top)
    assert 0.6 * cap_top < max(b.ref for b in feature_zones if b.top) < 0.85 * cap_top


def test_a_gsub_that_cannot_be_read_leaves_the_cmap_styles(monkeypatch: pytest.MonkeyPatch) -> None:
    """A malformed GSUB (fontTools raising as it reads a lookup the shaper never asked for) is no
    failure: the glyphs no code point reaches are the fallback style's, as without HarfBuzz."""
    import pureog.text.autofit.styles as styles  # noqa: PLC0415

    def broken(*_: object) -> list[object]:
        raise KeyError("Coverage")

    face = load_face((FONTS / "NotoSansArabic-Regular-subset.ttf").read_bytes())
    monkeypatch.setattr(styles, "gsub_styles", broken)
    monkeypatch.setitem(styles._styles, face.key, styles._coverage(face))  # (this face's coverage, recomputed)
    assert glyph_style(face, 102)[0] is FALLBACK
    assert glyph_style(face, face.glyph_index(ord("ك")))[0].tag == "arab"
