"""CSS colour parsing: every syntax Satori's ``parse-css-color`` + resvg accept, to :class:`Color`.

Input: one colour value (``str``) and the element's currentColor. Output: :class:`pureog.color.Color`
(r, g, b ints 0..255, straight alpha float 0..1). Accepted: ``#rgb``, ``#rgba``, ``#rrggbb``,
``#rrggbbaa``; ``rgb()``/``rgba()``/``hsl()``/``hsla()`` in comma and space syntax with ``/ alpha``,
percentages and angle units; the 148 CSS named colours; ``transparent``; ``currentColor``.
Rounding follows resvg (svgtypes): channels and percentages round to the nearest integer (half up);
a number alpha in the legacy syntax is truncated to a byte, as svgtypes reads it.
CSS Color 4/5's ``hwb()``, ``lab()``, ``lch()``, ``oklab()``, ``oklch()``, ``color()`` and
``color-mix()`` (which Next paints black: resvg reads none of them) are converted as CSS says
(:mod:`pureog.style.color_spaces`), clipped to sRGB as Chrome draws them.
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pureog import caches
from pureog.color import Color
from pureog.errors import StyleError
from pureog.f32 import f32
from pureog.style.parse import Token, split_commas, tokenize

if TYPE_CHECKING:
    from pureog.style.color_spaces import Triple

NAMED_COLORS: dict[str, int] = {
    "aliceblue": 0xf0f8ff, "antiquewhite": 0xfaebd7, "aqua": 0x00ffff, "aquamarine": 0x7fffd4,
    "azure": 0xf0ffff, "beige": 0xf5f5dc, "bisque": 0xffe4c4, "black": 0x000000,
    "blanchedalmond": 0xffebcd, "blue": 0x0000ff, "blueviolet": 0x8a2be2, "brown": 0xa52a2a,
    "burlywood": 0xdeb887, "cadetblue": 0x5f9ea0, "chartreuse": 0x7fff00, "chocolate": 0xd2691e,
    "coral": 0xff7f50, "cornflowerblue": 0x6495ed, "cornsilk": 0xfff8dc, "crimson": 0xdc143c,
    "darkblue": 0x00008b, "darkcyan": 0x008b8b, "darkgoldenrod": 0xb8860b, "darkgray": 0xa9a9a9,
    "darkgreen": 0x006400, "darkgrey": 0xa9a9a9, "darkkhaki": 0xbdb76b, "darkmagenta": 0x8b008b,
    "darkolivegreen": 0x556b2f, "darkorange": 0xff8c00, "darkorchid": 0x9932cc, "darkred": 0x8b0000,
    "darksalmon": 0xe9967a, "darkseagreen": 0x8fbc8f, "darkslateblue": 0x483d8b, "darkslategray": 0x2f4f4f,
    "darkslategrey": 0x2f4f4f, "darkturquoise": 0x00ced1, "darkviolet": 0x9400d3, "deeppink": 0xff1493,
    "deepskyblue": 0x00bfff, "dimgray": 0x696969, "dimgrey": 0x696969, "dodgerblue": 0x1e90ff,
    "firebrick": 0xb22222, "floralwhite": 0xfffaf0, "forestgreen": 0x228b22, "fuchsia": 0xff00ff,
    "gainsboro": 0xdcdcdc, "ghostwhite": 0xf8f8ff, "gold": 0xffd700, "goldenrod": 0xdaa520,
    "gray": 0x808080, "green": 0x008000, "greenyellow": 0xadff2f, "grey": 0x808080, "honeydew": 0xf0fff0,
    "hotpink": 0xff69b4, "indianred": 0xcd5c5c, "indigo": 0x4b0082, "ivory": 0xfffff0, "khaki": 0xf0e68c,
    "lavender": 0xe6e6fa, "lavenderblush": 0xfff0f5, "lawngreen": 0x7cfc00, "lemonchiffon": 0xfffacd,
    "lightblue": 0xadd8e6, "lightcoral": 0xf08080, "lightcyan": 0xe0ffff, "lightgoldenrodyellow": 0xfafad2,
    "lightgray": 0xd3d3d3, "lightgreen": 0x90ee90, "lightgrey": 0xd3d3d3, "lightpink": 0xffb6c1,
    "lightsalmon": 0xffa07a, "lightseagreen": 0x20b2aa, "lightskyblue": 0x87cefa,
    "lightslategray": 0x778899, "lightslategrey": 0x778899, "lightsteelblue": 0xb0c4de,
    "lightyellow": 0xffffe0, "lime": 0x00ff00, "limegreen": 0x32cd32, "linen": 0xfaf0e6,
    "maroon": 0x800000, "mediumaquamarine": 0x66cdaa, "mediumblue": 0x0000cd, "mediumorchid": 0xba55d3,
    "mediumpurple": 0x9370db, "mediumseagreen": 0x3cb371, "mediumslateblue": 0x7b68ee,
    "mediumspringgreen": 0x00fa9a, "mediumturquoise": 0x48d1cc, "mediumvioletred": 0xc71585,
    "midnightblue": 0x191970, "mintcream": 0xf5fffa, "mistyrose": 0xffe4e1, "moccasin": 0xffe4b5,
    "navajowhite": 0xffdead, "navy": 0x000080, "oldlace": 0xfdf5e6, "olive": 0x808000,
    "olivedrab": 0x6b8e23, "orange": 0xffa500, "orangered": 0xff4500, "orchid": 0xda70d6,
    "palegoldenrod": 0xeee8aa, "palegreen": 0x98fb98, "paleturquoise": 0xafeeee, "palevioletred": 0xdb7093,
    "papayawhip": 0xffefd5, "peachpuff": 0xffdab9, "peru": 0xcd853f, "pink": 0xffc0cb, "plum": 0xdda0dd,
    "powderblue": 0xb0e0e6, "purple": 0x800080, "rebeccapurple": 0x663399, "red": 0xff0000,
    "rosybrown": 0xbc8f8f, "royalblue": 0x4169e1, "saddlebrown": 0x8b4513, "salmon": 0xfa8072,
    "sandybrown": 0xf4a460, "seagreen": 0x2e8b57, "seashell": 0xfff5ee, "sienna": 0xa0522d,
    "silver": 0xc0c0c0, "skyblue": 0x87ceeb, "slateblue": 0x6a5acd, "slategray": 0x708090,
    "slategrey": 0x708090, "snow": 0xfffafa, "springgreen": 0x00ff7f, "steelblue": 0x4682b4,
    "tan": 0xd2b48c, "teal": 0x008080, "thistle": 0xd8bfd8, "tomato": 0xff6347, "turquoise": 0x40e0d0,
    "violet": 0xee82ee, "wheat": 0xf5deb3, "white": 0xffffff, "whitesmoke": 0xf5f5f5, "yellow": 0xffff00,
    "yellowgreen": 0x9acd32,
    "cyan": 0x00ffff, "magenta": 0xff00ff,
}
"""CSS Color 4 named colours (``transparent`` and ``currentColor`` are handled separately)."""

_TRANSPARENT = Color(0, 0, 0, 0.0)


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def _clamp_byte(x: float) -> int:
    return max(0, min(255, _round_half_up(x)))


class UnreadColor(StyleError):
    """A colour function the reference's style parsers accept as a colour (css-to-react-native's
    ``gray()``) that is no CSS colour: the declaration never throws, it paints as the property's
    invalid-colour rule says (black fill, no stroke)."""


_UNREAD_FUNCTIONS = frozenset({"gray"})
_CSS4_FUNCTIONS = frozenset({"hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix"})


def is_unread_color_function(tok: Token) -> bool:
    """A colour function shorthands accept as a colour (``border: 1px solid gray(50)``) that paints nothing."""
    return tok.kind == "function" and tok.name.lower() in _UNREAD_FUNCTIONS


def _bad(text: str) -> StyleError:
    return StyleError(f"expected a colour, got {text!r}")


# Parsed colours by (text, current colour): an SVG icon or emoji repeats its fill colours on every
# render (an emoji title parses ~300 a render). Only colours are kept (an error is raised again each
# time); cleared when full.
_PARSED: dict[tuple[str, Color], Color] = {}
_PARSED_LIMIT = 4096
_KEPT_TEXT = 256  # a colour written in more characters (blanks, digits) is not kept: 4,096 of them kept
# up to a document's 4,000,000 characters each (round nineteen: 60 renders of a distinct 200,000-character
# `rgb(...)` kept 12 MB, 4,096 would keep GBs)


def parse_color(text: str, current_color: Color) -> Color:
    """Parse one CSS colour. Raises :class:`StyleError` (no path) when ``text`` is not a colour."""
    key = (text, current_color)
    found = _PARSED.get(key)
    if found is not None:
        return found
    tokens = tokenize(text.strip())
    if len(tokens) != 1:
        raise _bad(text)
    color = color_from_token(tokens[0], current_color, text)
    if len(text) > _KEPT_TEXT:
        return color
    if len(_PARSED) >= _PARSED_LIMIT:
        _PARSED.clear()
    _PARSED[key] = color
    return color


def is_color_token(tok: Token) -> bool:
    """Cheap test used by shorthands (``border: 1px red``) to tell colours from other components."""
    if tok.kind == "hash":
        return True
    if tok.kind == "ident":
        word = tok.text.lower()
        return word in NAMED_COLORS or word in ("transparent", "currentcolor")
    return tok.kind == "function" and (tok.name in ("rgb", "rgba", "hsl", "hsla")
                                       or tok.name.lower() in _CSS4_FUNCTIONS)


def color_from_token(tok: Token, current_color: Color, text: str | None = None) -> Color:
    shown = text if text is not None else tok.text
    if tok.kind == "hash":
        return _hex(tok.text[1:], shown)
    if tok.kind == "ident":
        word = tok.text.lower()
        if word == "transparent":
            return _TRANSPARENT
        if word == "currentcolor":
            return current_color
        rgb = NAMED_COLORS.get(word)
        if rgb is None:
            raise _bad(shown)
        return Color(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF, 1.0)
    if tok.kind == "function":
        if tok.name in ("rgb", "rgba"):
            return _rgb(tok.args, shown)
        if tok.name in ("hsl", "hsla"):
            return _hsl(tok.args, shown)
        name = tok.name.lower()
        if name in _CSS4_FUNCTIONS:
            return _css4_color(name, tok.args, current_color, shown)
        if name in _UNREAD_FUNCTIONS:
            raise UnreadColor(f"colour function {tok.name}() is not a CSS colour, got {shown!r}")
    raise _bad(shown)


def _hex(digits: str, shown: str) -> Color:
    if len(digits) in (5, 7) and all(c in "0123456789abcdefABCDEF" for c in digits):
        # css-gradient-parser takes either for a colour, and css-to-react-native's shorthands a 7-digit one
        # (they throw on a 5-digit one: style/shorthands.py refuses it there), which resvg cannot read:
        # Next draws no border stroke and a black stop (the property's invalid rule)
        raise UnreadColor(f"expected a hex colour with 3, 4, 6 or 8 digits, got {shown!r}")
    if len(digits) not in (3, 4, 6, 8) or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise StyleError(f"expected a hex colour with 3, 4, 6 or 8 digits, got {shown!r}")
    if len(digits) <= 4:
        digits = "".join(c + c for c in digits)
    r, g, b = int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    a = int(digits[6:8], 16) / 255.0 if len(digits) == 8 else 1.0
    return Color(r, g, b, a)


def _components(args: tuple[Token, ...], shown: str) -> tuple[list[Token], Token | None]:
    """Split function arguments into 3 components + optional alpha (comma or space/slash syntax)."""
    if any(t.kind == "comma" for t in args):
        groups = _without_trailing_comma(split_commas(args))
        if len(groups) not in (3, 4) or any(len(g) != 1 for g in groups):
            raise _bad(shown)
        parts = [g[0] for g in groups]
        return parts[:3], (parts[3] if len(parts) == 4 else None)
    alpha: Token | None = None
    main = list(args)
    if any(t.kind == "slash" for t in args):
        idx = next(i for i, t in enumerate(args) if t.kind == "slash")
        if idx != len(args) - 2:
            raise _bad(shown)
        alpha = args[-1]
        main = list(args[:idx])
    if len(main) == 4 and alpha is None:
        # svgtypes (resvg) reads any number after the third as the alpha, slash or not: Next draws
        # rgba(255 0 0 0.5) half red
        return main[:3], main[3]
    if len(main) != 3:
        raise _bad(shown)
    return main, alpha


def _without_trailing_comma(groups: list[tuple[Token, ...]]) -> list[tuple[Token, ...]]:
    """svgtypes (resvg) reads each number with its list separator (spaces and one comma), then ``)``:
    a comma after the last component is no error, and Next draws ``rgb(255,0,0,)`` red."""
    return groups[:-1] if len(groups) in (4, 5) and not groups[-1] else groups


def _alpha(tok: Token | None, shown: str, resvg: bool = False) -> float:
    """The alpha component as a 0..1 fraction. ``resvg``: the colour reaches resvg as written (the
    legacy syntax: commas, or a fourth number without ``/``), whose svgtypes reads a number alpha as
    ``(a * 255) as u8``, truncated: ``rgba(0, 0, 255, 0.5)`` paints with alpha 127 in Next, not 128,
    which a filter's 8-bit linear-RGB round trip turns into whole channels (a box-shadow flood's small
    green of 7 is 0 at 127, 1 at 128, which comes back as 22)."""
    if tok is None:
        return 1.0
    if tok.kind == "number":
        value = max(0.0, min(1.0, tok.value))
        return int(value * 255.0) / 255.0 if resvg else value
    if tok.kind == "percent":
        return max(0.0, min(1.0, tok.value / 100.0))
    raise _bad(shown)


def _read_by_resvg(args: tuple[Token, ...]) -> bool:
    """Whether Next's resvg reads the function's alpha (the slash syntax paints black there)."""
    return not any(t.kind == "slash" for t in args)


def _rgb(args: tuple[Token, ...], shown: str) -> Color:
    parts, alpha = _components(args, shown)
    channels: list[int] = []
    for tok in parts:
        if tok.kind == "number":
            channels.append(_clamp_byte(tok.value))
        elif tok.kind == "percent":
            channels.append(_clamp_byte(tok.value * 2.55))
        else:
            raise _bad(shown)
    return Color(channels[0], channels[1], channels[2], _alpha(alpha, shown, _read_by_resvg(args)))


_ANGLE_TO_DEG = {"deg": 1.0, "grad": 0.9, "rad": 180.0 / math.pi, "turn": 360.0}


def _hsl(args: tuple[Token, ...], shown: str) -> Color:
    parts, alpha = _components(args, shown)
    hue_tok, sat_tok, light_tok = parts
    if hue_tok.kind == "number":
        hue = hue_tok.value
    elif hue_tok.kind == "dimension" and hue_tok.unit in _ANGLE_TO_DEG:
        hue = hue_tok.value * _ANGLE_TO_DEG[hue_tok.unit]
    else:
        raise _bad(shown)
    # The legacy comma syntax with a plain or deg hue reaches resvg (Satori rewrites it); the other
    # spellings paint black in Next (spec/differences.md), so they are converted as a browser does.
    legacy = any(t.kind == "comma" for t in args) and (hue_tok.kind == "number" or hue_tok.unit == "deg")
    fractions: list[float] = []
    for tok in (sat_tok, light_tok):
        if tok.kind not in ("percent", "number"):
            raise _bad(shown)
        if legacy and tok.kind == "number":
            # svgtypes reads a saturation or lightness without % as a fraction, clamped to 0..1:
            # Next draws hsl(120,100,50) white and hsl(120,1,0.25) dark green
            fractions.append(max(0.0, min(1.0, tok.value)))
        else:
            fractions.append(max(0.0, min(100.0, tok.value)) / 100.0)
    r, g, b = hsl_to_rgb(hue, fractions[0], fractions[1], resvg=legacy)
    return Color(r, g, b, _alpha(alpha, shown, legacy))


def hsl_to_rgb(hue_deg: float, saturation: float, lightness: float, resvg: bool = False) -> tuple[int, int, int]:
    """CSS Color 4 HSL -> sRGB bytes, rounded to nearest as a browser does; ``resvg``: as resvg
    computes them from the legacy comma syntax Satori hands it (svgtypes: f32 maths, each channel
    truncated by ``(c * 255.0) as u8``)."""
    num = f32 if resvg else float
    hue = num(num(hue_deg % 360.0) / 60.0)
    saturation, lightness = num(saturation), num(lightness)
    if lightness <= 0.5:
        t2 = num(lightness * num(saturation + 1.0))
    else:
        t2 = num(num(lightness + saturation) - num(lightness * saturation))
    t1 = num(num(lightness * 2.0) - t2)

    def channel(h: float) -> float:
        h = num(h)
        if h < 0:
            h = num(h + 6.0)
        if h >= 6.0:
            h = num(h - 6.0)
        if h < 1.0:
            return num(num(num(t2 - t1) * h) + t1)
        if h < 3.0:
            return t2
        if h < 4.0:
            return num(num(num(t2 - t1) * num(4.0 - h)) + t1)
        return t1

    channels = (channel(hue + 2.0), channel(hue), channel(hue - 2.0))
    if resvg:
        return tuple(max(0, min(255, int(f32(c * 255.0)))) for c in channels)  # type: ignore[return-value]
    return tuple(_clamp_byte(c * 255.0) for c in channels)  # type: ignore[return-value]


# --------------------------------------------------------------------------- CSS Color 4 and 5

# The percentage reference of each component (CSS Color 4: 100% of a Lab a/b axis is 125, ...).
_PERCENT_OF: dict[str, Triple] = {
    "lab": (100.0, 125.0, 125.0), "lch": (100.0, 150.0, 1.0), "oklab": (1.0, 0.4, 0.4),
    "oklch": (1.0, 0.4, 1.0), "hwb": (1.0, 100.0, 100.0),
}
_COLOR_SPACES = ("srgb", "srgb-linear", "display-p3", "a98-rgb", "prophoto-rgb", "rec2020", "xyz", "xyz-d50",
                 "xyz-d65")
_HUE_METHODS = ("shorter", "longer", "increasing", "decreasing")


def _modern_components(args: tuple[Token, ...], shown: str) -> tuple[list[Token], Token | None]:
    """``c1 c2 c3 [/ alpha]``: the modern functions have no comma syntax (Chrome refuses it)."""
    if any(t.kind == "comma" for t in args):
        raise _bad(shown)
    return _components(args, shown)


def _component(tok: Token, percent_of: float, shown: str, hue: bool = False) -> float:
    if tok.kind == "ident" and tok.text.lower() == "none":
        return 0.0
    if tok.kind == "number":
        return tok.value
    if tok.kind == "percent" and not hue:
        return tok.value / 100.0 * percent_of
    if hue and tok.kind == "dimension" and tok.unit in _ANGLE_TO_DEG:
        return tok.value * _ANGLE_TO_DEG[tok.unit]
    raise _bad(shown)


def _css4_color(name: str, args: tuple[Token, ...], current_color: Color, shown: str) -> Color:
    # CSS Color 4's spaces load on use: a card's colours are names, hex, rgb() and hsl()
    from pureog.style.color_spaces import HUE_INDEX, to_xyz, xyz_to_srgb_bytes  # noqa: PLC0415

    if name == "color-mix":
        return _color_mix(args, current_color, shown)
    if name == "color":
        if not args or args[0].kind != "ident" or args[0].text.lower() not in _COLOR_SPACES:
            raise _bad(shown)
        space = args[0].text.lower()
        parts, alpha = _modern_components(args[1:], shown)
        values = tuple(_component(t, 1.0, shown) for t in parts)
    else:
        space = name
        parts, alpha = _modern_components(args, shown)
        hue_at = HUE_INDEX.get(space, -1)
        scale = _PERCENT_OF[space]
        values = tuple(_component(t, scale[i], shown, hue=i == hue_at) for i, t in enumerate(parts))
        if space in ("lab", "lch"):
            values = (max(0.0, min(100.0, values[0])), *values[1:])
        elif space in ("oklab", "oklch"):
            values = (max(0.0, min(1.0, values[0])), *values[1:])
    r, g, b = xyz_to_srgb_bytes(to_xyz(space, values))  # type: ignore[arg-type]
    return Color(r, g, b, _alpha(alpha, shown))


def _mix_operand(group: tuple[Token, ...], current_color: Color, shown: str) -> tuple[Color, float | None]:
    """``<color> [<percentage>]`` in either order."""
    colors = [t for t in group if t.kind != "percent"]
    percents = [t for t in group if t.kind == "percent"]
    if len(colors) != 1 or len(percents) > 1:
        raise _bad(shown)
    color = color_from_token(colors[0], current_color)
    if not percents:
        return color, None
    value = percents[0].value
    if not 0.0 <= value <= 100.0:
        raise _bad(shown)
    return color, value / 100.0


def _powerless_hue(space: str, values: Triple) -> bool:
    """No chroma (lch, oklch), no saturation (hsl), or all white and black (hwb): the hue means nothing."""
    if space == "hwb":
        return values[1] + values[2] >= 100.0 - 1e-6
    return values[1] <= 1e-6


def _mix_hues(h1: float, h2: float, p1: float, method: str) -> float:
    delta = h2 - h1
    if method == "shorter":
        if delta > 180:
            h1 += 360
        elif delta < -180:
            h2 += 360
    elif method == "longer":
        if 0 < delta < 180:
            h1 += 360
        elif -180 < delta <= 0:
            h2 += 360
    elif method == "increasing" and h2 < h1:
        h2 += 360
    elif method == "decreasing" and h1 < h2:
        h1 += 360
    return (h1 * p1 + h2 * (1 - p1)) % 360


def _color_mix(args: tuple[Token, ...], current_color: Color, shown: str) -> Color:
    """CSS Color 5 ``color-mix(in <space> [<hue> hue], <color> [p], <color> [p])``: the two colours in
    that space with premultiplied alpha, hues along the chosen arc; weights below 100% in sum scale
    the alpha."""
    from pureog.style.color_spaces import HUE_INDEX, SPACES, from_xyz, srgb_bytes_to_xyz, to_xyz, xyz_to_srgb_bytes  # noqa: PLC0415

    groups = split_commas(args)
    if len(groups) != 3:
        raise _bad(shown)
    words = [t.text.lower() if t.kind == "ident" else "" for t in groups[0]]
    if len(words) < 2 or words[0] != "in" or words[1] not in SPACES:
        raise _bad(shown)
    space = words[1]
    method = "shorter"
    if len(words) == 4 and words[3] == "hue" and words[2] in _HUE_METHODS and space in HUE_INDEX:
        method = words[2]
    elif len(words) != 2:
        raise _bad(shown)
    (c1, given1), (c2, given2) = (_mix_operand(g, current_color, shown) for g in groups[1:])
    p1 = given1 if given1 is not None else (1.0 - given2 if given2 is not None else 0.5)
    p2 = given2 if given2 is not None else 1.0 - p1
    total = p1 + p2
    if total <= 0.0:
        raise _bad(shown)
    w1 = p1 / total
    v1 = from_xyz(space, srgb_bytes_to_xyz(c1.r, c1.g, c1.b))
    v2 = from_xyz(space, srgb_bytes_to_xyz(c2.r, c2.g, c2.b))
    hue_at = HUE_INDEX.get(space, -1)
    if hue_at >= 0:  # a powerless hue takes the other colour's (CSS Color 4 "missing" components)
        if _powerless_hue(space, v1):
            v1 = (v1[0], v1[1], v2[2]) if hue_at == 2 else (v2[0], v1[1], v1[2])
        elif _powerless_hue(space, v2):
            v2 = (v2[0], v2[1], v1[2]) if hue_at == 2 else (v1[0], v2[1], v2[2])
    alpha = c1.a * w1 + c2.a * (1 - w1)
    mixed: list[float] = []
    for i in range(3):
        if i == hue_at:
            mixed.append(_mix_hues(v1[i], v2[i], w1, method))
        elif alpha > 0.0:
            mixed.append((v1[i] * c1.a * w1 + v2[i] * c2.a * (1 - w1)) / alpha)
        else:
            mixed.append(v1[i] * w1 + v2[i] * (1 - w1))
    r, g, b = xyz_to_srgb_bytes(to_xyz(space, (mixed[0], mixed[1], mixed[2])))
    return Color(r, g, b, max(0.0, min(1.0, alpha * min(1.0, total))))


caches.register("style.colors", _PARSED)
