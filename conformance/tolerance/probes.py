"""The probes of the tolerance survey: (property, value) pairs, grouped by value class.

Each probe is one declaration put on a small test element; the survey (:mod:`.survey`) renders it with
the reference and with pureog and records what each does. The value classes are the mistakes real
cards make: garbage words, misspelt units, values of the wrong type, CSS that is valid in a browser but
not in Satori (``display: grid``, ``borderStyle: dotted``, ``calc()``), vendor-prefixed and unknown
keys, and empty values. Dev tool: standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Probe:
    prop: str
    value: object
    candidates: tuple[object, ...] = field(default=())
    """Other values of ``prop`` whose rendering the probe's may equal (to name the reference's fallback)."""

    @property
    def id(self) -> str:
        return f"{self.prop}={self.value!r}"


_GARBAGE: tuple[object, ...] = ("foo", "", None, True)
_LENGTH_BAD: tuple[object, ...] = ("12pq", "calc(10px + 5px)", "10px 20px", "px", "1e3px", "+8px", ".5em", "12 px")
_COLOR_BAD: tuple[object, ...] = ("notacolor", "#12", "rgb(1,2)", "rgb(300, 0, 0)", "#ff000080", 12,
                                  "hsl(120deg 50% 50%)", "color-mix(in srgb, red, blue)", "transparent red")

LENGTHS = ("width", "height", "minWidth", "minHeight", "maxWidth", "maxHeight", "marginTop", "marginLeft",
           "paddingTop", "paddingLeft", "top", "left", "gap", "rowGap", "flexBasis", "borderTopWidth",
           "borderWidth", "fontSize", "letterSpacing", "lineHeight", "borderRadius", "borderTopLeftRadius",
           "margin", "padding", "textIndent", "WebkitTextStrokeWidth", "inset", "tabSize")
NUMBERS = ("flexGrow", "flexShrink", "opacity", "fontWeight", "lineClamp", "WebkitLineClamp", "aspectRatio")
ENUMS: dict[str, tuple[object, ...]] = {
    "display": ("grid", "inline", "inline-block", "inline-flex", "table", "list-item", "BLOCK", "Flex"),
    "position": ("fixed", "sticky", "ABSOLUTE"),
    "flexDirection": ("col", "vertical", "COLUMN"),
    "flexWrap": ("yes", "WRAP"),
    "alignItems": ("start", "end", "self-start", "space-between", "left", "CENTER", "safe center"),
    "alignSelf": ("start", "end", "left", "self-end"),
    "alignContent": ("start", "space-evenly", "baseline", "left"),
    "justifyContent": ("space-evenly", "left", "right", "stretch", "start", "end", "normal", "baseline"),
    "overflow": ("scroll", "auto", "clip", "hidden visible", "HIDDEN"),
    "boxSizing": ("padding-box", "CONTENT-BOX"),
    "textAlign": ("middle", "justify-all", "match-parent", "CENTER"),
    "textTransform": ("full-width", "small-caps", "UPPERCASE"),
    "whiteSpace": ("break-spaces", "nowrap pre", "collapse", "NOWRAP"),
    "wordBreak": ("break-words", "auto-phrase", "BREAK-ALL"),
    "textOverflow": ("fade", "'…'", "clip ellipsis"),
    "borderStyle": ("dotted", "double", "groove", "ridge", "inset", "outset", "hidden", "solid dashed"),
    "borderTopStyle": ("dotted", "double"),
    "objectFit": ("stretch", "auto"),
    "fontStyle": ("oblique 10deg", "slanted", "ITALIC"),
    "textDecorationLine": ("overline", "blink", "underline overline"),
    "textDecorationStyle": ("wavy", "dotted"),
    "textWrap": ("stable", "auto", "pretty balance"),
    "backgroundClip": ("padding-box", "content-box", "border-area"),
    "backgroundRepeat": ("space", "round", "repeat no-repeat"),
    "WebkitBoxOrient": ("block-axis",),
    "textDecorationSkipInk": ("yes",),
}
COLORS = ("color", "backgroundColor", "borderColor", "borderTopColor", "textDecorationColor",
          "WebkitTextStrokeColor")
VALUES: dict[str, tuple[object, ...]] = {
    "backgroundImage": ("linear-gradient(left right, red, blue)", "linear-gradient(to middle, red, blue)",
                        "linear-gradient(red)", "linear-gradient(45, red, blue)", "foo(1)", "url()",
                        "radial-gradient(mediumslateblue, red)", "conic-gradient(red, blue)",
                        "linear-gradient(red 10, blue)", "linear-gradient(foo, blue)", "none"),
    "background": ("linear-gradient(left right, red, blue)", "red url()", "foo", "conic-gradient(red, blue)",
                   "red linear-gradient(red, blue)", "none"),
    "backgroundSize": ("foo", "10px 10px 10px", "cover contain", "-10px"),
    "backgroundPosition": ("foo", "center center center", "left 10px top 5px"),
    "transform": ("rotate(10)", "foo(1)", "matrix(1, 0, 0, 1, 5, 5)", "rotate(0.1turn)", "translate(10px)",
                  "rotateX(30deg)", "perspective(100px)", "translate3d(1px, 2px, 3px)", "scale(1.1) foo",
                  "none", "translateZ(0)"),
    "transformOrigin": ("foo", "left top 10px", "center center center"),
    "boxShadow": ("foo", "10px", "red", "none", "10px 10px red inset 5px", "0 0 10px foo"),
    "textShadow": ("foo", "10px", "red", "none", "1px 1px 1px 1px red"),
    "filter": ("brightness(0.6)", "foo(1)", "blur(abc)", "url(#x)", "none", "blur(2px) brightness(0.5)",
               "drop-shadow(2px 2px 2px red)", "grayscale(1)"),
    "clipPath": ("foo", "circle(abc)", "path('M0 0 L10 10 L0 10 Z')", "url(#x)", "none", "polygon(0 0)"),
    "maskImage": ("foo", "url()", "none", "linear-gradient(left right, black, transparent)"),
    "fontFamily": ("", "'Unclosed", "Foo, , Bar", 12),
    "WebkitTextStroke": ("foo", "1px", "1px red solid", "red 1px"),
    "border": ("foo", "1px foo red", "dotted", "1px dotted red", "1px solid notacolor", "none", "0"),
    "borderTop": ("foo", "dotted 2px",),
    "flex": ("foo", "1 2 3 4", "auto auto", "none", "1 1 foo"),
    "objectPosition": ("foo", "left left"),
    "textDecoration": ("foo", "underline wavy red", "overline"),
    "font": ("foo", "bold", "12px"),
    "borderRadius": ("10px / foo", "50% 20% / 10px 5px"),
    "zIndex": (2, "foo"),
    "inset": ("5px", "0"),
}
CANDIDATES: dict[str, tuple[object, ...]] = {
    "backgroundImage": ("linear-gradient(red, blue)", "linear-gradient(to right, red, blue)",
                        "radial-gradient(red, blue)", "linear-gradient(blue, blue)", "linear-gradient(red, red)",
                        "radial-gradient(mediumslateblue, red)".replace("mediumslateblue", "#7b68ee")),
    "background": ("linear-gradient(red, blue)", "red", "black"),
    "maskImage": ("linear-gradient(black, transparent)",),
    "boxShadow": ("10px 10px 5px red", "0 0 0 black"),
    "border": ("3px solid black", "1px solid black", "1px solid currentcolor", "0"),
}
UNKNOWN = {
    "wordWrap": "break-word", "overflowWrap": "anywhere", "WebkitBackgroundClip": "text",
    "-webkit-background-clip": "text", "MozBackgroundClip": "text", "msTransform": "rotate(10deg)",
    "boxDecorationBreak": "clone", "hyphens": "auto", "textDecorationThickness": "3px",
    "textUnderlineOffset": "4px", "outline": "1px solid red", "outlineOffset": "2px", "fontFeatureSettings": "'tnum'",
    "fontVariationSettings": "'wght' 700", "backdropFilter": "blur(4px)", "mixBlendMode": "multiply",
    "isolation": "isolate", "imageRendering": "pixelated", "content": "'x'", "listStyle": "none",
    "float": "left", "clear": "both", "visibility": "hidden", "resize": "none", "scrollBehavior": "smooth",
    "order": 2, "gridTemplateColumns": "1fr 1fr", "placeItems": "center", "justifyItems": "center",
    "justifySelf": "center", "fontSmooth": "always", "textSizeAdjust": "100%", "WebkitTextSizeAdjust": "100%",
    "colorScheme": "dark", "accentColor": "red", "caretColor": "red", "fill": "red", "stroke": "red",
    "textEmphasis": "dot", "unicodeBidi": "isolate", "direction": "rtl", "writingMode": "vertical-rl",
    "fooBar": "baz", "backgroundAttachment": "fixed", "backgroundOrigin": "content-box",
    "backgroundBlendMode": "multiply", "borderImage": "none", "borderCollapse": "collapse",
    "columnCount": 2, "fontStretch": "condensed", "fontSizeAdjust": "0.5", "lineBreak": "strict",
    "textJustify": "inter-word", "textAlignLast": "center", "whiteSpaceCollapse": "preserve",
    "textWrapMode": "nowrap", "textWrapStyle": "balance", "containerType": "inline-size", "contain": "paint",
    "translate": "10px 10px", "rotate": "10deg", "scale": "1.2", "objectViewBox": "inset(0)",
    "maskMode": "luminance", "maskComposite": "add", "maskClip": "border-box", "maskOrigin": "border-box",
    "mask": "linear-gradient(black, transparent)", "WebkitMask": "linear-gradient(black, transparent)",
    "shapeOutside": "circle()", "touchAction": "none", "appearance": "none", "WebkitAppearance": "none",
    "borderSpacing": "2px", "captionSide": "top", "emptyCells": "show", "tableLayout": "fixed",
    "counterReset": "x", "quotes": "none", "textOrientation": "upright", "verticalAlign": "middle",
    "gridArea": "a", "gridColumn": "1 / 3", "overflowX": "hidden", "overflowY": "hidden",
    "borderBlock": "1px solid red", "borderInline": "1px solid red", "marginInline": "5px",
    "marginBlock": "5px", "paddingInline": "5px", "paddingBlock": "5px", "insetInline": "5px",
    "blockSize": "20px", "inlineSize": "20px", "minInlineSize": "20px", "borderStartStartRadius": "5px",
}


def probes(every: tuple[str, ...] = ()) -> list[Probe]:
    """Every probe of the survey, in a stable order; ``every`` names more properties (the whole table)
    that get the garbage value class at least."""
    out: list[Probe] = []
    for prop in LENGTHS:
        out += [Probe(prop, v, (0, 1, 12, 10, 5, "auto")) for v in _GARBAGE + _LENGTH_BAD]
        out.append(Probe(prop, "-5px", (0, 5)))
    for prop in NUMBERS:
        out += [Probe(prop, v, (0, 1, 2, 0.5)) for v in _GARBAGE + ("2px", "-1", "1/2", "50%", "1e400")]
    for prop, values in ENUMS.items():
        out += [Probe(prop, v) for v in _GARBAGE + (12,) + values]
    for prop in COLORS:
        out += [Probe(prop, v, ("black", "transparent", "white", "#ff0000")) for v in _GARBAGE + _COLOR_BAD]
    for prop, values in VALUES.items():
        out += [Probe(prop, v, CANDIDATES.get(prop, ())) for v in _GARBAGE + values]
    out += [Probe(prop, v) for prop, v in UNKNOWN.items()]
    out += [Probe(prop, v) for prop in every for v in _GARBAGE + (12, "12pq")]
    seen: set[str] = set()
    unique = []
    for probe in out:
        if probe.id not in seen:
            seen.add(probe.id)
            unique.append(probe)
    return unique
