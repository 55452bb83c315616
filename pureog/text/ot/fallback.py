"""Positioning without (or besides) GPOS: space widths, the legacy ``kern`` table, mark zeroing and
fallback mark positioning from combining classes and glyph extents (``hb-ot-shape-fallback.cc``).

Input: a positioned buffer (advances from ``hmtx``) and the plan. Output: the buffer's positions
adjusted as HarfBuzz does when the font's GPOS does not cover the run.

Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.text.ot.buffer import HAS_GPOS_ATTACHMENT, LIGATED, MARK, Buffer, Glyph, lig_comp, lig_id, lig_num_comps
from pureog.text.ot.context import IGNORE_MARKS, ApplyContext
from pureog.text.ot.unicode import (
    MARK_CATEGORIES,
    NON_SPACING_MARK,
    SPACE_4_EM_18,
    SPACE_EM,
    SPACE_EM_16,
    SPACE_FIGURE,
    SPACE_NARROW,
    SPACE_PUNCTUATION,
    SPACE_SEPARATOR,
    UPROPS_GEN_CAT,
    UPROPS_HIDDEN,
    UPROPS_IGNORABLE,
)

if TYPE_CHECKING:
    from pureog.text.ot.plan import ShapePlan
    from pureog.text.ot.tables import FaceData

# Combining classes (hb_unicode_combining_class_t) used by the fallback positioning.
ATTACHED_BELOW_LEFT, ATTACHED_BELOW, ATTACHED_ABOVE, ATTACHED_ABOVE_RIGHT = 200, 202, 214, 216
BELOW_LEFT, BELOW, BELOW_RIGHT, LEFT, RIGHT = 218, 220, 222, 224, 226
ABOVE_LEFT, ABOVE, ABOVE_RIGHT, DOUBLE_BELOW, DOUBLE_ABOVE = 228, 230, 232, 233, 234


def _c_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def spaces(buffer: Buffer, face: FaceData) -> None:
    """Widths of the spaces mapped to the font's space glyph (``_hb_ot_shape_fallback_spaces``)."""
    upem = face.upem
    for g in buffer.info:
        if (g.up & UPROPS_GEN_CAT) != SPACE_SEPARATOR or g.gp & LIGATED:
            continue
        kind = g.up >> 8
        if SPACE_EM <= kind <= SPACE_EM_16:
            g.xa = (upem + kind // 2) // kind
        elif kind == SPACE_4_EM_18:
            g.xa = upem * 4 // 18
        elif kind == SPACE_FIGURE:
            for u in range(0x30, 0x3A):
                gid = face.cmap.get(u, 0)
                if gid:
                    g.xa = face.advance(gid)
                    break
        elif kind == SPACE_PUNCTUATION:
            gid = face.cmap.get(0x2E, 0) or face.cmap.get(0x2C, 0)
            if gid:
                g.xa = face.advance(gid)
        elif kind == SPACE_NARROW:
            g.xa = _c_div(g.xa, 2)


def zero_mark_widths_by_gdef(buffer: Buffer, adjust_offsets: bool) -> None:
    for g in buffer.info:
        if g.gp & MARK:
            if adjust_offsets:
                g.xo -= g.xa
                g.yo -= g.ya
            g.xa = 0
            g.ya = 0


def legacy_kern(plan: ShapePlan, buffer: Buffer) -> None:
    """Pair kerning from the ``kern`` table (format 0 subtables), split half to each side."""
    if not plan.requested_kerning:
        return
    face = plan.face
    reversed_ = False
    for pairs, cross_stream in face.kern:
        if buffer.rtl != reversed_:
            buffer.reverse()
            reversed_ = not reversed_
        c = ApplyContext(1, buffer, lambda i: None, face.gdef)
        c.set_lookup_mask(plan.kern_mask)
        c.set_lookup_props(IGNORE_MARKS)
        it = c.iter_input
        info = buffer.info
        count = len(info)
        idx = 0
        while idx < count:
            if not info[idx].mask & plan.kern_mask:
                idx += 1
                continue
            it.reset_fast(idx)
            if not it.next():
                idx = it.idx + 1
                continue
            i, j = idx, it.idx
            kern = pairs.get((info[i].cp, info[j].cp), 0)
            if kern:
                if cross_stream:
                    info[j].yo = kern
                    buffer.scratch |= HAS_GPOS_ATTACHMENT
                else:
                    kern1 = kern >> 1
                    kern2 = kern - kern1
                    info[i].xa += kern1
                    info[j].xa += kern2
                    info[j].xo += kern2
            idx = it.idx
    if reversed_:
        buffer.reverse()


def _recategorize(u: int, klass: int) -> int:
    if klass >= 200:
        return klass
    if (u & ~0xFF) == 0x0E00:
        if klass == 0:
            if u in (0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E47, 0x0E4C, 0x0E4D, 0x0E4E):
                klass = ABOVE_RIGHT
            elif u in (0x0EB1, 0x0EB4, 0x0EB5, 0x0EB6, 0x0EB7, 0x0EBB, 0x0ECC, 0x0ECD):
                klass = ABOVE
            elif u == 0x0EBC:
                klass = BELOW
        elif u == 0x0E3A:
            klass = BELOW_RIGHT
    if klass in (22, 15, 16, 17, 23, 18, 19, 20, 21, 24, 25):  # Hebrew below (sheva .. meteg)
        return BELOW
    if klass == 13:  # rafe
        return ATTACHED_ABOVE
    if klass == 10:  # shin dot
        return ABOVE_RIGHT
    if klass in (11, 14):  # sin dot, holam
        return ABOVE_LEFT
    if klass == 26:  # point varika
        return ABOVE
    if klass in (28, 29, 31, 32, 27, 34, 35, 36):  # fathatan dammatan fatha damma shadda sukun alefs
        return ABOVE
    if klass in (30, 33):  # kasratan, kasra
        return BELOW
    if klass == 3:  # Thai sara u / uu
        return BELOW_RIGHT
    if klass == 107:
        return ABOVE_RIGHT
    if klass == 118:
        return BELOW
    if klass == 122:
        return ABOVE
    if klass == 129:
        return BELOW
    if klass == 132:
        return ABOVE
    if klass == 131:
        return BELOW
    return klass


def recategorize_marks(buffer: Buffer) -> None:
    for g in buffer.info:
        if (g.up & UPROPS_GEN_CAT) == NON_SPACING_MARK:
            klass = _recategorize(g.cp, g.up >> 8)
            g.up = (klass << 8) | (g.up & 0xFF)


def _cc(g: Glyph) -> int:
    return g.up >> 8 if (g.up & UPROPS_GEN_CAT) in MARK_CATEGORIES else 0


def _is_mark(g: Glyph) -> bool:
    return (g.up & UPROPS_GEN_CAT) in MARK_CATEGORIES


def _position_mark(face: FaceData, buffer: Buffer, base: list[int], g: Glyph, klass: int) -> None:
    ext = face.extents(g.cp)
    if ext is None:
        return
    mx, my, mw, mh = ext
    y_gap = face.upem // 16
    g.xo = g.yo = 0
    if klass in (DOUBLE_BELOW, DOUBLE_ABOVE):
        if not buffer.rtl:
            g.xo = base[0] + base[2] - _c_div(mw, 2) - mx
        else:
            g.xo = base[0] - _c_div(mw, 2) - mx
    elif klass in (ATTACHED_BELOW_LEFT, BELOW_LEFT, ABOVE_LEFT):
        g.xo = base[0] - mx
    elif klass in (ATTACHED_ABOVE_RIGHT, BELOW_RIGHT, ABOVE_RIGHT):
        g.xo = base[0] + base[2] - mw - mx
    else:
        g.xo = base[0] + _c_div(base[2] - mw, 2) - mx
    if klass in (DOUBLE_BELOW, BELOW_LEFT, BELOW, BELOW_RIGHT, ATTACHED_BELOW_LEFT, ATTACHED_BELOW):
        if klass not in (ATTACHED_BELOW_LEFT, ATTACHED_BELOW):
            base[3] -= y_gap
        g.yo = base[1] + base[3] - my
        if (y_gap > 0) == (g.yo > 0):
            base[3] -= g.yo
            g.yo = 0
        base[3] += mh
    elif klass in (DOUBLE_ABOVE, ABOVE_LEFT, ABOVE, ABOVE_RIGHT, ATTACHED_ABOVE, ATTACHED_ABOVE_RIGHT):
        if klass not in (ATTACHED_ABOVE, ATTACHED_ABOVE_RIGHT):
            base[1] += y_gap
            base[3] -= y_gap
        g.yo = base[1] - my - mh
        if (y_gap > 0) != (g.yo > 0):
            correction = -_c_div(g.yo, 2)
            base[1] += correction
            base[3] -= correction
            g.yo += correction
        base[1] -= mh
        base[3] += mh


def _position_around_base(plan: ShapePlan, buffer: Buffer, base: int, end: int, adjust: bool) -> None:
    face = plan.face
    info = buffer.info
    ext = face.extents(info[base].cp)
    if ext is None:
        for i in range(base + 1, end):
            g = info[i]
            if (g.up & UPROPS_GEN_CAT) == NON_SPACING_MARK:
                if adjust:
                    g.xo -= g.xa
                    g.yo -= g.ya
                g.xa = g.ya = 0
        return
    base_ext = [0, ext[1] + info[base].yo, face.advance(info[base].cp), ext[3]]
    lid = lig_id(info[base])
    num_comps = lig_num_comps(info[base])
    x_offset = y_offset = 0
    if not buffer.rtl:
        x_offset = -info[base].xa
        y_offset = -info[base].ya
    component = list(base_ext)
    cluster = list(base_ext)
    last_comp = -1
    last_class = 255
    for i in range(base + 1, end):
        g = info[i]
        if _cc(g):
            if num_comps > 1:
                this_comp = lig_comp(g) - 1
                if not lid or lid != lig_id(g) or this_comp >= num_comps:
                    this_comp = num_comps - 1
                if last_comp != this_comp:
                    last_comp = this_comp
                    last_class = 255
                    component = list(base_ext)
                    if not plan.rtl:
                        component[0] += _c_div(this_comp * component[2], num_comps)
                    else:
                        component[0] += _c_div((num_comps - 1 - this_comp) * component[2], num_comps)
                    component[2] = _c_div(component[2], num_comps)
            klass = _cc(g)
            if last_class != klass:
                last_class = klass
                cluster = list(component)
            _position_mark(face, buffer, cluster, g, klass)
            g.xa = g.ya = 0
            g.xo += x_offset
            g.yo += y_offset
        elif not buffer.rtl:
            x_offset -= g.xa
            y_offset -= g.ya
        else:
            x_offset += g.xa
            y_offset += g.ya


def _position_cluster(plan: ShapePlan, buffer: Buffer, start: int, end: int, adjust: bool) -> None:
    if end - start < 2:
        return
    info = buffer.info
    i = start
    while i < end:
        if not _is_mark(info[i]):
            j = i + 1
            while j < end:
                g = info[j]
                if g.up & UPROPS_HIDDEN or _default_ignorable(g):
                    j += 1
                    continue
                if not _is_mark(g):
                    break
                j += 1
            _position_around_base(plan, buffer, i, j, adjust)
            i = j - 1
        i += 1


def _default_ignorable(g: Glyph) -> bool:
    from pureog.text.ot.buffer import SUBSTITUTED  # noqa: PLC0415

    return bool(g.up & UPROPS_IGNORABLE) and not g.gp & SUBSTITUTED


def mark_position(plan: ShapePlan, buffer: Buffer, adjust: bool) -> None:
    """Place marks around their base from combining classes (fonts without GPOS)."""
    info = buffer.info
    start = 0
    for i in range(1, len(info)):
        g = info[i]
        if not _is_mark(g) and not g.up & UPROPS_HIDDEN and not _default_ignorable(g):
            _position_cluster(plan, buffer, start, i, adjust)
            start = i
    _position_cluster(plan, buffer, start, len(info), adjust)
