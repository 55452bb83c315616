"""Concurrent renders give the bytes a lone render gives: 8 threads at once, and the ASGI app under many
simultaneous requests (spec/security.md, "Concurrency").

The cards are real conformance cases chosen to reach every shared structure: fonts (fontTools' lazy
tables, pureog's face and glyph caches), emoji packs, decoded images, SVG, gradients, filters and text.
Each round starts with the shared caches emptied, so that the threads race on *cold* state, where a
lazily filled table or a half-written cache entry would show; the interpreter's switch interval is made
tiny so that threads interleave inside those fills rather than between whole renders.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import traceback
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

import pytest

import pureog
from pureog.document.load import from_mapping
from pureog.text import fonts as text_fonts
from pureog.text import shaping
from pureog.web import ImageResponse

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "conformance" / "cases"
# Two of each: real cards with photos and custom fonts, emoji, CSS filters, SVG, text, gradients, shadows.
CARDS = [
    "cards-real/api-background-image", "cards-real/blog-post-round-image", "emoji/noto-zwj",
    "emoji/blobmoji-inline", "filters/drop-shadow-text", "svg/gradient-defs", "text/break-word",
    "backgrounds/radial-at", "box-shadow/blur-50", "images/object-fit-cover", "fonts/otf-cff",
    "transforms/rotate",
]
THREADS = 8
ROUNDS = 3


def _existing(names: list[str]) -> list[Path]:
    """The listed cases that exist, topped up from each area's first cases so that 12 always run."""
    chosen = [CASES / f"{name}.yaml" for name in names if (CASES / f"{name}.yaml").exists()]
    for area in sorted({name.split("/")[0] for name in names}):
        for path in sorted((CASES / area).glob("*.yaml")):
            if len(chosen) >= len(names):
                return chosen
            if path not in chosen:
                chosen.append(path)
    return chosen


def _load(path: Path) -> Any:
    import yaml  # noqa: PLC0415

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("case", None)
    return from_mapping(data, base_dir=str(path.parent), root=str(CASES.parent))


def _empty_shared_caches() -> None:
    text_fonts._FACE_CACHE.clear()
    shaping._UNIT_CACHE.clear()
    shaping._WIDTH_CACHE.clear()


@pytest.fixture(scope="module")
def cards() -> list[tuple[str, Any, bytes]]:
    """(name, loaded document, bytes of a lone render) for each card."""
    out = []
    for path in _existing(CARDS):
        document = _load(path)
        out.append((path.relative_to(CASES).with_suffix("").as_posix(), document, pureog.render_png(document)))
    return out


@pytest.fixture
def tight_switching() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def test_the_cards_cover_every_area(cards: list[tuple[str, Any, bytes]]) -> None:
    areas = {name.split("/")[0] for name, _, _ in cards}
    assert len(cards) == len(CARDS)
    assert {"cards-real", "emoji", "filters", "svg", "text", "images", "fonts"} <= areas


def _render_on_threads(cards: list[tuple[str, Any, bytes]], step: int) -> None:
    """Eight threads render every card, thread ``i`` starting at card ``i * step`` (so different cards
    run side by side); each render must give the bytes of a lone render."""
    mismatches: list[str] = []
    errors: list[str] = []
    barrier = threading.Barrier(THREADS)

    def work(start: int) -> None:
        barrier.wait()
        for k in range(len(cards)):
            name, document, expected = cards[(start + k) % len(cards)]
            try:
                if pureog.render_png(document) != expected:
                    mismatches.append(name)
            except BaseException:  # noqa: BLE001 - reported below, with the card's name
                errors.append(f"{name}: {traceback.format_exc()}")

    threads = [threading.Thread(target=work, args=(i * step,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a render thread hung"
    assert not errors, "\n".join(errors[:3])
    assert not mismatches, sorted(set(mismatches))


@pytest.mark.usefixtures("tight_switching")
def test_eight_threads_render_the_bytes_of_a_lone_render(cards: list[tuple[str, Any, bytes]]) -> None:
    for _ in range(ROUNDS):
        _empty_shared_caches()
        _render_on_threads(cards, 3)


async def _get(app: ImageResponse) -> tuple[int, bytes]:
    """One GET through the ASGI interface, as a server would drive it."""
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    scope = {"type": "http", "method": "GET", "path": "/og", "headers": []}
    await app(scope, receive, send)
    status = sent[0]["status"]
    body = b"".join(message.get("body", b"") for message in sent[1:])
    return status, body


@pytest.mark.usefixtures("tight_switching")
def test_asgi_app_under_concurrent_requests(cards: list[tuple[str, Any, bytes]]) -> None:
    _empty_shared_caches()
    requests = [cards[i % len(cards)] for i in range(4 * len(cards))]

    async def serve_all() -> list[tuple[int, bytes]]:
        return await asyncio.gather(*(_get(ImageResponse(document, timeout=None))
                                      for _, document, _ in requests))

    answers = asyncio.run(serve_all())
    wrong = [name for (name, _, expected), (status, body) in zip(requests, answers, strict=True)
             if status != 200 or body != expected]
    assert not wrong, sorted(set(wrong))


@pytest.mark.usefixtures("tight_switching")
def test_threads_share_one_emoji_pack_safely(cards: list[tuple[str, Any, bytes]]) -> None:
    """The emoji cards again, all threads on the same pack at once from a cold start."""
    emoji = [card for card in cards if card[0].startswith("emoji/")]
    assert emoji
    results: list[str] = []
    barrier = threading.Barrier(THREADS)

    def work(index: int) -> None:
        name, document, expected = emoji[index % len(emoji)]
        barrier.wait()
        try:
            results.append("same" if pureog.render_png(document) == expected else f"{name}: different bytes")
        except BaseException:  # noqa: BLE001 - reported below
            results.append(f"{name}: {traceback.format_exc()}")

    _empty_shared_caches()
    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert results == ["same"] * THREADS, "\n".join(results)


@pytest.mark.usefixtures("tight_switching")
def test_threads_evict_from_full_face_caches(cards: list[tuple[str, Any, bytes]],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-face caches (faces, shaping layouts, glyph sets) held at a bound of one face, so that
    nearly every lookup evicts while other threads read and fill the same dicts: a batch server that has
    met more fonts than the bound lives there (a CI run once raised "dictionary changed size during
    iteration" from an eviction)."""
    monkeypatch.setattr(text_fonts.KEPT_FACES, "value", 1)
    _render_on_threads(cards, 5)


@pytest.mark.usefixtures("tight_switching")
def test_face_cache_eviction_is_safe_and_bounded_under_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight threads filling one bounded per-face cache at once: no error from an eviction racing an
    insertion, and the bound holds (two threads evicting the same oldest key must not both insert)."""
    monkeypatch.setattr(text_fonts.KEPT_FACES, "value", 4)
    cache: dict[Any, Any] = {}
    errors: list[str] = []
    barrier = threading.Barrier(THREADS)

    def work(index: int) -> None:
        barrier.wait()
        try:
            for step in range(20_000):
                text_fonts.keep_face_entry(cache, (index, step), step)
        except BaseException:  # noqa: BLE001 - reported below
            errors.append(traceback.format_exc())

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors[0]
    assert len(cache) <= 4
