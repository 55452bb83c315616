"""Decode a resolved raster image to pixels, once per content hash.

Input: a :class:`~pureog.images.source.ResolvedImage` (PNG, JPEG, GIF, WebP). Output: a premultiplied
RGBA8 :class:`pureog.display.Image` at the image's full size.

Always full size, even for a JPEG drawn at an eighth of its size or less: resvg decodes the whole
image and its bicubic shader reads single source pixels (no mipmaps), so a picture drawn small shows
the full-resolution pixels its taps land on. A DC-only (1/8 scale) decode, which pureog used to save
the IDCT there, draws block averages instead: a photo thumbnail 25 to 35 dB away from Next's.
Decoded images are cached (LRU by content hash); the cache holds at most ``CACHE_LIMIT`` (pureog.caches) of
pixels.

Hostile input: each decode is charged to the render's :mod:`.budget` from the header's size *before*
decoding, so many large images cannot add up to gigabytes, nor to minutes of decoding (the work known
from the header and the file's length is charged before decoding too; the decoders charge the rest).
Imports :mod:`pureog.images` modules, :mod:`pureog.display`, :mod:`pureog.errors`.
"""

from __future__ import annotations

from collections import OrderedDict

from pureog import caches
from pureog.display import Image
from pureog.errors import ImageError, LimitError
from pureog.images.budget import (
    JPEG_BYTE,
    JPEG_PIXEL,
    PNG_PIXEL,
    charge,
    charge_decode,
    decode_budget,
    decode_spent,
    first_use,
)
from pureog.images.sniff import ImageFormat
from pureog.images.source import ResolvedImage

_cache: OrderedDict[str, Image] = OrderedDict()
_work: dict[str, float] = {}
"""The decoding work each kept image charged: charged again the first time a render uses it, as a render
that found nothing kept decodes it (its outcome must not depend on what an earlier render kept: a render
of a large photo refused at its decoding budget drew when the photo was kept by an earlier one)."""
_cache_bytes = 0
CACHE_LIMIT = caches.limit("images.decoded", 256 << 20)  # bytes of pixels


def _decode(image: ResolvedImage) -> Image:
    pixels = int(image.width) * int(image.height)
    if image.format == ImageFormat.PNG:
        charge_decode(pixels * PNG_PIXEL)  # the row filters as they are undone (png._unfilter)
        from pureog.images.png import decode_png  # noqa: PLC0415  (lazy: decoders load on first use)

        return decode_png(image.data)
    if image.format == ImageFormat.JPEG:
        from pureog.images.jpeg import decode_jpeg  # noqa: PLC0415

        charge_decode(pixels * JPEG_PIXEL + len(image.data) * JPEG_BYTE)  # scans as they run (jpeg._sos)
        return decode_jpeg(image.data)
    if image.format == ImageFormat.GIF:
        from pureog.images.gif import decode_gif  # noqa: PLC0415  (charges its frame, not the screen)

        return decode_gif(image.data)
    if image.format == ImageFormat.WEBP:
        from pureog.images.webp import decode_webp  # noqa: PLC0415  (charges its frame: lossy or lossless)

        return decode_webp(image.data)
    raise ImageError(f"{image.format.value.upper()} images are not supported yet")


def decode_raster(image: ResolvedImage) -> Image:
    """Pixels of ``image`` at its full size (see the module docstring for why never reduced)."""
    global _cache_bytes
    spent = decode_spent()
    if spent is None:  # outside a render: charged to an account of its own, so that its work is known
        with decode_budget():
            return decode_raster(image)
    key = image.key
    first = first_use(key)
    if image.format != ImageFormat.SVG:  # from the header's size, before decoding
        charge(key, int(image.width), int(image.height))
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        charge(key, found.width, found.height)
        if first:
            charge_decode(int(_work.get(key, 0)))
        return found
    decoded = _decode(image)
    _work[key] = (decode_spent() or 0) - spent
    if image.format == ImageFormat.GIF:  # its first frame, which the screen in its header does not bound
        charge(key, decoded.width, decoded.height)
    _cache[key] = decoded
    _cache_bytes += len(decoded.data)
    while _cache_bytes > CACHE_LIMIT.value and len(_cache) > 1:
        dropped, old = _cache.popitem(last=False)
        _work.pop(dropped, None)
        _cache_bytes -= len(old.data)
    return decoded


def drawable_raster(image: ResolvedImage, where: str, path: str | None = None) -> Image | None:
    """:func:`decode_raster`, or None (with a warning) when the bytes do not decode.

    Satori lays a damaged image out from its header alone, and resvg, whose decoders refuse it (a
    truncated download, a bad PNG CRC, a JPEG without its end marker), draws nothing for it: the card
    renders with the image empty. So a decoding failure is Next's fallback, not an error (an
    :class:`ImageError` in strict mode). The render's decoding work spent is a :class:`LimitError` naming
    the element (``path``).
    """
    try:
        return decode_raster(image)
    except LimitError as exc:
        raise LimitError(f"{where}: {exc.message}", path=exc.path or path) from None
    except ImageError as exc:
        from pureog.errors import tolerate  # noqa: PLC0415

        tolerate(f"{where}: {exc.message}; drawn empty, as Next draws an image resvg cannot decode",
                 error=ImageError)
        return None


def clear_cache() -> None:
    global _cache_bytes
    _cache.clear()
    _work.clear()
    _cache_bytes = 0


caches.register("images.decoded", _cache, _work, clear=clear_cache)
