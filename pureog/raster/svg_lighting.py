"""``feDiffuseLighting`` and ``feSpecularLighting``, as resvg 0.29 (svgfilters' ``lighting.rs``) lights them.

Role: the premultiplied RGBA8 image of a filter region (only its alpha is read: a height map) + a
:class:`~pureog.display.FeLighting` + the light in region pixels -> the lit image (diffuse: opaque,
straight colour; specular: alpha = the brightest channel, premultiplied).

The surface normal at each pixel is the SVG spec's Sobel kernels: centre row/column weight 2, its
neighbours 1, one-sided differences at the image's edges, scaled by 1/4 inside, 1/3 and 1/2 along an
edge and 2/3 in a corner. resvg then computes, in f64, N.L (diffuse) or (N.H)^exponent (specular,
H = L + (0, 0, 1)), the light's colour (a spot light's falls off as (-L.S)^exponent and is black outside
its cone) times the constant, each channel clamped to 0..255 and rounded. A region smaller than 3 x 3
stays transparent. The light colour is used as given whatever the primitive's colour space (resvg 0.29
converts neither it nor the result's tag), so in linear RGB it comes out lighter.
Must not import style, layout, text or document.
"""

from __future__ import annotations

import math

from pureog.display import DistantLight, FeLighting, LightSource, PointLight, SpotLight
from pureog.geometry import Affine

ScreenRect = tuple[int, int, int, int]


def light_in_region(light: LightSource, m: Affine, region: ScreenRect) -> LightSource:
    """resvg's ``transform_light_source``: a point or spot light's position mapped to device pixels and
    moved to the region's origin, its z scaled by sqrt(a^2 + d^2) / sqrt(2). resvg moves a spot light's
    y and its target's y by the region's *x* (a slip in 0.29), and so does this."""
    if isinstance(light, DistantLight):
        return light
    rx, ry = region[0], region[1]
    z_scale = math.sqrt(m.a * m.a + m.d * m.d) / math.sqrt(2.0)
    x, y = m.apply(light.x, light.y)
    if isinstance(light, PointLight):
        return PointLight(x - rx, y - ry, light.z * z_scale)
    tx, ty = m.apply(light.points_at_x, light.points_at_y)
    return SpotLight(x - rx, y - rx, light.z * z_scale, tx - rx, ty - rx, light.points_at_z * z_scale,
                     light.specular_exponent, light.limiting_cone_angle)


def _channel(c: float, factor: float) -> int:
    """``(f64_bound(0, c * factor, 255) + 0.5) as u8`` (NaN -> 0)."""
    v = c * factor
    if not v > 0.0:
        return 0
    return 255 if v >= 255.0 else int(v + 0.5)


def _normalized(x: float, y: float, z: float) -> tuple[float, float, float]:
    length = math.sqrt(x * x + y * y + z * z)
    if abs(length) < 1e-300:  # usvg's is_fuzzy_zero: the vector is kept as it is
        return (x, y, z)
    return (x / length, y / length, z / length)


def lighting(data: bytes | bytearray, w: int, h: int, op: FeLighting, light: LightSource) -> bytearray:
    """The lit image of the region (``light`` already in region pixels, :func:`light_in_region`)."""
    out = bytearray(4 * w * h)
    if w < 3 or h < 3:
        return out
    alpha = data[3::4]
    scale = op.surface_scale / 255.0
    constant = op.constant
    exponent = op.specular_exponent
    color = op.color
    distant = isinstance(light, DistantLight)
    if isinstance(light, DistantLight):
        az, el = math.radians(light.azimuth), math.radians(light.elevation)
        fixed = (math.cos(az) * math.cos(el), math.sin(az) * math.cos(el), math.sin(el))
    else:
        fixed = (1.0, 1.0, 1.0)
    spot = light if isinstance(light, SpotLight) else None
    source = (0.0, 0.0, 0.0) if isinstance(light, DistantLight) else (light.x, light.y, light.z)
    if spot is not None:
        sx, sy, sz = _normalized(spot.points_at_x - spot.x, spot.points_at_y - spot.y, spot.points_at_z - spot.z)
        cone = math.cos(math.radians(spot.limiting_cone_angle)) if spot.limiting_cone_angle is not None else None
    cache: dict[tuple[int, int, float, float], bytes] = {}
    last_x, last_y = w - 1, h - 1
    for y in range(h):
        row = y * w
        up = row - w if y > 0 else row
        down = row + w if y < last_y else row
        edge_row = y == 0 or y == last_y
        for x in range(w):
            left = x - 1 if x > 0 else x
            right = x + 1 if x < last_x else x
            edge_col = x == 0 or x == last_x
            # the spec's kernels: the centre row (column) weighs 2, a neighbour row (column) 1
            gx = 2 * (alpha[row + right] - alpha[row + left])
            gy = 2 * (alpha[down + x] - alpha[up + x])
            if y > 0:
                gx += alpha[up + right] - alpha[up + left]
            if y < last_y:
                gx += alpha[down + right] - alpha[down + left]
            if x > 0:
                gy += alpha[down + left] - alpha[up + left]
            if x < last_x:
                gy += alpha[down + right] - alpha[up + right]
            if edge_col:
                fx = 2.0 / 3.0 if edge_row else 1.0 / 2.0
            else:
                fx = 1.0 / 3.0 if edge_row else 1.0 / 4.0
            if edge_row:
                fy = 2.0 / 3.0 if edge_col else 1.0 / 2.0
            else:
                fy = 1.0 / 3.0 if edge_col else 1.0 / 4.0
            if distant:
                key = (gx, gy, fx, fy)
                pixel = cache.get(key)
                if pixel is None:
                    pixel = cache[key] = _pixel(gx, gy, fx, fy, fixed, scale, constant, exponent, color)
            else:
                lx, ly, lz = _normalized(source[0] - x, source[1] - y,
                                         source[2] - alpha[row + x] / 255.0 * op.surface_scale)
                lit = color
                if spot is not None:
                    minus_l_dot_s = -(lx * sx + ly * sy + lz * sz)
                    if minus_l_dot_s <= 0.0 or (cone is not None and minus_l_dot_s < cone):
                        lit = (0, 0, 0)
                    else:
                        f = minus_l_dot_s ** spot.specular_exponent
                        lit = (_channel(color[0], f), _channel(color[1], f), _channel(color[2], f))
                pixel = _pixel(gx, gy, fx, fy, (lx, ly, lz), scale, constant, exponent, lit)
            o = 4 * (row + x)
            out[o : o + 4] = pixel
    return out


def _pixel(gx: int, gy: int, fx: float, fy: float, light: tuple[float, float, float], scale: float,
           constant: float, exponent: float | None, color: tuple[int, int, int]) -> bytes:
    """One lit pixel: the normal from the gradient (gx, gy) and its factors, the light vector, the
    light's colour at this pixel."""
    lx, ly, lz = light
    flat = gx == 0 and gy == 0
    if not flat:
        nx = -gx * scale * fx
        ny = -gy * scale * fy
        n_length = math.sqrt(nx * nx + ny * ny + 1.0)
    if exponent is None:
        k = lz if flat else (nx * lx + ny * ly + lz) / n_length
    else:
        hx, hy, hz = lx, ly, lz + 1.0
        h_length = math.sqrt(hx * hx + hy * hy + hz * hz)
        if abs(h_length) < 1e-300:
            k = 0.0
        else:
            n_dot_h = hz / h_length if flat else (nx * hx + ny * hy + hz) / n_length / h_length
            k = n_dot_h if exponent == 1.0 else _power(n_dot_h, exponent)
    factor = constant * k
    r, g, b = _channel(color[0], factor), _channel(color[1], factor), _channel(color[2], factor)
    a = 255 if exponent is None else max(r, g, b)
    return bytes((r, g, b, a))


def _power(base: float, exponent: float) -> float:
    """Rust's ``powf``: a negative base to a fractional power is NaN (which clamps to 0), not complex."""
    try:
        result = base**exponent
    except (OverflowError, ZeroDivisionError):
        return math.inf
    return result if isinstance(result, float) else math.nan


__all__ = ["light_in_region", "lighting"]
