"""Script itemization: which script each character belongs to, and the script runs of a string.

Input: a string. Output: an ISO 15924 code per character (:func:`script_of`), and maximal runs of one
script (:func:`script_runs`) in which Common characters (spaces, punctuation, digits, symbols) and
Inherited ones (combining marks, ZWJ / ZWNJ, variation selectors) join the run around them, as
HarfBuzz's and the browsers' itemizers do: a Common or Inherited character takes the script of the
run it follows; leading ones take the script of the first real character after them.

The table is the Unicode Scripts.txt blocks of the scripts pureog tells apart (not every script: an
unlisted letter reads as ``Zzzz``, shaped with the font's default script); the Universal Shaping
Engine's scripts are listed so their runs reach that shaper (Grantha is not: its marks, which Tamil
shares, must stay Inherited). Within a listed block,
punctuation, symbols and separators read as Common, as most of them are in Scripts.txt.

:data:`COMPLEX_SCRIPTS` are the scripts Next.js (opentype.js without GSUB / GPOS for them) draws
wrongly and pureog shapes fully (:mod:`pureog.text.ot`); :func:`has_complex` finds them fast.

Imports the standard library (and, for bracket pairs, :mod:`pureog.text.bidi`'s table).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from pureog import caches

COMMON = "Zyyy"
INHERITED = "Zinh"
UNKNOWN = "Zzzz"

COMPLEX_SCRIPTS = frozenset((
    "Arab", "Syrc", "Hebr", "Thaa", "Nkoo", "Samr", "Mand",  # right to left (Hebrew: its marks)
    "Thai", "Laoo", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Khmr", "Mymr",
    # the Universal Shaping Engine's (clusters, reordering, joining, the fonts' required features)
    "Sinh", "Tibt", "Mong", "Adlm", "Tglg", "Hano", "Buhd", "Tagb", "Limb", "Tale", "Bugi", "Lana", "Bali", "Sund",
    "Batk", "Lepc", "Tfng", "Sylo", "Phag", "Saur", "Kali", "Rjng", "Java", "Cham", "Tavt", "Mtei", "Khar", "Mani",
    "Phlp", "Rohg", "Yezi", "Sogo", "Sogd", "Elym", "Brah", "Kthi", "Cakm", "Mahj", "Shrd", "Khoj", "Mult", "Sind",
    "Newa", "Tirh", "Sidd", "Modi", "Takr", "Ahom", "Dogr", "Zanb", "Soyo", "Bhks", "Marc", "Gonm", "Gong", "Egyp",
    "Hmng", "Medf", "Dupl", "Hmnp", "Wcho",
))  # fmt: skip
"""Scripts whose runs are shaped with :func:`pureog.text.ot.shape` by default."""

SATORI_LAYOUT_SCRIPTS = frozenset(("Thai", "Laoo"))
"""Complex scripts whose text Next.js draws plausibly but for its marks (opentype.js: cmap glyphs, no
GPOS, so stacked tone marks collide; advances, breaks and line heights are fine): a text node of these
alone keeps Satori's layout (its boxes as Next's), its glyphs drawn with their marks positioned
(:mod:`pureog.text.satori_marks`); mixed with right-to-left text or another complex script, the browser
layout shapes them as it does the rest (spec/text.md, "Thai layout")."""

_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "Latn"), (0x0061, 0x007A, "Latn"), (0x00AA, 0x00AA, "Latn"), (0x00BA, 0x00BA, "Latn"),
    (0x00C0, 0x00D6, "Latn"), (0x00D8, 0x00F6, "Latn"), (0x00F8, 0x02AF, "Latn"), (0x0300, 0x036F, INHERITED),
    (0x0370, 0x03FF, "Grek"), (0x0400, 0x052F, "Cyrl"), (0x0530, 0x058F, "Armn"), (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"), (0x0700, 0x074F, "Syrc"), (0x0750, 0x077F, "Arab"), (0x0780, 0x07BF, "Thaa"),
    (0x07C0, 0x07FF, "Nkoo"), (0x0800, 0x083F, "Samr"), (0x0840, 0x085F, "Mand"), (0x0860, 0x086F, "Syrc"),
    (0x0870, 0x08FF, "Arab"), (0x0900, 0x097F, "Deva"), (0x0980, 0x09FF, "Beng"), (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"), (0x0B00, 0x0B7F, "Orya"), (0x0B80, 0x0BFF, "Taml"), (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"), (0x0D00, 0x0D7F, "Mlym"), (0x0D80, 0x0DFF, "Sinh"), (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Laoo"), (0x0F00, 0x0FFF, "Tibt"), (0x1000, 0x109F, "Mymr"), (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"), (0x1200, 0x139F, "Ethi"), (0x13A0, 0x13FF, "Cher"), (0x1700, 0x171F, "Tglg"),
    (0x1720, 0x173F, "Hano"), (0x1740, 0x175F, "Buhd"), (0x1760, 0x177F, "Tagb"), (0x1780, 0x17FF, "Khmr"),
    (0x1800, 0x18AF, "Mong"), (0x1900, 0x194F, "Limb"), (0x1950, 0x197F, "Tale"), (0x19E0, 0x19FF, "Khmr"),
    (0x1A00, 0x1A1F, "Bugi"), (0x1A20, 0x1AAF, "Lana"), (0x1AB0, 0x1AFF, INHERITED), (0x1B00, 0x1B7F, "Bali"),
    (0x1B80, 0x1BBF, "Sund"), (0x1BC0, 0x1BFF, "Batk"), (0x1C00, 0x1C4F, "Lepc"), (0x1C80, 0x1C8F, "Cyrl"),
    (0x1CC0, 0x1CCF, "Sund"), (0x1CD0, 0x1CFF, INHERITED), (0x1D00, 0x1DBF, "Latn"), (0x1DC0, 0x1DFF, INHERITED),
    (0x1E00, 0x1EFF, "Latn"), (0x1F00, 0x1FFF, "Grek"), (0x200C, 0x200D, INHERITED), (0x20D0, 0x20FF, INHERITED),
    (0x2C60, 0x2C7F, "Latn"), (0x2D00, 0x2D2F, "Geor"), (0x2D30, 0x2D7F, "Tfng"), (0x2DE0, 0x2DFF, "Cyrl"),
    (0x2E80, 0x2FDF, "Hani"), (0x3040, 0x309F, "Hira"), (0x30A0, 0x30FF, "Kana"), (0x3130, 0x318F, "Hang"),
    (0x31F0, 0x31FF, "Kana"), (0x3400, 0x4DBF, "Hani"), (0x4E00, 0x9FFF, "Hani"), (0xA640, 0xA69F, "Cyrl"),
    (0xA720, 0xA7FF, "Latn"), (0xA800, 0xA82F, "Sylo"), (0xA840, 0xA87F, "Phag"), (0xA880, 0xA8DF, "Saur"),
    (0xA8E0, 0xA8FF, "Deva"), (0xA900, 0xA92F, "Kali"), (0xA930, 0xA95F, "Rjng"), (0xA960, 0xA97F, "Hang"),
    (0xA980, 0xA9DF, "Java"), (0xA9E0, 0xA9FF, "Mymr"), (0xAA00, 0xAA5F, "Cham"), (0xAA60, 0xAA7F, "Mymr"),
    (0xAA80, 0xAADF, "Tavt"), (0xAAE0, 0xAAFF, "Mtei"), (0xAB30, 0xAB6F, "Latn"), (0xABC0, 0xABFF, "Mtei"),
    (0xAC00, 0xD7FF, "Hang"), (0xF900, 0xFAFF, "Hani"), (0xFB00, 0xFB06, "Latn"), (0xFB1D, 0xFB4F, "Hebr"),
    (0xFB50, 0xFDFF, "Arab"), (0xFE00, 0xFE0F, INHERITED), (0xFE20, 0xFE2F, INHERITED), (0xFE70, 0xFEFC, "Arab"),
    (0xFF21, 0xFF3A, "Latn"), (0xFF41, 0xFF5A, "Latn"), (0xFF66, 0xFF9D, "Kana"), (0xFFA0, 0xFFDC, "Hang"),
    (0x10A00, 0x10A5F, "Khar"), (0x10AC0, 0x10AFF, "Mani"), (0x10B80, 0x10BAF, "Phlp"), (0x10D00, 0x10D3F, "Rohg"),
    (0x10E80, 0x10EBF, "Yezi"), (0x10F00, 0x10F2F, "Sogo"), (0x10F30, 0x10F6F, "Sogd"), (0x10FE0, 0x10FFF, "Elym"),
    (0x11000, 0x1107F, "Brah"), (0x11080, 0x110CF, "Kthi"), (0x11100, 0x1114F, "Cakm"), (0x11150, 0x1117F, "Mahj"),
    (0x11180, 0x111DF, "Shrd"), (0x11200, 0x1124F, "Khoj"), (0x11280, 0x112AF, "Mult"), (0x112B0, 0x112FF, "Sind"),
    (0x11400, 0x1147F, "Newa"), (0x11480, 0x114DF, "Tirh"), (0x11580, 0x115FF, "Sidd"), (0x11600, 0x1165F, "Modi"),
    (0x11680, 0x116CF, "Takr"), (0x11700, 0x1174F, "Ahom"), (0x11800, 0x1184F, "Dogr"), (0x11A00, 0x11A4F, "Zanb"),
    (0x11A50, 0x11AAF, "Soyo"), (0x11C00, 0x11C6F, "Bhks"), (0x11C70, 0x11CBF, "Marc"), (0x11D00, 0x11D5F, "Gonm"),
    (0x11D60, 0x11DAF, "Gong"), (0x13000, 0x1345F, "Egyp"), (0x16B00, 0x16B8F, "Hmng"), (0x16E40, 0x16E9F, "Medf"),
    (0x1BC00, 0x1BC9F, "Dupl"), (0x1E100, 0x1E14F, "Hmnp"), (0x1E2C0, 0x1E2FF, "Wcho"), (0x1E900, 0x1E95F, "Adlm"),
    (0x20000, 0x3FFFF, "Hani"), (0xE0100, 0xE01EF, INHERITED),
)  # fmt: skip
_STARTS = [r[0] for r in _RANGES]
_CACHE: dict[str, str] = {}
_FIRST_COMPLEX = chr(0x0590)
_COMPLEX_CHAR: dict[str, bool] = {}


def script_of(ch: str) -> str:
    """The script of one character: an ISO 15924 code, ``Zyyy`` (Common) or ``Zinh`` (Inherited)."""
    hit = _CACHE.get(ch)
    if hit is not None:
        return hit
    cp = ord(ch)
    k = bisect_right(_STARTS, cp) - 1
    script = _RANGES[k][2] if k >= 0 and cp <= _RANGES[k][1] else None
    category = unicodedata.category(ch)
    if script == INHERITED:
        pass
    elif category in ("Mn", "Me") and script is None:
        script = INHERITED
    elif category[0] in "PSZ" or category == "Cc" or (script is None and category[0] != "L"):
        script = COMMON
    elif script is None:
        script = UNKNOWN
    if len(_CACHE) > 65536:
        _CACHE.clear()
    _CACHE[ch] = script
    return script


def has_complex(text: str) -> bool:
    """Whether ``text`` holds a character of one of :data:`COMPLEX_SCRIPTS` (ASCII text never does)."""
    if text.isascii():
        return False
    cache = _COMPLEX_CHAR
    for ch in set(text):
        if ch >= _FIRST_COMPLEX:
            hit = cache.get(ch)
            if hit is None:
                hit = cache[ch] = script_of(ch) in COMPLEX_SCRIPTS
            if hit:
                return True
    return False


def resolved_scripts(text: str, brackets: bool = False) -> list[str]:
    """One script per character, Common and Inherited characters resolved to the run around them.
    ``brackets``: a closing bracket takes the script of
    its opening one, as Blink's ``ScriptRunIterator`` (and ICU's ``uscript_nextRun``) pair them: the
    ``)`` of ``(שלום)`` after an Arabic word is Arabic, not Hebrew."""
    out = [script_of(ch) for ch in text]
    current: str | None = None
    pending = 0  # leading Common / Inherited characters waiting for the first real script
    opened: list[tuple[int, int]] = []  # (pair key, index of the opening bracket)
    for i, script in enumerate(out):
        if script == COMMON or script == INHERITED:
            if current is None:
                pending += 1
                if brackets:
                    _pair(text[i], i, opened)
                continue
            out[i] = current
            if brackets:
                # a closing bracket takes its opening one's script, and the run goes on in it
                opening = _pair(text[i], i, opened)
                if opening is not None:
                    out[i] = current = out[opening]
        else:
            if current is None:
                for k in range(pending):
                    out[k] = script
            current = script
    if current is None:
        return [COMMON] * len(out)
    return out


def _pair(ch: str, i: int, opened: list[tuple[int, int]]) -> int | None:
    """Tracks the paired brackets of :func:`resolved_scripts`: the index of the opening bracket that
    the closing bracket ``ch`` matches, else None."""
    from pureog.text.bidi import paired_bracket  # noqa: PLC0415  (its table loads on the first bracket)

    bracket = paired_bracket(ch)
    if bracket is None:
        return None
    key, is_open = bracket
    if is_open:
        opened.append((key, i))
        return None
    for n in range(len(opened) - 1, -1, -1):
        if opened[n][0] == key:
            opening = opened[n][1]
            del opened[n:]
            return opening
    return None


def script_runs(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, script)`` maximal runs of one resolved script (see :func:`resolved_scripts`)."""
    runs: list[tuple[int, int, str]] = []
    scripts = resolved_scripts(text)
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or scripts[i] != scripts[start]:
            runs.append((start, i, scripts[start]))
            start = i
    return runs


caches.register("text.itemize", _CACHE, _COMPLEX_CHAR)
