"""resvg's trim of a group's layer (pureog/raster/trim.py): what it keeps, and where the renderer uses it."""

from __future__ import annotations

from pureog.color import Color
from pureog.display import Clip, DisplayList, FillPath, Group, SolidPaint
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.path import rect_path
from pureog.raster.render import render
from pureog.raster.scan import Mask
from pureog.raster.trim import layer_trim, masks_right_limit, thin_picture_trim, thin_shape_trim

BLACK = SolidPaint(Color(0, 0, 0))


def _layer(w: int, h: int, painted: list[tuple[int, int]]) -> bytearray:
    data = bytearray(4 * w * h)
    for x, y in painted:
        data[4 * (y * w + x) + 3] = 255
    return data


def test_a_one_row_layer_keeps_three_columns_around_its_first_pixel() -> None:
    data = _layer(20, 6, [(x, 3) for x in range(5, 15)])
    assert layer_trim(data, 80, (0, 0, 20, 6), (0, 0, 20, 6)) == (4, 2, 7, 5)


def test_the_bottom_row_loses_what_reaches_past_the_rows_above() -> None:
    # an L: a bar of rows 0-3 at x 2-3, a foot on row 4 from x 2 to 12
    painted = [(x, y) for y in range(4) for x in (2, 3)] + [(x, 4) for x in range(2, 13)]
    data = _layer(20, 6, painted)
    assert layer_trim(data, 80, (0, 0, 20, 6), (0, 0, 20, 6)) == (1, 0, 5, 6)


def test_a_layer_the_scan_finds_whole_keeps_everything() -> None:
    painted = [(x, y) for y in range(1, 4) for x in range(3, 9)]
    assert layer_trim(_layer(12, 5, painted), 48, (0, 0, 12, 5), (0, 0, 12, 5)) is None
    assert layer_trim(_layer(12, 5, []), 48, (0, 0, 12, 5), (0, 0, 12, 5)) is None


def test_a_shape_one_row_tall_in_the_canvas_is_trimmed() -> None:
    canvas = (0, 0, 100, 50)
    assert thin_shape_trim((5.0, 10.0, 95.0, 11.0), IDENTITY, canvas) == (4, 9, 7, 12)
    # a stroke straddling the canvas's top edge: one row of it is inside
    assert thin_shape_trim((5.0, -0.5, 95.0, 0.5), IDENTITY, canvas) == (4, 0, 7, 2)
    # two rows (a fractional position, a 2 px line), or too short to lose anything: untouched
    assert thin_shape_trim((5.0, 10.5, 95.0, 11.5), IDENTITY, canvas) is None
    assert thin_shape_trim((5.0, 10.0, 95.0, 12.0), IDENTITY, canvas) is None
    assert thin_shape_trim((5.0, 10.0, 7.0, 11.0), IDENTITY, canvas) is None


def _divider(trims: bool, **group: object) -> list[int]:
    line = FillPath(rect_path(Rect(5, 5, 40, 1)), BLACK)
    pm = render(DisplayList(50, 12, Group((Group((line,), **group),)), trims_layers=trims))  # type: ignore[arg-type]
    return [pm.data[4 * (5 * 50 + x) + 3] for x in range(50)]


def test_a_divider_under_its_own_clip_or_with_opacity_shows_two_pixels_in_next_documents() -> None:
    clipped = _divider(True, clip=Clip(rect_path(Rect(0, 0, 50, 12))))
    assert [x for x, a in enumerate(clipped) if a] == [5, 6]
    faded = _divider(True, opacity=0.5)
    assert [x for x, a in enumerate(faded) if a] == [5, 6]
    # Chromium (features: browser) draws the whole line
    assert [x for x, a in enumerate(_divider(False, opacity=0.5)) if a] == list(range(5, 45))


def test_thin_picture_keeps_three_columns_of_its_one_row() -> None:
    """A picture is filled without anti-aliasing: 0.3 px tall it still fills one whole row, which
    resvg's layer trim cuts to three columns around the rounded left edge (Next.js shows 10 and 11 of a
    3000x4 PNG under objectFit contain at x = 10)."""
    bounds = (10.2, 29.85, 80.2, 30.15)
    assert thin_picture_trim(bounds, IDENTITY, (10, 29, 70), (0, 0, 100, 60)) == (9, 28, 12, 31)
    assert thin_picture_trim(bounds, IDENTITY, (10, 29, 2), (0, 0, 100, 60)) is None  # nothing past them
    assert thin_picture_trim(bounds, IDENTITY, (10, 29, 70), (10, 0, 100, 60)) == (10, 28, 12, 31)


def _masks_of(painted: list[tuple[int, int]], w: int, h: int) -> list[Mask]:
    """The painted pixels as one-pixel masks (as a text's glyphs are many small masks)."""
    return [Mask(x, y, 1, 1, [b"\xff"]) for x, y in painted if 0 <= x < w and 0 <= y < h]


def test_masks_right_limit_agrees_with_the_layer_scan() -> None:
    # the L of test_the_bottom_row_loses_what_reaches_past_the_rows_above: the foot is cut at x 5
    painted = [(x, y) for y in range(4) for x in (2, 3)] + [(x, 4) for x in range(2, 13)]
    assert masks_right_limit(_masks_of(painted, 20, 6)) == 5
    assert layer_trim(_layer(20, 6, painted), 80, (0, 0, 20, 6), (0, 0, 20, 6)) == (1, 0, 5, 6)
    # nothing reaches past the rows above: nothing is cut
    block = [(x, y) for y in range(1, 4) for x in range(3, 9)]
    assert masks_right_limit(_masks_of(block, 12, 5)) is None
    assert masks_right_limit([]) is None


def test_a_clipped_text_loses_its_ellipsis_dots_when_they_sit_alone_in_the_bottom_row() -> None:
    # three 1x1 "dots" on the bottom row right of two "letters" that end a row higher (a line of
    # text without descenders, then its ellipsis), drawn as glyphs in a clip group: resvg's layer
    # trim keeps the bottom row only to the letters' right edge + 1, so the dots are not drawn
    def glyph(x: float, y: float, w: float, h: float) -> Group:
        return Group((FillPath(rect_path(Rect(0, 0, w, h)), BLACK),), transform=Affine(1, 0, 0, 1, x, y))

    letters = [glyph(2, 2, 3, 6), glyph(6, 2, 3, 6)]
    dots = [glyph(x, 8, 1, 1) for x in (12, 14, 16)]
    clip = Clip(rect_path(Rect(0, 0, 30, 12)))
    root = Group((Group(tuple(letters + dots), clip=clip),))
    pixels = render(DisplayList(30, 12, root, trims_layers=True))
    alpha = [pixels.data[4 * (8 * 30 + x) + 3] for x in range(30)]
    assert alpha[12] == alpha[14] == alpha[16] == 0
    assert pixels.data[4 * (7 * 30 + 8) + 3] == 255  # the letters are drawn whole
    untrimmed = render(DisplayList(30, 12, root))  # (features: browser draws no resvg trim)
    assert untrimmed.data[4 * (8 * 30 + 14) + 3] == 255
