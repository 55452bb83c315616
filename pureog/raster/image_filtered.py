"""The per-pixel filtered shader for rotated / skewed images and pattern tiles, made fast.

Role: :func:`filtered_shader` is a drop-in replacement for ``pureog.raster.image.filtered_shader``: the
same signature and the same output bytes for every input. Per device pixel it evaluates the 4x4 bicubic
(or 2x2 bilinear) filter at the pixel's own source position, as tiny-skia's pattern pipeline does, with
exactly the float operations of the reference: ``u = (u0 + a*i) - 0.5``, ``t = u - floor(u)``, the
Mitchell weights as Horner polynomials, ``k = ky * kx``, the 16 products added row by row, column by
column, then ``int(sum + 256.5)`` through the clamp table (colour is not clamped to alpha: see
:mod:`pureog.raster.sampling`).

Where the time went in the reference (a Python frame per tap list, per weight, per tap): gone.

- Padding. The image is copied once with 3 extra pixels on every side, filled as the tap indexing would
  fill them (wrapped when the axis repeats, the edge pixel otherwise). Every tap set then is one
  contiguous 4x4 (2x2) block of the padded image whose top-left index is computed once per pixel; the
  wrap / clamp tests of each tap disappear.
- Uniform blocks. A byte map says, per padded pixel, whether the block starting there holds one colour
  (built at C speed: the image as one big int XORed with itself shifted, lanes ORed). Then the sum is
  that colour times weights summing to 1: its float error is < 1e-12, while ``p + 256.5`` sits 0.5
  away from a rounding boundary, so the output is exactly the pixel.
  Such pixels skip the weights entirely; gradients rasterised into tiles and flat areas of photos are
  mostly such pixels.
- Striped blocks. When each row of the block is one colour (P_r), the sum is, up to float rounding
  (< 1e-11 here), sum_r P_r * wy_r * (wx_0 + .. + wx_3) = sum_r P_r * wy_r since the x weights sum to
  1; likewise for columns. That 4-product value decides the output whenever its fraction (after
  + 256.5) is more than ``_MARGIN`` = 1e-7 away from 0 and 1; otherwise (exact ties, e.g. t = 1/2
  over symmetric data) the pixel runs the full sum. Vertical / horizontal gradients drawn into tiles
  are made of such blocks.
- Other pixels run the filter unrolled: one expression of 16 products per channel, reading channel
  planes (lists of floats once enough pixels need them, see :class:`_Padded`).
- Blocks whose alpha is uniform (all blocks of an opaque image) skip the alpha sum, by the same argument.

- Small drawings of large images. Preparing (padding, classifying blocks) costs the image's every pixel,
  once per drawing (a mapping); the plain loop costs ~64 times that a pixel drawn. A drawing's first pixels
  go through the plain loop until they would have paid for the preparation (a rotated thumbnail of a
  photo never prepares it). Every pixel is charged to the paint budget at what it costs
  (``limits.PAINT_WORK_FILTERED`` and its neighbours), and so is the preparation.

Why skipping terms is safe: a tap whose weight is 0 adds ``±0.0``, which leaves any sum unchanged in
value; the reference skips rows with ``ky == 0`` and we do not, which changes nothing.
Must not import style, layout, text or document (nor pureog.raster.image: that module imports this one).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from pureog import limits
from pureog.display import FilterQuality
from pureog.geometry import Affine
from pureog.raster.sampling import BIAS, CLAMP, F2, F3, N0, N1, N2, N3, Shader, taps

_MARGIN = 1e-7  # striped blocks: the certificate decides when the fraction is this far from 0 and 1
_PAD = 3  # padding on each side: a bicubic block starts at most 3 pixels before the image
_FLOAT_PLANES_MAX = 1 << 21  # padded pixels up to which channel planes may become lists of floats
_FLOATS = [float(v) for v in range(256)]
_REFERENCE_COST = 64  # what the plain loop costs a pixel, in pixels of an image prepared (~8 us / ~0.13 us)
_NONZERO = bytes(min(v, 1) for v in range(256))


def _source_index(j: int, size: int, tile: bool) -> int:
    return j % size if tile else (0 if j < 0 else (size - 1 if j >= size else j))


class _Padded:
    """The padded image and what the shader reads from it (built on the first span)."""

    __slots__ = ("width", "count", "padded", "pixels", "kinds", "alpha_mixed", "alphas", "planes",
                 "filtered", "floats")

    def __init__(self, data: bytes, w: int, h: int, size: int, repeat_x: bool, repeat_y: bool) -> None:
        stride = 4 * w
        width = w + 2 * _PAD
        left = [_source_index(j, w, repeat_x) for j in range(-_PAD, 0)]
        right = [_source_index(j, w, repeat_x) for j in range(w, w + _PAD)]
        rows = []
        for j in range(-_PAD, h + _PAD):
            r = _source_index(j, h, repeat_y)
            row = bytes(data[r * stride : (r + 1) * stride])
            rows.append(b"".join([*(row[4 * i : 4 * i + 4] for i in left), row,
                                  *(row[4 * i : 4 * i + 4] for i in right)]))
        padded = b"".join(rows)
        self.width = width
        self.count = len(padded) // 4
        # Per block (by its top-left padded index): 0 one colour, 1 each row one colour, 2 each column
        # one colour, 3 anything else. The maps are 0/1 bytes: lanes of big ints add without carries.
        mixed, by_rows, by_columns = (int.from_bytes(m, "little") for m in _mixed_blocks(padded, width, size))
        by_rows &= mixed
        self.kinds = (mixed + by_rows + (by_rows & by_columns)).to_bytes(self.count, "little")
        # Uniform pixels are output as stored: one 4-byte item each.
        self.pixels = memoryview(padded).cast("I")
        # Blocks whose alpha is one value (all of an opaque image's): that is their filtered alpha.
        alpha = bytearray(len(padded))
        alpha[3::4] = padded[3::4]
        self.alpha_mixed = _mixed_blocks(bytes(alpha), width, size)[0]
        self.alphas = padded[3::4]
        # Channel planes start as bytes; once many pixels have been filtered they become lists of
        # floats (8 bytes an entry, one list per channel: float * float multiplies ~30 % faster than
        # the int * float of bytes). Both give the same products: ints 0..255 convert exactly.
        self.planes: list[Sequence[float]] = [padded[c::4] for c in range(4)]
        self.padded = padded
        self.filtered = 0  # pixels that ran the filter so far
        self.floats = False

    def count_filtered(self, k: int) -> None:
        self.filtered += k
        # Converting costs about as much as filtering count / 4 pixels would save.
        if not self.floats and self.filtered > self.count // 4 and self.count <= _FLOAT_PLANES_MAX:
            self.planes = [list(map(_FLOATS.__getitem__, self.padded[c::4])) for c in range(4)]
            self.floats = True


def _differs(whole: int, size: int, step: int) -> int:
    """Per 4-byte pixel of the padded image (``whole``, ``size`` bytes, as a little-endian int), a byte
    lane that is nonzero when the pixel differs from the one ``step`` pixels further on: XOR with the
    shifted image, bytes -> 0/1, then the four bytes of each pixel ORed into its first."""
    diff = (whole ^ (whole >> (32 * step))).to_bytes(size, "little").translate(_NONZERO)
    flags = int.from_bytes(diff, "little")
    flags |= flags >> 8
    flags |= flags >> 16
    return int.from_bytes(flags.to_bytes(size, "little")[0::4], "little")


def _mixed_blocks(padded: bytes, width: int, size: int) -> tuple[bytes, bytes, bytes]:
    """Per padded pixel, for the ``size`` x ``size`` block with that top-left corner: 0 when it is one
    colour; 0 when each of its rows is one colour; 0 when each of its columns is one colour (maps
    meaningful only where the block fits, which every block the shader reads does). No Python loop
    over pixels: byte lanes of big ints shifted and ORed."""
    whole = int.from_bytes(padded, "little")
    right = _differs(whole, len(padded), 1)  # pixel != its right neighbour
    below = _differs(whole, len(padded), width)  # pixel != the one below
    row = right  # the ``size`` pixels from this one on, in its row, are not one colour
    column = below  # ... in its column
    for k in range(1, size - 1):
        row |= right >> (8 * k)
        column |= below >> (8 * k * width)
    rows = row
    columns = column
    for k in range(1, size):
        rows |= row >> (8 * k * width)
        columns |= column >> (8 * k)
    count = len(padded) // 4
    return ((rows | column).to_bytes(count, "little"), rows.to_bytes(count, "little"),
            columns.to_bytes(count, "little"))


def filtered_shader(data: bytes, w: int, h: int, inv: Affine, quality: FilterQuality,
                    repeat_x: bool, repeat_y: bool) -> Shader:
    """Any mapping (rotated, skewed): per device pixel, the 4x4 (or 2x2) filter at its own fractional
    position, as tiny-skia's pattern pipeline does for every non-translating transform; channels are
    clamped to 0..255 afterwards (tiny-skia's clamp_0 / clamp_a stages).
    Byte for byte the reference ``pureog.raster.image.filtered_shader`` (see the module docstring)."""
    if w <= 0 or h <= 0 or len(data) < 4 * w * h:  # degenerate: the reference, quirks included
        return _reference(data, w, h, inv, quality, repeat_x, repeat_y)
    bicubic = quality == FilterQuality.BICUBIC
    a, b, c, d, e, f = inv.a, inv.b, inv.c, inv.d, inv.e, inv.f
    state: list[_Padded] = []
    plain: list[Shader] = []  # the plain loop, for the first pixels of a large image
    asked = [0]  # pixels asked for before the image was prepared
    source = (w + 2 * _PAD) * (h + 2 * _PAD)
    floor = math.floor
    clamp = CLAMP
    bias = BIAS
    n3, n2, n1, n0, f3, f2 = N3, N2, N1, N0, F3, F2
    lo = -_PAD  # clamped axes: a block may start this far before the image
    lead = 1 if bicubic else 0  # the block starts this many pixels before floor(u)

    # Everything the loop reads is a local (default arguments): LOAD_FAST, not a closure cell.
    def shader(x0: int, y: int, n: int, a: float = a, b: float = b, w: int = w, h: int = h,
               repeat_x: bool = repeat_x, repeat_y: bool = repeat_y, bicubic: bool = bicubic,
               floor: Callable[[float], int] = floor, clamp: bytes = clamp, bias: float = bias,
               n3: float = n3, n2: float = n2, n1: float = n1, n0: float = n0, f3: float = f3,
               f2: float = f2, lo: int = lo, lead: int = lead, margin: float = _MARGIN) -> bytes:
        if n <= 0:
            return bytes(4 * n)  # raises for n < 0, as the reference's bytearray(4 * n) does
        if not state:
            # Preparing the padded image costs its every pixel, the plain loop ~64 times that per pixel
            # drawn: a small drawing of a large image (a rotated thumbnail) is drawn by the plain loop,
            # until what it has drawn would have paid for preparing the image (at most twice the cheaper).
            asked[0] += n
            if asked[0] * _REFERENCE_COST < source:
                limits.charge_paint(n * limits.PAINT_WORK_FILTERED_REFERENCE)
                if not plain:
                    plain.append(_reference(data, w, h, inv, quality, repeat_x, repeat_y))
                return plain[0](x0, y, n)
            limits.charge_paint(source * limits.PAINT_WORK_FILTER_SOURCE)
            state.append(_Padded(data, w, h, 4 if bicubic else 2, repeat_x, repeat_y))
        pad = state[0]
        width = pad.width
        corner = _PAD * width + _PAD  # padded index of source pixel (0, 0)
        kinds = pad.kinds
        pixels = pad.pixels
        red, green, blue, alpha_plane = pad.planes
        alpha_mixed = pad.alpha_mixed
        alphas = pad.alphas
        out = bytearray(4 * n)
        items = memoryview(out).cast("I")
        filtered = 0
        # Row and offset state carried between pixels (see the two caches in the loop).
        last_vy = math.nan  # != every float: the first pixel computes its row
        by = sy = row = last_o = -1
        wy_done = False
        ty = wy0 = wy1 = wy2 = wy3 = 0.0
        o01 = o02 = o03 = o10 = o11 = o12 = o13 = o20 = o21 = o22 = o23 = o30 = o31 = o32 = o33 = 0
        xc = x0 + 0.5
        yc = y + 0.5
        u0 = a * xc + c * yc + e  # Affine.apply, term for term
        v0 = b * xc + d * yc + f
        # The hot loop: one Python iteration per device pixel, everything unrolled and kept in locals
        # (the reference spent most of its time in calls and small lists). The float operations and
        # their order are the reference's exactly.
        for i in range(n):
            ux = u0 + a * i - 0.5
            vy = v0 + b * i - 0.5
            bx = floor(ux)
            if vy != last_vy:  # (vy is constant along the span when b == 0: its work is done once)
                last_vy = vy
                by = floor(vy)
                sy = by - lead
                if repeat_y:
                    sy %= h
                elif sy < lo:
                    sy = lo
                elif sy >= h:
                    sy = h - 1
                row = corner + sy * width
                wy_done = False
            sx = bx - lead
            if repeat_x:
                sx %= w
            elif sx < lo:
                sx = lo
            elif sx >= w:
                sx = w - 1
            o = row + sx  # top-left tap of the block, in the padded image
            kind = kinds[o]
            if not kind:
                items[i] = pixels[o]
                continue
            filtered += 1
            tx = ux - bx
            q = 4 * i
            if bicubic:
                if not wy_done:
                    wy_done = True
                    ty = vy - by
                    s = 1.0 - ty
                    wy0 = s * s * (f3 * s - f2)
                    wy1 = ((n3 * s + n2) * s + n1) * s + n0
                    wy2 = ((n3 * ty + n2) * ty + n1) * ty + n0
                    wy3 = ty * ty * (f3 * ty - f2)
                # Striped blocks (see the module docstring): 4 products a channel, certified.
                if kind != 3:
                    if kind == 1:  # each row of the block is one colour
                        o1 = o + width
                        o2 = o1 + width
                        o3 = o2 + width
                        wa = wy0
                        wb = wy1
                        wc = wy2
                        wd = wy3
                    else:  # each column of the block is one colour
                        s = 1.0 - tx
                        wx0 = s * s * (f3 * s - f2)
                        wx1 = ((n3 * s + n2) * s + n1) * s + n0
                        wx2 = ((n3 * tx + n2) * tx + n1) * tx + n0
                        wx3 = tx * tx * (f3 * tx - f2)
                        o1 = o + 1
                        o2 = o + 2
                        o3 = o + 3
                        wa = wx0
                        wb = wx1
                        wc = wx2
                        wd = wx3
                    p = alpha_plane
                    va = p[o] * wa + p[o1] * wb + p[o2] * wc + p[o3] * wd + bias
                    p = red
                    vr = p[o] * wa + p[o1] * wb + p[o2] * wc + p[o3] * wd + bias
                    p = green
                    vg = p[o] * wa + p[o1] * wb + p[o2] * wc + p[o3] * wd + bias
                    p = blue
                    vb = p[o] * wa + p[o1] * wb + p[o2] * wc + p[o3] * wd + bias
                    ia = int(va)
                    ir = int(vr)
                    ig = int(vg)
                    ib = int(vb)
                    if (margin < va - ia < 1.0 - margin and margin < vr - ir < 1.0 - margin
                            and margin < vg - ig < 1.0 - margin and margin < vb - ib < 1.0 - margin):
                        alpha = clamp[ia]
                        out[q + 3] = alpha
                        v = clamp[ir]
                        out[q] = v
                        v = clamp[ig]
                        out[q + 1] = v
                        v = clamp[ib]
                        out[q + 2] = v
                        continue
                    # within the margin of a rounding boundary (an exact tie, typically): the full sum
                if kind != 2:
                    s = 1.0 - tx
                    wx0 = s * s * (f3 * s - f2)
                    wx1 = ((n3 * s + n2) * s + n1) * s + n0
                    wx2 = ((n3 * tx + n2) * tx + n1) * tx + n0
                    wx3 = tx * tx * (f3 * tx - f2)
                k00 = wy0 * wx0
                k01 = wy0 * wx1
                k02 = wy0 * wx2
                k03 = wy0 * wx3
                k10 = wy1 * wx0
                k11 = wy1 * wx1
                k12 = wy1 * wx2
                k13 = wy1 * wx3
                k20 = wy2 * wx0
                k21 = wy2 * wx1
                k22 = wy2 * wx2
                k23 = wy2 * wx3
                k30 = wy3 * wx0
                k31 = wy3 * wx1
                k32 = wy3 * wx2
                k33 = wy3 * wx3
                if o != last_o:  # (upscaled images filter the same block for several pixels)
                    last_o = o
                    o01 = o + 1
                    o02 = o + 2
                    o03 = o + 3
                    o10 = o + width
                    o11 = o10 + 1
                    o12 = o10 + 2
                    o13 = o10 + 3
                    o20 = o10 + width
                    o21 = o20 + 1
                    o22 = o20 + 2
                    o23 = o20 + 3
                    o30 = o20 + width
                    o31 = o30 + 1
                    o32 = o30 + 2
                    o33 = o30 + 3
                if not alpha_mixed[o]:  # one alpha over the block: the sum is that alpha
                    alpha = alphas[o]
                else:
                    p = alpha_plane
                    alpha = clamp[int(p[o] * k00 + p[o01] * k01 + p[o02] * k02 + p[o03] * k03
                                      + p[o10] * k10 + p[o11] * k11 + p[o12] * k12 + p[o13] * k13
                                      + p[o20] * k20 + p[o21] * k21 + p[o22] * k22 + p[o23] * k23
                                      + p[o30] * k30 + p[o31] * k31 + p[o32] * k32 + p[o33] * k33 + bias)]
                out[q + 3] = alpha
                p = red
                v = clamp[int(p[o] * k00 + p[o01] * k01 + p[o02] * k02 + p[o03] * k03
                              + p[o10] * k10 + p[o11] * k11 + p[o12] * k12 + p[o13] * k13
                              + p[o20] * k20 + p[o21] * k21 + p[o22] * k22 + p[o23] * k23
                              + p[o30] * k30 + p[o31] * k31 + p[o32] * k32 + p[o33] * k33 + bias)]
                out[q] = v
                p = green
                v = clamp[int(p[o] * k00 + p[o01] * k01 + p[o02] * k02 + p[o03] * k03
                              + p[o10] * k10 + p[o11] * k11 + p[o12] * k12 + p[o13] * k13
                              + p[o20] * k20 + p[o21] * k21 + p[o22] * k22 + p[o23] * k23
                              + p[o30] * k30 + p[o31] * k31 + p[o32] * k32 + p[o33] * k33 + bias)]
                out[q + 1] = v
                p = blue
                v = clamp[int(p[o] * k00 + p[o01] * k01 + p[o02] * k02 + p[o03] * k03
                              + p[o10] * k10 + p[o11] * k11 + p[o12] * k12 + p[o13] * k13
                              + p[o20] * k20 + p[o21] * k21 + p[o22] * k22 + p[o23] * k23
                              + p[o30] * k30 + p[o31] * k31 + p[o32] * k32 + p[o33] * k33 + bias)]
                out[q + 2] = v
            else:
                wx0 = 1.0 - tx
                if not wy_done:
                    wy_done = True
                    ty = vy - by
                    wy0 = 1.0 - ty
                if kind != 3:  # striped blocks, as in the bicubic case
                    if kind == 1:
                        o1 = o + width
                        wa = wy0
                        wb = ty
                    else:
                        o1 = o + 1
                        wa = wx0
                        wb = tx
                    va = alpha_plane[o] * wa + alpha_plane[o1] * wb + bias
                    vr = red[o] * wa + red[o1] * wb + bias
                    vg = green[o] * wa + green[o1] * wb + bias
                    vb = blue[o] * wa + blue[o1] * wb + bias
                    ia = int(va)
                    ir = int(vr)
                    ig = int(vg)
                    ib = int(vb)
                    if (margin < va - ia < 1.0 - margin and margin < vr - ir < 1.0 - margin
                            and margin < vg - ig < 1.0 - margin and margin < vb - ib < 1.0 - margin):
                        alpha = clamp[ia]
                        out[q + 3] = alpha
                        v = clamp[ir]
                        out[q] = v
                        v = clamp[ig]
                        out[q + 1] = v
                        v = clamp[ib]
                        out[q + 2] = v
                        continue
                k00 = wy0 * wx0
                k01 = wy0 * tx
                k10 = ty * wx0
                k11 = ty * tx
                o01 = o + 1
                o10 = o + width
                o11 = o10 + 1
                if not alpha_mixed[o]:  # one alpha over the block: the sum is that alpha
                    alpha = alphas[o]
                else:
                    p = alpha_plane
                    alpha = clamp[int(p[o] * k00 + p[o01] * k01 + p[o10] * k10 + p[o11] * k11 + bias)]
                out[q + 3] = alpha
                p = red
                v = clamp[int(p[o] * k00 + p[o01] * k01 + p[o10] * k10 + p[o11] * k11 + bias)]
                out[q] = v
                p = green
                v = clamp[int(p[o] * k00 + p[o01] * k01 + p[o10] * k10 + p[o11] * k11 + bias)]
                out[q + 1] = v
                p = blue
                v = clamp[int(p[o] * k00 + p[o01] * k01 + p[o10] * k10 + p[o11] * k11 + bias)]
                out[q + 2] = v
        if filtered:
            pad.count_filtered(filtered)
        limits.charge_paint(filtered * limits.PAINT_WORK_FILTERED + (n - filtered) * limits.PAINT_WORK_FILTERED_COPY)
        return bytes(out)

    return shader


def _reference(data: bytes, w: int, h: int, inv: Affine, quality: FilterQuality,
               repeat_x: bool, repeat_y: bool) -> Shader:
    """The per-pixel loop the fast path replaced, kept for degenerate inputs (empty image, short data)
    whose quirks (errors, odd indices) the fast path does not reproduce, and as the tests' oracle."""
    stride = w * 4
    a, b = inv.a, inv.b

    def shader(x0: int, y: int, n: int) -> bytes:
        out = bytearray(4 * n)
        u0, v0 = inv.apply(x0 + 0.5, y + 0.5)
        for i in range(n):
            xs, wx = taps(u0 + a * i, w, quality, repeat_x)
            ys, wy = taps(v0 + b * i, h, quality, repeat_y)
            cr = cg = cb = ca = 0.0
            for row, ky in zip(ys, wy, strict=True):
                if ky == 0.0:
                    continue
                base = row * stride
                for col, kx in zip(xs, wx, strict=True):
                    k = ky * kx
                    o = base + 4 * col
                    cr += data[o] * k
                    cg += data[o + 1] * k
                    cb += data[o + 2] * k
                    ca += data[o + 3] * k
            o = 4 * i
            out[o] = CLAMP[int(cr + BIAS)]
            out[o + 1] = CLAMP[int(cg + BIAS)]
            out[o + 2] = CLAMP[int(cb + BIAS)]
            out[o + 3] = CLAMP[int(ca + BIAS)]
        return bytes(out)

    return shader
