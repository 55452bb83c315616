"""The paint, drawing and shaping budgets of spec/limits.md hold: fills, layers, gradients, clips,
shadows, 3D planes, SVG drawings and glyph work that could each cost up to the canvas are charged what
they cost, so a document of many elements stops with a LimitError naming its element, quickly, while the
busiest real cards keep room."""

from __future__ import annotations

import io
import time
from typing import Any

import pytest

import pureog
from pureog import LimitError, PureogError
from pureog import limits as L
from tests.fuzz.timing import within_cpu


@pytest.mark.parametrize("style", [
    {"backgroundImage": "radial-gradient(red, transparent)"},
    {"background": "linear-gradient(red, blue)", "borderRadius": 50, "opacity": 0.5},
    {"background": "red", "clipPath": "circle(40%)", "opacity": 0.5},
    {"background": "#8080ff", "mixBlendMode": "multiply"},  # (features: browser, below)
])
def test_paint_budget(style: dict[str, Any]) -> None:
    # Each fill and layer is at most the canvas, but 2,000 elements may each cover it: full-canvas
    # translucent gradients, opacity groups, clip-paths or blend modes on 2,000 elements ran for minutes.
    boxes = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630, **style}}}] * 1999
    card = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": boxes}},
            "features": "browser"}
    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(30.0):
        pureog.render_png(card)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    few = {**card, "element": {"div": {"style": {"display": "flex"}, "children": boxes[:4]}}}
    pureog.render_png(few)  # a card's worth of full-canvas layers draws
    assert L.paint_work_limit(6000, 6000) == L.MAX_PAINT_WORK_LARGE == 4 * L.paint_work_limit(1200, 630)


def test_crossing_3d_planes_are_charged_to_the_paint_budget() -> None:
    # each piece of a cut plane (a 3D rendering context) measures its plane's exact-area coverage and
    # resamples it again, and neither was charged: 50 crossing planes on a 400x200 canvas (2,000 pieces:
    # 72 million coverage pixels, 18 million resampled) took 22 s, 100 took 16 s, 1,500 18 s
    planes = [{"div": {"style": {"position": "absolute", "width": 300, "height": 150, "backgroundColor": "red",
                                 "transform": f"rotateX({i}deg) rotateY({i * 7}deg) translateZ({i}px)"}}}
              for i in range(50)]
    card = {"width": 400, "height": 200, "features": "browser",
            "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%",
                                          "transformStyle": "preserve-3d"}, "children": planes}}}
    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(6.0):
        pureog.render_png(card)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    few = {**card, "element": {"div": {**card["element"]["div"], "children": planes[:4]}}}
    pureog.render_png(few)  # a few crossing planes draw


def test_dashed_borders_past_the_dash_account_name_their_element() -> None:
    # the render's dash account stopped 1,990 dashed elliptical borders, but the LimitError named no element
    boxes = [{"div": {"style": {"width": 399, "height": 199, "border": "1px dashed red",
                                "borderRadius": "30% 70% 10% 90% / 50% 20% 80% 40%"}}}] * 1990
    card = {"width": 400, "height": 200, "element": {"div": {"style": {"display": "flex"}, "children": boxes}}}
    with pytest.raises(LimitError, match="border: dashed, dotted and wavy strokes") as info, within_cpu(8.0):
        pureog.render_png(card)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")


@pytest.mark.parametrize("planes", [1_000, 1_900])
def test_thousands_of_crossing_planes_stop_before_drawing(planes: int) -> None:
    # 1,000+ crossing planes drew pieces for 4.6-5.2 s of CPU before the paint budget stopped them; the
    # floors of what each piece will charge (its layer, its resampled rows) now stop them before the first
    from fuzz.targets.attacks import _planes_3d

    # (timed against building the same scene's display list, in one run, as a ratio: a loaded machine
    # stretches CPU time too, and an absolute 1.5 s failed at 1.6 s in a loaded CI run; refused in about
    # the display list's time now, ~5x when the pieces were drawn)
    from pureog import pipeline
    from pureog.options import RenderOptions

    scene = _planes_3d(planes)
    document = pureog.load(scene)
    building = float("inf")
    for _ in range(2):
        begun = time.process_time()
        pipeline.display_list(document, RenderOptions(width=document.width, height=document.height,
                                                      fonts=document.fonts, features=document.features))
        building = min(building, time.process_time() - begun)
    start = time.process_time()
    with pytest.raises(LimitError, match="weighted pixels") as info:
        pureog.render_png(scene)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children.div.children[")
    assert time.process_time() - start < 2.5 * building + 0.2


def test_the_floors_of_3d_pieces_stay_below_what_they_charge() -> None:
    # the early stop must never refuse a scene that draws: the floors of 20 crossing planes' 733 pieces are
    # 36 million, their resampling charged 246 million
    from fuzz.targets.attacks import _planes_3d
    from pureog.raster import projective

    floors: list[int] = []
    charged: list[int] = []
    floor, warp = projective.warp_floor, projective.warp_onto

    def counted_floor(*args: Any) -> int:
        floors.append(floor(*args))
        return floors[-1]

    def counted_warp(pixmap: Any, device_to_layer: Any, cover: Any, target: Any) -> None:
        charged.append(sum(len(r) for r in cover.rows if r is not None) * projective.PAINT_WORK_WARPED)
        warp(pixmap, device_to_layer, cover, target)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(projective, "warp_floor", counted_floor)
        patch.setattr(projective, "warp_onto", counted_warp)
        pureog.render_png(_planes_3d(20))
    assert floors and 0 < sum(floors) < sum(charged)


def test_3d_planes_past_the_paint_budget_name_their_element() -> None:
    # the pieces of a plane sit in the context root's stacking context, which its parent named: the limit
    # met drawing a piece named the outermost element ($.element) rather than the plane's
    from fuzz.targets.attacks import _planes_3d

    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(10.0):
        pureog.render_png(_planes_3d(65))
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children.div.children[")


def _stops(count: int, translucent: str = "blue", unit: str = "%") -> str:
    return ",".join(f"{'red' if i % 2 else translucent} {i / 30:.3f}{unit}" for i in range(count))


def test_gradients_of_thousands_of_stops_are_shaded_by_bisection_and_charged() -> None:
    # 3,000 stops 0.4 px apart: every pixel lies near a stop and is redone in tiny-skia's f32, and each looked
    # its colour up stop by stop: one 1200x630 fill ran past 40 s, 20 angled translucent ones for an hour.
    # Now a bisection (1.9 s a fill) and PAINT_WORK_EXACT_STOP per redone pixel: a LimitError in ~4 s
    one = {"width": 1200, "height": 630, "element": {"div": {"style": {
        "width": 1200, "height": 630, "backgroundImage": f"linear-gradient({_stops(3000)})"}}}}
    with within_cpu(6.0):
        assert pureog.render_png(one)[:4] == b"\x89PNG"
    layers = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630,
                                 "backgroundImage": f"linear-gradient({k}deg, {_stops(3000, '#0000ff80')})"}}}
              for k in range(20)]
    many = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": layers}}}
    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(6.0):
        pureog.render_png(many)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")


def test_repeating_gradients_of_thousands_of_stops_count_the_levels_they_try() -> None:
    # a repeating gradient of 3,000 hard stops over 100 px: each row tried every stop level in each of
    # its periods (20 layers: past 100 s); now charged, it renders (the top layer covers the rest) in ~3 s
    layers = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630,
                                 "backgroundImage": f"repeating-linear-gradient({_stops(3000, unit='px')})"}}}] * 20
    card = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": layers}}}
    with within_cpu(6.0):
        pureog.render_png(card)


def test_fine_hard_stop_gradients_are_redone_a_row_of_runs_at_a_time() -> None:
    # 1 px pinstripes across a card redo every pixel in tiny-skia's f32 (a level every pixel): the pixels
    # near each level were gathered into a set one at a time, ~10 us a pixel (one 90deg fill 8.7 s, 643
    # million weighted pixels). Now the runs are worked out a list at a time and a linear gradient's rows
    # that share their t are worked out once: 0.3 s. 20 layers of 1 px rings (each level two circles'
    # crossings a row, charged as ranges now) ran 5.7 s before the paint budget stopped them; now ~3 s.
    stripes = "repeating-linear-gradient(90deg, #000 0 1px, #fff 1px 2px)"
    card = {"width": 1200, "height": 630,
            "element": {"div": {"style": {"width": 1200, "height": 630, "backgroundImage": stripes}}}}
    with within_cpu(2.0):
        pureog.render_png(card)
    rings = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630, "backgroundImage":
                                f"repeating-radial-gradient(circle at {2 * i}% 40%, #000{'8' if i % 2 else ''} 0 1px, "
                                f"#fff{'8' if i % 2 else ''} 1px 2px)"}}} for i in range(40)]
    many = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": rings}}}
    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(4.5):
        pureog.render_png(many)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")


def test_self_crossing_clip_polygons_count_their_scanline_crossings() -> None:
    # a clipPath polygon of 2,000 points crossing itself all over a card: 2.5 million scanline crossings
    # (0.9 s to rasterize, 0.2 s to fill through); 300 such elements ran past 40 s; the paint budget now
    # counts each crossing when rasterized (PAINT_WORK_CROSSING) and filled (PAINT_WORK_EDGE_PIXELS)
    # (45 different polygons: under the render's clip points, MAX_RENDER_CLIP_POINTS, which 300 copies of
    # one now reach first, in ~0.1 s; a repeated shape's clip is also worked out once a render)
    def polygon(k: int) -> str:
        return "polygon(" + ",".join(f"{(i * 37 + k) % 100}% {(i * 53 + 3 * k) % 100}%" for i in range(2000)) + ")"

    boxes = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630, "backgroundColor": "red",
                                "clipPath": polygon(k)}}} for k in range(45)]
    card = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": boxes}}}
    # (CPU bound: 6 s was written but never checked while the block raised (timing.within_cpu, fixed at
    # stop 45); measured 5.x s here and 6.1 s on a fresh CI clone: five polygons reached the budget, ~1.2 s
    # each, crossings costing ~0.5 us against the ~0.35 PAINT_WORK_CROSSING was set for. Round eighteen:
    # charged 112 (was 64; 7-9 ns a unit where other paint costs 3.2-5.2), three polygons reach it, 3.9 s
    # at load 19 where five took 6.2 s)
    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(9.0):
        pureog.render_png(card)
    assert info.value.path == "$.element.div.children[2]"  # (children[4] at 64 a crossing)
    card["element"]["div"]["children"] = boxes[:2]  # a few render
    pureog.render_png(card)
    card["element"]["div"]["children"] = [boxes[0]] * 300
    with pytest.raises(LimitError, match="clipPath shapes"), within_cpu(2.0):
        pureog.render_png(card)


def test_svg_gradient_stops_count_against_the_svg_budget() -> None:
    # a gradient of 20,000 stops filling 50 shapes: every use parsed every stop again (past 100 s)
    stops = "".join(f'<stop offset="{i / 20000}" stop-color="{"red" if i % 2 else "blue"}"/>' for i in range(20000))
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><defs><linearGradient id="g">{stops}'
           '</linearGradient></defs>' + '<rect width="120" height="60" fill="url(#g)"/>' * 50 + "</svg>")
    card = {"width": 120, "height": 60, "element": {"img": {"src": "data:image/svg+xml," + svg, "width": 120,
                                                            "height": 60}}}
    with pytest.raises(PureogError, match="too complex to draw"), within_cpu(4.0):
        pureog.render_png(card)


def test_text_stroked_glyph_by_glyph_counts_its_segments() -> None:
    # -webkit-text-stroke strokes every glyph and fills them as one path: 2,000 words stroked 200 px
    # wide took 9.9 s (19,000 characters past a minute, 2 px wide 16.6 s); each placement of a stroked
    # outline now counts against the glyph segments placed (MAX_GLYPH_DRAW_SEGMENTS)
    doc = {"width": 400, "height": 200, "element": {"div": {"style": {
        "display": "block", "width": 380, "WebkitTextStroke": "200px red"}, "children": "ab " * 2000}}}
    with within_cpu(5.0), pytest.raises(LimitError, match="outline segments"):
        pureog.render_png(doc)
    small = {"width": 400, "height": 100, "element": {"div": {"style": {
        "display": "flex", "fontSize": 48, "WebkitTextStroke": "3px red"}, "children": "A stroked title"}}}
    assert pureog.render_png(small)


def test_soft_masks_and_dotted_patterns_are_charged_their_cost() -> None:
    # A luminance mask's partial pixels are each blended one by one, and a row of 3 px dots composited
    # over a backdrop is hundreds of runs: 1,990 full-canvas elements masked by a radial gradient, or
    # 300 filled with an SVG pattern of dots, ran past 60 s; the paint budget now stops them.
    from pureog.limits import PAINT_WORK_RUN, paint_budget, paint_work_left  # noqa: PLC0415
    from pureog.raster.over import over_pixels  # noqa: PLC0415

    def many(style: dict[str, Any], n: int) -> dict[str, Any]:
        child = {"div": {"style": {"position": "absolute", "left": 0, "top": 0, "width": 1200, "height": 630, **style}}}
        return {"width": 1200, "height": 630, "element": {"div": {"style": {
            "display": "flex", "width": "100%", "height": "100%"}, "children": [child] * n}}}

    with within_cpu(8.0), pytest.raises(LimitError, match="weighted pixels"):
        pureog.render_png(many({"maskImage": "radial-gradient(black, transparent)", "background": "red"}, 1990))
    dots = bytes([200, 0, 0, 200, 255, 0, 0, 255, 0, 0, 0, 0]) * 400  # two runs a dot
    backdrop = bytearray((i * 37) & 255 for i in range(4800))  # a varied, opaque destination
    backdrop[3::4] = b"\xff" * 1200
    with paint_budget(1200, 630):
        before = paint_work_left()
        over_pixels(backdrop, 0, dots)
        left = paint_work_left()
        assert before is not None and left is not None
        assert before - left >= 512 * PAINT_WORK_RUN


def test_translucent_edges_count_as_blended_pixels() -> None:
    # A translucent colour blends each partial pixel one by one (no memo of destination pairs, as for
    # an opaque colour's edges): 1,990 translucent dashed borders of 1200x630 boxes took 9.1 s of CPU to
    # reach the paint budget (at the 508th), ~18 ms each; each crossing now counts 64, as a blended pixel
    import re  # noqa: PLC0415

    box = {"div": {"style": {"position": "absolute", "left": 0, "top": 0, "width": 1200, "height": 630,
                             "border": "10px dashed rgba(0,0,255,.5)", "borderRadius": 300}}}
    doc = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex", "width": "100%",
                                                                       "height": "100%"}, "children": [box] * 1990}}}
    with within_cpu(8.0), pytest.raises(LimitError, match="weighted pixels") as info:
        pureog.render_png(doc)
    found = re.search(r"children\[(\d+)\]", info.value.path or "")
    assert found is not None and int(found.group(1)) < 400


def test_every_svg_of_a_render_counts_against_one_drawing_budget() -> None:
    # Each SVG stays under its own budget (images/svg/context.MAX_SVG_COST), but each placement is
    # converted and its shapes rasterized again: 20 images of an SVG of 6,000 rects took 6.6 s, 200 of
    # them minutes. The render's SVGs (images, inline <svg>, emoji) now share MAX_RENDER_SVG_COST, and
    # a memoised drawing is charged again, so that a render's outcome does not depend on earlier renders.
    rects = "".join(f'<rect x="{i % 100}" y="{i // 100}" width="1" height="1" fill="#{i % 255:02x}0000"/>'
                    for i in range(6000))
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">{rects}</svg>'
    image = {"img": {"src": "data:image/svg+xml," + svg, "width": 4, "height": 4}}
    doc = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap"},
                                                              "children": [image] * 200}}}
    for _ in range(2):  # the second render finds every drawing in the memo
        with within_cpu(6.0), pytest.raises(LimitError, match="SVG images, inline <svg>s and emoji") as info:
            pureog.render_png(doc)
        assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    doc["element"]["div"]["children"] = [image] * 3
    pureog.render_png(doc)


def test_scanline_crossings_stop_at_the_paint_budget_as_they_are_collected() -> None:
    # Every crossing of a shape is a list item until the shape's coverage is made: one text node of 1,000
    # glyphs of circles thousands of px wide collected 15 million (1 GB) before the budget saw them.
    import tracemalloc  # noqa: PLC0415

    from pureog.display import FillRule  # noqa: PLC0415
    from pureog.limits import PAINT_WORK_CROSSING, charge_paint, paint_budget, paint_work_left  # noqa: PLC0415
    from pureog.raster.scan import rasterize  # noqa: PLC0415

    # 1,000 thin triangles from top to bottom of a 1200x630 card: 2 x 2,520 crossings each
    polylines = [[float(i), 0.0, i + 0.5, 630.0, i + 1.0, 0.0] for i in range(1000)]
    with paint_budget(1200, 630):
        left = paint_work_left()
        assert left is not None
        charge_paint(left - 100_000 * PAINT_WORK_CROSSING)  # room for 100,000 crossings of the 5 million
        tracemalloc.start()
        try:
            with pytest.raises(LimitError, match="weighted pixels"):
                rasterize(polylines, FillRule.NONZERO, (0, 0, 1200, 630))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 16 << 20, f"{peak:,} bytes"  # 5 million crossings collected: ~200 MB


def test_paths_cut_to_the_canvas_are_charged_per_segment() -> None:
    # A path whose bounds leave the pixmap is cut by tiny-skia's edge clipper, each segment mapped in
    # f32 and chopped (10-30 us a curve). A glyph of 90 curves zigzagging across the canvas's top edge,
    # placed 5,000 times (465,000 segments, inside the glyph segment budget), took 12 s to cut before
    # its 1.4 million points met the point limit; the paint budget now counts each segment cut
    # (PAINT_WORK_CUT_SEGMENT) and the point limit is checked as the pieces are made.
    from fontTools.fontBuilder import FontBuilder  # noqa: PLC0415
    from fontTools.pens.ttGlyphPen import TTGlyphPen  # noqa: PLC0415

    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "a"])
    fb.setupCharacterMap({ord("a"): "a"})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 1000))  # the ascent: the canvas's top edge
    for k in range(90):
        pen.qCurveTo((k * 20 + 10, 1000 + (30 if k % 2 else -30)), (k * 20 + 20, 1000))
    pen.lineTo((1800, 990))
    pen.lineTo((0, 990))
    pen.closePath()
    fb.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "a": pen.glyph()})
    fb.setupHorizontalMetrics({".notdef": (1000, 0), "a": (1, 0)})
    fb.setupHorizontalHeader(ascent=1000, descent=0)
    fb.setupNameTable({"familyName": "Zigzag", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    out = io.BytesIO()
    fb.save(out)
    doc = {"width": 1200, "height": 630, "fonts": [{"name": "Zigzag", "data": out.getvalue()}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Zigzag", "fontSize": 100, "lineHeight": 1},
                               "children": "a" * 5000}}}
    with within_cpu(8.0), pytest.raises(LimitError, match="weighted pixels"):
        pureog.render_png(doc)
    doc["element"]["div"]["children"] = "a" * 20
    pureog.render_png(doc)


def test_each_instance_of_a_variable_font_is_charged_its_varied_gpos_values() -> None:
    # Each distinct instance of a variable font varies its GPOS values and anchors again (a GDEF delta
    # looked up per value: ~6 us each, charged 2-3 units as its row's regions): 400 distinct weights of
    # Geist's variable font took 10.7 s and 413 MB within the variation budget, 1,300 ran 12.8 s and
    # 684 MB before it stopped them. A delta lookup now costs DELTA_LOOKUP units more.
    from pathlib import Path  # noqa: PLC0415

    geist = (Path(__file__).resolve().parents[2] / "conformance" / "fonts" / "Geist-Variable.ttf").read_bytes()

    def weights(n: int) -> dict[str, Any]:
        kids = [{"div": {"style": {"fontWeight": 100 + (i * 37) % 800, "fontSize": 10 + i % 7,
                                   "fontVariationSettings": f"'wght' {100 + (i * 0.37) % 800}"},
                         "children": "Hamburgefonstiv"}} for i in range(n)]
        return {"width": 1200, "height": 630, "features": "browser", "fonts": [{"name": "G", "data": geist}],
                "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap", "fontFamily": "G"},
                                    "children": kids}}}

    with within_cpu(6.0), pytest.raises(LimitError, match="glyph variations") as info:
        pureog.render_png(weights(400))
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    pureog.render_png(weights(9))  # a card's few weights


def test_the_paint_budget_leaves_the_busiest_real_card_room_at_twice_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # The busiest of the conformance suite's real cards (tarot-radial-card-glow) spends 232 million
    # weighted pixels at 1200x630 and 798 million drawn at 2400x1260 (fills cover four times the pixels,
    # edges cross twice the rows): a flat 800 million left it no room. The budget scales with the canvas's
    # area above 1200x630 (limits.paint_work_limit, as the blur budget does); each leaves it half.
    from contextlib import contextmanager  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from conformance.casefile import CASES_DIR, read_case  # noqa: PLC0415
    from pureog.document.load import from_mapping  # noqa: PLC0415
    from pureog.raster import render as raster_render  # noqa: PLC0415

    spent: list[tuple[int, int]] = []
    budget = raster_render.paint_budget

    @contextmanager
    def watched(width: int, height: int) -> Any:
        with budget(width, height):
            try:
                yield
            finally:
                account = L._PAINT.get()
                assert account is not None
                spent.append((account[0], account[1]))

    monkeypatch.setattr(raster_render, "paint_budget", watched)
    info, card = read_case(CASES_DIR / "cards-real" / "tarot-radial-card-glow.yaml")
    width, height = card["width"], card["height"]
    double = {**card, "width": 2 * width, "height": 2 * height, "element": {"div": {
        "style": {"display": "flex", "width": 2 * width, "height": 2 * height}, "children": {"div": {
            "style": {"display": "flex", "width": width, "height": height, "flexShrink": 0,
                      "transform": "scale(2)", "transformOrigin": "0 0"}, "children": card["element"]}}}}}
    for document in (card, double):
        pureog.render_png(from_mapping(document, base_dir=str(Path(info.path).parent), root=str(CASES_DIR.parent)))
    (one, one_limit), (two, two_limit) = spent
    assert one_limit == L.MAX_PAINT_WORK and two_limit == L.MAX_PAINT_WORK_LARGE == L.paint_work_limit(2400, 1260)
    assert 2 * one < one_limit and 2 * two < two_limit, spent


def test_shadows_of_a_render_are_counted_as_they_are_built() -> None:
    # A boxShadow or textShadow list of 2,000 shadows shared by many elements (a YAML alias) was built
    # into the display list, a group per shadow, before the paint and blur budgets saw any: 300 elements
    # of 2,000 box shadows took 17 s and 852 MB, 1,990 one-letter texts of 2,000 text shadows 9.2 s and
    # 441 MB. The render's shadows now count against MAX_RENDER_LAYERS as they are built, and so do background layers:
    # 100 2x2 px boxes of 1,000 gradient layers took 5.9 s (1,990 some two minutes).
    shadows = ",".join(f"{i % 40}px {i // 40}px red" for i in range(2000))
    boxes = [{"div": {"style": {"width": 1, "height": 1, "boxShadow": shadows}}}] * 300
    texts = [{"div": {"style": {"fontSize": 4, "textShadow": shadows}, "children": "a"}}] * 1990
    for children, path in ((boxes, "$.element.div.children[10]"), (texts, "$.element.div.children[10].div.children")):
        doc = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap"},
                                                                  "children": children}}}
        with within_cpu(3.0), pytest.raises(LimitError, match="box and text shadows and background layers") as info:
            pureog.render_png(doc)
        assert info.value.path == path
    layers = ",".join(["linear-gradient(red,blue)"] * 1000)
    tiles = [{"div": {"style": {"width": 2, "height": 2, "backgroundImage": layers}}}] * 1990
    doc = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap"},
                                                              "children": tiles}}}
    with within_cpu(3.0), pytest.raises(LimitError, match="background layers") as info:
        pureog.render_png(doc)
    assert info.value.path == "$.element.div.children[20].style.backgroundImage"
    few = {"width": 200, "height": 100, "element": {"div": {"style": {"display": "flex"}, "children": [
        {"div": {"style": {"width": 50, "height": 50, "boxShadow": "0 4px 8px red, 0 0 2px blue",
                           "backgroundImage": "linear-gradient(red, blue), radial-gradient(white, black)"}}}] * 20}}}
    pureog.render_png(few)


def test_morphology_passes_are_charged_what_they_cost() -> None:
    # an feMorphology pass is a max or min per channel of every pixel of its subregion (~0.5-0.6 us a
    # pixel, two plain blurred pixels' worth), charged half a pixel until round ten: one 1200x630
    # dilation of radius 10 (10 passes, 3.8 million charged) took ~4 s within the blur budget, and a chain
    # of blurs and radius-50 dilations over 600x300 ran 5.1 s before the budget stopped it. A pass now
    # costs a pixel (svg_filter.MORPHOLOGY_PASS_WEIGHT): radius 10 is refused at once, radius 3 renders
    def card(radius: int) -> dict[str, Any]:
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><filter id="f" x="0" y="0" '
               f'width="1" height="1"><feMorphology operator="dilate" radius="{radius}"/></filter>'
               '<rect width="1200" height="630" fill="red" filter="url(#f)"/></svg>')
        return {"width": 1200, "height": 630, "element": {"img": {
            "src": "data:image/svg+xml," + svg.replace("#", "%23"), "width": 1200, "height": 630}}}

    with pytest.raises(LimitError, match="blurs and filters") as info, within_cpu(1.5):
        pureog.render_png(card(10))
    assert info.value.path == "$.element"
    with within_cpu(4.0):
        pureog.render_png(card(3))


def _script_doc(font: str, text: str) -> dict[str, Any]:
    from pathlib import Path  # noqa: PLC0415

    data = (Path(__file__).parents[2] / "conformance" / "fonts" / font).read_bytes()
    return {"features": "browser", "width": 1200, "height": 630, "fonts": [{"name": "F", "data": data}],
            "element": {"div": {"style": {"display": "flex", "flexWrap": "wrap", "width": 1200, "fontSize": 16,
                                          "fontFamily": "F"}, "children": text}}}


def test_marks_attached_to_a_far_base_are_offset_in_linear_time() -> None:
    # 10,000 pairs of Hebrew points on one letter: each mark's offset summed the advances between it and its
    # base one by one (as HarfBuzz does, in C): 50 million additions, 19.8 s. Now from running sums: ~1.4 s
    doc = _script_doc("NotoSansHebrew-Regular-subset.ttf", "\u05d0" + "\u05b4\u05bc" * 9999)
    with within_cpu(4):
        assert pureog.render_png(doc)[:4] == b"\x89PNG"


def test_clusters_merged_over_a_whole_run_count_against_the_shaping_budget() -> None:
    # 19,999 Thai SARA AMs after one consonant: each is split into NIKHAHIT + SARA AA and the NIKHAHIT moved
    # back over every NIKHAHIT before it, its cluster merged with all of them (quadratic, as in HarfBuzz):
    # 2,000 took 1.3 s, 19,999 past 100 s. Cluster merges and moves over more than 32 glyphs now count
    # against the shaping budget: a LimitError in ~0.4 s; real Thai text walks two or three glyphs
    doc = _script_doc("NotoSansThai-Regular-subset.ttf", "\u0e01" + "\u0e33" * 19999)
    with within_cpu(3), pytest.raises(LimitError, match="OpenType lookups") as info:
        pureog.render_png(doc)
    assert info.value.path == "$.element.div.children"
    doc["element"]["div"]["children"] = "\u0e01\u0e33\u0e48" * 3000 + "\u0e01" + "\u0e33" * 500
    assert pureog.render_png(doc)[:4] == b"\x89PNG"


def test_wide_rows_multiplied_by_a_clip_of_partial_pixels_are_charged() -> None:
    # round twelve: a row multiplied by a clip row of many partial pixels is a table lookup a pixel
    # (~150-190 ns, as a blend-mode pixel), uncharged: 1,990 turned boxes masked by a radial gradient and
    # clipped by a rounded inset() multiplied 27,576 such rows (5.3 s) and reached the paint budget after
    # 6.7 s (now 4.8 s). Rows of up to 256 px are memoized by their pair and stay uncharged.
    from pureog.raster import blend  # noqa: PLC0415

    wide, soft = bytes(range(1, 256)) * 4, bytes([128]) * 1020
    with L.paint_budget(1200, 630):
        blend.multiply_rows(wide, soft)
        spent = L._PAINT.get()
        assert spent is not None and spent[0] == 1020 * L.PAINT_WORK_PRODUCT
        blend.multiply_rows(wide[:200], soft[:200])
        assert spent[0] == 1020 * L.PAINT_WORK_PRODUCT


def test_hairlines_of_many_boxes_are_charged_and_drawn_by_their_runs() -> None:
    # A border of half a px is a hairline, walked pixel by pixel in Python when the display list is built
    # (~1.7 us a pixel) and kept as an image of its bounding box: 1,990 card-sized frames (each a different
    # size, so none is memoized) walked 6.8 million pixels and kept 1.5 GB of images (an alias of one style
    # with a warning: a MemoryError at 3 GB after 29 s); now a LimitError within the hairline budget.
    kids = [{"div": {"style": {"position": "absolute", "width": 1000 + i % 190, "height": 500 + i // 190,
                               "border": "0.5px solid red"}}} for i in range(1990)]
    doc = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": kids}}}
    with pytest.raises(LimitError, match="hairlines") as info, within_cpu(4.0):
        pureog.render_png(doc)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    # a large frame is drawn as fills of its runs (the same pixels), not an image of its whole box
    from pureog.color import Color  # noqa: PLC0415
    from pureog.display import ImagePaint  # noqa: PLC0415
    from pureog.geometry import Rect  # noqa: PLC0415
    from pureog.paint.hairline import hairline_path_nodes  # noqa: PLC0415
    from pureog.path import rect_path  # noqa: PLC0415

    nodes = hairline_path_nodes(rect_path(Rect(5.5, 5.5, 1190, 620)), 0.0, 0.0, Color(255, 0, 0, 1.0), 0.5)
    assert nodes and not any(isinstance(getattr(n, "paint", None), ImagePaint) for n in nodes)
    glyph = hairline_path_nodes(rect_path(Rect(5.5, 5.5, 40, 60)), 0.0, 0.0, Color(255, 0, 0, 1.0), 0.5)
    assert len(glyph) == 1 and isinstance(getattr(glyph[0], "paint", None), ImagePaint)  # small: one image


def _stops_layers(stops: str, count: int) -> dict[str, Any]:
    kids = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630,
                               "backgroundImage": f"linear-gradient(90deg, {stops})"}}} for _ in range(count)]
    return {"width": 1200, "height": 630, "features": "browser",
            "element": {"div": {"style": {"display": "flex"}, "children": kids}}}


def test_gradient_stops_shared_by_many_elements_count_against_the_build() -> None:
    # One value holds thousands of stops and a repeated string or alias shares it among 2,000 elements: each
    # element's stops were resolved, normalized and kept (and with features: browser cut into premultiplied
    # spans, eight a span, or nine a colour hint) before the paint budget saw a pixel: 1,990 layers of
    # 4,000 stops ran 47 s and 1.4 GB, 600 translucent ones of different colours (each span cut) 10.8 s
    # for 300 elements, 1,200 colour hints past 200 s for 300; now a LimitError naming the layer's element.
    plain = ", ".join("#0001" if i % 2 else "#000e" for i in range(4000))
    premultiplied = ", ".join("#f001" if i % 2 else "#00fe" for i in range(600))
    hints = ", ".join(f"{'red' if i % 2 else '#00f8'} {i / 12:.3f}%, {(i + 0.2) / 12:.3f}%" for i in range(1200))
    for stops in (plain, premultiplied, f"{hints}, red"):
        with pytest.raises(LimitError, match="stops") as info, within_cpu(3.0):
            pureog.render_png(_stops_layers(stops, 1990))
        assert info.value.path is not None and info.value.path.endswith(".style.backgroundImage")
    assert pureog.render_png(_stops_layers(premultiplied, 2))[:4] == b"\x89PNG"  # one or two such layers draw


def test_repeating_gradients_far_below_a_pixel_redo_whole_rows() -> None:
    # A repeating gradient whose period is far below a pixel spans millions of periods a row: each row's
    # stop levels were listed period by period (6 million a row, ~1-4 us each, charged 8 units) and each
    # turned into a range of pixels: one full-canvas fill ran 13 s and 1.65 GB before the paint budget
    # stopped it. Now such a row is redone whole through tiny-skia's f32 chain (what it draws there).
    layer = ("repeating-radial-gradient(circle, red 0 0.0001px, blue 0.0001px 0.0002px), "
             "repeating-linear-gradient(33deg, red 0 0.0001px, #00f8 0.0001px 0.0002px)")
    for features in ("browser", "satori"):
        doc = {"width": 1200, "height": 630, "features": features,
               "element": {"div": {"style": {"width": 1200, "height": 630, "backgroundImage": layer}}}}
        with within_cpu(4.0):
            try:
                pureog.render_png(doc)
            except LimitError as err:
                assert err.path is not None


def test_gradients_shaded_a_pixel_at_a_time_are_charged_what_they_cost() -> None:
    # A filled pixel is charged 1, but a radial gradient's row is worked out through Python's iterators
    # (~150-250 ns a pixel), a conic one's angle and a focal one's quadratic in a Python loop (~0.2 and
    # ~1-1.4 us): 100 full-canvas radial gradients of different centres took 18.6 s for 340 million (the
    # budget let ~235 through), 1,058 conic layers fitted the budget (some 230 s), and four rects filled
    # with a focal gradient in an SVG 4.75 s for 11 million. Now each pixel worked out is charged its cost.
    import base64  # noqa: PLC0415

    def layers(image: str) -> dict[str, Any]:
        kids = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630,
                                   "backgroundImage": image.format(i=i, x=i % 97, y=i % 89)}}} for i in range(1990)]
        return {"width": 1200, "height": 630, "features": "browser",
                "element": {"div": {"style": {"display": "flex"}, "children": kids}}}

    rects = "".join(f'<rect width="1200" height="630" fill="url(#g{i % 5})" opacity="0.9"/>' for i in range(200))
    grads = "".join(f'<radialGradient id="g{i}" r="0.6" fx="0.{i + 2}" fy="0.3"><stop offset="0" stop-color="red"/>'
                    f'<stop offset="1" stop-color="blue"/></radialGradient>' for i in range(5))
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><defs>{grads}</defs>{rects}</svg>'
    focal = {"width": 1200, "height": 630, "element": {"img": {
        "src": "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode(), "width": 1200, "height": 630}}}
    for doc in (layers("radial-gradient(circle at {x}% {y}%, red, blue)"),
                layers("conic-gradient(from {i}deg at {x}% {y}%, red, blue, red)"), focal):
        with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(6.0):
            pureog.render_png(doc)
        assert info.value.path is not None


def _clip_chain_svg(rects: int) -> str:
    """An SVG of ``rects`` full-size rects, each clipped by a chain of two-shape clipPaths (each clipPath
    carrying a ``clip-path`` to the one before: the eight links followed)."""
    import base64  # noqa: PLC0415

    defs = '<clipPath id="c0"><circle cx="600" cy="315" r="300"/></clipPath>' + "".join(
        f'<clipPath id="c{i}" clip-path="url(#c{i - 1})"><circle cx="{600 + i}" cy="315" r="{300 - i}"/>'
        f'<rect x="{i}" width="1000" height="600"/></clipPath>' for i in range(1, 200))
    shapes = "".join(f'<rect width="1200" height="630" clip-path="url(#c{199 - j})" fill="red"/>' for j in range(rects))
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><defs>{defs}</defs>{shapes}</svg>'
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _backgrounds(uri: str, count: int) -> dict[str, Any]:
    kids = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630,
                               "backgroundImage": f"url({uri})"}}}] * count
    return {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": kids}}}


def test_clips_of_several_shapes_are_united_a_row_at_a_time_and_charged() -> None:
    # resvg unites a clipPath's shapes by clearing each one's coverage from a full mask in turn; that was
    # walked pixel by pixel in Python (~0.25 us a pixel a shape, 8 links of two shapes: ~2 s a rect) and
    # charged only the clip's box, so 200 rects clipped so ran for minutes (50 rects drawn four times: past
    # 60 s). Now whole rows at once (an AND, the partial pixels looked up) and each pixel charged.
    # (before the fix: the timeout's LimitError, not the paint budget's)
    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(10.0):
        pureog.render_png(_backgrounds(_clip_chain_svg(200), 1), timeout=60)
    assert info.value.path == "$.element.div.children[0]"
    pureog.render_png(_backgrounds(_clip_chain_svg(8), 1), timeout=60)  # a few such shapes draw


def test_clip_shapes_built_for_each_element_count_against_the_svg_budget() -> None:
    # each clipped element builds its clip chain's shapes again (eight links of any number of shapes), and
    # they cost nothing of the SVG drawing budgets: 20 placements of 200 rects so clipped built 64,000
    # shapes, ~9 s before the paint budget saw a pixel. Now each counts as a drawn element and its segments.
    with pytest.raises(LimitError, match="500,000 units") as info, within_cpu(6.0):
        pureog.render_png(_backgrounds(_clip_chain_svg(200), 20), timeout=60)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")


def test_object_bounding_boxes_measured_again_for_each_group_count_against_the_svg_budget() -> None:
    # a group clipped, masked or filtered in objectBoundingBox units measures its content's box, and each
    # group around it measures it again (32 levels deep): 4,000 small rects in 32 such nested groups were
    # measured 128,000 times, uncharged (~4.7 s an image at load 12; four placements ran past 90 s). Now
    # each element measured counts against the SVG budgets. (before the fix: the timeout's LimitError)
    import base64  # noqa: PLC0415

    for attr in ('clip-path="url(#c)"', 'mask="url(#m)"', 'filter="url(#f)"'):
        body = "".join(f'<rect x="{i % 1200}" y="{i * 7 % 630}" width="3" height="3"/>' for i in range(4000))
        for _ in range(32):
            body = f"<g {attr}>{body}</g>"
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><defs>'
               '<clipPath id="c" clipPathUnits="objectBoundingBox"><rect width="0.9" height="0.9"/></clipPath>'
               '<mask id="m" maskContentUnits="objectBoundingBox"><rect width="0.9" height="0.9" fill="#fff"/></mask>'
               '<filter id="f" primitiveUnits="objectBoundingBox"><feOffset dx="0.01"/></filter>'
               f"</defs>{body}</svg>")
        uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
        with pytest.raises(PureogError, match="too complex to draw"), within_cpu(4.0):
            pureog.render_png(_backgrounds(uri, 4), timeout=120)


def test_rounded_dashed_lines_drawn_as_chrome_count_against_the_dash_account() -> None:
    # a dashed or dotted border or outline with rounded corners is drawn as Blink draws it (features:
    # browser): the whole closed centre line marked for each side, ~1,000 dashes for an outline 1,000 px
    # out, and none counted in the render's dash account: 1,990 such outlines ran 9.1 s CPU (load 18) to
    # the paint budget. Now each side's marks count, and the error names the element.
    kids = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630, "borderRadius": 300,
                               "outline": "3px dashed rgba(0,0,255,0.5)", "outlineOffset": 1000}}}] * 1990
    card = {"width": 1200, "height": 630, "features": "browser",
            "element": {"div": {"style": {"display": "flex"}, "children": kids}}}
    with pytest.raises(LimitError, match="outline: dashed, dotted and wavy strokes") as info, within_cpu(4.0):
        pureog.render_png(card, timeout=60)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    pureog.render_png({**card, "element": {"div": {"style": {"display": "flex"}, "children": kids[:4]}}})


@pytest.mark.parametrize("angle", ["1.{i}deg", "179.{i}deg"])
def test_angled_gradient_ramps_are_charged_each_pixel_they_gather(angle: str) -> None:
    # an angled linear gradient's rows are cut from ramps gathered from its colour table (~30-40 ns a pixel)
    # and charged as filled pixels; an axis within a few degrees of vertical shifts the ramp tens of px a
    # row, so it grows and is gathered again whole: 100 full-canvas gradients at 179.x deg took 94 s
    # (1.x deg 29 s), charged 75 million. Now each pixel gathered is charged (before: the timeout's error).
    kids = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630,
                               "backgroundImage": f"linear-gradient({angle.format(i=i)}, red, blue)"}}}
            for i in range(1990)]
    card = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": kids}}}
    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(9.0):
        pureog.render_png(card, timeout=120)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    pureog.render_png({**card, "element": {"div": {"style": {"display": "flex"}, "children": kids[:2]}}})


def test_rows_of_one_translucent_colour_are_charged_their_passes() -> None:
    # a vertical gradient with translucent stops is rows of one translucent colour, each composited over
    # the painted canvas by four strided channel passes (~5 ns a pixel, its tile drawn first), and was
    # charged as filled pixels only (~10.5 ns a unit where other paint costs 3.2-5.2): 1,990 full-canvas
    # ones ran 14.4 s CPU at load 19 to the paint budget (529 of them). Each such pixel is now charged
    # PAINT_WORK_ONE_COLOUR more: 228 of them, 5.7 s at load 19.
    kids = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630, "backgroundColor": "#345"}}}]
    kids += [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630, "backgroundImage":
                                f"linear-gradient(rgba({i % 200},{i // 200},0,0.5), #00f8)"}}} for i in range(1990)]
    card = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": kids}}}
    with pytest.raises(LimitError, match="weighted pixels") as info, within_cpu(12.0):
        pureog.render_png(card, timeout=60)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    assert int(info.value.path.split("[")[-1].rstrip("]")) < 300  # (529 when charged as filled pixels)
    card["element"]["div"]["children"] = kids[:3]  # a few render
    pureog.render_png(card)
