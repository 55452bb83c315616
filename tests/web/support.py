"""Helpers for the ImageResponse tests: tiny real cards, a PNG decoder, a render counter and the
If-None-Match cases every entry point is checked against."""

from __future__ import annotations

import hashlib
import threading
from typing import Any

import png
import pytest

import pureog.api

RED_CARD = {"type": "div", "props": {"style": {"width": "100%", "height": "100%", "background": "red"}}}
BAD_CARD = {"type": "div", "props": {"style": {"padding": "12pq"}}}
# A template (spec/templates.md): passing data makes any document one.
COLOR_CARD = {"div": {"style": {"width": "100%", "height": "100%", "background": "{{ color }}"}}}

# If-None-Match values ({tag} stands for the image's opaque tag) and whether they match it
# (RFC 9110 §13.1.2: weak comparison, a comma-separated list, "*" for any).
CONDITIONS = [
    ('"{tag}"', True),
    ('"0123456789abcdef0123456789abcdef"', False),
    ('"{tag}-gzip"', False),
    ('{tag}', False),
    ('"a", "{tag}", "b"', True),
    ('"a,b" ,W/"{tag}"', True),
    ('*', True),
    ('W/"{tag}"', True),
]


def etag_of(body: bytes) -> str:
    """The etag pureog sends with ``body``: its SHA-256's first 32 hex digits, quoted (strong)."""
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def condition(template: str, body: bytes) -> str:
    return template.format(tag=etag_of(body)[1:-1])


def decode(data: bytes) -> tuple[int, int, list[list[int]]]:
    width, height, rows, _ = png.Reader(bytes=data).asRGBA8()
    return width, height, [list(row) for row in rows]


class RenderSpy:
    """Wraps the real pureog.render, counting calls and noting the thread and options of each one."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls = 0
        self.threads: list[int] = []
        self.options: list[dict[str, Any]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        self.calls += 1
        self.threads.append(threading.get_ident())
        self.options.append(kwargs)
        result: bytes = self.real(*args, **kwargs)
        return result


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> RenderSpy:
    # web.py looks render up in pureog.api at render time, so patching the module attribute reaches it.
    recorder = RenderSpy(pureog.api.render)
    monkeypatch.setattr(pureog.api, "render", recorder)
    return recorder
