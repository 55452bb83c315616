"""SVG ``<mask>``, ``<pattern>`` and ``<image>`` (pureog/images/svg/mask.py, pattern.py, image.py)."""

from __future__ import annotations

import base64
import struct
import zlib

import png

import pureog
from pureog.display import Clip, FillPath, Group, ImagePaint, PatternPaint
from pureog.geometry import Rect
from pureog.images.svg.draw import svg_document_nodes
from pureog.images.svg.image import image_rect
from pureog.raster import blend
from pureog.raster.scan import Mask


def _svg(body: str, defs: str = "", size: int = 100) -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 100 100">'
            f"<defs>{defs}</defs>{body}</svg>").encode()


def _walk(nodes: tuple[object, ...]) -> list[object]:
    out: list[object] = []
    stack = list(nodes)
    while stack:
        node = stack.pop()
        out.append(node)
        if isinstance(node, Group):
            stack.extend(node.children)
            if node.mask:
                stack.extend(node.mask)
        if isinstance(node, FillPath) and isinstance(node.paint, PatternPaint):
            stack.extend(node.paint.content)
    return out


def _render(svg: bytes, size: int = 100) -> list[bytes]:
    doc = {"width": size, "height": size, "element": {"div": {"style": {"display": "flex", "width": "100%",
           "height": "100%", "backgroundColor": "white"}, "children": [{"img": {
               "src": "data:image/svg+xml;base64," + base64.b64encode(svg).decode(), "width": size, "height": size}}]}}}
    _, _, rows, _ = png.Reader(bytes=pureog.render_png(pureog.load(doc))).asRGBA8()
    return [bytes(r) for r in rows]


def _png_uri(w: int, h: int, rgba: tuple[int, int, int, int]) -> str:
    raw = b"".join(b"\x00" + bytes(rgba) * w for _ in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(data).decode()


def test_mask_becomes_an_isolated_group_mask_clipped_to_its_region() -> None:
    defs = '<mask id="m"><rect width="100" height="50" fill="white"/></mask>'
    nodes = svg_document_nodes(_svg('<rect x="10" y="10" width="80" height="80" fill="green" mask="url(#m)"/>', defs),
                               Rect(0, 0, 100, 100), "t")
    masked = [n for n in _walk(nodes) if isinstance(n, Group) and n.mask]
    assert len(masked) == 1 and masked[0].isolated
    region = masked[0].mask[0]  # type: ignore[index]
    assert isinstance(region, Group) and isinstance(region.clip, Clip)
    assert region.clip.path.bounds() == Rect(2.0, 2.0, 96.0, 96.0)  # -10 % .. 120 % of the masked box
    rows = _render(_svg('<rect x="10" y="10" width="80" height="80" fill="#008000" mask="url(#m)"/>', defs))
    assert rows[20][4 * 50 : 4 * 50 + 3] == bytes((0, 128, 0))
    assert rows[70][4 * 50 : 4 * 50 + 3] == bytes((255, 255, 255))


def test_grey_masks_scale_by_luminance() -> None:
    defs = '<mask id="m" maskUnits="userSpaceOnUse"><rect width="100" height="100" fill="#808080"/></mask>'
    rows = _render(_svg('<rect width="100" height="100" fill="black" mask="url(#m)"/>', defs))
    assert 120 <= rows[50][4 * 50] <= 130  # half the black over white


def test_invalid_masks() -> None:
    not_a_mask = svg_document_nodes(_svg('<rect width="50" height="50" mask="url(#g)"/>', '<g id="g"/>'),
                                    Rect(0, 0, 100, 100), "t")
    assert not_a_mask == ()  # usvg skips the element
    missing = svg_document_nodes(_svg('<rect width="50" height="50" mask="url(#none)"/>'), Rect(0, 0, 100, 100), "t")
    assert missing and not any(isinstance(n, Group) and n.mask for n in _walk(missing))


def test_pattern_paint_from_units_viewbox_and_href() -> None:
    defs = ('<pattern id="base" width="0.5" height="0.25" viewBox="0 0 10 10" patternTransform="rotate(10)">'
            '<rect width="5" height="5" fill="red"/></pattern><pattern id="p" href="#base"/>')
    nodes = svg_document_nodes(_svg('<rect x="20" y="20" width="40" height="40" fill="url(#p)"/>', defs),
                               Rect(0, 0, 100, 100), "t")
    fills = [n for n in _walk(nodes) if isinstance(n, FillPath) and isinstance(n.paint, PatternPaint)]
    assert len(fills) == 1
    paint = fills[0].paint
    assert isinstance(paint, PatternPaint)
    assert (paint.x, paint.y, paint.width, paint.height) == (20.0, 20.0, 20.0, 10.0)
    assert abs(paint.transform.b - 0.1736) < 1e-3
    fit = paint.content[0]
    assert isinstance(fit, Group) and fit.transform.a == 1.0 and fit.transform.e == 5.0  # 10x10 met in 20x10


def test_pattern_fill_opacity_is_the_shader_opacity() -> None:
    defs = ('<pattern id="p" patternUnits="userSpaceOnUse" width="10" height="10">'
            '<rect width="10" height="10"/></pattern>')
    nodes = svg_document_nodes(_svg('<rect width="50" height="50" fill="url(#p)" fill-opacity="0.5"/>', defs),
                               Rect(0, 0, 100, 100), "t")
    fills = [n for n in _walk(nodes) if isinstance(n, FillPath) and isinstance(n.paint, PatternPaint)]
    assert len(fills) == 1 and fills[0].paint.opacity == 0.5  # type: ignore[union-attr]
    assert not any(isinstance(n, Group) and n.opacity < 1.0 for n in _walk(nodes))


def test_pattern_opacity_edges_take_their_coverage_twice() -> None:
    """tiny-skia's anti-aliased blitter overwrites the pattern shader's opacity with the edge coverage:
    a partly covered pixel gets coverage x coverage, a fully covered one the opacity."""
    mask = Mask(0, 0, 4, 1, [bytes((0, 51, 204, 255))])
    out = blend.pattern_coverage(mask, 0.5)
    assert out.rows == [bytes((0, 10, 163, 128))]


def test_images_draw_only_in_masks_and_patterns() -> None:
    uri = _png_uri(2, 2, (255, 0, 0, 255))
    top = _render(_svg(f'<image width="50" height="50" href="{uri}"/>'))
    assert top[10][40:43] == bytes((255, 255, 255))  # resvg removes images from an SVG image's tree
    defs = (f'<pattern id="p" patternUnits="userSpaceOnUse" width="100" height="100">'
            f'<image width="50" height="50" href="{uri}"/></pattern>')
    inside = _render(_svg('<rect width="100" height="100" fill="url(#p)"/>', defs))
    assert inside[10][40:43] == bytes((255, 0, 0))
    assert inside[80][320:323] == bytes((255, 255, 255))


def test_image_preserve_aspect_ratio() -> None:
    view = Rect(0, 0, 100, 50)
    assert image_rect(view, 10, 10, None) == Rect(25, 0, 50, 50)
    assert image_rect(view, 10, 10, "xMinYMin meet") == Rect(0, 0, 50, 50)
    assert image_rect(view, 10, 10, "xMaxYMax meet") == Rect(50, 0, 50, 50)
    assert image_rect(view, 10, 10, "xMidYMid slice") == Rect(0, -25, 100, 100)
    assert image_rect(view, 10, 10, "none") == view
    uri = _png_uri(4, 2, (0, 0, 255, 255))
    defs = (f'<pattern id="p" patternUnits="userSpaceOnUse" width="100" height="100"><image width="40" height="40" '
            f'preserveAspectRatio="xMidYMid slice" href="{uri}"/></pattern>')
    nodes = svg_document_nodes(_svg('<rect width="100" height="100" fill="url(#p)"/>', defs), Rect(0, 0, 100, 100), "t")
    clipped = [n for n in _walk(nodes) if isinstance(n, Group) and n.clip is not None]
    pictures = [n for n in _walk(nodes) if isinstance(n, FillPath) and isinstance(n.paint, ImagePaint)]
    assert clipped and pictures and not pictures[0].anti_alias
    assert pictures[0].path.bounds() == Rect(-20.0, 0.0, 80.0, 40.0)
