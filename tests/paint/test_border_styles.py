"""Chrome's border styles (pureog/paint/border_styles.py): shades, stripes, dots, and where they apply."""

from __future__ import annotations

import pytest

import pureog
from pureog.color import Color
from pureog.display import FillPath, Group
from pureog.document.model import Element
from pureog.errors import RenderWarning
from pureog.geometry import Rect
from pureog.paint.border import paint_border
from pureog.paint.border_styles import best_gap, dark, light, shades
from pureog.path import Path
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle
from pureog.style.values import BorderStyle

SQUARE = ((0.0, 0.0),) * 4


def style(declarations: dict[str, object]) -> ComputedStyle:
    return cascade(Element("div", tuple(declarations.items()), (), (), "$", "$.style"), width=100, height=100).style

# (colour, shadowed shade, lit shade) measured in headless Chromium (10 px inset borders over white)
CHROMIUM_SHADES = [
    (Color(204, 0, 0), Color(120, 0, 0), Color(255, 0, 0)),
    (Color(51, 102, 204), Color(30, 60, 120), Color(63, 127, 255)),
    (Color(136, 136, 136), Color(52, 52, 52), Color(221, 221, 221)),
    (Color(255, 255, 255), Color(171, 171, 171), Color(255, 255, 255)),
    (Color(100, 200, 50), Color(58, 116, 29), Color(127, 255, 63)),
    (Color(34, 34, 34), Color(0, 0, 0), Color(118, 118, 118)),
    # darker than Blink's luminance threshold: lightened once for the shadow, twice for the light
    (Color(0, 0, 0), Color(84, 84, 84), Color(168, 168, 168)),
    (Color(17, 17, 17), Color(101, 101, 101), Color(185, 185, 185)),
    (Color(68, 0, 0), Color(152, 0, 0), Color(237, 0, 0)),
]


@pytest.mark.parametrize(("color", "shadowed", "lit"), CHROMIUM_SHADES)
def test_shades_match_chromium(color: Color, shadowed: Color, lit: Color) -> None:
    assert shades(color) == (shadowed, lit)


def test_dark_and_light_keep_alpha() -> None:
    assert dark(Color(200, 0, 0, 0.5)).a == 0.5 and light(Color(200, 0, 0, 0.5)) == Color(255, 0, 0, 0.5)


def test_best_gap_is_skias_choice() -> None:
    # measured on straight Chromium sides: 88 px of 6 px dots -> 8 dots; 88 px of 12 px dashes -> 5
    assert best_gap(88, 6, 6) == pytest.approx(40 / 7)
    assert best_gap(88, 12, 6) == pytest.approx(7.0)
    assert best_gap(36, 6, 4) == pytest.approx(4.0)


def test_double_stripes_are_thirds_rounded_and_thin_double_is_solid() -> None:
    s = style({"border": "10px double red"})
    nodes = paint_border(s, Rect(0, 0, 60, 60), SQUARE)
    rings = [n for n in nodes if isinstance(n, FillPath)] + [n.children[0] for n in nodes if isinstance(n, Group)]
    # two rings (outer and inner stripe), each three pixels wide (round(10 / 3)), whatever the order
    assert len(rings) == 2
    inner_edges = sorted(round(r.path.bounds().x, 3) for r in rings)  # each ring's outer boundary
    assert inner_edges == [0.0, 7.0]
    assert len(paint_border(style({"border": "2px double red"}), Rect(0, 0, 60, 60), SQUARE)) == 1


def test_shorthand_styles_are_chromes_and_longhands_follow_next() -> None:
    s = style({"border": "4px groove #36c"})
    assert s.border_top_style is BorderStyle.GROOVE and s.border_left_width == 4.0
    # Satori keeps these values in a longhand as written and strokes the side solid, grouped by the word
    # (satori-style/border-side-style-longhand-other)
    with pytest.warns(RenderWarning, match=r"borderTopStyle: 'dotted' is drawn solid, as Next.js draws it"):
        s = style({"border": "4px solid red", "borderTopStyle": "dotted"})
    assert s.border_top_style is BorderStyle.WRITTEN_DOTTED


def test_inset_paints_top_left_shadowed_and_bottom_right_lit() -> None:
    png = pureog.render_png({"width": 40, "height": 40, "element": {"type": "div", "props": {"style": {
        "width": 40, "height": 40, "border": "10px inset #c00", "backgroundColor": "white"}}}})
    import io  # noqa: PLC0415

    import png as pypng  # noqa: PLC0415

    _, _, rows, _ = pypng.Reader(file=io.BytesIO(png)).asRGBA8()
    pixels = [list(row) for row in rows]
    assert tuple(pixels[3][20 * 4:20 * 4 + 3]) == (120, 0, 0)  # top
    assert tuple(pixels[36][20 * 4:20 * 4 + 3]) == (255, 0, 0)  # bottom
    assert tuple(pixels[20][3 * 4:3 * 4 + 3]) == (120, 0, 0)  # left
    assert tuple(pixels[20][36 * 4:36 * 4 + 3]) == (255, 0, 0)  # right


def test_a_side_too_dense_for_dots_is_one_band() -> None:
    # hostile input: 0.01 px dots along 100,000 px would be millions of shapes; Chrome's row of them
    # looks like a line, and a solid band is what is drawn
    huge = Rect(0, 0, 100_000, 100_000)
    nodes = paint_border(style({"border": "0.01px dotted red"}), huge, SQUARE)
    assert len(nodes) == 1 and isinstance(nodes[0], FillPath)  # one ring, no dots
    normal = paint_border(style({"border": "3px dotted red"}), Rect(0, 0, 60, 60), SQUARE)
    assert isinstance(normal[-1], Group) and len(normal[-1].children) == 4  # one path of dots per side


def _dash_runs(path: Path) -> list[float]:
    """The lengths along x of a horizontal side's dashes (each a closed rectangle)."""
    runs: list[float] = []
    xs: list[float] = []
    for segment in path.segments:
        if segment[0] in ("M", "L"):
            xs = [*xs, float(segment[1])] if segment[0] == "L" else [float(segment[1])]  # type: ignore[arg-type]
        elif segment[0] == "Z":
            runs.append(round(max(xs) - min(xs), 6))
    return runs


def test_short_dashed_sides_follow_blinks_drawline() -> None:
    """Blink's DrawLine of a dashed side (measured with borders/chrome-dashed-short-sides): at most two
    dashes long is solid, at most two dashes and a gap holds two dashes shrunk in proportion, and the
    last dash of a longer side is cut at the side's end."""
    from pureog.paint.border_styles import _dashes  # noqa: PLC0415

    assert _dash_runs(_dashes(Rect(0, 0, 16, 30), 0, 4.0)) == [16.0]  # 2 x 8 px dashes: solid
    assert _dash_runs(_dashes(Rect(0, 0, 18, 30), 0, 4.0)) == [7.2, 7.2]  # 18 / (2 x 8 + 4) of 8 px
    runs = _dash_runs(_dashes(Rect(0, 0, 61, 30), 0, 2.0))  # 6 px dashes, the gap fitted to 61 px
    assert runs[0] == 6.0 and runs[-1] <= 6.0 and len(runs) >= 6
