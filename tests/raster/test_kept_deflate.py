"""Deflated pieces kept across renders (pureog.raster.kept_deflate): a piece is answered only by a piece
of equal bytes primed with equal bytes, at the same level, strategy and place in the stream (last or
not), so a frame encodes to the same PNG with the store empty or full, on one thread or several; and a
frame met again deflates only the pieces that changed."""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator

import pytest

from pureog.raster import deflate, kept_deflate
from pureog.raster.deflate import Piece, stop_threads, zlib_stream
from pureog.raster.pixmap import Pixmap
from pureog.raster.png import encode_png

LINE = 3 * 1200 + 1


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """An empty store, one deflate thread unless a test asks for more, and a count of the pieces
    deflated (``zlib.compressobj`` calls) that the test may read."""
    monkeypatch.setenv("PUREOG_DEFLATE_THREADS", "1")
    stop_threads()
    kept_deflate._KEPT.clear()
    deflated = [0]
    original = zlib.compressobj

    def counted(*args: object) -> object:
        deflated[0] += 1
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(deflate.zlib, "compressobj", counted)
    yield deflated
    kept_deflate._KEPT.clear()
    stop_threads()


def _frame(seed: int, rows: int = 630, first_band: int = 0) -> tuple[bytearray, list[Piece]]:
    """Card-like RGB scanlines: bands of varied rows (the first ``first_band`` rows long if given), each
    followed by a run of repeated rows (Up zeros), and the frame's pieces (png._pieces: the runs apart,
    the bands cut)."""
    from pureog.raster.png import _pieces  # noqa: PLC0415

    rng = random.Random(seed)
    raw = bytearray()
    repeats: list[bool] = []
    while len(repeats) < rows:
        for _ in range(first_band if first_band and not repeats else rng.randrange(30, 90)):
            row = bytearray([0])
            while len(row) < LINE:
                row += bytes([rng.randrange(256)]) * rng.randrange(1, 40)
            raw += row[:LINE]
            repeats.append(False)
        run = rng.randrange(6, 40)
        raw += (b"\x02" + bytes(LINE - 1)) * run
        repeats += [True] * run
    del raw[rows * LINE :], repeats[rows:]
    return raw, _pieces(len(raw), repeats)


def _fresh_stream(raw: bytearray, pieces: list[Piece], level: int = 6) -> bytes:
    """The stream with the store emptied before and after (what an encoder without it gives)."""
    kept_deflate._KEPT.clear()
    stream = zlib_stream(raw, pieces, level)
    kept_deflate._KEPT.clear()
    return stream


def test_a_frame_met_again_is_answered_by_its_kept_pieces(store: list[int]) -> None:
    """A frame's pieces are kept the second time they are met (the first time only their keys: no copy
    of a frame that may never come again) and answered from the third on."""
    raw, pieces = _frame(1)
    plain = sum(not piece.zeros for piece in pieces)
    assert plain >= 4 and len(pieces) > plain
    first = zlib_stream(raw, pieces, 6)
    assert zlib.decompress(first) == raw
    assert store[0] == len(pieces)
    assert all(value == () for value in kept_deflate._KEPT.values())  # keys only
    assert zlib_stream(bytearray(raw), pieces, 6) == first  # (another object of the same bytes)
    assert store[0] == 2 * len(pieces)  # deflated again, now kept
    assert zlib_stream(bytearray(raw), pieces, 6) == first
    assert store[0] == 2 * len(pieces)  # nothing deflated
    assert zlib_stream(raw, pieces, 5) == _fresh_stream(raw, pieces, 5) != first  # another level: deflated


@pytest.mark.parametrize("where", ["in a piece, off the key's sample", "in the bytes a piece is primed with",
                                   "in a run of repeated rows"])
def test_a_changed_byte_is_deflated_again_and_only_its_pieces(where: str, store: list[int]) -> None:
    """A byte changed where the key's sample does not look (not every 61st byte), or in the 32 KB a
    later piece is primed with (that piece's own bytes unchanged), is met by the memcmps: the pieces
    it changes are deflated again, the others answered, and the stream is the one deflated afresh."""
    raw, pieces = _frame(2, first_band=150)  # (a first band of two plain pieces: the second primed by the first)
    zlib_stream(raw, pieces, 6)
    zlib_stream(raw, pieces, 6)  # (kept the second time)
    if where == "in a run of repeated rows":
        index = next(i for i, piece in enumerate(pieces) if piece.zeros)
        at = pieces[index].start + 2 * LINE + 30
    elif where == "in the bytes a piece is primed with":
        index = 1
        assert not pieces[0].zeros and not pieces[1].zeros
        at = pieces[1].start - 5 * LINE + 7  # in the first piece's last rows, which prime the second
    else:
        index = next(i for i, piece in enumerate(pieces) if not piece.zeros and i > 1)
        at = pieces[index].start + 3 * LINE + 62
    assert (at - pieces[index].start) % kept_deflate._SAMPLE  # (the key's sample does not see it)
    changed = bytearray(raw)
    changed[at] ^= 0x55
    before = store[0]
    stream = zlib_stream(changed, pieces, 6)
    # deflated again: the pieces whose bytes or primer hold the changed byte, no other
    again = sum(deflate._primer(pieces, i) <= at < piece.end for i, piece in enumerate(pieces))
    assert store[0] - before == again < len(pieces)
    if where == "in the bytes a piece is primed with":
        assert again == 2  # (the first piece, which holds the byte, and the second, primed with it)
    assert stream == _fresh_stream(changed, pieces)
    assert zlib.decompress(stream) == changed


def test_a_piece_is_answered_wherever_it_lies(store: list[int]) -> None:
    """The deflate of a piece depends on its bytes and its primer's, not its place: the same band of
    rows lower in another frame (a title of another height above it) is answered, and the stream is
    the one deflated afresh."""
    raw, pieces = _frame(3)
    zlib_stream(raw, pieces, 6)
    zlib_stream(raw, pieces, 6)
    shift = 9 * LINE
    lower = bytearray(raw[:shift]) + raw  # 9 rows more on top
    moved = [Piece(0, pieces[0].end + shift, pieces[0].zeros)] + \
        [Piece(p.start + shift, p.end + shift, p.zeros) for p in pieces[1:]]
    before = store[0]
    stream = zlib_stream(lower, moved, 6)
    assert store[0] - before < len(pieces) // 2
    assert stream == _fresh_stream(lower, moved)


@pytest.mark.parametrize("threads", [2, 4])
def test_pngs_are_the_same_with_the_store_empty_or_full_on_helper_threads(
        threads: int, store: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    """encode_png on helper threads (pieces handed out as they are written, the RGB deflate begun
    before a palette search that fails): frames met again, changed in a band, and new give the bytes
    of an empty store on one thread."""
    from pureog.raster import png as png_module  # noqa: PLC0415

    rng = random.Random(threads)
    width, height = 1200, 630
    base = bytearray()
    for y in range(height):  # bands of noise between bands of one repeated row; over 256 colours
        if y // 40 % 2:
            base += base[-4 * width :]
            continue
        row = bytearray()
        while len(row) < 4 * width:
            row += bytes((rng.randrange(256), y % 256, rng.randrange(0, 256, 51), 255)) * rng.randrange(1, 30)
        base += row[: 4 * width]
    frames = [base, bytearray(base), bytearray(base)]
    frames[1][4 * (500 * width + 3)] ^= 1  # a band changed
    frames[2][4 * (5 * width + 3) : 4 * (5 * width + 9)] = bytes((1, 2, 3, 255)) * 6
    expected = []
    for data in frames:
        kept_deflate._KEPT.clear()
        expected.append(encode_png(Pixmap(width, height, bytearray(data))))
        expected.append(encode_png(Pixmap(width, height, bytearray(data)), palette="never"))
    kept_deflate._KEPT.clear()
    monkeypatch.setenv("PUREOG_DEFLATE_THREADS", str(threads))
    stop_threads()
    monkeypatch.setattr(png_module, "_EARLY_ABOVE", 0)
    found = [0]
    original = kept_deflate.find

    def counted(*args: object) -> object:
        answer = original(*args)  # type: ignore[arg-type]
        found[0] += answer is not None
        return answer

    monkeypatch.setattr(kept_deflate, "find", counted)
    for _ in range(3):  # keys met, pieces kept, pieces answered
        got = []
        for data in frames:
            got.append(encode_png(Pixmap(width, height, bytearray(data))))
            got.append(encode_png(Pixmap(width, height, bytearray(data)), palette="never"))
        assert got == expected
    assert found[0] > 20
