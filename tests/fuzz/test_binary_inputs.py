"""Hostile binary inputs, one test per class the binary fuzz targets found: each renders or raises a
PureogError (ImageError / FontError), quickly and without allocating what the header claims.

Seeds are built in code (``fuzz/targets/binary_mutators.py``, the JPEG fixtures of tests/images). The
classes: out-of-range reads in every decoder, corrupt zlib/LZW/Huffman data, declared sizes past the
pixel limit, decompression bombs (PNG IDAT, WOFF tables, emoji pack blocks), bicubic output above its
alpha, PNG data ending at a row boundary, SVG nesting/element/``<use>``/dash blow-ups and numbers past
float range, damaged fonts and emoji packs.
"""

from __future__ import annotations

import base64
import json
import random
import struct
import time
import zlib
from pathlib import Path
from typing import Any

import pytest

import pureog
from fuzz.targets import binary_fonts, binary_images
from fuzz.targets import binary_mutators as m
from pureog.binary import MAX_IMAGE_PIXELS, Reader, check_size, inflate
from pureog.errors import FontError, ImageError, PureogError
from tests.fuzz.timing import scaled, within_cpu

FIXTURES = Path(__file__).resolve().parents[1] / "images" / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def _img_doc(data: bytes, mime: str = "image/png", width: int = 37, height: int = 23) -> dict[str, Any]:
    uri = f"data:{mime};base64," + base64.b64encode(data).decode()
    return {"width": 64, "height": 48,
            "element": {"div": {"style": {"display": "flex"}, "children": [{"img": {"src": uri, "width": width,
                                                                                      "height": height}}]}}}


def _renders_or_image_error(data: bytes, mime: str = "image/png", seconds: float = 20.0) -> str:
    # strict: an image that does not decode is a warning (drawn empty, as Next draws it) in lenient mode
    start = time.perf_counter()
    try:
        pureog.render_png(_img_doc(data, mime), strict=True)
        result = "ok"
    except ImageError as exc:
        result = str(exc)
    assert time.perf_counter() - start < scaled(seconds)
    return result


# --- the reader --------------------------------------------------------------------------------------


def test_reader_raises_the_callers_error_past_the_end() -> None:
    reader = Reader(b"\x01\x02\x03", what="PNG")
    assert reader.u16be() == 0x0102
    with pytest.raises(ImageError, match="invalid PNG: length is truncated"):
        reader.u16be("length")
    with pytest.raises(FontError, match="invalid font"):
        Reader(b"", what="font", error=FontError).u8()


def test_inflate_is_bounded_and_wraps_zlib_errors() -> None:
    assert len(inflate(m.zlib_bomb(1 << 28), 10, what="PNG")) == 10  # a 256 MB bomb costs 10 bytes
    with pytest.raises(ImageError, match="corrupt compressed data"):
        inflate(b"\x78\x9cgarbage", 100, what="PNG")
    with pytest.raises(ImageError, match="truncated"):
        inflate(zlib.compress(b"abc"), 10, what="PNG", exact=True)


def test_declared_size_is_checked_before_decoding() -> None:
    check_size(4096, 4096, what="PNG")
    with pytest.raises(ImageError, match="larger than the limit"):
        check_size(4097, 4096, what="PNG")
    assert MAX_IMAGE_PIXELS == 4096 * 4096


# --- PNG -----------------------------------------------------------------------------------------------


def _rgba_png(width: int, height: int, alpha: int = 128) -> bytes:
    rows = [bytes(v for x in range(width) for v in (255, 40 * x % 256, 0, alpha if (x + y) % 2 else 0))
            for y in range(height)]
    return m.png_encode(width, height, 6, 8, rows)


def test_semi_transparent_png_drawn_scaled_is_clamped_to_alpha() -> None:
    # Bicubic overshoot made colour > alpha: "byte must be in range(0, 256)" when blending.
    for alpha in (1, 128, 255):
        pureog.render_png(_img_doc(_rgba_png(6, 6, alpha), width=37, height=23))


def test_png_data_ending_at_a_row_boundary() -> None:
    rows = [bytes(range(12))] * 4
    raw = b"".join(b"\x00" + r for r in rows[:2])  # two of four rows, cut exactly between rows
    data = m.png_file([(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)), (b"IDAT", zlib.compress(raw)),
                       (b"IEND", b"")])
    assert "truncated" in _renders_or_image_error(data)


def test_png_bomb_inflates_no_more_than_the_header_implies() -> None:
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    bomb = m.png_file([(b"IHDR", ihdr), (b"IDAT", m.zlib_bomb(1 << 30)), (b"IEND", b"")])
    assert _renders_or_image_error(bomb, seconds=5.0) == "ok"


@pytest.mark.parametrize("size", [(8192, 8192), (6000, 6000), (65535, 65535), (0x7FFFFFFF, 1), (0, 4)])
def test_png_huge_or_empty_declared_size(size: tuple[int, int]) -> None:
    data = m.png_file([(b"IHDR", struct.pack(">IIBBBBB", *size, 8, 6, 0, 0, 0)), (b"IDAT", zlib.compress(b"\0")),
                       (b"IEND", b"")])
    assert _renders_or_image_error(data, seconds=5.0) != "ok"


def test_png_chunks_are_charged_to_the_decoding_work() -> None:
    # Round fifteen: a chunk is 12 bytes, and the chunks before IEND were walked uncharged (~0.8-1.3 us
    # each): 5.3 million empty ones in a 64 MB file took 6.8 s, and each distinct image of a render as
    # long again (eight of 2 million: 19 s, no error); now each is charged PNG_CHUNK (the eight: a
    # LimitError at the fifth), and one-byte IDAT chunks are gathered into one buffer, not a list.
    from pureog.images import budget  # noqa: PLC0415
    from pureog.images.png import decode_png  # noqa: PLC0415

    plain = m.png_encode(2, 1, 6, 8, [b"\0" + b"\xff\0\0\xff\0\0\xff\xff"])
    chunks = m.png_chunks(plain)
    count = 200_000
    idat = b"".join(body for kind, body in chunks if kind == b"IDAT")
    padded = m.png_file(chunks[:1] + [(b"zzZz", b"")] * count + [(b"IDAT", idat[i : i + 1]) for i in range(len(idat))]
                        + chunks[-1:])
    with budget.decode_budget(), within_cpu(3.0):
        image = decode_png(padded)
        spent = budget._WORK.get()
    assert spent is not None and spent[0] >= count * budget.PNG_CHUNK
    assert image.data == decode_png(plain).data


def test_png_lying_lengths_and_odd_palettes() -> None:
    seed = binary_images.png_seeds()[7]  # 1-bit palette image
    chunks = m.png_chunks(seed)
    lie = m.PNG_SIGNATURE + m.png_chunk(chunks[0][0], chunks[0][1], 0xFFFFFFFF)
    assert _renders_or_image_error(lie) != "ok"
    odd = m.png_file([chunks[0], (b"PLTE", b"\x01\x02"), (b"tRNS", bytes(300))] + chunks[1:])
    _renders_or_image_error(odd)


# --- GIF -----------------------------------------------------------------------------------------------


def test_gif_declaring_a_huge_screen_is_refused_at_once() -> None:
    seed = binary_images.gif_seeds()[0]
    bomb = seed[:6] + struct.pack("<HH", 8192, 8192) + seed[10:]
    assert "limit" in _renders_or_image_error(bomb, "image/gif", seconds=3.0)


def test_gif_frames_off_screen_short_tables_and_bad_lzw() -> None:
    pal = bytes((255, 0, 0))  # one entry: every other index is black, never a byte error
    pixels = bytes((x + y) % 4 for y in range(6) for x in range(8))
    assert _renders_or_image_error(m.gif_encode(8, 6, pixels, pal), "image/gif") == "ok"
    off = m.gif_encode(12, 9, pixels, pal, frame=(65000, 65000, 8, 6))
    assert _renders_or_image_error(off, "image/gif") == "ok"
    tall = m.gif_encode(4, 4, pixels, pal, frame=(0, 0, 8, 60000))  # the whole frame is the image (resvg)
    assert _renders_or_image_error(tall, "image/gif", seconds=5.0) == "ok"
    for min_size in (0, 12, 255):
        damaged = m.gif_encode(8, 6, pixels, pal)[:-3] + bytes((min_size,)) + b"\x01\x00\x00;"
        _renders_or_image_error(damaged, "image/gif")
    for cut in range(6, 40):
        _renders_or_image_error(m.gif_encode(8, 6, pixels, pal)[:cut], "image/gif")


def test_gif_clear_codes_cost_no_more_than_the_image() -> None:
    # 16 MB of LZW clear codes for a 1x1 image: the decoder read every one (11 s; 64 MB, 45 s, and no
    # deadline check in the loop); now it stops past count + 4,096 clears and keeps what it has
    bomb = m.gif_clear_codes(16_000_000)
    start = time.process_time()
    assert _renders_or_image_error(bomb, "image/gif") == "ok"
    assert time.process_time() - start < scaled(2)


def _gif_frame(screen: tuple[int, int], frame: tuple[int, int], lzw: bytes = b"\x02\x01\x05\x00",
               before: bytes = b"") -> bytes:
    """A GIF of a 2-colour palette whose first frame has its own size; by default its LZW data is the end
    code alone (the frame is then padded with index 0, as the decoder pads a short stream)."""
    return (b"GIF89a" + struct.pack("<HHBBB", *screen, 0x80, 0, 0) + bytes((255, 0, 0, 0, 0, 255)) + before
            + b"\x2c" + struct.pack("<HHHHB", 0, 0, *frame, 0) + lzw + b";")


def test_gif_frames_larger_than_their_screen_are_charged_their_pixels() -> None:
    # Round fifteen: the decoding budgets were charged the logical screen from the header, and the
    # decoder draws the first frame at its own size: a 1x1 screen over a 4000x4000 frame was charged
    # one pixel and decoded 16 Mpx (64 MB; ~13 s for LZW codes of one pixel each), and so did every such
    # image of a render (three of 3000x3000: 33 s). Now the frame's pixels are charged before decoding.
    from pureog.errors import LimitError  # noqa: PLC0415
    from pureog.images import budget  # noqa: PLC0415
    from pureog.images.decode import clear_cache, decode_raster  # noqa: PLC0415
    from pureog.images.source import resolve_source  # noqa: PLC0415

    assert 4096 * 4000 * budget.GIF_PIXEL > budget.MAX_DECODE_WORK and 4096 * 4000 <= MAX_IMAGE_PIXELS
    with pytest.raises(LimitError, match="decoding the images"), within_cpu(2.0):
        pureog.render_png(_img_doc(_gif_frame((1, 1), (4096, 4000)), "image/gif"))
    clear_cache()
    with budget.decode_budget():
        image = decode_raster(resolve_source(_gif_frame((1, 1), (300, 200))))
        spent, decoded = budget._WORK.get(), budget._SPENT.get()
        assert spent is not None and decoded is not None
        assert spent[0] >= 300 * 200 * budget.GIF_PIXEL
        assert list(decoded.values()) == [300 * 200 * 4] == [len(image.data)]
        decode_raster(resolve_source(_gif_frame((1, 1), (300, 200))))  # a cached image is charged its size
        assert list(decoded.values()) == [300 * 200 * 4]


def test_gif_sub_blocks_are_walked_in_bounded_memory_and_charged() -> None:
    # Round fifteen: each sub-block (a length byte and up to 255 bytes) became a bytes object in a list
    # joined at the end, extensions' blocks too though only a Graphic Control Extension's 4 bytes are
    # read: 40 MB of one-byte sub-blocks in a comment took 12 s and 1.9 GB, 8 million empty extensions
    # 8 s, uncharged. Now walked by index (what is kept is at most what the frame's pixels can use) and
    # charged to the decoding budget per block.
    import tracemalloc  # noqa: PLC0415

    from pureog.images import budget  # noqa: PLC0415
    from pureog.images.gif import decode_gif  # noqa: PLC0415

    def frame(blocks: int) -> bytes:
        comment = b"!\xfe" + b"\x01a" * blocks + b"\0"
        control = b"!\xf9\x04\x01\x00\x00\x01" + b"\x01a" * blocks + b"\0"  # transparent index 1
        return _gif_frame((2, 1), (2, 1), b"\x02\x02\x44\x0a\x00", comment + control + b"!\xfe\0" * blocks)

    small = frame(400_000)
    tracemalloc.start()
    try:
        decode_gif(small)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20, f"peak {peak >> 20} MB"  # 15 MB of bytes objects and a list of them before
    blocks = 2_000_000
    with budget.decode_budget(), within_cpu(6.0):
        image = decode_gif(frame(blocks))
        spent = budget._WORK.get()
    assert spent is not None and spent[0] >= 4 * blocks * budget.GIF_BLOCK
    assert image.data == bytes((255, 0, 0, 255, 0, 0, 0, 0))  # index 0 red, index 1 the transparent one
    comment = b"!\xfe" + b"\x01a" * blocks + b"\0"
    with pytest.raises(ImageError, match="truncated"):
        decode_gif(_gif_frame((2, 1), (2, 1), before=comment[:-1])[:-20])


# --- JPEG ----------------------------------------------------------------------------------------------


def _stepwise_jpeg_size(data: bytes) -> tuple[int, int]:
    """Satori's parseJPEG walk a step at a time (pureog's reading before round fifteen): the oracle."""
    reader = Reader(data, what="JPEG", start=2)
    while reader.remaining >= 4:
        if reader.u8() != 0xFF:
            raise ImageError("invalid JPEG: bad marker")
        marker = reader.u8()
        if marker == 0xFF:
            reader.pos -= 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            continue
        length = reader.u16be()
        if length < 2:
            raise ImageError("invalid JPEG: bad segment length")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if marker not in (0xC0, 0xC1, 0xC2):
                raise ImageError("Invalid JPEG")
            if reader.remaining < 5:
                break
            reader.skip(1)
            h, w = reader.u16be(), reader.u16be()
            return (w, h)
        reader.pos += length - 2
    raise ImageError("invalid JPEG: no frame header")


def _outcome(function: Any, data: bytes) -> object:
    try:
        return function(data)
    except ImageError as exc:
        return str(exc)[:20]


def test_jpeg_headers_are_sized_in_time_linear_at_c_speed() -> None:
    # Round fifteen: the size was read a step a byte (fill bytes) or two (standalone markers) in Python:
    # 60 MB of 0xFF fill 14.3 s, 30 million RST markers 7.6 s, at load before any decoding budget, and
    # again for each image. Now the runs are matched by one possessive pattern: 0.03 s and 0.7 s.
    from pureog.images.sniff import _jpeg_size  # noqa: PLC0415

    jpeg = _jpeg()
    with within_cpu(1.5):
        assert _jpeg_size(jpeg[:2] + b"\xff" * 20_000_000 + jpeg[2:]) == (37, 23)
        assert _jpeg_size(jpeg[:2] + b"\xff\xd0" * 1_000_000 + jpeg[2:]) == (37, 23)
    rng = random.Random(15)
    pieces = [b"\xff", b"\xd0", b"\x01", b"\xc0", b"\xc2", b"\xc4", b"\x00", b"\x02", b"\x05", b"A", b"\xe1", b"\xd7"]
    for _ in range(50_000):
        data = b"\xff\xd8" + b"".join(rng.choice(pieces) for _ in range(rng.randrange(24)))
        assert _outcome(_jpeg_size, data) == _outcome(_stepwise_jpeg_size, data), data


def test_webp_chunks_are_walked_by_index_and_charged() -> None:
    # Round fifteen: an extended WebP's chunks before its frame (8 bytes each) were read into records,
    # uncharged: 2 million junk chunks in 15 MB took 3.5 s to draw (64 MB: ~15 s), and the size was
    # sniffed by a Reader a chunk (4.7 s for 53 MB). Now skipped by index and charged WEBP_CHUNK each.
    from pureog.images import budget  # noqa: PLC0415
    from pureog.images.sniff import sniff  # noqa: PLC0415
    from pureog.images.webp import decode_webp  # noqa: PLC0415

    vp8l = (ROOT / "conformance" / "assets" / "photo.webp").read_bytes()[12:]

    def riff(body: bytes) -> bytes:
        return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body

    vp8x = b"VP8X" + struct.pack("<I", 10) + bytes(4) + (63).to_bytes(3, "little") + (47).to_bytes(3, "little")
    count = 200_000
    junk = riff(vp8x + b"junk\0\0\0\0" * count + vp8l)
    with budget.decode_budget(), within_cpu(3.0):
        assert decode_webp(junk) == decode_webp(riff(vp8l))
        spent = budget._WORK.get()
    assert spent is not None and spent[0] >= count * budget.WEBP_CHUNK
    with within_cpu(2.0):
        info = sniff(riff(b"junk\0\0\0\0" * 2_000_000 + vp8l))
    assert (info.width, info.height) == (64, 48)


def _jpeg() -> bytes:
    return (FIXTURES / "baseline420.jpg").read_bytes()


def test_jpeg_scans_repeated_thousands_of_times_are_refused() -> None:
    # nothing bounded a progressive JPEG's scans: one scan repeated 200 times in a 512x512 image took 5 s,
    # 64 MB of them minutes; now the scans decode at most SCAN_WORK_FACTOR times the frame's blocks
    progressive = (FIXTURES / "progressive420.jpg").read_bytes()
    assert _renders_or_image_error(m.jpeg_repeated_scan(progressive, 0, 2), "image/jpeg") == "ok"
    start = time.process_time()
    assert "times its blocks" in _renders_or_image_error(m.jpeg_repeated_scan(progressive, 0, 3000), "image/jpeg")
    assert time.process_time() - start < scaled(3)


def _segment(data: bytes, marker: int) -> tuple[int, int]:
    for mk, start, end in binary_images._jpeg_segments(data):
        if mk == marker:
            return start, end
    raise AssertionError(marker)


@pytest.mark.parametrize("edit", ["short_dqt", "no_components", "zero_sampling", "short_sos", "trailing_ff",
                                  "huge_no_data", "bad_huffman", "dqt_id"])
def test_jpeg_damaged_headers(edit: str) -> None:
    data = _jpeg()
    if edit == "short_dqt":
        a, _ = _segment(data, 0xDB)
        data = data[: a + 4] + b"\x10" + data[a + 5 : a + 20]  # 16-bit table announced, 15 bytes given
    elif edit == "no_components":
        a, _ = _segment(data, 0xC0)
        data = data[: a + 9] + b"\x00" + data[a + 10 :]
    elif edit == "zero_sampling":
        a, _ = _segment(data, 0xC0)
        data = data[: a + 11] + b"\x00" + data[a + 12 :]
    elif edit == "short_sos":
        a, _ = _segment(data, 0xDA)
        data = data[:a] + b"\xff\xda\x00\x03\x04"
    elif edit == "trailing_ff":
        data = data[:40] + b"\xff"
    elif edit == "huge_no_data":  # 6000 x 6000 over a few bytes of scan: blocks are never allocated
        a, _ = _segment(data, 0xC0)
        data = data[: a + 5] + struct.pack(">HH", 6000, 6000) + data[a + 9 :]
        sos, end = _segment(data, 0xDA)
        data = data[:end] + b"\x00" * 8 + b"\xff\xd9"
    elif edit == "bad_huffman":
        a, _ = _segment(data, 0xC4)
        data = data[: a + 5] + b"\x03" + data[a + 6 :]  # three codes of length 1
    else:
        a, _ = _segment(data, 0xDB)
        data = data[: a + 4] + b"\x0f" + data[a + 5 :]
    _renders_or_image_error(data, "image/jpeg")


def test_jpeg_scan_garbage_and_truncation() -> None:
    import random  # noqa: PLC0415

    rng = random.Random(7)
    seeds = binary_images.jpeg_seeds()
    for i in range(60):
        _renders_or_image_error(binary_images.jpeg_mutate(rng, seeds[i % len(seeds)]), "image/jpeg")


# --- SVG -----------------------------------------------------------------------------------------------
NS = 'xmlns="http://www.w3.org/2000/svg"'


def _svg(text: str) -> str:
    return _renders_or_image_error(text.encode(), "image/svg+xml")


def test_svg_deep_nesting_and_many_elements_are_refused() -> None:
    assert "nested" in _svg(f'<svg {NS} viewBox="0 0 9 9">' + "<g>" * 5000 + "</g>" * 5000 + "</svg>")
    assert "more than" in _svg(f'<svg {NS} viewBox="0 0 9 9">' + '<rect width="1" height="1"/>' * 60000 + "</svg>")


def test_svg_use_fan_out_and_dashes_are_budgeted() -> None:
    levels = "".join(f'<g id="l{i + 1}">' + f'<use href="#l{i}"/>' * 10 + "</g>" for i in range(9))
    fan = (f'<svg {NS} viewBox="0 0 9 9"><defs><rect id="l0" width="1" height="1"/>{levels}</defs>'
           '<use href="#l9"/></svg>')
    assert "too complex" in _svg(fan)
    dashes = f'<svg {NS} viewBox="0 0 9 9"><path d="M0 0L1e6 1e6" stroke="red" stroke-dasharray="0.0001"/></svg>'
    assert "too complex" in _svg(dashes)


def _chain(link: str, count: int) -> str:
    return f'<svg {NS} viewBox="0 0 100 100">' + "".join(link.format(i=i, n=i + 1) for i in range(count))


@pytest.mark.parametrize("chain", [
    # each element is different (no cycle), so the cycle checks never fired: 3,000 levels of content
    # drawn within content overflowed Python's stack (RecursionError, no path)
    _chain('<mask id="r{i}"><rect width="50" height="50" fill="white" mask="url(#r{n})"/></mask>', 3000),
    _chain('<pattern id="r{i}" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="5" height="5" '
           'fill="url(#r{n})"/></pattern>', 3000),
    _chain('<marker id="r{i}" markerWidth="10" markerHeight="10"><path d="M0 0 L5 5" stroke="red" '
           'marker-start="url(#r{n})"/></marker>', 3000),
    _chain('<mask id="r{i}"><rect width="50" height="50" fill="url(#p{i})"/></mask><pattern id="p{i}" width="10" '
           'height="10" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="white" mask="url(#r{n})"/>'
           '</pattern>', 1500),
    # a 100-deep tree in each of 40 chained masks and patterns: the nesting multiplies
    _chain('<mask id="r{i}"><rect width="50" height="50" fill="url(#p{i})"/></mask><pattern id="p{i}" width="10" '
           'height="10" patternUnits="userSpaceOnUse">' + "<g>" * 100 + '<rect width="5" height="5" fill="white" '
           'mask="url(#r{n})"/>' + "</g>" * 100 + "</pattern>", 40),
], ids=["masks", "patterns", "markers", "masks-and-patterns", "deep-trees-chained"])
def test_svg_chains_of_referenced_content_are_bounded(chain: str) -> None:
    paint = ' stroke="red" marker-start="url(#r0)" d="M0 0 L50 50"' if "marker" in chain else ""
    shape = f'<path{paint}/>' if paint else '<rect width="100" height="100" mask="url(#r0)" fill="url(#r0)"/>'
    assert _svg(chain + "<g>" * 100 + shape + "</g>" * 100 + "</svg>") == "ok"


def test_svg_merge_nodes_count_against_the_filter_budget() -> None:
    # each <feMergeNode> past the first blends over the whole subregion: 10,000 of them in one feMerge
    # blended for over a minute under one primitive's charge
    merge = (f'<svg {NS} width="1000" height="600"><filter id="f" x="0" y="0" width="1" height="1"><feMerge>'
             + "<feMergeNode/>" * 10_000
             + '</feMerge></filter><rect width="1000" height="600" filter="url(#f)"/></svg>')
    start = time.process_time()
    with pytest.raises(PureogError, match="pixels in all"):
        pureog.render_png(_img_doc(merge.encode(), "image/svg+xml", 100, 100))
    assert time.process_time() - start < scaled(5)
    few = merge.replace("<feMergeNode/>" * 10_000, '<feMergeNode in="SourceGraphic"/>' * 3)
    pureog.render_png(_img_doc(few.encode(), "image/svg+xml", 100, 100))


@pytest.mark.parametrize("width", ["1e8", "1e9", "1e15"])
def test_svg_stroke_far_wider_than_its_curve_is_bounded(width: str) -> None:
    # the offset outline of a 100 px curve stroked 1e8 wide splits millions of times to stay within
    # tolerance (Skia's depth limits bound each branch, not their number): over a minute before
    svg = (f'<svg {NS} width="100" height="100"><path d="M0 0Q50 100 100 0" stroke="red" stroke-width="{width}" '
           'stroke-linejoin="round"/></svg>')
    start = time.process_time()
    assert _svg(svg) == "ok"
    assert time.process_time() - start < scaled(8)


def test_svg_dashed_curve_drawn_hugely_scaled_is_bounded() -> None:
    # a viewBox 1e-12 wide scales the circle by 1e14: measuring its dashes to 0.5 device px cut each
    # curve into 2^20 pieces (Skia's depth), over 10 s; past MAX_PATH_POINTS the stroke is drawn solid
    tiny = (f'<svg {NS} width="100" height="100" viewBox="0 0 1e-12 1e-12"><circle r="1" stroke="red" '
            'stroke-dasharray="0.001"/></svg>')
    start = time.process_time()
    assert _svg(tiny) == "ok"
    assert time.process_time() - start < scaled(5)


@pytest.mark.parametrize("number", ["1e308", "9" * 400, "-1e308", "1e39", "NaN", "Infinity"])
def test_svg_numbers_past_float_range(number: str) -> None:
    _svg(f'<svg {NS} width="{number}" height="{number}" viewBox="0 0 {number} 9"><g transform="scale({number})">'
         f'<circle r="{number}"/><path d="M0 0A{number} {number} 0 0 1 {number} 9" stroke="red" '
         f'stroke-width="{number}" stroke-dasharray="1 {number}"/></g></svg>')


def test_svg_entities_and_external_references_are_not_followed() -> None:
    laughs = (f'<!DOCTYPE svg [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]><svg {NS} width="9" height="9">'
              "<desc>&b;</desc></svg>")
    assert "entity" in _svg(laughs)
    external = f'<svg {NS} viewBox="0 0 9 9"><image href="file:///etc/passwd" width="9" height="9"/></svg>'
    assert _svg(external) == "ok"


# --- fonts and emoji packs -----------------------------------------------------------------------------


def _font_doc(data: bytes) -> dict[str, Any]:
    return binary_fonts.document(0, data)


def test_woff_bomb_table_is_a_font_error_without_inflating_it() -> None:
    woff = next(s for s in binary_fonts.font_seeds() if s[:4] == b"wOFF")
    tag, entry, *_ = binary_fonts.woff_tables(woff)[0]
    bomb = m.zlib_bomb(1 << 30)
    damaged = woff[: entry + 4] + struct.pack(">III", len(woff), len(bomb), 1 << 30) + woff[entry + 16 :] + bomb
    start = time.perf_counter()
    with pytest.raises(FontError) as info:
        pureog.render_png(_font_doc(damaged))
    assert time.perf_counter() - start < scaled(10.0)
    assert info.value.path == "$.fonts[0]"


def test_woff_lying_lengths_are_font_errors() -> None:
    import random  # noqa: PLC0415

    woff = next(s for s in binary_fonts.font_seeds() if s[:4] == b"wOFF")
    rng = random.Random(3)
    for _ in range(40):
        try:
            pureog.render_png(_font_doc(binary_fonts.woff_mutate(rng, woff)))
        except FontError as exc:
            assert exc.path == "$.fonts[0]"


def test_damaged_sfnt_tables_render_or_fail_cleanly() -> None:
    import random  # noqa: PLC0415

    rng = random.Random(11)
    seeds = [s for s in binary_fonts.font_seeds() if s[:4] != b"wOF2"]
    for i in range(60):
        case = bytes((i % 16,)) + binary_fonts.sfnt_mutate(rng, seeds[i % len(seeds)])
        try:
            binary_fonts.execute(case)
        except PureogError:
            pass


@pytest.mark.parametrize("damage", ["codes_null", "entry_int", "entry_short", "block_range", "xz_bomb",
                                    "index_garbage", "width_text", "short_file"])
def test_damaged_emoji_pack_is_a_font_error(damage: str) -> None:
    index, blocks = binary_fonts.pack_seed()
    index = json.loads(json.dumps(index))
    block_list = list(blocks)
    raw: bytes | None = None
    if damage == "codes_null":
        index["codes"] = None
    elif damage == "entry_int":
        index["codes"]["1f600"] = 5
    elif damage == "entry_short":
        index["codes"]["1f600"] = [0]
    elif damage == "block_range":
        index["codes"]["1f600"] = [7, 0, 3]
    elif damage == "xz_bomb":
        bomb = binary_fonts._xz_bomb()
        index["blocks"], block_list = [[0, len(bomb)]], [bomb]
    elif damage == "index_garbage":
        raw = binary_fonts.pack_file(b"not zlib", block_list)
    elif damage == "width_text":
        index["width"] = "36"
    else:
        raw = b"PUREOG-EMOJI\x01\x01"
    data = raw if raw is not None else binary_fonts.pack_file(index, block_list)
    with pytest.raises(FontError):
        binary_fonts.execute(b"\x80" + data)


def test_decoded_bytes_per_render_are_budgeted() -> None:
    # Each image is under the per-image limit; together they pass the render's budget, which is
    # charged from the headers before decoding.
    from pureog.images.budget import MAX_DECODED_BYTES, decode_budget  # noqa: PLC0415
    from pureog.images.decode import decode_raster  # noqa: PLC0415
    from pureog.images.source import resolve_source  # noqa: PLC0415

    side = 4000  # 16 MP = 64 MB each
    assert 3 * side * side * 4 > MAX_DECODED_BYTES
    messages = []
    with decode_budget():
        for i in range(3):
            data = m.png_file([(b"IHDR", struct.pack(">IIBBBBB", side, side + i, 8, 6, 0, 0, 0)),
                               (b"IDAT", zlib.compress(b"\0")), (b"IEND", b"")])
            with pytest.raises(ImageError) as info:
                decode_raster(resolve_source(data))
            messages.append(str(info.value))
    assert "truncated" in messages[0]
    assert "more than the limit" in messages[-1]


def _flat_jpeg(width: int, height: int, components: int = 1) -> bytes:
    """A valid baseline JPEG (greyscale, or 4:4:4 with 3 components) whose every block is flat: two bits
    a block, so a few kB stand for megapixels (the cheapest way to make a decoder work hard)."""
    def seg(marker: int, body: bytes) -> bytes:
        return b"\xff" + bytes((marker,)) + struct.pack(">H", len(body) + 2) + body

    one_code = bytes([1] + [0] * 15) + b"\x00"  # one code of length 1 for symbol 0
    blocks = ((width + 7) // 8) * ((height + 7) // 8) * components
    ids = range(1, components + 1)
    return (b"\xff\xd8" + seg(0xDB, b"\x00" + bytes([1] * 64))
            + seg(0xC0, struct.pack(">BHHB", 8, height, width, components) + b"".join(bytes((i, 0x11, 0)) for i in ids))
            + seg(0xC4, b"\x00" + one_code) + seg(0xC4, b"\x10" + one_code)
            + seg(0xDA, bytes((components,)) + b"".join(bytes((i, 0)) for i in ids) + b"\x00\x3f\x00")
            + bytes((blocks * 2 + 7) // 8) + b"\xff\xd9")


def test_jpeg_block_limit_bounds_the_decoding_work() -> None:
    from pureog.images.jpeg import MAX_JPEG_BLOCKS, decode_jpeg  # noqa: PLC0415

    assert 3 * 3000 * 3000 // 64 > MAX_JPEG_BLOCKS  # 9 MP, but three full-size components
    start = time.perf_counter()
    with pytest.raises(ImageError, match="blocks to decode"):
        decode_jpeg(_flat_jpeg(3000, 3000, 3), 8)
    assert time.perf_counter() - start < scaled(3.0)
    assert decode_jpeg(_flat_jpeg(64, 48)).data[:4] == b"\x80\x80\x80\xff"


def test_decoders_stop_at_the_render_timeout() -> None:
    from pureog.errors import LimitError  # noqa: PLC0415
    from pureog.images.jpeg import decode_jpeg  # noqa: PLC0415
    from pureog.limits import deadline  # noqa: PLC0415

    data = _flat_jpeg(4000, 3000)  # under the limit, seconds of work
    start = time.perf_counter()
    with pytest.raises(LimitError, match="timeout"), deadline(0.2):
        decode_jpeg(data, 8)
    assert time.perf_counter() - start < scaled(5.0)


def test_svg_morphology_passes_count_against_the_filter_budget() -> None:
    # feMorphology makes a pass over its region per doubling step of its window (11 an axis for a radius
    # past the region): one canvas-wide dilation took 16 s under a quarter region's charge, and 30 of
    # them fit the budget (minutes); now each is charged its passes
    morph = (f'<svg {NS} width="1200" height="630"><filter id="f" x="0" y="0" width="1" height="1">'
             '<feMorphology operator="dilate" radius="1e5"/></filter>'
             + '<rect width="1200" height="630" filter="url(#f)"/>' * 30 + "</svg>")
    start = time.process_time()
    with pytest.raises(PureogError, match="pixels in all"):
        pureog.render_png({**_img_doc(morph.encode(), "image/svg+xml", 1200, 630), "width": 1200, "height": 630})
    assert time.process_time() - start < scaled(5)
    few = morph.replace('radius="1e5"', 'radius="2"').replace('<rect width="1200" height="630" filter="url(#f)"/>' * 30,
                                                            '<rect width="300" height="200" filter="url(#f)"/>')
    pureog.render_png({**_img_doc(few.encode(), "image/svg+xml", 1200, 630), "width": 1200, "height": 630})


def test_nested_layers_are_bounded_in_memory() -> None:
    # 127 nested SVG groups with an opacity each paint into a canvas-sized layer while the outer ones hold
    # theirs: on a 4000x4000 canvas 31 of them (2 GB) were held before the paint budget stopped the render
    svg = (f'<svg {NS} viewBox="0 0 100 100">' + '<g opacity="0.9">' * 127 + '<rect width="100" height="100"/>'
           + "</g>" * 127 + "</svg>")
    big = {**_img_doc(svg.encode(), "image/svg+xml", 4000, 4000), "width": 4000, "height": 4000}
    with pytest.raises(PureogError, match="canvas-sized layers"):
        pureog.render_png(big)
    pureog.render_png({**_img_doc(svg.encode(), "image/svg+xml", 1200, 630), "width": 1200, "height": 630})


def test_svg_turbulence_is_charged_its_cost() -> None:
    # a canvas-wide feTurbulence of one octave costs ~2.5 s with its layer; charged a quarter region an
    # octave, 16 of them fit the filter budget (40 s) and 200 ran for minutes
    noise = (f'<svg {NS} width="1200" height="630"><filter id="f" x="0" y="0" width="1" height="1">'
             '<feTurbulence baseFrequency="0.05" numOctaves="1"/></filter>'
             + '<rect width="1200" height="630" filter="url(#f)"/>' * 200 + "</svg>")
    start = time.process_time()
    with pytest.raises(PureogError, match="pixels in all"):
        pureog.render_png({**_img_doc(noise.encode(), "image/svg+xml", 1200, 630), "width": 1200, "height": 630})
    assert time.process_time() - start < scaled(9)


def test_decoding_work_per_render_is_budgeted() -> None:
    # Two 3.6 Mpx JPEGs fit the pixel budget but not the decoding work: the second is refused before it
    # is decoded, with the path of its element (images/budget.py, MAX_DECODE_WORK). A 12 Mpx phone
    # original (18-20 billion units, ~16 s of CPU; a 12 Mpx JPEG of noise at quality 100 ran 24 s at the
    # former budget of 24 billion) is refused before any decoding.
    from pureog.errors import LimitError  # noqa: PLC0415
    from pureog.images.budget import JPEG_PIXEL, MAX_DECODE_WORK  # noqa: PLC0415

    assert 2 * 2400 * 1499 * JPEG_PIXEL > MAX_DECODE_WORK > 2400 * 1500 * JPEG_PIXEL
    assert 4000 * 3000 * JPEG_PIXEL > MAX_DECODE_WORK
    uris = ["data:image/jpeg;base64," + base64.b64encode(_flat_jpeg(2400, height)).decode() for height in (1500, 1499)]
    doc = {"width": 64, "height": 48, "element": {"div": {"style": {"display": "flex"}, "children": [
        {"img": {"src": uri, "width": 30, "height": 20}} for uri in uris]}}}
    start = time.process_time()
    with pytest.raises(LimitError, match="decoding the images") as info:
        pureog.render_png(doc)
    assert time.process_time() - start < scaled(8.0)
    assert info.value.path is not None and info.value.path.endswith("[1]")
    phone = "data:image/jpeg;base64," + base64.b64encode(_flat_jpeg(4000, 3000)).decode()
    doc["element"]["div"]["children"] = [{"img": {"src": phone, "width": 30, "height": 20}}]
    start = time.process_time()
    with pytest.raises(LimitError, match="decoding the images"):
        pureog.render_png(doc)
    assert time.process_time() - start < scaled(1.0)


def test_decoding_work_is_charged_as_the_decoders_go(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the header does not tell is charged while decoding: a progressive JPEG's scans (one repeated
    # 20 times) and a PNG's Average and Paeth rows.
    from pureog.errors import LimitError  # noqa: PLC0415
    from pureog.images import budget  # noqa: PLC0415
    from pureog.images.decode import clear_cache, decode_raster  # noqa: PLC0415
    from pureog.images.source import resolve_source  # noqa: PLC0415

    progressive = (FIXTURES / "progressive420.jpg").read_bytes()
    paeth = m.png_file([(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 6, 0, 0, 0)),
                        (b"IDAT", zlib.compress((b"\x04" + bytes(256)) * 64)), (b"IEND", b"")])
    sub = m.png_file([(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 6, 0, 0, 0)),
                      (b"IDAT", zlib.compress((b"\x01" + bytes(256)) * 64)), (b"IEND", b"")])
    for cheap, dear in ((progressive, m.jpeg_repeated_scan(progressive, 0, 20)), (sub, paeth)):
        with budget.decode_budget():
            clear_cache()
            decode_raster(resolve_source(cheap))
            spent = budget._WORK.get()
            assert spent is not None
            cost = spent[0]
        monkeypatch.setattr(budget, "MAX_DECODE_WORK", cost + 1)
        clear_cache()
        with budget.decode_budget():
            decode_raster(resolve_source(cheap))
        clear_cache()
        with budget.decode_budget(), pytest.raises(LimitError, match="decoding the images"):
            decode_raster(resolve_source(dear))
        monkeypatch.undo()


def _ramp_png(side: int) -> bytes:
    """A grey ramp pattern (no one-colour blocks to shortcut), small as a file."""
    rows = [bytes((x * 7 + y * 3) & 255 for x in range(side)) for y in range(side)]
    return m.png_encode(side, side, 0, 8, rows)


def test_small_drawings_of_a_large_image_cost_what_they_draw() -> None:
    """Round sixteen: an image's drawing cost followed its source, not its box. 200 downscaled images of a
    2000x2000 PNG filtered 128 source rows of every column between the first and last used per block
    (7 s CPU), and 20 rotated 4 px ones prepared the whole source for the per-pixel loop each (10 s; a
    4000x4000 one 752 MB). Both now cost what they draw: ~0.8 s and ~0.4 s."""
    uri = "data:image/png;base64," + base64.b64encode(_ramp_png(2000)).decode()
    down = [{"img": {"src": uri, "width": 4, "height": 4, "style": {
        "position": "absolute", "left": i % 50, "top": 0, "width": 1 + i % 97 * 0.37, "height": 1 + i % 97 * 0.37}}}
        for i in range(300)]
    turned = [{"img": {"src": uri, "width": 4, "height": 4, "style": {
        "position": "absolute", "left": i % 50, "top": i % 30, "width": 4 + i % 7, "height": 4,
        "transform": f"rotate({7 + i}deg)"}}} for i in range(40)]
    for children in (down, turned):
        document = {"width": 400, "height": 200,
                    "element": {"div": {"style": {"display": "flex"}, "children": children}}}
        with within_cpu(6.0):  # were ~10.5 s and ~20 s
            pureog.render_png(document)


def test_iir_blurs_are_charged_the_samples_they_filter() -> None:
    """resvg blurs a deviation under 2 px with an IIR Gaussian: four recursions each way per line, ~0.75 us
    a sample here against ~0.25 us a box-blurred pixel, and the blur budget charged it as the box blur.
    Round sixteen: a chain of 1,000 feGaussianBlurs of stdDeviation 1 ran 79 of them over a 360x240
    region, 13.3 s, before the budget stopped it. Now every line sample filtered is charged too (lines
    repeated in a plane or without paint are free: a box shadow's flat inside)."""
    prims = "".join(f'<feGaussianBlur in="r{i}" result="r{i + 1}" stdDeviation="1"/>' for i in range(1000))
    chain = (f'<svg {NS} width="300" height="200"><filter id="f"><feFlood result="r0" flood-color="red"/>'
             f'{prims}</filter><rect width="300" height="200" filter="url(#f)"/></svg>')
    with within_cpu(6.0), pytest.raises(PureogError, match="pixels in all"):  # was 13.3 s
        pureog.render_png({**_img_doc(chain.encode(), "image/svg+xml", 300, 200), "width": 300, "height": 200})
    from pureog.raster.blur import IIR_SAMPLE_WORK, iir_blur_plane  # noqa: PLC0415

    rng = random.Random(4)
    spent: list[int] = []
    noise = bytes(rng.randrange(256) for _ in range(80 * 50))
    iir_blur_plane(noise, 80, 50, 1.0, 1.0, spent.append)
    assert sum(spent) == 2 * 80 * 50 * IIR_SAMPLE_WORK
    spent.clear()
    flat = (bytes(10) + b"\xff" * 60 + bytes(10)) * 50  # a shadow's plane: 50 identical rows
    iir_blur_plane(flat, 80, 50, 1.0, 1.0, spent.append)
    assert spent[0] == 80 * IIR_SAMPLE_WORK  # one row filtered; then the columns it made, each distinct
    assert sum(spent) < 80 * 50 * IIR_SAMPLE_WORK
