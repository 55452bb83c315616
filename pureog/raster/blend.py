"""Compositing: coverage masks and source pixels -> source-over into a premultiplied RGBA8 buffer.

Role: the only place that writes pixels (besides layer allocation). Input: a :class:`Mask` (from
:mod:`pureog.raster.scan`) plus a solid premultiplied colour, or rows of premultiplied source pixels
(gradients, layers). Output: the destination bytearray, modified in place. Also intersects masks (clips).

Arithmetic follows tiny-skia's 8-bit ("lowp") pipeline, which resvg uses for solid fills:
``div255(v) = (v + 255) >> 8``; coverage scales the source (``s' = div255(s * cov)``), then
``d' = s' + div255(d * (255 - a'))``.

Speed strategy (see performance.md): per mask row, in order of preference
1. coverage all 255 and an opaque colour: slice assignment of a pre-built colour row;
2. destination row uniform (one colour, e.g. a background): every output channel is a function of the
   coverage byte alone, so four ``bytes.translate`` calls with cached 256-entry tables build the row;
3. otherwise ``re.finditer`` splits the row into runs; uniform-destination runs again use tables, and
   only the remaining edge pixels take a per-pixel Python path.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import re
from itertools import repeat

from pureog.raster.scan import Mask

_NONZERO_RUN = re.compile(rb"[^\x00]+")
_ALPHA_RUN = re.compile(rb"\xff+|[^\x00\xff]+")

Rgba = tuple[int, int, int, int]

_FULL_ROWS: dict[int, bytes] = {}
_SCALED: dict[Rgba, list[tuple[int, int, int, int, int]]] = {}
_UNIFORM_TABLES: dict[tuple[Rgba, bytes], tuple[bytes, bytes, bytes, bytes]] = {}
_MUL: list[int] = []
_CACHE_LIMIT = 4096


def full_row(n: int) -> bytes:
    """``b"\\xff" * n``, cached (compared against coverage rows to detect full coverage)."""
    row = _FULL_ROWS.get(n)
    if row is None:
        row = b"\xff" * n
        if len(_FULL_ROWS) < _CACHE_LIMIT:
            _FULL_ROWS[n] = row
    return row


def premultiply(r: int, g: int, b: int, a8: int) -> Rgba:
    """Premultiplied 8-bit colour, rounded as tiny-skia does (float multiply, ``+ 0.5``, truncate)."""
    fa = a8 / 255.0
    return (int(r * fa + 0.5), int(g * fa + 0.5), int(b * fa + 0.5), a8)


def _scaled(color: Rgba) -> list[tuple[int, int, int, int, int]]:
    """``table[cov]`` = the colour scaled by coverage, plus ``255 - alpha`` (the destination factor)."""
    table = _SCALED.get(color)
    if table is None:
        r, g, b, a = color
        table = []
        for c in range(256):
            sa = (a * c + 255) >> 8
            table.append(((r * c + 255) >> 8, (g * c + 255) >> 8, (b * c + 255) >> 8, sa, 255 - sa))
        if len(_SCALED) >= _CACHE_LIMIT:
            _SCALED.clear()
        _SCALED[color] = table
    return table


def _uniform_tables(color: Rgba, dst: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """Per-channel tables mapping coverage -> result of colour-over-``dst`` at that coverage."""
    key = (color, dst)
    tables = _UNIFORM_TABLES.get(key)
    if tables is None:
        dr, dg, db, da = dst
        scaled = _scaled(color)
        tables = (
            bytes(s[0] + ((dr * s[4] + 255) >> 8) for s in scaled),
            bytes(s[1] + ((dg * s[4] + 255) >> 8) for s in scaled),
            bytes(s[2] + ((db * s[4] + 255) >> 8) for s in scaled),
            bytes(s[3] + ((da * s[4] + 255) >> 8) for s in scaled),
        )
        if len(_UNIFORM_TABLES) >= _CACHE_LIMIT:
            _UNIFORM_TABLES.clear()
        _UNIFORM_TABLES[key] = tables
    return tables


def _translate_run(data: bytearray, o: int, cov: bytes, color: Rgba, dst_px: bytes) -> None:
    tr, tg, tb, ta = _uniform_tables(color, dst_px)
    n = len(cov)
    out = bytearray(4 * n)
    out[0::4] = cov.translate(tr)
    out[1::4] = cov.translate(tg)
    out[2::4] = cov.translate(tb)
    out[3::4] = cov.translate(ta)
    data[o : o + 4 * n] = out


def _blend_pixels(data: bytearray, o: int, cov: bytes, color: Rgba) -> None:
    """Per-pixel source-over of ``color`` at coverages ``cov`` starting at byte offset ``o``."""
    scaled = _scaled(color)
    for c in cov:
        if c:
            sr, sg, sb, sa, inv = scaled[c]
            if inv == 0:
                data[o] = sr
                data[o + 1] = sg
                data[o + 2] = sb
                data[o + 3] = sa
            else:
                data[o] = sr + ((data[o] * inv + 255) >> 8)
                data[o + 1] = sg + ((data[o + 1] * inv + 255) >> 8)
                data[o + 2] = sb + ((data[o + 2] * inv + 255) >> 8)
                data[o + 3] = sa + ((data[o + 3] * inv + 255) >> 8)
        o += 4


def fill_solid(data: bytearray, stride: int, mask: Mask, color: Rgba) -> None:
    """Source-over ``color`` (premultiplied) through ``mask``; the mask must lie inside the buffer."""
    if color[3] == 0:
        return
    n = mask.width
    full = full_row(n)
    solid_row = bytes(color) * n if color[3] == 255 else b""
    base = mask.y * stride + mask.x * 4
    for i, cov in enumerate(mask.rows):
        if cov is None:
            continue
        o = base + i * stride
        if solid_row and cov == full:
            data[o : o + 4 * n] = solid_row
            continue
        seg = data[o : o + 4 * n]
        first = bytes(seg[:4])
        if seg == first * n:
            _translate_run(data, o, cov, color, first)
            continue
        for m in _NONZERO_RUN.finditer(cov):
            start, end = m.span()
            p = o + 4 * start
            run = m.group()
            k = end - start
            sub = data[p : p + 4 * k]
            px = bytes(sub[:4])
            if k > 2 and sub == px * k:
                _translate_run(data, p, run, color, px)
            elif solid_row and run == full[:k]:
                data[p : p + 4 * k] = solid_row[: 4 * k]
            else:
                _blend_pixels(data, p, run, color)


def over_pixels(data: bytearray, o: int, src: bytes | bytearray) -> None:
    """Source-over of premultiplied ``src`` pixels onto ``data`` at byte offset ``o``."""
    alpha = src[3::4]
    for m in _ALPHA_RUN.finditer(alpha):
        start, end = m.span()
        p = o + 4 * start
        k = end - start
        chunk = src[4 * start : 4 * end]
        if alpha[start] == 255 or data[p : p + 4 * k] == bytes(4 * k):
            data[p : p + 4 * k] = chunk
            continue
        for j in range(0, 4 * k, 4):
            inv = 255 - chunk[j + 3]
            q = p + j
            data[q] = chunk[j] + ((data[q] * inv + 255) >> 8)
            data[q + 1] = chunk[j + 1] + ((data[q + 1] * inv + 255) >> 8)
            data[q + 2] = chunk[j + 2] + ((data[q + 2] * inv + 255) >> 8)
            data[q + 3] = chunk[j + 3] + ((data[q + 3] * inv + 255) >> 8)


def scale_pixels(src: bytes | bytearray, cov: bytes) -> bytearray:
    """``src`` pixels multiplied by per-pixel coverage (``div255(s * cov)``), 0 where cov is 0."""
    out = bytearray(len(src))
    for m in _ALPHA_RUN.finditer(cov):
        start, end = m.span()
        if cov[start] == 255:
            out[4 * start : 4 * end] = src[4 * start : 4 * end]
            continue
        for x in range(start, end):
            c = cov[x]
            p = 4 * x
            out[p] = (src[p] * c + 255) >> 8
            out[p + 1] = (src[p + 1] * c + 255) >> 8
            out[p + 2] = (src[p + 2] * c + 255) >> 8
            out[p + 3] = (src[p + 3] * c + 255) >> 8
    return out


def opacity_table(opacity: float) -> bytes:
    """Table scaling every premultiplied channel by ``opacity`` (tiny-skia: ``div255(v * c)``)."""
    c = int(max(0.0, min(1.0, opacity)) * 255 + 0.5)
    return bytes((v * c + 255) >> 8 for v in range(256))


def _mul_table() -> list[int]:
    if not _MUL:
        _MUL.extend((a * b + 255) >> 8 for a in range(256) for b in range(256))
    return _MUL


def multiply_rows(a: bytes, b: bytes) -> bytes:
    """Per-pixel product of two coverage rows (``div255(a * b)``), in C-level maps."""
    n = len(a)
    full = full_row(n)
    if b == full:
        return a
    if a == full:
        return b
    table = _mul_table()
    if n > 64:
        # Clip rows are mostly 0x00 / 0xff runs (a blurred shadow under an "outside the box" clip):
        # copy or skip those runs and multiply only the partial pixels.
        out = bytearray(n)
        for m in _ALPHA_RUN.finditer(b):
            start, end = m.span()
            if b[start] == 255:
                out[start:end] = a[start:end]
            else:
                out[start:end] = bytes(
                    map(table.__getitem__, map(int.__or__, map(int.__lshift__, a[start:end], repeat(8)), b[start:end]))
                )
        return bytes(out)
    return bytes(map(table.__getitem__, map(int.__or__, map(int.__lshift__, a, repeat(8)), b)))


def crop(mask: Mask, box: tuple[int, int, int, int]) -> Mask | None:
    """``mask`` limited to the device box (x0, y0, x1, y1); None when nothing is left."""
    x0 = max(mask.x, box[0])
    y0 = max(mask.y, box[1])
    x1 = min(mask.x + mask.width, box[2])
    y1 = min(mask.y + mask.height, box[3])
    if x1 <= x0 or y1 <= y0:
        return None
    if (x0, y0, x1, y1) == (mask.x, mask.y, mask.x + mask.width, mask.y + mask.height):
        return mask
    a = x0 - mask.x
    b = x1 - mask.x
    rows = [None if r is None else r[a:b] for r in mask.rows[y0 - mask.y : y1 - mask.y]]
    return Mask(x0, y0, x1 - x0, y1 - y0, rows)


def intersect(mask: Mask, clip: Mask) -> Mask | None:
    """Coverage of ``mask`` inside ``clip`` (product of the two), over their common box."""
    box = (
        max(mask.x, clip.x),
        max(mask.y, clip.y),
        min(mask.x + mask.width, clip.x + clip.width),
        min(mask.y + mask.height, clip.y + clip.height),
    )
    m = crop(mask, box)
    c = crop(clip, box)
    if m is None or c is None:
        return None
    rows: list[bytes | None] = []
    for ra, rb in zip(m.rows, c.rows, strict=False):
        if ra is None or rb is None:
            rows.append(None)
        else:
            rows.append(multiply_rows(ra, rb))
    return Mask(m.x, m.y, m.width, m.height, rows)
