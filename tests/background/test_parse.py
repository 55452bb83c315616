"""Background layer parsing: gradients, url(), size/position/repeat lists, Satori's quirks."""

from __future__ import annotations

import math

import pytest

from pureog.color import UNREADABLE, Color
from pureog.errors import StyleError
from pureog.style.background_values import (
    BackgroundPosition,
    BackgroundRepeat,
    BackgroundSize,
    ColorStop,
    LinearGradient,
    RadialGradient,
    UrlImage,
)
from pureog.style.computed import ComputedStyle
from pureog.style.gradient import parse_background_image
from pureog.style.parse import StyleFallback, ValueContext
from pureog.style.satori_background import (
    parse_background_clip,
    parse_background_position,
    parse_background_repeat,
    parse_background_size,
)
from pureog.style.values import Percent

CTX = ValueContext(20.0, 1200.0, 630.0, Color(1, 2, 3), ComputedStyle())
RED = Color(255, 0, 0)
BLUE = Color(0, 0, 255)


def one(text: str) -> LinearGradient | RadialGradient | UrlImage:
    (layer,) = parse_background_image(text, CTX)
    return layer


@pytest.mark.parametrize(
    ("text", "degrees"),
    [("45deg", 45.0), ("-30deg", -30.0), ("0.25turn", 90.0), ("100grad", 90.0), (f"{math.pi}rad", 180.0)],
)
def test_angle_units(text: str, degrees: float) -> None:
    g = one(f"linear-gradient({text}, red, blue)")
    assert isinstance(g, LinearGradient)
    assert g.angle_deg == pytest.approx(degrees)
    assert g.stops == (ColorStop(RED), ColorStop(BLUE))


def test_directions_and_default() -> None:
    assert one("linear-gradient(to bottom right, red, blue)") == LinearGradient(
        (ColorStop(RED), ColorStop(BLUE)), False, None, ("bottom", "right")
    )
    assert one("linear-gradient(red, blue)").to == ("bottom",)  # type: ignore[union-attr]
    with pytest.raises(StyleError, match="to <side or corner>"):
        one("linear-gradient(to middle, red, blue)")


def test_stop_positions_units_hints_and_second_positions() -> None:
    g = one("repeating-linear-gradient(red 10%, currentColor 1em, blue 30px 40px)")
    assert isinstance(g, LinearGradient) and g.repeating
    # em resolves against the element's font size; a second position is ignored, as in Satori.
    assert g.stops == (ColorStop(RED, Percent(10)), ColorStop(Color(1, 2, 3), 20.0), ColorStop(BLUE, 30.0))
    hinted = one("linear-gradient(red, 30%, blue)")
    assert hinted.stops == (ColorStop(RED), ColorStop(BLUE))  # type: ignore[union-attr]
    assert one("linear-gradient(red 0, blue)").stops[0].offset == 0.0  # type: ignore[union-attr]


LIME = Color(0, 255, 0)


@pytest.mark.parametrize("position", ["+30%", "3e1%", ".5%", "30pt", "25mm", "26Q", "1in", "40PX", "2Em"])
def test_a_stop_position_css_gradient_parser_cannot_read_sits_at_the_previous_stop(position: str) -> None:
    # Satori computes it as NaN, resvg reads 0 and keeps the stops in order: Percent(0) under the fixup.
    with pytest.warns(Warning, match="not read by Next.js"):
        g = one(f"linear-gradient(red 10%, lime {position}, blue)")
    assert g.stops == (ColorStop(RED, Percent(10)), ColorStop(LIME, Percent(0)), ColorStop(BLUE))  # type: ignore[union-attr]


def test_stops_without_position_after_an_unread_one_follow_it_up_to_the_next_positioned_stop() -> None:
    with pytest.warns(Warning, match="not read by Next.js"):
        g = one("linear-gradient(red, lime +30%, red, lime, blue 80%, red, blue)")
    zero = Percent(0)
    assert [s.offset for s in g.stops] == [None, zero, zero, zero, Percent(80), None, None]  # type: ignore[union-attr]


def test_unread_last_stop_of_a_repeating_gradient_is_at_the_end_and_angle_units_read_as_px() -> None:
    with pytest.warns(Warning, match="not read by Next.js"):
        g = one("repeating-linear-gradient(red, lime 10%, blue 40PX)")
    assert g.stops[-1] == ColorStop(BLUE, Percent(100))  # type: ignore[union-attr]
    assert one("linear-gradient(red 0.5turn, blue)").stops[0].offset == 180.0  # type: ignore[union-attr]


def test_a_colour_hint_css_gradient_parser_cannot_read_is_a_black_stop() -> None:
    with pytest.warns(Warning, match="black colour stop"):
        g = one("linear-gradient(red, +30%, blue)")
    assert g.stops == (ColorStop(RED), ColorStop(UNREADABLE), ColorStop(BLUE))  # type: ignore[union-attr]


@pytest.mark.parametrize("word", ["2cm", "20PX", "+20px", "3e1px", "6.vmin", "53q", "26.%"])
def test_a_radial_position_css_gradient_parser_cannot_read_is_the_centre(word: str) -> None:
    with pytest.warns(Warning, match="the centre"):
        g = one(f"radial-gradient(circle at {word} 30px, red, blue)")
    assert isinstance(g, RadialGradient) and g.position == ("center", 30.0)
    with pytest.warns(Warning, match="the centre"):
        assert one("radial-gradient(at LEft top, red, blue)").position == ("center", "top")  # type: ignore[union-attr]


@pytest.mark.parametrize(("word", "sizes"), [("40PX", (40.0,)), ("30q", (30.0,)), ("3e1px", (3.0, 1.0)),
                                             ("+40px", (40.0,)), ("2cm", (2.0,))])
def test_radial_sizes_are_what_css_gradient_parsers_regex_search_finds(word: str, sizes: tuple[float, ...]) -> None:
    with pytest.warns(Warning, match="is read by Next.js's gradient parser as"):
        g = one(f"radial-gradient(circle {word}, red, blue)")
    assert isinstance(g, RadialGradient) and g.size == sizes


def test_size_and_position_numbers_ending_in_a_dot_are_dropped_as_satori_drops_them() -> None:
    with pytest.raises(StyleFallback, match="ending in '.'") as size:
        parse_background_size("25% 2.%", CTX)
    assert size.value.value == (BackgroundSize(None, (Percent(25.0),)),)  # one value: a gradient draws nothing
    with pytest.raises(StyleFallback, match="ending in '.'") as empty:
        parse_background_size("3.em 2.em", CTX)
    assert empty.value.value == (BackgroundSize(None, (), dropped=True),)  # no value: url() natural, no gradient
    with pytest.raises(StyleFallback, match="ending in '.'") as position:
        parse_background_position("10.px 20px", CTX)
    assert position.value.value == (BackgroundPosition((20.0,)),)


def test_radial_prelude() -> None:
    g = one("radial-gradient(circle at 25% 40px, red, blue)")
    assert g == RadialGradient((ColorStop(RED), ColorStop(BLUE)), False, "circle", ("farthest-corner",),
                               (Percent(25), 40.0))  # fmt: skip
    e = one("repeating-radial-gradient(60px 30px at right, red, blue 20%)")
    assert isinstance(e, RadialGradient)
    assert (e.shape, e.size, e.position, e.repeating) == ("ellipse", (60.0, 30.0), ("right", "center"), True)
    assert one("radial-gradient(40px, red, blue)").shape == "circle"  # type: ignore[union-attr]
    assert one("radial-gradient(ellipse farthest-side, red, blue)").size == ("farthest-side",)  # type: ignore[union-attr]


def test_radial_lone_size_keyword_is_a_black_stop_like_satori() -> None:
    with pytest.warns(Warning, match="not a colour"):
        g = one("radial-gradient(closest-side, red, blue)")
    assert isinstance(g, RadialGradient)
    assert g.size == ("farthest-corner",)
    assert [s.color for s in g.stops] == [UNREADABLE, RED, BLUE]  # black, and hidden in a mask


def test_radial_first_stop_named_with_at_is_eaten_as_the_prelude_like_satori() -> None:
    # css-gradient-parser sees "at" in "mediumslateblue" and takes that stop for shape/position
    g = one("radial-gradient(mediumslateblue, red, blue 80%)")
    assert isinstance(g, RadialGradient)
    assert (g.shape, g.size, g.position) == ("ellipse", ("farthest-corner",), ("center", "center"))
    assert [s.color for s in g.stops] == [RED, BLUE]
    assert one("radial-gradient(slateblue 30%, red, blue)").position == ("center", Percent(30))  # type: ignore[union-attr]


def test_layers_urls_and_trailing_colour() -> None:
    layers = parse_background_image("url('a b.png'), linear-gradient(red, blue), url(data:image/png;base64,xx)", CTX)
    assert layers[0] == UrlImage("a b.png") and layers[2] == UrlImage("data:image/png;base64,xx")
    assert isinstance(one("linear-gradient(red, blue) #fff"), LinearGradient)
    assert parse_background_image("none", CTX) == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("element(#logo)", "not supported"),
        ("nonsense", "expected a gradient"),  # a colour alone is a colour layer: Next paints it
        ("linear-gradient(45deg)", "at least one colour stop"),
        ("radial-gradient(circle -5px, red, blue)", "negative"),
    ],
)
def test_bad_images(text: str, message: str) -> None:
    with pytest.raises(StyleError, match=message):
        parse_background_image(text, CTX)


def test_a_leading_colour_hint_is_a_black_stop_as_next_draws_it() -> None:
    # backgrounds/gradient-leading-hint: css-gradient-parser reads the lone position as a stop whose colour
    # is that text (resvg: black); "tomato" holds "at", so it is read as a prelude and 52% leads the stops
    for text in ("linear-gradient(to right, 30%, red)", "radial-gradient(tomato, 52%, blue)"):
        with pytest.warns(Warning, match="black stop"):
            (layer,) = parse_background_image(text, CTX)
        assert isinstance(layer, (LinearGradient, RadialGradient)) and layer.stops[0] == ColorStop(UNREADABLE)


def test_an_unknown_stop_colour_word_is_black_as_resvg_paints_it() -> None:
    with pytest.warns(Warning, match="not a colour"):
        (layer,) = parse_background_image("linear-gradient(nocolour 20%, blue)", CTX)
    assert isinstance(layer, LinearGradient) and layer.stops[0] == ColorStop(UNREADABLE, Percent(20))


@pytest.mark.parametrize(
    "stop", ["1px 2px", "'x' 20%", "foo(1) 20%", "50% 20%", "1e293b 20%"]
)
def test_any_first_word_that_is_no_colour_is_the_black_stop(stop: str) -> None:
    # css-gradient-parser takes a stop's first word as its colour whatever it is; resvg paints it black
    # (backgrounds/gradient-stop-non-colour-words, gradient-stop-bare-hex-digits: Next draws each)
    with pytest.warns(Warning):
        (layer,) = parse_background_image(f"linear-gradient({stop}, blue)", CTX)
    assert isinstance(layer, LinearGradient) and layer.stops[0].color == UNREADABLE


def test_a_quoted_colour_of_two_words_is_a_stop_at_an_unread_position() -> None:
    # the parser splits words inside the quotes: the second, `b'`, is an offset it cannot read
    with pytest.warns(Warning, match="not read by Next.js"):
        (layer,) = parse_background_image("linear-gradient(red, 'a b', blue)", CTX)
    assert isinstance(layer, LinearGradient) and layer.stops[1].color == UNREADABLE


def test_size_position_repeat_lists() -> None:
    sizes = parse_background_size("50px 25%, cover, auto 10, auto 10px", CTX)
    assert sizes == (
        BackgroundSize(None, (50.0, Percent(25))),
        BackgroundSize("cover"),
        BackgroundSize("auto", (10.0,), True, False),
        # Satori sizes the other side of "auto 10px" with +"10px" (NaN); paint decides what that draws.
        BackgroundSize("auto", (10.0,), True, False, nan_with_unit=True),
    )
    assert parse_background_size("auto", CTX) == ()  # the initial value is the default
    positions = parse_background_position("center, 10px 20%", CTX)
    assert [p.values for p in positions] == [(), (10.0, Percent(20))]
    assert parse_background_position("0% 0%", CTX) == ()
    # Keywords are dropped and the first two lengths kept, as Satori's parseLengthPairs does.
    assert parse_background_position("right 10px bottom 5px", CTX)[0].values == (10.0, 5.0)
    assert parse_background_position("10px 20px 30px", CTX)[0].values == (10.0, 20.0)
    # Satori compares each layer's text with repeat / repeat-x / repeat-y: everything else is drawn once.
    assert parse_background_repeat("no-repeat, repeat-x, repeat no-repeat, space, round, repeat-y", CTX) == (
        BackgroundRepeat.NO_REPEAT, BackgroundRepeat.REPEAT_X, BackgroundRepeat.NO_REPEAT,
        BackgroundRepeat.NO_REPEAT, BackgroundRepeat.NO_REPEAT, BackgroundRepeat.REPEAT_Y,
    )  # fmt: skip
    assert parse_background_clip("padding-box", CTX) == "border-box"
    assert parse_background_clip("text", CTX) == "text"
    with pytest.raises(StyleError, match="border-box or text"):
        parse_background_clip("round", CTX)


def test_a_function_in_a_size_or_position_is_split_as_satori_splits_it() -> None:
    # parseLengthPairs splits on spaces: `calc(100%`, `-` and `15px)` are dropped, the other values kept
    with pytest.raises(StyleFallback, match="function") as position:
        parse_background_position("calc(100% - 15px) 50%, 20px calc(50% - 5px)", CTX)
    assert position.value.value == (BackgroundPosition((Percent(50.0),)), BackgroundPosition((20.0,)))
    with pytest.raises(StyleFallback, match="function") as spaced:
        parse_background_position("calc( 10px + 5px )", CTX)
    assert spaced.value.value == (BackgroundPosition((10.0, 5.0)),)
    with pytest.raises(StyleFallback, match="function") as size:
        parse_background_size("calc(50% - 10px) 30px, calc(20px)", CTX)
    assert size.value.value == (BackgroundSize(None, (30.0,)), BackgroundSize(None, (), dropped=True))


def test_a_whitespace_run_in_a_stop_loses_its_position_as_satori_splits_it() -> None:
    with pytest.raises(StyleFallback, match="run of whitespace") as fallback:
        parse_background_image("linear-gradient(90deg, red  30%, rgb(0, 0, 255)   50%)", CTX)
    (layer,) = fallback.value.value  # type: ignore[misc]
    assert isinstance(layer, LinearGradient) and [s.offset for s in layer.stops] == [None, None]
    (tab,) = parse_background_image("linear-gradient(90deg, red\t30%, blue)", CTX)  # one character: read
    assert isinstance(tab, LinearGradient) and tab.stops[0].offset == Percent(30)


def test_a_space_run_in_the_radial_position_makes_the_second_value_center() -> None:
    with pytest.warns(Warning, match="read as center"):
        (layer,) = parse_background_image("radial-gradient(circle at 20%  30%, red, blue)", CTX)
    assert isinstance(layer, RadialGradient) and layer.position == (Percent(20), "center")


@pytest.mark.parametrize(
    ("text", "first"),
    [("40px\t30px", 40.0), ("25%\n75px", 25.0), ("10px\t20%", Percent(10.0))],  # css-dimension: the last unit
)
def test_a_pair_split_by_a_tab_keeps_the_first_value_as_satori_splits_on_one_space(text: str, first: object) -> None:
    with pytest.raises(StyleFallback, match="tab or newline") as size:
        parse_background_size(text, CTX)
    assert size.value.value == (BackgroundSize(None, (first,)),)  # type: ignore[arg-type]
    with pytest.raises(StyleFallback, match="tab or newline") as position:
        parse_background_position(text, CTX)
    assert position.value.value == (BackgroundPosition((first,)),)  # type: ignore[arg-type]
    assert parse_background_size("40px  30px", CTX) == (BackgroundSize(None, (40.0, 30.0)),)  # empty piece dropped


def test_browser_mode_reads_double_positions_and_colour_hints_as_css() -> None:
    browser = ValueContext(20.0, 1200.0, 630.0, Color(1, 2, 3), ComputedStyle(), browser=True)
    red, blue = Color(255, 0, 0), Color(0, 0, 255)
    (layer,) = parse_background_image("linear-gradient(red 0 30%, blue 30% 60%, 25%, red)", browser)
    assert isinstance(layer, LinearGradient)
    assert layer.stops == (ColorStop(red, 0.0), ColorStop(red, Percent(30.0)), ColorStop(blue, Percent(30.0)),
                           ColorStop(blue, Percent(60.0)), ColorStop(blue, Percent(25.0), hint=True),
                           ColorStop(red))
    # Next.js (Satori) drops the second position and the hint
    assert one("linear-gradient(red 0 30%, blue 30% 60%, 25%, red)").stops == (  # type: ignore[union-attr]
        ColorStop(red, 0.0), ColorStop(blue, Percent(30.0)), ColorStop(red))
    for bad in ("linear-gradient(red, 10%, 20%, blue)", "linear-gradient(red, blue, 50%)"):
        with pytest.raises(StyleError, match="hint"):
            parse_background_image(bad, browser)
