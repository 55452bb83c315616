"""WebP lossy decoder: a ``VP8`` chunk (one VP8 key frame, RFC 6386) -> straight RGBA8, as libwebp.

The frame header (section 9: segments, loop-filter settings, token partitions, quantizers, token
probability updates) is read from the first partition; then, macroblock by macroblock, the intra modes
(first partition) and the DCT tokens (partition ``row mod count``), prediction and residuals
(:mod:`.webp_intra`), then the loop filter over the whole frame (:mod:`.webp_loopfilter`) and the
conversion to RGB with libwebp's default fancy upsampling (:mod:`.webp_yuv`). The alpha plane, when
the file has one, comes decoded from :mod:`.webp_alpha`. Decisions follow libwebp (``src/dec``) rather
than the RFC text where they differ, because libwebp is what browsers and Pillow decode with.

Untrusted input: the size is checked before any plane is allocated, reading past a partition's end is
an :class:`ImageError` at the end of the macroblock (as in libwebp), and coefficients wrap to 16 bits
as libwebp stores them, so any bitstream decodes in bounded time and memory.
Imports the ``webp_*`` helpers, :mod:`pureog.binary`, :mod:`pureog.limits` and :mod:`pureog.errors`.
"""

from __future__ import annotations

from pureog.binary import check_size
from pureog.errors import ImageError
from pureog.images.webp_intra import (
    DC,
    HE,
    TM,
    VE,
    add_ac3,
    add_dc,
    add_residual,
    inverse_wht,
    predict_4x4,
    predict_block,
)
from pureog.images.webp_loopfilter import Strength, filter_macroblock
from pureog.images.webp_vp8_bits import Bands, BoolDecoder, read_block
from pureog.images.webp_vp8_tables import (
    AC_QUANT,
    BANDS,
    BMODE_PROBS,
    COEFF_PROBS,
    COEFF_UPDATE_PROBS,
    DC_QUANT,
)
from pureog.images.webp_yuv import yuv_to_rgba
from pureog.limits import check_deadline
from pureog.records import mutable_record, record, replace

# The 4x4 intra-mode tree (RFC 6386 section 11.2): node i's two branches, a leaf -mode or the next node.
_BMODE_TREE = (-DC, 1, -TM, 2, -VE, 3, 4, 6, -HE, 5, -4, -5, -6, 7, -7, 8, -8, -9)


def _fail(message: str) -> ImageError:
    return ImageError(f"invalid WebP: {message}")


@record
class _Quant:
    """Dequantization factors of one segment: (DC, AC) for luma, Y2 and chroma."""

    y1: tuple[int, int]
    y2: tuple[int, int]
    uv: tuple[int, int]


@mutable_record
class _Header:
    width: int
    height: int
    segment_probs: tuple[int, ...] | None
    quants: list[_Quant]
    strengths: list[tuple[Strength, Strength]] | None
    """Per segment, the loop filter of (16x16-, 4x4-predicted) macroblocks; None: no loop filter."""
    simple_filter: bool
    bands: list[Bands]
    skip_prob: int | None
    partitions: list[BoolDecoder]


def vp8_size(data: bytes) -> tuple[int, int]:
    """Width and height from the key-frame header (a 3-byte frame tag, start code, 14-bit sizes)."""
    if len(data) < 10:
        raise _fail("truncated lossy header")
    tag = int.from_bytes(data[:3], "little")
    if tag & 1:
        raise _fail("the lossy frame is not a key frame")
    if data[3:6] != b"\x9d\x01\x2a":
        raise _fail("bad lossy start code")
    return int.from_bytes(data[6:8], "little") & 0x3FFF, int.from_bytes(data[8:10], "little") & 0x3FFF


@record
class _Segments:
    """The segment header (section 9.3): per-segment quantizer and filter level, absolute or deltas."""

    enabled: bool
    absolute: bool
    quantizer: tuple[int, ...]
    filter_level: tuple[int, ...]
    probs: tuple[int, ...] | None
    """Probabilities of the segment-id tree, or None when the frame has no segment map."""


def _read_segments(br: BoolDecoder) -> _Segments:
    if not br.bit(128):
        return _Segments(False, True, (0,) * 4, (0,) * 4, None)
    update_map = br.bit(128)
    absolute = True
    quantizer: tuple[int, ...] = (0,) * 4
    filter_level: tuple[int, ...] = (0,) * 4
    if br.bit(128):  # segment data
        absolute = bool(br.bit(128))
        quantizer = tuple(br.flag_value(7) for _ in range(4))
        filter_level = tuple(br.flag_value(6) for _ in range(4))
    probs = tuple(br.literal(8) if br.bit(128) else 255 for _ in range(3)) if update_map else None
    return _Segments(True, absolute, quantizer, filter_level, probs)


def _read_header(data: bytes) -> _Header:
    width, height = vp8_size(data)
    check_size(width, height, what="WebP")
    tag = int.from_bytes(data[:3], "little")
    if (tag >> 1) & 7 > 3:
        raise _fail("unknown lossy profile")
    if not (tag >> 4) & 1:
        raise _fail("the lossy frame is not shown")
    first_size = tag >> 5
    if 10 + first_size > len(data):
        raise _fail("truncated first partition")
    br = BoolDecoder(data, 10, 10 + first_size)
    br.literal(2)  # colour space and clamping type: libwebp ignores both
    segments = _read_segments(br)
    # Loop filter (section 9.4); only the first reference and mode deltas matter in a key frame.
    simple = bool(br.bit(128))
    level = br.literal(6)
    sharpness = br.literal(3)
    ref_delta = mode_delta = 0
    if br.bit(128) and br.bit(128):  # deltas enabled, and updated
        deltas = [br.flag_value(6) for _ in range(8)]
        ref_delta, mode_delta = deltas[0], deltas[4]
    if br.eof:
        raise _fail("truncated lossy frame header")
    partitions = _partitions(data, 10 + first_size, br.literal(2))
    quants = _read_quants(br, segments)
    br.bit(128)  # refresh entropy probabilities: meaningless for a single frame
    bands = _read_token_probs(br)
    skip_prob = br.literal(8) if br.bit(128) else None
    strengths = None
    if level:  # a frame level of 0 turns the filter off, whatever the segments say (libwebp)
        strengths = []
        for s in range(4):
            base = level
            if segments.enabled:
                base = segments.filter_level[s] + (0 if segments.absolute else level)
            strengths.append((_strength(base, ref_delta, sharpness, False),
                              _strength(base + mode_delta, ref_delta, sharpness, True)))
    return _Header(width, height, segments.probs, quants, strengths, simple, bands, skip_prob, [br] + partitions)


def _partitions(data: bytes, start: int, log2_count: int) -> list[BoolDecoder]:
    """The token partitions: sizes of all but the last (3 bytes each), then their data."""
    count = 1 << log2_count
    sizes_end = start + 3 * (count - 1)
    if sizes_end > len(data):
        raise _fail("truncated partition sizes")
    out = []
    at = sizes_end
    for p in range(count - 1):
        size = min(int.from_bytes(data[start + 3 * p : start + 3 * p + 3], "little"), len(data) - at)
        out.append(BoolDecoder(data, at, at + size))
        at += size
    if at >= len(data):
        raise _fail("truncated token partitions")
    out.append(BoolDecoder(data, at, len(data)))
    return out


def _clip(v: int, top: int = 127) -> int:
    return max(0, min(top, v))


def _read_quants(br: BoolDecoder, segments: _Segments) -> list[_Quant]:
    """Dequantization factors per segment (section 9.6 and 14.1, with libwebp's Y2 AC rounding)."""
    base = br.literal(7)
    y1_dc, y2_dc, y2_ac, uv_dc, uv_ac = (br.flag_value(4) for _ in range(5))
    quants = []
    for s in range(4):
        q = base
        if segments.enabled:
            q = segments.quantizer[s] + (0 if segments.absolute else base)
        quants.append(_Quant(
            y1=(DC_QUANT[_clip(q + y1_dc)], AC_QUANT[_clip(q)]),
            y2=(DC_QUANT[_clip(q + y2_dc)] * 2, max(8, AC_QUANT[_clip(q + y2_ac)] * 101581 >> 16)),
            uv=(DC_QUANT[_clip(q + uv_dc, 117)], AC_QUANT[_clip(q + uv_ac)]),
        ))
    return quants


def _read_token_probs(br: BoolDecoder) -> list[Bands]:
    """Token probabilities, defaults updated by the header (section 13.4), as ``[type][position][ctx]``
    lists (positions mapped to their band, plus the sentinel position 16)."""
    probs = []
    for i in range(len(COEFF_PROBS)):
        probs.append(br.literal(8) if br.bit(COEFF_UPDATE_PROBS[i]) else COEFF_PROBS[i])
    out = []
    for t in range(4):
        by_band = [[probs[((t * 8 + b) * 3 + c) * 11 : ((t * 8 + b) * 3 + c) * 11 + 11] for c in range(3)]
                   for b in range(8)]
        out.append([by_band[BANDS[n]] for n in range(17)])
    return out


def _strength(level: int, ref_delta: int, sharpness: int, inner: bool) -> Strength:
    """libwebp's PrecomputeFilterStrengths for one segment and prediction type."""
    level = max(0, min(63, level + ref_delta))
    if level == 0:
        return Strength(0, 0, 0, inner)
    interior = level
    if sharpness > 0:
        interior >>= 2 if sharpness > 4 else 1
        interior = min(interior, 9 - sharpness)
    interior = max(interior, 1)
    return Strength(2 * level + interior, interior, 2 if level >= 40 else 1 if level >= 15 else 0, inner)


@mutable_record
class _Macroblock:
    segment: int
    skip: bool
    is_4x4: bool
    modes: list[int]
    """The 16 subblock modes of a 4x4-predicted macroblock, or its one 16x16 mode."""
    uv_mode: int


def _read_modes(br: BoolDecoder, hdr: _Header, top: list[int], left: list[int]) -> _Macroblock:
    """A macroblock's segment, skip flag and prediction modes (section 11). ``top`` and ``left`` are the
    4x4 modes along its edges (updated), the contexts of its subblock modes."""
    segment = 0
    if hdr.segment_probs is not None:
        a, b, c = hdr.segment_probs
        segment = br.bit(c) + 2 if br.bit(a) else br.bit(b)
    skip = bool(br.bit(hdr.skip_prob)) if hdr.skip_prob is not None else False
    if br.bit(145):  # 16x16 prediction; its mode stands for all 16 subblocks in the contexts
        mode = (TM if br.bit(128) else HE) if br.bit(156) else (VE if br.bit(163) else DC)
        top[:] = left[:] = [mode] * 4
        modes = [mode]
        is_4x4 = False
    else:
        modes = []
        for y in range(4):
            for x in range(4):
                probs = BMODE_PROBS[(top[x] * 10 + left[y]) * 9 : (top[x] * 10 + left[y]) * 9 + 9]
                node = _BMODE_TREE[br.bit(probs[0])]
                while node > 0:
                    node = _BMODE_TREE[2 * node + br.bit(probs[node])]
                top[x] = left[y] = -node
                modes.append(-node)
        is_4x4 = True
    uv_mode = DC if not br.bit(142) else VE if not br.bit(114) else TM if br.bit(183) else HE
    return _Macroblock(segment, skip, is_4x4, modes, uv_mode)


class _Planes:
    """The reconstruction planes (with libwebp's borders) and the per-column decoding contexts."""

    def __init__(self, mb_w: int, mb_h: int) -> None:
        self.mb_w, self.mb_h = mb_w, mb_h
        # Luma: a border column on the left, 4 spare columns on the right (the top-right pixels of the
        # last macroblock), a border row above: 127 above the picture, 129 left of it.
        self.y_stride = 16 * mb_w + 5
        self.y = bytearray(b"\x81") * (self.y_stride * (16 * mb_h + 1))
        self.y[: self.y_stride] = b"\x7f" * self.y_stride
        self.uv_stride = 8 * mb_w + 1
        self.u = bytearray(b"\x81") * (self.uv_stride * (8 * mb_h + 1))
        self.u[: self.uv_stride] = b"\x7f" * self.uv_stride
        self.v = bytearray(self.u)
        self.top_nz = [[0] * 9 for _ in range(mb_w)]  # per column: 4 luma, 2 u, 2 v, Y2
        self.top_modes = [[DC] * 4 for _ in range(mb_w)]

    def luma_origin(self, mb_x: int, mb_y: int) -> int:
        return (16 * mb_y + 1) * self.y_stride + 16 * mb_x + 1

    def chroma_origin(self, mb_x: int, mb_y: int) -> int:
        return (8 * mb_y + 1) * self.uv_stride + 8 * mb_x + 1


def _read_residuals(br: BoolDecoder, hdr: _Header, mb: _Macroblock, top: list[int],
                    left: list[int]) -> tuple[list[list[int]], list[int]]:
    """The 24 dequantized 4x4 coefficient blocks (16 luma, 4 u, 4 v) and libwebp's code per block
    (0 nothing, 1 DC only, 2-3 more). ``top``/``left``: non-zero contexts (updated)."""
    quant = hdr.quants[mb.segment]
    blocks = [[0] * 16 for _ in range(24)]
    codes = [0] * 24
    bands = hdr.bands
    if mb.is_4x4:
        first, ac_bands = 0, bands[3]
    else:  # the Y2 block carries the luma DCs
        y2 = [0] * 16
        count = read_block(br, bands[1], top[8] + left[8], quant.y2[0], quant.y2[1], 0, y2)
        top[8] = left[8] = int(count > 0)
        dcs = inverse_wht(y2) if count > 1 else [(y2[0] + 3) >> 3] * 16
        for n in range(16):
            blocks[n][0] = dcs[n]
        first, ac_bands = 1, bands[0]
    dc_q, ac_q = quant.y1
    for n in range(16):
        x, y = n & 3, n >> 2
        count = read_block(br, ac_bands, top[x] + left[y], dc_q, ac_q, first, blocks[n])
        top[x] = left[y] = int(count > first)
        codes[n] = 3 if count > 3 else 2 if count > 1 else int(blocks[n][0] != 0)
    dc_q, ac_q = quant.uv
    for n in range(16, 24):
        k = 4 + ((n - 16) >> 2) * 2  # context index of this plane's first column / row
        x, y = n & 1, (n >> 1) & 1
        count = read_block(br, bands[2], top[k + x] + left[k + y], dc_q, ac_q, 0, blocks[n])
        top[k + x] = left[k + y] = int(count > 0)
        codes[n] = 3 if count > 3 else 2 if count > 1 else int(blocks[n][0] != 0)
    return blocks, codes


def _add_block(plane: bytearray, o: int, stride: int, block: list[int], code: int) -> None:
    if code == 1:
        add_dc(plane, o, stride, block[0])
    elif code == 2:  # tokens end by the third coefficient (zigzag 0, 1, 4): the short form
        add_ac3(plane, o, stride, block)
    elif code:
        add_residual(plane, o, stride, block)


def _reconstruct(planes: _Planes, mb_x: int, mb_y: int, mb: _Macroblock, blocks: list[list[int]],
                 codes: list[int]) -> None:
    y, ys = planes.y, planes.y_stride
    o = planes.luma_origin(mb_x, mb_y)
    if mb.is_4x4:
        mb_top_right = bytes(y[o - ys + 16 : o - ys + 20])
        for n in range(16):
            sx, sy = n & 3, n >> 2
            at = o + 4 * sy * ys + 4 * sx
            # The right column's lower blocks see the macroblock's top-right pixels (libwebp).
            top_right = mb_top_right if sx == 3 else y[at - ys + 4 : at - ys + 8]
            predict_4x4(y, at, ys, mb.modes[n], top_right)
            if codes[n]:
                _add_block(y, at, ys, blocks[n], codes[n])
    else:
        predict_block(y, o, ys, 16, mb.modes[0], mb_y > 0, mb_x > 0)
        for n in range(16):
            if codes[n]:
                _add_block(y, o + 4 * (n >> 2) * ys + 4 * (n & 3), ys, blocks[n], codes[n])
    cs = planes.uv_stride
    c = planes.chroma_origin(mb_x, mb_y)
    for plane, first in ((planes.u, 16), (planes.v, 20)):
        predict_block(plane, c, cs, 8, mb.uv_mode, mb_y > 0, mb_x > 0)
        for n in range(4):
            if codes[first + n]:
                _add_block(plane, c + 4 * (n >> 1) * cs + 4 * (n & 1), cs, blocks[first + n], codes[first + n])


def decode_vp8(data: bytes, alpha: bytes | None = None) -> tuple[int, int, bytes]:
    """A ``VP8`` chunk's payload (and the frame's decoded alpha plane, if any) -> (width, height,
    straight RGBA8)."""
    hdr = _read_header(data)
    mb_w, mb_h = (hdr.width + 15) >> 4, (hdr.height + 15) >> 4
    planes = _Planes(mb_w, mb_h)
    first = hdr.partitions[0]
    tokens = hdr.partitions[1:]
    strengths: list[Strength] = []
    for mb_y in range(mb_h):
        br = tokens[mb_y % len(tokens)]
        left_nz = [0] * 9
        left_modes = [DC] * 4
        if mb_y:  # the last macroblock's top-right pixels repeat the pixel above its right edge
            row = 16 * mb_y * planes.y_stride
            planes.y[row + 16 * mb_w + 1 : row + 16 * mb_w + 5] = planes.y[row + 16 * mb_w : row + 16 * mb_w + 1] * 4
        for mb_x in range(mb_w):
            mb = _read_modes(first, hdr, planes.top_modes[mb_x], left_modes)
            top_nz = planes.top_nz[mb_x]
            if mb.skip:
                blocks: list[list[int]] = []
                codes = [0] * 24
                top_nz[:8] = left_nz[:8] = [0] * 8
                if not mb.is_4x4:
                    top_nz[8] = left_nz[8] = 0
            else:
                blocks, codes = _read_residuals(br, hdr, mb, top_nz, left_nz)
            if br.eof:
                raise _fail("truncated lossy data")
            _reconstruct(planes, mb_x, mb_y, mb, blocks, codes)
            if hdr.strengths is not None:
                strength = hdr.strengths[mb.segment][mb.is_4x4]
                if not strength.inner and any(codes):  # libwebp also filters inside coded macroblocks
                    strength = replace(strength, inner=True)
                strengths.append(strength)
        if first.eof:
            raise _fail("truncated lossy modes")
        check_deadline()
    if hdr.strengths is not None:
        _loop_filter(planes, hdr.simple_filter, strengths)
    y_start = planes.y_stride + 1
    uv_start = planes.uv_stride + 1
    rgba = yuv_to_rgba(memoryview(planes.y)[y_start:], planes.y_stride, memoryview(planes.u)[uv_start:],
                       memoryview(planes.v)[uv_start:], planes.uv_stride, hdr.width, hdr.height, alpha)
    return hdr.width, hdr.height, rgba


def _loop_filter(planes: _Planes, simple: bool, strengths: list[Strength]) -> None:
    """Filter every macroblock in raster order (``strengths`` in the same order)."""
    chroma = (planes.u, planes.v)
    for mb_y in range(planes.mb_h):
        for mb_x in range(planes.mb_w):
            filter_macroblock(simple, strengths[mb_y * planes.mb_w + mb_x], mb_x > 0, mb_y > 0, planes.y,
                              planes.luma_origin(mb_x, mb_y), planes.y_stride, chroma, planes.chroma_origin(mb_x, mb_y),
                              planes.uv_stride)
        check_deadline()
