"""Satori draws a text node's lines from its last measure call, even when its box ends up wider."""

from __future__ import annotations

from pureog.style.computed import ComputedStyle
from pureog.text.fonts import FontLibrary
from pureog.text.measure import FlowWidths, measure
from pureog.text.paragraph import MeasureMode, layout_paragraph


def test_measure_records_the_last_flow_width_of_each_leaf() -> None:
    fonts = FontLibrary.default()
    widths = FlowWidths()
    fn = measure("one two three", ComputedStyle(), fonts, leaf="$.a", widths=widths)
    fn(100.0, MeasureMode.AT_MOST, 0.0, MeasureMode.UNDEFINED)
    fn(40.0, MeasureMode.EXACTLY, 0.0, MeasureMode.UNDEFINED)
    assert widths.flow_width("$.a", 136.0) == 40.0
    fn(0.0, MeasureMode.UNDEFINED, 0.0, MeasureMode.UNDEFINED)
    assert widths.flow_width("$.a", 136.0) == float("inf")  # undefined: no wrapping
    assert widths.flow_width("$.b", 136.0) == 136.0  # never measured: its box width


def test_every_measure_logs_its_flow_baselines_in_call_order() -> None:
    """Satori's flow appends to one ``baselines`` array it never clears; a memoized call logs again."""
    fonts = FontLibrary.default()
    widths = FlowWidths()
    fn = measure("one two three", ComputedStyle(), fonts, leaf="$.a", widths=widths)
    fn(1.0, MeasureMode.EXACTLY, 0.0, MeasureMode.UNDEFINED)  # one word a line
    log = widths.baselines("$.a")
    assert log is not None and len(log) == 3
    fn(1000.0, MeasureMode.EXACTLY, 0.0, MeasureMode.UNDEFINED)  # one line
    fn(1.0, MeasureMode.EXACTLY, 0.0, MeasureMode.UNDEFINED)  # the same call again (memoized)
    assert len(log) == 3 + 1 + 3
    assert widths.baselines("$.b") is None


def test_lines_are_drawn_at_the_logged_baselines() -> None:
    """Line ``i`` is drawn at entry ``i`` of the log (Satori's ``baselines[line]``), not at its flow's own."""
    fonts = FontLibrary.default()
    own = layout_paragraph("one two three", ComputedStyle(), fonts, 1.0)
    assert len(own.lines) == 3
    same = layout_paragraph("one two three", ComputedStyle(), fonts, 1.0, baselines=[15.0, 15.0, 15.0, 99.0])
    deltas = [b.baseline - a.baseline for a, b in zip(own.lines, same.lines, strict=True)]
    lower = layout_paragraph("one two three", ComputedStyle(), fonts, 1.0, baselines=[15.0, 18.0, 15.0])
    moved = [b.baseline - a.baseline for a, b in zip(own.lines, lower.lines, strict=True)]
    assert [m - d for m, d in zip(moved, deltas, strict=True)] == [0.0, 3.0, 0.0]
    assert [r.baseline for r in lower.runs if r.line == 1] == [r.baseline + 3.0 for r in same.runs if r.line == 1]



def test_each_render_measures_a_text_node_afresh() -> None:
    """A render's measure function starts from a fresh node state (shared: the width-independent parts
    and the memo of pristine flows): nothing logged and no word split, whatever earlier renders did
    (a narrow flow with break-word splits the long word for the rest of that render only)."""
    import sys

    templates = sys.modules[measure.__module__]._TEMPLATES  # (pureog.text's `measure` is the function)

    fonts = FontLibrary.default()
    fonts.kept = True  # as the pipeline's kept libraries (the templates key on those only)
    style = ComputedStyle(word_break="break-word")

    def run(*calls: float, fresh: bool = False) -> tuple[list[float], list[tuple[float, float]], list[str] | None]:
        if fresh:
            templates.clear()  # what a first render sees
        widths = FlowWidths()
        fn = measure("Supercalifragilistic two", style, fonts, leaf="$.a", widths=widths)
        sizes = [fn(w, MeasureMode.EXACTLY, 0.0, MeasureMode.UNDEFINED) for w in calls]
        return list(widths.baselines("$.a") or []), sizes, widths.words("$.a")

    for calls in ((30.0, 400.0), (400.0,), (400.0, 30.0, 400.0), (400.0,)):
        assert run(*calls) == run(*calls, fresh=True)
    assert run(30.0, 400.0)[2] is not None  # (the narrow flow did split a word)


def test_libraries_made_for_one_render_are_not_kept_by_the_templates() -> None:
    import sys

    templates = sys.modules[measure.__module__]._TEMPLATES
    once = FontLibrary.default()  # not kept by the pipeline (FontLibrary.kept): no template holds it
    measure("one two", ComputedStyle(), once)(100.0, MeasureMode.AT_MOST, 0.0, MeasureMode.UNDEFINED)
    assert all(entry[1] is not once for entry in templates.values())
