"""Many cards at once: ``render_many(jobs, executor=...)`` and the output cache of ``pureog render --each``.

Role: one engine for batches. A :class:`RenderJob` is a document (anything :func:`pureog.render` takes)
plus its template ``data``; :func:`render_many` renders jobs in order, in this process or on any
``concurrent.futures.Executor`` (a ``ProcessPoolExecutor`` for the cores of one machine; a Dask
cluster's ``client.get_executor()`` or a Ray pool to spread cards over machines), and yields one
:class:`RenderResult` per job, in the jobs' order. Each job renders in a top-level function with only
picklable arguments, and errors come back as values (a :class:`PureogError` pickles whole), so a bad
card is reported by its index instead of stopping the others (``keep_going``).

:func:`cache_key` is what ``--each`` compares to skip a card whose output is up to date: a digest of
pureog's version, the render options, the document text, the item's data and the size and modification
time of every file the expanded document names (fonts, images) inside its directory.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future
from typing import Any

from pureog.errors import PureogError
from pureog.records import field, record


@record
class RenderJob:
    """One card: ``source`` (an element, a document dict, YAML/JSON text or a ``pathlib.Path``) and the
    template ``data`` it is filled with (None: not a template)."""

    source: Any
    data: Mapping[str, Any] | None = None


@record
class RenderResult:
    """The outcome of the job at ``index``: ``image`` bytes, or the ``error`` that stopped it."""

    index: int
    image: bytes | None = None
    error: PureogError | None = field(default=None)

    @property
    def ok(self) -> bool:
        return self.error is None


def render_job(job: RenderJob, options: Mapping[str, Any]) -> bytes | PureogError:
    """Render one job (in a worker): the image, or the :class:`PureogError` as a value."""
    from pureog.api import render  # noqa: PLC0415  (workers import pureog themselves)

    try:
        return render(job.source, data=job.data, **options)
    except PureogError as error:
        return error


def render_many(jobs: Iterable[RenderJob | Any], *, executor: Executor | None = None, keep_going: bool = True,
                **options: Any) -> Iterator[RenderResult]:
    """Render every job with :func:`pureog.render`'s ``options`` (format, width, fonts, strict, ...),
    yielding results in the jobs' order as they become available.

    Without ``executor`` the jobs render one after another in this process. With one, they are all
    submitted at once and rendered in parallel. A job that is not a :class:`RenderJob` is a document
    without data. ``keep_going=False`` stops at the first failure: that result is yielded, jobs not
    started yet are cancelled, and no later result follows.
    """
    normal = [job if isinstance(job, RenderJob) else RenderJob(job) for job in jobs]
    if executor is None:
        for index, job in enumerate(normal):
            result = _result(index, render_job(job, options))
            yield result
            if not keep_going and not result.ok:
                return
        return
    futures: list[Future[bytes | PureogError]] = [executor.submit(render_job, job, options) for job in normal]
    try:
        for index, future in enumerate(futures):
            result = _result(index, future.result())
            yield result
            if not keep_going and not result.ok:
                return
    finally:
        for future in futures:
            future.cancel()


def _result(index: int, outcome: bytes | PureogError) -> RenderResult:
    if isinstance(outcome, PureogError):
        return RenderResult(index, error=outcome)
    return RenderResult(index, image=outcome)


def cache_key(document_text: str, document: Any, data: Any, options: Mapping[str, Any]) -> str:
    """A digest that changes whenever the card's output may: pureog's version, the options, the
    document text, the data, and the size and modification time of every existing file under the
    document's directory that a string of the *expanded* ``document`` (a loaded
    :class:`pureog.document.model.Document`) names: fonts, images, ``url(...)`` layers."""
    from pureog import __version__  # noqa: PLC0415

    digest = hashlib.sha256()
    digest.update(json.dumps([__version__, dict(options), document_text, data], sort_keys=True,
                             default=repr).encode())
    base_dir = getattr(document, "source_dir", None)
    if base_dir is not None:
        for name in sorted(named_files(document, base_dir)):
            stat = os.stat(name)
            digest.update(f"\0{name}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a loaded document (dataclasses, mappings, sequences), depth first."""
    import dataclasses  # noqa: PLC0415

    from pureog.records import fields, is_record  # noqa: PLC0415

    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif is_record(item) and not isinstance(item, type):  # pureog's own records (a Document)
            stack.extend(getattr(item, f.name) for f in fields(item))
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))


def named_files(document: Any, base_dir: str) -> set[str]:
    """Files under ``base_dir`` that a string of the document names, whole or inside ``url(...)``."""
    import re  # noqa: PLC0415

    root = os.path.realpath(base_dir)
    found = set()
    for text in _strings(document):
        for candidate in (text, *re.findall(r"url\(\s*['\"]?([^'\")]+)", text)):
            if not candidate or len(candidate) > 4096 or "\0" in candidate:
                continue
            path = os.path.realpath(os.path.join(root, candidate.strip()))
            if path.startswith(root + os.sep) and os.path.isfile(path):
                found.add(path)
    return found


__all__ = ["RenderJob", "RenderResult", "cache_key", "named_files", "render_job", "render_many"]
