"""The font library of a render is kept for the same thread's later renders with the same fonts
(pipeline.font_library): warm renders reuse its chains and the painter's paragraph layouts, and give
the bytes a fresh library gives; other threads, other fonts or caller emoji images get their own."""

from __future__ import annotations

import threading

import pureog
from pureog import pipeline
from pureog.options import RenderOptions
from pureog.text.fonts import FontLibrary

CARD = {"width": 400, "height": 200, "element": {"div": {
    "style": {"display": "flex", "flexDirection": "column", "padding": 20, "backgroundColor": "#fff"},
    "children": [{"div": {"style": {"fontSize": 30, "color": "#2563eb"}, "children": "128k visitors"}},
                 {"div": {"style": {"fontSize": 18, "width": 60}, "children": "a label that wraps"}}]}}}


def test_a_thread_keeps_its_library_for_the_same_fonts() -> None:
    options = RenderOptions(width=400, height=200)
    first = pipeline.font_library(options)
    assert pipeline.font_library(options) is first
    assert pipeline.font_library(RenderOptions(width=400, height=200, features="browser")) is not first
    other: list[FontLibrary] = []
    thread = threading.Thread(target=lambda: other.append(pipeline.font_library(options)))
    thread.start()
    thread.join()
    assert other[0] is not first  # memoized paragraph layouts are mutable: never shared across threads


def test_warm_renders_give_the_bytes_of_a_fresh_library() -> None:
    warm = [pureog.render_png(CARD) for _ in range(3)]
    assert warm[0] == warm[1] == warm[2]
    pipeline._KEPT.libraries = {}  # a fresh library, as every render had before
    assert pureog.render_png(CARD) == warm[0]
