"""``filter`` parsed with svgtypes' grammar: what resvg accepts, what makes it ignore the filter."""

from __future__ import annotations

import math
import warnings

import pytest

from pureog.color import BLACK, Color
from pureog.errors import RenderWarning, StyleError
from pureog.style.computed import ComputedStyle
from pureog.style.filter import HIDDEN, FilterFunction, parse_filter
from pureog.style.parse import StyleFallback, ValueContext

CTX = ValueContext(40.0, 1200.0, 630.0, Color(1, 2, 3), ComputedStyle())


def names(text: str) -> list[tuple[str, float]]:
    return [(f.name, f.amount) for f in parse_filter(text, CTX)]


def test_amounts_numbers_percentages_and_defaults() -> None:
    assert names("brightness(1.5) contrast(50%) grayscale() invert(.25) opacity(+2) saturate(1e1) sepia(0%)") == [
        ("brightness", 1.5), ("contrast", 0.5), ("grayscale", 1.0), ("invert", 0.25), ("opacity", 2.0),
        ("saturate", 10.0), ("sepia", 0.0)]  # fmt: skip
    assert names("  none ") == [] and names("") == []
    assert names("blur(2px) none") == [("blur", 2.0)]  # svgtypes stops at a trailing none


def test_angles() -> None:
    assert names("hue-rotate(90deg) hue-rotate(100grad) hue-rotate(0.25turn) hue-rotate(0) hue-rotate()") == [
        ("hue-rotate", 90.0), ("hue-rotate", 90.0), ("hue-rotate", 90.0), ("hue-rotate", 0.0), ("hue-rotate", 0.0)]
    assert names("hue-rotate(1rad)")[0][1] == pytest.approx(180.0 / math.pi)


def test_lengths_use_resvg_units_not_css_ones() -> None:
    # em is resvg's default font size (12 px), not the element's (40 here).
    assert names("blur(0.5em) blur(1ex) blur(1in) blur(3) blur(1pt) blur()") == [
        ("blur", 6.0), ("blur", 6.0), ("blur", 96.0), ("blur", 3.0), ("blur", 96.0 / 72.0), ("blur", 0.0)]


def test_drop_shadow_forms() -> None:
    red = Color(255, 0, 0)
    assert parse_filter("drop-shadow(1px 2px)", CTX) == (FilterFunction("drop-shadow", 0.0, 1.0, 2.0, BLACK),)
    assert parse_filter("drop-shadow(red 1px 2px 3px)", CTX) == (FilterFunction("drop-shadow", 3.0, 1.0, 2.0, red),)
    assert parse_filter("drop-shadow(1px 2px 3px Red)", CTX)[0].color == red
    assert parse_filter("drop-shadow(1px 2px #0000ff80)", CTX)[0].color == Color(0, 0, 255, 128 / 255)
    assert parse_filter("drop-shadow(1px 2px currentColor)", CTX)[0].color == Color(1, 2, 3)
    # A negative or percentage deviation is read and ignored.
    assert parse_filter("drop-shadow(1px 2px -3px blue)", CTX)[0].amount == 0.0


@pytest.mark.parametrize("text", [
    "foo(1)", "brightness(abc)", "Brightness(2)", "brightness(-1)", "brightness(-0)", "hue-rotate(90)",
    "blur(10%)", "blur(-1px)", "blur(1rem)", "brightness(0.5), invert(1)", "brightness(0.5) glow(1)",
    "drop-shadow()", "drop-shadow(1px)", "drop-shadow(1px 2px rgb(0,0,255))", "drop-shadow(10% 2px)",
    "drop-shadow(1px 2px rebeccapurple)", "drop-shadow(red 1px 2px blue)", "url()", "none blur(1px)", "blur(2px",
    "blur(\uff12px)", "opacity(\u0665)",
])  # fmt: skip
def test_what_resvg_cannot_parse_is_ignored_whole(text: str) -> None:
    with pytest.raises(StyleFallback) as caught:
        parse_filter(text, CTX)
    assert caught.value.value == ()


def test_the_style_attribute_ends_the_value_as_simplecss_does() -> None:
    # Satori writes style="filter:TEXT"; usvg's simplecss ends the value at the first token it cannot
    # read, so a trailing !important (any case, spaced or not) or other tail is dropped (as in Next).
    for tail in (" !important", "!important", " ! important", " !IMPORTANT", " !foo", " ) junk", " /x"):
        assert names("grayscale(100%) blur(2px)" + tail) == [("grayscale", 1.0), ("blur", 2.0)]
    # A function ends at its first ')': a functional colour leaves drop-shadow unclosed for svgtypes.
    for text in ("drop-shadow(1px 2px rgba(0,0,255,0.5)) !important", "blur(1px) /* unclosed comment"):
        with pytest.raises(StyleFallback):
            parse_filter(text, CTX)


def test_links_to_missing_filters() -> None:
    assert names("url(#x) invert(1)") == [("invert", 1.0)]  # skipped among other functions
    with pytest.raises(StyleFallback) as caught:
        parse_filter("url(#x) url(#y)", CTX)
    assert caught.value.value == HIDDEN  # alone: the shapes are not drawn


def test_the_cascade_reports_the_fallback_with_its_path() -> None:
    import pureog

    doc = {"type": "div", "props": {"style": {"display": "flex", "width": 10, "height": 10,
                                              "filter": "brightness(0.5), invert(1)"}}}  # fmt: skip
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pureog.render_png(doc, width=10, height=10)
    messages = [str(w.message) for w in caught if issubclass(w.category, RenderWarning)]
    assert any("style.filter" in m and "ignored" in m for m in messages)
    with pytest.raises(StyleError, match="filter"):
        pureog.render_png(doc, width=10, height=10, strict=True)


BROWSER = ValueContext(40.0, 1200.0, 630.0, Color(1, 2, 3), ComputedStyle(), browser=True)


def test_features_browser_reads_css_grammar() -> None:
    # an rgba() shadow colour (Next.js drops the whole filter), em of the font size (resvg: 12 px),
    # the colour after the lengths, upper-case names
    shadow, blur, hue = parse_filter("drop-shadow(0.1em 2px 0.25em rgba(0, 0, 255, 0.5)) BLUR(1em) hue-rotate(.5turn)",
                                     BROWSER)
    assert (shadow.name, shadow.dx, shadow.dy, shadow.amount) == ("drop-shadow", 4.0, 2.0, 10.0)
    assert shadow.color.rgba8()[:3] == (0, 0, 255) and abs(shadow.color.a - 0.5) < 0.01
    assert (blur.name, blur.amount) == ("blur", 40.0) and (hue.name, hue.amount) == ("hue-rotate", 180.0)
    with pytest.raises(StyleFallback) as dropped:  # Next.js's reading: the whole filter is dropped
        parse_filter("drop-shadow(1px 1px rgba(0,0,0,.5))", CTX)
    assert dropped.value.value == ()
    default = parse_filter("drop-shadow(1px 2px)", BROWSER)[0]
    assert default.color == Color(1, 2, 3) and default.amount == 0.0  # currentColor, no blur
    assert parse_filter("none", BROWSER) == () and parse_filter("grayscale()", BROWSER)[0].amount == 1.0
    for bad in ("blur(-1px)", "brightness(-1)", "drop-shadow(1px)", "blur(2px), sepia(1)", "warp(1)"):
        with pytest.raises(StyleError):
            parse_filter(bad, BROWSER)
