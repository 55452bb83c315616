"""Syllable helpers shared by the syllabic shapers (Indic, Khmer, Myanmar): categories from the
generated Indic table, syllable spans from a :class:`~pureog.text.ot.shapers.machine.Machine`, dotted
circles inserted into broken syllables (``hb-ot-shaper-syllabic.cc``).

A glyph's ``aux`` holds its category, ``aux2`` its position, ``syl`` its syllable: serial << 4 | type,
the serial cycling through 1..15 as HarfBuzz's does. Imports pureog.text.ot only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pureog.text.ot._ucd import INDIC
from pureog.text.ot.buffer import Glyph

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer
    from pureog.text.ot.shapers.machine import Machine
    from pureog.text.ot.tables import FaceData

HAS_BROKEN_SYLLABLE = 0x200
MAX_SYLLABLE_LENGTH = 64
POS_END = 14
DOTTED_CIRCLE = 0x25CC


def set_categories(buffer: Buffer) -> None:
    """Category and position of every character (``hb_indic_get_categories``)."""
    for g in buffer.info:
        g.aux, g.aux2 = INDIC.get(g.cp, (0, POS_END))


def find_syllables(buffer: Buffer, machine: Machine, rule_types: Sequence[int], other: int, broken: int) -> None:
    info = buffer.info
    serial = 1
    for start, end, rule in machine.scan([g.aux for g in info]):
        kind = rule_types[rule] if rule >= 0 else other
        if kind == broken:
            buffer.scratch |= HAS_BROKEN_SYLLABLE
        for i in range(start, end):
            info[i].syl = (serial << 4) | kind
        serial += 1
        if serial == 16:
            serial = 1


def syllables(buffer: Buffer) -> list[tuple[int, int]]:
    """The (start, end) spans of consecutive glyphs of one syllable (at most 64 glyphs each)."""
    info = buffer.info
    spans = []
    start = 0
    n = len(info)
    while start < n:
        limit = start + min(n - start, MAX_SYLLABLE_LENGTH)
        syl = info[start].syl
        end = start + 1
        while end < limit and info[end].syl == syl:
            end += 1
        spans.append((start, end))
        start = end
    return spans


def insert_dotted_circles(face: FaceData, buffer: Buffer, broken: int, category: int, repha: int = -1,
                          position: int = -1) -> bool:
    """A dotted circle at the start of each broken syllable (after a leading repha), if the font has one."""
    if not buffer.scratch & HAS_BROKEN_SYLLABLE or not buffer.dotted_circles:
        return False
    glyph = face.cmap.get(DOTTED_CIRCLE, 0)
    if not glyph:
        return False
    buffer.clear_output()
    buffer.idx = 0
    last_syllable = 0
    info = buffer.info
    while buffer.idx < len(info):
        cur = info[buffer.idx]
        syllable = cur.syl
        if last_syllable != syllable and (syllable & 0x0F) == broken:
            last_syllable = syllable
            circle = Glyph(glyph, cur.cluster, cur.mask, 0)
            circle.syl = syllable
            circle.aux = category
            if position != -1:
                circle.aux2 = position
            if repha != -1:
                while (buffer.idx < len(info) and info[buffer.idx].syl == last_syllable
                       and info[buffer.idx].aux == repha):
                    buffer.next_glyph()
            buffer.output_info(circle)
        else:
            buffer.next_glyph()
    buffer.sync()
    return True
