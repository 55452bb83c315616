"""Background layers met in real Open Graph cards (conformance/cases/cards-real): a colour as a layer of a
list, calc() stop positions. Both render in Next.js; the expected values were decided with the oracle."""

from __future__ import annotations

import pytest

from pureog.color import Color
from pureog.errors import RenderWarning, StyleError
from pureog.style.background_values import ColorStop, LinearGradient, RadialGradient
from pureog.style.computed import ComputedStyle
from pureog.style.gradient import parse_background_image
from pureog.style.parse import StyleFallback, ValueContext
from pureog.style.values import Percent
from tests.style.helpers import style

CTX = ValueContext(20.0, 1200.0, 630.0, Color(1, 2, 3), ComputedStyle())
RED = Color(255, 0, 0)
BLUE = Color(0, 0, 255)
DARK = Color(5, 5, 5)


def test_a_colour_layer_fills_the_box_like_a_uniform_gradient() -> None:
    # Satori 0.29 draws a colour layer as a pattern of one rect over the whole box.
    top, bottom = parse_background_image("radial-gradient(circle at 60% 20%, red, transparent 45%), #050505", CTX)
    assert isinstance(top, RadialGradient)
    # marked as a colour layer: its size, position and repeat are not read, and in a mask it keeps its colour
    assert bottom == LinearGradient((ColorStop(DARK, Percent(0.0)), ColorStop(DARK, Percent(100.0))), colour_layer=True)
    (only,) = parse_background_image("linear-gradient(red, blue), rgba(0, 0, 255, 1)", CTX)[1:]
    assert only == LinearGradient((ColorStop(BLUE, Percent(0.0)), ColorStop(BLUE, Percent(100.0))), colour_layer=True)


def test_a_colour_layer_through_the_background_shorthand() -> None:
    layers = style({"background": "linear-gradient(red, blue), #050505"}).background_image
    assert len(layers) == 2 and layers[1] == LinearGradient((ColorStop(DARK, Percent(0.0)),
                                                             ColorStop(DARK, Percent(100.0))), colour_layer=True)


def test_a_colour_layer_is_painted_as_satori_reads_it() -> None:
    # Satori builds rgba(values..., 1) from parse-css-color: no alpha, hsl numbers as r, g, b; the
    # oracle paints backgroundImage 'rgba(0,0,255,0.5)' and '#00f8' opaque blue, 'hsl(120, 100%, 50%)'
    # as rgb(120, 100, 50), 'transparent' and 'currentColor' black, 'red' red.
    def colour(text: str) -> Color:
        try:
            (layer,) = parse_background_image(text, CTX)
        except StyleFallback as fallback:
            (layer,) = fallback.value  # type: ignore[misc]
        assert isinstance(layer, LinearGradient) and layer.stops[0].color == layer.stops[1].color
        return layer.stops[0].color

    assert colour("red") == RED
    assert colour("rgba(0, 0, 255, 0.5)") == BLUE
    assert colour("#00f8") == BLUE
    assert colour("hsl(120, 100%, 50%)") == Color(120, 100, 50)
    assert colour("transparent") == Color(0, 0, 0)
    assert colour("currentColor") == Color(0, 0, 0)
    with pytest.warns(RenderWarning, match=r"colour layer 'transparent' is painted as rgb\(0, 0, 0\), opaque"):
        style({"backgroundImage": "transparent"})


def test_words_that_are_not_colours_are_refused() -> None:
    # Next throws "Invalid background image" for them.
    with pytest.raises(StyleError, match="expected a gradient or url"):
        parse_background_image("linear-gradient(red, blue), nonsense", CTX)


def test_calc_stop_positions_are_read_as_zero() -> None:
    # Next draws `red 0, red calc(100% - 20px), blue calc(100% - 20px), blue 100%` all blue.
    with pytest.raises(StyleFallback, match=r"calc\(\) stop positions are read as 0") as caught:
        parse_background_image("linear-gradient(to right, red 0, red calc(100% - 20px), blue calc(100% - 20px), "
                               "blue 100%)", CTX)
    (gradient,) = caught.value.value  # type: ignore[misc]
    assert [s.offset for s in gradient.stops] == [0.0, Percent(0.0), Percent(0.0), Percent(100.0)]


def test_calc_stop_positions_warn_in_a_style() -> None:
    with pytest.warns(RenderWarning, match=r"backgroundImage: calc\(\) stop positions are read as 0"):
        layers = style({"backgroundImage": "linear-gradient(red 10%, blue calc(50% + 2px))"}).background_image
    assert [s.offset for s in layers[0].stops] == [Percent(10.0), Percent(0.0)]  # type: ignore[union-attr]
