"""PNG decoder against files written by pypng in every colour type, depth and interlacing."""

from __future__ import annotations

import io
import random

import png
import pytest

from pureog.errors import ImageError
from pureog.images.png import decode_png


def _encode(rows: list[list[int]], width: int, height: int, **info: object) -> bytes:
    buf = io.BytesIO()
    png.Writer(width, height, **info).write(buf, rows)
    return buf.getvalue()


def _premul(r: int, g: int, b: int, a: int) -> tuple[int, int, int, int]:
    return ((r * a + 127) // 255, (g * a + 127) // 255, (b * a + 127) // 255, a)


def _pixels(data: bytes) -> list[tuple[int, ...]]:
    return [tuple(data[i : i + 4]) for i in range(0, len(data), 4)]


W, H = 13, 7  # odd sizes exercise partial bytes and every Adam7 pass


def _random_samples(seed: int, count: int, maximum: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(0, maximum) for _ in range(count)]


@pytest.mark.parametrize("interlace", [False, True])
@pytest.mark.parametrize("depth", [8, 16])
@pytest.mark.parametrize("alpha", [False, True])
def test_rgb_and_rgba(interlace: bool, depth: int, alpha: bool) -> None:
    ch = 4 if alpha else 3
    maximum = (1 << depth) - 1
    flat = _random_samples(depth + ch, W * H * ch, maximum)
    rows = [flat[y * W * ch : (y + 1) * W * ch] for y in range(H)]
    data = _encode(rows, W, H, greyscale=False, alpha=alpha, bitdepth=depth, interlace=interlace)
    img = decode_png(data)
    assert (img.width, img.height) == (W, H)
    expected = []
    for i in range(W * H):
        px = [v >> 8 if depth == 16 else v for v in flat[i * ch : (i + 1) * ch]]
        expected.append(_premul(*px) if alpha else (*px, 255))
    assert _pixels(img.data) == expected


@pytest.mark.parametrize("interlace", [False, True])
@pytest.mark.parametrize("depth", [1, 2, 4, 8, 16])
def test_greyscale(interlace: bool, depth: int) -> None:
    maximum = (1 << depth) - 1
    flat = _random_samples(depth, W * H, maximum)
    rows = [flat[y * W : (y + 1) * W] for y in range(H)]
    img = decode_png(_encode(rows, W, H, greyscale=True, bitdepth=depth, interlace=interlace))
    scale = 255 / maximum
    expected = [(g, g, g, 255) for g in (v >> 8 if depth == 16 else round(v * scale) for v in flat)]
    assert _pixels(img.data) == expected


def test_grey_alpha_and_colour_key() -> None:
    flat = _random_samples(3, W * H * 2, 255)
    rows = [flat[y * W * 2 : (y + 1) * W * 2] for y in range(H)]
    img = decode_png(_encode(rows, W, H, greyscale=True, alpha=True))
    assert _pixels(img.data) == [_premul(g, g, g, a) for g, a in zip(flat[0::2], flat[1::2], strict=True)]
    keyed = _encode([[0, 9, 200]], 3, 1, greyscale=True, transparent=9)
    assert _pixels(decode_png(keyed).data) == [(0, 0, 0, 255), (0, 0, 0, 0), (200, 200, 200, 255)]
    rgb_keyed = _encode([[1, 2, 3, 4, 5, 6]], 2, 1, greyscale=False, transparent=(4, 5, 6))
    assert _pixels(decode_png(rgb_keyed).data) == [(1, 2, 3, 255), (0, 0, 0, 0)]


@pytest.mark.parametrize("depth", [1, 2, 4, 8])
def test_palette_with_alpha(depth: int) -> None:
    n = 1 << depth
    palette = [(i * 7 % 256, i * 13 % 256, i * 29 % 256, 255 if i % 3 else i * 5 % 256) for i in range(n)]
    flat = _random_samples(depth + 10, W * H, n - 1)
    rows = [flat[y * W : (y + 1) * W] for y in range(H)]
    img = decode_png(_encode(rows, W, H, palette=palette, bitdepth=depth))
    assert _pixels(img.data) == [_premul(*palette[i]) for i in flat]


def test_all_filters_roundtrip() -> None:
    # pypng picks filters per its heuristic; force each filter type by writing the stream ourselves.
    import struct
    import zlib

    width, height, bpp = 9, 6, 4
    flat = bytes(_random_samples(77, width * height * bpp, 255))
    rows = [flat[y * width * bpp : (y + 1) * width * bpp] for y in range(height)]

    def paeth(a: int, b: int, c: int) -> int:
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        return a if pa <= pb and pa <= pc else (b if pb <= pc else c)

    raw = bytearray()
    prev = bytes(width * bpp)
    for y, row in enumerate(rows):
        ftype = y % 5
        raw.append(ftype)
        for i, v in enumerate(row):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            pred = (0, a, b, (a + b) >> 1, paeth(a, b, c))[ftype]
            raw.append((v - pred) & 255)
        prev = row

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    data = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(bytes(raw)))
        + chunk(b"IEND", b"")
    )
    img = decode_png(data)
    assert _pixels(img.data) == [_premul(*flat[i : i + 4]) for i in range(0, len(flat), 4)]


def test_errors() -> None:
    with pytest.raises(ImageError):
        decode_png(b"not a png")
    good = _encode([[1, 2, 3]], 1, 1, greyscale=False)
    with pytest.raises(ImageError):
        decode_png(good[:40])


def test_damage_the_png_crate_refuses() -> None:
    # resvg's decoder refuses a bad CRC in any chunk, a chunk cut by the end of the file and a missing
    # IEND (Next then draws the image empty); bytes after IEND are ignored.
    good = _encode([[1, 2, 3]], 1, 1, greyscale=False)
    assert decode_png(good + b"trailing bytes").width == 1
    bad_crc = bytearray(good)
    bad_crc[29] ^= 1  # the IHDR chunk's CRC
    for damaged, message in ((bytes(bad_crc), "CRC"), (good[:-12], "no IEND"), (good[:-14], "runs past")):
        with pytest.raises(ImageError, match=message):
            decode_png(damaged)
