"""Fonts fontTools cannot read, or cannot draw text with, fail as a FontError naming the font."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import pureog
from pureog.errors import FontError, PureogError

FONTS = Path(__file__).resolve().parents[2] / "pureog" / "fonts"


def _doc(data: bytes, text: str = "Hi AV") -> dict[str, object]:
    return {"width": 60, "height": 30, "fonts": [{"name": "F", "data": data}],
            "element": {"div": {"style": {"display": "flex", "fontFamily": "F", "fontSize": 14}, "children": text}}}


def _bitmap_only(data: bytes) -> bytes:
    """The font with its outline tables dropped and a CBDT tag added: what a colour-bitmap font looks like."""
    import io  # noqa: PLC0415

    from fontTools.ttLib import TTFont  # noqa: PLC0415
    from fontTools.ttLib.tables.DefaultTable import DefaultTable  # noqa: PLC0415

    tt = TTFont(io.BytesIO(data))
    for tag in ("glyf", "loca", "gvar"):
        if tag in tt:
            del tt[tag]
    cbdt = DefaultTable("CBDT")
    cbdt.data = b"\x00\x03\x00\x00"  # raw bytes, saved as they are
    tt["CBDT"] = cbdt
    out = io.BytesIO()
    tt.save(out)
    return out.getvalue()


def test_colour_bitmap_font_is_a_font_error_naming_the_font() -> None:
    data = _bitmap_only((FONTS / "Geist-Regular.ttf").read_bytes())
    with pytest.raises(FontError) as info:
        pureog.render_png(_doc(data))
    assert info.value.path == "$.fonts[0]"
    assert "no TrueType or CFF outlines" in str(info.value)


def test_not_a_font() -> None:
    with pytest.raises(FontError) as info:
        pureog.render_png(_doc(b"this is not a font file at all"))
    assert info.value.path == "$.fonts[0]"


@pytest.mark.parametrize("seed", range(24))
def test_damaged_fonts_render_or_fail_cleanly(seed: int) -> None:
    rng = random.Random(seed)
    data = bytearray((FONTS / "Geist-Regular.ttf").read_bytes())
    if seed % 3 == 0:
        data = data[: rng.randrange(12, len(data))]  # truncated
    else:
        for _ in range(1 + seed):  # a few random bytes overwritten
            data[rng.randrange(12, len(data))] = rng.randrange(256)
    try:
        pureog.render_png(_doc(bytes(data)))
    except PureogError:
        pass  # anything else (TTLibError, struct.error, ...) fails the test
