"""The shaping pipeline: text in, positioned glyphs out (HarfBuzz's ``hb_ot_shape_internal``).

Input: a face (fontTools ``TTFont`` or pureog ``FontFace``), a logical-order run of one script and one
direction, user features. Output: a list of :class:`ShapedGlyph` in visual order (reversed for RTL, as
``hb_shape`` reports them), positions in font units.

Steps: unicode props and grapheme clusters, native direction, the shaper's text preprocessing,
mirroring (RTL), normalization, feature masks (fractions, shaper, user ranges), glyph mapping, glyph
classes (GDEF or synthesized from Unicode), GSUB, default advances, GPOS (or the legacy ``kern``
table, fallback mark positioning), mark zeroing, attachment offsets, RTL reversal, hidden default
ignorables, the shaper's post-processing.

Imports pureog.text.ot only.
"""

from __future__ import annotations

from bisect import bisect_right

from pureog.records import record
from pureog.text.ot import fallback
from pureog.text.ot._ucd import EXTENDED_PICTOGRAPHIC
from pureog.text.ot.buffer import (
    BASE_GLYPH,
    HAS_CONTINUATIONS,
    HAS_DEFAULT_IGNORABLES,
    HAS_FRACTION_SLASH,
    HAS_GPOS_ATTACHMENT,
    HAS_SPACE_FALLBACK,
    MARK,
    SUBSTITUTED,
    Buffer,
    Glyph,
)
from pureog.text.ot.gpos import propagate_attachment_offsets
from pureog.text.ot.layout import run_table
from pureog.text.ot.normalize import normalize, set_unicode_props
from pureog.text.ot.plan import ShapePlan
from pureog.text.ot.shapers.base import ZERO_WIDTH_MARKS_BY_GDEF_EARLY, ZERO_WIDTH_MARKS_BY_GDEF_LATE
from pureog.text.ot.tables import FaceData
from pureog.text.ot.tags import normalize_script
from pureog.text.ot.unicode import (
    DECIMAL_NUMBER,
    FORMAT,
    LETTER_CATEGORIES,
    MODIFIER_SYMBOL,
    NON_SPACING_MARK,
    RTL_SCRIPTS,
    SPACE_SEPARATOR,
    UPROPS_CONTINUATION,
    UPROPS_GEN_CAT,
    UPROPS_IGNORABLE,
    UPROPS_ZWJ,
    mirroring,
)


@record
class ShapedGlyph:
    """One output glyph: id, cluster (index of the first code point of its cluster in the input
    string), and its position in font units (``x_advance`` etc., as ``hb_glyph_position_t``)."""

    glyph: int
    cluster: int
    x_advance: int
    y_advance: int
    x_offset: int
    y_offset: int


_PICT_STARTS = tuple(lo for lo, _ in EXTENDED_PICTOGRAPHIC)


def _extended_pictographic(u: int) -> bool:
    i = bisect_right(_PICT_STARTS, u) - 1
    return i >= 0 and u <= EXTENDED_PICTOGRAPHIC[i][1]


def _set_unicode_props(buffer: Buffer) -> None:
    info = buffer.info
    count = len(info)
    i = 0
    while i < count:
        g = info[i]
        set_unicode_props(buffer, g)
        u = g.cp
        if u >= 0x80:
            gc = g.up & UPROPS_GEN_CAT
            if gc in LETTER_CATEGORIES or gc == SPACE_SEPARATOR:
                pass
            elif gc == MODIFIER_SYMBOL and 0x1F3FB <= u <= 0x1F3FF:
                g.up |= UPROPS_CONTINUATION
                buffer.scratch |= HAS_CONTINUATIONS
            elif i and 0x1F1E6 <= u <= 0x1F1FF:
                p = info[i - 1]
                if 0x1F1E6 <= p.cp <= 0x1F1FF and not p.up & UPROPS_CONTINUATION:
                    g.up |= UPROPS_CONTINUATION
                    buffer.scratch |= HAS_CONTINUATIONS
            elif gc == FORMAT and g.up & UPROPS_ZWJ:
                g.up |= UPROPS_CONTINUATION
                buffer.scratch |= HAS_CONTINUATIONS
                if i + 1 < count and _extended_pictographic(info[i + 1].cp):
                    i += 1
                    set_unicode_props(buffer, info[i])
                    info[i].up |= UPROPS_CONTINUATION
            elif 0xFF9E <= u <= 0xFF9F or 0xE0020 <= u <= 0xE007F:
                g.up |= UPROPS_CONTINUATION
                buffer.scratch |= HAS_CONTINUATIONS
            elif u == 0x2044:
                buffer.scratch |= HAS_FRACTION_SLASH
        i += 1


def _graphemes(info: list[Glyph]) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(info)):
        if not info[i].up & UPROPS_CONTINUATION:
            groups.append((start, i))
            start = i
    if info:
        groups.append((start, len(info)))
    return groups


def _form_clusters(buffer: Buffer) -> None:
    if not buffer.scratch & HAS_CONTINUATIONS:
        return
    for start, end in _graphemes(buffer.info):
        buffer.merge_clusters(start, end)


def _ensure_native_direction(buffer: Buffer, script: str | None) -> None:
    if script in ("Hung", "Ital", "Runr", "Tfng"):
        return
    horizontal_rtl = script in RTL_SCRIPTS
    if horizontal_rtl and not buffer.rtl:
        found_number = found_letter = found_ri = False
        for g in buffer.info:
            gc = g.up & UPROPS_GEN_CAT
            if gc in LETTER_CATEGORIES:
                found_letter = True
                break
            if gc == DECIMAL_NUMBER:
                found_number = True
            elif 0x1F1E6 <= g.cp <= 0x1F1FF:
                found_ri = True
        if (found_number or found_ri) and not found_letter:
            horizontal_rtl = False
    if buffer.rtl != horizontal_rtl:
        buffer.reverse_groups(lambda a, b: bool(b.up & UPROPS_CONTINUATION))
        buffer.rtl = not buffer.rtl
        buffer.forward = not buffer.rtl


def _setup_masks_fraction(plan: ShapePlan, buffer: Buffer) -> None:
    if not buffer.scratch & HAS_FRACTION_SLASH or not plan.has_frac:
        return
    if buffer.forward:
        pre_mask = plan.numr_mask | plan.frac_mask
        post_mask = plan.frac_mask | plan.dnom_mask
    else:
        pre_mask = plan.frac_mask | plan.dnom_mask
        post_mask = plan.numr_mask | plan.frac_mask
    info = buffer.info
    count = len(info)
    i = 0
    while i < count:
        if info[i].cp == 0x2044:
            start, end = i, i + 1
            while start and (info[start - 1].up & UPROPS_GEN_CAT) == DECIMAL_NUMBER:
                start -= 1
            while end < count and (info[end].up & UPROPS_GEN_CAT) == DECIMAL_NUMBER:
                end += 1
            if start == i or end == i + 1:
                i += 1
                continue
            for j in range(start, i):
                info[j].mask |= pre_mask
            info[i].mask |= plan.frac_mask
            for j in range(i + 1, end):
                info[j].mask |= post_mask
            i = end
            continue
        i += 1


def _is_default_ignorable(g: Glyph) -> bool:
    return bool(g.up & UPROPS_IGNORABLE) and not g.gp & SUBSTITUTED


def shape_buffer(plan: ShapePlan, buffer: Buffer) -> None:
    """Shape ``buffer`` (code points, logical order) in place into positioned glyphs in visual order."""
    face: FaceData = plan.face
    shaper = plan.shaper
    target_rtl = buffer.rtl
    for g in buffer.info:
        g.mask = plan.global_mask
    _set_unicode_props(buffer)
    _form_clusters(buffer)
    _ensure_native_direction(buffer, plan.script)
    shaper.preprocess_text(plan, buffer, face)

    # Substitution.
    if target_rtl:
        for g in buffer.info:
            m = mirroring(g.cp)
            if m != g.cp and face.has_glyph(m):
                g.cp = m
            else:
                g.mask |= plan.rtlm_mask
    normalize(plan, buffer, face)
    _setup_masks_fraction(plan, buffer)
    shaper.setup_masks(plan, buffer, face)
    for f in plan.user_features:
        if not f.is_global:
            mask, shift = plan.get_mask(f.tag)
            buffer.set_masks(f.value << shift, mask, f.start, f.end if f.end is not None else 1 << 62)
    if plan.fallback_mark_positioning:
        fallback.recategorize_marks(buffer)
    gdef = face.gdef
    for g in buffer.info:
        g.cp = g.ng
        g.gp = gdef.glyph_props(g.cp)
        g.lig = 0
    if plan.fallback_glyph_classes:
        for g in buffer.info:
            mark = (g.up & UPROPS_GEN_CAT) == NON_SPACING_MARK and not _is_default_ignorable(g)
            g.gp = MARK if mark else BASE_GLYPH
    run_table(plan, buffer, 0)

    # Positioning.
    info = buffer.info
    for g in info:
        g.xa = face.advance(g.cp)
        g.ya = g.xo = g.yo = g.chain = g.atype = 0
    if buffer.scratch & HAS_SPACE_FALLBACK:
        fallback.spaces(buffer, face)
    adjust = plan.adjust_mark_positioning_when_zeroing and buffer.forward
    zero = shaper.zero_width_marks if plan.zero_marks else 0
    if zero == ZERO_WIDTH_MARKS_BY_GDEF_EARLY:
        fallback.zero_mark_widths_by_gdef(buffer, adjust)
    if plan.apply_gpos:
        run_table(plan, buffer, 1)
    if plan.apply_kern:
        fallback.legacy_kern(plan, buffer)
    if zero == ZERO_WIDTH_MARKS_BY_GDEF_LATE:
        fallback.zero_mark_widths_by_gdef(buffer, adjust)
    info = buffer.info
    if buffer.scratch & HAS_DEFAULT_IGNORABLES:
        for g in info:
            if _is_default_ignorable(g):
                g.xa = g.ya = g.xo = 0
    if buffer.scratch & HAS_GPOS_ATTACHMENT:
        propagate_attachment_offsets(info, buffer.forward)
    if plan.fallback_mark_positioning:
        fallback.mark_position(plan, buffer, adjust)
    if buffer.rtl:
        buffer.reverse()

    # Post-substitution.
    if buffer.scratch & HAS_DEFAULT_IGNORABLES:
        space = face.cmap.get(0x20, 0)
        if space:
            for g in buffer.info:
                if _is_default_ignorable(g):
                    g.cp = space
        else:
            buffer.delete_glyphs_inplace(_is_default_ignorable)
    shaper.postprocess_glyphs(plan, buffer, face)
    buffer.rtl = target_rtl


def make_buffer(text: str, rtl: bool, context: tuple[str, str] = ("", "")) -> Buffer:
    return Buffer([Glyph(ord(ch), i) for i, ch in enumerate(text)], rtl, context)


def script_is_rtl(script: str | None) -> bool:
    return normalize_script(script) in RTL_SCRIPTS
