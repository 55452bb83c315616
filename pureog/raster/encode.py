"""Output encoding: a rendered :class:`Pixmap` -> the bytes of the image format asked for.

Role: the pipeline's last step, one dispatch over the formats pureog writes, each in pure Python:
PNG (:mod:`pureog.raster.png`, the default, lossless, what Next.js sends; ``compress_level``, ``zopfli``
and the exact ``palette``), JPEG
(:mod:`pureog.raster.jpeg_encode`: baseline, ``quality``, 4:2:0 or 4:4:4 chroma, translucent pixels
over white) and lossless WebP (:mod:`pureog.raster.webp_encode`). The JPEG and WebP encoders load only
when asked for. SVG is a format too (``check_format`` accepts it, ``MEDIA_TYPES`` names it), but it is
written from the display list, not from pixels (:mod:`pureog.svg_export`, through
:func:`pureog.pipeline.render_document`): :func:`encode` refuses it. Must not import style, layout, text
or document.
"""

from __future__ import annotations

from pureog.errors import DocumentError, PureogError
from pureog.raster.pixmap import Pixmap

#: the formats ``render(format=...)`` and ``pureog render --format`` accept
FORMATS = ("png", "jpeg", "webp", "svg")
#: media types, for HTTP responses
MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp", "svg": "image/svg+xml"}
_ALIASES = {"jpg": "jpeg"}


def check_format(name: object, path: str = "format") -> str:
    """The canonical format name (``jpg`` is ``jpeg``), or a :class:`DocumentError` naming the choices."""
    canonical = _ALIASES.get(name, name) if isinstance(name, str) else name
    if canonical not in FORMATS:
        raise DocumentError(f"expected one of {', '.join(FORMATS)}, got {name!r}", path=path)
    return canonical


def encode(pixmap: Pixmap, image_format: str = "png", *, quality: int = 90, subsampling: str = "4:2:0",
           compress_level: int = 6, zopfli: bool = False, palette: str = "auto") -> bytes:
    """``pixmap`` as ``image_format`` bytes (deterministic: a pure function of the pixels and options)."""
    if image_format == "svg":
        raise PureogError("SVG is written from the display list, not from pixels (pureog.svg_export)")
    if image_format == "jpeg":
        from pureog.raster.jpeg_encode import encode_jpeg  # noqa: PLC0415  (loads on use)

        return encode_jpeg(pixmap.width, pixmap.height, pixmap.data, quality=quality, subsampling=subsampling)
    if image_format == "webp":
        from pureog.raster.webp_encode import encode_webp_lossless  # noqa: PLC0415  (loads on use)

        return encode_webp_lossless(pixmap.width, pixmap.height, pixmap.to_straight_rgba())
    from pureog.raster.png import encode_png  # noqa: PLC0415

    return encode_png(pixmap, compress_level=compress_level, zopfli=zopfli, palette=palette)


__all__ = ["FORMATS", "MEDIA_TYPES", "check_format", "encode"]
