"""Paragraph layout against numbers read from the real Satori 0.29 (Next 16.4.6 bundle).

Each oracle case is the text in a ``display:flex`` box (column root, ``alignItems:flex-start``); the
box size comes from ``onNodeDetected`` and the ink bounds from the SVG path data (1 decimal).
"""

from __future__ import annotations

import math

import pytest

from pureog.style.computed import ComputedStyle
from pureog.style.values import TextAlign, TextTransform, WhiteSpace, WordBreak
from pureog.text import FontLibrary, MeasureMode, glyph_paths, layout_paragraph, measure

NAN = math.nan

# (text, style, flow width or None, Satori box (w, h), Satori ink bounds (x0, y0, x1, y1))
ORACLE = [
    ("Hello world", {"fontSize": 32}, None, (169, 42), (2.9, 9.3, 163.6, 32.4)),
    ("AV To WAVE Typography", {"fontSize": 48}, None, (557, 62), (1.0, 13.9, 546.4, 55.8)),
    ("The quick brown fox jumps over the lazy dog", {"fontSize": 40}, 300, (300, 208), (-0.2, 11.6, 273.5, 202.5)),
    (
        "The quick brown fox jumps over the lazy dog",
        {"fontSize": 40, "textAlign": "center"},
        300,
        (300, 208),
        (11.8, 11.6, 285.5, 202.5),
    ),
    (
        "The quick brown fox jumps over the lazy dog",
        {"fontSize": 40, "textAlign": "right"},
        300,
        (300, 208),
        (23.8, 11.6, 297.5, 202.5),
    ),
    (
        "The quick brown fox jumps over the lazy dog again and again",
        {"fontSize": 30, "textAlign": "justify"},
        400,
        (400, 117),
        (0.4, 8.7, 397.0, 112.9),
    ),
    (
        "Line height test with several words here",
        {"fontSize": 36, "lineHeight": 1.5},
        260,
        (260, 216),
        (1.6, 14.4, 230.2, 202.4),
    ),
    (
        "Line height test with several words here",
        {"fontSize": 36, "lineHeight": 0.9},
        260,
        (260, 128),
        (1.6, 3.4, 230.2, 125.4),
    ),
    ("Spacing out letters", {"fontSize": 30, "letterSpacing": 4}, None, (342, 39), (1.6, 8.2, 332.3, 34.9)),
    (
        "Spacing out letters a bit more",
        {"fontSize": 30, "letterSpacing": -1.5},
        200,
        (200, 117),
        (1.6, 8.2, 149.0, 108.4),
    ),
    ("uppercase me please", {"fontSize": 28, "textTransform": "uppercase"}, None, (325, 36), (2.2, 7.7, 321.4, 28.4)),
    (
        "capitalize every word here",
        {"fontSize": 28, "textTransform": "capitalize"},
        None,
        (357, 36),
        (1.3, 7.7, 353.2, 32.2),
    ),
    ("a\tb\tc\td", {"fontSize": 24, "whiteSpace": "pre"}, None, (351, 31), (1.1, 7.0, 348.4, 24.3)),
    (
        "pre  wrap   keeps\nspaces and newlines",
        {"fontSize": 24, "whiteSpace": "pre-wrap"},
        180,
        (180, 124),
        (1.1, 11.0, 124.1, 117.3),
    ),
    (
        "Supercalifragilisticexpialidocious word",
        {"fontSize": 30, "wordBreak": "break-all"},
        200,
        (200, 117),
        (1.3, 8.2, 186.9, 108.4),
    ),
    (
        "Supercalifragilisticexpialidocious word",
        {"fontSize": 30, "wordBreak": "break-word"},
        200,
        (200, 117),
        (1.3, 8.2, 186.9, 108.4),
    ),
    ("well-known hyphen-separated co-operation", {"fontSize": 28}, 170, (170, 144), (0.6, 8.1, 160.7, 140.2)),
    ("Tiny", {"fontSize": 12}, None, (23, 16), (0.1, 3.5, 22.0, 13.8)),
    ("Big Bold Title", {"fontSize": 64, "fontWeight": 700}, None, (422, 83), (4.7, 17.8, 415.5, 74.4)),
    ("Mixed  spaces   collapse    here", {"fontSize": 20}, None, (258, 26), (1.8, 5.8, 255.2, 23.0)),
    (
        "\u00dcn\u00efc\u00f6d\u00e9 \u00e0ccents \u00f1 \u00df \u00f8 \u00e5",
        {"fontSize": 30},
        None,
        (331, 39),
        (2.3, 3.3, 330.3, 30.5),
    ),
    ("Ligatures: fi fl ffi office", {"fontSize": 40}, None, (430, 52), (3.7, 11.6, 422.1, 46.5)),
]


def style(css: dict[str, object]) -> ComputedStyle:
    return ComputedStyle(
        font_family=("geist",),
        font_size=float(css.get("fontSize", 16)),  # type: ignore[arg-type]
        font_weight=int(css.get("fontWeight", 400)),  # type: ignore[call-overload]
        line_height=css.get("lineHeight"),  # type: ignore[arg-type]
        letter_spacing=float(css.get("letterSpacing", 0)),  # type: ignore[arg-type]
        text_align=TextAlign(css.get("textAlign", "start")),
        white_space=WhiteSpace(css.get("whiteSpace", "normal")),
        word_break=WordBreak(css.get("wordBreak", "normal")),
        text_transform=TextTransform(css.get("textTransform", "none")),
    )


def ink_bounds(paragraph: object) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for path, x, y in glyph_paths(paragraph, 0.0, 0.0):  # type: ignore[arg-type]
        for seg in path.segments:
            c = seg[1:]
            xs += [c[i] + x for i in range(0, len(c), 2)]  # type: ignore[operator]
            ys += [c[i + 1] + y for i in range(0, len(c), 2)]  # type: ignore[operator]
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize(
    ("text", "css", "width", "box", "ink"), ORACLE, ids=[c[0][:24] + str(i) for i, c in enumerate(ORACLE)]
)
def test_matches_satori(
    geist: FontLibrary,
    text: str,
    css: dict[str, object],
    width: float | None,
    box: tuple[int, int],
    ink: tuple[float, ...],
) -> None:
    st = style(css)
    fn = measure(text, st, geist)
    if width is None:
        assert fn(NAN, MeasureMode.UNDEFINED, NAN, MeasureMode.UNDEFINED) == box
    else:
        assert fn(width, MeasureMode.EXACTLY, NAN, MeasureMode.UNDEFINED)[1] == box[1]
    paragraph = layout_paragraph(text, st, geist, NAN if width is None else width, box_width=box[0])
    assert paragraph.height == box[1]
    for mine, ref in zip(ink_bounds(paragraph), ink, strict=True):
        assert abs(mine - ref) <= 0.06


def test_wrapped_text_reports_the_full_width(geist: FontLibrary) -> None:
    fn = measure("The quick brown fox jumps over the lazy dog", style({"fontSize": 40}), geist)
    assert fn(300.5, MeasureMode.AT_MOST, NAN, MeasureMode.UNDEFINED) == (301, 208)
    assert fn(NAN, MeasureMode.UNDEFINED, NAN, MeasureMode.UNDEFINED)[1] == 52


def test_trailing_spaces_hang(geist: FontLibrary) -> None:
    st = style({"fontSize": 20})
    one_line = measure("ab cd", st, geist)(NAN, MeasureMode.UNDEFINED, NAN, MeasureMode.UNDEFINED)
    # "ab " + "cd" fits when only "ab cd" without the space after "cd" must fit.
    assert measure("ab cd", st, geist)(one_line[0], MeasureMode.AT_MOST, NAN, MeasureMode.UNDEFINED)[1] == one_line[1]
    assert (
        measure("ab cd", st, geist)(one_line[0] - 2, MeasureMode.AT_MOST, NAN, MeasureMode.UNDEFINED)[1]
        == 2 * one_line[1]
    )


def test_line_heights_normal_and_numeric(geist: FontLibrary) -> None:
    p = layout_paragraph("one two", style({"fontSize": 40}), geist, 10)
    assert [line.height for line in p.lines] == [52.0, 52.0]  # round((1005 + 295) / 1000 * 40)
    assert [line.baseline for line in p.lines] == [40.0, 92.0]  # round(40.2), half-leading 0
    p = layout_paragraph("one two", style({"fontSize": 40, "lineHeight": 2}), geist, 10)
    assert [line.height for line in p.lines] == [80.0, 80.0]
    assert p.lines[0].baseline == 54.0  # round(40.2 + (80 - 52) / 2)


def test_alignment_offsets_are_whole_pixels(geist: FontLibrary) -> None:
    text = "The quick brown fox jumps over the lazy dog"
    for align in ("center", "right", "justify"):
        p = layout_paragraph(text, style({"fontSize": 40, "textAlign": align}), geist, 301)
        assert all(run.x == int(run.x) for run in p.runs)
    right = layout_paragraph(text, style({"fontSize": 40, "textAlign": "right"}), geist, 300)
    assert all(line.left + line.width == pytest.approx(300, abs=0.5) for line in right.lines)


def test_single_line_is_not_aligned_by_the_paragraph(geist: FontLibrary) -> None:
    p = layout_paragraph("Hi", style({"fontSize": 40, "textAlign": "right"}), geist, 500)
    assert p.runs[0].x == 0.0 and len(p.lines) == 1


def test_forced_breaks_in_pre(geist: FontLibrary) -> None:
    p = layout_paragraph("a\n\nb", style({"fontSize": 20, "whiteSpace": "pre"}), geist, NAN)
    assert len(p.lines) == 3 and p.height == 78.0


def test_glyph_paths_reuse_outlines(geist: FontLibrary) -> None:
    p = layout_paragraph("aaa", style({"fontSize": 20}), geist, NAN)
    paths = glyph_paths(p, 10.0, 5.0)
    assert len(paths) == 3 and paths[0][0] is paths[1][0] is paths[2][0]
    assert paths[0][1] == 10.0 and paths[0][2] == 5.0 + p.lines[0].baseline
    assert paths[1][1] > paths[0][1]


def test_empty_text_measures_zero(geist: FontLibrary) -> None:
    assert measure("", style({}), geist)(100, MeasureMode.AT_MOST, NAN, MeasureMode.UNDEFINED) == (0, 0)


def test_a_break_word_split_outlives_the_flow_that_made_it() -> None:
    """Satori splits an over-wide word into graphemes inside the text node's words array, so every
    later flow of that node packs the graphemes: measured twice at the same width, the text is 6 then
    5 lines tall. An overflowing column makes Yoga measure it twice (Satori: the row 156 px tall, the
    text 130; found by the layout generator, seed 20261207)."""
    from pureog import layout_boxes  # noqa: PLC0415
    from tests.style.helpers import style  # noqa: PLC0415

    text = "layout box Supercalifragilistic fi pureog"
    fn = measure(text, style({"fontSize": 20, "wordBreak": "break-word", "fontFamily": "geist"}), FontLibrary.default())
    assert fn(80.0, "exactly", float("nan"), "undefined")[1] == 156.0
    assert fn(80.0, "exactly", float("nan"), "undefined")[1] == 130.0
    leaf = {"type": "div", "props": {"style": {"fontSize": 20, "wordBreak": "break-word", "width": 80},
                                     "children": text}}
    row = {"type": "div", "props": {"style": {"display": "flex", "alignItems": "flex-start"}, "children": [leaf]}}
    tree = {"type": "div", "props": {"style": {"display": "flex", "flexDirection": "column-reverse", "height": 150},
                                     "children": [row]}}
    boxes = layout_boxes(tree, width=600, height=315)
    assert [b.height for b in boxes[-2:]] == [156.0, 130.0]


@pytest.mark.parametrize(("size", "chromium", "lines"), [(20, 24.0, 3), (22, 25.0, 3), (13, 15.0, 2), (26, 30.0, 3)])
def test_browser_normal_line_height_is_the_rounded_ascent_and_descent(size: int, chromium: float,
                                                                       lines: int) -> None:
    # features: browser, lineHeight normal: a line of flex text is Roboto's ascent and descent, each rounded
    # (Chromium 156: 24 px at 20 px, not the 23.44 px sum JavaScript-rounded to 23; 25 at 22, not 26)
    from pathlib import Path

    import pureog

    roboto = Path(__file__).resolve().parents[2] / "conformance" / "fonts" / "Roboto-Regular.ttf"
    doc = {"width": 300, "height": 200, "features": "browser", "element": {"div": {
        "style": {"display": "flex", "flexDirection": "column", "fontFamily": "Roboto", "fontSize": size},
        "children": [{"div": {"children": "One line"}},
                     {"div": {"style": {"width": 60}, "children": "Two lines here"}}]}}}
    boxes = pureog.layout_boxes(doc, fonts=[pureog.Font("Roboto", roboto.read_bytes())])
    assert boxes[1].height == chromium
    assert boxes[2].height == lines * chromium


@pytest.mark.parametrize(("size", "line_height", "chromium"), [
    (13, 1.37, 53.390625),     # 17.81 px -> 17.796875 a line (LayoutUnit, toward zero), not 18
    (11, "17.3px", 34.59375),   # 17.296875 a line, not 17
    (26, 1.37, 178.046875),    # 35.62 -> 35.609375
])
def test_browser_fixed_line_height_is_a_layout_unit(size: int, line_height: object, chromium: float) -> None:
    # features: browser, a fixed line height: Chromium 156 stacks lines of 1/64 px (boxes measured in the
    # sweep behind browser/fractional-line-heights); the flex text leaf's box is their sum before rounding
    from conformance.chromium.compare import exact_boxes, load

    text = "Fractional line heights stack lines at layout units and snap every baseline"
    leaf = {"type": "div", "props": {"style": {"width": 200, "fontSize": size, "lineHeight": line_height},
                                     "children": text}}
    doc = load({"width": 400, "height": 400, "features": "browser", "element": {"type": "div", "props": {
        "style": {"display": "flex", "alignItems": "flex-start"}, "children": [leaf]}}}, 400, 400)
    height = exact_boxes(doc)[1][3]
    assert height == pytest.approx(chromium, abs=1e-9)
