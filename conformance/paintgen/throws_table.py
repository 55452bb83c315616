"""The edge-spelling probe's table (:mod:`conformance.paintgen.throws`): what it probes and what is listed.

:data:`PROBES` has one row per property of pureog's table that Satori reads (spec/css.md; the grid
properties, which Next has no output for, and the ``features: browser`` ones are left out): the
specimen it is set on (a box with a child, a line of text, an ``<img>``), a valid value that draws
something, the style that makes the property visible, and the value the parent carries (so that
``inherit`` reads something other than the initial value).

:data:`LISTED` maps the ``spec/differences.md`` rows that explain spellings Next throws on to the
(property, spelling) pairs each explains; the rows are named by a substring of their text, which the
test checks is there. Imports only the standard library.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any


@dataclasses.dataclass(frozen=True, slots=True)
class Probe:
    name: str
    kind: str  # "box", "text" or "img"
    valid: Any
    style: dict[str, Any] = dataclasses.field(default_factory=dict)
    parent: Any = None


_BORDER = {"borderWidth": 3, "borderStyle": "solid"}
_TEXTLINE = {"textDecorationLine": "underline"}
_GRAD = "linear-gradient(90deg, red, blue)"

PROBES: tuple[Probe, ...] = (
    Probe("display", "box", "flex"),
    Probe("position", "box", "absolute", {"top": 4, "left": 20}),
    Probe("flexDirection", "box", "column"),
    Probe("flexWrap", "box", "wrap"),
    Probe("flexGrow", "box", 1),
    Probe("flexShrink", "box", 1, {"width": 120}),
    Probe("flexBasis", "box", "30px"),
    Probe("flex", "box", "1 1 0px"),
    Probe("justifyContent", "box", "center"),
    Probe("alignItems", "box", "center"),
    Probe("alignSelf", "box", "center"),
    Probe("alignContent", "box", "center", {"flexWrap": "wrap"}),
    Probe("width", "box", "30px"),
    Probe("height", "box", "20px"),
    Probe("minWidth", "box", "60px"),
    Probe("minHeight", "box", "40px"),
    Probe("maxWidth", "box", "30px"),
    Probe("maxHeight", "box", "20px"),
    Probe("marginTop", "box", "6px"),
    Probe("marginLeft", "box", "6px"),
    Probe("margin", "box", "6px"),
    Probe("paddingTop", "box", "6px"),
    Probe("paddingLeft", "box", "6px"),
    Probe("padding", "box", "6px"),
    Probe("top", "box", "6px", {"position": "relative"}),
    Probe("left", "box", "6px", {"position": "relative"}),
    Probe("gap", "box", "6px"),
    Probe("rowGap", "box", "6px", {"flexDirection": "column"}),
    Probe("columnGap", "box", "6px"),
    Probe("aspectRatio", "box", "2 / 1", {"height": "auto"}),
    Probe("overflow", "box", "hidden"),
    Probe("boxSizing", "box", "content-box", {"padding": 4}),
    Probe("borderWidth", "box", "3px", {"borderStyle": "solid", "borderColor": "#111"}),
    Probe("borderTopWidth", "box", "3px", {"borderColor": "#111"}),
    Probe("borderStyle", "box", "dashed", {"borderWidth": 3, "borderColor": "#111"}),
    Probe("borderTopStyle", "box", "dashed", {"borderWidth": 3, "borderColor": "#111"}),
    Probe("borderColor", "box", "red", _BORDER, parent="green"),
    Probe("borderTopColor", "box", "red", _BORDER, parent="green"),
    Probe("border", "box", "3px solid red"),
    Probe("borderTop", "box", "3px solid red"),
    Probe("borderRadius", "box", "8px"),
    Probe("borderTopLeftRadius", "box", "8px"),
    Probe("backgroundColor", "box", "red", parent="green"),
    Probe("background", "box", "red"),
    Probe("backgroundImage", "box", _GRAD),
    Probe("backgroundSize", "box", "20px 20px", {"backgroundImage": _GRAD}),
    Probe("backgroundPosition", "box", "10px 5px", {"backgroundImage": _GRAD, "backgroundSize": "20px 20px",
                                                     "backgroundRepeat": "no-repeat"}),
    Probe("backgroundRepeat", "box", "no-repeat", {"backgroundImage": _GRAD, "backgroundSize": "20px 20px"}),
    Probe("backgroundClip", "text", "text", {"backgroundImage": _GRAD, "color": "transparent"}),
    Probe("opacity", "box", 0.5),
    Probe("objectFit", "img", "cover", {"width": 40, "height": 20}),
    Probe("objectPosition", "img", "left top", {"width": 40, "height": 20, "objectFit": "none"}),
    Probe("color", "text", "blue", parent="green"),
    Probe("fontFamily", "text", "Geist"),
    Probe("fontSize", "text", "20px", parent="12px"),
    Probe("fontWeight", "text", "bold", parent=700),
    Probe("fontStyle", "text", "italic"),
    Probe("font", "text", "bold 20px Geist"),
    Probe("lineHeight", "text", "30px", parent="10px"),
    Probe("letterSpacing", "text", "2px", parent="4px"),
    Probe("textAlign", "text", "center", {"width": 70}, parent="right"),
    Probe("textTransform", "text", "uppercase", parent="lowercase"),
    Probe("whiteSpace", "text", "nowrap", {"width": 20}),
    Probe("wordBreak", "text", "break-all", {"width": 20}),
    Probe("textOverflow", "text", "ellipsis", {"width": 30, "overflow": "hidden", "whiteSpace": "nowrap"}),
    Probe("textDecorationLine", "text", "underline"),
    Probe("textDecorationColor", "text", "red", _TEXTLINE, parent="green"),
    Probe("textDecorationStyle", "text", "dashed", _TEXTLINE),
    Probe("textDecoration", "text", "underline red"),
    Probe("WebkitTextStrokeWidth", "text", "1px", {"WebkitTextStrokeColor": "red"}),
    Probe("WebkitTextStrokeColor", "text", "red", {"WebkitTextStrokeWidth": "1px"}, parent="green"),
    Probe("WebkitTextStroke", "text", "1px red"),
    Probe("textIndent", "text", "10px"),
    Probe("textWrap", "text", "balance", {"width": 40}),
    Probe("lineClamp", "text", 1, {"display": "block", "width": 20}),
    Probe("WebkitLineClamp", "text", 1, {"display": "-webkit-box", "WebkitBoxOrient": "vertical", "width": 20}),
    Probe("transform", "box", "rotate(20deg)"),
    Probe("transformOrigin", "box", "left top", {"transform": "rotate(20deg)"}),
    Probe("boxShadow", "box", "4px 4px 0 red"),
    Probe("textShadow", "text", "2px 2px 0 red", parent="1px 1px 0 green"),
    Probe("filter", "box", "blur(2px)"),
    Probe("clipPath", "box", "circle(40%)"),
    Probe("maskImage", "box", "linear-gradient(black, transparent)"),
    Probe("maskSize", "box", "20px 20px", {"maskImage": "linear-gradient(black, transparent)"}),
    Probe("maskPosition", "box", "10px 5px", {"maskImage": "linear-gradient(black, transparent)",
                                               "maskSize": "20px 20px", "maskRepeat": "no-repeat"}),
    Probe("maskRepeat", "box", "no-repeat", {"maskImage": "linear-gradient(black, transparent)",
                                              "maskSize": "20px 20px"}),
    Probe("textShadowOffset", "text", {"width": 2, "height": 2}, {"textShadowColor": "red",
                                                                  "textShadowRadius": 0}),
)
"""Every probed property (React Native's ``textShadowOffset`` too: Satori maps it)."""


_WIDE = ("inherit", "initial", "unset")


def _word(spelling: Any) -> str:
    return spelling.strip().lower() if isinstance(spelling, str) else ""


def _upper(spelling: Any) -> bool:
    return isinstance(spelling, str) and spelling != spelling.lower()


def _unreadable(spelling: Any) -> bool:
    """A word or length Satori's readers cannot read: the CSS-wide keywords, ``none``, ``!important``, a
    unit it lacks or one in upper case."""
    word = _word(spelling)
    return word in (*_WIDE, "revert", "none") or "!important" in word or word.endswith(("cqw", "lh")) \
        or _upper(spelling)


Test = Callable[[str, Any], bool]

LISTED: tuple[tuple[str, str, Test], ...] = (
    # next-throws: Next throws, pureog draws as CSS and the browser do
    ("next-throws", "CSS-wide keywords (`inherit`, `initial`, `unset`, in any case", lambda n, s: _word(s) in _WIDE),
    ("next-throws", "an empty style value, `''`, `null` or `false`", lambda n, s: s in ("", None) or s is False),
    ("next-throws", "React Native's `textShadowOffset`", lambda n, s: n == "textShadowOffset"),
    ("next-throws", "`textAlign` not in lower case", lambda n, s: n == "textAlign"),
    ("next-throws", "`WebkitTextStroke` with more than a width and a colour", lambda n, s: n == "WebkitTextStroke"),
    ("next-throws", "a number where Satori calls a string method on the value",
     lambda n, s: s == 0 and s is not False),
    ("next-throws", "CSS that Satori's parsers reject", lambda n, s: _word(s) in ("none", "revert") or _upper(s)),
    # differ: Next draws something broken, pureog draws as CSS does
    ("differ", "unreadable corner radius longhand", lambda n, s: n == "borderTopLeftRadius" and _unreadable(s)),
    ("differ", "`backgroundColor: inherit` / `initial` / `unset`",
     lambda n, s: n == "backgroundColor" and _word(s) in _WIDE),
    ("differ", "`backgroundSize` / `maskSize` keyword not in lower case",
     lambda n, s: n in ("backgroundSize", "maskSize") and _unreadable(s)),
    ("differ", "`color: inherit`, `color: unset`",
     lambda n, s: n in ("color", "textDecorationColor", "WebkitTextStrokeColor") and _word(s) in _WIDE),
    ("differ", "negative font size", lambda n, s: n == "fontSize" and _word(s).startswith("-")),
    ("differ", "`borderRadius` or `lineHeight` with an upper-case unit", lambda n, s: n == "lineHeight" and _upper(s)),
    ("differ", "unreadable `lineHeight`", lambda n, s: n == "lineHeight" and _unreadable(s)),
    ("differ", "`boxShadow` with the colour first", lambda n, s: n == "boxShadow" and _upper(s)),
    ("differ", "`boxShadow: none` and unreadable shadows", lambda n, s: n == "boxShadow" and _unreadable(s)),
)
"""(class, a substring of the ``spec/differences.md`` row, which (property, spelling) pairs of that class
it explains), first match wins: ``next-throws`` rows say how pureog reads what Next throws on, ``differ``
rows where pureog draws a spelling Next draws broken as CSS draws it."""


def listed_row(name: str, spelling: Any, cls: str) -> str | None:
    """The differences row (its substring) that explains ``name: spelling`` in class ``cls``, if any."""
    for row_cls, row, test in LISTED:
        if row_cls == cls and test(name, spelling):
            return row
    return None


def key(name: str, spelling: Any) -> str:
    return f"{name}={json.dumps(spelling)}"
