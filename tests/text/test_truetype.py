"""pureog.text.truetype reads a static TrueType face as the fontTools path does: the same metrics, cmap
and advances, and every glyph outline with the same segments, numbers and number types."""

from __future__ import annotations

from pathlib import Path

import pytest

import pureog.text.fonts as fonts
from pureog.text import outline
from pureog.text.fonts import FontFace
from pureog.text.truetype import read_truetype

ROOT = Path(__file__).resolve().parents[2]
TRUETYPE = [
    ROOT / "pureog/fonts/Geist-Regular.ttf",
    ROOT / "pureog/fonts/Geist-Bold.ttf",
    ROOT / "conformance/fonts/Roboto-Regular.ttf",  # composite glyphs (accents)
    ROOT / "conformance/fonts/NanumGothic-subset.ttf",  # post table without glyph names
    ROOT / "tests/text/fixtures/shaping/NotoSansArabic-subset.ttf",
]


def _fonttools_face(data: bytes, monkeypatch: pytest.MonkeyPatch) -> FontFace:
    with monkeypatch.context() as patch:
        patch.setattr(fonts, "read_truetype", lambda data, number: None)
        return FontFace(data)


@pytest.mark.parametrize("path", TRUETYPE, ids=lambda p: p.name)
def test_same_face_as_fonttools(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = path.read_bytes()
    fast, slow = FontFace(data), _fonttools_face(data, monkeypatch)
    assert fast.truetype is not None and slow.truetype is None
    assert (fast.units_per_em, fast.ascender, fast.descender) == (slow.units_per_em, slow.ascender, slow.descender)
    assert fast._cmap == slow._cmap
    assert tuple(fast._advances) == tuple(slow._advances)
    assert fast.num_glyphs == len(slow.glyph_order)
    for gid in range(fast.num_glyphs):
        for size, scale, upem in ((48.0, 1.0, None), (17.0, 1.25, 2000)):
            mine = outline.glyph_outline(fast, gid, size, scale, upem)
            theirs = outline.glyph_outline(slow, gid, size, scale, upem)
            # repr: the same numbers of the same types (an int stays an int, -0.0 stays -0.0)
            assert repr(mine.segments) == repr(theirs.segments), (path.name, gid, size)


@pytest.mark.parametrize("name", ["Geist-Variable.ttf", "NotoSansKR-subset.otf"])
def test_variable_and_cff_fonts_go_to_fonttools(name: str) -> None:
    assert read_truetype((ROOT / "conformance/fonts" / name).read_bytes(), -1) is None


def test_irregular_bytes_go_to_fonttools() -> None:
    data = (ROOT / "pureog/fonts/Geist-Regular.ttf").read_bytes()
    assert read_truetype(data, -1) is not None
    assert read_truetype(data[:2000], -1) is None  # tables past the end of the file
    assert read_truetype(b"OTTO" + data[4:], -1) is None


WEB_SUBSET = ROOT / "conformance/fonts/real/NotoSansKR-WebSubset-lsb"  # .notdef: xMin 402, hmtx lsb 392


@pytest.mark.parametrize("ext", ["ttf", "woff"])
def test_glyph_at_own_coordinates_or_at_lsb(ext: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """opentype.js (Satori's text) draws a glyf glyph where its contours are; FreeType and fontTools'
    glyph set move it to the hmtx left side bearing. Both readers (pureog's for the TTF, fontTools for
    the WOFF and for a TTF it is handed) give both placements, and a glyph whose lsb is its xMin alike."""
    data = WEB_SUBSET.with_suffix(f".{ext}").read_bytes()
    faces = [FontFace(data)] + ([_fonttools_face(data, monkeypatch)] if ext == "ttf" else [])
    for face in faces:
        raw = outline.glyph_outline(face, 0, 1000.0, at_lsb=False)
        moved = outline.glyph_outline(face, 0, 1000.0)
        assert raw.bounds().x == pytest.approx(402) and moved.bounds().x == pytest.approx(392)
        hangul = face.glyph_index(0xAC00)
        assert repr(outline.glyph_outline(face, hangul, 50.0, at_lsb=False).segments) == repr(
            outline.glyph_outline(face, hangul, 50.0).segments)
