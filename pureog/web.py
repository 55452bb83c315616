"""ImageResponse: serve a rendered PNG from any Python web framework, as Next.js ``ImageResponse`` does.

Role: wrap one render (an element tree or document plus ``render_png``'s options) together with the HTTP
response around it: status, headers, and the PNG body. Input: the same arguments as
:func:`pureog.render_png` plus ``status``, ``status_text``, ``headers`` and ``cache_control``. Output:
an object that is at once

* a lazy response value: ``.body`` (and ``.etag``) render on first access (and only then),
  ``.status``, ``.headers`` and ``.media_type`` never render;
* an **ASGI app** (``await response(scope, receive, send)``), so a Starlette endpoint may return it;
* a **WSGI app** (``response(environ, start_response)``), so Flask views and plain WSGI servers may
  return or mount it;
* convertible to a framework's own response type (``to_starlette``, ``to_starlette_async``,
  ``to_flask``, ``to_django``), each imported lazily inside the method.

Headers follow Next.js 16.4.6 ``next/og`` (``next/dist/server/og/image-response.js``): ``content-type:
image/png`` and ``cache-control: public, max-age=0, must-revalidate`` (the value under ``next start``;
``next dev`` sends ``no-cache, no-store`` and the standalone ``@vercel/og`` package sends
``public, immutable, no-transform, max-age=31536000``: all three are constants here). ``headers`` given
by the caller replace defaults of the same name, case-insensitively; names are lower-cased as the Fetch
``Headers`` class does. As in the Fetch ``Response`` constructor, ``status`` must be 200..599 and may
not be a null-body status (204, 205, 304).

Conditional requests (which Next does not answer): a rendered image is sent with a strong ``etag``, a
digest of its bytes (pureog's output is a pure function of its input, so equal input gives an equal
tag). A GET or HEAD whose ``If-None-Match`` matches it (RFC 9110 §13.1.2) is answered ``304 Not
Modified`` without a body. The ASGI and WSGI apps read the request themselves; the ``to_*`` adapters
take the framework's request as an optional argument. The image is still rendered to learn its tag.

Errors: a :class:`PureogError` while rendering is logged on the ``pureog.web`` logger and answered with
a bare 500 (``cache-control: no-store`` so that no cache keeps the failure, no ``etag``, never a 304);
Next, which has sent its status before rendering, can only drop the connection (spec/web.md).
``raise_errors=True`` lets the error propagate to the framework instead. Other exceptions are bugs and
always propagate. ``.body``, ``.etag`` and ``render_async()`` themselves always raise.

Threads: ``.body`` renders in the calling thread; the ASGI app, ``render_async()`` and
``to_starlette_async()`` render in a worker thread (``asyncio.to_thread``), so that a render never
blocks the event loop. Renders of different responses run side by side (``render_png`` is
thread-safe: tests/test_concurrency.py); each response renders once, however many threads ask for it.
``timeout`` bounds that render. The ASGI app (and ``to_starlette_async(request)``, through the
request's ``receive``) also listens for ``http.disconnect`` while it renders: a client that goes away
cancels its render (:func:`pureog.limits.cancel_on`: it stops at its next deadline check, freeing its
worker thread), nothing is sent (``to_starlette_async``: a bodiless 499), and the response stays
unrendered, so a later request renders it afresh. WSGI tells an application nothing of a client that
went away, nor has ``render_async()`` a ``receive`` to read: there the ``timeout`` alone bounds the
render (spec/limits.md).

Must not import: the renderer at module import time (``pureog.api`` is imported inside ``_render``),
any web framework outside the ``to_*`` methods. Only the standard library otherwise.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, overload

from pureog.errors import DocumentError, PureogError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pureog.api import Font

__all__ = [
    "CLIENT_CLOSED",
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

#: the status :meth:`ImageResponse.to_starlette_async` returns for a client that went away mid-render
#: (nginx's "client closed request"; never reaches the client).
CLIENT_CLOSED = 499
#: seconds an ImageResponse may take to render: a default because serving is where untrusted documents
#: come from (spec/limits.md).
DEFAULT_TIMEOUT = 20.0
# Fetch's "null body status": a Response constructed with a body may not carry one of these.
_NULL_BODY_STATUSES = frozenset({204, 205, 304})
# RFC 9110 token characters, the only ones allowed in a field name.
_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ERROR_BODY = b"Internal Server Error"
_ERROR_HEADERS = (("content-type", "text/plain; charset=utf-8"), ("cache-control", "no-store"))
# RFC 9110 §15.4.5: the fields a 304 repeats from the 200 it stands for (Date is the server's business).
_NOT_MODIFIED_HEADERS = frozenset({"cache-control", "content-location", "etag", "expires", "vary"})
# Hex digits of the body's SHA-256 in the etag: 128 bits, plenty to tell two images apart.
_ETAG_DIGITS = 32
# Seconds between looks at the cancel flag of a render waiting for another thread's render of the same
# response (a lock cannot be waited on together with an Event).
_LOCK_POLL = 0.05

HeaderList = list[tuple[str, str]]
HeadersInput = Mapping[str, str] | Iterable[tuple[str, str]]
ASGIMessage = MutableMapping[str, Any]
ASGIReceive = Callable[[], Awaitable[ASGIMessage]]
ASGISend = Callable[[ASGIMessage], Awaitable[None]]
StartResponse = Callable[..., Any]


class ImageResponse:
    """A PNG HTTP response rendered lazily from an element tree, like Next.js ``ImageResponse``.

    ``element_or_document`` and ``width``/``height``/``fonts``/``emoji``/``debug``/``grapheme_images``/
    ``data``/``lenient``/``strict`` are passed to :func:`pureog.render_png` unchanged when the body is
    first needed (``data``/``lenient``: template values, spec/templates.md). ``status`` (200 by
    default), ``status_text`` (the standard reason phrase by default; only WSGI and ``to_flask`` /
    ``to_django`` send it) and ``headers`` (a mapping or ``(name, value)`` pairs) shape the response.
    ``cache_control`` sets the default ``cache-control`` value; ``None`` sends none. A ``cache-control``
    in ``headers`` wins over it, as in Next; so does an ``etag``, which then replaces the body's digest.
    ``timeout`` (seconds, default :data:`DEFAULT_TIMEOUT`; None: none) bounds the render: past it the
    response is a :class:`pureog.LimitError` (a 500). ``format`` (``png``, as Next; ``jpeg`` with
    ``quality``; ``webp``, lossless) picks the encoding and the default ``content-type``; ``compression``
    (0-9), ``zopfli`` and ``palette`` (``auto``/``never``) are :func:`pureog.render`'s PNG options.
    """

    __slots__ = ("_render_args", "_status", "_status_text", "_headers", "_raise_errors",
                 "_body", "_etag", "_error", "_lock")

    def __init__(self, element_or_document: Any, *, width: int | None = None, height: int | None = None,
                 fonts: Iterable[Mapping[str, Any] | Font] | None = None, emoji: str | None = None,
                 debug: bool | None = None, grapheme_images: Mapping[str, bytes | str] | None = None,
                 data: Mapping[str, Any] | None = None, lenient: bool = False,
                 strict: bool = False, status: int = 200, status_text: str | None = None,
                 headers: HeadersInput | None = None,
                 cache_control: str | None = DEFAULT_CACHE_CONTROL, raise_errors: bool = False,
                 timeout: float | None = DEFAULT_TIMEOUT, format: str = "png", quality: int = 90,
                 compression: int = 6, zopfli: bool = False, palette: str = "auto") -> None:
        from pureog.raster.encode import MEDIA_TYPES, check_format  # noqa: PLC0415  (small: not the renderer)

        image_format = check_format(format)
        self._render_args: tuple[Any, dict[str, Any]] = (element_or_document, {
            "width": width, "height": height, "fonts": fonts, "emoji": emoji, "debug": debug,
            "grapheme_images": grapheme_images, "data": data, "lenient": lenient, "strict": strict,
            "timeout": timeout, "format": image_format, "quality": quality, "compression": compression,
            "zopfli": zopfli, "palette": palette,
        })
        self._status = _check_status(status)
        self._status_text = _check_status_text(status_text, self._status)
        self._headers = _merge_headers(cache_control, headers, MEDIA_TYPES[image_format])
        self._raise_errors = bool(raise_errors)
        self._body: bytes | None = None
        # The caller's etag if any; otherwise the body's digest once rendered.
        self._etag: str | None = _given_etag(self._headers)
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
        """The response headers, lower-case names, without ``content-length`` and the body's ``etag``
        (known only after the render; they are added when the response is sent). Reading them never
        renders."""
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

    @property
    def etag(self) -> str:
        """The ``etag`` sent with the image: the one in ``headers`` if given, else a strong tag made of
        the first 32 hex digits of the body's SHA-256, ``"…"`` quoted. Renders (and raises) as ``.body``
        does when it needs the body."""
        if self._etag is None:
            self.body  # noqa: B018  (its side effect: the render sets _etag)
        assert self._etag is not None
        return self._etag

    async def render_async(self) -> bytes:
        """Render in a worker thread (``asyncio.to_thread``) and return the body; use it in ``async``
        endpoints before touching ``.body`` or calling a ``to_*`` adapter, so that the event loop stays
        free while the image is drawn. Raises the render's error, as ``.body`` does (for FastAPI,
        :meth:`to_starlette_async` renders the same way and answers the error with a 500)."""
        await self._render_off_loop()
        return self.body

    def _render(self, cancel: threading.Event | None = None) -> None:
        from pureog.api import render  # noqa: PLC0415  (lazy: importing web.py must stay cheap)
        from pureog.limits import cancel_on  # noqa: PLC0415

        element, options = self._render_args
        try:
            with cancel_on(cancel):
                body = render(element, **options)
        except PureogError as error:
            if cancel is not None and cancel.is_set():
                # Abandoned, not failed (the error may be another element's LimitError by now, hence
                # the flag): nothing is kept, and the next request for this response renders it again.
                return
            self._error = error
        else:
            if self._etag is None:
                import hashlib  # noqa: PLC0415  (lazy, like logging below)

                self._etag = f'"{hashlib.sha256(body).hexdigest()[:_ETAG_DIGITS]}"'
            self._body = body  # last: a set _body tells other threads that _etag is ready too
        # The tree and fonts can be large; once the outcome is known they are not needed any more.
        self._render_args = (None, {})

    async def _render_off_loop(self) -> None:
        if not self.rendered:
            await _to_thread(self._render_guarded)

    def _render_guarded(self) -> None:
        # Reads .body for its side effect; the error, if any, is kept and reported by _outcome.
        try:
            self.body  # noqa: B018
        except PureogError:
            pass

    def _render_cancellable(self, cancel: threading.Event) -> None:
        """Render (in a worker thread) unless rendered, stopping once ``cancel`` is set: also while
        waiting for another thread's render of this response, which may take up to its timeout."""
        while not self._lock.acquire(timeout=_LOCK_POLL):
            if cancel.is_set():
                return
        try:
            if not self.rendered and not cancel.is_set():
                self._render(cancel)
        finally:
            self._lock.release()

    async def _render_unless_disconnected(self, receive: ASGIReceive) -> bool:
        """Render in a worker thread while reading ``receive`` for ``http.disconnect``; on one, cancel
        the render and wait for its thread to stop (at its next deadline check). Whether the client is
        still there to be answered."""
        import asyncio  # noqa: PLC0415  (see _to_thread)

        cancel = threading.Event()
        render = asyncio.ensure_future(asyncio.to_thread(self._render_cancellable, cancel))
        watch = asyncio.ensure_future(_disconnected(receive))
        try:
            done, _ = await asyncio.wait((render, watch), return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # this app's task was cancelled (server shutdown): so is the render
            cancel.set()
            watch.cancel()
            raise
        if render in done:
            watch.cancel()
        elif watch.exception() is None and watch.result():
            cancel.set()
        # A receive that raised (Starlette's Request without one raises RuntimeError) tells nothing of the
        # client: the render goes on, and sending will tell the server's own story.
        await render
        return not cancel.is_set()

    def _outcome(self, method: str | None = None, if_none_match: str | None = None) \
            -> tuple[int, str, HeaderList, bytes]:
        """(status, reason phrase, headers, body) as sent to a ``method`` request carrying
        ``if_none_match``: a render error becomes a 500 unless ``raise_errors``, a matching
        ``If-None-Match`` a 304. Renders if needed."""
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
        etag = self.etag
        # A caller's etag is already among the headers; the body's own is added here.
        headers = self._headers if ("etag", etag) in self._headers else [*self._headers, ("etag", etag)]
        # RFC 9110 §13.2.1: preconditions apply only to what would otherwise be a 2xx; §13.1.2: If-None-Match
        # turns a GET or HEAD into a 304, other methods would need a 412, which is not ours to send.
        if (if_none_match is not None and method in ("GET", "HEAD") and 200 <= self._status < 300
                and _none_match(if_none_match, etag)):
            return 304, "Not Modified", [pair for pair in headers if pair[0] in _NOT_MODIFIED_HEADERS], b""
        return self._status, self._status_text, [*headers, ("content-length", str(len(body)))], body

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
        the body is empty for HEAD requests (``content-length`` still gives the PNG's size) and for a
        304 answering the request's ``If-None-Match``. None if the client disconnects while the image is
        rendered: the render is cancelled."""
        if scope.get("type") != "http":
            raise TypeError(f"ImageResponse serves only ASGI 'http' scopes, not {scope.get('type')!r}")
        if not self.rendered and not await self._render_unless_disconnected(receive):
            return  # the client went away: its render was cancelled, and there is no one to answer
        # Repeated fields are one comma-separated list (RFC 9110 §5.3).
        conditions = [value for name, value in scope.get("headers", ()) if name.lower() == b"if-none-match"]
        method = scope.get("method")
        status, _, headers, body = self._outcome(
            method, b", ".join(conditions).decode("latin-1") if conditions else None)
        await send({
            "type": "http.response.start",
            "status": status,
            "headers": [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers],
        })
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})

    def wsgi(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """The WSGI application (PEP 3333); renders in the calling (worker) thread. HEAD gets no body,
        nor does a 304 answering ``HTTP_IF_NONE_MATCH``."""
        method = environ.get("REQUEST_METHOD")
        status, reason, headers, body = self._outcome(method, environ.get("HTTP_IF_NONE_MATCH"))
        start_response(f"{status} {reason}", headers)
        return [] if method == "HEAD" or status == 304 else [body]

    # --- framework-native responses -----------------------------------------------------------
    # Each takes the framework's request, optionally, to answer its If-None-Match with a 304.

    def to_starlette(self, request: Any = None) -> Any:
        """A ``starlette.responses.Response`` (what FastAPI needs: it JSON-encodes any returned object
        that is not one). Renders now, in the calling thread: in an ``async`` endpoint use
        :meth:`to_starlette_async`. ``request``: the ``starlette.requests.Request``, for ``If-None-Match``."""
        from starlette.responses import Response  # noqa: PLC0415

        status, _, headers, body = self._outcome(*_condition(request))
        response = Response(content=body, status_code=status)
        response.raw_headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
        return response

    async def to_starlette_async(self, request: Any = None) -> Any:
        """:meth:`to_starlette` after rendering in a worker thread, for ``async`` FastAPI endpoints:
        ``return await ImageResponse(...).to_starlette_async(request)``. Like the ASGI app (and unlike
        :meth:`render_async`) it answers a render error with a 500 unless ``raise_errors``. With a
        ``request`` it also reads the request's ``receive`` while rendering, as the ASGI app does: if the
        client disconnects, the render is cancelled and the answer is a bodiless ``499`` (nginx's
        "client closed request"; the server sends it nowhere, but an endpoint must return something)."""
        receive = getattr(request, "receive", None)
        if receive is None:
            await self._render_off_loop()
        elif not self.rendered and not await self._render_unless_disconnected(receive):
            from starlette.responses import Response  # noqa: PLC0415

            return Response(status_code=CLIENT_CLOSED, headers={"cache-control": "no-store"})
        return self.to_starlette(request)

    def to_flask(self, request: Any = None) -> Any:
        """A ``flask.Response``. Renders now. ``request``: ``flask.request``, for ``If-None-Match``.
        (A Flask view may also return the ImageResponse itself: Flask runs a returned WSGI app, which
        reads the request on its own.)"""
        from flask import Response  # noqa: PLC0415

        status, reason, headers, body = self._outcome(*_condition(request))
        response = Response(body, status=f"{status} {reason}", headers=headers)
        if status == 304:  # werkzeug's own defaults, which RFC 9110 keeps out of a 304
            response.headers.pop("content-type", None)
            response.headers.pop("content-length", None)
        return response

    def to_django(self, request: Any = None) -> Any:
        """A ``django.http.HttpResponse``. Renders now. ``request``: the view's ``HttpRequest``, for
        ``If-None-Match``. Django keeps one value per header name, so repeated names other than
        ``set-cookie`` are joined with ``", "``."""
        from django.http import HttpResponse  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415

        status, reason, headers, body = self._outcome(*_condition(request))
        response = HttpResponse(body, status=status, reason=reason)
        if status == 304:
            del response["content-type"]  # Django's default text/html, as HttpResponseNotModified does
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


async def _disconnected(receive: ASGIReceive) -> bool:
    """Whether the client disconnects: reads the request's messages (its body, which the image does not
    need) until ``http.disconnect`` (True); False on a message that no server sends after the body's
    last part, as a hand-made ``receive`` may (there is nothing to learn from it any more)."""
    ended = False
    while True:
        message = await receive()
        kind = message.get("type")
        if kind == "http.disconnect":
            return True
        if kind != "http.request" or ended:
            return False
        ended = not message.get("more_body", False)


def _condition(request: Any) -> tuple[str | None, str | None]:
    """(method, If-None-Match) of a Starlette, Flask or Django request (all have ``.method`` and
    case-insensitive ``.headers``), or (None, None) without one."""
    if request is None:
        return None, None
    headers = request.headers
    # Starlette keeps repeated fields apart (getlist); WSGI servers and Django have joined them already.
    values = headers.getlist("if-none-match") if hasattr(headers, "getlist") else [headers.get("if-none-match")]
    values = [value for value in values if value is not None]
    return request.method, ", ".join(values) if values else None


def _none_match(if_none_match: str, etag: str) -> bool:
    """Whether an If-None-Match value matches ``etag`` (RFC 9110 §13.1.2): ``*`` matches any, otherwise
    any listed tag matching by weak comparison (the opaque tags are equal, ``W/`` or not)."""
    if if_none_match.strip() == "*":
        return True
    # Opaque tags are quoted and hold no quote (but may hold commas), so splitting on '"' puts exactly
    # them at the odd positions of a well-formed list.
    return _opaque_tag(etag) in if_none_match.split('"')[1::2]


def _opaque_tag(etag: str) -> str:
    return etag.removeprefix("W/")[1:-1]


def _given_etag(headers: HeaderList) -> str | None:
    """The caller's ``etag`` header, checked to be one RFC 9110 entity-tag (``"…"`` or ``W/"…"``)."""
    given = [value for name, value in headers if name == "etag"]
    if not given:
        return None
    tag = given[0].removeprefix("W/")
    if len(given) > 1 or len(tag) < 2 or tag[0] != '"' or tag[-1] != '"' or '"' in tag[1:-1]:
        raise DocumentError(f'expected one etag of the form "tag" or W/"tag", got {given!r}', path="headers")
    return given[0]


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


def _merge_headers(cache_control: str | None, headers: HeadersInput | None, media_type: str = "image/png") \
        -> HeaderList:
    defaults: HeaderList = [("content-type", media_type)]
    if cache_control is not None:
        defaults.append(("cache-control", _check_value("cache_control", cache_control)))
    given = _normalise_headers(headers)
    overridden = {name for name, _ in given}
    return [pair for pair in defaults if pair[0] not in overridden] + given


def _normalise_headers(headers: HeadersInput | None) -> HeaderList:
    if headers is None:
        return []
    if isinstance(headers, (str, bytes)) or not isinstance(headers, Iterable):
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
