"""The Thai / Lao shaper: SARA AM decomposition (NIKHAHIT moved before the above-base marks), and
for Thai fonts without Thai GSUB the Windows / Mac private-use glyph fallback.

Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.limits import charge_shaping
from pureog.text.ot.buffer import HAS_CONTINUATIONS
from pureog.text.ot.shapers.base import Shaper
from pureog.text.ot.unicode import NON_SPACING_MARK, UPROPS_CONTINUATION, UPROPS_GEN_CAT

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer
    from pureog.text.ot.plan import ShapePlan
    from pureog.text.ot.tables import FaceData

NC, AC, RC, DC, NOT_CONSONANT = 0, 1, 2, 3, 4
AV, BV, T, NOT_MARK = 0, 1, 2, 3
NOP, SD, SL, SDL, RD = 0, 1, 2, 3, 4


def _consonant_type(u: int) -> int:
    if u in (0x0E1B, 0x0E1D, 0x0E1F):
        return AC
    if u in (0x0E0D, 0x0E10):
        return RC
    if u in (0x0E0E, 0x0E0F):
        return DC
    if 0x0E01 <= u <= 0x0E2E:
        return NC
    return NOT_CONSONANT


def _mark_type(u: int) -> int:
    if u == 0x0E31 or 0x0E34 <= u <= 0x0E37 or u == 0x0E47 or 0x0E4D <= u <= 0x0E4E:
        return AV
    if 0x0E38 <= u <= 0x0E3A:
        return BV
    if 0x0E48 <= u <= 0x0E4C:
        return T
    return NOT_MARK


# action -> {code point: (Windows PUA, Mac PUA)}
_PUA = {
    SD: {0x0E48: (0xF70A, 0xF88B), 0x0E49: (0xF70B, 0xF88E), 0x0E4A: (0xF70C, 0xF891), 0x0E4B: (0xF70D, 0xF894),
         0x0E4C: (0xF70E, 0xF897), 0x0E38: (0xF718, 0xF89B), 0x0E39: (0xF719, 0xF89C), 0x0E3A: (0xF71A, 0xF89D)},
    SDL: {0x0E48: (0xF705, 0xF88C), 0x0E49: (0xF706, 0xF88F), 0x0E4A: (0xF707, 0xF892), 0x0E4B: (0xF708, 0xF895),
          0x0E4C: (0xF709, 0xF898)},
    SL: {0x0E48: (0xF713, 0xF88A), 0x0E49: (0xF714, 0xF88D), 0x0E4A: (0xF715, 0xF890), 0x0E4B: (0xF716, 0xF893),
         0x0E4C: (0xF717, 0xF896), 0x0E31: (0xF710, 0xF884), 0x0E34: (0xF701, 0xF885), 0x0E35: (0xF702, 0xF886),
         0x0E36: (0xF703, 0xF887), 0x0E37: (0xF704, 0xF888), 0x0E47: (0xF712, 0xF889), 0x0E4D: (0xF711, 0xF899)},
    RD: {0x0E0D: (0xF70F, 0xF89A), 0x0E10: (0xF700, 0xF89E)},
}  # fmt: skip

_ABOVE_START = (0, 1, 0, 0, 3)  # by consonant type: T0, T1, T0, T0, T3
_ABOVE = (  # [state][mark type] -> (action, next state)
    ((NOP, 3), (NOP, 0), (SD, 3)),
    ((SL, 2), (NOP, 1), (SDL, 2)),
    ((NOP, 3), (NOP, 2), (SL, 3)),
    ((NOP, 3), (NOP, 3), (NOP, 3)),
)
_BELOW_START = (0, 0, 1, 2, 2)  # B0, B0, B1, B2, B2
_BELOW = (
    ((NOP, 0), (NOP, 2), (NOP, 0)),
    ((NOP, 1), (RD, 2), (NOP, 1)),
    ((NOP, 2), (SD, 2), (NOP, 2)),
)


def _pua(u: int, action: int, face: FaceData) -> int:
    if action == NOP:
        return u
    pair = _PUA[action].get(u)
    if pair is None:
        return u
    for alt in pair:
        if face.has_glyph(alt):
            return alt
    return u


def _is_above_base_mark(u: int) -> bool:
    u &= ~0x0080
    return 0x0E34 <= u <= 0x0E37 or 0x0E47 <= u <= 0x0E4E or u == 0x0E31 or u == 0x0E3B


class ThaiShaper(Shaper):
    name = "thai"
    fallback_position = False

    def preprocess_text(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        buffer.clear_output()
        info = buffer.info
        count = len(info)
        buffer.idx = 0
        while buffer.idx < count:
            u = info[buffer.idx].cp
            if (u & ~0x0080) != 0x0E33:
                buffer.next_glyph()
                continue
            buffer.output_glyph(u - 0x0E33 + 0x0E4D)
            nikhahit = buffer.prev()
            nikhahit.up |= UPROPS_CONTINUATION
            buffer.scratch |= HAS_CONTINUATIONS
            buffer.replace_glyph(u - 1)
            out = buffer.out
            end = len(out)
            g = out[end - 2]
            g.up = (g.up & (0xFF & ~UPROPS_GEN_CAT)) | NON_SPACING_MARK
            start = end - 2
            while start > 0 and _is_above_base_mark(out[start - 1].cp):
                start -= 1
            if end - start > 32:  # (the marks walked and moved: counted, as buffer.merge_out_clusters counts)
                charge_shaping(end - start)
            if start + 2 < end:
                buffer.merge_out_clusters(start, end)
                t = out[end - 2]
                out[start + 1:end - 1] = out[start:end - 2]
                out[start] = t
            if start:
                buffer.merge_out_clusters(start - 1, end)
        buffer.sync()
        if plan.script == "Thai" and not plan.found_script[0]:
            _pua_shaping(buffer, face)


def _pua_shaping(buffer: Buffer, face: FaceData) -> None:
    above_state = _ABOVE_START[NOT_CONSONANT]
    below_state = _BELOW_START[NOT_CONSONANT]
    base = 0
    info = buffer.info
    for i, g in enumerate(info):
        mt = _mark_type(g.cp)
        if mt == NOT_MARK:
            ct = _consonant_type(g.cp)
            above_state = _ABOVE_START[ct]
            below_state = _BELOW_START[ct]
            base = i
            continue
        above_action, above_state = _ABOVE[above_state][mt]
        below_action, below_state = _BELOW[below_state][mt]
        action = above_action if above_action != NOP else below_action
        if action == RD:
            info[base].cp = _pua(info[base].cp, action, face)
        else:
            g.cp = _pua(g.cp, action, face)


THAI = ThaiShaper()
