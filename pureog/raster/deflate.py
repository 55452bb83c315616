"""One zlib stream deflated in pieces, on worker threads when the environment asks for them.

Role: the deflate behind :mod:`pureog.raster.png`. A frame's scanlines are cut into byte ranges
(:class:`Piece`): the long runs of repeated rows the encoder found, deflated with ``Z_RLE``, and the
rows between them, cut again into at most :data:`_MAX_PIECES` near-equal ranges at row boundaries
once the frame is large enough. Each range is deflated on its own, primed with the 32 KB before it
(``zdict``) so that it still refers back across the cut, ends with a sync flush (an empty stored
block) instead of a final block, and the pieces are joined behind one zlib header with the Adler-32
of the whole computed apart, as pigz joins its blocks.

Why threads, and why only when asked: zlib releases the GIL while it deflates, and deflate is a third
to a half of a warm render of a colour card (a 1200x630 RGB frame is 2.3 MB of scanlines, 13-31 ms
at level 6), so on an idle multi-core machine the pieces of one frame can deflate side by side and
one render's latency (what a web request waits for) drops: measured on two cores, the photo card
44 -> 36 ms, the text-shadow card 65 -> 60, the others within noise or a few per cent slower (CPU
time is the same or a little more). But each worker thread reserves its stack and a malloc arena
(~75 MB of address space apiece, which a sandbox capping ``RLIMIT_AS`` counts, and every process
forked afterwards inherits), and on a busy server or in a batch whose workers already fill the cores
nothing is gained. So the threads are opt-in: ``PUREOG_DEFLATE_THREADS=N`` (N >= 2) in the
environment, and only then are plain rows cut (:func:`cut`; priming the pieces costs 0.5-1 ms a colour
card, which a render on one thread would pay for nothing). The cut depends only on the scanlines'
length and row size, never on the thread count, so with threads asked for the bytes are the same
whether they start or not (Pyodide, a sandbox forbidding them: the pieces deflate one after the
other); without, the stream is the one zlib.compress (or the runs' segments) makes. Either way the
pixels are the same and the sizes within -1.6 % to +0.1 % (bench/README.md).
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from concurrent.futures import Executor, ThreadPoolExecutor

Buffer = bytes | bytearray

_WINDOW = 1 << 15  # deflate's window: the bytes a piece is primed with
_PIECE_BYTES = 1 << 18  # plain rows are cut into pieces of about this size (256 KB)...
_MAX_PIECES = 4  # ...and into at most this many, however large the frame
_THREADS_MAX = 4
# The zlib header (CMF, FLG) zlib itself writes for each level, so that the joined stream starts as
# zlib.compress's would.
_ZLIB_HEADERS = (b"\x78\x01", b"\x78\x01", b"\x78\x5e", b"\x78\x5e", b"\x78\x5e", b"\x78\x5e", b"\x78\x9c",
                 b"\x78\xda", b"\x78\xda", b"\x78\xda")


class Piece(NamedTuple):
    """A byte range of the scanlines and whether it is a run of repeated rows (all zeros after the Up
    filter but the filter bytes), which ``Z_RLE`` deflates in half the time and smaller."""

    start: int
    end: int
    zeros: bool


def cut(ranges: Sequence[Piece], line: int) -> list[Piece]:
    """``ranges`` with each plain range cut at row boundaries (``line`` bytes a row) into near-equal
    pieces of about :data:`_PIECE_BYTES`, at most :data:`_MAX_PIECES` of them."""
    pieces: list[Piece] = []
    for start, end, zeros in ranges:
        rows = (end - start) // line
        count = 1 if zeros else max(1, min(_MAX_PIECES, (end - start) // _PIECE_BYTES, rows))
        bounds = [start + (rows * i // count) * line for i in range(count)] + [end]
        pieces += [Piece(a, b, zeros) for a, b in zip(bounds, bounds[1:], strict=False)]
    return pieces


def zlib_stream(raw: Buffer, pieces: Sequence[Piece], level: int) -> bytes:
    """The zlib stream of ``raw`` deflated piece by piece (on worker threads when there are cores to
    spare and more than one piece): the same bytes either way."""
    view = memoryview(raw)
    last = len(pieces) - 1

    def deflate(index: int) -> bytes:
        start, end, zeros = pieces[index]
        if zeros:
            compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, 8, zlib.Z_RLE)
        elif start:
            compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, 8, zlib.Z_DEFAULT_STRATEGY,
                                          view[max(0, start - _WINDOW) : start])
        else:
            compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
        return compressor.compress(view[start:end]) + compressor.flush(
            zlib.Z_FINISH if index == last else zlib.Z_SYNC_FLUSH)

    # Only pieces cut from plain rows are worth a thread: a run of zero rows deflates in a fraction of a
    # millisecond, less than handing it to another thread costs.
    executor = _executor() if sum(not piece.zeros for piece in pieces) > 1 else None
    parts: list[bytes] | None = None
    if executor is not None:
        try:
            parts = list(executor.map(deflate, range(len(pieces))))
        except RuntimeError:  # no thread could start (interpreter shutting down, a restricted sandbox)
            _disable_threads()
    if parts is None:
        parts = [deflate(index) for index in range(len(pieces))]
    return b"".join((_ZLIB_HEADERS[level], *parts, struct.pack(">I", zlib.adler32(view))))


_lock = threading.Lock()
_pool: tuple[int, ThreadPoolExecutor] | None = None  # (the process id that made it, the pool)
_threads_disabled = False


def _executor() -> Executor | None:
    """The process's deflate pool, made on first use when ``PUREOG_DEFLATE_THREADS`` asks for two threads
    or more (read once); ``None`` otherwise. A pool inherited across ``fork`` has no threads in the
    child, so a child makes its own (keyed by process id)."""
    global _pool, _threads_disabled
    if _threads_disabled:
        return None
    workers = _requested_threads()
    if workers < 2:
        _threads_disabled = True
        return None
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 (~7 ms with logging: only when asked)

    pid = os.getpid()
    with _lock:
        if _pool is None or _pool[0] != pid:
            _pool = (pid, ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pureog-deflate"))
        return _pool[1]


def threads_requested() -> bool:
    """Whether the environment asks for deflate threads (``PUREOG_DEFLATE_THREADS`` >= 2)."""
    return _requested_threads() >= 2


def _requested_threads() -> int:
    """``PUREOG_DEFLATE_THREADS`` as a thread count (0 when unset or not a number), at most
    :data:`_THREADS_MAX`."""
    text = os.environ.get("PUREOG_DEFLATE_THREADS", "").strip()
    return min(_THREADS_MAX, int(text)) if text.isdigit() else 0


def _disable_threads() -> None:
    global _threads_disabled
    _threads_disabled = True
