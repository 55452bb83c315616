"""Synthetic bold and oblique (pureog.text.synthetic): Skia's skew and fake-bold width, the outline
grown on every side, and when FontLibrary asks for a synthesized face (features: browser only)."""

from __future__ import annotations

from pathlib import Path as FilePath

import pytest

from pureog.document.model import FontSource
from pureog.path import PathBuilder
from pureog.text.fonts import FontLibrary
from pureog.text.outline import glyph_outline
from pureog.text.synthetic import embolden, fake_bold_width, skew, synthesize

FONTS = FilePath(__file__).resolve().parents[2] / "conformance" / "fonts"


def _square(clockwise_on_screen: bool) -> PathBuilder:
    b = PathBuilder().move_to(0, 0)
    pts = [(10, 0), (10, 10), (0, 10)] if clockwise_on_screen else [(0, 10), (10, 10), (10, 0)]
    for x, y in pts:
        b.line_to(x, y)
    return b.close()


def test_skew_leans_right_by_a_quarter_of_the_height() -> None:
    path = PathBuilder().move_to(0, -8).line_to(2, 0).build()  # y down: -8 is above the baseline
    assert skew(path).segments == (("M", 2.0, -8.0), ("L", 2.0, 0.0))


def test_fake_bold_width_follows_skias_interpolation() -> None:
    assert fake_bold_width(6) == pytest.approx(6 / 24)
    assert fake_bold_width(9) == pytest.approx(9 / 24)
    assert fake_bold_width(36) == pytest.approx(36 / 32)
    assert fake_bold_width(72) == pytest.approx(72 / 32)
    assert fake_bold_width(22.5) == pytest.approx(22.5 * (1 / 24 + 0.5 * (1 / 32 - 1 / 24)))


@pytest.mark.parametrize("clockwise", [True, False])
def test_embolden_grows_every_side_by_half_the_strength(clockwise: bool) -> None:
    grown = embolden(_square(clockwise).build(), 2.0)
    box = grown.bounds()
    assert (box.x, box.y, box.width, box.height) == pytest.approx((-1.0, -1.0, 12.0, 12.0))


def test_embolden_keeps_a_counter_a_hole() -> None:
    # an outer square and an inner one of the other direction: the hole shrinks
    b = _square(True)
    b.move_to(3, 3).line_to(3, 7).line_to(7, 7).line_to(7, 3).close()
    segs = embolden(b.build(), 1.0).segments
    inner = [s for s in segs if s[0] in ("M", "L")][4:]
    xs = sorted({s[1] for s in inner})
    assert xs == pytest.approx([3.5, 6.5])


def _library(browser: bool, *faces: tuple[str, int, str]) -> FontLibrary:
    lib = FontLibrary([FontSource(name="f", data=(FONTS / file).read_bytes(), weight=w, style=st)
                       for file, w, st in faces])
    lib.features = "browser" if browser else "satori"
    return lib


def test_library_synthesizes_only_missing_faces_in_browser_mode() -> None:
    regular = ("Roboto-Regular.ttf", 400, "normal")
    lib = _library(True, regular)
    assert lib.match("f", 700, "normal").synthetic == (True, False)
    assert lib.match("f", 600, "italic").synthetic == (True, True)
    assert lib.match("f", 500, "oblique").synthetic == (False, True)
    assert lib.match("f", 500, "normal").synthetic is None
    assert _library(False, regular).match("f", 700, "italic").synthetic is None  # Next: the regular face
    both = _library(True, regular, ("Roboto-Bold.ttf", 700, "normal"))
    assert both.match("f", 700, "normal").synthetic is None
    assert both.match("f", 800, "italic").synthetic == (False, True)


def test_synthesized_glyphs_are_the_base_outline_skewed_and_emboldened() -> None:
    face = _library(True, ("Roboto-Regular.ttf", 400, "normal")).match("f", 700, "italic")
    assert face is not None and face.base is not None
    gid = face.glyph_index(ord("H"))
    assert gid
    base = glyph_outline(face.base, gid, 24.0)
    assert glyph_outline(face, gid, 24.0) == synthesize(base, 24.0, True, True)
    assert face.advance_fu(gid) == face.base.advance_fu(gid)  # Chromium keeps the advances
