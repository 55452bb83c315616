"""An eleventh outsider's paint generator: test cards as a tester who learned CSS from MDN writes them
(``--generator mercurian``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator mercurian --seeds 0:250 --out /tmp/mercurian -j 1``). The other generators draw values from
grammars, templates, design tools or code assistants; this one draws the *value forms MDN's CSS reference
shows*: for each property in Satori's table, the forms its page lists in the "Syntax" block and uses in
its interactive example, written out below as this module's own tables (never MDN's text): keyword
colours, ``currentcolor``, the CSS-wide keywords (``inherit``, ``initial``, ``unset``, ``revert``), edge
offsets in ``background-position`` (``right 3em bottom 10px``), elliptical ``border-radius`` with ``/``,
shadow lists mixing ``em`` and colours first or last, the ``font`` shorthand with ``small-caps`` and
stretch keywords, transform function lists, several-layer ``background`` shorthands, ``clip-path``
shapes, ``filter`` chains, ``mask`` layers, ``object-position`` with offsets, flex shorthands.

A card (400x300 or smaller, sometimes 1200x630) holds one to three specimens: a labelled box with text,
a nested box or a small PNG (made here, as a data URI) carrying one to four declarations from the tables,
so a mismatch points at one property; each declaration's feature is ``<property>#<form>`` (the form's
index in its table, or ``kw-<keyword>``). Forms ``spec/differences.md`` lists (Next throws or draws them
broken) are tagged ``L:<form>``, so the summary's "without listed differences" line counts real
mismatches; the driver counts documents Next refuses apart. React-shaped trees reach the oracle as
written (the driver's ``RAW_GENERATORS``).

Found on first use (2026-12-07, seeds 0:250; Next drew 171 and refused 79, the throws ``L:`` or listed since, or
thrown by pureog too; pureog matched 161, 164 after the fixes, the seven left listed spellings; 159 of 159 without
them):
the CSS-wide keywords MDN's syntax blocks list for every property, which Satori reads as text: where Next draws
them, as any word the property cannot read (``letterSpacing: inherit`` spaces nothing, ``fontSize: initial``
keeps the parent's size, ``opacity: initial`` is opaque, ``textIndent: inherit`` indents nothing), and pureog
read them as CSS (a keyword sweep over Satori's table: 117 of 156 drawn, 135 after, the rest listed;
``satori-style/css-wide-keywords-read-as-text``); an ``objectPosition`` word Satori cannot read is 0 px, which
pureog ignored (seed 29; ``images/object-position-unreadable-word``); ``wordBreak: inherit`` (any word Satori does
not name) breaking as ``normal``, which pureog inherited (``text/word-break-unreadable-word``); an unreadable
``textDecorationColor`` drawing no line (``text/decoration-color-unreadable-word``); Next throwing on
keywords in the longhands it checks against a table or hands to Yoga, and on ``translateY(3in)`` (listed).

Run: ``python -m conformance.paintgen --generator mercurian --seeds 0:250 --out /tmp/mercurian -j 1``; the
committed slice is ``--slice --seeds 0:16`` (small canvases). Imports only the standard library.
"""

from __future__ import annotations

import base64
import random
from typing import Any

from conformance.paintgen.generate import Generated, el, rgba_png

CANVASES = ((400, 300), (400, 300), (400, 300), (600, 315), (1200, 630), (480, 270))
SMALL_CANVASES = ((240, 180), (200, 150), (320, 168))

# MDN's examples name families the card registers under those names (Geist as "Fira Sans", Roboto as
# "Georgia", Geist Mono as "Courier New"); generic families fall back as Satori falls back
FACES = (("Fira Sans", "Geist-Regular.ttf", 400, "normal"), ("Fira Sans", "Geist-Bold.ttf", 700, "normal"),
         ("Fira Sans", "Geist-Italic.ttf", 400, "italic"), ("Fira Sans", "Geist-Light.ttf", 300, "normal"),
         ("Georgia", "Roboto-Regular.ttf", 400, "normal"), ("Georgia", "Roboto-Bold.ttf", 700, "normal"),
         ("Courier New", "GeistMono-Regular.ttf", 400, "normal"))
WORDS = ("Sed ut perspiciatis", "unde omnis iste natus", "Example One", "Transformed element",
         "Hello World", "This is some sample text.", "Starry sky", "Twinkle twinkle", "London. Michaelmas term",
         "The quick brown fox", "Lorem ipsum dolor sit amet", "CSS is awesome")

Form = tuple[str, str]
"""A value form: (the value as written, ``""`` or the ``L:<row>`` tag of a listed difference)."""


def _ok(*values: str) -> list[Form]:
    return [(v, "") for v in values]


def _listed(tag: str, *values: str) -> list[Form]:
    return [(v, f"L:{tag}") for v in values]


# --- colours as MDN's <color> and property pages write them -------------------------------------------
COLOURS: list[Form] = [
    *_ok("red", "orange", "tan", "teal", "gold", "olive", "navy", "pink", "crimson", "skyblue", "burlywood",
         "goldenrod", "indigo", "lightblue", "darkorchid", "aquamarine", "coral", "chartreuse", "green",
         "#ffee99", "#32a1ce", "#fc0", "#558abb", "#e66465", "#9198e5", "#3f87a6", "#ebf8e1", "#f69d3c",
         "#090", "#009900", "#090a", "#009900aa", "rgb(34, 12, 64, 0.6)", "rgba(34, 12, 64, 0.6)",
         "rgb(211, 220, 50)", "rgba(170, 50, 220, .6)", "hsl(30, 100%, 50%, 0.6)", "hsla(30, 100%, 50%, 0.6)",
         "hsl(50, 33%, 25%)", "transparent"),
    *_listed("rebeccapurple", "rebeccapurple"),
    *_listed("rgb-space-alpha", "rgb(34 12 64 / 0.6)", "rgba(34 12 64 / 0.3)", "rgb(34 12 64 / 60%)",
             "rgb(255 255 128 / 50%)", "rgb(0 0 0 / 20%)"),
    *_listed("hsl-space", "hsl(30 100% 50% / 0.6)", "hsl(30.2 100% 50% / 60%)", "hsl(50 33% 25% / 75%)"),
    *_listed("color4-functions", "hwb(90 10% 10%)", "hwb(152deg 0% 58% / 70%)"),
]
SOLID = [c for c in COLOURS if not c[1] and c[0] != "transparent"]

# --- backgrounds ---------------------------------------------------------------------------------------
GRADIENTS: list[Form] = [
    *_ok("linear-gradient(#e66465, #9198e5)",
         "linear-gradient(to right, red, orange, yellow, green, blue, indigo, violet)",
         "linear-gradient(45deg, blue, red)", "linear-gradient(to left top, blue, red)",
         "linear-gradient(0deg, blue, green 40%, red)", "linear-gradient(45deg, red 0 50%, blue 50% 100%)",
         "linear-gradient(to bottom, #ffee99, transparent)", "linear-gradient(135deg, orange 60%, cyan)",
         "linear-gradient(217deg, rgba(255, 0, 0, .8), rgba(255, 0, 0, 0) 70.71%)",
         "linear-gradient(to right, red 20%, orange 20% 40%, yellow 40% 60%, green 60% 80%, blue 80%)",
         "linear-gradient(red, 30%, blue)",
         "radial-gradient(#e66465, #9198e5)", "radial-gradient(closest-side, #3f87a6, #ebf8e1, #f69d3c)",
         "radial-gradient(circle at 100%, #333, #333 50%, #eee 75%, #333 75%)",
         "radial-gradient(ellipse at top, #e66465, transparent)", "radial-gradient(circle, red, blue)",
         "radial-gradient(farthest-corner at 40px 40px, #f35 0%, #43e 100%)",
         "radial-gradient(ellipse closest-side, red, yellow 10%, #1e90ff 50%, white)",
         "repeating-linear-gradient(#e66465, #e66465 20px, #9198e5 20px, #9198e5 25px)",
         "repeating-linear-gradient(45deg, #3f87a6, #ebf8e1 15%, #f69d3c 20%)",
         "repeating-linear-gradient(to right, red 0 10px, transparent 10px 20px)",
         "repeating-radial-gradient(#e66465, #9198e5 20%)",
         "repeating-radial-gradient(closest-side, #3f87a6, #ebf8e1, #f69d3c)",
         "repeating-radial-gradient(circle at 100%, #333, #333 10px, #eee 10px, #eee 20px)"),
    *_listed("turn-angle", "linear-gradient(.25turn, red, 10%, blue)",
             "linear-gradient(0.25turn, #3f87a6, #ebf8e1, #f69d3c)"),
    *_listed("rgb-space-alpha", "linear-gradient(rgb(0 0 255 / 50%), rgb(255 255 0 / 50%))"),
    *_listed("conic-gradient", "conic-gradient(red, orange, yellow, green, blue)",
             "conic-gradient(from 0.25turn at 50% 30%, #f69d3c, 10deg, #3f87a6, 350deg, #ebf8e1)"),
]
BG_POSITIONS = _ok("top", "bottom", "left", "right", "center", "25% 75%", "0 0", "1cm 2cm", "10ch 8em",
                   "bottom 10px right 20px", "right 3em bottom 10px", "bottom 10px right", "top right 10px",
                   "right 35% bottom 45%", "left 4em bottom 1em", "2.5cm bottom", "center top", "50% 50%")
# one px length: css-to-react-native hands Satori a number, which it splits as text and throws (listed)
BG_SIZES = [*_ok("cover", "contain", "50%", "3.2em"), ("12px", "L:background-size-one-length"),
            *_ok("auto", "50% auto", "3em 25%", "auto 6px", "auto auto", "40px 30px", "100% 100%")]
BG_REPEATS = _ok("repeat-x", "repeat-y", "repeat", "space", "round", "no-repeat", "repeat space", "repeat repeat",
                 "round space", "no-repeat round")
BG_CLIPS = _ok("border-box", "padding-box", "content-box")


def _auto_with_unit(size: str) -> bool:
    """``auto`` beside a length with a unit (``auto 6px``), which Satori reads as NaN for a url() image."""
    words = size.split()
    return "auto" in words and any(w != "auto" and not w.endswith("%") and w.strip("0123456789.") for w in words)


def _uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def star_png(size: int) -> bytes:
    """A small star-ish sprite (MDN's ``star.png`` / ``startransparent.gif`` stand-in): a yellow diamond
    with a dark rim on transparency."""
    c = (size - 1) / 2

    def px(x: int, y: int) -> tuple[int, int, int, int]:
        d = abs(x - c) + abs(y - c)
        if d <= c * 0.6:
            return (255, 204, 0, 255)
        if d <= c * 0.85:
            return (160, 90, 20, 255)
        return (0, 0, 0, 0)

    return rgba_png(size, size, px)


def lizard_png(w: int, h: int) -> bytes:
    """An opaque picture (MDN's ``lizard.png`` stand-in): diagonal bands with a light disc."""
    def px(x: int, y: int) -> tuple[int, int, int, int]:
        if (x - w * 0.6) ** 2 + (y - h * 0.4) ** 2 < (min(w, h) * 0.25) ** 2:
            return (240, 230, 200, 255)
        band = ((x + y) // 4) % 3
        return ((60, 120, 70, 255), (90, 160, 80, 255), (40, 80, 50, 255))[band]

    return rgba_png(w, h, px)


# --- text --------------------------------------------------------------------------------------------
FONT_SHORTHANDS: list[Form] = [
    *_ok("bold 24px Georgia", "italic 18px Fira Sans", "16px serif", "bold 20px sans-serif", "italic bold 16px cursive",
         "14px monospace", "small-caps bold 22px Fira Sans", "normal 400 18px Georgia", "italic 1.2em Fira Sans",
         "condensed 20px Georgia", "oblique 18px sans-serif"),
    *_listed("font-shorthand-css", "1.2em \"Fira Sans\", sans-serif", "italic 1.2em \"Fira Sans\", serif",
             "italic small-caps bold 16px/2 cursive", "small-caps bold 24px/1 sans-serif",
             "1.5em Georgia, serif", "italic small-caps bold condensed 16px/2 cursive",
             "80% sans-serif"),
    *_listed("font-lineheight-px", "12px/14px sans-serif"),
]
FONT_FAMILIES = _ok("Georgia, serif", "\"Gill Sans\", sans-serif", "sans-serif", "serif", "cursive", "system-ui",
                    "monospace", "\"Fira Sans\", serif", "'Courier New', monospace", "Fira Sans", "fantasy")
FONT_SIZES: list[Form] = [*_ok("1.2em", "12px", "2.5em", "1.5rem", "14px", "24px", "0.8em", "2rem", "36px",
                               "xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large",
                               "smaller", "larger"),
                          *_listed("font-size-units", "80%", "150%", "12pt", "10vw", "2ch")]
FONT_WEIGHTS: list[Form] = [*_ok("normal", "bold", "bolder", "100", "300", "400", "700", "900", "750"),
                            *_listed("font-weight-lighter", "lighter")]
FONT_STYLES = _ok("normal", "italic", "oblique", "oblique 10deg", "oblique 40deg")
LINE_HEIGHTS = _ok("normal", "2.5", "3em", "150%", "32px", "1.2", "1", "0.8", "34%")
LETTER_SPACINGS = _ok("normal", ".2rem", "1px", "-1px", "0.3em", "3px", "-0.05em", "0.5px", "1.5em")
TEXT_ALIGNS = _ok("start", "end", "left", "right", "center", "justify")
TEXT_TRANSFORMS = _ok("none", "capitalize", "uppercase", "lowercase", "full-width")
TEXT_DECORATIONS: list[Form] = [
    *_ok("underline", "underline dotted", "underline dotted red", "line-through", "none", "underline red",
         "line-through blue", "underline dashed", "underline double #ff3028"),
    *_listed("decoration-css", "green wavy underline", "underline overline #FF3028", "overline",
             "underline 4px", "underline wavy red"),
]
DECORATION_STYLES = _ok("solid", "double", "dotted", "dashed")
TEXT_SHADOWS: list[Form] = [
    *_ok("1px 1px 2px black", "#fc0 1px 0 10px", "5px 5px #558abb", "white 2px 5px", "5px 10px",
         "red 0 -2px", "1px 1px 2px pink", "1px 1px 2px red, 0 0 1em blue, 0 0 0.2em blue",
         "1px 1px 2px black, 0 0 25px blue, 0 0 5px darkblue", "0 0 3px #ff0000, 0 0 5px #0000ff",
         "2px 2px 0 rgba(0, 0, 0, 0.5)"),
]
WHITE_SPACES = _ok("normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces")
WORD_BREAKS = _ok("normal", "break-all", "keep-all", "break-word")
TEXT_OVERFLOWS = _ok("clip", "ellipsis")
TEXT_INDENTS = _ok("3mm", "40px", "15%", "5em", "-2em", "0")
TEXT_STROKES = _ok("4px navy", "1px red", "2px #32a1ce", "0.5px black", "thin black")
TEXT_WRAPS = _ok("wrap", "balance", "nowrap", "pretty")

# --- borders and boxes -----------------------------------------------------------------------------
BORDERS: list[Form] = [
    *_ok("solid", "dashed red", "1rem solid", "3px solid #32a1ce", "solid 10px", "dashed", "5px dashed",
         "0.5em solid coral", "2px solid", "solid 4px rgba(0, 0, 0, 0.3)", "1px solid gray"),
    *_listed("border-chrome-styles", "thick double #32a1ce", "4mm ridge rgba(211, 220, 50, .6)",
             "groove 1em red", "ridge gold", "dotted", "4px dotted blue", "medium double green"),
    *_listed("rgb-space-alpha", "4mm solid rgb(211 220 50 / 60%)"),
]
BORDER_WIDTHS = _ok("thick", "1em", "4px 1.25em", "2ex 1.25ex 0.5ex", "0 4px 8px 12px", "medium", "thin", "10px 4px",
                    "2px 4px", "8px")
BORDER_STYLES = _ok("none", "dotted", "dashed", "solid", "groove", "ridge", "inset", "outset", "double",
                    "dotted solid", "hidden double", "dashed groove none dotted")
BORDER_COLOURS = _ok("red", "red #32a1ce", "red rgba(170, 50, 220, .6) green", "red yellow green transparent",
                     "#f69d3c", "currentcolor")
RADII = _ok("10px", "10px 5%", "2px 4px 2px", "1px 0 3px 4px", "10px / 20px", "10px 5% / 20px 30px",
            "10px 5px 2em / 20px 25px 30%", "10px 5% / 20px 25em 30px 35em", "30px", "25% 10%",
            "10% 30% 50% 70%", "10% / 50%", "10px 100px / 120px", "50% 20% / 10% 40%",
            "10% 30% 50% 70% / 10% 30% 50% 70%", "1em/5em", "4px 3px 6px / 2px 4px", "50%", "40px 10px",
            "13em/3em", "2em", "10px 40px 40px 10px")
CORNER_RADII = _ok("80px 80px", "250px 100px", "50%", "50% 20%", "15px", "1em 2em", "20%")
BOX_SHADOWS: list[Form] = [
    *_ok("60px -16px teal", "10px 5px 5px black", "2px 2px 2px 1px rgba(0, 0, 0, 0.2)", "10px 5px 5px red",
         "12px 12px 2px 1px rgba(0, 0, 255, .2)", "0 0 0 2px rgb(255, 255, 255)", "3px 3px red",
         "inset 0 0 10px #000", "0 0 0 10px #2e3436, 0 0 0 20px #edd400",
         "inset 3px 3px red, 5px 5px 10px black"),
    *_listed("boxshadow-parser-spellings", "inset 5em 1em gold", "3px 3px red, -1em 0 0.4em olive",
             "inset 0 -3em 3em rgba(0, 0, 0, 0.1), 0 0 0 2px rgb(255, 255, 255), 0.3em 0.3em 1em rgba(0, 0, 0, 0.3)",
             "0 0 0 2em #2e3436, 0 0 0 4em #edd400"),
    *_listed("rgb-space-alpha", "12px 12px 2px 1px rgb(0 0 255 / 20%)"),
    *_listed("unreadable-box-shadow", "none"),
]
OPACITIES: list[Form] = [*_ok("0", "0.2", "0.5", ".9", "1", "0.75"), *_listed("opacity-percent", "45%")]
FILTERS: list[Form] = [
    *_ok("blur(5px)", "brightness(0.4)", "contrast(200%)", "drop-shadow(16px 16px 20px blue)", "grayscale(50%)",
         "hue-rotate(90deg)", "invert(75%)", "opacity(25%)", "saturate(30%)", "sepia(60%)",
         "contrast(175%) brightness(3%)", "drop-shadow(3px 3px red) sepia(100%) drop-shadow(-3px -3px blue)",
         "grayscale(80%)", "drop-shadow(16px 16px 20px red) invert(75%)", "none", "brightness(150%)",
         "blur(2px) grayscale(1)", "sepia(1)", "saturate(2)"),
    *_listed("filter-group", "blur(0.3em)", "drop-shadow(0 0 0.75rem crimson)"),
]
TRANSFORMS: list[Form] = [
    *_ok("translate(12px, 50%)", "translateY(3in)", "translate(30px, 20px) rotate(20deg)",
         "scale(2, 0.5)", "scaleX(2)", "scaleY(0.5)", "skew(30deg, 20deg)", "skewX(30deg)", "skewY(1.07rad)",
         "rotate(45deg)", "translateX(10px) rotate(10deg) translateY(5px)", "rotate(-0.25rad)", "scale(0.7)",
         "translateX(200px) rotate(135deg)", "rotate(135deg) translateX(200px)", "skew(10deg)", "scale(-1, 1)",
         "rotate(30deg) scale(1.2)", "translate(-20px, 10%)", "rotateZ(10deg)", "rotateX(10deg)",
         "rotateY(10deg)"),
    *_listed("transform-css", "none", "rotate(0.5turn)", "translateX(2em)", "rotate(0.1turn)"),
    *_listed("transform-3d", "matrix(1, 2, 3, 4, 5, 6)", "matrix(1, 0.2, -0.2, 1, 10, 0)",
             "perspective(17px)", "translate3d(12px, 50%, 3em)", "translateZ(2px)", "scale3d(2.5, 1.2, 0.3)",
             "perspective(500px) translate3d(10px, 0, 20px) rotateY(30deg)"),
]
ORIGINS = _ok("center", "top left", "50px 50px", "left", "right", "top", "bottom", "2px", "2px 30%", "left 5px",
              "right bottom", "bottom right", "100% 0", "0 0", "30% 70%", "center top", "bottom right 60px",
              "left 5px -3px", "right bottom 2cm")
CLIP_PATHS: list[Form] = [
    *_ok("inset(100px 50px)", "circle(50px at 0 100px)", "ellipse(50px 60px at 10% 20%)",
         "polygon(50% 0%, 100% 50%, 50% 100%, 0% 50%)", "inset(22% 12% 15px 35px)", "circle(40%)",
         "ellipse(130px 140px at 10% 20%)", "inset(10px round 20px)", "inset(5% 10% 15% 20% round 10px 20px)",
         "circle(50%)", "ellipse(40% 50%)", "polygon(0% 0%, 100% 0%, 100% 75%, 75% 75%, 75% 100%, 50% 75%, 0% 75%)",
         "path(\"M0.5,1 C0.5,1,0,0.7,0,0.3 A0.25,0.25,1,1,1,0.5,0.3 A0.25,0.25,1,1,1,1,0.3 C1,0.7,0.5,1,0.5,1 Z\")",
         "path(\"M 0 200 L 0,75 A 5,5 0,0,1 150,75 A 5,5 0,0,1 300,75 Q 300,150 150,200 L 0,200 z\")",
         "circle(6rem at 12rem 8rem)", "polygon(50% 0, 100% 50%, 50% 100%, 0 50%)"),
    *_listed("clip-path-css", "circle(closest-side)", "circle(at 30% 40%)"),
]
MASKS: list[Form] = [
    *_ok("linear-gradient(black, transparent)", "radial-gradient(circle, black 50%, rgba(0, 0, 0, 0.5) 50%)",
         "linear-gradient(to right, transparent, black)", "radial-gradient(black, transparent 70%)",
         "linear-gradient(45deg, black 25%, transparent 75%)"),
    *_listed("rgb-space-alpha", "linear-gradient(rgb(0 0 0 / 100%), transparent)"),
]
MASK_SIZES = _ok("auto", "50%", "40px 30px", "100% 50%", "contain", "cover")
MASK_POSITIONS = _ok("top", "center", "25% 75%", "0 0", "1cm 2cm", "right 10px bottom 5px")
MASK_REPEATS = _ok("repeat", "no-repeat", "repeat-x", "repeat-y", "space", "round")
OBJECT_FITS = _ok("contain", "cover", "fill", "none", "scale-down")
OBJECT_POSITIONS = _ok("top", "bottom", "left", "right", "center", "25% 75%", "0 0", "1cm 2cm", "10ch 8em",
                       "bottom 10px right 20px", "right 3em bottom 10px", "top 0 right 10px", "50% 50%",
                       "right top", "left bottom", "250px 125px", "100px 50px")
MARGINS = _ok("1em", "5% 0", "10px 50px 20px", "10px 50px 30px 0", "0", "2em auto", "auto", "-3px", "4px 8px")
PADDINGS = _ok("1em", "5% 10%", "1em 2em 2em", "5px 1em 0 2em", "0", "10px", "2em")
SIZES = _ok("150px", "20em", "75%", "auto", "50%", "120px", "10rem")
MAX_SIZES = _ok("150px", "20em", "75%", "none", "3.5em", "50%")
BOX_SIZINGS = _ok("border-box", "content-box")
OVERFLOWS = _ok("visible", "hidden", "clip", "scroll", "auto", "hidden visible")
ASPECTS: list[Form] = [*_ok("1 / 1", "16 / 9", "3/4", "auto 3/4"), *_listed("aspect-ratio-number", "1", "0.5")]

# --- flexible box ----------------------------------------------------------------------------------
FLEXES = _ok("1", "2", "10em", "30%", "1 30px", "2 2", "2 2 10%", "auto", "none", "1 1 100px", "0 1 auto")
FLEX_BASES = _ok("10em", "3px", "50%", "auto", "0", "200px")
FLEX_GROWS = _ok("3", "0.6", "1", "0")
FLEX_SHRINKS = _ok("2", "0.6", "0", "1")
FLEX_DIRECTIONS = _ok("row", "row-reverse", "column", "column-reverse")
FLEX_WRAPS = _ok("nowrap", "wrap", "wrap-reverse")
JUSTIFIES: list[Form] = [*_ok("center", "flex-start", "flex-end", "space-between", "space-around", "stretch",
                              "left", "right", "safe center"),
                         *_listed("justify-css", "start", "end", "normal"),
                         *_listed("space-evenly", "space-evenly")]
ALIGN_ITEMS: list[Form] = [*_ok("normal", "stretch", "center", "flex-start", "flex-end", "baseline",
                                "self-start", "self-end", "first baseline", "last baseline", "safe center"),
                           *_listed("justify-css", "start", "end")]
ALIGN_SELFS = _ok("auto", "center", "flex-start", "flex-end", "stretch", "baseline")
GAPS = _ok("0", "10%", "1em", "10px 20px", "20px", "21px 82px", "1em 0.5em")

GLOBALS = ("inherit", "initial", "unset", "revert")
# where a CSS-wide keyword on a property Next.js draws is a listed difference: it reaches Satori as text,
# which it paints black or draws broken there (spec/differences.md); elsewhere Next.js reads it as any
# word the property cannot read, and so does pureog
_COLOUR_KW = frozenset({"inherit", "unset"})
_BROKEN_KW = frozenset(GLOBALS)
GLOBAL_LISTED: dict[str, tuple[frozenset[str], str]] = {
    "color": (_COLOUR_KW, "color-keyword"),
    "textDecorationColor": (frozenset({"inherit", "initial", "unset"}), "color-keyword"),
    "backgroundColor": (frozenset({"inherit", "initial", "unset"}), "bg-colour-keyword"),
    "lineHeight": (_BROKEN_KW, "unreadable-line-height"), "boxShadow": (_BROKEN_KW, "unreadable-box-shadow"),
    "clipPath": (_BROKEN_KW, "unreadable-clip-path"),
    **{f"border{c}Radius": (_BROKEN_KW, "unreadable-corner-radius")
       for c in ("TopLeft", "TopRight", "BottomRight", "BottomLeft")},
}


class _Mercurian:
    """One document's draws (every draw from one ``random.Random``) and the features it used."""

    def __init__(self, seed: int, w: int, h: int, small: bool) -> None:
        self.r = random.Random(f"mercurian-{seed}")
        self.w, self.h = w, h
        self.small = small
        self.features: set[str] = set()
        self.listed = self.r.random() < 0.25

    def f(self, name: str) -> None:
        self.features.add(name)

    def pick(self, prop: str, table: list[Form], listed_ok: bool = True) -> str:
        """A form of ``table`` for ``prop`` (a CSS-wide keyword now and then), its features noted."""
        r = self.r
        if r.random() < 0.05:
            kw = r.choice(GLOBALS)
            self.f(f"{prop}#kw-{kw}")
            self.f(f"kw-{kw}")
            words, tag = GLOBAL_LISTED.get(prop, (frozenset(), ""))
            if kw in words:
                self.f(f"L:{tag}")
            return kw
        # listed forms in a quarter of the documents only: Next throws on most of them
        forms = table if listed_ok and self.listed else [t for t in table if not t[1]]
        i = r.randrange(len(forms))
        value, tag = forms[i]
        self.f(f"{prop}#{table.index(forms[i])}")
        if tag:
            self.f(tag)
        return value

    def colour(self, prop: str) -> str:
        r = self.r
        if r.random() < 0.06:
            self.f("currentcolor")
            self.f(f"{prop}#currentcolor")
            return "currentcolor"
        return self.pick(prop, COLOURS)

    def solid(self) -> str:
        return self.r.choice(SOLID)[0]

    # --- declaration families, each onto the specimen's style ------------------------------------------
    def background(self, s: dict[str, Any]) -> None:
        r = self.r
        kind = r.choice(("colour", "image", "position", "size", "repeat", "shorthand", "layers", "clip"))
        self.f(f"bg-{kind}")
        star = _uri(star_png(r.choice((12, 16, 24))))
        if kind == "colour":
            s["backgroundColor"] = self.colour("backgroundColor")
        elif kind == "image":
            s["backgroundImage"] = self.pick("backgroundImage", GRADIENTS)
        elif kind == "position":
            s["backgroundImage"] = r.choice((f"url({star})", f"url(\"{star}\")",
                                             "linear-gradient(#e66465, #9198e5)"))
            s["backgroundRepeat"] = "no-repeat"
            if "gradient" in s["backgroundImage"]:
                s["backgroundSize"] = "40px 30px"
            s["backgroundPosition"] = self.pick("backgroundPosition", BG_POSITIONS)
            s["backgroundColor"] = "#ffee99"
        elif kind == "size":
            s["backgroundImage"] = r.choice((f"url({star})", "radial-gradient(#e66465, #9198e5)",
                                             f"url({_uri(lizard_png(20, 14))})"))
            s["backgroundSize"] = self.pick("backgroundSize", BG_SIZES)
            if r.random() < 0.5:
                s["backgroundRepeat"] = "no-repeat"
            elif s["backgroundImage"].startswith("url(") and _auto_with_unit(s["backgroundSize"]):
                # Satori sizes the other side +"6px", NaN: Next draws no tile (a listed difference)
                self.f("L:url-size-auto-length")
        elif kind == "repeat":
            s["backgroundImage"] = r.choice((f"url({star})", "linear-gradient(45deg, red 0 50%, blue 50% 100%)"))
            s["backgroundSize"] = r.choice(("24px 24px", "30%", "18px 18px"))
            s["backgroundRepeat"] = self.pick("backgroundRepeat", BG_REPEATS)
        elif kind == "clip":
            s["backgroundColor"] = self.solid()
            s["border"] = "6px dashed rgba(0, 0, 0, 0.4)"
            s["padding"] = "10px"
            s["backgroundClip"] = self.pick("backgroundClip", BG_CLIPS)
        elif kind == "shorthand":
            self.background_shorthand(s, star)
        else:
            n = r.choice((2, 2, 3))
            layers = [self.pick("backgroundImage", GRADIENTS) for _ in range(n)]
            key = r.choice(("background", "backgroundImage"))
            s[key] = ", ".join(layers)
            self.f(f"bg-layers-{n}")
            if r.random() < 0.5:
                s["backgroundSize"] = ", ".join(r.choice(BG_SIZES)[0] for _ in range(n))  # a list: no number
                s["backgroundRepeat"] = "no-repeat"
                self.f("bg-layers-sizes")

    def background_shorthand(self, s: dict[str, Any], star: str) -> None:
        """MDN's ``background`` examples: a colour, a box keyword and a colour, an image with a repeat
        style, ``center/80%``, ``left 5% / 15% 60% repeat-x``, several layers with the colour last."""
        lizard = _uri(lizard_png(24, 18))
        forms: list[Form] = [
            *_ok("green", "pink", f"{self.solid()}", "content-box radial-gradient(crimson, skyblue)",
                 "border-box red", "linear-gradient(45deg, #e66465, #9198e5)",
                 "radial-gradient(ellipse at top, #e66465, transparent), "
                 "radial-gradient(ellipse at bottom, #4d9f0c, transparent)",
                 "linear-gradient(to right, red, orange), #fc0",
                 "repeating-linear-gradient(45deg, #3f87a6, #ebf8e1 15%, #f69d3c 20%)",
                 f"url({star})", f"url(\"{star}\")"),
            *_listed("bg-url-layer-extra", f"url(\"{star}\") repeat-y", f"no-repeat url(\"{lizard}\")",
                     f"left 5% / 15% 60% repeat-x url(\"{star}\")", f"no-repeat center/80% url(\"{lizard}\")",
                     f"url(\"{star}\") #99f repeat-y", f"url(\"{star}\") #ffee99 2.5cm bottom no-repeat",
                     f"url(\"{star}\") #ffee99 left 4em bottom 1em no-repeat",
                     f"center / contain no-repeat url(\"{star}\"), #eee 35% url(\"{lizard}\")"),
            *_listed("bg-box-layers",
                     "linear-gradient(#e66465, #9198e5) padding-box, linear-gradient(red, blue) border-box"),
        ]
        s["background"] = self.pick("background", forms)
        if "content-box" in s["background"] or "padding-box" in s["background"]:
            s["padding"] = "12px"
            s["border"] = "5px dashed rgba(0, 0, 0, 0.35)"

    def border(self, s: dict[str, Any]) -> None:
        r = self.r
        kind = r.choice(("shorthand", "shorthand", "width", "style", "colour", "side"))
        self.f(f"border-{kind}")
        if kind == "shorthand":
            s["border"] = self.pick("border", BORDERS)
        elif kind == "width":
            s["borderStyle"] = "solid"
            s["borderColor"] = self.solid()
            s["borderWidth"] = self.pick("borderWidth", BORDER_WIDTHS)
        elif kind == "style":
            s["borderWidth"] = "4px"
            s["borderColor"] = self.solid()
            s["borderStyle"] = self.pick("borderStyle", BORDER_STYLES)
        elif kind == "colour":
            s["borderWidth"] = "6px"
            s["borderStyle"] = "solid"
            s["borderColor"] = self.pick("borderColor", BORDER_COLOURS)
        else:
            side = r.choice(("Top", "Right", "Bottom", "Left"))
            s[f"border{side}"] = self.pick(f"border{side}", BORDERS, listed_ok=False)

    def radius(self, s: dict[str, Any]) -> None:
        r = self.r
        if r.random() < 0.75:
            s["borderRadius"] = self.pick("borderRadius", RADII)
        else:
            corner = r.choice(("TopLeft", "TopRight", "BottomRight", "BottomLeft"))
            s[f"border{corner}Radius"] = self.pick(f"border{corner}Radius", CORNER_RADII)
        if "background" not in s and "backgroundColor" not in s and "backgroundImage" not in s:
            s["backgroundColor"] = self.solid()
        if r.random() < 0.4 and "border" not in s:
            s["border"] = f"{r.choice((2, 4, 10))}px solid {self.solid()}"

    def shadow(self, s: dict[str, Any]) -> None:
        s["boxShadow"] = self.pick("boxShadow", BOX_SHADOWS)
        s.setdefault("backgroundColor", self.solid())

    def transform(self, s: dict[str, Any]) -> None:
        s["transform"] = self.pick("transform", TRANSFORMS)
        if self.r.random() < 0.45:
            s["transformOrigin"] = self.pick("transformOrigin", ORIGINS)

    def effect(self, s: dict[str, Any]) -> None:
        r = self.r
        kind = r.choice(("opacity", "filter", "filter", "clip", "clip", "mask"))
        self.f(f"effect-{kind}")
        if kind == "opacity":
            s["opacity"] = self.pick("opacity", OPACITIES)
        elif kind == "filter":
            s["filter"] = self.pick("filter", FILTERS)
        elif kind == "clip":
            s["clipPath"] = self.pick("clipPath", CLIP_PATHS)
        else:
            s["maskImage"] = self.pick("maskImage", MASKS)
            if r.random() < 0.5:
                s["maskSize"] = self.pick("maskSize", MASK_SIZES)
            if r.random() < 0.4:
                s["maskPosition"] = self.pick("maskPosition", MASK_POSITIONS)
            if r.random() < 0.4:
                s["maskRepeat"] = self.pick("maskRepeat", MASK_REPEATS)

    def box_model(self, s: dict[str, Any]) -> None:
        r = self.r
        kind = r.choice(("margin", "padding", "width", "maxWidth", "boxSizing", "overflow", "aspectRatio"))
        self.f(f"box-{kind}")
        if kind == "margin":
            s["margin"] = self.pick("margin", MARGINS)
        elif kind == "padding":
            s["padding"] = self.pick("padding", PADDINGS)
        elif kind == "width":
            key = r.choice(("width", "height"))
            s[key] = self.pick(key, SIZES)
        elif kind == "maxWidth":
            key = r.choice(("maxWidth", "maxHeight", "minWidth", "minHeight"))
            s[key] = self.pick(key, MAX_SIZES)
        elif kind == "boxSizing":
            s["border"] = "6px solid #32a1ce"
            s["padding"] = "10px"
            s["boxSizing"] = self.pick("boxSizing", BOX_SIZINGS)
        elif kind == "overflow":
            s["overflow"] = self.pick("overflow", OVERFLOWS)
        else:
            s.pop("height", None)
            s["aspectRatio"] = self.pick("aspectRatio", ASPECTS)

    def text_decl(self, s: dict[str, Any]) -> None:
        r = self.r
        kind = r.choice(("color", "font", "fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight",
                         "letterSpacing", "textAlign", "textTransform", "textDecoration", "textShadow",
                         "textShadow", "whiteSpace", "wordBreak", "textOverflow", "textIndent", "stroke",
                         "lineClamp", "textWrap", "decorationLonghands"))
        self.f(f"text-{kind}")
        tables: dict[str, list[Form]] = {
            "fontFamily": FONT_FAMILIES, "fontSize": FONT_SIZES, "fontWeight": FONT_WEIGHTS,
            "fontStyle": FONT_STYLES, "lineHeight": LINE_HEIGHTS, "letterSpacing": LETTER_SPACINGS,
            "textAlign": TEXT_ALIGNS, "textTransform": TEXT_TRANSFORMS, "textDecoration": TEXT_DECORATIONS,
            "textShadow": TEXT_SHADOWS, "whiteSpace": WHITE_SPACES, "wordBreak": WORD_BREAKS,
            "textIndent": TEXT_INDENTS, "textWrap": TEXT_WRAPS}
        if kind == "color":
            s["color"] = self.colour("color")
        elif kind == "font":
            for key in ("fontSize", "fontFamily", "fontWeight", "fontStyle", "lineHeight"):
                s.pop(key, None)
            s["font"] = self.pick("font", FONT_SHORTHANDS)
        elif kind == "textOverflow":
            s.update({"overflow": "hidden", "whiteSpace": "nowrap", "display": "block"})
            s["textOverflow"] = self.pick("textOverflow", TEXT_OVERFLOWS)
        elif kind == "stroke":
            s["WebkitTextStroke"] = self.pick("WebkitTextStroke", TEXT_STROKES)
        elif kind == "lineClamp":
            s.update({"display": "-webkit-box", "WebkitBoxOrient": "vertical", "overflow": "hidden"})
            s["WebkitLineClamp"] = r.choice((1, 2, 3, "2"))
            self.f(f"WebkitLineClamp#{s['WebkitLineClamp']}")
        elif kind == "decorationLonghands":
            s["textDecorationLine"] = r.choice(("underline", "line-through"))
            s["textDecorationColor"] = self.colour("textDecorationColor")
            s["textDecorationStyle"] = self.pick("textDecorationStyle", DECORATION_STYLES)
        else:
            s[kind] = self.pick(kind, tables[kind])

    # --- specimens -----------------------------------------------------------------------------------
    def label(self, text: str) -> dict[str, Any]:
        return el("div", {"fontSize": 10, "color": "#555", "marginBottom": 2}, text)

    def specimen(self, w: float, h: float) -> dict[str, Any]:
        """One labelled box carrying one to four declarations, holding text, a nested box or an image."""
        r = self.r
        content = r.choice(("text", "text", "nested", "image", "empty"))
        self.f(f"holds-{content}")
        s: dict[str, Any] = {"display": "flex", "width": round(w), "height": round(h), "color": self.solid(),
                             "fontSize": round(min(h / 4, 22)) if not self.small else 11}
        if r.random() < 0.6:
            s["backgroundColor"] = r.choice(("#ffee99", "#eee", "lightblue", "#ebf8e1", "white"))
        families = (self.background, self.border, self.radius, self.shadow, self.transform, self.effect,
                    self.box_model)
        n = r.choice((1, 1, 2, 2, 3, 4))
        chosen = [r.choice(families) for _ in range(n)]
        if content == "text" and r.random() < 0.7:
            chosen[0] = self.text_decl
        for family in chosen:
            family(s)
        self.f(f"decls-{n}")
        children: Any
        if content == "text":
            text = r.choice(WORDS)
            if r.random() < 0.4:
                text = f"{text} {r.choice(WORDS).lower()}"
            children = text
            if s.get("display") == "flex" and r.random() < 0.4:
                s["alignItems"] = "center"
                s["justifyContent"] = "center"
        elif content == "nested":
            inner: dict[str, Any] = {"display": "flex", "width": "60%", "height": "50%",
                                     "backgroundColor": self.solid(), "margin": "auto"}
            if r.random() < 0.5:
                self.r.choice((self.radius, self.border, self.shadow, self.transform))(inner)
                self.f("nested-decl")
            children = el("div", inner, r.choice(("1", "2", "")) or None)
        elif content == "image":
            children = self.image(w, h)
        else:
            children = None
        return el("div", s, children) if children is not None else el("div", s)

    def image(self, w: float, h: float) -> dict[str, Any]:
        r = self.r
        iw, ih = r.choice(((24, 18), (18, 24), (20, 20), (32, 12)))
        style: dict[str, Any] = {"width": round(w * 0.7), "height": round(h * 0.7),
                                 "backgroundColor": "#eee"}
        style["objectFit"] = self.pick("objectFit", OBJECT_FITS)
        if r.random() < 0.6:
            style["objectPosition"] = self.pick("objectPosition", OBJECT_POSITIONS)
        if r.random() < 0.3:
            style["borderRadius"] = self.pick("borderRadius", RADII)
        self.f("img")
        return el("img", style, src=_uri(lizard_png(iw, ih)), width=iw, height=ih, alt="")

    def flex_row(self, w: float, h: float) -> dict[str, Any]:
        """MDN's flexbox examples: a container with three or four coloured items, one declaration on the
        container and perhaps one on an item."""
        r = self.r
        s: dict[str, Any] = {"display": "flex", "width": round(w), "height": round(h), "backgroundColor": "#eee",
                             "border": "1px solid #999"}
        kind = r.choice(("flexDirection", "flexWrap", "justifyContent", "alignItems", "gap", "item"))
        self.f(f"flex-{kind}")
        tables = {"flexDirection": FLEX_DIRECTIONS, "flexWrap": FLEX_WRAPS, "justifyContent": JUSTIFIES,
                  "alignItems": ALIGN_ITEMS, "gap": GAPS}
        n = r.randint(3, 4)
        colours = ("#f69d3c", "#3f87a6", "#e66465", "#9198e5")
        items = []
        for i in range(n):
            item: dict[str, Any] = {"display": "flex", "backgroundColor": colours[i], "width": round(w / (n + 1.5)),
                                    "height": round(h / (2 + i % 2)), "color": "white", "fontSize": 10}
            items.append(item)
        if kind == "item":
            target = r.choice(items)
            prop = r.choice(("flex", "flexGrow", "flexShrink", "flexBasis", "alignSelf"))
            table = {"flex": FLEXES, "flexGrow": FLEX_GROWS, "flexShrink": FLEX_SHRINKS, "flexBasis": FLEX_BASES,
                     "alignSelf": ALIGN_SELFS}[prop]
            target[prop] = self.pick(prop, table)
        else:
            s[kind] = self.pick(kind, tables[kind])
            if kind == "flexWrap":
                for item in items:
                    item["width"] = round(w / 2.5)
        return el("div", s, [el("div", item, str(i + 1), key=str(i)) for i, item in enumerate(items)])

    def card(self) -> dict[str, Any]:
        r = self.r
        pad = 8 if self.small else 16
        root: dict[str, Any] = {"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%",
                                "padding": pad, "backgroundColor": r.choice(("white", "#fafafa", "#f0f0f0")),
                                "fontFamily": r.choice(("Fira Sans", "Georgia", "sans-serif"))}
        if r.random() < 0.15:
            root["color"] = self.solid()  # what currentcolor and inherit reach
            self.f("root-colour")
        n = r.choice((1, 2, 2, 3))
        cols = n if n > 1 and r.random() < 0.6 else 1
        root["flexDirection"] = "row" if cols > 1 else "column"
        inner_w = (self.w - 2 * pad - 12 * (n - 1)) / (n if cols > 1 else 1)
        inner_h = (self.h - 2 * pad - (0 if cols > 1 else 12 * (n - 1))) / (1 if cols > 1 else n)
        kids = []
        for i in range(n):
            sw, sh = inner_w * r.uniform(0.55, 0.9), inner_h * r.uniform(0.45, 0.8)
            gap = {"marginRight": 12} if cols > 1 and i < n - 1 else ({"marginBottom": 12} if i < n - 1 else {})
            holder: dict[str, Any] = {"display": "flex", "flexDirection": "column", **gap}
            spec = self.flex_row(sw, sh) if r.random() < 0.15 else self.specimen(sw, sh)
            kids.append(el("div", holder, [self.label(f"Example {i + 1}"), spec], key=str(i)))
        return el("div", root, kids)


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` locates the fonts, which sit beside the image assets)."""
    r = random.Random(f"mercurian-size-{seed}")
    w, h = r.choice(SMALL_CANVASES if small else CANVASES)
    g = _Mercurian(seed, w, h, small)
    fonts_dir = f"{assets.rstrip('/')}/../fonts"
    picked = [FACES[0]] + [f for f in FACES[1:] if r.random() < 0.6]
    fonts = [{"name": name, "path": f"{fonts_dir}/{file}", "weight": weight, "style": style}
             for name, file, weight, style in picked]
    doc: dict[str, Any] = {"width": w, "height": h, "fonts": fonts, "element": g.card()}
    return Generated(seed, doc, tuple(sorted(g.features)))
