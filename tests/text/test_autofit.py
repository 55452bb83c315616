"""FreeType's light auto-hinting of Chromium-referenced glyphs (pureog.text.autofit), against positions
measured in headless Chromium's screenshots (Skia + FreeType, Linux)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pureog.path import Path as Outline
from pureog.text.autofit import hinted_outline
from pureog.text.fonts import FontFace, load_face
from pureog.text.outline import glyph_outline
from pureog.text.synthetic import fake_bold_width

FONTS = Path(__file__).resolve().parents[2] / "conformance/fonts"


def _face(name: str) -> FontFace:
    return load_face((FONTS / name).read_bytes())


def _ys(path: Outline) -> set[float]:
    return {float(seg[i]) for seg in path.segments for i in range(2, len(seg), 2)}  # type: ignore[arg-type]


def _glyph(face: FontFace, ch: str, size: float) -> Outline:
    return glyph_outline(face, face.glyph_index(ord(ch)), size)


@pytest.mark.parametrize(("font", "size", "x_height"), [
    ("Geist-Regular.ttf", 15, 8.0),  # 7.95 px unhinted
    ("Geist-Regular.ttf", 36, 20.0),  # 19.08: the scale raised so the overshoot (19.51) reaches 20
    ("Roboto-Regular.ttf", 36, 20.0),  # 19.02: the overshoot 19.37 is 1240/64 in 26.6, rounded up from 24/64
    ("Roboto-Regular.ttf", 26.4, 14.0),
])
def test_x_height_on_a_whole_pixel(font: str, size: float, x_height: float) -> None:
    """``x``'s flat top and bottom land on whole pixels at the height Chromium draws (measured: rows of
    the ``x`` in the probe paragraphs, 10-40 px)."""
    face = _face(font)
    hinted = hinted_outline(_glyph(face, "x", size))
    box = hinted.bounds()
    assert (box.y, box.y + box.height) == (-x_height, 0.0)


def test_crossbar_placed_as_chromium_places_it() -> None:
    """Roboto's ``H`` at 40 px: its 3.125 px bar kept that wide (light hinting adjusts no stem) with its top
    on a pixel boundary, 17 px over the baseline (Chromium: three full rows and a quarter below them)."""
    face = _face("Roboto-Regular.ttf")
    ys = _ys(hinted_outline(_glyph(face, "H", 40)))
    assert {-13.875, -17.0, -29.0, 0.0} == ys


def test_thin_bar_on_one_pixel_row() -> None:
    """Geist's ``e`` bar at 15 px (1.09 px thick) centred 26/64 px above a pixel boundary (FreeType's rule
    for a stem between 1 and 1.5 px): it covers one pixel row 61/64 and the row below 9/64, as Chromium
    draws it (measured in the probe paragraph: that row full, 238 of 238, the one below 60), where the
    unhinted bar straddles two rows (3.53 to 4.63 px over the baseline)."""
    face = _face("Geist-Regular.ttf")
    ys = _ys(hinted_outline(_glyph(face, "e", 15)))
    assert {-3.859375, -4.953125} <= ys


def test_cff_and_unknown_outlines_unhinted() -> None:
    """FreeType hints CFF outlines with its CFF engine (the font's own stem hints), not the auto-fitter:
    left as they are, as is a path that is no glyph outline."""
    face = _face("NotoSansCJKJP-subset.otf")
    path = _glyph(face, "x", 15)
    assert hinted_outline(path) is path
    other = Outline((("M", 0.0, 0.0), ("L", 1.0, 0.3), ("L", 0.0, 1.0), ("Z",)))
    assert hinted_outline(other) is other


def test_x_never_moves() -> None:
    face = _face("Geist-Regular.ttf")
    path = _glyph(face, "g", 17.5)
    hinted = hinted_outline(path)
    xs = [seg[1:][i] for seg in path.segments for i in range(0, len(seg) - 1, 2)]
    hx = [seg[1:][i] for seg in hinted.segments for i in range(0, len(seg) - 1, 2)]
    assert xs == hx


def test_degenerate_sizes_left_alone() -> None:
    """A glyph under 1/64 px (font size 0 or nearly) has nothing to hint."""
    face = _face("Geist-Regular.ttf")
    for size in (0.0, 0.01):
        path = _glyph(face, "x", size)
        assert hinted_outline(path) is path


def test_synthesized_bold_hinted_before_it_is_emboldened() -> None:
    """Skia hints a fake bold glyph as the base face's (FT_Load_Glyph) and emboldens it afterwards: Roboto's
    ``x`` at 24 px keeps its top and baseline on whole pixels, grown by half the fake-bold width on both
    sides (measured: browser/synthetic-bold-oblique 31.5 -> 39.3 dB, 4.06 -> 2.67 % of pixels off)."""
    face = _face("Roboto-Regular.ttf").synthesized(True, False)
    hinted = hinted_outline(_glyph(face, "x", 24)).bounds()
    half = fake_bold_width(24) / 2
    assert (hinted.y, hinted.y + hinted.height) == pytest.approx((-13.0 - half, half))


@pytest.mark.parametrize("bold", [False, True])
def test_synthesized_oblique_left_unhinted(bold: bool) -> None:
    """Fake italic is a skew in the glyph's matrix, and Skia's FreeType port hints no glyph whose matrix
    is not axis-aligned: a slanted synthesized glyph is drawn as synthesized."""
    face = _face("Roboto-Regular.ttf").synthesized(bold, True)
    path = _glyph(face, "x", 24)
    assert hinted_outline(path) is path


# Every point of three glyphs as FreeType 2.12.1 (the libfreetype Chromium links on Debian) hints them in
# light mode: (x, hinted y) in 26.6, y up, read from FT_Load_Glyph(FT_LOAD_TARGET_LIGHT).
_FREETYPE_POINTS = {
    ("Geist-Regular.ttf", "6", 10.0): [
        (193, 0), (116, 0), (32, 113), (32, 217), (32, 279), (51, 385), (92, 466), (161, 512), (211, 512),
        (272, 512), (339, 459), (352, 416), (294, 413), (287, 431), (249, 453), (211, 453), (160, 453),
        (97, 387), (90, 321), (90, 316), (106, 344), (164, 381), (204, 381), (248, 381), (316, 334),
        (354, 250), (354, 194), (354, 134), (313, 47), (241, 0), (195, 59), (239, 59), (296, 131),
        (296, 194), (296, 255), (243, 323), (200, 323), (169, 323), (120, 292), (92, 234), (92, 194),
        (92, 135), (148, 59)],
    ("Roboto-Regular.ttf", "e", 16.0): [
        (499, 103), (472, 63), (375, 0), (295, 0), (182, 0), (47, 150), (47, 268), (47, 290), (47, 380),
        (114, 509), (222, 576), (283, 576), (399, 576), (506, 412), (506, 288), (506, 243), (140, 243),
        (142, 175), (226, 78), (300, 78), (349, 78), (417, 115), (443, 146), (283, 497), (228, 497),
        (152, 406), (143, 321), (413, 321), (413, 329), (410, 389), (354, 497)],
    ("Geist-Regular.ttf", "S", 20.0): [
        (430, 0), (325, 0), (169, 77), (78, 211), (70, 301), (186, 301), (200, 209), (324, 109), (433, 109),
        (527, 109), (634, 177), (634, 243), (634, 283), (594, 344), (483, 395), (374, 420), (269, 445),
        (145, 505), (90, 591), (90, 654), (90, 726), (163, 834), (298, 896), (392, 896), (492, 896),
        (635, 822), (719, 696), (730, 615), (614, 615), (603, 691), (492, 787), (389, 787), (305, 787),
        (205, 712), (205, 651), (205, 611), (244, 560), (347, 520), (443, 497), (557, 471), (691, 399),
        (749, 303), (749, 242), (749, 168), (667, 59), (524, 0)],
}


@pytest.mark.parametrize("key", list(_FREETYPE_POINTS))
def test_every_point_where_freetype_puts_it(key: tuple[str, str, float]) -> None:
    """Control points and the on-curve points FreeType calls weak (inside a straight run, on a flat
    corner) follow their contour between the moved points around them (TrueType's IUP), not the edges'
    heights: Geist's ``6`` at 10 px had points 0.6 px off."""
    font, ch, size = key
    face = _face(font)
    hinted = hinted_outline(_glyph(face, ch, size))
    ours = [(float(seg[i]) * 64, -float(seg[i + 1]) * 64) for seg in hinted.segments  # type: ignore[arg-type]
            for i in range(1, len(seg), 2)]
    for x, y in _FREETYPE_POINTS[key]:
        ys = [py for px, py in ours if abs(px - x) <= 1]
        assert any(abs(py - y) <= 1.5 for py in ys), (x, y, ys)


@pytest.mark.parametrize(("size", "top"), [(26.4, 18.0), (36, 27.0), (40, 29.40625)])
def test_round_capital_tops_placed_as_stems(size: float, top: float) -> None:
    """FreeType lowers a zone's overshoot that passes the next zone's (af_latin_metrics_init_blues):
    Geist's capital overshoot (726 units) falls to the ``f`` zone's 710, so the ``O``'s top is no blue
    edge and is placed as its stem's edge, as FreeType 2.12.1 places it (where the half-pixel overshoot
    put it at 26.5 px at 36 px; Chromium draws the ``3``'s and ``6``'s top strokes on whole pixels)."""
    face = _face("Geist-Regular.ttf")
    box = hinted_outline(_glyph(face, "O", size)).bounds()
    assert -box.y == pytest.approx(top, abs=1.5 / 64)
