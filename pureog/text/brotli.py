"""Brotli decompression (RFC 7932) in pure Python, with a hard bound on the output: WOFF2's codec.

Role: a Brotli stream -> the bytes it encodes, never more than ``max_output`` of them. Every meta-block
declares its length before its data, so a stream that would expand past the bound is refused at the
first header that crosses it, before that meta-block is decoded: a 100 MB bomb costs the bound, not
100 MB. A truncated or malformed stream (bad prefix codes, runs past the end of a table or a
meta-block, distances before the start of the data, invalid dictionary references, non-zero padding)
raises the caller's :class:`~pureog.errors.PureogError` subclass (``FontError`` by default), never an
``IndexError``. The native ``brotli`` package is not used (pureog requires nothing native).

The whole format is here: meta-blocks (compressed, uncompressed, metadata), simple and complex prefix
codes, block types and counts for literals, commands and distances, the four context modes and both
context maps (run lengths, move-to-front), distance codes with NPOSTFIX/NDIRECT and the ring of the
last four distances, the sliding window, and static-dictionary words with all 121 transforms
(:mod:`pureog.text.brotli_dictionary`). The output is kept whole (the caller wants all of it), so it is
its own ring buffer: the window only bounds how far back a copy may reach; a distance past that, or
past the start of the data, names a dictionary word, as the RFC says.

Bits and prefix codes are :mod:`pureog.text.brotli_codes`. Imports :mod:`pureog.errors`,
:mod:`pureog.limits` (the render deadline) and the two Brotli helper modules; must not import
fontTools, layout, paint or raster.
"""

from __future__ import annotations

from pureog.errors import FontError, PureogError
from pureog.limits import check_deadline
from pureog.text import brotli_dictionary
from pureog.text.brotli_codes import Bits, Malformed, prefix_code

_DEADLINE_STRIDE = 2048
"""Commands decoded between two checks of the render's deadline."""
_EMPTY_WORDS = 1024
"""Dictionary references that transform to nothing accepted per meta-block (see :meth:`_MetaBlock.run`)."""


class _TooLarge(Exception):
    """The stream declares more output than ``max_output``."""


class _TooMuchWork(Exception):
    """The stream's commands and literals cost more than its work account allows."""


COMMAND_WORK = 10
"""Units of decoding work a command costs where a literal costs 1 (see :func:`work_of`): measured at load
12, a literal ~150-210 ns (prefix-code lookup and append), a command 1.3-2 us (its codes, extra bits,
distance and copy): fonts' streams and streams of short copies fit ``10 * commands + literals`` within
25 %."""
STORED_BYTES_A_UNIT = 64
"""Bytes of an uncompressed meta-block (copied at C speed) that cost a unit of work."""
_NO_LIMIT = 1 << 62


def work_of(commands: int, literals: int, stored: int = 0) -> int:
    """The decoding work of ``commands`` insert-and-copy commands (each reading its prefix codes and
    extra bits, a distance and making its copy), ``literals`` literals (each a prefix-code lookup and
    an append) and ``stored`` bytes of uncompressed meta-blocks, in units of a literal."""
    return COMMAND_WORK * commands + literals + stored // STORED_BYTES_A_UNIT


def decompress(data: bytes, max_output: int, *, what: str = "Brotli data",
               error: type[PureogError] = FontError, work: list[int] | None = None) -> bytes:
    """The bytes a complete Brotli stream encodes. Output past ``max_output`` bytes, a truncated or
    malformed stream, or a missing static dictionary raise ``error`` naming ``what``. ``work``: an
    account ``[spent, limit]`` of decoding work (:func:`work_of`), added to as the stream decodes;
    past its limit ``error`` is raised (spec/limits.md)."""
    account = [0, _NO_LIMIT] if work is None else work
    try:
        return bytes(_decode(bytes(data), max_output, account))
    except _TooLarge:
        raise error(f"{what} expands to more than {max_output:,} bytes") from None
    except _TooMuchWork:
        raise error(f"{what} takes more than {account[1]:,} units of decoding work (each command "
                    f"{COMMAND_WORK}, each literal 1: spec/limits.md)") from None
    except Malformed as exc:
        raise error(f"invalid {what}: {exc}") from None
    except OSError as exc:
        raise error(f"cannot decode {what}: the Brotli dictionary cannot be read ({exc})") from None
    except (IndexError, KeyError, ValueError, OverflowError) as exc:  # pragma: no cover - a bug's net
        # Every index above is bounded by construction (symbols < alphabet sizes, complete prefix
        # codes); should one not be, damaged input must still end as the caller's error.
        raise error(f"invalid {what}: {type(exc).__name__}") from None


# --- tables of the format -------------------------------------------------------------------------

# Section 5: insert length codes and copy length codes: (base, extra bits).
_INSERT = ((0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 1), (8, 1), (10, 2), (14, 2), (18, 3), (26, 3),
           (34, 4), (50, 4), (66, 5), (98, 5), (130, 6), (194, 7), (322, 8), (578, 9), (1090, 10), (2114, 12),
           (6210, 14), (22594, 24))
_COPY = ((2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0), (8, 0), (9, 0), (10, 1), (12, 1), (14, 2), (18, 2),
         (22, 3), (30, 3), (38, 4), (54, 4), (70, 5), (102, 5), (134, 6), (198, 7), (326, 8), (582, 9),
         (1094, 10), (2118, 24))
# Section 6: block count codes.
_BLOCK_COUNT = ((1, 2), (5, 2), (9, 2), (13, 2), (17, 3), (25, 3), (33, 3), (41, 3), (49, 4), (65, 4), (81, 4),
                (97, 4), (113, 5), (145, 5), (177, 5), (209, 5), (241, 6), (305, 6), (369, 7), (497, 8),
                (753, 9), (1265, 10), (2289, 11), (4337, 12), (8433, 13), (16625, 24))
# Section 5: the 64-code cells of the insert-and-copy alphabet -> (first insert code, first copy code).
_CELLS = ((0, 0), (0, 8), (0, 0), (0, 8), (8, 0), (8, 8), (0, 16), (16, 0), (8, 16), (16, 8), (16, 16))


def _commands() -> list[tuple[int, int, int, int, bool]]:
    """Per insert-and-copy symbol: insert base, insert extra bits, copy base, copy extra bits, and
    whether the distance is the implicit "last distance" (symbols 0..127)."""
    out = []
    for symbol in range(704):
        insert_first, copy_first = _CELLS[symbol >> 6]
        insert = _INSERT[insert_first + ((symbol >> 3) & 7)]
        copy = _COPY[copy_first + (symbol & 7)]
        out.append((insert[0], insert[1], copy[0], copy[1], symbol < 128))
    return out


_COMMANDS = _commands()

# Section 7.1: context ID lookup tables (tests check their CRC-32s against the RFC's).
LUT0 = (
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 4, 0, 0] + [0] * 16
    + [8, 12, 16, 12, 12, 20, 12, 16, 24, 28, 12, 12, 32, 12, 36, 12]
    + [44] * 10 + [32, 32, 24, 40, 28, 12]
    + [12, 48, 52, 52, 52, 48, 52, 52, 52, 48, 52, 52, 52, 52, 52, 48]
    + [52, 52, 52, 52, 52, 48, 52, 52, 52, 52, 52, 24, 12, 28, 12, 12]
    + [12, 56, 60, 60, 60, 56, 60, 60, 60, 56, 60, 60, 60, 60, 60, 56]
    + [60, 60, 60, 60, 60, 56, 60, 60, 60, 60, 60, 24, 12, 28, 12, 0]
    + [0, 1] * 32 + [2, 3] * 32
)
LUT1 = (
    [0] * 32 + [0] + [1] * 15 + [2] * 10 + [1] * 6 + [1] + [2] * 15 + [2] * 11 + [1] * 5
    + [1] + [3] * 15 + [3] * 11 + [1] * 4 + [0] + [0] * 96 + [2] * 32
)
LUT2 = [0] + [1] * 15 + [2] * 48 + [3] * 64 + [4] * 64 + [5] * 48 + [6] * 15 + [7]
# Per context mode (LSB6, MSB6, UTF8, Signed): context ID = first[p1] | second[p2].
_ZERO = [0] * 256
_CONTEXT = (
    ([p & 63 for p in range(256)], _ZERO),
    ([p >> 2 for p in range(256)], _ZERO),
    (LUT0, LUT1),
    ([v << 3 for v in LUT2], LUT2),
)
# Section 4: the 16 short distance codes: (which of the last distances, delta).
_SHORT = ((0, 0), (1, 0), (2, 0), (3, 0), (0, -1), (0, 1), (0, -2), (0, 2), (0, -3), (0, 3),
          (1, -1), (1, 1), (1, -2), (1, 2), (1, -3), (1, 3))


# --- meta-blocks ----------------------------------------------------------------------------------


def _decode(data: bytes, max_output: int, work: list[int]) -> bytearray:
    bits = Bits(data)
    window = (1 << _window_bits(bits)) - 16
    out = bytearray()
    distances = [16, 15, 11, 4]  # the last four distances, most recent last (section 4)
    while True:
        check_deadline()
        last = bits.read(1)
        if last and bits.read(1):  # ISLASTEMPTY
            break
        nibbles = bits.read(2)
        if nibbles == 3:  # metadata: skipped
            if bits.read(1):
                raise Malformed("reserved bit set")
            skip_bytes = bits.read(2)
            skip = 0
            for i in range(skip_bytes):
                byte = bits.read(8)
                skip |= byte << (8 * i)
                if i == skip_bytes - 1 and i > 0 and byte == 0:
                    raise Malformed("metadata length has a zero last byte")
            bits.align()
            bits.take(skip + 1 if skip_bytes else 0)
            if last:
                break
            continue
        length = 0
        nibble = 0
        for i in range(nibbles + 4):
            nibble = bits.read(4)
            length |= nibble << (4 * i)
        if nibbles and nibble == 0:
            raise Malformed("meta-block length has a zero last nibble")
        length += 1
        if len(out) + length > max_output:
            raise _TooLarge
        if not last and bits.read(1):  # ISUNCOMPRESSED
            bits.align()
            out += bits.take(length)
            work[0] += work_of(0, 0, length)
            if work[0] > work[1]:
                raise _TooMuchWork
            continue
        _MetaBlock(bits).run(out, length, window, distances, work)
        if last:
            break
    bits.finish()
    return out


def _window_bits(bits: Bits) -> int:
    """WBITS (section 9.1): 16, 17..24, or 10..15; the pattern 0010001 is invalid."""
    if not bits.read(1):
        return 16
    high = bits.read(3)
    if high:
        return 17 + high
    low = bits.read(3)
    if low == 1:
        raise Malformed("invalid window size")
    return 8 + low if low else 17


def _count(bits: Bits) -> int:
    """NBLTYPES / NTREES (section 9.2): 1..256."""
    if not bits.read(1):
        return 1
    width = bits.read(3)
    return 2 if width == 0 else (1 << width) + bits.read(width) + 1


class _Category:
    """The block types and counts of one category (literals, commands or distances) in a meta-block."""

    __slots__ = ("types", "type_code", "count_code", "last", "previous", "count")

    def __init__(self, bits: Bits) -> None:
        self.types = _count(bits)
        self.last = 0
        self.previous = 1
        self.count = 1 << 24  # one type: never switches inside a meta-block (at most 2**24 bytes)
        self.type_code: list[int] = []
        self.count_code: list[int] = []
        if self.types >= 2:
            self.type_code = prefix_code(bits, self.types + 2)
            self.count_code = prefix_code(bits, 26)
            self.count = _block_count(bits, self.count_code)

    def switch(self, bits: Bits) -> int:
        """Read a block switch (section 6): the new block type; :attr:`count` is its length."""
        if self.types < 2:  # a lone type's count (2**24) outlasts any meta-block that is not damaged
            raise Malformed("a block count runs out with no other block type")
        code = bits.symbol(self.type_code)
        if code == 0:
            new = self.previous
        elif code == 1:
            new = (self.last + 1) % self.types
        else:
            new = code - 2
        self.previous, self.last = self.last, new
        self.count = _block_count(bits, self.count_code)
        return new


def _block_count(bits: Bits, table: list[int]) -> int:
    base, extra = _BLOCK_COUNT[bits.symbol(table)]
    return base + bits.read(extra)


def _context_map(bits: Bits, size: int, trees: int) -> list[int]:
    """A context map (section 7.3): run lengths of zeros, then an optional move-to-front inverse."""
    values = [0] * size
    if trees < 2:
        return values
    rle_max = bits.read(4) + 1 if bits.read(1) else 0
    table = prefix_code(bits, trees + rle_max)
    at = 0
    while at < size:
        code = bits.symbol(table)
        if code == 0:
            at += 1
        elif code <= rle_max:
            at += (1 << code) + bits.read(code)
            if at > size:
                raise Malformed("a context map run is too long")
        else:
            values[at] = code - rle_max
            at += 1
    if bits.read(1):
        order = list(range(256))
        for i, index in enumerate(values):
            value = order.pop(index)
            order.insert(0, value)
            values[i] = value
    return values


class _MetaBlock:
    """The header of one compressed meta-block (section 9.2) and the loop over its commands."""

    __slots__ = ("bits", "literal", "insert", "distance", "postfix", "modes", "literal_map", "distance_map",
                 "literal_trees", "command_trees", "distance_trees", "distance_bits", "distance_base")

    def __init__(self, bits: Bits) -> None:
        self.bits = bits
        self.literal = _Category(bits)
        self.insert = _Category(bits)
        self.distance = _Category(bits)
        self.postfix = bits.read(2)
        direct = bits.read(4) << self.postfix
        self.modes = [bits.read(2) for _ in range(self.literal.types)]
        literal_trees = _count(bits)
        self.literal_map = _context_map(bits, 64 * self.literal.types, literal_trees)
        distance_trees = _count(bits)
        self.distance_map = _context_map(bits, 4 * self.distance.types, distance_trees)
        self.literal_trees = [prefix_code(bits, 256) for _ in range(literal_trees)]
        self.command_trees = [prefix_code(bits, 704) for _ in range(self.insert.types)]
        alphabet = 16 + direct + (48 << self.postfix)
        self.distance_trees = [prefix_code(bits, alphabet) for _ in range(distance_trees)]
        # Section 4 folded into two lists: distance = base + (extra bits << NPOSTFIX).
        self.distance_bits = [0] * alphabet
        self.distance_base = [0] * alphabet
        for code in range(16, alphabet):
            if code < 16 + direct:
                self.distance_base[code] = code - 15
                continue
            rest = code - direct - 16
            extra = 1 + (rest >> (self.postfix + 1))
            offset = ((2 + ((rest >> self.postfix) & 1)) << extra) - 4
            self.distance_bits[code] = extra
            self.distance_base[code] = (offset << self.postfix) + (rest & ((1 << self.postfix) - 1)) + direct + 1

    def literal_context(self, block_type: int) -> tuple[list[list[int]], list[int] | None, list[int], list[int]]:
        """For a literal block type: its tree per context ID, the tree when all 64 are the same one
        (None otherwise), and the context mode's two lookups."""
        row = self.literal_map[64 * block_type : 64 * block_type + 64]
        first, second = _CONTEXT[self.modes[block_type]]
        trees = [self.literal_trees[i] for i in row]
        return trees, trees[0] if row.count(row[0]) == 64 else None, first, second

    def distance_context(self, block_type: int) -> list[list[int]]:
        return [self.distance_trees[i] for i in self.distance_map[4 * block_type : 4 * block_type + 4]]

    def run(self, out: bytearray, remaining: int, window: int, distances: list[int], work: list[int]) -> None:
        """Decode commands until the meta-block's ``remaining`` bytes are out, adding their cost to the
        ``work`` account (:func:`work_of`: checked with the deadline, every ``_DEADLINE_STRIDE`` commands).

        This is the hot loop, so it is written for CPython's speed, not for looks: the bit cursor
        lives in local variables (attribute access costs more than the work), prefix-code lookups and
        refills are written out inline rather than called, the literal loop runs without a
        block-switch test for as many literals as the current block has, and a block whose 64 contexts
        share one tree skips the context computation. Refills add two or three bytes, just what the
        next read needs, rather than a word: the bit buffer then mostly stays under 2**30, an int
        CPython adds and shifts on its fast path (4-byte refills made font data decode 2x slower).
        The rare steps (block switches, dictionary words) go through the methods and sync the cursor
        around the call. ``1023`` and ``10`` below are :data:`~pureog.text.brotli_codes.ROOT_BITS`'s
        mask and width, written out for the same reason.
        """
        bits = self.bits
        data, limit = bits.data, bits.limit
        pos, val, nbits = bits.pos, bits.val, bits.nbits
        commands = _COMMANDS
        literal, insert, distance = self.literal, self.insert, self.distance
        command_tree = self.command_trees[0]
        trees, single, first, second = self.literal_context(0)
        distance_trees = self.distance_context(0)
        dist_bits, dist_base, postfix = self.distance_bits, self.distance_base, self.postfix
        d4, d3, d2, d1 = distances
        size = len(out)
        p1 = out[size - 1] if size else 0
        p2 = out[size - 2] if size > 1 else 0
        append = out.append
        countdown = _DEADLINE_STRIDE
        empty_words = 0
        literals = 0  # literals decoded since the account was last charged
        while remaining > 0:
            countdown -= 1
            if not countdown:
                check_deadline()
                countdown = _DEADLINE_STRIDE
                work[0] += work_of(_DEADLINE_STRIDE, literals)
                literals = 0
                if work[0] > work[1]:
                    raise _TooMuchWork
            if insert.count == 0:
                bits.pos, bits.val, bits.nbits = pos, val, nbits
                command_tree = self.command_trees[insert.switch(bits)]
                pos, val, nbits = bits.pos, bits.val, bits.nbits
            insert.count -= 1
            if nbits < 15:
                if pos >= limit:
                    raise Malformed("the stream is truncated")
                val |= (data[pos] | data[pos + 1] << 8) << nbits
                pos += 2
                nbits += 16
            entry = command_tree[val & 1023]
            length = entry & 31
            if length > 10:
                entry = command_tree[(entry >> 5) + ((val >> 10) & ((1 << (length - 10)) - 1))]
                length = entry & 31
            val >>= length
            nbits -= length
            insert_base, insert_bits, copy_base, copy_bits, implicit = commands[entry >> 5]
            if nbits < insert_bits:
                if pos >= limit:
                    raise Malformed("the stream is truncated")
                val |= (data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16) << nbits
                pos += 3
                nbits += 24
            todo = insert_base + (val & ((1 << insert_bits) - 1))
            val >>= insert_bits
            nbits -= insert_bits
            if nbits < copy_bits:
                if pos >= limit:
                    raise Malformed("the stream is truncated")
                val |= (data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16) << nbits
                pos += 3
                nbits += 24
            copy = copy_base + (val & ((1 << copy_bits) - 1))
            val >>= copy_bits
            nbits -= copy_bits
            if todo:
                if todo > remaining:
                    raise Malformed("literals run past the end of the meta-block")
                remaining -= todo
                literals += todo
                while todo:
                    if literal.count == 0:
                        bits.pos, bits.val, bits.nbits = pos, val, nbits
                        trees, single, first, second = self.literal_context(literal.switch(bits))
                        pos, val, nbits = bits.pos, bits.val, bits.nbits
                    run = todo if todo < literal.count else literal.count
                    literal.count -= run
                    todo -= run
                    if single is not None:  # one tree for every context: no context to compute
                        tree = single
                        for _ in range(run):
                            if nbits < 15:
                                if pos >= limit:
                                    raise Malformed("the stream is truncated")
                                val |= (data[pos] | data[pos + 1] << 8) << nbits
                                pos += 2
                                nbits += 16
                            entry = tree[val & 1023]
                            length = entry & 31
                            if length > 10:
                                entry = tree[(entry >> 5) + ((val >> 10) & ((1 << (length - 10)) - 1))]
                                length = entry & 31
                            val >>= length
                            nbits -= length
                            append(entry >> 5)
                        size = len(out)
                        p1 = out[size - 1]
                        p2 = out[size - 2] if size > 1 else 0
                        continue
                    for _ in range(run):
                        if nbits < 15:
                            if pos >= limit:
                                raise Malformed("the stream is truncated")
                            val |= (data[pos] | data[pos + 1] << 8) << nbits
                            pos += 2
                            nbits += 16
                        tree = trees[first[p1] | second[p2]]
                        entry = tree[val & 1023]
                        length = entry & 31
                        if length > 10:
                            entry = tree[(entry >> 5) + ((val >> 10) & ((1 << (length - 10)) - 1))]
                            length = entry & 31
                        val >>= length
                        nbits -= length
                        p2 = p1
                        p1 = entry >> 5
                        append(p1)
                if remaining == 0:
                    break  # the meta-block ends inside this command: its copy length is ignored
            # The distance (section 4): implicit, short code, direct, or with extra bits.
            push = False
            if implicit:
                back = d1
            else:
                if distance.count == 0:
                    bits.pos, bits.val, bits.nbits = pos, val, nbits
                    distance_trees = self.distance_context(distance.switch(bits))
                    pos, val, nbits = bits.pos, bits.val, bits.nbits
                distance.count -= 1
                if nbits < 15:
                    if pos >= limit:
                        raise Malformed("the stream is truncated")
                    val |= (data[pos] | data[pos + 1] << 8) << nbits
                    pos += 2
                    nbits += 16
                tree = distance_trees[copy - 2 if copy < 5 else 3]
                entry = tree[val & 1023]
                length = entry & 31
                if length > 10:
                    entry = tree[(entry >> 5) + ((val >> 10) & ((1 << (length - 10)) - 1))]
                    length = entry & 31
                val >>= length
                nbits -= length
                code = entry >> 5
                if code >= 16:
                    extra = dist_bits[code]
                    if nbits < extra:
                        if pos >= limit:
                            raise Malformed("the stream is truncated")
                        val |= (data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16) << nbits
                        pos += 3
                        nbits += 24
                    back = dist_base[code] + ((val & ((1 << extra) - 1)) << postfix)
                    val >>= extra
                    nbits -= extra
                    push = True
                elif code:
                    which, delta = _SHORT[code]
                    back = (d1, d2, d3, d4)[which] + delta
                    if back <= 0:
                        raise Malformed("a distance is not positive")
                    push = True
                else:
                    back = d1  # code 0: the last distance, not pushed again
            size = len(out)
            reach = size if size < window else window
            if back > reach:  # past the data or the window: a static dictionary word (section 8)
                word = brotli_dictionary.word(copy, back - reach - 1)
                if word is None:
                    raise Malformed("invalid static dictionary reference")
                if len(word) > remaining:
                    raise Malformed("a dictionary word runs past the end of the meta-block")
                if not word:
                    # A transform can leave nothing of a short word. No encoder sends that (it costs
                    # bits and makes nothing), and commands that make nothing could spin for 2**24
                    # rounds of this loop on a few bytes of input: a handful is all we accept.
                    empty_words += 1
                    if empty_words > _EMPTY_WORDS:
                        raise Malformed("too many empty dictionary words")
                remaining -= len(word)
                out += word
            else:
                if copy > remaining:
                    raise Malformed("a copy runs past the end of the meta-block")
                remaining -= copy
                start = size - back
                if back >= copy:
                    out += out[start : start + copy]
                else:  # the copy overlaps its own output: the last `back` bytes repeat
                    out += (out[start:] * (copy // back + 1))[:copy]
                if push:
                    d4, d3, d2, d1 = d3, d2, d1, back
            size = len(out)
            if size:
                p1 = out[size - 1]
                p2 = out[size - 2] if size > 1 else 0
        bits.pos, bits.val, bits.nbits = pos, val, nbits
        distances[:] = [d4, d3, d2, d1]
        work[0] += work_of(_DEADLINE_STRIDE - countdown, literals)  # the commands since the last charge
        if work[0] > work[1]:
            raise _TooMuchWork
