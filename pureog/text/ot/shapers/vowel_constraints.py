"""Vowel constraints of the Indic and USE shapers (HarfBuzz's ``_hb_preprocess_text_vowel_constraints``).

An independent vowel followed by a dependent vowel sign that together look like another independent
vowel (Devanagari A + AA looks like AA) is not a valid spelling: a dotted circle goes between them, so
the sign shows as a broken cluster. The pairs are those of Microsoft's script development specs,
per script (the check only runs for the run's own script). Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.text.ot.unicode import UPROPS_CONTINUATION

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer

DOTTED_CIRCLE = 0x25CC


def _table(*rows: tuple[tuple[int, ...], tuple[int, ...]]) -> dict[int, frozenset[int]]:
    """{first: the seconds it may not take} from (firsts, seconds) rows."""
    table: dict[int, frozenset[int]] = {}
    for firsts, seconds in rows:
        for first in firsts:
            table[first] = table.get(first, frozenset()) | frozenset(seconds)
    return table


# script -> first code point -> second code points that need a dotted circle between them.
CONSTRAINTS: dict[str, dict[int, frozenset[int]]] = {
    "Deva": _table(((0x0905,), (0x093A, 0x093B, 0x093E, 0x0945, 0x0946, 0x0949, 0x094A, 0x094B, 0x094C, 0x094F,
                                0x0956, 0x0957)),
                   ((0x0906,), (0x093A, 0x0945, 0x0946, 0x0947, 0x0948)), ((0x0909,), (0x0941,)),
                   ((0x090F,), (0x0945, 0x0946, 0x0947))),
    "Beng": _table(((0x0985,), (0x09BE,)), ((0x098B,), (0x09C3,)), ((0x098C,), (0x09E2,))),
    "Guru": _table(((0x0A05,), (0x0A3E, 0x0A48, 0x0A4C)), ((0x0A72,), (0x0A3F, 0x0A40, 0x0A47)),
                   ((0x0A73,), (0x0A41, 0x0A42, 0x0A4B))),
    "Gujr": _table(((0x0A85,), (0x0ABE, 0x0AC5, 0x0AC7, 0x0AC8, 0x0AC9, 0x0ACB, 0x0ACC)), ((0x0AC5,), (0x0ABE,))),
    "Orya": _table(((0x0B05,), (0x0B3E,)), ((0x0B0F, 0x0B13), (0x0B57,))),
    "Taml": _table(((0x0B85,), (0x0BC2,))),
    "Telu": _table(((0x0C12,), (0x0C4C, 0x0C55)), ((0x0C3F, 0x0C46, 0x0C4A), (0x0C55,))),
    "Knda": _table(((0x0C89, 0x0C8B), (0x0CBE,)), ((0x0C92,), (0x0CCC,))),
    "Mlym": _table(((0x0D07, 0x0D09), (0x0D57,)), ((0x0D0E,), (0x0D46,)), ((0x0D12,), (0x0D3E, 0x0D57))),
    "Sinh": _table(((0x0D85,), (0x0DCF, 0x0DD0, 0x0DD1)), ((0x0D8B, 0x0D8F, 0x0D94), (0x0DDF,)),
                   ((0x0D8D,), (0x0DD8,)), ((0x0D91,), (0x0DCA, 0x0DD9, 0x0DDA, 0x0DDC, 0x0DDD, 0x0DDE))),
    "Brah": _table(((0x11005,), (0x11038,)), ((0x1100B,), (0x1103E,)), ((0x1100F,), (0x11042,))),
    "Khoj": _table(((0x11200,), (0x1122C, 0x11231, 0x11233)), ((0x11206,), (0x1122C,)),
                   ((0x1122C,), (0x11230, 0x11231)), ((0x11240,), (0x1122E,))),
    "Sind": _table(((0x112B0,), (0x112E0, 0x112E5, 0x112E6, 0x112E7, 0x112E8))),
    "Tirh": _table(((0x11481,), (0x114B0,)), ((0x1148B, 0x1148D), (0x114BA,)), ((0x114AA,), (0x114B5, 0x114B6))),
    "Modi": _table(((0x11600, 0x11601), (0x11639, 0x1163A))),
    "Takr": _table(((0x11680,), (0x116AD, 0x116B4, 0x116B5)), ((0x11686,), (0x116B2,))),
}


def insert_vowel_constraint_circles(buffer: Buffer, script: str | None) -> None:
    """A dotted circle after each constrained first vowel of the run's script (Devanagari: also
    between RA + VIRAMA and a following I, which would read as the vocalic R sign)."""
    table = CONSTRAINTS.get(script or "")
    if table is None or not buffer.dotted_circles:
        return
    buffer.clear_output()
    info = buffer.info
    count = len(info)
    buffer.idx = 0
    while buffer.idx + 1 < count:
        u = info[buffer.idx].cp
        allowed = table.get(u)
        matched = allowed is not None and info[buffer.idx + 1].cp in allowed
        if (not matched and u == 0x0930 and script == "Deva" and info[buffer.idx + 1].cp == 0x094D
                and buffer.idx + 2 < count and info[buffer.idx + 2].cp == 0x0907):
            buffer.next_glyph()
            matched = True
        buffer.next_glyph()
        if matched:
            buffer.output_glyph(DOTTED_CIRCLE)
            buffer.prev().up &= ~UPROPS_CONTINUATION
            buffer.next_glyph()
    buffer.sync()
