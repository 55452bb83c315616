"""PNG encoder options (pureog.raster.png): compression level, zopfli and the exact palette.

Every encoding is decoded with pypng and with Pillow (test-only) and compared with the straight RGBA
of the pixmap: whatever colour type is written, it must decode to exactly the same pixels.
"""

from __future__ import annotations

import io
import pathlib
import random
import struct
import zlib

import png
import pytest

import pureog
from pureog.errors import PureogError
from pureog.raster.pixmap import Pixmap
from pureog.raster.png import COLOR_TYPE_INDEXED, COLOR_TYPE_RGB, COLOR_TYPE_RGBA, encode_png

Image = pytest.importorskip("PIL.Image")

REPO = pathlib.Path(__file__).resolve().parents[2]


def _premultiplied(r: int, g: int, b: int, a: int) -> bytes:
    return bytes(((r * a + 127) // 255, (g * a + 127) // 255, (b * a + 127) // 255, a))


def _chunks(data: bytes) -> dict[bytes, bytes]:
    out: dict[bytes, bytes] = {}
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        out[kind] = out.get(kind, b"") + data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return out


def _colour_type(data: bytes) -> int:
    return data[25]


def _assert_exact(pixmap: Pixmap, data: bytes) -> None:
    """``data`` decodes, with pypng and with Pillow, to the pixmap's straight RGBA."""
    expected = pixmap.to_straight_rgba()
    width, height, rows, _ = png.Reader(bytes=data).asRGBA8()
    assert (width, height) == (pixmap.width, pixmap.height)
    assert b"".join(bytes(row) for row in rows) == expected
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        assert image.convert("RGBA").tobytes() == expected


def _few_colours(width: int, height: int, colours: list[bytes], seed: int, runs: bool = True) -> Pixmap:
    """Premultiplied pixels drawn from ``colours``, in runs (as card art) or one by one."""
    rng = random.Random(seed)
    out = bytearray()
    while len(out) < width * height * 4:
        out += rng.choice(colours) * (rng.randrange(1, 40) if runs else 1)
    return Pixmap(width, height, out[: width * height * 4])


def test_few_opaque_colours_write_an_exact_palette() -> None:
    rng = random.Random(1)
    colours = [bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255)) for _ in range(200)]
    pixmap = _few_colours(300, 200, colours, seed=2)
    indexed = encode_png(pixmap)
    truecolour = encode_png(pixmap, palette="never")
    assert _colour_type(indexed) == COLOR_TYPE_INDEXED and _colour_type(truecolour) == COLOR_TYPE_RGB
    assert b"tRNS" not in _chunks(indexed)
    assert len(_chunks(indexed)[b"PLTE"]) == 3 * len(set(colours))
    _assert_exact(pixmap, indexed)
    _assert_exact(pixmap, truecolour)
    assert len(indexed) < len(truecolour)


def test_translucent_colours_go_first_in_the_palette_with_their_alphas_in_trns() -> None:
    straight = [(255, 0, 0, 255), (0, 0, 0, 0), (10, 200, 30, 128), (0, 0, 255, 255), (250, 250, 250, 1),
                (12, 34, 56, 255), (90, 80, 70, 200)]
    colours = [_premultiplied(*c) for c in straight]
    pixmap = _few_colours(257, 120, colours, seed=3)
    data = encode_png(pixmap)
    assert _colour_type(data) == COLOR_TYPE_INDEXED
    chunks = _chunks(data)
    assert sorted(chunks[b"tRNS"]) == [0, 1, 128, 200]  # translucent entries only, all before the opaque
    assert len(chunks[b"PLTE"]) == 3 * len(straight)
    _assert_exact(pixmap, data)
    assert len(data) < len(encode_png(pixmap, palette="never"))
    assert _colour_type(encode_png(pixmap, palette="never")) == COLOR_TYPE_RGBA


@pytest.mark.parametrize("count", [1, 2, 255, 256])
def test_up_to_256_colours_are_indexed(count: int) -> None:
    colours = [bytes((i, (i * 7) % 256, 255 - i, 255)) for i in range(count)]
    pixmap = Pixmap(256, 200, bytearray(b"".join(colours[(x * y + y) % count] for y in range(200)
                                                  for x in range(256))))
    data = encode_png(pixmap)
    _assert_exact(pixmap, data)
    if count > 1:
        assert _colour_type(data) == COLOR_TYPE_INDEXED
        assert len(_chunks(data)[b"PLTE"]) == 3 * count


def test_257_colours_stay_truecolour() -> None:
    colours = [bytes((i % 256, i // 256, 7, 255)) for i in range(257)]
    pixmap = Pixmap(257, 130, bytearray(b"".join(colours[(x + y) % 257] for y in range(130) for x in range(257))))
    data = encode_png(pixmap)
    assert _colour_type(data) == COLOR_TYPE_RGB
    assert data == encode_png(pixmap, palette="never")
    _assert_exact(pixmap, data)


def test_planes_with_more_values_than_utf16_allows_still_index_exactly() -> None:
    # 240 colours whose every channel has 240 distinct values: the codes of any two planes reach
    # UTF-16's surrogates, so they are paired through UTF-32.
    colours = [bytes((i, 239 - i, (i * 11) % 240, 255)) for i in range(240)]
    pixmap = Pixmap(240, 200, bytearray(b"".join(colours[(x + 3 * y) % 240] for y in range(200) for x in range(240))))
    data = encode_png(pixmap)
    _assert_exact(pixmap, data)
    assert _colour_type(data) == COLOR_TYPE_INDEXED


def test_code_fffe_falls_back_to_truecolour() -> None:
    # 256 values in the planes paired first, and a pixel whose pair codes are (255, 254): U+FFFE
    # cannot be numbered by a charmap table, so this frame is written in truecolour, still exactly.
    colours = [bytes((i, i, 0, 255)) for i in range(256)] + [bytes((255, 254, 0, 255))]
    pixmap = Pixmap(257, 100, bytearray(b"".join(colours) * 100))
    data = encode_png(pixmap)
    _assert_exact(pixmap, data)
    assert _colour_type(data) == COLOR_TYPE_RGB


def test_opaque_grey_stays_greyscale() -> None:
    pixmap = Pixmap(300, 200, bytearray(b"".join(bytes((v, v, v, 255)) for v in range(200)) * 300))
    data = encode_png(pixmap)
    assert _colour_type(data) == 0
    assert data == encode_png(pixmap, palette="never")
    _assert_exact(pixmap, data)


@pytest.mark.parametrize("seed", range(12))
def test_random_frames_decode_exactly_in_every_mode(seed: int) -> None:
    rng = random.Random(seed)
    width, height = rng.randrange(1, 90), rng.randrange(1, 90)
    count = rng.choice([1, 2, 3, 17, 100, 250, 256, 300])
    translucent = rng.random() < 0.5
    colours = [_premultiplied(rng.randrange(256), rng.randrange(256), rng.randrange(256),
                              rng.choice([0, 255, rng.randrange(256)]) if translucent else 255)
               for _ in range(count)]
    pixmap = _few_colours(width, height, colours, seed=seed, runs=rng.random() < 0.7)
    for options in ({}, {"palette": "never"}, {"compress_level": 0}, {"compress_level": 9},
                    {"compress_level": 1, "palette": "never"}):
        data = encode_png(pixmap, **options)  # type: ignore[arg-type]
        _assert_exact(pixmap, data)
        assert data == encode_png(Pixmap(width, height, bytearray(pixmap.data)), **options)  # type: ignore[arg-type]


def test_small_frames_keep_the_smaller_encoding() -> None:
    # 200 colours on 40x10 pixels: the palette (600 bytes of PLTE) costs more than it saves.
    colours = [bytes((i, 255 - i, i // 2, 255)) for i in range(200)]
    pixmap = Pixmap(40, 10, bytearray(b"".join(colours[(x * 10 + y) % 200] for y in range(10) for x in range(40))))
    data = encode_png(pixmap)
    assert data == encode_png(pixmap, palette="never")
    assert _colour_type(data) == COLOR_TYPE_RGB


def test_compression_levels() -> None:
    colours = [bytes((i % 256, 2 * i % 256, 3 * i % 256, 255)) for i in range(300)]
    pixmap = _few_colours(400, 200, colours, seed=9)
    sizes = {}
    for level in range(10):
        data = encode_png(pixmap, compress_level=level)
        _assert_exact(pixmap, data)
        sizes[level] = len(data)
        (idat,) = [_chunks(data)[b"IDAT"]]
        assert zlib.decompress(idat)  # a valid zlib stream at every level
    assert sizes[0] > sizes[1] > sizes[9]  # 0 stores: no compression
    for bad in (-1, 10, 1.5, True, "6"):
        with pytest.raises(PureogError, match="compress_level"):
            encode_png(pixmap, compress_level=bad)  # type: ignore[arg-type]
    with pytest.raises(PureogError, match="palette"):
        encode_png(pixmap, palette="always")


@pytest.mark.parametrize("kind", ["grey", "indexed", "rgb", "rgba"])
def test_long_runs_of_repeated_rows_deflate_apart(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Frames with long runs of repeated rows are deflated in segments (the runs with
    Z_RLE, the rows between primed with the 32 KB before them): one valid zlib stream, exact at every
    level."""
    from pureog.raster import png as encoder  # noqa: PLC0415

    width = 300
    if kind == "grey":
        colours = [bytes((v, v, v, 255)) for v in (0, 40, 128, 255)]
    elif kind == "indexed":
        colours = [bytes((i, 2 * i % 256, 90, 255)) for i in range(0, 250, 10)]
    elif kind == "rgb":
        colours = [bytes((i % 256, 7 * i % 256, 3 * i % 256, 255)) for i in range(300)]
    else:
        colours = [_premultiplied(i % 256, 5 * i % 256, 9, 40 + i % 200) for i in range(300)]
    rng = random.Random(5)
    rows = bytearray()
    while len(rows) < width * 4 * 400:  # bands of varied rows between long runs of one repeated row
        band = _few_colours(width, rng.randrange(2, 6), colours, seed=rng.randrange(1000)).data
        rows += band + band[-width * 4 :] * rng.randrange(60, 120)
    pixmap = Pixmap(width, 400, rows[: width * 4 * 400])
    repeats = encoder._repeats(pixmap.data, pixmap.stride)
    segments = encoder._segments(repeats, 4 * width + 1)
    assert sum(zeros for _, _, zeros in segments) >= 3
    calls = []
    segmented = encoder.zlib_stream
    monkeypatch.setattr(encoder, "zlib_stream", lambda *args: calls.append(1) or segmented(*args))
    for level in (1, 6, 9):
        data = encode_png(pixmap, compress_level=level, palette="auto" if kind in ("grey", "indexed") else "never")
        _assert_exact(pixmap, data)
        assert zlib.decompress(_chunks(data)[b"IDAT"])
        assert _colour_type(data) == {"grey": 0, "indexed": 3, "rgb": 2, "rgba": 6}[kind]
    assert calls  # the frame took the segmented path


def test_a_run_of_repeated_rows_deflates_apart_when_the_runs_hold_few_of_the_bytes() -> None:
    """A run of repeated rows of _RUN_BYTES or more is a Z_RLE piece of its own even where the runs hold
    well under half the frame's bytes (the stat grid: 17 runs, 42 %), and the file stays exact. (Before
    the forty-fourth pass such a frame was one stream at level 6, zeros and all: this failed.)"""
    from pureog.raster import png as encoder  # noqa: PLC0415

    width, height = 600, 300
    colours = [bytes((i % 256, 7 * i % 256, 3 * i % 256, 255)) for i in range(300)]
    varied = _few_colours(width, height, colours, seed=11, runs=False).data
    stride = 4 * width
    rows = bytearray(varied)
    rows[100 * stride : 130 * stride] = rows[99 * stride : 100 * stride] * 30  # one run of 30 rows: 10 %
    pixmap = Pixmap(width, height, rows)
    repeats = encoder._repeats(pixmap.data, pixmap.stride)
    line = 3 * width + 1
    assert sum(repeats) == 30 and 30 * line >= encoder._RUN_BYTES
    pieces = encoder._pieces(line * height, repeats)
    assert [(p.start, p.end) for p in pieces if p.zeros] == [(100 * line, 130 * line)]
    for level in (1, 6):
        data = encode_png(pixmap, compress_level=level, palette="never")
        _assert_exact(pixmap, data)
        assert _colour_type(data) == COLOR_TYPE_RGB


def test_zopfli_is_smaller_and_exact_or_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    colours = [bytes((i, 255 - i, 100, 255)) for i in range(0, 256, 4)]
    pixmap = _few_colours(300, 100, colours, seed=4)
    try:
        import zopfli.zlib  # noqa: F401
    except ImportError:
        with pytest.raises(PureogError, match="pip install zopfli"):
            encode_png(pixmap, zopfli=True)
        return
    data = encode_png(pixmap, zopfli=True)
    _assert_exact(pixmap, data)
    assert len(data) < len(encode_png(pixmap, compress_level=9))
    monkeypatch.setitem(__import__("sys").modules, "zopfli.zlib", None)  # as if it were not installed
    with pytest.raises(PureogError, match="pip install zopfli"):
        encode_png(pixmap, zopfli=True)
    with pytest.raises(PureogError, match="pip install zopfli"):  # before the render, not after it
        pureog.render({"type": "div", "props": {}}, width=10, height=10, zopfli=True)


def _example_card_sizes() -> list[tuple[str, int, int]]:
    out = []
    for name in ("blog-template.yaml", "custom-font.yaml"):
        document = pureog.load_file(REPO / "examples" / name)
        auto = pureog.render(document)
        never = pureog.render(document, palette="never")
        out.append((name, len(auto), len(never)))
        assert _colour_type(auto) == COLOR_TYPE_INDEXED and _colour_type(never) == COLOR_TYPE_RGB
        _, _, auto_rows, _ = png.Reader(bytes=auto).asRGBA8()
        _, _, never_rows, _ = png.Reader(bytes=never).asRGBA8()
        assert [bytes(r) for r in auto_rows] == [bytes(r) for r in never_rows]
    return out


def test_render_options_reach_the_encoder() -> None:
    # Two example cards with few colours: indexed by default, a quarter smaller or more, same pixels.
    for _name, auto, never in _example_card_sizes():
        assert auto < 0.8 * never
    card = REPO / "examples" / "my-site.yaml"
    stored = pureog.render(pathlib.Path(card), compression=0)
    assert len(stored) > 5 * len(pureog.render(pathlib.Path(card)))
    with pytest.raises(pureog.PureogError, match="compression"):
        pureog.render(pathlib.Path(card), compression=11)
    with pytest.raises(pureog.PureogError, match="palette"):
        pureog.render(pathlib.Path(card), palette="yes")


def test_cli_flags(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pureog.cli import main

    card = str(REPO / "examples" / "blog-template.yaml")
    outputs = {}
    for name, flags in {"auto": [], "never": ["--palette", "never"], "stored": ["--compression", "0"],
                        "best": ["--compression", "9", "--palette", "never"]}.items():
        assert main(["render", card, "-o", str(tmp_path / f"{name}.png"), *flags]) == 0
        outputs[name] = (tmp_path / f"{name}.png").read_bytes()
    assert _colour_type(outputs["auto"]) == COLOR_TYPE_INDEXED and _colour_type(outputs["never"]) == COLOR_TYPE_RGB
    assert len(outputs["auto"]) < len(outputs["best"]) < len(outputs["never"]) < len(outputs["stored"])
    pixels = {bytes(b"".join(png.Reader(bytes=data).asRGBA8()[2])) for data in outputs.values()}
    assert len(pixels) == 1
    assert main(["render", card, "-o", str(tmp_path / "bad.png"), "--compression", "10"]) == 1
    assert "compression" in capsys.readouterr().err
    small = tmp_path / "small.yaml"  # zopfli takes seconds on a whole card
    small.write_text("width: 240\nheight: 120\nelement: {div: {style: {fontSize: 40, color: teal}, children: Hi}}\n")
    try:
        import zopfli  # noqa: F401
    except ImportError:
        assert main(["render", str(small), "-o", str(tmp_path / "z.png"), "--zopfli"]) == 1
        assert "pip install zopfli" in capsys.readouterr().err
    else:
        assert main(["render", str(small), "-o", str(tmp_path / "z.png"), "--zopfli"]) == 0
        assert main(["render", str(small), "-o", str(tmp_path / "s.png")]) == 0
        assert len((tmp_path / "z.png").read_bytes()) < len((tmp_path / "s.png").read_bytes())


def test_image_response_passes_the_png_options() -> None:
    from pureog.web import ImageResponse

    card = pureog.load_file(REPO / "examples" / "custom-font.yaml")
    auto = ImageResponse(card).body
    never = ImageResponse(card, palette="never", compression=1).body
    assert _colour_type(auto) == COLOR_TYPE_INDEXED and _colour_type(never) == COLOR_TYPE_RGB
    assert auto == pureog.render(card)
    assert never == pureog.render(card, palette="never", compression=1)


def test_translucent_pixels_are_demultiplied_as_tiny_skia_does() -> None:
    # premultiplied 74 at alpha 148: 74 / (148 / 255) + 0.5 is 127.99999999999999 in f64, so tiny-skia
    # writes 127 where the exact ratio (127.5) would round to 128
    pm = Pixmap(2, 1, bytearray([74, 74, 74, 148, 0, 0, 0, 0]))
    assert pm.to_straight_rgba() == bytes([127, 127, 127, 148, 0, 0, 0, 0])


@pytest.mark.parametrize(("coarse", "total", "few"), [(100, 400, True), (230, 400, False), (230, 250, True)])
def test_the_colour_sample_grows_near_the_limit(coarse: int, total: int, few: bool) -> None:
    """The first sample (every ``len // 4096``-th pixel) sees ``coarse`` colours; the other pixels hold
    ``total`` colours. A first sample near 256 is followed by a denser one, which finds the frame's extra
    colours and turns the palette search away; a sparse first sample is trusted (the search decides)."""
    from pureog.raster.png import _few_colours as few_colours  # noqa: PLC0415

    n = 4096 * 64
    step = n // 4096
    rng = random.Random(total)
    pixels = [rng.randrange(total).to_bytes(3, "little") + b"\xff" for _ in range(n)]
    for k, i in enumerate(range(0, n, step)):
        pixels[i] = (k % coarse).to_bytes(3, "little") + b"\xff"
    assert few_colours(b"".join(pixels)) is few
    pixmap = Pixmap(512, 512, bytearray(b"".join(pixels)))
    data = encode_png(pixmap)
    assert _colour_type(data) == (COLOR_TYPE_INDEXED if total <= 256 else COLOR_TYPE_RGB)
    _assert_exact(pixmap, data)


@pytest.mark.parametrize("step", [1, 2, 3, 4, 7, 184, 1000])
def test_the_colour_sample_pieces_cover_its_pixels_once(step: int) -> None:
    """The pieces the colour sample is counted in (early exit past 256) hold exactly the pixels of the
    sample, every ``step``-th, each once; the denser sample's pieces the pixels between them at a
    quarter of ``step`` (every pixel when ``step`` is under 4)."""
    from pureog.raster.png import _sample_pieces as sample_pieces  # noqa: PLC0415

    n = 64 * step + 5
    pixels = range(n)
    first = [p for start, stride in sample_pieces(step, dense=False) for p in pixels[start::stride]]
    assert sorted(first) == list(pixels[::step])
    dense = [p for start, stride in sample_pieces(step, dense=True) for p in pixels[start::stride]]
    assert len(dense) == len(set(dense)) and not set(dense) & set(first)
    quarter = max(1, step // 4)
    assert all(p % step % quarter == 0 for p in dense)
    if step < 4:
        assert sorted(first + dense) == list(pixels)


def test_the_spread_chunk_order_visits_every_chunk_once() -> None:
    from pureog.raster.png import _spread as spread  # noqa: PLC0415

    assert spread(16)[:5] == [0, 8, 4, 12, 2]
    for count in (1, 2, 3, 5, 64, 108, 125):
        order = spread(count)
        assert order[0] == 0 and sorted(order) == list(range(count))
    for count in range(1, 300):  # each number's bits reversed, in order, kept under count
        bits = max(count - 1, 1).bit_length()
        assert spread(count) == [r for r in (int(f"{i:0{bits}b}"[::-1], 2) for i in range(1 << bits)) if r < count]


@pytest.mark.parametrize("extra", [0, 200])
def test_palette_order_is_first_occurrence_whatever_order_the_first_pairing_takes(extra: int) -> None:
    """Three varying planes: the first pairing takes its chunks spread over the frame (4,096 pixels
    each), the palette still lists the colours in pixel order; and with 300 colours, their pairs
    overflowing only in the last chunks, the frame stays truecolour."""
    rng = random.Random(extra)
    colours = [bytes((rng.randrange(200), rng.randrange(200), rng.randrange(200), 255)) for _ in range(100 + extra)]
    colours = list(dict.fromkeys(colours))
    width, height = 256, 160  # 10 chunks of 4,096 pixels
    per_chunk = -(-len(colours) // 10)
    pixels = []
    for chunk in range(10):
        mine = colours[chunk * per_chunk : (chunk + 1) * per_chunk] or colours[:1]
        pixels += [mine[i * len(mine) // 4096] for i in range(4096)]
    pixmap = Pixmap(width, height, bytearray(b"".join(pixels)))
    data = encode_png(pixmap)
    _assert_exact(pixmap, data)
    if len(colours) <= 256:
        assert _colour_type(data) == COLOR_TYPE_INDEXED
        assert _chunks(data)[b"PLTE"] == b"".join(c[:3] for c in dict.fromkeys(pixels))
    else:
        assert _colour_type(data) == COLOR_TYPE_RGB


def test_a_renumbered_plane_translates_on_first_use_only() -> None:
    from pureog.raster.png import _renumbered as renumbered  # noqa: PLC0415

    codes = renumbered(bytes([7, 3, 9, 7, 3]), 0)
    assert codes.values == [(7,), (3,), (9,)]
    assert codes._codes is None  # a search that fails before needing it never translates it
    assert codes.codes == bytes([0, 1, 2, 0, 1]) and codes.codes is codes.codes


@pytest.mark.parametrize("kind", ["rgb", "grey", "palette", "translucent"])
def test_a_frame_with_few_repeated_rows_is_read_in_place_with_the_same_bytes(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A frame where only a few rows repeat the row above (a photo: 1 of 630) is read in place instead of
    packed first; every colour type it can take (RGB, greyscale, a palette found on the packed rows,
    RGBA) gives the bytes the packed rows give, and decodes to the pixels."""
    rng = random.Random(len(kind))
    width, height = 37, 48

    def pixel() -> bytes:
        if kind == "grey":
            v = rng.randrange(256)
            return bytes((v, v, v, 255))
        if kind == "palette":
            return rng.choice((b"\x10\x20\x30\xff", b"\xf0\x80\x00\xff", b"\x00\x00\x00\xff"))
        if kind == "translucent":
            return _premultiplied(rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(1, 256))
        return bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255))

    rows = [b"".join(pixel() for _ in range(width)) for _ in range(height)]
    rows[7] = rows[6]
    rows[30] = rows[29]  # two repeated rows of 48: under an eighth, not packed
    pixmap = Pixmap(width, height, bytearray(b"".join(rows)))
    in_place = encode_png(pixmap)
    monkeypatch.setattr("pureog.raster.png._PACK_SHARE", 48)  # now packed
    assert encode_png(pixmap) == in_place
    _assert_exact(pixmap, in_place)
