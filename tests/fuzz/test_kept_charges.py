"""A render's budget use never depends on what earlier renders kept: every store kept across renders
charges, once a render, what making its entry charged (spec/limits.md "kept results").

Round twenty: a dense card refused at its paint budget drew when drawn a second time in one process
(eris seed 58: its large masks, found kept, charged nothing), and every kept store but the glyph masks,
the cuts, the filter results and the backdrop did the same: pattern tiles (a card of pattern-filled boxes
spent 55 million weighted pixels cold, 3.7 million drawn again), SVG pictures, rows of one translucent
colour, decoded images (their decoding work), and the display-list memos of painted text (the glyph
segment budget) and borders (dashes, hairlines), and resampled image rows (a rotated image's filtered
pixels)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import pureog
from pureog import caches, limits, pipeline
from pureog.display import FillRule
from pureog.geometry import Affine
from pureog.images import budget as image_budget
from pureog.path import Path as Shape
from pureog.raster import path_mask
from pureog.raster import render as raster_render

ASSETS = Path(__file__).resolve().parents[2] / "conformance" / "assets"


def _data(name: str, kind: str) -> str:
    return f"data:image/{kind};base64," + base64.b64encode((ASSETS / name).read_bytes()).decode("ascii")


def _box(**style: Any) -> dict[str, Any]:
    return {"div": {"style": {"position": "absolute", **style}}}


def _card(*children: dict[str, Any], width: int = 600, height: int = 315) -> dict[str, Any]:
    return {"width": width, "height": height,
            "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%"},
                                "children": list(children)}}}


_TEXT = {"div": {"style": {"fontSize": 40, "padding": 20}, "children": "Kept glyphs, charged once"}}
# one document a kept store (and the glyph masks and painted text of its words with it)
DOCUMENTS: dict[str, dict[str, Any]] = {
    "large masks": _card(_box(left=20, top=20, width=500, height=260, borderRadius=60, backgroundColor="#36c")),
    "large masks cut to the canvas": _card(_box(left=-300, top=-100, width=800, height=400, borderRadius=190,
                                                backgroundColor="#c63")),
    "kept cuts": _card({"div": {"style": {"position": "absolute", "left": 10, "top": 10, "width": 560, "height": 290,
                                          "borderRadius": 80, "overflow": "hidden", "display": "flex"},
                                "children": [_box(left=-40, top=-30, width=600, height=340, borderRadius=120,
                                                  backgroundImage="linear-gradient(30deg, red, blue)")]}}),
    "filter results": _card(_box(left=60, top=60, width=400, height=160, backgroundColor="white",
                                 boxShadow="0 10px 30px rgba(0,0,0,0.5)"),
                            {"div": {"style": {"fontSize": 48, "textShadow": "0 4px 12px #f0f", "padding": 40},
                                     "children": "Glow"}}),
    "backdrop": _card(_box(left=0, top=0, width=600, height=315,
                           backgroundImage="linear-gradient(90deg, rgba(255,0,0,0.5), rgba(0,0,255,0.5))"),
                      _box(left=0, top=0, width=600, height=315,
                           backgroundImage="linear-gradient(0deg, rgba(0,255,0,0.5), rgba(0,0,0,0.2))"),
                      _box(left=30, top=30, width=540, height=255, borderRadius=40,
                           backgroundImage="radial-gradient(rgba(255,255,255,0.6), transparent)"), _TEXT),
    "pattern tiles": _card(*[_box(left=20 + 60 * i, top=20, width=50, height=270,
                                  backgroundImage="linear-gradient(45deg, #000 25%, transparent 25%)",
                                  backgroundSize="10px 10px") for i in range(9)]),
    "pictures": _card({"img": {"src": _data("logo.svg", "svg+xml"), "style": {"width": 120, "height": 120}}}, _TEXT),
    "rows of one translucent colour": _card(
        {"img": {"src": _data("photo.png", "png"), "style": {"position": "absolute", "width": 600, "height": 315}}},
        _box(left=0, top=0, width=600, height=315,
             backgroundImage="linear-gradient(rgba(0,0,0,0.1), rgba(0,0,0,0.7))")),
    "resampled image rows": _card({"img": {"src": _data("photo.jpg", "jpeg"),
                                           "style": {"width": 300, "height": 200, "transform": "rotate(12deg)"}}}),
    "decoded images": _card({"img": {"src": _data("photo.jpg", "jpeg"), "style": {"width": 300, "height": 200}}},
                            {"img": {"src": _data("avatar.png", "png"), "style": {"width": 64, "height": 64}}}),
    "painted text": _card({"div": {"style": {"fontSize": 30, "width": 500, "padding": 30, "display": "flex",
                                             "flexWrap": "wrap"},
                                   "children": "The quick brown fox jumps over the lazy dog " * 4}}),
    "borders": _card(_box(left=20, top=20, width=400, height=200, border="3px dashed #333", borderRadius=30),
                     _box(left=40, top=240, width=300, height=50, border="0.5px solid #333")),
}


@contextmanager
def _recording() -> Iterator[dict[str, list[Any]]]:
    """Every budget account a render leaves, as it leaves it."""
    spent: dict[str, list[Any]] = {}
    account, paint, decode = limits.render_account, raster_render.paint_budget, pipeline.decode_budget

    @contextmanager
    def render_account(var: Any, slots: int, *, nested: bool = False) -> Iterator[None]:
        outer = var.get() is not None
        with account(var, slots, nested=nested):
            yield
            if not (nested and outer):
                spent.setdefault(var.name, []).append(list(var.get()))

    @contextmanager
    def paint_budget(width: int, height: int) -> Iterator[None]:
        with paint(width, height):
            yield
            spent.setdefault("paint", []).append(list(limits._PAINT.get() or ()))

    @contextmanager
    def decode_budget() -> Iterator[None]:
        with decode():
            yield
            spent.setdefault("decode", []).append(list(image_budget._WORK.get() or ()))

    limits.render_account = render_account  # type: ignore[assignment]
    raster_render.paint_budget = paint_budget  # type: ignore[assignment]
    pipeline.decode_budget = decode_budget  # type: ignore[assignment]
    try:
        yield spent
    finally:
        limits.render_account = account  # type: ignore[assignment]
        raster_render.paint_budget = paint  # type: ignore[assignment]
        pipeline.decode_budget = decode  # type: ignore[assignment]


def _spent(document: dict[str, Any]) -> str:
    with _recording() as spent:
        pureog.render_png(json.loads(json.dumps(document)))
    return json.dumps(spent, sort_keys=True)


@pytest.mark.parametrize("store", sorted(DOCUMENTS))
def test_a_documents_budget_use_is_the_same_cold_warm_and_after_other_renders(store: str) -> None:
    document = DOCUMENTS[store]
    caches.clear()
    cold = _spent(document)
    # warm (twice: the backdrop is kept the second time it is met), then after every other document
    assert _spent(document) == cold, "drawn again"
    assert _spent(document) == cold, "drawn a third time"
    for other in DOCUMENTS.values():
        if other is not document:
            _spent(other)
    assert _spent(document) == cold, "drawn after the other documents"


def _band(width: float) -> Shape:
    """A large closed shape of many curves (past the glyph cache's side: kept with the large masks)."""
    segments: list[tuple[object, ...]] = [("M", 0.0, 100.0)]
    for i in range(40):
        x0, x1 = width * i / 40, width * (i + 1) / 40
        segments.append(("C", x0 + (x1 - x0) / 3, 40.0, x0 + 2 * (x1 - x0) / 3, 160.0, x1, 100.0))
    segments += [("L", width, 400.0), ("L", 0.0, 400.0), ("Z",)]
    return Shape(tuple(segments))


@pytest.mark.parametrize("left", [50.0, -300.0])  # inside the pixmap; cut to it (kept with its pixmap)
def test_a_kept_large_mask_charges_once_a_render_what_making_it_charged(left: float) -> None:
    canvas = (0, 0, 1200, 630)
    shape = _band(900.0)

    def used(times: int, clear_between: bool = False) -> int:
        with limits.paint_budget(1200, 630):
            for i in range(times):
                if clear_between and i:
                    caches.clear()
                path_mask.path_mask(shape, FillRule.NONZERO, Affine.translate(left, 60.0), canvas, canvas)
            return limits.paint_work_limit(1200, 630) - (limits.paint_work_left() or 0)

    caches.clear()
    cold = used(1)
    assert cold > 0
    assert used(1) == cold  # found kept: charged what making it charged (it charged nothing)
    assert used(3) == cold  # a second use in the render charges nothing, kept or made
    caches.clear()
    assert used(3) == cold
    # charged from the kept copy, then (its store dropped it) made again: given back, as a render that made
    # it at its first use found it kept at the second
    assert used(2, clear_between=True) == cold
