"""Initial and final reordering of Indic syllables (HarfBuzz's ``hb-ot-shaper-indic`` rules).

Initial reordering (before the basic-form features) finds each syllable's base consonant, orders the
characters by position (pre-base matras first), merges the clusters of what moved, and sets the
feature masks; final reordering (after them) moves the pre-base matra after the last half form, the
reph to its script's position and pre-base-reordering consonants (``pref``) before the base, and masks
``init`` on a word-initial left matra.

Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.text.ot.buffer import LIGATED, MULTIPLIED, SUBSTITUTED, Glyph
from pureog.text.ot.shapers.indic_common import (
    ABVF,
    BLWF,
    BLWF_PRE_AND_POST,
    CM,
    HALF,
    INIT,
    MATRAS,
    MPST,
    POS_AFTER_MAIN,
    POS_AFTER_POST,
    POS_BASE_C,
    POS_BELOW_C,
    POS_POST_C,
    POS_PRE_C,
    POS_PRE_M,
    POS_RA_TO_BECOME_REPH,
    POS_SMVD,
    POS_START,
    PREF,
    PSTF,
    RA,
    REPH_AFTER_MAIN,
    REPH_AFTER_POST,
    REPH_AFTER_SUB,
    REPH_EXPLICIT,
    REPH_IMPLICIT,
    REPH_LOG_REPHA,
    REPHA,
    RPHF,
    RS,
    SM,
    ZWJ,
    ZWNJ,
    H,
    IndicPlan,
    M,
    N,
    is_consonant,
    is_halant,
    is_joiner,
    is_one_of,
    ligated_and_didnt_multiply,
    would_substitute,
)
from pureog.text.ot.unicode import UPROPS_GEN_CAT

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer
    from pureog.text.ot.plan import ShapePlan


def consonant_position(plan: ShapePlan, consonant: int, virama: int) -> int:
    g1 = (virama, consonant)
    g2 = (consonant, virama)
    for feature in ("blwf", "vatu"):
        if would_substitute(plan, feature, g1) or would_substitute(plan, feature, g2):
            return POS_BELOW_C
    for feature in ("pstf", "pref"):
        if would_substitute(plan, feature, g1) or would_substitute(plan, feature, g2):
            return POS_POST_C
    return POS_BASE_C


def reorder_consonant_syllable(plan: ShapePlan, buffer: Buffer, start: int, end: int) -> None:
    data: IndicPlan = plan.data
    config = data.config
    masks = data.masks
    info = buffer.info
    script = plan.script

    if (script == "Knda" and start + 3 <= end and is_one_of(info[start], frozenset((RA,)))
            and is_one_of(info[start + 1], frozenset((H,))) and is_one_of(info[start + 2], frozenset((ZWJ,)))):
        buffer.merge_clusters(start + 1, start + 3)
        info[start + 1], info[start + 2] = info[start + 2], info[start + 1]

    # 1. Find the base consonant.
    base = end
    has_reph = False
    limit = start
    if masks[RPHF] and start + 3 <= end and (
            (config.reph_mode == REPH_IMPLICIT and not is_joiner(info[start + 2]))
            or (config.reph_mode == REPH_EXPLICIT and info[start + 2].aux == ZWJ)):
        glyphs2 = (info[start].cp, info[start + 1].cp)
        if would_substitute(plan, "rphf", glyphs2) or (
                config.reph_mode == REPH_EXPLICIT
                and would_substitute(plan, "rphf", (*glyphs2, info[start + 2].cp))):
            limit += 2
            while limit < end and is_joiner(info[limit]):
                limit += 1
            base = start
            has_reph = True
    elif config.reph_mode == REPH_LOG_REPHA and info[start].aux == REPHA:
        limit += 1
        while limit < end and is_joiner(info[limit]):
            limit += 1
        base = start
        has_reph = True

    i = end
    seen_below = False
    while True:
        i -= 1
        g = info[i]
        if is_consonant(g):
            if g.aux2 != POS_BELOW_C and (g.aux2 != POS_POST_C or seen_below):
                base = i
                break
            if g.aux2 == POS_BELOW_C:
                seen_below = True
            base = i
        elif start < i and g.aux == ZWJ and info[i - 1].aux == H:
            break
        if not i > limit:
            break
    if has_reph and base == start and limit - base <= 2:
        has_reph = False

    # Reorder characters.
    for i in range(start, base):
        info[i].aux2 = min(POS_PRE_C, info[i].aux2)
    if base < end:
        info[base].aux2 = POS_BASE_C
    if has_reph:
        info[start].aux2 = POS_RA_TO_BECOME_REPH

    if data.is_old_spec:
        disallow_double_halants = script == "Knda"
        for i in range(base + 1, end):
            if info[i].aux == H:
                j = end - 1
                while j > i:
                    if is_consonant(info[j]) or (disallow_double_halants and info[j].aux == H):
                        break
                    j -= 1
                if info[j].aux != H and j > i:
                    t = info[i]
                    info[i:j] = info[i + 1:j + 1]
                    info[j] = t
                break

    # Attach misc marks to the previous character, to move with it.
    last_pos = POS_START
    for i in range(start, end):
        g = info[i]
        if g.aux in (ZWJ, ZWNJ, N, RS, CM, H):
            g.aux2 = last_pos
            if g.aux == H and g.aux2 == POS_PRE_M:
                for j in range(i, start, -1):
                    if info[j - 1].aux2 != POS_PRE_M:
                        g.aux2 = info[j - 1].aux2
                        break
        elif g.aux2 != POS_SMVD:
            if g.aux == MPST and i > start and info[i - 1].aux == SM:
                info[i - 1].aux2 = g.aux2
            last_pos = g.aux2
    # Post-base consonants own anything before them since the last consonant or matra.
    last = base
    for i in range(base + 1, end):
        if is_consonant(info[i]):
            for j in range(last + 1, i):
                if info[j].aux2 < POS_SMVD:
                    info[j].aux2 = info[i].aux2
            last = i
        elif info[i].aux in MATRAS:
            last = i

    # Stable sort by position; syl holds each glyph's original offset meanwhile (as HarfBuzz does).
    saved_syllable = info[start].syl
    for i in range(start, end):
        info[i].syl = i - start
    info[start:end] = sorted(info[start:end], key=lambda g: g.aux2)
    first_left = last_left = end
    base = end
    for i in range(start, end):
        if info[i].aux2 == POS_BASE_C:
            base = i
            break
        if info[i].aux2 == POS_PRE_M:
            if first_left == end:
                first_left = i
            last_left = i
    if first_left < last_left:
        buffer.reverse_range(first_left, last_left + 1)
        i = first_left
        for j in range(first_left, last_left + 1):
            if info[j].aux in MATRAS:
                buffer.reverse_range(i, j + 1)
                i = j + 1
    if data.is_old_spec or end - start > 127:
        buffer.merge_clusters(base, end)
    else:
        for i in range(base, end):
            if info[i].syl != 255:
                lo = hi = i
                j = start + info[i].syl
                while j != i:
                    lo = min(lo, j)
                    hi = max(hi, j)
                    nxt = start + info[j].syl
                    info[j].syl = 255
                    j = nxt
                buffer.merge_clusters(max(base, lo), hi + 1)
    for i in range(start, end):
        info[i].syl = saved_syllable

    # Masks.
    i = start
    while i < end and info[i].aux2 == POS_RA_TO_BECOME_REPH:
        info[i].mask |= masks[RPHF]
        i += 1
    mask = masks[HALF]
    if not data.is_old_spec and config.blwf_mode == BLWF_PRE_AND_POST:
        mask |= masks[BLWF]
    for i in range(start, base):
        info[i].mask |= mask
    mask = masks[BLWF] | masks[ABVF] | masks[PSTF]
    for i in range(base + 1, end):
        info[i].mask |= mask
    if data.is_old_spec and script == "Deva":
        for i in range(start, base - 1):
            if info[i].aux == RA and info[i + 1].aux == H and (i + 2 == base or info[i + 2].aux != ZWJ):
                info[i].mask |= masks[BLWF]
                info[i + 1].mask |= masks[BLWF]
    if masks[PREF] and base + 2 < end:
        for i in range(base + 1, end - 1):
            if would_substitute(plan, "pref", (info[i].cp, info[i + 1].cp)):
                info[i].mask |= masks[PREF]
                info[i + 1].mask |= masks[PREF]
                break
    for i in range(start + 1, end):
        if is_joiner(info[i]):
            non_joiner = info[i].aux == ZWNJ
            j = i
            while True:
                j -= 1
                if non_joiner:
                    info[j].mask &= ~masks[HALF]
                if not (j > start and not is_consonant(info[j])):
                    break


def final_reorder_syllable(plan: ShapePlan, buffer: Buffer, start: int, end: int) -> None:
    data: IndicPlan = plan.data
    masks = data.masks
    info = buffer.info
    script = plan.script
    virama = data.virama_glyph
    if virama > 0:
        for i in range(start, end):
            g = info[i]
            if g.cp == virama and g.gp & LIGATED and g.gp & MULTIPLIED:
                g.aux = H
                g.gp &= ~(LIGATED | MULTIPLIED)

    try_pref = bool(masks[PREF])
    base = start
    while base < end:
        if info[base].aux2 >= POS_BASE_C:
            if try_pref and base + 1 < end:
                for i in range(base + 1, end):
                    if info[i].mask & masks[PREF]:
                        if not (info[i].gp & SUBSTITUTED and ligated_and_didnt_multiply(info[i])):
                            base = i
                            while base < end and is_halant(info[base]):
                                base += 1
                            if base < end:
                                info[base].aux2 = POS_BASE_C
                            try_pref = False
                        break
                if base == end:
                    break
            if script == "Mlym":
                i = base + 1
                while i < end:
                    while i < end and is_joiner(info[i]):
                        i += 1
                    if i == end or not is_halant(info[i]):
                        break
                    i += 1
                    while i < end and is_joiner(info[i]):
                        i += 1
                    if i < end and is_consonant(info[i]) and info[i].aux2 == POS_BELOW_C:
                        base = i
                        info[base].aux2 = POS_BASE_C
                    i += 1
            if start < base and info[base].aux2 > POS_BASE_C:
                base -= 1
            break
        base += 1
    if base == end and start < base and is_one_of(info[base - 1], frozenset((ZWJ,))):
        base -= 1
    if base < end:
        while start < base and is_one_of(info[base], frozenset((N, H))):
            base -= 1

    # Reorder matras.
    if start + 1 < end and start < base:
        new_pos = base - 2 if base == end else base - 1
        if script not in ("Mlym", "Taml"):
            while True:
                while new_pos > start and not is_one_of(info[new_pos], frozenset((M, MPST, H))):
                    new_pos -= 1
                if is_halant(info[new_pos]) and info[new_pos].aux2 != POS_PRE_M:
                    if new_pos + 1 < end and info[new_pos + 1].aux == ZWJ and new_pos > start:
                        new_pos -= 1
                        continue
                else:
                    new_pos = start
                break
        if start < new_pos and info[new_pos].aux2 != POS_PRE_M:
            i = new_pos
            while i > start:
                if info[i - 1].aux2 == POS_PRE_M:
                    old_pos = i - 1
                    if old_pos < base <= new_pos:
                        base -= 1
                    tmp = info[old_pos]
                    info[old_pos:new_pos] = info[old_pos + 1:new_pos + 1]
                    info[new_pos] = tmp
                    buffer.merge_clusters(new_pos, min(end, base + 1))
                    new_pos -= 1
                i -= 1
        else:
            for i in range(start, base):
                if info[i].aux2 == POS_PRE_M:
                    buffer.merge_clusters(i, min(end, base + 1))
                    break

    # Reorder reph.
    if (start + 1 < end and info[start].aux2 == POS_RA_TO_BECOME_REPH
            and ((info[start].aux == REPHA) != ligated_and_didnt_multiply(info[start]))):
        new_reph_pos = reph_target(plan, info, start, end, base)
        buffer.merge_clusters(start, new_reph_pos + 1)
        reph = info[start]
        info[start:new_reph_pos] = info[start + 1:new_reph_pos + 1]
        info[new_reph_pos] = reph
        if start < base <= new_reph_pos:
            base -= 1

    # Reorder pre-base-reordering consonants.
    if try_pref and base + 1 < end:
        for i in range(base + 1, end):
            if info[i].mask & masks[PREF]:
                if ligated_and_didnt_multiply(info[i]):
                    new_pos = base
                    if script not in ("Mlym", "Taml"):
                        while new_pos > start and not is_one_of(info[new_pos - 1], frozenset((M, MPST, H))):
                            new_pos -= 1
                    if new_pos > start and is_halant(info[new_pos - 1]):
                        if new_pos < end and is_joiner(info[new_pos]):
                            new_pos += 1
                    old_pos = i
                    buffer.merge_clusters(new_pos, old_pos + 1)
                    tmp = info[old_pos]
                    info[new_pos + 1:old_pos + 1] = info[new_pos:old_pos]
                    info[new_pos] = tmp
                    if new_pos <= base < old_pos:
                        base += 1
                break

    # 'init' on a word-initial left matra.
    if info[start].aux2 == POS_PRE_M:
        if not start or not (1 <= (info[start - 1].up & UPROPS_GEN_CAT) <= 12):
            info[start].mask |= masks[INIT]


def reph_target(plan: ShapePlan, info: list[Glyph], start: int, end: int, base: int) -> int:
    reph_pos = plan.data.config.reph_pos

    def step2() -> int | None:
        pos = start + 1
        while pos < base and not is_halant(info[pos]):
            pos += 1
        if pos < base and is_halant(info[pos]):
            if pos + 1 < base and is_joiner(info[pos + 1]):
                pos += 1
            return pos
        return None

    if reph_pos != REPH_AFTER_POST:
        found = step2()
        if found is not None:
            return found
        if reph_pos == REPH_AFTER_MAIN:
            pos = base
            while pos + 1 < end and info[pos + 1].aux2 <= POS_AFTER_MAIN:
                pos += 1
            if pos < end:
                return pos
        if reph_pos == REPH_AFTER_SUB:
            pos = base
            while pos + 1 < end and info[pos + 1].aux2 not in (POS_POST_C, POS_AFTER_POST, POS_SMVD):
                pos += 1
            if pos < end:
                return pos
    found = step2()
    if found is not None:
        return found
    pos = end - 1
    while pos > start and info[pos].aux2 == POS_SMVD:
        pos -= 1
    if is_halant(info[pos]):
        i = base + 1
        while i < pos:
            if info[i].aux in MATRAS:
                pos -= 1
            i += 1
    return pos

