"""pureog's pure-Python Brotli decoder against the reference (the native ``brotli`` package, a test-only
dependency): every quality and several windows on text, binary and font data, each of the 121
dictionary transforms on hand-made streams, damaged streams, and the output bound."""

from __future__ import annotations

import random
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from pureog.errors import FontError, LimitError
from pureog.limits import deadline
from pureog.text import brotli_dictionary
from pureog.text.brotli import LUT0, LUT1, LUT2, decompress
from tests.fuzz.timing import scaled

brotli = pytest.importorskip("brotli")

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "README.md").read_bytes() + (ROOT / "spec" / "architecture.md").read_bytes()
FONT = (ROOT / "conformance" / "fonts" / "Roboto-Regular.ttf").read_bytes()


def _inputs() -> dict[str, bytes]:
    rng = random.Random(1234)
    return {
        "empty": b"",
        "one byte": b"x",
        "text": TEXT[:12000],
        "binary": rng.randbytes(4000),
        "font": FONT[:16000],
        "repetitive": b"abcabcabd" * 700 + bytes(3000),
        "utf8": "Grüße, 漢字 и кириллица — ünïcödé ".encode() * 40,
    }


INPUTS = _inputs()


@pytest.mark.parametrize("quality", range(12))
def test_every_quality_matches_the_reference(quality: int) -> None:
    for name, data in INPUTS.items():
        for window in (10, 16, 22):
            for mode in (brotli.MODE_GENERIC, brotli.MODE_TEXT, brotli.MODE_FONT):
                packed = brotli.compress(data, quality=quality, lgwin=window, mode=mode)
                assert decompress(packed, len(data)) == data, (name, window, mode)


def test_large_windows_and_long_repetitive_input() -> None:
    data = (TEXT * 8)[:300_000] + bytes(200_000) + b"0123456789" * 50_000
    for quality, window in ((1, 24), (5, 18), (9, 24), (11, 24)):
        packed = brotli.compress(data, quality=quality, lgwin=window)
        assert decompress(packed, len(data)) == data


def test_text_uses_the_static_dictionary_and_its_transforms(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    original = brotli_dictionary.word

    def counting(length: int, word_id: int) -> bytes | None:
        seen.append(word_id >> brotli_dictionary.NDBITS[length] if 4 <= length <= 24 else -1)
        return original(length, word_id)

    monkeypatch.setattr(brotli_dictionary, "word", counting)
    prose = (b"The time of the people, and the World. This is not the end of the story; THE END. "
             b"<a href=\"http://example.com/\">Home</a> Nationally, Information, the Government is ")
    for quality in (5, 9, 11):
        packed = brotli.compress(prose * 3, quality=quality)
        assert decompress(packed, len(prose) * 3) == prose * 3
    assert len(set(seen)) >= 5  # several different transforms were applied


# --- hand-made streams: one dictionary word per stream, every transform -----------------------------


class _BitWriter:
    def __init__(self) -> None:
        self.value = 0
        self.count = 0

    def put(self, value: int, bits: int) -> None:
        assert 0 <= value < (1 << bits) or bits == 0
        self.value |= value << self.count
        self.count += bits

    def bytes(self) -> bytes:
        return self.value.to_bytes((self.count + 7) // 8, "little")


def _distance_code(distance: int) -> tuple[int, int, int]:
    """(distance symbol, extra bits, extra value) for NPOSTFIX 0, NDIRECT 0."""
    for code in range(16, 64):
        bits = 1 + ((code - 16) >> 1)
        offset = ((2 + ((code - 16) & 1)) << bits) - 4
        if offset + 1 <= distance <= offset + (1 << bits):
            return code, bits, distance - offset - 1
    raise AssertionError(distance)


def _dictionary_stream(length: int, word_id: int, output: int) -> bytes:
    """A one-meta-block stream: a command copying dictionary word ``word_id`` of ``length`` (no bytes
    out yet, so distance = word_id + 1), then a command inserting one literal 'X'."""
    w = _BitWriter()
    w.put(0, 1)  # WBITS 16
    w.put(1, 1)  # ISLAST
    w.put(0, 1)  # not ISLASTEMPTY
    w.put(0, 2)  # MNIBBLES 4
    w.put(output - 1, 16)
    for _ in range(3):
        w.put(0, 1)  # one block type per category
    w.put(0, 2)  # NPOSTFIX
    w.put(0, 4)  # NDIRECT
    w.put(0, 2)  # context mode LSB6
    w.put(0, 1)  # NTREESL 1
    w.put(0, 1)  # NTREESD 1
    w.put(1, 2)  # literal code: simple, one symbol
    w.put(0, 2)
    w.put(ord("X"), 8)
    copy_code = length - 2 if length < 10 else None
    if copy_code is not None:
        command, copy_bits, copy_extra = 128 + copy_code, 0, 0
    else:  # lengths 10..24: copy codes 8..15 with extra bits
        bases = [(10, 1), (12, 1), (14, 2), (18, 2), (22, 3)]
        code, (base, copy_bits) = next((i, b) for i, b in enumerate(bases) if b[0] <= length < b[0] + (1 << b[1]))
        command, copy_extra = 192 + code, length - base
    w.put(1, 2)  # command code: simple, two symbols: 8 (insert 1, implicit distance) and the copy
    w.put(1, 2)
    w.put(command, 10)
    w.put(8, 10)
    dcode, dbits, dextra = _distance_code(word_id + 1)
    w.put(1, 2)  # distance code: simple, one symbol
    w.put(0, 2)
    w.put(dcode, 6)
    w.put(1, 1)  # command: the copy (code 1: the larger symbol)
    w.put(copy_extra, copy_bits)
    w.put(dextra, dbits)
    w.put(0, 1)  # command 8: insert one literal; the meta-block ends there
    return w.bytes()


def _word_ids() -> Iterator[tuple[int, int]]:
    rng = random.Random(7)
    for transform in range(121):
        for length in (4, 5, 9, 10, 13, 24):
            index = rng.randrange(1 << brotli_dictionary.NDBITS[length])
            yield length, (transform << brotli_dictionary.NDBITS[length]) | index


def test_every_transform_matches_the_reference() -> None:
    checked = 0
    for length, word_id in _word_ids():
        word = brotli_dictionary.word(length, word_id)
        assert word is not None
        stream = _dictionary_stream(length, word_id, len(word) + 1)
        expected = brotli.decompress(stream)
        assert decompress(stream, 1000) == expected == word + b"X", (length, word_id)
        checked += 1
    assert checked == 121 * 6


def test_invalid_dictionary_references_are_errors() -> None:
    bad_transform = 121 << brotli_dictionary.NDBITS[6]
    stream = _dictionary_stream(6, bad_transform, 7)
    with pytest.raises(brotli.error):
        brotli.decompress(stream)
    with pytest.raises(FontError, match="dictionary"):
        decompress(stream, 1000)


def test_tables_match_the_rfc_check_values() -> None:
    assert [zlib.crc32(bytes(t)) for t in (LUT0, LUT1, LUT2)] == [0x8E91EFB7, 0xD01A32F4, 0x0DD7A0D6]
    sequence = b"".join(p + b"\0" + bytes((k,)) + s + b"\0" for p, k, s in brotli_dictionary.TRANSFORMS)
    assert (len(brotli_dictionary.TRANSFORMS), len(sequence), zlib.crc32(sequence)) == (121, 648, 0x3D965F81)
    data = brotli_dictionary.dictionary()
    assert (len(data), zlib.crc32(data)) == (122_784, 0x5136CB04)


# --- damage and bounds ----------------------------------------------------------------------------


def test_truncated_streams_are_clean_errors() -> None:
    packed = brotli.compress(TEXT[:3000], quality=11)
    for end in range(len(packed)):
        with pytest.raises(FontError, match="Brotli"):
            decompress(packed[:end], 10_000)
    with pytest.raises(FontError, match="follow the end"):
        decompress(packed + b"\0", 10_000)


def test_damaged_streams_fail_cleanly_or_agree_with_the_reference() -> None:
    rng = random.Random(99)
    seeds = [brotli.compress(TEXT[:6000], quality=q) for q in (2, 6, 11)] + [brotli.compress(FONT[:4000])]
    failed = 0
    for _ in range(400):
        damaged = bytearray(rng.choice(seeds))
        for _ in range(rng.randrange(1, 4)):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        try:
            expected = brotli.decompress(bytes(damaged))
        except brotli.error:
            expected = None
        try:
            ours = decompress(bytes(damaged), 1 << 20)
        except FontError:
            ours = None
            failed += 1
        assert ours == expected
    assert failed > 100


@pytest.mark.parametrize("garbage", [b"\xff" * 64, b"\x1b" + bytes(40), bytes(range(256)), b"\x0b\x01\x80"])
def test_garbage_is_a_font_error(garbage: bytes) -> None:
    with pytest.raises(FontError):
        decompress(garbage, 1 << 20)


def test_max_output_is_exact() -> None:
    data = TEXT[:5000]
    packed = brotli.compress(data)
    assert decompress(packed, len(data)) == data
    with pytest.raises(FontError, match="more than 4,999 bytes"):
        decompress(packed, len(data) - 1)


def test_a_bomb_fails_fast_with_little_memory() -> None:
    compressor = brotli.Compressor(quality=4)
    chunk = bytes(1 << 20)
    bomb = b"".join(compressor.process(chunk) for _ in range(100)) + compressor.finish()  # 100 MB of zeros
    assert len(bomb) < 100_000
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(FontError, match="more than 1,048,576 bytes"):
            decompress(bomb, 1 << 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < scaled(2.0)
    assert peak < 8 << 20


def test_the_render_deadline_stops_decoding() -> None:
    data = bytes(range(256)) * 4000
    packed = brotli.compress(data, quality=1)
    with deadline(1e-9):
        time.sleep(0.001)
        with pytest.raises(LimitError):
            decompress(packed, len(data))
