"""WOFF2 fonts read by pureog's own decoder (no native brotli at render time): the repository's fonts
made into WOFF2 by fontTools (which needs the ``brotli`` package, a test-only dependency) decode to
the same outlines, advances, cmap and kerning as the originals, render byte-identical cards, and
damaged files are clean FontErrors naming the font."""

from __future__ import annotations

import io
import random
import struct
import sys
from functools import cache
from pathlib import Path

import pytest
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont

import pureog
from pureog.errors import FontError
from pureog.text.fonts import FontFace
from pureog.text.woff import MAX_SFNT_BYTES
from pureog.text.woff2 import woff2_to_sfnt

pytest.importorskip("brotli")  # fontTools needs it to write WOFF2; pureog never imports it

ROOT = Path(__file__).resolve().parents[2]
FONTS = [
    ROOT / "pureog" / "fonts" / "Geist-Regular.ttf",
    ROOT / "conformance" / "fonts" / "GeistMono-Regular.ttf",
    ROOT / "conformance" / "fonts" / "Roboto-Bold.ttf",
    ROOT / "conformance" / "fonts" / "NanumGothic-subset.ttf",
    ROOT / "conformance" / "fonts" / "NotoSansKR-subset.otf",  # CFF outlines
    ROOT / "conformance" / "fonts" / "Geist-Medium.woff",
]
TRANSFORMS = {"glyf+loca": None, "glyf+loca+hmtx": ("glyf", "loca", "hmtx"), "hmtx only": ("hmtx",), "none": ()}


@cache
def woff2_of(path: Path, transforms: tuple[str, ...] | None = None) -> bytes:
    from fontTools.ttLib import woff2  # noqa: PLC0415  (imports brotli)

    out = io.BytesIO()
    woff2.compress(str(path), out, transform_tables=transforms)
    return out.getvalue()


def _outlines(font: TTFont) -> dict[str, list[object]]:
    glyphs = font.getGlyphSet()
    out = {}
    for name in font.getGlyphOrder():
        pen = RecordingPen()
        glyphs[name].draw(pen)
        out[name] = pen.value
    return out


def _same_font(original: TTFont, decoded: TTFont) -> None:
    assert decoded.getGlyphOrder() == original.getGlyphOrder()
    assert decoded.getBestCmap() == original.getBestCmap()
    assert decoded["hmtx"].metrics == original["hmtx"].metrics
    assert _outlines(decoded) == _outlines(original)
    for tag in ("GPOS", "GSUB", "GDEF", "kern", "CFF ", "cmap", "name", "OS/2", "hhea", "maxp", "post"):
        if tag in original:
            assert decoded.getTableData(tag) == original.getTableData(tag), tag
    if "glyf" in original:
        glyf_a, glyf_b = original["glyf"], decoded["glyf"]
        for name in original.getGlyphOrder():
            a, b = glyf_a[name], glyf_b[name]
            assert (a.numberOfContours, getattr(a, "xMin", 0), getattr(a, "yMin", 0), getattr(a, "xMax", 0),
                    getattr(a, "yMax", 0)) == (b.numberOfContours, getattr(b, "xMin", 0), getattr(b, "yMin", 0),
                                               getattr(b, "xMax", 0), getattr(b, "yMax", 0)), name
            if a.numberOfContours > 0:
                assert list(a.flags) == list(b.flags), name  # on-curve and overlapSimple bits
                assert a.program.getBytecode() == b.program.getBytecode(), name
            elif a.isComposite():
                comps = [(c.glyphName, c.flags, getattr(c, "x", 0), getattr(c, "y", 0)) for c in a.components]
                assert comps == [(c.glyphName, c.flags, getattr(c, "x", 0), getattr(c, "y", 0)) for c in b.components]


@pytest.mark.parametrize("path", FONTS, ids=lambda p: p.name)
def test_woff2_decodes_to_the_same_font(path: Path) -> None:
    data = woff2_of(path)
    assert data[:4] == b"wOF2"
    sfnt = woff2_to_sfnt(data, path="$.fonts[0]")
    original = TTFont(str(path))
    _same_font(original, TTFont(io.BytesIO(sfnt)))
    assert TTFont(io.BytesIO(sfnt), checkChecksums=2)  # recomputed table checksums hold


@pytest.mark.parametrize("transforms", ["glyf+loca+hmtx", "hmtx only", "none"])
def test_every_transform_combination(transforms: str) -> None:
    path = ROOT / "conformance" / "fonts" / "Roboto-Bold.ttf"
    sfnt = woff2_to_sfnt(woff2_of(path, TRANSFORMS[transforms]))
    _same_font(TTFont(str(path)), TTFont(io.BytesIO(sfnt)))


def test_overlap_simple_flags_survive() -> None:
    font = TTFont(str(ROOT / "conformance" / "fonts" / "Roboto-Regular.ttf"))
    glyf = font["glyf"]
    marked = [name for name in font.getGlyphOrder() if glyf[name].numberOfContours > 0][:6]
    for name in marked:
        glyf[name].flags[0] |= 0x40
    raw = io.BytesIO()
    font.save(raw)
    path = Path("overlap.ttf")
    from fontTools.ttLib import woff2  # noqa: PLC0415

    out = io.BytesIO()
    woff2.compress(io.BytesIO(raw.getvalue()), out)
    decoded = TTFont(io.BytesIO(woff2_to_sfnt(out.getvalue(), path=str(path))))
    assert [decoded["glyf"][n].flags[0] & 0x40 for n in marked] == [0x40] * len(marked)


def _card(font: bytes) -> dict[str, object]:
    return {
        "width": 200, "height": 60,
        "fonts": [{"name": "F", "data": font, "weight": 400, "style": "normal"}],
        "element": {"div": {"style": {"display": "flex", "fontFamily": "F", "fontSize": 22, "width": "100%",
                                      "height": "100%", "background": "white", "color": "#123",
                                      "letterSpacing": 1},
                            "children": "AVAToky fi 漢字 éñ"}},
    }


@pytest.mark.parametrize("name", ["Roboto-Bold.ttf", "NotoSansKR-subset.otf"])
def test_a_woff2_card_renders_like_the_ttf(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "conformance" / "fonts" / name
    woff2 = woff2_of(path)
    monkeypatch.setitem(sys.modules, "brotli", None)  # any `import brotli` now fails: pureog needs none
    assert pureog.render_png(_card(woff2)) == pureog.render_png(_card(path.read_bytes()))


# --- damage -----------------------------------------------------------------------------------------


def _small_woff2() -> bytes:
    return woff2_of(ROOT / "conformance" / "fonts" / "Roboto-Bold.ttf")


def _header_with(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    return data[:offset] + struct.pack(fmt, value) + data[offset + struct.calcsize(fmt) :]


@pytest.mark.parametrize(
    ("offset", "fmt", "value", "message"),
    [
        (4, ">I", 0x74746366, "collection"),  # flavor ttcf
        (12, ">H", 0, "0 tables"),
        (16, ">I", MAX_SFNT_BYTES + 1, "limit"),  # totalSfntSize
        (16, ">I", 1000, "more than the 1,000"),
        (20, ">I", 10**8, "truncated"),  # totalCompressedSize past the end
        (20, ">I", 100, "Brotli|WOFF2 font data"),
    ],
)
def test_header_damage_is_a_font_error_with_the_path(offset: int, fmt: str, value: int, message: str) -> None:
    data = _header_with(_small_woff2(), offset, fmt, value)
    with pytest.raises(FontError, match=message) as info:
        woff2_to_sfnt(data, path="$.fonts[2]")
    assert info.value.path == "$.fonts[2]"


def test_directory_damage_is_a_font_error() -> None:
    data = _small_woff2()
    # The first entry is not glyf, loca or hmtx: a transform version is reserved for it.
    assert data[48] & 63 not in (3, 10, 11)
    with pytest.raises(FontError, match="transform version"):
        woff2_to_sfnt(data[:48] + bytes((data[48] | 0x40,)) + data[49:])
    with pytest.raises(FontError, match="leading zeros"):
        woff2_to_sfnt(data[:49] + b"\x80" + data[50:])


def test_truncated_and_mutated_files_fail_cleanly() -> None:
    data = _small_woff2()
    start, end_of_stream = _stream_span(data)
    for end in (0, 4, 47, 48, 60, start, start + 1, len(data) // 2, end_of_stream - 1):
        with pytest.raises(FontError):
            FontFace(data[:end], path="$.fonts[0]")
    rng = random.Random(5)
    loaded = 0
    for _ in range(150):
        damaged = bytearray(data)
        for _ in range(rng.randrange(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            FontFace(bytes(damaged), path="$.fonts[0]")
            loaded += 1
        except FontError as exc:
            assert exc.path == "$.fonts[0]"
    assert loaded < 150


def test_a_brotli_bomb_in_a_woff2_is_refused() -> None:
    import brotli  # noqa: PLC0415

    data = _small_woff2()
    start, _ = _stream_span(data)
    compressor = brotli.Compressor(quality=4)
    bomb = b"".join(compressor.process(bytes(1 << 20)) for _ in range(50)) + compressor.finish()  # 50 MB
    woff = data[:20] + struct.pack(">I", len(bomb)) + data[24:start] + bomb
    with pytest.raises(FontError, match="expands to more than"):
        woff2_to_sfnt(woff)


def _stream_span(data: bytes) -> tuple[int, int]:
    """Where the compressed font data starts and ends: after the header and the table directory."""
    (count,) = struct.unpack(">H", data[12:14])
    (compressed,) = struct.unpack(">I", data[20:24])
    at = 48
    for _ in range(count):
        flags = data[at]
        at += 1 + (4 if flags & 63 == 63 else 0)
        tag_index = flags & 63
        transformed = (flags >> 6) == 0 if tag_index in (10, 11) else (flags >> 6) != 0
        for _ in range(2 if transformed else 1):
            while data[at] & 0x80:
                at += 1
            at += 1
    return at, at + compressed
