"""Brotli's static dictionary and its 121 word transforms (RFC 7932 section 8, Appendices A and B).

Role: a static-dictionary reference of a Brotli stream (copy length 4..24 and a word id) -> the bytes it
stands for, or None when the reference is invalid. Used only by :mod:`pureog.text.brotli`.
Data: ``data/brotli-dictionary.bin.gz``, the 122,784-byte dictionary gzip-compressed (58 KB), read on
first use (only WOFF2 fonts need it); its licence (MIT, the Brotli authors) is ``data/BROTLI-LICENSE.txt``.
Only the stdlib: imports nothing from pureog, and no fontTools, layout, paint or raster.
"""

from __future__ import annotations

import zlib
from pathlib import Path

DICTIONARY_SIZE = 122_784
DICTIONARY_CRC32 = 0x5136CB04
"""Appendix A's length and CRC-32 of the dictionary: a damaged data file is refused, not decoded from."""

_PATH = Path(__file__).resolve().parent / "data" / "brotli-dictionary.bin.gz"

# NDBITS of section 8: log2 of the number of words of each length 0..24 (none shorter than 4).
NDBITS = (0, 0, 0, 0, 10, 10, 11, 11, 10, 10, 10, 10, 10, 9, 9, 8, 7, 7, 8, 7, 7, 6, 6, 5, 5)


def _offsets() -> tuple[int, ...]:
    """DOFFSET of section 8: where the words of each length start in the dictionary."""
    offsets = [0]
    for length in range(24):
        offsets.append(offsets[-1] + (length * (1 << NDBITS[length]) if length >= 4 else 0))
    return tuple(offsets)


_OFFSETS = _offsets()

# The elementary transforms, numbered as Appendix B numbers them for its check value: 0 Identity,
# 1 FermentFirst, 2 FermentAll, 3..11 OmitFirst1..9, 12..20 OmitLast1..9.
FERMENT_FIRST = 1
FERMENT_ALL = 2
_OMIT_FIRST = 2  # kind - 2 bytes dropped at the front (3..11)
_OMIT_LAST = 11  # kind - 11 bytes dropped at the end (12..20)

# (prefix, elementary transform, suffix) of each transform id, Appendix B in order; tests check the
# table against the appendix's length and CRC-32.
TRANSFORMS: tuple[tuple[bytes, int, bytes], ...] = (
    (b"", 0, b""), (b"", 0, b" "), (b" ", 0, b" "), (b"", 3, b""), (b"", 1, b" "), (b"", 0, b" the "),
    (b" ", 0, b""), (b"s ", 0, b" "), (b"", 0, b" of "), (b"", 1, b""), (b"", 0, b" and "), (b"", 4, b""),
    (b"", 12, b""), (b", ", 0, b" "), (b"", 0, b", "), (b" ", 1, b" "), (b"", 0, b" in "), (b"", 0, b" to "),
    (b"e ", 0, b" "), (b"", 0, b"\""), (b"", 0, b"."), (b"", 0, b"\">"), (b"", 0, b"\n"), (b"", 14, b""),
    (b"", 0, b"]"), (b"", 0, b" for "), (b"", 5, b""), (b"", 13, b""), (b"", 0, b" a "), (b"", 0, b" that "),
    (b" ", 1, b""), (b"", 0, b". "), (b".", 0, b""), (b" ", 0, b", "), (b"", 6, b""), (b"", 0, b" with "),
    (b"", 0, b"'"), (b"", 0, b" from "), (b"", 0, b" by "), (b"", 7, b""), (b"", 8, b""), (b" the ", 0, b""),
    (b"", 15, b""), (b"", 0, b". The "), (b"", 2, b""), (b"", 0, b" on "), (b"", 0, b" as "), (b"", 0, b" is "),
    (b"", 18, b""), (b"", 12, b"ing "), (b"", 0, b"\n\t"), (b"", 0, b":"), (b" ", 0, b". "), (b"", 0, b"ed "),
    (b"", 11, b""), (b"", 9, b""), (b"", 17, b""), (b"", 0, b"("), (b"", 1, b", "), (b"", 19, b""),
    (b"", 0, b" at "), (b"", 0, b"ly "), (b" the ", 0, b" of "), (b"", 16, b""), (b"", 20, b""), (b" ", 1, b", "),
    (b"", 1, b"\""), (b".", 0, b"("), (b"", 2, b" "), (b"", 1, b"\">"), (b"", 0, b"=\""), (b" ", 0, b"."),
    (b".com/", 0, b""), (b" the ", 0, b" of the "), (b"", 1, b"'"), (b"", 0, b". This "), (b"", 0, b","),
    (b".", 0, b" "), (b"", 1, b"("), (b"", 1, b"."), (b"", 0, b" not "), (b" ", 0, b"=\""), (b"", 0, b"er "),
    (b" ", 2, b" "), (b"", 0, b"al "), (b" ", 2, b""), (b"", 0, b"='"), (b"", 2, b"\""), (b"", 1, b". "),
    (b" ", 0, b"("), (b"", 0, b"ful "), (b" ", 1, b". "), (b"", 0, b"ive "), (b"", 0, b"less "), (b"", 2, b"'"),
    (b"", 0, b"est "), (b" ", 1, b"."), (b"", 2, b"\">"), (b" ", 0, b"='"), (b"", 1, b","), (b"", 0, b"ize "),
    (b"", 2, b"."), (b"\xc2\xa0", 0, b""), (b" ", 0, b","), (b"", 1, b"=\""), (b"", 2, b"=\""), (b"", 0, b"ous "),
    (b"", 2, b", "), (b"", 1, b"='"), (b" ", 1, b","), (b" ", 2, b"=\""), (b" ", 2, b", "), (b"", 2, b","),
    (b"", 2, b"("), (b"", 2, b". "), (b" ", 2, b"."), (b"", 2, b"='"), (b" ", 2, b". "), (b" ", 1, b"=\""),
    (b" ", 2, b"='"), (b" ", 1, b"='"),
)

_DATA: list[bytes] = []
"""The dictionary once read (a one-item list, so reading it needs no ``global``)."""


def dictionary() -> bytes:
    """The dictionary bytes, read and checked on first use. Two threads racing here both read the
    same file and store equal bytes, so no lock is needed. Raises ``OSError`` if the file is missing
    or damaged (an installation problem; the caller words the error)."""
    if not _DATA:
        try:
            data = zlib.decompress(_PATH.read_bytes(), wbits=31)  # 31: a gzip member, CRC checked
        except zlib.error as exc:
            raise OSError(f"{_PATH.name} is damaged: {exc}") from None
        if len(data) != DICTIONARY_SIZE or zlib.crc32(data) != DICTIONARY_CRC32:
            raise OSError(f"{_PATH.name} is not the RFC 7932 dictionary")
        _DATA.append(data)
    return _DATA[0]


def word(length: int, word_id: int) -> bytes | None:
    """The transformed dictionary word for a copy length and ``word_id`` (the distance past the
    largest backward distance, minus one); None when the length or the transform id is out of range."""
    if not 4 <= length <= 24 or word_id < 0:
        return None
    bits = NDBITS[length]
    transform = word_id >> bits
    if transform >= len(TRANSFORMS):
        return None
    start = _OFFSETS[length] + (word_id & ((1 << bits) - 1)) * length
    base = dictionary()[start : start + length]
    prefix, kind, suffix = TRANSFORMS[transform]
    if kind == FERMENT_FIRST or kind == FERMENT_ALL:
        base = _ferment(base, every=kind == FERMENT_ALL)
    elif kind > _OMIT_LAST:
        base = base[: max(0, length - (kind - _OMIT_LAST))]
    elif kind > _OMIT_FIRST:
        base = base[kind - _OMIT_FIRST :]
    return prefix + base + suffix


def _ferment(base: bytes, *, every: bool) -> bytes:
    """FermentFirst / FermentAll: upper-case ASCII letters, and flip the case bit of the UTF-8
    sequences the dictionary holds (two-byte: second byte ^ 32; three-byte: third byte ^ 5)."""
    word = bytearray(base)
    at = 0
    while at < len(word):
        lead = word[at]
        if lead < 192:
            if 97 <= lead <= 122:
                word[at] ^= 32
            step = 1
        elif lead < 224:
            if at + 1 < len(word):
                word[at + 1] ^= 32
            step = 2
        else:
            if at + 2 < len(word):
                word[at + 2] ^= 5
            step = 3
        if not every:
            break
        at += step
    return bytes(word)
