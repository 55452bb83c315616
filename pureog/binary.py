"""Bounds-checked reading of untrusted binary files: the one place decoders read integers and slices.

Role: image and font bytes -> integers, slices and inflated data, where any read past the end, any
corrupt compressed stream and any output larger than the caller's bound raises the caller's
:class:`~pureog.errors.PureogError` subclass (``ImageError`` for images, ``FontError`` for fonts) with a
message naming the file kind, instead of ``IndexError``, ``struct.error`` or ``zlib.error``.

:class:`Reader` is a cursor over ``bytes`` (big- or little-endian fields); :func:`inflate` is zlib with
an output bound (``decompressobj`` with ``max_length``, so a bomb costs no more than the bound);
:func:`check_size` rejects declared dimensions before any pixel is allocated. The checks are a compare
per read, cheap enough for headers and tables; hot loops over pixel data index their own bytes.
Imports only :mod:`pureog.errors`.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any, NoReturn

from pureog.errors import ImageError, PureogError

MAX_IMAGE_PIXELS = 16_777_216
"""Decoded pixels one image may have (its header is checked before decoding): 4096 x 4096, a 64 MB RGBA
buffer. Decoding costs a few times that in temporaries and about 0.1 s per megapixel of Python work, so
this keeps one image under ~300 MB and a couple of seconds (a 12 MP phone photo fits)."""

_U16BE = struct.Struct(">H")
_U32BE = struct.Struct(">I")
_U16LE = struct.Struct("<H")
_U32LE = struct.Struct("<I")


class Reader:
    """A cursor over ``data[start:end]``; every read checks the bound and raises ``error`` past it."""

    __slots__ = ("data", "pos", "end", "error", "what")

    def __init__(self, data: bytes, *, what: str, error: type[PureogError] = ImageError, start: int = 0,
                 end: int | None = None) -> None:
        self.data = data
        self.pos = start
        self.end = len(data) if end is None else min(end, len(data))
        self.error = error
        self.what = what
        """The file kind for messages: ``"PNG"``, ``"JPEG"``, ``"font"``."""

    def fail(self, message: str) -> NoReturn:
        raise self.error(f"invalid {self.what}: {message}")

    @property
    def remaining(self) -> int:
        return self.end - self.pos

    def need(self, count: int, what: str = "data") -> None:
        if count < 0 or self.pos + count > self.end:
            self.fail(f"{what} is truncated")

    def take(self, count: int, what: str = "data") -> bytes:
        self.need(count, what)
        start = self.pos
        self.pos = start + count
        return self.data[start : self.pos]

    def skip(self, count: int, what: str = "data") -> None:
        self.need(count, what)
        self.pos += count

    def u8(self, what: str = "data") -> int:
        if self.pos >= self.end:
            self.fail(f"{what} is truncated")
        value = self.data[self.pos]
        self.pos += 1
        return value

    def u16be(self, what: str = "data") -> int:
        self.need(2, what)
        (value,) = _U16BE.unpack_from(self.data, self.pos)
        self.pos += 2
        return int(value)

    def u32be(self, what: str = "data") -> int:
        self.need(4, what)
        (value,) = _U32BE.unpack_from(self.data, self.pos)
        self.pos += 4
        return int(value)

    def u16le(self, what: str = "data") -> int:
        self.need(2, what)
        (value,) = _U16LE.unpack_from(self.data, self.pos)
        self.pos += 2
        return int(value)

    def u32le(self, what: str = "data") -> int:
        self.need(4, what)
        (value,) = _U32LE.unpack_from(self.data, self.pos)
        self.pos += 4
        return int(value)

    def unpack(self, fmt: struct.Struct, what: str = "data") -> tuple[Any, ...]:
        """Several fields at once (``fmt`` must have an explicit byte order)."""
        self.need(fmt.size, what)
        values = fmt.unpack_from(self.data, self.pos)
        self.pos += fmt.size
        return values


def inflate(data: bytes, limit: int, *, what: str, error: type[PureogError] = ImageError,
            exact: bool = False) -> bytes:
    """zlib-decompress at most ``limit`` bytes (more is ignored, never produced). ``exact`` requires the
    stream to hold at least ``limit`` bytes. Corrupt data raises ``error``."""
    try:
        out = zlib.decompressobj().decompress(data, max(1, limit))
    except zlib.error as exc:
        raise error(f"invalid {what}: corrupt compressed data ({exc})") from None
    if exact and len(out) < limit:
        raise error(f"invalid {what}: compressed data is truncated")
    return out


def check_size(width: int, height: int, *, what: str, error: type[PureogError] = ImageError,
               limit: int = MAX_IMAGE_PIXELS) -> None:
    """Refuse a declared image size before decoding: empty, or more than ``limit`` pixels."""
    if width <= 0 or height <= 0:
        raise error(f"invalid {what}: size {width}x{height}")
    if width * height > limit:
        raise error(f"{what} of {width}x{height} pixels is larger than the limit of {limit:,} pixels")
