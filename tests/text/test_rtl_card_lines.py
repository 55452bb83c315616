"""Line boxes and painting of right-to-left and mixed-direction text found by the random card generator
(conformance/chromium/rtlgen.py), checked against Chromium's numbers without a browser."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from conformance.chromium.rtlgen import FAMILY, FONT_LIST, load
from pureog.api import layout_boxes, render_png


def _doc(children: list[Any], **style: Any) -> dict[str, Any]:
    return {"width": 300, "height": 120, "features": "browser", "fonts": FONT_LIST,
            "element": {"div": {"style": {"display": "flex", "flexDirection": "column", "fontFamily": FAMILY,
                                          "fontSize": 20, **style}, "children": children}}}


@pytest.mark.parametrize(("text", "height"), [("Pro،", 42), ("סבא،", 42), ("abc", 26), ("סבא", 27),
                                              ("مرحبا", 42), ("❤ סבא", 27)])
def test_a_word_is_as_tall_as_every_face_it_uses(text: str, height: int) -> None:
    # Chromium's normal line box holds each font a line's glyphs come from: a Latin or Hebrew word
    # ending in an Arabic comma is the Arabic face's 42 px tall at 20 px (Chromium 156's boxes), not the
    # 26 or 27 px of its first letter's face (Satori's per-word rule, which pureog kept for such words)
    boxes = layout_boxes(load(_doc([{"div": {"style": {"display": "flex"}, "children": text}}])))
    assert boxes[1].height == height


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_an_emoji_in_an_inline_span_is_drawn_in_colour(direction: str) -> None:
    # a paragraph of spans (an inline formatting context) drew its glyphs' outlines only: a colour
    # font's emoji, whose base outline is empty, left a blank gap where Chromium draws the picture
    doc = _doc([{"div": {"style": {"direction": direction}, "children": [
        "سلام ", {"span": {"style": {"color": "#dc2626"}, "children": "گرم 😀"}}, " ژاله"]}}],
        backgroundColor="white")
    image = Image.open(io.BytesIO(render_png(load(doc)))).convert("RGB")
    raw = image.tobytes()
    yellow = sum(raw[i] > 200 and raw[i + 1] > 150 and raw[i + 2] < 90 for i in range(0, len(raw), 3))
    assert yellow > 40  # the face's yellow (none before: only the black and red letters)


@pytest.mark.parametrize(("text", "width", "height"), [
    ("wwwwwwww/wwwwwwww", 60, 42),  # no break after '/' before a letter (UAX #14 has one)
    ("see shop.example/sale|now 2026-12-06 wow!yes {x}y", 60, 147),  # nor after '|', '!', '}'; after '-' before digits
])
def test_a_paragraph_breaks_where_chromium_breaks_ascii_punctuation(text: str, width: int, height: int) -> None:
    # heights of Chromium 156's paragraphs (16 px Geist, 21 px lines): its line breaker's table for ASCII
    # pairs differs from UAX #14 around ! / | } and a hyphen before digits (measured pair by pair)
    doc = _doc([{"div": {"style": {"width": width, "fontSize": 16, "fontFamily": "Geist"},
                         "children": [text, {"span": {"style": {"color": "red"}, "children": " end"}}]}}])
    assert layout_boxes(load(doc))[1].height == height


@pytest.mark.parametrize(("text", "width", "height"), [
    ("wwwwwwww/wwwwwwww", 60, 42),
    ("see shop.example/sale|now 2026-12-06 wow!yes {x}y", 60, 147),
])
@pytest.mark.parametrize("display", ["flex", "block"])
def test_a_text_leaf_breaks_where_chromium_breaks_ascii_punctuation(text: str, width: int, height: int,
                                                                     display: str) -> None:
    # features: browser text leaves are Chromium's too: the same break opportunities as the paragraph
    # above (Chromium 156's heights), where they kept Satori's UAX #14 pieces (3 and 8 lines: 63, 168 px;
    # found by rtlgen seed 9: a phone number '+972 3-555-0199' broken before the 3, Chromium after '3-')
    doc = _doc([{"div": {"style": {"display": display, "width": width, "fontSize": 16, "fontFamily": "Geist"},
                         "children": f"{text} end"}}])
    assert layout_boxes(load(doc))[1].height == height
