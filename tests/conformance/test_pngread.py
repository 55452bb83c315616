"""conformance.pngread: the fast RGBA8 decoder against hand-filtered PNGs and pypng."""

from __future__ import annotations

import io
import random

import png
import pytest

from conformance.pngread import PngDecodeError, RgbaImage, read_rgba, write_rgba
from tests.conformance.pngfixtures import encode_png


def random_rows(width: int, height: int, bpp: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    return [bytes(rng.randrange(256) for _ in range(width * bpp)) for _ in range(height)]


@pytest.mark.parametrize("kind", [0, 1, 2, 3, 4])
@pytest.mark.parametrize("width", [1, 2, 7, 33])
def test_every_filter_decodes_exactly(kind: int, width: int) -> None:
    rows = random_rows(width, 5, 4, seed=kind * 100 + width)
    decoded = read_rgba(encode_png(width, 5, rows, filters=(kind,)))
    assert (decoded.width, decoded.height) == (width, 5)
    assert list(decoded.rows) == rows


def test_mixed_filters_chain_through_rows() -> None:
    rows = random_rows(17, 10, 4, seed=3)
    assert list(read_rgba(encode_png(17, 10, rows, filters=(1, 2, 4, 3, 0, 2, 2))).rows) == rows


def test_rgb_expands_to_opaque_rgba() -> None:
    rows = random_rows(5, 3, 3, seed=4)
    decoded = read_rgba(encode_png(5, 3, rows, colour=2, filters=(1, 2, 4)))
    for rgb, rgba in zip(rows, decoded.rows, strict=True):
        assert rgba[0::4] == rgb[0::3] and rgba[1::4] == rgb[1::3] and rgba[2::4] == rgb[2::3]
        assert rgba[3::4] == b"\xff" * 5


def test_palette_with_transparency() -> None:
    palette = bytes([255, 0, 0, 0, 255, 0, 0, 0, 255])
    rows = [bytes([0, 1, 2, 1])]
    decoded = read_rgba(encode_png(4, 1, rows, colour=3, palette=palette, trns=bytes([0, 128])))
    assert decoded.rows[0] == bytes([255, 0, 0, 0, 0, 255, 0, 128, 0, 0, 255, 255, 0, 255, 0, 128])


def test_grey_and_grey_alpha() -> None:
    grey = read_rgba(encode_png(2, 1, [bytes([10, 200])], colour=0))
    assert grey.rows[0] == bytes([10, 10, 10, 255, 200, 200, 200, 255])
    grey_alpha = read_rgba(encode_png(2, 1, [bytes([10, 20, 200, 0])], colour=4, filters=(1,)))
    assert grey_alpha.rows[0] == bytes([10, 10, 10, 20, 200, 200, 200, 0])


def test_sixteen_bit_falls_back_to_pypng() -> None:
    buffer = io.BytesIO()
    png.Writer(2, 1, greyscale=False, alpha=True, bitdepth=16).write(buffer, [[65535, 0, 257 * 10, 65535] * 2])
    decoded = read_rgba(buffer.getvalue())
    assert decoded.rows[0] == bytes([255, 0, 10, 255]) * 2


def test_matches_pypng_on_a_pypng_written_file(tmp_path) -> None:
    rows = tuple(random_rows(9, 4, 4, seed=5))
    write_rgba(tmp_path / "x.png", RgbaImage(9, 4, rows))
    assert read_rgba(tmp_path / "x.png").rows == rows
    width, height, pypng_rows, _ = png.Reader(filename=str(tmp_path / "x.png")).asRGBA8()
    assert tuple(bytes(r) for r in pypng_rows) == rows


def test_bad_input_raises_decode_error() -> None:
    with pytest.raises(PngDecodeError, match="signature"):
        read_rgba(b"GIF89a....")
    good = encode_png(4, 4, random_rows(4, 4, 4, seed=6))
    with pytest.raises(PngDecodeError):
        read_rgba(good[:60])
