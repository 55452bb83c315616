"""The Yoga measure function of a text node, and what it leaves behind for the painter.

Role: a text, its style and the render's fonts -> a :data:`~pureog.text.paragraph.MeasureFn` over one
:class:`~pureog.text.line_flow.TextLayout` per text node (Satori's flow state is per node: its last
measure decides what is drawn, and a break-word split outlives the call), and :class:`FlowWidths`, the
per-render record of each leaf's last flow width and words that :mod:`pureog.paint.text` draws from.
Must not import layout, paint or raster.
"""

from __future__ import annotations

import math

from pureog import caches
from pureog.errors import FontError, LimitError
from pureog.style.computed import ComputedStyle, kept_across_renders
from pureog.text.fonts import FontLibrary
from pureog.text.line_flow import TextLayout
from pureog.text.paragraph import MeasureFn, MeasureMode


def _flow_width(width: float, mode: MeasureMode | str) -> float:
    if mode == MeasureMode.UNDEFINED or width is None or math.isnan(width):
        return math.inf
    return float(width)


class FlowWidths:
    """Per render: the width Yoga last measured each text leaf at, by leaf path.

    Satori keeps one text node's line state in variables its measure function overwrites, and draws
    whatever the *last* measure call left there; when the text's box ends up wider than that width
    (it overflows its container), its lines are still those of the narrower flow."""

    __slots__ = ("by_leaf", "words_by_leaf", "baselines_by_leaf")

    def __init__(self) -> None:
        self.by_leaf: dict[str, float] = {}
        self.words_by_leaf: dict[str, list[str]] = {}
        """A leaf's words before its last measure, where an earlier flow split a word (break-word):
        the last flow is redone from them."""
        self.baselines_by_leaf: dict[str, list[float]] = {}
        """A leaf's baselines as every measure logged them (``TextLayout.baseline_log``): Satori draws
        each line at the baseline the first flow with that many lines gave it."""

    def words(self, leaf: str) -> list[str] | None:
        return self.words_by_leaf.get(leaf)

    def baselines(self, leaf: str) -> list[float] | None:
        return self.baselines_by_leaf.get(leaf)

    def flow_width(self, leaf: str, box_width: float) -> float:
        """The width to flow the leaf's lines at: its last measured width, else its box width."""
        return self.by_leaf.get(leaf, box_width)


def measure(
    text: str, style: ComputedStyle, fonts: FontLibrary, *, leaf: str | None = None, widths: FlowWidths | None = None
) -> MeasureFn:
    """The Yoga measure function of a text node: ``(w, w_mode, h, h_mode) -> (ceil(width), height)``.

    Like Satori, the height constraint is ignored and an undefined width means "do not wrap". With
    ``widths``, every call records its flow width under ``leaf`` (see :class:`FlowWidths`).
    """
    try:
        layout = _fresh_layout(text, style, fonts)
    except (FontError, LimitError) as err:  # a hostile font met while shaping this text: named by its path
        raise type(err)(err.message, path=err.path or leaf) from None

    def measure_fn(
        width: float, width_mode: MeasureMode | str, height: float, height_mode: MeasureMode | str
    ) -> tuple[float, float]:
        flow = _flow_width(width, width_mode)
        if widths is not None and leaf is not None:
            widths.by_leaf[leaf] = flow
            if not layout.pristine:
                widths.words_by_leaf[leaf] = list(layout.words)
        try:
            reported, height_px, _ = layout.measure(flow)
        except (FontError, LimitError) as err:  # a hostile font met while shaping this text: named by its path
            raise type(err)(err.message, path=err.path or leaf) from None
        if widths is not None and leaf is not None:
            widths.baselines_by_leaf[leaf] = layout.baseline_log
        return reported, height_px

    def min_content() -> float:
        """The widest unbreakable piece (every break taken, trailing spaces hanging), rounded up like
        Satori's widths: the min-content width CSS Grid sizing asks for (pureog.layout.grid_items).
        Records no flow width (a grid measures this, then lays the text out at its real width)."""
        return layout.snapped(max(layout.flow(0.0).line_widths, default=0.0))

    measure_fn.min_content = min_content  # type: ignore[attr-defined]
    return measure_fn


_TEMPLATES: dict[tuple[str, int, int], tuple[ComputedStyle, FontLibrary, TextLayout]] = {}
"""Per (text, style, font library), by the style's and library's identity (the entry holds both): a
text node's width-independent state and its memo of measure calls, from which every render's measure
function starts afresh (:meth:`TextLayout.fresh`). The cascade hands back the same style objects
render after render and a thread keeps its font library, so a warm render neither preprocesses nor
reflows its text again (the stat grid's 61 labels: ~2 ms a render). Bounded to a few cards' text (in a
batch of other titles the entries rarely meet again)."""
_TEMPLATES_MAX = 256


def _fresh_layout(text: str, style: ComputedStyle, fonts: FontLibrary) -> TextLayout:
    """A text node's layout state as :class:`TextLayout` makes it, from :data:`_TEMPLATES` when it can
    (a library the pipeline keeps for the next renders: see ``FontLibrary.kept``)."""
    if not fonts.kept or not kept_across_renders(style):
        return TextLayout(text, style, fonts)
    key = (text, id(style), id(fonts))
    hit = _TEMPLATES.get(key)
    if hit is not None and hit[0] is style and hit[1] is fonts and hit[2].engine.chain is fonts.chain(
            style.font_family, style.font_weight, style.font_style, style.font_size, style.font_variation_settings,
            style.locale):
        return hit[2].fresh()
    template = TextLayout(text, style, fonts)
    if len(_TEMPLATES) >= _TEMPLATES_MAX:
        _TEMPLATES.clear()
    _TEMPLATES[key] = (style, fonts, template)
    return template.fresh()


__all__ = ["FlowWidths", "measure"]


caches.register("text.measure", _TEMPLATES)
