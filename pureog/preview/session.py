"""One preview session: render a document file (with its data file), remember the outcome, and know
which files to watch for changes.

Role: the state behind ``pureog preview``'s page. :meth:`PreviewSession.refresh` loads the document
(:func:`pureog.load_file`), renders it (:func:`pureog.render_png`) and lays it out
(:func:`pureog.layout_boxes`), catching every :class:`pureog.RenderWarning` and every error: a
:class:`pureog.PureogError` (with its element path), a file that cannot be read, and even an unexpected
exception (shown as an internal error) become part of the state instead of ending the preview. The last
good image and its boxes are kept when a later render fails, so the page can show them under the error.

Input: the document's file name, an optional data file (JSON or YAML; a list picks one item), the
template and size options of ``pureog render``. Output: :class:`Outcome` snapshots (JSON-ready through
:meth:`Outcome.state`) and the last good PNG. :meth:`PreviewSession.signature` is the size and
modification time of every watched file: the document, the data file, and every file under the
document's directory that the document or its data names (fonts, images, ``url()`` layers), including
names of image and font files that do not exist yet, so adding a missing file re-renders too.

Threads: one thread refreshes (the watcher in :mod:`pureog.preview.server`); any thread may read
:attr:`PreviewSession.outcome` and :meth:`PreviewSession.image` (swapped whole under a lock). Warnings
are caught with :func:`warnings.catch_warnings`, which changes the process-wide warning filters for the
duration of a render: the preview renders on one thread only, and nothing else in it warns.

Must not import: anything at module import time beyond the standard library and :mod:`pureog.errors`
(the renderer loads on the first refresh).
"""

from __future__ import annotations

import math
import os
import re
import threading
import time
import traceback
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from pureog.errors import PureogError, RenderWarning
from pureog.records import field, mutable_record, record

#: the most files a preview watches (a document naming more is still rendered; the rest are not watched).
MAX_WATCHED = 2000
#: names of files that a document may name before they exist: watched so that adding one re-renders.
_FILE_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


@record
class Problem:
    """A warning or error as the page shows it: its kind, element path and message."""

    kind: str
    message: str
    path: str | None = None

    def state(self) -> dict[str, Any]:
        text = f"{self.path}: {self.message}" if self.path else self.message
        return {"kind": self.kind, "message": self.message, "path": self.path, "text": text}


@record
class Outcome:
    """The result of the latest refresh, with the last good image's size and boxes."""

    version: int = 0
    """Counts refreshes; 0 before the first."""
    image_version: int | None = None
    """The refresh that made the image shown (the last good one), None before any succeeded."""
    width: int = 0
    height: int = 0
    boxes: tuple[Any, ...] = ()
    error: Problem | None = None
    warnings: tuple[Problem, ...] = ()
    render_ms: float | None = None
    """Load + render of the latest refresh (None when it failed)."""
    layout_ms: float | None = None
    rendered_at: float = 0.0
    watched: tuple[str, ...] = ()
    """The watched files, relative to the document's directory where they lie inside it."""
    item: int | None = None
    """The index of the data item rendered when the data file holds a list."""

    def state(self, document: str, data: str | None) -> dict[str, Any]:
        """JSON-ready state for the page (NaN box values as null, as ``pureog layout --json``)."""

        def number(value: float) -> float | None:
            return None if math.isnan(value) else value

        return {
            "version": self.version,
            "image_version": self.image_version,
            "document": document,
            "data": data,
            "item": self.item,
            "ok": self.error is None and self.version > 0,
            "width": self.width,
            "height": self.height,
            "error": None if self.error is None else self.error.state(),
            "warnings": [w.state() for w in self.warnings],
            "render_ms": self.render_ms,
            "layout_ms": self.layout_ms,
            "rendered_at": self.rendered_at,
            "watched": list(self.watched),
            "boxes": [{"type": b.type, "x": number(b.x), "y": number(b.y), "width": number(b.width),
                       "height": number(b.height), "path": b.path} for b in self.boxes],
        }


@mutable_record
class PreviewSession:
    """Renders ``document`` (a file name) on demand; see the module docstring."""

    document: str
    data: str | None = None
    item: int = 0
    sets: tuple[str, ...] = ()
    """``KEY=VALUE`` assignments over the data, as ``pureog render --set`` takes them."""
    width: int | None = None
    height: int | None = None
    lenient: bool = False
    strict: bool = False
    timeout: float | None = 20.0
    render: bool = True
    """False: load only (to find the files to watch); the in-browser mode renders in the page instead."""
    _outcome: Outcome = field(default_factory=Outcome)
    _image: bytes | None = None
    _named: frozenset[str] = frozenset()
    _seen: tuple[tuple[str, int, int], ...] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_dir(self) -> str:
        return os.path.dirname(os.path.abspath(self.document))

    @property
    def outcome(self) -> Outcome:
        with self._lock:
            return self._outcome

    def image(self) -> bytes | None:
        """The last good PNG, or None."""
        with self._lock:
            return self._image

    # --- watching ------------------------------------------------------------------------------

    def watched_files(self) -> list[str]:
        files = [os.path.abspath(self.document)]
        if self.data is not None:
            files.append(os.path.abspath(self.data))
        files.extend(sorted(self._named))
        return files

    def signature(self) -> tuple[tuple[str, int, int], ...]:
        """``(file, mtime_ns, size)`` of every watched file; ``(file, -1, -1)`` for a missing one."""
        return tuple((name, *_stat(name)) for name in self.watched_files())

    def changed(self) -> bool:
        """Whether a watched file changed (appeared, went, or was written) since the last refresh read
        it; true before the first refresh."""
        return self._seen is None or self.signature() != self._seen

    # --- rendering -----------------------------------------------------------------------------

    def refresh(self) -> Outcome:
        """Load, render and lay out the document again; the new outcome, also kept."""
        import pathlib  # noqa: PLC0415

        from pureog.api import layout_boxes, load_file, render_png  # noqa: PLC0415

        previous = self.outcome
        before = {name: (mtime, size) for name, mtime, size in self.signature()}  # taken before reading
        version = previous.version + 1
        error: Problem | None = None
        image = boxes = None
        render_ms = layout_ms = None
        raw: list[Any] = []
        item: int | None = None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", RenderWarning)
            try:
                values, item = self._values()
                raw.append(values)
                raw.append(_parse_file(self.document, "the document"))
                start = time.perf_counter()
                document = load_file(pathlib.Path(self.document), data=values, lenient=self.lenient,
                                     strict=self.strict)
                raw.append(document)
                if self.render:
                    image = render_png(document, width=self.width, height=self.height, strict=self.strict,
                                       timeout=self.timeout)
                    render_ms = (time.perf_counter() - start) * 1000
                    start = time.perf_counter()
                    boxes = layout_boxes(document, width=self.width, height=self.height, strict=self.strict,
                                         timeout=self.timeout)
                    layout_ms = (time.perf_counter() - start) * 1000
            except PureogError as exc:
                error = Problem(type(exc).__name__, exc.message, exc.path)
            except OSError as exc:
                error = Problem("OSError", f"{exc.filename or self.document}: {exc.strerror or exc}")
            except Exception as exc:  # noqa: BLE001  (a bug in pureog: shown, the preview goes on)
                trace = "".join(traceback.format_exception(exc)[-6:])
                error = Problem("InternalError", f"{type(exc).__name__}: {exc}\n{trace}")
        found = _unique(Problem("RenderWarning", w.message.message, w.message.path)
                        for w in caught if isinstance(w.message, RenderWarning))
        named = self._named_files(raw)
        # Until the document parses again, the files it named before stay watched.
        self._named = named if len(raw) >= 2 else self._named | named
        # Files read in this refresh count as seen as they were before it (an edit during the render
        # renders again); files first named by it, as they are now.
        self._seen = tuple((name, *(before.get(name) or _stat(name))) for name in self.watched_files())
        watched = tuple(self.relative(name) for name in self.watched_files())
        if error is None and image is not None and boxes is not None:
            width, height = _png_size(image)
            outcome = Outcome(version, version, width, height, tuple(boxes), None, found, render_ms, layout_ms,
                              time.time(), watched, item)
        else:
            outcome = Outcome(version, previous.image_version, previous.width, previous.height, previous.boxes,
                              error, found, None, None, time.time(), watched, item)
        with self._lock:
            self._outcome = outcome
            if error is None and image is not None:
                self._image = image
        return outcome

    def _values(self) -> tuple[dict[str, Any] | None, int | None]:
        """The template values: the data file (one item of a list) with the ``sets`` over it."""
        from pureog.errors import DocumentError  # noqa: PLC0415

        values: Any = None
        item = None
        if self.data is not None:
            values = _parse_file(self.data, "the data file")
            if isinstance(values, list):
                if not -len(values) <= self.item < len(values):
                    raise DocumentError(f"the data holds {len(values)} items, there is no item {self.item}",
                                        path="--item")
                item = self.item % len(values)
                values = values[item]
            if not isinstance(values, dict):
                raise DocumentError(f"template data must be a mapping, got a {type(values).__name__}",
                                    path="--data" if item is None else f"--data[{item}]")
        if self.sets:
            from pureog.cli import _with_sets  # noqa: PLC0415  (the very --set of pureog render)

            values = _with_sets(values, self.sets)
        return values, item

    def _named_files(self, raw: list[Any]) -> frozenset[str]:
        """Files inside the document's directory that a string of the raw or loaded document or its data
        names: existing files, and missing ones whose name ends like an image or font file."""
        root = os.path.realpath(self.base_dir)
        found: set[str] = set()
        for text in _strings(raw):
            if len(found) >= MAX_WATCHED:
                break
            for candidate in (text, *_URL.findall(text)):
                candidate = candidate.strip()
                if not candidate or len(candidate) > 4096 or "\0" in candidate or "\n" in candidate:
                    continue
                if candidate.startswith(("data:", "http:", "https:")):
                    continue
                path = os.path.realpath(os.path.join(root, candidate))
                if not path.startswith(root + os.sep):
                    continue
                if os.path.isfile(path) or path.lower().endswith(_FILE_SUFFIXES):
                    found.add(path)
        found.discard(os.path.realpath(self.document))
        if self.data is not None:
            found.discard(os.path.realpath(self.data))
        return frozenset(found)

    def relative(self, name: str) -> str:
        root = os.path.realpath(self.base_dir)
        real = os.path.realpath(name)
        return os.path.relpath(real, root) if real.startswith(root + os.sep) else name


def _parse_file(name: str, what: str) -> Any:
    """A JSON or YAML file's value (the document's too: its raw strings name the files to watch)."""
    from pureog.document.load import parse_text  # noqa: PLC0415
    from pureog.errors import DocumentError  # noqa: PLC0415
    from pureog.files import read_regular  # noqa: PLC0415
    from pureog.limits import MAX_DOCUMENT_FILE_BYTES  # noqa: PLC0415

    data = read_regular(name, max_bytes=MAX_DOCUMENT_FILE_BYTES, what=what, error=DocumentError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{what} {name!r} is not UTF-8 text ({exc.reason})") from None
    return parse_text(text, name=os.path.basename(name))


def _stat(name: str) -> tuple[int, int]:
    try:
        info = os.stat(name)
    except OSError:
        return -1, -1
    return info.st_mtime_ns, info.st_size


def _strings(value: Any) -> Iterator[str]:
    """Every string inside ``value`` (mappings, sequences, dataclasses), depth first."""
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


def _unique(problems: Iterator[Problem]) -> tuple[Problem, ...]:
    """Problems in order, each once (rendering and laying out report the same warning twice)."""
    return tuple(dict.fromkeys(problems))


def _png_size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
