"""Running the plan's GSUB and GPOS lookups over a buffer (``hb_ot_map_t::apply`` / ``apply_string``).

Input: a :class:`~pureog.text.ot.plan.ShapePlan` and a buffer of glyph ids with glyph props. Output:
the buffer after every lookup of every stage, in lookup-list order within a stage, the shaper's pause
callbacks run between stages. A lookup is tried at each glyph its coverage holds, whose feature mask
bit is set and whose glyph class the lookup flag does not ignore; reverse chaining lookups run from
the end of the buffer.

Imports pureog.text.ot and :mod:`pureog.limits` (the render deadline, checked once per lookup, and the
render's shaping budget, charged a buffer's length per lookup) only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.limits import charge_shaping, check_deadline
from pureog.text.ot.buffer import MARK, Buffer
from pureog.text.ot.context import IGNORE_FLAGS, MARK_ATTACHMENT_TYPE, USE_MARK_FILTERING_SET, ApplyContext

if TYPE_CHECKING:
    from pureog.text.ot.plan import ShapePlan
    from pureog.text.ot.tables import CompiledLookup, LayoutTable


def _apply_forward(c: ApplyContext, lookup: CompiledLookup) -> None:
    buf = c.buffer
    cov = lookup.coverage
    mask = c.lookup_mask
    props = c.lookup_props
    subtables = lookup.subtables
    mark_sets = c.mark_sets
    while True:
        info = buf.info
        n = len(info)
        j = buf.idx
        while j < n:
            g = info[j]
            if g.cp in cov and g.mask & mask:
                gp = g.gp
                if not gp & props & IGNORE_FLAGS:
                    if not gp & MARK:
                        break
                    if props & USE_MARK_FILTERING_SET:
                        if g.cp in mark_sets[props >> 16]:
                            break
                    elif props & MARK_ATTACHMENT_TYPE:
                        if (props & MARK_ATTACHMENT_TYPE) == (gp & MARK_ATTACHMENT_TYPE):
                            break
                    else:
                        break
            j += 1
        if j > buf.idx:
            buf.next_glyphs(j - buf.idx)
        if buf.idx >= n:
            break
        for st in subtables:
            if st.apply(c):
                break
        else:
            buf.next_glyph()
        if buf.max_ops < 0:
            break


def _apply_backward(c: ApplyContext, lookup: CompiledLookup) -> None:
    buf = c.buffer
    cov = lookup.coverage
    mask = c.lookup_mask
    props = c.lookup_props
    buf.idx = len(buf.info) - 1
    while buf.idx >= 0:
        g = buf.info[buf.idx]
        if g.cp in cov and g.mask & mask and c.check_glyph_property(g, props):
            for st in lookup.subtables:
                if st.apply(c):
                    break
        buf.idx -= 1
    buf.idx = 0


def run_table(plan: ShapePlan, buffer: Buffer, table_index: int) -> None:
    """Apply the GSUB (0) or GPOS (1) lookups of the plan, stage by stage."""
    face = plan.face
    table: LayoutTable | None = face.gsub if table_index == 0 else face.gpos
    c = ApplyContext(table_index, buffer, table.lookup if table is not None else (lambda i: None), face.gdef)
    lookups = plan.lookups[table_index]
    i = 0
    for stage in plan.stages[table_index]:
        if table is not None and buffer.info:
            glyphs = {g.cp for g in buffer.info}
            while i < stage.last_lookup:
                lm = lookups[i]
                i += 1
                lookup = table.lookup(lm.index)
                if lookup is None or not lm.mask or lookup.coverage.isdisjoint(glyphs):
                    continue
                check_deadline()
                charge_shaping(len(buffer.info))
                c.lookup_index = lm.index
                c.set_lookup_mask(lm.mask)
                c.auto_zwj = lm.auto_zwj
                c.auto_zwnj = lm.auto_zwnj
                c.random = lm.random
                c.per_syllable = lm.per_syllable
                c.set_lookup_props(lookup.props)
                if not lookup.reverse:
                    if table_index == 0:
                        buffer.clear_output()
                    buffer.idx = 0
                    _apply_forward(c, lookup)
                    if table_index == 0:
                        buffer.sync()
                        glyphs = {g.cp for g in buffer.info}
                else:
                    _apply_backward(c, lookup)
                    glyphs = {g.cp for g in buffer.info}
        i = stage.last_lookup
        if stage.pause is not None:
            stage.pause(plan, face, buffer)
