"""WOFF 1.0 -> sfnt (TTF/OTF) bytes, with every length checked and every table inflated to a bound.

Input: the bytes of a ``wOFF`` file. Output: the equivalent sfnt, which :mod:`pureog.text.fonts` hands
to fontTools. fontTools reads WOFF itself, but inflates each table with ``zlib.decompress`` and no
bound, so a table whose zlib stream expands to a gigabyte costs a gigabyte before its declared length
is compared; here a table inflates to at most its declared ``origLength``, the declared total is
capped (:data:`MAX_SFNT_BYTES`), and any damage is a :class:`~pureog.errors.FontError` naming the font.
Only the stdlib (through :mod:`pureog.binary`); must not import layout, paint or raster.
"""

from __future__ import annotations

import struct

from pureog.binary import Reader, inflate
from pureog.errors import FontError

WOFF_MAGIC = b"wOFF"
MAX_SFNT_BYTES = 64 * 1024 * 1024
"""Decompressed size a WOFF may declare: past the largest CJK fonts (~20 MB), short of a memory bomb."""

_HEADER = struct.Struct(">4sIIHHIHHIIIII")
_ENTRY = struct.Struct(">4sIIII")


def woff_to_sfnt(data: bytes, *, path: str = "$") -> bytes:
    """The sfnt inside a WOFF file (tables in directory order, 4-byte aligned, checksums kept)."""
    reader = Reader(data, what="WOFF font", error=FontError)
    try:
        _sig, flavor, _length, count, _res, total, *_rest = reader.unpack(_HEADER, "header")
        if count == 0 or count > 1024:
            reader.fail(f"{count} tables")
        if total > MAX_SFNT_BYTES:
            reader.fail(f"it declares {total:,} bytes of tables, more than the limit of {MAX_SFNT_BYTES:,}")
        entries = [reader.unpack(_ENTRY, "table directory") for _ in range(count)]
        budget = MAX_SFNT_BYTES
        tables: list[tuple[bytes, int, bytes]] = []
        for tag, offset, comp_length, orig_length, checksum in entries:
            if orig_length > budget:
                reader.fail(f"table {tag!r} declares {orig_length:,} bytes, more than the file may hold")
            budget -= orig_length
            raw = Reader(data, what="WOFF font", error=FontError, start=offset)
            body = raw.take(comp_length, f"table {tag!r}")
            if comp_length < orig_length:
                body = inflate(body, orig_length, what=f"WOFF font table {tag!r}", error=FontError, exact=True)
            elif comp_length > orig_length:
                reader.fail(f"table {tag!r} is longer compressed than uncompressed")
            tables.append((tag, checksum, body))
    except FontError as exc:
        raise FontError(exc.message, path=path) from None
    return _sfnt(flavor, tables)


def _sfnt(flavor: int, tables: list[tuple[bytes, int, bytes]]) -> bytes:
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    search = power * 16
    head = struct.pack(">IHHHH", flavor, count, search, power.bit_length() - 1, count * 16 - search)
    directory = []
    bodies = []
    offset = 12 + 16 * count
    for tag, checksum, body in tables:
        directory.append(struct.pack(">4sIII", tag, checksum, offset, len(body)))
        padded = body + b"\0" * (-len(body) % 4)
        bodies.append(padded)
        offset += len(padded)
    return head + b"".join(directory) + b"".join(bodies)
