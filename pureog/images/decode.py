"""Decode a resolved raster image to pixels, once per content hash and scale.

Input: a :class:`~pureog.images.source.ResolvedImage` (PNG, JPEG, GIF, WebP) and the size it will be
drawn at in device px. Output: a premultiplied RGBA8 :class:`pureog.display.Image`.

JPEG decoding in pure Python is the slow case, so when the image is drawn at half its size or less
the decoder reconstructs at 1/2, 1/4 or 1/8 scale (reduced IDCT), the recipe in
docs/performance.md. The reduction is chosen so the decoded image is still at least as large as
the drawn size, which keeps the resampling the rasterizer applies close to the reference's.
Decoded images are cached (LRU by content hash and reduction); the cache holds at most
``CACHE_LIMIT_BYTES`` of pixels.

Hostile input: each decode is charged to the render's :mod:`.budget` from the header's size *before*
decoding, so many large images cannot add up to gigabytes.
Imports :mod:`pureog.images` modules, :mod:`pureog.display`, :mod:`pureog.errors`.
"""

from __future__ import annotations

from collections import OrderedDict

from pureog.display import Image
from pureog.errors import ImageError
from pureog.images.budget import charge
from pureog.images.sniff import ImageFormat
from pureog.images.source import ResolvedImage

CACHE_LIMIT_BYTES = 256 * 1024 * 1024
_cache: OrderedDict[tuple[str, int], Image] = OrderedDict()
_cache_bytes = 0


def jpeg_reduction(natural_w: float, natural_h: float, drawn_w: float, drawn_h: float) -> int:
    """The largest of 1, 2, 4, 8 that keeps the decoded size >= the drawn size on both axes."""
    for factor in (8, 4, 2):
        if natural_w / factor >= drawn_w and natural_h / factor >= drawn_h:
            return factor
    return 1


def _decode(image: ResolvedImage, reduction: int) -> Image:
    if image.format == ImageFormat.PNG:
        from pureog.images.png import decode_png  # noqa: PLC0415  (lazy: decoders load on first use)

        return decode_png(image.data)
    if image.format == ImageFormat.JPEG:
        from pureog.images.jpeg import decode_jpeg  # noqa: PLC0415

        return decode_jpeg(image.data, reduction)
    if image.format == ImageFormat.GIF:
        from pureog.images.gif import decode_gif  # noqa: PLC0415

        return decode_gif(image.data)
    if image.format == ImageFormat.WEBP:
        from pureog.images.webp import decode_webp  # noqa: PLC0415

        return decode_webp(image.data)
    raise ImageError(f"{image.format.value.upper()} images are not supported yet")


def decode_raster(image: ResolvedImage, drawn_w: float | None = None, drawn_h: float | None = None) -> Image:
    """Pixels of ``image``, possibly at a reduced scale when it is drawn much smaller (JPEG only)."""
    global _cache_bytes
    reduction = 1
    if image.format == ImageFormat.JPEG and drawn_w is not None and drawn_h is not None:
        reduction = jpeg_reduction(image.width, image.height, abs(drawn_w), abs(drawn_h))
    key = (image.key, reduction)
    if image.format != ImageFormat.SVG:  # from the header's size, before decoding
        charge(key, int(-(-image.width // reduction)), int(-(-image.height // reduction)))
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    decoded = _decode(image, reduction)
    _cache[key] = decoded
    _cache_bytes += len(decoded.data)
    while _cache_bytes > CACHE_LIMIT_BYTES and len(_cache) > 1:
        _, old = _cache.popitem(last=False)
        _cache_bytes -= len(old.data)
    return decoded


def clear_cache() -> None:
    global _cache_bytes
    _cache.clear()
    _cache_bytes = 0
