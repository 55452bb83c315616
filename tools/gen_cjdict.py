"""Generate ``pureog/text/data/cjdict.bin``: ICU's Chinese/Japanese word list with its costs.

Input: the ICU data Node carries (``node`` built with full ICU has its common data file, ``icudt78l``,
inside the executable; an ``icudt*.dat`` file works as well). The item ``brkitr/cjdict.dict`` is a
``UCharsTrie`` (ICU's compact trie of UTF-16 strings) whose value per word is its cost; this tool walks
the trie (the node layout of ICU's ``ucharstrie.h``) and lists every word. Output: the file
:mod:`pureog.text.cjk_dictionary` reads, laid out as

* ``b"pureog-cjdict 1\\n"``, a little-endian uint32 ``n``, then ``n`` bytes: the zlib-compressed index;
* then the chunks, each zlib-compressed on its own: lines ``word\\tcost\\n`` in UTF-8, grouped by first
  character (a group never spans two chunks), ~64 KB of lines a chunk.

The index (uncompressed): uint32 count of first characters, uint32 byte size of their UTF-8 string,
uint32 count of chunks; the first characters' string; each chunk's end offset among the compressed
chunks (uint32); and per first character (in the string's order) uint32 chunk number, start and end of
its lines inside the decompressed chunk.

The result must match what Node's ``Intl.Segmenter`` does (tests/text/test_cjk_dictionary.py checks
recorded segmentations). Run: ``python tools/gen_cjdict.py [NODE_OR_DAT]`` (default: ``node`` on PATH).
Licences of the word lists: ``pureog/text/data/CJDICT-LICENSE.txt`` (from ICU's LICENSE file).
"""

from __future__ import annotations

import shutil
import struct
import sys
import zlib
from array import array
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "pureog" / "text" / "data" / "cjdict.bin"
MAGIC = b"pureog-cjdict 1\n"
CHUNK_BYTES = 64 * 1024


def find_item(blob: bytes, name: str) -> bytes:
    """The bytes of the item whose name ends with ``name`` in ICU common data found in ``blob``."""
    at = blob.find(b"CmnD")
    while at != -1:
        header = at - 12  # headerSize (2), magic 0xda27 (2), UDataInfo up to dataFormat (8)
        if blob[header + 2 : header + 4] == b"\xda\x27":
            (header_size,) = struct.unpack_from("<H", blob, header)
            toc = header + header_size
            (count,) = struct.unpack_from("<I", blob, toc)
            entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * k) for k in range(count)]
            for k, (name_offset, data_offset) in enumerate(entries):
                end = blob.index(b"\0", toc + name_offset)
                if blob[toc + name_offset : end].decode("ascii").endswith(name):
                    stop = entries[k + 1][1] if k + 1 < count else len(blob) - toc
                    return blob[toc + data_offset : toc + stop]
        at = blob.find(b"CmnD", at + 1)
    raise SystemExit(f"no ICU common data with {name} found")


def trie_units(item: bytes) -> array:
    """The UTF-16 units of a dictionary item's trie (after its data header and eight indexes)."""
    (header_size,) = struct.unpack_from("<H", item, 0)
    indexes = struct.unpack_from("<8i", item, header_size)
    trie_offset, total_size, trie_type, transform = indexes[0], indexes[3], indexes[4], indexes[5]
    if trie_type & 7 != 1 or transform != 0:  # TRIE_TYPE_UCHARS, no transform
        raise SystemExit(f"unexpected dictionary trie type {trie_type} / transform {transform}")
    units = array("H")
    units.frombytes(item[header_size + trie_offset : header_size + total_size])
    if sys.byteorder != "little":
        units.byteswap()
    return units


def _value(u: array, pos: int, lead: int) -> tuple[int, int]:
    """A compact value whose lead unit (bit 15 cleared) is ``lead``: (value, position after it)."""
    if lead < 0x4000:
        return lead, pos
    if lead < 0x7FFF:
        return (lead - 0x4000) << 16 | u[pos], pos + 1
    return u[pos] << 16 | u[pos + 1], pos + 2


def _node_value(u: array, pos: int, lead: int) -> tuple[int, int]:
    """The intermediate value sharing ``lead`` with a branch or linear-match node."""
    if lead < 0x4040:
        return (lead >> 6) - 1, pos
    if lead < 0x7FC0:
        return ((lead & 0x7FC0) - 0x4040) << 10 | u[pos], pos + 1
    return u[pos] << 16 | u[pos + 1], pos + 2


def _jump(u: array, pos: int) -> tuple[int, int]:
    """A branch's delta: (target, position after the delta)."""
    delta = u[pos]
    pos += 1
    if delta >= 0xFC00:
        if delta == 0xFFFF:
            delta = u[pos] << 16 | u[pos + 1]
            pos += 2
        else:
            delta = (delta - 0xFC00) << 16 | u[pos]
            pos += 1
    return pos + delta, pos


def walk(u: array) -> list[tuple[str, int]]:
    """Every (word, value) of the trie, depth first, with an explicit stack (words reach 16 units)."""
    found: list[tuple[list[int], int]] = []
    stack: list[tuple[str, int, list[int], int]] = [("node", 0, [], 0)]
    while stack:
        kind, pos, prefix, length = stack.pop()
        if kind == "branch":
            while length > 5:  # a binary split: below the unit by the delta, the rest after it
                target, after = _jump(u, pos + 1)
                stack.append(("branch", target, prefix, length >> 1))
                length -= length >> 1
                pos = after
            for _ in range(length - 1):
                unit, lead = u[pos], u[pos + 1]
                value, pos = _value(u, pos + 2, lead & 0x7FFF)
                if lead & 0x8000:
                    found.append((prefix + [unit], value))
                else:
                    stack.append(("node", pos + value, prefix + [unit], 0))
            stack.append(("node", pos + 1, prefix + [u[pos]], 0))
            continue
        while True:
            lead = u[pos]
            pos += 1
            if lead >= 0x40:
                if lead & 0x8000:
                    value, _ = _value(u, pos, lead & 0x7FFF)
                    found.append((prefix, value))
                    break
                value, pos = _node_value(u, pos, lead)
                found.append((prefix, value))
                lead &= 0x3F
            if lead < 0x30:
                if lead == 0:
                    lead = u[pos]
                    pos += 1
                stack.append(("branch", pos, prefix, lead + 1))
                break
            count = lead - 0x30 + 1
            prefix = prefix + list(u[pos : pos + count])
            pos += count
    return [(array("H", units).tobytes().decode("utf-16-le"), value) for units, value in found]


def pack(words: list[tuple[str, int]]) -> bytes:
    """The file: see the module docstring."""
    words = sorted(words)
    lines: dict[str, list[str]] = {}
    for word, cost in words:
        lines.setdefault(word[0], []).append(f"{word}\t{cost}\n")
    groups = {first: "".join(group).encode("utf-8") for first, group in lines.items()}
    firsts = sorted(groups)
    chunks: list[bytes] = []
    places: list[int] = []
    current = b""
    for first in firsts:
        if len(current) >= CHUNK_BYTES:
            chunks.append(current)
            current = b""
        places += [len(chunks), len(current), len(current) + len(groups[first])]
        current += groups[first]
    chunks.append(current)
    compressed = [zlib.compress(chunk, 9) for chunk in chunks]
    ends = []
    total = 0
    for chunk in compressed:
        total += len(chunk)
        ends.append(total)
    first_bytes = "".join(firsts).encode("utf-8")
    index = (struct.pack("<III", len(firsts), len(first_bytes), len(chunks)) + first_bytes
             + struct.pack(f"<{len(ends)}I", *ends) + struct.pack(f"<{len(places)}I", *places))
    packed_index = zlib.compress(index, 9)
    return MAGIC + struct.pack("<I", len(packed_index)) + packed_index + b"".join(compressed)


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else Path(shutil.which("node") or "node")
    words = walk(trie_units(find_item(source.read_bytes(), "brkitr/cjdict.dict")))
    data = pack(words)
    OUT.write_bytes(data)
    print(f"{len(words)} words from {source} -> {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
