"""ImageResponse: serve a rendered PNG from any Python web framework, as Next.js ``ImageResponse`` does.

Role: wrap one render (an element tree or document plus ``render_png``'s options) together with the HTTP
response around it: status, headers, and the PNG body. Input: the same arguments as
:func:`pureog.render_png` plus ``status``, ``status_text``, ``headers`` and ``cache_control``. Output:
an object that is at once

* a lazy response value: ``.body`` renders on first access (and only then), ``.status``, ``.headers``
  and ``.media_type`` never render;
* an **ASGI app** (``await response(scope, receive, send)``), so a Starlette endpoint may return it;
* a **WSGI app** (``response(environ, start_response)``), so Flask views and plain WSGI servers may
  return or mount it;
* convertible to a framework's own response type (``to_starlette``, ``to_flask``, ``to_django``), each
  imported lazily inside the method.

Headers follow Next.js 16.4.6 ``next/og`` (``next/dist/server/og/image-response.js``): ``content-type:
image/png`` and ``cache-control: public, max-age=0, must-revalidate`` (the value under ``next start``;
``next dev`` sends ``no-cache, no-store`` and the standalone ``@vercel/og`` package sends
``public, immutable, no-transform, max-age=31536000``: all three are constants here). ``headers`` given
by the caller replace defaults of the same name, case-insensitively; names are lower-cased as the Fetch
``Headers`` class does. As in the Fetch ``Response`` constructor, ``status`` must be 200..599 and may
not be a null-body status (204, 205, 304).

Errors: a :class:`PureogError` while rendering is logged on the ``pureog.web`` logger and answered with
a bare 500 (``cache-control: no-store`` so that no cache keeps the failure); Next, which has sent its
status before rendering, can only drop the connection (spec/web.md). ``raise_errors=True`` lets the
error propagate to the framework instead. Other exceptions are
bugs and always propagate. ``.body`` itself always raises.

Threads: ``.body`` renders in the calling thread. The ASGI entry point renders in a worker thread
(``asyncio.to_thread``) so that a render never blocks the event loop; ``await render_async()`` does
the same ahead of time. Renders are serialised by one process-wide lock. Not for safety
(``render_png`` is thread-safe: tests/test_concurrency.py renders from 8 threads at once and compares
bytes), but because under the GIL a pure-Python render gains nothing from running beside another one,
while each concurrent render would hold its own canvas in memory. Each response's ``timeout`` bounds both its wait for
the lock and its render, so the lock is never held longer than one render's timeout.

Must not import: the renderer at module import time (``pureog.api`` is imported inside ``_render``),
any web framework outside the ``to_*`` methods. Only the standard library otherwise.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, overload

from pureog.errors import DocumentError, LimitError, PureogError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pureog.api import Font

__all__ = [
    "DEFAULT_CACHE_CONTROL",
    "DEFAULT_TIMEOUT",
    "DEV_CACHE_CONTROL",
    "IMMUTABLE_CACHE_CONTROL",
    "ImageResponse",
]

#: next/og's ``cache-control`` in production (``next start``, NODE_ENV=production): the default.
DEFAULT_CACHE_CONTROL = "public, max-age=0, must-revalidate"
#: next/og's ``cache-control`` under ``next dev``.
DEV_CACHE_CONTROL = "no-cache, no-store"
#: the standalone ``@vercel/og`` package's production ``cache-control`` (a year, immutable).
IMMUTABLE_CACHE_CONTROL = "public, immutable, no-transform, max-age=31536000"

# One render at a time per process: see the module docstring.
_RENDER_LOCK = threading.Lock()
#: seconds an ImageResponse may take to render (waiting for its turn included): a default because
#: serving is where untrusted documents come from (spec/limits.md).
DEFAULT_TIMEOUT = 20.0
# Fetch's "null body status": a Response constructed with a body may not carry one of these.
_NULL_BODY_STATUSES = frozenset({204, 205, 304})
# RFC 9110 token characters, the only ones allowed in a field name.
_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ERROR_BODY = b"Internal Server Error"
_ERROR_HEADERS = (("content-type", "text/plain; charset=utf-8"), ("cache-control", "no-store"))

HeaderList = list[tuple[str, str]]
HeadersInput = Mapping[str, str] | Iterable[tuple[str, str]]
ASGIMessage = MutableMapping[str, Any]
ASGIReceive = Callable[[], Awaitable[ASGIMessage]]
ASGISend = Callable[[ASGIMessage], Awaitable[None]]
StartResponse = Callable[..., Any]


class ImageResponse:
    """A PNG HTTP response rendered lazily from an element tree, like Next.js ``ImageResponse``.

    ``element_or_document`` and ``width``/``height``/``fonts``/``emoji``/``debug``/``grapheme_images``/
    ``strict`` are passed to :func:`pureog.render_png` unchanged when the body is first needed. ``status`` (200 by
    default), ``status_text`` (the standard reason phrase by default; only WSGI and ``to_flask`` /
    ``to_django`` send it) and ``headers`` (a mapping or ``(name, value)`` pairs) shape the response.
    ``cache_control`` sets the default ``cache-control`` value; ``None`` sends none. A ``cache-control``
    in ``headers`` wins over it, as in Next. ``timeout`` (seconds, default :data:`DEFAULT_TIMEOUT`; None:
    none) bounds the render, waiting for the process-wide render lock included: past it the response is
    a :class:`pureog.LimitError` (a 500), so one slow document cannot hold up every other response.
    """

    __slots__ = ("_render_args", "_status", "_status_text", "_headers", "_raise_errors",
                 "_body", "_error", "_lock")

    def __init__(self, element_or_document: Any, *, width: int | None = None, height: int | None = None,
                 fonts: Iterable[Mapping[str, Any] | Font] | None = None, emoji: str | None = None,
                 debug: bool | None = None, grapheme_images: Mapping[str, bytes | str] | None = None,
                 strict: bool = False, status: int = 200, status_text: str | None = None,
                 headers: HeadersInput | None = None,
                 cache_control: str | None = DEFAULT_CACHE_CONTROL, raise_errors: bool = False,
                 timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self._render_args: tuple[Any, dict[str, Any]] = (element_or_document, {
            "width": width, "height": height, "fonts": fonts, "emoji": emoji, "debug": debug,
            "grapheme_images": grapheme_images, "strict": strict, "timeout": timeout,
        })
        self._status = _check_status(status)
        self._status_text = _check_status_text(status_text, self._status)
        self._headers = _merge_headers(cache_control, headers)
        self._raise_errors = bool(raise_errors)
        self._body: bytes | None = None
        self._error: PureogError | None = None
        # Guards this response's own render so two threads asking for .body render it once.
        self._lock = threading.Lock()

    # --- the response value -------------------------------------------------------------------

    @property
    def status(self) -> int:
        """The status sent when the render succeeds (a failed render is answered with 500)."""
        return self._status

    @property
    def status_text(self) -> str:
        return self._status_text

    @property
    def headers(self) -> HeaderList:
        """The response headers, lower-case names, without ``content-length`` (known only after the
        render; it is added when the response is sent). Reading them never renders."""
        return list(self._headers)

    @property
    def media_type(self) -> str | None:
        """The ``content-type`` value (``image/png`` unless ``headers`` replaced it)."""
        for name, value in self._headers:
            if name == "content-type":
                return value
        return None

    @property
    def rendered(self) -> bool:
        """Whether the render has run (successfully or not)."""
        return self._body is not None or self._error is not None

    @property
    def body(self) -> bytes:
        """The PNG bytes, rendered in the calling thread on first access; raises the render's
        :class:`PureogError` (every time, without rendering again) if it failed."""
        if self._body is None:
            with self._lock:
                if self._body is None and self._error is None:
                    self._render()
        if self._error is not None:
            raise self._error
        assert self._body is not None
        return self._body

    async def render_async(self) -> bytes:
        """Render in a worker thread (``asyncio.to_thread``) and return the body; use it in ``async``
        endpoints before touching ``.body`` or calling a ``to_*`` adapter, so that the event loop stays
        free while the image is drawn."""
        if not self.rendered:
            await _to_thread(self._render_guarded)
        return self.body

    def _render(self) -> None:
        from pureog.api import render_png  # noqa: PLC0415  (lazy: importing web.py must stay cheap)

        element, options = self._render_args
        try:
            timeout = options.get("timeout")
            started = time.monotonic()
            # Waiting for the lock counts against this render's timeout; the holder's own deadline
            # bounds how long it keeps the lock, so a hanging document never blocks the others for good.
            if not _RENDER_LOCK.acquire(timeout=-1 if timeout is None else max(0.0, timeout)):
                raise LimitError("the render waited for another render longer than its timeout")
            try:
                remaining = None if timeout is None else max(1e-3, timeout - (time.monotonic() - started))
                self._body = render_png(element, **{**options, "timeout": remaining})
            finally:
                _RENDER_LOCK.release()
        except PureogError as error:
            self._error = error
        # The tree and fonts can be large; once the outcome is known they are not needed any more.
        self._render_args = (None, {})

    def _outcome(self) -> tuple[int, str, HeaderList, bytes]:
        """(status, reason phrase, headers, body) as sent, turning a render error into a 500 unless
        ``raise_errors``. Renders if needed."""
        try:
            body = self.body
        except PureogError as error:
            if self._raise_errors:
                raise
            import logging  # noqa: PLC0415  (lazy, like http below: both cost more than the rest of web.py)

            logging.getLogger("pureog.web").error("pureog.ImageResponse: rendering failed: %s", error,
                                                  exc_info=error)
            return 500, "Internal Server Error", [*_ERROR_HEADERS, ("content-length", str(len(_ERROR_BODY)))], \
                _ERROR_BODY
        return self._status, self._status_text, [*self._headers, ("content-length", str(len(body)))], body

    # --- ASGI and WSGI ------------------------------------------------------------------------

    @overload
    def __call__(self, scope: MutableMapping[str, Any], receive: ASGIReceive, send: ASGISend, /) \
        -> Coroutine[Any, Any, None]: ...

    @overload
    def __call__(self, environ: dict[str, Any], start_response: StartResponse, /) -> Iterable[bytes]: ...

    def __call__(self, *args: Any) -> Any:
        """ASGI with three arguments (returns the coroutine to await), WSGI with two."""
        if len(args) == 3:
            return self.asgi(*args)
        if len(args) == 2:
            return self.wsgi(*args)
        raise TypeError(f"ImageResponse is called as an ASGI app (scope, receive, send) or a WSGI app "
                        f"(environ, start_response), not with {len(args)} arguments")

    async def asgi(self, scope: MutableMapping[str, Any], receive: ASGIReceive, send: ASGISend) -> None:
        """The ASGI application: one ``http.response.start`` and one ``http.response.body`` message;
        the body is empty for HEAD requests (``content-length`` still gives the PNG's size)."""
        if scope.get("type") != "http":
            raise TypeError(f"ImageResponse serves only ASGI 'http' scopes, not {scope.get('type')!r}")
        if not self.rendered:
            await _to_thread(self._render_guarded)
        status, _, headers, body = self._outcome()
        await send({
            "type": "http.response.start",
            "status": status,
            "headers": [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers],
        })
        await send({"type": "http.response.body", "body": b"" if scope.get("method") == "HEAD" else body})

    def wsgi(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """The WSGI application (PEP 3333); renders in the calling (worker) thread. HEAD gets no body."""
        status, reason, headers, body = self._outcome()
        start_response(f"{status} {reason}", headers)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    def _render_guarded(self) -> None:
        # Reads .body for its side effect; the error, if any, is kept and reported by _outcome.
        try:
            self.body  # noqa: B018
        except PureogError:
            pass

    # --- framework-native responses -----------------------------------------------------------

    def to_starlette(self) -> Any:
        """A ``starlette.responses.Response`` (what FastAPI needs: it JSON-encodes any returned object
        that is not one). Renders now, in the calling thread."""
        from starlette.responses import Response  # noqa: PLC0415

        status, _, headers, body = self._outcome()
        response = Response(content=body, status_code=status)
        response.raw_headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
        return response

    def to_flask(self) -> Any:
        """A ``flask.Response``. Renders now. (A Flask view may also return the ImageResponse itself:
        Flask runs a returned WSGI app.)"""
        from flask import Response  # noqa: PLC0415

        status, reason, headers, body = self._outcome()
        return Response(body, status=f"{status} {reason}", headers=headers)

    def to_django(self) -> Any:
        """A ``django.http.HttpResponse``. Renders now. Django keeps one value per header name, so
        repeated names other than ``set-cookie`` are joined with ``", "``."""
        from django.http import HttpResponse  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415

        status, reason, headers, body = self._outcome()
        response = HttpResponse(body, status=status, reason=reason)
        joined: dict[str, str] = {}
        cookies: list[str] = []
        for name, value in headers:
            if name == "set-cookie":
                cookies.append(value)
            else:
                joined[name] = f"{joined[name]}, {value}" if name in joined else value
        for name, value in joined.items():
            response.headers[name] = value
        for cookie in cookies:
            # Django sends cookies from response.cookies, one set-cookie line each.
            response.cookies.load(cookie)
        return response

    def __repr__(self) -> str:
        state = "error" if self._error is not None else "rendered" if self._body is not None else "lazy"
        return f"<ImageResponse {self._status} {self.media_type} {state}>"


async def _to_thread(function: Callable[[], None]) -> None:
    # asyncio is imported here, not at the top: it would double the cost of `import pureog`, and only
    # code already running under an event loop gets here.
    import asyncio  # noqa: PLC0415

    await asyncio.to_thread(function)


def _check_status(status: Any) -> int:
    # The Fetch Response constructor's rules, which Next inherits: RangeError / TypeError there.
    if isinstance(status, bool) or not isinstance(status, int):
        raise DocumentError(f"expected an integer status, got {status!r}", path="status")
    if not 200 <= status <= 599:
        raise DocumentError(f"status must be in the range 200 to 599, got {status}", path="status")
    if status in _NULL_BODY_STATUSES:
        raise DocumentError(f"status {status} cannot have a body", path="status")
    return status


def _check_status_text(text: str | None, status: int) -> str:
    if text is None:
        from http import HTTPStatus  # noqa: PLC0415

        try:
            return HTTPStatus(status).phrase
        except ValueError:
            return ""
    if not isinstance(text, str) or not _is_field_value(text):
        raise DocumentError(f"expected a status text without control characters, got {text!r}",
                            path="status_text")
    return text


def _merge_headers(cache_control: str | None, headers: HeadersInput | None) -> HeaderList:
    defaults: HeaderList = [("content-type", "image/png")]
    if cache_control is not None:
        defaults.append(("cache-control", _check_value("cache_control", cache_control)))
    given = _normalise_headers(headers)
    overridden = {name for name, _ in given}
    return [pair for pair in defaults if pair[0] not in overridden] + given


def _normalise_headers(headers: HeadersInput | None) -> HeaderList:
    if headers is None:
        return []
    if isinstance(headers, (str, bytes)):
        raise DocumentError("expected a mapping or (name, value) pairs", path="headers")
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    out: HeaderList = []
    for index, pair in enumerate(pairs):
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise DocumentError(f"expected a (name, value) pair, got {pair!r}", path=f"headers[{index}]")
        name, value = pair
        if not isinstance(name, str) or not name or not set(name) <= _TOKEN_CHARS:
            raise DocumentError(f"invalid header name {name!r}", path=f"headers[{index}]")
        out.append((name.lower(), _check_value(f"headers[{name!r}]", value)))
    return out


def _check_value(path: str, value: Any) -> str:
    # CR/LF would let a value smuggle in extra header lines; non-latin-1 cannot be sent at all.
    if not isinstance(value, str) or not _is_field_value(value):
        raise DocumentError(f"expected a header value of visible latin-1 characters, got {value!r}", path=path)
    return value


def _is_field_value(text: str) -> bool:
    return all(ch == "\t" or " " <= ch <= "~" or "\x80" <= ch <= "\xff" for ch in text)
