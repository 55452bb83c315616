"""Source-over of rows of premultiplied pixels onto a layer (layers, gradients, images, 3D layers).

Role: :func:`over_pixels` composites a row of source pixels (a layer being flattened onto its parent,
a shaded gradient or image row scaled by its coverage) onto a premultiplied RGBA8 buffer, with
tiny-skia's 8-bit arithmetic (``d' = s + div255(d * (255 - sa))``, :mod:`pureog.raster.blend`'s
module docstring). It decides a row of one kind whole (opaque: a copy; one translucent colour: four
channel tables), looks a row over one destination colour up by its source pixels alone, and splits
the rest into runs of one alpha: only pixels over a varying destination with their own alpha take a
per-pixel lookup (by source and destination pixel as one int). Split from ``blend.py``, which fills
coverage masks with a colour or a shade.
Must not import style, layout, text or document.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from itertools import repeat

from pureog import caches
from pureog.limits import (
    PAINT_WORK_BLENDED,
    PAINT_WORK_ONE_COLOUR,
    PAINT_WORK_RUN,
    charge_kept,
    charge_paint,
    kept_name,
)
from pureog.raster.blend import (
    _ALPHA_RUN,
    _BYTEORDER,
    _CACHE_LIMIT,
    _IDENTITY,
    _PIXEL,
    _div_row,
    full_row,
    scale_pixels,
)
from pureog.raster.sampling import OpaqueRow
from pureog.raster.scan import Mask

_OVER_TABLES: dict[int, bytes] = {}


def _over_table(inv: int) -> bytes:
    """``table[d] = (d * inv + 255) >> 8``: tiny-skia's div255 of a destination byte under a source
    of alpha ``255 - inv``."""
    table = _OVER_TABLES.get(inv)
    if table is None:
        table = _OVER_TABLES[inv] = _div_row(inv)  # the div255 table read at d * inv: no Python loop
    return table


_SOLID_OVER: dict[bytes, tuple[bytes, bytes, bytes, bytes]] = {}
# The bytes 0..a, for each a: a chunk with these deleted is empty when no channel exceeds a (a C
# loop; ``max(chunk)`` iterates in Python, ~60 us a 1,200 px row: most of the photo card's raster).
_AT_MOST = [bytes(range(a + 1)) for a in range(256)]
_CLEAR_PIXEL = bytes(4)


def _solid_over_tables(pixel: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """Per channel, ``table[d] = s + div255(d * (255 - sa))``: a translucent premultiplied ``pixel``
    over a destination byte ``d`` (the sum never carries: ``s <= sa``). Adding ``s`` is a rotation of
    the identity table, so a colour's tables cost four translates of 256 bytes."""
    found = _SOLID_OVER.get(pixel)
    if found is None:
        over = _over_table(255 - pixel[3])
        r, g, b, a = (over.translate(_IDENTITY[v:] + _IDENTITY[:v]) for v in pixel)
        if len(_SOLID_OVER) >= _CACHE_LIMIT.value:
            _SOLID_OVER.clear()
        found = _SOLID_OVER[pixel] = (r, g, b, a)
    return found


_CLEAR_ROWS: dict[int, bytes] = {}


def _clear_row(n: int) -> bytes:
    """``bytes(n)``, cached (compared against a source row to find it clear)."""
    row = _CLEAR_ROWS.get(n)
    if row is None:
        row = bytes(n)
        if len(_CLEAR_ROWS) < _CACHE_LIMIT.value:
            _CLEAR_ROWS[n] = row
    return row


def over_pixels(data: bytearray, o: int, src: bytes | bytearray, on_clear: bytes | bytearray | None = None) -> None:
    """Source-over of premultiplied ``src`` pixels onto ``data`` at byte offset ``o``; where the
    destination is transparent the pixels of ``on_clear`` (the same row) are written instead, when given."""
    # Rows of one kind are decided whole before the row is split into runs of one alpha (which costs
    # as much again as a scrim row's blending): an opaque row (a photo, a gradient backdrop) is copied,
    n = len(src)
    if type(src) is OpaqueRow:  # opaque, known from where it was made
        data[o : o + n] = src
        return
    if not n:
        return
    pixel = src[:4]
    if pixel[3] == 255 and src[3::4] == full_row(n >> 2):
        data[o : o + n] = src
        return
    if not pixel[3] and src == _clear_row(n):
        return  # a clear row paints nothing (the transparent end of a scrim: a quarter of its rows)
    if 0 < pixel[3] < 255 and src == pixel * (n >> 2) and max(pixel) == pixel[3] \
            and (any(data[o : o + 4]) or data.count(0, o, o + n) != n):
        # and one translucent colour over a destination not all clear (a row of a vertical gradient
        # scrim over a photo) goes through the tables of the one-colour case below. (The row is
        # compared with its first pixel repeated, a memcmp: ``src.count(pixel)`` of a 4-byte pixel
        # costs ~4 us on a 1,200 px row, ~10x as much.)
        _one_colour_row(data, o, n, bytes(pixel))
        return
    alpha = src[3::4]
    # (a row without a clear pixel is one painted run, an opaque shader's or a photo's: the run loop
    # does it at once)
    if len(alpha) >= _ONTO_MIN and 0 in alpha and _over_uniform(data, o, src, alpha):
        return
    runs = 0
    for m in _ALPHA_RUN.finditer(alpha):
        runs += 1
        if not runs & 255:
            # each run costs a match, slices and compares (~0.4 us): a pattern of 3 px dots over the
            # canvas is 750,000 runs, and 300 elements filled with it ran past 60 s (spec/limits.md)
            charge_paint(256 * PAINT_WORK_RUN)
        start, end = m.span()
        p = o + 4 * start
        k = end - start
        chunk = src[4 * start : 4 * end]
        if alpha[start] == 255:
            data[p : p + 4 * k] = chunk
            continue
        # A clear destination takes the source as it is: its first pixel rules most runs out without
        # counting (a scrim over a photo), the count then is a C loop with nothing allocated.
        if not any(data[p : p + 4]) and data.count(0, p, p + 4 * k) == 4 * k:
            data[p : p + 4 * k] = chunk if on_clear is None else on_clear[4 * start : 4 * end]
            continue
        if alpha.count(alpha[start], start, end) == k and not chunk.translate(None, _AT_MOST[alpha[start]]):
            # One alpha (a translucent layer) and no colour above it (a resampled image's overshoot,
            # which must saturate): whole-run maths
            if chunk == chunk[:4] * k:
                # One colour too (a row of a vertical gradient scrim): each channel is a function of
                # that channel of the destination, s + div255(d * inv), one table a channel (~2x as
                # fast as the big-int sum below on a 1,200 px row, which reads and writes it as ints).
                seg = data[p : p + 4 * k]
                for channel, table in enumerate(_solid_over_tables(bytes(chunk[:4]))):
                    seg[channel::4] = seg[channel::4].translate(table)
                data[p : p + 4 * k] = seg
                continue
            # div255(d * inv) for every byte through one table; adding the source cannot carry between
            # bytes (a premultiplied s <= sa, and div255(d * inv) <= 255 - sa), so one big-int sum does it.
            scaled = data[p : p + 4 * k].translate(_over_table(255 - alpha[start]))
            total = int.from_bytes(chunk, "little") + int.from_bytes(scaled, "little")
            data[p : p + 4 * k] = total.to_bytes(4 * k, "little")
            continue
        # Varying alpha (a blurred shadow's layer, an anti-aliased edge): each output pixel is a
        # function of the (source, destination) pair, looked up as one int in _OVER_PAIRS. The keys
        # are built and the results written back by C-level maps over the pixels read as native
        # 32-bit ints: ~0.15 us a pixel against ~1.5 us for the per-channel Python maths, and a
        # blurred shadow over a plain or slowly varying backdrop meets the same pairs again and again.
        charge_paint(k * PAINT_WORK_BLENDED)  # the costly case: the paint budget counts it (spec/limits.md)
        pairs = _OVER_PAIRS
        if len(pairs) + k > _OVER_PAIRS_LIMIT:
            pairs.clear()
        keys = map(int.__or__, map(int.__lshift__, array(_PIXEL, chunk), repeat(32)),
                   array(_PIXEL, data[p : p + 4 * k]))
        data[p : p + 4 * k] = array(_PIXEL, map(pairs.__getitem__, keys))


# Wide rows of one translucent colour over a destination (:func:`_one_colour_row`), kept by where they
# were drawn: (buffer length, byte offset, colour) -> (the destination row met, the row it gave). A
# template's background (a photo under a gradient scrim) is the same under every card drawn from it,
# and so is each scrim row's destination: a row found here is one in-place compare (memcmp) and one
# copy, ~0.4 us for 1,200 px, where the four strided channel tables cost ~10 us (the photo card's
# 472 scrim rows: ~5 ms a render). The destination is compared whole, so a row drawn over anything
# else (another card's picture, text drawn before the scrim) is computed, never mistaken. Rows under
# _KEEP_MIN bytes are not kept (a translucent glyph or chip: cheap, and many); at most _KEPT_BUDGET
# bytes in all, then all are dropped. Threads share it: dict probes and stores are atomic, a stored
# row is never written to (slice assignment copies it), a count lost to a race only delays the clearing.
_KEPT_ROWS: caches.Budgeted[tuple[int, int, bytes], tuple[bytes, bytearray, int]] = caches.Budgeted(
    caches.limit("raster.kept_scrim_rows", 8 << 20))
_KEEP_MIN = 1024


def _one_colour_row(data: bytearray, o: int, n: int, pixel: bytes) -> None:
    """Source-over of ``n // 4`` pixels of the one translucent premultiplied ``pixel`` onto ``data`` at
    ``o``: each channel is a function of that channel of the destination, one table a channel. A kept
    row charges its passes, once a render, as computing it does (limits.charge_kept)."""
    key = (len(data), o, pixel)
    work = (n >> 2) * PAINT_WORK_ONE_COLOUR  # its four strided passes (spec/limits.md)
    kept = _KEPT_ROWS.get(key) if n >= _KEEP_MIN else None
    if kept is not None and len(kept[0]) == n and data.startswith(kept[0], o):
        charge_kept(kept[2], (work, ()))
        data[o : o + n] = kept[1]
        return
    seg = data[o : o + n]
    before = bytes(seg) if n >= _KEEP_MIN else b""
    if not before:
        charge_paint(work)
    for channel, table in enumerate(_solid_over_tables(pixel)):
        seg[channel::4] = seg[channel::4].translate(table)
    data[o : o + n] = seg
    if before:
        name = kept_name()
        charge_kept(name, (work, ()))
        _KEPT_ROWS.keep(key, (before, seg, name), 2 * n)


_ONTO_MIN = 32  # shorter rows: the run loop below costs no more
_ONTO_RUN_PIXELS = 25  # rows averaging more pixels a painted run than this keep the run loop
_PAINTED = b"\x00" + b"\x01" * 255  # an alpha byte -> 1 where painted


class _OverOnto(dict[int, int]):
    """Source pixel -> the source over one destination pixel (``dst``), the pixels as native 32-bit ints:
    :data:`_OVER_PAIRS`'s value for the pair, keyed without the destination."""

    def __init__(self, dst: int) -> None:
        super().__init__()
        self.dst = dst

    def __missing__(self, src: int) -> int:
        if len(self) >= _OVER_PAIRS_LIMIT:
            self.clear()
        pairs = _OVER_PAIRS
        if len(pairs) >= _OVER_PAIRS_LIMIT:
            pairs.clear()
        value = self[src] = pairs[src << 32 | self.dst]
        return value


# Destinations met by _over_uniform (plain boxes under a translucent layer); cleared when full.
_ONTO: dict[int, _OverOnto] = {}
_ONTO_LIMIT = 64


def _over_uniform(data: bytearray, o: int, src: bytes | bytearray, alpha: bytes | bytearray) -> bool:
    """:func:`over_pixels` of a row whose painted span lies over one opaque-or-translucent (not clear)
    destination colour, when every source pixel of alpha 0 is clear: one lookup a pixel by the source
    pixel alone, instead of the run loop's set-up per run (a translucent line of text over a plain box
    has a run a stroke). Returns False, having written nothing, when the row is not such a row.

    The same bytes as the run loop: over a destination that is not clear every branch there computes
    ``s + div255(d * (255 - sa))`` per channel (a run of alpha 255 is the source itself, which that sum
    gives too), which is :data:`_OVER_PAIRS`'s value; a clear source pixel leaves the destination as the
    pair does (``div255(d * 255) == d``)."""
    n = len(alpha)
    rest = alpha.lstrip(b"\x00")
    lo, hi = n - len(rest), len(alpha.rstrip(b"\x00"))
    k = hi - lo
    # Worth it only where painted runs are short (a run's set-up there costs what ~25 lookups do, and
    # a long run of one alpha or of opaque pixels is a few C-level passes): their starts after a clear
    # pixel, counted on a 0/1 map of the alphas, are a lower bound of the runs.
    if k < _ONTO_MIN or rest.translate(_PAINTED).count(b"\x00\x01", 0, k) * _ONTO_RUN_PIXELS < k:
        return False
    p = o + 4 * lo
    first = bytes(data[p : p + 4])
    if first == _CLEAR_PIXEL or not data.startswith(first * k, p):
        return False  # (compared in place, a memcmp: counting a 4-byte needle costs ~10x as much)
    pixels = array(_PIXEL, src[4 * lo : 4 * hi])
    if pixels.count(0) != rest.count(0, 0, k):
        return False  # a pixel of alpha 0 with colour (a resampled image's overshoot): the run loop skips it
    dst = int.from_bytes(first, _BYTEORDER)
    onto = _ONTO.get(dst)
    if onto is None:
        if len(_ONTO) >= _ONTO_LIMIT:
            _ONTO.clear()
        onto = _ONTO[dst] = _OverOnto(dst)
    # (what the run loop charges, and its one-alpha runs: the painted pixels below alpha 255)
    charge_paint((k - rest.count(0, 0, k) - rest.count(255, 0, k)) * PAINT_WORK_BLENDED)
    data[p : p + 4 * k] = array(_PIXEL, map(onto.__getitem__, pixels))
    return True


class _OverPairs(dict[int, int]):
    """(source pixel << 32 | destination pixel) -> the source over the destination, the pixels as native
    32-bit ints: ``s + div255(d * (255 - sa))`` per channel. A bicubically resampled image may carry
    colour above alpha (pureog.raster.sampling): the colour sums then saturate at 255, as tiny-skia's
    store clamps each channel."""

    def __missing__(self, key: int) -> int:
        sr, sg, sb, sa = (key >> 32).to_bytes(4, _BYTEORDER)
        dr, dg, db, da = (key & 0xFFFFFFFF).to_bytes(4, _BYTEORDER)
        inv = 255 - sa
        out = bytes((min(255, sr + ((dr * inv + 255) >> 8)), min(255, sg + ((dg * inv + 255) >> 8)),
                     min(255, sb + ((db * inv + 255) >> 8)), sa + ((da * inv + 255) >> 8)))
        value = self[key] = int.from_bytes(out, _BYTEORDER)
        return value


# Cleared before a run that could overfill it (~10 MB at most); a render refills what it uses.
_OVER_PAIRS = _OverPairs()
_OVER_PAIRS_LIMIT = 1 << 17


def over_shaded(data: bytearray, stride: int, mask: Mask, shader: Callable[[int, int, int], bytes | bytearray]) -> None:
    """Source-over of a shader's rows (``shader(x, y, width)``: premultiplied pixels, a gradient or a
    pattern) through ``mask``'s coverage."""
    x, n = mask.x, mask.width
    full = full_row(n)
    pixels = None  # data as native 32-bit pixels, made for the first opaque row with edges
    try:
        for i, cov in enumerate(mask.rows):
            if cov is None:
                continue
            y = mask.y + i
            o = y * stride + x * 4
            row = shader(x, y, n)
            if type(row) is OpaqueRow:
                if cov == full:
                    data[o : o + 4 * n] = row  # (a canvas-filling photo or gradient: no call a row)
                    continue
                if pixels is None:
                    pixels = memoryview(data).cast(_PIXEL)
                _opaque_through(data, pixels, o, row, cov)
                continue
            over_pixels(data, o, scale_pixels(row, cov))
    finally:
        if pixels is not None:
            pixels.release()  # the buffer can be resized again


class _Through(dict[int, int]):
    """(source pixel << 40 | coverage << 32 | destination pixel) -> an opaque source pixel scaled by the
    coverage (``div255(s * c)``, its alpha ``c``) over the destination, ``s' + div255(d * (255 - c))``
    per channel: what :func:`scale_pixels` and :func:`over_pixels` give that pixel; the pixels as
    native 32-bit ints."""

    def __missing__(self, key: int) -> int:
        if len(self) >= _OVER_PAIRS_LIMIT:
            self.clear()
        c = key >> 32 & 255
        inv = 255 - c
        source = (key >> 40).to_bytes(4, _BYTEORDER)
        dst = (key & 0xFFFFFFFF).to_bytes(4, _BYTEORDER)
        value = self[key] = int.from_bytes(
            bytes(((s * c + 255) >> 8) + ((d * inv + 255) >> 8) for s, d in zip(source, dst, strict=True)),
            _BYTEORDER)
        return value


_THROUGH = _Through()


def _opaque_through(data: bytearray, pixels: memoryview, o: int, row: bytes, cov: bytes) -> None:
    """Source-over of an opaque row (an image or a gradient inside a rounded clip) through a coverage row
    with edges: its fully covered stretches copied, its edge pixels looked up by (source, coverage,
    destination) as one int (:class:`_Through`), instead of scaling the row into a new one and
    compositing that, which reads its alpha bytes again and splits it into runs of one alpha
    (the blog card's avatar: 64 rows of 72 px, ~12 us a row)."""
    through = _THROUGH
    source = memoryview(row).cast(_PIXEL)
    first = o >> 2
    runs = 0
    for m in _ALPHA_RUN.finditer(cov):
        runs += 1
        if not runs & 255:
            charge_paint(256 * PAINT_WORK_RUN)  # as over_pixels charges its runs
        start, end = m.span()
        if cov[start] == 255:
            data[o + 4 * start : o + 4 * end] = row[4 * start : 4 * end]
            continue
        # (the edge pixels of a shape's row: one to a few in a run, so a plain loop, no maps set up)
        charge_paint((end - start) * PAINT_WORK_BLENDED)  # as over_pixels charges a run of varying alpha
        for q in range(start, end):
            pixels[first + q] = through[source[q] << 40 | cov[q] << 32 | pixels[first + q]]


caches.register("raster.over", _OVER_TABLES, _SOLID_OVER, _CLEAR_ROWS, _KEPT_ROWS, _ONTO, _OVER_PAIRS, _THROUGH)
