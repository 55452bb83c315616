"""Computed values corrected after the declarations are parsed, where one property's value depends on
which others were declared (the cascade's last step before a ComputedStyle is built).

Role: ``values`` is the field -> value mapping the cascade is building; ``declared`` the longhand names
the element declares. One function per correction. Must not import layout, text, paint or raster.
"""

from __future__ import annotations

from collections.abc import Container

from pureog.color import TRANSPARENT
from pureog.style.shorthands import SIDES
from pureog.style.values import BorderStyle

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


def browser_background_geometry(values: dict[str, object]) -> None:
    """With ``features: browser``: a browser places every background layer in CSS's geometry (the
    padding box, tiles repeated over the border box), also one whose size, position and repeat are not
    written, so such a layer gets CSS's initial repeat, which paints it so (paint/background_css.py)."""
    if values.get("background_image") and not values.get("background_repeat"):
        from pureog.style.css_background import CssRepeat  # noqa: PLC0415

        values["background_repeat"] = (CssRepeat(),)
