"""The pure-Python JPEG encoder, checked by decoding its files with Pillow (libjpeg)."""

from __future__ import annotations

import io
import math
import random

import pytest

from pureog.errors import PureogError
from pureog.raster.jpeg_encode import encode_jpeg

Image = pytest.importorskip("PIL.Image")


def _photo(width: int, height: int, seed: int = 1) -> bytes:
    """Opaque RGBA: smooth gradients plus a little noise, like a photograph."""
    rnd = random.Random(seed)
    out = bytearray()
    for y in range(height):
        for x in range(width):
            out += bytes((
                min(255, 40 + x * 150 // width + rnd.randrange(6)),
                min(255, 60 + y * 150 // height + rnd.randrange(6)),
                min(255, 30 + (x + y) * 100 // (width + height) + rnd.randrange(6)),
                255,
            ))
    return bytes(out)


def _rgb(rgba: bytes) -> bytes:
    out = bytearray(3 * (len(rgba) // 4))
    for k in range(3):
        out[k::3] = rgba[k::4]
    return bytes(out)


def _decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _psnr(a: bytes, b: bytes) -> float:
    assert len(a) == len(b)
    error = sum((x - y) ** 2 for x, y in zip(a, b, strict=True))
    return math.inf if error == 0 else 10 * math.log10(255**2 * len(a) / error)


def _libjpeg(width: int, height: int, rgba: bytes, quality: int, subsampling: str) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGBA", (width, height), rgba).convert("RGB").save(
        out, "JPEG", quality=quality, subsampling={"4:2:0": 2, "4:4:4": 0}[subsampling])
    return out.getvalue()


@pytest.mark.parametrize("subsampling", ["4:2:0", "4:4:4"])
def test_decodes_as_a_baseline_jfif_of_the_right_size(subsampling: str) -> None:
    data = encode_jpeg(96, 64, _photo(96, 64), subsampling=subsampling)
    assert data[:4] == b"\xff\xd8\xff\xe0" and data[6:11] == b"JFIF\x00" and data[-2:] == b"\xff\xd9"
    image = _decode(data)
    assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (96, 64))
    # The luma sampling factors say which subsampling was written.
    assert image.layer[0][1:3] == ((2, 2) if subsampling == "4:2:0" else (1, 1))
    assert [layer[1:3] for layer in image.layer[1:]] == [(1, 1), (1, 1)]


@pytest.mark.parametrize(("quality", "bound"), [(10, 26.0), (50, 35.0), (90, 38.0), (100, 42.0)])
@pytest.mark.parametrize("subsampling", ["4:2:0", "4:4:4"])
def test_fidelity_rises_with_quality_and_matches_libjpeg(quality: int, bound: float, subsampling: str) -> None:
    rgba = _photo(96, 64)
    ours = _psnr(_decode(encode_jpeg(96, 64, rgba, quality=quality, subsampling=subsampling)).tobytes(), _rgb(rgba))
    reference = _psnr(_decode(_libjpeg(96, 64, rgba, quality, subsampling)).tobytes(), _rgb(rgba))
    assert ours >= bound
    assert ours >= reference - 0.5  # a quality number means what it means in libjpeg


@pytest.mark.parametrize("quality", [5, 30, 75, 95])
def test_quantization_tables_are_libjpegs(quality: int) -> None:
    rgba = _photo(16, 16)
    ours = _decode(encode_jpeg(16, 16, rgba, quality=quality)).quantization
    assert ours == _decode(_libjpeg(16, 16, rgba, quality, "4:2:0")).quantization


def _huffman_tables(data: bytes) -> set[bytes]:
    """The tables of a JPEG's DHT segments, each as class/id byte, 16 counts and the symbols."""
    tables = set()
    position = 2
    while data[position + 1] != 0xDA:  # up to the start of scan
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        segment = data[position + 4 : position + 2 + length]
        if data[position + 1] == 0xC4:
            while segment:
                size = 17 + sum(segment[1:17])
                tables.add(segment[:size])
                segment = segment[size:]
        position += 2 + length
    return tables


def test_huffman_tables_are_the_standard_ones() -> None:
    rgba = _photo(16, 16)
    assert _huffman_tables(encode_jpeg(16, 16, rgba)) == _huffman_tables(_libjpeg(16, 16, rgba, 75, "4:2:0"))


@pytest.mark.parametrize("subsampling", ["4:2:0", "4:4:4"])
def test_size_grows_with_quality(subsampling: str) -> None:
    rgba = _photo(64, 48, seed=2)
    sizes = [len(encode_jpeg(64, 48, rgba, quality=q, subsampling=subsampling)) for q in (1, 10, 30, 50, 75, 90, 100)]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)


def test_full_resolution_chroma_keeps_coloured_detail() -> None:
    # One-pixel red and blue stripes: 4:2:0 averages their chroma away, 4:4:4 keeps it.
    rgba = b"".join((b"\xff\x00\x00\xff" if x % 2 else b"\x00\x00\xff\xff") for _ in range(32) for x in range(32))
    full = _psnr(_decode(encode_jpeg(32, 32, rgba, subsampling="4:4:4")).tobytes(), _rgb(rgba))
    half = _psnr(_decode(encode_jpeg(32, 32, rgba, subsampling="4:2:0")).tobytes(), _rgb(rgba))
    assert full > half + 10


def _near(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 3) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


@pytest.mark.parametrize("background", [(255, 255, 255), (0, 64, 200)])
def test_alpha_is_composited_over_the_background(background: tuple[int, int, int]) -> None:
    # Premultiplied input: a transparent left half, 50 % red on the right half (premultiplied 128, 0, 0).
    row = b"\x00\x00\x00\x00" * 16 + b"\x80\x00\x00\x80" * 16
    image = _decode(encode_jpeg(32, 16, row * 16, background=background, subsampling="4:4:4"))
    assert _near(image.getpixel((4, 8)), background)
    half = tuple(round(c * 127 / 255) for c in background)
    assert _near(image.getpixel((27, 8)), (128 + half[0], half[1], half[2]))


def test_opaque_pixels_ignore_the_background() -> None:
    rgba = b"\x20\x80\xe0\xff" * 256
    image = _decode(encode_jpeg(16, 16, rgba, background=(0, 0, 0), subsampling="4:4:4"))
    assert _near(image.getpixel((8, 8)), (0x20, 0x80, 0xE0))


@pytest.mark.parametrize(("width", "height"), [(1, 1), (7, 9), (17, 5), (1, 23), (30, 1)])
@pytest.mark.parametrize("subsampling", ["4:2:0", "4:4:4"])
def test_tiny_and_partial_mcu_images(width: int, height: int, subsampling: str) -> None:
    flat = b"\x30\xa0\x60\xff" * (width * height)
    image = _decode(encode_jpeg(width, height, flat, subsampling=subsampling))
    assert image.size == (width, height)
    assert all(_near(image.getpixel((x, y)), (0x30, 0xA0, 0x60)) for x in range(width) for y in range(height))
    rgba = _photo(width, height, seed=width * height)
    decoded = _decode(encode_jpeg(width, height, rgba, quality=95, subsampling=subsampling)).tobytes()
    assert _psnr(decoded, _rgb(rgba)) > 30


def test_a_large_image() -> None:
    rgba = _photo(640, 330, seed=3)
    data = encode_jpeg(640, 330, rgba)
    image = _decode(data)
    assert image.size == (640, 330)
    assert _psnr(image.tobytes(), _rgb(rgba)) > 38
    assert len(data) < len(rgba) // 10


def test_output_is_deterministic() -> None:
    rgba = _photo(40, 24, seed=4)
    assert encode_jpeg(40, 24, rgba, quality=80) == encode_jpeg(40, 24, bytearray(rgba), quality=80)


def test_channels_above_alpha_saturate_instead_of_failing() -> None:
    # Not valid premultiplied data (colour > alpha); composited sums clamp at 255.
    image = _decode(encode_jpeg(8, 8, b"\xff\x10\x10\x80" * 64, subsampling="4:4:4"))
    assert _near(image.getpixel((4, 4)), (255, 143, 143))


@pytest.mark.parametrize("options", [
    {"quality": 0}, {"quality": 101}, {"quality": True}, {"quality": 9.5},
    {"subsampling": "4:2:2"}, {"background": (256, 0, 0)}, {"background": (0, 0)},
])
def test_rejects_bad_options(options: dict[str, object]) -> None:
    with pytest.raises(PureogError):
        encode_jpeg(8, 8, bytes(256), **options)  # type: ignore[arg-type]


def test_rejects_bad_sizes() -> None:
    with pytest.raises(PureogError):
        encode_jpeg(0, 8, b"")
    with pytest.raises(ValueError):
        encode_jpeg(8, 8, bytes(255))
