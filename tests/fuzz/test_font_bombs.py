"""Fonts crafted to make drawing a glyph cost exponentially: composite glyphs whose components are
composites used many times over (at each of several levels), and CFF subroutines that each call the
next one twice. Each renders quickly: past MAX_GLYPH_COMPONENTS / MAX_GLYPH_SEGMENTS (spec/limits.md)
the glyph draws nothing, in pureog's TrueType reader and in fontTools' pen alike."""

from __future__ import annotations

import time
from typing import Any

import pytest

import pureog
from fuzz.font_bombs import (
    composite_fan,
    full_range_cmap,
    many_lookups,
    multiplying_substitutions,
    subroutine_fan,
)
from pureog.errors import FontError, LimitError


@pytest.mark.parametrize("font", [
    pytest.param(lambda: composite_fan(7, 30), id="30-wide-7-deep"),  # pureog's TrueType reader
    pytest.param(lambda: composite_fan(60, 4), id="4-wide-60-deep"),  # deeper than it reads: fontTools
    pytest.param(lambda: subroutine_fan(29), id="cff-subroutines-2^29"),
])
def test_glyph_bombs_draw_nothing_quickly(font: Any) -> None:
    # before: each hung (over 10 s: 729 million or 2^60 components, 2^29 subroutine calls)
    doc = {"width": 120, "height": 60, "fonts": [{"name": "Bomb", "data": font()}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb", "fontSize": 40}, "children": "aa"}}}
    start = time.process_time()
    pureog.render_png(doc, features="browser")  # pureog's OpenType shaper reads the glyphs too
    assert time.process_time() - start < 4


def test_multiplying_substitutions_stop_at_harfbuzz_max_len() -> None:
    # pureog's OpenType shaper (features: browser) grew the run 32,768-fold (1,000 letters: over 10 s)
    doc = {"width": 120, "height": 60, "fonts": [{"name": "Bomb", "data": multiplying_substitutions()}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb"}, "children": "a" * 1000}}}
    start = time.process_time()
    with pytest.raises(FontError, match="substitutions make more than") as info:
        pureog.render_png(doc, features="browser")
    assert info.value.path == "$.element.div.children"
    assert time.process_time() - start < 3


def test_lookup_lists_stop_at_the_shaping_budget() -> None:
    # 3,000 lookups, each visiting 4,000 glyphs: 12 million visits, over a minute (65,535 lookups: an hour);
    # now MAX_SHAPING_WORK stops the render after a million, in about two seconds
    doc = {"width": 600, "height": 400, "fonts": [{"name": "Bomb", "data": many_lookups(3000)}],
           "element": {"div": {"style": {"display": "flex", "fontFamily": "Bomb", "fontSize": 8},
                               "children": "ab" * 2000}}}
    start = time.process_time()
    with pytest.raises(LimitError, match="OpenType lookups visit more than") as info:
        pureog.render_png(doc, features="browser")
    assert info.value.path == "$.element.div.children"
    assert time.process_time() - start < 5


def test_fonts_mapping_every_code_point_are_bounded_together() -> None:
    # a cmap group of 12 bytes maps all 1,114,112 code points, held as one entry each: eight such fonts
    # (different bytes, so eight faces) took 1.6 GB and 6 s; now the second past MAX_MAPPED_CODE_POINTS stops
    fonts = [{"name": f"B{k}", "data": full_range_cmap(0x10FFFF - k)} for k in range(3)]
    doc = {"width": 120, "height": 60, "fonts": fonts,
           "element": {"div": {"style": {"display": "flex", "fontFamily": "B0"}, "children": "a"}}}
    start = time.process_time()
    with pytest.raises(FontError, match="code points together") as info:
        pureog.render_png(doc)
    assert info.value.path == "$.fonts[1]"
    assert time.process_time() - start < 4
    pureog.render_png({**doc, "fonts": fonts[:1]})  # one such font (Last Resort maps every code point) renders
