"""SVG attribute values as usvg reads them: lengths, numbers, opacities, number lists, lenient
transform lists (paint servers, clip paths), the viewBox and its mapping to the viewport (preserveAspectRatio).

Input: attribute text. Output: floats, :class:`~pureog.geometry.Affine`. Lengths are in user units
(96 dpi); a percentage is of the ``basis`` given (the viewport's width, height or normalized diagonal,
or 1 for objectBoundingBox units). Lengths, opacities and stop offsets follow svgtypes 0.10's
``Length::from_str`` to the letter, because resvg drops an attribute it cannot read whole (the default
applies): a unit is one of ``% em ex px in cm mm pt pc`` in lower case, nothing may follow it (no
trailing space: ``cx="5 "`` is the default), and an ``e`` after the digits must start an exponent, ``em``
or ``ex`` (``1e`` is no number). Imports only :mod:`pureog.geometry`.
"""

from __future__ import annotations

import math
import re

from pureog.geometry import IDENTITY, Affine, Rect, round_half_away

NUM = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
URL = re.compile(r"[ \t\n\r]*url\([ \t\n\r]*#([^ )]+)[ \t\n\r]*\)[ \t\n\r]*(.*)", re.S)
"""svgtypes 0.10's ``FuncIRI`` (and the fallback after it): ``url(``, spaces, ``#``, the id up to a space or
``)``; no quotes (``url('#a')`` is no link: an unreadable paint or no clip, mask or marker)."""
_SPACE = " \t\n\r"
_LENGTH_UNITS = ("%", "em", "ex", "px", "in", "cm", "mm", "pt", "pc")
_TRANSFORM = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")
_UNITS = {"px": 1.0, "pt": 4.0 / 3.0, "pc": 16.0, "in": 96.0, "cm": 96.0 / 2.54, "mm": 96.0 / 25.4}
_ALIGNS = frozenset({"none", "xMinYMin", "xMidYMin", "xMaxYMin", "xMinYMid", "xMidYMid", "xMaxYMid", "xMinYMax",
                     "xMidYMax", "xMaxYMax"})


def parse_transform(text: str | None) -> Affine:
    """A transform list read leniently (unknown items skipped), as gradients and clip paths use it."""
    m = IDENTITY
    if not text:
        return m
    for name, args in _TRANSFORM.findall(text):
        v = [float(x) for x in NUM.findall(args)]
        if not all(map(math.isfinite, v)):
            continue  # hostile input: numbers past float range are ignored, never rotated by
        if name == "matrix" and len(v) == 6:
            t = Affine(*v)
        elif name == "translate" and v:
            t = Affine.translate(v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale" and v:
            t = Affine.scale(v[0], v[1] if len(v) > 1 else v[0])
        elif name == "rotate" and v:
            t = Affine.rotate(math.radians(v[0]))
            if len(v) == 3:
                t = Affine.translate(v[1], v[2]) @ t @ Affine.translate(-v[1], -v[2])
        elif name == "skewX" and v:
            t = Affine.skew(math.radians(v[0]), 0.0)
        elif name == "skewY" and v:
            t = Affine.skew(0.0, math.radians(v[0]))
        else:
            continue
        m = m @ t
    return m


USVG_FONT_SIZE = 12.0
"""usvg's default font size: ``em``/``ex`` in a standalone SVG (Satori's data URI carries no CSS font
size, and a ``font-size`` attribute is rare) are multiples of it."""


def _digits(text: str, pos: int) -> int:
    while pos < len(text) and "0" <= text[pos] <= "9":
        pos += 1
    return pos


def scan_number(text: str, pos: int = 0) -> tuple[float, int] | None:
    """svgtypes' ``parse_number`` from ``pos`` (leading spaces skipped): (value, end), or None."""
    n = len(text)
    while pos < n and text[pos] in _SPACE:
        pos += 1
    start = pos
    if pos < n and text[pos] in "+-":
        pos += 1
    if pos >= n or not ("0" <= text[pos] <= "9" or text[pos] == "."):
        return None
    pos = _digits(text, pos)
    if pos < n and text[pos] == ".":
        pos = _digits(text, pos + 1)
    if pos < n and text[pos] in "eE":
        if pos + 1 >= n:
            return None  # svgtypes peeks past the ``e`` for ``em``/``ex`` and fails at the end
        if text[pos + 1] not in "mx":
            pos += 1
            if text[pos] in "+-":
                pos = _digits(text, pos + 1)
            elif "0" <= text[pos] <= "9":
                pos = _digits(text, pos)
            else:
                return None
    try:
        value = float(text[start:pos])  # the slice is a Rust float or neither reads it ("5e+", ".")
    except ValueError:
        return None
    return (value, pos) if math.isfinite(value) else None  # hostile input: past float range is invalid


def _scan_length(text: str, pos: int) -> tuple[float, str, int] | None:
    """svgtypes' ``parse_length``: a number and the unit its text starts with ("" for none)."""
    scanned = scan_number(text, pos)
    if scanned is None:
        return None
    value, pos = scanned
    for unit in _LENGTH_UNITS:
        if text.startswith(unit, pos):
            return value, unit, pos + len(unit)
    return value, "", pos


_WHOLE_LENGTH = re.compile(r"[ \t\n\r]*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]*)(?:[eE][+-]?[0-9]*)?)"
                           r"(%|em|ex|px|in|cm|mm|pt|pc)?")
""":func:`scan_number` and a unit as one pattern (lengths are read often): the regex backtracks out of an
``e`` that starts ``em``/``ex``; a text Rust's float parser refuses (``5e``, ``.``) fails ``float`` too."""


def svg_length(text: str) -> tuple[float, str] | None:
    """svgtypes' ``Length::from_str``: the whole text one length (leading spaces only), else None."""
    m = _WHOLE_LENGTH.fullmatch(text)
    if m is None:
        return None
    try:
        value = float(m.group(1))
    except ValueError:
        return None
    return (value, m.group(2) or "") if math.isfinite(value) else None


def length_list(text: str) -> list[tuple[float, str]]:
    """svgtypes' ``LengthListParser`` as usvg flattens it: the lengths before the first unreadable one
    (separated by spaces and/or one comma; ``5PX 3`` is ``[5]``)."""
    out: list[tuple[float, str]] = []
    pos = 0
    while pos < len(text):
        scanned = _scan_length(text, pos)
        if scanned is None:
            break
        value, unit, pos = scanned
        out.append((value, unit))
        while pos < len(text) and text[pos] in _SPACE:
            pos += 1
        if pos < len(text) and text[pos] == ",":
            pos += 1
    return out


def view_box(text: str | None) -> tuple[float, float, float, float] | None:
    """svgtypes' ``ViewBox::from_str``: four numbers, each followed by spaces and at most one comma, or
    None. Text after the fourth number is not looked at, so ``0 0 24 24px`` is ``0 0 24 24``, while a unit
    on an earlier number (``0 0 24px 24``) leaves the next one unreadable. The caller checks the area
    (svgtypes refuses a width or height <= 0; usvg then treats the attribute as absent)."""
    if text is None:
        return None
    values: list[float] = []
    pos = 0
    for _ in range(4):
        scanned = scan_number(text, pos)
        if scanned is None:
            return None
        value, pos = scanned
        values.append(value)
        while pos < len(text) and text[pos] in _SPACE:
            pos += 1
        if pos < len(text) and text[pos] == ",":
            pos += 1
    return (values[0], values[1], values[2], values[3])


def user_units(value: float, unit: str, basis: float = 100.0, font_size: float = USVG_FONT_SIZE) -> float:
    """A length in user units; percentages of ``basis``."""
    if not unit:
        return value
    if unit == "%":
        return value * basis / 100.0
    if unit == "em":
        return value * font_size
    if unit == "ex":
        return value * font_size / 2.0
    return value * _UNITS[unit]


def length(text: str | None, default: float, basis: float = 100.0, font_size: float = USVG_FONT_SIZE) -> float:
    """An SVG length in user units; percentages of ``basis``; ``default`` when absent or unreadable."""
    parsed = None if text is None else svg_length(text)
    return default if parsed is None else user_units(parsed[0], parsed[1], basis, font_size)


def number(text: str | None, default: float) -> float:
    if text is None:
        return default
    m = NUM.match(text.strip())
    value = float(m.group(0)) if m else default
    return value if math.isfinite(value) else default  # hostile input: past float range is invalid


def strict_number(text: str | None) -> float | None:
    """A whole attribute that is exactly one number (svgtypes' ``f64`` attribute parse), else None."""
    if text is None:
        return None
    t = text.strip()
    m = NUM.fullmatch(t)
    if m is None:
        return None
    value = float(t)
    return value if math.isfinite(value) else None


def number_list(text: str | None, *, strict: bool = False) -> list[float] | None:
    """A list of numbers separated by spaces and/or commas (svgtypes' NumberListParser, which stops at the
    first error), or None when absent. ``strict``: usvg's ``Vec<f64>`` attribute parse instead, where one
    bad item makes the whole attribute absent (None)."""
    if text is None:
        return None
    out: list[float] = []
    for part in re.split(r"[\s,]+", text.strip()):
        if not part:
            continue
        if NUM.fullmatch(part) is None:
            if strict:
                return None
            break
        value = float(part)
        if not strict and not math.isfinite(value):
            break
        out.append(value)
    return out


def opacity(text: str | None) -> float:
    """usvg's ``Opacity``: a number or a percentage (a length of another unit, or none, is 1), clamped."""
    parsed = None if text is None else svg_length(text)
    if parsed is None or parsed[1] not in ("", "%"):
        return 1.0
    value = parsed[0] / (100.0 if parsed[1] == "%" else 1.0)
    return min(1.0, max(0.0, value))


def parse_aspect(aspect: str | None) -> tuple[str, bool]:
    """preserveAspectRatio -> (align, slice); anything unparsable is the default ``xMidYMid meet``."""
    words = (aspect or "").split()
    if words and words[0] == "defer":
        words = words[1:]
    if not words:
        return "xMidYMid", False
    if words[0] not in _ALIGNS or len(words) > 2 or (len(words) == 2 and words[1] not in ("meet", "slice")):
        return "xMidYMid", False
    return words[0], len(words) == 2 and words[1] == "slice"


def aligned_offset(align: str, free_x: float, free_y: float) -> tuple[float, float]:
    """usvg's ``aligned_pos``: how much of the free space goes before the content on each axis."""
    tx = free_x / 2 if "xMid" in align else (free_x if "xMax" in align else 0.0)
    ty = free_y / 2 if "YMid" in align else (free_y if "YMax" in align else 0.0)
    return tx, ty


def screen_fit(view: Rect, screen_w: int, screen_h: int, aspect: str | None) -> Rect:
    """Where resvg 0.29 stretches an SVG picture drawn at its whole-pixel size ``screen_w`` x ``screen_h``
    for an ``<image>`` box ``view`` (``view_box_to_transform_with_clip``): the box's size is rounded to
    whole units too (``to_screen_size``: half away from zero, at least 1), in its user space, and the
    picture is fitted into that in integers (``ScreenSize::scale_to`` / ``expand_to`` round up); only
    the alignment uses the exact box. So Satori's ``preserveAspectRatio="none"`` image 74 x 29.75 draws
    74 x 30 from its corner, and an emoji's meet fit into 40 x 52.5 draws 40 x 40 at y + 6.25."""
    align, slice_ = parse_aspect(aspect)
    if not (math.isfinite(view.width) and math.isfinite(view.height)):
        return view
    vw, vh = max(1, round_half_away(view.width)), max(1, round_half_away(view.height))
    if align == "none":
        w, h = vw, vh
    else:
        rw = math.ceil(vh * screen_w / screen_h)
        if not (rw <= vw if slice_ else rw >= vw):
            w, h = rw, vh
        else:
            w, h = vw, math.ceil(vw * screen_h / screen_w)
    dx, dy = aligned_offset(align, view.width - w, view.height - h)
    return Rect(view.x + dx, view.y + dy, float(w), float(h))


def view_box_transform(view_box: tuple[float, float, float, float], aspect: str | None, width: float,
                       height: float) -> Affine:
    """SVG's viewBox -> viewport mapping with preserveAspectRatio."""
    vx, vy, vw, vh = view_box
    sx, sy = width / vw, height / vh
    align, slice_ = parse_aspect(aspect)
    if align == "none":
        return Affine(sx, 0.0, 0.0, sy, -vx * sx, -vy * sy)
    s = max(sx, sy) if slice_ else min(sx, sy)
    tx, ty = aligned_offset(align, width - vw * s, height - vh * s)
    return Affine(s, 0.0, 0.0, s, tx - vx * s, ty - vy * s)
