"""A gradient followed by a colour function, as Satori's gradient parser reads it (style/satori_gradient_text.py)."""

from __future__ import annotations

from pureog.style.satori_gradient_text import satori_gradient_layer


def test_the_colour_arguments_become_stops() -> None:
    # "blue) hsl(154" is one stop (the depth is back at zero), "65%" a hint, "20%" a colour
    assert satori_gradient_layer("linear-gradient(to right, red, blue) hsl(154, 65%, 20%)") == \
        "linear-gradient(to right, red, unreadable, unreadable)"


def test_an_offset_it_cannot_read_sits_at_the_previous_stop() -> None:
    assert satori_gradient_layer("repeating-linear-gradient(to right, #bf730d 0px, steelblue 7px, red 14px) "
                                 "rgb(10, 200, 20)") == \
        "repeating-linear-gradient(to right, #bf730d 0px, steelblue 7px, red 0%, unreadable)"


def test_a_stop_spread_from_an_unreadable_offset_sits_there_too() -> None:
    # Satori spreads "242" between the NaN of "16px)" and the last stop: NaN, the previous stop in resvg
    # (it used to be read as spread between 16px and 100%: a ramp where Next draws one colour)
    assert satori_gradient_layer("linear-gradient(to top left, red 0px, #e9ec 8px, transparent 16px) "
                                 "rgba(44, 238, 242, .92)") == \
        "linear-gradient(to top left, red 0px, #e9ec 8px, transparent 0%, unreadable 0%, unreadable)"


def test_radial_shape_and_position_stay_first() -> None:
    assert satori_gradient_layer("radial-gradient(30px 21px at right bottom, rgba(66 , 155 , 48 , 0.93), #5c1960e0) "
                                 "rgba(243 , 72 , 62 , 0.61)") == \
        "radial-gradient(30px 21px at right bottom, rgba(66 , 155 , 48 , 0.93), unreadable, unreadable)"


def test_layers_that_read_as_written_are_left_alone() -> None:
    assert satori_gradient_layer("linear-gradient(red, blue)") is None
    assert satori_gradient_layer("linear-gradient(red, blue) #123") is None
    assert satori_gradient_layer("url(a.png)") is None


def test_current_color_is_pasted_as_satori_writes_the_colour() -> None:
    from pureog.style.satori_gradient_text import satori_current_color

    assert satori_current_color("linear-gradient(red, blue) currentColor", "rgb(244 , 48 , 20)") == \
        "linear-gradient(red, blue) rgb(244 , 48 , 20)"
    # refineHSL: hsl() text rewritten with commas and percentages, the alpha only when not opaque
    assert satori_current_color("linear-gradient(red, blue) currentcolor", "hsl(120 60% 40%)") == \
        "linear-gradient(red, blue) hsl(120,60%,40%)"
    assert satori_current_color("CURRENTCOLOR", "hsla(10, 20%, 30%, 50%)") == "hsl(10,20%,30%,0.5)"
