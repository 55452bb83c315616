"""ImageResponse as an ASGI app: driven by hand, then through a real Starlette app when installed."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import MutableMapping
from typing import Any

import pytest

import pureog
from pureog.web import ImageResponse
from tests.web.support import BAD_CARD, RED_CARD, RenderSpy, decode


def _scope(method: str = "GET", kind: str = "http") -> dict[str, Any]:
    return {"type": kind, "asgi": {"version": "3.0", "spec_version": "2.4"}, "http_version": "1.1",
            "method": method, "scheme": "http", "path": "/og.png", "raw_path": b"/og.png",
            "query_string": b"", "root_path": "", "headers": [(b"host", b"testserver")],
            "server": ("testserver", 80), "client": ("127.0.0.1", 5000)}


def _serve(app: Any, method: str = "GET") -> list[MutableMapping[str, Any]]:
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(_scope(method), receive, send))
    return sent


def test_get_sends_start_then_body() -> None:
    response = ImageResponse(RED_CARD, width=40, height=20, headers={"X-Card": "red"})
    start, body = _serve(response)
    assert start["type"] == "http.response.start" and start["status"] == 200
    assert body["type"] == "http.response.body" and not body.get("more_body", False)
    png = body["body"]
    assert start["headers"] == [(b"content-type", b"image/png"),
                                (b"cache-control", b"public, max-age=0, must-revalidate"),
                                (b"x-card", b"red"), (b"content-length", str(len(png)).encode())]
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
    assert b"x-card" not in headers
    assert body["body"] == b"Internal Server Error"


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
        head = client.head("/og/hello.png")
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == str(len(got.content))
        failed = client.get("/broken.png")
        assert failed.status_code == 500 and failed.text == "Internal Server Error"
    assert spy.calls == 3


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
    failed = ImageResponse(BAD_CARD, width=8, height=8).to_starlette()
    assert failed.status_code == 500
