"""CSS filter functions -> display-list filter groups (usvg's conversion), and where paint puts them."""

from __future__ import annotations

import pytest

from pureog.color import Color
from pureog.display import (
    Blur,
    Clip,
    ColorMatrix,
    ComponentTransfer,
    DropShadow,
    FillPath,
    Filter,
    Group,
    LinearTransfer,
    SolidPaint,
    TableTransfer,
)
from pureog.geometry import Rect
from pureog.paint.effects import filtered
from pureog.paint.filter import color_op, filter_groups
from pureog.path import rect_path
from pureog.style.computed import ComputedStyle
from pureog.style.filter import HIDDEN, FilterFunction

BOX = FillPath(rect_path(Rect(100.0, 50.0, 40.0, 20.0)), SolidPaint(Color(10, 20, 30)))
BB = Rect(100.0, 50.0, 40.0, 20.0)


def test_component_transfers() -> None:
    assert color_op(FilterFunction("brightness", 1.5)) == ComponentTransfer(rgb=LinearTransfer(1.5, 0.0))
    assert color_op(FilterFunction("contrast", 2.0)) == ComponentTransfer(rgb=LinearTransfer(2.0, -0.5))
    assert color_op(FilterFunction("invert", 3.0)) == ComponentTransfer(rgb=TableTransfer((1.0, 0.0)))
    assert color_op(FilterFunction("opacity", 0.25)) == ComponentTransfer(alpha=TableTransfer((0.0, 0.25)))


@pytest.mark.parametrize(("name", "amount"), [("grayscale", 0.0), ("sepia", 0.0), ("saturate", 1.0),
                                              ("hue-rotate", 0.0)])  # fmt: skip
def test_neutral_matrices_are_the_identity(name: str, amount: float) -> None:
    op = color_op(FilterFunction(name, amount))
    assert isinstance(op, ColorMatrix) and len(op.values) == 20
    identity = [1.0 if i in (0, 6, 12, 18) else 0.0 for i in range(20)]
    assert op.values == pytest.approx(identity, abs=1e-3)


def test_grayscale_is_capped_and_uses_usvg_coefficients() -> None:
    op = color_op(FilterFunction("grayscale", 5.0))
    assert isinstance(op, ColorMatrix)
    assert op.values[:3] == pytest.approx((0.2126, 0.7152, 0.0722))


def test_functions_nest_in_order_with_their_own_regions() -> None:
    functions = (FilterFunction("sepia", 1.0), FilterFunction("drop-shadow", 2.0, 3.0, 4.0, Color(0, 0, 255)),
                 FilterFunction("blur", 5.0))  # fmt: skip
    node = filter_groups(functions, BOX, BB)
    assert isinstance(node, Group) and node.blur is not None and node.blur.std_dev_x == 5.0
    shadow = node.children[0]
    assert isinstance(shadow, Group) and shadow.filter is not None
    assert shadow.filter == Filter(DropShadow(3.0, 4.0, 2.0, Color(0, 0, 255)), Rect(60.0, 30.0, 80.0, 40.0))
    sepia = shadow.children[0]
    assert isinstance(sepia, Group) and sepia.filter is not None and sepia.children == (BOX,)
    assert sepia.filter.region == Rect(96.0, 48.0, 48.0, 24.0)  # -10% / 120%
    assert filter_groups((FilterFunction("blur", 0.0),), BOX, BB) is BOX  # a zero blur is nothing


def test_shapes_clip_goes_around_the_filter_and_url_only_hides() -> None:
    clip = Clip(rect_path(Rect(100.0, 50.0, 20.0, 20.0)))
    style = ComputedStyle(filter=(FilterFunction("invert", 1.0),))
    (out,) = filtered(style, [Group((BOX,), clip=clip)])
    assert isinstance(out, Group) and out.clip == clip and out.filter is None
    inner = out.children[0]
    assert isinstance(inner, Group) and inner.filter is not None and inner.children == (BOX,)
    assert filtered(ComputedStyle(filter=HIDDEN), [BOX]) == []
    assert filtered(ComputedStyle(), [BOX]) == [BOX]


def test_blur_has_usvgs_region() -> None:
    node = filter_groups((FilterFunction("blur", 2.0),), BOX, BB)
    assert isinstance(node, Group) and node.blur == Blur(2.0, 2.0, Rect(60.0, 30.0, 80.0, 40.0))


def test_inside_an_ancestors_mask_spreading_filters_are_cut_to_the_mask_region() -> None:
    style = ComputedStyle(filter=(FilterFunction("drop-shadow", 0.0, 30.0, 30.0),))
    (out,) = filtered(style, [BOX], masked=True)
    assert isinstance(out, Group) and out.clip == Clip(rect_path(Rect(96.0, 48.0, 48.0, 24.0)))
    (plain,) = filtered(style, [BOX])
    assert isinstance(plain, Group) and plain.clip is None and plain.filter is not None
    colour = ComputedStyle(filter=(FilterFunction("invert", 1.0),))
    (inverted,) = filtered(colour, [BOX], masked=True)  # nothing spreads: no extra clip
    assert isinstance(inverted, Group) and inverted.clip is None


def test_an_image_has_its_own_mask_on_its_exact_picture_rectangle() -> None:
    from pureog.display import Image, ImagePaint
    from pureog.geometry import Affine

    picture = ImagePaint(Image(2, 2, bytes(16)), Affine(25.5, 0.0, 0.0, 20.0, 10.25, 4.0))  # 51 x 40 at 10.25
    shape = Group((FillPath(rect_path(Rect(10.0, 4.0, 51.0, 40.0)), picture),), clip=Clip(rect_path(BB)))
    style = ComputedStyle(filter=(FilterFunction("blur", 3.0),))
    (out,) = filtered(style, [shape])
    assert isinstance(out, Group) and out.clip == Clip(rect_path(BB))  # the <img> box, around the mask
    masked = out.children[0]
    assert isinstance(masked, Group) and masked.clip is not None
    b = masked.clip.path.bounds()
    assert (b.x, b.y, b.width, b.height) == pytest.approx((10.25 - 5.1, 0.0, 61.2, 48.0))
    (turned,) = filtered(style, [shape], transformed=True)  # Satori leaves transformed shapes unmasked
    assert isinstance(turned, Group) and isinstance(turned.children[0], Group) and turned.children[0].clip is None


def _rgba(png: bytes) -> list[list[int]]:
    import io  # noqa: PLC0415

    import png as pypng  # noqa: PLC0415

    _, _, rows, _ = pypng.Reader(file=io.BytesIO(png)).asRGBA8()
    return [list(row) for row in rows]


def test_an_svg_picture_filters_over_its_image_box() -> None:
    # casebook3 (filters/cb3-filter-svg-img): an inline <svg> is one <image> for resvg, its bounding box
    # its 60x60 rectangle; a drop shadow's region (-100%/200% of it) ends at that box's right edge, not
    # at the circle's right edge (where the shadow was cut off: 33.1 dB against Next before, 64.8 after)
    import pureog  # noqa: PLC0415

    svg = {"type": "svg", "props": {"width": 60, "height": 60, "viewBox": "0 0 40 40",
                                    "style": {"filter": "drop-shadow(4px 4px 0 #0000ff)",
                                              "marginLeft": 50},
                                    "children": [{"type": "circle", "props": {
                                        "cx": 20, "cy": 20, "r": 14, "fill": "#ff0000"}}]}}
    png = pureog.render_png({"width": 130, "height": 80, "element": {"type": "div", "props": {
        "style": {"display": "flex", "width": 130, "height": 80, "backgroundColor": "white"},
        "children": [svg]}}})
    pixels = _rgba(png)
    # the circle spans x 59..101 at y 30; its shadow reaches x 105 there (the region x >= 0: a negative
    # one is moved to 0 keeping its width, which would hide the cut)
    assert tuple(pixels[32][103 * 4:103 * 4 + 3]) == (0, 0, 255)
