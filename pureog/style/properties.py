"""The CSS property table: the single source of truth for every property pureog knows.

One :class:`Property` per name (camelCase, as React writes it): whether it is inherited, its initial
value (CSS text, for the docs), the accepted values, its support status and how it is handled:
- longhands have a ``parse(raw, ctx) -> value`` and the :class:`ComputedStyle` ``field`` it sets;
- shorthands have an ``expand`` (in :mod:`pureog.style.shorthands`) producing longhand declarations;
- ``IGNORED`` properties are dropped with a warning, as Satori drops them;
- ``invalid`` says what the reference does with a value that does not parse (:class:`Invalid`): it
  throws (pureog raises), ignores the declaration, or paints a fallback; pureog does the same and
  warns (``spec/css.md``, "Tolerance"; the survey behind it is ``conformance/tolerance/``).
``spec/css.md`` is generated from this table (tests check it stays in sync).
The value parsers live in :mod:`pureog.style.property_parsers` (``pp.``: box, flex, border, colour
and keywords) and :mod:`pureog.style.text_values` (``tv.``: text); those of gradients, shadows/filters,
transforms and clip paths (their own modules) are imported on first use.
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

from enum import StrEnum

from pureog.display import BlendMode  # mixBlendMode's values are the display list's modes
from pureog.errors import StyleError
from pureog.records import record
from pureog.style import property_parsers as pp
from pureog.style import shorthands as sh
from pureog.style import text_values as tv
from pureog.style.property_parsers import Parser
from pureog.style.values import (
    BoxSizing,
    Display,
    FlexDirection,
    FlexWrap,
    Isolation,
    Overflow,
    Position,
    TextAlign,
    TextOverflow,
)


class Support(StrEnum):
    YES = "yes"
    IGNORED = "ignored"
    BROWSER = "browser"
    """Next.js ignores it (drawing the card as if it were not there): ignored with a warning by default,
    drawn as Chromium draws it with ``features: browser`` (spec/css.md, "Browser features")."""


class Invalid(StrEnum):
    """What the reference does with a value of the property that does not parse."""

    IGNORE = "ignored"
    """Drops the declaration (Yoga gets no value, the SVG no attribute): as if it were not there."""
    THROW = "error"
    """Throws (css-to-react-native's shorthand parsers, Satori's keyword tables): an error here too."""
    BLACK = "black"
    """Paints black: the value reaches resvg as an invalid ``fill``, which SVG paints black."""
    TRANSPARENT = "transparent"
    """Paints nothing: the value reaches resvg as an invalid ``stroke``, which SVG does not paint."""
    UNREADABLE = "black text, no strokes"
    """``color``: the value reaches resvg as the text's invalid ``fill`` (black) and as the invalid
    ``stroke`` of its decoration lines and currentColor borders (not drawn); descendants inherit it."""


@record
class Property:
    name: str
    inherited: bool
    initial: str
    values: str
    support: Support = Support.YES
    field: str | None = None
    parse: Parser | None = None
    expand: sh.Expander | None = None
    note: str = ""
    invalid: Invalid = Invalid.IGNORE

    @property
    def is_shorthand(self) -> bool:
        return self.expand is not None


# --------------------------------------------------------------------------- table entries by kind


def _yes(name: str, field: str, parse: Parser, initial: str, values: str, *, inherited: bool = False,
         note: str = "", invalid: Invalid = Invalid.IGNORE) -> Property:  # fmt: skip
    return Property(name, inherited, initial, values, Support.YES, field, parse, None, note, invalid)


def _short(name: str, expand: sh.Expander, values: str, *, inherited: bool = False, note: str = "",
           initial: str = "see longhands", invalid: Invalid = Invalid.THROW,
           support: Support = Support.YES) -> Property:  # fmt: skip
    """A shorthand: css-to-react-native parses most of them and throws on what it cannot parse."""
    return Property(name, inherited, initial, values, support, None, None, expand, note, invalid)


def _browser(name: str, field: str, parse: Parser, initial: str, values: str, note: str, *,
             inherited: bool = False) -> Property:
    """A property Next.js ignores and a browser draws: parsed only with ``features: browser``."""
    return Property(name, inherited, initial, values, Support.BROWSER, field, parse, None, note)


def _ignored(name: str, note: str, *, inherited: bool = False, values: str = "any") -> Property:
    return Property(name, inherited, "", values, Support.IGNORED, None, None, None, note)


_LP = "length, percentage"
_LPA = "length, percentage, auto"
_TRACKS = ("none, [names] and track sizes: length, %, fr, auto, min-content, max-content, minmax(), "
           "fit-content(), repeat(N | auto-fill | auto-fit, ...)")
_GRID_NOTE = "invalid values are ignored, as Chromium drops them"
_LINE = "auto, N, -N, name, name N, span N, span name"

_TABLE: list[Property] = [
    # --- box and flex layout
    _yes("display", "display", pp.enum(Display), "flex",
         "flex, block, -webkit-box, contents, none, grid, inline-grid, inline, inline-block",
         note="block and -webkit-box lay out as flex (Satori has no block layout); grid and inline-grid as a "
              "CSS grid (Satori throws: Chromium is the reference, spec/layout.md); inline and inline-block "
              "(Satori throws) are inline boxes inside an inline formatting context (spec/inline.md), else "
              "laid out as block",
         invalid=Invalid.THROW),
    _yes("position", "position", pp.enum(Position), "relative", "relative, absolute, static", invalid=Invalid.THROW),
    _yes("flexDirection", "flex_direction", pp.enum(FlexDirection), "row", "row, row-reverse, column, column-reverse",
         invalid=Invalid.THROW),
    _yes("flexWrap", "flex_wrap", pp.enum(FlexWrap), "nowrap", "nowrap, wrap, wrap-reverse", invalid=Invalid.THROW),
    _yes("flexGrow", "flex_grow", pp.number(), "0", "number (Yoga reads a negative one as written)"),
    _yes("flexShrink", "flex_shrink", pp.number(), "0", "number (Yoga reads a negative one as written)",
         note="Satori default 0; 1 for an element holding text unless set"),
    _yes("flexBasis", "flex_basis", pp.yoga_length(auto=True), "auto", _LPA),
    _short("flex", sh.expand_flex, "none, auto, <grow> [<shrink>] [<basis>]",
           note="as css-to-react-native: `1` = 1 1 0, `auto` = 1 1 auto, `none` = 0 0 auto"),
    _short("flexFlow", sh.expand_flex_flow, "<direction> || <wrap>"),
    _yes("justifyContent", "justify_content", pp.JUSTIFY, "normal",
         "flex-start, flex-end, center, space-between, space-around, space-evenly, start, end, normal, stretch",
         note="normal and stretch are flex-start in flex, stretch in a grid", invalid=Invalid.THROW),
    _yes("alignItems", "align_items", pp.ALIGN_ITEMS, "stretch",
         "stretch, flex-start, flex-end, center, baseline, normal (Yoga's auto: the cross end)",
         invalid=Invalid.THROW),
    _yes("alignSelf", "align_self", pp.ALIGN_SELF, "auto",
         "auto, stretch, flex-start, flex-end, center, baseline, normal", invalid=Invalid.THROW),
    _yes("alignContent", "align_content", pp.ALIGN_CONTENT, "normal",
         "flex-start, flex-end, center, stretch, space-between, space-around, space-evenly, normal",
         note="normal is flex-start in flex (Yoga's auto), stretch in a grid", invalid=Invalid.THROW),
    _short("placeContent", sh.expand_place_content, "<align-content> [<justify-content>]"),
    _yes("width", "width", pp.yoga_length(auto=True), "auto", _LPA),
    _yes("height", "height", pp.yoga_length(auto=True), "auto", _LPA),
    _yes("minWidth", "min_width", pp.yoga_length(auto=True), "auto", _LPA),
    _yes("minHeight", "min_height", pp.yoga_length(auto=True), "auto", _LPA),
    _yes("maxWidth", "max_width", pp.yoga_length(none=True), "none", "length, percentage, none"),
    _yes("maxHeight", "max_height", pp.yoga_length(none=True), "none", "length, percentage, none"),
    _yes("marginTop", "margin_top", pp.yoga_length(auto=True), "0", _LPA),
    _yes("marginRight", "margin_right", pp.yoga_length(auto=True), "0", _LPA),
    _yes("marginBottom", "margin_bottom", pp.yoga_length(auto=True), "0", _LPA),
    _yes("marginLeft", "margin_left", pp.yoga_length(auto=True), "0", _LPA),
    _short("margin", sh.expand_margin, "1-4 of length, percentage, auto"),
    _yes("paddingTop", "padding_top", pp.yoga_float, "0", _LP, invalid=Invalid.THROW),
    _yes("paddingRight", "padding_right", pp.yoga_float, "0", _LP, invalid=Invalid.THROW),
    _yes("paddingBottom", "padding_bottom", pp.yoga_float, "0", _LP, invalid=Invalid.THROW),
    _yes("paddingLeft", "padding_left", pp.yoga_float, "0", _LP, invalid=Invalid.THROW),
    _short("padding", sh.expand_padding, "1-4 of length, percentage"),
    _yes("top", "top", pp.yoga_length(auto=True), "auto", _LPA),
    _yes("right", "right", pp.yoga_length(auto=True), "auto", _LPA),
    _yes("bottom", "bottom", pp.yoga_length(auto=True), "auto", _LPA),
    _yes("left", "left", pp.yoga_length(auto=True), "auto", _LPA),
    _short("inset", sh.expand_inset, "1-4 of length, percentage, auto",
           note="Next.js ignores it (boxes would move); top, right, bottom, left with features: browser",
           invalid=Invalid.IGNORE, support=Support.BROWSER),
    _yes("rowGap", "row_gap", pp.yoga_float, "0", _LP, invalid=Invalid.THROW),
    _yes("columnGap", "column_gap", pp.yoga_float, "0", _LP, invalid=Invalid.THROW),
    _short("gap", sh.expand_gap, "<row-gap> [<column-gap>]", invalid=Invalid.IGNORE),
    # --- grid (Satori throws on display: grid; Chromium is the reference: spec/layout.md, "Grid")
    _yes("gridTemplateColumns", "grid_template_columns", pp.grid("parse_track_list"), "none", _TRACKS, note=_GRID_NOTE),
    _yes("gridTemplateRows", "grid_template_rows", pp.grid("parse_track_list"), "none", _TRACKS, note=_GRID_NOTE),
    _yes("gridTemplateAreas", "grid_template_areas", pp.grid("parse_areas"), "none",
         "none, one quoted string per row (names, . for an empty cell)", note="each name must be a rectangle"),
    _yes("gridAutoColumns", "grid_auto_columns", pp.grid("parse_auto_tracks"), "auto", "1 or more track sizes",
         note="implicit columns cycle through the list"),
    _yes("gridAutoRows", "grid_auto_rows", pp.grid("parse_auto_tracks"), "auto", "1 or more track sizes",
         note="implicit rows cycle through the list"),
    _yes("gridAutoFlow", "grid_auto_flow", pp.grid("parse_auto_flow"), "row", "[row | column] || dense"),
    *(
        _yes(f"grid{axis}{edge}", f"grid_{axis.lower()}_{edge.lower()}", pp.grid("parse_line"), "auto", _LINE)
        for axis in ("Row", "Column") for edge in ("Start", "End")
    ),
    _short("gridRow", pp.grid_expander("expand_grid_row"), "<start> [/ <end>]", invalid=Invalid.IGNORE),
    _short("gridColumn", pp.grid_expander("expand_grid_column"), "<start> [/ <end>]", invalid=Invalid.IGNORE),
    _short("gridArea", pp.grid_expander("expand_grid_area"), "<name> or 1-4 lines separated by /",
           invalid=Invalid.IGNORE),
    _short("gridTemplate", pp.grid_expander("expand_grid_template"),
           "none, <rows> / <columns>, areas with row sizes / <columns>", invalid=Invalid.IGNORE),
    _short("grid", pp.grid_expander("expand_grid"), "a gridTemplate, <rows> / auto-flow [dense] [<sizes>], "
           "auto-flow [dense] [<sizes>] / <columns>", invalid=Invalid.IGNORE),
    _yes("justifyItems", "justify_items", pp.grid("parse_justify_items"), "normal",
         "normal, stretch, start, end, center, flex-start, flex-end, self-start, self-end, left, right, baseline",
         note="grid items only (flex ignores it); baseline is start"),
    _yes("justifySelf", "justify_self", pp.grid("parse_justify_self"), "auto", "auto and the justifyItems values",
         note="grid items only"),
    _short("placeItems", pp.grid_expander("expand_place_items"), "<align-items> [<justify-items>]",
           invalid=Invalid.IGNORE),
    _short("placeSelf", pp.grid_expander("expand_place_self"), "<align-self> [<justify-self>]", invalid=Invalid.IGNORE),
    # legacy aliases no part of Next.js knows (it reads gap, rowGap and columnGap only): browser features
    _short("gridGap", sh.expand_gap, "as gap", note="legacy alias of gap", invalid=Invalid.IGNORE,
           support=Support.BROWSER),
    _short("gridRowGap", lambda v: [("rowGap", v)], "as rowGap", note="legacy alias of rowGap",
           invalid=Invalid.IGNORE, support=Support.BROWSER),
    _short("gridColumnGap", lambda v: [("columnGap", v)], "as columnGap", note="legacy alias of columnGap",
           invalid=Invalid.IGNORE, support=Support.BROWSER),
    _yes("aspectRatio", "aspect_ratio", pp.aspect_ratio, "auto", "auto, number, w / h",
         note="a number (Next.js throws) applies as in CSS; 'w / h' is ignored as Next.js ignores it, applied "
              "with features: browser", invalid=Invalid.THROW),
    _yes("overflow", "overflow", pp.enum(Overflow), "visible", "visible, hidden", invalid=Invalid.THROW),
    _yes("boxSizing", "box_sizing", pp.enum(BoxSizing), "border-box", "border-box, content-box",
         note="Satori default border-box", invalid=Invalid.THROW),
    # --- borders
    *(
        _yes(f"border{side}Width", f"border_{side.lower()}_width", pp.border_width, "3px (medium)",
             "length (thin = 1, medium = 3, thick = 5)", note="explicit widths only; kept with style none")
        for side in sh.SIDES
    ),
    *(
        _yes(f"border{side}Style", f"border_{side.lower()}_style", pp.border_style, "none",
             "none, hidden, solid, dashed", note="drawn solid unless dashed, as Satori draws it")
        for side in sh.SIDES
    ),
    *(
        _yes(f"border{side}Color", f"border_{side.lower()}_color", pp.color, "currentcolor", "colour",
             note="transparent when never set, as Satori draws no stroke then", invalid=Invalid.TRANSPARENT)
        for side in sh.SIDES
    ),
    _short("borderWidth", sh.expand_border_width, "1-4 lengths"),
    _short("borderStyle", sh.expand_border_style, "1-4 of none, hidden, solid, dashed",
           note="sets no side's style, as in Satori (a warning unless solid)", invalid=Invalid.IGNORE),
    _short("borderColor", sh.expand_border_color, "1-4 colours"),
    _short("border", sh.expand_border, "<width> || <style> || <colour>, none",
           note="no width = 3px; no colour = currentColor; no style = solid; dotted, double, groove, ridge, "
                "inset, outset (Next refuses them) drawn as Chrome draws them"),
    *(_short(f"border{side}", sh.side_border_expander(side), "<width> || <style> || <colour>, none")
      for side in sh.SIDES),
    *(
        _yes(f"border{corner}Radius", f"border_{sh.snake(corner)}_radius", pp.corner_radius, "0",
             "length or percentage, optionally a second (vertical) one")
        for corner in sh.CORNERS
    ),
    _short("borderRadius", sh.expand_border_radius, "1-4 lengths/percentages [/ 1-4]"),
    # --- paint
    _yes("backgroundColor", "background_color", pp.color, "transparent", "colour", invalid=Invalid.BLACK),
    _short("background", sh.expand_background, "a colour, or one gradient / url() layer list",
           note="as Satori: a value starting with a gradient or url() is all backgroundImage, except a url() "
                "layer followed by more (`url(...) no-repeat center / cover`), which Next.js throws on: read as CSS "
                "reads it, layer by layer (style/css_background.py)"),
    _yes("backgroundImage", "background_image", pp.BACKGROUND_IMAGE_PROPERTY, "none",
         "comma list of [repeating-]linear-gradient(), [repeating-]radial-gradient(), "
         "[repeating-]conic-gradient(), url()",
         note="first layer on top; a second position per stop and colour hints are ignored, as in Satori; "
              "a colour hint with no colour before it (`linear-gradient(to right, 30%, red)`, "
              "`radial-gradient(tomato, 52%, blue)`, whose `tomato` holds \"at\" and is read as a prelude) is a "
              "black first stop, as Next draws it (`backgrounds/gradient-leading-hint`); "
              "a stop position Satori's parser cannot read (`+30%`, `3e1%`, `.5%`, `30pt`, `25mm`, `26Q`, "
              "`40PX`) sits at the previous stop, as Next draws it; "
              "conic gradients (which Next.js refuses) are drawn as Chrome draws them; a radial gradient whose "
              "shape covers 8,192 device px or more of its tile (its box 8,192 px wide or tall, counting "
              "transparent paint out) shows only its last stop's colour, as Next draws it (tiny-skia 0.8.3 "
              "empties the shape's mask: raster/mask_region.py)",
         invalid=Invalid.THROW),
    _yes("backgroundSize", "background_size", pp.BACKGROUND_SIZE, "auto",
         "per layer: cover, contain, auto, 1-2 lengths/percentages",
         note="gradients: cover/contain/auto = the box; one value alone draws nothing (Satori); as CSS reads it "
              "when set by a `background` shorthand Next.js throws on, and with features: browser"),
    _yes("backgroundPosition", "background_position", pp.BACKGROUND_POSITION, "0% 0%",
         "per layer: lengths/percentages, keywords",
         note="keywords are dropped and the first two lengths kept, as in Satori; a missing one is 0 at the box "
              "for gradients, 0 at the canvas for url() images (resvg drops Satori's NaN); 1-4 values as CSS reads "
              "them when set by a `background` shorthand Next.js throws on, and with features: browser"),
    _yes("backgroundRepeat", "background_repeat", pp.BACKGROUND_REPEAT, "repeat",
         "per layer: repeat, repeat-x, repeat-y, no-repeat",
         note="any other value (space, round, two-value forms) draws the image once, as in Satori; all of them "
              "as CSS draws them when set by a `background` shorthand Next.js throws on, and with features: browser"),
    _yes("backgroundClip", "background_clip", pp.BACKGROUND_CLIP, "border-box",
         "border-box, padding-box, content-box, text",
         note="padding-box/content-box paint as border-box (Satori); text clips to the descendants' glyphs (`text` as "
              "written: `Text` clips nothing in Next.js); a box per layer as CSS clips them (keywords in any case) "
              "when set by a `background` shorthand Next.js throws on, and with features: browser"),
    _browser("backgroundOrigin", "background_origin", pp.BACKGROUND_ORIGIN, "padding-box",
             "per layer: border-box, padding-box, content-box",
             "the positioning area of layers read as CSS reads them (also set by a `background` shorthand "
             "Next.js throws on)"),
    _yes("opacity", "opacity", pp.opacity, "1",
         "number (a percentage is ignored; a negative one and one above 1 are kept, multiplied into the "
         "descendants and drawn as 0 / 1, as in Satori: 0.5 then 1.5 draws 0.75; with features: browser a "
         "number or percentage clamped to 0..1)",
         note="not multiplied in the computed style; paint nests groups (Satori fades each shape; with "
              "features: browser the element and its descendants fade as one layer, as CSS)"),
    _yes("objectFit", "object_fit", pp.enum_words(("contain", "cover", "fill", "scale-down", "none")), "fill",
         "contain, cover, fill, scale-down, none", note="img and svg; none stretches like fill (Satori)"),
    _yes("objectPosition", "object_position", pp.object_position, "50% 50%",
         "1-2 of left, center, right, top, bottom, length, percentage", note="img and svg (Satori's parser)"),
    # --- text (inherited)
    _yes("color", "color", pp.color, "black", "colour", inherited=True, invalid=Invalid.UNREADABLE),
    _yes("fontFamily", "font_family", tv.font_family, "serif",
         "comma list of names (lower-cased, a quote stripped at each end, inner spaces kept)", inherited=True),
    _yes("fontSize", "font_size", tv.font_size, "16px", "length, percentage, xx-small..xxx-large, larger, smaller",
         inherited=True, note="keywords (small, x-large, larger, ...) keep the parent size, as in Satori"),
    _yes("fontWeight", "font_weight", tv.font_weight, "400", "normal, bold, bolder, lighter, 1..1000", inherited=True,
         note="text Satori cannot read as a weight (medium, semibold, ..., and the keywords in another case: "
              "Normal, BOLD) and numbers past 1000 pick the heaviest face, 0 or below the lightest, as Next.js "
              "(a warning); with features: browser they are ignored (keywords in any case read)"),
    _yes("fontStyle", "font_style", tv.font_style, "normal", "normal, italic, oblique (no own face)", inherited=True),
    _short("font", sh.expand_font, "[style] [small-caps] [weight] <size>[/<line-height>] <family>", inherited=True),
    _yes("lineHeight", "line_height", tv.line_height, "normal", "normal, number, length, percentage",
         inherited=True, note="stored as a multiple of the font size (Satori)"),
    _yes("letterSpacing", "letter_spacing", tv.letter_spacing, "normal (0)", "normal, length", inherited=True),
    _yes("textAlign", "text_align", pp.enum(TextAlign), "start", "start, end, left, right, center, justify",
         inherited=True,
         note="an unknown value is ignored (Satori throws only once a text node uses it); start / end "
              "follow `direction` in text with bidi or complex scripts (start = right in rtl; spec/text.md), "
              "else start = left as in Satori"),
    _yes("textTransform", "text_transform", tv.text_transform, "none", "none, uppercase, lowercase, capitalize",
         inherited=True),
    _yes("whiteSpace", "white_space", tv.white_space, "normal",
         "normal, pre, pre-wrap, pre-line, nowrap, break-spaces", inherited=True,
         note="any other value (NOWRAP, foo) reads as break-spaces, as Satori's lists do not name it"),
    _yes("wordBreak", "word_break", tv.word_break, "normal", "normal, break-all, break-word, keep-all",
         inherited=True, note="any other value (BREAK-ALL, foo) breaks as normal, as Satori compares the words"),
    _yes("textOverflow", "text_overflow", pp.enum(TextOverflow), "clip", "clip, ellipsis"),
    _yes("textDecorationLine", "text_decoration_line", tv.decoration_line, "none",
         "none, underline, overline, line-through, blink (several allowed)", inherited=True, invalid=Invalid.THROW,
         note="overline and blink (Next.js throws) as Chromium: a line above the text, nothing"),
    _yes("textDecorationColor", "text_decoration_color", pp.color, "currentcolor", "colour", inherited=True,
         note="a value that does not parse draws no decoration line: Satori writes it as the line's stroke, "
              "which resvg does not paint",
         invalid=Invalid.TRANSPARENT),
    _yes("textDecorationStyle", "text_decoration_style", tv.decoration_style, "solid",
         "solid, dashed, dotted, double, wavy", inherited=True,
         note="wavy is drawn solid, as Next.js draws it; as Chromium's wave with features: browser or in the "
              "textDecoration shorthand (Next.js throws there)"),
    _short("textDecoration", sh.expand_text_decoration, "<line> || <style> || <colour> || <thickness>",
           inherited=True),
    _browser("textDecorationThickness", "text_decoration_thickness", tv.decoration_thickness, "auto",
             "auto, from-font, length, percentage", "Next.js ignores it; Chromium's thickness (a whole px, at "
             "least 1; from-font: the post table's)", inherited=True),
    _browser("textUnderlineOffset", "text_underline_offset", tv.underline_offset, "auto", "auto, length, percentage",
             "Next.js ignores it; moves the underline down from Chromium's position", inherited=True),
    _browser("textUnderlinePosition", "text_underline_position", tv.underline_position, "auto",
             "auto, from-font, under, left, right", "Next.js ignores it; from-font: the post table's position, "
             "under: below the em box", inherited=True),
    _yes("textDecorationSkipInk", "text_decoration_skip_ink", pp.text_decoration_skip_ink, "auto",
         "auto, none, all (any case)", inherited=True, note="all = auto (Satori)", invalid=Invalid.THROW),
    _yes("WebkitTextStrokeWidth", "webkit_text_stroke_width", pp.text_stroke_width, "0", "length", inherited=True),
    _yes("WebkitTextStrokeColor", "webkit_text_stroke_color", pp.color, "none", "colour", inherited=True,
         note="no stroke until a colour is set (Satori); a value that does not parse draws no stroke, as "
              "resvg does not paint Satori's invalid stroke", invalid=Invalid.TRANSPARENT),
    _short("WebkitTextStroke", sh.expand_webkit_text_stroke, "<width> <colour>", inherited=True,
           invalid=Invalid.IGNORE),
    _yes("tabSize", "tab_size", tv.tab_size, "8", "number of spaces, length", inherited=True,
         note="a length's px number counts spaces, as in Satori (`20px` = 20 spaces)"),
    _yes("textIndent", "text_indent", pp.text_indent, "0", "length, percentage (negative allowed)", inherited=True,
         note="first line only; shifts the drawing, not the line breaking (Satori)"),
    _yes("textWrap", "text_wrap", pp.enum_words(("wrap", "nowrap", "balance", "pretty", "stable")), "wrap",
         "wrap, nowrap, balance, pretty, stable", note="not inherited (Satori); only balance and pretty act"),
    _yes("lineClamp", "line_clamp", tv.line_clamp, "none", "none, number, number \"ellipsis\"",
         note="with display: block, as Satori"),
    _yes("WebkitLineClamp", "webkit_line_clamp", tv.webkit_line_clamp, "none", "none, number",
         note="with display: -webkit-box, WebkitBoxOrient: vertical and textOverflow: ellipsis"),
    _yes("WebkitBoxOrient", "webkit_box_orient", pp.enum_words(("horizontal", "vertical")), "horizontal",
         "horizontal, vertical"),
    # --- not supported yet (Satori 0.29 has them; pureog will)
    _yes("transform", "transform", pp.TRANSFORM, "none",
         "translate/X/Y (length, %), scale/X/Y, rotate, skew/X/Y (deg, rad, turn, grad); with features: browser "
         "also rotateX/Y/Z, rotate3d, translateZ, translate3d, scaleZ, scale3d, perspective(), matrix(), matrix3d()",
         note="children move with their parent (Satori's inheritance); rotateX/Y/Z and perspective() are "
              "ignored with a warning and matrix()/the 3D functions refused, as in Satori; features: browser "
              "draws them in 3D as Chromium does (see Browser features)", invalid=Invalid.THROW),
    _yes("transformOrigin", "transform_origin", pp.TRANSFORM_ORIGIN, "50% 50%",
         "1-2 of left, right, top, bottom, center, length (px, em, rem), percentage; a third, z length, "
         "with features: browser",
         note="as Satori: a zero value (0, 0px, 0%) means the centre; the z length moves the origin of 3D "
              "transforms (features: browser)"),
    _yes("boxShadow", "box_shadow", pp.BOX_SHADOW, "none",
         "list of [inset] <x> <y> [<blur> [<spread>]] [<colour>]"),
    _yes("textShadow", "text_shadow", pp.TEXT_SHADOW, "none",
         "list of <x> <y> [<blur>] [<colour>]", inherited=True,
         note="offsets are whole device pixels, as resvg's feDropShadow truncates them", invalid=Invalid.THROW),
    _yes("filter", "filter", pp.FILTER, "none",
         "space-separated blur(), brightness(), contrast(), drop-shadow(), grayscale(), hue-rotate(), invert(), "
         "opacity(), saturate(), sepia(), url()", inherited=True,
         note="resvg's grammar and maths: applied in order to each element's own shapes (not borders), each "
              "cut to its region; em is 12px; an unparsable list is ignored (a colour function in drop-shadow(), "
              "also through currentColor when the colour is written as one), a url()-only one hides the shapes; "
              "with features: browser CSS's grammar, not inherited, on the element's whole group as Chromium"),
    _browser("backdropFilter", "backdrop_filter", pp.FILTER, "none",
             "space-separated blur(), brightness(), contrast(), grayscale(), hue-rotate(), invert(), opacity(), "
             "saturate(), sepia()",
             "Next.js ignores it; filters what is painted below the element, cut to its border box (edges "
             "mirrored, as Chromium), and draws that inside the rounded border box under the element"),
    _browser("mixBlendMode", "mix_blend_mode", pp.enum(BlendMode), "normal", ", ".join(pp.BLEND_WORDS),
             "Next.js ignores it; blends the element and its descendants with what is behind them within the "
             "nearest stacking context"),
    _browser("backgroundBlendMode", "background_blend_mode", pp.blend_modes, "normal",
             "comma list of blend modes", "Next.js ignores it; blends each background layer with the layers and "
             "colour below it"),
    *(_browser(f"corner{corner}Shape", f"corner_{field}_shape", pp.CORNER_SHAPE, "round", pp.CORNER_SHAPE_VALUES,
               "the corner's superellipse, as Chromium draws it where the corner's radius is not 0 (background, "
               "a solid border, overflow clip, box shadow, image); Next.js ignores it")
      for corner, field in (("TopLeft", "top_left"), ("TopRight", "top_right"), ("BottomRight", "bottom_right"),
                            ("BottomLeft", "bottom_left"))),
    _short("cornerShape", pp.lazy_expander("pureog.style.corner_shape", "expand_corner_shape"), "1-4 corner shapes",
           note="top-left, top-right, bottom-right, bottom-left, repeated as borderRadius repeats them",
           invalid=Invalid.IGNORE, support=Support.BROWSER),
    _short("cornerTopShape", pp.lazy_expander("pureog.style.corner_shape", "expand_top"), "1-2 corner shapes",
           note="the side's two corners", invalid=Invalid.IGNORE, support=Support.BROWSER),
    _short("cornerRightShape", pp.lazy_expander("pureog.style.corner_shape", "expand_right"), "1-2 corner shapes",
           note="the side's two corners", invalid=Invalid.IGNORE, support=Support.BROWSER),
    _short("cornerBottomShape", pp.lazy_expander("pureog.style.corner_shape", "expand_bottom"), "1-2 corner shapes",
           note="the side's two corners", invalid=Invalid.IGNORE, support=Support.BROWSER),
    _short("cornerLeftShape", pp.lazy_expander("pureog.style.corner_shape", "expand_left"), "1-2 corner shapes",
           note="the side's two corners", invalid=Invalid.IGNORE, support=Support.BROWSER),
    _browser("perspective", "perspective", pp.PERSPECTIVE, "none", "none, length",
             "Next.js ignores it; the children's 3D transforms are seen from this distance"),
    _browser("perspectiveOrigin", "perspective_origin", pp.PERSPECTIVE_ORIGIN, "50% 50%",
             "1-2 of left, right, top, bottom, center, length, percentage",
             "Next.js ignores it; where the eye of perspective is, in the border box (a zero is a zero)"),
    _browser("transformStyle", "transform_style", pp.transform_style, "flat", "flat, preserve-3d",
             "Next.js ignores it; preserve-3d: the element and its 3D descendants share one 3D space, "
             "depth-sorted and cut where they cross, as Chromium (flat under overflow, opacity, filter, "
             "clip-path, mask, blend modes, isolation)"),
    _browser("backfaceVisibility", "backface_visibility", pp.enum_words(("visible", "hidden")), "visible",
             "visible, hidden", "Next.js ignores it; hidden: an element turned away from the viewer (its 3D "
             "transform with its parent's perspective) is not drawn, nor its children"),
    _browser("isolation", "isolation", pp.enum(Isolation), "auto", "auto, isolate",
             "Next.js ignores it; a stacking context: blending descendants see only what it paints"),
    _yes("clipPath", "clip_path", pp.CLIP_PATH, "none",
         "inset() [round], circle(), ellipse(), polygon(), path(), shape()",
         note="circle()/ellipse() without arguments are no clip (Satori); inset()'s round radii resolved edge by edge "
              "as Satori's border radii (not scaled together); closest-side/farthest-side as CSS; "
              "shape() (which Next.js ignores) with features: browser, as Chromium draws it; a polygon() point "
              "written after ', ' takes its x percentage of the height (Satori), of the width with features: "
              "browser"),
    _yes("maskImage", "mask_image", pp.BACKGROUND_IMAGE, "none",
         "comma list of [repeating-]linear-gradient(), [repeating-]radial-gradient(), "
         "[repeating-]conic-gradient()",
         note="luminance of the gradient's alpha, as Satori (stops become white with their alpha); a bare "
              "colour layer masks with its colour's luminance over the whole box (Satori's plain rect); as "
              "Satori, it masks each background layer (not the border) and each descendant's own shapes "
              "(the nearest maskImage wins); under a transform an element's fills and border as one",
         invalid=Invalid.THROW),
    _yes("maskPosition", "mask_position", pp.MASK_POSITION, "0% 0%", "1-2 lengths/percentages",
         note="a comma list is read whole for every layer, as Satori reads it (its first two values)"),
    _yes("maskSize", "mask_size", pp.mask_size, "100% 100%", "1-2 lengths/percentages, cover, contain, auto",
         note="Satori's default is the whole box; a comma list is read whole for every layer, as Satori reads "
              "it (its first two values)"),
    _yes("maskRepeat", "mask_repeat", pp.MASK_REPEAT, "repeat", "repeat, repeat-x, repeat-y, no-repeat",
         note="a comma list draws every layer once, as Satori reads it"),
    _short("WebkitMaskImage", lambda v: [("maskImage", v)], "as maskImage",
           note="alias of maskImage, read only where maskImage is not set"),
    _short("WebkitMaskPosition", lambda v: [("maskPosition", v)], "as maskPosition",
           note="alias of maskPosition, read only where maskPosition is not set",
           invalid=Invalid.IGNORE),
    _short("WebkitMaskSize", lambda v: [("maskSize", v)], "as maskSize",
           note="alias of maskSize, read only where maskSize is not set",
           invalid=Invalid.IGNORE),
    _short("WebkitMaskRepeat", lambda v: [("maskRepeat", v)], "as maskRepeat",
           note="alias of maskRepeat, read only where maskRepeat is not set",
           invalid=Invalid.IGNORE),
    _browser("fontFeatureSettings", "font_feature_settings", tv.feature_settings, "normal",
             "normal, comma list of \"tag\" [on | off | integer]",
             "Next.js ignores it (its drawing kept: tabular figures, small caps or stylistic sets would change "
             "glyphs and widths); with features: browser text that turns a feature on (or kern off) is shaped "
             "with the OpenType engine (spec/text.md)", inherited=True),
    _yes("fontVariationSettings", "font_variation_settings", tv.variation_settings, "normal",
         "normal, comma list of \"tag\" <number>", inherited=True,
         note="sets the axes of a variable font (Next.js cannot load variable fonts; spec/text.md); no effect on "
              "static fonts, as in a browser"),
    # --- accepted and ignored (Satori ignores them too)
    _browser("imageRendering", "image_rendering",
             pp.enum_words(("auto", "smooth", "high-quality", "pixelated", "crisp-edges")), "auto",
             "auto, smooth, high-quality, pixelated, crisp-edges",
             "Next.js ignores it (bicubic); pixelated and crisp-edges scale raster images and url() backgrounds "
             "by nearest neighbour, as Chromium does", inherited=True),
    _browser("zIndex", "z_index", pp.integer(auto=True), "auto", "auto, integer",
             "Next.js paints in document order; stacking contexts as CSS (every element is positioned, as in "
             "Satori)"),
    _browser("order", "order", pp.integer(auto=False), "0", "integer",
             "Next.js (Yoga) ignores it; flex and grid items in order-modified document order, which also paints"),
    _yes("verticalAlign", "vertical_align", pp.vertical_align, "baseline",
         "baseline, middle, top, bottom, sub, super, text-top, text-bottom, length, percentage",
         note="acts on inline boxes of an inline formatting context only (spec/inline.md); Next.js has none"),
    _yes("direction", "direction", pp.enum_words(("ltr", "rtl")), "ltr", "ltr, rtl", inherited=True,
         note="Satori ignores it; pureog: the paragraph's base direction (bidi, spec/text.md); the dir "
              "attribute (ltr, rtl, auto) sets it too; with features: browser also the layout's direction "
              "(flex rows start at the right, grid column 1 is at the right, as in a browser)"),
    _ignored("writingMode", "horizontal only"),
    _browser("wordSpacing", "word_spacing", tv.word_spacing, "normal", "normal, length, percentage",
             "Next.js ignores it; added to each space and no-break space, as Chromium (a percentage of the "
             "font size), before line breaking", inherited=True),
    _browser("fontKerning", "font_kerning", pp.enum_words(("auto", "normal", "none")), "auto", "auto, normal, none",
             "Next.js always kerns; none turns kerning off as \"kern\" 0 would (fontFeatureSettings wins)",
             inherited=True),
    _browser("fontVariantCaps", "font_variant_caps", tv.font_variant_caps, "normal",
             "normal, small-caps, all-small-caps, petite-caps, all-petite-caps, unicase, titling-caps",
             "Next.js ignores it; the font's smcp, c2sc, pcap, c2pc, unic or titl features, else capitals "
             "synthesized at 0.7 of the size as Chromium (spec/text.md)", inherited=True),
    _browser("fontVariantLigatures", "font_variant_ligatures", tv.font_variant_ligatures, "normal",
             "normal, none, [no-]common-ligatures, [no-]discretionary-ligatures, [no-]historical-ligatures, "
             "[no-]contextual", "Next.js ignores it; as OpenType features (liga, clig, dlig, hlig, calt)",
             inherited=True),
    _browser("fontVariantNumeric", "font_variant_numeric", tv.font_variant_numeric, "normal",
             "normal, lining-nums, oldstyle-nums, proportional-nums, tabular-nums, diagonal-fractions, "
             "stacked-fractions, ordinal, slashed-zero",
             "Next.js ignores it; as OpenType features (lnum, onum, pnum, tnum, frac, afrc, ordn, zero)",
             inherited=True),
    _browser("fontVariantEastAsian", "font_variant_east_asian", tv.font_variant_east_asian, "normal",
             "normal, jis78 | jis83 | jis90 | jis04 | simplified | traditional, full-width | proportional-width, "
             "ruby", "Next.js ignores it; as OpenType features (jp78, jp83, jp90, jp04, smpl, trad, fwid, pwid, "
             "ruby)", inherited=True),
    _browser("fontVariantPosition", "font_variant_position", tv.font_variant_position, "normal",
             "normal, sub, super", "Next.js ignores it; the font's subs or sups feature when it has a "
             "form for every character of the run, else smaller glyphs shifted as Chromium synthesizes them "
             "(spec/text.md)", inherited=True),
    _browser("fontVariantEmoji", "font_variant_emoji", tv.font_variant_emoji, "normal",
             "normal, text, emoji, unicode", "Next.js ignores it; emoji and text choose the colour or "
             "the plain font for characters with both presentations, as a variation selector would",
             inherited=True),
    _short("fontVariant", sh.expand_font_variant,
           "normal, none, caps || ligature || numeric || east Asian || position || emoji keywords",
           note="Next.js ignores it; sets fontVariantCaps, fontVariantLigatures, fontVariantNumeric, "
                "fontVariantEastAsian, fontVariantPosition and fontVariantEmoji",
           invalid=Invalid.IGNORE, support=Support.BROWSER),
    _ignored("textRendering", "no effect on outlines", inherited=True),
    _ignored("WebkitFontSmoothing", "no effect on outlines", inherited=True),
    _ignored("MozOsxFontSmoothing", "no effect on outlines", inherited=True),
    _ignored("cursor", "no interaction in an image"),
    _ignored("pointerEvents", "no interaction in an image"),
    _ignored("userSelect", "no interaction in an image"),
    _ignored("transition", "static image"),
    _ignored("animation", "static image"),
    _ignored("willChange", "static image"),
    _browser("outlineWidth", "outline_width", pp.outline_width, "medium", "length, thin, medium, thick",
             "Next.js draws no outlines; with features: browser as Chromium draws them"),
    _browser("outlineStyle", "outline_style", pp.outline_style, "none",
             "none, solid, dashed, dotted, double, groove, ridge, inset, outset, auto (drawn solid)",
             "the border styles, drawn as Chrome draws its borders, around the border box"),
    _browser("outlineColor", "outline_color", pp.color, "currentcolor", "colour", "currentColor when not set"),
    _browser("outlineOffset", "outline_offset", pp.length_px, "0", "length",
             "the gap between the border box and the outline (negative: inside); radii grow by it"),
    _short("outline", sh.expand_outline, "<width> || <style> || <colour>", note="Next.js draws no outlines",
           invalid=Invalid.IGNORE, support=Support.BROWSER),
]

PROPERTIES: dict[str, Property] = {p.name: p for p in _TABLE}
"""Every known property by camelCase name, in table order."""

if len(PROPERTIES) != len(_TABLE):  # pragma: no cover - a duplicate name is a programming error
    raise RuntimeError("duplicate property in the CSS table")

FIELD_TO_PROPERTY: dict[str, Property] = {p.field: p for p in _TABLE if p.field is not None}

INHERITED_FIELDS: tuple[str, ...] = tuple(p.field for p in _TABLE if p.field is not None and p.inherited)

HANDED_DOWN_FIELDS: tuple[str, ...] = (*INHERITED_FIELDS, "font_size_lost", "font_size_nan")
"""What a child takes from its parent's computed style: the inherited properties, and whether Next.js
lost the font size (no property of its own: see ``ComputedStyle.font_size_lost`` and ``font_size_nan``)."""


def unknown_property_hint(name: str) -> str:
    """`` (did you mean 'x'?)`` for a kebab-case spelling of a known property, else ``""``."""
    if "-" in name and not name.startswith("--"):
        from pureog.document.css_text import camel_case  # noqa: PLC0415

        if camel_case(name) in PROPERTIES:
            return f" (did you mean {camel_case(name)!r}?)"
    return ""


def lookup(name: str) -> Property:
    """The table entry for ``name``; raises :class:`StyleError` for unknown properties."""
    prop = PROPERTIES.get(name)
    if prop is None:
        raise StyleError(f"unknown CSS property {name!r}{unknown_property_hint(name)}")
    return prop


def css_table_markdown() -> str:
    """The table in Markdown, as embedded in ``spec/css.md`` (``python -m pureog.style.properties``)."""
    rows = [
        "| property | inherited | initial | accepted values | supported | invalid value | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in _TABLE:
        kind = " (shorthand)" if p.is_shorthand else ""
        invalid = p.invalid.value if p.support is not Support.IGNORED else "-"
        cells = [f"`{p.name}`{kind}", "yes" if p.inherited else "no", p.initial or "-", p.values,
                 p.support.value, invalid, p.note or ""]  # fmt: skip
        escaped = (c.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;") for c in cells)
        rows.append("| " + " | ".join(escaped) + " |")
    return "\n".join(rows) + "\n"


__all__ = ["Invalid", "Property", "Support", "PROPERTIES", "FIELD_TO_PROPERTY", "INHERITED_FIELDS", "lookup",
           "HANDED_DOWN_FIELDS", "css_table_markdown", "unknown_property_hint"]  # fmt: skip


if __name__ == "__main__":  # pragma: no cover
    print(css_table_markdown(), end="")
