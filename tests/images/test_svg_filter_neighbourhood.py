"""SVG filter primitives that read neighbouring pixels: ``feConvolveMatrix``, ``feDisplacementMap`` and the
lightings (pureog/images/svg/filters.py -> pureog/raster/svg_convolve.py and svg_lighting.py), as usvg
0.29 reads them and resvg computes them; conformance cases ``svg/fe-lighting`` and
``svg/fe-convolve-displace`` hold the pixels measured against Next.js."""

from __future__ import annotations

import math

from pureog.display import (
    DistantLight,
    FeConvolveMatrix,
    FeDisplacementMap,
    FeFlood,
    FeLighting,
    FilterGraph,
    Group,
    PointLight,
    SpotLight,
)
from pureog.geometry import Affine, Rect
from pureog.images.svg.draw import svg_document_nodes
from pureog.images.svg.pathdata import ellipse_shape, rect_shape, tight_bounds
from pureog.raster.svg_convolve import convolve, displace
from pureog.raster.svg_lighting import light_in_region, lighting


def _ops(defs: str) -> list[object]:
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><defs>{defs}</defs>'
           '<rect width="50" height="50" filter="url(#f)"/></svg>').encode()
    out: list[object] = []
    stack = list(svg_document_nodes(svg, Rect(0, 0, 100, 100), "test"))
    while stack:
        node = stack.pop()
        if isinstance(node, Group):
            for graph in node.svg_filters:
                assert isinstance(graph, FilterGraph)
                out.extend(p.op for p in graph.primitives)
            stack.extend(node.children)
    return out


def test_convolve_matrix_is_read_as_usvg_reads_it() -> None:
    (op,) = _ops('<filter id="f"><feConvolveMatrix order="3 1.9" kernelMatrix="1 2 3" edgeMode="wrap"'
                 ' preserveAlpha="true"/></filter>')
    assert isinstance(op, FeConvolveMatrix)
    # order 1.9 truncates to 1 row; the divisor defaults to the kernel's sum; the target to the middle
    assert (op.columns, op.rows, op.target_x, op.target_y, op.divisor) == (3, 1, 1, 0, 6.0)
    assert op.edge_mode == "wrap" and op.preserve_alpha
    # a kernel of the wrong length, a zero divisor or a target outside: a transparent primitive
    for bad in ('kernelMatrix="1 2"', 'kernelMatrix="1 1 1 1 1 1 1 1 1" divisor="0"',
                'kernelMatrix="1 1 1 1 1 1 1 1 1" targetX="3"'):
        (dummy,) = _ops(f'<filter id="f"><feConvolveMatrix {bad}/></filter>')
        assert isinstance(dummy, FeFlood) and dummy.color.a == 0


def test_lighting_and_displacement_are_read_as_usvg_reads_them() -> None:
    diffuse, specular, displacement = _ops(
        '<filter id="f"><feDiffuseLighting lighting-color="nonsense"><fePointLight x="1" y="2" z="3"/>'
        '</feDiffuseLighting><feSpecularLighting specularExponent="20" lighting-color="#123456">'
        '<feSpotLight specularExponent="-1" limitingConeAngle="30"/></feSpecularLighting>'
        '<feDisplacementMap in2="SourceGraphic" scale="8" xChannelSelector="G" yChannelSelector="r"/></filter>')
    assert isinstance(diffuse, FeLighting) and diffuse.specular_exponent is None
    assert diffuse.color == (255, 255, 255) and diffuse.light == PointLight(1.0, 2.0, 3.0)
    assert isinstance(specular, FeLighting) and specular.specular_exponent == 20.0 and specular.color == (18, 52, 86)
    assert isinstance(specular.light, SpotLight) and specular.light.specular_exponent == 1.0  # negative: 1
    assert isinstance(displacement, FeDisplacementMap)
    assert (displacement.x_channel, displacement.y_channel, displacement.scale_x) == ("G", "A", 8.0)
    # no light source, or a specular exponent outside 1..128: transparent
    for bad in ('<feDiffuseLighting/>', '<feSpecularLighting specularExponent="200"><feDistantLight/>'
                '</feSpecularLighting>'):
        (dummy,) = _ops(f'<filter id="f">{bad}</filter>')
        assert isinstance(dummy, FeFlood) and dummy.color.a == 0


def test_convolution_sums_flipped_taps_and_clamps_to_alpha() -> None:
    # one opaque white pixel in a 3 x 3 transparent image; a kernel with a single 1 at its top-left
    # reads the bottom-right neighbour (the kernel is applied flipped): the pixel moves up-left; the
    # bias lifts every pixel's alpha
    data = bytearray(4 * 9)
    data[16:20] = b"\xff\xff\xff\xff"
    op = FeConvolveMatrix("SourceGraphic", 3, 3, 1, 1, (1.0, 0, 0, 0, 0, 0, 0, 0, 0), 1.0, 0.0, "none", False)
    out = convolve(data, 3, 3, op)
    assert out[0:4] == b"\xff\xff\xff\xff" and out[16:20] == bytes(4)
    biased = convolve(data, 3, 3, FeConvolveMatrix("SourceGraphic", 3, 3, 1, 1, (0.0,) * 9, 1.0, 0.25, "none", False))
    assert biased[3] == 64 and biased[0] == 16  # alpha 0.25; colour bias * new alpha, clamped to it


def test_displacement_moves_pixels_by_rounded_offsets() -> None:
    data = bytearray(range(4 * 4))  # a 4 x 1 image, each pixel distinct
    # map channel 255: offset (255 / 255 - 0.5) * 2 = +1 pixel; 0: -1 pixel
    right = displace(data, bytes([255, 0, 0, 0]) * 4, 4, 1, "R", "G", 2.0, 0.0)
    assert right[0:4] == data[4:8] and right[12:16] == bytes(4)  # the last pixel reads outside: transparent
    left = displace(data, bytes([0, 0, 0, 0]) * 4, 4, 1, "R", "G", 2.0, 0.0)
    assert left[4:8] == data[0:4] and left[0:4] == bytes(4)
    # an offset past any image (a huge scale) reads outside: transparent, no overflow
    assert displace(data, bytes(16), 4, 1, "R", "G", 2.0, 1e308) == bytes(16)


def test_flat_surface_under_a_distant_light() -> None:
    """A flat opaque surface: N = (0, 0, 1), so diffuse is kd * L.z and specular (N.H)^e with
    H = L + (0, 0, 1); the specular alpha is the brightest channel."""
    data = b"\x00\x00\x00\xff" * 16
    light = DistantLight(0.0, 30.0)
    diffuse = lighting(data, 4, 4, FeLighting("s", 1.0, 1.0, None, (255, 128, 0), light), light)
    k = math.sin(math.radians(30.0))  # 0.49999999999999994: 255 * k + 0.5 truncates to 127
    assert diffuse[20:24] == bytes((int(255 * k + 0.5), int(128 * k + 0.5), 0, 255)) == bytes((127, 64, 0, 255))
    specular = lighting(data, 4, 4, FeLighting("s", 1.0, 1.0, 2.0, (200, 200, 200), light), light)
    n_dot_h = (0.5 + 1.0) / math.hypot(math.cos(math.radians(30)), 1.5)
    assert specular[20] == int(200 * n_dot_h**2 + 0.5) == specular[23]
    assert lighting(data[:8], 2, 1, FeLighting("s", 1.0, 1.0, None, (1, 2, 3), light), light) == bytes(8)


def test_light_positions_follow_resvg_including_the_spot_y_slip() -> None:
    m = Affine(2.0, 0.0, 0.0, 2.0, 5.0, 7.0)
    point = light_in_region(PointLight(1.0, 1.0, 10.0), m, (3, 4, 10, 10))
    assert isinstance(point, PointLight) and (point.x, point.y) == (4.0, 5.0)
    assert math.isclose(point.z, 20.0)  # z times sqrt(a^2 + d^2) / sqrt(2)
    spot = light_in_region(SpotLight(1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, None), m, (3, 4, 10, 10))
    assert (spot.x, spot.y) == (4.0, 6.0)  # y moved by the region's x (3), as resvg 0.29 does


def test_shapes_keep_usvg_bounding_box_ulps() -> None:
    """usvg writes rounded corners and ellipses as kurbo arcs; their boxes are a few ulps off the exact
    sides, and resvg truncates filter regions built on them (a diffuse light over a rounded rect and a
    circle fills columns 6..281 in Next, not 7..282)."""
    identity = Affine(1, 0, 0, 1, 0, 0)
    box = tight_bounds(rect_shape(30, 30, 100, 120, 20, 20), identity)
    assert box is not None and box[0] < 30.0 and box[2] == 130.0
    circle = tight_bounds(ellipse_shape(200, 100, 60, 60), identity)
    assert circle is not None and circle[1] < 40.0
