"""The pieced zlib stream (pureog.raster.deflate): cut at rows, one valid stream whose bytes depend on the
scanlines only (1, 2 or 4 threads, threads or none), the Adler-32 combined from the pieces', how many
threads a process uses, and a pool that survives ``fork``."""

from __future__ import annotations

import io
import multiprocessing
import os
import random
import sys
import threading
import zlib
from collections.abc import Iterator

import png as pypng
import pytest

from pureog.raster import deflate, kept_deflate
from pureog.raster import png as png_module
from pureog.raster.deflate import Piece, adler32_combine, cut, stop_threads, zlib_stream
from pureog.raster.pixmap import Pixmap
from pureog.raster.png import encode_png


@pytest.fixture(autouse=True)
def every_piece_deflated(monkeypatch: pytest.MonkeyPatch) -> None:
    """No piece answered by the kept deflates (tests/raster/test_kept_deflate.py tests those): the
    encodes compared here across thread counts each deflate their pieces."""
    monkeypatch.setattr(kept_deflate, "find", lambda *args: None)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """The module's decision and threads forgotten before and after: a test sets the environment it
    wants, and later tests (which fork workers under an address-space cap) meet no threads of its."""
    monkeypatch.delenv("PUREOG_DEFLATE_THREADS", raising=False)
    stop_threads()
    yield monkeypatch
    stop_threads()


def _threads(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    monkeypatch.setenv("PUREOG_DEFLATE_THREADS", str(count))
    stop_threads()


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


def test_plain_rows_are_cut_at_row_boundaries_into_at_most_eight_pieces() -> None:
    line = 3 * 1200 + 1
    pieces = cut([Piece(0, 630 * line, False)], line)  # 2.3 MB: eight pieces of ~280 KB
    assert len(pieces) == 8
    assert len(cut([Piece(0, 2000 * line, False)], line)) == 8
    assert len(cut([Piece(0, 150 * line, False)], line)) == 2  # 540 KB: two of 270 KB
    assert pieces[0].start == 0 and pieces[-1].end == 630 * line
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(p.start % line == 0 and not p.zeros for p in pieces)
    # small frames stay one piece; runs of zero rows are never cut
    assert cut([Piece(0, 50 * line, False)], line) == [Piece(0, 50 * line, False)]
    assert cut([Piece(0, 600 * line, True)], line) == [Piece(0, 600 * line, True)]


def test_adler32_combine_gives_the_checksum_of_the_joined_bytes() -> None:
    rng = random.Random(5)
    cases = [(b"", b""), (b"", b"abc"), (b"abc", b""), (b"\xff" * 100_000, bytes(300_000))]
    cases += [(rng.randbytes(rng.randrange(6000)), rng.randbytes(rng.randrange(80_000))) for _ in range(50)]
    for first, second in cases:
        combined = adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second))
        assert combined == zlib.adler32(first + second)


@pytest.mark.parametrize("level", [1, 6, 9])
def test_the_pieced_stream_is_one_zlib_stream_and_the_same_on_1_2_and_4_threads(
        level: int, fresh: pytest.MonkeyPatch) -> None:
    line = 3 * 700 + 1
    raw = _scanlines(400, line, seed=level)
    pieces = cut([Piece(0, 150 * line, False), Piece(150 * line, 250 * line, True),
                  Piece(250 * line, 400 * line, False)], line)
    assert sum(not p.zeros for p in pieces) >= 2
    streams = []
    for count in (1, 2, 4):
        _threads(fresh, count)
        streams.append(zlib_stream(raw, pieces, level))
        assert (deflate._pool is None) == (count == 1)  # helper threads took pieces, or none started
        if count > 1:
            assert deflate._pool is not None and deflate._pool.count == count - 1
    assert streams[0] == streams[1] == streams[2]
    assert zlib.decompress(streams[0]) == raw
    # priming each piece with the window before it keeps the size within 1 % of the whole's
    assert len(streams[0]) <= 1.01 * len(zlib.compress(raw, level)) + 64


def test_a_colour_frame_encodes_to_the_same_png_with_1_2_and_4_threads(fresh: pytest.MonkeyPatch) -> None:
    """encode_png's bytes are a function of the pixels: a frame whose scanlines are cut (2.3 MB of RGB)
    gives one PNG whatever the thread count, and it decodes to the frame's pixels."""
    width, height = 1200, 630
    rng = random.Random(11)
    data = bytearray()
    for y in range(height):  # a gradient (over 256 colours: RGB) with runs of noise, opaque
        row = bytearray()
        while len(row) < 4 * width:
            run = rng.randrange(1, 30)
            row += bytes((y % 256, rng.randrange(256), (3 * y) % 256, 255)) * run
        data += row[: 4 * width]
    pixmap = Pixmap(width, height, data)
    pngs = []
    for count in (1, 2, 4):
        _threads(fresh, count)
        pngs.append(encode_png(pixmap))
    assert pngs[0] == pngs[1] == pngs[2]
    w, h, rows, info = pypng.Reader(file=io.BytesIO(pngs[0])).asRGBA8()
    assert (w, h) == (width, height)
    assert b"".join(bytes(row) for row in rows) == bytes(data)


@pytest.mark.parametrize("grey", [False, True])
def test_opaque_frames_with_repeated_rows_encode_the_same_written_piece_by_piece(
        grey: bool, fresh: pytest.MonkeyPatch) -> None:
    """An opaque frame whose repeated rows are packed out and deflated apart (runs of Up zeros between
    plain pieces), RGB or grey: its scanlines, written piece by piece for the helpers, give the PNG
    written whole on one thread, and it decodes to the frame's pixels."""
    width, height = 1000, 600
    rng = random.Random(13)
    data = bytearray()
    y = 0
    while y < height:  # bands of varied rows, each followed by a run of its last row
        for _ in range(rng.randrange(20, 60)):
            row = bytearray()
            while len(row) < 4 * width:
                value = rng.randrange(256)
                pixel = bytes((value, value, value, 255)) if grey else bytes((value, rng.randrange(256), y % 256, 255))
                row += pixel * rng.randrange(1, 30)
            data += row[: 4 * width]
            y += 1
        repeat = rng.randrange(40, 90)
        data += data[-4 * width :] * repeat
        y += repeat
    pixmap = Pixmap(width, height, data[: 4 * width * height])
    pngs = []
    for count in (1, 2, 4):
        _threads(fresh, count)
        pngs.append(encode_png(pixmap, palette="never"))
    assert pngs[0] == pngs[1] == pngs[2]
    assert pngs[0][25] == (0 if grey else 2)  # the colour type
    w, h, rows, info = pypng.Reader(file=io.BytesIO(pngs[0])).asRGBA8()
    assert b"".join(bytes(row) for row in rows) == bytes(pixmap.data)


def test_concurrent_frames_share_the_helpers(fresh: pytest.MonkeyPatch) -> None:
    """Renders on several threads of one process (a server) hand their pieces to the same helpers; each
    gets its own stream."""
    _threads(fresh, 2)
    line = 3 * 700 + 1
    raws = [_scanlines(300, line, seed=seed) for seed in range(6)]
    pieces = cut([Piece(0, 300 * line, False)], line)
    expected = [zlib_stream(raw, pieces, 6) for raw in raws]
    got: list[bytes | None] = [None] * len(raws)

    def encode(index: int) -> None:
        got[index] = zlib_stream(raws[index], pieces, 6)

    threads = [threading.Thread(target=encode, args=(i,)) for i in range(len(raws))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert got == expected


def test_a_piece_that_fails_raises_on_the_callers_thread(fresh: pytest.MonkeyPatch) -> None:
    _threads(fresh, 2)
    helpers = deflate._helpers()
    assert helpers is not None

    def work(index: int) -> tuple[bytes, int]:
        if index == 2:
            raise MemoryError("piece 2")
        return bytes([index]), 1

    with pytest.raises(MemoryError, match="piece 2"):
        helpers.run(work, 4)
    assert helpers.run(lambda index: (bytes([index]), 1), 3) == [(b"\0", 1), (b"\1", 1), (b"\2", 1)]


@pytest.mark.parametrize("count", [1, 2, 4])
def test_pieces_written_as_they_are_deflated_give_the_same_stream(count: int, fresh: pytest.MonkeyPatch) -> None:
    """zlib_stream(write=...): the scanlines written piece by piece, in order, each only once (a helper
    takes a piece only after it is written: it finds its bytes and the window before them there), give
    the stream of the scanlines written first."""
    _threads(fresh, count)
    line = 3 * 700 + 1
    raw = _scanlines(400, line, seed=3)
    pieces = cut([Piece(0, 150 * line, False), Piece(150 * line, 250 * line, True),
                  Piece(250 * line, 400 * line, False)], line)
    expected = zlib_stream(raw, pieces, 6)
    for _ in range(3):
        out = bytearray(len(raw))
        calls: list[tuple[int, int]] = []

        def write(start: int, end: int, out: bytearray = out, calls: list[tuple[int, int]] = calls) -> None:
            calls.append((start, end))
            out[start:end] = raw[start:end]

        assert zlib_stream(out, pieces, 6, write) == expected
        assert out == raw
        if count > 1:  # one call a piece, in order
            assert calls == [(p.start, p.end) for p in pieces]
        else:  # no helper: all written first
            assert calls == [(0, len(raw))]


def test_a_write_that_fails_raises_and_leaves_no_helper_waiting(fresh: pytest.MonkeyPatch) -> None:
    _threads(fresh, 2)
    line = 3 * 700 + 1
    raw = _scanlines(300, line, seed=4)
    pieces = cut([Piece(0, 300 * line, False)], line)
    out = bytearray(len(raw))

    def write(start: int, end: int) -> None:
        if start >= pieces[1].start:
            raise MemoryError("piece 1")
        out[start:end] = raw[start:end]

    with pytest.raises(MemoryError, match="piece 1"):
        zlib_stream(out, pieces, 6, write)
    assert zlib_stream(raw, pieces, 6) == zlib_stream(raw, pieces, 6, lambda start, end: None)  # helpers free


def test_how_many_threads(fresh: pytest.MonkeyPatch) -> None:
    """The environment's count when it is a number (capped at four); otherwise the CPUs this process may
    run on; one (no helper) in a multiprocessing child, under an address-space cap, and under Pyodide."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    for value, expected in (("0", 1), ("1", 1), ("3", 3), ("16", 4), ("many", min(4, cpus)), ("", min(4, cpus))):
        _threads(fresh, 0)
        fresh.setenv("PUREOG_DEFLATE_THREADS", value)
        assert deflate._threads() == expected, value
    fresh.delenv("PUREOG_DEFLATE_THREADS")
    stop_threads()
    fresh.setattr(sys, "platform", "emscripten")
    assert deflate._threads() == 1
    fresh.undo()
    fresh.delenv("PUREOG_DEFLATE_THREADS", raising=False)
    resource = pytest.importorskip("resource")
    stop_threads()
    fresh.setattr(resource, "getrlimit", lambda kind: (1 << 30, resource.RLIM_INFINITY))
    assert deflate._auto_threads() == 1
    fresh.setattr(multiprocessing, "parent_process", lambda: object())
    assert deflate._auto_threads() == 1


def test_unasked_helpers_step_aside_while_the_cpus_are_busy(fresh: pytest.MonkeyPatch) -> None:
    """Without PUREOG_DEFLATE_THREADS a frame gets helpers only while the load average leaves a CPU
    free; a count asked for holds however busy they are. The bytes are the same either way."""
    fresh.setattr(deflate, "_auto_threads", lambda: 2)
    fresh.setattr(os, "getloadavg", lambda: (64.0, 64.0, 64.0))
    assert deflate._helpers() is None
    fresh.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert deflate._helpers() is not None
    stop_threads()
    fresh.setenv("PUREOG_DEFLATE_THREADS", "2")
    fresh.setattr(os, "getloadavg", lambda: (64.0, 64.0, 64.0))
    assert deflate._helpers() is not None


def _child_threads(_: int) -> int:
    return deflate._threads()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX-only")
def test_no_helpers_in_a_multiprocessing_worker(fresh: pytest.MonkeyPatch) -> None:
    """A pool of worker processes (bench/batch.py, ``render --each -j``) fills the cores already."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.map(_child_threads, [0]) == [1]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX-only")
def test_a_forked_child_makes_its_own_pool(fresh: pytest.MonkeyPatch) -> None:
    _threads(fresh, 2)
    line = 3 * 1200 + 1
    raw = _scanlines(300, line, seed=3)
    pieces = cut([Piece(0, len(raw), False)], line)
    expected = zlib_stream(raw, pieces, 6)  # the parent's helpers now exist, with their threads
    pid = os.fork()
    if pid == 0:  # the child: the inherited helpers have no threads; a stream must still come out
        try:
            os._exit(0 if zlib_stream(raw, pieces, 6) == expected else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_frames_are_cut_whatever_the_threads(fresh: pytest.MonkeyPatch) -> None:
    """The cut does not depend on threads: a large frame is pieces on one thread as on two (the same
    bytes), a valid stream of the same scanlines; a small one is zlib.compress's one stream."""
    from pureog.raster import png as encoder  # noqa: PLC0415

    line = 3 * 1200 + 1
    raw = _scanlines(630, line, seed=7)
    repeats = [False] * 630
    _threads(fresh, 1)
    serial = encoder._deflate(raw, repeats, 6, False)
    assert deflate._pool is None
    _threads(fresh, 2)
    assert encoder._deflate(raw, repeats, 6, False) == serial != zlib.compress(raw, 6)
    assert zlib.decompress(serial) == raw
    small = raw[: 100 * line]
    assert encoder._deflate(small, repeats[:100], 6, False) == zlib.compress(small, 6)


def _card_frame(width: int, height: int, rare: int, seed: int) -> Pixmap:
    """An opaque card-like frame: 120 colours in runs, with repeated rows, and ``rare`` more colours
    once each in a few rows (as anti-aliased text edges add them: a sample of the frame misses them)."""
    rng = random.Random(seed)
    palette = [bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256), 255)) for _ in range(120)]
    data = bytearray()
    while len(data) < 4 * width * height:
        row = bytearray()
        while len(row) < 4 * width:
            row += rng.choice(palette) * rng.randrange(1, 60)
        data += row[: 4 * width] * rng.randrange(1, 4)
    for i in range(rare):  # (blue 7: apart from the runs' random colours but by chance)
        at = 4 * (rng.randrange(height) * width + rng.randrange(width))
        data[at : at + 4] = bytes((i % 256, 1 + 2 * (i // 256), 7, 255))
    return Pixmap(width, height, data[: 4 * width * height])


@pytest.mark.parametrize("rare", [20, 200])
def test_an_rgb_deflate_begun_before_the_palette_search_gives_the_same_png(
        rare: int, fresh: pytest.MonkeyPatch) -> None:
    """A frame whose colour sample shows many colours has its RGB deflate begun before the palette
    search (png._early_rgb): with ~320 colours the search fails and the begun stream is the file, with
    ~140 the palette is found and the stream is dropped. Either way the bytes are those of one thread,
    where nothing is begun early, and the helpers are free for the next frame."""
    pixmap = _card_frame(1200, 630, rare, rare)
    _threads(fresh, 1)
    expected = encode_png(pixmap)
    assert expected[25] == (2 if rare > 100 else 3)  # RGB, or indexed
    _threads(fresh, 2)
    began: list[object] = []
    original = png_module.started_stream

    def started(*args: object, **kwargs: object) -> object:
        stream = original(*args, **kwargs)  # type: ignore[arg-type]
        began.append(stream)
        return stream

    fresh.setattr(png_module, "started_stream", started)
    fresh.setattr(png_module, "_EARLY_ABOVE", 0)
    assert encode_png(pixmap) == expected
    assert began and began[0] is not None
    assert encode_png(pixmap) == expected  # (an abandoned stream left no helper busy for good)


def test_an_error_in_the_palette_search_abandons_the_begun_stream(fresh: pytest.MonkeyPatch) -> None:
    """An error in the palette search (a deadline, say) reaches the caller, and the begun deflate hands
    out no more pieces: the next frame encodes as before."""
    pixmap = _card_frame(1200, 630, 200, 3)
    _threads(fresh, 2)
    expected = encode_png(pixmap)
    fresh.setattr(png_module, "_EARLY_ABOVE", 0)

    def failing(*args: object, **kwargs: object) -> None:
        raise RuntimeError("search interrupted")

    with fresh.context() as patch:
        patch.setattr(png_module, "_palette", failing)
        with pytest.raises(RuntimeError, match="search interrupted"):
            encode_png(pixmap)
    assert encode_png(pixmap) == expected


def _few_colour_frame(width: int, height: int, seed: int, rare: int = 0) -> Pixmap:
    """An opaque card-like frame of 40 colours in runs, rows repeated in runs, red = green in every
    colour (the first pairing, of the red and green planes, finds 40 pairs), few enough for a colour
    sample to stay under png._EARLY_ABOVE; ``rare``: that many pixels more, once each, of colours that
    differ from two of the 40 only in blue (over 216 more make the last pairing fail past 256)."""
    rng = random.Random(seed)
    colours = [bytes((6 * i, 6 * i, (37 * i) % 256, 255)) for i in range(40)]
    data = bytearray()
    while len(data) < 4 * width * height:
        row = bytearray()
        while len(row) < 4 * width:
            row += rng.choice(colours) * rng.randrange(1, 60)
        data += row[: 4 * width] * rng.randrange(1, 40)
    del data[4 * width * height :]
    blues = [(red, blue) for red in (0, 6) for blue in range(256) if bytes((red, red, blue, 255)) not in colours]
    for red, blue in rng.sample(blues, rare):
        at = 4 * (rng.randrange(height) * width + rng.randrange(width))
        data[at : at + 4] = bytes((red, red, blue, 255))
    return Pixmap(width, height, data)


@pytest.mark.parametrize("rare", [0, 300])
def test_a_frame_of_few_sampled_colours_encodes_to_the_same_png_with_1_2_and_4_threads(
        rare: int, fresh: pytest.MonkeyPatch) -> None:
    """An opaque frame whose colour sample shows few colours (no RGB deflate begun before its palette
    search): with 40 colours it gets a palette, its index scanlines cut in pieces (runs of repeated rows
    apart); with 340 the search fails in its last pairing and it is RGB. One PNG whatever the thread
    count either way, and it decodes to the frame's pixels."""
    pixmap = _few_colour_frame(1200, 630, seed=5, rare=rare)
    pngs = []
    for count in (1, 2, 4):
        _threads(fresh, count)
        pngs.append(encode_png(pixmap))
    assert pngs[0] == pngs[1] == pngs[2]
    assert pngs[0][25] == (2 if rare else 3)  # the colour type: RGB, or indexed
    w, h, rows, info = pypng.Reader(file=io.BytesIO(pngs[0])).asRGBA8()
    assert b"".join(bytes(row) for row in rows) == bytes(pixmap.data)

