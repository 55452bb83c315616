"""JPEG decoder: baseline and progressive JPEG bytes -> premultiplied RGBA8 :class:`pureog.display.Image`.

Covers what resvg's decoder (jpeg-decoder) shows for the JPEGs found in cards: Huffman-coded baseline
(SOF0/SOF1) and progressive (SOF2) frames, 8-bit samples, 1 (greyscale), 3 (YCbCr, or RGB with an Adobe
marker saying so) or 4 (CMYK/YCCK, Adobe-inverted) components, any sampling factors, restart intervals.
Chroma is upsampled as jpeg-decoder does it (:mod:`pureog.images.jpeg_upsample`: the "fancy" triangle
filter for 2x1, 1x2 and 2x2, replication otherwise). EXIF orientation is ignored, as Satori and resvg ignore it.
Arithmetic coding and 12-bit samples raise :class:`ImageError`.

Samples equal resvg's: the IDCT is jpeg-decoder's integer one (:mod:`pureog.images.jpeg_idct`) and
YCbCr -> RGB its 20-bit fixed point, not the ideal float maths (which lands a level or three away).
Speed (pure Python is slow here): Huffman symbols come from a 16-bit peek table (one list lookup per
symbol); the IDCT is separable with zero-row/zero-column shortcuts and a DC-only fast path; colour
conversion and upsampling work on whole rows with ``map`` over lookup tables. ``reduction=8`` decodes
DC coefficients only (1/8 scale, no IDCT): a quick preview, never used for drawing (resvg samples the
full-size pixels, see :mod:`pureog.images.decode`).
Untrusted input: marker segments are read through :class:`pureog.binary.Reader`, the frame size is
checked before any block is allocated, blocks are allocated only when a scan writes them (a header that
declares a huge image over a few bytes of data costs nothing), and out-of-range coefficients clamp.
Imports only :mod:`pureog.display`, :mod:`pureog.binary`, :mod:`pureog.limits` and :mod:`pureog.errors`.
"""

from __future__ import annotations

import re
import struct
import sys
from array import array
from collections.abc import Iterator
from itertools import islice

from pureog.binary import Reader, check_size
from pureog.display import Image
from pureog.errors import ImageError
from pureog.images.budget import JPEG_BLOCK_VISIT, charge_decode
from pureog.images.jpeg_idct import dc_sample, idct_block
from pureog.images.jpeg_upsample import upsample
from pureog.limits import check_deadline

MAX_JPEG_BLOCKS = 300_000
"""8x8 blocks a JPEG may have (all components): each costs Python work to decode even when drawn small
(~20 us), so this bounds a decode to a few seconds; a 12 MP 4:2:0 photo has 281,250."""

SCAN_WORK_FACTOR = 24
"""Blocks all the scans of a JPEG may decode together, as a multiple of its blocks: a progressive file's
scans each visit one component's blocks or all of them (libjpeg's default progression about 6 times
the blocks in all, mozjpeg's some 10), but nothing bounds their number: one spectral scan repeated 200
times in a 512x512 image (2.7 MB) took 5 s, and 64 MB of them minutes."""

_FRAME = struct.Struct(">BHHB")
ZIGZAG = (
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
    21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53,
    60, 61, 54, 47, 55, 62, 63,
)


_FLAT_BLOCKS = [bytes((v,)) * 64 for v in range(256)]
"""The 64 samples of a block of one level (a block whose AC coefficients are all zero)."""


class _Huffman:
    """A 16-bit peek table: ``table[bits16] = (length << 8) | symbol``."""

    __slots__ = ("table",)

    def __init__(self, counts: bytes, symbols: bytes) -> None:
        table = [0] * 65536
        code = 0
        k = 0
        for length in range(1, 17):
            for _ in range(counts[length - 1]):
                if k >= len(symbols):
                    raise ImageError("invalid JPEG: bad Huffman table")
                if code >= 1 << length:
                    raise ImageError("invalid JPEG: bad Huffman table")
                shift = 16 - length
                start = code << shift
                table[start : start + (1 << shift)] = [(length << 8) | symbols[k]] * (1 << shift)
                code += 1
                k += 1
            code <<= 1
        self.table = table


class _Component:
    __slots__ = ("ident", "h", "v", "tq", "bw", "bh", "coeffs", "dc_table", "ac_table", "pred")

    def __init__(self, ident: int, h: int, v: int, tq: int) -> None:
        self.ident, self.h, self.v, self.tq = ident, h, v, tq
        self.bw = self.bh = 0
        self.coeffs: list[list[int] | None] = []
        """Per block, None until a scan writes it."""
        self.dc_table = self.ac_table = 0
        self.pred = 0


_PAD = 520
"""Zero bytes after each entropy-coded segment (see :class:`_Bits`)."""


class _Bits:
    """MSB-first bit reader over one unstuffed entropy-coded segment."""

    __slots__ = ("data", "pos", "end")

    def __init__(self, data: bytes) -> None:
        # Zeros past the end, as many as one block can read after starting in bounds (the scan loop stops
        # 64 bits past the end; a block reads at most 64 codes, values and correction bits): every read
        # there, a 40-bit word or one byte, is full width and reads 0.
        self.data = data + bytes(_PAD)
        self.pos = 0
        self.end = len(data) * 8

    def peek16(self) -> int:
        p = self.pos
        i = p >> 3
        return (int.from_bytes(self.data[i : i + 3], "big") >> (8 - (p & 7))) & 0xFFFF

    def bits(self, n: int) -> int:
        if n == 0:
            return 0
        p = self.pos
        i = p >> 3
        v = (int.from_bytes(self.data[i : i + 4], "big") >> (32 - (p & 7) - n)) & ((1 << n) - 1)
        self.pos = p + n
        return v

    def symbol(self, table: list[int]) -> int:
        entry = table[self.peek16()]
        if entry == 0:
            raise ImageError("invalid JPEG: bad Huffman code")
        self.pos += entry >> 8
        return entry & 0xFF

    def receive_extend(self, s: int) -> int:
        if s == 0:
            return 0
        v = self.bits(s)
        return v if v >= 1 << (s - 1) else v - (1 << s) + 1


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def _segments(scan: bytes) -> list[bytes]:
    """Split entropy-coded data at restart markers and remove byte stuffing."""
    return [part.replace(b"\xff\x00", b"\xff") for part in re.split(rb"\xff[\xd0-\xd7]", scan)]


class _Decoder:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.qt: dict[int, list[int]] = {}
        self.dc: dict[int, _Huffman] = {}
        self.ac: dict[int, _Huffman] = {}
        self.components: list[_Component] = []
        self.width = self.height = 0
        self.progressive = False
        self.restart = 0
        self.adobe_transform: int | None = None
        self.hmax = self.vmax = 1
        self.mcux = self.mcuy = 0
        self.eobrun = 0
        self.visits_left = 0  # blocks the scans may still decode (SCAN_WORK_FACTOR x the frame's blocks)

    # ------------------------------------------------------------------ markers
    def parse(self) -> None:
        data = self.data
        if data[:2] != b"\xff\xd8":
            raise ImageError("not a JPEG file")
        pos = 2
        n = len(data)
        ended = False
        while pos < n:
            if data[pos] != 0xFF:
                pos += 1
                continue
            if pos + 1 >= n:
                break
            marker = data[pos + 1]
            pos += 2
            if marker == 0xD9:
                ended = True
                break
            if marker in (0xFF, 0x01) or 0xD0 <= marker <= 0xD7:
                pos -= 1 if marker == 0xFF else 0
                continue
            if pos + 2 > n:
                break  # a truncated file (refused below: no end-of-image marker)
            length = struct.unpack(">H", data[pos : pos + 2])[0]
            if length < 2:
                raise ImageError("invalid JPEG: bad segment length")
            body = data[pos + 2 : pos + length]
            pos += length
            if marker == 0xDB:
                self._dqt(body)
            elif marker == 0xC4:
                self._dht(body)
            elif marker in (0xC0, 0xC1, 0xC2):
                self._sof(body, marker == 0xC2)
            elif 0xC3 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                raise ImageError("unsupported JPEG: lossless, hierarchical or arithmetic-coded")
            elif marker == 0xDD:
                self.restart = Reader(body, what="JPEG").u16be("restart interval")
            elif marker == 0xEE and body[:5] == b"Adobe" and len(body) >= 12:
                self.adobe_transform = body[11]
            elif marker == 0xDA:
                end = self._scan_end(pos)
                self._sos(body, data[pos:end])
                pos = end
        if not self.components:
            raise ImageError("invalid JPEG: no frame")
        if not ended:
            # jpeg-decoder reads markers up to the end-of-image one and fails at the end of the data
            # without it (a truncated download), so Next draws the image empty
            raise ImageError("truncated JPEG: no end-of-image marker")

    def _scan_end(self, pos: int) -> int:
        data = self.data
        while True:
            i = data.find(b"\xff", pos)
            if i < 0 or i + 1 >= len(data):
                return len(data)
            m = data[i + 1]
            if m == 0x00 or 0xD0 <= m <= 0xD7 or m == 0xFF:
                pos = i + 1 if m == 0xFF else i + 2
                continue
            return i

    def _dqt(self, body: bytes) -> None:
        reader = Reader(body, what="JPEG")
        while reader.remaining > 0:
            spec = reader.u8()
            pq, tq = spec >> 4, spec & 15
            if pq > 1 or tq > 3:
                raise ImageError("invalid JPEG: bad quantization table")
            if pq:
                vals = struct.unpack(">64H", reader.take(128, "quantization table"))
            else:
                vals = tuple(reader.take(64, "quantization table"))
            table = [0] * 64
            for k, v in enumerate(vals):
                table[ZIGZAG[k]] = v
            self.qt[tq] = table

    def _dht(self, body: bytes) -> None:
        p = 0
        while p + 17 <= len(body):
            tc, th = body[p] >> 4, body[p] & 15
            if tc > 1 or th > 3:
                raise ImageError("invalid JPEG: bad Huffman table")
            counts = body[p + 1 : p + 17]
            total = sum(counts)
            symbols = body[p + 17 : p + 17 + total]
            p += 17 + total
            (self.ac if tc else self.dc)[th] = _Huffman(counts, symbols)

    def _sof(self, body: bytes, progressive: bool) -> None:
        if self.components:
            raise ImageError("invalid JPEG: more than one frame header")
        reader = Reader(body, what="JPEG")
        precision, self.height, self.width, count = reader.unpack(_FRAME, "frame header")
        if precision != 8:
            raise ImageError(f"unsupported JPEG: {precision}-bit samples")
        check_size(self.width, self.height, what="JPEG")
        if count not in (1, 3, 4):
            raise ImageError(f"unsupported JPEG: {count} components")
        self.progressive = progressive
        for _ in range(count):
            ident, hv, tq = reader.take(3, "frame header")
            if not (1 <= hv >> 4 <= 4 and 1 <= hv & 15 <= 4):
                raise ImageError("invalid JPEG: bad sampling factors")
            self.components.append(_Component(ident, hv >> 4, hv & 15, tq))
        self.hmax = max(c.h for c in self.components)
        self.vmax = max(c.v for c in self.components)
        self.mcux = -(-self.width // (8 * self.hmax))
        self.mcuy = -(-self.height // (8 * self.vmax))
        blocks = sum(self.mcux * c.h * self.mcuy * c.v for c in self.components)
        self.visits_left = SCAN_WORK_FACTOR * blocks
        if blocks > MAX_JPEG_BLOCKS:
            raise ImageError(f"JPEG of {self.width}x{self.height} pixels has {blocks:,} blocks to decode, more "
                             f"than the limit of {MAX_JPEG_BLOCKS:,} (about 12 MP): scale it down")
        for c in self.components:
            c.bw = self.mcux * c.h
            c.bh = self.mcuy * c.v
            c.coeffs = [None] * (c.bw * c.bh)

    # ------------------------------------------------------------------ scans
    def _sos(self, body: bytes, scan: bytes) -> None:
        reader = Reader(body, what="JPEG")
        count = reader.u8("scan header")
        if not 1 <= count <= 4:
            raise ImageError("invalid JPEG: bad scan header")
        comps: list[_Component] = []
        by_id = {c.ident: c for c in self.components}
        for _ in range(count):
            cid, tables = reader.take(2, "scan header")
            comp = by_id.get(cid)
            if comp is None:
                raise ImageError("invalid JPEG: scan names an unknown component")
            comp.dc_table, comp.ac_table = tables >> 4, tables & 15
            comps.append(comp)
        ss, se, a = reader.take(3, "scan header")
        ah, al = a >> 4, a & 15
        if not self.progressive:
            ss, se, ah, al = 0, 63, 0, 0
        segments = _segments(scan)
        order = self._block_order(comps)
        per_mcu = 1 if len(comps) == 1 else sum(c.h * c.v for c in comps)
        # The order is a generator: a header that declares millions of blocks over a few bytes of scan
        # data stops when the data does, without listing the blocks first.
        interval = self.restart * per_mcu if self.restart else None
        for segment in segments:
            chunk = islice(order, interval)
            bits = _Bits(segment)
            for c in comps:
                c.pred = 0
            self.eobrun = 0
            done = 0
            try:
                for comp, index in chunk:
                    done += 1
                    if not done & 4095:
                        check_deadline()  # the render's timeout (pureog/limits.py)
                        charge_decode(4096 * JPEG_BLOCK_VISIT)  # the render's decoding work (images/budget.py)
                        if done > self.visits_left:
                            raise ImageError(f"invalid JPEG: its scans decode more than {SCAN_WORK_FACTOR} times "
                                             "its blocks (thousands of scans; spec/limits.md)")
                    block = comp.coeffs[index]
                    if block is None:
                        block = comp.coeffs[index] = [0] * 64
                    if not self.progressive:
                        self._baseline(bits, comp, block)
                    elif ss == 0:
                        self._dc_progressive(bits, comp, block, ah, al)
                    elif ah == 0:
                        self._ac_first(bits, comp, block, ss, se, al)
                    else:
                        self._ac_refine(bits, comp, block, ss, se, al)
                    if bits.pos > bits.end + 64:
                        break  # ran past the data: the rest stays zero, as lenient decoders do
            except (IndexError, KeyError, ValueError):
                raise ImageError("invalid JPEG: corrupt scan data") from None
            self.visits_left -= done
            charge_decode((done & 4095) * JPEG_BLOCK_VISIT)  # what the loop above did not charge
            if self.visits_left < 0:
                raise ImageError(f"invalid JPEG: its scans decode more than {SCAN_WORK_FACTOR} times its blocks "
                                 "(thousands of scans; spec/limits.md)")
            if interval is None or done == 0:
                break
            for _ in chunk:  # blocks of this interval the data did not reach: the next one starts after them
                pass

    def _block_order(self, comps: list[_Component]) -> Iterator[tuple[_Component, int]]:
        """Blocks in scan order: interleaved scans MCU by MCU, single-component scans block by block."""
        if len(comps) == 1:
            c = comps[0]
            # The component's own size in blocks: ceil(ceil(size * factor / max) / 8).
            cw = _ceil_div(_ceil_div(self.width * c.h, self.hmax), 8)
            ch = _ceil_div(_ceil_div(self.height * c.v, self.vmax), 8)
            for r in range(ch):
                for q in range(cw):
                    yield c, r * c.bw + q
            return
        for my in range(self.mcuy):
            for mx in range(self.mcux):
                for c in comps:
                    for v in range(c.v):
                        for h in range(c.h):
                            yield c, (my * c.v + v) * c.bw + mx * c.h + h

    def _baseline(self, bits: _Bits, comp: _Component, block: list[int]) -> None:
        """One block of a sequential scan, with the bit reader inlined (this is the decode's hottest loop).

        Each step reads 40 bits at the byte holding the position, enough for a code (up to 16 bits) and
        its value (up to 15 bits for AC, 16 for DC) whatever the bit offset, so one ``from_bytes`` covers
        a symbol and its extra bits; past the data it reads the zero padding as :class:`_Bits` does.
        A DC category over 16 (a corrupt table) takes the general reader, which refuses it the same way.
        """
        data = bits.data
        from_bytes = int.from_bytes
        pos = bits.pos
        i = pos >> 3
        avail = 40 - (pos & 7)
        w = from_bytes(data[i : i + 5], "big")
        entry = self.dc[comp.dc_table].table[(w >> (avail - 16)) & 0xFFFF]
        if entry == 0:
            raise ImageError("invalid JPEG: bad Huffman code")
        s = entry & 0xFF
        pos += entry >> 8
        if s > 16:
            bits.pos = pos
            comp.pred += bits.receive_extend(s)
            pos = bits.pos
        elif s:
            v = (w >> (avail - (entry >> 8) - s)) & ((1 << s) - 1)
            pos += s
            comp.pred += v if v >> (s - 1) else v - (1 << s) + 1
        block[0] = comp.pred
        table = self.ac[comp.ac_table].table
        zigzag = ZIGZAG
        k = 1
        while k < 64:
            i = pos >> 3
            avail = 40 - (pos & 7)
            w = from_bytes(data[i : i + 5], "big")
            entry = table[(w >> (avail - 16)) & 0xFFFF]
            if entry == 0:
                bits.pos = pos
                raise ImageError("invalid JPEG: bad Huffman code")
            length = entry >> 8
            pos += length
            s = entry & 15
            if s == 0:
                if entry & 0xF0 != 0xF0:
                    break
                k += 16
                continue
            k += (entry >> 4) & 15
            if k > 63:
                break
            v = (w >> (avail - length - s)) & ((1 << s) - 1)
            pos += s
            block[zigzag[k]] = v if v >> (s - 1) else v - (1 << s) + 1
            k += 1
        bits.pos = pos

    def _dc_progressive(self, bits: _Bits, comp: _Component, block: list[int], ah: int, al: int) -> None:
        if ah == 0:
            s = bits.symbol(self.dc[comp.dc_table].table)
            comp.pred += bits.receive_extend(s)
            block[0] = comp.pred << al
        elif bits.bits(1):
            block[0] |= 1 << al

    def _ac_first(self, bits: _Bits, comp: _Component, block: list[int], ss: int, se: int, al: int) -> None:
        """A progressive first AC pass over one block (the bit reader inlined as in :meth:`_baseline`)."""
        if self.eobrun > 0:
            self.eobrun -= 1
            return
        data = bits.data
        from_bytes = int.from_bytes
        pos = bits.pos
        table = self.ac[comp.ac_table].table
        zigzag = ZIGZAG
        k = ss
        while k <= se:
            i = pos >> 3
            avail = 40 - (pos & 7)
            w = from_bytes(data[i : i + 5], "big")
            entry = table[(w >> (avail - 16)) & 0xFFFF]
            if entry == 0:
                raise ImageError("invalid JPEG: bad Huffman code")
            length = entry >> 8
            pos += length
            r = (entry >> 4) & 15
            s = entry & 15
            if s == 0:
                if r < 15:
                    run = (w >> (avail - length - r)) & ((1 << r) - 1)  # r <= 14: within the 40 bits
                    pos += r
                    self.eobrun = (1 << r) - 1 + run
                    break
                k += 16
                continue
            k += r
            if k > 63:
                break
            v = (w >> (avail - length - s)) & ((1 << s) - 1)
            pos += s
            block[zigzag[k]] = (v if v >> (s - 1) else v - (1 << s) + 1) * (1 << al)
            k += 1
        bits.pos = pos

    def _ac_refine(self, bits: _Bits, comp: _Component, block: list[int], ss: int, se: int, al: int) -> None:
        """A progressive refinement AC pass over one block, the bit reader inlined: its one-bit reads
        index the byte directly (the segment's zero padding covers any block that starts in bounds)."""
        data = bits.data
        from_bytes = int.from_bytes
        pos = bits.pos
        zigzag = ZIGZAG
        p1 = 1 << al
        m1 = -1 << al
        k = ss
        if self.eobrun <= 0:
            table = self.ac[comp.ac_table].table
            while k <= se:
                i = pos >> 3
                avail = 40 - (pos & 7)
                w = from_bytes(data[i : i + 5], "big")
                entry = table[(w >> (avail - 16)) & 0xFFFF]
                if entry == 0:
                    raise ImageError("invalid JPEG: bad Huffman code")
                length = entry >> 8
                pos += length
                r = (entry >> 4) & 15
                value = 0
                if entry & 15 == 0:
                    if r < 15:
                        run = (w >> (avail - length - r)) & ((1 << r) - 1)
                        pos += r
                        self.eobrun = (1 << r) + run
                        break
                else:
                    value = p1 if (w >> (avail - length - 1)) & 1 else m1
                    pos += 1
                while k <= se:
                    z = zigzag[k]
                    c = block[z]
                    if c != 0:
                        if (data[pos >> 3] >> (7 - (pos & 7))) & 1 and (c & p1) == 0:
                            block[z] = c + (p1 if c >= 0 else m1)
                        pos += 1
                    else:
                        if r == 0:
                            if value:
                                block[z] = value
                            k += 1
                            break
                        r -= 1
                    k += 1
        if self.eobrun > 0:
            while k <= se:
                z = zigzag[k]
                c = block[z]
                if c != 0:
                    if (data[pos >> 3] >> (7 - (pos & 7))) & 1 and (c & p1) == 0:
                        block[z] = c + (p1 if c >= 0 else m1)
                    pos += 1
                k += 1
            self.eobrun -= 1
        bits.pos = pos

    # ------------------------------------------------------------------ pixels
    def plane(self, comp: _Component, reduction: int) -> tuple[bytearray, int, int]:
        """Reconstructed samples of one component (block-padded), at 1/``reduction`` scale."""
        q = self.qt.get(comp.tq)
        if q is None:
            raise ImageError("invalid JPEG: missing quantization table")
        bw, bh = comp.bw, comp.bh
        if reduction == 8:
            q0 = q[0]
            out = bytearray(b"\x80" * (bw * bh))  # blocks no scan wrote are flat mid-grey
            for i, block in enumerate(comp.coeffs):
                if block is not None:
                    out[i] = dc_sample(block[0] * q0)
            return out, bw, bh
        stride = bw * 8
        out = bytearray(stride * bh * 8)
        q0 = q[0]
        coeffs = comp.coeffs
        for by in range(bh):
            check_deadline()
            # A row of blocks, block after block (64 bytes each), then turned into 8 pixel rows: viewed as
            # 8-byte units, pixel row y is every eighth unit from the y-th (8 copies per row of blocks,
            # not 8 per block).
            pieces = []
            for block in coeffs[by * bw : by * bw + bw]:
                if block is None:
                    pieces.append(_FLAT_BLOCKS[128])  # blocks no scan wrote are flat mid-grey
                elif not any(block[1:]):
                    pieces.append(_FLAT_BLOCKS[dc_sample(block[0] * q0)])
                else:
                    pieces.append(idct_block(block, q))
            units = memoryview(b"".join(pieces)).cast("Q")
            base = by * 8 * stride
            for y in range(8):
                out[base + y * stride : base + y * stride + stride] = units[y::8].tobytes()
        return out, stride, bh * 8


# YCbCr -> RGB in jpeg-decoder's fixed point (stb_image's): 20 fractional bits, the f32 constants
# rounded once, the half added before the shift. Since Y is a whole multiple of 2^20 there, each channel
# is Y plus an offset that depends on the chroma only: a table per chroma (G's two terms are summed first).
_FIXED_HALF = 1 << 19
_CR_R = [(_FIXED_HALF + 1470104 * (i - 128)) >> 20 for i in range(256)]
_CB_B = [(_FIXED_HALF + 1858077 * (i - 128)) >> 20 for i in range(256)]
_CB_G = [_FIXED_HALF - 360857 * (i - 128) for i in range(256)]
_CR_G = [-748830 * (i - 128) for i in range(256)]
_RGB_CLAMP = bytes(min(255, max(0, i - 512)) for i in range(1536))


_LITTLE = sys.byteorder == "little"
_G_SPAN = 135
"""|(Cb term + Cr term) >> 20| is at most 135 (-134..135): G's chroma offset plus this is 0..270."""

# Per channel one lookup per pixel: R and B from a 64 KiB table keyed by (chroma << 8) | Y, G from a
# table keyed by ((chroma offset + _G_SPAN) << 8) | Y after a 64 KiB table gives the offset of (Cb, Cr).
_R_TABLE = bytes(_RGB_CLAMP[y + _CR_R[c] + 512] for c in range(256) for y in range(256))
_B_TABLE = bytes(_RGB_CLAMP[y + _CB_B[c] + 512] for c in range(256) for y in range(256))
_G_OFFSET = array("H", [((_CB_G[cb] + _CR_G[cr]) >> 20) + _G_SPAN for cr in range(256) for cb in range(256)])
_G_TABLE = bytes(_RGB_CLAMP[y + g - _G_SPAN + 512] for g in range(2 * _G_SPAN + 1) for y in range(256))


def _words(*planes: bytes) -> memoryview:
    """Per pixel the planes' bytes as one native unsigned word, the first plane the least significant."""
    size = 2 if len(planes) == 2 else 4
    buf = bytearray(size * len(planes[0]))
    for k, plane in enumerate(planes):
        buf[(k if _LITTLE else size - 1 - k) :: size] = plane
    return memoryview(buf).cast("H" if size == 2 else "I")


def _ycc_to_rgb(y: bytes, cb: bytes, cr: bytes) -> tuple[bytes, bytes, bytes]:
    r = bytes(map(_R_TABLE.__getitem__, _words(y, cr)))
    b = bytes(map(_B_TABLE.__getitem__, _words(y, cb)))
    g_offset = array("H", map(_G_OFFSET.__getitem__, _words(cb, cr))).tobytes()
    if _LITTLE:
        lo, hi = g_offset[0::2], g_offset[1::2]
    else:
        lo, hi = g_offset[1::2], g_offset[0::2]
    g = bytes(map(_G_TABLE.__getitem__, _words(y, lo, hi, bytes(len(y)))))
    return r, g, b


def decode_jpeg(data: bytes, reduction: int = 1) -> Image:
    """Decode a JPEG to opaque RGBA8; ``reduction`` 8 decodes at 1/8 scale (DC only), else full size."""
    dec = _Decoder(data)
    dec.parse()
    scale = 8 if reduction >= 8 else 1
    width = -(-dec.width // scale)
    height = -(-dec.height // scale)
    planes = []
    for comp in dec.components:
        plane, pw, ph = dec.plane(comp, scale)
        fx, fy = dec.hmax // comp.h, dec.vmax // comp.v
        # The component's true size: its last real sample is where jpeg-decoder's upsampling replicates.
        size = (min(pw, -(-width * comp.h // dec.hmax)), min(ph, -(-height * comp.v // dec.vmax)))
        rows = upsample(plane, pw, size, (fx, fy), (width, height))
        if scale == 8:
            rows = [r if len(r) >= width else r + r[-1:] * (width - len(r)) for r in rows]
        plane_bytes = b"".join(r[:width] for r in rows[:height])
        if len(plane_bytes) != width * height:  # sampling factors that do not divide: pad, not fail
            plane_bytes = plane_bytes[: width * height].ljust(width * height, b"\x80")
        planes.append(plane_bytes)
    count = width * height
    out = bytearray(count * 4)
    out[3::4] = b"\xff" * count
    if len(planes) == 1:
        out[0::4] = out[1::4] = out[2::4] = planes[0]
    elif len(planes) == 3:
        if dec.adobe_transform == 0:
            r, g, b = planes
        else:
            r, g, b = _ycc_to_rgb(*planes)
        out[0::4], out[1::4], out[2::4] = r, g, b
    elif len(planes) == 4:
        c, m, y, k = planes
        if dec.adobe_transform == 2:  # YCCK: YCC -> RGB gives the complement of the stored CMY
            invert = bytes(range(255, -1, -1))
            c, m, y = (p.translate(invert) for p in _ycc_to_rgb(c, m, y))
        # Adobe CMYK is stored inverted: R = C' * K' / 255.
        table = [bytes((a * kk + 127) // 255 for a in range(256)) for kk in range(256)]
        for i, channel in enumerate((c, m, y)):
            out[i::4] = bytes(table[kk][a] for a, kk in zip(channel, k, strict=False))
    else:
        raise ImageError(f"unsupported JPEG: {len(planes)} components")
    return Image(width, height, bytes(out))
