"""The pieced zlib stream (pureog.raster.deflate): cut at rows, one valid stream, the same bytes with
worker threads (opt-in: PUREOG_DEFLATE_THREADS) and without, and a pool that survives ``fork``."""

from __future__ import annotations

import os
import random
import zlib
from collections.abc import Iterator

import pytest

from pureog.raster import deflate
from pureog.raster.deflate import Piece, cut, zlib_stream


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Deflate threads asked for by the environment, as an operator would; the module's state reset and
    the pool's threads ended afterwards (later tests fork workers under an address-space cap)."""
    monkeypatch.setenv("PUREOG_DEFLATE_THREADS", "2")
    monkeypatch.setattr(deflate, "_threads_disabled", False)
    monkeypatch.setattr(deflate, "_pool", None)
    yield
    if deflate._pool is not None:
        deflate._pool[1].shutdown()


def _scanlines(rows: int, line: int, seed: int) -> bytes:
    """Card-like scanlines: a few colours in runs, so that deflate has work and repeats to find."""
    rng = random.Random(seed)
    out = bytearray()
    for _ in range(rows):
        row = bytearray([0])
        while len(row) < line:
            row += bytes([rng.randrange(256)]) * rng.randrange(1, 40)
        out += row[:line]
    return bytes(out)


def test_plain_rows_are_cut_at_row_boundaries_into_at_most_four_pieces() -> None:
    line = 3 * 1200 + 1
    pieces = cut([Piece(0, 630 * line, False)], line)
    assert len(pieces) == 4
    assert pieces[0].start == 0 and pieces[-1].end == 630 * line
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(p.start % line == 0 and not p.zeros for p in pieces)
    # small frames stay one piece; runs of zero rows are never cut
    assert cut([Piece(0, 50 * line, False)], line) == [Piece(0, 50 * line, False)]
    assert cut([Piece(0, 600 * line, True)], line) == [Piece(0, 600 * line, True)]


@pytest.mark.parametrize("level", [1, 6, 9])
def test_the_pieced_stream_is_one_zlib_stream_and_the_same_without_threads(level: int, threads: None) -> None:
    line = 3 * 700 + 1
    raw = _scanlines(400, line, seed=level)
    pieces = cut([Piece(0, 150 * line, False), Piece(150 * line, 250 * line, True),
                  Piece(250 * line, 400 * line, False)], line)
    assert sum(not p.zeros for p in pieces) >= 2
    threaded = zlib_stream(raw, pieces, level)
    assert deflate._pool is not None  # the pieces went to worker threads
    deflate._disable_threads()
    serial = zlib_stream(raw, pieces, level)
    assert threaded == serial
    assert zlib.decompress(threaded) == raw
    # priming each piece with the window before it keeps the size close to deflating the whole
    assert len(threaded) <= 1.02 * len(zlib.compress(raw, level)) + 64


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX-only")
def test_a_forked_child_makes_its_own_pool(threads: None) -> None:
    line = 3 * 1200 + 1
    raw = _scanlines(300, line, seed=3)
    pieces = cut([Piece(0, len(raw), False)], line)
    expected = zlib_stream(raw, pieces, 6)  # the parent's pool now exists, with its threads
    pid = os.fork()
    if pid == 0:  # the child: the inherited pool has no threads; a stream must still come out
        try:
            os._exit(0 if zlib_stream(raw, pieces, 6) == expected else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_no_threads_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without PUREOG_DEFLATE_THREADS (or with a count below two) no thread starts: the default keeps a
    render's address space as it was (each thread reserves ~75 MB) and the bytes are the same."""
    monkeypatch.setattr(deflate, "_threads_disabled", False)
    monkeypatch.setattr(deflate, "_pool", None)
    for value in (None, "1", "many"):
        if value is None:
            monkeypatch.delenv("PUREOG_DEFLATE_THREADS", raising=False)
        else:
            monkeypatch.setenv("PUREOG_DEFLATE_THREADS", value)
        monkeypatch.setattr(deflate, "_threads_disabled", False)
        assert deflate._executor() is None
    assert deflate._pool is None


def test_frames_are_cut_only_when_threads_are_asked_for(monkeypatch: pytest.MonkeyPatch, threads: None) -> None:
    """Priming pieces costs time a single thread would pay for nothing: without the setting a large frame
    is zlib.compress's one stream; with it, pieces (the same pixels, a valid stream)."""
    from pureog.raster import png as encoder  # noqa: PLC0415

    line = 3 * 1200 + 1
    raw = _scanlines(630, line, seed=7)
    repeats = [False] * 630
    assert zlib.decompress(encoder._deflate(raw, repeats, 6, False)) == raw  # threads asked for
    assert encoder._deflate(raw, repeats, 6, False) != zlib.compress(raw, 6)
    monkeypatch.delenv("PUREOG_DEFLATE_THREADS")
    assert encoder._deflate(raw, repeats, 6, False) == zlib.compress(raw, 6)
