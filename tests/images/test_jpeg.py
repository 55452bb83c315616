"""JPEG decoder against ImageMagick's (libjpeg's) decoding of small fixtures it wrote.

Fixtures (tests/images/fixtures, 37x23, made with ImageMagick 6.9 from a synthetic gradient): baseline
4:2:0, 4:2:2, 4:4:4, greyscale, progressive 4:2:0, and Adobe YCCK. ``<name>.jpg.rgba`` is ImageMagick's
decode (RGBA8). IDCT and colour-conversion rounding differ between decoders by a few levels.
``resvg*.jpg.rgba`` are the pixels Next.js drew for ``resvg*.jpg`` at 1:1 (cjpeg/Pillow encodings).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pureog.errors import ImageError
from pureog.images.jpeg import decode_jpeg
from pureog.images.sniff import ImageFormat, sniff

FIXTURES = Path(__file__).parent / "fixtures"
NAMES = ["baseline420", "baseline422", "baseline444", "grey", "progressive420", "cmyk"]


@pytest.mark.parametrize("name", NAMES)
def test_matches_libjpeg(name: str) -> None:
    data = (FIXTURES / f"{name}.jpg").read_bytes()
    expected = (FIXTURES / f"{name}.jpg.rgba").read_bytes()
    image = decode_jpeg(data)
    assert (image.width, image.height) == (37, 23)
    diffs = [abs(a - b) for a, b in zip(image.data, expected, strict=True)]
    assert max(diffs) <= 4
    assert sum(diffs) / len(diffs) < 0.5


@pytest.mark.parametrize("name", ["resvg440", "resvg420even", "resvg444q5"])
def test_pixels_equal_resvgs(name: str) -> None:
    """4:4:0 (fancy vertical blend), an even-sized 4:2:0 (edges at the component's true size) and a
    quality-5 4:4:4 (IDCT and colour rounding) decode to exactly the pixels Next (resvg's jpeg-decoder)
    drew for them at 1:1."""
    data = (FIXTURES / f"{name}.jpg").read_bytes()
    expected = (FIXTURES / f"{name}.jpg.rgba").read_bytes()
    assert decode_jpeg(data).data == expected


def test_dc_only_reduction_is_an_eighth() -> None:
    data = (FIXTURES / "baseline444.jpg").read_bytes()
    full = decode_jpeg(data)
    small = decode_jpeg(data, reduction=8)
    assert (small.width, small.height) == (5, 3)
    # Each reduced pixel is its 8x8 block's mean (up to rounding).
    for bx, by in ((0, 0), (2, 1), (3, 2)):
        total = [0, 0, 0]
        count = 0
        for y in range(by * 8, min(23, by * 8 + 8)):
            for x in range(bx * 8, min(37, bx * 8 + 8)):
                for c in range(3):
                    total[c] += full.data[(y * 37 + x) * 4 + c]
                count += 1
        if count == 64:
            px = small.data[(by * 5 + bx) * 4 : (by * 5 + bx) * 4 + 3]
            assert all(abs(px[c] - total[c] / 64) <= 3 for c in range(3))


def test_drawing_always_decodes_full_size() -> None:
    # resvg samples the full-size pixels however small the image is drawn: no reduced decode for paint
    from pureog.images.decode import decode_raster  # noqa: PLC0415
    from pureog.images.source import resolve_source  # noqa: PLC0415

    image = decode_raster(resolve_source((FIXTURES / "baseline444.jpg").read_bytes()))
    assert (image.width, image.height) == (37, 23)


def test_header_size_and_errors() -> None:
    data = (FIXTURES / "progressive420.jpg").read_bytes()
    info = sniff(data)
    assert (info.format, info.width, info.height) == (ImageFormat.JPEG, 37.0, 23.0)
    with pytest.raises(ImageError):
        decode_jpeg(b"\xff\xd8\xff\xd9")
    with pytest.raises(ImageError):
        decode_jpeg(b"GIF89a")


def test_a_jpeg_without_its_end_marker_is_refused() -> None:
    # jpeg-decoder fails at the end of the data without EOI (a truncated download): Next draws nothing
    data = (FIXTURES / "baseline420.jpg").read_bytes()
    assert decode_jpeg(data + b"\x00" * 8).width == 37  # bytes after EOI are ignored
    for damaged in (data[:-2], data[: len(data) * 9 // 10]):
        with pytest.raises(ImageError, match="end-of-image"):
            decode_jpeg(damaged)
