"""CSS colour syntaxes accepted by pureog.style.color (Satori's parse-css-color + resvg)."""

from __future__ import annotations

import pytest

from pureog.color import BLACK, Color
from pureog.errors import StyleError
from pureog.style.color import NAMED_COLORS, hsl_to_rgb, parse_color

RED = Color(255, 0, 0, 1.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#f00", RED),
        ("#F00", RED),
        ("#f008", Color(255, 0, 0, 0x88 / 255)),
        ("#ff0000", RED),
        ("#ff000080", Color(255, 0, 0, 128 / 255)),
        ("#123456", Color(0x12, 0x34, 0x56)),
        ("rgb(255, 0, 0)", RED),
        ("rgb(255,0,0)", RED),
        ("rgba(255, 0, 0, 0.5)", Color(255, 0, 0, 0.5)),
        ("rgba(255, 0, 0, .25)", Color(255, 0, 0, 0.25)),
        ("rgba(255, 0, 0, 50%)", Color(255, 0, 0, 0.5)),
        ("rgb(255 0 0)", RED),
        ("rgb(255 0 0 / 0.5)", Color(255, 0, 0, 0.5)),
        ("rgb(255 0 0 / 50%)", Color(255, 0, 0, 0.5)),
        ("rgba(255 0 0 / .2)", Color(255, 0, 0, 0.2)),
        ("rgb(100%, 0%, 0%)", RED),
        ("rgb(100% 0% 0% / 1)", RED),
        ("rgb(300, -5, 0)", RED),  # clamped
        ("rgb(254.6, 0, 0)", RED),  # rounded
        ("rgba(0, 0, 0, 2)", BLACK),  # alpha clamped
        ("hsl(0, 100%, 50%)", RED),
        ("hsl(120, 100%, 50%)", Color(0, 255, 0)),
        ("hsl(240 100% 50%)", Color(0, 0, 255)),
        ("hsla(0, 100%, 50%, 0.5)", Color(255, 0, 0, 0.5)),
        ("hsl(0deg 100% 50% / 25%)", Color(255, 0, 0, 0.25)),
        ("hsl(0.5turn 100% 25%)", Color(0, 128, 128)),
        ("hsl(3.141592653589793rad, 100%, 25%)", Color(0, 128, 128)),
        ("hsl(200grad, 100%, 25%)", Color(0, 128, 128)),
        ("hsl(-120, 100%, 50%)", Color(0, 0, 255)),
        ("hsl(480, 100%, 50%)", Color(0, 255, 0)),
        ("hsl(0, 0%, 50%)", Color(127, 127, 127)),  # 127.5: resvg truncates (the comma syntax reaches it)
        ("red", RED),
        ("RED", RED),
        ("rebeccapurple", Color(0x66, 0x33, 0x99)),
        ("cyan", Color(0, 255, 255)),
        ("transparent", Color(0, 0, 0, 0.0)),
        ("  white  ", Color(255, 255, 255)),
    ],
)
def test_colour_syntaxes(text: str, expected: Color) -> None:
    assert parse_color(text, BLACK) == expected


def test_current_color_is_the_given_colour() -> None:
    blue = Color(0, 0, 255, 0.5)
    assert parse_color("currentColor", blue) == blue
    assert parse_color("currentcolor", blue) == blue


def test_all_148_named_colours() -> None:
    assert len(NAMED_COLORS) == 148
    assert parse_color("lightgoldenrodyellow", BLACK) == Color(0xFA, 0xFA, 0xD2)
    assert NAMED_COLORS["grey"] == NAMED_COLORS["gray"]


def test_hsl_rounds_to_nearest() -> None:
    # hsl(210, 50%, 40%) = rgb(51, 102, 153) exactly; hsl(30, 50%, 50%) = (191.25, 127.5, 63.75)
    assert hsl_to_rgb(210, 0.5, 0.4) == (51, 102, 153)
    assert hsl_to_rgb(30, 0.5, 0.5) == (191, 128, 64)


def test_legacy_hsl_is_truncated_as_resvg_does() -> None:
    # Satori hands resvg the comma syntax; svgtypes converts in f32 and truncates each channel
    # (measured with Next.js: hsl(215, 73%, 26%) fills text with rgb(17, 58, 114), CSS says 18, 58, 115)
    assert hsl_to_rgb(215, 0.73, 0.26, resvg=True) == (17, 58, 114)
    assert parse_color("hsl(215, 73%, 26%)", BLACK) == Color(17, 58, 114)
    assert parse_color("hsl(215 73% 26%)", BLACK) == Color(18, 58, 115)  # Next paints it black: CSS


@pytest.mark.parametrize(
    "text",
    ["", "redd", "#ff", "#fffff", "#ggg", "rgb(1, 2)", "rgb(1 2 3 4)", "rgb(1, 2, 3, 4, 5)", "rgb(a, b, c)",
     "hsl(1px, 2%, 3%)", "red blue", "12px", "rgb(1 2 / 3 4)"],
)
def test_bad_colours_raise(text: str) -> None:
    with pytest.raises(StyleError, match="colour"):
        parse_color(text, BLACK)


def test_unsupported_colour_functions_say_so() -> None:
    with pytest.raises(StyleError, match=r"lab\(\) is not supported yet"):
        parse_color("lab(50% 40 59)", BLACK)
