"""A client that disconnects while its image renders cancels the render (hostile round fifteen): through
a real Starlette app called as ASGI, with a hand-made ``receive`` that reports ``http.disconnect``
mid-render, and an executor of one or two threads to show that the worker thread is free again.

Before the fix the ASGI app never read ``receive``: the slow card below rendered to its end (4 s of CPU
on the 2-core machine) in asyncio's default executor and then answered a client that was gone."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import pureog.api
from pureog.errors import LimitError
from pureog.limits import CANCELLED, cancel_on, check_deadline
from pureog.web import CLIENT_CLOSED, ImageResponse
from tests.web.support import RED_CARD, decode

# 18,000 characters of 6 px text in 12 boxes: ~4 s of CPU, a deadline check per word of line breaking,
# per lookup of shaping and per box of layout and paint.
_WORDS = " ".join(["lorem"] * 250)
SLOW_CARD = {"type": "div", "props": {
    "style": {"display": "flex", "flexWrap": "wrap", "width": "100%", "height": "100%", "fontSize": 6},
    "children": [{"type": "div", "props": {"style": {"display": "flex"}, "children": _WORDS}}
                 for _ in range(12)]}}


class Outcomes:
    """Wraps the real pureog.render: ``started`` is set once a render is under way; ``ended`` holds each
    render's result (``"image"``) or error."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.started = threading.Event()
        self.ended: list[object] = []

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        self.started.set()
        try:
            result: bytes = self.real(*args, **kwargs)
        except Exception as error:
            self.ended.append(error)
            raise
        self.ended.append("image")
        return result


@pytest.fixture
def outcomes(monkeypatch: pytest.MonkeyPatch) -> Outcomes:
    recorder = Outcomes(pureog.api.render)
    monkeypatch.setattr(pureog.api, "render", recorder)
    return recorder


def _scope() -> dict[str, Any]:
    return {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.4"}, "http_version": "1.1",
            "method": "GET", "scheme": "http", "path": "/og.png", "raw_path": b"/og.png", "query_string": b"",
            "root_path": "", "headers": [(b"host", b"testserver")], "server": ("testserver", 80),
            "client": ("127.0.0.1", 5000)}


class Client:
    """One request's ASGI channel: the (empty) body, then ``http.disconnect`` once :meth:`leave` is
    called (as a server reports a closed connection); collects what the app sends."""

    def __init__(self) -> None:
        self.sent: list[MutableMapping[str, Any]] = []
        self.gone = asyncio.Event()
        self.body_read = False

    async def receive(self) -> dict[str, Any]:
        if not self.body_read:
            self.body_read = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await self.gone.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: MutableMapping[str, Any]) -> None:
        self.sent.append(message)

    def leave(self) -> None:
        self.gone.set()


def _starlette_app(response: ImageResponse) -> Any:
    pytest.importorskip("starlette")
    from starlette.applications import Starlette
    from starlette.routing import Route

    async def card(request: Any) -> ImageResponse:
        return response

    return Starlette(routes=[Route("/og.png", card)])


async def _until(flag: threading.Event) -> None:
    # Polled, not awaited in a thread: the executor's threads are what the test counts.
    while not flag.is_set():
        await asyncio.sleep(0.005)


def _run(main: Any, threads: int) -> None:
    async def with_executor() -> None:
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=threads))
        await main()

    asyncio.run(with_executor())


def _cancelled(error: object) -> bool:
    return isinstance(error, LimitError) and CANCELLED in str(error)


def test_disconnect_mid_render_stops_the_render_and_frees_its_thread(outcomes: Outcomes) -> None:
    slow = ImageResponse(SLOW_CARD, width=1200, height=630, timeout=None)
    app = _starlette_app(slow)
    gone, other = Client(), Client()

    async def main() -> None:
        request = asyncio.ensure_future(app(_scope(), gone.receive, gone.send))
        await _until(outcomes.started)
        assert outcomes.ended == []  # mid-render
        gone.leave()
        await request
        # The render stopped at a deadline check: it neither finished nor ran into a timeout (it has none).
        assert len(outcomes.ended) == 1 and _cancelled(outcomes.ended[0])
        assert gone.sent == [] and not slow.rendered
        # The executor's only thread is free: another request renders and is answered.
        other.body_read = True  # its body was read; it never leaves
        await _starlette_app(ImageResponse(RED_CARD, width=8, height=8))(_scope(), other.receive, other.send)

    _run(main, threads=1)
    assert [message["type"] for message in other.sent] == ["http.response.start", "http.response.body"]
    assert other.sent[0]["status"] == 200 and decode(other.sent[1]["body"])[:2] == (8, 8)
    assert outcomes.ended[1:] == ["image"]


def test_a_request_waiting_for_another_ones_render_leaves_without_waiting(outcomes: Outcomes) -> None:
    # Two requests for one response: the second waits for the first's render (each response renders
    # once). When it disconnects it stops waiting, while the first render is still under way.
    slow = ImageResponse(SLOW_CARD, width=1200, height=630, timeout=None)
    app = _starlette_app(slow)
    first, second = Client(), Client()

    async def main() -> None:
        rendering = asyncio.ensure_future(app(_scope(), first.receive, first.send))
        await _until(outcomes.started)
        waiting = asyncio.ensure_future(app(_scope(), second.receive, second.send))
        await asyncio.sleep(0.05)  # lets it reach the lock (were it not there yet, it would not render)
        second.leave()
        await waiting
        assert outcomes.ended == [] and second.sent == []  # left while the first render runs on
        first.leave()
        await rendering

    _run(main, threads=2)
    assert len(outcomes.ended) == 1 and _cancelled(outcomes.ended[0])
    assert first.sent == [] and second.sent == []


def test_cancelling_the_apps_task_cancels_its_render(outcomes: Outcomes) -> None:
    # A server shutting down cancels its tasks: the render must not run on in the executor.
    slow = ImageResponse(SLOW_CARD, width=1200, height=630, timeout=None)
    client = Client()

    async def main() -> None:
        request = asyncio.ensure_future(_starlette_app(slow)(_scope(), client.receive, client.send))
        await _until(outcomes.started)
        request.cancel()
        with pytest.raises(asyncio.CancelledError):
            await request

    _run(main, threads=1)  # asyncio.run waits for the executor's thread before it returns
    assert len(outcomes.ended) == 1 and _cancelled(outcomes.ended[0])
    assert client.sent == [] and not slow.rendered


def test_to_starlette_async_with_the_request_cancels_a_render_whose_client_left(outcomes: Outcomes) -> None:
    # The FastAPI recipe (spec/web.md): `return await ImageResponse(...).to_starlette_async(request)`.
    pytest.importorskip("starlette")
    from starlette.applications import Starlette
    from starlette.routing import Route

    slow = ImageResponse(SLOW_CARD, width=1200, height=630, timeout=None)

    async def card(request: Any) -> Any:
        return await slow.to_starlette_async(request)

    client = Client()

    async def main() -> None:
        request = asyncio.ensure_future(Starlette(routes=[Route("/og.png", card)])(_scope(), client.receive,
                                                                                   client.send))
        await _until(outcomes.started)
        client.leave()
        await request

    _run(main, threads=1)
    assert len(outcomes.ended) == 1 and _cancelled(outcomes.ended[0])
    assert not slow.rendered
    start, body = client.sent  # an endpoint must return a response; the server sends it nowhere
    assert start["status"] == CLIENT_CLOSED and body["body"] == b""


def test_a_cancelled_render_is_not_kept_and_the_next_request_renders_again(outcomes: Outcomes) -> None:
    response = ImageResponse(RED_CARD, width=8, height=8)
    flag = threading.Event()
    flag.set()
    response._render(flag)  # as if the flag were set once the render had begun
    assert len(outcomes.ended) == 1 and _cancelled(outcomes.ended[0])
    assert not response.rendered
    assert decode(response.body)[:2] == (8, 8)  # not the cancelled render's error
    assert outcomes.ended[1:] == ["image"]


def test_cancel_flag_is_checked_with_the_deadline() -> None:
    flag = threading.Event()
    with cancel_on(flag):
        check_deadline()
        with cancel_on(None):  # no flag of its own: the outer one still applies
            flag.set()
            with pytest.raises(LimitError, match="cancelled"):
                check_deadline()
    check_deadline()  # outside the block the flag is not seen
