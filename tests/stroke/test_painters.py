"""Borders, text decorations, text stroke and debug overlays built on pureog.stroke."""

from __future__ import annotations

import pytest

from pureog.color import Color
from pureog.display import FillPath, FillRule, Group, SolidPaint
from pureog.geometry import Rect
from pureog.paint.border import border_runs, paint_border, satori_border_path
from pureog.paint.debug import ELEMENT_COLOR, element_box, word_pieces
from pureog.paint.decoration import skip_ink_segments, text_stroke_nodes
from pureog.path import PathBuilder
from pureog.style.computed import ComputedStyle
from pureog.style.values import BorderStyle

RED = Color(255, 0, 0)
BLUE = Color(0, 0, 255)
NO_RADII = ((0.0, 0.0),) * 4
BOX = Rect(0, 0, 50, 30)


def bordered(**overrides: object) -> ComputedStyle:
    base: dict[str, object] = {}
    for side in ("top", "right", "bottom", "left"):
        base[f"border_{side}_width"] = 4.0
        base[f"border_{side}_style"] = BorderStyle.SOLID
        base[f"border_{side}_color"] = RED
    base.update(overrides)
    return ComputedStyle(**base)  # type: ignore[arg-type]


def test_uniform_solid_border_is_one_even_odd_ring() -> None:
    (ring,) = paint_border(bordered(), BOX, NO_RADII)  # type: ignore[arg-type]
    assert isinstance(ring, FillPath) and ring.fill_rule == FillRule.EVENODD
    assert [s for s in ring.path.segments if s[0] == "M"] == [("M", 0, 0), ("M", 4, 4)]


def test_dashed_and_mixed_borders_are_strokes_clipped_to_the_box() -> None:
    (group,) = paint_border(bordered(border_top_style=BorderStyle.DASHED, border_left_color=BLUE), BOX, NO_RADII)  # type: ignore[arg-type]
    assert isinstance(group, Group) and group.clip is not None
    colours = [n.paint.color for n in group.children]  # type: ignore[union-attr]
    assert colours == [RED, RED, BLUE]  # top (dashed), right+bottom (one run), left


def test_satori_groups_runs_without_wrapping_past_the_left_side() -> None:
    a = (4.0, BorderStyle.SOLID, RED)
    b = (4.0, BorderStyle.SOLID, BLUE)
    assert border_runs([a, a, a, a]) == [((True, True, True, True), a)]
    # left equals top, but Satori never merges them: top+right is one run, bottom, then left alone.
    assert border_runs([a, a, b, a]) == [((True, True, False, False), a), ((False, False, True, False), b),
                                         ((False, False, False, True), a)]  # fmt: skip


def test_partial_outline_starts_and_ends_on_45_degree_points() -> None:
    path = satori_border_path(Rect(0, 0, 100, 60), ((10.0, 10.0),) * 4, (True, False, False, False))  # type: ignore[arg-type]
    c0 = round(10 * 10 / (200**0.5), 3)
    assert path.segments[0] == ("M", 10 - c0, 10 - c0)
    assert path.segments[-1][-2:] == pytest.approx((90 + c0, 10 - c0))
    full = satori_border_path(Rect(0, 0, 100, 60), NO_RADII, (True,) * 4)  # type: ignore[arg-type]
    assert full.segments[0] == ("M", 0, 0) and full.segments[-1][-2:] == (0, 0)


def test_skip_ink_cuts_gaps_around_glyph_boxes() -> None:
    boxes = [(20.0, 30.0, 9.0, 20.0), (25.0, 40.0, 9.0, 20.0), (70.0, 75.0, 9.0, 20.0)]
    segments = skip_ink_segments(0.0, 100.0, boxes, 10.0, 2.0, 8.0)
    assert segments == [(0.0, 17.5), (42.5, 67.5), (77.5, 100.0)]  # bleed = 1.25 * 2
    assert skip_ink_segments(0.0, 100.0, [], 10.0, 2.0, 8.0) == [(0.0, 100.0)]


def test_text_stroke_goes_under_each_glyph_and_needs_a_colour() -> None:
    glyph = PathBuilder().move_to(0, 0).line_to(10, 0).line_to(10, -10).close().build()
    glyphs = [Group((FillPath(glyph, SolidPaint(RED)),))]
    style = ComputedStyle(webkit_text_stroke_width=2.0, webkit_text_stroke_color=BLUE)
    (stroke,) = text_stroke_nodes(glyphs, style)  # type: ignore[arg-type]
    assert isinstance(stroke, Group) and stroke.children[0].paint == SolidPaint(BLUE)  # type: ignore[union-attr]
    assert text_stroke_nodes(glyphs, ComputedStyle(webkit_text_stroke_width=2.0)) == []  # type: ignore[arg-type]


def test_debug_element_box_is_a_hairline() -> None:
    # one composite group of pixel spans: the one <rect> Satori writes, trimmed as a whole under a clip
    (group,) = element_box(Rect(10, 10, 20, 10))
    assert isinstance(group, Group) and group.composite
    nodes = group.children
    assert nodes and all(isinstance(n, FillPath) for n in nodes)
    colours = {(n.paint.color.r, n.paint.color.g, n.paint.color.b) for n in nodes}  # type: ignore[union-attr]
    assert colours == {(ELEMENT_COLOR.r, ELEMENT_COLOR.g, ELEMENT_COLOR.b)}


def test_word_pieces_split_like_intl_segmenter() -> None:
    assert word_pieces("Hello  world") == ["Hello", "  ", "world"]
    assert word_pieces("don't-stop") == ["don't", "-", "stop"]
