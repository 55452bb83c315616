"""The page's side of ``pureog preview --pyodide``: runs inside Pyodide, in the browser.

Role: take a bundle from the server (:func:`pureog.preview.pyodide.bundle`: the document, its data file
and the files it names, base64 in JSON), write it into Pyodide's in-memory file system under
``/pureog-preview`` (only there: a name that would lead out of it is skipped), and refresh one
:class:`~pureog.preview.session.PreviewSession` over those files, the same class the server uses in its
own mode, so the page gets the same state (boxes, warnings, errors with their element paths, times) and
the last good image stays when a render fails.

Input: the bundle's JSON text. Output: :func:`update` returns the state's JSON text; :func:`image` the
last good PNG (or None). Must not import: anything outside pureog and the standard library.
"""

from __future__ import annotations

import base64
import json
import os
import shutil

from pureog.preview.session import PreviewSession

ROOT = "/pureog-preview"
_sessions: list[PreviewSession] = []


def update(bundle_text: str) -> str:
    """Write the bundle's files and render; the new state as JSON text."""
    bundle = json.loads(bundle_text)
    shutil.rmtree(ROOT, ignore_errors=True)
    for name, data in bundle["files"].items():
        path = os.path.normpath(os.path.join(ROOT, name))
        if not path.startswith(ROOT + os.sep):
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))
    if not _sessions:
        options = bundle["options"]
        data_file = None if bundle["data"] is None else os.path.join(ROOT, "data", bundle["data"])
        _sessions.append(PreviewSession(os.path.join(ROOT, "doc", bundle["document"]), data_file,
                                        item=options["item"], sets=tuple(options["sets"]), width=options["width"],
                                        height=options["height"], lenient=options["lenient"],
                                        strict=options["strict"], timeout=options["timeout"]))
    outcome = _sessions[0].refresh()
    return json.dumps(outcome.state(bundle["document"], bundle["data"]))


def image() -> bytes | None:
    """The last good PNG of the session, or None."""
    return _sessions[0].image() if _sessions else None
