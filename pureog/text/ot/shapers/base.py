"""The interface every script shaper implements (HarfBuzz's ``hb_ot_shaper_t``), and the default shaper.

A shaper chooses features (``collect_features`` / ``override_features``, with GSUB pauses that run its
callbacks between stages), prepares the text (``preprocess_text``: e.g. Thai SARA AM decomposition),
assigns per-glyph feature masks (``setup_masks``: e.g. Arabic joining forms), customises normalization
(``decompose`` / ``compose`` / ``reorder_marks``), post-processes glyphs, and picks how mark advances
are zeroed and whether fallback positioning applies.

Input / output: the :class:`~pureog.text.ot.plan.Planner` while planning, then the
:class:`~pureog.text.ot.buffer.Buffer` of a run. Imports pureog.text.ot only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pureog.text.ot.unicode import compose, decompose

if TYPE_CHECKING:
    from pureog.text.ot.buffer import Buffer
    from pureog.text.ot.plan import Planner, ShapePlan
    from pureog.text.ot.tables import FaceData

# Mark width zeroing (hb_ot_shape_zero_width_marks_type_t).
ZERO_WIDTH_MARKS_NONE = 0
ZERO_WIDTH_MARKS_BY_GDEF_EARLY = 1
ZERO_WIDTH_MARKS_BY_GDEF_LATE = 2

# Normalization modes (hb_ot_shape_normalization_mode_t).
NORMALIZATION_NONE = 0
NORMALIZATION_DECOMPOSED = 1
NORMALIZATION_COMPOSED_DIACRITICS = 2
NORMALIZATION_COMPOSED_DIACRITICS_NO_SHORT_CIRCUIT = 3
NORMALIZATION_AUTO = 4


class Shaper:
    """The default shaper; script shapers subclass it and override what they need."""

    name = "default"
    gpos_tag: str | None = None
    normalization_mode = NORMALIZATION_AUTO
    zero_width_marks = ZERO_WIDTH_MARKS_BY_GDEF_LATE
    fallback_position = True
    has_reorder_marks = False

    def collect_features(self, planner: Planner) -> None:
        """Add the shaper's features and GSUB pauses (called before the common features)."""

    def override_features(self, planner: Planner) -> None:
        """Change features after the user's were added."""

    def data_create(self, plan: ShapePlan) -> Any:
        return None

    def preprocess_text(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        """Rewrite the code points before normalization."""

    def decompose(self, plan: ShapePlan, ab: int) -> tuple[int, int] | None:
        return decompose(ab)

    def compose(self, plan: ShapePlan, a: int, b: int) -> int:
        return compose(a, b)

    def setup_masks(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        """Set the per-glyph feature masks the shaper decides."""

    def reorder_marks(self, plan: ShapePlan, buffer: Buffer, start: int, end: int) -> None:
        """Reorder a run of marks after the canonical ordering."""

    def postprocess_glyphs(self, plan: ShapePlan, buffer: Buffer, face: FaceData) -> None:
        """Change glyphs after positioning."""


DEFAULT = Shaper()
