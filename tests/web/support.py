"""Helpers for the ImageResponse tests: a tiny real card, a PNG decoder and a render counter."""

from __future__ import annotations

import threading
from typing import Any

import png
import pytest

import pureog.api

RED_CARD = {"type": "div", "props": {"style": {"width": "100%", "height": "100%", "background": "red"}}}
BAD_CARD = {"type": "div", "props": {"style": {"padding": "12pq"}}}


def decode(data: bytes) -> tuple[int, int, list[list[int]]]:
    width, height, rows, _ = png.Reader(bytes=data).asRGBA8()
    return width, height, [list(row) for row in rows]


class RenderSpy:
    """Wraps the real render_png, counting calls and noting the thread each one ran on."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls = 0
        self.threads: list[int] = []

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        self.calls += 1
        self.threads.append(threading.get_ident())
        result: bytes = self.real(*args, **kwargs)
        return result


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> RenderSpy:
    # web.py looks render_png up in pureog.api at render time, so patching the module attribute reaches it.
    recorder = RenderSpy(pureog.api.render_png)
    monkeypatch.setattr(pureog.api, "render_png", recorder)
    return recorder
