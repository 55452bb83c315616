"""Rows of resampled images kept across renders: identical bytes, built lazily, bounded."""

from __future__ import annotations

import pytest

from pureog.display import Image, ImagePaint
from pureog.geometry import Affine
from pureog.raster import shader_cache
from pureog.raster.image import image_shader


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    shader_cache.clear()


def _paint() -> ImagePaint:
    pixels = ((x * 40 % 256, y * 60 % 256, (x + y) * 20 % 256, 255) for y in range(5) for x in range(7))
    return ImagePaint(Image(7, 5, b"".join(bytes(p) for p in pixels)))


def test_kept_rows_are_the_computed_rows() -> None:
    paint, inv = _paint(), Affine(0.23, 0.0, 0.0, 0.19, -0.4, 0.1)
    first = [image_shader(paint, inv)(3, y, 40) for y in range(30)]
    calls: list[int] = []
    kept = shader_cache.cached_shader((paint, inv), lambda: calls.append(1) or (lambda x0, y, n: b""))
    assert [kept(3, y, 40) for y in range(30)] == first
    assert not calls  # every row came from memory: the shader was never built


def test_other_mappings_and_spans_are_computed() -> None:
    paint = _paint()
    a = image_shader(paint, Affine(0.23, 0.0, 0.0, 0.19, 0.0, 0.0))(0, 4, 20)
    b = image_shader(paint, Affine(0.31, 0.0, 0.0, 0.19, 0.0, 0.0))(0, 4, 20)
    assert a != b and len(a) == len(b) == 80


def test_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shader_cache.LIMIT, "value", 1000)
    for i in range(5):
        shader = shader_cache.cached_shader(("image", i), lambda: (lambda x0, y, n: bytes(4 * n)))
        for y in range(10):
            assert shader(0, y, 20) == bytes(80)
    assert shader_cache._total <= 1000
    assert list(shader_cache._rows) == [("image", 4)]  # the older images were dropped first
    shader = shader_cache.cached_shader(("big", 0), lambda: (lambda x0, y, n: bytes(4 * n)))
    assert shader(0, 0, 400) == bytes(1600)  # alone past the limit: answered, not kept
    assert shader_cache._total == 0
