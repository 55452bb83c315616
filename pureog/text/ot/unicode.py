"""Character properties the shaping engine needs, as HarfBuzz's ``hb-unicode`` answers them.

Input: code points. Output: small integers: the general category in HarfBuzz's numbering, the
*modified* combining class (HarfBuzz reorders some Hebrew, Arabic, Thai, Lao and Tibetan classes), the
"unicode props" word a glyph carries through shaping (category, ignorable / hidden / continuation bits,
combining class in the high byte), canonical decomposition and composition (1:2 steps, Hangul done
algorithmically), mirroring, the space fallback kinds.

Uses the standard library's :mod:`unicodedata` (Unicode 14 on Python 3.11: characters added later read
as unassigned) and the generated :mod:`pureog.text.ot._ucd`. Imports nothing else from pureog.
"""

from __future__ import annotations

import unicodedata

from pureog import caches
from pureog.text.ot._ucd import MIRRORING

# General categories, numbered as hb_unicode_general_category_t.
CONTROL, FORMAT, UNASSIGNED, PRIVATE_USE, SURROGATE = 0, 1, 2, 3, 4
LOWERCASE_LETTER, MODIFIER_LETTER, OTHER_LETTER, TITLECASE_LETTER, UPPERCASE_LETTER = 5, 6, 7, 8, 9
SPACING_MARK, ENCLOSING_MARK, NON_SPACING_MARK = 10, 11, 12
DECIMAL_NUMBER, LETTER_NUMBER, OTHER_NUMBER = 13, 14, 15
CONNECT_PUNCTUATION, DASH_PUNCTUATION, CLOSE_PUNCTUATION, FINAL_PUNCTUATION = 16, 17, 18, 19
INITIAL_PUNCTUATION, OTHER_PUNCTUATION, OPEN_PUNCTUATION = 20, 21, 22
CURRENCY_SYMBOL, MODIFIER_SYMBOL, MATH_SYMBOL, OTHER_SYMBOL = 23, 24, 25, 26
LINE_SEPARATOR, PARAGRAPH_SEPARATOR, SPACE_SEPARATOR = 27, 28, 29

_GC = {
    "Cc": CONTROL, "Cf": FORMAT, "Cn": UNASSIGNED, "Co": PRIVATE_USE, "Cs": SURROGATE,
    "Ll": LOWERCASE_LETTER, "Lm": MODIFIER_LETTER, "Lo": OTHER_LETTER, "Lt": TITLECASE_LETTER,
    "Lu": UPPERCASE_LETTER, "Mc": SPACING_MARK, "Me": ENCLOSING_MARK, "Mn": NON_SPACING_MARK,
    "Nd": DECIMAL_NUMBER, "Nl": LETTER_NUMBER, "No": OTHER_NUMBER, "Pc": CONNECT_PUNCTUATION,
    "Pd": DASH_PUNCTUATION, "Pe": CLOSE_PUNCTUATION, "Pf": FINAL_PUNCTUATION, "Pi": INITIAL_PUNCTUATION,
    "Po": OTHER_PUNCTUATION, "Ps": OPEN_PUNCTUATION, "Sc": CURRENCY_SYMBOL, "Sk": MODIFIER_SYMBOL,
    "Sm": MATH_SYMBOL, "So": OTHER_SYMBOL, "Zl": LINE_SEPARATOR, "Zp": PARAGRAPH_SEPARATOR,
    "Zs": SPACE_SEPARATOR,
}  # fmt: skip

MARK_CATEGORIES = frozenset((SPACING_MARK, ENCLOSING_MARK, NON_SPACING_MARK))
LETTER_CATEGORIES = frozenset(
    (LOWERCASE_LETTER, MODIFIER_LETTER, OTHER_LETTER, TITLECASE_LETTER, UPPERCASE_LETTER))

# Bits of the per-glyph "unicode props" word (hb_unicode_props_flags_t).
UPROPS_GEN_CAT = 0x1F
UPROPS_IGNORABLE = 0x20
UPROPS_HIDDEN = 0x40
UPROPS_CONTINUATION = 0x80
UPROPS_ZWJ = 0x100
UPROPS_ZWNJ = 0x200
UPROPS_VS = 0x400

# Space kinds of the space fallback (hb_unicode_funcs_t::space_t).
NOT_SPACE, SPACE_EM, SPACE_EM_2, SPACE_EM_3, SPACE_EM_4, SPACE_EM_5, SPACE_EM_6 = 0, 1, 2, 3, 4, 5, 6
SPACE_EM_16, SPACE_4_EM_18, SPACE, SPACE_FIGURE, SPACE_PUNCTUATION, SPACE_NARROW = 16, 17, 18, 19, 20, 21
_SPACES = {
    0x0020: SPACE, 0x00A0: SPACE, 0x2000: SPACE_EM_2, 0x2001: SPACE_EM, 0x2002: SPACE_EM_2,
    0x2003: SPACE_EM, 0x2004: SPACE_EM_3, 0x2005: SPACE_EM_4, 0x2006: SPACE_EM_6, 0x2007: SPACE_FIGURE,
    0x2008: SPACE_PUNCTUATION, 0x2009: SPACE_EM_5, 0x200A: SPACE_EM_16, 0x202F: SPACE_NARROW,
    0x205F: SPACE_4_EM_18, 0x3000: SPACE_EM,
}  # fmt: skip

# hb's modified combining classes: ccc -> reordering class (identity unless listed).
_MODIFIED_CCC = {
    10: 22, 11: 15, 12: 16, 13: 17, 14: 23, 15: 18, 16: 19, 17: 20, 18: 21, 19: 14, 20: 24, 21: 12,
    22: 25, 23: 13, 24: 10, 25: 11, 26: 26,  # Hebrew
    27: 28, 28: 29, 29: 30, 30: 31, 31: 32, 32: 33, 33: 27, 34: 34, 35: 35,  # Arabic
    36: 36,  # Syriac
    84: 4, 91: 5,  # Telugu
    103: 3, 107: 107,  # Thai
    118: 118, 122: 122,  # Lao
    129: 129, 130: 132, 132: 131,  # Tibetan
}  # fmt: skip

# Hangul syllable arithmetic.
_S_BASE, _L_BASE, _V_BASE, _T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT

_category_cache: dict[int, int] = {}
_props_cache: dict[int, int] = {}
_decompose_cache: dict[int, tuple[int, int] | None] = {}
_compose_cache: dict[tuple[int, int], int] = {}


def general_category(u: int) -> int:
    gc = _category_cache.get(u)
    if gc is None:
        gc = _GC[unicodedata.category(chr(u))] if 0 <= u <= 0x10FFFF else UNASSIGNED
        _category_cache[u] = gc
    return gc


def is_default_ignorable(u: int) -> bool:
    """Default_Ignorable_Code_Point, less the fillers HarfBuzz keeps visible (hb-unicode.hh)."""
    plane = u >> 16
    if plane == 0:
        page = u >> 8
        if page == 0x00:
            return u == 0x00AD
        if page == 0x03:
            return u == 0x034F
        if page == 0x06:
            return u == 0x061C
        if page == 0x17:
            return 0x17B4 <= u <= 0x17B5
        if page == 0x18:
            return 0x180B <= u <= 0x180F
        if page == 0x20:
            return 0x200B <= u <= 0x200F or 0x202A <= u <= 0x202E or 0x2060 <= u <= 0x206F
        if page == 0xFE:
            return 0xFE00 <= u <= 0xFE0F or u == 0xFEFF
        if page == 0xFF:
            return 0xFFF0 <= u <= 0xFFF8
        return False
    if plane == 0x01:
        return 0x1D173 <= u <= 0x1D17A
    if plane == 0x0E:
        return 0xE0000 <= u <= 0xE0FFF
    return False


def is_variation_selector(u: int) -> bool:
    return 0xFE00 <= u <= 0xFE0F or 0xE0100 <= u <= 0xE01EF


def combining_class(u: int) -> int:
    return unicodedata.combining(chr(u))


def modified_combining_class(u: int) -> int:
    if u == 0x1A60 or u == 0x0FC6:  # SAKOT, PADMA
        return 254
    if u == 0x0F39:  # TSA -PHRU
        return 127
    ccc = unicodedata.combining(chr(u))
    return _MODIFIED_CCC.get(ccc, ccc)


def unicode_props(u: int) -> int:
    """The props word of ``_hb_glyph_info_set_unicode_props`` (without the buffer scratch flags)."""
    props = _props_cache.get(u)
    if props is not None:
        return props
    gc = general_category(u)
    props = gc
    if u >= 0x80:
        if is_default_ignorable(u):
            props |= UPROPS_IGNORABLE
            if u == 0x200C:
                props |= UPROPS_ZWNJ
            elif u == 0x200D:
                props |= UPROPS_ZWJ
            elif 0x180B <= u <= 0x180D or u == 0x180F or 0xE0020 <= u <= 0xE007F or u == 0x034F:
                props |= UPROPS_HIDDEN
        if gc in MARK_CATEGORIES:
            props |= UPROPS_CONTINUATION | (modified_combining_class(u) << 8)
    _props_cache[u] = props
    return props


def mirroring(u: int) -> int:
    return MIRRORING.get(u, u)


def space_fallback_type(u: int) -> int:
    return _SPACES.get(u, NOT_SPACE)


def decompose(ab: int) -> tuple[int, int] | None:
    """One canonical decomposition step: (a, b), b = 0 for a singleton; None when ``ab`` has none."""
    if ab in _decompose_cache:
        return _decompose_cache[ab]
    result: tuple[int, int] | None = None
    si = ab - _S_BASE
    if 0 <= si < _S_COUNT:
        if si % _T_COUNT:
            result = (_S_BASE + (si // _T_COUNT) * _T_COUNT, _T_BASE + si % _T_COUNT)
        else:
            result = (_L_BASE + si // _N_COUNT, _V_BASE + (si % _N_COUNT) // _T_COUNT)
    elif 0 <= ab <= 0x10FFFF:
        text = unicodedata.decomposition(chr(ab))
        if text and not text.startswith("<"):
            parts = [int(p, 16) for p in text.split()]
            result = (parts[0], parts[1] if len(parts) > 1 else 0)
    _decompose_cache[ab] = result
    return result


def compose(a: int, b: int) -> int:
    """The primary composite of ``a`` + ``b`` (Hangul algorithmically), or 0 when there is none."""
    if not a or not b:
        return 0
    if _S_BASE <= a < _S_BASE + _S_COUNT and _T_BASE < b < _T_BASE + _T_COUNT and not (a - _S_BASE) % _T_COUNT:
        return a + (b - _T_BASE)
    if _L_BASE <= a < _L_BASE + _L_COUNT and _V_BASE <= b < _V_BASE + _V_COUNT:
        return _S_BASE + (a - _L_BASE) * _N_COUNT + (b - _V_BASE) * _T_COUNT
    key = (a, b)
    ab = _compose_cache.get(key)
    if ab is None:
        ab = 0
        if a <= 0x10FFFF and b <= 0x10FFFF:
            text = unicodedata.normalize("NFC", chr(a) + chr(b))
            if len(text) == 1:
                c = ord(text)
                if unicodedata.decomposition(text) == f"{a:04X} {b:04X}":
                    ab = c
        _compose_cache[key] = ab
    return ab


# Scripts written right to left (hb_script_get_horizontal_direction), as ISO 15924 tags.
RTL_SCRIPTS = frozenset((
    "Arab", "Hebr", "Syrc", "Thaa", "Cprt", "Khar", "Phnx", "Nkoo", "Lydi", "Avst", "Armi", "Phli", "Prti",
    "Sarb", "Orkh", "Samr", "Mand", "Merc", "Mero", "Mani", "Mend", "Nbat", "Narb", "Palm", "Phlp", "Hatr",
    "Hung", "Adlm", "Rohg", "Sogo", "Sogd", "Elym", "Chrs", "Yezi", "Ougr",
))  # fmt: skip


caches.register("text.unicode", _category_cache, _props_cache, _decompose_cache, _compose_cache)
