"""PNG encoding: :class:`Pixmap` (premultiplied RGBA8) -> PNG bytes (8-bit RGBA, straight alpha).

Role: the last pipeline stage and the only module that imports ``png`` (pypng). An opaque frame whose
pixels are all grey (r = g = b: black or grey text on white, the commonest card) is written as 8-bit
greyscale, a quarter of the bytes to deflate (measured: ~5 ms instead of ~20 ms for a 1200x630 card,
and smaller files); anything else is un-premultiplied (:meth:`Pixmap.to_straight_rgba`) RGBA. A row
equal to the one above gets filter type 2 (Up), which turns it into zeros at no cost; other rows get
filter 0 (None): for flat card art zlib finds the repeats itself, and per-byte Sub/Paeth filters would
cost Python work per byte. The scanlines are deflated with ``zlib`` (or ``zopfli`` when asked) and
pypng writes the chunks.
Output bytes are a pure function of the pixels and the options: no timestamps, no text chunks.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import io
import struct
import zlib

import png  # type: ignore[import-untyped]

from pureog.errors import PureogError
from pureog.raster.pixmap import Pixmap


COLOR_TYPE_GRAY = 0
COLOR_TYPE_RGBA = 6


def _pixels(pixmap: Pixmap) -> tuple[bytes, int, int]:
    """The pixel bytes to encode, their PNG colour type and bytes per pixel."""
    data = pixmap.data
    if pixmap.is_opaque():
        red = data[0::4]
        if red == data[1::4] and red == data[2::4]:
            return bytes(red), COLOR_TYPE_GRAY, 1
        return bytes(data), COLOR_TYPE_RGBA, 4  # opaque: premultiplied == straight
    return pixmap.to_straight_rgba(), COLOR_TYPE_RGBA, 4


def _scanlines(pixels: bytes, stride: int) -> bytes:
    """Rows prefixed by their filter byte: Up (all zeros) for a repeated row, else None."""
    repeated = b"\x02" + bytes(stride)
    rows: list[bytes] = []
    previous = b""
    for offset in range(0, len(pixels), stride):
        row = pixels[offset : offset + stride]
        rows.append(repeated if row == previous else b"\x00" + row)
        previous = row
    return b"".join(rows)


def _deflate(raw: bytes, compress_level: int, use_zopfli: bool) -> bytes:
    if use_zopfli:
        try:
            import zopfli.zlib  # type: ignore[import-untyped]  # optional extra, imported lazily
        except ImportError as exc:
            raise PureogError(
                "zopfli compression requested but the 'zopfli' package is not installed "
                "(pip install zopfli), or pass zopfli=False"
            ) from exc
        return bytes(zopfli.zlib.compress(raw))
    if not -1 <= compress_level <= 9:
        raise PureogError(f"compress_level must be between 0 and 9, got {compress_level}")
    return zlib.compress(raw, compress_level)


def encode_png(pixmap: Pixmap, *, compress_level: int = 6, zopfli: bool = False) -> bytes:
    """PNG bytes of ``pixmap``: 8-bit greyscale or RGBA (straight alpha), deterministic."""
    if pixmap.width <= 0 or pixmap.height <= 0:
        raise PureogError(f"cannot encode an empty {pixmap.width}x{pixmap.height} image as PNG")
    pixels, color_type, bytes_per_pixel = _pixels(pixmap)
    ihdr = struct.pack(">IIBBBBB", pixmap.width, pixmap.height, 8, color_type, 0, 0, 0)
    idat = _deflate(_scanlines(pixels, pixmap.width * bytes_per_pixel), compress_level, zopfli)
    out = io.BytesIO()
    png.write_chunks(out, [(b"IHDR", ihdr), (b"IDAT", idat), (b"IEND", b"")])
    return out.getvalue()
