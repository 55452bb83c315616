"""Fuzz target ``binary_images``: damaged PNG, JPEG, GIF, WebP and SVG files drawn by a small document.

Role: seeds built in code (every PNG colour type and bit depth, interlaced and filtered; GIFs with
global/local tables, transparency, interlacing, sub-frames; the JPEG fixtures of tests/images; small
SVGs using gradients, ``use``, clips, patterns and embedded images; WebP: lossless files from pureog's
own encoder, plus lossy, alpha and animated files from Pillow when it is installed, and the conformance
asset) -> one mutated file per case.
Mutators know each format's structure: truncation at chunk/segment/block boundaries, chunk bodies
rewritten with valid CRCs, lying lengths, huge declared sizes, zlib/LZW/Huffman garbage, decompression
bombs built in code, XML entities, external references, deep nesting and reference cycles for SVG;
plus the generic byte mutators of :mod:`.binary_mutators`.

A case is ``bytes``: one mode byte (how the document uses the file: ``<img>`` scaled or not, a
``url()`` background tile, a rotated ``<img>``; whether the data URI says SVG) then the file, so the
generic byte shrinker keeps working. :func:`execute` renders a 64 x 48 canvas.
"""

from __future__ import annotations

import base64
import random
import struct
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from fuzz.targets import binary_mutators as m

NAME = "binary_images"
WEIGHT = 1.0
CI = False
"""The mixed CI slice skips it: tests/fuzz/test_binary_slice.py runs the binary targets on their own."""

_ROOT = Path(__file__).resolve().parents[2]
_JPEG_FIXTURES = ("baseline420.jpg", "baseline422.jpg", "baseline444.jpg", "cmyk.jpg", "grey.jpg",
                  "progressive420.jpg")

# --- seeds ----------------------------------------------------------------------------------------


def _gradient_rows(width: int, height: int, channels: int, depth: int) -> list[bytes]:
    """Packed scanlines of a simple pattern for any channel count and bit depth."""
    rows = []
    for y in range(height):
        samples = [((x * 37 + y * 59 + c * 91) & 0xFFFF) for x in range(width) for c in range(channels)]
        if depth == 16:
            rows.append(b"".join(struct.pack(">H", s) for s in samples))
        elif depth == 8:
            rows.append(bytes(s & 255 for s in samples))
        else:
            per, mask = 8 // depth, (1 << depth) - 1
            packed = bytearray((len(samples) + per - 1) // per)
            for i, s in enumerate(samples):
                packed[i // per] |= (s & mask) << (8 - depth * (i % per + 1))
            rows.append(bytes(packed))
    return rows


@cache
def png_seeds() -> tuple[bytes, ...]:
    seeds = []
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
    combos = [(0, 1), (0, 2), (0, 4), (0, 8), (0, 16), (2, 8), (2, 16), (3, 1), (3, 4), (3, 8), (4, 8), (4, 16),
              (6, 8), (6, 16)]
    for i, (ct, depth) in enumerate(combos):
        w, h = 5 + i % 3, 4 + i % 2
        palette = bytes(range(0, 48)) if ct == 3 else b""
        trns = {0: b"\x00\x05", 2: b"\x00\x01\x00\x02\x00\x03", 3: b"\x80\x40\x00"}.get(ct, b"")
        rows = _gradient_rows(w, h, channels[ct], depth)
        seeds.append(m.png_encode(w, h, ct, depth, rows, palette=palette, trns=trns if i % 2 else b"",
                                  interlace=i % 3 == 2 and depth >= 8, filters=bytes((i % 5, 1, 2, 3, 4))))
    # The cases: an ordinary semi-transparent RGBA image (drawn scaled, bicubic overshoots).
    rows = [bytes(v for x in range(6) for v in (255, 40 * x % 256, 0, 255 if (x + y) % 2 else 0)) for y in range(6)]
    seeds.append(m.png_encode(6, 6, 6, 8, rows))
    for name in ("alpha.png", "palette.png", "pixels.png", "tile.png"):
        path = _ROOT / "conformance" / "assets" / name
        if path.exists():
            seeds.append(path.read_bytes())
    return tuple(seeds)


@cache
def gif_seeds() -> tuple[bytes, ...]:
    pal = bytes((255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255))
    pixels = bytes((x + y) % 4 for y in range(6) for x in range(8))
    big_pal = bytes(v for i in range(256) for v in (i, 255 - i, i // 2))
    seeds = [
        m.gif_encode(8, 6, pixels, pal),
        m.gif_encode(8, 6, pixels, pal, transparent=2, interlace=True),
        m.gif_encode(8, 6, pixels, pal, local=True),
        m.gif_encode(12, 9, pixels, pal, frame=(2, 3, 8, 6)),
        m.gif_encode(8, 6, bytes(range(48)), big_pal, min_size=8),
    ]
    fixture = _ROOT / "tests" / "images" / "fixtures" / "small.gif"
    if fixture.exists():
        seeds.append(fixture.read_bytes())
    return tuple(seeds)


@cache
def jpeg_seeds() -> tuple[bytes, ...]:
    found = []
    for name in _JPEG_FIXTURES:
        path = _ROOT / "tests" / "images" / "fixtures" / name
        if path.exists():
            found.append(path.read_bytes())
    return tuple(found)


def _tiny_png_uri() -> str:
    return "data:image/png;base64," + base64.b64encode(png_seeds()[5]).decode()


@cache
def svg_seeds() -> tuple[bytes, ...]:
    ns = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
    texts = [
        f'<svg {ns} viewBox="0 0 40 30"><rect x="2" y="2" width="36" height="26" rx="4" fill="#09f"/>'
        '<circle cx="20" cy="15" r="8" fill="none" stroke="red" stroke-width="2" stroke-dasharray="3 1"/></svg>',
        f'<svg {ns} width="40" height="30"><defs><linearGradient id="g" x2="1"><stop offset="0" stop-color="red"/>'
        '<stop offset="1" stop-color="blue" stop-opacity=".5"/></linearGradient><radialGradient id="r" href="#g"/>'
        '</defs><rect width="40" height="15" fill="url(#g)"/><ellipse cx="20" cy="22" rx="18" ry="7" fill="url(#r)"/>'
        '</svg>',
        f'<svg {ns} viewBox="0 0 10 10"><defs><path id="p" d="M1 1L9 1 5 9z"/><clipPath id="c">'
        '<circle cx="5" cy="5" r="4"/></clipPath></defs><g clip-path="url(#c)" transform="rotate(10 5 5)">'
        '<use href="#p" fill="green"/><use xlink:href="#p" x="1" opacity=".5"/></g></svg>',
        f'<svg {ns} viewBox="0 0 20 20"><path d="M2 2C5 0 15 0 18 2S20 15 18 18Q10 22 2 18A8 8 0 0 1 2 2Z'
        'm1 1h5v5h-5z" fill-rule="evenodd" stroke="#000" stroke-linejoin="round" stroke-width=".5"/>'
        '<polyline points="1,1 5,10 9,3" fill="none" stroke="blue"/></svg>',
        f'<svg {ns} viewBox="0 0 20 20"><symbol id="s" viewBox="0 0 2 2"><rect width="1" height="1"/></symbol>'
        '<use href="#s" width="10" height="10"/><mask id="m"><rect width="20" height="20" fill="white"/></mask>'
        f'<image href="{_tiny_png_uri()}" x="10" y="10" width="8" height="8" mask="url(#m)"/></svg>',
        f'<svg {ns} viewBox="0 0 20 20"><pattern id="pt" width="4" height="4" patternUnits="userSpaceOnUse">'
        '<rect width="2" height="2" fill="red"/></pattern><rect width="20" height="20" fill="url(#pt)"/>'
        '<line x1="0" y1="0" x2="20" y2="20" stroke="black" stroke-linecap="round"/></svg>',
    ]
    seeds = [t.encode() for t in texts]
    logo = _ROOT / "conformance" / "assets" / "logo.svg"
    if logo.exists():
        seeds.append(logo.read_bytes())
    return tuple(seeds)


# --- PNG mutators ---------------------------------------------------------------------------------


def _png_boundaries(data: bytes) -> list[int]:
    pos, out = 8, [8]
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        out += [pos + 8, pos + 8 + min(length, len(data)), pos + 12 + length]
        pos += 12 + length
    return [b for b in out if b <= len(data)]


def _ihdr(chunks: list[tuple[bytes, bytes]]) -> tuple[int, int, int, int, int] | None:
    for kind, body in chunks:
        if kind == b"IHDR" and len(body) == 13:
            w, h, depth, ct, _, _, il = struct.unpack(">IIBBBBB", body)
            return w, h, depth, ct, il
    return None


def _raw_size(w: int, h: int, depth: int, ct: int) -> int:
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(ct, 4)
    return h * (1 + (w * channels * depth + 7) // 8)


def png_mutate(rng: random.Random, seed: bytes) -> bytes:
    chunks = m.png_chunks(seed)
    choice = rng.randrange(12)
    if choice == 0:
        return m.truncate_at(rng, seed, _png_boundaries(seed))
    if choice == 1:  # damage inside one chunk, CRC fixed so the damage is seen
        i = rng.randrange(len(chunks))
        chunks[i] = (chunks[i][0], m.generic(rng, chunks[i][1]))
        return m.png_file(chunks)
    if choice == 2:  # a lying length field
        i = rng.randrange(len(chunks))
        kind, body = chunks[i]
        lie = rng.choice((0, 1, len(body) - 1, len(body) + 1, len(body) + 12, 0x7FFFFFFF, 0xFFFFFFFF))
        return (m.PNG_SIGNATURE + b"".join(m.png_chunk(k, b) for k, b in chunks[:i]) + m.png_chunk(kind, body, lie)
                + b"".join(m.png_chunk(k, b) for k, b in chunks[i + 1 :]))
    header = _ihdr(chunks)
    if choice == 3 and header:  # huge or odd declared size, data unchanged
        w, h = rng.choice(((8192, 8192), (65535, 65535), (0x7FFFFFFF, 1), (1, 0x7FFFFFFF), (0, 5), (6000, 6000),
                           (100000, 1), (1, 100000), (5000, 5000), (2**31, 2**31)))
        return m.png_file([(b"IHDR", struct.pack(">II", w, h) + body[8:]) if k == b"IHDR" else (k, body)
                           for k, body in chunks])
    if choice == 4 and header:  # another colour type / bit depth on the same data
        depth, ct = rng.choice((1, 2, 4, 8, 16, 0, 3, 255)), rng.choice((0, 2, 3, 4, 6, 1, 5, 7, 255))
        return m.png_file([(b"IHDR", body[:8] + bytes((depth, ct)) + body[10:12] + bytes((rng.randrange(3),)))
                           if k == b"IHDR" else (k, body) for k, body in chunks])
    if choice in (5, 6) and header:  # image data of the wrong size: short, at a row boundary, long, garbage
        w, h, depth, ct, _ = header
        size = _raw_size(w, h, depth, ct)
        row = max(1, size // max(h, 1))
        raw_len = rng.choice((0, 1, row, size - row, size - 1, size + 1, size + row, size * 3))
        raw = bytes(rng.choice((0, 0, 1, 2, 3, 4, 5, 255)) if rng.random() < 0.1 else rng.randrange(256)
                    for _ in range(min(max(raw_len, 0), 1 << 16)))
        how = rng.randrange(4)
        if how == 0:
            idat = zlib.compress(raw)
        elif how == 1:
            idat = zlib.compress(raw)[: rng.randrange(1, 12)]
        elif how == 2:
            idat = b"\x78\x9c" + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
        else:
            idat = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 32)))
        return m.png_file([(k, idat if k == b"IDAT" else body) for k, body in chunks
                           if k != b"IDAT" or not any(k2 == b"IDAT" for k2, _ in chunks[: chunks.index((k, body))])])
    if choice == 7 and header:  # decompression bomb: a tiny declared image, huge inflated data
        size = rng.choice((1 << 24, 1 << 26, 1 << 28, 1 << 30))
        w, h = rng.choice(((1, 1), (4, 4), (1000, 1000), (6000, 6000)))
        ihdr = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)
        return m.png_file([(b"IHDR", ihdr), (b"IDAT", _bomb(size)), (b"IEND", b"")])
    if choice == 8 and chunks:  # chunks dropped, duplicated, reordered, IDAT split
        op = rng.randrange(4)
        if op == 0:
            del chunks[rng.randrange(len(chunks))]
        elif op == 1:
            chunks.insert(rng.randrange(len(chunks) + 1), rng.choice(chunks))
        elif op == 2:
            rng.shuffle(chunks)
        else:
            out = []
            for k, body in chunks:
                if k == b"IDAT" and len(body) > 2:
                    cut = rng.randrange(1, len(body))
                    out += [(k, body[:cut]), (b"tEXt", b"k\0v"), (k, body[cut:])]
                else:
                    out.append((k, body))
            chunks = out
        return m.png_file(chunks)
    if choice == 9:  # odd palettes and transparency
        kind = rng.choice((b"PLTE", b"tRNS"))
        body = bytes(rng.randrange(256) for _ in range(rng.choice((0, 1, 2, 3, 5, 6, 7, 768, 771, 1024))))
        chunks = [(k, b) for k, b in chunks if k != kind]
        chunks.insert(1, (kind, body))
        return m.png_file(chunks)
    if choice == 10:  # APNG chunks that lie
        actl = struct.pack(">II", rng.choice((0, 1, 2**31)), 0)
        fctl = struct.pack(">IIIIIHHBB", 0, 2**30, 2**30, 2**31, 0, 0, 0, 9, 9)
        return m.png_file(chunks[:1] + [(b"acTL", actl), (b"fcTL", fctl)] + chunks[1:] + [(b"fdAT", b"\0\0\0\1xx")])
    return m.generic(rng, seed)


@cache
def _bomb(size: int) -> bytes:
    return m.zlib_bomb(size)


# --- JPEG mutators --------------------------------------------------------------------------------


def _jpeg_segments(data: bytes) -> list[tuple[int, int, int]]:
    """(marker, start, end) of each marker segment up to the first scan; the scan runs to the end."""
    out, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        out.append((marker, pos, min(len(data), pos + 2 + length)))
        if marker == 0xDA:
            break
        pos += 2 + length
    return out


def jpeg_mutate(rng: random.Random, seed: bytes) -> bytes:
    segs = _jpeg_segments(seed)
    choice = rng.randrange(9)
    if choice == 0 or not segs:
        return m.truncate_at(rng, seed, [s for _, a, b in segs for s in (a, a + 4, b)] + [len(seed) - 2])
    marker, start, end = rng.choice(segs)
    body = bytearray(seed[start + 4 : end])
    if choice == 1:  # a lying segment length
        lie = rng.choice((0, 1, 2, 3, len(body) + 1, len(body) + 3, 0xFFFF))
        return seed[: start + 2] + struct.pack(">H", lie) + seed[start + 4 :]
    sof = next(((a, b) for mk, a, b in segs if mk in (0xC0, 0xC1, 0xC2)), None)
    if choice == 2 and sof:  # frame header: size, component count, sampling factors, table ids
        a, b = sof
        frame = bytearray(seed[a + 4 : b])
        field = rng.randrange(4)
        if field == 0 and len(frame) >= 5:
            frame[1:5] = struct.pack(">HH", *rng.choice(((65535, 65535), (0, 10), (10, 0), (8192, 8192), (1, 65535),
                                                         (6000, 6000))))
        elif field == 1 and len(frame) >= 6:
            frame[5] = rng.choice((0, 2, 4, 5, 255))
        elif field == 2 and len(frame) >= 9:
            frame[6 + 3 * rng.randrange(max(1, (len(frame) - 6) // 3)) + 1] = rng.choice((0x00, 0x0F, 0xF0, 0x44, 0x33,
                                                                                           0x41, 0x14, 0xFF))
        elif len(frame) >= 9:
            frame[8] = rng.choice((1, 2, 3, 4, 15, 255))
        return seed[: a + 4] + bytes(frame) + seed[b:]
    if choice == 3:  # Huffman tables: counts that do not add up, odd table ids
        dhts = [(a, b) for mk, a, b in segs if mk == 0xC4]
        if dhts:
            a, b = rng.choice(dhts)
            table = bytearray(seed[a + 4 : b])
            if table:
                i = rng.randrange(min(17, len(table)))
                table[i] = rng.choice((0, 1, 16, 255)) if i else rng.choice((0x00, 0x01, 0x10, 0x1F, 0xFF, 0x23))
            return seed[: a + 4] + bytes(table) + seed[b:]
    if choice == 4:  # the scan header
        sos = next(((a, b) for mk, a, b in segs if mk == 0xDA), None)
        if sos:
            a, b = sos
            scan = bytearray(seed[a + 4 : b])
            if scan:
                scan[rng.randrange(len(scan))] = rng.choice((0, 1, 5, 0x3F, 0x40, 0xFF, 0x11, 0xF0, 0x0D))
            return seed[: a + 4] + bytes(scan) + seed[b:]
    if choice == 5:  # garbage entropy-coded data, restart markers, lost EOI
        scan_start = segs[-1][2] if segs[-1][0] == 0xDA else len(seed) // 2
        data = bytearray(seed)
        op = rng.randrange(3)
        if op == 0:
            for _ in range(rng.choice((1, 8, 64))):
                if scan_start < len(data) - 2:
                    data[rng.randrange(scan_start, len(data) - 2)] = rng.randrange(256)
        elif op == 1:
            i = rng.randrange(scan_start, len(data) + 1)
            data[i:i] = bytes((0xFF, rng.choice((0xD0, 0xD7, 0xD9, 0xDA, 0xC4, 0x00, 0xFF))))
        else:
            data = data[:-2]
        return bytes(data)
    if choice == 6:  # restart interval, quantization tables
        if rng.random() < 0.5:
            dri = b"\xff\xdd\x00\x04" + struct.pack(">H", rng.choice((0, 1, 2, 7, 65535)))
            return seed[:2] + dri + seed[2:]
        dqts = [(a, b) for mk, a, b in segs if mk == 0xDB]
        if dqts:
            a, b = rng.choice(dqts)
            table = bytearray(seed[a + 4 : b])
            if table:
                table[0] = rng.choice((0x10, 0x0F, 0x13, 0xF0, 0x01))
            return seed[: a + 4] + bytes(table) + seed[b:]
    if choice == 7 and len(segs) > 1:  # segments dropped, duplicated or reordered
        parts = [seed[a:b] for _, a, b in segs[:-1]]
        op = rng.randrange(3)
        if op == 0:
            del parts[rng.randrange(len(parts))]
        elif op == 1:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(parts))
        else:
            rng.shuffle(parts)
        return seed[:2] + b"".join(parts) + seed[segs[-1][1] :]
    return m.generic(rng, seed)


# --- GIF mutators ---------------------------------------------------------------------------------


def _gif_descriptor(data: bytes) -> int | None:
    """Offset of the first image descriptor (0x2C), found by walking the blocks."""
    if len(data) < 13:
        return None
    pos = 13 + ((3 << ((data[10] & 7) + 1)) if data[10] & 0x80 else 0)
    while pos < len(data):
        if data[pos] == 0x2C:
            return pos
        if data[pos] != 0x21 or pos + 2 >= len(data):
            return None
        pos += 2
        while pos < len(data) and data[pos]:
            pos += data[pos] + 1
        pos += 1
    return None


def gif_mutate(rng: random.Random, seed: bytes) -> bytes:
    choice = rng.randrange(8)
    desc = _gif_descriptor(seed)
    if choice == 0:  # the 826-byte bomb: a huge logical screen
        w, h = rng.choice(((8192, 8192), (65535, 65535), (6000, 6000), (65535, 1), (0, 0)))
        return seed[:6] + struct.pack("<HH", w, h) + seed[10:]
    if choice == 1 and desc is not None:  # the frame: huge, offset outside, empty
        x, y, w, h = rng.choice(((0, 0, 65535, 65535), (65000, 65000, 4, 4), (0, 0, 0, 0), (3, 3, 8192, 8192),
                                 (0, 0, 1, 65535)))
        return seed[: desc + 1] + struct.pack("<HHHH", x, y, w, h) + seed[desc + 9 :]
    if choice == 2 and desc is not None:  # LZW minimum code size
        flags = seed[desc + 9] if desc + 9 < len(seed) else 0
        at = desc + 10 + ((3 << ((flags & 7) + 1)) if flags & 0x80 else 0)
        if at < len(seed):
            return seed[:at] + bytes((rng.choice((0, 1, 11, 12, 13, 255)),)) + seed[at + 1 :]
    if choice == 3 and desc is not None:  # LZW garbage in valid sub-blocks
        garbage = bytes(rng.randrange(256) for _ in range(rng.choice((1, 10, 300, 3000))))
        at = desc + 10
        return seed[:at] + bytes((rng.choice((2, 8)),)) + m.gif_sub_blocks(garbage) + b"\x3b"
    if choice == 4 and desc is not None:  # LZW that expands a lot: a frame of repeated codes
        return seed[: desc + 10] + bytes((8,)) + m.gif_sub_blocks(_lzw_run(rng.choice((1000, 100000)))) + b"\x3b"
    if choice == 5:  # colour table flags without a table, sub-block sizes that lie
        data = bytearray(seed)
        if len(data) > 10:
            data[10] ^= rng.choice((0x80, 0x07, 0x87))
        return bytes(data)
    if choice == 6:
        bounds = [6, 10, 13] + ([desc, desc + 10] if desc is not None else [])
        return m.truncate_at(rng, seed, bounds)
    return m.generic(rng, seed)


def _lzw_run(codes: int) -> bytes:
    """An LZW stream (8-bit codes) that keeps extending one string: inflates quadratically."""
    size, next_code = 9, 258
    seq = [256, 0]
    for _ in range(codes):
        seq.append(next_code - 1 if next_code > 258 else 0)
        next_code += 1
        if next_code >= 4096:
            break
    sized: list[tuple[int, int]] = []
    for i, code in enumerate(seq):
        sized.append((code, size))
        if 258 + i - 1 >= (1 << size) - 1 and size < 12:
            size += 1
    return m.pack_lsb_first(sized)


# --- WebP ---------------------------------------------------------------------------------------


@cache
def webp_seeds() -> tuple[bytes, ...]:
    from pureog.raster.webp_encode import encode_webp_lossless  # noqa: PLC0415

    seeds = [(_ROOT / "conformance" / "assets" / "photo.webp").read_bytes()]
    for w, h in ((1, 1), (7, 5), (16, 9)):
        rows = _gradient_rows(w, h, 4, 8)
        seeds.append(encode_webp_lossless(w, h, b"".join(rows)))
    seeds.append(encode_webp_lossless(6, 4, bytes((i * 37) & 0xFF for i in range(6 * 4 * 4))))  # noise
    try:
        import io  # noqa: PLC0415

        from PIL import Image  # noqa: PLC0415  (dev-only: lossy, alpha and animated seeds)
    except ImportError:
        return tuple(seeds)
    picture = Image.frombytes("RGBA", (12, 8), b"".join(_gradient_rows(12, 8, 4, 8)))
    for options in ({"lossless": False, "quality": 60}, {"lossless": False, "quality": 90, "alpha_quality": 50},
                    {"lossless": True, "method": 6}):
        out = io.BytesIO()
        picture.save(out, "WEBP", **options)
        seeds.append(out.getvalue())
    out = io.BytesIO()
    picture.save(out, "WEBP", save_all=True, append_images=[picture.rotate(90)], duration=50, lossless=False)
    seeds.append(out.getvalue())
    return tuple(seeds)


def _riff_chunks(data: bytes) -> list[tuple[int, int]]:
    """(offset, size) of each top-level chunk after the 12-byte RIFF header, as far as they parse."""
    out: list[tuple[int, int]] = []
    at = 12
    while at + 8 <= len(data):
        size = struct.unpack_from("<I", data, at + 4)[0]
        out.append((at, size))
        at += 8 + size + (size & 1)
    return out


def webp_mutate(rng: random.Random, seed: bytes) -> bytes:
    chunks = _riff_chunks(seed)
    choice = rng.randrange(7)
    if choice == 0 and chunks:  # a chunk's size lies
        at, _ = rng.choice(chunks)
        lie = rng.choice((0, 1, 7, 0x7FFFFFFF, 0xFFFFFFFF, len(seed), rng.randrange(1 << 16)))
        return seed[: at + 4] + struct.pack("<I", lie) + seed[at + 8 :]
    if choice == 1:  # the RIFF size lies
        return seed[:4] + struct.pack("<I", rng.choice((0, 4, 0xFFFFFFFF, len(seed) * 3))) + seed[8:]
    if choice == 2:  # huge dimensions in a VP8X canvas or a VP8L header
        big = bytes(rng.choice(((0xFF, 0xFF, 0xFF), (0x00, 0x40, 0x00), (0xFF, 0x3F, 0x00))))
        for at, _ in chunks:
            tag = seed[at : at + 4]
            if tag == b"VP8X":
                return seed[: at + 12] + big + big + seed[at + 18 :]
            if tag == b"VP8L":
                return seed[: at + 9] + bytes((0xFF, 0xFF, 0xFF, 0xFF)) + seed[at + 13 :]
            if tag == b"VP8 ":
                return seed[: at + 14] + bytes((0xFF, 0x3F, 0xFF, 0x3F)) + seed[at + 18 :]
    if choice == 3 and chunks:  # damage inside one chunk's payload (the entropy-coded data)
        at, size = rng.choice(chunks)
        body = bytearray(seed[at + 8 : at + 8 + size])
        if body:
            for _ in range(rng.randint(1, 8)):
                body[rng.randrange(len(body))] = rng.randrange(256)
        return seed[: at + 8] + bytes(body) + seed[at + 8 + size :]
    if choice == 4:  # truncated at a chunk boundary or inside one
        return m.truncate_at(rng, seed, [at for at, _ in chunks] + [at + 8 for at, _ in chunks])
    if choice == 5 and chunks:  # a chunk duplicated or dropped
        at, size = rng.choice(chunks)
        end = at + 8 + size + (size & 1)
        return seed[:end] + seed[at:end] + seed[end:] if rng.random() < 0.5 else seed[:at] + seed[end:]
    return m.generic(rng, seed)


# --- SVG mutators ---------------------------------------------------------------------------------
_HOSTILE_NUMBERS = ("1e308", "-1e308", "1e-320", "NaN", "Infinity", "-0", "9" * 400, "1e39", "0", "-1", "1e9")
_NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def _svg_hostile(rng: random.Random) -> bytes:
    kind = rng.randrange(15)
    if kind == 0:  # billion laughs
        pairs = zip("abcdefgh", "bcdefghi", strict=True)
        ents = '<!ENTITY a "ha">' + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in pairs)
        return f'<?xml version="1.0"?><!DOCTYPE svg [{ents}]><svg {_NS}><desc>&i;</desc></svg>'.encode()
    if kind == 1:  # external entities and DTDs
        return (f'<?xml version="1.0"?><!DOCTYPE svg SYSTEM "file:///etc/passwd"><svg {_NS} width="9" height="9">'
                '<rect width="9" height="9"/></svg>').encode()
    if kind == 2:
        return (f'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg {_NS} width="9" height="9">'
                '<desc>&x;</desc></svg>').encode()
    if kind == 3:  # external references by href
        href = rng.choice(("file:///etc/passwd", "http://127.0.0.1:9/x.png", "../../etc/passwd", "/dev/zero",
                           "data:image/png;base64,AAAA", "other.svg#a", "\0", "data:image/svg+xml,<svg/>"))
        tag = rng.choice(("image", "use", "feImage"))
        return (f'<svg {_NS} viewBox="0 0 9 9"><{tag} href="{href}" xlink:href="{href}" width="9" height="9"/>'
                "</svg>").encode()
    if kind == 4:  # deep nesting
        depth = rng.choice((200, 1000, 5000, 50000))
        tag = rng.choice(("g", "svg", "a", "switch"))
        return (f'<svg {_NS} viewBox="0 0 9 9">' + f"<{tag}>" * depth + '<rect width="9" height="9"/>'
                + f"</{tag}>" * depth + "</svg>").encode()
    if kind == 5:  # many elements
        count = rng.choice((10000, 100000))
        return (f'<svg {_NS} viewBox="0 0 9 9">' + '<rect width="1" height="1"/>' * count + "</svg>").encode()
    if kind == 6:  # <use> fan-out: each level draws the previous one ten times
        levels = "".join(f'<g id="l{i + 1}">' + f'<use href="#l{i}"/>' * 10 + "</g>" for i in range(9))
        return (f'<svg {_NS} viewBox="0 0 9 9"><defs><rect id="l0" width="1" height="1"/>{levels}</defs>'
                '<use href="#l9"/></svg>').encode()
    if kind == 7:  # reference cycles: use, gradient href, pattern, clip-path, mask
        return (f'<svg {_NS} viewBox="0 0 9 9"><defs><linearGradient id="a" href="#b"/><linearGradient id="b" '
                'xlink:href="#a"/><pattern id="p" width="2" height="2"><rect width="9" height="9" fill="url(#p)"/>'
                '</pattern><clipPath id="c" clip-path="url(#c)"><use href="#c"/></clipPath><mask id="k">'
                '<rect width="9" height="9" mask="url(#k)"/></mask></defs><g id="u"><use href="#u"/></g>'
                '<rect width="9" height="9" fill="url(#a)" clip-path="url(#c)" mask="url(#k)"/>'
                '<rect width="9" height="9" fill="url(#p)"/></svg>').encode()
    if kind == 8:  # huge path data
        n = rng.choice((10000, 200000))
        return (f'<svg {_NS} viewBox="0 0 9 9"><path d="M0 0' + " l1 1 -1 -1" * n + '" stroke="red"/></svg>').encode()
    if kind == 9:  # cheap-looking strokes that are not: tiny dashes on a long path, huge widths
        dash = rng.choice(("0.0001", "1e-9 1e-9", "0 0", "-1", "NaN"))
        return (f'<svg {_NS} viewBox="0 0 9 9"><path d="M0 0L1e6 1e6" stroke="red" stroke-dasharray="{dash}"'
                f' stroke-width="{rng.choice(_HOSTILE_NUMBERS)}"/></svg>').encode()
    if kind == 10:  # hostile numbers in sizes, view boxes, transforms
        a, b, c = (rng.choice(_HOSTILE_NUMBERS) for _ in range(3))
        return (f'<svg {_NS} width="{a}" height="{b}" viewBox="0 0 {c} {a}"><g transform="scale({b}) rotate({c})">'
                f'<circle r="{a}" cx="{c}"/><rect width="{b}" height="{c}" rx="{a}"/></g></svg>').encode()
    if kind == 11:  # filters and blur
        deviation = rng.choice(_HOSTILE_NUMBERS)
        return (f'<svg {_NS} viewBox="0 0 9 9"><filter id="f"><feGaussianBlur stdDeviation="{deviation}"/></filter>'
                '<rect width="9" height="9" filter="url(#f)"/></svg>').encode()
    if kind == 12:  # one primitive doing the work of thousands: an feMerge of many nodes
        nodes = "<feMergeNode/>" * rng.choice((10, 1000, 40000))
        return (f'<svg {_NS} viewBox="0 0 9 9"><filter id="f"><feMerge>{nodes}</feMerge></filter>'
                '<rect width="9" height="9" filter="url(#f)"/></svg>').encode()
    if kind == 13:  # a curve stroked far wider than itself: its offset outline splits without end
        width = rng.choice(("1e6", "1e8", "1e12", "1e300"))
        return (f'<svg {_NS} viewBox="0 0 9 9"><path d="M0 0Q5 9 9 0C0 9 9 9 1 1" stroke="red" '
                f'stroke-width="{width}" stroke-linejoin="round"/></svg>').encode()
    # an embedded raster that is itself damaged
    inner = png_mutate(rng, rng.choice(png_seeds()))
    uri = "data:image/png;base64," + base64.b64encode(inner).decode()
    return f'<svg {_NS} viewBox="0 0 9 9"><image href="{uri}" width="9" height="9"/></svg>'.encode()


def svg_mutate(rng: random.Random, seed: bytes) -> bytes:
    choice = rng.randrange(5)
    if choice <= 1:
        return _svg_hostile(rng)
    if choice == 2:  # a number replaced by a hostile one
        text = seed.decode("utf-8", "replace")
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        if digits:
            i = rng.choice(digits)
            return (text[:i] + rng.choice(_HOSTILE_NUMBERS) + text[i + 1 :]).encode()
    if choice == 3:  # a tag boundary cut or duplicated
        cuts = [i for i, ch in enumerate(seed) if ch in b"<>\""]
        return m.truncate_at(rng, seed, cuts) if rng.random() < 0.5 else m.duplicate_range(rng, seed)
    return m.generic(rng, seed)


# --- the target -----------------------------------------------------------------------------------
_FORMATS: tuple[tuple[str, Any, Any, float], ...] = (
    ("png", png_seeds, png_mutate, 0.3),
    ("jpeg", jpeg_seeds, jpeg_mutate, 0.2),
    ("gif", gif_seeds, gif_mutate, 0.15),
    ("webp", webp_seeds, webp_mutate, 0.15),
    ("svg", svg_seeds, svg_mutate, 0.2),
)


def generate(rng: random.Random) -> bytes:
    """Mode byte + one mutated file (a seed unchanged now and then: the decoders must pass those)."""
    _, seeds, mutate, _ = rng.choices(_FORMATS, weights=[f[3] for f in _FORMATS])[0]
    seed = rng.choice(seeds())
    data = seed if rng.random() < 0.03 else bytes(mutate(rng, seed))
    if rng.random() < 0.15:
        data = m.generic(rng, data)
    mode = rng.randrange(8) | (8 if seeds is svg_seeds else 0)
    return bytes((mode,)) + data


def document(case: bytes) -> dict[str, Any]:
    """The 64 x 48 document that draws the case's file (see the module docstring for the mode byte)."""
    mode = case[0] if case else 0
    data = case[1:]
    mime = "image/svg+xml" if mode & 8 else "image/png"
    uri = f"data:{mime};base64," + base64.b64encode(data).decode()
    how = mode & 7
    root: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%", "background": "white"}
    if how in (0, 1):  # scaled <img> (bicubic) / natural size clipped by the canvas
        size = {"width": 37, "height": 23} if how == 0 else {}
        child: dict[str, Any] = {"img": {"src": uri, **size}}
    elif how in (2, 3):  # a url() background: tiled, or stretched
        bg = {"backgroundImage": f"url({uri})", "width": 60, "height": 40}
        bg["backgroundSize"] = "13px 9px" if how == 2 else "100% 100%"
        child = {"div": {"style": bg}}
    elif how == 4:  # rotated: the per-pixel filtered path
        child = {"img": {"src": uri, "width": 30, "height": 20, "style": {"transform": "rotate(17deg)"}}}
    elif how == 5:
        child = {"img": {"src": uri, "width": 40, "height": 30,
                         "style": {"objectFit": "cover", "borderRadius": 6, "opacity": 0.5}}}
    elif how == 6:  # drawn tiny (JPEG reduced decode)
        child = {"img": {"src": uri, "width": 3, "height": 2}}
    else:  # drawn big (upscaled)
        child = {"img": {"src": uri, "width": 64, "height": 48, "style": {"objectFit": "contain"}}}
    return {"width": 64, "height": 48, "element": {"div": {"style": root, "children": [child]}}}


def execute(case: bytes) -> None:
    import pureog  # noqa: PLC0415

    pureog.render_png(document(case))
