"""Emoji graphemes: detection, Twemoji codes, the bundled pack, and their place in paragraph layout."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from pureog.style.computed import ComputedStyle
from pureog.text import FontLibrary, layout_paragraph, measure
from pureog.text.emoji import (
    DirectoryPack,
    EmojiImages,
    bundled_twemoji,
    emoji_code,
    font_has,
    looks_like_emoji,
)
from pureog.text.shaping import advance_width


def st(size: float = 24.0, **fields: object) -> ComputedStyle:
    return ComputedStyle(font_family=("geist",), font_size=size, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("grapheme", "code"),
    [
        ("😀", "1f600"),
        ("❤️", "2764"),  # FE0F dropped without a ZWJ
        ("❤️‍🔥", "2764-fe0f-200d-1f525"),  # kept with one (Next's getIconCode)
        ("👋🏽", "1f44b-1f3fd"),
        ("🇫🇷", "1f1eb-1f1f7"),
        ("1️⃣", "31-20e3"),
    ],
)
def test_emoji_code_is_nexts_twemoji_file_name(grapheme: str, code: str) -> None:
    assert emoji_code(grapheme) == code


def test_emoji_detection() -> None:
    for g in ("😀", "❤️", "👩‍💻", "🇫🇷", "1️⃣", "©️", "↔"):
        assert looks_like_emoji(g), g
    for g in ("a", "1", "#", "→", "é", "中"):
        assert not looks_like_emoji(g), g
    # JavaScript's \p{Emoji} (Unicode 17 in Next's Node): newer than Twemoji 14.0.2, and narrower
    # than Extended_Pictographic (reserved code points and most playing cards are no emoji)
    for g in ("🩷", "🫨", "🐦‍⬛", "🂡x🂡🃏"):
        assert looks_like_emoji(g), g
    for g in ("\U0001FAFF", "\U0001F0A1", "\U0001FB00"):
        assert not looks_like_emoji(g), g


def test_emoji_missing_from_the_set_is_a_blank_image(geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    images = EmojiImages()
    assert images.is_image(chain, "🩷") and images.svg("🩷") is None  # Twemoji 14.0.2 lacks it


def test_only_graphemes_no_font_covers_become_images(geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    images = EmojiImages()
    assert font_has(chain, "©") and not images.is_image(chain, "©")  # Geist draws it
    assert not font_has(chain, "©️") and images.is_image(chain, "©️")  # FE0F is not in Geist
    assert images.is_image(chain, "😀") and images.is_image(chain, "❤️‍🔥")
    assert not images.is_image(chain, "a")
    assert not EmojiImages(pack=None).is_image(chain, "😀")  # no pack: stays text (.notdef)


def test_bundled_pack_gives_a_36_unit_svg() -> None:
    pack = bundled_twemoji()
    svg = pack.svg("1f600")
    assert svg is not None and svg.startswith(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36">')
    assert b'fill="#FFCC4D"' in svg and svg.endswith(b"</svg>")
    assert pack.svg("2764-fe0f-200d-1f525") == pack.svg("2764-200d-1f525")
    assert pack.svg("110000") is None and not pack.has("abc")


def test_user_images_and_directories(tmp_path: Path, geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    own = EmojiImages({"a": b"<svg/>"})
    assert own.is_image(chain, "a") and own.svg("a") == b"<svg/>"  # graphemeImages: even covered text
    (tmp_path / "1f600.svg").write_bytes(b"<svg id='mine'/>")
    folder = EmojiImages(pack=DirectoryPack(tmp_path))
    assert folder.svg("😀") == b"<svg id='mine'/>"
    assert folder.svg("🚀") == bundled_twemoji().svg("1f680")  # falls back to the bundled set
    assert EmojiImages(pack=DirectoryPack(tmp_path, fallback=False)).svg("🚀") is None


def test_emoji_are_font_size_wide_and_placed_as_images(geist: FontLibrary) -> None:
    chain = geist.chain(("geist",), 400, "normal")
    letters = advance_width(chain, "a", 40.0) + advance_width(chain, "b", 40.0)
    with_emoji = measure("a😀b", st(40.0), geist)(float("nan"), "undefined", 0, "undefined")
    assert with_emoji[0] == math.ceil(letters + 40.0)
    p = layout_paragraph("a😀b", st(40.0), geist, float("nan"))
    assert [run.text for run in p.runs] == ["a", "b"]
    (image,) = p.images
    assert image.grapheme == "😀" and image.width == 40.0 and image.y == 0.0
    assert image.height == pytest.approx((1005 + 295) / 1000 * 40)  # the line box of Geist
    assert p.runs[1].x == pytest.approx(image.x + 40.0)


def test_a_grapheme_cut_by_the_line_breaker_is_text(geist: FontLibrary) -> None:
    # 🫷🏽 is one grapheme (Satori fetches it) but two line-break pieces, neither a fetched key: .notdef text
    p = layout_paragraph("a🫷🏽b👋🏽c", st(40.0), geist, float("nan"))
    assert [image.grapheme for image in p.images] == ["👋🏽"]
    assert "".join(run.text for run in p.runs) == "a🫷🏽bc"


def test_emoji_image_box_follows_line_height(geist: FontLibrary) -> None:
    p = layout_paragraph("😀", st(40.0, line_height=0.6), geist, float("nan"))
    assert p.images[0].height == pytest.approx(24.0)  # resvg fits the 36x36 SVG into 40 x 24


def test_custom_font_library_emoji(geist: FontLibrary) -> None:
    lib = FontLibrary.default(emoji=EmojiImages(pack=None))
    p = layout_paragraph("a😀b", st(40.0), lib, float("nan"))
    assert not p.images  # drawn with the font (.notdef) instead
