"""Brotli's bit reader and prefix codes (RFC 7932 sections 1.5, 3.4 and 3.5), for :mod:`pureog.text.brotli`.

Role: the bits of a Brotli stream -> integers, and prefix-code descriptions -> lookup tables that
decode a symbol in one or two list lookups. Damage (a truncated stream, an incomplete or
over-subscribed code, a symbol outside its alphabet, runs past the alphabet) raises :class:`Malformed`,
which the decoder turns into the caller's error. Only the stdlib; must not import fontTools, layout,
paint or raster.
"""

from __future__ import annotations

ROOT_BITS = 10
"""Bits a prefix-code table resolves in its first level; longer codes (up to 15 bits) take a second
lookup in a sub-table. 10 bits keeps nearly every literal of font data to one lookup while a table
still costs only 1,024 entries to build. (The decoder's hot loop writes it out as 10 and 1023.)"""
_ROOT_MASK = (1 << ROOT_BITS) - 1
_PAD = 8
"""Zero bytes appended to the input, so a 3-byte refill near the end never indexes past it. Bits read
from the padding are caught: see :class:`Bits`."""


class Malformed(Exception):
    """Damage found in the stream; :func:`pureog.text.brotli.decompress` words it as the caller's error."""


class Bits:
    """A little-endian bit cursor: ``val`` holds ``nbits`` unread bits, the bytes before ``pos`` are
    loaded. Loading into the zero padding is allowed; consuming a bit of it is not. A refill happens
    only when fewer than 32 bits are held, so a refill at ``pos >= size + 4`` proves that a bit past
    the end was already consumed: that is the truncation check, one compare per refill."""

    __slots__ = ("data", "size", "limit", "pos", "val", "nbits")

    def __init__(self, data: bytes) -> None:
        self.size = len(data)
        self.limit = self.size + 4
        self.data = data + bytes(_PAD)
        self.pos = 0
        self.val = 0
        self.nbits = 0

    def fill(self, count: int) -> None:
        """Hold at least ``count`` (<= 32) bits."""
        data, pos, val, nbits = self.data, self.pos, self.val, self.nbits
        while nbits < count:
            if pos >= self.limit:
                raise Malformed("the stream is truncated")
            val |= data[pos] << nbits
            pos += 1
            nbits += 8
        self.pos, self.val, self.nbits = pos, val, nbits

    def read(self, count: int) -> int:
        if self.nbits < count:
            self.fill(count)
        value = self.val & ((1 << count) - 1)
        self.val >>= count
        self.nbits -= count
        return value

    def symbol(self, table: list[int]) -> int:
        """One symbol of a prefix code (a table from :func:`prefix_code`)."""
        if self.nbits < 15:
            self.fill(15)
        entry = table[self.val & _ROOT_MASK]
        length = entry & 31
        if length > ROOT_BITS:
            entry = table[(entry >> 5) + ((self.val >> ROOT_BITS) & ((1 << (length - ROOT_BITS)) - 1))]
            length = entry & 31
        self.val >>= length
        self.nbits -= length
        return entry >> 5

    def align(self) -> None:
        """Skip to the next byte boundary; the skipped bits must be zero."""
        spare = self.nbits & 7
        if self.read(spare):
            raise Malformed("non-zero padding bits")

    def take(self, count: int) -> bytes:
        """``count`` whole bytes (after :meth:`align`)."""
        start = self.pos - (self.nbits >> 3)
        if start + count > self.size:
            raise Malformed("the stream is truncated")
        self.pos = start + count
        self.val = 0
        self.nbits = 0
        return self.data[start : start + count]

    def finish(self) -> None:
        """End of stream: the last byte's unused bits are zero, and the stream ends where the data
        does (the reference decoder refuses trailing bytes too)."""
        self.align()
        end = self.pos - (self.nbits >> 3)
        if end > self.size:
            raise Malformed("the stream is truncated")
        if end < self.size:
            raise Malformed(f"{self.size - end:,} bytes follow the end of the stream")


# --- prefix codes ---------------------------------------------------------------------------------

_REVERSED_BYTE = [int(f"{i:08b}"[::-1], 2) for i in range(256)]

# Section 3.5: the fixed code of the code-length code lengths, bits as written there (read right to
# left), turned into a table indexed by the next 4 bits: (symbol, bits used).
_LENGTH_CODE: list[tuple[int, int]] = [(0, 0)] * 16
for _symbol, _pattern in enumerate(("00", "0111", "011", "10", "01", "1111")):
    for _rest in range(16 >> len(_pattern)):
        _LENGTH_CODE[int(_pattern, 2) | (_rest << len(_pattern))] = (_symbol, len(_pattern))
_LENGTH_ORDER = (1, 2, 3, 4, 0, 5, 17, 6, 16, 7, 8, 9, 10, 11, 12, 13, 14, 15)


def _table(pairs: list[tuple[int, int]]) -> list[int]:
    """A lookup table for the canonical prefix code of (length, symbol) pairs, all lengths >= 1 and
    their Kraft sum exactly 1 (the callers check). Entry = symbol << 5 | code length, indexed by the
    next ``ROOT_BITS`` bits (first bit lowest); a longer code has, at its first ``ROOT_BITS`` bits, an
    entry ``offset << 5 | (ROOT_BITS + sub-table bits)`` pointing at a sub-table further along the list."""
    pairs.sort()
    size = 1 << ROOT_BITS
    table = [0] * size
    long_codes: list[tuple[int, int, int]] = []
    code = 0
    previous = pairs[0][0]
    for length, symbol in pairs:
        code <<= length - previous
        previous = length
        # Codes are sent most significant bit first, the table is indexed first bit lowest.
        reversed_code = ((_REVERSED_BYTE[code & 255] << 8) | _REVERSED_BYTE[code >> 8]) >> (16 - length)
        entry = symbol << 5 | length
        if length <= ROOT_BITS:
            table[reversed_code::1 << length] = [entry] * (size >> length)
        else:
            long_codes.append((reversed_code, length, entry))
        code += 1
    if long_codes:
        sub_bits: dict[int, int] = {}
        for reversed_code, length, _ in long_codes:
            low = reversed_code & _ROOT_MASK
            sub_bits[low] = max(sub_bits.get(low, 0), length - ROOT_BITS)
        offsets: dict[int, int] = {}
        for low, bits in sub_bits.items():
            offsets[low] = len(table)
            table[low] = len(table) << 5 | (ROOT_BITS + bits)
            table.extend([0] * (1 << bits))
        for reversed_code, length, entry in long_codes:
            low = reversed_code & _ROOT_MASK
            start = offsets[low]
            span = 1 << sub_bits[low]
            step = 1 << (length - ROOT_BITS)
            table[start + (reversed_code >> ROOT_BITS) : start + span : step] = [entry] * (span // step)
    return table


def _single(symbol: int) -> list[int]:
    """The table of a code with one symbol: it uses no bits."""
    return [symbol << 5] * (1 << ROOT_BITS)


def prefix_code(bits: Bits, size: int) -> list[int]:
    """Read one prefix code over an alphabet of ``size`` symbols (sections 3.4 and 3.5)."""
    skip = bits.read(2)
    if skip == 1:
        return _simple_code(bits, size)
    # Complex code: first the code lengths of the 18 code-length symbols, in their fixed order.
    lengths = [0] * 18
    space = 32
    used = 0
    for index in range(skip, 18):
        if bits.nbits < 4:
            bits.fill(4)
        code_length, width = _LENGTH_CODE[bits.val & 15]
        bits.val >>= width
        bits.nbits -= width
        lengths[_LENGTH_ORDER[index]] = code_length
        if code_length:
            space -= 32 >> code_length
            used += 1
            if space <= 0:
                break
    if used != 1 and space != 0:
        raise Malformed("a code-length code is not a complete prefix code")
    if used == 1:
        length_table = _single(next(s for s, n in enumerate(lengths) if n))
    else:
        length_table = _table([(n, s) for s, n in enumerate(lengths) if n])
    return _table(_code_lengths(bits, size, length_table))


def _code_lengths(bits: Bits, size: int, length_table: list[int]) -> list[tuple[int, int]]:
    """The symbols' code lengths (0..15 literally, 16 repeats the last non-zero length, 17 repeats
    zero; consecutive repeats of the same kind extend each other), as (length, symbol) pairs."""
    pairs: list[tuple[int, int]] = []
    symbol = 0
    previous = 8
    repeat = 0
    repeat_length = 0
    space = 32768
    while symbol < size and space > 0:
        code = bits.symbol(length_table)
        if code < 16:
            repeat = 0
            if code:
                pairs.append((code, symbol))
                previous = code
                space -= 32768 >> code
            symbol += 1
            continue
        extra = 2 if code == 16 else 3
        length = previous if code == 16 else 0
        if repeat_length != length:
            repeat = 0
            repeat_length = length
        before = repeat
        if repeat > 0:
            repeat = (repeat - 2) << extra
        repeat += bits.read(extra) + 3
        count = repeat - before
        if symbol + count > size:
            raise Malformed("code lengths run past the alphabet")
        if length:
            pairs.extend((length, s) for s in range(symbol, symbol + count))
            space -= count << (15 - length)
        symbol += count
    if space != 0:
        raise Malformed("code lengths do not make a complete prefix code")
    return pairs


def _simple_code(bits: Bits, size: int) -> list[int]:
    count = bits.read(2) + 1
    width = (size - 1).bit_length()
    symbols = [bits.read(width) for _ in range(count)]
    if max(symbols) >= size or len(set(symbols)) != count:
        raise Malformed("a simple prefix code has an invalid symbol")
    if count == 1:
        return _single(symbols[0])
    # The lengths in the order the symbols were listed (3.4); equal lengths go by symbol value.
    lengths: tuple[int, ...] = ((1, 1), (1, 2, 2), (2, 2, 2, 2))[count - 2]
    if count == 4 and bits.read(1):
        lengths = (1, 2, 3, 3)
    return _table([(n, s) for n, s in zip(lengths, symbols, strict=True)])
