"""Emoji packs: one file of SVGs indexed by code, read lazily one compressed block at a time.

Input: a pack file written by ``tools/gen_emoji_pack.py`` (its docstring has the layout). Output: the SVG
document for a code, the file name ``@vercel/og``'s ``getIconCode`` builds (``"1f600"``,
``"1f469-200d-1f4bb"``). Two kinds of pack:

* the bundled Twemoji pack holds SVG *bodies* under names without ``fe0f`` and matches leniently
  (a ZWJ name with ``fe0f`` finds the picture without it);
* the optional sets (``pureog-emoji-*`` packages) hold whole SVG files under the exact names of the
  files Next.js fetches, and match exactly: a code Next's request would not find is not found here.

Only the stdlib; ``json`` and ``lzma`` are imported on first use so that renders without emoji do not
pay for them. Must not import layout, paint or raster.
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pureog.errors import FontError

MAGIC = b"PUREOG-EMOJI\x01"


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
        self._cache: dict[int, bytes] = {}

    def _header(self) -> dict[str, Any]:
        if self._meta is None:
            try:
                with self._path.open("rb") as f:
                    head = f.read(len(MAGIC) + 4)
                    if head[: len(MAGIC)] != MAGIC:
                        raise FontError(f"{self._label} is damaged", path=str(self._path))
                    (length,) = struct.unpack("<I", head[len(MAGIC) :])
                    import json  # noqa: PLC0415  (only texts with emoji read a pack: keep cold starts lean)

                    meta: dict[str, Any] = json.loads(zlib.decompress(f.read(length)))
            except (OSError, zlib.error, ValueError) as exc:
                raise FontError(f"cannot read {self._label}: {exc}", path=str(self._path)) from exc
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
            # Twemoji's names carry no FE0F; Next's ZWJ names keep it (and 404 when Twemoji's file
            # has none): drawing the picture is the better answer.
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
            block, start, end = hit
            data = self._cache.get(block)
            if data is None:
                data = self._read_block(block)
                self._cache[block] = data
        meta = self._header()
        if meta.get("documents"):
            return data[start:end]
        return (
            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">' % (meta["width"], meta["height"])
            + data[start:end]
            + b"</svg>"
        )

    def _read_block(self, block: int) -> bytes:
        offset, size = self._header()["blocks"][block]
        import lzma  # noqa: PLC0415  (see _header)

        try:
            with self._path.open("rb") as f:
                f.seek(self._data_start + offset)
                return lzma.decompress(f.read(size))
        except (OSError, lzma.LZMAError) as exc:
            raise FontError(f"cannot read {self._label}: {exc}", path=str(self._path)) from exc

    def entries(self) -> Iterator[tuple[str, bytes]]:
        """``(code, SVG document)`` for every entry, in pack order (the oracle is served these as files)."""
        for code in self.codes():
            svg = self.svg(code)
            assert svg is not None
            yield code, svg
