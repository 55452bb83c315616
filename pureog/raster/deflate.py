"""One zlib stream deflated in pieces, side by side on the cores the process has to spare.

Role: the deflate behind :mod:`pureog.raster.png`. A frame's scanlines are cut into byte ranges
(:class:`Piece`): the long runs of repeated rows the encoder found, deflated with ``Z_RLE``, and the
rows between them, cut again (:func:`cut`) into at most :data:`_MAX_PIECES` near-equal ranges at row
boundaries once there are two :data:`_PIECE_BYTES` of them. Each range is deflated on its own, primed
with the 32 KB before it (``zdict``) so that it still refers back across the cut, and ends with a
sync flush (an empty stored block) instead of a final block, the last with the final block; the
pieces are joined behind one zlib header, and the Adler-32 of the whole is combined from each
piece's own (:func:`adler32_combine`), as pigz joins its blocks. One zlib stream, one IDAT.

The bytes are a function of the scanlines and the level only. The cut depends on their length and
row size, never on the thread count, the machine or the environment, so a frame encodes to the same
PNG with 1, 2 or 4 threads, under Pyodide and in a batch worker (tests/raster/test_deflate.py). On
one thread the cut costs what priming three pieces costs, ~0.3 ms of a colour card's 9-20 ms of
deflate (a smaller window primes faster but makes larger files); the Adler-32 that zlib would compute
inside a one-piece stream is computed per piece instead. Sizes against the one piece: -4.2 % to
+0.4 % over 836 bench and conformance frames, -0.35 % in all (bench/README.md, twenty-seventh pass).
A piece's deflated bytes and Adler-32 are a function of its bytes, the 32 KB it is primed with, the
level, the strategy and whether it is last, so a piece met again (rows the same as in an earlier
frame, with the same rows before them: a template's fixed parts, the stat grid's tiles under a new
title, a card drawn again) is answered from :mod:`pureog.raster.kept_deflate` instead of deflated
(bench/README.md, fifty-third pass); an emptied store changes the time, never the bytes.

Why threads: zlib releases the GIL while it deflates (and while ``zlib.adler32`` reads more than
5 KB), and deflate is a third to a half of a warm render of a colour card (1200x630 RGB: 2.3 MB of
scanlines, 9-20 ms at level 6), so on a machine with a free core one render's latency (what a web
request waits for) drops by about half the deflate. The calling thread deflates pieces too (it would
only wait otherwise), and helper threads take the others from a shared counter: a piece goes to
whichever thread is free first, and the caller waits only for pieces already taken (small pieces
handed out together as jobs of ~256 KB were measured and reverted, bench/README.md, forty-sixth pass:
the stat grid level, the Korean cards' and the welcome card's rendering thread 0.9-2.3 ms busier,
their deflate in one or two uneven jobs). A caller that
still has to write the scanlines (:func:`zlib_stream`'s ``write``: the PNG encoder's opaque rows,
~1-2 ms of a colour card) hands each piece out as soon as it is written, so that a helper deflates
the first pieces while the caller writes the others. A caller with other work to do before it needs
the stream (the PNG encoder's palette search, which a frame of many colours fails) begins it with
:func:`started_stream`, calls :meth:`DeflateStream.pause` now and then during that work (a moment
without the GIL, in which a helper that finished a piece takes the next) and ends it with
:meth:`DeflateStream.finish`, or drops it with :meth:`DeflateStream.abandon`.

How many threads (:func:`_threads`, decided once per process): ``PUREOG_DEFLATE_THREADS=N`` when
set (0 or 1: none; at most :data:`_THREADS_MAX`); otherwise as many as the CPUs this process may run
on (``sched_getaffinity``), at most :data:`_THREADS_MAX`, and none where they gain nothing or cost too
much: in a ``multiprocessing`` child (``ProcessPoolExecutor``, ``pureog render --each -j``,
bench/batch.py: the caller already spreads renders over the cores, and measured, threads there made
the batch no faster), where threads cannot start (Pyodide, WASI), and under an address-space cap
(``RLIMIT_AS``): each helper thread reserves ~72 MB of address space (its stack and a glibc malloc
arena, not resident memory), which such a cap counts. Without the setting, a frame also gets no
helper while the machine's load average says its CPUs are all busy (:func:`_cpus_busy`): a helper
would only queue behind other work. Where a thread cannot start after all, the pieces are deflated
one after another, the same bytes.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
import time
import zlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from pureog.raster import kept_deflate

if TYPE_CHECKING:
    import queue

Buffer = bytes | bytearray

_WINDOW = 1 << 15  # deflate's window: the bytes a piece is primed with
_PIECE_BYTES = 1 << 18  # plain rows are cut into pieces of about this size (256 KB)...
_MAX_PIECES = 8  # ...and into at most this many, however large the frame (bench/README.md: two threads
# share 8 pieces of the colour cards more evenly than 4, for the same CPU and size)
_THREADS_MAX = 4  # threads deflating one frame, the caller's included
_ADLER_BASE = 65521  # Adler-32's modulus (RFC 1950)
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
    pieces of about :data:`_PIECE_BYTES`, at most :data:`_MAX_PIECES` of them (one under twice that
    size: there one thread deflates the whole sooner than two can share it)."""
    pieces: list[Piece] = []
    for start, end, zeros in ranges:
        rows = (end - start) // line
        count = 1 if zeros else max(1, min(_MAX_PIECES, (end - start) // _PIECE_BYTES, rows))
        bounds = [start + (rows * i // count) * line for i in range(count)] + [end]
        pieces += [Piece(a, b, zeros) for a, b in zip(bounds, bounds[1:], strict=False)]
    return pieces


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two byte strings joined, from each one's and the second's length. Adler-32 is
    ``B << 16 | A`` with ``A = 1 + sum(bytes)`` and ``B`` the sum of ``A`` after each byte (mod 65521):
    run on after the first string, each of the second's ``A`` values grows by the first's ``A - 1``,
    and so its ``B`` by ``second_length`` times that."""
    a1, b1 = first & 0xFFFF, first >> 16
    a2, b2 = second & 0xFFFF, second >> 16
    low = (a1 + a2 - 1) % _ADLER_BASE
    high = (b1 + b2 + second_length * (a1 - 1)) % _ADLER_BASE
    return high << 16 | low


def zlib_stream(raw: Buffer, pieces: Sequence[Piece], level: int,
                write: Callable[[int, int], None] | None = None) -> bytes:
    """The zlib stream of ``raw`` deflated piece by piece, on this thread and the helper threads when
    there are any and more than one plain piece: the same bytes either way.

    ``write(start, end)``, when given, fills ``raw[start:end]`` (whole pieces, in order: ``raw`` is
    not written yet). With helpers each piece is handed out as soon as it is written, so that they
    deflate the first pieces while this thread still writes the others (the scanlines, ~2 ms of a
    colour card, then cost about half their time on a free core); without, it is all written first."""
    stream = started_stream(raw, pieces, level, write, pausing=False) if write is not None else None
    if stream is not None:
        return stream.finish()
    parts = None
    if sum(not piece.zeros for piece in pieces) > 1:
        helpers = _available_helpers()
        if helpers is not None:
            parts = helpers.run(_deflater(raw, pieces, level, True), len(pieces))
    if parts is None:
        if write is not None:
            write(0, len(raw))
        parts = [_deflater(raw, pieces, level, True)(index) for index in range(len(pieces))]
    return _joined(parts, pieces, level)


def started_stream(raw: Buffer, pieces: Sequence[Piece], level: int, write: Callable[[int, int], None],
                   pausing: bool = True) -> DeflateStream | None:
    """:func:`zlib_stream` of the scanlines ``write`` fills, begun: ``raw`` written piece by piece
    and each piece handed to the helpers as it is written; the caller may do other work before
    :meth:`DeflateStream.finish` (the PNG encoder's palette search, which the scanlines do not need
    when it fails) and then gets the same bytes. None (nothing written) where there are no helpers
    or fewer than two plain pieces: no thread would deflate meanwhile. ``pausing``: the caller will call
    :meth:`DeflateStream.pause` during its other work (see there)."""
    helpers = _available_helpers() if sum(not piece.zeros for piece in pieces) > 1 else None
    if helpers is None:
        return None
    return DeflateStream(raw, pieces, level, write, helpers, helpers.count if pausing else len(pieces))


def helpers_free() -> bool:
    """Whether a frame deflated now would have helper threads (:func:`started_stream` would begin one)."""
    return _available_helpers() is not None


class DeflateStream:
    """A :func:`zlib_stream` under way on the helpers (:func:`started_stream`).

    Each piece's Adler-32 is computed on this thread after the piece is handed out, for its pause:
    ``zlib.adler32`` releases the GIL (~0.1 ms a piece), and the helper just woken for the piece needs
    the GIL for a moment to start deflating it. Otherwise it would wait until this thread let the GIL
    go, which a busy thread does only every ``sys.getswitchinterval()`` (5 ms). The first ``at_once``
    pieces' checksums are computed as they are handed out (each helper starts on one); the others
    wait for :meth:`pause`, which the caller's other work calls now and then: a helper that finished a
    piece meanwhile takes the next one in that pause instead of waiting for that work to end (the
    failing palette search holds the GIL for ~2 ms: translates, joins, ``charmap_encode``). (Both
    threads only read a piece.)"""

    def __init__(self, raw: Buffer, pieces: Sequence[Piece], level: int, write: Callable[[int, int], None],
                 helpers: _Helpers, at_once: int) -> None:
        self._raw = raw
        self._view = view = memoryview(raw)
        self._pieces = pieces
        self._level = level
        # each piece's Adler-32 once computed (or found kept; -1 until then); the first still -1 is at or
        # after _checked
        self._adlers = [-1] * len(pieces)
        self._checked = 0
        # the pieces found deflated already (kept_deflate), looked up here as each is written
        self._known: dict[int, kept_deflate.Deflated] = {}
        self._keys: list[kept_deflate.Key] = []
        self._shared = shared = helpers.start(_deflater(raw, pieces, level, False, self._known), len(pieces))
        self._next_pause = 0.0
        try:
            for index, (start, end, _) in enumerate(pieces):
                write(start, end)
                primer = _primer(pieces, index)
                self._keys.append(key := kept_deflate.key(raw, start, end, primer, _how(pieces, index, level)))
                found = kept_deflate.find(raw, start, primer, key)
                if found is not None:
                    self._known[index] = found
                    self._adlers[index] = found[1]
                shared.publish()
                if index < at_once and found is None:
                    self._adlers[index] = zlib.adler32(view[start:end])
        except BaseException:
            shared.abandon()  # no helper is left waiting for a piece, nor deflates one
            raise

    def _next_unchecked(self) -> int:
        """The first piece whose Adler-32 is still to be computed (the piece count when none is)."""
        adlers, index = self._adlers, self._checked
        while index < len(adlers) and adlers[index] >= 0:
            index += 1
        self._checked = index
        return index

    def pause(self) -> None:
        """Lets the GIL go for a moment, at most every :data:`_PAUSE_EVERY` seconds, while a piece's
        checksum is still to be computed (see the class docstring); else returns at once."""
        index = self._next_unchecked()
        if index < len(self._pieces) and (now := time.perf_counter()) >= self._next_pause:
            self._next_pause = now + _PAUSE_EVERY
            start, end, _ = self._pieces[index]
            self._adlers[index] = zlib.adler32(self._view[start:end])

    def finish(self) -> bytes:
        """The zlib stream: the pieces no helper took deflated on this thread, all joined; the pieces
        deflated here kept (:mod:`pureog.raster.kept_deflate`)."""
        while (index := self._next_unchecked()) < len(self._pieces):
            start, end, _ = self._pieces[index]
            self._adlers[index] = zlib.adler32(self._view[start:end])
        self._shared.drain()
        parts = [(data, adler) for (data, _), adler in zip(self._shared.results(), self._adlers, strict=True)]
        for index, (data, adler) in enumerate(parts):
            if index not in self._known:
                start, end, _ = self._pieces[index]
                kept_deflate.keep(self._raw, start, end, _primer(self._pieces, index), self._keys[index],
                                  (data, adler))
        return _joined(parts, self._pieces, self._level)

    def abandon(self) -> None:
        """The stream is not needed: no helper takes another piece (one deflating a piece finishes it)."""
        self._shared.abandon()


_PAUSE_EVERY = 0.0004
"""Seconds between :meth:`DeflateStream.pause`'s checksums: a piece deflates in ~1-1.5 ms (1200x630
RGB cut in eight), so a helper that finished one waits about a fifth of that at most."""


def _primer(pieces: Sequence[Piece], index: int) -> int:
    """Where the bytes piece ``index`` is primed with begin (its own start: none; a run is not primed)."""
    start, _, zeros = pieces[index]
    return start if zeros else max(0, start - _WINDOW)


def _how(pieces: Sequence[Piece], index: int, level: int) -> tuple[int, bool, bool]:
    """What else decides piece ``index``'s deflated bytes: the level, ``Z_RLE``, the final block."""
    return level, pieces[index].zeros, index == len(pieces) - 1


def _deflater(raw: Buffer, pieces: Sequence[Piece], level: int, checksums: bool,
              known: dict[int, kept_deflate.Deflated] | None = None) -> Callable[[int], tuple[bytes, int]]:
    """What deflates piece ``index`` of ``raw``: ``known``'s answer when it has one; else, with
    ``checksums``, the kept one (:mod:`pureog.raster.kept_deflate`) or the piece deflated, its Adler-32
    computed while the piece is in cache, and kept; without, the piece deflated (the thread that wrote
    it computes the checksum, looked it up and keeps it: 0 stands in)."""
    view = memoryview(raw)

    def deflate(index: int) -> tuple[bytes, int]:
        if known and (found := known.get(index)) is not None:
            return found
        start, end, zeros = pieces[index]
        primer, how = _primer(pieces, index), _how(pieces, index, level)
        if checksums:
            key = kept_deflate.key(raw, start, end, primer, how)
            if (found := kept_deflate.find(raw, start, primer, key)) is not None:
                return found
        if zeros:
            compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, 8, zlib.Z_RLE)
        elif start:
            compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, 8, zlib.Z_DEFAULT_STRATEGY,
                                          view[primer:start])
        else:
            compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
        data = compressor.compress(view[start:end]) + compressor.flush(zlib.Z_FINISH if how[2] else zlib.Z_SYNC_FLUSH)
        if not checksums:
            return data, 0
        deflated = data, zlib.adler32(view[start:end])
        kept_deflate.keep(raw, start, end, primer, key, deflated)
        return deflated

    return deflate


def _joined(parts: Sequence[tuple[bytes, int]], pieces: Sequence[Piece], level: int) -> bytes:
    """One zlib stream of the deflated pieces and their checksums: the header, the pieces, the Adler-32
    of the whole combined from theirs."""
    checksum = 1  # the Adler-32 of nothing
    for (_, adler), (start, end, _) in zip(parts, pieces, strict=True):
        checksum = adler32_combine(checksum, adler, end - start)
    return b"".join((_ZLIB_HEADERS[level], *(data for data, _ in parts), struct.pack(">I", checksum)))


def _available_helpers() -> _Helpers | None:
    """:func:`_helpers`, or None where no thread can start (then threads are off for the process)."""
    try:
        return _helpers()
    except RuntimeError:  # no thread could start (interpreter shutting down, a restricted sandbox)
        _disable_threads()
        return None


class _Helpers:
    """Daemon threads that run the jobs put on a queue, shared by every frame this process encodes
    (renders on several threads of a server share them too)."""

    def __init__(self, count: int) -> None:
        import queue  # noqa: PLC0415 (only where threads are used)

        self.pid = os.getpid()
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        started = 0
        try:
            for _ in range(count):
                threading.Thread(target=self._serve, name="pureog-deflate", daemon=True).start()
                started += 1
        except RuntimeError:  # fewer threads than asked could start: work with those, if any
            if not started:
                raise
        self.count = started

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()  # never raises: _Shared.drain keeps a piece's exception for the caller

    def stop(self) -> None:
        """End the threads once they are idle (tests; a process otherwise keeps them, as daemons)."""
        for _ in range(self.count):
            self._jobs.put(None)

    def run(self, work: Callable[[int], tuple[bytes, int]], count: int,
            produce: Callable[[int, Callable[[], None]], None] | None = None) -> list[tuple[bytes, int]]:
        """``work(i)`` for ``i`` in ``range(count)``, in order, computed on this thread and the helpers;
        with ``produce``, this thread first calls ``produce(i, publish)`` for each ``i`` in order, and
        ``work(i)`` starts (on a helper) only once ``produce`` has called ``publish()`` (or returned)."""
        shared = self.start(work, count) if produce is not None else self._started(work, count, count)
        if produce is not None:
            try:
                for index in range(count):
                    produce(index, shared.publish)
                    shared.ready_at_least(index + 1)
            except BaseException:
                shared.abandon()  # no helper is left waiting for a piece, nor deflates one
                raise
        shared.drain()
        return shared.results()

    def start(self, work: Callable[[int], tuple[bytes, int]], count: int) -> _Shared:
        """The pieces of :meth:`run` handed to the helpers as the caller publishes them (none ready yet)."""
        return self._started(work, count, 0)

    def _started(self, work: Callable[[int], tuple[bytes, int]], count: int, ready: int) -> _Shared:
        shared = _Shared(work, count, ready)
        for _ in range(min(self.count, count - 1)):
            self._jobs.put(shared.drain)
        return shared


class _Shared:
    """The pieces of one frame, handed out one at a time to whichever thread asks first, once they are
    ready (:meth:`publish`). A helper that comes late (busy with another frame's piece) finds none
    left and returns; the caller waits only for the pieces that were taken."""

    def __init__(self, work: Callable[[int], tuple[bytes, int]], count: int, ready: int) -> None:
        self._work = work
        self._count = count
        self._lock = threading.Lock()
        self._readied = threading.Condition(self._lock)
        self._ready = ready  # pieces that may be handed out
        self._next = 0  # the next piece to hand out
        self._done = 0  # pieces finished
        self._finished = threading.Event()
        self._parts: list[tuple[bytes, int]] = [(b"", 1)] * count
        self._errors: list[BaseException] = []

    def publish(self) -> None:
        """One more piece is ready to be handed out."""
        with self._readied:
            self._ready += 1
            self._readied.notify_all()

    def ready_at_least(self, count: int) -> None:
        """The first ``count`` pieces are ready (a producer that did not publish one)."""
        if self._ready < count:
            with self._readied:
                self._ready = max(self._ready, count)
                self._readied.notify_all()

    def abandon(self) -> None:
        """Hand out no more pieces: the helpers waiting for one return."""
        with self._readied:
            self._next = self._ready = self._count
            self._readied.notify_all()

    def drain(self) -> None:
        while True:
            with self._readied:
                while self._next >= self._ready < self._count:
                    self._readied.wait()  # (releases the GIL, as the lock does)
                index = self._next
                if index >= self._count:
                    return
                self._next += 1
            try:
                self._parts[index] = self._work(index)
            except BaseException as error:  # noqa: BLE001 (raised again on the caller's thread)
                self._errors.append(error)
            with self._lock:
                self._done += 1
                if self._done == self._count:
                    self._finished.set()

    def results(self) -> list[tuple[bytes, int]]:
        self._finished.wait()
        if self._errors:
            raise self._errors[0]
        return self._parts


_lock = threading.Lock()
_pool: _Helpers | None = None
_threads_disabled = False
_decided: tuple[int, int, bool] | None = None  # (the process id that decided, the thread count, asked for)


def _helpers() -> _Helpers | None:
    """The process's helper threads, started on first use when :func:`_threads` is two or more; None
    otherwise, and None for this frame when the count was not asked for and the CPUs are busy
    (:func:`_cpus_busy`). Threads do not survive ``fork``: a child (keyed by process id) decides and
    starts its own."""
    global _pool
    if _threads_disabled or (not _asked() and _cpus_busy()):
        return None
    pid = os.getpid()
    pool = _pool
    if pool is not None and pool.pid == pid:
        return pool
    threads = _threads()
    if threads < 2:
        return None
    with _lock:
        if _pool is None or _pool.pid != pid:
            _pool = _Helpers(threads - 1)
        return _pool


def _threads() -> int:
    """Threads that deflate one frame, the caller's included (1: none besides it), decided once per
    process: ``PUREOG_DEFLATE_THREADS`` when it is a number, else :func:`_auto_threads`; at most
    :data:`_THREADS_MAX`."""
    global _decided
    pid = os.getpid()
    if _decided is None or _decided[0] != pid:
        text = os.environ.get("PUREOG_DEFLATE_THREADS", "").strip()
        threads = int(text) if text.isdigit() else _auto_threads()
        if sys.platform in ("emscripten", "wasi"):  # no threads there, whatever is asked
            threads = 1
        _decided = (pid, max(1, min(_THREADS_MAX, threads)), text.isdigit())
    return _decided[1]


def _asked() -> bool:
    """Whether ``PUREOG_DEFLATE_THREADS`` set the thread count (then it holds however busy the CPUs)."""
    _threads()
    return _decided is not None and _decided[2]


def _auto_threads() -> int:
    """The CPUs this process may run on, or 1 where helper threads gain nothing or cost too much: in a
    ``multiprocessing`` child (its parent spreads renders over the cores already) and under an
    address-space cap (each thread reserves ~72 MB of it)."""
    mp = sys.modules.get("multiprocessing")
    if mp is not None and mp.parent_process() is not None:
        return 1
    try:
        import resource  # noqa: PLC0415 (POSIX only)

        if resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY:
            return 1
    except (ImportError, OSError, ValueError):
        pass
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def _cpus_busy() -> bool:
    """Whether the machine's CPUs are all busy already (the load average of the last minute has
    reached their count; a process rendering on one thread counts ~1 and its helpers' share of a
    render ~0.2-0.3): then a helper thread would only queue behind other work, and the handoff costs
    more than it saves. Read for each frame (``/proc/loadavg``, 0.3 us); a platform without a load
    average counts as free."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return load >= (os.cpu_count() or 1)


def stop_threads() -> None:
    """End this process's helper threads and forget the decision of how many to use: the next frame
    decides again (after the environment changed) and starts new ones."""
    global _pool, _decided, _threads_disabled
    with _lock:
        if _pool is not None and _pool.pid == os.getpid():
            _pool.stop()
        _pool, _decided, _threads_disabled = None, None, False


def _disable_threads() -> None:
    global _threads_disabled
    _threads_disabled = True


def _after_fork_in_child() -> None:
    """A forked child has none of its parent's threads, and a lock another thread held at the fork
    stays held in the child: start from nothing (the child decides again and starts its own helpers)."""
    global _lock, _pool, _decided
    _lock = threading.Lock()
    _pool, _decided = None, None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
