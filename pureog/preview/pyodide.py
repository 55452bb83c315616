"""The in-browser mode of ``pureog preview`` (``--pyodide``): what the server hands the page so that the
page renders the card itself, with pureog running in Pyodide (CPython on WebAssembly, spec/pyodide.md).

Role: find and serve three kinds of files, each from a fixed list made at start-up (never a path the
request names):

* Pyodide's runtime (``pyodide.mjs``, ``pyodide.asm.mjs``, ``pyodide.asm.wasm``, ``python_stdlib.zip``,
  ``pyodide-lock.json``) from the npm package's folder;
* the pure ``py3-none-any`` wheels of fontTools, pypng and PyYAML (those ``tools/pyodide/fetch_wheels.py``
  prepares);
* a wheel of the running pureog itself, zipped in memory from its installed package (modules and
  package data), so the page runs exactly the pureog that serves it;

and :func:`bundle`: the document, its data file and the font and image files it names (read as pureog
reads them: inside the document's directory, regular files, size-capped), base64 in JSON, which
:mod:`pureog.preview.browser` writes into Pyodide's in-memory file system before rendering.

Input: a folder (``tools/pyodide``: ``node_modules/pyodide/`` and ``wheels/``; or one folder holding
both). Output: :class:`PyodideAssets`. Must not import: the renderer (only :mod:`pureog.files`,
:mod:`pureog.limits` and :mod:`pureog.errors`); the standard library otherwise.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import os
import zipfile
from typing import Any

from pureog.errors import DocumentError, PureogError
from pureog.preview.session import PreviewSession
from pureog.records import record

#: Pyodide's runtime files -> content type (the page loads nothing else of it).
RUNTIME = {
    "pyodide.mjs": "text/javascript",
    "pyodide.asm.mjs": "text/javascript",
    "pyodide.asm.wasm": "application/wasm",
    "python_stdlib.zip": "application/zip",
    "pyodide-lock.json": "application/json",
}
DEPENDENCIES = ("fonttools", "pypng", "pyyaml")
#: files of pureog's package that go into its in-memory wheel
_PACKAGE_SUFFIXES = (".py", ".typed", ".ttf", ".txt", ".md", ".bin", ".gz", ".yaml", ".html", ".js", ".css")
#: files a document names that the bundle carries (pureog reads fonts and images only)
_BUNDLED_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


@record
class PyodideAssets:
    """The files the page of the in-browser mode may load, by the name it asks for."""

    runtime: str
    """Pyodide's runtime folder."""
    wheels: tuple[tuple[str, str], ...]
    """``(file name, path)`` of each dependency wheel."""

    @classmethod
    def find(cls, folder: str) -> PyodideAssets:
        """The runtime in ``folder/node_modules/pyodide`` or ``folder``; the wheels in ``folder/wheels`` or
        ``folder``. A missing piece is a :class:`DocumentError` saying how to get it."""
        runtime = os.path.join(folder, "node_modules", "pyodide")
        if not os.path.isdir(runtime):
            runtime = folder
        absent = [name for name in RUNTIME if not os.path.isfile(os.path.join(runtime, name))]
        if absent:
            raise DocumentError(f"no Pyodide runtime in {folder!r} (missing {', '.join(absent)}): give a folder "
                                "holding node_modules/pyodide (npm install pyodide) or its files", path="--pyodide")
        wheel_dir = os.path.join(folder, "wheels")
        if not os.path.isdir(wheel_dir):
            wheel_dir = folder
        wheels = []
        for dist in DEPENDENCIES:
            found = sorted(name for name in os.listdir(wheel_dir)
                           if name.lower().startswith(dist + "-") and name.endswith("-py3-none-any.whl"))
            if not found:
                raise DocumentError(f"no pure wheel of {dist} in {wheel_dir!r} (python3 tools/pyodide/fetch_wheels.py "
                                    "makes them)", path="--pyodide")
            wheels.append((found[-1], os.path.join(wheel_dir, found[-1])))
        return cls(os.path.abspath(runtime), tuple(wheels))

    def wheel_urls(self) -> list[str]:
        return [f"/wheels/{pureog_wheel()[0]}", *(f"/wheels/{name}" for name, _ in self.wheels)]

    def file(self, route: str) -> tuple[bytes, str] | None:
        """The body and content type of ``/pyodide/<name>`` or ``/wheels/<name>``; None for any other."""
        folder, _, name = route.lstrip("/").partition("/")
        if folder == "pyodide" and name in RUNTIME:
            with open(os.path.join(self.runtime, name), "rb") as handle:
                return handle.read(), RUNTIME[name]
        if folder == "wheels":
            if name == pureog_wheel()[0]:
                return pureog_wheel()[1], "application/zip"
            for wheel, path in self.wheels:
                if name == wheel:
                    with open(path, "rb") as handle:
                        return handle.read(), "application/zip"
        return None


@functools.cache
def pureog_wheel() -> tuple[str, bytes]:
    """``(file name, bytes)`` of a ``py3-none-any`` wheel of the running pureog (deterministic)."""
    import pureog  # noqa: PLC0415

    package = os.path.dirname(os.path.abspath(pureog.__file__))
    version = pureog.__version__
    info = f"pureog-{version}.dist-info"
    entries: list[tuple[str, bytes]] = []
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(_PACKAGE_SUFFIXES) and not name.startswith("."):
                path = os.path.join(folder, name)
                with open(path, "rb") as handle:
                    entries.append(("pureog/" + os.path.relpath(path, package).replace(os.sep, "/"), handle.read()))
    entries.append((f"{info}/METADATA", f"Metadata-Version: 2.1\nName: pureog\nVersion: {version}\n".encode()))
    entries.append((f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: pureog-preview\nRoot-Is-Purelib: true\n"
                                     b"Tag: py3-none-any\n"))
    record = "".join(f"{name},sha256={_digest(data)},{len(data)}\n" for name, data in entries)
    entries.append((f"{info}/RECORD", (record + f"{info}/RECORD,,\n").encode()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                             compress_type=zipfile.ZIP_DEFLATED)
    return f"pureog-{version}-py3-none-any.whl", out.getvalue()


def _digest(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def bundle(session: PreviewSession) -> dict[str, Any]:
    """The files the page writes into Pyodide before it renders: ``doc/<document>``, ``data/<data file>``
    and ``doc/<name>`` for every font or image file the document names (a file that cannot be read is
    left out: the render in the page then reports it as pureog would), with the session's options."""
    from pureog.files import read_inside, read_regular  # noqa: PLC0415
    from pureog.limits import MAX_DOCUMENT_FILE_BYTES, MAX_FONT_FILE_BYTES  # noqa: PLC0415

    files: dict[str, str] = {}

    def add(name: str, data: bytes) -> None:
        files[name] = base64.b64encode(data).decode("ascii")

    document = os.path.basename(session.document)
    try:
        add(f"doc/{document}", read_regular(session.document, max_bytes=MAX_DOCUMENT_FILE_BYTES, what="document",
                                            error=DocumentError))
    except PureogError:
        pass  # the page reports the missing document
    data = None
    if session.data is not None:
        data = os.path.basename(session.data)
        try:
            add(f"data/{data}", read_regular(session.data, max_bytes=MAX_DOCUMENT_FILE_BYTES, what="data file",
                                             error=DocumentError))
        except PureogError:
            pass
    for name in session.watched_files()[1 + (session.data is not None):]:
        relative = session.relative(name)
        if os.path.isabs(relative) or not relative.lower().endswith(_BUNDLED_SUFFIXES):
            continue
        try:
            add("doc/" + relative.replace(os.sep, "/"),
                read_inside(relative, session.base_dir, max_bytes=MAX_FONT_FILE_BYTES, what="file",
                            error=DocumentError))
        except PureogError:
            pass
    options = {"item": session.item, "sets": list(session.sets), "width": session.width, "height": session.height,
               "lenient": session.lenient, "strict": session.strict, "timeout": session.timeout}
    return {"document": document, "data": data, "files": files, "options": options}
