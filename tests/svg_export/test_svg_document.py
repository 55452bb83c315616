"""pureog.svg_export.document (with scene, paints, images, effects, filter_graph): what is written for
each display-list feature. resvg's pixels are checked in test_svg_resvg.py."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET

import png
import pytest

from pureog.color import Color
from pureog.display import (
    Blur,
    Clip,
    ColorMatrix,
    ComponentTransfer,
    DisplayList,
    DropShadow,
    FeFlood,
    FeGaussianBlur,
    FeMerge,
    FillPath,
    FillRule,
    Filter,
    FilterGraph,
    FilterPrimitive,
    FilterQuality,
    GradientStop,
    Group,
    Image,
    ImagePaint,
    LinearGradientPaint,
    LinearTransfer,
    Node,
    PatternPaint,
    Projection,
    RadialGradientPaint,
    ShadowFilter,
    SolidPaint,
    SpreadMethod,
    TableTransfer,
)
from pureog.errors import PureogError
from pureog.geometry import Affine, Rect
from pureog.matrix3d import IDENTITY3
from pureog.path import rect_path
from pureog.svg_export import to_svg

NS = "{http://www.w3.org/2000/svg}"
RED = SolidPaint(Color(255, 0, 0))
BLUE = SolidPaint(Color(0, 0, 255, 0.5))
WHITE_STOPS = (GradientStop(0.0, Color(255, 255, 255)), GradientStop(1.0, Color(0, 0, 0, 0.0)))


def _rect(x: float, y: float, w: float, h: float, paint: SolidPaint = RED) -> FillPath:
    return FillPath(rect_path(Rect(x, y, w, h)), paint)


def _svg(*nodes: Node, width: int = 100, height: int = 80) -> str:
    return to_svg(DisplayList(width, height, Group(tuple(nodes))))


def _tree(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _tags(el: ET.Element) -> list[str]:
    return [e.tag.removeprefix(NS) for e in el.iter()]


def _defs(svg: str) -> dict[str, ET.Element]:
    return {e.attrib["id"]: e for e in _tree(svg).iter() if "id" in e.attrib}


def _ref(value: str) -> str:
    match = re.fullmatch(r"url\(#(\w+)\)", value)
    assert match, value
    return match.group(1)


def test_document_is_valid_deterministic_xml_of_the_canvas_size() -> None:
    nodes = (_rect(0, 0, 100, 80), Group((_rect(10, 10, 20, 20, BLUE),), opacity=0.5))
    svg = _svg(*nodes)
    assert svg == _svg(*nodes)  # deterministic
    root = _tree(svg)
    assert root.tag == NS + "svg"
    assert (root.attrib["width"], root.attrib["height"], root.attrib["viewBox"]) == ("100", "80", "0 0 100 80")
    paths = list(root.iter(NS + "path"))
    assert paths[0].attrib == {"d": "M0 0L100 0 100 80 0 80Z", "fill": "#f00"}
    # a group opacity on the single shape, the colour's alpha as fill-opacity
    assert paths[1].attrib["opacity"] == ".5" and paths[1].attrib["fill-opacity"] == ".502"
    assert svg.endswith("</svg>\n") and "\n" not in svg[:-1]


def test_canvas_must_have_a_size() -> None:
    with pytest.raises(PureogError):
        to_svg(DisplayList(0, 10, Group(())))


def test_glyph_paths_are_defined_once_and_used() -> None:
    glyph = FillPath(rect_path(Rect(0, -10, 6, 10)), SolidPaint(Color(0, 0, 0)))
    text = Group(tuple(Group((glyph,), transform=Affine.translate(8 * i, 30)) for i in range(3)))
    svg = _svg(text)
    root = _tree(svg)
    defined = [e for e in root.iter(NS + "path") if "id" in e.attrib]
    assert len(defined) == 1 and "fill" not in defined[0].attrib  # the fill goes on each use
    uses = list(root.iter(NS + "use"))
    assert [(u.attrib["href"], u.attrib["x"], u.attrib["y"]) for u in uses] == \
        [("#" + defined[0].attrib["id"], str(8 * i), "30") for i in range(3)]
    single = _svg(Group((glyph,), transform=Affine.translate(5, 5)))
    assert "<use" not in single  # a path filled once is written in place


def test_fill_rules_and_crisp_fills() -> None:
    root = _tree(_svg(FillPath(rect_path(Rect(0, 0, 5, 5)), RED, FillRule.EVENODD),
                      FillPath(rect_path(Rect(0.123456, 0, 5, 5)), RED, anti_alias=False)))
    even, crisp = root.iter(NS + "path")
    assert even.attrib["fill-rule"] == "evenodd"
    assert crisp.attrib["shape-rendering"] == "crispEdges"
    assert crisp.attrib["d"].startswith("M.12346 0")  # whole pixels are decided there: 5 decimals


def test_transparent_fills_and_invisible_groups_are_left_out() -> None:
    svg = _svg(_rect(0, 0, 5, 5, SolidPaint(Color(0, 0, 0, 0.0))), Group((_rect(0, 0, 5, 5),), opacity=0.0),
               Group((_rect(0, 0, 5, 5),), transform=Affine.scale(0.0, 1.0)))
    assert _tags(_tree(svg)) == ["svg"]


def test_gradients_in_user_space() -> None:
    linear = LinearGradientPaint(0.0, 1.0, 1.0, 0.0, WHITE_STOPS, SpreadMethod.REPEAT, Affine.scale(50.0))
    radial = RadialGradientPaint(0.5, 0.5, 0.25, WHITE_STOPS, SpreadMethod.REFLECT, Affine(2, 0, 0, 1, 3, 4))
    svg = _svg(FillPath(rect_path(Rect(0, 0, 50, 50)), linear), FillPath(rect_path(Rect(0, 0, 60, 50)), radial))
    defs = _defs(svg)
    fills = [p.attrib["fill"] for p in _tree(svg).iter(NS + "path") if "fill" in p.attrib]
    lin, rad = (defs[_ref(f)] for f in fills)
    assert lin.tag == NS + "linearGradient" and rad.tag == NS + "radialGradient"
    assert lin.attrib == {"id": lin.attrib["id"], "gradientUnits": "userSpaceOnUse", "x1": "0", "y1": "1", "x2": "1",
                          "y2": "0", "spreadMethod": "repeat", "gradientTransform": "scale(50)"}
    assert (rad.attrib["cx"], rad.attrib["r"], rad.attrib["spreadMethod"]) == (".5", ".25", "reflect")
    assert rad.attrib["gradientTransform"] == "matrix(2 0 0 1 3 4)"
    stops = [s.attrib for s in lin]
    assert stops == [{"offset": "0", "stop-color": "#fff"}, {"offset": "1", "stop-color": "#000", "stop-opacity": "0"}]


def _png_size(uri: str) -> tuple[int, int, list[list[int]]]:
    assert uri.startswith("data:image/png;base64,")
    w, h, rows, _ = png.Reader(bytes=base64.b64decode(uri.split(",", 1)[1])).asRGBA8()
    return w, h, [list(r) for r in rows]


def test_images_are_embedded_pngs_in_their_rectangle() -> None:
    image = Image(2, 1, bytes([255, 0, 0, 255, 0, 0, 128, 128]))  # red, half-transparent blue (premultiplied)
    paint = ImagePaint(image, Affine(10.0, 0.0, 0.0, 20.0, 5.0, 6.0))
    svg = _svg(FillPath(rect_path(Rect(5, 6, 20, 20)), paint, anti_alias=False))
    (el,) = _tree(svg).iter(NS + "image")
    assert {k: v for k, v in el.attrib.items() if k != "href"} == \
        {"x": "5", "y": "6", "width": "20", "height": "20", "preserveAspectRatio": "none"}
    w, h, rows = _png_size(el.attrib["href"])
    assert (w, h) == (2, 1) and rows[0] == [255, 0, 0, 255, 0, 0, 255, 128]  # straight alpha in the PNG
    nearest = ImagePaint(image, Affine.translate(1, 1), quality=FilterQuality.NEAREST)
    (el,) = _tree(_svg(FillPath(rect_path(Rect(1, 1, 2, 1)), nearest))).iter(NS + "image")
    assert el.attrib["image-rendering"] == "optimizeSpeed"


def test_images_that_an_image_element_cannot_show_become_patterns() -> None:
    image = Image(1, 1, bytes([0, 255, 0, 255]))
    tiled = ImagePaint(image, Affine(4.0, 0.0, 0.0, 4.0, 0.0, 0.0), repeat_x=True, repeat_y=True)
    svg = _svg(FillPath(rect_path(Rect(0, 0, 40, 40)), tiled))
    (path,) = _tree(svg).iter(NS + "path")
    pattern = _defs(svg)[_ref(path.attrib["fill"])]
    assert pattern.tag == NS + "pattern"
    assert (pattern.attrib["width"], pattern.attrib["patternTransform"]) == ("1", "scale(4)")
    assert pattern[0].tag == NS + "image"


def test_pattern_tiles_hold_their_content() -> None:
    tile = PatternPaint(2.0, 3.0, 10.0, 10.0, (_rect(0, 0, 5, 5),), Affine.scale(2.0))
    svg = _svg(FillPath(rect_path(Rect(0, 0, 40, 40)), tile))
    (outer,) = [p for p in _tree(svg).findall(NS + "path")]
    pattern = _defs(svg)[_ref(outer.attrib["fill"])]
    assert pattern.attrib["patternUnits"] == "userSpaceOnUse"
    assert (pattern.attrib["x"], pattern.attrib["y"], pattern.attrib["patternTransform"]) == ("2", "3", "scale(2)")
    assert [c.attrib["d"] for c in pattern] == ["M0 0L5 0 5 5 0 5Z"]


def test_clips_are_clip_paths_in_the_groups_space() -> None:
    clip = Clip(rect_path(Rect(0, 0, 10, 10)), FillRule.EVENODD)
    svg = _svg(Group((_rect(0, 0, 50, 50), _rect(5, 5, 50, 50)), transform=Affine.translate(20, 0), clip=clip))
    root = _tree(svg)
    (g,) = [e for e in root.iter(NS + "g")]
    assert g.attrib["transform"] == "translate(20)"
    clip_path = _defs(svg)[_ref(g.attrib["clip-path"])]
    assert clip_path.tag == NS + "clipPath"
    assert clip_path[0].attrib == {"d": "M0 0L10 0 10 10 0 10Z", "clip-rule": "evenodd"}


def _mask_wrappers(svg: str) -> list[ET.Element]:
    return [e for e in _tree(svg).iter() if "mask" in e.attrib]


def test_a_per_fill_mask_goes_down_to_fills_that_do_not_overlap() -> None:
    mask = (FillPath(rect_path(Rect(0, 0, 100, 80)), LinearGradientPaint(0, 0, 100, 0, WHITE_STOPS)),)
    overlapping = (_rect(0, 0, 50, 50), _rect(20, 20, 50, 50, BLUE))
    apart = (_rect(0, 0, 10, 10), _rect(20, 20, 10, 10, BLUE))
    # the rasterizer masks each fill: overlapping fills need one mask each, disjoint ones can share
    assert len(_mask_wrappers(_svg(Group(overlapping, mask=mask)))) == 2
    assert len(_mask_wrappers(_svg(Group(apart, mask=mask)))) == 1
    # an isolated mask applies to the layer: one mask
    assert len(_mask_wrappers(_svg(Group(overlapping, mask=mask, isolated=True)))) == 1
    svg = _svg(Group(overlapping, mask=mask))
    (definition,) = [e for e in _defs(svg).values() if e.tag == NS + "mask"]
    assert definition.attrib["maskUnits"] == "userSpaceOnUse" and definition.attrib["mask-type"] == "luminance"
    x, y, w, h = (float(definition.attrib[k]) for k in ("x", "y", "width", "height"))
    assert x <= 0 and y <= 0 and x + w >= 100 and y + h >= 80  # covers the canvas


def test_a_mask_pushed_into_a_transformed_group_is_moved_back() -> None:
    mask = (_rect(0, 0, 100, 80, SolidPaint(Color(255, 255, 255))),)
    inner = Group((_rect(0, 0, 50, 50), _rect(20, 20, 50, 50, BLUE)), transform=Affine.translate(10, 0))
    svg = _svg(Group((inner, _rect(0, 0, 5, 5)), mask=mask))
    masks = [e for e in _defs(svg).values() if e.tag == NS + "mask"]
    # the two overlapping fills of the moved group each carry a mask whose content moves back by 10 px
    assert sorted(m[0].attrib.get("transform", "") for m in masks) == ["", "translate(-10)"]
    assert len(_mask_wrappers(svg)) == 3


def _filter_of(svg: str, el: ET.Element) -> ET.Element:
    return _defs(svg)[_ref(el.attrib["filter"])]


def test_a_drop_shadow_is_not_cut_by_the_clips_around_it() -> None:
    text = Group((_rect(10, 10, 20, 10, SolidPaint(Color(0, 0, 0))), _rect(40, 10, 20, 10)),
                 shadow=ShadowFilter((DropShadow(5, 5, 2, Color(255, 0, 0)), DropShadow(-3, 0, 0, Color(0, 0, 255))),
                                     Rect(0, 0, 80, 40)))
    clip = Clip(rect_path(Rect(0, 0, 35, 40)))
    svg = _svg(Group((_rect(0, 0, 35, 40, BLUE), text), clip=clip))
    root = _tree(svg)
    (filtered,) = [e for e in root.iter() if "filter" in e.attrib]
    parents = {c: p for p in root.iter() for c in p}
    ancestor = parents.get(filtered)
    while ancestor is not None:
        assert "clip-path" not in ancestor.attrib  # the result escapes the clip
        ancestor = parents.get(ancestor)
    assert any("clip-path" in e.attrib for e in filtered.iter())  # the clip cuts the source inside
    definition = _filter_of(svg, filtered)
    assert definition.attrib["filterUnits"] == "userSpaceOnUse"
    assert "color-interpolation-filters" not in definition.attrib  # linear RGB, SVG's default
    first, second, merge = list(definition)
    assert (first.tag, second.tag, merge.tag) == (NS + "feDropShadow",) * 2 + (NS + "feMerge",)
    assert "in" not in first.attrib and second.attrib["in"] == "SourceGraphic"  # not the first shadow's result
    assert [n.attrib["in"] for n in merge] == ["s2", "s1"]  # the first shadow ends on top


def test_shadows_without_their_source() -> None:
    sf = ShadowFilter((DropShadow(1, 2, 3, Color(0, 0, 0, 0.5)),), Rect(0, 0, 50, 50), keep_source=False,
                      linear_rgb=False)
    svg = _svg(Group((_rect(10, 10, 10, 10),), shadow=sf))
    (filtered,) = [e for e in _tree(svg).iter() if "filter" in e.attrib]
    definition = _filter_of(svg, filtered)
    assert definition.attrib["color-interpolation-filters"] == "sRGB"
    assert [c.tag.removeprefix(NS) for c in definition] == ["feGaussianBlur", "feOffset", "feFlood", "feComposite"]
    assert definition[0].attrib["in"] == "SourceAlpha" and definition[3].attrib["operator"] == "in"


def test_a_single_colour_blur_blurs_coverage_and_floods_the_colour() -> None:
    shape = _rect(10, 10, 20, 20, SolidPaint(Color(0, 128, 0, 0.5)))
    svg = _svg(Group((shape,), blur=Blur(3, 3, Rect(0, 0, 50, 50))))
    (filtered,) = [e for e in _tree(svg).iter() if "filter" in e.attrib]
    assert [p.attrib.get("fill") for p in filtered.iter(NS + "path")] == ["#fff"]  # drawn opaque white
    blur, flood, composite = _filter_of(svg, filtered)
    assert blur.attrib == {"in": "SourceAlpha", "stdDeviation": "3", "result": "b"}
    assert flood.attrib == {"flood-color": "#008000", "flood-opacity": ".502"}
    assert composite.attrib == {"in2": "b", "operator": "in"}
    inset = _svg(Group((shape,), blur=Blur(3, 3, Rect(0, 0, 50, 50), invert=True)))
    (filtered,) = [e for e in _tree(inset).iter() if "filter" in e.attrib]
    assert _filter_of(inset, filtered)[2].attrib["operator"] == "out"
    with pytest.raises(PureogError):
        _svg(Group((shape, _rect(0, 0, 5, 5)), blur=Blur(3, 3, Rect(0, 0, 50, 50), invert=True)))


def test_a_blur_of_several_colours_blurs_the_pixels_with_a_capped_deviation() -> None:
    svg = _svg(Group((_rect(10, 10, 20, 20), _rect(0, 0, 5, 5, BLUE)), blur=Blur(1000, 2, None)))
    (filtered,) = [e for e in _tree(svg).iter() if "filter" in e.attrib]
    definition = _filter_of(svg, filtered)
    (blur,) = list(definition)
    assert blur.attrib == {"stdDeviation": "200 2"}  # twice the canvas's larger side, as the rasterizer
    assert definition.attrib["color-interpolation-filters"] == "sRGB"
    assert float(definition.attrib["x"]) <= 0 and float(definition.attrib["width"]) >= 100  # the whole canvas


def test_an_outer_box_shadow_is_hidden_inside_its_cut_out() -> None:
    cutout = rect_path(Rect(10, 10, 20, 20))
    blur = Blur(4, 4, Rect(-10, -10, 80, 80), cutout=cutout, cutout_clips=(Clip(rect_path(Rect(0, 0, 25, 25))),))
    svg = _svg(Group((Group((_rect(12, 12, 20, 20),), blur=blur),), clip=Clip(rect_path(Rect(0, 0, 60, 60)))))
    root = _tree(svg)
    (filtered,) = [e for e in root.iter() if "filter" in e.attrib]
    keep = _defs(svg)[_ref(filtered.attrib["mask"])]
    background, hole = list(keep)
    assert background.attrib["fill"] == "#fff"
    holes = [p for p in hole.iter(NS + "path")]
    assert holes[-1].attrib["d"] == "M10 10L30 10 30 30 10 30Z" and "fill" not in holes[-1].attrib  # black
    clips = [e for e in hole.iter() if "clip-path" in e.attrib]
    assert len(clips) == 2  # the clip in effect and the cut-out's own clip


def test_colour_filters_in_srgb() -> None:
    matrix = ColorMatrix(tuple(float(i == j) for j in range(4) for i in range(5)))
    transfer = ComponentTransfer(LinearTransfer(0.5, 0.25), TableTransfer((0.0, 1.0, 0.5)))
    shadow = DropShadow(2, 3, 1.5, Color(0, 0, 0, 0.5))
    for op, tag in ((matrix, "feColorMatrix"), (transfer, "feComponentTransfer"), (shadow, "feDropShadow")):
        svg = _svg(Group((_rect(10, 10, 20, 20),), filter=Filter(op, Rect(0, 0, 50, 50)), opacity=0.5))
        (filtered,) = [e for e in _tree(svg).iter() if "filter" in e.attrib]
        assert filtered.attrib["opacity"] == ".5"
        definition = _filter_of(svg, filtered)
        assert definition.attrib["color-interpolation-filters"] == "sRGB"
        (prim,) = list(definition)
        assert prim.tag == NS + tag
        if op is matrix:
            assert prim.attrib["values"] == "1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 1 0"
        elif op is transfer:
            funcs = [(f.tag.removeprefix(NS), f.attrib["type"]) for f in prim]
            assert funcs == [("feFuncR", "linear"), ("feFuncG", "linear"), ("feFuncB", "linear"), ("feFuncA", "table")]
            assert prim[3].attrib["tableValues"] == "0 1 .5"
        else:
            shadow_attrs = (prim.attrib["dx"], prim.attrib["stdDeviation"], prim.attrib["flood-opacity"])
            assert shadow_attrs == ("2", "1.5", ".502")


def test_filters_are_cut_by_the_clips_around_them() -> None:
    clip = Clip(rect_path(Rect(0, 0, 30, 30)))
    svg = _svg(Group((Group((_rect(10, 10, 20, 20),), filter=Filter(ColorMatrix((0.0,) * 20), Rect(0, 0, 50, 50))),),
                     clip=clip))
    (filtered,) = [e for e in _tree(svg).iter() if "filter" in e.attrib]
    assert "clip-path" in filtered.attrib  # on the same element: applied after the filter
    assert not any("clip-path" in e.attrib for e in filtered.iter() if e is not filtered)


def test_an_unclipped_group_is_written_outside_the_clips() -> None:
    clip = Clip(rect_path(Rect(0, 0, 30, 30)))
    own = Clip(rect_path(Rect(5, 5, 50, 50)))
    svg = _svg(Group((_rect(0, 0, 50, 50), Group((_rect(10, 10, 60, 60, BLUE),), clip=own, unclipped=True)),
                     clip=clip))
    root = _tree(svg)
    clip_ids = {_ref(e.attrib["clip-path"]) for e in root.iter() if "clip-path" in e.attrib}
    assert len(clip_ids) == 2
    for el in root:
        if el.tag == NS + "defs":
            continue
        assert len([e for e in el.iter() if "clip-path" in e.attrib]) == 1  # never both on one branch


def test_filter_graphs_are_transcribed() -> None:
    graph = FilterGraph(Rect(0, 0, 60, 60), (
        FilterPrimitive(FeGaussianBlur("SourceAlpha", 2.0, 2.0), "blur"),
        FilterPrimitive(FeFlood(Color(255, 0, 0, 0.5)), "red", linear_rgb=False, x=1.0, width=20.0),
        FilterPrimitive(FeMerge(("red", "blur", "SourceGraphic")), "out"),
    ))
    svg = _svg(Group((_rect(10, 10, 20, 20),), svg_filters=(graph,)))
    (filtered,) = [e for e in _tree(svg).iter() if "filter" in e.attrib]
    definition = _filter_of(svg, filtered)
    blur, flood, merge = list(definition)
    assert blur.attrib == {"in": "SourceAlpha", "stdDeviation": "2", "result": "blur"}
    assert flood.attrib == {"flood-color": "#f00", "flood-opacity": ".502", "x": "1", "width": "20", "result": "red",
                            "color-interpolation-filters": "sRGB"}
    assert [n.attrib["in"] for n in merge] == ["red", "blur", "SourceGraphic"]
    # the clips in effect cut the graph's result (and a graph comes before a drop shadow on one group)
    both = Group((_rect(10, 10, 20, 20),), svg_filters=(graph,),
                 shadow=ShadowFilter((DropShadow(1, 1, 1, Color(0, 0, 0)),), Rect(0, 0, 60, 60)))
    svg = _svg(Group((both,), clip=Clip(rect_path(Rect(0, 0, 15, 15)))))
    (filtered,) = [e for e in _tree(svg).iter() if "filter" in e.attrib]
    assert "clip-path" in filtered.attrib and _filter_of(svg, filtered)[0].tag == NS + "feGaussianBlur"
    boxed = FilterGraph(Rect(0, 0, 60, 60), (FilterPrimitive(FeGaussianBlur("SourceGraphic", 2.0, 5.0), "b"),),
                        primitive_bbox=Rect(10, 10, 20, 50))
    svg = _svg(Group((_rect(10, 10, 20, 50),), svg_filters=(boxed,)))
    (filtered,) = [e for e in _tree(svg).iter() if "filter" in e.attrib]
    definition = _filter_of(svg, filtered)
    assert definition.attrib["primitiveUnits"] == "objectBoundingBox"
    assert definition[0].attrib["stdDeviation"] == ".1"  # 2 / 20 and 5 / 50 of the box


def test_a_piece_of_a_cut_3d_plane_is_its_layer_clipped_to_the_piece() -> None:
    """A 3D rendering context's piece (paint/context3d.py) under an affine map: the layer drawn inside
    the piece's polygon, not the whole layer once per piece."""
    piece = Group((_rect(0, 0, 40, 40),), projection=Projection(IDENTITY3, Rect(0, 0, 40, 40),
                                                              ((0.0, 0.0), (20.0, 0.0), (20.0, 40.0), (0.0, 40.0))))
    tree = _tree(_svg(piece))
    assert "clipPath" in _tags(tree)
