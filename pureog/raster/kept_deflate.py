"""Deflated pieces of PNG scanlines kept across renders by the bytes that decide them.

Role: for :mod:`pureog.raster.deflate`. A frame's scanlines are deflated in pieces (runs of repeated
rows with ``Z_RLE``, the rows between them cut at rows), each primed with the 32 KB before it and
ended with a sync flush, or the final block for the last one. A piece's deflated bytes and its
Adler-32 are therefore a function of its own bytes, the bytes it is primed with, the level, the
strategy and whether it is the last, and of nothing else: not of where it lies in the frame, nor of
the other pieces. Rows that are the same from one render to the next with the same 32 KB before them
(a template's background, footer and logo, the stat grid's rows of tiles under a new title, a card
drawn again) deflate to the same bytes, which this store hands back instead of deflating them again
(zlib at level 6: ~10 us a KB of card art, ~0.7 us a KB for the Adler-32).

The key is the piece's length, the level, the strategy, whether it is last, and a sample of the
piece's and of its primer's bytes (every 61st: ~1.5 us a 100 KB piece); a hit is checked by two
memcmps in place (the piece, the primer), so a piece is answered only by an equal piece. A piece is
kept the second time its key is met (the first time only the key is): a frame never met before, the
commonest case in a batch of new cards, costs the samples alone (~40 us a 1200x630 colour frame), not a
copy of its scanlines, whose fresh pages cost ~0.6 ms a frame, measured (bench/README.md, fifty-third
pass); a piece met again is then kept with a copy of its bytes and its primer's.
8 MB (``raster.kept_deflate``: two or three 1200x630 colour frames); a piece over a quarter of it is
not kept. Exact: an emptied store changes the time of a render, never its bytes
(tests/raster/test_kept_deflate.py). Must not import style, layout, text or document.
"""

from __future__ import annotations

from pureog import caches

Buffer = bytes | bytearray
Deflated = tuple[bytes, int]  # a piece's deflated bytes and the Adler-32 of its scanlines

_LARGEST = 0.25  # of the budget: larger pieces are not kept (a 1200x630 frame's plain pieces: up to ~0.3 MB)
_SAMPLE = 61  # every 61st byte of a piece and of its primer goes into the key
_SEEN = 200  # bytes charged for a key met once (its value the empty tuple)
_KEPT: caches.Budgeted[tuple[object, ...], tuple[bytes, bytes, bytes, int] | tuple[()]] = caches.budgeted(
    "raster.kept_deflate", 8 << 20, largest=_LARGEST)


Key = tuple[object, ...]


def key(raw: Buffer, start: int, end: int, primer: int, how: tuple[int, bool, bool]) -> Key:
    """The key of the deflate of ``raw[start:end]`` primed with ``raw[primer:start]`` (``how``: the
    level, whether it is a ``Z_RLE`` run, whether it is the last piece)."""
    return (how, end - start, start - primer, hash(bytes(raw[start:end:_SAMPLE])),
            hash(bytes(raw[primer:start:_SAMPLE])))


def find(raw: Buffer, start: int, primer: int, key: Key) -> Deflated | None:
    """The kept deflate of the piece of ``raw`` at ``start`` primed from ``primer`` whose :func:`key` is
    ``key``, or None."""
    found = _KEPT.get(key)
    if found and raw.startswith(found[0], primer) and raw.startswith(found[1], start):
        return found[2], found[3]
    return None


def keep(raw: Buffer, start: int, end: int, primer: int, key: Key, deflated: Deflated) -> None:
    """Keep ``deflated``, the deflate of ``raw[start:end]`` primed with ``raw[primer:start]`` (its
    :func:`key`: ``key``), with a copy of both; the first time its key is met, only the key."""
    if _KEPT.get(key) is None:
        _KEPT.keep(key, (), _SEEN)
        return
    data, adler = deflated
    size = end - primer + len(data)
    if size <= _KEPT.limit.value * _LARGEST:
        _KEPT.keep(key, (bytes(raw[primer:start]), bytes(raw[start:end]), data, adler), size)


__all__ = ["Deflated", "Key", "find", "keep", "key"]
