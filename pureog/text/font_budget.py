"""What a document's fonts may cost: distinct faces, what their WOFF2 data decompresses to, the code
points their cmaps map, and the bytes of the tables shaping decompiles (spec/limits.md).

Role: :class:`FaceBudget` is fed each font source before its face is made (:meth:`FaceBudget.before`,
which also opens the document's WOFF2 decoding work account around the decode: :meth:`FaceBudget.decoding`)
and each distinct face after (:meth:`FaceBudget.add`); past a limit it raises a :class:`FontError`
naming the font's path. Reads only the sfnt and WOFF2 headers (a few bytes per table), never a table.
Must not import style, layout, paint or document.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from typing import Any

from pureog.errors import FontError
from pureog.limits import (
    MAX_DOCUMENT_FACES,
    MAX_FONT_LAYOUT_BYTES,
    MAX_MAPPED_CODE_POINTS,
    MAX_WOFF2_BYTES,
    MAX_WOFF2_WORK,
)

WOFF2_WORK: ContextVar[list[int] | None] = ContextVar("pureog_woff2_work", default=None)
"""The Brotli decoding work account ``[spent, limit]`` the WOFF2 fonts decoded in the block share
(:func:`work_account`); outside one, each font has :data:`~pureog.limits.MAX_WOFF2_WORK` of its own.
Here, not in :mod:`pureog.text.woff2`, so that a document without WOFF2 fonts never imports the decoder
(Brotli and its tables: ~12 ms of a one-shot start)."""


@contextmanager
def work_account(account: list[int]) -> Iterator[None]:
    """Within the block, the WOFF2 fonts decoded charge their Brotli work to ``account`` (a document's
    fonts together: :class:`FaceBudget`)."""
    token = WOFF2_WORK.set(account)
    try:
        yield
    finally:
        WOFF2_WORK.reset(token)

# Tables read whole in Python when a face maps or shapes text; outlines (glyf, CFF) are read per glyph.
_LAYOUT_TABLES = frozenset((b"GSUB", b"GPOS", b"GDEF", b"kern", b"morx", b"cmap", b"BASE", b"JSTF", b"MATH"))


def layout_bytes(data: bytes, number: int) -> int:
    """The bytes of ``_LAYOUT_TABLES`` in the sfnt ``data`` (face ``number`` of a collection, -1 for a
    single font), from its table directory; 0 where the directory is cut short."""
    start = 0
    if number >= 0:
        at = 12 + 4 * number
        start = int.from_bytes(data[at : at + 4], "big")
    count = int.from_bytes(data[start + 4 : start + 6], "big")
    total = 0
    for record in range(start + 12, min(len(data) - 15, start + 12 + 16 * count), 16):
        if data[record : record + 4] in _LAYOUT_TABLES:
            total += int.from_bytes(data[record + 12 : record + 16], "big")
    return total


class FaceBudget:
    """The fonts of one document, counted as their faces are made."""

    __slots__ = ("faces", "mapped", "layout", "woff2", "woff2_work")

    def __init__(self) -> None:
        self.faces: set[int] = set()
        self.mapped = 0
        self.layout = 0
        self.woff2 = 0
        self.woff2_work = [0, MAX_WOFF2_WORK]

    def decoding(self) -> AbstractContextManager[None]:
        """Within the block, the WOFF2 fonts decoded charge their Brotli work to this document's account."""
        return work_account(self.woff2_work)

    def before(self, data: bytes, path: str) -> None:
        """Count a WOFF2 font's decompressed size (its header's ``totalSfntSize``) before it is decoded."""
        if data[:4] == b"wOF2":
            self.woff2 += int.from_bytes(data[16:20], "big")
            if self.woff2 > MAX_WOFF2_BYTES:
                raise FontError(f"the document's WOFF2 fonts decompress to more than {MAX_WOFF2_BYTES:,} bytes "
                                "together (spec/limits.md)", path=path)

    def add(self, face: Any, path: str) -> None:
        """Count a face (each distinct face once)."""
        if id(face) in self.faces:
            return
        self.faces.add(id(face))
        if len(self.faces) > MAX_DOCUMENT_FACES:
            raise FontError(f"the document registers more than {MAX_DOCUMENT_FACES} distinct font faces "
                            "(spec/limits.md)", path=path)
        self.mapped += len(face._cmap)
        if self.mapped > MAX_MAPPED_CODE_POINTS:
            raise FontError(f"the fonts' cmaps map more than {MAX_MAPPED_CODE_POINTS:,} code points together "
                            "(each is held as a table entry; spec/limits.md)", path=path)
        self.layout += layout_bytes(face._data, face._number)
        if self.layout > MAX_FONT_LAYOUT_BYTES:
            raise FontError(f"the fonts' layout and cmap tables hold more than {MAX_FONT_LAYOUT_BYTES:,} bytes "
                            "together (each is decompiled whole in Python; spec/limits.md)", path=path)
