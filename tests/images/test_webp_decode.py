"""The pure-Python WebP decoder against libwebp (through Pillow, a test-only dependency).

Files are made at test time with Pillow's encoder (lossless and lossy, methods 0 and 6, qualities
10/75/100, alpha qualities, animations) and decoded by both; pureog must give libwebp's pixels exactly:
lossless and alpha by definition, lossy because the loop filter, the transforms and the fancy
upsampling follow libwebp bit for bit. Header fields Pillow cannot set (the simple loop filter,
sharpness) are reached by re-encoding a file's first partition with a small boolean encoder. Hostile
input (truncations, bit flips, lying sizes, huge dimensions) must raise ImageError, quickly.
"""

from __future__ import annotations

import io
import random
import time

import pytest

pytest.importorskip("PIL")
from PIL import Image, ImageDraw, ImageFilter, features  # noqa: E402

import pureog.images.webp_lossless as lossless  # noqa: E402
import pureog.images.webp_lossy as lossy  # noqa: E402
from pureog.errors import ImageError  # noqa: E402
from pureog.images.png import premultiply_rgba  # noqa: E402
from pureog.images.webp import decode_webp, decode_webp_rgba, webp_size  # noqa: E402
from pureog.images.webp_vp8_bits import BoolDecoder  # noqa: E402
from pureog.raster.webp_encode import encode_webp_lossless  # noqa: E402
from tests.fuzz.timing import scaled

pytestmark = pytest.mark.skipif(not features.check("webp"), reason="Pillow without WebP support")


# --- test images ------------------------------------------------------------------------------
def _gradient(w: int, h: int) -> Image.Image:
    red = Image.linear_gradient("L").resize((w, h))
    green = Image.linear_gradient("L").rotate(90).resize((w, h))
    blue = Image.radial_gradient("L").resize((w, h))
    return Image.merge("RGB", (red, green, blue))


def _noise(w: int, h: int, seed: int = 1) -> Image.Image:
    return Image.frombytes("RGB", (w, h), random.Random(seed).randbytes(3 * w * h))


def _flat(w: int, h: int) -> Image.Image:
    image = Image.new("RGB", (w, h), (250, 250, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle((w // 4, h // 4, w // 2, h // 2), fill=(30, 120, 200))
    draw.rectangle((w // 2, 0, w, h // 3), fill=(200, 40, 40))
    return image


def _text(w: int, h: int) -> Image.Image:
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    for y in range(0, h, 12):
        draw.text((2, y), "WebP edges 0123456789 " * 4, fill=(10, 10, 10))
    draw.line((0, 0, w, h), fill=(255, 0, 0), width=2)
    return image


def _photo(w: int, h: int) -> Image.Image:
    """Smooth shading with grain and detail, which exercises every intra mode and the loop filter."""
    grain = _noise(w, h, seed=7).filter(ImageFilter.GaussianBlur(1.5))
    image = Image.blend(_gradient(w, h), grain, 0.35)
    return Image.blend(image, _text(w, h), 0.2)


CONTENT = {"gradient": _gradient, "noise": _noise, "flat": _flat, "text": _text, "photo": _photo}


def _with_alpha(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    mask = Image.radial_gradient("L").resize(image.size)
    ImageDraw.Draw(mask).rectangle((0, 0, image.width // 3, image.height // 3), fill=0)  # fully transparent
    rgba.putalpha(mask)
    return rgba


def _encode(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "WEBP", **options)
    return out.getvalue()


def _reference(data: bytes) -> tuple[int, int, bytes]:
    with Image.open(io.BytesIO(data)) as image:
        return image.width, image.height, image.convert("RGBA").tobytes()


def _assert_same(data: bytes) -> None:
    """pureog's straight RGBA equals libwebp's, byte for byte."""
    width, height, ours = decode_webp_rgba(data)
    ref_width, ref_height, ref = _reference(data)
    assert (width, height) == (ref_width, ref_height)
    if ours != ref:
        worst = max(abs(a - b) for a, b in zip(ours, ref, strict=True))
        differing = sum(a != b for a, b in zip(ours, ref, strict=True))
        pytest.fail(f"{differing} channel values differ from libwebp's, by up to {worst}")


# --- lossless ---------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1, 1), (5, 3), (37, 21)])
@pytest.mark.parametrize("content", sorted(CONTENT))
@pytest.mark.parametrize("method", [0, 6])
def test_lossless_small_images_are_exact(size: tuple[int, int], content: str, method: int) -> None:
    image = _with_alpha(CONTENT[content](*size))
    _assert_same(_encode(image, lossless=True, method=method, exact=True))


@pytest.mark.parametrize("content", sorted(CONTENT))
@pytest.mark.parametrize("method", [0, 6])
def test_lossless_300x200_is_exact(content: str, method: int) -> None:
    _assert_same(_encode(_with_alpha(CONTENT[content](300, 200)), lossless=True, method=method))


@pytest.mark.parametrize("colors", [1, 2, 3, 4, 5, 16, 17, 256])
def test_lossless_palettes_with_pixel_bundling_are_exact(colors: int) -> None:
    rnd = random.Random(colors)
    palette = [tuple(rnd.randrange(256) for _ in range(4)) for _ in range(colors)]
    image = Image.new("RGBA", (45, 13))
    image.putdata([palette[rnd.randrange(colors)] for _ in range(45 * 13)])
    _assert_same(_encode(image, lossless=True, exact=True))


def test_pureogs_own_lossless_encoder_round_trips() -> None:
    rgba = _with_alpha(_photo(57, 31)).tobytes()
    assert decode_webp_rgba(encode_webp_lossless(57, 31, rgba)) == (57, 31, rgba)


def test_lossless_exact_keeps_the_colour_of_transparent_pixels() -> None:
    image = _with_alpha(_noise(40, 30))
    data = _encode(image, lossless=True, exact=True)
    _, _, ours = decode_webp_rgba(data)
    assert ours == image.tobytes()


# --- lossy ------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1, 1), (5, 3), (37, 21)])
@pytest.mark.parametrize("content", sorted(CONTENT))
@pytest.mark.parametrize("quality", [10, 75, 100])
@pytest.mark.parametrize("method", [0, 6])
def test_lossy_small_images_are_exact(size: tuple[int, int], content: str, quality: int, method: int) -> None:
    _assert_same(_encode(CONTENT[content](*size), quality=quality, method=method))


@pytest.mark.parametrize("content", sorted(CONTENT))
def test_lossy_300x200_is_exact(content: str) -> None:
    _assert_same(_encode(CONTENT[content](300, 200), quality=75, method=6))


@pytest.mark.parametrize(("quality", "method"), [(10, 0), (100, 0), (10, 6), (100, 6)])
def test_lossy_photo_qualities_are_exact(quality: int, method: int) -> None:
    _assert_same(_encode(_photo(300, 200), quality=quality, method=method))


@pytest.mark.parametrize("alpha_quality", [100, 50, 10])
@pytest.mark.parametrize("method", [0, 6])
def test_lossy_with_alpha_is_exact(alpha_quality: int, method: int) -> None:
    image = _with_alpha(_photo(150, 100))
    _assert_same(_encode(image, quality=75, method=method, alpha_quality=alpha_quality))


def test_a_larger_photo_decodes_exactly_in_a_few_seconds() -> None:
    image = _photo(640, 400)
    for data in (_encode(image, quality=75), _encode(image, lossless=True)):
        start = time.perf_counter()
        _assert_same(data)
        assert time.perf_counter() - start < scaled(20)  # ~1 s each on a quiet machine, with libwebp's decode


def test_decode_webp_returns_premultiplied_pixels() -> None:
    data = _encode(_with_alpha(_photo(30, 20)), quality=80)
    image = decode_webp(data)
    width, height, ref = _reference(data)
    assert (image.width, image.height) == (width, height)
    assert image.data == premultiply_rgba(ref)


# --- the loop filter settings Pillow cannot choose --------------------------------------------
class _RecordingDecoder(BoolDecoder):
    """A boolean decoder that logs every (probability, bit) it decodes."""

    __slots__ = ("log",)

    def __init__(self, data: bytes, start: int, end: int) -> None:
        self.log: list[tuple[int, int]] = []
        super().__init__(data, start, end)

    def bit(self, prob: int) -> int:
        value = super().bit(prob)
        self.log.append((prob, value))
        return value


def _bool_encode(decisions: list[tuple[int, int]]) -> bytes:
    """RFC 6386 section 7.3's boolean encoder."""
    out = bytearray()
    rng, bottom, bit_count = 255, 0, 24

    def carry() -> None:
        k = len(out) - 1
        while out[k] == 255:
            out[k] = 0
            k -= 1
        out[k] += 1

    for prob, bit in decisions:
        split = 1 + (((rng - 1) * prob) >> 8)
        if bit:
            bottom += split
            rng -= split
        else:
            rng = split
        while rng < 128:
            rng <<= 1
            if bottom & (1 << 31):
                carry()
            bottom = (bottom << 1) & 0xFFFFFFFF
            bit_count -= 1
            if not bit_count:
                out.append(bottom >> 24)
                bottom &= (1 << 24) - 1
                bit_count = 8
    if bottom & (1 << (32 - bit_count)):
        carry()
    bottom = (bottom << (bit_count & 7)) << (8 * (bit_count >> 3)) & 0xFFFFFFFF
    out += bottom.to_bytes(4, "big")
    return bytes(out)


def _with_filter(monkeypatch: pytest.MonkeyPatch, data: bytes, simple: int, level: int, sharpness: int) -> bytes:
    """A simple-format lossy file with its loop-filter header fields replaced: the first partition's
    decisions are logged while pureog decodes it, edited, and encoded again."""
    assert data[12:16] == b"VP8 "
    payload = data[20:]
    decoders: list[_RecordingDecoder] = []

    def recording(chunk: bytes, start: int, end: int) -> _RecordingDecoder:
        decoders.append(_RecordingDecoder(chunk, start, end))
        return decoders[-1]

    with monkeypatch.context() as patch:
        patch.setattr(lossy, "BoolDecoder", recording)
        lossy.decode_vp8(payload)
    log = decoders[0].log
    # The filter fields follow the colour space and clamping bits and the segment header.
    at = 2
    if log[at][1]:  # segments
        update_map = log[at + 1][1]
        at += 2
        if log[at][1]:  # segment data: absolute flag, then 4 quantizers and 4 filter levels
            at += 2
            for size in (7,) * 4 + (6,) * 4:
                at += 1 + (size + 1 if log[at][1] else 0)
        else:
            at += 1
        if update_map:
            for _ in range(3):
                at += 1 + (8 if log[at][1] else 0)
    else:
        at += 1
    fields = [simple] + [(level >> (5 - k)) & 1 for k in range(6)] + [(sharpness >> (2 - k)) & 1 for k in range(3)]
    log[at : at + 10] = [(128, bit) for bit in fields]
    first_size = int.from_bytes(payload[:3], "little") >> 5
    first = _bool_encode(log)
    tag = (int.from_bytes(payload[:3], "little") & 0x1F) | len(first) << 5
    body = tag.to_bytes(3, "little") + payload[3:10] + first + payload[10 + first_size :]
    chunk = b"VP8 " + len(body).to_bytes(4, "little") + body + b"\0" * (len(body) & 1)
    return b"RIFF" + (4 + len(chunk)).to_bytes(4, "little") + b"WEBP" + chunk


@pytest.mark.parametrize(("simple", "level", "sharpness"), [(1, 20, 0), (1, 63, 5), (0, 40, 3), (0, 63, 7),
                                                              (0, 0, 0), (1, 10, 7)])
def test_simple_and_normal_loop_filters_at_any_level_and_sharpness(monkeypatch: pytest.MonkeyPatch, simple: int,
                                                                  level: int, sharpness: int) -> None:
    data = _with_filter(monkeypatch, _encode(_photo(96, 64), quality=30), simple, level, sharpness)
    _assert_same(data)


# --- container: extended files, animation, alpha declaration ----------------------------------
def _animation(frames: list[Image.Image], **options: object) -> bytes:
    out = io.BytesIO()
    frames[0].save(out, "WEBP", save_all=True, append_images=frames[1:], duration=80, **options)
    return out.getvalue()


@pytest.mark.parametrize("options", [{"lossless": True}, {"quality": 70}, {"quality": 70, "minimize_size": True}])
def test_animation_shows_its_first_frame(options: dict[str, object]) -> None:
    frames = [_with_alpha(_photo(60, 40)), _noise(60, 40).convert("RGBA"), _flat(60, 40).convert("RGBA")]
    data = _animation(frames, **options)
    assert data[12:16] == b"VP8X" and b"ANMF" in data
    _assert_same(data)


def _chunk(tag: bytes, body: bytes) -> bytes:
    return tag + len(body).to_bytes(4, "little") + body + b"\0" * (len(body) & 1)


def _riff(*chunks: bytes) -> bytes:
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + len(body).to_bytes(4, "little") + body


def _vp8x(width: int, height: int, flags: int) -> bytes:
    return _chunk(b"VP8X", bytes((flags, 0, 0, 0)) + (width - 1).to_bytes(3, "little")
                  + (height - 1).to_bytes(3, "little"))


def _image_chunk(data: bytes) -> bytes:
    """The VP8/VP8L chunk of a simple-format file."""
    assert data[12:16] in (b"VP8 ", b"VP8L")
    return data[12:]


def test_first_frame_at_an_offset_on_a_transparent_canvas() -> None:
    frame = _image_chunk(_encode(_with_alpha(_photo(10, 6)), lossless=True))
    anmf = (2).to_bytes(3, "little") + (3).to_bytes(3, "little") + (9).to_bytes(3, "little") \
        + (5).to_bytes(3, "little") + (100).to_bytes(3, "little") + b"\0"
    data = _riff(_vp8x(20, 12, 0x12), _chunk(b"ANIM", bytes(6)), _chunk(b"ANMF", anmf + frame))
    _assert_same(data)
    width, height, rgba = decode_webp_rgba(data)
    assert (width, height) == (20, 12) and rgba[:4] == bytes(4)
    assert webp_size(data) == (20, 12)


def test_extended_still_image_with_metadata_chunks() -> None:
    data = _encode(_with_alpha(_photo(33, 17)), quality=60, exif=b"Exif\0\0fake", icc_profile=b"icc")
    assert data[12:16] == b"VP8X"
    _assert_same(data)


def test_undeclared_alpha_is_opaque_as_in_libwebp() -> None:
    data = bytearray(_encode(_with_alpha(_photo(9, 7)), lossless=True))
    assert data[12:16] == b"VP8L" and data[24] & 0x10
    data[24] &= ~0x10  # clear the header's "alpha is used" bit
    _assert_same(bytes(data))
    assert set(decode_webp_rgba(bytes(data))[2][3::4]) == {255}


def test_an_alpha_chunk_counts_only_with_the_alpha_flag() -> None:
    lossy = _image_chunk(_encode(_photo(20, 10), quality=50))
    alpha = _chunk(b"ALPH", b"\x00" + bytes(range(200)))  # raw, unfiltered: a ramp of alpha values
    with_flag = _riff(_vp8x(20, 10, 0x10), alpha, lossy)
    without_flag = _riff(_vp8x(20, 10, 0), alpha, lossy)
    _assert_same(with_flag)
    _assert_same(without_flag)  # libwebp's demuxer drops the chunk: opaque
    assert decode_webp_rgba(with_flag)[2][3::4] == bytes(range(200))
    assert set(decode_webp_rgba(without_flag)[2][3::4]) == {255}


def test_webp_size_reads_the_headers() -> None:
    assert webp_size(_encode(_photo(31, 7), quality=50)) == (31, 7)
    assert webp_size(_encode(_photo(31, 7), lossless=True)) == (31, 7)
    assert webp_size(_animation([_photo(12, 8), _noise(12, 8)])) == (12, 8)
    with pytest.raises(ImageError):
        webp_size(b"RIFF\x04\0\0\0WEBP")


# --- hostile input ----------------------------------------------------------------------------
def _seeds() -> list[bytes]:
    image = _photo(40, 24)
    return [_encode(image, quality=50), _encode(_with_alpha(image), lossless=True, method=6),
            _encode(_with_alpha(image), quality=50, alpha_quality=40),
            _animation([_with_alpha(image), _noise(40, 24).convert("RGBA")], quality=50)]


def _decode_or_refuse(data: bytes) -> None:
    """Decoding either works (with the declared size) or raises ImageError, within a second."""
    start = time.perf_counter()
    try:
        width, height, rgba = decode_webp_rgba(data)
    except ImageError:
        pass
    else:
        assert len(rgba) == 4 * width * height
    assert time.perf_counter() - start < scaled(2)


def test_truncated_files_are_refused() -> None:
    for data in _seeds():
        for cut in sorted(set(range(0, 64)) | set(range(64, len(data), max(1, len(data) // 40)))):
            with pytest.raises(ImageError):
                decode_webp_rgba(data[:cut])


def test_bit_flips_never_crash() -> None:
    rnd = random.Random(2024)
    for data in _seeds():
        for _ in range(60):
            damaged = bytearray(data)
            for _ in range(rnd.randrange(1, 4)):
                damaged[rnd.randrange(12, len(damaged))] ^= 1 << rnd.randrange(8)
            _decode_or_refuse(bytes(damaged))


def test_random_bytes_inside_valid_chunks_never_crash() -> None:
    rnd = random.Random(99)
    for data in _seeds():
        for _ in range(40):
            damaged = bytearray(data)
            at = rnd.randrange(20, len(damaged) - 8)
            damaged[at : at + 8] = rnd.randbytes(8)
            _decode_or_refuse(bytes(damaged))


def test_lying_sizes_are_refused() -> None:
    data = _encode(_photo(20, 10), quality=50)
    riff_too_big = data[:4] + (len(data) + 100).to_bytes(4, "little") + data[8:]
    chunk_too_big = data[:16] + (len(data)).to_bytes(4, "little") + data[20:]
    riff_too_small = data[:4] + (4).to_bytes(4, "little") + data[8:]
    partition_too_big = bytearray(data)
    tag = int.from_bytes(data[20:23], "little") | (1 << 18) << 5  # a first partition past the chunk's end
    partition_too_big[20:23] = (tag & 0xFFFFFF).to_bytes(3, "little")
    lossless = _encode(_photo(20, 10), lossless=True)
    for bad in (riff_too_big, chunk_too_big, riff_too_small, bytes(partition_too_big),
                _riff(_vp8x(20, 10, 0x10), _chunk(b"ALPH", b"\x00" + bytes(5)), _image_chunk(data)),
                _riff(_vp8x(20, 10, 0x10), _chunk(b"ALPH", b"\x03" + bytes(300)), _image_chunk(data)),
                _riff(_vp8x(21, 10, 0), _image_chunk(lossless)),
                _riff(_chunk(b"VP8X", bytes(9)), _image_chunk(lossless)),
                _riff(_vp8x(20, 10, 0x02), _chunk(b"ANIM", bytes(6)), _chunk(b"ANMF", bytes(10))),
                _riff(_vp8x(20, 10, 0x02), _chunk(b"ANIM", bytes(6))),
                _riff(_chunk(b"JUNK", bytes(8))), b"RIFF\0\0\0\0WEBP", b"RIFF", b"", b"GIF89a"):
        with pytest.raises(ImageError):
            decode_webp_rgba(bad)


def test_huge_declared_dimensions_are_refused_before_decoding() -> None:
    vp8 = _encode(_photo(16, 16), quality=50)
    huge_vp8 = bytearray(vp8)
    huge_vp8[26:30] = (16383).to_bytes(2, "little") * 2
    lossless = bytearray(_encode(_photo(16, 16), lossless=True))
    lossless[21:25] = (0x3FFF | 0x3FFF << 14 | (lossless[24] & 0x10) << 24).to_bytes(4, "little")
    frame = _image_chunk(_encode(_photo(16, 16), lossless=True))
    for bad in (bytes(huge_vp8), bytes(lossless), _riff(_vp8x(1 << 24, 1 << 24, 0), frame),
                _riff(_vp8x(16384, 16384, 0x02), _chunk(b"ANIM", bytes(6)), _chunk(b"ANMF", bytes(16) + frame))):
        start = time.perf_counter()
        with pytest.raises(ImageError, match="larger than the limit"):
            decode_webp_rgba(bad)
        with pytest.raises(ImageError):
            webp_size(bad)
        assert time.perf_counter() - start < scaled(0.5)


def test_prefix_tables_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _encode(_photo(64, 48), lossless=True)
    _assert_same(data)
    monkeypatch.setattr(lossless, "MAX_TABLE_ENTRIES", 500)  # far below what this image's codes need
    with pytest.raises(ImageError, match="too many prefix codes"):
        decode_webp_rgba(data)


def test_not_a_key_frame_and_bad_signatures_are_refused() -> None:
    vp8 = bytearray(_encode(_photo(16, 16), quality=50))
    inter = bytearray(vp8)
    inter[20] |= 1  # an inter frame
    bad_start = bytearray(vp8)
    bad_start[23] = 0
    lossless = bytearray(_encode(_photo(16, 16), lossless=True))
    bad_version = bytearray(lossless)
    bad_version[24] |= 0x20
    bad_signature = bytearray(lossless)
    bad_signature[20] = 0x2E
    for bad in (inter, bad_start, bad_version, bad_signature):
        with pytest.raises(ImageError):
            decode_webp_rgba(bytes(bad))


def test_add_ac3_equals_the_full_transform() -> None:
    """The short form for blocks coded up to their third coefficient adds what the full one adds."""
    from pureog.images.webp_intra import add_ac3, add_residual

    rng = random.Random(5)
    for _ in range(2000):
        coeffs = [0] * 16
        for k in (0, 1, 4):
            coeffs[k] = rng.choice((0, rng.randint(-40, 40), rng.randint(-32768, 32767)))
        plane = bytearray(rng.randbytes(6 * 8))
        short, full = bytearray(plane), bytearray(plane)
        add_ac3(short, 9, 8, coeffs)
        add_residual(full, 9, 8, coeffs)
        assert short == full
