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
        ("rgba(255, 0, 0, 0.5)", Color(255, 0, 0, 127 / 255)),  # resvg truncates a number alpha
        ("rgba(255, 0, 0, .25)", Color(255, 0, 0, 63 / 255)),
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
        ("hsla(0, 100%, 50%, 0.5)", Color(255, 0, 0, 127 / 255)),
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
    ["", "redd", "#ff", "#fffff", "#ggg", "rgb(1, 2)", "rgb(1 2 3 4 5)", "rgb(1, 2, 3, 4, 5)", "rgb(a, b, c)",
     "hsl(1px, 2%, 3%)", "red blue", "12px", "rgb(1 2 / 3 4)"],
)
def test_bad_colours_raise(text: str) -> None:
    with pytest.raises(StyleError, match="colour"):
        parse_color(text, BLACK)


# Measured in headless Chromium 2026-12 (a 20 px box of each colour over white, screenshot pixel):
# CSS Color 4/5 as a browser draws it on an sRGB surface (out-of-gamut channels clipped).
CHROMIUM_COLOURS = [
    ("lab(50% 40 30)", (187, 88, 70)),
    ("lab(90 10 -80)", (151, 225, 255)),
    ("lch(70 40 250deg)", (96, 181, 239)),
    ("oklch(0.637 0.237 25.331)", (251, 44, 54)),
    ("oklch(0.5 0.3 140)", (0, 131, 0)),
    ("oklab(60% 40% -20%)", (188, 79, 172)),
    ("hwb(200 60% 60%)", (128, 128, 128)),
    ("color(display-p3 0.2 0.6 0.4)", (0, 156, 97)),
    ("color(srgb-linear 0.2 0.4 0.6)", (124, 170, 203)),
    ("color(xyz-d50 0.2 0.3 0.4)", (0, 168, 189)),
    ("color(rec2020 0.5 0.2 0.1)", (169, 49, 33)),
    ("color(a98-rgb 0.3 0.6 0.2)", (0, 154, 34)),
    ("color(prophoto-rgb 0.4 0.4 0.2)", (133, 121, 51)),
    ("color-mix(in srgb, red, blue)", (128, 0, 128)),
    ("color-mix(in srgb-linear, red, blue)", (188, 0, 188)),
    ("color-mix(in oklab, red 30%, blue)", (93, 75, 200)),
    ("color-mix(in oklch, red, blue)", (186, 0, 194)),
    ("color-mix(in hsl longer hue, red, blue)", (0, 255, 0)),
    ("color-mix(in lch decreasing hue, red, blue)", (245, 0, 134)),
    ("color-mix(in oklch increasing hue, red, blue)", (0, 147, 0)),
    ("color-mix(in hwb, red, lime)", (255, 255, 0)),
    ("lab(50 none 30)", (132, 118, 67)),
]


@pytest.mark.parametrize(("text", "chromium"), CHROMIUM_COLOURS)
def test_css4_colour_functions_match_chromium(text: str, chromium: tuple[int, int, int]) -> None:
    color = parse_color(text, BLACK)
    assert color.a == 1.0
    assert max(abs(a - b) for a, b in zip((color.r, color.g, color.b), chromium, strict=True)) <= 1, color


def test_css4_colour_alpha_and_mix_weights() -> None:
    # over white, Chromium shows (255, 192, 184) and (255, 243, 153): the same colours at 40 %
    assert parse_color("oklch(0.7 0.2 30 / 0.4)", BLACK) == Color(255, 97, 77, 0.4)
    assert parse_color("color-mix(in xyz, red 10%, yellow 30%)", BLACK) == Color(255, 225, 0, 0.4)
    assert parse_color("color(srgb 0.5 0.5 0.5 / 50%)", BLACK) == Color(128, 128, 128, 0.5)
    # weights summing below 100% scale the alpha; a transparent operand's channels do not count
    assert parse_color("color-mix(in srgb, red 20%, transparent)", BLACK) == Color(255, 0, 0, 0.2)
    assert parse_color("color-mix(in oklch, currentColor, currentColor)", Color(10, 20, 30)) == Color(10, 20, 30)


@pytest.mark.parametrize("text", ["lab(50, 40, 30)", "color(foo 1 0 0)", "color-mix(srgb, red, blue)",
                                  "color-mix(in srgb, red 120%, blue)", "color-mix(in srgb, red 0%, blue 0%)",
                                  "color-mix(in srgb longer hue, red, blue)", "oklch(0.5 0.1)"])
def test_css4_colour_functions_refuse_malformed_input(text: str) -> None:
    with pytest.raises(StyleError, match="expected a colour"):
        parse_color(text, BLACK)


def test_gray_is_no_css_colour() -> None:
    with pytest.raises(StyleError, match=r"gray\(\) is not a CSS colour"):
        parse_color("gray(50)", BLACK)


@pytest.mark.parametrize(("text", "expected"), [
    ("rgb(255,0,0,)", Color(255, 0, 0, 1.0)),  # svgtypes: a list separator after each number
    ("rgba(255,0,0,0.5,)", Color(255, 0, 0, 127 / 255)),
    ("rgba(255 0 0 0.5)", Color(255, 0, 0, 127 / 255)),  # a fourth number is the alpha, slash or not
    ("hsl(120,100,50)", Color(255, 255, 255, 1.0)),  # s/l without % are fractions clamped to 0..1
    ("hsl(120,1,0.25)", Color(0, 127, 0, 1.0)),
])
def test_colours_resvg_reads_leniently(text: str, expected: Color) -> None:
    assert parse_color(text, BLACK) == expected


def test_hex_of_five_or_seven_digits_is_an_unread_colour() -> None:
    # css-to-react-native and css-gradient-parser take it for a colour; resvg cannot read it
    from pureog.style.color import UnreadColor
    for text in ("#ff000", "#ff00000"):
        with pytest.raises(UnreadColor):
            parse_color(text, BLACK)


@pytest.mark.parametrize(("text", "alpha"), [
    ("rgba(58, 7, 255, 0.5)", 127),  # 127.5 truncated: Next fills at 127, not 128
    ("rgba(0, 0, 0, 0.3)", 76),
    ("rgba(0, 0, 0, 0.07)", 17),  # 17.85
    ("hsla(30, 90%, 3%, 0.12)", 30),  # 30.6
    ("rgba(0 0 0 0.12)", 30),  # the fourth number without a slash reaches resvg too
    ("rgb(0 0 0 / 0.12)", 31),  # the slash syntax paints black in Next: CSS's alpha, rounded
    ("rgba(0, 0, 0, 12%)", 31),  # a percentage alpha paints black in Next: CSS's
    ("#0000001f", 31),  # hex alpha is a byte already
])
def test_number_alpha_resvg_reads_is_truncated(text: str, alpha: int) -> None:
    """svgtypes reads a number alpha as ``(a * 255) as u8``; Satori hands the colour to resvg as written."""
    assert parse_color(text, BLACK).rgba8()[3] == alpha


def test_colours_written_at_length_are_not_kept_across_renders() -> None:
    """Round nineteen: parsed colours were kept by their text, 4,096 of them of any length (a distinct
    200,000-character ``rgb(...)`` a render: 12 MB after 60 renders, GBs at the bound)."""
    from pureog.color import BLACK  # noqa: PLC0415
    from pureog.style import color  # noqa: PLC0415

    color._PARSED.clear()
    for i in range(20):
        assert color.parse_color(f"rgb(1, 2, {i}" + " " * 100_000 + ")", BLACK).b == i
    assert color.parse_color("#123", BLACK) is color.parse_color("#123", BLACK)  # short ones are kept
    assert sum(len(text) for text, _ in color._PARSED) < 100_000  # before: 2,000,000 characters
    color._PARSED.clear()
