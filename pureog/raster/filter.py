"""Single-primitive SVG filters in sRGB, as resvg runs CSS filter functions (``Group.filter``).

Role: the premultiplied RGBA8 pixels of a filter region -> the filter's result, in place:
``feColorMatrix`` and ``feComponentTransfer`` (:func:`apply_color`), and the pixel maths of
``feDropShadow`` (:func:`drop_shadow_rows`; the blur of its alpha is the caller's). Also the region's
device pixels (:func:`region_box`). Must not import style, layout, text or document.

What resvg 0.29 does (svgfilters), in f64: every pixel is un-premultiplied (``c / (a / 255) + 0.5``,
truncated), each channel scaled to 0..1 goes through the matrix or transfer function, is clamped to 0..1,
times 255, *truncated* to a byte, and premultiplied again (``c * a / 255 + 0.5``, truncated). The
functions use sRGB values as they are (no linear-RGB conversion: CSS filter functions default to
``color-interpolation-filters: sRGB`` in usvg).

How it stays fast (a 1200x630 region is 756k pixels):
- ``feComponentTransfer`` is per channel: a run of pixels that share one alpha (opaque rows, empty
  rows, the inside of a photo) goes through one ``bytes.translate`` with a table for that alpha, its
  alpha bytes set afterwards (:func:`_transfer_runs`, for rows of a few such runs);
- other rows, and every ``feColorMatrix`` row, map each pixel (as a 32-bit int) through a dict that
  holds a pixel's result once computed: flat colours and text edges have few distinct pixels;
- a photo has tens of thousands of distinct pixels, nearly all opaque: the pixels of a row not in the
  dict yet are computed together (:func:`_opaque_results`) with C-level passes over their channel planes
  (``bytes.translate``, ``map`` over 256-entry tables of each channel's term), exactly the float
  expressions above in the same order (a term with a zero coefficient is left out: adding 0.0 changes no
  sum). Per pixel in Python (``__missing__``) a miss cost ~4 us; the batch ~0.5 us;
- a row of one repeated pixel, and a row equal to one already done, cost one comparison.
"""

from __future__ import annotations

import math
import operator
import re
import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from itertools import filterfalse, repeat

from pureog.color import Color
from pureog.display import ColorMatrix, ComponentTransfer, LinearTransfer, TableTransfer, Transfer
from pureog.geometry import Affine, Rect, round_half_away
from pureog.raster.dropshadow import TO_SRGB, flood_pixel
from pureog.raster.pixmap import Pixmap

Box = tuple[int, int, int, int]
_ORDER = sys.byteorder


def region_box(region: Rect, m: Affine, width: int, height: int) -> Box | None:
    """The device pixels (x0, y0, x1, y1) of a filter region in local coordinates, as resvg's
    ``calc_region``: bounding box of the mapped corners, ``to_screen_rect`` (x, y truncated toward
    zero, width and height rounded, at least 1), ``fit_to_rect`` (a negative x or y becomes 0 and the
    size is kept; then the size is cut at the canvas's right and bottom). None when resvg finds the
    region invalid (no area, or outside the canvas), where it draws nothing."""
    xs, ys = [], []
    for x, y in ((region.x, region.y), (region.right, region.y), (region.x, region.bottom),
                 (region.right, region.bottom)):  # fmt: skip
        px, py = m.apply(x, y)
        xs.append(px)
        ys.append(py)
    fx, fy = min(xs), min(ys)
    fw, fh = max(xs) - fx, max(ys) - fy
    if not (fw > 0.0 and fh > 0.0 and math.isfinite(fw) and math.isfinite(fh)):
        return None
    x, y = max(0, int(fx)), max(0, int(fy))
    w, h = max(1, round_half_away(fw)), max(1, round_half_away(fh))
    if x >= width or y >= height:
        return None
    return (x, y, min(x + w, width), min(y + h, height))


def _to_byte(v: float) -> int:
    """svgfilters' ``(f64_bound(0, v, 1) * 255) as u8``."""
    return 0 if v <= 0.0 else (255 if v >= 1.0 else int(v * 255.0))


def _demultiply(c: int, a: int) -> int:
    if a == 0:
        return 0  # 0 / 0 is NaN, which Rust casts to 0
    return min(255, int(c / (a / 255.0) + 0.5))


def _multiply(c: int, a: int) -> int:
    return min(255, int(c * (a / 255.0) + 0.5))


def transfer_table(f: Transfer | None) -> bytes | None:
    """A transfer function on straight 8-bit values (svgfilters' ``TransferFunction::apply``)."""
    if f is None or (isinstance(f, TableTransfer) and not f.values):
        return None  # resvg skips "dummy" functions: the channel stays as it is
    out = bytearray(256)
    for v in range(256):
        c = v / 255.0
        if isinstance(f, LinearTransfer):
            c = f.slope * c + f.intercept
        else:
            values = f.values
            n = len(values) - 1
            k = min(math.floor(c * n), n)
            if k == n:
                c = values[k]
            else:
                c = values[k] + (c - k / n) * n * (values[k + 1] - values[k])
        out[v] = _to_byte(c)
    return bytes(out)


class _PixelMap(dict[int, int]):
    """A premultiplied pixel (as the int of its 4 bytes in memory order) -> the filter's result."""

    def __init__(self, pixel: Callable[[int, int, int, int], tuple[int, int, int, int]]) -> None:
        super().__init__()
        self.pixel = pixel

    def __missing__(self, key: int) -> int:
        r, g, b, a = key.to_bytes(4, _ORDER)
        value = int.from_bytes(bytes(self.pixel(r, g, b, a)), _ORDER)
        self[key] = value
        return value


def _matrix_pixel(values: Sequence[float]) -> Callable[[int, int, int, int], tuple[int, int, int, int]]:
    m = tuple(values)

    def pixel(r: int, g: int, b: int, a: int) -> tuple[int, int, int, int]:
        rf, gf, bf = _demultiply(r, a) / 255.0, _demultiply(g, a) / 255.0, _demultiply(b, a) / 255.0
        af = a / 255.0
        # svgfilters' expression order, so the sums round as resvg's do.
        nr = _to_byte(rf * m[0] + gf * m[1] + bf * m[2] + af * m[3] + m[4])
        ng = _to_byte(rf * m[5] + gf * m[6] + bf * m[7] + af * m[8] + m[9])
        nb = _to_byte(rf * m[10] + gf * m[11] + bf * m[12] + af * m[13] + m[14])
        na = _to_byte(rf * m[15] + gf * m[16] + bf * m[17] + af * m[18] + m[19])
        return (_multiply(nr, na), _multiply(ng, na), _multiply(nb, na), na)

    return pixel


class _Transfer:
    """A component transfer: whole-row tables per alpha value, and the per-pixel function."""

    def __init__(self, op: ComponentTransfer) -> None:
        self.rgb = transfer_table(op.rgb)
        self.alpha = transfer_table(op.alpha)
        self.rows: dict[int, bytes] = {}

    def new_alpha(self, a: int) -> int:
        return a if self.alpha is None else self.alpha[a]

    def channel(self, c: int, a: int) -> int:
        s = _demultiply(c, a)
        if self.rgb is not None:
            s = self.rgb[s]
        return _multiply(s, self.new_alpha(a))

    def row_table(self, a: int) -> bytes:
        """Premultiplied colour byte -> result byte, for pixels of alpha ``a``."""
        table = self.rows.get(a)
        if table is None:
            table = self.rows[a] = bytes(self.channel(c, a) for c in range(256))
        return table

    def pixel(self, r: int, g: int, b: int, a: int) -> tuple[int, int, int, int]:
        return (self.channel(r, a), self.channel(g, a), self.channel(b, a), self.new_alpha(a))


_OpaqueBatch = Callable[[bytes, bytes, bytes], tuple[bytes, bytes, bytes]]
"""Straight R, G, B planes of opaque pixels -> the op's R, G, B planes (the results stay opaque)."""

_UNIT = [c / 255.0 for c in range(256)]  # _demultiply(c, 255) / 255.0 == c / 255.0


def _to_bytes(sums: Iterator[float]) -> bytes:
    """:func:`_to_byte` of every sum, in C-level passes: ``int(v * 255.0)`` clamped to 0..255 is the
    same byte for every finite ``v`` (truncation toward zero gives 0 for -1/255 < v <= 0). Most sums
    need no clamping (``bytes`` raises on the first that does, and only then are all clamped)."""
    scaled = list(map(int, map(operator.mul, sums, repeat(255.0))))
    try:
        return bytes(scaled)
    except ValueError:
        return bytes(map(min, repeat(255), map(max, repeat(0), scaled)))


def _matrix_batch(m: Sequence[float]) -> _OpaqueBatch | None:
    """The matrix on opaque pixels, or None if its results are not all opaque (an alpha row other than
    ``0 0 0 a b`` with ``a + b >= 1``) or its sums could overflow (then only the per-pixel path is exact)."""
    if any(m[15:18]) or _to_byte(m[18] + m[19]) != 255 or not sum(map(abs, m)) < 1e300:
        return None
    rows = []
    for i in range(3):
        # rf * m0 + gf * m1 + bf * m2 + af * m3 + m4 with af = 1.0, each product a table lookup.
        terms = [[c * k for c in _UNIT] for k in m[5 * i : 5 * i + 3]]
        rows.append((terms, [k != 0.0 for k in m[5 * i : 5 * i + 3]], m[5 * i + 3], m[5 * i + 4]))

    def batch(r: bytes, g: bytes, b: bytes) -> tuple[bytes, bytes, bytes]:
        out = []
        for terms, used, m3, m4 in rows:
            sums: Iterator[float] = repeat(0.0, len(r))
            for table, plane, nonzero in zip(terms, (r, g, b), used, strict=True):
                if nonzero:
                    sums = map(operator.add, sums, map(table.__getitem__, plane))
            for constant in (m3, m4):
                if constant != 0.0:
                    sums = map(operator.add, sums, repeat(constant))
            out.append(_to_bytes(sums))
        return out[0], out[1], out[2]

    return batch


def _transfer_batch(transfer: _Transfer) -> _OpaqueBatch | None:
    """The component transfer on opaque pixels (one table per channel), None if alpha does not stay 255."""
    if transfer.new_alpha(255) != 255:
        return None
    table = transfer.row_table(255)
    return lambda r, g, b: (r.translate(table), g.translate(table), b.translate(table))


def _opaque_results(pixels: _PixelMap, keys: list[int], batch: _OpaqueBatch) -> None:
    """Put the results of the opaque pixels among ``keys`` into ``pixels`` (the others are left to its
    ``__missing__``)."""
    raw = array("I", keys).tobytes()
    if raw[3::4].count(255) != len(keys):
        keys = [k for k, a in zip(keys, raw[3::4], strict=True) if a == 255]
        raw = array("I", keys).tobytes()
    if not keys:
        return
    r, g, b = batch(raw[0::4], raw[1::4], raw[2::4])
    out = bytearray(raw)  # alpha bytes stay 255
    out[0::4], out[1::4], out[2::4] = r, g, b
    pixels.update(zip(keys, array("I", out), strict=True))


def apply_color(pixmap: Pixmap, box: Box, op: ColorMatrix | ComponentTransfer) -> None:
    """Run ``op`` over the pixels of ``box`` in place."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    if w <= 0 or y1 <= y0:
        return
    transfer = _Transfer(op) if isinstance(op, ComponentTransfer) else None
    if transfer is not None:
        pixels = _PixelMap(transfer.pixel)
        batch = _transfer_batch(transfer)
    else:
        assert isinstance(op, ColorMatrix)
        pixels = _PixelMap(_matrix_pixel(op.values))
        batch = _matrix_batch(op.values)
    done: dict[bytes, bytes] = {}
    data, stride = pixmap.data, pixmap.stride
    for y in range(y0, y1):
        o = y * stride + 4 * x0
        row = bytes(data[o : o + 4 * w])
        out = done.get(row)
        if out is None:
            out = done[row] = _row(row, w, pixels, transfer, batch)
        data[o : o + 4 * w] = out
    return


def _row(row: bytes, w: int, pixels: _PixelMap, transfer: _Transfer | None, batch: _OpaqueBatch | None) -> bytes:
    first = row[:4]
    if row == first * w:  # one repeated pixel
        return pixels[int.from_bytes(first, _ORDER)].to_bytes(4, _ORDER) * w
    alpha = row[3::4]
    if transfer is not None:
        out = _transfer_runs(row, alpha, w, transfer)
        if out is not None:
            return out
    ints = array("I")
    ints.frombytes(row)
    if batch is not None:
        # (not set.difference(pixels): for a dict subclass it walks the whole dict, every row)
        missing = list(filterfalse(pixels.__contains__, set(ints)))
        if len(missing) > 8:  # a few pixels are cheaper one by one
            _opaque_results(pixels, missing, batch)
    return array("I", map(pixels.__getitem__, ints)).tobytes()


_RUNS = re.compile(rb"(.)\1*", re.DOTALL)  # runs of one byte value


def _transfer_runs(row: bytes, alpha: bytes, w: int, transfer: _Transfer) -> bytes | None:
    """A component transfer of a row whose pixels have a few runs of one alpha each (a photo's row:
    transparent, opaque, transparent): one ``bytes.translate`` per run. None if it has many runs
    (anti-aliased text): the per-pixel path is faster then."""
    out = bytearray(row)
    limit = 2 + w // 32
    for i, run in enumerate(_RUNS.finditer(alpha)):
        if i > limit:
            return None
        a, start, end = alpha[run.start()], 4 * run.start(), 4 * run.end()
        out[start:end] = row[start:end].translate(transfer.row_table(a))
        out[start + 3 : end : 4] = bytes((transfer.new_alpha(a),)) * (run.end() - run.start())
    return bytes(out)


def _over(src: tuple[int, int, int, int], dst: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """tiny-skia's low-precision source-over of premultiplied pixels (``div255(v) = (v + 255) >> 8``)."""
    inv = 255 - src[3]
    return (min(255, src[0] + ((dst[0] * inv + 255) >> 8)), min(255, src[1] + ((dst[1] * inv + 255) >> 8)),
            min(255, src[2] + ((dst[2] * inv + 255) >> 8)), src[3] + ((dst[3] * inv + 255) >> 8))  # fmt: skip


class _ShadowPixels(dict[tuple[int, int], bytes]):
    """(source pixel as int, shadow alpha) -> the drop shadow's result pixel bytes."""

    def __init__(self, color: tuple[int, int, int, int]) -> None:
        super().__init__()
        self.color = color
        self.floods: dict[int, tuple[int, int, int, int]] = {}

    def flood(self, alpha: int) -> tuple[int, int, int, int]:
        found = self.floods.get(alpha)
        if found is None:
            r, g, b, a = flood_pixel(self.color, alpha)
            # resvg's sRGB branch runs the flood through linear -> sRGB (``into_srgb``) although it
            # never was linear: the shadow of a mid-tone comes out lighter (measured in the reference).
            found = self.floods[alpha] = (
                _multiply(TO_SRGB[_demultiply(r, a)], a),
                _multiply(TO_SRGB[_demultiply(g, a)], a),
                _multiply(TO_SRGB[_demultiply(b, a)], a),
                a,
            )
        return found

    def __missing__(self, key: tuple[int, int]) -> bytes:
        src = tuple(key[0].to_bytes(4, _ORDER))
        value = bytes(_over(src, self.flood(key[1])))  # type: ignore[arg-type]
        self[key] = value
        return value


def drop_shadow_rows(rows: Sequence[bytes], width: int, alpha: bytes | bytearray, color: Color) -> list[bytes]:
    """``feDropShadow`` in sRGB over a region: ``rows`` are its premultiplied pixels (4 * ``width``
    bytes each), ``alpha`` the shadow's blurred and offset alpha (``width`` bytes per row): each result
    pixel is the source drawn over the flood colour at that alpha."""
    pixels = _ShadowPixels(color.rgba8())
    opaque = b"\xff" * width
    out: list[bytes] = []
    for y, row in enumerate(rows):
        shade = alpha[y * width : (y + 1) * width]
        if not shade.strip(b"\x00") or row[3::4] == opaque:
            out.append(row)  # the source over nothing, or an opaque source over anything, is the source
            continue
        ints = array("I")
        ints.frombytes(row)
        out.append(b"".join(map(pixels.__getitem__, zip(ints, shade, strict=True))))
    return out


__all__ = ["apply_color", "drop_shadow_rows", "region_box", "transfer_table"]
