"""PNG encoding: :class:`Pixmap` (premultiplied RGBA8) -> PNG bytes (8-bit RGBA, straight alpha).

Role: the last pipeline stage and the only module that imports ``png`` (pypng). The pixels are
un-premultiplied (:meth:`Pixmap.to_straight_rgba`), each row gets filter type 0 (None: for flat card art
zlib finds the repeats itself, and per-byte Sub/Up filters would cost a Python loop per byte), the
scanlines are deflated with ``zlib`` (or ``zopfli`` when asked) and pypng writes the chunks.
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


def _scanlines(pixmap: Pixmap) -> bytes:
    straight = pixmap.to_straight_rgba()
    stride = pixmap.width * 4
    if stride == 0:
        return b"\x00" * pixmap.height
    # Each row is prefixed by its filter-type byte (0).
    return b"".join(b"\x00" + straight[o : o + stride] for o in range(0, len(straight), stride))


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
    """PNG bytes of ``pixmap``: 8-bit RGBA, straight alpha, deterministic."""
    if pixmap.width <= 0 or pixmap.height <= 0:
        raise PureogError(f"cannot encode an empty {pixmap.width}x{pixmap.height} image as PNG")
    ihdr = struct.pack(">IIBBBBB", pixmap.width, pixmap.height, 8, 6, 0, 0, 0)
    idat = _deflate(_scanlines(pixmap), compress_level, zopfli)
    out = io.BytesIO()
    png.write_chunks(out, [(b"IHDR", ihdr), (b"IDAT", idat), (b"IEND", b"")])
    return out.getvalue()
