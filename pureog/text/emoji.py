"""Emoji as images: which graphemes Satori draws as pictures, and the SVG for each (bundled Twemoji).

Input: a grapheme cluster and the :class:`~pureog.text.fonts.FontChain` of its text. Output: whether it
is drawn as an image (then it is ``font_size`` px wide, Satori's ``graphemeImages`` rule) and its SVG
bytes, from an :class:`EmojiImages` set.

How Next.js decides (Satori 0.29 ``text/index.ts``, ``language.ts``; ``@vercel/og`` ``emoji/index.ts``):

* Satori collects the graphemes no loaded font covers (``engine.has``: the first face whose cmap has
  the grapheme's first character must have all of its characters), asks ``loadAdditionalAsset`` for
  those whose language code is ``emoji`` (``emoji-regex-xs``: an ``Emoji`` character, a keycap or a
  flag pair), and Next fetches ``twemoji@14.0.2/assets/svg/<code>.svg``, where ``<code>`` is the
  code points in lower-case hex joined by ``-``, with ``U+FE0F`` removed unless the grapheme has a ZWJ.
* Graphemes the caller mapped explicitly (``graphemeImages``) are images whatever the fonts cover.

pureog draws offline: the Twemoji 14 graphics ship in ``data/twemoji.bin`` (CC-BY 4.0, see
``data/TWEMOJI-LICENSE.md``), read lazily one small compressed block at a time. Python's ``re`` has
no ``\\p{Emoji}``; we use Extended_Pictographic, regional indicators, skin-tone modifiers and keycaps,
and in the end a grapheme is an image only when the set has a picture for it, so a false positive
simply falls back to the font (Next would fetch a font for it and draw .notdef boxes offline).
The other ``emoji`` providers of Next.js (blobmoji, noto, openmoji, fluent) are not bundled: their
graphemes are drawn with Twemoji unless the caller passes its own images.

Must not import layout, paint or raster.
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Mapping
from pathlib import Path

from pureog.errors import FontError
from pureog.text.fonts import FontChain
from pureog.text.linebreak import is_extended_pictographic

_PACK = Path(__file__).resolve().parent / "data" / "twemoji.bin"
_MAGIC = b"PUREOG-EMOJI\x01"
_ZWJ = "\u200d"
_VS16 = "\ufe0f"
_KEYCAP = "\u20e3"


def emoji_code(grapheme: str) -> str:
    """The Twemoji file name of a grapheme, as ``@vercel/og``'s ``getIconCode`` builds it."""
    text = grapheme if _ZWJ in grapheme else grapheme.replace(_VS16, "")
    return "-".join(f"{ord(c):x}" for c in text)


def looks_like_emoji(grapheme: str) -> bool:
    """Satori's ``emoji`` language code, approximated without ``\\p{Emoji}`` (see the module doc)."""
    for i, ch in enumerate(grapheme):
        cp = ord(ch)
        if 0x1F1E6 <= cp <= 0x1F1FF or 0x1F3FB <= cp <= 0x1F3FF:  # regional indicators, skin tones
            return True
        if ch in "#*0123456789":
            rest = grapheme[i + 1 : i + 3]
            if rest.startswith(_KEYCAP) or rest == _VS16 + _KEYCAP:
                return True
            continue
        if cp >= 0xA9 and is_extended_pictographic(cp):
            return True
    return False


def font_has(chain: FontChain, grapheme: str) -> bool:
    """Satori's ``engine.has``: the first face with the first character must have every character."""
    if grapheme == "\n":
        return True
    if not grapheme:
        return False
    first = ord(grapheme[0])
    for face in chain.faces:
        if face.has_code_point(first):
            return all(face.has_code_point(ord(c)) for c in grapheme)
    return False


class TwemojiPack:
    """The bundled Twemoji 14 SVGs, indexed by code; blocks are decompressed on first use."""

    def __init__(self, path: Path = _PACK) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._index: dict[str, list[int]] | None = None
        self._blocks: list[list[int]] = []
        self._data_start = 0
        self._size = (36, 36)
        self._cache: dict[int, bytes] = {}

    def _load_index(self) -> dict[str, list[int]]:
        if self._index is None:
            try:
                with self._path.open("rb") as f:
                    head = f.read(len(_MAGIC) + 4)
                    if head[: len(_MAGIC)] != _MAGIC:
                        raise FontError("the bundled emoji pack is damaged", path=str(self._path))
                    (length,) = struct.unpack("<I", head[len(_MAGIC) :])
                    import json  # noqa: PLC0415  (only texts with emoji read the pack: keep cold starts lean)

                    meta = json.loads(zlib.decompress(f.read(length)))
            except OSError as exc:
                raise FontError(f"cannot read the bundled emoji pack: {exc}", path=str(self._path)) from exc
            self._data_start = len(_MAGIC) + 4 + length
            self._blocks = meta["blocks"]
            self._size = (int(meta["width"]), int(meta["height"]))
            self._index = meta["codes"]
        return self._index

    def has(self, code: str) -> bool:
        return self._lookup(code) is not None

    def _lookup(self, code: str) -> list[int] | None:
        index = self._load_index()
        hit = index.get(code)
        if hit is None and "fe0f" in code:
            # The pack's names carry no FE0F; Next's ZWJ names keep it (and 404 when Twemoji's file
            # has none): drawing the picture is the better answer.
            hit = index.get("-".join(p for p in code.split("-") if p != "fe0f"))
        return hit

    def svg(self, code: str) -> bytes | None:
        with self._lock:
            hit = self._lookup(code)
            if hit is None:
                return None
            block, start, end = hit
            data = self._cache.get(block)
            if data is None:
                offset, size = self._blocks[block]
                import lzma  # noqa: PLC0415  (see _load_index)

                with self._path.open("rb") as f:
                    f.seek(self._data_start + offset)
                    data = lzma.decompress(f.read(size))
                self._cache[block] = data
        width, height = self._size
        return (
            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">' % (width, height)
            + data[start:end]
            + b"</svg>"
        )


_BUNDLED: TwemojiPack | None = None


def bundled_twemoji() -> TwemojiPack:
    global _BUNDLED
    if _BUNDLED is None:
        _BUNDLED = TwemojiPack()
    return _BUNDLED


class EmojiImages:
    """The images a render may draw in place of graphemes.

    ``graphemes`` maps a grapheme (any text, usually one emoji) to SVG bytes: those graphemes are
    always images (Satori's ``graphemeImages``). Other graphemes that no font covers and that look
    like emoji are drawn from ``pack`` (the bundled Twemoji unless ``pack`` is None: then they stay
    text, as .notdef boxes).
    """

    __slots__ = ("graphemes", "pack", "_decisions")

    def __init__(self, graphemes: Mapping[str, bytes] | None = None, pack: TwemojiPack | None | str = "bundled"):
        self.graphemes: dict[str, bytes] = dict(graphemes or {})
        self.pack: TwemojiPack | None = bundled_twemoji() if isinstance(pack, str) else pack
        self._decisions: dict[tuple[int, str], bool] = {}

    def is_image(self, chain: FontChain, grapheme: str) -> bool:
        """Whether ``grapheme`` (one text piece Satori measures or draws) is drawn as an image."""
        if grapheme in self.graphemes:
            return True
        key = (chain.token, grapheme)
        hit = self._decisions.get(key)
        if hit is None:
            hit = (
                self.pack is not None
                and looks_like_emoji(grapheme)
                and not font_has(chain, grapheme)
                and self.pack.has(emoji_code(grapheme))
            )
            self._decisions[key] = hit
        return hit

    def svg(self, grapheme: str) -> bytes | None:
        own = self.graphemes.get(grapheme)
        if own is not None:
            return own
        return self.pack.svg(emoji_code(grapheme)) if self.pack is not None else None


class DirectoryPack(TwemojiPack):
    """SVGs named by Twemoji code in a directory (``1f600.svg``: what Next.js would fetch), with the
    bundled pack for codes the directory lacks (unless ``fallback`` is False)."""

    def __init__(self, directory: str | Path, *, fallback: bool = True) -> None:
        super().__init__()
        self._files: dict[str, Path] = {}
        for path in sorted(Path(directory).glob("*.svg")):
            self._files[path.stem.lower()] = path
        self._fallback = fallback

    def _own(self, code: str) -> Path | None:
        return self._files.get(code) or self._files.get("-".join(p for p in code.split("-") if p != "fe0f"))

    def has(self, code: str) -> bool:
        return self._own(code) is not None or (self._fallback and super().has(code))

    def svg(self, code: str) -> bytes | None:
        own = self._own(code)
        if own is not None:
            return own.read_bytes()
        return super().svg(code) if self._fallback else None


_DEFAULT: EmojiImages | None = None


def default_emoji() -> EmojiImages:
    """The bundled Twemoji set with no explicit grapheme images (shared, decisions cached)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = EmojiImages()
    return _DEFAULT
