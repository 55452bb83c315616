"""A picture shrunk as Chromium shrinks an ``<img>`` (Chromium-referenced documents: ``features: browser``
and images in lines).

Chromium draws an image at the default ``image-rendering`` with medium quality: its decode cache keeps
the mipmap level that is still at least the drawn size (the picture halved, each pixel the mean of a 2x2
block, until one more halving would make it smaller than drawn) and Skia samples that level bilinearly.
pureog's own sampling is resvg's bicubic filter over the full picture (the Next.js model), which a
picture drawn at a third of its size shows as sharper, ringing edges (inline/images-in-lines: 1.01 % of
pixels off against 0.84 % with the levels).

The levels are made in pure Python (:func:`pureog.paint.glyph_bitmap.halve`): a picture over
:data:`MAX_PIXELS` keeps the bicubic filter (bounded work per render; a large photo shrinks with little
visible difference). Levels are kept between renders, within a byte budget.
Input: a decoded picture and its drawn size -> the level to draw and its filter. Imports display, caches.
"""

from __future__ import annotations

from pureog import caches
from pureog.display import FilterQuality, Image

MAX_PIXELS = 512 * 512
"""The largest picture whose mipmap levels are made (a halving costs ~1 us a source pixel)."""

_LEVELS: caches.Budgeted[tuple[int, int, bytes, int], Image] = caches.budgeted("paint.image_mipmaps", 8 << 20)


def chromium_level(pixels: Image, width: float, height: float) -> tuple[Image, FilterQuality] | None:
    """The mipmap level of ``pixels`` Chromium draws at ``width`` x ``height`` px and its filter
    (bilinear); None when it draws the picture itself (not shrunk below half size, or too large here)."""
    halvings = 0
    w, h = pixels.width, pixels.height
    while (w > 1 or h > 1) and width < w / 2 and height < h / 2:
        w, h = max(1, w // 2), max(1, h // 2)
        halvings += 1
    if not halvings or pixels.width * pixels.height > MAX_PIXELS:
        return None
    key = (pixels.width, pixels.height, pixels.data, halvings)
    level = _LEVELS.get(key)
    if level is None:
        from pureog.paint.glyph_bitmap import halve  # noqa: PLC0415

        level = pixels
        for _ in range(halvings):
            level = halve(level)
        _LEVELS.keep(key, level, len(level.data) + len(pixels.data))
    return level, FilterQuality.BILINEAR


__all__ = ["MAX_PIXELS", "chromium_level"]
