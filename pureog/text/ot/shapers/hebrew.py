"""The Hebrew shaper: default features, GPOS only under the ``hebr`` script, presentation-form
composition for fonts without mark positioning, and the patah / qamats mark reordering.

Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog.text.ot.shapers.base import Shaper
from pureog.text.ot.unicode import compose

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer
    from pureog.text.ot.plan import ShapePlan

# Hebrew letter U+05D0..U+05EA + DAGESH -> presentation form (0 where none is encoded).
_DAGESH_FORMS = (
    0xFB30, 0xFB31, 0xFB32, 0xFB33, 0xFB34, 0xFB35, 0xFB36, 0x0000, 0xFB38, 0xFB39, 0xFB3A, 0xFB3B, 0xFB3C,
    0x0000, 0xFB3E, 0x0000, 0xFB40, 0xFB41, 0x0000, 0xFB43, 0xFB44, 0x0000, 0xFB46, 0xFB47, 0xFB48, 0xFB49,
    0xFB4A,
)  # fmt: skip

_PAIRS = {
    (0x05D9, 0x05B4): 0xFB1D, (0x05F2, 0x05B7): 0xFB1F, (0x05D0, 0x05B7): 0xFB2E, (0x05D0, 0x05B8): 0xFB2F,
    (0x05D5, 0x05B9): 0xFB4B, (0xFB2A, 0x05BC): 0xFB2C, (0xFB2B, 0x05BC): 0xFB2D, (0x05D1, 0x05BF): 0xFB4C,
    (0x05DB, 0x05BF): 0xFB4D, (0x05E4, 0x05BF): 0xFB4E, (0x05E9, 0x05C1): 0xFB2A, (0xFB49, 0x05C1): 0xFB2C,
    (0x05E9, 0x05C2): 0xFB2B, (0xFB49, 0x05C2): 0xFB2D,
}  # fmt: skip


def _cc(g: object) -> int:
    up: int = g.up  # type: ignore[attr-defined]
    return up >> 8 if (up & 0x1F) in (10, 11, 12) else 0


class HebrewShaper(Shaper):
    name = "hebrew"
    gpos_tag = "hebr"
    has_reorder_marks = True

    def compose(self, plan: ShapePlan, a: int, b: int) -> int:
        ab = compose(a, b)
        if ab or plan.has_gpos_mark:
            return ab
        if b == 0x05BC and 0x05D0 <= a <= 0x05EA:
            return _DAGESH_FORMS[a - 0x05D0]
        return _PAIRS.get((a, b), 0)

    def reorder_marks(self, plan: ShapePlan, buffer: Buffer, start: int, end: int) -> None:
        info = buffer.info
        for i in range(start + 2, end):
            c0 = _cc(info[i - 2])
            c1 = _cc(info[i - 1])
            c2 = _cc(info[i])
            if c0 in (20, 21) and c1 in (22, 23) and c2 in (25, 220):
                buffer.merge_clusters(i - 1, i + 1)
                info[i - 1], info[i] = info[i], info[i - 1]
                break


HEBREW = HebrewShaper()
