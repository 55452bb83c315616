"""pureog's side of the mutation differential: one mutant rendered in a limited worker process.

Role: a document mapping (with ``base``, its directory relative to the repository) -> :class:`Result`:
``ok`` with the PNG, ``error`` (a ``PureogError``: its type and message), ``exception`` (anything else:
a raw traceback, the type and the innermost pureog frame), ``timeout`` (more than ``TIME_LIMIT``
seconds of the worker's CPU time, or six times that of wall-clock time), ``memory`` (``MemoryError``
under ``RLIMIT_AS``) or ``crash`` (the worker died). One warm worker is forked with pureog imported and
is replaced after a timeout, a memory outcome, a crash or ``RECYCLE`` documents.

Dev tool: standard library and :mod:`pureog` only.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
import traceback
import warnings
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT = 20.0
MEMORY_LIMIT = 3 << 30
RECYCLE = 200
_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True, slots=True)
class Result:
    kind: str
    """ok, error, exception, timeout, memory, crash."""
    detail: str = ""
    png: bytes = b""
    seconds: float = 0.0


def document_mapping(body: dict[str, Any]) -> dict[str, Any]:
    """The document pureog loads: the stored mutant without its notes."""
    return {k: v for k, v in body.items() if k in ("width", "height", "fonts", "emoji", "element")}


def render(body: dict[str, Any]) -> Result:
    """Render one stored mutant in this process (no limits) and classify what happened."""
    import pureog  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415
    from pureog.errors import PureogError  # noqa: PLC0415

    start = time.process_time()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = from_mapping(document_mapping(body), base_dir=str(REPO_ROOT / body["base"]),
                                    root=str(REPO_ROOT))
            png = pureog.render_png(document)
    except MemoryError:
        return Result("memory", "MemoryError")
    except PureogError as exc:
        return Result("error", f"{type(exc).__name__}: {str(exc)[:400]}", seconds=time.process_time() - start)
    except Exception as exc:  # noqa: BLE001 - the defects this tool looks for
        return Result("exception", f"{type(exc).__name__} at {_innermost(exc)}: {str(exc)[:300]}",
                      seconds=time.process_time() - start)
    return Result("ok", png=png, seconds=time.process_time() - start)


def _innermost(exc: BaseException) -> str:
    where = "?"
    for frame in traceback.extract_tb(exc.__traceback__):
        parts = frame.filename.replace(os.sep, "/").split("/")
        if "pureog" in parts:
            where = "/".join(parts[len(parts) - 1 - parts[::-1].index("pureog"):]) + ":" + frame.name
    return where


def _serve(conn: Connection) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    while True:
        body = conn.recv()
        if body is None:
            return
        result = render(body)
        conn.send(result)
        if result.kind == "memory":
            return


def _cpu_seconds(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return None


class Worker:
    """One forked worker, replaced after a timeout, a memory outcome, a crash or ``RECYCLE`` documents."""

    def __init__(self) -> None:
        self._process: Any = None
        self._conn: Connection | None = None
        self._served = 0

    def _start(self) -> None:
        import pureog.pipeline  # noqa: F401, PLC0415  (warm before the fork)

        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._conn, self._served = parent, 0

    def stop(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def run(self, body: dict[str, Any]) -> Result:
        if self._process is None or self._served >= RECYCLE or not self._process.is_alive():
            self.stop()
            self._start()
        assert self._conn is not None and self._process is not None
        self._served += 1
        start = time.perf_counter()
        try:
            self._conn.send(body)
            cpu_start = _cpu_seconds(self._process.pid) or 0.0
            while not self._conn.poll(0.25):
                cpu = _cpu_seconds(self._process.pid)
                if cpu is None:
                    break
                if cpu - cpu_start > TIME_LIMIT or time.perf_counter() - start > 6 * TIME_LIMIT:
                    self.stop()
                    return Result("timeout", f"over {TIME_LIMIT:g} s", seconds=cpu - cpu_start)
            result: Result = self._conn.recv()
        except (EOFError, OSError):
            code = self._process.exitcode if self._process is not None else None
            self.stop()
            return Result("crash", f"worker exit code {code}")
        if result.kind == "memory":
            self.stop()
        return result

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
