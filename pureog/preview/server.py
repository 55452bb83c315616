"""The preview's HTTP server and change watcher: ``pureog preview card.yaml`` in a browser.

Role: serve one page that shows a :class:`~pureog.preview.session.PreviewSession`'s card, and re-render
when a watched file changes. A watcher thread polls the watched files' modification times and sizes
(``interval`` seconds, 0.25 by default) and refreshes the session when one changes; every refresh is
pushed to open pages as a Server-Sent Event carrying the new state.

Routes (GET and HEAD only; nothing else is served, least of all files from the document's directory):

========================  ==========================================================================
``/``                     the page (``page.html``, package data)
``/page.js``              its script; ``/page.css`` its style sheet (package data)
``/state``                the latest outcome as JSON (version, image size, boxes, error, warnings, times)
``/image.png``            the last good image (any query string: the page adds ``?v=<version>``)
``/events``               ``text/event-stream``: a ``state`` event now and after every refresh, a comment
                          every 15 s to keep the connection open
``/files``                in-browser mode only (``--pyodide``): the document, its data file and the
                          font and image files it names, for the page to render (pureog.preview.pyodide)
``/pyodide/<name>``       in-browser mode only: Pyodide's five runtime files, by name
``/wheels/<name>``        in-browser mode only: a wheel of the running pureog and its dependencies' wheels
========================  ==========================================================================

Safety: the server binds 127.0.0.1 unless told otherwise; while it is bound to a loopback address it
answers only requests whose ``Host`` is a loopback name with its port (no DNS rebinding: another site
cannot read the card through a name of its own). Every response carries ``Cache-Control: no-store``,
``X-Content-Type-Options: nosniff``, a Content-Security-Policy that allows only the page's own script,
style, image and event stream (in the in-browser mode also WebAssembly and ``blob:`` images), and
``Cross-Origin-Resource-Policy: same-origin``.

Input: a session, host, port. Output: a running server (:meth:`PreviewServer.start` in threads for tests
and embedding, :func:`run` for the command line). Must not import: the renderer at import time (the
session loads it on the first refresh); only the standard library otherwise.
"""

from __future__ import annotations

import http.server
import ipaddress
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from pureog.preview.session import Outcome, PreviewSession

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pureog.preview.pyodide import PyodideAssets

#: the default port of ``pureog preview``; when it is taken, a free port is used instead.
DEFAULT_PORT = 8765
#: seconds between two looks at the watched files.
DEFAULT_INTERVAL = 0.25
#: seconds between keep-alive comments on an idle event stream.
KEEPALIVE = 15.0

_STATIC = {  # route -> (package data file, content type)
    "/": ("page.html", "text/html; charset=utf-8"),
    "/page.js": ("page.js", "text/javascript; charset=utf-8"),
    "/page.css": ("page.css", "text/css; charset=utf-8"),
}
_SECURITY_HEADERS = (
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)
_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
           "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
# In-browser mode: WebAssembly may be compiled, and images come from blob: URLs the page makes.
_PYODIDE_POLICY = (_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")
                   .replace("img-src 'self'", "img-src 'self' blob:"))
_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")


def _static(name: str) -> bytes:
    return resources.files("pureog.preview").joinpath(name).read_bytes()


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class PreviewServer:
    """An HTTP server and a watcher thread around one session."""

    def __init__(self, session: PreviewSession, host: str = "127.0.0.1", port: int = 0,
                 interval: float = DEFAULT_INTERVAL, log: Callable[[str], None] | None = None,
                 pyodide: PyodideAssets | None = None) -> None:
        self.session = session
        self.pyodide = pyodide
        if pyodide is not None:
            session.render = False  # the page renders; the server only finds the files to watch and send
        self.interval = interval
        self.log = log
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        self.pages = {route: (_static(name), kind) for route, (name, kind) in _STATIC.items()}
        self.policy = _POLICY if pyodide is None else _PYODIDE_POLICY
        self.httpd = _HTTPServer((host, port), _Handler, self)
        self._threads: list[threading.Thread] = []

    @property
    def host(self) -> str:
        return str(self.httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        host = self.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/"

    def allowed_host(self, header: str | None) -> bool:
        """Whether a request's ``Host`` header may be answered (any, unless bound to loopback)."""
        if not is_loopback(self.host):
            return True
        if header is None:
            return False
        names = {f"{name}:{self.port}" for name in _LOOPBACK_NAMES}
        if self.port == 80:
            names.update(_LOOPBACK_NAMES)
        return header.lower() in names

    # --- watching ------------------------------------------------------------------------------

    def refresh(self) -> Outcome:
        """Render now and tell every open page."""
        outcome = self.session.refresh()
        with self.changed:
            self.changed.notify_all()
        if self.log is not None:
            self.log(_summary(outcome))
        return outcome

    def watch(self) -> None:
        """Refresh whenever a watched file changes, until :meth:`stop`."""
        while not self.stopping.is_set():
            try:
                if self.session.changed():
                    self.refresh()
            except Exception as exc:  # noqa: BLE001  (the watcher must outlive any surprise)
                if self.log is not None:
                    self.log(f"watcher: {type(exc).__name__}: {exc}")
            self.stopping.wait(self.interval)

    def wait(self, version: int, timeout: float) -> None:
        """Wait until a refresh other than ``version`` is done, the server stops, or ``timeout`` passes."""
        with self.changed:
            self.changed.wait_for(lambda: self.stopping.is_set() or self.session.outcome.version != version,
                                  timeout=timeout)

    # --- running -------------------------------------------------------------------------------

    def start(self) -> PreviewServer:
        """Render once, then serve and watch on daemon threads (for tests and embedding)."""
        self.refresh()
        for name, target in (("serve", self._serve), ("watch", self.watch)):
            thread = threading.Thread(target=target, name=f"pureog-preview-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _serve(self) -> None:
        self.httpd.serve_forever(poll_interval=0.1)  # stop() waits for one poll at most

    def stop(self) -> None:
        self.stopping.set()
        with self.changed:
            self.changed.notify_all()  # open event streams end
        self.httpd.shutdown()
        self.httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    def __enter__(self) -> PreviewServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def state(self) -> dict[str, Any]:
        data = self.session.data
        state = self.session.outcome.state(os.path.basename(self.session.document),
                                           None if data is None else os.path.basename(data))
        state["mode"] = "server" if self.pyodide is None else "pyodide"
        if self.pyodide is not None:
            state["wheels"] = self.pyodide.wheel_urls()
        return state


def _summary(outcome: Outcome) -> str:
    if outcome.version and outcome.render_ms is None and outcome.error is None:
        return f"changed: {', '.join(outcome.watched)}"  # in-browser mode: the page renders
    if outcome.error is not None:
        return f"error: {outcome.error.state()['text'].splitlines()[0]}"
    line = f"rendered {outcome.width}x{outcome.height} in {outcome.render_ms or 0:.0f} ms"
    if outcome.warnings:
        count = len(outcome.warnings)
        line += f" ({count} warning{'s' if count != 1 else ''})"
    return line


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[_Handler], preview: PreviewServer) -> None:
        self.preview = preview
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, handler)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _HTTPServer
    server_version = "pureog-preview"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  (the base class's name)
        pass  # quiet: the command line prints one line per render instead

    def do_HEAD(self) -> None:  # noqa: N802  (http.server's naming)
        self._answer(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def _not_allowed(self) -> None:
        self._send(405, b"method not allowed\n", "text/plain; charset=utf-8", extra=(("Allow", "GET, HEAD"),))

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # noqa: N815

    def _answer(self, head: bool) -> None:
        preview = self.server.preview
        if not preview.allowed_host(self.headers.get("Host")):
            self._send(421, b"unknown host: use http://127.0.0.1 or http://localhost\n", "text/plain; charset=utf-8")
            return
        route = self.path.split("?", 1)[0]
        if route in preview.pages:
            body, kind = preview.pages[route]
            self._send(200, body, kind, head=head)
        elif route == "/state":
            self._send(200, json.dumps(preview.state()).encode(), "application/json", head=head)
        elif route == "/image.png":
            image = preview.session.image()
            if image is None:
                self._send(404, b"no image yet\n", "text/plain; charset=utf-8", head=head)
            else:
                self._send(200, image, "image/png", head=head)
        elif route == "/events":
            self._events(head)
        elif route == "/favicon.ico":
            self._send(204, b"", "image/x-icon", head=True)  # none: spares the browser's console a 404
        elif preview.pyodide is not None and route == "/files":
            from pureog.preview.pyodide import bundle  # noqa: PLC0415

            self._send(200, json.dumps(bundle(preview.session)).encode(), "application/json", head=head)
        elif preview.pyodide is not None and (found := preview.pyodide.file(route)) is not None:
            self._send(200, found[0], found[1], head=head)
        else:
            self._send(404, b"not found\n", "text/plain; charset=utf-8", head=head)

    def _send(self, status: int, body: bytes, kind: str, head: bool = False,
              extra: Sequence[tuple[str, str]] = ()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (*_SECURITY_HEADERS, ("Content-Security-Policy", self.server.preview.policy), *extra):
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _events(self, head: bool) -> None:
        preview = self.server.preview
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        for name, value in (*_SECURITY_HEADERS, ("Content-Security-Policy", preview.policy)):
            self.send_header(name, value)
        self.end_headers()
        if head:
            return
        sent = -1
        try:
            self.wfile.write(b"retry: 1000\n\n")
            while not preview.stopping.is_set():
                preview.wait(sent, KEEPALIVE)
                if preview.stopping.is_set():
                    break
                state = preview.state()
                if state["version"] != sent:
                    sent = state["version"]
                    self.wfile.write(b"event: state\ndata: " + json.dumps(state).encode() + b"\n\n")
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            pass  # the page went away
        self.close_connection = True


def run(document: str, *, data: str | None = None, item: int = 0, sets: Sequence[str] = (),
        width: int | None = None, height: int | None = None, lenient: bool = False, strict: bool = False,
        timeout: float | None = 20.0, host: str = "127.0.0.1", port: int | None = None, open_browser: bool = True,
        interval: float = DEFAULT_INTERVAL, pyodide: str | None = None) -> int:
    """``pureog preview``: serve until interrupted (Ctrl-C); 0 then. ``port=None`` takes
    :data:`DEFAULT_PORT`, or any free port when that one is taken. ``pyodide``: the folder of Pyodide's
    runtime and the dependency wheels (:meth:`PyodideAssets.find`) for the in-browser mode."""
    from pureog.errors import DocumentError  # noqa: PLC0415

    if document == "-" or data == "-":
        raise DocumentError("preview watches files: give the document (and --data) as file names, not '-'")
    if not os.path.isfile(document):
        raise DocumentError(f"no such document file: {document!r}")
    assets = None
    if pyodide is not None:
        from pureog.preview.pyodide import PyodideAssets  # noqa: PLC0415

        assets = PyodideAssets.find(pyodide)
    session = PreviewSession(document, data, item=item, sets=tuple(sets), width=width, height=height,
                             lenient=lenient, strict=strict, timeout=timeout)

    def log(line: str) -> None:
        print(f"{time.strftime('%H:%M:%S')} {line}", file=sys.stderr, flush=True)

    try:
        server = PreviewServer(session, host, DEFAULT_PORT if port is None else port, interval=interval, log=log,
                               pyodide=assets)
    except OSError:
        if port is not None:
            raise
        server = PreviewServer(session, host, 0, interval=interval, log=log, pyodide=assets)
    with server:
        print(f"pureog preview: {server.url} (watching {document}; Ctrl-C stops)", file=sys.stderr, flush=True)
        if not is_loopback(server.host):
            print("pureog preview: warning: reachable from other machines on this network", file=sys.stderr)
        if open_browser:
            import webbrowser  # noqa: PLC0415

            webbrowser.open(server.url)
        try:
            while not server.stopping.wait(3600):
                pass
        except KeyboardInterrupt:
            print(file=sys.stderr)
    return 0


def run_args(args: Any) -> int:
    """:func:`run` with the command line's parsed arguments (``pureog preview``)."""
    return run(args.document, data=args.data, item=args.item, sets=args.sets, width=args.width, height=args.height,
               lenient=args.lenient, strict=args.strict, timeout=20.0 if args.timeout is None else args.timeout,
               host=args.host, port=args.port, open_browser=not args.no_open, pyodide=args.pyodide)
