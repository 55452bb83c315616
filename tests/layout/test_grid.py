"""CSS Grid layout (pureog/layout/grid*.py): boxes Chromium reported for small documents, placement,
track sizing details, and what grid support must not change in flex layout.

The expected boxes were read from headless Chromium 156 with ``conformance/chromium`` (the reference for
features Next.js has no output for); pureog's boxes are compared before Yoga's pixel rounding.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

import pureog
from conformance.chromium.compare import exact_boxes, load
from pureog.layout.from_style import flex_style
from pureog.layout.grid_placement import place_items
from pureog.layout.grid_tracks import MAX_TRACKS, Placement
from pureog.layout.node import FlexStyle
from pureog.style.computed import ComputedStyle
from pureog.style.values import Align, Justify


def d(style: dict[str, Any], *children: Any) -> dict[str, Any]:
    return {"type": "div", "props": {"style": style, "children": list(children)}}


CHROMIUM_BOXES: dict[str, tuple[dict[str, Any], list[tuple[float, float, float, float]]]] = {
    "fr columns, gaps, padding, a full-width line span": (
        d({"display": "grid", "width": 300, "height": 100, "gridTemplateColumns": "1fr 2fr 60px", "gap": "10px 12px",
           "padding": 6}, d({}), d({"height": 30}), d({"gridColumn": "1 / -1"})),
        [(0, 0, 300, 100), (6, 6, 68, 54), (86, 6, 136, 30), (6, 70, 288, 24)],
    ),
    "template areas": (
        d({"display": "grid", "width": 200, "height": 120, "gridTemplateAreas": '"a a" "b c"',
           "gridTemplateColumns": "50px 1fr"}, d({"gridArea": "c"}), d({"gridArea": "a"}),
          d({"gridArea": "b", "width": 20})),
        [(0, 0, 200, 120), (50, 60, 150, 60), (0, 0, 200, 60), (0, 60, 20, 60)],
    ),
    "repeat(auto-fill, minmax())": (
        d({"display": "grid", "width": 250, "gridTemplateColumns": "repeat(auto-fill, minmax(60px, 1fr))",
           "gridAutoRows": "20px"}, *[d({}) for _ in range(5)]),
        [(0, 0, 250, 40), (0, 0, 62.5, 20), (62.5, 0, 62.5, 20), (125, 0, 62.5, 20), (187.5, 0, 62.5, 20),
         (0, 20, 62.5, 20)],
    ),
    "repeat(auto-fit) collapses empty tracks": (
        d({"display": "grid", "width": 250, "gridTemplateColumns": "repeat(auto-fit, 60px)", "justifyContent": "center",
           "gridAutoRows": "20px"}, d({}), d({})),
        [(0, 0, 250, 20), (65, 0, 60, 20), (125, 0, 60, 20)],
    ),
    "dense packing back-fills": (
        d({"display": "grid", "gridTemplateColumns": "repeat(3, 20px)", "gridAutoRows": "20px",
           "gridAutoFlow": "row dense"}, d({"gridColumn": "span 2"}), d({"gridColumn": "span 2"}), d({})),
        [(0, 0, 60, 40), (0, 0, 40, 20), (0, 20, 40, 20), (40, 0, 20, 20)],
    ),
    "self alignment": (
        d({"display": "grid", "width": 100, "height": 100, "gridTemplateColumns": "1fr 1fr",
           "gridTemplateRows": "1fr 1fr", "placeItems": "center"},
          d({"width": 10, "height": 10}), d({"width": 10, "height": 10, "justifySelf": "end", "alignSelf": "start"}),
          d({"height": 10}), d({"justifySelf": "stretch", "alignSelf": "stretch"})),
        [(0, 0, 100, 100), (20, 20, 10, 10), (90, 0, 10, 10), (25, 70, 0, 10), (50, 50, 50, 50)],
    ),
    "auto, min-content, max-content, fit-content() tracks": (
        d({"display": "grid", "gridTemplateColumns": "auto min-content max-content fit-content(30px)"},
          *[d({"display": "flex", "flexWrap": "wrap"}, d({"width": 20, "height": 10}), d({"width": 30, "height": 10}))
            for _ in range(4)]),
        [(0, 0, 160, 20), (0, 0, 50, 20), (0, 0, 20, 10), (20, 0, 30, 10), (50, 0, 30, 20), (50, 0, 20, 10),
         (50, 10, 30, 10), (80, 0, 50, 20), (80, 0, 20, 10), (100, 0, 30, 10), (130, 0, 30, 20), (130, 0, 20, 10),
         (130, 10, 30, 10)],
    ),
    "absolutely positioned children": (
        d({"display": "grid", "width": 200, "height": 100, "padding": 10, "gridTemplateColumns": "50px 1fr",
           "gridTemplateRows": "40px 1fr"}, d({}),
          d({"position": "absolute", "gridColumn": "2", "gridRow": "2", "right": 5, "bottom": 5, "width": 20,
             "height": 20}),
          d({"position": "absolute", "width": 10, "height": 10})),
        [(0, 0, 200, 100), (10, 10, 50, 40), (175, 75, 20, 20), (0, 0, 10, 10)],
    ),
    "negative lines open implicit tracks before the grid": (
        d({"display": "grid", "gridTemplateColumns": "repeat(2, 30px)", "gridAutoColumns": "10px",
           "gridAutoRows": "10px"}, d({"gridColumn": "-4 / -3"}), d({"gridColumn": "1"})),
        [(0, 0, 70, 10), (0, 0, 10, 10), (10, 0, 30, 10)],
    ),
    "indefinite height: fr rows sized again at the height they gave": (
        d({"display": "grid", "width": 100, "gridTemplateRows": "0.5fr 0.5fr"},
          d({"gridRow": "1"}, d({"height": 84})), d({"gridRow": "2"})),
        [(0, 0, 100, 126), (0, 0, 100, 84), (0, 0, 0, 84), (0, 84, 100, 21)],
    ),
}


@pytest.mark.parametrize("name", sorted(CHROMIUM_BOXES))
def test_boxes_match_chromium(name: str) -> None:
    element, expected = CHROMIUM_BOXES[name]
    ours = exact_boxes(load(element, 400, 300))
    assert len(ours) == len(expected)
    for index, (a, b) in enumerate(zip(ours, expected, strict=True)):
        assert all(abs(x - y) <= 0.5 for x, y in zip(a, b, strict=True)), f"box {index}: {a} != {b}"


def _placements(spec: list[tuple[tuple[int | None, int], tuple[int | None, int]]]) -> tuple[list[Placement], ...]:
    columns, rows = [], []
    for (column_start, column_span), (row_start, row_span) in spec:
        columns.append(Placement(column_start, None if column_start is None else column_start + column_span,
                                 column_span))
        rows.append(Placement(row_start, None if row_start is None else row_start + row_span, row_span))
    return columns, rows


def test_placement_cursor_jumps_to_the_end_of_the_items_blocking_its_row() -> None:
    """Chromium's cursor: a 3x3 item blocked on rows 0-2 moves to row 4 (the end of the item that
    overlaps row 3), not to row 3 where the spec's one-row steps would find room."""
    columns, rows = _placements([((0, 3), (1, 3)), ((4, 2), (2, 1)), ((None, 3), (None, 3))])
    extent = place_items(columns, rows, 6, 0, column_flow=False, dense=False)
    assert (columns[2].start, rows[2].start) == (0, 4)
    assert extent == ((0, 6), (0, 7))


def test_placement_locked_rows_and_negative_lines() -> None:
    columns, rows = _placements([((None, 1), (1, 1)), ((None, 1), (1, 1)), ((-2, 1), (0, 1))])
    (first_column, last_column), _ = place_items(columns, rows, 2, 2, column_flow=False, dense=False)
    assert first_column == -2 and last_column == 2
    # items locked to row 1 start at the implicit grid's first line (-2), as in Chromium
    assert [c.start for c in columns[:2]] == [-2, -1]


def test_definite_spans_are_clamped_to_the_limited_grid() -> None:
    # `1000000000 / span 1000000000` made a billion tracks (the render hung); lines were clamped, spans not
    columns, rows = _placements([((999_999_999, 1_000_000_000), (0, 1)), ((-2_000_000_000, 3_000_000_000), (0, 1))])
    (first, last), _ = place_items(columns, rows, 1, 1, column_flow=False, dense=False)
    assert -MAX_TRACKS <= first and last <= 2 * MAX_TRACKS
    assert all(c.end is not None and c.start is not None and c.end - c.start <= MAX_TRACKS for c in columns)


def test_grid_properties_parse_and_shorthands_expand() -> None:
    from tests.style.helpers import child_style, style

    s = style({"display": "grid", "gridTemplate": '[top] "a a" 40px "b c" 1fr / 1fr 2fr',
               "gridArea": "b", "placeSelf": "center end", "gridAutoFlow": "column dense",
               "gridAutoRows": "minmax(20px, auto) 1fr"})
    assert s.grid_template_rows is not None and s.grid_template_rows.names[0] == ("top",)
    assert s.grid_template_areas is not None and [a.name for a in s.grid_template_areas.areas] == ["a", "b", "c"]
    assert s.grid_row_start.name == s.grid_row_end.name == s.grid_column_start.name == "b"
    assert (s.justify_self.value, s.align_self) == ("end", Align.AUTO)  # placeSelf needs a grid parent
    item = child_style({"display": "grid"}, {"placeSelf": "center end"})
    assert (item.justify_self.value, item.align_self) == ("end", Align.CENTER)
    # Satori does not know placeItems / placeSelf: outside a grid the earlier declaration stays
    flex = child_style({"alignItems": "center", "placeItems": "end"}, {"alignSelf": "flex-end", "placeSelf": "center"})
    assert flex.align_self is Align.FLEX_END
    assert style({"alignItems": "center", "placeItems": "end"}).align_items is Align.CENTER
    assert style({"display": "grid", "alignItems": "center", "placeItems": "end"}).align_items is Align.FLEX_END
    assert s.grid_auto_flow.column and s.grid_auto_flow.dense and len(s.grid_auto_rows) == 2
    g = style({"grid": "auto-flow dense 30px / repeat(3, 1fr)"})
    assert g.grid_auto_flow.dense and not g.grid_auto_flow.column
    assert g.grid_template_columns is not None and g.grid_template_rows is None


@pytest.mark.parametrize(("prop", "value", "message"), [
    ("gridTemplateColumns", "repeat(auto-fill, 1fr)", "needs fixed track sizes"),
    ("gridTemplateColumns", "minmax(1fr, 100px)", "cannot be a minimum"),
    ("gridTemplateAreas", '"a b" "b a"', "not a rectangle"),
    ("gridTemplateAreas", '"a b" "c"', "same number of cells"),
    ("gridRowStart", "0", "non-zero"),
    ("gridColumnEnd", "span -1", "positive span"),
    ("justifySelf", "middle", "expected one of"),
])
def test_invalid_grid_values_are_dropped_with_a_warning_naming_the_property(prop: str, value: str,
                                                                           message: str) -> None:
    from tests.style.helpers import style

    with pytest.warns(pureog.RenderWarning, match=rf"\.{prop}: .*{message}"):
        style({prop: value})
    with pytest.raises(pureog.PureogError, match=rf"\.{prop}: .*{message}"):
        pureog.layout_boxes({"type": "div", "props": {"style": {"display": "grid", prop: value}}}, width=50, height=50,
                            strict=True)


def test_flex_reading_of_the_grid_alignment_values_is_unchanged() -> None:
    """normal and stretch content alignment are flex-start for flex (Yoga), and a default style maps to
    the same FlexStyle as before grid support."""
    assert flex_style(ComputedStyle()) == FlexStyle(row_gap=0.0, column_gap=0.0)
    assert flex_style(ComputedStyle(justify_content=Justify.STRETCH)).justify_content is Justify.FLEX_START
    assert flex_style(ComputedStyle(align_content=Align.NORMAL)).align_content is Align.FLEX_START
    assert flex_style(ComputedStyle()).grid is None


def test_text_in_a_grid_renders_at_its_final_width() -> None:
    """A text leaf measured at width 0 for its min-content size is drawn at its box width (one line)."""
    element = d({"display": "grid", "width": 300, "gridTemplateColumns": "min-content 1fr",
                 "backgroundColor": "white"}, d({"fontSize": 20}, "Hello world"), "side")
    boxes = pureog.layout_boxes(element, width=300, height=60)
    assert (boxes[1].width, boxes[1].height) == (53, 52)  # min-content: the widest word, two lines
    png = pureog.render_png({"width": 300, "height": 60, "element": element})
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_inline_grid_lays_out_as_grid_and_empty_grids_take_their_tracks() -> None:
    boxes = exact_boxes(load(d({"display": "inline-grid", "gridTemplateColumns": "30px 40px",
                                "gridTemplateRows": "10px", "columnGap": 5}), 200, 100))
    assert boxes == [(0.0, 0.0, 75.0, 10.0)]


def test_grid_layout_never_produces_nan_or_crashes_on_degenerate_input() -> None:
    element = d({"display": "grid", "width": 0, "height": 0, "gridTemplateColumns": "repeat(auto-fill, 0px) 10px",
                 "gridTemplateRows": "0fr", "gap": "50%"},
                d({"gridColumn": "span 1000", "gridRow": "-1000 / 1000"}),
                d({"position": "absolute", "top": 0, "left": "-50%"}))
    for box in exact_boxes(load(element, 100, 100)):
        assert all(math.isfinite(v) for v in box)
