"""The background shorthand Next.js throws on, read as CSS reads it (pureog/style/css_background.py)."""

from __future__ import annotations

import pytest

from pureog.errors import StyleError
from pureog.style.background_values import BackgroundPosition, BackgroundRepeat, UrlImage
from pureog.style.cascade import cascade
from pureog.style.css_background import (
    CssPosition,
    CssRepeat,
    CssSize,
    background_longhands,
    css_boxes,
    css_positions,
    css_repeats,
    css_sizes,
    next_throws_on,
)
from pureog.style.values import Percent
from tests.style.helpers import el, style

URL = "url(data:image/png;base64,AAAA)"


def test_only_a_url_layer_with_more_after_it_is_read_as_css() -> None:
    assert next_throws_on(f"{URL} no-repeat")
    assert next_throws_on(f"linear-gradient(red, blue), {URL} center / cover")
    assert not next_throws_on(URL)
    assert not next_throws_on(f"{URL}, linear-gradient(red, blue)")
    assert not next_throws_on("linear-gradient(red, blue) no-repeat")  # Next.js draws it, ignoring the rest


def test_a_layer_with_text_before_its_comma_is_read_as_css() -> None:
    # css-background-parser starts the next layer with the text after a layer's ')': Next.js throws
    # ("Invalid background image: \"padding-box linear-gradient(...) border-box\""; the neptunian paint
    # generator's gradient-border trick), so pureog reads the layers as CSS does
    assert next_throws_on("linear-gradient(#000, #000) padding-box, linear-gradient(135deg, red, blue) border-box")
    assert next_throws_on("linear-gradient(red, red) 0 0 / 10px 10px no-repeat, linear-gradient(blue, blue)")
    assert not next_throws_on("linear-gradient(red, blue), linear-gradient(blue, red) no-repeat")  # the last: drawn
    assert not next_throws_on("radial-gradient(red, blue), #050505")
    computed = style({"width": 40, "height": 20,
                      "background": "linear-gradient(red, red) 0 0 / 10px 10px no-repeat, linear-gradient(blue, blue)"})
    assert computed.background_size[0] == CssSize(None, 10.0, 10.0)
    assert computed.background_repeat[0] == CssRepeat("no-repeat", "no-repeat")


def test_shorthand_sets_every_longhand_layer_by_layer() -> None:
    longhands = dict(background_longhands(f"{URL} 10px 20px / 50px auto repeat-x fixed padding-box, "
                                          "linear-gradient(red, blue) #fff"))
    assert longhands == {
        "backgroundColor": "#fff",
        "backgroundImage": f"{URL}, linear-gradient(red, blue)",
        "backgroundPosition": "10px 20px, 0% 0%",
        "backgroundSize": "50px auto, auto",
        "backgroundRepeat": "repeat-x, repeat",
        "backgroundOrigin": "padding-box, padding-box",  # one box sets both origin and clip
        "backgroundClip": "padding-box, border-box",
    }
    boxes = dict(background_longhands("linear-gradient(red, red) content-box padding-box, "
                                      "linear-gradient(blue, blue) border-box"))
    assert (boxes["backgroundOrigin"], boxes["backgroundClip"]) == ("content-box, border-box",
                                                                    "padding-box, border-box")
    # a last layer with a colour and no image: the colour clipped to its box, as a solid bottom layer
    coloured = dict(background_longhands("linear-gradient(red, red) content-box, #123 padding-box"))
    assert coloured["backgroundImage"] == "linear-gradient(red, red), linear-gradient(#123, #123)"
    assert (coloured["backgroundColor"], coloured["backgroundClip"]) == ("transparent", "content-box, padding-box")
    assert dict(background_longhands("linear-gradient(red, red) content-box, border-box"))["backgroundImage"] == (
        "linear-gradient(red, red)")
    with pytest.raises(StyleError, match="but the last needs an image"):
        background_longhands("padding-box, linear-gradient(red, red)")
    with pytest.raises(StyleError, match="unexpected"):
        background_longhands(f"{URL} no-repeat sideways")
    with pytest.raises(StyleError, match="size after '/'"):
        background_longhands(f"{URL} center / no-repeat")


def test_css_positions() -> None:
    assert css_positions("center") == (CssPosition(Percent(50.0), Percent(50.0)),)
    assert css_positions("top") == (CssPosition(Percent(50.0), Percent(0.0)),)
    assert css_positions("bottom left") == (CssPosition(Percent(0.0), Percent(0.0), False, True),)
    assert css_positions("10px 25%") == (CssPosition(10.0, Percent(25.0)),)
    assert css_positions("right 10px bottom 5px") == (CssPosition(10.0, 5.0, True, True),)
    assert css_positions("center top 8px") == (CssPosition(Percent(50.0), 8.0),)
    for bad in ("left right", "10px top 5px", "center 4px top"):
        with pytest.raises(StyleError):
            css_positions(bad)


def test_css_sizes_and_repeats() -> None:
    assert css_sizes("cover, 40px, auto 50%") == (CssSize("cover"), CssSize(None, 40.0, None),
                                                  CssSize(None, None, Percent(50.0)))
    assert css_repeats("repeat-x, space round, no-repeat") == (
        CssRepeat("repeat", "no-repeat"), CssRepeat("space", "round"), CssRepeat("no-repeat", "no-repeat"))


def test_longhands_keep_satori_reading_unless_set_by_such_a_shorthand_or_in_browser_mode() -> None:
    plain = style({"backgroundImage": URL, "backgroundPosition": "center", "backgroundRepeat": "space"})
    assert plain.background_position == (BackgroundPosition(()),)  # Satori drops the keyword
    assert plain.background_repeat == (BackgroundRepeat.NO_REPEAT,)
    css = style({"background": f"{URL} center / contain space"})
    assert css.background_image == (UrlImage("data:image/png;base64,AAAA"),)
    assert css.background_position == (CssPosition(Percent(50.0), Percent(50.0)),)
    assert css.background_size == (CssSize("contain"),)
    assert css.background_repeat == (CssRepeat("space", "space"),)
    browser = cascade(el("div", {"backgroundImage": URL, "backgroundPosition": "center"}), width=100, height=100,
                      browser=True).style
    assert browser.background_position == (CssPosition(Percent(50.0), Percent(50.0)),)


def test_box_keywords_per_layer_set_origin_and_clip_from_such_a_shorthand_or_in_browser_mode() -> None:
    trick = style({"border": "4px solid transparent",
                   "background": "linear-gradient(#fff, #fff) padding-box, linear-gradient(red, blue) border-box"})
    assert trick.background_origin == ("padding-box", "border-box")
    assert trick.background_clip == ("padding-box", "border-box")
    every_border = style({"background": f"{URL} no-repeat"})  # the initial boxes: Satori's border box
    assert every_border.background_clip == "border-box"
    assert every_border.background_origin == ()  # the initial padding box
    # Next.js reads the longhands as Satori does: every box is the border box, backgroundOrigin unread
    satori = style({"backgroundClip": "padding-box", "backgroundOrigin": "content-box"})
    assert (satori.background_clip, satori.background_origin) == ("border-box", ())
    browser = cascade(el("div", {"backgroundClip": "padding-box, text", "backgroundOrigin": "content-box"}),
                      width=100, height=100, browser=True).style
    assert (browser.background_clip, browser.background_origin) == ("text", ("content-box",))
    browser = cascade(el("div", {"backgroundClip": "Content-Box, border-box"}), width=100, height=100,
                      browser=True).style
    assert browser.background_clip == ("content-box", "border-box")
    with pytest.raises(StyleError, match="per layer"):
        css_boxes("padding-box border-box", text=False)
    with pytest.raises(StyleError, match="per layer"):
        css_boxes("text", text=False)


def test_browser_mode_places_every_layer_in_css_geometry() -> None:
    # a gradient with no size, position or repeat written: CSS's initial repeat, so that the layer is
    # sized to the padding box and tiled over the border box as Chromium does (Satori: the border box)
    gradient = {"border": "10px solid red", "backgroundImage": "linear-gradient(red, blue)"}
    assert cascade(el("div", gradient), width=100, height=100, browser=True).style.background_repeat == (
        CssRepeat(),)
    assert style(gradient).background_repeat == ()


def test_a_shorthand_next_throws_on_reads_its_stops_as_css() -> None:
    trick = style({"background": "linear-gradient(red 0 50%, blue 50%) padding-box, linear-gradient(green, green)"})
    assert len(trick.background_image[0].stops) == 3  # type: ignore[union-attr]  # two positions: two stops
    assert len(style({"backgroundImage": "linear-gradient(red 0 50%, blue 50%)"}).background_image[0].stops) == 2  # type: ignore[union-attr]
