"""The property table is the single source of truth: every field, every shorthand, and spec/css.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from pureog.color import BLACK
from pureog.errors import StyleError
from pureog.records import fields
from pureog.style.computed import ATTRIBUTE_FIELDS, DERIVED_FIELDS, ComputedStyle
from pureog.style.parse import ValueContext
from pureog.style.properties import (
    FIELD_TO_PROPERTY,
    INHERITED_FIELDS,
    PROPERTIES,
    Support,
    css_table_markdown,
)
from pureog.style.shorthands import SHORTHAND_LONGHANDS

SPEC = Path(__file__).resolve().parents[2] / "spec" / "css.md"


def test_every_computed_field_is_produced_by_exactly_one_property() -> None:
    names = [f.name for f in fields(ComputedStyle)]
    produced = [p.field for p in PROPERTIES.values() if p.field is not None]
    assert sorted(produced + list(ATTRIBUTE_FIELDS) + list(DERIVED_FIELDS)) == sorted(names)


def test_entries_are_well_formed() -> None:
    for prop in PROPERTIES.values():
        if prop.support in (Support.YES, Support.BROWSER):
            assert (prop.parse is not None) != (prop.expand is not None), prop.name
            assert (prop.field is not None) == (prop.parse is not None), prop.name
        else:
            assert prop.parse is None and prop.expand is None and prop.field is None, prop.name


def test_shorthands_and_their_longhands_are_known() -> None:
    shorthands = {p.name for p in PROPERTIES.values() if p.expand is not None}
    assert shorthands == set(SHORTHAND_LONGHANDS)
    for longhands in SHORTHAND_LONGHANDS.values():
        for name in longhands:
            assert PROPERTIES[name].field is not None, name


def test_inherited_fields_match_satori_inheritable_list() -> None:
    # handler/inheritable.ts minus properties we do not implement yet; opacity is nested by paint instead.
    assert set(INHERITED_FIELDS) == {
        "color", "font_family", "font_size", "font_style", "font_weight", "letter_spacing", "line_height",
        "text_align", "text_transform", "text_decoration_line", "text_decoration_style", "text_decoration_color",
        "white_space", "word_break", "tab_size", "text_indent",
        "text_decoration_skip_ink", "webkit_text_stroke_width", "webkit_text_stroke_color",
        "text_shadow", "filter",
        # not in Satori (it ignores them); inherited in CSS
        "direction", "font_feature_settings", "font_variation_settings",
        "image_rendering",  # features: browser
        # features: browser; decorations propagate in CSS (the last two are inherited there too)
        "text_decoration_thickness", "text_underline_offset", "text_underline_position",
        "word_spacing", "font_kerning", "font_variant_caps", "font_variant_ligatures", "font_variant_numeric",
        "font_variant_east_asian", "font_variant_position", "font_variant_emoji",
    }  # fmt: skip


def test_initial_values_parse_to_the_computed_defaults() -> None:
    """The table's `initial` text, parsed, gives the ComputedStyle default (where it is a plain value)."""
    ctx = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle())
    defaults = ComputedStyle()
    skip = {"flex_shrink", "border_top_width", "border_right_width", "border_bottom_width", "border_left_width",
            "border_top_color", "border_right_color", "border_bottom_color", "border_left_color",
            "text_decoration_color", "letter_spacing", "webkit_text_stroke_color",
            "background_color", "outline_color"}  # fmt: skip  (None: not declared; currentColor)
    for field, prop in FIELD_TO_PROPERTY.items():
        if field in skip:
            continue
        assert prop.parse is not None
        assert prop.parse(prop.initial, ctx) == getattr(defaults, field), prop.name


def test_spec_css_md_matches_the_table() -> None:
    text = SPEC.read_text(encoding="utf-8")
    begin, end = "<!-- BEGIN GENERATED TABLE -->\n", "<!-- END GENERATED TABLE -->"
    assert begin in text and end in text
    generated = text.split(begin, 1)[1].split(end, 1)[0]
    assert generated == css_table_markdown(), "regenerate with: python -m pureog.style.properties"


def test_corner_radius_pair_is_split_at_single_spaces_as_satori_splits_it() -> None:
    from pureog.style.values import Percent

    ctx = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle())
    parse = PROPERTIES["borderBottomRightRadius"].parse
    assert parse is not None
    assert parse("60% 20%", ctx) == (Percent(60.0), Percent(20.0))
    # word 1 of v.split(' ') is empty: Satori uses word 0 for both radii
    assert parse("60%  20%", ctx) == (Percent(60.0), Percent(60.0))
    assert parse("60%\t20%", ctx) == (Percent(60.0), Percent(60.0))
    assert parse(" 30px 10px ", ctx) == (30.0, 10.0)


def test_unitless_properties_read_px_numbers_as_css_to_react_native() -> None:
    # transformRawValue's numberOrLengthRe keeps the number of `2px` (px in any case)
    ctx = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle())
    grow, shrink, opacity = (PROPERTIES[name].parse for name in ("flexGrow", "flexShrink", "opacity"))
    assert grow is not None and shrink is not None and opacity is not None
    assert grow("2px", ctx) == 2.0
    assert shrink(" 0PX ", ctx) == 0.0
    assert opacity("0.5px", ctx) == 0.5
    assert opacity(".25px", ctx) == 0.25



def test_unitless_properties_read_other_lengths_as_satoris_length_to_number() -> None:
    # expand.ts hands every string value to lengthToNumber: flexGrow "2em" is 2 x the element's font size
    # (Next.js 16.4.6 grows a box with flexGrow "2em" beside flexGrow 32 alike; lg7 seed 1 tree 82)
    ctx = ValueContext(10.0, 1200.0, 630.0, BLACK, ComputedStyle())
    grow, shrink = (PROPERTIES[name].parse for name in ("flexGrow", "flexShrink"))
    assert grow is not None and shrink is not None
    assert grow("2em", ctx) == 20.0
    assert grow("1rem", ctx) == 16.0
    assert grow("3.3vw", ctx) == 39.0  # ~~(3.3 * 1200 / 100)
    assert shrink("10vh", ctx) == 63.0
    assert grow("2pt", ctx) == 2.0
    for unread in ("50%", "2EM", "2.em", "20Q", "abc"):  # text to Yoga: no number
        with pytest.raises(StyleError):
            grow(unread, ctx)
