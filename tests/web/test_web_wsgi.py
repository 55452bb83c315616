"""ImageResponse as a WSGI app (by hand and over a real loopback wsgiref server) and the Flask and
Django adapters (skipped when those frameworks are not installed), conditional requests included."""

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
from tests.web.support import BAD_CARD, CONDITIONS, RED_CARD, RenderSpy, condition, decode, etag_of


def _call(app: Any, method: str = "GET", if_none_match: str | None = None) \
        -> tuple[str, list[tuple[str, str]], bytes]:
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "QUERY_STRING": ""}
    if if_none_match is not None:
        environ["HTTP_IF_NONE_MATCH"] = if_none_match
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
                       ("x-card", "red"), ("etag", etag_of(body)), ("content-length", str(len(body)))]
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
    assert dict(headers)["cache-control"] == "no-store" and "etag" not in dict(headers)
    assert _call(ImageResponse(BAD_CARD, width=8, height=8), "GET", "*")[0] == "500 Internal Server Error"
    environ: dict[str, Any] = {}
    setup_testing_defaults(environ)
    with pytest.raises(Exception, match="padding"):
        ImageResponse(BAD_CARD, width=8, height=8, raise_errors=True)(environ, lambda *a: None)


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("if_none_match,matches", CONDITIONS)
def test_wsgi_if_none_match(method: str, if_none_match: str, matches: bool) -> None:
    # wsgiref.validate also checks that a 304 carries no content-type.
    response = ImageResponse(RED_CARD, width=8, height=8, headers={"vary": "accept", "x-card": "red"})
    status, headers, body = _call(response, method, condition(if_none_match, response.body))
    etag = etag_of(response.body)
    if matches:
        assert status == "304 Not Modified" and body == b""
        assert headers == [("cache-control", "public, max-age=0, must-revalidate"), ("vary", "accept"),
                           ("etag", etag)]
    else:
        assert status == "200 OK" and body == (b"" if method == "HEAD" else response.body)
        assert dict(headers)["etag"] == etag


def test_wsgi_if_none_match_is_for_get_and_head_of_a_2xx_only() -> None:
    assert _call(ImageResponse(RED_CARD, width=8, height=8), "POST", "*")[0] == "200 OK"
    assert _call(ImageResponse(RED_CARD, width=8, height=8, status=404), "GET", "*")[0] == "404 Not Found"


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
    etag = got.headers["ETag"]
    assert etag == etag_of(body)
    head = urllib.request.Request(f"{server}/og.png", method="HEAD")
    with urllib.request.urlopen(head, timeout=30) as got:
        assert got.read() == b"" and int(got.headers["Content-Length"]) == len(body)
    for method in ("GET", "HEAD"):
        conditional = urllib.request.Request(f"{server}/og.png", method=method, headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as not_modified:  # urllib raises for any non-2xx
            urllib.request.urlopen(conditional, timeout=30)
        assert not_modified.value.code == 304 and not_modified.value.headers["ETag"] == etag
        assert not_modified.value.headers["Content-Type"] is None
        assert not_modified.value.read() == b""
        not_modified.value.close()
    broken = urllib.request.Request(f"{server}/broken.png", headers={"If-None-Match": "*"})
    with pytest.raises(urllib.error.HTTPError) as failed:
        urllib.request.urlopen(broken, timeout=30)
    assert failed.value.code == 500 and failed.value.headers["ETag"] is None
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


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("if_none_match,matches", CONDITIONS)
def test_flask_answers_if_none_match(method: str, if_none_match: str, matches: bool) -> None:
    flask = pytest.importorskip("flask")
    app = flask.Flask(__name__)
    image = ImageResponse(RED_CARD, width=8, height=8).body

    @app.route("/direct.png", methods=["GET", "HEAD"])  # type: ignore[untyped-decorator, unused-ignore]
    def direct() -> Any:
        return ImageResponse(RED_CARD, width=8, height=8)

    @app.route("/native.png", methods=["GET", "HEAD"])  # type: ignore[untyped-decorator, unused-ignore]
    def native() -> Any:
        converted = ImageResponse(RED_CARD, width=8, height=8).to_flask(flask.request)
        assert converted.status_code == (304 if matches else 200)
        assert ("Content-Type" in converted.headers) is not matches
        assert ("Content-Length" in converted.headers) is not matches
        return converted

    @app.get("/broken.png")  # type: ignore[untyped-decorator, unused-ignore]
    def broken() -> Any:
        return ImageResponse(BAD_CARD, width=8, height=8).to_flask(flask.request)

    client = app.test_client()
    for path in ("/direct.png", "/native.png"):
        got = client.open(path, method=method, headers={"If-None-Match": condition(if_none_match, image)})
        assert got.status_code == (304 if matches else 200), path
        assert got.headers["ETag"] == etag_of(image)
        assert got.data == (image if method == "GET" and not matches else b"")
        assert ("Content-Type" in got.headers) is not matches
    failed = client.get("/broken.png", headers={"If-None-Match": "*"})
    assert failed.status_code == 500 and "ETag" not in failed.headers


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
    assert native["ETag"] == etag_of(response.body)
    assert ImageResponse(BAD_CARD, width=8, height=8).to_django().status_code == 500


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("if_none_match,matches", CONDITIONS)
def test_to_django_answers_if_none_match(method: str, if_none_match: str, matches: bool) -> None:
    pytest.importorskip("django")
    from django.conf import settings  # type: ignore[import-untyped, unused-ignore]

    if not settings.configured:
        settings.configure(DEFAULT_CHARSET="utf-8")
    from django.test import RequestFactory  # type: ignore[import-untyped, unused-ignore]

    response = ImageResponse(RED_CARD, width=8, height=8, headers={"vary": "accept", "set-cookie": "a=1"})
    etag = etag_of(response.body)
    request = RequestFactory().generic(method, "/og.png", HTTP_IF_NONE_MATCH=condition(if_none_match, response.body))
    native = response.to_django(request)
    assert native["ETag"] == etag
    if matches:
        assert native.status_code == 304 and native.reason_phrase == "Not Modified" and native.content == b""
        assert sorted(name.lower() for name in native.headers) == ["cache-control", "etag", "vary"]
        assert not native.cookies
    else:
        assert native.status_code == 200 and native.content == response.body
        assert native["Content-Type"] == "image/png" and native.cookies["a"].value == "1"
    failed = ImageResponse(BAD_CARD, width=8, height=8).to_django(RequestFactory().get("/", HTTP_IF_NONE_MATCH="*"))
    assert failed.status_code == 500 and not failed.has_header("ETag")
