"""The README's FastAPI recipe as a real FastAPI app, for test_web_asgi.py (imported only when FastAPI
is installed). It lives in a module of its own because FastAPI resolves an endpoint's annotations
(``request: Request``) in the module's globals, where a name imported inside a test function is not."""

from __future__ import annotations

import threading

from fastapi import FastAPI, Request, Response

from pureog.web import ImageResponse
from tests.web.support import BAD_CARD, COLOR_CARD


def make_app(loop_threads: list[int]) -> FastAPI:
    """``/og/{color}.png`` (GET and HEAD): a template card filled from the path; ``/broken.png``: a bad
    document. Each endpoint notes the thread it runs on (the event loop's) in ``loop_threads``."""
    app = FastAPI()

    @app.api_route("/og/{color}.png", methods=["GET", "HEAD"])
    async def card(request: Request, color: str) -> Response:
        loop_threads.append(threading.get_ident())
        response = ImageResponse(COLOR_CARD, width=40, height=20, data={"color": color},
                                 headers={"cache-control": "public, max-age=3600"})
        native: Response = await response.to_starlette_async(request)
        return native

    @app.get("/broken.png")
    async def broken(request: Request) -> Response:
        loop_threads.append(threading.get_ident())
        native: Response = await ImageResponse(BAD_CARD, width=8, height=8).to_starlette_async(request)
        return native

    return app
