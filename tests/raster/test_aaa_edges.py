"""Glyph edges as Skia's analytic anti-aliasing moves them (raster/aaa_edges.py), and the Chromium
glyph masks drawn from them (raster/chrome_glyph.py)."""

from __future__ import annotations

from pathlib import Path as FsPath

from pureog.display import FillRule
from pureog.geometry import Affine
from pureog.path import PathBuilder
from pureog.raster.aaa_edges import aaa_polylines
from pureog.raster.area_scan import area_mask
from pureog.raster.chrome_glyph import chrome_glyph_mask
from pureog.raster.flatten import flatten
from pureog.raster.text_gamma import glyph_gamma_table
from pureog.text.autofit import hinted_outline
from pureog.text.fonts import load_face
from pureog.text.outline import glyph_outline

BOX = (-1000, -1000, 1000, 1000)
GEIST = FsPath(__file__).resolve().parents[2] / "conformance" / "fonts" / "Geist-Regular.ttf"


def points(polyline: list[float]) -> list[tuple[float, float]]:
    return list(zip(polyline[0::2], polyline[1::2], strict=True))


def test_line_ends_keep_x_and_snap_y_to_the_nearest_quarter() -> None:
    b = PathBuilder()
    b.move_to(0.3, 0.1)
    b.line_to(5.7, 3.13)
    b.line_to(0.3, 4.9)
    b.close()
    (poly,) = aaa_polylines(b.build(), Affine.translate(0.0, 0.0))
    # x to the 1/256 px below (0.3 * 256 = 76.8), y to the nearest quarter (0.1 -> 0, 3.13 -> 3.25,
    # 4.9 -> 5.0)
    assert points(poly)[:3] == [(76 / 256, 0.0), (1459 / 256, 3.25), (76 / 256, 5.0)]


def test_flat_curve_steps_land_on_quarter_rows() -> None:
    # the top of a round letter: a shallow quadratic, every step under 2 px tall
    b = PathBuilder()
    b.move_to(0.0, 3.1)
    b.quad_to(4.0, 0.37, 8.0, 3.1)
    b.line_to(8.0, 9.0)
    b.line_to(0.0, 9.0)
    b.close()
    (poly,) = aaa_polylines(b.build(), Affine.translate(0.0, 0.0))
    ys = [y for _, y in points(poly)]
    assert len(ys) > 6  # stepped, not a chord
    assert all(y * 4 == int(y * 4) for y in ys)
    assert min(ys) == 1.75  # the apex 1.735 px: the nearest quarter


def test_tall_curve_steps_land_on_whole_rows_along_their_slope() -> None:
    # a quadratic 40 px tall: its steps are over 2 px, each moved to the nearest whole row along the
    # line from the previous snapped point
    b = PathBuilder()
    b.move_to(0.0, 0.0)
    b.quad_to(30.0, 20.3, 0.0, 40.6)
    b.close()
    (poly,) = aaa_polylines(b.build(), Affine.translate(0.0, 0.0))
    inner = points(poly)[1:-2]
    assert inner and all(y == int(y) for _, y in inner)
    exact = [(x, y) for x, y in points(flatten(b.build(), Affine.translate(0.0, 0.0))[0])][1:-2]
    assert [x for x, _ in inner] != [x for x, _ in exact]  # slid along the step, not kept


def _geist_o_mask(polylines: list[list[float]]) -> list[bytes]:
    mask = area_mask(polylines, FillRule.NONZERO, BOX)
    assert mask is not None
    table = glyph_gamma_table(0, 0, 0)
    rows = []
    for y in range(191, 215):
        row = bytearray(22)
        for i in range(22):
            x = 10 + i
            r = y - mask.y
            c = x - mask.x
            value = 0
            if 0 <= r < mask.height and 0 <= c < mask.width and mask.rows[r] is not None:
                value = mask.rows[r][c]  # type: ignore[index]
            row[i] = 255 - table[value]
        rows.append(bytes(row))
    return rows


# Chromium 156 (Debian, headless, the oracle's flags): Geist Regular's `o` at 40 px, black on white,
# its origin at (10, 214); columns 10-31, rows 191-214 of the screenshot
CHROMIUM_O_40 = [bytes.fromhex(r) for r in (
    "ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff",
    "ff ff ff ff ff ff ff c4 60 33 1a 06 1b 34 64 cf ff ff ff ff ff ff",
    "ff ff ff ff ff e7 3e 00 00 00 00 00 00 00 00 00 48 ec ff ff ff ff",
    "ff ff ff ff d8 22 00 00 00 00 00 00 00 00 00 00 00 2a e2 ff ff ff",
    "ff ff ff f5 23 00 00 00 17 61 90 b5 8e 5f 14 00 00 00 35 fc ff ff",
    "ff ff ff 72 00 00 00 3c e4 ff ff ff ff ff de 33 00 00 00 88 ff ff",
    "ff ff df 00 00 00 3a fb ff ff ff ff ff ff ff f8 2c 00 00 0c f0 ff",
    "ff ff 8b 00 00 00 b7 ff ff ff ff ff ff ff ff ff a4 00 00 00 a2 ff",
    "ff ff 39 00 00 3c ff ff ff ff ff ff ff ff ff ff fd 2b 00 00 51 ff",
    "ff fe 02 00 00 86 ff ff ff ff ff ff ff ff ff ff ff 71 00 00 1a ff",
    "ff e5 00 00 00 9a ff ff ff ff ff ff ff ff ff ff ff 86 00 00 02 fe",
    "ff cd 00 00 00 ae ff ff ff ff ff ff ff ff ff ff ff 9b 00 00 00 e5",
    "ff d0 00 00 00 a8 ff ff ff ff ff ff ff ff ff ff ff 95 00 00 00 e4",
    "ff e8 00 00 00 89 ff ff ff ff ff ff ff ff ff ff ff 76 00 00 02 fe",
    "ff fe 02 00 00 6b ff ff ff ff ff ff ff ff ff ff ff 58 00 00 1d ff",
    "ff ff 3c 00 00 21 fd ff ff ff ff ff ff ff ff ff f6 16 00 00 53 ff",
    "ff ff 8b 00 00 00 aa ff ff ff ff ff ff ff ff ff 96 00 00 00 a4 ff",
    "ff ff de 00 00 00 39 fb ff ff ff ff ff ff ff f8 2a 00 00 0c f3 ff",
    "ff ff ff 76 00 00 00 3c e4 ff ff ff ff ff de 33 00 00 00 8c ff ff",
    "ff ff ff f7 2b 00 00 00 17 61 90 b5 8e 5f 14 00 00 00 3c fd ff ff",
    "ff ff ff ff df 26 00 00 00 00 00 00 00 00 00 00 00 2e e6 ff ff ff",
    "ff ff ff ff ff e7 3c 00 00 00 00 00 00 00 00 00 47 ef ff ff ff ff",
    "ff ff ff ff ff ff ff c4 5d 33 1a 06 1b 34 62 cc ff ff ff ff ff ff",
    "ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff",
)]


def _worst(rows: list[bytes]) -> int:
    pairs = zip(rows, CHROMIUM_O_40, strict=True)
    return max(abs(a - b) for got, want in pairs for a, b in zip(got, want, strict=True))


def test_round_letter_matches_chromium_where_exact_area_did_not() -> None:
    face = load_face(GEIST.read_bytes())
    path = hinted_outline(glyph_outline(face, face.glyph_index(ord("o")), 40.0))
    at = Affine.translate(10.0, 214.0)
    assert _worst(_geist_o_mask(aaa_polylines(path, at))) <= 12
    assert _worst(_geist_o_mask(flatten(path, at))) >= 25  # the exact outline's area: 1/8 px off a row
    # the glyph mask Chromium text is drawn with is that one
    mask = chrome_glyph_mask(path, FillRule.NONZERO, at, BOX, (0, 0, 0))
    assert mask is not None
    expected = area_mask(aaa_polylines(path, at), FillRule.NONZERO, BOX)
    assert expected is not None and (mask.x, mask.y, mask.height) == (expected.x, expected.y, expected.height)
