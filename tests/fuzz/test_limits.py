"""Each limit of spec/limits.md holds: the input past it raises LimitError (with the element path where
there is one), quickly; numbers that are merely absurd are clamped; the deadline stops a render."""

from __future__ import annotations

import time
from typing import Any

import pytest

import pureog
from pureog import LimitError, PureogError
from pureog import limits as L
from pureog.style.parse import css_number, finite_number
from tests.fuzz.timing import scaled, within_cpu


def _card(child: Any, **style: Any) -> dict[str, Any]:
    return {"width": 64, "height": 64, "element": {"div": {"style": {"display": "flex", **style}, "children": child}}}


def test_canvas_size() -> None:
    with pytest.raises(LimitError, match="between 1 and 16384"):
        pureog.load({"width": L.MAX_CANVAS_SIDE + 1, "height": 10, "element": {"div": None}})
    with pytest.raises(LimitError, match="pixels"):
        pureog.load({"width": 16000, "height": 16000, "element": {"div": None}})
    for bad in (float("nan"), float("inf"), 1e308):
        with pytest.raises(PureogError):
            pureog.load({"width": bad, "height": 10, "element": {"div": None}})


def test_depth() -> None:
    node: Any = "x"
    for _ in range(L.MAX_DEPTH + 5):
        node = {"div": [node]}
    with pytest.raises(LimitError, match="deeper than"), within_cpu(5.0):
        pureog.load(node)
    nested: Any = "x"
    for _ in range(10_000):
        nested = [nested]
    with pytest.raises(LimitError, match="nested deeper"), within_cpu(5.0):
        pureog.load({"div": nested})


def test_a_tree_as_deep_as_the_limit_renders() -> None:
    # Next.js draws trees some 400 levels deep; every recursive stage must have room for MAX_DEPTH, also
    # from JSON text (three levels of text per React element) and when the caller's limit is low.
    import json  # noqa: PLC0415
    import sys  # noqa: PLC0415

    node: Any = {"type": "div", "props": {"style": {"width": 4, "height": 4, "backgroundColor": "red"}}}
    for i in range(L.MAX_DEPTH - 1):
        style = {"display": "flex", "flexGrow": 1, "padding": i % 2, "backgroundColor": ["#eef", "#fee"][i % 2]}
        node = {"type": "div", "props": {"style": style, "children": [node]}}
    document = json.dumps({"width": 64, "height": 64, "element": node})
    saved = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        png = pureog.render_png(document)
        boxes = pureog.layout_boxes(document)
    finally:
        sys.setrecursionlimit(max(saved, sys.getrecursionlimit()))
    assert png.startswith(b"\x89PNG") and len(boxes) == L.MAX_DEPTH


def test_layout_passes() -> None:
    # Yoga measures nested growing boxes again at each level: exponential in the depth here.
    node: Any = {"div": {"style": {"display": "flex", "fontSize": 10}, "children": "end"}}
    for i in range(120):
        label = {"div": {"style": {"display": "flex", "fontSize": 10}, "children": "label"}}
        node = {"div": {"style": {"display": "flex", "flexGrow": 1, "flexDirection": ["row", "column"][i % 2]},
                        "children": [label, node] if i % 3 == 0 else [node]}}
    with pytest.raises(LimitError, match="passes"), within_cpu(30):
        pureog.layout_boxes({"width": 600, "height": 400, "element": node})


def test_element_count() -> None:
    child = {"div": None}
    pureog.load({"div": [child] * (L.MAX_ELEMENTS - 1)})  # with the root: right at the limit
    with pytest.raises(LimitError, match="elements") as info, within_cpu(5.0):
        pureog.load({"div": [child] * 100_000})
    assert info.value.path == "$.div[1999]"  # the element past the limit


def test_text_length() -> None:
    pureog.load({"div": "x" * L.MAX_TEXT_CHARS})
    with pytest.raises(LimitError, match="characters of text"), within_cpu(5.0):
        pureog.load({"div": ["x" * 1000] * 1000})
    with pytest.raises(LimitError, match="characters of text"), within_cpu(5.0):  # numbers are text too
        pureog.load({"div": list(range(10_000))})


def test_alias_bomb_outside_templates() -> None:
    lines = ["div:", "  children:", '    - &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"    - &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    with pytest.raises(LimitError), within_cpu(5.0):  # 9**10 strings, from a few shared lists
        pureog.load("\n".join(lines) + "\n")
    with pytest.raises(LimitError), within_cpu(5.0):
        pureog.load("\n".join(lines).replace('"lol"', "null") + "\n")  # nothing to draw, still bounded


def test_numbers_are_finite_and_clamped() -> None:
    assert finite_number(1e300) == L.MAX_CSS_NUMBER
    assert finite_number(-1e300) == -L.MAX_CSS_NUMBER
    assert css_number("1e300", "1e300px") == L.MAX_CSS_NUMBER
    with pytest.raises(PureogError, match="out of range"):
        css_number("1e999", "1e999px")
    # A huge width is laid out clamped, quickly, and reported with a clean error or a PNG.
    with within_cpu(5.0):
        pureog.render_png(_card("x", width="1e300px", height=1e300))


def test_font_size_and_letter_spacing() -> None:
    with pytest.raises(LimitError, match="font size") as info, within_cpu(5.0):
        pureog.render_png(_card("x", fontSize=1e9, textDecoration="underline"))
    assert info.value.path is not None and info.value.path.endswith("fontSize")
    with pytest.raises(LimitError, match="font size"), within_cpu(5.0):
        pureog.render_png(_card({"span": {"style": {"fontSize": "1000em"}, "children": "x"}}, fontSize=100))
    with pytest.raises(LimitError, match="letter spacing") as info, within_cpu(5.0):
        pureog.render_png(_card("xyz", letterSpacing="1e6px"))
    assert info.value.path is not None and info.value.path.endswith("letterSpacing")
    pureog.render_png(_card("x", fontSize=L.MAX_FONT_SIZE, letterSpacing=-L.MAX_LETTER_SPACING))


def test_break_word_in_a_box_narrower_than_a_glyph() -> None:
    for mode in ("break-word", "break-all"):
        with within_cpu(5.0):
            pureog.render_png(_card("Hello wonderful world", width=1, wordBreak=mode, fontSize=40))


def test_timeout_stops_a_render() -> None:
    card = _card([{"div": {"style": {"width": 3, "height": 3, "boxShadow": "0 0 40px red"}}}] * 300,
                 flexWrap="wrap")
    started = time.monotonic()
    with pytest.raises(LimitError, match="timeout"):
        pureog.render_png(card, timeout=0.05)
    assert time.monotonic() - started < scaled(3.0)
    with pytest.raises(LimitError, match="positive"):
        pureog.render_png(_card("x"), timeout=-1)
    assert pureog.render_png(_card("x"), timeout=30).startswith(b"\x89PNG")
    with pytest.raises(LimitError, match="timeout"):
        pureog.layout_boxes(card, timeout=1e-9)


def test_dashes_per_stroke() -> None:
    from pureog.stroke import dash

    assert dash._MAX_DASHES == L.MAX_DASHES
    with within_cpu(5.0):  # 600,000 dashes around a 1e6 px box: drawn solid past the limit
        pureog.render_png(_card(None, width=1e6, height=1e6, border="3px dashed red"))


def test_polygon_points() -> None:
    points = ", ".join(f"{i % 100}% {(i * 7) % 100}%" for i in range(L.MAX_POLYGON_POINTS + 1))
    with pytest.raises(LimitError, match="points") as info, within_cpu(5.0):
        pureog.render_png(_card(None, width=64, height=64, background="red", clipPath=f"polygon({points})"))
    assert info.value.path is not None and info.value.path.endswith("clipPath")


def test_blur_and_shadow_budget() -> None:
    shadows = ", ".join(["0 0 500px red"] * 50)
    card = {"width": 1200, "height": 630, "element": {"div": {"style": {"width": 600, "height": 300,
                                                                         "boxShadow": shadows}}}}
    with pytest.raises(LimitError, match="pixels in all") as info, within_cpu(15.0):
        pureog.render_png(card)
    assert info.value.path == "$.element"  # the element whose shadows are counted
    pureog.render_png(_card(None, width=32, height=32, boxShadow=", ".join(["0 0 20px red"] * 20)))


def test_a_small_blur_is_charged_the_pixels_it_works_on_not_its_region() -> None:
    """resvg's region of a ``blur()`` is twice its shape's box each way (cut at the canvas); the box passes
    work only on the paint grown by their reach (and the bands at the region's edges that paint comes
    near), so that is what the blur budget is charged, with the region's copy in and out at 1/16 a
    pixel. 120 boxes of 120 px under blur(2px) are 6.9 million region pixels (refused until this round,
    as the eris paint generator's dense cards, whose every shape is blurred on its own) and ~3.8
    million worked ones; the 50 shadows of 500 px above are still refused, each working on the canvas."""
    boxes = [{"div": {"style": {"position": "absolute", "left": (i % 12) * 95 + 10, "top": (i // 12) * 55 + 20,
                                "width": 120, "height": 120, "backgroundColor": ["red", "teal", "gold"][i % 3],
                                "filter": "blur(2px)"}}} for i in range(120)]
    card = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex", "width": "100%",
                                                                         "height": "100%"}, "children": boxes}}}
    with within_cpu(20.0):
        pureog.render_png(card)


def test_the_blur_budget_scales_with_a_larger_canvas_up_to_a_cap() -> None:
    assert L.blur_pixel_budget(1200, 630) == L.MAX_BLUR_PIXELS == L.blur_pixel_budget(32, 32)
    assert L.blur_pixel_budget(1600, 900) == 6_000_000 * 1600 * 900 // (1200 * 630)
    assert L.blur_pixel_budget(2400, 1260) == L.MAX_BLUR_PIXELS_LARGE == L.blur_pixel_budget(16384, 2000)
    # the refused card of the 1200x630 test, drawn at twice its size: still refused, and at once
    shadows = ", ".join(["0 0 1000px red"] * 50)
    card = {"width": 2400, "height": 1260, "element": {"div": {"style": {"width": 1200, "height": 600,
                                                                         "boxShadow": shadows}}}}
    with pytest.raises(LimitError, match="24,000,000 pixels in all"), within_cpu(15.0):
        pureog.render_png(card)


def test_each_text_shadow_counts_against_the_blur_budget() -> None:
    # A text-shadow list is one drop-shadow filter whose shadows each work on the whole region (a plane
    # blurred, moved and composited): 1,000 unblurred shadows over a paragraph took 13 s and 560 MB
    # under a single charge of the region.
    shadows = ", ".join(f"{i % 50}px {i % 30}px red" for i in range(1000))
    style = {"display": "flex", "width": 1180, "fontSize": 8, "textShadow": shadows}
    card = {"width": 1200, "height": 630, "element": {"div": {"style": style, "children": "abcdefg " * 1000}}}
    with pytest.raises(LimitError, match="pixels in all") as info, within_cpu(8.0):
        pureog.render_png(card)
    assert info.value.path == "$.element.div.children"  # the text whose shadows are counted
    few = ", ".join(["1px 1px red", "2px 2px 3px blue", "-1px 0 green"])
    pureog.render_png({"width": 1200, "height": 630, "element": {"div": {
        "style": {"display": "flex", "width": 1180, "fontSize": 60, "textShadow": few}, "children": "abcdefg " * 30}}})


def test_blur_budget_spent_while_drawing_names_the_innermost_element() -> None:
    # Blurs nested in blurs are not in the check before drawing (an outer one could hide an inner one):
    # the budget runs out while the rasterizer draws the inner ones, and the error names that element.
    inner = {"div": {"style": {"width": 1100, "height": 600, "filter": "blur(10px)", "backgroundColor": "blue"}}}
    cards = [{"div": {"style": {"display": "flex", "position": "absolute", "filter": "blur(10px)"},
                      "children": [inner]}} for _ in range(8)]
    card = {"width": 1200, "height": 630, "element": {"div": {"style": {"display": "flex"}, "children": cards}}}
    with pytest.raises(LimitError, match="pixels in all") as info, within_cpu(60.0):
        pureog.render_png(card)
    assert info.value.path is not None
    assert info.value.path.startswith("$.element.div.children[") and info.value.path.endswith("children[0]")


def test_tokens_per_value() -> None:
    huge = ", ".join(f"{i % 90}% {i % 70}px" for i in range(50_000))
    with pytest.raises(LimitError, match="tokens") as info, within_cpu(5.0):
        pureog.render_png(_card("x", marginLeft=f"polygon({huge})"))
    assert info.value.path is not None and info.value.path.endswith("marginLeft")
    # nesting cannot multiply the limit: it holds for the tokens of every level together
    spread = " ".join(f"f({' '.join(['1px'] * 900)})" for _ in range(12))
    with pytest.raises(LimitError, match="tokens"), within_cpu(5.0):
        pureog.render_png(_card("x", backgroundImage=spread))


@pytest.mark.parametrize("value", ["calc(" * 2000 + "1px" + ")" * 2000, "rgb(" * 3000,
                                   "linear-gradient(" * 5000 + ")" * 5000,
                                   "color-mix(in srgb, " * 1000 + "red" + ", blue)" * 1000])
def test_function_nesting_per_value(value: str) -> None:
    # each level was a Python call: a few thousand overflowed the stack (RecursionError, no path)
    with pytest.raises(LimitError, match="nested more than") as info, within_cpu(5.0):
        pureog.render_png(_card("x", backgroundImage=value, color=value))
    assert info.value.path is not None and info.value.path.endswith(("backgroundImage", "color"))


def test_template_filters_check_their_size_before_building() -> None:
    data = {"t": "a" * 90_000, "items": ["x"] * 20}
    for expression in ("t | replace('a', t)", "t | replace('', t)", "items | join(t)"):
        with pytest.raises(LimitError, match="would make text longer"), within_cpu(2.0):
            pureog.load({"data": data, "element": {"div": "{{ " + expression + " }}"}})


@pytest.mark.parametrize("prop", ["width", "boxShadow", "color"])
def test_var_substitution_cannot_double_forever(prop: str) -> None:
    # each variable uses the one before twice: 2^40 characters; it hung (no deadline) before the limit
    bomb = {"--a0": "1px", **{f"--a{i + 1}": f"var(--a{i}) var(--a{i})" for i in range(40)}}
    doc = _card({"div": {"style": {prop: "var(--a40)"}, "children": "x"}}, **bomb)
    with pytest.raises(LimitError, match="var\\(\\) substitution") as info, within_cpu(2.0):
        pureog.render_png(doc)
    assert info.value.path is not None and info.value.path.endswith(prop)
    long_polygon = "polygon(" + ", ".join(f"{i % 90}% {i % 70}%" for i in range(1500)) + ")"
    clipped = {"div": {"style": {"clipPath": "var(--p)", "width": 9, "height": 9}}}
    pureog.render_png(_card(clipped, **{"--p": long_polygon}))  # a long value in a variable still works


@pytest.mark.parametrize("prop", ["width", "color"])
def test_var_references_fanning_out_to_empty_texts_are_bounded(prop: str) -> None:
    # each variable uses the next ten times and the last is empty: 10^9 texts read and nothing written,
    # so the length bound never saw it (hung; 21 levels of two references took 5.5 s)
    bomb = {f"--v{i}": f"var(--v{i + 1})" * 10 for i in range(9)} | {"--v9": ""}
    doc = _card({"div": {"style": {prop: "var(--v0)10px"}, "children": "x"}}, **bomb)
    with pytest.raises(LimitError, match="var\\(\\) substitution reads") as info, within_cpu(2.0):
        pureog.render_png(doc)
    assert info.value.path is not None and info.value.path.endswith(prop)
    chain = {f"--v{i}": f"var(--v{i + 1})" * 2 for i in range(8)} | {"--v8": "1px"}  # 256 reads: fine
    pureog.render_png(_card({"div": {"style": {"width": "var(--v0)", "height": 9}}}, **chain))


@pytest.mark.parametrize("shared", ["variable", "alias"])
def test_long_style_values_read_again_at_each_element_are_bounded(shared: str) -> None:
    # a value read with var(), or ignored with a warning, is read again at each element: 99,000
    # characters in every property of 1,990 elements ran past 60 s (gridTemplateColumns alone ~1 us a
    # character)
    big = "a" * 99_000
    props = ["width", "height", "gridTemplateColumns", "gridTemplateAreas", "boxShadow", "filter", "fontFamily"]
    value = "var(--big)" if shared == "variable" else big
    kids = [{"div": {"style": {"opacity": 0.5 + i / 10_000, **dict.fromkeys(props, value)}}} for i in range(1990)]
    root = {"div": {"style": {"display": "flex", "--big": big}, "children": kids}}
    doc = {"width": 200, "height": 100, "element": root}
    with pytest.raises(LimitError, match="style values of this document") as info, within_cpu(3.0):
        pureog.render_png(doc, features="browser")
    assert info.value.path is not None and ".style." in info.value.path


@pytest.mark.parametrize("kind", ["polygon", "path"])
def test_clip_shapes_shared_by_thousands_of_elements_are_bounded(kind: str) -> None:
    # one long clip shape shared among 1,990 elements by an alias: each point is resolved and kept in a
    # path before the paint budget sees it (polygons 9.3 s and 550 MB, 20,000-segment paths past 100 s)
    if kind == "polygon":
        shape = "polygon(" + ", ".join(f"{i % 97}% {i * 7 % 89}%" for i in range(1999)) + ")"
    else:
        shape = 'path("M0 0 ' + " ".join(f"L{i % 300} {i * 7 % 150}" for i in range(20_000)) + ' Z")'
    style = {"width": 300, "height": 150, "position": "absolute", "clipPath": shape, "backgroundColor": "red"}
    doc = {"width": 400, "height": 200,
           "element": {"div": {"style": {"display": "flex"}, "children": [{"div": {"style": style}}] * 1990}}}
    with pytest.raises(LimitError, match="clipPath shapes of this render") as info, within_cpu(3.0):
        pureog.render_png(doc)
    assert info.value.path is not None and info.value.path.startswith("$.element.div.children[")
    few = {"div": {"style": {"display": "flex"}, "children": [{"div": {"style": style}}] * 4}}
    pureog.render_png({**doc, "element": few})  # a few such shapes still draw


@pytest.mark.parametrize("prop", ["filter", "backdropFilter"])
def test_filter_functions_per_value(prop: str) -> None:
    # each function is a group drawn inside the one before: 1,000 overflowed Python's stack
    chain = " ".join(["brightness(1.1)"] * 1000)
    card = _card({"div": {"style": {prop: chain, "background": "red", "width": 1, "height": 1}}})
    with pytest.raises(LimitError, match="functions, more than") as info, within_cpu(2.0):
        pureog.render_png(card, features="browser")
    assert info.value.path is not None and info.value.path.endswith(prop)
    allowed = " ".join(["brightness(1.01)"] * L.MAX_FILTER_FUNCTIONS)
    pureog.render_png(_card({"div": {"style": {prop: allowed, "background": "red", "width": 4, "height": 4}}}),
                      features="browser")


@pytest.mark.parametrize(("decoration", "features"), [
    ("underline dotted", "satori"), ("underline dashed", "satori"),
    ("underline dotted", "browser"), ("underline dashed", "browser"),
    ("underline wavy", "browser"),  # (Next.js draws no wavy lines: browser features only)
])
def test_dashes_per_render(monkeypatch: pytest.MonkeyPatch, decoration: str, features: str) -> None:
    # each line's dotted underline stayed under the per-stroke limit, but 2,600 lines 50,000 px wide
    # (letterSpacing) made 50 million dots: the render hung. The render's strokes now share one account;
    # a small account here keeps the test fast (the real one takes seconds to fill).
    monkeypatch.setattr(L, "MAX_RENDER_DASHES", 3_000)
    lines = {"display": "block", "width": 300, "fontSize": 16, "textDecoration": decoration, "letterSpacing": 40}
    doc = {"width": 300, "height": 200, "element": {"div": {"style": lines, "children": "ab " * 200}}}
    with pytest.raises(LimitError, match="dashes in all") as info, within_cpu(3.0):
        pureog.render_png(doc, features=features)
    assert info.value.path is not None and info.value.path.startswith("$.element")
    assert "textDecoration" in str(info.value)
    pureog.render_png({**doc, "element": {"div": {"style": lines, "children": "ab " * 10}}}, features=features)


@pytest.mark.parametrize("flow", ["row", "row dense"])
def test_grid_work_counts_against_the_layout_passes(flow: str) -> None:
    # items spanning hundreds of tracks were sized again for every intrinsic pass, and dense packing
    # of many wide items stepped its cursor over every placed item: minutes, inside one box
    items = [{"div": {"style": {"gridColumn": f"span {993 + i % 7}", "gridRow": f"span {i % 999 + 1}"}}}
             for i in range(500)]
    with pytest.raises(LimitError, match="passes"), within_cpu(4.0):
        pureog.render_png(_card(items, display="grid", gridAutoFlow=flow))
    ordinary = [{"div": {"style": {"gridColumn": f"span {1 + i % 3}"}, "children": "ab"}} for i in range(300)]
    pureog.render_png(_card(ordinary, display="grid", gridAutoFlow=flow, gridTemplateColumns="repeat(6, 1fr)"))


def test_a_line_of_tabs_whose_widths_double_to_infinity() -> None:
    # Satori counts the line before a tab word again in the word's width, so widths double along a line
    # of tabs (whiteSpace: pre): 2,000 reached Infinity and Python's floor/ceil raised OverflowError.
    for tab_size in (100, 1e7, 1e-300):
        style = {"display": "flex", "width": 300, "whiteSpace": "pre", "tabSize": tab_size}
        card = {"width": 300, "height": 60, "element": {"div": {"style": style, "children": "\ta\t" * 2000}}}
        with within_cpu(5.0):
            pureog.render_png(card)


def test_pattern_tiles_kept_between_drawings_are_bounded_by_their_bytes() -> None:
    # a background gradient of a box is drawn as a pattern tile of the box's size and kept for the next
    # drawing of it; the cache kept 32 tiles by their count, whatever their size: 40 boxes of distinct
    # gradients over a 3000x3000 canvas held 1.15 GB of tiles (1.24 GB RSS; 6000x6000: 4.6 GB). Now a
    # budget of bytes (caches "raster.pattern_tiles", 64 MB), a tile past it kept alone: 167 MB RSS.
    from pureog.raster import pattern_tile  # noqa: PLC0415

    side = 3000
    kids = [{"div": {"style": {"position": "absolute", "width": side, "height": side,
                               "backgroundImage": f"linear-gradient(rgb({i * 5},0,0), blue)"}}} for i in range(40)]
    pureog.clear_caches()
    with within_cpu(10.0):
        pureog.render_png({"width": side, "height": side,
                           "element": {"div": {"style": {"display": "flex"}, "children": kids}}})
    held = sum(len(row) for rows in pattern_tile._tile_cache.values() for row in rows)  # noqa: SLF001
    assert 0 < held <= max(64 << 20, 4 * side * side)
