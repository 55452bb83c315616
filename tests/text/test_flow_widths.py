"""Satori draws a text node's lines from its last measure call, even when its box ends up wider."""

from __future__ import annotations

from pureog.style.computed import ComputedStyle
from pureog.text.fonts import FontLibrary
from pureog.text.measure import FlowWidths, measure
from pureog.text.paragraph import MeasureMode


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
