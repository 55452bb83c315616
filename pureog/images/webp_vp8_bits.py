"""The VP8 boolean entropy decoder and the DCT token reader, state for state as libwebp's.

:class:`BoolDecoder` decodes the arithmetic-coded bits of one VP8 partition (RFC 6386 section 7) in
libwebp's representation (``range - 1`` and a window of ``bits`` pending bits), including its shortcut
for sign bits, which always renormalizes by one bit (exact, since a sign always follows a regular bit,
which leaves the range below 255). Past the end of its bytes it reads zeros and sets
:attr:`BoolDecoder.eof`, which the caller checks (as libwebp does, per macroblock) and turns into an
:class:`ImageError`. Python ints never overflow, so on corrupt data that pushes libwebp's 64-bit window
out of range (a state no encoder produces) the two may part: libwebp returns garbage pixels where
pureog usually runs out of data and refuses the file.

:func:`read_block` decodes the tokens of one 4x4 block (section 13): the documented hot loop of lossy
decoding, with the bit decoding written out inline (a method call per bit would double its cost).
Imports :mod:`.webp_vp8_tables`.
"""

from __future__ import annotations

from pureog.images.webp_vp8_tables import CAT_PROBS, ZIGZAG

# Renormalization after a decision: the true range r (1..255) is doubled SHIFT[r] times into 128..255,
# and the state keeps NEW_RANGE[r] = (r << SHIFT[r]) - 1.
_SHIFT = bytes([0] + [8 - r.bit_length() for r in range(1, 256)])
_NEW_RANGE = bytes([0] + [(r << (8 - r.bit_length())) - 1 for r in range(1, 256)])

# A probability list for each of the 17 positions (16 + a sentinel), for each of 3 contexts.
Bands = list[list[list[int]]]


class BoolDecoder:
    """Boolean decoder over ``data[start:end]``."""

    __slots__ = ("data", "pos", "end", "value", "bits", "range", "eof")

    def __init__(self, data: bytes, start: int, end: int) -> None:
        self.data = data
        self.pos = start
        self.end = end
        self.value = 0
        self.bits = -8
        self.range = 254
        self.eof = False
        self.value, self.bits = self.refill(0, -8)

    def refill(self, value: int, bits: int) -> tuple[int, int]:
        """More bytes for an exhausted window (``bits < 0``): four at a time, then one at a time, then
        one byte of zeros that marks the end (later refills, on a frame already lost, add nothing)."""
        pos = self.pos
        if pos + 4 <= self.end:
            self.pos = pos + 4
            return (value << 32) | int.from_bytes(self.data[pos : pos + 4], "big"), bits + 32
        if pos < self.end:
            self.pos = pos + 1
            return (value << 8) | self.data[pos], bits + 8
        if not self.eof:
            self.eof = True
            return value << 8, bits + 8
        return value, 0

    def bit(self, prob: int) -> int:
        """One bit that is 0 with probability ``prob / 256``."""
        if self.bits < 0:
            self.value, self.bits = self.refill(self.value, self.bits)
        split = (self.range * prob) >> 8
        if (self.value >> self.bits) > split:
            r = self.range - split
            self.value -= (split + 1) << self.bits
            bit = 1
        else:
            r = split + 1
            bit = 0
        self.range = _NEW_RANGE[r]
        self.bits -= _SHIFT[r]
        return bit

    def literal(self, count: int) -> int:
        """An unsigned ``count``-bit number, most significant bit first (even probability)."""
        value = 0
        for _ in range(count):
            value = (value << 1) | self.bit(128)
        return value

    def signed(self, count: int) -> int:
        """A ``count``-bit magnitude followed by a sign bit."""
        value = self.literal(count)
        return -value if self.bit(128) else value

    def flag_value(self, count: int) -> int:
        """A signed value present only when a flag bit is set, else 0."""
        return self.signed(count) if self.bit(128) else 0

    def large_value(self, p: list[int]) -> int:
        """A token value of 2 or more (the DCT_CAT tree below the "one" node)."""
        if not self.bit(p[3]):
            return 2 if not self.bit(p[4]) else 3 + self.bit(p[5])
        return self.large_value_above_4(p)

    def large_value_above_4(self, p: list[int]) -> int:
        """The rest of :meth:`large_value` after its first bit said 5 or more."""
        if not self.bit(p[6]):
            if not self.bit(p[7]):
                return 5 + self.bit(159)
            return 7 + 2 * self.bit(165) + self.bit(145)
        category = 2 * self.bit(p[8])
        category += self.bit(p[9 + category // 2])
        value = 0
        for prob in CAT_PROBS[category]:
            value = 2 * value + self.bit(prob)
        return value + 3 + (8 << category)


def read_block(br: BoolDecoder, bands: Bands, ctx: int, dc_quant: int, ac_quant: int, n: int,
               out: list[int]) -> int:
    """Tokens of one 4x4 block from position ``n`` (0, or 1 after a Y2 block) in context ``ctx``;
    dequantized coefficients go to ``out`` (row-major, 16 zeros on entry). Returns libwebp's count: the
    position after the last token read, 16 when the block runs to the end."""
    value, bits, rng = br.value, br.bits, br.range
    shift_of, new_range = _SHIFT, _NEW_RANGE
    p = bands[n][ctx]
    while n < 16:
        # Bit 0: more tokens, or end of block.
        if bits < 0:
            value, bits = br.refill(value, bits)
        split = (rng * p[0]) >> 8
        if (value >> bits) <= split:
            r = split + 1
            br.value, br.bits, br.range = value, bits - shift_of[r], new_range[r]
            return n
        r = rng - split
        value -= (split + 1) << bits
        rng = new_range[r]
        bits -= shift_of[r]
        # Bit 1, repeated: zero tokens until a non-zero one.
        while True:
            if bits < 0:
                value, bits = br.refill(value, bits)
            split = (rng * p[1]) >> 8
            if (value >> bits) > split:
                r = rng - split
                value -= (split + 1) << bits
                rng = new_range[r]
                bits -= shift_of[r]
                break
            r = split + 1
            rng = new_range[r]
            bits -= shift_of[r]
            n += 1
            if n == 16:
                br.value, br.bits, br.range = value, bits, rng
                return 16
            p = bands[n][0]
        # Bit 2: a one, or a larger value.
        if bits < 0:
            value, bits = br.refill(value, bits)
        split = (rng * p[2]) >> 8
        if (value >> bits) > split:
            r = rng - split
            value -= (split + 1) << bits
            rng = new_range[r]
            bits -= shift_of[r]
            # Bit 3: 2..4 (written out, the common case), or 5 and up (the rest of the tree, by method).
            if bits < 0:
                value, bits = br.refill(value, bits)
            split = (rng * p[3]) >> 8
            if (value >> bits) > split:
                r = rng - split
                value -= (split + 1) << bits
                br.value, br.bits, br.range = value, bits - shift_of[r], new_range[r]
                v = br.large_value_above_4(p)
                value, bits, rng = br.value, br.bits, br.range
            else:
                r = split + 1
                rng = new_range[r]
                bits -= shift_of[r]
                if bits < 0:
                    value, bits = br.refill(value, bits)
                split = (rng * p[4]) >> 8
                if (value >> bits) > split:  # 3 or 4, by one more bit
                    r = rng - split
                    value -= (split + 1) << bits
                    rng = new_range[r]
                    bits -= shift_of[r]
                    if bits < 0:
                        value, bits = br.refill(value, bits)
                    split = (rng * p[5]) >> 8
                    if (value >> bits) > split:
                        r = rng - split
                        value -= (split + 1) << bits
                        v = 4
                    else:
                        r = split + 1
                        v = 3
                else:
                    r = split + 1
                    v = 2
                rng = new_range[r]
                bits -= shift_of[r]
            p = bands[n + 1][2]
        else:
            r = split + 1
            rng = new_range[r]
            bits -= shift_of[r]
            v = 1
            p = bands[n + 1][1]
        # The sign, with libwebp's shortcut (one bit of renormalization, always).
        if bits < 0:
            value, bits = br.refill(value, bits)
        split = rng >> 1
        if (value >> bits) > split:
            rng = (rng - 1) | 1
            value -= (split + 1) << bits
            v = -v
        else:
            rng |= 1
        bits -= 1
        # Stored as libwebp's int16 coefficients (wrapping, for hostile streams).
        v *= ac_quant if n else dc_quant
        out[ZIGZAG[n]] = ((v + 32768) & 0xFFFF) - 32768
        n += 1
    br.value, br.bits, br.range = value, bits, rng
    return 16
