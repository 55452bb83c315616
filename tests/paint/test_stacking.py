"""features: browser: zIndex stacking contexts, order, mixBlendMode, isolation, backgroundBlendMode
(paint/stacking.py, the cascade's Support.BROWSER properties, raster blend composites)."""

from __future__ import annotations

import base64
import io
import warnings
from pathlib import Path
from typing import Any

import png
import pytest

import pureog
from pureog.errors import PureogError


def _pixels(doc: dict[str, Any], **kw: Any) -> list[list[tuple[int, int, int, int]]]:
    data = pureog.render(doc, palette="never", **kw)
    w, h, rows, _ = png.Reader(file=io.BytesIO(data)).asRGBA8()
    return [[tuple(row[4 * x : 4 * x + 4]) for x in range(w)] for row in rows]


def _doc(children: list[dict[str, Any]], features: str | None = "browser", **root: Any) -> dict[str, Any]:
    style = {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "#ffffff", **root}
    doc: dict[str, Any] = {"width": 100, "height": 60, "element": {"div": {"style": style, "children": children}}}
    if features is not None:
        doc["features"] = features
    return doc


def _box(color: str, **style: Any) -> dict[str, Any]:
    return {"div": {"style": {"width": 40, "height": 40, "backgroundColor": color, **style}}}


RED, GREEN = (255, 0, 0, 255), (0, 128, 0, 255)


def test_z_index_paints_a_raised_earlier_sibling_over_a_later_one() -> None:
    children = [_box("red", zIndex=1), _box("green", marginLeft=-20)]
    assert _pixels(_doc(children))[20][30] == RED
    # Next.js ignores zIndex: the default draws document order, with a warning
    with pytest.warns(pureog.RenderWarning, match="zIndex"):
        assert _pixels(_doc(children, features=None))[20][30] == GREEN


def test_negative_z_index_goes_under_a_context_parent_flow_but_over_its_background() -> None:
    child = _box("red", position="absolute", left=20, top=20, zIndex=-1)
    parent = {"div": {"style": {"display": "flex", "width": 60, "height": 60, "backgroundColor": "blue", "zIndex": 0},
                      "children": [_box("green"), child]}}
    px = _pixels(_doc([parent]))
    assert px[30][30] == GREEN  # the flow child covers the lifted one
    assert px[50][50] == RED  # which covers its context's background
    # without the parent's context the child sinks under the parent's background too
    parent["div"]["style"].pop("zIndex")
    px = _pixels(_doc([parent]))
    assert px[30][30] == GREEN and px[50][50] == (0, 0, 255, 255)


def test_a_lifted_descendant_keeps_the_overflow_clip_of_the_elements_between() -> None:
    tall = _box("red", height=100, zIndex=5)
    clipper = {"div": {"style": {"display": "flex", "width": 50, "height": 30, "overflow": "hidden"},
                       "children": [tall]}}
    px = _pixels(_doc([clipper]))
    assert px[20][10] == RED and px[45][10] == (255, 255, 255, 255)


def test_order_lays_out_and_paints_in_order_modified_document_order() -> None:
    el = {"div": {"style": {"display": "flex", "width": 300, "height": 50},
                  "children": [_box("red", order=2), _box("green"), _box("blue", order=-1)]}}
    boxes = pureog.layout_boxes(el, width=300, height=50, features="browser")
    assert [(b.path[-2], b.x) for b in boxes[1:]] == [("2", 0.0), ("1", 40.0), ("0", 80.0)]
    with pytest.warns(pureog.RenderWarning, match="order"):
        default = pureog.layout_boxes(el, width=300, height=50)
    assert [b.x for b in default[1:]] == [0.0, 40.0, 80.0]


def test_mix_blend_mode_multiplies_with_the_backdrop() -> None:
    children = [_box("#ffcc00", position="absolute", left=0, top=0),
                _box("#8080ff", position="absolute", left=0, top=0, mixBlendMode="multiply")]
    r, g, b, a = _pixels(_doc(children))[20][20]
    assert (r, g, b, a) == (128, 102, 0, 255)  # 0xff*0x80/255, 0xcc*0x80/255, 0


def test_isolation_ends_the_backdrop_at_the_stacking_context() -> None:
    blender = _box("#8080ff", mixBlendMode="multiply")
    isolated = {"div": {"style": {"display": "flex", "isolation": "isolate"}, "children": [blender]}}
    # inside an isolated context with nothing under it, multiply over transparent is the colour itself
    assert _pixels(_doc([isolated], backgroundColor="#ffcc00"))[20][20] == (128, 128, 255, 255)
    open_ = {"div": {"style": {"display": "flex"}, "children": [blender]}}
    assert _pixels(_doc([open_], backgroundColor="#ffcc00"))[20][20] == (128, 102, 0, 255)


def test_background_blend_mode_blends_layers_with_the_colour_only() -> None:
    style = {"backgroundColor": "#ffcc00", "backgroundImage": "linear-gradient(#8080ff, #8080ff)",
             "backgroundBlendMode": "multiply"}
    assert _pixels(_doc([_box("black", **style)], backgroundColor="#000000"))[20][20] == (128, 102, 0, 255)


def test_blend_modes_export_to_svg() -> None:
    children = [_box("#ffcc00"), _box("#8080ff", marginLeft=-20, mixBlendMode="screen", isolation="isolate")]
    svg = pureog.render_svg(_doc(children))
    assert "mix-blend-mode:screen" in svg


def test_invalid_browser_values_are_ignored_with_a_warning_and_errors_when_strict() -> None:
    doc = _doc([_box("red", zIndex="high", mixBlendMode="plus-darker")])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pureog.render(doc)
    assert {"zIndex", "mixBlendMode"} <= {str(w.message).split(".style.")[-1].split(":")[0] for w in caught}
    with pytest.raises(PureogError):
        pureog.render(doc, strict=True)


def test_features_key_is_checked() -> None:
    with pytest.raises(PureogError, match="features"):
        pureog.render(_doc([], features="chrome"))


def test_backdrop_filter_reads_only_what_lies_under_the_border_box() -> None:
    stripe = {"div": {"style": {"position": "absolute", "left": 0, "top": 0, "width": 20, "height": 60,
                                "backgroundColor": "red"}}}
    panel = {"div": {"style": {"position": "absolute", "left": 20, "top": 0, "width": 60, "height": 60,
                               "backdropFilter": "blur(6px)"}}}
    px = _pixels(_doc([stripe, panel]))
    assert px[30][20] == (255, 255, 255, 255)  # mirrored edges: the red stripe next to it does not bleed in
    assert px[30][19] == RED


def test_backdrop_filter_colour_functions_apply_under_an_element_that_paints_nothing() -> None:
    panel = {"div": {"style": {"position": "absolute", "left": 0, "top": 0, "width": 50, "height": 60,
                               "backdropFilter": "grayscale(1)"}}}
    px = _pixels(_doc([panel], backgroundColor="#ff0000"))
    r, g, b, _ = px[30][10]
    assert r == g == b and 50 <= r <= 60  # 0.2126 * 255
    assert px[30][70] == RED
    with pytest.warns(pureog.RenderWarning, match="backdropFilter"):
        assert _pixels(_doc([panel], backgroundColor="#ff0000", features=None))[30][10] == RED


def test_backdrop_blur_smooths_an_edge_inside_the_panel() -> None:
    half = {"div": {"style": {"position": "absolute", "left": 0, "top": 0, "width": 50, "height": 60,
                              "backgroundColor": "black"}}}
    panel = {"div": {"style": {"position": "absolute", "left": 20, "top": 0, "width": 60, "height": 60,
                               "backdropFilter": "blur(4px)", "borderRadius": 10}}}
    row = _pixels(_doc([half, panel]))[30]
    values = [row[x][0] for x in range(40, 61)]
    assert values == sorted(values) and values[0] < 60 and values[-1] > 200 and 100 < row[50][0] < 160


ASSETS = Path(__file__).resolve().parents[2] / "conformance" / "assets"


@pytest.mark.parametrize("where", ["img", "background"])
def test_image_rendering_pixelated_scales_by_nearest_neighbour(where: str) -> None:
    source = png.Reader(filename=str(ASSETS / "pixels.png")).asRGBA8()
    texels = [bytes(row) for row in source[2]]
    uri = "data:image/png;base64," + base64.b64encode((ASSETS / "pixels.png").read_bytes()).decode()
    if where == "img":
        child = {"img": {"src": uri, "width": 40, "height": 40,
                         "style": {"imageRendering": "pixelated"}}}
    else:
        child = {"div": {"style": {"width": 40, "height": 40, "imageRendering": "pixelated",
                                   "backgroundImage": f"url({uri})", "backgroundSize": "40px 40px"}}}
    doc = {"width": 40, "height": 40, "features": "browser",
           "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%"}, "children": [child]}}}
    px = _pixels(doc)
    for y in range(40):
        for x in range(40):
            row = texels[y // 10]
            assert px[y][x] == tuple(row[4 * (x // 10) : 4 * (x // 10) + 4]), (x, y)
    doc["features"] = "satori"  # Next.js: bicubic, so the block edges blend
    with pytest.warns(pureog.RenderWarning, match="imageRendering"):
        smooth = _pixels(doc)
    assert smooth != px


def test_backdrop_blurs_beyond_the_budget_fail_before_rendering() -> None:
    panel = {"div": {"style": {"position": "absolute", "left": 0, "top": 0, "width": 600, "height": 600,
                               "backdropFilter": "blur(30px)"}}}
    doc = {"width": 600, "height": 600, "features": "browser",
           "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%"},
                               "children": [panel] * 20}}}
    with pytest.raises(pureog.LimitError, match="blurs"):
        pureog.render(doc, timeout=5.0)  # the pre-check raises at once, long before the deadline


def _near(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return all(abs(x - y) <= 1 for x, y in zip(a, b, strict=True))


def test_opacity_fades_the_element_and_its_children_as_one_group() -> None:
    # two opaque children overlap under a half-faded parent: CSS fades the finished group, so the upper
    # child hides the lower one; Next.js (Satori) fades each shape, and the red shows through the green
    parent = {"div": {"style": {"display": "flex", "width": 80, "height": 40, "opacity": 0.5},
                      "children": [_box("red"), _box("green", marginLeft=-20)]}}
    px = _pixels(_doc([parent]))
    assert _near(px[20][30], (128, 192, 128, 255))  # green at 0.5 over white, no red
    assert _near(px[20][10], (255, 128, 128, 255))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        satori = _pixels(_doc([parent], features=None))
    assert satori[20][30][1] < 150  # the red below shows through (less green)


def test_a_percentage_opacity_is_a_fraction_with_browser_features() -> None:
    faded = _box("red", opacity="25%")
    assert _near(_pixels(_doc([faded]))[20][20], (255, 191, 191, 255))
    with warnings.catch_warnings():  # Next.js cannot read it and draws the element opaque
        warnings.simplefilter("ignore")
        assert _pixels(_doc([faded], features=None))[20][20] == RED


def test_filter_acts_on_the_whole_group_with_browser_features() -> None:
    # the green child's shadow falls left, over the red child: CSS shadows the finished group (the red
    # stays on top of every shadow); Satori filters each shape, and the green's shadow covers the red
    parent = {"div": {"style": {"display": "flex", "width": 80, "height": 40,
                                "filter": "drop-shadow(-10px 0 0 #0000ff)"},
                      "children": [_box("red"), _box("green", marginLeft=-20)]}}
    assert _pixels(_doc([parent]))[20][15] == RED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert _pixels(_doc([parent], features=None))[20][15] == (0, 0, 255, 255)


def test_a_clip_path_cuts_the_filtered_group_with_browser_features() -> None:
    # CSS filters first, then clips: the shadow right of the clipped-away right half is cut too
    box = _box("red", width=40, clipPath="inset(0 20px 0 0)", filter="drop-shadow(10px 0 0 #0000ff)")
    px = _pixels(_doc([box]))
    assert px[20][25] == (255, 255, 255, 255) and px[20][10] == RED


def test_clip_path_and_mask_cut_the_whole_group_with_browser_features() -> None:
    # CSS clips the border with the box; Satori leaves an unmoved element's border unclipped
    box = _box("red", border="6px solid #0000ff", clipPath="inset(8px)")
    assert _pixels(_doc([box]))[3][20] == (255, 255, 255, 255)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert _pixels(_doc([box], features=None))[3][20] == (0, 0, 255, 255)
    # a masked parent fades its overlapping children as one layer: no red through the green
    parent = {"div": {"style": {"display": "flex", "width": 80, "height": 40, "maskImage":
                                "linear-gradient(rgba(0, 0, 0, 0.5), rgba(0, 0, 0, 0.5))"},
                      "children": [_box("red"), _box("green", marginLeft=-20)]}}
    assert _near(_pixels(_doc([parent]))[20][30], (128, 192, 128, 255))
