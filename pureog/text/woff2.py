"""WOFF 2.0 -> sfnt (TTF/OTF) bytes, bounded and checked, decoded by pureog's own Brotli.

Input: the bytes of a ``wOF2`` file. Output: the equivalent sfnt, which :mod:`pureog.text.fonts` hands
to fontTools. fontTools reads WOFF2 only with the native ``brotli`` package, and then decompresses
without a size bound; here the one Brotli stream that holds every table is decoded by
:mod:`pureog.text.brotli` to exactly the size the table directory declares (at most
:data:`~pureog.text.woff.MAX_SFNT_BYTES`, and no more than the header's ``totalSfntSize``), the
``glyf``/``loca`` and ``hmtx`` transforms are undone by :mod:`pureog.text.woff2_glyf`, and the tables
are laid out as an sfnt with fresh checksums and ``checkSumAdjustment`` (the WOFF2 spec asks decoders
to recompute them). Any damage is a :class:`~pureog.errors.FontError` naming the font.

Font collections (flavor ``ttcf``) are refused with a FontError: a document names one font, and
fontTools would need to be told which face of a collection to open. Extended metadata and private
data blocks are not part of the font and are not read.

Only the stdlib (through :mod:`pureog.binary`) and pureog's text decoders; must not import fontTools,
layout, paint or raster.
"""

from __future__ import annotations

import array
import struct
import sys
from typing import NoReturn

from pureog.binary import Reader
from pureog.errors import FontError
from pureog.limits import MAX_WOFF2_WORK
from pureog.text.brotli import decompress
from pureog.text.font_budget import WOFF2_WORK
from pureog.text.woff import MAX_SFNT_BYTES
from pureog.text.woff2_glyf import reconstruct_glyf, reconstruct_hmtx, x_mins_of

WOFF2_MAGIC = b"wOF2"

_HEADER = struct.Struct(">4sIIHHIIHHIIIII")
_TTC_FLAVOR = 0x74746366  # 'ttcf'
# Section 4.2: the table tags a directory entry may name by index (63: the tag follows).
_KNOWN_TAGS = tuple(
    tag.ljust(4).encode("ascii")
    for tag in (
        "cmap head hhea hmtx maxp name OS/2 post cvt fpgm glyf loca prep CFF VORG EBDT EBLC gasp hdmx kern LTSH "
        "PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG sbix acnt avar bdat bloc "
        "bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill"
    ).split()
)
_ARBITRARY_TAG = 63
_CHECKSUM_MAGIC = 0xB1B0AFBA

def woff2_to_sfnt(data: bytes, *, path: str = "$") -> bytes:
    """The sfnt inside a WOFF2 file: tables sorted by tag, 4-byte aligned, checksums recomputed."""
    try:
        return _decode(data)
    except FontError as exc:
        raise FontError(exc.message, path=path) from None


def _decode(data: bytes) -> bytes:
    reader = Reader(data, what="WOFF2 font", error=FontError)
    _sig, flavor, _length, count, _reserved, total_sfnt, compressed, *_rest = reader.unpack(_HEADER, "header")
    if flavor == _TTC_FLAVOR:
        reader.fail("it is a font collection (ttcf), which pureog does not read: give a single font")
    if count == 0 or count > 1024:
        reader.fail(f"{count} tables")
    if total_sfnt > MAX_SFNT_BYTES:
        reader.fail(f"it declares {total_sfnt:,} bytes of font, more than the limit of {MAX_SFNT_BYTES:,}")
    entries = [_entry(reader) for _ in range(count)]
    tags = [tag for tag, _, _ in entries]
    if len(set(tags)) != count:
        reader.fail("a table is listed twice")
    total = sum(length for _, _, length in entries)
    if total > total_sfnt:
        reader.fail(f"its tables take {total:,} bytes, more than the {total_sfnt:,} it declares in all")
    stream = reader.take(compressed, "the compressed font data")
    account = WOFF2_WORK.get()
    raw = decompress(stream, total, what="WOFF2 font data", error=FontError,
                     work=[0, MAX_WOFF2_WORK] if account is None else account)
    if len(raw) != total:
        reader.fail(f"the font data holds {len(raw):,} bytes, not the {total:,} its tables declare")
    tables: dict[bytes, bytes] = {}
    transformed: set[bytes] = set()
    offset = 0
    for tag, is_transformed, length in entries:
        tables[tag] = raw[offset : offset + length]
        offset += length
        if is_transformed:
            transformed.add(tag)
    _untransform(tables, transformed)
    return _sfnt(flavor, tables)


def _entry(reader: Reader) -> tuple[bytes, bool, int]:
    """One table directory entry (section 5): (tag, transformed, length in the Brotli stream)."""
    flags = reader.u8("table directory")
    index = flags & 63
    version = flags >> 6
    tag = reader.take(4, "table directory") if index == _ARBITRARY_TAG else _KNOWN_TAGS[index]
    orig_length = _base128(reader)
    if tag in (b"glyf", b"loca"):
        if version not in (0, 3):
            reader.fail(f"table {tag!r} has transform version {version}")
        is_transformed = version == 0  # for glyf and loca, 3 is the null transform
    elif tag == b"hmtx":
        if version > 1:
            reader.fail(f"table {tag!r} has transform version {version}")
        is_transformed = version == 1
    elif version:
        reader.fail(f"table {tag!r} has transform version {version}")
    else:
        is_transformed = False
    length = _base128(reader) if is_transformed else orig_length
    if tag == b"loca" and is_transformed and length:
        reader.fail("the transformed loca table is not empty")
    if length > MAX_SFNT_BYTES:
        reader.fail(f"table {tag!r} declares {length:,} bytes")
    return tag, is_transformed, length


def _base128(reader: Reader) -> int:
    """A UIntBase128 (section 4.1): at most 5 bytes, no leading zeros, fits 32 bits."""
    value = 0
    for i in range(5):
        byte = reader.u8("table directory")
        if i == 0 and byte == 0x80:
            reader.fail("a UIntBase128 has leading zeros")
        if value & 0xFE000000:
            reader.fail("a UIntBase128 overflows 32 bits")
        value = value << 7 | (byte & 0x7F)
        if not byte & 0x80:
            return value
    reader.fail("a UIntBase128 is longer than 5 bytes")


def _untransform(tables: dict[bytes, bytes], transformed: set[bytes]) -> None:
    """Undo the glyf/loca and hmtx transforms in place."""
    x_mins: list[int] | None = None
    if b"glyf" in transformed or b"loca" in transformed:
        if not {b"glyf", b"loca"} <= transformed:
            _fail("glyf and loca must be transformed together")
        others = sum(len(body) for tag, body in tables.items() if tag not in (b"glyf", b"loca"))
        glyf, loca, x_mins, index_format = reconstruct_glyf(tables[b"glyf"], MAX_SFNT_BYTES - others)
        tables[b"glyf"], tables[b"loca"] = glyf, loca
        if b"maxp" in tables and _u16(tables, b"maxp", 4) != len(x_mins):
            _fail(f"glyf has {len(x_mins)} glyphs, maxp {_u16(tables, b'maxp', 4)}")
        head = tables.get(b"head", b"")
        if len(head) < 54:
            _fail("the head table is too short")
        # head.indexToLocFormat must describe the loca just built.
        tables[b"head"] = head[:50] + struct.pack(">h", index_format) + head[52:]
    if b"hmtx" in transformed:
        glyph_count = _u16(tables, b"maxp", 4)
        if x_mins is None:
            if b"glyf" not in tables or b"loca" not in tables:
                _fail("a transformed hmtx needs the glyf and loca tables")
            long_offsets = _u16(tables, b"head", 50) == 1
            x_mins = x_mins_of(tables[b"glyf"], tables[b"loca"], long_offsets, glyph_count)
        tables[b"hmtx"] = reconstruct_hmtx(tables[b"hmtx"], glyph_count, _u16(tables, b"hhea", 34), x_mins)


def _u16(tables: dict[bytes, bytes], tag: bytes, offset: int) -> int:
    table = tables.get(tag, b"")
    if len(table) < offset + 2:
        _fail(f"the {tag.decode('latin-1').strip()} table is missing or too short")
    return int(struct.unpack_from(">H", table, offset)[0])


def _fail(message: str) -> NoReturn:
    raise FontError(f"invalid WOFF2 font: {message}")


# --- the sfnt -------------------------------------------------------------------------------------

_WORD = "I" if array.array("I").itemsize == 4 else "L"


def _checksum(data: bytes) -> int:
    """The OpenType table checksum: the sum of the big-endian uint32 words, zero-padded, mod 2**32
    (an array sums a 20 MB table in a few ms without a Python int per word held at once)."""
    words = array.array(_WORD, data + b"\0" * (-len(data) % 4))
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def _sfnt(flavor: int, tables: dict[bytes, bytes]) -> bytes:
    if b"head" in tables:
        head = tables[b"head"]
        if len(head) < 12:
            _fail("the head table is too short")
        tables[b"head"] = head[:8] + bytes(4) + head[12:]  # checkSumAdjustment, set below
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    search = power * 16
    directory = [struct.pack(">IHHHH", flavor, count, search, power.bit_length() - 1, count * 16 - search)]
    bodies = []
    offset = 12 + 16 * count
    total = 0
    for tag in tags:
        body = tables[tag]
        checksum = _checksum(body)
        total += checksum
        directory.append(struct.pack(">4sIII", tag, checksum, offset, len(body)))
        padded = body + b"\0" * (-len(body) % 4)
        bodies.append(padded)
        offset += len(padded)
    header = b"".join(directory)
    total += _checksum(header)
    if b"head" in tables:
        at = tags.index(b"head")
        head = bodies[at]
        bodies[at] = head[:8] + struct.pack(">I", (_CHECKSUM_MAGIC - total) & 0xFFFFFFFF) + head[12:]
    return header + b"".join(bodies)
