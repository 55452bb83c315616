"""Shorthand expansion: one author declaration -> longhand declarations (still raw CSS text).

Input: a shorthand's raw value (``var()`` already substituted). Output: ``[(longhandName, raw), ...]``
that the cascade parses with the longhand parsers of :mod:`pureog.style.properties`, so each value
grammar lives in one place. Rules follow what Satori 0.29 does (``handler/expand.ts`` on top of
``css-to-react-native``): ``flex: 1`` is ``1 1 0``; ``border`` without a width is 3px (medium) and
without a colour is currentColor; ``borderRadius`` takes the ``a b / c d`` slash syntax; ``background``
is a colour, or an image list routed whole to ``backgroundImage``. Raises :class:`StyleError` without a
path (the cascade adds it). Must not import properties, cascade, layout, text, paint, raster.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pureog.errors import StyleError
from pureog.lazy_re import deferred
from pureog.style.color import is_color_token, is_unread_color_function
from pureog.style.parse import RawValue, StyleFallback, Token, describe, raw_text, split_commas, tokenize
from pureog.style.text_values import VARIANT_LONGHANDS, font_variant_parts
from pureog.style.values import AUTHOR_BORDER_STYLES, NEXT_BORDER_STYLES

Expander = Callable[[RawValue], list[tuple[str, RawValue]]]
Decls = list[tuple[str, RawValue]]

SIDES = ("Top", "Right", "Bottom", "Left")
CORNERS = ("TopLeft", "TopRight", "BottomRight", "BottomLeft")


def snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def box_values(raw: RawValue, what: str) -> list[str]:
    """CSS 1-4 value box expansion (top, right, bottom, left; corners repeat alike)."""
    tokens = tokenize(raw_text(raw))
    if not 1 <= len(tokens) <= 4 or any(t.kind in ("comma", "slash") for t in tokens):
        raise StyleError(f"expected 1 to 4 {what}, got {describe(raw)}")
    texts = [t.text for t in tokens]
    top = texts[0]
    right = texts[1] if len(texts) > 1 else top
    bottom = texts[2] if len(texts) > 2 else top
    left = texts[3] if len(texts) > 3 else right
    return [top, right, bottom, left]


def _numeric_or_text(raw: RawValue) -> bool:
    return isinstance(raw, (int, float)) and not isinstance(raw, bool)


def _box(prefix: str, suffix: str, what: str) -> Expander:
    def expand(raw: RawValue) -> Decls:
        if _numeric_or_text(raw):
            return [(f"{prefix}{side}{suffix}", raw) for side in SIDES]
        return [(f"{prefix}{side}{suffix}", v) for side, v in zip(SIDES, box_values(raw, what), strict=True)]

    return expand


def expand_inset(raw: RawValue) -> Decls:
    """``inset`` (``features: browser``; Next.js ignores it): ``top``, ``right``, ``bottom``, ``left``,
    one to four values as ``margin`` takes them."""
    names = ("top", "right", "bottom", "left")
    if _numeric_or_text(raw):
        return [(name, raw) for name in names]
    return list(zip(names, box_values(raw, "insets"), strict=True))


def expand_outline(raw: RawValue) -> Decls:
    """``outline`` (``features: browser``; Next.js draws none): ``<width> || <style> || <colour>``, as CSS
    reads it (the style's initial value is ``none``, the width's ``medium``, the colour currentColor)."""
    width, style, color = "medium", "none", "currentcolor"
    seen: set[str] = set()
    for tok in tokenize(raw_text(raw)):
        word = tok.text.lower()
        if "width" not in seen and (tok.kind in ("number", "dimension") or word in _WIDTH_KEYWORDS):
            width, part = tok.text, "width"
        elif "style" not in seen and tok.kind == "ident" and (word in _BORDER_STYLES or word == "auto"):
            style, part = word, "style"
        elif "color" not in seen and is_color_token(tok):
            color, part = tok.text, "color"
        else:
            raise StyleError(f"expected '<width> || <style> || <colour>', got {describe(raw)}")
        seen.add(part)
    return [("outlineWidth", width), ("outlineStyle", style), ("outlineColor", color)]


def expand_font_variant(raw: RawValue) -> Decls:
    """``fontVariant`` (``features: browser``; Next.js ignores it): its caps, ligature, numeric, east
    Asian, position and emoji keywords to their longhands, each reset to ``normal`` when the value
    names none of its keywords."""
    return [(name, " ".join(words)) for name, words in font_variant_parts(raw).items()]


expand_margin = _box("margin", "", "margins")
expand_padding = _box("padding", "", "paddings")
expand_border_width = _box("border", "Width", "border widths")


def expand_border_style(raw: RawValue) -> Decls:
    """``borderStyle`` sets no side's style in the reference: css-to-react-native keeps it whole and
    Satori draws each side from ``border{Side}Style`` (set by the ``border`` shorthands or written
    out), so the value is checked and dropped. Anything but ``solid`` draws otherwise than CSS, which
    the warning says."""
    words = [w.lower() for w in box_values(raw, "border styles")] if not _numeric_or_text(raw) else [str(raw)]
    for word in words:
        if word not in NEXT_BORDER_STYLES:
            raise StyleError(f"expected 1 to 4 of {', '.join(NEXT_BORDER_STYLES)}, got {describe(raw)}")
    if any(word != "solid" for word in words):
        raise StyleFallback("'borderStyle' sets no side's style in Next.js (only border, border{Side} and "
                            "border{Side}Style do)", "the sides are drawn as if it were not there", ())
    return []


_expand_border_colors = _box("border", "Color", "border colours")


def expand_border_color(raw: RawValue) -> Decls:
    """``borderColor``: 1-4 colours to the sides. css-to-react-native reads a hex of 3, 4, 6, 7 or 8
    digits only: Next.js throws on another (`#12345`, a template's `#undefined`), so pureog refuses it
    as it refuses one in the ``border`` shorthands."""
    if not _numeric_or_text(raw):
        for tok in tokenize(raw_text(raw)):
            if tok.kind == "hash" and not _CTRN_HEX.match(tok.text):
                raise StyleError(f"expected a hex colour with 3, 4, 6, 7 or 8 digits, got {tok.text!r} "
                                 "(Next.js throws on it)")
    return _expand_border_colors(raw)


_GAP_PARTS = frozenset({"number", "dimension", "percent"})


def expand_gap(raw: RawValue) -> Decls:
    if _numeric_or_text(raw):
        return [("rowGap", raw), ("columnGap", raw)]
    try:
        tokens = tokenize(raw_text(raw))
    except StyleError:
        tokens = ()
    text = raw_text(raw).strip()
    if len(tokens) != 2 or len(text.split()) != 2 or any(t.kind not in _GAP_PARTS for t in tokens):
        if not text:
            raise StyleError(f"expected one or two lengths, got {describe(raw)}")
        # Satori hands a gap it cannot read (`7px !important`, three lengths, `5 px`) to Yoga's setGap
        # as the string, which reads its leading number in px for both gaps (the longhands' and the
        # cascade's _yoga_gap parseFloat); a string without one is dropped there too. One word is one
        # value even where CSS sees two tokens (`1_0px`, `5xyz9em`: css-dimension's reading, 1 px, 5 em)
        return [("rowGap", text), ("columnGap", text)]
    # CSS's row and column gaps; a flex container reads a two-value gap as Yoga does (the cascade's
    # _yoga_gap), a grid container (Chromium's layout) as CSS does
    return [("rowGap", tokens[0].text), ("columnGap", tokens[-1].text)]


# --------------------------------------------------------------------------- flex


def expand_flex(raw: RawValue) -> Decls:
    """css-to-react-native's ``flex``: ``none`` = 0 0 auto, ``auto`` = 1 1 auto, otherwise up to two
    parts (``<grow> [<shrink>]`` and ``<basis>``) with defaults grow 1, shrink 1, basis 0."""
    if _numeric_or_text(raw):
        return [("flexGrow", raw), ("flexShrink", 1), ("flexBasis", 0)]
    tokens = tokenize(raw_text(raw))
    words = [t.text.lower() for t in tokens]
    if not words:
        return [("flexGrow", 1), ("flexShrink", 1), ("flexBasis", 0)]  # a blank value: the defaults
    if words == ["none"]:
        return [("flexGrow", 0), ("flexShrink", 0), ("flexBasis", "auto")]
    if words == ["auto"]:
        return [("flexGrow", 1), ("flexShrink", 1), ("flexBasis", "auto")]
    grow: str | None = None
    shrink: str | None = None
    basis: str | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if grow is None and tok.kind == "number":
            grow = tok.text
            if i + 1 < len(tokens) and tokens[i + 1].kind == "number":
                shrink = tokens[i + 1].text
                i += 1
        elif basis is None and (tok.kind in ("dimension", "percent") or tok.text.lower() in ("auto", "0")):
            basis = tok.text
        else:
            raise StyleError(f"expected 'none', 'auto' or '<grow> [<shrink>] [<basis>]', got {describe(raw)}")
        i += 1
    if len(tokens) > 3:
        raise StyleError(f"expected 'none', 'auto' or '<grow> [<shrink>] [<basis>]', got {describe(raw)}")
    return [("flexGrow", grow or "1"), ("flexShrink", shrink or "1"), ("flexBasis", basis or "0")]


_DIRECTIONS = ("row", "row-reverse", "column", "column-reverse")
_WRAPS = ("nowrap", "wrap", "wrap-reverse")


def expand_flex_flow(raw: RawValue) -> Decls:
    """``flexFlow`` as Satori expands it (css-to-react-native): its keyword patterns are unanchored
    alternations whose first match wins, so ``row-reverse``/``column-reverse``/``wrap-reverse`` come
    out as ``row``/``column``/``wrap``. Copied because the boxes would move otherwise (spec/css.md);
    the ``flexDirection``/``flexWrap`` longhands keep their reverse values."""
    direction, wrap = "row", "nowrap"
    words = raw_text(raw).lower().split()
    if not 1 <= len(words) <= 2:
        raise StyleError(f"expected '<direction> <wrap>', got {describe(raw)}")
    for word in words:
        if word in _DIRECTIONS:
            direction = word.removesuffix("-reverse")
        elif word in _WRAPS:
            wrap = word.removesuffix("-reverse")
        else:
            raise StyleError(f"expected a flex direction or wrap keyword, got {describe(raw)}")
    return [("flexDirection", direction), ("flexWrap", wrap)]


def expand_place_content(raw: RawValue) -> Decls:
    words = raw_text(raw).split()
    if not 1 <= len(words) <= 2:
        raise StyleError(f"expected '<align-content> [<justify-content>]', got {describe(raw)}")
    return [("alignContent", words[0]), ("justifyContent", words[-1])]


# --------------------------------------------------------------------------- borders


_BORDER_STYLES = frozenset(AUTHOR_BORDER_STYLES)
_WIDTH_KEYWORDS = {"thin": "1", "medium": "3", "thick": "5"}


def _parse_border(raw: RawValue) -> tuple[str, str, str]:
    """``<width> || <style> || <colour>`` -> (width, style, colour) as raw texts; a blank value is
    css-to-react-native's defaults, which Satori draws as a 3px solid currentColor border."""
    if _numeric_or_text(raw):
        return (raw_text(raw), "solid", "currentcolor")
    tokens = tokenize(raw_text(raw))
    if [t.text.lower() for t in tokens] == ["none"]:
        # css-to-react-native: width 0 (and Satori keeps style solid); with width 0 nothing is drawn.
        return ("0", "none", "currentcolor")
    width: str | None = None
    style: str | None = None
    color: str | None = None
    for tok in tokens:
        word = tok.text.lower()
        if width is None and tok.kind in ("number", "dimension"):
            width = tok.text
            if tok.kind == "dimension" and tok.unit == "px" and tok.value == 1 and "1px" not in str(raw):
                # Satori's expand.ts takes a width of 1 for css-to-react-native's default (no width
                # written) unless the text says `1px`: `1.0px` and `1PX` are drawn 3px (medium) wide.
                width = "3"
        elif width is None and word in _WIDTH_KEYWORDS:
            width = _WIDTH_KEYWORDS[word]
        elif style is None and tok.kind == "ident" and word in _BORDER_STYLES:
            style = word
        elif color is None and tok.kind == "hash" and not _CTRN_HEX.match(tok.text):
            # css-to-react-native reads a hex of 3, 4, 6, 7 or 8 digits only: Next.js throws on `#12345`
            # (where a 7-digit one draws no stroke), as on `#undefined`
            raise StyleError(f"expected a hex colour with 3, 4, 6, 7 or 8 digits, got {tok.text!r} "
                             "(Next.js throws on it)")
        elif color is None and (is_color_token(tok) or is_unread_color_function(tok)):
            color = tok.text
        else:
            raise StyleError(f"expected '<width> <style> <colour>', got {describe(raw)}")
    if style in ("none", "hidden"):
        # the reference throws on these; CSS: no border, and its used width is 0
        return ("0", style, color or "currentcolor")
    return (width or "3", style or "solid", color or "currentcolor")


def side_border_expander(side: str) -> Expander:
    def expand(raw: RawValue) -> Decls:
        width, style, color = _parse_border(raw)
        return [(f"border{side}Width", width), (f"border{side}Style", style), (f"border{side}Color", color)]

    return expand


def expand_border(raw: RawValue) -> Decls:
    width, style, color = _parse_border(raw)
    out: Decls = []
    for side in SIDES:
        out += [(f"border{side}Width", width), (f"border{side}Style", style), (f"border{side}Color", color)]
    return out


def expand_border_radius(raw: RawValue) -> Decls:
    """``borderRadius``: 1-4 values, optionally ``/`` and 1-4 vertical values."""
    if _numeric_or_text(raw):
        return [(f"border{c}Radius", raw) for c in CORNERS]
    tokens = tokenize(raw_text(raw))
    slashes = [i for i, t in enumerate(tokens) if t.kind == "slash"]
    if len(slashes) > 1:
        # Satori's expand.ts splits the value at every '/' and keeps the first two parts: `10px / 20px /
        # 30px` is drawn as `10px / 20px` (CSS drops the declaration)
        first_two = " ".join(t.text for t in tokens[: slashes[1]])
        raise StyleFallback(f"expected 'horizontal radii [/ vertical radii]', got {describe(raw)}",
                            f"read as {first_two!r}, as Next.js reads it", expand_border_radius(first_two))
    if not slashes:  # css-to-react-native's corners: one value each
        return [(f"border{c}Radius", h) for c, h in zip(CORNERS, _radii(tokens, raw), strict=True)]
    # Satori's expand.ts: each corner written as the pair "h v" (paint/radius.py: never a single value)
    horizontal = _radii(tokens[: slashes[0]], raw)
    vertical = _radii(tokens[slashes[0] + 1 :], raw)
    return [(f"border{c}Radius", f"{h} {v}") for c, h, v in zip(CORNERS, horizontal, vertical, strict=True)]


def _radii(tokens: tuple[Token, ...], raw: RawValue) -> list[str]:
    if not 1 <= len(tokens) <= 4 or any(t.kind in ("comma", "slash") for t in tokens):
        raise StyleError(f"expected 1 to 4 radii on each side of '/', got {describe(raw)}")
    texts = [t.text for t in tokens]
    # Corner order is top-left, top-right, bottom-right, bottom-left; missing ones copy the opposite.
    tl = texts[0]
    tr = texts[1] if len(texts) > 1 else tl
    br = texts[2] if len(texts) > 2 else tl
    bl = texts[3] if len(texts) > 3 else tr
    return [tl, tr, br, bl]


# --------------------------------------------------------------------------- background, text




# css-to-react-native's hex colour (its hexColorRe): 3, 4, 6, 7 or 8 digits, what its shorthands read as one
_CTRN_HEX = deferred(r"#(?:[0-9a-f]{3,4}){1,2}\Z", re.IGNORECASE)
_CSS_WIDE = frozenset({"inherit", "initial", "unset"})  # the cascade reads these (style/css_wide.py)
_SATORI_IMAGE_START = deferred(
    r"(?:repeating-)?(?:linear|radial)-gradient\(|url\(", re.IGNORECASE
)


def expand_background(raw: RawValue) -> Decls:
    """A colour sets backgroundColor; a value that starts with a gradient or ``url()`` is handed whole to
    backgroundImage (Satori does the same, so a trailing colour is dropped), except where a ``url()`` is
    followed by more, which Next.js throws on (style/css_background.py); ``none`` clears the colour."""
    text = raw_text(raw)
    if _SATORI_IMAGE_START.match(text):
        from pureog.style.css_background import background_longhands, next_throws_on  # noqa: PLC0415

        if next_throws_on(text):  # a url() layer with more after it: read as CSS reads it
            return background_longhands(raw)
        return [("backgroundImage", text)]
    try:
        tokens = tokenize(text)
    except StyleError:
        # css-to-react-native's tokenizer (postcss-value-parser) reads any text, and its `background`
        # takes the first word as the colour and ignores the rest: `blue !important` paints blue.
        head, rest = _first_word(text)
        if not rest:
            raise
        tokens = (*tokenize(head), Token("ident", rest))
    if [t.text.lower() for t in tokens] == ["none"]:
        return [("backgroundColor", "transparent")]
    if len(tokens) == 1 and tokens[0].kind == "hash" and not _CTRN_HEX.match(tokens[0].text):
        # css-to-react-native's `background` takes a hex of 3, 4, 6, 7 or 8 digits only (a 7-digit one it
        # reads and resvg paints black, as the longhand): Next.js throws on `#undefined` (a template's
        # missing colour) or `#12345`, where the `backgroundColor` longhand paints black. No Next drawing
        # to keep: dropped as CSS drops it (spec/differences.md).
        raise StyleFallback(f"expected a hex colour with 3, 4, 6, 7 or 8 digits, got {describe(raw)}",
                            "ignored as CSS ignores it (Next.js throws on it)", [])
    if len(tokens) == 1 and is_color_token(tokens[0]):
        return [("backgroundColor", text)]
    if len(tokens) > 1 and is_color_token(tokens[0]):
        # css-to-react-native reads the leading colour of `red url(...)` and drops the rest.
        raise StyleFallback(f"'background' must start with the image (as Satori reads it), got {describe(raw)}",
                            f"only the colour {tokens[0].text!r} is used, as in Next.js",
                            [("backgroundColor", tokens[0].text)])
    if (len(tokens) == 1 and tokens[0].kind in ("ident", "number", "dimension")
            and tokens[0].text.lower() not in _CSS_WIDE):
        # One word that is no colour: a colour an OG API took from its query without its `#` (`1e293b`,
        # `ff0080`), a template's `undefined` / `null` / `NaN`. css-to-react-native's `background` reads
        # a colour or `none` only, so Next.js throws ("Failed to parse declaration"; round twenty-four of
        # the real cards): no Next drawing to keep, dropped as CSS drops it, as the unreadable hex above.
        raise StyleFallback(f"expected a colour, got {describe(raw)}",
                            "ignored as CSS ignores it (Next.js throws on it)", [])
    raise StyleError(f"expected a colour (only colours are supported in 'background' yet), got {describe(raw)}")


def _first_word(text: str) -> tuple[str, str]:
    """``text`` split at its first whitespace outside parentheses (postcss-value-parser's first word
    and what follows it, stripped)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch.isspace() and depth == 0:
            return text[:i], text[i:].strip()
    return text, ""


_DECORATION_STYLES = ("solid", "double", "dotted", "dashed", "wavy")
_DECORATION_LINES = ("none", "underline", "line-through", "overline", "blink")


def expand_text_decoration(raw: RawValue) -> Decls:
    """``<line>+ || <style> || <colour> || <thickness>``; no colour means currentColor (Satori's
    fallback). Next.js throws on ``overline``, ``blink``, ``wavy`` and a thickness here: pureog draws
    them as Chromium does (the longhands' parsers decide how)."""
    tokens = tokenize(raw_text(raw))
    lines: list[str] = []
    style: str | None = None
    color: str | None = None
    thickness: str | None = None
    for tok in tokens:
        word = tok.text.lower()
        if word in _DECORATION_LINES and tok.kind == "ident":
            lines.append(word)
        elif style is None and word in _DECORATION_STYLES:
            style = word
        elif thickness is None and (tok.kind in ("dimension", "percent") or word in ("auto", "from-font")
                                    or (tok.kind == "number" and tok.value == 0)):
            thickness = tok.text
        elif color is None and (is_color_token(tok) or is_unread_color_function(tok)):
            color = tok.text
        else:
            raise StyleError(f"expected '<line> <style> <colour>', got {describe(raw)}")
    if not tokens:
        raise StyleError(f"expected '<line> <style> <colour>', got {describe(raw)}")
    return [
        ("textDecorationLine", " ".join(lines) if lines else "none"),
        ("textDecorationStyle", style or "solid"),
        ("textDecorationColor", color or "currentcolor"),
        ("textDecorationThickness", thickness or "auto"),
    ]


_FONT_STYLES = ("italic", "oblique")
_FONT_WEIGHTS = ("bold", "bolder", "lighter")


def expand_font(raw: RawValue) -> Decls:
    """``[style] [variant] [weight] <size>[/<line-height>] <family>`` (``normal`` allowed before the
    size; the variant ``small-caps`` only, as css-to-react-native reads it)."""
    text = raw_text(raw)
    tokens = tokenize(text)
    out: Decls = [("fontStyle", "normal"), ("fontWeight", "normal")]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.text.lower()
        if tok.kind == "ident" and word == "normal":
            pass
        elif tok.kind == "ident" and word in _FONT_STYLES:
            out[0] = ("fontStyle", word)
        elif tok.kind == "ident" and word == "small-caps":
            # css-to-react-native's font reads it (fontVariant ['small-caps']), which Satori then
            # ignores: Next draws the rest (mercurian paint generator seed 304); CSS's font-variant-caps
            out.append(("fontVariantCaps", word))
        elif (tok.kind == "ident" and word in _FONT_WEIGHTS) or (
            tok.kind == "number" and 1 <= tok.value <= 1000 and i + 1 < len(tokens)
            and tokens[i + 1].kind in ("dimension", "percent", "number")
        ):  # fmt: skip
            out[1] = ("fontWeight", tok.text)
        else:
            break
        i += 1
    if i >= len(tokens) or tokens[i].kind not in ("dimension", "percent", "number"):
        raise StyleError(f"expected '[style] [small-caps] [weight] <size>[/<line-height>] <family>', "
                         f"got {describe(raw)}")
    out.append(("fontSize", tokens[i].text))
    i += 1
    if i < len(tokens) and tokens[i].kind == "slash":
        if i + 1 >= len(tokens):
            raise StyleError(f"expected a line height after '/', got {describe(raw)}")
        out.append(("lineHeight", tokens[i + 1].text))
        i += 2
    # without `/ <line-height>` css-to-react-native sets no lineHeight: an inherited or earlier one stays
    # The family is the rest of the source text (names may contain spaces and quotes).
    family_tokens = tokens[i:]
    if not family_tokens:
        raise StyleError(f"expected a font family at the end, got {describe(raw)}")
    families = ", ".join(
        " ".join(t.text for t in group) for group in split_commas(family_tokens) if group
    )
    out.append(("fontFamily", families))
    return out




def expand_webkit_text_stroke(raw: RawValue) -> Decls:
    """``<width> <colour>`` (Satori requires both)."""
    tokens = tokenize(raw_text(raw))
    if len(tokens) == 2 and is_color_token(tokens[1]):
        if tokens[0].kind in ("dimension", "number"):
            return [("WebkitTextStrokeWidth", tokens[0].text), ("WebkitTextStrokeColor", tokens[1].text)]
        if tokens[0].kind == "ident" and not is_color_token(tokens[0]):
            # Satori writes the word (thin, medium, ...) as the SVG stroke-width, which resvg cannot
            # read: its default width, 1, is drawn
            return [("WebkitTextStrokeWidth", "1px"), ("WebkitTextStrokeColor", tokens[1].text)]
    raise StyleError(f"expected '<width> <colour>', got {describe(raw)}")


SHORTHAND_LONGHANDS: dict[str, tuple[str, ...]] = {
    "margin": tuple(f"margin{s}" for s in SIDES),
    "inset": ("top", "right", "bottom", "left"),
    "outline": ("outlineWidth", "outlineStyle", "outlineColor"),
    "fontVariant": VARIANT_LONGHANDS,
    "padding": tuple(f"padding{s}" for s in SIDES),
    "gap": ("rowGap", "columnGap"),
    "flex": ("flexGrow", "flexShrink", "flexBasis"),
    "flexFlow": ("flexDirection", "flexWrap"),
    "placeContent": ("alignContent", "justifyContent"),
    "borderWidth": tuple(f"border{s}Width" for s in SIDES),
    "borderStyle": tuple(f"border{s}Style" for s in SIDES),
    "borderColor": tuple(f"border{s}Color" for s in SIDES),
    "border": tuple(f"border{s}{p}" for s in SIDES for p in ("Width", "Style", "Color")),
    **{f"border{s}": tuple(f"border{s}{p}" for p in ("Width", "Style", "Color")) for s in SIDES},
    "borderRadius": tuple(f"border{c}Radius" for c in CORNERS),
    "cornerShape": tuple(f"corner{c}Shape" for c in CORNERS),
    "cornerTopShape": ("cornerTopLeftShape", "cornerTopRightShape"),
    "cornerRightShape": ("cornerTopRightShape", "cornerBottomRightShape"),
    "cornerBottomShape": ("cornerBottomLeftShape", "cornerBottomRightShape"),
    "cornerLeftShape": ("cornerTopLeftShape", "cornerBottomLeftShape"),
    "background": ("backgroundColor", "backgroundImage", "backgroundPosition", "backgroundSize", "backgroundRepeat"),
    "textDecoration": ("textDecorationLine", "textDecorationStyle", "textDecorationColor",
                       "textDecorationThickness"),
    "WebkitTextStroke": ("WebkitTextStrokeWidth", "WebkitTextStrokeColor"),
    **{f"WebkitMask{p}": (f"mask{p}",) for p in ("Image", "Position", "Size", "Repeat")},  # aliases
    "font": ("fontStyle", "fontWeight", "fontSize", "lineHeight", "fontFamily"),
    # grid (expanders in style/grid.py)
    "gridRow": ("gridRowStart", "gridRowEnd"),
    "gridColumn": ("gridColumnStart", "gridColumnEnd"),
    "gridArea": ("gridRowStart", "gridColumnStart", "gridRowEnd", "gridColumnEnd"),
    "gridTemplate": ("gridTemplateRows", "gridTemplateColumns", "gridTemplateAreas"),
    "grid": ("gridTemplateRows", "gridTemplateColumns", "gridTemplateAreas", "gridAutoRows", "gridAutoColumns",
             "gridAutoFlow"),
    "placeItems": ("alignItems", "justifyItems"),
    "placeSelf": ("alignSelf", "justifySelf"),
    "gridGap": ("rowGap", "columnGap"),
    "gridRowGap": ("rowGap",),
    "gridColumnGap": ("columnGap",),
}
"""The longhands each shorthand sets (used for ``inherit``/``initial``/``unset`` on a shorthand)."""
