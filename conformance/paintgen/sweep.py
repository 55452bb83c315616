"""The spelling sweep: every paint property written the many ways authors write it, one per document.

Role: a generator of a different kind from :mod:`conformance.paintgen.generate` and ``wide``: no
randomness, a table of (target, style) pairs, one small card each (a box, a line of text, an ``<img>``),
so that a failing spelling names its own bug class (``backgroundRepeat: space``, ``rgba(.., 50%)``,
``circle()``, ``linear-gradient(in oklab, ...)``). Each is drawn by the oracle and by pureog and scored
like the random documents (the same driver). Spellings where Next throws are reported as oracle errors;
those where Next draws a valid value black or not at all are deliberate differences
(``spec/differences.md``); the rest should pass.

Usage (from the repository root; documents and images go to a scratch directory)::

    python -m conformance.paintgen.sweep --out conformance/paintgen/_scratch/sweep [-j 2]

Imports only the standard library and the paint driver (which loads pureog to render).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from conformance.paintgen import driver

COLORS = [
    "#abcd",
    "#11223380",
    "#ABCDEF",
    "rgb(10 200 30)",
    "rgb(10%, 50%, 30%)",
    "rgba(10,20,200,50%)",
    "rgba(10,20,200,.5)",
    "hsl(120deg, 50%, 50%)",
    "hsl(120, 50%, 50%)",
    "hsla(120, 100%, 25%, 0.3)",
    "hsl(400, 50%, 50%)",
    "hsl(-60, 50%, 50%)",
    "hwb(120 10% 20%)",
    "transparent",
    "currentColor",
    "currentcolor",
    "RED",
    "Red",
    "lab(50% 40 30)",
    "oklch(0.7 0.1 200)",
    "color(srgb 1 0 0)",
    "rgb(300, -5, 20)",
    "rgb(10.5, 120.7, 30.2)",
    " red ",
    "hsl(0.5turn, 50%, 50%)",
    "rgb(0 0 255 / 50%)",
    "rgb(0, 0, 255, 0.5)",
    "rgba(0, 0, 255)",
    "#ff000",
    "#f00f",
    "rgba(255,0,0,1.5)",
    "rgba(255,0,0,-1)",
    "hsla(120 50% 50% / 0.5)",
    "LightGoldenRodYellow",
    "grey",
    "darkgrey",
    "inherit",
    "initial",
    "none",
    "hsl(120, 150%, 50%)",
]
_SPELLINGS: list[tuple[str, dict[str, Any]]] = []
for c in COLORS:
    _SPELLINGS.append(("box", {"backgroundColor": c}))
for c in [
    "#abcd",
    "rgb(10 200 30)",
    "hsl(120deg, 50%, 50%)",
    "transparent",
    "currentColor",
    "hwb(120 10% 20%)",
    "RED",
    "rgba(10,20,200,50%)",
]:
    _SPELLINGS.append(("text", {"color": c}))
    _SPELLINGS.append(("box", {"border": f"6px solid {c}"}))
GRADS = [
    "linear-gradient(45deg, red 0%, blue 100%)",
    "linear-gradient(red, blue)",
    "linear-gradient(0.25turn, red, blue)",
    "linear-gradient(100grad, red, blue)",
    "linear-gradient(1rad, red, blue)",
    "linear-gradient(to right, red 20px, blue 80px)",
    "linear-gradient(red, 30%, blue)",
    "linear-gradient(red 10% 30%, blue 30% 60%)",
    "linear-gradient(to right, rgba(255,0,0,0), red)",
    "linear-gradient(transparent, red)",
    "linear-gradient(to top right, red, blue)",
    "linear-gradient(-45deg, red, yellow, blue)",
    "linear-gradient(720deg, red, blue)",
    "linear-gradient(90deg, red 50%, blue 50%)",
    "linear-gradient(90deg, red 80%, blue 20%)",
    "linear-gradient(to bottom, #fff0, #000f)",
    "linear-gradient(red 0, blue 2em)",
    "linear-gradient(in oklab, red, blue)",
    "linear-gradient(to right, red calc(50% - 10px), blue)",
    "linear-gradient(45deg, red, blue) , linear-gradient(red, blue)",
    "radial-gradient(circle at top left, red, blue)",
    "radial-gradient(closest-side at 50% 50%, red, blue)",
    "radial-gradient(50% 50% at 50% 50%, red, blue)",
    "radial-gradient(red 0 20%, blue 20%)",
    "radial-gradient(circle, red, blue)",
    "radial-gradient(ellipse at bottom, red, blue)",
    "radial-gradient(circle 40px at 20px 30px, red, blue 50%, green)",
    "radial-gradient(farthest-side, red, blue)",
    "radial-gradient(circle closest-side, red, transparent)",
    "radial-gradient(at 10% 10%, red, blue)",
    "radial-gradient(20px 60px, red, blue)",
    "radial-gradient(circle farthest-corner at 100% 0, red, blue)",
    "repeating-linear-gradient(45deg, red 0 10px, blue 10px 20px)",
    "repeating-linear-gradient(red, blue 20%)",
    "repeating-linear-gradient(to right, red, red 10px, blue 10px, blue 20px)",
    "repeating-radial-gradient(circle, red 0, blue 10px, red 20px)",
    "repeating-radial-gradient(red, blue 15%)",
    "conic-gradient(red, blue)",
    "linear-gradient(red,blue)",
    "linear-gradient( to left , red , blue )",
    "linear-gradient(to right, red -20%, blue 120%)",
    "linear-gradient(to right, red 60%, blue 40%, green 80%)",
    "url(../../assets/tile.png)",
    "url('../../assets/logo.svg')",
    "url(../../assets/photo.jpg), linear-gradient(red, blue)",
]
for g in GRADS:
    _SPELLINGS.append(("box", {"backgroundColor": "white", "backgroundImage": g}))
for g in GRADS[:6]:
    _SPELLINGS.append(("box", {"background": g}))
for g in [
    "red",
    "#00f url(../../assets/tile.png) no-repeat center",
    "linear-gradient(red, blue) no-repeat 10px 10px / 50% 50%",
    "url(../../assets/photo.jpg) center / cover",
    "blue none",
    "none",
]:
    _SPELLINGS.append(("box", {"background": g}))
BG = "linear-gradient(45deg, red, yellow, blue)"
for k, v in [
    ("backgroundSize", "50% 50%"),
    ("backgroundSize", "20px"),
    ("backgroundSize", "auto 50%"),
    ("backgroundSize", "cover"),
    ("backgroundSize", "contain"),
    ("backgroundSize", "30px 20px"),
    ("backgroundSize", "0 0"),
    ("backgroundSize", "150%"),
    ("backgroundRepeat", "repeat-x"),
    ("backgroundRepeat", "repeat-y"),
    ("backgroundRepeat", "no-repeat"),
    ("backgroundRepeat", "space"),
    ("backgroundRepeat", "round"),
    ("backgroundRepeat", "repeat no-repeat"),
    ("backgroundPosition", "center"),
    ("backgroundPosition", "right 10px bottom 5px"),
    ("backgroundPosition", "50% 50%"),
    ("backgroundPosition", "-10px 20px"),
    ("backgroundPosition", "bottom"),
    ("backgroundPosition", "right top"),
    ("backgroundPosition", "100%"),
    ("backgroundPosition", "top 10px"),
    ("backgroundPosition", "20%"),
    ("backgroundClip", "padding-box"),
    ("backgroundClip", "content-box"),
    ("backgroundOrigin", "content-box"),
    ("backgroundPositionX", "10px"),
    ("backgroundPositionY", "50%"),
]:
    st = {
        "backgroundColor": "white",
        "backgroundImage": BG,
        "padding": 10,
        "border": "5px dashed rgba(0,0,0,0.3)",
        k: v,
    }
    if k not in ("backgroundSize",):
        st["backgroundSize"] = "40px 30px"
    _SPELLINGS.append(("box", st))
for k, v in [
    ("backgroundSize", "50% 50%"),
    ("backgroundRepeat", "no-repeat"),
    ("backgroundPosition", "center"),
    ("backgroundSize", "cover"),
    ("backgroundSize", "contain"),
    ("backgroundRepeat", "space"),
    ("backgroundRepeat", "round"),
    ("backgroundSize", "auto"),
    ("backgroundSize", "17px 13px"),
]:
    _SPELLINGS.append(("box", {"backgroundColor": "white", "backgroundImage": "url(../../assets/tile.png)", k: v}))
BORDERS = [
    "2px solid red",
    "thick double blue",
    "medium dashed green",
    "3px dotted green",
    "4px groove red",
    "4px ridge red",
    "4px inset red",
    "4px outset red",
    "solid",
    "5px solid",
    "red 5px solid",
    "dashed 3px",
    "0 solid red",
    "1.5px solid red",
    "none",
    "10px solid rgba(255,0,0,0.5)",
    "4px hidden red",
    "thin solid red",
]
for b in BORDERS:
    _SPELLINGS.append(("box", {"border": b}))
for k, v in [
    ("borderColor", "red green blue yellow"),
    ("borderColor", "red green"),
    ("borderWidth", "1px 2px 3px 4px"),
    ("borderWidth", "5px 0"),
    ("borderStyle", "solid dashed"),
    ("borderStyle", "dashed"),
    ("borderTop", "5px solid red"),
    ("borderLeft", "8px dashed blue"),
    ("borderBottom", "10px double green"),
    ("borderRight", "3px dotted red"),
    ("borderTopColor", "red"),
    ("borderLeftWidth", 10),
    ("borderBottomStyle", "dashed"),
]:
    _SPELLINGS.append(("box", {"border": "6px solid #333", k: v}))
for rad in [
    "50%",
    "10px / 20px",
    "9999px",
    "0 0 10px 10px",
    "10px 20px 30px 40px / 5px 10px",
    "30%",
    "50% 0",
    "100px",
    "12px 4px",
    "1em",
    "0.5rem",
    "25% 10%",
    "-10px",
    "50% / 20%",
    "40px 40px 0 0",
]:
    _SPELLINGS.append(("box", {"borderRadius": rad, "border": "4px solid #333"}))
for k, v in [
    ("borderTopLeftRadius", "10px 20px"),
    ("borderTopLeftRadius", "30%"),
    ("borderBottomRightRadius", 40),
    ("borderTopRightRadius", "50% 20%"),
]:
    _SPELLINGS.append(("box", {k: v, "border": "4px solid #333"}))
SH = [
    "0 0 10px red",
    "inset 0 0 0 5px blue",
    "5px 5px red",
    "0 4px 6px -1px rgba(0,0,0,0.1), 0 2px 4px -1px rgba(0,0,0,0.06)",
    "red 2px 2px 4px",
    "0 0 0 1px currentColor",
    "10px 10px 0 0 #000",
    "0 0 20px 10px rgba(0,0,255,0.5)",
    "inset 5px 5px 10px red",
    "0 10px 15px -3px rgb(0 0 0 / 0.1)",
    "2px 2px",
    "0 0 10px red inset",
    "0px 0px 0px 4px white, 0px 0px 0px 8px black",
    "1em 1em 1em red",
    "0 0 40px 0 hsla(200, 80%, 50%, 0.8)",
    "-5px -5px 0 red, 5px 5px 0 blue",
]
for s in SH:
    _SPELLINGS.append(("box", {"boxShadow": s}))
    _SPELLINGS.append(("box", {"boxShadow": s, "borderRadius": 16}))
for o in [0, 0.5, "0.5", 1.5, -1, "50%", ".3"]:
    _SPELLINGS.append(("box", {"opacity": o}))
TR = [
    "rotate(45deg)",
    "rotate(0.5rad)",
    "rotate(100grad)",
    "rotate(0.1turn)",
    "scale(1.5)",
    "scale(1.5, 0.5)",
    "scaleX(-1)",
    "scaleY(0.5)",
    "translate(10px, 20px)",
    "translate(10%, 20%)",
    "translateX(-50%)",
    "translateY(1em)",
    "skew(10deg, 5deg)",
    "skewX(20deg)",
    "skewY(-10deg)",
    "matrix(1, 0.2, 0.3, 1, 10, 20)",
    "rotate(45deg) scale(0.5)",
    "translate(-50%, -50%) rotate(10deg)",
    "rotate(-30deg)",
    "rotate(45deg) translateX(20px)",
    "translate(10px)",
    "scale(0)",
    "rotate(360deg)",
    "rotateZ(20deg)",
    "scale(50%)",
    "translate3d(10px, 10px, 0)",
    "rotate(20deg)translate(5px,5px)",
    "none",
]
for t in TR:
    _SPELLINGS.append(("box", {"transform": t}))
for o in ["top left", "0 0", "100% 100%", "10px 20px", "center bottom", "left", "bottom right", "25%", "center"]:
    _SPELLINGS.append(("box", {"transform": "rotate(30deg)", "transformOrigin": o}))
FI = [
    "blur(2px)",
    "brightness(1.5)",
    "contrast(200%)",
    "grayscale(1)",
    "sepia(0.5)",
    "saturate(3)",
    "hue-rotate(90deg)",
    "invert(1)",
    "opacity(0.5)",
    "drop-shadow(2px 2px 3px red)",
    "blur(0)",
    "grayscale(100%) blur(1px)",
    "brightness(0.5) contrast(1.5)",
    "drop-shadow(0 0 5px rgba(0,0,0,0.5))",
    "hue-rotate(0.5turn)",
    "saturate(0)",
    "invert(50%)",
    "sepia(100%) hue-rotate(200deg)",
    "drop-shadow(4px 4px 0 blue) drop-shadow(-4px -4px 0 red)",
    "none",
    "blur(5px) brightness(2)",
]
for f in FI:
    _SPELLINGS.append(
        ("box", {"filter": f, "backgroundImage": "linear-gradient(to right, red, yellow, blue)", "borderRadius": 10})
    )
CP = [
    "circle(50%)",
    "circle(40px at 10px 10px)",
    "ellipse(40% 30% at center)",
    "inset(10px round 5px)",
    "inset(10% 20%)",
    "polygon(50% 0, 100% 100%, 0 100%)",
    "polygon(evenodd, 0 0, 100% 0, 0 100%, 100% 100%)",
    "path('M0 0 L100 0 L50 80 Z')",
    "circle()",
    "ellipse()",
    "inset(5px 10px 15px 20px round 10px 0)",
    "circle(closest-side)",
    "circle(farthest-side at 30% 40%)",
    "polygon(0 0, 100px 0, 50px 60px)",
    "inset(0 round 50%)",
    "circle(50% at left top)",
    "ellipse(50px 20px at 50% 50%)",
]
for c in CP:
    _SPELLINGS.append(("box", {"clipPath": c, "backgroundImage": "linear-gradient(to right, red, yellow, blue)"}))
MK = [
    "linear-gradient(black, transparent)",
    "radial-gradient(circle, black 50%, transparent 51%)",
    "linear-gradient(to right, transparent, black)",
    "url(../../assets/logo.svg)",
    "linear-gradient(rgba(0,0,0,0.5), black)",
]
for m in MK:
    _SPELLINGS.append(("box", {"maskImage": m, "backgroundColor": "red"}))
    _SPELLINGS.append(("box", {"WebkitMaskImage": m, "backgroundColor": "red"}))
for k, v in [
    ("maskSize", "50% 50%"),
    ("maskRepeat", "no-repeat"),
    ("maskPosition", "center"),
    ("maskSize", "20px 20px"),
]:
    _SPELLINGS.append(
        ("box", {"maskImage": "radial-gradient(circle, black 50%, transparent 51%)", k: v, "backgroundColor": "red"})
    )
TXT = [
    ("fontWeight", 100),
    ("fontWeight", 900),
    ("fontWeight", "bold"),
    ("fontWeight", "600"),
    ("fontWeight", "normal"),
    ("fontStyle", "italic"),
    ("textDecoration", "underline"),
    ("textDecoration", "line-through"),
    ("textDecoration", "underline dotted red"),
    ("textDecoration", "underline dashed"),
    ("textDecoration", "underline double blue"),
    ("textDecoration", "underline wavy red"),
    ("textDecoration", "overline"),
    ("textDecoration", "underline line-through"),
    ("textDecorationLine", "underline"),
    ("textDecoration", "red underline"),
    ("textDecoration", "none"),
    ("textShadow", "2px 2px red"),
    ("textShadow", "0 0 5px blue"),
    ("textShadow", "2px 2px 2px red, -2px -2px 2px blue"),
    ("textShadow", "red 1px 1px"),
    ("textShadow", "0 0 1em currentColor"),
    ("textShadow", "1px 1px 0 rgba(0,0,0,.5)"),
    ("WebkitTextStroke", "1px red"),
    ("WebkitTextStroke", "2px"),
    ("WebkitTextStrokeWidth", 1),
    ("WebkitTextStrokeColor", "red"),
    ("textTransform", "uppercase"),
    ("textTransform", "lowercase"),
    ("textTransform", "capitalize"),
    ("letterSpacing", 4),
    ("letterSpacing", "0.2em"),
    ("letterSpacing", "-2px"),
    ("lineHeight", 2),
    ("lineHeight", "40px"),
    ("fontSize", "2em"),
    ("fontSize", "1.5rem"),
    ("fontSize", 12),
    ("fontSize", "200%"),
    ("fontSize", "larger"),
    ("fontSize", "x-large"),
    ("fontSize", "small"),
    ("wordSpacing", 10),
    ("textIndent", 20),
    ("fontFamily", "monospace"),
    ("fontFamily", "Roboto"),
    ("fontFamily", "serif"),
    ("fontVariant", "small-caps"),
    ("textDecorationColor", "red"),
    ("textDecorationStyle", "dashed"),
    ("textDecorationThickness", 3),
    ("textUnderlineOffset", 4),
]
for k, v in TXT:
    _SPELLINGS.append(("text", {k: v}))
    if k in ("textDecoration", "textShadow"):
        _SPELLINGS.append(("text", {k: v, "fontSize": 40}))
for st in [
    {"backgroundImage": "linear-gradient(90deg, red, blue)", "backgroundClip": "text", "color": "transparent"},
    {"backgroundImage": "linear-gradient(90deg, red, blue)", "WebkitBackgroundClip": "text", "color": "transparent"},
    {
        "backgroundImage": "linear-gradient(90deg, red, blue)",
        "backgroundClip": "text",
        "WebkitTextFillColor": "transparent",
    },
    {"width": 80, "overflow": "hidden", "whiteSpace": "nowrap", "textOverflow": "ellipsis"},
    {"width": 80, "lineClamp": 2, "overflow": "hidden"},
    {"width": 80, "WebkitLineClamp": 2, "display": "-webkit-box", "WebkitBoxOrient": "vertical", "overflow": "hidden"},
    {"width": 90, "textAlign": "center"},
    {"width": 90, "textAlign": "right"},
    {"width": 90, "textAlign": "justify"},
    {"opacity": 0.5},
    {"transform": "rotate(-10deg)"},
    {"filter": "blur(1px)"},
    {"backgroundColor": "yellow", "padding": "4px 8px", "borderRadius": 6},
    {"color": "white", "backgroundColor": "black", "boxShadow": "0 0 10px red"},
    {"WebkitTextFillColor": "red"},
    {"mixBlendMode": "multiply", "backgroundColor": "yellow"},
]:
    _SPELLINGS.append(("text", st))
IMG = [
    {"objectFit": "cover"},
    {"objectFit": "contain"},
    {"objectFit": "fill"},
    {"objectFit": "none"},
    {"objectFit": "scale-down"},
    {"objectFit": "cover", "objectPosition": "left top"},
    {"objectFit": "cover", "objectPosition": "20% 80%"},
    {"objectFit": "none", "objectPosition": "10px 10px"},
    {"objectFit": "contain", "objectPosition": "right"},
    {"borderRadius": "50%"},
    {"borderRadius": 12, "border": "3px solid red"},
    {"opacity": 0.5},
    {"filter": "grayscale(1)"},
    {"transform": "rotate(10deg)"},
    {"boxShadow": "0 0 10px black"},
    {"clipPath": "circle(40%)"},
    {"padding": 8, "backgroundColor": "red"},
    {"objectFit": "cover", "borderRadius": "20px 0"},
    {"imageRendering": "pixelated"},
]
for st in IMG:
    _SPELLINGS.append(("img", st))
    _SPELLINGS.append(("imgsvg", st))
for v in [
    "right 10px bottom 5px",
    "left 10px top 5px",
    "right 10px",
    "center 10px",
    "10px center",
    "bottom 10px right 5px",
    "right bottom",
    "left 20%",
    "30% top",
    "center center",
    "right -10px top 10px",
    "10px 20px 30px",
]:
    _SPELLINGS.append(
        (
            "box",
            {"backgroundColor": "white", "backgroundImage": BG, "backgroundSize": "40px 30px", "backgroundPosition": v},
        )
    )
    _SPELLINGS.append(
        (
            "box",
            {
                "backgroundColor": "white",
                "backgroundImage": "url(../../assets/tile.png)",
                "backgroundPosition": v,
                "backgroundRepeat": "no-repeat",
            },
        )
    )
for v in [
    "repeat repeat",
    "no-repeat no-repeat",
    "repeat-x, no-repeat",
    "space",
    "round",
    "REPEAT-X",
    "no-repeat repeat",
]:
    _SPELLINGS.append(
        (
            "box",
            {"backgroundColor": "white", "backgroundImage": BG, "backgroundSize": "40px 30px", "backgroundRepeat": v},
        )
    )
for st in [
    {"border": "6px solid blah"},
    {"border": "6px solid none"},
    {"borderColor": "none", "borderWidth": 5, "borderStyle": "solid"},
    {"borderRadius": "-10px"},
    {"borderRadius": "10px -5px"},
    {"backgroundColor": "none"},
    {"borderTop": "4px solid oklch(0.5 0.1 100)"},
    {"clipPath": "circle()"},
    {"clipPath": "ellipse()"},
    {"clipPath": "circle(at 30% 40%)"},
    {"clipPath": "ellipse(30px)"},
    {"backgroundImage": "linear-gradient(in oklab, red, blue)"},
    {"backgroundImage": "linear-gradient(in srgb, red, blue)"},
    {"backgroundImage": "linear-gradient(to right in oklab, red, blue)"},
    {"backgroundImage": "radial-gradient(in oklab, red, blue)"},
    {"boxShadow": "0 0 10px none"},
    {"backgroundColor": "NONE"},
]:
    _SPELLINGS.append(("box", st))
for st in [
    {"color": "none"},
    {"textShadow": "2px 2px none"},
    {"WebkitTextStroke": "1px none"},
    {"textDecoration": "underline none"},
    {"color": "hwb(120 10% 20%)"},
]:
    _SPELLINGS.append(("text", st))
T = "url(../../assets/tile.png)"
for pos in ["center", "10px", "right 10px", "20% 30%"]:
    for rep in ["repeat", "repeat-x", "repeat-y", "no-repeat"]:
        _SPELLINGS.append(
            (
                "box",
                {
                    "backgroundColor": "white",
                    "backgroundImage": T,
                    "backgroundPosition": pos,
                    "backgroundRepeat": rep,
                    "backgroundSize": "20px 20px",
                },
            )
        )
_COVER = {"backgroundColor": "white", "backgroundImage": "url(../../assets/photo.jpg)", "backgroundPosition": "center",
          "backgroundSize": "cover"}  # fmt: skip
_SPELLINGS += [("box", {**_COVER, "backgroundRepeat": "no-repeat"}), ("box", _COVER)]
_SPELLINGS.append(
    ("box", {"backgroundColor": "white", "background": "url(../../assets/photo.jpg) center / cover no-repeat"})
)
_SPELLINGS.append(
    ("box", {"maskImage": T, "maskPosition": "center", "maskRepeat": "no-repeat", "backgroundColor": "red"})
)
_SPELLINGS.append(
    (
        "box",
        {
            "maskImage": "linear-gradient(black, transparent)",
            "maskPosition": "center",
            "maskRepeat": "no-repeat",
            "maskSize": "50% 50%",
            "backgroundColor": "red",
        },
    )
)

# Text shadow and stroke spellings, object positions, transform origins, gradient stops, real-world shadows.
for ts in [
    "red 2px 2px",
    "2px 2px 3px rgba(0,0,0,.5)",
    "0.1em 0.1em 0 red",
    "1px 1px 0 #000, -1px -1px 0 #fff",
    "0 0 2px currentColor",
    "2px 2px 0px hsl(200, 50%, 50%)",
    "0 2px 4px rgb(0 0 0 / 25%)",
    "2px 2px 2px",
    "none",
    "0 0 10px #ff0, 0 0 20px #f0f",
    "3px 3px 0 rgba(255,0,0,0.5)",
    "-2px -2px 1px blue",
    "0px 4px 8px #00000040",
    "1rem 1rem 0 red",
]:
    _SPELLINGS.append(("text", {"textShadow": ts}))
for st in [
    "1px red",
    "2px #00f",
    "0.5px black",
    "1px rgba(255,0,0,0.5)",
    "thin red",
    "1px currentColor",
    "3px transparent",
]:
    _SPELLINGS.append(("text", {"WebkitTextStroke": st}))
    _SPELLINGS.append(("text", {"WebkitTextStroke": st, "color": "transparent"}))
for k, v in [("WebkitTextStrokeWidth", "2px"), ("WebkitTextStrokeColor", "blue")]:
    _SPELLINGS.append(("text", {k: v, "WebkitTextStrokeWidth": "1px"} if k == "WebkitTextStrokeColor" else {k: v}))
for op in ["center", "top", "bottom right", "25% 75%", "-10px 10px", "right 10px top 5px", "left", "100% 0"]:
    for fit in ["cover", "contain", "none"]:
        _SPELLINGS.append(("img", {"objectFit": fit, "objectPosition": op}))
for to in [
    "left top",
    "center center",
    "50% 50%",
    "0px 0px",
    "right",
    "bottom",
    "10px",
    "top left",
    "20% 80%",
    "-10px -10px",
    "center top",
]:
    _SPELLINGS.append(("box", {"transform": "rotate(20deg) scale(0.8)", "transformOrigin": to}))
for g in [
    "linear-gradient(red 0 50%, blue 50% 100%)",
    "linear-gradient(90deg, #f00 10px, #00f 30px)",
    "linear-gradient(to right, red, 20%, blue)",
    "linear-gradient(45deg, rgba(255,0,0,.8), transparent 70%)",
    "linear-gradient(180deg, #fff 0%, #000 100%)",
    "linear-gradient(0deg, red, blue)",
    "linear-gradient(to bottom left, red, blue)",
    "linear-gradient(135deg, #667eea 0%, #764ba2 100%)",
    "linear-gradient(red 50%, blue 0)",
    "linear-gradient(red -10px, blue 200%)",
    "radial-gradient(circle at center, #fff 0, #000 100%)",
    "radial-gradient(ellipse 50% 50% at 50% 50%, red, blue)",
    "radial-gradient(100px circle at 0 0, red, blue)",
    "radial-gradient(circle at 50% 0%, rgba(255,255,255,0.3), transparent 60%)",
    "radial-gradient(closest-corner at 20% 20%, red, blue)",
    "repeating-linear-gradient(90deg, red 0px, red 5px, blue 5px, blue 10px)",
    "repeating-radial-gradient(circle at 0 0, red 0 5px, blue 5px 10px)",
    "linear-gradient(#0000, #000f)",
    "linear-gradient(RED, BLUE)",
    "linear-gradient(to right, red 0%, red 33%, green 33%, green 66%, blue 66%)",
]:
    _SPELLINGS.append(("box", {"backgroundImage": g}))
    _SPELLINGS.append(("box", {"backgroundImage": g, "borderRadius": 20, "border": "4px solid rgba(0,0,0,0.3)"}))
for r in ["1em", "50% 0", "10px 20px", "20%/10%", "0.5rem 2rem", "100%", "5vw", "12px 12px 0 0"]:
    _SPELLINGS.append(
        ("box", {"borderRadius": r, "backgroundImage": "linear-gradient(red, blue)", "overflow": "hidden"})
    )
for bs in [
    "0 1px 2px rgb(0 0 0 / 0.05)",
    "0 0 0 1px rgba(0,0,0,.05), 0 1px 2px rgba(0,0,0,.1)",
    "0 25px 50px -12px rgba(0,0,0,0.25)",
    "inset 0 2px 4px rgba(0,0,0,0.06)",
    "0 0 0 3px #fff, 0 0 0 6px #000",
    "0.5rem 0.5rem 0 #000",
    "4px 4px 0 0 #000",
    "8px 8px 0px black",
    "0 10px 15px -3px rgba(0,0,0,.1), 0 4px 6px -2px rgba(0,0,0,.05)",
]:
    _SPELLINGS.append(("box", {"boxShadow": bs, "borderRadius": 8, "backgroundColor": "white"}))
    _SPELLINGS.append(("box", {"boxShadow": bs, "backgroundColor": "white"}))

_FONTS = [
    {"name": "Geist", "path": "../../../fonts/Geist-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Geist", "path": "../../../fonts/Geist-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Roboto", "path": "../../../fonts/Roboto-Regular.ttf", "weight": 400, "style": "normal"},
]
_TEXT = "Hello Agfi world"


def document(target: str, style: dict[str, Any]) -> dict[str, Any]:
    """One card: the styled box (or text line, or image) next to an unstyled companion, on a grey
    canvas. Asset paths are written from the table's ``../../assets`` to the scratch depth."""
    style = json.loads(json.dumps(style).replace("../../assets", "../../../assets"))
    box: dict[str, Any] = {
        "div": {"style": {"display": "flex", "width": 120, "height": 80, "backgroundColor": "#4a90d9", **style}}
    }
    text: dict[str, Any] = {"div": {"style": {"display": "flex", "fontSize": 28, "color": "#222"}, "children": [_TEXT]}}
    if target == "text":
        text = {"div": {"style": {"display": "flex", "fontSize": 28, "color": "#222", **style}, "children": [_TEXT]}}
        box = {"div": {"style": {"display": "flex", "width": 60, "height": 40, "backgroundColor": "#4a90d9"}}}
    elif target in ("img", "imgsvg"):
        src = "../../../assets/photo.jpg" if target == "img" else "../../../assets/logo.svg"
        box = {"img": {"src": src, "width": 120, "height": 80, "style": style}}
    root = {
        "div": {
            "style": {
                "display": "flex",
                "width": "100%",
                "height": "100%",
                "padding": 20,
                "gap": 20,
                "backgroundColor": "#f0f0f0",
                "alignItems": "flex-start",
                "fontFamily": "Geist",
                "flexWrap": "wrap",
            },
            "children": [box, text],
        }
    }
    return {"width": 300, "height": 200, "fonts": _FONTS, "element": root}


def write_documents(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, (target, style) in enumerate(_SPELLINGS):
        path = out / f"p{index:05d}.json"
        body = {"features": [f"{target} {json.dumps(style)}"], **document(target, style)}
        path.write_text(json.dumps(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("conformance/paintgen/_scratch/sweep"),
        help="scratch directory two levels under conformance/ (the asset paths assume it)",
    )
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    paths = write_documents(args.out.resolve())  # the oracle writes references next to absolute paths
    return driver.run_table(paths, args.jobs, "spellings")


if __name__ == "__main__":
    sys.exit(main())
