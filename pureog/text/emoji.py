"""Emoji as images: which graphemes Satori draws as pictures, and the SVG for each.

Input: a grapheme cluster and the :class:`~pureog.text.fonts.FontChain` of its text. Output: whether it
is drawn as an image (then it is ``font_size`` px wide, Satori's ``graphemeImages`` rule) and its SVG
bytes, from an :class:`EmojiImages` set.

How Next.js decides (Satori 0.29 ``text/index.ts``, ``language.ts``; ``@vercel/og`` ``emoji/index.ts``):

* Satori collects the graphemes no loaded font covers (``engine.has``: the first face whose cmap has
  the grapheme's first character must have all of its characters), asks ``loadAdditionalAsset`` for
  those whose language code is ``emoji`` (``emoji-regex-xs``: an ``Emoji`` character, a keycap or a
  flag pair), and Next fetches ``<code>.svg`` of the ``emoji`` set (Twemoji 14.0.2 by default),
  where ``<code>`` is ``getIconCode``: the code points in hex joined by ``-``, with ``U+FE0F`` removed
  unless the grapheme has a ZWJ (upper-case for the svgmoji sets). It does not check the response:
  a file the CDN lacks draws nothing, in a ``fontSize``-wide gap.
* Graphemes the caller mapped explicitly (``graphemeImages``) are images whatever the fonts cover.

pureog draws offline from packs of the same files (:mod:`pureog.text.emoji_sets`: Twemoji bundled,
the other sets as optional packages). Python's ``re`` has no ``\\p{Emoji}``, so the property comes
as a table generated from Next's Node (``tools/gen_emoji_property.py``). An emoji the set lacks is
still an image, a blank one, as Next's unchecked fetch makes it.

Must not import layout, paint or raster.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from pathlib import Path

from pureog import caches
from pureog.text._emoji_data import EMOJI_RUN_STARTS
from pureog.text.emoji_pack import EmojiPack, without_fe0f
from pureog.text.emoji_sets import TWEMOJI_PACK, bundled_twemoji, emoji_set_pack
from pureog.text.fonts import FontChain
from pureog.text.linebreak import graphemes

TwemojiPack = EmojiPack
"""The former name of :class:`EmojiPack` (kept for callers of the Twemoji-only API)."""
_ZWJ = "\u200d"
_VS16 = "\ufe0f"
_KEYCAP = "\u20e3"


def emoji_code(grapheme: str) -> str:
    """The Twemoji file name of a grapheme, as ``@vercel/og``'s ``getIconCode`` builds it."""
    text = grapheme if _ZWJ in grapheme else grapheme.replace(_VS16, "")
    return "-".join(f"{ord(c):x}" for c in text)


def is_emoji_code_point(cp: int) -> bool:
    """JavaScript's ``\\p{Emoji}`` as Next's Node answers it (Unicode 17; table from Node itself)."""
    return bisect_right(EMOJI_RUN_STARTS, cp) % 2 == 1


def looks_like_emoji(grapheme: str) -> bool:
    """Satori's ``emoji`` language code: ``emoji-regex-xs`` finds an emoji anywhere in the text, i.e. a
    ``\\p{Emoji}`` code point other than ``#``, ``*`` or a digit without a keycap after it."""
    for i, ch in enumerate(grapheme):
        if not is_emoji_code_point(ord(ch)):
            continue
        if ch in "#*0123456789":
            rest = grapheme[i + 1 : i + 3]
            if not (rest.startswith(_KEYCAP) or rest == _VS16 + _KEYCAP):
                continue
        return True
    return False


def font_has(chain: FontChain, grapheme: str) -> bool:
    """Satori's ``engine.has``: the first face with the first character must have every character."""
    if grapheme == "\n":
        return True
    if not grapheme:
        return False
    first = ord(grapheme[0])
    for face in chain.has_faces:
        if face.has_code_point(first):
            return all(face.has_code_point(ord(c)) for c in grapheme)
    return False


_DECISIONS_LIMIT = 8192


class EmojiImages:
    """The images a render may draw in place of graphemes.

    ``graphemes`` maps a grapheme (any text, usually one emoji) to SVG bytes: those graphemes are
    always images (Satori's ``graphemeImages``). Other graphemes that no font covers and that look
    like emoji are drawn from ``pack``: an :class:`EmojiPack`, an emoji set's name (``"twemoji"``,
    ``"noto"``, ...; ``"bundled"`` is Twemoji), or None (then they stay text, as .notdef boxes).

    An emoji is an image whether the pack has its picture or not, as in Next.js, which asks the CDN
    and draws nothing in the ``fontSize``-wide box when the file is not there (Twemoji 14.0.2 lacks
    the emoji of Unicode 15 and later: 🩷, 🫨, 🐦‍⬛).
    """

    __slots__ = ("graphemes", "pack", "_decisions")

    def __init__(self, graphemes: Mapping[str, bytes] | None = None, pack: EmojiPack | None | str = "bundled"):
        self.graphemes: dict[str, bytes] = dict(graphemes or {})
        if isinstance(pack, str):
            pack = bundled_twemoji() if pack == "bundled" else emoji_set_pack(pack)
        self.pack: EmojiPack | None = pack
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
                # Satori's image keys are single graphemes; a word holding an emoji ("a1️⃣b") is text.
                and len(graphemes(grapheme)) == 1
            )
            if len(self._decisions) >= _DECISIONS_LIMIT:  # keyed by words: a batch of cards meets new ones
                self._decisions.clear()
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
        super().__init__(TWEMOJI_PACK)
        self._files: dict[str, Path] = {}
        for path in sorted(Path(directory).glob("*.svg")):
            self._files[path.stem.lower()] = path
        self._fallback = fallback

    def _own(self, code: str) -> Path | None:
        return self._files.get(code) or self._files.get(without_fe0f(code))

    def has(self, code: str) -> bool:
        return self._own(code) is not None or (self._fallback and super().has(code))

    def svg(self, code: str) -> bytes | None:
        own = self._own(code)
        if own is not None:
            return own.read_bytes()
        return super().svg(code) if self._fallback else None


_SHARED: dict[str, EmojiImages] = {}


def emoji_images(name: str) -> EmojiImages:
    """The emoji set ``name`` with no explicit grapheme images (shared per set, decisions cached).

    Raises :class:`~pureog.errors.FontError` when the set's package is not installed."""
    images = _SHARED.get(name)
    if images is None:
        images = _SHARED[name] = EmojiImages(pack=name)
    return images


def default_emoji() -> EmojiImages:
    """The bundled Twemoji set with no explicit grapheme images (shared, decisions cached)."""
    return emoji_images("twemoji")


caches.register("text.emoji_images", _SHARED)
