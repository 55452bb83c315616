"""The mask longhands as Satori reads them: the whole text for every layer (pureog/style/satori_background.py)."""

from __future__ import annotations

import pytest

from pureog.errors import RenderWarning
from pureog.style.background_values import BackgroundPosition, BackgroundRepeat, BackgroundSize
from pureog.style.values import Percent
from tests.style.helpers import style

TWO = "linear-gradient(black, black), linear-gradient(red, blue)"


def _mask(**declared: str) -> tuple[tuple[BackgroundSize, ...], tuple[BackgroundPosition, ...],
                                    tuple[BackgroundRepeat, ...]]:
    with pytest.warns(RenderWarning, match="read whole for every mask layer"):
        s = style({"maskImage": TWO, **declared})
    return s.mask_size, s.mask_position, s.mask_repeat


def test_a_size_list_is_one_size_for_every_layer_made_of_the_pieces_css_dimension_reads() -> None:
    # split on spaces: '0px,' (unit 'px,') is dropped, so the size is 9.75px by 156% (measured with Next)
    assert _mask(maskSize="9.75px 0px, 156% 89%")[0] == (BackgroundSize(None, (9.75, Percent(156.0))),)
    # '20px,40px' is css-dimension's 20px (parseFloat of the text, its unit the last run of non-digits)
    assert _mask(maskSize="30px 20px,40px 40px")[0] == (BackgroundSize(None, (30.0, 20.0)),)
    # one value left: the gradient has no height (Next draws nothing)
    assert _mask(maskSize="50%, 30px")[0] == (BackgroundSize(None, (30.0,)),)
    assert _mask(maskSize="cover, contain")[0] == (BackgroundSize(None, (), dropped=True),)


def test_a_size_list_holding_auto_is_an_auto_size() -> None:
    # Satori tests size.includes('auto'): a gradient layer is the box's size
    assert _mask(maskSize="auto, 30px 20px")[0] == (BackgroundSize("auto", (), True, True),)
    # beside one auto, the other piece as Satori's url() sizing reads it: '50%,' is +'50%,', NaN
    assert _mask(maskSize="auto 50%, 10px")[0] == (BackgroundSize("auto", (), True, False, nan_with_unit=True),)
    assert _mask(maskSize="auto 40% , 10px 5px")[0] == (BackgroundSize("auto", (Percent(40.0),), True, False),)


def test_a_position_list_keeps_the_first_two_values_read() -> None:
    assert _mask(maskPosition="10px 5px, 50px 20px")[1] == (BackgroundPosition((10.0, 50.0)),)


def test_a_repeat_list_draws_every_layer_once() -> None:
    assert _mask(maskRepeat="repeat, repeat-y")[2] == (BackgroundRepeat.NO_REPEAT,)


def test_without_a_comma_the_layers_share_the_one_value_as_before() -> None:
    s = style({"maskImage": TWO, "maskSize": "20px 10px", "maskRepeat": "repeat-x", "maskPosition": "5px 6px"})
    assert s.mask_size == (BackgroundSize(None, (20.0, 10.0)),)
    assert s.mask_repeat == (BackgroundRepeat.REPEAT_X,)
    assert s.mask_position == (BackgroundPosition((5.0, 6.0)),)
