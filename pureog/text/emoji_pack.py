"""Emoji packs: one file of SVGs indexed by code, read lazily one compressed block at a time.

Input: a pack file written by ``tools/gen_emoji_pack.py`` (its docstring has the layout). Output: the SVG
document for a code, the file name ``@vercel/og``'s ``getIconCode`` builds (``"1f600"``,
``"1f469-200d-1f4bb"``). Two kinds of pack:

* the bundled Twemoji pack holds SVG *bodies* under codes without ``fe0f`` and matches leniently
  (a ZWJ name with ``fe0f`` finds the picture without it). Twemoji's own file names keep ``fe0f`` in
  ZWJ sequences (the fully-qualified form, ``1f3f3-fe0f-200d-1f308``), which is what Next requests for
  text written as emoji keyboards write it, so those draw in both; a ZWJ sequence written without its
  ``fe0f`` makes Next request a name the CDN lacks (a blank), and pureog still draws the picture
  (spec/differences.md);
* the optional sets (``pureog-emoji-*`` packages) hold whole SVG files under the exact names of the
  files Next.js fetches, and match exactly: a code Next's request would not find is not found here.

Only the stdlib; ``json`` and ``lzma`` are imported on first use so that renders without emoji do not
pay for them. Must not import layout, paint or raster.
"""

from __future__ import annotations

import struct
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pureog.binary import inflate
from pureog.errors import FontError

MAGIC = b"PUREOG-EMOJI\x01"
MAX_INDEX_BYTES = 16 * 1024 * 1024
MAX_BLOCK_BYTES = 16 * 1024 * 1024
"""Bounds on what a pack's index and one block may inflate to (a damaged pack is no memory bomb)."""


def without_fe0f(code: str) -> str:
    return "-".join(p for p in code.split("-") if p != "fe0f")


class EmojiPack:
    """The SVGs of one pack file, by code; blocks are decompressed on first use and kept."""

    def __init__(self, path: Path, *, label: str = "the bundled emoji pack") -> None:
        self._path = path
        self._label = label
        self._lock = threading.Lock()
        self._meta: dict[str, Any] | None = None
        self._data_start = 0
        self._cache: dict[int, tuple[bool, bytes]] = {}  # per block: whether whole, what was decoded

    def _header(self) -> dict[str, Any]:
        if self._meta is None:
            try:
                with self._path.open("rb") as f:
                    head = f.read(len(MAGIC) + 4)
                    if len(head) < len(MAGIC) + 4 or head[: len(MAGIC)] != MAGIC:
                        raise FontError(f"{self._label} is damaged", path=str(self._path))
                    (length,) = struct.unpack("<I", head[len(MAGIC) :])
                    if length > MAX_INDEX_BYTES:  # a lying length would make read() allocate it
                        raise FontError(f"{self._label} is damaged (index length)", path=str(self._path))
                    import json  # noqa: PLC0415  (only texts with emoji read a pack: keep cold starts lean)

                    raw = inflate(f.read(length), MAX_INDEX_BYTES, what=self._label, error=FontError)
                    meta: dict[str, Any] = json.loads(raw)
            except FontError as exc:
                raise FontError(exc.message, path=str(self._path)) from None
            except (OSError, ValueError, RecursionError) as exc:
                raise FontError(f"cannot read {self._label}: {exc}", path=str(self._path)) from exc
            if not (isinstance(meta, dict) and isinstance(meta.get("codes"), dict)
                    and isinstance(meta.get("blocks"), list)
                    and (meta.get("documents") or all(type(meta.get(k)) is int for k in ("width", "height")))):
                raise FontError(f"{self._label} is damaged (its index is malformed)", path=str(self._path))
            self._data_start = len(MAGIC) + 4 + length
            self._meta = meta
        return self._meta

    @property
    def path(self) -> Path:
        """The pack file."""
        return self._path

    @property
    def name(self) -> str:
        return str(self._header().get("name", ""))

    @property
    def version(self) -> str:
        return str(self._header().get("version", ""))

    @property
    def exact(self) -> bool:
        """Whether codes match the file names exactly, as Next.js's fetch does (the optional sets)."""
        return bool(self._header().get("exact", False))

    def _lookup(self, code: str) -> list[int] | None:
        index: dict[str, list[int]] = self._header()["codes"]
        hit = index.get(code)
        if hit is None and not self.exact and "fe0f" in code:
            # The pack's codes carry no FE0F; Next's ZWJ names keep it as written. Written fully
            # qualified, that is Twemoji's file name and Next draws it too; written otherwise, Next's
            # request 404s (a blank) and drawing the picture is the better answer.
            hit = index.get(without_fe0f(code))
        return hit

    def has(self, code: str) -> bool:
        return self._lookup(code) is not None

    def codes(self) -> list[str]:
        """Every code in the pack, in pack order."""
        return list(self._header()["codes"])

    def svg(self, code: str) -> bytes | None:
        """The SVG document for ``code``, or None when the pack has no such file."""
        with self._lock:
            hit = self._lookup(code)
            if hit is None:
                return None
            block, start, end = self._entry(hit)
            data = self._block_to(block, end)
        meta = self._header()
        if meta.get("documents"):
            return data[start:end]
        return (
            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">' % (meta["width"], meta["height"])
            + data[start:end]
            + b"</svg>"
        )

    def _entry(self, hit: object) -> tuple[int, int, int]:
        """An index entry ``[block, start, end]``, checked (a damaged index is a FontError)."""
        blocks = self._header()["blocks"]
        if (isinstance(hit, list) and len(hit) == 3 and all(type(v) is int for v in hit)
                and 0 <= hit[0] < len(blocks) and 0 <= hit[1] <= hit[2]):
            return hit[0], hit[1], hit[2]
        raise FontError(f"{self._label} is damaged (bad index entry)", path=str(self._path))

    def _block_to(self, block: int, end: int) -> bytes:
        """The first ``end`` bytes (at least) of a block. LZMA decodes in order, and a card's few emoji
        sit anywhere in their blocks of 128 (the emoji card's 26 emoji meet 16 blocks: 47 ms to inflate
        them whole, 24 ms up to the last entry each needs), so a block's first use decodes it only that
        far; a later entry past that decodes the block again, whole, and keeps it.

        No decoder outlives the call: the pack is written with a 64 MiB dictionary (preset 9), which an
        LZMA decoder reserves up front, so decoders kept per block reserved ~1 GB of address space over
        a few dozen blocks (a MemoryError under the fuzzing harness's 1 GB cap)."""
        if end > MAX_BLOCK_BYTES:
            raise FontError(f"{self._label} is damaged (bad index entry)", path=str(self._path))
        whole, data = self._cache.get(block, (False, b""))
        if len(data) >= end:
            return data
        if whole:
            raise FontError(f"{self._label} is damaged (a block is truncated)", path=str(self._path))
        decompressor, data = self._open_block(block)
        first = block not in self._cache
        import lzma  # noqa: PLC0415  (see _header)

        try:
            while (not first or len(data) < end) and not decompressor.eof:
                more = decompressor.decompress(b"", end - len(data) if first else -1)
                if not more and decompressor.needs_input:
                    break  # the input ended before the stream did
                data += more
        except lzma.LZMAError as exc:
            raise FontError(f"cannot read {self._label}: {exc}", path=str(self._path)) from exc
        self._cache[block] = (decompressor.eof or not first, data)
        if len(data) < end:
            raise FontError(f"{self._label} is damaged (a block is truncated)", path=str(self._path))
        return data

    def _open_block(self, block: int) -> tuple[Any, bytes]:
        """A decoder holding one block's compressed bytes, nothing decoded yet. The stream's own index
        (xz keeps each block's decompressed size at its end) must stay within :data:`MAX_BLOCK_BYTES`:
        a block is decoded only as far as its entries need, so a bomb would not show otherwise."""
        where = self._header()["blocks"][block]
        if not (isinstance(where, list) and len(where) == 2 and all(type(v) is int and v >= 0 for v in where)):
            raise FontError(f"{self._label} is damaged (bad block entry)", path=str(self._path))
        offset, size = where
        if size > MAX_BLOCK_BYTES:  # read() would allocate a lying size before anything is checked
            raise FontError(f"{self._label} is damaged (bad block entry)", path=str(self._path))
        import lzma  # noqa: PLC0415  (see _header)

        try:
            with self._path.open("rb") as f:
                f.seek(self._data_start + offset)
                raw = f.read(size)
            decoded_size = xz_decoded_size(raw)
            if decoded_size is None or decoded_size > MAX_BLOCK_BYTES:
                raise FontError(f"{self._label} is damaged (a block is truncated or too large)",
                                path=str(self._path))
            decompressor = lzma.LZMADecompressor(lzma.FORMAT_XZ)
            data = decompressor.decompress(raw, 0)  # (takes the input, decodes nothing yet)
        except (OSError, lzma.LZMAError) as exc:
            raise FontError(f"cannot read {self._label}: {exc}", path=str(self._path)) from exc
        return decompressor, data

    def entries(self) -> Iterator[tuple[str, bytes]]:
        """``(code, SVG document)`` for every entry, in pack order (the oracle is served these as files)."""
        for code in self.codes():
            svg = self.svg(code)
            assert svg is not None
            yield code, svg


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """An xz multibyte integer at ``at``: (value, the offset after it); ValueError past the end."""
    value = shift = 0
    while True:
        if at >= len(data) or shift > 56:
            raise ValueError("bad multibyte integer")
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at += 1
        if byte < 0x80:
            return value, at
        shift += 7


def xz_decoded_size(stream: bytes) -> int | None:
    """The decompressed size an xz stream's index declares (the sum of its blocks' uncompressed sizes),
    or None when the stream ends in no readable index (not xz, truncated). The xz file format: the
    stream footer (12 bytes, ending in ``YZ``) gives the index size; the index lists each block's
    unpadded and uncompressed sizes. The decoder checks the index against the blocks it decodes, so a
    stream decoded to its end cannot have lied here."""
    if len(stream) < 24 or stream[-2:] != b"YZ":
        return None
    index_size = (int.from_bytes(stream[-8:-4], "little") + 1) * 4
    start = len(stream) - 12 - index_size
    if start < 12 or stream[start] != 0:
        return None
    try:
        count, at = _varint(stream, start + 1)
        total = 0
        for _ in range(count):
            _, at = _varint(stream, at)
            size, at = _varint(stream, at)
            total += size
    except ValueError:
        return None
    return total
