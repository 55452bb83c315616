"""Computed values corrected after the declarations are parsed, where one property's value depends on
which others were declared (the cascade's last step before a ComputedStyle is built).

Role: ``values`` is the field -> value mapping the cascade is building; ``declared`` the longhand names
the element declares. One function per correction. Must not import layout, text, paint or raster.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from pureog.color import TRANSPARENT
from pureog.style.lost_em import is_em
from pureog.style.property_parsers import JS_LEADING_NUMBER
from pureog.style.shorthands import SIDES
from pureog.style.values import AUTO, BorderStyle, Display, Percent

if TYPE_CHECKING:
    from pureog.style.computed import ComputedStyle
    from pureog.style.parse import RawValue

# Per side: the ComputedStyle fields and the longhand names fix_borders looks at.
_BORDER_KEYS = tuple(
    (f"border_{side.lower()}_width", f"border_{side.lower()}_style", f"border_{side.lower()}_color",
     f"border{side}Width", f"border{side}Style", f"border{side}Color")
    for side in SIDES
)


def fix_borders(values: dict[str, object], declared: Container[str]) -> None:
    """Border sides as Satori lays them out and draws them: the width comes only from a width
    declaration (or a ``border``/``border{Side}`` shorthand, whose default is 3px); a style alone
    adds no width and style ``none`` removes none (Satori hands Yoga ``border{Side}Width`` whatever
    the style). A side with a width and no style is solid; one whose colour was never set draws
    no stroke (transparent)."""
    for width_key, style_key, color_key, width_prop, style_prop, color_prop in _BORDER_KEYS:
        if width_prop in declared and style_prop not in declared:
            values[style_key] = BorderStyle.SOLID
        if values.get(width_key, 0.0) and color_prop not in declared:
            values[color_key] = TRANSPARENT


def yoga_gap(values: dict[str, object], declared: Mapping[str, Any]) -> str | None:
    """A two-value ``gap`` on a flex container: Satori cannot convert it and hands the whole string to
    Yoga's ``setGap(GUTTER_ALL)``, which reads it with JavaScript's ``parseFloat``: the leading
    number, in px whatever its unit (``1rem 0.25rem`` is 1 px), a percentage only when the whole
    string ends with ``%``, for both gaps. A grid container is laid out as the browser does, so
    it keeps CSS's two gaps. ``declared`` holds the cascade's declarations (``source``: the property
    written, ``yoga_raw``: its text); the answer is the gap as read (for the warning), or None."""
    # Either longhand may hold the gap's value: a rowGap or columnGap declared before the gap keeps
    # its own value (Satori sets it after GUTTER_ALL), the other still takes Yoga's reading.
    from_gap = {key: entry for key in ("rowGap", "columnGap")
                if (entry := declared.get(key)) is not None and entry.source == "gap"}
    raw = next(iter(from_gap.values())).yoga_raw if from_gap else None
    if (not isinstance(raw, str) or len(raw.split()) < 2
            or values.get("display") in (Display.GRID, Display.INLINE_GRID)):
        return None
    whole = raw.strip()
    match = JS_LEADING_NUMBER.match(whole)
    if match is None:
        return None
    number = float(match.group(1))
    value: object = Percent(number) if whole.endswith("%") else number
    if "rowGap" in from_gap:
        values["row_gap"] = value
    if "columnGap" in from_gap:
        values["column_gap"] = value
    return f"{match.group(1)}%" if whole.endswith("%") else f"{match.group(1)}px"


def browser_background_geometry(values: dict[str, object]) -> None:
    """With ``features: browser``: a browser places every background layer in CSS's geometry (the
    padding box, tiles repeated over the border box), also one whose size, position and repeat are not
    written, so such a layer gets CSS's initial repeat, which paints it so (paint/background_css.py)."""
    if values.get("background_image") and not values.get("background_repeat"):
        from pureog.style.css_background import CssRepeat  # noqa: PLC0415

        values["background_repeat"] = (CssRepeat(),)


def written_auto(author: list[tuple[str, RawValue]], style: ComputedStyle) -> frozenset[str]:
    """The sizes the author's declarations (the style prop merged over the ``tw`` classes' style) set to
    the word ``auto``, or to any other text Yoga cannot read (``calc(...)``, ``fit-content``,
    ``inherit``, ``12 px``, ``10PX``: the style layer left the side auto): Satori sizes an
    ``<img>``/``<svg>`` from the raw value (compute.ts ``style.width || props.width``), where such a
    string is a defined side that keeps the attributes and the natural width out; Yoga then drops it.
    An ``em`` length under a size Satori loses is no such string: it is NaN there, falsy (lost_em.py)."""
    left_auto = {"width": style.width is AUTO, "height": style.height is AUTO}
    return frozenset(name for name, raw in author
                     if name in left_auto and isinstance(raw, str) and raw.strip()
                     and (raw.strip() == "auto" or (left_auto[name] and not (style.font_size_nan and is_em(raw)))))
