"""Font-aware Unicode normalization before glyph mapping (``hb-ot-shape-normalize.cc``).

Input: a buffer of code points with unicode props. Output: the same buffer, each character
decomposed when the font lacks it but has its canonical decomposition, marks in canonical order (with
the shaper's extra reordering), then recomposed into precomposed characters the font has; the glyph
chosen for each character is left in ``Glyph.ng``. Variation selectors use the cmap format 14 table;
spaces the font lacks map to its space glyph (with their width fixed later), U+2011 to U+2010's glyph.

Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.text.ot.buffer import (
    HAS_CGJ,
    HAS_CONTINUATIONS,
    HAS_DEFAULT_IGNORABLES,
    HAS_SPACE_FALLBACK,
    HAS_VARIATION_SELECTOR_FALLBACK,
    Buffer,
    Glyph,
)
from pureog.text.ot.shapers.base import (
    NORMALIZATION_AUTO,
    NORMALIZATION_COMPOSED_DIACRITICS,
    NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT,
    NORMALIZATION_DECOMPOSED,
    NORMALIZATION_NONE,
)
from pureog.text.ot.unicode import (
    FORMAT,
    MARK_CATEGORIES,
    SPACE_SEPARATOR,
    UPROPS_CONTINUATION,
    UPROPS_GEN_CAT,
    UPROPS_HIDDEN,
    UPROPS_IGNORABLE,
    UPROPS_VS,
    is_variation_selector,
    space_fallback_type,
    unicode_props,
)

if TYPE_CHECKING:
    from pureog.text.ot.plan import ShapePlan
    from pureog.text.ot.tables import FaceData

MAX_COMBINING_MARKS = 32


def set_unicode_props(buffer: Buffer, g: Glyph) -> None:
    props = unicode_props(g.cp)
    if props & UPROPS_IGNORABLE:
        buffer.scratch |= HAS_DEFAULT_IGNORABLES
        if g.cp == 0x034F:
            buffer.scratch |= HAS_CGJ
    if props & UPROPS_CONTINUATION:
        buffer.scratch |= HAS_CONTINUATIONS
    g.up = props


def is_mark(g: Glyph) -> bool:
    return (g.up & UPROPS_GEN_CAT) in MARK_CATEGORIES


def cc(g: Glyph) -> int:
    return g.up >> 8 if (g.up & UPROPS_GEN_CAT) in MARK_CATEGORIES else 0


class _Normalizer:
    __slots__ = ("plan", "buffer", "face", "cmap")

    def __init__(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        self.plan = plan
        self.buffer = buffer
        self.face = face
        self.cmap = face.cmap

    def output_char(self, u: int, glyph: int) -> None:
        buf = self.buffer
        buf.info[buf.idx].ng = glyph
        buf.output_glyph(u)
        set_unicode_props(buf, buf.out[-1])

    def next_char(self, glyph: int) -> None:
        buf = self.buffer
        buf.info[buf.idx].ng = glyph
        buf.next_glyph()

    def decompose(self, shortest: bool, ab: int) -> int:
        parts = self.plan.shaper.decompose(self.plan, ab)
        if parts is None:
            return 0
        a, b = parts
        b_glyph = 0
        if b:
            b_glyph = self.cmap.get(b, 0)
            if not b_glyph:
                return 0
        a_glyph = self.cmap.get(a, 0)
        if shortest and a_glyph:
            self.output_char(a, a_glyph)
            if b:
                self.output_char(b, b_glyph)
                return 2
            return 1
        ret = self.decompose(shortest, a)
        if ret:
            if b:
                self.output_char(b, b_glyph)
                return ret + 1
            return ret
        if a_glyph:
            self.output_char(a, a_glyph)
            if b:
                self.output_char(b, b_glyph)
                return 2
            return 1
        return 0

    def decompose_current(self, shortest: bool) -> None:
        buf = self.buffer
        cur = buf.info[buf.idx]
        u = cur.cp
        glyph = self.cmap.get(u, 0)
        if shortest and glyph:
            self.next_char(glyph)
            return
        if self.decompose(shortest, u):
            buf.skip_glyph()
            return
        if not shortest and glyph:
            self.next_char(glyph)
            return
        if (cur.up & UPROPS_GEN_CAT) == SPACE_SEPARATOR:
            space_type = space_fallback_type(u)
            space_glyph = self.cmap.get(0x20, 0)
            if space_type and space_glyph:
                cur.up = (space_type << 8) | (cur.up & 0xFF)
                self.next_char(space_glyph)
                buf.scratch |= HAS_SPACE_FALLBACK
                return
        if u == 0x2011:
            other = self.cmap.get(0x2010, 0)
            if other:
                self.next_char(other)
                return
        self.next_char(0)

    def variation_selector_cluster(self, end: int) -> None:
        buf = self.buffer
        info = buf.info
        face = self.face
        while buf.idx < end - 1:
            cur = info[buf.idx]
            if is_variation_selector(info[buf.idx + 1].cp):
                glyph = face.variation_glyph(cur.cp, info[buf.idx + 1].cp)
                if glyph:
                    cur.ng = glyph
                    buf.replace_glyphs(2, [cur.cp])
                else:
                    cur.ng = self.cmap.get(cur.cp, 0)
                    buf.next_glyph()
                    buf.scratch |= HAS_VARIATION_SELECTOR_FALLBACK
                    vs = info[buf.idx]
                    vs.up = ((vs.up & (0xFF & ~UPROPS_GEN_CAT)) | FORMAT) | UPROPS_VS
                    vs.ng = self.cmap.get(vs.cp, 0)
                    buf.next_glyph()
                while buf.idx < end and is_variation_selector(info[buf.idx].cp):
                    info[buf.idx].ng = self.cmap.get(info[buf.idx].cp, 0)
                    buf.next_glyph()
            else:
                cur.ng = self.cmap.get(cur.cp, 0)
                buf.next_glyph()
        if buf.idx < end:
            info[buf.idx].ng = self.cmap.get(info[buf.idx].cp, 0)
            buf.next_glyph()

    def multi_char_cluster(self, end: int, short_circuit: bool) -> None:
        buf = self.buffer
        for i in range(buf.idx, end):
            if is_variation_selector(buf.info[i].cp):
                self.variation_selector_cluster(end)
                return
        while buf.idx < end:
            self.decompose_current(short_circuit)


def normalize(plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
    if not buffer.info:
        return
    shaper = plan.shaper
    mode = shaper.normalization_mode
    if mode == NORMALIZATION_AUTO:
        mode = NORMALIZATION_COMPOSED_DIACRITICS
    always_short_circuit = mode == NORMALIZATION_NONE
    might_short_circuit = always_short_circuit or mode not in (
        NORMALIZATION_DECOMPOSED, NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT)
    n = _Normalizer(plan, buffer, face)
    cmap = face.cmap

    # First round: decompose.
    all_simple = True
    buffer.clear_output()
    info = buffer.info
    count = len(info)
    buffer.idx = 0
    while buffer.idx < count:
        end = buffer.idx + 1
        while end < count and not is_mark(info[end]):
            end += 1
        if end < count:
            end -= 1
        if might_short_circuit:
            done = 0
            while buffer.idx + done < end:
                g = info[buffer.idx + done]
                gid = cmap.get(g.cp, 0)
                if not gid:
                    break
                g.ng = gid
                done += 1
            buffer.next_glyphs(done)
        while buffer.idx < end:
            n.decompose_current(might_short_circuit)
        if buffer.idx == count:
            break
        all_simple = False
        end = buffer.idx + 1
        while end < count and is_mark(info[end]):
            end += 1
        n.multi_char_cluster(end, always_short_circuit)
    buffer.sync()

    # Second round: reorder marks (in place).
    if not all_simple:
        info = buffer.info
        count = len(info)
        i = 0
        while i < count:
            if cc(info[i]) == 0:
                i += 1
                continue
            end = i + 1
            while end < count and cc(info[end]) != 0:
                end += 1
            if end - i <= MAX_COMBINING_MARKS:
                buffer.sort(i, end, cc)
                if shaper.has_reorder_marks:
                    shaper.reorder_marks(plan, buffer, i, end)
            i = end + 1
    if buffer.scratch & HAS_CGJ:
        info = buffer.info
        for i in range(1, len(info) - 1):
            if info[i].cp == 0x034F and (cc(info[i + 1]) == 0 or cc(info[i - 1]) <= cc(info[i + 1])):
                info[i].up &= ~UPROPS_HIDDEN

    # Third round: recompose.
    if not all_simple and mode in (NORMALIZATION_COMPOSED_DIACRITICS,
                                   NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT):
        buffer.clear_output()
        info = buffer.info
        count = len(info)
        starter = 0
        buffer.next_glyph()
        out = buffer.out
        while buffer.idx < count:
            cur = info[buffer.idx]
            if is_mark(cur) and (starter == len(out) - 1 or cc(out[-1]) < cc(cur)):
                composed = shaper.compose(plan, out[starter].cp, cur.cp)
                glyph = cmap.get(composed, 0) if composed else 0
                if glyph:
                    buffer.next_glyph()
                    buffer.merge_out_clusters(starter, len(out))
                    out.pop()
                    s = out[starter]
                    s.cp = composed
                    s.ng = glyph
                    set_unicode_props(buffer, s)
                    continue
            buffer.next_glyph()
            if cc(out[-1]) == 0:
                starter = len(out) - 1
        buffer.sync()
