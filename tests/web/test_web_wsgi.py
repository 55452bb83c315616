"""ImageResponse as a WSGI app (by hand and over a real loopback wsgiref server) and the Flask and
Django adapters (skipped when those frameworks are not installed)."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

import pytest

from pureog.web import ImageResponse
from tests.web.support import BAD_CARD, RED_CARD, RenderSpy, decode


def _call(app: Any, method: str = "GET") -> tuple[str, list[tuple[str, str]], bytes]:
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "QUERY_STRING": ""}
    setup_testing_defaults(environ)
    seen: list[Any] = []

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        seen.extend([status, headers])
        return lambda data: None

    # wsgiref.validate checks PEP 3333 conformance of the app (status line, header types, iterable).
    result: Any = validator(app)(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        result.close()
    return seen[0], seen[1], body


def test_wsgi_get() -> None:
    response = ImageResponse(RED_CARD, width=40, height=20, headers={"X-Card": "red"})
    status, headers, body = _call(response)
    assert status == "200 OK"
    assert headers == [("content-type", "image/png"), ("cache-control", "public, max-age=0, must-revalidate"),
                       ("x-card", "red"), ("content-length", str(len(body)))]
    assert decode(body)[:2] == (40, 20)


def test_wsgi_head_has_no_body() -> None:
    response = ImageResponse(RED_CARD, width=40, height=20)
    status, headers, body = _call(response, "HEAD")
    assert status == "200 OK" and body == b""
    assert dict(headers)["content-length"] == str(len(response.body))


def test_wsgi_status_line_uses_status_text() -> None:
    assert _call(ImageResponse(RED_CARD, width=8, height=8, status=404))[0] == "404 Not Found"
    assert _call(ImageResponse(RED_CARD, width=8, height=8, status=299, status_text="Fine"))[0] == "299 Fine"


def test_wsgi_renders_in_the_calling_thread(spy: RenderSpy) -> None:
    response = ImageResponse(RED_CARD, width=8, height=8)
    assert spy.calls == 0
    _call(response)
    assert spy.threads == [threading.get_ident()]


def test_wsgi_error_is_a_500_or_propagates() -> None:
    status, headers, body = _call(ImageResponse(BAD_CARD, width=8, height=8))
    assert status == "500 Internal Server Error" and body == b"Internal Server Error"
    assert dict(headers)["cache-control"] == "no-store"
    environ: dict[str, Any] = {}
    setup_testing_defaults(environ)
    with pytest.raises(Exception, match="padding"):
        ImageResponse(BAD_CARD, width=8, height=8, raise_errors=True)(environ, lambda *a: None)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A real wsgiref server on 127.0.0.1 (an ephemeral port) routing by path."""

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        if environ["PATH_INFO"] == "/broken.png":
            return ImageResponse(BAD_CARD, width=8, height=8)(environ, start_response)
        return ImageResponse(RED_CARD, width=40, height=20, status=201)(environ, start_response)

    httpd = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def test_real_wsgiref_server(server: str) -> None:
    with urllib.request.urlopen(f"{server}/og.png", timeout=30) as got:
        assert got.status == 201
        assert got.headers["Content-Type"] == "image/png"
        assert got.headers["Cache-Control"] == "public, max-age=0, must-revalidate"
        body = got.read()
    assert int(got.headers["Content-Length"]) == len(body)
    assert decode(body)[:2] == (40, 20)
    head = urllib.request.Request(f"{server}/og.png", method="HEAD")
    with urllib.request.urlopen(head, timeout=30) as got:
        assert got.read() == b"" and int(got.headers["Content-Length"]) == len(body)
    with pytest.raises(urllib.error.HTTPError) as failed:
        urllib.request.urlopen(f"{server}/broken.png", timeout=30)
    assert failed.value.code == 500
    assert failed.value.read() == b"Internal Server Error"
    failed.value.close()


# --- Flask and Django (not dev dependencies: skipped when absent) -----------------------------------

def test_flask_view_may_return_the_response_or_to_flask() -> None:
    flask = pytest.importorskip("flask")
    app = flask.Flask(__name__)

    @app.get("/direct.png")  # type: ignore[untyped-decorator, unused-ignore]
    def direct() -> Any:
        return ImageResponse(RED_CARD, width=40, height=20)

    @app.get("/native.png")  # type: ignore[untyped-decorator, unused-ignore]
    def native() -> Any:
        converted = ImageResponse(RED_CARD, width=40, height=20, headers=[("set-cookie", "a=1"),
                                                                          ("set-cookie", "b=2")]).to_flask()
        assert isinstance(converted, flask.Response)
        return converted

    client = app.test_client()
    for path in ("/direct.png", "/native.png"):
        got = client.get(path)
        assert got.status_code == 200, path
        assert got.headers["Content-Type"] == "image/png"
        assert got.headers["Cache-Control"] == "public, max-age=0, must-revalidate"
        assert decode(got.data)[:2] == (40, 20)
    assert client.get("/native.png").headers.getlist("Set-Cookie") == ["a=1", "b=2"]
    failed = ImageResponse(BAD_CARD, width=8, height=8).to_flask()
    assert failed.status_code == 500


def test_to_django() -> None:
    pytest.importorskip("django")
    from django.conf import settings  # type: ignore[import-untyped, unused-ignore]

    if not settings.configured:
        settings.configure(DEFAULT_CHARSET="utf-8")
    from django.http import HttpResponse  # type: ignore[import-untyped, unused-ignore]

    response = ImageResponse(RED_CARD, width=40, height=20, status=203,
                             headers=[("x-a", "1"), ("x-a", "2"), ("set-cookie", "a=1; Path=/")])
    native = response.to_django()
    assert isinstance(native, HttpResponse)
    assert native.status_code == 203 and native.reason_phrase == "Non-Authoritative Information"
    assert native.content == response.body
    assert native["Content-Type"] == "image/png"
    assert native["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert native["Content-Length"] == str(len(response.body))
    assert native["X-A"] == "1, 2"
    assert native.cookies["a"].value == "1" and native.cookies["a"]["path"] == "/"
    assert ImageResponse(BAD_CARD, width=8, height=8).to_django().status_code == 500
