"""The Myanmar Zawgyi shaper (HarfBuzz's ``hb-ot-shaper-myanmar`` Zawgyi variant, script ``Qaag``).

Zawgyi is a legacy font encoding that puts visual-order Myanmar glyphs on Unicode code points, so text
in it must not be normalized (composing or reordering marks would change the glyphs), mark advances are
kept, and marks get no fallback positioning. Everything else is the default shaper's.

Input / output: the shaping buffer of a ``Qaag`` run. Imports pureog.text.ot only.
"""

from __future__ import annotations

from pureog.text.ot.shapers.base import NORMALIZATION_NONE, ZERO_WIDTH_MARKS_NONE, Shaper


class ZawgyiShaper(Shaper):
    name = "myanmar_zawgyi"
    normalization_mode = NORMALIZATION_NONE
    zero_width_marks = ZERO_WIDTH_MARKS_NONE
    fallback_position = False


ZAWGYI = ZawgyiShaper()
