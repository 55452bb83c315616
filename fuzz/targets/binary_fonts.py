"""Fuzz target ``binary_fonts``: damaged TTF, OTF (CFF), WOFF and WOFF2 fonts, and damaged emoji packs.

Role: seeds made in code (Geist subset to a few glyphs with its kerning and ligatures, a CFF subset of
Noto Sans KR, the same as WOFF and as WOFF2, a bare WOFF2 header) -> one mutated font per case, rendered
as the font of a short text. Mutators know the sfnt structure: the table directory (count, tags,
offsets and lengths that lie), a table's bytes damaged in place, fields that matter (``unitsPerEm``,
``numGlyphs``, ``numberOfHMetrics``, ``indexToLocFormat``, ``loca`` entries, cmap/GSUB/GPOS/kern
offsets), truncation at table boundaries; WOFF table entries with lying lengths, zlib garbage and
decompression bombs; WOFF2 headers and directory entries that lie (flavor ``ttcf``, sizes, transform
versions, UIntBase128 lengths), damaged Brotli streams, Brotli bombs, and damage inside the
transformed tables (glyf stream sizes and glyph streams, hmtx flags) re-compressed so that it reaches
the glyf reconstruction. WOFF2 seeds and re-compression need the ``brotli`` package (the dev extra):
fontTools writes WOFF2 only with it; pureog reads WOFF2 without it.
A second kind of case is an emoji pack file (:mod:`pureog.text.emoji_pack`'s format) whose index or
blocks are damaged; its SVGs are drawn as grapheme images.

A case is ``bytes``: a mode byte (bit 7: an emoji pack; else the low bits pick the text and style) then
the file. :func:`execute` renders a 64 x 32 canvas.
"""

from __future__ import annotations

import io
import json
import lzma
import os
import random
import struct
import tempfile
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from fuzz.targets import binary_mutators as m

NAME = "binary_fonts"
WEIGHT = 1.0
CI = False
"""The mixed CI slice skips it: tests/fuzz/test_binary_slice.py runs the binary targets on their own."""

_ROOT = Path(__file__).resolve().parents[2]
_TEXT = "Hi AV fi ."
_TEXTS = (_TEXT, "AVAVA ffi", "漢字 é", "x 👋 y", "Hi\nAV", "fi" * 8)


def _subset(path: Path, text: str, flavor: str | None = None) -> bytes:
    import logging  # noqa: PLC0415

    from fontTools import subset  # noqa: PLC0415
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "meta NOT subset" is expected
    font = TTFont(str(path))
    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    if flavor:
        font.flavor = flavor
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@cache
def font_seeds() -> tuple[bytes, ...]:
    seeds = []
    geist = _ROOT / "pureog" / "fonts" / "Geist-Regular.ttf"
    noto = _ROOT / "conformance" / "fonts" / "NotoSansKR-subset.otf"
    if geist.exists():
        ttf = _subset(geist, "HiAVfi .x")
        seeds += [ttf, _subset(geist, "HiAVfi .x", "woff")]
    if noto.exists():
        seeds.append(_subset(noto, "HiAV 漢字"))
    if _brotli() is not None:
        if geist.exists():
            seeds.append(_subset(geist, "HiAVfi .x", "woff2"))
        if noto.exists():
            seeds.append(_subset(noto, "HiAV 漢字", "woff2"))
    # A bare WOFF2 header: no table directory, no data.
    seeds.append(b"wOF2" + b"\x00\x01\x00\x00" + struct.pack(">IHH", 48, 1, 0) + bytes(36))
    return tuple(seeds)


def _brotli() -> Any:
    """The native ``brotli`` module, if installed (fuzzing only: it makes WOFF2 seeds and re-compresses
    damaged tables); None otherwise."""
    try:
        import brotli  # noqa: PLC0415
    except ImportError:
        return None
    return brotli


# --- sfnt structure -------------------------------------------------------------------------------


def sfnt_tables(data: bytes) -> list[tuple[bytes, int, int, int]]:
    """(tag, directory entry offset, table offset, length) of each table of an sfnt (not WOFF)."""
    if len(data) < 12:
        return []
    (count,) = struct.unpack(">H", data[4:6])
    out = []
    for i in range(count):
        at = 12 + 16 * i
        if at + 16 > len(data):
            break
        tag, _, offset, length = struct.unpack(">4sIII", data[at : at + 16])
        out.append((tag, at, offset, length))
    return out


def woff_tables(data: bytes) -> list[tuple[bytes, int, int, int, int]]:
    """(tag, entry offset, table offset, compressed length, original length) of a WOFF."""
    if len(data) < 44:
        return []
    (count,) = struct.unpack(">H", data[12:14])
    out = []
    for i in range(count):
        at = 44 + 20 * i
        if at + 20 > len(data):
            break
        tag, offset, comp, orig, _ = struct.unpack(">4sIIII", data[at : at + 20])
        out.append((tag, at, offset, comp, orig))
    return out


def _put(data: bytes, at: int, packed: bytes) -> bytes:
    if at < 0 or at + len(packed) > len(data):
        return data
    return data[:at] + packed + data[at + len(packed) :]


# Fields that steer the parser: (table, offset in table, struct format, hostile values).
_FIELDS = (
    (b"head", 18, ">H", (0, 1, 16, 16384, 65535)),  # unitsPerEm
    (b"head", 50, ">h", (0, 1, 2, -1)),  # indexToLocFormat
    (b"maxp", 4, ">H", (0, 1, 2, 65535)),  # numGlyphs
    (b"hhea", 34, ">H", (0, 1, 65535)),  # numberOfHMetrics
    (b"hhea", 4, ">h", (-32768, 32767, 0)),  # ascender
    (b"hhea", 6, ">h", (-32768, 32767, 0)),  # descender
    (b"cmap", 2, ">H", (0, 255, 65535)),  # number of subtables
    (b"cmap", 8, ">I", (0, 4, 0xFFFFFFFF, 0x7FFFFFFF)),  # first subtable offset
    (b"GSUB", 4, ">H", (0, 1, 0xFFFF)),  # ScriptList offset
    (b"GSUB", 8, ">H", (0, 1, 0xFFFF)),  # LookupList offset
    (b"GPOS", 8, ">H", (0, 1, 0xFFFF)),
    (b"kern", 2, ">H", (0, 255, 65535)),
    (b"post", 0, ">I", (0x00010000, 0x00020000, 0x00025000, 0x00030000, 0xFFFFFFFF)),
    (b"OS/2", 0, ">H", (0, 5, 65535)),
)


def sfnt_mutate(rng: random.Random, seed: bytes) -> bytes:
    tables = sfnt_tables(seed)
    if not tables:
        return m.generic(rng, seed)
    choice = rng.randrange(9)
    tag, entry, offset, length = rng.choice(tables)
    if choice == 0:  # a directory entry's offset or length lies
        field = rng.randrange(2)
        value = rng.choice((0, 1, 3, length + 1, length * 4, len(seed), len(seed) - 1, 0xFFFFFFFF, 0x7FFFFFFF))
        return _put(seed, entry + 8 + 4 * field, struct.pack(">I", value))
    if choice == 1:  # tags renamed, duplicated; the table count lies
        op = rng.randrange(3)
        if op == 0:
            return _put(seed, entry, rng.choice((b"xxxx", b"glyf", b"CFF ", b"loca", b"head", b"CBDT")))
        if op == 1:
            return _put(seed, 4, struct.pack(">H", rng.choice((0, 1, len(tables) + 1, 255, 65535))))
        other = rng.choice(tables)
        return _put(seed, entry + 4, seed[other[1] + 4 : other[1] + 16])  # two entries share one table
    if choice in (2, 3):  # damage inside one table
        body = seed[offset : offset + length]
        if not body:
            return m.generic(rng, seed)
        damaged = m.generic(rng, body)[: len(body)].ljust(len(body), b"\0")
        return seed[:offset] + damaged + seed[offset + length :]
    if choice == 4:  # a field that steers parsing
        by_tag = {t[0]: t for t in tables}
        candidates = [f for f in _FIELDS if f[0] in by_tag]
        if candidates:
            name, at, fmt, values = rng.choice(candidates)
            return _put(seed, by_tag[name][2] + at, struct.pack(fmt, rng.choice(values)))
    if choice == 5:  # loca offsets out of order or past glyf
        loca = next((t for t in tables if t[0] == b"loca"), None)
        if loca and loca[3] >= 4:
            at = loca[2] + rng.randrange(loca[3] // 2) * 2
            return _put(seed, at, struct.pack(">H", rng.choice((0, 1, 0x7FFF, 0xFFFF))))
    if choice == 6:  # truncated at a table boundary
        return m.truncate_at(rng, seed, [12, 12 + 16 * len(tables)] + [t[2] for t in tables]
                             + [t[2] + t[3] for t in tables])
    if choice == 7:  # an offset into a subtable inside GSUB/GPOS/cmap/kern/CFF lies
        subtables = [t for t in tables if t[0] in (b"GSUB", b"GPOS", b"cmap", b"kern", b"CFF ", b"glyf")]
        if subtables:
            _, _, off, ln = rng.choice(subtables)
            if ln >= 4:
                at = off + rng.randrange(ln - 1)
                return _put(seed, at, struct.pack(">H", rng.choice((0, 1, 2, 0x7FFF, 0xFFFF, ln, ln - 1))))
    return m.generic(rng, seed)


def woff_mutate(rng: random.Random, seed: bytes) -> bytes:
    tables = woff_tables(seed)
    if not tables:
        return m.generic(rng, seed)
    choice = rng.randrange(6)
    tag, entry, offset, comp, orig = rng.choice(tables)
    if choice == 0:  # lying lengths and offsets
        field = rng.randrange(3)
        value = rng.choice((0, 1, comp - 1, comp + 1, orig * 1000, 0xFFFFFFFF, len(seed)))
        return _put(seed, entry + 4 + 4 * field, struct.pack(">I", max(0, value) & 0xFFFFFFFF))
    if choice == 1:  # header fields: numTables, totalSfntSize, length
        at, fmt = rng.choice(((12, ">H"), (16, ">I"), (8, ">I")))
        return _put(seed, at, struct.pack(fmt, rng.choice((0, 1, 255, 0xFFFF)) & (0xFFFF if fmt == ">H" else
                                                                                   0xFFFFFFFF)))
    if choice == 2:  # zlib garbage in a compressed table
        garbage = b"\x78\x9c" + bytes(rng.randrange(256) for _ in range(max(0, comp - 2)))
        return seed[:offset] + garbage[:comp] + seed[offset + comp :]
    if choice == 3:  # a decompression bomb in place of one table
        bomb = _bomb(rng.choice((1 << 20, 1 << 26, 1 << 30)))
        orig_len = rng.choice((orig, len(bomb) + 1, 1 << 30))
        body = seed[:entry + 4] + struct.pack(">III", len(seed), len(bomb), orig_len) + seed[entry + 16 :]
        return body + bomb
    if choice == 4:
        return m.truncate_at(rng, seed, [44] + [t[2] for t in tables] + [t[2] + t[3] for t in tables])
    return m.generic(rng, seed)


@cache
def _bomb(size: int) -> bytes:
    return m.zlib_bomb(size)


# --- WOFF2 ----------------------------------------------------------------------------------------

_GLYF, _LOCA, _HMTX = 10, 11, 3  # known-tag indices of the tables that have transforms


def woff2_directory(data: bytes) -> tuple[list[tuple[int, int, bool, int]], int, int]:
    """The table directory of a (valid) WOFF2: (entry offset, tag index, transformed, data length) per
    table, and where the compressed stream starts and ends. Damaged input gives what could be read."""
    if len(data) < 48:
        return [], len(data), len(data)
    (count,) = struct.unpack(">H", data[12:14])
    (compressed,) = struct.unpack(">I", data[20:24])
    entries = []
    at = 48
    for _ in range(count):
        if at >= len(data):
            break
        start, flags = at, data[at]
        index = flags & 63
        at += 5 if index == 63 else 1
        transformed = (flags >> 6 == 0) if index in (_GLYF, _LOCA) else flags >> 6 != 0
        lengths = []
        for _ in range(2 if transformed else 1):
            value = 0
            while at < len(data):
                value = value << 7 | (data[at] & 0x7F)
                at += 1
                if not data[at - 1] & 0x80:
                    break
            lengths.append(value)
        entries.append((start, index, transformed, lengths[-1]))
    return entries, at, at + compressed


def woff2_mutate(rng: random.Random, seed: bytes) -> bytes:
    entries, start, end = woff2_directory(seed)
    if not entries:
        return m.generic(rng, seed)
    choice = rng.randrange(8)
    if choice == 0:  # header fields: flavor, length, numTables, totalSfntSize, totalCompressedSize
        at, fmt, values = rng.choice(((4, ">I", (0x74746366, 0x4F54544F, 0x00010000, 0)),
                                      (8, ">I", (0, 1, len(seed) + 1, 0xFFFFFFFF)),
                                      (12, ">H", (0, 1, len(entries) + 1, 0xFFFF)),
                                      (16, ">I", (0, 1, end, 1 << 26, 0xFFFFFFFF)),
                                      (20, ">I", (0, 1, end - start - 1, end - start + 1, 0xFFFFFFFF))))
        return _put(seed, at, struct.pack(fmt, max(0, rng.choice(values)) & (0xFFFF if fmt == ">H" else 0xFFFFFFFF)))
    entry, index, _transformed, _length = rng.choice(entries)
    if choice == 1:  # a directory entry's tag index or transform version lies
        flags = seed[entry]
        new = rng.choice(((flags & 0x3F) | (rng.randrange(4) << 6), (flags & 0xC0) | rng.randrange(64),
                          (flags & 0xC0) | rng.choice((_GLYF, _LOCA, _HMTX, 63))))
        return _put(seed, entry, bytes((new,)))
    if choice == 2:  # a UIntBase128 that lies: leading zeros, too long, huge, or a new value
        at = entry + (5 if index == 63 else 1)
        value = rng.choice((b"\x80\x01", b"\xff\xff\xff\xff\xff\x7f", b"\x8f\xff\xff\xff\x7f", b"\x00", b"\x7f"))
        return seed[:at] + value + seed[at + 1 :]
    if choice == 3:  # damage inside the Brotli stream
        body = seed[start:end]
        return seed[:start] + m.flip_bits(rng, body) + seed[end:] if body else m.generic(rng, seed)
    if choice == 4:
        return m.truncate_at(rng, seed, [48, start, start + 1, (start + end) // 2, end - 1, end])
    if choice == 5:  # a Brotli bomb in place of the stream
        bomb = _brotli_bomb()
        if bomb:
            return _put(seed[:start] + bomb, 20, struct.pack(">I", len(bomb)))
    if choice in (6, 7):  # damage inside the transformed tables, re-compressed
        damaged = _damage_tables(rng, seed, entries, start, end)
        if damaged is not None:
            return damaged
    return m.generic(rng, seed)


def _damage_tables(rng: random.Random, seed: bytes, entries: list[tuple[int, int, bool, int]], start: int,
                   end: int) -> bytes | None:
    brotli = _brotli()
    if brotli is None:
        return None
    try:
        raw = brotli.decompress(seed[start:end])
    except brotli.error:
        return None
    offsets, at = {}, 0
    for _, index, _, length in entries:
        offsets[index] = (at, length)
        at += length
    if _GLYF in offsets and rng.random() < 0.7:
        glyf_at, glyf_length = offsets[_GLYF]
        if rng.random() < 0.5 and glyf_length >= 36:  # the header: option flags, counts, stream sizes
            field = rng.choice((2, 4, 6) + tuple(range(8, 36, 4)))
            fmt = ">H" if field < 8 else ">I"
            values = (0, 1, 2, 0xFFFF) if fmt == ">H" else (0, 1, 3, 0x7FFFFFFF, glyf_length)
            raw = _put(raw, glyf_at + field, struct.pack(fmt, rng.choice(values)))
        else:  # the streams themselves: nContours, points, flags, triplets, composites, bboxes
            body = raw[glyf_at + 36 : glyf_at + glyf_length]
            damaged = m.generic(rng, body)[: len(body)].ljust(len(body), b"\0")
            raw = raw[: glyf_at + 36] + damaged + raw[glyf_at + glyf_length :]
    else:
        index = rng.choice(list(offsets))
        table_at, length = offsets[index]
        body = raw[table_at : table_at + length]
        if body:
            damaged = m.generic(rng, body)[:length].ljust(length, b"\0")
            raw = raw[:table_at] + damaged + raw[table_at + length :]
    stream = brotli.compress(raw, quality=rng.choice((1, 5, 11)))
    return _put(seed[:start] + stream + seed[end:], 20, struct.pack(">I", len(stream)))


@cache
def _brotli_bomb() -> bytes:
    brotli = _brotli()
    if brotli is None:
        return b""
    compressor = brotli.Compressor(quality=4)
    return bytes(b"".join(compressor.process(bytes(1 << 20)) for _ in range(80)) + compressor.finish())


# --- emoji packs ----------------------------------------------------------------------------------
_PACK_MAGIC = b"PUREOG-EMOJI\x01"
_PACK_CODES = ("1f600", "1f44b", "2764")


def pack_file(index: dict[str, Any] | bytes, blocks: list[bytes]) -> bytes:
    raw_index = index if isinstance(index, bytes) else zlib.compress(json.dumps(index).encode())
    return _PACK_MAGIC + struct.pack("<I", len(raw_index)) + raw_index + b"".join(blocks)


@cache
def pack_seed() -> tuple[dict[str, Any], tuple[bytes, ...]]:
    bodies = [b'<circle cx="18" cy="18" r="16" fill="#fc0"/>', b'<path d="M4 4h28v28z" fill="red"/>',
              b'<rect width="36" height="36" rx="8" fill="#e25"/>']
    data = b"".join(bodies)
    block = lzma.compress(data)
    codes, at = {}, 0
    for code, body in zip(_PACK_CODES, bodies, strict=True):
        codes[code] = [0, at, at + len(body)]
        at += len(body)
    index = {"name": "fuzz", "version": "1", "width": 36, "height": 36, "documents": False, "exact": False,
             "blocks": [[0, len(block)]], "codes": codes}
    return index, (block,)


_HOSTILE_JSON: tuple[Any, ...] = (None, 0, -1, 1e308, "x", [], {}, [1, 2], [[0]], [0, -5, 10**12], True,
                                  [[0, 10**12]], [[-1, 5]], float("nan"))


def pack_mutate(rng: random.Random) -> bytes:
    index, blocks = pack_seed()
    index = json.loads(json.dumps(index))
    choice = rng.randrange(6)
    if choice == 0:  # an index field of the wrong type or value
        key = rng.choice(("width", "height", "documents", "exact", "blocks", "codes", "name"))
        index[key] = rng.choice(_HOSTILE_JSON)
        return pack_file(index, list(blocks))
    if choice == 1:  # an entry pointing anywhere
        index["codes"][rng.choice(_PACK_CODES)] = rng.choice(_HOSTILE_JSON)
        return pack_file(index, list(blocks))
    if choice == 2:  # an index that is not zlib, not JSON, or not an object
        raw = rng.choice((b"garbage", zlib.compress(b"[1,2]"), zlib.compress(b"{bad json"), zlib.compress(b"null"),
                          zlib.compress(b'"\\ud800"')))
        return pack_file(raw, list(blocks))
    if choice == 3:  # a block that is not XZ, or an XZ bomb
        bad = rng.choice((b"garbage", lzma.compress(bytes(1 << 20))[:40], _xz_bomb()))
        index["blocks"] = [[0, len(bad)]]
        return pack_file(index, [bad])
    if choice == 4:  # the index length lies
        data = pack_file(index, list(blocks))
        lie = rng.choice((0, 1, 0xFFFFFFFF, len(data)))
        return data[: len(_PACK_MAGIC)] + struct.pack("<I", lie) + data[len(_PACK_MAGIC) + 4 :]
    return m.generic(rng, pack_file(index, list(blocks)))


@cache
def _xz_bomb() -> bytes:
    comp = lzma.LZMACompressor()
    block = bytes(1 << 20)
    parts = [comp.compress(block) for _ in range(20)]  # 20 MB of zeros: past the pack's 16 MB block bound
    return b"".join(parts) + comp.flush()


# --- the target -----------------------------------------------------------------------------------


def generate(rng: random.Random) -> bytes:
    if rng.random() < 0.1:
        return bytes((0x80 | rng.randrange(8),)) + pack_mutate(rng)
    seed = rng.choice(font_seeds())
    if seed[:4] == b"wOFF":
        data = woff_mutate(rng, seed)
    elif seed[:4] == b"wOF2":
        data = woff2_mutate(rng, seed)
    else:
        data = seed if rng.random() < 0.03 else sfnt_mutate(rng, seed)
    if rng.random() < 0.1:
        data = m.generic(rng, data)
    return bytes((rng.randrange(16),)) + data


def document(mode: int, font: bytes) -> dict[str, Any]:
    """A 64 x 32 card whose text uses ``font`` (first, or as a fallback after Geist when mode & 8)."""
    text = _TEXTS[mode % len(_TEXTS)]
    style: dict[str, Any] = {"display": "flex", "fontFamily": "F", "fontSize": 12, "width": "100%",
                             "height": "100%", "flexWrap": "wrap"}
    if mode % 4 == 1:
        style.update(letterSpacing=1, textDecoration="underline", fontWeight=700)
    elif mode % 4 == 2:
        style.update(WebkitTextStroke="1px red", textShadow="1px 1px 1px blue", whiteSpace="pre-wrap")
    elif mode % 4 == 3:
        style.update(textOverflow="ellipsis", overflow="hidden", whiteSpace="nowrap", width=20,
                     textTransform="uppercase")
    fonts: list[dict[str, Any]] = [{"name": "F", "data": font}]
    if mode & 8:
        geist = (_ROOT / "pureog" / "fonts" / "Geist-Regular.ttf").read_bytes()
        fonts.insert(0, {"name": "G", "data": geist})
        style["fontFamily"] = "G, F"
    return {"width": 64, "height": 32, "fonts": fonts, "element": {"div": {"style": style, "children": text}}}


def execute(case: bytes) -> None:
    import pureog  # noqa: PLC0415

    mode = case[0] if case else 0
    data = case[1:]
    if mode & 0x80:
        _execute_pack(data)
        return
    pureog.render_png(document(mode, data))


def _execute_pack(data: bytes) -> None:
    import pureog  # noqa: PLC0415
    from pureog.text.emoji_pack import EmojiPack  # noqa: PLC0415

    fd, name = tempfile.mkstemp(suffix=".bin")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        pack = EmojiPack(Path(name), label="the fuzz pack")
        images = {}
        for i, code in enumerate(_PACK_CODES):
            if pack.has(code):
                svg = pack.svg(code)
                if svg is not None:
                    images[chr(0x2460 + i)] = svg
        pack.codes()
        if images:
            doc = {"width": 48, "height": 16, "element": {"div": {"style": {"display": "flex", "fontSize": 12},
                                                                  "children": "".join(images)}}}
            pureog.render_png(doc, grapheme_images=images)
    finally:
        os.unlink(name)
