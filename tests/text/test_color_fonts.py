"""Colour fonts: the COLR / CPAL / CBDT / sbix readers, the paint-graph conversion, and the gate."""

from __future__ import annotations

from pathlib import Path

import pytest

import pureog
from pureog.color import Color
from pureog.display import (
    BlendMode,
    ConicGradientPaint,
    FillPath,
    Group,
    ImagePaint,
    LinearGradientPaint,
    RadialGradientPaint,
    SolidPaint,
    SpreadMethod,
)
from pureog.paint.color_glyph import color_glyph_nodes
from pureog.raster.gradient import conical_t
from pureog.text.color_glyphs import FOREGROUND, best_strike, color_glyphs, draws_in_color
from pureog.text.fonts import FontFace, load_face

FONTS = Path(__file__).resolve().parents[2] / "conformance" / "fonts"
INK = Color(10, 20, 30, 1.0)


def _face(name: str) -> FontFace:
    return load_face((FONTS / name).read_bytes())


def _walk(nodes: list) -> list:
    out = []
    for node in nodes:
        out.append(node)
        if isinstance(node, Group):
            out += _walk(list(node.children))
    return out


def test_colr_v0_layers_and_palette() -> None:
    face = _face("ColorTest-COLRv0.ttf")
    glyphs = color_glyphs(face)
    assert glyphs is not None and glyphs.version == 0
    a = face.glyph_index(ord("A"))
    ids = {name: gid for gid, name in enumerate(face.glyph_order)}
    assert glyphs.layers(a) == [(ids["circle"], 0), (ids["square"], 1), (ids["triangle"], FOREGROUND)]
    assert glyphs.color(0, 1.0, INK) == Color(230, 26, 26, 1.0)
    assert glyphs.color(FOREGROUND, 0.5, INK) == Color(10, 20, 30, 0.5)
    assert glyphs.color(3, 1.0, INK).a == pytest.approx(128 / 255)  # a translucent palette entry
    assert glyphs.color(99, 1.0, INK).a == 0.0  # past the palette: transparent
    assert glyphs.paint(a) is None and glyphs.bitmap(a, 40) is None
    assert not glyphs.is_color(face.glyph_index(ord(" ")))


def test_colr_v0_nodes_are_the_layers_in_order() -> None:
    face = _face("ColorTest-COLRv0.ttf")
    (group,) = color_glyph_nodes(face, face.glyph_index(ord("A")), 50.0, 10.0, 60.0, INK)
    assert isinstance(group, Group) and group.transform.a == pytest.approx(0.05) and group.transform.e == 10.0
    colors = [child.paint.color for child in group.children]
    assert colors == [Color(230, 26, 26, 1.0), Color(26, 76, 230, 1.0), INK]


def test_colr_v1_paints_convert() -> None:
    face = _face("ColorTest-COLRv1.ttf")
    glyphs = color_glyphs(face)
    assert glyphs is not None and glyphs.version == 1
    kinds = {}
    for ch in "DEFGHIJ":
        nodes = _walk(color_glyph_nodes(face, face.glyph_index(ord(ch)), 40.0, 0.0, 40.0, INK))
        kinds[ch] = nodes
    linear = next(n.paint for n in kinds["D"] if isinstance(n, FillPath))
    assert isinstance(linear, LinearGradientPaint) and len(linear.stops) == 3
    # y up in the font, y down here; p0 -> p1 = (150, 50) -> (850, 750) projected onto the normal of
    # p0 -> p2 (horizontal): the gradient runs straight up to (150, 750)
    assert (linear.x1, linear.y1) == (150, -50) and (linear.x2, linear.y2) == pytest.approx((150, -750))
    radial = next(n.paint for n in kinds["E"] if isinstance(n, FillPath))
    assert isinstance(radial, RadialGradientPaint) and radial.spread is SpreadMethod.REFLECT
    assert radial.start_radius == 40 and radial.focal == (420, -520) and radial.r == 160
    sweep = next(n.paint for n in kinds["F"] if isinstance(n, FillPath))
    assert isinstance(sweep, ConicGradientPaint) and [s.offset for s in sweep.stops] == [0.0, 0.375, 0.75]
    inked = [n.paint.color for n in kinds["G"] if isinstance(n, FillPath) and isinstance(n.paint, SolidPaint)
             and n.paint.color.r == INK.r]
    assert len(inked) == 1 and inked[0].a == pytest.approx(0.8, abs=1e-4)  # the text colour, alpha F2Dot14
    blends = [n for n in kinds["H"] if isinstance(n, Group) and (n.blend is not BlendMode.NORMAL or n.porter_duff)]
    assert [(n.blend, n.porter_duff) for n in blends] == [(BlendMode.MULTIPLY, None), (BlendMode.NORMAL, "source-in")]
    assert len(kinds["I"]) > 3  # the reused glyph G inside a translate and a scale
    clipped = color_glyph_nodes(face, face.glyph_index(ord("J")), 40.0, 0.0, 40.0, INK)[0]
    assert isinstance(clipped, Group) and clipped.clip is not None


def test_bitmap_strikes() -> None:
    assert best_strike([32, 96], 40) == 96 and best_strike([32, 96], 20) == 32 and best_strike([32, 96], 200) == 96
    sbix = _face("ColorTest-sbix.ttf")
    bitmap = color_glyphs(sbix).bitmap(sbix.glyph_index(ord("S")), 30)  # type: ignore[union-attr]
    assert bitmap is not None and (bitmap.ppem, bitmap.width, bitmap.left, bitmap.top) == (32, 28, 1.0, 28.0)
    emoji = _face("NotoColorEmoji-subset.ttf")
    assert emoji.bitmap_only
    gid = emoji.glyph_index(0x1F600)
    bitmap = color_glyphs(emoji).bitmap(gid, 48)  # type: ignore[union-attr]
    assert bitmap is not None and bitmap.ppem == 109 and bitmap.png[:4] == b"\x89PNG"
    (node,) = color_glyph_nodes(emoji, gid, 48.0, 5.0, 50.0, INK)
    assert isinstance(node, FillPath) and isinstance(node.paint, ImagePaint)
    # 48 / 109 shrinks below a half: one mipmap level (half the strike), then scaled by 96 / 109
    assert node.paint.image.width == bitmap.width // 2
    assert node.paint.transform.a == pytest.approx(96 / 109 * bitmap.width / (bitmap.width // 2) / 2)
    (big,) = color_glyph_nodes(emoji, gid, 80.0, 5.0, 50.0, INK)
    assert big.paint.image.width == bitmap.width and big.paint.transform.a == pytest.approx(80 / 109)  # type: ignore[union-attr]


def test_gate_follows_next_where_it_draws_something() -> None:
    v0 = _face("ColorTest-COLRv0.ttf")
    a, b = v0.glyph_index(ord("A")), v0.glyph_index(ord("B"))
    assert not draws_in_color(v0, a, True, "satori")  # Next draws the base outline: kept
    assert draws_in_color(v0, a, True, "browser")
    assert draws_in_color(v0, b, False, "satori")  # an empty base outline: Next draws nothing
    plain = load_face((FONTS / "Geist-Regular.ttf").read_bytes())
    assert color_glyphs(plain) is None and not draws_in_color(plain, 5, True, "browser")


def test_two_point_conical_parameter() -> None:
    # start circle r0 = 1 at the origin, end circle r1 = 3 at (4, 0); (1, 0) lies on both: the later wins
    assert conical_t(1.0, 0.0, 4.0, 0.0, 1.0, 2.0) == pytest.approx(1.0)
    assert conical_t(0.0, 1.0, 4.0, 0.0, 1.0, 2.0) == pytest.approx(1 / 3)
    assert conical_t(7.0, 0.0, 4.0, 0.0, 1.0, 2.0) == pytest.approx(4.0)  # t = 1 fits too; t = 4 is later
    assert conical_t(-5.0, 0.0, 4.0, 0.0, 1.0, 2.0) is None  # behind the cone


def test_a_card_with_colour_fonts_renders() -> None:
    doc = {"width": 200, "height": 60, "fonts": [
        {"name": "Geist", "path": "Geist-Regular.ttf"},
        {"name": "Emoji", "path": "NotoColorEmoji-subset.ttf"},
        {"name": "C1", "path": "ColorTest-COLRv1.ttf"}],
        "element": {"div": {"style": {"display": "flex", "fontSize": 30}, "children": [
            {"span": "a😀"}, {"span": {"style": {"fontFamily": "C1"}, "children": "DEH"}}]}}}
    png = pureog.render_png(pureog.load(doc, base_dir=str(FONTS)))
    assert png[:4] == b"\x89PNG"


@pytest.mark.parametrize("seed", range(30))
def test_damaged_colour_fonts_render_or_fail_cleanly(seed: int) -> None:
    """Bytes changed anywhere in a colour font: an image or a PureogError (fontTools decompiles the
    colour subtables lazily, so damage found while drawing is a FontError too)."""
    import random  # noqa: PLC0415
    import warnings  # noqa: PLC0415

    rng = random.Random(seed)
    name, text = rng.choice([("ColorTest-COLRv0.ttf", "ABC"), ("ColorTest-COLRv1.ttf", "DEFGHIJ"),
                             ("ColorTest-sbix.ttf", "ST"), ("NotoColorEmoji-subset.ttf", "😀🎉")])
    data = bytearray((FONTS / name).read_bytes())
    for _ in range(rng.randrange(1, 8)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    doc = {"width": 100, "height": 40, "features": rng.choice(["satori", "browser"]),
           "fonts": [{"name": "F", "data": bytes(data)}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "F", "fontSize": 30}, "children": text}}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pureog.render_png(doc)
        except pureog.PureogError:
            pass


@pytest.mark.parametrize(("name", "char"), [("ColorTest-COLRv0.ttf", "A"), ("ColorTest-COLRv1.ttf", "D")])
def test_colr_glyphs_are_drawn_as_skia_places_colour_masks(name: str, char: str) -> None:
    """Chromium (Skia) draws a COLR glyph as a colour mask at a whole pixel, x + 1/8 rounded down (a
    sub-pixel glyph's rounding without its quarter-pixel phase), the baseline at the nearest pixel, and
    its layers' edges with analytic anti-aliasing: at the exact pen position the edges were a fraction
    of a pixel off (browser/color-font-colrv0 36.4 dB, colrv1 31.7 dB against Chromium; now 49.0, 45.2)."""
    face = _face(name)
    gid = face.glyph_index(ord(char))
    for x, y, at in ((10.3, 60.4, (10.0, 60.0)), (10.88, 60.5, (11.0, 61.0)), (10.86, 60.0, (10.0, 60.0))):
        (group,) = color_glyph_nodes(face, gid, 40.0, x, y, INK)
        assert (group.transform.e, group.transform.f) == at
        fills = [n for n in _walk([group]) if isinstance(n, FillPath)]
        assert fills and all(f.analytic for f in fills)
