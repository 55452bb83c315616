"""A pureog document as an HTML page that headless Chromium lays out the way pureog means it.

Role: :class:`pureog.document.model.Document` (+ the style layer's computed styles) -> one HTML
fragment (the canvas and every element as a ``<div>`` with an inline style, text children as text)
and the ``@font-face`` rules of its fonts. Dev tool (the Chromium oracle, beside the Next.js one):
imports :mod:`pureog` internals, never Selenium.

What Chromium is given, per element:

* the box and flex properties as pureog computed them (px, %, Satori's defaults made explicit where
  the browser's differ: ``display: flex`` (``block``/``-webkit-box`` too), ``flex-shrink: 0`` (1 for an
  element holding text), ``position: relative``, ``box-sizing: border-box``, ``align-content:
  flex-start`` (Yoga's), ``min-width``/``min-height: 0`` on flex items (Yoga has no automatic minimum;
  grid items keep ``auto``), a border with a width and no style as solid (a ``none`` side keeps its
  width, transparent), ``aspect-ratio`` only where pureog applies it (a number, or ``features: browser``);
* the grid properties as the author wrote them (kebab-case, React's px for numbers), so that Chromium
  parses them itself and a pureog parsing bug shows; the grid reading of the alignment properties;
* text properties as computed (px font sizes, line height as a multiple, ``font-kerning: none`` and
  no ligatures: Satori measures glyph advances only; kept on for documents with a variable font,
  which pureog shapes as a browser does, and kerning for a text with right-to-left or complex-script
  letters, which pureog lays out as a browser does); colours, background colour, radii, opacity; the
  text stroke, ``tabSize``, ``textWrap`` and ``objectPosition`` as computed (Satori reads them otherwise);
* what else Chromium paints, as written, in every document: background layers (``backgroundImage``,
  its longhands, a ``background`` shorthand with layers), ``boxShadow``, ``textShadow``, ``filter``,
  ``clipPath``, ``maskImage`` and its longhands, ``transform`` with the ``transformOrigin`` as pureog
  reads it (Satori's: a zero is the centre). (Read from the ``style`` prop: ``tw`` classes reach Chromium
  only through the computed properties above.)

With ``features: browser`` also: the browser properties as written (blend modes, ``transform`` with its
3D functions, ``perspective``, ``perspectiveOrigin``, ``transformStyle``, ``backfaceVisibility``,
``wordSpacing``, ``fontKerning``, ``fontVariant`` and its longhands,
``fontFeatureSettings``), and ``<img>`` elements with their picture as a ``data:`` URI.

The canvas is Satori's root node: a ``W x H`` flex row that wraps, ``align-items: flex-start``,
overflow hidden. Elements carry ``data-i`` (document order, as :func:`pureog.layout_boxes` lists them).
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pureog.document.model import Document, Element, FontSource, Text
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle, StyledNode, StyledText
from pureog.style.inline import INLINE_TAGS
from pureog.style.values import AUTO, Align, BorderStyle, Calc, Display, Justify, Percent

FONTS_DIR = Path(__file__).resolve().parents[2] / "pureog" / "fonts"

_UNITLESS = frozenset(("gridRow", "gridRowStart", "gridRowEnd", "gridColumn", "gridColumnStart", "gridColumnEnd",
                       "gridArea", "flexGrow", "flexShrink", "opacity", "lineHeight", "fontWeight", "zIndex",
                       "order", "aspectRatio"))
_GRID_PROPS = frozenset(("gridTemplateColumns", "gridTemplateRows", "gridTemplateAreas", "gridAutoColumns",
                         "gridAutoRows", "gridAutoFlow", "gridRowStart", "gridRowEnd", "gridColumnStart",
                         "gridColumnEnd", "gridRow", "gridColumn", "gridArea", "gridTemplate", "grid"))
_BACKGROUND_PROPS = frozenset(("backgroundImage", "backgroundSize", "backgroundPosition", "backgroundRepeat",
                               "backgroundClip"))
# what Chromium paints from CSS text pureog also reads as CSS: passed as written in every document, so
# that the reference draws it (a shadow, filter, clip, mask or transform left out made the reference a
# picture without it)
_PAINT_PROPS = frozenset(("textShadow", "boxShadow", "filter", "clipPath", "transform", "maskImage", "maskPosition",
                          "maskSize", "maskRepeat", "WebkitMaskImage", "WebkitMaskPosition", "WebkitMaskSize",
                          "WebkitMaskRepeat", *_BACKGROUND_PROPS))
# features: browser draws these as Chromium does (Next.js ignores them): passed as written
_LAYERS = re.compile(r"gradient\(|\burl\(", re.IGNORECASE)
_MATH = re.compile(r"\b(?:calc|min|max|clamp)\(")  # a browser document's math functions: Chromium reads them
_BROWSER_PROPS = frozenset(("zIndex", "order", "backgroundOrigin", "mixBlendMode", "isolation",
                            "backgroundBlendMode", "backdropFilter",
                            "imageRendering", "perspective", "perspectiveOrigin", "transformStyle",
                            "backfaceVisibility", "outline", "outlineWidth",
                            "outlineStyle", "outlineColor", "outlineOffset", "wordSpacing", "fontKerning",
                            "fontVariant", "fontVariantCaps", "fontVariantLigatures", "fontVariantNumeric",
                            "fontVariantEastAsian", "fontVariantPosition", "fontVariantEmoji",
                            "fontFeatureSettings",
                            *(f"corner{c}Shape" for c in ("", "TopLeft", "TopRight", "BottomRight", "BottomLeft", "Top",
                                                          "Right", "Bottom", "Left"))))
_FLEX_DISPLAY = {Display.FLEX: "flex", Display.BLOCK: "flex", Display.WEBKIT_BOX: "flex", Display.NONE: "none",
                 Display.CONTENTS: "contents", Display.GRID: "grid", Display.INLINE_GRID: "inline-grid",
                 Display.INLINE: "flex", Display.INLINE_BLOCK: "flex"}
_GRIDS = (Display.GRID, Display.INLINE_GRID)


class UnsupportedDocument(ValueError):
    """A document the oracle cannot express (images, SVG, ...)."""


@dataclass(frozen=True, slots=True)
class Page:
    """One document as HTML: ``body`` goes into the page, ``fonts`` is its ``@font-face`` CSS, ``count``
    the number of elements (``data-i`` 0..count-1), ``hidden`` the indexes without a box of their own
    (``display: none`` / ``contents``, and everything inside a hidden element)."""

    width: int
    height: int
    body: str
    fonts: str
    font_key: str
    count: int
    hidden: frozenset[int]


def font_sources(document: Document) -> tuple[FontSource, ...]:
    if document.fonts:
        return document.fonts
    return (FontSource(name="geist", data=(FONTS_DIR / "Geist-Regular.ttf").read_bytes(), weight=400),)


def font_face_css(sources: tuple[FontSource, ...]) -> str:
    from pureog.text.fonts import load_face  # noqa: PLC0415

    rules = []
    for src in sources:
        data = base64.b64encode(src.data).decode("ascii")
        # a variable font serves its whole weight axis in pureog, as a weight range does in CSS
        axis = load_face(src.data).weight_range
        weight = f"{axis[0]:g} {axis[1]:g}" if axis else src.weight
        rules.append(f"@font-face{{font-family:{_quote(src.name.lower())};src:url(data:font/ttf;base64,{data});"
                     f"font-weight:{weight};font-style:{src.style};}}")
    return "\n".join(rules)


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _px(value: float) -> str:
    text = repr(float(value))
    return (text[:-2] if text.endswith(".0") else text) + "px"


def _dim(value: object) -> str | None:
    if value is None:
        return None
    if value is AUTO:
        return "auto"
    if isinstance(value, Percent):
        return f"{value.value:g}%" if value.value == round(value.value, 6) else f"{value.value}%"
    if isinstance(value, (int, float)):
        return _px(float(value))
    if isinstance(value, Calc):
        return value.css()
    raise TypeError(f"not a length: {value!r}")


def _color(color: object) -> str:
    r, g, b, a = (getattr(color, k) for k in ("r", "g", "b", "a"))
    return f"rgba({r},{g},{b},{a:g})"


def _kebab(name: str) -> str:
    if name.startswith("--"):
        return name
    return re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), name)


def _raw_css(name: str, raw: object) -> str:
    if isinstance(raw, bool):
        raise UnsupportedDocument(f"boolean value for {name}")
    if isinstance(raw, (int, float)):
        number = repr(raw) if isinstance(raw, float) else str(raw)
        return number if name in _UNITLESS else number + "px"
    return str(raw)


def build_page(document: Document) -> Page:
    """The HTML of ``document`` (its root element inside Satori's canvas)."""
    sources = font_sources(document)
    families = tuple(dict.fromkeys(s.name.lower() for s in sources))
    browser = document.features == "browser"
    # <img> pictures go to Chromium as data: URIs (features: browser documents, and images in lines)
    from pureog.images.source import resolve_images  # noqa: PLC0415

    document = resolve_images(document)
    styled = cascade(document.root, width=document.width, height=document.height, browser=browser)
    out: list[str] = []
    hidden: set[int] = set()
    counter = iter(range(1 << 30))
    _element(styled, document.root, None, out, counter, hidden, families, False, browser)
    count = next(counter)
    # Satori measures glyph advances only; pureog shapes a variable font as a browser does (kerning,
    # ligatures: Next.js cannot load one), so a document with one keeps the browser's defaults, as
    # does one drawn with features: browser.
    from pureog.text.fonts import load_face  # noqa: PLC0415

    satori_text = not browser and not any(load_face(s.data).axes for s in sources)
    text = "font-kerning:none;font-variant-ligatures:none;" if satori_text else ""
    canvas = (f"display:flex;flex-direction:row;flex-wrap:wrap;align-items:flex-start;align-content:flex-start;"
              f"width:{document.width}px;height:{document.height}px;overflow:hidden;position:relative;"
              f"box-sizing:border-box;{text}")
    body = f'<div id="pureog-canvas" style="{canvas}">{"".join(out)}</div>'
    key = "|".join(f"{s.name}:{s.weight}:{s.style}:{len(s.data)}" for s in sources)
    return Page(document.width, document.height, body, font_face_css(sources), key, count, frozenset(hidden))


def _element(node: StyledNode, element: Element, parent: ComputedStyle | None, out: list[str],
             counter: Iterator[int], hidden: set[int], families: tuple[str, ...], inside_hidden: bool,
             browser: bool, in_inline: bool = False) -> None:
    picture = element.type == "img" and (browser or in_inline)  # (an <img> in a line: spec/inline.md)
    if element.type == "svg":
        index = next(counter)
        css = _declarations(node, element, parent, families, browser)
        # pureog draws an inline <svg>'s <text> as a browser does (Next.js throws): kerning and
        # ligatures on, whatever the page sets for Satori-like HTML text
        css += ";font-kerning:normal;font-variant-ligatures:normal"
        out.append(_svg_markup(node, element, index, css))
        return
    if not picture and element.type not in ("div", "span", "p", "section", "main", "header", "footer", "article",
                                            "h1", "h2", "h3") and element.type not in INLINE_TAGS:
        raise UnsupportedDocument(f"{element.path}: <{element.type}> is not supported by the Chromium oracle")
    index = next(counter)
    style = node.style
    if in_inline and element.type == "br":  # a line break in an inline formatting context
        out.append(f'<br data-i="{index}">')
        return
    if inside_hidden or style.display in (Display.NONE, Display.CONTENTS):
        hidden.add(index)
    css = _declarations(node, element, parent, families, browser)
    if in_inline or node.inline_context:
        # an inline formatting context (spec/inline.md): the container is a block, its content inline
        # boxes with their vertical-align; their flex properties mean nothing to Chromium there
        kind = ("inline-block" if style.display is Display.INLINE_BLOCK else "inline") if in_inline else "block"
        css = f"display:{kind};" + css.split(";", 1)[1]
        if in_inline:
            va = style.vertical_align
            css += f";vertical-align:{va if isinstance(va, str) else _dim(va)}"
        else:
            if style.text_indent:  # laid out as Chromium does (Satori's indent moves the drawing only)
                css += f";text-indent:{_dim(style.text_indent)}"
            if style.text_overflow.value == "ellipsis":  # each overflowing line cut with an ellipsis
                css += ";text-overflow:ellipsis"
            if style.line_clamp is not None and style.line_clamp[0] >= 1:
                # lineClamp: Chromium 156 clamps with -webkit-line-clamp in a vertical -webkit-box (its
                # line-clamp does nothing yet); overflow hidden discards the later lines, as Satori does
                css = css.replace("display:block;", "display:-webkit-box;", 1)
                css += (f";-webkit-box-orient:vertical;-webkit-line-clamp:{int(style.line_clamp[0])}"
                        ";overflow:hidden")
        if style.direction == "rtl" and "direction:rtl" not in css:
            # the paragraph's base direction (and each inline box's, inherited as in pureog)
            css += ";direction:rtl"
        if in_inline and element.type in INLINE_TAGS:
            # drawn as a <div>, whose UA style isolates it (HTML's unicode-bidi: isolate); a <span>,
            # <b>, ... does not: its text takes part in the paragraph's bidi
            css += ";unicode-bidi:normal"
    elif element.children and all(isinstance(c, Text) for c in element.children):
        css = _clamped_leaf(style, css)
        if not browser and _browser_path("".join(c.text for c in element.children if isinstance(c, Text))):
            # a text pureog lays out as a browser does (right-to-left or complex-script letters:
            # spec/text.md) is shaped with the font's kerning, whatever the page sets for Satori's text
            css += ";font-kerning:normal"
    if picture:
        image = element.attribute("src")
        data = base64.b64encode(getattr(image, "data", b"")).decode("ascii")
        kind = getattr(getattr(image, "format", None), "value", "png")
        mime = "image/svg+xml" if kind == "svg" else f"image/{kind}"
        fit = f";object-fit:{style.object_fit}" if style.object_fit != "fill" else ""
        size = "".join(f' {k}="{html.escape(str(element.attribute(k)), quote=True)}"' for k in ("width", "height")
                       if element.attribute(k) is not None)
        attrs = f'src="data:{mime};base64,{data}"{size} style="{html.escape(css + fit, quote=True)}"'
        out.append(f'<img data-i="{index}" {attrs}>')
        return
    lang = element.attribute("lang")
    lang_attr = f' lang="{html.escape(lang, quote=True)}"' if isinstance(lang, str) else ""
    out.append(f'<div data-i="{index}"{lang_attr} style="{html.escape(css, quote=True)}">')
    children = [c for c in element.children]
    styled_children = list(node.children)
    for child, styled_child in zip(children, styled_children, strict=True):
        if isinstance(child, Text):
            assert isinstance(styled_child, StyledText)
            out.append(html.escape(child.text))
        else:
            assert isinstance(styled_child, StyledNode)
            _element(styled_child, child, style, out, counter, hidden, families,
                     inside_hidden or style.display is Display.NONE, browser, in_inline or node.inline_context)
    out.append("</div>")


def _declarations(node: StyledNode, element: Element, parent: ComputedStyle | None,
                  families: tuple[str, ...], browser: bool = False) -> str:
    s = node.style
    grid = s.display in _GRIDS
    parent_grid = parent is not None and parent.display in _GRIDS
    d: list[tuple[str, str]] = [("display", _FLEX_DISPLAY[s.display]), ("position", s.position.value),
                                ("box-sizing", s.box_sizing.value), ("flex-direction", s.flex_direction.value),
                                ("flex-wrap", s.flex_wrap.value), ("flex-grow", f"{s.flex_grow:g}"),
                                ("flex-shrink", f"{s.flex_shrink:g}")]
    basis = _dim(s.flex_basis)
    if basis is not None:
        d.append(("flex-basis", basis))
    if grid:
        d.append(("justify-content", s.justify_content.value))
        d.append(("align-content", s.align_content.value))
        d.append(("justify-items", s.justify_items.value))
        d.append(("align-items", _grid_align(s.align_items)))
    else:
        justify = s.justify_content
        if justify in (Justify.NORMAL, Justify.STRETCH):
            justify = Justify.FLEX_START
        d.append(("justify-content", justify.value))
        d.append(("align-content", "flex-start" if s.align_content is Align.NORMAL else s.align_content.value))
        d.append(("align-items", s.align_items.value))
    if s.align_self is not Align.AUTO:
        d.append(("align-self", _grid_align(s.align_self) if parent_grid else s.align_self.value))
    if s.justify_self.value != "auto":
        d.append(("justify-self", s.justify_self.value))
    for name, value in (("width", s.width), ("height", s.height), ("max-width", s.max_width),
                        ("max-height", s.max_height)):
        text = _dim(value)
        if text is not None and text != "auto":
            d.append((name, text))
    for name, value in (("min-width", s.min_width), ("min-height", s.min_height)):
        if value is AUTO:
            if not parent_grid:
                d.append((name, "0px"))  # Yoga: no automatic minimum size for flex items
        else:
            d.append((name, _dim(value) or "0px"))
    for side in ("top", "right", "bottom", "left"):
        d.append((f"margin-{side}", _dim(getattr(s, f"margin_{side}")) or "0px"))
        d.append((f"padding-{side}", _dim(getattr(s, f"padding_{side}")) or "0px"))
        width = getattr(s, f"border_{side}_width")
        if width:
            kind = getattr(s, f"border_{side}_style")
            # Satori draws none/hidden sides solid; the styles only shorthands give are Chrome's own
            kind_text = "solid" if kind in (BorderStyle.NONE, BorderStyle.HIDDEN) else kind.value
            d.append((f"border-{side}", f"{_px(width)} {kind_text} {_color(getattr(s, f'border_{side}_color'))}"))
        inset = getattr(s, side)
        if inset is not AUTO:
            d.append((side, _dim(inset) or "auto"))
    d.append(("row-gap", _dim(s.row_gap) or "0px"))
    d.append(("column-gap", _dim(s.column_gap) or "0px"))
    if element.type != "img" or s.overflow.value != "visible":
        # (an <img> keeps the UA sheet's `overflow: clip` at its content box, as Satori's picture is cut
        # to its box: written `visible`, Chromium paints an objectFit: cover picture beyond the box)
        d.append(("overflow", s.overflow.value))
    from pureog.style.css_background import next_throws_on  # noqa: PLC0415

    for name, raw in element.style:
        # a background shorthand with layers goes as written (a colour alone is the computed colour,
        # below); one Next.js throws on is read as CSS reads it too: Chromium reads it itself
        if name == "background" and isinstance(raw, str) and (next_throws_on(raw) or _LAYERS.search(raw)):
            d.append(("background", raw))
            continue
        if (name in _GRID_PROPS or name.startswith("--") or name in _PAINT_PROPS
                or (browser and (name in _BROWSER_PROPS or _MATH.search(str(raw))))):
            d.append((_kebab(name), _raw_css(name, raw)))
    # text (inherited, written on every element so that nothing depends on the browser's defaults)
    # pureog skips the families it has no face for and falls back to every registered family in order
    listed = [f for f in s.font_family if f in families]
    fonts = ", ".join(_quote(f) for f in dict.fromkeys((*listed, *families)))
    d += [("font-family", fonts), ("font-size", _px(s.font_size)), ("font-weight", str(s.font_weight)),
          ("font-style", s.font_style.value), ("line-height", "normal" if s.line_height is None else
                                                 f"{s.line_height!r}"),
          ("letter-spacing", _px(s.letter_spacing)), ("white-space", s.white_space.value),
          ("word-break", s.word_break.value), ("text-align", s.text_align.value),
          ("text-transform", s.text_transform.value), ("color", _color(s.color))]
    if s.text_decoration_line:
        d += _decoration(s)
    d += _text_paint(s, parent)
    if s.font_variation_settings:
        axes = ", ".join(f'"{tag}" {value:g}' for tag, value in s.font_variation_settings)
        d.append(("font-variation-settings", axes))
    leaf = not any(isinstance(c, StyledNode) for c in node.children)
    if s.rtl_flex or (s.direction == "rtl" and leaf):
        # a right-to-left paragraph (bidi's base level, start = right); written on text leaves only, as
        # pureog's flex rows do not turn around in rtl (spec/text.md) and Chromium's would; with
        # features: browser they do (ComputedStyle.rtl_flex), on every flex and grid container
        d.append(("direction", "rtl"))
    elif parent is not None and parent.rtl_flex and s.direction == "ltr":
        d.append(("direction", "ltr"))  # (Chromium would inherit the parent's rtl)
    if s.background_color is not None and s.background_color.a:
        d.append(("background-color", _color(s.background_color)))
    radii = [s.border_top_left_radius, s.border_top_right_radius, s.border_bottom_right_radius,
             s.border_bottom_left_radius]
    if any(r != (0.0, 0.0) for r in radii):
        names = ("top-left", "top-right", "bottom-right", "bottom-left")
        for name, (rx, ry) in zip(names, radii, strict=True):
            d.append((f"border-{name}-radius", f"{_dim(rx)} {_dim(ry)}"))
    if s.opacity != 1.0:
        d.append(("opacity", f"{s.opacity:g}"))
    if s.aspect_ratio is not None:  # only where pureog applies it (spec/css.md)
        d.append(("aspect-ratio", f"{s.aspect_ratio!r}"))
    if s.transform:  # the origin as pureog reads it (Satori's: a zero is the centre)
        origin = s.transform_origin
        ox, oy = (Percent(50.0), Percent(50.0)) if origin is None else (origin.x, origin.y)
        oz = f" {_px(origin.z)}" if origin is not None and origin.z else ""
        d.append(("transform-origin", f"{_dim(ox)} {_dim(oy)}{oz}"))
    return ";".join(f"{k}:{v}" for k, v in d)


def _text_paint(s: ComputedStyle, parent: ComputedStyle | None) -> list[tuple[str, str]]:
    """The text properties pureog reads otherwise than CSS, as pureog computed them: the text stroke
    (none until a colour is set), ``tabSize`` (Satori counts a length's px number as spaces), ``textWrap``
    (not inherited in Satori: written where it or the parent's differs from ``wrap``) and an image's
    ``objectPosition``."""
    d: list[tuple[str, str]] = []
    stroke = s.webkit_text_stroke_width if s.webkit_text_stroke_color is not None else 0.0
    parent_stroke = parent is not None and parent.webkit_text_stroke_width and parent.webkit_text_stroke_color
    if stroke or parent_stroke:
        color = s.webkit_text_stroke_color
        d.append(("-webkit-text-stroke", f"{_px(stroke)} {_color(color)}" if stroke and color else "0px"))
    if s.tab_size != 8.0:
        d.append(("tab-size", f"{s.tab_size:g}"))
    if s.text_wrap != "wrap" or (parent is not None and parent.text_wrap != "wrap"):
        d.append(("text-wrap", s.text_wrap))
    if s.object_position != (Percent(50.0), Percent(50.0)):
        d.append(("object-position", f"{_dim(s.object_position[0])} {_dim(s.object_position[1])}"))
    return d


def _decoration(s: ComputedStyle) -> list[tuple[str, str]]:
    """The text decoration as pureog computed it (written on each element: pureog inherits it, where
    the browser propagates it from the decorating box; the same lines either way)."""
    thickness = s.text_decoration_thickness
    offset = s.text_underline_offset
    return [("text-decoration-line", " ".join(s.text_decoration_line)),
            ("text-decoration-style", s.text_decoration_style),
            ("text-decoration-color", _color(s.text_decoration_color or s.color)),
            ("text-decoration-thickness", "auto" if thickness is None else
             thickness if isinstance(thickness, str) else _dim(thickness) or "auto"),
            ("text-underline-offset", "auto" if offset is None else _dim(offset) or "auto"),
            ("text-underline-position", s.text_underline_position),
            ("text-decoration-skip-ink", "none" if s.text_decoration_skip_ink == "none" else "auto")]


def _browser_path(text: str) -> bool:
    """Whether a text node holds letters that send it to pureog's browser layout without ``features:
    browser`` (right to left, a complex script: :func:`pureog.text.line_flow._needs_runs`, whose check
    of the font chain's coverage is left out: the oracle's documents have the faces they use)."""
    from pureog.text.bidi import needs_bidi  # noqa: PLC0415
    from pureog.text.itemize import has_complex  # noqa: PLC0415

    return not text.isascii() and (needs_bidi(text) or has_complex(text))


def _clamped_leaf(style: ComputedStyle, css: str) -> str:
    """A text leaf's ``lineClamp`` or one-line ``textOverflow: ellipsis`` (Satori's ``processTextOverflow``,
    :func:`pureog.text.line_flow.line_limit`) as Chromium's: a block container of the text (its flex
    box's anonymous item would neither clamp nor cut), a vertical ``-webkit-box`` for a clamp. (A
    clamped text short enough for one line is aligned by its ``textAlign`` there, where a flex leaf puts
    it at main-start; with ``features: browser`` a ``display: block`` element clamped by ``lineClamp`` or
    cut to one line by ``textOverflow: ellipsis`` is an inline formatting context in pureog, which
    aligns and cuts it so too, and takes the branch above.)"""
    from pureog.text.line_flow import line_limit  # noqa: PLC0415

    wraps = style.white_space.value not in ("nowrap", "pre")
    count, _ = line_limit(style, wraps)
    if count == float("inf"):
        return css
    rest = css.split(";", 1)[1]
    one_line_cut = style.text_overflow.value == "ellipsis" and style.overflow.value == "hidden" and not wraps
    clamp = style.display is Display.BLOCK and style.line_clamp is not None and style.line_clamp[0] >= 1
    if clamp or not one_line_cut:
        return (f"display:-webkit-box;{rest};-webkit-box-orient:vertical;-webkit-line-clamp:{int(count)}"
                ";overflow:hidden")
    # (one line at the start edge: pureog's leaf places a line that fits as a flex container places its
    # text, at main-start whatever the textAlign, and a cut line fills the box from its start)
    return f"display:block;{rest};text-overflow:ellipsis;overflow:hidden;text-align:start"


def _grid_align(value: Align) -> str:
    return {Align.STRETCH: "normal", Align.FLEX_START: "start", Align.FLEX_END: "end"}.get(value, value.value)


__all__ = ["Page", "UnsupportedDocument", "build_page", "font_face_css", "font_sources"]


def _svg_markup(node: StyledNode, element: Element, index: int, css: str) -> str:
    """An inline ``<svg>`` as the SVG markup pureog draws (its attributes as Satori writes them)."""
    from pureog.images.svg.tree import SvgNode, inline_svg_tree  # noqa: PLC0415

    root = inline_svg_tree(element, node.style.color)

    def write(svg: SvgNode) -> str:
        if svg.tag == "#text":
            return html.escape(svg.text)
        attrs = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in svg.attrs.items())
        return f"<{svg.tag}{attrs}>{''.join(write(c) for c in svg.children)}</{svg.tag}>"

    attrs = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in root.attrs.items() if k != "style")
    inner = "".join(write(c) for c in root.children)
    style = html.escape(css, quote=True)
    return f'<svg data-i="{index}" xmlns="http://www.w3.org/2000/svg"{attrs} style="{style}">{inner}</svg>'
