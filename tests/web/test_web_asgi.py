"""ImageResponse as an ASGI app: driven by hand, then through real Starlette and FastAPI apps (dev-only
dependencies), conditional requests (If-None-Match, 304) included."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import MutableMapping
from typing import Any

import pytest

import pureog
from pureog.web import ImageResponse
from tests.web.support import BAD_CARD, CONDITIONS, RED_CARD, RenderSpy, condition, decode, etag_of


def _scope(method: str = "GET", kind: str = "http", *conditions: str) -> dict[str, Any]:
    headers = [(b"host", b"testserver"), *((b"if-none-match", value.encode()) for value in conditions)]
    return {"type": kind, "asgi": {"version": "3.0", "spec_version": "2.4"}, "http_version": "1.1",
            "method": method, "scheme": "http", "path": "/og.png", "raw_path": b"/og.png",
            "query_string": b"", "root_path": "", "headers": headers,
            "server": ("testserver", 80), "client": ("127.0.0.1", 5000)}


def _serve(app: Any, method: str = "GET", *conditions: str) -> list[MutableMapping[str, Any]]:
    """The messages ``app`` sends for a ``method`` request with these If-None-Match header lines."""
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(_scope(method, "http", *conditions), receive, send))
    return sent


def test_get_sends_start_then_body() -> None:
    response = ImageResponse(RED_CARD, width=40, height=20, headers={"X-Card": "red"})
    start, body = _serve(response)
    assert start["type"] == "http.response.start" and start["status"] == 200
    assert body["type"] == "http.response.body" and not body.get("more_body", False)
    png = body["body"]
    assert start["headers"] == [(b"content-type", b"image/png"),
                                (b"cache-control", b"public, max-age=0, must-revalidate"),
                                (b"x-card", b"red"), (b"etag", etag_of(png).encode()),
                                (b"content-length", str(len(png)).encode())]
    assert png == response.body
    assert decode(png)[:2] == (40, 20)


def test_head_sends_headers_only_with_the_png_length() -> None:
    response = ImageResponse(RED_CARD, width=40, height=20)
    start, body = _serve(response, "HEAD")
    assert body == {"type": "http.response.body", "body": b""}
    assert dict(start["headers"])[b"content-length"] == str(len(response.body)).encode()


def test_custom_status_is_sent() -> None:
    start, _ = _serve(ImageResponse(RED_CARD, width=8, height=8, status=404))
    assert start["status"] == 404


def test_asgi_renders_off_the_event_loop_thread(spy: RenderSpy) -> None:
    _serve(ImageResponse(RED_CARD, width=8, height=8))
    assert spy.calls == 1 and spy.threads[0] != threading.get_ident()


def test_already_rendered_body_is_not_rendered_again(spy: RenderSpy) -> None:
    response = ImageResponse(RED_CARD, width=8, height=8)
    response.body  # noqa: B018
    _serve(response)
    _serve(response)
    assert spy.calls == 1


def test_render_error_becomes_a_500() -> None:
    start, body = _serve(ImageResponse(BAD_CARD, width=8, height=8, headers={"x-card": "bad"}))
    assert start["status"] == 500
    headers = dict(start["headers"])
    assert headers[b"content-type"] == b"text/plain; charset=utf-8"
    assert headers[b"cache-control"] == b"no-store"
    assert b"x-card" not in headers and b"etag" not in headers
    assert body["body"] == b"Internal Server Error"


# --- conditional requests ----------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("if_none_match,matches", CONDITIONS)
def test_if_none_match(method: str, if_none_match: str, matches: bool) -> None:
    response = ImageResponse(RED_CARD, width=8, height=8)
    start, body = _serve(response, method, condition(if_none_match, response.body))
    if matches:
        assert start["status"] == 304 and body["body"] == b""
        assert start["headers"] == [(b"cache-control", b"public, max-age=0, must-revalidate"),
                                    (b"etag", etag_of(response.body).encode())]
    else:
        assert start["status"] == 200
        assert body["body"] == (b"" if method == "HEAD" else response.body)
        assert dict(start["headers"])[b"content-length"] == str(len(response.body)).encode()


def test_not_modified_keeps_only_the_fields_rfc_9110_lists() -> None:
    headers = {"vary": "accept", "expires": "Thu, 01 Jan 2099 00:00:00 GMT", "content-location": "/a.png",
               "x-card": "red", "set-cookie": "a=1", "last-modified": "Thu, 01 Jan 2025 00:00:00 GMT"}
    response = ImageResponse(RED_CARD, width=8, height=8, headers=headers)
    start, body = _serve(response, "GET", "*")
    assert start["status"] == 304 and body["body"] == b""
    assert [name for name, _ in start["headers"]] == [b"cache-control", b"vary", b"expires",
                                                      b"content-location", b"etag"]


def test_repeated_if_none_match_lines_form_one_list() -> None:
    response = ImageResponse(RED_CARD, width=8, height=8)
    start, _ = _serve(response, "GET", '"a"', etag_of(response.body))
    assert start["status"] == 304


def test_a_callers_etag_is_the_one_compared() -> None:
    response = ImageResponse(RED_CARD, width=8, height=8, headers={"etag": 'W/"v1"'})
    assert _serve(response, "GET", etag_of(response.body))[0]["status"] == 200
    start, _ = _serve(response, "GET", '"v1"')
    assert start["status"] == 304 and dict(start["headers"])[b"etag"] == b'W/"v1"'


def test_only_get_and_head_of_a_2xx_are_answered_304() -> None:
    assert _serve(ImageResponse(RED_CARD, width=8, height=8), "POST", "*")[0]["status"] == 200
    missing = _serve(ImageResponse(RED_CARD, width=8, height=8, status=404), "GET", "*")
    assert missing[0]["status"] == 404 and missing[1]["body"].startswith(b"\x89PNG")


def test_a_failed_render_is_never_a_304() -> None:
    start, body = _serve(ImageResponse(BAD_CARD, width=8, height=8), "GET", "*")
    assert start["status"] == 500 and body["body"] == b"Internal Server Error"
    assert b"etag" not in dict(start["headers"])


def test_raise_errors_propagates_and_sends_nothing() -> None:
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    response = ImageResponse(BAD_CARD, width=8, height=8, raise_errors=True)
    with pytest.raises(pureog.StyleError):
        asyncio.run(response(_scope(), receive, send))
    assert sent == []


def test_non_http_scopes_are_refused() -> None:
    async def receive() -> dict[str, Any]:
        return {"type": "lifespan.startup"}

    async def send(message: MutableMapping[str, Any]) -> None:
        raise AssertionError("nothing may be sent")

    with pytest.raises(TypeError):
        asyncio.run(ImageResponse(RED_CARD)(_scope(kind="lifespan"), receive, send))


# --- a real Starlette app (dev-only dependency) ---------------------------------------------------

def test_starlette_endpoint_returning_image_response(spy: RenderSpy) -> None:
    pytest.importorskip("httpx")
    pytest.importorskip("starlette")
    from starlette.applications import Starlette
    from starlette.routing import Route
    from starlette.testclient import TestClient

    async def card(request: Any) -> ImageResponse:
        return ImageResponse(RED_CARD, width=40, height=20, headers={"x-title": request.path_params["t"]})

    def broken(request: Any) -> ImageResponse:
        return ImageResponse(BAD_CARD, width=8, height=8)

    app = Starlette(routes=[Route("/og/{t}.png", card, methods=["GET", "HEAD"]),
                            Route("/broken.png", broken)])
    with TestClient(app) as client:
        got = client.get("/og/hello.png")
        assert got.status_code == 200
        assert got.headers["content-type"] == "image/png"
        assert got.headers["cache-control"] == "public, max-age=0, must-revalidate"
        assert got.headers["x-title"] == "hello"
        assert decode(got.content)[:2] == (40, 20)
        assert got.headers["etag"] == etag_of(got.content)
        head = client.head("/og/hello.png")
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == str(len(got.content))
        cached = client.get("/og/hello.png", headers={"if-none-match": got.headers["etag"]})
        assert cached.status_code == 304 and cached.content == b""
        assert "content-type" not in cached.headers and cached.headers["etag"] == got.headers["etag"]
        failed = client.get("/broken.png", headers={"if-none-match": "*"})
        assert failed.status_code == 500 and failed.text == "Internal Server Error"
        assert "etag" not in failed.headers
    assert spy.calls == 4


def test_to_starlette_for_fastapi_style_handlers() -> None:
    pytest.importorskip("starlette")
    from starlette.responses import Response

    response = ImageResponse(RED_CARD, width=8, height=8, headers=[("set-cookie", "a=1"), ("set-cookie", "b=2")])
    native = response.to_starlette()
    assert isinstance(native, Response)
    assert native.status_code == 200 and native.body == response.body
    assert native.headers.getlist("set-cookie") == ["a=1", "b=2"]
    assert native.headers["content-length"] == str(len(response.body))
    assert native.media_type is None and native.headers["content-type"] == "image/png"
    assert native.headers["etag"] == etag_of(response.body)
    failed = ImageResponse(BAD_CARD, width=8, height=8).to_starlette()
    assert failed.status_code == 500


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("if_none_match,matches", CONDITIONS)
def test_to_starlette_answers_the_requests_if_none_match(method: str, if_none_match: str, matches: bool) -> None:
    pytest.importorskip("starlette")
    from starlette.requests import Request

    response = ImageResponse(RED_CARD, width=8, height=8)
    request = Request(_scope(method, "http", condition(if_none_match, response.body)))
    native = response.to_starlette(request)
    assert native.status_code == (304 if matches else 200)
    assert native.headers["etag"] == etag_of(response.body)
    assert native.body == (b"" if matches else response.body)
    assert ("content-type" in native.headers) is not matches
    assert ("content-length" in native.headers) is not matches
    failed = ImageResponse(BAD_CARD, width=8, height=8).to_starlette(Request(_scope(method, "http", "*")))
    assert failed.status_code == 500 and "etag" not in failed.headers


def test_to_starlette_async_renders_off_the_loop_and_answers_errors_with_a_500(spy: RenderSpy) -> None:
    pytest.importorskip("starlette")
    from starlette.requests import Request

    async def serve(document: Any) -> tuple[Any, int]:
        request = Request(_scope("GET", "http", "*"))
        return await ImageResponse(document, width=8, height=8).to_starlette_async(request), \
            threading.get_ident()

    native, loop_thread = asyncio.run(serve(RED_CARD))
    assert native.status_code == 304 and spy.threads[0] != loop_thread
    failed, _ = asyncio.run(serve(BAD_CARD))
    assert failed.status_code == 500 and failed.body == b"Internal Server Error"
    with pytest.raises(pureog.StyleError):
        asyncio.run(ImageResponse(BAD_CARD, raise_errors=True).to_starlette_async())


def test_fastapi_recipe(spy: RenderSpy, caplog: pytest.LogCaptureFixture) -> None:
    """The README's FastAPI recipe, in a real FastAPI app: a template filled from the path, an etag and
    304s, renders off the event loop, and a bad document answered with a clean, logged 500."""
    pytest.importorskip("httpx")
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from tests.web.fastapi_app import make_app

    loop_threads: list[int] = []
    app = make_app(loop_threads)

    # raise_server_exceptions (the default) would re-raise an error escaping the endpoint here.
    with TestClient(app) as client, caplog.at_level(logging.ERROR, logger="pureog.web"):
        got = client.get("/og/blue.png")
        assert got.status_code == 200 and got.headers["content-type"] == "image/png"
        assert got.headers["cache-control"] == "public, max-age=3600"
        width, height, rows = decode(got.content)
        assert (width, height) == (40, 20) and rows[0][:4] == [0, 0, 255, 255]
        assert got.headers["etag"] == etag_of(got.content)
        cached = client.get("/og/blue.png", headers={"if-none-match": f'"x", W/{got.headers["etag"]}'})
        assert cached.status_code == 304 and cached.content == b""
        assert dict(cached.headers) == {"cache-control": "public, max-age=3600", "etag": got.headers["etag"]}
        head = client.head("/og/blue.png", headers={"if-none-match": '"x"'})
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == str(len(got.content))
        assert client.get("/og/red.png", headers={"if-none-match": got.headers["etag"]}).status_code == 200
        assert not caplog.records
        failed = client.get("/broken.png", headers={"if-none-match": "*"})
    assert failed.status_code == 500 and failed.text == "Internal Server Error"
    assert failed.headers["cache-control"] == "no-store" and "etag" not in failed.headers
    assert [record.name for record in caplog.records] == ["pureog.web"]
    assert "padding" in caplog.records[0].getMessage()
    assert spy.calls == len(loop_threads) == 5
    assert all(render != loop for render, loop in zip(spy.threads, loop_threads, strict=True))
