"""``font-variant-emoji`` (``features: browser``): which presentation, colour or plain, a character with
both is drawn in, and the face of the font list that draws it.

Input: a grapheme, the style's ``font-variant-emoji`` and the element's :class:`~pureog.text.fonts.FontChain`
-> the face, as Chromium 156 picks it: an explicit variation selector wins (U+FE0E text, U+FE0F emoji),
else ``text`` and ``emoji`` ask for their presentation and ``unicode`` for the character's own
(``Emoji_Presentation``, Unicode 15 emoji-data.txt); ``emoji`` takes the first face of the list with a
colour glyph table (COLR, CBDT, sbix) covering the character, ``text`` the first without one.
``normal`` keeps the list's own order (Satori's first face covering the character). Only pictographs
(``Extended_Pictographic``) are affected, as only they have two presentations worth choosing between.

Where no face of the list has the presentation asked for, Chromium looks through the system's fonts;
pureog has none, so it keeps the face the list gives (spec/text.md). Must not import layout or paint.
"""

from __future__ import annotations

from bisect import bisect_right

from pureog.text.color_glyphs import COLOR_TABLES
from pureog.text.fonts import FontChain, FontFace
from pureog.text.linebreak import is_extended_pictographic

VS_TEXT, VS_EMOJI = "\ufe0e", "\ufe0f"

# Emoji_Presentation=Yes (emoji-data.txt, Emoji 15.0): range starts and (inclusive) ends
_STARTS = (
    0x231A, 0x23E9, 0x23F0, 0x23F3, 0x25FD, 0x2614, 0x2648, 0x267F, 0x2693, 0x26A1, 0x26AA, 0x26BD, 0x26C4, 0x26CE,
    0x26D4, 0x26EA, 0x26F2, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A, 0x2728, 0x274C, 0x274E, 0x2753, 0x2757, 0x2795,
    0x27B0, 0x27BF, 0x2B1B, 0x2B50, 0x2B55, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191, 0x1F1E6, 0x1F201, 0x1F21A, 0x1F22F,
    0x1F232, 0x1F238, 0x1F250, 0x1F300, 0x1F32D, 0x1F337, 0x1F37E, 0x1F3A0, 0x1F3CF, 0x1F3E0, 0x1F3F4, 0x1F3F8,
    0x1F440, 0x1F442, 0x1F4FF, 0x1F54B, 0x1F550, 0x1F57A, 0x1F595, 0x1F5A4, 0x1F5FB, 0x1F680, 0x1F6CC, 0x1F6D0,
    0x1F6D5, 0x1F6DC, 0x1F6EB, 0x1F6F4, 0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93C, 0x1F947, 0x1FA70, 0x1FA80, 0x1FA90,
    0x1FABF, 0x1FACE, 0x1FAE0, 0x1FAF0,
)
_ENDS = (
    0x231B, 0x23EC, 0x23F0, 0x23F3, 0x25FE, 0x2615, 0x2653, 0x267F, 0x2693, 0x26A1, 0x26AB, 0x26BE, 0x26C5, 0x26CE,
    0x26D4, 0x26EA, 0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270B, 0x2728, 0x274C, 0x274E, 0x2755, 0x2757, 0x2797,
    0x27B0, 0x27BF, 0x2B1C, 0x2B50, 0x2B55, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F19A, 0x1F1FF, 0x1F201, 0x1F21A, 0x1F22F,
    0x1F236, 0x1F23A, 0x1F251, 0x1F320, 0x1F335, 0x1F37C, 0x1F393, 0x1F3CA, 0x1F3D3, 0x1F3F0, 0x1F3F4, 0x1F43E,
    0x1F440, 0x1F4FC, 0x1F53D, 0x1F54E, 0x1F567, 0x1F57A, 0x1F596, 0x1F5A4, 0x1F64F, 0x1F6C5, 0x1F6CC, 0x1F6D2,
    0x1F6D7, 0x1F6DF, 0x1F6EC, 0x1F6FC, 0x1F7EB, 0x1F7F0, 0x1F93A, 0x1F945, 0x1F9FF, 0x1FA7C, 0x1FA88, 0x1FABD,
    0x1FAC5, 0x1FADB, 0x1FAE8, 0x1FAF8,
)


def emoji_presentation(cp: int) -> bool:
    """The UCD ``Emoji_Presentation`` property: the character is drawn as an emoji by default."""
    k = bisect_right(_STARTS, cp) - 1
    return k >= 0 and cp <= _ENDS[k]


def presentation(grapheme: str, variant: str) -> str | None:
    """``"text"``, ``"emoji"`` or None (no choice: ``normal``, or not a pictograph) for ``grapheme``."""
    if variant == "normal" or not grapheme or not is_extended_pictographic(ord(grapheme[0])):
        return None
    if VS_TEXT in grapheme:
        return "text"
    if VS_EMOJI in grapheme:
        return "emoji"
    if variant == "unicode":
        return "emoji" if emoji_presentation(ord(grapheme[0])) else "text"
    return variant


def is_colour_face(face: FontFace) -> bool:
    """Whether the face has a colour glyph table (Chromium's test for an emoji font)."""
    source = face.base if face.base is not None else face
    return any(source.has_table(tag) for tag in COLOR_TABLES)


def presentation_face(chain: FontChain, grapheme: str, variant: str) -> FontFace | None:
    """The face ``font-variant-emoji`` picks for ``grapheme`` (None: the chain's usual choice)."""
    wanted = presentation(grapheme, variant)
    if wanted is None:
        return None
    cp = ord(grapheme[0])
    colour = wanted == "emoji"
    for face in chain.faces:
        if face.has_code_point(cp) and is_colour_face(face) == colour:
            return face
    return None


__all__ = ["VS_EMOJI", "VS_TEXT", "emoji_presentation", "is_colour_face", "presentation", "presentation_face"]
