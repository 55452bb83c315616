"""wordSpacing, fontKerning and fontVariant (caps, ligatures, numeric) with features: browser, against
widths measured on headless Chromium 156 (spec/text.md "Word spacing, kerning and font variants"), and
ignored (with a warning) without it, as Next.js ignores them."""

from __future__ import annotations

import math
import warnings
from pathlib import Path
from typing import Any

import pytest

import pureog
from pureog.errors import RenderWarning
from pureog.style.values import Percent
from pureog.text.fonts import load_face
from pureog.text.variants import SAME_CASE, UPPERCASE_NEEDED, caps_plan, case_runs, synthetic_size
from tests.text.test_inline_layout import _layout

FONTS = Path(__file__).resolve().parents[2] / "conformance" / "fonts"
ROBOTO = FONTS / "Roboto-Regular.ttf"
GEIST = FONTS / "Geist-Regular.ttf"
_FONTS = [pureog.Font("Geist", GEIST.read_bytes()), pureog.Font("Roboto", ROBOTO.read_bytes())]


def _width(style: dict[str, Any], text: str, family: str, *, browser: bool = True) -> float:
    """The border-box width of a flex text leaf, rounded to whole px as Satori rounds boxes (with features:
    browser the measured width is Chromium's, a fraction snapped to 1/64 px; without it Satori's, whole px)."""
    doc: dict[str, Any] = {"width": 600, "height": 60, "element": {"div": {
        "style": {"display": "flex", "width": "100%", "height": "100%"},
        "children": [{"span": {"style": {"fontFamily": family, "fontSize": 32, "whiteSpace": "pre", **style},
                               "children": text}}]}}}
    if browser:
        doc["features"] = "browser"
    return pureog.layout_boxes(doc, fonts=_FONTS)[-1].width


# (style, text, family, Chromium 156's span width)
_CHROMIUM = [
    ({}, "a b c", "Roboto", 68.0),
    ({"wordSpacing": 10}, "a b c", "Roboto", 88.0),
    ({"wordSpacing": "50%"}, "a b c", "Roboto", 100.0),  # a percentage of the font size
    ({"wordSpacing": "1em"}, "a b c", "Roboto", 132.0),
    ({"wordSpacing": 10}, "a\u00a0b c", "Roboto", 88.0),  # a no-break space is spaced too
    ({"wordSpacing": -3}, "a b c", "Roboto", 62.0),
    ({"fontVariantCaps": "small-caps"}, "Hello World", "Geist", 172.25),  # synthesized: ELLO at 22 px
    ({"fontVariant": "all-small-caps"}, "Hello World", "Geist", 153.1719),
    ({"fontVariant": "small-caps", "fontSize": 33}, "hello", "Geist", 71.6562),  # lroundf(23.1) = 23 px
    ({"fontVariantCaps": "small-caps"}, "Hello World", "Roboto", 191.6094),  # the font's smcp
    ({"fontKerning": "none"}, "AV", "Geist", 42.7344),
    ({}, "AV", "Geist", 39.3281),
    ({"fontKerning": "none"}, "AV", "Roboto", 41.25),
    # Roboto kerns a space before T (-40 units) and smcp turns t into that T: a word is measured with the
    # first character of the next (flex text measures word by word, Chromium ranges of the whole text)
    ({"fontVariantCaps": "small-caps"}, "AV dog Type fox", "Roboto", 238.6406),
    ({"fontVariantCaps": "petite-caps", "wordSpacing": "25%"}, "AV dog Type fox", "Roboto", 262.6406),
    ({"fontVariantCaps": "small-caps", "letterSpacing": 3}, "AV dog Type fox", "Roboto", 283.6406),
]


@pytest.mark.parametrize(("style", "text", "family", "chromium"), _CHROMIUM)
def test_widths_match_chromium(style: dict[str, Any], text: str, family: str, chromium: float) -> None:
    assert _width(style, text, family) == math.floor(chromium + 0.5)


@pytest.mark.parametrize("style", [{"wordSpacing": 10}, {"fontVariant": "small-caps"}, {"fontKerning": "none"},
                                   {"fontVariantCaps": "all-small-caps"}, {"fontVariantPosition": "super"},
                                   {"fontVariant": "sub full-width"}, {"fontVariantEmoji": "text"},
                                   {"fontVariantEastAsian": "proportional-width"}])
def test_ignored_without_browser(style: dict[str, Any]) -> None:
    plain = _width({}, "Hello AV world", "Geist", browser=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert _width(style, "Hello AV world", "Geist", browser=False) == plain
    assert any(issubclass(w.category, RenderWarning) and "features: browser" in str(w.message) for w in caught)


def test_inline_context_spacing_and_caps() -> None:
    # measured on Chromium 156: in a paragraph with wordSpacing 10, the span "a b c" is 88 px wide after
    # "x " (33.8125 px: its space spaced too), and a Geist small-caps span 172.25 px
    doc = {"width": 600, "height": 100, "features": "browser",
           "fonts": [{"name": "Roboto", "path": ROBOTO.name}, {"name": "Geist", "path": GEIST.name}],
           "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%"}, "children": [
               {"p": {"style": {"display": "block", "margin": 0, "fontFamily": "Roboto", "fontSize": 32,
                                "wordSpacing": 10},
                      "children": ["x ", {"span": {"children": "a b c"}}, " ", {"span": {"style": {
                          "fontFamily": "Geist", "fontVariant": "small-caps", "wordSpacing": 0},
                          "children": "Hello World"}}]}}]}}}
    texts = [(t.text, t.x, t.width) for line in _layout(doc).lines for t in line.texts]
    assert texts == [("x ", 0.0, 33.8125), ("a b c", 33.8125, 88.0), (" ", 121.8125, 17.9375),
                     ("Hello World", 139.75, 172.25)]


def test_caps_plan_follows_the_font() -> None:
    roboto, geist = load_face(ROBOTO.read_bytes()), load_face(GEIST.read_bytes())
    assert caps_plan(roboto, "Latn", "small-caps").features(0) == ("smcp",)
    assert not caps_plan(roboto, "Latn", "small-caps").splits
    petite = caps_plan(roboto, "Latn", "petite-caps")  # no pcap: the font's small capitals, not synthesized
    assert petite.splits and petite.features(UPPERCASE_NEEDED) == ("smcp",) and not petite.synthetic(UPPERCASE_NEEDED)
    small = caps_plan(geist, "Latn", "small-caps")  # no smcp: lower case uppercased at 0.7
    assert small.synthetic(UPPERCASE_NEEDED) and not small.synthetic(SAME_CASE)
    assert small.case_map(UPPERCASE_NEEDED) == "upper" and small.features(UPPERCASE_NEEDED) == ()
    every = caps_plan(geist, "Latn", "all-small-caps")
    assert every.synthetic(SAME_CASE) and every.synthetic(UPPERCASE_NEEDED)
    assert not caps_plan(geist, "Latn", "titling-caps").splits  # titling capitals are never synthesized
    assert synthetic_size(32) == 22.0 and synthetic_size(33) == 23.0


def test_case_runs_keep_marks_with_their_base() -> None:
    assert case_runs("Ab1c\u0301D") == [(0, 1, SAME_CASE), (1, 2, UPPERCASE_NEEDED), (2, 3, SAME_CASE),
                                        (3, 5, UPPERCASE_NEEDED), (5, 6, SAME_CASE)]


def test_font_variant_shorthand_sets_its_longhands() -> None:
    from pureog.document.load import from_mapping
    from pureog.style.cascade import cascade

    doc = from_mapping({"width": 10, "height": 10, "features": "browser", "element": {"div": {"style": {
        "fontVariant": "small-caps tabular-nums no-common-ligatures", "fontKerning": "none",
        "wordSpacing": "25%"}, "children": "x"}}})
    style = cascade(doc.root, width=10, height=10, browser=True).style
    assert style.font_variant_caps == "small-caps"
    assert style.font_variant_numeric == (("tnum", 1),)
    assert style.font_variant_ligatures == (("liga", 0), ("clig", 0))
    assert style.font_kerning == "none" and style.word_spacing == Percent(25.0)


def test_font_variant_east_asian_position_emoji() -> None:
    """The keywords the last round left out: features in Chromium's order, the shorthand sets them."""
    from pureog.document.load import from_mapping
    from pureog.style.cascade import cascade
    from pureog.text.variants import style_features

    doc = from_mapping({"width": 10, "height": 10, "features": "browser", "element": {"div": {"style": {
        "fontVariant": "jis04 full-width ruby super emoji oldstyle-nums", "fontFeatureSettings": '"sups" 0'},
        "children": "x"}}})
    style = cascade(doc.root, width=10, height=10, browser=True).style
    assert style.font_variant_east_asian == (("jp04", 1), ("fwid", 1), ("ruby", 1))
    assert style.font_variant_position == "super" and style.font_variant_emoji == "emoji"
    # fontFeatureSettings last: its "sups" 0 wins
    assert style_features(style) == (("jp04", 1), ("fwid", 1), ("ruby", 1), ("onum", 1), ("sups", 1), ("sups", 0))


def test_superscripts_change_widths_only_where_the_font_has_them() -> None:
    """Geist has sups (its figures narrow), Roboto none: Chromium 156 synthesizes nothing."""
    assert _width({"fontVariantPosition": "super"}, "x2 H2O", "Geist") < _width({}, "x2 H2O", "Geist")
    assert _width({"fontVariantPosition": "sub"}, "x2 H2O", "Roboto") == _width({}, "x2 H2O", "Roboto")


@pytest.mark.parametrize(("grapheme", "variant", "wanted"), [
    ("\u2764", "normal", None), ("\u2764", "text", "text"), ("\u2764", "emoji", "emoji"),
    ("\u2764", "unicode", "text"), ("\U0001F600", "unicode", "emoji"), ("\u2764\ufe0f", "text", "emoji"),
    ("\U0001F600\ufe0e", "emoji", "text"), ("a", "emoji", None), ("1", "emoji", None)])
def test_emoji_presentation(grapheme: str, variant: str, wanted: str | None) -> None:
    from pureog.text.emoji_variant import presentation

    assert presentation(grapheme, variant) == wanted
