"""One Tailwind class (prefixes already removed) -> its style, as Satori 0.29's twrnc parses it.

twrnc does not look classes up in a table: it walks the name with a cursor, trying utility prefixes
in a fixed order (``m``/``p`` sides, ``h-``, ``w-``, ``min-w-``, ..., ``text-``, ``bg-``, ``border``,
``rounded``, insets, ``flex-``, ``grow``, ``shrink``, shadows, ``opacity-``, ``tracking-``, ``z-``).
A prefix that matches but whose value does not parse leaves the cursor *after* it, and the next
prefixes are tried on the rest, so ``h-w-4`` is ``width: 16px``. That walk is reproduced as is,
because it decides which odd class names do something. The theme (scales and colours) is data in
:mod:`pureog.style.tailwind._theme`.

Input -> output: class text -> :data:`Ir` or None (unknown: twrnc warns and ignores it).
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from pureog.jsnum import js_number, parse_int
from pureog.style.tailwind import _theme as theme
from pureog.style.tailwind.colors import color_utility
from pureog.style.tailwind.ir import Complete, Dependent, Ir, Style
from pureog.style.tailwind.units import (
    Unit,
    Value,
    Viewport,
    parse_unit,
    scale_value,
    style_value,
    to_value,
)

_SCALES = theme.SCALES
_BORDER_COLORS = {**theme.COLORS, "DEFAULT": theme.BORDER_COLOR_DEFAULT}
_SIDE_NAMES = {"t": "Top", "tr": "TopRight", "tl": "TopLeft", "b": "Bottom", "br": "BottomRight",
               "bl": "BottomLeft", "l": "Left", "r": "Right", "x": "Horizontal", "y": "Vertical"}
_SIDE_PREFIX = re.compile(r"^-(t|b|r|l|tr|tl|br|bl)(-|$)")
_SPACING_SIDE = re.compile(r"^(t|b|r|l|x|y)?-")
_INSET_AXIS = re.compile(r"^(x|y)-")
UNKNOWN_SUFFIX = "unknown or invalid utility"
_DIGITS = re.compile(r"(-?(\d)+)?", re.ASCII)


def _complete(prop: str, value: Value | None) -> Complete | None:
    return None if value is None else Complete({prop: value})


class UtilityParser:
    """twrnc's ``ClassParser.parseUtility`` for one class: a cursor over the class text."""

    def __init__(self, text: str, viewport: Viewport, warnings: list[str]) -> None:
        self.text = text
        self.pos = 0
        self.negative = False
        self.viewport = viewport
        self.warnings = warnings

    @property
    def rest(self) -> str:
        return self.text[self.pos:]

    def consume(self, prefix: str) -> bool:
        if self.text.startswith(prefix, self.pos):
            self.pos += len(prefix)
            return True
        return False

    def parse(self) -> Ir | None:
        """The class's style IR, or None: an unknown class, logged in twrnc's words."""
        if self.text.startswith("-"):
            self.pos, self.negative = 1, True
        result = self._spacing() or self._chain()
        if result is None:
            self.warnings.append(f"`{self.rest}` {UNKNOWN_SUFFIX}")
        return result

    # ------------------------------------------------------------------ the prefix walk

    def _spacing(self) -> Ir | None:
        """``m-``/``p-`` with an optional side letter; a failure leaves the cursor past it, as in twrnc."""
        if self.rest[:1] not in ("m", "p"):
            return None
        side = _SPACING_SIDE.match(self.text[self.pos + 1:self.pos + 3])
        if side is None:
            return None
        prop = "margin" if self.rest[0] == "m" else "padding"
        self.pos += len(side.group(0)) + 1
        return self._sides(prop, _SIDE_NAMES.get(side.group(1) or "", "All"))

    def _chain(self) -> Ir | None:  # one branch per prefix, in twrnc's order
        if self.consume("h-") and (s := self._sized("height", _SCALES["height"])):
            return s
        if self.consume("w-") and (s := self._sized("width", _SCALES["width"])):
            return s
        for prefix, prop in (("min-w-", "minWidth"), ("min-h-", "minHeight"), ("max-w-", "maxWidth"),
                             ("max-h-", "maxHeight")):
            if self.consume(prefix) and (s := self._min_max(prop, _SCALES[prop])):
                return s
        if self.consume("leading-") and (s := self._line_height()):
            return s
        if self.consume("text-"):
            if s := self._font_size():
                return s
            if s := color_utility("text", self.rest, theme.COLORS, self.warnings):
                return s
            if self.consume("opacity-") and (s := self._opacity_of("text")):
                return s
        if self.consume("font-") and (s := self._font_family()):
            return s
        if self.consume("aspect-"):
            if self.consume("ratio-"):
                self.warnings.append("`aspect-ratio-{ratio}` is deprecated, use `aspect-{ratio}` instead")
            if s := _complete("aspectRatio", style_value(self.rest, fractions=True)):
                return s
        if self.consume("tint-") and (s := color_utility("tint", self.rest, theme.COLORS, self.warnings)):
            return s
        if self.consume("bg-"):
            if s := color_utility("bg", self.rest, theme.COLORS, self.warnings):
                return s
            if self.consume("opacity-") and (s := self._opacity_of("bg")):
                return s
        if self.consume("border"):
            if s := self._border():
                return s
            if self.consume("-opacity-") and (s := self._opacity_of("border")):
                return s
        if self.consume("rounded") and (s := self._radius()):
            return s
        for edge in ("bottom", "top", "left", "right", "inset"):
            if self.consume(edge + "-") and (s := self._inset(edge)):
                return s
        if self.consume("flex-"):
            if self.consume("grow"):
                s = self._grow_shrink("Grow")
            elif self.consume("shrink"):
                s = self._grow_shrink("Shrink")
            else:
                s = self._flex()
            if s:
                return s
        if self.consume("grow") and (s := self._grow_shrink("Grow")):
            return s
        if self.consume("shrink") and (s := self._grow_shrink("Shrink")):
            return s
        if self.consume("shadow-color-opacity-") and (s := self._opacity_of("shadow")):
            return s
        if self.consume("shadow-opacity-") and (s := self._int_percent("shadowOpacity")):
            return s
        if self.consume("shadow-offset-") and (s := self._shadow_offset()):
            return s
        if self.consume("shadow-radius-") and (s := _complete("shadowRadius", scale_value(self.rest))):
            return s
        if self.consume("shadow-") and (s := color_utility("shadow", self.rest, theme.COLORS, self.warnings)):
            return s
        if self.consume("elevation-"):
            level = parse_int(self.rest)
            if not math.isnan(level):
                return Complete({"elevation": level})
        if self.consume("opacity-") and (s := self._opacity()):
            return s
        if self.consume("tracking-") and (s := self._letter_spacing()):
            return s
        if self.consume("z-"):
            z = js_number(_SCALES["zIndex"].get(self.rest, self.rest))
            if not math.isnan(z):
                return Complete({"zIndex": z})
        return None

    # ------------------------------------------------------------------ one utility family each

    def _sides(self, prop: str, side: str) -> Ir | None:
        """``m-4``, ``px-[7px]``, ``-mt-2`` (twrnc's ``spacing``)."""
        rest = self.rest
        if rest.startswith("["):
            text = rest[1:-1]
        else:
            configured = _SCALES[prop].get(rest)
            if not configured:
                value = scale_value(rest)
                # an unconfigured number is px, but never negated, and 0 is no value (JavaScript truthiness)
                if isinstance(value, float) and value:
                    return _by_side(side, prop, value)
                return None
            text = configured
        if text == "auto":
            return _by_side(side, prop, "auto")
        parsed = parse_unit(text)
        if parsed is None:
            return None
        number, unit = parsed
        if self.negative:
            number = -number
        value = to_value(number, unit, warn=self.warnings)
        return None if value is None else _by_side(side, prop, value)

    def _sized(self, prop: str, scale: Mapping[str, str]) -> Ir | None:
        """``w-4``, ``h-full``, ``w-[123px]`` (twrnc's ``widthHeight``)."""
        negative, viewport = self.negative, self.viewport
        configured = scale.get(self.rest)
        if configured is not None:
            return _complete(prop, style_value(configured, negative=negative, viewport=viewport))
        return _complete(prop, scale_value(self.rest, negative=negative, viewport=viewport))

    def _min_max(self, prop: str, scale: Mapping[str, str]) -> Ir | None:
        """``min-w-0``, ``max-w-md``, ``max-h-screen`` (twrnc's ``minMaxWidthHeight``)."""
        value = style_value(scale.get(self.rest), negative=self.negative, viewport=self.viewport)
        if value:
            return Complete({prop: value})
        rest = self.rest
        if rest == "screen":
            rest = "100vw" if "Width" in prop else "100vh"
        return _complete(prop, scale_value(rest, negative=self.negative, viewport=self.viewport))

    def _line_height(self) -> Ir | None:
        """``leading-6`` (px), ``leading-tight`` (a multiple of the list's font size)."""
        rest = self.rest
        text = _SCALES["lineHeight"].get(rest)
        if text is None:
            text = rest[1:-1] if rest.startswith("[") else rest
        parsed = parse_unit(text)
        if parsed is None:
            return None
        number, unit = parsed
        if unit is Unit.NONE:
            def relative(style: Style) -> str | None:
                size = style.get("fontSize")
                if not isinstance(size, float | int) or isinstance(size, bool):
                    return "relative line-height utilities require that font-size be set"
                style["lineHeight"] = size * number
                return None

            return Dependent(relative)
        return _complete("lineHeight", to_value(number, unit, warn=self.warnings))

    def _font_size(self) -> Ir | None:
        """``text-xl`` (size and line height from the theme), ``text-[40px]``."""
        rest = self.rest
        entry = theme.FONT_SIZES.get(rest)
        if entry is None:
            return _complete("fontSize", scale_value(rest, negative=self.negative, viewport=self.viewport))
        size_text, extras = entry
        style: Style = {}
        size = style_value(size_text)
        if size is not None:
            style["fontSize"] = size
        line_height = extras.get("lineHeight")
        if line_height:
            _set_value(style, "lineHeight", _relative_to_font_size(line_height, style))
        letter_spacing = extras.get("letterSpacing")
        if letter_spacing:
            _set_value(style, "letterSpacing", letter_spacing)
        return Complete(style)

    def _font_family(self) -> Ir | None:
        family = theme.FONT_FAMILIES.get(self.rest)
        return Complete({"fontFamily": family[0]}) if family and family[0] else None

    def _border(self) -> Ir | None:
        """``border``, ``border-t-4``, ``border-dashed``, ``border-red-500``, ``border-[3px]``."""
        value, side = _side_suffix(self.rest)
        if _DIGITS.fullmatch(value):
            width = _SCALES["borderWidth"].get(value.removeprefix("-") or "DEFAULT")
            if width is None:
                return None
            return _complete(f"border{'' if side == 'All' else side}Width", style_value(width))
        value = value.removeprefix("-")
        if value in ("dashed", "solid", "dotted"):
            return Complete({"borderStyle": value})
        utility = {"Bottom": "borderBottom", "Top": "borderTop", "Left": "borderLeft", "Right": "borderRight"}
        color = color_utility(utility.get(side, "border"), value, _BORDER_COLORS, self.warnings)
        if color:
            return color
        prop = f"border{'' if side == 'All' else side}Width"
        # twrnc drops the first and last character here, brackets or not
        arbitrary = scale_value(value.removeprefix("-")[1:-1])
        return Complete({prop: arbitrary}) if isinstance(arbitrary, float) else None

    def _radius(self) -> Ir | None:
        """``rounded``, ``rounded-lg``, ``rounded-t-xl``, ``rounded-[20px]``."""
        value, side = _side_suffix(self.rest)
        value = value.removeprefix("-") or "DEFAULT"
        prop = f"border{'' if side == 'All' else side}Radius"
        configured = _SCALES["borderRadius"].get(value)
        if configured:
            return _corners(_complete(prop, style_value(configured)))
        radius = scale_value(value)
        return _corners(Complete({prop: radius})) if isinstance(radius, float) else None

    def _inset(self, edge: str) -> Ir | None:
        """``top-4``, ``-left-2``, ``inset-x-0``, ``inset-1/2``."""
        rest, axis = self.rest, None
        if edge == "inset":
            match = _INSET_AXIS.match(rest)
            if match:
                axis, rest = match.group(1), rest[match.end():]
        configured = _SCALES["inset"].get(rest)
        if configured:
            value = style_value(configured, negative=self.negative)
            if value is not None:
                return _inset_style(edge, axis, value)
        value = scale_value(rest, negative=self.negative)
        return None if value is None else _inset_style(edge, axis, value)

    def _grow_shrink(self, which: str) -> Ir | None:
        rest = self.rest.removeprefix("-")
        factor = js_number(_SCALES[f"flex{which}"].get(rest or "DEFAULT", rest))
        return None if math.isnan(factor) else Complete({f"flex{which}": factor})

    def _flex(self) -> Ir | None:
        """``flex-1`` and friends: twrnc's reading of the ``flex`` shorthand."""
        text = _SCALES["flex"].get(self.rest) or self.rest
        if text in ("min-content", "revert", "unset"):
            return None
        if re.fullmatch(r"\d+(\.\d+)?", text, re.ASCII):
            return Complete({"flexGrow": js_number(text), "flexBasis": "0%"})
        if m := re.fullmatch(r"(\d+)\s+(\d+)", text, re.ASCII):
            return Complete({"flexGrow": js_number(m[1]), "flexShrink": js_number(m[2])})
        if m := re.fullmatch(r"(\d+)\s+([^ ]+)", text, re.ASCII):
            basis = style_value(m[2])
            return Complete({"flexGrow": js_number(m[1]), "flexBasis": basis}) if basis else None
        if m := re.fullmatch(r"(\d+)\s+(\d+)\s+(.+)", text, re.ASCII):
            basis = style_value(m[3])
            if basis:
                return Complete({"flexGrow": js_number(m[1]), "flexShrink": js_number(m[2]), "flexBasis": basis})
        return None

    def _opacity_of(self, utility: str) -> Ir | None:
        """``bg-opacity-50``: the alpha a colour utility of the list picks up at the end."""
        percent = parse_int(self.rest)
        return None if math.isnan(percent) else Complete({f"__opacity_{utility}": percent / 100})

    def _int_percent(self, prop: str) -> Ir | None:
        percent = parse_int(self.rest)
        return None if math.isnan(percent) else Complete({prop: percent / 100})

    def _shadow_offset(self) -> Ir | None:
        rest = self.rest
        if "/" in rest:
            x_text, y_text = (rest.split("/") + [""])[:2]
            x, y = scale_value(x_text), scale_value(y_text)
            if isinstance(x, float) and isinstance(y, float):
                return Complete({"shadowOffset": {"width": x, "height": y}})
            return None
        size = scale_value(rest)
        return Complete({"shadowOffset": {"width": size, "height": size}}) if isinstance(size, float) else None

    def _opacity(self) -> Ir | None:
        configured = _SCALES["opacity"].get(self.rest)
        if configured:
            parsed = parse_unit(configured)
            if parsed:
                return Complete({"opacity": parsed[0]})
        parsed = parse_unit(self.rest)
        return Complete({"opacity": parsed[0] / 100}) if parsed else None

    def _letter_spacing(self) -> Ir | None:
        """``tracking-wide`` (em: a share of the list's font size, rounded to 0.01 px), ``tracking-[2px]``."""
        configured = _SCALES["letterSpacing"].get(self.rest)
        if not configured:
            return _complete("letterSpacing", scale_value(self.rest, negative=self.negative))
        parsed = parse_unit(configured)
        if parsed is None:
            return None
        number, unit = parsed
        if unit is Unit.EM:
            def relative(style: Style) -> str | None:
                size = style.get("fontSize")
                if not isinstance(size, float | int) or isinstance(size, bool) or math.isnan(size):
                    return "tracking-X relative letter spacing classes require font-size to be set"
                style["letterSpacing"] = math.floor((number * size + 2.220446049250313e-16) * 100 + 0.5) / 100
                return None

            return Dependent(relative)
        if unit is Unit.PERCENT:
            self.warnings.append("percentage-based letter-spacing configuration currently unsupported")
            return None
        return _complete("letterSpacing", to_value(number, unit, negative=self.negative))


# ---------------------------------------------------------------------- helpers


def _by_side(side: str, prop: str, value: Value) -> Complete | None:
    if side == "All":
        return Complete({f"{prop}Top": value, f"{prop}Right": value, f"{prop}Bottom": value, f"{prop}Left": value})
    if side in ("Top", "Bottom", "Left", "Right"):
        return Complete({f"{prop}{side}": value})
    if side == "Vertical":
        return Complete({f"{prop}Top": value, f"{prop}Bottom": value})
    if side == "Horizontal":
        return Complete({f"{prop}Left": value, f"{prop}Right": value})
    return None


def _side_suffix(text: str) -> tuple[str, str]:
    """``-t-4`` -> (``4``, ``Top``); no side -> (text, ``All``)."""
    match = _SIDE_PREFIX.match(text)
    if match is None:
        return text, "All"
    return text[match.end():], _SIDE_NAMES[match.group(1)]


def _corners(ir: Complete | None) -> Complete | None:
    """``borderTopRadius`` and friends (twrnc's side radii) -> the two corner longhands."""
    if ir is None:
        return None
    style = dict(ir.style)
    for side, corners in (("Top", ("TopLeft", "TopRight")), ("Bottom", ("BottomLeft", "BottomRight")),
                          ("Left", ("BottomLeft", "TopLeft")), ("Right", ("BottomRight", "TopRight"))):
        value = style.pop(f"border{side}Radius", None)
        if value is not None:
            for corner in corners:
                style[f"border{corner}Radius"] = value
    return Complete(style)


def _inset_style(edge: str, axis: str | None, value: Value) -> Complete:
    if edge != "inset":
        return Complete({edge: value})
    if axis == "y":
        return Complete({"top": value, "bottom": value})
    if axis == "x":
        return Complete({"left": value, "right": value})
    return Complete({"top": value, "left": value, "right": value, "bottom": value})


def _relative_to_font_size(text: str, style: Style) -> str | float:
    """A theme line height: unitless or em is a multiple of the size just set; others stay text."""
    parsed = parse_unit(text)
    size = style.get("fontSize")
    if parsed and parsed[1] in (Unit.NONE, Unit.EM) and isinstance(size, float):
        return size * parsed[0]
    return text


def _set_value(style: Style, prop: str, text: str | float) -> None:
    value = style_value(text)
    if value is not None:
        style[prop] = value
