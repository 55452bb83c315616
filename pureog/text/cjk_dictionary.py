"""Chinese and Japanese words by dictionary, as ICU's CJK break engine finds them.

Satori takes ``Intl.Segmenter`` words in two places: ``wordBreak: keep-all`` breaks lines only
between them, and every line's glyph positions are measured a word at a time. Node's ICU hands each
run of Han, Hiragana and Katakana characters (plus the prolonged sound marks U+30FC, U+FF70 and the
half-width voicing marks) to its CJK dictionary engine, which cuts the run where the cheapest
segmentation does: a dictionary word costs its listed cost, a character that begins no one-character
word costs 255, and a run of Katakana of up to 19 characters is also a candidate word costed by its
length (Japanese writes foreign words in Katakana, which no dictionary lists). Without it every
ideograph would be a word of its own, and ``今日`` would wrap in two in a box Next keeps it in one.

Input: a string and its rule-based word boundaries (:func:`refine_boundaries`). Output: the boundaries
with each run of two or more dictionary characters cut into its dictionary words, by offsets into
the string. Data: ``data/cjdict.bin``, ICU's ``cjdict`` word list and costs as Node 20 (ICU 78) carries
it, written by ``tools/gen_cjdict.py`` (its docstring has the file layout; the word lists' licences are
in ``data/CJDICT-LICENSE.txt``). The file is read the first time a run needs it, and then only the
compressed chunk that holds the words beginning with a given character (~1 ms each).

Only the stdlib. Must not import fontTools, layout, paint or raster.
"""

from __future__ import annotations

import re
import struct
import threading
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path

from pureog.errors import FontError

DATA = Path(__file__).parent / "data" / "cjdict.bin"
MAGIC = b"pureog-cjdict 1\n"

# Scripts.txt's Han, Hiragana and Katakana ranges with U+30FC, U+FF70, U+FF9E and U+FF9F: the set
# ICU's engine handles for Chinese and Japanese (its ``cjSet``). Other code points end a run.
_DICTIONARY_RANGES = (
    (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007),
    (0x3021, 0x3029), (0x3038, 0x303B), (0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA),
    (0x30FC, 0x30FF), (0x31F0, 0x31FF), (0x32D0, 0x32FE), (0x3300, 0x3357), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFF66, 0xFF9F), (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF1), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122),
    (0x1B132, 0x1B132), (0x1B150, 0x1B152), (0x1B155, 0x1B155), (0x1B164, 0x1B167), (0x1F200, 0x1F200),
    (0x20000, 0x2A6DF), (0x2A700, 0x2B739), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x323AF),
)

_FIRST_DICTIONARY_CHARACTER = chr(min(first for first, _ in _DICTIONARY_RANGES))


@lru_cache(maxsize=1)
def _run_pattern() -> re.Pattern[str]:
    """Runs of two or more dictionary characters (compiled on first use: not at import)."""
    ranges = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in _DICTIONARY_RANGES)
    return re.compile(f"[{ranges}]{{2,}}")


MAX_WORD = 20
"""ICU looks up words of at most 20 code points."""
UNKNOWN_COST = 255
"""The cost of a character that begins no one-character dictionary word."""
# ICU's costs of a Katakana run by its length (index), from the lengths of the dictionary's own
# Katakana words; runs longer than 8 cost 8192, and runs of 20 or more are no candidate.
_KATAKANA_COSTS = (8192, 984, 408, 240, 204, 252, 300, 372, 480)
_KATAKANA_GROUP = 20


def refine_boundaries(text: str, bounds: list[int]) -> list[int]:
    """``bounds`` (ascending word starts in ``text``) with every run of two or more dictionary
    characters cut at its dictionary words instead of the rules' boundaries inside it."""
    if not text or max(text) < _FIRST_DICTIONARY_CHARACTER:
        return bounds  # (Latin, Cyrillic, Arabic, ... text: no run, and the pattern is not even compiled)
    runs = [(m.start(), m.end()) for m in _run_pattern().finditer(text)]
    if not runs:
        return bounds
    out = set(bounds)
    for start, end in runs:
        out.difference_update(range(start + 1, end))
        out.update(start + cut for cut in word_cuts(text[start:end]))
    return sorted(out)


def word_cuts(run: str) -> list[int]:
    """Offsets inside ``run`` (a run of dictionary characters) where a word begins, 0 excluded."""
    normalized, origin = _nfkc(run)
    cuts = _cheapest_cuts(normalized)
    if origin is not None:
        cuts = [origin[cut] for cut in cuts]
    return sorted({cut for cut in cuts if 0 < cut < len(run)})


def _nfkc(run: str) -> tuple[str, list[int] | None]:
    """ICU matches the NFKC form (half-width Katakana as full-width, compatibility ideographs as
    unified ones); each normalized character maps back to the start of the source fragment it came
    from (a fragment: a character and the combining ones after it)."""
    if unicodedata.is_normalized("NFKC", run):
        return run, None
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(run):
        j = i + 1
        while j < len(run) and unicodedata.combining(unicodedata.normalize("NFKD", run[j])[0]):
            j += 1
        piece = unicodedata.normalize("NFKC", run[i:j])
        out.append(piece)
        origin.extend([i] * len(piece))
        i = j
    origin.append(len(run))
    return "".join(out), origin


def _is_katakana(c: str) -> bool:
    """ICU's test (on a UTF-16 unit): U+30A1-U+30FE but the middle dot, and half-width Katakana."""
    cp = ord(c)
    return (0x30A1 <= cp <= 0x30FE and cp != 0x30FB) or 0xFF66 <= cp <= 0xFF9F


def _cheapest_cuts(text: str) -> list[int]:
    """The word ends of the cheapest segmentation of ``text`` (dynamic programming over positions, as
    ICU's ``CjkBreakEngine::divideUpDictionaryRange``); ties keep the first path found."""
    n = len(text)
    unreached = 1 << 62
    best = [0] + [unreached] * n
    came_from = [-1] * (n + 1)
    words = _dictionary()
    previous_katakana = False
    for i in range(n):
        base = best[i]
        candidates = words.prefixes(text, i, min(n, i + MAX_WORD))
        if not candidates or candidates[0][0] != 1:
            candidates.append((1, UNKNOWN_COST))
        for length, cost in candidates:
            end = i + length
            if base + cost < best[end]:
                best[end] = base + cost
                came_from[end] = i
        katakana = _is_katakana(text[i])
        if katakana and not previous_katakana:
            end = i + 1
            while end < n and end - i < _KATAKANA_GROUP and _is_katakana(text[end]):
                end += 1
            length = end - i
            if length < _KATAKANA_GROUP:
                cost = base + (_KATAKANA_COSTS[length] if length < len(_KATAKANA_COSTS) else 8192)
                if cost < best[end]:
                    best[end] = cost
                    came_from[end] = i
        previous_katakana = katakana
    cuts = []
    position = n
    while position > 0:
        cuts.append(position)
        position = came_from[position]
    cuts.reverse()
    return cuts


class _Words:
    """The word list: for each first character, its words and costs, read from the chunk that holds
    them on first use (a bounded number of characters is kept)."""

    KEPT_CHARACTERS = 8192

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise FontError(f"{DATA.name}: not a pureog CJK dictionary")
        offset = len(MAGIC)
        (index_size,) = struct.unpack_from("<I", data, offset)
        offset += 4
        index = zlib.decompress(data[offset : offset + index_size])
        self._chunks_at = offset + index_size
        count, firsts_size, chunk_count = struct.unpack_from("<III", index, 0)
        at = 12
        firsts = index[at : at + firsts_size].decode("utf-8")
        at += firsts_size
        self._chunk_ends = struct.unpack_from(f"<{chunk_count}I", index, at)
        at += 4 * chunk_count
        self._places = struct.unpack_from(f"<{3 * count}I", index, at)  # (chunk, start, end) per first
        self._first_index = {c: k for k, c in enumerate(firsts)}
        self._data = data
        self._chunks: dict[int, bytes] = {}
        self._blocks: dict[str, tuple[dict[str, int], int]] = {}

    def prefixes(self, text: str, i: int, end: int) -> list[tuple[int, int]]:
        """(length, cost) of each dictionary word that ``text[i:end]`` begins with, shortest first."""
        block = self._blocks.get(text[i])
        if block is None:
            block = self._read_block(text[i])
        costs, longest = block
        found = []
        for stop in range(i + 1, min(end, i + longest) + 1):
            cost = costs.get(text[i:stop])
            if cost is not None:
                found.append((stop - i, cost))
        return found

    def _read_block(self, first: str) -> tuple[dict[str, int], int]:
        k = self._first_index.get(first)
        costs: dict[str, int] = {}
        if k is not None:
            chunk_number, start, end = self._places[3 * k : 3 * k + 3]
            for line in self._chunk(chunk_number)[start:end].decode("utf-8").splitlines():
                word, _, cost = line.partition("\t")
                costs[word] = int(cost)
        block = (costs, max(map(len, costs), default=0))
        if len(self._blocks) >= self.KEPT_CHARACTERS:
            self._blocks.clear()
        self._blocks[first] = block
        return block

    def _chunk(self, number: int) -> bytes:
        chunk = self._chunks.get(number)
        if chunk is None:
            start = self._chunks_at + (self._chunk_ends[number - 1] if number else 0)
            chunk = zlib.decompress(self._data[start : self._chunks_at + self._chunk_ends[number]])
            self._chunks[number] = chunk
        return chunk


_LOCK = threading.Lock()
_LOADED: list[_Words] = []


def _dictionary() -> _Words:
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                _LOADED.append(_Words(DATA.read_bytes()))
    return _LOADED[0]

