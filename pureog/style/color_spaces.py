"""CSS Color 4 colour spaces: conversions between every space a colour function names and sRGB.

Role: the maths behind ``lab()``, ``lch()``, ``oklab()``, ``oklch()``, ``hwb()``, ``color()`` and
``color-mix()`` (:mod:`pureog.style.color` parses them). Every space converts to and from CIE XYZ
(D65 white) with the matrices and transfer functions of CSS Color 4's sample code; D50 spaces (Lab,
LCH, ProPhoto, ``xyz-d50``) go through the Bradford adaptation. A result outside sRGB is clipped per
channel, as Chrome draws it on an sRGB surface.

Input/output: triples of floats (the space's own components, as CSS Color 4 defines them: Lab's L
in 0..100, OKLab's in 0..1, RGB spaces in 0..1, hues in degrees). Imports only the standard library.
"""

from __future__ import annotations

import math
from collections.abc import Callable

Triple = tuple[float, float, float]
Matrix = tuple[Triple, Triple, Triple]


def _mul(m: Matrix, v: Triple) -> Triple:
    return (m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
            m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2])  # fmt: skip


def _inverse(m: Matrix) -> Matrix:
    (a, b, c), (d, e, f), (g, h, i) = m
    det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    return ((( e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det),
            (( f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det),
            (( d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det))  # fmt: skip


# Linear RGB -> XYZ (the space's own white; ProPhoto's is D50).
_SRGB_TO_XYZ: Matrix = ((0.41239079926595934, 0.357584339383878, 0.1804807884018343),
                        (0.21263900587151027, 0.715168678767756, 0.07219231536073371),
                        (0.01933081871559182, 0.11919477979462598, 0.9505321522496607))  # fmt: skip
_P3_TO_XYZ: Matrix = ((0.4865709486482162, 0.26566769316909306, 0.1982172852343625),
                      (0.2289745640697488, 0.6917385218365064, 0.079286914093745),
                      (0.0, 0.04511338185890264, 1.043944368900976))  # fmt: skip
_A98_TO_XYZ: Matrix = ((0.5766690429101305, 0.1855582379065463, 0.1882286462349947),
                       (0.29734497525053605, 0.6273635662554661, 0.07529145849399788),
                       (0.02703136138641234, 0.07068885253582723, 0.9913375368376388))  # fmt: skip
_PROPHOTO_TO_XYZ_D50: Matrix = ((0.7977604896723027, 0.13518583717574031, 0.0313493495815248),
                                (0.2880711282292934, 0.7118432178101014, 0.00008565396060525902),
                                (0.0, 0.0, 0.8251046025104601))  # fmt: skip
_REC2020_TO_XYZ: Matrix = ((0.6369580483012914, 0.14461690358620832, 0.1688809751641721),
                           (0.2627002120112671, 0.6779980715188708, 0.05930171646986196),
                           (0.0, 0.028072693049087428, 1.060985057710791))  # fmt: skip
_XYZ_TO_SRGB = _inverse(_SRGB_TO_XYZ)
# Bradford chromatic adaptation between D50 and D65.
_D50_TO_D65: Matrix = ((0.955473421488075, -0.02309845494876471, 0.06325924320057072),
                       (-0.0283697093338637, 1.0099953980813041, 0.021041441191917323),
                       (0.012314014864481998, -0.020507649298898964, 1.330365926242124))  # fmt: skip
_D65_TO_D50 = _inverse(_D50_TO_D65)
# OKLab (Björn Ottosson), from XYZ D65 as CSS Color 4 writes it.
_XYZ_TO_LMS: Matrix = ((0.8190224379967030, 0.3619062600528904, -0.1288737815209879),
                       (0.0329836539323885, 0.9292868615863434, 0.0361446663506424),
                       (0.0481771893596242, 0.2642395317527308, 0.6335478284694309))  # fmt: skip
_LMS_TO_OKLAB: Matrix = ((0.2104542683093140, 0.7936177747023054, -0.0040720430116193),
                         (1.9779985324311684, -2.4285922420485799, 0.4505937096174110),
                         (0.0259040424655478, 0.7827717124575296, -0.8086757549230774))  # fmt: skip
_LMS_TO_XYZ = _inverse(_XYZ_TO_LMS)
_OKLAB_TO_LMS = _inverse(_LMS_TO_OKLAB)
_D50_WHITE: Triple = (0.3457 / 0.3585, 1.0, (1.0 - 0.3457 - 0.3585) / 0.3585)
_KAPPA = 24389 / 27
_EPSILON = 216 / 24389


# --- transfer functions (encoded <-> linear), odd-extended as CSS Color 4 does for negative values

def _srgb_to_linear(c: float) -> float:
    a = abs(c)
    return math.copysign(a / 12.92 if a <= 0.04045 else ((a + 0.055) / 1.055) ** 2.4, c)


def _linear_to_srgb(c: float) -> float:
    a = abs(c)
    return math.copysign(12.92 * a if a <= 0.0031308 else 1.055 * a ** (1 / 2.4) - 0.055, c)


def _a98_to_linear(c: float) -> float:
    return math.copysign(abs(c) ** (563 / 256), c)


def _linear_to_a98(c: float) -> float:
    return math.copysign(abs(c) ** (256 / 563), c)


def _prophoto_to_linear(c: float) -> float:
    a = abs(c)
    return math.copysign(a / 16 if a <= 16 / 512 else a ** 1.8, c)


def _linear_to_prophoto(c: float) -> float:
    a = abs(c)
    return math.copysign(16 * a if a < 1 / 512 else a ** (1 / 1.8), c)


_REC_ALPHA = 1.09929682680944
_REC_BETA = 0.018053968510807


def _rec2020_to_linear(c: float) -> float:
    a = abs(c)
    return math.copysign(a / 4.5 if a < _REC_BETA * 4.5 else ((a + _REC_ALPHA - 1) / _REC_ALPHA) ** (1 / 0.45), c)


def _linear_to_rec2020(c: float) -> float:
    a = abs(c)
    return math.copysign(4.5 * a if a < _REC_BETA else _REC_ALPHA * a ** 0.45 - (_REC_ALPHA - 1), c)


def _each(f: Callable[[float], float], v: Triple) -> Triple:
    return (f(v[0]), f(v[1]), f(v[2]))


# --- each space <-> XYZ D65

def _rgb_space(to_xyz: Matrix, decode: Callable[[float], float], encode: Callable[[float], float],
               d50: bool = False) -> tuple[Callable[[Triple], Triple], Callable[[Triple], Triple]]:
    from_xyz = _inverse(to_xyz)

    def forward(v: Triple) -> Triple:
        xyz = _mul(to_xyz, _each(decode, v))
        return _mul(_D50_TO_D65, xyz) if d50 else xyz

    def backward(xyz: Triple) -> Triple:
        return _each(encode, _mul(from_xyz, _mul(_D65_TO_D50, xyz) if d50 else xyz))

    return forward, backward


def _lab_to_xyz(lab: Triple) -> Triple:
    lightness, a, b = lab
    f1 = (lightness + 16) / 116
    f0 = a / 500 + f1
    f2 = f1 - b / 200
    x = f0 ** 3 if f0 ** 3 > _EPSILON else (116 * f0 - 16) / _KAPPA
    y = f1 ** 3 if lightness > _KAPPA * _EPSILON else lightness / _KAPPA
    z = f2 ** 3 if f2 ** 3 > _EPSILON else (116 * f2 - 16) / _KAPPA
    return _mul(_D50_TO_D65, (x * _D50_WHITE[0], y * _D50_WHITE[1], z * _D50_WHITE[2]))


def _xyz_to_lab(xyz: Triple) -> Triple:
    d50 = _mul(_D65_TO_D50, xyz)
    f = tuple(v / w for v, w in zip(d50, _D50_WHITE, strict=True))
    f0, f1, f2 = (math.copysign(abs(v) ** (1 / 3), v) if v > _EPSILON else (_KAPPA * v + 16) / 116 for v in f)
    return (116 * f1 - 16, 500 * (f0 - f1), 200 * (f1 - f2))


def _oklab_to_xyz(lab: Triple) -> Triple:
    return _mul(_LMS_TO_XYZ, _each(lambda c: c ** 3, _mul(_OKLAB_TO_LMS, lab)))


def _xyz_to_oklab(xyz: Triple) -> Triple:
    return _mul(_LMS_TO_OKLAB, _each(lambda c: math.copysign(abs(c) ** (1 / 3), c), _mul(_XYZ_TO_LMS, xyz)))


def _polar(to_xyz: Callable[[Triple], Triple]) -> Callable[[Triple], Triple]:
    def forward(lch: Triple) -> Triple:
        lightness, chroma, hue = lch
        rad = math.radians(hue)
        return to_xyz((lightness, max(0.0, chroma) * math.cos(rad), max(0.0, chroma) * math.sin(rad)))

    return forward


def _cartesian(from_xyz: Callable[[Triple], Triple]) -> Callable[[Triple], Triple]:
    def backward(xyz: Triple) -> Triple:
        lightness, a, b = from_xyz(xyz)
        chroma = math.hypot(a, b)
        # an achromatic colour has no hue (CSS: powerless); 0 keeps the maths defined
        hue = math.degrees(math.atan2(b, a)) % 360.0 if chroma > 1e-7 else 0.0
        return (lightness, chroma, hue)

    return backward


def _hsl_from_srgb(rgb: Triple) -> Triple:
    r, g, b = rgb
    high, low = max(rgb), min(rgb)
    lightness = (high + low) / 2
    delta = high - low
    if delta <= 1e-12:
        return (0.0, 0.0, lightness * 100)
    saturation = delta / (1 - abs(2 * lightness - 1)) if 0 < lightness < 1 else 0.0
    if high == r:
        hue = ((g - b) / delta) % 6
    elif high == g:
        hue = (b - r) / delta + 2
    else:
        hue = (r - g) / delta + 4
    return (hue * 60 % 360, saturation * 100, lightness * 100)


def srgb_from_hsl(hsl: Triple) -> Triple:
    """HSL (hue in degrees, saturation and lightness in 0..100) -> sRGB in 0..1."""
    hue, saturation, lightness = hsl[0] % 360, hsl[1] / 100, hsl[2] / 100

    def channel(n: float) -> float:
        k = (n + hue / 30) % 12
        a = saturation * min(lightness, 1 - lightness)
        return lightness - a * max(-1.0, min(k - 3, 9 - k, 1.0))

    return (channel(0), channel(8), channel(4))


def srgb_from_hwb(hwb: Triple) -> Triple:
    """HWB (hue in degrees, whiteness and blackness in 0..100) -> sRGB in 0..1."""
    white, black = hwb[1] / 100, hwb[2] / 100
    if white + black >= 1:
        grey = white / (white + black)
        return (grey, grey, grey)
    return _each(lambda c: c * (1 - white - black) + white, srgb_from_hsl((hwb[0], 100.0, 50.0)))


def _hwb_from_srgb(rgb: Triple) -> Triple:
    hue = _hsl_from_srgb(rgb)[0]
    return (hue, min(rgb) * 100, (1 - max(rgb)) * 100)


_SRGB = _rgb_space(_SRGB_TO_XYZ, _srgb_to_linear, _linear_to_srgb)
_XYZ_D65 = (lambda v: v, lambda v: v)

SPACES: dict[str, tuple[Callable[[Triple], Triple], Callable[[Triple], Triple]]] = {
    "srgb": _SRGB,
    "srgb-linear": _rgb_space(_SRGB_TO_XYZ, float, float),
    "display-p3": _rgb_space(_P3_TO_XYZ, _srgb_to_linear, _linear_to_srgb),
    "a98-rgb": _rgb_space(_A98_TO_XYZ, _a98_to_linear, _linear_to_a98),
    "prophoto-rgb": _rgb_space(_PROPHOTO_TO_XYZ_D50, _prophoto_to_linear, _linear_to_prophoto, d50=True),
    "rec2020": _rgb_space(_REC2020_TO_XYZ, _rec2020_to_linear, _linear_to_rec2020),
    "xyz": _XYZ_D65,
    "xyz-d65": _XYZ_D65,
    "xyz-d50": (lambda v: _mul(_D50_TO_D65, v), lambda v: _mul(_D65_TO_D50, v)),
    "lab": (_lab_to_xyz, _xyz_to_lab),
    "lch": (_polar(_lab_to_xyz), _cartesian(_xyz_to_lab)),
    "oklab": (_oklab_to_xyz, _xyz_to_oklab),
    "oklch": (_polar(_oklab_to_xyz), _cartesian(_xyz_to_oklab)),
    "hsl": (lambda v: _SRGB[0](srgb_from_hsl(v)), lambda v: _hsl_from_srgb(_SRGB[1](v))),
    "hwb": (lambda v: _SRGB[0](srgb_from_hwb(v)), lambda v: _hwb_from_srgb(_SRGB[1](v))),
}
"""Space name -> (to XYZ D65, from XYZ D65)."""

HUE_INDEX = {"lch": 2, "oklch": 2, "hsl": 0, "hwb": 0}
"""Polar spaces and the position of their hue component (interpolated as an angle)."""


def to_xyz(space: str, components: Triple) -> Triple:
    return SPACES[space][0](components)


def from_xyz(space: str, xyz: Triple) -> Triple:
    return SPACES[space][1](xyz)


def xyz_to_srgb_bytes(xyz: Triple) -> tuple[int, int, int]:
    """XYZ D65 -> sRGB bytes, each channel clipped to the gamut and rounded to nearest."""
    # rounded to 6 decimals first: the round trip through XYZ leaves 127.4999999 where 127.5 is meant
    return tuple(max(0, min(255, math.floor(round(c * 255, 6) + 0.5))) for c in _SRGB[1](xyz))  # type: ignore[return-value]


def srgb_bytes_to_xyz(r: int, g: int, b: int) -> Triple:
    return _SRGB[0]((r / 255, g / 255, b / 255))


__all__ = ["HUE_INDEX", "SPACES", "Triple", "from_xyz", "srgb_bytes_to_xyz", "srgb_from_hsl", "srgb_from_hwb",
           "to_xyz", "xyz_to_srgb_bytes"]
