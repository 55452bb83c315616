"""Computed CSS value types shared by the style layer and its consumers (layout, text, paint).

After the cascade every length is resolved to px (a ``float``) except percentages, which wait for the
containing block (:class:`Percent`), and ``auto`` (:data:`AUTO`). Keywords are ``StrEnum``s spelled as
in CSS. Imports nothing from pureog but :mod:`pureog.color`.
"""

from __future__ import annotations

import math
from enum import Enum, StrEnum
from typing import Final, Literal

from pureog.records import record


class _Auto(Enum):
    AUTO = "auto"

    def __repr__(self) -> str:
        return "AUTO"


AUTO: Final = _Auto.AUTO
Auto = Literal[_Auto.AUTO]


@record
class Percent:
    """A percentage of the containing block's corresponding size (``50%`` -> ``Percent(50.0)``)."""

    value: float

    def resolve(self, basis: float) -> float:
        return self.value * basis / 100.0


class SatoriText(float):  # noqa: FURB189  (a float that remembers where it came from)
    """A padding or border width in px that Satori hands on as the text the author wrote (``2EM``,
    ``0.5Em``, ``12 px``, ``80.px``): Yoga reads it (``parseFloat``; ``setBorder`` NaN, so 0 for a
    border), but JavaScript arithmetic on it concatenates text. compute.ts sums an ``<img>``'s
    paddings and borders, so the image's px size turns NaN (:func:`pureog.layout.from_style.image_style`).
    Otherwise it is the float it holds."""

    __slots__ = ()


def satori_holds_text(value: object) -> bool:
    """Whether Satori's style holds the value as a string (a percentage, or :class:`SatoriText`): where
    Satori does arithmetic on it, JavaScript concatenates (compute.ts's image sizes, rect.ts's image
    offsets)."""
    return isinstance(value, (Percent, SatoriText))


CalcNode = float | Percent | tuple[object, ...]
"""A math function's tree: px, a percentage, ``("+", *terms)``, ``("*", factor, node)``, or
``("min" | "max" | "clamp", *arguments)``."""


@record
class Calc:
    """A ``calc()``/``min()``/``max()``/``clamp()`` length holding a percentage (``features: browser``;
    :mod:`pureog.style.calc`), resolved when the containing block is known."""

    node: object

    def resolve(self, basis: float) -> float:
        """px against ``basis`` (NaN when the basis is unknown: the value then acts as ``auto``)."""
        return _evaluate(self.node, basis)

    def css(self) -> str:
        """The value as CSS text (for the Chromium oracle)."""
        return "calc(" + _css(self.node) + ")"


def _evaluate(node: object, basis: float) -> float:
    if isinstance(node, float):
        return node
    if isinstance(node, Percent):
        return node.resolve(basis)
    assert isinstance(node, tuple)
    op, *args = node
    if op == "*":
        return args[0] * _evaluate(args[1], basis)  # type: ignore[no-any-return]
    values = [_evaluate(a, basis) for a in args]
    if op == "+":
        return sum(values)
    if any(v != v for v in values):
        return math.nan
    if op == "min":
        return min(values)
    if op == "max":
        return max(values)
    return max(values[0], min(values[1], values[2]))  # clamp(MIN, VAL, MAX)


def _css(node: object) -> str:
    if isinstance(node, float):
        return f"{node!r}px"
    if isinstance(node, Percent):
        return f"{node.value!r}%"
    assert isinstance(node, tuple)
    op, *args = node
    if op == "+":
        return "(" + " + ".join(_css(a) for a in args) + ")"
    if op == "*":
        return f"({args[0]!r} * {_css(args[1])})"
    return f"{op}(" + ", ".join(_css(a) for a in args) + ")"


LengthPercentage = float | Percent
LengthPercentageAuto = float | Percent | Auto
MaxSize = float | Percent | None  # None = "none"


def resolve_length(value: LengthPercentage | Calc, basis: float) -> float:
    """px value of a length-percentage against ``basis`` px (``value * basis / 100``: Satori's background
    and object positions and sizes, and transform origins; Yoga's own maths is layout's ``resolve``)."""
    return value.resolve(basis) if isinstance(value, (Percent, Calc)) else value


def satori_length(value: LengthPercentage | Calc, basis: float) -> float:
    """px of a length-percentage as Satori's ``lengthToNumber`` resolves a percentage, ``value / 100 *
    basis``, and its translate functions: the product differs from :func:`resolve_length`'s in the last
    bit (33% of 82 is 27.060000000000002, not 27.06), and that bit decides whole pixels where resvg
    ceils a filter region and hundredths where Satori writes a matrix ``toFixed(2)`` (``translate(-40.5%)``
    of 23 px: -9.32, not -9.31). Used where Satori resolves through it: corner radii, clip-path shapes,
    radial gradients' centres and sizes, translate."""
    if type(value) is Percent:
        return value.value / 100.0 * basis
    return resolve_length(value, basis)


class Display(StrEnum):
    FLEX = "flex"
    BLOCK = "block"
    WEBKIT_BOX = "-webkit-box"
    CONTENTS = "contents"
    NONE = "none"
    GRID = "grid"
    INLINE_GRID = "inline-grid"  # laid out as grid (no inline formatting context)
    INLINE = "inline"  # Satori throws; inside an inline formatting context an inline box (spec/inline.md)
    INLINE_BLOCK = "inline-block"  # Satori throws; inside an inline formatting context an atomic inline box


class Position(StrEnum):
    RELATIVE = "relative"
    ABSOLUTE = "absolute"
    STATIC = "static"


class FlexDirection(StrEnum):
    ROW = "row"
    ROW_REVERSE = "row-reverse"
    COLUMN = "column"
    COLUMN_REVERSE = "column-reverse"


class FlexWrap(StrEnum):
    NOWRAP = "nowrap"
    WRAP = "wrap"
    WRAP_REVERSE = "wrap-reverse"


class Justify(StrEnum):
    FLEX_START = "flex-start"
    FLEX_END = "flex-end"
    CENTER = "center"
    SPACE_BETWEEN = "space-between"
    SPACE_AROUND = "space-around"
    SPACE_EVENLY = "space-evenly"
    # Grid only (flex reads them as flex-start): `normal` is stretch in a grid, as is `stretch`.
    NORMAL = "normal"
    STRETCH = "stretch"


class Align(StrEnum):
    """align-items / align-self / align-content values."""

    AUTO = "auto"
    FLEX_START = "flex-start"
    FLEX_END = "flex-end"
    CENTER = "center"
    BASELINE = "baseline"
    STRETCH = "stretch"
    SPACE_BETWEEN = "space-between"
    SPACE_AROUND = "space-around"
    SPACE_EVENLY = "space-evenly"
    # align-content only; flex reads it as flex-start (Yoga's auto), a grid as stretch.
    NORMAL = "normal"


class Overflow(StrEnum):
    VISIBLE = "visible"
    HIDDEN = "hidden"


class BoxSizing(StrEnum):
    BORDER_BOX = "border-box"
    CONTENT_BOX = "content-box"


class BorderStyle(StrEnum):
    """A side's style as written (Satori's grouping compares it); only ``DASHED`` draws otherwise than
    solid (``NONE`` is also the style of a side without any border declaration)."""

    NONE = "none"
    HIDDEN = "hidden"
    SOLID = "solid"
    DASHED = "dashed"
    # From border shorthands, which Next refuses with them (and from longhands with features: browser):
    # drawn as Chrome draws them
    DOTTED = "dotted"
    DOUBLE = "double"
    GROOVE = "groove"
    RIDGE = "ridge"
    INSET = "inset"
    OUTSET = "outset"
    # The same words in a ``border{Side}Style`` longhand: Satori keeps the word (no validator reads the
    # longhand), groups the side by it and strokes it solid (only ``dashed`` is dashed), as it does
    # ``none`` and ``hidden``. The cascade maps the longhand's word here (WRITTEN_BORDER_STYLES).
    WRITTEN_DOTTED = "dotted longhand"
    WRITTEN_DOUBLE = "double longhand"
    WRITTEN_GROOVE = "groove longhand"
    WRITTEN_RIDGE = "ridge longhand"
    WRITTEN_INSET = "inset longhand"
    WRITTEN_OUTSET = "outset longhand"


NEXT_BORDER_STYLES = (BorderStyle.NONE, BorderStyle.HIDDEN, BorderStyle.SOLID, BorderStyle.DASHED)
"""The styles Satori reads in the ``border`` shorthands and ``borderStyle``."""
CHROME_BORDER_STYLES = frozenset((BorderStyle.DOTTED, BorderStyle.DOUBLE, BorderStyle.GROOVE, BorderStyle.RIDGE,
                                  BorderStyle.INSET, BorderStyle.OUTSET))
"""The styles only the ``border`` shorthands give (Next refuses them there; pureog draws them as Chrome)."""
WRITTEN_BORDER_STYLES = {style: BorderStyle(f"{style} longhand") for style in CHROME_BORDER_STYLES}
"""Each of :data:`CHROME_BORDER_STYLES` as a ``border{Side}Style`` longhand writes it for Next: drawn solid."""
AUTHOR_BORDER_STYLES = tuple(style for style in BorderStyle if style not in WRITTEN_BORDER_STYLES.values())
"""The border style keywords an author writes (the written-longhand members are the cascade's)."""


class FontStyle(StrEnum):
    NORMAL = "normal"
    ITALIC = "italic"
    OBLIQUE = "oblique"
    """Matches no registered face's style (Satori's ``compareFont`` compares styles for equality): the
    weight decides, and among faces of that weight the first registered wins."""


class TextAlign(StrEnum):
    START = "start"
    END = "end"
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"
    JUSTIFY = "justify"


class TextTransform(StrEnum):
    NONE = "none"
    UPPERCASE = "uppercase"
    LOWERCASE = "lowercase"
    CAPITALIZE = "capitalize"


class WhiteSpace(StrEnum):
    NORMAL = "normal"
    PRE = "pre"
    PRE_WRAP = "pre-wrap"
    PRE_LINE = "pre-line"
    NOWRAP = "nowrap"
    # Not in Satori 0.29's lists: newlines become spaces, spaces are kept, lines wrap (text/linebreak.py).
    BREAK_SPACES = "break-spaces"


class WordBreak(StrEnum):
    NORMAL = "normal"
    BREAK_ALL = "break-all"
    BREAK_WORD = "break-word"
    KEEP_ALL = "keep-all"


class TextOverflow(StrEnum):
    CLIP = "clip"
    ELLIPSIS = "ellipsis"


class Isolation(StrEnum):
    AUTO = "auto"
    ISOLATE = "isolate"
