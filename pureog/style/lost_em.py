"""The NaN em of an element whose font size Next.js loses (spec/text.md "Font sizes Satori loses").

Satori 0.29's style expansion resolves every length string of an element against the element's own
font size (``lengthToNumber(value, fontSize, ...)``: ``value * fontSize`` for ``em``). Where that size
is ``undefined`` (a unit its font-size resolver has no case for: ``5vw``, ``12pt``, ``50%``, handed
down to the children) or NaN (an ``em`` size under such a size: ``2 * undefined``, handed down too), an
``em`` length is NaN, and so is a ``lineHeight`` string (``24px``, ``1.5em``, ``150%``: its px over the
size). A size in px or rem ends it for the element and below.

What NaN becomes in the layout properties (measured with Next.js references,
``satori-style/units-font-lost-em-box``, and Satori's boxes): Satori hands Yoga ``marginTop || 0``,
``paddingTop || 0`` and ``borderTopWidth || 0`` (0), and ``setWidth``, ``setMinWidth``,
``setMaxWidth``, ``setPosition``, ``setGap`` and ``setFlexBasis`` a NaN, which Yoga stores as an
undefined value: a size or flex basis ``auto``, no min or max, no inset, no gap. Each is the
property's initial value, which :func:`nan_to_initial` gives. Letter spacing turns NaN (handed down
to the children): opentype.js skips it, no spacing, the initial 0 too. A NaN ``transformOrigin``
length is falsy to Satori's reading, so that axis keeps the centre (``satori-style/units-font-lost-em-
transform-origin``; :func:`pureog.style.transform.parse_transform_origin` skips the NaN). Other
paint lengths (radii, shadows, stroke widths) keep CSS's em here (spec/differences.md).

Imports only the style layer's value parsing; the cascade (:mod:`pureog.style.cascade`) uses it.
"""

from __future__ import annotations

import math
from typing import Final

from pureog.errors import StyleError
from pureog.style.parse import RawValue, tokenize
from pureog.style.text_values import satori_loses_font_size

NAN_EM: Final = math.nan
"""The em base of an element whose Satori size is undefined or NaN. One object, so that the cascade's
parse memo (keyed by the em base) finds its entries again: NaN equals nothing, but a tuple compares
its members by identity first."""

NAN_EM_FIELDS: Final = frozenset({
    "margin_top", "margin_right", "margin_bottom", "margin_left",
    "padding_top", "padding_right", "padding_bottom", "padding_left",
    "border_top_width", "border_right_width", "border_bottom_width", "border_left_width",
    "width", "height", "min_width", "min_height", "max_width", "max_height",
    "top", "right", "bottom", "left", "row_gap", "column_gap", "flex_basis", "letter_spacing", "transform_origin",
})  # fmt: skip
"""The fields whose ``em`` length is NaN under a lost size and then acts as the property's initial
value (Yoga's undefined, ``|| 0``, opentype.js's skipped spacing)."""


def satori_size_unknown(raw: RawValue, parent_unknown: bool) -> bool:
    """Whether Satori's font size of an element declaring ``raw`` is undefined or NaN: a unit its
    resolver loses, or an ``em`` size (and text css-dimension cannot read, which keeps the parent's
    size) under an unknown parent size. A number, px or rem is a size."""
    lost = satori_loses_font_size(raw)
    if lost is None:
        return parent_unknown
    if lost:
        return True
    return parent_unknown and is_em(raw)


def is_em(raw: RawValue) -> bool:
    """Whether ``raw`` is one length in ``em`` (as css-dimension reads it: lower-case unit)."""
    if not isinstance(raw, str):
        return False
    try:
        tokens = tokenize(raw)
    except StyleError:  # pragma: no cover - satori_loses_font_size answered None for it
        return False
    return len(tokens) == 1 and tokens[0].kind == "dimension" and tokens[0].unit == "em"


def nan_to_initial(value: object, initial: object) -> object:
    """A NaN length (an ``em`` of an unknown size) -> the property's initial value; others as they are."""
    return initial if value.__class__ is float and value != value else value
