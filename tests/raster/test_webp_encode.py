"""The pure-Python lossless WebP encoder: Pillow (libwebp) must decode its files to exactly the input."""

from __future__ import annotations

import io
import random
import struct

import pytest

from pureog.errors import PureogError
from pureog.raster.pixmap import Pixmap
from pureog.raster.png import encode_png
from pureog.raster.webp_encode import _Lanes, encode_webp_lossless

Image = pytest.importorskip("PIL.Image")


def _roundtrip(width: int, height: int, rgba: bytes) -> bytes:
    """Encode, check the container and that libwebp decodes the very same pixels; return the file."""
    data = encode_webp_lossless(width, height, rgba)
    assert data[:4] == b"RIFF" and data[8:16] == b"WEBPVP8L"
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8 and len(data) % 2 == 0
    payload_size = struct.unpack("<I", data[16:20])[0]
    assert payload_size + 20 + payload_size % 2 == len(data)
    assert data[20] == 0x2F  # the VP8L signature
    image = Image.open(io.BytesIO(data))
    image.load()
    assert (image.format, image.size) == ("WEBP", (width, height))
    assert image.convert("RGBA").tobytes() == rgba
    return data


def _gradient(width: int, height: int) -> bytes:
    """A diagonal three-colour gradient: every channel changes along both axes."""
    span = width + height
    line = b"".join(bytes((s * 255 // span, 80 + s * 100 // span, 200 - s * 150 // span, 255)) for s in range(span))
    return b"".join(line[4 * y : 4 * (y + width)] for y in range(height))


def _noise(width: int, height: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(4 * width * height)


def _palette_image(width: int, height: int, colours: int, seed: int) -> bytes:
    rnd = random.Random(seed)
    palette = [rnd.randbytes(3) + bytes((rnd.choice((0, 90, 255)),)) for _ in range(colours)]
    return b"".join(palette[(x // 3 + y * 5 + rnd.randrange(2)) % colours] for y in range(height) for x in range(width))


def _card(width: int, height: int, seed: int) -> bytes:
    """Card-like: a gradient background (far more than 256 colours), lines of anti-aliased "text"
    stamped from a few glyphs, a translucent panel and transparent rounded corners."""
    rnd = random.Random(seed)
    image = bytearray(_gradient(width, height))
    stride = 4 * width
    ink, edge = b"\x18\x1c\x30\xff", b"\x70\x74\x90\xff"
    glyphs = []  # each a list of (row, column, pixels): a horizontal stroke with soft ends
    for _ in range(8):
        strokes = []
        for row in range(14):
            start = rnd.randrange(0, 5)
            length = rnd.randrange(1, 8 - start)
            strokes.append((row, start, edge + ink * length + edge))
        glyphs.append(strokes)
    for top in range(24, height - 24, 40):
        for left in range(30, width - 40, 12):
            for row, column, pixels in glyphs[rnd.randrange(len(glyphs))]:
                o = (top + row) * stride + 4 * (left + column)
                image[o : o + len(pixels)] = pixels
    panel = width - width // 2
    for y in range(height // 3, height // 2):  # a translucent white panel on the right
        o = y * stride + 4 * (width // 2)
        image[o : o + 4 * panel] = b"\xff\xff\xff\x60" * panel
    radius = min(24, width // 2, height // 2)
    for y in range(radius):  # rounded corners: transparent outside, partial alpha on the arc
        for x in range(radius):
            distance = ((radius - x - 0.5) ** 2 + (radius - y - 0.5) ** 2) ** 0.5 - radius
            alpha = 0 if distance > 1 else 255 if distance < 0 else int(255 * (1 - distance))
            for yy, xx in ((y, x), (y, width - 1 - x), (height - 1 - y, x), (height - 1 - y, width - 1 - x)):
                o = yy * stride + 4 * xx
                image[o + 3] = alpha
                if not alpha:
                    image[o : o + 3] = b"\x00\x00\x00"
    return bytes(image)


def test_one_pixel() -> None:
    _roundtrip(1, 1, b"\x10\x20\x30\xff")
    _roundtrip(1, 1, b"\x10\x20\x30\x40")
    _roundtrip(1, 1, b"\x00\x00\x00\x00")


@pytest.mark.parametrize(("width", "height"), [(1, 1), (5, 3), (64, 64), (300, 2)])
def test_solid_colours(width: int, height: int) -> None:
    for colour in (b"\xff\xff\xff\xff", b"\xc8\x64\x32\xff", b"\x00\x00\x00\x00", b"\x12\x34\x56\x78"):
        _roundtrip(width, height, colour * (width * height))


# Up to 256 pixels, noise has at most 256 colours (the indexed coding); beyond, the predicted one.
@pytest.mark.parametrize(("width", "height"), [(7, 9), (1, 40), (40, 1), (33, 17), (17, 19), (1, 300), (300, 1),
                                               (100, 37)])
def test_gradients_noise_and_transparency(width: int, height: int) -> None:
    _roundtrip(width, height, _gradient(width, height))
    _roundtrip(width, height, _noise(width, height, seed=width * height))
    alpha = bytearray(_gradient(width, height))
    alpha[3::4] = bytes((x * 37 + y * 11) % 256 for y in range(height) for x in range(width))
    alpha[0:4] = b"\x01\x02\x03\x00"  # colour under zero alpha survives too
    _roundtrip(width, height, bytes(alpha))


@pytest.mark.parametrize("colours", [2, 3, 4, 5, 16, 17, 255, 256])
@pytest.mark.parametrize(("width", "height"), [(3, 2), (9, 5), (17, 8), (31, 3)])
def test_few_colours_use_every_index_packing(colours: int, width: int, height: int) -> None:
    _roundtrip(width, height, _palette_image(width, height, colours, seed=colours))


def test_card_sized_images() -> None:
    width, height = 1200, 630
    card = _card(width, height, seed=1)
    data = _roundtrip(width, height, card)
    opaque = bytearray(card)
    opaque[3::4] = b"\xff" * (width * height)  # premultiplied == straight when opaque
    assert len(encode_webp_lossless(width, height, bytes(opaque))) < len(encode_png(Pixmap(width, height, opaque)))
    assert len(data) < len(card) // 8


def test_repeated_structure_compresses() -> None:
    # A diagonal gradient repeats from row to row shifted by one pixel: copies from above-right.
    width, height = 256, 128
    assert len(_roundtrip(width, height, _gradient(width, height))) < 2000
    # Flat colour, and few colours, cost next to nothing.
    assert len(_roundtrip(width, height, b"\x20\x40\x60\xff" * (width * height))) < 100
    assert len(_roundtrip(width, height, _palette_image(width, height, 4, seed=9))) < width * height // 4


def test_output_is_deterministic() -> None:
    card = _card(120, 80, seed=2)
    assert encode_webp_lossless(120, 80, card) == encode_webp_lossless(120, 80, bytearray(card))


def test_rejects_bad_sizes() -> None:
    with pytest.raises(PureogError):
        encode_webp_lossless(0, 1, b"")
    with pytest.raises(PureogError):
        encode_webp_lossless(16385, 1, bytes(4 * 16385))
    with pytest.raises(ValueError):
        encode_webp_lossless(2, 2, bytes(15))


def test_bytewise_arithmetic_matches_plain_arithmetic() -> None:
    # The SWAR helpers behind the transforms, on random bytes and on the extremes of each lane.
    rnd = random.Random(7)
    size = 4096
    a, b, c = (rnd.randbytes(size - 8) + bytes((0, 255, 0, 255, 128, 127, 1, 254)) for _ in range(3))
    lanes = _Lanes(size)
    x, y, z = lanes.load(a), lanes.load(b), lanes.load(c)
    assert lanes.store(lanes.sub(x, y)) == bytes((p - q) % 256 for p, q in zip(a, b, strict=True))
    assert lanes.store(lanes.average(x, y)) == bytes((p + q) >> 1 for p, q in zip(a, b, strict=True))
    assert lanes.store(lanes.gradient(x, y, z)) == bytes(
        min(255, max(0, p + q - r)) for p, q, r in zip(a, b, c, strict=True))
