"""Targeted attacks: the inputs a hostile user would craft, one family at a time, scaled at random.

Where the ``document`` target draws values at random, each case here is a known way to make a renderer
work without bound: functions nested thousands deep in one CSS value, ``var()`` chains that double,
filter chains, huge grid lines and spans, dotted and wavy decorations over thousands of long lines,
chains of SVG masks, patterns and markers, SVG filter primitives whose work grows with a radius, SVG
groups nested 127 deep each holding a canvas-sized layer, GIF data of nothing but LZW clear codes,
progressive JPEG scans repeated thousands of times,
dashed curves drawn 1e14 times larger, composite glyphs and CFF subroutines that fan out, gvar tuple
variations by the thousand over glyphs of thousands of points at many weights, GSUB
substitutions that multiply, lookup lists tens of thousands long, cmap format 14 lists shared by
hundreds of selectors, fonts mapping every code point, tiles and gradient periods far below a pixel,
``$each`` inside ``$each``, lists of thousands of shadows over a paragraph, thousands of
elements each painting the whole canvas, thousands of crossing planes in one 3D rendering context,
glyphs of thousands of stems or tall bars and thousands of distinct outlines drawn as Chromium draws them,
values shared among thousands of elements (``var()`` fan-outs, long values, clip shapes, right-to-left
spans) and fonts whose blue-zone letters are huge glyphs, and paint whose cost is not its pixels (half-pixel
frames, stops shared by thousands of elements, sub-pixel periods, radial, conic and focal gradients), and image
containers of millions of blocks that carry no pixels (GIF sub-blocks and extensions, PNG chunks, JPEG
fill bytes and markers, WebP chunks) or a GIF frame far larger than its screen; and, with a variant seed
``v`` drawing the rest of the document (:mod:`fuzz.targets.paint_variants`), round seventeen's SVG clip
unions, object-bounding-box measurement, rounded dashed lines drawn as Blink draws them and angled
gradient ramps.
Each must end, within the harness's limits, in an image or a
PureogError naming its place (spec/limits.md).

A case is ``{"attack": NAME, "n": SCALE}``, plus ``"v": SEED`` for a family with variants (JSON:
reproducible from the seed and index); ``execute`` builds the document. Run ``python -m fuzz --target
attacks --cases 200`` (some cases take seconds: CI runs the regression tests of each family instead,
tests/fuzz/test_limits.py, test_font_bombs.py, test_binary_inputs.py).
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from typing import Any

from fuzz.targets.paint_variants import VARIANTS

NAME = "attacks"
WEIGHT = 0.5
CI = False
"""Cases take up to a few seconds each (they go to the limits): CI runs the regression tests."""

_SCALES = (2, 10, 64, 65, 100, 1000, 3000)


def _card(child: Any, width: int = 200, height: int = 120, **extra: Any) -> dict[str, Any]:
    return {"width": width, "height": height, **extra,
            "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%"}, "children": child}}}


def _styled(style: dict[str, Any], child: Any = "x", **extra: Any) -> dict[str, Any]:
    return _card({"div": {"style": {"display": "flex", **style}, "children": child}}, **extra)


def _nested_value(n: int) -> dict[str, Any]:
    fn = ("calc(", "rgb(", "linear-gradient(", "color-mix(in srgb, ")[n % 4]
    return _styled({"width": fn * n + "1px" + ")" * n, "color": fn * n + "red" + ")" * n})


def _var_fanout(n: int) -> dict[str, Any]:
    levels = min(n, 60)
    chain = {"--v0": "1px", **{f"--v{i + 1}": f"var(--v{i}) var(--v{i})" for i in range(levels)}}
    if n % 2:  # inherited: the variables on the parent
        return _styled(chain, {"div": {"style": {"boxShadow": f"var(--v{levels})"}, "children": "x"}})
    return _styled({**chain, "width": f"var(--v{levels})"})


def _filter_chain(n: int) -> dict[str, Any]:
    fn = ("brightness(1.1)", "blur(1px)", "drop-shadow(1px 1px 2px red)", "hue-rotate(9deg)")[n % 4]
    prop = "backdropFilter" if n % 3 == 0 else "filter"
    return _styled({prop: " ".join([fn] * n), "background": "red", "width": 2, "height": 2}, features="browser")


def _grid(n: int) -> dict[str, Any]:
    if n % 2:  # many items spanning many tracks, packed densely or not
        items = [{"div": {"style": {"gridColumn": f"span {n - i % 7}", "gridRow": f"span {i % n + 1}"}}}
                 for i in range(min(n, 1990))]
        return _styled({"display": "grid", "gridAutoFlow": "row dense" if n % 4 == 1 else "row"}, items)
    big = 10 ** min(n, 12)
    items = [{"div": {"style": {"gridColumn": f"{big} / span {big}", "gridRow": f"-{big} / {big}"}}}] * min(n, 50)
    return _styled({"display": "grid"}, items)


def _decorations(n: int) -> dict[str, Any]:
    style = ("dotted", "dashed", "wavy")[n % 3]
    lines = {"display": "block", "width": 300, "textDecoration": f"underline {style}", "letterSpacing": 9999}
    return _styled(lines, "ab " * min(n, 2600), features="browser" if style == "wavy" else "satori")


def _uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _svg_chain(n: int) -> dict[str, Any]:
    links = {
        0: '<mask id="r{i}"><rect width="50" height="50" fill="white" mask="url(#r{n})"/></mask>',
        1: '<pattern id="r{i}" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="5" height="5" '
           'fill="url(#r{n})"/></pattern>',
        2: '<marker id="r{i}" markerWidth="9" markerHeight="9"><path d="M0 0L5 5" stroke="red" '
           'marker-start="url(#r{n})"/></marker>',
    }
    body = "".join(links[n % 3].format(i=i, n=i + 1) for i in range(n))
    shape = '<path d="M0 0L50 50" stroke="red" marker-start="url(#r0)" mask="url(#r0)" fill="url(#r0)"/>'
    deep = "<g>" * 100 + shape + "</g>" * 100
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">{body}{deep}</svg>'
    return _card({"img": {"src": _uri(svg), "width": 100, "height": 100}})


def _svg_scaled_dash(n: int) -> dict[str, Any]:
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 1e-{n % 15} 1e-{n % 15}">'
           '<circle r="1" stroke="red" stroke-dasharray="0.001"/></svg>')
    return _card({"img": {"src": _uri(svg), "width": 100, "height": 100}})


def _svg_filter_work(n: int) -> dict[str, Any]:
    """Filter primitives whose work grows with a parameter, not the region: morphology radii, merge
    nodes, turbulence octaves, over many canvas-wide shapes."""
    op = ('<feMorphology operator="dilate" radius="{r}"/>', "<feMerge>" + "<feMergeNode/>" * 50 + "</feMerge>",
          '<feTurbulence baseFrequency="0.05" numOctaves="{r}"/>')[n % 3]
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><filter id="f" x="0" y="0" '
           f'width="1" height="1">{op.format(r=10 ** (n % 7))}</filter>'
           + '<rect width="1200" height="630" filter="url(#f)"/>' * min(n, 200) + "</svg>")
    return _card({"img": {"src": _uri(svg), "width": 1200, "height": 630}}, width=1200, height=630)


def _nested_layers(n: int) -> dict[str, Any]:
    """Groups nested as deep as SVG allows, each painting into a canvas-sized layer while the outer ones
    hold theirs, on canvases up to 4000 px."""
    side = (200, 1200, 4000)[n % 3]
    attribute = ('opacity="0.9"', 'style="mix-blend-mode:multiply"', 'filter="url(#f)"')[n // 3 % 3]
    depth = min(n, 127)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><filter id="f"><feOffset dx="1"/>'
           f'</filter>{f"<g {attribute}>" * depth}<rect width="100" height="100"/>{"</g>" * depth}</svg>')
    return _card({"img": {"src": _uri(svg), "width": side, "height": side}}, width=side, height=side)


def _image_decode(n: int) -> dict[str, Any]:
    """Image data that makes a decoder work in proportion to its bytes rather than its pixels: LZW clear
    codes filling megabytes of a 1x1 GIF; a progressive JPEG's scan repeated thousands of times."""
    from fuzz.targets.binary_images import jpeg_seeds  # noqa: PLC0415
    from fuzz.targets.binary_mutators import gif_clear_codes, jpeg_repeated_scan  # noqa: PLC0415

    if n % 2:
        data, mime = jpeg_repeated_scan(jpeg_seeds()[-1], n % 3, min(n * 5, 20_000)), "image/jpeg"
    else:
        data, mime = gif_clear_codes(min(n * 20_000, 30_000_000)), "image/gif"
    uri = f"data:{mime};base64," + base64.b64encode(data).decode()
    return _card({"img": {"src": uri, "width": 100, "height": 100}})


def _image_structure(n: int) -> dict[str, Any]:
    """Image containers walked block by block whose blocks carry no pixels (round fifteen), in up to four
    distinct images a card so that their costs add up: GIF comments of one-byte sub-blocks or runs of
    empty extensions, a GIF frame far larger than its 1x1 screen, PNG files of millions of empty chunks,
    JPEG headers of fill bytes, RST markers or 4-byte APP segments, WebP files of junk chunks."""
    import struct  # noqa: PLC0415

    from fuzz.targets.binary_images import jpeg_seeds  # noqa: PLC0415
    from fuzz.targets.binary_mutators import png_chunk, png_encode  # noqa: PLC0415

    count = min(n * 10_000, 12_000_000)
    kind = n % 8
    images = []
    for salt in range(1 + n // 8 % 4):
        palette = bytes((255, salt, 0, 0, 0, 255))
        gif = b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + palette
        frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x01\x05\x00;"
        if kind == 0:
            data, mime = gif + b"!\xfe" + b"\x01a" * count + b"\0" + frame, "image/gif"
        elif kind == 1:
            data, mime = gif + b"!\xfe\0" * count + frame, "image/gif"
        elif kind == 2:
            side = min(4096, 40 * n)
            data, mime = gif + b"\x2c" + struct.pack("<HHHHB", 0, 0, side, side, 0) + b"\x02\x01\x05\x00;", "image/gif"
        elif kind == 3:
            png = png_encode(1, 1, 6, 8, [bytes((0, salt, 0, 0, 255))])
            data, mime = png[:33] + png_chunk(b"zzZz", b"") * (count // 2) + png[33:], "image/png"
        elif kind in (4, 5, 6):
            jpeg = jpeg_seeds()[0]
            run = (b"\xff" * 4, b"\xff\xd0" * 2, b"\xff\xe1\x00\x02")[kind - 4] * (count // 2 + salt)
            data, mime = jpeg[:2] + run + jpeg[2:], "image/jpeg"
        else:
            vp8l = b"VP8L" + struct.pack("<I", 5) + b"\x2f\x00\x00\x00\x00\x00"
            vp8x = b"VP8X" + struct.pack("<I", 10) + bytes(4) + bytes(6)
            distinct = b"junk" + struct.pack("<I", salt) + bytes(salt + (salt & 1))
            body = vp8x + distinct + b"junk\0\0\0\0" * (count // 2) + vp8l
            data, mime = b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body, "image/webp"
        uri = f"data:{mime};base64," + base64.b64encode(data).decode()
        images.append({"img": {"src": uri, "width": 20, "height": 20}})
    return _card({"div": {"style": {"display": "flex"}, "children": images}})


def _tiles(n: int) -> dict[str, Any]:
    size = f"{10.0 ** -(n % 10)}px"
    image = ("linear-gradient(red, blue)", f"repeating-linear-gradient(red 0, blue {size})",
             f"repeating-radial-gradient(red 0, blue {size})")[n % 3]
    return _styled({"backgroundImage": image, "backgroundSize": f"{size} {size}", "width": "100%", "height": "100%",
                    "transform": f"scale({10.0 ** (n % 10)})"}, width=1200, height=630)


def _each(n: int) -> dict[str, Any]:
    node: Any = {"span": "{{ v0 }}"}
    for level in range(1 + n % 6):
        node = {"$each": "xs", "as": f"v{level}", "do": [node, node]}
    data = {"xs": list(range(min(n, 100)))}
    return {"width": 100, "height": 50, "data": data, "element": {"div": {"children": node}}}


def _shadow_lists(n: int) -> dict[str, Any]:
    """Long lists of unblurred shadows over a big paint: each shadow works on the whole filter region."""
    shadows = ", ".join(f"{i % 50}px {i % 30}px {'0 ' if n % 2 else ''}red" for i in range(min(n, 2400)))
    if n % 3 == 0:  # box shadows on many elements
        boxes = [{"div": {"style": {"width": 200, "height": 100, "boxShadow": shadows}}}] * min(n, 40)
        return _styled({"flexWrap": "wrap", "width": "100%"}, boxes, width=1200, height=630)
    return _styled({"width": 1180, "fontSize": 8, "textShadow": shadows}, "abcdefg " * 1000, width=1200, height=630)


def _full_canvas_layers(n: int) -> dict[str, Any]:
    """Many elements that each cover the canvas with a costly paint: every fill is at most the canvas,
    the elements at most 2,000."""
    style = ({"backgroundImage": "radial-gradient(red, transparent)"},
             {"background": "linear-gradient(red, blue)", "borderRadius": 50, "opacity": 0.5},
             {"background": "red", "clipPath": "polygon(0 0, 100% 10%, 50% 100%)"},
             {"background": "red", "mixBlendMode": "difference"})[n % 4]
    boxes = [{"div": {"style": {"position": "absolute", "width": 1200, "height": 630, **style}}}] * min(n, 1999)
    return _card(boxes, width=1200, height=630, features="browser")


def _font_doc(font: bytes, text: str) -> dict[str, Any]:
    return {"width": 200, "height": 60, "features": "browser", "fonts": [{"name": "Bomb", "data": font}],
            "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb", "fontSize": 40}, "children": text}}}


def _font_bomb(n: int) -> dict[str, Any]:
    from fuzz.font_bombs import composite_fan, multiplying_substitutions, subroutine_fan  # noqa: PLC0415

    kind = n % 3
    if kind == 0:
        return _font_doc(composite_fan(min(2 + n % 60, 60), 2 + n % 30), "aa")
    if kind == 1:
        return _font_doc(subroutine_fan(min(5 + n % 25, 29)), "aa")
    return _font_doc(multiplying_substitutions(), "a" * min(n, 3000))


def _font_tables(n: int) -> dict[str, Any]:
    """Font tables that cost per character shaped rather than per glyph drawn: GSUB lookup lists of up to
    65,535 lookups over long text; cmap format 14 range lists shared by hundreds of selectors; many fonts
    whose cmap maps every code point; contextual lookups each calling dozens of others (the auto-fitter's
    GSUB coverage, features: browser)."""
    from fuzz.font_bombs import calling_lookups, full_range_cmap, many_lookups, shared_variation_ranges  # noqa: PLC0415

    if n % 6 == 3:
        doc = _font_doc(calling_lookups(min(n * 3, 3000)), "ab ba")
        doc["element"]["div"]["style"].update(display="block", fontSize=12)
        return doc
    if n % 3 == 1:
        return _font_doc(shared_variation_ranges(min(n, 250), min(n * 200, 500_000)), "a\U000E0100b\U000E0101")
    if n % 3 == 2:
        fonts = [{"name": "Bomb", "data": full_range_cmap(0x10FFFF - k, 12 + k % 2)} for k in range(min(n, 20))]
        return {**_font_doc(b"", "ab"), "fonts": fonts}
    text = "ab" * min(n, 4000)
    return {**_font_doc(many_lookups(min(n * 10, 65535)), text), "width": 600, "height": 400}


def _font_variations(n: int) -> dict[str, Any]:
    """A variable font whose glyph has thousands of gvar tuples over thousands of points (fontTools varies
    it in Python, tuples x points), or whose HVAR store has thousands of regions, drawn at many weights:
    each weight varies the glyphs again."""
    from fuzz.font_bombs import glyph_variations, variation_regions  # noqa: PLC0415

    if n % 3 == 2:  # an HVAR store of thousands of regions: a term each per advance, a support each per instance
        font = variation_regions(min(n * 20, 65_535))
    else:
        font = glyph_variations(min(50 * n, 20_000), min(n * 3, 4_095), sparse=n % 2 == 0)
    weights = [{"div": {"style": {"fontVariationSettings": f"'wght' {900 - i}"}, "children": "aa"}}
               for i in range(1 + n % 50)]
    return {**_font_doc(font, ""), "element": {"div": {
        "style": {"display": "flex", "flexWrap": "wrap", "fontFamily": "Bomb", "fontSize": 12}, "children": weights}}}


def _planes_3d(n: int) -> dict[str, Any]:
    """Many rotated planes in one 3D rendering context (features: browser): crossing planes are cut into
    pieces, each measured and resampled again through its projective map."""
    planes = [{"div": {"style": {"position": "absolute", "width": 150 + i % 7 * 20, "height": 90, "opacity": 0.8,
                                 "backgroundImage": "linear-gradient(red, blue)",
                                 "transform": f"rotateX({i * 13}deg) rotateY({i * 7}deg) translateZ({i % 50}px)"}}}
              for i in range(min(n, 1_900))]
    return _card({"div": {"style": {"display": "flex", "width": "100%", "height": "100%", "perspective": "300px",
                                    "transformStyle": "preserve-3d"}, "children": planes}}, features="browser")


def _glyph_work(n: int) -> dict[str, Any]:
    """Glyph work outside the segment count (features: browser): glyphs of thousands of stems for the
    auto-fitter to pair (stacked bars, one contour of thousands of steps), a glyph of thousands of bars a
    few hundred px tall whose edges cross every row of its exact-area mask, and thousands of distinct
    outlines (each span at its own font size, every outline made anew)."""
    from fuzz.font_bombs import stacked_stems, tall_bars  # noqa: PLC0415

    kind = n % 4
    if kind == 0:
        return {**_font_doc(stacked_stems(min(n * 10, 10_000)), "xa"), "width": 400, "height": 200}
    if kind == 1:
        return {**_font_doc(stacked_stems(min(n * 16, 16_000), staircase=True), "xa"), "width": 400, "height": 200}
    if kind == 2:
        doc = _font_doc(tall_bars(min(n * 10, 10_000)), "a")
        doc["element"]["div"]["style"]["fontSize"] = min(n, 480)
        return {**doc, "width": 600, "height": 500}
    spans = [{"span": {"style": {"fontSize": 8 + i * 0.013}, "children": "abcdefghij"}} for i in range(min(n, 1990))]
    return _card({"div": {"style": {"display": "flex", "flexWrap": "wrap"}, "children": spans}}, width=1200,
                 height=630, features="browser")


def _shared_values(n: int) -> dict[str, Any]:
    """Values one document shares among its elements (round twelve): ``var()`` references that fan out
    to an empty variable, a long value held by a variable or an alias in many properties of many elements,
    a long clip shape shared by an alias, a right-to-left line of thousands of sibling spans, and a font
    whose blue-zone letters are huge glyphs (features: browser)."""
    kind = n % 5
    count = min(n, 1990)
    if kind == 0:
        levels = min(n, 30)
        chain = {f"--v{i}": f"var(--v{i + 1})" * 10 for i in range(levels)} | {f"--v{levels}": ""}
        return _styled({**chain, "width": "var(--v0)10px"})
    if kind == 1:
        big = "a" * min(n * 100, 99_000)
        value = "var(--big)" if n % 2 else big
        props = ("width", "height", "gridTemplateColumns", "boxShadow", "filter", "fontFamily", "transformOrigin")
        kids = [{"div": {"style": {"opacity": 0.5 + i / 10_000, **dict.fromkeys(props, value)}}} for i in range(count)]
        return _card({"div": {"style": {"display": "flex", "--big": big}, "children": kids}}, features="browser")
    if kind == 2:
        points = min(n * 2, 1999)
        shape = "polygon(" + ", ".join(f"{i % 97}% {i * 7 % 89}%" for i in range(points)) + ")"
        style = {"width": 180, "height": 100, "position": "absolute", "clipPath": shape, "backgroundColor": "red"}
        return _card([{"div": {"style": style}}] * count)
    if kind == 3:
        spans = [{"span": {"children": "\u05e9\u05e9"}} for _ in range(count)]
        box = {"div": {"dir": "rtl", "style": {"width": 4000, "fontSize": 2, "textOverflow": "ellipsis",
                                               "overflow": "hidden", "whiteSpace": "nowrap"}, "children": spans}}
        return _card(box, width=1200, height=60, features="browser")
    from fuzz.font_bombs import lying_blue_letters  # noqa: PLC0415

    return {**_font_doc(lying_blue_letters(min(n * 30, 30_000)), " ".join("a\u03ba\u0430\u05d0\u0628\u092a\u0e04")),
            "width": 400, "height": 100}


def _paint_costs(n: int) -> dict[str, Any]:
    """Paint whose cost is not the pixels it covers (round thirteen): half-pixel borders of card-sized boxes
    (hairlines walked pixel by pixel), a gradient of thousands of stops, colour hints or translucent spans
    shared by thousands of elements (features: browser), repeating gradients whose period is far below a
    pixel, radial and conic gradients of different centres over the whole canvas, and rects of an SVG
    filled with a focal radial gradient."""
    kind = n % 5
    count = min(n, 1990)

    def layers(style: Any) -> dict[str, Any]:
        kids = [{"div": {"style": {"position": "absolute", **style(i)}}} for i in range(count)]
        return _card(kids, width=1200, height=630, features="browser")

    if kind == 0:
        return layers(lambda i: {"width": 1000 + i % 190, "height": 500 + i // 190, "border": "0.5px solid red"})
    if kind == 1:
        stops = ", ".join(f"{'#f001' if i % 2 else '#00fe'} {i / 30:.2f}%, {(i + 0.2) / 30:.2f}%"
                          for i in range(min(n, 2500)))
        return layers(lambda i: {"width": 1200, "height": 630, "backgroundImage": f"linear-gradient({stops}, red)"})
    if kind == 2:
        period = 10.0 ** -min(n % 7 + 1, 6)
        image = (f"repeating-radial-gradient(circle, red 0 {period}px, blue {period}px {2 * period}px), "
                 f"repeating-linear-gradient(33deg, red 0 {period}px, #00f8 {period}px {2 * period}px)")
        return layers(lambda i: {"width": 1200, "height": 630, "backgroundImage": image})
    if kind == 3:
        return layers(lambda i: {"width": 1200, "height": 630, "backgroundImage":
                                 f"{'conic' if i % 2 else 'radial'}-gradient(at {i % 97}% {i % 89}%, red, blue, red)"})
    rects = "".join(f'<rect width="1200" height="630" fill="url(#g{i % 5})" opacity="0.9"/>' for i in range(count))
    grads = "".join(f'<radialGradient id="g{i}" r="0.6" fx="0.{i + 2}" fy="0.3"><stop offset="0" stop-color="red"/>'
                    f'<stop offset="1" stop-color="blue"/></radialGradient>' for i in range(5))
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><defs>{grads}</defs>{rects}</svg>'
    return _card({"img": {"src": _uri(svg), "width": 1200, "height": 630}}, width=1200, height=630)


def _drawing_costs(n: int) -> dict[str, Any]:
    """Work that follows something other than the pixels drawn (round sixteen): many small drawings of
    one large image, axis-aligned or rotated; full-canvas rotated images (each pixel filtered in Python);
    a chain of IIR blurs (deviations under 2 px); a document registering many fonts."""
    from fuzz.targets.binary_mutators import png_encode  # noqa: PLC0415

    kind = n % 4
    count = min(n, 1990)
    if kind == 3:
        from pathlib import Path  # noqa: PLC0415

        geist = (Path(__file__).resolve().parents[2] / "conformance" / "fonts" / "Geist-Regular.ttf").read_bytes()
        faces = min(count, 200)
        fonts = [{"name": f"F{i}", "data": geist + bytes(i)} for i in range(faces)]
        spans = [{"span": {"style": {"fontFamily": f"F{i}"}, "children": "Hamburgefonstiv"}} for i in range(faces)]
        return _card(spans, width=1200, height=630, fonts=fonts)
    if kind == 2:
        prims = "".join(f'<feGaussianBlur in="r{i}" result="r{i + 1}" stdDeviation="1"/>' for i in range(count))
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><filter id="f">'
               f'<feFlood result="r0" flood-color="red"/>{prims}</filter>'
               f'<rect width="600" height="300" filter="url(#f)"/></svg>')
        return _card({"img": {"src": _uri(svg), "width": 600, "height": 300}}, width=600, height=300)
    side = 1500 if n < 1000 else 600
    rows = [bytes((x * 7 + y * 3) & 255 for x in range(side)) for y in range(side)]
    uri = "data:image/png;base64," + base64.b64encode(png_encode(side, side, 0, 8, rows)).decode()
    big = kind == 1 and n >= 1000
    shown = min(count, 40) if big else count
    images = [{"img": {"src": uri, "width": 4, "height": 4, "style": {
        "position": "absolute", "left": i % 50, "top": i % 30,
        "width": 1200 if big else 1 + i % 97 * 0.37, "height": 1200 if big else 2 + i % 13,
        **({"transform": f"rotate({7 + i % 80}deg)"} if kind == 1 else {})}}} for i in range(shown)]
    return _card(images, width=1200, height=630)


_ATTACKS: dict[str, Callable[[int], dict[str, Any]]] = {
    "nested-value": _nested_value, "var-fanout": _var_fanout, "filter-chain": _filter_chain, "grid": _grid,
    "decorations": _decorations, "svg-chain": _svg_chain, "svg-scaled-dash": _svg_scaled_dash,
    "svg-filter-work": _svg_filter_work, "nested-layers": _nested_layers,
    "image-decode": _image_decode, "image-structure": _image_structure, "tiles": _tiles,
    "each": _each, "font-bomb": _font_bomb, "font-tables": _font_tables, "font-variations": _font_variations,
    "shadow-lists": _shadow_lists,
    "full-canvas-layers": _full_canvas_layers, "planes-3d": _planes_3d, "glyph-work": _glyph_work,
    "shared-values": _shared_values, "paint-costs": _paint_costs, "drawing-costs": _drawing_costs,
}


def generate(rng: random.Random) -> dict[str, Any]:
    attack = rng.choice(sorted([*_ATTACKS, *VARIANTS]))
    case = {"attack": attack, "n": rng.choice(_SCALES) + rng.randrange(3)}
    if attack in VARIANTS:  # the rest of the document drawn from a seed of its own
        case["v"] = rng.randrange(1 << 31)
    return case


def document(case: dict[str, Any]) -> dict[str, Any]:
    """The document of ``case``."""
    if case["attack"] in VARIANTS:
        return VARIANTS[case["attack"]](int(case["n"]), random.Random(int(case.get("v", 0))))
    return _ATTACKS[case["attack"]](int(case["n"]))


def execute(case: dict[str, Any]) -> None:
    import pureog  # noqa: PLC0415

    pureog.render_png(document(case))
